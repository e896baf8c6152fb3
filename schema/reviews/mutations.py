"""Reviews: the inputs, the payload, and the root fields (``review`` and the mutations)."""

from __future__ import annotations

import strawberry

from resolvers import reviews as uc
from resolvers.errors import ReviewErrorCode as Code
from schema.base import attempt, decode_id, error_type, parse_pk
from schema.context import Info
from schema.reviews.objects import Review

ReviewError = error_type(Code, "ReviewError")


@strawberry.input
class ReviewCreateInput:
    order_line: strawberry.ID = strawberry.field(
        description="The `OrderLine.id` of a received order of the viewer's."
    )
    rating: int = strawberry.field(description="1 to 5 stars.")
    text: str = strawberry.field(default="", description="At most 500 characters.")
    image_urls: list[str] = strawberry.field(
        default_factory=list, description="At most 9 https URLs of at most 500 characters."
    )
    anonymous: bool = strawberry.field(default=False, description="Show no name with the review.")


@strawberry.input
class ReviewReplyInput:
    review: strawberry.ID
    text: str = strawberry.field(description="1 to 500 characters.")


@strawberry.input
class ReviewHideInput:
    review: strawberry.ID
    reason: str = strawberry.field(description="1 to 300 characters, kept in the history.")


@strawberry.type(description="The result of a review operation: the review, or why not.")
class ReviewPayload:
    review: Review | None
    errors: list[ReviewError]


async def _payload(run) -> ReviewPayload:
    row, errors = await attempt(run, Code)
    return ReviewPayload(review=row and Review.from_model(row), errors=errors)


def _line_pk(value: strawberry.ID) -> int:
    """An order line's id as ``OrderLine.id`` gives it (a number), or its global id."""
    pk = parse_pk(value)
    return pk if pk is not None else decode_id(value, "OrderLine", Code, "input.orderLine")


def _review_pk(value: strawberry.ID) -> int:
    return decode_id(value, "Review", Code, "input.review")


@strawberry.type
class Query:
    @strawberry.field(description="A review by its global ID (a hidden one: see Review.hidden).")
    async def review(self, info: Info, id: strawberry.ID) -> Review | None:
        try:
            pk = decode_id(id, "Review", Code, "id")
        except Exception:
            return None
        row = await uc.review_by_id(info.context.viewer, pk)
        return row and Review.from_model(row)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="The customer reviews one line of a received (delivered or completed) "
        "order, once."
    )
    async def review_create(self, info: Info, input: ReviewCreateInput) -> ReviewPayload:
        async def run():
            return await uc.review_create(
                info.context.viewer,
                _line_pk(input.order_line),
                rating=input.rating,
                text=input.text,
                images=list(input.image_urls or []),
                anonymous=input.anonymous,
            )

        return await _payload(run)

    @strawberry.mutation(
        description="The reviewed merchant's staff (owner, customer service) answer, once."
    )
    async def review_reply(self, info: Info, input: ReviewReplyInput) -> ReviewPayload:
        return await _payload(
            lambda: uc.review_reply(info.context.viewer, _review_pk(input.review), input.text)
        )

    @strawberry.mutation(
        description="Platform staff hide an abusive review (with a reason, kept in its "
        "history): it leaves the product page and the product's rating."
    )
    async def review_hide(self, info: Info, input: ReviewHideInput) -> ReviewPayload:
        return await _payload(
            lambda: uc.review_hide(info.context.viewer, _review_pk(input.review), input.reason)
        )
