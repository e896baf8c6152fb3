"""A carrier's (verified) delivery events move the order, actor CARRIER
(``resolvers.logistics`` verifies them and calls ``carrier_update`` or ``carrier_move``)."""

from __future__ import annotations

from datetime import datetime

from tortoise.transactions import in_transaction

from models.orders import CancelReason, MerchantOrder, OrderStatus
from resolvers.errors import DomainError, OrderErrorCode
from resolvers.orders.access import CARRIER, not_found, read_only
from resolvers.orders.cancellation import cancel_with_effects
from resolvers.orders.operations import move_order, send_refunds

Code = OrderErrorCode
S = OrderStatus


async def carrier_update(
    order_id: int,
    target: OrderStatus,
    *,
    reason: str = "",
    data: dict | None = None,
    now: datetime | None = None,
) -> MerchantOrder:
    """A carrier's (verified) delivery event moves the order, actor CARRIER: DELIVERED,
    DELIVERY_FAILED, SHIPPED (re-attempt) or CANCELLED (goods returned: restock, refund).

    Raises NOT_FOUND / INVALID_TRANSITION / CONCURRENT_UPDATE like the operations."""
    async with in_transaction():
        order = await MerchantOrder.get_or_none(id=order_id)
        if order is None:
            raise not_found()
        refund_ids = await carrier_move(order, target, reason=reason, data=data, now=now)
    await send_refunds(refund_ids)
    return order


async def carrier_move(
    order: MerchantOrder,
    target: OrderStatus,
    *,
    reason: str = "",
    data: dict | None = None,
    now: datetime | None = None,
) -> list[int]:
    """``carrier_update`` in the caller's transaction (``resolvers.logistics`` records the
    carrier's event with it); the refunds to send after the commit."""
    if OrderStatus(order.status) == S.COMPLETED:
        raise read_only(order)
    if target == S.CANCELLED:
        if OrderStatus(order.status) != S.DELIVERY_FAILED:
            raise DomainError(
                Code.INVALID_TRANSITION,
                f"The order is {OrderStatus(order.status).name}: only an order whose "
                "delivery failed can come back to the warehouse.",
                "status",
            )
        return await cancel_with_effects(
            order, CARRIER, CancelReason.GOODS_RETURNED, reason, data=data
        )
    await move_order(order, target, CARRIER, reason=reason, data=data, now=now)
    return []
