"""Partner webhooks: endpoints, signed deliveries, retries with backoff, the delivery log.

Use cases (viewer first, as everywhere):

* partners (API-key viewers) register endpoints (``endpoint_create``: URL, event types,
  merchants -- both within their key's scope), list, pause, resume and delete them, read the
  delivery log of their endpoints and ask for a redelivery;
* merchant owners read the log of their own merchant webhook (``resolvers.dispatch``) and retry;
* platform staff see every endpoint and delivery (admins also pause/resume/delete and retry);
  failed deliveries are ``deliveries(viewer, status=FAILED)``.

A partner never sees another partner's endpoints or deliveries: those answer NOT_FOUND, exactly
like ids that do not exist.

Background side (called by ``tasks.webhooks``, never the other way round):

* ``fan_out(event_id)``: one ``WebhookDelivery`` per active endpoint whose event types and
  merchants match an ``order.*`` outbox event (and whose partner still holds a live key covering
  it). Idempotent: the (subscriber, event) pair is unique, so a relay that publishes the same
  event twice never makes a second delivery.
* ``claim`` / ``record_attempt``: one attempt at a time per delivery (a lease taken with a
  conditional UPDATE; a message that is stale -- another attempt already happened -- does
  nothing), then the result: 2xx = DELIVERED; otherwise ``attempts + 1``, ``last_error`` and
  the next attempt after an exponential backoff (``RetryPolicy``), or FAILED once the round's
  attempts are used up.

Signing follows the Standard Webhooks specification (https://www.standardwebhooks.com/):
``webhook-id`` (the delivery's message id, the same on every attempt), ``webhook-timestamp``
(Unix seconds of the attempt) and ``webhook-signature: v1,<base64 HMAC-SHA256>`` of
``"{id}.{timestamp}.{body}"`` keyed with the base64-decoded part of the ``whsec_...`` secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import secrets
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from urllib.parse import urlsplit

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F, Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from models.accounts import PartnerKey, StaffRole
from models.merchants import Merchant
from models.outbox import OutboxEvent
from models.webhooks import (
    EVENT_TYPES,
    DeliveryStatus,
    DeliveryTarget,
    EndpointStatus,
    WebhookDelivery,
    WebhookEndpoint,
)
from resolvers import outbox
from resolvers.errors import DomainError
from resolvers.errors import WebhookErrorCode as Code
from resolvers.pagination import MAX_ID, Page, paginate
from resolvers.permissions import Viewer, require_user

MAX_ENDPOINTS_PER_PARTNER = 20
URL_MAX = 500
DESCRIPTION_MAX = 200
ERROR_MAX = 2000
SECRET_PREFIX = "whsec_"
SECRET_BYTES = 32
USER_AGENT = "Plaza-Webhooks/1.0"

#: outbox topics this module writes (the relay sends the delivery actor for them)
DELIVERY_REQUESTED = "webhook.delivery_requested"
ENDPOINT_RESUMED = "webhook.endpoint_resumed"

#: a message may arrive this much before its attempt is due and still be taken
EARLY = timedelta(seconds=1)


def now_utc() -> datetime:
    return datetime.now(UTC)


# --- retry policy ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetryPolicy:
    """How deliveries are retried. ``tasks.webhooks`` builds it from ``PLAZA_WEBHOOK_*``.

    After the n-th failed attempt of a round (n = 1, 2, ...) the next one waits
    ``min(base_ms * 2**(n - 1), max_delay_ms)``, plus up to ``jitter`` of that at random; after
    ``max_attempts`` failed attempts the delivery is FAILED. Defaults: 5 s, 10 s, 20 s, ...,
    1280 s -- ten attempts over about 43 minutes.
    """

    base_ms: int = 5_000
    max_delay_ms: int = 3_600_000
    max_attempts: int = 10
    timeout_s: float = 5.0
    jitter: float = 0.1
    allow_private_networks: bool = False

    def delay_ms(self, failed_attempts: int) -> int:
        exponent = min(max(failed_attempts, 1) - 1, 40)
        delay = min(self.base_ms * 2**exponent, self.max_delay_ms)
        return int(delay * (1 + random.uniform(0, self.jitter)))

    def schedule_ms(self) -> list[int]:
        """The waits between the attempts of a round, without jitter (for docs and tests)."""
        return [
            min(self.base_ms * 2 ** min(n - 1, 40), self.max_delay_ms)
            for n in range(1, self.max_attempts)
        ]


# --- signing (Standard Webhooks) ------------------------------------------------------------------


def new_secret() -> str:
    """A signing secret as the specification writes it: ``whsec_`` + base64 of random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def secret_key(secret: str) -> bytes:
    raw = secret.removeprefix(SECRET_PREFIX)
    return base64.b64decode(raw + "=" * (-len(raw) % 4))


