"""Orders: the root query fields (an order, the customer's, the merchant's, the platform's)."""

from __future__ import annotations

import strawberry

from models.orders import OrderStatus as OrderStatusModel
from resolvers import checkout as checkout_uc
from resolvers import order_queries as queries
from resolvers.errors import OrderErrorCode
from resolvers.orders import pick_list
from schema.base import Connection, connection, decode_id, decode_optional_id, wants_total
from schema.context import Info
from schema.orders.assignment import PickList
from schema.orders.enums import OrderStatus
from schema.orders.inputs import OrderFilterInput
from schema.orders.inputs import order_filter as _filter
from schema.orders.inputs import order_pk as _pk
from schema.orders.objects import MerchantOrder, OrderGroup, OrderStatusCount


def _orders(page) -> Connection[MerchantOrder]:
    return connection(page, MerchantOrder.from_model)


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
        page = await queries.my_orders(
            info.context.viewer, status_value, first, after, wants_total(info)
        )
        return _orders(page)

    @strawberry.field(description="The signed-in customer's checkouts, newest first.")
    async def my_order_groups(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[OrderGroup]:
        page = await queries.my_order_groups(info.context.viewer, first, after, wants_total(info))
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
            info.context.viewer, merchant_pk, _filter(filter), first, after, wants_total(info)
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
        page = await queries.platform_orders(
            info.context.viewer, _filter(filter), first, after, wants_total(info)
        )
        return _orders(page)

    @strawberry.field(
        description="The pick list of a set of one merchant's orders (SKU, location, quantity "
        "summed; printable as `html` or `text`): the merchant's fulfilment staff, platform staff."
    )
    async def pick_list(self, info: Info, order_ids: list[strawberry.ID]) -> PickList | None:
        pks = [
            decode_id(o, "MerchantOrder", OrderErrorCode, f"orderIds.{i}")
            for i, o in enumerate(order_ids)
        ]
        return PickList.from_model(await pick_list(info.context.viewer, pks))
