"""``/readyz``: 200 with each check's status when the database, the broker and pub/sub answer;
503 naming the ones that do not. ``/healthz`` (liveness) does not look at the broker."""

from __future__ import annotations

from dataclasses import replace

import httpx
import pytest

from plaza.app import create_app
from plaza.settings import Settings
from tests.broker_support import free_port, private_redis  # noqa: F401
from tests.test_tasks import amqp_url  # noqa: F401


@pytest.fixture
def app_with(database):
    """``async with app_with(broker_url=..., pubsub_url=...) as client``."""

    def make(**overrides):
        settings = replace(Settings(), max_concurrent_requests=0, **overrides)
        app = create_app(settings, manage_orm=False)
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")

    return make


async def test_ready_on_the_test_setup(client):
    resp = await client.get("/readyz")
    assert resp.status_code == 200, resp.text
    assert resp.json() == {
        "status": "ok",
        "checks": {
            "database": {"status": "ok", "kind": "sql"},
            "broker": {"status": "ok", "kind": "in-process"},
            "pubsub": {"status": "ok", "kind": "in-memory"},
        },
    }


async def test_not_ready_once_redis_is_gone(app_with, private_redis):  # noqa: F811
    async with app_with(broker_url=private_redis.url, pubsub_url=private_redis.url) as client:
        resp = await client.get("/readyz")
        assert resp.status_code == 200, resp.text
        assert resp.json()["checks"]["broker"] == {"status": "ok", "kind": "redis"}

        private_redis.kill()
        resp = await client.get("/readyz")
        assert resp.status_code == 503, resp.text
        body = resp.json()
        assert body["status"] == "unavailable"
        assert body["failed"] == ["broker", "pubsub"]
        assert body["checks"]["database"]["status"] == "ok"
        assert body["checks"]["broker"]["status"] == "error"
        assert (await client.get("/healthz")).status_code == 200  # alive, only not ready


async def test_not_ready_when_the_broker_port_is_closed(app_with):
    closed = f"redis://127.0.0.1:{free_port()}/0"
    async with app_with(broker_url=closed) as client:
        resp = await client.get("/readyz")
    assert resp.status_code == 503
    assert resp.json()["failed"] == ["broker"]


async def test_rabbitmq_broker(app_with, amqp_url):  # noqa: F811
    async with app_with(broker_url=amqp_url) as client:
        resp = await client.get("/readyz")
        assert resp.status_code == 200, resp.text
        assert resp.json()["checks"]["broker"] == {"status": "ok", "kind": "rabbitmq"}
    closed = f"amqp://guest:guest@127.0.0.1:{free_port()}/"
    async with app_with(broker_url=closed) as client:
        resp = await client.get("/readyz")
    assert resp.status_code == 503 and resp.json()["failed"] == ["broker"]


async def test_not_ready_when_the_database_does_not_answer(client, monkeypatch):
    from plaza import health

    async def unreachable(within: float) -> str:
        raise ConnectionRefusedError("no database")

    monkeypatch.setattr(health, "check_database", unreachable)
    resp = await client.get("/readyz")
    assert resp.status_code == 503
    assert resp.json()["failed"] == ["database"]
    assert resp.json()["checks"]["database"] == {
        "status": "error",
        "error": "ConnectionRefusedError",
    }
