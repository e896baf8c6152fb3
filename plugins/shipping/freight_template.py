"""Freight templates (运费模板) as a shipping provider, code ``freight_template``.

The quote's ``config`` is the merchant's templates for the lines being quoted, as the checkout
loads them (``spec`` of each ``models.freight.ShippingTemplate``)::

    {"templates": {"12": {<spec>}, ...}, "lines": {"<variant id>": "12", ...}}

Each template prices the lines that use it; the merchant's price is the sum over its templates
(a line with no template ships free). For one template:

* the destination is the address's ``districtCode`` / ``cityCode`` / ``provinceCode``: if any
  is among the template's ``unserved`` codes the quote raises ``ShippingUnavailable``
  (``region_not_served``); else the most precise rule naming one of them prices (district, then
  city, then province), else the template's own default;
* units: pieces, or kilograms (``weight_grams`` x quantity); the price is the first unit's price
  plus each additional unit, or part of one, at the additional price;
* free shipping when the lines' subtotal reaches ``freeOver`` (the rule's, else the template's;
  ``0`` makes a region always free).
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

from models.freight import FreightBasis, ShippingTemplate
from models.money import quantize
from plugins.interfaces import (
    QuoteLine,
    ShippingQuoteRequest,
    ShippingRate,
    ShippingUnavailable,
)

REGION_NOT_SERVED = "region_not_served"
ADDRESS_CODES = ("districtCode", "cityCode", "provinceCode")  # most precise first


def spec(template: ShippingTemplate) -> dict:
    """The template as a quote's config carries it (JSON-safe)."""

    def num(value) -> str | None:
        return None if value is None else str(value)

    return {
        "id": template.id,
        "name": template.name,
        "basis": FreightBasis(template.basis).value,
        "firstUnit": num(template.first_unit),
        "firstPrice": num(template.first_price),
        "additionalUnit": num(template.additional_unit),
        "additionalPrice": num(template.additional_price),
        "freeOver": num(template.free_over),
        "rules": list(template.rules or []),
        "unserved": list(template.unserved or []),
        "etaDays": template.eta_days,
    }


def _destination(address: dict | None) -> list[str]:
    address = address or {}
    return [str(address[k]) for k in ADDRESS_CODES if address.get(k)]


def _rule_for(template: dict, codes: list[str]) -> dict:
    for code in codes:  # district, city, province: the most precise match wins
        for rule in template.get("rules") or []:
            if code in (rule.get("regions") or []):
                return rule
    return template


def charge(template: dict, lines: list[QuoteLine], address: dict | None) -> Decimal:
    """What shipping ``lines`` to ``address`` costs under ``template`` (a ``spec``)."""
    codes = _destination(address)
    unserved = set(template.get("unserved") or [])
    if unserved.intersection(codes):
        raise ShippingUnavailable(
            REGION_NOT_SERVED, f"{template.get('name') or 'This merchant'} does not ship there."
        )
    rule = _rule_for(template, codes)
    subtotal = sum((line.unit_price * line.quantity for line in lines), Decimal(0))
    free_over = rule.get("freeOver")
    if free_over is None:
        free_over = template.get("freeOver")
    if free_over is not None and subtotal >= Decimal(str(free_over)):
        return Decimal("0.00")
    if template.get("basis") == FreightBasis.WEIGHT.value:
        units = Decimal(sum(line.weight_grams * line.quantity for line in lines)) / 1000
    else:
        units = Decimal(sum(line.quantity for line in lines))
    price = Decimal(str(rule.get("firstPrice") or "0"))
    first = Decimal(str(rule.get("firstUnit") or "0"))
    step = Decimal(str(rule.get("additionalUnit") or "0"))
    if units > first and step > 0:
        steps = ((units - first) / step).to_integral_value(rounding=ROUND_CEILING)
        price += steps * Decimal(str(rule.get("additionalPrice") or "0"))
    return quantize(price)


class FreightTemplateShipping:
    code = "freight_template"
    name = "Merchant's freight templates"

    async def quote(self, request: ShippingQuoteRequest) -> list[ShippingRate]:
        templates: dict = request.config.get("templates") or {}
        assigned: dict = request.config.get("lines") or {}
        groups: dict[str, list[QuoteLine]] = {}
        for line in request.lines:
            template_id = assigned.get(str(line.variant_id))
            if template_id is not None and str(template_id) in templates:
                groups.setdefault(str(template_id), []).append(line)
        total = Decimal("0.00")
        etas = []
        for template_id, lines in sorted(groups.items()):
            template = templates[template_id]
            total += charge(template, lines, request.address)
            if template.get("etaDays") is not None:
                etas.append(int(template["etaDays"]))
        return [
            ShippingRate(
                method_code=f"{self.code}:standard",
                name="Standard delivery",
                price=quantize(total),
                currency=request.currency,
                eta_days=max(etas) if etas else None,
            )
        ]
