"""A schemathesis configuration that feeds real values of the demo data into the arguments.

Random strings never name an existing object, so without this nearly every case stops at
``NOT_FOUND`` / ``INVALID_ID`` and the use cases behind are never reached. Here every argument
of type ``ID`` (at the root or inside input objects and lists) takes, half of the time, a
global ID of an object the demo loaded (``<Type>:1`` .. ``<Type>:4`` of every ``Node`` type),
and every ``storefront`` argument a demo storefront's code. The bindings are read from the
schema by introspection, so new fields are covered without editing this file.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import httpx

STOREFRONTS = ("mall", "grocery", "groupbuy", "marketplace")
PKS = range(1, 5)
PROBABILITY = 0.5
MAX_DEPTH = 3

_INTROSPECTION = """
{ __schema {
    queryType { name } mutationType { name }
    types { name kind possibleTypes { name }
      fields { name args { name type { ...T } } }
      inputFields { name type { ...T } } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
"""


def _unwrap(type_: dict) -> tuple[dict, bool]:
    """The named type under NON_NULL / LIST wrappers, and whether a list was among them."""
    is_list = False
    while type_.get("ofType") and type_["kind"] in ("NON_NULL", "LIST"):
        is_list = is_list or type_["kind"] == "LIST"
        type_ = type_["ofType"]
    return type_, is_list


def _paths(name: str, type_: dict, inputs: dict, depth: int) -> list[tuple[str, str]]:
    """``(argument path, dictionary)`` for one argument or input field, descending into inputs."""
    named, is_list = _unwrap(type_)
    segment = f"{name}[*]" if is_list else name
    if named["name"] == "ID":
        return [(segment, "ids")]
    if named["name"] == "String" and name == "storefront":
        return [(segment, "storefronts")]
    if named["kind"] == "INPUT_OBJECT" and depth < MAX_DEPTH:
        return [
            (f"{segment}.{path}", dictionary)
            for field in inputs.get(named["name"], [])
            for path, dictionary in _paths(field["name"], field["type"], inputs, depth + 1)
        ]
    return []


def build_config(url: str) -> dict:
    """The configuration (as a dict) for the schema the server at ``url`` serves."""
    schema = httpx.post(f"{url}/graphql", json={"query": _INTROSPECTION}, timeout=30).json()
    schema = schema["data"]["__schema"]
    types = {t["name"]: t for t in schema["types"]}
    inputs = {n: t["inputFields"] for n, t in types.items() if t["kind"] == "INPUT_OBJECT"}
    nodes = [t["name"] for t in types.get("Node", {}).get("possibleTypes") or []]
    ids = [base64.b64encode(f"{n}:{pk}".encode()).decode() for n in nodes for pk in PKS]
    parameters = {}
    for root in (schema["queryType"], schema["mutationType"]):
        for field in types[root["name"]]["fields"] if root else []:
            for arg in field["args"]:
                for path, dictionary in _paths(arg["name"], arg["type"], inputs, 0):
                    key = f"{root['name']}.{field['name']}.{path}"
                    parameters[key] = {"dictionary": dictionary, "probability": PROBABILITY}
    return {
        "dictionaries": {"ids": {"values": ids}, "storefronts": {"values": list(STOREFRONTS)}},
        "parameters": parameters,
    }


def _toml_value(value) -> str:
    if isinstance(value, dict):
        return (
            "{ " + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
        )
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(value)  # strings and numbers: JSON's spelling is TOML's


def write_config(url: str, path: Path) -> int:
    """Write ``schemathesis.toml`` for the server at ``url``; the number of bound arguments."""
    config = build_config(url)
    lines = []
    for section in ("dictionaries", "parameters"):
        lines.append(f"[{section}]")
        lines += [f"{json.dumps(k)} = {_toml_value(v)}" for k, v in config[section].items()]
    path.write_text("\n".join(lines) + "\n")
    return len(config["parameters"])
