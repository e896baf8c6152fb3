"""Risk control: every registered rule runs before any stock is touched."""

from __future__ import annotations

from models.risk import RiskDecision
from plugins.interfaces import RiskContext, RiskDecisionKind, RiskOutcome
from plugins.registry import get_registry

_SEVERITY = {
    RiskDecisionKind.ALLOW: 0,
    RiskDecisionKind.DEDUCT_ON_PAYMENT: 1,
    RiskDecisionKind.REJECT: 2,
}


async def assess(context: RiskContext) -> tuple[RiskDecisionKind, list[RiskOutcome]]:
    """The strictest decision over all rules, and the outcomes that were not ALLOW."""
    outcomes = []
    for rule in get_registry().risk_rules.values():
        outcome = await rule.evaluate(context)
        if outcome is not None and outcome.decision != RiskDecisionKind.ALLOW:
            outcomes.append(outcome)
    decision = max(
        (o.decision for o in outcomes), key=_SEVERITY.__getitem__, default=RiskDecisionKind.ALLOW
    )
    if outcomes:
        await RiskDecision.create(
            customer_id=context.customer_id,
            storefront_id=context.storefront_id,
            outcome=decision.value,
            reasons=[o.reason_code for o in outcomes],
        )
    return decision, outcomes
