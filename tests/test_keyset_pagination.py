"""Keyset pagination of the merchant inbox: every order once across pages (ties on created_at
included, with and without a status filter), forged cursors refused, and a total counted
only when the query selects it."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest

from models.orders import MerchantOrder, OrderStatus
from resolvers import pagination
from resolvers.orders import now_utc
from tests.order_support import bulk_orders, make_order_world
from tests.support import QueryCounter, gql_error

PAGE = """query($filter: OrderFilterInput, $first: Int, $after: String) {
  merchantOrders(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor } edges { cursor node { number } } } }"""
PAGE_WITH_TOTAL = PAGE.replace("pageInfo {", "totalCount pageInfo {")
TOTAL_IN_FRAGMENT = """query { merchantOrders(first: 2) { ...Total edges { node { number } } } }
fragment Total on MerchantOrderConnection { totalCount }"""


@pytest.fixture
async def world():
    world = await make_order_world()
    orders = await bulk_orders(world, 11, lines_per_order=1, events_per_order=0)
    mine = [o for o in orders if o.merchant_id == world.a.merchant.id]
    base = now_utc() - timedelta(hours=1)
    # Three instants shared by several orders each: the id alone orders them within one.
    for n, order in enumerate(mine):
        status = OrderStatus.PAID if n % 2 else OrderStatus.CONFIRMED
        await MerchantOrder.filter(id=order.id).update(
            created_at=base + timedelta(minutes=n // 4), status=status
        )
    return world


async def _expected(merchant_id: int, status: OrderStatus | None = None) -> list[str]:
    qs = MerchantOrder.filter(merchant_id=merchant_id)
    if status is not None:
        qs = qs.filter(status=status)
    return [o.number for o in await qs.order_by("-created_at", "-id")]


async def _walk(gql, token: str, variables: dict, size: int) -> list[str]:
    seen, after = [], None
    while True:
        body = await gql(PAGE, {**variables, "first": size, "after": after}, token=token)
        assert "errors" not in body, body
        conn = body["data"]["merchantOrders"]
        seen += [e["node"]["number"] for e in conn["edges"]]
        if not conn["pageInfo"]["hasNextPage"]:
            return seen
        after = conn["pageInfo"]["endCursor"]


@pytest.mark.parametrize("size", [1, 2, 3, 4])
async def test_pages_hold_every_order_once_in_order(gql, world, size):
    expected = await _expected(world.a.merchant.id)
    assert len(expected) == 11
    assert await _walk(gql, world.a.owner.token, {}, size) == expected


@pytest.mark.parametrize("size", [1, 2, 5])
async def test_pages_with_a_status_filter(gql, world, size):
    for status in (OrderStatus.PAID, OrderStatus.CONFIRMED):
        expected = await _expected(world.a.merchant.id, status)
        assert expected
        flt = {"status": status.name}
        assert await _walk(gql, world.a.owner.token, {"filter": flt}, size) == expected


def _forge(payload: object) -> str:
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage",
        "!!!",
        _forge([["s", "yesterday"], 5]),  # a string where a time belongs
        _forge([["dt", "2026-01-01T00:00:00"], 5]),  # a time without its zone
        _forge([["dt", "2026-01-01T00:00:00+00:00"], -1]),
        _forge([["dt", "2026-01-01T00:00:00+00:00"], 2**64]),
        _forge([["dt", "2026-01-01T00:00:00+00:00"], "5"]),
        _forge({"a": 1}),
    ],
)
async def test_a_forged_cursor_is_refused(gql, world, cursor):
    body = await gql(PAGE, {"first": 2, "after": cursor}, token=world.a.owner.token)
    assert gql_error(body)["extensions"] == {"code": "INVALID", "field": "after"}, body


async def test_a_cursor_from_another_listing_keeps_its_meaning(gql, world):
    """A cursor is (created_at, id): from the unfiltered inbox it continues a filtered one."""
    token = world.a.owner.token
    first = (await gql(PAGE, {"first": 3}, token=token))["data"]["merchantOrders"]
    after = first["pageInfo"]["endCursor"]
    flt = {"status": "PAID"}
    body = await gql(PAGE, {"first": 20, "after": after, "filter": flt}, token=token)
    rest = [e["node"]["number"] for e in body["data"]["merchantOrders"]["edges"]]
    everything = await _expected(world.a.merchant.id)
    paid = await _expected(world.a.merchant.id, OrderStatus.PAID)
    assert rest == [n for n in paid if everything.index(n) >= 3]


async def _statements(gql, query: str, token: str, variables: dict | None = None):
    with QueryCounter() as counter:
        body = await gql(query, variables or {"first": 2}, token=token)
    assert "errors" not in body, body
    return counter, body["data"]["merchantOrders"]


async def test_total_is_counted_only_when_selected(gql, world):
    token = world.a.owner.token
    without, conn = await _statements(gql, PAGE, token)
    assert "totalCount" not in conn
    assert not any("COUNT(" in s.upper() for s in without.statements), without.statements
    with_total, conn = await _statements(gql, PAGE_WITH_TOTAL, token)
    assert conn["totalCount"] == 11
    assert with_total.count == without.count + 1  # one bounded count, the page is the same
    fragment, conn = await _statements(gql, TOTAL_IN_FRAGMENT, token, {})
    assert conn["totalCount"] == 11 and fragment.count == with_total.count


async def test_a_large_total_is_an_estimate_on_postgres(gql, world, database, monkeypatch):
    monkeypatch.setattr(pagination, "EXACT_COUNT_LIMIT", 4)
    body = await gql(PAGE_WITH_TOTAL, {"first": 2}, token=world.a.owner.token)
    total = body["data"]["merchantOrders"]["totalCount"]
    if database.is_postgres:
        assert total >= 5  # the planner's estimate, never below what the bounded count saw
    else:
        assert total == 11  # SQLite has no estimate: exact
    small = await gql(
        PAGE_WITH_TOTAL,
        {"first": 2, "filter": {"number": "GB" + str(world.a.merchant.id) + "000000"}},
        token=world.a.owner.token,
    )
    assert small["data"]["merchantOrders"]["totalCount"] == 1  # at most the limit: exact


async def test_platform_staff_pages_every_merchant(gql, world):
    """The platform listing (ordered by id) pages with the same cursors, totals on request."""
    query = """query($first: Int, $after: String) { orders(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { number } } } }"""
    seen, after = [], None
    while True:
        body = await gql(query, {"first": 5, "after": after}, token=world.admin.token)
        conn = body["data"]["orders"]
        seen += [e["node"]["number"] for e in conn["edges"]]
        if not conn["pageInfo"]["hasNextPage"]:
            break
        after = conn["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == await MerchantOrder.all().count()
