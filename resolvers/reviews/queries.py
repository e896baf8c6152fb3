"""Reading reviews: the products' pages of visible reviews (newest first, by rating; batched),
who may see a hidden one, what name a review shows, and a review's moderation history."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from models.accounts import User
from models.repository.reviews import latest_visible_reviews, visible_counts
from models.reviews import RATING_MAX, RATING_MIN, Review, ReviewModeration
from resolvers.errors import DomainError
from resolvers.errors import ReviewErrorCode as Code
from resolvers.pagination import MAX_ID, Page, check_page_size, decode_cursor, encode_cursor
from resolvers.permissions import Viewer

MODERATION_MAX = 50


def review_visible(viewer: Viewer, review: Any) -> bool:
    """A review is public; once hidden only platform staff, its author and the reviewed
    merchant's staff see it (the author learns it was hidden, the merchant what was said)."""
    if review is None:
        return False
    if not review.hidden:
        return True
    return viewer.user_id is not None and (
        viewer.is_platform_staff
        or viewer.user_id == review.customer_id
        or (viewer.merchant_id is not None and viewer.merchant_id == review.merchant_id)
    )


@dataclass(frozen=True)
class PageKey:
    """One product's page of reviews as asked (a DataLoader key: the products of a list page
    asked alike are read in one statement)."""

    product_id: int
    size: int
    before_id: int | None  # the ``after`` cursor's review id
    rating: int | None
    with_total: bool
    known_total: int | None = None  # unfiltered: the product's ``rating_count``, no query


def page_key(
    product_id: int,
    *,
    first: int | None,
    after: str | None,
    rating: int | None = None,
    with_total: bool = True,
    rating_count: int | None = None,
) -> PageKey:
    """Check a page request (``first`` 1..100, a cursor given out, ``rating`` 1..5)."""
    size = check_page_size(first, Code)
    before_id = decode_cursor(after, Code)[1] if after else None
    if rating is not None and not RATING_MIN <= rating <= RATING_MAX:
        raise DomainError(
            Code.INVALID, f"A rating is {RATING_MIN} to {RATING_MAX} stars.", "rating"
        )
    known = rating_count if rating is None else None
    return PageKey(product_id, size, before_id, rating, with_total, known)


async def review_pages(keys: Sequence[PageKey]) -> list[Page]:
    """Batch loader: each key's page, newest first (keyset on the review id), one statement
    per kind of request (``models.repository.reviews``); totals only when asked."""
    pages: dict[PageKey, Page] = {}
    kinds: dict[tuple, list[PageKey]] = defaultdict(list)
    for key in keys:
        kinds[(key.size, key.before_id, key.rating, key.with_total)].append(key)
    for (size, before_id, rating, with_total), group in kinds.items():
        ids = sorted({k.product_id for k in group})
        rows = await latest_visible_reviews(ids, size + 1, rating, before_id)
        by_product: dict[int, list[Review]] = defaultdict(list)
        for row in sorted(rows, key=lambda r: -r.id):
            by_product[row.product_id].append(row)
        counts = await visible_counts(ids, rating) if with_total and rating is not None else {}
        for key in group:
            found = by_product.get(key.product_id, [])
            items = found[:size]
            total = None
            if with_total:
                total = key.known_total if rating is None else counts.get(key.product_id, 0)
                total = max(total or 0, len(items))
            pages[key] = Page(
                items,
                [encode_cursor(r.id, r.id) for r in items],
                len(found) > size,
                before_id is not None,
                total,
            )
    return [pages[k] for k in keys]


async def reviews_by_line(line_ids) -> list[Review | None]:
    """Batch loader: the review of each order line (None: not reviewed)."""
    rows = {r.order_line_id: r for r in await Review.filter(order_line_id__in=set(line_ids))}
    return [rows.get(i) for i in line_ids]


async def review_by_id(viewer: Viewer, review_id: int) -> Review | None:
    if not 0 < review_id <= MAX_ID:
        return None
    review = await Review.get_or_none(id=review_id)
    return review if review_visible(viewer, review) else None


def mask(name: str) -> str:
    """A name shown on a review: its first and last characters, the middle starred."""
    name = name.strip()
    if len(name) <= 1:
        return (name or "*") + "***"
    return f"{name[0]}***{name[-1]}"


def author_name(review: Any, user: User | None) -> str | None:
    """What a review shows of its author: nothing when anonymous (or a default review), else
    the customer's name masked (or their email's local part, masked)."""
    if review.anonymous or user is None:
        return None
    return mask(user.full_name or user.email.split("@")[0])


async def moderation_history(viewer: Viewer, review_id: int) -> list[ReviewModeration]:
    """The moderation steps of a review, oldest first: platform staff only (others: none)."""
    if viewer.user_id is None or not viewer.is_platform_staff:
        return []
    return list(
        await ReviewModeration.filter(review_id=review_id).order_by("id").limit(MODERATION_MAX)
    )
