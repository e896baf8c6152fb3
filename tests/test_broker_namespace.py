"""Two deployments on one RabbitMQ vhost keep their messages apart (``PLAZA_BROKER_NAMESPACE``).

Every Plaza actor's queue is ``<namespace>.<queue>`` on RabbitMQ (and its delay / dead-letter
queues ``.DQ`` / ``.XQ`` after it); Redis namespaces its keys and the stub broker keeps the
logical names. The queues are unique to the run and deleted afterwards.
"""

from __future__ import annotations

import asyncio
import threading
import uuid

import dramatiq
import pytest
from dramatiq.common import dq_name, xq_name

from tasks import broker as brokers
from tasks import orm
from tests.test_tasks import amqp_url, eventually  # noqa: F401


@pytest.fixture
def isolated_actors(monkeypatch):
    """Actors declared by the test are forgotten afterwards (the registry is restored)."""
    monkeypatch.setattr(brokers, "_actors", list(brokers._actors))
    monkeypatch.setattr(brokers, "_logical_queues", dict(brokers._logical_queues))
    previous = brokers.get_broker()
    yield
    brokers.bind_broker(previous)


def test_queue_names_per_broker_kind(isolated_actors):
    from tasks.orders import expire_order_group

    rabbit = brokers.make_broker("amqp://guest:guest@127.0.0.1:1/", namespace="shop-a")
    redis_broker = brokers.make_broker("redis://127.0.0.1:1/0", namespace="shop-a")
    stub = brokers.make_broker("")
    brokers.bind_broker(rabbit)
    assert expire_order_group.queue_name == "shop-a.default"
    assert "shop-a.default" in rabbit.get_declared_queues()
    assert "default" not in rabbit.get_declared_queues()
    brokers.bind_broker(redis_broker)  # Redis prefixes its keys itself
    assert expire_order_group.queue_name == "default"
    brokers.bind_broker(stub)
    assert expire_order_group.queue_name == "default"
    assert brokers.wire_queue_name(rabbit, "webhooks") == "shop-a.webhooks"
    for b in (rabbit, redis_broker, stub):
        b.close()


def test_namespace_is_checked():
    with pytest.raises(ValueError, match="PLAZA_BROKER_NAMESPACE"):
        brokers.make_broker("amqp://guest:guest@127.0.0.1:1/", namespace="no spaces")


def _delete_queues(broker: dramatiq.Broker) -> None:
    channel = broker.channel
    for queue in broker.get_declared_queues():
        for name in (queue, dq_name(queue), xq_name(queue)):
            channel.queue_delete(name)


async def test_two_namespaces_on_one_vhost_do_not_share_messages(
    amqp_url,  # noqa: F811
    database,
    isolated_actors,
):
    tag = uuid.uuid4().hex[:10]
    first = brokers.make_broker(amqp_url, namespace=f"plaza-test-a-{tag}")
    second = brokers.make_broker(amqp_url, namespace=f"plaza-test-b-{tag}")
    orm.configure(database.url, pool_max=2)
    calls: list[int] = []
    lock = threading.Lock()

    async def probe(n: int) -> None:
        with lock:
            calls.append(n)

    brokers.bind_broker(first)
    probe_actor = brokers.actor(probe, actor_name=f"probe_{tag}", queue_name=f"probe_{tag}")
    assert probe_actor.queue_name == f"plaza-test-a-{tag}.probe_{tag}"
    workers: list[dramatiq.Worker] = []
    try:
        probe_actor.send(1)  # onto the first deployment's queue
        probe_actor.send_with_options(args=(3,), delay=100)  # its delay queue

        # The second deployment's worker consumes its own message, and never the first's.
        brokers.bind_broker(second)
        assert probe_actor.queue_name == f"plaza-test-b-{tag}.probe_{tag}"
        workers.append(dramatiq.Worker(second, worker_threads=1, worker_timeout=100))
        workers[-1].start()
        probe_actor.send(2)

        async def got(*wanted: int):
            with lock:
                return all(n in calls for n in wanted)

        await eventually(lambda: got(2))
        await asyncio.sleep(0.5)  # time enough for a shared queue to hand over 1 and 3 as well
        with lock:
            assert calls == [2]
        await asyncio.to_thread(workers.pop().stop)

        # The first deployment's worker finds its messages waiting, the delayed one included.
        brokers.bind_broker(first)
        workers.append(dramatiq.Worker(first, worker_threads=1, worker_timeout=100))
        workers[-1].start()
        await eventually(lambda: got(1, 3))
        with lock:
            assert sorted(calls) == [1, 2, 3]
    finally:
        for worker in workers:
            await asyncio.to_thread(worker.stop)
        for broker in (first, second):
            _delete_queues(broker)
            broker.close()
