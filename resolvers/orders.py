"""The merchant-order state machine, enforced in one place, and the operations on it.

``transition`` checks the table in ``models.orders.TRANSITIONS``, moves the order with a
conditional UPDATE on (status, version) -- so of two racing transitions exactly one wins --,
records the OrderEvent and writes the outbox event, all in the caller's transaction.

Every operation below (one per mutation, plus the automatic ones the background tasks call)
goes through ``transition``. An operation is refused, changing nothing, in this order:

1. ``NOT_FOUND``          the viewer may not see the order (another customer's, another
                          merchant's): existence is not leaked.
2. ``READ_ONLY``          the order is COMPLETED (and, for address/remark edits, confirmed).
3. ``PERMISSION_DENIED``  the viewer sees the order but holds none of the operation's roles
                          (e.g. a customer shipping, warehouse staff confirming, a merchant
                          confirming where the storefront policy has the group leader confirm).
4. ``INVALID_TRANSITION`` the order's current status (named in the message) does not allow it.
5. ``PERMISSION_DENIED``  the step exists but the table does not give it to the viewer's role
                          (e.g. a merchant cancelling a PAID order: only the platform may).
6. ``CONCURRENT_UPDATE``  another change won the race on the order's version; reload.

Who may do what (roles a party needs; the table in ``models/orders.py`` has the last word):

* customer (their own orders): ``order_cancel`` (PENDING_PAYMENT | PAID), ``order_update``
  (address, remark; until CONFIRMED), ``order_confirm_receipt`` (SHIPPED -> DELIVERED).
* the storefront policy's confirmers -- platform staff (``Confirmer.ADMIN``), merchant staff with
  the ``orders`` role (``MERCHANT``), the leader of the order's pickup point (``GROUP_LEADER``):
  ``order_confirm``. ``AUTOMATIC`` storefronts are confirmed right after payment
  (``after_payment``) and nobody confirms by hand there.
* ``order_invalidate`` (PAID -> CANCELLED, refund): platform staff, and the policy's confirmers
  as far as the table lets them (today it gives PAID -> CANCELLED to admins only).
* ``order_cancel_on_request`` (PAID | CONFIRMED | PICKING | PACKED -> CANCELLED; refund and
  restock; counts as the customer's cancellation): platform staff, merchant staff (``orders``).
* merchant staff (``orders``, ``warehouse`` or ``logistics``; platform admins too):
  ``order_assign`` (CONFIRMED -> PICKING, to warehouse/logistics staff of the same merchant),
  ``order_mark_packed``, ``order_ship`` (carrier + tracking number), ``order_mark_delivery_failed``,
  ``order_reattempt_delivery``, ``order_mark_returned`` (goods back: refund, restock).
* the leader of a group-buy order's pickup point (platform admins too):
  ``order_mark_ready_for_pickup`` (the parcel arrived; the customer is told) and
  ``order_hand_over`` (SHIPPED -> DELIVERED when the customer collects it).
* own-fleet couriers of the order's merchant: ``order_mark_delivered``,
  ``order_mark_delivery_failed``, ``order_reattempt_delivery``.
* carriers (no viewer; the logistics module calls it): ``carrier_update``.
* automatic (actor SYSTEM): ``after_payment`` and ``run_automatic_transitions``.

Owners always count as holding every staff role. Cancelling an *unpaid* order cancels its whole
order group (all its merchant orders, and the group): the group is what is paid, in one
payment, so a group cannot be left payable with a total that no longer matches. A cancelled
*paid* order leaves its group PAID (the group records the payment; refunds are per order).
Refunds are queued with ``payments.refund_order`` in the operation's transaction and sent with
``payments.execute_pending_refunds`` after the commit (one that fails stays PENDING for the
periodic retry).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models import sql
from models.accounts import MerchantStaff, StaffRole
from models.aftersales import OPEN_STATUSES, AftersalesCase
from models.merchants import Storefront
from models.orders import (
    CUSTOMER_EDITABLE,
    TRANSITIONS,
    Actor,
    CancelReason,
    GroupStatus,
    InventoryMode,
    MerchantOrder,
    OrderEvent,
    OrderGroup,
    OrderStatus,
    allowed,
)
from plugins.interfaces import Confirmer, StorefrontPolicy
from plugins.registry import get_registry
from resolvers import allocation, outbox
from resolvers.errors import DomainError, OrderErrorCode, clean_text
from resolvers.permissions import Viewer, require_user

Code = OrderErrorCode
log = logging.getLogger("plaza.orders")

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
    changed = await sql.update_fields(
        MerchantOrder,
        {"status": target, **changes},
        '"id" = $1 AND "status" = $2 AND "version" = $3',
        order.id,
        current.value,
        order.version,
        increments=("version",),
    )  # optimistic: the order as read, or nothing
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
) -> OrderEvent:
    """A history entry that is not a status change (placed, address changed, ...), not written."""
    return OrderEvent(
        order_id=order.id,
        kind=kind,
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


# --- who is acting ------------------------------------------------------------------------------

S = OrderStatus

#: Staff roles that see the merchant's orders (owners always do).
ORDER_READ_ROLES = frozenset(
    {StaffRole.ORDERS, StaffRole.WAREHOUSE, StaffRole.LOGISTICS, StaffRole.CUSTOMER_SERVICE}
)
#: Staff roles that move orders through fulfilment (pick, pack, ship, delivery problems).
FULFILMENT_ROLES = frozenset({StaffRole.ORDERS, StaffRole.WAREHOUSE, StaffRole.LOGISTICS})
#: Staff roles that confirm, invalidate or cancel orders.
CONFIRM_ROLES = frozenset({StaffRole.ORDERS})
#: Roles an order may be assigned to for picking.
ASSIGNEE_ROLES = frozenset({StaffRole.WAREHOUSE, StaffRole.LOGISTICS, StaffRole.OWNER})
#: Statuses in which an own-fleet courier of the merchant sees an order.
COURIER_VISIBLE = frozenset({S.SHIPPED, S.DELIVERY_FAILED, S.DELIVERED, S.COMPLETED})
REASON_MAX = 300


class Party(StrEnum):
    """The kinds of viewer an operation admits (before the transition table has its say)."""

    CUSTOMER = "customer"  # the order's customer
    PLATFORM = "platform"  # platform admin or customer service
    ADMIN = "admin"  # platform admin only
    MERCHANT = "merchant"  # staff of the order's merchant holding one of the operation's roles
    GROUP_LEADER = "group_leader"  # leader of the order's pickup point
    COURIER = "courier"  # own-fleet courier working for the order's merchant


_PARTY_ACTOR = {
    Party.CUSTOMER: Actor.CUSTOMER,
    Party.PLATFORM: Actor.ADMIN,
    Party.ADMIN: Actor.ADMIN,
    Party.MERCHANT: Actor.MERCHANT,
    Party.GROUP_LEADER: Actor.GROUP_LEADER,
    Party.COURIER: Actor.COURIER,
}
_CONFIRMER_PARTY = {
    Confirmer.ADMIN: Party.PLATFORM,
    Confirmer.MERCHANT: Party.MERCHANT,
    Confirmer.GROUP_LEADER: Party.GROUP_LEADER,
}


@dataclass(frozen=True)
class Acting:
    """How a viewer acts on one order: the table's actor, the user, and the finer role."""

    actor: Actor
    user_id: int | None
    role: str  # "customer", "admin", "customer_service", "orders", "warehouse", "courier", ...

    def data(self, **extra) -> dict:
        return {"role": self.role, **extra}


