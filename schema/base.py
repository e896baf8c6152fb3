"""Types every domain shares: Money, UserError, connections, global IDs, payload helpers."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable, Iterable
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Generic, TypeVar

import strawberry
from graphql import GraphQLError
from strawberry import relay
from strawberry.relay.types import GlobalIDValueError
from strawberry.types.base import StrawberryObjectDefinition
from strawberry.types.cast import cast as strawberry_cast
from strawberry.types.nodes import SelectedField
from strawberry.utils.await_maybe import await_maybe

from resolvers.errors import DomainError, recode
from resolvers.pagination import MAX_ID, Page

T = TypeVar("T")

shareable_type = strawberry.federation.type


@strawberry.federation.type(shareable=True, description="An amount of money in a currency.")
class Money:
    amount: Decimal
    currency: str


def money(amount: Decimal | None, currency: str) -> Money | None:
    return None if amount is None else Money(amount=amount, currency=currency)


@strawberry.input(description="An amount; the currency defaults to the product's.")
class MoneyInput:
    amount: Decimal
    currency: str | None = None


@strawberry.interface(description="A refusal a client can act on: which input and why.")
class UserError:
    field: str | None = strawberry.field(description="The input field at fault, if any.")
    message: str


_error_types: dict[type[Enum], type] = {}


def error_type(code_enum: type[Enum], name: str) -> type:
    """The GraphQL error type ``<Domain>Error { code field message }`` for a code enum."""
    if code_enum in _error_types:
        return _error_types[code_enum]
    gql_enum = strawberry.enum(code_enum, name=f"{name}Code")
    cls = type(name, (UserError,), {"__annotations__": {"code": gql_enum}})
    cls = strawberry.federation.type(cls, shareable=True)
    _error_types[code_enum] = cls
    return cls


def to_error(error: DomainError, code_enum: type[Enum]) -> Any:
    error = recode(error, code_enum)
    cls = _error_types[code_enum]
    return cls(code=error.code, field=error.field, message=error.message)


async def attempt(call: Callable[[], Awaitable[T]], code_enum: type[Enum]) -> tuple[T | None, list]:
    """Run a use case; a DomainError becomes the payload's ``errors`` list."""
    try:
        return await call(), []
    except DomainError as err:
        return None, [to_error(err, code_enum)]


# --- global IDs -------------------------------------------------------------------------------


def global_id(type_name: str, pk: int) -> strawberry.ID:
    return strawberry.ID(str(relay.GlobalID(type_name, str(pk))))


def decode_id(
    value: str | None, expected: str | tuple[str, ...], code_enum: type[Enum], field: str
) -> int:
    """The integer primary key in a global ID of the expected type, or an INVALID error."""
    expected_types = (expected,) if isinstance(expected, str) else expected
    try:
        gid = relay.GlobalID.from_id(value or "")
        pk = int(gid.node_id)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise DomainError(code_enum("invalid"), "This is not a valid ID.", field)
    if not 0 < pk <= MAX_ID:  # no row has it, and the database would choke on it
        raise DomainError(code_enum("invalid"), "This is not a valid ID.", field)
    if gid.type_name not in expected_types:
        raise DomainError(
            code_enum("invalid"), f"Expected the ID of a {' or '.join(expected_types)}.", field
        )
    return pk


def parse_pk(node_id: Any) -> int | None:
    """The primary key in a relay node id, or None when it cannot be one (``node`` -> null)."""
    try:
        pk = int(node_id)
    except (TypeError, ValueError):
        return None
    return pk if 0 < pk <= MAX_ID else None


async def load_nodes(loader: Any, node_ids: Iterable[Any]) -> list[Any]:
    """Rows for relay node ids through a DataLoader, in order; None for impossible ids."""
    pks = [parse_pk(i) for i in node_ids]
    rows = iter(await loader.load_many([pk for pk in pks if pk is not None]))
    return [next(rows) if pk is not None else None for pk in pks]


INVALID_ID = "INVALID_ID"


