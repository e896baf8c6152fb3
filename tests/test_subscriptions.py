"""``orderEvents`` over graphql-transport-ws: who receives which event, WebSocket auth, fan-out.

* The rules (``resolvers.subscriptions``) are tested as plain functions.
* In-process: the app served by uvicorn on 127.0.0.1 inside the test's event loop, with the
  in-process runtime (relay + in-memory pub/sub), driven by a raw graphql-transport-ws client
  (``websockets``) and by the Python ``gql`` client.
* Across processes: two ``uvicorn`` servers sharing the test's database and a Redis pub/sub
  namespace unique to the test; the stock ``graphql-ws`` client (Node) subscribes on one, the
  order is paid through the other. Redis unreachable: skipped, or failed with
  ``PLAZA_TEST_REQUIRE_SERVICES=1`` (so is a missing Node.js).

No fixed sleeps: a subscription is known to be registered once the pub/sub counts it
(``tasks.pubsub.subscribers``; on Redis ``PUBSUB NUMSUB``, which sees every process).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import httpx
import pytest
import pytest_asyncio
import redis
import uvicorn
from tortoise.transactions import in_transaction
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from models.accounts import MerchantStaff, PlatformRole, StaffRole, User
from models.logistics import CarrierAccount, TrackingStatus
from models.merchants import Merchant, Warehouse
from models.orders import Actor, MerchantOrder, OrderStatus
from models.outbox import OutboxEvent
from plaza.app import allowed_origins, create_app
from plaza.settings import Settings
from plugins.registry import get_registry
from plugins.shipping.sandbox_express import new_update
from resolvers import accounts, logistics
from resolvers import subscriptions as rules
from resolvers.errors import DomainError, OrderErrorCode
from resolvers.orders import transition
from resolvers.permissions import Viewer
from schema import subscriptions as sub_schema
from tasks import broker as brokers
from tasks import pubsub, runtime
from tests import order_support as orders
from tests.checkout_support import (
    cart_with,
    gid,
    make_shoppers,
    pk,
    place,
    post_callback,
    signed_callback,
    start_payment,
)
from tests.server import ROOT, HttpGql, async_live_server, node_script
from tests.support import make_product, make_staff, make_storefront, make_user

REDIS_URL = os.environ.get("PLAZA_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
REQUIRE_SERVICES = os.environ.get("PLAZA_TEST_REQUIRE_SERVICES") == "1"
PROTOCOL = "graphql-transport-ws"

EVENTS = """subscription($orderId: ID, $merchantId: ID) {
  orderEvents(orderId: $orderId, merchantId: $merchantId) {
    id topic orderId orderNumber orderGroupId fromStatus toStatus actor reason at merchantId
    changed
  } }"""
TRACKING = """subscription($orderId: ID) { orderEvents(orderId: $orderId) {
  topic order { shipment { trackingNumber status events { status location } } } } }"""
EVENTS_WITH_ORDER = """subscription($orderId: ID, $merchantId: ID) {
  orderEvents(orderId: $orderId, merchantId: $merchantId) {
    topic orderNumber toStatus merchantId order { id number status events { toStatus } }
  } }"""


async def all_relayed() -> bool:
    """Whether the relay has published every outbox event (none is waiting)."""
    return not await OutboxEvent.filter(published_at__isnull=True).exists()


async def eventually(check, *, within: float = 10.0, every: float = 0.02):
    """Await ``check()`` until it returns something truthy; fail after ``within`` seconds."""
    deadline = time.monotonic() + within
    while True:
        value = await check()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"condition not met within {within} s")
        await asyncio.sleep(every)


async def subscribed(count: int, within: float = 10.0) -> None:
    """Wait until ``count`` subscriptions listen on the events channel."""

    async def check() -> bool:
        return await pubsub.subscribers(pubsub.EVENTS_CHANNEL) >= count

    await eventually(check, within=within)


# --- a world: merchants A and B, staff, customers, orders through the API -----------------------


@dataclass
class Shop:
    merchant: Merchant
    variant_gid: str
    staff_token: str


@dataclass
class World:
    storefront: str
    a: Shop
    b: Shop
    alice: User  # customer
    alice_token: str
    bob: User  # another customer
    bob_token: str
    admin_token: str
    catalog_token: str  # staff of A with the catalog role only: may not read orders


async def make_world() -> World:
    storefront = await make_storefront()
    shops = []
    for slug in ("alpha", "beta"):
        merchant = await Merchant.create(name=slug.title(), slug=slug)
        warehouse = await Warehouse.create(merchant=merchant, code="main", name="Main")
        product = await make_product(
            merchant, storefront, f"{slug} tea", stock=50, warehouse=warehouse
        )
        await product.fetch_related("variants")
        _, staff_token = await make_staff(merchant, f"orders@{slug}.test", [StaffRole.ORDERS])
        shops.append(Shop(merchant, gid("Variant", product.variants[0].id), staff_token))
    alice, bob = await make_shoppers(2, prefix="shopper")
    _, admin_token = await make_user("admin@plaza.test", PlatformRole.ADMIN)
    _, catalog_token = await make_staff(
        shops[0].merchant, "catalog@alpha.test", [StaffRole.CATALOG]
    )
    return World(
        storefront.code,
        shops[0],
        shops[1],
        alice.user,
        alice.token,
        bob.user,
        bob.token,
        admin_token,
        catalog_token,
    )


_keys = iter(range(1, 1_000_000))


async def place_order(gql, token: str, storefront: str, variant_gid: str) -> dict:
    """A placed order group (one merchant order) through the GraphQL API."""
    cart = await cart_with(gql, token, storefront, [(variant_gid, 1)])
    result = await place(gql, token, cart, f"key-{next(_keys)}")
    assert result["errors"] == [], result
    return result["orderGroup"]


async def pay(gql, client, token: str, group: dict) -> None:
    """Pay a placed group: start the sandbox payment, post its signed callback."""
    payment = await start_payment(gql, token, group["id"])
    headers, body = signed_callback(payment["reference"], group["total"]["amount"])
    answer = await post_callback(client, headers, body)
    assert answer.status_code == 200, answer.text


async def partner_token(admin: User, merchants: list[Merchant], event_types: list[str]) -> str:
    viewer = Viewer(user_id=admin.id, platform_role=PlatformRole.ADMIN)
    partner = await accounts.partner_create(viewer, "Courier Co")
    _, plain = await accounts.partner_key_create(
        viewer, partner.id, [m.id for m in merchants], event_types
    )
    return plain


# --- the rules, as plain functions ---------------------------------------------------------------


def event(
    topic="order.paid", order=1, merchant=10, customer=100, *, id=1, payload=None, **more
) -> dict:
    return {
        "id": id,
        "topic": topic,
        "aggregate": "merchant_order",
        "aggregate_id": order,
        "merchant_id": merchant,
        "customer_id": customer,
        "payload": payload
        if payload is not None
        else {
            "order_number": f"PZ-{order}",
            "group_id": 7,
            "from": "pending_payment",
            "to": "paid",
            "actor": "system",
            "reason": "",
            "at": "2026-11-22T10:00:00+00:00",
        },
        "created_at": "2026-11-22T10:00:01+00:00",
        **more,
    }


CUSTOMER = Viewer(user_id=100)
STAFF = Viewer(user_id=200, merchant_id=10, staff_roles=frozenset({StaffRole.WAREHOUSE}))
ADMIN = Viewer(user_id=300, platform_role=PlatformRole.CUSTOMER_SERVICE)
PARTNER = Viewer(
    partner_id=5,
    partner_merchant_ids=frozenset({10, 11}),
    partner_event_types=frozenset({"order.paid", "order.shipped"}),
)


async def denied(viewer: Viewer, code=OrderErrorCode.PERMISSION_DENIED, **args) -> DomainError:
    with pytest.raises(DomainError) as caught:
        await rules.authorise_order_events(viewer, **args)
    assert caught.value.code == code, caught.value
    return caught.value


async def test_rules_without_arguments_follow_tenancy():
    customer = await rules.authorise_order_events(CUSTOMER)
    staff = await rules.authorise_order_events(STAFF)
    admin = await rules.authorise_order_events(ADMIN)
    partner = await rules.authorise_order_events(PARTNER)

    assert rules.may_receive(customer, event(customer=100))
    assert not rules.may_receive(customer, event(customer=101))  # another customer's order

    assert rules.may_receive(staff, event(merchant=10, customer=101))
    assert not rules.may_receive(staff, event(merchant=12))  # another merchant's
    assert not rules.may_receive(staff, event(merchant=12, customer=None))

    assert rules.may_receive(admin, event(merchant=12, customer=555))

    assert rules.may_receive(partner, event(merchant=11))
    assert not rules.may_receive(partner, event(merchant=12))  # out of scope
    assert not rules.may_receive(partner, event("order.placed", merchant=10))  # not its types
    assert rules.may_receive(partner, event("order.shipped", merchant=10))

    # Not order events, or not usable ones: nobody gets them, not even the platform.
    for other in (
        event("order_group.paid", aggregate="order_group"),
        event("payment.refund_requested", aggregate="payment"),
        event(merchant=None),
        {"topic": "order.paid"},
    ):
        assert not rules.may_receive(admin, other), other


async def test_rules_filters_narrow_and_never_widen():
    staff = await rules.authorise_order_events(STAFF, merchant_id=10)
    assert rules.may_receive(staff, event(merchant=10))
    assert not rules.may_receive(staff, event(merchant=11))
    admin_one_merchant = await rules.authorise_order_events(ADMIN, merchant_id=11)
    assert not rules.may_receive(admin_one_merchant, event(merchant=10))
    assert rules.may_receive(admin_one_merchant, event(merchant=11))
    partner_one = await rules.authorise_order_events(PARTNER, merchant_id=11)
    assert not rules.may_receive(partner_one, event(merchant=10))
    # A grant forged with a filter but no entitlement receives nothing.
    assert not rules.may_receive(rules.OrderEventGrant(merchant_id=10), event(merchant=10))


async def test_rules_refusals():
    await denied(Viewer(), OrderErrorCode.UNAUTHENTICATED)
    await denied(CUSTOMER, merchant_id=10)  # customers do not follow merchants
    await denied(STAFF, merchant_id=11)  # another merchant
    catalog_staff = replace(STAFF, staff_roles=frozenset({StaffRole.CATALOG}))  # no order role
    await denied(catalog_staff, merchant_id=10)
    # Without arguments they follow what they may see: their own orders as a customer only.
    own = await rules.authorise_order_events(catalog_staff)
    assert not rules.may_receive(own, event(merchant=10, customer=101))
    assert rules.may_receive(own, event(merchant=11, customer=200))
    await denied(PARTNER, merchant_id=12)  # out of its scope
    await denied(replace(PARTNER, partner_merchant_ids=frozenset()))
    await denied(replace(PARTNER, partner_event_types=frozenset({"payment.refunded"})))
    # An order that does not exist: the same answer as someone else's.
    err = await denied(CUSTOMER, order_id=987654)
    assert err.field == "orderId"
    assert "follow this order" in err.message


LEADER = Viewer(user_id=400, pickup_point_ids=frozenset({7}))


def at_point(point: int | None, **more) -> dict:
    """An order event of a group-buy order collected at ``point`` (None: not a group-buy one)."""
    payload = event()["payload"]
    if point is not None:
        payload = {**payload, "pickup_point_id": point}
    return event(payload=payload, **more)


async def test_rules_group_leaders_follow_their_pickup_points():
    leader = await rules.authorise_order_events(LEADER)
    assert rules.may_receive(leader, at_point(7, customer=101))  # someone's order at their point
    assert not rules.may_receive(leader, at_point(8, customer=101))  # another leader's point
    assert not rules.may_receive(leader, at_point(None, customer=101))  # delivered, no point
    assert rules.may_receive(leader, at_point(None, customer=400))  # their own, as a customer

    one_point = await rules.authorise_order_events(LEADER, pickup_point_id=7)
    assert rules.may_receive(one_point, at_point(7))
    assert not rules.may_receive(one_point, at_point(8))
    assert not rules.may_receive(one_point, at_point(None, customer=400))  # the filter narrows

    err = await denied(LEADER, pickup_point_id=8)
    assert err.field == "pickupPointId"
    await denied(CUSTOMER, pickup_point_id=7)
    await denied(STAFF, pickup_point_id=7)
    admin = await rules.authorise_order_events(ADMIN, pickup_point_id=8)
    assert rules.may_receive(admin, at_point(8)) and not rules.may_receive(admin, at_point(7))
    # Without the entitlement a pickup point in the event opens nothing.
    customer = await rules.authorise_order_events(CUSTOMER)
    assert not rules.may_receive(customer, at_point(7, customer=101))


def test_topic_patterns():
    assert rules.topic_allowed(None, "order.paid")
    assert rules.topic_allowed({"order.paid"}, "order.paid")
    assert not rules.topic_allowed({"order.paid"}, "order.placed")
    assert rules.topic_allowed({"order.*"}, "order.placed")
    assert rules.topic_allowed({"*"}, "order.placed")
    assert not rules.topic_allowed(set(), "order.placed")


def test_event_view_of_a_transition_and_of_a_placement():
    view = rules.order_event_view(event(order=3, merchant=10, id=42))
    assert (view.id, view.topic, view.order_id, view.order_number, view.group_id) == (
        42,
        "order.paid",
        3,
        "PZ-3",
        7,
    )
    assert (view.from_status, view.to_status, view.actor) == (
        OrderStatus.PENDING_PAYMENT,
        OrderStatus.PAID,
        Actor.SYSTEM,
    )
    assert view.at == datetime(2026, 11, 22, 10, 0, tzinfo=UTC)

    placed = rules.order_event_view(
        event(
            "order.placed",
            payload={"order_number": "PZ-9", "group_id": 4, "status": "pending_payment"},
        )
    )
    assert placed.from_status is None and placed.to_status == OrderStatus.PENDING_PAYMENT
    assert placed.actor is None and placed.reason == ""
    assert placed.at == datetime(2026, 11, 22, 10, 0, 1, tzinfo=UTC)  # when it was written
    updated = rules.order_event_view(
        event("order.updated", payload={"order_number": "PZ-1", "changed": ["remark"]})
    )
    assert updated.to_status is None and updated.changed == ("remark",)
    odd = rules.order_event_view(event(payload={"to": "teleported", "actor": "wizard"}))
    assert odd.to_status is None and odd.actor is None and odd.changed == ()


def test_recent_ids_drop_duplicates_and_forget_old_ones():
    seen = rules.RecentIds(size=2)
    assert seen.first_time(1) and seen.first_time(2)
    assert not seen.first_time(1)
    assert seen.first_time(3)  # forgets 1
    assert seen.first_time(1)
    assert seen.first_time(None) and seen.first_time(None)


def test_credentials_in_the_connection_init_payload():
    find = sub_schema.authorization_from_params
    assert find({"Authorization": "Bearer abc"}) == "Bearer abc"
    assert find({"authorization": "Bearer abc"}) == "Bearer abc"
    assert find({"authToken": "abc"}) == "Bearer abc"
    assert find({"authToken": "Bearer abc"}) == "Bearer abc"
    assert find({"Authorization": ""}) is None
    assert find({"Authorization": 42}) is None
    assert find({}) is None and find(None) is None


# --- served in-process: uvicorn in this event loop, in-memory pub/sub ----------------------------


@contextlib.asynccontextmanager
async def serve(app) -> AsyncIterator[str]:
    """Serve ``app`` with uvicorn on a free 127.0.0.1 port in this loop; yields the ws URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
    )
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.01)
        yield f"ws://127.0.0.1:{port}/graphql"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 10)
        sock.close()


