"""Webhook deliveries written in one statement: the relay makes an event's deliveries inside its
claim's transaction, so a second pass over the same event (a relay that crashed before marking
it) must insert nothing and fail nothing, and keep the delivery -- and its ``webhook-id`` --
that the first pass made."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from models import sql
from models.webhooks import WebhookDelivery

#: the columns a new delivery is written with (the others are NULL until its first attempt)
_COLUMNS = (
    "created_at",
    "updated_at",
    "target",
    "subscriber",
    "endpoint_id",
    "merchant_id",
    "event_id",
    "event_type",
    "message_id",
    "body",
    "status",
    "attempts",
    "round_attempts",
    "redeliveries",
    "next_attempt_at",
)


@lru_cache(maxsize=16)
def _insert_text(rows: int) -> str:
    width = len(_COLUMNS)
    names = ", ".join(f'"{c}"' for c in _COLUMNS)
    values = ", ".join(
        "(" + sql.placeholders(1 + r * width, width) + ")" for r in range(rows)
    )  # fmt: skip
    return (
        f'INSERT INTO "webhook_delivery" ({names}) VALUES {values} '
        'ON CONFLICT ("subscriber", "event_id") DO NOTHING RETURNING "id", "attempts"'
    )


async def insert_deliveries(rows: Sequence[WebhookDelivery]) -> list[tuple[int, int]]:
    """Write new deliveries, except those whose (subscriber, event) already has one; returns
    ``(id, attempts)`` of the rows actually written. One statement."""
    if not rows:
        return []
    meta = WebhookDelivery._meta
    fields = [meta.fields_map[_field_of(column)] for column in _COLUMNS]
    values = [f.to_db_value(getattr(row, f.model_field_name), row) for row in rows for f in fields]
    found = await sql.fetch(_insert_text(len(rows)), *values)
    return [(int(r["id"]), int(r["attempts"])) for r in found]


@lru_cache(maxsize=32)
def _field_of(column: str) -> str:
    for name, db_column in WebhookDelivery._meta.fields_db_projection.items():
        if db_column == column:
            return name
    raise KeyError(column)
