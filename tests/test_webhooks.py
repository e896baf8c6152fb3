"""Partner webhooks: endpoints through the API (with partner API keys), Standard Webhooks
signatures (checked with the ``standardwebhooks`` package), retries with backoff against a real
HTTP receiver on 127.0.0.1, the delivery log, redelivery, and tenant isolation.

The flow is driven deterministically: the outbox relay runs by hand (``relay_once``), the
in-process runtime's worker runs the actors on this loop, and ``broker.join("webhooks")`` waits
until every message of the queue -- delayed retries included -- has been processed. No sleeps.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import socket
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
import pytest_asyncio
import uvicorn
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from strawberry import relay
from tortoise.transactions import in_transaction

from models.accounts import Partner, PartnerKey, PlatformRole, StaffRole
from models.aftersales import CaseType
from models.merchants import Merchant, Warehouse
from models.orders import Actor, MerchantOrder, OrderLine, OrderStatus
from models.outbox import OutboxEvent
from models.webhooks import (
    EVENT_TYPES,
    DeliveryStatus,
    EndpointStatus,
    WebhookDelivery,
    WebhookEndpoint,
)
from plaza.settings import Settings
from plugins import outbound
from resolvers import accounts, aftersales
from resolvers import webhooks as uc
from resolvers.orders import transition
from resolvers.permissions import Viewer
from resolvers.webhooks import registration
from tasks import broker as brokers
from tasks import runtime
from tasks import webhooks as jobs
from tasks.outbox import relay_once
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
from tests.support import make_product, make_staff, make_storefront, make_user

ADMIN = Viewer(user_id=1, platform_role=PlatformRole.ADMIN)

# --- a real receiver on 127.0.0.1 -----------------------------------------------------------------


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    body: bytes
    status: int

    @property
    def webhook_id(self) -> str:
        return self.headers["webhook-id"]


@dataclass
class Receiver:
    """Answers POST /hook/<name>: 500 for the first ``fail_first[name]`` requests of each
    webhook-id, then 200 (or 500 forever when ``always_fail``); ``hang`` names never answer
    until the receiver stops."""

    base: str = ""
    hits: list[Hit] = field(default_factory=list)
    fail_first: dict[str, int] = field(default_factory=dict)
    always_fail: set[str] = field(default_factory=set)
    hang: set[str] = field(default_factory=set)
    seen: Counter = field(default_factory=Counter)
    release: asyncio.Event = field(default_factory=asyncio.Event)

    def url(self, name: str) -> str:
        return f"{self.base}/hook/{name}"

    def to(self, name: str) -> list[Hit]:
        return [h for h in self.hits if h.path == name]

    async def handle(self, request: Request) -> PlainTextResponse:
        name = request.path_params["name"]
        body = await request.body()
        headers = dict(request.headers)
        if name in self.hang:  # the sender gives up first; recorded as status 0
            await self.release.wait()
            self.hits.append(Hit(name, headers, body, 0))
            return PlainTextResponse("too late", status_code=503)
        self.seen[(name, headers.get("webhook-id"))] += 1
        failing = name in self.always_fail or (
            self.seen[(name, headers.get("webhook-id"))] <= self.fail_first.get(name, 0)
        )
        status = 500 if failing else 200
        self.hits.append(Hit(name, headers, body, status))
        return PlainTextResponse("receiver says no" if failing else "ok", status_code=status)


@contextlib.asynccontextmanager
async def serve(app) -> AsyncIterator[str]:
    """Serve ``app`` with uvicorn on a free 127.0.0.1 port in this event loop."""
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
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 10)
        sock.close()


@pytest_asyncio.fixture(name="receiver")
async def receiver_fixture() -> AsyncIterator[Receiver]:
    box = Receiver()
    app = Starlette(routes=[Route("/hook/{name}", box.handle, methods=["POST"])])
    async with serve(app) as base:
        box.base = base
        try:
            yield box
        finally:
            box.release.set()


# --- the background runtime and the retry policy --------------------------------------------------


@pytest.fixture(name="policy")
def policy_fixture():
    """Fast retries for the tests: 40 ms, 80 ms, ... (no jitter), 127.0.0.1 allowed (for
    delivery, and for registering the receiver's URL)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(uc.PRIVATE_NETWORKS_ENV, "1")
        jobs.configure(
            uc.RetryPolicy(
                base_ms=40, max_attempts=5, timeout_s=2.0, jitter=0, allow_private_networks=True
            )
        )
        yield jobs.get_policy()
    jobs.configure()  # back to the environment's


#: what the test names (``*.example.com``, ``*.example.org``) resolve to: registration only
#: resolves them, nothing ever connects there
EXAMPLE_ADDRESS = "93.184.216.34"


@pytest.fixture(name="example_dns", autouse=True)
def example_dns_fixture(monkeypatch):
    """Registration resolves a URL's host; the example names resolve without a DNS server
    (others do not resolve at all: the tests never use the network)."""

    async def resolve(host: str, port: int) -> list[str]:
        if host.endswith((".example.com", ".example.org")) or host in ("example.com",):
            return [EXAMPLE_ADDRESS]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(outbound, "resolver", resolve)


@pytest_asyncio.fixture(name="worker")
async def worker_fixture(database, policy):
    """The in-process runtime (StubBroker + worker threads running the actors on this loop),
    without its relay and sweep loops: the tests relay by hand. ``await worker.drain()`` relays
    and then waits until the webhooks queue (delayed retries included) is empty."""
    await runtime.start(
        Settings(database_url=database.url, broker_url="", pubsub_url=""), relay=False, sweep=False
    )
    broker = brokers.get_broker()

    class Handle:
        async def join(self) -> None:
            await asyncio.to_thread(broker.join, jobs.QUEUE, timeout=30_000)

        async def drain(self) -> int:
            published = 0
            while True:
                n = await relay_once()
                published += n
                await self.join()
                if not n:
                    return published

    try:
        yield Handle()
    finally:
        await runtime.stop()
        brokers.bind_broker(brokers.make_broker(""))


# --- a world: merchants, a partner key, a paid order ----------------------------------------------


@dataclass
class Shop:
    storefront: str
    merchants: list[Merchant]
    variants: list[str]  # a variant global id per merchant
    admin_token: str


async def make_shop(n_merchants: int = 2) -> Shop:
    storefront = await make_storefront()
    merchants, variants = [], []
    for i in range(n_merchants):
        merchant = await Merchant.create(name=f"M{i}", slug=f"merchant-{i}")
        warehouse = await Warehouse.create(merchant=merchant, code="w", name="W")
        product = await make_product(
            merchant, storefront, f"tea {i}", stock=20, warehouse=warehouse
        )
        await product.fetch_related("variants")
        merchants.append(merchant)
        variants.append(gid("Variant", product.variants[0].id))
    _, admin_token = await make_user("admin@plaza.test", PlatformRole.ADMIN)
    return Shop(storefront.code, merchants, variants, admin_token)


async def partner_key(
    name: str, merchants: list[Merchant], event_types: list[str] | None = None
) -> tuple[Partner, str]:
    partner = await accounts.partner_create(ADMIN, name)
    types = list(EVENT_TYPES) if event_types is None else event_types
    _, plain = await accounts.partner_key_create(
        ADMIN, partner.id, [m.id for m in merchants], types
    )
    return partner, plain


async def pay_order(gql, client, shop: Shop, merchant_indexes: list[int], key: str) -> dict:
    """A real order (one merchant order per merchant), placed and paid through the API."""
    (shopper,) = await make_shoppers(1, prefix=f"buyer-{key}-")
    cart = await cart_with(
        gql, shopper.token, shop.storefront, [(shop.variants[i], 1) for i in merchant_indexes]
    )
    placed = await place(gql, shopper.token, cart, key)
    assert placed["errors"] == [], placed
    group = placed["orderGroup"]
    payment = await start_payment(gql, shopper.token, group["id"])
    headers, body = signed_callback(payment["reference"], group["total"]["amount"])
    resp = await post_callback(client, headers, body)
    assert resp.status_code == 200, resp.text
    return group


# --- GraphQL --------------------------------------------------------------------------------------

CREATE = """mutation($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) {
  endpoint { id url status eventTypes merchantIds merchants { slug } description }
  secret errors { code field message } } }"""
ENDPOINTS = """query($first: Int, $after: String) { webhookEndpoints(first: $first, after: $after) {
  totalCount edges { cursor node { id url status eventTypes } } pageInfo { hasNextPage } } }"""
PAUSE = """mutation($id: ID!) { webhookEndpointPause(id: $id) {
  endpoint { id status } errors { code field message } } }"""
RESUME = """mutation($id: ID!) { webhookEndpointResume(id: $id) {
  endpoint { id status } errors { code field message } } }"""
DELETE = """mutation($id: ID!) { webhookEndpointDelete(id: $id) {
  deletedId errors { code field message } } }"""
DELIVERIES = """query($endpoint: ID, $status: WebhookDeliveryStatus, $merchant: ID) {
  webhookDeliveries(endpoint: $endpoint, status: $status, merchant: $merchant) {
  totalCount nodes { id webhookId eventType target status attempts redeliveries lastStatusCode
    lastError lastAttemptAt nextAttemptAt deliveredAt payload endpoint { id } merchant { slug } } }
}"""
RETRY = """mutation($id: ID!) { webhookDeliveryRetry(id: $id) {
  delivery { id status attempts redeliveries } errors { code field message } } }"""
NODE = """query($id: ID!) { node(id: $id) { id } }"""


async def create_endpoint(
    gql, key: str, url: str, merchants: list[Merchant], event_types=("order.paid",), **extra
) -> dict:
    body = await gql(
        CREATE,
        {
            "input": {
                "url": url,
                "eventTypes": list(event_types),
                "merchants": [gid("Merchant", m.id) for m in merchants],
                **extra,
            }
        },
        token=key,
    )
    return body["data"]["webhookEndpointCreate"]


# --- signing --------------------------------------------------------------------------------------


def test_signature_verifies_with_the_standardwebhooks_package():
    secret = uc.new_secret()
    assert secret.startswith("whsec_") and len(base64.b64decode(secret[6:])) == 32
    body = json.dumps({"type": "order.paid", "data": {"orderNumber": "PZ-1"}}).encode()
    headers = uc.signed_headers(secret, "msg_abc", body)
    assert headers["webhook-id"] == "msg_abc"
    assert headers["webhook-signature"].startswith("v1,")
    assert Webhook(secret).verify(body, headers) == json.loads(body)
    # the library's own signature is the same
    ts = int(headers["webhook-timestamp"])
    own = Webhook(secret).sign("msg_abc", datetime.fromtimestamp(ts, UTC), body.decode())
    assert own == headers["webhook-signature"]
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(body.replace(b"PZ-1", b"PZ-2"), headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(uc.new_secret()).verify(body, headers)
    stale = uc.signed_headers(secret, "msg_abc", body, timestamp=ts - 3600)
    with pytest.raises(WebhookVerificationError, match="too old"):
        Webhook(secret).verify(body, stale)


def test_ids_in_bodies_are_the_apis_global_ids():
    assert uc.api_id("MerchantOrder", 42) == str(relay.GlobalID("MerchantOrder", "42"))


def test_backoff_doubles_up_to_the_cap_then_fails():
    policy = uc.RetryPolicy(base_ms=2_000, max_delay_ms=60_000, max_attempts=8, jitter=0)
    assert policy.schedule_ms() == [2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]
    assert [policy.delay_ms(n) for n in (1, 2, 3)] == [2_000, 4_000, 8_000]
    default = uc.RetryPolicy()
    assert default.schedule_ms()[:3] == [5_000, 10_000, 20_000] and default.max_attempts == 10
    jittered = uc.RetryPolicy(base_ms=1_000, jitter=0.1)
    assert all(1_000 <= jittered.delay_ms(1) <= 1_100 for _ in range(50))


def test_key_event_types_admit_exact_types_and_wildcards():
    assert uc.type_allowed([], "order.paid")  # no restriction
    assert uc.type_allowed(["order.paid"], "order.paid")
    assert not uc.type_allowed(["order.paid"], "order.shipped")
    assert uc.type_allowed(["order.*"], "order.shipped") and uc.type_allowed(["*"], "order.paid")
    assert not uc.type_allowed(["payment.*"], "order.paid")


def test_policy_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("PLAZA_WEBHOOK_BACKOFF_BASE_MS", "250")
    monkeypatch.setenv("PLAZA_WEBHOOK_MAX_ATTEMPTS", "3")
    monkeypatch.setenv("PLAZA_WEBHOOK_TIMEOUT", "1.5")
    policy = jobs.policy_from_env()
    assert (policy.base_ms, policy.max_attempts, policy.timeout_s) == (250, 3, 1.5)
    assert policy.allow_private_networks is False


# --- endpoints through the API --------------------------------------------------------------------


async def test_partner_registers_lists_pauses_resumes_and_deletes_endpoints(gql):
    shop = await make_shop()
    _, key = await partner_key("Acme ERP", shop.merchants)
    created = await create_endpoint(
        gql,
        key,
        "https://erp.example.com/plaza",
        shop.merchants,
        ["order.paid", "order.shipped", "order.paid"],
        description="ERP sync",
    )
    assert created["errors"] == []
    endpoint = created["endpoint"]
    assert created["secret"].startswith("whsec_")
    assert endpoint["status"] == "ACTIVE" and endpoint["description"] == "ERP sync"
    assert endpoint["eventTypes"] == ["order.paid", "order.shipped"]
    assert [m["slug"] for m in endpoint["merchants"]] == ["merchant-0", "merchant-1"]
    stored = await WebhookEndpoint.get(id=pk(endpoint["id"]))
    assert stored.secret == created["secret"]  # kept to sign; never shown again

    second = await create_endpoint(gql, key, "http://hooks.example.org/b", shop.merchants[:1])
    listed = (await gql(ENDPOINTS, {"first": 1}, token=key))["data"]["webhookEndpoints"]
    assert listed["totalCount"] == 2 and listed["pageInfo"]["hasNextPage"]
    assert [e["node"]["id"] for e in listed["edges"]] == [endpoint["id"]]

    body = await gql(PAUSE, {"id": endpoint["id"]}, token=key)
    assert body["data"]["webhookEndpointPause"]["endpoint"]["status"] == "PAUSED"
    body = await gql(RESUME, {"id": endpoint["id"]}, token=key)
    assert body["data"]["webhookEndpointResume"]["endpoint"]["status"] == "ACTIVE"

    body = await gql(DELETE, {"id": second["endpoint"]["id"]}, token=key)
    assert body["data"]["webhookEndpointDelete"] == {
        "deletedId": second["endpoint"]["id"],
        "errors": [],
    }
    assert await WebhookEndpoint.filter(partner_id=stored.partner_id).count() == 1
    types = (await gql("{ webhookEventTypes }", token=key))["data"]["webhookEventTypes"]
    assert "order.paid" in types and "order.pending_payment" not in types


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"url": "ftp://example.com/x"}, "INVALID_URL", "url"),
        ({"url": "not a url"}, "INVALID_URL", "url"),
        ({"url": "https://user:pw@example.com/x"}, "INVALID_URL", "url"),
        ({"url": "https:///no-host"}, "INVALID_URL", "url"),
        ({"url": "https://example.com/" + "x" * 500}, "INVALID_URL", "url"),
        ({"eventTypes": []}, "INVALID", "eventTypes"),
        ({"eventTypes": ["order.paid", "order.exploded"]}, "UNKNOWN_EVENT_TYPE", "eventTypes.1"),
        ({"eventTypes": ["order.cancelled"]}, "EVENT_TYPE_NOT_ALLOWED", "eventTypes.0"),
        ({"merchants": []}, "INVALID", "merchants"),
        ({"merchants": "outside"}, "MERCHANT_NOT_IN_SCOPE", "merchants.0"),
        ({"merchants": ["bogus"]}, "INVALID", "merchants.0"),
        ({"description": "d" * 201}, "INVALID", "description"),
    ],
)
async def test_bad_endpoint_input_is_refused_and_changes_nothing(gql, change, code, field):
    shop = await make_shop(3)
    _, key = await partner_key("Acme", shop.merchants[:2], ["order.paid", "order.shipped"])
    payload = {
        "url": "https://erp.example.com/hook",
        "eventTypes": ["order.paid"],
        "merchants": [gid("Merchant", m.id) for m in shop.merchants[:2]],
        **change,
    }
    if payload["merchants"] == "outside":
        payload["merchants"] = [gid("Merchant", shop.merchants[2].id)]
    body = await gql(CREATE, {"input": payload}, token=key)
    result = body["data"]["webhookEndpointCreate"]
    assert result["endpoint"] is None and result["secret"] is None
    assert [(e["code"], e["field"]) for e in result["errors"]] == [(code, field)]
    assert await WebhookEndpoint.all().count() == 0


