"""A client's mistake is answered as the client's: values that do not coerce, malformed ids,
NUL characters and numbers past what the database columns hold are refused with a readable
error (400 / a payload error code / ``node`` null), never ``INTERNAL_ERROR``, and change
nothing."""

from __future__ import annotations

import base64
from decimal import Decimal

import pytest

from models.catalog import Listing, Product, Variant
from models.inventory import Stock, StockMovement
from plugins.interfaces import StorefrontPolicy
from resolvers import bounds
from resolvers.checkout import MAX_LINES
from tests.support import gid, make_world, payload

GRAPHQL_RESPONSE = "application/graphql-response+json"
PRODUCTS_FIRST = 'query($n: Int) { products(storefront: "mall", first: $n) { totalCount } }'
PRODUCTS_MIN_PRICE = """query($p: Decimal) {
  products(storefront: "mall", filter: {minPrice: $p}) { totalCount } }"""
NODE = "query($id: ID!) { node(id: $id) { id } }"
ERR = "errors { code field message }"
STOCK_ADJUST = f"""mutation($input: StockAdjustInput!) {{
  stockAdjust(input: $input) {{ stock {{ onHand }} {ERR} }} }}"""
VARIANT_UPDATE = f"""mutation($id: ID!, $input: VariantUpdateInput!) {{
  variantUpdate(id: $id, input: $input) {{ variant {{ sku }} {ERR} }} }}"""


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


async def _rows() -> dict:
    models = (Product, Variant, Listing, Stock, StockMovement)
    return {m.__name__: await m.all().order_by("id").values() for m in models}


async def _post(client, query: str, variables: dict, *, accept: str | None = None, token=None):
    headers = {"accept": accept} if accept else {}
    if token:
        headers["authorization"] = f"Bearer {token}"
    return await client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )


def _no_internal_error(resp) -> None:
    assert "INTERNAL_ERROR" not in resp.text, resp.text
    assert resp.status_code < 500, resp.text


# --- variables that do not coerce ------------------------------------------------------------

UNCOERCIBLE = [
    pytest.param(PRODUCTS_FIRST, {"n": "abc"}, "Int", id="int-from-string"),
    pytest.param(PRODUCTS_FIRST, {"n": 2**31}, "Int", id="int-past-32-bits"),
    pytest.param(PRODUCTS_FIRST, {"n": 1.5}, "Int", id="int-from-float"),
    pytest.param(PRODUCTS_MIN_PRICE, {"p": "0x10"}, "Decimal", id="decimal-hex"),
    pytest.param(PRODUCTS_MIN_PRICE, {"p": "ten"}, "Decimal", id="decimal-word"),
]


@pytest.mark.parametrize(("query", "variables", "needle"), UNCOERCIBLE)
async def test_variables_that_do_not_coerce_are_client_errors(client, query, variables, needle):
    world = await make_world()
    before = await _rows()
    resp = await _post(client, query, variables, accept=GRAPHQL_RESPONSE)
    assert resp.status_code == 400, resp.text
    body = resp.json()
    assert "data" not in body
    assert needle in body["errors"][0]["message"], body
    assert body["errors"][0]["message"] != "Internal server error"
    # application/json: the legacy 200 with data null, with the same readable message
    resp = await _post(client, query, variables, token=world.customer_token)
    _no_internal_error(resp)
    assert resp.json()["data"] is None
    assert needle in resp.json()["errors"][0]["message"]
    assert await _rows() == before


# --- node(id:) --------------------------------------------------------------------------------

MALFORMED_IDS = [
    pytest.param("0", id="zero"),
    pytest.param("@@@", id="not-base64"),
    pytest.param("", id="empty"),
    pytest.param(_b64("Foo:1"), id="unknown-type"),
    pytest.param(_b64("PickupPoint:1"), id="not-a-node-type"),
    pytest.param(_b64("MerchantOrder:abc"), id="pk-not-a-number"),
    pytest.param(_b64("Product:-1"), id="pk-negative"),
    pytest.param(_b64("Product:99999999999999999999"), id="pk-too-large"),
    pytest.param(_b64("Product"), id="no-colon"),
]


@pytest.mark.parametrize("node_id", MALFORMED_IDS)
async def test_malformed_node_ids_are_null_or_invalid_id(client, node_id):
    world = await make_world()
    for token in (None, world.customer_token, world.admin_token):
        resp = await _post(client, NODE, {"id": node_id}, token=token)
        _no_internal_error(resp)
        assert resp.status_code == 200
        body = resp.json()
        assert body["data"] == {"node": None}, body
        codes = {e.get("extensions", {}).get("code") for e in body.get("errors", [])}
        assert codes <= {"INVALID_ID", "NOT_FOUND"}, body


