"""What the built-in risk rules read (``plugins.risk``): the customer's facts in one statement,
flash-sale limits with what the customer already holds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from models import sql
from models.orders import OrderStatus

_FACTS = """
    SELECT
        EXISTS (SELECT 1 FROM "risk_blacklist"
                WHERE ("expires_at" IS NULL OR "expires_at" > $6)
                  AND ("customer_id" = $1
                       OR ($2 <> '' AND UPPER("email") = UPPER($2))
                       OR ($7 <> '' AND "phone" = $7)
                       OR ($8 <> '' AND "device_id" = $8)
                       OR ($9 <> '' AND "address_key" = $9)))
            AS "blacklisted",
        (SELECT COUNT(*) FROM "order_group" WHERE "customer_id" = $1 AND "created_at" >= $3)
            AS "recent_orders",
        (SELECT COUNT(*) FROM "merchant_order"
         WHERE "customer_id" = $1 AND "status" = $4 AND "cancelled_at" >= $5
            AND "cancel_reason" IN ({reasons_in}))
            AS "recent_cancellations"
"""


@lru_cache(maxsize=8)
def _facts_statement(reason_count: int) -> str:
    return _FACTS.format(reasons_in=sql.placeholders(10, reason_count))


@dataclass(frozen=True)
class BlacklistKeys:
    """What else a placement is matched on besides the customer: "" = not known."""

    phone: str = ""  #: E.164
    device_id: str = ""
    address_key: str = ""


@dataclass(frozen=True)
class CustomerFacts:
    #: an unexpired entry for the customer's id, their email in any letter case, or one of the
    #: placement's ``BlacklistKeys``
    blacklisted: bool
    recent_orders: int  #: order groups created since ``orders_since``
    recent_cancellations: int  #: merchant orders cancelled since then for the reasons given


async def customer_facts(
    customer_id: int,
    email: str,
    *,
    orders_since: datetime,
    cancelled_since: datetime,
    cancel_reasons: Sequence[str],
    now: datetime,
    keys: BlacklistKeys = BlacklistKeys(),
) -> CustomerFacts:
    """Whether the customer (or ``email``, if not empty) is blacklisted, how many order groups
    they created since ``orders_since``, and how many of their merchant orders were cancelled
    since ``cancelled_since`` for one of ``cancel_reasons``: one statement."""
    (row,) = await sql.fetch(
        _facts_statement(len(cancel_reasons)),
        customer_id,
        email,
        orders_since,
        OrderStatus.CANCELLED.value,
        cancelled_since,
        now,
        keys.phone,
        keys.device_id,
        keys.address_key,
        *cancel_reasons,
    )
    return CustomerFacts(
        blacklisted=bool(row["blacklisted"]),
        recent_orders=int(row["recent_orders"]),
        recent_cancellations=int(row["recent_cancellations"]),
    )


# Each sale's per-customer limit and the units the customer ($1) already holds of it.
_LIMITS_AND_HELD = """
    SELECT f."id", f."per_customer_limit", COALESCE(q."quantity", 0) AS "held"
    FROM "promo_flash_sale" f
    LEFT JOIN "promo_flash_sale_quota" q
        ON q."flash_sale_id" = f."id" AND q."customer_id" = $1
    WHERE f."id" IN ({})
"""


async def flash_sale_limits(
    customer_id: int, sale_ids: Sequence[int]
) -> dict[int, tuple[int, int]]:
    """Sale id -> (per-customer limit, units the customer already holds) for those of
    ``sale_ids`` that exist: one statement."""
    statement = _LIMITS_AND_HELD.format(sql.placeholders(2, len(sale_ids)))
    return {
        row["id"]: (row["per_customer_limit"], row["held"])
        for row in await sql.fetch(statement, customer_id, *sale_ids)
    }
