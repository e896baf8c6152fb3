"""Catalog: merchants, storefronts, categories, products and variants.

Storefront browsing is public; product management is for the merchant's catalog staff.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import Enum

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from models.catalog import Category as CategoryModel
from models.catalog import Product as ProductModel
from models.catalog import ProductStatus as ProductStatusModel
from models.catalog import Variant as VariantModel
from models.merchants import Merchant as MerchantModel
from models.merchants import Storefront as StorefrontModel
from models.merchants import StorefrontPolicyName
from resolvers import batches
from resolvers import catalog as uc
from resolvers.errors import CatalogErrorCode as Code
from resolvers.errors import DomainError
from schema.base import (
    Connection,
    Money,
    MoneyInput,
    attempt,
    connection,
    decode_id,
    decode_optional_id,
    error_type,
    load_nodes,
    money,
)
from schema.context import Info
from schema.inventory import StockLevel

CatalogError = error_type(Code, "CatalogError")
ProductStatus = strawberry.enum(ProductStatusModel, name="ProductStatus")
StorefrontPolicy = strawberry.enum(StorefrontPolicyName, name="StorefrontPolicy")


@strawberry.enum
class ProductSortField(Enum):
    NAME = "name"
    PRICE = "price"
    CREATED_AT = "created_at"


@strawberry.enum
class SortDirection(Enum):
    ASC = "asc"
    DESC = "desc"


_SORT = {
    ProductSortField.NAME: uc.ProductSortField.NAME,
    ProductSortField.PRICE: uc.ProductSortField.PRICE,
    ProductSortField.CREATED_AT: uc.ProductSortField.CREATED_AT,
}


@strawberry.federation.type(keys=["id"], shareable=True)
class Merchant(relay.Node):
    id: relay.NodeID[int]
    name: str
    slug: str

    @classmethod
    def from_model(cls, m: MerchantModel) -> Merchant:
        return cls(id=m.id, name=m.name, slug=m.slug)

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        rows = await load_nodes(info.context.loader("merchant", batches.merchants), node_ids)
        return [r and cls.from_model(r) for r in rows]


@strawberry.federation.type(keys=["id"], shareable=True)
class Storefront(relay.Node):
    id: relay.NodeID[int]
    code: str
    name: str
    policy: StorefrontPolicy
    currency: str

    @classmethod
    def from_model(cls, m: StorefrontModel) -> Storefront:
        return cls(id=m.id, code=m.code, name=m.name, policy=m.policy, currency=m.currency)

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        rows = await load_nodes(info.context.loader("storefront", batches.storefronts), node_ids)
        return [r and cls.from_model(r) for r in rows]


@strawberry.federation.type(keys=["id"], shareable=True)
class Category(relay.Node):
    id: relay.NodeID[int]
    name: str
    slug: str
    parent_pk: strawberry.Private[int | None]

    @strawberry.field
    async def parent(self, info: Info) -> Category | None:
        if self.parent_pk is None:
            return None
        row = await info.context.loader("category", batches.categories).load(self.parent_pk)
        return row and Category.from_model(row)

    @classmethod
    def from_model(cls, m: CategoryModel) -> Category:
        return cls(id=m.id, name=m.name, slug=m.slug, parent_pk=m.parent_id)

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        rows = await load_nodes(info.context.loader("category", batches.categories), node_ids)
        return [r and cls.from_model(r) for r in rows]


def _staff_of(info: Info, merchant_id: int) -> bool:
    viewer = info.context.viewer
    return viewer.is_platform_staff or viewer.merchant_id == merchant_id


@strawberry.federation.type(keys=["id"], shareable=True)
class Variant(relay.Node):
    id: relay.NodeID[int]
    sku: str
    name: str
    price: Money
    attributes: JSON
    status: ProductStatus
    product_pk: strawberry.Private[int]

    @strawberry.field
    async def product(self, info: Info) -> Product:
        row = await info.context.loader("product", batches.products).load(self.product_pk)
        return Product.from_model(row)

    @strawberry.field(description="Units that can be ordered now, over all warehouses.")
    async def quantity_available(self, info: Info) -> int:
        stocks = await info.context.loader("stocks_by_variant", batches.stocks_by_variant).load(
            self.id
        )
        return sum(max(s.on_hand - s.reserved, 0) for s in stocks)

    @strawberry.field(description="Stock per warehouse; only the merchant's staff see it.")
    async def stocks(self, info: Info) -> list[StockLevel]:
        product = await info.context.loader("product", batches.products).load(self.product_pk)
        if not _staff_of(info, product.merchant_id):
            raise DomainError(Code.PERMISSION_DENIED, "Only the merchant's staff see stock levels.")
        stocks = await info.context.loader("stocks_by_variant", batches.stocks_by_variant).load(
            self.id
        )
        return [StockLevel.from_model(s) for s in stocks]

    @classmethod
    def from_model(cls, m: VariantModel) -> Variant:
        return cls(
            id=m.id,
            sku=m.sku,
            name=m.name,
            price=Money(amount=m.price_amount, currency=m.currency),
            attributes=m.attributes,
            status=m.status,
            product_pk=m.product_id,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        """Batched: ``node`` and federation entities fetch many variants in two queries."""
        viewer = info.context.viewer
        rows = await load_nodes(info.context.loader("variant", batches.variants), node_ids)
        products = await info.context.loader("product", batches.products).load_many(
            [r.product_id for r in rows if r is not None]
        )
        by_id = {p.id: p for p in products if p is not None}
        return [
            cls.from_model(r)
            if r is not None and uc.variant_visible(viewer, r, by_id.get(r.product_id))
            else None
            for r in rows
        ]


@strawberry.federation.type(keys=["id"], shareable=True)
class Product(relay.Node):
    id: relay.NodeID[int]
    name: str
    description: str
    status: ProductStatus
    created_at: datetime
    updated_at: datetime
    price_from: Money | None = strawberry.field(description="The cheapest active variant's price.")
    merchant_pk: strawberry.Private[int]
    category_pk: strawberry.Private[int | None]

    @strawberry.field
    async def merchant(self, info: Info) -> Merchant:
        row = await info.context.loader("merchant", batches.merchants).load(self.merchant_pk)
        return Merchant.from_model(row)

    @strawberry.field
    async def category(self, info: Info) -> Category | None:
        if self.category_pk is None:
            return None
        row = await info.context.loader("category", batches.categories).load(self.category_pk)
        return row and Category.from_model(row)

    @strawberry.field(description="Active variants; the merchant's staff also see archived ones.")
    async def variants(self, info: Info) -> list[Variant]:
        rows = await info.context.loader("variants_by_product", batches.variants_by_product).load(
            self.id
        )
        show_all = _staff_of(info, self.merchant_pk)
        return [
            Variant.from_model(v) for v in rows if show_all or v.status == ProductStatusModel.ACTIVE
        ]

    @strawberry.field(description="The storefronts this product is listed in.")
    async def storefronts(self, info: Info) -> list[Storefront]:
        rows = await info.context.loader(
            "storefronts_by_product", batches.storefronts_by_product
        ).load(self.id)
        return [Storefront.from_model(s) for s in rows]

    @strawberry.field
    async def in_stock(self, info: Info) -> bool:
        """Whether an active variant can be ordered (as the ``inStock`` filter decides)."""
        variants = await self.variants(info)
        active = [v.id for v in variants if v.status == ProductStatusModel.ACTIVE]
        loader = info.context.loader("stocks_by_variant", batches.stocks_by_variant)
        for stocks in await loader.load_many(active):
            if any(s.on_hand > s.reserved for s in stocks):
                return True
        return False

    @classmethod
    def from_model(cls, m: ProductModel) -> Product:
        return cls(
            id=m.id,
            name=m.name,
            description=m.description,
            status=m.status,
            created_at=m.created_at,
            updated_at=m.updated_at,
            price_from=money(m.price_min, m.currency),
            merchant_pk=m.merchant_id,
            category_pk=m.category_id,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        """Batched: ``node`` and federation entities fetch many products in one query."""
        viewer = info.context.viewer
        rows = await load_nodes(info.context.loader("product", batches.products), node_ids)
        return [cls.from_model(r) if uc.product_visible(viewer, r) else None for r in rows]


# --- inputs -----------------------------------------------------------------------------------


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


def _filter(flt: ProductFilterInput | None) -> uc.ProductFilter:
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


def _variant_data(v: VariantInput, prefix: str) -> uc.VariantData:
    return uc.VariantData(
        sku=v.sku,
        price=v.price.amount,
        currency=v.price.currency,
        name=v.name,
        attributes=v.attributes if v.attributes is not None else {},
    )


def _product_connection(info: Info, page) -> Connection[Product]:
    """The page as a connection; its rows also fill the request's product loader, so fields
    that need a variant's product (``product``, the ``stocks`` access check) cost no query."""
    info.context.loader("product", batches.products).prime_many({p.id: p for p in page.items})
    return connection(page, Product.from_model)


def _storefront_ids(ids: list[strawberry.ID] | None) -> list[int] | None:
    if ids is None:
        return None
    return [decode_id(i, "Storefront", Code, f"storefronts.{n}") for n, i in enumerate(ids)]


# --- queries and mutations --------------------------------------------------------------------


@strawberry.type
class Query:
    @strawberry.field
    async def storefronts(self) -> list[Storefront]:
        return [Storefront.from_model(s) for s in await uc.storefronts()]

    @strawberry.field
    async def categories(self) -> list[Category]:
        return [Category.from_model(c) for c in await uc.categories()]

    @strawberry.field(description="Products listed in a storefront (by its code), for shoppers.")
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
        sort = sort_by or ProductSortInput()
        page = await uc.storefront_products(
            sf.id,
            _filter(filter),
            _SORT[sort.field],
            sort.direction == SortDirection.DESC,
            first,
            after,
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


types = [Merchant, Storefront, Category, Product, Variant]
