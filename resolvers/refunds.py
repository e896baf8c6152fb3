"""Refunds: queued in the transaction that decides them, sent to the provider after commit.

``refund_order`` (a cancelled paid order, an aftersales case) and ``queue_refund`` (a payment
that cannot be kept: a late or mismatched callback, an order that cannot be served) write a
Refund row, keyed so that deciding the same refund twice queues it once, and add its amount to
the payment and the order. ``execute_pending_refunds`` sends queued refunds after the commit; a
refund the provider refuses (or that cannot be sent) stays PENDING for the periodic retry. One
that succeeds is settled in a transaction of its own: the refund, its payment, and its group's
status (``resolvers.groups``: a group whose orders are all cancelled is REFUNDED once the money
is back).

The order operations (``resolvers.orders``) and the payment step (``resolvers.payments``) both
call this module; it calls neither.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from decimal import Decimal

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models.orders import MerchantOrder
from models.payments import Payment, PaymentStatus, Refund, RefundStatus
from plugins.interfaces import PaymentProvider, RefundRequest
from plugins.registry import UnknownPlugin, get_registry
from resolvers import outbox
from resolvers.errors import DomainError
from resolvers.errors import PaymentErrorCode as Code
from resolvers.groups import refresh_group_status

log = logging.getLogger("plaza.payments")


def payment_provider(code: str) -> PaymentProvider:
    """The configured payment provider of this code, or UNKNOWN_PROVIDER."""
    try:
        return get_registry().payment(code)
    except UnknownPlugin:
        raise DomainError(Code.UNKNOWN_PROVIDER, f"No payment provider '{code}'.", "provider")


async def queue_refund(
    payment: Payment, amount: Decimal, reason: str, order: MerchantOrder | None
) -> Refund | None:
    """Queue a refund (inside the caller's transaction); executed after commit. None if this
    refund (payment, order, reason) was queued before."""
    key = f"{payment.id}:{order.id if order else 'all'}:{reason}"
    if await Refund.filter(key=key).exists():
        return None
    refund = await Refund.create(
        payment_id=payment.id,
        order_id=order.id if order else None,
        amount=amount,
        reason=reason,
        key=key,
    )
    await Payment.filter(id=payment.id).update(refunded_amount=F("refunded_amount") + amount)
    if order is not None:
        await MerchantOrder.filter(id=order.id).update(
            refunded_amount=F("refunded_amount") + amount
        )
    await outbox.record(
        "payment.refund_requested",
        "payment",
        payment.id,
        {"amount": str(amount), "reason": reason, "order_id": order.id if order else None},
        merchant_id=order.merchant_id if order else None,
    )
    return refund


async def refund_order(
    order: MerchantOrder, reason: str, amount: Decimal | None = None
) -> Refund | None:
    """Refund a paid merchant order (cancellations after payment, aftersales). In a transaction."""
    payment = await Payment.filter(group_id=order.group_id, status=PaymentStatus.CAPTURED).first()
    if payment is None:
        return None
    return await queue_refund(payment, amount if amount is not None else order.total, reason, order)


async def execute_pending_refunds(ids: list[int] | None = None, limit: int = 100) -> int:
    """Send queued refunds (these ``ids``, or the oldest pending) to their providers.

    Returns how many succeeded. A failed one stays PENDING for the periodic retry.
    """
    done = 0
    pending = Refund.filter(status=RefundStatus.PENDING)
    if ids is not None:
        pending = pending.filter(id__in=ids)
    for refund in await pending.select_related("payment").order_by("id").limit(limit):
        payment = refund.payment
        provider = payment_provider(payment.provider)
        result = await provider.refund(
            RefundRequest(
                reference=payment.reference,
                provider_transaction_id=payment.provider_transaction_id,
                amount=refund.amount,
                currency=payment.currency,
                reason=refund.reason,
                refund_key=refund.key,
                account=payment.account,
                payment_amount=payment.captured_amount or payment.amount,
            )
        )
        if result.succeeded:
            async with in_transaction():
                settled = await Refund.filter(id=refund.id, status=RefundStatus.PENDING).update(
                    status=RefundStatus.SUCCEEDED,
                    provider_refund_id=result.provider_refund_id,
                    refunded_at=datetime.now(UTC),
                )
                if payment.refunded_amount >= payment.captured_amount > 0:
                    await Payment.filter(id=payment.id).update(status=PaymentStatus.REFUNDED)
                if settled:  # another sender settled it first: it refreshed the group
                    await refresh_group_status(payment.group_id)
            done += 1
        else:
            log.warning("refund %s failed: %s", refund.key, result.error)
    return done
