"""Opening a ticket: by the customer (about one of their orders, or about nothing in
particular), or by platform customer service for a customer."""

from __future__ import annotations

from datetime import datetime

from tortoise.transactions import in_transaction

from models.accounts import User
from models.orders import MerchantOrder
from models.tickets import (
    Ticket,
    TicketCategory,
    TicketMessage,
    TicketParty,
    TicketStatus,
    TicketStep,
)
from resolvers.checkout import new_number
from resolvers.errors import DomainError
from resolvers.orders import now_utc
from resolvers.permissions import Viewer, require_user
from resolvers.tickets.access import (
    MAX_OPEN_TICKETS,
    MESSAGE_MAX,
    SUBJECT_MAX,
    Code,
    TicketActing,
    is_agent,
    text,
)
from resolvers.tickets.steps import record_step

OPEN_STATUSES = (TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER)


async def _customer_and_order(
    viewer: Viewer, order_id: int | None, customer_id: int | None
) -> tuple[int, MerchantOrder | None]:
    """Whose ticket it is, and the order it is about (checked against the viewer)."""
    agent = is_agent(viewer)
    order = None
    if order_id is not None:
        order = await MerchantOrder.get_or_none(id=order_id)
        if order is None or not (agent or order.customer_id == viewer.user_id):
            raise DomainError(Code.NOT_FOUND, "No such order.", "order")
        if order.customer_id is None:
            raise DomainError(Code.INVALID, "This order has no customer account.", "order")
    if not agent:
        if customer_id is not None and customer_id != viewer.user_id:
            raise DomainError(
                Code.PERMISSION_DENIED,
                "Only customer service opens tickets for others.",
                "customer",
            )
        return viewer.user_id, order
    if order is not None:
        if customer_id is not None and customer_id != order.customer_id:
            raise DomainError(Code.INVALID, "The order is another customer's.", "customer")
        return order.customer_id, order
    if customer_id is None:
        raise DomainError(Code.INVALID, "Name the customer (or the order).", "customer")
    if not await User.filter(id=customer_id, is_active=True).exists():
        raise DomainError(Code.NOT_FOUND, "No such customer.", "customer")
    return customer_id, None


async def ticket_open(
    viewer: Viewer,
    category: TicketCategory,
    subject: str,
    message: str,
    *,
    order_id: int | None = None,
    customer_id: int | None = None,
    now: datetime | None = None,
) -> Ticket:
    """A new OPEN ticket with its first message. The customer opens one about their own order
    (or none); an agent opens one for a customer (named, or the order's)."""
    require_user(viewer, Code)
    customer, order = await _customer_and_order(viewer, order_id, customer_id)
    subject = text(subject, "subject", required=True, limit=SUBJECT_MAX)
    message = text(message, "message", required=True, limit=MESSAGE_MAX)
    agent = is_agent(viewer)
    acting = (
        TicketActing(TicketParty.AGENT, viewer.user_id, viewer.platform_role.value)
        if agent
        else TicketActing(TicketParty.CUSTOMER, viewer.user_id, "customer")
    )
    now = now or now_utc()
    async with in_transaction():
        if not agent:
            # The customer's row is locked: two tickets opened at once are counted one by one.
            await User.filter(id=customer).select_for_update().first()
            held = await Ticket.filter(customer_id=customer, status__in=OPEN_STATUSES).count()
            if held >= MAX_OPEN_TICKETS:
                raise DomainError(
                    Code.TOO_MANY_OPEN_TICKETS,
                    f"You have {held} open tickets: close one, or add to it.",
                    "customer",
                )
        ticket = await Ticket.create(
            number=new_number("TK", now),
            customer_id=customer,
            order_id=order.id if order else None,
            merchant_id=order.merchant_id if order else None,
            category=category,
            subject=subject,
            opened_by=acting.party,
            opened_by_user_id=viewer.user_id,
            last_message_at=now,
        )
        await TicketMessage.create(
            ticket_id=ticket.id, author_id=viewer.user_id, party=acting.party, body=message
        )
        await record_step(ticket, TicketStep.OPENED, acting, from_status=None, note=subject)
    return ticket
