"""Delivery slots through the API: the merchant's calendar, the slots customers choose at
checkout (capacity never passed, given back on cancel and expiry), appointment orders picking
at the agreed time, own-fleet shipping to a courier and the courier's deliveries in slot order.

The concurrent buyers on one slot are in tests/test_delivery_slots_concurrency.py (PostgreSQL).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from models.accounts import Courier
from models.logistics import Shipment
from models.orders import Actor, MerchantOrder, OrderEvent, OrderGroup, OrderStatus
from models.slots import DeliverySlot, DeliverySlotRule
from resolvers.checkout import expire_group
from resolvers.slots import extend_calendars, generate, start_due_picking
from tests.checkout_support import cart_with, gid, pk
from tests.order_support import (
    OrderWorld,
    Party,
    make_order_world,
    ok,
    pay,
    shopper_pool,
    stock_of,
)
from tests.support import gql_code, make_user, payload

RULES_SET = """mutation($input: DeliverySlotRulesSetInput!) { deliverySlotRulesSet(input: $input) {
  rule { slotMinutes capacity cutoffMinutes pickingLeadMinutes weekdays opensAt closesAt
    timezone horizonDays active generatedUntil warehouse { id } }
  errors { code field message } } }"""

SLOTS = """query($sf: String!, $date: Date!, $merchant: ID, $warehouse: ID) {
  deliverySlots(storefront: $sf, date: $date, merchant: $merchant, warehouse: $warehouse) {
    id startsAt endsAt cutoffAt pickingAt remaining open capacity taken
    merchant { slug } warehouse { id } } }"""

RULES = """{ deliverySlotRules { capacity warehouse { id } } }"""

PLACE = """mutation($input: CheckoutPlaceOrderInput!) { checkoutPlaceOrder(input: $input) {
  orderGroup { id status total { amount }
    orders { id status deliverySlot { id startsAt remaining } } }
  errors { code field message } } }"""

SHIP = """mutation($input: ShipmentCreateInput!) { shipmentCreate(input: $input) {
  order { id status carrier trackingNumber }
  shipment { provider carrierName trackingNumber }
  errors { code field message } } }"""

DELIVERIES = """query($done: Boolean!) { myDeliveries(includeDone: $done) {
  id number status deliverySlot { startsAt } shipment { provider } } }"""

TOMORROW = (datetime.now(UTC) + timedelta(days=1)).date()
# the calendar of these tests: four one-hour slots tomorrow morning (UTC), two orders each
CALENDAR = {
    "slotMinutes": 60,
    "capacity": 2,
    "cutoffMinutes": 30,
    "pickingLeadMinutes": 90,
    "opensAt": "08:00",
    "closesAt": "12:00",
    "timezone": "UTC",
    "horizonDays": 3,
}


async def _set_calendar(gql, token: str, warehouse_id: int, **overrides) -> dict:
    data = {"warehouse": gid("Warehouse", warehouse_id), **CALENDAR, **overrides}
    return payload(await gql(RULES_SET, {"input": data}, token=token), "deliverySlotRulesSet")


async def _slots(gql, token: str | None, merchant_id: int, day: date = TOMORROW) -> list[dict]:
    variables = {"sf": "grocery", "date": day.isoformat(), "merchant": gid("Merchant", merchant_id)}
    body = await gql(SLOTS, variables, token=token)
    assert "errors" not in body, body
    return body["data"]["deliverySlots"]


async def _world_with_calendar(gql, capacity: int = 2) -> OrderWorld:
    w = await make_order_world(stock=50)
    for seller in (w.a, w.b):
        result = await _set_calendar(
            gql, seller.logistics.token, seller.warehouse.id, capacity=capacity
        )
        assert result["errors"] == [], result
    return w


async def _place(
    gql, customer: Party, w: OrderWorld, slots: list[tuple[int, str]], key: str, token=None
):
    """Place a grocery cart of A's tea (``token``: that cart) with ``slots`` [(merchant id,
    slot id)]."""
    if token is None:
        token = await _cart(gql, customer, w)
    choices = [{"merchant": gid("Merchant", m), "slot": s} for m, s in slots]
    data = {"cartToken": token, "idempotencyKey": key, "deliverySlots": choices}
    return payload(await gql(PLACE, {"input": data}, token=customer.token), "checkoutPlaceOrder")


async def _cart(gql, customer: Party, w: OrderWorld) -> str:
    return await cart_with(gql, customer.token, "grocery", [(gid("Variant", w.a.variant.id), 1)])


async def _taken(slot_id: str) -> int:
    return (await DeliverySlot.get(id=pk(slot_id))).taken


# --- the calendar -------------------------------------------------------------------------------


async def test_logistics_staff_set_a_calendar_and_customers_see_its_slots(gql):
    w = await make_order_world()
    result = await _set_calendar(gql, w.a.logistics.token, w.a.warehouse.id)
    assert result["errors"] == []
    rule = result["rule"]
    assert (rule["slotMinutes"], rule["capacity"], rule["weekdays"]) == (
        60,
        2,
        [1, 2, 3, 4, 5, 6, 7],
    )
    assert rule["warehouse"]["id"] == gid("Warehouse", w.a.warehouse.id)

    staff_view = await _slots(gql, w.a.logistics.token, w.a.merchant.id)
    assert [s["startsAt"][11:16] for s in staff_view] == ["08:00", "09:00", "10:00", "11:00"]
    first = staff_view[0]
    assert first["startsAt"].startswith(TOMORROW.isoformat())
    assert first["endsAt"][11:16] == "09:00" and first["cutoffAt"][11:16] == "07:30"
    assert first["pickingAt"][11:16] == "06:30"
    assert (first["remaining"], first["open"], first["capacity"], first["taken"]) == (2, True, 2, 0)
    assert first["warehouse"] == {"id": gid("Warehouse", w.a.warehouse.id)}

    # a customer (or anyone) sees when and how many, not the bookings nor the warehouse
    for token in (w.customer.token, None, w.b.owner.token):
        seen = await _slots(gql, token, w.a.merchant.id)
        assert [s["id"] for s in seen] == [s["id"] for s in staff_view]
        assert {(s["capacity"], s["taken"], s["warehouse"]) for s in seen} == {(None, None, None)}
        assert {s["remaining"] for s in seen} == {2}
    # by warehouse too; no slots on a day past the horizon; none for B (no calendar)
    body = await gql(
        SLOTS,
        {
            "sf": "grocery",
            "date": TOMORROW.isoformat(),
            "warehouse": gid("Warehouse", w.a.warehouse.id),
        },
    )
    assert len(body["data"]["deliverySlots"]) == 4
    assert await _slots(gql, None, w.a.merchant.id, TOMORROW + timedelta(days=5)) == []
    assert await _slots(gql, None, w.b.merchant.id) == []
    # asked wrongly: a clear refusal
    day = TOMORROW.isoformat()
    merchant = gid("Merchant", w.a.merchant.id)
    for variables, code in (
        ({"sf": "nowhere", "date": day, "merchant": merchant}, "NOT_FOUND"),
        ({"sf": "grocery", "date": day}, "INVALID"),
        ({"sf": "grocery", "date": day, "merchant": gid("Merchant", 999_999)}, "NOT_FOUND"),
        ({"sf": "grocery", "date": day, "merchant": gid("Warehouse", 1)}, "INVALID"),
    ):
        assert gql_code(await gql(SLOTS, variables)) == code, variables


async def test_the_calendar_is_its_merchants_and_checked_field_by_field(gql):
    w = await make_order_world()
    for token in (
        w.b.owner.token,
        w.b.logistics.token,
        w.a.orders.token,
        w.customer.token,
        w.courier.token,
    ):
        result = await _set_calendar(gql, token, w.a.warehouse.id)
        assert [(e["code"], e["field"]) for e in result["errors"]] == [("NOT_FOUND", "warehouse")]
    result = await _set_calendar(gql, None, w.a.warehouse.id)
    assert result["errors"][0]["code"] == "UNAUTHENTICATED"
    bad = [
        ({"slotMinutes": 5}, "slotMinutes"),
        ({"capacity": 0}, "capacity"),
        ({"cutoffMinutes": -1}, "cutoffMinutes"),
        ({"weekdays": [0, 8]}, "weekdays"),
        ({"weekdays": []}, "weekdays"),
        ({"opensAt": "25:00"}, "opensAt"),
        ({"closesAt": "8pm"}, "closesAt"),
        ({"opensAt": "12:00", "closesAt": "12:30"}, "closesAt"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"horizonDays": 90}, "horizonDays"),
    ]
    for overrides, field in bad:
        result = await _set_calendar(gql, w.a.owner.token, w.a.warehouse.id, **overrides)
        assert [(e["code"], e["field"]) for e in result["errors"]] == [("INVALID", field)], (
            overrides
        )
    assert await DeliverySlotRule.all().count() == 0 and await DeliverySlot.all().count() == 0
    # platform admins may; the owner of A may; staff of B never see A's calendar
    assert (await _set_calendar(gql, w.admin.token, w.a.warehouse.id))["errors"] == []
    body = await gql(RULES, token=w.a.warehouse_staff.token)
    assert [r["warehouse"]["id"] for r in body["data"]["deliverySlotRules"]] == [
        gid("Warehouse", w.a.warehouse.id)
    ]
    for token in (w.b.owner.token, w.customer.token, w.courier.token, None):
        body = await gql(RULES, token=token)
        assert body.get("data") is None or body["data"]["deliverySlotRules"] == [], body


async def test_changing_the_calendar_keeps_booked_slots_and_regrids_the_rest(gql):
    w = await _world_with_calendar(gql)
    slots = await _slots(gql, w.a.logistics.token, w.a.merchant.id)
    placed = await _place(gql, w.customer, w, [(w.a.merchant.id, slots[1]["id"])], "regrid")
    assert placed["errors"] == []
    result = await _set_calendar(
        gql, w.a.logistics.token, w.a.warehouse.id, slotMinutes=120, capacity=5
    )
    assert result["errors"] == []
    after = await _slots(gql, w.a.logistics.token, w.a.merchant.id)
    # the new grid (08:00, 10:00) and the booked 09:00 slot, which keeps its order
    assert [(s["startsAt"][11:16], s["capacity"], s["taken"]) for s in after] == [
        ("08:00", 5, 0),
        ("09:00", 5, 1),
        ("10:00", 5, 0),
    ]
    assert after[1]["id"] == slots[1]["id"]


async def test_calendars_extend_day_by_day(gql):
    w = await make_order_world()
    await _set_calendar(gql, w.a.logistics.token, w.a.warehouse.id, horizonDays=2)
    rule = await DeliverySlotRule.get(warehouse_id=w.a.warehouse.id)
    before = await DeliverySlot.all().count()
    later = datetime.now(UTC) + timedelta(days=1)
    assert await extend_calendars(later) == 4  # the day that came within the horizon
    assert await extend_calendars(later) == 0  # idempotent
    rule = await DeliverySlotRule.get(id=rule.id)
    assert await generate(rule, later) == 0
    assert await DeliverySlot.all().count() == before + 4


# --- booking at checkout ------------------------------------------------------------------------


async def test_a_customer_books_a_slot_until_it_is_full(gql):
    w = await _world_with_calendar(gql, capacity=1)
    slot = (await _slots(gql, w.customer.token, w.a.merchant.id))[0]
    cart = await _cart(gql, w.customer, w)
    placed = await _place(gql, w.customer, w, [(w.a.merchant.id, slot["id"])], "slot-1", cart)
    assert placed["errors"] == []
    (order,) = placed["orderGroup"]["orders"]
    assert order["deliverySlot"]["id"] == slot["id"]
    assert order["deliverySlot"]["remaining"] == 0 and await _taken(slot["id"]) == 1
    # a retry (same cart, same key) answers the same group and takes no second place
    again = await _place(gql, w.customer, w, [(w.a.merchant.id, slot["id"])], "slot-1", cart)
    assert again["errors"] == [] and again["orderGroup"]["id"] == placed["orderGroup"]["id"]
    assert await OrderGroup.filter(customer_id=w.customer.user.id).count() == 1
    assert await _taken(slot["id"]) == 1
    # the same key for the same goods with another slot is another request
    other = (await _slots(gql, None, w.a.merchant.id))[1]
    reused = await _place(gql, w.customer, w, [(w.a.merchant.id, other["id"])], "slot-1")
    assert [e["code"] for e in reused["errors"]] == ["IDEMPOTENCY_KEY_REUSED"]
    assert await _taken(other["id"]) == 0

    stock_before = await stock_of(w.a.variant)
    full = await _place(gql, w.stranger, w, [(w.a.merchant.id, slot["id"])], "slot-2")
    assert [(e["code"], e["field"]) for e in full["errors"]] == [
        ("SLOT_FULL", "deliverySlots.0.slot")
    ]
    assert full["orderGroup"] is None
    assert await OrderGroup.filter(customer_id=w.stranger.user.id).count() == 0
    assert await stock_of(w.a.variant) == stock_before and await _taken(slot["id"]) == 1
    listed = (await _slots(gql, None, w.a.merchant.id))[0]
    assert (listed["remaining"], listed["open"]) == (0, False)
    # a placement without a slot is an order as ever
    plain = await _place(gql, w.stranger, w, [], "no-slot")
    assert plain["errors"] == [] and plain["orderGroup"]["orders"][0]["deliverySlot"] is None


async def test_a_slot_is_refused_when_closed_foreign_or_unknown(gql):
    w = await _world_with_calendar(gql)
    slot_a = (await _slots(gql, None, w.a.merchant.id))[0]
    slot_b = (await _slots(gql, None, w.b.merchant.id))[0]
    await DeliverySlot.filter(id=pk(slot_a["id"]) + 1).update(
        cutoff_at=datetime.now(UTC) - timedelta(minutes=1)
    )
    closed = gid("DeliverySlot", pk(slot_a["id"]) + 1)
    cases = [
        ([(w.a.merchant.id, slot_b["id"])], "SLOT_NOT_FOUND", "deliverySlots.0.slot"),
        (
            [(w.a.merchant.id, gid("DeliverySlot", 999_999))],
            "SLOT_NOT_FOUND",
            "deliverySlots.0.slot",
        ),
        ([(w.a.merchant.id, closed)], "SLOT_CLOSED", "deliverySlots.0.slot"),
        ([(w.b.merchant.id, slot_b["id"])], "INVALID", "deliverySlots.0.merchant"),
        (
            [(w.a.merchant.id, slot_a["id"]), (w.a.merchant.id, slot_a["id"])],
            "INVALID",
            "deliverySlots.1.merchant",
        ),
        ([(w.a.merchant.id, gid("Warehouse", 1))], "INVALID", "deliverySlots.0.slot"),
    ]
    for i, (choices, code, field) in enumerate(cases):
        result = await _place(gql, w.customer, w, choices, f"refused-{i}")
        assert [(e["code"], e["field"]) for e in result["errors"]] == [(code, field)], choices
    assert await OrderGroup.all().count() == 0
    assert {s.taken for s in await DeliverySlot.all()} == {0}


async def test_a_switched_off_calendar_takes_no_more_orders(gql):
    w = await _world_with_calendar(gql)
    slots = await _slots(gql, None, w.a.merchant.id)
    booked = await _place(gql, w.customer, w, [(w.a.merchant.id, slots[0]["id"])], "off-1")
    assert booked["errors"] == []
    result = await _set_calendar(gql, w.a.owner.token, w.a.warehouse.id, active=False)
    assert result["errors"] == [] and result["rule"]["active"] is False
    # the booked slot stays (with its order), the others are gone; customers see none
    assert [s.id for s in await DeliverySlot.filter(warehouse_id=w.a.warehouse.id)] == [
        pk(slots[0]["id"])
    ]
    assert await _slots(gql, None, w.a.merchant.id) == []
    refused = await _place(gql, w.stranger, w, [(w.a.merchant.id, slots[0]["id"])], "off-2")
    assert [(e["code"], e["field"]) for e in refused["errors"]] == [
        ("SLOT_CLOSED", "deliverySlots.0.slot")
    ]
    assert await _taken(slots[0]["id"]) == 1


async def test_cancelling_or_expiring_an_order_gives_its_place_back(gql, client):
    w = await _world_with_calendar(gql, capacity=1)
    slots = await _slots(gql, None, w.a.merchant.id)
    # the customer cancels before paying
    first = await _place(gql, w.customer, w, [(w.a.merchant.id, slots[0]["id"])], "c-1")
    order_id = first["orderGroup"]["orders"][0]["id"]
    assert await _taken(slots[0]["id"]) == 1
    await ok(gql, "orderCancel", w.customer.token, order_id)
    assert await _taken(slots[0]["id"]) == 0
    # the payment deadline passes
    second = await _place(gql, w.customer, w, [(w.a.merchant.id, slots[0]["id"])], "c-2")
    group_id = pk(second["orderGroup"]["id"])
    assert await _taken(slots[0]["id"]) == 1
    assert await expire_group(group_id, datetime.now(UTC) + timedelta(hours=1))
    assert await _taken(slots[0]["id"]) == 0
    # the merchant cancels a paid (automatically confirmed) order on request
    third = await _place(gql, w.customer, w, [(w.a.merchant.id, slots[0]["id"])], "c-3")
    await pay(gql, client, w.customer, third["orderGroup"])
    order_id = third["orderGroup"]["orders"][0]["id"]
    assert (await MerchantOrder.get(id=pk(order_id))).status == OrderStatus.CONFIRMED
    await ok(gql, "orderCancelOnRequest", w.a.orders.token, order_id, reason="out of basil")
    assert await _taken(slots[0]["id"]) == 0
    # and the slot takes an order again
    fourth = await _place(gql, w.stranger, w, [(w.a.merchant.id, slots[0]["id"])], "c-4")
    assert fourth["errors"] == [] and await _taken(slots[0]["id"]) == 1


# --- appointment orders -------------------------------------------------------------------------


async def _paid_with_slot(
    gql, client, w: OrderWorld, customer: Party, slot_id: str | None, key: str
):
    placed = await _place(gql, customer, w, [(w.a.merchant.id, slot_id)] if slot_id else [], key)
    assert placed["errors"] == [], placed
    await pay(gql, client, customer, placed["orderGroup"])
    return placed["orderGroup"]["orders"][0]["id"]


async def test_appointment_orders_start_picking_at_the_agreed_time(gql, client):
    w = await _world_with_calendar(gql)
    slot = (await _slots(gql, None, w.a.merchant.id))[2]  # 10:00, picking from 08:30
    booked = await _paid_with_slot(gql, client, w, w.customer, slot["id"], "appt-1")
    plain = await _paid_with_slot(gql, client, w, w.stranger, None, "appt-2")
    picking_at = (await DeliverySlot.get(id=pk(slot["id"]))).picking_at
    for order_id in (booked, plain):
        assert (await MerchantOrder.get(id=pk(order_id))).status == OrderStatus.CONFIRMED

    assert await start_due_picking(picking_at - timedelta(minutes=1)) == {
        "picking": 0,
        "skipped": 0,
    }
    assert (await MerchantOrder.get(id=pk(booked))).status == OrderStatus.CONFIRMED
    assert await start_due_picking(picking_at) == {"picking": 1, "skipped": 0}
    assert (await MerchantOrder.get(id=pk(booked))).status == OrderStatus.PICKING
    assert (await MerchantOrder.get(id=pk(plain))).status == OrderStatus.CONFIRMED
    event = await OrderEvent.filter(order_id=pk(booked), to_status=OrderStatus.PICKING).get()
    assert event.actor == Actor.SYSTEM and "agreed time" in event.reason
    assert await start_due_picking(picking_at + timedelta(hours=1)) == {"picking": 0, "skipped": 0}


# --- own fleet and the courier's deliveries -----------------------------------------------------


async def _packed(
    gql, client, w: OrderWorld, customer: Party, slot_id: str | None, key: str
) -> str:
    order_id = await _paid_with_slot(gql, client, w, customer, slot_id, key)
    await ok(
        gql,
        "orderAssign",
        w.a.orders.token,
        order_id,
        assigneeId=gid("User", w.a.warehouse_staff.user.id),
    )
    await ok(gql, "orderMarkPacked", w.a.warehouse_staff.token, order_id)
    return order_id


async def _ship(gql, token: str, order_id: str, **fields) -> dict:
    body = await gql(
        SHIP, {"input": {"order": order_id, "provider": "own_fleet", **fields}}, token=token
    )
    return payload(body, "shipmentCreate")


async def test_own_fleet_ships_without_carrier_or_waybill_to_the_courier(gql, client):
    w = await _world_with_calendar(gql)
    slots = await _slots(gql, None, w.a.merchant.id)
    order_id = await _packed(gql, client, w, w.customer, slots[0]["id"], "fleet-1")

    shipped = await _ship(gql, w.a.logistics.token, order_id)
    assert shipped["errors"] == []
    number = (await MerchantOrder.get(id=pk(order_id))).number
    assert shipped["order"]["status"] == "SHIPPED"
    assert shipped["shipment"]["provider"] == "own_fleet"
    assert shipped["shipment"]["trackingNumber"] == f"OF{number}"
    assert shipped["shipment"]["carrierName"] == "Own fleet"
    assert shipped["order"]["carrier"] == "Own fleet"
    parcel = await Shipment.get(order_id=pk(order_id))
    assert parcel.courier_id == w.courier.user.id

    body = await gql(DELIVERIES, {"done": False}, token=w.courier.token)
    assert [d["id"] for d in body["data"]["myDeliveries"]] == [order_id]
    assert body["data"]["myDeliveries"][0]["shipment"]["provider"] == "own_fleet"
    # the courier delivers it; then it is done
    await ok(gql, "orderMarkDelivered", w.courier.token, order_id)
    body = await gql(DELIVERIES, {"done": False}, token=w.courier.token)
    assert body["data"]["myDeliveries"] == []
    body = await gql(DELIVERIES, {"done": True}, token=w.courier.token)
    assert [d["status"] for d in body["data"]["myDeliveries"]] == ["DELIVERED"]


async def test_own_fleet_refusals_change_nothing(gql, client):
    w = await _world_with_calendar(gql)
    order_id = await _packed(gql, client, w, w.customer, None, "fleet-r")
    other = await make_user("courier@beta.test")
    await Courier.create(user=other[0], merchant=w.b.merchant)
    cases = [
        ({"trackingNumber": "X-1"}, "INVALID", "trackingNumber"),
        ({"courier": gid("User", other[0].id)}, "NOT_FOUND", "courier"),
        ({"courier": gid("User", w.customer.user.id)}, "NOT_FOUND", "courier"),
        ({"courier": gid("Merchant", 1)}, "INVALID", "courier"),
        (
            {
                "provider": "manual",
                "carrier": "SF",
                "trackingNumber": "SF1",
                "courier": gid("User", w.courier.user.id),
            },
            "INVALID",
            "courier",
        ),
    ]
    before = await MerchantOrder.get(id=pk(order_id)).values()
    for fields, code, field in cases:
        result = await _ship(gql, w.a.logistics.token, order_id, **fields)
        assert [(e["code"], e["field"]) for e in result["errors"]] == [(code, field)], fields
    # B's staff cannot ship A's order
    result = await _ship(gql, w.b.logistics.token, order_id)
    assert result["errors"][0]["code"] == "NOT_FOUND"
    # two couriers: the staff must choose
    second, _ = await make_user("courier2@alpha.test")
    await Courier.create(user=second, merchant=w.a.merchant)
    result = await _ship(gql, w.a.logistics.token, order_id)
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("INVALID", "courier")]
    assert await MerchantOrder.get(id=pk(order_id)).values() == before
    assert await Shipment.all().count() == 0
    # naming one ships it to them
    result = await _ship(gql, w.a.logistics.token, order_id, courier=gid("User", second.id))
    assert result["errors"] == []
    assert (await Shipment.get(order_id=pk(order_id))).courier_id == second.id


async def test_a_courier_sees_their_deliveries_in_slot_order(gql, client):
    w = await _world_with_calendar(gql)
    slots = await _slots(gql, None, w.a.merchant.id)
    shoppers = await shopper_pool(3, "slot-order")
    late = await _packed(gql, client, w, shoppers[0], slots[3]["id"], "o-late")
    none = await _packed(gql, client, w, shoppers[1], None, "o-none")
    early = await _packed(gql, client, w, shoppers[2], slots[0]["id"], "o-early")
    for order_id in (late, none, early):  # shipped in this order
        assert (await _ship(gql, w.a.logistics.token, order_id))["errors"] == []
    body = await gql(DELIVERIES, {"done": False}, token=w.courier.token)
    assert [d["id"] for d in body["data"]["myDeliveries"]] == [early, late, none]
    # nobody else has deliveries: staff, customers, another courier of A, anonymous
    idle, idle_token = await make_user("idle@alpha.test")
    await Courier.create(user=idle, merchant=w.a.merchant)
    for token in (w.a.owner.token, shoppers[0].token, w.admin.token, idle_token, None):
        body = await gql(DELIVERIES, {"done": True}, token=token)
        assert body["data"]["myDeliveries"] == [], token


# --- the demo -----------------------------------------------------------------------------------


async def test_the_demo_grocery_warehouses_have_calendars(gql):
    from models.merchants import Merchant, Warehouse
    from plaza.demo import MERCHANTS, load_demo

    await load_demo(products=40, force=False, manage_orm=False, verbose=False)
    grocery = {m.slug for m in MERCHANTS if "grocery" in m.storefronts}
    rules = await DeliverySlotRule.all()
    warehouses = await Warehouse.filter(merchant__slug__in=sorted(grocery))
    assert sorted(r.warehouse_id for r in rules) == sorted(w.id for w in warehouses)
    assert {(r.slot_minutes, r.opens_at, r.closes_at, r.timezone) for r in rules} == {
        (60, "09:00", "21:00", "Asia/Shanghai")
    }
    green = await Merchant.get(slug="green-valley")
    day = datetime.now(UTC).date() + timedelta(days=2)
    slots = await _slots(gql, None, green.id, day)
    # two warehouses, twelve one-hour slots each, generated on first read
    assert len(slots) == 24 and {s["remaining"] for s in slots} == {20}
