"""Aftersales cases (work orders) on a merchant order: returns, refunds, exchanges, reships.

The case state machine is data, like the order's: ``CASE_TRANSITIONS`` maps (from, to) to the
parties that may make the move; ``resolvers.aftersales`` enforces it with a conditional UPDATE on
(status, version) and writes each step to the order's history.

    REQUESTED -> APPROVED         refund only, reship: nothing comes back
    REQUESTED -> AWAITING_RETURN  return and refund, exchange: the goods come back first
    REQUESTED -> REJECTED
    AWAITING_RETURN -> RECEIVED -> INSPECTED   each returned unit restocked or written off
    APPROVED | INSPECTED -> RESOLVED           refunded, or a replacement order created
    REQUESTED | APPROVED | AWAITING_RETURN -> CLOSED   withdrawn (nothing happened)
    REJECTED | RESOLVED -> CLOSED
"""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel, money_field


class CaseType(StrEnum):
    RETURN_AND_REFUND = "return_and_refund"
    REFUND_ONLY = "refund_only"  # compensation: nothing comes back
    EXCHANGE = "exchange"  # goods back, the same or another variant of the product sent out
    RESHIP = "reship"  # missing or damaged items sent again: nothing comes back


#: Case types where the goods come back to the merchant before the case is resolved.
RETURN_TYPES = frozenset({CaseType.RETURN_AND_REFUND, CaseType.EXCHANGE})
#: Case types resolved with money; the others with a replacement order.
REFUND_TYPES = frozenset({CaseType.RETURN_AND_REFUND, CaseType.REFUND_ONLY})


class CaseStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    AWAITING_RETURN = "awaiting_return"
    RECEIVED = "received"
    INSPECTED = "inspected"
    REJECTED = "rejected"
    RESOLVED = "resolved"
    CLOSED = "closed"


class CaseResolution(StrEnum):
    REFUNDED = "refunded"
    REPLACED = "replaced"  # a replacement order was created (it ships on its own)
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class CaseParty(StrEnum):
    """Who may move a case: the kinds of party the transition table names."""

    CUSTOMER = "customer"  # the order's customer
    MERCHANT = "merchant"  # the order's merchant's staff (roles per operation)
    PLATFORM = "platform"  # platform admin or customer service


#: The step (besides the status changes) a case's history and outbox events name.
RETURN_SHIPPED = "return_shipped"
#: Outbox topics of cases: ``aftersales.<status>`` (``requested`` when one opens) and
#: ``aftersales.return_shipped`` (the customer sent the goods back).
CASE_TOPICS: tuple[str, ...] = (
    *(f"aftersales.{s.value}" for s in CaseStatus),
    f"aftersales.{RETURN_SHIPPED}",
)

#: Cases in these statuses are open: they hold the order's completion back.
OPEN_STATUSES = frozenset(
    {
        CaseStatus.REQUESTED,
        CaseStatus.APPROVED,
        CaseStatus.AWAITING_RETURN,
        CaseStatus.RECEIVED,
        CaseStatus.INSPECTED,
    }
)

C = CaseStatus
P = CaseParty
CASE_TRANSITIONS: dict[tuple[CaseStatus, CaseStatus], frozenset[CaseParty]] = {
    (C.REQUESTED, C.APPROVED): frozenset({P.MERCHANT, P.PLATFORM}),
    (C.REQUESTED, C.AWAITING_RETURN): frozenset({P.MERCHANT, P.PLATFORM}),
    (C.REQUESTED, C.REJECTED): frozenset({P.MERCHANT, P.PLATFORM}),
    (C.AWAITING_RETURN, C.RECEIVED): frozenset({P.MERCHANT, P.PLATFORM}),
    (C.RECEIVED, C.INSPECTED): frozenset({P.MERCHANT, P.PLATFORM}),
    (C.APPROVED, C.RESOLVED): frozenset({P.MERCHANT, P.PLATFORM}),
    (C.INSPECTED, C.RESOLVED): frozenset({P.MERCHANT, P.PLATFORM}),
    (C.REQUESTED, C.CLOSED): frozenset({P.CUSTOMER, P.PLATFORM}),
    (C.APPROVED, C.CLOSED): frozenset({P.CUSTOMER, P.PLATFORM}),
    (C.AWAITING_RETURN, C.CLOSED): frozenset({P.CUSTOMER, P.PLATFORM}),
    (C.REJECTED, C.CLOSED): frozenset({P.CUSTOMER, P.PLATFORM}),
    (C.RESOLVED, C.CLOSED): frozenset({P.CUSTOMER, P.PLATFORM}),
}
del C, P


