"""The customer's address book: saved addresses (phone in E.164, region as GB/T 2260 codes),
the limit and the default, chosen by id at checkout and on an unconfirmed order (a copy goes
onto the order), and another customer's address refused on every path."""

from __future__ import annotations

import asyncio
import json

import pytest

from models.addresses import CustomerAddress
from models.checkout import Cart
from models.merchants import Merchant
from models.orders import MerchantOrder, OrderGroup
from models.outbox import OutboxEvent
from models.regions import Level, regions
from models.webhooks import DeliveryTarget, MerchantInboxItem, WebhookDelivery
from resolvers.addresses import MAX_ADDRESSES
from resolvers.dispatch import dispatch_event, dispatch_paid_order
from tests.checkout_support import cart_with, gid, pk
from tests.order_support import act, make_order_world, paid_order, placed_group

FIELDS = """id label recipient phone country provinceCode province cityCode city districtCode
  district street postalCode isDefault"""
CREATE = f"""mutation($input: AddressCreateInput!) {{ addressCreate(input: $input) {{
  address {{ {FIELDS} }} errors {{ code field message }} }} }}"""
UPDATE = f"""mutation($input: AddressUpdateInput!) {{ addressUpdate(input: $input) {{
  address {{ {FIELDS} }} errors {{ code field message }} }} }}"""
DELETE = """mutation($id: ID!) { addressDelete(id: $id) { deletedId errors { code field } } }"""
SET_DEFAULT = f"""mutation($id: ID!) {{ addressSetDefault(id: $id) {{
  address {{ {FIELDS} }} errors {{ code field message }} }} }}"""
MINE = f"""{{ me {{ addresses {{ {FIELDS} }} }} }}"""
NODE = """query($id: ID!) { node(id: $id) { id ... on CustomerAddress { recipient } } }"""
CART_ADDRESS = """mutation($token: String!, $address: AddressInput, $addressId: ID) {
  cartShippingAddressUpdate(token: $token, address: $address, addressId: $addressId) {
    cart { shippingAddress } errors { code field message } } }"""
PLACE = """mutation($input: CheckoutPlaceOrderInput!) { checkoutPlaceOrder(input: $input) {
  orderGroup { id orders { id shippingAddress } } errors { code field message } } }"""

HOME = {  # 浙江省 杭州市 西湖区
    "recipient": "Li Lei",
    "phone": "138 0013 8000",
    "provinceCode": "330000",
    "cityCode": "330100",
    "districtCode": "330106",
    "street": "1 West Lake Rd",
    "label": "Home",
    "postalCode": "310000",
}
OFFICE = {  # 上海市 浦东新区, given by its district code alone
    "recipient": "Li Lei",
    "phone": "+86 139 0000 0000",
    "districtCode": "310115",
    "street": "88 Century Ave",
    "label": "Office",
}
HOME_COPY = {  # what a cart/order stores for HOME
    "name": "Li Lei",
    "phone": "+8613800138000",
    "city": "杭州市",
    "street": "1 West Lake Rd",
    "district": "西湖区",
    "postalCode": "310000",
    "country": "CN",
    "province": "浙江省",
    "provinceCode": "330000",
    "cityCode": "330100",
    "districtCode": "330106",
}


async def create(gql, token: str, **fields) -> dict:
    body = await gql(CREATE, {"input": fields}, token=token)
    assert "errors" not in body, body
    return body["data"]["addressCreate"]


async def created(gql, token: str, **fields) -> dict:
    result = await create(gql, token, **fields)
    assert result["errors"] == [], result
    return result["address"]


async def mine(gql, token: str) -> list[dict]:
    body = await gql(MINE, token=token)
    assert "errors" not in body, body
    return body["data"]["me"]["addresses"]


async def rows_of(user_id: int) -> list[dict]:
    return await CustomerAddress.filter(customer_id=user_id).order_by("id").values()


