"""Placing the order: the checks of the cart, the address and risk control, then the group
and its merchant orders in one transaction (``resolvers.checkout.creation``), idempotently by
the client's key; and, in the same request, starting its payment."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.orders import GroupStatus, InventoryMode, OrderGroup
from models.payments import Payment, PaymentStatus
from plugins.interfaces import FulfilmentMethod, RiskContext, RiskDecisionKind, RiskLine
from resolvers import payments, risk
from resolvers.addresses import shipping_address_of
from resolvers.checkout.cart import cart_by_token
from resolvers.checkout.common import clean_address, policy_for
from resolvers.checkout.creation import create_orders
from resolvers.checkout.offers import check_lines
from resolvers.checkout.quotes import CartView, cart_view
from resolvers.checkout.slots import SlotChoice, check_choices, hash_part
from resolvers.errors import CheckoutErrorCode as Code
from resolvers.errors import DomainError
from resolvers.orders import now_utc
from resolvers.payment_accounts import storefront_account
from resolvers.permissions import Viewer, require_user


def _request_hash(view: CartView, slots: list[SlotChoice] | None = None) -> str:
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
    if slots:  # only then: the hash of a placement without slots is as it always was
        canonical["delivery_slots"] = hash_part(slots)
    return hashlib.sha256(json.dumps(canonical, sort_keys=True).encode()).hexdigest()


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
    address_id: int | None = None,
    slots: list[SlotChoice] | None = None,
) -> Placed:
    """Place the cart and, when a provider is named, start paying it in the same request (the
    storefront goes straight to the pay page). A retry with the same key answers the same
    group and the payment it started, if that is still pending."""
    if payment_provider is not None:
        try:
            payments.check_provider(payment_provider)
        except DomainError as exc:
            raise DomainError(Code.UNKNOWN_PROVIDER, exc.message, "payment.provider")
    group, replayed = await _place_order(
        viewer,
        token,
        idempotency_key,
        address=address,
        address_id=address_id,
        slots=slots,
        payment_provider=payment_provider,
    )
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
    slots: list[SlotChoice] | None = None,
) -> OrderGroup:
    """Turn the cart into one OrderGroup and one MerchantOrder per merchant, or change nothing.

    Idempotent: the same key with the same cart returns the same group; with another cart it
    is refused with IDEMPOTENCY_KEY_REUSED. ``address``: the shipping address to place with
    (saved on the cart with the order), instead of the one set on the cart before. ``slots``:
    the delivery slot chosen for a merchant's order (SLOT_NOT_FOUND, SLOT_CLOSED, SLOT_FULL).
    """
    group, _ = await _place_order(viewer, token, idempotency_key, now, address, slots)
    return group


async def _place_order(
    viewer: Viewer,
    token: str,
    idempotency_key: str,
    now: datetime | None = None,
    address: dict | None = None,
    address_id: int | None = None,
    slots: list[SlotChoice] | None = None,
    payment_provider: str | None = None,
) -> tuple[OrderGroup, bool]:
    """``place_order``, also telling whether the group was placed before (a replay).
    ``address_id``: place with a copy of the customer's saved address (instead of ``address``;
    another customer's is NOT_FOUND on ``addressId`` and nothing changes).
    ``payment_provider``: refused before anything is placed unless the storefront takes it."""
    user_id = require_user(viewer, Code)
    key = (idempotency_key or "").strip()
    if not key or len(key) > 100:
        raise DomainError(
            Code.INVALID, "Send an idempotency key of 1 to 100 characters.", "idempotencyKey"
        )
    if address is not None and address_id is not None:
        raise DomainError(
            Code.INVALID, "Give a shipping address or an addressId, not both.", "addressId"
        )
    cleaned_address = clean_address(address, "shippingAddress") if address is not None else None
    if address_id is not None:
        cleaned_address = await shipping_address_of(viewer, address_id, Code, "addressId")
    clock_is_now = now is None
    now = now or now_utc()
    cart = await cart_by_token(token or "", lines_at=now)  # and its lines: one statement
    if cart is None or (cart.customer_id is not None and cart.customer_id != user_id):
        raise DomainError(Code.NOT_FOUND, "No such cart.", "token")
    if cart.completed_at is not None:
        # A retry after success: the cart is ordered; the key finds the group.
        replay = await _replay(user_id, key, None)
        if replay is not None:
            replay.storefront = cart.storefront
            return replay, True
        raise DomainError(Code.CART_COMPLETED, "This cart has been ordered already.", "token")
    if cleaned_address is not None:
        cart.shipping_address = cleaned_address
    view = await cart_view(cart, now)
    request_hash = _request_hash(view, slots)
    # A key used before with another (open) cart is found by the unique index below: the
    # insert fails, nothing is kept, and ``_replay`` tells which answer it is.
    if not view.groups:
        raise DomainError(Code.EMPTY_CART, "The cart is empty.", "lines")
    storefront = cart.storefront
    if payment_provider is not None:  # from the loaded storefront: no statement
        storefront_account(storefront, payments.payment_provider(payment_provider))
    policy = policy_for(storefront)
    pickup = FulfilmentMethod.PICKUP_POINT in policy.fulfilment_methods
    if pickup and cart.pickup_point_id is None:
        raise DomainError(Code.PICKUP_POINT_REQUIRED, "Choose a pickup point.", "pickupPoint")
    if not pickup and not cart.shipping_address:
        raise DomainError(Code.ADDRESS_REQUIRED, "Set a shipping address first.", "address")
    for group in view.groups:
        if group.unavailable is not None:  # a freight template: a region it does not serve
            raise DomainError(
                Code.SHIPPING_REGION_NOT_SERVED, group.unavailable.message, "shippingAddress"
            )
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
    await check_lines(cart, wanted, list(wanted), view, sales, check_stock=deducting)
    chosen = await check_choices(slots, view, now) if slots else {}

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
            **risk.blacklist_keys(cart.shipping_address, viewer.device_id),
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
            group = await create_orders(
                cart, view, policy, user_id, key, request_hash, force_deduct, outcomes, now,
                chosen,
            )  # fmt: skip
    except IntegrityError:
        # The key was used before (another cart), or the same key placed concurrently (the
        # other request won): answer as a retry would, or IDEMPOTENCY_KEY_REUSED.
        replay = await _replay(user_id, key, request_hash)
        if replay is None:
            raise
        replay.storefront = cart.storefront
        return replay, True
    return group, False


async def get_group(viewer: Viewer, group_id: int) -> OrderGroup:
    user_id = require_user(viewer, Code)
    group = await OrderGroup.get_or_none(id=group_id)
    if group is None or (group.customer_id != user_id and not viewer.is_platform_staff):
        raise DomainError(Code.NOT_FOUND, "No such order group.", "id")
    return group
