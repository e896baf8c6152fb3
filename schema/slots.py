"""Delivery slots (part of the logistics subgraph): a warehouse's delivery calendar, the slots
customers choose at checkout (``checkoutPlaceOrder(input: {deliverySlots})``), an order's slot
(``MerchantOrder.deliverySlot``) and a courier's deliveries (``myDeliveries``)."""

from __future__ import annotations

from datetime import date, datetime

import strawberry
from strawberry import relay

from models.slots import DeliverySlot as SlotModel
from models.slots import DeliverySlotRule as RuleModel
from resolvers import batches
from resolvers import slots as uc
from resolvers.errors import SlotErrorCode as Code
from resolvers.orders import FULFILMENT_ROLES, is_staff, now_utc
from resolvers.permissions import Viewer
from schema.base import attempt, decode_id, decode_optional_id, error_type
from schema.catalog import Merchant
from schema.context import Info
from schema.inventory import Warehouse
from schema.orders import MerchantOrder

SlotError = error_type(Code, "SlotError")


def _staff_sees(viewer: Viewer, merchant_id: int) -> bool:
    return viewer.is_platform_staff or is_staff(viewer, merchant_id, FULFILMENT_ROLES)


async def _warehouse(info: Info, warehouse_id: int) -> Warehouse | None:
    row = await info.context.loader("warehouse", batches.warehouses).load(warehouse_id)
    return row and Warehouse.from_model(row)


