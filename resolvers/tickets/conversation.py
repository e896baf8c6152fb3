"""The life of a ticket: replies (and agents' internal notes), assignment, status changes."""

from __future__ import annotations

from datetime import datetime

from tortoise.transactions import in_transaction

from models.accounts import PlatformRole, User
from models.tickets import (
    Ticket,
    TicketMessage,
    TicketParty,
    TicketStatus,
    TicketStep,
    ticket_allowed,
)
from resolvers.errors import DomainError
from resolvers.orders import now_utc
from resolvers.permissions import Viewer
from resolvers.tickets.access import (
    MESSAGE_MAX,
    NOTE_MAX,
    Code,
    acting_as,
    load_ticket,
    not_closed,
    text,
)
from resolvers.tickets.steps import STAMPS, record_step, update_ticket

S = TicketStatus
BOTH = (TicketParty.AGENT, TicketParty.CUSTOMER)
AGENT_ROLES = (PlatformRole.ADMIN, PlatformRole.CUSTOMER_SERVICE)
#: A customer's reply moves the ticket from these statuses back to OPEN.
REOPENED_BY_REPLY = (S.WAITING_ON_CUSTOMER, S.RESOLVED)


async def ticket_reply(
    viewer: Viewer,
    ticket_id: int,
    body: str,
    *,
    internal: bool = False,
    now: datetime | None = None,
) -> Ticket:
    """A message from the customer or an agent; ``internal``: an agent's note nobody else sees.
    A customer's reply on a ticket WAITING_ON_CUSTOMER (or RESOLVED) moves it back to OPEN."""
    now = now or now_utc()
    async with in_transaction():
        ticket = await load_ticket(viewer, ticket_id, lock=True)
        acting = acting_as(viewer, ticket, BOTH, what="reply to")
        if internal and acting.party is not TicketParty.AGENT:
            raise DomainError(
                Code.PERMISSION_DENIED, "Only customer service writes internal notes.", "internal"
            )
        not_closed(ticket)
        body = text(body, "message", required=True, limit=MESSAGE_MAX)
        current = S(ticket.status)
        changes: dict = {}
        if acting.party is TicketParty.CUSTOMER and current in REOPENED_BY_REPLY:
            changes["status"] = S.OPEN
        if not internal:
            changes["last_message_at"] = now
        if changes:
            await update_ticket(ticket, changes)
        else:  # an internal note changes no column, but it is a step: the version moves
            await update_ticket(ticket, {"updated_at": now})
        message = await TicketMessage.create(
            ticket_id=ticket.id,
            author_id=viewer.user_id,
            party=acting.party,
            body=body,
            internal=internal,
        )
        await record_step(
            ticket,
            TicketStep.NOTE_ADDED if internal else TicketStep.MESSAGE_ADDED,
            acting,
            from_status=current,
            data={"message_id": message.id},
        )
    return ticket


async def ticket_assign(viewer: Viewer, ticket_id: int, agent_id: int | None) -> Ticket:
    """Assign the ticket to a platform agent (admin or customer service), or unassign it
    (``agent_id`` None). Agents only; assigning the agent it has changes nothing."""
    async with in_transaction():
        ticket = await load_ticket(viewer, ticket_id, lock=True)
        acting = acting_as(viewer, ticket, (TicketParty.AGENT,), what="assign")
        not_closed(ticket)
        agent = None
        if agent_id is not None:
            agent = await User.get_or_none(id=agent_id, is_active=True)
            if agent is None or agent.platform_role not in AGENT_ROLES:
                raise DomainError(
                    Code.AGENT_INVALID,
                    "Tickets are assigned to platform customer service.",
                    "agent",
                )
        if ticket.assignee_id == agent_id:
            return ticket
        await update_ticket(ticket, {"assignee_id": agent_id})
        note = "unassigned" if agent is None else f"assigned to {agent.full_name or 'an agent'}"
        await record_step(
            ticket, TicketStep.ASSIGNED, acting, from_status=S(ticket.status), note=note
        )
    return ticket


async def ticket_set_status(
    viewer: Viewer,
    ticket_id: int,
    target: TicketStatus,
    note: str = "",
    *,
    now: datetime | None = None,
) -> Ticket:
    """Move the ticket as ``models.tickets.TICKET_TRANSITIONS`` allows the viewer's party."""
    now = now or now_utc()
    async with in_transaction():
        ticket = await load_ticket(viewer, ticket_id, lock=True)
        acting = acting_as(viewer, ticket, BOTH, what="change the status of")
        not_closed(ticket)
        current = S(ticket.status)
        if not ticket_allowed(current, target, acting.party):
            raise DomainError(
                Code.INVALID_TRANSITION,
                f"The ticket is {current.name}: {acting.party.value} cannot move it to "
                f"{target.name}.",
                "status",
            )
        note = text(note, "note", required=False, limit=NOTE_MAX)
        changes: dict = {"status": target}
        if target in STAMPS:
            changes[STAMPS[target]] = now
        await update_ticket(ticket, changes)
        await record_step(ticket, TicketStep.STATUS_CHANGED, acting, from_status=current, note=note)
    return ticket
