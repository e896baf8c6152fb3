"""Webhooks and dispatch: partner endpoints and their delivery log, the merchant inbox and the
merchant's own webhook. See ``docs/webhooks.md``."""

from __future__ import annotations

import json
from datetime import datetime

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from models.webhooks import EVENT_TYPES
from models.webhooks import DeliveryStatus as DeliveryStatusModel
from models.webhooks import DeliveryTarget as DeliveryTargetModel
from models.webhooks import EndpointStatus as EndpointStatusModel
from models.webhooks import MerchantInboxItem as InboxItemModel
from models.webhooks import WebhookDelivery as DeliveryModel
from models.webhooks import WebhookEndpoint as EndpointModel
from resolvers import batches
from resolvers import dispatch as dispatch_uc
from resolvers import webhooks as uc
from resolvers.errors import DispatchErrorCode, WebhookErrorCode
from schema.base import (
    Connection,
    attempt,
    connection,
    decode_id,
    decode_optional_id,
    error_type,
    global_id,
    load_nodes,
)
from schema.catalog import Merchant
from schema.context import Info
from schema.orders import MerchantOrder

WebhookError = error_type(WebhookErrorCode, "WebhookError")
DispatchError = error_type(DispatchErrorCode, "DispatchError")
WebhookEndpointStatus = strawberry.enum(EndpointStatusModel, name="WebhookEndpointStatus")
WebhookDeliveryStatus = strawberry.enum(DeliveryStatusModel, name="WebhookDeliveryStatus")
WebhookDeliveryTarget = strawberry.enum(DeliveryTargetModel, name="WebhookDeliveryTarget")


def _endpoints_loader(info: Info):
    viewer = info.context.viewer
    return info.context.loader("webhook_endpoint", lambda ids: uc.visible_endpoints(viewer, ids))


