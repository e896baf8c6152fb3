"""Merchants, storefronts, warehouses and pickup points."""

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel


class MerchantStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


class StorefrontPolicyName(StrEnum):
    MALL = "mall"
    GROCERY = "grocery"
    GROUPBUY = "groupbuy"
    MARKETPLACE = "marketplace"


class Merchant(TimestampedModel):
    name = fields.CharField(max_length=120)
    slug = fields.CharField(max_length=80, unique=True)
    status = fields.CharEnumField(MerchantStatus, max_length=16, default=MerchantStatus.ACTIVE)
    webhook_url = fields.CharField(max_length=500, null=True)
    webhook_secret = fields.CharField(max_length=128, null=True)

    class Meta:
        table = "merchant"


class Storefront(TimestampedModel):
    code = fields.CharField(max_length=40, unique=True)
    name = fields.CharField(max_length=120)
    policy = fields.CharEnumField(StorefrontPolicyName, max_length=24)
    currency = fields.CharField(max_length=3, default="CNY")
    # Per-storefront overrides of the policy's defaults (payment deadline, windows, ...).
    settings = fields.JSONField(default=dict)

    class Meta:
        table = "storefront"


class Warehouse(TimestampedModel):
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="warehouses", on_delete=fields.CASCADE
    )
    code = fields.CharField(max_length=40)
    name = fields.CharField(max_length=120)
    address = fields.JSONField(default=dict)

    class Meta:
        table = "warehouse"
        unique_together = (("merchant", "code"),)


class PickupPoint(TimestampedModel):
    """A community group-buy pickup point, owned by its group leader.

    ``address`` has the address keys of the checkout (``province``, ``city``, ``district``,
    ``street``, the GB/T 2260 ``provinceCode``/``cityCode``/``districtCode``); ``city_code`` and
    ``community`` are copied out of it into columns so "points near me" reads an index.
    ``opening_hours``: ``[{"weekday": 1..7, "opens": "HH:MM", "closes": "HH:MM"}]``.
    ``capacity_per_day``: how many orders the point takes a day (None: no limit)."""

    storefront = fields.ForeignKeyField(
        "models.Storefront", related_name="pickup_points", on_delete=fields.CASCADE
    )
    leader = fields.ForeignKeyField(
        "models.User", related_name="pickup_points", on_delete=fields.RESTRICT
    )
    name = fields.CharField(max_length=120)
    address = fields.JSONField(default=dict)
    community = fields.CharField(max_length=120, default="")
    city_code = fields.CharField(max_length=12, default="")
    opening_hours = fields.JSONField(null=True)  # None: not given
    capacity_per_day = fields.IntField(null=True)
    latitude = fields.FloatField(null=True)
    longitude = fields.FloatField(null=True)
    active = fields.BooleanField(default=True)

    class Meta:
        table = "pickup_point"
        indexes = (
            Index(fields=("leader_id",)),
            Index(fields=("storefront_id",)),
            # a storefront's points in a city, and in a community (customers choosing one)
            Index(fields=("storefront_id", "city_code")),
            Index(fields=("storefront_id", "community")),
        )
