"""Brokers, real dramatiq workers and the background runtime.

* Redis (``PLAZA_TEST_REDIS_URL``, default redis://127.0.0.1:6379/0) and RabbitMQ
  (``PLAZA_TEST_AMQP_URL``, default amqp://guest:guest@127.0.0.1:5672/) tests use a namespace /
  queue names unique to the run and delete them afterwards. An unreachable service skips them,
  or fails them when ``PLAZA_TEST_REQUIRE_SERVICES=1``.
* Workers here run async actors on the AsyncIO middleware's own loop thread, with a Tortoise
  context of their own (``tasks.orm``); the in-process runtime runs them on the test's loop.
* Waiting is always "until a condition holds, with a deadline", never a fixed sleep.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import dramatiq
import pytest
import redis
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import AsyncIO

from models.inventory import Stock
from models.merchants import Merchant, Warehouse
from models.orders import GroupStatus, OrderGroup
from models.outbox import OutboxEvent
from plaza import cli
from plaza.settings import Settings
from resolvers import checkout
from tasks import broker as brokers
from tasks import orm, pubsub, runtime
from tasks.orders import expire_order_group, sweep_overdue
from tasks.outbox import relay_once
from tests.checkout_support import cart_with, gid, make_shoppers, pk, place
from tests.support import make_product, make_storefront

REDIS_URL = os.environ.get("PLAZA_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
AMQP_URL = os.environ.get("PLAZA_TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/")
REQUIRE_SERVICES = os.environ.get("PLAZA_TEST_REQUIRE_SERVICES") == "1"
ROOT = Path(__file__).resolve().parent.parent


def unavailable(what: str, variable: str, url: str, exc: BaseException) -> None:
    message = f"{what} unreachable at {url} ({variable}): {type(exc).__name__}: {exc}"
    if REQUIRE_SERVICES:
        pytest.fail(f"{message}; PLAZA_TEST_REQUIRE_SERVICES=1 requires it")
    pytest.skip(f"{message}; start it or set {variable} (PLAZA_TEST_REQUIRE_SERVICES=1: fail)")


async def eventually(check, *, within: float = 10.0, every: float = 0.05):
    """Await ``check()`` until it returns something truthy; fail after ``within`` seconds."""
    deadline = time.monotonic() + within
    while True:
        value = await check()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"condition not met within {within} s")
        await asyncio.sleep(every)


@pytest.fixture
def redis_url():
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        unavailable("Redis", "PLAZA_TEST_REDIS_URL", REDIS_URL, exc)
    return REDIS_URL


def delete_namespace(url: str, namespace: str) -> None:
    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(match=f"{namespace}*", count=500))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture
def redis_worker(redis_url, database):
    """A RedisBroker under a unique namespace, bound to every actor, and a Worker consuming it."""
    namespace = f"plaza-test-{uuid.uuid4().hex[:12]}"
    broker = brokers.make_broker(redis_url, namespace=namespace)
    previous = brokers.bind_broker(broker)
    orm.configure(database.url, pool_max=4)
    worker = dramatiq.Worker(broker, worker_threads=2, worker_timeout=100)
    worker.start()
    try:
        yield broker, worker
    finally:
        worker.stop()
        brokers.bind_broker(previous or brokers.make_broker(""))
        broker.close()
        delete_namespace(redis_url, namespace)


async def placed_group(gql, quantity: int = 2) -> tuple[int, int]:
    """A real order group placed through the API (stock reserved); (group id, variant id)."""
    storefront = await make_storefront()
    merchant = await Merchant.create(name="Tea", slug="tea")
    warehouse = await Warehouse.create(merchant=merchant, code="w", name="W")
    product = await make_product(merchant, storefront, "green tea", stock=5, warehouse=warehouse)
    await product.fetch_related("variants")
    variant = product.variants[0]
    (shopper,) = await make_shoppers(1)
    token = await cart_with(
        gql, shopper.token, storefront.code, [(gid("Variant", variant.id), quantity)]
    )
    result = await place(gql, shopper.token, token, "key-1")
    assert result["errors"] == [], result
    return pk(result["orderGroup"]["id"]), variant.id


async def due_in(group_id: int, seconds: float) -> None:
    """Move a group's payment deadline (and the one its ``order_group.placed`` event carries)."""
    deadline = datetime.now(UTC) + timedelta(seconds=seconds)
    await OrderGroup.filter(id=group_id).update(payment_deadline=deadline)
    event = await OutboxEvent.get(topic="order_group.placed", aggregate_id=group_id)
    event.payload = {**event.payload, "payment_deadline": deadline.isoformat()}
    await event.save(update_fields=["payload"])


