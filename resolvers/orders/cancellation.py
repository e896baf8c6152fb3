"""Cancelling an order with its effects: stock back, flash-sale counters back, money back, and
its group's status derived again (``resolvers.groups``) when the order had been paid."""

from __future__ import annotations

from decimal import Decimal

from models.orders import CancelReason, InventoryMode, MerchantOrder, OrderStatus
from resolvers import allocation
from resolvers.groups import refresh_group_status
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
    flash-sale counters back and, if it was paid, queue the refund of what was not refunded yet
    and derive the group's status again (PARTIALLY_CANCELLED, CANCELLED until the money is
    back). Returns the ids of the refunds to send after the commit.

    An unpaid order is cancelled with its whole group, whose status the caller sets (the
    group's conditional update is what races the payment)."""
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
    refund_ids = await _refund_rest(order, cancel_reason)
    await refresh_group_status(order.group_id)
    return refund_ids


async def _refund_rest(order: MerchantOrder, cancel_reason: CancelReason) -> list[int]:
    """Queue the refund of what was paid for the order and not refunded yet."""
    due = Decimal(order.total) - Decimal(order.refunded_amount or 0)
    if due <= 0:
        return []
    refund = await refund_order(order, cancel_reason.value, amount=due)
    if refund is None:
        return []
    order.refunded_amount = Decimal(order.refunded_amount or 0) + due  # the row is updated too
    return [refund.id]
