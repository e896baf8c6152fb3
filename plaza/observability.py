"""What is known about the request being served, for the metrics and the log lines.

:class:`RequestObservation` (pure ASGI, outermost) opens a :class:`RequestInfo` for every HTTP
request in a context variable, times the request, and records its metrics when the response
has gone (``plaza.metrics``) with one ``plaza.access`` log line. The info reads the request id
and the viewer from the request's ``state`` (set by ``plaza.app.AuthMiddleware`` further in),
so every line logged while the request runs carries them (``plaza.logs``).

:class:`GraphQLObservation` (a strawberry extension, added to every GraphQL view's schema by
:func:`instrument`) fills in the operation -- its root field, the client's operation name --
and the outcome from the execution result, and counts SOLD_OUT / BUSY answers and placements.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from graphql import FieldNode, OperationDefinitionNode
from strawberry.extensions import SchemaExtension

from plaza import metrics
from resolvers.errors import DomainError
from resolvers.permissions import Viewer

access_log = logging.getLogger("plaza.access")

#: mutations whose answer carries the order group they placed
PLACEMENT_FIELDS = frozenset({"checkoutPlaceOrder"})
#: callback answers that mean "the payment was captured" (``plaza/payment_routes.py``)
_PAYMENT_CALLBACK_ROUTE = "/payments/{provider}/callback"
_CAPTURED = "captured"
_MAX_CAPTURED_BODY = 4096


@dataclass
class RequestInfo:
    method: str
    path: str
    started: float
    state: dict = field(default_factory=dict)
    operation: str = ""  # the root field ("checkoutPlaceOrder", "products+"), a metrics label
    operation_name: str = ""  # the client's operationName, for the logs only
    outcome: str | None = None  # set by the GraphQL extension
    status: int = 0

    @property
    def request_id(self) -> str | None:
        return self.state.get("request_id") or None

    @property
    def viewer(self) -> Viewer | None:
        return self.state.get("viewer")

    @property
    def viewer_kind(self) -> str | None:
        viewer = self.viewer
        return None if viewer is None else viewer_kind(viewer)

    @property
    def merchant_id(self) -> int | None:
        viewer = self.viewer
        if viewer is None:
            return None
        return viewer.merchant_id or viewer.courier_merchant_id


_current: ContextVar[RequestInfo | None] = ContextVar("plaza_request_info", default=None)


def current() -> RequestInfo | None:
    """The request being served in this context, if any."""
    return _current.get()


def viewer_kind(viewer: Viewer) -> str:
    if viewer.partner_id is not None:
        return "partner"
    if viewer.is_platform_staff:
        return "platform_staff"
    if viewer.merchant_id is not None:
        return "merchant_staff"
    if viewer.is_courier:
        return "courier"
    if viewer.user_id is not None:
        return "customer"
    return "anonymous"


def _route(scope: dict) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "other"


def _is_graphql(route: str) -> bool:
    return route == "/graphql" or route.startswith("/subgraphs/")


class RequestObservation:
    """ASGI middleware: the request's :class:`RequestInfo`, its metrics and its access line."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        info = RequestInfo(
            method=scope.get("method", ""),
            path=scope.get("path", ""),
            started=metrics.monotonic(),
            state=scope.setdefault("state", {}),
        )
        token = _current.set(info)
        body = bytearray()
        capture = False

        async def observe_send(message) -> None:
            nonlocal capture
            if message["type"] == "http.response.start":
                info.status = message["status"]
                capture = _route(scope) == _PAYMENT_CALLBACK_ROUTE
            elif capture and message["type"] == "http.response.body":
                body.extend(message.get("body", b"")[: _MAX_CAPTURED_BODY - len(body)])
            await send(message)

        try:
            await self.app(scope, receive, observe_send)
        except BaseException:
            info.status = info.status or 500
            raise
        finally:
            try:
                self._record(scope, info, bytes(body) if capture else b"")
            finally:
                _current.reset(token)

    @staticmethod
    def _record(scope: dict, info: RequestInfo, callback_body: bytes) -> None:
        seconds = metrics.monotonic() - info.started
        route = _route(scope)
        metrics.observe_http(route, info.status, seconds)
        if _is_graphql(route) and info.method in ("GET", "POST"):
            outcome = info.outcome or _outcome_from_status(info.status)
            if info.status >= 500 and outcome != "busy":
                outcome = "server_error"
            metrics.observe_graphql(info.operation or "(none)", outcome, seconds)
        if callback_body and info.status == 200 and _callback_status(callback_body) == _CAPTURED:
            metrics.count_paid()
        access_log.info(
            "%s %s %s %.1fms",
            info.method,
            info.path,
            info.status,
            seconds * 1000,
            extra={"status": info.status, "duration_ms": round(seconds * 1000, 2)},
        )


