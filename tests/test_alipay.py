"""Alipay through ``python-alipay-sdk`` against the local fake gateway, over real HTTP.

Each test has the SDK sign with an app key the test made; the fake verifies with its public
half, answers and notifies signed with a gateway key whose public half the account holds.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from decimal import Decimal
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
import pytest_asyncio

from models.inventory import Stock
from models.merchants import Merchant, Warehouse
from models.orders import MerchantOrder, OrderGroup, OrderStatus
from models.payments import Payment, PaymentStatus, Refund, RefundStatus
from plaza.fake_gateways.alipay import FakeAlipay
from resolvers.checkout import expire_group
from resolvers.orders import now_utc
from resolvers.payment_queries import query_pending_payments
from tests.checkout_support import cart_with, gid, make_shoppers
from tests.order_support import ok
from tests.provider_support import (
    group_status,
    keys,
    payment_of,
    pub,
    start,
    unpaid_group,
    wiring,
)
from tests.support import make_product, make_storefront

APP_ID = "2021000111222333"


@pytest_asyncio.fixture
async def fake(monkeypatch) -> AsyncIterator[FakeAlipay]:
    gateway = FakeAlipay(keys()["gateway"], {APP_ID: pub("merchant")})
    account = {
        "provider": "alipay",
        "app_id": APP_ID,
        "app_private_key": keys()["merchant"],
        "alipay_public_key": pub("gateway"),
        "gateway_url": lambda base: f"{base}/gateway.do",
        "timeout": 0.5,
    }
    async with wiring(monkeypatch, "alipay", gateway, account):
        yield gateway


async def _started(gql, **kw):
    shop = await unpaid_group(gql, "alipay", **kw)
    payload = await start(gql, shop, "alipay")
    assert payload["errors"] == [], payload
    return shop, payload["payment"]


async def test_start_gives_a_signed_cashier_url_and_a_precreated_qr(gql, fake):
    shop, payment = await _started(gql)
    assert payment["provider"] == "alipay" and payment["status"] == "PENDING"
    trade = fake.trades[payment["reference"]]  # precreate reached the gateway, signed
    assert payment["qrPayload"].endswith(f"/pay/{trade.out_trade_no}")
    assert trade.total_amount == shop.total
    assert fake.calls == ["alipay.trade.precreate"]
    async with httpx.AsyncClient() as http:  # the pay URL: our redirect to the cashier
        moved = await http.get(payment["payUrl"])
        assert moved.status_code == 302
        cashier = moved.headers["location"]
        params = dict(parse_qsl(urlsplit(cashier).query))
        assert params["method"] == "alipay.trade.page.pay" and params["sign_type"] == "RSA2"
        assert params["app_id"] == APP_ID and params["sign"]
        assert params["notify_url"].endswith("/payments/alipay/callback")
        page = await http.get(cashier)  # the gateway verified the signature: its cashier
        assert page.status_code == 200 and "33.00" in page.text
        forged = cashier.replace("total_amount%22%3A%2233.00", "total_amount%22%3A%220.01")
        assert forged != cashier
        assert "invalid-signature" in (await http.get(forged)).text
        await fake.pay(payment["reference"])
        assert (await http.get(payment["payUrl"])).status_code == 404  # paid: not open
    row = await payment_of(payment["reference"])
    assert row.account == "test-alipay"


async def test_paid(gql, fake):
    shop, payment = await _started(gql)
    [(status, text)] = await fake.pay(payment["reference"])
    assert (status, text) == (200, "success")  # what Alipay wants to stop notifying
    row = await payment_of(payment["reference"])
    assert row.status == PaymentStatus.CAPTURED and row.captured_amount == shop.total
    assert row.provider_transaction_id == fake.trades[row.reference].trade_no
    assert await group_status(shop) == "paid"
    assert (await MerchantOrder.get(group_id=shop.group_id)).status == OrderStatus.PAID


async def test_declined(gql, fake):
    shop, payment = await _started(gql)
    [(status, text)] = await fake.pay(payment["reference"], "decline")
    assert (status, text) == (200, "success")
    assert (await payment_of(payment["reference"])).status == PaymentStatus.DECLINED
    assert await group_status(shop) == "pending_payment"  # still payable


async def test_a_repeated_notification_captures_once(gql, fake):
    shop, payment = await _started(gql)
    trade = fake.trades[payment["reference"]]
    trade.status = "TRADE_SUCCESS"
    body = fake.notification(trade)
    answers = [await fake.notify(trade, body) for _ in range(3)]
    assert answers == [(200, "success")] * 3
    row = await payment_of(payment["reference"])
    assert row.status == PaymentStatus.CAPTURED and row.callbacks_received == 3
    stock = await Stock.get(variant_id=shop.variant_id)
    assert (stock.on_hand, stock.reserved) == (48, 0)  # deducted once


async def test_a_notification_with_a_bad_signature_is_refused(gql, fake):
    shop, payment = await _started(gql)
    trade = fake.trades[payment["reference"]]
    trade.status = "TRADE_SUCCESS"
    status, _ = await fake.notify(trade, fake.notification(trade, forged=True))
    assert status == 400
    genuine = fake.notification(trade).decode()
    tampered = genuine.replace("total_amount=33.00", "total_amount=0.01")
    assert tampered != genuine
    assert (await fake.notify(trade, tampered.encode()))[0] == 400
    assert (await payment_of(payment["reference"])).status == PaymentStatus.PENDING
    assert await group_status(shop) == "pending_payment"


async def test_refund_of_a_cancelled_paid_order(gql, fake):
    shop, payment = await _started(gql)
    await fake.pay(payment["reference"])
    await ok(gql, "orderCancel", shop.token, shop.order_gid)
    trade = fake.trades[payment["reference"]]
    assert sum(trade.refunds.values()) == shop.total  # the gateway gave the money back
    (refund,) = await Refund.filter(payment__reference=payment["reference"])
    assert refund.status == RefundStatus.SUCCEEDED and refund.refunded_at is not None
    assert refund.provider_refund_id in trade.refunds
    assert (await payment_of(payment["reference"])).status == PaymentStatus.REFUNDED


async def test_a_late_notification_after_expiry_is_refunded(gql, fake):
    shop, payment = await _started(gql)
    await OrderGroup.filter(id=shop.group_id).update(
        payment_deadline=now_utc() - timedelta(seconds=1)
    )
    assert await expire_group(shop.group_id)
    assert await group_status(shop) == "cancelled"  # expired at its deadline
    [(status, _)] = await fake.pay(payment["reference"])  # the customer paid anyway
    assert status == 200
    row = await payment_of(payment["reference"])
    assert row.status == PaymentStatus.REFUNDED and row.captured_amount == shop.total
    (refund,) = await Refund.filter(payment_id=row.id)
    assert refund.reason == "late_payment" and refund.status == RefundStatus.SUCCEEDED
    assert sum(fake.trades[row.reference].refunds.values()) == shop.total
    assert await group_status(shop) == "cancelled"


async def test_a_provider_that_does_not_answer(gql, fake):
    shop = await unpaid_group(gql, "alipay")
    fake.switches.answering.clear()
    payload = await start(gql, shop, "alipay")
    assert [e["code"] for e in payload["errors"]] == ["PROVIDER_UNAVAILABLE"]
    assert await Payment.filter(group_id=shop.group_id).count() == 0
    assert await group_status(shop) == "pending_payment"  # still payable
    fake.switches.answering.set()

    payload = await start(gql, shop, "alipay")  # the customer tries again
    reference = payload["payment"]["reference"]
    fake.switches.notifying = False  # paid, but the notification is lost
    assert await fake.pay(reference) == []
    assert await group_status(shop) == "pending_payment"

    fake.switches.answering.clear()  # the query job finds the gateway silent
    done = await query_pending_payments(min_age=timedelta(0))
    assert (done.asked, done.settled, done.unanswered) == (1, 0, 1)
    assert (await payment_of(reference)).status == PaymentStatus.PENDING
    fake.switches.answering.set()

    done = await query_pending_payments(min_age=timedelta(0))
    assert (done.asked, done.settled) == (1, 1)
    row = await payment_of(reference)
    assert row.status == PaymentStatus.CAPTURED and row.captured_amount == shop.total
    assert await group_status(shop) == "paid"
    again = await query_pending_payments(min_age=timedelta(0))
    assert again.asked == 0  # captured: nothing pending, one capture
    stock = await Stock.get(variant_id=shop.variant_id)
    assert (stock.on_hand, stock.reserved) == (48, 0)


async def test_a_storefront_without_an_account_refuses_the_provider(gql, fake):
    shop = await unpaid_group(gql, "alipay", account="")
    payload = await start(gql, shop, "alipay")
    assert [e["code"] for e in payload["errors"]] == ["PROVIDER_NOT_CONFIGURED"]
    assert await Payment.filter(group_id=shop.group_id).count() == 0
    assert fake.calls == []


async def test_an_amount_in_the_query_answer_is_checked(gql, fake):
    """A query answer is applied like a notification: a wrong amount is refunded."""
    shop, payment = await _started(gql)
    fake.switches.notifying = False
    await fake.pay(payment["reference"])
    fake.trades[payment["reference"]].total_amount = Decimal("1.00")
    await query_pending_payments(min_age=timedelta(0))
    row = await payment_of(payment["reference"])
    assert row.status != PaymentStatus.PENDING
    assert await group_status(shop) == "pending_payment"
    (refund,) = await Refund.filter(payment_id=row.id)
    assert refund.amount == Decimal("1.00")


@pytest.mark.postgres
async def test_concurrent_notifications_and_query_rounds_capture_once(gql, fake):
    """Ten copies of the notification and five query rounds at once, for a payable group and
    one that expired: one capture each, the expired one refunded once."""
    payable, first = await _started(gql, code="mall")
    late, second = await _started(gql, code="grocery")
    await OrderGroup.filter(id=late.group_id).update(
        payment_deadline=now_utc() - timedelta(seconds=1)
    )
    assert await expire_group(late.group_id)
    fake.switches.notifying = False
    for ref in (first["reference"], second["reference"]):
        await fake.pay(ref)
    bodies = {ref: fake.notification(fake.trades[ref]) for ref in fake.trades}
    sends = [fake.notify(fake.trades[ref], body) for ref, body in bodies.items() for _ in range(10)]
    rounds = [query_pending_payments(min_age=timedelta(0)) for _ in range(5)]
    answers = await asyncio.gather(*sends, *rounds)
    assert all(status == 200 for status, _ in answers[: len(sends)])
    paid = await payment_of(first["reference"])
    assert paid.status == PaymentStatus.CAPTURED and paid.captured_amount == payable.total
    assert await group_status(payable) == "paid"
    refunded = await payment_of(second["reference"])
    assert refunded.status == PaymentStatus.REFUNDED
    assert await Refund.filter(payment_id=refunded.id).count() == 1
    assert sum(fake.trades[refunded.reference].refunds.values()) == late.total
    stock = await Stock.get(variant_id=payable.variant_id)
    assert (stock.on_hand, stock.reserved) == (48, 0)


PLACE_AND_PAY = """mutation($input: CheckoutPlaceOrderInput!) { checkoutPlaceOrder(input: $input) {
  orderGroup { id status } payment { reference provider status qrPayload }
  errors { code field message } } }"""


@pytest.mark.parametrize("account", ["test-alipay", ""])
async def test_place_and_pay_with_alipay_in_one_request(gql, fake, account):
    storefront = await make_storefront("mall")
    storefront.settings = {"payment_accounts": {"alipay": account}} if account else {}
    await storefront.save()
    merchant = await Merchant.create(name="South", slug="south")
    warehouse = await Warehouse.create(merchant=merchant, code="s", name="S")
    product = await make_product(merchant, storefront, "rice", stock=5, warehouse=warehouse)
    await product.fetch_related("variants")
    (shopper,) = await make_shoppers(1, prefix="direct-")
    cart = await cart_with(
        gql, shopper.token, "mall", [(gid("Variant", product.variants[0].id), 1)]
    )
    data = {"cartToken": cart, "idempotencyKey": "direct-1", "payment": {"provider": "alipay"}}
    body = await gql(PLACE_AND_PAY, {"input": data}, token=shopper.token)
    placed = body["data"]["checkoutPlaceOrder"]
    if account:
        assert placed["errors"] == [] and placed["payment"]["provider"] == "alipay"
        assert placed["payment"]["reference"] in fake.trades
        return
    assert [e["code"] for e in placed["errors"]] == ["PROVIDER_NOT_CONFIGURED"]
    assert placed["orderGroup"] is None
    assert await OrderGroup.all().count() == 0  # nothing placed
    assert fake.calls == []
