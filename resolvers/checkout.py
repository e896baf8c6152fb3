"""Cart and checkout: one cart, many merchants; placing it makes one OrderGroup and one
MerchantOrder per merchant, in one transaction, idempotently.

Inventory (DESIGN.md "Inventory: never oversell"): in RESERVE_ON_ORDER mode placing the order
reserves stock (conditional UPDATE under row locks taken in primary-key order); in
DEDUCT_ON_PAYMENT mode (flash sales, risky customers) nothing is held and the payment step
deducts. Risk rules run before any stock is touched.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import lru_cache

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models import sql
from models.catalog import Product, ProductStatus, Variant
from models.checkout import Cart, CartLine
from models.merchants import PickupPoint, Storefront
from models.money import quantize
from models.orders import (
    Actor,
    CancelReason,
    GroupStatus,
    InventoryMode,
    MerchantOrder,
    OrderGroup,
    OrderLine,
    OrderStatus,
)
from models.payments import Payment, PaymentStatus
from models.promotions import FlashSale
from plugins.interfaces import (
    FulfilmentMethod,
    QuoteLine,
    RiskContext,
    RiskDecisionKind,
    RiskLine,
    ShippingQuoteRequest,
    ShippingRate,
    StorefrontPolicy,
)
from plugins.registry import get_registry
from resolvers import allocation, outbox, payments, risk
from resolvers.errors import CheckoutErrorCode as Code
from resolvers.errors import DomainError
from resolvers.orders import history_entry, now_utc, pickup_point_of, transition
from resolvers.permissions import Viewer, require_user
from resolvers.promotions import active_flash_sales

MAX_LINES = 100
ADDRESS_FIELDS = ("name", "phone", "city", "street")


def policy_for(storefront: Storefront) -> StorefrontPolicy:
    return get_registry().policy(storefront.policy, storefront.settings)


# --- carts ------------------------------------------------------------------------------------


# The statements of a purchase's own steps that the ORM would build anew on every request
# (see ``models.sql``).
_STOREFRONT_BY_CODE = 'SELECT * FROM "storefront" WHERE "code" = $1'
# What a storefront ({sf}) can sell of a variant at an instant ({now}), in one row: the variant,
# its product, whether the product is listed there, the units not reserved over its stock rows,
# how many stock rows it has and the first, and the flash sale running on it (the latest).
_OFFER_COLUMNS = """
    {variant}, {product}, {sale},
    EXISTS (SELECT 1 FROM "catalog_listing" l
            WHERE l."storefront_id" = {sf} AND l."product_id" = v."product_id") AS "listed",
    (SELECT COALESCE(SUM(CASE WHEN s."on_hand" > s."reserved"
                              THEN s."on_hand" - s."reserved" ELSE 0 END), 0)
     FROM "inventory_stock" s WHERE s."variant_id" = v."id") AS "available",
    (SELECT COUNT(*) FROM "inventory_stock" s WHERE s."variant_id" = v."id") AS "stock_rows",
    (SELECT MIN(s."id") FROM "inventory_stock" s WHERE s."variant_id" = v."id") AS "first_stock"
"""
_OFFER_JOINS = """
    {join} "catalog_product" p ON p."id" = v."product_id"
    LEFT JOIN "promo_flash_sale" f ON f."id" = (
        SELECT fs."id" FROM "promo_flash_sale" fs
        WHERE fs."variant_id" = v."id" AND (fs."storefront_id" = {sf} OR fs."storefront_id" IS NULL)
            AND fs."starts_at" <= {now} AND fs."ends_at" > {now}
        ORDER BY fs."id" DESC LIMIT 1
    )
"""
# Variants ($3, ...) with their offers in storefront $1 at $2.
_OFFERS = """
    SELECT {columns}
    FROM "catalog_variant" v {joins}
    WHERE v."id" IN ({ids})
"""
# The cart ($1) with its storefront and its lines in the order added (a row per line, one with
# no line for an empty cart), each line with its variant's offer at $2.
_CART_WITH_LINES = """
    SELECT c.*, {storefront}, cl."quantity" AS "line_quantity", {columns}
    FROM "checkout_cart" c
    JOIN "storefront" sf ON sf."id" = c."storefront_id"
    LEFT JOIN "checkout_cart_line" cl ON cl."cart_id" = c."id"
    LEFT JOIN "catalog_variant" v ON v."id" = cl."variant_id" {joins}
    WHERE c."token" = $1
    ORDER BY cl."id"
"""
# A cart's lines ($3) in the order added, each with its variant's offer (storefront $1 at $2).
_CART_LINES_WITH_OFFERS = """
    SELECT cl."quantity" AS "line_quantity", {columns}
    FROM "checkout_cart_line" cl
    JOIN "catalog_variant" v ON v."id" = cl."variant_id" {joins}
    WHERE cl."cart_id" = $3
    ORDER BY cl."id"
"""
_CART_BY_TOKEN = """
    SELECT c.*, {storefront}
    FROM "checkout_cart" c JOIN "storefront" sf ON sf."id" = c."storefront_id"
    WHERE c."token" = $1
"""
_CART_ORDERED = """
    UPDATE "checkout_cart" SET "completed_at" = $1, "updated_at" = $1, "customer_id" = $2,
        "shipping_address" = $3
    WHERE "id" = $4
