"""The backlog the operations endpoints report: unpublished outbox events and webhook deliveries
still owed, read in one statement at scrape time (``plaza.metrics``).

Both parts run on an index: ``outbox_event (published_at, id)`` and
``webhook_delivery (status, next_attempt_at)``; the rows read are the backlog itself, which is
small while the relay and the deliveries keep up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from models import sql
from models.webhooks import DeliveryStatus

OWED_DELIVERY_STATUSES = (DeliveryStatus.PENDING.value, DeliveryStatus.FAILED.value)

_OWED = ", ".join(f"'{s}'" for s in OWED_DELIVERY_STATUSES)
_BACKLOG = f"""
    SELECT 'outbox' AS "kind", COUNT(*) AS "n", MIN("created_at") AS "oldest"
    FROM "outbox_event" WHERE "published_at" IS NULL
    UNION ALL
    SELECT "status", COUNT(*), MIN("created_at")
    FROM "webhook_delivery" WHERE "status" IN ({_OWED})
    GROUP BY "status"
"""


@dataclass(frozen=True)
class Backlog:
    outbox_depth: int = 0
    #: when the oldest unpublished outbox event was written (None: there is none)
    outbox_oldest: datetime | None = None
    #: webhook deliveries by status, for the statuses still owed (pending, failed)
    deliveries: dict[str, int] = field(default_factory=dict)


def _as_datetime(value) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)
    parsed = datetime.fromisoformat(str(value))  # SQLite keeps datetimes as ISO text
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


async def read_backlog() -> Backlog:
    rows = await sql.fetch(_BACKLOG)
    outbox = next((r for r in rows if r["kind"] == "outbox"), {"n": 0, "oldest": None})
    deliveries = {s: 0 for s in OWED_DELIVERY_STATUSES}
    deliveries.update({r["kind"]: int(r["n"]) for r in rows if r["kind"] != "outbox"})
    return Backlog(int(outbox["n"]), _as_datetime(outbox["oldest"]), deliveries)
