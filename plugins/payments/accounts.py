"""Provider accounts: the merchant keys a real payment provider is called with.

``registry.config["payment_accounts"]`` maps an account name to its settings (a mapping with a
``provider`` key: ``alipay`` or ``wechatpay``, and that provider's keys, see
``plugins.payments.alipay`` and ``plugins.payments.wechatpay``). The app fills it from
``PLAZA_PAYMENT_ACCOUNTS`` (or, outside production, with development accounts pointing at the
local fake gateways: ``plaza.payment_accounts``). A storefront names the account it is paid
with per provider in its settings: ``{"payment_accounts": {"alipay": "<account name>"}}``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal


class UnknownAccount(LookupError):
    """No account of that name for that provider."""


def accounts(config: Mapping) -> Mapping[str, Mapping]:
    return config.get("payment_accounts") or {}


def account(config: Mapping, provider: str, name: str) -> Mapping:
    """The settings of the account ``name`` of ``provider``, or ``UnknownAccount``."""
    found = accounts(config).get(name) if name else None
    if not found or found.get("provider") != provider:
        raise UnknownAccount(f"no {provider} account '{name}'")
    return found


def accounts_of(config: Mapping, provider: str) -> list[tuple[str, Mapping]]:
    return [(n, a) for n, a in accounts(config).items() if a.get("provider") == provider]


def storefront_account(settings: Mapping | None, provider: str) -> str:
    """The account a storefront's settings name for ``provider`` ("" when none)."""
    named = (settings or {}).get("payment_accounts") or {}
    value = named.get(provider) if isinstance(named, Mapping) else None
    return value if isinstance(value, str) else ""


def refund_number(refund_key: str) -> str:
    """A provider-safe, deterministic refund number for our refund key (both providers take
    letters and digits; WeChat Pay at most 64 characters)."""
    return "rf" + hashlib.sha256(refund_key.encode()).hexdigest()[:30]


def to_fen(amount: Decimal) -> int:
    """Yuan (two decimals) to fen, as WeChat Pay counts."""
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_fen(value: object) -> Decimal:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("an amount in fen is a non-negative integer")
    return (Decimal(value) / 100).quantize(Decimal("0.01"))
