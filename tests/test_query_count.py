"""The number of SQL statements a page costs does not grow with the page size (DataLoaders).

Each test runs the same request with different page sizes over a catalog of 180 products
(540 variants, stock in one or two warehouses each, 3 merchants, 6 categories on two levels,
2 storefronts) and asserts the statement counts are equal. Counts cover the whole HTTP request,
viewer lookup included.
"""

from __future__ import annotations

from collections import Counter

import pytest

from models.catalog import Product, Variant
from tests.support import BigCatalog, QueryCounter, gid, make_big_catalog, make_user

PRODUCTS_PER_MERCHANT = 60


@pytest.fixture
async def big() -> BigCatalog:
    catalog = await make_big_catalog(products_per_merchant=PRODUCTS_PER_MERCHANT)
    assert catalog.product_count >= 150 and catalog.variant_count >= 3 * catalog.product_count
    return catalog


VARIANT_PUBLIC = "id sku name price { amount currency } attributes quantityAvailable product { id }"
VARIANT_STAFF = VARIANT_PUBLIC + " stocks { onHand reserved available warehouse { id code } }"


def page_query(variant_fields: str) -> str:
    return f"""
query($sf: String!, $first: Int!, $after: String, $filter: ProductFilterInput) {{
  products(storefront: $sf, first: $first, after: $after, filter: $filter) {{
    totalCount
    pageInfo {{ hasNextPage endCursor }}
    edges {{ cursor node {{
      id name inStock priceFrom {{ amount currency }}
      merchant {{ id name slug }}
      category {{ id name parent {{ id name }} }}
      storefronts {{ id code }}
      variants {{ {variant_fields} }}
    }} }}
  }}
}}"""


def _shape(statements: list[str]) -> Counter:
    """Statements by their first words, to show what grew when counts differ."""
    return Counter(" ".join(s.split()[:6])[:90] for s in statements)


async def _measure(gql, query: str, variables: dict, token: str | None, edges_path: tuple):
    with QueryCounter() as counter:
        body = await gql(query, variables, token=token)
    assert "errors" not in body, body
    data = body["data"]
    for key in edges_path:
        data = data[key]
    return counter, data


async def assert_flat(gql, query: str, variables: dict, token: str | None, sizes=(10, 50)):
    measured = {}
    for size in sizes:
        counter, conn = await _measure(
            gql, query, {**variables, "first": size}, token, ("products",)
        )
        assert len(conn["edges"]) == size, f"asked {size}, got {len(conn['edges'])}"
        measured[size] = counter
    counts = {size: c.count for size, c in measured.items()}
    small, large = measured[sizes[0]], measured[sizes[-1]]
    assert len(set(counts.values())) == 1, (
        f"SQL statements per page size: {counts}; grew: "
        f"{dict(_shape(large.statements) - _shape(small.statements))}"
    )
    print(f"SQL statements per page size: {counts}")  # shown with pytest -s
    return counts


async def test_storefront_page_anonymous_is_flat(gql, big):
    counts = await assert_flat(
        gql, page_query(VARIANT_PUBLIC), {"sf": "bigmall"}, None, sizes=(10, 50, 100)
    )
    # storefront, count, rows; then merchant, category (parents are in the same batch here),
    # storefronts (listings joined), variants, stocks: one each
    assert counts[10] <= 8, counts


async def test_storefront_page_as_merchant_staff_with_stocks_is_flat(gql, big):
    merchant = big.merchants[0]
    counts = await assert_flat(
        gql,
        page_query(VARIANT_STAFF),
        {"sf": "bigmall", "filter": {"merchant": gid("Merchant", merchant.id)}},
        big.tokens[merchant.id],
    )
    assert counts[10] <= 13, counts  # + 4 for the viewer (user, staff, courier, points)


