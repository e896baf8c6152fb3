"""Who may see which row: one visibility rule per kind of tenant data.

``visible(viewer, kind, row)`` answers for one row. The schema layer calls it wherever an
object of a tenant type is resolved, whatever the path (entry queries, nested fields, ``node``,
federation ``_entities``, subscription payloads), so an entry-point check is never the only
guard. The rules read only what the row already carries (``merchant_id``, ``customer_id``,
``status``, ...) or what the caller hands over with it (the orders of a group, the order of a
line): no rule runs a query.

The rules reuse the domains' own checks: ``resolvers.orders.can_view`` for merchant orders (and
everything that hangs on one: lines, history, the parcel and its tracking), and
``resolvers.aftersales.can_view_case`` for cases.

=====================  ====================================================================
kind                   who sees a row
=====================  ====================================================================
merchant_order         ``can_view``: its customer, its merchant's staff with a reading role
                       (owner, orders, warehouse, logistics, customer service), the leader of
                       its pickup point, an own-fleet courier of its merchant once shipped,
                       platform staff. Partners and anonymous viewers: never.
order_group            its customer and platform staff; anyone who sees one of its orders
                       (they see the group with their orders only, see ``group_is_whole``).
order_line,            whoever sees the order (the row is the order).
order_event,
shipment,
tracking_event
order_stream_event     a subscription's event: ``can_view`` on the event's order facts
                       (status after the step), or a partner scoped to its merchant whose key
                       admits its topic.
aftersales_case        ``can_view_case``: its customer, its merchant's reading staff, platform.
aftersales_case_line   whoever sees the case (the row is the case).
shipment_batch,        platform staff, the merchant's fulfilment staff (owner, orders,
carrier_account        warehouse, logistics).
warehouse,             platform staff, any staff of the merchant.
stock_level,
merchant_inbox_item
merchant_webhook,      platform admins, the merchant's owners.
staff_member,
staff_invitation
webhook_endpoint       platform staff, the partner that owns it.
order_group_payment    a group's payment (every merchant's share): its customer, platform staff.
order_payment          a merchant order's share of a payment: whoever sees the order.
payment_refund         under a group's payment: as order_group_payment; under an order: whoever
                       sees the order (a merchant sees only its orders' refunds).
webhook_delivery       platform staff; a partner its endpoints' deliveries (the row carries
                       the endpoint's partner); a merchant owner their merchant's own webhook's.
customer_address       its customer only (orders carry their own copy of the address).
insight_report         platform admins; the merchant's staff with a report role (owner,
                       orders); a platform-wide report (no merchant): admins only.
stock_forecast         the variant's merchant's staff (owner, orders, warehouse) only.
delivery_slot          anyone: what a customer chooses from at checkout (its capacity and
                       bookings are for the merchant's staff, field by field; its warehouse
                       is screened as a warehouse).
delivery_slot_rule     platform staff, the merchant's fulfilment staff.
ticket                 ``can_view_ticket``: its customer, the reading staff of its order's
                       merchant, platform staff. Partners: never.
ticket_entry           a ticket's message or history step: whoever sees the ticket; an
                       internal one (an agent's note), platform staff only.
review                 everyone; once hidden, platform staff, its author and the reviewed
                       merchant's staff (``resolvers.reviews.review_visible``).
shipping_template      platform staff, any staff of the merchant.
order_assignee         platform staff, the order's merchant's staff with a role reading orders
                       (not its customer, a group leader or a courier).
pick_list              platform staff, the merchant's fulfilment staff.
=====================  ====================================================================
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from models.accounts import StaffRole
from models.orders import OrderStatus
from models.webhooks import DeliveryTarget
from resolvers.aftersales import can_view_case
from resolvers.insight import may_read_forecast, may_read_report
from resolvers.orders import FULFILMENT_ROLES, ORDER_READ_ROLES, can_view, is_staff
from resolvers.permissions import Viewer
from resolvers.reviews import review_visible
from resolvers.subscriptions import is_ticket_event_topic, topic_allowed
from resolvers.tickets import can_view_entry, can_view_ticket

Rule = Callable[[Viewer, Any], bool]


@dataclass(frozen=True)
class GroupRow:
    """An order group with its merchant orders (None: not loaded, see ``group_needs_orders``)."""

    group: Any
    orders: tuple[Any, ...] | None = None


@dataclass(frozen=True)
class OrderFacts:
    """What a rule needs of an order when only its facts are at hand (a subscription event)."""

    id: int
    merchant_id: int
    customer_id: int | None
    pickup_point_id: int | None
    status: OrderStatus | None
    topic: str = ""


@dataclass(frozen=True)
class DeliveryRow:
    """A webhook delivery, with the partner owning its endpoint (None: a merchant delivery)."""

    delivery: Any
    partner_id: int | None


def group_is_whole(viewer: Viewer, group: Any) -> bool:
    """Whether the viewer sees the whole checkout (every merchant's order, the group's totals
    and payment): its customer and platform staff. Everyone else who sees the group (staff of
    one of its merchants, a group leader, a courier) sees only the orders they may see, and
    totals summed over those."""
    return viewer.user_id is not None and (
        viewer.is_platform_staff or group.customer_id == viewer.user_id
    )


def group_needs_orders(viewer: Viewer, group: Any) -> bool:
    """Whether ``order_group`` must be given the group's orders to decide."""
    return not group_is_whole(viewer, group)


def _merchant_order(viewer: Viewer, order: Any) -> bool:
    return order is not None and can_view(viewer, order)


