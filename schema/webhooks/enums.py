"""Webhooks: the endpoint and delivery enums, and the error types."""

from __future__ import annotations

import strawberry

from models.webhooks import DeliveryStatus as DeliveryStatusModel
from models.webhooks import DeliveryTarget as DeliveryTargetModel
from models.webhooks import EndpointStatus as EndpointStatusModel
from resolvers.errors import DispatchErrorCode, WebhookErrorCode
from schema.base import error_type

WebhookError = error_type(WebhookErrorCode, "WebhookError")
DispatchError = error_type(DispatchErrorCode, "DispatchError")
WebhookEndpointStatus = strawberry.enum(EndpointStatusModel, name="WebhookEndpointStatus")
WebhookDeliveryStatus = strawberry.enum(DeliveryStatusModel, name="WebhookDeliveryStatus")
WebhookDeliveryTarget = strawberry.enum(DeliveryTargetModel, name="WebhookDeliveryTarget")
