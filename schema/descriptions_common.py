"""Descriptions of the patterns every domain shares (see ``schema.descriptions``): connections,
edges and ``PageInfo``, mutation inputs and payloads, the ``<Domain>Error`` types and the error
codes several domains have, ``Money``, global IDs, and the federation and link internals."""

from __future__ import annotations

import re

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLObjectType,
    get_named_type,
)

from resolvers.pagination import DEFAULT_PAGE_SIZE, EXACT_COUNT_LIMIT, MAX_PAGE_SIZE
from schema.descriptions import Item

DESCRIPTIONS: dict[str, str] = {
    "PageInfo": (
        "Where a page sits in its listing. Connections page forward only: pass `endCursor` as "
        "`after` while `hasNextPage` is true."
    ),
    "PageInfo.hasNextPage": "Whether more items follow this page.",
    "PageInfo.hasPreviousPage": (
        "Whether the page was asked for with `after` (items come before it); listings cannot "
        "be paged backwards."
    ),
    "PageInfo.startCursor": "The cursor of the page's first item; null on an empty page.",
    "PageInfo.endCursor": (
        "The cursor of the page's last item, to pass as `after` for the next page; null on an "
        "empty page."
    ),
    "Money.amount": "The amount, in the currency's major unit (12.50 is twelve and a half).",
    "Money.currency": "ISO 4217 currency code, upper case (`CNY`, `EUR`).",
    "MoneyInput.amount": (
        "The amount in the currency's major unit, at most two decimal places; never negative."
    ),
    "MoneyInput.currency": (
        "ISO 4217 currency code; omitted, the product's currency (a different one is refused)."
    ),
    "UserError.message": "What went wrong, in English, for a person to read.",
    "Query": "The entry points for reading: browsing, back office, the viewer's own data.",
    "Mutation": (
        "The entry points for changing data. Each answers a payload whose `errors` list the "
        "refusals; a refused mutation changes nothing."
    ),
    # Apollo Federation and the @link specification (the subgraphs' plumbing).
    "_Any": "An entity representation (`__typename` and key fields) for `_entities`.",
    "_FieldSet": "A selection of fields, as used by `@key` (federation).",
    "_Service": "This subgraph, as the federation gateway sees it.",
    "_Service.sdl": "The subgraph's schema in SDL, with its federation directives.",
    "_Entity": "Every entity type of this subgraph (federation `_entities`).",
    "Query._service": "The subgraph's schema for the federation gateway.",
    "Query._entities": (
        "Entities by their representations, for the federation gateway; each one is loaded "
        "with the viewer's permissions and is null when not visible."
    ),
    "Query._entities(representations)": "`__typename` and `id` of each entity wanted.",
    "link__Import": "An element imported by `@link` (federation).",
    "link__Purpose": "Why a `@link`ed specification is used (federation).",
    "link__Purpose.SECURITY": "The specification provides security features.",
    "link__Purpose.EXECUTION": "The specification affects query execution.",
}

