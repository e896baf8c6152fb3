"""Customer-service tickets through the GraphQL API: the life of a ticket (open, replies,
assignment, statuses, history), every refusal with its code and field and nothing changed,
internal notes kept from customers and merchants, tenants kept apart (``node`` included), and
an aftersales case opened from a ticket, linked both ways."""

from __future__ import annotations

import pytest

from models.accounts import PlatformRole
from models.aftersales import AftersalesCase
from models.outbox import OutboxEvent
from models.tickets import Ticket, TicketCategory, TicketStatus
from resolvers import tickets as uc
from resolvers.errors import DomainError, TicketErrorCode
from resolvers.permissions import Viewer
from resolvers.tickets.access import MAX_OPEN_TICKETS
from tests.checkout_support import gid, pk
from tests.order_support import make_order_world, paid_order
from tests.ticket_support import TICKET_FIELDS, delivered, ok, refused, run

ONE = f"query($id: ID!) {{ ticket(id: $id) {{ {TICKET_FIELDS} }} }}"
NODE = f"query($id: ID!) {{ node(id: $id) {{ ... on Ticket {{ {TICKET_FIELDS} }} }} }}"
LISTS = """{ myTickets { totalCount nodes { id } } }"""
AGENT_LIST = """query($f: TicketFilterInput) { tickets(filter: $f) { totalCount nodes { id } } }"""
MERCHANT_LIST = """{ merchantTickets { totalCount nodes { id messages { body } } } }"""


@pytest.fixture
async def world():
    return await make_order_world()


async def _order_ticket(gql, client, world, **extra) -> tuple[str, dict]:
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    ticket = await ok(
        gql,
        "ticketOpen",
        world.customer.token,
        order=order_id,
        category="STATUS",
        subject="Where is my parcel?",
        message="It has been three days.",
        **extra,
    )
    return order_id, ticket


async def test_a_ticket_lives_from_open_to_closed_with_its_history(gql, client, world):
    order_id, ticket = await _order_ticket(gql, client, world)
    assert (ticket["status"], ticket["openedBy"], ticket["category"]) == (
        "OPEN",
        "CUSTOMER",
        "STATUS",
    )
    assert ticket["order"]["id"] == order_id
    assert [m["body"] for m in ticket["messages"]] == ["It has been three days."]
    row = await Ticket.get(id=pk(ticket["id"]))
    assert row.merchant_id == world.a.merchant.id  # copied from the order
    tid = ticket["id"]
    service = world.service.token

    assigned = await ok(
        gql, "ticketAssign", service, id=tid, agent=gid("User", world.service.user.id)
    )
    assert assigned["assigned"] is True
    await ok(gql, "ticketReply", service, id=tid, message="Which address did you give?")
    waiting = await ok(gql, "ticketSetStatus", service, id=tid, status="WAITING_ON_CUSTOMER")
    assert waiting["status"] == "WAITING_ON_CUSTOMER"
    # the customer's reply moves it back to OPEN
    reopened = await ok(gql, "ticketReply", world.customer.token, id=tid, message="12 Elm St.")
    assert reopened["status"] == "OPEN"
    resolved = await ok(gql, "ticketSetStatus", service, id=tid, status="RESOLVED", note="found")
    assert resolved["status"] == "RESOLVED"
    closed = await ok(gql, "ticketSetStatus", world.customer.token, id=tid, status="CLOSED")
    assert closed["status"] == "CLOSED"
    assert (await Ticket.get(id=pk(tid))).closed_at is not None

    steps = [(h["step"], h["party"], h["fromStatus"], h["toStatus"]) for h in closed["history"]]
    assert steps == [
        ("OPENED", "CUSTOMER", None, "OPEN"),
        ("ASSIGNED", "AGENT", "OPEN", "OPEN"),
        ("MESSAGE_ADDED", "AGENT", "OPEN", "OPEN"),
        ("STATUS_CHANGED", "AGENT", "OPEN", "WAITING_ON_CUSTOMER"),
        ("MESSAGE_ADDED", "CUSTOMER", "WAITING_ON_CUSTOMER", "OPEN"),
        ("STATUS_CHANGED", "AGENT", "OPEN", "RESOLVED"),
        ("STATUS_CHANGED", "CUSTOMER", "RESOLVED", "CLOSED"),
    ]
    assert closed["history"][5]["note"] == "found"
    assert closed["history"][1]["role"] == "customer_service"
    # every step but none of the notes made an event
    topics = [e.topic for e in await OutboxEvent.filter(aggregate="ticket").order_by("id")]
    assert topics == [
        "ticket.opened",
        "ticket.assigned",
        "ticket.message_added",
        "ticket.status_changed",
        "ticket.message_added",
        "ticket.status_changed",
        "ticket.status_changed",
    ]
    # a closed ticket takes no message and no step
    for token in (world.customer.token, service):
        error = await refused(gql, "ticketReply", token, id=tid, message="one more thing")
        assert (error["code"], error["field"]) == ("TICKET_CLOSED", "id")
    error = await refused(gql, "ticketSetStatus", service, id=tid, status="OPEN")
    assert error["code"] == "TICKET_CLOSED"


