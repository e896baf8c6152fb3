"""Order actors: expire an unpaid order group at its payment deadline; the periodic sweep.

* ``expire_order_group(group_id)`` is sent by the outbox relay when an order group is placed
  (topic ``order_group.placed``), delayed until its ``payment_deadline``. It calls
  ``resolvers.checkout.expire_group``, which is idempotent and safe against a concurrent payment.
* ``sweep_overdue()`` is the safety net for delayed messages that never arrive (in-memory broker
  restarted, message dropped, clock skew): it expires every overdue group. ``tasks.runtime``
  sends it every ``SWEEP_INTERVAL`` seconds (dramatiq has no scheduler of its own).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

from resolvers import checkout
from tasks.broker import actor
from tasks.signals import wake_relay

log = logging.getLogger("plaza.tasks.orders")

SWEEP_LIMIT = 500


@actor(max_retries=8, min_backoff=5_000, max_backoff=300_000)
async def expire_order_group(group_id: int) -> bool:
    """Cancel the group if it is still unpaid past its deadline (else do nothing)."""
    expired = await checkout.expire_group(group_id)
    if expired:
        log.info("order group %s expired (payment deadline passed)", group_id)
        wake_relay()  # the cancellation wrote outbox events
    return expired


@actor(max_retries=0)
async def sweep_overdue(limit: int = SWEEP_LIMIT) -> int:
    """Expire every unpaid group past its deadline (up to ``limit`` per run, then re-sends
    itself while there is more). Returns how many it expired."""
    now = datetime.now(UTC)
    ids = await checkout.overdue_group_ids(now, limit=limit)
    expired = 0
    for group_id in ids:
        try:
            if await checkout.expire_group(group_id, now):
                expired += 1
        except Exception:
            log.exception("sweep: expiring order group %s failed", group_id)
    if expired:
        log.info("sweep: expired %d overdue order group(s)", expired)
        wake_relay()
    if expired and len(ids) >= limit:  # a full page: there may be more
        await asyncio.to_thread(sweep_overdue.send, limit)
    return expired


@actor(max_retries=0)
async def run_order_timers() -> dict[str, int]:
    """The storefronts' automatic steps that fall due with time: confirm (where the policy
    says AUTOMATIC), receipt N days after shipping, COMPLETED after the aftersales window."""
    from resolvers.orders import run_automatic_transitions

    counts = await run_automatic_transitions(datetime.now(UTC))
    if any(counts.get(k) for k in ("confirmed", "received", "completed")):
        log.info("order timers: %s", counts)
        wake_relay()
    return counts


@actor(max_retries=0)
async def retry_pending_refunds() -> int:
    """Refunds whose provider call failed stay PENDING; send them again."""
    from resolvers.payments import execute_pending_refunds

    return await execute_pending_refunds()


@actor(max_retries=0)
async def record_default_reviews() -> dict[str, int]:
    """The storefronts' default positive reviews of lines received longer ago than their
    window without a review (``resolvers.reviews.record_default_reviews``; idempotent)."""
    from resolvers.reviews import record_default_reviews as record

    counts = await record(datetime.now(UTC))
    if counts.get("recorded"):
        wake_relay()  # review.created events
    return counts


@actor(max_retries=0)
async def query_pending_payments() -> int:
    """Ask the providers about payments whose notification has not come (the query job);
    the periodic sweep sends it. Returns how many it settled."""
    from resolvers.payment_queries import query_pending_payments as run

    done = await run()
    if done.settled:
        wake_relay()
    return done.settled
