"""Aftersales: what the case mutations return."""

from __future__ import annotations

import strawberry

from resolvers.errors import AftersalesErrorCode
from schema.aftersales.enums import AftersalesError
from schema.aftersales.objects import AftersalesCase
from schema.base import attempt

Code = AftersalesErrorCode


@strawberry.type(description="The result of a case operation: the case, or why not.")
class AftersalesCasePayload:
    aftersales_case: AftersalesCase | None
    errors: list[AftersalesError]


async def case_payload(run) -> AftersalesCasePayload:
    row, errors = await attempt(run, Code)
    case = row and AftersalesCase.from_model(row)
    return AftersalesCasePayload(aftersales_case=case, errors=errors)
