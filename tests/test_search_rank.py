"""Storefront product search in relevance order: the name is the text, starts with it,
contains it, then matches elsewhere (description, SKU); pages by (rank, id); an explicit sort
keeps its order; a total only when selected."""

from __future__ import annotations

import pytest

from models.catalog import Product
from models.merchants import Merchant
from resolvers.catalog import refresh_product_derived
from tests.support import QueryCounter, gql_error, make_product, make_storefront

SEARCH = """query($search: String!, $first: Int, $after: String, $sort: ProductSortInput) {
  products(storefront: "mall", filter: {search: $search}, first: $first, after: $after,
           sortBy: $sort) {
    pageInfo { hasNextPage endCursor } edges { node { name } } } }"""
SEARCH_WITH_TOTAL = SEARCH.replace("pageInfo {", "totalCount pageInfo {")

# Made in this order (ids ascending), so that rank, not id, must give the expected order.
NAMES = ["Kettle", "Green Tea Leaves", "Teapot", "Tea", "Coffee"]
BY_RANK = ["Tea", "Teapot", "Green Tea Leaves", "Kettle"]  # Kettle: "tea" in its description


@pytest.fixture
async def shop():
    mall = await make_storefront()
    merchant = await Merchant.create(name="Shop", slug="shop")
    for n, name in enumerate(NAMES):
        product = await make_product(merchant, mall, name, sku=f"sku-{n}")
        if name == "Kettle":
            await Product.filter(id=product.id).update(description="boils water for tea")
            await refresh_product_derived(await Product.get(id=product.id))
    return mall


def _names(body: dict) -> list[str]:
    assert "errors" not in body, body
    return [e["node"]["name"] for e in body["data"]["products"]["edges"]]


async def test_search_is_in_rank_order(gql, shop):
    assert _names(await gql(SEARCH, {"search": " TEA "})) == BY_RANK


async def test_ranked_pages_hold_every_match_once(gql, shop):
    seen, after = [], None
    while True:
        body = await gql(SEARCH, {"search": "tea", "first": 1, "after": after})
        seen += _names(body)
        info = body["data"]["products"]["pageInfo"]
        if not info["hasNextPage"]:
            break
        after = info["endCursor"]
    assert seen == BY_RANK


async def test_an_explicit_sort_keeps_its_order(gql, shop):
    body = await gql(SEARCH, {"search": "tea", "sort": {"field": "NAME", "direction": "ASC"}})
    assert _names(body) == sorted(BY_RANK)


async def test_a_cursor_of_another_order_is_refused(gql, shop):
    by_name = await gql(
        SEARCH, {"search": "tea", "first": 1, "sort": {"field": "NAME", "direction": "ASC"}}
    )
    cursor = by_name["data"]["products"]["pageInfo"]["endCursor"]
    body = await gql(SEARCH, {"search": "tea", "first": 1, "after": cursor})
    assert gql_error(body)["extensions"] == {"code": "INVALID", "field": "after"}, body


async def test_search_counts_only_when_total_is_selected(gql, shop):
    with QueryCounter() as without:
        body = await gql(SEARCH, {"search": "tea"})
    assert _names(body) == BY_RANK
    assert not any("COUNT(" in s.upper() for s in without.statements), without.statements
    with QueryCounter() as with_total:
        body = await gql(SEARCH_WITH_TOTAL, {"search": "tea"})
    assert body["data"]["products"]["totalCount"] == len(BY_RANK)
    assert with_total.count == without.count + 1


async def test_wildcards_stay_literal_in_the_rank(gql, shop):
    assert _names(await gql(SEARCH, {"search": "%"})) == []
    assert _names(await gql(SEARCH, {"search": "te_"})) == []
