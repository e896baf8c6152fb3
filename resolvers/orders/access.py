"""Who is acting on an order, and whether they may: visibility, parties, authorisation.

An operation is refused, changing nothing, in this order:

1. ``NOT_FOUND``          the viewer may not see the order (another customer's, another
                          merchant's): existence is not leaked.
2. ``READ_ONLY``          the order is COMPLETED (and, for address/remark edits, confirmed).
3. ``PERMISSION_DENIED``  the viewer sees the order but holds none of the operation's roles
                          (e.g. a customer shipping, warehouse staff confirming, a merchant
                          confirming where the storefront policy has the group leader confirm).
4. ``INVALID_TRANSITION`` the order's current status (named in the message) does not allow it.
5. ``PERMISSION_DENIED``  the step exists but the table does not give it to the viewer's role
                          (e.g. a merchant cancelling a PAID order: only the platform may).
6. ``CONCURRENT_UPDATE``  another change won the race on the order's version; reload
                          (``resolvers.orders.transitions``).

Owners always count as holding every staff role.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from models.accounts import StaffRole
from models.merchants import Storefront
from models.orders import TRANSITIONS, Actor, MerchantOrder, OrderStatus, allowed
from plugins.interfaces import Confirmer, StorefrontPolicy
from plugins.registry import get_registry
from resolvers.errors import DomainError, OrderErrorCode
from resolvers.permissions import Viewer, require_user

Code = OrderErrorCode
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


class Party(StrEnum):
    """The kinds of viewer an operation admits (before the transition table has its say)."""

    CUSTOMER = "customer"  # the order's customer
    PLATFORM = "platform"  # platform admin or customer service
    ADMIN = "admin"  # platform admin only
    MERCHANT = "merchant"  # staff of the order's merchant holding one of the operation's roles
    GROUP_LEADER = "group_leader"  # leader of the order's pickup point
    COURIER = "courier"  # own-fleet courier working for the order's merchant


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


def is_staff(viewer: Viewer, merchant_id: int, roles: Iterable[StaffRole]) -> bool:
    """Staff of the merchant holding one of ``roles`` (owners hold every role)."""
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
        or is_staff(viewer, order.merchant_id, ORDER_READ_ROLES)
        or (order.pickup_point_id is not None and order.pickup_point_id in viewer.pickup_point_ids)
        or (
            viewer.is_courier
            and viewer.courier_merchant_id == order.merchant_id
            and OrderStatus(order.status) in COURIER_VISIBLE
        )
    )


def acting_as(viewer: Viewer, order: MerchantOrder, party: Party, roles) -> Acting | None:
    """The viewer as ``party`` on ``order``, or None if they are not that party."""
    uid = viewer.user_id
    if party is Party.CUSTOMER and order.customer_id == uid:
        return Acting(Actor.CUSTOMER, uid, "customer")
    if party is Party.PLATFORM and viewer.is_platform_staff:
        return Acting(Actor.ADMIN, uid, viewer.platform_role.value)
    if party is Party.ADMIN and viewer.is_admin:
        return Acting(Actor.ADMIN, uid, viewer.platform_role.value)
    if party is Party.MERCHANT and is_staff(viewer, order.merchant_id, roles):
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


def not_found() -> DomainError:
    return DomainError(Code.NOT_FOUND, "No such order.", "id")


def read_only(order: MerchantOrder) -> DomainError:
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
        raise read_only(order)
    parties = op.parties_for(policy)
    candidates = [a for p in parties if (a := acting_as(viewer, order, p, op.roles))]
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
            f"The order is {current.name}: '{op.name}' is possible only from "
            f"{', '.join(sorted(s.name for s in op.sources))}.",
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
        raise not_found()
    return order


async def refuse_typed_carrier(order: MerchantOrder, code) -> None:
    """Shipping with a typed carrier and number where the policy wants the merchant's own
    carrier account (seed 003's marketplace: the seller's courier account, batch waybills)."""
    if (await order_policy(order)).own_carrier_only:
        raise DomainError(
            code,
            "Sellers of this storefront ship with their own carrier account: use shipmentCreate "
            "or shipmentBatchCreate with the account's carrier.",
            "carrier",
        )
