"""Accounts: registration, tokens, the signed-in viewer, staff and partner keys."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import relay

from models.accounts import PlatformRole as PlatformRoleModel
from models.accounts import StaffRole as StaffRoleModel
from models.accounts import User as UserModel
from resolvers import accounts as uc
from resolvers import batches
from resolvers.errors import AccountErrorCode as Code
from resolvers.errors import DomainError
from resolvers.permissions import Viewer
from schema.base import attempt, decode_id, error_type, global_id, load_nodes, parse_pk
from schema.catalog import Merchant
from schema.context import Info

AccountError = error_type(Code, "AccountError")
PlatformRole = strawberry.enum(PlatformRoleModel, name="PlatformRole")
StaffRole = strawberry.enum(StaffRoleModel, name="StaffRole")


@strawberry.type(description="The merchant a staff member works for, and their roles there.")
class StaffMembership:
    roles: list[StaffRole]
    merchant_pk: strawberry.Private[int]

    @strawberry.field
    async def merchant(self, info: Info) -> Merchant:
        row = await info.context.loader("merchant", batches.merchants).load(self.merchant_pk)
        return Merchant.from_model(row)


@strawberry.federation.type(keys=["id"], shareable=True)
class User(relay.Node):
    id: relay.NodeID[int]
    email: str
    full_name: str
    platform_role: PlatformRole
    created_at: datetime

    @classmethod
    def from_model(cls, m: UserModel) -> User:
        return cls(
            id=m.id,
            email=m.email,
            full_name=m.full_name,
            platform_role=m.platform_role,
            created_at=m.created_at,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        """People see themselves; platform staff see anybody. Batched through a DataLoader."""
        viewer: Viewer = info.context.viewer
        ids = [
            i if viewer.is_platform_staff or viewer.user_id == parse_pk(i) else None
            for i in node_ids
        ]
        rows = await load_nodes(info.context.loader("user", batches.users), ids)
        return [r and cls.from_model(r) for r in rows]


@strawberry.type(description="Who is asking: the signed-in person or partner, and their roles.")
class Me:
    user: User | None
    partner_id: strawberry.ID | None
    staff: StaffMembership | None
    is_courier: bool
    pickup_point_ids: list[strawberry.ID]


@strawberry.type
class PartnerType:
    id: strawberry.ID
    name: str


@strawberry.type
class PartnerKey:
    id: strawberry.ID
    prefix: str
    merchant_ids: list[strawberry.ID]
    event_types: list[str]
    created_at: datetime
    revoked_at: datetime | None


def _key(m) -> PartnerKey:
    return PartnerKey(
        id=global_id("PartnerKey", m.id),
        prefix=m.prefix,
        merchant_ids=[global_id("Merchant", i) for i in m.merchant_ids],
        event_types=m.event_types,
        created_at=m.created_at,
        revoked_at=m.revoked_at,
    )


@strawberry.input
class CustomerRegisterInput:
    email: str
    password: str
    full_name: str = ""


@strawberry.input
class StaffInviteInput:
    merchant: strawberry.ID
    email: str
    roles: list[StaffRole]
    full_name: str = ""


@strawberry.input
class PartnerKeyCreateInput:
    partner: strawberry.ID
    merchants: list[strawberry.ID]
    event_types: list[str] = strawberry.field(default_factory=list)


@strawberry.type
class CustomerRegisterPayload:
    user: User | None
    errors: list[AccountError]


@strawberry.type
class TokenCreatePayload:
    token: str | None
    refresh_token: str | None
    user: User | None
    errors: list[AccountError]


@strawberry.type
class TokenRefreshPayload:
    token: str | None
    errors: list[AccountError]


@strawberry.type
class StaffInvitePayload:
    user: User | None
    staff: StaffMembership | None
    initial_password: str | None = strawberry.field(
        description="Set when a new account was made: hand it over once; it is not stored."
    )
    errors: list[AccountError]


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
class Query:
    @strawberry.field(description="The viewer: null when nobody is signed in.")
    async def me(self, info: Info) -> Me | None:
        viewer: Viewer = info.context.viewer
        if not viewer.is_authenticated:
            return None
        user = await uc.get_me(viewer) if viewer.user_id else None
        return Me(
            user=user and User.from_model(user),
            partner_id=viewer.partner_id and global_id("Partner", viewer.partner_id),
            staff=StaffMembership(
                roles=sorted(viewer.staff_roles, key=lambda r: r.value),
                merchant_pk=viewer.merchant_id,
            )
            if viewer.merchant_id
            else None,
            is_courier=viewer.is_courier,
            pickup_point_ids=[global_id("PickupPoint", p) for p in sorted(viewer.pickup_point_ids)],
        )


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def customer_register(self, input: CustomerRegisterInput) -> CustomerRegisterPayload:
        row, errors = await attempt(
            lambda: uc.register_customer(input.email, input.password, input.full_name), Code
        )
        return CustomerRegisterPayload(user=row and User.from_model(row), errors=errors)

    @strawberry.mutation(description="Sign in: an access token and a refresh token.")
    async def token_create(self, info: Info, email: str, password: str) -> TokenCreatePayload:
        user, errors = await attempt(lambda: uc.authenticate(email, password), Code)
        if user is None:
            return TokenCreatePayload(token=None, refresh_token=None, user=None, errors=errors)
        access, refresh = info.context.auth.issue_tokens(user)
        return TokenCreatePayload(
            token=access, refresh_token=refresh, user=User.from_model(user), errors=[]
        )

    @strawberry.mutation
    async def token_refresh(self, info: Info, refresh_token: str) -> TokenRefreshPayload:
        auth = info.context.auth
        result, errors = await attempt(lambda: auth.refresh_access_token(refresh_token), Code)
        return TokenRefreshPayload(token=result[0] if result else None, errors=errors)

    @strawberry.mutation(description="Make someone staff of a merchant (admin or merchant owner).")
    async def staff_invite(self, info: Info, input: StaffInviteInput) -> StaffInvitePayload:
        async def run():
            merchant = decode_id(input.merchant, "Merchant", Code, "merchant")
            roles = [StaffRoleModel(r) for r in input.roles]
            return await uc.staff_invite(
                info.context.viewer, merchant, input.email, roles, input.full_name
            )

        result, errors = await attempt(run, Code)
        if result is None:
            return StaffInvitePayload(user=None, staff=None, initial_password=None, errors=errors)
        staff, initial = result
        user = await UserModel.get(id=staff.user_id)
        return StaffInvitePayload(
            user=User.from_model(user),
            staff=StaffMembership(
                roles=[StaffRoleModel(r) for r in staff.roles], merchant_pk=staff.merchant_id
            ),
            initial_password=initial,
            errors=[],
        )

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
        return PartnerKeyCreatePayload(key=_key(result[0]), secret=result[1], errors=[])

    @strawberry.mutation
    async def partner_key_revoke(self, info: Info, id: strawberry.ID) -> PartnerKeyRevokePayload:
        async def run():
            return await uc.partner_key_revoke(
                info.context.viewer, decode_id(id, "PartnerKey", Code, "id")
            )

        row, errors = await attempt(run, Code)
        return PartnerKeyRevokePayload(key=row and _key(row), errors=errors)


types = [User]
__all__ = ["DomainError", "Mutation", "Query", "types"]
