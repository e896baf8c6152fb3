"""The built-in policies differ as the seeds do.

* ``mall`` (seed 000): the platform confirms each paid order by phoning the customer. Merchant
  staff cannot confirm, ``orderConfirm`` is refused even to platform staff (the call is recorded
  instead), and the call's outcome confirms, waits or cancels (refunded).
* ``marketplace`` (seed 003): the seller confirms (the platform does not), and ships with its
  own carrier account and batch waybills: a typed carrier name and number is refused.

The rest of the suite's test world keeps the generic order life (``tests.support.
GENERIC_ORDER_LIFE``); here the storefronts have the policies' own settings.
"""

from __future__ import annotations

import pytest

from models.catalog import Listing
from models.merchants import Storefront, StorefrontPolicyName
from models.orders import MerchantOrder, OrderEvent, OrderStatus
from models.payments import Refund
from resolvers.inventory import reconcile
from tests.checkout_support import pk
from tests.order_support import act, make_order_world, ok, paid_order, refused, stock_of
from tests.support import make_storefront
from tests.test_logistics import SHIP as SHIPMENT_CREATE
from tests.test_logistics import packed, sandbox_range

S = OrderStatus
CALL = "orderConfirmationCallRecord"
CALL_MUTATION = f"""mutation($input: OrderConfirmationCallRecordInput!) {{ {CALL}(input: $input) {{
  order {{ id status }} errors {{ code field message }} }} }}"""


@pytest.fixture
async def world():
    world = await make_order_world(stock=30)
    await Storefront.filter(id=world.mall.id).update(settings={})  # the mall policy's own
    market = await make_storefront("market", StorefrontPolicyName.MARKETPLACE, settings={})
    await Listing.create(product_id=(await world.a.variant.product).id, storefront=market)
    world.extra["market"] = market
    return world


async def call(gql, token: str, order_id: str, outcome: str, note: str = "") -> dict:
    body = await gql(
        CALL_MUTATION, {"input": {"id": order_id, "outcome": outcome, "note": note}}, token=token
    )
    assert "errors" not in body, body
    return body["data"][CALL]


async def calls_of(order_id: str) -> list[tuple[str, str]]:
    rows = await OrderEvent.filter(order_id=pk(order_id), kind="confirmation_call").order_by("id")
    return [(row.data["outcome"], row.data["role"]) for row in rows]


async def test_mall_orders_are_confirmed_by_a_phone_call_not_by_hand(gql, client, world):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)

    # Merchant staff are not the mall's confirmers; platform staff must record the call.
    assert await refused(gql, "orderConfirm", world.a.orders.token, order_id) == (
        "PERMISSION_DENIED"
    )
    result = await act(gql, "orderConfirm", world.admin.token, order_id)
    assert result["order"] is None
    assert result["errors"][0]["code"] == "CONFIRMATION_CALL_REQUIRED"
    assert await calls_of(order_id) == []

    # Nobody answered: the order stays PAID, the attempt is in its history.
    first = await call(gql, world.service.token, order_id, "NO_ANSWER")
    assert first["errors"] == [] and first["order"]["status"] == "PAID"
    second = await call(gql, world.service.token, order_id, "CONFIRMED", "customer confirmed")
    assert second["errors"] == [] and second["order"]["status"] == "CONFIRMED"
    assert await calls_of(order_id) == [
        ("no_answer", "customer_service"),
        ("confirmed", "customer_service"),
    ]
    history = await gql(
        """query($id: ID!) { order(id: $id) { events { kind data } } }""",
        {"id": order_id},
        token=world.a.orders.token,
    )
    kinds = [e["kind"] for e in history["data"]["order"]["events"]]
    assert kinds.count("confirmation_call") == 2  # the merchant sees how it was confirmed

    # Confirmed: the merchant takes it from here.
    assignee = world.a.warehouse_staff.user.id
    picked = await ok(
        gql, "orderAssign", world.a.orders.token, order_id, assigneeId=_user_gid(assignee)
    )
    assert picked["status"] == "PICKING"
    # A call on an order that is no longer PAID is refused and records nothing.
    late = await call(gql, world.service.token, order_id, "CONFIRMED")
    assert late["errors"][0]["code"] == "INVALID_TRANSITION"
    assert len(await calls_of(order_id)) == 2


