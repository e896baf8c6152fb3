"""Writing products: create (with its variants and listings), update, archive; and the
denormalised cheapest price and search text every catalog write refreshes."""

from __future__ import annotations

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.accounts import StaffRole
from models.catalog import Listing, Product, ProductStatus, Variant
from models.merchants import Merchant
from resolvers.catalog.validation import (
    MAX_VARIANTS,
    ProductData,
    check_refs,
    text,
    validate_variant,
)
from resolvers.catalog.visibility import may_see_unlisted
from resolvers.errors import CatalogErrorCode as Code
from resolvers.errors import DomainError
from resolvers.permissions import Viewer, require_merchant_role, require_user


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
    name = text(data.name, "name", 200, required=True)
    currency = (data.currency or "CNY").upper()
    if len(currency) != 3 or not currency.isalpha():
        raise DomainError(Code.INVALID, "A currency is a three-letter ISO code.", "currency")
    if len(data.variants) > MAX_VARIANTS:
        raise DomainError(Code.INVALID, f"At most {MAX_VARIANTS} variants.", "variants")
    await check_refs(data, currency)
    skus = [v.sku for v in data.variants]
    if len(set(skus)) != len(skus):
        raise DomainError(Code.DUPLICATE_SKU, "Two variants share a SKU.", "variants")
    rows = [
        await validate_variant(v, currency, f"variants.{i}") for i, v in enumerate(data.variants)
    ]
    description = text(data.description, "description", 10000)
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
        await raise_if_sku_taken([row["sku"] for row in rows], "variants")
        raise
    return product


async def raise_if_sku_taken(skus: list[str], field_name: str) -> None:
    """After a unique violation: DUPLICATE_SKU if a concurrent request took one of ``skus``."""
    if skus and await Variant.filter(sku__in=skus).exists():
        raise DomainError(Code.DUPLICATE_SKU, "A SKU was taken meanwhile.", field_name)


async def own_product(viewer: Viewer, product_id: int) -> Product:
    require_user(viewer, Code)
    product = await Product.get_or_none(id=product_id)
    # Another merchant's product answers exactly like a missing one: ids do not leak.
    if product is None or not may_see_unlisted(viewer, product):
        raise DomainError(Code.NOT_FOUND, "No such product.", "id")
    require_merchant_role(viewer, product.merchant_id, [StaffRole.CATALOG], Code)
    return product


async def product_update(viewer: Viewer, product_id: int, data: ProductData) -> Product:
    product = await own_product(viewer, product_id)
    await check_refs(data, product.currency)
    async with in_transaction():
        if data.name is not None:
            product.name = text(data.name, "name", 200, required=True)
        if data.description is not None:
            product.description = text(data.description, "description", 10000)
        if data.category_id is not None:
            product.category_id = data.category_id
        await product.save()
        if data.storefront_ids is not None:
            await _set_listings(product, data.storefront_ids)
        await refresh_product_derived(product)
    return product


async def product_archive(viewer: Viewer, product_id: int) -> Product:
    product = await own_product(viewer, product_id)
    product.status = ProductStatus.ARCHIVED
    await product.save(update_fields=["status", "updated_at"])
    return product
