"""Assignment and picking: an assigned order shows its assignee and warehouse (to its merchant's
staff and the platform only), merchantOrders filters by assignee, and the pick list of a set of
one merchant's orders sums quantities per SKU and location, printable; every refusal."""

from __future__ import annotations

from models.merchants import Warehouse
from models.orders import MerchantOrder, OrderStatus
from tests.checkout_support import gid, pk
from tests.order_support import make_order_world, ok, paid_order, refused

ASSIGNED = """query($id: ID!) { order(id: $id) { number
  assignee { id email roles } warehouse { id code } } }"""
BY_ASSIGNEE = """query($a: ID!) { merchantOrders(filter: {assignee: $a}, first: 10) {
  totalCount edges { node { number } } } }"""
PICK = """query($ids: [ID!]!) { pickList(orderIds: $ids) { orderNumbers totalQuantity merchantId
  rows { sku location locationName warehouseId quantity orderNumbers productName } html text } }"""


def _user(party) -> str:
    return gid("User", party.user.id)


async def _confirmed(gql, client, w, quantity: int = 1, customer=None) -> str:
    order_id = await paid_order(gql, client, customer or w.customer, w.mall, w.a.variant, quantity)
    await ok(gql, "orderConfirm", w.a.orders.token, order_id)
    return order_id


async def test_an_assigned_order_shows_its_assignee_and_warehouse_to_staff_only(gql, client):
    w = await make_order_world()
    order_id = await _confirmed(gql, client, w)
    await ok(gql, "orderAssign", w.a.orders.token, order_id, assigneeId=_user(w.a.warehouse_staff))
    row = await MerchantOrder.get(id=pk(order_id))
    assert row.assignee_id == w.a.warehouse_staff.user.id
    assert row.warehouse_id == w.a.warehouse.id  # the warehouse holding its units

    for token in (w.a.orders.token, w.a.warehouse_staff.token, w.a.owner.token, w.admin.token):
        order = (await gql(ASSIGNED, {"id": order_id}, token=token))["data"]["order"]
        assert order["assignee"] == {
            "id": _user(w.a.warehouse_staff),
            "email": w.a.warehouse_staff.user.email,
            "roles": ["warehouse"],
        }
        assert order["warehouse"] == {"id": gid("Warehouse", w.a.warehouse.id), "code": "main"}
    # the customer sees the order, never who picks it nor where
    order = (await gql(ASSIGNED, {"id": order_id}, token=w.customer.token))["data"]["order"]
    assert order["number"] == row.number
    assert order["assignee"] is None and order["warehouse"] is None
    # another merchant's staff do not see the order at all
    assert (await gql(ASSIGNED, {"id": order_id}, token=w.b.owner.token))["data"]["order"] is None


async def test_assign_to_a_named_warehouse_and_its_refusals(gql, client):
    w = await make_order_world()
    second = await Warehouse.create(merchant=w.a.merchant, code="east", name="East")
    order_id = await _confirmed(gql, client, w)
    # a warehouse of another merchant, or none at all: NOT_FOUND, nothing changes
    for warehouse in (gid("Warehouse", w.b.warehouse.id), gid("Warehouse", 999_999)):
        code = await refused(
            gql,
            "orderAssign",
            w.a.orders.token,
            order_id,
            assigneeId=_user(w.a.warehouse_staff),
            warehouseId=warehouse,
        )
        assert code == "NOT_FOUND"
    await ok(
        gql,
        "orderAssign",
        w.a.orders.token,
        order_id,
        assigneeId=_user(w.a.logistics),
        warehouseId=gid("Warehouse", second.id),
    )
    row = await MerchantOrder.get(id=pk(order_id))
    assert (row.assignee_id, row.warehouse_id) == (w.a.logistics.user.id, second.id)


