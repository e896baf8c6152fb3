"""Descriptions of platform administration's types: storefront settings, risk control (see
``schema.descriptions``)."""

from __future__ import annotations

_CAPPED = "How many {}, latest first: at most 100 (a larger number is capped)."

DESCRIPTIONS: dict[str, str] = {
    # storefront settings
    "StorefrontSettings.storefrontId": "The storefront's global ID.",
    "StorefrontSettings.policy": "The storefront's policy code (`mall`, `grocery`...).",
    "StorefrontSettings.paymentDeadlineMinutes": (
        "Minutes a placed checkout may stay unpaid before its orders are cancelled."
    ),
    "StorefrontSettings.inventoryMode": "When new orders take their stock.",
    "StorefrontSettings.confirmers": "Who confirms a paid order.",
    "StorefrontSettings.aftersalesWindowDays": (
        "Days after delivery during which aftersales cases may be opened."
    ),
    "StorefrontSettings.caseTypes": "The aftersales case types the storefront takes.",
    "StorefrontSettings.autoReceiveDays": (
        "Days after shipping after which an order not yet delivered counts as received."
    ),
    "StorefrontSettings.autoCompleteDays": (
        "Days after delivery after which an order with no open case is completed."
    ),
    "StorefrontSettings.allowedConfirmers": "The confirmers the policy allows setting.",
    "StorefrontSettings.allowedCaseTypes": "The case types the policy allows setting.",
    "StorefrontSettingsChange.at": "When the change was made.",
    "StorefrontSettingsChange.actorId": "The User who made it; null when unknown.",
    "StorefrontSettingsChange.before": "The settings overrides before the change.",
    "StorefrontSettingsChange.after": "The settings overrides after the change.",
    "StorefrontSettingsInput.paymentDeadlineMinutes": "Minutes to pay after placing.",
    "StorefrontSettingsInput.inventoryMode": "When new orders take their stock.",
    "StorefrontSettingsInput.confirmers": "Who confirms a paid order (the policy's allowed).",
    "StorefrontSettingsInput.aftersalesWindowDays": "Days after delivery to open cases.",
    "StorefrontSettingsInput.caseTypes": "The case types taken (the policy's allowed).",
    "StorefrontSettingsInput.autoReceiveDays": "Days after shipping until automatic receipt.",
    "StorefrontSettingsInput.autoCompleteDays": "Days after delivery until completion.",
    "OrderConfirmer": "Who may confirm a storefront's paid orders.",
    "OrderConfirmer.ADMIN": "Platform staff.",
    "OrderConfirmer.MERCHANT": "The seller's staff with the orders role.",
    "OrderConfirmer.GROUP_LEADER": "The pickup point's group leader.",
    "OrderConfirmer.AUTOMATIC": "The platform, as soon as the order is paid.",
    "AdministrationErrorCode.OUT_OF_BOUNDS": (
        "A setting outside what the storefront's policy allows."
    ),
    "AdministrationErrorCode.UNKNOWN_RULE": "No risk rule has this code.",
    # risk control
    "RiskRuleSettingsInput.storefront": "The storefront's global ID.",
    "RiskRuleSettingsInput.rule": (
        "The rule's code: `blacklist`, `frequent_cancellation`, `flash_sale_limit`, `order_rate`."
    ),
    "RiskRuleSettingsInput.enabled": "Switch the rule on or off on this storefront.",
    "BlacklistKind": "What a blacklist entry matches.",
    "BlacklistKind.CUSTOMER": "A customer account.",
    "BlacklistKind.EMAIL": "An email address.",
    "BlacklistKind.PHONE": "A phone number (E.164).",
    "BlacklistKind.DEVICE": "A device, by the app's `X-Device-Id` header.",
    "BlacklistKind.ADDRESS": "A delivery address (its place fields, case- and space-folded).",
    "BlacklistEntry.kind": "What the entry matches.",
    "BlacklistEntry.customerId": "The customer's User ID (CUSTOMER entries).",
    "BlacklistEntry.email": "The email (EMAIL entries).",
    "BlacklistEntry.phone": "The phone in E.164 (PHONE entries).",
    "BlacklistEntry.deviceId": "The device ID (DEVICE entries).",
    "BlacklistEntry.addressKey": "The address's hashed key (ADDRESS entries).",
    "BlacklistEntry.reason": "Why it was added.",
    "BlacklistEntry.expiresAt": "When it stops applying; null: never.",
    "BlacklistEntry.active": "Whether it applies now.",
    "BlacklistAddInput.kind": "What the entry matches.",
    "BlacklistAddInput.customer": "CUSTOMER entries: the customer's User ID.",
    "BlacklistAddInput.reason": "Why (required).",
    "BlacklistAddInput.expiresAt": "When it stops applying; none: never.",
    "RiskRefusal.customerId": "The customer's User ID.",
    "RiskRefusal.storefrontId": "The storefront's global ID.",
    "RiskRefusal.outcome": "The decision: `reject`, or `deduct_on_payment` (placed, no hold).",
    "RiskRefusal.reasons": "The rules' reason codes (`BLACKLISTED`, `RATE_LIMITED`...).",
    "RiskRefusal.at": "When the checkout was refused.",
    # root fields
    "Mutation.storefrontSettingsUpdate(storefront)": "The storefront's global ID.",
    "Mutation.blacklistRemove(id)": "The entry's ID.",
    "Query.storefrontSettings(storefront)": "The storefront's global ID.",
    "Query.storefrontSettingsHistory(storefront)": "The storefront's global ID.",
    "Query.blacklistEntries(activeOnly)": "Only entries that apply now.",
    "Query.riskRefusals(storefront)": "Only this storefront's refusals.",
    "Query.riskRefusals(reason)": "Only refusals with this reason code.",
    "Query.storefrontSettingsHistory(first)": _CAPPED.format("changes"),
    "Query.blacklistEntries(first)": _CAPPED.format("entries"),
    "Query.riskRefusals(first)": _CAPPED.format("refusals"),
}