"""


async def cart_create(
    viewer: Viewer,
    storefront_code: str,
    lines: list[tuple[int, int]] | None = None,
    address: dict | None = None,
) -> Cart:
    """A new cart, with its first lines and shipping address if given (a "buy now" in one
    request). Everything is checked before the cart is written: a refusal leaves no cart."""
    found = await sql.fetch_models(Storefront, _STOREFRONT_BY_CODE, storefront_code)
    if not found:
        raise DomainError(Code.NOT_FOUND, f"No storefront '{storefront_code}'.", "storefront")
    storefront = found[0]
    cart = Cart(
        token=secrets.token_urlsafe(24),
        storefront_id=storefront.id,
        customer_id=viewer.user_id,
        shipping_address=(
            _clean_address(address, "shippingAddress") if address is not None else None
        ),
    )
    cart.storefront = storefront
    wanted, order = _summed_lines(lines or [], {})
    variants: dict[int, Variant] = {}
    sales: dict[int, FlashSale] = {}
    if order:
        if len(order) > MAX_LINES:
            raise DomainError(Code.INVALID, f"A cart holds at most {MAX_LINES} lines.", "lines")
        variants, sales = await _check_lines(
            cart, wanted, order, positions=_input_positions(lines or [])
        )
    await _insert_cart(cart, [(vid, wanted[vid]) for vid in order])
    _remember_contents(cart, [(variants[vid], wanted[vid]) for vid in order], sales)
    return cart


# The cart and its lines in one statement on PostgreSQL (a data-modifying CTE is atomic on its
# own): no BEGIN and COMMIT round trips around two INSERTs. Lines get their ids in input order.
_INSERT_CART_WITH_LINES = """
    WITH cart AS (
        INSERT INTO "checkout_cart" ("created_at", "updated_at", "token", "storefront_id",
            "customer_id", "shipping_address", "shipping_methods")
        VALUES ($1, $1, $2, $3, $4, $5::jsonb, '{}'::jsonb)
        RETURNING "id"
    ), added AS (
        INSERT INTO "checkout_cart_line" ("created_at", "updated_at", "cart_id", "variant_id",
            "quantity")
        SELECT $1, $1, cart."id", line."variant_id", line."quantity"
        FROM cart, unnest($6::bigint[], $7::int[]) WITH ORDINALITY
            AS line("variant_id", "quantity", "n")
        ORDER BY line."n"
    )
    SELECT "id" FROM cart
"""


async def _insert_cart(cart: Cart, lines: list[tuple[int, int]]) -> None:
    """Save a new cart with its lines ``(variant id, quantity)``, all or nothing."""
    if not lines or not sql.is_postgres():
        async with in_transaction():
            await cart.save()
            if lines:
                await CartLine.bulk_create(
                    [CartLine(cart_id=cart.id, variant_id=vid, quantity=qty) for vid, qty in lines]
                )
        return
    now = now_utc()
    address = json.dumps(cart.shipping_address) if cart.shipping_address is not None else None
    rows = await sql.fetch(
        _INSERT_CART_WITH_LINES,
        now,
        cart.token,
        cart.storefront_id,
        cart.customer_id,
        address,
        [vid for vid, _ in lines],
        [qty for _, qty in lines],
    )
    cart.id = rows[0]["id"]
    cart.created_at = cart.updated_at = now
    cart._saved_in_db = True


@dataclass(frozen=True)
class _Contents:
    items: list[tuple[Variant, int]]
    sales: dict[int, FlashSale]
    offers: dict[int, Offer]
    read_at: datetime | None  # the instant the sales and offers are for (None: "now")


def _remember_contents(
    cart: Cart,
    items: list[tuple[Variant, int]],
    sales: dict[int, FlashSale],
    offers: dict[int, Offer] | None = None,
    read_at: datetime | None = None,
) -> None:
    """Keep on this (request-lived) cart object what it now holds, as just read or written,
    so that ``cart_view`` does not read it (again)."""
    cart._known_contents = _Contents(items, sales, offers or {}, read_at)  # type: ignore[attr-defined]


def _summed_lines(
    lines: list[tuple[int, int]], existing: dict[int, CartLine]
) -> tuple[dict[int, int], list[int]]:
    """The quantities the cart would hold after adding ``lines`` (a variant given twice adds
    up), and the variants in the order given (once each)."""
    wanted: dict[int, int] = {}
    order: list[int] = []
    for i, (vid, qty) in enumerate(lines):
        if qty <= 0:
            raise DomainError(
                Code.QUANTITY_INVALID, "The quantity must be at least 1.", f"lines.{i}.quantity"
            )
        base = wanted.get(vid, existing[vid].quantity if vid in existing else 0)
        wanted[vid] = base + qty
        if vid not in order:
            order.append(vid)
    return wanted, order


def _input_positions(lines: list[tuple[int, int]]) -> dict[int, int]:
    """Each variant's first index in the input lines, for the ``field`` of an error."""
    positions: dict[int, int] = {}
    for i, (vid, _) in enumerate(lines):
        positions.setdefault(vid, i)
    return positions


