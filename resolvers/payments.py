"""Payments: start a payment for an order group, apply the provider's callback.

Exactly-once capture: the callback moves the Payment PENDING -> CAPTURED with a conditional
UPDATE, so ten copies of one callback (even concurrent) capture once. Then the group moves
PENDING_PAYMENT -> PAID the same way (before its deadline); if expiry, a cancellation or the
deadline came first the money is refunded at once. A success is never dropped: after a decline
it captures the declined payment (then pays the group or is refunded, as above) and is
recorded as ``payment.succeeded_after_decline``; a decline after a capture changes nothing.
When an order of the paid group cannot be served, the group's status is derived again
(``resolvers.groups``).
Refunds are written (as Refund rows) in the same transaction as the decision and executed
with the provider right after commit; a refund that fails stays PENDING for a retry
(``resolvers.refunds``; ``refund_order`` and ``execute_pending_refunds`` are importable from
here too). This module calls the order state machine (``resolvers.orders``), never the reverse.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime

from tortoise.transactions import in_transaction

from models.orders import (
    Actor,
    CancelReason,
    GroupStatus,
    InventoryMode,
    MerchantOrder,
    OrderGroup,
    OrderLine,
    OrderStatus,
)
from models.payments import Payment, PaymentStatus, Refund
from models.repository import payments as repo
from plugins.interfaces import (
    InvalidCallback,
    NotificationStatus,
    PaymentNotification,
    PaymentStartRequest,
    ProviderUnavailable,
)
from plugins.registry import get_registry
from resolvers import allocation, outbox
from resolvers.currency import require_group_currency
from resolvers.errors import DomainError
from resolvers.errors import PaymentErrorCode as Code
from resolvers.groups import record_group_status, refresh_group_status
from resolvers.orders.automatic import after_payment
from resolvers.orders.transitions import now_utc, transition
from resolvers.payment_accounts import provider_account
from resolvers.permissions import Viewer, require_user
from resolvers.refunds import (
    execute_pending_refunds,
    payment_provider,
    queue_refund,
    refund_order,
)

__all__ = [
    "CallbackResult",
    "apply_notification",
    "check_provider",
    "execute_pending_refunds",
    "latest_payment",
    "payment_callback",
    "payment_start",
    "refund_order",
    "start_for_group",
]

log = logging.getLogger("plaza.payments")


@dataclass
class CallbackResult:
    ok: bool
    status: str  # captured | duplicate | declined | refunded_late | refunded_mismatch | ...
    message: str = ""


async def payment_start(
    viewer: Viewer, group_id: int, provider_code: str = "sandbox", return_url: str = ""
) -> Payment:
    """A payment for the customer's unpaid group: a pay URL and a QR payload."""
    user_id = require_user(viewer, Code)
    group = await OrderGroup.get_or_none(id=group_id)
    if group is None or group.customer_id != user_id:
        raise DomainError(Code.NOT_FOUND, "No such order group.", "orderGroup")
    return await start_for_group(group, provider_code, return_url)


def check_provider(provider_code: str) -> None:
    """UNKNOWN_PROVIDER unless a payment provider of this code is configured."""
    payment_provider(provider_code)


async def latest_payment(group_id: int, provider_code: str) -> Payment | None:
    """The group's latest payment with this provider that is pending or captured."""
    return (
        await Payment.filter(
            group_id=group_id,
            provider=provider_code,
            status__in=[PaymentStatus.PENDING, PaymentStatus.CAPTURED],
        )
        .order_by("-id")
        .first()
    )


async def start_for_group(
    group: OrderGroup, provider_code: str = "sandbox", return_url: str = ""
) -> Payment:
    """Start paying a group the caller may pay (checked by the caller)."""
    if group.status != GroupStatus.PENDING_PAYMENT:
        raise DomainError(Code.NOT_PAYABLE, f"The order is {group.status.value}.", "orderGroup")
    if group.payment_deadline <= now_utc():
        raise DomainError(
            Code.PAYMENT_DEADLINE_PASSED, "The time to pay has run out.", "orderGroup"
        )
    await require_group_currency(group, Code, "orderGroup")  # the storefront's currency only
    provider = payment_provider(provider_code)
    account = await provider_account(group, provider)
    registry = get_registry()
    public_url = registry.config.get("public_url", "http://127.0.0.1:8000")
    reference = f"pay_{secrets.token_hex(12)}"
    try:
        session = await provider.start(
            PaymentStartRequest(
                reference=reference,
                amount=group.total,
                currency=group.currency,
                description=f"Order {group.number}",
                return_url=return_url or f"{public_url}/",
                callback_url=f"{public_url}/payments/{provider.code}/callback",
                account=account,
                expires_at=group.payment_deadline,
            )
        )
    except ProviderUnavailable as exc:
        log.warning("payment start with %s failed: %s", provider.code, exc)
        raise DomainError(
            Code.PROVIDER_UNAVAILABLE,
            "The payment provider did not answer; the order can still be paid: try again.",
            "provider",
        )
    return await Payment.create(
        group_id=group.id,
        provider=provider.code,
        account=account,
        reference=reference,
        provider_transaction_id=session.provider_transaction_id,
        amount=group.total,
        currency=group.currency,
        pay_url=session.pay_url,
        qr_payload=session.qr_payload,
    )


