"""Compose the domain modules into the served schema and into one subgraph per domain."""

from __future__ import annotations

import logging
from types import ModuleType

import strawberry
from graphql import GraphQLError
from strawberry import relay
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxTokensLimiter,
    ParserCache,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as aliases_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule
from strawberry.federation import Schema
from strawberry.federation.schema_directives import Key, Shareable
from strawberry.tools import merge_types
from strawberry.types.base import StrawberryObjectDefinition, get_object_definition
from strawberry.utils.await_maybe import await_maybe

from models.errors import is_database_unavailable
from resolvers.errors import DomainError
from schema import (
    accounts,
    administration,
    aftersales,
    catalog,
    checkout,
    insight,
    inventory,
    logistics,
    merchants,
    orders,
    pickup,
    reviews,
    subscriptions,
    visibility,
    webhooks,
)
from schema.base import node_field, parse_pk
from schema.cost import DEFAULT_MAX_COST, QueryCostLimiter
from schema.descriptions import describe
from schema.introspection import IntrospectionPolicy
from schema.literals import NoNulInStrings

FEDERATION_VERSION = "2.11"
log = logging.getLogger("plaza.graphql")

# Domain name -> module. Each module has Query, optionally Mutation, and `types`.
DOMAINS: dict[str, ModuleType] = {
    "accounts": accounts,
    "catalog": catalog,
    "merchants": merchants,
    "inventory": inventory,
    "checkout": checkout,
    "orders": orders,
    "aftersales": aftersales,
    "logistics": logistics,
    "webhooks": webhooks,
    "administration": administration,
    "insight": insight,
    "reviews": reviews,
    "pickup": pickup,
}


def _node_query() -> type:
    """A fresh ``node`` root field (a field object cannot be shared between two schemas)."""

    @strawberry.type
    class NodeQuery:
        node: relay.Node | None = node_field("Any object by its global ID.")

    return NodeQuery


INTERNAL_ERROR_MESSAGE = "Internal server error"
# An unexpected error that is a database outage (models/errors.py): the client may retry.
SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
SERVICE_UNAVAILABLE_MESSAGE = "The service is temporarily unavailable: please try again shortly"


def _should_mask(error) -> bool:
    """Mask unexpected exceptions only: validation errors, domain refusals and errors raised as
    GraphQL errors (variables that do not coerce, an invalid ID) stay readable."""
    original = error.original_error
    return original is not None and not isinstance(original, DomainError | GraphQLError)


def mask_error(error: GraphQLError, request_id: str) -> GraphQLError:
    """The client's view of an unexpected error: no message, no stack, only the request id (and
    ``SERVICE_UNAVAILABLE`` rather than ``INTERNAL_ERROR`` when the database was out of reach)."""
    outage = is_database_unavailable(error.original_error)
    return GraphQLError(
        SERVICE_UNAVAILABLE_MESSAGE if outage else INTERNAL_ERROR_MESSAGE,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        original_error=None,
        extensions={
            "code": SERVICE_UNAVAILABLE if outage else "INTERNAL_ERROR",
            "requestId": request_id,
        },
    )


class RequestMaskErrors(MaskErrors):
    """Mask unexpected errors, telling the client the request id the server logged them under."""

    def anonymise_error(self, error):
        context = self.execution_context.context
        return mask_error(error, getattr(context, "request_id", ""))


class PlazaSchema(Schema):
    def _get_federation_query_type(self, query, mutation, subscription, types, *args, **kwargs):
        """The root query (with ``_entities``), after the tenancy screen is attached to every
        field that can return tenant data (``schema.visibility``)."""
        root = super()._get_federation_query_type(
            query, mutation, subscription, types, *args, **kwargs
        )
        visibility.install(root, mutation, subscription, *types)
        return root

    async def execute(self, query, variable_values=None, context_value=None, *args, **kwargs):
        """Also mask what escapes ``RequestMaskErrors``: an exception raised by an extension hook
        (``on_operation``/``on_execute``...) ends the operation before that extension can rewrite
        the result, and strawberry would send its message to the client."""
        result = await super().execute(query, variable_values, context_value, *args, **kwargs)
        errors = getattr(result, "errors", None)
        if errors and any(_should_mask(e) for e in errors):
            request_id = getattr(context_value, "request_id", "")
            result.errors = [mask_error(e, request_id) if _should_mask(e) else e for e in errors]
        return result

    def process_errors(self, errors, execution_context=None) -> None:
        context = execution_context.context if execution_context else None
        request_id = getattr(context, "request_id", "")
        for error in errors:
            original = error.original_error
            # A GraphQLError raised on purpose (an invalid ID) is the client's mistake, as in
            # ``_should_mask``: only unexpected exceptions are logged, with their traceback.
            if original is None or isinstance(original, DomainError | GraphQLError):
                continue
            if is_database_unavailable(original):  # an outage, not a bug: one line, no stack
                log.warning("request %s: database unavailable: %r", request_id, original)
                continue
            log.error("request %s failed: %s", request_id, error, exc_info=original)


