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


async def fetch_models(
    model: type[M],
    statement: str,
    *params: Any,
    related: dict[str, type[Model]] | None = None,
) -> list[M]:
    """The rows of a query as ``model`` instances, converted by the ORM as its own queries are.

    Select the table's columns under their own names (``SELECT *``, ``SELECT t.*``,
    ``RETURNING *``). ``related``: models joined in the same row, attached as
    ``select_related`` attaches them (``{"storefront": Storefront}`` sets
    ``instance.storefront``); select their columns with :func:`columns`.
    """
    rows = await fetch_joined(model, statement, *params, related=related)
    return [instance for instance, _ in rows]


async def fetch_joined(
    model: type[M],
    statement: str,
    *params: Any,
    related: dict[str, type[Model]] | None = None,
) -> list[tuple[M, dict]]:
    """Like :func:`fetch_models`, each instance with its row as a dict, for the columns the
    query computes (``EXISTS (...) AS "listed"``)."""
    result = []
    for row in await fetch(statement, *params):  # rows also of UPDATE/INSERT ... RETURNING
        instance = model._init_from_db(**row)
        for attr, related_model in (related or {}).items():
            object.__setattr__(instance, f"_{attr}", part(row, related_model, attr))
        result.append((instance, row))
    return result


def part(row: dict, model: type[M], prefix: str) -> M | None:
    """The ``model`` instance held in ``row`` under ``prefix`` (columns selected with
    :func:`columns`), or None when they are all NULL (an outer join that found nothing)."""
    start = f"{prefix}."
    fields = {k[len(start) :]: v for k, v in row.items() if k.startswith(start)}
    if not any(v is not None for v in fields.values()):
        return None
    return model._init_from_db(**fields)


@lru_cache(maxsize=64)
def columns(model: type[Model], alias: str, prefix: str) -> str:
    """``alias."column" AS "prefix.column", ...`` for every column of ``model``: a joined
    model's part of a row, for :func:`fetch_models` ``related``."""
    return ", ".join(
        f'{alias}."{column}" AS "{prefix}.{column}"'
        for column in model._meta.fields_db_projection.values()
    )


@lru_cache(maxsize=256)
def _update_text(
    table: str, columns: tuple[str, ...], increments: tuple[str, ...], where: str
) -> str:
    sets = [f'"{c}" = ${n}' for n, c in enumerate(columns, start=1)]
    sets += [f'"{c}" = "{c}" + 1' for c in increments]
    return f'UPDATE "{table}" SET {", ".join(sets)} WHERE {_shifted(where, len(columns))}'


async def update_fields(
    model: type[Model],
    changes: dict[str, Any],
    where: str,
    *where_params: Any,
    increments: tuple[str, ...] = (),
) -> int:
    """``UPDATE`` ``model``'s table: set ``changes`` (field name -> value, converted as the ORM
    converts it) and add 1 to each field named in ``increments``, on the rows ``where`` selects
    (its placeholders numbered from ``$1``, for ``where_params``). Returns how many rows
    changed. The statement text is built once per set of fields."""
    meta = model._meta
    projection = meta.fields_db_projection
    text = _update_text(
        meta.db_table,
        tuple(projection[name] for name in changes),
        tuple(projection[name] for name in increments),
        where,
    )
    values = [meta.fields_map[name].to_db_value(value, None) for name, value in changes.items()]
    return await execute(text, *values, *where_params)


# --- writing new rows ---------------------------------------------------------------------------


# The last id an AUTOINCREMENT table handed out (its counter; or its largest id, if above).
_SQLITE_LAST_ID = """
    MAX(COALESCE((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = ${n}), 0),
        COALESCE((SELECT MAX("id") FROM "{table}"), 0)) AS "{n}"
"""


