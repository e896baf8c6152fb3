"""Checkout: the mutation inputs, and their decoding."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry

from models.orders import InventoryMode as InventoryModeModel
from resolvers.checkout.slots import SlotChoice
from resolvers.errors import CheckoutErrorCode as Code
from schema.base import decode_id
from schema.orders import InventoryMode


@strawberry.input
class CartLineInput:
    variant_id: strawberry.ID
    quantity: int


@strawberry.input
class AddressInput:
    name: str
    phone: str
    city: str
    street: str
    district: str | None = None
    postal_code: str | None = None
    country: str | None = None
    province: str | None = None
    province_code: str | None = strawberry.field(
        default=None, description="Administrative division code of the province (GB/T 2260)."
    )
    city_code: str | None = strawberry.field(
        default=None, description="Administrative division code of the city (GB/T 2260)."
    )
    district_code: str | None = strawberry.field(
        default=None, description="Administrative division code of the district (GB/T 2260)."
    )


@strawberry.input(description="Start paying right after placing (the reply carries the pay URL).")
class CheckoutPaymentInput:
    provider: str = "sandbox"
    return_url: str = ""


@strawberry.input(description="The delivery slot chosen for the order of one merchant of the cart.")
class DeliverySlotChoiceInput:
    merchant: strawberry.ID
    slot: strawberry.ID


@strawberry.input
class CheckoutPlaceOrderInput:
    cart_token: str
    idempotency_key: str
    shipping_address: AddressInput | None = strawberry.field(
        default=None, description="Place with this address (saved on the cart with the order)."
    )
    address_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Place with a copy of this saved address of the customer's (instead of "
        "shippingAddress).",
    )
    payment: CheckoutPaymentInput | None = strawberry.field(
        default=None, description="Also start a payment with this provider."
    )
    delivery_slots: list[DeliverySlotChoiceInput] | None = strawberry.field(
        default=None,
        description="Delivery slots (deliverySlots query), one per merchant at most: "
        "an appointment order (SLOT_NOT_FOUND, SLOT_CLOSED, SLOT_FULL).",
    )


@strawberry.input
class PaymentStartInput:
    order_group_id: strawberry.ID
    provider: str = "sandbox"
    return_url: str = ""


@strawberry.input
class FlashSaleCreateInput:
    variant_id: strawberry.ID
    price: Decimal
    starts_at: datetime
    ends_at: datetime
    quantity: int
    per_customer_limit: int = 1
    storefront_id: strawberry.ID | None = None
    name: str = ""
    inventory_mode: InventoryMode = InventoryModeModel.DEDUCT_ON_PAYMENT


def line_quantities(lines: list[CartLineInput]) -> list[tuple[int, int]]:
    return [
        (decode_id(line.variant_id, "Variant", Code, f"lines.{i}.variantId"), line.quantity)
        for i, line in enumerate(lines)
    ]


def slot_choices(choices: list[DeliverySlotChoiceInput] | None) -> list[SlotChoice] | None:
    if not choices:
        return None
    return [
        SlotChoice(
            decode_id(c.merchant, "Merchant", Code, f"deliverySlots.{i}.merchant"),
            decode_id(c.slot, "DeliverySlot", Code, f"deliverySlots.{i}.slot"),
            f"deliverySlots.{i}",
        )
        for i, c in enumerate(choices)
    ]
