"""People: registration, sign-in checks, password change, the platform role.

Registration and every password check go through the throttle (``throttle.admit``) first, and
hash in the bounded pool (``passwords``).
"""

from __future__ import annotations

from tortoise.exceptions import IntegrityError

from models.accounts import AttemptKind, PlatformRole, User
from resolvers.accounts import sessions, throttle
from resolvers.accounts.passwords import (
    check_password,
    hash_password_pooled,
    normalise_email,
    verify_password,
)
from resolvers.accounts.throttle import DEFAULT_LIMITS, ThrottleLimits
from resolvers.errors import AccountErrorCode as Code
from resolvers.errors import DomainError
from resolvers.permissions import Viewer, require_admin, require_user


async def register_customer(
    email: str,
    password: str,
    full_name: str = "",
    *,
    address: str = "",
    limits: ThrottleLimits = DEFAULT_LIMITS,
) -> User:
    email = normalise_email(email)
    check_password(password)
    admission = await throttle.admit(AttemptKind.REGISTER, email, address, limits)
    taken = DomainError(Code.EMAIL_TAKEN, "An account with this email exists.", "email")
    if await User.filter(email=email).exists():
        await admission.failed()
        raise taken
    password_hash = await hash_password_pooled(password)
    try:
        user = await User.create(
            email=email, password_hash=password_hash, full_name=(full_name or "")[:120]
        )
    except IntegrityError:  # registered by a concurrent request since the check
        await admission.failed()
        raise taken
    await admission.succeeded()
    return user


async def authenticate(
    email: str, password: str, *, address: str = "", limits: ThrottleLimits = DEFAULT_LIMITS
) -> User:
    """The active user with these credentials, or INVALID_CREDENTIALS (same error either way),
    or TOO_MANY_ATTEMPTS before any password is checked."""
    email = (email or "").strip().lower()[:254]
    admission = await throttle.admit(AttemptKind.SIGN_IN, email, address, limits)
    user = await User.get_or_none(email=email, is_active=True)
    if not await verify_password(user.password_hash if user else None, password):
        await admission.failed()
        raise DomainError(Code.INVALID_CREDENTIALS, "Wrong email or password.", "email")
    await admission.succeeded()
    return user


async def password_change(
    viewer: Viewer,
    old_password: str,
    new_password: str,
    *,
    address: str = "",
    limits: ThrottleLimits = DEFAULT_LIMITS,
) -> User:
    """Change the viewer's password; every token issued before is revoked (the caller issues
    the new session). The old password counts as a sign-in attempt for the throttle."""
    user_id = require_user(viewer, Code)
    user = await User.get_or_none(id=user_id, is_active=True)
    if user is None:
        raise DomainError(Code.UNAUTHENTICATED, "Sign in first.")
    check_password(new_password, "newPassword")
    admission = await throttle.admit(AttemptKind.SIGN_IN, user.email, address, limits)
    if not await verify_password(user.password_hash, old_password):
        await admission.failed()
        raise DomainError(Code.INVALID_CREDENTIALS, "The current password is wrong.", "oldPassword")
    await admission.succeeded()
    password_hash = await hash_password_pooled(new_password)
    await User.filter(id=user_id).update(password_hash=password_hash)
    return await sessions.revoke_user(user_id)


async def get_me(viewer: Viewer) -> User:
    user_id = require_user(viewer, Code)
    return await User.get(id=user_id)


async def set_platform_role(viewer: Viewer, user_id: int, role: PlatformRole) -> User:
    require_admin(viewer, Code)
    user = await User.get_or_none(id=user_id)
    if user is None:
        raise DomainError(Code.NOT_FOUND, "No such user.", "user")
    user.platform_role = role
    await user.save(update_fields=["platform_role", "updated_at"])
    return user
