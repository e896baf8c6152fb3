"""Reading the catalog: storefronts, the storefront's product search (filters, sorting, pages),
the merchant's back-office list, and one product or variant by id.

A storefront search (``filter.search``) with no sort order chosen comes in relevance order:
the best-ranked of a bounded window of matches (``SEARCH_WINDOW``; the rank and the window are
described in ``models.repository.catalog_search``), keyset-paginated on (rank, id). A total is
counted only when the caller asks (``with_total``; see ``resolvers.pagination.count_total``)
and is of every match, the window aside.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from tortoise.expressions import F, Subquery
from tortoise.queryset import QuerySet

from models.catalog import Listing, Product, ProductStatus, Variant
from models.inventory import Stock
from models.merchants import Storefront
from models.repository.catalog_search import ranked_products
from resolvers.catalog.categories import category_with_descendants
from resolvers.catalog.visibility import product_visible, variant_visible
from resolvers.errors import CatalogErrorCode as Code
from resolvers.errors import DomainError
from resolvers.pagination import (
    Page,
    bad_cursor,
    check_page_size,
    count_total,
    decode_cursor,
    encode_cursor,
    paginate,
)
from resolvers.permissions import Viewer, merchant_scope

# How many matches of a search are ranked (those the index yields first): the cost of a page
# of a common word stays that of this many rows, whatever the catalog's size.
SEARCH_WINDOW = 1000


class ProductSortField(Enum):
    NAME = "name"
    PRICE = "price_min"
    CREATED_AT = "created_at"


@dataclass
class ProductFilter:
    category_id: int | None = None
    merchant_id: int | None = None
    search: str | None = None
    min_price: Decimal | None = None
    max_price: Decimal | None = None
    in_stock: bool | None = None


async def storefronts() -> list[Storefront]:
    return await Storefront.all().order_by("id")


async def storefront_by_code(code: str) -> Storefront:
    sf = await Storefront.get_or_none(code=code)
    if sf is None:
        raise DomainError(Code.NOT_FOUND, f"No storefront '{code}'.", "storefront")
    return sf


def _in_stock_product_ids() -> Subquery:
    return Subquery(
        Stock.filter(on_hand__gt=F("reserved"), variant__status=ProductStatus.ACTIVE).values(
            "variant__product_id"
        )
    )


def _search_term(flt: ProductFilter) -> str | None:
    """The search text as matched (trimmed, lower-cased), None when there is none."""
    if not flt.search:
        return None
    term = flt.search.strip().lower()
    if len(term) > 100:
        raise DomainError(Code.INVALID, "The search text is too long.", "filter.search")
    return term or None


async def _ranked(
    qs: QuerySet, term: str, first: int | None, after: str | None, with_total: bool
) -> Page[Product]:
    """A page of the search's matches in relevance order (see the module's doc)."""
    size = check_page_size(first, Code)
    position = None
    if after:
        rank, row_id = decode_cursor(after, Code)
        if type(rank) is not int:  # a cursor of another order (a name, a price...)
            raise bad_cursor(Code)
        position = (rank, row_id)
    rows = await ranked_products(qs, term, window=SEARCH_WINDOW, limit=size + 1, after=position)
    has_next = len(rows) > size
    rows = rows[:size]
    cursors = [encode_cursor(rank, product.id) for product, rank in rows]
    total = await count_total(qs) if with_total else None
    return Page([p for p, _ in rows], cursors, has_next, bool(after), total)


async def _apply_filter(qs: QuerySet, flt: ProductFilter) -> QuerySet:
    for value, name in ((flt.min_price, "minPrice"), (flt.max_price, "maxPrice")):
        if value is not None and not value.is_finite():
            raise DomainError(Code.INVALID, "A price filter is a number.", f"filter.{name}")
    if flt.min_price is not None and flt.max_price is not None and flt.min_price > flt.max_price:
        raise DomainError(Code.INVALID, "minPrice is above maxPrice.", "filter.minPrice")
    if flt.category_id is not None:
        qs = qs.filter(category_id__in=await category_with_descendants(flt.category_id))
    if flt.merchant_id is not None:
        qs = qs.filter(merchant_id=flt.merchant_id)
    term = _search_term(flt)
    if term:
        qs = qs.filter(search_text__contains=term)
    if flt.min_price is not None:
        qs = qs.filter(price_min__gte=flt.min_price)
    if flt.max_price is not None:
        qs = qs.filter(price_min__lte=flt.max_price)
    if flt.in_stock is True:
        qs = qs.filter(id__in=_in_stock_product_ids())
    elif flt.in_stock is False:
        qs = qs.exclude(id__in=_in_stock_product_ids())
    return qs


async def storefront_products(
    storefront_id: int,
    flt: ProductFilter,
    sort: ProductSortField | None = None,
    descending: bool = False,
    first: int | None = None,
    after: str | None = None,
    with_total: bool = True,
) -> Page[Product]:
    """Active, priced products listed in a storefront. Public: any viewer may browse.
    ``sort`` None: by relevance when searching, by name otherwise."""
    qs = Product.filter(
        status=ProductStatus.ACTIVE,
        price_min__isnull=False,
        id__in=Subquery(Listing.filter(storefront_id=storefront_id).values("product_id")),
    )
    qs = await _apply_filter(qs, flt)
    term = _search_term(flt)
    if sort is None and term:
        return await _ranked(qs, term, first, after, with_total)
    return await paginate(
        qs,
        sort_field=(sort or ProductSortField.NAME).value,
        descending=descending,
        first=first,
        after=after,
        code=Code,
        with_total=with_total,
    )


async def merchant_products(
    viewer: Viewer,
    merchant_id: int | None,
    flt: ProductFilter,
    include_archived: bool = False,
    first: int | None = None,
    after: str | None = None,
    with_total: bool = True,
) -> Page[Product]:
    """The back-office product list: staff see their own merchant's, admins any."""
    scope = merchant_scope(viewer, merchant_id, Code)
    qs = Product.all() if scope is None else Product.filter(merchant_id=scope)
    if not include_archived:
        qs = qs.filter(status=ProductStatus.ACTIVE)
    flt.merchant_id = None
    qs = await _apply_filter(qs, flt)
    return await paginate(
        qs,
        sort_field="id",
        descending=True,
        first=first,
        after=after,
        code=Code,
        with_total=with_total,
    )


async def get_product(viewer: Viewer, product_id: int) -> Product | None:
    """A product by id: active ones for everybody, archived ones only for its merchant's staff."""
    product = await Product.get_or_none(id=product_id)
    return product if product_visible(viewer, product) else None


async def get_variant(viewer: Viewer, variant_id: int) -> Variant | None:
    variant = await Variant.get_or_none(id=variant_id).select_related("product")
    if variant is None:
        return None
    return variant if variant_visible(viewer, variant, variant.product) else None
