"""The customer's operations on their own orders: cancel, change address/remark, confirm receipt.

Cancelling an *unpaid* order cancels its whole order group (all its merchant orders, and the
group): the group is what is paid, in one payment, so a group cannot be left payable with a
total that no longer matches. A cancelled *paid* order is refunded on its own; its group becomes
PARTIALLY_CANCELLED, or REFUNDED with its last order (``resolvers.groups``).
"""

from __future__ import annotations

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models.orders import (
    CUSTOMER_EDITABLE,
    Actor,
    CancelReason,
    GroupStatus,
    MerchantOrder,
    OrderGroup,
    OrderStatus,
)
from resolvers import outbox
from resolvers.addresses import clean_shipping_address, shipping_address_of
from resolvers.errors import DomainError, OrderErrorCode
from resolvers.groups import record_group_status
from resolvers.orders.access import Acting, load_visible
from resolvers.orders.cancellation import cancel_with_effects
from resolvers.orders.operations import CANCEL, CONFIRM_RECEIPT, clean_note, operate
from resolvers.orders.transitions import now_utc, pickup_point_of, record_event
from resolvers.permissions import Viewer, require_user

Code = OrderErrorCode
S = OrderStatus


async def order_cancel(viewer: Viewer, order_id: int, reason: str = "") -> MerchantOrder:
    """The customer cancels their order before it is confirmed.

    Unpaid: the whole order group is cancelled (every merchant order in it) and reservations
    released. Paid: this order is cancelled, its stock restocked and its total refunded."""
    note = clean_note(reason, "reason", required=False)

    async def apply(order: MerchantOrder, acting: Acting) -> list[int]:
        if OrderStatus(order.status) == S.PENDING_PAYMENT:
            await _cancel_unpaid_group(order, acting, note)
            return []
        return await cancel_with_effects(order, acting, CancelReason.CUSTOMER_REQUEST, note)

    return await operate(viewer, order_id, CANCEL, apply)


async def _cancel_unpaid_group(order: MerchantOrder, acting: Acting, note: str) -> None:
    """An unpaid order is cancelled with its whole group (the group is paid in one payment).

    The group's conditional UPDATE races the payment callback and the expiry exactly as they
    race each other: one wins. If payment won, the caller gets CONCURRENT_UPDATE (cancel again:
    the paid order is then cancelled and refunded)."""
    now = now_utc()
    won = await OrderGroup.filter(id=order.group_id, status=GroupStatus.PENDING_PAYMENT).update(
        status=GroupStatus.CANCELLED,
        cancelled_at=now,
        cancel_reason=CancelReason.CUSTOMER_REQUEST.value,
    )
    if won != 1:
        fresh = await MerchantOrder.get(id=order.id)
        raise DomainError(
            Code.CONCURRENT_UPDATE,
            f"The order changed meanwhile (now {OrderStatus(fresh.status).name}); reload.",
            "id",
        )
    group = await OrderGroup.get(id=order.group_id)
    await record_group_status(group, GroupStatus.PENDING_PAYMENT, GroupStatus.CANCELLED, now)
    siblings = await MerchantOrder.filter(
        group_id=order.group_id, status=S.PENDING_PAYMENT
    ).order_by("id")
    for sibling in siblings:
        target = order if sibling.id == order.id else sibling
        extra = {} if sibling.id == order.id else {"with_order": order.number}
        await cancel_with_effects(target, acting, CancelReason.CUSTOMER_REQUEST, note, data=extra)


def clean_address(address: dict) -> dict:
    """The same shape and rules as the checkout's address (``resolvers.addresses``)."""
    return clean_shipping_address(address, Code, "shippingAddress")


REMARK_MAX = 500


async def order_update(
    viewer: Viewer,
    order_id: int,
    *,
    shipping_address: dict | None = None,
    remark: str | None = None,
    address_id: int | None = None,
) -> MerchantOrder:
    """The customer changes the address and/or remark, until the order is CONFIRMED.

    ``address_id``: a copy of one of the customer's saved addresses. The change is an
    ``order.updated`` event: once the order is dispatched, it brings the merchant's inbox item
    up to date and goes to the merchant's webhook with the previous address in its ``change``.
    Later (or on a cancelled order) it is refused with READ_ONLY and nothing changes. The
    change bumps the order's version, so a confirmation made on the old address in the same
    instant fails with CONCURRENT_UPDATE instead of confirming stale data."""
    user_id = require_user(viewer, Code)
    if shipping_address is None and remark is None and address_id is None:
        raise DomainError(Code.INVALID, "Give a new shipping address or remark.", None)
    if shipping_address is not None and address_id is not None:
        raise DomainError(
            Code.INVALID, "Give a shipping address or an addressId, not both.", "addressId"
        )
    address = clean_address(shipping_address) if shipping_address is not None else None
    if address_id is not None:  # a copy of a saved address (the customer's own only)
        address = await shipping_address_of(viewer, address_id, Code, "addressId")
    if remark is not None:
        remark = clean_note(remark, "remark", required=False, limit=REMARK_MAX)
    async with in_transaction():
        order = await load_visible(viewer, order_id)
        if order.customer_id != user_id:
            raise DomainError(
                Code.PERMISSION_DENIED, "Only the customer changes an order's address.", "id"
            )
        current = OrderStatus(order.status)
        if current not in CUSTOMER_EDITABLE:
            raise DomainError(
                Code.READ_ONLY,
                f"The order is {current.name}: its address and remark can be changed only "
                "until it is confirmed.",
                "id",
            )
        if address is not None and order.pickup_point_id is not None:
            raise DomainError(
                Code.INVALID,
                "This order is collected at a pickup point: it has no delivery address.",
                "shippingAddress",
            )
        changes: dict = {}
        events: list[tuple[str, dict]] = []
        previous_address = order.shipping_address
        if address is not None and address != order.shipping_address:
            changes["shipping_address"] = address
            events.append(("address_changed", {"from": order.shipping_address, "to": address}))
        if remark is not None and remark != order.remark:
            changes["remark"] = remark
            events.append(("remark_changed", {"from": order.remark, "to": remark}))
        if not changes:
            return order
        changed = await MerchantOrder.filter(
            id=order.id, version=order.version, status__in=list(CUSTOMER_EDITABLE)
        ).update(version=F("version") + 1, **changes)
        if changed != 1:
            fresh = await MerchantOrder.get(id=order.id)
            if OrderStatus(fresh.status) not in CUSTOMER_EDITABLE:
                raise DomainError(
                    Code.READ_ONLY,
                    f"The order is {OrderStatus(fresh.status).name} now: its address and "
                    "remark can no longer be changed.",
                    "id",
                )
            raise DomainError(Code.CONCURRENT_UPDATE, "The order changed meanwhile; reload.", "id")
        order.version += 1
        for key, value in changes.items():
            setattr(order, key, value)
        for kind, data in events:
            await record_event(
                order,
                kind,
                Actor.CUSTOMER,
                actor_user_id=user_id,
                data={"role": "customer", **data},
            )
        await outbox.record(
            "order.updated",
            "merchant_order",
            order.id,
            {
                "order_number": order.number,
                "changed": sorted(changes),
                **pickup_point_of(order),
                **({"previous_address": previous_address} if "shipping_address" in changes else {}),
            },
            merchant_id=order.merchant_id,
            customer_id=order.customer_id,
        )
    return order


async def order_confirm_receipt(viewer: Viewer, order_id: int) -> MerchantOrder:
    """The customer confirms they received the goods (SHIPPED -> DELIVERED)."""
    return await operate(viewer, order_id, CONFIRM_RECEIPT, reason="receipt confirmed")
