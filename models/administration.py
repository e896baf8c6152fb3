"""Platform administration's record: every change of a storefront's settings."""

from tortoise import fields
from tortoise.indexes import Index

from models.base import TimestampedModel


class StorefrontSettingsChange(TimestampedModel):
    """Who changed a storefront's settings, when, and the settings before and after (the
    overrides as stored on ``Storefront.settings``: the policy's defaults are not repeated)."""

    storefront = fields.ForeignKeyField(
        "models.Storefront", related_name="settings_changes", on_delete=fields.CASCADE
    )
    actor = fields.ForeignKeyField(
        "models.User",
        related_name="storefront_settings_changes",
        null=True,
        on_delete=fields.SET_NULL,
    )
    before = fields.JSONField(default=dict)
    after = fields.JSONField(default=dict)

    class Meta:
        table = "storefront_settings_change"
        indexes = (Index(fields=("storefront_id", "id")), Index(fields=("actor_id",)))
