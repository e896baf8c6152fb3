"""Reviews: what a customer says of one line of a received order, the merchant's one reply,
and the platform's moderation record.

One review per order line (a unique constraint: the customer's review and the storefront's
default positive review cannot both be written, whoever commits first wins). A review carries
the ids of its product, merchant and customer copied from the line's order, so the product
page is one index range and no listing joins the orders.

``Product.rating_count`` / ``rating_sum`` count the *visible* reviews of a product: they change
in the transaction that writes the review (+1, +rating) or hides it (-1, -rating), by an
atomic ``UPDATE ... SET rating_count = rating_count + 1`` (no read-modify-write race).
"""

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel

RATING_MIN = 1
RATING_MAX = 5
#: the rating a default review gives (the marketplaces' "default positive review")
DEFAULT_RATING = 5
TEXT_MAX = 500
REPLY_MAX = 500
IMAGES_MAX = 9
IMAGE_URL_MAX = 500
HIDE_REASON_MAX = 300

#: the outbox topic partners may subscribe to
REVIEW_CREATED = "review.created"
REVIEW_TOPICS: tuple[str, ...] = (REVIEW_CREATED,)


class Review(TimestampedModel):
    order_line = fields.OneToOneField(
        "models.OrderLine", related_name="review", on_delete=fields.CASCADE
    )
    order = fields.ForeignKeyField(
        "models.MerchantOrder", related_name="reviews", on_delete=fields.CASCADE
    )
    product = fields.ForeignKeyField(
        "models.Product", related_name="reviews", on_delete=fields.CASCADE
    )
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="reviews", on_delete=fields.CASCADE
    )
    customer = fields.ForeignKeyField(
        "models.User", related_name="reviews", on_delete=fields.CASCADE
    )
    rating = fields.SmallIntField()
    text = fields.CharField(max_length=TEXT_MAX, default="")
    image_urls = fields.JSONField(default=list)
    anonymous = fields.BooleanField(default=False)
    # Recorded by the storefront's default-review window, not written by the customer.
    is_default = fields.BooleanField(default=False)
    hidden = fields.BooleanField(default=False)
    hidden_at = fields.DatetimeField(null=True)
    reply_text = fields.CharField(max_length=REPLY_MAX, null=True)
    replied_at = fields.DatetimeField(null=True)
    replied_by = fields.ForeignKeyField(
        "models.User", related_name="review_replies", null=True, on_delete=fields.SET_NULL
    )

    class Meta:
        table = "review"
        indexes = (
            # the product page, newest first, with and without a rating filter (keyset on id)
            Index(fields=("product_id", "hidden", "id")),
            Index(fields=("product_id", "hidden", "rating", "id")),
            Index(fields=("order_id",)),
            Index(fields=("merchant_id", "id")),
            Index(fields=("customer_id", "id")),
            Index(fields=("replied_by_id",)),
        )


class ReviewModeration(TimestampedModel):
    """One moderation step of a review by platform staff (who, when, what, why)."""

    review = fields.ForeignKeyField(
        "models.Review", related_name="moderation", on_delete=fields.CASCADE
    )
    actor = fields.ForeignKeyField(
        "models.User", related_name="review_moderation", null=True, on_delete=fields.SET_NULL
    )
    action = fields.CharField(max_length=16)  # "hidden"
    reason = fields.CharField(max_length=HIDE_REASON_MAX)

    class Meta:
        table = "review_moderation"
        indexes = (Index(fields=("review_id", "id")), Index(fields=("actor_id",)))
