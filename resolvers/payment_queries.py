"""The query job: ask the provider about payments still pending, and settle them.

A notification can be lost (the provider could not reach us, or gave up). Every pending
payment with a provider that can be queried (``QueryablePaymentProvider``), started at least
``min_age`` ago and at most ``max_age`` ago, is asked about; a final answer is applied exactly
as its notification would have been (``resolvers.payments.apply_notification``: the
conditional capture makes it one capture per payment, however often the job or a late
notification come; a payment for a group no longer payable is refunded). A provider that does
not answer leaves the payment as it is, and the group payable, for the next round.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from models.payments import Payment, PaymentStatus
from plugins.interfaces import PaymentQuery, ProviderUnavailable, QueryablePaymentProvider
from plugins.payments.accounts import UnknownAccount
from plugins.registry import get_registry
from resolvers.errors import DomainError
from resolvers.orders.transitions import now_utc
from resolvers.payments import apply_notification, execute_pending_refunds

log = logging.getLogger("plaza.payments.query")

MIN_AGE = timedelta(seconds=60)  # give the notification its chance first
MAX_AGE = timedelta(days=2)  # a trade that old is closed at the provider


@dataclass
class QueryRound:
    asked: int = 0
    settled: int = 0  # captured, declined or refunded on this round
    unanswered: int = 0


async def query_pending_payments(
    *, min_age: timedelta = MIN_AGE, max_age: timedelta = MAX_AGE, limit: int = 100
) -> QueryRound:
    """One round of the job (idempotent: run it as often as you like)."""
    now = now_utc()
    providers = {
        code: p
        for code, p in get_registry().payments.items()
        if isinstance(p, QueryablePaymentProvider) and hasattr(p, "query")
    }
    done = QueryRound()
    if not providers:
        return done
    pending = (
        await Payment.filter(
            status=PaymentStatus.PENDING,
            provider__in=list(providers),
            created_at__lte=now - min_age,
            created_at__gte=now - max_age,
        )
        .order_by("id")
        .limit(limit)
    )
    for payment in pending:
        done.asked += 1
        provider = providers[payment.provider]
        try:
            notification = await provider.query(
                PaymentQuery(
                    reference=payment.reference,
                    account=payment.account,
                    provider_transaction_id=payment.provider_transaction_id,
                )
            )
        except (ProviderUnavailable, UnknownAccount) as exc:
            log.warning("payment %s: query failed: %s", payment.reference, exc)
            done.unanswered += 1
            continue
        if notification is None or notification.reference != payment.reference:
            continue  # still open at the provider
        try:
            result, refund_ids = await apply_notification(payment.provider, notification)
        except DomainError as exc:
            log.warning("payment %s: query answer not applied: %s", payment.reference, exc)
            continue
        if refund_ids:
            await execute_pending_refunds(refund_ids)
        if result.status != "duplicate":
            done.settled += 1
            log.info("payment %s settled by query: %s", payment.reference, result.status)
    return done