async def _cart_by_token(token: str, lines_at: datetime | None = None) -> Cart | None:
    """The cart with its storefront (one statement). ``lines_at``: with its lines too, and
    their offers at that instant, for ``cart_view(cart, lines_at)`` (still one statement)."""
    if lines_at is None:
        statement = _CART_BY_TOKEN.format(storefront=sql.columns(Storefront, "sf", "storefront"))
        found = await sql.fetch_models(Cart, statement, token, related={"storefront": Storefront})
        return found[0] if found else None
    rows = await sql.fetch_joined(
        Cart, _offers_statement(_CART_WITH_LINES), token, lines_at,
        related={"storefront": Storefront},
    )  # fmt: skip
    if not rows:
        return None
    cart = rows[0][0]
    items: list[tuple[Variant, int]] = []
    offers: dict[int, Offer] = {}
    for _, row in rows:
        variant = sql.part(row, Variant, "variant")
        if variant is None:  # an empty cart's one row
            continue
        object.__setattr__(variant, "_product", sql.part(row, Product, "product"))
        items.append((variant, row["line_quantity"]))
        offers[variant.id] = _offer(variant, row)
    sales = {vid: offer.sale for vid, offer in offers.items() if offer.sale is not None}
    _remember_contents(cart, items, sales, offers, read_at=lines_at)
    return cart


async def get_cart(viewer: Viewer, token: str) -> Cart:
    """A cart by token. A customer's cart is theirs alone; a guest cart is its token's holder's."""
    cart = await _cart_by_token(token or "")
    if cart is None or (cart.customer_id is not None and cart.customer_id != viewer.user_id):
        raise DomainError(Code.NOT_FOUND, "No such cart.", "token")
    return cart


async def _open_cart(viewer: Viewer, token: str) -> Cart:
    cart = await get_cart(viewer, token)
    if cart.completed_at is not None:
        raise DomainError(Code.CART_COMPLETED, "This cart has been ordered already.", "token")
    return cart


@dataclass(frozen=True)
class Offer:
    """A variant as a storefront can sell it at an instant: the variant (with its product),
    whether its product is listed there, the units its stock rows hold that nobody reserved,
    the flash sale running on it, and its stock rows' ids when it has exactly one."""

    variant: Variant
    listed: bool
    available: int
    sale: FlashSale | None
    single_stock_row: int | None


@lru_cache(maxsize=4)
def _offers_statement(template: str) -> str:
    """``template`` with the offer columns and joins in: variants selected by id or a cart's
    lines (the variant as the row's model, storefront $1, instant $2), or a whole cart (the
    cart as the row's model, the variant's columns as ``variant.*``, instant $2)."""
    whole_cart = template is _CART_WITH_LINES
    sf, now = ('c."storefront_id"', "$2") if whole_cart else ("$1", "$2")
    columns = _OFFER_COLUMNS.format(
        variant=sql.columns(Variant, "v", "variant") if whole_cart else "v.*",
        product=sql.columns(Product, "p", "product"),
        sale=sql.columns(FlashSale, "f", "sale"),
        sf=sf,
    )
    joins = _OFFER_JOINS.format(join="LEFT JOIN" if whole_cart else "JOIN", sf=sf, now=now)
    return template.format(
        columns=columns,
        joins=joins,
        ids="{ids}",
        storefront=sql.columns(Storefront, "sf", "storefront"),
    )


def _offer(variant: Variant, row: dict) -> Offer:
    return Offer(
        variant,
        listed=bool(row["listed"]),
        available=int(row["available"]),
        sale=sql.part(row, FlashSale, "sale"),
        single_stock_row=row["first_stock"] if row["stock_rows"] == 1 else None,
    )


async def _offers(storefront_id: int, variant_ids: list[int], now: datetime) -> dict[int, Offer]:
    """The offers of these variants in the storefront at ``now`` (one statement; unknown ids
    are absent)."""
    ids = sorted(set(variant_ids))
    statement = _offers_statement(_OFFERS).format(ids=sql.placeholders(3, len(ids)))
    rows = await sql.fetch_joined(
        Variant, statement, storefront_id, now, *ids, related={"product": Product}
    )
    return {variant.id: _offer(variant, row) for variant, row in rows}


def _refuse_unsellable(
    offers: dict[int, Offer], variant_ids: list[int], positions: dict[int, int] | None
) -> None:
    """Refuse a variant that is unknown, not active, or not listed in the storefront."""
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


