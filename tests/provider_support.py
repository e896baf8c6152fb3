"""What the Alipay and WeChat Pay tests share: keys made once, a fake gateway and our payment
routes served over real HTTP (uvicorn, in the test's loop), an account pointing at the fake,
and a storefront paid through it.

The provider's real SDK signs our requests with the merchant key the test made, the fake
verifies them with the matching public key and signs its answers and notifications with a
gateway key whose public half the account holds.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from starlette.applications import Starlette

from models.merchants import Merchant, Warehouse
from models.orders import OrderGroup
from models.payments import Payment
from plaza.payment_accounts import new_private_key, public_pem
from plaza.payment_routes import payment_routes
from plugins.registry import get_registry
from tests.checkout_support import cart_with, gid, make_shoppers, pk, place
from tests.support import make_product, make_storefront
from tests.test_sandbox_payments import serve

START = """mutation($input: PaymentStartInput!) { paymentStart(input: $input) {
  payment { id reference payUrl qrPayload provider status amount { amount currency } }
  errors { code field message } } }"""


@cache
def keys() -> dict[str, str]:
    """Four RSA key pairs (private PEMs), made once per test run."""
    return {name: new_private_key() for name in ("merchant", "gateway", "stranger", "other")}


def pub(name: str) -> str:
    return public_pem(keys()[name])


@contextlib.asynccontextmanager
async def wiring(monkeypatch, provider: str, fake, account: dict) -> AsyncIterator[str]:
    """Serve ``fake`` and our callback routes; register ``account`` as ``test-<provider>``.
    Yields the callback base URL. The fake always answers again before it is stopped."""
    registry = get_registry()
    async with serve(fake.app()) as gateway_url, serve(Starlette(routes=payment_routes())) as api:
        monkeypatch.setitem(registry.config, "public_url", api)
        accounts = dict(registry.config.get("payment_accounts") or {})
        accounts[f"test-{provider}"] = {
            **account,
            "gateway_url": account["gateway_url"](gateway_url),
        }
        monkeypatch.setitem(registry.config, "payment_accounts", accounts)
        try:
            yield api
        finally:
            fake.switches.answering.set()


@dataclass
class Shop:
    storefront: str
    token: str  # the customer's
    group_id: int
    group_gid: str
    order_gid: str
    total: Decimal
    variant_id: int


async def unpaid_group(
    gql, provider: str, *, account: str | None = None, code: str = "mall"
) -> Shop:
    """A placed, unpaid group (one order: 2 x 12.50 + shipping) in a storefront paid through
    ``test-<provider>`` (``account``: another name, "" for none)."""
    name = f"test-{provider}" if account is None else account
    storefront = await make_storefront(code)
    storefront.settings = {"payment_accounts": {provider: name}} if name else {}
    await storefront.save()
    merchant = await Merchant.create(name="North", slug=f"north-{code}")
    warehouse = await Warehouse.create(merchant=merchant, code=f"w-{code}", name="W")
    product = await make_product(
        merchant, storefront, f"tea-{code}", price="12.50", stock=50, warehouse=warehouse
    )
    await product.fetch_related("variants")
    variant = product.variants[0]
    (shopper,) = await make_shoppers(1, prefix=f"payer-{code}-")
    cart = await cart_with(gql, shopper.token, storefront.code, [(gid("Variant", variant.id), 2)])
    placed = await place(gql, shopper.token, cart, f"key-{code}")
    assert placed["errors"] == [], placed
    group = placed["orderGroup"]
    return Shop(
        storefront=storefront.code,
        token=shopper.token,
        group_id=pk(group["id"]),
        group_gid=group["id"],
        order_gid=group["orders"][0]["id"],
        total=Decimal(str(group["total"]["amount"])),
        variant_id=variant.id,
    )


async def start(gql, shop: Shop, provider: str) -> dict:
    body = await gql(
        START,
        {"input": {"orderGroupId": shop.group_gid, "provider": provider}},
        token=shop.token,
    )
    return body["data"]["paymentStart"]


async def group_status(shop: Shop) -> str:
    return (await OrderGroup.get(id=shop.group_id)).status.value


async def payment_of(reference: str) -> Payment:
    return await Payment.get(reference=reference)
