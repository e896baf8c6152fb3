"""Descriptions of the merchants module's types (see ``schema.descriptions``)."""

from __future__ import annotations

DESCRIPTIONS: dict[str, str] = {
    "MerchantCreateInput.name": "The merchant's display name.",
    "MerchantCreateInput.slug": (
        "Unique URL name: 3 to 80 lowercase letters, digits and dashes (stored lowercase)."
    ),
    "StorefrontCreateInput.code": (
        "Unique code: 3 to 40 lowercase letters, digits and dashes (stored lowercase)."
    ),
    "StorefrontCreateInput.name": "The display name; the code when empty.",
    "StorefrontCreateInput.policy": "The built-in policy deciding the storefront's order life.",
    "StorefrontCreateInput.currency": "ISO 4217 code the storefront sells in; `CNY` by default.",
    "Mutation.merchantCreate": "Register a new merchant (platform admins).",
    "Mutation.storefrontCreate": "Open a new storefront (platform admins).",
}
