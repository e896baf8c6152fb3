"""Authentication: signed JWTs for people, API keys for partners -> a ``Viewer``.

Access tokens are short-lived; refresh tokens last longer. Both carry the user's
``token_version`` (``ver``), so bumping it revokes every outstanding token. A refresh token is
used once: its ``jti`` is recorded in its sign-in's family (``fam``), refreshing answers a new
pair, and a replayed one revokes the family (``resolvers.accounts.sessions``).

The sign-in throttle's limits come from ``PLAZA_SIGNIN_*`` variables (:func:`throttle_limits`).
"""

from __future__ import annotations

import os
import time
import uuid

import jwt

from models import sql
from models.accounts import PlatformRole, StaffRole, User
from plaza.settings import Settings
from resolvers import accounts
from resolvers.accounts import sessions
from resolvers.errors import AccountErrorCode, DomainError
from resolvers.permissions import ANONYMOUS, Viewer

ALGORITHM = "HS256"
ISSUER = "plaza"


def _sign(claims: dict, ttl: int, settings: Settings) -> str:
    now = int(time.time())
    payload = {"jti": uuid.uuid4().hex, **claims, "iat": now, "exp": now + ttl, "iss": ISSUER}
    return jwt.encode(payload, settings.secret_key, algorithm=ALGORITHM)


def issue_access_token(user: User, settings: Settings | None = None) -> str:
    settings = settings or Settings()
    claims = {"sub": str(user.id), "ver": user.token_version, "typ": "access"}
    return _sign(claims, settings.access_token_ttl, settings)


def issue_tokens(user: User, settings: Settings | None = None) -> tuple[str, str]:
    """An access token and a refresh token that is *not recorded*: refreshing with it is
    refused. Sign-in uses :func:`start_session`; this serves tools and tests that need an
    access token only."""
    settings = settings or Settings()
    refresh = _sign(
        {"sub": str(user.id), "ver": user.token_version, "typ": "refresh"},
        settings.refresh_token_ttl,
        settings,
    )
    return issue_access_token(user, settings), refresh


def _refresh_token(user: User, jti: str, family: str, settings: Settings) -> str:
    claims = {
        "sub": str(user.id),
        "ver": user.token_version,
        "typ": "refresh",
        "jti": jti,
        "fam": family,
    }
    return _sign(claims, settings.refresh_token_ttl, settings)


async def start_session(user: User, settings: Settings | None = None) -> tuple[str, str]:
    """Sign-in: an access token and the first refresh token of a new family."""
    settings = settings or Settings()
    jti, family = await sessions.start(user.id, settings.refresh_token_ttl)
    return issue_access_token(user, settings), _refresh_token(user, jti, family, settings)


def decode_token(token: str, expected_type: str, settings: Settings | None = None) -> dict:
    settings = settings or Settings()
    try:
        claims = jwt.decode(
            token,
            settings.secret_key,
            algorithms=[ALGORITHM],
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub", "typ"]},
        )
    except jwt.ExpiredSignatureError:
        raise DomainError(AccountErrorCode.INVALID_TOKEN, "The token has expired.", "token")
    except jwt.PyJWTError:
        raise DomainError(AccountErrorCode.INVALID_TOKEN, "The token is not valid.", "token")
    if claims.get("typ") != expected_type:
        raise DomainError(
            AccountErrorCode.INVALID_TOKEN, f"Expected a {expected_type} token.", "token"
        )
    # Without a version the revocation check (token_version) could not apply.
    if type(claims.get("ver")) is not int:
        raise DomainError(AccountErrorCode.INVALID_TOKEN, "The token is not valid.", "token")
    return claims


def _refresh_claims(refresh_token: str) -> tuple[str, int, int | None]:
    claims = decode_token(refresh_token, "refresh")
    jti = claims.get("jti")
    if not isinstance(jti, str) or not jti:
        raise DomainError(AccountErrorCode.INVALID_TOKEN, "The token is not valid.", "token")
    return jti, int(claims["sub"]), claims.get("ver")


async def refresh_tokens(
    refresh_token: str, settings: Settings | None = None
) -> tuple[str, str, User]:
    """Use a refresh token: a new access token, the next refresh token of its family, the
    user. The presented token is spent; presenting it again revokes the family."""
    settings = settings or Settings()
    jti, user_id, version = _refresh_claims(refresh_token)
    user, following, family = await sessions.rotate(
        jti, user_id, version, settings.refresh_token_ttl
    )
    access = issue_access_token(user, settings)
    return access, _refresh_token(user, following, family, settings), user


async def revoke_tokens(refresh_token: str | None, viewer: Viewer, everywhere: bool) -> None:
    """Sign out: the family of ``refresh_token``; with ``everywhere`` every token of its user
    (or, without a refresh token, of the signed-in viewer)."""
    if refresh_token:
        jti, user_id, version = _refresh_claims(refresh_token)
        row = await sessions.live(jti, user_id, version)
        if everywhere:
            await sessions.revoke_user(user_id)
        else:
            await sessions.revoke_family(row.family)
        return
    if viewer.user_id is None:
        raise DomainError(
            AccountErrorCode.UNAUTHENTICATED, "Give the refresh token, or sign in.", "refreshToken"
        )
    if not everywhere:
        raise DomainError(
            AccountErrorCode.INVALID,
            "Give the refresh token of the session to end, or all: true.",
            "refreshToken",
        )
    await sessions.revoke_user(viewer.user_id)


