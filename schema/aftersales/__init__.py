"""Aftersales: cases on merchant orders (returns, refunds, exchanges, reships).

- ``enums``: the case type, status and resolution enums, and ``AftersalesError``;
- ``objects``: the object types (``AftersalesCase``, ``AftersalesCaseLine``); the case also
  loads an order's cases for ``MerchantOrder.aftersalesCases`` (``AftersalesCase.of_order``,
  which orders reaches through a lazy reference: aftersales builds on orders, not back);
- ``inputs``: the mutation inputs and their decoding; ``payloads``: what mutations return;
- ``queries``: the root ``Query`` fields; ``mutations``: the root ``Mutation`` fields.

This package re-exports the names other modules import, and ``types``, the entity types
``schema.build`` adds to the schema (the object types live in ``objects``: a submodule named
``types`` would clash with that list).
"""

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
from schema.aftersales.mutations import Mutation
from schema.aftersales.objects import AftersalesCase, AftersalesCaseLine
from schema.aftersales.payloads import AftersalesCasePayload
from schema.aftersales.queries import Query

types = [AftersalesCase]

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
