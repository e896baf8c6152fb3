"""Appointment orders: an order booked on a delivery slot starts picking at the agreed time.

``start_due_picking`` moves every CONFIRMED order whose slot's ``picking_at`` has come to
PICKING (actor SYSTEM), each in its own short transaction with the conditional update on
status and version, so a merchant who started picking by hand, a cancellation or another
worker running the same job at once wins cleanly. ``tasks.slots`` runs it with the order
timers; tests call it with the ``now`` they want.
"""

from __future__ import annotations

from datetime import datetime

from tortoise.transactions import in_transaction

from models.orders import MerchantOrder, OrderStatus
from resolvers.errors import DomainError
from resolvers.orders import SYSTEM, move_order, now_utc

BATCH = 200
REASON = "picking starts at the agreed time (delivery slot)"


async def _start_one(order_id: int, now: datetime) -> bool:
    try:
        async with in_transaction():
            order = await MerchantOrder.get_or_none(id=order_id, status=OrderStatus.CONFIRMED)
            if order is None:
                return False
            await move_order(order, OrderStatus.PICKING, SYSTEM, reason=REASON, now=now)
        return True
    except DomainError:  # moved meanwhile (picked by hand, cancelled)
        return False


async def start_due_picking(now: datetime | None = None, limit: int = BATCH) -> dict[str, int]:
    """Move the due appointment orders to PICKING (at most ``limit`` per run; call again while
    ``picking`` equals it). ``skipped``: orders another change moved first."""
    now = now or now_utc()
    ids = await (
        MerchantOrder.filter(status=OrderStatus.CONFIRMED, delivery_slot__picking_at__lte=now)
        .order_by("id")
        .limit(limit)
        .values_list("id", flat=True)
    )
    result = {"picking": 0, "skipped": 0}
    for order_id in ids:
        result["picking" if await _start_one(order_id, now) else "skipped"] += 1
    return result
