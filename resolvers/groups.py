"""An order group's status, derived from its orders and its money (the rule is
``models.orders.derive_group_status``; ``OrderGroup``'s docstring says it in words).

``refresh_group_status`` is called in the transaction of whatever changed what the status is
derived from: an order cancelled after payment (``resolvers.orders.cancellation``), a payment
settled (``resolvers.payments``), a refund that went through (``resolvers.refunds``). The moves
that race each other for an unpaid group (payment, expiry, the customer's cancellation) keep
their own conditional updates on the group; their results agree with the rule.

This module calls no other use case: the orders, refunds and payments modules all call it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from models.orders import GroupStatus, OrderGroup, OrderStatus, derive_group_status
from models.repository import orders as repo
from resolvers import outbox

# Live statuses only a paid order reaches.
_AFTER_PAYMENT = frozenset(OrderStatus) - {OrderStatus.PENDING_PAYMENT, OrderStatus.CANCELLED}


async def refresh_group_status(group_id: int, now: datetime | None = None) -> GroupStatus | None:
    """Recompute the group's status and store it if it changed, with an
    ``order_group.<status>`` outbox event; inside the caller's transaction. Returns the status
    (None if there is no such group).

    The group's row is locked first (PostgreSQL), so two transactions that each cancel one of
    its orders derive the status one after the other, the second seeing the first's order."""
    group = await repo.lock_group(group_id)
    if group is None:
        return None
    facts = await repo.group_facts(group_id)
    paid = (
        group.paid_at is not None
        or facts.orders_paid
        or any(status in _AFTER_PAYMENT for status in facts.order_statuses)
    )
    status = derive_group_status(
        facts.order_statuses, paid=paid, captured=facts.captured, refunded=facts.refunded
    )
    was = GroupStatus(group.status)
    if status == was:
        return status
    now = now or datetime.now(UTC)
    reason = facts.cancel_reasons[0] if len(set(facts.cancel_reasons)) == 1 else None
    # The row is locked (or SQLite's one writer holds the database): the condition holds; it
    # only guards against a caller that refreshes outside a transaction.
    if not await repo.set_group_status(group_id, was, status, now, reason):
        return GroupStatus((await OrderGroup.get(id=group_id)).status)
    await record_group_status(group, was, status, now)
    return status


async def record_group_status(
    group: OrderGroup,
    was: GroupStatus,
    status: GroupStatus,
    now: datetime,
    extra: dict | None = None,
) -> None:
    """The ``order_group.<status>`` outbox event of a group whose status changed (``group``
    as read before the change)."""
    await outbox.record(
        f"order_group.{status.value}",
        "order_group",
        group.id,
        {
            "number": group.number,
            "status": status.value,
            "from": was.value,
            "at": now.isoformat(),
            **(extra or {}),
        },
        customer_id=group.customer_id,
    )