@strawberry.federation.type(
    keys=["id"], shareable=True, description="A partner's webhook receiver."
)
class WebhookEndpoint(relay.Node):
    id: relay.NodeID[int]
    url: str
    description: str
    event_types: list[str]
    status: WebhookEndpointStatus
    created_at: datetime
    updated_at: datetime
    merchant_pks: strawberry.Private[list[int]]

    @strawberry.field(description="The merchants whose events it receives.")
    def merchant_ids(self) -> list[strawberry.ID]:
        return [global_id("Merchant", pk) for pk in self.merchant_pks]

    @strawberry.field(description="The merchants whose events it receives.")
    async def merchants(self, info: Info) -> list[Merchant]:
        rows = await info.context.loader("merchant", batches.merchants).load_many(self.merchant_pks)
        return [Merchant.from_model(r) for r in rows if r is not None]

    @classmethod
    def from_model(cls, m: EndpointModel) -> WebhookEndpoint:
        return cls(
            id=m.id,
            url=m.url,
            description=m.description,
            event_types=list(m.event_types or []),
            status=m.status,
            created_at=m.created_at,
            updated_at=m.updated_at,
            merchant_pks=list(m.merchant_ids or []),
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        rows = await load_nodes(_endpoints_loader(info), node_ids)
        return [r and cls.from_model(r) for r in rows]


@strawberry.federation.type(
    keys=["id"],
    shareable=True,
    description="One event for one receiver (a partner endpoint or a merchant's webhook), with "
    "its log: status, attempts, the last error.",
)
class WebhookDelivery(relay.Node):
    id: relay.NodeID[int]
    webhook_id: str = strawberry.field(
        description="The `webhook-id` header: the same on every attempt (deduplicate on it)."
    )
    event_type: str
    target: WebhookDeliveryTarget
    status: WebhookDeliveryStatus
    attempts: int = strawberry.field(description="Attempts made, over every round.")
    redeliveries: int = strawberry.field(description="Retries asked for by hand.")
    last_status_code: int | None = strawberry.field(
        description="The HTTP status of the latest attempt (none: no response)."
    )
    last_error: str | None = strawberry.field(
        description="The latest failure, kept after a later success."
    )
    last_attempt_at: datetime | None
    next_attempt_at: datetime | None
    delivered_at: datetime | None
    created_at: datetime
    body: str = strawberry.field(description="The exact JSON body sent.")
    endpoint_pk: strawberry.Private[int | None]
    merchant_pk: strawberry.Private[int | None]

    @strawberry.field(description="The body, parsed: `{type, timestamp, data}`.")
    def payload(self) -> JSON:
        return json.loads(self.body)

    @strawberry.field(description="The partner endpoint (none for a merchant's own webhook).")
    async def endpoint(self, info: Info) -> WebhookEndpoint | None:
        if self.endpoint_pk is None:
            return None
        row = await _endpoints_loader(info).load(self.endpoint_pk)
        return row and WebhookEndpoint.from_model(row)

    @strawberry.field(description="The merchant the event is about.")
    async def merchant(self, info: Info) -> Merchant | None:
        if self.merchant_pk is None:
            return None
        row = await info.context.loader("merchant", batches.merchants).load(self.merchant_pk)
        return row and Merchant.from_model(row)

    @classmethod
    def from_model(cls, m: DeliveryModel) -> WebhookDelivery:
        return cls(
            id=m.id,
            webhook_id=m.message_id,
            event_type=m.event_type,
            target=m.target,
            status=m.status,
            attempts=m.attempts,
            redeliveries=m.redeliveries,
            last_status_code=m.last_status_code,
            last_error=m.last_error,
            last_attempt_at=m.last_attempt_at,
            next_attempt_at=m.next_attempt_at,
            delivered_at=m.delivered_at,
            created_at=m.created_at,
            body=m.body,
            endpoint_pk=m.endpoint_id,
            merchant_pk=m.merchant_id,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        viewer = info.context.viewer
        loader = info.context.loader(
            "webhook_delivery", lambda ids: uc.visible_deliveries(viewer, ids)
        )
        rows = await load_nodes(loader, node_ids)
        return [r and cls.from_model(r) for r in rows]


@strawberry.federation.type(
    keys=["id"], shareable=True, description="A paid merchant order dispatched to its merchant."
)
class MerchantInboxItem(relay.Node):
    id: relay.NodeID[int]
    event_type: str
    payload: JSON = strawberry.field(
        description="The dispatched order, as the merchant's webhook receives it."
    )
    acknowledged_at: datetime | None
    created_at: datetime
    order_pk: strawberry.Private[int]
    merchant_pk: strawberry.Private[int]

    @strawberry.field
    def order_number(self) -> str | None:
        return (self.payload.get("data") or {}).get("orderNumber")

    @strawberry.field(description="The order as it is now.")
    async def order(self, info: Info) -> MerchantOrder | None:
        row = await info.context.loader("inbox_order", dispatch_uc.orders_by_id).load(self.order_pk)
        return row and MerchantOrder.from_model(row)

    @strawberry.field
    async def merchant(self, info: Info) -> Merchant:
        row = await info.context.loader("merchant", batches.merchants).load(self.merchant_pk)
        return Merchant.from_model(row)

    @classmethod
    def from_model(cls, m: InboxItemModel) -> MerchantInboxItem:
        return cls(
            id=m.id,
            event_type=m.event_type,
            payload=m.payload,
            acknowledged_at=m.acknowledged_at,
            created_at=m.created_at,
            order_pk=m.order_id,
            merchant_pk=m.merchant_id,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        viewer = info.context.viewer
        loader = info.context.loader(
            "inbox_item", lambda ids: dispatch_uc.visible_inbox_items(viewer, ids)
        )
        rows = await load_nodes(loader, node_ids)
        return [r and cls.from_model(r) for r in rows]


@strawberry.type(description="A merchant's own webhook (its secret is only shown when made).")
class MerchantWebhook:
    url: str | None
    has_secret: bool
    merchant_pk: strawberry.Private[int]

    @strawberry.field
    async def merchant(self, info: Info) -> Merchant:
        row = await info.context.loader("merchant", batches.merchants).load(self.merchant_pk)
        return Merchant.from_model(row)

    @classmethod
    def from_model(cls, m) -> MerchantWebhook:
        return cls(url=m.webhook_url, has_secret=bool(m.webhook_secret), merchant_pk=m.id)


# --- inputs and payloads --------------------------------------------------------------------------


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


def _endpoint_pk(value: strawberry.ID, field: str = "id") -> int:
    return decode_id(value, "WebhookEndpoint", WebhookErrorCode, field)


async def _endpoint_payload(run) -> WebhookEndpointPayload:
    row, errors = await attempt(run, WebhookErrorCode)
    return WebhookEndpointPayload(endpoint=row and WebhookEndpoint.from_model(row), errors=errors)


# --- root fields ----------------------------------------------------------------------------------


@strawberry.type
class Query:
    @strawberry.field(description="The event types a webhook endpoint may subscribe to.")
    def webhook_event_types(self) -> list[str]:
        return list(EVENT_TYPES)

    @strawberry.field(
        description="Webhook endpoints: a partner's own; platform staff every partner's."
    )
    async def webhook_endpoints(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[WebhookEndpoint]:
        page = await uc.endpoints(info.context.viewer, first=first, after=after)
        return connection(page, WebhookEndpoint.from_model)

    @strawberry.field(
        description="The delivery log, newest first: a partner's endpoints', a merchant owner's "
        "webhook's, or (platform staff) all -- e.g. `status: FAILED` for what still fails."
    )
    async def webhook_deliveries(
        self,
        info: Info,
        endpoint: strawberry.ID | None = None,
        status: WebhookDeliveryStatus | None = None,
        merchant: strawberry.ID | None = None,
        target: WebhookDeliveryTarget | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[WebhookDelivery]:
        page = await uc.deliveries(
            info.context.viewer,
            endpoint_id=None if endpoint is None else _endpoint_pk(endpoint, "endpoint"),
            status=DeliveryStatusModel(status) if status is not None else None,
            merchant_id=decode_optional_id(merchant, "Merchant", WebhookErrorCode, "merchant"),
            target=DeliveryTargetModel(target) if target is not None else None,
            first=first,
            after=after,
        )
        return connection(page, WebhookDelivery.from_model)

    @strawberry.field(
        description="Paid orders dispatched to a merchant, oldest first (poll with `after`). "
        "Staff: their merchant; platform staff pass `merchant` (none: all)."
    )
    async def merchant_inbox(
        self,
        info: Info,
        merchant: strawberry.ID | None = None,
        unacknowledged_only: bool = False,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[MerchantInboxItem]:
        page = await dispatch_uc.inbox(
            info.context.viewer,
            merchant_id=decode_optional_id(merchant, "Merchant", DispatchErrorCode, "merchant"),
            unacknowledged_only=unacknowledged_only,
            first=first,
            after=after,
        )
        return connection(page, MerchantInboxItem.from_model)

    @strawberry.field(description="A merchant's own webhook settings (owner or admin).")
    async def merchant_webhook(
        self, info: Info, merchant: strawberry.ID | None = None
    ) -> MerchantWebhook:
        row = await dispatch_uc.merchant_webhook(
            info.context.viewer,
            decode_optional_id(merchant, "Merchant", DispatchErrorCode, "merchant"),
        )
        return MerchantWebhook.from_model(row)


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


types = [WebhookEndpoint, WebhookDelivery, MerchantInboxItem]
