"""Keyset (cursor) pagination over a Tortoise queryset.

A cursor encodes the last row's sort value and id, so the next page is a range query on an
index (``(sort, id) > (value, id)``), not an OFFSET that reads and discards rows.
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

from resolvers.errors import DomainError

T = TypeVar("T")
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


@dataclass
class Page(Generic[T]):
    items: list[T]
    cursors: list[str]
    has_next_page: bool
    has_previous_page: bool
    total_count: int


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


def _bad_cursor(code: type[Enum]) -> DomainError:
    return DomainError(code("invalid"), "This cursor is not one this API gave out.", "after")


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
) -> Page:
    """One page of ``queryset`` ordered by ``(sort_field, id)``; total count included."""
    size = check_page_size(first, code)
    total = await queryset.count()
    ordered = queryset
    if after:
        value, row_id = decode_cursor(after, code)
        if sort_field != "id" and not _fits(queryset.model._meta.fields_map[sort_field], value):
            raise _bad_cursor(code)
        if sort_field == "id":
            ordered = ordered.filter(id__lt=row_id) if descending else ordered.filter(id__gt=row_id)
        else:
            op = "lt" if descending else "gt"
            ordered = ordered.filter(
                Q(**{f"{sort_field}__{op}": value})
                | Q(**{sort_field: value}, **{f"id__{op}": row_id})
            )
    sign = "-" if descending else ""
    order = [f"{sign}{sort_field}", f"{sign}id"] if sort_field != "id" else [f"{sign}id"]
    rows = await ordered.order_by(*order).limit(size + 1)
    has_next = len(rows) > size
    rows = rows[:size]
    cursors = [encode_cursor(getattr(r, sort_field), r.id) for r in rows]
    return Page(rows, cursors, has_next, bool(after), total)
