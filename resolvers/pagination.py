"""Keyset (cursor) pagination over a Tortoise queryset.

A cursor encodes the last row's sort value and id (opaque to clients: base64 of a tagged JSON
pair), so the next page is a range query on an index (``(sort, id) > (value, id)``), not an
OFFSET that reads and discards rows. A listing that must stay fast on a large table needs an
index on ``(scope..., sort, id)``; PostgreSQL and SQLite both walk a B-tree backwards, so one
ascending index serves a newest-first listing too.

The total is counted only when the caller asks (``with_total``): exactly up to
``EXACT_COUNT_LIMIT`` rows (a count that reads at most that many index entries), and above it
PostgreSQL's planner estimate (``models.repository.counts.estimated_count``); SQLite, with no
estimate, counts exactly.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, TypeVar

from tortoise import fields
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from models.repository.counts import bounded_count, estimated_count
from resolvers.errors import DomainError

T = TypeVar("T")
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
# Up to this many matching rows a total is exact; beyond, an estimate (see the module's doc).
EXACT_COUNT_LIMIT = 1_000


@dataclass
class Page(Generic[T]):
    items: list[T]
    cursors: list[str]
    has_next_page: bool
    has_previous_page: bool
    total_count: int | None  # None when the caller did not ask for it


async def count_total(queryset: QuerySet) -> int:
    """Exact when at most ``EXACT_COUNT_LIMIT`` rows match; otherwise PostgreSQL's planner
    estimate (never below the limit), or an exact count where there is none (SQLite)."""
    bounded = await bounded_count(queryset, EXACT_COUNT_LIMIT + 1)
    if bounded <= EXACT_COUNT_LIMIT:
        return bounded
    estimate = await estimated_count(queryset)
    if estimate is None:
        return await queryset.count()
    return max(estimate, bounded)


def _encode_value(value: Any) -> list:
    if isinstance(value, datetime):
        return ["dt", value.isoformat()]
    if isinstance(value, Decimal):
        return ["dec", str(value)]
    if isinstance(value, Enum):
        return ["s", value.value]
    return ["v", value]


def _decode_value(tagged: list) -> Any:
    tag, raw = tagged
    if tag == "dt":
        return datetime.fromisoformat(raw)
    if tag == "dec":
        return Decimal(raw)
    return raw


def encode_cursor(sort_value: Any, row_id: int) -> str:
    payload = json.dumps([_encode_value(sort_value), row_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


MAX_ID = 2**63 - 1  # BIGINT: a larger id in a query is a database error, not "no rows"


def bad_cursor(code: type[Enum]) -> DomainError:
    return DomainError(code("invalid"), "This cursor is not one this API gave out.", "after")


_bad_cursor = bad_cursor


def decode_cursor(cursor: str, code: type[Enum]) -> tuple[Any, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        tagged, row_id = json.loads(base64.urlsafe_b64decode(padded.encode()))
        value = _decode_value(tagged)
    except Exception:
        raise _bad_cursor(code)
    if type(row_id) is not int or not 0 <= row_id <= MAX_ID:
        raise _bad_cursor(code)
    return value, row_id


def _fits(field: Any, value: Any) -> bool:
    """Whether a decoded cursor value can be compared with ``field`` in SQL.

    A forged cursor (a string where a price belongs, a naive or missing date) must be refused
    as INVALID, not reach the database and fail there as an internal error.
    """
    if isinstance(field, fields.DecimalField):
        return isinstance(value, Decimal) and value.is_finite()
    if isinstance(field, fields.DatetimeField):
        return isinstance(value, datetime) and value.tzinfo is not None
    if isinstance(field, fields.CharField | fields.TextField):
        return isinstance(value, str)
    return isinstance(value, field.field_type) and not isinstance(value, bool)


def check_page_size(first: int | None, code: type[Enum]) -> int:
    if first is None:
        return DEFAULT_PAGE_SIZE
    if first < 1 or first > MAX_PAGE_SIZE:
        raise DomainError(
            code("invalid"), f"'first' must be between 1 and {MAX_PAGE_SIZE}.", "first"
        )
    return first


async def paginate(
    queryset: QuerySet,
    *,
    sort_field: str = "id",
    descending: bool = False,
    first: int | None,
    after: str | None,
    code: type[Enum],
    with_total: bool = True,
) -> Page:
    """One page of ``queryset`` ordered by ``(sort_field, id)``; its total when ``with_total``
    (see ``count_total``)."""
    size = check_page_size(first, code)
    ordered = queryset
    if after:
        value, row_id = decode_cursor(after, code)
        if sort_field != "id" and not _fits(queryset.model._meta.fields_map[sort_field], value):
            raise _bad_cursor(code)
        if sort_field == "id":
            ordered = ordered.filter(id__lt=row_id) if descending else ordered.filter(id__gt=row_id)
        else:
            op = "lt" if descending else "gt"
            # The first condition alone bounds the index range; the OR picks within it.
            ordered = ordered.filter(**{f"{sort_field}__{op}e": value}).filter(
                Q(**{f"{sort_field}__{op}": value}) | Q(**{f"id__{op}": row_id})
            )
    sign = "-" if descending else ""
    order = [f"{sign}{sort_field}", f"{sign}id"] if sort_field != "id" else [f"{sign}id"]
    rows = await ordered.order_by(*order).limit(size + 1)
    has_next = len(rows) > size
    rows = rows[:size]
    cursors = [encode_cursor(getattr(r, sort_field), r.id) for r in rows]
    total = await count_total(queryset) if with_total else None
    return Page(rows, cursors, has_next, bool(after), total)
