"""Tickets: the root mutations."""

from __future__ import annotations

import strawberry

from models.aftersales import CaseType as CaseTypeModel
from models.tickets import TicketCategory as CategoryModel
from models.tickets import TicketStatus as StatusModel
from resolvers import tickets as uc
from resolvers.errors import DomainError, TicketErrorCode, recode
from schema.aftersales.inputs import line_requests
from schema.aftersales.tickets.inputs import (
    TicketAssignInput,
    TicketOpenCaseInput,
    TicketOpenInput,
    TicketReplyInput,
    TicketSetStatusInput,
)
from schema.aftersales.tickets.payloads import (
    TicketOpenCasePayload,
    TicketPayload,
    open_case_payload,
    ticket_payload,
)
from schema.aftersales.tickets.queries import ticket_pk
from schema.base import decode_optional_id
from schema.context import Info

Code = TicketErrorCode


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Open a ticket: the customer (about one of their orders, or none), or "
        "customer service for a customer. It starts OPEN with its first message."
    )
    async def ticket_open(self, info: Info, input: TicketOpenInput) -> TicketPayload:
        return await ticket_payload(
            lambda: uc.ticket_open(
                info.context.viewer,
                CategoryModel(input.category),
                input.subject,
                input.message,
                order_id=decode_optional_id(input.order, "MerchantOrder", Code, "order"),
                customer_id=decode_optional_id(input.customer, "User", Code, "customer"),
            )
        )

    @strawberry.mutation(
        description="A message from the customer or customer service (`internal`: an agent's "
        "note). A customer's reply on WAITING_ON_CUSTOMER or RESOLVED reopens it (OPEN)."
    )
    async def ticket_reply(self, info: Info, input: TicketReplyInput) -> TicketPayload:
        return await ticket_payload(
            lambda: uc.ticket_reply(
                info.context.viewer, ticket_pk(input.id), input.message, internal=input.internal
            )
        )

    @strawberry.mutation(description="Customer service: assign the ticket to an agent (or none).")
    async def ticket_assign(self, info: Info, input: TicketAssignInput) -> TicketPayload:
        return await ticket_payload(
            lambda: uc.ticket_assign(
                info.context.viewer,
                ticket_pk(input.id),
                decode_optional_id(input.agent, "User", Code, "agent"),
            )
        )

    @strawberry.mutation(
        description="Move the ticket: agents OPEN <-> WAITING_ON_CUSTOMER, -> RESOLVED, "
        "-> CLOSED; the customer reopens a resolved ticket or closes it. CLOSED is final."
    )
    async def ticket_set_status(self, info: Info, input: TicketSetStatusInput) -> TicketPayload:
        return await ticket_payload(
            lambda: uc.ticket_set_status(
                info.context.viewer, ticket_pk(input.id), StatusModel(input.status), input.note
            )
        )

    @strawberry.mutation(
        description="Customer service: open an aftersales case on the ticket's order for its "
        "customer (the rules of aftersalesCaseOpen), linked to the ticket both ways."
    )
    async def ticket_open_case(
        self, info: Info, input: TicketOpenCaseInput
    ) -> TicketOpenCasePayload:
        def lines():
            try:
                return line_requests(input.case.lines)
            except DomainError as err:  # the case input's own errors, under ``case``
                raise _under_case(err) from None

        return await open_case_payload(
            lambda: uc.ticket_open_case(
                info.context.viewer,
                ticket_pk(input.id),
                CaseTypeModel(input.case.type),
                input.case.reason,
                lines(),
            )
        )


def _under_case(err: DomainError) -> DomainError:
    err = recode(err, Code)
    return DomainError(err.code, err.message, f"case.{err.field}" if err.field else "case")
