"""Merchant staff: invitations the invitee accepts, and the owner's list, role changes, removals.

An invitation never touches an account: ``staff_invite`` records a pending invitation (merchant,
email, roles, inviter, the SHA-256 digest of a random token, expiry) and answers the same
whether or not someone has that email. Only the invitee makes themselves staff, with the token:
signed in as the account with that email, or -- when no account has it -- creating it.

Who manages a merchant's staff: its owners, and platform admins. A merchant always keeps an
owner: demoting or removing the last one is refused (LAST_OWNER). Changes to one merchant's
staff take a lock on the merchant row (PostgreSQL; SQLite runs one writer at a time), so that
two owners demoting each other at once cannot both succeed.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.accounts import MerchantStaff, StaffInvitation, StaffRole, User
from models.merchants import Merchant
from resolvers.accounts.passwords import check_password, hash_password_pooled, normalise_email
from resolvers.errors import AccountErrorCode as Code
from resolvers.errors import DomainError
from resolvers.permissions import Viewer, require_merchant_role, require_user

#: how long an invitation can be accepted
INVITATION_TTL = timedelta(days=7)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _role_values(roles: Iterable[StaffRole]) -> list[str]:
    values = sorted({StaffRole(r).value for r in roles})
    if not values:
        raise DomainError(Code.INVALID, "Give the staff member at least one role.", "roles")
    return values


def _already_staff() -> DomainError:
    return DomainError(Code.ALREADY_STAFF, "This person is already merchant staff.", "email")


async def staff_invite(
    viewer: Viewer, merchant_id: int, email: str, roles: list[StaffRole]
) -> tuple[StaffInvitation, str]:
    """Invite ``email`` to a merchant's staff (its owner, or an admin): the pending invitation
    and its token (shown once; only its digest is stored). Inviting the same email to the
    same merchant again replaces the pending invitation."""
    require_merchant_role(viewer, merchant_id, [StaffRole.OWNER], Code)
    role_values = _role_values(roles)
    email = normalise_email(email)
    if not await Merchant.filter(id=merchant_id).exists():
        raise DomainError(Code.NOT_FOUND, "No such merchant.", "merchant")
    # The merchant's own staff are no secret to its owner (``merchant_staff``); whether the
    # email belongs to anyone else is not told.
    if await MerchantStaff.filter(merchant_id=merchant_id, user__email=email).exists():
        raise _already_staff()
    token = secrets.token_urlsafe(32)
    async with in_transaction():
        await StaffInvitation.filter(
            merchant_id=merchant_id, email=email, accepted_at__isnull=True
        ).delete()
        invitation = await StaffInvitation.create(
            merchant_id=merchant_id,
            email=email,
            roles=role_values,
            invited_by_id=viewer.user_id,
            token_hash=_digest(token),
            expires_at=datetime.now(UTC) + INVITATION_TTL,
        )
    return invitation, token


async def staff_invitation_accept(
    viewer: Viewer, token: str, password: str | None = None, full_name: str = ""
) -> tuple[MerchantStaff, User]:
    """The invitee accepts: signed in as the invited email, or anonymous with a ``password``
    (and ``full_name``) for a new account when no account has that email."""
    if viewer.partner_id is not None:
        raise DomainError(Code.PERMISSION_DENIED, "A partner key cannot accept invitations.")
    now = datetime.now(UTC)
    invitation = await StaffInvitation.get_or_none(token_hash=_digest(token or ""))
    if invitation is None or invitation.accepted_at is not None or invitation.expires_at <= now:
        raise DomainError(
            Code.INVALID_TOKEN, "This invitation is not valid or has expired.", "token"
        )
    password_hash = None
    if viewer.user_id is not None:
        if (viewer.email or "").lower() != invitation.email:
            raise DomainError(
                Code.PERMISSION_DENIED,
                "This invitation is for another account: sign in as it to accept.",
            )
    elif await User.filter(email=invitation.email).exists():
        raise DomainError(Code.UNAUTHENTICATED, "Sign in as the invited account to accept.")
    else:
        check_password(password or "")
        password_hash = await hash_password_pooled(password or "")
    try:
        async with in_transaction():
            if password_hash is None:
                user = await User.get(id=viewer.user_id)
            else:
                user = await User.create(
                    email=invitation.email,
                    password_hash=password_hash,
                    full_name=(full_name or "").strip()[:120],
                )
            if await MerchantStaff.filter(user_id=user.id).exists():
                raise _already_staff()
            won = await StaffInvitation.filter(id=invitation.id, accepted_at__isnull=True).update(
                accepted_at=now, accepted_by_id=user.id
            )
            if not won:
                raise DomainError(Code.INVALID_TOKEN, "This invitation was accepted.", "token")
            staff = await MerchantStaff.create(
                user_id=user.id, merchant_id=invitation.merchant_id, roles=invitation.roles
            )
    except IntegrityError:  # a concurrent acceptance or registration won the race
        raise _already_staff()
    return staff, user


# --- the owner's staff management ---------------------------------------------------------


async def merchant_staff(viewer: Viewer, merchant_id: int) -> list[MerchantStaff]:
    """A merchant's staff with their users, oldest first (its owners, or an admin)."""
    require_merchant_role(viewer, merchant_id, [StaffRole.OWNER], Code)
    return await MerchantStaff.filter(merchant_id=merchant_id).select_related("user").order_by("id")


async def _locked_staff(viewer: Viewer, staff_id: int) -> MerchantStaff:
    """The membership, re-read under its merchant's lock: NOT_FOUND unless the viewer is an
    admin or staff of that merchant; PERMISSION_DENIED unless an owner (or admin)."""
    require_user(viewer, Code)
    row = await MerchantStaff.get_or_none(id=staff_id)
    if row is None or not (viewer.is_admin or viewer.merchant_id == row.merchant_id):
        raise DomainError(Code.NOT_FOUND, "No such staff member.", "id")
    require_merchant_role(viewer, row.merchant_id, [StaffRole.OWNER], Code)
    await Merchant.filter(id=row.merchant_id).select_for_update().first()
    row = await MerchantStaff.get_or_none(id=staff_id)
    if row is None:
        raise DomainError(Code.NOT_FOUND, "No such staff member.", "id")
    return row


async def _keep_an_owner(staff: MerchantStaff, field: str) -> None:
    others = await MerchantStaff.filter(merchant_id=staff.merchant_id).exclude(id=staff.id)
    if not any(StaffRole.OWNER.value in (s.roles or []) for s in others):
        raise DomainError(
            Code.LAST_OWNER,
            "A merchant needs an owner: make someone else owner first.",
            field,
        )


async def staff_role_update(viewer: Viewer, staff_id: int, roles: list[StaffRole]) -> MerchantStaff:
    role_values = _role_values(roles)
    async with in_transaction():
        staff = await _locked_staff(viewer, staff_id)
        if StaffRole.OWNER.value in staff.roles and StaffRole.OWNER.value not in role_values:
            await _keep_an_owner(staff, "roles")
        staff.roles = role_values
        await staff.save(update_fields=["roles", "updated_at"])
    return staff


async def staff_remove(viewer: Viewer, staff_id: int) -> MerchantStaff:
    """Remove a member from the staff (the account stays, as a customer); the removed row."""
    async with in_transaction():
        staff = await _locked_staff(viewer, staff_id)
        if StaffRole.OWNER.value in staff.roles:
            await _keep_an_owner(staff, "id")
        await MerchantStaff.filter(id=staff.id).delete()
    return staff