async def test_saved_addresses_store_e164_and_the_code_lists_names(gql):
    w = await make_order_world()
    token = w.customer.token
    home = await created(gql, token, **HOME)
    assert home["phone"] == "+8613800138000"
    assert (home["province"], home["city"], home["district"]) == ("浙江省", "杭州市", "西湖区")
    assert home["isDefault"] is True, "the first address is the default"
    office = await created(gql, token, **OFFICE)
    assert (office["provinceCode"], office["cityCode"]) == ("310000", "310100")
    assert (office["province"], office["district"]) == ("上海市", "浦东新区")
    assert office["isDefault"] is False and office["postalCode"] is None
    # names given with codes do not matter: the code list names the region
    named = await created(gql, token, **{**HOME, "label": "Named"}, isDefault=True)
    assert named["city"] == "杭州市" and named["isDefault"] is True
    listed = await mine(gql, token)
    assert listed[0]["label"] == "Named"
    assert [a["isDefault"] for a in listed] == [True, False, False]
    assert (
        await CustomerAddress.filter(customer_id=w.customer.user.id, is_default=True).count() == 1
    )

    # a Hong Kong address: no cities in the list, the phone read as a Hong Kong number
    hk = await created(
        gql,
        token,
        recipient="Chan",
        phone="9123 4567",
        provinceCode="810000",
        street="1 Queen's Rd",
    )
    assert hk["phone"] == "+85291234567" and hk["province"] == "香港特别行政区"
    assert hk["cityCode"] is None
    # a city without districts (东莞市) needs none
    dongguan = await created(
        gql, token, recipient="Wu", phone="13800000000", cityCode="441900", street="2 Dongcheng Rd"
    )
    assert (dongguan["provinceCode"], dongguan["districtCode"]) == ("440000", None)


REFUSALS = [
    ({"phone": "not-a-phone"}, "INVALID_PHONE", "phone"),
    ({"phone": "12345"}, "INVALID_PHONE", "phone"),
    ({"phone": ""}, "INVALID_PHONE", "phone"),
    ({"districtCode": "330199"}, "INVALID_REGION", "districtCode"),
    ({"districtCode": "330100"}, "INVALID_REGION", "districtCode"),  # a city's code
    ({"cityCode": "310100", "districtCode": "330106"}, "REGION_MISMATCH", "districtCode"),
    ({"provinceCode": "320000"}, "REGION_MISMATCH", "cityCode"),  # Hangzhou is not in Jiangsu
    (
        {"provinceCode": "990000", "cityCode": None, "districtCode": None},
        "INVALID_REGION",
        "provinceCode",
    ),
    ({"cityCode": None, "districtCode": None}, "REQUIRED", "cityCode"),
    ({"districtCode": None}, "REQUIRED", "districtCode"),
    ({"provinceCode": None, "cityCode": None, "districtCode": None}, "REQUIRED", "provinceCode"),
    ({"recipient": "  "}, "REQUIRED", "recipient"),
    ({"street": ""}, "REQUIRED", "street"),
    ({"street": "x" * 201}, "INVALID", "street"),
    ({"recipient": "x" * 101}, "INVALID", "recipient"),
    ({"label": "x" * 41}, "INVALID", "label"),
    ({"postalCode": "31000!"}, "INVALID", "postalCode"),
]


@pytest.mark.parametrize(("change", "code", "field"), REFUSALS)
async def test_each_bad_field_is_refused_with_its_code_and_nothing_is_saved(
    gql, change, code, field
):
    w = await make_order_world()
    result = await create(gql, w.customer.token, **{**HOME, **change})
    assert result["address"] is None
    assert [(e["code"], e["field"]) for e in result["errors"]] == [(code, field)], result
    assert await CustomerAddress.all().count() == 0


