"""Writing reviews: the customer's review of a received line, the merchant's one reply, and
platform staff hiding an abusive review (with a reason, kept in the moderation history).

Each use case is one transaction: the review row, the product's rating counters (an atomic
``UPDATE ... SET rating_count = rating_count + 1, rating_sum = rating_sum + :rating``) and the
``review.created`` outbox event commit together, or nothing does.
"""

from __future__ import annotations

from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models.accounts import StaffRole
from models.catalog import Product
from models.orders import OrderLine, OrderStatus
from models.reviews import REVIEW_CREATED, Review, ReviewModeration
from resolvers import outbox
from resolvers.errors import DomainError
from resolvers.errors import ReviewErrorCode as Code
from resolvers.orders import now_utc
from resolvers.pagination import MAX_ID
from resolvers.permissions import (
    Viewer,
    require_merchant_role,
    require_platform_staff,
    require_user,
)
from resolvers.reviews.validation import (
    check_rating,
    hide_reason,
    image_urls,
    reply_text,
    review_text,
)

#: an order is received once delivered (and stays so when completed)
RECEIVED = frozenset({OrderStatus.DELIVERED, OrderStatus.COMPLETED})
#: staff roles that answer customers (owners always may)
REPLY_ROLES = frozenset({StaffRole.CUSTOMER_SERVICE})


def _not_found(field: str, what: str = "order line") -> DomainError:
    return DomainError(Code.NOT_FOUND, f"No such {what}.", field)


async def count_in(product_id: int, rating: int, sign: int = 1) -> None:
    """Add (``sign`` 1) or take away (-1) one visible review of ``rating`` on the product."""
    await Product.filter(id=product_id).update(
        rating_count=F("rating_count") + sign, rating_sum=F("rating_sum") + sign * rating
    )


def created_event(review: Review, at: datetime) -> outbox.Event:
    """``review.created``, for the merchant's partners: what the review says and what it is
    of; never who wrote it."""
    return outbox.Event(
        topic=REVIEW_CREATED,
        aggregate="review",
        aggregate_id=review.id,
        merchant_id=review.merchant_id,
        customer_id=review.customer_id,
        payload={
            "product_id": review.product_id,
            "order_id": review.order_id,
            "order_line_id": review.order_line_id,
            "rating": review.rating,
            "text": review.text,
            "image_urls": list(review.image_urls or []),
            "anonymous": review.anonymous,
            "default": review.is_default,
            "at": at.isoformat(),
        },
    )


async def insert_review(review: Review, at: datetime) -> bool:
    """Write ``review`` (inside the caller's transaction), count it on its product and record
    ``review.created``; False, with nothing written, when the line has a review already (the
    unique key on the line decides between concurrent writers)."""
    try:
        async with in_transaction():  # a savepoint: a conflict leaves the caller's intact
            await review.save()
    except IntegrityError:
        return False
    await count_in(review.product_id, review.rating)
    await outbox.record_many([created_event(review, at)])
    return True


async def review_create(
    viewer: Viewer,
    order_line_id: int,
    *,
    rating: int,
    text: str | None = "",
    images: list[str] | None = None,
    anonymous: bool = False,
) -> Review:
    """The customer of a received order reviews one of its lines, once."""
    user_id = require_user(viewer, Code)
    if not 0 < order_line_id <= MAX_ID:
        raise _not_found("input.orderLine")
    rating = check_rating(rating)
    text = review_text(text)
    images = image_urls(images)
    now = now_utc()
    async with in_transaction():
        line = await OrderLine.filter(id=order_line_id).select_related("order", "variant").first()
        # another customer's line is not one the viewer can know of
        if line is None or line.order.customer_id != user_id:
            raise _not_found("input.orderLine")
        if OrderStatus(line.order.status) not in RECEIVED:
            raise DomainError(
                Code.NOT_RECEIVED,
                "An order is reviewed once received (delivered or completed).",
                "input.orderLine",
            )
        if await Review.filter(order_line_id=line.id).exists():
            raise DomainError(Code.ALREADY_REVIEWED, "This line is reviewed.", "input.orderLine")
        review = Review(
            order_line_id=line.id,
            order_id=line.order_id,
            product_id=line.variant.product_id,
            merchant_id=line.order.merchant_id,
            customer_id=user_id,
            rating=rating,
            text=text,
            image_urls=images,
            anonymous=bool(anonymous),
        )
        if not await insert_review(review, now):  # a concurrent request reviewed it first
            raise DomainError(Code.ALREADY_REVIEWED, "This line is reviewed.", "input.orderLine")
    return review


async def _review(review_id: int, *, lock: bool = False) -> Review:
    if not 0 < review_id <= MAX_ID:
        raise _not_found("input.review", "review")
    qs = Review.filter(id=review_id)
    row = await (qs.select_for_update() if lock else qs).first()
    if row is None:
        raise _not_found("input.review", "review")
    return row


async def review_reply(viewer: Viewer, review_id: int, text: str | None) -> Review:
    """The reviewed merchant's staff (owner, customer service) answer a review, once. Another
    merchant's staff are told it does not exist; anyone else that only staff reply."""
    require_user(viewer, Code)
    text = reply_text(text)
    review = await _review(review_id)
    if viewer.merchant_id is not None and viewer.merchant_id != review.merchant_id:
        raise _not_found("input.review", "review")
    require_merchant_role(viewer, review.merchant_id, REPLY_ROLES, Code, allow_admin=False)
    now = now_utc()
    replied = await Review.filter(id=review.id, reply_text__isnull=True).update(
        reply_text=text, replied_at=now, replied_by_id=viewer.user_id, updated_at=now
    )
    if not replied:
        raise DomainError(Code.ALREADY_REPLIED, "This review has its reply.", "input.review")
    return await _review(review.id)


async def review_hide(viewer: Viewer, review_id: int, reason: str | None) -> Review:
    """Platform staff hide an abusive review: it leaves the product page and its counts; the
    step is kept (who, when, why) in the review's moderation history."""
    require_platform_staff(viewer, Code)
    reason = hide_reason(reason)
    now = now_utc()
    async with in_transaction():
        review = await _review(review_id)
        hidden = await Review.filter(id=review.id, hidden=False).update(
            hidden=True, hidden_at=now, updated_at=now
        )
        if not hidden:
            raise DomainError(Code.ALREADY_HIDDEN, "This review is hidden.", "input.review")
        await count_in(review.product_id, review.rating, -1)
        await ReviewModeration.create(
            review_id=review.id, actor_id=viewer.user_id, action="hidden", reason=reason
        )
    return await _review(review.id)
