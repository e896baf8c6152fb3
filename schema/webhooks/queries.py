"""Webhooks: the root query fields (endpoints, the delivery log, the merchant inbox)."""

from __future__ import annotations

import strawberry

from models.webhooks import EVENT_TYPES
from models.webhooks import DeliveryStatus as DeliveryStatusModel
from models.webhooks import DeliveryTarget as DeliveryTargetModel
from resolvers import dispatch as dispatch_uc
from resolvers import webhooks as uc
from resolvers.errors import DispatchErrorCode, WebhookErrorCode
from schema.base import Connection, connection, decode_optional_id
from schema.context import Info
from schema.webhooks.enums import WebhookDeliveryStatus, WebhookDeliveryTarget
from schema.webhooks.inputs import endpoint_pk as _endpoint_pk
from schema.webhooks.objects import (
    MerchantInboxItem,
    MerchantWebhook,
    WebhookDelivery,
    WebhookEndpoint,
)


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
