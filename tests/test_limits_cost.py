"""Expensive requests inside the shape limits: query cost (schema/cost.py), the document's
length and the variables' size (plaza/request_limits.py), and who may introspect. Each is
refused before it costs anything: no resolver runs, no SQL is sent."""

from __future__ import annotations

from dataclasses import replace

import httpx
import pytest

from plaza.app import create_app
from plaza.settings import Settings
from schema.build import build_schema
from schema.cost import DEFAULT_LIST_SIZE, query_cost
from tests.support import make_world

GRAPHQL_RESPONSE = "application/graphql-response+json"
NESTED = "edges { node { name variants { sku product { name variants { sku } } } } }"
EXPENSIVE = (
    "{ "
    + " ".join(f'p{i}: products(storefront: "mall", first: 100) {{ {NESTED} }}' for i in range(30))
    + " }"
)
INTROSPECT = "{ __schema { queryType { name } } }"


async def _post(client, query: str, variables=None, *, token=None, accept=GRAPHQL_RESPONSE):
    headers = {"accept": accept}
    if token:
        headers["authorization"] = f"Bearer {token}"
    return await client.post(
        "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
    )


# --- cost -------------------------------------------------------------------------------------


async def test_an_expensive_query_is_refused_before_it_runs(client, count_queries):
    await make_world()
    with count_queries() as counter:
        resp = await _post(client, EXPENSIVE)
    assert resp.status_code == 400, resp.text
    error = resp.json()["errors"][0]
    assert error["extensions"]["code"] == "QUERY_TOO_EXPENSIVE"
    assert error["extensions"]["budget"] == 50_000
    assert error["extensions"]["cost"] > 50_000
    assert "50000" in error["message"] and str(error["extensions"]["cost"]) in error["message"]
    assert counter.count == 0, counter.statements
    # application/json: 200 with data null and the same error
    resp = await _post(client, EXPENSIVE, accept="application/json")
    assert resp.json()["data"] is None
    assert resp.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_EXPENSIVE"


async def test_page_sizes_from_variables_count(client):
    await make_world()
    query = f"""query($n: Int) {{
      {" ".join(f'p{i}: products(storefront: "mall", first: $n) {{ {NESTED} }}' for i in range(30))}
    }}"""
    small = await _post(client, query, {"n": 2})
    assert small.status_code == 200, small.text
    assert "errors" not in small.json()
    big = await _post(client, query, {"n": 100})
    assert big.json()["errors"][0]["extensions"]["code"] == "QUERY_TOO_EXPENSIVE"


async def test_ordinary_queries_fit_the_budget(gql):
    await make_world()
    body = await gql(
        '{ products(storefront: "mall", first: 100) { totalCount edges { node { name '
        "variants { sku price { amount } } } } } }"
    )
    assert "errors" not in body, body


def test_cost_counts_objects_times_page_sizes():
    schema = build_schema()._schema
    from graphql import parse

    def cost(query: str, variables=None) -> int:
        return query_cost(schema, parse(query), None, variables)

    assert cost('{ products(storefront: "mall", first: 100) { totalCount } }') == 1
    assert cost('{ products(storefront: "mall", first: 100) { edges { node { name } } } }') == 201
    # no `first`: the default page size (20); a plain list: DEFAULT_LIST_SIZE
    assert cost('{ products(storefront: "mall") { nodes { name } } }') == 21
    assert (
        cost('{ products(storefront: "mall", first: 10) { nodes { variants { sku } } } }')
        == 1 + 10 + 10 * DEFAULT_LIST_SIZE
    )
    assert (
        cost(
            'query($n: Int) { products(storefront: "mall", first: $n) { nodes { name } } }',
            {"n": 5},
        )
        == 6
    )
    # fragments count like the fields they stand for
    assert (
        cost(
            'fragment F on Product { name } { products(storefront: "mall", first: 7) '
            "{ nodes { ...F } } }"
        )
        == 8
    )
    assert cost("{ __typename }") == 0


# --- document and variables -------------------------------------------------------------------


