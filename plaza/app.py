"""The ASGI application: /graphql (+ GraphiQL and subscriptions), subgraphs, health."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import uuid
from dataclasses import replace
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route, WebSocketRoute
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from tortoise import connections

from plaza import auth, graphiql, health, logs, metrics, observability, sqlcount, tracing
from plaza.admission import AdmissionLimit
from plaza.body_limit import BodyLimit
from plaza.carrier_routes import carrier_routes
from plaza.db import close_orm, init_orm
from plaza.graphql_view import (
    GRAPHQL_RESPONSE_JSON,
    REQUEST_ID_HEADER,
    PlazaGraphQL,
    _error_response,
    negotiate_media_type,
)
from plaza.outage import (
    SERVICE_UNAVAILABLE,
    SERVICE_UNAVAILABLE_MESSAGE,
    is_database_unavailable,
    retry_after_headers,
)
from plaza.payment_accounts import FAKE_PREFIX, accounts_for, fake_gateway_routes
from plaza.payment_routes import payment_routes
from plaza.request_limits import RequestLimits
from plaza.settings import ROOT, Settings
from plugins.registry import configure as configure_plugins
from resolvers import outbox
from resolvers.errors import DomainError
from schema.build import DOMAINS, INTERNAL_ERROR_MESSAGE, build_schema, build_subgraph
from tasks import runtime

log = logging.getLogger("plaza.app")

__all__ = [
    "GRAPHQL_RESPONSE_JSON",
    "AuthMiddleware",
    "PlazaGraphQL",
    "create_app",
    "negotiate_media_type",
]
# A client-supplied request id is kept (so a gateway's id follows the request) if it is short
# and plain; anything else could forge or garble log lines, and is replaced by a fresh one.
_REQUEST_ID_RE = re.compile(r"[A-Za-z0-9._:-]{1,64}")


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
        if scope.get("path", "").startswith(FAKE_PREFIX + "/"):
            # A fake gateway's callers sign with its provider's scheme, not our tokens.
            await self.app(scope, receive, send)
            return
        accept = headers.get("accept")
        try:
            viewer = await auth.viewer_from_authorization(headers.get("authorization"), request_id)
            device_id = headers.get("x-device-id")
            state["viewer"] = replace(viewer, device_id=device_id[:200]) if device_id else viewer
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
    tracing.configure("plaza-api")
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
        graphiql.assets_mount(),
        *payment_routes(),
        *carrier_routes(),
        *fake_gateway_routes(settings, ROOT / "var"),  # none in production
    ]
    for domain in DOMAINS:
        view = PlazaGraphQL(
            build_subgraph(domain, **limits), graphql_ide=None, limits=request_limits
        )
        routes.append(Route(f"/subgraphs/{domain}", view, methods=["GET", "POST"]))

    configure_plugins(
        public_url=settings.public_url,
        sandbox_secret=settings.payment_sandbox_secret,
        payment_accounts=accounts_for(settings, ROOT / "var"),
        credentials_key=settings.credentials_key,
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
            tracing.shutdown()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(AuthMiddleware)
    app.add_middleware(
        AdmissionLimit,
        limit=settings.max_concurrent_requests,
        queue_max=settings.admission_queue_max,
        wait_ms=settings.admission_wait_ms,
        # (the fake gateways stand for the providers, and are called by requests holding a slot)
        exempt=("/payments/sandbox/pay", "/healthz", "/readyz", "/metrics", FAKE_PREFIX + "/"),
    )
    # Outside the admission limit: a slow or oversized body never holds a slot.
    app.add_middleware(
        BodyLimit, max_bytes=settings.max_body_bytes, read_timeout=settings.body_read_timeout
    )
    if sqlcount.enabled():  # benchmarks only: x-sql-queries per response (outermost: counts auth)
        app.add_middleware(sqlcount.SQLCountMiddleware)
    observability.install(app)  # request info for metrics and logs
    tracing.install(app)  # outermost when OTEL_* configures an exporter
    return app


def app_factory() -> Starlette:
    """Entry point for ``uvicorn --factory plaza.app:app_factory``."""
    logs.configure()
    return create_app()
