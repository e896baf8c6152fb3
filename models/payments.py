"""Payments of order groups, and refunds."""

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel, money_field


class PaymentStatus(StrEnum):
    PENDING = "pending"
    CAPTURED = "captured"
    DECLINED = "declined"
    REFUNDED = "refunded"  # fully refunded after capture


class RefundStatus(StrEnum):
    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class Payment(TimestampedModel):
    group = fields.ForeignKeyField(
        "models.OrderGroup", related_name="payments", on_delete=fields.CASCADE
    )
    provider = fields.CharField(max_length=40)
    # The provider account (merchant keys) it is paid through; "" for the sandbox.
    account = fields.CharField(max_length=60, default="")
    # Our reference sent to the provider; the callback names it.
    reference = fields.CharField(max_length=64, unique=True)
    provider_transaction_id = fields.CharField(max_length=128, null=True)
    amount = money_field()
    currency = fields.CharField(max_length=3)
    status = fields.CharEnumField(PaymentStatus, max_length=16, default=PaymentStatus.PENDING)
    captured_amount = money_field(default=0)
    refunded_amount = money_field(default=0)
    pay_url = fields.CharField(max_length=500, default="")
    qr_payload = fields.CharField(max_length=500, default="")
    captured_at = fields.DatetimeField(null=True)
    callbacks_received = fields.IntField(default=0)

    class Meta:
        table = "payment"
        # status + created_at: the query job's pending payments of the last days
        indexes = (Index(fields=("group_id",)), Index(fields=("status", "created_at")))


class Refund(TimestampedModel):
    payment = fields.ForeignKeyField(
        "models.Payment", related_name="refunds", on_delete=fields.CASCADE
    )
    order = fields.ForeignKeyField(
        "models.MerchantOrder", related_name="refunds", null=True, on_delete=fields.SET_NULL
    )
    amount = money_field()
    reason = fields.CharField(max_length=60)
    status = fields.CharEnumField(RefundStatus, max_length=16, default=RefundStatus.PENDING)
    provider_refund_id = fields.CharField(max_length=128, null=True)
    refunded_at = fields.DatetimeField(null=True)  # when the provider confirmed it
    # Makes "refund this order for this reason" idempotent.
    key = fields.CharField(max_length=120, unique=True)

    class Meta:
        table = "payment_refund"
        indexes = (Index(fields=("payment_id",)), Index(fields=("order_id",)))
