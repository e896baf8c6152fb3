"""Webhook and dispatch actors: fan-out, signed HTTP delivery with retries, the merchant inbox.

Outbox topics -> handlers (run by the relay, inside its claim's transaction on PostgreSQL):

* ``order.paid``, and the changes the merchant acts on (``order.updated``, ``order.cancelled``,
  ``aftersales.*``) -> ``dispatch_to_merchant``: the merchant inbox item is written or brought
  up to date, and the merchant webhook's delivery written (``resolvers.dispatch``).
* ``order.*`` / ``aftersales.*`` -> ``fan_out_to_endpoints``: one delivery per matching active
  partner endpoint (``resolvers.webhooks.fan_out_event``). Skipped when no endpoint is active
  (the endpoints and keys are read once per relayed batch).
* ``webhook.delivery_requested`` (a retry asked for in the API) and
  ``webhook.endpoint_resumed`` -> ``deliver_webhook`` for the deliveries concerned.

The rows are written by the relay itself, with cheap idempotent INSERTs (unique by order for
the inbox, by (subscriber, event) for deliveries), so they commit with the event's
``published_at``: once an event counts as published, its inbox item and deliveries exist,
whatever then happens to the broker. The broker only carries "attempt delivery N now"
messages, sent after the commit (``send_after_commit``: a message sent from inside the
transaction could reach a worker before the row it names). A lost message leaves a PENDING
delivery that :func:`sweep_webhook_deliveries` sends again; every attempt of a delivery carries
the same ``webhook-id`` (the row's ``message_id``), so receivers can drop duplicates.

``dispatch_paid_order(event_id)`` and ``fan_out_webhooks(event_id)`` remain as actors for
messages that name an event (sent by earlier versions): they write the same rows, idempotently.

``deliver_webhook(delivery_id, attempts)`` makes one attempt: claim (a lease; a stale message
does nothing), POST the body signed per Standard Webhooks with httpx (timeout
``PLAZA_WEBHOOK_TIMEOUT``, redirects not followed), record the result. A failure schedules the
next attempt **by re-sending the actor with a delay** (``send(..., delay_ms=)``) after an
exponential backoff -- not through dramatiq's own retries, so that every attempt is written to
the delivery log and the schedule survives a manual retry. dramatiq's retries (a few, short)
only cover unexpected errors (the database briefly unreachable).

Retry policy (``PLAZA_WEBHOOK_*``, read on first use; :func:`configure` for tests):

| variable | default | |
|---|---|---|
| ``BACKOFF_BASE_MS`` | 5000 | wait after the 1st failed attempt; doubles after each |
| ``BACKOFF_MAX_MS`` | 3600000 | longest wait |
| ``MAX_ATTEMPTS`` | 10 | attempts per round, then FAILED (visible to admins; retry by hand) |
| ``TIMEOUT`` | 5 | seconds for one attempt, connection to last byte |
| ``ALLOW_PRIVATE_NETWORKS`` | 0 | 1: allow URLs resolving to loopback/private addresses |
| ``LOST_AFTER_S`` | 60 | seconds overdue before the sweep sends a pending delivery again |

Lost messages (a broker that died with them queued, an in-memory broker's process stopped, a
send that failed) leave deliveries PENDING past their time: :func:`sweep_webhook_deliveries`
re-sends those ``LOST_AFTER_S`` (default 60) seconds overdue; the runtime sends it every
minute, the actors here run it at most once a minute per process, and it can be sent on its
own.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import threading
import time
from dataclasses import replace

import httpx

from models.outbox import OutboxEvent
from plugins import outbound
from resolvers import dispatch, webhooks
from resolvers.webhooks import Attempt, DeliveryRef, Outcome, RetryPolicy
from tasks.broker import actor
from tasks.outbox import batch_memo, on, send, send_after_commit

log = logging.getLogger("plaza.tasks.webhooks")

QUEUE = "webhooks"
LEASE_MARGIN_S = 30.0  # an attempt's lease: the timeout plus this
SWEEP_EVERY_S = 60.0

_policy: RetryPolicy | None = None
_policy_lock = threading.Lock()
_last_sweep = 0.0


def _env(name: str, default: str) -> str:
    return os.environ.get(f"PLAZA_WEBHOOK_{name}", default)


def policy_from_env() -> RetryPolicy:
    return RetryPolicy(
        base_ms=int(_env("BACKOFF_BASE_MS", "5000")),
        max_delay_ms=int(_env("BACKOFF_MAX_MS", "3600000")),
        max_attempts=max(1, int(_env("MAX_ATTEMPTS", "10"))),
        timeout_s=float(_env("TIMEOUT", "5")),
        allow_private_networks=_env("ALLOW_PRIVATE_NETWORKS", "0") == "1",
        lost_after_s=float(_env("LOST_AFTER_S", "60")),
    )


def get_policy() -> RetryPolicy:
    global _policy
    with _policy_lock:
        if _policy is None:
            _policy = policy_from_env()
        return _policy


def configure(policy: RetryPolicy | None = None, **changes) -> RetryPolicy:
    """Use ``policy`` (or the current one with ``changes``); ``configure()`` re-reads the env."""
    global _policy
    with _policy_lock:
        if policy is None and not changes:
            _policy = policy_from_env()
        else:
            _policy = replace(policy or _policy or policy_from_env(), **changes)
        return _policy


# --- outbox handlers (run by the relay: they write rows and send actors) -------------------------


@on("aftersales.*")
@on("order.*")
async def dispatch_to_merchant(event: OutboxEvent) -> None:
    if dispatch.dispatches(event.topic):
        await _send_after_commit(await dispatch.dispatch_event(event))


@on("ticket.*")
@on("review.*")
@on("aftersales.*")
@on("order.*")
async def fan_out_to_endpoints(event: OutboxEvent) -> None:
    if not webhooks.fans_out(event):
        return
    subscribers = await batch_memo("webhook_subscribers", webhooks.active_subscribers)
    if subscribers.endpoints:
        await _send_after_commit(await webhooks.fan_out_event(event, subscribers))


@on(webhooks.DELIVERY_REQUESTED)
async def send_requested_delivery(event: OutboxEvent) -> None:
    await send(deliver_webhook, event.aggregate_id, int(event.payload.get("attempts", 0)))


@on(webhooks.ENDPOINT_RESUMED)
async def send_held_deliveries(event: OutboxEvent) -> None:
    await _send_all(await webhooks.pending_for_endpoint(event.aggregate_id))


async def _send_all(refs: list[DeliveryRef]) -> None:
    for ref in refs:
        await send(deliver_webhook, ref.id, ref.attempts)


async def _send_after_commit(refs: list[DeliveryRef]) -> None:
    for ref in refs:
        await send_after_commit(deliver_webhook, ref.id, ref.attempts)


# --- actors ---------------------------------------------------------------------------------------


@actor(queue_name=QUEUE, max_retries=10, min_backoff=1_000, max_backoff=60_000)
async def dispatch_paid_order(event_id: int) -> int:
    """Inbox + merchant webhook for a paid merchant order (the relay does it itself now; this
    serves messages naming the event); returns the deliveries sent."""
    refs = await dispatch.dispatch_paid_order(event_id)
    await _send_all(refs)
    await _maybe_sweep()
    return len(refs)


@actor(queue_name=QUEUE, max_retries=10, min_backoff=1_000, max_backoff=60_000)
async def fan_out_webhooks(event_id: int) -> int:
    """One delivery per matching partner endpoint (the relay does it itself now; this serves
    messages naming the event); returns the deliveries sent."""
    refs = await webhooks.fan_out(event_id)
    await _send_all(refs)
    await _maybe_sweep()
    return len(refs)


@actor(queue_name=QUEUE, max_retries=5, min_backoff=1_000, max_backoff=60_000)
async def deliver_webhook(delivery_id: int, attempts: int = 0) -> str:
    """One attempt of a delivery. Returns what happened: "delivered", "retry", "failed",
    "later" (not due: re-sent for its time), "skipped" (nothing to do)."""
    policy = get_policy()
    attempt, wait_s = await webhooks.claim(
        delivery_id,
        attempts,
        lease_s=policy.timeout_s + LEASE_MARGIN_S,
        max_attempts=policy.max_attempts,
    )
    if attempt is None:
        if wait_s is None:
            return "skipped"
        await send(deliver_webhook, delivery_id, attempts, delay_ms=math.ceil(wait_s * 1000))
        return "later"
    try:
        outcome = await post(attempt, policy)
    except Exception as exc:  # a bug or a surprise: still an attempt, logged like the others
        log.exception("webhook delivery %s: the attempt failed unexpectedly", delivery_id)
        outcome = Outcome(error=f"{type(exc).__name__}: {exc}")
    delay_ms = await webhooks.record_attempt(attempt, outcome, policy)
    if outcome.ok:
        return "delivered"
    log.info(
        "webhook delivery %s attempt %d failed: %s",
        delivery_id,
        attempt.attempts + 1,
        outcome.error,
    )
    if delay_ms is None:
        return "failed"
    try:
        await send(deliver_webhook, delivery_id, attempt.attempts + 1, delay_ms=delay_ms)
    except Exception as exc:  # the sweep re-sends it (the attempt itself is recorded)
        log.warning("could not schedule webhook delivery %s: %s", delivery_id, exc)
    await _maybe_sweep()
    return "retry"


@actor(queue_name=QUEUE, max_retries=0)
async def sweep_webhook_deliveries() -> int:
    """Re-send pending deliveries whose message was lost; returns how many."""
    refs = await webhooks.overdue(stale_s=get_policy().lost_after_s)
    await _send_all(refs)
    if refs:
        log.info("webhook sweep: re-sent %d overdue deliveries", len(refs))
    return len(refs)


async def _maybe_sweep() -> None:
    global _last_sweep
    now = time.monotonic()
    if now - _last_sweep < SWEEP_EVERY_S:
        return
    _last_sweep = now
    try:
        await sweep_webhook_deliveries.coroutine()
    except Exception:
        log.exception("webhook sweep failed")


# --- HTTP -----------------------------------------------------------------------------------------


def _refused(exc: outbound.OutboundRefused) -> str:
    if exc.kind == "not_public":
        return f"{exc.message} (PLAZA_WEBHOOK_ALLOW_PRIVATE_NETWORKS=1 allows others)"
    return exc.message


async def post(attempt: Attempt, policy: RetryPolicy) -> Outcome:
    """POST the delivery's body, signed; never raises for what the receiver does.

    The host is resolved once and every address checked (``plugins.outbound``); the connection
    goes to a checked address, so a DNS answer that changes in between cannot redirect it. Of
    a failing answer only the status and its reason phrase are kept, never the body."""
    if attempt.refusal:
        return Outcome(error=attempt.refusal, final=True)
    if not attempt.url or not attempt.secret:
        return Outcome(error="No webhook URL is configured.")
    body = attempt.body.encode()
    headers = webhooks.signed_headers(attempt.secret, attempt.message_id, body)
    try:
        async with asyncio.timeout(policy.timeout_s):
            target, addresses = await outbound.check_target(
                attempt.url, policy.allow_private_networks
            )
            async with outbound.pinned_client(target, addresses, timeout=policy.timeout_s) as c:
                async with c.stream("POST", attempt.url, content=body, headers=headers) as resp:
                    status, phrase = resp.status_code, resp.reason_phrase
    except outbound.OutboundRefused as exc:
        return Outcome(error=_refused(exc))
    except TimeoutError:
        return Outcome(error=f"Timed out after {policy.timeout_s:g} s.")
    except httpx.TimeoutException as exc:
        return Outcome(error=f"Timed out after {policy.timeout_s:g} s ({type(exc).__name__}).")
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        return Outcome(error=f"{type(exc).__name__}: {exc}".rstrip(": "))
    if 200 <= status < 300:
        return Outcome(status_code=status)
    return Outcome(status_code=status, error=f"HTTP {status}" + (f" {phrase}" if phrase else ""))
