"""Who may receive which order event: the rules behind the ``orderEvents`` subscription.

Plain functions, no GraphQL (the schema layer and the tests call them):

* :func:`authorise_order_events` runs once when a subscription starts (and again whenever the
  stream re-checks its credential). It refuses what the viewer may not follow with a
  ``DomainError`` (``UNAUTHENTICATED``, ``PERMISSION_DENIED``, ``INVALID``) and otherwise returns
  an :class:`OrderEventGrant`: the filters the subscriber asked for plus what the viewer is
  entitled to.
* :func:`may_receive` decides for every single event on the bus. It re-checks tenancy from the
  event's own ``merchant_id`` / ``customer_id`` / ``aggregate_id``, so an omitted filter argument
  never widens what a viewer sees: without arguments a customer receives their own orders' events,
  merchant staff their merchant's, a partner its scope's, platform staff everything.

Who may follow what:

==================  ======================================================================
viewer              may subscribe to
==================  ======================================================================
anonymous           nothing (``UNAUTHENTICATED``)
customer            their own orders (no argument), or one of them (``orderId``)
merchant staff      their merchant's orders (``merchantId`` defaults to theirs; another
                    merchant's is ``PERMISSION_DENIED``); staff roles as for reading orders
                    (owner, orders, warehouse, logistics, customer service -- not catalog)
platform staff      anything (admin and customer service)
partner (API key)   the merchants in its key's scope, and only the key's ``event_types``
                    (exact topics such as ``order.paid``, or ``order.*`` / ``*``; an empty list
                    means every order event)
group leader        the orders of the pickup points they lead (no argument: all of them;
                    ``pickupPointId``: one of them; another point's is ``PERMISSION_DENIED``)
others who can see  one order by ``orderId`` (e.g. an own-fleet courier of its merchant): the
one order           order query's rule, ``can_view``
==================  ======================================================================

An ``orderId`` the viewer may not see and one that does not exist get the same
``PERMISSION_DENIED``: whether an order exists is not told.

Order events are the outbox events with a topic ``order.<...>`` on aggregate ``merchant_order``
(``order.placed``, one per status change -- ``order.paid``, ``order.cancelled``, ... -- and
``order.updated`` when the customer edits the address or remark), as the relay publishes
them: ``{id, topic, aggregate, aggregate_id, merchant_id, customer_id, payload, created_at}``.
A group-buy order's events carry its ``pickup_point_id`` in the payload.

Ticket events (``ticket.<step>`` on aggregate ``ticket``, ``models.tickets``) go over the same
stream to the ticket's customer and to platform staff only -- never to merchant staff or
partners (partners get them as webhooks); ``orderId`` / ``merchantId`` filters apply to the
order the ticket is about, and a ``pickupPointId`` filter or a partner key excludes them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from models.accounts import StaffRole
from models.orders import Actor, MerchantOrder, OrderStatus
from models.tickets import TICKET_AGGREGATE, TICKET_TOPIC_PREFIX, TicketStatus
from resolvers.errors import DomainError, OrderErrorCode
from resolvers.orders import ORDER_READ_ROLES, can_view
from resolvers.permissions import Viewer

Code = OrderErrorCode

ORDER_TOPIC_PREFIX = "order."
ORDER_AGGREGATE = "merchant_order"


@dataclass(frozen=True)
class OrderEventGrant:
    """What one subscription delivers: its filters, and what its viewer is entitled to."""

    # filters the subscriber asked for (None: no filter)
    order_id: int | None = None
    merchant_id: int | None = None
    pickup_point_id: int | None = None
    # entitlements (an event passes if one of them covers it)
    everything: bool = False  # platform staff
    customer_id: int | None = None  # the viewer's own orders, as a customer
    merchant_ids: frozenset[int] = frozenset()  # staff: their merchant; partner: its scope
    order_ids: frozenset[int] = frozenset()  # single orders the viewer may see (``can_view``)
    pickup_point_ids: frozenset[int] = frozenset()  # a group leader's points
    # restriction on topics (a partner key's event types); None: every order event
    event_types: frozenset[str] | None = None


def _denied(message: str, field: str | None = None) -> DomainError:
    return DomainError(Code.PERMISSION_DENIED, message, field)


def topic_allowed(event_types: Iterable[str] | None, topic: str) -> bool:
    """Whether ``topic`` is among ``event_types`` (exact, ``prefix.*`` or ``*``); None: all."""
    if event_types is None:
        return True
    for wanted in event_types:
        if wanted in ("*", topic) or (wanted.endswith(".*") and topic.startswith(wanted[:-1])):
            return True
    return False


def _reads_merchant_orders(viewer: Viewer) -> bool:
    return viewer.merchant_id is not None and bool(
        viewer.staff_roles & (ORDER_READ_ROLES | {StaffRole.OWNER})
    )


def _partner_event_types(viewer: Viewer) -> frozenset[str] | None:
    """The order topics a partner key admits (None: all of them), or PERMISSION_DENIED."""
    types = frozenset(viewer.partner_event_types)
    if not types:
        return None
    if not any(
        t in ("*", "order.*") or t.startswith(ORDER_TOPIC_PREFIX) for t in types
    ):  # the key only carries other events (payments, ...)
        raise _denied("Your API key does not include any order event type.")
    return types


async def authorise_order_events(
    viewer: Viewer,
    order_id: int | None = None,
    merchant_id: int | None = None,
    pickup_point_id: int | None = None,
) -> OrderEventGrant:
    """The grant for an ``orderEvents(orderId, merchantId, pickupPointId)`` subscription, or
    the refusal."""
    if not viewer.is_authenticated:
        raise DomainError(
            Code.UNAUTHENTICATED,
            "Sign in to follow order events: send "
            '{"Authorization": "Bearer <token>"} in the connection_init payload.',
        )
    everything = viewer.is_platform_staff
    customer_id = viewer.user_id
    merchant_ids: set[int] = set()
    event_types: frozenset[str] | None = None
    if _reads_merchant_orders(viewer):
        merchant_ids.add(viewer.merchant_id)
    if viewer.partner_id is not None:
        event_types = _partner_event_types(viewer)
        merchant_ids |= set(viewer.partner_merchant_ids)
        if not merchant_ids:
            raise _denied("Your API key is not scoped to any merchant.")

    if merchant_id is not None and not (everything or merchant_id in merchant_ids):
        raise _denied("You may not follow this merchant's orders.", "merchantId")
    pickup_point_ids = frozenset(viewer.pickup_point_ids)
    if pickup_point_id is not None and not (everything or pickup_point_id in pickup_point_ids):
        raise _denied("You may not follow this pickup point's orders.", "pickupPointId")

    order_ids: frozenset[int] = frozenset()
    if order_id is not None:
        order = await MerchantOrder.get_or_none(id=order_id)
        visible = order is not None and (
            can_view(viewer, order)
            or (viewer.partner_id is not None and order.merchant_id in viewer.partner_merchant_ids)
        )
        if not visible:  # unknown or someone else's: the same answer
            raise _denied("You may not follow this order.", "orderId")
        if merchant_id is not None and order.merchant_id != merchant_id:
            raise DomainError(Code.INVALID, "This order is not one of that merchant's.", "orderId")
        order_ids = frozenset({order.id})

    return OrderEventGrant(
        order_id=order_id,
        merchant_id=merchant_id,
        everything=everything,
        customer_id=customer_id,
        merchant_ids=frozenset(merchant_ids),
        order_ids=order_ids,
        pickup_point_id=pickup_point_id,
        pickup_point_ids=pickup_point_ids,
        event_types=event_types,
    )


def is_order_event(event: dict) -> bool:
    """An event about one merchant order, with the fields the rules need."""
    topic = event.get("topic")
    return (
        isinstance(topic, str)
        and topic.startswith(ORDER_TOPIC_PREFIX)
        and event.get("aggregate") == ORDER_AGGREGATE
        and isinstance(event.get("aggregate_id"), int)
        and isinstance(event.get("merchant_id"), int)
    )


def is_ticket_event_topic(topic: object) -> bool:
    return isinstance(topic, str) and topic.startswith(TICKET_TOPIC_PREFIX)


def is_ticket_event(event: dict) -> bool:
    """A step of a customer-service ticket (``ticket.<step>``, aggregate ``ticket``)."""
    return (
        is_ticket_event_topic(event.get("topic"))
        and event.get("aggregate") == TICKET_AGGREGATE
        and isinstance(event.get("aggregate_id"), int)
        and isinstance(event.get("customer_id"), int)
    )


def _may_receive_ticket(grant: OrderEventGrant, event: dict) -> bool:
    """A ticket's step reaches its customer and platform staff only (partners learn of tickets
    through webhooks; merchant staff read them); the filters apply to the order it is about."""
    payload = event.get("payload")
    order_id = payload.get("order_id") if isinstance(payload, dict) else None
    if grant.pickup_point_id is not None or grant.event_types is not None:
        return False
    if grant.order_id is not None and order_id != grant.order_id:
        return False
    if grant.merchant_id is not None and event.get("merchant_id") != grant.merchant_id:
        return False
    return grant.everything or (
        grant.customer_id is not None and event["customer_id"] == grant.customer_id
    )


def may_receive(grant: OrderEventGrant, event: dict) -> bool:
    """Whether the subscriber holding ``grant`` receives ``event`` (a pub/sub message)."""
    if is_ticket_event(event):
        return _may_receive_ticket(grant, event)
    if not is_order_event(event):
        return False
    order_id = event["aggregate_id"]
    merchant_id = event["merchant_id"]
    customer_id = event.get("customer_id")
    payload = event.get("payload")
    pickup_point_id = payload.get("pickup_point_id") if isinstance(payload, dict) else None
    if grant.order_id is not None and order_id != grant.order_id:
        return False
    if grant.merchant_id is not None and merchant_id != grant.merchant_id:
        return False
    if grant.pickup_point_id is not None and pickup_point_id != grant.pickup_point_id:
        return False
    if not topic_allowed(grant.event_types, event["topic"]):
        return False
    return (
        grant.everything
        or (grant.customer_id is not None and customer_id == grant.customer_id)
        or merchant_id in grant.merchant_ids
        or order_id in grant.order_ids
        or (pickup_point_id is not None and pickup_point_id in grant.pickup_point_ids)
    )


# --- what a subscriber is told ------------------------------------------------------------------


@dataclass(frozen=True)
class OrderEventView:
    """An order event in the API's terms (parsed from the pub/sub message)."""

    id: int | None
    topic: str
    order_id: int
    order_number: str
    group_id: int | None
    merchant_id: int
    from_status: OrderStatus | None
    to_status: OrderStatus | None
    actor: Actor | None
    reason: str
    at: datetime
    changed: tuple[str, ...] = ()  # order.updated: the fields the customer changed


