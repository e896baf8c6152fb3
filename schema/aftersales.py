"""Aftersales: cases on merchant orders (returns, refunds, exchanges, reships)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry
from strawberry import relay

from models.aftersales import AftersalesCase as CaseModel
from models.aftersales import CaseResolution as CaseResolutionModel
from models.aftersales import CaseStatus as CaseStatusModel
from models.aftersales import CaseType as CaseTypeModel
from resolvers import aftersales as uc
from resolvers import batches
from resolvers.aftersales import Inspection, LineRequest, can_view_case
from resolvers.errors import AftersalesErrorCode, DomainError
from resolvers.pagination import paginate
from schema.base import (
    Connection,
    Money,
    attempt,
    connection,
    decode_id,
    decode_optional_id,
    error_type,
)
from schema.catalog import Variant
from schema.context import Info
from schema.orders import MerchantOrder

Code = AftersalesErrorCode
AftersalesError = error_type(Code, "AftersalesError")
AftersalesCaseType = strawberry.enum(CaseTypeModel, name="AftersalesCaseType")
AftersalesCaseStatus = strawberry.enum(CaseStatusModel, name="AftersalesCaseStatus")
AftersalesCaseResolution = strawberry.enum(CaseResolutionModel, name="AftersalesCaseResolution")


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
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        viewer = info.context.viewer
        rows = await batches.by_id(CaseModel, [int(i) for i in node_ids])
        return [cls.from_model(r) if r and can_view_case(viewer, r) else None for r in rows]


async def cases_of_order(info: Info, order_id: int) -> list[AftersalesCase]:
    """An order's cases the viewer may see (``MerchantOrder.aftersalesCases``)."""
    rows = await info.context.loader("cases_by_order", batches.cases_by_order).load(order_id)
    viewer = info.context.viewer
    return [AftersalesCase.from_model(r) for r in rows if can_view_case(viewer, r)]


# --- inputs, payloads -----------------------------------------------------------------------------


@strawberry.type(description="The result of a case operation: the case, or why not.")
class AftersalesCasePayload:
    aftersales_case: AftersalesCase | None
    errors: list[AftersalesError]


@strawberry.input
class AftersalesCaseLineInput:
    order_line: strawberry.ID = strawberry.field(description="An `OrderLine.id` of the order.")
    quantity: int
    exchange_variant: strawberry.ID | None = strawberry.field(
        default=None, description="Exchange only: another variant of the same product."
    )


@strawberry.input
class AftersalesCaseOpenInput:
    order: strawberry.ID
    type: AftersalesCaseType
    reason: str
    lines: list[AftersalesCaseLineInput]


@strawberry.input
class AftersalesCaseApproveInput:
    id: strawberry.ID
    note: str = ""


@strawberry.input
class AftersalesCaseRejectInput:
    id: strawberry.ID
    reason: str


@strawberry.input
class AftersalesCaseReturnShipInput:
    id: strawberry.ID
    carrier: str
    tracking_number: str


@strawberry.input
class AftersalesCaseReceiveInput:
    id: strawberry.ID
    note: str = ""


@strawberry.input
class AftersalesInspectionLineInput:
    order_line: strawberry.ID
    restock: int = strawberry.field(description="Units resellable: back into stock.")
    write_off: int = strawberry.field(description="Units not resellable: written off.")


@strawberry.input
class AftersalesCaseInspectInput:
    id: strawberry.ID
    lines: list[AftersalesInspectionLineInput]
    note: str = ""


@strawberry.input
class AftersalesCaseResolveInput:
    id: strawberry.ID
    refund_amount: Decimal | None = strawberry.field(
        default=None,
        description="Refund types: the amount (default: the case's requested amount).",
    )
    note: str = ""


@strawberry.input
class AftersalesCaseCloseInput:
    id: strawberry.ID
    note: str = ""


def _pk(value: strawberry.ID, field: str = "id") -> int:
    return decode_id(value, "AftersalesCase", Code, field)


def _line_pk(value: strawberry.ID, field: str) -> int:
    """An ``OrderLine.id`` (a plain number)."""
    try:
        pk = int(str(value))
    except ValueError:
        pk = 0
    if not 0 < pk < 2**63:
        raise DomainError(Code.INVALID, "This is not an order line id.", field)
    return pk


async def _payload(run) -> AftersalesCasePayload:
    row, errors = await attempt(run, Code)
    case = row and AftersalesCase.from_model(row)
    return AftersalesCasePayload(aftersales_case=case, errors=errors)


def _line_requests(lines: list[AftersalesCaseLineInput]) -> list[LineRequest]:
    return [
        LineRequest(
            order_line_id=_line_pk(line.order_line, f"lines.{i}.orderLine"),
            quantity=line.quantity,
            exchange_variant_id=decode_optional_id(
                line.exchange_variant, "Variant", Code, f"lines.{i}.exchangeVariant"
            ),
        )
        for i, line in enumerate(lines)
    ]


