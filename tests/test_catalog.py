"""Catalog through the HTTP API: product management, validation, storefront browsing."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from models.catalog import Category, Listing, Product, ProductStatus, Variant
from models.merchants import Storefront, StorefrontPolicyName
from tests.support import (
    World,
    gid,
    gql_code,
    gql_error,
    make_category,
    make_product,
    make_storefront,
    make_world,
    payload,
)

ERR = "errors { code field message }"
PRODUCT_FIELDS = """id name description status priceFrom { amount currency }
  category { slug } merchant { slug } storefronts { code }
  variants { id sku name price { amount currency } attributes status }"""
PRODUCT_CREATE = f"""mutation($input: ProductCreateInput!) {{
  productCreate(input: $input) {{ product {{ {PRODUCT_FIELDS} }} {ERR} }} }}"""
PRODUCT_UPDATE = f"""mutation($id: ID!, $input: ProductUpdateInput!) {{
  productUpdate(id: $id, input: $input) {{ product {{ {PRODUCT_FIELDS} }} {ERR} }} }}"""
VARIANT_UPDATE = f"""mutation($id: ID!, $input: VariantUpdateInput!) {{
  variantUpdate(id: $id, input: $input) {{ variant {{ sku price {{ amount currency }} }} {ERR} }}
}}"""
VARIANT_CREATE = f"""mutation($product: ID!, $input: VariantInput!) {{
  variantCreate(product: $product, input: $input) {{ variant {{ sku }} {ERR} }} }}"""
VARIANT_ARCHIVE = f"""mutation($id: ID!) {{
  variantArchive(id: $id) {{ variant {{ status }} {ERR} }} }}"""
PRODUCT_ARCHIVE = f"""mutation($id: ID!) {{
  productArchive(id: $id) {{ product {{ status }} {ERR} }} }}"""


async def catalog_rows() -> dict:
    return {m.__name__: await m.all().order_by("id").values() for m in (Product, Variant, Listing)}


def _codes(errors: list[dict]) -> list[tuple]:
    return [(e["code"], e["field"]) for e in errors]


async def _world_with_category() -> tuple[World, Category, Storefront]:
    world = await make_world()
    category = await make_category("Tea")
    grocery = await make_storefront("fresh", StorefrontPolicyName.GROCERY)
    return world, category, grocery


def _create_input(world: World, cat: Category, grocery: Storefront, **override) -> dict:
    return {
        "name": "Oolong Tea",
        "description": "Roasted leaves",
        "category": gid("Category", cat.id),
        "storefronts": [gid("Storefront", world.storefront.id), gid("Storefront", grocery.id)],
        "variants": [
            {"sku": "OOLONG-100", "name": "100 g", "price": {"amount": "25.50"}},
            {
                "sku": "OOLONG-250",
                "name": "250 g",
                "price": {"amount": "59.00", "currency": "CNY"},
                "attributes": {"weight": "250g"},
            },
        ],
        **override,
    }


# --- creating and changing products -----------------------------------------------------------


async def test_product_create_with_variants_and_listings(gql):
    world, category, grocery = await _world_with_category()
    body = await gql(
        PRODUCT_CREATE,
        {"input": _create_input(world, category, grocery)},
        token=world.a.owner_token,
    )
    result = payload(body, "productCreate")
    assert result["errors"] == []
    product = result["product"]
    assert product["name"] == "Oolong Tea"
    assert product["status"] == "ACTIVE"
    assert product["merchant"] == {"slug": "alpha"}
    assert product["category"] == {"slug": "tea"}
    assert sorted(s["code"] for s in product["storefronts"]) == ["fresh", "mall"]
    assert product["priceFrom"] == {"amount": "25.50", "currency": "CNY"}
    assert [(v["sku"], v["price"]["amount"]) for v in product["variants"]] == [
        ("OOLONG-100", "25.50"),
        ("OOLONG-250", "59.00"),
    ]
    assert product["variants"][1]["attributes"] == {"weight": "250g"}

    row = await Product.get(name="Oolong Tea")
    assert row.merchant_id == world.a.merchant.id
    assert row.price_min == Decimal("25.50")
    assert "oolong-250" in row.search_text
    assert await Variant.filter(product_id=row.id).count() == 2
    assert await Listing.filter(product_id=row.id).count() == 2

    # shoppers of both storefronts see it
    for code in ["mall", "fresh"]:
        body = await gql(
            'query($sf: String!) { products(storefront: $sf, filter: {search: "oolong"}) '
            "{ edges { node { id } } } }",
            {"sf": code},
        )
        assert [e["node"]["id"] for e in body["data"]["products"]["edges"]] == [product["id"]]


@pytest.mark.parametrize(
    ("variants", "expected"),
    [
        (
            [{"sku": "NEG-1", "price": {"amount": "-0.01"}}],
            [("NEGATIVE_PRICE", "variants.0.price")],
        ),
        (
            [
                {"sku": "OK-1", "price": {"amount": "1.00"}},
                {"sku": "NEG-2", "price": {"amount": "-5"}},
            ],
            [("NEGATIVE_PRICE", "variants.1.price")],
        ),
        ([{"sku": "P3", "price": {"amount": "1.005"}}], [("INVALID", "variants.0.price")]),
        ([{"sku": "BIG", "price": {"amount": "1e12"}}], [("INVALID", "variants.0.price")]),
        ([{"sku": "NAN", "price": {"amount": "NaN"}}], [("INVALID", "variants.0.price")]),
        ([{"sku": "  ", "price": {"amount": "1"}}], [("INVALID", "variants.0.sku")]),
        (
            [{"sku": "USD-1", "price": {"amount": "1", "currency": "USD"}}],
            [("CURRENCY_MISMATCH", "variants.0.price.currency")],
        ),
        (
            [
                {"sku": "SAME", "price": {"amount": "1"}},
                {"sku": "SAME", "price": {"amount": "2"}},
            ],
            [("DUPLICATE_SKU", "variants")],
        ),
        # a SKU another product (even another merchant's) already uses
        ([{"sku": "beta-beta-item-0", "price": {"amount": "1"}}], [("DUPLICATE_SKU", None)]),
    ],
    ids=[
        "negative",
        "second-negative",
        "three-decimals",
        "too-large",
        "nan",
        "blank-sku",
        "currency",
        "dup-in-input",
        "dup-in-db",
    ],
)
async def test_product_create_rejects_bad_variants_and_creates_nothing(gql, variants, expected):
    world, category, grocery = await _world_with_category()
    if expected == [("DUPLICATE_SKU", None)]:
        # the existing SKU belongs to merchant B (make_world names it after the product)
        existing = await Variant.filter(product_id=world.b.products[0].id).first()
        variants = [{**variants[0], "sku": existing.sku}]
        expected = [("DUPLICATE_SKU", "variants.0.sku")]
    before = await catalog_rows()
    body = await gql(
        PRODUCT_CREATE,
        {"input": _create_input(world, category, grocery, variants=variants)},
        token=world.a.owner_token,
    )
    result = payload(body, "productCreate")
    assert result["product"] is None
    assert _codes(result["errors"]) == expected
    assert result["errors"][0]["message"]
    assert await catalog_rows() == before


async def test_product_create_reference_errors(gql):
    world, category, grocery = await _world_with_category()
    product_id = gid("Product", world.a.products[0].id)
    cases = [
        ({"category": gid("Category", 987654)}, ("NOT_FOUND", "category")),
        ({"storefronts": [gid("Storefront", 987654)]}, ("NOT_FOUND", "storefronts")),
        ({"category": "garbage"}, ("INVALID", "category")),
        ({"category": ""}, ("INVALID", "category")),
        ({"category": product_id}, ("INVALID", "category")),  # an ID of the wrong type
        ({"category": gid("Category", "abc")}, ("INVALID", "category")),
        ({"storefronts": ["!!"]}, ("INVALID", "storefronts.0")),
        ({"name": "   "}, ("INVALID", "name")),
        ({"currency": "EURO"}, ("INVALID", "currency")),
    ]
    before = await catalog_rows()
    for override, expected in cases:
        body = await gql(
            PRODUCT_CREATE,
            {"input": _create_input(world, category, grocery, **override)},
            token=world.a.owner_token,
        )
        result = payload(body, "productCreate")
        assert result["product"] is None, override
        assert _codes(result["errors"]) == [expected], override
    assert await catalog_rows() == before


async def test_queries_refuse_malformed_ids_with_invalid(gql):
    world = await make_world()
    for query, variables in [
        ("query($id: ID!) { product(id: $id) { id } }", {"id": "not-an-id"}),
        ("query($id: ID!) { product(id: $id) { id } }", {"id": gid("Variant", 1)}),
        ("query($id: ID!) { variant(id: $id) { id } }", {"id": gid("Product", 1)}),
        (
            'query($c: ID!) { products(storefront: "mall", filter: {category: $c}) '
            "{ totalCount } }",
            {"c": gid("Merchant", world.a.merchant.id)},
        ),
    ]:
        body = await gql(query, variables)
        error = gql_error(body)
        assert error["extensions"]["code"] == "INVALID", body
        assert error["extensions"]["field"] in {"id", "filter.category"}
    # IDs no row can have (beyond BIGINT, zero, negative) are INVALID, not a database error
    for pk in [10**20, 2**63, 0, -5]:
        body = await gql("query($id: ID!) { product(id: $id) { id } }", {"id": gid("Product", pk)})
        assert gql_error(body)["extensions"] == {"code": "INVALID", "field": "id"}, pk
        body = await gql(
            'query($c: ID!) { products(storefront: "mall", filter: {category: $c}) '
            "{ totalCount } }",
            {"c": gid("Category", pk)},
        )
        assert gql_error(body)["extensions"] == {"code": "INVALID", "field": "filter.category"}
    # `node` answers null for an ID whose key cannot exist, like for a missing row
    for node_id in [gid("Product", "abc"), gid("Product", 10**20), gid("Variant", "1.5")]:
        body = await gql("query($id: ID!) { node(id: $id) { id } }", {"id": node_id})
        assert body == {"data": {"node": None}}, body
    # a well-formed ID of a missing row is simply null
    body = await gql("query($id: ID!) { product(id: $id) { id } }", {"id": gid("Product", 99999)})
    assert body == {"data": {"product": None}}
    # an unknown storefront code
    body = await gql('{ products(storefront: "nope") { totalCount } }')
    assert gql_code(body) == "NOT_FOUND"


async def test_product_and_variant_updates_keep_derived_fields(gql):
    world = await make_world()
    product = world.a.products[0]
    token = world.a.owner_token
    pid = gid("Product", product.id)
    created = payload(
        await gql(
            VARIANT_CREATE,
            {"product": pid, "input": {"sku": "ALPHA-CHEAP", "price": {"amount": "4.20"}}},
            token=token,
        ),
        "variantCreate",
    )
    assert created["errors"] == []
    cheap = await Variant.get(sku="ALPHA-CHEAP")
    assert (await Product.get(id=product.id)).price_min == Decimal("4.20")

    # a price in another currency than the product's is refused, not silently relabelled
    before = await catalog_rows()
    result = payload(
        await gql(
            VARIANT_UPDATE,
            {
                "id": gid("Variant", cheap.id),
                "input": {"price": {"amount": "3", "currency": "USD"}},
            },
            token=token,
        ),
        "variantUpdate",
    )
    assert _codes(result["errors"]) == [("CURRENCY_MISMATCH", "input.price.currency")]
    assert await catalog_rows() == before

    for bad, expected in [
        ({"price": {"amount": "-1"}}, ("NEGATIVE_PRICE", "input.price")),
        ({"sku": "beta-beta-item-0"}, ("DUPLICATE_SKU", "input.sku")),
    ]:
        result = payload(
            await gql(VARIANT_UPDATE, {"id": gid("Variant", cheap.id), "input": bad}, token=token),
            "variantUpdate",
        )
        assert _codes(result["errors"]) == [expected]
        assert await catalog_rows() == before

    result = payload(
        await gql(
            VARIANT_UPDATE,
            {"id": gid("Variant", cheap.id), "input": {"price": {"amount": "3.10"}}},
            token=token,
        ),
        "variantUpdate",
    )
    assert result["errors"] == [] and result["variant"]["price"]["amount"] == "3.10"
    assert (await Product.get(id=product.id)).price_min == Decimal("3.10")

    archived = payload(
        await gql(VARIANT_ARCHIVE, {"id": gid("Variant", cheap.id)}, token=token),
        "variantArchive",
    )
    assert archived["errors"] == [] and archived["variant"]["status"] == "ARCHIVED"
    assert (await Product.get(id=product.id)).price_min == Decimal("10.00")

    updated = payload(
        await gql(
            PRODUCT_UPDATE,
            {
                "id": pid,
                "input": {"name": "Renamed Thing", "description": "Shiny", "storefronts": []},
            },
            token=token,
        ),
        "productUpdate",
    )
    assert updated["errors"] == []
    assert updated["product"]["storefronts"] == []
    row = await Product.get(id=product.id)
    assert row.name == "Renamed Thing"
    assert "renamed thing shiny" in row.search_text
    assert not await Listing.filter(product_id=product.id).exists()

    bad = payload(
        await gql(
            PRODUCT_UPDATE,
            {"id": pid, "input": {"category": gid("Category", 424242), "name": "Other"}},
            token=token,
        ),
        "productUpdate",
    )
    assert _codes(bad["errors"]) == [("NOT_FOUND", "category")]
    assert (await Product.get(id=product.id)).name == "Renamed Thing"


# --- browsing: filters, sorting, pagination ---------------------------------------------------


@dataclass
class Shop:
    world: World
    food: Category
    fruit: Category
    apples: Category
    tools: Category
    by_name: dict[str, list[Product]]


async def make_shop() -> Shop:
    """A storefront with products that exercise every filter and sort.

    Prices are chosen so that comparing them as text would give wrong answers (9.50 > 10.00).
    """
    world = await make_world()
    await Product.filter(merchant_id__in=[world.a.merchant.id, world.b.merchant.id]).delete()
    sf = world.storefront
    food = await make_category("Food")
    fruit = await make_category("Fruit", food)
    apples = await make_category("Apples", fruit)
    tools = await make_category("Tools")
    a, b = world.a, world.b
    spec = [
        # merchant, name, price, category, stock, listed
        (a, "Apple Crisp", "9.50", apples, 5, True),
        (a, "Banana Bunch", "10.00", fruit, 0, True),
        (a, "Cherry Box", "100.00", food, 3, True),
        (b, "Apple Crisp", "9.50", apples, 2, True),
        (b, "Drill", "55.00", tools, 1, True),
        (b, "Eggplant", "2.00", None, 4, True),
        (b, "Fig Jam", "12.00", food, 9, True),  # archived below
        (a, "Grape", "3.00", fruit, 7, False),  # not listed in the storefront
    ]
    by_name: dict[str, list[Product]] = {}
    for n, (tenant, name, price, category, stock, listed) in enumerate(spec):
        product = await make_product(
            tenant.merchant,
            sf if listed else None,
            name,
            price=price,
            sku=f"sku-{n}-{name.lower().replace(' ', '-')}",
            stock=stock,
            warehouse=tenant.warehouse,
            category=category,
        )
        by_name.setdefault(name, []).append(product)
    await Product.filter(id=by_name["Fig Jam"][0].id).update(status=ProductStatus.ARCHIVED)
    # creation times in an order unlike the ids, a day apart
    base = datetime(2024, 1, 1, tzinfo=UTC)
    for offset, name in enumerate(
        ["Drill", "Apple Crisp", "Eggplant", "Cherry Box", "Banana Bunch"]
    ):
        for i, product in enumerate(by_name[name]):
            await Product.filter(id=product.id).update(
                created_at=base + timedelta(days=offset, hours=i)
            )
    return Shop(world, food, fruit, apples, tools, by_name)


LISTED = ["Apple Crisp", "Apple Crisp", "Banana Bunch", "Cherry Box", "Drill", "Eggplant"]

PRODUCTS = """query($filter: ProductFilterInput, $sort: ProductSortInput, $first: Int,
                   $after: String) {
  products(storefront: "mall", filter: $filter, sortBy: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name inStock priceFrom { amount } merchant { slug } } }
  }
}"""


async def _names(gql, flt: dict | None = None, sort: dict | None = None) -> list[str]:
    body = await gql(PRODUCTS, {"filter": flt, "sort": sort, "first": 100})
    assert "errors" not in body, body
    conn = body["data"]["products"]
    assert conn["totalCount"] == len(conn["edges"])
    return [e["node"]["name"] for e in conn["edges"]]


async def test_storefront_shows_only_active_listed_priced_products(gql):
    shop = await make_shop()
    assert await _names(gql) == LISTED
    # a product whose variants are all archived has no price and is not shown
    egg = shop.by_name["Eggplant"][0]
    await Variant.filter(product_id=egg.id).update(status=ProductStatus.ARCHIVED)
    from resolvers.catalog import refresh_product_derived

    await refresh_product_derived(await Product.get(id=egg.id))
    assert "Eggplant" not in await _names(gql)
    # archiving through the API hides it from shoppers too
    drill = shop.by_name["Drill"][0]
    result = payload(
        await gql(
            PRODUCT_ARCHIVE, {"id": gid("Product", drill.id)}, token=shop.world.b.owner_token
        ),
        "productArchive",
    )
    assert result["errors"] == [] and result["product"]["status"] == "ARCHIVED"
    assert "Drill" not in await _names(gql)
    body = await gql(
        "query($id: ID!) { product(id: $id) { id } }", {"id": gid("Product", drill.id)}
    )
    assert body["data"]["product"] is None


async def test_filter_by_category_includes_descendants(gql):
    shop = await make_shop()
    cat = lambda c: {"category": gid("Category", c.id)}  # noqa: E731
    assert await _names(gql, cat(shop.food)) == [
        "Apple Crisp",
        "Apple Crisp",
        "Banana Bunch",
        "Cherry Box",
    ]
    assert await _names(gql, cat(shop.fruit)) == ["Apple Crisp", "Apple Crisp", "Banana Bunch"]
    assert await _names(gql, cat(shop.apples)) == ["Apple Crisp", "Apple Crisp"]
    assert await _names(gql, cat(shop.tools)) == ["Drill"]
    # a well-formed ID of a missing category matches nothing
    assert await _names(gql, {"category": gid("Category", 777777)}) == []


async def test_filter_by_merchant_search_price_and_stock(gql):
    shop = await make_shop()
    a, b = shop.world.a.merchant, shop.world.b.merchant
    assert await _names(gql, {"merchant": gid("Merchant", a.id)}) == [
        "Apple Crisp",
        "Banana Bunch",
        "Cherry Box",
    ]
    assert await _names(gql, {"merchant": gid("Merchant", b.id)}) == [
        "Apple Crisp",
        "Drill",
        "Eggplant",
    ]
    assert await _names(gql, {"search": "  APPLE "}) == ["Apple Crisp", "Apple Crisp"]
    assert await _names(gql, {"search": "sku-4-drill"}) == ["Drill"]  # SKUs are searchable
    assert await _names(gql, {"search": "%"}) == []  # LIKE wildcards are literal
    assert await _names(gql, {"search": "_"}) == []
    assert await _names(gql, {"minPrice": "9.50", "maxPrice": "55"}) == [
        "Apple Crisp",
        "Apple Crisp",
        "Banana Bunch",
        "Drill",
    ]
    assert await _names(gql, {"minPrice": "10"}) == ["Banana Bunch", "Cherry Box", "Drill"]
    assert await _names(gql, {"maxPrice": "9.99"}) == ["Apple Crisp", "Apple Crisp", "Eggplant"]
    assert await _names(gql, {"inStock": True}) == [
        "Apple Crisp",
        "Apple Crisp",
        "Cherry Box",
        "Drill",
        "Eggplant",
    ]
    assert await _names(gql, {"inStock": False}) == ["Banana Bunch"]
    # filters combine
    assert await _names(
        gql, {"category": gid("Category", shop.fruit.id), "merchant": gid("Merchant", b.id)}
    ) == ["Apple Crisp"]

    body = await gql(PRODUCTS, {"filter": {"minPrice": "20", "maxPrice": "10"}})
    assert gql_code(body) == "INVALID"
    assert gql_error(body)["extensions"]["field"] == "filter.minPrice"


async def test_in_stock_follows_reservations(gql):
    shop = await make_shop()
    from models.inventory import Stock

    drill = shop.by_name["Drill"][0]
    await Stock.filter(variant__product_id=drill.id).update(reserved=1)  # 1 on hand, 1 reserved
    assert "Drill" not in await _names(gql, {"inStock": True})
    assert "Drill" in await _names(gql, {"inStock": False})
    body = await gql(PRODUCTS, {"filter": {"search": "drill"}})
    assert body["data"]["products"]["edges"][0]["node"]["inStock"] is False


def _expected_order(shop: Shop, field: str, direction: str) -> list[int]:
    rows = [p for name in shop.by_name for p in shop.by_name[name] if name in LISTED]
    prices = {"Apple Crisp": 9.5, "Banana Bunch": 10, "Cherry Box": 100, "Drill": 55, "Eggplant": 2}
    order = ["Drill", "Apple Crisp", "Eggplant", "Cherry Box", "Banana Bunch"]
    key = {
        "NAME": lambda p: (p.name, p.id),
        "PRICE": lambda p: (prices[p.name], p.id),
        "CREATED_AT": lambda p: (order.index(p.name), shop.by_name[p.name].index(p)),
    }[field]
    ids = [p.id for p in sorted(rows, key=key)]
    return ids[::-1] if direction == "DESC" else ids


SORTS = [(f, d) for f in ["NAME", "PRICE", "CREATED_AT"] for d in ["ASC", "DESC"]]


@pytest.mark.parametrize(("field", "direction"), SORTS)
async def test_sorting(gql, field, direction):
    shop = await make_shop()
    body = await gql(PRODUCTS, {"sort": {"field": field, "direction": direction}, "first": 50})
    assert "errors" not in body, body
    got = [e["node"]["id"] for e in body["data"]["products"]["edges"]]
    assert got == [gid("Product", i) for i in _expected_order(shop, field, direction)]


@pytest.mark.parametrize(("field", "direction"), SORTS)
@pytest.mark.parametrize("page_size", [1, 2, 4])
async def test_cursor_pagination_walks_every_product_once(gql, field, direction, page_size):
    shop = await make_shop()
    expected = [gid("Product", i) for i in _expected_order(shop, field, direction)]
    seen: list[str] = []
    after = None
    pages = 0
    while True:
        body = await gql(
            PRODUCTS,
            {"sort": {"field": field, "direction": direction}, "first": page_size, "after": after},
        )
        assert "errors" not in body, body
        conn = body["data"]["products"]
        assert conn["totalCount"] == len(expected)
        edges = conn["edges"]
        assert len(edges) <= page_size
        seen += [e["node"]["id"] for e in edges]
        info = conn["pageInfo"]
        assert info["hasPreviousPage"] is (after is not None)
        if edges:
            assert info["startCursor"] == edges[0]["cursor"]
            assert info["endCursor"] == edges[-1]["cursor"]
        pages += 1
        assert pages <= len(expected) + 1, "pagination does not end"
        if not info["hasNextPage"]:
            break
        after = info["endCursor"]
    assert seen == expected  # no duplicates, none missing, same order as one big page
    assert pages == -(-len(expected) // page_size)


async def test_pagination_with_a_filter_and_a_bad_cursor(gql):
    shop = await make_shop()
    flt = {"category": gid("Category", shop.food.id)}
    first = (await gql(PRODUCTS, {"filter": flt, "first": 3}))["data"]["products"]
    assert first["pageInfo"]["hasNextPage"] is True
    rest = (
        await gql(PRODUCTS, {"filter": flt, "first": 3, "after": first["pageInfo"]["endCursor"]})
    )["data"]["products"]
    assert rest["pageInfo"]["hasNextPage"] is False
    names = [e["node"]["name"] for e in first["edges"] + rest["edges"]]
    assert names == ["Apple Crisp", "Apple Crisp", "Banana Bunch", "Cherry Box"]

    for cursor in ["garbage", "!!!", "WzFd"]:
        body = await gql(PRODUCTS, {"first": 3, "after": cursor})
        error = gql_error(body)
        assert error["extensions"] == {"code": "INVALID", "field": "after"}, body


@pytest.mark.parametrize(
    ("sort_field", "value", "row_id"),
    [
        ("PRICE", "abc", 1),  # a string where a price belongs
        ("PRICE", Decimal("NaN"), 1),
        ("PRICE", Decimal("1.00"), 10**20),  # an id beyond BIGINT
        ("PRICE", Decimal("1.00"), "1"),
        ("CREATED_AT", "yesterday", 1),
        ("CREATED_AT", datetime(2024, 1, 1), 1),  # naive
        ("NAME", None, 1),
        ("NAME", 5, 1),
        ("NAME", "Drill", -1),
    ],
)
async def test_forged_cursors_are_invalid_not_internal_errors(gql, sort_field, value, row_id):
    """A cursor is client input: whatever it decodes to must not reach the database unchecked."""
    import base64
    import json

    from resolvers.pagination import _encode_value

    await make_shop()
    raw = json.dumps([_encode_value(value), row_id])
    cursor = base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")
    body = await gql(PRODUCTS, {"sort": {"field": sort_field}, "first": 3, "after": cursor})
    assert gql_error(body)["extensions"] == {"code": "INVALID", "field": "after"}, body


async def test_non_numeric_price_filters_are_invalid(gql):
    await make_shop()
    for flt, field in [
        ({"minPrice": "NaN", "maxPrice": "10"}, "filter.minPrice"),
        ({"maxPrice": "Infinity"}, "filter.maxPrice"),
        ({"minPrice": "-Infinity"}, "filter.minPrice"),
    ]:
        body = await gql(PRODUCTS, {"filter": flt})
        assert gql_error(body)["extensions"] == {"code": "INVALID", "field": field}, flt


async def test_concurrent_creates_with_one_sku_make_one_product(gql):
    """Two requests may both pass the SKU check; the unique index decides, and the loser gets
    DUPLICATE_SKU (not an internal error) with nothing of it left behind."""
    world = await make_world()
    sf = gid("Storefront", world.storefront.id)

    def request(n: int):
        variables = {
            "input": {
                "name": f"Racer {n}",
                "storefronts": [sf],
                "variants": [
                    {"sku": f"RACE-OWN-{n}", "price": {"amount": "1"}},
                    {"sku": "RACE-SHARED", "price": {"amount": "2"}},
                ],
            }
        }
        token = world.a.owner_token if n % 2 else world.b.owner_token
        return gql(PRODUCT_CREATE, variables, token=token)

    results = [payload(b, "productCreate") for b in await asyncio.gather(*map(request, range(6)))]
    assert sum(1 for r in results if r["product"]) == 1, results
    for r in results:
        if not r["product"]:
            assert [e["code"] for e in r["errors"]] == ["DUPLICATE_SKU"], r
    assert await Variant.filter(sku="RACE-SHARED").count() == 1
    assert await Variant.filter(sku__startswith="RACE-OWN-").count() == 1
    assert await Product.filter(name__startswith="Racer").count() == 1
