"""The cart as the customer sees it: its lines priced (flash sales included) and grouped by
merchant, each group with the shipping methods its merchant's plugins quote."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from models.catalog import Variant
from models.checkout import Cart
from models.merchants import Storefront
from models.money import quantize
from models.promotions import FlashSale
from models.repository import checkout as checkout_repo
from models.repository.checkout import Offer
from plugins.interfaces import (
    FulfilmentMethod,
    QuoteLine,
    ShippingQuoteRequest,
    ShippingRate,
    ShippingUnavailable,
    StorefrontPolicy,
)
from plugins.registry import get_registry
from resolvers.checkout.common import policy_for
from resolvers.freight.quoting import freight_configs
from resolvers.orders import now_utc


@dataclass(frozen=True)
class _Contents:
    items: list[tuple[Variant, int]]
    sales: dict[int, FlashSale]
    offers: dict[int, Offer]
    read_at: datetime | None  # the instant the sales and offers are for (None: "now")


def remember_contents(
    cart: Cart,
    items: list[tuple[Variant, int]],
    sales: dict[int, FlashSale],
    offers: dict[int, Offer] | None = None,
    read_at: datetime | None = None,
) -> None:
    """Keep on this (request-lived) cart object what it now holds, as just read or written,
    so that ``cart_view`` does not read it (again)."""
    cart._known_contents = _Contents(items, sales, offers or {}, read_at)  # type: ignore[attr-defined]


@dataclass
class PricedLine:
    variant: Variant
    quantity: int
    unit_price: Decimal
    flash_sale: FlashSale | None

    @property
    def total(self) -> Decimal:
        return quantize(self.unit_price * self.quantity)


@dataclass
class MerchantGroup:
    merchant_id: int
    lines: list[PricedLine]
    currency: str
    shipping_methods: list[ShippingRate]
    selected: ShippingRate | None
    #: why the merchant cannot ship these lines there (its methods are then empty)
    unavailable: ShippingUnavailable | None = None

    @property
    def subtotal(self) -> Decimal:
        return quantize(sum((line.total for line in self.lines), Decimal(0)))

    @property
    def shipping_price(self) -> Decimal:
        return self.selected.price if self.selected else Decimal("0.00")

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.shipping_price


@dataclass
class CartView:
    cart: Cart
    groups: list[MerchantGroup] = field(default_factory=list)
    #: the offers of the cart's variants as read with its lines (empty if not read here)
    offers: dict[int, Offer] = field(default_factory=dict)

    @property
    def currency(self) -> str:
        return self.groups[0].currency if self.groups else self.cart.storefront.currency

    @property
    def subtotal(self) -> Decimal:
        return quantize(sum((g.subtotal for g in self.groups), Decimal(0)))

    @property
    def shipping_total(self) -> Decimal:
        return quantize(sum((g.shipping_price for g in self.groups), Decimal(0)))

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.shipping_total


async def _quote(
    policy: StorefrontPolicy,
    storefront: Storefront,
    merchant_id: int,
    lines: list[PricedLine],
    address: dict | None,
    currency: str,
    freight: dict | None = None,
) -> list[ShippingRate]:
    """The merchant's methods: by its freight templates (``freight``: the config of the
    ``freight_template`` provider) when its lines have one, else by the storefront's providers.
    ``ShippingUnavailable`` when it does not ship there."""
    if FulfilmentMethod.PICKUP_POINT in policy.fulfilment_methods:
        return [
            ShippingRate(
                "pickup_point:collect", "Collect at the pickup point", Decimal("0.00"), currency
            )
        ]
    registry = get_registry()
    request = ShippingQuoteRequest(
        merchant_id=merchant_id,
        storefront_code=storefront.code,
        currency=currency,
        address=address,
        lines=tuple(
            QuoteLine(pl.variant.id, pl.quantity, pl.unit_price, pl.variant.weight_grams)
            for pl in lines
        ),
        subtotal=quantize(sum((pl.total for pl in lines), Decimal(0))),
        config=freight or {},
    )
    rates: list[ShippingRate] = []
    for code in ("freight_template",) if freight else policy.shipping_providers:
        provider = registry.shipping.get(code)
        if provider is not None:
            rates += await provider.quote(request)
    return sorted(rates, key=lambda r: (r.price, r.method_code))


async def cart_view(cart: Cart, now: datetime | None = None) -> CartView:
    """Lines grouped by merchant with subtotals, shipping methods quoted per merchant."""
    if not isinstance(cart.storefront, Storefront):
        await cart.fetch_related("storefront")
    known: _Contents | None = getattr(cart, "_known_contents", None)
    offers: dict[int, Offer] = {}
    if known is not None and (now is None or known.read_at == now):
        items, sales, offers = known.items, known.sales, known.offers
    else:
        now = now or now_utc()
        items, offers = await checkout_repo.cart_lines_with_offers(cart, now)
        sales = {vid: offer.sale for vid, offer in offers.items() if offer.sale is not None}
    by_merchant: dict[int, list[PricedLine]] = defaultdict(list)
    for variant, quantity in items:
        sale = sales.get(variant.id)
        price = sale.price if sale else variant.price_amount
        by_merchant[variant.product.merchant_id].append(PricedLine(variant, quantity, price, sale))
    policy = policy_for(cart.storefront)
    view = CartView(cart, offers=offers)
    pickup = FulfilmentMethod.PICKUP_POINT in policy.fulfilment_methods
    freight = {} if pickup else await freight_configs(v for v, _ in items)
    for merchant_id in sorted(by_merchant):
        priced = by_merchant[merchant_id]
        currency = priced[0].variant.currency
        unavailable = None
        try:
            rates = await _quote(
                policy,
                cart.storefront,
                merchant_id,
                priced,
                cart.shipping_address,
                currency,
                freight.get(merchant_id),
            )
        except ShippingUnavailable as exc:
            rates, unavailable = [], exc
        chosen = cart.shipping_methods.get(str(merchant_id))
        selected = next((r for r in rates if r.method_code == chosen), rates[0] if rates else None)
        view.groups.append(
            MerchantGroup(merchant_id, priced, currency, rates, selected, unavailable)
        )
    return view
