"""Authentication: signed JWTs for people, API keys for partners -> a ``Viewer``.

Access tokens are short-lived; refresh tokens last longer and carry the user's
``token_version``, so bumping it revokes every outstanding token.
"""

from __future__ import annotations

import time
import uuid

import jwt

from models import sql
from models.accounts import PlatformRole, StaffRole, User
from plaza.settings import Settings
from resolvers import accounts
from resolvers.errors import AccountErrorCode, DomainError
from resolvers.permissions import ANONYMOUS, Viewer

ALGORITHM = "HS256"
ISSUER = "plaza"


def _sign(claims: dict, ttl: int, settings: Settings) -> str:
    now = int(time.time())
    payload = {**claims, "iat": now, "exp": now + ttl, "iss": ISSUER, "jti": uuid.uuid4().hex}
    return jwt.encode(payload, settings.secret_key, algorithm=ALGORITHM)


def issue_tokens(user: User, settings: Settings | None = None) -> tuple[str, str]:
    settings = settings or Settings()
    base = {"sub": str(user.id), "ver": user.token_version}
    access = _sign({**base, "typ": "access"}, settings.access_token_ttl, settings)
    refresh = _sign({**base, "typ": "refresh"}, settings.refresh_token_ttl, settings)
    return access, refresh


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


async def refresh_access_token(refresh_token: str) -> tuple[str, User]:
    claims = decode_token(refresh_token, "refresh")
    facts = await accounts.viewer_facts(int(claims["sub"]), claims.get("ver"))
    if facts is None:
        raise DomainError(
            AccountErrorCode.INVALID_TOKEN, "The token has been revoked.", "refreshToken"
        )
    access, _ = issue_tokens(facts.user)
    return access, facts.user


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