async def test_only_partners_register_endpoints_and_the_number_is_capped(gql, monkeypatch):
    shop = await make_shop(1)
    _, staff_token = await make_staff(shop.merchants[0], "owner@m0.test", [StaffRole.OWNER])
    for token, code in ((None, "UNAUTHENTICATED"), (staff_token, "PERMISSION_DENIED")):
        result = await create_endpoint(gql, token, "https://x.example.com", shop.merchants)
        assert result["errors"][0]["code"] == code
    _, key = await partner_key("Acme", shop.merchants)
    monkeypatch.setattr(registration, "MAX_ENDPOINTS_PER_PARTNER", 2)
    for n in range(2):
        result = await create_endpoint(gql, key, f"https://x.example.com/{n}", shop.merchants)
        assert result["errors"] == []
    result = await create_endpoint(gql, key, "https://x.example.com/3", shop.merchants)
    assert result["errors"][0]["code"] == "TOO_MANY_ENDPOINTS"


# --- the whole flow against a real receiver -------------------------------------------------------


async def test_retries_signatures_and_each_event_once_per_endpoint(gql, client, receiver, worker):
    """Two endpoints (of two partners) fail their first 2 attempts, then accept: 3 attempts
    each, every one signed and verifiable, the same webhook-id throughout, one success per
    endpoint -- and a relay that publishes the event again changes nothing."""
    shop = await make_shop(2)
    _, key_a = await partner_key("Acme", shop.merchants)
    _, key_b = await partner_key("Bolt", shop.merchants[:1])
    receiver.fail_first.update(a=2, b=2)
    a = await create_endpoint(gql, key_a, receiver.url("a"), shop.merchants[:1])
    b = await create_endpoint(gql, key_b, receiver.url("b"), shop.merchants[:1])
    # these must receive nothing: another merchant, another event type, paused
    other = await create_endpoint(gql, key_a, receiver.url("other"), shop.merchants[1:])
    shipped = await create_endpoint(
        gql, key_a, receiver.url("shipped"), shop.merchants[:1], ["order.shipped"]
    )
    paused = await create_endpoint(gql, key_a, receiver.url("paused"), shop.merchants[:1])
    await gql(PAUSE, {"id": paused["endpoint"]["id"]}, token=key_a)
    assert all(e["errors"] == [] for e in (a, b, other, shipped, paused))

    group = await pay_order(gql, client, shop, [0], "flow-1")
    order_id = group["orders"][0]["id"]
    await worker.drain()

    paid_event = await OutboxEvent.get(topic="order.paid", aggregate_id=pk(order_id))
    for name, created in (("a", a), ("b", b)):
        hits = receiver.to(name)
        assert [h.status for h in hits] == [500, 500, 200], name
        assert len({h.webhook_id for h in hits}) == 1  # stable across retries
        for hit in hits:
            payload = Webhook(created["secret"]).verify(hit.body, hit.headers)
            assert payload["type"] == "order.paid"
            assert payload["data"]["orderId"] == order_id
            assert payload["data"]["orderNumber"] == group["orders"][0]["number"]
            assert payload["data"]["merchantId"] == gid("Merchant", shop.merchants[0].id)
            assert payload["data"]["status"] == "PAID"
            assert payload["data"]["previousStatus"] == "PENDING_PAYMENT"
            assert hit.headers["content-type"] == "application/json"
        with pytest.raises(WebhookVerificationError):  # the other partner's secret fails
            Webhook((b if name == "a" else a)["secret"]).verify(hits[0].body, hits[0].headers)
    for name in ("other", "shipped", "paused"):
        assert receiver.to(name) == [], name

    # the log, as the partner sees it
    log_a = (await gql(DELIVERIES, {}, token=key_a))["data"]["webhookDeliveries"]
    assert log_a["totalCount"] == 1
    (row,) = log_a["nodes"]
    assert row["status"] == "DELIVERED" and row["attempts"] == 3
    assert row["lastStatusCode"] == 200 and row["deliveredAt"] is not None
    assert row["lastError"] == "HTTP 500 Internal Server Error"  # never the answer's body
    assert row["webhookId"] == receiver.to("a")[0].webhook_id
    assert row["endpoint"]["id"] == a["endpoint"]["id"] and row["target"] == "PARTNER"
    assert row["payload"]["data"]["orderId"] == order_id
    assert row["merchant"]["slug"] == "merchant-0"

    # the relay publishes order.paid again (a relay that died before marking it): no new
    # delivery, no new request; twice over
    for _ in range(2):
        await OutboxEvent.filter(id=paid_event.id).update(published_at=None)
        assert await worker.drain() == 1
    assert await WebhookDelivery.filter(event_id=paid_event.id).count() == 2
    assert [h.status for h in receiver.to("a")] == [500, 500, 200]
    assert [h.status for h in receiver.to("b")] == [500, 500, 200]
    successes = Counter((h.path, h.webhook_id) for h in receiver.hits if h.status == 200)
    assert sorted(successes.values()) == [1, 1]