async def test_an_address_book_holds_at_most_the_limit(gql):
    w = await make_order_world()
    for i in range(MAX_ADDRESSES):
        await created(gql, w.customer.token, **{**HOME, "label": f"#{i}"})
    result = await create(gql, w.customer.token, **{**HOME, "label": "one too many"})
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("LIMIT_REACHED", None)]
    assert await CustomerAddress.filter(customer_id=w.customer.user.id).count() == MAX_ADDRESSES
    # the limit is per customer
    assert (await create(gql, w.stranger.token, **HOME))["errors"] == []


async def test_update_set_default_and_delete_keep_exactly_one_default(gql):
    w = await make_order_world()
    token, user_id = w.customer.token, w.customer.user.id
    home = await created(gql, token, **HOME)
    office = await created(gql, token, **OFFICE)

    body = await gql(UPDATE, {"input": {"id": office["id"], "phone": "13900000001"}}, token=token)
    assert body["data"]["addressUpdate"]["address"]["phone"] == "+8613900000001"
    # the region goes as a whole: a province alone asks for its city; nothing changes
    before = await rows_of(user_id)
    for change, code, field in [
        ({"provinceCode": "320000"}, "REQUIRED", "cityCode"),
        ({"cityCode": "320100", "districtCode": "330106"}, "REGION_MISMATCH", "districtCode"),
        ({"phone": "not-a-phone"}, "INVALID_PHONE", "phone"),
        ({"recipient": ""}, "REQUIRED", "recipient"),
        ({"isDefault": False}, "INVALID", "isDefault"),  # on the default: set another instead
    ]:
        target = home["id"] if field == "isDefault" else office["id"]
        body = await gql(UPDATE, {"input": {"id": target, **change}}, token=token)
        result = body["data"]["addressUpdate"]
        assert [(e["code"], e["field"]) for e in result["errors"]] == [(code, field)], change
        assert await rows_of(user_id) == before, change
    body = await gql(UPDATE, {"input": {"id": office["id"], "districtCode": "320106"}}, token=token)
    moved = body["data"]["addressUpdate"]["address"]
    assert (moved["province"], moved["city"], moved["district"]) == ("江苏省", "南京市", "鼓楼区")

    body = await gql(SET_DEFAULT, {"id": office["id"]}, token=token)
    assert body["data"]["addressSetDefault"]["address"]["isDefault"] is True
    assert [(a["id"], a["isDefault"]) for a in await mine(gql, token)] == [
        (office["id"], True),
        (home["id"], False),
    ]
    body = await gql(UPDATE, {"input": {"id": home["id"], "isDefault": True}}, token=token)
    assert body["data"]["addressUpdate"]["address"]["isDefault"] is True
    assert [a["isDefault"] for a in await mine(gql, token)] == [True, False]

    # deleting the default hands it to the other address; deleting the last leaves none
    body = await gql(DELETE, {"id": home["id"]}, token=token)
    assert body["data"]["addressDelete"] == {"deletedId": home["id"], "errors": []}
    assert [(a["id"], a["isDefault"]) for a in await mine(gql, token)] == [(office["id"], True)]
    body = await gql(DELETE, {"id": office["id"]}, token=token)
    assert body["data"]["addressDelete"]["errors"] == []
    assert await mine(gql, token) == []
    body = await gql(DELETE, {"id": office["id"]}, token=token)
    assert body["data"]["addressDelete"]["errors"] == [{"code": "NOT_FOUND", "field": "id"}]