async def next_ids(counts: dict[type[Model], int]) -> dict[type[Model], list[int]]:
    """Ids for new rows, taken before they are written, so that a use case can build rows that
    refer to each other (an order's lines, its history) and write them all in one statement
    (:func:`insert_models`). Call inside the transaction that writes them.

    PostgreSQL: from each table's sequence, in one statement. SQLite: the next values of the
    tables' AUTOINCREMENT counters; safe because a SQLite database has one writer at a time
    and this process runs one transaction at a time (the embedded, one-process set-up).
    """
    wanted = [(model, n) for model, n in counts.items() if n > 0]
    ids: dict[type[Model], list[int]] = {model: [] for model in counts}
    if not wanted:
        return ids
    conn = connection()
    if is_postgres(conn):
        parts = [
            f"ARRAY(SELECT nextval(pg_get_serial_sequence('\"{model._meta.db_table}\"', 'id'))"
            f' FROM generate_series(1, ${i})) AS "{i}"'
            for i, (model, _) in enumerate(wanted, start=1)
        ]
        (row,) = await fetch(f"SELECT {', '.join(parts)}", *(n for _, n in wanted))
        for i, (model, _) in enumerate(wanted, start=1):
            ids[model] = list(row[str(i)])
        return ids
    last = [
        _SQLITE_LAST_ID.format(n=i, table=model._meta.db_table)
        for i, (model, _) in enumerate(wanted, start=1)
    ]
    (row,) = await fetch(f"SELECT {', '.join(last)}", *(m._meta.db_table for m, _ in wanted))
    for i, (model, n) in enumerate(wanted, start=1):
        ids[model] = list(range(row[str(i)] + 1, row[str(i)] + 1 + n))
    return ids


@lru_cache(maxsize=512)
def _insert_text(table: str, columns: tuple[str, ...], rows: int, first: int) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    width = len(columns)
    values = ", ".join("(" + placeholders(first + r * width, width) + ")" for r in range(rows))
    return f'INSERT INTO "{table}" ({names}) VALUES {values}'


def _rows_for_insert(instances: list[Model]) -> tuple[str, tuple[str, ...], list[Any]]:
    """The table, columns and flat values of new instances of one model, converted as the ORM
    converts them (defaults, auto timestamps, enums, JSON); the id only if it is set."""
    meta = instances[0]._meta
    with_id = instances[0].pk is not None
    fields = [name for name in meta.fields_db_projection if with_id or name != meta.pk_attr]
    values: list[Any] = []
    for instance in instances:
        for name in fields:
            values.append(meta.fields_map[name].to_db_value(getattr(instance, name), instance))
    columns = tuple(meta.fields_db_projection[name] for name in fields)
    return meta.db_table, columns, values


async def insert_models(
    instances: list[Model], also: list[tuple[str, tuple]] | None = None
) -> None:
    """Write new model instances: one statement on PostgreSQL (an INSERT per table, chained as
    data-modifying CTEs; foreign keys are checked at the end of the statement, so parents and
    children may go together), one INSERT per table on SQLite. Tables are written in the order
    their first instance comes; give parents before children. Instances either all have their
    id set (:func:`next_ids`) or none has, per model; ids the database assigns are not read back.
    ``also``: other statements ``(text, params)`` to run with them (in the same statement on
    PostgreSQL: an UPDATE as one more CTE), e.g. marking the row they came from.
    """
    groups: dict[tuple[type[Model], bool], list[Model]] = {}
    for instance in instances:
        groups.setdefault((type(instance), instance.pk is not None), []).append(instance)
    others = also or []
    statements = [_rows_for_insert(group) for group in groups.values()]
    if is_postgres() and len(statements) + len(others) > 1:
        clauses: list[str] = []
        params: list[Any] = []
        for table, columns, values in statements:
            text = _insert_text(table, columns, len(values) // len(columns), len(params) + 1)
            clauses.append(f'"w{len(clauses)}" AS ({text})')
            params += values
        for text, values in others:
            clauses.append(f'"w{len(clauses)}" AS ({_shifted(text, len(params))})')
            params += values
        await fetch(f'WITH {", ".join(clauses)} SELECT 1 AS "done"', *params)
    else:
        for table, columns, values in statements:
            await execute(_insert_text(table, columns, len(values) // len(columns), 1), *values)
        for text, values in others:
            await execute(text, *values)
    for instance in instances:
        instance._saved_in_db = True


@lru_cache(maxsize=64)
def _shifted(statement: str, by: int) -> str:
    """``statement`` with its placeholders ``$n`` renumbered ``$(n + by)``."""
    return _NUMBERED.sub(lambda m: f"${int(m.group(1)) + by}", statement)
