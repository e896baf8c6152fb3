"""Checkout: what the cart, checkout, payment and flash-sale mutations return."""

from __future__ import annotations

import strawberry

from resolvers.errors import CheckoutErrorCode as Code
from schema.base import attempt
from schema.checkout.enums import CheckoutError, PaymentError, PromotionError
from schema.checkout.objects import Cart, FlashSale, Payment, render_cart
from schema.orders import OrderGroup


@strawberry.type
class CartPayload:
    cart: Cart | None
    errors: list[CheckoutError]


@strawberry.type
class CheckoutPlaceOrderPayload:
    order_group: OrderGroup | None
    payment: Payment | None = strawberry.field(
        default=None, description="The payment started, when the input asked for one."
    )
    errors: list[CheckoutError]


@strawberry.type
class PaymentStartPayload:
    payment: Payment | None
    errors: list[PaymentError]


@strawberry.type
class FlashSaleCreatePayload:
    flash_sale: FlashSale | None
    errors: list[PromotionError]


async def cart_payload(run) -> CartPayload:
    cart, errors = await attempt(run, Code)
    if cart is None:
        return CartPayload(cart=None, errors=errors)
    return CartPayload(cart=await render_cart(cart), errors=[])
