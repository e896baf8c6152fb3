"""Who may see a ticket, who acts on it as which party, and the limits of what they type.

Refusals come in this order: NOT_FOUND (``load_ticket``: existence is not told),
PERMISSION_DENIED (``acting_as``), TICKET_CLOSED / INVALID_TRANSITION, then the input's own
errors, then CONCURRENT_UPDATE.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from models.accounts import StaffRole
from models.tickets import Ticket, TicketParty, TicketStatus
from resolvers.errors import DomainError, TicketErrorCode, clean_text
from resolvers.orders import ORDER_READ_ROLES, is_staff
from resolvers.permissions import Viewer, require_user

Code = TicketErrorCode

SUBJECT_MAX = 120
MESSAGE_MAX = 4000
NOTE_MAX = 500
#: Tickets a customer may have open (OPEN or WAITING_ON_CUSTOMER) at once.
MAX_OPEN_TICKETS = 20
#: Merchant staff who read the tickets about their merchant's orders (owners always).
MERCHANT_READ_ROLES = ORDER_READ_ROLES | {StaffRole.OWNER}


@dataclass(frozen=True)
class TicketActing:
    """The viewer as a party of one ticket: its customer or an agent (with the role held)."""

    party: TicketParty
    user_id: int
    role: str


def can_view_ticket(viewer: Viewer, ticket: Any) -> bool:
    """The one visibility rule for a ticket: its customer, staff (reading orders) of the
    merchant of the order it is about, platform staff. Partners and anonymous viewers: never."""
    if viewer.user_id is None or ticket is None:
        return False
    return (
        viewer.is_platform_staff
        or ticket.customer_id == viewer.user_id
        or (
            ticket.merchant_id is not None
            and is_staff(viewer, ticket.merchant_id, ORDER_READ_ROLES)
        )
    )


def can_view_entry(viewer: Viewer, ticket: Any, internal: bool) -> bool:
    """A message or history step of ``ticket``: whoever sees the ticket; an internal one,
    platform staff only."""
    if internal:
        return viewer.user_id is not None and viewer.is_platform_staff
    return can_view_ticket(viewer, ticket)


def is_agent(viewer: Viewer) -> bool:
    return viewer.user_id is not None and viewer.is_platform_staff


def acting_as(
    viewer: Viewer, ticket: Ticket, parties: Iterable[TicketParty], *, what: str
) -> TicketActing:
    """The first of ``parties`` the viewer is on ``ticket`` (an agent before the customer), or
    PERMISSION_DENIED (merchant staff read tickets, they do not act on them)."""
    parties = tuple(parties)
    if TicketParty.AGENT in parties and is_agent(viewer):
        return TicketActing(TicketParty.AGENT, viewer.user_id, viewer.platform_role.value)
    if TicketParty.CUSTOMER in parties and ticket.customer_id == viewer.user_id:
        return TicketActing(TicketParty.CUSTOMER, viewer.user_id, "customer")
    who = " or ".join(
        "platform customer service" if p is TicketParty.AGENT else "its customer" for p in parties
    )
    raise DomainError(Code.PERMISSION_DENIED, f"Only {who} may {what} this ticket.", "id")


def not_found(field: str = "id") -> DomainError:
    return DomainError(Code.NOT_FOUND, "No such ticket.", field)


async def load_ticket(viewer: Viewer, ticket_id: int, *, lock: bool = False) -> Ticket:
    """The ticket if the viewer may see it (row-locked with ``lock``), else NOT_FOUND."""
    require_user(viewer, Code)
    query = Ticket.filter(id=ticket_id)
    if lock:
        query = query.select_for_update()
    ticket = await query.first()
    if ticket is None or not can_view_ticket(viewer, ticket):
        raise not_found()
    return ticket


def not_closed(ticket: Ticket) -> None:
    if TicketStatus(ticket.status) is TicketStatus.CLOSED:
        raise DomainError(Code.TICKET_CLOSED, "The ticket is closed: open a new one.", "id")


def text(value: str | None, field: str, *, required: bool, limit: int) -> str:
    """A subject, message or note, cleaned and checked against ``limit``."""
    return clean_text(value, field, Code, required=required, limit=limit)
