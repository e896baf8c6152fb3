"""``GET /readyz``: may this process take traffic? (``/healthz`` stays the liveness probe.)

Checks, run at once, each within ``PLAZA_READINESS_TIMEOUT`` seconds (default 2):

* ``database``: ``SELECT 1`` on the ORM's connection;
* ``broker``: ``PLAZA_BROKER_URL`` empty: in-process, ok; Redis: ``PING``; RabbitMQ: an AMQP
  connection opened and closed;
* ``pubsub``: ``PLAZA_PUBSUB_URL`` empty: in memory, ok; Redis: ``PING``.

200 ``{"status": "ok", "checks": {...}}`` when all pass; 503 ``{"status": "unavailable",
"failed": [...], "checks": {...}}`` otherwise. A failed check says only the kind of error; the
detail is logged.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse
from tortoise import connections

log = logging.getLogger("plaza.health")

TIMEOUT_ENV = "PLAZA_READINESS_TIMEOUT"
DEFAULT_TIMEOUT = 2.0


def _timeout() -> float:
    return float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT))


async def check_database(within: float) -> str:
    await asyncio.wait_for(connections.get("default").execute_query("SELECT 1"), within)
    return "sql"


async def _redis_ping(url: str, within: float) -> None:
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(url, socket_connect_timeout=within, socket_timeout=within)
    try:
        await asyncio.wait_for(client.ping(), within)
    finally:
        await client.aclose()


def _amqp_connect(url: str, within: float) -> None:
    import pika

    params = pika.URLParameters(url)
    params.socket_timeout = within
    params.blocked_connection_timeout = within
    params.stack_timeout = within
    params.connection_attempts = 1
    pika.BlockingConnection(params).close()


async def check_broker(url: str, within: float) -> str:
    if not url:
        return "in-process"
    if url.startswith(("amqp://", "amqps://")):
        await asyncio.wait_for(asyncio.to_thread(_amqp_connect, url, within), within + 1)
        return "rabbitmq"
    await _redis_ping(url, within)
    return "redis"


async def check_pubsub(url: str, within: float) -> str:
    if not url:
        return "in-memory"
    await _redis_ping(url, within)
    return "redis"


async def _run(name: str, check: Callable[[], Awaitable[str]]) -> tuple[str, dict]:
    try:
        kind = await check()
    except Exception as exc:  # reporting failures is the point
        log.warning("readiness: %s failed: %s: %s", name, type(exc).__name__, exc)
        return name, {"status": "error", "error": type(exc).__name__}
    return name, {"status": "ok", "kind": kind}


async def readiness(settings) -> tuple[bool, dict]:
    """(ready, body) for the settings' database, broker and pub/sub."""
    within = _timeout()
    results = await asyncio.gather(
        _run("database", lambda: check_database(within)),
        _run("broker", lambda: check_broker(settings.broker_url, within)),
        _run("pubsub", lambda: check_pubsub(settings.pubsub_url, within)),
    )
    checks = dict(results)
    failed = [name for name, result in checks.items() if result["status"] != "ok"]
    if failed:
        return False, {"status": "unavailable", "failed": failed, "checks": checks}
    return True, {"status": "ok", "checks": checks}


def readyz(settings) -> Callable[[Request], Awaitable[JSONResponse]]:
    """The ``/readyz`` endpoint for these settings."""

    async def endpoint(request: Request) -> JSONResponse:
        ready, body = await readiness(settings)
        return JSONResponse(body, status_code=200 if ready else 503)

    return endpoint
