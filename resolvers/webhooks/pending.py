"""Which deliveries to send: references to deliveries waiting for an attempt (an event's new
ones, a resumed endpoint's held ones, overdue ones whose message was lost)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.expressions import Q, Subquery

from models.webhooks import (
    DeliveryStatus,
    DeliveryTarget,
    EndpointStatus,
    WebhookDelivery,
    WebhookEndpoint,
)
from resolvers.webhooks.clock import now_utc


@dataclass(frozen=True)
class DeliveryRef:
    """What a delivery message carries: the delivery and how many attempts it had when sent
    (a message whose count is behind is stale and does nothing)."""

    id: int
    attempts: int


async def untried(event_id: int, target: DeliveryTarget) -> list[DeliveryRef]:
    """The deliveries of an event still waiting for their first attempt (to send them)."""
    rows = await WebhookDelivery.filter(
        event_id=event_id,
        target=target,
        status=DeliveryStatus.PENDING,
        round_attempts=0,
        lease_until__isnull=True,
    ).values_list("id", "attempts")
    return [DeliveryRef(i, a) for i, a in rows]


async def pending_for_endpoint(endpoint_id: int) -> list[DeliveryRef]:
    """The pending deliveries of an endpoint (sent again when it is resumed)."""
    rows = await WebhookDelivery.filter(
        endpoint_id=endpoint_id, status=DeliveryStatus.PENDING
    ).values_list("id", "attempts")
    return [DeliveryRef(i, a) for i, a in rows]


async def overdue(
    now: datetime | None = None, *, stale_s: float = 60.0, limit: int = 200
) -> list[DeliveryRef]:
    """Pending deliveries well past their attempt time with no attempt under way: their message
    was lost (in-memory broker restarted, a send that failed). Paused endpoints' are held."""
    now = now or now_utc()
    active = Subquery(WebhookEndpoint.filter(status=EndpointStatus.ACTIVE).values("id"))
    rows = (
        await WebhookDelivery.filter(
            status=DeliveryStatus.PENDING, next_attempt_at__lt=now - timedelta(seconds=stale_s)
        )
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
        .filter(Q(target=DeliveryTarget.MERCHANT) | Q(endpoint_id__in=active))
        .order_by("next_attempt_at")
        .limit(limit)
        .values_list("id", "attempts")
    )
    return [DeliveryRef(i, a) for i, a in rows]