SYSTEM = Acting(Actor.SYSTEM, None, "system")
CARRIER = Acting(Actor.CARRIER, None, "carrier")


def _is_staff(viewer: Viewer, merchant_id: int, roles: Iterable[StaffRole]) -> bool:
    return viewer.merchant_id == merchant_id and bool(
        (set(roles) | {StaffRole.OWNER}) & viewer.staff_roles
    )


def can_view(viewer: Viewer, order: MerchantOrder) -> bool:
    """The one visibility rule for a merchant order (single reads, nodes, operations)."""
    if viewer.user_id is None:
        return False
    return (
        viewer.is_platform_staff
        or order.customer_id == viewer.user_id
        or _is_staff(viewer, order.merchant_id, ORDER_READ_ROLES)
        or (order.pickup_point_id is not None and order.pickup_point_id in viewer.pickup_point_ids)
        or (
            viewer.is_courier
            and viewer.courier_merchant_id == order.merchant_id
            and OrderStatus(order.status) in COURIER_VISIBLE
        )
    )


def _acting(viewer: Viewer, order: MerchantOrder, party: Party, roles) -> Acting | None:
    """The viewer as ``party`` on ``order``, or None if they are not that party."""
    uid = viewer.user_id
    if party is Party.CUSTOMER and order.customer_id == uid:
        return Acting(Actor.CUSTOMER, uid, "customer")
    if party is Party.PLATFORM and viewer.is_platform_staff:
        return Acting(Actor.ADMIN, uid, viewer.platform_role.value)
    if party is Party.ADMIN and viewer.is_admin:
        return Acting(Actor.ADMIN, uid, viewer.platform_role.value)
    if party is Party.MERCHANT and _is_staff(viewer, order.merchant_id, roles):
        held = sorted(r.value for r in viewer.staff_roles & (set(roles) | {StaffRole.OWNER}))
        return Acting(Actor.MERCHANT, uid, ",".join(held))
    if (
        party is Party.GROUP_LEADER
        and order.pickup_point_id is not None
        and order.pickup_point_id in viewer.pickup_point_ids
    ):
        return Acting(Actor.GROUP_LEADER, uid, "group_leader")
    if (
        party is Party.COURIER
        and viewer.is_courier
        and viewer.courier_merchant_id == order.merchant_id
    ):
        return Acting(Actor.COURIER, uid, "courier")
    return None


