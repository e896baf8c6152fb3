"""Every domain is an Apollo Federation 2 subgraph at /subgraphs/<domain>, and they compose.

Composition is checked with Apollo's own composer (``tests/node/compose.mjs``); the SDLs are
the ones a gateway would fetch, through ``{ _service { sdl } }`` over HTTP.
"""

from __future__ import annotations

import asyncio
import json
import subprocess

import graphql
from strawberry import relay
from strawberry.types.base import get_object_definition

from schema.build import DOMAINS
from tests.server import node_script
from tests.support import make_world

FEDERATION_FIELDS = {"_service", "_entities"}
ROOT_TYPES = ("Query", "Mutation", "Subscription")


async def _post(client, path: str, query: str, variables=None, token: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    resp = await client.post(
        path, json={"query": query, "variables": variables or {}}, headers=headers
    )
    assert resp.status_code == 200, resp.text
    return resp.json()


async def _subgraph_sdls(client) -> dict[str, str]:
    sdls = {}
    for domain in DOMAINS:
        body = await _post(client, f"/subgraphs/{domain}", "{ _service { sdl } }")
        assert "errors" not in body, (domain, body)
        sdls[domain] = body["data"]["_service"]["sdl"]
    return sdls


def _object_types(sdl: str) -> dict[str, graphql.ObjectTypeDefinitionNode]:
    doc = graphql.parse(sdl)
    return {
        d.name.value: d
        for d in doc.definitions
        if isinstance(d, graphql.ObjectTypeDefinitionNode | graphql.ObjectTypeExtensionNode)
    }


def _keys(node: graphql.ObjectTypeDefinitionNode) -> list[str]:
    keys = []
    for directive in node.directives or ():
        if directive.name.value == "key":
            fields = next(a.value for a in directive.arguments if a.name.value == "fields")
            keys.append(fields.value)
    return keys


async def test_subgraphs_compose_with_apollo_composition(client, tmp_path):
    command = node_script("compose.mjs")
    sdls = await _subgraph_sdls(client)
    for domain, sdl in sdls.items():
        path = tmp_path / f"{domain}.graphql"
        path.write_text(sdl)
        command.append(f"{domain}={path}")

    proc = await asyncio.to_thread(
        subprocess.run, command, capture_output=True, text=True, timeout=120
    )
    assert proc.stdout.strip(), (
        f"compose.mjs printed nothing (exit {proc.returncode}):\n{proc.stderr}"
    )
    result = json.loads(proc.stdout)
    if not result["ok"]:
        report = "\n".join(
            f"  {code}: {msg}"
            for code, msg in zip(result["errorCodes"], result["errors"], strict=True)
        )
        print(f"composition failed ({tmp_path}):\n{report}")
        raise AssertionError(f"the subgraphs do not compose:\n{report}")
    assert proc.returncode == 0, proc.stderr
    for hint in result["hints"]:
        print("composition hint:", hint)


async def test_subgraph_entities_are_keyed_by_id(client):
    sdls = await _subgraph_sdls(client)
    for domain, sdl in sdls.items():
        types = _object_types(sdl)
        for name, node in types.items():
            keys = _keys(node)
            implements_node = any(i.name.value == "Node" for i in node.interfaces or ())
            if implements_node:  # every Relay node is an entity a gateway can fetch by id
                assert keys == ["id"], f'{domain}: {name} needs exactly @key(fields: "id")'
            else:
                assert keys in ([], ["id"]), f"{domain}: {name} has keys {keys}"
        # the domain's own Node types are in its subgraph, as entities
        for cls in getattr(DOMAINS[domain], "types", []):
            if issubclass(cls, relay.Node):
                gql_name = get_object_definition(cls, strict=True).name
                assert gql_name in types, f"{domain}: {gql_name} is missing from the subgraph"
                assert _keys(types[gql_name]) == ["id"], f"{domain}: {gql_name} is not keyed by id"


async def test_node_root_field_only_in_catalog_subgraph(client):
    sdls = await _subgraph_sdls(client)
    for domain, sdl in sdls.items():
        fields = {f.name.value for f in _object_types(sdl)["Query"].fields}
        assert ("node" in fields) == (domain == "catalog"), domain


async def test_composed_schema_has_every_subgraph_root_field(client, gql):
    body = await gql(
        "{ __schema { queryType { fields { name } } mutationType { fields { name } }"
        " subscriptionType { fields { name } } } }"
    )
    schema = body["data"]["__schema"]
    served = {
        root: {f["name"] for f in (schema[f"{root.lower()}Type"] or {}).get("fields", [])}
        for root in ROOT_TYPES
    }
    sdls = await _subgraph_sdls(client)
    for domain, sdl in sdls.items():
        types = _object_types(sdl)
        for root in ROOT_TYPES:
            if root not in types:
                continue
            fields = {f.name.value for f in types[root].fields or ()} - FEDERATION_FIELDS
            missing = fields - served[root]
            assert not missing, f"/graphql lacks {domain}'s {root} fields {sorted(missing)}"
    assert "node" in served["Query"]


ENTITIES = """query ($r: [_Any!]!) { _entities(representations: $r) {
  __typename
  ... on Product { id name }
  ... on Merchant { id slug }
} }"""
WAREHOUSES = """query ($r: [_Any!]!) {
  _entities(representations: $r) { __typename ... on Warehouse { id code } }
}"""


async def test_entities_resolve_by_global_id(client):
    """What a gateway sends to jump to an entity: the representation is the global ID."""
    world = await make_world()
    product = world.a.products[0]
    product_id = str(relay.GlobalID("Product", str(product.id)))
    merchant_id = str(relay.GlobalID("Merchant", str(world.b.merchant.id)))
    representations = [
        {"__typename": "Product", "id": product_id},
        {"__typename": "Merchant", "id": merchant_id},
        {"__typename": "Product", "id": merchant_id},  # an ID of another type: null
        {"__typename": "Product", "id": str(relay.GlobalID("Product", "999999"))},
    ]
    body = await _post(client, "/subgraphs/catalog", ENTITIES, {"r": representations})
    assert "errors" not in body, body
    assert body["data"]["_entities"] == [
        {"__typename": "Product", "id": product_id, "name": product.name},
        {"__typename": "Merchant", "id": merchant_id, "slug": "beta"},
        None,
        None,
    ]

    # entities are loaded with the viewer's permissions: a warehouse only for its staff
    warehouse_id = str(relay.GlobalID("Warehouse", str(world.a.warehouse.id)))
    rep = {"r": [{"__typename": "Warehouse", "id": warehouse_id}]}
    body = await _post(client, "/subgraphs/inventory", WAREHOUSES, rep, token=world.a.owner_token)
    assert body["data"]["_entities"] == [
        {"__typename": "Warehouse", "id": warehouse_id, "code": "main"}
    ]
    body = await _post(client, "/subgraphs/inventory", WAREHOUSES, rep, token=world.b.owner_token)
    assert body["data"]["_entities"] == [None]