@pytest_asyncio.fixture
async def ws_url(database) -> AsyncIterator[str]:
    """The app on a real socket, with the in-process runtime (relay, in-memory pub/sub)."""
    settings = Settings(database_url=database.url, broker_url="", pubsub_url="")
    await runtime.start(settings, sweep=False)
    try:
        async with serve(create_app(settings, manage_orm=False)) as url:
            yield url
    finally:
        await runtime.stop()
        brokers.bind_broker(brokers.make_broker(""))


class Ws:
    """A bare graphql-transport-ws client (to see the protocol's messages and close codes)."""

    def __init__(self, socket) -> None:
        self.socket = socket
        self._ids = iter(range(1, 1000))
        self._held: list[dict] = []  # received while waiting for another operation's

    async def send(self, message: dict) -> None:
        await self.socket.send(json.dumps(message))

    async def receive(self, within: float = 10.0) -> dict:
        if self._held:
            return self._held.pop(0)
        return json.loads(await asyncio.wait_for(self.socket.recv(), within))

    async def receive_for(self, op: str, within: float = 10.0) -> dict:
        """The next message of operation ``op`` (others' are kept for later)."""
        for i, message in enumerate(self._held):
            if message.get("id") == op:
                return self._held.pop(i)
        while True:
            message = json.loads(await asyncio.wait_for(self.socket.recv(), within))
            if message.get("id") == op:
                return message
            self._held.append(message)

    async def subscribe(self, query: str, variables: dict | None = None) -> str:
        op = str(next(self._ids))
        await self.send(
            {"id": op, "type": "subscribe", "payload": {"query": query, "variables": variables}}
        )
        return op

    async def next_payload(self, op: str, within: float = 10.0) -> dict:
        message = await self.receive_for(op, within)
        assert message.get("id") == op and message["type"] == "next", message
        return message["payload"]


