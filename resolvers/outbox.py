"""The transactional outbox: write events with the change they report; claim them for the relay.

Use cases call :func:`record` inside their own transaction (they never import ``tasks``); the
relay (``tasks.outbox``) publishes committed rows to the broker and to pub/sub.

Claiming and marking (at least once; exactly once for a relay that does not crash):

* PostgreSQL: :func:`claim_batch` opens a transaction and locks up to ``limit`` unpublished rows,
  oldest first, with ``SELECT ... FOR UPDATE SKIP LOCKED``. The relay publishes them and marks
  them (:func:`mark_published` / :func:`mark_failed`) *inside that same transaction*, which then
  commits. A concurrent relay skips the locked rows, and once the transaction has committed they
  are no longer unpublished, so two relays never publish the same row. If the relay dies before
  the commit, the locks go with its connection and the rows are published again later (at least
  once; consumers are idempotent).
* SQLite has no ``SKIP LOCKED`` and one connection per process (a transaction there would hold
  every other query of the process while the broker is called), so :func:`claim_batch` takes no
  lock and opens no transaction: a single relay per database is assumed (the embedded,
  one-process set-up), which marks each event right after publishing it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime

from tortoise import connections
from tortoise.expressions import F
from tortoise.models import Model
from tortoise.transactions import in_transaction

from models import sql
from models.outbox import OutboxEvent
from models.repository.outbox import claim_outbox_rows, mark_outbox_published
from resolvers import trace_context

MAX_ERROR_LENGTH = 2000


@dataclass(frozen=True)
class Event:
    """One event for :func:`record_many`: the arguments :func:`record` takes."""

    topic: str
    aggregate: str
    aggregate_id: int
    payload: dict
    merchant_id: int | None = None
    customer_id: int | None = None


def new_rows(events: Iterable[Event]) -> list[OutboxEvent]:
    """The outbox rows of these events, not written: for a use case that writes them with its
    other rows (``models.sql.insert_models``) inside its transaction."""
    trace_parent = trace_context.current()
    rows = [
        OutboxEvent(
            topic=e.topic,
            aggregate=e.aggregate,
            aggregate_id=e.aggregate_id,
            payload=e.payload,
            merchant_id=e.merchant_id,
            customer_id=e.customer_id,
            trace_parent=trace_parent,
        )
        for e in events
    ]
    if any(not isinstance(row.payload, dict) for row in rows):
        raise TypeError("outbox payload must be a dict")
    if rows:
        _noticed()
    return rows


async def record_many(events: Iterable[Event]) -> None:
    """Write several events in one statement (inside the caller's transaction)."""
    await sql.insert_models(new_rows(events))


_pending: ContextVar[list[Model] | None] = ContextVar("outbox_pending", default=None)


@dataclass
class Notice:
    """Set by :func:`record` inside :func:`noticing`: whether the block recorded events."""

    recorded: bool = False


_notice: ContextVar[Notice | None] = ContextVar("outbox_notice", default=None)


@contextmanager
def noticing() -> Iterator[Notice]:
    """Tell whether the code run in this block (tasks it starts included) recorded events, so a
    request that wrote none does not wake the relay for nothing."""
    notice = Notice()
    token = _notice.set(notice)
    try:
        yield notice
    finally:
        _notice.reset(token)


def _noticed() -> None:
    notice = _notice.get()
    if notice is not None:
        notice.recorded = True


class Batch:
    """The rows appended inside a :func:`batched` block (events, history entries), not written
    yet."""

    def __init__(self) -> None:
        self.rows: list[Model] = []

    async def flush(self) -> None:
        """Write what was appended so far now, in one statement (e.g. before the statements
        that lock hot rows, so that they are held for as few statements as possible)."""
        rows, self.rows[:] = list(self.rows), []
        await sql.insert_models(rows)


_NO_BATCH = Batch()


@asynccontextmanager
async def batched() -> AsyncIterator[Batch]:
    """Inside the caller's transaction: the events recorded in this block, and the append-only
    rows given to :func:`append` (an order's history), are written together (one statement on
    PostgreSQL) when it ends normally, or at ``flush()``; an exception drops those not yet
    written with the transaction. Nested blocks leave the writing to the outermost."""
    if _pending.get() is not None:
        yield _NO_BATCH
        return
    batch = Batch()
    token = _pending.set(batch.rows)
    try:
        yield batch
    finally:
        _pending.reset(token)
    await batch.flush()


async def append(row: Model) -> None:
    """Write a new append-only row (an order's history entry) with the events of the current
    :func:`batched` block, or at once outside one."""
    pending = _pending.get()
    if pending is not None:
        pending.append(row)
    else:
        await sql.insert_models([row])


async def record(
    topic: str,
    aggregate: str,
    aggregate_id: int,
    payload: dict,
    *,
    merchant_id: int | None = None,
    customer_id: int | None = None,
    using_db=None,
) -> OutboxEvent:
    """Write an event (call inside the caller's transaction, so it commits with the change).

    ``payload`` must be JSON-serialisable (times as ISO-8601 strings). Inside ``batched()`` the
    event is written at the end of the block (the returned object has no id until then)."""
    if not isinstance(payload, dict):
        raise TypeError("outbox payload must be a dict")
    _noticed()
    pending = _pending.get()
    if pending is not None and using_db is None:  # written at the end of ``batched()``
        event = OutboxEvent(
            topic=topic,
            aggregate=aggregate,
            aggregate_id=aggregate_id,
            payload=payload,
            merchant_id=merchant_id,
            customer_id=customer_id,
            trace_parent=trace_context.current(),
        )
        pending.append(event)
        return event
    return await OutboxEvent.create(
        topic=topic,
        aggregate=aggregate,
        aggregate_id=aggregate_id,
        payload=payload,
        merchant_id=merchant_id,
        customer_id=customer_id,
        trace_parent=trace_context.current(),
        using_db=using_db,
    )


def supports_skip_locked() -> bool:
    """Whether the database can lock rows for concurrent relays (PostgreSQL: yes)."""
    return bool(connections.get("default").capabilities.support_for_update)


async def claim_unpublished(limit: int, *, using_db=None) -> list[OutboxEvent]:
    """Up to ``limit`` unpublished events, oldest first, locked ``FOR UPDATE SKIP LOCKED``.

    The locks only mean something inside a transaction that also covers the publishing and the
    marking: use :func:`claim_batch`, which does that. (On SQLite the clause is dropped.)"""
    if using_db is not None:  # a connection of the caller's choosing: through the ORM
        query = OutboxEvent.filter(published_at__isnull=True).order_by("id").limit(limit)
        return list(await query.select_for_update(skip_locked=True).using_db(using_db))
    return await claim_outbox_rows(limit, skip_locked=supports_skip_locked())


@dataclass
class ClaimedBatch:
    events: list[OutboxEvent] = field(default_factory=list)
    # True: the rows are locked by an open transaction that commits when the block exits;
    # mark them at the end. False (SQLite): no lock; mark each event as soon as it is out.
    locked: bool = False


@asynccontextmanager
async def claim_batch(limit: int) -> AsyncIterator[ClaimedBatch]:
    """Claim up to ``limit`` unpublished events for the block (see the module docstring).

    Inside the block, publish and call :func:`mark_published` / :func:`mark_failed`; on
    PostgreSQL those writes commit together when the block exits normally, and an exception
    rolls them back (the events stay unpublished)."""
    if supports_skip_locked():
        async with in_transaction():  # the statements below run on its connection
            yield ClaimedBatch(await claim_unpublished(limit), locked=True)
    else:
        yield ClaimedBatch(await claim_unpublished(limit), locked=False)


async def mark_published(ids: Iterable[int], *, using_db=None) -> int:
    """Mark events as published (only those not yet marked); returns how many were marked."""
    ids = list(ids)
    if not ids:
        return 0
    now = datetime.now(UTC)
    if using_db is not None:
        query = OutboxEvent.filter(id__in=ids, published_at__isnull=True).using_db(using_db)
        return await query.update(published_at=now, updated_at=now)
    return await mark_outbox_published(ids, now)


async def mark_failed(event_id: int, error: str, *, using_db=None) -> None:
    """Count a failed publishing attempt; the event stays unpublished and goes out later."""
    query = OutboxEvent.filter(id=event_id, published_at__isnull=True)
    if using_db is not None:
        query = query.using_db(using_db)
    await query.update(
        attempts=F("attempts") + 1,
        last_error=(error or "error")[:MAX_ERROR_LENGTH],
        updated_at=datetime.now(UTC),
    )


async def unpublished_count() -> int:
    return await OutboxEvent.filter(published_at__isnull=True).count()
