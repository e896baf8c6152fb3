"""Community group-buy pickup points: their leaders manage them, customers find them, and a
leader reads the orders of a point for a day.

Who may do what:

* a platform admin creates a point for a user (``leader_user_id``), who becomes its group leader;
  a group leader (someone who leads a point already) creates more points for themselves;
* a point is changed by its own leader or a platform admin; anybody else is refused
  (``PERMISSION_DENIED``), and nothing changes;
* anybody (signed in or not) lists a storefront's active points, near an address (same city
  code, nearest first by great-circle distance when coordinates are given) or in a community;
* ``pickup_orders``: the orders placed at a point on a day, for its leader and platform staff.

``capacity_per_day`` is how many orders a point takes a day. It is shown to customers with the
day's count (``orders_on_many``), and ``cartPickupPointUpdate`` refuses a point that is full for
today (``resolvers.checkout.cart``). It is not a hard limit: two checkouts may pass the check at
the same moment and both be placed (docs/pickup-and-picking.md).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.functions import Count

from models.accounts import User
from models.merchants import PickupPoint, Storefront
from models.orders import MerchantOrder, OrderStatus
from resolvers.errors import DomainError
from resolvers.errors import PickupErrorCode as Code
from resolvers.permissions import Viewer, require_user

NAME_MAX = 120
#: candidates read for a "near" search before sorting by distance (one city's points)
NEAR_CANDIDATES = 500
#: the time zone a day of orders is counted in, unless the storefront's settings say otherwise
DEFAULT_TIME_ZONE = "Asia/Shanghai"
_DIVISION = re.compile(r"^\d{6}$")
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_ADDRESS_TEXT = ("province", "city", "district", "street", "postalCode")
_ADDRESS_CODES = ("provinceCode", "cityCode", "districtCode")


@dataclass
class PointFields:
    """What a leader sets on a point; None: unchanged (on update)."""

    name: str | None = None
    address: dict | None = None
    community: str | None = None
    opening_hours: list[dict] | None = None
    capacity_per_day: int | None = None
    clear_capacity: bool = False  # update: no limit any more
    latitude: float | None = None
    longitude: float | None = None
    active: bool | None = None


@dataclass(frozen=True)
class Near:
    city_code: str
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class FoundPoint:
    point: PickupPoint
    distance_m: float | None  # None: not asked near coordinates, or the point has none


# --- validation ---------------------------------------------------------------------------------


def _text(value: str, field: str, limit: int, required: bool) -> str:
    value = value.strip()
    if len(value) > limit or (required and not value):
        raise DomainError(Code.INVALID, f"Give 1 to {limit} characters.", field)
    return value


def clean_point_address(address: dict, field: str = "address") -> dict:
    """The point's address: text fields (street and city required) and the GB/T 2260 codes,
    which must nest (a city code within its province, a district within its city)."""
    cleaned: dict[str, str] = {}
    for key in (*_ADDRESS_TEXT, *_ADDRESS_CODES):
        value = address.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or len(value) > 200:
            raise DomainError(Code.INVALID, "Address fields are text (max 200).", f"{field}.{key}")
        cleaned[key] = value.strip()
    for key in ("city", "street"):
        if not cleaned.get(key):
            raise DomainError(Code.INVALID, f"The address needs a {key}.", f"{field}.{key}")
    for key in _ADDRESS_CODES:
        if cleaned.get(key) and not _DIVISION.match(cleaned[key]):
            raise DomainError(Code.INVALID, "A division code has six digits.", f"{field}.{key}")
    province, city, district = (cleaned.get(k) for k in _ADDRESS_CODES)
    if not city:
        raise DomainError(
            Code.INVALID,
            "The address needs its cityCode (customers search by city).",
            f"{field}.cityCode",
        )
    if province and city[:2] != province[:2]:
        raise DomainError(Code.INVALID, "The city is not in this province.", f"{field}.cityCode")
    if district and district[:4] != city[:4]:
        raise DomainError(
            Code.INVALID, "The district is not in this city.", f"{field}.districtCode"
        )
    return cleaned


def clean_opening_hours(hours: list[dict], field: str = "openingHours") -> list[dict]:
    """``[{"weekday": 1..7 (Monday 1), "opens": "HH:MM", "closes": "HH:MM"}]``, opens before
    closes, sorted by weekday and time."""
    if len(hours) > 28:
        raise DomainError(Code.INVALID, "At most 28 opening periods.", field)
    cleaned = []
    for i, period in enumerate(hours):
        weekday, opens, closes = period.get("weekday"), period.get("opens"), period.get("closes")
        if not isinstance(weekday, int) or not 1 <= weekday <= 7:
            raise DomainError(Code.INVALID, "A weekday is 1 (Monday) to 7.", f"{field}.{i}.weekday")
        for key, value in (("opens", opens), ("closes", closes)):
            if not isinstance(value, str) or not _HHMM.match(value):
                raise DomainError(Code.INVALID, "A time is HH:MM.", f"{field}.{i}.{key}")
        if opens >= closes:
            raise DomainError(Code.INVALID, "A period opens before it closes.", f"{field}.{i}")
        cleaned.append({"weekday": weekday, "opens": opens, "closes": closes})
    return sorted(cleaned, key=lambda p: (p["weekday"], p["opens"]))


def _coordinates(lat: float | None, lng: float | None, prefix: str = "") -> None:
    if (lat is None) != (lng is None):
        raise DomainError(Code.INVALID, "Give both latitude and longitude.", f"{prefix}latitude")
    if lat is not None and not (-90 <= lat <= 90 and math.isfinite(lat)):
        raise DomainError(Code.INVALID, "A latitude is -90 to 90.", f"{prefix}latitude")
    if lng is not None and not (-180 <= lng <= 180 and math.isfinite(lng)):
        raise DomainError(Code.INVALID, "A longitude is -180 to 180.", f"{prefix}longitude")


def _apply(point: PickupPoint, f: PointFields) -> None:
    if f.name is not None:
        point.name = _text(f.name, "name", NAME_MAX, required=True)
    if f.address is not None:
        point.address = clean_point_address(f.address)
        point.city_code = point.address["cityCode"]
    if f.community is not None:
        point.community = _text(f.community, "community", NAME_MAX, required=False)
    if f.opening_hours is not None:
        point.opening_hours = clean_opening_hours(f.opening_hours)
    if f.clear_capacity:
        point.capacity_per_day = None
    elif f.capacity_per_day is not None:
        if not 1 <= f.capacity_per_day <= 100_000:
            raise DomainError(Code.INVALID, "A capacity is 1 to 100000 orders a day.", "capacity")
        point.capacity_per_day = f.capacity_per_day
    if f.latitude is not None or f.longitude is not None:
        _coordinates(f.latitude, f.longitude)
        point.latitude, point.longitude = f.latitude, f.longitude
    if f.active is not None:
        point.active = f.active


# --- leaders manage their points ----------------------------------------------------------------


async def pickup_point_create(
    viewer: Viewer, storefront_code: str, fields: PointFields, leader_user_id: int | None = None
) -> PickupPoint:
    """A new point. Platform admins name its leader (``leader_user_id``); a group leader creates
    one for themselves (and may not name another leader)."""
    user_id = require_user(viewer, Code)
    if viewer.is_admin:
        leader_id = leader_user_id if leader_user_id is not None else user_id
    elif viewer.is_group_leader:
        if leader_user_id is not None and leader_user_id != user_id:
            raise DomainError(
                Code.PERMISSION_DENIED, "A leader creates points for themselves.", "leaderId"
            )
        leader_id = user_id
    else:
        raise DomainError(
            Code.PERMISSION_DENIED, "Only group leaders and platform admins create points."
        )
    storefront = await Storefront.get_or_none(code=storefront_code)
    if storefront is None:
        raise DomainError(Code.NOT_FOUND, f"No storefront '{storefront_code}'.", "storefront")
    if not await User.filter(id=leader_id, is_active=True).exists():
        raise DomainError(Code.NOT_FOUND, "No such user to lead the point.", "leaderId")
    if fields.name is None or fields.address is None:
        raise DomainError(Code.INVALID, "A point needs a name and an address.", "name")
    point = PickupPoint(storefront_id=storefront.id, leader_id=leader_id, name="")
    _apply(point, fields)
    await point.save()
    return point


async def _own_point(viewer: Viewer, point_id: int) -> PickupPoint:
    require_user(viewer, Code)
    point = await PickupPoint.get_or_none(id=point_id)
    if point is None:
        raise DomainError(Code.NOT_FOUND, "No such pickup point.", "id")
    if not (viewer.is_admin or point.leader_id == viewer.user_id):
        raise DomainError(Code.PERMISSION_DENIED, "Only the point's own leader changes it.", "id")
    return point


async def pickup_point_update(viewer: Viewer, point_id: int, fields: PointFields) -> PickupPoint:
    """Change a point (its leader, or a platform admin): all the changes or none."""
    point = await _own_point(viewer, point_id)
    _apply(point, fields)  # raises before anything is saved
    await point.save()
    return point


async def my_pickup_points(viewer: Viewer) -> list[PickupPoint]:
    """The points the signed-in viewer leads (active or not)."""
    if viewer.user_id is None:
        return []
    return await PickupPoint.filter(leader_id=viewer.user_id).order_by("id")


# --- customers find a point ---------------------------------------------------------------------


def haversine_m(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance in metres (mean Earth radius 6371.0088 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(min(1.0, math.sqrt(a)))


async def pickup_points(
    storefront_code: str,
    near: Near | None = None,
    community: str | None = None,
    limit: int = 20,
) -> list[FoundPoint]:
    """A storefront's active points: near an address (same city code; nearest first when
    coordinates are given, points without coordinates after, by name) or in a community (by
    name); neither: all, by name. At most ``limit`` (1..100)."""
    if not 1 <= limit <= 100:
        raise DomainError(Code.INVALID, "limit is 1 to 100.", "limit")
    if near is not None and community is not None:
        raise DomainError(Code.INVALID, "Search near an address or in a community.", "community")
    storefront = await Storefront.get_or_none(code=storefront_code)
    if storefront is None:
        raise DomainError(Code.NOT_FOUND, f"No storefront '{storefront_code}'.", "storefront")
    qs = PickupPoint.filter(storefront_id=storefront.id, active=True)
    if community is not None:
        wanted = community.strip()
        if not wanted or len(wanted) > NAME_MAX:
            raise DomainError(Code.INVALID, "Name a community.", "community")
        rows = await qs.filter(community=wanted).order_by("name", "id").limit(limit)
        return [FoundPoint(p, None) for p in rows]
    if near is None:
        return [FoundPoint(p, None) for p in await qs.order_by("name", "id").limit(limit)]
    if not _DIVISION.match(near.city_code or ""):
        raise DomainError(Code.INVALID, "A city code has six digits.", "near.cityCode")
    _coordinates(near.latitude, near.longitude, "near.")
    rows = await qs.filter(city_code=near.city_code).order_by("name", "id").limit(NEAR_CANDIDATES)
    if near.latitude is None or near.longitude is None:
        return [FoundPoint(p, None) for p in rows[:limit]]
    found = [
        FoundPoint(
            p,
            haversine_m(near.latitude, near.longitude, p.latitude, p.longitude)
            if p.latitude is not None and p.longitude is not None
            else None,
        )
        for p in rows
    ]
    found.sort(key=lambda f: (f.distance_m is None, f.distance_m or 0.0))
    return found[:limit]


# --- a point's orders of a day ------------------------------------------------------------------


def _zone(storefront: Storefront) -> ZoneInfo:
    name = (storefront.settings or {}).get("timezone") or DEFAULT_TIME_ZONE
    try:
        return ZoneInfo(str(name))
    except (KeyError, ValueError):
        return ZoneInfo(DEFAULT_TIME_ZONE)


def day_bounds(storefront: Storefront, day: date) -> tuple[datetime, datetime]:
    """The UTC instants a calendar day starts and ends in the storefront's time zone."""
    zone = _zone(storefront)
    start = datetime.combine(day, time(0), tzinfo=zone)
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


