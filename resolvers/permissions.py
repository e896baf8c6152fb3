"""The permission layer every use case goes through.

A ``Viewer`` is who is asking: built once per request from the bearer token (or API key) by
``plaza.auth`` and handed to every use case. The checks here raise ``DomainError`` with
``PERMISSION_DENIED`` / ``UNAUTHENTICATED``; a use case never decides access on its own.

Tenancy rule: merchant staff act only on their own merchant. Queries are *scoped* (the merchant
filter is part of the query), so another merchant's rows are never loaded, not loaded and hidden.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

from models.accounts import PlatformRole, StaffRole
from resolvers.errors import CommonErrorCode, DomainError


@dataclass(frozen=True)
class Viewer:
    user_id: int | None = None
    email: str | None = None
    platform_role: PlatformRole = PlatformRole.NONE
    merchant_id: int | None = None
    staff_roles: frozenset[StaffRole] = frozenset()
    is_courier: bool = False
    courier_merchant_id: int | None = None
    pickup_point_ids: frozenset[int] = frozenset()
    partner_id: int | None = None
    partner_merchant_ids: frozenset[int] = frozenset()
    partner_event_types: frozenset[str] = frozenset()
    request_id: str = ""
    #: the app's ``X-Device-Id`` header, as sent (risk control matches it against the blacklist)
    device_id: str = ""
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def is_authenticated(self) -> bool:
        return self.user_id is not None or self.partner_id is not None

    @property
    def is_admin(self) -> bool:
        return self.platform_role == PlatformRole.ADMIN

    @property
    def is_platform_staff(self) -> bool:
        """Platform admin or platform customer service."""
        return self.platform_role in (PlatformRole.ADMIN, PlatformRole.CUSTOMER_SERVICE)

    @property
    def is_customer(self) -> bool:
        return self.user_id is not None

    @property
    def is_group_leader(self) -> bool:
        return bool(self.pickup_point_ids)


ANONYMOUS = Viewer()


def _denied(code: type[Enum], message: str) -> DomainError:
    return DomainError(code("permission_denied"), message)


def require_user(viewer: Viewer, code: type[Enum] = CommonErrorCode) -> int:
    if viewer.user_id is None:
        raise DomainError(code("unauthenticated"), "Sign in first.")
    return viewer.user_id


def require_admin(viewer: Viewer, code: type[Enum] = CommonErrorCode) -> None:
    require_user(viewer, code)
    if not viewer.is_admin:
        raise _denied(code, "Only platform administrators may do this.")


def require_platform_staff(viewer: Viewer, code: type[Enum] = CommonErrorCode) -> None:
    require_user(viewer, code)
    if not viewer.is_platform_staff:
        raise _denied(code, "Only platform staff may do this.")


def require_merchant_role(
    viewer: Viewer,
    merchant_id: int,
    roles: Iterable[StaffRole],
    code: type[Enum] = CommonErrorCode,
    *,
    allow_admin: bool = True,
) -> None:
    """The viewer is staff of ``merchant_id`` holding one of ``roles`` (owner always counts).

    Platform admins pass when ``allow_admin``.
    """
    require_user(viewer, code)
    if allow_admin and viewer.is_admin:
        return
    if viewer.merchant_id != merchant_id:
        raise _denied(code, "You are not staff of this merchant.")
    wanted = set(roles) | {StaffRole.OWNER}
    if not wanted & viewer.staff_roles:
        names = ", ".join(sorted(r.value for r in wanted))
        raise _denied(code, f"This needs one of the staff roles: {names}.")


def staff_merchant(viewer: Viewer, code: type[Enum] = CommonErrorCode) -> int:
    """The merchant the viewer is staff of, or PERMISSION_DENIED."""
    require_user(viewer, code)
    if viewer.merchant_id is None:
        raise _denied(code, "Only merchant staff may do this.")
    return viewer.merchant_id


def merchant_scope(
    viewer: Viewer, requested: int | None, code: type[Enum] = CommonErrorCode
) -> int | None:
    """Which merchant a back-office listing is limited to.

    Staff: always their own merchant (asking for another is refused). Admin: what they asked
    for (None = all).
    """
    require_user(viewer, code)
    if viewer.is_platform_staff:
        return requested
    own = staff_merchant(viewer, code)
    if requested is not None and requested != own:
        raise _denied(code, "You are not staff of this merchant.")
    return own
