"""Webhooks: what the webhook and dispatch mutations return."""

from __future__ import annotations

import strawberry

from resolvers.errors import WebhookErrorCode
from schema.base import attempt
from schema.webhooks.enums import DispatchError, WebhookError
from schema.webhooks.objects import (
    MerchantInboxItem,
    MerchantWebhook,
    WebhookDelivery,
    WebhookEndpoint,
)


@strawberry.type
class WebhookEndpointCreatePayload:
    endpoint: WebhookEndpoint | None
    secret: str | None = strawberry.field(
        description="The signing secret (whsec_...): shown only here, keep it."
    )
    errors: list[WebhookError]


@strawberry.type
class WebhookEndpointPayload:
    endpoint: WebhookEndpoint | None
    errors: list[WebhookError]


@strawberry.type
class WebhookEndpointDeletePayload:
    deleted_id: strawberry.ID | None
    errors: list[WebhookError]


@strawberry.type
class WebhookDeliveryPayload:
    delivery: WebhookDelivery | None
    errors: list[WebhookError]


@strawberry.type
class MerchantWebhookUpdatePayload:
    webhook: MerchantWebhook | None
    secret: str | None = strawberry.field(
        description="The signing secret (whsec_...) when one was made: shown only here."
    )
    errors: list[DispatchError]


@strawberry.type
class MerchantInboxAcknowledgePayload:
    items: list[MerchantInboxItem]
    errors: list[DispatchError]


async def endpoint_payload(run) -> WebhookEndpointPayload:
    row, errors = await attempt(run, WebhookErrorCode)
    return WebhookEndpointPayload(endpoint=row and WebhookEndpoint.from_model(row), errors=errors)
