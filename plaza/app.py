"""The ASGI application: /graphql (+ GraphiQL and subscriptions), subgraphs, health."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import uuid
from typing import Any
from urllib.parse import urlsplit

from cross_web import HTTPException
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types.graphql import OperationType
from strawberry.types.unset import UNSET
from tortoise import connections

from plaza import auth, health, logs, metrics, observability, sqlcount
from plaza.admission import AdmissionLimit
from plaza.body_limit import BodyLimit
from plaza.carrier_routes import carrier_routes
from plaza.db import close_orm, init_orm
from plaza.outage import (
    SERVICE_UNAVAILABLE,
    SERVICE_UNAVAILABLE_MESSAGE,
    is_database_unavailable,
    retry_after_headers,
)
from plaza.payment_routes import payment_routes
from plaza.request_limits import RequestLimits, RequestRefused, check_request
from plaza.settings import Settings
from plugins.registry import configure as configure_plugins
from resolvers import outbox
from resolvers.errors import DomainError
from resolvers.permissions import ANONYMOUS
from schema.build import DOMAINS, INTERNAL_ERROR_MESSAGE, build_schema, build_subgraph
from schema.context import Context
from schema.subscriptions import connection_authorization
from tasks import pubsub, runtime

log = logging.getLogger("plaza.app")
REQUEST_ID_HEADER = "x-request-id"
# A client-supplied request id is kept (so a gateway's id follows the request) if it is short
# and plain; anything else could forge or garble log lines, and is replaced by a fresh one.
_REQUEST_ID_RE = re.compile(r"[A-Za-z0-9._:-]{1,64}")

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


def _request_id(supplied: str | None) -> str:
    if supplied and _REQUEST_ID_RE.fullmatch(supplied):
        return supplied
    return uuid.uuid4().hex[:16]


class AuthMiddleware:
    """Resolve ``Authorization`` into a Viewer before GraphQL runs; tag every request with an id.

    A present but invalid credential is refused with 401 (not served as a guest). An unexpected
    exception that escapes the app is logged with the request id and answered with the same
    masked error GraphQL uses (500, ``INTERNAL_ERROR``, ``requestId``), not a bare 500 -- or,
    when it is a database outage (the viewer lookup, a route), 503 ``SERVICE_UNAVAILABLE`` with
    ``Retry-After``.
    """

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        request_id = _request_id(headers.get(REQUEST_ID_HEADER))
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        if scope["type"] == "websocket":  # authenticated by connection_init, not by headers
            await self.app(scope, receive, send)
            return
        accept = headers.get("accept")
        try:
            state["viewer"] = await auth.viewer_from_authorization(
                headers.get("authorization"), request_id
            )
        except DomainError as err:
            response = _error_response(401, err.message, err.extensions, request_id, accept)
            await response(scope, receive, send)
            return
        except Exception as exc:
            if is_database_unavailable(exc):
                log.warning("request %s: database unavailable (viewer): %r", request_id, exc)
                await self._unavailable(scope, receive, send, request_id, accept)
                return
            log.exception("request %s: authentication failed", request_id)
            await self._internal_error(scope, receive, send, request_id, accept)
            return

        started = False

        async def send_with_id(message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message.setdefault("headers", [])
                message["headers"] = [
                    *message["headers"],
                    (REQUEST_ID_HEADER.encode(), request_id.encode()),
                ]
            await send(message)

        try:
            with outbox.noticing() as notice:
                await self.app(scope, receive, send_with_id)
            if notice.recorded:
                # The request wrote outbox events: let the relay look now, not in 0.5 s.
                runtime.wake_relay()
        except Exception as exc:
            outage = is_database_unavailable(exc)
            if outage:
                log.warning("request %s: database unavailable: %r", request_id, exc)
            else:
                log.exception("request %s failed", request_id)
            if started:  # too late to answer: let the server drop the connection
                raise
            if outage:
                await self._unavailable(scope, receive, send, request_id, accept)
            else:
                await self._internal_error(scope, receive, send, request_id, accept)

    @staticmethod
    async def _internal_error(scope, receive, send, request_id: str, accept: str | None) -> None:
        extensions = {"code": "INTERNAL_ERROR"}
        response = _error_response(500, INTERNAL_ERROR_MESSAGE, extensions, request_id, accept)
        await response(scope, receive, send)

    @staticmethod
    async def _unavailable(scope, receive, send, request_id: str, accept: str | None) -> None:
        extensions = {"code": SERVICE_UNAVAILABLE}
        response = _error_response(
            503,
            SERVICE_UNAVAILABLE_MESSAGE,
            extensions,
            request_id,
            accept,
            headers=retry_after_headers(),
        )
        await response(scope, receive, send)


async def healthz(request: Request) -> JSONResponse:
    try:
        await connections.get("default").execute_query("SELECT 1")
    except Exception as exc:  # the point of the endpoint is to report, not to raise
        log.warning("health check failed: %s", exc)
        return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
    return JSONResponse({"status": "ok", "database": "ok"})


def allowed_origins(settings: Settings) -> list[str]:
    """Origins whose pages may open a WebSocket to /graphql (handshakes without ``Origin`` --
    non-browser clients -- and same-origin ones always may).

    ``PLAZA_ALLOWED_ORIGINS``: comma-separated origins (``https://shop.example``), or ``*`` for
    any (safe here: WebSockets authenticate with a token in ``connection_init``, never with
    cookies the browser would add). Default: the origin of ``PLAZA_PUBLIC_URL``."""
    configured = os.environ.get("PLAZA_ALLOWED_ORIGINS")
    if configured is not None:
        return [o.strip() for o in configured.split(",") if o.strip()]
    parts = urlsplit(settings.public_url)
    return [f"{parts.scheme}://{parts.netloc}"] if parts.scheme and parts.netloc else []


def create_app(settings: Settings | None = None, *, manage_orm: bool = True) -> Starlette:
    """The app. ``manage_orm=False`` when the caller (a test) has initialised the ORM itself."""
    settings = settings or Settings()
    limits = {
        "max_depth": settings.max_query_depth,
        "max_tokens": settings.max_query_tokens,
        "max_aliases": settings.max_aliases,
        "max_cost": settings.max_query_cost,
        "introspection": settings.introspection_mode,
    }
    request_limits = RequestLimits(
        max_document_bytes=settings.max_document_bytes,
        max_variables_bytes=settings.max_variables_bytes,
        max_list_length=settings.max_list_length,
    )
    graphql = PlazaGraphQL(
        build_schema(**limits),
        limits=request_limits,
        graphql_ide="graphiql",
        # graphql-ws's protocol only: the legacy subscriptions-transport-ws one ("graphql-ws")
        # cannot refuse a credential with 4403, and is unmaintained.
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        allowed_origins=allowed_origins(settings),
    )
    routes = [
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", health.readyz(settings), methods=["GET"]),
        Route("/metrics", metrics.metrics_endpoint, methods=["GET"]),
        *payment_routes(),
        *carrier_routes(),
    ]
    for domain in DOMAINS:
        view = PlazaGraphQL(
            build_subgraph(domain, **limits), graphql_ide=None, limits=request_limits
        )
        routes.append(Route(f"/subgraphs/{domain}", view, methods=["GET", "POST"]))

    configure_plugins(
        public_url=settings.public_url, sandbox_secret=settings.payment_sandbox_secret
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        if manage_orm:
            await init_orm(settings.database_url)
            # Background work (broker, outbox relay, sweeps) runs on this loop with this ORM.
            await runtime.start(settings)
        try:
            yield
        finally:
            if manage_orm:
                await runtime.stop()
                await close_orm()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(AuthMiddleware)
    app.add_middleware(
        AdmissionLimit,
        limit=settings.max_concurrent_requests,
        queue_max=settings.admission_queue_max,
        wait_ms=settings.admission_wait_ms,
        exempt=("/payments/sandbox/pay", "/healthz", "/readyz", "/metrics"),
    )
    # Outside the admission limit: a slow or oversized body never holds a slot.
    app.add_middleware(
        BodyLimit, max_bytes=settings.max_body_bytes, read_timeout=settings.body_read_timeout
    )
    if sqlcount.enabled():  # benchmarks only: x-sql-queries per response (outermost: counts auth)
        app.add_middleware(sqlcount.SQLCountMiddleware)
    observability.install(app)  # outermost: request info for metrics and logs
    return app


def app_factory() -> Starlette:
    """Entry point for ``uvicorn --factory plaza.app:app_factory``."""
    logs.configure()
    return create_app()
