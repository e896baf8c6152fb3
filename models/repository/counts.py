"""Counting the rows of a listing without reading them all: a bounded exact count, and the
planner's estimate (PostgreSQL) for when there are more.

Both take a Tortoise queryset (its filters, not its order) and run its SQL inside an outer
statement, so a listing's count is always of the rows its page is drawn from.
"""

from __future__ import annotations

import json
from typing import Any

from tortoise.queryset import QuerySet


def queryset_sql(queryset: QuerySet) -> tuple[Any, str, list]:
    """The queryset's connection, its SQL text (with the dialect's placeholders) and params."""
    query = queryset  # a values_list() query: built for this call, so free to build
    query._choose_db_if_not_chosen()
    query._make_query()
    text, params = query.query.get_parameterized_sql()
    return query._db, text, list(params)


async def bounded_count(queryset: QuerySet, limit: int) -> int:
    """How many rows ``queryset`` has, counting at most ``limit`` of them: a count that reads
    at most ``limit`` index entries however large the table grows."""
    db, text, params = queryset_sql(queryset.order_by().limit(limit).values_list("id", flat=True))
    rows = await db.execute_query_dict(f'SELECT COUNT(*) AS "n" FROM ({text}) AS "bounded"', params)
    return int(rows[0]["n"])


async def estimated_count(queryset: QuerySet) -> int | None:
    """The PostgreSQL planner's estimate of how many rows ``queryset`` has (``EXPLAIN``'s row
    estimate of the scan, from the table's statistics: as fresh as the last ANALYZE), or None
    on a database that has no cheap estimate (SQLite)."""
    db, text, params = queryset_sql(queryset.order_by().values_list("id", flat=True))
    if db.capabilities.dialect != "postgres":
        return None
    rows = await db.execute_query_dict(f"EXPLAIN (FORMAT JSON) {text}", params)
    plan = rows[0]["QUERY PLAN"]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])
