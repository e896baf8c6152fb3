"""Product search ranked by relevance: the statement behind a storefront search without a
chosen sort order.

The candidates are a bounded window: at most ``window`` products that match the search and
the other filters (the ORM queryset's SQL, served on PostgreSQL by the trigram GIN index on
``search_text``), however many match. Only they are ranked, so a common word costs the same on
a table of a million products as on one of ten thousand. The rank, an integer:

* the tier of the match in the product's name (1000 per tier): the name is the term (3),
  starts with it (2), contains it (1), or only the description or a SKU does (0);
* PostgreSQL adds, within a tier, the trigram similarity of the name to the term (0-999,
  ``pg_trgm``'s ``similarity``): the closer the name, the higher. SQLite has no similarity
  (the tiers alone, ties in newest-first order).

Rows come in (rank, id) descending order; a page after a cursor continues below its
``(rank, id)``: the same keyset as every other listing, on a computed value.
"""

from __future__ import annotations

from tortoise.filters import escape_like
from tortoise.queryset import QuerySet

from models import sql
from models.catalog import Product
from models.repository.counts import queryset_sql

_TIERS = """(CASE WHEN LOWER(p."name") = CAST(${t} AS TEXT) THEN 3
        WHEN LOWER(p."name") LIKE CAST(${prefix} AS TEXT) ESCAPE '\\' THEN 2
        WHEN LOWER(p."name") LIKE CAST(${inside} AS TEXT) ESCAPE '\\' THEN 1
        ELSE 0 END) * 1000"""
_SIMILARITY = """ + CAST(ROUND(similarity(LOWER(p."name"), CAST(${t} AS TEXT)) * 999) AS INTEGER)"""
_RANKED = """
    WITH "w" ("id") AS ({window})
    SELECT * FROM (
        SELECT p.*, {rank} AS "search_rank"
        FROM "catalog_product" p WHERE p."id" IN (SELECT "id" FROM "w")
    ) AS "r"
    WHERE {after}
    ORDER BY "search_rank" DESC, "id" DESC
    LIMIT ${limit}
"""
_AFTER = '("search_rank" < ${rank} OR ("search_rank" = ${rank} AND "id" < ${id}))'


async def ranked_products(
    matches: QuerySet,
    term: str,
    *,
    window: int,
    limit: int,
    after: tuple[int, int] | None = None,
) -> list[tuple[Product, int]]:
    """Up to ``limit`` of the best-ranked products among the first ``window`` of ``matches``
    (which filters on the search already), each with its rank; after ``(rank, id)``."""
    db, text, params = queryset_sql(matches.order_by().limit(window).values_list("id", flat=True))
    n = len(params)
    names = {"t": n + 1, "prefix": n + 2, "inside": n + 3, "limit": n + 4}
    values = [term, f"{escape_like(term)}%", f"%{escape_like(term)}%", limit]
    rank = _TIERS.format(**names)
    if db.capabilities.dialect == "postgres":
        rank += _SIMILARITY.format(**names)
    condition = "1 = 1"
    if after is not None:
        condition = _AFTER.format(rank=n + 5, id=n + 6)
        values += list(after)
    statement = _RANKED.format(window=text, rank=rank, after=condition, limit=names["limit"])
    rows = await sql.fetch_joined(Product, statement, *params, *values)
    return [(product, int(row["search_rank"])) for product, row in rows]