async def reserved(variant_id: int) -> int:
    return (await Stock.get(variant_id=variant_id)).reserved


def cancelled(group_id: int):
    async def check() -> bool:
        return (await OrderGroup.get(id=group_id)).status == GroupStatus.CANCELLED

    return check


# --- broker set-up --------------------------------------------------------------------------


def test_broker_from_url():
    stub = brokers.make_broker("")
    red = brokers.make_broker("redis://127.0.0.1:1/0", namespace="ns")
    rabbit = brokers.make_broker("amqp://guest:guest@127.0.0.1:1/")
    assert isinstance(stub, StubBroker) and isinstance(red, RedisBroker)
    assert isinstance(rabbit, RabbitmqBroker) and red.namespace == "ns"
    for b in (stub, red, rabbit):
        assert any(isinstance(m, AsyncIO) for m in b.middleware)
        assert isinstance(b.middleware[-1], orm.WorkerOrm)  # after AsyncIO: closes first
    with pytest.raises(ValueError, match="PLAZA_BROKER_URL"):
        brokers.make_broker("kafka://nope")


def test_actors_follow_the_broker_they_are_bound_to():
    first, second = brokers.make_broker(""), brokers.make_broker("")
    previous = brokers.bind_broker(first)
    try:
        assert expire_order_group.broker is first and "expire_order_group" in first.actors
        brokers.bind_broker(second)
        assert expire_order_group.broker is second and sweep_overdue.broker is second
        expire_order_group.send(1)
        assert second.queues["default"].qsize() == 1 and first.queues["default"].qsize() == 0
    finally:
        brokers.bind_broker(previous or brokers.make_broker(""))


# --- real Redis + real worker -------------------------------------------------------------------


async def test_delayed_expiry_actor_runs_on_a_redis_worker(redis_worker, monkeypatch):
    """Stand-in for ``checkout.expire_group``: records its call in the DB, from the worker."""
    calls: list[tuple[int, str]] = []

    async def expire_group(group_id: int, now=None) -> bool:
        calls.append((group_id, threading.current_thread().name))
        await OutboxEvent.create(
            topic="test.expired", aggregate="order_group", aggregate_id=group_id, payload={}
        )
        return True

    monkeypatch.setattr(checkout, "expire_group", expire_group)
    sent_at = time.monotonic()
    expire_order_group.send_with_options(args=(42,), delay=300)

    async def expired_row():
        return await OutboxEvent.filter(topic="test.expired", aggregate_id=42).exists()

    await eventually(expired_row)
    assert time.monotonic() - sent_at >= 0.3  # not before its delay
    assert [c[0] for c in calls] == [42]
    assert calls[0][1] != threading.current_thread().name  # ran on the worker's loop thread


async def test_placed_order_expires_through_relay_and_redis_worker(redis_worker, gql):
    group_id, variant_id = await placed_group(gql)
    assert await reserved(variant_id) == 2
    await due_in(group_id, 0.3)

    assert await relay_once() >= 1  # order_group.placed -> expire_order_group (delayed)
    await eventually(cancelled(group_id))
    group = await OrderGroup.get(id=group_id)
    assert group.cancel_reason == "payment_timeout"
    assert await reserved(variant_id) == 0  # stock released


async def test_redis_pubsub_round_trip(redis_url):
    bus = pubsub.make_pubsub(redis_url)
    channel = f"plaza-test-{uuid.uuid4().hex[:12]}"
    try:
        async with bus.subscribe(channel) as sub:
            await bus.publish(channel, {"id": 1, "topic": "order.paid"})
            assert await sub.get(within=5) == (channel, {"id": 1, "topic": "order.paid"})
            assert await sub.get(within=0.05) is None
    finally:
        await bus.close()


# --- real RabbitMQ ------------------------------------------------------------------------------


@pytest.fixture
def amqp_url():
    import pika

    params = pika.URLParameters(AMQP_URL)
    params.socket_timeout = 2
    params.connection_attempts = 1
    try:
        pika.BlockingConnection(params).close()
    except pika.exceptions.AMQPError as exc:
        unavailable("RabbitMQ", "PLAZA_TEST_AMQP_URL", AMQP_URL, exc)
    return AMQP_URL


