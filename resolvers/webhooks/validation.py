"""What a partner gives when registering an endpoint, checked: the URL (also a merchant's own
webhook URL, ``resolvers.dispatch``), the event types and merchants (within the partner key's
scope), and that the viewer is a partner at all.

A URL is checked twice: ``clean_url`` (syntax, cheap) and ``clean_public_url`` (its host, and
every address its name resolves to now, must be public: ``plugins.outbound``), unless the
deployment allows private networks (``PLAZA_WEBHOOK_ALLOW_PRIVATE_NETWORKS=1``, the same switch
delivery obeys). Delivery checks again each time, and connects to the address it checked."""

from __future__ import annotations

import os
from collections.abc import Sequence
from enum import Enum
from urllib.parse import urlsplit

from models.webhooks import EVENT_TYPES
from plugins import outbound
from resolvers.errors import DomainError
from resolvers.errors import WebhookErrorCode as Code
from resolvers.permissions import Viewer, require_user
from resolvers.webhooks.keys import type_allowed

URL_MAX = 500

#: the deployment's switch for receivers on loopback/private networks (development)
PRIVATE_NETWORKS_ENV = "PLAZA_WEBHOOK_ALLOW_PRIVATE_NETWORKS"

#: ``plugins.outbound.OutboundRefused.kind`` -> the error code (lower case: any webhook enum)
_REFUSAL_CODES = {
    "invalid": "invalid_url",
    "not_public": "url_not_public",
    "unresolvable": "url_unresolvable",
}


def clean_url(url: str | None, code: type[Enum] = Code, field: str = "url") -> str:
    """An absolute http(s) URL with a host, no credentials, no fragment, at most 500 chars."""
    url = (url or "").strip()
    bad = DomainError(
        code("invalid_url"), "Give an absolute http:// or https:// URL (at most 500 chars).", field
    )
    if not url or len(url) > URL_MAX or any(c.isspace() or ord(c) < 32 for c in url):
        raise bad
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError:
        raise bad
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise bad
    if parts.username or parts.password:
        raise DomainError(code("invalid_url"), "Do not put credentials in the URL.", field)
    if parts.fragment:
        raise DomainError(code("invalid_url"), "A URL fragment (#...) is never sent.", field)
    return url


def private_networks_allowed() -> bool:
    """Whether URLs may point at loopback/private/link-local addresses (read on each call)."""
    return os.environ.get(PRIVATE_NETWORKS_ENV, "0") == "1"


async def clean_public_url(
    url: str | None,
    code: type[Enum] = Code,
    field: str = "url",
    *,
    allow_private: bool | None = None,
) -> str:
    """``clean_url``, then the host: an address must be public, a name must resolve, and to
    public addresses only (``URL_NOT_PUBLIC``, ``URL_UNRESOLVABLE``)."""
    url = clean_url(url, code, field)
    allow = private_networks_allowed() if allow_private is None else allow_private
    try:
        await outbound.check_target(url, allow)
    except outbound.OutboundRefused as exc:
        raise DomainError(code(_REFUSAL_CODES[exc.kind]), _refusal_message(exc), field) from None
    return url


def _refusal_message(exc: outbound.OutboundRefused) -> str:
    if exc.kind == "unresolvable":
        return f"{exc.message} Give a URL whose host name resolves."
    if exc.kind == "not_public":
        return f"{exc.message} Webhooks only go to public internet addresses."
    return exc.message


def partner_of(viewer: Viewer) -> int:
    if viewer.partner_id is None:
        require_user(viewer, Code)
        raise DomainError(
            Code.PERMISSION_DENIED, "Only partners (API keys) register webhook endpoints."
        )
    return viewer.partner_id


def clean_event_types(viewer: Viewer, event_types: Sequence[str]) -> list[str]:
    wanted = [(e or "").strip() for e in event_types]
    if not wanted:
        raise DomainError(Code.INVALID, "Subscribe to at least one event type.", "eventTypes")
    for i, event_type in enumerate(wanted):
        if event_type not in EVENT_TYPES:
            raise DomainError(
                Code.UNKNOWN_EVENT_TYPE,
                f"Unknown event type {event_type!r}; known: {', '.join(EVENT_TYPES)}.",
                f"eventTypes.{i}",
            )
        if not type_allowed(viewer.partner_event_types, event_type):
            raise DomainError(
                Code.EVENT_TYPE_NOT_ALLOWED,
                f"Your API key does not cover the event type {event_type!r}.",
                f"eventTypes.{i}",
            )
    return sorted(set(wanted))


def clean_merchants(viewer: Viewer, merchant_ids: Sequence[int]) -> list[int]:
    if not merchant_ids:
        raise DomainError(Code.INVALID, "Name at least one merchant.", "merchants")
    for i, merchant_id in enumerate(merchant_ids):
        # an unknown merchant answers like one outside the scope: ids do not leak
        if merchant_id not in viewer.partner_merchant_ids:
            raise DomainError(
                Code.MERCHANT_NOT_IN_SCOPE,
                "This merchant is not in your API key's scope.",
                f"merchants.{i}",
            )
    return sorted(set(merchant_ids))
