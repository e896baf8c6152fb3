"""Schemathesis hooks for the fuzz run (``SCHEMATHESIS_HOOKS=tests/fuzz/hooks.py``).

Two checks say what the run asserts, and only that (schemathesis' own GraphQL check counts
every error that carries a ``path`` as a server error, but a refusal such as ``NOT_FOUND`` or
``UNAUTHENTICATED`` is a client's answer here):

- ``no_http_5xx``: no response has a 5xx status;
- ``no_internal_error``: no error carries ``extensions.code == "INTERNAL_ERROR"`` (an
  unexpected exception inside a resolver comes back masked, beside partial data, with 200).

And strategies for the schema's own scalars, so every operation gets generated: ``Decimal``
(well-formed amounts, and the malformed ones a client may send) and ``JSON`` (any JSON value).
"""

from __future__ import annotations

import json

import graphql
import schemathesis
from hypothesis import strategies as st
from schemathesis.graphql import nodes


@schemathesis.check
def no_http_5xx(ctx, response, case) -> bool | None:
    """Fail on any response with a 5xx status."""
    if response.status_code >= 500:
        raise AssertionError(f"HTTP {response.status_code}: {response.content[:500]!r}")
    return None


@schemathesis.check
def no_internal_error(ctx, response, case) -> bool | None:
    """Fail on any error whose ``extensions.code`` is ``INTERNAL_ERROR``."""
    try:
        body = json.loads(response.content or b"null")
    except ValueError:
        return None  # not JSON: no GraphQL errors to judge
    errors = body.get("errors") if isinstance(body, dict) else None
    for error in errors if isinstance(errors, list) else []:
        extensions = error.get("extensions") if isinstance(error, dict) else None
        if isinstance(extensions, dict) and extensions.get("code") == "INTERNAL_ERROR":
            raise AssertionError(
                f"INTERNAL_ERROR (request id {extensions.get('requestId', '?')}) "
                f"at path {error.get('path')}"
            )
    return None


_DECIMAL_TEXT = st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(["", " ", "0x10", "1e400", "-1e-400", "1,5", "NaN", "-Infinity", "9" * 40]),
    st.text(max_size=12),
)
schemathesis.graphql.scalar(
    "Decimal",
    st.one_of(
        _DECIMAL_TEXT.map(nodes.String),
        st.integers().map(nodes.Int),
        st.floats(allow_nan=False, allow_infinity=False).map(nodes.Float),
    ),
)


def _json_node(value):
    """A JSON value as a GraphQL literal (objects with name keys only, as GraphQL spells them)."""
    if value is None:
        return nodes.Null
    if isinstance(value, bool):
        return nodes.Boolean(value)
    if isinstance(value, int):
        return nodes.Int(value)
    if isinstance(value, float):
        return nodes.Float(value)
    if isinstance(value, str):
        return nodes.String(value)
    if isinstance(value, list):
        return nodes.List([_json_node(v) for v in value])
    return nodes.Object(
        [
            graphql.ObjectFieldNode(name=graphql.NameNode(value=k), value=_json_node(v))
            for k, v in value.items()
        ]
    )


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.from_regex(r"\A[A-Za-z_][A-Za-z0-9_]{0,10}\Z"), children, max_size=4)
    ),
    max_leaves=12,
)
schemathesis.graphql.scalar("JSON", _JSON_VALUES.map(_json_node))
