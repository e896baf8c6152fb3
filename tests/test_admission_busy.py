"""Overload is answered, not queued forever (plaza/admission.py): past the admission limit a
request waits at most ``admission_wait_ms`` in a queue of at most ``admission_queue_max``; else
it gets HTTP 503, ``Retry-After: 1`` and a GraphQL ``BUSY`` error. A client that leaves while it
waits is dropped, never served.

The slot is held by a payment callback whose use case waits on an ``asyncio.Event`` the test
controls, so nothing here synchronises by sleeping."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import time
import types
from dataclasses import dataclass, replace

import httpx
import pytest
import pytest_asyncio

from plaza.admission import BUSY, BUSY_MESSAGE
from plaza.app import create_app
from plaza.settings import Settings

QUERY = {"query": "{ __typename }"}


@dataclass
class Captured:
    ok: bool = True
    status: str = "captured"
    message: str = ""


class Holder:
    """Stands in for ``resolvers.payments.payment_callback``: each call enters, then waits for
    ``release``."""

    def __init__(self) -> None:
        self.entered = asyncio.Event()
        self.release = asyncio.Event()
        self.calls = 0

    async def payment_callback(self, provider_code: str, headers: dict, body: bytes) -> Captured:
        self.calls += 1
        self.entered.set()
        await self.release.wait()
        return Captured()


@pytest.fixture
def holder(monkeypatch) -> Holder:
    holder = Holder()
    module = types.ModuleType("resolvers.payments")
    module.payment_callback = holder.payment_callback
    monkeypatch.setitem(sys.modules, "resolvers.payments", module)
    return holder


def busy_app(database, **changes):
    settings = replace(
        Settings(),
        max_concurrent_requests=1,
        admission_queue_max=changes.get("queue_max", 1),
        admission_wait_ms=changes.get("wait_ms", 200),
    )
    return create_app(settings, manage_orm=False)


@pytest_asyncio.fixture
async def hold_slot(holder):
    """``await hold_slot(client)``: a callback request that holds the only slot until
    ``holder.release`` is set; returns its task."""

    async def start(client: httpx.AsyncClient) -> asyncio.Task:
        task = asyncio.create_task(client.post("/payments/sandbox/callback", content=b"{}"))
        await holder.entered.wait()
        return task

    return start


def assert_busy(response: httpx.Response) -> None:
    assert response.status_code == 503, response.text
    assert response.headers["retry-after"] == "1"
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == BUSY
    assert error["message"] == BUSY_MESSAGE


def client_for(app) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://plaza.test")


async def test_a_request_waiting_past_the_deadline_gets_busy(database, holder, hold_slot):
    async with client_for(busy_app(database, wait_ms=200)) as client:
        held = await hold_slot(client)
        started = time.monotonic()
        response = await client.post("/graphql", json=QUERY)
        waited = time.monotonic() - started
        assert_busy(response)
        assert waited >= 0.2
        assert not held.done()  # the slot's holder is still being served
        holder.release.set()
        assert (await held).status_code == 200
        # the slot is free again: served at once
        response = await client.post("/graphql", json=QUERY)
        assert response.status_code == 200 and response.json()["data"] == {"__typename": "Query"}


async def test_a_request_finding_the_queue_full_gets_busy_at_once(database, holder, hold_slot):
    # A deadline far away: the queued request is still waiting when the next is refused.
    async with client_for(busy_app(database, queue_max=1, wait_ms=60_000)) as client:
        held = await hold_slot(client)
        queued = asyncio.create_task(client.post("/graphql", json=QUERY))
        app = client._transport.app  # type: ignore[attr-defined]
        admission = _admission(app)
        await until_queued(admission)
        started = time.monotonic()
        response = await client.post("/graphql", json=QUERY)
        assert_busy(response)
        assert time.monotonic() - started < 5
        assert not queued.done() and not held.done()
        holder.release.set()
        assert (await held).status_code == 200
        response = await queued  # served in its turn, not refused
        assert response.status_code == 200 and response.json()["data"] == {"__typename": "Query"}
        assert admission.refused == 1


async def test_busy_is_answered_to_graphql_response_json_clients_too(database, hold_slot):
    async with client_for(busy_app(database, queue_max=0)) as client:
        held = await hold_slot(client)
        response = await client.post(
            "/graphql", json=QUERY, headers={"accept": "application/graphql-response+json"}
        )
        assert_busy(response)
        held.cancel()


async def test_a_client_that_disconnects_while_queued_is_not_served(
    database, holder, hold_slot, caplog
):
    app = busy_app(database, queue_max=5, wait_ms=60_000)
    async with client_for(app) as client:
        held = await hold_slot(client)
        admission = _admission(app)
        body = json.dumps(QUERY).encode()
        leave = asyncio.Event()
        sent: list[dict] = []

        async def receive() -> dict:
            if not receive.gave_body:  # type: ignore[attr-defined]
                receive.gave_body = True  # type: ignore[attr-defined]
                return {"type": "http.request", "body": body, "more_body": False}
            await leave.wait()
            return {"type": "http.disconnect"}

        receive.gave_body = False  # type: ignore[attr-defined]

        async def send(message: dict) -> None:
            sent.append(message)

        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "POST",
            "scheme": "http",
            "path": "/graphql",
            "raw_path": b"/graphql",
            "query_string": b"",
            "root_path": "",
            "headers": [
                (b"host", b"plaza.test"),
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
            "client": ("127.0.0.1", 50000),
            "server": ("plaza.test", 80),
        }
        with caplog.at_level(logging.INFO):
            gone = asyncio.create_task(app(scope, receive, send))
            await until_queued(admission)
            leave.set()  # the client goes away while it waits
            await gone
            assert sent == []  # not served, not even answered
            assert admission.waiting == 0 and admission.dropped == 1
            holder.release.set()
            assert (await held).status_code == 200
            # its place was given up, not leaked: the next request is served
            response = await client.post("/graphql", json=QUERY)
            assert response.status_code == 200
        assert admission.inside == 0
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
        dropped = [r for r in caplog.records if "disconnected while waiting" in r.getMessage()]
        assert dropped and dropped[0].levelno == logging.INFO and dropped[0].exc_info is None


async def test_a_body_read_while_queued_reaches_the_app(database, holder, hold_slot):
    """Watching for a disconnect reads the client's messages: the body must still arrive."""
    async with client_for(busy_app(database, queue_max=5, wait_ms=60_000)) as client:
        held = await hold_slot(client)
        queued = asyncio.create_task(
            client.post("/graphql", json={"query": "{ storefronts { code } }"})
        )
        admission = _admission(client._transport.app)  # type: ignore[attr-defined]
        await until_queued(admission)
        holder.release.set()
        await held
        response = await queued
        assert response.status_code == 200, response.text
        assert response.json() == {"data": {"storefronts": []}}


async def until_queued(admission, n: int = 1) -> None:
    """Let the loop run until ``n`` requests wait in the admission queue."""
    for _ in range(10_000):
        if admission.waiting >= n:
            return
        await asyncio.sleep(0)
    raise AssertionError("the request never reached the admission queue")


def _admission(app):
    """The app's AdmissionLimit middleware (the stack is built on the first request)."""
    from plaza.admission import AdmissionLimit

    layer = app.middleware_stack
    while layer is not None and not isinstance(layer, AdmissionLimit):
        layer = getattr(layer, "app", None)
    assert layer is not None, "no AdmissionLimit in the middleware stack"
    return layer
