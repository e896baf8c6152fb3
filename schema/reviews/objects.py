"""Reviews: the object types (a review, the merchant's reply, a moderation step).

``Review`` is a tenant type (``schema.visibility``): public once written, and when hidden only
for platform staff, its author and the reviewed merchant. It never names the order or the line
it is of, and an anonymous review no author.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Annotated, Any, get_args

import strawberry
from strawberry import relay

from models.reviews import Review as ReviewModel
from models.reviews import ReviewModeration as ModerationModel
from resolvers import batches
from resolvers import reviews as uc
from resolvers.catalog import product_visible
from schema.base import global_id, load_nodes
from schema.context import Info

ProductRef = Annotated["Product", strawberry.lazy("schema.catalog.objects")]  # noqa: F821


@cache
def _resolve(ref: Any) -> Any:
    forward, lazy = get_args(ref)
    return lazy.resolve_forward_ref(forward).resolve_type()


async def _reviews(ids):
    return await batches.by_id(ReviewModel, ids)


@strawberry.type(description="The merchant's answer to a review (one per review).")
class ReviewReply:
    text: str
    replied_at: datetime


@strawberry.type(description="A step of a review's moderation by platform staff.")
class ReviewModerationStep:
    action: str
    reason: str
    at: datetime
    actor_id: strawberry.ID | None

    @classmethod
    def from_model(cls, m: ModerationModel) -> ReviewModerationStep:
        return cls(
            action=m.action,
            reason=m.reason,
            at=m.created_at,
            actor_id=global_id("User", m.actor_id) if m.actor_id else None,
        )


@strawberry.federation.type(keys=["id"])
class Review(relay.Node):
    id: relay.NodeID[int]
    rating: int
    text: str
    image_urls: list[str]
    anonymous: bool
    is_default: bool = strawberry.field(
        description="Recorded by the storefront's default-review window: the customer did "
        "not review the line in time."
    )
    hidden: bool = strawberry.field(
        description="Hidden by platform staff (only they, the author and the merchant see it)."
    )
    created_at: datetime
    reply: ReviewReply | None
    row: strawberry.Private[ReviewModel]

    @strawberry.field(description="The author's name, masked; null for an anonymous review.")
    async def author_name(self, info: Info) -> str | None:
        if self.row.anonymous:
            return None
        user = await info.context.loader("user", batches.users).load(self.row.customer_id)
        return uc.author_name(self.row, user)

    @strawberry.field
    async def product(self, info: Info) -> ProductRef | None:
        row = await info.context.loader("product", batches.products).load(self.row.product_id)
        if not product_visible(info.context.viewer, row):
            return None
        return _resolve(ProductRef).from_model(row)

    @strawberry.field(description="Platform staff: the moderation history (empty for others).")
    async def moderation(self, info: Info) -> list[ReviewModerationStep]:
        steps = await uc.moderation_history(info.context.viewer, self.row.id)
        return [ReviewModerationStep.from_model(s) for s in steps]

    @classmethod
    def from_model(cls, m: ReviewModel) -> Review:
        reply = None
        if m.reply_text is not None:
            reply = ReviewReply(text=m.reply_text, replied_at=m.replied_at)
        return cls(
            id=m.id,
            rating=m.rating,
            text=m.text,
            image_urls=list(m.image_urls or []),
            anonymous=m.anonymous,
            is_default=m.is_default,
            hidden=m.hidden,
            created_at=m.created_at,
            reply=reply,
            row=m,
        )

    @classmethod
    async def of_line(cls, info: Info, line_id: int) -> Review | None:
        """``OrderLine.review`` (whoever sees the line; the rule screens a hidden one)."""
        row = await info.context.loader("review_by_line", uc.reviews_by_line).load(line_id)
        return cls.from_model(row) if row is not None else None

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        viewer = info.context.viewer
        rows = await load_nodes(info.context.loader("review", _reviews), node_ids)
        return [
            cls.from_model(r) if r is not None and uc.review_visible(viewer, r) else None
            for r in rows
        ]
