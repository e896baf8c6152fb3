"""What the built-in rules need to know about the customer, read once per assessment.

``blacklist``, ``order_rate`` and ``frequent_cancellation`` each need one figure about the
customer. They ask :func:`customer_facts`, which reads all three in one statement
(``models.repository.risk``: one round trip instead of three, on every order placed) and keeps
them in ``context.memo`` for the other rules of the same assessment. The windows come from the
storefront's settings, as each rule documents them.
"""

from __future__ import annotations

from datetime import timedelta

from models.orders import CancelReason
from models.repository.risk import BlacklistKeys, CustomerFacts
from models.repository.risk import customer_facts as read_customer_facts
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

__all__ = [
    "COUNTED_REASONS",
    "DEFAULT_CANCELLATION_WINDOW_DAYS",
    "ORDER_RATE_WINDOW",
    "CustomerFacts",
    "cancellation_window_days",
    "customer_facts",
]


def cancellation_window_days(config: dict) -> int:
    return int_setting(
        config, "cancellation_window_days", DEFAULT_CANCELLATION_WINDOW_DAYS, minimum=1
    )


async def customer_facts(context: RiskContext) -> CustomerFacts:
    facts = context.memo.get("customer_facts")
    if facts is None:
        cancelled_since = context.now - timedelta(days=cancellation_window_days(context.config))
        facts = await read_customer_facts(
            context.customer_id,
            (context.customer_email or "").strip(),
            orders_since=context.now - ORDER_RATE_WINDOW,
            cancelled_since=cancelled_since,
            cancel_reasons=COUNTED_REASONS,
            now=context.now,
            keys=BlacklistKeys(context.phone, context.device_id, context.address_key),
        )
        context.memo["customer_facts"] = facts
    return facts
