"""Invariants under real concurrency, on PostgreSQL: many simultaneous clients, not a loop.

Each client is its own HTTP request through the ASGI app, each on its own pooled database
connection, all started at once with ``asyncio.gather``.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from dataclasses import replace
from datetime import timedelta

import httpx
import pytest

from models.inventory import Stock
from models.merchants import Merchant, Warehouse
from models.orders import GroupStatus, MerchantOrder, OrderGroup, OrderStatus
from models.payments import Payment, PaymentStatus, Refund, RefundStatus
from models.promotions import FlashSale
from plaza.app import create_app
from plaza.settings import Settings
from resolvers.checkout import expire_group
from resolvers.inventory import reconcile
from resolvers.orders import now_utc
from tests.checkout_support import (
    cart_with,
    gid,
    make_shoppers,
    pk,
    place,
    post_callback,
    signed_callback,
    start_payment,
)
from tests.support import make_product, make_storefront

pytestmark = pytest.mark.postgres

BUYERS = 200
UNITS = 50


async def _hot_item(units: int):
    storefront = await make_storefront()
    merchant = await Merchant.create(name="Hot", slug="hot")
    warehouse = await Warehouse.create(merchant=merchant, code="w", name="W")
    product = await make_product(
        merchant, storefront, "phone", price="99.00", stock=units, warehouse=warehouse
    )
    await product.fetch_related("variants")
    return storefront, product.variants[0]


async def _assert_stock_settled(variant, sold: int, units: int) -> None:
    stock = await Stock.get(variant_id=variant.id)
    assert (stock.on_hand, stock.reserved) == (units - sold, 0)
    assert all(row.ok for row in await reconcile()), "stock does not reconcile with the ledger"


async def _pay_all(gql, client, shoppers_groups) -> None:
    payments = await asyncio.gather(
        *(start_payment(gql, s.token, g["id"]) for s, g in shoppers_groups)
    )
    callbacks = [
        signed_callback(p["reference"], g["total"]["amount"])
        for p, (_, g) in zip(payments, shoppers_groups, strict=True)
    ]
    responses = await asyncio.gather(*(post_callback(client, h, b) for h, b in callbacks))
    assert {r.status_code for r in responses} == {200}


async def test_flash_crowd_reserve_on_order_never_oversells(gql, client):
    storefront, variant = await _hot_item(UNITS)
    shoppers = await make_shoppers(BUYERS)
    carts = await asyncio.gather(
        *(
            cart_with(gql, s.token, storefront.code, [(gid("Variant", variant.id), 1)])
            for s in shoppers
        )
    )
    results = await asyncio.gather(
        *(
            place(gql, s.token, c, f"k-{i}")
            for i, (s, c) in enumerate(zip(shoppers, carts, strict=True))
        )
    )
    codes = Counter(r["errors"][0]["code"] if r["errors"] else "OK" for r in results)
    assert codes == {"OK": UNITS, "INSUFFICIENT_STOCK": BUYERS - UNITS}, codes
    winners = [
        (s, r["orderGroup"]) for s, r in zip(shoppers, results, strict=True) if r["orderGroup"]
    ]
    await _pay_all(gql, client, winners)
    assert await MerchantOrder.filter(status=OrderStatus.PAID).count() == UNITS
    await _assert_stock_settled(variant, UNITS, UNITS)


async def test_flash_sale_deduct_on_payment_refunds_the_late_payers(gql, client):
    storefront, variant = await _hot_item(UNITS)
    now = now_utc()
    await FlashSale.create(
        variant=variant,
        price="1.00",
        starts_at=now - timedelta(minutes=1),
        ends_at=now + timedelta(hours=1),
        quantity=BUYERS,
        per_customer_limit=1,
    )
    shoppers = await make_shoppers(BUYERS)
    carts = await asyncio.gather(
        *(
            cart_with(gql, s.token, storefront.code, [(gid("Variant", variant.id), 1)])
            for s in shoppers
        )
    )
    results = await asyncio.gather(
        *(
            place(gql, s.token, c, f"k-{i}")
            for i, (s, c) in enumerate(zip(shoppers, carts, strict=True))
        )
    )
    assert all(r["errors"] == [] for r in results), [r["errors"] for r in results if r["errors"]][
        :3
    ]
    # Nothing is held at order time in this mode.
    assert (await Stock.get(variant_id=variant.id)).reserved == 0
    groups = [(s, r["orderGroup"]) for s, r in zip(shoppers, results, strict=True)]
    random.shuffle(groups)
    await _pay_all(gql, client, groups)

    statuses = Counter(await MerchantOrder.all().values_list("status", flat=True))
    assert statuses == {OrderStatus.PAID: UNITS, OrderStatus.CANCELLED: BUYERS - UNITS}, statuses
    sold_out = await MerchantOrder.filter(status=OrderStatus.CANCELLED).values_list(
        "cancel_reason", flat=True
    )
    assert set(sold_out) == {"sold_out"}
    refunds = await Refund.filter(status=RefundStatus.SUCCEEDED).count()
    assert refunds == BUYERS - UNITS
    assert (await FlashSale.get(variant_id=variant.id)).sold == UNITS
    await _assert_stock_settled(variant, UNITS, UNITS)


async def test_payment_racing_expiry_ends_in_exactly_one_outcome(gql, client):
    races = 100
    storefront, variant = await _hot_item(races)
    shoppers = await make_shoppers(races)
    carts = await asyncio.gather(
        *(
            cart_with(gql, s.token, storefront.code, [(gid("Variant", variant.id), 1)])
            for s in shoppers
        )
    )
    groups = await asyncio.gather(
        *(place(gql, s.token, c, "k") for s, c in zip(shoppers, carts, strict=True))
    )
    payments = await asyncio.gather(
        *(
            start_payment(gql, s.token, g["orderGroup"]["id"])
            for s, g in zip(shoppers, groups, strict=True)
        )
    )
    later = now_utc() + timedelta(hours=1)

    async def race(group, payment):
        headers, body = signed_callback(
            payment["reference"], group["orderGroup"]["total"]["amount"]
        )
        await asyncio.gather(
            expire_group(pk(group["orderGroup"]["id"]), now=later),
            post_callback(client, headers, body),
        )

    await asyncio.gather(*(race(g, p) for g, p in zip(groups, payments, strict=True)))

    paid = cancelled = 0
    for group, payment in zip(groups, payments, strict=True):
        stored = await OrderGroup.get(id=pk(group["orderGroup"]["id"]))
        order = await MerchantOrder.get(group_id=stored.id)
        pay = await Payment.get(reference=payment["reference"])
        if stored.status == GroupStatus.PAID:
            paid += 1
            assert order.status == OrderStatus.PAID and pay.status == PaymentStatus.CAPTURED
            assert not await Refund.filter(payment=pay).exists()
        else:
            cancelled += 1
            assert stored.status == GroupStatus.CANCELLED
            assert order.status == OrderStatus.CANCELLED
            # the money arrived after the expiry won: it went back
            assert pay.status == PaymentStatus.REFUNDED
            assert await Refund.filter(payment=pay, status=RefundStatus.SUCCEEDED).count() == 1
    assert paid + cancelled == races
    await _assert_stock_settled(variant, paid, races)


async def test_one_callback_delivered_ten_times_concurrently_captures_once(gql, client):
    storefront, variant = await _hot_item(5)
    (shopper,) = await make_shoppers(1)
    cart = await cart_with(gql, shopper.token, storefront.code, [(gid("Variant", variant.id), 2)])
    group = (await place(gql, shopper.token, cart, "k"))["orderGroup"]
    payment = await start_payment(gql, shopper.token, group["id"])
    headers, body = signed_callback(payment["reference"], group["total"]["amount"])
    responses = await asyncio.gather(*(post_callback(client, headers, body) for _ in range(10)))
    assert {r.status_code for r in responses} == {200}
    statuses = Counter(r.json()["status"] for r in responses)
    assert statuses == {"captured": 1, "duplicate": 9}, statuses
    stored = await Payment.get(reference=payment["reference"])
    assert stored.status == PaymentStatus.CAPTURED and stored.callbacks_received == 10
    assert await MerchantOrder.filter(status=OrderStatus.PAID).count() == 1
    await _assert_stock_settled(variant, 2, 5)


BUY_NOW = """mutation($sf: String!, $lines: [CartLineInput!]!) {
  cartCreate(storefront: $sf, lines: $lines, shippingAddress: {
    name: "Li Lei", phone: "13800000000", city: "Hangzhou", street: "1 West Lake Rd" }) {
    cart { token } errors { code } } }"""
PLACE_AND_PAY = """mutation($input: CheckoutPlaceOrderInput!) { checkoutPlaceOrder(input: $input) {
  orderGroup { total { amount } } payment { reference } errors { code } } }"""


async def test_buy_now_crowd_through_the_app_as_served(database):
    """The flash sale as ``plaza serve`` runs it: admission control on (8 requests at a time,
    the rest queued), every buyer in the 3-request buy-now flow at once. Nothing is lost or
    stuck in the queue, and the invariants hold: exactly UNITS paid, the rest refunded."""
    storefront, variant = await _hot_item(UNITS)
    now = now_utc()
    await FlashSale.create(
        variant=variant,
        price="1.00",
        starts_at=now - timedelta(minutes=1),
        ends_at=now + timedelta(hours=1),
        quantity=BUYERS,
        per_customer_limit=1,
    )
    # Queued without a deadline: this test is about nothing being lost in the queue; shedding
    # past a deadline (BUSY) has its own tests (tests/test_admission_busy.py).
    app = create_app(
        replace(Settings(), max_concurrent_requests=8, admission_wait_ms=0), manage_orm=False
    )
    shoppers = await make_shoppers(BUYERS)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://plaza.test") as client:

        async def post(query: str, variables: dict, token: str) -> dict:
            response = await client.post(
                "/graphql",
                json={"query": query, "variables": variables},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert response.status_code == 200, response.text
            return response.json()["data"]

        async def buy(i: int, token: str) -> str:
            lines = [{"variantId": gid("Variant", variant.id), "quantity": 1}]
            cart = (await post(BUY_NOW, {"sf": storefront.code, "lines": lines}, token))[
                "cartCreate"
            ]
            if cart["errors"]:
                return cart["errors"][0]["code"]
            placed = (
                await post(
                    PLACE_AND_PAY,
                    {
                        "input": {
                            "cartToken": cart["cart"]["token"],
                            "idempotencyKey": f"k-{i}",
                            "payment": {"provider": "sandbox"},
                        }
                    },
                    token,
                )
            )["checkoutPlaceOrder"]
            if placed["errors"]:
                return placed["errors"][0]["code"]
            headers, body = signed_callback(
                placed["payment"]["reference"], placed["orderGroup"]["total"]["amount"]
            )
            response = await post_callback(client, headers, body)
            assert response.status_code == 200, response.text
            return response.json()["status"]

        outcomes = Counter(await asyncio.gather(*(buy(i, s.token) for i, s in enumerate(shoppers))))
    assert outcomes["captured"] == BUYERS  # every payment was taken (the losers' refunded)
    statuses = Counter(await MerchantOrder.all().values_list("status", flat=True))
    assert statuses == {OrderStatus.PAID: UNITS, OrderStatus.CANCELLED: BUYERS - UNITS}, statuses
    refunds = await Refund.filter(status=RefundStatus.SUCCEEDED).count()
    assert refunds == BUYERS - UNITS
    await _assert_stock_settled(variant, UNITS, UNITS)
