"""One step of a ticket: the conditional change of its row, its history row and the outbox
event ``ticket.<step>`` (none for an internal note). Every step of every ticket goes through
``update_ticket`` and ``record_step``."""

from __future__ import annotations

from datetime import datetime

from models.repository.tickets import update_ticket_if_unchanged
from models.tickets import (
    TICKET_AGGREGATE,
    Ticket,
    TicketCategory,
    TicketHistory,
    TicketStatus,
    TicketStep,
)
from resolvers import outbox
from resolvers.errors import DomainError
from resolvers.tickets.access import Code, TicketActing

S = TicketStatus

#: The timestamp a status stamps on the ticket.
STAMPS = {S.RESOLVED: "resolved_at", S.CLOSED: "closed_at"}


async def update_ticket(ticket: Ticket, changes: dict) -> None:
    """Change the ticket as read (same status and version) or raise CONCURRENT_UPDATE."""
    changed = await update_ticket_if_unchanged(
        ticket.id, S(ticket.status).value, ticket.version, changes
    )
    if changed != 1:
        raise DomainError(Code.CONCURRENT_UPDATE, "The ticket changed meanwhile; reload.", "id")
    ticket.version += 1
    for key, value in changes.items():
        setattr(ticket, key, value)


async def record_step(
    ticket: Ticket,
    step: TicketStep,
    acting: TicketActing,
    *,
    from_status: TicketStatus | None,
    note: str = "",
    data: dict | None = None,
    now: datetime | None = None,
) -> None:
    """The history row of the step and, unless it is an internal note, the outbox event
    ``ticket.<step>`` (for the ticket's customer's ``orderEvents`` and, when the ticket is about
    an order, the partners of that order's merchant). Call inside the step's transaction."""
    internal = step is TicketStep.NOTE_ADDED
    await TicketHistory.create(
        ticket_id=ticket.id,
        step=step,
        party=acting.party,
        actor_user_id=acting.user_id,
        role=acting.role,
        from_status=from_status,
        to_status=S(ticket.status),
        note=note[:500],
        internal=internal,
        **({"created_at": now} if now else {}),
    )
    if internal:
        return
    await outbox.record(
        f"ticket.{step.value}",
        TICKET_AGGREGATE,
        ticket.id,
        {
            "ticket_number": ticket.number,
            "order_id": ticket.order_id,
            "category": TicketCategory(ticket.category).value,
            "from": from_status.value if from_status else None,
            "to": S(ticket.status).value,
            "party": acting.party.value,
            "case_id": ticket.case_id,
            **(data or {}),
        },
        merchant_id=ticket.merchant_id,
        customer_id=ticket.customer_id,
    )
