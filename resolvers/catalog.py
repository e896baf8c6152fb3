"""Catalog use cases: storefront browsing and the merchant's product management."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from models.accounts import StaffRole
from models.catalog import Category, Listing, Product, ProductStatus, Variant
from models.inventory import Stock
from models.merchants import Merchant, Storefront
from models.money import quantize
from resolvers.bounds import MAX_UNIT_PRICE
from resolvers.errors import CatalogErrorCode as Code
from resolvers.errors import DomainError
from resolvers.pagination import Page, paginate
from resolvers.permissions import Viewer, merchant_scope, require_merchant_role, require_user

MAX_PRICE = MAX_UNIT_PRICE  # so that no order total overflows its column (bounds)
MAX_VARIANTS = 100


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


@dataclass
class VariantData:
    sku: str
    price: Decimal
    name: str = ""
    attributes: dict = field(default_factory=dict)
    currency: str | None = None


@dataclass
class ProductData:
    name: str | None = None
    description: str | None = None
    category_id: int | None = None
    storefront_ids: list[int] | None = None
    variants: list[VariantData] = field(default_factory=list)
    merchant_id: int | None = None
    currency: str | None = None


# --- reading ------------------------------------------------------------------------------


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


async def category_with_descendants(category_id: int) -> list[int]:
    """The category and every category below it, at any depth (one query: the tree is small)."""
    children: dict[int, list[int]] = {}
    for cid, parent_id in await Category.all().values_list("id", "parent_id"):
        children.setdefault(parent_id, []).append(cid)
    found, todo = {category_id}, [category_id]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:  # a cycle in bad data must not loop forever
                found.add(child)
                todo.append(child)
    return sorted(found)


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
    if flt.search:
        term = flt.search.strip().lower()
        if len(term) > 100:
            raise DomainError(Code.INVALID, "The search text is too long.", "filter.search")
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
    sort: ProductSortField = ProductSortField.NAME,
    descending: bool = False,
    first: int | None = None,
    after: str | None = None,
) -> Page[Product]:
    """Active, priced products listed in a storefront. Public: any viewer may browse."""
    qs = Product.filter(
        status=ProductStatus.ACTIVE,
        price_min__isnull=False,
        id__in=Subquery(Listing.filter(storefront_id=storefront_id).values("product_id")),
    )
    qs = await _apply_filter(qs, flt)
    return await paginate(
        qs, sort_field=sort.value, descending=descending, first=first, after=after, code=Code
    )


async def merchant_products(
    viewer: Viewer,
    merchant_id: int | None,
    flt: ProductFilter,
    include_archived: bool = False,
    first: int | None = None,
    after: str | None = None,
) -> Page[Product]:
    """The back-office product list: staff see their own merchant's, admins any."""
    scope = merchant_scope(viewer, merchant_id, Code)
    qs = Product.all() if scope is None else Product.filter(merchant_id=scope)
    if not include_archived:
        qs = qs.filter(status=ProductStatus.ACTIVE)
    flt.merchant_id = None
    qs = await _apply_filter(qs, flt)
    return await paginate(qs, sort_field="id", descending=True, first=first, after=after, code=Code)


def _may_see_unlisted(viewer: Viewer, product: Product) -> bool:
    return viewer.is_platform_staff or viewer.merchant_id == product.merchant_id


def product_visible(viewer: Viewer, product: Product | None) -> bool:
    """Active products are public; archived ones only for their merchant's staff (and admins).

    The one rule for every way of fetching a product by id (``product``, ``node``, entities),
    so the batched loaders and the single-row use case cannot disagree.
    """
    if product is None:
        return False
    return product.status == ProductStatus.ACTIVE or _may_see_unlisted(viewer, product)


def variant_visible(viewer: Viewer, variant: Variant | None, product: Product | None) -> bool:
    """A variant is public when it and its product are active; otherwise staff only."""
    if variant is None or product is None or variant.product_id != product.id:
        return False
    public = variant.status == ProductStatus.ACTIVE and product.status == ProductStatus.ACTIVE
    return public or _may_see_unlisted(viewer, product)


async def get_product(viewer: Viewer, product_id: int) -> Product | None:
    """A product by id: active ones for everybody, archived ones only for its merchant's staff."""
    product = await Product.get_or_none(id=product_id)
    return product if product_visible(viewer, product) else None


async def get_variant(viewer: Viewer, variant_id: int) -> Variant | None:
    variant = await Variant.get_or_none(id=variant_id).select_related("product")
    if variant is None:
        return None
    return variant if variant_visible(viewer, variant, variant.product) else None


async def categories() -> list[Category]:
    return await Category.all().order_by("name")


# --- validation -----------------------------------------------------------------------------


