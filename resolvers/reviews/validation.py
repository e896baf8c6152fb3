"""What a review, a reply and a moderation reason may hold; each refusal names its field."""

from __future__ import annotations

from urllib.parse import urlsplit

from models.reviews import (
    HIDE_REASON_MAX,
    IMAGE_URL_MAX,
    IMAGES_MAX,
    RATING_MAX,
    RATING_MIN,
    REPLY_MAX,
    TEXT_MAX,
)
from resolvers.errors import DomainError, clean_text
from resolvers.errors import ReviewErrorCode as Code


def check_rating(rating: int) -> int:
    if type(rating) is not int or not RATING_MIN <= rating <= RATING_MAX:
        raise DomainError(
            Code.INVALID, f"A rating is {RATING_MIN} to {RATING_MAX} stars.", "input.rating"
        )
    return rating


def review_text(text: str | None) -> str:
    return clean_text(text, "input.text", Code, required=False, limit=TEXT_MAX)


def reply_text(text: str | None) -> str:
    return clean_text(text, "input.text", Code, required=True, limit=REPLY_MAX)


def hide_reason(reason: str | None) -> str:
    return clean_text(reason, "input.reason", Code, required=True, limit=HIDE_REASON_MAX)


def _is_image_url(url: str) -> bool:
    if not url.isprintable() or any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a malformed port
    except ValueError:
        return False
    del port
    return parts.scheme == "https" and bool(parts.hostname) and not parts.username


def image_urls(urls: list[str] | None) -> list[str]:
    """At most ``IMAGES_MAX`` https URLs of at most ``IMAGE_URL_MAX`` characters, kept in the
    order given (duplicates dropped). The images are hosted elsewhere (the storefront's upload
    service): Plaza stores and shows the addresses, it never fetches them."""
    cleaned: list[str] = []
    for url in urls or []:
        url = (url or "").strip()
        if url not in cleaned:
            cleaned.append(url)
    if len(cleaned) > IMAGES_MAX:
        raise DomainError(Code.INVALID, f"At most {IMAGES_MAX} images.", "input.imageUrls")
    for url in cleaned:
        if len(url) > IMAGE_URL_MAX:
            raise DomainError(
                Code.INVALID,
                f"An image URL has at most {IMAGE_URL_MAX} characters.",
                "input.imageUrls",
            )
        if not _is_image_url(url):
            raise DomainError(
                Code.INVALID, "An image URL is an https:// address.", "input.imageUrls"
            )
    return cleaned
