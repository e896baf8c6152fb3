"""``frequent_cancellation``: customers who often cancel after ordering hold no stock.

Counts the customer's merchant orders cancelled within the window for a reason that is the
customer's doing: ``customer_request``, ``payment_timeout`` (ordered, never paid) and
``goods_returned`` (refused the delivery). Cancellations by the merchant, the platform or for
stock reasons do not count. Each merchant order counts, so a cancelled checkout that was split
over three merchants counts three times.

Settings (storefront ``risk`` dict):

``cancellation_window_days``  look-back window in days, by cancellation time (default 30)
``cancellation_threshold``    this many cancellations or more trigger the rule (default 3)
``cancellation_action``       ``"deduct_on_payment"`` (default: allowed, but nothing is reserved,
                              stock is taken first come first served at payment) or ``"reject"``
``frequent_cancellation_enabled``  default true

Outcome: DEDUCT_ON_PAYMENT or REJECT, reason ``FREQUENT_CANCELLATION``. Reads
``_facts.customer_facts`` (shared with the other rules).
"""

from __future__ import annotations

import logging

from plugins.interfaces import RiskContext, RiskDecisionKind, RiskOutcome
from plugins.risk._config import enabled, int_setting
from plugins.risk._facts import (
    COUNTED_REASONS,
    DEFAULT_CANCELLATION_WINDOW_DAYS,
    customer_facts,
)

log = logging.getLogger("plaza.risk")

__all__ = ["COUNTED_REASONS", "FrequentCancellationRule"]

ACTIONS = {
    "deduct_on_payment": RiskDecisionKind.DEDUCT_ON_PAYMENT,
    "reject": RiskDecisionKind.REJECT,
}
DEFAULT_WINDOW_DAYS = DEFAULT_CANCELLATION_WINDOW_DAYS
DEFAULT_THRESHOLD = 3
DEFAULT_ACTION = "deduct_on_payment"


class FrequentCancellationRule:
    code = "frequent_cancellation"

    async def evaluate(self, context: RiskContext) -> RiskOutcome | None:
        config = context.config
        if not enabled(config, self.code):
            return None
        threshold = int_setting(config, "cancellation_threshold", DEFAULT_THRESHOLD, minimum=1)
        action = str(config.get("cancellation_action") or DEFAULT_ACTION).strip().lower()
        if action not in ACTIONS:
            log.warning(
                "risk setting cancellation_action=%r unknown; using %s", action, DEFAULT_ACTION
            )
            action = DEFAULT_ACTION
        # counted in the ``cancellation_window_days`` window (``_facts.cancellation_window_days``)
        cancelled = (await customer_facts(context)).recent_cancellations
        if cancelled < threshold:
            return None
        decision = ACTIONS[action]
        if decision == RiskDecisionKind.REJECT:
            message = "Too many recent cancellations: ordering is paused for this account."
        else:
            message = "Too many recent cancellations: stock is not held for this order until paid."
        return RiskOutcome(decision, "FREQUENT_CANCELLATION", message)
