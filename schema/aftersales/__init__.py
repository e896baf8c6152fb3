"""Aftersales: cases on merchant orders (returns, refunds, exchanges, reships).

- ``enums``: the case type, status and resolution enums, and ``AftersalesError``;
- ``objects``: the object types (``AftersalesCase``, ``AftersalesCaseLine``); the case also
  loads an order's cases for ``MerchantOrder.aftersalesCases`` (``AftersalesCase.of_order``,
  which orders reaches through a lazy reference: aftersales builds on orders, not back);
- ``inputs``: the mutation inputs and their decoding; ``payloads``: what mutations return;
- ``queries``: the root ``Query`` fields; ``mutations``: the root ``Mutation`` fields;
- ``tickets``: customer-service tickets (their own objects, inputs, queries, mutations),
  merged into this subgraph's roots.

This package re-exports the names other modules import, and ``types``, the entity types
``schema.build`` adds to the schema (the object types live in ``objects``: a submodule named
``types`` would clash with that list).
"""

from strawberry.tools import merge_types

from schema.aftersales import tickets
from schema.aftersales.enums import (
    AftersalesCaseResolution,
    AftersalesCaseStatus,
    AftersalesCaseType,
    AftersalesError,
)
from schema.aftersales.inputs import (
    AftersalesCaseApproveInput,
    AftersalesCaseCloseInput,
    AftersalesCaseInspectInput,
    AftersalesCaseLineInput,
    AftersalesCaseOpenInput,
    AftersalesCaseReceiveInput,
    AftersalesCaseRejectInput,
    AftersalesCaseResolveInput,
    AftersalesCaseReturnShipInput,
    AftersalesInspectionLineInput,
)
from schema.aftersales.mutations import Mutation as CaseMutation
from schema.aftersales.objects import AftersalesCase, AftersalesCaseLine
from schema.aftersales.payloads import AftersalesCasePayload
from schema.aftersales.queries import Query as CaseQuery

# The subgraph's roots: cases, and customer-service tickets (``schema.aftersales.tickets``).
Query = merge_types("AftersalesQuery", (CaseQuery, tickets.Query))
Mutation = merge_types("AftersalesMutation", (CaseMutation, tickets.Mutation))

types = [AftersalesCase, tickets.Ticket]

__all__ = [
    "AftersalesCase",
    "AftersalesCaseApproveInput",
    "AftersalesCaseCloseInput",
    "AftersalesCaseInspectInput",
    "AftersalesCaseLine",
    "AftersalesCaseLineInput",
    "AftersalesCaseOpenInput",
    "AftersalesCasePayload",
    "AftersalesCaseReceiveInput",
    "AftersalesCaseRejectInput",
    "AftersalesCaseResolution",
    "AftersalesCaseResolveInput",
    "AftersalesCaseReturnShipInput",
    "AftersalesCaseStatus",
    "AftersalesCaseType",
    "AftersalesError",
    "AftersalesInspectionLineInput",
    "Mutation",
    "Query",
    "types",
]
