"""Sales reports: per day and week, top products, aftersales rate; who may read which; one
statement each whatever the period's length; currencies never summed together."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest

from models.accounts import StaffRole
from models.aftersales import AftersalesCase, CaseParty, CaseType
from models.catalog import Variant
from models.orders import MerchantOrder
from models.payments import Payment, PaymentStatus, Refund, RefundStatus
from plaza.demo.insight import SaleDay, write_daily_sales
from resolvers.insight import Period, aftersales_rate, sales_report, top_products
from resolvers.permissions import Viewer
from tests.order_support import make_order_world
from tests.support import QueryCounter, gid, make_product

MONDAY = date(2026, 11, 2)  # a Monday
SALES = """query($from: Date!, $to: Date!, $m: ID, $sf: String, $g: ReportGranularity) {
  salesReport(from: $from, to: $to, merchant: $m, storefront: $sf, granularity: $g) {
    report { merchantId from to granularity series { currency orders units
      revenue { amount currency } refunds { amount currency }
      buckets { start orders units revenue { amount } refunds { amount } refundCount } } }
    errors { code field message } } }"""
TOP = """query($from: Date!, $to: Date!, $m: ID, $n: Int) {
  topProducts(from: $from, to: $to, merchant: $m, first: $n) {
    products { productId merchantId name units orders revenue { amount currency } }
    errors { code field } } }"""
RATE = """query($from: Date!, $to: Date!, $m: ID) {
  aftersalesRate(from: $from, to: $to, merchant: $m) {
    rate { orders ordersWithCases cases rate byType { type cases } } errors { code field } } }"""


async def _variant(merchant, storefront, name: str, price: str, currency: str = "CNY") -> Variant:
    product = await make_product(merchant, storefront, name, price=price)
    variant = await Variant.get(product_id=product.id).select_related("product")
    if currency != "CNY":
        variant.currency = currency
        await variant.save(update_fields=["currency"])
    return variant


@pytest.fixture
async def sold():
    """Merchant A sells tea (CNY 10) on Monday (2), Wednesday (1) and next Monday (4), and
    coffee in USD (5.50) on Wednesday (3); B sells on Tuesday (5). A refund of 10.00 on A's
    Wednesday tea order succeeded on Thursday; A's Monday order has a case."""
    w = await make_order_world()
    tea = await Variant.get(id=w.a.variant.id).select_related("product")
    coffee = await _variant(w.a.merchant, w.mall, "coffee", "5.50", "USD")
    beer = await Variant.get(id=w.b.variant.id).select_related("product")
    sales = [
        SaleDay(tea, MONDAY, 2),
        SaleDay(tea, MONDAY + timedelta(days=2), 1),
        SaleDay(tea, MONDAY + timedelta(days=7), 4),
        SaleDay(coffee, MONDAY + timedelta(days=2), 3),
        SaleDay(beer, MONDAY + timedelta(days=1), 5),
    ]
    await write_daily_sales(sales, w.customer.user.id, w.mall.id)
    orders = await MerchantOrder.all().order_by("paid_at").prefetch_related("lines")
    wednesday_tea = next(
        o for o in orders if o.paid_at.date() == MONDAY + timedelta(days=2) and o.currency == "CNY"
    )
    payment = await Payment.create(
        group_id=wednesday_tea.group_id,
        provider="sandbox",
        reference="ref-1",
        amount=wednesday_tea.total,
        currency="CNY",
        status=PaymentStatus.CAPTURED,
        captured_amount=wednesday_tea.total,
    )
    refund = await Refund.create(
        payment=payment,
        order=wednesday_tea,
        amount=Decimal("10.00"),
        reason="customer_request",
        status=RefundStatus.SUCCEEDED,
        key="r-1",
    )
    thursday = datetime.combine(MONDAY + timedelta(days=3), time(12), tzinfo=UTC)
    await Refund.filter(id=refund.id).update(created_at=thursday)
    await Refund.create(  # a refund that failed: never counted
        payment=payment,
        order=wednesday_tea,
        amount=Decimal("1.00"),
        reason="x",
        status=RefundStatus.FAILED,
        key="r-2",
    )
    monday_order = orders[0]
    await AftersalesCase.create(
        number="AS-1",
        order=monday_order,
        merchant_id=monday_order.merchant_id,
        customer=w.customer.user,
        type=CaseType.REFUND_ONLY,
        reason="bruised",
        opened_by=CaseParty.CUSTOMER,
        currency="CNY",
    )
    return w


