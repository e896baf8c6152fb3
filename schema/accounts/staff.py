"""Merchant staff: invitations (``staffInvite``, ``staffInvitationAccept``) and the owner's
``merchantStaff`` list, ``staffRoleUpdate`` and ``staffRemove``.

There is no mail service: ``staffInvite`` answers the invitation's token to the inviter, who
hands it to the invitee (a deployment with mail sends it instead); see docs/security.md.
"""

from __future__ import annotations

import strawberry

from models.accounts import StaffRole as StaffRoleModel
from models.accounts import User as UserModel
from resolvers import accounts as uc
from resolvers.errors import AccountErrorCode as Code
from schema.accounts.types import (
    AccountError,
    StaffInvitation,
    StaffMember,
    StaffMembership,
    StaffRole,
    User,
)
from schema.base import attempt, decode_id, global_id
from schema.context import Info


@strawberry.input
class StaffInviteInput:
    merchant: strawberry.ID
    email: str
    roles: list[StaffRole]


@strawberry.input
class StaffInvitationAcceptInput:
    token: str
    password: str | None = strawberry.field(
        default=None,
        description="For a new account (nobody has the invited email): its password. "
        "Signed in as the invited account, leave it out.",
    )
    full_name: str = ""


@strawberry.type
class StaffInvitePayload:
    invitation: StaffInvitation | None
    token: str | None = strawberry.field(
        description="The invitation's secret, shown once: hand it to the invitee, who accepts "
        "with `staffInvitationAccept` within 7 days."
    )
    errors: list[AccountError]


@strawberry.type
class StaffInvitationAcceptPayload:
    user: User | None
    staff: StaffMembership | None
    errors: list[AccountError]


@strawberry.type
class StaffMemberPayload:
    staff_member: StaffMember | None
    errors: list[AccountError]


@strawberry.type
class StaffRemovePayload:
    removed_staff_member_id: strawberry.ID | None
    errors: list[AccountError]


@strawberry.type
class Query:
    @strawberry.field(description="A merchant's staff (its owners, or platform admins).")
    async def merchant_staff(self, info: Info, merchant_id: strawberry.ID) -> list[StaffMember]:
        merchant = decode_id(merchant_id, "Merchant", Code, "merchantId")
        rows = await uc.merchant_staff(info.context.viewer, merchant)
        return [StaffMember.from_model(r, r.user) for r in rows]


async def _member(row) -> StaffMember:
    return StaffMember.from_model(row, await UserModel.get(id=row.user_id))


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Invite someone to a merchant's staff (admin or the merchant's owner). "
        "The answer is the same whether or not an account has the email; the invitee "
        "accepts with `staffInvitationAccept`."
    )
    async def staff_invite(self, info: Info, input: StaffInviteInput) -> StaffInvitePayload:
        async def run():
            merchant = decode_id(input.merchant, "Merchant", Code, "merchant")
            roles = [StaffRoleModel(r) for r in input.roles]
            return await uc.staff_invite(info.context.viewer, merchant, input.email, roles)

        result, errors = await attempt(run, Code)
        if result is None:
            return StaffInvitePayload(invitation=None, token=None, errors=errors)
        invitation, token = result
        return StaffInvitePayload(
            invitation=StaffInvitation.from_model(invitation), token=token, errors=[]
        )

    @strawberry.mutation(
        description="Accept a staff invitation: signed in as the invited account, or, when no "
        "account has the invited email, creating it with `password`."
    )
    async def staff_invitation_accept(
        self, info: Info, input: StaffInvitationAcceptInput
    ) -> StaffInvitationAcceptPayload:
        result, errors = await attempt(
            lambda: uc.staff_invitation_accept(
                info.context.viewer, input.token, input.password, input.full_name
            ),
            Code,
        )
        if result is None:
            return StaffInvitationAcceptPayload(user=None, staff=None, errors=errors)
        staff, user = result
        return StaffInvitationAcceptPayload(
            user=User.from_model(user), staff=StaffMembership.from_model(staff), errors=[]
        )

    @strawberry.mutation(description="Set a staff member's roles (owners, or admins).")
    async def staff_role_update(
        self, info: Info, id: strawberry.ID, roles: list[StaffRole]
    ) -> StaffMemberPayload:
        async def run():
            staff_id = decode_id(id, "StaffMember", Code, "id")
            wanted = [StaffRoleModel(r) for r in roles]
            return await _member(await uc.staff_role_update(info.context.viewer, staff_id, wanted))

        member, errors = await attempt(run, Code)
        return StaffMemberPayload(staff_member=member, errors=errors)

    @strawberry.mutation(
        description="Remove someone from a merchant's staff (owners, or admins); the account "
        "stays. The last owner cannot be removed."
    )
    async def staff_remove(self, info: Info, id: strawberry.ID) -> StaffRemovePayload:
        async def run():
            staff_id = decode_id(id, "StaffMember", Code, "id")
            return await uc.staff_remove(info.context.viewer, staff_id)

        row, errors = await attempt(run, Code)
        return StaffRemovePayload(
            removed_staff_member_id=row and global_id("StaffMember", row.id), errors=errors
        )
