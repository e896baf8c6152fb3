"""The body of a delivery: what a partner learns about an outbox event, in the Standard
Webhooks shape ``{type, timestamp, data}``, encoded once per event."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

from models.outbox import OutboxEvent


def api_id(type_name: str, pk: int) -> str:
    """The API's global (relay) ID of a row: base64 of ``"<Type>:<pk>"``, so a receiver can
    look the object up with ``node(id:)``."""
    return base64.b64encode(f"{type_name}:{pk}".encode()).decode()


def _status_name(value: str | None) -> str | None:
    return value.upper() if value else None


def case_event_data(event: OutboxEvent) -> dict:
    """What a partner learns about an ``aftersales.*`` event: the case, its order, the step."""
    p = event.payload or {}
    data: dict = {
        "eventId": str(event.id),
        "caseId": api_id("AftersalesCase", event.aggregate_id),
        "caseNumber": p.get("case_number"),
        "orderId": api_id("MerchantOrder", int(p["order_id"])) if p.get("order_id") else None,
        "merchantId": api_id("Merchant", event.merchant_id) if event.merchant_id else None,
        "caseType": _status_name(p.get("type")),
        "status": _status_name(p.get("to")),
        "previousStatus": _status_name(p.get("from")),
        "resolution": _status_name(p.get("resolution")),
    }
    for key in ("actor", "note", "refund_amount", "carrier", "tracking_number"):
        if p.get(key) is not None:
            data[key] = p[key]
    return data


def ticket_event_data(event: OutboxEvent) -> dict:
    """What a partner learns about a ``ticket.*`` event (only tickets about an order of its
    merchants fan out): the ticket, its order, the step -- never a message's text."""
    p = event.payload or {}
    return {
        "eventId": str(event.id),
        "ticketId": api_id("Ticket", event.aggregate_id),
        "ticketNumber": p.get("ticket_number"),
        "orderId": api_id("MerchantOrder", int(p["order_id"])) if p.get("order_id") else None,
        "merchantId": api_id("Merchant", event.merchant_id) if event.merchant_id else None,
        "category": _status_name(p.get("category")),
        "status": _status_name(p.get("to")),
        "previousStatus": _status_name(p.get("from")),
        "party": p.get("party"),
        "caseId": api_id("AftersalesCase", int(p["case_id"])) if p.get("case_id") else None,
    }


def review_event_data(event: OutboxEvent) -> dict:
    """What a partner learns about a ``review.*`` event: the review, what it is of, what it
    says; never its author."""
    p = event.payload or {}
    return {
        "eventId": str(event.id),
        "reviewId": api_id("Review", event.aggregate_id),
        "productId": api_id("Product", int(p["product_id"])) if p.get("product_id") else None,
        "orderId": api_id("MerchantOrder", int(p["order_id"])) if p.get("order_id") else None,
        "orderLineId": str(p["order_line_id"]) if p.get("order_line_id") else None,
        "merchantId": api_id("Merchant", event.merchant_id) if event.merchant_id else None,
        "rating": p.get("rating"),
        "text": p.get("text", ""),
        "imageUrls": list(p.get("image_urls") or []),
        "anonymous": bool(p.get("anonymous")),
        "isDefault": bool(p.get("default")),
        "occurredAt": p.get("at"),
    }


def event_data(event: OutboxEvent) -> dict:
    """What a partner learns about an ``order.*`` event (ids, number, statuses, who, why)."""
    if event.aggregate == "aftersales_case":
        return case_event_data(event)
    if event.aggregate == "ticket":
        return ticket_event_data(event)
    if event.aggregate == "review":
        return review_event_data(event)
    p = event.payload or {}
    data: dict = {
        "eventId": str(event.id),
        "orderId": api_id("MerchantOrder", event.aggregate_id),
        "orderNumber": p.get("order_number"),
        "merchantId": api_id("Merchant", event.merchant_id) if event.merchant_id else None,
    }
    if p.get("group_id"):
        data["orderGroupId"] = api_id("OrderGroup", int(p["group_id"]))
    status = p.get("to") or p.get("status")
    if status:
        data["status"] = _status_name(status)
    if p.get("from"):
        data["previousStatus"] = _status_name(p["from"])
    for key in ("actor", "reason", "changed"):
        if key in p:
            data[key] = p[key]
    if p.get("tracking_number"):  # order.tracking_updated
        data["tracking"] = {
            key: p.get(key)
            for key in ("carrier", "tracking_number", "tracking_status", "description", "location")
        }
    if p.get("at"):
        data["occurredAt"] = p["at"]
    return data


def envelope(event_type: str, at: datetime, data: dict) -> dict:
    """The Standard Webhooks payload shape: ``{type, timestamp, data}``."""
    return {"type": event_type, "timestamp": at.astimezone(UTC).isoformat(), "data": data}


def encode_body(payload: dict) -> str:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False, default=str)