def _enum(kind, value):
    try:
        return kind(value) if value is not None else None
    except ValueError:
        return None


def _time(value) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def order_event_view(event: dict) -> OrderEventView:
    """The view of an order event (``is_order_event``). ``order.placed`` carries ``status``
    rather than ``from``/``to``, ``order.updated`` only ``changed``; ``at`` falls back to when
    the event was written."""
    payload = event.get("payload") or {}
    group_id = payload.get("group_id")
    changed = payload.get("changed")
    return OrderEventView(
        id=event.get("id") if isinstance(event.get("id"), int) else None,
        topic=event["topic"],
        order_id=event["aggregate_id"],
        order_number=str(payload.get("order_number") or ""),
        group_id=group_id if isinstance(group_id, int) else None,
        merchant_id=event["merchant_id"],
        from_status=_enum(OrderStatus, payload.get("from")),
        to_status=_enum(OrderStatus, payload.get("to", payload.get("status"))),
        actor=_enum(Actor, payload.get("actor")),
        reason=str(payload.get("reason") or ""),
        at=_time(payload.get("at"))
        or _time(event.get("created_at"))
        or datetime.now(UTC).replace(microsecond=0),
        changed=tuple(str(c) for c in changed) if isinstance(changed, list) else (),
    )


@dataclass(frozen=True)
class TicketEventView:
    """A ticket's step in the API's terms (parsed from the pub/sub message)."""

    id: int | None
    topic: str
    ticket_id: int
    ticket_number: str
    customer_id: int
    order_id: int | None
    merchant_id: int | None
    from_status: TicketStatus | None
    to_status: TicketStatus | None
    at: datetime


