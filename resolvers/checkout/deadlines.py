"""Payment deadlines: an unpaid group past its deadline is cancelled, its merchant orders with
it, and their reservations and flash-sale counters are given back. Expiry and payment race
safely: a conditional UPDATE on the group's status lets exactly one of them win."""

from __future__ import annotations

from datetime import datetime

from tortoise.transactions import in_transaction

from models.orders import (
    Actor,
    CancelReason,
    GroupStatus,
    InventoryMode,
    MerchantOrder,
    OrderGroup,
    OrderStatus,
)
from resolvers import allocation, outbox
from resolvers.groups import record_group_status
from resolvers.orders import now_utc, transition


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
        group = await OrderGroup.get(id=group_id)
        await record_group_status(group, GroupStatus.PENDING_PAYMENT, GroupStatus.CANCELLED, now)
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
