"""Customer-service tickets: a customer's question about an order, a payment or an address,
answered by platform customer service (agents: platform admins and customer service).

The ticket's state machine is ``models.tickets.TICKET_TRANSITIONS``; every step goes through
``steps.update_ticket`` (a conditional UPDATE on (status, version): of two racing steps
exactly one wins), writes a history row (who, when, from, to, note) and, except internal notes,
an outbox event ``ticket.<step>`` -- delivered to the ticket's customer over ``orderEvents``
and, for a ticket about an order, to partners of that order's merchant.

Who may do what:

* the customer: ``ticket_open`` (about one of their orders, or none), ``ticket_reply`` (a reply
  on WAITING_ON_CUSTOMER or RESOLVED moves the ticket back to OPEN), ``ticket_set_status``
  (close it; reopen a resolved one);
* agents: everything -- open a ticket for a customer, reply, write internal notes (never shown
  to customers or merchants), ``ticket_assign``, ``ticket_set_status``, ``ticket_open_case``
  (an aftersales case on the ticket's order, linked both ways);
* staff of the merchant of the ticket's order (roles that read orders): read the ticket, its
  messages and history (internal ones excepted); they do not write on it;
* partners: never see tickets (their webhooks carry the ticket's ids and statuses only).

A CLOSED ticket is final: no message, no step (TICKET_CLOSED).

What is where: ``access`` (visibility, parties, limits), ``steps`` (the row change, history,
event), ``opening``, ``conversation`` (reply, assign, status), ``cases`` (a case from a ticket),
``queries``. The row's hand-written UPDATE is ``models.repository.tickets``.
"""

from resolvers.tickets.access import (
    MAX_OPEN_TICKETS,
    MESSAGE_MAX,
    NOTE_MAX,
    SUBJECT_MAX,
    can_view_entry,
    can_view_ticket,
)
from resolvers.tickets.cases import ticket_open_case
from resolvers.tickets.conversation import ticket_assign, ticket_reply, ticket_set_status
from resolvers.tickets.opening import ticket_open
from resolvers.tickets.queries import (
    TicketFilter,
    agent_tickets,
    get_ticket,
    merchant_tickets,
    my_tickets,
)

__all__ = [
    "MAX_OPEN_TICKETS",
    "MESSAGE_MAX",
    "NOTE_MAX",
    "SUBJECT_MAX",
    "TicketFilter",
    "agent_tickets",
    "can_view_entry",
    "can_view_ticket",
    "get_ticket",
    "merchant_tickets",
    "my_tickets",
    "ticket_assign",
    "ticket_open",
    "ticket_open_case",
    "ticket_reply",
    "ticket_set_status",
]