# --- root fields ----------------------------------------------------------------------------------


@strawberry.type
class Query:
    @strawberry.field(description="A case, if the viewer may see it.")
    async def aftersales_case(self, info: Info, id: strawberry.ID) -> AftersalesCase | None:
        try:
            row = await uc.get_case(info.context.viewer, _pk(id))
        except DomainError as err:
            if err.code is Code.NOT_FOUND:
                return None
            raise
        return AftersalesCase.from_model(row)

    @strawberry.field(
        description="Cases, newest first: the customer's own, the staff's merchant's, or every "
        "merchant's for platform staff (`merchant` narrows it)."
    )
    async def aftersales_cases(
        self,
        info: Info,
        status: AftersalesCaseStatus | None = None,
        merchant: strawberry.ID | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[AftersalesCase]:
        query = uc.visible_cases(info.context.viewer)
        if status is not None:
            query = query.filter(status=CaseStatusModel(status))
        merchant_pk = decode_optional_id(merchant, "Merchant", Code, "merchant")
        if merchant_pk is not None:
            query = query.filter(merchant_id=merchant_pk)
        page = await paginate(query, descending=True, first=first, after=after, code=Code)
        return connection(page, AftersalesCase.from_model)


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="The customer (or platform customer service) opens a case on a delivered "
        "order, within the storefront's aftersales window and case types."
    )
    async def aftersales_case_open(
        self, info: Info, input: AftersalesCaseOpenInput
    ) -> AftersalesCasePayload:
        return await _payload(
            lambda: uc.case_open(
                info.context.viewer,
                decode_id(input.order, "MerchantOrder", Code, "order"),
                CaseTypeModel(input.type),
                input.reason,
                _line_requests(input.lines),
            )
        )

    @strawberry.mutation(
        description="REQUESTED -> AWAITING_RETURN (return and refund, exchange) or APPROVED "
        "(refund only, reship). Merchant staff (customer service, orders) or the platform."
    )
    async def aftersales_case_approve(
        self, info: Info, input: AftersalesCaseApproveInput
    ) -> AftersalesCasePayload:
        return await _payload(
            lambda: uc.case_approve(info.context.viewer, _pk(input.id), input.note)
        )

    @strawberry.mutation(description="REQUESTED -> REJECTED, with the reason.")
    async def aftersales_case_reject(
        self, info: Info, input: AftersalesCaseRejectInput
    ) -> AftersalesCasePayload:
        return await _payload(
            lambda: uc.case_reject(info.context.viewer, _pk(input.id), input.reason)
        )

    @strawberry.mutation(description="The customer: how the goods travel back.")
    async def aftersales_case_return_ship(
        self, info: Info, input: AftersalesCaseReturnShipInput
    ) -> AftersalesCasePayload:
        return await _payload(
            lambda: uc.case_return_ship(
                info.context.viewer, _pk(input.id), input.carrier, input.tracking_number
            )
        )

    @strawberry.mutation(description="AWAITING_RETURN -> RECEIVED: the goods are back.")
    async def aftersales_case_receive(
        self, info: Info, input: AftersalesCaseReceiveInput
    ) -> AftersalesCasePayload:
        return await _payload(
            lambda: uc.case_receive(info.context.viewer, _pk(input.id), input.note)
        )

    @strawberry.mutation(
        description="RECEIVED -> INSPECTED: each returned unit restocked or written off."
    )
    async def aftersales_case_inspect(
        self, info: Info, input: AftersalesCaseInspectInput
    ) -> AftersalesCasePayload:
        def inspections() -> list[Inspection]:
            return [
                Inspection(_line_pk(x.order_line, f"lines.{i}.orderLine"), x.restock, x.write_off)
                for i, x in enumerate(input.lines)
            ]

        return await _payload(
            lambda: uc.case_inspect(info.context.viewer, _pk(input.id), inspections(), input.note)
        )

    @strawberry.mutation(
        description="APPROVED | INSPECTED -> RESOLVED: the refund (refund types) or a "
        "replacement order (exchange, reship)."
    )
    async def aftersales_case_resolve(
        self, info: Info, input: AftersalesCaseResolveInput
    ) -> AftersalesCasePayload:
        return await _payload(
            lambda: uc.case_resolve(
                info.context.viewer, _pk(input.id), input.refund_amount, input.note
            )
        )

    @strawberry.mutation(
        description="Withdraw a case not yet received or resolved, or close a rejected or "
        "resolved one (the customer or the platform)."
    )
    async def aftersales_case_close(
        self, info: Info, input: AftersalesCaseCloseInput
    ) -> AftersalesCasePayload:
        return await _payload(lambda: uc.case_close(info.context.viewer, _pk(input.id), input.note))


types = [AftersalesCase]
