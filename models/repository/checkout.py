"""The checkout's hand-written statements: storefronts and carts as a purchase reads them, the
offers of variants (what a storefront can sell of them at an instant), a new cart with its
lines, and the rows of a placed order written together with the cart marked ordered.

These run on every step of a purchase; the ORM would build each anew on every request (see
``models.sql``). The statement texts are tuned for the hot path: change them with care.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from tortoise.models import Model
from tortoise.transactions import in_transaction

from models import sql
from models.catalog import Product, Variant
from models.checkout import Cart, CartLine
from models.freight import ShippingTemplate
from models.merchants import Storefront
from models.orders import MerchantOrder, OrderGroup, OrderLine
from models.promotions import FlashSale

_STOREFRONT_BY_CODE = 'SELECT * FROM "storefront" WHERE "code" = $1'
# What a storefront ({sf}) can sell of a variant at an instant ({now}), in one row: the variant,
# its product, whether the product is listed there, the units not reserved over its stock rows,
# how many stock rows it has and the first, and the flash sale running on it (the latest).
_OFFER_COLUMNS = """
    {variant}, {product}, {sale}, {freight},
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
    LEFT JOIN "logistics_shipping_template" t ON t."merchant_id" = p."merchant_id" AND t."id" =
        COALESCE(p."shipping_template_id", (
            SELECT d."id" FROM "logistics_shipping_template" d
            WHERE d."merchant_id" = p."merchant_id" AND d."is_default" ORDER BY d."id" LIMIT 1
        ))
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
        freight=sql.columns(ShippingTemplate, "t", "freight"),
        sf=sf,
    )
    joins = _OFFER_JOINS.format(join="LEFT JOIN" if whole_cart else "JOIN", sf=sf, now=now)
    return template.format(
        columns=columns,
        joins=joins,
        ids="{ids}",
        storefront=sql.columns(Storefront, "sf", "storefront"),
    )


#: ``line_template`` of a variant not read with its offer.
NOT_READ = object()


def line_template(variant: Variant) -> ShippingTemplate | object | None:
    """The freight template that prices the variant's shipping as read with its offer (its
    product's, else its merchant's default; None: no template), or ``NOT_READ``."""
    return getattr(variant, "_freight_template", NOT_READ)


def _offer(variant: Variant, row: dict) -> Offer:
    object.__setattr__(variant, "_freight_template", sql.part(row, ShippingTemplate, "freight"))
    return Offer(
        variant,
        listed=bool(row["listed"]),
        available=int(row["available"]),
        sale=sql.part(row, FlashSale, "sale"),
        single_stock_row=row["first_stock"] if row["stock_rows"] == 1 else None,
    )


async def storefront_by_code(code: str) -> Storefront | None:
    """The storefront with this code."""
    found = await sql.fetch_models(Storefront, _STOREFRONT_BY_CODE, code)
    return found[0] if found else None


async def offers(storefront_id: int, variant_ids: list[int], now: datetime) -> dict[int, Offer]:
    """The offers of these variants in the storefront at ``now`` (one statement; unknown ids
    are absent)."""
    ids = sorted(set(variant_ids))
    statement = _offers_statement(_OFFERS).format(ids=sql.placeholders(3, len(ids)))
    rows = await sql.fetch_joined(
        Variant, statement, storefront_id, now, *ids, related={"product": Product}
    )
    return {variant.id: _offer(variant, row) for variant, row in rows}


async def cart_by_token(token: str) -> Cart | None:
    """The cart with its storefront (one statement)."""
    statement = _CART_BY_TOKEN.format(storefront=sql.columns(Storefront, "sf", "storefront"))
    found = await sql.fetch_models(Cart, statement, token, related={"storefront": Storefront})
    return found[0] if found else None


async def load_cart_for_placement(
    token: str, at: datetime
) -> tuple[Cart, list[tuple[Variant, int]], dict[int, Offer]] | None:
    """The cart with its storefront, its lines in the order added ``(variant with its product,
    quantity)`` and their variants' offers at ``at``, in one statement; None if no such cart."""
    rows = await sql.fetch_joined(
        Cart, _offers_statement(_CART_WITH_LINES), token, at,
        related={"storefront": Storefront},
    )  # fmt: skip
    if not rows:
        return None
    cart = rows[0][0]
    items: list[tuple[Variant, int]] = []
    found: dict[int, Offer] = {}
    for _, row in rows:
        variant = sql.part(row, Variant, "variant")
        if variant is None:  # an empty cart's one row
            continue
        object.__setattr__(variant, "_product", sql.part(row, Product, "product"))
        items.append((variant, row["line_quantity"]))
        found[variant.id] = _offer(variant, row)
    return cart, items, found


async def cart_lines_with_offers(
    cart: Cart, now: datetime
) -> tuple[list[tuple[Variant, int]], dict[int, Offer]]:
    """The cart's lines in the order added ``(variant with its product, quantity)`` and their
    variants' offers in its storefront at ``now``: one statement for the lines with their
    variants, products, listing, stock and sales."""
    rows = await sql.fetch_joined(
        Variant,
        _offers_statement(_CART_LINES_WITH_OFFERS),
        cart.storefront_id,
        now,
        cart.id,
        related={"product": Product},
    )
    items = [(variant, row["line_quantity"]) for variant, row in rows]
    found = {variant.id: _offer(variant, row) for variant, row in rows}
    return items, found


async def insert_cart(cart: Cart, lines: list[tuple[int, int]]) -> None:
    """Save a new cart with its lines ``(variant id, quantity)``, all or nothing: one statement
    on PostgreSQL, a transaction around the ORM's inserts otherwise."""
    if not lines or not sql.is_postgres():
        async with in_transaction():
            await cart.save()
            if lines:
                await CartLine.bulk_create(
                    [CartLine(cart_id=cart.id, variant_id=vid, quantity=qty) for vid, qty in lines]
                )
        return
    now = datetime.now(UTC)
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


async def take_order_ids(orders: int, lines: int) -> tuple[int, list[int], list[int]]:
    """Ids for a new group, its ``orders`` merchant orders and their ``lines`` lines, taken
    ahead so the rows can refer to each other and go in one write (call in its transaction)."""
    ids = await sql.next_ids({OrderGroup: 1, MerchantOrder: orders, OrderLine: lines})
    return ids[OrderGroup][0], ids[MerchantOrder], ids[OrderLine]


async def insert_placed_order(
    rows: list[Model], cart: Cart, customer_id: int, now: datetime
) -> None:
    """Write a placed order's new rows (group, merchant orders and lines, history, outbox; ids
    set) and mark the cart ordered by the customer with its shipping address, in one statement
    on PostgreSQL."""
    address = json.dumps(cart.shipping_address) if cart.shipping_address is not None else None
    await sql.insert_models(rows, also=[(_CART_ORDERED, (now, customer_id, address, cart.id))])
