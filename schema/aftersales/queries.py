"""Aftersales: the root query fields (a case, the viewer's cases)."""

from __future__ import annotations

import strawberry

from models.aftersales import CaseStatus as CaseStatusModel
from resolvers import aftersales as uc
from resolvers.errors import AftersalesErrorCode, DomainError
from resolvers.pagination import paginate
from schema.aftersales.enums import AftersalesCaseStatus
from schema.aftersales.inputs import case_pk as _pk
from schema.aftersales.objects import AftersalesCase
from schema.base import Connection, connection, decode_optional_id
from schema.context import Info

Code = AftersalesErrorCode


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