@contextlib.asynccontextmanager
async def ws_session(url: str, params: dict | None = None, **kwargs) -> AsyncIterator[Ws]:
    """A connection that sent connection_init with ``params`` and got its ack."""
    async with ws_connect(url, subprotocols=[PROTOCOL], **kwargs) as socket:
        client = Ws(socket)
        await client.send({"type": "connection_init", "payload": params or {}})
        assert await client.receive() == {"type": "connection_ack"}
        yield client


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


async def test_customer_receives_the_paid_event_of_their_order(ws_url, gql, client):
    world = await make_world()
    group = await place_order(gql, world.alice_token, world.storefront, world.a.variant_gid)
    await eventually(all_relayed)  # its "placed" events are out before we subscribe
    order = group["orders"][0]
    async with ws_session(ws_url, bearer(world.alice_token)) as ws:
        op = await ws.subscribe(EVENTS_WITH_ORDER, {"orderId": order["id"]})
        await subscribed(1)
        await pay(gql, client, world.alice_token, group)
        payload = await ws.next_payload(op)
        assert "errors" not in payload, payload
        got = payload["data"]["orderEvents"]
        assert got["topic"] == "order.paid" and got["toStatus"] == "PAID"
        assert got["orderNumber"] == order["number"]
        assert got["merchantId"] == gid("Merchant", world.a.merchant.id)
        assert got["order"]["id"] == order["id"] and got["order"]["status"] == "PAID"
        assert [e["toStatus"] for e in got["order"]["events"]][-1] == "PAID"