# Error codes found in several domains' enums: the same meaning in each.
ERROR_CODES: dict[str, str] = {
    "INVALID": (
        "An input is malformed or out of range (an ID that does not decode, an empty name, a "
        "page size above the cap, a cursor the API did not give out); `field` names it."
    ),
    "NOT_FOUND": (
        "No such object, or not one the viewer may see: another tenant's IDs are refused the "
        "same way as unknown ones."
    ),
    "PERMISSION_DENIED": "Signed in, but the viewer's role does not allow this.",
    "UNAUTHENTICATED": "This needs a signed-in viewer (a valid access token or partner key).",
    "GRAPHQL_ERROR": "An error of the request itself (validation), not of a domain rule.",
    "INVALID_TRANSITION": (
        "The object's current status does not allow this step (see its state machine)."
    ),
    "CONCURRENT_UPDATE": (
        "The object changed between reading and writing (another request moved it): reload "
        "it and try again. Nothing was changed."
    ),
    "READ_ONLY": "The order is in a final or locked status: it can no longer be changed.",
    "CURRENCY_MISMATCH": (
        "A price or storefront in another currency than the product's (or the cart's)."
    ),
    "UNKNOWN_PROVIDER": "No plugin (payment provider or carrier) is registered under this code.",
    "INSUFFICIENT_STOCK": "Not enough available stock (on hand minus reserved) for the quantity.",
    "DUPLICATE_SLUG": "Another object already has this slug.",
    "DUPLICATE_TRACKING_NUMBER": "Another shipment of the carrier already has this number.",
    "OWN_CARRIER_ACCOUNT_REQUIRED": (
        "The storefront's policy makes merchants ship through their own carrier account: a "
        "typed tracking number or the platform's account is refused."
    ),
    "INVALID_PHONE": (
        "The phone number is missing or not valid (read with the province's country when it "
        "has no `+country` code)."
    ),
    "INVALID_REGION": (
        "A region code that the GB/T 2260 code list does not have, or a required level "
        "(province, city, district) missing."
    ),
    "REGION_MISMATCH": (
        "Region codes that do not nest (a district outside the given city, a city outside the "
        "given province)."
    ),
    "INVALID_URL": "Not an absolute `https://` (or `http://`) URL.",
    "URL_NOT_PUBLIC": (
        "The URL's host is or resolves to a private, loopback or link-local address."
    ),
    "URL_UNRESOLVABLE": "The URL's host name does not resolve.",
    "QUANTITY_INVALID": "A quantity below 1 or above what the line allows.",
}


def _words(name: str) -> str:
    """``MerchantOrder`` -> ``merchant order``."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()


def _plural(words: str) -> str:
    if words.endswith("y") and words[-2:-1] not in "aeiou":
        return words[:-1] + "ies"
    return words + "s"


def _a(words: str) -> str:
    return ("an " if words[:1] in "aeiou" else "a ") + words


def _mutations_using(item: Item, payload: bool) -> list[str]:
    """The mutations returning ``item.type`` (``payload``) or taking it as ``input``."""
    mutation = item.schema.mutation_type if item.schema is not None else None
    if mutation is None:
        return []
    found = []
    for name, field in mutation.fields.items():
        if payload:
            used = get_named_type(field.type) is item.type
        else:
            used = any(get_named_type(a.type) is item.type for a in field.args.values())
        if used:
            found.append(f"`{name}`")
    return found


def connections(item: Item) -> str | None:
    name = item.type_name
    if name.endswith("Connection") and isinstance(item.type, GraphQLObjectType):
        what = _words(name[: -len("Connection")])
        if item.kind == "TYPE":
            return (
                f"A page of {_plural(what)} (forward-only: `first`/`after`), with `totalCount` "
                "computed only when selected."
            )
        return {
            "edges": "The page's items, each with its cursor.",
            "nodes": "The page's items without cursors.",
            "pageInfo": "Whether more items follow, and the cursor to continue from.",
        }.get(item.field or "")
    if name.endswith("Edge") and isinstance(item.type, GraphQLObjectType):
        what = _words(name[: -len("Edge")])
        if item.kind == "TYPE":
            return f"{_a(what).capitalize()} in a page, with its cursor."
        return {
            "node": f"The {what}.",
            "cursor": "Opaque position of this item: pass it as `after` for the items after it.",
        }.get(item.field or "")
    return None


def page_arguments(item: Item) -> str | None:
    """``first``/``after`` of a field answering a connection (not of a plain capped list)."""
    if item.kind != "ARG" or not isinstance(item.type, GraphQLObjectType):
        return None
    answer = get_named_type(item.type.fields[item.field].type)
    if not answer.name.endswith("Connection"):
        return None
    if item.arg == "first":
        return (
            f"How many items to return: 1 to {MAX_PAGE_SIZE} (default {DEFAULT_PAGE_SIZE}); more "
            "is refused as INVALID."
        )
    if item.arg == "after":
        return "Start after this cursor (a previous page's `endCursor`); omitted, from the start."
    return None


def total_count(item: Item) -> str | None:
    if item.kind == "FIELD" and item.field == "totalCount":
        return (
            f"How many items the listing has: exact up to {EXACT_COUNT_LIMIT:,}; above that, on "
            "PostgreSQL, the query planner's row estimate. Computed only when selected."
        )
    return None


def errors(item: Item) -> str | None:
    """``<Domain>Error`` types, ``<Domain>ErrorCode`` enums, every payload's ``errors``."""
    name = item.type_name
    if item.kind == "FIELD" and item.field == "errors" and name.endswith("Payload"):
        return (
            "Why the mutation was refused, with the input field at fault; empty on success. A "
            "refused mutation changes nothing."
        )
    if name.endswith("ErrorCode") and isinstance(item.type, GraphQLEnumType):
        domain = _words(name[: -len("ErrorCode")])
        if item.kind == "TYPE":
            return f"What {_a(domain)} refusal is about (the `code` of `{name[:-4]}`)."
        return ERROR_CODES.get(item.value or "")
    if name.endswith("Error") and isinstance(item.type, GraphQLObjectType):
        domain = _words(name[: -len("Error")])
        if item.kind == "TYPE":
            return f"A refusal by the {domain} domain: a code, the input field at fault, a message."
        return {
            "code": "What the refusal is about, for programs to branch on.",
            "field": "The input field at fault (a dotted path such as `lines.0.quantity`), if any.",
            "message": "What went wrong, in English, for a person to read.",
        }.get(item.field or "")
    return None


