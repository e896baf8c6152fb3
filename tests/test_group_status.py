"""An order group's status follows its orders and its payments (``models.orders``'s rule).

The rule itself is a pure function, tested without the database; the rest drives real
checkouts, payments and cancellations through the API and reads the group back from the
database, the API and the outbox.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from decimal import Decimal

import pytest

from models.orders import MerchantOrder, OrderGroup, OrderStatus
from models.outbox import OutboxEvent
from models.payments import Refund, RefundStatus
from models.promotions import FlashSale
from plugins.registry import get_registry
from resolvers.orders import now_utc
from resolvers.refunds import execute_pending_refunds
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
from tests.order_support import act, make_order_world, ok, pay, placed_group, shopper_pool

S = OrderStatus
GROUP_STATUS = "query($id: ID!) { orderGroup(id: $id) { status } }"


# --- the rule ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("orders", "paid", "captured", "refunded", "expected"),
    [
        # never paid: waiting for the money, or cancelled (expired, or the customer cancelled)
        ([S.PENDING_PAYMENT], False, "0", "0", "pending_payment"),
        ([S.PENDING_PAYMENT, S.PENDING_PAYMENT], False, "0", "0", "pending_payment"),
        ([S.CANCELLED, S.CANCELLED], False, "0", "0", "cancelled"),
        # a late payment of an expired group was captured and refunded: still never paid
        ([S.CANCELLED], False, "20.00", "20.00", "cancelled"),
        # paid: every order live, whatever its progress
        ([S.PAID, S.SHIPPED], True, "20.00", "0", "paid"),
        ([S.COMPLETED], True, "20.00", "5.00", "paid"),  # a partial aftersales refund
        ([S.CANCELLED, S.CONFIRMED], True, "20.00", "10.00", "partially_cancelled"),
        ([S.CANCELLED, S.PAID], True, "20.00", "0", "partially_cancelled"),
        # every order cancelled after payment: refunded once the money is back in full
        ([S.CANCELLED, S.CANCELLED], True, "20.00", "20.00", "refunded"),
        ([S.CANCELLED], True, "20.00", "25.00", "refunded"),
        ([S.CANCELLED, S.CANCELLED], True, "20.00", "10.00", "cancelled"),  # refund pending
        ([S.CANCELLED], True, "0", "0", "cancelled"),  # paid with nothing to capture
    ],
)
def test_group_status_rule(orders, paid, captured, refunded, expected):
    from models.orders import GroupStatus, derive_group_status

    status = derive_group_status(
        orders, paid=paid, captured=Decimal(captured), refunded=Decimal(refunded)
    )
    assert status == GroupStatus(expected)


# --- a sold-out flash sale (deduct on payment) -------------------------------------------------


async def _flash_sale_groups(gql, quantity: int = 1, buyers: int = 2):
    """``buyers`` one-order groups placed on a flash sale of ``quantity`` units (deduct on
    payment), not paid yet."""
    world = await make_order_world()
    now = now_utc()
    await FlashSale.create(
        variant=world.a.variant,
        price="5.00",
        starts_at=now - timedelta(minutes=1),
        ends_at=now + timedelta(hours=1),
        quantity=quantity,
        per_customer_limit=1,
    )
    shoppers = await make_shoppers(buyers)
    groups = []
    for i, shopper in enumerate(shoppers):
        token = await cart_with(
            gql, shopper.token, "mall", [(gid("Variant", world.a.variant.id), 1)]
        )
        result = await place(gql, shopper.token, token, f"sale-{i}")
        assert result["errors"] == [], result
        groups.append(result["orderGroup"])
    return shoppers, groups


async def _pay_each(gql, client, shoppers, groups) -> None:
    for shopper, group in zip(shoppers, groups, strict=True):
        payment = await start_payment(gql, shopper.token, group["id"])
        headers, body = signed_callback(payment["reference"], group["total"]["amount"])
        assert (await post_callback(client, headers, body)).status_code == 200


async def _group_topics(group_id: int) -> list[str]:
    return list(
        await OutboxEvent.filter(aggregate="order_group", aggregate_id=group_id)
        .order_by("id")
        .values_list("topic", flat=True)
    )


async def _api_status(gql, token: str, group_id: str) -> str:
    body = await gql(GROUP_STATUS, {"id": group_id}, token=token)
    return body["data"]["orderGroup"]["status"]


async def test_sold_out_flash_sale_group_is_refunded_not_paid(gql, client):
    """The only order of the second payer's group is cancelled SOLD_OUT at payment and its
    money refunded at once: the group is REFUNDED (database, API, outbox), not PAID."""
    shoppers, groups = await _flash_sale_groups(gql)
    await _pay_each(gql, client, shoppers, groups)
    won, lost = [await OrderGroup.get(id=pk(g["id"])) for g in groups]
    lost_order = await MerchantOrder.get(group_id=lost.id)
    assert lost_order.status == S.CANCELLED and lost_order.cancel_reason == "sold_out"
    assert await Refund.filter(order_id=lost_order.id, status=RefundStatus.SUCCEEDED).count() == 1

    assert won.status == "paid"
    assert lost.status == "refunded"
    assert lost.cancel_reason == "sold_out" and lost.cancelled_at is not None
    assert await _api_status(gql, shoppers[0].token, groups[0]["id"]) == "PAID"
    assert await _api_status(gql, shoppers[1].token, groups[1]["id"]) == "REFUNDED"
    assert await _group_topics(won.id) == ["order_group.placed", "order_group.paid"]
    assert await _group_topics(lost.id) == [
        "order_group.placed",
        "order_group.paid",
        "order_group.cancelled",  # the order cancelled, its refund queued
        "order_group.refunded",  # the refund went through
    ]
    refunded = await OutboxEvent.get(aggregate_id=lost.id, topic="order_group.refunded")
    assert refunded.payload["status"] == "refunded" and refunded.payload["from"] == "cancelled"
    assert refunded.customer_id == lost.customer_id


async def test_sold_out_group_is_cancelled_until_its_refund_goes_through(gql, client, monkeypatch):
    monkeypatch.setitem(get_registry().config, "sandbox_refund_fail", True)
    shoppers, groups = await _flash_sale_groups(gql)
    await _pay_each(gql, client, shoppers, groups)
    lost = await OrderGroup.get(id=pk(groups[1]["id"]))
    assert lost.status == "cancelled"  # every order cancelled, the money not back yet
    assert await _api_status(gql, shoppers[1].token, groups[1]["id"]) == "CANCELLED"

    monkeypatch.setitem(get_registry().config, "sandbox_refund_fail", False)
    assert await execute_pending_refunds() == 1  # the periodic retry
    assert (await OrderGroup.get(id=lost.id)).status == "refunded"
    assert await _api_status(gql, shoppers[1].token, groups[1]["id"]) == "REFUNDED"
    assert (await _group_topics(lost.id))[-1] == "order_group.refunded"


# --- cancelling the orders of a paid group one by one ------------------------------------------


async def test_group_follows_its_cancelled_orders(gql, client):
    world = await make_order_world()
    group = await placed_group(
        gql, world.customer, world.mall, [(world.a.variant, 1), (world.b.variant, 2)]
    )
    await pay(gql, client, world.customer, group)
    first, second = (o["id"] for o in group["orders"])
    group_id = pk(group["id"])
    assert (await OrderGroup.get(id=group_id)).status == "paid"

    await ok(gql, "orderCancel", world.customer.token, first)
    stored = await OrderGroup.get(id=group_id)
    assert stored.status == "partially_cancelled"
    assert stored.cancelled_at is None  # the group itself goes on
    assert await _api_status(gql, world.customer.token, group["id"]) == "PARTIALLY_CANCELLED"

    await ok(gql, "orderCancel", world.customer.token, second)
    stored = await OrderGroup.get(id=group_id)
    assert stored.status == "refunded"
    assert stored.cancel_reason == "customer_request" and stored.cancelled_at is not None
    assert await _api_status(gql, world.customer.token, group["id"]) == "REFUNDED"
    assert await _group_topics(group_id) == [
        "order_group.placed",
        "order_group.paid",
        "order_group.partially_cancelled",
        "order_group.cancelled",
        "order_group.refunded",
    ]
    events = await OutboxEvent.filter(aggregate="order_group", aggregate_id=group_id).order_by("id")
    assert [(e.payload.get("from"), e.payload.get("status")) for e in events[2:]] == [
        ("paid", "partially_cancelled"),
        ("partially_cancelled", "cancelled"),
        ("cancelled", "refunded"),
    ]


@pytest.mark.postgres
async def test_concurrent_cancellations_of_one_group_end_refunded(gql, client):
    """Both orders of a paid group cancelled at the same instant, in many groups: each
    cancellation sees the other's (the group row is locked while its status is derived), so no
    group is left PARTIALLY_CANCELLED with every order cancelled."""
    world = await make_order_world(stock=100)
    customers = await shopper_pool(10, "pair")
    groups = []
    for customer in customers:
        group = await placed_group(
            gql, customer, world.mall, [(world.a.variant, 1), (world.b.variant, 1)]
        )
        await pay(gql, client, customer, group)
        groups.append(group)
    results = await asyncio.gather(
        *(
            act(gql, "orderCancel", customer.token, order["id"])
            for customer, group in zip(customers, groups, strict=True)
            for order in group["orders"]
        )
    )
    assert all(r["errors"] == [] for r in results), results
    for group in groups:
        stored = await OrderGroup.get(id=pk(group["id"]))
        orders = await MerchantOrder.filter(group_id=stored.id).values_list("status", flat=True)
        assert set(orders) == {S.CANCELLED}
        assert stored.status == "refunded", group["number"]
        topics = await _group_topics(stored.id)
        assert topics.count("order_group.refunded") == 1, topics
        assert topics.count("order_group.partially_cancelled") <= 1, topics
    total = sum(Decimal(g["total"]["amount"]) for g in groups)
    refunded = await Refund.filter(status=RefundStatus.SUCCEEDED).values_list("amount", flat=True)
    assert sum(refunded) == total