async def test_rabbitmq_broker_runs_a_delayed_async_actor(amqp_url, database):
    """A test-only actor on its own queue (RabbitMQ queues are not namespaced)."""
    suffix = uuid.uuid4().hex[:12]
    broker = brokers.make_broker(amqp_url)
    orm.configure(database.url, pool_max=2)

    async def probe(token: int) -> None:
        await OutboxEvent.create(
            topic="test.rabbit", aggregate="probe", aggregate_id=token, payload={}
        )

    queue = f"plaza_test_{suffix}"
    actor = dramatiq.Actor(
        orm.with_orm(probe),
        actor_name=f"probe_{suffix}",
        queue_name=queue,
        priority=0,
        broker=broker,
        options={},
    )
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=100)
    worker.start()
    try:
        actor.send_with_options(args=(7,), delay=200)

        async def done():
            return await OutboxEvent.filter(topic="test.rabbit", aggregate_id=7).exists()

        await eventually(done)
    finally:
        await asyncio.to_thread(worker.stop)
        channel = broker.channel
        for name in (queue, f"{queue}.DQ", f"{queue}.XQ"):
            channel.queue_delete(name)
        broker.close()


# --- the in-process runtime (StubBroker + worker thread, actors on the app's loop) --------------


@pytest.fixture
async def in_process(database):
    settings = Settings(database_url=database.url, broker_url="", pubsub_url="")

    async def start(**kwargs) -> None:
        await runtime.start(settings, **kwargs)

    yield start
    await runtime.stop()
    brokers.bind_broker(brokers.make_broker(""))


async def test_in_process_runtime_expires_a_placed_order(in_process, gql):
    group_id, variant_id = await placed_group(gql)
    await due_in(group_id, 0.2)
    await in_process(relay_interval=30, sweep=False)  # only a wake-up makes the relay run soon
    assert runtime.started() and isinstance(brokers.get_broker(), StubBroker)

    runtime.wake_relay()
    await eventually(cancelled(group_id))
    assert await reserved(variant_id) == 0

    async def all_published():  # the cancellation's own events woke the relay again
        return await OutboxEvent.filter(published_at__isnull=True).count() == 0

    await eventually(all_published)
    assert await OutboxEvent.filter(topic="order.cancelled").exists()


async def test_sweep_expires_overdue_groups(in_process, gql):
    """The safety net: a group whose delayed expiry never arrived is expired by the sweep."""
    group_id, variant_id = await placed_group(gql)
    await OrderGroup.filter(id=group_id).update(
        payment_deadline=datetime.now(UTC) - timedelta(minutes=1)
    )
    await in_process(relay=False)  # no relay: only the sweep (sent at start) can expire it
    await eventually(cancelled(group_id))
    assert await reserved(variant_id) == 0


async def test_runtime_start_twice_is_refused(in_process):
    await in_process(relay=False, sweep=False)
    with pytest.raises(RuntimeError, match="already started"):
        await runtime.start(Settings(broker_url=""))


# --- plaza worker -------------------------------------------------------------------------------


def test_plaza_worker_refuses_without_a_broker(monkeypatch, capsys):
    monkeypatch.setenv("PLAZA_BROKER_URL", "")
    assert cli.main(["worker"]) == 2
    assert "PLAZA_BROKER_URL is empty" in capsys.readouterr().err


async def test_plaza_worker_relays_and_consumes(redis_url, database, gql):
    """``plaza worker`` as a user runs it: its relay sends, its dramatiq process expires."""
    group_id, variant_id = await placed_group(gql)
    await due_in(group_id, 0.5)
    namespace = f"plaza-test-{uuid.uuid4().hex[:12]}"
    env = {
        **os.environ,
        "PLAZA_DATABASE_URL": database.url,
        "PLAZA_BROKER_URL": redis_url,
        "PLAZA_BROKER_NAMESPACE": namespace,
        "PLAZA_PUBSUB_URL": "",
        "dramatiq_worker_timeout": "100",  # idle poll (ms): a quicker shutdown
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "plaza.cli",
        "worker",
        "--processes",
        "1",
        "--threads",
        "2",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output = b""
    try:
        await eventually(cancelled(group_id), within=30)
        assert await reserved(variant_id) == 0
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            output, _ = await asyncio.wait_for(proc.communicate(), 30)
        except TimeoutError:
            proc.kill()
            output, _ = await proc.communicate()
        delete_namespace(redis_url, namespace)
    assert proc.returncode == 0, output.decode(errors="replace")[-3000:]


def test_a_message_taken_after_the_api_loop_stopped_closes_its_coroutine():
    import inspect
    import logging

    from tasks.broker import _BorrowedLoop

    loop = asyncio.new_event_loop()  # never started: as when the API is shutting down
    try:

        async def body() -> None:
            raise AssertionError("must not run")

        coro = body()
        with pytest.raises(RuntimeError, match="not running"):
            _BorrowedLoop(logging.getLogger("test"), loop).run_coroutine(coro)
        assert inspect.getcoroutinestate(coro) == inspect.CORO_CLOSED
    finally:
        loop.close()
