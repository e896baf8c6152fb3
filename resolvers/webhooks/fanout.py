"""Fan-out: an ``order.*`` (or ``aftersales.*``) outbox event becomes one ``WebhookDelivery``
per active endpoint whose event types and merchants match it (and whose partner still holds a
live key covering it).

The relay (``tasks.webhooks``) calls :func:`fan_out_event` inside its claim's transaction, so
the deliveries commit with the event's ``published_at``, before any broker message names them.
Idempotent: the (subscriber, event) pair is unique and the rows are written with
``ON CONFLICT DO NOTHING``, so publishing an event twice never makes a second delivery (nor a
second ``webhook-id``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.accounts import PartnerKey
from models.outbox import OutboxEvent
from models.repository.webhooks import insert_deliveries
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


@dataclass(frozen=True)
class Subscribers:
    """The active endpoints (id order) and their partners' live keys: what a fan-out matches
    events against. Read once per relayed batch (``tasks.outbox.batch_memo``)."""

    endpoints: Sequence[WebhookEndpoint] = ()
    keys: dict[int, list[PartnerKey]] = field(default_factory=dict)


async def active_subscribers() -> Subscribers:
    """One query when no endpoint is active, two otherwise."""
    endpoints = await WebhookEndpoint.filter(status=EndpointStatus.ACTIVE).order_by("id")
    if not endpoints:
        return Subscribers()
    return Subscribers(tuple(endpoints), await live_keys(e.partner_id for e in endpoints))


def fans_out(event: OutboxEvent) -> bool:
    """Whether partners may receive ``event`` at all."""
    return event.merchant_id is not None and event.topic in EVENT_TYPES


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


async def fan_out_event(
    event: OutboxEvent, subscribers: Subscribers, now: datetime | None = None
) -> list[DeliveryRef]:
    """Write the deliveries of ``event`` to the matching endpoints among ``subscribers``;
    returns those written now (to send once committed), not those an earlier pass wrote.

    One INSERT, in a savepoint when the caller has a transaction open (the relay's claim: a
    failing event leaves the others of the batch alone); nothing when no endpoint matches."""
    if not fans_out(event):
        return []
    merchant_id = event.merchant_id
    matching = [
        e
        for e in subscribers.endpoints
        if e.created_at <= event.created_at
        and event.topic in (e.event_types or [])
        and merchant_id in (e.merchant_ids or [])
        # the partner must still hold a live key covering the merchant and the event type
        and any(
            key_covers(k, merchant_id, event.topic) for k in subscribers.keys.get(e.partner_id, [])
        )
    ]
    if not matching:
        return []
    now = now or now_utc()
    body = encode_body(envelope(event.topic, event.created_at, event_data(event)))
    rows = [
        WebhookDelivery(
            target=DeliveryTarget.PARTNER,
            subscriber=f"endpoint:{endpoint.id}",
            endpoint_id=endpoint.id,
            merchant_id=merchant_id,
            event_id=event.id,
            event_type=event.topic,
            message_id=new_message_id(),
            body=body,
            next_attempt_at=now,
            created_at=now,
            updated_at=now,
        )
        for endpoint in matching
    ]
    async with in_transaction():
        written = await insert_deliveries(rows)
    return [DeliveryRef(i, a) for i, a in written]


async def fan_out(event_id: int, now: datetime | None = None) -> list[DeliveryRef]:
    """Create the deliveries of outbox event ``event_id`` to partner endpoints; returns every
    one of its partner deliveries still waiting for a first attempt (for a message naming the
    event; the relay calls :func:`fan_out_event`). Safe to run any number of times."""
    event = await OutboxEvent.get_or_none(id=event_id)
    if event is None or not fans_out(event):
        return []
    subscribers = await active_subscribers()
    if subscribers.endpoints:
        await fan_out_event(event, subscribers, now)
    return await untried(event.id, DeliveryTarget.PARTNER)
