"""Hand-written SQL for the few statements every request or purchase runs.

The ORM builds each statement anew (query objects, filters, model instances): about 0.25 ms of
CPU per statement on top of the driver's own cost. For the statements on the hot path (the
viewer lookup of every authenticated request, the writes of a purchase) a fixed SQL text costs
only the round trip. Statements are written once, with PostgreSQL's numbered ``$n``
placeholders, in SQL both dialects accept; :func:`for_dialect` turns them into SQLite's ``?n``.
They run on the connection of the current transaction, if any, like the ORM's queries.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, TypeVar

from tortoise import connections
from tortoise.models import Model

_NUMBERED = re.compile(r"\$(\d+)")
M = TypeVar("M", bound=Model)


def connection():
    """The ``default`` connection: the current transaction's inside ``in_transaction()``."""
    return connections.get("default")


def is_postgres(conn=None) -> bool:
    return (conn or connection()).capabilities.dialect == "postgres"


@lru_cache(maxsize=256)
def for_dialect(statement: str, dialect: str) -> str:
    """``statement`` (written with ``$n`` placeholders) as the dialect's driver takes it."""
    return statement if dialect == "postgres" else _NUMBERED.sub(r"?\1", statement)


async def fetch(statement: str, *params: Any) -> list[dict]:
    """The rows of a query, as dicts."""
    conn = connection()
    return await conn.execute_query_dict(
        for_dialect(statement, conn.capabilities.dialect), list(params)
    )


async def execute(statement: str, *params: Any) -> int:
    """Run a statement; returns how many rows an UPDATE or DELETE changed (not for INSERTs:
    PostgreSQL's driver reports 0 for them)."""
    conn = connection()
    count, _ = await conn.execute_query(
        for_dialect(statement, conn.capabilities.dialect), list(params)
    )
    return count


def json_value(value: Any) -> Any:
    """A JSON column's value as Python data (drivers hand JSON back as text)."""
    return json.loads(value) if isinstance(value, str | bytes) else value


def placeholders(start: int, count: int) -> str:
    """``$start, ..., $start+count-1``: the placeholders of an ``IN (...)`` list."""
    return ", ".join(f"${n}" for n in range(start, start + count))


async def fetch_models(model: type[M], statement: str, *params: Any) -> list[M]:
    """The rows of a query as ``model`` instances, converted by the ORM as its own queries are.

    Select the table's columns under their own names (``SELECT *`` or ``SELECT t.*``)."""
    conn = connection()
    executor = conn.executor_class(model=model, db=conn)
    return await executor.execute_select(
        for_dialect(statement, conn.capabilities.dialect), list(params)
    )