def _order_group(viewer: Viewer, row: GroupRow) -> bool:
    if group_is_whole(viewer, row.group):
        return True
    return any(can_view(viewer, o) for o in row.orders or ())


def _stream_event(viewer: Viewer, facts: OrderFacts) -> bool:
    if is_ticket_event_topic(facts.topic):  # a ticket's step: its customer, platform staff
        return viewer.user_id is not None and (
            viewer.is_platform_staff or facts.customer_id == viewer.user_id
        )
    if viewer.partner_id is not None:
        types = frozenset(viewer.partner_event_types) or None
        return facts.merchant_id in viewer.partner_merchant_ids and topic_allowed(
            types, facts.topic
        )
    if facts.status is None:  # no status change (order.updated): as for the order's parties
        return viewer.user_id is not None and (
            viewer.is_platform_staff
            or facts.customer_id == viewer.user_id
            or is_staff(viewer, facts.merchant_id, ORDER_READ_ROLES)
            or (
                facts.pickup_point_id is not None
                and facts.pickup_point_id in viewer.pickup_point_ids
            )
        )
    return can_view(viewer, facts)


def _case(viewer: Viewer, case: Any) -> bool:
    return case is not None and can_view_case(viewer, case)


def _platform_or_staff(roles: Iterable[StaffRole] | None) -> Rule:
    """Platform staff, or staff of the row's merchant (holding one of ``roles``; None: any)."""

    def rule(viewer: Viewer, row: Any) -> bool:
        if viewer.user_id is None or row is None:
            return False
        if viewer.is_platform_staff:
            return True
        if roles is None:
            return viewer.merchant_id is not None and viewer.merchant_id == row.merchant_id
        return is_staff(viewer, row.merchant_id, roles)

    return rule


def _admin_or_owner(viewer: Viewer, row: Any) -> bool:
    return viewer.user_id is not None and (
        viewer.is_admin or is_staff(viewer, row.merchant_id, (StaffRole.OWNER,))
    )


def _endpoint(viewer: Viewer, endpoint: Any) -> bool:
    if viewer.partner_id is not None:
        return endpoint.partner_id == viewer.partner_id
    return viewer.user_id is not None and viewer.is_platform_staff


def _delivery(viewer: Viewer, row: DeliveryRow) -> bool:
    delivery = row.delivery
    if viewer.partner_id is not None:
        return (
            DeliveryTarget(delivery.target) == DeliveryTarget.PARTNER
            and row.partner_id == viewer.partner_id
        )
    if viewer.user_id is None:
        return False
    if viewer.is_platform_staff:
        return True
    return (
        DeliveryTarget(delivery.target) == DeliveryTarget.MERCHANT
        and delivery.merchant_id is not None
        and is_staff(viewer, delivery.merchant_id, (StaffRole.OWNER,))
    )


@dataclass(frozen=True)
class TicketEntryRow:
    """A ticket's message or history step: the ticket, and whether the entry is internal."""

    ticket: Any
    internal: bool = False


def _ticket(viewer: Viewer, ticket: Any) -> bool:
    return can_view_ticket(viewer, ticket)


def _ticket_entry(viewer: Viewer, row: TicketEntryRow) -> bool:
    return can_view_entry(viewer, row.ticket, row.internal)


@dataclass(frozen=True)
class RefundRow:
    """A refund, with the group (under a group's payment) or the order (under an order) it is
    seen from."""

    group: Any = None
    order: Any = None


def _refund(viewer: Viewer, row: RefundRow) -> bool:
    if row.group is not None:
        return group_is_whole(viewer, row.group)
    return row.order is not None and can_view(viewer, row.order)


RULES: dict[str, Rule] = {
    "merchant_order": _merchant_order,
    "order_group": _order_group,
    "order_line": _merchant_order,
    "order_event": _merchant_order,
    "shipment": _merchant_order,
    "tracking_event": _merchant_order,
    "order_stream_event": _stream_event,
    "aftersales_case": _case,
    "aftersales_case_line": _case,
    "shipment_batch": _platform_or_staff(FULFILMENT_ROLES),
    "carrier_account": _platform_or_staff(FULFILMENT_ROLES),
    "warehouse": _platform_or_staff(None),
    "stock_level": _platform_or_staff(None),
    "merchant_inbox_item": _platform_or_staff(None),
    "merchant_webhook": _admin_or_owner,
    "staff_member": _admin_or_owner,
    "staff_invitation": _admin_or_owner,
    "webhook_endpoint": _endpoint,
    "webhook_delivery": _delivery,
    "customer_address": lambda viewer, row: (
        viewer.user_id is not None and row.customer_id == viewer.user_id
    ),
    "insight_report": may_read_report,
    "stock_forecast": may_read_forecast,
    "delivery_slot": lambda viewer, row: row is not None,
    "delivery_slot_rule": _platform_or_staff(FULFILMENT_ROLES),
    "ticket": _ticket,
    "ticket_entry": _ticket_entry,
    "review": review_visible,
    "order_group_payment": group_is_whole,  # the whole payment: its customer, the platform
    "order_payment": _merchant_order,  # an order's share of a payment: whoever sees the order
    "payment_refund": _refund,
    "shipping_template": _platform_or_staff(None),
    "order_assignee": _platform_or_staff(ORDER_READ_ROLES),
    "pick_list": _platform_or_staff(FULFILMENT_ROLES),
}


def visible(viewer: Viewer, kind: str, row: Any) -> bool:
    """Whether ``viewer`` may see ``row`` of ``kind`` (see the table above). An unknown kind is
    a programming error, not a silent yes."""
    return RULES[kind](viewer, row)
