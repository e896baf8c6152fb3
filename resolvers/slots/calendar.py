"""A warehouse's delivery calendar: its rule (set by the merchant's owner or logistics staff,
or a platform admin), the slots generated from it, and the slots customers may choose from.

Slots are rows (``models.slots.DeliverySlot``), generated for the rule's ``horizon_days`` from
today (local dates of the rule's time zone) when the rule is set, and extended day by day by
``extend_calendars`` (run with the order timers). Changing a rule removes the future slots
nobody booked and generates the new grid; a booked future slot stays (its capacity follows the
rule; it never drops below what is taken, which the conditional UPDATE guarantees anyway).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tortoise.transactions import in_transaction

from models.accounts import StaffRole
from models.merchants import Merchant, Storefront, Warehouse
from models.slots import DeliverySlot, DeliverySlotRule
from resolvers.errors import DomainError
from resolvers.errors import SlotErrorCode as Code
from resolvers.orders import FULFILMENT_ROLES, is_staff, now_utc
from resolvers.permissions import Viewer, require_user

#: Who sets a warehouse's calendar (besides platform admins); owners hold every role.
CALENDAR_ROLES = frozenset({StaffRole.LOGISTICS})
MAX_SLOTS_PER_DAY = 96
MAX_LISTED = 200


@dataclass(frozen=True)
class RuleInput:
    slot_minutes: int
    capacity: int
    cutoff_minutes: int = 0
    picking_lead_minutes: int = 60
    weekdays: tuple[int, ...] = (1, 2, 3, 4, 5, 6, 7)
    opens_at: str = "08:00"
    closes_at: str = "20:00"
    timezone: str = "Asia/Shanghai"
    horizon_days: int = 7
    active: bool = True


def _between(value: int, low: int, high: int, field: str) -> int:
    if not isinstance(value, int) or not low <= value <= high:
        raise DomainError(Code.INVALID, f"Between {low} and {high}.", field)
    return value


def _clock(value: str, field: str) -> time:
    try:
        hours, minutes = value.split(":")
        if len(hours) != 2 or len(minutes) != 2:
            raise ValueError(value)
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError):
        raise DomainError(Code.INVALID, "A time of day as HH:MM (24 h).", field)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise DomainError(Code.INVALID, "An IANA time zone, e.g. Asia/Shanghai.", "timezone")


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def clean_rule(rule: RuleInput) -> RuleInput:
    """The rule, checked field by field (INVALID with the field's name)."""
    slot = _between(rule.slot_minutes, 10, 24 * 60, "slotMinutes")
    _between(rule.capacity, 1, 100_000, "capacity")
    _between(rule.cutoff_minutes, 0, 7 * 24 * 60, "cutoffMinutes")
    _between(rule.picking_lead_minutes, 0, 24 * 60, "pickingLeadMinutes")
    _between(rule.horizon_days, 1, 31, "horizonDays")
    days = tuple(sorted(set(rule.weekdays)))
    if not days or any(not isinstance(d, int) or not 1 <= d <= 7 for d in days):
        raise DomainError(Code.INVALID, "Weekdays 1 (Monday) to 7 (Sunday).", "weekdays")
    opens, closes = _clock(rule.opens_at, "opensAt"), _clock(rule.closes_at, "closesAt")
    if _minutes(closes) - _minutes(opens) < slot:
        raise DomainError(Code.INVALID, "Open for at least one slot a day.", "closesAt")
    if (_minutes(closes) - _minutes(opens)) // slot > MAX_SLOTS_PER_DAY:
        raise DomainError(Code.INVALID, f"At most {MAX_SLOTS_PER_DAY} slots a day.", "slotMinutes")
    _zone(rule.timezone)
    return RuleInput(
        slot, rule.capacity, rule.cutoff_minutes, rule.picking_lead_minutes, days,
        f"{opens:%H:%M}", f"{closes:%H:%M}", rule.timezone, rule.horizon_days, rule.active,
    )  # fmt: skip


def can_manage(viewer: Viewer, merchant_id: int) -> bool:
    return viewer.is_admin or is_staff(viewer, merchant_id, CALENDAR_ROLES)


async def _warehouse_for(viewer: Viewer, warehouse_id: int, manage: bool) -> Warehouse:
    require_user(viewer, Code)
    warehouse = await Warehouse.get_or_none(id=warehouse_id)
    allowed = warehouse is not None and (
        can_manage(viewer, warehouse.merchant_id)
        if manage
        else viewer.is_platform_staff or is_staff(viewer, warehouse.merchant_id, FULFILMENT_ROLES)
    )
    if not allowed:  # another merchant's warehouse is not found, as if it did not exist
        raise DomainError(Code.NOT_FOUND, "No such warehouse.", "warehouse")
    return warehouse


def slot_times(rule: DeliverySlotRule, day: date) -> list[tuple[datetime, datetime]]:
    """The (start, end) of each slot of a local date, in UTC; none on a closed weekday."""
    if day.isoweekday() not in rule.weekdays:
        return []
    zone = ZoneInfo(rule.timezone)
    opens, closes = _clock(rule.opens_at, "opensAt"), _clock(rule.closes_at, "closesAt")
    length = timedelta(minutes=rule.slot_minutes)
    start = datetime.combine(day, opens, zone)
    end_of_day = datetime.combine(day, closes, zone)
    found = []
    while start + length <= end_of_day:
        found.append((start.astimezone(UTC), (start + length).astimezone(UTC)))
        start += length
    return found


def local_today(rule: DeliverySlotRule, now: datetime) -> date:
    return now.astimezone(ZoneInfo(rule.timezone)).date()


async def generate(rule: DeliverySlotRule, now: datetime) -> int:
    """Create the rule's missing slots from today to ``horizon_days`` ahead (local dates);
    slots that already exist are left as they are. Returns how many it created."""
    today = local_today(rule, now)
    first = today if rule.generated_until is None else max(today, rule.generated_until)
    until = today + timedelta(days=rule.horizon_days)
    rows = []
    day = first
    while day < until:
        for starts, ends in slot_times(rule, day):
            if starts <= now:
                continue
            rows.append(
                DeliverySlot(
                    merchant_id=rule.merchant_id,
                    warehouse_id=rule.warehouse_id,
                    starts_at=starts,
                    ends_at=ends,
                    cutoff_at=starts - timedelta(minutes=rule.cutoff_minutes),
                    picking_at=starts - timedelta(minutes=rule.picking_lead_minutes),
                    capacity=rule.capacity,
                )
            )
        day += timedelta(days=1)
    if rows:
        existing = set(
            await DeliverySlot.filter(
                warehouse_id=rule.warehouse_id,
                starts_at__gte=rows[0].starts_at,
                starts_at__lte=rows[-1].starts_at,
            ).values_list("starts_at", flat=True)
        )
        rows = [r for r in rows if r.starts_at not in existing]
        if rows:
            await DeliverySlot.bulk_create(rows, ignore_conflicts=True)
    if rule.generated_until != until:
        rule.generated_until = until
        await rule.save(update_fields=["generated_until", "updated_at"])
    return len(rows)


async def delivery_slot_rules_set(
    viewer: Viewer, warehouse_id: int, rule: RuleInput, now: datetime | None = None
) -> DeliverySlotRule:
    """Set (create or replace) a warehouse's calendar and generate its slots."""
    warehouse = await _warehouse_for(viewer, warehouse_id, manage=True)
    cleaned = clean_rule(rule)
    now = now or now_utc()
    values = {
        "merchant_id": warehouse.merchant_id,
        "slot_minutes": cleaned.slot_minutes,
        "capacity": cleaned.capacity,
        "cutoff_minutes": cleaned.cutoff_minutes,
        "picking_lead_minutes": cleaned.picking_lead_minutes,
        "weekdays": list(cleaned.weekdays),
        "opens_at": cleaned.opens_at,
        "closes_at": cleaned.closes_at,
        "timezone": cleaned.timezone,
        "horizon_days": cleaned.horizon_days,
        "active": cleaned.active,
        "generated_until": None,
    }
    async with in_transaction():
        row, created = await DeliverySlotRule.get_or_create(
            warehouse_id=warehouse.id, defaults=values
        )
        if not created:
            await DeliverySlotRule.filter(id=row.id).update(**values)
            row = await DeliverySlotRule.get(id=row.id)
            future = DeliverySlot.filter(warehouse_id=warehouse.id, starts_at__gt=now)
            await future.filter(taken=0).delete()
            await future.update(capacity=cleaned.capacity)
        if cleaned.active:
            await generate(row, now)
    return row


async def delivery_slot_rules(viewer: Viewer, merchant_id: int | None) -> list[DeliverySlotRule]:
    """The calendars of the viewer's merchant (fulfilment staff), or of any merchant (platform
    staff: the one named, or all)."""
    require_user(viewer, Code)
    if viewer.is_platform_staff:
        query = DeliverySlotRule.all()
        if merchant_id is not None:
            query = query.filter(merchant_id=merchant_id)
        return await query.order_by("warehouse_id")
    if viewer.merchant_id is None or not is_staff(viewer, viewer.merchant_id, FULFILMENT_ROLES):
        return []
    if merchant_id is not None and merchant_id != viewer.merchant_id:
        return []
    return await DeliverySlotRule.filter(merchant_id=viewer.merchant_id).order_by("warehouse_id")


async def delivery_slots(
    storefront_code: str,
    day: date,
    *,
    warehouse_id: int | None = None,
    merchant_id: int | None = None,
    now: datetime | None = None,
) -> list[DeliverySlot]:
    """The slots of a warehouse (or of every warehouse of a merchant) on a local date (of each
    calendar's time zone), in start order, from calendars that are active: what a customer of
    the storefront may choose from (a slot past its cut-off or full is listed, not open)."""
    if await Storefront.get_or_none(code=storefront_code) is None:
        raise DomainError(Code.NOT_FOUND, "No such storefront.", "storefront")
    if (warehouse_id is None) == (merchant_id is None):
        raise DomainError(Code.INVALID, "Name a warehouse or a merchant.", "warehouse")
    if merchant_id is not None and not await Merchant.exists(id=merchant_id):
        raise DomainError(Code.NOT_FOUND, "No such merchant.", "merchant")
    rules = DeliverySlotRule.filter(active=True)
    rules = (
        rules.filter(warehouse_id=warehouse_id)
        if warehouse_id is not None
        else rules.filter(merchant_id=merchant_id)
    )
    now = now or now_utc()
    found: list[DeliverySlot] = []
    for rule in await rules:
        if rule.generated_until is None or rule.generated_until <= local_today(rule, now):
            await generate(rule, now)  # the calendar job has not run yet today
        zone = ZoneInfo(rule.timezone)
        start = datetime.combine(day, time(0), zone).astimezone(UTC)
        found += await DeliverySlot.filter(
            warehouse_id=rule.warehouse_id,
            starts_at__gte=start,
            starts_at__lt=start + timedelta(days=1),
        ).limit(MAX_LISTED)
    return sorted(found, key=lambda s: (s.starts_at, s.warehouse_id))[:MAX_LISTED]


async def extend_calendars(now: datetime | None = None) -> int:
    """Generate the days that came within each active calendar's horizon (idempotent; safe to
    run in several workers: the unique (warehouse, start) keeps one slot)."""
    now = now or now_utc()
    created = 0
    for rule in await DeliverySlotRule.filter(active=True).order_by("id"):
        if rule.generated_until is None or rule.generated_until < local_today(
            rule, now
        ) + timedelta(days=rule.horizon_days):
            created += await generate(rule, now)
    return created
