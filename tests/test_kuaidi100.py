"""Kuaidi100 as a carrier, against a local fake of its subscribe-and-push API: the merchant's
credentials stored encrypted and never shown; shipping subscribes the waybill (form
``schema=json&param=...`` with key, callback URL and salt); the fake's pushes (form
``param=...&sign=MD5(param+salt)``) build the timeline and move the order, answered as
Kuaidi100 expects; a push not signed with that merchant's salt, or naming another merchant's
parcel, changes nothing; another merchant's account is refused."""

from __future__ import annotations

import hashlib
import json
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from tortoise.transactions import in_transaction

from models.logistics import CarrierAccount, Shipment, TrackingEvent
from models.orders import Actor, MerchantOrder, OrderStatus
from plugins import credentials as vault
from plugins.registry import get_registry
from plugins.shipping.kuaidi100 import Kuaidi100Carrier, sign
from resolvers.orders import transition
from tests.checkout_support import gid, pk
from tests.order_support import make_order_world, paid_order

S = OrderStatus
CREDENTIALS = """mutation($input: CarrierCredentialsSetInput!) {
  carrierCredentialsSet(input: $input) {
    account { provider active credentials { name configured last4 } }
    errors { code field message } } }"""
ACCOUNT_SET = """mutation($input: CarrierAccountSetInput!) { carrierAccountSet(input: $input) {
  account { provider active config credentials { name configured last4 } }
  errors { code field message } } }"""
ACCOUNTS = """query($m: ID) { carrierAccounts(merchant: $m) { provider config
  credentials { name configured last4 } } }"""
SHIP = """mutation($input: ShipmentCreateInput!) { shipmentCreate(input: $input) {
  order { id status trackingNumber } shipment { provider carrierName trackingNumber status }
  errors { code field message } } }"""

A_SECRETS = {"key": "a-key-0000-KEYA", "customer": "A-CUSTOMER-77", "salt": "a-salt-SALTA"}
B_SECRETS = {"key": "b-key-1111-KEYB", "customer": "B-CUSTOMER-88", "salt": "b-salt-SALTB"}


class FakeKuaidi100:
    """Kuaidi100's side: ``POST /poll`` takes subscriptions as the published API does, and
    ``push`` sends a parcel's timeline to the subscription's callback, signed with its salt."""

    def __init__(self, keys: set[str]) -> None:
        self.keys = keys
        self.subscriptions: dict[tuple[str, str], dict] = {}
        self.app = Starlette(routes=[Route("/poll", self.poll, methods=["POST"])])

    async def poll(self, request: Request) -> JSONResponse:
        form = parse_qs((await request.body()).decode())
        if form.get("schema") != ["json"] or "param" not in form:
            return JSONResponse({"result": False, "returnCode": "700", "message": "参数错误"})
        param = json.loads(form["param"][0])
        if param.get("key") not in self.keys:
            return JSONResponse({"result": False, "returnCode": "600", "message": "key无效"})
        ident = (param["company"], param["number"])
        if ident in self.subscriptions:
            return JSONResponse({"result": False, "returnCode": "501", "message": "重复订阅"})
        self.subscriptions[ident] = param
        return JSONResponse({"result": True, "returnCode": "200", "message": "提交成功"})

    def push_body(self, number: str, steps: list[tuple[str, str, str]], salt: str) -> bytes:
        """``steps``: (time, statusCode, context), oldest first; sent newest first."""
        data = [
            {"context": c, "time": t, "ftime": t, "statusCode": code, "areaName": "杭州市"}
            for t, code, c in reversed(steps)
        ]
        state = steps[-1][1][:1]
        payload = {
            "status": "shutdown" if state == "3" else "polling",
            "message": "",
            "lastResult": {"message": "ok", "state": state, "status": "200", "ischeck":
                           "1" if state == "3" else "0", "com": "zhongtong", "nu": number,
                           "data": data},
        }  # fmt: skip
        return Kuaidi100Carrier.build_push(payload, salt)


@pytest.fixture
async def world():
    return await make_order_world(stock=30)


@pytest.fixture
def fake():
    fake = FakeKuaidi100({A_SECRETS["key"], B_SECRETS["key"]})
    carrier = get_registry().carriers["kuaidi100"]
    carrier.transport = httpx.ASGITransport(app=fake.app)
    registry_config = get_registry().config
    saved = registry_config.get("kuaidi100_poll_url")
    registry_config["kuaidi100_poll_url"] = "http://kuaidi100.fake/poll"
    yield fake
    carrier.transport = None
    if saved is None:
        registry_config.pop("kuaidi100_poll_url", None)
    else:
        registry_config["kuaidi100_poll_url"] = saved


async def packed(gql, client, world, seller) -> str:
    order_id = await paid_order(gql, client, world.customer, world.mall, seller.variant, 1)
    async with in_transaction():
        order = await MerchantOrder.get(id=pk(order_id))
        for target in (S.CONFIRMED, S.PICKING, S.PACKED):
            await transition(order, target, Actor.ADMIN, reason="test set-up")
    return order_id


