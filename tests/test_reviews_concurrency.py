"""Racing review requests on PostgreSQL, each its own HTTP request on its own pooled
connection, all started at once: a line is reviewed once (also against the default-review
job), a review is replied to once, and the product's counters match its reviews."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime

import pytest

from models.catalog import Product
from models.orders import MerchantOrder
from models.reviews import Review
from resolvers.reviews import record_default_reviews
from tests.checkout_support import pk
from tests.order_support import make_order_world
from tests.test_aftersales import delivered, line_of
from tests.test_reviews import creating, ok, run

pytestmark = pytest.mark.postgres

RACERS = 8


@pytest.fixture
async def world():
    return await make_order_world(stock=30)


async def _in_step(product_id: int) -> None:
    product = await Product.get(id=product_id)
    visible = await Review.filter(product_id=product_id, hidden=False)
    assert product.rating_count == len(visible)
    assert product.rating_sum == sum(r.rating for r in visible)


async def test_a_line_is_reviewed_once_however_many_try(gql, client, world):
    line = await line_of(await delivered(gql, client, world, quantity=1))
    results = await asyncio.gather(
        *(
            run(gql, "reviewCreate", world.customer.token, **creating(line, 1 + n % 5))
            for n in range(RACERS)
        )
    )
    codes = Counter(r["errors"][0]["code"] if r["errors"] else "OK" for r in results)
    assert codes == {"OK": 1, "ALREADY_REVIEWED": RACERS - 1}, codes
    assert await Review.all().count() == 1
    await _in_step(world.a.variant.product_id)


async def test_the_counters_add_up_under_simultaneous_reviews_of_one_product(gql, client, world):
    lines = [await line_of(await delivered(gql, client, world, quantity=1)) for _ in range(6)]
    results = await asyncio.gather(
        *(
            run(gql, "reviewCreate", world.customer.token, **creating(line, 1 + n % 5))
            for n, line in enumerate(lines)
        )
    )
    assert all(r["errors"] == [] for r in results), results
    product = await Product.get(id=world.a.variant.product_id)
    assert product.rating_count == 6 and product.rating_sum == sum(1 + n % 5 for n in range(6))
    await _in_step(product.id)


async def test_the_customer_and_the_default_review_job_race_for_a_line(gql, client, world):
    order_id = await delivered(gql, client, world, quantity=1, storefront=world.grocery)
    await MerchantOrder.filter(id=pk(order_id)).update(
        delivered_at=datetime(2020, 1, 1, tzinfo=UTC)
    )
    line = await line_of(order_id)
    outcomes = await asyncio.gather(
        run(gql, "reviewCreate", world.customer.token, **creating(line, 2)),
        record_default_reviews(),
        record_default_reviews(),
    )
    assert await Review.filter(order_line_id=int(line)).count() == 1
    customer_won = outcomes[0]["errors"] == []
    recorded = outcomes[1]["recorded"] + outcomes[2]["recorded"]
    assert recorded == (0 if customer_won else 1)
    await _in_step(world.a.variant.product_id)


async def test_a_review_is_replied_to_once(gql, client, world):
    line = await line_of(await delivered(gql, client, world, quantity=1))
    review = await ok(gql, "reviewCreate", world.customer.token, **creating(line))
    results = await asyncio.gather(
        *(
            run(gql, "reviewReply", world.a.owner.token, review=review["id"], text=f"thanks {n}")
            for n in range(RACERS)
        )
    )
    codes = Counter(r["errors"][0]["code"] if r["errors"] else "OK" for r in results)
    assert codes == {"OK": 1, "ALREADY_REPLIED": RACERS - 1}, codes
    winner = next(r for r in results if not r["errors"])
    assert (await Review.get(id=pk(review["id"]))).reply_text == winner["review"]["reply"]["text"]


async def test_a_review_is_hidden_and_uncounted_once(gql, client, world):
    line = await line_of(await delivered(gql, client, world, quantity=1))
    review = await ok(gql, "reviewCreate", world.customer.token, **creating(line, 4))
    tokens = [world.admin.token, world.service.token] * (RACERS // 2)
    results = await asyncio.gather(
        *(run(gql, "reviewHide", t, review=review["id"], reason="abuse") for t in tokens)
    )
    codes = Counter(r["errors"][0]["code"] if r["errors"] else "OK" for r in results)
    assert codes == {"OK": 1, "ALREADY_HIDDEN": RACERS - 1}, codes
    await _in_step(world.a.variant.product_id)
    assert (await Product.get(id=world.a.variant.product_id)).rating_count == 0