async def test_timeouts_exhaust_the_attempts_then_admins_see_and_retry(
    gql, client, receiver, worker, policy
):
    jobs.configure(policy, max_attempts=2, timeout_s=0.3)
    shop = await make_shop(1)
    _, key = await partner_key("Acme", shop.merchants)
    created = await create_endpoint(gql, key, receiver.url("slow"), shop.merchants)
    receiver.hang.add("slow")
    await pay_order(gql, client, shop, [0], "slow-1")
    await worker.drain()

    delivery = await WebhookDelivery.get(endpoint_id=pk(created["endpoint"]["id"]))
    assert delivery.status == DeliveryStatus.FAILED and delivery.attempts == 2
    assert delivery.last_error.startswith("Timed out after 0.3 s")
    assert delivery.last_status_code is None and delivery.next_attempt_at is None

    # what still fails is visible to admins, across partners and merchants
    failed = (await gql(DELIVERIES, {"status": "FAILED"}, token=shop.admin_token))["data"]
    assert [n["id"] for n in failed["webhookDeliveries"]["nodes"]] == [
        gid("WebhookDelivery", delivery.id)
    ]
    # the receiver is fixed; an admin retries
    receiver.hang.clear()
    receiver.release.set()
    jobs.configure(policy, max_attempts=2, timeout_s=2.0)
    body = await gql(RETRY, {"id": gid("WebhookDelivery", delivery.id)}, token=shop.admin_token)
    result = body["data"]["webhookDeliveryRetry"]
    assert result["errors"] == [] and result["delivery"]["status"] == "PENDING"
    assert result["delivery"]["redeliveries"] == 1
    await worker.drain()
    delivery = await WebhookDelivery.get(id=delivery.id)
    assert delivery.status == DeliveryStatus.DELIVERED and delivery.attempts == 3
    assert delivery.last_error.startswith("Timed out")  # the last failure stays in the log
    ok = [h for h in receiver.to("slow") if h.status == 200]
    assert len(ok) == 1 and Webhook(created["secret"]).verify(ok[0].body, ok[0].headers)
    after = (await gql(DELIVERIES, {"status": "FAILED"}, token=shop.admin_token))["data"]
    assert after["webhookDeliveries"]["totalCount"] == 0


