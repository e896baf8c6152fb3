"""Catalog: the query and mutation inputs, and their decoding."""

from __future__ import annotations

from decimal import Decimal

import strawberry
from strawberry.scalars import JSON

from resolvers import catalog as uc
from resolvers.errors import CatalogErrorCode as Code
from schema.base import MoneyInput, decode_id, decode_optional_id
from schema.catalog.enums import ProductSortField, SortDirection


@strawberry.input
class ProductFilterInput:
    category: strawberry.ID | None = None
    merchant: strawberry.ID | None = None
    search: str | None = None
    min_price: Decimal | None = None
    max_price: Decimal | None = None
    in_stock: bool | None = None


@strawberry.input
class ProductSortInput:
    field: ProductSortField = ProductSortField.NAME
    direction: SortDirection = SortDirection.ASC


@strawberry.input
class VariantInput:
    sku: str
    price: MoneyInput
    name: str = ""
    attributes: JSON | None = None


@strawberry.input
class ProductCreateInput:
    name: str
    description: str = ""
    category: strawberry.ID | None = None
    storefronts: list[strawberry.ID] = strawberry.field(default_factory=list)
    variants: list[VariantInput] = strawberry.field(default_factory=list)
    currency: str | None = None
    merchant: strawberry.ID | None = strawberry.field(
        default=None, description="Admins only; staff create products for their own merchant."
    )


@strawberry.input
class ProductUpdateInput:
    name: str | None = None
    description: str | None = None
    category: strawberry.ID | None = None
    storefronts: list[strawberry.ID] | None = None


@strawberry.input
class VariantUpdateInput:
    sku: str | None = None
    name: str | None = None
    price: MoneyInput | None = None
    attributes: JSON | None = None


@strawberry.input
class CategoryCreateInput:
    name: str
    slug: str
    parent: strawberry.ID | None = None


def product_filter(flt: ProductFilterInput | None) -> uc.ProductFilter:
    if flt is None:
        return uc.ProductFilter()
    return uc.ProductFilter(
        category_id=decode_optional_id(flt.category, "Category", Code, "filter.category"),
        merchant_id=decode_optional_id(flt.merchant, "Merchant", Code, "filter.merchant"),
        search=flt.search,
        min_price=flt.min_price,
        max_price=flt.max_price,
        in_stock=flt.in_stock,
    )


def variant_data(v: VariantInput, prefix: str) -> uc.VariantData:
    return uc.VariantData(
        sku=v.sku,
        price=v.price.amount,
        currency=v.price.currency,
        name=v.name,
        attributes=v.attributes if v.attributes is not None else {},
    )


def storefront_ids(ids: list[strawberry.ID] | None) -> list[int] | None:
    if ids is None:
        return None
    return [decode_id(i, "Storefront", Code, f"storefronts.{n}") for n, i in enumerate(ids)]
