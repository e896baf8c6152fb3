"""The extension points. Each is a small interface a plugin implements; configuration selects.

Plugins may read models but never import ``schema``, ``resolvers`` or ``plaza``: what they need
arrives in the request objects below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Protocol, runtime_checkable

from models.aftersales import CaseType
from models.logistics import TrackingStatus
from models.orders import InventoryMode

# --- shipping -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteLine:
    variant_id: int
    quantity: int
    unit_price: Decimal
    weight_grams: int = 0


@dataclass(frozen=True)
class ShippingQuoteRequest:
    merchant_id: int
    storefront_code: str
    currency: str
    address: dict | None
    lines: tuple[QuoteLine, ...]
    subtotal: Decimal
    config: dict = field(default_factory=dict)  # the merchant's settings for this provider


@dataclass(frozen=True)
class ShippingRate:
    method_code: str  # unique over providers, e.g. "flat_rate:standard"
    name: str
    price: Decimal
    currency: str
    eta_days: int | None = None


class ShippingUnavailable(Exception):
    """A provider cannot ship these lines to this address (``code``: e.g. ``region_not_served``);
    the checkout refuses to place the merchant's order with that code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@runtime_checkable
class ShippingProvider(Protocol):
    code: str
    name: str

    async def quote(self, request: ShippingQuoteRequest) -> list[ShippingRate]:
        """The methods this provider offers for these lines and address, with prices."""
        ...


# --- carriers (shipments and tracking) ----------------------------------------------------------


@dataclass(frozen=True)
class ShipmentRequest:
    """A parcel to book with a carrier: one merchant order."""

    order_number: str
    tracking_number: str | None  # from the merchant's range, or typed by staff (manual)
    carrier_name: str
    sender: dict  # the merchant's name and the account's origin address
    recipient: dict  # the order's shipping address
    items: tuple[tuple[str, str, int], ...]  # (sku, product name, quantity)
    config: dict = field(default_factory=dict)  # the merchant's settings for this carrier


@dataclass(frozen=True)
class ShipmentLabel:
    tracking_number: str
    label_html: str  # a printable label (an HTML fragment)


@dataclass(frozen=True)
class TrackingUpdate:
    """One tracking event as a carrier reports it (pushed or polled)."""

    tracking_number: str
    event_id: str  # unique per event at the carrier; a repeat carries the same id
    status: TrackingStatus
    occurred_at: datetime
    description: str = ""
    location: str = ""


class CarrierRefused(Exception):
    """The carrier would not book the parcel (``code``: ``carrier_not_configured`` -- the
    merchant's account lacks a setting -- or ``carrier_unavailable``); nothing is shipped."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@runtime_checkable
class CarrierProvider(Protocol):
    code: str
    name: str
    uses_number_range: bool  # waybill numbers come from the merchant's range

    async def create_shipment(self, request: ShipmentRequest) -> ShipmentLabel: ...

    async def cancel_shipment(self, tracking_number: str, config: dict) -> bool: ...

    async def fetch_tracking(self, tracking_number: str, config: dict) -> list[TrackingUpdate]:
        """Poll the carrier (carriers that push may return nothing)."""
        ...

    def parse_push(self, headers: dict[str, str], body: bytes) -> list[TrackingUpdate]:
        """Verify and parse pushed events; raise InvalidCallback if not genuine."""
        ...

    # Optional, for carriers that push to one merchant's account (signed with its secrets):
    #   parse_account_push(headers, body, config) -> list[TrackingUpdate]  (``config``: the
    #     account's settings with its decrypted ``credentials``), and
    #   push_reply(ok, message) -> (HTTP status, JSON body) the carrier expects back;
    #   credential_fields: the names of the secrets it takes.


# --- payments -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentStartRequest:
    reference: str  # our payment reference: the provider echoes it in its callback
    amount: Decimal
    currency: str
    description: str
    return_url: str
    callback_url: str
    # The provider account (merchant keys) to pay with, named in the storefront's settings;
    # empty for providers that have none (the sandbox).
    account: str = ""
    expires_at: datetime | None = None  # the order's payment deadline


@dataclass(frozen=True)
class PaymentSession:
    pay_url: str  # a page the customer opens to pay
    qr_payload: str  # what a QR code for mobile wallets encodes
    provider_transaction_id: str | None = None


class NotificationStatus(StrEnum):
    SUCCEEDED = "succeeded"
    DECLINED = "declined"


@dataclass(frozen=True)
class PaymentNotification:
    """A verified callback from the provider."""

    reference: str
    provider_transaction_id: str
    status: NotificationStatus
    amount: Decimal
    currency: str
    notification_id: str  # unique per event at the provider; repeats carry the same id


@dataclass(frozen=True)
class RefundRequest:
    reference: str
    provider_transaction_id: str | None
    amount: Decimal
    currency: str
    reason: str
    refund_key: str  # idempotency key: the same refund asked twice happens once
    account: str = ""  # the account the payment was made with
    payment_amount: Decimal | None = None  # what the payment captured (WeChat Pay wants it)


@dataclass(frozen=True)
class RefundResult:
    succeeded: bool
    provider_refund_id: str | None = None
    error: str | None = None


class InvalidCallback(Exception):
    """The callback's signature, timestamp or body is not acceptable."""


