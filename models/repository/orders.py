"""Hand-written statements on merchant orders and their groups.

The order state machine's one write: the conditional UPDATE on (status, version) by which of
two racing transitions exactly one wins (``resolvers.orders.transitions.transition``). And what
deriving a group's status reads and writes (``resolvers.groups.refresh_group_status``): the
group locked, its orders and its money in one statement, the status set conditionally.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from models import sql
from models.orders import GroupStatus, MerchantOrder, OrderGroup, OrderStatus
from models.payments import RefundStatus

# The order as it was read, or nothing: the check and the change are one statement.
_AS_READ = '"id" = $1 AND "status" = $2 AND "version" = $3'


async def update_order_as_read(
    order_id: int, status: OrderStatus, version: int, changes: dict[str, Any]
) -> int:
    """Set ``changes`` (field name -> value) on the order and bump its version, provided it is
    still in ``status`` at ``version``. Returns how many rows changed: 1, or 0 if another
    change came first."""
    return await sql.update_fields(
        MerchantOrder,
        changes,
        _AS_READ,
        order_id,
        status.value,
        version,
        increments=("version",),
    )


# --- a group's status ---------------------------------------------------------------------------

_GROUP = 'SELECT * FROM "order_group" WHERE "id" = $1'
# One row per order (none if the group has none) with the group's money on every row: what its
# payments captured and what went back (refunds that succeeded). Sums as text, rounded to the
# cent when read: SQLite sums decimal columns as floats.
_GROUP_FACTS = """
    SELECT o."status", o."paid_at", o."cancel_reason",
        (SELECT CAST(COALESCE(SUM(p."captured_amount"), 0) AS TEXT) FROM "payment" p
         WHERE p."group_id" = $1) AS "captured",
        (SELECT CAST(COALESCE(SUM(r."amount"), 0) AS TEXT) FROM "payment_refund" r
         JOIN "payment" p ON p."id" = r."payment_id"
         WHERE p."group_id" = $1 AND r."status" = $2) AS "refunded"
    FROM (SELECT 1 AS "one") AS "g"
    LEFT JOIN "merchant_order" o ON o."group_id" = $1
    ORDER BY o."id"
"""
_SET_STATUS = """
    UPDATE "order_group" SET "status" = $1, "updated_at" = $2,
        "cancelled_at" = CASE WHEN $5 THEN COALESCE("cancelled_at", $2) ELSE "cancelled_at" END,
        "cancel_reason" = CASE WHEN $5 THEN COALESCE("cancel_reason", $6) ELSE "cancel_reason" END
    WHERE "id" = $3 AND "status" = $4
"""


@dataclass(frozen=True)
class GroupFacts:
    """What a group's status is derived from (``models.orders.derive_group_status``)."""

    order_statuses: list[OrderStatus]
    orders_paid: bool  # some order was paid (stamped ``paid_at``)
    cancel_reasons: list[str]  # of its cancelled orders, in order
    captured: Decimal
    refunded: Decimal


async def lock_group(group_id: int) -> OrderGroup | None:
    """The group, its row locked until the transaction ends (PostgreSQL; SQLite has one writer
    at a time anyway): whoever derives its status next reads the orders after this one's
    changes are committed."""
    statement = _GROUP + (" FOR UPDATE" if sql.is_postgres() else "")
    found = await sql.fetch_models(OrderGroup, statement, group_id)
    return found[0] if found else None


async def group_facts(group_id: int) -> GroupFacts:
    """The group's orders and money, in one statement."""
    rows = await sql.fetch(_GROUP_FACTS, group_id, RefundStatus.SUCCEEDED.value)
    orders = [row for row in rows if row["status"] is not None]
    return GroupFacts(
        order_statuses=[OrderStatus(row["status"]) for row in orders],
        orders_paid=any(row["paid_at"] is not None for row in orders),
        cancel_reasons=[
            row["cancel_reason"]
            for row in orders
            if row["status"] == OrderStatus.CANCELLED.value and row["cancel_reason"]
        ],
        captured=_cents(rows[0]["captured"]),
        refunded=_cents(rows[0]["refunded"]),
    )


def _cents(value: object) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


async def set_group_status(
    group_id: int,
    was: GroupStatus,
    status: GroupStatus,
    now: datetime,
    cancel_reason: str | None,
) -> bool:
    """``was`` -> ``status`` for the group, stamping ``cancelled_at`` (and ``cancel_reason``,
    where not set yet) when it becomes CANCELLED or REFUNDED; False if it was no longer
    ``was``."""
    cancelling = status in (GroupStatus.CANCELLED, GroupStatus.REFUNDED)
    changed = await sql.execute(
        _SET_STATUS, status.value, now, group_id, was.value, cancelling, cancel_reason
    )
    return changed == 1
