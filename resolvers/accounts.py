"""Accounts: registration, sign-in checks, staff invitations, partner API keys.

Token signing lives in ``plaza.auth`` (it needs the secret key); these use cases decide *who*.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.accounts import (
    Courier,
    MerchantStaff,
    Partner,
    PartnerKey,
    PlatformRole,
    StaffRole,
    User,
)
from models.merchants import Merchant, PickupPoint
from resolvers.errors import AccountErrorCode as Code
from resolvers.errors import DomainError
from resolvers.permissions import Viewer, require_admin, require_merchant_role, require_user

_hasher = PasswordHasher()
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD = 8
# A well-formed hash to verify against when the email is unknown, so timing does not tell.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _normalise_email(email: str) -> str:
    email = (email or "").strip().lower()
    if not EMAIL_RE.match(email) or len(email) > 254:
        raise DomainError(Code.INVALID, "Enter a valid email address.", "email")
    return email


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise DomainError(
            Code.PASSWORD_TOO_SHORT,
            f"The password needs at least {MIN_PASSWORD} characters.",
            "password",
        )


async def register_customer(email: str, password: str, full_name: str = "") -> User:
    email = _normalise_email(email)
    _check_password(password)
    taken = DomainError(Code.EMAIL_TAKEN, "An account with this email exists.", "email")
    if await User.filter(email=email).exists():
        raise taken
    try:
        return await User.create(
            email=email, password_hash=hash_password(password), full_name=(full_name or "")[:120]
        )
    except IntegrityError:  # registered by a concurrent request since the check
        raise taken


async def authenticate(email: str, password: str) -> User:
    """The active user with these credentials, or INVALID_CREDENTIALS (same error either way)."""
    user = await User.get_or_none(email=(email or "").strip().lower(), is_active=True)
    # argon2 takes tens of milliseconds of CPU by design: a thread (it releases the GIL) keeps
    # the event loop serving other requests meanwhile.
    stored = user.password_hash if user else _DUMMY_HASH
    if not await asyncio.to_thread(_password_matches, stored, password or ""):
        user = None
    if user is None:
        raise DomainError(Code.INVALID_CREDENTIALS, "Wrong email or password.", "email")
    return user


@dataclass(frozen=True)
class ViewerFacts:
    """Everything ``plaza.auth`` needs to build a ``Viewer`` for a user, in few queries."""

    user: User
    staff: MerchantStaff | None
    courier: Courier | None
    pickup_point_ids: list[int]


async def viewer_facts(user_id: int, token_version: int | None = None) -> ViewerFacts | None:
    user = await User.get_or_none(id=user_id, is_active=True)
    if user is None or (token_version is not None and user.token_version != token_version):
        return None
    staff = await MerchantStaff.get_or_none(user_id=user_id)
    courier = await Courier.get_or_none(user_id=user_id)
    points = await PickupPoint.filter(leader_id=user_id).values_list("id", flat=True)
    return ViewerFacts(user, staff, courier, list(points))


async def get_me(viewer: Viewer) -> User:
    user_id = require_user(viewer, Code)
    return await User.get(id=user_id)


async def staff_invite(
    viewer: Viewer, merchant_id: int, email: str, roles: list[StaffRole], full_name: str = ""
) -> tuple[MerchantStaff, str | None]:
    """Make ``email`` staff of a merchant. Admins, or that merchant's owner, may invite.

    Returns the membership and, for a new account, a one-time initial password to hand over.
    """
    require_merchant_role(viewer, merchant_id, [StaffRole.OWNER], Code)
    if not roles:
        raise DomainError(Code.INVALID, "Give the staff member at least one role.", "roles")
    email = _normalise_email(email)
    if not await Merchant.filter(id=merchant_id).exists():
        raise DomainError(Code.NOT_FOUND, "No such merchant.", "merchant")
    already = DomainError(Code.ALREADY_STAFF, "This person is already merchant staff.", "email")
    try:
        async with in_transaction():
            user = await User.get_or_none(email=email)
            initial_password = None
            if user is None:
                initial_password = secrets.token_urlsafe(12)
                user = await User.create(
                    email=email,
                    password_hash=hash_password(initial_password),
                    full_name=(full_name or "")[:120],
                )
            elif await MerchantStaff.filter(user_id=user.id).exists():
                raise already
            staff = await MerchantStaff.create(
                user_id=user.id, merchant_id=merchant_id, roles=sorted({r.value for r in roles})
            )
    except IntegrityError:  # a concurrent invitation of the same person won the race
        raise already
    return staff, initial_password


async def set_platform_role(viewer: Viewer, user_id: int, role: PlatformRole) -> User:
    require_admin(viewer, Code)
    user = await User.get_or_none(id=user_id)
    if user is None:
        raise DomainError(Code.NOT_FOUND, "No such user.", "user")
    user.platform_role = role
    await user.save(update_fields=["platform_role", "updated_at"])
    return user


# --- partner API keys -------------------------------------------------------------------

KEY_PREFIX = "plz"


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


async def partner_create(viewer: Viewer, name: str) -> Partner:
    require_admin(viewer, Code)
    if not (name or "").strip():
        raise DomainError(Code.INVALID, "Give the partner a name.", "name")
    return await Partner.create(name=name.strip()[:120])


async def partner_key_create(
    viewer: Viewer, partner_id: int, merchant_ids: list[int], event_types: list[str]
) -> tuple[PartnerKey, str]:
    """A new API key for a partner, scoped to merchants. The plain key is returned only here."""
    require_admin(viewer, Code)
    if not await Partner.filter(id=partner_id).exists():
        raise DomainError(Code.NOT_FOUND, "No such partner.", "partner")
    wanted = sorted(set(merchant_ids))
    found = await Merchant.filter(id__in=wanted).count()
    if found != len(wanted):
        raise DomainError(Code.NOT_FOUND, "Some merchants in the scope do not exist.", "merchants")
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    plain = f"{KEY_PREFIX}_{prefix}_{secret}"
    key = await PartnerKey.create(
        partner_id=partner_id,
        prefix=prefix,
        key_hash=_digest(plain),
        merchant_ids=wanted,
        event_types=sorted(set(event_types)),
    )
    return key, plain


async def partner_key_revoke(viewer: Viewer, key_id: int) -> PartnerKey:
    require_admin(viewer, Code)
    key = await PartnerKey.get_or_none(id=key_id)
    if key is None:
        raise DomainError(Code.NOT_FOUND, "No such key.", "id")
    if key.revoked_at is None:
        key.revoked_at = datetime.now(UTC)
        await key.save(update_fields=["revoked_at", "updated_at"])
    return key


async def partner_key_lookup(plain: str) -> PartnerKey | None:
    """The live key for a presented API key, or None (unknown, malformed or revoked)."""
    parts = (plain or "").split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        return None
    key = await PartnerKey.get_or_none(prefix=parts[1], revoked_at=None)
    if key is None or not secrets.compare_digest(key.key_hash, _digest(plain)):
        return None
    return key
