"""``blacklist``: refuse customers on the blacklist.

A ``BlacklistEntry`` matches on the customer's user id, or on the email (case-insensitively), so
an entry made for an email also catches an account registered with it later.

Settings: ``blacklist_enabled`` (default true).
Outcome: REJECT, reason ``BLACKLISTED``. Reads ``_facts.customer_facts`` (shared).
"""

from __future__ import annotations

from plugins.interfaces import RiskContext, RiskDecisionKind, RiskOutcome
from plugins.risk._config import enabled
from plugins.risk._facts import customer_facts


class BlacklistRule:
    code = "blacklist"

    async def evaluate(self, context: RiskContext) -> RiskOutcome | None:
        if not enabled(context.config, self.code):
            return None
        if not (await customer_facts(context)).blacklisted:
            return None
        return RiskOutcome(
            RiskDecisionKind.REJECT,
            "BLACKLISTED",
            "This account cannot place orders. Please contact customer service.",
        )
