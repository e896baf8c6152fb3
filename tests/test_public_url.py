"""Small things an operator meets first: ``plaza serve`` names itself after its own host and
port when ``PLAZA_PUBLIC_URL`` is not set (pay URLs and callbacks point at the server that
made them), and ``plaza sandbox-carrier`` says what the server did with its event."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import pytest

from plaza import cli
from plaza.settings import DEFAULT_PUBLIC_URL, Settings, public_url_for
from plugins.registry import get_registry
from tests.server import async_live_server


@pytest.mark.parametrize(
    ("host", "port", "url"),
    [
        ("127.0.0.1", 8000, "http://127.0.0.1:8000"),
        ("localhost", 9001, "http://localhost:9001"),
        ("0.0.0.0", 8080, "http://127.0.0.1:8080"),
        ("::", 8080, "http://[::1]:8080"),
        ("::1", 8443, "http://[::1]:8443"),
        ("shop.example", 80, "http://shop.example:80"),
    ],
)
def test_public_url_for_a_listening_address(host, port, url):
    assert public_url_for(host, port) == url


@pytest.fixture
def serve(monkeypatch):
    """``serve(argv)``: run ``plaza serve`` up to starting uvicorn; returns what uvicorn got
    and the public URL the app would be built with."""
    import uvicorn

    started: dict = {}

    def fake_run(app, **kwargs):
        started.update(kwargs, public_url=Settings().public_url)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    # Whatever ``plaza serve`` puts in the environment is undone after the test.
    monkeypatch.setitem(os.environ, "PLAZA_PUBLIC_URL", "")
    monkeypatch.delenv("PLAZA_PUBLIC_URL")

    def run(argv: list[str]) -> dict:
        args = cli.build_parser().parse_args(["serve", "--no-migrate", *argv])
        assert cli.cmd_serve(args) == 0
        return started

    return run


def test_serve_derives_the_public_url_from_its_port(serve):
    started = serve(["--host", "127.0.0.1", "--port", "8123"])
    assert started["port"] == 8123
    assert started["public_url"] == "http://127.0.0.1:8123"
    assert os.environ["PLAZA_PUBLIC_URL"] == "http://127.0.0.1:8123"  # workers inherit it


def test_serve_keeps_a_configured_public_url(serve, monkeypatch):
    monkeypatch.setenv("PLAZA_PUBLIC_URL", "https://api.shop.example")
    started = serve(["--port", "8123"])
    assert started["public_url"] == "https://api.shop.example"


def test_the_app_builds_pay_urls_on_the_derived_url(serve, monkeypatch, database):
    from plaza.app import create_app

    assert Settings().public_url == DEFAULT_PUBLIC_URL
    serve(["--port", "8124"])
    registry = get_registry()
    monkeypatch.setattr(registry, "config", dict(registry.config))  # restored after the test
    create_app(manage_orm=False)
    assert registry.payment("sandbox").public_url == "http://127.0.0.1:8124"


# --- plaza sandbox-carrier ------------------------------------------------------------------


def _answer(**counts) -> dict:
    return {
        "status": "ok",
        "recorded": 0,
        "duplicates": 0,
        "unknown": 0,
        "orders_moved": 0,
    } | counts


@pytest.mark.parametrize(
    ("status", "answer", "said", "code"),
    [
        (200, _answer(recorded=1, orders_moved=1), "recorded; 1 order(s) moved", 0),
        (200, _answer(recorded=1), "recorded; no order status changed", 0),
        (200, _answer(duplicates=1), "already recorded before", 0),
        (200, _answer(unknown=1), "unknown waybill SX0000000042: no shipment has it", 1),
        (400, {"status": "error", "code": "INVALID_PUSH", "message": "bad signature"}, "bad", 1),
        (503, {"status": "error", "code": "SERVICE_UNAVAILABLE"}, "SERVICE_UNAVAILABLE", 1),
    ],
)
def test_sandbox_carrier_says_what_happened(monkeypatch, capsys, status, answer, said, code):
    async def push(url, headers, body):
        return status, answer

    monkeypatch.setattr(cli, "_push", push)
    args = cli.build_parser().parse_args(
        ["sandbox-carrier", "SX0000000042", "in_transit", "--url", "http://plaza.test"]
    )
    assert cli.cmd_sandbox_carrier(args) == code
    out = capsys.readouterr().out
    assert f"HTTP {status}" in out and said in out, out


async def test_the_carrier_route_names_an_unknown_waybill(client):
    carrier = get_registry().carriers["sandbox_express"]
    from models.logistics import TrackingStatus
    from plugins.shipping.sandbox_express import new_update

    headers, body = carrier.build_push([new_update("SX0000000404", TrackingStatus.IN_TRANSIT)])
    response = await client.post("/carriers/sandbox_express/events", content=body, headers=headers)
    assert response.status_code == 200  # a retry would not make it known
    answer = response.json()
    assert answer["unknown"] == 1 and "unknown waybill" in answer["message"]


async def test_sandbox_carrier_against_a_running_server_reports_an_unknown_waybill(database):
    env = {"PLAZA_DATABASE_URL": database.url, "PLAZA_BROKER_URL": "", "PLAZA_PUBSUB_URL": ""}
    async with async_live_server(env) as server:
        proc = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-m", "plaza.cli", "sandbox-carrier", "SX0000000404", "delivered",
             "--url", str(server)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, **env},
        )  # fmt: skip
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "HTTP 200: unknown waybill SX0000000404" in proc.stdout
