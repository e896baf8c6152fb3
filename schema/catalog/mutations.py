"""Catalog: the root mutations (product management, for the merchant's catalog staff)."""

from __future__ import annotations

import strawberry

from resolvers import catalog as uc
from resolvers.errors import CatalogErrorCode as Code
from schema.base import attempt, decode_id, decode_optional_id
from schema.catalog.inputs import (
    CategoryCreateInput,
    ProductCreateInput,
    ProductUpdateInput,
    VariantInput,
    VariantUpdateInput,
)
from schema.catalog.inputs import storefront_ids as _storefront_ids
from schema.catalog.inputs import variant_data as _variant_data
from schema.catalog.objects import Category, Product, Variant
from schema.catalog.payloads import CategoryPayload, ProductPayload, VariantPayload
from schema.context import Info


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def product_create(self, info: Info, input: ProductCreateInput) -> ProductPayload:
        async def run():
            data = uc.ProductData(
                name=input.name,
                description=input.description,
                category_id=decode_optional_id(input.category, "Category", Code, "category"),
                storefront_ids=_storefront_ids(input.storefronts),
                variants=[_variant_data(v, f"variants.{i}") for i, v in enumerate(input.variants)],
                merchant_id=decode_optional_id(input.merchant, "Merchant", Code, "merchant"),
                currency=input.currency,
            )
            return await uc.product_create(info.context.viewer, data)

        row, errors = await attempt(run, Code)
        return ProductPayload(product=row and Product.from_model(row), errors=errors)

    @strawberry.mutation
    async def product_update(
        self, info: Info, id: strawberry.ID, input: ProductUpdateInput
    ) -> ProductPayload:
        async def run():
            data = uc.ProductData(
                name=input.name,
                description=input.description,
                category_id=decode_optional_id(input.category, "Category", Code, "category"),
                storefront_ids=_storefront_ids(input.storefronts),
            )
            return await uc.product_update(
                info.context.viewer, decode_id(id, "Product", Code, "id"), data
            )

        row, errors = await attempt(run, Code)
        return ProductPayload(product=row and Product.from_model(row), errors=errors)

    @strawberry.mutation
    async def product_archive(self, info: Info, id: strawberry.ID) -> ProductPayload:
        async def run():
            return await uc.product_archive(
                info.context.viewer, decode_id(id, "Product", Code, "id")
            )

        row, errors = await attempt(run, Code)
        return ProductPayload(product=row and Product.from_model(row), errors=errors)

    @strawberry.mutation
    async def variant_create(
        self, info: Info, product: strawberry.ID, input: VariantInput
    ) -> VariantPayload:
        async def run():
            return await uc.variant_create(
                info.context.viewer,
                decode_id(product, "Product", Code, "product"),
                _variant_data(input, "input"),
            )

        row, errors = await attempt(run, Code)
        return VariantPayload(variant=row and Variant.from_model(row), errors=errors)

    @strawberry.mutation
    async def variant_update(
        self, info: Info, id: strawberry.ID, input: VariantUpdateInput
    ) -> VariantPayload:
        async def run():
            return await uc.variant_update(
                info.context.viewer,
                decode_id(id, "Variant", Code, "id"),
                price=input.price.amount if input.price else None,
                currency=input.price.currency if input.price else None,
                name=input.name,
                attributes=input.attributes,
                sku=input.sku,
            )

        row, errors = await attempt(run, Code)
        return VariantPayload(variant=row and Variant.from_model(row), errors=errors)

    @strawberry.mutation
    async def variant_archive(self, info: Info, id: strawberry.ID) -> VariantPayload:
        async def run():
            return await uc.variant_archive(
                info.context.viewer, decode_id(id, "Variant", Code, "id")
            )

        row, errors = await attempt(run, Code)
        return VariantPayload(variant=row and Variant.from_model(row), errors=errors)

    @strawberry.mutation
    async def category_create(self, info: Info, input: CategoryCreateInput) -> CategoryPayload:
        async def run():
            return await uc.category_create(
                info.context.viewer,
                input.name,
                input.slug,
                decode_optional_id(input.parent, "Category", Code, "parent"),
            )

        row, errors = await attempt(run, Code)
        return CategoryPayload(category=row and Category.from_model(row), errors=errors)
