"""The dispatch of merchant orders to their merchant: read the order (with its merchant and
lines) in one statement, write the merchant's inbox item in one statement
(``resolvers.dispatch`` builds what goes in it)."""

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

# A merchant order ($1) with its merchant and lines (a row per line): one statement.
_ORDER = """
    SELECT o.*, {merchant}, {line}
    FROM "merchant_order" o
    JOIN "merchant" m ON m."id" = o."merchant_id"
    LEFT JOIN "order_line" l ON l."order_id" = o."id"
    WHERE o."id" = $1
    ORDER BY l."id"
"""


@lru_cache(maxsize=1)
def _dispatched_statement() -> str:
    return _DISPATCHED.format(
        merchant=sql.columns(Merchant, "m", "merchant"),
        event=sql.columns(OutboxEvent, "e", "event"),
        line=sql.columns(OrderLine, "l", "line"),
    )


@lru_cache(maxsize=1)
def _order_statement() -> str:
    return _ORDER.format(
        merchant=sql.columns(Merchant, "m", "merchant"), line=sql.columns(OrderLine, "l", "line")
    )


# One inbox item per order. A later event about the order replaces what the item shows; the
# same event again (a relay that publishes it twice), or an older one relayed late, changes
# nothing.
_INBOX_UPSERT = """
    INSERT INTO "merchant_inbox_item" ("created_at", "updated_at", "merchant_id", "order_id",
        "event_id", "event_type", "payload")
    VALUES ($1, $1, $2, $3, $4, $5, $6)
    ON CONFLICT ("order_id") DO UPDATE SET "payload" = excluded."payload",
        "event_id" = excluded."event_id", "event_type" = excluded."event_type",
        "updated_at" = excluded."updated_at"
    WHERE "merchant_inbox_item"."event_id" < excluded."event_id"
"""


@dataclass(frozen=True)
class DispatchedOrder:
    """A merchant order to dispatch: the order (``order.merchant`` attached), the event that
    reported it (None when read by order), its lines in id order."""

    order: MerchantOrder
    event: OutboxEvent | None
    lines: list[OrderLine]


def _lines(found: list[tuple[MerchantOrder, dict]]) -> list[OrderLine]:
    return [line for _, r in found if (line := sql.part(r, OrderLine, "line")) is not None]


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
    return DispatchedOrder(order=order, event=event, lines=_lines(found))


async def order_to_dispatch(order_id: int) -> DispatchedOrder | None:
    """Merchant order ``order_id`` with its merchant and lines, or None. One statement."""
    found = await sql.fetch_joined(
        MerchantOrder, _order_statement(), order_id, related={"merchant": Merchant}
    )
    if not found:
        return None
    return DispatchedOrder(order=found[0][0], event=None, lines=_lines(found))


async def write_inbox_item(
    *,
    now: datetime,
    merchant_id: int,
    order_id: int,
    event_id: int,
    event_type: str,
    payload: dict,
) -> None:
    """The merchant's inbox item for an order: created by the order's first dispatched event,
    brought up to date by every later one (``event_id`` greater than the item's). One
    statement: no existence check, no savepoint."""
    await sql.execute(
        _INBOX_UPSERT,
        now,
        merchant_id,
        order_id,
        event_id,
        event_type,
        json.dumps(payload),
    )
