"""Authentication: signed JWTs for people, API keys for partners -> a ``Viewer``.

Access tokens are short-lived; refresh tokens last longer and carry the user's
``token_version``, so bumping it revokes every outstanding token.
"""

from __future__ import annotations

import time
import uuid

import jwt

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


async def viewer_for_user(
    user_id: int, token_version: int | None, request_id: str = ""
) -> Viewer | None:
    facts = await accounts.viewer_facts(user_id, token_version)
    if facts is None:
        return None
    staff = facts.staff
    return Viewer(
        user_id=facts.user.id,
        email=facts.user.email,
        platform_role=PlatformRole(facts.user.platform_role),
        merchant_id=staff.merchant_id if staff else None,
        staff_roles=frozenset(StaffRole(r) for r in staff.roles) if staff else frozenset(),
        is_courier=facts.courier is not None,
        courier_merchant_id=facts.courier.merchant_id if facts.courier else None,
        pickup_point_ids=frozenset(facts.pickup_point_ids),
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
