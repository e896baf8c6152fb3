"""Batches racing for one waybill range on PostgreSQL, each its own HTTP request on its own
pooled connection: no number is used twice, the range never runs past its end, and a batch that
loses ships nothing."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest

from models.logistics import CarrierAccount, Shipment
from models.orders import MerchantOrder, OrderStatus
from tests.checkout_support import pk
from tests.order_support import make_order_world, shopper_pool
from tests.test_logistics import BATCH, packed, sandbox_range

pytestmark = pytest.mark.postgres

BATCHES = 6
PER_BATCH = 3


@pytest.fixture
async def world():
    return await make_order_world(stock=40)


async def test_racing_batches_share_no_number_and_stop_at_the_end_of_the_range(gql, client, world):
    orders = []
    for shopper in await shopper_pool(BATCHES, "batch"):  # the order-rate rule: a few each
        orders += await packed(gql, client, world, PER_BATCH, customer=shopper)
    await sandbox_range(gql, world, 1000, 1000 + 4 * PER_BATCH - 1)  # room for 4 batches
    groups = [orders[i : i + PER_BATCH] for i in range(0, len(orders), PER_BATCH)]
    bodies = await asyncio.gather(
        *(
            gql(
                BATCH,
                {"input": {"orders": group, "provider": "sandbox_express"}},
                token=world.a.logistics.token,
            )
            for group in groups
        )
    )
    results = [b["data"]["shipmentBatchCreate"] for b in bodies]
    codes = Counter(r["errors"][0]["code"] if r["errors"] else "OK" for r in results)
    assert codes == {"OK": 4, "RANGE_EXHAUSTED": 2}, codes

    numbers = sorted(await Shipment.all().values_list("tracking_number", flat=True))
    assert numbers == [f"SX{n:010d}" for n in range(1000, 1000 + 4 * PER_BATCH)]
    account = await CarrierAccount.get(merchant_id=world.a.merchant.id)
    assert account.next_number == account.last_number + 1
    # every order of a losing batch is still PACKED, every winner's SHIPPED with its number
    for group, result in zip(groups, results, strict=True):
        statuses = {o.status for o in await MerchantOrder.filter(id__in=[pk(i) for i in group])}
        assert statuses == ({OrderStatus.SHIPPED} if not result["errors"] else {OrderStatus.PACKED})
