"""Catalog: the root query fields (storefront browsing, the back-office list)."""

from __future__ import annotations

import strawberry

from resolvers import batches
from resolvers import catalog as uc
from resolvers.errors import CatalogErrorCode as Code
from schema.base import Connection, connection, decode_id, decode_optional_id, wants_total
from schema.catalog.enums import ProductSortField, SortDirection
from schema.catalog.inputs import ProductFilterInput, ProductSortInput
from schema.catalog.inputs import product_filter as _filter
from schema.catalog.objects import Category, Product, Storefront, Variant
from schema.context import Info

_SORT = {
    ProductSortField.NAME: uc.ProductSortField.NAME,
    ProductSortField.PRICE: uc.ProductSortField.PRICE,
    ProductSortField.CREATED_AT: uc.ProductSortField.CREATED_AT,
}


def _product_connection(info: Info, page) -> Connection[Product]:
    """The page as a connection; its rows also fill the request's product loader, so fields
    that need a variant's product (``product``, the ``stocks`` access check) cost no query."""
    info.context.loader("product", batches.products).prime_many({p.id: p for p in page.items})
    return connection(page, Product.from_model)


@strawberry.type
class Query:
    @strawberry.field
    async def storefronts(self) -> list[Storefront]:
        return [Storefront.from_model(s) for s in await uc.storefronts()]

    @strawberry.field
    async def categories(self) -> list[Category]:
        return [Category.from_model(c) for c in await uc.categories()]

    @strawberry.field(
        description="Products listed in a storefront (by its code), for shoppers. A search "
        "(`filter.search`) without `sortBy` comes best match first (the name is the text, "
        "starts with it, contains it; then how close the name is), ranking the first 1,000 "
        "matches; without a search, by name."
    )
    async def products(
        self,
        info: Info,
        storefront: str,
        filter: ProductFilterInput | None = None,
        sort_by: ProductSortInput | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Product]:
        sf = await uc.storefront_by_code(storefront)
        page = await uc.storefront_products(
            sf.id,
            _filter(filter),
            _SORT[sort_by.field] if sort_by else None,
            sort_by is not None and sort_by.direction == SortDirection.DESC,
            first,
            after,
            wants_total(info),
        )
        return _product_connection(info, page)

    @strawberry.field(description="The back-office product list of a merchant (staff: their own).")
    async def merchant_products(
        self,
        info: Info,
        merchant: strawberry.ID | None = None,
        filter: ProductFilterInput | None = None,
        include_archived: bool = False,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Product]:
        page = await uc.merchant_products(
            info.context.viewer,
            decode_optional_id(merchant, "Merchant", Code, "merchant"),
            _filter(filter),
            include_archived,
            first,
            after,
            wants_total(info),
        )
        return _product_connection(info, page)

    @strawberry.field
    async def product(self, info: Info, id: strawberry.ID) -> Product | None:
        row = await uc.get_product(info.context.viewer, decode_id(id, "Product", Code, "id"))
        return row and Product.from_model(row)

    @strawberry.field
    async def variant(self, info: Info, id: strawberry.ID) -> Variant | None:
        row = await uc.get_variant(info.context.viewer, decode_id(id, "Variant", Code, "id"))
        return row and Variant.from_model(row)
