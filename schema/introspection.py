"""Who may introspect the schema (``PLAZA_INTROSPECTION``): ``all`` (the default outside
production), ``staff`` (signed-in platform or merchant staff only; the production default) or
``off``. ``__typename`` is always allowed: clients need it to tell union members apart."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import ExecutionResult as GraphQLExecutionResult
from graphql import FieldNode, FragmentSpreadNode, GraphQLError, InlineFragmentNode
from graphql.utilities import get_operation_ast
from strawberry.extensions import SchemaExtension

INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED"
_META_FIELDS = ("__schema", "__type")


def _introspects(document: Any, operation_name: str | None) -> bool:
    """Whether the operation selects ``__schema`` or ``__type`` (root fields only exist at the
    root, possibly through fragments)."""
    operation = get_operation_ast(document, operation_name)
    if operation is None:
        return False
    fragments = {d.name.value: d for d in document.definitions if hasattr(d, "type_condition")}
    todo, seen = [operation.selection_set], set()
    while todo:
        for selection in todo.pop().selections or ():
            if isinstance(selection, FieldNode):
                if selection.name.value in _META_FIELDS:
                    return True
            elif isinstance(selection, InlineFragmentNode):
                todo.append(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name not in seen and name in fragments:
                    seen.add(name)
                    todo.append(fragments[name].selection_set)
    return False


def may_introspect(mode: str, viewer: Any) -> bool:
    if mode == "all":
        return True
    if mode == "staff":
        return viewer is not None and (
            viewer.is_platform_staff or getattr(viewer, "merchant_id", None) is not None
        )
    return False


class IntrospectionPolicy(SchemaExtension):
    """Refuse ``__schema``/``__type`` to viewers the mode does not allow, before execution."""

    def __init__(self, *, mode: str = "all") -> None:
        self.mode = mode

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        if (
            self.mode != "all"
            and context.graphql_document is not None
            and not context.result
            and _introspects(context.graphql_document, context.operation_name)
            and not may_introspect(self.mode, getattr(context.context, "viewer", None))
        ):
            context.result = GraphQLExecutionResult(
                data=None,
                errors=[
                    GraphQLError(
                        "Introspection is not available to this client.",
                        extensions={"code": INTROSPECTION_DISABLED},
                    )
                ],
            )
        yield
