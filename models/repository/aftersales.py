"""Aftersales cases: the hand-written statements of ``aftersales_case``."""

from __future__ import annotations

from typing import Any

from models import sql
from models.aftersales import AftersalesCase


async def update_case_if_unchanged(
    case_id: int, status: str, version: int, changes: dict[str, Any]
) -> int:
    """Set ``changes`` on the case and bump its version, only if it still has ``status`` and
    ``version`` (the optimistic lock of every case move). Returns the rows changed: 1 or 0."""
    return await sql.update_fields(
        AftersalesCase,
        changes,
        '"id" = $1 AND "status" = $2 AND "version" = $3',
        case_id,
        status,
        version,
        increments=("version",),
    )