async def test_a_reply_reopens_a_resolved_ticket(gql, client, world):
    _, ticket = await _order_ticket(gql, client, world)
    await ok(gql, "ticketSetStatus", world.service.token, id=ticket["id"], status="RESOLVED")
    again = await ok(gql, "ticketReply", world.customer.token, id=ticket["id"], message="Not yet!")
    assert again["status"] == "OPEN"


async def test_customer_service_opens_a_ticket_for_a_customer(gql, world):
    ticket = await ok(
        gql,
        "ticketOpen",
        world.service.token,
        customer=gid("User", world.customer.user.id),
        category="PAYMENT",
        subject="Double charge",
        message="We noticed a double charge and are on it.",
    )
    assert (ticket["openedBy"], ticket["order"]) == ("AGENT", None)
    row = await Ticket.get(id=pk(ticket["id"]))
    assert (row.customer_id, row.merchant_id) == (world.customer.user.id, None)
    mine = (await gql(LISTS, token=world.customer.token))["data"]["myTickets"]
    assert [n["id"] for n in mine["nodes"]] == [ticket["id"]]


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"subject": "  "}, "INVALID", "subject"),
        ({"subject": "x" * 121}, "INVALID", "subject"),
        ({"message": ""}, "INVALID", "message"),
        ({"message": "x" * 4001}, "INVALID", "message"),
        ({"order": "not-an-id"}, "INVALID", "order"),
        ({"order": gid("MerchantOrder", 999999)}, "NOT_FOUND", "order"),
        ({"customer": gid("User", 424242)}, "PERMISSION_DENIED", "customer"),
    ],
)
async def test_bad_openings_are_refused_and_change_nothing(gql, world, change, code, field):
    fields = {"category": "OTHER", "subject": "Hello", "message": "A question", **change}
    error = await refused(gql, "ticketOpen", world.customer.token, **fields)
    assert (error["code"], error["field"]) == (code, field)


async def test_who_may_open_which_ticket(gql, client, world):
    base = {"category": "ADDRESS", "subject": "Address", "message": "Wrong street"}
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    # another customer's order, also for its merchant's staff: not found
    for token in (world.stranger.token, world.a.owner.token):
        error = await refused(gql, "ticketOpen", token, order=order_id, **base)
        assert (error["code"], error["field"]) == ("NOT_FOUND", "order")
    error = await refused(gql, "ticketOpen", None, **base)
    assert error["code"] == "UNAUTHENTICATED"
    # an agent names the customer or the order
    error = await refused(gql, "ticketOpen", world.service.token, **base)
    assert (error["code"], error["field"]) == ("INVALID", "customer")
    other = gid("User", world.stranger.user.id)
    error = await refused(
        gql, "ticketOpen", world.service.token, order=order_id, customer=other, **base
    )
    assert (error["code"], error["field"]) == ("INVALID", "customer")
    error = await refused(
        gql, "ticketOpen", world.service.token, customer=gid("User", 999999), **base
    )
    assert (error["code"], error["field"]) == ("NOT_FOUND", "customer")


