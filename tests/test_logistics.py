"""Logistics through the GraphQL API and the carriers' push endpoint: carrier accounts with
waybill ranges, shipping one order or a batch (consecutive numbers, one label page, an address
export), tracking events that build the timeline and move the order; every refusal with its code
and nothing changed; tenants kept apart."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest
from tortoise.transactions import in_transaction

from models.logistics import CarrierAccount, Shipment, ShipmentBatch, TrackingEvent, TrackingStatus
from models.orders import Actor, MerchantOrder, OrderEvent, OrderStatus
from models.outbox import OutboxEvent
from models.payments import Refund, RefundStatus
from plugins.interfaces import InvalidCallback
from plugins.registry import get_registry
from plugins.shipping.sandbox_express import new_update
from resolvers.inventory import reconcile
from resolvers.orders import transition
from tests.checkout_support import gid, pk
from tests.order_support import make_order_world, ok, paid_order, stock_of
from tests.server import async_live_server

S = OrderStatus
T = TrackingStatus

ACCOUNT_SET = """mutation($input: CarrierAccountSetInput!) { carrierAccountSet(input: $input) {
  account { provider name active trackingPrefix nextNumber numbersLeft config }
  errors { code field message } } }"""
SHIP = """mutation($input: ShipmentCreateInput!) { shipmentCreate(input: $input) {
  order { id status carrier trackingNumber }
  shipment { provider carrierName trackingNumber status label }
  errors { code field message } } }"""
BATCH = """mutation($input: ShipmentBatchCreateInput!) { shipmentBatchCreate(input: $input) {
  batch { id number provider labelDocument addressExport
          shipments { trackingNumber carrierName status } }
  errors { code field message } } }"""
TIMELINE = """query($id: ID!) { order(id: $id) { status
  shipment { carrierName trackingNumber status label
             events { status description location occurredAt } } } }"""


@pytest.fixture
async def world():
    return await make_order_world(stock=30)


async def packed(gql, client, world, n: int = 1, storefront=None, customer=None) -> list[str]:
    """``n`` paid orders of merchant A walked to PACKED; their global IDs."""
    ids = []
    for _ in range(n):
        order_id = await paid_order(
            gql, client, customer or world.customer, storefront or world.mall, world.a.variant, 1
        )
        async with in_transaction():
            order = await MerchantOrder.get(id=pk(order_id))
            steps = [S.PAID, S.CONFIRMED, S.PICKING, S.PACKED]
            for target in steps[steps.index(S(order.status)) + 1 :]:
                await transition(order, target, Actor.ADMIN, reason="test set-up")
        ids.append(order_id)
    return ids


async def set_account(gql, token: str, **fields) -> dict:
    body = await gql(ACCOUNT_SET, {"input": fields}, token=token)
    assert "errors" not in body, body
    return body["data"]["carrierAccountSet"]


async def sandbox_range(gql, world, first: int = 1000, last: int = 1009) -> dict:
    result = await set_account(
        gql,
        world.a.logistics.token,
        provider="sandbox_express",
        name="Sandbox Express",
        trackingPrefix="SX",
        firstNumber=first,
        lastNumber=last,
        config={"origin": {"city": "Hangzhou", "street": "8 Depot Rd", "phone": "0571-1"}},
    )
    assert result["errors"] == [], result
    return result["account"]


async def _state() -> tuple:
    return (
        await CarrierAccount.all().order_by("id").values(),
        await Shipment.all().count(),
        await ShipmentBatch.all().count(),
        await TrackingEvent.all().count(),
        await MerchantOrder.all().order_by("id").values(),
        await OutboxEvent.all().count(),
    )


async def refused(gql, query: str, field: str, token: str, **fields) -> dict:
    """Run a logistics mutation that must be refused and change nothing; its one error."""
    before = await _state()
    body = await gql(query, {"input": fields}, token=token)
    assert "errors" not in body, body
    result = body["data"][field]
    assert len(result["errors"]) == 1, result
    assert await _state() == before, f"{field} was refused but changed something"
    return result["errors"][0]


def push(updates) -> tuple[dict, bytes]:
    carrier = get_registry().carriers["sandbox_express"]
    return carrier.build_push(updates)


async def post_push(client, updates=None, *, headers=None, body=None, provider="sandbox_express"):
    if updates is not None:
        headers, body = push(updates)
    return await client.post(f"/carriers/{provider}/events", content=body, headers=headers)


async def test_carrier_accounts_and_their_refusals(gql, world):
    body = await gql("{ carrierProviders { code usesNumberRange } }", token=world.a.owner.token)
    assert {"code": "sandbox_express", "usesNumberRange": True} in body["data"]["carrierProviders"]
    assert {"code": "manual", "usesNumberRange": False} in body["data"]["carrierProviders"]

    account = await sandbox_range(gql, world, 1000, 1002)
    assert (account["nextNumber"], account["numbersLeft"]) == ("SX0000001000", 3)
    assert account["config"]["origin"]["city"] == "Hangzhou"
    # changing the name keeps the range; a new range replaces what is left
    renamed = await set_account(
        gql, world.a.owner.token, provider="sandbox_express", name="SX Hangzhou"
    )
    assert (renamed["account"]["name"], renamed["account"]["numbersLeft"]) == ("SX Hangzhou", 3)

    base = {"provider": "sandbox_express", "name": "SX"}
    for token, fields, code, field in [
        (world.a.logistics.token, {"provider": "dhl-moon"}, "UNKNOWN_PROVIDER", "provider"),
        (world.a.logistics.token, {"name": " "}, "INVALID", "name"),
        (world.a.logistics.token, {"trackingPrefix": "sx-1"}, "INVALID", "trackingPrefix"),
        (world.a.logistics.token, {"firstNumber": 5, "lastNumber": 4}, "INVALID", "range"),
        (world.a.logistics.token, {"firstNumber": 5}, "INVALID", "range"),
        (world.a.logistics.token, {"firstNumber": -1, "lastNumber": 4}, "INVALID", "range"),
        (world.a.logistics.token, {"config": ["not", "an", "object"]}, "INVALID", "config"),
        # staff without the logistics role, another merchant's owner, a customer
        (world.a.orders.token, {}, "PERMISSION_DENIED", None),
        (world.b.owner.token, {"merchant": gid("Merchant", world.a.merchant.id)}, None, None),
        (world.customer.token, {}, "PERMISSION_DENIED", None),
        (world.admin.token, {}, "INVALID", "merchant"),  # the platform names the merchant
    ]:
        error = await refused(gql, ACCOUNT_SET, "carrierAccountSet", token, **{**base, **fields})
        assert error["code"] == (code or "PERMISSION_DENIED"), (fields, error)
        if field:
            assert error["field"] == field, (fields, error)

    # merchant B sees only its own (none); A's warehouse staff see A's
    body = await gql("{ carrierAccounts { provider } }", token=world.b.owner.token)
    assert body["data"]["carrierAccounts"] == []
    body = await gql(
        "{ carrierAccounts { name numbersLeft } }", token=world.a.warehouse_staff.token
    )
    assert body["data"]["carrierAccounts"] == [{"name": "SX Hangzhou", "numbersLeft": 3}]


async def test_batch_ships_with_consecutive_numbers_one_label_page_and_an_export(
    gql, client, world
):
    orders = await packed(gql, client, world, 3)
    await sandbox_range(gql, world, 1000, 1003)
    body = await gql(
        BATCH,
        {"input": {"orders": orders, "provider": "sandbox_express"}},
        token=world.a.logistics.token,
    )
    result = body["data"]["shipmentBatchCreate"]
    assert result["errors"] == [], result
    batch = result["batch"]
    numbers = [s["trackingNumber"] for s in batch["shipments"]]
    assert numbers == ["SX0000001000", "SX0000001001", "SX0000001002"]
    assert {s["status"] for s in batch["shipments"]} == {"LABEL_CREATED"}
    # every order shipped with its number, the batch named in its history
    shipped = {
        o.tracking_number: o for o in await MerchantOrder.filter(id__in=[pk(i) for i in orders])
    }
    assert set(shipped) == set(numbers)
    assert {o.status for o in shipped.values()} == {S.SHIPPED}
    event = await OrderEvent.filter(order_id=pk(orders[0]), to_status="shipped").get()
    assert event.data["batch"] == batch["number"]

    # one printable page: a label (with its barcode) per parcel, in number order
    page = batch["labelDocument"]
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('class="label"') == 3 and page.count("<svg") == 3
    assert [page.index(f'data-tracking="{n}"') for n in numbers] == sorted(
        page.index(f'data-tracking="{n}"') for n in numbers
    )
    assert "8 Depot Rd" in page  # the sender's address, from the carrier account's origin
    # the courier's list
    rows = list(csv.DictReader(io.StringIO(batch["addressExport"])))
    assert [r["tracking_number"] for r in rows] == numbers
    assert all(r["city"] and r["street"] and r["items"].endswith("x1") for r in rows)

    # one number left: a batch of two is refused and changes nothing
    more = await packed(gql, client, world, 2)
    error = await refused(
        gql,
        BATCH,
        "shipmentBatchCreate",
        world.a.logistics.token,
        orders=more,
        provider="sandbox_express",
    )
    assert (error["code"], error["field"]) == ("RANGE_EXHAUSTED", "provider")
    assert "1 left" in error["message"]


async def test_a_batch_is_all_or_nothing(gql, client, world):
    orders = await packed(gql, client, world, 2)
    await sandbox_range(gql, world)
    paid = await paid_order(gql, client, world.customer, world.mall, world.a.variant, 1)
    b_order = await paid_order(gql, client, world.customer, world.mall, world.b.variant, 1)
    token = world.a.logistics.token
    for fields, code, field in [
        ({"orders": [orders[0], paid]}, "INVALID_TRANSITION", "orders.1"),
        ({"orders": [b_order, orders[0]]}, "NOT_FOUND", "orders.0"),
        ({"orders": [orders[0], orders[0]]}, "INVALID", "orders"),
        ({"orders": []}, "INVALID", "orders"),
        ({"orders": ["nonsense"]}, "INVALID", "orders.0"),
        ({"provider": "manual"}, "INVALID", "provider"),
        ({"provider": "nope"}, "UNKNOWN_PROVIDER", "provider"),
    ]:
        error = await refused(
            gql,
            BATCH,
            "shipmentBatchCreate",
            token,
            **{"orders": orders, "provider": "sandbox_express", **fields},
        )
        assert (error["code"], error["field"]) == (code, field), (fields, error)
    # the customer and warehouse-less staff cannot ship
    error = await refused(
        gql,
        BATCH,
        "shipmentBatchCreate",
        world.customer.token,
        orders=orders,
        provider="sandbox_express",
    )
    assert error["code"] == "PERMISSION_DENIED"
    error = await refused(
        gql,
        BATCH,
        "shipmentBatchCreate",
        world.a.catalog.token,
        orders=orders,
        provider="sandbox_express",
    )
    assert error["code"] == "NOT_FOUND"


async def test_one_order_ships_by_hand_or_from_the_range(gql, client, world):
    manual, ranged, legacy = await packed(gql, client, world, 3)
    token = world.a.warehouse_staff.token
    for fields, code, field in [
        ({"provider": "manual", "trackingNumber": "YT1"}, "INVALID", "carrier"),
        ({"provider": "manual", "carrier": "YTO"}, "INVALID", "trackingNumber"),
        ({"provider": "sandbox_express"}, "CARRIER_NOT_CONFIGURED", "provider"),
        ({"provider": "sandbox_express", "trackingNumber": "X1"}, "INVALID", "trackingNumber"),
    ]:
        error = await refused(gql, SHIP, "shipmentCreate", token, order=manual, **fields)
        assert (error["code"], error["field"]) == (code, field), (fields, error)

    body = await gql(
        SHIP,
        {
            "input": {
                "order": manual,
                "provider": "manual",
                "carrier": "YTO",
                "trackingNumber": "YT1",
            }
        },
        token=token,
    )
    result = body["data"]["shipmentCreate"]
    assert result["errors"] == []
    assert result["order"] == {
        "id": manual,
        "status": "SHIPPED",
        "carrier": "YTO",
        "trackingNumber": "YT1",
    }
    assert result["shipment"]["label"].count("<svg") == 1

    await sandbox_range(gql, world, 7, 7)
    body = await gql(SHIP, {"input": {"order": ranged, "provider": "sandbox_express"}}, token=token)
    shipment = body["data"]["shipmentCreate"]["shipment"]
    assert (shipment["trackingNumber"], shipment["carrierName"]) == (
        "SX0000000007",
        "Sandbox Express",
    )

    # orderShip (carrier + number typed) still works, and now leaves a shipment too
    shipped = await ok(
        gql, "orderShip", world.a.logistics.token, legacy, carrier="SF", trackingNumber="SF1"
    )
    assert (shipped["status"], shipped["trackingNumber"]) == ("SHIPPED", "SF1")
    assert (await Shipment.get(order_id=pk(legacy))).provider == "manual"
    # the customer sees the parcel, not the label
    body = await gql(TIMELINE, {"id": legacy}, token=world.customer.token)
    assert body["data"]["order"]["shipment"]["trackingNumber"] == "SF1"
    assert body["data"]["order"]["shipment"]["label"] is None


async def test_tracking_pushes_build_the_timeline_and_deliver_the_order(gql, client, world):
    (order_id,) = await packed(gql, client, world, 1)
    await sandbox_range(gql, world)
    body = await gql(
        SHIP,
        {"input": {"order": order_id, "provider": "sandbox_express"}},
        token=world.a.logistics.token,
    )
    number = body["data"]["shipmentCreate"]["shipment"]["trackingNumber"]
    start = datetime.now(UTC) - timedelta(hours=3)
    updates = [
        new_update(number, T.PICKED_UP, "Picked up", "Hangzhou", start),
        new_update(number, T.IN_TRANSIT, "Departed hub", "Hangzhou", start + timedelta(hours=1)),
        new_update(
            number, T.OUT_FOR_DELIVERY, "With courier", "Shanghai", start + timedelta(hours=2)
        ),
        new_update(
            number, T.DELIVERED, "Signed by customer", "Shanghai", start + timedelta(hours=3)
        ),
    ]
    # sent out of order: the timeline and the order follow the events' own times
    response = await post_push(client, [updates[2], updates[0], updates[3], updates[1]])
    assert response.status_code == 200, response.text
    assert response.json() == {
        "status": "ok",
        "recorded": 4,
        "duplicates": 0,
        "unknown": 0,
        "orders_moved": 1,
    }
    order = await MerchantOrder.get(id=pk(order_id))
    assert order.status == S.DELIVERED
    delivered = await OrderEvent.filter(order_id=order.id, to_status="delivered").get()
    assert delivered.actor == Actor.CARRIER and delivered.reason == "Signed by customer"

    body = await gql(TIMELINE, {"id": order_id}, token=world.customer.token)
    seen = body["data"]["order"]["shipment"]
    assert seen["status"] == "DELIVERED"
    assert [(e["status"], e["location"]) for e in seen["events"]] == [
        ("PICKED_UP", "Hangzhou"),
        ("IN_TRANSIT", "Hangzhou"),
        ("OUT_FOR_DELIVERY", "Shanghai"),
        ("DELIVERED", "Shanghai"),
    ]
    topics = await OutboxEvent.filter(topic="order.tracking_updated").count()
    assert topics == 4
    # another customer sees nothing of it
    body = await gql(TIMELINE, {"id": order_id}, token=world.stranger.token)
    assert body["data"]["order"] is None

    # the carrier repeats its push: nothing new
    response = await post_push(client, updates)
    assert response.json()["duplicates"] == 4 and response.json()["recorded"] == 0
    assert await TrackingEvent.all().count() == 4
    # an unknown waybill is reported, not an error
    response = await post_push(client, [new_update("SX9999999999", T.IN_TRANSIT)])
    assert response.json()["unknown"] == 1


async def test_forged_stale_or_malformed_pushes_change_nothing(client, world):
    before = await _state()
    headers, body = push([new_update("SX0000001000", T.DELIVERED)])
    forged = {**headers, "X-Sandbox-Signature": "v1=" + "0" * 64}
    assert (await post_push(client, headers=forged, body=body)).status_code == 400
    tampered = body.replace(b"delivered", b"returned")
    assert (await post_push(client, headers=headers, body=tampered)).status_code == 400
    carrier = get_registry().carriers["sandbox_express"]
    old_headers, old_body = carrier.build_push(
        [new_update("SX0000001000", T.DELIVERED)], timestamp=int(time.time()) - 3600
    )
    assert (await post_push(client, headers=old_headers, body=old_body)).status_code == 400
    bad_headers, bad_body = carrier.build_push([])
    assert (await post_push(client, headers=bad_headers, body=bad_body)).status_code == 400
    unknown = await post_push(client, headers=headers, body=body, provider="moon-express")
    assert unknown.status_code == 404
    assert await _state() == before
    with pytest.raises(InvalidCallback):
        get_registry().carriers["manual"].parse_push(headers, body)
    assert json.loads(body)["events"][0]["status"] == "delivered"


async def test_a_failed_delivery_then_a_return_cancels_refunds_and_restocks(gql, client, world):
    (order_id,) = await packed(gql, client, world, 1)
    await sandbox_range(gql, world)
    body = await gql(
        SHIP,
        {"input": {"order": order_id, "provider": "sandbox_express"}},
        token=world.a.logistics.token,
    )
    number = body["data"]["shipmentCreate"]["shipment"]["trackingNumber"]
    on_hand, _ = await stock_of(world.a.variant)

    await post_push(client, [new_update(number, T.FAILED_ATTEMPT, "Nobody home")])
    assert (await MerchantOrder.get(id=pk(order_id))).status == S.DELIVERY_FAILED
    await post_push(client, [new_update(number, T.OUT_FOR_DELIVERY, "Second attempt")])
    assert (await MerchantOrder.get(id=pk(order_id))).status == S.SHIPPED
    await post_push(client, [new_update(number, T.FAILED_ATTEMPT, "Nobody home again")])
    response = await post_push(client, [new_update(number, T.RETURNED, "Back at sender")])
    assert response.json()["orders_moved"] == 1
    order = await MerchantOrder.get(id=pk(order_id))
    assert (order.status, order.cancel_reason) == (S.CANCELLED, "goods_returned")
    (refund,) = await Refund.filter(order_id=order.id)
    assert refund.status == RefundStatus.SUCCEEDED and refund.amount == order.total
    assert (await stock_of(world.a.variant))[0] == on_hand + 1
    assert all(row.ok for row in await reconcile())
    # a late "delivered" for a cancelled order is recorded but moves nothing
    response = await post_push(client, [new_update(number, T.DELIVERED)])
    assert (response.json()["recorded"], response.json()["orders_moved"]) == (1, 0)
    assert (await MerchantOrder.get(id=pk(order_id))).status == S.CANCELLED


async def test_the_courier_command_pushes_to_a_running_server(gql, client, world, database):
    """``plaza sandbox-carrier`` (what the demo docs use) signs an event and a real server
    process records it and delivers the order."""
    (order_id,) = await packed(gql, client, world, 1)
    await sandbox_range(gql, world, 500, 500)
    body = await gql(
        SHIP,
        {"input": {"order": order_id, "provider": "sandbox_express"}},
        token=world.a.logistics.token,
    )
    number = body["data"]["shipmentCreate"]["shipment"]["trackingNumber"]
    env = {"PLAZA_DATABASE_URL": database.url, "PLAZA_BROKER_URL": "", "PLAZA_PUBSUB_URL": ""}
    async with async_live_server(env) as server:
        proc = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-m", "plaza.cli", "sandbox-carrier", number, "delivered",
             "--location", "Shanghai", "--url", str(server)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, **env},
        )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "HTTP 200" in proc.stdout
    order = await MerchantOrder.get(id=pk(order_id))
    assert order.status == S.DELIVERED
    (event,) = await TrackingEvent.all()
    assert (event.status, event.location) == (T.DELIVERED, "Shanghai")
