"""Resolving a case: a refund (refund types), queued with ``payments.refund_order`` in the
case's transaction and sent after the commit, like a cancellation's, at most what is left of the
order's total after earlier refunds; or a replacement order (the other types)."""

from __future__ import annotations

from decimal import Decimal

from tortoise.transactions import in_transaction

from models.aftersales import REFUND_TYPES, AftersalesCase, CaseResolution, CaseType
from models.aftersales import CaseStatus as S
from models.orders import MerchantOrder
from resolvers import payments
from resolvers.aftersales.access import DECIDERS, HANDLER_ROLES, Code, authorise, load_case, text
from resolvers.aftersales.replacement import replacement_order
from resolvers.aftersales.steps import move
from resolvers.errors import DomainError
from resolvers.orders import now_utc, send_refunds
from resolvers.permissions import Viewer


def refundable(order: MerchantOrder) -> Decimal:
    """What can still be refunded on the order: its total less the refunds made or queued."""
    return max(Decimal(order.total) - Decimal(order.refunded_amount or 0), Decimal("0"))


async def case_resolve(
    viewer: Viewer, case_id: int, refund_amount: Decimal | None = None, note: str = ""
) -> AftersalesCase:
    """APPROVED | INSPECTED -> RESOLVED: refund (refund types; by default what the customer
    asked, at most what is left to refund on the order) or a replacement order (the others)."""
    note = text(note, "note", required=False)
    refund_ids: list[int] = []
    now = now_utc()
    async with in_transaction():
        case = await load_case(viewer, case_id, lock=True)
        acting, target = authorise(
            viewer, case, (S.RESOLVED,), DECIDERS, HANDLER_ROLES, what="resolve"
        )
        order = await MerchantOrder.filter(id=case.order_id).select_for_update().first()
        assert order is not None  # a case's order is never deleted (RESTRICT)
        if CaseType(case.type) in REFUND_TYPES:
            amount = Decimal(case.requested_amount) if refund_amount is None else refund_amount
            left = refundable(order)
            if not amount.is_finite() or amount <= 0 or amount != amount.quantize(Decimal("0.01")):
                raise DomainError(Code.INVALID, "A positive amount in cents.", "refundAmount")
            if amount > left:
                raise DomainError(
                    Code.REFUND_TOO_LARGE,
                    f"At most {left} {order.currency} is left to refund on this order.",
                    "refundAmount",
                )
            refund = await payments.refund_order(order, f"aftersales:{case.number}", amount)
            if refund is None:
                raise DomainError(
                    Code.ORDER_NOT_ELIGIBLE, "The order has no captured payment.", "id"
                )
            refund_ids.append(refund.id)
            await move(
                case,
                target,
                acting,
                note=note or f"refunded {amount} {order.currency}",
                changes={"resolution": CaseResolution.REFUNDED, "refunded_amount": amount},
                data={"refund_amount": str(amount)},
                now=now,
            )
        else:
            replacement = await replacement_order(case, order, acting, now)
            await move(
                case,
                target,
                acting,
                note=note or f"replacement order {replacement.number}",
                changes={
                    "resolution": CaseResolution.REPLACED,
                    "replacement_order_id": replacement.id,
                },
                data={"replacement_order_id": replacement.id},
                now=now,
            )
    await send_refunds(refund_ids)
    return case