async def test_partner_asks_for_a_redelivery(gql, client, receiver, worker):
    shop = await make_shop(1)
    _, key = await partner_key("Acme", shop.merchants)
    created = await create_endpoint(gql, key, receiver.url("a"), shop.merchants)
    await pay_order(gql, client, shop, [0], "again-1")
    await worker.drain()
    (first,) = receiver.to("a")
    delivery = await WebhookDelivery.get(endpoint_id=pk(created["endpoint"]["id"]))
    body = await gql(RETRY, {"id": gid("WebhookDelivery", delivery.id)}, token=key)
    assert body["data"]["webhookDeliveryRetry"]["errors"] == []
    await worker.drain()
    again = receiver.to("a")
    assert len(again) == 2 and again[1].webhook_id == first.webhook_id
    assert again[1].body == first.body  # the same bytes, signed afresh
    assert Webhook(created["secret"]).verify(again[1].body, again[1].headers)
    delivery = await WebhookDelivery.get(id=delivery.id)
    assert (delivery.status, delivery.attempts, delivery.redeliveries) == ("delivered", 2, 1)


async def test_paused_endpoint_holds_pending_deliveries_until_resumed(
    gql, client, receiver, worker
):
    shop = await make_shop(1)
    _, key = await partner_key("Acme", shop.merchants)
    created = await create_endpoint(gql, key, receiver.url("a"), shop.merchants)
    endpoint_id = created["endpoint"]["id"]
    await pay_order(gql, client, shop, [0], "hold-1")
    # the fan-out has happened; the partner pauses before the attempt
    event = await OutboxEvent.get(topic="order.paid")
    (ref,) = await uc.fan_out(event.id)
    body = await gql(PAUSE, {"id": endpoint_id}, token=key)
    assert body["data"]["webhookEndpointPause"]["endpoint"]["status"] == "PAUSED"
    assert await jobs.deliver_webhook.coroutine(ref.id, ref.attempts) == "skipped"
    delivery = await WebhookDelivery.get(id=ref.id)
    assert delivery.status == DeliveryStatus.PENDING and delivery.attempts == 0
    assert receiver.hits == []

    body = await gql(RESUME, {"id": endpoint_id}, token=key)
    assert body["data"]["webhookEndpointResume"]["endpoint"]["status"] == "ACTIVE"
    await worker.drain()  # the relay: order.paid (no second delivery) and the resume
    assert [h.status for h in receiver.to("a")] == [200]
    assert (await WebhookDelivery.get(id=ref.id)).status == DeliveryStatus.DELIVERED
    assert await WebhookDelivery.all().count() == 1