def signature(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(
    secret: str, message_id: str, body: bytes, timestamp: int | None = None
) -> dict[str, str]:
    """The headers of one attempt (a fresh timestamp, so a fresh signature, every time)."""
    ts = int(time.time()) if timestamp is None else timestamp
    return {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "webhook-id": message_id,
        "webhook-timestamp": str(ts),
        "webhook-signature": signature(secret, message_id, ts, body),
    }


def new_message_id() -> str:
    return "msg_" + secrets.token_hex(12)


# --- the body -------------------------------------------------------------------------------------


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


def event_data(event: OutboxEvent) -> dict:
    """What a partner learns about an ``order.*`` event (ids, number, statuses, who, why)."""
    if event.aggregate == "aftersales_case":
        return case_event_data(event)
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


# --- validation -----------------------------------------------------------------------------------


def clean_url(url: str | None, code: type[Enum] = Code, field: str = "url") -> str:
    """An absolute http(s) URL with a host, no credentials, no fragment, at most 500 chars."""
    url = (url or "").strip()
    bad = DomainError(
        code("invalid_url"), "Give an absolute http:// or https:// URL (at most 500 chars).", field
    )
    if not url or len(url) > URL_MAX or any(c.isspace() or ord(c) < 32 for c in url):
        raise bad
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError:
        raise bad
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise bad
    if parts.username or parts.password:
        raise DomainError(code("invalid_url"), "Do not put credentials in the URL.", field)
    if parts.fragment:
        raise DomainError(code("invalid_url"), "A URL fragment (#...) is never sent.", field)
    return url


def _partner_of(viewer: Viewer) -> int:
    if viewer.partner_id is None:
        require_user(viewer, Code)
        raise DomainError(
            Code.PERMISSION_DENIED, "Only partners (API keys) register webhook endpoints."
        )
    return viewer.partner_id


def _event_types(viewer: Viewer, event_types: Sequence[str]) -> list[str]:
    wanted = [(e or "").strip() for e in event_types]
    if not wanted:
        raise DomainError(Code.INVALID, "Subscribe to at least one event type.", "eventTypes")
    for i, event_type in enumerate(wanted):
        if event_type not in EVENT_TYPES:
            raise DomainError(
                Code.UNKNOWN_EVENT_TYPE,
                f"Unknown event type {event_type!r}; known: {', '.join(EVENT_TYPES)}.",
                f"eventTypes.{i}",
            )
        if not type_allowed(viewer.partner_event_types, event_type):
            raise DomainError(
                Code.EVENT_TYPE_NOT_ALLOWED,
                f"Your API key does not cover the event type {event_type!r}.",
                f"eventTypes.{i}",
            )
    return sorted(set(wanted))


def type_allowed(key_types: Iterable[str], event_type: str) -> bool:
    """Whether a partner key's event types admit ``event_type``: exact, ``prefix.*`` or ``*``;
    a key without event types admits every type (its merchants are the boundary). The same
    rule as the ``orderEvents`` subscription's."""
    key_types = list(key_types or ())
    return not key_types or any(
        t in ("*", event_type) or (t.endswith(".*") and event_type.startswith(t[:-1]))
        for t in key_types
    )


def _merchants(viewer: Viewer, merchant_ids: Sequence[int]) -> list[int]:
    if not merchant_ids:
        raise DomainError(Code.INVALID, "Name at least one merchant.", "merchants")
    for i, merchant_id in enumerate(merchant_ids):
        # an unknown merchant answers like one outside the scope: ids do not leak
        if merchant_id not in viewer.partner_merchant_ids:
            raise DomainError(
                Code.MERCHANT_NOT_IN_SCOPE,
                "This merchant is not in your API key's scope.",
                f"merchants.{i}",
            )
    return sorted(set(merchant_ids))


# --- endpoints ------------------------------------------------------------------------------------


async def endpoint_create(
    viewer: Viewer,
    url: str,
    event_types: Sequence[str],
    merchant_ids: Sequence[int],
    description: str = "",
) -> tuple[WebhookEndpoint, str]:
    """A new endpoint of the viewer's partner; returns it and its signing secret (shown once)."""
    partner_id = _partner_of(viewer)
    url = clean_url(url)
    types = _event_types(viewer, event_types)
    merchants = _merchants(viewer, merchant_ids)
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


# --- the delivery log -----------------------------------------------------------------------------


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
    async with in_transaction():
        changed = await (
            WebhookDelivery.filter(id=delivery.id, attempts=delivery.attempts)
            .filter(Q(lease_until__isnull=True) | Q(lease_until__lte=now))
            .update(
                status=DeliveryStatus.PENDING,
                round_attempts=0,
                next_attempt_at=now,
                redeliveries=F("redeliveries") + 1,
                updated_at=now,
            )
        )
        if changed != 1:
            raise busy
        await outbox.record(
            DELIVERY_REQUESTED, "webhook_delivery", delivery.id, {"attempts": delivery.attempts}
        )
    return await WebhookDelivery.get(id=delivery.id)


# --- background: fan-out, attempts ----------------------------------------------------------------


@dataclass(frozen=True)
class DeliveryRef:
    """What a delivery message carries: the delivery and how many attempts it had when sent
    (a message whose count is behind is stale and does nothing)."""

    id: int
    attempts: int


async def has_active_endpoints() -> bool:
    return await WebhookEndpoint.filter(status=EndpointStatus.ACTIVE).exists()


def _key_covers(key: PartnerKey, merchant_id: int, event_type: str) -> bool:
    return merchant_id in (key.merchant_ids or []) and type_allowed(key.event_types, event_type)


async def _live_keys(partner_ids: Iterable[int]) -> dict[int, list[PartnerKey]]:
    keys: dict[int, list[PartnerKey]] = {}
    for key in await PartnerKey.filter(partner_id__in=set(partner_ids), revoked_at=None):
        keys.setdefault(key.partner_id, []).append(key)
    return keys


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
        keys = await _live_keys(e.partner_id for e in candidates)
        body = encode_body(envelope(event.topic, event.created_at, event_data(event)))
        for endpoint in candidates:
            # the partner must still hold a live key covering the merchant and the event type
            if not any(
                _key_covers(k, event.merchant_id, event.topic)
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


@dataclass(frozen=True)
class Attempt:
    """A claimed attempt: where to, with what, signed with which secret."""

    delivery_id: int
    attempts: int
    round_attempts: int
    target: DeliveryTarget
    message_id: str
    body: str
    url: str | None
    secret: str | None
    refusal: str | None = None  # set: do not send, record this error and stop retrying


@dataclass(frozen=True)
class Outcome:
    status_code: int | None = None
    error: str | None = None
    final: bool = False  # no point in retrying

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


async def claim(
    delivery_id: int, attempts: int, *, lease_s: float, now: datetime | None = None
) -> tuple[Attempt | None, float | None]:
    """Take the next attempt of a delivery for ``lease_s`` seconds.

    ``(attempt, None)``: go. ``(None, seconds)``: not due yet, ask again in that many seconds.
    ``(None, None)``: nothing to do (stale message, delivered, failed, deleted, attempt under
    way elsewhere, endpoint paused: its pending deliveries go out when it is resumed).
    """
    if not 0 < delivery_id <= MAX_ID:
        return None, None
    now = now or now_utc()
    d = await WebhookDelivery.get_or_none(id=delivery_id)
    if d is None or d.status != DeliveryStatus.PENDING or d.attempts != attempts:
        return None, None
    if d.lease_until is not None and d.lease_until > now:
        return None, None
    if d.next_attempt_at is not None and d.next_attempt_at > now + EARLY:
        return None, (d.next_attempt_at - now).total_seconds()
    refusal = None
    if d.target == DeliveryTarget.PARTNER:
        endpoint = await WebhookEndpoint.get_or_none(id=d.endpoint_id) if d.endpoint_id else None
        if endpoint is None or endpoint.status != EndpointStatus.ACTIVE:
            return None, None
        url, secret = endpoint.url, endpoint.secret
        keys = await _live_keys([endpoint.partner_id])
        if d.merchant_id is None or not any(
            _key_covers(k, d.merchant_id, d.event_type) for k in keys.get(endpoint.partner_id, [])
        ):
            refusal = "The partner no longer holds an API key covering this merchant and event."
    else:
        merchant = await Merchant.get_or_none(id=d.merchant_id) if d.merchant_id else None
        url = merchant.webhook_url if merchant else None
        secret = merchant.webhook_secret if merchant else None
    won = await (
        WebhookDelivery.filter(id=d.id, status=DeliveryStatus.PENDING, attempts=attempts)
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lte=now))
        .update(lease_until=now + timedelta(seconds=lease_s))
    )
    if won != 1:
        return None, None
    return (
        Attempt(
            delivery_id=d.id,
            attempts=d.attempts,
            round_attempts=d.round_attempts,
            target=DeliveryTarget(d.target),
            message_id=d.message_id,
            body=d.body,
            url=url,
            secret=secret,
            refusal=refusal,
        ),
        None,
    )