def extensions(
    max_depth: int = 12,
    max_tokens: int = 2000,
    max_aliases: int = 30,
    max_cost: int = DEFAULT_MAX_COST,
    introspection: str = "all",
) -> list:
    """The schema's extensions. The depth and alias rules are built once, here: strawberry's
    ``QueryDepthLimiter``/``MaxAliasesLimiter`` extensions build a new rule class per request,
    so ``ValidationCache`` (keyed on the rules) would never hit and every request would be
    validated again (a quarter of the server's CPU on the checkout path)."""
    rules = [depth_rule(max_depth, None, None), aliases_rule(max_aliases), NoNulInStrings]
    return [
        lambda: AddValidationRules(rules),
        lambda: MaxTokensLimiter(max_token_count=max_tokens),
        lambda: QueryCostLimiter(max_cost=max_cost),
        lambda: IntrospectionPolicy(mode=introspection),
        lambda: RequestMaskErrors(
            should_mask_error=_should_mask, error_message=INTERNAL_ERROR_MESSAGE
        ),
        ParserCache,
        ValidationCache,
    ]


def _is_entity(cls) -> bool:
    definition = get_object_definition(cls)
    return definition is not None and any(isinstance(d, Key) for d in definition.directives)


async def _resolve_reference(cls, info, id: strawberry.ID):
    """``_entities`` for a Node entity: its key is the global ID, loaded by ``resolve_nodes``
    (so with the viewer's permissions); an ID of another type or an unknown one is null."""
    try:
        gid = relay.GlobalID.from_id(id)
    except (ValueError, TypeError, UnicodeDecodeError):
        return None
    if (
        gid.type_name != get_object_definition(cls, strict=True).name
        or parse_pk(gid.node_id) is None
    ):
        return None
    nodes = await await_maybe(cls.resolve_nodes(info=info, node_ids=[gid.node_id], required=False))
    return next(iter(nodes), None)


def _add_reference_resolvers(schema: Schema) -> Schema:
    """Give every Node entity of ``schema`` without its own ``resolve_reference`` one that loads
    it by global ID. Strawberry's default builds the object from the representation alone,
    which fails for types with required fields besides the key: a gateway could not fetch them.
    """
    for concrete in schema.schema_converter.type_map.values():
        cls = getattr(concrete.definition, "origin", None)
        if (
            isinstance(cls, type)
            and issubclass(cls, relay.Node)
            and _is_entity(cls)
            and not hasattr(cls, "resolve_reference")
        ):
            cls.resolve_reference = classmethod(_resolve_reference)
    return schema


def _all_types() -> list:
    return [t for m in DOMAINS.values() for t in getattr(m, "types", [])]


def build_schema(subscription: type | None = subscriptions.Subscription, **limits) -> Schema:
    """The composed schema served at /graphql (with the ``Subscription`` root: ``orderEvents``
    over graphql-transport-ws; the subgraphs have none)."""
    _mark_shared_types_shareable()  # the same directives whichever schema is built first
    query = merge_types("Query", (_node_query(), *(m.Query for m in DOMAINS.values())))
    mutations = tuple(m.Mutation for m in DOMAINS.values() if hasattr(m, "Mutation"))
    schema = PlazaSchema(
        query=query,
        mutation=merge_types("Mutation", mutations),
        subscription=subscription,
        types=_all_types(),
        extensions=extensions(**limits),
        federation_version=FEDERATION_VERSION,
    )
    return describe(_add_reference_resolvers(schema))


def _subgraph(domain: str, **limits) -> Schema:
    module = DOMAINS[domain]
    queries = (module.Query, _node_query()) if domain == "catalog" else (module.Query,)
    mutation = getattr(module, "Mutation", None)
    schema = PlazaSchema(
        query=merge_types("Query", queries),
        mutation=mutation,
        types=getattr(module, "types", []),
        extensions=extensions(**limits),
        federation_version=FEDERATION_VERSION,
    )
    return describe(_add_reference_resolvers(schema))


_ROOT_TYPES = {"Query", "Mutation", "Subscription"}
_shared_marked_for: set[tuple] = set()


def _mark_shared_types_shareable() -> None:
    """Mark ``@shareable`` every object type that more than one subgraph contains.

    Federation 2 refuses a field that several subgraphs resolve unless it is shareable
    (``INVALID_FIELD_SHARING``). A value type such as ``OrderLine`` ends up in every subgraph
    that can reach it (orders, and checkout through ``OrderGroup``), and in Plaza each subgraph
    resolves it with the very same code, so sharing is true by construction: domain modules need
    not know which other subgraphs reach their types. Runs once per set of domains, before the
    subgraphs are built (the ``@link`` imports are fixed when a schema is built).
    """
    key = tuple((name, id(module)) for name, module in DOMAINS.items())
    if key in _shared_marked_for:
        return
    seen_in: dict[str, set[str]] = {}
    definitions: dict[str, StrawberryObjectDefinition] = {}
    for domain in DOMAINS:
        for name, concrete in _subgraph(domain).schema_converter.type_map.items():
            definition = concrete.definition
            if (
                isinstance(definition, StrawberryObjectDefinition)
                and not definition.is_interface
                and not definition.is_input
                and name not in _ROOT_TYPES
                and not name.startswith("_")
            ):
                seen_in.setdefault(name, set()).add(domain)
                definitions[name] = definition
    for name, domains in seen_in.items():
        definition = definitions[name]
        if len(domains) > 1 and not any(isinstance(d, Shareable) for d in definition.directives):
            definition.directives = type(definition.directives)(
                [*definition.directives, Shareable()]
            )
    _shared_marked_for.add(key)


def build_subgraph(domain: str, **limits) -> Schema:
    """One domain as an Apollo Federation 2 subgraph (entities keyed by id; types that other
    subgraphs also contain are shareable)."""
    _mark_shared_types_shareable()
    return _subgraph(domain, **limits)
