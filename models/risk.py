"""Risk control data: the blacklist and the log of decisions."""

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel


class BlacklistEntry(TimestampedModel):
    """One thing the blacklist rule refuses: a customer (by user id), an email, a phone number
    (E.164), a device id (the app's ``X-Device-Id``) or a delivery address (its normalised key,
    ``resolvers.administration.risk_admin.address_key``). Exactly one of them is set. An entry
    with ``expires_at`` in the past no longer refuses anyone (kept for the record)."""

    customer = fields.ForeignKeyField(
        "models.User", related_name="blacklist_entries", null=True, on_delete=fields.CASCADE
    )
    email = fields.CharField(max_length=254, null=True, db_index=True)
    phone = fields.CharField(max_length=20, null=True, db_index=True)
    device_id = fields.CharField(max_length=128, null=True, db_index=True)
    address_key = fields.CharField(max_length=64, null=True, db_index=True)
    reason = fields.CharField(max_length=200, default="")
    expires_at = fields.DatetimeField(null=True)
    created_by = fields.ForeignKeyField(
        "models.User", related_name="blacklist_entries_made", null=True, on_delete=fields.SET_NULL
    )

    class Meta:
        table = "risk_blacklist"
        indexes = (Index(fields=("customer_id",)), Index(fields=("created_by_id",)))


class RiskDecision(TimestampedModel):
    customer = fields.ForeignKeyField(
        "models.User", related_name="risk_decisions", on_delete=fields.CASCADE
    )
    storefront_id = fields.BigIntField()
    outcome = fields.CharField(max_length=24)
    reasons = fields.JSONField(default=list)

    class Meta:
        table = "risk_decision"
        indexes = (Index(fields=("customer_id",)),)