async def _check_lines(
    cart: Cart,
    wanted: dict[int, int],
    order: list[int],
    view: CartView | None = None,
    sales: dict[int, FlashSale] | None = None,
    check_stock: bool = True,
    positions: dict[int, int] | None = None,
) -> tuple[dict[int, Variant], dict[int, FlashSale]]:
    """Validate the cart's would-be quantities: listed, in limits, in stock. Returns the
    variants (with their products) and the running flash sales it read.

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
        offers = await _offers(cart.storefront_id, order, now_utc())
    _refuse_unsellable(offers, order, positions)
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


async def cart_lines_add(viewer: Viewer, token: str, lines: list[tuple[int, int]]) -> Cart:
    """Add quantities (summed with what the cart has)."""
    cart = await _open_cart(viewer, token)
    if not lines:
        raise DomainError(Code.INVALID, "Give at least one line.", "lines")
    existing = {line.variant_id: line for line in await CartLine.filter(cart_id=cart.id)}
    wanted, order = _summed_lines(lines, existing)
    if len(set(existing) | set(wanted)) > MAX_LINES:
        raise DomainError(Code.INVALID, f"A cart holds at most {MAX_LINES} lines.", "lines")
    await _check_lines(cart, wanted, order, positions=_input_positions(lines))
    async with in_transaction():
        for vid in order:
            if vid in existing:
                await CartLine.filter(id=existing[vid].id).update(quantity=wanted[vid])
            else:
                await CartLine.create(cart_id=cart.id, variant_id=vid, quantity=wanted[vid])
        await cart.save(update_fields=["updated_at"])
    return cart


async def cart_lines_update(viewer: Viewer, token: str, lines: list[tuple[int, int]]) -> Cart:
    """Set quantities of lines already in the cart."""
    cart = await _open_cart(viewer, token)
    existing = {line.variant_id: line for line in await CartLine.filter(cart_id=cart.id)}
    wanted = {}
    order = []
    for i, (vid, qty) in enumerate(lines):
        if vid not in existing:
            raise DomainError(
                Code.NOT_FOUND, "This variant is not in the cart.", f"lines.{i}.variantId"
            )
        wanted[vid] = qty
        order.append(vid)
    await _check_lines(cart, wanted, order)
    async with in_transaction():
        for vid in order:
            await CartLine.filter(id=existing[vid].id).update(quantity=wanted[vid])
    return cart


async def cart_lines_delete(viewer: Viewer, token: str, variant_ids: list[int]) -> Cart:
    cart = await _open_cart(viewer, token)
    present = set(
        await CartLine.filter(cart_id=cart.id, variant_id__in=variant_ids).values_list(
            "variant_id", flat=True
        )
    )
    for i, vid in enumerate(variant_ids):
        if vid not in present:
            raise DomainError(Code.NOT_FOUND, "This variant is not in the cart.", f"variantIds.{i}")
    await CartLine.filter(cart_id=cart.id, variant_id__in=variant_ids).delete()
    return cart


def _clean_address(address: dict, field: str = field) -> dict:
    if not isinstance(address, dict):
        raise DomainError(Code.INVALID, "An address is an object.", field)
    cleaned = {}
    for key in (*ADDRESS_FIELDS, "district", "postalCode", "country"):
        value = address.get(key)
        if value is not None:
            if not isinstance(value, str) or len(value) > 200:
                raise DomainError(
                    Code.INVALID, "Address fields are text (max 200).", f"{field}.{key}"
                )
            cleaned[key] = value.strip()
    for key in ADDRESS_FIELDS:
        if not cleaned.get(key):
            raise DomainError(
                Code.ADDRESS_REQUIRED, f"The address needs a {key}.", f"{field}.{key}"
            )
    return cleaned


async def cart_set_address(viewer: Viewer, token: str, address: dict) -> Cart:
    cart = await _open_cart(viewer, token)
    cart.shipping_address = _clean_address(address)
    await cart.save(update_fields=["shipping_address", "updated_at"])
    return cart


async def cart_set_pickup_point(viewer: Viewer, token: str, pickup_point_id: int) -> Cart:
    cart = await _open_cart(viewer, token)
    point = await PickupPoint.get_or_none(id=pickup_point_id, storefront_id=cart.storefront_id)
    if point is None:
        raise DomainError(Code.NOT_FOUND, "No such pickup point in this storefront.", "pickupPoint")
    cart.pickup_point_id = point.id
    await cart.save(update_fields=["pickup_point_id", "updated_at"])
    return cart


async def cart_set_shipping_method(
    viewer: Viewer, token: str, merchant_id: int, method_code: str
) -> Cart:
    cart = await _open_cart(viewer, token)
    view = await cart_view(cart)
    group = next((g for g in view.groups if g.merchant_id == merchant_id), None)
    if group is None:
        raise DomainError(Code.NOT_FOUND, "The cart has no items of this merchant.", "merchant")
    if method_code not in {r.method_code for r in group.shipping_methods}:
        raise DomainError(
            Code.SHIPPING_METHOD_INVALID, "This shipping method is not offered here.", "method"
        )
    cart.shipping_methods = {**cart.shipping_methods, str(merchant_id): method_code}
    await cart.save(update_fields=["shipping_methods", "updated_at"])
    return cart


async def cart_merge(viewer: Viewer, guest_token: str) -> Cart:
    """On sign-in: move a guest cart's lines into the customer's open cart of that storefront."""
    user_id = require_user(viewer, Code)
    guest = await _open_cart(viewer, guest_token)
    if guest.customer_id == user_id:
        return guest
    target = (
        await Cart.filter(customer_id=user_id, storefront_id=guest.storefront_id, completed_at=None)
        .order_by("-updated_at")
        .first()
    )
    if target is None:
        guest.customer_id = user_id
        await guest.save(update_fields=["customer_id", "updated_at"])
        return guest
    async with in_transaction():
        mine = {line.variant_id: line for line in await CartLine.filter(cart_id=target.id)}
        for line in await CartLine.filter(cart_id=guest.id):
            if line.variant_id in mine:
                await CartLine.filter(id=mine[line.variant_id].id).update(
                    quantity=mine[line.variant_id].quantity + line.quantity
                )
            else:
                await CartLine.create(
                    cart_id=target.id, variant_id=line.variant_id, quantity=line.quantity
                )
        if guest.shipping_address and not target.shipping_address:
            target.shipping_address = guest.shipping_address
            await target.save(update_fields=["shipping_address", "updated_at"])
        await guest.delete()
    return target


# --- the cart as the customer sees it -----------------------------------------------------------


@dataclass
class PricedLine:
    variant: Variant
    quantity: int
    unit_price: Decimal
    flash_sale: FlashSale | None

    @property
    def total(self) -> Decimal:
        return quantize(self.unit_price * self.quantity)


@dataclass
class MerchantGroup:
    merchant_id: int
    lines: list[PricedLine]
    currency: str
    shipping_methods: list[ShippingRate]
    selected: ShippingRate | None

    @property
    def subtotal(self) -> Decimal:
        return quantize(sum((line.total for line in self.lines), Decimal(0)))

    @property
    def shipping_price(self) -> Decimal:
        return self.selected.price if self.selected else Decimal("0.00")

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.shipping_price


@dataclass
class CartView:
    cart: Cart
    groups: list[MerchantGroup] = field(default_factory=list)
    #: the offers of the cart's variants as read with its lines (empty if not read here)
    offers: dict[int, Offer] = field(default_factory=dict)

    @property
    def currency(self) -> str:
        return self.groups[0].currency if self.groups else self.cart.storefront.currency

    @property
    def subtotal(self) -> Decimal:
        return quantize(sum((g.subtotal for g in self.groups), Decimal(0)))

    @property
    def shipping_total(self) -> Decimal:
        return quantize(sum((g.shipping_price for g in self.groups), Decimal(0)))

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.shipping_total


async def _quote(
    policy: StorefrontPolicy,
    storefront: Storefront,
    merchant_id: int,
    lines: list[PricedLine],
    address: dict | None,
    currency: str,
) -> list[ShippingRate]:
    if FulfilmentMethod.PICKUP_POINT in policy.fulfilment_methods:
        return [
            ShippingRate(
                "pickup_point:collect", "Collect at the pickup point", Decimal("0.00"), currency
            )
        ]
    registry = get_registry()
    request = ShippingQuoteRequest(
        merchant_id=merchant_id,
        storefront_code=storefront.code,
        currency=currency,
        address=address,
        lines=tuple(QuoteLine(pl.variant.id, pl.quantity, pl.unit_price) for pl in lines),
        subtotal=quantize(sum((pl.total for pl in lines), Decimal(0))),
    )
    rates: list[ShippingRate] = []
    for code in policy.shipping_providers:
        provider = registry.shipping.get(code)
        if provider is not None:
            rates += await provider.quote(request)
    return sorted(rates, key=lambda r: (r.price, r.method_code))


async def cart_view(cart: Cart, now: datetime | None = None) -> CartView:
    """Lines grouped by merchant with subtotals, shipping methods quoted per merchant."""
    if not isinstance(cart.storefront, Storefront):
        await cart.fetch_related("storefront")
    known: _Contents | None = getattr(cart, "_known_contents", None)
    offers: dict[int, Offer] = {}
    if known is not None and (now is None or known.read_at == now):
        items, sales, offers = known.items, known.sales, known.offers
    else:
        now = now or now_utc()
        # One statement for the lines with their variants, products, listing, stock and sales.
        rows = await sql.fetch_joined(
            Variant,
            _offers_statement(_CART_LINES_WITH_OFFERS),
            cart.storefront_id,
            now,
            cart.id,
            related={"product": Product},
        )
        items = [(variant, row["line_quantity"]) for variant, row in rows]
        offers = {variant.id: _offer(variant, row) for variant, row in rows}
        sales = {vid: offer.sale for vid, offer in offers.items() if offer.sale is not None}
    by_merchant: dict[int, list[PricedLine]] = defaultdict(list)
    for variant, quantity in items:
        sale = sales.get(variant.id)
        price = sale.price if sale else variant.price_amount
        by_merchant[variant.product.merchant_id].append(PricedLine(variant, quantity, price, sale))
    policy = policy_for(cart.storefront)
    view = CartView(cart, offers=offers)
    for merchant_id in sorted(by_merchant):
        priced = by_merchant[merchant_id]
        currency = priced[0].variant.currency
        rates = await _quote(
            policy, cart.storefront, merchant_id, priced, cart.shipping_address, currency
        )
        chosen = cart.shipping_methods.get(str(merchant_id))
        selected = next((r for r in rates if r.method_code == chosen), rates[0] if rates else None)
        view.groups.append(MerchantGroup(merchant_id, priced, currency, rates, selected))
    return view


# --- placing the order ----------------------------------------------------------------------------


def _request_hash(view: CartView) -> str:
    cart = view.cart
    canonical = {
        "storefront": cart.storefront_id,
        "lines": sorted((pl.variant.id, pl.quantity) for g in view.groups for pl in g.lines),
        "address": cart.shipping_address or {},
        "pickup": cart.pickup_point_id,
        "shipping": {
            str(g.merchant_id): g.selected.method_code if g.selected else None for g in view.groups
        },
    }
    return hashlib.sha256(json.dumps(canonical, sort_keys=True).encode()).hexdigest()


def new_number(prefix: str, now: datetime) -> str:
    """An order (group) number: the prefix, the date and ten random digits."""
    return f"{prefix}{now:%y%m%d}{secrets.randbelow(10**10):010d}"


async def _replay(user_id: int, key: str, request_hash: str | None) -> OrderGroup | None:
    existing = await OrderGroup.get_or_none(customer_id=user_id, idempotency_key=key)
    if existing is None:
        return None
    if request_hash is not None and existing.request_hash != request_hash:
        raise DomainError(
            Code.IDEMPOTENCY_KEY_REUSED,
            "This idempotency key was used for a different cart.",
            "idempotencyKey",
        )
    return existing


_RISK_CODES = {
    "BLACKLISTED": Code.BLACKLISTED,
    "FREQUENT_CANCELLATION": Code.FREQUENT_CANCELLATION,
    "RATE_LIMITED": Code.RATE_LIMITED,
    "LIMIT_EXCEEDED": Code.LIMIT_EXCEEDED,
}


@dataclass
class Placed:
    group: OrderGroup
    payment: Payment | None = None


async def place_order_and_pay(
    viewer: Viewer,
    token: str,
    idempotency_key: str,
    address: dict | None = None,
    payment_provider: str | None = None,
    return_url: str = "",
) -> Placed:
    """Place the cart and, when a provider is named, start paying it in the same request (the
    storefront goes straight to the pay page). A retry with the same key answers the same
    group and the payment it started, if that is still pending."""
    if payment_provider is not None:
        try:
            payments.check_provider(payment_provider)
        except DomainError as exc:
            raise DomainError(Code.UNKNOWN_PROVIDER, exc.message, "payment.provider")
    group, replayed = await _place_order(viewer, token, idempotency_key, address=address)
    if payment_provider is None:
        return Placed(group)
    if replayed:
        # The reply to a retry: while the group is payable, the payment this placement started
        # (if still pending); once paid, the payment that paid it; once cancelled, none.
        earlier = await payments.latest_payment(group.id, payment_provider)
        if group.status != GroupStatus.PENDING_PAYMENT:
            captured = earlier is not None and earlier.status == PaymentStatus.CAPTURED
            return Placed(group, earlier if captured else None)
        if earlier is not None and earlier.status == PaymentStatus.PENDING:
            return Placed(group, earlier)
    payment = await payments.start_for_group(group, payment_provider, return_url)
    return Placed(group, payment)


async def place_order(
    viewer: Viewer,
    token: str,
    idempotency_key: str,
    now: datetime | None = None,
    address: dict | None = None,
) -> OrderGroup:
    """Turn the cart into one OrderGroup and one MerchantOrder per merchant, or change nothing.

    Idempotent: the same key with the same cart returns the same group; with another cart it
    is refused with IDEMPOTENCY_KEY_REUSED. ``address``: the shipping address to place with
    (saved on the cart with the order), instead of the one set on the cart before.
    """
    group, _ = await _place_order(viewer, token, idempotency_key, now, address)
    return group


async def _place_order(
    viewer: Viewer,
    token: str,
    idempotency_key: str,
    now: datetime | None = None,
    address: dict | None = None,
) -> tuple[OrderGroup, bool]:
    """``place_order``, also telling whether the group was placed before (a replay)."""
    user_id = require_user(viewer, Code)
    key = (idempotency_key or "").strip()
    if not key or len(key) > 100:
        raise DomainError(
            Code.INVALID, "Send an idempotency key of 1 to 100 characters.", "idempotencyKey"
        )
    cleaned_address = _clean_address(address, "shippingAddress") if address is not None else None
    clock_is_now = now is None
    now = now or now_utc()
    cart = await _cart_by_token(token or "", lines_at=now)  # and its lines: one statement
    if cart is None or (cart.customer_id is not None and cart.customer_id != user_id):
        raise DomainError(Code.NOT_FOUND, "No such cart.", "token")
    if cart.completed_at is not None:
        # A retry after success: the cart is ordered; the key finds the group.
        replay = await _replay(user_id, key, None)
        if replay is not None:
            return replay, True
        raise DomainError(Code.CART_COMPLETED, "This cart has been ordered already.", "token")
    if cleaned_address is not None:
        cart.shipping_address = cleaned_address
    view = await cart_view(cart, now)
    request_hash = _request_hash(view)
    # A key used before with another (open) cart is found by the unique index below: the
    # insert fails, nothing is kept, and ``_replay`` tells which answer it is.
    if not view.groups:
        raise DomainError(Code.EMPTY_CART, "The cart is empty.", "lines")
    storefront = cart.storefront
    policy = policy_for(storefront)
    pickup = FulfilmentMethod.PICKUP_POINT in policy.fulfilment_methods
    if pickup and cart.pickup_point_id is None:
        raise DomainError(Code.PICKUP_POINT_REQUIRED, "Choose a pickup point.", "pickupPoint")
    if not pickup and not cart.shipping_address:
        raise DomainError(Code.ADDRESS_REQUIRED, "Set a shipping address first.", "address")
    wanted = {pl.variant.id: pl.quantity for g in view.groups for pl in g.lines}
    # The view's flash sales were looked up at this request's clock; a caller-supplied ``now``
    # (another instant) leaves the check to look them up at the real time, as it always did.
    sales = None
    if clock_is_now:
        sales = {pl.variant.id: pl.flash_sale for g in view.groups for pl in g.lines}
        sales = {vid: sale for vid, sale in sales.items() if sale is not None}
    # Reserve-on-order placements need no stock read first: the conditional UPDATE that
    # reserves is the check. Deduct-on-payment ones check now, to refuse a sold-out item early.
    deducting = policy.inventory_mode == InventoryMode.DEDUCT_ON_PAYMENT or any(
        pl.flash_sale for g in view.groups for pl in g.lines
    )
    await _check_lines(cart, wanted, list(wanted), view, sales, check_stock=deducting)

    # Risk control, before any stock is touched.
    decision, outcomes = await risk.assess(
        RiskContext(
            customer_id=user_id,
            customer_email=viewer.email or "",
            storefront_id=storefront.id,
            storefront_code=storefront.code,
            lines=tuple(
                RiskLine(pl.variant.id, pl.quantity, pl.flash_sale.id if pl.flash_sale else None)
                for g in view.groups
                for pl in g.lines
            ),
            now=now,
            config=policy.risk,
        )
    )
    if decision == RiskDecisionKind.REJECT:
        first = next(o for o in outcomes if o.decision == RiskDecisionKind.REJECT)
        raise DomainError(
            _RISK_CODES.get(first.reason_code, Code.RISK_REJECTED),
            first.message or f"Refused by risk control ({first.reason_code}).",
            None,
        )
    force_deduct = decision == RiskDecisionKind.DEDUCT_ON_PAYMENT

    try:
        async with in_transaction():
            group = await _create_orders(
                cart, view, policy, user_id, key, request_hash, force_deduct, outcomes, now
            )
    except IntegrityError:
        # The key was used before (another cart), or the same key placed concurrently (the
        # other request won): answer as a retry would, or IDEMPOTENCY_KEY_REUSED.
        replay = await _replay(user_id, key, request_hash)
        if replay is None:
            raise
        return replay, True
    return group, False


def _order_mode(
    group: MerchantGroup, policy: StorefrontPolicy, force_deduct: bool
) -> InventoryMode:
    if force_deduct:
        return InventoryMode.DEDUCT_ON_PAYMENT
    if any(pl.flash_sale for pl in group.lines):
        # One mode per merchant order: a flash-sale line decides for its order.
        sale_modes = {
            InventoryMode(pl.flash_sale.inventory_mode) for pl in group.lines if pl.flash_sale
        }
        if InventoryMode.DEDUCT_ON_PAYMENT in sale_modes:
            return InventoryMode.DEDUCT_ON_PAYMENT
    return policy.inventory_mode


async def _create_orders(
    cart: Cart,
    view: CartView,
    policy: StorefrontPolicy,
    user_id: int,
    key: str,
    request_hash: str,
    force_deduct: bool,
    outcomes: list,
    now: datetime,
) -> OrderGroup:
    """Write the group, its merchant orders, their lines, history and events, and mark the cart
    ordered -- built first with ids taken ahead, then written in one statement on PostgreSQL --
    then take each order's flash-sale counters and stock."""
    modes = {g.merchant_id: _order_mode(g, policy, force_deduct) for g in view.groups}
    group_mode = (
        InventoryMode.DEDUCT_ON_PAYMENT
        if InventoryMode.DEDUCT_ON_PAYMENT in modes.values()
        else policy.inventory_mode
    )
    ids = await sql.next_ids(
        {
            OrderGroup: 1,
            MerchantOrder: len(view.groups),
            OrderLine: sum(len(g.lines) for g in view.groups),
        }
    )
    line_ids = iter(ids[OrderLine])
    group = OrderGroup(
        id=ids[OrderGroup][0],
        number=new_number("G", now),
        customer_id=user_id,
        storefront_id=cart.storefront_id,
        status=GroupStatus.PENDING_PAYMENT,
        currency=view.currency,
        subtotal=view.subtotal,
        shipping_total=view.shipping_total,
        total=view.total,
        inventory_mode=group_mode,
        payment_deadline=now + policy.payment_deadline,
        shipping_address=cart.shipping_address or {},
        idempotency_key=key,
        request_hash=request_hash,
        risk_reasons=[o.reason_code for o in outcomes],
    )
    rows: list = [group]
    history: list = []
    placed: list[tuple[MerchantOrder, MerchantGroup, InventoryMode, list[OrderLine]]] = []
    events: list[outbox.Event] = []
    for index, (order_id, mgroup) in enumerate(
        zip(ids[MerchantOrder], view.groups, strict=True), start=1
    ):
        mode = modes[mgroup.merchant_id]
        order = MerchantOrder(
            id=order_id,
            number=f"{group.number}-{index}",
            group_id=group.id,
            merchant_id=mgroup.merchant_id,
            customer_id=user_id,
            storefront_id=cart.storefront_id,
            status=OrderStatus.PENDING_PAYMENT,
            currency=mgroup.currency,
            subtotal=mgroup.subtotal,
            shipping_price=mgroup.shipping_price,
            total=mgroup.total,
            shipping_method=mgroup.selected.method_code if mgroup.selected else "",
            shipping_method_name=mgroup.selected.name if mgroup.selected else "",
            shipping_address=cart.shipping_address or {},
            inventory_mode=mode,
            pickup_point_id=cart.pickup_point_id,
        )
        lines = [
            OrderLine(
                id=next(line_ids),
                order_id=order.id,
                variant_id=pl.variant.id,
                product_name=pl.variant.product.name,
                variant_name=pl.variant.name,
                sku=pl.variant.sku,
                quantity=pl.quantity,
                unit_price=pl.unit_price,
                total=pl.total,
                currency=pl.variant.currency,
                flash_sale_id=pl.flash_sale.id if pl.flash_sale else None,
            )
            for pl in mgroup.lines
        ]
        rows += [order, *lines]
        history.append(
            history_entry(
                order,
                "placed",
                Actor.CUSTOMER,
                actor_user_id=user_id,
                data={"inventory_mode": mode.value, "total": str(order.total)},
            )
        )
        events.append(
            outbox.Event(
                "order.placed",
                "merchant_order",
                order.id,
                {
                    "order_number": order.number,
                    "group_id": group.id,
                    "status": order.status.value,
                    **pickup_point_of(order),
                },
                merchant_id=order.merchant_id,
                customer_id=user_id,
            )
        )
        placed.append((order, mgroup, mode, lines))
    events.append(
        outbox.Event(
            "order_group.placed",
            "order_group",
            group.id,
            {"number": group.number, "payment_deadline": group.payment_deadline.isoformat()},
            customer_id=user_id,
        )
    )
    # Every write that takes no hot lock comes first, together; the flash-sale counters and the
    # stock (the rows every buyer of a flash sale shares) come last, so they stay locked only
    # for their own statements and the COMMIT. Per merchant order the checks run in the same
    # order as ever (quota, sale units, stock), and any refusal rolls the whole transaction back.
    address = json.dumps(cart.shipping_address) if cart.shipping_address is not None else None
    await sql.insert_models(
        [*rows, *history, *outbox.new_rows(events)],
        also=[(_CART_ORDERED, (now, user_id, address, cart.id))],
    )
    stock_rows = {vid: offer.single_stock_row for vid, offer in view.offers.items()}
    for order, mgroup, mode, lines in placed:
        await _take_for_order(order, mgroup, mode, lines, user_id, stock_rows)
    return group