async def record_attempt(
    attempt: Attempt, outcome: Outcome, policy: RetryPolicy, now: datetime | None = None
) -> int | None:
    """Write an attempt's result; returns the delay (ms) until the next attempt, or None when
    the delivery is done (DELIVERED or FAILED) or was changed meanwhile (deleted)."""
    now = now or now_utc()
    round_attempts = attempt.round_attempts + 1
    delay_ms: int | None = None
    changes: dict = {
        "attempts": F("attempts") + 1,
        "round_attempts": round_attempts,
        "last_attempt_at": now,
        "last_status_code": outcome.status_code,
        "last_url": (attempt.url or "")[:URL_MAX] or None,
        "lease_until": None,
        "updated_at": now,
    }
    if outcome.ok:
        changes.update(status=DeliveryStatus.DELIVERED, delivered_at=now, next_attempt_at=None)
    else:
        changes["last_error"] = (outcome.error or f"HTTP {outcome.status_code}")[:ERROR_MAX]
        if outcome.final or round_attempts >= policy.max_attempts:
            changes.update(status=DeliveryStatus.FAILED, next_attempt_at=None)
        else:
            delay_ms = policy.delay_ms(round_attempts)
            changes.update(next_attempt_at=now + timedelta(milliseconds=delay_ms))
    written = await WebhookDelivery.filter(
        id=attempt.delivery_id, attempts=attempt.attempts
    ).update(**changes)
    return delay_ms if written else None
