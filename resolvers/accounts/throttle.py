"""The sign-in and registration throttle: per account (email) and per client address.

Every attempt that passes the cheap input checks is first *admitted* here, before any password
is hashed or checked:

* per address: at most ``address_attempts`` attempts (sign-ins and registrations together) in
  ``address_window`` seconds;
* per account, for sign-ins (and password changes): at most ``account_failures`` failed (or
  still running) attempts for one email in ``account_window`` seconds. The email is counted
  whether or not an account has it, so a refusal says nothing about who is registered.
  Registrations are limited per address only: a registration refused as EMAIL_TAKEN costs no
  password hash, and its first answer already told whether the email is taken, so counting
  them per email would stop nothing and would refuse concurrent sign-ups of one email with
  TOO_MANY_ATTEMPTS instead of EMAIL_TAKEN.

A refused attempt gets ``TOO_MANY_ATTEMPTS`` with the seconds to wait (:class:`Throttled`) and
costs no password check; it is not counted itself. The state is a table
(``models.accounts.AuthAttempt``) so that several API processes share it. An admitted attempt
is written *before* it is counted, and counts only the rows up to its own id: attempts that
arrive together cannot all slip in under the limit because none has been recorded yet.

A limit of 0 turns that limit off. The per-account limit lets anyone lock an account's
sign-in for ``account_window`` by failing on purpose; that is the accepted price of stopping
password guessing against it.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from models.accounts import AttemptKind, AttemptState, AuthAttempt
from resolvers.errors import AccountErrorCode as Code
from resolvers.errors import DomainError

#: chance that an admitted attempt also deletes the rows older than every window
PRUNE_CHANCE = 0.02


@dataclass(frozen=True)
class ThrottleLimits:
    account_failures: int = 5
    account_window: int = 15 * 60
    address_attempts: int = 20
    address_window: int = 60

    @property
    def longest_window(self) -> int:
        return max(self.account_window, self.address_window)


DEFAULT_LIMITS = ThrottleLimits()


class Throttled(DomainError):
    """TOO_MANY_ATTEMPTS; ``retry_after``: the seconds until an attempt would be admitted."""

    def __init__(self, retry_after: int, field: str | None) -> None:
        super().__init__(
            Code.TOO_MANY_ATTEMPTS,
            f"Too many attempts: try again in {retry_after} seconds.",
            field,
        )
        self.retry_after = retry_after


@dataclass(frozen=True)
class Admission:
    """An admitted attempt; say how it ended (a failure counts against the account)."""

    attempt_id: int | None

    async def failed(self) -> None:
        await self._end(AttemptState.FAILED)

    async def succeeded(self) -> None:
        await self._end(AttemptState.SUCCEEDED)

    async def _end(self, state: AttemptState) -> None:
        if self.attempt_id is not None:
            await AuthAttempt.filter(id=self.attempt_id).update(state=state)


async def _retry_after(query, window: int, now: datetime) -> int:
    found = await query.order_by("created_at").limit(1).values_list("created_at", flat=True)
    if not found:
        return 1
    return max(1, math.ceil((found[0] + timedelta(seconds=window) - now).total_seconds()))


async def admit(
    kind: AttemptKind,
    email: str,
    address: str,
    limits: ThrottleLimits = DEFAULT_LIMITS,
    now: datetime | None = None,
) -> Admission:
    """Admit an attempt of ``kind`` for ``email`` (normalised) from ``address`` ("" unknown:
    only the account is limited), or raise :class:`Throttled`."""
    if limits.address_attempts <= 0 and limits.account_failures <= 0:
        return Admission(None)
    now = now or datetime.now(UTC)
    address = (address or "")[:64]
    row = await AuthAttempt.create(created_at=now, kind=kind, email=email, address=address)
    try:
        if address and limits.address_attempts > 0:
            since = now - timedelta(seconds=limits.address_window)
            mine = AuthAttempt.filter(address=address, created_at__gt=since, id__lte=row.id)
            if await mine.count() > limits.address_attempts:
                others = mine.filter(id__lt=row.id)
                raise Throttled(await _retry_after(others, limits.address_window, now), None)
        if limits.account_failures > 0 and kind == AttemptKind.SIGN_IN:
            since = now - timedelta(seconds=limits.account_window)
            mine = AuthAttempt.filter(
                email=email,
                kind=kind,
                state__in=[AttemptState.PENDING, AttemptState.FAILED],
                created_at__gt=since,
                id__lte=row.id,
            )
            if await mine.count() > limits.account_failures:
                others = mine.filter(id__lt=row.id)
                raise Throttled(await _retry_after(others, limits.account_window, now), "email")
    except Throttled:
        await AuthAttempt.filter(id=row.id).delete()
        raise
    if random.random() < PRUNE_CHANCE:
        await prune(now - timedelta(seconds=limits.longest_window))
    return Admission(row.id)


async def prune(before: datetime) -> int:
    """Forget the attempts made before ``before``; the number deleted."""
    return await AuthAttempt.filter(created_at__lt=before).delete()
