"""Reviews after receipt: the customer's review of a received line, the merchant's reply,
platform moderation; ``Product.reviews`` / ``ratingAverage`` / ``ratingCount`` are on the
catalog's ``Product`` (docs/reviews.md).

- ``objects``: ``Review``, ``ReviewReply``, ``ReviewModerationStep``;
- ``mutations``: ``reviewCreate``, ``reviewReply``, ``reviewHide`` with their inputs and
  payload; ``Query``: ``review(id)``.
"""

from schema.reviews.mutations import (
    Mutation,
    Query,
    ReviewCreateInput,
    ReviewError,
    ReviewHideInput,
    ReviewPayload,
    ReviewReplyInput,
)
from schema.reviews.objects import Review, ReviewModerationStep, ReviewReply

types = [Review]

__all__ = [
    "Mutation",
    "Query",
    "Review",
    "ReviewCreateInput",
    "ReviewError",
    "ReviewHideInput",
    "ReviewModerationStep",
    "ReviewPayload",
    "ReviewReply",
    "ReviewReplyInput",
    "types",
]