@strawberry.federation.type(
    keys=["id"],
    shareable=True,
    description="A delivery window of a merchant's warehouse, bookable at checkout.",
)
class DeliverySlot(relay.Node):
    id: relay.NodeID[int]
    starts_at: datetime
    ends_at: datetime
    cutoff_at: datetime = strawberry.field(description="Booking closes (SLOT_CLOSED after).")
    picking_at: datetime = strawberry.field(
        description="An appointment order booked on it moves to PICKING then."
    )
    remaining: int = strawberry.field(description="Orders it still takes.")
    merchant_pk: strawberry.Private[int]
    warehouse_pk: strawberry.Private[int]
    capacity_value: strawberry.Private[int]
    taken_value: strawberry.Private[int]

    @strawberry.field(description="Open for booking: before its cut-off and not full.")
    def open(self) -> bool:
        return self.remaining > 0 and self.cutoff_at > now_utc()

    @strawberry.field(description="Orders it takes in all: the merchant's staff only.")
    def capacity(self, info: Info) -> int | None:
        return self.capacity_value if _staff_sees(info.context.viewer, self.merchant_pk) else None

    @strawberry.field(description="Orders booked on it: the merchant's staff only.")
    def taken(self, info: Info) -> int | None:
        return self.taken_value if _staff_sees(info.context.viewer, self.merchant_pk) else None

    @strawberry.field
    async def merchant(self, info: Info) -> Merchant:
        row = await info.context.loader("merchant", batches.merchants).load(self.merchant_pk)
        return Merchant.from_model(row)

    @strawberry.field(description="The warehouse it delivers from (its merchant's staff).")
    async def warehouse(self, info: Info) -> Warehouse | None:
        return await _warehouse(info, self.warehouse_pk)

    @classmethod
    def from_model(cls, m: SlotModel) -> DeliverySlot:
        return cls(
            id=m.id,
            starts_at=m.starts_at,
            ends_at=m.ends_at,
            cutoff_at=m.cutoff_at,
            picking_at=m.picking_at,
            remaining=max(m.capacity - m.taken, 0),
            merchant_pk=m.merchant_id,
            warehouse_pk=m.warehouse_id,
            capacity_value=m.capacity,
            taken_value=m.taken,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        rows = await batches.by_id(SlotModel, [int(i) for i in node_ids])
        return [r and cls.from_model(r) for r in rows]

    @classmethod
    async def of_order(cls, info: Info, slot_id: int | None) -> DeliverySlot | None:
        """``MerchantOrder.deliverySlot`` (orders names this type lazily)."""
        if slot_id is None:
            return None
        loader = info.context.loader(
            "delivery_slot", lambda ids: batches.by_id(SlotModel, list(ids))
        )
        row = await loader.load(slot_id)
        return row and cls.from_model(row)


@strawberry.type(description="How a warehouse's delivery calendar is cut into slots.")
class DeliverySlotRule:
    slot_minutes: int
    capacity: int
    cutoff_minutes: int
    picking_lead_minutes: int
    weekdays: list[int] = strawberry.field(description="ISO weekdays: 1 Monday .. 7 Sunday.")
    opens_at: str
    closes_at: str
    timezone: str
    horizon_days: int
    active: bool
    generated_until: date | None
    merchant_pk: strawberry.Private[int]  # for the visibility rule
    warehouse_pk: strawberry.Private[int]

    @strawberry.field
    async def warehouse(self, info: Info) -> Warehouse | None:
        return await _warehouse(info, self.warehouse_pk)

    @classmethod
    def from_model(cls, m: RuleModel) -> DeliverySlotRule:
        return cls(
            slot_minutes=m.slot_minutes,
            capacity=m.capacity,
            cutoff_minutes=m.cutoff_minutes,
            picking_lead_minutes=m.picking_lead_minutes,
            weekdays=list(m.weekdays),
            opens_at=m.opens_at,
            closes_at=m.closes_at,
            timezone=m.timezone,
            horizon_days=m.horizon_days,
            active=m.active,
            generated_until=m.generated_until,
            merchant_pk=m.merchant_id,
            warehouse_pk=m.warehouse_id,
        )


@strawberry.input
class DeliverySlotRulesSetInput:
    warehouse: strawberry.ID
    slot_minutes: int
    capacity: int = strawberry.field(description="Orders one slot takes.")
    cutoff_minutes: int = strawberry.field(
        default=0, description="Booking closes this long before a slot starts."
    )
    picking_lead_minutes: int = strawberry.field(
        default=60, description="Appointment orders start picking this long before the slot."
    )
    weekdays: list[int] = strawberry.field(default_factory=lambda: [1, 2, 3, 4, 5, 6, 7])
    opens_at: str = "08:00"
    closes_at: str = "20:00"
    timezone: str = "Asia/Shanghai"
    horizon_days: int = 7
    active: bool = True


@strawberry.type
class DeliverySlotRulePayload:
    rule: DeliverySlotRule | None
    errors: list[SlotError]


@strawberry.type
class Query:
    @strawberry.field(
        description="The delivery slots of a warehouse, or of every warehouse of a merchant, "
        "on a date (the calendar's local date), in start order, with what each still takes."
    )
    async def delivery_slots(
        self,
        info: Info,
        storefront: str,
        date: date,
        warehouse: strawberry.ID | None = None,
        merchant: strawberry.ID | None = None,
    ) -> list[DeliverySlot]:
        rows = await uc.delivery_slots(
            storefront,
            date,
            warehouse_id=decode_optional_id(warehouse, "Warehouse", Code, "warehouse"),
            merchant_id=decode_optional_id(merchant, "Merchant", Code, "merchant"),
        )
        return [DeliverySlot.from_model(r) for r in rows]

    @strawberry.field(description="The delivery calendars of the merchant's warehouses (staff).")
    async def delivery_slot_rules(
        self, info: Info, merchant: strawberry.ID | None = None
    ) -> list[DeliverySlotRule]:
        merchant_pk = decode_optional_id(merchant, "Merchant", Code, "merchant")
        rows = await uc.delivery_slot_rules(info.context.viewer, merchant_pk)
        return [DeliverySlotRule.from_model(r) for r in rows]

    @strawberry.field(
        description="A courier's assigned own-fleet deliveries, in delivery-slot order "
        "(still to deliver; includeDone: also those delivered)."
    )
    async def my_deliveries(self, info: Info, include_done: bool = False) -> list[MerchantOrder]:
        rows = await uc.my_deliveries(info.context.viewer, include_done)
        return [MerchantOrder.from_model(r) for r in rows]


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Set a warehouse's delivery calendar (owner, logistics staff, platform "
        "admin) and generate its slots; future slots nobody booked follow the new rule."
    )
    async def delivery_slot_rules_set(
        self, info: Info, input: DeliverySlotRulesSetInput
    ) -> DeliverySlotRulePayload:
        async def run():
            return await uc.delivery_slot_rules_set(
                info.context.viewer,
                decode_id(input.warehouse, "Warehouse", Code, "warehouse"),
                uc.RuleInput(
                    slot_minutes=input.slot_minutes,
                    capacity=input.capacity,
                    cutoff_minutes=input.cutoff_minutes,
                    picking_lead_minutes=input.picking_lead_minutes,
                    weekdays=tuple(input.weekdays),
                    opens_at=input.opens_at,
                    closes_at=input.closes_at,
                    timezone=input.timezone,
                    horizon_days=input.horizon_days,
                    active=input.active,
                ),
            )

        row, errors = await attempt(run, Code)
        return DeliverySlotRulePayload(rule=row and DeliverySlotRule.from_model(row), errors=errors)


types = [DeliverySlot]
