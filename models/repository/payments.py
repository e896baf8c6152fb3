"""Hand-written statements of a payment callback (``resolvers.payments``).

Every callback sends these: find or capture the payment (the check, the change and the read in
one statement), count a duplicate, move the group to PAID (conditional: of the callback and the
expiry, one wins; and only before its deadline), and read what the paid group's orders need to
settle in one statement. A decline moves a pending payment only; a success captures a pending
payment or, failing that, a declined one (the provider's last word on the money is the success).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from models import sql
from models.merchants import Storefront
from models.orders import GroupStatus, MerchantOrder, OrderGroup, OrderLine, OrderStatus
from models.payments import Payment, PaymentStatus

_PAYMENT_BY_REFERENCE = 'SELECT * FROM "payment" WHERE "reference" = $1 AND "provider" = $2'
# Capture a pending (or declined) payment: the check, the change and the read are one statement.
_CAPTURE = """
    UPDATE "payment" SET "status" = $3, "captured_amount" = $4, "provider_transaction_id" = $5,
        "captured_at" = $6, "updated_at" = $6, "callbacks_received" = "callbacks_received" + 1
    WHERE "reference" = $1 AND "provider" = $2 AND "status" = $7
    RETURNING *
"""
_DECLINE = """
    UPDATE "payment" SET "status" = $3, "updated_at" = $4,
        "callbacks_received" = "callbacks_received" + 1
    WHERE "reference" = $1 AND "provider" = $2 AND "status" = $5
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
    WHERE "id" = $3 AND "status" = $4 AND "payment_deadline" > $2
    RETURNING *
"""
_ENDED_SALE = 'SELECT 1 FROM "promo_flash_sale" WHERE "ends_at" < $1 AND "id" IN ({}) LIMIT 1'


async def payment_by_reference(reference: str, provider_code: str) -> Payment | None:
    """The payment of this provider and reference, if any."""
    found = await sql.fetch_models(Payment, _PAYMENT_BY_REFERENCE, reference, provider_code)
    return found[0] if found else None


async def capture_pending(
    reference: str,
    provider_code: str,
    amount: Decimal,
    provider_transaction_id: str,
    now: datetime,
    *,
    was: PaymentStatus = PaymentStatus.PENDING,
) -> Payment | None:
    """``was`` (PENDING, or DECLINED for a success after a decline) -> CAPTURED with the amount
    the provider reports, counting the callback; the payment as captured, or None if it was
    not in ``was`` (or does not exist)."""
    captured = await sql.fetch_models(
        Payment, _CAPTURE, reference, provider_code, PaymentStatus.CAPTURED.value,
        amount, provider_transaction_id, now, was.value,
    )  # fmt: skip
    return captured[0] if captured else None


async def decline_pending(reference: str, provider_code: str, now: datetime) -> bool:
    """PENDING -> DECLINED, counting the callback; False if it was not pending (or does not
    exist): a payment captured (or declined) before stays as it is."""
    declined = await sql.execute(
        _DECLINE, reference, provider_code, PaymentStatus.DECLINED.value, now,
        PaymentStatus.PENDING.value,
    )  # fmt: skip
    return declined == 1


async def count_callback(reference: str, provider_code: str) -> bool:
    """Count one more callback for the payment; False if there is no such payment."""
    return await sql.execute(_CALLBACK_COUNTED, reference, provider_code) == 1


async def mark_group_paid(group_id: int, now: datetime) -> OrderGroup | None:
    """PENDING_PAYMENT -> PAID for the group, before its payment deadline; the group as paid,
    or None if it was no longer payable (cancelled, expired, its deadline passed, or paid by
    another payment first)."""
    won = await sql.fetch_models(
        OrderGroup, _GROUP_PAID, GroupStatus.PAID.value, now, group_id,
        GroupStatus.PENDING_PAYMENT.value,
    )  # fmt: skip
    return won[0] if won else None


async def orders_to_settle(group_id: int) -> list[tuple[MerchantOrder, list[OrderLine]]]:
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


async def any_sale_ended(sale_ids: list[int], now: datetime) -> bool:
    """Whether one of these flash sales ended before ``now`` (ids sorted by the caller)."""
    if not sale_ids:
        return False
    statement = _ENDED_SALE.format(sql.placeholders(2, len(sale_ids)))
    return bool(await sql.fetch(statement, now, *sale_ids))
