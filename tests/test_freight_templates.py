"""Freight templates through the API: a merchant's templates price its part of a cart by region
(city rule over province rule over the default), by pieces or by weight, free over an amount or
in a region; an unserved region is refused at checkout with its code; templates are managed by
the merchant's owner and logistics staff only, and another merchant's are refused everywhere."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models.catalog import Product, Variant
from models.freight import ShippingTemplate
from models.orders import MerchantOrder, OrderGroup
from plugins.interfaces import QuoteLine
from plugins.shipping.freight_template import charge
from tests.checkout_support import gid, pk
from tests.order_support import make_order_world

CREATE = """mutation($input: ShippingTemplateCreateInput!) { shippingTemplateCreate(input: $input) {
  template { id name basis isDefault firstUnit firstPrice additionalUnit additionalPrice freeOver
             unserved rules { regions firstPrice freeOver } }
  errors { code field message } } }"""
UPDATE = """mutation($input: ShippingTemplateUpdateInput!) { shippingTemplateUpdate(input: $input) {
  template { id name isDefault firstPrice } errors { code field message } } }"""
DELETE = """mutation($id: ID!) { shippingTemplateDelete(id: $id) {
  deletedId errors { code field message } } }"""
ASSIGN = """mutation($input: ProductShippingTemplateSetInput!) {
  productShippingTemplateSet(input: $input) { productId template { id name }
  errors { code field message } } }"""
LIST = """query($m: ID) { shippingTemplates(merchant: $m) { id name isDefault } }"""
WEIGHT = """mutation($v: ID!, $g: Int!) { variantWeightSet(variant: $v, weightGrams: $g) {
  variantId weightGrams errors { code field message } } }"""
NODE = """query($id: ID!) { node(id: $id) { ... on ShippingTemplate { id name } } }"""
CART = """mutation($sf: String!, $lines: [CartLineInput!]!, $address: AddressInput!) {
  cartCreate(storefront: $sf, lines: $lines, shippingAddress: $address) {
    cart { token shippingTotal { amount } merchantGroups { merchant { slug }
      shippingUnavailable shippingMethods { code price { amount } }
      selectedShippingMethod { code price { amount } } } }
    errors { code field message } } }"""
MOVE = """mutation($token: String!, $address: AddressInput!) {
  cartShippingAddressUpdate(token: $token, address: $address) {
    cart { shippingTotal { amount } merchantGroups { merchant { slug } shippingUnavailable
      selectedShippingMethod { price { amount } } } }
    errors { code field message } } }"""
PLACE = """mutation($input: CheckoutPlaceOrderInput!) { checkoutPlaceOrder(input: $input) {
  orderGroup { id } errors { code field message } } }"""


def address(province: str, city: str, district: str) -> dict:
    return {
        "name": "Li Lei",
        "phone": "13800000000",
        "city": "City",
        "street": "1 Main Rd",
        "provinceCode": province,
        "cityCode": city,
        "districtCode": district,
    }


BEIJING = address("110000", "110100", "110105")
NINGBO = address("330000", "330200", "330203")
HANGZHOU = address("330000", "330100", "330106")
SHANGHAI = address("310000", "310100", "310101")
LHASA = address("540000", "540100", "540102")

A_TEMPLATE = {
    "name": "A standard",
    "isDefault": True,
    "basis": "PIECE",
    "firstUnit": "1",
    "firstPrice": "6.00",
    "additionalUnit": "1",
    "additionalPrice": "2.00",
    "freeOver": "99.00",
    "rules": [
        # Zhejiang: cheaper; Hangzhou (a city of it): always free
        {"regions": ["330000"], "firstUnit": "1", "firstPrice": "5.00",
         "additionalUnit": "1", "additionalPrice": "1.00"},
        {"regions": ["330100"], "firstUnit": "1", "firstPrice": "5.00",
         "additionalUnit": "1", "additionalPrice": "1.00", "freeOver": "0"},
    ],
    "unserved": ["540000"],  # Tibet
}  # fmt: skip
B_TEMPLATE = {
    "name": "B by weight",
    "basis": "WEIGHT",
    "firstUnit": "1",
    "firstPrice": "12.00",
    "additionalUnit": "0.5",
    "additionalPrice": "3.00",
    "rules": [
        {"regions": ["310000"], "firstUnit": "1", "firstPrice": "8.00",
         "additionalUnit": "0.5", "additionalPrice": "2.00"},
    ],
}  # fmt: skip


@pytest.fixture
async def world():
    return await make_order_world(stock=50)


async def create(gql, token: str, data: dict) -> dict:
    body = await gql(CREATE, {"input": data}, token=token)
    assert "errors" not in body, body
    return body["data"]["shippingTemplateCreate"]


async def two_merchants_with_templates(gql, world) -> tuple[dict, dict]:
    """A: a default piece template (owner); B: a weight template on its product (logistics
    staff), its variant weighing 800 g."""
    a = await create(gql, world.a.owner.token, A_TEMPLATE)
    assert a["errors"] == [], a
    b = await create(gql, world.b.logistics.token, B_TEMPLATE)
    assert b["errors"] == [], b
    body = await gql(
        WEIGHT, {"v": gid("Variant", world.b.variant.id), "g": 800}, token=world.b.catalog.token
    )
    assert body["data"]["variantWeightSet"]["weightGrams"] == 800, body
    product = gid("Product", world.b.variant.product_id)
    body = await gql(
        ASSIGN, {"input": {"product": product, "template": b["template"]["id"]}},
        token=world.b.catalog.token,
    )  # fmt: skip
    assert body["data"]["productShippingTemplateSet"]["errors"] == [], body
    return a["template"], b["template"]


def _prices(cart: dict) -> dict[str, str | None]:
    return {
        g["merchant"]["slug"]: (
            g["selectedShippingMethod"]["price"]["amount"] if g["selectedShippingMethod"] else None
        )
        for g in cart["merchantGroups"]
    }


async def test_one_cart_is_quoted_by_each_merchants_templates_and_region(gql, world):
    await two_merchants_with_templates(gql, world)
    lines = [
        {"variantId": gid("Variant", world.a.variant.id), "quantity": 3},  # 30.00
        {"variantId": gid("Variant", world.b.variant.id), "quantity": 2},  # 1.6 kg
    ]
    token = world.customer.token
    body = await gql(CART, {"sf": "mall", "lines": lines, "address": BEIJING}, token=token)
    cart = body["data"]["cartCreate"]
    assert cart["errors"] == [], cart
    # A: 6 + 2 x 2 (default); B: 12 + ceil(0.6 / 0.5) x 3 (default)
    assert _prices(cart["cart"]) == {"alpha": "10.00", "beta": "18.00"}
    assert cart["cart"]["shippingTotal"]["amount"] == "28.00"
    methods = cart["cart"]["merchantGroups"][0]["shippingMethods"]
    assert [m["code"] for m in methods] == ["freight_template:standard"]  # no flat rate

    expected = {
        "ningbo": (NINGBO, {"alpha": "7.00", "beta": "18.00"}),  # Zhejiang's rule: 5 + 2 x 1
        "hangzhou": (HANGZHOU, {"alpha": "0.00", "beta": "18.00"}),  # the city rule wins
        "shanghai": (SHANGHAI, {"alpha": "10.00", "beta": "12.00"}),  # B's rule: 8 + 2 x 2
    }
    for where, (addr, prices) in expected.items():
        body = await gql(MOVE, {"token": cart["cart"]["token"], "address": addr}, token=token)
        moved = body["data"]["cartShippingAddressUpdate"]
        assert moved["errors"] == [], moved
        assert _prices(moved["cart"]) == prices, where


async def test_free_over_the_templates_amount(gql, world):
    await two_merchants_with_templates(gql, world)
    lines = [{"variantId": gid("Variant", world.a.variant.id), "quantity": 10}]  # 100.00
    body = await gql(
        CART, {"sf": "mall", "lines": lines, "address": BEIJING}, token=world.customer.token
    )
    assert _prices(body["data"]["cartCreate"]["cart"]) == {"alpha": "0.00"}
    lines[0]["quantity"] = 9  # 90.00: 6 + 8 x 2
    body = await gql(
        CART, {"sf": "mall", "lines": lines, "address": BEIJING}, token=world.customer.token
    )
    assert _prices(body["data"]["cartCreate"]["cart"]) == {"alpha": "22.00"}


async def test_a_merchant_without_templates_keeps_the_storefronts_flat_rate(gql, world):
    await create(gql, world.a.owner.token, A_TEMPLATE)
    lines = [{"variantId": gid("Variant", world.b.variant.id), "quantity": 1}]
    body = await gql(
        CART, {"sf": "mall", "lines": lines, "address": BEIJING}, token=world.customer.token
    )
    group = body["data"]["cartCreate"]["cart"]["merchantGroups"][0]
    assert group["selectedShippingMethod"]["code"] == "flat_rate:standard"
    assert group["selectedShippingMethod"]["price"]["amount"] == "8.00"


async def test_an_unserved_region_is_refused_at_checkout_with_its_code(gql, world):
    await two_merchants_with_templates(gql, world)
    lines = [
        {"variantId": gid("Variant", world.a.variant.id), "quantity": 1},
        {"variantId": gid("Variant", world.b.variant.id), "quantity": 1},
    ]
    token = world.customer.token
    body = await gql(CART, {"sf": "mall", "lines": lines, "address": LHASA}, token=token)
    cart = body["data"]["cartCreate"]["cart"]
    groups = {g["merchant"]["slug"]: g for g in cart["merchantGroups"]}
    assert groups["alpha"]["shippingMethods"] == [] and groups["alpha"]["shippingUnavailable"]
    assert groups["beta"]["shippingUnavailable"] is None  # B ships there
    body = await gql(
        PLACE, {"input": {"cartToken": cart["token"], "idempotencyKey": "tibet-1"}}, token=token
    )
    placed = body["data"]["checkoutPlaceOrder"]
    assert placed["orderGroup"] is None
    assert [(e["code"], e["field"]) for e in placed["errors"]] == [
        ("SHIPPING_REGION_NOT_SERVED", "shippingAddress")
    ]
    assert await OrderGroup.all().count() == 0 and await MerchantOrder.all().count() == 0
    # the same cart sent to a served region places
    body = await gql(MOVE, {"token": cart["token"], "address": NINGBO}, token=token)
    body = await gql(
        PLACE, {"input": {"cartToken": cart["token"], "idempotencyKey": "tibet-2"}}, token=token
    )
    assert body["data"]["checkoutPlaceOrder"]["errors"] == [], body
    orders = await MerchantOrder.all().order_by("merchant_id")
    assert [o.shipping_price for o in orders] == [Decimal("5.00"), Decimal("12.00")]


async def test_one_default_per_merchant_and_a_deleted_template_falls_back(gql, world):
    first = (await create(gql, world.a.owner.token, A_TEMPLATE))["template"]
    second = (await create(gql, world.a.logistics.token, {**A_TEMPLATE, "name": "A new"}))[
        "template"
    ]
    body = await gql(LIST, {}, token=world.a.owner.token)
    assert [(t["name"], t["isDefault"]) for t in body["data"]["shippingTemplates"]] == [
        ("A standard", False),
        ("A new", True),
    ]
    special = await create(
        gql, world.a.owner.token, {**A_TEMPLATE, "name": "A special", "isDefault": False,
                                   "firstPrice": "30.00", "rules": []},
    )  # fmt: skip
    product = gid("Product", world.a.variant.product_id)
    body = await gql(
        ASSIGN, {"input": {"product": product, "template": special["template"]["id"]}},
        token=world.a.owner.token,
    )  # fmt: skip
    assert body["data"]["productShippingTemplateSet"]["template"]["name"] == "A special"
    lines = [{"variantId": gid("Variant", world.a.variant.id), "quantity": 1}]
    quote = {"sf": "mall", "lines": lines, "address": BEIJING}
    body = await gql(CART, quote, token=world.customer.token)
    assert _prices(body["data"]["cartCreate"]["cart"]) == {"alpha": "30.00"}
    body = await gql(DELETE, {"id": special["template"]["id"]}, token=world.a.owner.token)
    assert body["data"]["shippingTemplateDelete"]["errors"] == []
    assert (await Product.get(id=world.a.variant.product_id)).shipping_template_id is None
    body = await gql(CART, quote, token=world.customer.token)
    assert _prices(body["data"]["cartCreate"]["cart"]) == {"alpha": "6.00"}  # the default
    body = await gql(
        UPDATE, {"input": {"id": first["id"], "isDefault": True, "firstPrice": "4.50"}},
        token=world.a.owner.token,
    )  # fmt: skip
    assert body["data"]["shippingTemplateUpdate"]["template"]["isDefault"] is True
    defaults = await ShippingTemplate.filter(merchant_id=world.a.merchant.id, is_default=True)
    assert [t.id for t in defaults] == [pk(first["id"])] and pk(second["id"]) != pk(first["id"])
    body = await gql(CART, quote, token=world.customer.token)
    assert _prices(body["data"]["cartCreate"]["cart"]) == {"alpha": "4.50"}


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"unserved": ["54000"]}, "INVALID_REGION", "unserved.0"),
        ({"unserved": ["540000", "A40000"]}, "INVALID_REGION", "unserved.1"),
        ({"unserved": ["040000"]}, "INVALID_REGION", "unserved.0"),
        ({"unserved": ["990000"]}, "INVALID_REGION", "unserved.0"),  # not in the region list
        ({"rules": [{**A_TEMPLATE["rules"][0], "regions": ["3300001"]}]}, "INVALID_REGION",
         "rules.0.regions.0"),
        ({"rules": [A_TEMPLATE["rules"][0], A_TEMPLATE["rules"][0]]}, "INVALID_REGION",
         "rules.1.regions"),
        ({"rules": [{**A_TEMPLATE["rules"][0], "regions": []}]}, "INVALID", "rules.0.regions"),
        ({"firstUnit": "0"}, "INVALID", "firstUnit"),
        ({"firstPrice": "-1"}, "INVALID", "firstPrice"),
        ({"firstPrice": "1.001"}, "INVALID", "firstPrice"),
        ({"name": "  "}, "INVALID", "name"),
        ({"etaDays": 99}, "INVALID", "etaDays"),
    ],
)  # fmt: skip
async def test_bad_templates_are_refused_and_nothing_is_kept(gql, world, change, code, field):
    result = await create(gql, world.a.owner.token, {**A_TEMPLATE, **change})
    assert result["template"] is None
    assert [(e["code"], e["field"]) for e in result["errors"]] == [(code, field)]
    assert await ShippingTemplate.all().count() == 0


async def test_division_codes_by_level(world):
    """A city rule beats its province's; a district code in ``unserved`` blocks that district."""
    template = {
        "firstUnit": "1", "firstPrice": "9.00", "additionalUnit": "0", "additionalPrice": "0",
        "rules": [
            {"regions": ["330000"], "firstUnit": "1", "firstPrice": "5.00",
             "additionalUnit": "0", "additionalPrice": "0"},
            {"regions": ["330100"], "firstUnit": "1", "firstPrice": "3.00",
             "additionalUnit": "0", "additionalPrice": "0"},
        ],
        "unserved": ["330106"],
    }  # fmt: skip
    line = [QuoteLine(1, 4, Decimal("1.00"))]
    assert charge(template, line, NINGBO) == Decimal("5.00")
    assert charge(template, line, {**HANGZHOU, "districtCode": "330105"}) == Decimal("3.00")
    assert charge(template, line, BEIJING) == Decimal("9.00")
    assert charge(template, line, None) == Decimal("9.00")  # no address yet: the default
    from plugins.interfaces import ShippingUnavailable

    with pytest.raises(ShippingUnavailable):
        charge(template, line, HANGZHOU)


