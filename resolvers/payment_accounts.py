"""Which provider account pays a storefront's orders.

A real provider (one with ``uses_accounts``: Alipay, WeChat Pay) is offered only in the
storefronts whose settings name an account for it that the process has keys for
(``{"payment_accounts": {"alipay": "mall-alipay"}}``, ``plugins.payments.accounts``). The sandbox
needs none. The check reads the storefront the caller already loaded (placement has the cart's),
so it costs no statement on the purchase path.
"""

from __future__ import annotations

from models.merchants import Storefront
from models.orders import OrderGroup
from models.payments import Payment, PaymentStatus
from plugins.interfaces import PaymentProvider
from plugins.payments import accounts as acc
from plugins.registry import get_registry
from resolvers.errors import DomainError
from resolvers.errors import PaymentErrorCode as Code


def uses_accounts(provider: PaymentProvider) -> bool:
    return bool(getattr(provider, "uses_accounts", False))


def storefront_account(storefront: Storefront, provider: PaymentProvider) -> str:
    """The account this storefront pays ``provider`` with ("" for the sandbox), or
    PROVIDER_NOT_CONFIGURED."""
    if not uses_accounts(provider):
        return ""
    name = acc.storefront_account(storefront.settings, provider.code)
    try:
        acc.account(get_registry().config, provider.code, name)
    except acc.UnknownAccount:
        raise DomainError(
            Code.PROVIDER_NOT_CONFIGURED,
            f"{provider.name} is not set up for this storefront.",
            "provider",
        )
    return name


async def provider_account(group: OrderGroup, provider: PaymentProvider) -> str:
    """``storefront_account`` for the group's storefront (loaded with it, or fetched)."""
    if not uses_accounts(provider):
        return ""
    storefront = getattr(group, "_storefront", None)
    if not isinstance(storefront, Storefront):
        storefront = await Storefront.get(id=group.storefront_id)
    return storefront_account(storefront, provider)


async def page_url(provider_code: str, reference: str, return_url: str = "") -> str | None:
    """Where a pending payment's pay URL sends the customer: the provider's cashier, signed now
    (``page_pay_url``); None for an unknown, settled or other provider's payment."""
    provider = get_registry().payments.get(provider_code)
    make = getattr(provider, "page_pay_url", None)
    if make is None:
        return None
    payment = (
        await Payment.filter(
            reference=reference, provider=provider_code, status=PaymentStatus.PENDING
        )
        .select_related("group")
        .first()
    )
    if payment is None:
        return None
    public_url = str(get_registry().config.get("public_url", "http://127.0.0.1:8000")).rstrip("/")
    return make(
        payment.account,
        payment.reference,
        payment.amount,
        f"Order {payment.group.number}",
        return_url,
        f"{public_url}/payments/{provider_code}/callback",
    )
