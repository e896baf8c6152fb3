"""The outbox relay's hand-written statements: claim unpublished events, mark them published.

``resolvers.outbox`` decides when to lock (``FOR UPDATE SKIP LOCKED`` only where the database
has it, inside the transaction that also publishes and marks); these run the statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from models import sql
from models.outbox import OutboxEvent

_UNPUBLISHED = """
    SELECT * FROM "outbox_event" WHERE "published_at" IS NULL ORDER BY "id" LIMIT $1
"""
_CLAIM = _UNPUBLISHED + " FOR UPDATE SKIP LOCKED"
_MARK_PUBLISHED = """
    UPDATE "outbox_event" SET "published_at" = $1, "updated_at" = $1
    WHERE "published_at" IS NULL AND "id" {}
"""


async def claim_outbox_rows(limit: int, *, skip_locked: bool) -> list[OutboxEvent]:
    """Up to ``limit`` unpublished events, oldest first; with ``skip_locked``, locked
    ``FOR UPDATE SKIP LOCKED`` (rows another relay holds are passed over)."""
    statement = _CLAIM if skip_locked else _UNPUBLISHED
    return await sql.fetch_models(OutboxEvent, statement, limit)


async def mark_outbox_published(ids: Sequence[int], now: datetime) -> int:
    """Set ``published_at`` on those of ``ids`` not yet published; returns how many changed.

    PostgreSQL gets one statement text whatever the number of ids (prepared once); SQLite an
    ``IN`` list of placeholders."""
    if sql.is_postgres():
        return await sql.execute(_MARK_PUBLISHED.format("= ANY($2::bigint[])"), now, list(ids))
    return await sql.execute(
        _MARK_PUBLISHED.format(f"IN ({sql.placeholders(2, len(ids))})"), now, *ids
    )