async def test_customer_follows_their_parcel_live(ws_url, gql, client):
    """A carrier's tracking push reaches the customer on ``orderEvents`` as
    ``order.tracking_updated``, with the shipment's timeline on the order."""
    world = await make_world()
    group = await place_order(gql, world.alice_token, world.storefront, world.a.variant_gid)
    await pay(gql, client, world.alice_token, group)
    order_id = pk(group["orders"][0]["id"])
    await CarrierAccount.create(
        merchant=world.a.merchant, provider="sandbox_express", name="Sandbox Express",
        tracking_prefix="SX", next_number=1, last_number=9,
    )  # fmt: skip
    admin = Viewer(user_id=1, platform_role=PlatformRole.ADMIN)
    async with in_transaction():
        order = await MerchantOrder.get(id=order_id)
        for target in (OrderStatus.CONFIRMED, OrderStatus.PICKING, OrderStatus.PACKED):
            await transition(order, target, Actor.ADMIN)
    await logistics.ship(admin, order_id, "sandbox_express")
    await eventually(all_relayed)  # the shipping events are out before we subscribe
    async with ws_session(ws_url, bearer(world.alice_token)) as ws:
        op = await ws.subscribe(TRACKING, {"orderId": group["orders"][0]["id"]})
        await subscribed(1)
        carrier = get_registry().carriers["sandbox_express"]
        headers, body = carrier.build_push(
            [new_update("SX0000000001", TrackingStatus.IN_TRANSIT, "Departed hub", "Hangzhou")]
        )
        url = "/carriers/sandbox_express/events"
        answer = await client.post(url, content=body, headers=headers)
        assert answer.json()["recorded"] == 1, answer.text
        got = (await ws.next_payload(op))["data"]["orderEvents"]
        assert got["topic"] == "order.tracking_updated"
        shipment = got["order"]["shipment"]
        assert (shipment["trackingNumber"], shipment["status"]) == ("SX0000000001", "IN_TRANSIT")
        assert shipment["events"] == [{"status": "IN_TRANSIT", "location": "Hangzhou"}]


async def test_event_fields_and_duplicates(ws_url, gql, client):
    world = await make_world()
    group = await place_order(gql, world.alice_token, world.storefront, world.a.variant_gid)
    await eventually(all_relayed)  # its "placed" events are out before we subscribe
    order = group["orders"][0]
    async with ws_session(ws_url, {"authToken": world.alice_token}) as ws:
        op = await ws.subscribe(EVENTS)
        await subscribed(1)
        await pay(gql, client, world.alice_token, group)
        got = (await ws.next_payload(op))["data"]["orderEvents"]
        assert got["topic"] == "order.paid"
        assert (got["fromStatus"], got["toStatus"], got["actor"]) == (
            "PENDING_PAYMENT",
            "PAID",
            "SYSTEM",
        )
        assert got["orderId"] == order["id"] and got["orderGroupId"] == group["id"]
        assert datetime.fromisoformat(got["at"]).tzinfo is not None
        # The relay publishes at least once: the same event again is not delivered twice.
        again = event(
            order=pk(order["id"]),
            merchant=world.a.merchant.id,
            customer=world.alice.id,
            id=int(got["id"]),
        )
        await pubsub.publish(pubsub.EVENTS_CHANNEL, again)
        await pubsub.publish(pubsub.EVENTS_CHANNEL, {**again, "id": int(got["id"]) + 10_000})
        marker = (await ws.next_payload(op))["data"]["orderEvents"]
        assert marker["id"] == str(int(got["id"]) + 10_000)
        # Not a status change: the customer edits the remark.
        body = await gql(
            """mutation($input: OrderUpdateInput!) { orderUpdate(input: $input) {
                 errors { code message } } }""",
            {"input": {"id": order["id"], "remark": "ring twice"}},
            token=world.alice_token,
        )
        assert body["data"]["orderUpdate"]["errors"] == [], body
        updated = (await ws.next_payload(op))["data"]["orderEvents"]
        assert (updated["topic"], updated["toStatus"], updated["changed"]) == (
            "order.updated",
            None,
            ["remark"],
        )
    await eventually(_no_subscribers)  # the client left: the stream let go of the pub/sub


