"""Descriptions of the events domain's types: webhooks, the merchant inbox (see
``schema.descriptions``)."""

from __future__ import annotations

DESCRIPTIONS: dict[str, str] = {
    "WebhookEndpoint.url": "Where deliveries are POSTed (an absolute public http(s) URL).",
    "WebhookEndpoint.description": "The partner's note about the endpoint; may be empty.",
    "WebhookEndpoint.eventTypes": "The event types it receives (`order.paid`...).",
    "WebhookEndpoint.status": "ACTIVE (sending) or PAUSED (deliveries wait).",
    "WebhookEndpointStatus": "Whether an endpoint is sent to.",
    "WebhookEndpointStatus.ACTIVE": "Deliveries are sent.",
    "WebhookEndpointStatus.PAUSED": "Nothing is sent; deliveries wait for `webhookEndpointResume`.",
    "WebhookDelivery.eventType": "The event's type (`order.paid`...).",
    "WebhookDelivery.target": "Who receives it: a partner's endpoint or the merchant's webhook.",
    "WebhookDelivery.status": "Where the delivery is.",
    "WebhookDelivery.lastAttemptAt": "When it was last tried; null before the first attempt.",
    "WebhookDelivery.nextAttemptAt": "When it is tried next; null when delivered or failed.",
    "WebhookDelivery.deliveredAt": "When the receiver answered 2xx; null until then.",
    "WebhookDeliveryStatus": "Where a webhook delivery is.",
    "WebhookDeliveryStatus.PENDING": "Waiting for its (next) attempt.",
    "WebhookDeliveryStatus.DELIVERED": "The receiver answered with a 2xx status.",
    "WebhookDeliveryStatus.FAILED": (
        "Every attempt of the round failed; the owner or platform staff may retry it."
    ),
    "WebhookDeliveryTarget": "Who a webhook delivery is for.",
    "WebhookDeliveryTarget.PARTNER": "A partner's webhook endpoint.",
    "WebhookDeliveryTarget.MERCHANT": "The merchant's own webhook.",
    "MerchantInboxItem.eventType": "The event (`order.dispatched`...).",
    "MerchantInboxItem.acknowledgedAt": (
        "When the merchant's staff acknowledged it; null until then."
    ),
    "MerchantInboxItem.orderNumber": "The dispatched order's number.",
    "MerchantInboxItem.merchant": "The merchant the order was dispatched to.",
    "MerchantWebhook.url": "Where the merchant's events are POSTed; null when none is set.",
    "MerchantWebhook.hasSecret": "Whether deliveries are signed (the secret is never shown again).",
    "MerchantWebhook.merchant": "The merchant.",
    "WebhookErrorCode.UNKNOWN_EVENT_TYPE": "No such event type (see `webhookEventTypes`).",
    "WebhookErrorCode.EVENT_TYPE_NOT_ALLOWED": "The API key does not cover this event type.",
    "WebhookErrorCode.MERCHANT_NOT_IN_SCOPE": "The merchant is not in the API key's scope.",
    "WebhookErrorCode.TOO_MANY_ENDPOINTS": "A partner has at most 20 endpoints: delete one first.",
    "WebhookErrorCode.DELIVERY_IN_PROGRESS": (
        "An attempt of this delivery is under way; look again in a few seconds."
    ),
    "MerchantInboxAcknowledgeInput.ids": "The inbox items' global IDs.",
    "WebhookEndpointCreateInput.description": "A note about the endpoint; empty by default.",
    "WebhookEndpointDeletePayload.deletedId": "The deleted endpoint's ID; null when refused.",
    "Mutation.webhookEndpointPause(id)": "The endpoint's global ID.",
    "Mutation.webhookEndpointResume(id)": "The endpoint's global ID.",
    "Mutation.webhookEndpointDelete(id)": "The endpoint's global ID.",
    "Mutation.webhookDeliveryRetry(id)": "The delivery's global ID.",
    "Query.webhookDeliveries(endpoint)": "Only this endpoint's deliveries.",
    "Query.webhookDeliveries(status)": "Only deliveries in this status.",
    "Query.webhookDeliveries(merchant)": "Only deliveries about this merchant.",
    "Query.webhookDeliveries(target)": "Only deliveries to partners, or to merchants.",
    "Query.merchantInbox(merchant)": "Platform staff: the merchant's ID (none: all).",
    "Query.merchantInbox(unacknowledgedOnly)": "Only items not acknowledged yet.",
    "Query.merchantWebhook(merchant)": "Admins: the merchant's ID. Staff: their own.",
}
