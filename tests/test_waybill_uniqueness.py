"""Tracking numbers are unique per carrier across the platform: two merchants' waybill ranges of
one carrier never overlap (refused at configuration, also when configured concurrently), a typed
number already on a parcel of the carrier is refused, and a carrier's push is matched by carrier
and number, so it reaches one order -- never one shipped with another carrier."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime

import pytest
from tortoise.transactions import in_transaction

from models.logistics import CarrierAccount, Shipment, TrackingEvent, TrackingStatus
from models.orders import Actor, MerchantOrder, OrderStatus
from plugins.shipping.sandbox_express import new_update
from resolvers.orders import transition
from tests.checkout_support import pk
from tests.order_support import (
    OrderWorld,
    Seller,
    make_order_world,
    paid_order,
    refused,
    shopper_pool,
)
from tests.test_logistics import ACCOUNT_SET, SHIP, _state, post_push

S = OrderStatus


@pytest.fixture
async def world() -> OrderWorld:
    return await make_order_world(stock=30)


async def packed_of(gql, client, world: OrderWorld, seller: Seller, n: int = 1) -> list[str]:
    """``n`` paid orders of ``seller`` walked to PACKED; their global IDs."""
    ids = []
    for shopper in await shopper_pool(n, f"buyer-{seller.merchant.slug}-"):
        order_id = await paid_order(gql, client, shopper, world.mall, seller.variant, 1)
        async with in_transaction():
            order = await MerchantOrder.get(id=pk(order_id))
            steps = [S.PAID, S.CONFIRMED, S.PICKING, S.PACKED]
            for target in steps[steps.index(S(order.status)) + 1 :]:
                await transition(order, target, Actor.ADMIN, reason="test set-up")
        ids.append(order_id)
    return ids


async def configure(gql, seller: Seller, **fields) -> dict:
    body = await gql(
        ACCOUNT_SET,
        {"input": {"provider": "sandbox_express", "name": "Sandbox Express", **fields}},
        token=seller.logistics.token,
    )
    assert "errors" not in body, body
    return body["data"]["carrierAccountSet"]


async def ship(gql, seller: Seller, order_id: str, **fields) -> dict:
    body = await gql(SHIP, {"input": {"order": order_id, **fields}}, token=seller.logistics.token)
    assert "errors" not in body, body
    return body["data"]["shipmentCreate"]


def _error(result: dict) -> tuple[str, str]:
    assert len(result["errors"]) == 1, result
    return result["errors"][0]["code"], result["errors"][0]["field"]


# --- ranges -------------------------------------------------------------------------------------


async def test_another_merchants_range_of_the_carrier_may_not_overlap(gql, world):
    mine = await configure(gql, world.a, trackingPrefix="SX", firstNumber=1000, lastNumber=1009)
    assert mine["errors"] == []
    for first, last in [(1005, 1020), (990, 1000), (1009, 1009), (0, 99999)]:
        before = await _state()
        result = await configure(
            gql, world.b, trackingPrefix="SX", firstNumber=first, lastNumber=last
        )
        assert _error(result) == ("RANGE_OVERLAP", "range"), (first, last)
        assert "alpha" not in result["errors"][0]["message"].lower()  # who holds it: not told
        assert await _state() == before
    # next to it, or under another prefix, is fine
    assert (await configure(gql, world.b, trackingPrefix="SX", firstNumber=1010, lastNumber=1019))[
        "errors"
    ] == []
    # ... but moving that range under A's prefix by a prefix change is not
    await configure(gql, world.b, trackingPrefix="SY", firstNumber=1000, lastNumber=1009)
    before = await _state()
    result = await configure(gql, world.b, trackingPrefix="SX")
    assert _error(result) == ("RANGE_OVERLAP", "trackingPrefix")
    assert await _state() == before
    # a merchant may change its own range over itself
    assert (await configure(gql, world.a, firstNumber=1000, lastNumber=1005))["errors"] == []


async def test_a_range_may_not_hand_out_a_number_already_on_a_parcel(gql, client, world):
    (order_id,) = await packed_of(gql, client, world, world.a)
    await configure(gql, world.a, trackingPrefix="SX", firstNumber=1000, lastNumber=1000)
    shipped = await ship(gql, world.a, order_id, provider="sandbox_express")
    assert shipped["shipment"]["trackingNumber"] == "SX0000001000"
    await configure(gql, world.a, firstNumber=2000, lastNumber=2009)  # A moves on
    before = await _state()
    result = await configure(gql, world.b, trackingPrefix="SX", firstNumber=999, lastNumber=1001)
    assert _error(result) == ("RANGE_OVERLAP", "range")
    assert await _state() == before
    assert (await configure(gql, world.b, trackingPrefix="SX", firstNumber=1001, lastNumber=1100))[
        "errors"
    ] == []


@pytest.mark.postgres
async def test_concurrent_overlapping_configurations_cannot_both_pass(gql, world):
    for round_ in range(6):
        first = 10_000 * (round_ + 1)
        results = await asyncio.gather(
            *(
                configure(
                    gql, seller, trackingPrefix="CC", firstNumber=first, lastNumber=first + 99
                )
                for seller in (world.a, world.b)
            )
        )
        codes = Counter(r["errors"][0]["code"] if r["errors"] else "OK" for r in results)
        assert codes == {"OK": 1, "RANGE_OVERLAP": 1}, (round_, codes)
        holders = await CarrierAccount.filter(
            provider="sandbox_express", tracking_prefix="CC", next_number=first
        ).count()
        assert holders == 1
        # empty both for the next round
        await CarrierAccount.filter(provider="sandbox_express").update(
            next_number=0, last_number=-1
        )


# --- typed numbers ------------------------------------------------------------------------------


async def test_a_typed_number_of_the_carrier_is_shipped_once(gql, client, world):
    (mine,) = await packed_of(gql, client, world, world.a)
    theirs, again = await packed_of(gql, client, world, world.b, 2)
    first = await ship(gql, world.a, mine, provider="manual", carrier="SF", trackingNumber="SF77")
    assert first["errors"] == []
    for order_id, seller in [(theirs, world.b), (again, world.b)]:
        before = await _state()
        result = await ship(
            gql, seller, order_id, provider="manual", carrier="SF", trackingNumber="SF77"
        )
        assert _error(result) == ("DUPLICATE_TRACKING_NUMBER", "trackingNumber")
        assert await _state() == before
    # the legacy orderShip mutation goes the same way
    code = await refused(
        gql, "orderShip", world.b.logistics.token, theirs, carrier="SF", trackingNumber="SF77"
    )
    assert code == "DUPLICATE_TRACKING_NUMBER"
    assert await Shipment.filter(tracking_number="SF77").count() == 1


@pytest.mark.postgres
async def test_two_merchants_racing_for_one_typed_number_ship_it_once(gql, client, world):
    mine = await packed_of(gql, client, world, world.a, 4)
    theirs = await packed_of(gql, client, world, world.b, 4)
    for n, (a_order, b_order) in enumerate(zip(mine, theirs, strict=True)):
        results = await asyncio.gather(
            ship(gql, world.a, a_order, provider="manual", carrier="SF", trackingNumber=f"R{n}"),
            ship(gql, world.b, b_order, provider="manual", carrier="SF", trackingNumber=f"R{n}"),
        )
        codes = Counter(r["errors"][0]["code"] if r["errors"] else "OK" for r in results)
        assert codes == {"OK": 1, "DUPLICATE_TRACKING_NUMBER": 1}, codes
        assert await Shipment.filter(tracking_number=f"R{n}").count() == 1


# --- pushes -------------------------------------------------------------------------------------


async def test_a_push_reaches_only_the_order_shipped_with_that_carrier(gql, client, world):
    (typed,) = await packed_of(gql, client, world, world.a)
    (ranged,) = await packed_of(gql, client, world, world.b)
    # merchant A typed (manual carrier) the very number merchant B's sandbox range hands out
    await ship(gql, world.a, typed, provider="manual", carrier="SF", trackingNumber="SX0000000500")
    await configure(gql, world.b, trackingPrefix="SX", firstNumber=500, lastNumber=500)
    result = await ship(gql, world.b, ranged, provider="sandbox_express")
    assert result["shipment"]["trackingNumber"] == "SX0000000500"

    delivered = new_update(
        "SX0000000500", TrackingStatus.DELIVERED, "Signed", "Shanghai", datetime.now(UTC)
    )
    response = await post_push(client, [delivered])
    assert response.status_code == 200, response.text
    assert response.json()["recorded"] == 1
    typed_order = await MerchantOrder.get(id=pk(typed))
    ranged_order = await MerchantOrder.get(id=pk(ranged))
    assert (typed_order.status, ranged_order.status) == (S.SHIPPED, S.DELIVERED)
    manual_parcel = await Shipment.get(order_id=typed_order.id)
    assert not await TrackingEvent.filter(shipment_id=manual_parcel.id).exists()

    # a number only the manual carrier has: the sandbox carrier's push finds no parcel
    response = await post_push(
        client,
        [
            new_update(
                "SF-ONLY-1", TrackingStatus.DELIVERED, "Signed", "Shanghai", datetime.now(UTC)
            )
        ],
    )
    assert response.json()["unknown"] == 1
