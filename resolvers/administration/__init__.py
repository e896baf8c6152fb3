"""Platform administration: a storefront's settings within its policy's bounds (every change
recorded), and risk control's blacklist, rule settings and recent refusals. Platform staff
read; platform admins change."""

from resolvers.administration.risk_admin import (
    RULE_SETTINGS,
    blacklist_add,
    blacklist_entries,
    blacklist_remove,
    risk_refusals,
    risk_settings_update,
)
from resolvers.administration.storefront_settings import (
    BOUNDS,
    SettingsChange,
    effective_settings,
    settings_history,
    storefront_for_staff,
    storefront_settings_update,
)

__all__ = [
    "BOUNDS",
    "RULE_SETTINGS",
    "SettingsChange",
    "blacklist_add",
    "blacklist_entries",
    "blacklist_remove",
    "effective_settings",
    "risk_refusals",
    "risk_settings_update",
    "settings_history",
    "storefront_for_staff",
    "storefront_settings_update",
]
