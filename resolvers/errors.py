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
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    LAST_OWNER = "last_owner"


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


class AdministrationErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    OUT_OF_BOUNDS = "out_of_bounds"  # a setting outside what the storefront's policy allows
    UNKNOWN_RULE = "unknown_rule"


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


def clean_text(
    value: str | None, field: str, code: type[Enum], *, required: bool, limit: int
) -> str:
    """Free text from a request, stripped: INVALID if required and empty, or too long."""
    text = (value or "").strip()
    if required and not text:
        raise DomainError(code("invalid"), "This cannot be empty.", field)
    if len(text) > limit:
        raise DomainError(code("invalid"), f"At most {limit} characters.", field)
    return text


def recode(error: DomainError, enum: type[Enum]) -> DomainError:
    """The same error with its code taken from ``enum`` (shared codes have the same value)."""
    if isinstance(error.code, enum):
        return error
    return DomainError(enum(error.code.value), error.message, error.field)


def _extensions(self: DomainError) -> dict:
    """What a GraphQL error built from this carries (graphql-core reads ``extensions``)."""
    return {"code": self.code.name, "field": self.field}


DomainError.extensions = property(_extensions)  # type: ignore[attr-defined]


class CheckoutErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    QUANTITY_INVALID = "quantity_invalid"
    QUANTITY_LIMIT = "quantity_limit"
    NOT_LISTED = "not_listed"
    INSUFFICIENT_STOCK = "insufficient_stock"
    EMPTY_CART = "empty_cart"
    ADDRESS_REQUIRED = "address_required"
    PICKUP_POINT_REQUIRED = "pickup_point_required"
    SHIPPING_METHOD_INVALID = "shipping_method_invalid"
    CART_COMPLETED = "cart_completed"
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"
    SOLD_OUT = "sold_out"
    LIMIT_EXCEEDED = "limit_exceeded"
    FLASH_SALE_NOT_ACTIVE = "flash_sale_not_active"
    UNKNOWN_PROVIDER = "unknown_provider"
    CURRENCY_MISMATCH = "currency_mismatch"
    # risk refusals carry the rule's reason code
    BLACKLISTED = "blacklisted"
    FREQUENT_CANCELLATION = "frequent_cancellation"
    RATE_LIMITED = "rate_limited"
    RISK_REJECTED = "risk_rejected"
    # the address (typed or saved: ``resolvers.addresses``)
    INVALID_PHONE = "invalid_phone"
    INVALID_REGION = "invalid_region"
    REGION_MISMATCH = "region_mismatch"
    # delivery slots (docs/delivery-slots.md)
    SLOT_NOT_FOUND = "slot_not_found"
    SLOT_FULL = "slot_full"
    SLOT_CLOSED = "slot_closed"
    PROVIDER_NOT_CONFIGURED = "provider_not_configured"
    PROVIDER_UNAVAILABLE = "provider_unavailable"
    SHIPPING_REGION_NOT_SERVED = "shipping_region_not_served"  # a merchant's freight template
    PICKUP_POINT_FULL = "pickup_point_full"


class PaymentErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    UNKNOWN_PROVIDER = "unknown_provider"
    INVALID_CALLBACK = "invalid_callback"
    NOT_PAYABLE = "not_payable"
    PAYMENT_DEADLINE_PASSED = "payment_deadline_passed"
    CURRENCY_MISMATCH = "currency_mismatch"
    PROVIDER_NOT_CONFIGURED = "provider_not_configured"  # the storefront names no account
    PROVIDER_UNAVAILABLE = "provider_unavailable"  # the provider did not answer: try again


class OrderErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    INVALID_TRANSITION = "invalid_transition"
    CONCURRENT_UPDATE = "concurrent_update"
    READ_ONLY = "read_only"
    DUPLICATE_TRACKING_NUMBER = "duplicate_tracking_number"  # orderShip: a typed number taken
    # The storefront confirms by phone: record the call (orderConfirmationCallRecord).
    CONFIRMATION_CALL_REQUIRED = "confirmation_call_required"
    # The storefront's merchants ship through their own carrier accounts (shipmentCreate).
    OWN_CARRIER_ACCOUNT_REQUIRED = "own_carrier_account_required"
    INVALID_PHONE = "invalid_phone"  # orderUpdate's address (``resolvers.addresses``)
    INVALID_REGION = "invalid_region"
    REGION_MISMATCH = "region_mismatch"


class PromotionErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    INVALID_WINDOW = "invalid_window"
    INSUFFICIENT_STOCK = "insufficient_stock"


class WebhookErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    INVALID_URL = "invalid_url"
    URL_NOT_PUBLIC = "url_not_public"
    URL_UNRESOLVABLE = "url_unresolvable"
    UNKNOWN_EVENT_TYPE = "unknown_event_type"
    EVENT_TYPE_NOT_ALLOWED = "event_type_not_allowed"
    MERCHANT_NOT_IN_SCOPE = "merchant_not_in_scope"
    TOO_MANY_ENDPOINTS = "too_many_endpoints"
    DELIVERY_IN_PROGRESS = "delivery_in_progress"


class DispatchErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    INVALID_URL = "invalid_url"
    URL_NOT_PUBLIC = "url_not_public"
    URL_UNRESOLVABLE = "url_unresolvable"


class AftersalesErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    INVALID_TRANSITION = "invalid_transition"
    CONCURRENT_UPDATE = "concurrent_update"
    ORDER_NOT_ELIGIBLE = "order_not_eligible"
    WINDOW_CLOSED = "window_closed"
    CASE_TYPE_NOT_ALLOWED = "case_type_not_allowed"
    QUANTITY_INVALID = "quantity_invalid"
    EXCHANGE_VARIANT_INVALID = "exchange_variant_invalid"
    INSPECTION_MISMATCH = "inspection_mismatch"
    REFUND_TOO_LARGE = "refund_too_large"
    INSUFFICIENT_STOCK = "insufficient_stock"


class LogisticsErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    INVALID_TRANSITION = "invalid_transition"
    CONCURRENT_UPDATE = "concurrent_update"
    READ_ONLY = "read_only"
    UNKNOWN_PROVIDER = "unknown_provider"
    CARRIER_NOT_CONFIGURED = "carrier_not_configured"
    RANGE_EXHAUSTED = "range_exhausted"
    RANGE_OVERLAP = "range_overlap"
    DUPLICATE_TRACKING_NUMBER = "duplicate_tracking_number"
    OWN_CARRIER_ACCOUNT_REQUIRED = "own_carrier_account_required"
    CARRIER_UNAVAILABLE = "carrier_unavailable"  # the carrier refused or did not answer


class AddressErrorCode(Enum):
    """The address book's refusals (``resolvers.addresses``)."""

    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    REQUIRED = "required"
    INVALID_PHONE = "invalid_phone"
    INVALID_REGION = "invalid_region"
    REGION_MISMATCH = "region_mismatch"
    LIMIT_REACHED = "limit_reached"


class InsightErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    PERIOD_TOO_LONG = "period_too_long"


class SlotErrorCode(Enum):
    """Delivery slots: the calendar (rules) and the slots' listing."""

    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"


class TicketErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    INVALID_TRANSITION = "invalid_transition"
    CONCURRENT_UPDATE = "concurrent_update"
    TICKET_CLOSED = "ticket_closed"  # a closed ticket takes no message, no step
    TOO_MANY_OPEN_TICKETS = "too_many_open_tickets"
    AGENT_INVALID = "agent_invalid"  # ticketAssign: not a platform agent
    ORDER_REQUIRED = "order_required"  # ticketOpenCase on a ticket about no order
    CASE_ALREADY_OPEN = "case_already_open"
    # the refusals of opening the case (``resolvers.aftersales.case_open``), as they are
    ORDER_NOT_ELIGIBLE = "order_not_eligible"
    WINDOW_CLOSED = "window_closed"
    CASE_TYPE_NOT_ALLOWED = "case_type_not_allowed"
    QUANTITY_INVALID = "quantity_invalid"
    EXCHANGE_VARIANT_INVALID = "exchange_variant_invalid"


class ReviewErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    NOT_RECEIVED = "not_received"
    ALREADY_REVIEWED = "already_reviewed"
    ALREADY_REPLIED = "already_replied"
    ALREADY_HIDDEN = "already_hidden"


class FreightErrorCode(Enum):
    """Freight templates and carrier credentials."""

    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
    INVALID_REGION = "invalid_region"
    LIMIT_EXCEEDED = "limit_exceeded"
    UNKNOWN_PROVIDER = "unknown_provider"


class PickupErrorCode(Enum):
    INVALID = "invalid"
    NOT_FOUND = "not_found"
    PERMISSION_DENIED = "permission_denied"
    UNAUTHENTICATED = "unauthenticated"
