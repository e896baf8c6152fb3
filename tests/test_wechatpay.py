"""WeChat Pay API v3 through ``wechatpayv3`` against the local fake gateway, over real HTTP.

The SDK signs each request (``WECHATPAY2-SHA256-RSA2048``) with a merchant key the test made
and verifies every answer's ``Wechatpay-Signature`` with the platform public key; the fake
checks the former, signs the latter and encrypts each notification's resource with the
APIv3 key (AEAD_AES_256_GCM).
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest_asyncio

from models.inventory import Stock
from models.orders import MerchantOrder, OrderGroup, OrderStatus
from models.payments import Payment, PaymentStatus, Refund, RefundStatus
from plaza.fake_gateways import common
from plaza.fake_gateways.wechatpay import FakeWeChatPay
from resolvers.checkout import expire_group
from resolvers.orders import now_utc
from resolvers.payment_queries import query_pending_payments
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

MCHID = "1900000109"
SERIAL = "3775B6A45ACD588826D15E583A95F5DD12345678"
KEY_ID = "PUB_KEY_ID_0114232134912410000000000000"
APIV3 = "test-apiv3-key-0123456789abcdef!"  # 32 characters


@pytest_asyncio.fixture
async def fake(monkeypatch) -> AsyncIterator[FakeWeChatPay]:
    merchant = {"public_key": pub("merchant"), "serial_no": SERIAL, "apiv3_key": APIV3}
    gateway = FakeWeChatPay(keys()["gateway"], KEY_ID, {MCHID: merchant})
    account = {
        "provider": "wechatpay",
        "mchid": MCHID,
        "appid": "wx8888888888888888",
        "private_key": keys()["merchant"],
        "cert_serial_no": SERIAL,
        "apiv3_key": APIV3,
        "platform_public_key": pub("gateway"),
        "platform_public_key_id": KEY_ID,
        "gateway_url": lambda base: base,
        "timeout": 0.5,
    }
    async with wiring(monkeypatch, "wechatpay", gateway, account):
        yield gateway


async def _started(gql, **kw):
    shop = await unpaid_group(gql, "wechatpay", **kw)
    payload = await start(gql, shop, "wechatpay")
    assert payload["errors"] == [], payload
    return shop, payload["payment"]


async def test_start_asks_for_a_native_code_url(gql, fake):
    _shop, payment = await _started(gql)
    trade = fake.trades[payment["reference"]]  # the signed request reached the gateway
    assert trade.total == 3300 and trade.mchid == MCHID  # fen
    assert trade.notify_url.endswith("/payments/wechatpay/callback")
    assert payment["qrPayload"].endswith(f"/pay/{trade.out_trade_no}")
    assert payment["payUrl"] == payment["qrPayload"]
    assert (await payment_of(payment["reference"])).account == "test-wechatpay"


async def test_an_answer_with_a_bad_signature_is_not_believed(gql, fake):
    shop = await unpaid_group(gql, "wechatpay")
    fake.key = common.private_key(keys()["stranger"])  # answers signed by someone else
    payload = await start(gql, shop, "wechatpay")
    assert [e["code"] for e in payload["errors"]] == ["PROVIDER_UNAVAILABLE"]
    assert await Payment.filter(group_id=shop.group_id).count() == 0


async def test_paid(gql, fake):
    shop, payment = await _started(gql)
    [(status, text)] = await fake.pay(payment["reference"])
    assert status == 200 and json.loads(text)["code"] == "SUCCESS"
    row = await payment_of(payment["reference"])
    assert row.status == PaymentStatus.CAPTURED and row.captured_amount == shop.total
    assert row.provider_transaction_id == fake.trades[row.reference].transaction_id
    assert await group_status(shop) == "paid"
    assert (await MerchantOrder.get(group_id=shop.group_id)).status == OrderStatus.PAID


async def test_declined(gql, fake):
    shop, payment = await _started(gql)
    [(status, _)] = await fake.pay(payment["reference"], "decline")
    assert status == 200
    assert (await payment_of(payment["reference"])).status == PaymentStatus.DECLINED
    assert await group_status(shop) == "pending_payment"


async def test_a_repeated_notification_captures_once(gql, fake):
    shop, payment = await _started(gql)
    trade = fake.trades[payment["reference"]]
    trade.state = "SUCCESS"
    message = fake.notification(trade)
    answers = [(await fake.notify(trade, message))[0] for _ in range(3)]
    assert answers == [200, 200, 200]
    row = await payment_of(payment["reference"])
    assert row.status == PaymentStatus.CAPTURED and row.callbacks_received == 3
    stock = await Stock.get(variant_id=shop.variant_id)
    assert (stock.on_hand, stock.reserved) == (48, 0)


async def test_a_notification_with_a_bad_signature_is_refused(gql, fake):
    shop, payment = await _started(gql)
    trade = fake.trades[payment["reference"]]
    trade.state = "SUCCESS"
    forged = fake.notification(trade, forged=True)
    assert (await fake.notify(trade, forged))[0] == 400
    headers, body = fake.notification(trade)
    tampered = body.replace(b'"transaction"', b'"transactioN"', 1)  # associated data
    assert (await fake.notify(trade, (headers, tampered)))[0] == 400
    unknown = {**headers, "Wechatpay-Serial": "PUB_KEY_ID_SOMEONE_ELSE"}
    assert (await fake.notify(trade, (unknown, body)))[0] == 400
    old = fake.notification(trade)
    stale = (fake.signed_headers(old[1].decode(), timestamp=int(time.time()) - 600), old[1])
    assert (await fake.notify(trade, stale))[0] == 400  # a replay, outside five minutes
    assert (await payment_of(payment["reference"])).status == PaymentStatus.PENDING
    assert await group_status(shop) == "pending_payment"
    assert (await fake.notify(trade, (headers, body)))[0] == 200  # the genuine one


async def test_a_notification_for_another_merchant_is_refused(gql, fake):
    _shop, payment = await _started(gql)
    trade = fake.trades[payment["reference"]]
    trade.state = "SUCCESS"
    trade.mchid = "1999999999"
    fake.merchants["1999999999"] = fake.merchants[MCHID]  # same keys, other merchant id
    assert (await fake.notify(trade))[0] == 400
    assert (await payment_of(payment["reference"])).status == PaymentStatus.PENDING


async def test_refund_of_a_cancelled_paid_order(gql, fake):
    shop, payment = await _started(gql)
    await fake.pay(payment["reference"])
    await ok(gql, "orderCancel", shop.token, shop.order_gid)
    trade = fake.trades[payment["reference"]]
    assert sum(trade.refunds.values()) == 3300
    (refund,) = await Refund.filter(payment__reference=payment["reference"])
    assert refund.status == RefundStatus.SUCCEEDED and refund.refunded_at is not None
    assert (await payment_of(payment["reference"])).status == PaymentStatus.REFUNDED


async def test_a_late_notification_after_expiry_is_refunded(gql, fake):
    shop, payment = await _started(gql)
    await OrderGroup.filter(id=shop.group_id).update(
        payment_deadline=now_utc() - timedelta(seconds=1)
    )
    assert await expire_group(shop.group_id)
    [(status, _)] = await fake.pay(payment["reference"])
    assert status == 200
    row = await payment_of(payment["reference"])
    assert row.status == PaymentStatus.REFUNDED and row.captured_amount == shop.total
    (refund,) = await Refund.filter(payment_id=row.id)
    assert refund.reason == "late_payment" and refund.status == RefundStatus.SUCCEEDED
    assert sum(fake.trades[row.reference].refunds.values()) == 3300
    assert await group_status(shop) == "cancelled"


async def test_a_provider_that_does_not_answer(gql, fake):
    shop = await unpaid_group(gql, "wechatpay")
    fake.switches.answering.clear()
    payload = await start(gql, shop, "wechatpay")
    assert [e["code"] for e in payload["errors"]] == ["PROVIDER_UNAVAILABLE"]
    assert await Payment.filter(group_id=shop.group_id).count() == 0
    assert await group_status(shop) == "pending_payment"
    fake.switches.answering.set()

    reference = (await start(gql, shop, "wechatpay"))["payment"]["reference"]
    fake.switches.notifying = False
    assert await fake.pay(reference) == []
    fake.switches.answering.clear()
    done = await query_pending_payments(min_age=timedelta(0))
    assert (done.asked, done.settled, done.unanswered) == (1, 0, 1)
    assert await group_status(shop) == "pending_payment"
    fake.switches.answering.set()

    done = await query_pending_payments(min_age=timedelta(0))
    assert (done.asked, done.settled) == (1, 1)
    assert (await payment_of(reference)).status == PaymentStatus.CAPTURED
    assert await group_status(shop) == "paid"
    assert (await query_pending_payments(min_age=timedelta(0))).asked == 0
    assert fake.calls.count("query") == 2


async def test_the_query_job_leaves_an_unpaid_trade_open(gql, fake):
    _shop, payment = await _started(gql)
    done = await query_pending_payments(min_age=timedelta(0))
    assert (done.asked, done.settled) == (1, 0)  # NOTPAY: not final
    assert (await payment_of(payment["reference"])).status == PaymentStatus.PENDING
    recent = await query_pending_payments()  # younger than a minute: not asked yet
    assert recent.asked == 0