def policy_of(storefront: Storefront) -> StorefrontPolicy:
    return get_registry().policy(storefront.policy, storefront.settings)


async def order_policy(order: MerchantOrder) -> StorefrontPolicy:
    """The policy of the order's storefront (read unless loaded with the order)."""
    storefront = order.storefront
    if not isinstance(storefront, Storefront):
        storefront = await Storefront.get(id=order.storefront_id)
    return policy_of(storefront)


# --- operations ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """One thing done to an order: its target status, the statuses it starts from, who may."""

    name: str  # for messages: "ship", "confirm", ...
    target: OrderStatus
    sources: frozenset[OrderStatus]
    parties: tuple[Party, ...]  # in order of preference when a viewer is several
    roles: frozenset[StaffRole] = field(default_factory=frozenset)  # for Party.MERCHANT
    # Which of ``parties`` the storefront policy's confirmers limit (None: no limit).
    confirmer_parties: frozenset[Party] | None = None

    def parties_for(self, policy: StorefrontPolicy | None) -> tuple[Party, ...]:
        if self.confirmer_parties is None or policy is None:
            return self.parties
        admitted = {_CONFIRMER_PARTY[c] for c in policy.confirmers if c in _CONFIRMER_PARTY}
        return tuple(p for p in self.parties if p not in self.confirmer_parties or p in admitted)


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


def _not_found() -> DomainError:
    return DomainError(Code.NOT_FOUND, "No such order.", "id")


def _read_only(order: MerchantOrder) -> DomainError:
    return DomainError(
        Code.READ_ONLY,
        f"The order is {OrderStatus(order.status).name}: it is read-only now.",
        "id",
    )


def authorise(
    viewer: Viewer, order: MerchantOrder, op: Operation, policy: StorefrontPolicy | None = None
) -> Acting:
    """Who the viewer acts as for ``op`` on ``order`` (visible to them), or the refusal."""
    current = OrderStatus(order.status)
    if current == S.COMPLETED:
        raise _read_only(order)
    parties = op.parties_for(policy)
    candidates = [a for p in parties if (a := _acting(viewer, order, p, op.roles))]
    if not candidates:
        if not parties:  # e.g. confirming where the storefront policy confirms AUTOMATICALLY
            who = "automatically"
        else:
            who = "by " + ", ".join(p.value.replace("_", " ") for p in parties)
            if op.roles and Party.MERCHANT in parties:
                who += f" (merchant staff roles: {', '.join(sorted(r.value for r in op.roles))})"
        raise DomainError(
            Code.PERMISSION_DENIED, f"You may not {op.name} this order: it is done {who}.", "id"
        )
    if current not in op.sources or (current, op.target) not in TRANSITIONS:
        raise DomainError(
            Code.INVALID_TRANSITION,
            f"The order is {current.name}: you cannot {op.name} it "
            f"(only from {', '.join(sorted(s.name for s in op.sources))}).",
            "id",
        )
    for acting in candidates:
        if allowed(current, op.target, acting.actor):
            return acting
    raise DomainError(
        Code.PERMISSION_DENIED,
        f"A {candidates[0].actor.value.replace('_', ' ')} may not {op.name} a "
        f"{current.name} order.",
        "id",
    )


