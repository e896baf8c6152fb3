"""Catalog: merchants, storefronts, categories, products and variants.

Storefront browsing is public; product management is for the merchant's catalog staff.

- ``enums``: the product status, storefront policy and sorting enums, and ``CatalogError``;
- ``objects``: the object types (``Merchant``, ``Storefront``, ``Category``, ``Product``,
  ``Variant``), each loading what it links to through the request's DataLoaders;
- ``inputs``: the filter, sort and mutation inputs and their decoding; ``payloads``: what
  mutations return;
- ``queries``: the root ``Query`` fields; ``mutations``: the root ``Mutation`` fields.

This package re-exports the names other modules import (``from schema.catalog import
Merchant, Variant``), and ``types``, the entity types ``schema.build`` adds to the schema (the
object types live in ``objects``: a submodule named ``types`` would clash with that list).
"""

from schema.catalog.enums import (
    CatalogError,
    ProductSortField,
    ProductStatus,
    SortDirection,
    StorefrontPolicy,
)
from schema.catalog.inputs import (
    CategoryCreateInput,
    ProductCreateInput,
    ProductFilterInput,
    ProductSortInput,
    ProductUpdateInput,
    VariantInput,
    VariantUpdateInput,
)
from schema.catalog.mutations import Mutation
from schema.catalog.objects import Category, Merchant, Product, Storefront, Variant
from schema.catalog.payloads import CategoryPayload, ProductPayload, VariantPayload
from schema.catalog.queries import Query

types = [Merchant, Storefront, Category, Product, Variant]

__all__ = [
    "CatalogError",
    "Category",
    "CategoryCreateInput",
    "CategoryPayload",
    "Merchant",
    "Mutation",
    "Product",
    "ProductCreateInput",
    "ProductFilterInput",
    "ProductPayload",
    "ProductSortField",
    "ProductSortInput",
    "ProductStatus",
    "ProductUpdateInput",
    "Query",
    "SortDirection",
    "Storefront",
    "StorefrontPolicy",
    "Variant",
    "VariantInput",
    "VariantPayload",
    "VariantUpdateInput",
    "types",
]
