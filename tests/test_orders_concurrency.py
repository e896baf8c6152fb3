"""Racing transitions on one order, on PostgreSQL: exactly one wins, the other is told so
(CONCURRENT_UPDATE when both read the same version, INVALID_TRANSITION when it read the result),
and money and stock always match the final status.

Each contender is its own HTTP request through the ASGI app on its own pooled connection, all
started at once with ``asyncio.gather``.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

import pytest

from models.orders import GroupStatus, MerchantOrder, OrderEvent, OrderGroup, OrderStatus
from models.payments import Refund, RefundStatus
from resolvers.inventory import reconcile
from resolvers.orders import now_utc, run_automatic_transitions
from tests.checkout_support import gid, pk, post_callback, signed_callback, start_payment
from tests.order_support import (
    act,
    make_order_world,
    ok,
    paid_order,
    placed_group,
    shopper_pool,
    stock_of,
)

pytestmark = pytest.mark.postgres

S = OrderStatus
RACES = 6
LOSING = {"CONCURRENT_UPDATE", "INVALID_TRANSITION"}


@pytest.fixture
async def world():
    return await make_order_world(stock=50)


async def _moves_from(order_id: int, status: OrderStatus) -> int:
    return await OrderEvent.filter(
        order_id=order_id, kind="status_changed", from_status=status.value
    ).count()


def _one_winner(results: list[dict], losing_codes: Counter) -> int:
    winners = [i for i, r in enumerate(results) if not r["errors"]]
    assert len(winners) == 1, results
    (loser,) = (r for r in results if r["errors"])
    assert loser["order"] is None and len(loser["errors"]) == 1
    losing_codes[loser["errors"][0]["code"]] += 1
    return winners[0]


async def test_confirm_races_customer_cancel(gql, client, world):
    shoppers = await shopper_pool(RACES, "racer")
    orders = [await paid_order(gql, client, s, world.mall, world.a.variant, 2) for s in shoppers]
    codes: Counter = Counter()
    outcomes = await asyncio.gather(
        *(
            asyncio.gather(
                act(gql, "orderConfirm", world.a.orders.token, order_id),
                act(gql, "orderCancel", shopper.token, order_id),
            )
            for order_id, shopper in zip(orders, shoppers, strict=True)
        )
    )
    cancelled = 0
    for order_id, results in zip(orders, outcomes, strict=True):
        winner = _one_winner(list(results), codes)
        stored = await MerchantOrder.get(id=pk(order_id))
        assert await _moves_from(stored.id, S.PAID) == 1
        refunds = await Refund.filter(order_id=stored.id)
        if winner == 0:
            assert stored.status == S.CONFIRMED and refunds == []
        else:
            cancelled += 1
            assert stored.status == S.CANCELLED
            assert [(r.amount, r.status) for r in refunds] == [
                (stored.total, RefundStatus.SUCCEEDED)
            ]
    assert set(codes) <= LOSING, codes
    print(f"losers' codes: {dict(codes)}")  # shown with pytest -s
    units = 50 - 2 * (RACES - cancelled)
    assert await stock_of(world.a.variant) == (units, 0)
    assert all(row.ok for row in await reconcile())


async def test_ship_races_cancel_on_request(gql, client, world):
    orders = []
    for _ in range(RACES):
        order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
        await ok(gql, "orderConfirm", world.admin.token, order_id)
        await ok(
            gql,
            "orderAssign",
            world.a.orders.token,
            order_id,
            assigneeId=gid("User", world.a.warehouse_staff.user.id),
        )
        await ok(gql, "orderMarkPacked", world.a.warehouse_staff.token, order_id)
        orders.append(order_id)
    codes: Counter = Counter()
    outcomes = await asyncio.gather(
        *(
            asyncio.gather(
                act(
                    gql,
                    "orderShip",
                    world.a.logistics.token,
                    order_id,
                    carrier="SF",
                    trackingNumber=f"SF{n}",
                ),
                act(gql, "orderCancelOnRequest", world.service.token, order_id),
            )
            for n, order_id in enumerate(orders)
        )
    )
    shipped = 0
    for order_id, results in zip(orders, outcomes, strict=True):
        winner = _one_winner(list(results), codes)
        stored = await MerchantOrder.get(id=pk(order_id))
        assert await _moves_from(stored.id, S.PACKED) == 1
        if winner == 0:
            shipped += 1
            assert stored.status == S.SHIPPED and stored.tracking_number
            assert not await Refund.filter(order_id=stored.id).exists()
        else:
            assert stored.status == S.CANCELLED and stored.carrier is None
            assert (await Refund.get(order_id=stored.id)).status == RefundStatus.SUCCEEDED
    assert set(codes) <= LOSING, codes
    assert await stock_of(world.a.variant) == (50 - shipped, 0)
    assert all(row.ok for row in await reconcile())


async def test_automatic_receipt_races_the_customer(gql, client, world):
    orders = []
    for n in range(RACES):
        order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
        for name, token, fields in [
            ("orderConfirm", world.a.orders.token, {}),
            (
                "orderAssign",
                world.a.owner.token,
                {"assigneeId": gid("User", world.a.owner.user.id)},
            ),
            ("orderMarkPacked", world.a.owner.token, {}),
            ("orderShip", world.a.owner.token, {"carrier": "SF", "trackingNumber": f"SF{n}"}),
        ]:
            await ok(gql, name, token, order_id, **fields)
        orders.append(order_id)
    results = await asyncio.gather(
        run_automatic_transitions(now_utc() + timedelta(days=11)),
        *(act(gql, "orderConfirmReceipt", world.customer.token, o) for o in orders),
    )
    automatic, by_customer = results[0], results[1:]
    customer_wins = sum(1 for r in by_customer if not r["errors"])
    assert automatic["received"] + customer_wins == RACES
    assert automatic["skipped"] + automatic["received"] <= RACES
    for order_id in orders:
        assert await _moves_from(pk(order_id), S.SHIPPED) == 1
        # (a receipt the customer confirmed is 11 simulated days old: the run may complete it)
        assert (await MerchantOrder.get(id=pk(order_id))).status in (S.DELIVERED, S.COMPLETED)


async def test_unpaid_cancel_races_the_payment(gql, client, world):
    shoppers = await shopper_pool(RACES, "payer")
    groups = [await placed_group(gql, s, world.mall, [(world.a.variant, 1)]) for s in shoppers]
    payments = [
        await start_payment(gql, s.token, g["id"]) for s, g in zip(shoppers, groups, strict=True)
    ]

    async def pay(payment, group):
        headers, body = signed_callback(payment["reference"], group["total"]["amount"])
        return await post_callback(client, headers, body)

    results = await asyncio.gather(
        *(
            asyncio.gather(pay(p, g), act(gql, "orderCancel", s.token, g["orders"][0]["id"]))
            for p, g, s in zip(payments, groups, shoppers, strict=True)
        )
    )
    kept = 0
    for group, (response, cancel) in zip(groups, results, strict=True):
        assert response.status_code == 200
        stored_group = await OrderGroup.get(id=pk(group["id"]))
        order = await MerchantOrder.get(group_id=stored_group.id)
        refunds = await Refund.filter(payment__group_id=stored_group.id)
        if order.status == S.CANCELLED:
            # cancelled before payment (late payment refunded) or after it (order refunded)
            assert not cancel["errors"]
            assert [r.status for r in refunds] == [RefundStatus.SUCCEEDED]
            assert refunds[0].amount == order.total
        else:
            kept += 1  # payment won the group: the cancel was told to reload
            assert order.status == S.PAID and stored_group.status == GroupStatus.PAID
            assert cancel["errors"][0]["code"] == "CONCURRENT_UPDATE"
            assert refunds == []
    assert await stock_of(world.a.variant) == (50 - kept, 0)
    assert all(row.ok for row in await reconcile())
