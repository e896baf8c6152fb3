"""Reading tickets: one by id, the lists of each party, a ticket's messages and history."""

from __future__ import annotations

from dataclasses import dataclass

from models.tickets import Ticket, TicketCategory, TicketStatus
from resolvers.errors import DomainError
from resolvers.permissions import Viewer, merchant_scope, require_user
from resolvers.tickets.access import MERCHANT_READ_ROLES, Code, is_agent, load_ticket


@dataclass(frozen=True)
class TicketFilter:
    """What an agent narrows ``tickets`` to (None: any)."""

    status: TicketStatus | None = None
    category: TicketCategory | None = None
    assignee_id: int | None = None
    unassigned: bool = False
    merchant_id: int | None = None
    order_id: int | None = None
    customer_id: int | None = None


async def get_ticket(viewer: Viewer, ticket_id: int) -> Ticket:
    return await load_ticket(viewer, ticket_id)


def my_tickets(viewer: Viewer, status: TicketStatus | None = None):
    """The viewer's own tickets (as a customer)."""
    require_user(viewer, Code)
    query = Ticket.filter(customer_id=viewer.user_id)
    return query.filter(status=status) if status is not None else query


def agent_tickets(viewer: Viewer, f: TicketFilter | None = None):
    """Every ticket, for platform staff (admin, customer service); PERMISSION_DENIED else."""
    require_user(viewer, Code)
    if not is_agent(viewer):
        raise DomainError(Code.PERMISSION_DENIED, "Only platform customer service.", None)
    f = f or TicketFilter()
    query = Ticket.all()
    if f.status is not None:
        query = query.filter(status=f.status)
    if f.category is not None:
        query = query.filter(category=f.category)
    if f.unassigned:
        query = query.filter(assignee_id__isnull=True)
    elif f.assignee_id is not None:
        query = query.filter(assignee_id=f.assignee_id)
    for name in ("merchant_id", "order_id", "customer_id"):
        value = getattr(f, name)
        if value is not None:
            query = query.filter(**{name: value})
    return query


def merchant_tickets(
    viewer: Viewer, merchant_id: int | None = None, status: TicketStatus | None = None
):
    """The tickets about a merchant's orders: its staff (reading orders) their own merchant's,
    platform staff the merchant they name (or every ticket about an order)."""
    scope = merchant_scope(viewer, merchant_id, Code)
    if not is_agent(viewer) and not (MERCHANT_READ_ROLES & viewer.staff_roles):
        raise DomainError(Code.PERMISSION_DENIED, "This needs a role that reads orders.", None)
    query = Ticket.filter(merchant_id__isnull=False)
    if scope is not None:
        query = query.filter(merchant_id=scope)
    return query.filter(status=status) if status is not None else query
