"""Customer-service tickets: a customer's question or complaint about an order, a payment, an
address (or about nothing in particular), answered by platform customer service.

The ticket state machine is data, like the order's and the case's: ``TICKET_TRANSITIONS`` maps
(from, to) to the parties that may make the move; ``resolvers.tickets`` enforces it with a
conditional UPDATE on (status, version) and writes every step to the ticket's history.

    OPEN -> WAITING_ON_CUSTOMER        an agent asked the customer something
    WAITING_ON_CUSTOMER -> OPEN        the customer replied (automatic), or an agent
    OPEN | WAITING_ON_CUSTOMER -> RESOLVED   an agent
    RESOLVED -> OPEN                   the customer replied (reopened), or an agent
    OPEN | WAITING_ON_CUSTOMER | RESOLVED -> CLOSED   the customer or an agent; final
"""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel


class TicketCategory(StrEnum):
    PAYMENT = "payment"  # a payment problem
    ADDRESS = "address"  # an address problem
    STATUS = "status"  # a question about an order's status
    QUALITY = "quality"  # a quality complaint
    OTHER = "other"


class TicketStatus(StrEnum):
    OPEN = "open"
    WAITING_ON_CUSTOMER = "waiting_on_customer"
    RESOLVED = "resolved"
    CLOSED = "closed"


class TicketParty(StrEnum):
    """Who acts on a ticket: its customer, or a platform agent (admin or customer service)."""

    CUSTOMER = "customer"
    AGENT = "agent"


class TicketStep(StrEnum):
    """What a history row (and an outbox event ``ticket.<step>``) records."""

    OPENED = "opened"
    MESSAGE_ADDED = "message_added"
    NOTE_ADDED = "note_added"  # an internal note: history only, never an event
    ASSIGNED = "assigned"
    STATUS_CHANGED = "status_changed"
    CASE_OPENED = "case_opened"


#: Outbox topics of tickets (internal notes make none).
TICKET_TOPICS: tuple[str, ...] = tuple(
    f"ticket.{s.value}" for s in TicketStep if s is not TicketStep.NOTE_ADDED
)
TICKET_TOPIC_PREFIX = "ticket."
TICKET_AGGREGATE = "ticket"

S = TicketStatus
P = TicketParty
TICKET_TRANSITIONS: dict[tuple[TicketStatus, TicketStatus], frozenset[TicketParty]] = {
    (S.OPEN, S.WAITING_ON_CUSTOMER): frozenset({P.AGENT}),
    (S.OPEN, S.RESOLVED): frozenset({P.AGENT}),
    (S.OPEN, S.CLOSED): frozenset({P.AGENT, P.CUSTOMER}),
    (S.WAITING_ON_CUSTOMER, S.OPEN): frozenset({P.AGENT, P.CUSTOMER}),
    (S.WAITING_ON_CUSTOMER, S.RESOLVED): frozenset({P.AGENT}),
    (S.WAITING_ON_CUSTOMER, S.CLOSED): frozenset({P.AGENT, P.CUSTOMER}),
    (S.RESOLVED, S.OPEN): frozenset({P.AGENT, P.CUSTOMER}),
    (S.RESOLVED, S.CLOSED): frozenset({P.AGENT, P.CUSTOMER}),
}
del S, P


def ticket_allowed(current: TicketStatus, target: TicketStatus, party: TicketParty) -> bool:
    return party in TICKET_TRANSITIONS.get((current, target), frozenset())


class Ticket(TimestampedModel):
    """One conversation between a customer and platform customer service."""

    number = fields.CharField(max_length=32, unique=True)
    customer = fields.ForeignKeyField(
        "models.User", related_name="tickets", on_delete=fields.RESTRICT
    )
    # The order it is about (optional); its merchant copied, so a merchant's list is one range.
    order = fields.ForeignKeyField(
        "models.MerchantOrder", related_name="tickets", null=True, on_delete=fields.RESTRICT
    )
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="tickets", null=True, on_delete=fields.RESTRICT
    )
    category = fields.CharEnumField(TicketCategory, max_length=16)
    subject = fields.CharField(max_length=120)
    status = fields.CharEnumField(TicketStatus, max_length=24, default=TicketStatus.OPEN)
    version = fields.IntField(default=0)
    opened_by = fields.CharEnumField(TicketParty, max_length=16)
    opened_by_user_id = fields.BigIntField(null=True)
    assignee = fields.ForeignKeyField(
        "models.User", related_name="assigned_tickets", null=True, on_delete=fields.SET_NULL
    )
    # The aftersales case opened from this ticket (the case's ticket is this reverse link).
    case = fields.ForeignKeyField(
        "models.AftersalesCase", related_name="tickets", null=True, on_delete=fields.SET_NULL
    )
    last_message_at = fields.DatetimeField(null=True)
    resolved_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "ticket"
        indexes = (
            Index(fields=("customer_id", "created_at")),
            Index(fields=("order_id",)),
            Index(fields=("merchant_id", "created_at")),
            Index(fields=("status", "created_at")),
            Index(fields=("assignee_id", "status")),
            Index(fields=("case_id",)),
        )


class TicketMessage(TimestampedModel):
    """A message on a ticket, from its customer or an agent; ``internal`` notes are agents'
    only (never shown to the customer or the merchant)."""

    ticket = fields.ForeignKeyField(
        "models.Ticket", related_name="messages", on_delete=fields.CASCADE
    )
    author = fields.ForeignKeyField(
        "models.User", related_name="ticket_messages", on_delete=fields.RESTRICT
    )
    party = fields.CharEnumField(TicketParty, max_length=16)
    body = fields.TextField()
    internal = fields.BooleanField(default=False)

    class Meta:
        table = "ticket_message"
        indexes = (
            Index(fields=("ticket_id", "created_at")),
            Index(fields=("author_id",)),
        )


class TicketHistory(TimestampedModel):
    """One step of a ticket: who (party, user, role), when, the status before and after, a note."""

    ticket = fields.ForeignKeyField(
        "models.Ticket", related_name="history", on_delete=fields.CASCADE
    )
    step = fields.CharEnumField(TicketStep, max_length=24)
    party = fields.CharEnumField(TicketParty, max_length=16)
    actor_user_id = fields.BigIntField(null=True)
    role = fields.CharField(max_length=32, default="")
    from_status = fields.CharEnumField(TicketStatus, max_length=24, null=True)
    to_status = fields.CharEnumField(TicketStatus, max_length=24)
    note = fields.CharField(max_length=500, default="")
    # Agent-only steps (internal notes): never shown to the customer or the merchant.
    internal = fields.BooleanField(default=False)

    class Meta:
        table = "ticket_history"
        indexes = (Index(fields=("ticket_id", "created_at")),)
