"""The accounts domain's object types: people, staff, invitations, partners, and the error."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TypeVar

import strawberry
from strawberry import relay

from models.accounts import MerchantStaff as MerchantStaffModel
from models.accounts import PlatformRole as PlatformRoleModel
from models.accounts import StaffInvitation as StaffInvitationModel
from models.accounts import StaffRole as StaffRoleModel
from models.accounts import User as UserModel
from resolvers import batches
from resolvers.accounts import Throttled
from resolvers.errors import AccountErrorCode as Code
from resolvers.errors import DomainError
from resolvers.permissions import Viewer
from schema.accounts.addresses import CustomerAddress, my_addresses
from schema.base import error_type, global_id, load_nodes, parse_pk, to_error
from schema.catalog import Merchant
from schema.context import Info

T = TypeVar("T")

AccountError = error_type(Code, "AccountError")
PlatformRole = strawberry.enum(PlatformRoleModel, name="PlatformRole")
StaffRole = strawberry.enum(StaffRoleModel, name="StaffRole")


def client_address(info: Info) -> str:
    """The client's address as the connection shows it (starlette ``request.client``); behind
    a proxy that is the proxy's (see docs/security.md, Accounts)."""
    client = getattr(info.context.request, "client", None)
    return (getattr(client, "host", None) or "") if client is not None else ""


async def attempt_throttled(
    call: Callable[[], Awaitable[T]],
) -> tuple[T | None, list, int | None]:
    """Like ``schema.base.attempt``, and the seconds to wait when the throttle refused."""
    try:
        return await call(), [], None
    except Throttled as err:
        return None, [to_error(err, Code)], err.retry_after
    except DomainError as err:
        return None, [to_error(err, Code)], None


RETRY_AFTER = "Set with TOO_MANY_ATTEMPTS: the seconds to wait before trying again."


@strawberry.type(description="The merchant a staff member works for, and their roles there.")
class StaffMembership:
    roles: list[StaffRole]
    merchant_pk: strawberry.Private[int]

    @strawberry.field
    async def merchant(self, info: Info) -> Merchant:
        row = await info.context.loader("merchant", batches.merchants).load(self.merchant_pk)
        return Merchant.from_model(row)

    @classmethod
    def from_model(cls, m: MerchantStaffModel) -> StaffMembership:
        return cls(roles=sorted(StaffRoleModel(r) for r in m.roles), merchant_pk=m.merchant_id)


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


@strawberry.type(
    description="A member of a merchant's staff, as the merchant's owners (and platform "
    "admins) see them: `merchantStaff`, `staffRoleUpdate`, `staffRemove`."
)
class StaffMember:
    id: strawberry.ID
    user: User
    roles: list[StaffRole]
    created_at: datetime
    merchant_pk: strawberry.Private[int]

    @strawberry.field
    async def merchant(self, info: Info) -> Merchant:
        row = await info.context.loader("merchant", batches.merchants).load(self.merchant_pk)
        return Merchant.from_model(row)

    @classmethod
    def from_model(cls, m: MerchantStaffModel, user: UserModel) -> StaffMember:
        return cls(
            id=global_id("StaffMember", m.id),
            user=User.from_model(user),
            roles=sorted(StaffRoleModel(r) for r in m.roles),
            created_at=m.created_at,
            merchant_pk=m.merchant_id,
        )


@strawberry.type(description="A pending invitation to a merchant's staff.")
class StaffInvitation:
    id: strawberry.ID
    email: str
    roles: list[StaffRole]
    expires_at: datetime
    created_at: datetime
    merchant_pk: strawberry.Private[int]

    @strawberry.field
    async def merchant(self, info: Info) -> Merchant:
        row = await info.context.loader("merchant", batches.merchants).load(self.merchant_pk)
        return Merchant.from_model(row)

    @classmethod
    def from_model(cls, m: StaffInvitationModel) -> StaffInvitation:
        return cls(
            id=global_id("StaffInvitation", m.id),
            email=m.email,
            roles=sorted(StaffRoleModel(r) for r in m.roles),
            expires_at=m.expires_at,
            created_at=m.created_at,
            merchant_pk=m.merchant_id,
        )


@strawberry.type(description="Who is asking: the signed-in person or partner, and their roles.")
class Me:
    user: User | None
    partner_id: strawberry.ID | None
    staff: StaffMembership | None
    is_courier: bool
    pickup_point_ids: list[strawberry.ID]

    @strawberry.field(description="The signed-in customer's saved addresses, the default first.")
    async def addresses(self, info: Info) -> list[CustomerAddress]:
        return await my_addresses(info)


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

    @classmethod
    def from_model(cls, m) -> PartnerKey:
        return cls(
            id=global_id("PartnerKey", m.id),
            prefix=m.prefix,
            merchant_ids=[global_id("Merchant", i) for i in m.merchant_ids],
            event_types=m.event_types,
            created_at=m.created_at,
            revoked_at=m.revoked_at,
        )
