"""The default positive review: a line received more than the storefront's window ago
(``StorefrontPolicy.default_review_after``; ``default_review_days`` in its settings, off for
the mall) without a review gets a 5-star review marked ``is_default``, as the Chinese
marketplaces record one when the buyer says nothing.

Idempotent and safe in several workers at once: the unique key on the order line decides
between the job and a customer reviewing at the same moment (the loser writes nothing). Run
by the periodic order timers (``tasks.orders.run_order_timers``).
"""

from __future__ import annotations

import logging
from datetime import datetime

from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from models.merchants import Storefront
from models.orders import OrderLine
from models.reviews import DEFAULT_RATING, Review
from resolvers.orders import now_utc, policy_of
from resolvers.reviews.writing import RECEIVED, insert_review

log = logging.getLogger("plaza.reviews")

DEFAULT_BATCH = 200


async def due_lines(storefront_id: int, cutoff: datetime, limit: int) -> list[OrderLine]:
    """Lines of the storefront's orders received at or before ``cutoff`` with no review,
    oldest receipt first (the orders' (status, storefront, delivered_at) index)."""
    return list(
        await OrderLine.filter(
            order__status__in=list(RECEIVED),
            order__storefront_id=storefront_id,
            order__delivered_at__lte=cutoff,
        )
        .exclude(id__in=Subquery(Review.all().values("order_line_id")))
        .select_related("order", "variant")
        .order_by("order__delivered_at", "id")
        .limit(limit)
    )


async def record_default_reviews(
    now: datetime | None = None, limit: int = DEFAULT_BATCH
) -> dict[str, int]:
    """Record the default review of every due line, at most ``limit`` per run (call again
    while ``recorded`` equals it); ``skipped``: lines reviewed meanwhile."""
    now = now or now_utc()
    result = {"recorded": 0, "skipped": 0}
    left = limit
    for storefront in await Storefront.all().order_by("id"):
        window = policy_of(storefront).default_review_after
        if window is None or left <= 0:
            continue
        lines = await due_lines(storefront.id, now - window, left)
        left -= len(lines)
        for line in lines:
            review = Review(
                order_line_id=line.id,
                order_id=line.order_id,
                product_id=line.variant.product_id,
                merchant_id=line.order.merchant_id,
                customer_id=line.order.customer_id,
                rating=DEFAULT_RATING,
                text="",
                image_urls=[],
                anonymous=True,
                is_default=True,
            )
            async with in_transaction():
                written = await insert_review(review, now)
            result["recorded" if written else "skipped"] += 1
    if result["recorded"]:
        log.info("default reviews: %s", result)
    return result