def _limit(name: str, default: int) -> int:
    return int(os.environ.get(f"PLAZA_SIGNIN_{name}", str(default)))


def throttle_limits() -> accounts.ThrottleLimits:
    """The sign-in and registration throttle's limits (0 turns one off):
    ``PLAZA_SIGNIN_ACCOUNT_FAILURES`` per ``PLAZA_SIGNIN_ACCOUNT_WINDOW`` seconds (5 / 900),
    ``PLAZA_SIGNIN_ADDRESS_ATTEMPTS`` per ``PLAZA_SIGNIN_ADDRESS_WINDOW`` seconds (20 / 60)."""
    d = accounts.DEFAULT_LIMITS
    return accounts.ThrottleLimits(
        account_failures=_limit("ACCOUNT_FAILURES", d.account_failures),
        account_window=_limit("ACCOUNT_WINDOW", d.account_window),
        address_attempts=_limit("ADDRESS_ATTEMPTS", d.address_attempts),
        address_window=_limit("ADDRESS_WINDOW", d.address_window),
    )


# The facts of ``accounts.viewer_facts`` (the active user, their staff membership, courier
# record and the pickup points they lead) in one query instead of four: LEFT JOINs on the
# one-to-one staff and courier rows and on the led pickup points (one row per point, at least
# one). It runs on every authenticated request, so it is written out (``models.sql``).
_VIEWER_SQL = """
    SELECT u."id", u."email", u."platform_role", u."token_version",
        s."id" AS "staff_id", s."merchant_id" AS "staff_merchant_id", s."roles" AS "staff_roles",
        c."id" AS "courier_id", c."merchant_id" AS "courier_merchant_id",
        p."id" AS "pickup_point_id"
    FROM "account_user" u
    LEFT JOIN "account_merchant_staff" s ON s."user_id" = u."id"
    LEFT JOIN "account_courier" c ON c."user_id" = u."id"
    LEFT JOIN "pickup_point" p ON p."leader_id" = u."id"
    WHERE u."id" = $1 AND u."is_active" = $2
"""


async def viewer_for_user(
    user_id: int, token_version: int | None, request_id: str = ""
) -> Viewer | None:
    """The viewer for an active user whose token carries ``token_version`` (None: not checked);
    None when the user is unknown, inactive, or the token was revoked. Runs on every
    authenticated request: one query."""
    rows = await sql.fetch(_VIEWER_SQL, user_id, True)
    if not rows:
        return None
    user = rows[0]
    if token_version is not None and user["token_version"] != token_version:
        return None
    staff = user["staff_id"] is not None
    courier = user["courier_id"] is not None
    return Viewer(
        user_id=user["id"],
        email=user["email"],
        platform_role=PlatformRole(user["platform_role"]),
        merchant_id=user["staff_merchant_id"] if staff else None,
        staff_roles=(
            frozenset(StaffRole(r) for r in sql.json_value(user["staff_roles"]))
            if staff
            else frozenset()
        ),
        is_courier=courier,
        courier_merchant_id=user["courier_merchant_id"] if courier else None,
        pickup_point_ids=frozenset(
            r["pickup_point_id"] for r in rows if r["pickup_point_id"] is not None
        ),
        request_id=request_id,
    )


async def viewer_from_authorization(header: str | None, request_id: str = "") -> Viewer:
    """The viewer for an ``Authorization`` header value; anonymous when there is none.

    Raises DomainError(INVALID_TOKEN) for a token or key that is present but not valid: a
    client that sent credentials must learn they were refused, not be served as a guest.
    """
    if not header:
        return Viewer(request_id=request_id) if request_id else ANONYMOUS
    scheme, _, credential = header.partition(" ")
    credential = credential.strip()
    if scheme.lower() != "bearer" or not credential:
        raise DomainError(
            AccountErrorCode.INVALID_TOKEN, "Use 'Authorization: Bearer <token>'.", "token"
        )
    if credential.startswith(f"{accounts.KEY_PREFIX}_"):
        key = await accounts.partner_key_lookup(credential)
        if key is None:
            raise DomainError(
                AccountErrorCode.INVALID_TOKEN, "Unknown or revoked API key.", "token"
            )
        return Viewer(
            partner_id=key.partner_id,
            partner_merchant_ids=frozenset(key.merchant_ids),
            partner_event_types=frozenset(key.event_types),
            request_id=request_id,
        )
    claims = decode_token(credential, "access")
    viewer = await viewer_for_user(int(claims["sub"]), claims.get("ver"), request_id)
    if viewer is None:
        raise DomainError(AccountErrorCode.INVALID_TOKEN, "The token has been revoked.", "token")
    return viewer
