"""Reviews after receipt (docs/reviews.md).

- ``validation``: what a review, a reply and a moderation reason may hold;
- ``writing``: ``review_create`` (the customer, once per received line), ``review_reply``
  (the merchant, once), ``review_hide`` (platform staff, with a reason), and the shared insert
  that keeps the product's rating counters in step and records ``review.created``;
- ``defaults``: ``record_default_reviews(now)``, the storefront's default positive review;
- ``queries``: a product's page of reviews, who sees a hidden review, the author's shown name.
"""

from resolvers.reviews.defaults import record_default_reviews
from resolvers.reviews.queries import (
    PageKey,
    author_name,
    moderation_history,
    page_key,
    review_by_id,
    review_pages,
    review_visible,
    reviews_by_line,
)
from resolvers.reviews.writing import RECEIVED, review_create, review_hide, review_reply

__all__ = [
    "RECEIVED",
    "PageKey",
    "author_name",
    "moderation_history",
    "page_key",
    "record_default_reviews",
    "review_by_id",
    "review_create",
    "review_hide",
    "review_pages",
    "review_reply",
    "review_visible",
    "reviews_by_line",
]
