"""Request limits: page size, syntax errors, query depth, aliases and tokens.

Strawberry answers a request it refuses before execution (syntax, validation, depth, aliases,
tokens) with HTTP 200 and ``{"data": null, "errors": [...]}`` when the client accepts
``application/json``, and with HTTP 400 when it asks for ``application/graphql-response+json``
(the GraphQL-over-HTTP spec). Never 500, and no SQL runs for a refused document.
"""

from __future__ import annotations

import pytest

from tests.support import QueryCounter, gid, gql_error, make_world

GRAPHQL_RESPONSE = "application/graphql-response+json"


async def _post(client, query: str, accept: str | None = None, token: str | None = None):
    headers = {}
    if accept:
        headers["accept"] = accept
    if token:
        headers["authorization"] = f"Bearer {token}"
    return await client.post("/graphql", json={"query": query}, headers=headers)


def _nested(depth: int) -> str:
    """A products query whose deepest field is at ``depth`` (root fields are at depth 0).

    products(0) > edges(1) > node(2) > variants(3) > product(4) > variants(5) ... > name
    """
    wrappers = [("variants", "product")[i % 2] for i in range(depth - 3)]
    inner = "name"
    for wrapper in reversed(wrappers):
        inner = f"{wrapper} {{ {inner} }}"
    return f'{{ products(storefront: "mall") {{ edges {{ node {{ {inner} }} }} }} }}'


# --- page size --------------------------------------------------------------------------------


@pytest.mark.parametrize("first", [1000, 101, 0, -1])
async def test_page_size_out_of_range_is_a_clear_error(gql, first):
    world = await make_world()
    for query, token in [
        ('query($n: Int) { products(storefront: "mall", first: $n) { totalCount } }', None),
        ("query($n: Int) { merchantProducts(first: $n) { totalCount } }", world.a.owner_token),
    ]:
        body = await gql(query, {"n": first}, token=token)
        assert body["data"] is None
        error = gql_error(body)
        assert error["extensions"] == {"code": "INVALID", "field": "first"}, body
        assert "between 1 and 100" in error["message"]


async def test_page_size_at_the_limits_is_accepted(gql):
    await make_world()
    for first in [1, 100]:
        body = await gql(
            'query($n: Int) { products(storefront: "mall", first: $n) { totalCount } }',
            {"n": first},
        )
        assert "errors" not in body
        assert body["data"]["products"]["totalCount"] == 4
    # no `first` means the default page size
    body = await gql('{ products(storefront: "mall") { edges { cursor } } }')
    assert len(body["data"]["products"]["edges"]) == 4


# --- malformed documents ----------------------------------------------------------------------

MALFORMED = [
    '{ products(storefront: "mall" first: 5',  # unterminated
    "query {",
    "{ products(storefront: ) { totalCount } }",
    "}{",
]


@pytest.mark.parametrize("query", MALFORMED)
async def test_syntax_errors_are_refused_not_500(client, query):
    await make_world()
    with QueryCounter() as counter:
        resp = await _post(client, query)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["data"] is None
    assert body["errors"][0]["message"].startswith("Syntax Error"), body
    assert "locations" in body["errors"][0]
    assert counter.count == 0, counter.statements

    resp = await _post(client, query, accept=GRAPHQL_RESPONSE)
    assert resp.status_code == 400, resp.text
    assert resp.json()["errors"][0]["message"].startswith("Syntax Error")


async def test_invalid_documents_are_refused_not_500(client):
    for query, needle in [
        ("{ nope }", "Cannot query field 'nope'"),
        ("{ products { totalCount } }", "storefront"),
        ('{ products(storefront: "mall", first: "ten") { totalCount } }', "Int"),
    ]:
        resp = await _post(client, query)
        assert resp.status_code == 200
        body = resp.json()
        assert body["data"] is None
        assert needle in " ".join(e["message"] for e in body["errors"]), body
        resp = await _post(client, query, accept=GRAPHQL_RESPONSE)
        assert resp.status_code == 400


