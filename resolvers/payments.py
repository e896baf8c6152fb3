"""Payments: start a payment for an order group, apply the provider's callback, refund.

Exactly-once capture: the callback moves the Payment PENDING -> CAPTURED with a conditional
UPDATE, so ten copies of one callback (even concurrent) capture once. Then the group moves
PENDING_PAYMENT -> PAID the same way; if expiry won that race the money is refunded at once.
Refunds are written (as Refund rows) in the same transaction as the decision and executed
with the provider right after commit; a refund that fails stays PENDING for a retry.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from models import sql
from models.merchants import Storefront
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
from models.payments import Payment, PaymentStatus, Refund, RefundStatus
from plugins.interfaces import (
    InvalidCallback,
    NotificationStatus,
    PaymentNotification,
    PaymentStartRequest,
    RefundRequest,
)
from plugins.registry import UnknownPlugin, get_registry
from resolvers import allocation, outbox
from resolvers.errors import DomainError
from resolvers.errors import PaymentErrorCode as Code
from resolvers.orders import after_payment, now_utc, transition
from resolvers.permissions import Viewer, require_user

log = logging.getLogger("plaza.payments")


@dataclass
class CallbackResult:
    ok: bool
    status: str  # captured | duplicate | declined | refunded_late | refunded_mismatch | ...
    message: str = ""


def _provider(code: str):
    try:
        return get_registry().payment(code)
    except UnknownPlugin:
        raise DomainError(Code.UNKNOWN_PROVIDER, f"No payment provider '{code}'.", "provider")


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
    _provider(provider_code)


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
    provider = _provider(provider_code)
    registry = get_registry()
    public_url = registry.config.get("public_url", "http://127.0.0.1:8000")
    reference = f"pay_{secrets.token_hex(12)}"
    session = await provider.start(
        PaymentStartRequest(
            reference=reference,
            amount=group.total,
            currency=group.currency,
            description=f"Order {group.number}",
            return_url=return_url or f"{public_url}/",
            callback_url=f"{public_url}/payments/{provider.code}/callback",
        )
    )
    return await Payment.create(
        group_id=group.id,
        provider=provider.code,
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
    provider = _provider(provider_code)
    try:
        notification = provider.parse_callback(headers, body)
    except InvalidCallback as exc:
        raise DomainError(Code.INVALID_CALLBACK, f"Callback refused: {exc}", "signature")
    result, refund_ids = await apply_notification(provider.code, notification)
    if refund_ids:
        await execute_pending_refunds(refund_ids)
    return result


async def _refund(
    payment: Payment, amount: Decimal, reason: str, order: MerchantOrder | None
) -> Refund | None:
    """Queue a refund (inside the caller's transaction); executed after commit."""
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


# The statements every payment callback sends (see ``models.sql``).
_PAYMENT_BY_REFERENCE = 'SELECT * FROM "payment" WHERE "reference" = $1 AND "provider" = $2'
# Capture a pending payment: the check, the change and the read are one statement.
_CAPTURE = """
    UPDATE "payment" SET "status" = $3, "captured_amount" = $4, "provider_transaction_id" = $5,
        "captured_at" = $6, "updated_at" = $6, "callbacks_received" = "callbacks_received" + 1
    WHERE "reference" = $1 AND "provider" = $2 AND "status" = $7
    RETURNING *
"""
_CALLBACK_COUNTED = """
    UPDATE "payment" SET "callbacks_received" = "callbacks_received" + 1
    WHERE "reference" = $1 AND "provider" = $2
"""
# A paid group's orders still to settle, with their storefront and their lines (a row per line).
_ORDERS_TO_SETTLE = """
    SELECT o.*, {storefront}, {line}
    FROM "merchant_order" o JOIN "storefront" s ON s."id" = o."storefront_id"
    LEFT JOIN "order_line" l ON l."order_id" = o."id"
    WHERE o."group_id" = $1 AND o."status" = $2
    ORDER BY o."id", l."variant_id", l."id"
"""
_GROUP_PAID = """
    UPDATE "order_group" SET "status" = $1, "paid_at" = $2, "updated_at" = $2
    WHERE "id" = $3 AND "status" = $4
"""


async def apply_notification(
    provider_code: str, n: PaymentNotification
) -> tuple[CallbackResult, list[int]]:
    """Apply a verified notification; returns the result and the refunds it queued."""
    now = now_utc()
    if n.status == NotificationStatus.DECLINED:
        found = await sql.fetch_models(Payment, _PAYMENT_BY_REFERENCE, n.reference, provider_code)
        if not found:
            raise DomainError(Code.INVALID_CALLBACK, "Unknown payment reference.", "reference")
        await Payment.filter(id=found[0].id, status=PaymentStatus.PENDING).update(
            status=PaymentStatus.DECLINED, callbacks_received=F("callbacks_received") + 1
        )
        return CallbackResult(True, "declined"), []
    refunds: list[Refund | None] = []
    async with in_transaction(), outbox.batched() as events:
        captured = await sql.fetch_models(
            Payment, _CAPTURE, n.reference, provider_code, PaymentStatus.CAPTURED.value,
            n.amount, n.provider_transaction_id, now, PaymentStatus.PENDING.value,
        )  # fmt: skip
        if not captured:
            # Not pending: captured (or declined) before -- or no such payment at all.
            if await sql.execute(_CALLBACK_COUNTED, n.reference, provider_code) != 1:
                raise DomainError(Code.INVALID_CALLBACK, "Unknown payment reference.", "reference")
            return CallbackResult(True, "duplicate", "Already processed."), []
        payment = captured[0]
        if n.amount != payment.amount or n.currency != payment.currency:
            refund = await _refund(payment, n.amount, CancelReason.AMOUNT_MISMATCH.value, None)
            return (
                CallbackResult(True, "refunded_mismatch", "Amount does not match the order."),
                [refund.id] if refund else [],
            )
        won = await sql.execute(
            _GROUP_PAID, GroupStatus.PAID.value, now, payment.group_id,
            GroupStatus.PENDING_PAYMENT.value,
        )  # fmt: skip
        if won != 1:
            # Expired (or paid by another payment) first: the money goes back.
            refund = await _refund(payment, payment.captured_amount, "late_payment", None)
            return (
                CallbackResult(True, "refunded_late", "The order was no longer payable."),
                [refund.id] if refund else [],
            )
        await outbox.record(
            "order_group.paid",
            "order_group",
            payment.group_id,
            {"payment_id": payment.id, "amount": str(payment.captured_amount)},
        )
        reserved: list[MerchantOrder] = []
        for order, lines in await _orders_to_settle(payment.group_id):
            refunds.append(await _settle(order, lines, payment, now, reserved, events))
        # Reserved units become deductions last: the stock rows (in a flash sale, the one row
        # every buyer changes) stay locked only from these statements to the COMMIT.
        await events.flush()
        for order in reserved:
            await allocation.commit_reservations(order)
    return CallbackResult(True, "captured"), [r.id for r in refunds if r is not None]


_ENDED_SALE = 'SELECT 1 FROM "promo_flash_sale" WHERE "ends_at" < $1 AND "id" IN ({}) LIMIT 1'


async def _sale_ended(lines: list[OrderLine], now: datetime) -> bool:
    sale_ids = {line.flash_sale_id for line in lines if line.flash_sale_id is not None}
    if not sale_ids:
        return False
    ids = sorted(sale_ids)
    statement = _ENDED_SALE.format(sql.placeholders(2, len(ids)))
    return bool(await sql.fetch(statement, now, *ids))


async def _orders_to_settle(group_id: int) -> list[tuple[MerchantOrder, list[OrderLine]]]:
    """The group's orders awaiting payment (with their storefront), each with its lines by
    variant: one statement."""
    statement = _ORDERS_TO_SETTLE.format(
        storefront=sql.columns(Storefront, "s", "storefront"),
        line=sql.columns(OrderLine, "l", "line"),
    )
    rows = await sql.fetch_joined(
        MerchantOrder, statement, group_id, OrderStatus.PENDING_PAYMENT.value,
        related={"storefront": Storefront},
    )  # fmt: skip
    orders: dict[int, tuple[MerchantOrder, list[OrderLine]]] = {}
    for order, row in rows:
        _, lines = orders.setdefault(order.id, (order, []))
        line = sql.part(row, OrderLine, "line")
        if line is not None:
            lines.append(line)
    return list(orders.values())


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
    return await _refund(payment, order.total, reason.value, order)


async def refund_order(
    order: MerchantOrder, reason: str, amount: Decimal | None = None
) -> Refund | None:
    """Refund a paid merchant order (cancellations after payment, aftersales). In a transaction."""
    payment = await Payment.filter(group_id=order.group_id, status=PaymentStatus.CAPTURED).first()
    if payment is None:
        return None
    return await _refund(payment, amount if amount is not None else order.total, reason, order)


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
        provider = _provider(payment.provider)
        result = await provider.refund(
            RefundRequest(
                reference=payment.reference,
                provider_transaction_id=payment.provider_transaction_id,
                amount=refund.amount,
                currency=payment.currency,
                reason=refund.reason,
                refund_key=refund.key,
            )
        )
        if result.succeeded:
            await Refund.filter(id=refund.id, status=RefundStatus.PENDING).update(
                status=RefundStatus.SUCCEEDED, provider_refund_id=result.provider_refund_id
            )
            if payment.refunded_amount >= payment.captured_amount > 0:
                await Payment.filter(id=payment.id).update(status=PaymentStatus.REFUNDED)
            done += 1
        else:
            log.warning("refund %s failed: %s", refund.key, result.error)
    return done