def today(storefront: Storefront, now: datetime | None = None) -> date:
    return (now or datetime.now(UTC)).astimezone(_zone(storefront)).date()


async def orders_on_many(
    points: list[PickupPoint], day: date, storefront: Storefront
) -> dict[int, int]:
    """How many live orders (placed, not cancelled) each point (of ``storefront``) has for
    ``day``: one GROUP BY query."""
    start, end = day_bounds(storefront, day)
    rows = (
        await MerchantOrder.filter(
            pickup_point_id__in=[p.id for p in points], created_at__gte=start, created_at__lt=end
        )
        .exclude(status=OrderStatus.CANCELLED)
        .group_by("pickup_point_id")
        .annotate(n=Count("id"))
        .values("pickup_point_id", "n")
    )
    counts = {p.id: 0 for p in points}
    counts.update({r["pickup_point_id"]: int(r["n"]) for r in rows})
    return counts


async def pickup_orders(
    viewer: Viewer, point_id: int, day: date, status: OrderStatus | None = None
) -> list[MerchantOrder]:
    """The orders placed at the point on ``day`` (the storefront's calendar day), oldest first:
    for the point's leader and platform staff. Unpaid orders are left out unless asked for by
    status. Another leader, a customer, merchant staff: ``PERMISSION_DENIED``."""
    require_user(viewer, Code)
    point = await PickupPoint.get_or_none(id=point_id)
    if point is None:
        raise DomainError(Code.NOT_FOUND, "No such pickup point.", "pointId")
    if not (viewer.is_platform_staff or point.id in viewer.pickup_point_ids):
        raise DomainError(
            Code.PERMISSION_DENIED, "Only the point's leader reads its orders.", "pointId"
        )
    storefront = await Storefront.get(id=point.storefront_id)
    start, end = day_bounds(storefront, day)
    qs: Any = MerchantOrder.filter(
        pickup_point_id=point.id, created_at__gte=start, created_at__lt=end
    )
    qs = (
        qs.filter(status=status)
        if status is not None
        else qs.exclude(status=OrderStatus.PENDING_PAYMENT)
    )
    return await qs.order_by("created_at", "id").limit(1000)
