"""Tickets: the mutation inputs and the agents' list filter."""

from __future__ import annotations

import strawberry

from schema.aftersales.enums import AftersalesCaseType
from schema.aftersales.inputs import AftersalesCaseLineInput
from schema.aftersales.tickets.enums import TicketCategory, TicketStatus


@strawberry.input
class TicketOpenInput:
    category: TicketCategory
    subject: str = strawberry.field(description="At most 120 characters.")
    message: str = strawberry.field(description="The first message: at most 4000 characters.")
    order: strawberry.ID | None = strawberry.field(
        default=None, description="The `MerchantOrder` it is about (optional)."
    )
    customer: strawberry.ID | None = strawberry.field(
        default=None,
        description="Customer service: the `User` it is for (default: the order's customer).",
    )


@strawberry.input
class TicketReplyInput:
    id: strawberry.ID
    message: str = strawberry.field(description="At most 4000 characters.")
    internal: bool = strawberry.field(
        default=False, description="Customer service: a note only platform staff see."
    )


@strawberry.input
class TicketAssignInput:
    id: strawberry.ID
    agent: strawberry.ID | None = strawberry.field(
        description="A platform agent's `User` id; null unassigns."
    )


@strawberry.input
class TicketSetStatusInput:
    id: strawberry.ID
    status: TicketStatus
    note: str = strawberry.field(default="", description="At most 500 characters.")


@strawberry.input
class TicketCaseInput:
    type: AftersalesCaseType
    reason: str
    lines: list[AftersalesCaseLineInput]


@strawberry.input
class TicketOpenCaseInput:
    id: strawberry.ID
    case: TicketCaseInput


@strawberry.input
class TicketFilterInput:
    status: TicketStatus | None = None
    category: TicketCategory | None = None
    assignee: strawberry.ID | None = None
    unassigned: bool = False
    merchant: strawberry.ID | None = None
    order: strawberry.ID | None = None
    customer: strawberry.ID | None = None
