"""Demo data for payments: the mall is paid through Alipay and the grocery through WeChat Pay,
with the development accounts (``plaza.payment_accounts``: the app's own fake gateways, so
``make serve`` needs nothing else). Every storefront keeps the sandbox too."""

from __future__ import annotations

from models.merchants import Storefront
from plaza.payment_accounts import DEV_ALIPAY, DEV_WECHATPAY

ACCOUNTS = {"mall": {"alipay": DEV_ALIPAY}, "grocery": {"wechatpay": DEV_WECHATPAY}}


async def write_payment_accounts() -> None:
    """Name the accounts in those storefronts' settings (kept if set already)."""
    for storefront in await Storefront.filter(code__in=list(ACCOUNTS)).order_by("id"):
        settings = dict(storefront.settings or {})
        if "payment_accounts" in settings:
            continue
        settings["payment_accounts"] = ACCOUNTS[storefront.code]
        storefront.settings = settings
        await storefront.save(update_fields=["settings", "updated_at"])
