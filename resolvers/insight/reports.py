"""Sales reports: per day or week, top products, the aftersales rate.

Each report is one statement (``models.repository.insight``), whatever the period's length; the
days (or weeks) without sales are filled in here, so a report lists every bucket of the period
for each currency it met. A period is whole UTC days, ``start`` to ``end`` inclusive, at most
:data:`MAX_PERIOD_DAYS` days. Weeks start on Monday (the first and last week of a period may be
partial: a bucket is named by its Monday, which may fall before ``start``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from models.merchants import Storefront
from models.repository import insight as repo
from models.repository.insight import Granularity, Scope
from resolvers.errors import DomainError
from resolvers.errors import InsightErrorCode as Code
from resolvers.insight.access import report_scope
from resolvers.permissions import Viewer

MAX_PERIOD_DAYS = 366
MAX_TOP_PRODUCTS = 100
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    merchant_id: int | None = None
    storefront: str | None = None


@dataclass
class SalesBucket:
    start: date
    orders: int = 0
    units: int = 0
    revenue: Decimal = Decimal("0.00")
    refunds: Decimal = Decimal("0.00")
    refund_count: int = 0


@dataclass
class SalesSeries:
    currency: str
    buckets: list[SalesBucket] = field(default_factory=list)

    @property
    def orders(self) -> int:
        return sum(b.orders for b in self.buckets)

    @property
    def units(self) -> int:
        return sum(b.units for b in self.buckets)

    @property
    def revenue(self) -> Decimal:
        return sum((b.revenue for b in self.buckets), Decimal("0.00"))

    @property
    def refunds(self) -> Decimal:
        return sum((b.refunds for b in self.buckets), Decimal("0.00"))


@dataclass
class SalesReport:
    merchant_id: int | None
    storefront: str | None
    start: date
    end: date
    granularity: str
    series: list[SalesSeries]


@dataclass(frozen=True)
class TopProduct:
    product_id: int
    merchant_id: int
    name: str
    currency: str
    units: int
    orders: int
    revenue: Decimal


@dataclass(frozen=True)
class AftersalesRate:
    merchant_id: int | None
    storefront: str | None
    start: date
    end: date
    orders: int
    orders_with_cases: int
    cases: int
    by_type: dict[str, int]

    @property
    def rate(self) -> float:
        return round(self.orders_with_cases / self.orders, 4) if self.orders else 0.0


def _money(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def bucket_start(day: date, granularity: str) -> date:
    return day - timedelta(days=day.weekday()) if granularity == Granularity.WEEK else day


def bucket_starts(start: date, end: date, granularity: str) -> list[date]:
    step = timedelta(days=7 if granularity == Granularity.WEEK else 1)
    day, last, found = bucket_start(start, granularity), bucket_start(end, granularity), []
    while day <= last:
        found.append(day)
        day += step
    return found


async def _scope(viewer: Viewer, period: Period) -> Scope:
    """Checks the viewer and the period; the orders the report reads."""
    merchant_id = report_scope(viewer, period.merchant_id)
    if period.end < period.start:
        raise DomainError(Code.INVALID, "The period ends before it starts.", "to")
    days = (period.end - period.start).days + 1
    if days > MAX_PERIOD_DAYS:
        raise DomainError(
            Code.PERIOD_TOO_LONG,
            f"A report covers at most {MAX_PERIOD_DAYS} days; this period has {days}.",
            "to",
        )
    storefront_id = None
    if period.storefront:
        storefront = await Storefront.get_or_none(code=period.storefront)
        if storefront is None:
            raise DomainError(Code.NOT_FOUND, f"No storefront '{period.storefront}'.", "storefront")
        storefront_id = storefront.id
    start = datetime.combine(period.start, time.min, tzinfo=UTC)
    end = datetime.combine(period.end + timedelta(days=1), time.min, tzinfo=UTC)
    return Scope(start, end, merchant_id, storefront_id)


async def sales_report(viewer: Viewer, period: Period, granularity: str) -> SalesReport:
    """Orders, units, revenue and refunds per day (or week) of the period, per currency."""
    if granularity not in (Granularity.DAY, Granularity.WEEK):
        raise DomainError(Code.INVALID, "Granularity is DAY or WEEK.", "granularity")
    scope = await _scope(viewer, period)
    rows = await repo.sales_by_bucket(scope, granularity)
    starts = bucket_starts(period.start, period.end, granularity)
    by_currency: dict[str, dict[date, SalesBucket]] = {}
    for row in rows:
        buckets = by_currency.setdefault(row.currency, {d: SalesBucket(d) for d in starts})
        found = buckets.setdefault(row.bucket, SalesBucket(row.bucket))
        found.orders += row.orders
        found.units += row.units
        found.revenue += _money(row.revenue_cents)
        found.refunds += _money(row.refund_cents)
        found.refund_count += row.refunds
    series = [
        SalesSeries(currency, [buckets[d] for d in sorted(buckets)])
        for currency, buckets in sorted(by_currency.items())
    ]
    return SalesReport(
        scope.merchant_id, period.storefront, period.start, period.end, granularity, series
    )


async def top_products(viewer: Viewer, period: Period, first: int = 10) -> list[TopProduct]:
    """The products sold most in the period (units, then revenue), each currency apart."""
    if not 1 <= first <= MAX_TOP_PRODUCTS:
        raise DomainError(Code.INVALID, f"first is 1 to {MAX_TOP_PRODUCTS}.", "first")
    scope = await _scope(viewer, period)
    return [
        TopProduct(
            r.product_id,
            r.merchant_id,
            r.name,
            r.currency,
            r.units,
            r.orders,
            _money(r.revenue_cents),
        )
        for r in await repo.top_products(scope, first)
    ]


async def aftersales_rate(viewer: Viewer, period: Period) -> AftersalesRate:
    """Of the orders paid in the period, the share that has an aftersales case."""
    scope = await _scope(viewer, period)
    row = await repo.aftersales_counts(scope)
    return AftersalesRate(
        scope.merchant_id,
        period.storefront,
        period.start,
        period.end,
        row.orders,
        row.orders_with_cases,
        row.cases,
        row.by_type,
    )
