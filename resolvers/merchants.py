"""Merchants and storefronts (platform administration)."""

from __future__ import annotations

import re

from models.merchants import Merchant, Storefront, StorefrontPolicyName
from resolvers.errors import DomainError
from resolvers.errors import MerchantErrorCode as Code
from resolvers.permissions import Viewer, merchant_scope, require_admin

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,78}[a-z0-9]$")


async def merchant_create(viewer: Viewer, name: str, slug: str) -> Merchant:
    require_admin(viewer, Code)
    name = (name or "").strip()
    if not name or len(name) > 120:
        raise DomainError(Code.INVALID, "A merchant name has 1 to 120 characters.", "name")
    slug = (slug or "").strip().lower()
    if not SLUG_RE.match(slug):
        raise DomainError(
            Code.INVALID, "A slug has 3-80 lowercase letters, digits and dashes.", "slug"
        )
    if await Merchant.filter(slug=slug).exists():
        raise DomainError(Code.DUPLICATE_SLUG, "This slug is taken.", "slug")
    return await Merchant.create(name=name, slug=slug)


async def merchants(viewer: Viewer) -> list[Merchant]:
    """Admins see every merchant; staff their own."""
    scope = merchant_scope(viewer, None, Code)
    qs = Merchant.all() if scope is None else Merchant.filter(id=scope)
    return await qs.order_by("id")


async def get_merchant(merchant_id: int) -> Merchant | None:
    """Public merchant facts (name, slug) are shown on products to every viewer."""
    return await Merchant.get_or_none(id=merchant_id)


async def storefront_create(
    viewer: Viewer, code: str, name: str, policy: StorefrontPolicyName, currency: str = "CNY"
) -> Storefront:
    require_admin(viewer, Code)
    code = (code or "").strip().lower()
    if not SLUG_RE.match(code):
        raise DomainError(
            Code.INVALID, "A code has 3-40 lowercase letters, digits, dashes.", "code"
        )
    if await Storefront.filter(code=code).exists():
        raise DomainError(Code.DUPLICATE_SLUG, "This code is taken.", "code")
    return await Storefront.create(
        code=code, name=name.strip() or code, policy=policy, currency=currency
    )
