"""Writing variants: add one to a product, change it (SKU, price, name, attributes), archive it."""

from __future__ import annotations

from decimal import Decimal

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.accounts import StaffRole
from models.catalog import ProductStatus, Variant
from resolvers.catalog.products import own_product, raise_if_sku_taken, refresh_product_derived
from resolvers.catalog.validation import VariantData, check_listed_currency, validate_variant
from resolvers.catalog.visibility import may_see_unlisted
from resolvers.errors import CatalogErrorCode as Code
from resolvers.errors import DomainError
from resolvers.permissions import Viewer, require_merchant_role, require_user


async def variant_create(viewer: Viewer, product_id: int, data: VariantData) -> Variant:
    product = await own_product(viewer, product_id)
    row = await validate_variant(data, product.currency, "input")
    await check_listed_currency(product, "input.price")
    try:
        async with in_transaction():
            variant = await Variant.create(product_id=product.id, **row)
            await refresh_product_derived(product)
    except IntegrityError:
        await raise_if_sku_taken([row["sku"]], "input.sku")
        raise
    return variant


async def _own_variant(viewer: Viewer, variant_id: int) -> Variant:
    require_user(viewer, Code)
    variant = await Variant.get_or_none(id=variant_id).select_related("product")
    if variant is None or not may_see_unlisted(viewer, variant.product):
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
    row = await validate_variant(data, variant.product.currency, "input", own_id=variant.id)
    if price is not None or currency is not None:
        await check_listed_currency(variant.product, "input.price")
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