async def test_storefront_page_as_admin_with_every_merchants_stocks_is_flat(gql, big):
    from models.accounts import PlatformRole

    _, admin = await make_user("admin@big.test", PlatformRole.ADMIN)
    await assert_flat(gql, page_query(VARIANT_STAFF), {"sf": "bigmall"}, admin, sizes=(10, 50, 100))


async def test_later_pages_cost_the_same(gql, big):
    query = page_query(VARIANT_PUBLIC)
    first_counter, conn = await _measure(
        gql, query, {"sf": "bigmall", "first": 50}, None, ("products",)
    )
    ids = [e["node"]["id"] for e in conn["edges"]]
    second_counter, conn = await _measure(
        gql,
        query,
        {"sf": "bigmall", "first": 50, "after": conn["pageInfo"]["endCursor"]},
        None,
        ("products",),
    )
    assert not set(ids) & {e["node"]["id"] for e in conn["edges"]}
    assert first_counter.count == second_counter.count, (
        first_counter.count,
        second_counter.count,
    )


async def test_back_office_page_is_flat(gql, big):
    merchant = big.merchants[1]
    query = f"""query($first: Int!) {{ products: merchantProducts(first: $first,
                  includeArchived: true) {{ totalCount edges {{ node {{ id name status
                  category {{ name }} storefronts {{ code }} variants {{ {VARIANT_STAFF} }}
                  }} }} }} }}"""
    counts = await assert_flat(gql, query, {}, big.tokens[merchant.id])
    print("back office", counts)


async def _entities_count(gql, reps: list[dict], token: str | None) -> tuple[int, list]:
    query = """query($r: [_Any!]!) { _entities(representations: $r) { __typename
      ... on Product { id name merchant { slug } variants { sku quantityAvailable } }
      ... on Variant { id sku product { name } } } }"""
    with QueryCounter() as counter:
        body = await gql(query, {"r": reps}, token=token)
    assert "errors" not in body, body
    return counter.count, body["data"]["_entities"]


@pytest.mark.parametrize("type_name", ["Product", "Variant"])
async def test_node_lookups_are_batched(gql, big, type_name):
    """Federation entities (and ``node``) resolve many IDs in a fixed number of queries."""
    model = Product if type_name == "Product" else Variant
    ids = [r.id for r in await model.all().order_by("id").limit(50)]
    counts = {}
    for size in (5, 50):
        reps = [{"__typename": type_name, "id": gid(type_name, i)} for i in ids[:size]]
        counts[size], entities = await _entities_count(gql, reps, None)
        assert len(entities) == size and all(e and e["id"] for e in entities)
        assert [e["id"] for e in entities] == [r["id"] for r in reps]  # in the asked order
    assert counts[5] == counts[50], f"SQL statements for {type_name} entities: {counts}"
    print(f"{type_name} entities: {counts}")


async def test_node_lookups_keep_archived_rows_hidden(gql, big):
    from models.catalog import ProductStatus

    products = await Product.all().order_by("id").limit(4)
    await Product.filter(id=products[1].id).update(status=ProductStatus.ARCHIVED)
    archived_variant = await Variant.filter(product_id=products[1].id).first()
    hidden_variant = await Variant.filter(product_id=products[2].id).first()
    await Variant.filter(id=hidden_variant.id).update(status=ProductStatus.ARCHIVED)
    reps = [{"__typename": "Product", "id": gid("Product", p.id)} for p in products] + [
        {"__typename": "Variant", "id": gid("Variant", archived_variant.id)},
        {"__typename": "Variant", "id": gid("Variant", hidden_variant.id)},
        {"__typename": "Product", "id": gid("Product", 987654)},
    ]
    _, entities = await _entities_count(gql, reps, None)
    assert [e is not None for e in entities] == [True, False, True, True, False, False, False]
    # the owner sees them
    owner = big.tokens[products[1].merchant_id]
    _, entities = await _entities_count(gql, reps[:6], owner)
    assert entities[1] is not None and entities[4] is not None
