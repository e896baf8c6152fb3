"""Reading reviews: a product's page of visible reviews (newest first, by rating), who may see
a hidden one, what name a review shows, and a review's moderation history."""

from __future__ import annotations

from typing import Any

from models.accounts import User
from models.reviews import RATING_MAX, RATING_MIN, Review, ReviewModeration
from resolvers.errors import DomainError
from resolvers.errors import ReviewErrorCode as Code
from resolvers.pagination import MAX_ID, Page, paginate
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


async def product_reviews(
    product_id: int,
    *,
    first: int | None,
    after: str | None,
    rating: int | None = None,
    with_total: bool = True,
) -> Page:
    """The product's visible reviews, newest first; ``rating``: only those of that many stars
    (served by the (product, hidden, rating, id) index)."""
    qs = Review.filter(product_id=product_id, hidden=False)
    if rating is not None:
        if not RATING_MIN <= rating <= RATING_MAX:
            raise DomainError(
                Code.INVALID, f"A rating is {RATING_MIN} to {RATING_MAX} stars.", "rating"
            )
        qs = qs.filter(rating=rating)
    return await paginate(
        qs, descending=True, first=first, after=after, code=Code, with_total=with_total
    )


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
