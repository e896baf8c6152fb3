"""Risk control data: the blacklist and the log of decisions."""

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel


class BlacklistEntry(TimestampedModel):
    """A customer (by user id) or an email refused by the blacklist rule."""

    customer = fields.ForeignKeyField(
        "models.User", related_name="blacklist_entries", null=True, on_delete=fields.CASCADE
    )
    email = fields.CharField(max_length=254, null=True, db_index=True)
    reason = fields.CharField(max_length=200, default="")

    class Meta:
        table = "risk_blacklist"
        indexes = (Index(fields=("customer_id",)),)


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