def case_allowed(current: CaseStatus, target: CaseStatus, party: CaseParty) -> bool:
    return party in CASE_TRANSITIONS.get((current, target), frozenset())


class AftersalesCase(TimestampedModel):
    """A case on one merchant order, for some units of some of its lines."""

    number = fields.CharField(max_length=32, unique=True)
    order = fields.ForeignKeyField(
        "models.MerchantOrder", related_name="aftersales_cases", on_delete=fields.RESTRICT
    )
    # Copied from the order so that lists per merchant / customer are one index range.
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="aftersales_cases", on_delete=fields.RESTRICT
    )
    customer = fields.ForeignKeyField(
        "models.User", related_name="aftersales_cases", on_delete=fields.RESTRICT
    )
    type = fields.CharEnumField(CaseType, max_length=24)
    status = fields.CharEnumField(CaseStatus, max_length=24, default=CaseStatus.REQUESTED)
    resolution = fields.CharEnumField(CaseResolution, max_length=16, null=True)
    version = fields.IntField(default=0)
    reason = fields.CharField(max_length=500)
    opened_by = fields.CharEnumField(CaseParty, max_length=16)
    opened_by_user_id = fields.BigIntField(null=True)
    rejection_reason = fields.CharField(max_length=300, default="")
    # What the customer asked for back (refund types); the refund actually made.
    requested_amount = money_field(default=0)
    refunded_amount = money_field(default=0)
    currency = fields.CharField(max_length=3)
    # The goods on their way back (return types): entered by the customer.
    return_carrier = fields.CharField(max_length=80, null=True)
    return_tracking_number = fields.CharField(max_length=80, null=True)
    # Exchange / reship: the order that sends the goods out again.
    replacement_order = fields.ForeignKeyField(
        "models.MerchantOrder",
        related_name="replacing_cases",
        null=True,
        on_delete=fields.SET_NULL,
    )
    approved_at = fields.DatetimeField(null=True)
    received_at = fields.DatetimeField(null=True)
    inspected_at = fields.DatetimeField(null=True)
    resolved_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "aftersales_case"
        indexes = (
            Index(fields=("order_id",)),
            Index(fields=("merchant_id", "status", "created_at")),
            Index(fields=("customer_id", "created_at")),
            Index(fields=("replacement_order_id",)),
        )


class AftersalesCaseLine(TimestampedModel):
    """Units of one order line in a case; for returned goods, what inspection made of them."""

    case = fields.ForeignKeyField(
        "models.AftersalesCase", related_name="lines", on_delete=fields.CASCADE
    )
    order_line = fields.ForeignKeyField(
        "models.OrderLine", related_name="aftersales_lines", on_delete=fields.RESTRICT
    )
    quantity = fields.IntField()
    # Exchange: the variant sent instead (same product); None means the same variant.
    exchange_variant = fields.ForeignKeyField(
        "models.Variant", related_name="exchange_lines", null=True, on_delete=fields.RESTRICT
    )
    restocked = fields.IntField(default=0)
    written_off = fields.IntField(default=0)

    class Meta:
        table = "aftersales_case_line"
        indexes = (
            Index(fields=("case_id",)),
            Index(fields=("order_line_id",)),
            Index(fields=("exchange_variant_id",)),
        )
