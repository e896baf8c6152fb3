"""Risk control: every registered rule runs before any stock is touched."""

from __future__ import annotations

import hashlib

import phonenumbers

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


# --- what a placement is matched on besides the customer ---------------------------------------

DEVICE_ID_MAX = 128


def normalize_phone(raw: str, region: str = "CN") -> str | None:
    """``raw`` as E.164 (``+8613800138000``), or None when it is not a possible number."""
    try:
        number = phonenumbers.parse((raw or "").strip(), region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def address_key(address: dict) -> str:
    """A delivery address's key: its place fields (region codes or city/district names,
    street), case- and whitespace-folded, hashed; "" when it has no street. Two spellings of
    one address that differ only in case or spacing have the same key."""
    parts = [
        " ".join(str(address.get(k) or "").split()).casefold()
        for k in ("province", "city", "district", "street")
    ]
    if not parts[3]:
        return ""
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def clean_device_id(raw: str | None) -> str:
    value = (raw or "").strip()
    return value if 0 < len(value) <= DEVICE_ID_MAX and value.isprintable() else ""


def blacklist_keys(address: dict | None, device_id: str | None) -> dict[str, str]:
    """The ``RiskContext`` fields a placement is also matched on by the blacklist."""
    address = address or {}
    return {
        "phone": normalize_phone(str(address.get("phone") or "")) or "",
        "device_id": clean_device_id(device_id),
        "address_key": address_key(address),
    }