def ticket_event_view(event: dict) -> TicketEventView:
    """The view of a ticket event (``is_ticket_event``)."""
    payload = event.get("payload") or {}
    order_id = payload.get("order_id")
    merchant_id = event.get("merchant_id")
    return TicketEventView(
        id=event.get("id") if isinstance(event.get("id"), int) else None,
        topic=event["topic"],
        ticket_id=event["aggregate_id"],
        ticket_number=str(payload.get("ticket_number") or ""),
        customer_id=event["customer_id"],
        order_id=order_id if isinstance(order_id, int) else None,
        merchant_id=merchant_id if isinstance(merchant_id, int) else None,
        from_status=_enum(TicketStatus, payload.get("from")),
        to_status=_enum(TicketStatus, payload.get("to")),
        at=_time(event.get("created_at")) or datetime.now(UTC).replace(microsecond=0),
    )


async def visible_order(viewer: Viewer, order_id: int) -> MerchantOrder | None:
    """The order now, if the viewer may see it (the order query's rule), else None."""
    order = await MerchantOrder.get_or_none(id=order_id)
    return order if order is not None and can_view(viewer, order) else None


class RecentIds:
    """The last ``size`` event ids seen: the relay delivers at least once, so an event may
    arrive twice (a relay retry; two relays on one SQLite file); deliver it once."""

    def __init__(self, size: int = 1000) -> None:
        self.size = size
        self._ids: OrderedDict[int, None] = OrderedDict()

    def first_time(self, event_id: int | None) -> bool:
        """True the first time ``event_id`` is offered (None: cannot tell, always True)."""
        if event_id is None:
            return True
        if event_id in self._ids:
            return False
        self._ids[event_id] = None
        if len(self._ids) > self.size:
            self._ids.popitem(last=False)
        return True
