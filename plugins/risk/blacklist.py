"""``blacklist``: refuse customers on the blacklist.

A ``BlacklistEntry`` matches on the customer's user id, or on the email (case-insensitively), so
an entry made for an email also catches an account registered with it later.

Settings: ``blacklist_enabled`` (default true).
Outcome: REJECT, reason ``BLACKLISTED``. One query.
"""

from __future__ import annotations

from tortoise.expressions import Q

from models.risk import BlacklistEntry
from plugins.interfaces import RiskContext, RiskDecisionKind, RiskOutcome
from plugins.risk._config import enabled


class BlacklistRule:
    code = "blacklist"

    async def evaluate(self, context: RiskContext) -> RiskOutcome | None:
        if not enabled(context.config, self.code):
            return None
        match = Q(customer_id=context.customer_id)
        email = (context.customer_email or "").strip()
        if email:
            match |= Q(email__iexact=email)
        if not await BlacklistEntry.filter(match).exists():
            return None
        return RiskOutcome(
            RiskDecisionKind.REJECT,
            "BLACKLISTED",
            "This account cannot place orders. Please contact customer service.",
        )