# --- tenancy and roles -------------------------------------------------------------------------


async def test_another_merchants_templates_are_refused_everywhere(gql, world):
    a_template, _ = await two_merchants_with_templates(gql, world)
    b_owner = world.b.owner.token
    before = await ShippingTemplate.get(id=pk(a_template["id"]))

    body = await gql(UPDATE, {"input": {"id": a_template["id"], "firstPrice": "0"}}, token=b_owner)
    errors = body["data"]["shippingTemplateUpdate"]["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [("NOT_FOUND", "id")]
    body = await gql(DELETE, {"id": a_template["id"]}, token=b_owner)
    assert body["data"]["shippingTemplateDelete"]["errors"][0]["code"] == "NOT_FOUND"
    # B's product cannot take A's template; A's product cannot be given one by B
    for product, template in (
        (world.b.variant.product_id, a_template["id"]),
        (world.a.variant.product_id, None),
    ):
        body = await gql(
            ASSIGN, {"input": {"product": gid("Product", product), "template": template}},
            token=b_owner,
        )  # fmt: skip
        assert body["data"]["productShippingTemplateSet"]["errors"][0]["code"] == "NOT_FOUND"
    for grams in (5, -1):  # another merchant's variant: not found, whatever the weight
        body = await gql(
            WEIGHT, {"v": gid("Variant", world.a.variant.id), "g": grams}, token=b_owner
        )
        assert body["data"]["variantWeightSet"]["errors"][0]["code"] == "NOT_FOUND"
    body = await gql(WEIGHT, {"v": gid("Variant", world.b.variant.id), "g": -1}, token=b_owner)
    assert [(e["code"], e["field"]) for e in body["data"]["variantWeightSet"]["errors"]] == [
        ("INVALID", "weightGrams")
    ]
    assert (await Variant.get(id=world.a.variant.id)).weight_grams == 0
    assert (await Variant.get(id=world.b.variant.id)).weight_grams == 800
    body = await gql(LIST, {"m": gid("Merchant", world.a.merchant.id)}, token=b_owner)
    assert body["data"] is None or not body["data"].get("shippingTemplates")
    body = await gql(LIST, {}, token=b_owner)
    assert [t["name"] for t in body["data"]["shippingTemplates"]] == ["B by weight"]
    for token in (b_owner, world.customer.token, None):
        body = await gql(NODE, {"id": a_template["id"]}, token=token)
        assert body["data"]["node"] is None
    body = await gql(NODE, {"id": a_template["id"]}, token=world.a.orders.token)
    assert body["data"]["node"]["name"] == "A standard"  # any staff of A may read it
    after = await ShippingTemplate.get(id=pk(a_template["id"]))
    assert (after.first_price, after.updated_at) == (before.first_price, before.updated_at)
    assert (await Product.get(id=world.a.variant.product_id)).shipping_template_id is None


async def test_only_owners_logistics_staff_and_admins_manage_templates(gql, world):
    for token in (world.a.orders.token, world.a.warehouse_staff.token, world.customer.token):
        result = await create(gql, token, A_TEMPLATE)
        assert result["errors"][0]["code"] in ("PERMISSION_DENIED", "UNAUTHENTICATED")
    anonymous = await create(gql, None, A_TEMPLATE)
    assert anonymous["errors"][0]["code"] == "UNAUTHENTICATED"
    assert await ShippingTemplate.all().count() == 0
    admin = await create(
        gql, world.admin.token, {**A_TEMPLATE, "merchant": gid("Merchant", world.b.merchant.id)}
    )
    assert admin["errors"] == []
    assert (await ShippingTemplate.get()).merchant_id == world.b.merchant.id
    # a staff member naming another merchant is refused
    result = await create(
        gql, world.a.owner.token, {**A_TEMPLATE, "merchant": gid("Merchant", world.b.merchant.id)}
    )
    assert result["errors"][0]["code"] == "PERMISSION_DENIED"


# --- the demo ------------------------------------------------------------------------------------


async def test_the_demo_merchants_quote_by_their_templates(gql):
    from plaza.demo import load_demo

    await load_demo(products=60, force=False, manage_orm=False, verbose=False)
    rows = await ShippingTemplate.all().order_by("name").values_list("merchant__slug", "is_default")
    assert rows == [("lumen", True), ("silk-thread", True)]
    variant = await Variant.filter(product__merchant__slug="lumen", weight_grams__gt=0).first()
    assert variant is not None
    lines = [{"variantId": gid("Variant", variant.id), "quantity": 1}]
    prices = {}
    for where, addr in (
        ("shenzhen", address("440000", "440300", "440305")),
        ("lhasa", LHASA),
        ("beijing", BEIJING),
    ):
        body = await gql(CART, {"sf": "mall", "lines": lines, "address": addr})
        (group,) = body["data"]["cartCreate"]["cart"]["merchantGroups"]
        selected = group["selectedShippingMethod"]
        prices[where] = selected and selected["price"]["amount"]
    assert prices["shenzhen"] == "0.00" and prices["lhasa"] is None
    assert prices["beijing"] not in (None, "0.00", "8.00") or variant.price_amount >= 299