async def test_a_customer_may_hold_a_bounded_number_of_open_tickets(gql, world):
    viewer = Viewer(user_id=world.customer.user.id)
    for i in range(MAX_OPEN_TICKETS):
        await uc.ticket_open(viewer, TicketCategory.OTHER, f"question {i}", "text")
    error = await refused(
        gql, "ticketOpen", world.customer.token, category="OTHER", subject="one more", message="x"
    )
    assert (error["code"], error["field"]) == ("TOO_MANY_OPEN_TICKETS", "customer")
    # a closed one makes room
    first = await Ticket.filter(customer_id=world.customer.user.id).order_by("id").first()
    await uc.ticket_set_status(viewer, first.id, TicketStatus.CLOSED)
    again = await run(
        gql, "ticketOpen", world.customer.token, category="OTHER", subject="now", message="x"
    )
    assert again["errors"] == []


async def test_each_party_may_make_only_its_own_moves(gql, client, world):
    _, ticket = await _order_ticket(gql, client, world)
    tid = ticket["id"]
    customer, service = world.customer.token, world.service.token
    for target in ("RESOLVED", "WAITING_ON_CUSTOMER", "OPEN"):
        error = await refused(gql, "ticketSetStatus", customer, id=tid, status=target)
        assert (error["code"], error["field"]) == ("INVALID_TRANSITION", "status"), target
    error = await refused(gql, "ticketSetStatus", service, id=tid, status="OPEN")
    assert error["code"] == "INVALID_TRANSITION"
    error = await refused(
        gql, "ticketSetStatus", service, id=tid, status="RESOLVED", note="n" * 501
    )
    assert (error["code"], error["field"]) == ("INVALID", "note")
    # merchant staff read the ticket about their order, but do not act on it
    for name, fields in (
        ("ticketReply", {"message": "We shipped it"}),
        ("ticketSetStatus", {"status": "CLOSED"}),
        ("ticketAssign", {"agent": None}),
    ):
        error = await refused(gql, name, world.a.owner.token, id=tid, **fields)
        assert (error["code"], error["field"]) == ("PERMISSION_DENIED", "id"), name
    # only agents assign, and only to agents; only agents write internal notes
    error = await refused(gql, "ticketAssign", customer, id=tid, agent=None)
    assert error["code"] == "PERMISSION_DENIED"
    for user in (world.customer.user, world.a.owner.user):
        error = await refused(gql, "ticketAssign", service, id=tid, agent=gid("User", user.id))
        assert (error["code"], error["field"]) == ("AGENT_INVALID", "agent")
    error = await refused(gql, "ticketReply", customer, id=tid, message="psst", internal=True)
    assert (error["code"], error["field"]) == ("PERMISSION_DENIED", "internal")
    error = await refused(gql, "ticketReply", customer, id=tid, message="x" * 4001)
    assert (error["code"], error["field"]) == ("INVALID", "message")
    # another customer: the ticket does not exist for them
    error = await refused(gql, "ticketReply", world.stranger.token, id=tid, message="hi")
    assert (error["code"], error["field"]) == ("NOT_FOUND", "id")


async def test_a_step_on_a_stale_read_is_a_concurrent_update(world):
    from resolvers.tickets.steps import update_ticket

    viewer = Viewer(user_id=world.customer.user.id)
    opened = await uc.ticket_open(viewer, TicketCategory.OTHER, "Hello", "A question")
    stale = await Ticket.get(id=opened.id)
    await uc.ticket_set_status(viewer, opened.id, TicketStatus.CLOSED)
    with pytest.raises(DomainError) as caught:
        await update_ticket(stale, {"subject": "changed"})
    assert caught.value.code is TicketErrorCode.CONCURRENT_UPDATE
    assert (await Ticket.get(id=opened.id)).subject == "Hello"


