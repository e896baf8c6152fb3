"""Query cost analysis: an operation that asks for too much is refused before it runs.

The depth, alias and token limits bound the *shape* of a document, not what it asks the
server to produce: 30 aliases of ``products(first: 100)`` with nested variant lists stay
within all three and answer megabytes. The cost estimates the objects an operation can
return:

- every field whose type is an object (or interface, union) counts 1 for each time it can be
  resolved, i.e. multiplied by the page sizes of the connections and lists around it
  (scalar fields are free: their cost is in the object that holds them);
- a field with a ``first`` argument (a connection) multiplies what is under it by ``first``
  (its literal or variable value, capped to ``MAX_PAGE_SIZE``; ``DEFAULT_PAGE_SIZE`` when
  absent). The ``edges``/``nodes`` lists of a connection are that page, not another factor;
- any other list of objects multiplies what is under it by ``DEFAULT_LIST_SIZE``.

So ``products(first: 100) { edges { node { name } } }`` costs 1 + 100 + 100 = 201. An
operation over the budget (``PLAZA_MAX_QUERY_COST``) gets one GraphQL error with
``extensions.code = QUERY_TOO_EXPENSIVE`` and its cost and budget, and no resolver runs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from graphql import ExecutionResult as GraphQLExecutionResult
from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    get_nullable_type,
    is_composite_type,
)
from graphql.utilities import get_operation_ast
from strawberry.extensions import SchemaExtension

from resolvers.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

QUERY_TOO_EXPENSIVE = "QUERY_TOO_EXPENSIVE"
DEFAULT_MAX_COST = 50_000
# A plain list (a product's variants, an order's lines) has no page size; a few items is typical.
DEFAULT_LIST_SIZE = 3


class _Estimator:
    def __init__(
        self,
        schema: GraphQLSchema,
        fragments: Mapping[str, FragmentDefinitionNode],
        variables: Mapping[str, Any],
        budget: int,
    ) -> None:
        self.schema = schema
        self.fragments = fragments
        self.variables = variables
        self.budget = budget

    def _fields(
        self, selections: SelectionSetNode, parent: Any, seen: frozenset[str]
    ) -> Iterator[tuple[FieldNode, Any]]:
        """The fields of a selection set with their parent type, through fragments."""
        for selection in selections.selections or ():
            if isinstance(selection, FieldNode):
                yield selection, parent
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                target = self.schema.get_type(condition.name.value) if condition else parent
                yield from self._fields(selection.selection_set, target or parent, seen)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in seen:  # validation refuses both; be safe
                    continue
                target = self.schema.get_type(fragment.type_condition.name.value) or parent
                yield from self._fields(fragment.selection_set, target, seen | {name})

    def _page_size(self, node: FieldNode) -> int | None:
        """``first`` of a connection field (None: the field takes no ``first``)."""
        for argument in node.arguments or ():
            if argument.name.value != "first":
                continue
            value: Any = None
            if isinstance(argument.value, IntValueNode):
                value = int(argument.value.value)
            elif isinstance(argument.value, VariableNode):
                value = self.variables.get(argument.value.name.value)
            if isinstance(value, int) and not isinstance(value, bool):
                return min(max(value, 1), MAX_PAGE_SIZE)
            return DEFAULT_PAGE_SIZE
        return None

    def cost(
        self, selections: SelectionSetNode, parent: Any, multiplier: int, seen=frozenset()
    ) -> int:
        total = 0
        for node, parent_type in self._fields(selections, parent, seen):
            if not isinstance(parent_type, GraphQLObjectType | GraphQLInterfaceType):
                continue  # a union: only __typename, and inline fragments handled above
            definition = parent_type.fields.get(node.name.value)
            if definition is None:  # __typename, __schema, __type
                if node.name.value in ("__schema", "__type"):
                    total += multiplier
                continue
            named = get_named_type(definition.type)
            if not is_composite_type(named) or node.selection_set is None:
                continue
            takes_first = "first" in definition.args
            first = self._page_size(node) if takes_first else None
            if takes_first and first is None:
                first = DEFAULT_PAGE_SIZE
            is_list = isinstance(get_nullable_type(definition.type), GraphQLList)
            in_connection = parent_type.name.endswith("Connection")
            if is_list and not in_connection:
                count = multiplier * (first or DEFAULT_LIST_SIZE)
                inner = count
            else:
                count = multiplier  # one object (a connection, or a page's edges/nodes)
                inner = multiplier * first if first else multiplier
            total += count + self.cost(node.selection_set, named, inner, seen)
            if total > self.budget:  # no need to count further: the answer is "too much"
                return total
        return total


def query_cost(
    schema: GraphQLSchema,
    document: Any,
    operation_name: str | None = None,
    variables: Mapping[str, Any] | None = None,
    budget: int = 2**62,
) -> int:
    """The estimated cost of the operation (see the module docstring); counting stops once
    it passes ``budget``."""
    operation = get_operation_ast(document, operation_name)
    if operation is None:
        return 0
    root = schema.get_root_type(operation.operation)
    if root is None:
        return 0
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    estimator = _Estimator(schema, fragments, variables or {}, budget)
    return estimator.cost(operation.selection_set, root, 1)


class QueryCostLimiter(SchemaExtension):
    """Refuse an operation whose cost is over ``max_cost`` before it executes."""

    def __init__(self, *, max_cost: int = DEFAULT_MAX_COST) -> None:
        self.max_cost = max_cost

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        if self.max_cost > 0 and context.graphql_document is not None and not context.result:
            cost = query_cost(
                context.schema._schema,
                context.graphql_document,
                context.operation_name,
                context.variables,
                budget=self.max_cost,
            )
            if cost > self.max_cost:
                context.result = GraphQLExecutionResult(
                    data=None,
                    errors=[
                        GraphQLError(
                            f"The query is too expensive: it costs at least {cost}, over the "
                            f"budget of {self.max_cost} (objects it can return: fields times "
                            "the page sizes around them). Ask for smaller pages or fewer "
                            "fields.",
                            extensions={
                                "code": QUERY_TOO_EXPENSIVE,
                                "cost": cost,
                                "budget": self.max_cost,
                            },
                        )
                    ],
                )
        yield
