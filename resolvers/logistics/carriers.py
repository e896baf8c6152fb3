"""The carrier plugins (``plugins.interfaces.CarrierProvider``) as the use cases see them."""

from __future__ import annotations

from plugins.interfaces import CarrierProvider
from plugins.registry import get_registry
from resolvers.errors import DomainError, LogisticsErrorCode, clean_text

Code = LogisticsErrorCode

#: The carrier whose name and tracking number are typed by the merchant.
MANUAL = "manual"


def provider_for(code: str, field: str = "provider") -> CarrierProvider:
    provider = get_registry().carriers.get(code)
    if provider is None:
        known = ", ".join(sorted(get_registry().carriers))
        raise DomainError(Code.UNKNOWN_PROVIDER, f"No carrier '{code}' (known: {known}).", field)
    return provider


def providers() -> list[CarrierProvider]:
    return sorted(get_registry().carriers.values(), key=lambda p: p.code)


def text(value: str | None, field: str, *, required: bool, limit: int) -> str:
    """A typed name or number, cleaned and checked against ``limit``."""
    return clean_text(value, field, Code, required=required, limit=limit)