async def test_another_customers_address_is_refused_on_every_path(gql, client):
    w = await make_order_world()
    home = await created(gql, w.customer.token, **HOME)
    own = await created(gql, w.stranger.token, **OFFICE)
    before = await rows_of(w.customer.user.id)

    for query, variables, name in [
        (UPDATE, {"input": {"id": home["id"], "recipient": "Mallory"}}, "addressUpdate"),
        (SET_DEFAULT, {"id": home["id"]}, "addressSetDefault"),
        (DELETE, {"id": home["id"]}, "addressDelete"),
    ]:
        body = await gql(query, variables, token=w.stranger.token)
        errors = body["data"][name]["errors"]
        assert [(e["code"], e["field"]) for e in errors] == [("NOT_FOUND", "id")], name
    assert await rows_of(w.customer.user.id) == before
    assert (await CustomerAddress.get(id=pk(own["id"]))).is_default  # the stranger's untouched

    # node: the customer only (not the other customer, staff, platform staff, anonymous)
    for token in (w.stranger.token, w.a.owner.token, w.admin.token, w.service.token, None):
        body = await gql(NODE, {"id": home["id"]}, token=token)
        assert body["data"]["node"] is None, token
    body = await gql(NODE, {"id": home["id"]}, token=w.customer.token)
    assert body["data"]["node"] == {"id": home["id"], "recipient": "Li Lei"}
    assert [a["id"] for a in await mine(gql, w.stranger.token)] == [own["id"]]
    assert (await gql(MINE, token=w.a.owner.token))["data"]["me"]["addresses"] == []

    # the cart and the placement: NOT_FOUND on addressId, the cart keeps its address, no order
    cart = await cart_with(gql, w.stranger.token, "mall", [(gid("Variant", w.a.variant.id), 1)])
    kept = (await Cart.get(token=cart)).shipping_address
    body = await gql(CART_ADDRESS, {"token": cart, "addressId": home["id"]}, token=w.stranger.token)
    errors = body["data"]["cartShippingAddressUpdate"]["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [("NOT_FOUND", "addressId")]
    body = await gql(
        PLACE,
        {"input": {"cartToken": cart, "idempotencyKey": "k-other", "addressId": home["id"]}},
        token=w.stranger.token,
    )
    result = body["data"]["checkoutPlaceOrder"]
    assert result["orderGroup"] is None
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("NOT_FOUND", "addressId")]
    assert await OrderGroup.all().count() == 0
    assert (await Cart.get(token=cart)).shipping_address == kept

    # an unconfirmed order of the stranger's: NOT_FOUND, the order unchanged
    order_id = await paid_order(gql, client, w.stranger, w.mall, w.a.variant)
    was = await MerchantOrder.get(id=pk(order_id)).values()
    result = await act(gql, "orderUpdate", w.stranger.token, order_id, addressId=home["id"])
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("NOT_FOUND", "addressId")]
    assert await MerchantOrder.get(id=pk(order_id)).values() == was
    # an id of another type is INVALID, not a lookup
    result = await act(gql, "orderUpdate", w.stranger.token, order_id, addressId=order_id)
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("INVALID", "addressId")]


