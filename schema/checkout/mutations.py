"""Checkout: the root mutations (the cart, placing it, paying, flash sales)."""

from __future__ import annotations

import strawberry

from models.orders import InventoryMode as InventoryModeModel
from resolvers import checkout as uc
from resolvers import payments as payments_uc
from resolvers import promotions as promotions_uc
from resolvers.errors import CheckoutErrorCode as Code
from resolvers.errors import PaymentErrorCode, PromotionErrorCode
from schema.base import address_data as _address
from schema.base import attempt, decode_id, decode_optional_id
from schema.checkout.inputs import (
    AddressInput,
    CartLineInput,
    CheckoutPlaceOrderInput,
    FlashSaleCreateInput,
    PaymentStartInput,
)
from schema.checkout.inputs import line_quantities as _lines
from schema.checkout.inputs import slot_choices as _slots
from schema.checkout.objects import flash_sale_from_model as _flash
from schema.checkout.objects import payment_from_model as _payment
from schema.checkout.payloads import (
    CartPayload,
    CheckoutPlaceOrderPayload,
    FlashSaleCreatePayload,
    PaymentStartPayload,
)
from schema.checkout.payloads import cart_payload as _cart_payload
from schema.context import Info
from schema.orders import OrderGroup


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="A new cart in a storefront (for guests and customers), optionally with its "
        "first lines and shipping address, all checked before anything is saved."
    )
    async def cart_create(
        self,
        info: Info,
        storefront: str,
        lines: list[CartLineInput] | None = None,
        shipping_address: AddressInput | None = None,
    ) -> CartPayload:
        async def run():
            return await uc.cart_create(
                info.context.viewer,
                storefront,
                _lines(lines or []),
                _address(shipping_address) if shipping_address is not None else None,
            )

        return await _cart_payload(run)

    @strawberry.mutation
    async def cart_lines_add(
        self, info: Info, token: str, lines: list[CartLineInput]
    ) -> CartPayload:
        return await _cart_payload(lambda: _run(uc.cart_lines_add, info, token, lines))

    @strawberry.mutation
    async def cart_lines_update(
        self, info: Info, token: str, lines: list[CartLineInput]
    ) -> CartPayload:
        return await _cart_payload(lambda: _run(uc.cart_lines_update, info, token, lines))

    @strawberry.mutation
    async def cart_lines_delete(
        self, info: Info, token: str, variant_ids: list[strawberry.ID]
    ) -> CartPayload:
        async def run():
            ids = [
                decode_id(v, "Variant", Code, f"variantIds.{i}") for i, v in enumerate(variant_ids)
            ]
            return await uc.cart_lines_delete(info.context.viewer, token, ids)

        return await _cart_payload(run)

    @strawberry.mutation(
        description="The cart's shipping address: typed (`address`) or a copy of a saved one "
        "of the customer's (`addressId`)."
    )
    async def cart_shipping_address_update(
        self,
        info: Info,
        token: str,
        address: AddressInput | None = None,
        address_id: strawberry.ID | None = None,
    ) -> CartPayload:
        async def run():
            saved = decode_optional_id(address_id, "CustomerAddress", Code, "addressId")
            data = _address(address) if address is not None else None
            return await uc.cart_set_address(info.context.viewer, token, data, saved)

        return await _cart_payload(run)

    @strawberry.mutation
    async def cart_shipping_method_update(
        self, info: Info, token: str, merchant_id: strawberry.ID, method: str
    ) -> CartPayload:
        async def run():
            merchant = decode_id(merchant_id, "Merchant", Code, "merchantId")
            return await uc.cart_set_shipping_method(info.context.viewer, token, merchant, method)

        return await _cart_payload(run)

    @strawberry.mutation
    async def cart_pickup_point_update(
        self, info: Info, token: str, pickup_point_id: strawberry.ID
    ) -> CartPayload:
        async def run():
            point = decode_id(pickup_point_id, "PickupPoint", Code, "pickupPointId")
            return await uc.cart_set_pickup_point(info.context.viewer, token, point)

        return await _cart_payload(run)

    @strawberry.mutation(description="Move a guest cart into the signed-in customer's cart.")
    async def cart_merge(self, info: Info, guest_token: str) -> CartPayload:
        return await _cart_payload(lambda: uc.cart_merge(info.context.viewer, guest_token))

    @strawberry.mutation(
        description="Place the cart: one order group, one order per merchant. Idempotent by key."
    )
    async def checkout_place_order(
        self, info: Info, input: CheckoutPlaceOrderInput
    ) -> CheckoutPlaceOrderPayload:
        pay = input.payment
        placed, errors = await attempt(
            lambda: uc.place_order_and_pay(
                info.context.viewer,
                input.cart_token,
                input.idempotency_key,
                address=_address(input.shipping_address) if input.shipping_address else None,
                payment_provider=pay.provider if pay else None,
                return_url=pay.return_url if pay else "",
                address_id=decode_optional_id(
                    input.address_id, "CustomerAddress", Code, "addressId"
                ),
                slots=_slots(input.delivery_slots),
            ),
            Code,
        )
        if placed is None:
            return CheckoutPlaceOrderPayload(order_group=None, errors=errors)
        return CheckoutPlaceOrderPayload(
            order_group=OrderGroup.from_model(placed.group),
            payment=placed.payment and _payment(placed.payment),
            errors=[],
        )

    @strawberry.mutation(description="Start paying an order group: a pay URL and a QR payload.")
    async def payment_start(self, info: Info, input: PaymentStartInput) -> PaymentStartPayload:
        async def run():
            group = decode_id(input.order_group_id, "OrderGroup", PaymentErrorCode, "orderGroupId")
            return await payments_uc.payment_start(
                info.context.viewer, group, input.provider, input.return_url
            )

        row, errors = await attempt(run, PaymentErrorCode)
        return PaymentStartPayload(payment=row and _payment(row), errors=errors)

    @strawberry.mutation
    async def flash_sale_create(
        self, info: Info, input: FlashSaleCreateInput
    ) -> FlashSaleCreatePayload:
        async def run():
            return await promotions_uc.flash_sale_create(
                info.context.viewer,
                decode_id(input.variant_id, "Variant", PromotionErrorCode, "variantId"),
                price=input.price,
                starts_at=input.starts_at,
                ends_at=input.ends_at,
                quantity=input.quantity,
                per_customer_limit=input.per_customer_limit,
                storefront_id=decode_optional_id(
                    input.storefront_id, "Storefront", PromotionErrorCode, "storefrontId"
                ),
                name=input.name,
                inventory_mode=InventoryModeModel(input.inventory_mode),
            )

        row, errors = await attempt(run, PromotionErrorCode)
        return FlashSaleCreatePayload(flash_sale=row and _flash(row), errors=errors)


async def _run(fn, info: Info, token: str, lines: list[CartLineInput]):
    return await fn(info.context.viewer, token, _lines(lines))
