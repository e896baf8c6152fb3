"""The built-in risk rules, one module each. They run before any stock is touched.

Every rule reads its settings from ``RiskContext.config`` (the storefront policy's ``risk`` dict,
which ``Storefront.settings["risk"]`` may override) and falls back to the defaults documented in
its module. Every rule can be switched off with ``"<code>_enabled": false``.

- ``blacklist``: the customer's id or email is on the blacklist -> REJECT ``BLACKLISTED``
- ``frequent_cancellation``: many recent cancellations -> DEDUCT_ON_PAYMENT (or REJECT)
  ``FREQUENT_CANCELLATION``
- ``flash_sale_limit``: more flash-sale units than the per-customer limit -> REJECT
  ``LIMIT_EXCEEDED``
- ``order_rate``: too many orders in the last minute -> REJECT ``RATE_LIMITED``
"""

from __future__ import annotations

from plugins.interfaces import RiskRule
from plugins.risk.blacklist import BlacklistRule
from plugins.risk.flash_sale_limit import FlashSaleLimitRule
from plugins.risk.frequent_cancellation import FrequentCancellationRule
from plugins.risk.order_rate import OrderRateRule

__all__ = [
    "BlacklistRule",
    "FlashSaleLimitRule",
    "FrequentCancellationRule",
    "OrderRateRule",
    "builtin_rules",
]


def builtin_rules() -> list[RiskRule]:
    return [BlacklistRule(), OrderRateRule(), FlashSaleLimitRule(), FrequentCancellationRule()]
