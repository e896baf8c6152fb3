"""Compose the domain modules into the served schema and into one subgraph per domain."""

from __future__ import annotations

import logging
from types import ModuleType

import strawberry
from strawberry import relay
from strawberry.extensions import (
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.federation import Schema
from strawberry.tools import merge_types

from resolvers.errors import DomainError
from schema import accounts, catalog, inventory, merchants

FEDERATION_VERSION = "2.11"
log = logging.getLogger("plaza.graphql")

# Domain name -> module. Each module has Query, optionally Mutation, and `types`.
DOMAINS: dict[str, ModuleType] = {
    "accounts": accounts,
    "catalog": catalog,
    "merchants": merchants,
    "inventory": inventory,
}


def _node_query() -> type:
    """A fresh ``node`` root field (a field object cannot be shared between two schemas)."""

    @strawberry.type
    class NodeQuery:
        node: relay.Node | None = relay.node(description="Any object by its global ID.")

    return NodeQuery


def _should_mask(error) -> bool:
    """Mask unexpected exceptions only: validation errors and domain refusals stay readable."""
    original = error.original_error
    return original is not None and not isinstance(original, DomainError)


class RequestMaskErrors(MaskErrors):
    """Mask unexpected errors, telling the client the request id the server logged them under."""

    def anonymise_error(self, error):
        masked = super().anonymise_error(error)
        context = self.execution_context.context
        masked.extensions = {
            "code": "INTERNAL_ERROR",
            "requestId": getattr(context, "request_id", ""),
        }
        return masked


class PlazaSchema(Schema):
    def process_errors(self, errors, execution_context=None) -> None:
        context = execution_context.context if execution_context else None
        request_id = getattr(context, "request_id", "")
        for error in errors:
            original = error.original_error
            if original is None or isinstance(original, DomainError):
                continue
            log.error("request %s failed: %s", request_id, error, exc_info=original)


def extensions(max_depth: int = 12, max_tokens: int = 2000, max_aliases: int = 30) -> list:
    return [
        lambda: QueryDepthLimiter(max_depth=max_depth),
        lambda: MaxTokensLimiter(max_token_count=max_tokens),
        lambda: MaxAliasesLimiter(max_alias_count=max_aliases),
        lambda: RequestMaskErrors(
            should_mask_error=_should_mask, error_message="Internal server error"
        ),
        ParserCache,
        ValidationCache,
    ]


def _all_types() -> list:
    return [t for m in DOMAINS.values() for t in getattr(m, "types", [])]


def build_schema(subscription: type | None = None, **limits) -> Schema:
    """The composed schema served at /graphql."""
    query = merge_types("Query", (_node_query(), *(m.Query for m in DOMAINS.values())))
    mutations = tuple(m.Mutation for m in DOMAINS.values() if hasattr(m, "Mutation"))
    return PlazaSchema(
        query=query,
        mutation=merge_types("Mutation", mutations),
        subscription=subscription,
        types=_all_types(),
        extensions=extensions(**limits),
        federation_version=FEDERATION_VERSION,
    )


def build_subgraph(domain: str, **limits) -> Schema:
    """One domain as an Apollo Federation 2 subgraph (entities keyed by id)."""
    module = DOMAINS[domain]
    queries = (module.Query, _node_query()) if domain == "catalog" else (module.Query,)
    mutation = getattr(module, "Mutation", None)
    return PlazaSchema(
        query=merge_types("Query", queries),
        mutation=mutation,
        types=getattr(module, "types", []),
        extensions=extensions(**limits),
        federation_version=FEDERATION_VERSION,
    )
