"""Cart and checkout through the GraphQL API: grouping by merchant, placing, paying, expiry."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from models.checkout import CartLine
from models.inventory import MovementKind, Stock, StockMovement
from models.merchants import Merchant, Storefront, Warehouse
from models.orders import GroupStatus, MerchantOrder, OrderGroup, OrderStatus
from models.outbox import OutboxEvent
from models.payments import Payment, PaymentStatus, Refund, RefundStatus
from models.risk import BlacklistEntry
from resolvers.checkout import expire_group
from resolvers.inventory import reconcile
from resolvers.orders import now_utc
from tests.checkout_support import (
    ADD,
    CREATE,
    cart_with,
    gid,
    make_shoppers,
    pk,
    place,
    post_callback,
    signed_callback,
    start_payment,
)
from tests.support import make_product, make_storefront


async def _three_merchants():
    storefront = await make_storefront()
    variants = []
    for n, slug in enumerate(("north", "south", "east")):
        merchant = await Merchant.create(name=slug.title(), slug=slug)
        warehouse = await Warehouse.create(merchant=merchant, code="w", name="W")
        product = await make_product(
            merchant,
            storefront,
            f"{slug} tea",
            price=f"{10 * (n + 1)}.00",
            stock=10,
            warehouse=warehouse,
        )
        await product.fetch_related("variants")
        variants.append(product.variants[0])
    return storefront, variants


async def _reserved(variant_id: int) -> tuple[int, int]:
    stock = await Stock.get(variant_id=variant_id)
    return stock.on_hand, stock.reserved


async def test_cart_groups_lines_by_merchant_with_shipping_quotes(gql):
    storefront, variants = await _three_merchants()
    (shopper,) = await make_shoppers(1)
    body = await gql(CREATE, {"sf": storefront.code}, token=shopper.token)
    token = body["data"]["cartCreate"]["cart"]["token"]
    lines = [{"variantId": gid("Variant", v.id), "quantity": 2} for v in variants]
    body = await gql(ADD, {"token": token, "lines": lines}, token=shopper.token)
    cart = body["data"]["cartLinesAdd"]["cart"]
    assert body["data"]["cartLinesAdd"]["errors"] == []
    assert [g["merchant"]["slug"] for g in cart["merchantGroups"]] == ["north", "south", "east"]
    assert [g["subtotal"]["amount"] for g in cart["merchantGroups"]] == ["20.00", "40.00", "60.00"]
    methods = cart["merchantGroups"][0]["shippingMethods"]
    assert [m["code"] for m in methods] == ["flat_rate:standard", "flat_rate:express"]
    assert cart["merchantGroups"][0]["selectedShippingMethod"]["code"] == "flat_rate:standard"
    # 120.00 of goods + 3 x 8.00 standard shipping
    assert cart["total"]["amount"] == "144.00"


async def test_three_merchant_cart_one_payment_three_orders(gql, client):
    storefront, variants = await _three_merchants()
    (shopper,) = await make_shoppers(1)
    token = await cart_with(
        gql, shopper.token, storefront.code, [(gid("Variant", v.id), 1) for v in variants]
    )
    result = await place(gql, shopper.token, token, "key-1")
    assert result["errors"] == []
    group = result["orderGroup"]
    assert group["status"] == "PENDING_PAYMENT"
    assert [o["total"]["amount"] for o in group["orders"]] == ["18.00", "28.00", "38.00"]
    assert [o["lines"][0]["sku"] for o in group["orders"]] == [v.sku for v in variants]
    assert group["total"]["amount"] == "84.00"
    for v in variants:
        assert await _reserved(v.id) == (10, 1)

    payment = await start_payment(gql, shopper.token, group["id"])
    assert payment["payUrl"].startswith("http") and payment["amount"]["amount"] == "84.00"
    headers, body = signed_callback(payment["reference"], "84.00")
    resp = await post_callback(client, headers, body)
    assert resp.status_code == 200, resp.text

    stored = await OrderGroup.get(id=pk(group["id"]))
    assert stored.status == GroupStatus.PAID
    orders = await MerchantOrder.filter(group_id=stored.id)
    assert {o.status for o in orders} == {OrderStatus.PAID}
    for v in variants:
        assert await _reserved(v.id) == (9, 0)
    assert all(row.ok for row in await reconcile())


async def test_bad_cart_input_is_refused_and_changes_nothing(gql):
    storefront, variants = await _three_merchants()
    other = await make_storefront("grocery-x")
    merchant = await Merchant.get(slug="north")
    unlisted = await make_product(
        merchant, other, "unlisted", stock=5, warehouse=await Warehouse.get(merchant=merchant)
    )
    await unlisted.fetch_related("variants")
    (shopper,) = await make_shoppers(1)
    token = await cart_with(
        gql, shopper.token, storefront.code, [(gid("Variant", variants[0].id), 1)]
    )

    cases = [
        (gid("Variant", 999999), 1, "NOT_FOUND", "lines.0.variantId"),
        (gid("Variant", variants[0].id), 0, "QUANTITY_INVALID", "lines.0.quantity"),
        (gid("Variant", variants[0].id), -3, "QUANTITY_INVALID", "lines.0.quantity"),
        (gid("Variant", variants[1].id), 1000, "QUANTITY_LIMIT", "lines.0.quantity"),
        (gid("Variant", unlisted.variants[0].id), 1, "NOT_LISTED", "lines.0.variantId"),
        (gid("Variant", variants[1].id), 11, "INSUFFICIENT_STOCK", "lines.0.quantity"),
        (gid("Product", variants[1].id), 1, "INVALID", "lines.0.variantId"),
    ]
    for variant_id, qty, code, field in cases:
        body = await gql(
            ADD,
            {"token": token, "lines": [{"variantId": variant_id, "quantity": qty}]},
            token=shopper.token,
        )
        payload = body["data"]["cartLinesAdd"]
        assert payload["cart"] is None
        assert [(e["code"], e["field"]) for e in payload["errors"]] == [(code, field)], (
            variant_id,
            qty,
        )
        lines = await CartLine.filter(cart__token=token).values_list("variant_id", "quantity")
        assert lines == [(variants[0].id, 1)]


async def test_an_incomplete_address_is_refused_on_its_field(gql):
    storefront, variants = await _three_merchants()
    (shopper,) = await make_shoppers(1)
    token = await cart_with(
        gql, shopper.token, storefront.code, [(gid("Variant", variants[0].id), 1)]
    )
    body = await gql(
        """mutation($token: String!) { cartShippingAddressUpdate(token: $token, address: {
          name: "Li Lei", phone: "13800000000", city: "Hangzhou", street: " " }) {
          cart { token } errors { code field } } }""",
        {"token": token},
        token=shopper.token,
    )
    payload = body["data"]["cartShippingAddressUpdate"]
    assert payload["cart"] is None
    assert payload["errors"] == [{"code": "ADDRESS_REQUIRED", "field": "address.street"}]


async def test_place_order_is_idempotent_per_key(gql):
    storefront, variants = await _three_merchants()
    (shopper,) = await make_shoppers(1)
    token = await cart_with(
        gql, shopper.token, storefront.code, [(gid("Variant", variants[0].id), 2)]
    )
    first = await place(gql, shopper.token, token, "same-key")
    again = await place(gql, shopper.token, token, "same-key")
    assert first["errors"] == [] and again["errors"] == []
    assert first["orderGroup"]["id"] == again["orderGroup"]["id"]
    assert await OrderGroup.all().count() == 1
    assert await _reserved(variants[0].id) == (10, 2)

    other = await cart_with(
        gql, shopper.token, storefront.code, [(gid("Variant", variants[1].id), 1)]
    )
    reused = await place(gql, shopper.token, other, "same-key")
    assert reused["orderGroup"] is None
    assert reused["errors"][0]["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert await OrderGroup.all().count() == 1
    assert await _reserved(variants[1].id) == (10, 0)


async def test_expiry_releases_stock_and_late_payment_is_refunded(gql, client):
    storefront, variants = await _three_merchants()
    (shopper,) = await make_shoppers(1)
    token = await cart_with(
        gql, shopper.token, storefront.code, [(gid("Variant", variants[0].id), 3)]
    )
    group = (await place(gql, shopper.token, token, "k"))["orderGroup"]
    payment = await start_payment(gql, shopper.token, group["id"])
    assert await _reserved(variants[0].id) == (10, 3)

    group_id = pk(group["id"])
    assert await expire_group(group_id) is False  # not due yet
    assert await expire_group(group_id, now=now_utc() + timedelta(hours=1)) is True
    assert await expire_group(group_id, now=now_utc() + timedelta(hours=1)) is False
    # the group's new status is an event partners see, once
    assert (
        await OutboxEvent.filter(topic="order_group.cancelled", aggregate_id=group_id).count() == 1
    )
    order = await MerchantOrder.get(group_id=group_id)
    assert order.status == OrderStatus.CANCELLED and order.cancel_reason == "payment_timeout"
    assert await _reserved(variants[0].id) == (10, 0)

    headers, body = signed_callback(payment["reference"], group["total"]["amount"])
    resp = await post_callback(client, headers, body)
    assert resp.status_code == 200
    stored = await Payment.get(reference=payment["reference"])
    assert stored.status == PaymentStatus.REFUNDED
    refund = await Refund.get(payment=stored)
    assert refund.status == RefundStatus.SUCCEEDED and refund.amount == Decimal(
        group["total"]["amount"]
    )
    assert (await OrderGroup.get(id=group_id)).status == GroupStatus.CANCELLED
    assert await _reserved(variants[0].id) == (10, 0)
    assert all(row.ok for row in await reconcile())


async def test_repeated_callback_captures_once(gql, client):
    storefront, variants = await _three_merchants()
    (shopper,) = await make_shoppers(1)
    token = await cart_with(
        gql, shopper.token, storefront.code, [(gid("Variant", variants[0].id), 1)]
    )
    group = (await place(gql, shopper.token, token, "k"))["orderGroup"]
    payment = await start_payment(gql, shopper.token, group["id"])
    headers, body = signed_callback(payment["reference"], group["total"]["amount"])
    for _ in range(3):
        assert (await post_callback(client, headers, body)).status_code == 200
    stored = await Payment.get(reference=payment["reference"])
    assert stored.status == PaymentStatus.CAPTURED and stored.callbacks_received == 3
    assert await _reserved(variants[0].id) == (9, 0)
    assert await Refund.all().count() == 0


async def test_forged_callback_is_refused(gql, client):
    storefront, variants = await _three_merchants()
    (shopper,) = await make_shoppers(1)
    token = await cart_with(
        gql, shopper.token, storefront.code, [(gid("Variant", variants[0].id), 1)]
    )
    group = (await place(gql, shopper.token, token, "k"))["orderGroup"]
    payment = await start_payment(gql, shopper.token, group["id"])
    headers, body = signed_callback(payment["reference"], group["total"]["amount"])
    forged = body.replace(b'"succeeded"', b'"succeeded" ') + b" "
    resp = await post_callback(client, headers, forged)
    assert resp.status_code == 400
    assert (await Payment.get(reference=payment["reference"])).status == PaymentStatus.PENDING


async def test_blacklisted_customer_is_refused_before_stock_is_touched(gql):
    storefront, variants = await _three_merchants()
    (shopper,) = await make_shoppers(1)
    token = await cart_with(
        gql, shopper.token, storefront.code, [(gid("Variant", variants[0].id), 1)]
    )
    await BlacklistEntry.create(customer=shopper.user, reason="chargebacks")
    result = await place(gql, shopper.token, token, "k")
    assert result["orderGroup"] is None
    assert result["errors"][0]["code"] == "BLACKLISTED"
    assert await OrderGroup.all().count() == 0
    assert await _reserved(variants[0].id) == (10, 0)


async def test_grocery_storefront_sets_a_ten_minute_deadline(gql):
    _, variants = await _three_merchants()
    grocery = await Storefront.create(code="fresh", name="Fresh", policy="grocery")
    from models.catalog import Listing

    await Listing.create(product_id=variants[0].product_id, storefront=grocery)
    (shopper,) = await make_shoppers(1)
    token = await cart_with(gql, shopper.token, "fresh", [(gid("Variant", variants[0].id), 1)])
    before = now_utc()
    group = (await place(gql, shopper.token, token, "k"))["orderGroup"]
    stored = await OrderGroup.get(id=pk(group["id"]))
    assert (
        timedelta(minutes=9) < stored.payment_deadline - before <= timedelta(minutes=10, seconds=5)
    )


async def test_a_variant_stocked_in_two_warehouses_reserves_across_them(gql, client):
    storefront = await make_storefront()
    merchant = await Merchant.create(name="Split", slug="split")
    first = await Warehouse.create(merchant=merchant, code="a", name="A")
    second = await Warehouse.create(merchant=merchant, code="b", name="B")
    product = await make_product(merchant, storefront, "jam", stock=2, warehouse=first)
    await product.fetch_related("variants")
    variant = product.variants[0]
    await Stock.create(variant=variant, warehouse=second, on_hand=2)
    await StockMovement.create(
        stock=await Stock.get(warehouse=second), kind=MovementKind.ADJUST, on_hand_delta=2
    )
    buyer, greedy = await make_shoppers(2)

    # 5 > 2 + 2: refused, nothing reserved anywhere
    token = await cart_with(gql, greedy.token, storefront.code, [(gid("Variant", variant.id), 3)])
    await CartLine.filter(cart__token=token).update(quantity=5)
    refused = await place(gql, greedy.token, token, "greedy-1")
    assert [e["code"] for e in refused["errors"]] == ["INSUFFICIENT_STOCK"]
    assert await OrderGroup.filter(customer_id=greedy.user.id).count() == 0

    # 3: both units of the first warehouse's row, one of the second's (rows taken in id order)
    token = await cart_with(gql, buyer.token, storefront.code, [(gid("Variant", variant.id), 3)])
    result = await place(gql, buyer.token, token, "split-1")
    assert result["errors"] == []
    rows = await Stock.filter(variant_id=variant.id).order_by("id")
    assert [(s.on_hand, s.reserved) for s in rows] == [(2, 2), (2, 1)]
    payment = await start_payment(gql, buyer.token, result["orderGroup"]["id"])
    headers, body = signed_callback(payment["reference"], payment["amount"]["amount"])
    assert (await post_callback(client, headers, body)).status_code == 200
    rows = await Stock.filter(variant_id=variant.id).order_by("id")
    assert [(s.on_hand, s.reserved) for s in rows] == [(0, 0), (1, 0)]
    assert all(row.ok for row in await reconcile())
