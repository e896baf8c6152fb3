"""Racing aftersales requests on PostgreSQL, each its own HTTP request on its own pooled
connection, all started at once: units are claimed once, a case is resolved (and refunded)
once, and replacement orders never take stock that is not there."""

from __future__ import annotations

import asyncio
from collections import Counter
from decimal import Decimal

import pytest

from models.aftersales import AftersalesCase, CaseStatus
from models.inventory import MovementKind, Stock, StockMovement
from models.orders import MerchantOrder
from models.payments import Refund
from resolvers.inventory import reconcile
from tests.test_aftersales import delivered, line_of, ok, opening, run

pytestmark = pytest.mark.postgres

RACERS = 8


@pytest.fixture
async def world():
    from tests.order_support import make_order_world

    return await make_order_world(stock=30)


async def test_the_same_units_are_claimed_by_one_case(gql, client, world):
    order_id = await delivered(gql, client, world, quantity=2)
    line = await line_of(order_id)
    fields = {
        "order": order_id,
        "type": "RETURN_AND_REFUND",
        "reason": "both broken",
        "lines": [{"orderLine": line, "quantity": 2}],
    }
    results = await asyncio.gather(
        *(run(gql, "aftersalesCaseOpen", world.customer.token, **fields) for _ in range(RACERS))
    )
    codes = Counter(r["errors"][0]["code"] if r["errors"] else "OK" for r in results)
    assert codes == {"OK": 1, "QUANTITY_INVALID": RACERS - 1}, codes
    assert await AftersalesCase.all().count() == 1


async def test_a_case_is_resolved_and_refunded_once(gql, client, world):
    order_id = await delivered(gql, client, world, quantity=1)
    case = await ok(
        gql,
        "aftersalesCaseOpen",
        world.customer.token,
        **opening(order_id, await line_of(order_id), "REFUND_ONLY", 1, "late"),
    )
    await ok(gql, "aftersalesCaseApprove", world.a.orders.token, id=case["id"])
    tokens = [world.a.orders.token, world.a.owner.token, world.service.token, world.admin.token]
    results = await asyncio.gather(
        *(
            run(gql, "aftersalesCaseResolve", tokens[i % len(tokens)], id=case["id"])
            for i in range(RACERS)
        )
    )
    codes = Counter(r["errors"][0]["code"] if r["errors"] else "OK" for r in results)
    assert codes["OK"] == 1 and set(codes) <= {"OK", "INVALID_TRANSITION", "CONCURRENT_UPDATE"}
    (refund,) = await Refund.all()
    order = await MerchantOrder.get(id=refund.order_id)
    assert refund.amount == order.refunded_amount == Decimal("10.00")  # the unit, not shipping
    assert (await AftersalesCase.get()).status == CaseStatus.RESOLVED


async def test_replacements_racing_for_the_last_units_never_oversell(gql, client, world):
    order_ids = [await delivered(gql, client, world, quantity=1) for _ in range(RACERS)]
    case_ids = []
    for order_id in order_ids:
        case = await ok(
            gql,
            "aftersalesCaseOpen",
            world.customer.token,
            **opening(order_id, await line_of(order_id), "RESHIP", 1, "missing"),
        )
        await ok(gql, "aftersalesCaseApprove", world.a.orders.token, id=case["id"])
        case_ids.append(case["id"])
    # leave 3 units available
    stock = await Stock.get(variant_id=world.a.variant.id)
    delta = stock.reserved + 3 - stock.on_hand
    await Stock.filter(id=stock.id).update(on_hand=stock.on_hand + delta)
    await StockMovement.create(stock_id=stock.id, kind=MovementKind.ADJUST, on_hand_delta=delta)

    results = await asyncio.gather(
        *(run(gql, "aftersalesCaseResolve", world.a.orders.token, id=cid) for cid in case_ids)
    )
    codes = Counter(r["errors"][0]["code"] if r["errors"] else "OK" for r in results)
    assert codes == {"OK": 3, "INSUFFICIENT_STOCK": RACERS - 3}, codes
    after = await Stock.get(id=stock.id)
    assert after.on_hand - after.reserved == 0
    assert await MerchantOrder.filter(replacement_of_id__isnull=False).count() == 3
    assert await AftersalesCase.filter(status=CaseStatus.RESOLVED).count() == 3
    assert all(row.ok for row in await reconcile())