def node_type_for(info: Any, global_id: str) -> tuple[type[relay.Node], int] | None:
    """The Node class and primary key a global ID names, None when no object can have it (a
    type that is not a Node of this schema, a key that is not a possible primary key).
    Raises a GraphQL error with code INVALID_ID when the value is not a global ID at all."""
    try:
        gid = relay.GlobalID.from_id(global_id)
    except (GlobalIDValueError, ValueError, TypeError):
        raise GraphQLError("This is not a valid ID.", extensions={"code": INVALID_ID}) from None
    definition = info.schema.get_type_by_name(gid.type_name)
    origin = getattr(definition, "origin", None)
    if not (
        isinstance(definition, StrawberryObjectDefinition)
        and isinstance(origin, type)
        and issubclass(origin, relay.Node)
    ):
        return None
    pk = parse_pk(gid.node_id)
    return None if pk is None else (origin, pk)


async def _node(
    info: strawberry.Info,
    id: Annotated[strawberry.ID, strawberry.argument(description="The ID of the object.")],
) -> relay.Node | None:
    target = node_type_for(info, id)
    if target is None:
        return None
    cls, pk = target
    node = await await_maybe(cls.resolve_node(str(pk), info=info, required=False))
    return None if node is None else strawberry_cast(cls, node)


def node_field(description: str) -> Any:
    """The ``node(id:)`` root field. Like ``relay.node()``, except that an ID that names no
    possible object (an unknown or non-Node type, a key that is not a primary key) answers
    null and one that does not decode is an ``INVALID_ID`` error: a client's mistake, where
    strawberry's field raises an internal error. A fresh field per call (a field object
    cannot be shared between two schemas)."""
    return strawberry.field(resolver=_node, description=description)


def decode_optional_id(
    value: str | None, expected: str | tuple[str, ...], code_enum: type[Enum], field: str
) -> int | None:
    return None if value is None else decode_id(value, expected, code_enum, field)


def _b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


# --- connections ------------------------------------------------------------------------------


@strawberry.federation.type(shareable=True)
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.federation.type(shareable=True)
class Edge(Generic[T]):
    cursor: str
    node: T


TOTAL_COUNT_DESCRIPTION = (
    "How many items the listing has: exact up to 1,000; above that, on PostgreSQL, the "
    "query planner's row estimate (EXPLAIN, from the table statistics). Computed only when "
    "selected: leave it out for a cheaper page."
)


@strawberry.federation.type(shareable=True)
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    total_count: int = strawberry.field(description=TOTAL_COUNT_DESCRIPTION)

    @strawberry.field(description="The nodes of the edges, for clients that need no cursors.")
    def nodes(self) -> list[T]:
        return [e.node for e in self.edges]


def _selects(selections: Iterable[Any], name: str) -> bool:
    """Whether ``name`` is among these fields, looking into fragments but not sub-fields."""
    for selection in selections:
        if isinstance(selection, SelectedField):
            if selection.name == name:
                return True
        elif _selects(selection.selections, name):  # a fragment spread or inline fragment
            return True
    return False


def wants_total(info: Any) -> bool:
    """Whether the query selects the connection's ``totalCount`` (directly or in a fragment):
    the use case then counts the listing's rows, which a page alone does not need."""
    return any(_selects(field.selections, "totalCount") for field in info.selected_fields)


def connection(page: Page, convert: Callable[[Any], T]) -> Connection[T]:
    edges = [
        Edge(cursor=c, node=convert(item)) for item, c in zip(page.items, page.cursors, strict=True)
    ]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=page.has_next_page,
            has_previous_page=page.has_previous_page,
            start_cursor=page.cursors[0] if page.cursors else None,
            end_cursor=page.cursors[-1] if page.cursors else None,
        ),
        total_count=page.total_count or 0,  # None: not selected, so never sent
    )


def address_data(address: Any) -> dict:
    """An address input (checkout's ``AddressInput``, ``OrderAddressInput``) as stored."""
    return {
        "name": address.name,
        "phone": address.phone,
        "city": address.city,
        "street": address.street,
        "district": address.district,
        "postalCode": address.postal_code,
        "country": address.country,
        "province": address.province,
        "provinceCode": address.province_code,
        "cityCode": address.city_code,
        "districtCode": address.district_code,
    }
