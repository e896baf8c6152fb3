"""The GraphQL view: strawberry's ASGI app with Plaza's request context and the
GraphQL-over-HTTP media types (``application/graphql-response+json``: a request that could not
be executed gets 400, or 503 when the database is unreachable; ``application/json`` keeps the
legacy 200), request limits checked before parsing, and WebSocket authentication.
"""

from __future__ import annotations

import logging
from typing import Any

from cross_web import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.types.graphql import OperationType
from strawberry.types.unset import UNSET

from plaza import auth, graphiql
from plaza.outage import (
    SERVICE_UNAVAILABLE,
    retry_after_headers,
)
from plaza.request_limits import RequestLimits, RequestRefused, check_request
from resolvers.errors import DomainError
from resolvers.permissions import ANONYMOUS
from schema.context import Context
from schema.subscriptions import connection_authorization
from tasks import pubsub

log = logging.getLogger("plaza.app")

REQUEST_ID_HEADER = "x-request-id"
APPLICATION_JSON = "application/json"
GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
_STATE_SUB_RESPONSE = "plaza_sub_response"


def _accept_ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((media.lower(), q))
    return ranges


def _quality(ranges: list[tuple[str, float]], media: str) -> tuple[float, int]:
    """(q, specificity) of the most specific range matching ``media``: 2 named, 1 type/*, 0 */*."""
    kind = media.split("/", 1)[0]
    best: tuple[int, float] | None = None
    for candidate, q in ranges:
        if candidate == media:
            spec = 2
        elif candidate == f"{kind}/*":
            spec = 1
        elif candidate == "*/*":
            spec = 0
        else:
            continue
        if best is None or spec > best[0]:
            best = (spec, q)
    return (0.0, -1) if best is None else (best[1], best[0])


def negotiate_media_type(accept: str | None) -> str:
    """The response media type for a GraphQL-over-HTTP request's ``Accept`` header.

    ``application/graphql-response+json`` when the client names it (and does not prefer
    ``application/json``); otherwise ``application/json`` -- also for no header, ``*/*`` and
    types we cannot produce (the spec allows answering those in ``application/json``).
    """
    ranges = _accept_ranges(accept or "")
    gql_q, gql_spec = _quality(ranges, GRAPHQL_RESPONSE_JSON)
    json_q, _ = _quality(ranges, APPLICATION_JSON)
    if gql_spec == 2 and gql_q > 0 and gql_q >= json_q:
        return GRAPHQL_RESPONSE_JSON
    return APPLICATION_JSON


def _event_source():
    """The subscriptions' feed of relayed outbox events (``schema.context.EventSource``)."""
    return pubsub.subscribe(pubsub.EVENTS_CHANNEL)


def _is_unavailable(result: Any) -> bool:
    """The operation failed on a database outage as a whole: a ``SERVICE_UNAVAILABLE`` error and
    no root field with a value (nothing of it was served). Partial data stays a 200."""
    if not result.errors or not any(
        (e.extensions or {}).get("code") == SERVICE_UNAVAILABLE for e in result.errors
    ):
        return False
    return result.data is None or all(v is None for v in result.data.values())


def _is_pre_execution_failure(result: Any) -> bool:
    """No execution took place: the document did not parse or validate, the variables did not
    coerce, or something failed before execution. (A null ``data`` after a field error carries
    errors with a ``path``: the operation ran, that is a 200.)"""
    return (
        result.data is None and bool(result.errors) and all(e.path is None for e in result.errors)
    )


