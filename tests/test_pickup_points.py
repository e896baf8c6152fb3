"""Pickup points: leaders manage their own (others refused, nothing changed), customers find them
near an address or in a community, an order shows its point, the leader reads a point's orders
of a day, and a point full for today is refused at the cart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.merchants import PickupPoint
from models.orders import MerchantOrder
from resolvers.pickup_points import haversine_m
from tests.checkout_support import cart_with, gid, pk
from tests.order_support import PICKUP, make_order_world, paid_order

CREATE = """mutation($input: PickupPointCreateInput!) { pickupPointCreate(input: $input) {
  pickupPoint { id name community cityCode capacityPerDay openingHours { weekday opens closes }
    latitude longitude address storefront }
  errors { code field message } } }"""
UPDATE = """mutation($input: PickupPointUpdateInput!) { pickupPointUpdate(input: $input) {
  pickupPoint { id name capacityPerDay active } errors { code field } } }"""
FIND = """query($s: String!, $near: PickupNearInput, $community: String) {
  pickupPoints(storefront: $s, near: $near, community: $community) {
    id name distanceMeters community ordersToday remainingToday } }"""
ORDERS = """query($p: ID!, $d: Date!) { pickupOrders(pointId: $p, date: $d) { number status
  pickupPoint { id name } } }"""

ADDRESS = {
    "province": "Zhejiang",
    "provinceCode": "330000",
    "city": "Hangzhou",
    "cityCode": "330100",
    "district": "Xihu",
    "districtCode": "330106",
    "street": "1 Wensan Road",
}
WEST_LAKE = (30.2592, 120.1300)


def _input(**over) -> dict:
    return {
        "storefront": "groupbuy",
        "name": "Wensan Gate",
        "address": ADDRESS,
        "community": "Wensan Garden",
        "openingHours": [{"weekday": 1, "opens": "08:00", "closes": "20:00"}],
        "capacityPerDay": 50,
        "latitude": 30.2750,
        "longitude": 120.1290,
        **over,
    }


async def _create(gql, token, **over) -> dict:
    body = await gql(CREATE, {"input": _input(**over)}, token=token)
    assert "errors" not in body, body
    return body["data"]["pickupPointCreate"]


async def test_a_leader_creates_and_changes_their_own_points(gql):
    w = await make_order_world()
    made = await _create(gql, w.leader.token)
    assert made["errors"] == []
    point = made["pickupPoint"]
    assert point["cityCode"] == "330100" and point["community"] == "Wensan Garden"
    assert point["openingHours"] == [{"weekday": 1, "opens": "08:00", "closes": "20:00"}]
    assert point["address"]["districtCode"] == "330106" and point["storefront"] == "groupbuy"
    row = await PickupPoint.get(id=pk(point["id"]))
    assert row.leader_id == w.leader.user.id

    body = await gql(
        UPDATE, {"input": {"id": point["id"], "capacityPerDay": 80}}, token=w.leader.token
    )
    assert body["data"]["pickupPointUpdate"]["pickupPoint"]["capacityPerDay"] == 80
    body = await gql(
        UPDATE, {"input": {"id": point["id"], "noCapacityLimit": True}}, token=w.leader.token
    )
    assert body["data"]["pickupPointUpdate"]["pickupPoint"]["capacityPerDay"] is None
    # a platform admin creates a point for a new leader
    made = await _create(gql, w.admin.token, leaderId=gid("User", w.stranger.user.id))
    assert made["errors"] == []
    assert (await PickupPoint.get(id=pk(made["pickupPoint"]["id"]))).leader_id == (
        w.stranger.user.id
    )


async def test_others_are_refused_and_nothing_changes(gql):
    w = await make_order_world()
    point_id = gid("PickupPoint", w.point.id)
    before = await PickupPoint.get(id=w.point.id).values()
    for token in (w.other_leader.token, w.customer.token, w.a.owner.token, w.service.token):
        body = await gql(UPDATE, {"input": {"id": point_id, "name": "Mine now"}}, token=token)
        assert body["data"]["pickupPointUpdate"]["errors"] == [
            {"code": "PERMISSION_DENIED", "field": "id"}
        ]
    body = await gql(UPDATE, {"input": {"id": point_id, "name": "x"}}, token=None)
    assert body["data"]["pickupPointUpdate"]["errors"][0]["code"] == "UNAUTHENTICATED"
    assert await PickupPoint.get(id=w.point.id).values() == before

    count = await PickupPoint.all().count()
    # only leaders and admins create; a leader never for someone else
    assert (await _create(gql, w.customer.token))["errors"][0]["code"] == "PERMISSION_DENIED"
    made = await _create(gql, w.leader.token, leaderId=gid("User", w.other_leader.user.id))
    assert made["errors"][0] == {
        "code": "PERMISSION_DENIED",
        "field": "leaderId",
        "message": made["errors"][0]["message"],
    }
    # bad input: the field named, nothing made
    cases = [
        ({"address": {**ADDRESS, "cityCode": "3301"}}, "address.cityCode"),
        ({"address": {**ADDRESS, "cityCode": "440100"}}, "address.cityCode"),  # not in Zhejiang
        ({"address": {**ADDRESS, "districtCode": "330206"}}, "address.districtCode"),
        (
            {"openingHours": [{"weekday": 8, "opens": "08:00", "closes": "20:00"}]},
            "openingHours.0.weekday",
        ),
        ({"openingHours": [{"weekday": 1, "opens": "20:00", "closes": "08:00"}]}, "openingHours.0"),
        ({"capacityPerDay": 0}, "capacity"),
        ({"latitude": 91.0}, "latitude"),
        ({"longitude": None}, "latitude"),
        ({"name": "  "}, "name"),
        ({"storefront": "nowhere"}, "storefront"),
    ]
    for over, field in cases:
        errors = (await _create(gql, w.leader.token, **over))["errors"]
        assert len(errors) == 1 and errors[0]["field"] == field, (over, errors)
    assert await PickupPoint.all().count() == count


async def test_customers_find_points_near_an_address_or_in_a_community(gql):
    w = await make_order_world()
    near = await _create(gql, w.leader.token, name="Near", latitude=30.2600, longitude=120.1310)
    far = await _create(gql, w.leader.token, name="Far", latitude=30.3000, longitude=120.2000)
    blind = await _create(gql, w.leader.token, name="No map", latitude=None, longitude=None)
    await _create(
        gql,
        w.leader.token,
        name="Elsewhere",
        community="Other",
        address={**ADDRESS, "provinceCode": "440000", "cityCode": "440100", "districtCode": None},
    )
    closed = await _create(gql, w.leader.token, name="Closed")
    await gql(
        UPDATE,
        {"input": {"id": closed["pickupPoint"]["id"], "active": False}},
        token=w.leader.token,
    )

    lat, lng = WEST_LAKE
    body = await gql(
        FIND, {"s": "groupbuy", "near": {"cityCode": "330100", "lat": lat, "lng": lng}}
    )
    found = body["data"]["pickupPoints"]
    assert [p["name"] for p in found] == ["Near", "Far", "No map"]  # nearest first; closed out
    assert found[0]["distanceMeters"] == round(haversine_m(lat, lng, 30.2600, 120.1310), 1)
    assert found[0]["distanceMeters"] < found[1]["distanceMeters"]
    assert found[2]["distanceMeters"] is None
    assert found[0]["ordersToday"] == 0 and found[0]["remainingToday"] == 50
    assert {p["id"] for p in found} == {
        near["pickupPoint"]["id"],
        far["pickupPoint"]["id"],
        blind["pickupPoint"]["id"],
    }

    body = await gql(FIND, {"s": "groupbuy", "community": "Other"})
    assert [p["name"] for p in body["data"]["pickupPoints"]] == ["Elsewhere"]
    # bad searches: refused with a reason
    for variables in (
        {"s": "groupbuy", "near": {"cityCode": "hangzhou"}},
        {"s": "groupbuy", "near": {"cityCode": "330100", "lat": 30.0}},
        {"s": "groupbuy", "near": {"cityCode": "330100"}, "community": "Other"},
        {"s": "nowhere"},
    ):
        body = await gql(FIND, variables)
        assert body["errors"] and body["data"] is None, variables


async def test_haversine_distance():
    # Beijing Tiananmen to Shanghai People's Square: about 1067 km
    assert abs(haversine_m(39.9087, 116.3975, 31.2304, 121.4737) - 1_067_000) < 5_000
    assert haversine_m(30.0, 120.0, 30.0, 120.0) == 0.0


async def test_an_order_shows_its_point_and_the_leader_lists_a_day(gql, client):
    w = await make_order_world()
    order_id = await paid_order(gql, client, w.customer, w.groupbuy, w.b.variant, point=w.point)
    other = await paid_order(gql, client, w.stranger, w.groupbuy, w.b.variant, point=w.other_point)
    number = (await MerchantOrder.get(id=pk(order_id))).number
    q = "query($id: ID!) { order(id: $id) { pickupPoint { id name } } }"
    for token in (w.customer.token, w.leader.token, w.b.owner.token):
        body = await gql(q, {"id": order_id}, token=token)
        assert body["data"]["order"]["pickupPoint"] == {
            "id": gid("PickupPoint", w.point.id),
            "name": "North Gate",
        }

    # "today" in the storefront's time zone (Asia/Shanghai by default)
    day = (datetime.now(UTC) + timedelta(hours=8)).date().isoformat()
    point = gid("PickupPoint", w.point.id)
    body = await gql(ORDERS, {"p": point, "d": day}, token=w.leader.token)
    assert [o["number"] for o in body["data"]["pickupOrders"]] == [number]
    body = await gql(ORDERS, {"p": point, "d": day}, token=w.admin.token)
    assert [o["number"] for o in body["data"]["pickupOrders"]] == [number]
    yesterday = (datetime.now(UTC) + timedelta(hours=8) - timedelta(days=1)).date().isoformat()
    body = await gql(ORDERS, {"p": point, "d": yesterday}, token=w.leader.token)
    assert body["data"]["pickupOrders"] == []
    # another point's leader, a customer, merchant staff: refused
    for token in (w.other_leader.token, w.customer.token, w.b.owner.token):
        body = await gql(ORDERS, {"p": point, "d": day}, token=token)
        assert body["data"] is None
        assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
    other_point = gid("PickupPoint", w.other_point.id)
    body = await gql(ORDERS, {"p": other_point, "d": day}, token=w.leader.token)
    assert body["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
    assert other  # the other leader's order is in no list of this leader


async def test_a_point_full_for_today_is_refused_at_the_cart(gql, client):
    w = await make_order_world()
    await PickupPoint.filter(id=w.point.id).update(capacity_per_day=1)
    await paid_order(gql, client, w.customer, w.groupbuy, w.b.variant, point=w.point)
    token = await cart_with(
        gql, w.stranger.token, "groupbuy", [(gid("Variant", w.b.variant.id), 1)]
    )
    body = await gql(
        PICKUP, {"token": token, "point": gid("PickupPoint", w.point.id)}, token=w.stranger.token
    )
    assert body["data"]["cartPickupPointUpdate"]["errors"] == [
        {"code": "PICKUP_POINT_FULL", "field": "pickupPoint"}
    ]
    # the other point still takes orders; an inactive point is not offered
    body = await gql(
        PICKUP,
        {"token": token, "point": gid("PickupPoint", w.other_point.id)},
        token=w.stranger.token,
    )
    assert body["data"]["cartPickupPointUpdate"]["errors"] == []
    await PickupPoint.filter(id=w.other_point.id).update(active=False)
    body = await gql(
        PICKUP,
        {"token": token, "point": gid("PickupPoint", w.other_point.id)},
        token=w.stranger.token,
    )
    assert body["data"]["cartPickupPointUpdate"]["errors"][0]["code"] == "NOT_FOUND"
