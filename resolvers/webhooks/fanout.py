"""Fan-out: an ``order.*`` (or ``aftersales.*``) outbox event becomes one ``WebhookDelivery``
per active endpoint whose event types and merchants match it (and whose partner still holds a
live key covering it). Idempotent: the (subscriber, event) pair is unique, so a relay that
publishes the same event twice never makes a second delivery."""

from __future__ import annotations

from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.outbox import OutboxEvent
from models.webhooks import (
    EVENT_TYPES,
    DeliveryTarget,
    EndpointStatus,
    WebhookDelivery,
    WebhookEndpoint,
)
from resolvers.webhooks.clock import now_utc
from resolvers.webhooks.keys import key_covers, live_keys
from resolvers.webhooks.payload import encode_body, envelope, event_data
from resolvers.webhooks.pending import DeliveryRef, untried
from resolvers.webhooks.signing import new_message_id


async def has_active_endpoints() -> bool:
    return await WebhookEndpoint.filter(status=EndpointStatus.ACTIVE).exists()


async def create_delivery(
    *,
    target: DeliveryTarget,
    subscriber: str,
    endpoint_id: int | None,
    merchant_id: int | None,
    event: OutboxEvent,
    body: str,
    now: datetime | None = None,
) -> bool:
    """Create the delivery of ``event`` to ``subscriber`` unless it exists; True if created."""
    if await WebhookDelivery.filter(subscriber=subscriber, event_id=event.id).exists():
        return False
    try:
        async with in_transaction():  # a savepoint if the caller has a transaction open
            await WebhookDelivery.create(
                target=target,
                subscriber=subscriber,
                endpoint_id=endpoint_id,
                merchant_id=merchant_id,
                event_id=event.id,
                event_type=event.topic,
                message_id=new_message_id(),
                body=body,
                next_attempt_at=now or now_utc(),
            )
    except IntegrityError:  # a concurrent fan-out of the same event made it first
        return False
    return True


async def fan_out(event_id: int, now: datetime | None = None) -> list[DeliveryRef]:
    """Create the deliveries of outbox event ``event_id`` to partner endpoints; returns those
    to send. Safe to run any number of times for the same event."""
    event = await OutboxEvent.get_or_none(id=event_id)
    if event is None or event.merchant_id is None or event.topic not in EVENT_TYPES:
        return []
    candidates = [
        e
        for e in await WebhookEndpoint.filter(
            status=EndpointStatus.ACTIVE, created_at__lte=event.created_at
        ).order_by("id")
        if event.topic in (e.event_types or []) and event.merchant_id in (e.merchant_ids or [])
    ]
    if candidates:
        keys = await live_keys(e.partner_id for e in candidates)
        body = encode_body(envelope(event.topic, event.created_at, event_data(event)))
        for endpoint in candidates:
            # the partner must still hold a live key covering the merchant and the event type
            if not any(
                key_covers(k, event.merchant_id, event.topic)
                for k in keys.get(endpoint.partner_id, [])
            ):
                continue
            await create_delivery(
                target=DeliveryTarget.PARTNER,
                subscriber=f"endpoint:{endpoint.id}",
                endpoint_id=endpoint.id,
                merchant_id=event.merchant_id,
                event=event,
                body=body,
                now=now,
            )
    return await untried(event.id, DeliveryTarget.PARTNER)
