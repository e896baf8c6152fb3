"""``flash_sale_limit``: no customer buys more of a flash sale than its per-customer limit.

For the order's lines that belong to a flash sale: the units the customer already holds in open or
paid orders of that sale (``FlashSaleQuota.quantity``) plus the units ordered now (summed over the
order's lines of that sale) must not exceed ``FlashSale.per_customer_limit``.

This is the early, friendly refusal; the quota counter itself is raised with a conditional update
when the order is placed, which is what holds under concurrent orders.

Settings: ``flash_sale_limit_enabled`` (default true).
Outcome: REJECT, reason ``LIMIT_EXCEEDED``. One query, and none for orders without flash sales.
"""

from __future__ import annotations

from collections import defaultdict

from models.repository.risk import flash_sale_limits
from plugins.interfaces import RiskContext, RiskDecisionKind, RiskOutcome
from plugins.risk._config import enabled


class FlashSaleLimitRule:
    code = "flash_sale_limit"

    async def evaluate(self, context: RiskContext) -> RiskOutcome | None:
        wanted: dict[int, int] = defaultdict(int)
        for line in context.lines:
            if line.flash_sale_id is not None:
                wanted[line.flash_sale_id] += line.quantity
        if not wanted or not enabled(context.config, self.code):
            return None
        ids = sorted(wanted)
        found = await flash_sale_limits(context.customer_id, ids)
        for sale_id in ids:
            if sale_id not in found:  # unknown sale: checkout refuses it on its own
                continue
            limit, already = found[sale_id]
            if already + wanted[sale_id] > limit:
                left = max(limit - already, 0)
                return RiskOutcome(
                    RiskDecisionKind.REJECT,
                    "LIMIT_EXCEEDED",
                    f"Flash sale limit: at most {limit} per customer ({left} more for you).",
                )
        return None
