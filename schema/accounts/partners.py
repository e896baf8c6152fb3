"""Partners and their API keys (platform admins only); a key's secret is shown once."""

from __future__ import annotations

import strawberry

from resolvers import accounts as uc
from resolvers.errors import AccountErrorCode as Code
from schema.accounts.types import AccountError, PartnerKey, PartnerType
from schema.base import attempt, decode_id, global_id
from schema.context import Info


@strawberry.input
class PartnerKeyCreateInput:
    partner: strawberry.ID
    merchants: list[strawberry.ID]
    event_types: list[str] = strawberry.field(default_factory=list)


@strawberry.type
class PartnerCreatePayload:
    partner: PartnerType | None
    errors: list[AccountError]


@strawberry.type
class PartnerKeyCreatePayload:
    key: PartnerKey | None
    secret: str | None = strawberry.field(description="The API key. Shown once, never again.")
    errors: list[AccountError]


@strawberry.type
class PartnerKeyRevokePayload:
    key: PartnerKey | None
    errors: list[AccountError]


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def partner_create(self, info: Info, name: str) -> PartnerCreatePayload:
        row, errors = await attempt(lambda: uc.partner_create(info.context.viewer, name), Code)
        partner = row and PartnerType(id=global_id("Partner", row.id), name=row.name)
        return PartnerCreatePayload(partner=partner, errors=errors)

    @strawberry.mutation(description="A new API key for a partner; the secret is shown once.")
    async def partner_key_create(
        self, info: Info, input: PartnerKeyCreateInput
    ) -> PartnerKeyCreatePayload:
        async def run():
            return await uc.partner_key_create(
                info.context.viewer,
                decode_id(input.partner, "Partner", Code, "partner"),
                [
                    decode_id(m, "Merchant", Code, f"merchants.{i}")
                    for i, m in enumerate(input.merchants)
                ],
                input.event_types,
            )

        result, errors = await attempt(run, Code)
        if result is None:
            return PartnerKeyCreatePayload(key=None, secret=None, errors=errors)
        return PartnerKeyCreatePayload(
            key=PartnerKey.from_model(result[0]), secret=result[1], errors=[]
        )

    @strawberry.mutation(
        description="Revoke a partner's API key: refused at once, and running subscriptions "
        "opened with it end within seconds."
    )
    async def partner_key_revoke(self, info: Info, id: strawberry.ID) -> PartnerKeyRevokePayload:
        async def run():
            return await uc.partner_key_revoke(
                info.context.viewer, decode_id(id, "PartnerKey", Code, "id")
            )

        row, errors = await attempt(run, Code)
        return PartnerKeyRevokePayload(key=row and PartnerKey.from_model(row), errors=errors)
