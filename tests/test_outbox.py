"""The transactional outbox and its relay: record -> relay -> broker + pub/sub -> marked.

The broker here is an in-memory ``StubBroker`` (no worker: the tests count the messages it
holds), except where a broker is *down* (a Redis broker pointed at a closed port).
"""

from __future__ import annotations

import asyncio
import socket
from datetime import UTC, datetime, timedelta

import dramatiq
import pytest
from dramatiq.brokers.stub import StubBroker
from tortoise.transactions import in_transaction

import tasks.outbox as relay
from models.outbox import OutboxEvent
from resolvers import outbox
from tasks import broker as brokers
from tasks import pubsub
from tasks.orders import expire_order_group


@pytest.fixture
def stub():
    """A fresh StubBroker bound to every actor for the test; the previous one afterwards."""
    broker = brokers.make_broker("")
    previous = brokers.bind_broker(broker)
    yield broker
    brokers.bind_broker(previous or brokers.make_broker(""))
    broker.flush_all()


@pytest.fixture
def events_pubsub():
    bus = pubsub.setup_pubsub("")
    yield bus
    pubsub.setup_pubsub("")


def messages(broker: StubBroker, queue: str = "default") -> list[dramatiq.Message]:
    """The messages waiting on a stub queue (``default.DQ`` holds the delayed ones)."""
    return [dramatiq.Message.decode(raw) for raw in list(broker.queues[queue].queue)]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def placed(group_id: int, deadline: datetime) -> OutboxEvent:
    return await outbox.record(
        "order_group.placed",
        "order_group",
        group_id,
        {"number": f"G{group_id}", "payment_deadline": deadline.isoformat()},
        customer_id=7,
    )


def soon(seconds: float = 60) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


async def test_relay_sends_actors_publishes_and_marks(stub, events_pubsub):
    deadline = soon(60)
    async with pubsub.subscribe(pubsub.EVENTS_CHANNEL) as sub:
        async with in_transaction():
            first = await placed(11, deadline)
            second = await outbox.record(
                "order.paid", "merchant_order", 5, {"x": 1}, merchant_id=3, customer_id=7
            )
        assert await relay.relay_once() == 2

        # order_group.placed -> expire_order_group, delayed until the payment deadline
        (msg,) = messages(stub, "default.DQ")
        assert messages(stub) == []
        assert msg.actor_name == expire_order_group.actor_name and msg.args == (11,)
        eta = datetime.fromtimestamp(msg.options["eta"] / 1000, UTC)
        assert abs((eta - deadline).total_seconds() - relay.EXPIRY_GRACE_MS / 1000) < 2

        # every event goes to pub/sub, in order
        got = [await sub.get(within=1) for _ in range(2)]
        assert [m["id"] for _, m in got] == [first.id, second.id]
        assert got[1][1]["topic"] == "order.paid" and got[1][1]["merchant_id"] == 3

    for row in await OutboxEvent.filter(id__in=[first.id, second.id]):
        assert row.published_at is not None and row.attempts == 0 and row.last_error is None
    assert await relay.relay_once() == 0  # nothing twice
    assert len(messages(stub, "default.DQ")) == 1


async def test_overdue_group_is_expired_without_delay(stub):
    await placed(12, datetime.now(UTC) - timedelta(minutes=5))
    assert await relay.relay_once() == 1
    (msg,) = messages(stub)
    assert msg.args == (12,) and "eta" not in msg.options
    assert messages(stub, "default.DQ") == []


async def test_rolled_back_use_case_leaves_no_event(stub):
    with pytest.raises(RuntimeError):
        async with in_transaction():
            await placed(13, soon())
            raise RuntimeError("the use case failed")
    assert await OutboxEvent.all().count() == 0
    assert await relay.relay_once() == 0


