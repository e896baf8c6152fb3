"""The outbox relay during a broker outage: it backs off for real, says so once, and catches up.

Every request that writes an event wakes the relay. While the broker is down, a pass per wake
would claim rows and fail to connect hundreds of times a minute; the relay instead ignores wakes
until its back-off has run out, logs one line when the outage starts and one when it ends, and
then publishes what waited. The broker is a private ``redis-server`` killed and restarted here.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime, timedelta

import pytest

from models.outbox import OutboxEvent
from plaza.settings import Settings
from tasks import broker as brokers
from tasks import runtime
from tasks.signals import wake_relay
from tests.broker_support import private_redis  # noqa: F401
from tests.test_tasks import eventually

pytestmark = pytest.mark.usefixtures("database")


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING:
            self.lines.append(record.getMessage())


async def _event() -> OutboxEvent:
    deadline = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    return await OutboxEvent.create(
        topic="order_group.placed",
        aggregate="order_group",
        aggregate_id=0,
        payload={"payment_deadline": deadline},
    )


async def test_relay_backs_off_while_the_broker_is_down(private_redis, monkeypatch):  # noqa: F811
    passes: list[float] = []
    real_batch = runtime.relay_batch

    async def counted(limit):
        passes.append(time.monotonic())
        return await real_batch(limit)

    monkeypatch.setattr(runtime, "relay_batch", counted)
    lines = _Lines()
    for name in ("plaza.tasks.runtime", "plaza.tasks.outbox"):
        logging.getLogger(name).addHandler(lines)
    await OutboxEvent.filter(published_at=None).update(published_at=datetime.now(UTC))
    await runtime.start(
        Settings(broker_url=private_redis.url, pubsub_url=""), sweep=False, relay_interval=0.2
    )
    try:
        first = await _event()
        wake_relay()

        async def published(event_id):
            row = await OutboxEvent.get(id=event_id)
            return row.published_at is not None

        await eventually(lambda: published(first.id))

        private_redis.kill()
        waiting = await _event()
        outage_started = time.monotonic()
        # Requests keep writing events and waking the relay, 3 s long (a bounded load loop).
        while time.monotonic() - outage_started < 3.0:
            wake_relay()
            await asyncio.sleep(0.01)
        during = [t for t in passes if t >= outage_started]
        # Back-off 0.2, 0.4, 0.8, 1.6 s: about five tries in 3 s, not one per wake (~60).
        assert 1 <= len(during) <= 7, len(during)
        down_lines = [line for line in lines.lines if "broker unreachable" in line]
        assert len(down_lines) == 1, lines.lines
        assert not await published(waiting.id)

        private_redis.start()
        await eventually(lambda: published(waiting.id), within=20)
        up_lines = [line for line in lines.lines if "reachable again" in line]
        assert len(up_lines) == 1, lines.lines
        # Nothing but the two outage lines: no warning per failed pass.
        assert len(lines.lines) == 2, lines.lines
    finally:
        await runtime.stop()
        brokers.bind_broker(brokers.make_broker(""))
        for name in ("plaza.tasks.runtime", "plaza.tasks.outbox"):
            logging.getLogger(name).removeHandler(lines)
