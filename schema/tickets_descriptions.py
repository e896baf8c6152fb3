"""Descriptions of the customer-service tickets' types (see ``schema.descriptions``).

The ticket schema lives in ``schema/aftersales/tickets/``; its catalogue is this module because
the loader discovers ``schema.<package>.descriptions`` one level deep only."""

from __future__ import annotations

from resolvers.tickets.access import MAX_OPEN_TICKETS

_TICKET_ID = "The ticket's global ID."

DESCRIPTIONS: dict[str, str] = {
    # objects
    "Ticket.number": "The ticket's number (`TK` prefix, the date as YYMMDD, ten digits).",
    "Ticket.category": "What the ticket is about, as chosen when it was opened.",
    "Ticket.subject": "The ticket's subject line (at most 120 characters).",
    "Ticket.status": "Where the ticket is in its life (CLOSED is final).",
    "Ticket.openedBy": (
        "Who opened it: the customer, or customer service on the customer's behalf."
    ),
    "Ticket.lastMessageAt": (
        "When the last message (not an internal note) was written, ISO 8601 UTC; the opening "
        "message counts."
    ),
    "Ticket.resolvedAt": (
        "When the ticket was last moved to RESOLVED; null if it never was (kept when a reply "
        "reopens it)."
    ),
    "Ticket.closedAt": "When the ticket was closed; null while it is not CLOSED.",
    "TicketMessage.body": "The message's text (at most 4,000 characters).",
    "TicketHistoryEntry.step": "What happened at this step.",
    "TicketHistoryEntry.party": "Who took the step: the customer or customer service.",
    "TicketHistoryEntry.fromStatus": (
        "The ticket's status before the step; null for the opening step."
    ),
    "TicketHistoryEntry.toStatus": (
        "The ticket's status after the step: the same as `fromStatus` unless the step moved "
        "it (a status change, or a customer's reply reopening the ticket)."
    ),
    "TicketHistoryEntry.note": (
        "What the step records: the subject when opened, the agent's note on a status change, "
        "`assigned to <name>` or `unassigned`, the case's number; empty for a message."
    ),
    "TicketHistoryEntry.at": "When the step was taken (ISO 8601, UTC).",
    # enums
    "TicketCategory": "What a ticket is about.",
    "TicketCategory.PAYMENT": "A problem with a payment.",
    "TicketCategory.ADDRESS": "A problem with a delivery address.",
    "TicketCategory.STATUS": "A question about an order's status.",
    "TicketCategory.QUALITY": "A complaint about the quality of the goods.",
    "TicketCategory.OTHER": "Anything else.",
    "TicketStatus": (
        "Where a ticket is in its life: OPEN <-> WAITING_ON_CUSTOMER -> RESOLVED, and CLOSED "
        "(final) from any of them."
    ),
    "TicketStatus.OPEN": "Waiting for customer service (new, or the customer has replied).",
    "TicketStatus.WAITING_ON_CUSTOMER": (
        "Customer service asked the customer something; the customer's reply reopens it."
    ),
    "TicketStatus.RESOLVED": (
        "Customer service considers it answered; the customer may reply (it reopens) or close it."
    ),
    "TicketStatus.CLOSED": "Closed for good: no more messages or steps (open a new ticket).",
    "TicketParty": "Who acts on a ticket.",
    "TicketParty.CUSTOMER": "The ticket's customer.",
    "TicketParty.AGENT": "Platform customer service (an admin or the customer-service role).",
    "TicketStep": "What a ticket history entry records (and its `ticket.<step>` event).",
    "TicketStep.OPENED": "The ticket was opened, with its first message.",
    "TicketStep.MESSAGE_ADDED": "A message from the customer or customer service.",
    "TicketStep.NOTE_ADDED": (
        "An agent's internal note: seen by platform staff only, and never sent as an event."
    ),
    "TicketStep.ASSIGNED": "The ticket was assigned to an agent, or unassigned.",
    "TicketStep.STATUS_CHANGED": "The ticket's status changed.",
    "TicketStep.CASE_OPENED": "Customer service opened an aftersales case from the ticket.",
    "TicketErrorCode.TICKET_CLOSED": (
        "The ticket is CLOSED: it takes no message and no step; open a new one."
    ),
    "TicketErrorCode.TOO_MANY_OPEN_TICKETS": (
        f"The customer already has {MAX_OPEN_TICKETS} tickets OPEN or WAITING_ON_CUSTOMER; "
        "close or wait for one first."
    ),
    "TicketErrorCode.AGENT_INVALID": (
        "`agent` is not an active platform admin or customer-service user."
    ),
    "TicketErrorCode.ORDER_REQUIRED": "The ticket is about no order, so no case can be opened.",
    "TicketErrorCode.CASE_ALREADY_OPEN": "A case was already opened from this ticket (one only).",
    "TicketErrorCode.ORDER_NOT_ELIGIBLE": (
        "The ticket's order takes no case: not delivered, nothing left to refund, or never paid."
    ),
    "TicketErrorCode.WINDOW_CLOSED": (
        "The storefront's aftersales window (days after delivery) has closed."
    ),
    "TicketErrorCode.CASE_TYPE_NOT_ALLOWED": (
        "The order's storefront does not take this case type."
    ),
    "TicketErrorCode.EXCHANGE_VARIANT_INVALID": (
        "The exchange variant is not another variant of the same product (or not an exchange)."
    ),
    # inputs
    "TicketOpenInput.category": "What the ticket is about.",
    "TicketReplyInput.id": _TICKET_ID,
    "TicketAssignInput.id": _TICKET_ID,
    "TicketSetStatusInput.id": _TICKET_ID,
    "TicketSetStatusInput.status": (
        "The status to move to; the moves allowed depend on who asks (see `ticketSetStatus`)."
    ),
    "TicketOpenCaseInput.id": _TICKET_ID + " It must be about an order.",
    "TicketOpenCaseInput.case": (
        "The case to open on the ticket's order; its refusals name fields under `case` "
        "(`case.lines.0.quantity`)."
    ),
    "TicketCaseInput": (
        "An aftersales case opened by customer service for the ticket's customer (the rules of "
        "`aftersalesCaseOpen`, the storefront's window aside)."
    ),
    "TicketCaseInput.type": "What the customer asks for (the storefront's case types only).",
    "TicketCaseInput.reason": "Why the case is opened, for the case's record (required).",
    "TicketCaseInput.lines": "The units of the order's lines the case is about.",
    "TicketFilterInput": (
        "What `tickets` is narrowed to; every field given must match (none: every ticket)."
    ),
    "TicketFilterInput.status": "Only tickets in this status.",
    "TicketFilterInput.category": "Only tickets of this category.",
    "TicketFilterInput.assignee": (
        "Only tickets assigned to this agent (a `User` ID); ignored when `unassigned` is true."
    ),
    "TicketFilterInput.unassigned": "Only tickets assigned to nobody.",
    "TicketFilterInput.merchant": "Only tickets about orders of this merchant (a `Merchant` ID).",
    "TicketFilterInput.order": "Only tickets about this order (a `MerchantOrder` ID).",
    "TicketFilterInput.customer": "Only tickets of this customer (a `User` ID).",
    # root fields' arguments
    "Query.ticket(id)": "The ticket's global ID; an unknown or malformed one answers null.",
    "Query.myTickets(status)": "Only tickets in this status; omitted, every status.",
    "Query.tickets(filter)": "What to narrow the list to; omitted, every ticket.",
    "Query.merchantTickets(merchant)": (
        "Platform staff: the merchant whose orders' tickets to list (omitted: every merchant's). "
        "Merchant staff: omit it or name their own merchant."
    ),
    "Query.merchantTickets(status)": "Only tickets in this status; omitted, every status.",
    # the aftersales subgraph's mutation root
    "AftersalesMutation.ticketOpen(input)": "The mutation's input (`TicketOpenInput`).",
    "AftersalesMutation.ticketReply(input)": "The mutation's input (`TicketReplyInput`).",
    "AftersalesMutation.ticketAssign(input)": "The mutation's input (`TicketAssignInput`).",
    "AftersalesMutation.ticketSetStatus(input)": "The mutation's input (`TicketSetStatusInput`).",
    "AftersalesMutation.ticketOpenCase(input)": "The mutation's input (`TicketOpenCaseInput`).",
}
