"""Tickets: the hand-written statements of ``ticket``."""

from __future__ import annotations

from typing import Any

from models import sql
from models.tickets import Ticket


async def update_ticket_if_unchanged(
    ticket_id: int, status: str, version: int, changes: dict[str, Any]
) -> int:
    """Set ``changes`` on the ticket and bump its version, only if it still has ``status`` and
    ``version`` (the optimistic lock of every ticket step). Returns the rows changed: 1 or 0."""
    return await sql.update_fields(
        Ticket,
        changes,
        '"id" = $1 AND "status" = $2 AND "version" = $3',
        ticket_id,
        status,
        version,
        increments=("version",),
    )
