"""Webhooks: the mutation inputs, and their decoding."""

from __future__ import annotations

import strawberry

from resolvers.errors import WebhookErrorCode
from schema.base import decode_id


@strawberry.input
class WebhookEndpointCreateInput:
    url: str = strawberry.field(description="Where to POST: an absolute http(s) URL.")
    event_types: list[str] = strawberry.field(
        description="E.g. order.paid (see webhookEventTypes)."
    )
    merchants: list[strawberry.ID] = strawberry.field(
        description="Merchants whose events to receive: within your API key's scope."
    )
    description: str = ""


@strawberry.input
class MerchantWebhookUpdateInput:
    url: str | None = strawberry.field(description="The webhook URL; null or empty removes it.")
    merchant: strawberry.ID | None = strawberry.field(
        default=None, description="Admins: which merchant. Staff: their own (default)."
    )
    rotate_secret: bool = strawberry.field(
        default=False, description="Make a new signing secret (the old one stops working)."
    )


@strawberry.input
class MerchantInboxAcknowledgeInput:
    ids: list[strawberry.ID]


def endpoint_pk(value: strawberry.ID, field: str = "id") -> int:
    return decode_id(value, "WebhookEndpoint", WebhookErrorCode, field)
