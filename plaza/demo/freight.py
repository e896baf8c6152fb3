"""Demo freight templates: two mall merchants price shipping like Chinese shops do.

* Lumen Electronics (Shenzhen), by weight: 1 kg 12.00 + 4.00 per extra 0.5 kg; Guangdong
  (440000) 6.00 + 2.00; Shenzhen itself (440300) free; free over 299.00 everywhere; no delivery
  to Tibet (540000) or Xinjiang (650000). Its variants weigh 300 g to 2.3 kg (by SKU order).
* Silk & Thread (Hangzhou), by pieces: 8.00 the first + 2.00 each; Jiangsu, Zhejiang and
  Shanghai (320000, 330000, 310000) 5.00 + 1.00 and free over 59.00; free over 99.00 elsewhere.

Every other merchant keeps the storefront's flat rate. Deterministic: same rows on every load.
"""

from __future__ import annotations

from decimal import Decimal

from models.catalog import Variant
from models.freight import FreightBasis, ShippingTemplate
from models.merchants import Merchant


def _rule(regions: list[str], first: str, price: str, step: str, each: str, free=None) -> dict:
    return {
        "regions": regions,
        "firstUnit": first,
        "firstPrice": price,
        "additionalUnit": step,
        "additionalPrice": each,
        "freeOver": free,
    }


TEMPLATES = {
    "lumen": dict(
        name="Lumen by weight",
        basis=FreightBasis.WEIGHT,
        first_unit=Decimal("1"),
        first_price=Decimal("12.00"),
        additional_unit=Decimal("0.5"),
        additional_price=Decimal("4.00"),
        free_over=Decimal("299.00"),
        rules=[
            _rule(["440000"], "1", "6.00", "0.5", "2.00"),
            _rule(["440300"], "1", "0.00", "0.5", "0.00", "0"),
        ],
        unserved=["540000", "650000"],
        eta_days=3,
    ),
    "silk-thread": dict(
        name="Silk & Thread by piece",
        basis=FreightBasis.PIECE,
        first_unit=Decimal("1"),
        first_price=Decimal("8.00"),
        additional_unit=Decimal("1"),
        additional_price=Decimal("2.00"),
        free_over=Decimal("99.00"),
        rules=[_rule(["310000", "320000", "330000"], "1", "5.00", "1", "1.00", "59.00")],
        unserved=[],
        eta_days=2,
    ),
}
WEIGHED = "lumen"


async def write_freight() -> int:
    """The demo templates (each its merchant's default); the number written."""
    merchants = dict(await Merchant.filter(slug__in=list(TEMPLATES)).values_list("slug", "id"))
    rows = [
        ShippingTemplate(merchant_id=merchants[slug], is_default=True, **spec)
        for slug, spec in TEMPLATES.items()
        if slug in merchants
    ]
    await ShippingTemplate.bulk_create(rows)
    if WEIGHED in merchants:
        variants = await Variant.filter(product__merchant_id=merchants[WEIGHED]).order_by("sku")
        for i, variant in enumerate(variants):
            variant.weight_grams = 300 + (i % 21) * 100
        if variants:
            await Variant.bulk_update(variants, fields=["weight_grams"])
    return len(rows)