async def test_internal_notes_are_for_agents_only(gql, client, world):
    _, ticket = await _order_ticket(gql, client, world)
    tid = ticket["id"]
    before = await OutboxEvent.filter(aggregate="ticket").count()
    noted = await ok(gql, "ticketReply", world.service.token, id=tid, message="VIP", internal=True)
    assert [m["internal"] for m in noted["messages"]] == [False, True]
    assert noted["history"][-1]["step"] == "NOTE_ADDED"
    assert await OutboxEvent.filter(aggregate="ticket").count() == before  # no event
    for token in (world.customer.token, world.a.owner.token, world.a.orders.token):
        seen = (await gql(ONE, {"id": tid}, token=token))["data"]["ticket"]
        assert [m["body"] for m in seen["messages"]] == ["It has been three days."]
        assert "NOTE_ADDED" not in [h["step"] for h in seen["history"]]
    listed = (await gql(MERCHANT_LIST, token=world.a.owner.token))["data"]["merchantTickets"]
    assert [m["body"] for m in listed["nodes"][0]["messages"]] == ["It has been three days."]
    admin = (await gql(ONE, {"id": tid}, token=world.admin.token))["data"]["ticket"]
    assert [m["body"] for m in admin["messages"]] == ["It has been three days.", "VIP"]


async def test_tickets_are_seen_only_by_their_parties(gql, client, world):
    _, ticket = await _order_ticket(gql, client, world)
    tid = ticket["id"]
    sees = {
        world.customer.token: True,
        world.a.owner.token: True,
        world.a.orders.token: True,
        world.admin.token: True,
        world.service.token: True,
        world.stranger.token: False,
        world.b.owner.token: False,
        world.a.catalog.token: False,  # no order-reading role
        world.courier.token: False,
        None: False,
    }
    for token, expected in sees.items():
        for query in (ONE, NODE):
            data = (await gql(query, {"id": tid}, token=token))["data"]
            found = data["ticket" if query is ONE else "node"]
            assert (found is not None) == expected, (token, query[:12])
    # the lists: each party's own
    assert (await gql(LISTS, token=world.stranger.token))["data"]["myTickets"]["totalCount"] == 0
    b_list = (await gql(MERCHANT_LIST, token=world.b.owner.token))["data"]["merchantTickets"]
    assert b_list["totalCount"] == 0
    a_list = (await gql(MERCHANT_LIST, token=world.a.orders.token))["data"]["merchantTickets"]
    assert [n["id"] for n in a_list["nodes"]] == [tid]
    body = await gql(AGENT_LIST, token=world.customer.token)
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
    body = await gql(MERCHANT_LIST, token=world.customer.token)
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
    agents = await gql(AGENT_LIST, {"f": {"unassigned": True}}, token=world.service.token)
    assert [n["id"] for n in agents["data"]["tickets"]["nodes"]] == [tid]
    mine = {"f": {"assignee": gid("User", world.service.user.id)}}
    assert (await gql(AGENT_LIST, mine, token=world.service.token))["data"]["tickets"][
        "totalCount"
    ] == 0
    # a partner never sees tickets
    from tests.test_tenancy_walk import _partner

    _, key = await _partner("Acme", world.a.merchant)
    assert (await gql(NODE, {"id": tid}, token=key))["data"]["node"] is None


CASE = """mutation($input: TicketOpenCaseInput!) { ticketOpenCase(input: $input) {
  ticket { id case { id number status ticket { id } } }
  aftersalesCase { id type status ticket { id subject } }
  errors { code field message } } }"""
CASE_Q = """query($id: ID!) { aftersalesCase(id: $id) { id ticket { id } } }"""