async def test_merchant_staff_receive_their_merchant_only(ws_url, gql, client):
    world = await make_world()
    async with (
        ws_session(ws_url, bearer(world.a.staff_token)) as staff_a,
        ws_session(ws_url, bearer(world.alice_token)) as alice,
    ):
        mine = await staff_a.subscribe(EVENTS)  # merchantId defaults to theirs
        explicit = await staff_a.subscribe(
            EVENTS, {"merchantId": gid("Merchant", world.a.merchant.id)}
        )
        own_orders = await alice.subscribe(EVENTS)
        await subscribed(3)
        # B's order (Bob's) first, then A's (Alice's): the streams are in order, so the first
        # event a subscriber receives shows whether B's leaked.
        b_group = await place_order(gql, world.bob_token, world.storefront, world.b.variant_gid)
        await pay(gql, client, world.bob_token, b_group)
        a_group = await place_order(gql, world.alice_token, world.storefront, world.a.variant_gid)

        a_number = a_group["orders"][0]["number"]
        for ws, op in ((staff_a, mine), (staff_a, explicit)):
            got = await ws_payload_for(ws, op)
            assert (got["topic"], got["orderNumber"]) == ("order.placed", a_number)
        got = await ws_payload_for(alice, own_orders)
        assert (got["topic"], got["orderNumber"]) == ("order.placed", a_number)

        # Another merchant's orders, by asking: refused.
        other = await staff_a.subscribe(
            EVENTS, {"merchantId": gid("Merchant", world.b.merchant.id)}
        )
        error = await staff_a.receive_for(other)
        assert error["type"] == "error", error
        assert error["payload"][0]["extensions"]["code"] == "PERMISSION_DENIED"


POINT_EVENTS = """subscription($pickupPointId: ID) {
  orderEvents(pickupPointId: $pickupPointId) { topic orderNumber toStatus order { id status } }
}"""


async def test_group_leaders_receive_their_pickup_points_orders(ws_url, gql, client):
    world = await orders.make_order_world()
    point = gid("PickupPoint", world.point.id)
    async with (
        ws_session(ws_url, bearer(world.leader.token)) as leader,
        ws_session(ws_url, bearer(world.other_leader.token)) as other_leader,
    ):
        all_points = await leader.subscribe(POINT_EVENTS)
        this_point = await leader.subscribe(POINT_EVENTS, {"pickupPointId": point})
        others = await other_leader.subscribe(POINT_EVENTS)
        await subscribed(3)
        # An order at the leader's point, then one at the other leader's: the streams are in
        # order, so the first event the other leader receives shows whether the first leaked.
        mine = await orders.placed_group(
            gql, world.customer, world.groupbuy, [(world.a.variant, 1)], point=world.point
        )
        await orders.pay(gql, client, world.customer, mine)
        theirs = await orders.placed_group(
            gql, world.stranger, world.groupbuy, [(world.a.variant, 1)], point=world.other_point
        )
        number = mine["orders"][0]["number"]
        for op in (all_points, this_point):
            placed = await ws_payload_for(leader, op)
            assert (placed["topic"], placed["orderNumber"]) == ("order.placed", number)
            paid = await ws_payload_for(leader, op)
            assert (paid["topic"], paid["toStatus"]) == ("order.paid", "PAID")
            assert paid["order"]["id"] == mine["orders"][0]["id"]  # the leader may read it
        first = await ws_payload_for(other_leader, others)
        assert (first["topic"], first["orderNumber"]) == (
            "order.placed",
            theirs["orders"][0]["number"],
        )

        # Another leader's point, by asking: refused.
        refused = await leader.subscribe(
            POINT_EVENTS, {"pickupPointId": gid("PickupPoint", world.other_point.id)}
        )
        error = await leader.receive_for(refused)
        assert error["type"] == "error", error
        assert error["payload"][0]["extensions"]["code"] == "PERMISSION_DENIED"


async def ws_payload_for(ws: Ws, op: str) -> dict:
    """The next event ``op`` receives (other operations' messages are kept for later)."""
    payload = await ws.next_payload(op)
    assert "errors" not in payload, payload
    return payload["data"]["orderEvents"]


async def test_refusals_at_subscribe_time(ws_url, gql):
    world = await make_world()
    group = await place_order(gql, world.alice_token, world.storefront, world.a.variant_gid)
    alices_order = group["orders"][0]["id"]
    cases = [
        (bearer(world.bob_token), {"orderId": alices_order}, "PERMISSION_DENIED"),
        (bearer(world.bob_token), {"merchantId": gid("Merchant", world.a.merchant.id)}, None),
        (
            bearer(world.catalog_token),
            {"merchantId": gid("Merchant", world.a.merchant.id)},
            "PERMISSION_DENIED",
        ),
        (
            bearer(world.b.staff_token),
            {"orderId": alices_order},  # an order of another merchant
            "PERMISSION_DENIED",
        ),
        ({}, {}, "UNAUTHENTICATED"),  # anonymous: may connect, may not subscribe
        (bearer(world.alice_token), {"orderId": "not-an-id"}, "INVALID"),
        (
            bearer(world.alice_token),
            {"orderId": gid("Merchant", world.a.merchant.id)},  # an ID of another type
            "INVALID",
        ),
    ]
    for params, variables, code in cases:
        async with ws_session(ws_url, params) as ws:
            op = await ws.subscribe(EVENTS, variables)
            message = await ws.receive()
            assert message["id"] == op and message["type"] == "error", (params, message)
            (error,) = message["payload"]
            assert error["extensions"]["code"] == (code or "PERMISSION_DENIED"), error
            assert error["message"]
    # The admin may follow anyone's order.
    async with ws_session(ws_url, bearer(world.admin_token)) as ws:
        await ws.subscribe(EVENTS, {"orderId": alices_order})
        await subscribed(1)


