"""People and API clients: customers, staff, admins, group leaders, couriers, partners."""

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel


class PlatformRole(StrEnum):
    NONE = "none"
    ADMIN = "admin"
    CUSTOMER_SERVICE = "customer_service"


class StaffRole(StrEnum):
    OWNER = "owner"
    CATALOG = "catalog"
    ORDERS = "orders"
    WAREHOUSE = "warehouse"
    LOGISTICS = "logistics"
    CUSTOMER_SERVICE = "customer_service"


class User(TimestampedModel):
    email = fields.CharField(max_length=254, unique=True)
    password_hash = fields.CharField(max_length=255)
    full_name = fields.CharField(max_length=120, default="")
    is_active = fields.BooleanField(default=True)
    platform_role = fields.CharEnumField(PlatformRole, max_length=32, default=PlatformRole.NONE)
    # Bumped to revoke every token issued before (password change, sign-out everywhere).
    token_version = fields.IntField(default=0)

    class Meta:
        table = "account_user"


class MerchantStaff(TimestampedModel):
    """A user's membership of exactly one merchant, with the roles they hold there."""

    user = fields.OneToOneField("models.User", related_name="staff", on_delete=fields.CASCADE)
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="staff", on_delete=fields.CASCADE
    )
    roles = fields.JSONField(default=list)

    class Meta:
        table = "account_merchant_staff"
        indexes = (Index(fields=("merchant_id",)),)


class Courier(TimestampedModel):
    """An own-fleet courier, optionally working for one merchant."""

    user = fields.OneToOneField("models.User", related_name="courier", on_delete=fields.CASCADE)
    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="couriers", null=True, on_delete=fields.SET_NULL
    )

    class Meta:
        table = "account_courier"
        indexes = (Index(fields=("merchant_id",)),)


class Partner(TimestampedModel):
    name = fields.CharField(max_length=120)

    class Meta:
        table = "account_partner"


class PartnerKey(TimestampedModel):
    """An API key. Only its SHA-256 digest is stored; the secret is shown once at creation.

    SHA-256 (not argon2) because keys are 256-bit random secrets checked on every request:
    a slow hash protects low-entropy passwords, not random keys.
    """

    partner = fields.ForeignKeyField(
        "models.Partner", related_name="keys", on_delete=fields.CASCADE
    )
    prefix = fields.CharField(max_length=16, unique=True)
    key_hash = fields.CharField(max_length=64)
    merchant_ids = fields.JSONField(default=list)
    event_types = fields.JSONField(default=list)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "account_partner_key"
        indexes = (Index(fields=("partner_id",)),)
