"""Tickets: the root query fields (a ticket, the customer's, the agents', a merchant's)."""

from __future__ import annotations

import strawberry

from models.tickets import TicketCategory as CategoryModel
from models.tickets import TicketStatus as StatusModel
from resolvers import tickets as uc
from resolvers.errors import DomainError, TicketErrorCode
from resolvers.pagination import paginate
from schema.aftersales.tickets.enums import TicketStatus
from schema.aftersales.tickets.inputs import TicketFilterInput
from schema.aftersales.tickets.objects import Ticket
from schema.base import Connection, connection, decode_id, decode_optional_id, wants_total
from schema.context import Info

Code = TicketErrorCode


def ticket_pk(value: strawberry.ID, field: str = "id") -> int:
    return decode_id(value, "Ticket", Code, field)


def _filter(f: TicketFilterInput | None) -> uc.TicketFilter:
    if f is None:
        return uc.TicketFilter()
    return uc.TicketFilter(
        status=StatusModel(f.status) if f.status is not None else None,
        category=CategoryModel(f.category) if f.category is not None else None,
        assignee_id=decode_optional_id(f.assignee, "User", Code, "filter.assignee"),
        unassigned=f.unassigned,
        merchant_id=decode_optional_id(f.merchant, "Merchant", Code, "filter.merchant"),
        order_id=decode_optional_id(f.order, "MerchantOrder", Code, "filter.order"),
        customer_id=decode_optional_id(f.customer, "User", Code, "filter.customer"),
    )


async def _page(info: Info, query, first: int | None, after: str | None) -> Connection[Ticket]:
    # newest first, on the indexes (customer | merchant | status, created_at) of ``ticket``
    page = await paginate(
        query,
        sort_field="created_at",
        descending=True,
        first=first,
        after=after,
        code=Code,
        with_total=wants_total(info),
    )
    return connection(page, Ticket.from_model)


def _status(status: TicketStatus | None) -> StatusModel | None:
    return StatusModel(status) if status is not None else None


@strawberry.type
class Query:
    @strawberry.field(description="A ticket, if the viewer may see it.")
    async def ticket(self, info: Info, id: strawberry.ID) -> Ticket | None:
        try:
            row = await uc.get_ticket(info.context.viewer, ticket_pk(id))
        except DomainError as err:
            if err.code in (Code.NOT_FOUND, Code.INVALID):
                return None
            raise
        return Ticket.from_model(row)

    @strawberry.field(description="The viewer's own tickets (as a customer), newest first.")
    async def my_tickets(
        self,
        info: Info,
        status: TicketStatus | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Ticket]:
        query = uc.my_tickets(info.context.viewer, _status(status))
        return await _page(info, query, first, after)

    @strawberry.field(
        description="Every ticket, newest first, for platform customer service (`filter` "
        "narrows it: status, category, assignee or unassigned, merchant, order, customer)."
    )
    async def tickets(
        self,
        info: Info,
        filter: TicketFilterInput | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Ticket]:
        query = uc.agent_tickets(info.context.viewer, _filter(filter))
        return await _page(info, query, first, after)

    @strawberry.field(
        description="The tickets about a merchant's orders, newest first: its staff's own "
        "merchant (roles that read orders); platform staff name one (or get all)."
    )
    async def merchant_tickets(
        self,
        info: Info,
        merchant: strawberry.ID | None = None,
        status: TicketStatus | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Ticket]:
        merchant_pk = decode_optional_id(merchant, "Merchant", Code, "merchant")
        query = uc.merchant_tickets(info.context.viewer, merchant_pk, _status(status))
        return await _page(info, query, first, after)
