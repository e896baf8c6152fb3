"""Partner API keys as the boundary of what a partner receives: the event types a key admits,
and whether a partner still holds a live key covering a merchant and an event type (checked
when deliveries are made, and again before each attempt)."""

from __future__ import annotations

from collections.abc import Iterable

from models.accounts import PartnerKey


def type_allowed(key_types: Iterable[str], event_type: str) -> bool:
    """Whether a partner key's event types admit ``event_type``: exact, ``prefix.*`` or ``*``;
    a key without event types admits every type (its merchants are the boundary). The same
    rule as the ``orderEvents`` subscription's."""
    key_types = list(key_types or ())
    return not key_types or any(
        t in ("*", event_type) or (t.endswith(".*") and event_type.startswith(t[:-1]))
        for t in key_types
    )


def key_covers(key: PartnerKey, merchant_id: int, event_type: str) -> bool:
    return merchant_id in (key.merchant_ids or []) and type_allowed(key.event_types, event_type)


async def live_keys(partner_ids: Iterable[int]) -> dict[int, list[PartnerKey]]:
    keys: dict[int, list[PartnerKey]] = {}
    for key in await PartnerKey.filter(partner_id__in=set(partner_ids), revoked_at=None):
        keys.setdefault(key.partner_id, []).append(key)
    return keys
