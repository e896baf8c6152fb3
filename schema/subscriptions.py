"""Subscriptions (graphql-transport-ws at ``/graphql``): ``orderEvents``.

    subscription { orderEvents(orderId: ID, merchantId: ID, pickupPointId: ID) {
      topic orderId orderNumber fromStatus toStatus actor reason at merchantId order { status } } }

Authentication is per connection: the ``connection_init`` payload carries
``{"Authorization": "Bearer <token or API key>"}`` (``authToken`` also works); see
``plaza.app.PlazaGraphQL.on_ws_connect``. Who may follow which events is decided by
``resolvers.subscriptions`` -- once when the subscription starts (a refusal is a GraphQL error
with ``extensions.code`` ``UNAUTHENTICATED`` / ``PERMISSION_DENIED`` / ``INVALID``, sent as the
protocol's ``error`` message) and again for every event.

Events come from the outbox relay over pub/sub, through the context's ``events`` source (which
``plaza.app`` wires to ``tasks.pubsub``'s channel ``plaza.events``: in memory, or Redis so that
every API process sees every event). Delivery is best effort: an event
published while no subscription listens (before it started, during a Redis outage) is not
replayed; the order's history (``MerchantOrder.events``) is the record. Duplicates (the relay
publishes at least once) are dropped per subscription by event id.

The credential is checked again every :data:`REVALIDATE_SECONDS` while the subscription runs: an
expired or revoked token or API key, or a viewer who lost access (staff removed, key re-scoped),
ends the stream with an ``UNAUTHENTICATED`` / ``PERMISSION_DENIED`` error within that time; the
client reconnects with a fresh token.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Mapping
from datetime import datetime
from typing import Annotated

import strawberry
from starlette.websockets import WebSocket
from strawberry import relay

from resolvers import subscriptions as rules
from resolvers.errors import DomainError, OrderErrorCode
from resolvers.permissions import Viewer
from schema.aftersales.tickets.enums import TicketStatus
from schema.base import decode_id
from schema.context import Context, Info
from schema.orders import MerchantOrder, OrderActor, OrderStatus
from schema.orders.related import resolve

# The ticket of a ticket's step, named by module path (as orders names aftersales' types).
TicketRef = Annotated["Ticket", strawberry.lazy("schema.aftersales.tickets.objects")]  # noqa: F821

#: seconds between two checks of a running subscription's credential and permissions: a revoked
#: key or token is cut off within this time (one cheap query per subscription per check). A
#: module setting, read at every check: tests and deployments may set it.
REVALIDATE_SECONDS = 5.0

#: keys of the connection_init payload that may carry the credential (first found wins)
CREDENTIAL_KEYS = ("Authorization", "authorization", "authToken", "token")


def authorization_from_params(params: Mapping | None) -> str | None:
    """The ``Authorization`` value carried by a ``connection_init`` payload, or None.

    ``{"Authorization": "Bearer <t>"}`` is used as it is; a bare ``authToken`` / ``token`` value
    gets the ``Bearer`` scheme added. Any other non-string or empty value is ignored."""
    if not isinstance(params, Mapping):
        return None
    for key in CREDENTIAL_KEYS:
        value = params.get(key)
        if isinstance(value, str) and value.strip():
            value = value.strip()
            if key in ("authToken", "token") and " " not in value:
                value = f"Bearer {value}"
            return value
    return None


def connection_authorization(context: Context) -> str | None:
    """The credential of a connection: the ``connection_init`` payload's, else the handshake's
    ``Authorization`` header (non-browser clients can send one)."""
    found = authorization_from_params(context.connection_params)
    if found is None and context.request is not None:
        headers = getattr(context.request, "headers", None)
        if headers is not None:
            found = headers.get("authorization") or None
    return found


async def current_viewer(context: Context) -> Viewer:
    """The viewer, authenticated again from the connection's credential (a token may have
    expired, or been revoked, since the connection was opened)."""
    if not isinstance(context.request, WebSocket):  # over HTTP: the request's viewer
        return context.viewer
    try:
        viewer = await context.auth.viewer_from_authorization(
            connection_authorization(context), context.request_id
        )
    except DomainError as err:
        raise DomainError(
            OrderErrorCode.UNAUTHENTICATED,
            f"{err.message} Reconnect with a fresh credential.",
        )
    context.viewer = viewer
    return viewer


@strawberry.type(description="An order event, as the `orderEvents` subscription streams it.")
class OrderStreamEvent:
    id: strawberry.ID | None = strawberry.field(
        description="The event's id; the same event is never delivered twice to a subscription."
    )
    topic: str = strawberry.field(
        description="`order.placed`, `order.<new status>` (e.g. `order.paid`) or "
        "`order.updated` (address or remark changed): the names partner keys' event types use; "
        "`ticket.<step>` (`ticket.opened`, `ticket.message_added`, ...) for a ticket's customer."
    )
    order_id: strawberry.ID | None = strawberry.field(
        description="The MerchantOrder's global ID (null: a ticket's step about no order)."
    )
    order_number: str = strawberry.field(description="Empty for a ticket about no order.")
    order_group_id: strawberry.ID | None = strawberry.field(
        description="The OrderGroup's global ID (the checkout the order was paid with)."
    )
    merchant_id: strawberry.ID | None = strawberry.field(
        description="The Merchant's global ID (null: a ticket's step about no order)."
    )
    from_status: OrderStatus | None = strawberry.field(
        description="The status before the step (null for `order.placed`)."
    )
    to_status: OrderStatus | None = strawberry.field(
        description="The status after the step (null for `order.updated`: no status change)."
    )
    actor: OrderActor | None = strawberry.field(description="The kind of party that made it.")
    reason: str
    at: datetime = strawberry.field(description="When it happened (UTC).")
    changed: list[str] = strawberry.field(
        description="`order.updated`: the fields the customer changed (`shippingAddress`, "
        "`remark`); empty for the other events."
    )
    ticket_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="`ticket.<step>` events (to the ticket's customer and platform staff): the "
        "Ticket's global ID; null for order events.",
    )
    ticket_status: TicketStatus | None = strawberry.field(
        default=None, description="A ticket's step: its status after the step."
    )
    ticket_previous_status: TicketStatus | None = strawberry.field(
        default=None, description="A ticket's step: its status before (null when opened)."
    )
    order_pk: strawberry.Private[int | None]
    # the event's tenancy facts, for the visibility rule (``schema.visibility``)
    merchant_pk: strawberry.Private[int | None]
    customer_pk: strawberry.Private[int | None]
    pickup_point_pk: strawberry.Private[int | None]

    @strawberry.field(
        description="The order as it is now (it may have moved on since this event); null for "
        "viewers who may not read it (partners get the event's fields only)."
    )
    async def order(self, info: Info) -> MerchantOrder | None:
        if self.order_pk is None:
            return None
        row = await rules.visible_order(info.context.viewer, self.order_pk)
        return MerchantOrder.from_model(row) if row is not None else None

    @classmethod
    def from_view(
        cls, view: rules.OrderEventView, event: Mapping | None = None
    ) -> OrderStreamEvent:
        """The event as streamed; ``event`` (the pub/sub message) gives its customer and pickup
        point."""
        event = event or {}
        payload = event.get("payload")
        point = payload.get("pickup_point_id") if isinstance(payload, dict) else None
        customer = event.get("customer_id")
        return cls(
            id=strawberry.ID(str(view.id)) if view.id is not None else None,
            topic=view.topic,
            order_id=strawberry.ID(str(relay.GlobalID("MerchantOrder", str(view.order_id)))),
            order_number=view.order_number,
            order_group_id=strawberry.ID(str(relay.GlobalID("OrderGroup", str(view.group_id))))
            if view.group_id is not None
            else None,
            merchant_id=strawberry.ID(str(relay.GlobalID("Merchant", str(view.merchant_id)))),
            from_status=view.from_status,
            to_status=view.to_status,
            actor=view.actor,
            reason=view.reason,
            at=view.at,
            changed=[_camel(name) for name in view.changed],
            order_pk=view.order_id,
            merchant_pk=view.merchant_id,
            customer_pk=customer if isinstance(customer, int) else None,
            pickup_point_pk=point if isinstance(point, int) else None,
        )

    @strawberry.field(description="A ticket's step: the ticket as it is now (else null).")
    async def ticket(self, info: Info) -> TicketRef | None:
        if self.ticket_id is None:
            return None
        return await resolve(TicketRef).visible(info, self.ticket_pk)

    ticket_pk: strawberry.Private[int | None] = None

    @classmethod
    def from_ticket_view(cls, view: rules.TicketEventView) -> OrderStreamEvent:
        """A ticket's step as streamed on ``orderEvents`` (``topic`` ``ticket.<step>``)."""
        return cls(
            id=strawberry.ID(str(view.id)) if view.id is not None else None,
            topic=view.topic,
            order_id=_gid("MerchantOrder", view.order_id),
            order_number="",
            order_group_id=None,
            merchant_id=_gid("Merchant", view.merchant_id),
            from_status=None,
            to_status=None,
            actor=None,
            reason="",
            at=view.at,
            changed=[],
            ticket_id=_gid("Ticket", view.ticket_id),
            ticket_status=view.to_status,
            ticket_previous_status=view.from_status,
            order_pk=view.order_id,
            merchant_pk=view.merchant_id,
            customer_pk=view.customer_id,
            pickup_point_pk=None,
            ticket_pk=view.ticket_id,
        )


