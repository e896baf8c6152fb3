"""The transition driver: every status change of a merchant order goes through ``transition``.

``transition`` checks the table in ``models.orders.TRANSITIONS``, moves the order with a
conditional UPDATE on (status, version) -- so of two racing transitions exactly one wins --,
records the OrderEvent and writes the outbox event, all in the caller's transaction. History
entries that are not status changes are written with ``record_event``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from models.orders import Actor, MerchantOrder, OrderEvent, OrderStatus, allowed
from models.repository import orders as repo
from resolvers import outbox
from resolvers.errors import DomainError, OrderErrorCode

_STAMPS = {
    OrderStatus.PAID: "paid_at",
    OrderStatus.CONFIRMED: "confirmed_at",
    OrderStatus.SHIPPED: "shipped_at",
    OrderStatus.DELIVERED: "delivered_at",
    OrderStatus.COMPLETED: "completed_at",
    OrderStatus.CANCELLED: "cancelled_at",
}


def now_utc() -> datetime:
    return datetime.now(UTC)


async def transition(
    order: MerchantOrder,
    target: OrderStatus,
    actor: Actor,
    *,
    actor_user_id: int | None = None,
    reason: str = "",
    updates: dict | None = None,
    data: dict | None = None,
    now: datetime | None = None,
) -> MerchantOrder:
    """Move ``order`` to ``target`` or raise INVALID_TRANSITION / CONCURRENT_UPDATE.

    Call inside a transaction together with the side effects (stock, refunds) of the move.
    """
    current = OrderStatus(order.status)
    if not allowed(current, target, actor):
        raise DomainError(
            OrderErrorCode.INVALID_TRANSITION,
            f"An order in status {current.name} cannot move to {target.name} ({actor.value}).",
            "status",
        )
    now = now or now_utc()
    changes = dict(updates or {})
    if target in _STAMPS:
        changes[_STAMPS[target]] = now
    # optimistic: the order as read, or nothing
    changed = await repo.update_order_as_read(
        order.id, current, order.version, {"status": target, **changes}
    )
    if changed != 1:
        fresh = await MerchantOrder.get(id=order.id)
        raise DomainError(
            OrderErrorCode.CONCURRENT_UPDATE,
            f"The order changed meanwhile (now {OrderStatus(fresh.status).name}); reload.",
            "status",
        )
    order.status = target
    order.version += 1
    for key, value in changes.items():
        setattr(order, key, value)
    await outbox.append(
        OrderEvent(
            order_id=order.id,
            kind="status_changed",
            from_status=current.value,
            to_status=target.value,
            actor=actor,
            actor_user_id=actor_user_id,
            reason=reason[:300],
            data=data or {},
        )
    )
    await outbox.record(
        f"order.{target.value}",
        "merchant_order",
        order.id,
        {
            "order_number": order.number,
            "group_id": order.group_id,
            "from": current.value,
            "to": target.value,
            "actor": actor.value,
            "reason": reason,
            "at": now.isoformat(),
            **pickup_point_of(order),
        },
        merchant_id=order.merchant_id,
        customer_id=order.customer_id,
    )
    return order


def pickup_point_of(order: MerchantOrder) -> dict:
    """The ``pickup_point_id`` an order event carries (group-buy orders), so that the group
    leader of that point can follow it (``resolvers.subscriptions``); nothing otherwise."""
    return {"pickup_point_id": order.pickup_point_id} if order.pickup_point_id else {}


def history_entry(
    order: MerchantOrder,
    kind: str,
    actor: Actor,
    *,
    actor_user_id: int | None = None,
    reason: str = "",
    data: dict | None = None,
    to_status: OrderStatus | None = None,
) -> OrderEvent:
    """A history entry that is not a status change (placed, address changed, ...), not written.
    ``to_status``: the status the entry leaves the order in where that says something (the
    "placed" entry: the order starts in it, from no status)."""
    return OrderEvent(
        order_id=order.id,
        kind=kind,
        to_status=to_status.value if to_status is not None else None,
        actor=actor,
        actor_user_id=actor_user_id,
        reason=reason[:300],
        data=data or {},
    )


async def record_event(
    order: MerchantOrder,
    kind: str,
    actor: Actor,
    *,
    actor_user_id: int | None = None,
    reason: str = "",
    data: dict | None = None,
) -> None:
    """Write a history entry (with the events of an ``outbox.batched()`` block, if in one)."""
    entry = history_entry(order, kind, actor, actor_user_id=actor_user_id, reason=reason, data=data)
    await outbox.append(entry)
