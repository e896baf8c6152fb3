"""The group leader's operations on a group-buy order at their pickup point: the parcel is
ready (the customer is told), and it is handed over (SHIPPED -> DELIVERED)."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from models.orders import MerchantOrder, OrderEvent, OrderStatus
from resolvers import outbox
from resolvers.errors import DomainError, OrderErrorCode
from resolvers.orders.access import Party, acting_as, can_view, not_found
from resolvers.orders.operations import HAND_OVER, clean_note, operate
from resolvers.orders.transitions import now_utc, pickup_point_of, record_event
from resolvers.permissions import Viewer, require_user

Code = OrderErrorCode
S = OrderStatus


READY_FOR_PICKUP = "ready_for_pickup"


async def order_mark_ready_for_pickup(
    viewer: Viewer, order_id: int, note: str = ""
) -> MerchantOrder:
    """The parcel of a group-buy order arrived at its pickup point: the leader (or the platform)
    tells the customer to collect it. A history entry and an ``order.ready_for_pickup`` event;
    the order stays SHIPPED until it is handed over. Once per order."""
    note = clean_note(note, "note", required=False)
    require_user(viewer, Code)
    async with in_transaction():
        order = await MerchantOrder.filter(id=order_id).select_for_update().first()
        if order is None or not can_view(viewer, order):
            raise not_found()
        acting = acting_as(viewer, order, Party.GROUP_LEADER, ()) or acting_as(
            viewer, order, Party.ADMIN, ()
        )
        if acting is None:
            raise DomainError(
                Code.PERMISSION_DENIED,
                "The pickup point's group leader says when a parcel is ready.",
                "id",
            )
        if order.pickup_point_id is None:
            raise DomainError(Code.INVALID, "This order is not collected at a pickup point.", "id")
        if OrderStatus(order.status) != S.SHIPPED:
            raise DomainError(
                Code.INVALID_TRANSITION,
                f"The order is {OrderStatus(order.status).name}: only a SHIPPED parcel can be "
                "ready at the pickup point.",
                "id",
            )
        if await OrderEvent.filter(order_id=order.id, kind=READY_FOR_PICKUP).exists():
            raise DomainError(
                Code.INVALID_TRANSITION, "The customer was already told it is ready.", "id"
            )
        await record_event(
            order,
            READY_FOR_PICKUP,
            acting.actor,
            actor_user_id=acting.user_id,
            reason=note or "ready at the pickup point",
            data=acting.data(),
        )
        await outbox.record(
            "order.ready_for_pickup",
            "merchant_order",
            order.id,
            {
                "order_number": order.number,
                "group_id": order.group_id,
                "reason": note or "ready at the pickup point",
                "actor": acting.actor.value,
                "at": now_utc().isoformat(),
                **pickup_point_of(order),
            },
            merchant_id=order.merchant_id,
            customer_id=order.customer_id,
        )
    return order


async def order_hand_over(viewer: Viewer, order_id: int) -> MerchantOrder:
    """SHIPPED -> DELIVERED at the pickup point: the leader hands the parcel to the customer."""
    return await operate(viewer, order_id, HAND_OVER, reason="collected at the pickup point")
