"""Descriptions of the reviews domain's types (see ``schema.descriptions``)."""

from __future__ import annotations

DESCRIPTIONS: dict[str, str] = {
    # objects
    "Review": (
        "A customer's review of one line of a received order: stars, text, photos, the "
        "merchant's reply. Public once written; a hidden one only for platform staff, its "
        "author and the reviewed merchant. It never names its order, line or customer."
    ),
    "Review.rating": "The stars given, 1 to 5 (a default review gives 5).",
    "Review.text": "What the customer wrote (at most 500 characters); may be empty.",
    "Review.imageUrls": (
        "Photo addresses the customer attached (at most 9 `https://` URLs, hosted by the "
        "storefront's upload service; Plaza never fetches them); may be empty."
    ),
    "Review.anonymous": "The customer chose to show no name: `authorName` is null.",
    "Review.reply": "The merchant's answer; null until the merchant replied (once only).",
    "Review.product": (
        "The product reviewed; null once it is archived, except for its merchant's staff and "
        "platform admins."
    ),
    "ReviewReply.text": "The merchant's answer (1 to 500 characters).",
    "ReviewReply.repliedAt": "When the merchant replied (ISO 8601, UTC).",
    "ReviewModerationStep.action": "What platform staff did: `hidden`.",
    "ReviewModerationStep.reason": "Why, as the staff member wrote it (1 to 300 characters).",
    "ReviewModerationStep.at": "When it was done (ISO 8601, UTC).",
    "ReviewModerationStep.actorId": (
        "The global ID of the platform staff `User` who did it; null if unknown."
    ),
    # error codes
    "ReviewErrorCode.NOT_RECEIVED": (
        "The line's order is not received yet (not DELIVERED or COMPLETED)."
    ),
    "ReviewErrorCode.ALREADY_REVIEWED": (
        "The line already has a review: the customer's, or the default one recorded when "
        "its window passed."
    ),
    "ReviewErrorCode.ALREADY_REPLIED": "The merchant has already replied to this review.",
    "ReviewErrorCode.ALREADY_HIDDEN": "The review is already hidden.",
    # inputs
    "ReviewReplyInput.review": "The review's global ID (a review of the viewer's merchant).",
    "ReviewHideInput.review": "The review's global ID.",
    # root fields and arguments
    "Query.review(id)": (
        "The review's global ID; an unknown or malformed one, or a hidden review the viewer "
        "may not see, answers null."
    ),
    "Product.reviews(rating)": (
        "Only the reviews with this many stars (1 to 5; anything else is refused as "
        "INVALID); omitted, every rating."
    ),
}
