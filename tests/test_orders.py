"""The merchant-order state machine through the GraphQL API: every operation with its roles,
refusals that change nothing, cancellations that refund and restock, automatic steps."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from models.orders import (
    Actor,
    GroupStatus,
    MerchantOrder,
    OrderEvent,
    OrderGroup,
    OrderStatus,
)
from models.outbox import OutboxEvent
from models.payments import Payment, PaymentStatus, Refund, RefundStatus
from resolvers import orders as orders_uc
from resolvers.errors import DomainError, OrderErrorCode
from resolvers.inventory import reconcile
from resolvers.orders import automatic, now_utc, run_automatic_transitions, transition
from tests.checkout_support import gid, pk, post_callback, signed_callback, start_payment
from tests.order_support import (
    ORDER_FIELDS,
    act,
    make_order_world,
    ok,
    paid_order,
    placed_group,
    refused,
    status_of,
    stock_of,
)

S = OrderStatus
ORDER = f"query($id: ID!) {{ order(id: $id) {{ {ORDER_FIELDS} }} }}"


@pytest.fixture
async def world():
    return await make_order_world()


async def _seen(gql, token: str | None, order_id: str) -> dict | None:
    body = await gql(ORDER, {"id": order_id}, token=token)
    assert "errors" not in body, body
    return body["data"]["order"]


async def _ledger_ok() -> None:
    assert all(row.ok for row in await reconcile()), "stock does not reconcile with the ledger"


async def _to_status(gql, world, order_id: str, target: OrderStatus) -> None:
    """Walk a mall order of merchant A forward (from where it is) to ``target``."""
    steps = [
        (S.CONFIRMED, "orderConfirm", world.a.orders.token, {}),
        (
            S.PICKING,
            "orderAssign",
            world.a.orders.token,
            {"assigneeId": _user(world.a.warehouse_staff)},
        ),
        (S.PACKED, "orderMarkPacked", world.a.warehouse_staff.token, {}),
        (
            S.SHIPPED,
            "orderShip",
            world.a.logistics.token,
            {"carrier": "SF", "trackingNumber": f"T{pk(order_id)}"},  # one parcel per number
        ),
    ]
    order = [S.PAID, *(step[0] for step in steps)]
    done = order[: order.index(await status_of(order_id)) + 1]
    for status, name, token, fields in steps:
        if status in done:
            continue
        await ok(gql, name, token, order_id, **fields)
        if status == target:
            return
    raise AssertionError(f"no path to {target}")


def _user(party) -> str:
    return gid("User", party.user.id)


# --- the whole life of an order ------------------------------------------------------------------


async def test_mall_order_happy_path_with_the_right_roles(gql, client, world):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant, 2)
    assert await status_of(order_id) == S.PAID

    confirmed = await ok(gql, "orderConfirm", world.a.orders.token, order_id)
    assert confirmed["status"] == "CONFIRMED"
    picking = await ok(
        gql,
        "orderAssign",
        world.a.orders.token,
        order_id,
        assigneeId=_user(world.a.warehouse_staff),
        note="aisle 3",
    )
    assert picking["status"] == "PICKING"
    assert picking["events"][-1]["data"]["assignee_user_id"] == world.a.warehouse_staff.user.id
    assert (await ok(gql, "orderMarkPacked", world.a.warehouse_staff.token, order_id))[
        "status"
    ] == "PACKED"
    shipped = await ok(
        gql,
        "orderShip",
        world.a.logistics.token,
        order_id,
        carrier="SF Express",
        trackingNumber="SF1234567890",
    )
    assert (shipped["status"], shipped["carrier"], shipped["trackingNumber"]) == (
        "SHIPPED",
        "SF Express",
        "SF1234567890",
    )
    delivered = await ok(gql, "orderConfirmReceipt", world.customer.token, order_id)
    assert delivered["status"] == "DELIVERED"

    # the aftersales window (mall: auto_complete_after 7 days) has to pass first
    assert (await run_automatic_transitions(now_utc() + timedelta(days=1)))["completed"] == 0
    moved = await run_automatic_transitions(now_utc() + timedelta(days=8))
    assert moved["completed"] == 1
    assert await status_of(order_id) == S.COMPLETED

    # every step is an event with who, in which role, from, to
    seen = await _seen(gql, world.a.owner.token, order_id)
    steps = [
        (e["fromStatus"], e["toStatus"], e["actorRole"], e["role"])
        for e in seen["events"]
        if e["kind"] == "status_changed"
    ]
    assert steps == [
        ("PENDING_PAYMENT", "PAID", "SYSTEM", None),
        ("PAID", "CONFIRMED", "MERCHANT", "orders"),
        ("CONFIRMED", "PICKING", "MERCHANT", "orders"),
        ("PICKING", "PACKED", "MERCHANT", "warehouse"),
        ("PACKED", "SHIPPED", "MERCHANT", "logistics"),
        ("SHIPPED", "DELIVERED", "CUSTOMER", "customer"),
        ("DELIVERED", "COMPLETED", "SYSTEM", "system"),
    ]
    by_to = {e["toStatus"]: e for e in seen["events"] if e["kind"] == "status_changed"}
    assert by_to["CONFIRMED"]["actorUserId"] == _user(world.a.orders)
    assert by_to["DELIVERED"]["actorUserId"] == _user(world.customer)
    assert by_to["SHIPPED"]["data"]["tracking_number"] == "SF1234567890"
    # the customer sees the history, but not which staff member did what
    mine = await _seen(gql, world.customer.token, order_id)
    mine_by_to = {e["toStatus"]: e for e in mine["events"] if e["kind"] == "status_changed"}
    assert mine_by_to["CONFIRMED"]["actorUserId"] is None
    assert mine_by_to["DELIVERED"]["actorUserId"] == _user(world.customer)
    await _ledger_ok()


async def test_completed_order_is_read_only(gql, client, world):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    await _to_status(gql, world, order_id, S.SHIPPED)
    await ok(gql, "orderMarkDelivered", world.courier.token, order_id)
    await run_automatic_transitions(now_utc() + timedelta(days=8))
    assert await status_of(order_id) == S.COMPLETED
    attempts = [
        ("orderCancel", world.customer.token, {}),
        ("orderUpdate", world.customer.token, {"remark": "late"}),
        ("orderConfirmReceipt", world.customer.token, {}),
        ("orderConfirm", world.admin.token, {}),
        ("orderCancelOnRequest", world.a.orders.token, {}),
        ("orderInvalidate", world.admin.token, {"reason": "x"}),
        ("orderMarkDeliveryFailed", world.a.logistics.token, {"reason": "x"}),
        ("orderMarkReturned", world.a.owner.token, {}),
        ("orderShip", world.a.owner.token, {"carrier": "X", "trackingNumber": "Y"}),
    ]
    for name, token, fields in attempts:
        assert await refused(gql, name, token, order_id, **fields) == "READ_ONLY", name
    # ... and the automatic steps leave it alone
    assert await run_automatic_transitions(now_utc() + timedelta(days=60)) == {
        "confirmed": 0,
        "received": 0,
        "completed": 0,
        "blocked": 0,
        "skipped": 0,
    }


# --- refusals ------------------------------------------------------------------------------------


async def test_each_role_is_refused_where_it_should_be(gql, client, world):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)

    # PAID: confirming is for the mall's confirmers (platform staff, merchant staff: orders)
    cases = [
        ("orderConfirm", world.customer.token, {}, "PERMISSION_DENIED"),
        ("orderConfirm", world.a.warehouse_staff.token, {}, "PERMISSION_DENIED"),
        ("orderConfirm", world.a.catalog.token, {}, "NOT_FOUND"),  # sees no orders
        ("orderConfirm", world.b.owner.token, {}, "NOT_FOUND"),  # another merchant's
        ("orderConfirm", world.leader.token, {}, "NOT_FOUND"),  # not at their pickup point
        ("orderConfirm", world.courier.token, {}, "NOT_FOUND"),  # couriers see shipped orders
        ("orderConfirm", None, {}, "UNAUTHENTICATED"),
        ("orderCancel", world.stranger.token, {}, "NOT_FOUND"),  # another customer's
        ("orderCancel", world.a.owner.token, {}, "PERMISSION_DENIED"),  # the customer's call
        ("orderUpdate", world.a.owner.token, {"remark": "x"}, "PERMISSION_DENIED"),
        # invalidating is for the confirmers: not warehouse staff
        (
            "orderInvalidate",
            world.a.warehouse_staff.token,
            {"reason": "fraud"},
            "PERMISSION_DENIED",
        ),
        ("orderCancelOnRequest", world.a.warehouse_staff.token, {}, "PERMISSION_DENIED"),
        (
            "orderShip",
            world.customer.token,
            {"carrier": "X", "trackingNumber": "1"},
            "PERMISSION_DENIED",
        ),
        ("orderMarkDelivered", world.a.owner.token, {}, "PERMISSION_DENIED"),
    ]
    for name, token, fields, code in cases:
        assert await refused(gql, name, token, order_id, **fields) == code, (name, token)
    assert await status_of(order_id) == S.PAID

    await ok(gql, "orderConfirm", world.a.orders.token, order_id)
    cases = [
        ("orderCancel", world.customer.token, {}, "INVALID_TRANSITION"),  # confirmed: ask staff
        (
            "orderAssign",
            world.customer.token,
            {"assigneeId": _user(world.a.warehouse_staff)},
            "PERMISSION_DENIED",
        ),
        (
            "orderAssign",
            world.b.owner.token,
            {"assigneeId": _user(world.b.warehouse_staff)},
            "NOT_FOUND",
        ),
        # the assignee must be warehouse/logistics staff of the order's merchant
        (
            "orderAssign",
            world.a.orders.token,
            {"assigneeId": _user(world.b.warehouse_staff)},
            "INVALID",
        ),
        ("orderAssign", world.a.orders.token, {"assigneeId": _user(world.a.catalog)}, "INVALID"),
        ("orderAssign", world.a.orders.token, {"assigneeId": _user(world.customer)}, "INVALID"),
        ("orderMarkPacked", world.a.warehouse_staff.token, {}, "INVALID_TRANSITION"),
    ]
    for name, token, fields, code in cases:
        assert await refused(gql, name, token, order_id, **fields) == code, (name, fields)
    assert await status_of(order_id) == S.CONFIRMED

    await _to_status(gql, world, order_id, S.SHIPPED)
    cases = [
        ("orderMarkDelivered", world.a.warehouse_staff.token, {}, "PERMISSION_DENIED"),
        ("orderMarkDelivered", world.b.owner.token, {}, "NOT_FOUND"),
        ("orderConfirmReceipt", world.stranger.token, {}, "NOT_FOUND"),
        ("orderConfirmReceipt", world.courier.token, {}, "PERMISSION_DENIED"),
        ("orderCancelOnRequest", world.a.orders.token, {}, "INVALID_TRANSITION"),  # shipped
        ("orderMarkReturned", world.a.owner.token, {}, "INVALID_TRANSITION"),
    ]
    for name, token, fields, code in cases:
        assert await refused(gql, name, token, order_id, **fields) == code, (name, token)
    # the merchant's own-fleet courier delivers
    assert (await ok(gql, "orderMarkDelivered", world.courier.token, order_id))["events"][-1][
        "actorRole"
    ] == "COURIER"


async def test_the_placed_entry_says_the_status_the_order_starts_in(gql, world):
    group = await placed_group(gql, world.customer, world.mall, [(world.a.variant, 1)])
    placed = await OrderEvent.get(order_id=pk(group["orders"][0]["id"]), kind="placed")
    assert (placed.from_status, placed.to_status) == (None, S.PENDING_PAYMENT.value)


async def test_invalid_transition_names_the_status_and_changes_nothing(gql, client, world):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    events = await OrderEvent.filter(order_id=pk(order_id)).count()
    result = await act(
        gql, "orderShip", world.a.logistics.token, order_id, carrier="SF", trackingNumber="1"
    )
    assert result["order"] is None
    (error,) = result["errors"]
    assert error["code"] == "INVALID_TRANSITION" and "PAID" in error["message"]
    assert error["message"] == "The order is PAID: 'ship' is possible only from PACKED."
    stored = await MerchantOrder.get(id=pk(order_id))
    assert (stored.status, stored.version, stored.carrier) == (S.PAID, 1, None)
    assert await OrderEvent.filter(order_id=stored.id).count() == events
    # bad input is refused before anything happens
    assert (
        await refused(
            gql, "orderShip", world.a.logistics.token, order_id, carrier=" ", trackingNumber="1"
        )
        == "INVALID"
    )
    assert (
        await refused(gql, "orderInvalidate", world.admin.token, order_id, reason="") == "INVALID"
    )
    body = await gql(
        'mutation { orderConfirm(input: {id: "bm9wZTox"}) { errors { code field } } }',
        token=world.admin.token,
    )
    assert body["data"]["orderConfirm"]["errors"] == [{"code": "INVALID", "field": "id"}]


async def test_stale_copy_of_an_order_gets_concurrent_update(world, gql, client):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    first = await MerchantOrder.get(id=pk(order_id))
    second = await MerchantOrder.get(id=pk(order_id))
    await transition(first, S.CONFIRMED, Actor.ADMIN)
    with pytest.raises(DomainError) as raised:
        await transition(second, S.CANCELLED, Actor.ADMIN)
    assert raised.value.code == OrderErrorCode.CONCURRENT_UPDATE
    assert "CONFIRMED" in raised.value.message
    stored = await MerchantOrder.get(id=pk(order_id))
    assert (stored.status, stored.version) == (S.CONFIRMED, 2)


# --- cancellations: money and stock come back ----------------------------------------------------


async def test_customer_cancel_after_payment_refunds_and_restocks(gql, client, world):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant, 3)
    assert await stock_of(world.a.variant) == (17, 0)
    cancelled = await ok(
        gql, "orderCancel", world.customer.token, order_id, reason="changed my mind"
    )
    assert cancelled["status"] == "CANCELLED" and cancelled["cancelReason"] == "customer_request"
    assert cancelled["refunded"]["amount"] == cancelled["total"]["amount"]
    assert cancelled["events"][-1]["reason"] == "changed my mind"

    refund = await Refund.get(order_id=pk(order_id))
    assert refund.status == RefundStatus.SUCCEEDED
    assert refund.amount == Decimal(cancelled["total"]["amount"])
    payment = await Payment.get(id=refund.payment_id)
    assert payment.status == PaymentStatus.REFUNDED
    assert await stock_of(world.a.variant) == (20, 0)
    await _ledger_ok()
    # its only order cancelled and the money back: the group is REFUNDED
    order = await MerchantOrder.get(id=pk(order_id))
    assert (await OrderGroup.get(id=order.group_id)).status == GroupStatus.REFUNDED
    # a second cancel is an invalid transition, not a second refund
    assert await refused(gql, "orderCancel", world.customer.token, order_id) == "INVALID_TRANSITION"
    assert await Refund.all().count() == 1


async def test_cancelling_an_unpaid_order_cancels_its_whole_group(gql, client, world):
    group = await placed_group(
        gql, world.customer, world.mall, [(world.a.variant, 2), (world.b.variant, 1)]
    )
    first, second = (o["id"] for o in group["orders"])
    assert await stock_of(world.a.variant) == (20, 2)
    payment = await start_payment(gql, world.customer.token, group["id"])

    cancelled = await ok(gql, "orderCancel", world.customer.token, first)
    assert cancelled["status"] == "CANCELLED"
    assert await status_of(second) == S.CANCELLED
    stored = await OrderGroup.get(id=pk(group["id"]))
    assert (stored.status, stored.cancel_reason) == (GroupStatus.CANCELLED, "customer_request")
    assert await stock_of(world.a.variant) == (20, 0)
    assert await stock_of(world.b.variant) == (20, 0)
    assert await Refund.all().count() == 0  # nothing was paid

    # money that arrives afterwards goes straight back
    headers, body = signed_callback(payment["reference"], group["total"]["amount"])
    assert (await post_callback(client, headers, body)).status_code == 200
    assert (await Refund.get()).status == RefundStatus.SUCCEEDED
    assert await status_of(first) == S.CANCELLED
    await _ledger_ok()


async def test_staff_cancel_on_request_and_platform_invalidation(gql, client, world):
    picking = await paid_order(gql, client, world.customer, world.mall, world.a.variant, 2)
    await _to_status(gql, world, picking, S.PICKING)
    result = await ok(
        gql, "orderCancelOnRequest", world.a.orders.token, picking, reason="asked by phone"
    )
    assert (result["status"], result["cancelReason"]) == ("CANCELLED", "customer_request")
    assert result["events"][-1]["fromStatus"] == "PICKING"

    paid = await paid_order(gql, client, world.customer, world.mall, world.a.variant, 1)
    result = await ok(gql, "orderInvalidate", world.service.token, paid, reason="duplicate order")
    assert (result["status"], result["cancelReason"]) == ("CANCELLED", "invalid_order")
    assert result["events"][-1]["role"] == "customer_service"

    # in the mall the merchant's order staff confirm, so they may invalidate too
    fraud = await paid_order(gql, client, world.customer, world.mall, world.a.variant, 1)
    result = await ok(gql, "orderInvalidate", world.a.orders.token, fraud, reason="fraud")
    assert (result["status"], result["cancelReason"]) == ("CANCELLED", "invalid_order")
    assert result["events"][-1]["actorRole"] == "MERCHANT"

    refunds = await Refund.all().order_by("id")
    assert [(r.order_id, r.status) for r in refunds] == [
        (pk(picking), RefundStatus.SUCCEEDED),
        (pk(paid), RefundStatus.SUCCEEDED),
        (pk(fraud), RefundStatus.SUCCEEDED),
    ]
    assert await stock_of(world.a.variant) == (20, 0)
    await _ledger_ok()


async def test_delivery_failure_reattempt_and_goods_returned(gql, client, world):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant, 2)
    await _to_status(gql, world, order_id, S.SHIPPED)
    failed = await ok(
        gql, "orderMarkDeliveryFailed", world.courier.token, order_id, reason="nobody home"
    )
    assert failed["status"] == "DELIVERY_FAILED" and failed["events"][-1]["reason"] == "nobody home"
    again = await ok(gql, "orderReattemptDelivery", world.a.logistics.token, order_id)
    assert again["status"] == "SHIPPED"
    await ok(gql, "orderMarkDeliveryFailed", world.a.logistics.token, order_id, reason="moved")
    # couriers report; the goods coming back is the merchant's (or the carrier's) to say
    assert (
        await refused(gql, "orderMarkReturned", world.courier.token, order_id)
        == "PERMISSION_DENIED"
    )
    returned = await ok(gql, "orderMarkReturned", world.a.warehouse_staff.token, order_id)
    assert (returned["status"], returned["cancelReason"]) == ("CANCELLED", "goods_returned")
    assert (await Refund.get(order_id=pk(order_id))).status == RefundStatus.SUCCEEDED
    assert await stock_of(world.a.variant) == (20, 0)
    await _ledger_ok()


async def test_carrier_events_move_the_order(gql, client, world):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    await _to_status(gql, world, order_id, S.SHIPPED)
    order = await orders_uc.carrier_update(pk(order_id), S.DELIVERY_FAILED, reason="bad address")
    assert order.status == S.DELIVERY_FAILED
    order = await orders_uc.carrier_update(pk(order_id), S.CANCELLED, reason="returned to sender")
    assert (order.status, order.cancel_reason) == (S.CANCELLED, "goods_returned")
    last = await OrderEvent.filter(order_id=order.id).order_by("-id").first()
    assert last.actor == Actor.CARRIER
    assert (await Refund.get(order_id=order.id)).status == RefundStatus.SUCCEEDED
    with pytest.raises(DomainError) as raised:
        await orders_uc.carrier_update(pk(order_id), S.SHIPPED)
    assert raised.value.code == OrderErrorCode.INVALID_TRANSITION


# --- the customer's edits -----------------------------------------------------------------------

NEW_ADDRESS = {
    "name": "Han Meimei",
    "phone": "13900000000",
    "city": "Suzhou",
    "street": "2 Canal St",
}


async def test_address_and_remark_change_until_confirmed(gql, client, world):
    group = await placed_group(gql, world.customer, world.mall, [(world.a.variant, 1)])
    order_id = group["orders"][0]["id"]
    unpaid = await ok(gql, "orderUpdate", world.customer.token, order_id, remark="ring twice")
    assert unpaid["remark"] == "ring twice"

    from tests.order_support import pay

    await pay(gql, client, world.customer, group)
    changed = await ok(
        gql, "orderUpdate", world.customer.token, order_id, shippingAddress=NEW_ADDRESS
    )
    assert changed["shippingAddress"]["city"] == "Suzhou"
    kinds = [e["kind"] for e in changed["events"]]
    assert "address_changed" in kinds and "remark_changed" in kinds
    assert (
        await refused(
            gql,
            "orderUpdate",
            world.customer.token,
            order_id,
            shippingAddress={**NEW_ADDRESS, "city": " "},
        )
        == "INVALID"
    )
    assert (
        await refused(gql, "orderUpdate", world.stranger.token, order_id, remark="x") == "NOT_FOUND"
    )
    assert (
        await refused(gql, "orderUpdate", world.customer.token, order_id, remark="x" * 501)
        == "INVALID"
    )

    await ok(gql, "orderConfirm", world.admin.token, order_id)
    result = await act(gql, "orderUpdate", world.customer.token, order_id, remark="too late")
    assert result["order"] is None
    (error,) = result["errors"]
    assert error["code"] == "READ_ONLY" and "CONFIRMED" in error["message"]
    stored = await MerchantOrder.get(id=pk(order_id))
    assert (stored.remark, stored.shipping_address["city"]) == ("ring twice", "Suzhou")


# --- storefront policies ------------------------------------------------------------------------


async def test_grocery_orders_are_confirmed_right_after_payment(gql, client, world):
    order_id = await paid_order(gql, client, world.customer, world.grocery, world.a.variant)
    seen = await _seen(gql, world.customer.token, order_id)
    assert seen["status"] == "CONFIRMED"
    steps = [(e["toStatus"], e["actorRole"]) for e in seen["events"] if e["toStatus"]]
    assert steps == [
        ("PENDING_PAYMENT", "CUSTOMER"),  # placed
        ("PAID", "SYSTEM"),
        ("CONFIRMED", "SYSTEM"),
    ]
    # nobody confirms by hand there; the customer may no longer cancel
    await MerchantOrder.filter(id=pk(order_id)).update(status=S.PAID)  # as if the hook had failed
    assert await refused(gql, "orderConfirm", world.a.orders.token, order_id) == "PERMISSION_DENIED"
    assert await refused(gql, "orderConfirm", world.admin.token, order_id) == "PERMISSION_DENIED"
    # ... and the periodic run is the safety net
    assert (await run_automatic_transitions())["confirmed"] == 1
    assert await status_of(order_id) == S.CONFIRMED


async def test_group_leader_confirms_only_orders_of_their_pickup_point(gql, client, world):
    mine = await paid_order(
        gql, client, world.customer, world.groupbuy, world.a.variant, point=world.point
    )
    theirs = await paid_order(
        gql, client, world.stranger, world.groupbuy, world.a.variant, point=world.other_point
    )
    assert await status_of(mine) == S.PAID
    # the groupbuy policy has the leader (or the platform) confirm, not the merchant
    assert await refused(gql, "orderConfirm", world.a.orders.token, mine) == "PERMISSION_DENIED"
    assert await refused(gql, "orderConfirm", world.leader.token, theirs) == "NOT_FOUND"
    # ...and so may invalidate it; the merchant may not in this storefront
    assert (
        await refused(gql, "orderInvalidate", world.a.orders.token, mine, reason="x")
        == "PERMISSION_DENIED"
    )
    confirmed = await ok(gql, "orderConfirm", world.leader.token, mine)
    assert confirmed["events"][-1]["actorRole"] == "GROUP_LEADER"
    assert await _seen(gql, world.leader.token, mine) is not None
    assert await _seen(gql, world.leader.token, theirs) is None
    await ok(gql, "orderConfirm", world.other_leader.token, theirs)
    assert await status_of(theirs) == S.CONFIRMED
    # a pickup order has no delivery address to change
    group = await placed_group(
        gql, world.customer, world.groupbuy, [(world.a.variant, 1)], point=world.point
    )
    assert (
        await refused(
            gql,
            "orderUpdate",
            world.customer.token,
            group["orders"][0]["id"],
            shippingAddress=NEW_ADDRESS,
        )
        == "INVALID"
    )


async def test_group_leader_tells_the_customer_and_hands_the_parcel_over(gql, client, world):
    mine = await paid_order(
        gql, client, world.customer, world.groupbuy, world.a.variant, point=world.point
    )
    mall_order = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    await ok(gql, "orderConfirm", world.leader.token, mine)
    # not before the merchant has sent it to the point
    assert await refused(gql, "orderHandOver", world.leader.token, mine) == "INVALID_TRANSITION"
    assert (
        await refused(gql, "orderMarkReadyForPickup", world.leader.token, mine)
        == "INVALID_TRANSITION"
    )
    await _to_status(gql, world, mine, S.SHIPPED)  # the merchant sends it to the point
    assert await status_of(mine) == S.SHIPPED

    # another point's leader does not see it; the customer and the merchant do not hand over
    assert await refused(gql, "orderHandOver", world.other_leader.token, mine) == "NOT_FOUND"
    assert await refused(gql, "orderHandOver", world.customer.token, mine) == "PERMISSION_DENIED"
    assert await refused(gql, "orderHandOver", world.a.owner.token, mine) == "PERMISSION_DENIED"
    assert (
        await refused(gql, "orderMarkReadyForPickup", world.other_leader.token, mine) == "NOT_FOUND"
    )

    ready = await ok(gql, "orderMarkReadyForPickup", world.leader.token, mine, note="shelf B2")
    assert ready["status"] == "SHIPPED"
    assert (ready["events"][-1]["kind"], ready["events"][-1]["reason"]) == (
        "ready_for_pickup",
        "shelf B2",
    )
    event = await OutboxEvent.filter(topic="order.ready_for_pickup").get()
    assert event.customer_id == world.customer.user.id
    assert event.payload["pickup_point_id"] == world.point.id
    # once is enough
    assert (
        await refused(gql, "orderMarkReadyForPickup", world.leader.token, mine)
        == "INVALID_TRANSITION"
    )
    handed = await ok(gql, "orderHandOver", world.leader.token, mine)
    assert handed["status"] == "DELIVERED"
    step = handed["events"][-1]
    assert (step["toStatus"], step["actorRole"], step["reason"]) == (
        "DELIVERED",
        "GROUP_LEADER",
        "collected at the pickup point",
    )
    # a courier order has no pickup point
    await _to_status(gql, world, mall_order, S.SHIPPED)
    assert await refused(gql, "orderMarkReadyForPickup", world.admin.token, mall_order) == "INVALID"


# --- automatic steps ----------------------------------------------------------------------------


async def test_automatic_receipt_then_completion(gql, client, world, monkeypatch):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    other = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    for oid in (order_id, other):
        await _to_status(gql, world, oid, S.SHIPPED)
    now = now_utc()
    # mall: receipt after 10 days shipped, completion 7 days after delivery
    assert (await run_automatic_transitions(now + timedelta(days=9)))["received"] == 0
    moved = await run_automatic_transitions(now + timedelta(days=11))
    assert moved["received"] == 2 and moved["completed"] == 0
    event = await OrderEvent.filter(order_id=pk(order_id), to_status="delivered").get()
    assert event.actor == Actor.SYSTEM and event.actor_user_id is None

    # an open aftersales case holds completion back (stood in for here; tests/test_aftersales.py
    # opens real ones)
    async def open_case(ids):
        return {pk(other)} & set(ids)

    monkeypatch.setattr(automatic, "orders_with_open_aftersales_case", open_case)
    moved = await run_automatic_transitions(now + timedelta(days=19))
    assert (moved["completed"], moved["blocked"]) == (1, 1)
    assert await status_of(order_id) == S.COMPLETED
    assert await status_of(other) == S.DELIVERED
    # batch-limited: one per kind per run
    monkeypatch.undo()
    assert (await run_automatic_transitions(now + timedelta(days=19), limit=1))["completed"] == 1
    assert await status_of(other) == S.COMPLETED


async def test_automatic_run_picks_only_due_orders_per_storefront(gql, client, world):
    mall = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    grocery = await paid_order(gql, client, world.customer, world.grocery, world.a.variant)
    await _to_status(gql, world, mall, S.SHIPPED)
    for name, token, fields in [
        ("orderAssign", world.a.orders.token, {"assigneeId": _user(world.a.logistics)}),
        ("orderMarkPacked", world.a.logistics.token, {}),
        ("orderShip", world.a.logistics.token, {"carrier": "own fleet", "trackingNumber": "R1"}),
    ]:
        await ok(gql, name, token, grocery, **fields)
    # grocery receives after 1 day, the mall after 10
    moved = await run_automatic_transitions(now_utc() + timedelta(days=2))
    assert moved["received"] == 1
    assert (await status_of(grocery), await status_of(mall)) == (S.DELIVERED, S.SHIPPED)


# --- who sees an order --------------------------------------------------------------------------


async def test_order_visibility_per_viewer(gql, client, world):
    order_id = await paid_order(gql, client, world.customer, world.mall, world.a.variant)
    visible = {
        "customer": world.customer.token,
        "owner": world.a.owner.token,
        "orders staff": world.a.orders.token,
        "warehouse staff": world.a.warehouse_staff.token,
        "admin": world.admin.token,
        "customer service": world.service.token,
    }
    hidden = {
        "stranger": world.stranger.token,
        "other merchant": world.b.owner.token,
        "catalog staff": world.a.catalog.token,
        "leader": world.leader.token,
        "courier before shipping": world.courier.token,
        "anonymous": None,
    }
    for who, token in visible.items():
        assert (await _seen(gql, token, order_id) or {}).get("id") == order_id, who
    for who, token in hidden.items():
        assert await _seen(gql, token, order_id) is None, who
    await _to_status(gql, world, order_id, S.SHIPPED)
    assert (await _seen(gql, world.courier.token, order_id))["status"] == "SHIPPED"
    # the node interface follows the same rule
    body = await gql(
        "query($id: ID!) { node(id: $id) { ... on MerchantOrder { number } } }",
        {"id": order_id},
        token=world.b.owner.token,
    )
    assert body["data"]["node"] is None
