"""Refresh-token families: each sign-in starts one, each refresh uses one token and adds the next.

The signing is ``plaza.auth``'s (it holds the secret key); this records which refresh tokens
exist (their ``jti``), which were used, and which families were revoked:

* a refresh token works once: :func:`rotate` marks it used and records its successor;
* presenting a used token again (a stolen copy, or the victim after the thief) revokes the whole
  family, so neither party keeps a session from it;
* a family is revoked at sign-out (:func:`revoke_family`); every family of a user, with the
  user's ``token_version`` (which access tokens carry as ``ver``), by :func:`revoke_user`
  (sign-out everywhere, password change).
"""

from __future__ import annotations

import random
import secrets
from datetime import UTC, datetime, timedelta

from tortoise.expressions import F

from models.accounts import RefreshToken, User
from resolvers.accounts.viewers import viewer_facts
from resolvers.errors import AccountErrorCode as Code
from resolvers.errors import DomainError

#: chance that a sign-in also deletes the rows of refresh tokens expired by now
PRUNE_CHANCE = 0.02


def new_id() -> str:
    return secrets.token_hex(16)


def _invalid(message: str) -> DomainError:
    return DomainError(Code.INVALID_TOKEN, message, "refreshToken")


async def start(user_id: int, ttl: int) -> tuple[str, str]:
    """A new family for a sign-in: ``(jti, family)`` of its first refresh token."""
    jti, family = new_id(), new_id()
    now = datetime.now(UTC)
    await RefreshToken.create(
        jti=jti, family=family, user_id=user_id, expires_at=now + timedelta(seconds=ttl)
    )
    if random.random() < PRUNE_CHANCE:
        await prune(now)
    return jti, family


async def rotate(
    jti: str, user_id: int, token_version: int | None, ttl: int
) -> tuple[User, str, str]:
    """Use the refresh token ``jti`` of ``user_id``: ``(user, next jti, family)``.

    INVALID_TOKEN when it is unknown, revoked, of a revoked family or user version, or used
    already -- which revokes its family."""
    now = datetime.now(UTC)
    row = await RefreshToken.get_or_none(jti=jti)
    if row is None or row.user_id != user_id:
        raise _invalid("The token is not valid.")
    revoked = await RefreshToken.filter(family=row.family, revoked_at__isnull=False).exists()
    if revoked:
        raise _invalid("The token has been revoked.")
    won = await RefreshToken.filter(id=row.id, used_at__isnull=True).update(used_at=now)
    if not won:
        await revoke_family(row.family)
        raise _invalid("The token was used already: the session has been signed out.")
    facts = await viewer_facts(user_id, token_version)
    if facts is None:
        raise _invalid("The token has been revoked.")
    following = new_id()
    await RefreshToken.create(
        jti=following,
        family=row.family,
        user_id=user_id,
        expires_at=now + timedelta(seconds=ttl),
    )
    return facts.user, following, row.family


async def revoke_family(family: str) -> None:
    await RefreshToken.filter(family=family, revoked_at__isnull=True).update(
        revoked_at=datetime.now(UTC)
    )


async def live(jti: str, user_id: int, token_version: int | None) -> RefreshToken:
    """The refresh token ``jti`` of ``user_id`` if it could still be used; INVALID_TOKEN
    otherwise (a used one is a replay: its family is revoked, as by :func:`rotate`)."""
    row = await RefreshToken.get_or_none(jti=jti, user_id=user_id)
    if row is None:
        raise _invalid("The token is not valid.")
    if await RefreshToken.filter(family=row.family, revoked_at__isnull=False).exists():
        raise _invalid("The token has been revoked.")
    if row.used_at is not None:
        await revoke_family(row.family)
        raise _invalid("The token was used already: the session has been signed out.")
    if await viewer_facts(user_id, token_version) is None:
        raise _invalid("The token has been revoked.")
    return row


async def revoke_user(user_id: int) -> User:
    """Revoke every token of a user: each family, and every access token (``token_version``)."""
    await User.filter(id=user_id).update(token_version=F("token_version") + 1)
    await RefreshToken.filter(user_id=user_id, revoked_at__isnull=True).update(
        revoked_at=datetime.now(UTC)
    )
    return await User.get(id=user_id)


async def prune(before: datetime) -> int:
    """Forget refresh tokens that expired before ``before`` (a JWT past ``exp`` is refused
    before its row is looked at)."""
    return await RefreshToken.filter(expires_at__lt=before).delete()
