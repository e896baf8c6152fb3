"""Risk control for platform staff: the blacklist (a customer, an email, a phone, a device id or
a delivery address; a reason, an optional expiry), each rule's settings on a storefront
(recorded in the storefront's settings history), and the recent refusals by reason.

Staff read; admins change. An entry is never deleted: removing it expires it now, so the record
of who was refused and why stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from models.accounts import User
from models.risk import BlacklistEntry, RiskDecision
from plugins.registry import get_registry
from resolvers.administration.storefront_settings import record_change, storefront_row
from resolvers.errors import AdministrationErrorCode as Code
from resolvers.errors import DomainError
from resolvers.orders import now_utc
from resolvers.pagination import MAX_ID
from resolvers.permissions import Viewer, require_admin, require_platform_staff
from resolvers.risk import DEVICE_ID_MAX, address_key, normalize_phone

REASON_MAX = 200
LIST_MAX = 100


class BlacklistKind(StrEnum):
    CUSTOMER = "customer"
    EMAIL = "email"
    PHONE = "phone"
    DEVICE = "device"
    ADDRESS = "address"


@dataclass(frozen=True)
class RuleSetting:
    key: str  #: in the storefront's ``risk`` settings
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()


#: rule code -> the settings an admin may change (every rule also has ``<code>_enabled``)
RULE_SETTINGS: dict[str, tuple[RuleSetting, ...]] = {
    "blacklist": (),
    "flash_sale_limit": (),
    "order_rate": (RuleSetting("max_orders_per_minute", 1, 1000),),
    "frequent_cancellation": (
        RuleSetting("cancellation_window_days", 1, 365),
        RuleSetting("cancellation_threshold", 1, 100),
        RuleSetting("cancellation_action", choices=("deduct_on_payment", "reject")),
    ),
}


def _entry_values(kind: BlacklistKind, value: str) -> dict:
    """The column of an entry given by value (email, phone, device id)."""
    value = (value or "").strip()
    if kind == BlacklistKind.EMAIL:
        if "@" not in value or len(value) > 254:
            raise DomainError(Code.INVALID, "Not an email address.", "input.value")
        return {"email": value.lower()}
    if kind == BlacklistKind.PHONE:
        phone = normalize_phone(value)
        if phone is None:
            raise DomainError(Code.INVALID, "Not a phone number.", "input.value")
        return {"phone": phone}
    if kind == BlacklistKind.DEVICE:
        if not 0 < len(value) <= DEVICE_ID_MAX or not value.isprintable():
            raise DomainError(Code.INVALID, "A device id has 1 to 128 characters.", "input.value")
        return {"device_id": value}
    raise AssertionError(kind)


async def blacklist_add(
    viewer: Viewer,
    kind: BlacklistKind,
    *,
    value: str = "",
    customer_id: int | None = None,
    address: dict | None = None,
    reason: str,
    expires_at: datetime | None = None,
) -> BlacklistEntry:
    require_admin(viewer, Code)
    reason = (reason or "").strip()
    if not reason or len(reason) > REASON_MAX:
        raise DomainError(Code.INVALID, "Give a reason (1 to 200 characters).", "input.reason")
    now = now_utc()
    if expires_at is not None and expires_at <= now:
        raise DomainError(Code.INVALID, "An expiry is in the future.", "input.expiresAt")
    values: dict
    if kind == BlacklistKind.CUSTOMER:
        if customer_id is None or not 0 < customer_id <= MAX_ID:
            raise DomainError(Code.NOT_FOUND, "No such customer.", "input.customer")
        if not await User.filter(id=customer_id).exists():
            raise DomainError(Code.NOT_FOUND, "No such customer.", "input.customer")
        values = {"customer_id": customer_id}
    elif kind == BlacklistKind.ADDRESS:
        key = address_key(address or {})
        if not key:
            raise DomainError(Code.INVALID, "An address needs at least a street.", "input.address")
        values = {"address_key": key}
    else:
        values = _entry_values(kind, value)
    return await BlacklistEntry.create(
        **values, reason=reason, expires_at=expires_at, created_by_id=viewer.user_id
    )


async def blacklist_remove(viewer: Viewer, entry_id: int) -> BlacklistEntry:
    """Expire the entry now (kept for the record); an expired one answers as it is."""
    require_admin(viewer, Code)
    entry = await BlacklistEntry.get_or_none(id=entry_id) if 0 < entry_id <= MAX_ID else None
    if entry is None:
        raise DomainError(Code.NOT_FOUND, "No such blacklist entry.", "id")
    now = now_utc()
    if entry.expires_at is None or entry.expires_at > now:
        entry.expires_at = now
        await entry.save(update_fields=["expires_at", "updated_at"])
    return entry


def kind_of(entry: BlacklistEntry) -> BlacklistKind:
    if entry.customer_id is not None:
        return BlacklistKind.CUSTOMER
    if entry.email:
        return BlacklistKind.EMAIL
    if entry.phone:
        return BlacklistKind.PHONE
    if entry.device_id:
        return BlacklistKind.DEVICE
    return BlacklistKind.ADDRESS


async def blacklist_entries(
    viewer: Viewer, *, active_only: bool = True, limit: int = 50
) -> list[BlacklistEntry]:
    require_platform_staff(viewer, Code)
    qs = BlacklistEntry.all()
    if active_only:
        qs = qs.filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now_utc()))
    return await qs.order_by("-id").limit(max(1, min(limit, LIST_MAX)))


async def risk_settings_update(
    viewer: Viewer,
    storefront_id: int,
    rule: str,
    *,
    enabled: bool | None = None,
    values: dict[str, str] | None = None,
):
    """Change one rule's settings on a storefront (recorded like every settings change)."""
    require_admin(viewer, Code)
    if rule not in RULE_SETTINGS or rule not in get_registry().risk_rules:
        raise DomainError(Code.UNKNOWN_RULE, f"No risk rule '{rule}'.", "input.rule")
    allowed = {s.key: s for s in RULE_SETTINGS[rule]}
    changes: dict = {}
    for key, raw in (values or {}).items():
        setting = allowed.get(key)
        if setting is None:
            raise DomainError(
                Code.INVALID,
                f"Rule '{rule}' has no setting '{key}'"
                + (f"; it has {', '.join(allowed)}." if allowed else "."),
                "input.settings",
            )
        changes[key] = _setting_value(setting, str(raw))
    if enabled is not None:
        changes[f"{rule}_enabled"] = enabled
    async with in_transaction():
        storefront = await storefront_row(storefront_id, lock=True)
        settings = dict(storefront.settings or {})
        settings["risk"] = {**settings.get("risk", {}), **changes}
        await record_change(storefront, viewer, settings)
    return storefront


