"""Demo tickets: two customers' questions to platform customer service, one of them answered
and waiting on the customer, with an agent's internal note. Written through the ticket use
cases (so with their history and events), then given fixed numbers so the demo is the same on
every load."""

from __future__ import annotations

from models.accounts import PlatformRole, User
from models.tickets import Ticket, TicketCategory, TicketStatus
from plaza.demo.accounts import DEMO_EMAIL_DOMAIN
from resolvers import tickets
from resolvers.permissions import Viewer

#: (number, customer, category, subject, first message)
TICKETS = [
    (
        "TK-DEMO-0001",
        "alice",
        TicketCategory.PAYMENT,
        "Charged twice for one checkout?",
        "My bank shows two payments of the same amount this morning.",
    ),
    (
        "TK-DEMO-0002",
        "bob",
        TicketCategory.ADDRESS,
        "Can I change my delivery address?",
        "I am moving next week: can future parcels go to my new flat?",
    ),
]


async def write_tickets() -> int:
    """The demo tickets; how many were written."""
    emails = [f"{name}@{DEMO_EMAIL_DOMAIN}" for name in ("support", "alice", "bob")]
    users = {u.email.split("@")[0]: u for u in await User.filter(email__in=emails)}
    agent = Viewer(user_id=users["support"].id, platform_role=PlatformRole.CUSTOMER_SERVICE)
    for number, who, category, subject, message in TICKETS:
        ticket = await tickets.ticket_open(
            Viewer(user_id=users[who].id), category, subject, message
        )
        await Ticket.filter(id=ticket.id).update(number=number)
        if number == "TK-DEMO-0002":
            await tickets.ticket_assign(agent, ticket.id, users["support"].id)
            await tickets.ticket_reply(
                agent, ticket.id, "Yes: add the new address to your address book first."
            )
            await tickets.ticket_reply(
                agent, ticket.id, "Customer moves on the 12th.", internal=True
            )
            await tickets.ticket_set_status(agent, ticket.id, TicketStatus.WAITING_ON_CUSTOMER)
    return len(TICKETS)
