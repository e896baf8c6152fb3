"""Descriptions for every public type, field, argument and enum value of the schema.

The descriptions live in catalogues rather than on the type definitions, one per domain
(``schema/<domain>/descriptions.py``, or ``schema/<module>_descriptions.py`` for a domain that
is a single module), plus the generic patterns of ``schema/descriptions_common.py``
(connections, payload errors, error codes...). Each catalogue module has
``DESCRIPTIONS: dict[str, str]`` keyed by

- ``"Type"``: an object, interface, input, enum, union or scalar type;
- ``"Type.field"``: a field of an object or interface, or a field of an input object;
- ``"Type.field(arg)"``: an argument;
- ``"Enum.VALUE"``: an enum value;

and may have ``RULES``: functions ``(Item) -> str | None`` for patterns (any
``*Connection.edges``...). A description given inline on the definition always wins: ``apply``
only fills the items that have none. It works on the graphql-core objects, which both the
introspection and strawberry's SDL printer (the federation ``_service { sdl }``) read.

``python -m schema.descriptions`` lists what still has no description in the composed schema
and in every subgraph (exit status 1 if anything is missing).
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
)


@dataclass(frozen=True)
class Item:
    """One describable item of a schema; ``target`` is the graphql-core object carrying the
    ``description`` (a type, field, argument, input field or enum value)."""

    kind: str  # TYPE, FIELD, ARG or ENUM
    type: GraphQLNamedType
    field: str | None = None
    arg: str | None = None
    value: str | None = None
    target: object = None
    schema: GraphQLSchema | None = None

    @property
    def type_name(self) -> str:
        return self.type.name

    @property
    def key(self) -> str:
        if self.kind == "ENUM":
            return f"{self.type_name}.{self.value}"
        if self.kind == "ARG":
            return f"{self.type_name}.{self.field}({self.arg})"
        if self.kind == "FIELD":
            return f"{self.type_name}.{self.field}"
        return self.type_name


Rule = Callable[[Item], "str | None"]


@dataclass(frozen=True)
class Catalogue:
    descriptions: dict[str, str]
    rules: tuple[Rule, ...] = ()

    def lookup(self, item: Item) -> str | None:
        found = self.descriptions.get(item.key)
        if found:
            return found
        for rule in self.rules:
            found = rule(item)
            if found:
                return found
        return None


def walk(graphql_schema: GraphQLSchema) -> Iterator[Item]:
    """Every describable item of the schema, introspection's own ``__*`` types left out."""
    for name, type_ in sorted(graphql_schema.type_map.items()):
        if name.startswith("__"):
            continue
        on = graphql_schema
        yield Item("TYPE", type_, target=type_, schema=on)
        if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType):
            for field_name, field in type_.fields.items():
                yield Item("FIELD", type_, field_name, target=field, schema=on)
                for arg_name, arg in field.args.items():
                    yield Item("ARG", type_, field_name, arg_name, target=arg, schema=on)
        elif isinstance(type_, GraphQLInputObjectType):
            for field_name, field in type_.fields.items():
                yield Item("FIELD", type_, field_name, target=field, schema=on)
        elif isinstance(type_, GraphQLEnumType):
            for value_name, value in type_.values.items():
                yield Item("ENUM", type_, value=value_name, target=value, schema=on)


def missing(graphql_schema: GraphQLSchema) -> list[Item]:
    """The items that have no description (or only whitespace)."""
    return [item for item in walk(graphql_schema) if not (item.target.description or "").strip()]


def apply(graphql_schema: GraphQLSchema, catalogue: Catalogue | None = None) -> GraphQLSchema:
    """Give every item without a description the catalogue's one; inline descriptions win."""
    catalogue = catalogue or default_catalogue()
    for item in missing(graphql_schema):
        found = catalogue.lookup(item)
        if found:
            item.target.description = found
    return graphql_schema


def _catalogue_modules() -> list[str]:
    """``schema.descriptions_common``, then every ``schema.<domain>.descriptions`` and
    ``schema.<module>_descriptions``, found on disk so a new domain only adds its file."""
    import schema

    names = []
    for info in pkgutil.iter_modules(schema.__path__):
        if info.ispkg:
            sub = importlib.util.find_spec(f"schema.{info.name}.descriptions")
            if sub is not None:
                names.append(f"schema.{info.name}.descriptions")
        elif info.name.endswith("_descriptions"):
            names.append(f"schema.{info.name}")
    return ["schema.descriptions_common", *sorted(names)]


@cache
def default_catalogue() -> Catalogue:
    """All catalogues merged. Two catalogues describing the same key is a mistake (which one
    would win depends on file names), so it fails loudly."""
    descriptions: dict[str, str] = {}
    owners: dict[str, str] = {}
    rules: list[Rule] = []
    for name in _catalogue_modules():
        module = importlib.import_module(name)
        for key, text in getattr(module, "DESCRIPTIONS", {}).items():
            if key in descriptions:
                raise ValueError(f"{key!r} is described by both {owners[key]} and {name}")
            descriptions[key] = text
            owners[key] = name
        rules.extend(getattr(module, "RULES", ()))
    return Catalogue(descriptions, tuple(rules))


def describe(schema):
    """``apply`` on a strawberry schema's graphql-core schema; returns the strawberry schema."""
    apply(schema._schema)
    return schema
