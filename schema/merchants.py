"""Merchants and storefronts: platform administration."""

from __future__ import annotations

import strawberry

from resolvers import merchants as uc
from resolvers.errors import MerchantErrorCode as Code
from schema.base import attempt, error_type
from schema.catalog import Merchant, Storefront, StorefrontPolicy
from schema.context import Info

MerchantError = error_type(Code, "MerchantError")


@strawberry.input
class MerchantCreateInput:
    name: str
    slug: str


@strawberry.input
class StorefrontCreateInput:
    code: str
    name: str
    policy: StorefrontPolicy
    currency: str = "CNY"


@strawberry.type
class MerchantCreatePayload:
    merchant: Merchant | None
    errors: list[MerchantError]


@strawberry.type
class StorefrontCreatePayload:
    storefront: Storefront | None
    errors: list[MerchantError]


@strawberry.type
class Query:
    @strawberry.field(description="Admins: every merchant. Staff: their own.")
    async def merchants(self, info: Info) -> list[Merchant]:
        return [Merchant.from_model(m) for m in await uc.merchants(info.context.viewer)]


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def merchant_create(
        self, info: Info, input: MerchantCreateInput
    ) -> MerchantCreatePayload:
        row, errors = await attempt(
            lambda: uc.merchant_create(info.context.viewer, input.name, input.slug), Code
        )
        return MerchantCreatePayload(merchant=row and Merchant.from_model(row), errors=errors)

    @strawberry.mutation
    async def storefront_create(
        self, info: Info, input: StorefrontCreateInput
    ) -> StorefrontCreatePayload:
        row, errors = await attempt(
            lambda: uc.storefront_create(
                info.context.viewer, input.code, input.name, input.policy, input.currency
            ),
            Code,
        )
        return StorefrontCreatePayload(storefront=row and Storefront.from_model(row), errors=errors)