def inputs_and_payloads(item: Item) -> str | None:
    name = item.type_name
    if item.kind == "TYPE" and isinstance(item.type, GraphQLInputObjectType):
        mutations = _mutations_using(item, payload=False)
        return f"The input of {', '.join(mutations)}." if mutations else None
    if isinstance(item.type, GraphQLObjectType) and name.endswith("Payload"):
        if item.kind == "TYPE":
            mutations = _mutations_using(item, payload=True)
            if not mutations:
                return None
            verb = "returns" if len(mutations) == 1 else "return"
            return f"What {', '.join(mutations)} {verb}: the result, or `errors`."
        target = get_named_type(item.target.type) if item.kind == "FIELD" else None
        if isinstance(target, GraphQLObjectType):
            return f"The {_words(target.name)} as the mutation left it; null when it was refused."
    if item.kind == "ARG" and item.arg == "input" and _is_mutation_root(item):
        return f"The mutation's input (`{get_named_type(item.target.type).name}`)."
    return None


def _is_mutation_root(item: Item) -> bool:
    """``Mutation``, or a subgraph's mutation root under another name (``AftersalesMutation``,
    its roots merged from several modules)."""
    if item.type_name == "Mutation":
        return True
    return item.schema is not None and item.schema.mutation_type is item.type


def roots(item: Item) -> str | None:
    """A subgraph's root types named otherwise than ``Query``/``Mutation``."""
    if item.kind != "TYPE" or item.schema is None:
        return None
    if item.type is item.schema.mutation_type:
        return DESCRIPTIONS["Mutation"]
    if item.type is item.schema.query_type:
        return DESCRIPTIONS["Query"]
    return None


def ids(item: Item) -> str | None:
    if item.kind == "FIELD" and item.field == "id" and isinstance(item.type, GraphQLObjectType):
        if "Node" in {i.name for i in item.type.interfaces}:
            return "Global ID (Relay): opaque; `node(id:)` fetches the object by it."
        return "Global ID (Relay): opaque; the mutations that act on this object take it."
    return None


def timestamps(item: Item) -> str | None:
    if item.kind == "FIELD" and item.field in {"createdAt", "updatedAt"}:
        what = "created" if item.field == "createdAt" else "last changed"
        return f"When the {_words(item.type_name)} was {what} (ISO 8601, UTC)."
    return None


RULES = (
    connections,
    page_arguments,
    total_count,
    errors,
    inputs_and_payloads,
    ids,
    timestamps,
    roots,
)
