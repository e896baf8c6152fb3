"""A delivery slot under real concurrency, on PostgreSQL: many buyers at once on one slot of
capacity K -- exactly K orders, the others SLOT_FULL, ``taken == K`` -- and every place back
once the winners are cancelled, also when the cancellations race each other.

Each client is its own HTTP request through the ASGI app, all started at once with
``asyncio.gather`` (as in tests/test_checkout_concurrency.py)."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from models.accounts import PlatformRole
from models.orders import MerchantOrder, OrderStatus
from models.slots import DeliverySlot
from resolvers.permissions import Viewer
from resolvers.slots import RuleInput, delivery_slot_rules_set
from tests.checkout_support import cart_with, gid
from tests.order_support import make_order_world, shopper_pool, stock_of
from tests.support import payload

pytestmark = pytest.mark.postgres

BUYERS = 60
CAPACITY = 7

PLACE = """mutation($input: CheckoutPlaceOrderInput!) { checkoutPlaceOrder(input: $input) {
  orderGroup { id orders { id } } errors { code field } } }"""
CANCEL = """mutation($input: OrderCancelInput!) { orderCancel(input: $input) {
  order { status } errors { code } } }"""


async def test_many_buyers_on_one_slot_never_overbook_it(gql):
    w = await make_order_world(stock=BUYERS * 2)
    admin = Viewer(user_id=w.admin.user.id, platform_role=PlatformRole.ADMIN)
    await delivery_slot_rules_set(
        admin,
        w.a.warehouse.id,
        RuleInput(slot_minutes=60, capacity=CAPACITY, timezone="UTC", horizon_days=2),
    )
    soon = datetime.now(UTC) + timedelta(minutes=10)  # a slot whose cut-off is not near
    slot = await DeliverySlot.filter(cutoff_at__gt=soon).order_by("starts_at").first()
    assert slot is not None and slot.capacity == CAPACITY
    shoppers = await shopper_pool(BUYERS, "slot-crowd")
    carts = await asyncio.gather(
        *(
            cart_with(gql, s.token, "grocery", [(gid("Variant", w.a.variant.id), 1)])
            for s in shoppers
        )
    )
    choice = [{"merchant": gid("Merchant", w.a.merchant.id), "slot": gid("DeliverySlot", slot.id)}]

    async def buy(i: int, shopper, cart: str) -> dict:
        data = {"cartToken": cart, "idempotencyKey": f"crowd-{i}", "deliverySlots": choice}
        return payload(await gql(PLACE, {"input": data}, token=shopper.token), "checkoutPlaceOrder")

    results = await asyncio.gather(
        *(buy(i, s, c) for i, (s, c) in enumerate(zip(shoppers, carts, strict=True)))
    )
    codes = Counter(r["errors"][0]["code"] if r["errors"] else "OK" for r in results)
    assert codes == {"OK": CAPACITY, "SLOT_FULL": BUYERS - CAPACITY}, codes
    assert (await DeliverySlot.get(id=slot.id)).taken == CAPACITY
    assert await MerchantOrder.filter(delivery_slot_id=slot.id).count() == CAPACITY
    # the refused placements hold no stock either
    on_hand, reserved = await stock_of(w.a.variant)
    assert (on_hand, reserved) == (BUYERS * 2, CAPACITY)

    winners = [
        (s, r["orderGroup"]["orders"][0]["id"])
        for s, r in zip(shoppers, results, strict=True)
        if r["orderGroup"]
    ]
    # every winner cancels, all at once (and twice each): every place comes back, once
    cancels = await asyncio.gather(
        *(
            gql(CANCEL, {"input": {"id": order_id}}, token=s.token)
            for s, order_id in winners + winners
        )
    )
    assert sum(1 for c in cancels if c["data"]["orderCancel"]["errors"] == []) == CAPACITY
    assert (await DeliverySlot.get(id=slot.id)).taken == 0
    statuses = {o.status for o in await MerchantOrder.filter(delivery_slot_id=slot.id)}
    assert statuses == {OrderStatus.CANCELLED}
    assert await stock_of(w.a.variant) == (BUYERS * 2, 0)
