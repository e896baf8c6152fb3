"""The ASGI application: /graphql (+ GraphiQL and subscriptions), subgraphs, health."""

from __future__ import annotations

import contextlib
import logging
import uuid
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route, WebSocketRoute
from strawberry.asgi import GraphQL
from tortoise import connections

from plaza import auth
from plaza.db import close_orm, init_orm
from plaza.settings import Settings
from resolvers.errors import DomainError
from resolvers.permissions import ANONYMOUS
from schema.build import DOMAINS, build_schema, build_subgraph
from schema.context import Context

log = logging.getLogger("plaza.app")
REQUEST_ID_HEADER = "x-request-id"


class PlazaGraphQL(GraphQL):
    """Strawberry's ASGI view with Plaza's context: the viewer and a request id."""

    async def get_context(self, request: Any, response: Any = None) -> Context:
        state = request.scope.setdefault("state", {})
        viewer = state.get("viewer", ANONYMOUS)
        return Context(
            viewer=viewer,
            request_id=state.get("request_id", ""),
            request=request,
            response=response,
        )


def _error_response(status: int, err: DomainError, request_id: str) -> JSONResponse:
    body = {
        "errors": [
            {"message": err.message, "extensions": {**err.extensions, "requestId": request_id}}
        ]
    }
    return JSONResponse(body, status_code=status, headers={REQUEST_ID_HEADER: request_id})


class AuthMiddleware:
    """Resolve ``Authorization`` into a Viewer before GraphQL runs; tag every request with an id.

    A present but invalid credential is refused with 401 (not served as a guest).
    """

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        request_id = headers.get(REQUEST_ID_HEADER) or uuid.uuid4().hex[:16]
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        try:
            state["viewer"] = await auth.viewer_from_authorization(
                headers.get("authorization"), request_id
            )
        except DomainError as err:
            await _error_response(401, err, request_id)(scope, receive, send)
            return

        async def send_with_id(message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [
                    *message["headers"],
                    (REQUEST_ID_HEADER.encode(), request_id.encode()),
                ]
            await send(message)

        await self.app(scope, receive, send_with_id)


async def healthz(request: Request) -> JSONResponse:
    try:
        await connections.get("default").execute_query("SELECT 1")
    except Exception as exc:  # the point of the endpoint is to report, not to raise
        log.warning("health check failed: %s", exc)
        return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
    return JSONResponse({"status": "ok", "database": "ok"})


def create_app(settings: Settings | None = None, *, manage_orm: bool = True) -> Starlette:
    """The app. ``manage_orm=False`` when the caller (a test) has initialised the ORM itself."""
    settings = settings or Settings()
    limits = {
        "max_depth": settings.max_query_depth,
        "max_tokens": settings.max_query_tokens,
        "max_aliases": settings.max_aliases,
    }
    graphql = PlazaGraphQL(build_schema(**limits), graphql_ide="graphiql")
    routes = [
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        Route("/healthz", healthz, methods=["GET"]),
    ]
    for domain in DOMAINS:
        view = PlazaGraphQL(build_subgraph(domain, **limits), graphql_ide=None)
        routes.append(Route(f"/subgraphs/{domain}", view, methods=["GET", "POST"]))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        if manage_orm:
            await init_orm(settings.database_url)
        try:
            yield
        finally:
            if manage_orm:
                await close_orm()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(AuthMiddleware)
    return app


def app_factory() -> Starlette:
    """Entry point for ``uvicorn --factory plaza.app:app_factory``."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    return create_app()
