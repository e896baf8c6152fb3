"""Tickets: what the ticket mutations return."""

from __future__ import annotations

import strawberry

from resolvers.errors import TicketErrorCode
from schema.aftersales.objects import AftersalesCase
from schema.aftersales.tickets.enums import TicketError
from schema.aftersales.tickets.objects import Ticket
from schema.base import attempt

Code = TicketErrorCode


@strawberry.type(description="The result of a ticket operation: the ticket, or why not.")
class TicketPayload:
    ticket: Ticket | None
    errors: list[TicketError]


@strawberry.type(description="A case opened from a ticket: both, linked; or why not.")
class TicketOpenCasePayload:
    ticket: Ticket | None
    aftersales_case: AftersalesCase | None
    errors: list[TicketError]


async def ticket_payload(run) -> TicketPayload:
    row, errors = await attempt(run, Code)
    return TicketPayload(ticket=row and Ticket.from_model(row), errors=errors)


async def open_case_payload(run) -> TicketOpenCasePayload:
    pair, errors = await attempt(run, Code)
    if pair is None:
        return TicketOpenCasePayload(ticket=None, aftersales_case=None, errors=errors)
    ticket, case = pair
    return TicketOpenCasePayload(
        ticket=Ticket.from_model(ticket), aftersales_case=AftersalesCase.from_model(case), errors=[]
    )
