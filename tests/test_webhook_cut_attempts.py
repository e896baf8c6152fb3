"""An attempt cut off before its result was written (the worker killed mid-request) is still an
attempt: the next claim counts it, so the delivery log shows every attempt and a receiver that
kills every attempt still uses up the round (resolvers/webhooks/attempts.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.merchants import Merchant
from models.webhooks import DeliveryStatus, DeliveryTarget, WebhookDelivery
from resolvers import webhooks
from resolvers.webhooks.attempts import CUT_OFF, Outcome, RetryPolicy

T0 = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
LEASE_S = 10.0
POLICY = RetryPolicy(base_ms=1000, max_delay_ms=60_000, max_attempts=3, jitter=0.0)


async def _delivery() -> WebhookDelivery:
    merchant = await Merchant.create(
        name="Cut", slug="cut", webhook_url="https://hooks.example/cut", webhook_secret="whsec_x"
    )
    return await WebhookDelivery.create(
        target=DeliveryTarget.MERCHANT,
        subscriber=f"merchant:{merchant.id}",
        merchant=merchant,
        event_id=1,
        event_type="order.paid",
        message_id="msg_cut_1",
        body="{}",
        next_attempt_at=T0,
    )


async def _claim(delivery_id: int, attempts: int, now: datetime):
    return await webhooks.claim(
        delivery_id, attempts, lease_s=LEASE_S, max_attempts=POLICY.max_attempts, now=now
    )


async def test_a_cut_attempt_is_counted_by_the_next_claim():
    d = await _delivery()
    first, _ = await _claim(d.id, 0, T0)
    assert first is not None and first.attempts == 0
    # The worker dies here: no result is recorded; the lease stays and expires.
    while_leased, wait = await _claim(d.id, 0, T0 + timedelta(seconds=1))
    assert (while_leased, wait) == (None, None)  # an attempt is (thought to be) under way

    later = T0 + timedelta(seconds=LEASE_S + 1)
    second, _ = await _claim(d.id, 0, later)  # the redelivered message still says 0
    assert second is not None
    assert (second.attempts, second.round_attempts) == (1, 1)
    row = await WebhookDelivery.get(id=d.id)
    assert (row.attempts, row.round_attempts, row.last_error) == (1, 1, CUT_OFF)

    await webhooks.record_attempt(second, Outcome(status_code=204), POLICY, now=later)
    row = await WebhookDelivery.get(id=d.id)
    assert (row.status, row.attempts, row.round_attempts) == (DeliveryStatus.DELIVERED, 2, 2)
    assert row.lease_until is None


async def test_attempts_that_are_all_cut_use_up_the_round():
    d = await _delivery()
    now = T0
    attempt, _ = await _claim(d.id, 0, now)
    assert attempt is not None and attempt.attempts == 0
    for n in range(1, POLICY.max_attempts):
        now += timedelta(seconds=LEASE_S + 1)  # cut off again; the sweep re-sends the message
        attempt, _ = await _claim(d.id, n - 1, now)
        assert attempt is not None and attempt.attempts == n
    # The last attempt was cut too: counted by the next claim, it ends the round.
    now += timedelta(seconds=LEASE_S + 1)
    assert await _claim(d.id, POLICY.max_attempts - 1, now) == (None, None)
    row = await WebhookDelivery.get(id=d.id)
    assert row.status == DeliveryStatus.FAILED
    assert (row.attempts, row.round_attempts) == (POLICY.max_attempts, POLICY.max_attempts)
    assert row.lease_until is None and row.last_error == CUT_OFF


async def test_a_stale_message_does_not_count_a_cut_attempt_twice():
    d = await _delivery()
    await _claim(d.id, 0, T0)
    later = T0 + timedelta(seconds=LEASE_S + 1)
    assert (await _claim(d.id, 0, later))[0] is not None  # counts the cut one: attempts = 1
    # A second copy of the old message arrives while the new attempt is under way, then after.
    assert await _claim(d.id, 0, later) == (None, None)
    assert await _claim(d.id, 0, later + timedelta(seconds=LEASE_S + 1)) == (None, None)
    assert (await WebhookDelivery.get(id=d.id)).attempts == 1
