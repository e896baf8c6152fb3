"""The automatic transitions, actor SYSTEM: confirmation right after payment on storefronts
that confirm AUTOMATICALLY (``after_payment``, called by ``resolvers.payments``), and the
periodic sweep (``run_automatic_transitions``) that confirms, receives and completes due orders.
"""

from __future__ import annotations

import logging
from datetime import datetime

from tortoise.transactions import in_transaction

from models.aftersales import OPEN_STATUSES, AftersalesCase
from models.merchants import Storefront
from models.orders import MerchantOrder, OrderStatus
from resolvers.errors import DomainError
from resolvers.orders.access import SYSTEM, order_policy, policy_of
from resolvers.orders.operations import move_order
from resolvers.orders.transitions import now_utc

S = OrderStatus
log = logging.getLogger("plaza.orders")


async def after_payment(order: MerchantOrder, now: datetime | None = None) -> None:
    """Called by the payment step right after an order became PAID (in its transaction):
    storefronts whose policy confirms AUTOMATICALLY have the order CONFIRMED at once.

    Never fails the payment: if the move is refused the order stays PAID and
    ``run_automatic_transitions`` confirms it later."""
    policy = await order_policy(order)
    if not policy.auto_confirm:
        return
    try:
        await move_order(
            order,
            S.CONFIRMED,
            SYSTEM,
            reason="confirmed automatically (storefront policy)",
            now=now,
        )
    except DomainError as exc:  # the UPDATE changed nothing: the transaction is intact
        log.warning("automatic confirmation of order %s refused: %s", order.id, exc.message)


async def orders_with_open_aftersales_case(order_ids: list[int]) -> set[int]:
    """The ids (of ``order_ids``) that have an open aftersales case: they are not completed
    automatically until the case is resolved, rejected or withdrawn."""
    if not order_ids:
        return set()
    ids = await AftersalesCase.filter(
        order_id__in=order_ids, status__in=list(OPEN_STATUSES)
    ).values_list("order_id", flat=True)
    return set(ids)


AUTO_BATCH = 200


async def _auto_move(
    order_id: int, expected: OrderStatus, target: OrderStatus, reason: str, now: datetime
) -> bool:
    """One due order moved in its own transaction; False if it moved meanwhile."""
    try:
        async with in_transaction():
            order = await MerchantOrder.get_or_none(id=order_id, status=expected)
            if order is None:
                return False
            await move_order(order, target, SYSTEM, reason=reason, now=now)
        return True
    except DomainError:  # lost a race (customer confirmed receipt, another sweep, ...)
        return False


async def run_automatic_transitions(
    now: datetime | None = None, limit: int = AUTO_BATCH
) -> dict[str, int]:
    """Move every due order, at most ``limit`` per kind per run (call again while any count
    equals ``limit``). Idempotent and safe to run in several workers at once.

    * ``confirmed``: PAID orders of AUTOMATIC-confirm storefronts (a safety net: normally
      ``after_payment`` confirmed them already);
    * ``received``: SHIPPED for the policy's ``auto_receive_after`` -> DELIVERED;
    * ``completed``: DELIVERED for the policy's ``auto_complete_after`` with no open aftersales
      case -> COMPLETED (read-only from then); ``blocked`` counts those held by a case;
    * ``skipped``: due orders another change moved first.

    Each query is on an index (status, storefront, time) and limited; each order moves in its
    own short transaction, actor SYSTEM, with ``now`` as the time stamped on it."""
    now = now or now_utc()
    result = {"confirmed": 0, "received": 0, "completed": 0, "blocked": 0, "skipped": 0}
    policies = {sf.id: policy_of(sf) for sf in await Storefront.all()}

    async def run(ids: list[int], expected: S, target: S, key: str, reason: str) -> None:
        for order_id in ids:
            moved = await _auto_move(order_id, expected, target, reason, now)
            result[key if moved else "skipped"] += 1

    auto = [sid for sid, p in policies.items() if p.auto_confirm]
    if auto:
        ids = await (
            MerchantOrder.filter(status=S.PAID, storefront_id__in=auto)
            .order_by("paid_at", "id")
            .limit(limit)
            .values_list("id", flat=True)
        )
        await run(list(ids), S.PAID, S.CONFIRMED, "confirmed", "confirmed automatically")

    left = limit
    for sid, policy in sorted(policies.items()):
        if left <= 0:
            break
        ids = await (
            MerchantOrder.filter(
                status=S.SHIPPED, storefront_id=sid, shipped_at__lte=now - policy.auto_receive_after
            )
            .order_by("shipped_at", "id")
            .limit(left)
            .values_list("id", flat=True)
        )
        left -= len(ids)
        await run(
            list(ids),
            S.SHIPPED,
            S.DELIVERED,
            "received",
            f"receipt confirmed automatically after {policy.auto_receive_after.days} days",
        )

    left = limit
    for sid, policy in sorted(policies.items()):
        if left <= 0:
            break
        ids = list(
            await MerchantOrder.filter(
                status=S.DELIVERED,
                storefront_id=sid,
                delivered_at__lte=now - policy.auto_complete_after,
            )
            .order_by("delivered_at", "id")
            .limit(left)
            .values_list("id", flat=True)
        )
        left -= len(ids)
        blocked = await orders_with_open_aftersales_case(ids)
        result["blocked"] += len(blocked)
        await run(
            [i for i in ids if i not in blocked],
            S.DELIVERED,
            S.COMPLETED,
            "completed",
            "completed: aftersales window over, no open case",
        )
    return result
