"""What a product or variant write carries (``ProductData``, ``VariantData``) and the checks on
it: prices, texts, SKUs, currencies, and the category and storefronts it names (a product is
listed only where its currency is the storefront's: ``resolvers.currency``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from models.catalog import Category, Product, Variant
from models.merchants import Storefront
from models.money import quantize
from resolvers.bounds import MAX_UNIT_PRICE
from resolvers.currency import require_currency
from resolvers.errors import CatalogErrorCode as Code
from resolvers.errors import DomainError

MAX_PRICE = MAX_UNIT_PRICE  # so that no order total overflows its column (bounds)
MAX_VARIANTS = 100


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


def parse_price(value: Decimal | str, field_name: str) -> Decimal:
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


def text(value: str | None, field_name: str, max_len: int, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise DomainError(Code.INVALID, "This cannot be empty.", field_name)
    if len(value) > max_len:
        raise DomainError(Code.INVALID, f"At most {max_len} characters.", field_name)
    return value


async def validate_variant(
    data: VariantData, currency: str, field_prefix: str, own_id: int | None = None
) -> dict:
    sku = text(data.sku, f"{field_prefix}.sku", 64, required=True)
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
        "name": text(data.name, f"{field_prefix}.name", 200),
        "price_amount": parse_price(data.price, f"{field_prefix}.price"),
        "currency": currency,
        "attributes": data.attributes,
    }


async def check_refs(data: ProductData, currency: str) -> None:
    """The category and storefronts named exist, and each storefront sells in ``currency``
    (the product's): CURRENCY_MISMATCH on ``storefronts.<i>`` otherwise."""
    if data.category_id is not None and not await Category.filter(id=data.category_id).exists():
        raise DomainError(Code.NOT_FOUND, "No such category.", "category")
    if data.storefront_ids:
        wanted = set(data.storefront_ids)
        found = dict(
            await Storefront.filter(id__in=wanted).values_list("id", "currency")  # type: ignore[arg-type]
        )
        if len(found) != len(wanted):
            raise DomainError(Code.NOT_FOUND, "No such storefront.", "storefronts")
        for i, storefront_id in enumerate(data.storefront_ids):
            require_currency(found[storefront_id], currency, f"storefronts.{i}", Code)


async def check_listed_currency(product: Product, field_name: str) -> None:
    """A variant priced (in the product's currency) for a product listed in a storefront of
    another currency (old data, or a storefront whose currency changed): CURRENCY_MISMATCH."""
    currencies = await Storefront.filter(listings__product_id=product.id).values_list(
        "currency", flat=True
    )
    for currency in sorted(set(currencies)):
        require_currency(currency, product.currency, field_name, Code)
