"""Catalog: what the catalog mutations return."""

from __future__ import annotations

import strawberry

from schema.catalog.enums import CatalogError
from schema.catalog.objects import Category, Product, Variant


@strawberry.type
class ProductPayload:
    product: Product | None
    errors: list[CatalogError]


@strawberry.type
class VariantPayload:
    variant: Variant | None
    errors: list[CatalogError]


@strawberry.type
class CategoryPayload:
    category: Category | None
    errors: list[CatalogError]
