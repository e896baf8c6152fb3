"""The freight templates of a cart's lines, as the ``freight_template`` provider's config.

The templates come with the lines (``models.repository.checkout`` joins each line's template:
its product's, else the merchant's default), so quoting a cart reads nothing more. Lines read
without them (none of the checkout's paths today) are completed by one query for all the
cart's merchants together, never one per line.
"""

from __future__ import annotations

from collections.abc import Iterable

from models.catalog import Variant
from models.freight import ShippingTemplate
from models.repository.checkout import NOT_READ, line_template
from plugins.shipping.freight_template import spec


async def _read_missing(variants: list[Variant]) -> dict[int, ShippingTemplate | None]:
    merchants = sorted({v.product.merchant_id for v in variants})
    rows = await ShippingTemplate.filter(merchant_id__in=merchants).order_by("id")
    by_id = {t.id: t for t in rows}
    defaults: dict[int, ShippingTemplate] = {}
    for t in rows:
        if t.is_default:
            defaults.setdefault(t.merchant_id, t)
    found: dict[int, ShippingTemplate | None] = {}
    for v in variants:
        own = by_id.get(v.product.shipping_template_id or 0)
        if own is not None and own.merchant_id != v.product.merchant_id:
            own = None
        found[v.id] = own or defaults.get(v.product.merchant_id)
    return found


async def freight_configs(variants: Iterable[Variant]) -> dict[int, dict]:
    """Per merchant with at least one line priced by a template: the provider's config
    ``{"templates": {id: spec}, "lines": {variant id: template id}}``."""
    variants = list(variants)
    templates: dict[int, ShippingTemplate | None] = {}
    missing = []
    for v in variants:
        read = line_template(v)
        if read is NOT_READ:
            missing.append(v)
        else:
            templates[v.id] = read  # type: ignore[assignment]
    if missing:
        templates.update(await _read_missing(missing))
    configs: dict[int, dict] = {}
    for v in variants:
        template = templates.get(v.id)
        if template is None:
            continue
        config = configs.setdefault(v.product.merchant_id, {"templates": {}, "lines": {}})
        config["templates"][str(template.id)] = spec(template)
        config["lines"][str(v.id)] = str(template.id)
    return configs
