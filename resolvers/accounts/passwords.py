"""Passwords and emails: argon2 hashing in a bounded pool, and the input rules.

argon2 costs tens of milliseconds of CPU and 64 MiB per hash by design. It runs in a thread (it
releases the GIL), and at most :data:`HASH_CONCURRENCY` at once per event loop: a burst of
sign-ins queues for the slots instead of taking every core and thread from the requests that
do not hash (a request that gives up while queued never starts its hash).
"""

from __future__ import annotations

import asyncio
import re
import weakref
from collections.abc import Callable
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from resolvers.errors import AccountErrorCode as Code
from resolvers.errors import DomainError

T = TypeVar("T")

_hasher = PasswordHasher()
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD = 8
#: argon2 hashes/verifications running at once per event loop (the rest wait for a slot)
HASH_CONCURRENCY = 2
# A well-formed hash to verify against when the email is unknown, so timing does not tell.
_DUMMY_HASH = _hasher.hash("not-a-real-password")

# One semaphore per event loop: an asyncio primitive belongs to the loop it first waited on.
_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)


def hash_password(password: str) -> str:
    """The argon2 hash of a password, here and now (scripts, demo data, tests)."""
    return _hasher.hash(password)


def password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


async def _in_pool(fn: Callable[..., T], *args) -> T:
    loop = asyncio.get_running_loop()
    slots = _slots.get(loop)
    if slots is None:
        slots = _slots[loop] = asyncio.Semaphore(HASH_CONCURRENCY)
    async with slots:
        return await asyncio.to_thread(fn, *args)


async def hash_password_pooled(password: str) -> str:
    """:func:`hash_password` in the bounded pool (request paths)."""
    return await _in_pool(hash_password, password)


async def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; without a hash (unknown account) a dummy hash is checked,
    so that the answer takes as long either way."""
    matched = await _in_pool(password_matches, password_hash or _DUMMY_HASH, password or "")
    return matched and password_hash is not None


def normalise_email(email: str) -> str:
    email = (email or "").strip().lower()
    if not EMAIL_RE.match(email) or len(email) > 254:
        raise DomainError(Code.INVALID, "Enter a valid email address.", "email")
    return email


def check_password(password: str, field: str = "password") -> None:
    if len(password or "") < MIN_PASSWORD:
        raise DomainError(
            Code.PASSWORD_TOO_SHORT,
            f"The password needs at least {MIN_PASSWORD} characters.",
            field,
        )
