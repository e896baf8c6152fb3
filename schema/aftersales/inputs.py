"""Aftersales: the mutation inputs, and their decoding."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from resolvers.aftersales import LineRequest
from resolvers.errors import AftersalesErrorCode, DomainError
from schema.aftersales.enums import AftersalesCaseType
from schema.base import decode_id, decode_optional_id

Code = AftersalesErrorCode


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


def case_pk(value: strawberry.ID, field: str = "id") -> int:
    return decode_id(value, "AftersalesCase", Code, field)


def line_pk(value: strawberry.ID, field: str) -> int:
    """An ``OrderLine.id`` (a plain number)."""
    try:
        pk = int(str(value))
    except ValueError:
        pk = 0
    if not 0 < pk < 2**63:
        raise DomainError(Code.INVALID, "This is not an order line id.", field)
    return pk


def line_requests(lines: list[AftersalesCaseLineInput]) -> list[LineRequest]:
    return [
        LineRequest(
            order_line_id=line_pk(line.order_line, f"lines.{i}.orderLine"),
            quantity=line.quantity,
            exchange_variant_id=decode_optional_id(
                line.exchange_variant, "Variant", Code, f"lines.{i}.exchangeVariant"
            ),
        )
        for i, line in enumerate(lines)
    ]
