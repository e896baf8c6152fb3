"""OpenTelemetry traces: off without an exporter; on, a purchase is one trace across the API,
the outbox relay and the worker.

The collector is a local fake speaking OTLP/HTTP (``POST /v1/traces``, an
``ExportTraceServiceRequest`` in protobuf, decoded with the OpenTelemetry protocol package),
and the server is a real one configured only by the standard ``OTEL_*`` variables.
"""

from __future__ import annotations

import asyncio
import gzip
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)

from models.merchants import Storefront
from models.orders import MerchantOrder, OrderStatus
from plaza import tracing
from plaza.app import create_app
from plaza.settings import Settings
from resolvers import trace_context
from tests.checkout_support import cart_with, pk, place
from tests.server import HttpGql, async_live_server
from tests.support import gid, make_world


def test_tracing_is_on_only_when_an_exporter_is_configured():
    assert tracing.exporters({}) == []
    assert tracing.exporters({"OTEL_TRACES_EXPORTER": "none"}) == []
    assert tracing.exporters({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://c:4318"}) == ["otlp"]
    assert tracing.exporters({"OTEL_TRACES_EXPORTER": "otlp,console"}) == ["otlp", "console"]
    disabled = {"OTEL_SDK_DISABLED": "true", "OTEL_TRACES_EXPORTER": "otlp"}
    assert tracing.exporters(disabled) == []


def test_without_an_exporter_nothing_is_installed():
    app = create_app(manage_orm=False)
    names = {m.cls.__name__ for m in app.user_middleware}
    assert "OpenTelemetryMiddleware" not in names
    assert trace_context.ENABLED is False and trace_context.current() is None


class Collector:
    """A fake OTLP/HTTP trace collector: keeps every span it is sent."""

    def __init__(self) -> None:
        self.spans: list[dict] = []
        self.changed = threading.Condition()
        collector = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if self.headers.get("Content-Encoding") == "gzip":
                    body = gzip.decompress(body)
                ok = self.path == "/v1/traces"
                if ok:
                    request = ExportTraceServiceRequest.FromString(body)
                    collector.add(request)
                answer = ExportTraceServiceResponse().SerializeToString()
                self.send_response(200 if ok else 404)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1/traces"

    def add(self, request: ExportTraceServiceRequest) -> None:
        with self.changed:
            for resource in request.resource_spans:
                service = next(
                    a.value.string_value
                    for a in resource.resource.attributes
                    if a.key == "service.name"
                )
                for scope in resource.scope_spans:
                    for span in scope.spans:
                        self.spans.append(
                            {
                                "service": service,
                                "name": span.name,
                                "trace": span.trace_id.hex(),
                                "id": span.span_id.hex(),
                                "parent": span.parent_span_id.hex(),
                                "kind": span.kind,
                            }
                        )
            self.changed.notify_all()

    def wait_for(self, predicate, timeout: float) -> list[dict]:
        with self.changed:
            assert self.changed.wait_for(lambda: predicate(self.spans), timeout), self.spans
            return list(self.spans)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


async def test_a_purchase_is_one_trace_across_the_api_the_relay_and_the_worker(database):
    world = await make_world()
    # The unpaid order expires after a second: the worker's expiry is part of the trace.
    await Storefront.filter(id=world.storefront.id).update(
        settings={**world.storefront.settings, "payment_deadline_seconds": 1}
    )
    variant = gid("Variant", (await world.a.products[0].variants.all())[0].id)
    settings = Settings()
    collector = Collector()
    env = {
        "PLAZA_DATABASE_URL": database.url,
        "PLAZA_BROKER_URL": "",
        "PLAZA_PUBSUB_URL": "",
        "PLAZA_SECRET_KEY": settings.secret_key,
        "PLAZA_PAYMENT_SANDBOX_SECRET": settings.payment_sandbox_secret,
        "OTEL_TRACES_EXPORTER": "otlp",
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": collector.url,
        "OTEL_SERVICE_NAME": "plaza-test",
        "OTEL_BSP_SCHEDULE_DELAY": "50",
    }
    try:
        async with async_live_server(env) as server:
            async with httpx.AsyncClient(base_url=server, timeout=30) as http:
                gql = HttpGql(http)
                cart = await cart_with(gql, world.customer_token, "mall", [(variant, 1)])
                placed = await place(gql, world.customer_token, cart, "trace-1")
                assert placed["errors"] == [], placed
                order_pk = pk(placed["orderGroup"]["orders"][0]["id"])

                def complete(spans: list[dict]) -> bool:
                    names = {s["name"] for s in spans}
                    return {"outbox order_group.placed", "dramatiq expire_order_group"} <= names

                spans = await asyncio.to_thread(collector.wait_for, complete, 30)
    finally:
        collector.close()

    by_name = {}
    for span in spans:
        by_name.setdefault(span["name"], span)
    relay = by_name["outbox order_group.placed"]
    worker = by_name["dramatiq expire_order_group"]
    (request,) = [
        s for s in spans if s["trace"] == relay["trace"] and s["kind"] == 2 and not s["parent"]
    ]  # the HTTP server span of checkoutPlaceOrder: the root
    assert request["service"] == "plaza-test"
    assert worker["trace"] == relay["trace"] == request["trace"]
    assert worker["parent"] == relay["id"]  # the relay sent the expiry message
    ids = {s["id"] for s in spans if s["trace"] == request["trace"]}
    assert relay["parent"] in ids  # written inside the request's spans
    # The worker's span ended after the expiry committed.
    assert (await MerchantOrder.get(id=order_pk)).status == OrderStatus.CANCELLED
