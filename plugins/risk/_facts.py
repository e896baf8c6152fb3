"""What the built-in rules need to know about the customer, read once per assessment.

``blacklist``, ``order_rate`` and ``frequent_cancellation`` each need one figure about the
customer. They ask :func:`customer_facts`, which reads all three in one statement (one round
trip instead of three, on every order placed) and keeps them in ``context.memo`` for the other
rules of the same assessment. The windows come from the storefront's settings, as each rule
documents them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from models import sql
from models.orders import CancelReason, OrderStatus
from plugins.interfaces import RiskContext
from plugins.risk._config import int_setting

#: orders placed in this window count for ``order_rate``
ORDER_RATE_WINDOW = timedelta(seconds=60)
#: ``frequent_cancellation``: cancellations that are the customer's doing (ordered and never
#: paid, asked to cancel, refused the delivery); by the merchant, platform or stock do not count
COUNTED_REASONS = (
    CancelReason.CUSTOMER_REQUEST.value,
    CancelReason.PAYMENT_TIMEOUT.value,
    CancelReason.GOODS_RETURNED.value,
)
DEFAULT_CANCELLATION_WINDOW_DAYS = 30

_REASONS_IN = sql.placeholders(6, len(COUNTED_REASONS))
_FACTS = f"""
    SELECT
        EXISTS (SELECT 1 FROM "risk_blacklist"
                WHERE "customer_id" = $1 OR ($2 <> '' AND UPPER("email") = UPPER($2)))
            AS "blacklisted",
        (SELECT COUNT(*) FROM "order_group" WHERE "customer_id" = $1 AND "created_at" >= $3)
            AS "recent_orders",
        (SELECT COUNT(*) FROM "merchant_order"
         WHERE "customer_id" = $1 AND "status" = $4 AND "cancelled_at" >= $5
            AND "cancel_reason" IN ({_REASONS_IN}))
            AS "recent_cancellations"
"""


@dataclass(frozen=True)
class CustomerFacts:
    blacklisted: bool  #: an entry for the customer's id, or for their email in any letter case
    recent_orders: int  #: order groups created in ``ORDER_RATE_WINDOW`` before ``now``
    recent_cancellations: int  #: merchant orders cancelled for ``COUNTED_REASONS`` in the window


def cancellation_window_days(config: dict) -> int:
    return int_setting(
        config, "cancellation_window_days", DEFAULT_CANCELLATION_WINDOW_DAYS, minimum=1
    )


async def customer_facts(context: RiskContext) -> CustomerFacts:
    facts = context.memo.get("customer_facts")
    if facts is None:
        cancelled_since = context.now - timedelta(days=cancellation_window_days(context.config))
        (row,) = await sql.fetch(
            _FACTS,
            context.customer_id,
            (context.customer_email or "").strip(),
            context.now - ORDER_RATE_WINDOW,
            OrderStatus.CANCELLED.value,
            cancelled_since,
            *COUNTED_REASONS,
        )
        facts = CustomerFacts(
            blacklisted=bool(row["blacklisted"]),
            recent_orders=int(row["recent_orders"]),
            recent_cancellations=int(row["recent_cancellations"]),
        )
        context.memo["customer_facts"] = facts
    return facts
