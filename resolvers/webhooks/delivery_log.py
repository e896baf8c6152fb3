"""The delivery log and redelivery on request.

Partners read their endpoints' deliveries, merchant owners their merchant webhook's
(``resolvers.dispatch``), platform staff every one (failed ones are
``deliveries(viewer, status=FAILED)``); a retry starts a fresh round of attempts now.
"""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.expressions import F, Q
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from models.accounts import StaffRole
from models.webhooks import DeliveryStatus, DeliveryTarget, WebhookDelivery, WebhookEndpoint
from resolvers import outbox
from resolvers.errors import DomainError
from resolvers.errors import WebhookErrorCode as Code
from resolvers.pagination import Page, paginate
from resolvers.permissions import Viewer, require_user
from resolvers.webhooks.attempts import cut_attempt_changes
from resolvers.webhooks.clock import now_utc
from resolvers.webhooks.registration import get_endpoint

#: outbox topic written when a delivery is to be attempted again now (the relay sends it)
DELIVERY_REQUESTED = "webhook.delivery_requested"


async def _deliveries_of(viewer: Viewer) -> QuerySet[WebhookDelivery]:
    """Partner: its endpoints' deliveries. Merchant owner: its merchant webhook's. Platform
    staff: all."""
    if viewer.partner_id is not None:
        own = await WebhookEndpoint.filter(partner_id=viewer.partner_id).values_list(
            "id", flat=True
        )
        return WebhookDelivery.filter(target=DeliveryTarget.PARTNER, endpoint_id__in=list(own))
    require_user(viewer, Code)
    if viewer.is_platform_staff:
        return WebhookDelivery.all()
    if viewer.merchant_id is not None and StaffRole.OWNER in viewer.staff_roles:
        return WebhookDelivery.filter(
            target=DeliveryTarget.MERCHANT, merchant_id=viewer.merchant_id
        )
    raise DomainError(
        Code.PERMISSION_DENIED, "Only partners, merchant owners and platform staff see deliveries."
    )


async def deliveries(
    viewer: Viewer,
    *,
    endpoint_id: int | None = None,
    status: DeliveryStatus | None = None,
    merchant_id: int | None = None,
    target: DeliveryTarget | None = None,
    first: int | None,
    after: str | None,
) -> Page:
    """The delivery log, newest first, with filters."""
    qs = await _deliveries_of(viewer)
    if endpoint_id is not None:
        try:
            await get_endpoint(viewer, endpoint_id)
        except DomainError:
            raise DomainError(Code.NOT_FOUND, "No such webhook endpoint.", "endpoint")
        qs = qs.filter(endpoint_id=endpoint_id)
    if status is not None:
        qs = qs.filter(status=status)
    if merchant_id is not None:
        qs = qs.filter(merchant_id=merchant_id)
    if target is not None:
        qs = qs.filter(target=target)
    return await paginate(qs, descending=True, first=first, after=after, code=Code)


async def visible_deliveries(viewer: Viewer, ids: Sequence[int]) -> list[WebhookDelivery | None]:
    try:
        qs = await _deliveries_of(viewer)
    except DomainError:
        return [None] * len(ids)
    rows = {r.id: r for r in await qs.filter(id__in=set(ids))}
    return [rows.get(i) for i in ids]


async def delivery_retry(viewer: Viewer, delivery_id: int) -> WebhookDelivery:
    """Deliver again now, with a fresh round of attempts: a FAILED delivery, a DELIVERED one
    (redelivery on request) or a PENDING one waiting for its backoff. Partners retry their own,
    merchant owners their merchant webhook's, admins any."""
    if viewer.partner_id is None and viewer.is_platform_staff and not viewer.is_admin:
        raise DomainError(Code.PERMISSION_DENIED, "Only admins retry deliveries.")
    qs = await _deliveries_of(viewer)
    delivery = await qs.get_or_none(id=delivery_id)
    if delivery is None:
        raise DomainError(Code.NOT_FOUND, "No such delivery.", "id")
    now = now_utc()
    busy = DomainError(
        Code.DELIVERY_IN_PROGRESS, "An attempt is under way; look again in a few seconds.", "id"
    )
    if delivery.lease_until is not None and delivery.lease_until > now:
        raise busy
    changes: dict = {}
    attempts = delivery.attempts
    if delivery.lease_until is not None:  # an attempt cut off: counted before the new round
        changes = {**cut_attempt_changes(delivery.round_attempts, now), "lease_until": None}
        attempts += 1
    async with in_transaction():
        changed = await (
            WebhookDelivery.filter(id=delivery.id, attempts=delivery.attempts)
            .filter(Q(lease_until__isnull=True) | Q(lease_until__lte=now))
            .update(
                **{
                    **changes,
                    "status": DeliveryStatus.PENDING,
                    "round_attempts": 0,
                    "next_attempt_at": now,
                    "redeliveries": F("redeliveries") + 1,
                    "updated_at": now,
                }
            )
        )
        if changed != 1:
            raise busy
        await outbox.record(
            DELIVERY_REQUESTED, "webhook_delivery", delivery.id, {"attempts": attempts}
        )
    return await WebhookDelivery.get(id=delivery.id)