class PlazaGraphQL(GraphQL):
    """Strawberry's ASGI view with Plaza's context (the viewer and a request id), and the
    GraphQL-over-HTTP ``application/graphql-response+json`` media type: with it, a request that
    could not be executed gets 400 (500 if we failed) and no ``data`` entry. ``application/json``
    clients keep the legacy 200 with ``"data": null``. A mutation sent by GET is refused with
    405, as the spec requires (strawberry says 400). A request over the size limits
    (``RequestLimits``: document, variables) is refused before it is parsed. An operation that
    failed as a whole on a database outage is answered 503 + ``Retry-After`` (both media types;
    the body keeps its ``SERVICE_UNAVAILABLE`` errors)."""

    def __init__(self, *args, limits: RequestLimits | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.request_limits = limits or RequestLimits()

    async def render_graphql_ide(self, request: Request) -> Response:
        """GraphiQL from the package's own assets, under a strict CSP (``plaza.graphiql``)."""
        return graphiql.page_response()

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        request = Request(scope=scope, receive=receive)
        try:
            response = await self.run(request)
        except HTTPException as e:
            headers = {"allow": "GET, POST"} if e.status_code == 405 else None
            response = PlainTextResponse(e.reason, status_code=e.status_code, headers=headers)
        except RequestRefused as e:
            request_id = scope.get("state", {}).get("request_id", "")
            accept = request.headers.get("accept")
            response = _error_response(e.status, e.message, {"code": e.code}, request_id, accept)
        await response(scope, receive, send)

    async def parse_http_body(self, request):
        data = await super().parse_http_body(request)
        for item in data if isinstance(data, list) else [data]:
            check_request(item.query, item.variables, self.request_limits)
        return data

    async def execute_single(self, request, request_adapter, *args, **kwargs):
        try:
            return await super().execute_single(request, request_adapter, *args, **kwargs)
        except HTTPException as e:
            cause = e.__cause__
            if (
                isinstance(cause, InvalidOperationTypeError)
                and cause.operation_type == OperationType.MUTATION
                and request_adapter.method == "GET"
            ):
                raise HTTPException(405, "Mutations are not allowed over GET: use POST.") from cause
            raise

    async def get_context(self, request: Any, response: Any = None) -> Context:
        state = request.scope.setdefault("state", {})
        viewer = state.get("viewer", ANONYMOUS)
        return Context(
            viewer=viewer,
            request_id=state.get("request_id", ""),
            request=request,
            response=response,
            auth=auth,
            events=_event_source,
        )

    async def on_ws_connect(self, context: Context):
        """Authenticate a WebSocket connection from its ``connection_init`` payload
        (``{"Authorization": "Bearer <token>"}``, or ``{"authToken": "<token>"}``; without one,
        the handshake's ``Authorization`` header). No credential: an anonymous connection
        (it may run public queries; ``orderEvents`` refuses it). A credential that is not
        valid: the connection is closed with 4403 Forbidden."""
        try:
            context.viewer = await auth.viewer_from_authorization(
                connection_authorization(context), context.request_id
            )
        except DomainError as err:
            log.info("websocket %s refused: %s", context.request_id, err.message)
            raise ConnectionRejectionError({"message": err.message}) from err
        return UNSET  # a plain connection_ack

    async def get_sub_response(self, request: Request) -> Response:
        sub_response = await super().get_sub_response(request)
        sub_response.media_type = negotiate_media_type(request.headers.get("accept"))
        request.scope.setdefault("state", {})[_STATE_SUB_RESPONSE] = sub_response
        return sub_response

    async def process_result(self, request: Request, result: Any) -> dict:
        data = await super().process_result(request, result)
        sub_response = request.scope.get("state", {}).get(_STATE_SUB_RESPONSE)
        if sub_response is not None and _is_unavailable(result):
            sub_response.status_code = 503
            sub_response.headers.update(retry_after_headers())
            return data
        if (
            sub_response is not None
            and sub_response.media_type == GRAPHQL_RESPONSE_JSON
            and _is_pre_execution_failure(result)
        ):
            data.pop("data", None)
            internal = any(
                (e.extensions or {}).get("code") == "INTERNAL_ERROR" for e in result.errors
            )
            sub_response.status_code = 500 if internal else 400
        return data

    def create_response(self, response_data: Any, sub_response: Response) -> Response:
        response = super().create_response(response_data, sub_response)
        media_type = getattr(sub_response, "media_type", None) or APPLICATION_JSON
        if media_type != APPLICATION_JSON:
            response.headers["content-type"] = f"{media_type}; charset=utf-8"
        return response


def _error_response(
    status: int,
    message: str,
    extensions: dict,
    request_id: str,
    accept: str | None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = {"errors": [{"message": message, "extensions": {**extensions, "requestId": request_id}}]}
    media_type = negotiate_media_type(accept)
    headers = {**(headers or {}), REQUEST_ID_HEADER: request_id}
    if media_type != APPLICATION_JSON:
        headers["content-type"] = f"{media_type}; charset=utf-8"
    return JSONResponse(body, status_code=status, headers=headers)
