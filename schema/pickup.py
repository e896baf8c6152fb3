"""Pickup points (community group-buy): customers find one, leaders manage theirs and read a
point's orders of a day. A point's name, address, hours and capacity are public (customers
choose by them); its leader is not shown. A point's orders are merchant orders, screened by
their own visibility rule."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from models.merchants import PickupPoint as PointModel
from models.merchants import Storefront as StorefrontModel
from models.orders import OrderStatus as OrderStatusModel
from resolvers import batches
from resolvers import pickup_points as uc
from resolvers.errors import PickupErrorCode as Code
from schema.base import attempt, decode_id, decode_optional_id, error_type
from schema.context import Info
from schema.orders import MerchantOrder, OrderStatus

PickupError = error_type(Code, "PickupError")


@strawberry.type(description="A period the point is open: weekday 1 (Monday) to 7, HH:MM.")
class OpeningPeriod:
    weekday: int
    opens: str
    closes: str


async def _orders_today(point_ids: Sequence[int]) -> list[int]:
    """Today's live order count of each point (one count query per storefront asked)."""
    points = await batches.by_id(PointModel, list(point_ids))
    by_storefront: dict[int, list[PointModel]] = defaultdict(list)
    for p in points:
        if p is not None:
            by_storefront[p.storefront_id].append(p)
    counts: dict[int, int] = {}
    for storefront_id, group in by_storefront.items():
        storefront = await StorefrontModel.get(id=storefront_id)
        counts.update(await uc.orders_on_many(group, uc.today(storefront), storefront))
    return [counts.get(i, 0) for i in point_ids]


@strawberry.federation.type(keys=["id"], description="A group-buy pickup point.")
class PickupPoint(relay.Node):
    id: relay.NodeID[int]
    name: str
    address: JSON = strawberry.field(
        description="province, city, district, street, postalCode, provinceCode, cityCode, "
        "districtCode."
    )
    community: str
    city_code: str
    opening_hours: list[OpeningPeriod]
    capacity_per_day: int | None = strawberry.field(
        description="Orders the point takes a day (null: no limit)."
    )
    latitude: float | None
    longitude: float | None
    active: bool
    distance_meters: float | None = strawberry.field(
        default=None, description="From the coordinates searched near (pickupPoints)."
    )
    storefront_pk: strawberry.Private[int]

    @strawberry.field(description="The storefront's code.")
    async def storefront(self, info: Info) -> str:
        row = await info.context.loader("storefront", batches.storefronts).load(self.storefront_pk)
        return row.code

    @strawberry.field(description="Orders placed for today (the storefront's day), not cancelled.")
    async def orders_today(self, info: Info) -> int:
        return await info.context.loader("pickup_orders_today", _orders_today).load(self.id)

    @strawberry.field(description="How many more orders it takes today (null: no limit).")
    async def remaining_today(self, info: Info) -> int | None:
        if self.capacity_per_day is None:
            return None
        return max(self.capacity_per_day - await self.orders_today(info), 0)

    @classmethod
    def from_model(cls, m: PointModel, distance: float | None = None) -> PickupPoint:
        return cls(
            id=m.id,
            name=m.name,
            address=m.address,
            community=m.community,
            city_code=m.city_code,
            opening_hours=[OpeningPeriod(**p) for p in m.opening_hours or []],
            capacity_per_day=m.capacity_per_day,
            latitude=m.latitude,
            longitude=m.longitude,
            active=m.active,
            distance_meters=round(distance, 1) if distance is not None else None,
            storefront_pk=m.storefront_id,
        )

    @classmethod
    async def by_id(cls, info: Info, point_id: int) -> PickupPoint | None:
        """``MerchantOrder.pickupPoint``: orders names this type lazily."""
        row = await info.context.loader(
            "pickup_point", lambda ids: batches.by_id(PointModel, ids)
        ).load(point_id)
        return row and cls.from_model(row)

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        rows = await batches.by_id(PointModel, [int(i) for i in node_ids])
        return [r and cls.from_model(r) for r in rows]


# --- inputs, payloads ---------------------------------------------------------------------------


@strawberry.input
class PickupPointAddressInput:
    city: str
    street: str
    city_code: str = strawberry.field(description="GB/T 2260, six digits.")
    province: str | None = None
    district: str | None = None
    postal_code: str | None = None
    province_code: str | None = None
    district_code: str | None = None


@strawberry.input
class OpeningPeriodInput:
    weekday: int
    opens: str
    closes: str


@strawberry.input
class PickupPointCreateInput:
    storefront: str
    name: str
    address: PickupPointAddressInput
    community: str = ""
    opening_hours: list[OpeningPeriodInput] | None = None
    capacity_per_day: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    leader_id: strawberry.ID | None = strawberry.field(
        default=None, description="Platform admins: the User who leads it (leaders: themselves)."
    )


