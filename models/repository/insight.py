"""Insight's statements: the sales reports and the sales history the forecasts are fitted on.

Each report is one aggregated statement whatever the period's length: the rows of the period
are grouped by a date bucket computed in SQL (:func:`bucket`, written per dialect) and by
currency (amounts in different currencies are never summed together). Money is summed in
integer cents (``CAST(ROUND(x * 100) AS BIGINT)``), exact on both dialects (SQLite would sum
the decimal columns as floats).

What counts as a sale: a merchant order that was paid (``paid_at`` in the period), not a
replacement order of an aftersales case (those cost the customer nothing and would count the
same sale twice). Refunds: refunds that succeeded, on the day they were made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from models import sql
from models.aftersales import CaseType
from models.payments import RefundStatus


class Granularity:
    DAY = "day"
    WEEK = "week"


def bucket(column: str, granularity: str, postgres: bool) -> str:
    """The SQL expression of the UTC day (or the Monday of the ISO week) of a timestamp
    column, as ``YYYY-MM-DD`` text."""
    if postgres:
        unit = "week" if granularity == Granularity.WEEK else "day"
        return f"to_char(date_trunc('{unit}', {column} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')"
    if granularity == Granularity.WEEK:  # the Sunday on or after, back to its Monday
        return f"date({column}, 'weekday 0', '-6 days')"
    return f"date({column})"


def _cents(column: str) -> str:
    return f"CAST(ROUND({column} * 100) AS BIGINT)"


@dataclass(frozen=True)
class Scope:
    """Which orders a report reads: a merchant's (None: every merchant), a storefront's (None:
    every storefront), paid in [start, end)."""

    start: datetime
    end: datetime
    merchant_id: int | None = None
    storefront_id: int | None = None

    def where(self, alias: str, first: int) -> tuple[str, list]:
        """The conditions on the order table ``alias`` (placeholders from ``$first``)."""
        clauses = [f'{alias}."replacement_of_id" IS NULL']
        params: list = []
        for column, value in (
            ("merchant_id", self.merchant_id),
            ("storefront_id", self.storefront_id),
        ):
            if value is not None:
                params.append(value)
                clauses.append(f'{alias}."{column}" = ${first + len(params) - 1}')
        return " AND ".join(clauses), params


# --- sales per day or week ----------------------------------------------------------------------


@dataclass(frozen=True)
class SalesRow:
    bucket: date
    currency: str
    orders: int
    units: int
    revenue_cents: int
    refund_cents: int
    refunds: int


@lru_cache(maxsize=64)
def _sales_text(granularity: str, postgres: bool, where: str) -> str:
    return f"""
    SELECT "bucket", "currency", SUM("orders") AS "orders", SUM("units") AS "units",
        SUM("revenue") AS "revenue", SUM("refunded") AS "refunded", SUM("refunds") AS "refunds"
    FROM (
        SELECT {bucket('o."paid_at"', granularity, postgres)} AS "bucket", o."currency",
            1 AS "orders",
            (SELECT COALESCE(SUM(l."quantity"), 0) FROM "order_line" l
             WHERE l."order_id" = o."id") AS "units",
            {_cents('o."total"')} AS "revenue", 0 AS "refunded", 0 AS "refunds"
        FROM "merchant_order" o
        WHERE o."paid_at" >= $1 AND o."paid_at" < $2 AND {where}
        UNION ALL
        SELECT {bucket('r."created_at"', granularity, postgres)}, o."currency", 0, 0, 0,
            {_cents('r."amount"')}, 1
        FROM "payment_refund" r JOIN "merchant_order" o ON o."id" = r."order_id"
        WHERE r."status" = $3 AND r."created_at" >= $1 AND r."created_at" < $2 AND {where}
    ) AS "facts"
    GROUP BY "bucket", "currency"
    ORDER BY "bucket", "currency"
    """


async def sales_by_bucket(scope: Scope, granularity: str) -> list[SalesRow]:
    """Orders, units, revenue and refunds per bucket and currency, in one statement."""
    where, params = scope.where("o", 4)
    text = _sales_text(granularity, sql.is_postgres(), where)
    rows = await sql.fetch(text, scope.start, scope.end, RefundStatus.SUCCEEDED.value, *params)
    return [
        SalesRow(
            bucket=date.fromisoformat(str(r["bucket"])),
            currency=r["currency"],
            orders=int(r["orders"] or 0),
            units=int(r["units"] or 0),
            revenue_cents=int(r["revenue"] or 0),
            refund_cents=int(r["refunded"] or 0),
            refunds=int(r["refunds"] or 0),
        )
        for r in rows
    ]


# --- top products -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProductRow:
    product_id: int
    merchant_id: int
    name: str
    currency: str
    units: int
    orders: int
    revenue_cents: int


@lru_cache(maxsize=32)
def _top_text(where: str, limit_param: int) -> str:
    return f"""
    SELECT v."product_id", MAX(o."merchant_id") AS "merchant_id", MAX(l."product_name") AS "name",
        l."currency", SUM(l."quantity") AS "units", COUNT(DISTINCT o."id") AS "orders",
        SUM({_cents('l."total"')}) AS "revenue"
    FROM "order_line" l
    JOIN "merchant_order" o ON o."id" = l."order_id"
    JOIN "catalog_variant" v ON v."id" = l."variant_id"
    WHERE o."paid_at" >= $1 AND o."paid_at" < $2 AND {where}
    GROUP BY v."product_id", l."currency"
    ORDER BY "units" DESC, "revenue" DESC, v."product_id"
    LIMIT ${limit_param}
    """


async def top_products(scope: Scope, limit: int) -> list[ProductRow]:
    """The products sold most (units) in the period, per currency, in one statement."""
    where, params = scope.where("o", 3)
    rows = await sql.fetch(
        _top_text(where, 3 + len(params)), scope.start, scope.end, *params, limit
    )
    return [
        ProductRow(
            product_id=int(r["product_id"]),
            merchant_id=int(r["merchant_id"]),
            name=r["name"],
            currency=r["currency"],
            units=int(r["units"] or 0),
            orders=int(r["orders"] or 0),
            revenue_cents=int(r["revenue"] or 0),
        )
        for r in rows
    ]


# --- aftersales rate ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AftersalesRow:
    orders: int
    orders_with_cases: int
    cases: int
    by_type: dict[str, int]


@lru_cache(maxsize=32)
def _aftersales_text(where: str) -> str:
    per_type = ", ".join(
        f'SUM(CASE WHEN c."type" = \'{t.value}\' THEN 1 ELSE 0 END) AS "t_{t.value}"'
        for t in CaseType
    )
    return f"""
    SELECT COUNT(DISTINCT o."id") AS "orders", COUNT(DISTINCT c."order_id") AS "with_cases",
        COUNT(c."id") AS "cases", {per_type}
    FROM "merchant_order" o
    LEFT JOIN "aftersales_case" c ON c."order_id" = o."id"
    WHERE o."paid_at" >= $1 AND o."paid_at" < $2 AND {where}
    """


async def aftersales_counts(scope: Scope) -> AftersalesRow:
    """Of the orders paid in the period: how many, how many have a case (opened at any time),
    and the cases by type, in one statement."""
    where, params = scope.where("o", 3)
    (row,) = await sql.fetch(_aftersales_text(where), scope.start, scope.end, *params)
    return AftersalesRow(
        orders=int(row["orders"] or 0),
        orders_with_cases=int(row["with_cases"] or 0),
        cases=int(row["cases"] or 0),
        by_type={t.value: int(row[f"t_{t.value}"] or 0) for t in CaseType},
    )


# --- the forecasts' history ---------------------------------------------------------------------


async def variants_sold(start: datetime, end: datetime) -> list[int]:
    """The variants with units sold in [start, end), by id."""
    rows = await sql.fetch(
        """
        SELECT DISTINCT l."variant_id" FROM "order_line" l
        JOIN "merchant_order" o ON o."id" = l."order_id"
        WHERE o."paid_at" >= $1 AND o."paid_at" < $2 AND o."replacement_of_id" IS NULL
        ORDER BY l."variant_id"
        """,
        start,
        end,
    )
    return [int(r["variant_id"]) for r in rows]


async def daily_units(
    variant_ids: list[int], start: datetime, end: datetime
) -> dict[int, dict[date, int]]:
    """Units sold per UTC day of each variant in [start, end), in one statement."""
    if not variant_ids:
        return {}
    day = bucket('o."paid_at"', Granularity.DAY, sql.is_postgres())
    rows = await sql.fetch(
        f"""
        SELECT l."variant_id", {day} AS "day", SUM(l."quantity") AS "units"
        FROM "order_line" l JOIN "merchant_order" o ON o."id" = l."order_id"
        WHERE l."variant_id" IN ({sql.placeholders(3, len(variant_ids))})
            AND o."paid_at" >= $1 AND o."paid_at" < $2 AND o."replacement_of_id" IS NULL
        GROUP BY l."variant_id", {day}
        """,
        start,
        end,
        *variant_ids,
    )
    history: dict[int, dict[date, int]] = {}
    for r in rows:
        history.setdefault(int(r["variant_id"]), {})[date.fromisoformat(str(r["day"]))] = int(
            r["units"]
        )
    return history


async def variant_merchants(variant_ids: list[int]) -> dict[int, int]:
    """The merchant of each variant (through its product)."""
    if not variant_ids:
        return {}
    rows = await sql.fetch(
        f"""
        SELECT v."id", p."merchant_id" FROM "catalog_variant" v
        JOIN "catalog_product" p ON p."id" = v."product_id"
        WHERE v."id" IN ({sql.placeholders(1, len(variant_ids))})
        """,
        *variant_ids,
    )
    return {int(r["id"]): int(r["merchant_id"]) for r in rows}


async def available_units(variant_id: int) -> int:
    """What the variant's stock rows hold beyond their reservations, in all warehouses."""
    (row,) = await sql.fetch(
        'SELECT COALESCE(SUM("on_hand" - "reserved"), 0) AS "n" FROM "inventory_stock" '
        'WHERE "variant_id" = $1',
        variant_id,
    )
    return int(row["n"] or 0)
