"""One currency per storefront: a product priced in another currency is refused where it would
be listed, carted, placed or paid (CURRENCY_MISMATCH on the input that brought it), and the
refusal changes nothing. Old data (a listing written straight to the database, a storefront
whose currency changed after the cart was filled) is caught by the later steps."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models.catalog import Listing, Product, Variant
from models.checkout import Cart, CartLine
from models.inventory import MovementKind, Stock, StockMovement
from models.merchants import Storefront
from models.orders import MerchantOrder, OrderGroup
from models.payments import Payment
from resolvers.catalog import refresh_product_derived
from tests.checkout_support import ADD, PAY, cart_with, gid, pk, place
from tests.order_support import OrderWorld, make_order_world, placed_group, stock_of
from tests.support import payload

ERR = "errors { code field message }"
PRODUCT_CREATE = f"""mutation($input: ProductCreateInput!) {{
  productCreate(input: $input) {{ product {{ id }} {ERR} }} }}"""
PRODUCT_UPDATE = f"""mutation($id: ID!, $input: ProductUpdateInput!) {{
  productUpdate(id: $id, input: $input) {{ product {{ id storefronts {{ code }} }} {ERR} }} }}"""
VARIANT_CREATE = f"""mutation($product: ID!, $input: VariantInput!) {{
  variantCreate(product: $product, input: $input) {{ variant {{ sku }} {ERR} }} }}"""
VARIANT_UPDATE = f"""mutation($id: ID!, $input: VariantUpdateInput!) {{
  variantUpdate(id: $id, input: $input) {{ variant {{ sku }} {ERR} }} }}"""
CART_CREATE = f"""mutation($sf: String!, $lines: [CartLineInput!]) {{
  cartCreate(storefront: $sf, lines: $lines) {{ cart {{ token }} {ERR} }} }}"""
PLACE_AND_PAY = f"""mutation($input: CheckoutPlaceOrderInput!) {{
  checkoutPlaceOrder(input: $input) {{ orderGroup {{ id }} payment {{ id }} {ERR} }} }}"""


@pytest.fixture
async def world() -> OrderWorld:
    return await make_order_world(stock=10)


async def usd_product_in_mall(world: OrderWorld) -> Variant:
    """Merchant B's product priced in USD and listed in the CNY mall behind the API's back, as
    data written before the rule was enforced would be."""
    product = await Product.create(merchant=world.b.merchant, name="import", currency="USD")
    variant = await Variant.create(
        product=product, sku="IMPORT-1", price_amount=Decimal("9.99"), currency="USD"
    )
    stock = await Stock.create(variant=variant, warehouse=world.b.warehouse, on_hand=10)
    await StockMovement.create(stock=stock, kind=MovementKind.ADJUST, on_hand_delta=10)
    await Listing.create(product=product, storefront=world.mall)
    await refresh_product_derived(product)
    return variant


async def _rows() -> dict:
    tables = (Product, Variant, Listing, Cart, CartLine, OrderGroup, MerchantOrder, Payment, Stock)
    return {m.__name__: await m.all().order_by("id").values() for m in tables}


def _error(result: dict) -> tuple[str, str]:
    assert len(result["errors"]) == 1, result
    return result["errors"][0]["code"], result["errors"][0]["field"]


# --- listing ----------------------------------------------------------------------------------


async def test_a_usd_product_cannot_be_listed_in_the_cny_mall(gql, world):
    before = await _rows()
    body = await gql(
        PRODUCT_CREATE,
        {
            "input": {
                "name": "Import",
                "currency": "USD",
                "storefronts": [gid("Storefront", world.mall.id)],
                "variants": [{"sku": "USD-1", "price": {"amount": "9.99", "currency": "USD"}}],
            }
        },
        token=world.a.catalog.token,
    )
    result = payload(body, "productCreate")
    assert result["product"] is None
    assert _error(result) == ("CURRENCY_MISMATCH", "storefronts.0")
    assert await _rows() == before

    # unlisted it may exist; listing it later in the mall is refused the same way
    body = await gql(
        PRODUCT_CREATE,
        {
            "input": {
                "name": "Import",
                "currency": "USD",
                "variants": [{"sku": "USD-1", "price": {"amount": "9.99", "currency": "USD"}}],
            }
        },
        token=world.a.catalog.token,
    )
    created = payload(body, "productCreate")
    assert created["errors"] == []
    usd_shop = await Storefront.create(code="us", name="US", policy="mall", currency="USD")
    before = await _rows()
    body = await gql(
        PRODUCT_UPDATE,
        {
            "id": created["product"]["id"],
            "input": {
                "name": "Import (renamed)",
                "storefronts": [gid("Storefront", usd_shop.id), gid("Storefront", world.mall.id)],
            },
        },
        token=world.a.catalog.token,
    )
    result = payload(body, "productUpdate")
    assert _error(result) == ("CURRENCY_MISMATCH", "storefronts.1")
    assert await _rows() == before
    # a storefront of its own currency takes it
    body = await gql(
        PRODUCT_UPDATE,
        {
            "id": created["product"]["id"],
            "input": {"storefronts": [gid("Storefront", usd_shop.id)]},
        },
        token=world.a.catalog.token,
    )
    assert payload(body, "productUpdate")["product"]["storefronts"] == [{"code": "us"}]


async def test_variant_prices_are_refused_where_a_listing_sells_in_another_currency(gql, world):
    variant = await usd_product_in_mall(world)
    before = await _rows()
    body = await gql(
        VARIANT_UPDATE,
        {"id": gid("Variant", variant.id), "input": {"price": {"amount": "8.00"}}},
        token=world.b.catalog.token,
    )
    assert _error(payload(body, "variantUpdate")) == ("CURRENCY_MISMATCH", "input.price")
    body = await gql(
        VARIANT_CREATE,
        {
            "product": gid("Product", variant.product_id),
            "input": {"sku": "IMPORT-2", "price": {"amount": "5.00", "currency": "USD"}},
        },
        token=world.b.catalog.token,
    )
    assert _error(payload(body, "variantCreate")) == ("CURRENCY_MISMATCH", "input.price")
    assert await _rows() == before
    # a change that is no price (a name) still goes through
    body = await gql(
        VARIANT_UPDATE,
        {"id": gid("Variant", variant.id), "input": {"name": "1 kg"}},
        token=world.b.catalog.token,
    )
    assert payload(body, "variantUpdate")["errors"] == []


# --- cart ---------------------------------------------------------------------------------------


async def test_a_cart_takes_no_line_in_another_currency(gql, world):
    usd = await usd_product_in_mall(world)
    lines = [
        {"variantId": gid("Variant", world.a.variant.id), "quantity": 1},
        {"variantId": gid("Variant", usd.id), "quantity": 1},
    ]
    before = await _rows()
    body = await gql(CART_CREATE, {"sf": "mall", "lines": lines}, token=world.customer.token)
    assert _error(payload(body, "cartCreate")) == ("CURRENCY_MISMATCH", "lines.1.variantId")
    assert await _rows() == before

    token = await cart_with(gql, world.customer.token, "mall", [(lines[0]["variantId"], 1)])
    before = await _rows()
    body = await gql(ADD, {"token": token, "lines": [lines[1]]}, token=world.customer.token)
    result = payload(body, "cartLinesAdd")
    assert _error(result) == ("CURRENCY_MISMATCH", "lines.0.variantId")
    assert await _rows() == before


# --- placement ----------------------------------------------------------------------------------


async def test_placing_rechecks_every_line_against_the_storefronts_currency(gql, world):
    token = await cart_with(
        gql, world.customer.token, "mall", [(gid("Variant", world.a.variant.id), 2)]
    )
    # the mall now sells in USD: the CNY line in the cart may no longer be placed
    await Storefront.filter(id=world.mall.id).update(currency="USD")
    before = await _rows()
    result = await place(gql, world.customer.token, token, "fx-1")
    assert result["orderGroup"] is None
    assert _error(result) == ("CURRENCY_MISMATCH", "lines.0.variantId")
    assert await _rows() == before
    assert await stock_of(world.a.variant) == (10, 0)


async def test_a_line_of_old_data_in_another_currency_is_not_placed(gql, world):
    usd = await usd_product_in_mall(world)
    token = await cart_with(
        gql, world.customer.token, "mall", [(gid("Variant", world.a.variant.id), 1)]
    )
    cart = await Cart.get(token=token)
    await CartLine.create(cart=cart, variant=usd, quantity=1)  # written before the rule
    before = await _rows()
    body = await gql(
        PLACE_AND_PAY,
        {
            "input": {
                "cartToken": token,
                "idempotencyKey": "fx-2",
                "payment": {"provider": "sandbox"},
            }
        },
        token=world.customer.token,
    )
    result = payload(body, "checkoutPlaceOrder")
    assert result["orderGroup"] is None and result["payment"] is None
    assert _error(result) == ("CURRENCY_MISMATCH", "lines.1.variantId")
    assert await _rows() == before


# --- payment ------------------------------------------------------------------------------------


async def test_a_group_is_paid_only_in_its_storefronts_currency(gql, world):
    group = await placed_group(gql, world.customer, world.mall, [(world.a.variant, 1)])
    await Storefront.filter(id=world.mall.id).update(currency="USD")
    before = await _rows()
    body = await gql(PAY, {"input": {"orderGroupId": group["id"]}}, token=world.customer.token)
    result = payload(body, "paymentStart")
    assert result["payment"] is None
    assert _error(result) == ("CURRENCY_MISMATCH", "orderGroup")
    assert await _rows() == before
    assert not await Payment.filter(group_id=pk(group["id"])).exists()

    # in its own currency again, it is paid as ever
    await Storefront.filter(id=world.mall.id).update(currency="CNY")
    body = await gql(PAY, {"input": {"orderGroupId": group["id"]}}, token=world.customer.token)
    assert payload(body, "paymentStart")["errors"] == []
