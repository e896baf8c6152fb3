"""Partner API keys: created by admins, shown once, stored as a SHA-256 digest, revocable.

A revoked key is refused on the next request, and by the next credential check of a running
subscription (``schema.subscriptions.REVALIDATE_SECONDS``).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime

from models.accounts import Partner, PartnerKey
from models.merchants import Merchant
from resolvers.errors import AccountErrorCode as Code
from resolvers.errors import DomainError
from resolvers.permissions import Viewer, require_admin

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
