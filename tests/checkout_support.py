"""Helpers for checkout tests: shoppers, carts, orders and payments through the HTTP API."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from strawberry import relay

from models.accounts import User
from plaza.auth import issue_tokens
from plugins.registry import get_registry
from tests.support import _hash

PLACE = """mutation($input: CheckoutPlaceOrderInput!) { checkoutPlaceOrder(input: $input) {
  orderGroup { id number status total { amount } orders { id number status total { amount }
    lines { sku quantity } } }
  errors { code field message } } }"""

ADD = """mutation($token: String!, $lines: [CartLineInput!]!) {
 cartLinesAdd(token: $token, lines: $lines) {
  cart { token quantity total { amount } merchantGroups { merchant { slug } subtotal { amount }
    shippingMethods { code price { amount } } selectedShippingMethod { code } lines { quantity } } }
  errors { code field message } } }"""

CREATE = (
    """mutation($sf: String!) { cartCreate(storefront: $sf) { cart { token } errors { code } } }"""
)

ADDRESS = """mutation($token: String!) { cartShippingAddressUpdate(token: $token, address: {
  name: "Li Lei", phone: "13800000000", city: "Hangzhou", street: "1 West Lake Rd" }) {
  errors { code field } } }"""

PAY = """mutation($input: PaymentStartInput!) { paymentStart(input: $input) {
  payment { id reference payUrl qrPayload amount { amount currency } status }
  errors { code field message } } }"""


def gid(type_name: str, pk: int) -> str:
    return str(relay.GlobalID(type_name, str(pk)))


def pk(global_id: str) -> int:
    return int(relay.GlobalID.from_id(global_id).node_id)


@dataclass
class Shopper:
    user: User
    token: str


async def make_shoppers(n: int, prefix: str = "buyer") -> list[Shopper]:
    users = [
        User(email=f"{prefix}{i}@plaza.test", password_hash=_hash("correct-horse-battery"))
        for i in range(n)
    ]
    await User.bulk_create(users)
    rows = await User.filter(email__startswith=prefix).order_by("id")
    return [Shopper(u, issue_tokens(u)[0]) for u in rows]


async def cart_with(gql, shopper_token: str, storefront: str, lines: list[tuple[str, int]]) -> str:
    body = await gql(CREATE, {"sf": storefront}, token=shopper_token)
    token = body["data"]["cartCreate"]["cart"]["token"]
    body = await gql(
        ADD,
        {"token": token, "lines": [{"variantId": v, "quantity": q} for v, q in lines]},
        token=shopper_token,
    )
    assert body["data"]["cartLinesAdd"]["errors"] == [], body
    body = await gql(ADDRESS, {"token": token}, token=shopper_token)
    assert body["data"]["cartShippingAddressUpdate"]["errors"] == [], body
    return token


async def place(gql, shopper_token: str, cart_token: str, key: str) -> dict:
    body = await gql(
        PLACE, {"input": {"cartToken": cart_token, "idempotencyKey": key}}, token=shopper_token
    )
    return body["data"]["checkoutPlaceOrder"]


async def start_payment(gql, shopper_token: str, group_id: str) -> dict:
    body = await gql(PAY, {"input": {"orderGroupId": group_id}}, token=shopper_token)
    payload = body["data"]["paymentStart"]
    assert payload["errors"] == [], payload
    return payload["payment"]


def signed_callback(reference: str, amount: str | Decimal, currency: str = "CNY", **kw):
    provider = get_registry().payment("sandbox")
    return provider.build_callback(reference, Decimal(str(amount)), currency, **kw)


async def post_callback(client, headers: dict, body: bytes):
    return await client.post("/payments/sandbox/callback", content=body, headers=headers)


def as_json(body: bytes) -> dict:
    return json.loads(body)