async def test_a_revoked_key_stops_the_fan_out(gql, client, receiver, worker):
    shop = await make_shop(1)
    partner, key = await partner_key("Acme", shop.merchants)
    await create_endpoint(gql, key, receiver.url("a"), shop.merchants)
    await PartnerKey.filter(partner_id=partner.id).update(revoked_at=uc.now_utc())
    await pay_order(gql, client, shop, [0], "revoked-1")
    await worker.drain()
    assert await WebhookDelivery.all().count() == 0 and receiver.hits == []


async def test_an_attempt_after_the_key_was_revoked_is_not_sent(gql, client, receiver, worker):
    shop = await make_shop(1)
    partner, key = await partner_key("Acme", shop.merchants)
    await create_endpoint(gql, key, receiver.url("a"), shop.merchants)
    await pay_order(gql, client, shop, [0], "revoked-2")
    (ref,) = await uc.fan_out((await OutboxEvent.get(topic="order.paid")).id)
    await PartnerKey.filter(partner_id=partner.id).update(revoked_at=uc.now_utc())
    assert await jobs.deliver_webhook.coroutine(ref.id, ref.attempts) == "failed"
    delivery = await WebhookDelivery.get(id=ref.id)
    assert delivery.status == DeliveryStatus.FAILED and delivery.attempts == 1
    assert "no longer holds an API key" in delivery.last_error
    assert receiver.hits == []


