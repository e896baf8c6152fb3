"""Tickets: the object types (a ticket, its messages, its history steps)."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import relay

from models.aftersales import AftersalesCase as CaseModel
from models.tickets import Ticket as TicketModel
from resolvers import batches
from resolvers.tickets import batches as ticket_batches
from resolvers.tickets import can_view_entry, can_view_ticket
from schema.accounts.types import User
from schema.aftersales.objects import AftersalesCase
from schema.aftersales.tickets.enums import TicketCategory, TicketParty, TicketStatus, TicketStep
from schema.context import Info
from schema.orders import MerchantOrder


@strawberry.type(description="A message on a ticket, from its customer or customer service.")
class TicketMessage:
    id: strawberry.ID
    party: TicketParty = strawberry.field(description="Who wrote it: the customer or an agent.")
    author_name: str = strawberry.field(description="The author's name (may be empty).")
    body: str
    internal: bool = strawberry.field(
        description="An agent's internal note: only platform staff ever see these."
    )
    created_at: datetime
    author_pk: strawberry.Private[int]
    ticket_row: strawberry.Private[TicketModel]  # for the visibility rule


@strawberry.type(description="One step of a ticket: who, when, the status before and after.")
class TicketHistoryEntry:
    step: TicketStep
    party: TicketParty
    role: str = strawberry.field(description="`customer`, or the agent's platform role.")
    from_status: TicketStatus | None
    to_status: TicketStatus
    note: str
    at: datetime
    internal: strawberry.Private[bool]
    ticket_row: strawberry.Private[TicketModel]


@strawberry.federation.type(keys=["id"], description="A customer-service ticket.")
class Ticket(relay.Node):
    id: relay.NodeID[int]
    number: str
    category: TicketCategory
    subject: str
    status: TicketStatus
    opened_by: TicketParty
    created_at: datetime
    last_message_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    row: strawberry.Private[TicketModel]  # for the visibility rule

    @strawberry.field(description="The order the ticket is about, if any.")
    async def order(self, info: Info) -> MerchantOrder | None:
        if self.row.order_id is None:
            return None
        loader = info.context.loader("merchant_order", batches.merchant_orders)
        row = await loader.load(self.row.order_id)
        return row and MerchantOrder.from_model(row)

    @strawberry.field(description="The aftersales case opened from this ticket, if any.")
    async def case(self, info: Info) -> AftersalesCase | None:
        if self.row.case_id is None:
            return None
        loader = info.context.loader("ticket_case_row", lambda ids: batches.by_id(CaseModel, ids))
        row = await loader.load(self.row.case_id)
        return row and AftersalesCase.from_model(row)

    @strawberry.field(description="The agent it is assigned to (platform staff only; else null).")
    async def assignee(self, info: Info) -> User | None:
        if self.row.assignee_id is None or not info.context.viewer.is_platform_staff:
            return None
        row = await info.context.loader("user", batches.users).load(self.row.assignee_id)
        return row and User.from_model(row)

    @strawberry.field(description="Whether it is assigned to an agent at all.")
    def assigned(self) -> bool:
        return self.row.assignee_id is not None

    @strawberry.field(
        description="The messages, oldest first (agents' internal notes only for platform staff)."
    )
    async def messages(self, info: Info) -> list[TicketMessage]:
        viewer = info.context.viewer
        loader = info.context.loader("ticket_messages", ticket_batches.messages_by_ticket)
        rows = [
            m for m in await loader.load(self.id) if can_view_entry(viewer, self.row, m.internal)
        ]
        users = await info.context.loader("user", batches.users).load_many(
            [m.author_id for m in rows]
        )
        return [
            TicketMessage(
                id=strawberry.ID(str(m.id)),
                party=m.party,
                author_name=(u.full_name if u else ""),
                body=m.body,
                internal=m.internal,
                created_at=m.created_at,
                author_pk=m.author_id,
                ticket_row=self.row,
            )
            for m, u in zip(rows, users, strict=True)
        ]

    @strawberry.field(description="Every step, oldest first (internal ones for platform staff).")
    async def history(self, info: Info) -> list[TicketHistoryEntry]:
        viewer = info.context.viewer
        loader = info.context.loader("ticket_history", ticket_batches.history_by_ticket)
        return [
            TicketHistoryEntry(
                step=h.step,
                party=h.party,
                role=h.role,
                from_status=h.from_status,
                to_status=h.to_status,
                note=h.note,
                at=h.created_at,
                internal=h.internal,
                ticket_row=self.row,
            )
            for h in await loader.load(self.id)
            if can_view_entry(viewer, self.row, h.internal)
        ]

    @classmethod
    def from_model(cls, m: TicketModel) -> Ticket:
        return cls(
            id=m.id,
            number=m.number,
            category=m.category,
            subject=m.subject,
            status=m.status,
            opened_by=m.opened_by,
            created_at=m.created_at,
            last_message_at=m.last_message_at,
            resolved_at=m.resolved_at,
            closed_at=m.closed_at,
            row=m,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        viewer = info.context.viewer
        rows = await batches.by_id(TicketModel, [int(i) for i in node_ids])
        return [cls.from_model(r) if r and can_view_ticket(viewer, r) else None for r in rows]

    @classmethod
    async def visible(cls, info: Info, ticket_id: int) -> Ticket | None:
        """The ticket now, if the viewer may see it (a subscription's ticket step)."""
        row = await TicketModel.get_or_none(id=ticket_id)
        return cls.from_model(row) if row and can_view_ticket(info.context.viewer, row) else None

    @classmethod
    async def of_case(cls, info: Info, case_id: int) -> Ticket | None:
        """``AftersalesCase.ticket``: the ticket the case was opened from, if the viewer may
        see it (cases name this type lazily: tickets build on cases, not back)."""
        loader = info.context.loader("ticket_by_case", ticket_batches.ticket_by_case)
        row = await loader.load(case_id)
        return cls.from_model(row) if row and can_view_ticket(info.context.viewer, row) else None
