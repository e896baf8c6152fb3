"""Batch loaders of tickets (for DataLoaders): a page of tickets costs a fixed number of
queries for their messages, history and links, whatever its size."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from models.tickets import Ticket, TicketHistory, TicketMessage
from resolvers.batches import by_id, grouped


async def tickets(ids: Sequence[int]) -> list[Any | None]:
    return await by_id(Ticket, ids)


async def messages_by_ticket(ticket_ids: Sequence[int]) -> list[list[Any]]:
    return await grouped(TicketMessage, "ticket_id", ticket_ids, order="id")


async def history_by_ticket(ticket_ids: Sequence[int]) -> list[list[Any]]:
    return await grouped(TicketHistory, "ticket_id", ticket_ids, order="id")


async def ticket_by_case(case_ids: Sequence[int]) -> list[Any | None]:
    """The ticket a case was opened from (None: opened on its own)."""
    rows = {t.case_id: t for t in await Ticket.filter(case_id__in=set(case_ids)).order_by("id")}
    return [rows.get(i) for i in case_ids]
