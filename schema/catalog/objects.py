"""Catalog: the object types (merchants, storefronts, categories, products, variants)."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from models.catalog import Category as CategoryModel
from models.catalog import Product as ProductModel
from models.catalog import ProductStatus as ProductStatusModel
from models.catalog import Variant as VariantModel
from models.merchants import Merchant as MerchantModel
from models.merchants import Storefront as StorefrontModel
from resolvers import batches
from resolvers import catalog as uc
from resolvers import reviews as reviews_uc
from resolvers.errors import CatalogErrorCode as Code
from resolvers.errors import DomainError
from schema.base import Connection, Money, connection, load_nodes, money, wants_total
from schema.catalog.enums import ProductStatus, StorefrontPolicy
from schema.context import Info
from schema.inventory import StockLevel
from schema.reviews.objects import Review


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
    rating_count: int = strawberry.field(description="How many visible reviews it has.")
    merchant_pk: strawberry.Private[int]
    category_pk: strawberry.Private[int | None]
    rating_sum: strawberry.Private[int]

    @strawberry.field(description="The visible reviews' average rating (null: none yet).")
    def rating_average(self) -> float | None:
        return round(self.rating_sum / self.rating_count, 2) if self.rating_count > 0 else None

    @strawberry.field(description="Visible reviews, newest first; `rating`: only those stars.")
    async def reviews(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        rating: int | None = None,
    ) -> Connection[Review]:
        key = reviews_uc.page_key(
            self.id,
            first=first,
            after=after,
            rating=rating,
            with_total=wants_total(info),
            rating_count=self.rating_count,
        )
        page = await info.context.loader("review_pages", reviews_uc.review_pages).load(key)
        return connection(page, Review.from_model)

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
            rating_count=max(m.rating_count, 0),
            merchant_pk=m.merchant_id,
            category_pk=m.category_id,
            rating_sum=m.rating_sum,
        )

    @classmethod
    async def resolve_nodes(cls, *, info: Info, node_ids, required: bool = False):
        """Batched: ``node`` and federation entities fetch many products in one query."""
        viewer = info.context.viewer
        rows = await load_nodes(info.context.loader("product", batches.products), node_ids)
        return [cls.from_model(r) if uc.product_visible(viewer, r) else None for r in rows]
