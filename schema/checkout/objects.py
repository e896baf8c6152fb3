"""Checkout: the object types (the cart grouped by merchant, payments, flash sales) and how
each is built from what the use cases return."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from models.checkout import Cart as CartModel
from models.payments import Payment as PaymentModel
from models.promotions import FlashSale as FlashSaleModel
from resolvers import checkout as uc
from schema.base import Money
from schema.catalog import Merchant, Variant
from schema.checkout.enums import PaymentStatus
from schema.context import Info
from schema.orders import InventoryMode


@strawberry.type
class ShippingMethod:
    code: str
    name: str
    price: Money
    eta_days: int | None


@strawberry.type
class CartLine:
    quantity: int
    unit_price: Money
    total: Money
    in_flash_sale: bool
    variant_model: strawberry.Private[object]

    @strawberry.field
    def variant(self) -> Variant:
        return Variant.from_model(self.variant_model)


@strawberry.type(description="The cart's lines of one merchant: becomes one merchant order.")
class CartMerchantGroup:
    lines: list[CartLine]
    subtotal: Money
    shipping_methods: list[ShippingMethod]
    selected_shipping_method: ShippingMethod | None
    total: Money
    merchant_pk: strawberry.Private[int]
    shipping_unavailable: str | None = strawberry.field(
        default=None,
        description="Why this merchant cannot ship to the address (then no methods): placing "
        "the order is refused with SHIPPING_REGION_NOT_SERVED.",
    )

    @strawberry.field
    async def merchant(self, info: Info) -> Merchant:
        from resolvers import batches

        row = await info.context.loader("merchant", batches.merchants).load(self.merchant_pk)
        return Merchant.from_model(row)


@strawberry.type
class Cart:
    token: str
    storefront_code: str
    shipping_address: JSON | None
    completed: bool
    merchant_groups: list[CartMerchantGroup]
    subtotal: Money
    shipping_total: Money
    total: Money
    quantity: int


def _method(rate) -> ShippingMethod:
    return ShippingMethod(
        code=rate.method_code,
        name=rate.name,
        price=Money(amount=rate.price, currency=rate.currency),
        eta_days=rate.eta_days,
    )


async def render_cart(cart: CartModel) -> Cart:
    view = await uc.cart_view(cart)
    cur = view.currency
    groups = [
        CartMerchantGroup(
            lines=[
                CartLine(
                    quantity=pl.quantity,
                    unit_price=Money(amount=pl.unit_price, currency=g.currency),
                    total=Money(amount=pl.total, currency=g.currency),
                    in_flash_sale=pl.flash_sale is not None,
                    variant_model=pl.variant,
                )
                for pl in g.lines
            ],
            subtotal=Money(amount=g.subtotal, currency=g.currency),
            shipping_methods=[_method(r) for r in g.shipping_methods],
            selected_shipping_method=_method(g.selected) if g.selected else None,
            total=Money(amount=g.total, currency=g.currency),
            merchant_pk=g.merchant_id,
            shipping_unavailable=g.unavailable.message if g.unavailable else None,
        )
        for g in view.groups
    ]
    return Cart(
        token=cart.token,
        storefront_code=cart.storefront.code,
        shipping_address=cart.shipping_address,
        completed=cart.completed_at is not None,
        merchant_groups=groups,
        subtotal=Money(amount=view.subtotal, currency=cur),
        shipping_total=Money(amount=view.shipping_total, currency=cur),
        total=Money(amount=view.total, currency=cur),
        quantity=sum(pl.quantity for g in view.groups for pl in g.lines),
    )


@strawberry.type
class Payment:
    id: strawberry.ID
    provider: str
    status: PaymentStatus
    amount: Money
    pay_url: str
    qr_payload: str
    reference: str


def payment_from_model(m: PaymentModel) -> Payment:
    return Payment(
        id=strawberry.ID(str(relay.GlobalID("Payment", str(m.id)))),
        provider=m.provider,
        status=m.status,
        amount=Money(amount=m.amount, currency=m.currency),
        pay_url=m.pay_url,
        qr_payload=m.qr_payload,
        reference=m.reference,
    )


@strawberry.type
class FlashSale:
    id: strawberry.ID
    name: str
    price: Money
    starts_at: datetime
    ends_at: datetime
    quantity: int
    sold: int
    per_customer_limit: int
    inventory_mode: InventoryMode


def flash_sale_from_model(m: FlashSaleModel, currency: str = "CNY") -> FlashSale:
    return FlashSale(
        id=strawberry.ID(str(relay.GlobalID("FlashSale", str(m.id)))),
        name=m.name,
        price=Money(amount=m.price, currency=currency),
        starts_at=m.starts_at,
        ends_at=m.ends_at,
        quantity=m.quantity,
        sold=m.sold,
        per_customer_limit=m.per_customer_limit,
        inventory_mode=m.inventory_mode,
    )
