"""People and API clients: customers, staff, admins, group leaders, couriers, partners."""

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

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


class StaffInvitation(TimestampedModel):
    """An invitation to join a merchant's staff, accepted by the invitee with its token.

    Only the SHA-256 digest of the token is stored (it is a 256-bit random secret, like an API
    key). One pending invitation per merchant and email: inviting again replaces it."""

    merchant = fields.ForeignKeyField(
        "models.Merchant", related_name="staff_invitations", on_delete=fields.CASCADE
    )
    email = fields.CharField(max_length=254)
    roles = fields.JSONField(default=list)
    invited_by = fields.ForeignKeyField(
        "models.User", related_name="sent_invitations", null=True, on_delete=fields.SET_NULL
    )
    token_hash = fields.CharField(max_length=64, unique=True)
    expires_at = fields.DatetimeField()
    accepted_at = fields.DatetimeField(null=True)
    accepted_by = fields.ForeignKeyField(
        "models.User", related_name="accepted_invitations", null=True, on_delete=fields.SET_NULL
    )

    class Meta:
        table = "account_staff_invitation"
        indexes = (
            Index(fields=("merchant_id", "email")),
            Index(fields=("invited_by_id",)),
            Index(fields=("accepted_by_id",)),
        )


class RefreshToken(TimestampedModel):
    """One issued refresh token (its ``jti``), in the family of the sign-in it descends from.

    A refresh token is used once: refreshing marks it ``used_at`` and issues the next one of the
    family. Presenting a used token again means it leaked: the whole family is revoked."""

    jti = fields.CharField(max_length=32, unique=True)
    family = fields.CharField(max_length=32)
    user = fields.ForeignKeyField(
        "models.User", related_name="refresh_tokens", on_delete=fields.CASCADE
    )
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "account_refresh_token"
        indexes = (Index(fields=("family",)), Index(fields=("user_id",)))


class AttemptKind(StrEnum):
    SIGN_IN = "sign_in"
    REGISTER = "register"


class AttemptState(StrEnum):
    PENDING = "pending"  # admitted, the password is being checked
    FAILED = "failed"
    SUCCEEDED = "succeeded"


class AuthAttempt(Model):
    """One admitted sign-in or registration attempt, as the throttle remembers it.

    See ``resolvers.accounts.throttle``. Kept in the database so that every API process counts
    the same attempts; rows older than the longest window are pruned."""

    id = fields.BigIntField(primary_key=True)
    created_at = fields.DatetimeField()
    kind = fields.CharEnumField(AttemptKind, max_length=16)
    state = fields.CharEnumField(AttemptState, max_length=16, default=AttemptState.PENDING)
    email = fields.CharField(max_length=254)
    address = fields.CharField(max_length=64)

    class Meta:
        table = "account_auth_attempt"
        indexes = (
            Index(fields=("email", "kind", "created_at")),
            Index(fields=("address", "created_at")),
            Index(fields=("created_at",)),
        )
