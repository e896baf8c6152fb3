"""Reviews: the product pages of many products in one statement (``Product.reviews`` under a
product list), and their counts by rating."""

from __future__ import annotations

from collections.abc import Sequence

from models import sql
from models.reviews import Review


def _filters(rating: int | None, before_id: int | None, start: int) -> tuple[str, list]:
    text, params = "", []
    if rating is not None:
        params.append(rating)
        text += f' AND "rating" = ${start + len(params) - 1}'
    if before_id is not None:
        params.append(before_id)
        text += f' AND "id" < ${start + len(params) - 1}'
    return text, params


async def latest_visible_reviews(
    product_ids: Sequence[int], limit: int, rating: int | None, before_id: int | None
) -> list[Review]:
    """For each product, its ``limit`` newest visible reviews (of ``rating`` stars, older than
    ``before_id``): one ``UNION ALL`` of one limited range per product, each served by the
    ``(product_id, hidden, [rating,] id)`` index, so a product with many reviews costs no more
    than ``limit`` rows."""
    if not product_ids:
        return []
    parts, params = [], []
    for product_id in product_ids:
        start = len(params) + 1
        params.extend([product_id, False])
        extra, extra_params = _filters(rating, before_id, start + 2)
        params.extend(extra_params)
        params.append(limit)
        parts.append(
            f'SELECT * FROM (SELECT * FROM "review" WHERE "product_id" = ${start} '
            f'AND "hidden" = ${start + 1}{extra} ORDER BY "id" DESC LIMIT ${len(params)}) '
            f'AS "p{start}"'
        )
    return await sql.fetch_models(Review, " UNION ALL ".join(parts), *params)


async def visible_counts(product_ids: Sequence[int], rating: int) -> dict[int, int]:
    """How many visible reviews of ``rating`` stars each product has (exact)."""
    if not product_ids:
        return {}
    statement = (
        'SELECT "product_id", COUNT(*) AS "n" FROM "review" WHERE "product_id" IN '
        f'({sql.placeholders(1, len(product_ids))}) AND "hidden" = ${len(product_ids) + 1} '
        f'AND "rating" = ${len(product_ids) + 2} GROUP BY "product_id"'
    )
    rows = await sql.fetch(statement, *product_ids, False, rating)
    return {int(r["product_id"]): int(r["n"]) for r in rows}
