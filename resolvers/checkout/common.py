"""What every step of the checkout shares: its limits, the storefront's policy, the shipping
address as a customer gives it, and the numbers of new orders."""

from __future__ import annotations

import secrets
from datetime import datetime

from models.merchants import Storefront
from plugins.interfaces import StorefrontPolicy
from plugins.registry import get_registry
from resolvers.addresses import clean_shipping_address
from resolvers.errors import CheckoutErrorCode as Code

MAX_LINES = 100


def policy_for(storefront: Storefront) -> StorefrontPolicy:
    return get_registry().policy(storefront.policy, storefront.settings)


def clean_address(address: dict, field: str = "address") -> dict:
    """The address with its known fields, stripped, or an error on ``field`` (the input's
    name: ``address`` as the cart's own mutation takes it): ADDRESS_REQUIRED for a missing
    field, INVALID_PHONE, INVALID_REGION or REGION_MISMATCH (``resolvers.addresses``)."""
    return clean_shipping_address(address, Code, field, missing=Code.ADDRESS_REQUIRED)


def new_number(prefix: str, now: datetime) -> str:
    """An order (group) number: the prefix, the date and ten random digits."""
    return f"{prefix}{now:%y%m%d}{secrets.randbelow(10**10):010d}"
