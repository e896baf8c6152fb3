"""Prometheus metrics: every definition, the scrape-time collector, and ``GET /metrics``.

Counted per request by ``plaza.observability`` (the ASGI middleware and the GraphQL extension):

* ``plaza_graphql_requests_total{operation, outcome}`` and
  ``plaza_graphql_request_duration_seconds{operation}``. ``operation`` is the root field the
  operation selects (``checkoutPlaceOrder``; ``products+`` when it selects more than one), not
  the client's ``operationName``: a label must have a bounded set of values and that one is
  free text from the client. ``outcome``: ``ok``, ``client_error`` (the operation was refused:
  a document that does not validate, a top-level or payload error), ``server_error`` (an
  unexpected exception, a 5xx), ``busy`` (a ``BUSY`` answer).
* ``plaza_http_request_duration_seconds{route, status}``: every HTTP request, by route
  template (``/payments/{provider}/callback``) and status class (``2xx``).
* ``plaza_order_groups_placed_total`` (placement answers carrying an order group; an
  idempotent retry answers, and counts, again) and ``plaza_order_groups_paid_total`` (payment
  callbacks answered ``captured``).
* ``plaza_sold_out_answers_total`` and ``plaza_busy_answers_total``: answers with those codes.

Read at scrape time (one statement, ``models.repository.backlog``): the outbox depth and the age
of its oldest unpublished event, and the webhook deliveries still owed by status; and the
asyncpg pool of the process that answers the scrape.

Several processes (``plaza serve --workers N``): ``plaza serve`` points
``PROMETHEUS_MULTIPROC_DIR`` at a fresh directory before the workers start
(:func:`prepare_multiprocess`); each process writes its counters there and a scrape, answered
by any one of them, sums them all.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
import time
from datetime import UTC, datetime

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from starlette.requests import Request
from starlette.responses import Response
from tortoise import connections

from models.repository.backlog import Backlog, read_backlog

log = logging.getLogger("plaza.metrics")

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
OUTCOMES = ("ok", "client_error", "server_error", "busy")
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

GRAPHQL_REQUESTS = Counter(
    "plaza_graphql_requests",
    "GraphQL requests over HTTP, by root field and outcome.",
    ["operation", "outcome"],
)
GRAPHQL_LATENCY = Histogram(
    "plaza_graphql_request_duration_seconds",
    "Time to answer a GraphQL request over HTTP, by root field.",
    ["operation"],
    buckets=_LATENCY_BUCKETS,
)
HTTP_LATENCY = Histogram(
    "plaza_http_request_duration_seconds",
    "Time to answer an HTTP request, by route template and status class.",
    ["route", "status"],
    buckets=_LATENCY_BUCKETS,
)
ORDER_GROUPS_PLACED = Counter(
    "plaza_order_groups_placed", "Placement answers that carried an order group."
)
ORDER_GROUPS_PAID = Counter("plaza_order_groups_paid", "Payment callbacks that captured a payment.")
SOLD_OUT_ANSWERS = Counter("plaza_sold_out_answers", "Answers with the SOLD_OUT code.")
BUSY_ANSWERS = Counter("plaza_busy_answers", "Answers with the BUSY code (overload).")


class BacklogCollector:
    """Gauges read when scraped: call :meth:`refresh` (async, one statement) first."""

    def __init__(self) -> None:
        self.backlog: Backlog | None = None
        self.now = datetime.now(UTC)

    async def refresh(self) -> None:
        try:
            self.backlog = await read_backlog()
        except Exception as exc:  # a scrape reports what it can
            log.warning("metrics: could not read the backlog: %s", exc)
            self.backlog = None
        self.now = datetime.now(UTC)

    def collect(self):
        backlog = self.backlog
        if backlog is not None:
            yield GaugeMetricFamily(
                "plaza_outbox_unpublished_events",
                "Outbox events not yet published to the broker.",
                value=backlog.outbox_depth,
            )
            age = 0.0
            if backlog.outbox_oldest is not None:
                age = max(0.0, (self.now - backlog.outbox_oldest).total_seconds())
            yield GaugeMetricFamily(
                "plaza_outbox_lag_seconds",
                "Age of the oldest unpublished outbox event (0: none waiting).",
                value=age,
            )
            deliveries = GaugeMetricFamily(
                "plaza_webhook_deliveries",
                "Webhook deliveries still owed, by status.",
                labels=["status"],
            )
            for status, count in sorted(backlog.deliveries.items()):
                deliveries.add_metric([status], count)
            yield deliveries
        yield from _pool_gauges()


def _pool_gauges():
    """The asyncpg pool of this process (nothing for SQLite)."""
    try:
        pool = getattr(connections.get("default"), "_pool", None)
    except Exception:
        return
    if pool is None or not hasattr(pool, "get_idle_size"):
        return
    size, idle = pool.get_size(), pool.get_idle_size()
    connections_family = GaugeMetricFamily(
        "plaza_db_pool_connections",
        "Database connections of this process's pool, by state.",
        labels=["state"],
    )
    connections_family.add_metric(["in_use"], size - idle)
    connections_family.add_metric(["idle"], idle)
    yield connections_family
    yield GaugeMetricFamily(
        "plaza_db_pool_max_connections", "Size limit of this process's pool.", pool.get_max_size()
    )


class _Scrape:
    """What one scrape exposes: the process's (or, multiprocess, every process's) counters and
    the backlog read just now."""

    def __init__(self, backlog: BacklogCollector) -> None:
        self.backlog = backlog

    def collect(self):
        if os.environ.get(MULTIPROC_ENV):
            from prometheus_client import multiprocess

            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)
            yield from registry.collect()
        else:
            yield from REGISTRY.collect()
        yield from self.backlog.collect()


async def metrics_endpoint(request: Request) -> Response:
    """``GET /metrics``: the Prometheus text format."""
    backlog = BacklogCollector()
    await backlog.refresh()
    return Response(generate_latest(_Scrape(backlog)), media_type=CONTENT_TYPE_LATEST)


def prepare_multiprocess(workers: int) -> str | None:
    """For ``plaza serve --workers N`` (N > 1), before the workers start: a fresh directory for
    the processes' counters in ``PROMETHEUS_MULTIPROC_DIR`` (unless one is set already; it must
    then be emptied between runs). Returns the directory, or None for one process."""
    if workers <= 1:
        return None
    directory = os.environ.get(MULTIPROC_ENV)
    if not directory:
        directory = tempfile.mkdtemp(prefix="plaza-metrics-")
        os.environ[MULTIPROC_ENV] = directory
        atexit.register(shutil.rmtree, directory, ignore_errors=True)  # ours: gone with us
    return directory


def status_class(status: int) -> str:
    return f"{status // 100}xx" if status else "none"


def observe_http(route: str, status: int, seconds: float) -> None:
    HTTP_LATENCY.labels(route, status_class(status)).observe(seconds)


def observe_graphql(operation: str, outcome: str, seconds: float) -> None:
    GRAPHQL_REQUESTS.labels(operation, outcome).inc()
    GRAPHQL_LATENCY.labels(operation).observe(seconds)


def count_codes(codes: set[str]) -> None:
    if "SOLD_OUT" in codes:
        SOLD_OUT_ANSWERS.inc()
    if "BUSY" in codes:
        BUSY_ANSWERS.inc()


def count_placed(n: int) -> None:
    if n:
        ORDER_GROUPS_PLACED.inc(n)


def count_paid() -> None:
    ORDER_GROUPS_PAID.inc()


def monotonic() -> float:
    return time.perf_counter()
