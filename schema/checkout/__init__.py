"""Cart, checkout, payments and flash sales.

- ``enums``: ``PaymentStatus`` and the ``CheckoutError``, ``PaymentError``, ``PromotionError``
  types;
- ``objects``: the object types (``Cart`` grouped by merchant, ``Payment``, ``FlashSale``) and
  how each is built (``render_cart``, ...);
- ``inputs``: the mutation inputs and their decoding; ``payloads``: what mutations return;
- ``queries``: the root ``Query`` field; ``mutations``: the root ``Mutation`` fields.

This package re-exports the names other modules import, and ``types`` (none: checkout has no
entity of its own) for ``schema.build``.
"""

from schema.checkout.enums import CheckoutError, PaymentError, PaymentStatus, PromotionError
from schema.checkout.inputs import (
    AddressInput,
    CartLineInput,
    CheckoutPaymentInput,
    CheckoutPlaceOrderInput,
    FlashSaleCreateInput,
    PaymentStartInput,
)
from schema.checkout.mutations import Mutation
from schema.checkout.objects import (
    Cart,
    CartLine,
    CartMerchantGroup,
    FlashSale,
    Payment,
    ShippingMethod,
    render_cart,
)
from schema.checkout.payloads import (
    CartPayload,
    CheckoutPlaceOrderPayload,
    FlashSaleCreatePayload,
    PaymentStartPayload,
)
from schema.checkout.queries import Query

types: list = []

__all__ = [
    "AddressInput",
    "Cart",
    "CartLine",
    "CartLineInput",
    "CartMerchantGroup",
    "CartPayload",
    "CheckoutError",
    "CheckoutPaymentInput",
    "CheckoutPlaceOrderInput",
    "CheckoutPlaceOrderPayload",
    "FlashSale",
    "FlashSaleCreateInput",
    "FlashSaleCreatePayload",
    "Mutation",
    "Payment",
    "PaymentError",
    "PaymentStartInput",
    "PaymentStartPayload",
    "PaymentStatus",
    "PromotionError",
    "Query",
    "ShippingMethod",
    "render_cart",
    "types",
]
