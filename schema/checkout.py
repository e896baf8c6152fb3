"""Cart, checkout, payments and flash sales."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import strawberry
from strawberry import relay
from strawberry.scalars import JSON

from models.checkout import Cart as CartModel
from models.orders import InventoryMode as InventoryModeModel
from models.payments import Payment as PaymentModel
from models.payments import PaymentStatus as PaymentStatusModel
from models.promotions import FlashSale as FlashSaleModel
from resolvers import checkout as uc
from resolvers import payments as payments_uc
from resolvers import promotions as promotions_uc
from resolvers.errors import CheckoutErrorCode as Code
from resolvers.errors import PaymentErrorCode, PromotionErrorCode
from schema.base import Money, attempt, decode_id, decode_optional_id, error_type
from schema.catalog import Merchant, Variant
from schema.context import Info
from schema.orders import InventoryMode, OrderGroup

CheckoutError = error_type(Code, "CheckoutError")
PaymentError = error_type(PaymentErrorCode, "PaymentError")
PromotionError = error_type(PromotionErrorCode, "PromotionError")
PaymentStatus = strawberry.enum(PaymentStatusModel, name="PaymentStatus")


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


def _payment(m: PaymentModel) -> Payment:
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


def _flash(m: FlashSaleModel, currency: str = "CNY") -> FlashSale:
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


# --- inputs and payloads ---------------------------------------------------------------------


@strawberry.input
class CartLineInput:
    variant_id: strawberry.ID
    quantity: int


@strawberry.input
class AddressInput:
    name: str
    phone: str
    city: str
    street: str
    district: str | None = None
    postal_code: str | None = None
    country: str | None = None


@strawberry.input(description="Start paying right after placing (the reply carries the pay URL).")
class CheckoutPaymentInput:
    provider: str = "sandbox"
    return_url: str = ""


@strawberry.input
class CheckoutPlaceOrderInput:
    cart_token: str
    idempotency_key: str
    shipping_address: AddressInput | None = strawberry.field(
        default=None, description="Place with this address (saved on the cart with the order)."
    )
    payment: CheckoutPaymentInput | None = strawberry.field(
        default=None, description="Also start a payment with this provider."
    )


@strawberry.input
class PaymentStartInput:
    order_group_id: strawberry.ID
    provider: str = "sandbox"
    return_url: str = ""


@strawberry.input
class FlashSaleCreateInput:
    variant_id: strawberry.ID
    price: Decimal
    starts_at: datetime
    ends_at: datetime
    quantity: int
    per_customer_limit: int = 1
    storefront_id: strawberry.ID | None = None
    name: str = ""
    inventory_mode: InventoryMode = InventoryModeModel.DEDUCT_ON_PAYMENT


@strawberry.type
class CartPayload:
    cart: Cart | None
    errors: list[CheckoutError]


@strawberry.type
class CheckoutPlaceOrderPayload:
    order_group: OrderGroup | None
    payment: Payment | None = strawberry.field(
        default=None, description="The payment started, when the input asked for one."
    )
    errors: list[CheckoutError]


@strawberry.type
class PaymentStartPayload:
    payment: Payment | None
    errors: list[PaymentError]


@strawberry.type
class FlashSaleCreatePayload:
    flash_sale: FlashSale | None
    errors: list[PromotionError]


def _address(address: AddressInput) -> dict:
    return {
        "name": address.name,
        "phone": address.phone,
        "city": address.city,
        "street": address.street,
        "district": address.district,
        "postalCode": address.postal_code,
        "country": address.country,
    }


def _lines(lines: list[CartLineInput]) -> list[tuple[int, int]]:
    return [
        (decode_id(line.variant_id, "Variant", Code, f"lines.{i}.variantId"), line.quantity)
        for i, line in enumerate(lines)
    ]


async def _cart_payload(run) -> CartPayload:
    cart, errors = await attempt(run, Code)
    if cart is None:
        return CartPayload(cart=None, errors=errors)
    return CartPayload(cart=await render_cart(cart), errors=[])


@strawberry.type
class Query:
    @strawberry.field(description="A cart by its token (a customer's cart only for them).")
    async def cart(self, info: Info, token: str) -> Cart:
        return await render_cart(await uc.get_cart(info.context.viewer, token))


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="A new cart in a storefront (for guests and customers), optionally with its "
        "first lines and shipping address, all checked before anything is saved."
    )
    async def cart_create(
        self,
        info: Info,
        storefront: str,
        lines: list[CartLineInput] | None = None,
        shipping_address: AddressInput | None = None,
    ) -> CartPayload:
        async def run():
            return await uc.cart_create(
                info.context.viewer,
                storefront,
                _lines(lines or []),
                _address(shipping_address) if shipping_address is not None else None,
            )

        return await _cart_payload(run)

    @strawberry.mutation
    async def cart_lines_add(
        self, info: Info, token: str, lines: list[CartLineInput]
    ) -> CartPayload:
        return await _cart_payload(lambda: _run(uc.cart_lines_add, info, token, lines))

    @strawberry.mutation
    async def cart_lines_update(
        self, info: Info, token: str, lines: list[CartLineInput]
    ) -> CartPayload:
        return await _cart_payload(lambda: _run(uc.cart_lines_update, info, token, lines))

    @strawberry.mutation
    async def cart_lines_delete(
        self, info: Info, token: str, variant_ids: list[strawberry.ID]
    ) -> CartPayload:
        async def run():
            ids = [
                decode_id(v, "Variant", Code, f"variantIds.{i}") for i, v in enumerate(variant_ids)
            ]
            return await uc.cart_lines_delete(info.context.viewer, token, ids)

        return await _cart_payload(run)

    @strawberry.mutation
    async def cart_shipping_address_update(
        self, info: Info, token: str, address: AddressInput
    ) -> CartPayload:
        data = _address(address)
        return await _cart_payload(lambda: uc.cart_set_address(info.context.viewer, token, data))

    @strawberry.mutation
    async def cart_shipping_method_update(
        self, info: Info, token: str, merchant_id: strawberry.ID, method: str
    ) -> CartPayload:
        async def run():
            merchant = decode_id(merchant_id, "Merchant", Code, "merchantId")
            return await uc.cart_set_shipping_method(info.context.viewer, token, merchant, method)

        return await _cart_payload(run)

    @strawberry.mutation
    async def cart_pickup_point_update(
        self, info: Info, token: str, pickup_point_id: strawberry.ID
    ) -> CartPayload:
        async def run():
            point = decode_id(pickup_point_id, "PickupPoint", Code, "pickupPointId")
            return await uc.cart_set_pickup_point(info.context.viewer, token, point)

        return await _cart_payload(run)

    @strawberry.mutation(description="Move a guest cart into the signed-in customer's cart.")
    async def cart_merge(self, info: Info, guest_token: str) -> CartPayload:
        return await _cart_payload(lambda: uc.cart_merge(info.context.viewer, guest_token))

    @strawberry.mutation(
        description="Place the cart: one order group, one order per merchant. Idempotent by key."
    )
    async def checkout_place_order(
        self, info: Info, input: CheckoutPlaceOrderInput
    ) -> CheckoutPlaceOrderPayload:
        pay = input.payment
        placed, errors = await attempt(
            lambda: uc.place_order_and_pay(
                info.context.viewer,
                input.cart_token,
                input.idempotency_key,
                address=_address(input.shipping_address) if input.shipping_address else None,
                payment_provider=pay.provider if pay else None,
                return_url=pay.return_url if pay else "",
            ),
            Code,
        )
        if placed is None:
            return CheckoutPlaceOrderPayload(order_group=None, errors=errors)
        return CheckoutPlaceOrderPayload(
            order_group=OrderGroup.from_model(placed.group),
            payment=placed.payment and _payment(placed.payment),
            errors=[],
        )

    @strawberry.mutation(description="Start paying an order group: a pay URL and a QR payload.")
    async def payment_start(self, info: Info, input: PaymentStartInput) -> PaymentStartPayload:
        async def run():
            group = decode_id(input.order_group_id, "OrderGroup", PaymentErrorCode, "orderGroupId")
            return await payments_uc.payment_start(
                info.context.viewer, group, input.provider, input.return_url
            )

        row, errors = await attempt(run, PaymentErrorCode)
        return PaymentStartPayload(payment=row and _payment(row), errors=errors)

    @strawberry.mutation
    async def flash_sale_create(
        self, info: Info, input: FlashSaleCreateInput
    ) -> FlashSaleCreatePayload:
        async def run():
            return await promotions_uc.flash_sale_create(
                info.context.viewer,
                decode_id(input.variant_id, "Variant", PromotionErrorCode, "variantId"),
                price=input.price,
                starts_at=input.starts_at,
                ends_at=input.ends_at,
                quantity=input.quantity,
                per_customer_limit=input.per_customer_limit,
                storefront_id=decode_optional_id(
                    input.storefront_id, "Storefront", PromotionErrorCode, "storefrontId"
                ),
                name=input.name,
                inventory_mode=InventoryModeModel(input.inventory_mode),
            )

        row, errors = await attempt(run, PromotionErrorCode)
        return FlashSaleCreatePayload(flash_sale=row and _flash(row), errors=errors)


async def _run(fn, info: Info, token: str, lines: list[CartLineInput]):
    return await fn(info.context.viewer, token, _lines(lines))


types: list = []