async def payment_callback(
    provider_code: str, headers: dict[str, str], body: bytes
) -> CallbackResult:
    """The provider's server-to-server notification: verify, then apply it exactly once."""
    provider = payment_provider(provider_code)
    try:
        notification = provider.parse_callback(headers, body)
    except InvalidCallback as exc:
        raise DomainError(Code.INVALID_CALLBACK, f"Callback refused: {exc}", "signature")
    result, refund_ids = await apply_notification(provider.code, notification)
    if refund_ids:
        await execute_pending_refunds(refund_ids)
    return result


async def apply_notification(
    provider_code: str, n: PaymentNotification
) -> tuple[CallbackResult, list[int]]:
    """Apply a verified notification; returns the result and the refunds it queued.

    A decline moves a pending payment only: after a capture it changes nothing (acknowledged).
    A success is never dropped: it captures the payment if pending -- or if declined before
    (the money did arrive) -- and the capture pays the group or, if the group is no longer
    payable, is refunded at once. Every callback counts in ``callbacks_received``."""
    now = now_utc()
    if n.status == NotificationStatus.DECLINED:
        return await _apply_decline(provider_code, n, now), []
    async with in_transaction(), outbox.batched() as events:
        after_decline = False
        payment = await repo.capture_pending(
            n.reference, provider_code, n.amount, n.provider_transaction_id, now
        )
        if payment is None:
            # Not pending: declined before (the success stands), captured before, or unknown.
            payment = await repo.capture_pending(
                n.reference, provider_code, n.amount, n.provider_transaction_id, now,
                was=PaymentStatus.DECLINED,
            )  # fmt: skip
            after_decline = payment is not None
        if payment is None:
            if not await repo.count_callback(n.reference, provider_code):
                raise DomainError(Code.INVALID_CALLBACK, "Unknown payment reference.", "reference")
            return CallbackResult(True, "duplicate", "Already processed."), []
        result, refund_ids = await _apply_capture(payment, n, now, events)
        if after_decline:
            await outbox.record(
                "payment.succeeded_after_decline",
                "payment",
                payment.id,
                {
                    "reference": payment.reference,
                    "group_id": payment.group_id,
                    "amount": str(payment.captured_amount),
                    "outcome": "captured" if result.status == "captured" else "refunded",
                    "result": result.status,
                },
            )
    return result, refund_ids


async def _apply_decline(
    provider_code: str, n: PaymentNotification, now: datetime
) -> CallbackResult:
    """PENDING -> DECLINED; any other payment stays as it is (the callback is counted)."""
    if await repo.decline_pending(n.reference, provider_code, now):
        return CallbackResult(True, "declined")
    if not await repo.count_callback(n.reference, provider_code):
        raise DomainError(Code.INVALID_CALLBACK, "Unknown payment reference.", "reference")
    return CallbackResult(True, "ignored", "The payment was settled before; nothing changes.")


