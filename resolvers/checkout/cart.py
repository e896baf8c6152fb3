"""The cart: created (a "buy now" with its lines and address in one request), found by its
token, filled and emptied, given an address, a pickup point and a shipping method per
merchant, and merged into the customer's own cart on sign-in."""

from __future__ import annotations

import secrets
from datetime import datetime

from tortoise.transactions import in_transaction

from models.catalog import Variant
from models.checkout import Cart, CartLine
from models.merchants import PickupPoint, Storefront
from models.promotions import FlashSale
from models.repository import checkout as checkout_repo
from resolvers.addresses import shipping_address_of
from resolvers.checkout.common import MAX_LINES, clean_address
from resolvers.checkout.offers import check_lines
from resolvers.checkout.quotes import cart_view, remember_contents
from resolvers.errors import CheckoutErrorCode as Code
from resolvers.errors import DomainError
from resolvers.permissions import Viewer, require_user
from resolvers.pickup_points import orders_on_many, today


async def cart_create(
    viewer: Viewer,
    storefront_code: str,
    lines: list[tuple[int, int]] | None = None,
    address: dict | None = None,
) -> Cart:
    """A new cart, with its first lines and shipping address if given (a "buy now" in one
    request). Everything is checked before the cart is written: a refusal leaves no cart."""
    storefront = await checkout_repo.storefront_by_code(storefront_code)
    if storefront is None:
        raise DomainError(Code.NOT_FOUND, f"No storefront '{storefront_code}'.", "storefront")
    cart = Cart(
        token=secrets.token_urlsafe(24),
        storefront_id=storefront.id,
        customer_id=viewer.user_id,
        shipping_address=(
            clean_address(address, "shippingAddress") if address is not None else None
        ),
    )
    cart.storefront = storefront
    wanted, order = _summed_lines(lines or [], {})
    variants: dict[int, Variant] = {}
    sales: dict[int, FlashSale] = {}
    if order:
        if len(order) > MAX_LINES:
            raise DomainError(Code.INVALID, f"A cart holds at most {MAX_LINES} lines.", "lines")
        variants, sales = await check_lines(
            cart, wanted, order, positions=_input_positions(lines or [])
        )
    await checkout_repo.insert_cart(cart, [(vid, wanted[vid]) for vid in order])
    remember_contents(cart, [(variants[vid], wanted[vid]) for vid in order], sales)
    return cart


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


async def cart_by_token(token: str, lines_at: datetime | None = None) -> Cart | None:
    """The cart with its storefront (one statement). ``lines_at``: with its lines too, and
    their offers at that instant, for ``cart_view(cart, lines_at)`` (still one statement)."""
    if lines_at is None:
        return await checkout_repo.cart_by_token(token)
    found = await checkout_repo.load_cart_for_placement(token, lines_at)
    if found is None:
        return None
    cart, items, offers = found
    sales = {vid: offer.sale for vid, offer in offers.items() if offer.sale is not None}
    remember_contents(cart, items, sales, offers, read_at=lines_at)
    return cart


async def get_cart(viewer: Viewer, token: str) -> Cart:
    """A cart by token. A customer's cart is theirs alone; a guest cart is its token's holder's."""
    cart = await cart_by_token(token or "")
    if cart is None or (cart.customer_id is not None and cart.customer_id != viewer.user_id):
        raise DomainError(Code.NOT_FOUND, "No such cart.", "token")
    return cart


async def open_cart(viewer: Viewer, token: str) -> Cart:
    cart = await get_cart(viewer, token)
    if cart.completed_at is not None:
        raise DomainError(Code.CART_COMPLETED, "This cart has been ordered already.", "token")
    return cart


async def cart_lines_add(viewer: Viewer, token: str, lines: list[tuple[int, int]]) -> Cart:
    """Add quantities (summed with what the cart has)."""
    cart = await open_cart(viewer, token)
    if not lines:
        raise DomainError(Code.INVALID, "Give at least one line.", "lines")
    existing = {line.variant_id: line for line in await CartLine.filter(cart_id=cart.id)}
    wanted, order = _summed_lines(lines, existing)
    if len(set(existing) | set(wanted)) > MAX_LINES:
        raise DomainError(Code.INVALID, f"A cart holds at most {MAX_LINES} lines.", "lines")
    await check_lines(cart, wanted, order, positions=_input_positions(lines))
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
    cart = await open_cart(viewer, token)
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
    await check_lines(cart, wanted, order)
    async with in_transaction():
        for vid in order:
            await CartLine.filter(id=existing[vid].id).update(quantity=wanted[vid])
    return cart


async def cart_lines_delete(viewer: Viewer, token: str, variant_ids: list[int]) -> Cart:
    cart = await open_cart(viewer, token)
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


async def cart_set_address(
    viewer: Viewer, token: str, address: dict | None, address_id: int | None = None
) -> Cart:
    """The cart's shipping address: typed (``address``) or a copy of the customer's saved
    address ``address_id`` (another customer's: NOT_FOUND, and the cart keeps its address)."""
    if (address is None) == (address_id is None):
        raise DomainError(Code.INVALID, "Give an address or an addressId (one of them).", "address")
    if address_id is not None:
        cleaned = await shipping_address_of(viewer, address_id, Code, "addressId")
    else:
        cleaned = clean_address(address or {})
    cart = await open_cart(viewer, token)
    cart.shipping_address = cleaned
    await cart.save(update_fields=["shipping_address", "updated_at"])
    return cart


async def cart_set_pickup_point(viewer: Viewer, token: str, pickup_point_id: int) -> Cart:
    cart = await open_cart(viewer, token)
    point = await PickupPoint.get_or_none(id=pickup_point_id, storefront_id=cart.storefront_id)
    if point is None or not point.active:
        raise DomainError(Code.NOT_FOUND, "No such pickup point in this storefront.", "pickupPoint")
    if point.capacity_per_day is not None:  # a check, not a guarantee (resolvers.pickup_points)
        storefront = await Storefront.get(id=cart.storefront_id)
        taken = await orders_on_many([point], today(storefront), storefront)
        if taken[point.id] >= point.capacity_per_day:
            raise DomainError(
                Code.PICKUP_POINT_FULL,
                "This pickup point takes no more orders today; choose another.",
                "pickupPoint",
            )
    cart.pickup_point_id = point.id
    await cart.save(update_fields=["pickup_point_id", "updated_at"])
    return cart


async def cart_set_shipping_method(
    viewer: Viewer, token: str, merchant_id: int, method_code: str
) -> Cart:
    cart = await open_cart(viewer, token)
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
    guest = await open_cart(viewer, guest_token)
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
