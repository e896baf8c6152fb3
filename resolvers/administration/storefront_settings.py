"""A storefront's settings through the API, within its policy's bounds, every change recorded.

What a platform admin may set, and the bounds (the policy's defaults stay where nothing is set):

| setting | stored key | bounds |
|---|---|---|
| payment deadline | ``payment_deadline_minutes`` | 1 to 1440 minutes |
| inventory mode | ``inventory_mode`` | reserve on order / deduct on payment |
| confirmers | ``confirmers`` | a non-empty subset of the policy's |
| aftersales window | ``aftersales_window_days`` | 0 to 30 days |
| case types | ``case_types`` | a subset of the policy's (grocery never takes returns) |
| auto receive / complete | ``auto_receive_days`` / ``auto_complete_days`` | 1 to 60 days |
| default review | ``default_review_days`` | 0 (off) to 60 days (docs/reviews.md) |

Subsets, not any value: the policy says what its seed's order life can do (a grocery order is
never confirmed by a merchant), the settings choose within it. A change is written with the
storefront row locked, so two admins' changes are serialised and each history entry's
``before`` is the settings the change replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from tortoise.transactions import in_transaction

from models.administration import StorefrontSettingsChange
from models.merchants import Storefront
from models.orders import InventoryMode
from plugins.interfaces import CaseType, Confirmer, StorefrontPolicy
from plugins.registry import get_registry
from resolvers.errors import AdministrationErrorCode as Code
from resolvers.errors import DomainError
from resolvers.pagination import MAX_ID
from resolvers.permissions import Viewer, require_admin, require_platform_staff

#: numeric settings: stored key -> (low, high, unit)
BOUNDS: dict[str, tuple[float, float, str]] = {
    "payment_deadline_minutes": (1, 1440, "minutes"),
    "aftersales_window_days": (0, 30, "days"),
    "auto_receive_days": (1, 60, "days"),
    "auto_complete_days": (1, 60, "days"),
    "default_review_days": (0, 60, "days"),
}
HISTORY_MAX = 100


@dataclass(frozen=True)
class SettingsUpdate:
    """What a caller asks to change; None = leave as it is."""

    payment_deadline_minutes: float | None = None
    inventory_mode: InventoryMode | None = None
    confirmers: list[Confirmer] | None = None
    aftersales_window_days: float | None = None
    case_types: list[CaseType] | None = None
    auto_receive_days: float | None = None
    auto_complete_days: float | None = None
    default_review_days: float | None = None


@dataclass(frozen=True)
class SettingsChange:
    id: int
    at: datetime
    actor_id: int | None
    before: dict
    after: dict


async def storefront_row(storefront_id: int, *, lock: bool = False) -> Storefront:
    if not 0 < storefront_id <= MAX_ID:
        raise DomainError(Code.NOT_FOUND, "No such storefront.", "storefront")
    qs = Storefront.filter(id=storefront_id)
    row = await (qs.select_for_update() if lock else qs).first()
    if row is None:
        raise DomainError(Code.NOT_FOUND, "No such storefront.", "storefront")
    return row


def base_policy(storefront: Storefront) -> StorefrontPolicy:
    return get_registry().policy(storefront.policy)


def effective_settings(storefront: Storefront) -> StorefrontPolicy:
    return get_registry().policy(storefront.policy, storefront.settings)


def _subset(values: list[Enum], allowed: frozenset, field: str, *, empty_ok: bool) -> list[str]:
    chosen = sorted({v.value for v in values})
    outside = [v for v in chosen if v not in {a.value for a in allowed}]
    if outside:
        raise DomainError(
            Code.OUT_OF_BOUNDS,
            f"This storefront's policy does not allow {', '.join(outside)}; allowed: "
            f"{', '.join(sorted(a.value for a in allowed))}.",
            field,
        )
    if not chosen and not empty_ok:
        raise DomainError(Code.OUT_OF_BOUNDS, "Choose at least one.", field)
    return chosen


def _validated(update: SettingsUpdate, policy: StorefrontPolicy) -> dict:
    changes: dict = {}
    for key, (low, high, unit) in BOUNDS.items():
        value = getattr(update, key)
        if value is None:
            continue
        field = "".join(w.capitalize() if i else w for i, w in enumerate(key.split("_")))
        if not low <= value <= high:
            raise DomainError(
                Code.OUT_OF_BOUNDS, f"Between {low:g} and {high:g} {unit}.", f"input.{field}"
            )
        changes[key] = value
    if update.inventory_mode is not None:
        changes["inventory_mode"] = InventoryMode(update.inventory_mode).value
    if update.confirmers is not None:
        changes["confirmers"] = _subset(
            update.confirmers, policy.confirmers, "input.confirmers", empty_ok=False
        )
    if update.case_types is not None:
        changes["case_types"] = _subset(
            update.case_types, policy.case_types, "input.caseTypes", empty_ok=True
        )
    return changes


async def record_change(
    storefront: Storefront, viewer: Viewer, after: dict
) -> StorefrontSettingsChange | None:
    """Write ``after`` as the storefront's settings (inside the caller's transaction, with the
    row locked) and the history entry; nothing when nothing changes."""
    before = dict(storefront.settings or {})
    if after == before:
        return None
    storefront.settings = after
    await storefront.save(update_fields=["settings", "updated_at"])
    return await StorefrontSettingsChange.create(
        storefront_id=storefront.id, actor_id=viewer.user_id, before=before, after=after
    )


async def storefront_settings_update(
    viewer: Viewer, storefront_id: int, update: SettingsUpdate
) -> Storefront:
    require_admin(viewer, Code)
    async with in_transaction():
        storefront = await storefront_row(storefront_id, lock=True)
        changes = _validated(update, base_policy(storefront))
        await record_change(storefront, viewer, {**(storefront.settings or {}), **changes})
    return storefront


async def storefront_for_staff(viewer: Viewer, storefront_id: int) -> Storefront:
    require_platform_staff(viewer, Code)
    return await storefront_row(storefront_id)


async def settings_history(
    viewer: Viewer, storefront_id: int, limit: int = 20
) -> list[SettingsChange]:
    """The latest changes first (at most ``HISTORY_MAX``)."""
    require_platform_staff(viewer, Code)
    await storefront_row(storefront_id)
    rows = (
        await StorefrontSettingsChange.filter(storefront_id=storefront_id)
        .order_by("-id")
        .limit(max(1, min(limit, HISTORY_MAX)))
    )
    return [SettingsChange(r.id, r.created_at, r.actor_id, r.before, r.after) for r in rows]
