"""Cart and checkout: one cart, many merchants; placing it makes one OrderGroup and one
MerchantOrder per merchant, in one transaction, idempotently.

Inventory (DESIGN.md "Inventory: never oversell"): in RESERVE_ON_ORDER mode placing the order
reserves stock (conditional UPDATE under row locks taken in primary-key order); in
DEDUCT_ON_PAYMENT mode (flash sales, risky customers) nothing is held and the payment step
deducts. Risk rules run before any stock is touched.

What is where (each module imports its siblings directly, never this package):

- ``common``: the limits, the storefront's policy, the address check, order numbers;
- ``quotes``: the cart as the customer sees it (``cart_view``): priced lines grouped by
  merchant, with the shipping methods quoted for each;
- ``offers``: whether the cart may hold its lines (for sale, within limits, in stock);
- ``cart``: the cart's own use cases (create, lines, address, pickup point, shipping, merge);
- ``placement``: placing the order (idempotency, checks, risk control) and paying it at once;
- ``creation``: writing the placed group and merchant orders, and taking their stock;
- ``deadlines``: the expiry of unpaid groups past their payment deadline.

The hand-written statements are in ``models.repository.checkout``. This module re-exports the
names the rest of the code base uses, so ``from resolvers import checkout`` keeps working.
"""

from models.repository.checkout import Offer
from resolvers.addresses.validation import ADDRESS_FIELDS
from resolvers.checkout.cart import (
    cart_create,
    cart_lines_add,
    cart_lines_delete,
    cart_lines_update,
    cart_merge,
    cart_set_address,
    cart_set_pickup_point,
    cart_set_shipping_method,
    get_cart,
)
from resolvers.checkout.common import MAX_LINES, new_number, policy_for
from resolvers.checkout.deadlines import cancel_unpaid_order, expire_group, overdue_group_ids
from resolvers.checkout.placement import Placed, get_group, place_order, place_order_and_pay
from resolvers.checkout.quotes import CartView, MerchantGroup, PricedLine, cart_view

__all__ = [
    "ADDRESS_FIELDS",
    "MAX_LINES",
    "CartView",
    "MerchantGroup",
    "Offer",
    "Placed",
    "PricedLine",
    "cancel_unpaid_order",
    "cart_create",
    "cart_lines_add",
    "cart_lines_delete",
    "cart_lines_update",
    "cart_merge",
    "cart_set_address",
    "cart_set_pickup_point",
    "cart_set_shipping_method",
    "cart_view",
    "expire_group",
    "get_cart",
    "get_group",
    "new_number",
    "overdue_group_ids",
    "place_order",
    "place_order_and_pay",
    "policy_for",
]