async def _take_for_order(
    order: MerchantOrder,
    mgroup: MerchantGroup,
    mode: InventoryMode,
    lines: list[OrderLine],
    user_id: int,
    stock_rows: dict[int, int | None],
) -> None:
    """Count the flash-sale quota and units, and reserve the stock (reserve mode), or raise.
    ``stock_rows``: each variant's only stock row, as the cart view read it (None: several).

    The sale's unit counter and the stock are rows every buyer of a flash sale shares: they
    are taken last (after this order's allocation rows), counter before stock."""
    sale_lines = [pl for pl in mgroup.lines if pl.flash_sale is not None]
    for pl in sale_lines:
        if not await allocation.take_flash_quota(pl.flash_sale, user_id, pl.quantity):
            raise DomainError(
                Code.LIMIT_EXCEEDED,
                f"At most {pl.flash_sale.per_customer_limit} per customer in this sale.",
                "lines",
            )
    if mode != InventoryMode.RESERVE_ON_ORDER:
        return

    async def take_sale_units() -> None:
        for pl in sale_lines:
            if not await allocation.take_flash_units(pl.flash_sale.id, pl.quantity):
                raise DomainError(Code.SOLD_OUT, "This sale is sold out.", "lines")

    try:
        await allocation.allocate(
            order,
            lines,
            reserve=True,
            actor_user_id=user_id,
            before_stock=take_sale_units,
            single_stock_rows=stock_rows,
        )
    except allocation.OutOfStock as exc:
        code = Code.SOLD_OUT if exc.flash_sale_id else Code.INSUFFICIENT_STOCK
        raise DomainError(code, "Not enough stock left for an item.", "lines")