def _outcome_from_status(status: int) -> str:
    if status == 503:
        return "busy"
    if status >= 500:
        return "server_error"
    if status >= 400:
        return "client_error"
    return "ok"


def _callback_status(body: bytes) -> str | None:
    try:
        decoded = json.loads(body)
    except ValueError:
        return None
    return decoded.get("status") if isinstance(decoded, dict) else None


# --- the GraphQL side ---------------------------------------------------------------------------


def operation_label(execution_context) -> str:
    """The root field of the executed operation (``name+`` when it selects several)."""
    document = execution_context.graphql_document
    if document is None:
        return "(invalid)"
    wanted = execution_context.operation_name
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    operation = next(
        (o for o in operations if wanted is None or (o.name and o.name.value == wanted)), None
    )
    if operation is None:
        return "(invalid)"
    fields = [s.name.value for s in operation.selection_set.selections if isinstance(s, FieldNode)]
    if not fields:
        return "(fragments)"
    return fields[0] + ("+" if len(fields) > 1 else "")


def _payloads(data: Any) -> Iterable[tuple[str, dict]]:
    """(root field, payload) for every object a root field returned (aliases resolved to the
    value under the response key; the key is what the client named it)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, dict):
                yield key, value


def _codes_and_placements(data: Any, placement_keys: set[str]) -> tuple[set[str], int, bool]:
    codes: set[str] = set()
    placed = 0
    refused = False
    for key, payload in _payloads(data):
        errors = payload.get("errors")
        if isinstance(errors, list) and errors:
            refused = True
            codes.update(e["code"] for e in errors if isinstance(e, dict) and "code" in e)
        if key in placement_keys and payload.get("orderGroup") and not errors:
            placed += 1
    return codes, placed, refused


def _placement_keys(execution_context) -> set[str]:
    """The response keys (alias or name) of the placement mutations the operation selects."""
    document = execution_context.graphql_document
    keys: set[str] = set()
    if document is None:
        return keys
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode):
            for selection in definition.selection_set.selections:
                if isinstance(selection, FieldNode) and selection.name.value in PLACEMENT_FIELDS:
                    keys.add((selection.alias or selection.name).value)
    return keys


def _is_unexpected(error) -> bool:
    original = getattr(error, "original_error", None)
    if original is not None and not isinstance(original, DomainError):
        return True
    return (getattr(error, "extensions", None) or {}).get("code") == "INTERNAL_ERROR"


class GraphQLObservation(SchemaExtension):
    """Tell the request's :class:`RequestInfo` the operation and how it went."""

    def on_operation(self):
        yield
        info = current()
        if info is None:  # a WebSocket operation, or a direct schema call
            return
        ctx = self.execution_context
        info.operation_name = ctx.operation_name or ""
        info.operation = operation_label(ctx)
        result = ctx.result
        errors = list(getattr(result, "errors", None) or ctx.pre_execution_errors or [])
        data = getattr(result, "data", None)
        codes = {
            str(code)
            for e in errors
            if (code := (getattr(e, "extensions", None) or {}).get("code")) is not None
        }
        payload_codes, placed, refused = _codes_and_placements(data, _placement_keys(ctx))
        codes |= payload_codes
        if "BUSY" in codes:
            info.outcome = "busy"
        elif any(_is_unexpected(e) for e in errors):
            info.outcome = "server_error"
        elif errors or refused:
            info.outcome = "client_error"
        else:
            info.outcome = "ok"
        metrics.count_codes(codes)
        metrics.count_placed(placed)


def instrument(app) -> None:
    """Add :class:`GraphQLObservation` to the schema of every GraphQL view routed by ``app``
    (``/graphql`` and the subgraphs)."""
    for route in getattr(app, "routes", []):
        schema = getattr(getattr(route, "endpoint", None), "schema", None) or getattr(
            getattr(route, "app", None), "schema", None
        )
        extensions = getattr(schema, "extensions", None)
        if extensions is not None and GraphQLObservation not in extensions:
            schema.extensions = (*extensions, GraphQLObservation)


def install(app) -> None:
    """Observe ``app``'s requests: call once the routes are in place, as the last middleware
    added (outermost, so it also times the admission queue)."""
    instrument(app)
    app.add_middleware(RequestObservation)