def _price(value: Decimal | str, field_name: str) -> Decimal:
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError):
        raise DomainError(Code.INVALID, "The price is not a number.", field_name)
    if not amount.is_finite():
        raise DomainError(Code.INVALID, "The price is not a number.", field_name)
    if amount < 0:
        raise DomainError(Code.NEGATIVE_PRICE, "A price cannot be negative.", field_name)
    if amount > MAX_PRICE:
        raise DomainError(Code.INVALID, "The price is too large.", field_name)
    if amount != quantize(amount):
        raise DomainError(Code.INVALID, "A price has at most two decimal places.", field_name)
    return quantize(amount)


def _text(value: str | None, field_name: str, max_len: int, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise DomainError(Code.INVALID, "This cannot be empty.", field_name)
    if len(value) > max_len:
        raise DomainError(Code.INVALID, f"At most {max_len} characters.", field_name)
    return value


async def _validate_variant(
    data: VariantData, currency: str, field_prefix: str, own_id: int | None = None
) -> dict:
    sku = _text(data.sku, f"{field_prefix}.sku", 64, required=True)
    clash = Variant.filter(sku=sku)
    if own_id is not None:
        clash = clash.exclude(id=own_id)
    if await clash.exists():
        raise DomainError(Code.DUPLICATE_SKU, f"SKU '{sku}' is taken.", f"{field_prefix}.sku")
    if data.currency and data.currency != currency:
        raise DomainError(
            Code.CURRENCY_MISMATCH,
            f"The product is priced in {currency}.",
            f"{field_prefix}.price.currency",
        )
    if not isinstance(data.attributes, dict):
        raise DomainError(
            Code.INVALID, "Attributes are a JSON object.", f"{field_prefix}.attributes"
        )
    return {
        "sku": sku,
        "name": _text(data.name, f"{field_prefix}.name", 200),
        "price_amount": _price(data.price, f"{field_prefix}.price"),
        "currency": currency,
        "attributes": data.attributes,
    }


async def _check_refs(data: ProductData) -> None:
    if data.category_id is not None and not await Category.filter(id=data.category_id).exists():
        raise DomainError(Code.NOT_FOUND, "No such category.", "category")
    if data.storefront_ids:
        wanted = set(data.storefront_ids)
        if await Storefront.filter(id__in=wanted).count() != len(wanted):
            raise DomainError(Code.NOT_FOUND, "No such storefront.", "storefronts")


# --- writing --------------------------------------------------------------------------------


async def refresh_product_derived(product: Product) -> None:
    """Recompute the denormalised cheapest price and search text after a change."""
    variants = await Variant.filter(product_id=product.id, status=ProductStatus.ACTIVE)
    product.price_min = min((v.price_amount for v in variants), default=None)
    skus = " ".join(v.sku for v in variants)
    product.search_text = f"{product.name} {product.description} {skus}".lower()
    await product.save(update_fields=["price_min", "search_text", "updated_at"])


async def _set_listings(product: Product, storefront_ids: list[int]) -> None:
    await Listing.filter(product_id=product.id).exclude(storefront_id__in=storefront_ids).delete()
    have = set(await Listing.filter(product_id=product.id).values_list("storefront_id", flat=True))
    await Listing.bulk_create(
        [Listing(product_id=product.id, storefront_id=s) for s in storefront_ids if s not in have]
    )


def _owner_merchant(viewer: Viewer, requested: int | None) -> int:
    require_user(viewer, Code)
    if viewer.is_admin and requested is not None:
        return requested
    if viewer.merchant_id is None:
        raise DomainError(Code.PERMISSION_DENIED, "Only merchant staff may do this.")
    if requested is not None and requested != viewer.merchant_id:
        raise DomainError(Code.PERMISSION_DENIED, "You are not staff of this merchant.", "merchant")
    return viewer.merchant_id


async def product_create(viewer: Viewer, data: ProductData) -> Product:
    merchant_id = _owner_merchant(viewer, data.merchant_id)
    require_merchant_role(viewer, merchant_id, [StaffRole.CATALOG], Code)
    merchant = await Merchant.get_or_none(id=merchant_id)
    if merchant is None:
        raise DomainError(Code.NOT_FOUND, "No such merchant.", "merchant")
    name = _text(data.name, "name", 200, required=True)
    currency = (data.currency or "CNY").upper()
    if len(currency) != 3 or not currency.isalpha():
        raise DomainError(Code.INVALID, "A currency is a three-letter ISO code.", "currency")
    if len(data.variants) > MAX_VARIANTS:
        raise DomainError(Code.INVALID, f"At most {MAX_VARIANTS} variants.", "variants")
    await _check_refs(data)
    skus = [v.sku for v in data.variants]
    if len(set(skus)) != len(skus):
        raise DomainError(Code.DUPLICATE_SKU, "Two variants share a SKU.", "variants")
    rows = [
        await _validate_variant(v, currency, f"variants.{i}") for i, v in enumerate(data.variants)
    ]
    description = _text(data.description, "description", 10000)
    try:
        async with in_transaction():
            product = await Product.create(
                merchant_id=merchant_id,
                category_id=data.category_id,
                name=name,
                description=description,
                currency=currency,
            )
            await Variant.bulk_create([Variant(product_id=product.id, **row) for row in rows])
            await _set_listings(product, data.storefront_ids or [])
            await refresh_product_derived(product)
    except IntegrityError:
        await _raise_if_sku_taken([row["sku"] for row in rows], "variants")
        raise
    return product


async def _raise_if_sku_taken(skus: list[str], field_name: str) -> None:
    """After a unique violation: DUPLICATE_SKU if a concurrent request took one of ``skus``."""
    if skus and await Variant.filter(sku__in=skus).exists():
        raise DomainError(Code.DUPLICATE_SKU, "A SKU was taken meanwhile.", field_name)


async def _own_product(viewer: Viewer, product_id: int) -> Product:
    require_user(viewer, Code)
    product = await Product.get_or_none(id=product_id)
    # Another merchant's product answers exactly like a missing one: ids do not leak.
    if product is None or not _may_see_unlisted(viewer, product):
        raise DomainError(Code.NOT_FOUND, "No such product.", "id")
    require_merchant_role(viewer, product.merchant_id, [StaffRole.CATALOG], Code)
    return product


async def product_update(viewer: Viewer, product_id: int, data: ProductData) -> Product:
    product = await _own_product(viewer, product_id)
    await _check_refs(data)
    async with in_transaction():
        if data.name is not None:
            product.name = _text(data.name, "name", 200, required=True)
        if data.description is not None:
            product.description = _text(data.description, "description", 10000)
        if data.category_id is not None:
            product.category_id = data.category_id
        await product.save()
        if data.storefront_ids is not None:
            await _set_listings(product, data.storefront_ids)
        await refresh_product_derived(product)
    return product


async def product_archive(viewer: Viewer, product_id: int) -> Product:
    product = await _own_product(viewer, product_id)
    product.status = ProductStatus.ARCHIVED
    await product.save(update_fields=["status", "updated_at"])
    return product


async def variant_create(viewer: Viewer, product_id: int, data: VariantData) -> Variant:
    product = await _own_product(viewer, product_id)
    row = await _validate_variant(data, product.currency, "input")
    try:
        async with in_transaction():
            variant = await Variant.create(product_id=product.id, **row)
            await refresh_product_derived(product)
    except IntegrityError:
        await _raise_if_sku_taken([row["sku"]], "input.sku")
        raise
    return variant


async def _own_variant(viewer: Viewer, variant_id: int) -> Variant:
    require_user(viewer, Code)
    variant = await Variant.get_or_none(id=variant_id).select_related("product")
    if variant is None or not _may_see_unlisted(viewer, variant.product):
        raise DomainError(Code.NOT_FOUND, "No such variant.", "id")
    require_merchant_role(viewer, variant.product.merchant_id, [StaffRole.CATALOG], Code)
    return variant


async def variant_update(
    viewer: Viewer,
    variant_id: int,
    *,
    price: Decimal | None = None,
    name: str | None = None,
    attributes: dict | None = None,
    sku: str | None = None,
    currency: str | None = None,
) -> Variant:
    """Change a variant; ``currency`` (of the new price) must be the product's if given."""
    variant = await _own_variant(viewer, variant_id)
    data = VariantData(
        sku=sku if sku is not None else variant.sku,
        price=price if price is not None else variant.price_amount,
        name=name if name is not None else variant.name,
        attributes=attributes if attributes is not None else variant.attributes,
        currency=currency,
    )
    row = await _validate_variant(data, variant.product.currency, "input", own_id=variant.id)
    try:
        async with in_transaction():
            await Variant.filter(id=variant.id).update(**row)
            await refresh_product_derived(variant.product)
    except IntegrityError:
        if await Variant.filter(sku=row["sku"]).exclude(id=variant.id).exists():
            raise DomainError(Code.DUPLICATE_SKU, "A SKU was taken meanwhile.", "input.sku")
        raise
    return await Variant.get(id=variant.id)


async def variant_archive(viewer: Viewer, variant_id: int) -> Variant:
    variant = await _own_variant(viewer, variant_id)
    async with in_transaction():
        variant.status = ProductStatus.ARCHIVED
        await variant.save(update_fields=["status", "updated_at"])
        await refresh_product_derived(variant.product)
    return variant


async def category_create(viewer: Viewer, name: str, slug: str, parent_id: int | None) -> Category:
    from resolvers.permissions import require_admin

    require_admin(viewer, Code)
    name = _text(name, "name", 120, required=True)
    slug = _text(slug, "slug", 120, required=True).lower()
    if await Category.filter(slug=slug).exists():
        raise DomainError(Code.DUPLICATE_SLUG, "This slug is taken.", "slug")
    if parent_id is not None and not await Category.filter(id=parent_id).exists():
        raise DomainError(Code.NOT_FOUND, "No such parent category.", "parent")
    return await Category.create(name=name, slug=slug, parent_id=parent_id)