async def _open_case(gql, token, tid, line, quantity=1, case_type="REFUND_ONLY") -> dict:
    lines = [{"orderLine": line, "quantity": quantity}]
    fields = {"id": tid, "case": {"type": case_type, "reason": "broken", "lines": lines}}
    body = await gql(CASE, {"input": fields}, token=token)
    assert "errors" not in body, body
    return body["data"]["ticketOpenCase"]


async def _case_refused(gql, token, tid, line, **kw) -> dict:
    from tests.ticket_support import state

    before = await state()
    result = await _open_case(gql, token, tid, line, **kw)
    assert result["ticket"] is None and result["aftersalesCase"] is None, result
    assert await state() == before
    return result["errors"][0]


async def test_an_agent_opens_a_case_from_a_ticket_linked_both_ways(gql, client, world):
    from models.orders import OrderLine

    order_id = await delivered(gql, client, world)
    line = str((await OrderLine.filter(order_id=pk(order_id)).first()).id)
    ticket = await ok(
        gql,
        "ticketOpen",
        world.customer.token,
        order=order_id,
        category="QUALITY",
        subject="Cracked cup",
        message="One cup arrived cracked.",
    )
    tid = ticket["id"]
    # refusals first: nothing changes
    error = await _case_refused(gql, world.customer.token, tid, line)
    assert (error["code"], error["field"]) == ("PERMISSION_DENIED", "id")
    error = await _case_refused(gql, world.service.token, tid, line, quantity=9)
    assert (error["code"], error["field"]) == ("QUANTITY_INVALID", "case.lines.0.quantity")
    error = await _case_refused(gql, world.service.token, tid, "x")
    assert (error["code"], error["field"]) == ("INVALID", "case.lines.0.orderLine")
    error = await _case_refused(gql, world.stranger.token, tid, line)
    assert (error["code"], error["field"]) == ("NOT_FOUND", "id")

    result = await _open_case(gql, world.service.token, tid, line)
    assert result["errors"] == []
    case = result["aftersalesCase"]
    assert (case["type"], case["status"]) == ("REFUND_ONLY", "REQUESTED")
    assert case["ticket"] == {"id": tid, "subject": "Cracked cup"}
    assert result["ticket"]["case"]["id"] == case["id"]
    assert result["ticket"]["case"]["ticket"] == {"id": tid}
    row = await AftersalesCase.get(id=pk(case["id"]))
    assert (row.customer_id, row.opened_by) == (world.customer.user.id, "platform")
    assert (await Ticket.get(id=pk(tid))).case_id == row.id
    # the customer and the merchant see the link from the case; another merchant nothing
    for token, expected in ((world.customer.token, tid), (world.a.owner.token, tid)):
        seen = (await gql(CASE_Q, {"id": case["id"]}, token=token))["data"]["aftersalesCase"]
        assert seen["ticket"] == {"id": expected}
    assert (await gql(CASE_Q, {"id": case["id"]}, token=world.b.owner.token))["data"][
        "aftersalesCase"
    ] is None
    # one case per ticket
    error = await _case_refused(gql, world.service.token, tid, line)
    assert (error["code"], error["field"]) == ("CASE_ALREADY_OPEN", "id")


async def test_a_case_needs_an_eligible_order(gql, client, world):
    from models.orders import OrderLine

    paid, ticket = await _order_ticket(gql, client, world)  # paid, not delivered
    line = str((await OrderLine.filter(order_id=pk(paid)).first()).id)
    error = await _case_refused(gql, world.service.token, ticket["id"], line)
    assert (error["code"], error["field"]) == ("ORDER_NOT_ELIGIBLE", "case.order")
    loose = await ok(
        gql,
        "ticketOpen",
        world.customer.token,
        category="OTHER",
        subject="A question",
        message="About nothing",
    )
    error = await _case_refused(gql, world.service.token, loose["id"], line)
    assert (error["code"], error["field"]) == ("ORDER_REQUIRED", "id")


