"""The dispatch of paid orders to merchants: read the paid order in one statement, write the
merchant's inbox item in one statement (``resolvers.dispatch`` builds what goes in it)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from models import sql
from models.merchants import Merchant
from models.orders import MerchantOrder, OrderLine
from models.outbox import OutboxEvent

# The ``order.paid`` event ($1, $2) with its order, the order's merchant and lines (a row per
# line): one statement.
_DISPATCHED = """
    SELECT o.*, {merchant}, {event}, {line}
    FROM "outbox_event" e
    JOIN "merchant_order" o ON o."id" = e."aggregate_id"
    JOIN "merchant" m ON m."id" = o."merchant_id"
    LEFT JOIN "order_line" l ON l."order_id" = o."id"
    WHERE e."id" = $1 AND e."topic" = $2 AND e."aggregate" = 'merchant_order'
    ORDER BY l."id"
"""


@lru_cache(maxsize=1)
def _dispatched_statement() -> str:
    return _DISPATCHED.format(
        merchant=sql.columns(Merchant, "m", "merchant"),
        event=sql.columns(OutboxEvent, "e", "event"),
        line=sql.columns(OrderLine, "l", "line"),
    )


_INBOX_INSERT = """
    INSERT INTO "merchant_inbox_item" ("created_at", "updated_at", "merchant_id", "order_id",
        "event_id", "event_type", "payload")
    VALUES ($1, $1, $2, $3, $4, $5, $6)
    ON CONFLICT ("order_id") DO NOTHING
"""


@dataclass(frozen=True)
class DispatchedOrder:
    """A merchant order to dispatch: the order (``order.merchant`` attached), the event that
    reported it, its lines in id order."""

    order: MerchantOrder
    event: OutboxEvent
    lines: list[OrderLine]


async def dispatched_order(event_id: int, topic: str) -> DispatchedOrder | None:
    """The merchant order event ``event_id`` reports, if the event has topic ``topic`` and is
    about a merchant order; None otherwise. One statement."""
    found = await sql.fetch_joined(
        MerchantOrder, _dispatched_statement(), event_id, topic,
        related={"merchant": Merchant},
    )  # fmt: skip
    if not found:
        return None
    order, row = found[0]
    event = sql.part(row, OutboxEvent, "event")
    lines = [line for _, r in found if (line := sql.part(r, OrderLine, "line")) is not None]
    return DispatchedOrder(order=order, event=event, lines=lines)


async def insert_inbox_item(
    *,
    now: datetime,
    merchant_id: int,
    order_id: int,
    event_id: int,
    event_type: str,
    payload: dict,
) -> None:
    """The merchant's inbox item for an order, unless the order has one already: a second
    dispatch (the event relayed again, or concurrently) inserts nothing. One statement: no
    existence check, no savepoint."""
    await sql.execute(
        _INBOX_INSERT,
        now,
        merchant_id,
        order_id,
        event_id,
        event_type,
        json.dumps(payload),
    )