def _gid(type_name: str, pk: int | None) -> strawberry.ID | None:
    return strawberry.ID(str(relay.GlobalID(type_name, str(pk)))) if pk is not None else None


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _fresh_loaders(context: Context) -> None:
    """Forget the connection's DataLoader caches: one context serves a whole WebSocket
    connection, and an event must not be answered with rows cached for an earlier one."""
    loaders = getattr(context, "_loaders", None)
    if isinstance(loaders, dict):
        loaders.clear()


async def _event_stream(
    context: Context, grant: rules.OrderEventGrant
) -> AsyncGenerator[OrderStreamEvent, None]:
    loop = asyncio.get_running_loop()
    seen = rules.RecentIds()
    async with context.events() as source:
        check_at = loop.time() + REVALIDATE_SECONDS
        while True:
            item = await source.get(within=max(0.0, check_at - loop.time()))
            if loop.time() >= check_at:
                viewer = await current_viewer(context)
                grant = await rules.authorise_order_events(
                    viewer, grant.order_id, grant.merchant_id, grant.pickup_point_id
                )
                check_at = loop.time() + REVALIDATE_SECONDS
            if item is None:
                continue
            _, message = item
            if not rules.may_receive(grant, message) or not seen.first_time(message.get("id")):
                continue
            _fresh_loaders(context)
            if rules.is_ticket_event(message):
                yield OrderStreamEvent.from_ticket_view(rules.ticket_event_view(message))
            else:
                yield OrderStreamEvent.from_view(rules.order_event_view(message), message)


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Order events as they happen, for the orders the viewer may follow: "
        "`orderId` one order (its customer, its merchant's staff, platform staff, a partner "
        "scoped to its merchant); `merchantId` a merchant's orders (its staff -- default for "
        "staff --, platform staff, partners scoped to it); `pickupPointId` a group-buy pickup "
        "point's orders (its group leader, platform staff); no argument: every order event the "
        "viewer may see (a customer's own orders, a merchant's staff their merchant's, a group "
        "leader their points', a partner its scope and event types, platform staff all). "
        "Authenticate in the "
        'connection_init payload: {"Authorization": "Bearer <token>"}.'
    )
    async def order_events(
        self,
        info: Info,
        order_id: strawberry.ID | None = None,
        merchant_id: strawberry.ID | None = None,
        pickup_point_id: strawberry.ID | None = None,
    ) -> AsyncGenerator[OrderStreamEvent, None]:
        # A plain coroutine returning the stream: a refusal is raised here, before the
        # subscription starts, and reaches the client as the protocol's `error` message.
        order_pk = (
            decode_id(order_id, "MerchantOrder", OrderErrorCode, "orderId")
            if order_id is not None
            else None
        )
        merchant_pk = (
            decode_id(merchant_id, "Merchant", OrderErrorCode, "merchantId")
            if merchant_id is not None
            else None
        )
        point_pk = (
            decode_id(pickup_point_id, "PickupPoint", OrderErrorCode, "pickupPointId")
            if pickup_point_id is not None
            else None
        )
        viewer = await current_viewer(info.context)
        grant = await rules.authorise_order_events(viewer, order_pk, merchant_pk, point_pk)
        return _event_stream(info.context, grant)