async def test_merchant_orders_filter_by_assignee(gql, client):
    w = await make_order_world()
    mine = [await _confirmed(gql, client, w) for _ in range(2)]
    other = await _confirmed(gql, client, w)
    await _confirmed(gql, client, w)  # not assigned
    for order_id in mine:
        await ok(
            gql, "orderAssign", w.a.orders.token, order_id, assigneeId=_user(w.a.warehouse_staff)
        )
    await ok(gql, "orderAssign", w.a.orders.token, other, assigneeId=_user(w.a.logistics))

    body = await gql(BY_ASSIGNEE, {"a": _user(w.a.warehouse_staff)}, token=w.a.orders.token)
    page = body["data"]["merchantOrders"]
    numbers = {(await MerchantOrder.get(id=pk(o))).number for o in mine}
    assert page["totalCount"] == 2
    assert {e["node"]["number"] for e in page["edges"]} == numbers
    # B's staff asking for A's assignee: their own merchant's orders only (none)
    body = await gql(BY_ASSIGNEE, {"a": _user(w.a.warehouse_staff)}, token=w.b.owner.token)
    assert body["data"]["merchantOrders"]["totalCount"] == 0
    # a malformed assignee id: refused, not a server error
    body = await gql(BY_ASSIGNEE, {"a": gid("Merchant", 1)}, token=w.a.orders.token)
    assert body["errors"] and body["data"] is None


async def test_the_pick_list_sums_per_sku_and_location(gql, client):
    w = await make_order_world()
    first = await _confirmed(gql, client, w, quantity=2)
    second = await _confirmed(gql, client, w, quantity=3, customer=w.stranger)
    await ok(gql, "orderAssign", w.a.orders.token, first, assigneeId=_user(w.a.warehouse_staff))
    numbers = sorted([(await MerchantOrder.get(id=pk(o))).number for o in (first, second)])

    body = await gql(PICK, {"ids": [first, second]}, token=w.a.warehouse_staff.token)
    assert "errors" not in body, body
    picks = body["data"]["pickList"]
    assert picks["totalQuantity"] == 5
    assert picks["merchantId"] == gid("Merchant", w.a.merchant.id)
    assert picks["rows"] == [
        {
            "sku": w.a.variant.sku,
            "location": "main",
            "locationName": "Main",
            "warehouseId": gid("Warehouse", w.a.warehouse.id),
            "quantity": 5,
            "orderNumbers": numbers,
            "productName": picks["rows"][0]["productName"],
        }
    ]
    assert sorted(picks["orderNumbers"]) == numbers
    assert picks["html"].startswith("<!DOCTYPE html>") and w.a.variant.sku in picks["html"]
    assert 'class="qty">5<' in picks["html"]
    text_row = next(line for line in picks["text"].splitlines() if w.a.variant.sku in line)
    assert text_row.split()[:3] == ["main", w.a.variant.sku, "5"]
    # the platform may print it too
    body = await gql(PICK, {"ids": [first]}, token=w.admin.token)
    assert body["data"]["pickList"]["totalQuantity"] == 2


async def test_pick_list_refusals(gql, client):
    w = await make_order_world()
    own = await _confirmed(gql, client, w)
    foreign = await paid_order(gql, client, w.customer, w.mall, w.b.variant)
    unpaid_group = await paid_order(gql, client, w.customer, w.mall, w.a.variant)
    await MerchantOrder.filter(id=pk(unpaid_group)).update(status=OrderStatus.CANCELLED)

    async def code(ids, token) -> tuple[str, str | None]:
        body = await gql(PICK, {"ids": ids}, token=token)
        assert body["data"] is None or body["data"]["pickList"] is None, body
        error = body["errors"][0]
        return error["extensions"]["code"], error["extensions"].get("field")

    # another merchant's order: answered as no such order, nothing of it shown
    assert await code([own, foreign], w.a.warehouse_staff.token) == ("NOT_FOUND", "orderIds.1")
    assert await code([gid("MerchantOrder", 999_999)], w.a.owner.token) == (
        "NOT_FOUND",
        "orderIds.0",
    )
    # not fulfilment staff: the customer, catalog staff, a leader, anonymous
    for token in (w.customer.token, w.a.catalog.token, w.leader.token):
        assert (await code([own], token))[0] == "PERMISSION_DENIED"
    assert (await code([own], None))[0] == "UNAUTHENTICATED"
    # a cancelled order is not to be picked; the platform still one merchant at a time
    assert await code([unpaid_group], w.a.owner.token) == ("INVALID", "orderIds.0")
    assert await code([own, foreign], w.admin.token) == ("INVALID", "orderIds")
    assert (await code([], w.a.owner.token))[0] == "INVALID"
