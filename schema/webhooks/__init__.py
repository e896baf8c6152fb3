"""Webhooks and dispatch: partner endpoints and their delivery log, the merchant inbox and the
merchant's own webhook. See ``docs/webhooks.md``.

- ``enums``: the endpoint and delivery enums, ``WebhookError`` and ``DispatchError``;
- ``objects``: the object types (``WebhookEndpoint``, ``WebhookDelivery``,
  ``MerchantInboxItem``, ``MerchantWebhook``);
- ``inputs``: the mutation inputs and their decoding; ``payloads``: what mutations return;
- ``queries``: the root ``Query`` fields; ``mutations``: the root ``Mutation`` fields.

This package re-exports the names other modules import, and ``types``, the entity types
``schema.build`` adds to the schema (the object types live in ``objects``: a submodule named
``types`` would clash with that list).
"""

from schema.webhooks.enums import (
    DispatchError,
    WebhookDeliveryStatus,
    WebhookDeliveryTarget,
    WebhookEndpointStatus,
    WebhookError,
)
from schema.webhooks.inputs import (
    MerchantInboxAcknowledgeInput,
    MerchantWebhookUpdateInput,
    WebhookEndpointCreateInput,
)
from schema.webhooks.mutations import Mutation
from schema.webhooks.objects import (
    MerchantInboxItem,
    MerchantWebhook,
    WebhookDelivery,
    WebhookEndpoint,
)
from schema.webhooks.payloads import (
    MerchantInboxAcknowledgePayload,
    MerchantWebhookUpdatePayload,
    WebhookDeliveryPayload,
    WebhookEndpointCreatePayload,
    WebhookEndpointDeletePayload,
    WebhookEndpointPayload,
)
from schema.webhooks.queries import Query

types = [WebhookEndpoint, WebhookDelivery, MerchantInboxItem]

__all__ = [
    "DispatchError",
    "MerchantInboxAcknowledgeInput",
    "MerchantInboxAcknowledgePayload",
    "MerchantInboxItem",
    "MerchantWebhook",
    "MerchantWebhookUpdateInput",
    "MerchantWebhookUpdatePayload",
    "Mutation",
    "Query",
    "WebhookDelivery",
    "WebhookDeliveryPayload",
    "WebhookDeliveryStatus",
    "WebhookDeliveryTarget",
    "WebhookEndpoint",
    "WebhookEndpointCreateInput",
    "WebhookEndpointCreatePayload",
    "WebhookEndpointDeletePayload",
    "WebhookEndpointPayload",
    "WebhookEndpointStatus",
    "WebhookError",
    "types",
]
