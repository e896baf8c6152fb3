"""Overlapping async actors on one worker loop share its ORM context without clobbering it.

Tortoise's ``with ctx:`` keeps its reset token on the context object: two actors that overlap on
the AsyncIO middleware's loop overwrite each other's token, and the first to leave resets the
other's (``ValueError: <Token ...> was created in a different Context``) -- after its work was
done, so dramatiq retried work that had happened. ``tasks.orm.with_orm`` keeps a token per call.

The overlap is forced, not hoped for: actor A waits until B has entered, B waits until A has
left, so A always leaves first while B is still inside.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import uuid

import dramatiq
import pytest

from models.outbox import OutboxEvent
from tasks import broker as brokers
from tasks import orm
from tests.test_tasks import amqp_url, delete_namespace, eventually, redis_url  # noqa: F401

TOPIC = "test.overlap"


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def warnings_logged():
    handler = _Records()
    watched = [logging.getLogger(name) for name in ("dramatiq", "plaza")]
    for logger in watched:
        logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        for logger in watched:
            logger.removeHandler(handler)


def overlapping_bodies(tag: str):
    """Two actor bodies that overlap on whatever loop runs them (A leaves while B is inside)."""
    events: dict[str, asyncio.Event] = {}

    def event(name: str) -> asyncio.Event:
        return events.setdefault(name, asyncio.Event())  # created on the loop that runs them

    async def first() -> None:
        await OutboxEvent.create(topic=TOPIC, aggregate=tag, aggregate_id=1, payload={})
        await event("second_inside").wait()
        event("first_left").set()  # no await after this: A leaves before B resumes

    async def second() -> None:
        event("second_inside").set()
        await event("first_left").wait()
        await OutboxEvent.create(topic=TOPIC, aggregate=tag, aggregate_id=2, payload={})

    return first, second


async def rows(tag: str) -> list[int]:
    found = await OutboxEvent.filter(topic=TOPIC, aggregate=tag).values_list(
        "aggregate_id", flat=True
    )
    return sorted(found)


async def test_overlapping_calls_on_a_worker_loop_keep_their_own_context(database):
    """The mechanism alone: a loop of its own (not the app's), two overlapping wrapped calls."""
    tag = uuid.uuid4().hex[:12]
    first, second = (orm.with_orm(body) for body in overlapping_bodies(tag))
    orm.configure(database.url, pool_max=2)
    outcome: dict[str, object] = {}

    def run_loop() -> None:
        async def main() -> None:
            try:
                results = await asyncio.gather(first(), second(), return_exceptions=True)
                outcome["results"] = results
            finally:
                await orm.close_running_loop_context()

        asyncio.run(main())

    thread = threading.Thread(target=run_loop)
    thread.start()
    await asyncio.to_thread(thread.join, 30)
    assert not thread.is_alive()
    assert outcome["results"] == [None, None]
    assert await rows(tag) == [1, 2]


def _declare(broker, queue: str, tag: str) -> tuple[dramatiq.Actor, dramatiq.Actor]:
    first, second = overlapping_bodies(tag)
    return tuple(
        dramatiq.Actor(
            orm.with_orm(body),
            actor_name=f"overlap_{name}_{tag}",
            queue_name=queue,
            priority=0,
            broker=broker,
            options={"max_retries": 0},
        )
        for name, body in (("first", first), ("second", second))
    )


async def _run_overlap(broker, tag: str, queue: str, warnings_logged) -> None:
    first, second = _declare(broker, queue, tag)
    worker = dramatiq.Worker(broker, worker_threads=2, worker_timeout=100)
    worker.start()
    try:
        first.send()
        second.send()

        async def both_done():
            return await rows(tag) == [1, 2]

        await eventually(both_done, within=20)
        await asyncio.to_thread(broker.join, queue, timeout=20_000)
    finally:
        await asyncio.to_thread(worker.stop)
    errors = [r.getMessage() for r in warnings_logged if r.levelno >= logging.WARNING]
    assert errors == []
    assert await rows(tag) == [1, 2]  # each body ran once: no retry of finished work


async def test_overlapping_actors_on_redis_log_no_error(redis_url, database, warnings_logged):  # noqa: F811
    tag = uuid.uuid4().hex[:12]
    namespace = f"plaza-test-{tag}"
    broker = brokers.make_broker(redis_url, namespace=namespace)
    orm.configure(database.url, pool_max=4)
    try:
        await _run_overlap(broker, tag, f"overlap_{tag}", warnings_logged)
    finally:
        broker.close()
        delete_namespace(redis_url, namespace)


async def test_overlapping_actors_on_rabbitmq_log_no_error(amqp_url, database, warnings_logged):  # noqa: F811
    tag = uuid.uuid4().hex[:12]
    broker = brokers.make_broker(amqp_url)
    orm.configure(database.url, pool_max=4)
    queue = f"plaza_test_overlap_{tag}"
    try:
        await _run_overlap(broker, tag, queue, warnings_logged)
    finally:
        channel = broker.channel
        for name in (queue, f"{queue}.DQ", f"{queue}.XQ"):
            channel.queue_delete(name)
        broker.close()