def _user_gid(user_id: int) -> str:
    from tests.checkout_support import gid

    return gid("User", user_id)


async def test_a_declined_call_cancels_the_order_and_refunds_it(gql, client, world):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant, 2)
    on_hand, reserved = await stock_of(world.a.variant)

    # Declining needs a note (what the customer said); without one nothing happens.
    bare = await call(gql, world.service.token, order_id, "DECLINED")
    assert bare["errors"][0]["code"] == "INVALID" and bare["errors"][0]["field"] == "note"
    assert await calls_of(order_id) == []

    result = await call(gql, world.admin.token, order_id, "DECLINED", "bought elsewhere")
    assert result["errors"] == [] and result["order"]["status"] == "CANCELLED"
    order = await MerchantOrder.get(id=pk(order_id))
    assert order.cancel_reason == "customer_request"
    refund = await Refund.get(payment__group_id=order.group_id)
    assert refund.amount == order.total
    assert await stock_of(world.a.variant) != (on_hand, reserved)  # units back
    assert all(row.ok for row in await reconcile())


async def test_only_platform_staff_record_calls_and_only_where_the_policy_calls(gql, client, world):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    for token, code in [
        (world.a.orders.token, "PERMISSION_DENIED"),
        (world.a.owner.token, "PERMISSION_DENIED"),
        (world.customer.token, "PERMISSION_DENIED"),
        (world.b.owner.token, "NOT_FOUND"),  # another merchant's order is not there at all
        (world.stranger.token, "NOT_FOUND"),
    ]:
        result = await call(gql, token, order_id, "CONFIRMED")
        assert result["errors"][0]["code"] == code, (token, result)
    assert await calls_of(order_id) == [] and await _status(order_id) == S.PAID

    # Marketplace orders are confirmed by their seller: no calls there.
    market = world.extra["market"]
    theirs = await paid_order(gql, client, world.customer, market, world.a.variant)
    result = await call(gql, world.service.token, theirs, "CONFIRMED")
    assert result["errors"][0]["code"] == "INVALID" and await _status(theirs) == S.PAID


async def _status(order_id: str) -> S:
    return S((await MerchantOrder.get(id=pk(order_id))).status)


async def test_marketplace_sellers_confirm_and_ship_with_their_own_carrier_account(
    gql, client, world
):
    market = world.extra["market"]
    order_id = await paid_order(gql, client, world.customer, market, world.a.variant)
    # The seller confirms; the platform does not confirm marketplace orders.
    assert await refused(gql, "orderConfirm", world.admin.token, order_id) == "PERMISSION_DENIED"
    assert (await ok(gql, "orderConfirm", world.a.orders.token, order_id))["status"] == "CONFIRMED"

    (packed_id,) = await packed(gql, client, world, 1, storefront=market)
    # A typed carrier and waybill number is refused, by either mutation.
    typed = {"carrier": "Some Courier", "trackingNumber": "TYPED-1"}
    assert await refused(gql, "orderShip", world.a.logistics.token, packed_id, **typed) == (
        "OWN_CARRIER_ACCOUNT_REQUIRED"
    )
    body = await gql(
        SHIPMENT_CREATE,
        {"input": {"order": packed_id, "provider": "manual", **typed}},
        token=world.a.logistics.token,
    )
    error = body["data"]["shipmentCreate"]["errors"][0]
    assert (error["code"], error["field"]) == ("OWN_CARRIER_ACCOUNT_REQUIRED", "carrier")
    assert await _status(packed_id) == S.PACKED

    # With the seller's own account the waybill comes from its range.
    await sandbox_range(gql, world)
    body = await gql(
        SHIPMENT_CREATE,
        {"input": {"order": packed_id, "provider": "sandbox_express"}},
        token=world.a.logistics.token,
    )
    shipped = body["data"]["shipmentCreate"]
    assert shipped["errors"] == [] and shipped["order"]["status"] == "SHIPPED"
    assert shipped["shipment"]["trackingNumber"].startswith("SX")


async def test_mall_orders_still_ship_with_a_typed_carrier(gql, client, world):
    (packed_id,) = await packed(gql, client, world, 1)
    typed = {"carrier": "Some Courier", "trackingNumber": "TYPED-2"}
    assert (await ok(gql, "orderShip", world.a.logistics.token, packed_id, **typed))[
        "status"
    ] == "SHIPPED"
