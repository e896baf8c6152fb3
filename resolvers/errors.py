"""Domain errors and the per-domain error codes the API exposes as enums."""

from __future__ import annotations

from enum import Enum


class CommonErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    GRAPHQL_ERROR = "graphql_error"


class AccountErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    EMAIL_TAKEN = "email_taken"
    INVALID_CREDENTIALS = "invalid_credentials"
    INVALID_TOKEN = "invalid_token"
    PASSWORD_TOO_SHORT = "password_too_short"
    ALREADY_STAFF = "already_staff"


class CatalogErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    DUPLICATE_SKU = "duplicate_sku"
    DUPLICATE_SLUG = "duplicate_slug"
    NEGATIVE_PRICE = "negative_price"
    CURRENCY_MISMATCH = "currency_mismatch"


class InventoryErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    NEGATIVE_QUANTITY = "negative_quantity"
    BELOW_RESERVED = "below_reserved"
    DUPLICATE_CODE = "duplicate_code"


class MerchantErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    DUPLICATE_SLUG = "duplicate_slug"


class DomainError(Exception):
    """A refusal a client can act on: a code from its domain's enum, a field and a message.

    Raised inside a transaction it rolls everything back, so a refused request changes nothing.
    """

    def __init__(self, code: Enum, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field

    def __repr__(self) -> str:
        return f"DomainError({self.code}, {self.message!r}, field={self.field!r})"


def recode(error: DomainError, enum: type[Enum]) -> DomainError:
    """The same error with its code taken from ``enum`` (shared codes have the same value)."""
    if isinstance(error.code, enum):
        return error
    return DomainError(enum(error.code.value), error.message, error.field)


def _extensions(self: DomainError) -> dict:
    """What a GraphQL error built from this carries (graphql-core reads ``extensions``)."""
    return {"code": self.code.name, "field": self.field}


DomainError.extensions = property(_extensions)  # type: ignore[attr-defined]
