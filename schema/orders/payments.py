"""Payments and refunds as the orders show them.

``OrderGroup.payments``: every payment of the checkout (each attempt, whatever its provider),
with its refunds: for its customer and the platform only (``order_group_payment``).
``MerchantOrder.payments``: the same payments as one merchant's order sees them, its share
(the order's total and what was refunded of it), and ``MerchantOrder.refunds``: the refunds of
that order only. A merchant never sees the group's amount nor other merchants' refunds.
Everything comes through request DataLoaders (``resolvers.batches``): no query per row.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry

from models.orders import MerchantOrder as MerchantOrderModel
from models.orders import OrderGroup as OrderGroupModel
from models.payments import Payment as PaymentModel
from models.payments import PaymentStatus as PaymentStatusModel
from models.payments import Refund as RefundModel
from models.payments import RefundStatus as RefundStatusModel
from resolvers import batches
from resolvers.visibility import RefundRow
from schema.base import Money, global_id
from schema.context import Info

# ``PaymentStatus`` is the checkout's GraphQL enum (schema.checkout.enums declares it on the
# model's enum); the refund's is declared here.
RefundStatus = strawberry.enum(RefundStatusModel, name="RefundStatus")


@strawberry.type(description="Money given back, and why.")
class PaymentRefund:
    amount: Money
    reason: str
    status: RefundStatus
    created_at: datetime
    refunded_at: datetime | None = strawberry.field(
        description="When the provider confirmed it (null while pending)."
    )
    order_id: strawberry.ID | None = strawberry.field(
        description="The merchant order refunded (null: the whole payment, e.g. a late one)."
    )
    seen_from: strawberry.Private[RefundRow]  # for the visibility rule

    @classmethod
    def of(cls, r: RefundModel, currency: str, seen_from: RefundRow) -> PaymentRefund:
        return cls(
            amount=Money(amount=r.amount, currency=currency),
            reason=r.reason,
            status=RefundStatusModel(r.status),
            created_at=r.created_at,
            refunded_at=r.refunded_at,
            order_id=global_id("MerchantOrder", r.order_id) if r.order_id else None,
            seen_from=seen_from,
        )


@strawberry.type(description="A payment of a checkout: provider, status, amounts and times.")
class OrderGroupPayment:
    id: strawberry.ID
    provider: str
    status: PaymentStatusModel
    amount: Money = strawberry.field(description="What was asked for.")
    captured: Money = strawberry.field(description="What the provider paid us.")
    refunded: Money
    created_at: datetime
    paid_at: datetime | None = strawberry.field(description="When it was captured.")
    pk: strawberry.Private[int]
    group_row: strawberry.Private[OrderGroupModel]  # for the visibility rule

    @strawberry.field(description="Its refunds, oldest first.")
    async def refunds(self, info: Info) -> list[PaymentRefund]:
        rows = await info.context.loader("refunds_by_payment", batches.refunds_by_payment).load(
            self.pk
        )
        seen = RefundRow(group=self.group_row)
        return [PaymentRefund.of(r, self.amount.currency, seen) for r in rows]

    @classmethod
    def of(cls, m: PaymentModel, group: OrderGroupModel) -> OrderGroupPayment:
        return cls(
            id=global_id("Payment", m.id),
            provider=m.provider,
            status=PaymentStatusModel(m.status),
            amount=Money(amount=m.amount, currency=m.currency),
            captured=Money(amount=m.captured_amount, currency=m.currency),
            refunded=Money(amount=m.refunded_amount, currency=m.currency),
            created_at=m.created_at,
            paid_at=m.captured_at,
            pk=m.id,
            group_row=group,
        )


@strawberry.type(description="A payment of the checkout as one merchant order sees it: its share.")
class OrderPayment:
    provider: str
    status: PaymentStatusModel
    amount: Money = strawberry.field(description="This order's share: its total.")
    refunded: Money = strawberry.field(description="What was refunded of this order from it.")
    created_at: datetime
    paid_at: datetime | None
    order_row: strawberry.Private[MerchantOrderModel]  # for the visibility rule


async def group_payments(info: Info, group: OrderGroupModel) -> list[OrderGroupPayment]:
    rows = await info.context.loader("payments_by_group", batches.payments_by_group).load(group.id)
    return [OrderGroupPayment.of(r, group) for r in rows]


async def order_payments(info: Info, order: MerchantOrderModel) -> list[OrderPayment]:
    payments = await info.context.loader("payments_by_group", batches.payments_by_group).load(
        order.group_id
    )
    refunds = await order_refund_rows(info, order)
    out = []
    for p in payments:
        back = sum((r.amount for r in refunds if r.payment_id == p.id), Decimal(0))
        out.append(
            OrderPayment(
                provider=p.provider,
                status=PaymentStatusModel(p.status),
                amount=Money(amount=order.total, currency=p.currency),
                refunded=Money(amount=back, currency=p.currency),
                created_at=p.created_at,
                paid_at=p.captured_at,
                order_row=order,
            )
        )
    return out


async def order_refund_rows(info: Info, order: MerchantOrderModel) -> list[RefundModel]:
    return await info.context.loader("refunds_by_order", batches.refunds_by_order).load(order.id)


async def order_refunds(info: Info, order: MerchantOrderModel) -> list[PaymentRefund]:
    seen = RefundRow(order=order)
    return [PaymentRefund.of(r, order.currency, seen) for r in await order_refund_rows(info, order)]
