"""What every step of the checkout shares: its limits, the storefront's policy, the shipping
address as a customer gives it, and the numbers of new orders."""

from __future__ import annotations

import secrets
from datetime import datetime

from models.merchants import Storefront
from plugins.interfaces import StorefrontPolicy
from plugins.registry import get_registry
from resolvers.errors import CheckoutErrorCode as Code
from resolvers.errors import DomainError

MAX_LINES = 100
ADDRESS_FIELDS = ("name", "phone", "city", "street")
DIVISION_FIELDS = ("province", "provinceCode", "cityCode", "districtCode")  # GB/T 2260 codes


def policy_for(storefront: Storefront) -> StorefrontPolicy:
    return get_registry().policy(storefront.policy, storefront.settings)


def clean_address(address: dict, field: str = "address") -> dict:
    """The address with its known fields, stripped, or an error on ``field`` (the input's
    name: ``address`` as the cart's own mutation takes it)."""
    if not isinstance(address, dict):
        raise DomainError(Code.INVALID, "An address is an object.", field)
    cleaned = {}
    for key in (*ADDRESS_FIELDS, "district", "postalCode", "country", *DIVISION_FIELDS):
        value = address.get(key)
        if value is not None:
            if not isinstance(value, str) or len(value) > 200:
                raise DomainError(
                    Code.INVALID, "Address fields are text (max 200).", f"{field}.{key}"
                )
            cleaned[key] = value.strip()
    for key in ADDRESS_FIELDS:
        if not cleaned.get(key):
            raise DomainError(
                Code.ADDRESS_REQUIRED, f"The address needs a {key}.", f"{field}.{key}"
            )
    return cleaned


def new_number(prefix: str, now: datetime) -> str:
    """An order (group) number: the prefix, the date and ten random digits."""
    return f"{prefix}{now:%y%m%d}{secrets.randbelow(10**10):010d}"
