"""Orders: order groups, merchant orders, their lines and history."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from models.orders import GroupStatus as GroupStatusModel
from models.orders import InventoryMode as InventoryModeModel
from models.orders import MerchantOrder as MerchantOrderModel
from models.orders import OrderGroup as OrderGroupModel
from models.orders import OrderStatus as OrderStatusModel
from resolvers import batches
from resolvers import checkout as checkout_uc
from resolvers.errors import OrderErrorCode
from schema.base import Money, decode_id, error_type
from schema.catalog import Merchant, Variant
from schema.context import Info

OrderError = error_type(OrderErrorCode, "OrderError")
OrderStatus = strawberry.enum(OrderStatusModel, name="OrderStatus")
OrderGroupStatus = strawberry.enum(GroupStatusModel, name="OrderGroupStatus")
InventoryMode = strawberry.enum(InventoryModeModel, name="InventoryMode")


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


@strawberry.type(description="One step of an order's history.")
class OrderEvent:
    kind: str
    from_status: OrderStatus | None
    to_status: OrderStatus | None
    actor: str
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
    merchant_pk: strawberry.Private[int]
    group_pk: strawberry.Private[int]

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

    @strawberry.field
    async def events(self, info: Info) -> list[OrderEvent]:
        rows = await info.context.loader("events_by_order", batches.events_by_order).load(self.id)
        return [
            OrderEvent(
                kind=r.kind,
                from_status=OrderStatusModel(r.from_status) if r.from_status else None,
                to_status=OrderStatusModel(r.to_status) if r.to_status else None,
                actor=r.actor.value if hasattr(r.actor, "value") else r.actor,
                reason=r.reason,
                data=r.data,
                created_at=r.created_at,
            )
            for r in rows
        ]

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
            merchant_pk=m.merchant_id,
            group_pk=m.group_id,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        viewer = info.context.viewer
        rows = await batches.by_id(MerchantOrderModel, [int(i) for i in node_ids])
        return [
            cls.from_model(r)
            if r
            and (
                viewer.is_platform_staff
                or r.customer_id == viewer.user_id
                or r.merchant_id == viewer.merchant_id
            )
            else None
            for r in rows
        ]


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


@strawberry.type
class Query:
    @strawberry.field(description="An order group of the signed-in customer.")
    async def order_group(self, info: Info, id: strawberry.ID) -> OrderGroup:
        pk = decode_id(id, "OrderGroup", OrderErrorCode, "id")
        group = await checkout_uc.get_group(info.context.viewer, pk)
        return OrderGroup.from_model(group)


types = [MerchantOrder, OrderGroup]