async def test_private_addresses_are_refused_unless_allowed(gql, client, receiver, worker, policy):
    jobs.configure(policy, allow_private_networks=False, max_attempts=1)
    shop = await make_shop(1)
    _, key = await partner_key("Acme", shop.merchants)
    await create_endpoint(gql, key, receiver.url("a"), shop.merchants)
    await pay_order(gql, client, shop, [0], "private-1")
    await worker.drain()
    delivery = await WebhookDelivery.get()
    assert delivery.status == DeliveryStatus.FAILED and receiver.hits == []
    assert "non-public address (127.0.0.1)" in delivery.last_error


# --- isolation ------------------------------------------------------------------------------------


async def test_partners_never_see_or_touch_each_others_endpoints_or_deliveries(
    gql, client, receiver, worker
):
    shop = await make_shop(1)
    _, key_a = await partner_key("Acme", shop.merchants)
    _, key_b = await partner_key("Bolt", shop.merchants)
    a = (await create_endpoint(gql, key_a, receiver.url("a"), shop.merchants))["endpoint"]
    b = (await create_endpoint(gql, key_b, receiver.url("b"), shop.merchants))["endpoint"]
    await pay_order(gql, client, shop, [0], "iso-1")
    await worker.drain()
    delivery_a = await WebhookDelivery.get(endpoint_id=pk(a["id"]))
    delivery_a_id = gid("WebhookDelivery", delivery_a.id)

    listed = (await gql(ENDPOINTS, {}, token=key_b))["data"]["webhookEndpoints"]
    assert [e["node"]["id"] for e in listed["edges"]] == [b["id"]]
    log_b = (await gql(DELIVERIES, {}, token=key_b))["data"]["webhookDeliveries"]
    assert log_b["totalCount"] == 1 and log_b["nodes"][0]["endpoint"]["id"] == b["id"]
    for query in (PAUSE, RESUME, DELETE):
        body = await gql(query, {"id": a["id"]}, token=key_b)
        (result,) = body["data"].values()
        assert [e["code"] for e in result["errors"]] == ["NOT_FOUND"]
    body = await gql(RETRY, {"id": delivery_a_id}, token=key_b)
    assert [e["code"] for e in body["data"]["webhookDeliveryRetry"]["errors"]] == ["NOT_FOUND"]
    body = await gql(DELIVERIES, {"endpoint": a["id"]}, token=key_b)
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    for node_id in (a["id"], delivery_a_id):
        assert (await gql(NODE, {"id": node_id}, token=key_b))["data"]["node"] is None
        assert (await gql(NODE, {"id": node_id}, token=key_a))["data"]["node"]["id"] == node_id
    assert (await WebhookEndpoint.get(id=pk(a["id"]))).status == EndpointStatus.ACTIVE
    assert (await WebhookDelivery.get(id=delivery_a.id)).redeliveries == 0

    # merchant staff and customers have no business here; anonymous callers must sign in
    _, owner = await make_staff(shop.merchants[0], "owner@m0.test", [StaffRole.OWNER])
    _, shopper = await make_user("someone@plaza.test")
    for token, code in ((owner, "PERMISSION_DENIED"), (shopper, "PERMISSION_DENIED")):
        body = await gql(ENDPOINTS, {}, token=token)
        assert body["errors"][0]["extensions"]["code"] == code
        body = await gql(PAUSE, {"id": a["id"]}, token=token)
        assert body["data"]["webhookEndpointPause"]["errors"][0]["code"] == code
    body = await gql(ENDPOINTS, {})
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    # a merchant owner's log holds only its own webhook's deliveries (none here)
    owner_log = (await gql(DELIVERIES, {}, token=owner))["data"]["webhookDeliveries"]
    assert owner_log["totalCount"] == 0
    # platform admins see both partners'
    admin_log = (await gql(DELIVERIES, {}, token=shop.admin_token))["data"]["webhookDeliveries"]
    assert admin_log["totalCount"] == 2


