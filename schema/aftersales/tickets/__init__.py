"""Customer-service tickets, in the aftersales subgraph (which owns cases and tickets):
``enums``, ``objects`` (``Ticket``, ``TicketMessage``, ``TicketHistoryEntry``), ``inputs``,
``payloads``, ``queries`` (``ticket``, ``myTickets``, ``tickets``, ``merchantTickets``) and
``mutations`` (``ticketOpen``, ``ticketReply``, ``ticketAssign``, ``ticketSetStatus``,
``ticketOpenCase``). ``AftersalesCase.ticket`` names ``Ticket`` lazily (tickets build on cases).
"""

from schema.aftersales.tickets.mutations import Mutation
from schema.aftersales.tickets.objects import Ticket, TicketHistoryEntry, TicketMessage
from schema.aftersales.tickets.queries import Query

__all__ = ["Mutation", "Query", "Ticket", "TicketHistoryEntry", "TicketMessage"]
