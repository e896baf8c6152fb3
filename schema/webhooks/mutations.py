"""Webhooks: the root mutations (endpoints, retries, the merchant's webhook and inbox)."""

from __future__ import annotations

import strawberry

from resolvers import dispatch as dispatch_uc
from resolvers import webhooks as uc
from resolvers.errors import DispatchErrorCode, WebhookErrorCode
from schema.base import attempt, decode_id, decode_optional_id, global_id
from schema.context import Info
from schema.webhooks.inputs import (
    MerchantInboxAcknowledgeInput,
    MerchantWebhookUpdateInput,
    WebhookEndpointCreateInput,
)
from schema.webhooks.inputs import endpoint_pk as _endpoint_pk
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
from schema.webhooks.payloads import endpoint_payload as _endpoint_payload


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="A partner registers an endpoint; the signing secret is returned once."
    )
    async def webhook_endpoint_create(
        self, info: Info, input: WebhookEndpointCreateInput
    ) -> WebhookEndpointCreatePayload:
        async def run():
            return await uc.endpoint_create(
                info.context.viewer,
                input.url,
                input.event_types,
                [
                    decode_id(m, "Merchant", WebhookErrorCode, f"merchants.{i}")
                    for i, m in enumerate(input.merchants)
                ],
                input.description,
            )

        result, errors = await attempt(run, WebhookErrorCode)
        if result is None:
            return WebhookEndpointCreatePayload(endpoint=None, secret=None, errors=errors)
        endpoint, secret = result
        return WebhookEndpointCreatePayload(
            endpoint=WebhookEndpoint.from_model(endpoint), secret=secret, errors=[]
        )

    @strawberry.mutation(description="Stop sending to an endpoint; pending deliveries wait.")
    async def webhook_endpoint_pause(self, info: Info, id: strawberry.ID) -> WebhookEndpointPayload:
        return await _endpoint_payload(
            lambda: uc.endpoint_pause(info.context.viewer, _endpoint_pk(id))
        )

    @strawberry.mutation(description="Send to the endpoint again, starting with what waited.")
    async def webhook_endpoint_resume(
        self, info: Info, id: strawberry.ID
    ) -> WebhookEndpointPayload:
        return await _endpoint_payload(
            lambda: uc.endpoint_resume(info.context.viewer, _endpoint_pk(id))
        )

    @strawberry.mutation(description="Delete an endpoint and its delivery log.")
    async def webhook_endpoint_delete(
        self, info: Info, id: strawberry.ID
    ) -> WebhookEndpointDeletePayload:
        pk, errors = await attempt(
            lambda: uc.endpoint_delete(info.context.viewer, _endpoint_pk(id)), WebhookErrorCode
        )
        return WebhookEndpointDeletePayload(
            deleted_id=pk and global_id("WebhookEndpoint", pk), errors=errors
        )

    @strawberry.mutation(
        description="Deliver again now with a fresh round of attempts (failed, delivered or "
        "waiting for a retry)."
    )
    async def webhook_delivery_retry(self, info: Info, id: strawberry.ID) -> WebhookDeliveryPayload:
        async def run():
            pk = decode_id(id, "WebhookDelivery", WebhookErrorCode, "id")
            return await uc.delivery_retry(info.context.viewer, pk)

        row, errors = await attempt(run, WebhookErrorCode)
        return WebhookDeliveryPayload(
            delivery=row and WebhookDelivery.from_model(row), errors=errors
        )

    @strawberry.mutation(
        description="Set or remove the merchant's webhook (owner). A signing secret is made "
        "the first time (or on rotateSecret) and returned only then."
    )
    async def merchant_webhook_update(
        self, info: Info, input: MerchantWebhookUpdateInput
    ) -> MerchantWebhookUpdatePayload:
        async def run():
            return await dispatch_uc.merchant_webhook_update(
                info.context.viewer,
                decode_optional_id(input.merchant, "Merchant", DispatchErrorCode, "merchant"),
                input.url,
                input.rotate_secret,
            )

        result, errors = await attempt(run, DispatchErrorCode)
        if result is None:
            return MerchantWebhookUpdatePayload(webhook=None, secret=None, errors=errors)
        merchant, secret = result
        return MerchantWebhookUpdatePayload(
            webhook=MerchantWebhook.from_model(merchant), secret=secret, errors=[]
        )

    @strawberry.mutation(description="Merchant staff acknowledge dispatched orders.")
    async def merchant_inbox_acknowledge(
        self, info: Info, input: MerchantInboxAcknowledgeInput
    ) -> MerchantInboxAcknowledgePayload:
        async def run():
            ids = [
                decode_id(v, "MerchantInboxItem", DispatchErrorCode, f"ids.{i}")
                for i, v in enumerate(input.ids)
            ]
            return await dispatch_uc.inbox_acknowledge(info.context.viewer, ids)

        rows, errors = await attempt(run, DispatchErrorCode)
        return MerchantInboxAcknowledgePayload(
            items=[MerchantInboxItem.from_model(r) for r in rows or []], errors=errors
        )
