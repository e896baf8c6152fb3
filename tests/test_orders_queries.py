"""Reading orders: the customer's lists, a merchant's inbox and counts, the platform's search,
and a flat number of SQL statements per page whatever its size (DataLoaders)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from models.orders import MerchantOrder, OrderStatus
from resolvers.orders import now_utc
from tests.checkout_support import gid, pk
from tests.order_support import bulk_orders, make_order_world, ok, paid_order, placed_group
from tests.support import QueryCounter, gql_code

S = OrderStatus

MY_ORDERS = """query($first: Int, $after: String, $status: OrderStatus) {
  myOrders(first: $first, after: $after, status: $status) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id number status } } } }"""

MY_GROUPS = """query { myOrderGroups(first: 10) { totalCount
  edges { node { id number status orders { number status } } } } }"""

MERCHANT_ORDERS = """query($merchant: ID, $filter: OrderFilterInput, $first: Int, $after: String) {
  merchantOrders(merchant: $merchant, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id number status } } } }"""

COUNTS = """query($merchant: ID, $storefront: String) {
  merchantOrderCounts(merchant: $merchant, storefront: $storefront) { status count } }"""

PLATFORM_ORDERS = """query($filter: OrderFilterInput, $first: Int) {
  orders(filter: $filter, first: $first) { totalCount edges { node { number status
    merchant { slug } customerEmail } } } }"""

PAGE = """query($first: Int!) { merchantOrders(first: $first) { totalCount edges { node {
  id number status total { amount } storefront customerEmail
  merchant { id name slug }
  lines { sku quantity unitPrice { amount } variant { id sku name } }
  events { kind actor actorRole actorUserId reason createdAt }
  orderGroup { id number }
} } } }"""


@pytest.fixture
async def world():
    return await make_order_world()


def _numbers(conn: dict) -> list[str]:
    return [e["node"]["number"] for e in conn["edges"]]


async def test_my_orders_and_groups(gql, client, world):
    paid = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    unpaid = await placed_group(
        gql, world.customer, world.mall, [(world.a.variant, 1), (world.b.variant, 1)]
    )
    await paid_order(gql, client, world.stranger, world.mall, world.a.variant)

    body = await gql(MY_ORDERS, {"first": 2}, token=world.customer.token)
    page = body["data"]["myOrders"]
    assert page["totalCount"] == 3 and page["pageInfo"]["hasNextPage"]
    newest = [o["number"] for o in unpaid["orders"]]
    assert sorted(_numbers(page)) == sorted(newest)
    body = await gql(
        MY_ORDERS, {"first": 2, "after": page["pageInfo"]["endCursor"]}, token=world.customer.token
    )
    rest = body["data"]["myOrders"]
    assert [e["node"]["id"] for e in rest["edges"]] == [paid]
    assert not rest["pageInfo"]["hasNextPage"]

    body = await gql(MY_ORDERS, {"status": "PAID"}, token=world.customer.token)
    assert [e["node"]["id"] for e in body["data"]["myOrders"]["edges"]] == [paid]

    body = await gql(MY_GROUPS, token=world.customer.token)
    groups = body["data"]["myOrderGroups"]
    assert groups["totalCount"] == 2
    assert groups["edges"][0]["node"]["id"] == unpaid["id"]
    assert len(groups["edges"][0]["node"]["orders"]) == 2

    body = await gql(MY_ORDERS)
    assert gql_code(body) == "UNAUTHENTICATED"


async def test_merchant_inbox_is_scoped_and_filtered(gql, client, world):
    a_paid = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    a_confirmed = await paid_order(gql, client, world.stranger, world.mall, world.a.variant)
    await ok(gql, "orderConfirm", world.a.orders.token, a_confirmed)
    a_grocery = await paid_order(gql, client, world.customer, world.grocery, world.a.variant)
    await paid_order(gql, client, world.customer, world.mall, world.b.variant)

    async def inbox(token, **variables):
        body = await gql(MERCHANT_ORDERS, variables, token=token)
        assert "errors" not in body, body
        return body["data"]["merchantOrders"]

    everything = await inbox(world.a.warehouse_staff.token)
    assert everything["totalCount"] == 3
    assert {e["node"]["id"] for e in everything["edges"]} == {a_paid, a_confirmed, a_grocery}
    paged = await inbox(world.a.orders.token, first=2)
    more = await inbox(world.a.orders.token, first=2, after=paged["pageInfo"]["endCursor"])
    assert len({*_numbers(paged), *_numbers(more)}) == 3

    by_status = await inbox(world.a.owner.token, filter={"status": "CONFIRMED"})
    assert {e["node"]["id"] for e in by_status["edges"]} == {a_confirmed, a_grocery}
    by_storefront = await inbox(world.a.owner.token, filter={"storefront": "grocery"})
    assert [e["node"]["id"] for e in by_storefront["edges"]] == [a_grocery]
    number = (await MerchantOrder.get(id=pk(a_paid))).number
    by_number = await inbox(world.a.owner.token, filter={"number": number})
    assert [e["node"]["id"] for e in by_number["edges"]] == [a_paid]
    now = now_utc()
    window = {
        "createdFrom": (now - timedelta(hours=1)).isoformat(),
        "createdTo": (now + timedelta(hours=1)).isoformat(),
    }
    assert (await inbox(world.a.owner.token, filter=window))["totalCount"] == 3
    later = {"createdFrom": (now + timedelta(hours=1)).isoformat()}
    assert (await inbox(world.a.owner.token, filter=later))["totalCount"] == 0

    # admins choose the merchant; staff cannot look at another merchant's inbox
    as_admin = await inbox(world.admin.token, merchant=gid("Merchant", world.b.merchant.id))
    assert as_admin["totalCount"] == 1
    body = await gql(
        MERCHANT_ORDERS,
        {"merchant": gid("Merchant", world.b.merchant.id)},
        token=world.a.owner.token,
    )
    assert gql_code(body) == "PERMISSION_DENIED"
    for token in (world.a.catalog.token, world.customer.token):
        assert gql_code(await gql(MERCHANT_ORDERS, {}, token=token)) == "PERMISSION_DENIED"


async def test_merchant_order_counts_in_one_group_by(gql, client, world):
    await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    confirmed = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    await ok(gql, "orderConfirm", world.a.orders.token, confirmed)
    cancelled = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    await ok(gql, "orderCancel", world.customer.token, cancelled)
    await placed_group(gql, world.customer, world.mall, [(world.a.variant, 1)])
    await paid_order(gql, client, world.customer, world.mall, world.b.variant)

    with QueryCounter() as counter:
        body = await gql(COUNTS, {}, token=world.a.orders.token)
    counts = {row["status"]: row["count"] for row in body["data"]["merchantOrderCounts"]}
    assert counts == {
        "PENDING_PAYMENT": 1,
        "PAID": 1,
        "CONFIRMED": 1,
        "PICKING": 0,
        "PACKED": 0,
        "SHIPPED": 0,
        "DELIVERED": 0,
        "DELIVERY_FAILED": 0,
        "COMPLETED": 0,
        "CANCELLED": 1,
    }
    order_queries = [s for s in counter.statements if "merchant_order" in s]
    assert len(order_queries) == 1 and "GROUP BY" in order_queries[0].upper()

    body = await gql(COUNTS, {"storefront": "grocery"}, token=world.a.orders.token)
    assert sum(r["count"] for r in body["data"]["merchantOrderCounts"]) == 0
    body = await gql(
        COUNTS, {"merchant": gid("Merchant", world.b.merchant.id)}, token=world.admin.token
    )
    assert {r["status"]: r["count"] for r in body["data"]["merchantOrderCounts"]}["PAID"] == 1
    body = await gql(
        COUNTS, {"merchant": gid("Merchant", world.b.merchant.id)}, token=world.a.owner.token
    )
    assert gql_code(body) == "PERMISSION_DENIED"


async def test_platform_order_search(gql, client, world):
    mine = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    await paid_order(gql, client, world.stranger, world.mall, world.a.variant)
    theirs_b = await paid_order(gql, client, world.stranger, world.mall, world.b.variant)
    await ok(gql, "orderConfirm", world.b.orders.token, theirs_b)

    async def search(flt: dict, token=world.service.token) -> dict:
        body = await gql(PLATFORM_ORDERS, {"filter": flt}, token=token)
        assert "errors" not in body, body
        return body["data"]["orders"]

    assert (await search({}))["totalCount"] == 3
    by_email = await search({"customerEmail": "Customer@Plaza.test"})
    assert by_email["totalCount"] == 1
    assert by_email["edges"][0]["node"]["customerEmail"] == "customer@plaza.test"
    merchant_b = {"merchant": gid("Merchant", world.b.merchant.id)}
    assert (await search(merchant_b))["edges"][0]["node"]["merchant"]["slug"] == "beta"
    assert (await search({"status": "CONFIRMED"}))["totalCount"] == 1
    order = await MerchantOrder.get(id=pk(mine)).prefetch_related("group")
    assert (await search({"number": order.number}))["totalCount"] == 1
    assert (await search({"number": order.group.number}))["totalCount"] == 1
    future = {"createdFrom": (now_utc() + timedelta(minutes=5)).isoformat()}
    assert (await search(future))["totalCount"] == 0
    for token in (world.a.owner.token, world.customer.token):
        body = await gql(PLATFORM_ORDERS, {"filter": {}}, token=token)
        assert gql_code(body) == "PERMISSION_DENIED"


def _shape(statements: list[str]) -> Counter:
    return Counter(" ".join(s.split()[:6])[:90] for s in statements)


async def test_order_page_query_count_does_not_grow_with_page_size(gql, world):
    await bulk_orders(world, 25, lines_per_order=3, events_per_order=4)
    measured = {}
    for size in (5, 25):
        with QueryCounter() as counter:
            body = await gql(PAGE, {"first": size}, token=world.a.owner.token)
        assert "errors" not in body, body
        edges = body["data"]["merchantOrders"]["edges"]
        assert len(edges) == size
        assert all(len(e["node"]["lines"]) == 3 and len(e["node"]["events"]) == 4 for e in edges)
        assert all(e["node"]["lines"][1]["variant"]["sku"] for e in edges)
        measured[size] = counter
    counts = {size: c.count for size, c in measured.items()}
    print(f"SQL statements per merchantOrders page size: {counts}")  # shown with pytest -s
    assert counts[5] == counts[25], (
        f"SQL statements per page size: {counts}; grew: "
        f"{dict(_shape(measured[25].statements) - _shape(measured[5].statements))}"
    )
