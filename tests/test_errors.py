"""Unexpected errors are masked for clients and logged with the request id.

The client sees ``{"message": "Internal server error", "extensions": {"code": "INTERNAL_ERROR",
"requestId": ...}}`` and the same id in the ``x-request-id`` response header; the log record
carries that id and the original exception. Domain refusals and invalid queries stay readable.
"""

from __future__ import annotations

import logging

import httpx
import pytest
import strawberry
from starlette.applications import Starlette
from starlette.routing import Route
from strawberry.extensions import SchemaExtension

from plaza import auth
from plaza.app import AuthMiddleware, PlazaGraphQL
from resolvers import catalog as catalog_uc
from schema.build import PlazaSchema, extensions

SECRET = "password=hunter2 at db.internal"
STOREFRONTS = "{ storefronts { id code } }"


def _boom(*args, **kwargs):
    raise RuntimeError(SECRET)


def _logged(caplog, request_id: str) -> list[logging.LogRecord]:
    return [
        r
        for r in caplog.records
        if r.levelno >= logging.ERROR and request_id in r.getMessage() and r.exc_info
    ]


def _assert_masked(resp: httpx.Response, request_id: str | None = None) -> str:
    body = resp.json()
    assert SECRET not in resp.text
    error = body["errors"][0]
    assert error["message"] == "Internal server error"
    assert error["extensions"]["code"] == "INTERNAL_ERROR"
    header = resp.headers["x-request-id"]
    assert error["extensions"]["requestId"] == header
    if request_id is not None:
        assert header == request_id
    return header


async def test_resolver_exception_is_masked_and_logged(client, monkeypatch, caplog):
    monkeypatch.setattr(catalog_uc, "storefronts", _boom)
    resp = await client.post(
        "/graphql", json={"query": STOREFRONTS}, headers={"x-request-id": "req-masked-1"}
    )
    assert resp.status_code == 200
    _assert_masked(resp, "req-masked-1")
    assert resp.json()["errors"][0]["path"] == ["storefronts"]

    [record] = _logged(caplog, "req-masked-1")
    assert record.name == "plaza.graphql"
    assert isinstance(record.exc_info[1], RuntimeError)
    assert SECRET in str(record.exc_info[1])


async def test_generated_request_id_matches_header_and_log(client, monkeypatch, caplog):
    monkeypatch.setattr(catalog_uc, "storefronts", _boom)
    resp = await client.post("/graphql", json={"query": STOREFRONTS})
    request_id = _assert_masked(resp)
    assert len(request_id) >= 8
    assert _logged(caplog, request_id)


@pytest.mark.parametrize("supplied", ["x" * 65, "a b", "id\x7fwith-control", "évil"])
async def test_unsafe_client_request_id_is_replaced(client, monkeypatch, caplog, supplied):
    monkeypatch.setattr(catalog_uc, "storefronts", _boom)
    headers = [(b"x-request-id", supplied.encode("latin-1"))]
    resp = await client.post("/graphql", json={"query": STOREFRONTS}, headers=headers)
    request_id = _assert_masked(resp)
    assert request_id != supplied
    assert _logged(caplog, request_id)


async def test_subgraph_errors_are_masked_too(client, monkeypatch, caplog):
    monkeypatch.setattr(catalog_uc, "storefronts", _boom)
    resp = await client.post(
        "/subgraphs/catalog", json={"query": STOREFRONTS}, headers={"x-request-id": "req-sub"}
    )
    _assert_masked(resp, "req-sub")
    assert _logged(caplog, "req-sub")


async def test_domain_and_validation_errors_are_not_masked(gql):
    body = await gql('{ products(storefront: "nowhere") { totalCount } }')
    assert body["errors"][0]["message"] == "No storefront 'nowhere'."
    body = await gql("{ noSuchField }")
    assert "noSuchField" in body["errors"][0]["message"]
    assert "INTERNAL_ERROR" not in str(body)


async def test_exception_outside_graphql_is_masked_json_500(client, monkeypatch, caplog):
    """E.g. the database fails while the middleware resolves the credential."""

    async def broken(*args, **kwargs):
        raise RuntimeError(SECRET)

    monkeypatch.setattr(auth, "viewer_from_authorization", broken)
    resp = await client.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"x-request-id": "req-auth"}
    )
    assert resp.status_code == 500
    _assert_masked(resp, "req-auth")
    [record] = _logged(caplog, "req-auth")
    assert isinstance(record.exc_info[1], RuntimeError)


# --- a tiny app with the same view, middleware and schema extensions ---------------------------


class FailingExtension(SchemaExtension):
    """An extension whose hook raises: the operation ends before MaskErrors could mask."""

    def on_execute(self):
        if self.execution_context.query and "failHook" in self.execution_context.query:
            raise RuntimeError(SECRET)
        yield


@strawberry.type
class TinyQuery:
    @strawberry.field
    def fine(self) -> int:
        return 1

    @strawberry.field
    def fail_hook(self) -> int:
        return 1

    @strawberry.field
    async def broken(self) -> int:
        raise RuntimeError(SECRET)


async def _crash(request):
    raise RuntimeError(SECRET)


@pytest.fixture
def tiny_client():
    schema = PlazaSchema(query=TinyQuery, extensions=[*extensions(), FailingExtension])
    app = Starlette(
        routes=[
            Route("/graphql", PlazaGraphQL(schema), methods=["GET", "POST"]),
            Route("/crash", _crash),
        ]
    )
    app.add_middleware(AuthMiddleware)
    transport = httpx.ASGITransport(app=app)
    return httpx.AsyncClient(transport=transport, base_url="http://tiny.test")


async def test_tiny_schema_masks_resolver_exception(tiny_client, caplog):
    async with tiny_client as c:
        resp = await c.post("/graphql", json={"query": "{ fine broken }"})
    assert resp.status_code == 200
    request_id = _assert_masked(resp)
    assert resp.json()["data"] is None  # broken is non-null: the error propagates to data
    [record] = _logged(caplog, request_id)
    assert isinstance(record.exc_info[1], RuntimeError)


async def test_exception_in_an_extension_hook_is_masked(tiny_client, caplog):
    async with tiny_client as c:
        resp = await c.post("/graphql", json={"query": "{ failHook }"})
        request_id = _assert_masked(resp)
        assert _logged(caplog, request_id)
        # with application/graphql-response+json: no data entry, and 500 -- it was our fault
        resp = await c.post(
            "/graphql",
            json={"query": "{ failHook }"},
            headers={"accept": "application/graphql-response+json"},
        )
    assert resp.status_code == 500
    _assert_masked(resp)
    assert "data" not in resp.json()


async def test_exception_escaping_a_route_is_masked_json_500(tiny_client, caplog):
    async with tiny_client as c:
        resp = await c.get("/crash", headers={"x-request-id": "req-crash"})
    assert resp.status_code == 500
    _assert_masked(resp, "req-crash")
    [record] = _logged(caplog, "req-crash")
    assert isinstance(record.exc_info[1], RuntimeError)
