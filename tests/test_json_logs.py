"""Structured logs: ``PLAZA_LOG_FORMAT=json`` (the default when ``PLAZA_ENV=production``) writes
one JSON object a line, and the lines logged while a request is served carry its request id,
operation, viewer kind and tenant."""

from __future__ import annotations

import io
import json
import logging

import pytest

from models.accounts import StaffRole
from models.merchants import Merchant
from plaza import logs
from tests.support import make_staff


@pytest.fixture
def json_lines():
    """The JSON lines logged (at INFO and above) while the test runs."""
    stream = io.StringIO()
    handler = logs.handler("json", stream)
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)


def test_format_follows_the_environment(monkeypatch):
    monkeypatch.delenv(logs.FORMAT_ENV, raising=False)
    monkeypatch.delenv(logs.ENV_ENV, raising=False)
    assert logs.log_format() == "text"
    monkeypatch.setenv(logs.ENV_ENV, "production")
    assert logs.log_format() == "json"
    monkeypatch.setenv(logs.FORMAT_ENV, "text")  # an explicit choice wins
    assert logs.log_format() == "text"
    monkeypatch.setenv(logs.FORMAT_ENV, "xml")
    with pytest.raises(ValueError, match=logs.FORMAT_ENV):
        logs.log_format()


async def test_a_request_line_carries_its_context(client, json_lines):
    merchant = await Merchant.create(name="Tea", slug="tea")
    _, token = await make_staff(merchant, "owner@tea.test", [StaffRole.OWNER])
    resp = await client.post(
        "/graphql",
        json={"query": "query Mine { me { isCourier } }", "operationName": "Mine"},
        headers={"Authorization": f"Bearer {token}", "x-request-id": "req-42"},
    )
    assert resp.status_code == 200 and "errors" not in resp.json(), resp.text
    (access,) = [line for line in json_lines() if line["logger"] == "plaza.access"]
    assert access["request_id"] == "req-42"
    assert access["operation"] == "me" and access["operation_name"] == "Mine"
    assert access["viewer"] == "merchant_staff" and access["merchant_id"] == merchant.id
    assert access["method"] == "POST" and access["path"] == "/graphql"
    assert access["status"] == 200 and access["duration_ms"] >= 0
    assert access["level"] == "INFO" and access["ts"].endswith("+00:00")


async def test_lines_logged_inside_a_request_carry_it(client, json_lines, monkeypatch):
    """A line logged by the code serving the request (here: an unexpected error) has its
    fields too, the traceback included; an anonymous viewer has no tenant."""
    from plaza import auth

    async def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(auth, "viewer_from_authorization", broken)
    resp = await client.post(
        "/graphql", json={"query": "{ me { isCourier } }"}, headers={"x-request-id": "req-7"}
    )
    assert resp.status_code == 500
    (failure,) = [line for line in json_lines() if line["logger"] == "plaza.app"]
    assert failure["level"] == "ERROR" and failure["request_id"] == "req-7"
    assert "RuntimeError: boom" in failure["exc_info"]
    assert "merchant_id" not in failure


def test_outside_a_request_a_line_has_no_request_fields():
    stream = io.StringIO()
    log = logging.getLogger("plaza.test.json")
    log.addHandler(logs.handler("json", stream))
    log.propagate = False
    log.warning("relay %s", "down")
    (line,) = [json.loads(x) for x in stream.getvalue().splitlines()]
    assert line["message"] == "relay down" and line["level"] == "WARNING"
    assert not set(logs.CONTEXT_FIELDS) & set(line)
