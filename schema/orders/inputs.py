"""Orders: the mutation inputs and the listing filter, and their decoding."""

from __future__ import annotations

from datetime import datetime

import strawberry

from models.orders import OrderStatus as OrderStatusModel
from resolvers import order_queries as queries
from resolvers.errors import OrderErrorCode
from schema.base import decode_id, decode_optional_id
from schema.orders.enums import ConfirmationCallOutcome, OrderStatus


@strawberry.input
class OrderAddressInput:
    """The same fields as the checkout's ``AddressInput``."""

    name: str
    phone: str
    city: str
    street: str
    district: str | None = None
    postal_code: str | None = None
    country: str | None = None
    province: str | None = None
    province_code: str | None = None
    city_code: str | None = None
    district_code: str | None = None


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
    address_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="A saved address of the customer's (a copy goes onto the order), instead "
        "of shippingAddress.",
    )


@strawberry.input
class OrderConfirmReceiptInput:
    id: strawberry.ID


@strawberry.input
class OrderConfirmInput:
    id: strawberry.ID


@strawberry.input(description="One phone call to the customer of a PAID order, and its outcome.")
class OrderConfirmationCallRecordInput:
    id: strawberry.ID
    outcome: ConfirmationCallOutcome
    note: str = strawberry.field(default="", description="Required when the customer declined.")


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
    warehouse_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Where it is picked (the merchant's); none: the warehouse holding most units.",
    )


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
    assignee: strawberry.ID | None = strawberry.field(
        default=None, description="A User: the orders assigned to this staff member."
    )


def order_pk(value: strawberry.ID) -> int:
    return decode_id(value, "MerchantOrder", OrderErrorCode, "id")


def order_filter(flt: OrderFilterInput | None) -> queries.OrderFilter:
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
        assignee_id=decode_optional_id(flt.assignee, "User", OrderErrorCode, "filter.assignee"),
    )