async def test_invalid_credentials_close_the_connection_with_4403(ws_url, database):
    user, token = await make_user("gone@plaza.test")
    await User.filter(id=user.id).update(token_version=user.token_version + 1)  # revoked
    for params in (
        {"Authorization": "Bearer not-a-token"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"authToken": "plz_unknown_key"},
        bearer(token),
    ):
        async with ws_connect(ws_url, subprotocols=[PROTOCOL]) as socket:
            await socket.send(json.dumps({"type": "connection_init", "payload": params}))
            with pytest.raises(ConnectionClosed) as closed:
                await asyncio.wait_for(socket.recv(), 10)
            assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (4403, "Forbidden")


async def test_only_the_graphql_transport_ws_protocol_is_spoken(ws_url):
    async with ws_connect(ws_url, subprotocols=["graphql-ws", PROTOCOL]) as socket:
        assert socket.subprotocol == PROTOCOL
    # A legacy (subscriptions-transport-ws) client: refused, it could bypass the 4403 close.
    with pytest.raises(ConnectionClosed) as refused:
        async with ws_connect(ws_url, subprotocols=["graphql-ws"]) as socket:
            await asyncio.wait_for(socket.recv(), 10)
    assert refused.value.rcvd.code == 4406  # "Subprotocol not acceptable"


async def test_cross_origin_handshakes_need_an_allowed_origin(database, monkeypatch):
    monkeypatch.setenv("PLAZA_ALLOWED_ORIGINS", "https://shop.example, https://m.shop.example")
    app = create_app(Settings(database_url=database.url), manage_orm=False)
    async with serve(app) as url:
        with pytest.raises(InvalidStatus) as refused:
            async with ws_connect(url, subprotocols=[PROTOCOL], origin="https://evil.example"):
                pass
        assert refused.value.response.status_code == 403
        for origin in ("https://shop.example", "https://m.shop.example"):
            async with ws_session(url, origin=origin):
                pass
        async with ws_session(url):  # no Origin: not a browser
            pass


def test_allowed_origins_default_to_the_public_url(monkeypatch):
    monkeypatch.delenv("PLAZA_ALLOWED_ORIGINS", raising=False)
    public = Settings(public_url="https://api.shop.example/base/")
    assert allowed_origins(public) == ["https://api.shop.example"]
    monkeypatch.setenv("PLAZA_ALLOWED_ORIGINS", "*")
    assert allowed_origins(public) == ["*"]


async def test_partner_receives_its_merchants_and_event_types_only(ws_url, gql, client, database):
    world = await make_world()
    admin = await User.get(email="admin@plaza.test")
    key = await partner_token(admin, [world.a.merchant], ["order.paid"])
    async with ws_session(ws_url, bearer(key)) as partner:
        op = await partner.subscribe(EVENTS)
        await subscribed(1)
        # Out of scope (B), then not one of its event types (A placed), then A paid.
        b_group = await place_order(gql, world.bob_token, world.storefront, world.b.variant_gid)
        await pay(gql, client, world.bob_token, b_group)
        a_group = await place_order(gql, world.alice_token, world.storefront, world.a.variant_gid)
        await pay(gql, client, world.alice_token, a_group)
        got = await ws_payload_for(partner, op)
        assert (got["topic"], got["orderNumber"]) == ("order.paid", a_group["orders"][0]["number"])
        assert got["merchantId"] == gid("Merchant", world.a.merchant.id)

        refused = await partner.subscribe(
            EVENTS, {"merchantId": gid("Merchant", world.b.merchant.id)}
        )
        message = await partner.receive_for(refused)
        assert message["type"] == "error", message
        assert message["payload"][0]["extensions"]["code"] == "PERMISSION_DENIED"

    # The order itself follows the order query's rule: partners get the event fields only.
    async with ws_session(ws_url, bearer(key)) as partner:
        op = await partner.subscribe(EVENTS_WITH_ORDER, {"orderId": a_group["orders"][0]["id"]})
        await subscribed(1)
        await pubsub.publish(
            pubsub.EVENTS_CHANNEL,
            event(
                order=pk(a_group["orders"][0]["id"]),
                merchant=world.a.merchant.id,
                customer=world.alice.id,
                id=999_999,
            ),
        )
        got = (await partner.next_payload(op))["data"]["orderEvents"]
        assert got["topic"] == "order.paid" and got["order"] is None


