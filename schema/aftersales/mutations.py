"""Aftersales: the root mutations (each step of a case)."""

from __future__ import annotations

import strawberry

from models.aftersales import CaseType as CaseTypeModel
from resolvers import aftersales as uc
from resolvers.aftersales import Inspection
from resolvers.errors import AftersalesErrorCode
from schema.aftersales.inputs import (
    AftersalesCaseApproveInput,
    AftersalesCaseCloseInput,
    AftersalesCaseInspectInput,
    AftersalesCaseOpenInput,
    AftersalesCaseReceiveInput,
    AftersalesCaseRejectInput,
    AftersalesCaseResolveInput,
    AftersalesCaseReturnShipInput,
)
from schema.aftersales.inputs import case_pk as _pk
from schema.aftersales.inputs import line_pk as _line_pk
from schema.aftersales.inputs import line_requests as _line_requests
from schema.aftersales.payloads import AftersalesCasePayload
from schema.aftersales.payloads import case_payload as _payload
from schema.base import decode_id
from schema.context import Info

Code = AftersalesErrorCode


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