@runtime_checkable
class PaymentProvider(Protocol):
    code: str
    name: str

    async def start(self, request: PaymentStartRequest) -> PaymentSession: ...

    def parse_callback(self, headers: dict[str, str], body: bytes) -> PaymentNotification:
        """Verify and parse a server-to-server callback; raise InvalidCallback if not genuine."""
        ...

    async def refund(self, request: RefundRequest) -> RefundResult: ...


class ProviderUnavailable(Exception):
    """The provider did not answer (timeout, connection refused) or answered nonsense."""


@dataclass(frozen=True)
class PaymentQuery:
    reference: str
    account: str = ""
    provider_transaction_id: str | None = None


@runtime_checkable
class QueryablePaymentProvider(PaymentProvider, Protocol):
    """A provider whose trades can be asked about: the query job settles payments whose
    notification never came."""

    async def query(self, request: PaymentQuery) -> PaymentNotification | None:
        """The trade's outcome once final (paid, or closed: declined); None while it is open or
        unknown at the provider; ``ProviderUnavailable`` when it does not answer."""
        ...


# --- risk ---------------------------------------------------------------------------------------


class RiskDecisionKind(StrEnum):
    ALLOW = "allow"
    DEDUCT_ON_PAYMENT = "deduct_on_payment"  # allow, but hold nothing at order time
    REJECT = "reject"


@dataclass(frozen=True)
class RiskLine:
    variant_id: int
    quantity: int
    flash_sale_id: int | None = None


@dataclass(frozen=True)
class RiskContext:
    customer_id: int
    customer_email: str
    storefront_id: int
    storefront_code: str
    lines: tuple[RiskLine, ...]
    now: datetime
    config: dict = field(default_factory=dict)  # the storefront's "risk" settings
    #: what the placement is also matched on by the blacklist ("" when not known): the
    #: recipient's phone (E.164), the app's device id, the delivery address's key
    phone: str = ""
    device_id: str = ""
    address_key: str = ""
    #: what the rules of one assessment read and share (e.g. one read of the customer's record
    #: that several rules need), so each read is made once
    memo: dict = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class RiskOutcome:
    decision: RiskDecisionKind
    reason_code: str  # e.g. "BLACKLISTED", "FREQUENT_CANCELLATION", "RATE_LIMITED"
    message: str = ""


@runtime_checkable
class RiskRule(Protocol):
    code: str

    async def evaluate(self, context: RiskContext) -> RiskOutcome | None:
        """None (or ALLOW) when the rule has nothing against the order."""
        ...


# --- storefront policies --------------------------------------------------------------------------


class Confirmer(StrEnum):
    ADMIN = "admin"
    MERCHANT = "merchant"
    GROUP_LEADER = "group_leader"
    AUTOMATIC = "automatic"


class FulfilmentMethod(StrEnum):
    COURIER = "courier"  # a carrier picks up and delivers
    OWN_FLEET = "own_fleet"
    PICKUP_POINT = "pickup_point"


@dataclass(frozen=True)
class StorefrontPolicy:
    """What a storefront decides about the order life. Storefront.settings may override fields."""

    code: str
    inventory_mode: InventoryMode
    payment_deadline: timedelta
    confirmers: frozenset[Confirmer]
    fulfilment_methods: frozenset[FulfilmentMethod]
    aftersales_window: timedelta
    case_types: frozenset[CaseType]
    auto_receive_after: timedelta  # SHIPPED -> DELIVERED when nobody said otherwise
    auto_complete_after: timedelta  # DELIVERED -> COMPLETED (aftersales window over)
    shipping_providers: tuple[str, ...] = ("flat_rate",)
    max_line_quantity: int = 99
    risk: dict = field(default_factory=dict)
    # The platform confirms each paid order by phoning the customer (seed 000's mall):
    # ``orderConfirm`` is refused; the call's outcome is recorded and confirms, or cancels.
    confirmation_call: bool = False
    # Merchants ship only through their own carrier accounts (``shipmentCreate``, batch
    # waybills), never with a typed carrier name and number (seed 003's marketplace).
    own_carrier_only: bool = False
    # A line received this long ago without a review gets a default positive review (the
    # marketplaces' rule); None: never (docs/reviews.md).
    default_review_after: timedelta | None = None

    @property
    def auto_confirm(self) -> bool:
        return Confirmer.AUTOMATIC in self.confirmers
