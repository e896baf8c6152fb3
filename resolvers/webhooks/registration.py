"""Partner endpoints: register (with a signing secret shown once), list, pause, resume, delete.

A partner sees and changes only its own endpoints (another partner's answer NOT_FOUND, like ids
that do not exist); platform staff see every endpoint, admins also change them.
"""

from __future__ import annotations

from collections.abc import Sequence

from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from models.webhooks import EndpointStatus, WebhookEndpoint
from resolvers import outbox
from resolvers.errors import DomainError
from resolvers.errors import WebhookErrorCode as Code
from resolvers.pagination import Page, paginate
from resolvers.permissions import Viewer, require_user
from resolvers.webhooks.clock import now_utc
from resolvers.webhooks.signing import new_secret
from resolvers.webhooks.validation import (
    clean_event_types,
    clean_merchants,
    clean_public_url,
    clean_url,
    partner_of,
)

MAX_ENDPOINTS_PER_PARTNER = 20
DESCRIPTION_MAX = 200

#: outbox topic written when a paused endpoint is resumed (its held deliveries go out)
ENDPOINT_RESUMED = "webhook.endpoint_resumed"


async def endpoint_create(
    viewer: Viewer,
    url: str,
    event_types: Sequence[str],
    merchant_ids: Sequence[int],
    description: str = "",
) -> tuple[WebhookEndpoint, str]:
    """A new endpoint of the viewer's partner; returns it and its signing secret (shown once)."""
    partner_id = partner_of(viewer)
    url = clean_url(url)
    types = clean_event_types(viewer, event_types)
    merchants = clean_merchants(viewer, merchant_ids)
    description = (description or "").strip()
    if len(description) > DESCRIPTION_MAX:
        raise DomainError(
            Code.INVALID, f"A description has at most {DESCRIPTION_MAX} characters.", "description"
        )
    if await WebhookEndpoint.filter(partner_id=partner_id).count() >= MAX_ENDPOINTS_PER_PARTNER:
        raise DomainError(
            Code.TOO_MANY_ENDPOINTS,
            f"A partner has at most {MAX_ENDPOINTS_PER_PARTNER} endpoints; delete one first.",
        )
    url = await clean_public_url(url)  # resolves the name: last, after the cheap checks
    secret = new_secret()
    endpoint = await WebhookEndpoint.create(
        partner_id=partner_id,
        url=url,
        description=description,
        secret=secret,
        event_types=types,
        merchant_ids=merchants,
    )
    return endpoint, secret


def _endpoints_of(viewer: Viewer) -> QuerySet[WebhookEndpoint]:
    """The endpoints the viewer may see: a partner its own, platform staff every one."""
    if viewer.partner_id is not None:
        return WebhookEndpoint.filter(partner_id=viewer.partner_id)
    require_user(viewer, Code)
    if viewer.is_platform_staff:
        return WebhookEndpoint.all()
    raise DomainError(Code.PERMISSION_DENIED, "Only partners and platform staff see endpoints.")


def _may_change_endpoint(viewer: Viewer) -> None:
    if viewer.partner_id is None and not viewer.is_admin:
        require_user(viewer, Code)
        raise DomainError(Code.PERMISSION_DENIED, "Only the partner or an admin may do this.")


async def get_endpoint(viewer: Viewer, endpoint_id: int) -> WebhookEndpoint:
    row = await _endpoints_of(viewer).get_or_none(id=endpoint_id)
    if row is None:
        raise DomainError(Code.NOT_FOUND, "No such webhook endpoint.", "id")
    return row


async def endpoints(
    viewer: Viewer, *, partner_id: int | None = None, first: int | None, after: str | None
) -> Page:
    qs = _endpoints_of(viewer)
    if partner_id is not None:
        qs = qs.filter(partner_id=partner_id)
    return await paginate(qs, first=first, after=after, code=Code)


async def visible_endpoints(viewer: Viewer, ids: Sequence[int]) -> list[WebhookEndpoint | None]:
    """Endpoints by id in order; None for those the viewer may not see (for nodes/loaders)."""
    try:
        qs = _endpoints_of(viewer)
    except DomainError:
        return [None] * len(ids)
    rows = {r.id: r for r in await qs.filter(id__in=set(ids))}
    return [rows.get(i) for i in ids]


async def endpoint_pause(viewer: Viewer, endpoint_id: int) -> WebhookEndpoint:
    """No new deliveries while paused (events meanwhile are not queued for it); deliveries
    already pending wait, and go out when the endpoint is resumed."""
    _may_change_endpoint(viewer)
    endpoint = await get_endpoint(viewer, endpoint_id)
    now = now_utc()
    await WebhookEndpoint.filter(id=endpoint.id).update(
        status=EndpointStatus.PAUSED, updated_at=now
    )
    endpoint.status, endpoint.updated_at = EndpointStatus.PAUSED, now
    return endpoint


async def endpoint_resume(viewer: Viewer, endpoint_id: int) -> WebhookEndpoint:
    _may_change_endpoint(viewer)
    endpoint = await get_endpoint(viewer, endpoint_id)
    now = now_utc()
    async with in_transaction():
        resumed = await WebhookEndpoint.filter(id=endpoint.id, status=EndpointStatus.PAUSED).update(
            status=EndpointStatus.ACTIVE, updated_at=now
        )
        if resumed:  # the held deliveries go out (tasks.webhooks sends them)
            await outbox.record(ENDPOINT_RESUMED, "webhook_endpoint", endpoint.id, {})
    if resumed:
        endpoint.status, endpoint.updated_at = EndpointStatus.ACTIVE, now
    return endpoint


async def endpoint_delete(viewer: Viewer, endpoint_id: int) -> int:
    """Delete an endpoint with its delivery log (an attempt under way finishes unrecorded)."""
    _may_change_endpoint(viewer)
    endpoint = await get_endpoint(viewer, endpoint_id)
    await WebhookEndpoint.filter(id=endpoint.id).delete()
    return endpoint.id