async def test_a_revoked_token_ends_the_running_subscription(ws_url, monkeypatch):
    monkeypatch.setattr(sub_schema, "REVALIDATE_SECONDS", 0.2)
    user, token = await make_user("leaving@plaza.test")
    async with ws_session(ws_url, bearer(token)) as ws:
        op = await ws.subscribe(EVENTS)
        await subscribed(1)
        await User.filter(id=user.id).update(token_version=user.token_version + 1)
        payload = await ws.next_payload(op)
        assert payload["data"] is None
        assert payload["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        assert await ws.receive() == {"id": op, "type": "complete"}
    await eventually(_no_subscribers)  # the stream let go of its pub/sub subscription


async def test_staff_who_leave_the_merchant_stop_receiving_its_events(ws_url, monkeypatch):
    monkeypatch.setattr(sub_schema, "REVALIDATE_SECONDS", 0.2)
    merchant = await Merchant.create(name="Gamma", slug="gamma")
    user, token = await make_staff(merchant, "leaving@gamma.test", [StaffRole.ORDERS])
    async with ws_session(ws_url, bearer(token)) as ws:
        op = await ws.subscribe(EVENTS, {"merchantId": gid("Merchant", merchant.id)})
        await subscribed(1)
        await MerchantStaff.filter(user_id=user.id).delete()
        payload = await ws.next_payload(op)
        assert payload["data"] is None
        assert payload["errors"][0]["extensions"]["code"] == "PERMISSION_DENIED"
        assert await ws.receive() == {"id": op, "type": "complete"}


async def _no_subscribers() -> bool:
    return await pubsub.subscribers(pubsub.EVENTS_CHANNEL) == 0


async def test_python_gql_client_receives_the_paid_event(ws_url, gql, client):
    from gql import Client, GraphQLRequest
    from gql.transport.websockets import WebsocketsTransport

    world = await make_world()
    group = await place_order(gql, world.alice_token, world.storefront, world.a.variant_gid)
    await eventually(all_relayed)  # its "placed" events are out before we subscribe
    order = group["orders"][0]
    transport = WebsocketsTransport(
        url=ws_url,
        init_payload=bearer(world.alice_token),
        subprotocols=[WebsocketsTransport.GRAPHQLWS_SUBPROTOCOL],
    )
    request = GraphQLRequest(EVENTS, variable_values={"orderId": order["id"]})
    async with Client(transport=transport) as session:
        stream = session.subscribe(request)
        first = asyncio.ensure_future(anext(stream))
        try:
            await subscribed(1)
            await pay(gql, client, world.alice_token, group)
            result = await asyncio.wait_for(first, 10)
        finally:
            first.cancel()
            await stream.aclose()
    got = result["orderEvents"]
    assert (got["topic"], got["toStatus"], got["orderNumber"]) == (
        "order.paid",
        "PAID",
        order["number"],
    )


# --- two server processes, Redis pub/sub, the stock graphql-ws client ----------------------------


@pytest.fixture
def redis_url() -> str:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        message = f"Redis unreachable at {REDIS_URL} (PLAZA_TEST_REDIS_URL): {exc}"
        if REQUIRE_SERVICES:
            pytest.fail(f"{message}; PLAZA_TEST_REQUIRE_SERVICES=1 requires it")
        pytest.skip(f"{message}; start it (PLAZA_TEST_REQUIRE_SERVICES=1: fail)")
    return REDIS_URL


async def test_redis_pubsub_namespace_and_subscriber_count(redis_url):
    namespace = f"plaza-test-{uuid.uuid4().hex[:12]}"
    bus = pubsub.make_pubsub(redis_url, namespace=namespace)
    raw = redis.asyncio.Redis.from_url(redis_url)
    try:
        assert await bus.subscribers("plaza.events") == 0
        async with bus.subscribe("plaza.events") as sub:
            assert await bus.subscribers("plaza.events") == 1
            assert dict(await raw.pubsub_numsub(f"{namespace}:plaza.events")) == {
                f"{namespace}:plaza.events".encode(): 1
            }
            await raw.publish("plaza.events", json.dumps({"id": 1}))  # another namespace's
            await bus.publish("plaza.events", {"id": 2})
            assert await sub.get(within=5) == ("plaza.events", {"id": 2})
            assert await sub.get(within=0.05) is None
    finally:
        await raw.aclose()
        await bus.close()


async def test_redis_subscriptions_of_a_process_share_one_connection(redis_url):
    namespace = f"plaza-test-{uuid.uuid4().hex[:12]}"
    wire = f"{namespace}:plaza.events".encode()
    bus = pubsub.make_pubsub(redis_url, namespace=namespace)
    raw = redis.asyncio.Redis.from_url(redis_url)

    async def connections() -> int:
        return dict(await raw.pubsub_numsub(wire)).get(wire, 0)

    try:
        async with bus.subscribe("plaza.events") as first:
            async with bus.subscribe("plaza.events") as second:
                assert await connections() == 1  # two subscriptions, one Redis subscriber
                await bus.publish("plaza.events", {"id": 1})
                assert await first.get(within=5) == ("plaza.events", {"id": 1})
                assert await second.get(within=5) == ("plaza.events", {"id": 1})
            assert await connections() == 1  # the other one still listens
            await bus.publish("plaza.events", {"id": 2})
            assert await first.get(within=5) == ("plaza.events", {"id": 2})

        async def closed() -> bool:
            return await connections() == 0

        await eventually(closed)  # the last one left: the connection is closed
        async with bus.subscribe("plaza.events") as again:  # and opened again when needed
            await bus.publish("plaza.events", {"id": 3})
            assert await again.get(within=5) == ("plaza.events", {"id": 3})
    finally:
        await raw.aclose()
        await bus.close()


async def test_a_lost_redis_connection_ends_the_subscriptions_and_the_next_one_reconnects(
    redis_url,
):
    name = f"plaza-test-{uuid.uuid4().hex[:12]}"  # this bus's connections only
    url = f"{redis_url}{'&' if '?' in redis_url else '?'}client_name={name}"
    bus = pubsub.make_pubsub(url, namespace=name)
    raw = redis.asyncio.Redis.from_url(redis_url)
    try:
        async with bus.subscribe("plaza.events") as first, bus.subscribe("plaza.events") as second:
            await bus.publish("plaza.events", {"id": 1})
            assert await first.get(within=5) == ("plaza.events", {"id": 1})
            assert await second.get(within=5) == ("plaza.events", {"id": 1})
            clients = await raw.client_list(_type="pubsub")
            ours = [c["id"] for c in clients if c.get("name") == name]
            assert len(ours) == 1  # the two subscriptions share it
            await raw.execute_command("CLIENT", "KILL", "ID", ours[0])
            for sub in (first, second):  # both learn it, instead of waiting in silence
                with pytest.raises(redis.ConnectionError):
                    await sub.get(within=5)
        async with bus.subscribe("plaza.events") as again:
            await bus.publish("plaza.events", {"id": 2})
            assert await again.get(within=5) == ("plaza.events", {"id": 2})
    finally:
        await raw.aclose()
        await bus.close()


async def test_two_servers_fan_out_through_redis_to_a_stock_client(redis_url, database, gql):
    """Subscribe on server 1 with the stock graphql-ws client; pay through server 2.

    On SQLite the three processes share one database file. The order is placed before the
    servers start and the payment waits until their relays have published everything: SQLite
    refuses ("database is locked") a transaction that must upgrade its lock while another
    process is writing, which a one-process deployment never meets (one relay per file)."""
    node = node_script("subscribe.mjs")
    world = await make_world()
    group = await place_order(gql, world.alice_token, world.storefront, world.a.variant_gid)
    order = group["orders"][0]
    namespace = f"plaza-test-{uuid.uuid4().hex[:12]}"
    settings = Settings()
    env = {
        "PLAZA_DATABASE_URL": database.url,
        "PLAZA_PUBSUB_URL": redis_url,
        "PLAZA_PUBSUB_NAMESPACE": namespace,
        "PLAZA_BROKER_URL": "",
        "PLAZA_DB_POOL_MAX": "5",
        "PLAZA_SECRET_KEY": settings.secret_key,
        "PLAZA_PAYMENT_SANDBOX_SECRET": settings.payment_sandbox_secret,
    }
    watcher = redis.asyncio.Redis.from_url(redis_url)
    wire = f"{namespace}:{pubsub.EVENTS_CHANNEL}"

    async def listening() -> bool:  # PUBSUB NUMSUB counts every process's subscriptions
        return dict(await watcher.pubsub_numsub(wire)).get(wire.encode(), 0) >= 1

    try:
        async with async_live_server(env) as one, async_live_server(env) as two:

            def logs() -> str:
                return f"server 1:\n{one.output()[-2000:]}\nserver 2:\n{two.output()[-2000:]}"

            proc = await asyncio.create_subprocess_exec(
                *node,
                f"{one.ws_url}/graphql",
                EVENTS,
                json.dumps({"orderId": order["id"]}),
                json.dumps(bearer(world.alice_token)),
                "1",
                "30",
                cwd=ROOT,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            try:
                ready = await asyncio.wait_for(proc.stdout.readline(), 30)
                assert ready == b"READY\n", (ready, await _stderr(proc), logs())
                await eventually(listening, within=20)  # server 1 has subscribed on Redis
                await eventually(all_relayed, within=20)
                async with httpx.AsyncClient(base_url=two, timeout=10) as http:
                    payment = await start_payment(HttpGql(http), world.alice_token, group["id"])
                    headers, body = signed_callback(payment["reference"], group["total"]["amount"])
                    answer = await http.post(
                        "/payments/sandbox/callback", content=body, headers=headers
                    )
                assert answer.status_code == 200, (answer.text, logs())
                line = await asyncio.wait_for(proc.stdout.readline(), 30)
                assert line, (await _stderr(proc), logs())
                code = await asyncio.wait_for(proc.wait(), 30)
                assert code == 0, await _stderr(proc)
            finally:
                if proc.returncode is None:
                    proc.kill()
                    await proc.wait()
        payload = json.loads(line)
        assert "errors" not in payload, payload
        got = payload["data"]["orderEvents"]
        assert (got["topic"], got["fromStatus"], got["toStatus"]) == (
            "order.paid",
            "PENDING_PAYMENT",
            "PAID",
        )
        assert got["orderNumber"] == order["number"] and got["orderId"] == order["id"]
    finally:
        await watcher.aclose()


async def _stderr(proc) -> str:
    try:
        data = await asyncio.wait_for(proc.stderr.read(), 5)
    except TimeoutError:
        return "(no stderr)"
    return data.decode(errors="replace")


async def test_stock_client_is_refused_with_4403_and_anonymous_subscribe_fails(database):
    node = node_script("subscribe.mjs")
    settings_env = {
        "PLAZA_DATABASE_URL": database.url,
        "PLAZA_DB_POOL_MAX": "5",
        "PLAZA_BROKER_URL": "",
        "PLAZA_PUBSUB_URL": "",
    }
    async with async_live_server(settings_env) as server:
        bad = await asyncio.create_subprocess_exec(
            *node,
            f"{server.ws_url}/graphql",
            EVENTS,
            "{}",
            json.dumps({"Authorization": "Bearer forged"}),
            "1",
            "20",
            cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(bad.communicate(), 30)
        assert bad.returncode == 1 and b"READY" not in out
        assert b"code 4403" in err and b"Forbidden" in err, err

        anonymous = await asyncio.create_subprocess_exec(
            *node,
            f"{server.ws_url}/graphql",
            EVENTS,
            "{}",
            "",
            "1",
            "20",
            cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(anonymous.communicate(), 30)
        assert anonymous.returncode == 1 and out == b"READY\n", (out, err)
        assert b"graphql errors" in err and b"UNAUTHENTICATED" in err, err
