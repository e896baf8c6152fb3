"""Every public type, field, argument, input field and enum value of the served schema and of
every subgraph has a description, as a client sees it: through introspection, in the
subgraphs' ``_service { sdl }``, and by ``graphql-schema-linter``'s description rules.

The descriptions come from the definitions, or from the catalogues that ``schema.descriptions``
applies (``python -m schema.descriptions`` lists what a new type still lacks).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess

import graphql
import pytest

from schema import descriptions
from schema.build import DOMAINS
from tests.server import NODE_DIR, node_script

# Apollo Federation and @link plumbing: not Plaza's API (described all the same).
FEDERATION_TYPES = {"_Any", "_Entity", "_Service", "_FieldSet"}
FEDERATION_FIELDS = {"Query._service", "Query._entities"}
PATHS = ["/graphql", *(f"/subgraphs/{d}" for d in DOMAINS)]
LINT_RULES = (
    "types-have-descriptions,fields-have-descriptions,arguments-have-descriptions,"
    "enum-values-have-descriptions,input-object-values-have-descriptions"
)


def _internal(type_name: str) -> bool:
    return (
        type_name.startswith("__")
        or type_name in FEDERATION_TYPES
        or type_name.startswith("link__")
    )


def _blank(item: dict) -> bool:
    return not (item.get("description") or "").strip()


def missing_in_introspection(schema: dict) -> list[str]:
    """What has no description in an introspection result (``__schema``)."""
    found = []
    for type_ in schema["types"]:
        name = type_["name"]
        if _internal(name):
            continue
        if _blank(type_):
            found.append(name)
        for field in type_.get("fields") or ():
            key = f"{name}.{field['name']}"
            if key in FEDERATION_FIELDS:
                continue
            if _blank(field):
                found.append(key)
            found += [f"{key}({a['name']})" for a in field["args"] if _blank(a)]
        found += [f"{name}.{f['name']}" for f in type_.get("inputFields") or () if _blank(f)]
        found += [f"{name}.{v['name']}" for v in type_.get("enumValues") or () if _blank(v)]
    return found


async def _post(client, path: str, query: str) -> dict:
    resp = await client.post(path, json={"query": query})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert "errors" not in body, (path, body)
    return body["data"]


async def _introspect(client, path: str) -> dict:
    query = graphql.get_introspection_query(descriptions=True, input_value_deprecation=True)
    return await _post(client, path, query)


@pytest.mark.parametrize("path", PATHS)
async def test_introspection_describes_everything(client, path):
    data = await _introspect(client, path)
    missing = missing_in_introspection(data["__schema"])
    assert missing == [], f"{path}: {len(missing)} without a description: {missing[:40]}"


def _sdl_missing(sdl: str) -> list[str]:
    """What has no description among the definitions of an SDL document (type extensions
    cannot carry one; directive definitions are the federation's)."""
    found = []
    for node in graphql.parse(sdl).definitions:
        if not isinstance(node, graphql.TypeDefinitionNode) or _internal(node.name.value):
            continue
        name = node.name.value
        if node.description is None:
            found.append(name)
        for field in getattr(node, "fields", None) or ():
            key = f"{name}.{field.name.value}"
            if key in FEDERATION_FIELDS:
                continue
            if field.description is None:
                found.append(key)
            for arg in getattr(field, "arguments", None) or ():
                if arg.description is None:
                    found.append(f"{key}({arg.name.value})")
        for value in getattr(node, "values", None) or ():
            if value.description is None:
                found.append(f"{name}.{value.name.value}")
    return found


async def test_subgraph_sdl_carries_the_descriptions(client):
    """A gateway composes the subgraphs' SDL: the descriptions must be in it, not only in
    introspection."""
    for domain in DOMAINS:
        data = await _post(client, f"/subgraphs/{domain}", "{ _service { sdl } }")
        sdl = data["_service"]["sdl"]
        missing = _sdl_missing(sdl)
        assert missing == [], f"{domain}: {missing[:40]}"
    # one catalogue entry and one rule, as the gateway reads them
    orders = graphql.parse(
        (await _post(client, "/subgraphs/orders", "{ _service { sdl } }"))["_service"]["sdl"]
    )
    status = next(
        d for d in orders.definitions if getattr(d, "name", None) and d.name.value == "OrderStatus"
    )
    assert status.description.value == "Where a merchant order is in its life."
    page_info = next(
        d for d in orders.definitions if getattr(d, "name", None) and d.name.value == "PageInfo"
    )
    assert "forward only" in page_info.description.value


def _tiny_schema() -> graphql.GraphQLSchema:
    return graphql.build_schema(
        """
        type Query {
          "Kept as written."
          widget(id: ID!): Widget
          widgets(first: Int, after: String): WidgetConnection!
        }
        type Widget { id: ID! colour: Colour! }
        type WidgetConnection { edges: [Widget!]! totalCount: Int! }
        enum Colour { RED NOT_FOUND }
        """
    )


def test_apply_fills_only_what_has_no_description():
    schema = _tiny_schema()
    catalogue = descriptions.Catalogue(
        {
            "Query.widget": "Would overwrite.",
            "Query.widget(id)": "The widget's ID.",
            "Widget": "A widget.",
            "Colour.RED": "Red.",
        },
        (lambda item: "By rule." if item.kind == "ENUM" else None,),
    )
    descriptions.apply(schema, catalogue)
    query = schema.query_type
    assert query.fields["widget"].description == "Kept as written."
    assert query.fields["widget"].args["id"].description == "The widget's ID."
    assert schema.type_map["Widget"].description == "A widget."
    colour = schema.type_map["Colour"]
    assert colour.values["RED"].description == "Red."  # the key wins over the rule
    assert colour.values["NOT_FOUND"].description == "By rule."
    # what neither describes stays missing, and is listed
    left = {item.key for item in descriptions.missing(schema)}
    assert "Widget.colour" in left and "Query.widget" not in left


def test_common_patterns_describe_connections_and_pages():
    schema = _tiny_schema()
    descriptions.apply(schema, descriptions.default_catalogue())
    query = schema.query_type
    assert "1 to 100" in query.fields["widgets"].args["first"].description
    assert "endCursor" in query.fields["widgets"].args["after"].description
    connection = schema.type_map["WidgetConnection"]
    assert "forward-only" in connection.description
    assert "only when selected" in connection.fields["totalCount"].description
    assert "Global ID" in schema.type_map["Widget"].fields["id"].description


def test_two_catalogues_describing_one_key_is_an_error(monkeypatch):
    import types

    first = types.ModuleType("first")
    first.DESCRIPTIONS = {"Widget": "One."}
    second = types.ModuleType("second")
    second.DESCRIPTIONS = {"Widget": "Two."}
    modules = {"first": first, "second": second}
    monkeypatch.setattr(descriptions, "_catalogue_modules", lambda: list(modules))
    monkeypatch.setattr(descriptions.importlib, "import_module", modules.__getitem__)
    descriptions.default_catalogue.cache_clear()
    try:
        with pytest.raises(ValueError, match="'Widget' is described by both first and second"):
            descriptions.default_catalogue()
    finally:
        monkeypatch.undo()
        descriptions.default_catalogue.cache_clear()


def test_every_catalogue_key_names_something_in_the_schema():
    """A key that matches nothing is a typo or a leftover of a renamed field."""
    from schema.build import build_schema, build_subgraph

    keys = set()
    for built in (build_schema(), *(build_subgraph(d) for d in DOMAINS)):
        keys |= {item.key for item in descriptions.walk(built._schema)}
    unknown = sorted(set(descriptions.default_catalogue().descriptions) - keys)
    assert unknown == []


async def test_graphql_schema_linter_finds_no_missing_description(client, tmp_path):
    """``graphql-schema-linter`` (tests/node) with its description rules, on the SDL rebuilt
    from each schema's introspection (what a client's tooling sees)."""
    cli = "node_modules/graphql-schema-linter/lib/cli.js"
    command = node_script(cli)
    if not (NODE_DIR / cli).is_file():
        problem = f"graphql-schema-linter is not installed: npm ci --prefix {NODE_DIR}"
        if os.environ.get("PLAZA_TEST_REQUIRE_SERVICES") == "1":
            pytest.fail(problem)
        pytest.skip(problem)
    files = []
    for path in PATHS:
        data = await _introspect(client, path)
        sdl = graphql.print_schema(graphql.build_client_schema(data))
        file = tmp_path / (path.strip("/").replace("/", "_") + ".graphql")
        file.write_text(sdl)
        files.append(file)
    for file in files:
        proc = await asyncio.to_thread(
            subprocess.run,
            [*command, "--rules", LINT_RULES, "--format", "json", str(file)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        result = json.loads(proc.stdout)
        messages = [e["message"] for e in result["errors"]]
        assert messages == [], f"{file.name}: {len(messages)}: {messages[:20]}"