@strawberry.input(description="What to change (omitted: unchanged).")
class PickupPointUpdateInput:
    id: strawberry.ID
    name: str | None = None
    address: PickupPointAddressInput | None = None
    community: str | None = None
    opening_hours: list[OpeningPeriodInput] | None = None
    capacity_per_day: int | None = None
    no_capacity_limit: bool = False
    latitude: float | None = None
    longitude: float | None = None
    active: bool | None = None


@strawberry.input(description="Near an address: its city code, and its coordinates if known.")
class PickupNearInput:
    city_code: str
    lat: float | None = None
    lng: float | None = None


@strawberry.type
class PickupPointPayload:
    pickup_point: PickupPoint | None
    errors: list[PickupError]


def _address(a: PickupPointAddressInput) -> dict:
    return {
        "province": a.province,
        "city": a.city,
        "district": a.district,
        "street": a.street,
        "postalCode": a.postal_code,
        "provinceCode": a.province_code,
        "cityCode": a.city_code,
        "districtCode": a.district_code,
    }


def _hours(hours: list[OpeningPeriodInput] | None) -> list[dict] | None:
    if hours is None:
        return None
    return [{"weekday": h.weekday, "opens": h.opens, "closes": h.closes} for h in hours]


def _pk(value: strawberry.ID, field: str = "id") -> int:
    return decode_id(value, "PickupPoint", Code, field)


# --- root fields --------------------------------------------------------------------------------


@strawberry.type
class Query:
    @strawberry.field(
        description="A storefront's active pickup points: `near` an address (same city code; "
        "nearest first when lat/lng are given) or in a `community`; neither: all, by name."
    )
    async def pickup_points(
        self,
        storefront: str,
        near: PickupNearInput | None = None,
        community: str | None = None,
        first: int = 20,
    ) -> list[PickupPoint]:
        where = None if near is None else uc.Near(near.city_code, near.lat, near.lng)
        found = await uc.pickup_points(storefront, where, community, first)
        return [PickupPoint.from_model(f.point, f.distance_m) for f in found]

    @strawberry.field(description="The pickup points the signed-in group leader leads.")
    async def my_pickup_points(self, info: Info) -> list[PickupPoint]:
        return [PickupPoint.from_model(p) for p in await uc.my_pickup_points(info.context.viewer)]

    @strawberry.field(
        description="A point's orders placed on `date` (the storefront's calendar day), oldest "
        "first: for its group leader and platform staff. Unpaid ones only when asked by status."
    )
    async def pickup_orders(
        self, info: Info, point_id: strawberry.ID, date: date, status: OrderStatus | None = None
    ) -> list[MerchantOrder]:
        rows = await uc.pickup_orders(
            info.context.viewer,
            _pk(point_id, "pointId"),
            date,
            OrderStatusModel(status) if status is not None else None,
        )
        return [MerchantOrder.from_model(r) for r in rows]


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="A new pickup point: a group leader's own, or a platform admin's for a leader."
    )
    async def pickup_point_create(
        self, info: Info, input: PickupPointCreateInput
    ) -> PickupPointPayload:
        async def run():
            fields = uc.PointFields(
                name=input.name,
                address=_address(input.address),
                community=input.community,
                opening_hours=_hours(input.opening_hours),
                capacity_per_day=input.capacity_per_day,
                latitude=input.latitude,
                longitude=input.longitude,
            )
            leader = decode_optional_id(input.leader_id, "User", Code, "leaderId")
            return await uc.pickup_point_create(
                info.context.viewer, input.storefront, fields, leader
            )

        row, errors = await attempt(run, Code)
        return PickupPointPayload(pickup_point=row and PickupPoint.from_model(row), errors=errors)

    @strawberry.mutation(description="Change a pickup point: its own leader or a platform admin.")
    async def pickup_point_update(
        self, info: Info, input: PickupPointUpdateInput
    ) -> PickupPointPayload:
        async def run():
            fields = uc.PointFields(
                name=input.name,
                address=_address(input.address) if input.address is not None else None,
                community=input.community,
                opening_hours=_hours(input.opening_hours),
                capacity_per_day=input.capacity_per_day,
                clear_capacity=input.no_capacity_limit,
                latitude=input.latitude,
                longitude=input.longitude,
                active=input.active,
            )
            return await uc.pickup_point_update(info.context.viewer, _pk(input.id), fields)

        row, errors = await attempt(run, Code)
        return PickupPointPayload(pickup_point=row and PickupPoint.from_model(row), errors=errors)


types = [PickupPoint]
