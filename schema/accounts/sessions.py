"""Registration, sign-in, token refresh and sign-out, password change, and ``me``.

Sign-in, registration and password change are throttled per account and per client address
(``TOO_MANY_ATTEMPTS`` with ``retryAfter`` seconds). Refresh tokens are used once:
``tokenRefresh`` answers a new pair, and a replayed refresh token signs its session out.
"""

from __future__ import annotations

import strawberry

from resolvers import accounts as uc
from resolvers.errors import AccountErrorCode as Code
from resolvers.permissions import Viewer
from schema.accounts.types import (
    RETRY_AFTER,
    AccountError,
    Me,
    StaffMembership,
    User,
    attempt_throttled,
    client_address,
)
from schema.base import attempt, global_id
from schema.context import Info


@strawberry.input
class CustomerRegisterInput:
    email: str
    password: str
    full_name: str = ""


@strawberry.type
class CustomerRegisterPayload:
    user: User | None
    errors: list[AccountError]
    retry_after: int | None = strawberry.field(default=None, description=RETRY_AFTER)


@strawberry.type
class TokenCreatePayload:
    token: str | None
    refresh_token: str | None
    user: User | None
    errors: list[AccountError]
    retry_after: int | None = strawberry.field(default=None, description=RETRY_AFTER)


@strawberry.type
class TokenRefreshPayload:
    token: str | None
    refresh_token: str | None = strawberry.field(
        description="The next refresh token: the one sent is spent (sending it again signs "
        "the session out)."
    )
    errors: list[AccountError]


@strawberry.type
class TokenRevokePayload:
    revoked: bool
    errors: list[AccountError]


@strawberry.type
class PasswordChangePayload:
    token: str | None = strawberry.field(
        description="A new access token: every token issued before the change is revoked."
    )
    refresh_token: str | None
    user: User | None
    errors: list[AccountError]
    retry_after: int | None = strawberry.field(default=None, description=RETRY_AFTER)


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
    async def customer_register(
        self, info: Info, input: CustomerRegisterInput
    ) -> CustomerRegisterPayload:
        limits = info.context.auth.throttle_limits()
        row, errors, retry_after = await attempt_throttled(
            lambda: uc.register_customer(
                input.email,
                input.password,
                input.full_name,
                address=client_address(info),
                limits=limits,
            )
        )
        return CustomerRegisterPayload(
            user=row and User.from_model(row), errors=errors, retry_after=retry_after
        )

    @strawberry.mutation(description="Sign in: an access token and a refresh token.")
    async def token_create(self, info: Info, email: str, password: str) -> TokenCreatePayload:
        auth = info.context.auth
        limits = auth.throttle_limits()
        user, errors, retry_after = await attempt_throttled(
            lambda: uc.authenticate(email, password, address=client_address(info), limits=limits)
        )
        if user is None:
            return TokenCreatePayload(
                token=None, refresh_token=None, user=None, errors=errors, retry_after=retry_after
            )
        access, refresh = await auth.start_session(user)
        return TokenCreatePayload(
            token=access, refresh_token=refresh, user=User.from_model(user), errors=[]
        )

    @strawberry.mutation(
        description="A new access token and the next refresh token, for a refresh token."
    )
    async def token_refresh(self, info: Info, refresh_token: str) -> TokenRefreshPayload:
        auth = info.context.auth
        result, errors = await attempt(lambda: auth.refresh_tokens(refresh_token), Code)
        if result is None:
            return TokenRefreshPayload(token=None, refresh_token=None, errors=errors)
        return TokenRefreshPayload(token=result[0], refresh_token=result[1], errors=[])

    @strawberry.mutation(
        description="Sign out: revoke the refresh token's session; `all: true` revokes every "
        "token of the account (access tokens too), with the refresh token or signed in."
    )
    async def token_revoke(
        self, info: Info, refresh_token: str | None = None, all: bool = False
    ) -> TokenRevokePayload:
        auth = info.context.auth
        _, errors = await attempt(
            lambda: auth.revoke_tokens(refresh_token, info.context.viewer, all), Code
        )
        return TokenRevokePayload(revoked=not errors, errors=errors)

    @strawberry.mutation(
        description="Change the signed-in person's password: every token issued before is "
        "revoked, and a new pair is answered."
    )
    async def password_change(
        self, info: Info, old_password: str, new_password: str
    ) -> PasswordChangePayload:
        auth = info.context.auth
        limits = auth.throttle_limits()
        user, errors, retry_after = await attempt_throttled(
            lambda: uc.password_change(
                info.context.viewer,
                old_password,
                new_password,
                address=client_address(info),
                limits=limits,
            )
        )
        if user is None:
            return PasswordChangePayload(
                token=None, refresh_token=None, user=None, errors=errors, retry_after=retry_after
            )
        access, refresh = await auth.start_session(user)
        return PasswordChangePayload(
            token=access, refresh_token=refresh, user=User.from_model(user), errors=[]
        )
