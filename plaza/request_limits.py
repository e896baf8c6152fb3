"""Limits on what a GraphQL request may carry, checked before the document is parsed and the
variables coerced: the document's length, the variables' total JSON size, the length of any
list in them, and NUL characters in their strings (which PostgreSQL cannot store). See
docs/security.md; the body itself is bounded earlier (plaza/body_limit.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from schema.literals import INVALID_STRING, NUL_MESSAGE


@dataclass(frozen=True)
class RequestLimits:
    max_document_bytes: int = 100 * 1024
    max_variables_bytes: int = 256 * 1024
    max_list_length: int = 1000


class RequestRefused(Exception):
    """A request refused before parsing: answered with ``status`` and a GraphQL-shaped error."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def check_document(query: str | None, limits: RequestLimits) -> None:
    if query is None or limits.max_document_bytes <= 0:
        return
    # Characters first: a str of n characters has at least n UTF-8 bytes.
    if len(query) > limits.max_document_bytes or (
        len(query.encode("utf-8", "surrogatepass")) > limits.max_document_bytes
    ):
        raise RequestRefused(
            413,
            "DOCUMENT_TOO_LARGE",
            f"The GraphQL document is larger than {limits.max_document_bytes} bytes.",
        )


def _walk(value: Any, limits: RequestLimits) -> None:
    todo = [value]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            if "\x00" in item:
                raise RequestRefused(400, INVALID_STRING, f"Variables: {NUL_MESSAGE}")
        elif isinstance(item, list):
            if limits.max_list_length > 0 and len(item) > limits.max_list_length:
                raise RequestRefused(
                    400,
                    "LIST_TOO_LONG",
                    f"A list in the variables has {len(item)} items; at most "
                    f"{limits.max_list_length} are allowed.",
                )
            todo.extend(item)
        elif isinstance(item, dict):
            todo.extend(item.keys())
            todo.extend(item.values())


def check_variables(variables: dict | None, limits: RequestLimits) -> None:
    if not variables:
        return
    _walk(variables, limits)
    if limits.max_variables_bytes > 0:
        size = len(json.dumps(variables, separators=(",", ":"), ensure_ascii=False).encode())
        if size > limits.max_variables_bytes:
            raise RequestRefused(
                413,
                "VARIABLES_TOO_LARGE",
                f"The variables are {size} bytes of JSON; at most "
                f"{limits.max_variables_bytes} are allowed.",
            )


def check_request(query: str | None, variables: dict | None, limits: RequestLimits) -> None:
    """Raise RequestRefused when the request is over a limit (the document first: cheapest)."""
    check_document(query, limits)
    check_variables(variables, limits)
