"""Freight (shipping rate) templates: what a merchant charges to ship, by destination region.

The Chinese marketplaces' 运费模板: a template prices by weight (kg) or by piece count -- a first
unit at one price and each additional unit (or part of one) at another -- with rules for regions
(GB/T 2260 division codes: a city rule beats a province rule, which beats the template's own
default), free shipping over an amount (everywhere, or in some regions), and regions it does not
serve. A merchant has several; a product names one, or takes the merchant's default.

Rules are JSON on the template row (a handful per template), so a cart's templates come with
its lines in the statement that already reads them (``models.repository.checkout``).
"""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel, money_field


class FreightBasis(StrEnum):
    WEIGHT = "weight"  # units are kilograms
    PIECE = "piece"  # units are items


class ShippingTemplate(TimestampedModel):
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="shipping_templates", on_delete=fields.CASCADE
    )
    name = fields.CharField(max_length=80)
    basis = fields.CharEnumField(FreightBasis, max_length=12, default=FreightBasis.PIECE)
    is_default = fields.BooleanField(default=False)  # the merchant's default (at most one)
    first_unit = fields.DecimalField(max_digits=10, decimal_places=3)
    first_price = money_field()
    additional_unit = fields.DecimalField(max_digits=10, decimal_places=3)
    additional_price = money_field()
    free_over = money_field(null=True)  # a subtotal from which shipping is free, everywhere
    # [{"regions": ["330000", "310100"], "firstUnit": "1", "firstPrice": "6.00",
    #   "additionalUnit": "1", "additionalPrice": "2.00", "freeOver": "59.00" | null}, ...]
    rules = fields.JSONField(default=list)
    unserved = fields.JSONField(default=list)  # division codes not delivered to
    eta_days = fields.IntField(null=True)

    class Meta:
        table = "logistics_shipping_template"
        indexes = (Index(fields=("merchant_id", "is_default")),)