async def _apply_capture(
    payment: Payment, n: PaymentNotification, now: datetime, events: outbox.Batch
) -> tuple[CallbackResult, list[int]]:
    """A payment just captured (in the callback's transaction): it pays its group and settles
    the group's orders, or it is refunded at once."""
    if n.amount != payment.amount or n.currency != payment.currency:
        refund = await queue_refund(payment, n.amount, CancelReason.AMOUNT_MISMATCH.value, None)
        await refresh_group_status(payment.group_id, now)
        return (
            CallbackResult(True, "refunded_mismatch", "Amount does not match the order."),
            [refund.id] if refund else [],
        )
    group = await repo.mark_group_paid(payment.group_id, now)
    if group is None:
        # Cancelled, expired or past its deadline, or paid by another payment, first: the
        # money goes back.
        refund = await queue_refund(payment, payment.captured_amount, "late_payment", None)
        await refresh_group_status(payment.group_id, now)
        return (
            CallbackResult(True, "refunded_late", "The order was no longer payable."),
            [refund.id] if refund else [],
        )
    await record_group_status(
        group,
        GroupStatus.PENDING_PAYMENT,
        GroupStatus.PAID,
        now,
        {"payment_id": payment.id, "amount": str(payment.captured_amount)},
    )
    refunds: list[Refund | None] = []
    reserved: list[MerchantOrder] = []
    settled = await repo.orders_to_settle(payment.group_id)
    for order, lines in settled:
        refunds.append(await _settle(order, lines, payment, now, reserved, events))
    if any(order.status == OrderStatus.CANCELLED for order, _ in settled):
        # An order could not be served (sold out, the sale ended): the group is not simply
        # PAID. (When every order was served it is, and nothing more is read or written.)
        await refresh_group_status(payment.group_id, now)
    # Reserved units become deductions last: the stock rows (in a flash sale, the one row
    # every buyer changes) stay locked only from these statements to the COMMIT.
    await events.flush()
    for order in reserved:
        await allocation.commit_reservations(order)
    return CallbackResult(True, "captured"), [r.id for r in refunds if r is not None]


async def _sale_ended(lines: list[OrderLine], now: datetime) -> bool:
    sale_ids = {line.flash_sale_id for line in lines if line.flash_sale_id is not None}
    return await repo.any_sale_ended(sorted(sale_ids), now)


async def _settle(
    order: MerchantOrder,
    lines: list[OrderLine],
    payment: Payment,
    now: datetime,
    reserved: list[MerchantOrder],
    events: outbox.Batch,
) -> Refund | None:
    """One merchant order of a paid group: deduct its stock, or cancel and refund it.

    A reserve-on-order order cannot fail here (its units are held): it is appended to
    ``reserved``, whose reservations the caller commits at the end of its transaction.

    A deduct-on-payment order takes its units now. Its own writes (PAID, history, events) come
    first and the rows every buyer of a flash sale shares (the sale's counter, the stock) last,
    in one savepoint: a winner holds those locks from its UPDATEs to the COMMIT only, and a
    sold-out order rolls the savepoint back (its PAID with it) and is cancelled and refunded.
    """
    if await _sale_ended(lines, now):
        return await _cancel_paid_unfulfilled(order, payment, CancelReason.FLASH_SALE_ENDED)
    reason = f"payment {payment.reference}"
    if order.inventory_mode == InventoryMode.RESERVE_ON_ORDER:
        reserved.append(order)
        await transition(order, OrderStatus.PAID, Actor.SYSTEM, reason=reason)
        await after_payment(order, now)  # AUTOMATIC-confirm storefronts: PAID -> CONFIRMED now
        return None
    await events.flush()  # what the transaction recorded so far is kept whatever happens below
    before = {field: getattr(order, field) for field in _SETTLE_FIELDS}
    try:
        async with in_transaction():  # a savepoint: a sold-out order undoes only itself
            await transition(order, OrderStatus.PAID, Actor.SYSTEM, reason=reason)
            await after_payment(order, now)
            await events.flush()  # inside the savepoint: gone with it if sold out

            async def take_sale_units() -> None:
                for line in lines:
                    if line.flash_sale_id and not await allocation.take_flash_units(
                        line.flash_sale_id, line.quantity
                    ):
                        raise allocation.OutOfStock(line.variant_id, line.flash_sale_id)

            await allocation.allocate(order, lines, reserve=False, before_stock=take_sale_units)
    except allocation.OutOfStock:
        for field, value in before.items():  # the object as the database has it again
            setattr(order, field, value)
        return await _cancel_paid_unfulfilled(order, payment, CancelReason.SOLD_OUT)
    return None


# What moving an order to PAID (and CONFIRMED, for automatic confirmation) changes on it.
_SETTLE_FIELDS = ("status", "version", "paid_at", "confirmed_at", "updated_at")


async def _cancel_paid_unfulfilled(
    order: MerchantOrder, payment: Payment, reason: CancelReason
) -> Refund | None:
    """Money arrived but this order cannot be served: cancel it and refund its total."""
    await transition(
        order,
        OrderStatus.CANCELLED,
        Actor.SYSTEM,
        reason=reason.value,
        updates={"cancel_reason": reason.value},
    )
    # Flash-sale rows before stock rows: the order placement and payment take them that way.
    await allocation.return_flash_counters(
        order, units_taken=order.inventory_mode == InventoryMode.RESERVE_ON_ORDER
    )
    await allocation.give_back(order, reason.value)
    return await queue_refund(payment, order.total, reason.value, order)