async def test_a_request_that_is_not_graphql_gets_400(client):
    resp = await client.post(
        "/graphql", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert resp.status_code == 400
    resp = await client.post("/graphql", json={"variables": {}})
    assert resp.status_code == 400
    # mutations are not run over GET
    resp = await client.get("/graphql", params={"query": "mutation { __typename }"})
    assert resp.status_code == 405


# --- depth, aliases, tokens -------------------------------------------------------------------


async def test_query_depth_is_limited(client):
    await make_world()
    ok = await _post(client, _nested(12))
    assert ok.status_code == 200
    assert "errors" not in ok.json(), ok.json()

    with QueryCounter() as counter:
        resp = await _post(client, _nested(13))
    assert resp.status_code == 200
    body = resp.json()
    assert body["data"] is None
    assert len(body["errors"]) == 1
    assert "exceeds maximum operation depth of 12" in body["errors"][0]["message"]
    assert counter.count == 0  # refused before anything ran

    resp = await _post(client, _nested(30), accept=GRAPHQL_RESPONSE)
    assert resp.status_code == 400
    assert "depth" in resp.json()["errors"][0]["message"]


async def test_depth_limit_also_covers_fragments(client):
    fragment_chain = """
      fragment P on Product { variants { product { ...V } } }
      fragment V on Product { variants { product { variants { product { variants {
        product { variants { product { name } } } } } } } } }
      { products(storefront: "mall") { edges { node { ...P } } } }"""
    resp = await _post(client, fragment_chain)
    body = resp.json()
    assert body["data"] is None
    assert "exceeds maximum operation depth" in body["errors"][0]["message"]


async def test_too_many_aliases_are_refused(client):
    ok = "{ " + " ".join(f"a{i}: __typename" for i in range(30)) + " }"
    assert "errors" not in (await _post(client, ok)).json()

    too_many = "{ " + " ".join(f"a{i}: __typename" for i in range(31)) + " }"
    resp = await _post(client, too_many)
    assert resp.status_code == 200
    body = resp.json()
    assert body["data"] is None
    assert body["errors"][0]["message"] == "31 aliases found. Allowed: 30"

    # an expensive field aliased many times is refused before it runs
    world = await make_world()
    expensive = (
        "{ "
        + " ".join(
            f'p{i}: products(storefront: "mall", first: 100) {{ totalCount }}' for i in range(40)
        )
        + " }"
    )
    with QueryCounter() as counter:
        body = (await _post(client, expensive, token=world.customer_token)).json()
    assert body["data"] is None
    assert "aliases found" in body["errors"][0]["message"]
    # only the viewer was looked up (the bearer token); no product query ran
    assert not any("catalog_product" in s for s in counter.statements), counter.statements


async def test_too_many_tokens_are_refused(client):
    huge = "{ " + " ".join("__typename" for _ in range(2100)) + " }"
    resp = await _post(client, huge)
    assert resp.status_code == 200
    body = resp.json()
    assert body["data"] is None
    assert "more than 2000 tokens" in body["errors"][0]["message"]

    resp = await _post(client, huge, accept=GRAPHQL_RESPONSE)
    assert resp.status_code == 400

    # a long but legitimate query is fine
    normal = "{ " + " ".join("__typename" for _ in range(500)) + " }"
    assert (await _post(client, normal)).json() == {"data": {"__typename": "Query"}}


async def test_unknown_storefront_and_bad_ids_are_domain_errors_not_500(gql):
    world = await make_world()
    body = await gql('{ products(storefront: "nope") { totalCount } }')
    assert gql_error(body)["extensions"] == {"code": "NOT_FOUND", "field": "storefront"}
    body = await gql(
        "query($id: ID!) { product(id: $id) { id } }", {"id": gid("Merchant", world.a.merchant.id)}
    )
    assert gql_error(body)["extensions"] == {"code": "INVALID", "field": "id"}
