"""Merchant staff's operations (platform staff's too where the table lets them): confirm,
invalidate, cancel on the customer's request, then fulfilment (assign for picking, pack, ship)
and delivery (delivered by the own fleet, delivery failed, re-attempt, goods returned).

``order_confirm`` is done by the storefront policy's confirmers (platform staff, merchant
staff with the ``orders`` role, or the group leader of the order's pickup point); on
``AUTOMATIC`` storefronts nobody confirms by hand (``resolvers.orders.automatic``).
"""

from __future__ import annotations

from models.accounts import MerchantStaff, StaffRole
from models.orders import CancelReason, MerchantOrder, OrderStatus
from resolvers.errors import DomainError, OrderErrorCode
from resolvers.orders.access import ASSIGNEE_ROLES, Acting, refuse_typed_carrier
from resolvers.orders.cancellation import cancel_with_effects
from resolvers.orders.confirmation_calls import refuse_unless_confirmed_by_call
from resolvers.orders.operations import (
    ASSIGN,
    CANCEL_ON_REQUEST,
    CONFIRM,
    INVALIDATE,
    MARK_DELIVERED,
    MARK_DELIVERY_FAILED,
    MARK_PACKED,
    MARK_RETURNED,
    REATTEMPT_DELIVERY,
    SHIP,
    clean_note,
    move_order,
    operate,
)
from resolvers.orders.picking import picking_warehouse
from resolvers.permissions import Viewer

Code = OrderErrorCode
S = OrderStatus


async def order_confirm(viewer: Viewer, order_id: int) -> MerchantOrder:
    """PAID -> CONFIRMED by one of the storefront policy's confirmers (where the policy confirms
    by phone, the call is recorded instead: ``resolvers.orders.confirmation_calls``)."""

    async def apply(order: MerchantOrder, acting: Acting) -> None:
        await refuse_unless_confirmed_by_call(order)
        await move_order(order, S.CONFIRMED, acting, reason="confirmed")

    return await operate(viewer, order_id, CONFIRM, apply)


async def order_invalidate(viewer: Viewer, order_id: int, reason: str) -> MerchantOrder:
    """A paid order found invalid (fraud, unserviceable, ...): cancelled, restocked, refunded.

    Not counted as the customer's cancellation (cancel reason ``invalid_order``)."""
    note = clean_note(reason, "reason", required=True)

    async def apply(order: MerchantOrder, acting: Acting) -> list[int]:
        return await cancel_with_effects(order, acting, CancelReason.INVALID_ORDER, note)

    return await operate(viewer, order_id, INVALIDATE, apply)


async def order_cancel_on_request(viewer: Viewer, order_id: int, reason: str = "") -> MerchantOrder:
    """The customer asked to cancel after confirmation (before shipping): staff do it.

    Restock and refund; cancel reason ``customer_request`` (it is the customer's doing, so it
    counts for the frequent-cancellation risk rule)."""
    note = clean_note(reason, "reason", required=False)

    async def apply(order: MerchantOrder, acting: Acting) -> list[int]:
        return await cancel_with_effects(
            order, acting, CancelReason.CUSTOMER_REQUEST, note, data={"on_request": True}
        )

    return await operate(viewer, order_id, CANCEL_ON_REQUEST, apply)


# --- merchant fulfilment ----------------------------------------------------------------------


async def order_assign(
    viewer: Viewer,
    order_id: int,
    assignee_user_id: int,
    note: str = "",
    warehouse_id: int | None = None,
) -> MerchantOrder:
    """CONFIRMED -> PICKING, assigned to warehouse or logistics staff of the order's merchant,
    picked in ``warehouse_id`` (one of the merchant's warehouses; None: the one holding most of
    the order's units). The order keeps both (``assignee_id``, ``warehouse_id``); the event's
    data names them too."""
    note = clean_note(note, "note", required=False)

    async def apply(order: MerchantOrder, acting: Acting) -> None:
        staff = await MerchantStaff.get_or_none(
            user_id=assignee_user_id, merchant_id=order.merchant_id
        )
        if staff is None or not {StaffRole(r) for r in staff.roles} & ASSIGNEE_ROLES:
            raise DomainError(
                Code.INVALID,
                "Assign the order to warehouse or logistics staff of its merchant.",
                "assigneeId",
            )
        warehouse = await picking_warehouse(order, warehouse_id)
        await move_order(
            order,
            S.PICKING,
            acting,
            reason=note or "assigned for picking",
            updates={"assignee_id": assignee_user_id, "warehouse_id": warehouse},
            data={"assignee_user_id": assignee_user_id, "warehouse_id": warehouse},
        )

    return await operate(viewer, order_id, ASSIGN, apply)


async def order_mark_packed(viewer: Viewer, order_id: int) -> MerchantOrder:
    """PICKING -> PACKED: packed, awaiting shipment."""
    return await operate(viewer, order_id, MARK_PACKED, reason="packed")


async def order_ship(
    viewer: Viewer, order_id: int, carrier: str, tracking_number: str
) -> MerchantOrder:
    """PACKED -> SHIPPED with the carrier's name and the tracking number, stored on the order."""
    carrier = clean_note(carrier, "carrier", required=True, limit=80)
    tracking_number = clean_note(tracking_number, "trackingNumber", required=True, limit=80)

    async def apply(order: MerchantOrder, acting: Acting) -> None:
        await refuse_typed_carrier(order, Code.OWN_CARRIER_ACCOUNT_REQUIRED)
        await move_order(
            order,
            S.SHIPPED,
            acting,
            reason=f"shipped with {carrier}",
            updates={"carrier": carrier, "tracking_number": tracking_number},
            data={"carrier": carrier, "tracking_number": tracking_number},
        )

    return await operate(viewer, order_id, SHIP, apply)


# --- delivery -----------------------------------------------------------------------------------


async def order_mark_delivered(viewer: Viewer, order_id: int) -> MerchantOrder:
    """SHIPPED -> DELIVERED by the merchant's own-fleet courier (or a platform admin)."""
    return await operate(viewer, order_id, MARK_DELIVERED, reason="delivered")


async def order_mark_delivery_failed(viewer: Viewer, order_id: int, reason: str) -> MerchantOrder:
    """SHIPPED -> DELIVERY_FAILED (address unclear, customer unreachable, ...)."""
    note = clean_note(reason, "reason", required=True)
    return await operate(viewer, order_id, MARK_DELIVERY_FAILED, reason=note)


async def order_reattempt_delivery(viewer: Viewer, order_id: int, note: str = "") -> MerchantOrder:
    """DELIVERY_FAILED -> SHIPPED: out for delivery again."""
    note = clean_note(note, "note", required=False)
    return await operate(
        viewer, order_id, REATTEMPT_DELIVERY, reason=note or "delivery re-attempted"
    )


async def order_mark_returned(viewer: Viewer, order_id: int, reason: str = "") -> MerchantOrder:
    """DELIVERY_FAILED -> CANCELLED: the goods are back in the warehouse. Restock and refund;
    cancel reason ``goods_returned`` (counts as the customer's cancellation for risk)."""
    note = clean_note(reason, "reason", required=False)

    async def apply(order: MerchantOrder, acting: Acting) -> list[int]:
        return await cancel_with_effects(order, acting, CancelReason.GOODS_RETURNED, note)

    return await operate(viewer, order_id, MARK_RETURNED, apply)