async def enable(gql, seller, secrets: dict) -> None:
    body = await gql(
        CREDENTIALS, {"input": {"provider": "kuaidi100", **secrets}}, token=seller.logistics.token
    )
    assert body["data"]["carrierCredentialsSet"]["errors"] == [], body
    body = await gql(
        ACCOUNT_SET,
        {"input": {"provider": "kuaidi100", "name": "ZTO via Kuaidi100",
                   "config": {"company": "zhongtong"}}},
        token=seller.owner.token,
    )  # fmt: skip
    assert body["data"]["carrierAccountSet"]["errors"] == [], body


async def ship(gql, seller, order_id: str, number: str) -> dict:
    body = await gql(
        SHIP,
        {"input": {"order": order_id, "provider": "kuaidi100", "carrier": "ZTO Express",
                   "trackingNumber": number}},
        token=seller.logistics.token,
    )  # fmt: skip
    return body["data"]["shipmentCreate"]


def callback_path(fake: FakeKuaidi100, number: str) -> str:
    return urlparse(fake.subscriptions[("zhongtong", number)]["parameters"]["callbackurl"]).path


STEPS = [
    ("2026-12-01 09:00:00", "1", "【杭州市】快件已揽收"),
    ("2026-12-01 20:15:00", "0", "【杭州转运中心】已发出"),
    ("2026-12-02 10:30:00", "3", "【杭州市】已签收, 签收人: 本人"),
]


def test_the_push_signature_is_md5_of_param_and_salt_in_capitals():
    assert sign('{"a":1}', "s") == hashlib.md5(b'{"a":1}s').hexdigest().upper()


async def test_credentials_are_stored_encrypted_and_never_returned(gql, world):
    await enable(gql, world.a, A_SECRETS)
    body = await gql(ACCOUNTS, {}, token=world.a.owner.token)
    text = json.dumps(body)
    (account,) = [a for a in body["data"]["carrierAccounts"] if a["provider"] == "kuaidi100"]
    assert {c["name"]: (c["configured"], c["last4"]) for c in account["credentials"]} == {
        "key": (True, "KEYA"),
        "customer": (True, "R-77"),
        "salt": (True, "ALTA"),
    }
    for secret in A_SECRETS.values():
        assert secret not in text
    row = await CarrierAccount.get(merchant_id=world.a.merchant.id, provider="kuaidi100")
    assert row.credentials and all(s not in row.credentials for s in A_SECRETS.values())
    assert vault.decrypt(row.credentials, get_registry().config) == A_SECRETS
    # under another key the stored token does not open
    with pytest.raises(vault.CredentialsUnreadable):
        vault.decrypt(row.credentials, {"credentials_key": "another-key-" + "x" * 30})
    # one value changed, one cleared, the third kept
    body = await gql(
        CREDENTIALS, {"input": {"provider": "kuaidi100", "key": "new-key-9999", "customer": ""}},
        token=world.a.owner.token,
    )  # fmt: skip
    creds = body["data"]["carrierCredentialsSet"]["account"]["credentials"]
    assert {c["name"]: c["configured"] for c in creds} == {
        "key": True,
        "customer": False,
        "salt": True,
    }
    assert vault.decrypt(
        (await CarrierAccount.get(id=row.id)).credentials, get_registry().config
    ) == {
        "key": "new-key-9999",
        "salt": A_SECRETS["salt"],
    }


async def test_another_merchants_credentials_are_refused(gql, world):
    await enable(gql, world.a, A_SECRETS)
    before = (
        await CarrierAccount.get(merchant_id=world.a.merchant.id, provider="kuaidi100")
    ).credentials
    a_merchant = gid("Merchant", world.a.merchant.id)
    for token in (world.b.owner.token, world.b.logistics.token):
        body = await gql(
            CREDENTIALS, {"input": {"provider": "kuaidi100", "merchant": a_merchant, "salt": "x"}},
            token=token,
        )  # fmt: skip
        assert body["data"]["carrierCredentialsSet"]["errors"][0]["code"] == "PERMISSION_DENIED"
        body = await gql(ACCOUNTS, {"m": a_merchant}, token=token)
        assert not (body.get("data") or {}).get("carrierAccounts")
    for token in (world.a.orders.token, world.customer.token):  # no logistics role
        body = await gql(
            CREDENTIALS, {"input": {"provider": "kuaidi100", "salt": "x"}}, token=token
        )
        assert body["data"]["carrierCredentialsSet"]["errors"][0]["code"] in (
            "PERMISSION_DENIED",
            "UNAUTHENTICATED",
        )
    body = await gql(
        CREDENTIALS, {"input": {"provider": "manual", "key": "x"}}, token=world.a.owner.token
    )
    assert body["data"]["carrierCredentialsSet"]["errors"][0]["code"] == "UNKNOWN_PROVIDER"
    after = (
        await CarrierAccount.get(merchant_id=world.a.merchant.id, provider="kuaidi100")
    ).credentials
    assert after == before


