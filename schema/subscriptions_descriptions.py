"""Descriptions of the subscription root's types (see ``schema.descriptions``)."""

from __future__ import annotations

DESCRIPTIONS: dict[str, str] = {
    "Subscription": (
        "Live streams over WebSocket (graphql-transport-ws), on the served schema only."
    ),
    "Subscription.orderEvents(orderId)": "Follow one merchant order (its global ID).",
    "Subscription.orderEvents(merchantId)": "Follow a merchant's orders (its global ID).",
    "Subscription.orderEvents(pickupPointId)": "Follow a pickup point's orders (its global ID).",
    "OrderStreamEvent.orderNumber": "The merchant order's number.",
    "OrderStreamEvent.reason": "The reason given for the step; may be empty.",
}
