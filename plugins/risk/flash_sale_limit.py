"""``flash_sale_limit``: no customer buys more of a flash sale than its per-customer limit.

For the order's lines that belong to a flash sale: the units the customer already holds in open or
paid orders of that sale (``FlashSaleQuota.quantity``) plus the units ordered now (summed over the
order's lines of that sale) must not exceed ``FlashSale.per_customer_limit``.

This is the early, friendly refusal; the quota counter itself is raised with a conditional update
when the order is placed, which is what holds under concurrent orders.

Settings: ``flash_sale_limit_enabled`` (default true).
Outcome: REJECT, reason ``LIMIT_EXCEEDED``. Two queries, and none for orders without flash sales.
"""

from __future__ import annotations

from collections import defaultdict

from models.promotions import FlashSale, FlashSaleQuota
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
        limits = dict(
            await FlashSale.filter(id__in=list(wanted)).values_list("id", "per_customer_limit")
        )
        held = dict(
            await FlashSaleQuota.filter(
                customer_id=context.customer_id, flash_sale_id__in=list(wanted)
            ).values_list("flash_sale_id", "quantity")
        )
        for sale_id in sorted(wanted):
            limit = limits.get(sale_id)
            if limit is None:  # unknown sale: checkout refuses it on its own
                continue
            already = held.get(sale_id, 0)
            if already + wanted[sale_id] > limit:
                left = max(limit - already, 0)
                return RiskOutcome(
                    RiskDecisionKind.REJECT,
                    "LIMIT_EXCEEDED",
                    f"Flash sale limit: at most {limit} per customer ({left} more for you).",
                )
        return None
