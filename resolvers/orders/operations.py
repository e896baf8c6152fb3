"""The operations on an order (target, source statuses, parties) and the one way to run them.

``operate`` loads the order the viewer may see, authorises the operation
(``resolvers.orders.access.authorise``) and moves it (or runs the operation's own effects) in
one transaction; refunds the operation queued are sent after the commit (``send_refunds``).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from tortoise.transactions import in_transaction

from models.orders import MerchantOrder, OrderStatus
from resolvers.errors import OrderErrorCode, clean_text
from resolvers.orders.access import (
    CONFIRM_ROLES,
    FULFILMENT_ROLES,
    Acting,
    Operation,
    Party,
    authorise,
    load_visible,
    order_policy,
)
from resolvers.orders.transitions import transition
from resolvers.permissions import Viewer, require_user
from resolvers.refunds import execute_pending_refunds

Code = OrderErrorCode
S = OrderStatus
log = logging.getLogger("plaza.orders")
REASON_MAX = 300

_HUMAN_CONFIRMERS = frozenset({Party.PLATFORM, Party.MERCHANT, Party.GROUP_LEADER})

CANCEL = Operation("cancel", S.CANCELLED, frozenset({S.PENDING_PAYMENT, S.PAID}), (Party.CUSTOMER,))
CONFIRM_RECEIPT = Operation(
    "confirm receipt of", S.DELIVERED, frozenset({S.SHIPPED}), (Party.CUSTOMER,)
)
CONFIRM = Operation(
    "confirm",
    S.CONFIRMED,
    frozenset({S.PAID}),
    (Party.PLATFORM, Party.MERCHANT, Party.GROUP_LEADER),
    CONFIRM_ROLES,
    confirmer_parties=_HUMAN_CONFIRMERS,
)
INVALIDATE = Operation(
    "invalidate",
    S.CANCELLED,
    frozenset({S.PAID}),
    (Party.PLATFORM, Party.MERCHANT, Party.GROUP_LEADER),
    CONFIRM_ROLES,
    confirmer_parties=frozenset({Party.MERCHANT, Party.GROUP_LEADER}),
)
CANCEL_ON_REQUEST = Operation(
    "cancel",
    S.CANCELLED,
    frozenset({S.PAID, S.CONFIRMED, S.PICKING, S.PACKED}),
    (Party.PLATFORM, Party.MERCHANT),
    CONFIRM_ROLES,
)
ASSIGN = Operation(
    "assign", S.PICKING, frozenset({S.CONFIRMED}), (Party.MERCHANT, Party.ADMIN), FULFILMENT_ROLES
)
MARK_PACKED = Operation(
    "mark packed", S.PACKED, frozenset({S.PICKING}), (Party.MERCHANT, Party.ADMIN), FULFILMENT_ROLES
)
SHIP = Operation(
    "ship", S.SHIPPED, frozenset({S.PACKED}), (Party.MERCHANT, Party.ADMIN), FULFILMENT_ROLES
)
MARK_DELIVERED = Operation(
    "mark delivered", S.DELIVERED, frozenset({S.SHIPPED}), (Party.COURIER, Party.ADMIN)
)
HAND_OVER = Operation(
    "hand over", S.DELIVERED, frozenset({S.SHIPPED}), (Party.GROUP_LEADER, Party.ADMIN)
)
MARK_DELIVERY_FAILED = Operation(
    "mark delivery failed for",
    S.DELIVERY_FAILED,
    frozenset({S.SHIPPED}),
    (Party.COURIER, Party.MERCHANT, Party.ADMIN),
    FULFILMENT_ROLES,
)
REATTEMPT_DELIVERY = Operation(
    "re-attempt delivery of",
    S.SHIPPED,
    frozenset({S.DELIVERY_FAILED}),
    (Party.COURIER, Party.MERCHANT, Party.ADMIN),
    FULFILMENT_ROLES,
)
MARK_RETURNED = Operation(
    "mark returned",
    S.CANCELLED,
    frozenset({S.DELIVERY_FAILED}),
    (Party.COURIER, Party.MERCHANT, Party.ADMIN),
    FULFILMENT_ROLES,
)


Apply = Callable[[MerchantOrder, Acting], Awaitable[list[int] | None]]


async def operate(
    viewer: Viewer, order_id: int, op: Operation, apply: Apply | None = None, **move
) -> MerchantOrder:
    """Load, authorise and run one operation in one transaction; then send its refunds."""
    require_user(viewer, Code)
    async with in_transaction():
        order = await load_visible(viewer, order_id)
        policy = await order_policy(order) if op.confirmer_parties is not None else None
        acting = authorise(viewer, order, op, policy)
        if apply is None:
            await move_order(order, op.target, acting, **move)
            refund_ids = []
        else:
            refund_ids = await apply(order, acting) or []
    await send_refunds(refund_ids)
    return order


async def move_order(
    order: MerchantOrder,
    target: OrderStatus,
    acting: Acting,
    *,
    reason: str = "",
    updates: dict | None = None,
    data: dict | None = None,
    now: datetime | None = None,
) -> MerchantOrder:
    """``transition`` with the acting party's user and role in the event."""
    return await transition(
        order,
        target,
        acting.actor,
        actor_user_id=acting.user_id,
        reason=reason,
        updates=updates,
        data=acting.data(**(data or {})),
        now=now,
    )


async def send_refunds(refund_ids: list[int]) -> None:
    """Send refunds queued by a committed transaction (a failure leaves them PENDING)."""
    if not refund_ids:
        return
    try:
        await execute_pending_refunds(refund_ids)
    except Exception:  # the periodic retry sends what is still PENDING
        log.exception("sending refunds %s failed; they stay pending", refund_ids)


def clean_note(
    value: str | None, field_name: str, *, required: bool, limit: int = REASON_MAX
) -> str:
    """A reason or note given with an operation, cleaned (INVALID if too long or missing)."""
    return clean_text(value, field_name, Code, required=required, limit=limit)
