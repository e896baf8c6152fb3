"""``GET /metrics``: counters move with a purchase made through the API, the backlog gauges are
read at scrape time, the text format parses, and several processes add up."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from models.merchants import Merchant, Warehouse
from models.promotions import FlashSale
from plaza import metrics, observability
from resolvers.orders import now_utc
from tests.checkout_support import (
    ADD,
    CREATE,
    cart_with,
    gid,
    make_shoppers,
    place,
    post_callback,
    signed_callback,
    start_payment,
)
from tests.support import make_product, make_storefront

ROOT = Path(__file__).resolve().parent.parent
Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def parse(text: str) -> Samples:
    samples: Samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


async def scrape(client) -> Samples:
    resp = await client.get("/metrics")
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith("text/plain")
    return parse(resp.text)


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def moved(before: Samples, after: Samples, name: str, **labels: str) -> float:
    return value(after, name, **labels) - value(before, name, **labels)


async def _shop(stock: int = 5):
    storefront = await make_storefront()
    merchant = await Merchant.create(name="Tea", slug="tea")
    warehouse = await Warehouse.create(merchant=merchant, code="w", name="W")
    product = await make_product(merchant, storefront, "tea", stock=stock, warehouse=warehouse)
    await product.fetch_related("variants")
    return storefront, product.variants[0]


async def test_a_purchase_moves_the_counters(gql, client, database):
    storefront, variant = await _shop()
    (shopper,) = await make_shoppers(1)
    before = await scrape(client)

    token = await cart_with(gql, shopper.token, storefront.code, [(gid("Variant", variant.id), 2)])
    result = await place(gql, shopper.token, token, "key-1")
    assert result["errors"] == [], result
    payment = await start_payment(gql, shopper.token, result["orderGroup"]["id"])
    headers, body = signed_callback(payment["reference"], payment["amount"]["amount"])
    resp = await post_callback(client, headers, body)
    assert resp.status_code == 200 and resp.json()["status"] == "captured", resp.text
    after = await scrape(client)

    assert moved(before, after, "plaza_order_groups_placed_total") == 1
    assert moved(before, after, "plaza_order_groups_paid_total") == 1
    place_ok = {"operation": "checkoutPlaceOrder", "outcome": "ok"}
    assert moved(before, after, "plaza_graphql_requests_total", **place_ok) == 1
    cart_ok = {"operation": "cartCreate", "outcome": "ok"}
    assert moved(before, after, "plaza_graphql_requests_total", **cart_ok) == 1
    latency = "plaza_graphql_request_duration_seconds_count"
    assert moved(before, after, latency, operation="checkoutPlaceOrder") == 1
    callback = {"route": "/payments/{provider}/callback", "status": "2xx"}
    assert moved(before, after, "plaza_http_request_duration_seconds_count", **callback) == 1
    # Read at scrape time: nothing relays in the tests, so the purchase's events wait.
    assert value(after, "plaza_outbox_unpublished_events") >= 3
    assert value(after, "plaza_outbox_lag_seconds") >= 0
    assert ("plaza_webhook_deliveries", (("status", "pending"),)) in after
    assert ("plaza_webhook_deliveries", (("status", "failed"),)) in after
    if database.is_postgres:  # the asyncpg pool of this process
        assert value(after, "plaza_db_pool_max_connections") >= 1
        assert ("plaza_db_pool_connections", (("state", "idle"),)) in after


async def test_sold_out_and_refusals_are_counted(gql, client):
    storefront, variant = await _shop()
    now = now_utc()
    await FlashSale.create(
        variant=variant,
        price="5.00",
        starts_at=now - timedelta(minutes=1),
        ends_at=now + timedelta(hours=1),
        quantity=1,
        sold=1,
    )
    (shopper,) = await make_shoppers(1)
    before = await scrape(client)
    body = await gql(CREATE, {"sf": storefront.code}, token=shopper.token)
    cart = body["data"]["cartCreate"]["cart"]["token"]
    lines = [{"variantId": gid("Variant", variant.id), "quantity": 1}]
    body = await gql(ADD, {"token": cart, "lines": lines}, token=shopper.token)
    assert [e["code"] for e in body["data"]["cartLinesAdd"]["errors"]] == ["SOLD_OUT"]
    await client.post("/graphql", json={"query": "{ nope }"})  # does not validate
    after = await scrape(client)

    assert moved(before, after, "plaza_sold_out_answers_total") == 1
    refused = {"operation": "cartLinesAdd", "outcome": "client_error"}
    assert moved(before, after, "plaza_graphql_requests_total", **refused) == 1
    invalid = {"operation": "nope", "outcome": "client_error"}
    assert moved(before, after, "plaza_graphql_requests_total", **invalid) == 1
    assert moved(before, after, "plaza_order_groups_placed_total") == 0


async def test_busy_answers_are_counted():
    """An overload answer (503 with the BUSY code) counts as ``busy``, not as a server error."""

    async def busy(request):
        body = {"errors": [{"message": "Busy", "extensions": {"code": "BUSY"}}]}
        return JSONResponse(body, status_code=503)

    app = Starlette(routes=[Route("/graphql", busy, methods=["POST"])])
    observability.install(app)
    before = parse(_exposition())
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://plaza.test") as c:
        assert (await c.post("/graphql", json={"query": "{ a }"})).status_code == 503
    after = parse(_exposition())
    labels = {"operation": "(none)", "outcome": "busy"}
    assert moved(before, after, "plaza_graphql_requests_total", **labels) == 1


def _exposition() -> str:
    from prometheus_client import REGISTRY, generate_latest

    return generate_latest(REGISTRY).decode()


def test_prepare_multiprocess(monkeypatch):
    monkeypatch.setenv(metrics.MULTIPROC_ENV, "")  # restored afterwards, set or not
    monkeypatch.delenv(metrics.MULTIPROC_ENV)
    assert metrics.prepare_multiprocess(1) is None
    assert metrics.MULTIPROC_ENV not in os.environ
    directory = metrics.prepare_multiprocess(4)
    assert directory and Path(directory).is_dir() and os.environ[metrics.MULTIPROC_ENV] == directory


_COUNT_ONE = """
from plaza import metrics
metrics.count_paid()
metrics.observe_graphql("products", "ok", 0.01)
"""

_SCRAPE = """
import asyncio
from plaza import metrics

class Quiet(metrics.BacklogCollector):
    async def refresh(self):
        self.backlog = None

print(__import__("prometheus_client").generate_latest(metrics._Scrape(Quiet())).decode())
"""


def test_processes_add_up(tmp_path):
    """``plaza serve --workers N``: each process writes to PROMETHEUS_MULTIPROC_DIR; a scrape
    answered by any of them sums them all."""
    env = {**os.environ, metrics.MULTIPROC_ENV: str(tmp_path), "PYTHONPATH": str(ROOT)}
    for _ in range(2):
        subprocess.run([sys.executable, "-c", _COUNT_ONE], env=env, check=True, cwd=ROOT)
    out = subprocess.run(
        [sys.executable, "-c", _SCRAPE], env=env, check=True, cwd=ROOT, capture_output=True
    )
    samples = parse(out.stdout.decode())
    assert value(samples, "plaza_order_groups_paid_total") == 2
    count = "plaza_graphql_request_duration_seconds_count"
    assert value(samples, count, operation="products") == 2