def _vars(start: date, end: date, **more) -> dict:
    return {"from": start.isoformat(), "to": end.isoformat(), **more}


async def test_a_merchants_daily_sales_per_currency_with_every_day(gql, sold):
    w = sold
    body = await gql(SALES, _vars(MONDAY, MONDAY + timedelta(days=6)), token=w.a.owner.token)
    result = body["data"]["salesReport"]
    assert result["errors"] == []
    report = result["report"]
    assert report["merchantId"] == gid("Merchant", w.a.merchant.id)
    cny, usd = report["series"]
    assert (cny["currency"], usd["currency"]) == ("CNY", "USD")
    assert [b["start"] for b in cny["buckets"]] == [
        (MONDAY + timedelta(days=i)).isoformat() for i in range(7)
    ]
    assert [b["units"] for b in cny["buckets"]] == [2, 0, 1, 0, 0, 0, 0]
    assert [b["orders"] for b in cny["buckets"]] == [1, 0, 1, 0, 0, 0, 0]
    assert [Decimal(b["revenue"]["amount"]) for b in cny["buckets"]][:3] == [
        Decimal("20.00"),
        Decimal("0"),
        Decimal("10.00"),
    ]
    # the refund counts on the day it was made (Thursday); the failed one never
    assert [Decimal(b["refunds"]["amount"]) for b in cny["buckets"]][3] == Decimal("10.00")
    assert [b["refundCount"] for b in cny["buckets"]] == [0, 0, 0, 1, 0, 0, 0]
    assert (cny["orders"], cny["units"]) == (2, 3)
    assert cny["revenue"] == {"amount": "30.00", "currency": "CNY"}
    assert cny["refunds"] == {"amount": "10.00", "currency": "CNY"}
    # the USD sales are a series of their own, never added to the CNY amounts
    assert usd["revenue"] == {"amount": "16.50", "currency": "USD"}
    assert [b["units"] for b in usd["buckets"]] == [0, 0, 3, 0, 0, 0, 0]
    # B's Tuesday sale is not A's
    assert cny["buckets"][1]["units"] == 0


async def test_weeks_start_on_monday(gql, sold):
    body = await gql(
        SALES,
        _vars(MONDAY + timedelta(days=1), MONDAY + timedelta(days=8), g="WEEK"),
        token=sold.a.orders.token,
    )
    cny = body["data"]["salesReport"]["report"]["series"][0]
    # the first week is partial: Tuesday on (the Monday sale is outside the period)
    assert [b["start"] for b in cny["buckets"]] == [
        MONDAY.isoformat(),
        (MONDAY + timedelta(days=7)).isoformat(),
    ]
    assert [b["units"] for b in cny["buckets"]] == [1, 4]


async def test_platform_wide_for_admins_and_per_merchant(gql, sold):
    w = sold
    period = _vars(MONDAY, MONDAY + timedelta(days=13))
    body = await gql(SALES, period, token=w.admin.token)
    report = body["data"]["salesReport"]["report"]
    assert report["merchantId"] is None
    cny = next(s for s in report["series"] if s["currency"] == "CNY")
    assert cny["units"] == 2 + 1 + 4 + 5
    body = await gql(SALES, {**period, "m": gid("Merchant", w.b.merchant.id)}, token=w.admin.token)
    (only_b,) = body["data"]["salesReport"]["report"]["series"]
    assert only_b["units"] == 5


@pytest.mark.parametrize(
    ("who", "merchant", "code"),
    [
        ("a_owner", "b", "PERMISSION_DENIED"),  # another merchant's report
        ("a_catalog", None, "PERMISSION_DENIED"),  # no report role
        ("customer", None, "PERMISSION_DENIED"),
        ("service", None, "PERMISSION_DENIED"),  # platform-wide: admins only
        ("anonymous", None, "UNAUTHENTICATED"),
    ],
)
async def test_who_may_not_read_a_report(gql, sold, who, merchant, code):
    w = sold
    token = {
        "a_owner": w.a.owner.token,
        "a_catalog": w.a.catalog.token,
        "customer": w.customer.token,
        "service": w.service.token,
        "anonymous": None,
    }[who]
    variables = _vars(MONDAY, MONDAY + timedelta(days=6))
    if merchant:
        variables["m"] = gid("Merchant", w.b.merchant.id)
    for query, name, key in (
        (SALES, "salesReport", "report"),
        (TOP, "topProducts", "products"),
        (RATE, "aftersalesRate", "rate"),
    ):
        body = await gql(query, variables, token=token)
        result = body["data"][name]
        assert [e["code"] for e in result["errors"]] == [code], (name, result)
        assert result[key] in (None, [])


