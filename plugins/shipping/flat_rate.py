"""Flat-rate shipping: a fixed price per method, free above a threshold (merchant-configurable)."""

from __future__ import annotations

from decimal import Decimal

from plugins.interfaces import ShippingQuoteRequest, ShippingRate

DEFAULT_METHODS = [
    {"code": "standard", "name": "Standard delivery", "price": "8.00", "eta_days": 3},
    {"code": "express", "name": "Express delivery", "price": "18.00", "eta_days": 1},
]


class FlatRateShipping:
    """Config (per merchant): {"methods": [{code, name, price, eta_days}], "free_over": "99.00"}."""

    code = "flat_rate"
    name = "Flat rate"

    async def quote(self, request: ShippingQuoteRequest) -> list[ShippingRate]:
        methods = request.config.get("methods") or DEFAULT_METHODS
        free_over = request.config.get("free_over")
        rates = []
        for method in methods:
            price = Decimal(str(method["price"]))
            if free_over is not None and request.subtotal >= Decimal(str(free_over)):
                price = Decimal("0.00")
            rates.append(
                ShippingRate(
                    method_code=f"{self.code}:{method['code']}",
                    name=method["name"],
                    price=price,
                    currency=request.currency,
                    eta_days=method.get("eta_days"),
                )
            )
        return rates
