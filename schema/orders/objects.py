"""Orders: the object types (order groups, merchant orders, their lines and history)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from models.accounts import StaffRole
from models.orders import Actor as ActorModel
from models.orders import GroupStatus as GroupStatusModel
from models.orders import MerchantOrder as MerchantOrderModel
from models.orders import OrderGroup as OrderGroupModel
from models.orders import OrderStatus as OrderStatusModel
from resolvers import batches
from resolvers.orders import ORDER_READ_ROLES, can_view
from resolvers.permissions import Viewer
from resolvers.visibility import group_is_whole, visible
from schema.base import Money, global_id
from schema.catalog import Merchant, Variant
from schema.context import Info
from schema.orders.assignment import OrderAssignee
from schema.orders.enums import InventoryMode, OrderActor, OrderGroupStatus, OrderStatus
from schema.orders.payments import (
    OrderGroupPayment,
    OrderPayment,
    PaymentRefund,
    group_payments,
    order_payments,
    order_refunds,
)
from schema.orders.related import (
    AftersalesCaseRef,
    DeliverySlotRef,
    PickupPointRef,
    ReviewRef,
    ShipmentRef,
    WarehouseRef,
    resolve,
)


@strawberry.type
class OrderLine:
    id: strawberry.ID
    product_name: str
    variant_name: str
    sku: str
    quantity: int
    unit_price: Money
    total: Money
    variant_pk: strawberry.Private[int]
    flash_sale: strawberry.Private[int | None]
    order_row: strawberry.Private[MerchantOrderModel]  # for the visibility rule

    @strawberry.field
    async def variant(self, info: Info) -> Variant | None:
        row = await info.context.loader("variant", batches.variants).load(self.variant_pk)
        return row and Variant.from_model(row)

    @strawberry.field
    def from_flash_sale(self) -> bool:
        return self.flash_sale is not None

    @strawberry.field(description="The line's review, once written (null: not reviewed yet).")
    async def review(self, info: Info) -> ReviewRef | None:
        return await resolve(ReviewRef).of_line(info, int(self.id))


@strawberry.type(description="One step of an order's history: who (in which role), when, why.")
class OrderEvent:
    kind: str
    from_status: OrderStatus | None
    to_status: OrderStatus | None
    actor: str
    actor_role: OrderActor = strawberry.field(
        description="The kind of party: CUSTOMER, ADMIN, MERCHANT, GROUP_LEADER, COURIER, "
        "CARRIER or SYSTEM."
    )
    actor_user_id: strawberry.ID | None = strawberry.field(
        description="The user who acted (a User ID); hidden from the customer for staff steps."
    )
    role: str | None = strawberry.field(
        description="The finer role: the staff roles used, admin or customer_service, ..."
    )
    reason: str
    data: JSON
    created_at: datetime
    order_row: strawberry.Private[MerchantOrderModel]  # for the visibility rule


@strawberry.federation.type(keys=["id"], shareable=True)
class MerchantOrder(relay.Node):
    id: relay.NodeID[int]
    number: str
    status: OrderStatus
    inventory_mode: InventoryMode
    subtotal: Money
    shipping_price: Money
    total: Money
    refunded: Money
    shipping_method: str
    shipping_method_name: str
    shipping_address: JSON
    remark: str
    cancel_reason: str | None
    created_at: datetime
    paid_at: datetime | None
    cancelled_at: datetime | None
    confirmed_at: datetime | None
    shipped_at: datetime | None
    delivered_at: datetime | None
    completed_at: datetime | None
    carrier: str | None
    tracking_number: str | None
    merchant_pk: strawberry.Private[int]
    group_pk: strawberry.Private[int]
    customer_pk: strawberry.Private[int]
    storefront_pk: strawberry.Private[int]
    replacement_of_pk: strawberry.Private[int | None]
    row: strawberry.Private[MerchantOrderModel]  # for the visibility rule

    @strawberry.field(description="The storefront's code the order was placed in.")
    async def storefront(self, info: Info) -> str:
        row = await info.context.loader("storefront", batches.storefronts).load(self.storefront_pk)
        return row.code

    @strawberry.field(description="The checkout (order group) this order was paid with.")
    async def order_group(self, info: Info) -> OrderGroup:
        row = await info.context.loader("order_group", batches.order_groups).load(self.group_pk)
        return OrderGroup.from_model(row)

    @strawberry.field(description="The customer's email: for the customer, staff and the platform.")
    async def customer_email(self, info: Info) -> str | None:
        viewer = info.context.viewer
        if not (
            viewer.is_platform_staff
            or viewer.user_id == self.customer_pk
            or (
                viewer.merchant_id == self.merchant_pk
                and bool(viewer.staff_roles & (ORDER_READ_ROLES | {StaffRole.OWNER}))
            )
        ):
            return None
        row = await info.context.loader("user", batches.users).load(self.customer_pk)
        return row.email if row else None

    @strawberry.field
    async def merchant(self, info: Info) -> Merchant:
        row = await info.context.loader("merchant", batches.merchants).load(self.merchant_pk)
        return Merchant.from_model(row)

    @strawberry.field
    async def lines(self, info: Info) -> list[OrderLine]:
        rows = await info.context.loader("lines_by_order", batches.lines_by_order).load(self.id)
        return [
            OrderLine(
                id=strawberry.ID(str(r.id)),
                product_name=r.product_name,
                variant_name=r.variant_name,
                sku=r.sku,
                quantity=r.quantity,
                unit_price=Money(amount=r.unit_price, currency=r.currency),
                total=Money(amount=r.total, currency=r.currency),
                variant_pk=r.variant_id,
                flash_sale=r.flash_sale_id,
                order_row=self.row,
            )
            for r in rows
        ]

    @strawberry.field(description="The aftersales cases on this order the viewer may see.")
    async def aftersales_cases(self, info: Info) -> list[AftersalesCaseRef]:
        return await resolve(AftersalesCaseRef).of_order(info, self.id)

    @strawberry.field(
        description="The checkout's payments as this order sees them: provider, status, this "
        "order's share and times."
    )
    async def payments(self, info: Info) -> list[OrderPayment]:
        return await order_payments(info, self.row)

    @strawberry.field(description="This order's refunds: amount, reason, status and times.")
    async def refunds(self, info: Info) -> list[PaymentRefund]:
        return await order_refunds(info, self.row)

    @strawberry.field(description="The parcel: carrier, waybill number, tracking timeline.")
    async def shipment(self, info: Info) -> ShipmentRef | None:
        # the parcel's visibility rule reads its order through this loader
        info.context.loader("merchant_order", batches.merchant_orders).prime(self.id, self.row)
        return await resolve(ShipmentRef).of_order(info, self.id)

    @strawberry.field(description="The delivery slot booked at checkout (an appointment order).")
    async def delivery_slot(self, info: Info) -> DeliverySlotRef | None:
        return await resolve(DeliverySlotRef).of_order(info, self.row.delivery_slot_id)

    @strawberry.field(
        description="The staff member picking it (set by orderAssign): for the merchant's staff "
        "and the platform; null for anyone else."
    )
    async def assignee(self, info: Info) -> OrderAssignee | None:
        return await OrderAssignee.of_order(info, self.row.assignee_id, self.merchant_pk)

    @strawberry.field(description="The warehouse it is picked in (the merchant's staff, platform).")
    async def warehouse(self, info: Info) -> WarehouseRef | None:
        if self.row.warehouse_id is None:
            return None
        row = await info.context.loader("warehouse", batches.warehouses).load(self.row.warehouse_id)
        return row and resolve(WarehouseRef).from_model(row)

    @strawberry.field(description="A group-buy order: the pickup point it is collected at.")
    async def pickup_point(self, info: Info) -> PickupPointRef | None:
        if self.row.pickup_point_id is None:
            return None
        return await resolve(PickupPointRef).by_id(info, self.row.pickup_point_id)

    @strawberry.field(description="A replacement order (exchange, reship): the original order.")
    async def replacement_of(self, info: Info) -> MerchantOrder | None:
        if self.replacement_of_pk is None:
            return None
        row = await info.context.loader("merchant_order", batches.merchant_orders).load(
            self.replacement_of_pk
        )
        return MerchantOrder.from_model(row) if row and can_view(info.context.viewer, row) else None

    @strawberry.field(description="The replacement orders sent for this one (exchange, reship).")
    async def replacements(self, info: Info) -> list[MerchantOrder]:
        rows = await info.context.loader("replacements", batches.replacements_by_order).load(
            self.id
        )
        viewer = info.context.viewer
        return [MerchantOrder.from_model(r) for r in rows if can_view(viewer, r)]

    @strawberry.field
    async def events(self, info: Info) -> list[OrderEvent]:
        rows = await info.context.loader("events_by_order", batches.events_by_order).load(self.id)
        viewer: Viewer = info.context.viewer
        as_customer = viewer.user_id == self.customer_pk and not (
            viewer.is_platform_staff or viewer.merchant_id == self.merchant_pk
        )
        events = []
        for r in rows:
            actor = ActorModel(r.actor)
            shown = r.actor_user_id is not None and (
                not as_customer or actor == ActorModel.CUSTOMER
            )
            events.append(
                OrderEvent(
                    kind=r.kind,
                    from_status=OrderStatusModel(r.from_status) if r.from_status else None,
                    to_status=OrderStatusModel(r.to_status) if r.to_status else None,
                    actor=actor.value,
                    actor_role=actor,
                    actor_user_id=global_id("User", r.actor_user_id) if shown else None,
                    role=(r.data or {}).get("role") if isinstance(r.data, dict) else None,
                    reason=r.reason,
                    data=r.data,
                    created_at=r.created_at,
                    order_row=self.row,
                )
            )
        return events

    @classmethod
    def from_model(cls, m: MerchantOrderModel) -> MerchantOrder:
        return cls(
            id=m.id,
            number=m.number,
            status=m.status,
            inventory_mode=m.inventory_mode,
            subtotal=Money(amount=m.subtotal, currency=m.currency),
            shipping_price=Money(amount=m.shipping_price, currency=m.currency),
            total=Money(amount=m.total, currency=m.currency),
            refunded=Money(amount=m.refunded_amount, currency=m.currency),
            shipping_method=m.shipping_method,
            shipping_method_name=m.shipping_method_name,
            shipping_address=m.shipping_address,
            remark=m.remark,
            cancel_reason=m.cancel_reason,
            created_at=m.created_at,
            paid_at=m.paid_at,
            cancelled_at=m.cancelled_at,
            confirmed_at=m.confirmed_at,
            shipped_at=m.shipped_at,
            delivered_at=m.delivered_at,
            completed_at=m.completed_at,
            carrier=m.carrier,
            tracking_number=m.tracking_number,
            merchant_pk=m.merchant_id,
            group_pk=m.group_id,
            customer_pk=m.customer_id,
            storefront_pk=m.storefront_id,
            replacement_of_pk=m.replacement_of_id,
            row=m,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        viewer = info.context.viewer
        rows = await batches.by_id(MerchantOrderModel, [int(i) for i in node_ids])
        return [cls.from_model(r) if r and can_view(viewer, r) else None for r in rows]


@strawberry.federation.type(keys=["id"], shareable=True)
class OrderGroup(relay.Node):
    id: relay.NodeID[int]
    number: str
    inventory_mode: InventoryMode
    payment_deadline: datetime
    paid_at: datetime | None
    cancel_reason: str | None
    created_at: datetime
    row: strawberry.Private[OrderGroupModel]  # for the visibility rule and the totals

    @strawberry.field(
        description="One order per merchant: the ones the viewer may see (the customer and "
        "the platform: all; a merchant's staff: their merchant's)."
    )
    async def orders(self, info: Info) -> list[MerchantOrder]:
        rows = await info.context.loader("orders_by_group", batches.orders_by_group).load(self.id)
        return [MerchantOrder.from_model(r) for r in rows]

    @strawberry.field(
        description="Every payment of the checkout (each attempt) with its refunds: for its "
        "customer and the platform (a merchant sees its share on its order's `payments`)."
    )
    async def payments(self, info: Info) -> list[OrderGroupPayment]:
        return await group_payments(info, self.row)

    @strawberry.field(
        description="What became of the checkout. A merchant's staff (or a leader, a courier) "
        "see PARTIALLY_CANCELLED as PAID: what became of other merchants' orders is theirs."
    )
    def status(self, info: Info) -> OrderGroupStatus:
        status = GroupStatusModel(self.row.status)
        if status == GroupStatusModel.PARTIALLY_CANCELLED and not group_is_whole(
            info.context.viewer, self.row
        ):
            return GroupStatusModel.PAID
        return status

    async def _amounts(self, info: Info) -> tuple[Money, Money, Money]:
        """The checkout's subtotal, shipping and total: the whole group's for its customer and
        the platform; for anyone else the sums over the orders they may see (a merchant never
        learns what the customer paid the other merchants)."""
        m = self.row
        viewer = info.context.viewer
        if group_is_whole(viewer, m):
            amounts = (m.subtotal, m.shipping_total, m.total)
        else:
            rows = await info.context.loader("orders_by_group", batches.orders_by_group).load(
                self.id
            )
            seen = [r for r in rows if visible(viewer, "merchant_order", r)]
            amounts = (
                sum((r.subtotal for r in seen), Decimal(0)),
                sum((r.shipping_price for r in seen), Decimal(0)),
                sum((r.total for r in seen), Decimal(0)),
            )
        return tuple(Money(amount=a, currency=m.currency) for a in amounts)

    @strawberry.field(description="The lines' total (see `total` for whose).")
    async def subtotal(self, info: Info) -> Money:
        return (await self._amounts(info))[0]

    @strawberry.field(description="The shipping prices' total (see `total` for whose).")
    async def shipping_total(self, info: Info) -> Money:
        return (await self._amounts(info))[1]

    @strawberry.field(
        description="What the customer pays for the checkout (the customer, the platform); for "
        "a merchant's staff (or a leader, a courier) the total of the orders they may see."
    )
    async def total(self, info: Info) -> Money:
        return (await self._amounts(info))[2]

    @classmethod
    def from_model(cls, m: OrderGroupModel) -> OrderGroup:
        return cls(
            id=m.id,
            number=m.number,
            inventory_mode=m.inventory_mode,
            payment_deadline=m.payment_deadline,
            paid_at=m.paid_at,
            cancel_reason=m.cancel_reason,
            created_at=m.created_at,
            row=m,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        """Any group by id: ``schema.visibility`` hides the ones the viewer may not see."""
        rows = await batches.by_id(OrderGroupModel, [int(i) for i in node_ids])
        return [cls.from_model(r) if r else None for r in rows]


@strawberry.type
class OrderStatusCount:
    status: OrderStatus
    count: int