async def test_partners_receive_the_aftersales_steps_they_subscribed_to(
    gql, client, receiver, worker
):
    """A case opened and approved on a merchant's order reaches the endpoint that subscribed to
    ``aftersales.requested`` (once, signed, naming the case and its order), and not one that
    subscribed to order events only."""
    shop = await make_shop(1)
    _, key = await partner_key("Acme", shop.merchants)
    cases = await create_endpoint(
        gql, key, receiver.url("cases"), shop.merchants, ["aftersales.requested"]
    )
    orders = await create_endpoint(gql, key, receiver.url("orders"), shop.merchants, ["order.paid"])
    assert cases["errors"] == [] and orders["errors"] == []
    group = await pay_order(gql, client, shop, [0], "case-1")
    order_id = pk(group["orders"][0]["id"])
    async with in_transaction():
        order = await MerchantOrder.get(id=order_id)
        for target in (
            OrderStatus.CONFIRMED,
            OrderStatus.PICKING,
            OrderStatus.PACKED,
            OrderStatus.SHIPPED,
            OrderStatus.DELIVERED,
        ):
            await transition(order, target, Actor.ADMIN)
    line = await OrderLine.get(order_id=order_id)
    case = await aftersales.case_open(
        Viewer(user_id=order.customer_id),
        order_id,
        CaseType.REFUND_ONLY,
        "late",
        [aftersales.LineRequest(line.id, 1)],
    )
    await aftersales.case_approve(ADMIN, case.id)
    await worker.drain()

    (hit,) = receiver.to("cases")
    payload = Webhook(cases["secret"]).verify(hit.body, hit.headers)
    assert payload["type"] == "aftersales.requested"
    data = payload["data"]
    assert data["caseId"] == gid("AftersalesCase", case.id)
    assert data["caseNumber"] == case.number
    assert data["orderId"] == gid("MerchantOrder", order_id)
    assert (data["caseType"], data["status"]) == ("REFUND_ONLY", "REQUESTED")
    assert [json.loads(h.body)["type"] for h in receiver.to("orders")] == ["order.paid"]