@pytest.mark.postgres
async def test_racing_agents_move_a_ticket_once(gql, client, world):
    import asyncio

    from models.accounts import User
    from tests.support import make_user

    _, ticket = await _order_ticket(gql, client, world)
    agents = [
        await make_user(f"agent{i}@plaza.test", PlatformRole.CUSTOMER_SERVICE) for i in range(12)
    ]
    assert await User.filter(platform_role=PlatformRole.CUSTOMER_SERVICE).count() >= 12
    query = """mutation($input: TicketSetStatusInput!) { ticketSetStatus(input: $input) {
      ticket { status } errors { code } } }"""
    answers = await asyncio.gather(
        *(
            gql(query, {"input": {"id": ticket["id"], "status": "RESOLVED"}}, token=token)
            for _, token in agents
        )
    )
    codes = sorted(
        (a["data"]["ticketSetStatus"]["errors"] or [{"code": "OK"}])[0]["code"] for a in answers
    )
    assert codes.count("OK") == 1
    assert set(codes) <= {"OK", "INVALID_TRANSITION", "CONCURRENT_UPDATE"}
    row = await Ticket.get(id=pk(ticket["id"]))
    assert (row.status, row.version) == (TicketStatus.RESOLVED, 1)
    assert await OutboxEvent.filter(topic="ticket.status_changed").count() == 1


async def test_the_demo_has_a_ticket_waiting_on_its_customer():
    from models.tickets import TicketMessage
    from plaza.demo import load_demo

    await load_demo(products=3, manage_orm=False, verbose=False)
    rows = {t.number: t for t in await Ticket.all().order_by("id")}
    assert list(rows) == ["TK-DEMO-0001", "TK-DEMO-0002"]
    assert rows["TK-DEMO-0001"].status == TicketStatus.OPEN
    waiting = rows["TK-DEMO-0002"]
    assert waiting.status == TicketStatus.WAITING_ON_CUSTOMER and waiting.assignee_id
    notes = await TicketMessage.filter(ticket_id=waiting.id, internal=True).count()
    assert notes == 1


@pytest.mark.postgres
async def test_simultaneous_openings_never_pass_the_cap(world):
    import asyncio

    viewer = Viewer(user_id=world.customer.user.id)
    for i in range(MAX_OPEN_TICKETS - 1):
        await uc.ticket_open(viewer, TicketCategory.OTHER, f"question {i}", "text")

    async def attempt() -> str:
        try:
            await uc.ticket_open(viewer, TicketCategory.OTHER, "at once", "x")
        except DomainError as err:
            return err.code.name
        return "OK"

    codes = await asyncio.gather(*(attempt() for _ in range(16)))
    assert sorted(codes) == ["OK"] + ["TOO_MANY_OPEN_TICKETS"] * 15
    assert await Ticket.filter(customer_id=world.customer.user.id).count() == MAX_OPEN_TICKETS


async def test_the_lists_page_newest_first(gql, world):
    viewer = Viewer(user_id=world.customer.user.id)
    opened = [
        (await uc.ticket_open(viewer, TicketCategory.OTHER, f"q{i}", "text")).id for i in range(5)
    ]
    page = """query($after: String) { myTickets(first: 2, after: $after) {
      nodes { subject } pageInfo { hasNextPage endCursor } } }"""
    seen, after = [], None
    while True:
        body = (await gql(page, {"after": after}, token=world.customer.token))["data"]["myTickets"]
        seen += [n["subject"] for n in body["nodes"]]
        if not body["pageInfo"]["hasNextPage"]:
            break
        after = body["pageInfo"]["endCursor"]
    assert seen == [f"q{i}" for i in reversed(range(len(opened)))]
    body = await gql(page, {"after": "bogus"}, token=world.customer.token)
    assert body["errors"][0]["extensions"]["code"] == "INVALID"