async def test_a_long_document_is_refused_before_parsing(client):
    query = "{ __typename }\n#" + "x" * (200 * 1024)
    resp = await _post(client, query)
    assert resp.status_code == 413, resp.text
    error = resp.json()["errors"][0]
    assert error["extensions"]["code"] == "DOCUMENT_TOO_LARGE"
    assert str(100 * 1024) in error["message"]
    # just under the limit is fine
    ok = "{ __typename }\n#" + "x" * (90 * 1024)
    assert (await _post(client, ok)).json() == {"data": {"__typename": "Query"}}


async def test_long_lists_in_variables_are_refused_before_coercion(client, count_queries):
    query = "query($ids: [ID!]!) { __typename }"
    with count_queries() as counter:
        resp = await _post(client, query, {"ids": [0] * 200_000})
    assert resp.status_code == 400, resp.text
    error = resp.json()["errors"][0]
    assert error["extensions"]["code"] == "LIST_TOO_LONG"
    assert "1000" in error["message"]
    assert counter.count == 0
    nested = {"f": {"search": "x", "ids": [["a"] * 1001]}}
    resp = await _post(client, "query($f: JSON) { __typename }", nested)
    assert resp.json()["errors"][0]["extensions"]["code"] == "LIST_TOO_LONG"
    # 1000 items pass the limit (and reach validation, which finds the variable unused)
    ok = await _post(client, "query($ids: [ID!]!) { __typename }", {"ids": ["1"] * 1000})
    assert "never used" in ok.json()["errors"][0]["message"], ok.text


async def test_large_variables_are_refused(client):
    resp = await _post(client, "query($s: String) { __typename }", {"s": "x" * (300 * 1024)})
    assert resp.status_code == 413, resp.text
    error = resp.json()["errors"][0]
    assert error["extensions"]["code"] == "VARIABLES_TOO_LARGE"
    assert str(256 * 1024) in error["message"]


# --- introspection ----------------------------------------------------------------------------


@pytest.fixture
def client_with(database):
    def make(**overrides):
        settings = replace(Settings(), max_concurrent_requests=0, **overrides)
        app = create_app(settings, manage_orm=False)
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")

    return make


@pytest.mark.parametrize(
    ("mode", "allowed"),
    [
        ("all", {"anonymous", "customer", "staff", "admin"}),
        ("staff", {"staff", "admin"}),
        ("off", set()),
    ],
)
async def test_introspection_modes(client_with, mode, allowed):
    world = await make_world()
    tokens = {
        "anonymous": None,
        "customer": world.customer_token,
        "staff": world.a.owner_token,
        "admin": world.admin_token,
    }
    async with client_with(introspection=mode) as client:
        for who, token in tokens.items():
            resp = await _post(client, INTROSPECT, token=token)
            if who in allowed:
                assert resp.status_code == 200, (who, resp.text)
                assert resp.json()["data"]["__schema"]["queryType"]["name"] == "Query"
            else:
                assert resp.status_code == 400, (who, resp.text)
                assert resp.json()["errors"][0]["extensions"]["code"] == "INTROSPECTION_DISABLED"
            # __typename is not introspection
            resp = await _post(client, "{ __typename }", token=token)
            assert resp.json() == {"data": {"__typename": "Query"}}
        # through a fragment, and __type, too
        if "anonymous" not in allowed:
            for query in (
                "query { ...Q } fragment Q on Query { __schema { types { name } } }",
                '{ __type(name: "Product") { name } }',
            ):
                resp = await _post(client, query)
                assert resp.json()["errors"][0]["extensions"]["code"] == "INTROSPECTION_DISABLED"


def test_introspection_default_depends_on_the_environment(monkeypatch):
    monkeypatch.delenv("PLAZA_INTROSPECTION", raising=False)
    monkeypatch.delenv("PLAZA_ENV", raising=False)
    assert Settings().introspection_mode == "all"
    monkeypatch.setenv("PLAZA_ENV", "production")
    assert Settings().introspection_mode == "staff"
    monkeypatch.setenv("PLAZA_INTROSPECTION", "all")
    assert Settings().introspection_mode == "all"
    monkeypatch.setenv("PLAZA_INTROSPECTION", "nope")
    with pytest.raises(ValueError, match="PLAZA_INTROSPECTION"):
        Settings().introspection_mode  # noqa: B018