async def test_placing_by_address_id_copies_the_address_onto_the_order(gql):
    w = await make_order_world()
    token = w.customer.token
    home = await created(gql, token, **HOME)
    cart = await cart_with(gql, token, "mall", [(gid("Variant", w.a.variant.id), 1)])
    typed = {"name": "x", "phone": "13800000000", "city": "c", "street": "s"}
    both = {"cartToken": cart, "idempotencyKey": "k-1", "addressId": home["id"]}
    both["shippingAddress"] = typed
    body = await gql(PLACE, {"input": both}, token=token)
    errors = body["data"]["checkoutPlaceOrder"]["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [("INVALID", "addressId")]

    body = await gql(
        PLACE,
        {"input": {"cartToken": cart, "idempotencyKey": "k-1", "addressId": home["id"]}},
        token=token,
    )
    result = body["data"]["checkoutPlaceOrder"]
    assert result["errors"] == [], result
    (order,) = result["orderGroup"]["orders"]
    assert order["shippingAddress"] == HOME_COPY
    assert (await Cart.get(token=cart)).shipping_address == HOME_COPY

    # the order keeps its copy when the saved address changes or goes
    await gql(UPDATE, {"input": {"id": home["id"], "street": "2 New Rd"}}, token=token)
    await gql(DELETE, {"id": home["id"]}, token=token)
    assert (await MerchantOrder.get(id=pk(order["id"]))).shipping_address == HOME_COPY

    # the cart's own mutation takes a saved address too
    office = await created(gql, token, **OFFICE)
    cart = await cart_with(gql, token, "mall", [(gid("Variant", w.a.variant.id), 1)])
    body = await gql(CART_ADDRESS, {"token": cart, "addressId": office["id"]}, token=token)
    stored = body["data"]["cartShippingAddressUpdate"]["cart"]["shippingAddress"]
    assert stored["districtCode"] == "310115" and stored["city"] == "上海市"
    assert stored["phone"] == "+8613900000000"


async def test_a_typed_address_at_checkout_is_validated_too(gql):
    w = await make_order_world()
    token = w.customer.token
    cart = await cart_with(gql, token, "mall", [(gid("Variant", w.a.variant.id), 1)])
    kept = (await Cart.get(token=cart)).shipping_address
    typed = {"name": "Li Lei", "phone": "not-a-phone", "city": "Hangzhou", "street": "1 Rd"}
    for address, code, field in [
        (typed, "INVALID_PHONE", "address.phone"),
        (
            {**typed, "phone": "13800000000", "cityCode": "330100", "provinceCode": "320000"},
            "REGION_MISMATCH",
            "address.cityCode",
        ),
        (
            {**typed, "phone": "13800000000", "districtCode": "000000"},
            "INVALID_REGION",
            "address.districtCode",
        ),
    ]:
        body = await gql(CART_ADDRESS, {"token": cart, "address": address}, token=token)
        errors = body["data"]["cartShippingAddressUpdate"]["errors"]
        assert [(e["code"], e["field"]) for e in errors] == [(code, field)], address
        assert (await Cart.get(token=cart)).shipping_address == kept
    body = await gql(CART_ADDRESS, {"token": cart}, token=token)
    errors = body["data"]["cartShippingAddressUpdate"]["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [("INVALID", "address")]

    body = await gql(
        PLACE,
        {"input": {"cartToken": cart, "idempotencyKey": "k-typed", "shippingAddress": typed}},
        token=token,
    )
    result = body["data"]["checkoutPlaceOrder"]
    assert [(e["code"], e["field"]) for e in result["errors"]] == [
        ("INVALID_PHONE", "shippingAddress.phone")
    ]
    assert await OrderGroup.all().count() == 0

    # a valid typed address: the phone in E.164, the codes completed with the list's names
    good = {**typed, "phone": "138-0013-8000", "districtCode": "330106"}
    body = await gql(
        PLACE,
        {"input": {"cartToken": cart, "idempotencyKey": "k-typed", "shippingAddress": good}},
        token=token,
    )
    result = body["data"]["checkoutPlaceOrder"]
    assert result["errors"] == [], result
    stored = result["orderGroup"]["orders"][0]["shippingAddress"]
    assert stored["phone"] == "+8613800138000"
    assert (stored["provinceCode"], stored["cityCode"], stored["city"]) == (
        "330000",
        "330100",
        "杭州市",
    )


async def test_an_address_change_on_an_unconfirmed_order_reaches_the_merchant(gql, client):
    w = await make_order_world()
    await Merchant.filter(id=w.a.merchant.id).update(
        webhook_url="https://merchant.example/hook", webhook_secret="whsec_merchant"
    )
    order_id = await paid_order(gql, client, w.customer, w.mall, w.a.variant)
    (paid,) = await OutboxEvent.filter(topic="order.paid", aggregate_id=pk(order_id))
    await dispatch_paid_order(paid.id)
    (item,) = await MerchantInboxItem.all()
    old = item.payload["data"]["shippingAddress"]
    assert old["city"] == "Hangzhou"

    office = await created(gql, w.customer.token, **OFFICE)
    result = await act(gql, "orderUpdate", w.customer.token, order_id, addressId=office["id"])
    assert result["errors"] == [], result
    new = result["order"]["shippingAddress"]
    assert new["districtCode"] == "310115" and new["phone"] == "+8613900000000"
    (event,) = await OutboxEvent.filter(topic="order.updated", aggregate_id=pk(order_id))
    await dispatch_event(event)

    (item,) = await MerchantInboxItem.all()
    assert item.event_type == "order.updated"
    assert item.payload["data"]["shippingAddress"] == new
    assert item.payload["data"]["change"]["changed"] == ["shipping_address"]
    assert item.payload["data"]["change"]["previousShippingAddress"] == old
    deliveries = await WebhookDelivery.filter(target=DeliveryTarget.MERCHANT).order_by("id")
    assert [d.event_type for d in deliveries] == ["order.paid", "order.updated"]
    body = json.loads(deliveries[1].body)
    assert body["data"]["shippingAddress"] == new
    assert body["data"]["change"]["previousShippingAddress"] == old


async def test_a_typed_address_change_on_an_order_is_validated(gql):
    w = await make_order_world()
    group = await placed_group(gql, w.customer, w.mall, [(w.a.variant, 1)])
    order_id = group["orders"][0]["id"]
    was = await MerchantOrder.get(id=pk(order_id)).values()
    bad = {"name": "Han", "phone": "not-a-phone", "city": "Suzhou", "street": "8 Canal St"}
    result = await act(gql, "orderUpdate", w.customer.token, order_id, shippingAddress=bad)
    assert [(e["code"], e["field"]) for e in result["errors"]] == [
        ("INVALID_PHONE", "shippingAddress.phone")
    ]
    assert await MerchantOrder.get(id=pk(order_id)).values() == was


@pytest.mark.postgres
async def test_simultaneous_saves_stop_at_the_limit_with_one_default(gql):
    """Many clients of one customer saving at once: exactly the limit is kept, one default."""
    w = await make_order_world()
    token = w.customer.token
    for i in range(MAX_ADDRESSES - 5):
        await created(gql, token, **{**HOME, "label": f"#{i}"})
    results = await asyncio.gather(
        *(create(gql, token, **{**OFFICE, "label": f"c{i}", "isDefault": True}) for i in range(20))
    )
    codes = sorted(r["errors"][0]["code"] if r["errors"] else "OK" for r in results)
    assert codes == ["LIMIT_REACHED"] * 15 + ["OK"] * 5
    rows = await CustomerAddress.filter(customer_id=w.customer.user.id)
    assert len(rows) == MAX_ADDRESSES
    assert sum(r.is_default for r in rows) == 1


def test_the_region_list_is_a_tree_of_six_digit_codes():
    listing = regions()
    provinces = [r for r in listing.by_code.values() if r.level == Level.PROVINCE]
    assert len(provinces) == 34
    for region in listing.by_code.values():
        assert len(region.code) == 6 and region.code.isdigit(), region
        if region.level == Level.CITY:
            assert listing.get(region.parent, Level.PROVINCE) is not None, region
        if region.level == Level.DISTRICT:
            assert listing.get(region.parent, Level.CITY) is not None, region
    assert listing.get("330106", Level.DISTRICT).name == "西湖区"
    assert len([r for r in listing.by_code.values() if r.level == Level.DISTRICT]) > 2800


async def test_the_demo_customers_have_saved_addresses():
    from plaza.demo import load_demo
    from resolvers.addresses import resolve_region
    from resolvers.errors import AddressErrorCode

    await load_demo(products=10, manage_orm=False, verbose=False)
    rows = await CustomerAddress.all().prefetch_related("customer")
    owners = {r.customer.email for r in rows}
    assert {"alice@plaza.demo", "bob@plaza.demo", "chen@plaza.demo"} <= owners
    for email in owners:
        mine = [r for r in rows if r.customer.email == email]
        assert sum(r.is_default for r in mine) == 1, email
    for r in rows:
        assert r.phone.startswith("+")
        place = resolve_region(
            r.province_code,
            r.city_code,
            r.district_code,
            AddressErrorCode,
            complete=True,
            required=AddressErrorCode.REQUIRED,
        )
        assert (place.province, place.city, place.district) == (r.province, r.city, r.district)
