"""Orders: order groups, merchant orders, their lines and history."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from models.accounts import StaffRole
from models.orders import Actor as ActorModel
from models.orders import GroupStatus as GroupStatusModel
from models.orders import InventoryMode as InventoryModeModel
from models.orders import MerchantOrder as MerchantOrderModel
from models.orders import OrderGroup as OrderGroupModel
from models.orders import OrderStatus as OrderStatusModel
from resolvers import batches
from resolvers import checkout as checkout_uc
from resolvers import logistics as logistics_uc
from resolvers import order_queries as queries
from resolvers import orders as uc
from resolvers.errors import OrderErrorCode
from resolvers.orders import ORDER_READ_ROLES, can_view
from resolvers.permissions import Viewer
from schema.base import (
    Connection,
    Money,
    attempt,
    connection,
    decode_id,
    decode_optional_id,
    error_type,
    global_id,
)
from schema.catalog import Merchant, Variant
from schema.context import Info

if TYPE_CHECKING:
    from schema.aftersales import AftersalesCase
    from schema.logistics import Shipment

OrderError = error_type(OrderErrorCode, "OrderError")
OrderStatus = strawberry.enum(OrderStatusModel, name="OrderStatus")
OrderGroupStatus = strawberry.enum(GroupStatusModel, name="OrderGroupStatus")
InventoryMode = strawberry.enum(InventoryModeModel, name="InventoryMode")
OrderActor = strawberry.enum(
    ActorModel, name="OrderActor", description="The kind of party that made an order's step."
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

    @strawberry.field
    async def variant(self, info: Info) -> Variant | None:
        row = await info.context.loader("variant", batches.variants).load(self.variant_pk)
        return row and Variant.from_model(row)

    @strawberry.field
    def from_flash_sale(self) -> bool:
        return self.flash_sale is not None


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
            )
            for r in rows
        ]

    @strawberry.field(description="The aftersales cases on this order the viewer may see.")
    async def aftersales_cases(
        self, info: Info
    ) -> list[Annotated[AftersalesCase, strawberry.lazy("schema.aftersales")]]:
        from schema.aftersales import cases_of_order

        return await cases_of_order(info, self.id)

    @strawberry.field(description="The parcel: carrier, waybill number, tracking timeline.")
    async def shipment(
        self, info: Info
    ) -> Annotated[Shipment, strawberry.lazy("schema.logistics")] | None:
        from schema.logistics import shipment_of_order

        return await shipment_of_order(info, self.id)

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
    status: OrderGroupStatus
    inventory_mode: InventoryMode
    subtotal: Money
    shipping_total: Money
    total: Money
    payment_deadline: datetime
    paid_at: datetime | None
    cancel_reason: str | None
    created_at: datetime

    @strawberry.field(description="One order per merchant.")
    async def orders(self, info: Info) -> list[MerchantOrder]:
        rows = await info.context.loader("orders_by_group", batches.orders_by_group).load(self.id)
        return [MerchantOrder.from_model(r) for r in rows]

    @classmethod
    def from_model(cls, m: OrderGroupModel) -> OrderGroup:
        return cls(
            id=m.id,
            number=m.number,
            status=m.status,
            inventory_mode=m.inventory_mode,
            subtotal=Money(amount=m.subtotal, currency=m.currency),
            shipping_total=Money(amount=m.shipping_total, currency=m.currency),
            total=Money(amount=m.total, currency=m.currency),
            payment_deadline=m.payment_deadline,
            paid_at=m.paid_at,
            cancel_reason=m.cancel_reason,
            created_at=m.created_at,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        viewer = info.context.viewer
        rows = await batches.by_id(OrderGroupModel, [int(i) for i in node_ids])
        return [
            cls.from_model(r)
            if r and (viewer.is_platform_staff or r.customer_id == viewer.user_id)
            else None
            for r in rows
        ]


# --- inputs, payloads -----------------------------------------------------------------------------


@strawberry.type(description="The result of an order operation: the order, or why not.")
class OrderPayload:
    order: MerchantOrder | None
    errors: list[OrderError]


@strawberry.input
class OrderAddressInput:
    name: str
    phone: str
    city: str
    street: str
    district: str | None = None
    postal_code: str | None = None
    country: str | None = None


@strawberry.input(
    description="The customer cancels (before confirmation). Unpaid: the whole group."
)
class OrderCancelInput:
    id: strawberry.ID
    reason: str = ""


@strawberry.input(description="The customer changes the address and/or remark (until confirmed).")
class OrderUpdateInput:
    id: strawberry.ID
    shipping_address: OrderAddressInput | None = None
    remark: str | None = None


@strawberry.input
class OrderConfirmReceiptInput:
    id: strawberry.ID


@strawberry.input
class OrderConfirmInput:
    id: strawberry.ID


@strawberry.input
class OrderMarkReadyForPickupInput:
    id: strawberry.ID
    note: str = ""


@strawberry.input
class OrderHandOverInput:
    id: strawberry.ID


@strawberry.input
class OrderInvalidateInput:
    id: strawberry.ID
    reason: str


@strawberry.input
class OrderCancelOnRequestInput:
    id: strawberry.ID
    reason: str = ""


@strawberry.input
class OrderAssignInput:
    id: strawberry.ID
    assignee_id: strawberry.ID = strawberry.field(description="A User: warehouse/logistics staff.")
    note: str = ""


@strawberry.input
class OrderMarkPackedInput:
    id: strawberry.ID


@strawberry.input
class OrderShipInput:
    id: strawberry.ID
    carrier: str
    tracking_number: str


@strawberry.input
class OrderMarkDeliveredInput:
    id: strawberry.ID


@strawberry.input
class OrderMarkDeliveryFailedInput:
    id: strawberry.ID
    reason: str


@strawberry.input
class OrderReattemptDeliveryInput:
    id: strawberry.ID
    note: str = ""


@strawberry.input
class OrderMarkReturnedInput:
    id: strawberry.ID
    reason: str = ""


@strawberry.input
class OrderFilterInput:
    merchant: strawberry.ID | None = strawberry.field(
        default=None, description="Platform listing (`orders`) only."
    )
    status: OrderStatus | None = None
    customer_email: str | None = strawberry.field(
        default=None, description="Platform listing (`orders`) only."
    )
    number: str | None = strawberry.field(
        default=None, description="A merchant order's number, or its order group's."
    )
    created_from: datetime | None = strawberry.field(default=None, description="Inclusive.")
    created_to: datetime | None = strawberry.field(default=None, description="Exclusive.")
    storefront: str | None = strawberry.field(default=None, description="A storefront code.")


@strawberry.type
class OrderStatusCount:
    status: OrderStatus
    count: int


def _pk(value: strawberry.ID) -> int:
    return decode_id(value, "MerchantOrder", OrderErrorCode, "id")


def _filter(flt: OrderFilterInput | None) -> queries.OrderFilter:
    if flt is None:
        return queries.OrderFilter()
    return queries.OrderFilter(
        merchant_id=decode_optional_id(flt.merchant, "Merchant", OrderErrorCode, "filter.merchant"),
        status=OrderStatusModel(flt.status) if flt.status is not None else None,
        customer_email=flt.customer_email,
        number=flt.number,
        created_from=flt.created_from,
        created_to=flt.created_to,
        storefront=flt.storefront,
    )


def _orders(page) -> Connection[MerchantOrder]:
    return connection(page, MerchantOrder.from_model)


async def _payload(run) -> OrderPayload:
    row, errors = await attempt(run, OrderErrorCode)
    return OrderPayload(order=row and MerchantOrder.from_model(row), errors=errors)


# --- root fields ----------------------------------------------------------------------------------


@strawberry.type
class Query:
    @strawberry.field(description="An order group of the signed-in customer.")
    async def order_group(self, info: Info, id: strawberry.ID) -> OrderGroup:
        pk = decode_id(id, "OrderGroup", OrderErrorCode, "id")
        group = await checkout_uc.get_group(info.context.viewer, pk)
        return OrderGroup.from_model(group)

    @strawberry.field(
        description="A merchant order, if the viewer may see it (its customer, its merchant's "
        "staff, its pickup point's leader, the merchant's couriers once shipped, the platform)."
    )
    async def order(self, info: Info, id: strawberry.ID) -> MerchantOrder | None:
        row = await queries.get_order(info.context.viewer, _pk(id))
        return row and MerchantOrder.from_model(row)

    @strawberry.field(description="The signed-in customer's orders, newest first.")
    async def my_orders(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        status: OrderStatus | None = None,
    ) -> Connection[MerchantOrder]:
        status_value = OrderStatusModel(status) if status is not None else None
        page = await queries.my_orders(info.context.viewer, status_value, first, after)
        return _orders(page)

    @strawberry.field(description="The signed-in customer's checkouts, newest first.")
    async def my_order_groups(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[OrderGroup]:
        page = await queries.my_order_groups(info.context.viewer, first, after)
        return connection(page, OrderGroup.from_model)

    @strawberry.field(
        description="A merchant's order inbox, newest first. Staff: their own merchant; "
        "platform staff pass `merchant` (none: every merchant)."
    )
    async def merchant_orders(
        self,
        info: Info,
        merchant: strawberry.ID | None = None,
        filter: OrderFilterInput | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[MerchantOrder]:
        merchant_pk = decode_optional_id(merchant, "Merchant", OrderErrorCode, "merchant")
        page = await queries.merchant_orders(
            info.context.viewer, merchant_pk, _filter(filter), first, after
        )
        return _orders(page)

    @strawberry.field(description="How many of a merchant's orders are in each status.")
    async def merchant_order_counts(
        self, info: Info, merchant: strawberry.ID | None = None, storefront: str | None = None
    ) -> list[OrderStatusCount]:
        merchant_pk = decode_optional_id(merchant, "Merchant", OrderErrorCode, "merchant")
        counts = await queries.merchant_order_counts(info.context.viewer, merchant_pk, storefront)
        return [OrderStatusCount(status=s, count=n) for s, n in counts.items()]

    @strawberry.field(description="Every merchant's orders, for platform staff; newest first.")
    async def orders(
        self,
        info: Info,
        filter: OrderFilterInput | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[MerchantOrder]:
        page = await queries.platform_orders(info.context.viewer, _filter(filter), first, after)
        return _orders(page)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="The customer cancels an order before it is confirmed. Unpaid: the whole "
        "order group is cancelled; paid: the order is refunded and its stock restocked."
    )
    async def order_cancel(self, info: Info, input: OrderCancelInput) -> OrderPayload:
        return await _payload(
            lambda: uc.order_cancel(info.context.viewer, _pk(input.id), input.reason)
        )

    @strawberry.mutation(
        description="The customer changes the shipping address and/or remark, until confirmed."
    )
    async def order_update(self, info: Info, input: OrderUpdateInput) -> OrderPayload:
        address = None
        if input.shipping_address is not None:
            a = input.shipping_address
            address = {
                "name": a.name,
                "phone": a.phone,
                "city": a.city,
                "street": a.street,
                "district": a.district,
                "postalCode": a.postal_code,
                "country": a.country,
            }
        return await _payload(
            lambda: uc.order_update(
                info.context.viewer, _pk(input.id), shipping_address=address, remark=input.remark
            )
        )

    @strawberry.mutation(description="The customer confirms receipt (SHIPPED -> DELIVERED).")
    async def order_confirm_receipt(
        self, info: Info, input: OrderConfirmReceiptInput
    ) -> OrderPayload:
        return await _payload(lambda: uc.order_confirm_receipt(info.context.viewer, _pk(input.id)))

    @strawberry.mutation(
        description="PAID -> CONFIRMED, by the storefront policy's confirmers (platform staff, "
        "merchant staff with the orders role, or the pickup point's group leader)."
    )
    async def order_confirm(self, info: Info, input: OrderConfirmInput) -> OrderPayload:
        return await _payload(lambda: uc.order_confirm(info.context.viewer, _pk(input.id)))

    @strawberry.mutation(
        description="A paid order found invalid: cancelled, restocked and refunded."
    )
    async def order_invalidate(self, info: Info, input: OrderInvalidateInput) -> OrderPayload:
        return await _payload(
            lambda: uc.order_invalidate(info.context.viewer, _pk(input.id), input.reason)
        )

    @strawberry.mutation(
        description="Staff cancel on the customer's request before shipping: refund, restock."
    )
    async def order_cancel_on_request(
        self, info: Info, input: OrderCancelOnRequestInput
    ) -> OrderPayload:
        return await _payload(
            lambda: uc.order_cancel_on_request(info.context.viewer, _pk(input.id), input.reason)
        )

    @strawberry.mutation(
        description="CONFIRMED -> PICKING: assign to warehouse or logistics staff."
    )
    async def order_assign(self, info: Info, input: OrderAssignInput) -> OrderPayload:
        async def run():
            assignee = decode_id(input.assignee_id, "User", OrderErrorCode, "assigneeId")
            return await uc.order_assign(info.context.viewer, _pk(input.id), assignee, input.note)

        return await _payload(run)

    @strawberry.mutation(description="PICKING -> PACKED.")
    async def order_mark_packed(self, info: Info, input: OrderMarkPackedInput) -> OrderPayload:
        return await _payload(lambda: uc.order_mark_packed(info.context.viewer, _pk(input.id)))

    @strawberry.mutation(description="PACKED -> SHIPPED with the carrier and tracking number.")
    async def order_ship(self, info: Info, input: OrderShipInput) -> OrderPayload:
        return await _payload(
            lambda: logistics_uc.ship(
                info.context.viewer,
                _pk(input.id),
                "manual",
                carrier_name=input.carrier,
                tracking_number=input.tracking_number,
            )
        )

    @strawberry.mutation(
        description="A group-buy parcel arrived at its pickup point: the leader tells the "
        "customer to collect it (the order stays SHIPPED)."
    )
    async def order_mark_ready_for_pickup(
        self, info: Info, input: OrderMarkReadyForPickupInput
    ) -> OrderPayload:
        return await _payload(
            lambda: uc.order_mark_ready_for_pickup(info.context.viewer, _pk(input.id), input.note)
        )

    @strawberry.mutation(
        description="SHIPPED -> DELIVERED at the pickup point: the group leader hands it over."
    )
    async def order_hand_over(self, info: Info, input: OrderHandOverInput) -> OrderPayload:
        return await _payload(lambda: uc.order_hand_over(info.context.viewer, _pk(input.id)))

    @strawberry.mutation(description="SHIPPED -> DELIVERED, by the merchant's own-fleet courier.")
    async def order_mark_delivered(
        self, info: Info, input: OrderMarkDeliveredInput
    ) -> OrderPayload:
        return await _payload(lambda: uc.order_mark_delivered(info.context.viewer, _pk(input.id)))

    @strawberry.mutation(description="SHIPPED -> DELIVERY_FAILED (courier or merchant staff).")
    async def order_mark_delivery_failed(
        self, info: Info, input: OrderMarkDeliveryFailedInput
    ) -> OrderPayload:
        return await _payload(
            lambda: uc.order_mark_delivery_failed(info.context.viewer, _pk(input.id), input.reason)
        )

    @strawberry.mutation(description="DELIVERY_FAILED -> SHIPPED: delivery is tried again.")
    async def order_reattempt_delivery(
        self, info: Info, input: OrderReattemptDeliveryInput
    ) -> OrderPayload:
        return await _payload(
            lambda: uc.order_reattempt_delivery(info.context.viewer, _pk(input.id), input.note)
        )

    @strawberry.mutation(
        description="DELIVERY_FAILED -> CANCELLED: the goods are back; refund and restock."
    )
    async def order_mark_returned(self, info: Info, input: OrderMarkReturnedInput) -> OrderPayload:
        return await _payload(
            lambda: uc.order_mark_returned(info.context.viewer, _pk(input.id), input.reason)
        )


types = [MerchantOrder, OrderGroup]
