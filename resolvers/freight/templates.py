"""A merchant's freight templates: create, change, delete, list; which one a product uses and
which is the merchant's default (owners and ``logistics`` staff; platform admins).

Region codes are GB/T 2260 division codes: six digits, a province's ending in ``0000``, a
city's in ``00`` (anything else is a district). Amounts are money (two decimals, >= 0); units
are kilograms (weight basis) or items (piece basis), > 0 for the first unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from tortoise.transactions import in_transaction

from models.accounts import StaffRole
from models.catalog import Product, Variant
from models.freight import FreightBasis, ShippingTemplate
from models.merchants import Merchant
from models.regions import regions
from resolvers.errors import DomainError, clean_text
from resolvers.errors import FreightErrorCode as Code
from resolvers.permissions import Viewer, merchant_scope, require_merchant_role

ROLES = frozenset({StaffRole.LOGISTICS})
PRODUCT_ROLES = frozenset({StaffRole.LOGISTICS, StaffRole.CATALOG})  # a product's template
MAX_TEMPLATES = 50
MAX_RULES = 40
MAX_REGIONS = 400
DIVISION = re.compile(r"^[1-9][0-9]{5}$")
MAX_AMOUNT = Decimal("100000")


@dataclass
class RegionRule:
    regions: list[str]
    first_unit: str
    first_price: str
    additional_unit: str
    additional_price: str
    free_over: str | None = None


@dataclass
class TemplateData:
    """What a create or an update gives (None: unchanged on update)."""

    name: str | None = None
    basis: FreightBasis | None = None
    is_default: bool | None = None
    first_unit: str | None = None
    first_price: str | None = None
    additional_unit: str | None = None
    additional_price: str | None = None
    free_over: str | None = None
    clear_free_over: bool = False
    rules: list[RegionRule] | None = None
    unserved: list[str] | None = None
    eta_days: int | None = None
    extra: dict = field(default_factory=dict)


def is_division_code(code: str) -> bool:
    """A six-digit code of the shape GB/T 2260 gives, and in the list the project ships."""
    return isinstance(code, str) and bool(DIVISION.match(code)) and code in regions().by_code


def _merchant_for(viewer: Viewer, merchant_id: int | None) -> int:
    merchant = merchant_scope(viewer, merchant_id, Code)
    if merchant is None:
        raise DomainError(Code.INVALID, "Name the merchant.", "merchant")
    require_merchant_role(viewer, merchant, ROLES, Code)
    return merchant


def _amount(value: str | None, fld: str, *, money: bool, positive: bool = False) -> Decimal:
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise DomainError(Code.INVALID, "A decimal number.", fld)
    places = 2 if money else 3
    if (
        not amount.is_finite()
        or amount < 0
        or (positive and amount == 0)
        or amount > MAX_AMOUNT
        or amount != amount.quantize(Decimal(1).scaleb(-places))
    ):
        low = "more than 0" if positive else "at least 0"
        raise DomainError(
            Code.INVALID, f"A number {low}, at most {MAX_AMOUNT}, {places} decimals.", fld
        )
    return amount.quantize(Decimal(1).scaleb(-places))


def _codes(codes: list[str], fld: str) -> list[str]:
    if len(codes) > MAX_REGIONS:
        raise DomainError(Code.LIMIT_EXCEEDED, f"At most {MAX_REGIONS} regions.", fld)
    for i, code in enumerate(codes):
        if not is_division_code(code):
            raise DomainError(
                Code.INVALID_REGION,
                f"'{code}' is not a division code of the region list (six digits; a "
                "province's end in 0000, a city's in 00).",
                f"{fld}.{i}",
            )
    return sorted(set(codes))


def _rules(rules: list[RegionRule]) -> list[dict]:
    if len(rules) > MAX_RULES:
        raise DomainError(Code.LIMIT_EXCEEDED, f"At most {MAX_RULES} region rules.", "rules")
    seen: set[str] = set()
    out = []
    for i, rule in enumerate(rules):
        at = f"rules.{i}"
        if not rule.regions:
            raise DomainError(Code.INVALID, "A rule names at least one region.", f"{at}.regions")
        regions = _codes(rule.regions, f"{at}.regions")
        twice = seen.intersection(regions)
        if twice:
            raise DomainError(
                Code.INVALID_REGION, f"{min(twice)} is in two rules.", f"{at}.regions"
            )
        seen.update(regions)
        free = rule.free_over
        out.append(
            {
                "regions": regions,
                "firstUnit": str(
                    _amount(rule.first_unit, f"{at}.firstUnit", money=False, positive=True)
                ),
                "firstPrice": str(_amount(rule.first_price, f"{at}.firstPrice", money=True)),
                "additionalUnit": str(
                    _amount(rule.additional_unit, f"{at}.additionalUnit", money=False)
                ),
                "additionalPrice": str(
                    _amount(rule.additional_price, f"{at}.additionalPrice", money=True)
                ),
                "freeOver": None
                if free is None
                else str(_amount(free, f"{at}.freeOver", money=True)),
            }
        )
    return out


def _changes(data: TemplateData, creating: bool) -> dict:
    changes: dict = {}
    if creating or data.name is not None:
        changes["name"] = clean_text(data.name, "name", Code, required=True, limit=80)
    if data.basis is not None:
        changes["basis"] = FreightBasis(data.basis)
    if data.is_default is not None:
        changes["is_default"] = data.is_default
    for key, money, positive in (
        ("first_unit", False, True),
        ("first_price", True, False),
        ("additional_unit", False, False),
        ("additional_price", True, False),
    ):
        value = getattr(data, key)
        if value is None:
            if creating:
                raise DomainError(Code.INVALID, "Required.", _camel(key))
            continue
        changes[key] = _amount(value, _camel(key), money=money, positive=positive)
    if data.free_over is not None:
        changes["free_over"] = _amount(data.free_over, "freeOver", money=True)
    elif data.clear_free_over:
        changes["free_over"] = None
    if data.rules is not None:
        changes["rules"] = _rules(data.rules)
    if data.unserved is not None:
        changes["unserved"] = _codes(data.unserved, "unserved")
    if data.eta_days is not None:
        if not 0 <= data.eta_days <= 60:
            raise DomainError(Code.INVALID, "0 to 60 days.", "etaDays")
        changes["eta_days"] = data.eta_days
    return changes


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


async def _own_template(viewer: Viewer, template_id: int) -> ShippingTemplate:
    """The template if the viewer may manage it; NOT_FOUND otherwise (another merchant's is
    not told apart from none)."""
    template = await ShippingTemplate.get_or_none(id=template_id)
    if template is None or not (
        viewer.is_admin
        or (
            viewer.merchant_id == template.merchant_id
            and viewer.staff_roles & (ROLES | {StaffRole.OWNER})
        )
    ):
        raise DomainError(Code.NOT_FOUND, "No such shipping template.", "id")
    return template


async def shipping_template_create(
    viewer: Viewer, merchant_id: int | None, data: TemplateData
) -> ShippingTemplate:
    merchant = _merchant_for(viewer, merchant_id)
    changes = _changes(data, creating=True)
    async with in_transaction():
        if not await Merchant.filter(id=merchant).select_for_update().exists():
            raise DomainError(Code.NOT_FOUND, "No such merchant.", "merchant")
        if await ShippingTemplate.filter(merchant_id=merchant).count() >= MAX_TEMPLATES:
            raise DomainError(
                Code.LIMIT_EXCEEDED, f"A merchant has at most {MAX_TEMPLATES} templates.", None
            )
        if changes.get("is_default"):
            await ShippingTemplate.filter(merchant_id=merchant).update(is_default=False)
        return await ShippingTemplate.create(merchant_id=merchant, **changes)


async def shipping_template_update(
    viewer: Viewer, template_id: int, data: TemplateData
) -> ShippingTemplate:
    template = await _own_template(viewer, template_id)
    changes = _changes(data, creating=False)
    async with in_transaction():
        await Merchant.filter(id=template.merchant_id).select_for_update().exists()
        if changes.get("is_default"):
            await (
                ShippingTemplate.filter(merchant_id=template.merchant_id)
                .exclude(id=template.id)
                .update(is_default=False)
            )
        if changes:
            await ShippingTemplate.filter(id=template.id).update(**changes)
    await template.refresh_from_db()
    return template


async def shipping_template_delete(viewer: Viewer, template_id: int) -> ShippingTemplate:
    """Delete it; its products go back to the merchant's default."""
    template = await _own_template(viewer, template_id)
    await template.delete()
    return template