# --- expiry -------------------------------------------------------------------------------------


async def cancel_unpaid_order(
    order: MerchantOrder, reason: CancelReason, actor: Actor, actor_user_id: int | None = None
) -> None:
    """PENDING_PAYMENT -> CANCELLED with its reservations and flash counters given back."""
    await transition(
        order,
        OrderStatus.CANCELLED,
        actor,
        actor_user_id=actor_user_id,
        reason=reason.value,
        updates={"cancel_reason": reason.value},
    )
    # Flash-sale rows before stock rows: the order placement and payment take them that way.
    await allocation.return_flash_counters(
        order, units_taken=order.inventory_mode == InventoryMode.RESERVE_ON_ORDER
    )
    await allocation.give_back(order, reason.value, actor_user_id)


async def expire_group(group_id: int, now: datetime | None = None) -> bool:
    """Cancel an unpaid group past its deadline and release its stock. Safe to repeat or race:
    the conditional UPDATE on the group's status lets exactly one of expiry and payment win."""
    now = now or now_utc()
    async with in_transaction(), outbox.batched():
        won = await OrderGroup.filter(
            id=group_id, status=GroupStatus.PENDING_PAYMENT, payment_deadline__lte=now
        ).update(
            status=GroupStatus.CANCELLED,
            cancelled_at=now,
            cancel_reason=CancelReason.PAYMENT_TIMEOUT.value,
        )
        if won != 1:
            return False
        for order in await MerchantOrder.filter(
            group_id=group_id, status=OrderStatus.PENDING_PAYMENT
        ).order_by("id"):
            await cancel_unpaid_order(order, CancelReason.PAYMENT_TIMEOUT, Actor.SYSTEM)
    return True


async def overdue_group_ids(now: datetime, limit: int = 500) -> list[int]:
    return list(
        await OrderGroup.filter(status=GroupStatus.PENDING_PAYMENT, payment_deadline__lte=now)
        .order_by("payment_deadline")
        .limit(limit)
        .values_list("id", flat=True)
    )


async def get_group(viewer: Viewer, group_id: int) -> OrderGroup:
    user_id = require_user(viewer, Code)
    group = await OrderGroup.get_or_none(id=group_id)
    if group is None or (group.customer_id != user_id and not viewer.is_platform_staff):
        raise DomainError(Code.NOT_FOUND, "No such order group.", "id")
    return group
