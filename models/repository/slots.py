"""The delivery slots' hand-written statements: a slot taken by an order and given back.

Capacity is held like stock: ``taken`` goes up by one only where ``taken < capacity``, in one
conditional UPDATE (the row lock it takes orders concurrent buyers; the one that finds the slot
full changes nothing), never by reading then writing. A cancelled or expired order gives its
place back in the transaction that cancels it.
"""

from __future__ import annotations

from datetime import datetime

from models import sql

_TAKE = """
    UPDATE "delivery_slot" SET "taken" = "taken" + 1, "updated_at" = $2
    WHERE "id" = $1 AND "taken" < "capacity"
"""
_RELEASE = """
    UPDATE "delivery_slot" SET "taken" = "taken" - 1, "updated_at" = $2
    WHERE "id" = $1 AND "taken" > 0
"""


async def take_place(slot_id: int, now: datetime) -> bool:
    """One place of the slot for an order, or False (the slot is full). Call in the
    placement's transaction: a later refusal rolls the place back with the order."""
    return await sql.execute(_TAKE, slot_id, now) == 1


async def release_place(slot_id: int, now: datetime) -> bool:
    """Give back the place a cancelled order held (in the cancellation's transaction)."""
    return await sql.execute(_RELEASE, slot_id, now) == 1