def _setting_value(setting: RuleSetting, raw: str) -> int | str:
    if setting.choices:
        value = raw.strip().lower()
        if value not in setting.choices:
            raise DomainError(
                Code.OUT_OF_BOUNDS,
                f"{setting.key} is one of {', '.join(setting.choices)}.",
                "input.settings",
            )
        return value
    try:
        number = int(raw.strip())
    except ValueError:
        raise DomainError(Code.INVALID, f"{setting.key} is a whole number.", "input.settings")
    if not setting.low <= number <= setting.high:
        raise DomainError(
            Code.OUT_OF_BOUNDS,
            f"{setting.key} is between {setting.low} and {setting.high}.",
            "input.settings",
        )
    return number


async def risk_refusals(
    viewer: Viewer,
    *,
    storefront_id: int | None = None,
    reason: str | None = None,
    limit: int = 50,
) -> list[RiskDecision]:
    """The latest decisions that were not ALLOW (refused, or deducted on payment)."""
    require_platform_staff(viewer, Code)
    qs = RiskDecision.all()
    if storefront_id is not None:
        qs = qs.filter(storefront_id=storefront_id)
    rows = await qs.order_by("-id").limit(LIST_MAX if reason else max(1, min(limit, LIST_MAX)))
    if reason:  # reasons are a short JSON list: filtered here, portably
        rows = [r for r in rows if reason in (r.reasons or [])][: max(1, min(limit, LIST_MAX))]
    return rows
