"""Ticket events: each step's outbox event reaches the ticket's customer over ``orderEvents``
(and platform staff), never another customer, a merchant's staff or a partner; and partners'
webhooks of the ticket's order's merchant only (never another merchant's, never a ticket about
no order), with ids and statuses and not a word of the messages."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from models.accounts import PlatformRole, StaffRole
from models.outbox import OutboxEvent
from models.tickets import TicketCategory, TicketStatus
from models.webhooks import WebhookDelivery
from resolvers import subscriptions as rules
from resolvers import tickets as uc
from resolvers.permissions import Viewer
from resolvers.webhooks import fan_out
from schema.subscriptions import OrderStreamEvent
from schema.visibility import screen
from tasks.outbox import event_message, handlers_for
from tasks.webhooks import fan_out_to_endpoints
from tests.checkout_support import gid, pk
from tests.order_support import make_order_world, paid_order
from tests.test_subscriptions import ws_url  # noqa: F401 (the fixture)
from tests.test_tenancy_walk import _partner


@pytest.fixture
async def world():
    return await make_order_world()


def _viewer(party, **extra) -> Viewer:
    return Viewer(user_id=party.user.id, **extra)


async def _ticket_about_a(gql, client, world):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    ticket = await uc.ticket_open(
        _viewer(world.customer),
        TicketCategory.ADDRESS,
        "Wrong address",
        "Please send it to 12 Elm Street, my secret code is 4711",
        order_id=pk(order_id),
    )
    return pk(order_id), ticket


async def _grant(viewer: Viewer, **filters) -> rules.OrderEventGrant:
    return await rules.authorise_order_events(viewer, **filters)


async def test_a_ticket_step_reaches_its_customer_over_order_events(gql, client, world):
    order_id, ticket = await _ticket_about_a(gql, client, world)
    await uc.ticket_reply(
        Viewer(user_id=world.service.user.id, platform_role=PlatformRole.CUSTOMER_SERVICE),
        ticket.id,
        "On it",
    )
    events = await OutboxEvent.filter(aggregate="ticket").order_by("id")
    assert [e.topic for e in events] == ["ticket.opened", "ticket.message_added"]
    message = event_message(events[1])
    assert rules.is_ticket_event(message)

    customer = _viewer(world.customer)
    staff_a = _viewer(
        world.a.orders, merchant_id=world.a.merchant.id, staff_roles=frozenset({StaffRole.ORDERS})
    )
    admin = Viewer(user_id=world.admin.user.id, platform_role=PlatformRole.ADMIN)
    partner = Viewer(
        partner_id=1,
        partner_merchant_ids=frozenset({world.a.merchant.id}),
        partner_event_types=frozenset(),
    )
    expected = {
        "customer": (customer, True),
        "customer, that order": (customer, True),
        "other customer": (_viewer(world.stranger), False),
        "staff of the order's merchant": (staff_a, False),
        "partner of the order's merchant": (partner, False),
        "platform": (admin, True),
    }
    for name, (viewer, gets) in expected.items():
        filters = {"order_id": order_id} if name == "customer, that order" else {}
        grant = await _grant(viewer, **filters)
        assert rules.may_receive(grant, message) is gets, name

    # what the stream yields, through the schema's screen: the ticket's ids and statuses
    view = rules.ticket_event_view(message)
    streamed = OrderStreamEvent.from_ticket_view(view)
    assert streamed.ticket_id == gid("Ticket", ticket.id)
    assert streamed.order_id == gid("MerchantOrder", order_id)
    assert (streamed.ticket_previous_status.value, streamed.ticket_status.value) == (
        "open",
        "open",
    )

    async def stream():
        yield streamed

    async def delivered(viewer: Viewer) -> int:
        info = SimpleNamespace(context=SimpleNamespace(viewer=viewer))
        return len([e async for e in screen(stream(), info)])

    assert await delivered(customer) == 1
    assert await delivered(_viewer(world.stranger)) == 0
    assert await delivered(staff_a) == 0
    assert await delivered(partner) == 0
    assert await delivered(admin) == 1


async def test_an_order_subscription_gets_only_that_orders_ticket_steps(gql, client, world):
    order_id, _ = await _ticket_about_a(gql, client, world)
    other = await paid_order(gql, client, world.customer, world.mall, world.b.variant)
    loose = await uc.ticket_open(_viewer(world.customer), TicketCategory.OTHER, "Hi", "Question")
    messages = {
        e.aggregate_id: event_message(e)
        for e in await OutboxEvent.filter(topic="ticket.opened").order_by("id")
    }
    grant = await _grant(_viewer(world.customer), order_id=pk(other))
    assert not any(rules.may_receive(grant, m) for m in messages.values())
    grant = await _grant(_viewer(world.customer), order_id=order_id)
    assert [t for t, m in messages.items() if rules.may_receive(grant, m)] == [
        t for t in messages if t != loose.id
    ]
    grant = await _grant(_viewer(world.customer))
    assert all(rules.may_receive(grant, m) for m in messages.values())


async def test_partner_webhooks_carry_ticket_steps_of_their_merchant_only(gql, client, world):
    assert fan_out_to_endpoints in handlers_for("ticket.opened")
    await _partner("Partner A", world.a.merchant)  # endpoints get the events after they exist
    await _partner("Partner B", world.b.merchant)
    _, ticket = await _ticket_about_a(gql, client, world)
    await uc.ticket_open(_viewer(world.customer), TicketCategory.OTHER, "No order", "Hello there")
    for event in await OutboxEvent.filter(aggregate="ticket").order_by("id"):
        await fan_out(event.id)
    deliveries = await WebhookDelivery.filter(event_type__startswith="ticket.").prefetch_related(
        "endpoint"
    )
    assert len(deliveries) == 1  # one endpoint, one event: the ticket about A's order
    (delivery,) = deliveries
    assert delivery.merchant_id == world.a.merchant.id
    assert delivery.endpoint.merchant_ids == [world.a.merchant.id]
    body = json.loads(delivery.body)
    assert body["type"] == "ticket.opened"
    data = body["data"]
    assert data["ticketId"] == gid("Ticket", ticket.id)
    assert data["orderId"] == gid("MerchantOrder", ticket.order_id)
    assert data["merchantId"] == gid("Merchant", world.a.merchant.id)
    assert (data["category"], data["status"]) == ("ADDRESS", "OPEN")
    assert "4711" not in delivery.body and "Elm" not in delivery.body


TICKET_EVENTS = """subscription { orderEvents {
  topic ticketId ticketStatus ticketPreviousStatus orderId merchantId
  ticket { id subject status messages { body internal } } } }"""
OPEN = """mutation($input: TicketOpenInput!) { ticketOpen(input: $input) {
  ticket { id } errors { code } } }"""


async def test_the_customer_receives_the_tickets_steps_live(ws_url, gql, world):  # noqa: F811
    """Over a real graphql-transport-ws connection: the customer's subscription gets their
    ticket's steps; another customer's gets only their own (its first event is its own)."""
    from tests.test_subscriptions import bearer, subscribed, ws_session

    async with (
        ws_session(ws_url, bearer(world.customer.token)) as mine,
        ws_session(ws_url, bearer(world.stranger.token)) as theirs,
    ):
        op_mine = await mine.subscribe(TICKET_EVENTS)
        op_theirs = await theirs.subscribe(TICKET_EVENTS)
        await subscribed(2)
        fields = {"category": "OTHER", "subject": "Gift wrap?", "message": "Is it possible?"}
        opened = await gql(OPEN, {"input": fields}, token=world.customer.token)
        tid = opened["data"]["ticketOpen"]["ticket"]["id"]
        agent = Viewer(user_id=world.service.user.id, platform_role=PlatformRole.CUSTOMER_SERVICE)
        await uc.ticket_reply(agent, pk(tid), "secret", internal=True)  # no event
        await uc.ticket_set_status(agent, pk(tid), TicketStatus.WAITING_ON_CUSTOMER)

        first = (await mine.next_payload(op_mine))["data"]["orderEvents"]
        assert (first["topic"], first["ticketId"], first["ticketStatus"]) == (
            "ticket.opened",
            tid,
            "OPEN",
        )
        assert (first["orderId"], first["merchantId"]) == (None, None)
        assert first["ticket"]["subject"] == "Gift wrap?"
        assert [m["body"] for m in first["ticket"]["messages"]] == ["Is it possible?"]
        second = (await mine.next_payload(op_mine))["data"]["orderEvents"]
        assert (second["topic"], second["ticketPreviousStatus"], second["ticketStatus"]) == (
            "ticket.status_changed",
            "OPEN",
            "WAITING_ON_CUSTOMER",
        )
        # the other customer's first event is their own ticket's, not the one above
        fields = {"category": "OTHER", "subject": "Mine", "message": "My own question"}
        own = await gql(OPEN, {"input": fields}, token=world.stranger.token)
        got = (await theirs.next_payload(op_theirs))["data"]["orderEvents"]
        assert got["ticketId"] == own["data"]["ticketOpen"]["ticket"]["id"] != tid