async def test_bad_periods_are_refused_clearly(gql, sold):
    token = sold.a.owner.token
    body = await gql(SALES, _vars(MONDAY, MONDAY + timedelta(days=366)), token=token)
    (error,) = body["data"]["salesReport"]["errors"]
    assert (error["code"], error["field"]) == ("PERIOD_TOO_LONG", "to")
    assert "366" in error["message"] and "367" in error["message"]
    body = await gql(SALES, _vars(MONDAY, MONDAY - timedelta(days=1)), token=token)
    assert body["data"]["salesReport"]["errors"][0]["code"] == "INVALID"
    body = await gql(SALES, {**_vars(MONDAY, MONDAY), "sf": "nowhere"}, token=token)
    assert body["data"]["salesReport"]["errors"][0]["code"] == "NOT_FOUND"
    body = await gql(TOP, {**_vars(MONDAY, MONDAY), "n": 0}, token=token)
    assert body["data"]["topProducts"]["errors"][0] == {"code": "INVALID", "field": "first"}


async def test_a_storefront_filter(gql, sold):
    w = sold
    variables = _vars(MONDAY, MONDAY + timedelta(days=6))
    body = await gql(SALES, {**variables, "sf": "grocery"}, token=w.a.owner.token)
    assert body["data"]["salesReport"]["report"]["series"] == []
    body = await gql(SALES, {**variables, "sf": "mall"}, token=w.a.owner.token)
    assert body["data"]["salesReport"]["report"]["series"][0]["units"] == 3


async def test_top_products_rank_by_units_each_currency_apart(gql, sold):
    w = sold
    body = await gql(TOP, _vars(MONDAY, MONDAY + timedelta(days=13)), token=w.a.owner.token)
    products = body["data"]["topProducts"]["products"]
    assert [(p["name"], p["units"], p["revenue"]["currency"]) for p in products] == [
        ("alpha tea", 7, "CNY"),
        ("coffee", 3, "USD"),
    ]
    assert products[0]["orders"] == 3 and products[0]["revenue"]["amount"] == "70.00"
    assert {p["merchantId"] for p in products} == {gid("Merchant", w.a.merchant.id)}
    body = await gql(TOP, _vars(MONDAY, MONDAY + timedelta(days=13), n=1), token=w.admin.token)
    assert [p["name"] for p in body["data"]["topProducts"]["products"]] == ["alpha tea"]


async def test_aftersales_rate(gql, sold):
    w = sold
    body = await gql(RATE, _vars(MONDAY, MONDAY + timedelta(days=13)), token=w.a.owner.token)
    rate = body["data"]["aftersalesRate"]["rate"]
    assert (rate["orders"], rate["ordersWithCases"], rate["cases"]) == (4, 1, 1)
    assert rate["rate"] == 0.25
    assert {t["type"]: t["cases"] for t in rate["byType"]}["REFUND_ONLY"] == 1
    body = await gql(RATE, _vars(MONDAY, MONDAY + timedelta(days=13)), token=w.b.owner.token)
    rate = body["data"]["aftersalesRate"]["rate"]
    assert (rate["orders"], rate["ordersWithCases"], rate["rate"]) == (1, 0, 0.0)


async def test_one_statement_per_report_whatever_the_periods_length(sold):
    w = sold
    owner = Viewer(
        user_id=w.a.owner.user.id,
        merchant_id=w.a.merchant.id,
        staff_roles=frozenset({StaffRole.OWNER}),
    )
    counts = {}
    for days in (1, 7, 90, 366):
        period = Period(MONDAY, MONDAY + timedelta(days=days - 1))
        for name, run in (
            ("sales", lambda p=period: sales_report(owner, p, "day")),
            ("weekly", lambda p=period: sales_report(owner, p, "week")),
            ("top", lambda p=period: top_products(owner, p, 10)),
            ("rate", lambda p=period: aftersales_rate(owner, p)),
        ):
            with QueryCounter() as counter:
                await run()
            counts[(name, days)] = counter.count
    assert set(counts.values()) == {1}, counts


async def test_statements_over_the_api_do_not_grow_with_the_period(gql, sold):
    token = sold.a.owner.token
    seen = []
    for days in (7, 366):
        with QueryCounter() as counter:
            body = await gql(SALES, _vars(MONDAY, MONDAY + timedelta(days=days - 1)), token=token)
        assert body["data"]["salesReport"]["errors"] == []
        seen.append(counter.count)
    assert seen[0] == seen[1], seen
