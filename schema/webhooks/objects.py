"""Webhooks: the object types (partner endpoints, the delivery log, the merchant inbox and
the merchant's own webhook)."""

from __future__ import annotations

import json
from datetime import datetime

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from models.webhooks import MerchantInboxItem as InboxItemModel
from models.webhooks import WebhookDelivery as DeliveryModel
from models.webhooks import WebhookEndpoint as EndpointModel
from resolvers import batches
from resolvers import dispatch as dispatch_uc
from resolvers import webhooks as uc
from schema.base import global_id, load_nodes
from schema.catalog import Merchant
from schema.context import Info
from schema.orders import MerchantOrder
from schema.webhooks.enums import (
    WebhookDeliveryStatus,
    WebhookDeliveryTarget,
    WebhookEndpointStatus,
)


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
    partner_pk: strawberry.Private[int]  # for the visibility rule

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
            partner_pk=m.partner_id,
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
