"""Attempts at a delivery: one at a time, then the result, retried with backoff.

``claim`` takes a lease with a conditional UPDATE (a message that is stale -- another attempt
already happened -- does nothing); ``record_attempt`` writes the result: 2xx = DELIVERED;
otherwise ``attempts + 1``, ``last_error`` (a short reason, never the receiver's body:
``reason_text``) and the next attempt after an exponential backoff
(``RetryPolicy``), or FAILED once the round's attempts are used up.

An attempt cut off before its result was written (the worker killed mid-request) leaves its
lease behind, expired: the next ``claim`` counts it (``attempts`` and ``round_attempts`` + 1,
``last_error`` says what happened) before taking its own lease, so the log shows every attempt
made -- and a receiver that makes every attempt die still uses up the round.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.expressions import F, Q

from models.merchants import Merchant
from models.webhooks import (
    DeliveryStatus,
    DeliveryTarget,
    EndpointStatus,
    WebhookDelivery,
    WebhookEndpoint,
)
from resolvers.pagination import MAX_ID
from resolvers.webhooks.clock import now_utc
from resolvers.webhooks.keys import key_covers, live_keys
from resolvers.webhooks.validation import URL_MAX

#: the longest reason kept in ``last_error``: printable characters only, never a response body
ERROR_MAX = 200

#: a message may arrive this much before its attempt is due and still be taken
EARLY = timedelta(seconds=1)

#: ``last_error`` of an attempt whose result was never written
CUT_OFF = "The attempt was cut off before its result was recorded (the worker stopped)."


def reason_text(error: str) -> str:
    """``error`` as stored: control characters dropped, whitespace runs as one space, at most
    ``ERROR_MAX`` characters (whatever a receiver sent back does not fill the log)."""
    text = " ".join("".join(c if c.isprintable() else " " for c in error).split())
    return text if len(text) <= ERROR_MAX else text[: ERROR_MAX - 3] + "..."


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
    #: a pending delivery this long past its attempt time, with no attempt under way, has lost
    #: its message (a broker that died with it queued): the sweep sends it again
    lost_after_s: float = 60.0

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
    delivery_id: int,
    attempts: int,
    *,
    lease_s: float,
    max_attempts: int | None = None,
    now: datetime | None = None,
) -> tuple[Attempt | None, float | None]:
    """Take the next attempt of a delivery for ``lease_s`` seconds.

    ``(attempt, None)``: go. ``(None, seconds)``: not due yet, ask again in that many seconds.
    ``(None, None)``: nothing to do (stale message, delivered, failed, deleted, attempt under
    way elsewhere, endpoint paused: its pending deliveries go out when it is resumed; or a cut
    attempt, counted, used up the round's ``max_attempts``: FAILED).
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
        keys = await live_keys([endpoint.partner_id])
        if d.merchant_id is None or not any(
            key_covers(k, d.merchant_id, d.event_type) for k in keys.get(endpoint.partner_id, [])
        ):
            refusal = "The partner no longer holds an API key covering this merchant and event."
    else:
        merchant = await Merchant.get_or_none(id=d.merchant_id) if d.merchant_id else None
        url = merchant.webhook_url if merchant else None
        secret = merchant.webhook_secret if merchant else None
    changes: dict = {"lease_until": now + timedelta(seconds=lease_s)}
    cut = d.lease_until is not None  # expired (checked above) and never recorded
    if cut:
        changes.update(cut_attempt_changes(d.round_attempts, now))
        if max_attempts is not None and d.round_attempts + 1 >= max_attempts:
            changes.update(status=DeliveryStatus.FAILED, next_attempt_at=None, lease_until=None)
    won = await (
        WebhookDelivery.filter(id=d.id, status=DeliveryStatus.PENDING, attempts=attempts)
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lte=now))
        .update(**changes)
    )
    if won != 1 or changes.get("status") == DeliveryStatus.FAILED:
        return None, None
    return (
        Attempt(
            delivery_id=d.id,
            attempts=d.attempts + cut,
            round_attempts=d.round_attempts + cut,
            target=DeliveryTarget(d.target),
            message_id=d.message_id,
            body=d.body,
            url=url,
            secret=secret,
            refusal=refusal,
        ),
        None,
    )


def cut_attempt_changes(round_attempts: int, now: datetime) -> dict:
    """The columns that count an attempt cut off before its result was written."""
    return {
        "attempts": F("attempts") + 1,
        "round_attempts": round_attempts + 1,
        "last_status_code": None,
        "last_error": CUT_OFF,
        "updated_at": now,
    }


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
        changes["last_error"] = reason_text(outcome.error or f"HTTP {outcome.status_code}")
        if outcome.final or round_attempts >= policy.max_attempts:
            changes.update(status=DeliveryStatus.FAILED, next_attempt_at=None)
        else:
            delay_ms = policy.delay_ms(round_attempts)
            changes.update(next_attempt_at=now + timedelta(milliseconds=delay_ms))
    written = await WebhookDelivery.filter(
        id=attempt.delivery_id, attempts=attempt.attempts
    ).update(**changes)
    return delay_ms if written else None
