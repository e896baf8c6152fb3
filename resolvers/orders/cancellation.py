"""Cancelling an order with its effects: stock back, flash-sale counters back, money back."""

from __future__ import annotations

from decimal import Decimal

from models.orders import CancelReason, InventoryMode, MerchantOrder, OrderStatus
from resolvers import allocation
from resolvers.orders.access import Acting
from resolvers.orders.operations import move_order
from resolvers.refunds import refund_order

S = OrderStatus


async def cancel_with_effects(
    order: MerchantOrder,
    acting: Acting,
    cancel_reason: CancelReason,
    note: str = "",
    *,
    data: dict | None = None,
) -> list[int]:
    """Cancel ``order`` (in the caller's transaction): release or restock its units, give the
    flash-sale counters back and, if it was paid, queue the refund of what was not refunded yet.
    Returns the ids of the refunds to send after the commit."""
    was = OrderStatus(order.status)
    await move_order(
        order,
        S.CANCELLED,
        acting,
        reason=note or cancel_reason.value,
        updates={"cancel_reason": cancel_reason.value},
        data={"cancel_reason": cancel_reason.value, **(data or {})},
    )
    # Sale units were taken at order time in reserve mode, and at payment in deduct mode.
    units_taken = was != S.PENDING_PAYMENT or order.inventory_mode == InventoryMode.RESERVE_ON_ORDER
    # Flash-sale rows before stock rows: the order placement and payment take them that way.
    await allocation.return_flash_counters(order, units_taken=units_taken)
    await allocation.give_back(order, cancel_reason.value, acting.user_id)
    if was == S.PENDING_PAYMENT:
        return []
    due = Decimal(order.total) - Decimal(order.refunded_amount or 0)
    if due <= 0:
        return []
    refund = await refund_order(order, cancel_reason.value, amount=due)
    if refund is None:
        return []
    order.refunded_amount = Decimal(order.refunded_amount or 0) + due  # the row is updated too
    return [refund.id]
