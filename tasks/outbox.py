"""The outbox relay: committed outbox rows -> dramatiq actors and pub/sub.

For each claimed event (``resolvers.outbox.claim_batch``, oldest first) the relay

1. runs the handlers registered for its topic (:data:`HANDLERS`), which send actors, and may
   write rows (on PostgreSQL inside the claim's transaction, so they commit with step 3);
2. publishes the event on pub/sub (channel :data:`tasks.pubsub.EVENTS_CHANNEL`);
3. marks it published.

Then, once the batch is committed, it sends the messages handlers deferred with
:func:`send_after_commit`: messages naming rows the handlers wrote (a webhook delivery), which
must not reach a worker before those rows exist. Such a message may be lost (the broker dies,
the send fails): the row stays, and the sweep that owns the row kind sends it again
(``tasks.webhooks.sweep_webhook_deliveries``). That is what makes the work an event causes
survive the broker: it is written in the database before the event counts as published.

If step 1 or 2 fails the event stays unpublished with ``attempts + 1`` and ``last_error``, and
goes out on a later pass. When the failure says the broker (or pub/sub) is unreachable, the
pass stops there: the remaining events are left untouched for the next pass, and the relay loop
backs off (``tasks.runtime``). A handler that fails for another reason (a bug, a bad payload)
only holds back its own event, which is retried on every pass until fixed.

Guarantees: at least once; exactly once for a relay that does not crash (see
``resolvers.outbox``). Actors must be idempotent.

Extending: map a topic to a handler with ``@on("topic")`` (or append to ``HANDLERS[topic]``).
``"order.*"`` matches every topic starting with ``order.``, ``"*"`` every topic. A handler is
``async def handler(event: OutboxEvent) -> None`` and sends actors with :func:`send` (work
whose loss a sweep repairs, or that is idempotent and cheap to redo) or, for messages naming
rows it wrote, :func:`send_after_commit`. A handler that writes does so in a savepoint
(``in_transaction()`` nested in the claim's) so that its failure holds back only its event.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime

import dramatiq

from models.outbox import OutboxEvent
from resolvers import outbox as store
from resolvers import trace_context
from tasks import orders, pubsub
from tasks.broker import broker_down_errors, is_in_memory

log = logging.getLogger("plaza.tasks.outbox")

Handler = Callable[[OutboxEvent], Awaitable[None]]

#: topic (exact, "prefix.*" or "*") -> handlers, run in registration order
HANDLERS: dict[str, list[Handler]] = defaultdict(list)

BATCH_SIZE = 100
#: added to a payment deadline so the expiry never fires a hair too early
EXPIRY_GRACE_MS = 500
#: longest delay handed to a broker (Redis documents a 7-day limit); a later deadline is
#: re-checked when the message arrives early (expire_group says "not due") and the sweep
#: expires it on time
MAX_DELAY_MS = 6 * 24 * 3600 * 1000


def on(topic: str) -> Callable[[Handler], Handler]:
    """Register ``handler`` for ``topic`` (decorator)."""

    def register(handler: Handler) -> Handler:
        HANDLERS[topic].append(handler)
        return handler

    return register


#: what handlers looked up once for the batch being relayed (see ``batch_memo``)
_batch_memo: ContextVar[dict | None] = ContextVar("plaza_outbox_batch_memo", default=None)


@dataclass(frozen=True)
class _Deferred:
    actor: dramatiq.Actor
    args: tuple
    delay_ms: int | None


#: the messages handlers of the batch being relayed deferred (see ``send_after_commit``)
_deferred: ContextVar[list[_Deferred] | None] = ContextVar("plaza_outbox_deferred", default=None)


async def batch_memo(key: str, look_up: Callable[[], Awaitable[object]]) -> object:
    """``look_up()``, asked once per relayed batch: handlers of many events in one batch (e.g.
    "is any partner endpoint active?") share the answer; outside a batch it is asked each time.
    A batch is one short transaction, so the answer is as fresh as one query at its start."""
    memo = _batch_memo.get()
    if memo is None:
        return await look_up()
    if key not in memo:
        memo[key] = await look_up()
    return memo[key]


def handlers_for(topic: str) -> list[Handler]:
    found = list(HANDLERS.get(topic, ()))
    for pattern, handlers in list(HANDLERS.items()):
        if pattern == "*" or (pattern.endswith(".*") and topic.startswith(pattern[:-1])):
            found.extend(handlers)
    return found


async def send(
    actor: dramatiq.Actor, *args, delay_ms: int | None = None, **kwargs
) -> dramatiq.Message:
    """Send ``actor``. The broker call runs in a thread (Redis and RabbitMQ brokers do blocking
    I/O), except for the in-process broker, whose send only puts the message on a queue."""
    if is_in_memory(actor.broker):
        return actor.send_with_options(args=args, kwargs=kwargs, delay=delay_ms)
    return await asyncio.to_thread(
        actor.send_with_options, args=args, kwargs=kwargs, delay=delay_ms
    )


async def send_after_commit(actor: dramatiq.Actor, *args, delay_ms: int | None = None) -> None:
    """Send ``actor`` once the relayed batch has committed (for messages naming rows the
    handler wrote in the claim's transaction); outside a relay pass, now. Nothing is sent if
    the batch rolls back. In a relay pass a failed send is logged (and a broker outage
    reported in the pass's result), not raised: the event stays published, its rows stay,
    and the sweep that owns them sends them again."""
    deferred = _deferred.get()
    if deferred is None:
        await send(actor, *args, delay_ms=delay_ms)
    else:
        deferred.append(_Deferred(actor, args, delay_ms))


def _parse_time(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@on("order_group.placed")
async def schedule_group_expiry(event: OutboxEvent) -> None:
    """Expire the group at its payment deadline (a delayed message; the sweep backs it up)."""
    deadline = _parse_time(event.payload["payment_deadline"])
    delay = int((deadline - datetime.now(UTC)).total_seconds() * 1000) + EXPIRY_GRACE_MS
    delay = min(max(delay, 0), MAX_DELAY_MS)
    await send(orders.expire_order_group, event.aggregate_id, delay_ms=delay or None)


def event_message(event: OutboxEvent) -> dict:
    """The pub/sub form of an event."""
    return {
        "id": event.id,
        "topic": event.topic,
        "aggregate": event.aggregate,
        "aggregate_id": event.aggregate_id,
        "merchant_id": event.merchant_id,
        "customer_id": event.customer_id,
        "payload": event.payload,
        "created_at": event.created_at.isoformat() if event.created_at else None,
    }


async def publish_event(event: OutboxEvent) -> None:
    """Everything the relay does for one event (handlers, then pub/sub); raises on failure."""
    for handler in handlers_for(event.topic):
        await handler(event)
    await pubsub.publish(pubsub.EVENTS_CHANNEL, event_message(event))


@dataclass
class RelayResult:
    claimed: int = 0
    published: int = 0
    failed: int = 0
    broker_down: bool = False
    sent_after_commit: int = 0  # deferred messages sent
    unsent_after_commit: int = 0  # deferred messages that could not be sent (left to sweeps)


_sqlite_lock: asyncio.Lock | None = None


async def relay_batch(limit: int = BATCH_SIZE) -> RelayResult:
    """One pass: claim up to ``limit`` events, publish them, mark them."""
    global _sqlite_lock
    if store.supports_skip_locked():
        return await _relay_batch(limit)
    # No row locks (SQLite): at least keep this process's relays from overlapping.
    if _sqlite_lock is None:
        _sqlite_lock = asyncio.Lock()
    async with _sqlite_lock:
        return await _relay_batch(limit)


async def _relay_batch(limit: int) -> RelayResult:
    result = RelayResult()
    down_errors = broker_down_errors()
    memo = _batch_memo.set({})
    deferred: list[_Deferred] = []
    token = _deferred.set(deferred)
    try:
        await _relay_claimed(limit, result, down_errors)
    finally:
        _deferred.reset(token)
        _batch_memo.reset(memo)
    # Committed: the rows the deferred messages name exist now.
    await _send_deferred(deferred, result, down_errors)
    return result


async def _send_deferred(
    deferred: list[_Deferred], result: RelayResult, down_errors: tuple[type[BaseException], ...]
) -> None:
    for n, message in enumerate(deferred):
        try:
            await send(message.actor, *message.args, delay_ms=message.delay_ms)
        except Exception as exc:
            down = isinstance(exc, down_errors)
            if down:  # the rest would fail alike: all of them are left to the sweeps
                result.broker_down = True
                result.unsent_after_commit += len(deferred) - n
                log.debug("%d messages not sent (broker down): %s", len(deferred) - n, exc)
                return
            result.unsent_after_commit += 1
            log.exception("could not send %s%s", message.actor.actor_name, message.args)
            continue
        result.sent_after_commit += 1


async def _relay_claimed(
    limit: int, result: RelayResult, down_errors: tuple[type[BaseException], ...]
) -> RelayResult:
    async with store.claim_batch(limit) as batch:
        result.claimed = len(batch.events)
        done: list[int] = []
        for event in batch.events:
            try:
                with trace_context.continued(
                    event.trace_parent, f"outbox {event.topic}", **{"plaza.outbox.id": event.id}
                ):
                    await publish_event(event)
            except Exception as exc:
                result.failed += 1
                down = isinstance(exc, down_errors)
                await store.mark_failed(event.id, f"{type(exc).__name__}: {exc}")
                # A broker outage is logged once by the relay loop (tasks.runtime), not per pass.
                log.log(
                    logging.DEBUG if down else logging.ERROR,
                    "outbox event %s (%s) not published (attempt %d): %s",
                    event.id,
                    event.topic,
                    event.attempts + 1,
                    exc,
                    exc_info=not down,
                )
                if down:
                    result.broker_down = True
                    break
                continue
            if batch.locked:
                done.append(event.id)
            else:
                await store.mark_published([event.id])
            result.published += 1
        if done:
            await store.mark_published(done)
    return result


async def relay_once(limit: int = BATCH_SIZE) -> int:
    """Run the relay once (one batch); returns how many events were published."""
    return (await relay_batch(limit)).published
