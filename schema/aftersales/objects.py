"""Aftersales: the object types (a case and its lines)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry import relay

from models.aftersales import AftersalesCase as CaseModel
from resolvers import batches
from resolvers.aftersales import can_view_case
from schema.aftersales.enums import (
    AftersalesCaseResolution,
    AftersalesCaseStatus,
    AftersalesCaseType,
)
from schema.base import Money
from schema.catalog import Variant
from schema.context import Info
from schema.orders import MerchantOrder
from schema.orders.related import resolve

# Tickets build on cases (a case is opened from a ticket): named by module path only.
TicketRef = Annotated["Ticket", strawberry.lazy("schema.aftersales.tickets.objects")]  # noqa: F821


@strawberry.type(description="Units of one order line in a case, and what inspection made of them.")
class AftersalesCaseLine:
    order_line_id: strawberry.ID = strawberry.field(description="The `OrderLine.id` of the order.")
    product_name: str
    variant_name: str
    sku: str
    quantity: int
    restocked: int
    written_off: int
    exchange_variant_pk: strawberry.Private[int | None]
    case_row: strawberry.Private[CaseModel]  # for the visibility rule (whoever sees the case)

    @strawberry.field(description="Exchange: the variant sent instead (none: the same one).")
    async def exchange_variant(self, info: Info) -> Variant | None:
        if self.exchange_variant_pk is None:
            return None
        row = await info.context.loader("variant", batches.variants).load(self.exchange_variant_pk)
        return row and Variant.from_model(row)


@strawberry.federation.type(keys=["id"])
class AftersalesCase(relay.Node):
    id: relay.NodeID[int]
    number: str
    type: AftersalesCaseType
    status: AftersalesCaseStatus
    resolution: AftersalesCaseResolution | None
    reason: str
    rejection_reason: str
    requested_amount: Money = strawberry.field(
        description="Refund types: what the case's units are worth (at most what is refundable)."
    )
    refunded: Money
    return_carrier: str | None
    return_tracking_number: str | None
    created_at: datetime
    approved_at: datetime | None
    received_at: datetime | None
    inspected_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    order_pk: strawberry.Private[int]
    replacement_pk: strawberry.Private[int | None]
    row: strawberry.Private[CaseModel]  # for the visibility rule

    @strawberry.field(description="The order the case is about.")
    async def order(self, info: Info) -> MerchantOrder:
        row = await info.context.loader("merchant_order", batches.merchant_orders).load(
            self.order_pk
        )
        return MerchantOrder.from_model(row)

    @strawberry.field(description="Exchange / reship: the order that sends the goods again.")
    async def replacement_order(self, info: Info) -> MerchantOrder | None:
        if self.replacement_pk is None:
            return None
        row = await info.context.loader("merchant_order", batches.merchant_orders).load(
            self.replacement_pk
        )
        return row and MerchantOrder.from_model(row)

    @strawberry.field(description="The customer-service ticket the case was opened from, if any.")
    async def ticket(self, info: Info) -> TicketRef | None:
        return await resolve(TicketRef).of_case(info, self.id)

    @strawberry.field
    async def lines(self, info: Info) -> list[AftersalesCaseLine]:
        rows = await info.context.loader("case_lines", batches.case_lines_by_case).load(self.id)
        return [
            AftersalesCaseLine(
                order_line_id=strawberry.ID(str(r.order_line_id)),
                product_name=r.order_line.product_name,
                variant_name=r.order_line.variant_name,
                sku=r.order_line.sku,
                quantity=r.quantity,
                restocked=r.restocked,
                written_off=r.written_off,
                exchange_variant_pk=r.exchange_variant_id,
                case_row=self.row,
            )
            for r in rows
        ]

    @classmethod
    def from_model(cls, m: CaseModel) -> AftersalesCase:
        return cls(
            id=m.id,
            number=m.number,
            type=m.type,
            status=m.status,
            resolution=m.resolution,
            reason=m.reason,
            rejection_reason=m.rejection_reason,
            requested_amount=Money(amount=m.requested_amount, currency=m.currency),
            refunded=Money(amount=m.refunded_amount, currency=m.currency),
            return_carrier=m.return_carrier,
            return_tracking_number=m.return_tracking_number,
            created_at=m.created_at,
            approved_at=m.approved_at,
            received_at=m.received_at,
            inspected_at=m.inspected_at,
            resolved_at=m.resolved_at,
            closed_at=m.closed_at,
            order_pk=m.order_id,
            replacement_pk=m.replacement_order_id,
            row=m,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        viewer = info.context.viewer
        rows = await batches.by_id(CaseModel, [int(i) for i in node_ids])
        return [cls.from_model(r) if r and can_view_case(viewer, r) else None for r in rows]

    @classmethod
    async def of_order(cls, info: Info, order_id: int) -> list[AftersalesCase]:
        """``MerchantOrder.aftersalesCases``: an order's cases the viewer may see. Orders names
        this type lazily and asks it, so aftersales alone knows how cases are loaded."""
        rows = await info.context.loader("cases_by_order", batches.cases_by_order).load(order_id)
        viewer = info.context.viewer
        return [cls.from_model(r) for r in rows if can_view_case(viewer, r)]