async def load_visible(viewer: Viewer, order_id: int) -> MerchantOrder:
    """The order if the viewer may see it, else NOT_FOUND (its existence is not told)."""
    require_user(viewer, Code)
    order = await MerchantOrder.get_or_none(id=order_id)
    if order is None or not can_view(viewer, order):
        raise _not_found()
    return order


Apply = Callable[[MerchantOrder, Acting], Awaitable[list[int] | None]]


async def _operate(
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
    from resolvers import payments  # payments imports this module (transition)

    try:
        await payments.execute_pending_refunds(refund_ids)
    except Exception:  # the periodic retry sends what is still PENDING
        log.exception("sending refunds %s failed; they stay pending", refund_ids)


def _text(value: str | None, field_name: str, *, required: bool, limit: int = REASON_MAX) -> str:
    return clean_text(value, field_name, Code, required=required, limit=limit)


# --- cancellation: stock back, money back ---------------------------------------------------------


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
    from resolvers import payments  # payments imports this module (transition)

    due = Decimal(order.total) - Decimal(order.refunded_amount or 0)
    if due <= 0:
        return []
    refund = await payments.refund_order(order, cancel_reason.value, amount=due)
    if refund is None:
        return []
    order.refunded_amount = Decimal(order.refunded_amount or 0) + due  # the row is updated too
    return [refund.id]


async def _cancel_unpaid_group(order: MerchantOrder, acting: Acting, note: str) -> None:
    """An unpaid order is cancelled with its whole group (the group is paid in one payment).

    The group's conditional UPDATE races the payment callback and the expiry exactly as they
    race each other: one wins. If payment won, the caller gets CONCURRENT_UPDATE (cancel again:
    the paid order is then cancelled and refunded)."""
    now = now_utc()
    won = await OrderGroup.filter(id=order.group_id, status=GroupStatus.PENDING_PAYMENT).update(
        status=GroupStatus.CANCELLED,
        cancelled_at=now,
        cancel_reason=CancelReason.CUSTOMER_REQUEST.value,
    )
    if won != 1:
        fresh = await MerchantOrder.get(id=order.id)
        raise DomainError(
            Code.CONCURRENT_UPDATE,
            f"The order changed meanwhile (now {OrderStatus(fresh.status).name}); reload.",
            "id",
        )
    siblings = await MerchantOrder.filter(
        group_id=order.group_id, status=S.PENDING_PAYMENT
    ).order_by("id")
    for sibling in siblings:
        target = order if sibling.id == order.id else sibling
        extra = {} if sibling.id == order.id else {"with_order": order.number}
        await cancel_with_effects(target, acting, CancelReason.CUSTOMER_REQUEST, note, data=extra)


# --- customer -----------------------------------------------------------------------------------


async def order_cancel(viewer: Viewer, order_id: int, reason: str = "") -> MerchantOrder:
    """The customer cancels their order before it is confirmed.

    Unpaid: the whole order group is cancelled (every merchant order in it) and reservations
    released. Paid: this order is cancelled, its stock restocked and its total refunded."""
    note = _text(reason, "reason", required=False)

    async def apply(order: MerchantOrder, acting: Acting) -> list[int]:
        if OrderStatus(order.status) == S.PENDING_PAYMENT:
            await _cancel_unpaid_group(order, acting, note)
            return []
        return await cancel_with_effects(order, acting, CancelReason.CUSTOMER_REQUEST, note)

    return await _operate(viewer, order_id, CANCEL, apply)


ADDRESS_FIELDS = ("name", "phone", "city", "street")
ADDRESS_OPTIONAL = ("district", "postalCode", "country")


def clean_address(address: dict) -> dict:
    """The same shape and rules as the checkout's address."""
    if not isinstance(address, dict):
        raise DomainError(Code.INVALID, "An address is an object.", "shippingAddress")
    cleaned = {}
    for key in (*ADDRESS_FIELDS, *ADDRESS_OPTIONAL):
        value = address.get(key)
        if value is not None:
            if not isinstance(value, str) or len(value) > 200:
                raise DomainError(
                    Code.INVALID, "Address fields are text (max 200).", f"shippingAddress.{key}"
                )
            cleaned[key] = value.strip()
    for key in ADDRESS_FIELDS:
        if not cleaned.get(key):
            raise DomainError(Code.INVALID, f"The address needs a {key}.", f"shippingAddress.{key}")
    return cleaned


REMARK_MAX = 500


async def order_update(
    viewer: Viewer,
    order_id: int,
    *,
    shipping_address: dict | None = None,
    remark: str | None = None,
) -> MerchantOrder:
    """The customer changes the address and/or remark, until the order is CONFIRMED.

    Later (or on a cancelled order) it is refused with READ_ONLY and nothing changes. The
    change bumps the order's version, so a confirmation made on the old address in the same
    instant fails with CONCURRENT_UPDATE instead of confirming stale data."""
    user_id = require_user(viewer, Code)
    if shipping_address is None and remark is None:
        raise DomainError(Code.INVALID, "Give a new shipping address or remark.", None)
    address = clean_address(shipping_address) if shipping_address is not None else None
    if remark is not None:
        remark = _text(remark, "remark", required=False, limit=REMARK_MAX)
    async with in_transaction():
        order = await load_visible(viewer, order_id)
        if order.customer_id != user_id:
            raise DomainError(
                Code.PERMISSION_DENIED, "Only the customer changes an order's address.", "id"
            )
        current = OrderStatus(order.status)
        if current not in CUSTOMER_EDITABLE:
            raise DomainError(
                Code.READ_ONLY,
                f"The order is {current.name}: its address and remark can be changed only "
                "until it is confirmed.",
                "id",
            )
        if address is not None and order.pickup_point_id is not None:
            raise DomainError(
                Code.INVALID,
                "This order is collected at a pickup point: it has no delivery address.",
                "shippingAddress",
            )
        changes: dict = {}
        events: list[tuple[str, dict]] = []
        if address is not None and address != order.shipping_address:
            changes["shipping_address"] = address
            events.append(("address_changed", {"from": order.shipping_address, "to": address}))
        if remark is not None and remark != order.remark:
            changes["remark"] = remark
            events.append(("remark_changed", {"from": order.remark, "to": remark}))
        if not changes:
            return order
        changed = await MerchantOrder.filter(
            id=order.id, version=order.version, status__in=list(CUSTOMER_EDITABLE)
        ).update(version=F("version") + 1, **changes)
        if changed != 1:
            fresh = await MerchantOrder.get(id=order.id)
            if OrderStatus(fresh.status) not in CUSTOMER_EDITABLE:
                raise DomainError(
                    Code.READ_ONLY,
                    f"The order is {OrderStatus(fresh.status).name} now: its address and "
                    "remark can no longer be changed.",
                    "id",
                )
            raise DomainError(Code.CONCURRENT_UPDATE, "The order changed meanwhile; reload.", "id")
        order.version += 1
        for key, value in changes.items():
            setattr(order, key, value)
        for kind, data in events:
            await record_event(
                order,
                kind,
                Actor.CUSTOMER,
                actor_user_id=user_id,
                data={"role": "customer", **data},
            )
        await outbox.record(
            "order.updated",
            "merchant_order",
            order.id,
            {"order_number": order.number, "changed": sorted(changes), **pickup_point_of(order)},
            merchant_id=order.merchant_id,
            customer_id=order.customer_id,
        )
    return order


async def order_confirm_receipt(viewer: Viewer, order_id: int) -> MerchantOrder:
    """The customer confirms they received the goods (SHIPPED -> DELIVERED)."""
    return await _operate(viewer, order_id, CONFIRM_RECEIPT, reason="receipt confirmed")


# --- confirmers -----------------------------------------------------------------------------------


async def order_confirm(viewer: Viewer, order_id: int) -> MerchantOrder:
    """PAID -> CONFIRMED by one of the storefront policy's confirmers."""
    return await _operate(viewer, order_id, CONFIRM, reason="confirmed")


async def order_invalidate(viewer: Viewer, order_id: int, reason: str) -> MerchantOrder:
    """A paid order found invalid (fraud, unserviceable, ...): cancelled, restocked, refunded.

    Not counted as the customer's cancellation (cancel reason ``invalid_order``)."""
    note = _text(reason, "reason", required=True)

    async def apply(order: MerchantOrder, acting: Acting) -> list[int]:
        return await cancel_with_effects(order, acting, CancelReason.INVALID_ORDER, note)

    return await _operate(viewer, order_id, INVALIDATE, apply)


async def order_cancel_on_request(viewer: Viewer, order_id: int, reason: str = "") -> MerchantOrder:
    """The customer asked to cancel after confirmation (before shipping): staff do it.

    Restock and refund; cancel reason ``customer_request`` (it is the customer's doing, so it
    counts for the frequent-cancellation risk rule)."""
    note = _text(reason, "reason", required=False)

    async def apply(order: MerchantOrder, acting: Acting) -> list[int]:
        return await cancel_with_effects(
            order, acting, CancelReason.CUSTOMER_REQUEST, note, data={"on_request": True}
        )

    return await _operate(viewer, order_id, CANCEL_ON_REQUEST, apply)


# --- merchant fulfilment ----------------------------------------------------------------------


async def order_assign(
    viewer: Viewer, order_id: int, assignee_user_id: int, note: str = ""
) -> MerchantOrder:
    """CONFIRMED -> PICKING, assigned to warehouse or logistics staff of the order's merchant
    (the assignee's user id is in the event's data)."""
    note = _text(note, "note", required=False)

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
        await move_order(
            order,
            S.PICKING,
            acting,
            reason=note or "assigned for picking",
            data={"assignee_user_id": assignee_user_id},
        )

    return await _operate(viewer, order_id, ASSIGN, apply)


async def order_mark_packed(viewer: Viewer, order_id: int) -> MerchantOrder:
    """PICKING -> PACKED: packed, awaiting shipment."""
    return await _operate(viewer, order_id, MARK_PACKED, reason="packed")


async def order_ship(
    viewer: Viewer, order_id: int, carrier: str, tracking_number: str
) -> MerchantOrder:
    """PACKED -> SHIPPED with the carrier's name and the tracking number, stored on the order."""
    carrier = _text(carrier, "carrier", required=True, limit=80)
    tracking_number = _text(tracking_number, "trackingNumber", required=True, limit=80)
    return await _operate(
        viewer,
        order_id,
        SHIP,
        reason=f"shipped with {carrier}",
        updates={"carrier": carrier, "tracking_number": tracking_number},
        data={"carrier": carrier, "tracking_number": tracking_number},
    )


# --- delivery -----------------------------------------------------------------------------------


async def order_mark_delivered(viewer: Viewer, order_id: int) -> MerchantOrder:
    """SHIPPED -> DELIVERED by the merchant's own-fleet courier (or a platform admin)."""
    return await _operate(viewer, order_id, MARK_DELIVERED, reason="delivered")


READY_FOR_PICKUP = "ready_for_pickup"


async def order_mark_ready_for_pickup(
    viewer: Viewer, order_id: int, note: str = ""
) -> MerchantOrder:
    """The parcel of a group-buy order arrived at its pickup point: the leader (or the platform)
    tells the customer to collect it. A history entry and an ``order.ready_for_pickup`` event;
    the order stays SHIPPED until it is handed over. Once per order."""
    note = _text(note, "note", required=False)
    require_user(viewer, Code)
    async with in_transaction():
        order = await MerchantOrder.filter(id=order_id).select_for_update().first()
        if order is None or not can_view(viewer, order):
            raise _not_found()
        acting = _acting(viewer, order, Party.GROUP_LEADER, ()) or _acting(
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
    return await _operate(viewer, order_id, HAND_OVER, reason="collected at the pickup point")


async def order_mark_delivery_failed(viewer: Viewer, order_id: int, reason: str) -> MerchantOrder:
    """SHIPPED -> DELIVERY_FAILED (address unclear, customer unreachable, ...)."""
    note = _text(reason, "reason", required=True)
    return await _operate(viewer, order_id, MARK_DELIVERY_FAILED, reason=note)


async def order_reattempt_delivery(viewer: Viewer, order_id: int, note: str = "") -> MerchantOrder:
    """DELIVERY_FAILED -> SHIPPED: out for delivery again."""
    note = _text(note, "note", required=False)
    return await _operate(
        viewer, order_id, REATTEMPT_DELIVERY, reason=note or "delivery re-attempted"
    )


async def order_mark_returned(viewer: Viewer, order_id: int, reason: str = "") -> MerchantOrder:
    """DELIVERY_FAILED -> CANCELLED: the goods are back in the warehouse. Restock and refund;
    cancel reason ``goods_returned`` (counts as the customer's cancellation for risk)."""
    note = _text(reason, "reason", required=False)

    async def apply(order: MerchantOrder, acting: Acting) -> list[int]:
        return await cancel_with_effects(order, acting, CancelReason.GOODS_RETURNED, note)

    return await _operate(viewer, order_id, MARK_RETURNED, apply)


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
            raise _not_found()
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
        raise _read_only(order)
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


# --- automatic ------------------------------------------------------------------------------------


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