async def test_shipping_subscribes_and_pushes_build_the_timeline(gql, client, world, fake):
    await enable(gql, world.a, A_SECRETS)
    order_id = await packed(gql, client, world, world.a)
    shipped = await ship(gql, world.a, order_id, "ZT7001")
    assert shipped["errors"] == [], shipped
    assert shipped["shipment"]["provider"] == "kuaidi100"
    sub = fake.subscriptions[("zhongtong", "ZT7001")]
    account = await CarrierAccount.get(merchant_id=world.a.merchant.id, provider="kuaidi100")
    assert sub["key"] == A_SECRETS["key"]
    assert sub["parameters"]["salt"] == A_SECRETS["salt"]
    assert sub["parameters"]["resultv2"] == "1"
    assert sub["parameters"]["callbackurl"].endswith(f"/carriers/kuaidi100/events/{account.id}")
    assert sub["parameters"]["phone"] == "13800000000"

    path = callback_path(fake, "ZT7001")
    form = {"content-type": "application/x-www-form-urlencoded"}
    resp = await client.post(
        path, content=fake.push_body("ZT7001", STEPS[:2], A_SECRETS["salt"]), headers=form
    )
    assert resp.status_code == 200
    assert resp.json() == {"result": True, "returnCode": "200", "message": "成功"}
    assert (await MerchantOrder.get(id=pk(order_id))).status == S.SHIPPED
    # the next push carries the whole timeline again: only the new step is recorded
    body = fake.push_body("ZT7001", STEPS, A_SECRETS["salt"])
    for _ in range(2):
        resp = await client.post(path, content=body, headers=form)
        assert resp.json()["result"] is True
    shipment = await Shipment.get(order_id=pk(order_id))
    events = await TrackingEvent.filter(shipment_id=shipment.id).order_by("occurred_at")
    assert [e.status for e in events] == ["picked_up", "in_transit", "delivered"]
    assert events[0].description == "【杭州市】快件已揽收" and events[0].location == "杭州市"
    assert events[0].occurred_at.isoformat().startswith("2026-12-01T01:00:00")  # UTC+8
    assert (await MerchantOrder.get(id=pk(order_id))).status == S.DELIVERED
    assert shipment.status == "delivered"


async def test_a_push_not_signed_with_the_accounts_salt_changes_nothing(gql, client, world, fake):
    await enable(gql, world.a, A_SECRETS)
    await enable(gql, world.b, B_SECRETS)
    order_id = await packed(gql, client, world, world.a)
    assert (await ship(gql, world.a, order_id, "ZT7002"))["errors"] == []
    path = callback_path(fake, "ZT7002")
    form = {"content-type": "application/x-www-form-urlencoded"}
    good = fake.push_body("ZT7002", STEPS, A_SECRETS["salt"])
    forged = [
        fake.push_body("ZT7002", STEPS, B_SECRETS["salt"]),  # another merchant's salt
        good.replace(b"sign=", b"sign=0"),  # a changed signature
        b"param=%7B%7D",  # unsigned
        b"\xff\xfe",
    ]
    tampered = parse_qs(good.decode())
    param = tampered["param"][0].replace("ZT7002", "ZT7003")
    forged.append(f"param={param}&sign={tampered['sign'][0]}".encode())  # body changed
    for body in forged:
        resp = await client.post(path, content=body, headers=form)
        assert resp.status_code == 400, body
        assert resp.json()["result"] is False
    # B's correctly signed push to B's own account cannot reach A's parcel
    b_account = await CarrierAccount.get(merchant_id=world.b.merchant.id, provider="kuaidi100")
    resp = await client.post(
        f"/carriers/kuaidi100/events/{b_account.id}",
        content=fake.push_body("ZT7002", STEPS, B_SECRETS["salt"]),
        headers=form,
    )
    assert resp.status_code == 200  # acknowledged (retrying would not help), but ignored
    assert await TrackingEvent.all().count() == 0
    assert (await MerchantOrder.get(id=pk(order_id))).status == S.SHIPPED
    resp = await client.post("/carriers/kuaidi100/events/999999", content=good, headers=form)
    assert resp.status_code == 404


async def test_a_refused_subscription_ships_nothing(gql, client, world, fake):
    order_id = await packed(gql, client, world, world.a)
    shipped = await ship(gql, world.a, order_id, "ZT7004")  # no account yet
    assert [(e["code"], e["field"]) for e in shipped["errors"]] == [
        ("CARRIER_NOT_CONFIGURED", "provider")
    ]
    await enable(gql, world.a, {**A_SECRETS, "key": "not-a-key-kuaidi100-knows"})
    shipped = await ship(gql, world.a, order_id, "ZT7004")
    assert [(e["code"], e["field"]) for e in shipped["errors"]] == [
        ("CARRIER_UNAVAILABLE", "provider")
    ]
    assert "600" in shipped["errors"][0]["message"]
    assert (await MerchantOrder.get(id=pk(order_id))).status == S.PACKED
    assert await Shipment.all().count() == 0
    # a waybill Kuaidi100 already watches (501) is shipped: the pushes will come
    fake.subscriptions[("zhongtong", "ZT7004")] = {"parameters": {}}
    await enable(gql, world.a, A_SECRETS)
    shipped = await ship(gql, world.a, order_id, "ZT7004")
    assert shipped["errors"] == [] and shipped["order"]["status"] == "SHIPPED"
