"""An aftersales case opened from a ticket: platform customer service opens it for the
ticket's customer through ``resolvers.aftersales.case_open`` (the same rules as
``aftersalesCaseOpen``), and the two are linked both ways (``Ticket.case``; the case's ticket is
the ticket naming it) in one transaction."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from models.aftersales import AftersalesCase, CaseType
from models.tickets import Ticket, TicketParty, TicketStatus, TicketStep
from resolvers.aftersales import LineRequest, case_open
from resolvers.errors import DomainError, recode
from resolvers.permissions import Viewer
from resolvers.tickets.access import Code, acting_as, load_ticket, not_closed
from resolvers.tickets.steps import record_step, update_ticket


async def ticket_open_case(
    viewer: Viewer,
    ticket_id: int,
    case_type: CaseType,
    reason: str,
    lines: list[LineRequest],
) -> tuple[Ticket, AftersalesCase]:
    """Open a case on the ticket's order and link it to the ticket. Agents only; one case per
    ticket. The case's own refusals come back with their codes, fields under ``case``."""
    async with in_transaction():
        ticket = await load_ticket(viewer, ticket_id, lock=True)
        acting = acting_as(viewer, ticket, (TicketParty.AGENT,), what="open a case from")
        not_closed(ticket)
        if ticket.order_id is None:
            raise DomainError(
                Code.ORDER_REQUIRED, "The ticket is about no order: a case needs one.", "id"
            )
        if ticket.case_id is not None:
            raise DomainError(
                Code.CASE_ALREADY_OPEN, "A case was already opened from this ticket.", "id"
            )
        try:
            case = await case_open(viewer, ticket.order_id, case_type, reason, lines)
        except DomainError as err:
            err = recode(err, Code)
            field = f"case.{err.field}" if err.field else "case"
            raise DomainError(err.code, err.message, field) from None
        await update_ticket(ticket, {"case_id": case.id})
        await record_step(
            ticket,
            TicketStep.CASE_OPENED,
            acting,
            from_status=TicketStatus(ticket.status),
            note=case.number,
        )
    return ticket, case
