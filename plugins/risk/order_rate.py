"""``order_rate``: refuse a customer who places orders faster than a person would.

Counts the customer's order groups (checkouts, in every storefront) created in the 60 seconds
before ``context.now``; the order being placed would be one more.

Settings: ``max_orders_per_minute`` (default 10; the rule refuses when the customer already placed
that many), ``order_rate_enabled`` (default true).
Outcome: REJECT, reason ``RATE_LIMITED``. Reads ``_facts.customer_facts`` (shared).
"""

from __future__ import annotations

from plugins.interfaces import RiskContext, RiskDecisionKind, RiskOutcome
from plugins.risk._config import enabled, int_setting
from plugins.risk._facts import ORDER_RATE_WINDOW, customer_facts

DEFAULT_MAX_PER_MINUTE = 10
WINDOW = ORDER_RATE_WINDOW


class OrderRateRule:
    code = "order_rate"

    async def evaluate(self, context: RiskContext) -> RiskOutcome | None:
        if not enabled(context.config, self.code):
            return None
        limit = int_setting(
            context.config, "max_orders_per_minute", DEFAULT_MAX_PER_MINUTE, minimum=1
        )
        recent = (await customer_facts(context)).recent_orders
        if recent < limit:
            return None
        return RiskOutcome(
            RiskDecisionKind.REJECT,
            "RATE_LIMITED",
            "Too many orders in a short time. Please wait a minute and try again.",
        )