async def test_a_good_node_id_still_resolves(gql):
    world = await make_world()
    product_id = gid("Product", world.a.products[0].id)
    assert (await gql(NODE, {"id": product_id}))["data"]["node"] == {"id": product_id}


# --- NUL characters ---------------------------------------------------------------------------

NUL_QUERIES = [
    pytest.param(
        "query($s: String!) { products(storefront: $s) { totalCount } }",
        {"s": "mall\x00"},
        id="variable",
    ),
    pytest.param(
        'query($f: ProductFilterInput) { products(storefront: "mall", filter: $f) { totalCount } }',
        {"f": {"search": "tea\x00"}},
        id="nested-variable",
    ),
    pytest.param(
        '{ products(storefront: "mall", filter: {search: "tea\\u0000"}) { totalCount } }',
        {},
        id="literal",
    ),
]


@pytest.mark.parametrize(("query", "variables"), NUL_QUERIES)
async def test_nul_characters_are_refused_before_the_database(
    client, count_queries, query, variables
):
    await make_world()
    with count_queries() as counter:
        resp = await _post(client, query, variables, accept=GRAPHQL_RESPONSE)
    assert resp.status_code == 400, resp.text
    error = resp.json()["errors"][0]
    assert "NUL" in error["message"], error
    assert error["extensions"]["code"] == "INVALID_STRING"
    assert counter.count == 0, counter.statements


async def test_a_nul_in_a_mutation_changes_nothing(client):
    world = await make_world()
    variant = await Variant.filter(product_id=world.a.products[0].id).first()
    before = await _rows()
    resp = await _post(
        client,
        VARIANT_UPDATE,
        {"id": gid("Variant", variant.id), "input": {"sku": "BAD\x00SKU"}},
        token=world.a.owner_token,
    )
    _no_internal_error(resp)
    assert resp.status_code == 400
    assert await _rows() == before


# --- numbers past the columns ------------------------------------------------------------------


async def test_stock_adjusted_past_32_bits_is_refused(gql):
    world = await make_world()
    variant = await Variant.filter(product_id=world.a.products[0].id).first()
    stock, _ = await Stock.get_or_create(variant_id=variant.id, warehouse_id=world.a.warehouse.id)
    await Stock.filter(id=stock.id).update(on_hand=bounds.MAX_INT32 - 5)
    before = await _rows()
    variables = {
        "input": {
            "variantId": gid("Variant", variant.id),
            "warehouseId": gid("Warehouse", world.a.warehouse.id),
            "delta": 10,
        }
    }
    result = payload(await gql(STOCK_ADJUST, variables, token=world.a.owner_token), "stockAdjust")
    assert result["stock"] is None
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("INVALID", "delta")]
    assert await _rows() == before
    # up to the bound is fine
    variables["input"]["delta"] = 5
    result = payload(await gql(STOCK_ADJUST, variables, token=world.a.owner_token), "stockAdjust")
    assert result["errors"] == [] and result["stock"]["onHand"] == bounds.MAX_INT32


@pytest.mark.parametrize("amount", ["100000000.00", "999999999.99", "1E+20"])
async def test_prices_whose_order_totals_would_overflow_are_refused(gql, amount):
    world = await make_world()
    variant = await Variant.filter(product_id=world.a.products[0].id).first()
    before = await _rows()
    result = payload(
        await gql(
            VARIANT_UPDATE,
            {"id": gid("Variant", variant.id), "input": {"price": {"amount": amount}}},
            token=world.a.owner_token,
        ),
        "variantUpdate",
    )
    assert result["variant"] is None
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("INVALID", "input.price")]
    assert await _rows() == before


def test_the_largest_order_fits_the_money_column():
    """A cart of MAX_LINES lines of the largest quantity at the highest price, plus shipping
    headroom, still fits numeric(14, 2): no total can overflow in the database."""
    largest = MAX_LINES * StorefrontPolicy.max_line_quantity * bounds.MAX_UNIT_PRICE
    assert largest + bounds.SHIPPING_HEADROOM <= bounds.MAX_AMOUNT
    assert bounds.amount_fits(bounds.MAX_AMOUNT)
    assert not bounds.amount_fits(bounds.MAX_AMOUNT + Decimal("0.01"))
