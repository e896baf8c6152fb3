"""Checkout: the payment status enum, and the checkout, payment and promotion error types."""

from __future__ import annotations

import strawberry

from models.payments import PaymentStatus as PaymentStatusModel
from resolvers.errors import CheckoutErrorCode as Code
from resolvers.errors import PaymentErrorCode, PromotionErrorCode
from schema.base import error_type

CheckoutError = error_type(Code, "CheckoutError")
PaymentError = error_type(PaymentErrorCode, "PaymentError")
PromotionError = error_type(PromotionErrorCode, "PromotionError")
PaymentStatus = strawberry.enum(PaymentStatusModel, name="PaymentStatus")