async def test_broker_down_keeps_events_then_delivers_each_exactly_once(stub):
    events = [await placed(20 + i, soon(30)) for i in range(3)]

    brokers.bind_broker(brokers.make_broker(f"redis://127.0.0.1:{closed_port()}/0"))
    assert await relay.relay_once() == 0
    assert await relay.relay_once() == 0
    rows = await OutboxEvent.all().order_by("id")
    assert all(r.published_at is None for r in rows)
    # the pass stops at the first broker error: the oldest event counts the attempts
    assert [r.attempts for r in rows] == [2, 0, 0]
    assert "ConnectionError" in rows[0].last_error

    brokers.bind_broker(stub)  # the broker is back
    assert await relay.relay_once() == 3
    assert await relay.relay_once() == 0
    sent = messages(stub, "default.DQ")
    assert sorted(m.args[0] for m in sent) == [20, 21, 22]  # each once
    assert await outbox.unpublished_count() == 0
    assert {r.id for r in await OutboxEvent.filter(published_at__isnull=False)} == {
        e.id for e in events
    }


class FlakyBroker(StubBroker):
    """A stub broker that goes down after ``ok`` successful enqueues."""

    def __init__(self, *args, ok: int, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.ok = ok

    def enqueue(self, message, *, delay=None):
        if self.ok <= 0:
            raise dramatiq.errors.ConnectionClosed(ConnectionRefusedError("broker went away"))
        self.ok -= 1
        return super().enqueue(message, delay=delay)


async def test_broker_failing_mid_batch_keeps_what_went_out(stub):
    for i in range(4):
        await placed(30 + i, soon())
    flaky = FlakyBroker(middleware=brokers._middleware(None), ok=2)
    brokers.bind_broker(flaky)
    assert await relay.relay_once() == 2
    rows = await OutboxEvent.all().order_by("id")
    assert [r.published_at is not None for r in rows] == [True, True, False, False]
    assert [r.attempts for r in rows] == [0, 0, 1, 0]
    assert "broker went away" in rows[2].last_error

    flaky.ok = 10
    assert await relay.relay_once() == 2
    assert await relay.relay_once() == 0
    assert sorted(m.args[0] for m in messages(flaky, "default.DQ")) == [30, 31, 32, 33]


@pytest.mark.worker_tracebacks  # the poison handler fails on purpose
async def test_a_failing_handler_holds_back_only_its_event(stub, monkeypatch):
    seen: list[str] = []

    async def broken(event):
        raise ValueError("bad payload")

    async def audit(event):
        seen.append(event.topic)

    monkeypatch.setitem(relay.HANDLERS, "test.poison", [broken])
    monkeypatch.setitem(relay.HANDLERS, "test.*", [audit])
    poison = await outbox.record("test.poison", "thing", 1, {})
    fine = await outbox.record("test.fine", "thing", 2, {})
    await placed(40, soon())

    assert await relay.relay_once() == 2
    poison = await OutboxEvent.get(id=poison.id)
    assert poison.published_at is None and poison.attempts == 1
    assert poison.last_error == "ValueError: bad payload"
    assert (await OutboxEvent.get(id=fine.id)).published_at is not None
    assert seen == ["test.fine"]  # the poison's own handler failed before the wildcard ran
    assert len(messages(stub, "default.DQ")) == 1

    assert await relay.relay_once() == 0  # retried, still failing, still counted
    assert (await OutboxEvent.get(id=poison.id)).attempts == 2
    monkeypatch.setitem(relay.HANDLERS, "test.poison", [])  # fixed
    assert await relay.relay_once() == 1
    assert await outbox.unpublished_count() == 0


async def test_handlers_share_a_lookup_within_one_relayed_batch(stub, monkeypatch):
    asked: list[int] = []
    answers: list[object] = []

    async def look_up():
        asked.append(1)
        return len(asked)

    async def handler(event):
        answers.append(await relay.batch_memo("test.lookup", look_up))

    monkeypatch.setitem(relay.HANDLERS, "test.memo", [handler])
    for n in range(3):
        await outbox.record("test.memo", "thing", n, {})
    assert await relay.relay_once() == 3
    assert answers == [1, 1, 1]  # asked once for the batch
    await outbox.record("test.memo", "thing", 9, {})
    assert await relay.relay_once() == 1
    assert answers[-1] == 2  # a new batch asks again
    assert await relay.batch_memo("test.lookup", look_up) == 3  # outside a batch: every time
    assert await relay.batch_memo("test.lookup", look_up) == 4


async def test_batched_events_are_written_together_at_the_end_or_not_at_all():
    async with in_transaction(), outbox.batched():
        await outbox.record("test.one", "thing", 1, {"n": 1})
        async with outbox.batched():  # nested: the outer block writes
            await outbox.record("test.two", "thing", 2, {"n": 2}, merchant_id=7)
        assert await OutboxEvent.all().count() == 0  # not written yet
    rows = await OutboxEvent.all().order_by("id")
    assert [(e.topic, e.aggregate_id, e.payload, e.merchant_id) for e in rows] == [
        ("test.one", 1, {"n": 1}, None),
        ("test.two", 2, {"n": 2}, 7),
    ]
    assert all(e.created_at is not None and e.published_at is None for e in rows)

    with pytest.raises(RuntimeError):
        async with in_transaction(), outbox.batched():
            await outbox.record("test.three", "thing", 3, {})
            raise RuntimeError("the use case fails")
    assert await OutboxEvent.filter(topic="test.three").count() == 0

    async with in_transaction(), outbox.batched() as batch:
        await outbox.record("test.four", "thing", 4, {})
        await batch.flush()  # written now, before the rest of the block
        assert await OutboxEvent.filter(topic="test.four").count() == 1
        await outbox.record("test.five", "thing", 5, {})
        assert await OutboxEvent.filter(topic="test.five").count() == 0
    assert await OutboxEvent.filter(topic__in=["test.four", "test.five"]).count() == 2


async def test_noticing_tells_whether_a_block_recorded_events():
    """The app wakes the relay after a request only when the request recorded events."""
    with outbox.noticing() as quiet:
        await OutboxEvent.all().count()
    assert quiet.recorded is False

    async def in_a_task():  # resolvers may run in tasks of their own
        await outbox.record("test.noticed", "thing", 1, {})

    with outbox.noticing() as busy:
        await asyncio.gather(asyncio.create_task(in_a_task()))
    assert busy.recorded is True

    with outbox.noticing() as batched:
        async with in_transaction(), outbox.batched():
            await outbox.record("test.noticed", "thing", 2, {})
    assert batched.recorded is True


async def test_record_refuses_a_non_dict_payload():
    with pytest.raises(TypeError):
        await outbox.record("x", "y", 1, ["not", "a", "dict"])  # type: ignore[arg-type]


@pytest.mark.postgres
async def test_claims_of_concurrent_relays_are_disjoint():
    for i in range(10):
        await placed(50 + i, soon())
    holding = asyncio.Event()
    release = asyncio.Event()

    async def first() -> list[int]:
        async with outbox.claim_batch(4) as batch:
            holding.set()
            await release.wait()
            return [e.id for e in batch.events]

    task = asyncio.create_task(first())
    await holding.wait()
    async with outbox.claim_batch(100) as batch:
        second = [e.id for e in batch.events]
    release.set()
    held = await task
    assert len(held) == 4 and len(second) == 6
    assert not set(held) & set(second)


@pytest.mark.postgres
async def test_concurrent_relays_never_publish_an_event_twice(stub, events_pubsub, monkeypatch):
    n = 120
    await OutboxEvent.bulk_create(
        [
            OutboxEvent(
                topic="order_group.placed",
                aggregate="order_group",
                aggregate_id=1000 + i,
                payload={"payment_deadline": soon(600).isoformat()},
            )
            for i in range(n)
        ]
    )

    async def slow(event):  # widen the window in which the relays overlap
        await asyncio.sleep(0.002)

    monkeypatch.setitem(relay.HANDLERS, "order_group.placed", [slow, relay.schedule_group_expiry])
    published_by = [0] * 5

    async def relay_worker(k: int) -> None:
        while True:
            result = await relay.relay_batch(7)
            published_by[k] += result.published
            if result.claimed == 0:
                return

    async with pubsub.subscribe(pubsub.EVENTS_CHANNEL) as sub:
        await asyncio.gather(*(relay_worker(k) for k in range(5)))
        fanned_out = [await sub.get(within=1) for _ in range(n)]
        assert await sub.get(within=0.05) is None

    sent = messages(stub, "default.DQ")
    assert len(sent) == n
    assert sorted(m.args[0] for m in sent) == list(range(1000, 1000 + n))
    assert len({m["id"] for _, m in fanned_out}) == n
    assert sum(published_by) == n
    assert sum(1 for k in published_by if k) > 1  # the relays really did share the work
    assert await outbox.unpublished_count() == 0