async def shipping_templates(viewer: Viewer, merchant_id: int | None) -> list[ShippingTemplate]:
    merchant = _merchant_for(viewer, merchant_id)
    return await ShippingTemplate.filter(merchant_id=merchant).order_by("id")


async def product_shipping_template_set(
    viewer: Viewer, product_id: int, template_id: int | None
) -> Product:
    """The template that prices the product's shipping (None: the merchant's default)."""
    product = await Product.get_or_none(id=product_id)
    if product is None or not (
        viewer.is_admin
        or (
            viewer.merchant_id == product.merchant_id
            and viewer.staff_roles & (PRODUCT_ROLES | {StaffRole.OWNER})
        )
    ):
        raise DomainError(Code.NOT_FOUND, "No such product.", "product")
    if template_id is not None:
        template = await ShippingTemplate.get_or_none(id=template_id)
        if template is None or template.merchant_id != product.merchant_id:
            raise DomainError(Code.NOT_FOUND, "No such shipping template.", "template")
    await Product.filter(id=product.id).update(shipping_template_id=template_id)
    product.shipping_template_id = template_id
    return product


MAX_WEIGHT_GRAMS = 1_000_000  # a tonne


async def variant_weight_set(viewer: Viewer, variant_id: int, weight_grams: int) -> Variant:
    """A variant's shipping weight per unit (grams), for weight-priced templates."""
    variant = await Variant.get_or_none(id=variant_id).select_related("product")
    if variant is None or not (
        viewer.is_admin
        or (
            viewer.merchant_id == variant.product.merchant_id
            and viewer.staff_roles & (PRODUCT_ROLES | {StaffRole.OWNER})
        )
    ):
        raise DomainError(Code.NOT_FOUND, "No such variant.", "variant")
    if not 0 <= weight_grams <= MAX_WEIGHT_GRAMS:
        raise DomainError(Code.INVALID, f"0 to {MAX_WEIGHT_GRAMS} grams.", "weightGrams")
    await Variant.filter(id=variant.id).update(weight_grams=weight_grams)
    variant.weight_grams = weight_grams
    return variant
