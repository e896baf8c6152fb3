"""Whether a cart may hold what it asks for: each variant for sale in the storefront, each
quantity within the storefront's and the flash sale's limits, priced in the storefront's
currency (``resolvers.currency``), and (unless a reservation will check it) in stock. The
offers themselves are read by ``models.repository.checkout``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from models.catalog import ProductStatus, Variant
from models.checkout import Cart
from models.promotions import FlashSale
from models.repository import checkout as checkout_repo
from models.repository.checkout import Offer
from resolvers.checkout.common import policy_for
from resolvers.currency import require_currency
from resolvers.errors import CheckoutErrorCode as Code
from resolvers.errors import DomainError
from resolvers.orders import now_utc
from resolvers.promotions import active_flash_sales

if TYPE_CHECKING:
    from resolvers.checkout.quotes import CartView


def _refuse_unsellable(
    offers: dict[int, Offer],
    variant_ids: list[int],
    positions: dict[int, int] | None,
    currency: str,
) -> None:
    """Refuse a variant that is unknown, not active, not listed in the storefront, or priced in
    another currency than the storefront's (``currency``)."""
    for n, vid in enumerate(variant_ids):
        i = positions.get(vid, n) if positions else n
        offer = offers.get(vid)
        if (
            offer is None
            or offer.variant.status != ProductStatus.ACTIVE
            or offer.variant.product.status != ProductStatus.ACTIVE
        ):
            raise DomainError(Code.NOT_FOUND, "No such variant for sale.", f"lines.{i}.variantId")
        if not offer.listed:
            raise DomainError(
                Code.NOT_LISTED,
                "This product is not sold in this storefront.",
                f"lines.{i}.variantId",
            )
        require_currency(currency, offer.variant.currency, f"lines.{i}.variantId", Code)
        require_currency(currency, offer.variant.product.currency, f"lines.{i}.variantId", Code)


async def check_lines(
    cart: Cart,
    wanted: dict[int, int],
    order: list[int],
    view: CartView | None = None,
    sales: dict[int, FlashSale] | None = None,
    check_stock: bool = True,
    positions: dict[int, int] | None = None,
) -> tuple[dict[int, Variant], dict[int, FlashSale]]:
    """Validate the cart's would-be quantities: listed, in the storefront's currency, in
    limits, in stock. Returns the variants (with their products) and the running flash sales
    it read.

    Placing an order passes what ``cart_view`` has just read, so it is not read again: ``view``
    (the variants with their products) and ``sales`` (the running flash sales it found).
    ``check_stock=False``: the caller's conditional UPDATE is the stock check (reservations).
    ``positions``: each variant's index in the request's lines (default: its index in
    ``order``), for the errors' ``field``.
    """
    policy = policy_for(cart.storefront)
    for n, vid in enumerate(order):
        i = positions.get(vid, n) if positions else n
        qty = wanted[vid]
        if qty <= 0:
            raise DomainError(
                Code.QUANTITY_INVALID, "The quantity must be at least 1.", f"lines.{i}.quantity"
            )
        if qty > policy.max_line_quantity:
            raise DomainError(
                Code.QUANTITY_LIMIT,
                f"At most {policy.max_line_quantity} of one item per order.",
                f"lines.{i}.quantity",
            )
    if view is not None and view.offers:
        offers = view.offers
        if sales is None:  # the view's were read at another instant than now
            sales = await active_flash_sales(order, cart.storefront_id, now_utc())
    else:
        offers = await checkout_repo.offers(cart.storefront_id, order, now_utc())
    _refuse_unsellable(offers, order, positions, cart.storefront.currency)
    variants = {vid: offers[vid].variant for vid in order}
    if sales is None:
        sales = {vid: offers[vid].sale for vid in order if offers[vid].sale is not None}
    available = {vid: offers[vid].available for vid in order} if check_stock else None
    for n, vid in enumerate(order):
        i = positions.get(vid, n) if positions else n
        sale = sales.get(vid)
        if sale is not None:
            if wanted[vid] > sale.per_customer_limit:
                raise DomainError(
                    Code.LIMIT_EXCEEDED,
                    f"At most {sale.per_customer_limit} per customer in this sale.",
                    f"lines.{i}.quantity",
                )
            if sale.sold >= sale.quantity:
                raise DomainError(Code.SOLD_OUT, "This sale is sold out.", f"lines.{i}.variantId")
        if available is not None and wanted[vid] > available.get(vid, 0):
            code = Code.SOLD_OUT if sale is not None else Code.INSUFFICIENT_STOCK
            raise DomainError(
                code, f"Only {available.get(vid, 0)} left in stock.", f"lines.{i}.quantity"
            )
    return variants, sales
