"""What the schema fuzz run (``make fuzz``, tests/fuzz/) found, each reproduced by its request.

Every finding was a client mistake answered (or logged) as a server failure; each test sends the
exact request the fuzzer sent and asserts a client error, no ``INTERNAL_ERROR`` and no error log.
"""

from __future__ import annotations

import logging

import pytest


def _server_errors(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize("node_id", ['""', "-64", '"\\u009B\\u001B\\nabc"'])
async def test_node_with_an_undecodable_id_is_a_client_error_and_not_logged(gql, caplog, node_id):
    """``node(id:)`` with an id that does not decode answered ``INVALID_ID`` but was logged as
    a failed request, with a traceback (the fuzz run fails on any traceback in the log)."""
    caplog.set_level(logging.INFO)
    body = await gql(f"{{\n  node(id: {node_id}) {{\n    ... on AftersalesCase {{ id }}\n  }}\n}}")
    assert body["data"] == {"node": None} or body["data"] is None
    [error] = body["errors"]
    assert error["extensions"]["code"] == "INVALID_ID"
    assert _server_errors(caplog) == []
