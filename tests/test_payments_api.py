"""Payments and refunds in the API: on the group (its customer, the platform) and on each
merchant order (whoever sees the order: a merchant sees its share and its refunds only)."""

from __future__ import annotations

from decimal import Decimal

from tests.order_support import make_order_world, ok, pay, placed_group

GROUP = """query($id: ID!) { node(id: $id) { ... on OrderGroup { id
  payments { id provider status amount { amount currency } captured { amount }
    refunded { amount } createdAt paidAt
    refunds { amount { amount } reason status createdAt refundedAt orderId } }
  orders { id payments { provider status amount { amount } refunded { amount } createdAt paidAt }
    refunds { amount { amount } reason status refundedAt orderId } } } } }"""

ORDER = """query($id: ID!) { order(id: $id) { id
  payments { provider status amount { amount currency } refunded { amount } paidAt }
  refunds { amount { amount } reason status refundedAt orderId }
  orderGroup { payments { provider } } } }"""


async def _two_merchant_group(gql, client):
    world = await make_order_world()
    group = await placed_group(
        gql, world.customer, world.mall, [(world.a.variant, 1), (world.b.variant, 2)]
    )
    await pay(gql, client, world.customer, group)
    return world, group


def _order_of(group: dict, seller) -> dict:
    quantity = 1 if seller == "a" else 2
    return next(o for o in group["orders"] if o["lines"][0]["quantity"] == quantity)


async def test_the_customer_sees_the_payment_and_each_orders_share(gql, client):
    world, group = await _two_merchant_group(gql, client)
    body = await gql(GROUP, {"id": group["id"]}, token=world.customer.token)
    seen = body["data"]["node"]
    (payment,) = seen["payments"]
    assert payment["provider"] == "sandbox" and payment["status"] == "CAPTURED"
    assert Decimal(payment["amount"]["amount"]) == Decimal(group["total"]["amount"])
    assert Decimal(payment["captured"]["amount"]) == Decimal(payment["amount"]["amount"])
    assert payment["paidAt"] is not None and payment["createdAt"] is not None
    assert payment["refunds"] == []
    shares = sorted(Decimal(o["payments"][0]["amount"]["amount"]) for o in seen["orders"])
    totals = sorted(Decimal(o["total"]["amount"]) for o in group["orders"])
    assert shares == totals  # each order shows its own share


async def test_a_refund_shows_on_the_group_and_on_its_order_only(gql, client):
    world, group = await _two_merchant_group(gql, client)
    order_a = _order_of(group, "a")
    await ok(gql, "orderCancel", world.customer.token, order_a["id"])  # paid: refunded
    body = await gql(GROUP, {"id": group["id"]}, token=world.customer.token)
    seen = body["data"]["node"]
    (payment,) = seen["payments"]
    (refund,) = payment["refunds"]
    assert Decimal(refund["amount"]["amount"]) == Decimal(order_a["total"]["amount"])
    assert refund["status"] == "SUCCEEDED" and refund["refundedAt"] is not None
    assert refund["orderId"] == order_a["id"]
    assert Decimal(payment["refunded"]["amount"]) == Decimal(order_a["total"]["amount"])
    by_id = {o["id"]: o for o in seen["orders"]}
    assert len(by_id[order_a["id"]]["refunds"]) == 1
    assert Decimal(by_id[order_a["id"]]["payments"][0]["refunded"]["amount"]) == Decimal(
        order_a["total"]["amount"]
    )
    other = next(i for i in by_id if i != order_a["id"])
    assert by_id[other]["refunds"] == []
    assert Decimal(by_id[other]["payments"][0]["refunded"]["amount"]) == 0


async def test_a_merchant_sees_its_share_and_its_refunds_only(gql, client):
    world, group = await _two_merchant_group(gql, client)
    order_a, order_b = _order_of(group, "a"), _order_of(group, "b")
    await ok(gql, "orderCancel", world.customer.token, order_b["id"])  # B's order refunded

    body = await gql(ORDER, {"id": order_a["id"]}, token=world.a.owner.token)
    seen = body["data"]["order"]
    (share,) = seen["payments"]
    assert Decimal(share["amount"]["amount"]) == Decimal(order_a["total"]["amount"])
    assert share["status"] == "CAPTURED" and share["paidAt"] is not None
    assert seen["refunds"] == [] and Decimal(share["refunded"]["amount"]) == 0
    assert seen["orderGroup"]["payments"] == []  # the whole payment is not A's to see

    body = await gql(GROUP, {"id": group["id"]}, token=world.a.owner.token)
    node = body["data"]["node"]
    assert node["payments"] == []
    assert [o["id"] for o in node["orders"]] == [order_a["id"]]  # B's order (and refund) hidden

    body = await gql(ORDER, {"id": order_b["id"]}, token=world.b.orders.token)
    (refund,) = body["data"]["order"]["refunds"]
    assert refund["orderId"] == order_b["id"] and refund["reason"]


async def test_strangers_and_the_platform(gql, client):
    world, group = await _two_merchant_group(gql, client)
    body = await gql(GROUP, {"id": group["id"]}, token=world.stranger.token)
    assert body["data"]["node"] is None
    body = await gql(ORDER, {"id": group["orders"][0]["id"]}, token=world.b.catalog.token)
    assert body["data"]["order"] is None
    body = await gql(GROUP, {"id": group["id"]}, token=world.admin.token)
    (payment,) = body["data"]["node"]["payments"]
    assert payment["status"] == "CAPTURED"
    assert all(o["payments"] for o in body["data"]["node"]["orders"])


async def test_payments_of_many_groups_cost_a_fixed_number_of_queries(gql, client, count_queries):
    world = await make_order_world()
    groups = []
    for _ in range(3):
        group = await placed_group(gql, world.customer, world.mall, [(world.a.variant, 1)])
        await pay(gql, client, world.customer, group)
        groups.append(group)
    query = """query($n: Int!) { orders(first: $n) { edges { node {
      payments { status } refunds { status }
      orderGroup { payments { status refunds { status } } } } } } }"""
    counts = []
    for n in (1, 3):
        with count_queries() as counted:
            body = await gql(query, {"n": n}, token=world.admin.token)
        assert "errors" not in body, body
        edges = body["data"]["orders"]["edges"]
        assert len(edges) == n
        assert all(e["node"]["orderGroup"]["payments"][0]["status"] == "CAPTURED" for e in edges)
        counts.append(counted.count)
    assert counts[0] == counts[1]
