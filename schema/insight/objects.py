"""Insight's GraphQL types: sales reports, top products, the aftersales rate, stock forecasts.

The report and forecast objects carry their merchant (``merchant_pk``; None: platform-wide),
which the tenancy screen (``schema.visibility``) checks wherever they are resolved.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from models.aftersales import CaseType
from models.repository.insight import Granularity
from resolvers import insight as uc
from resolvers.insight.reports import SalesBucket as BucketModel
from resolvers.insight.reports import SalesSeries as SeriesModel
from schema.aftersales.enums import AftersalesCaseType
from schema.base import Money, global_id


@strawberry.enum(description="The size of a report's buckets (UTC days; weeks from Monday).")
class ReportGranularity(Enum):
    DAY = Granularity.DAY
    WEEK = Granularity.WEEK


@strawberry.type(description="Sales of one day (or week, named by its Monday) in one currency.")
class SalesBucket:
    start: date
    orders: int = strawberry.field(description="Orders paid (replacement orders not counted).")
    units: int
    revenue: Money = strawberry.field(description="What the paid orders total, shipping included.")
    refunds: Money = strawberry.field(description="Refunds that succeeded in the bucket.")
    refund_count: int

    @classmethod
    def from_model(cls, b: BucketModel, currency: str) -> SalesBucket:
        return cls(
            start=b.start,
            orders=b.orders,
            units=b.units,
            revenue=Money(amount=b.revenue, currency=currency),
            refunds=Money(amount=b.refunds, currency=currency),
            refund_count=b.refund_count,
        )


@strawberry.type(description="A report's sales in one currency: every bucket of the period.")
class SalesSeries:
    currency: str
    orders: int
    units: int
    revenue: Money
    refunds: Money
    buckets: list[SalesBucket]

    @classmethod
    def from_model(cls, s: SeriesModel) -> SalesSeries:
        return cls(
            currency=s.currency,
            orders=s.orders,
            units=s.units,
            revenue=Money(amount=s.revenue, currency=s.currency),
            refunds=Money(amount=s.refunds, currency=s.currency),
            buckets=[SalesBucket.from_model(b, s.currency) for b in s.buckets],
        )


@strawberry.type(
    description="Sales per day or week of a period, one series per currency (amounts in "
    "different currencies are never added together)."
)
class SalesReport:
    merchant_id: strawberry.ID | None = strawberry.field(description="None: platform-wide.")
    storefront: str | None
    start: date = strawberry.field(name="from")
    end: date = strawberry.field(name="to")
    granularity: ReportGranularity
    series: list[SalesSeries]
    merchant_pk: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, r: uc.SalesReport) -> SalesReport:
        return cls(
            merchant_id=r.merchant_id and global_id("Merchant", r.merchant_id),
            storefront=r.storefront,
            start=r.start,
            end=r.end,
            granularity=ReportGranularity(r.granularity),
            series=[SalesSeries.from_model(s) for s in r.series],
            merchant_pk=r.merchant_id,
        )


@strawberry.type(description="A product among those sold most in a period, in one currency.")
class TopProduct:
    product_id: strawberry.ID
    merchant_id: strawberry.ID
    name: str
    units: int
    orders: int
    revenue: Money
    merchant_pk: strawberry.Private[int]

    @classmethod
    def from_model(cls, p: uc.TopProduct) -> TopProduct:
        return cls(
            product_id=global_id("Product", p.product_id),
            merchant_id=global_id("Merchant", p.merchant_id),
            name=p.name,
            units=p.units,
            orders=p.orders,
            revenue=Money(amount=p.revenue, currency=p.currency),
            merchant_pk=p.merchant_id,
        )


@strawberry.type(description="Aftersales cases of one type on the period's orders.")
class AftersalesTypeCount:
    type: AftersalesCaseType
    cases: int


@strawberry.type(
    description="Of the orders paid in a period, the share with an aftersales case (opened "
    "at any time since)."
)
class AftersalesRate:
    merchant_id: strawberry.ID | None
    storefront: str | None
    start: date = strawberry.field(name="from")
    end: date = strawberry.field(name="to")
    orders: int
    orders_with_cases: int
    cases: int
    rate: float = strawberry.field(description="ordersWithCases / orders (0 without orders).")
    by_type: list[AftersalesTypeCount]
    merchant_pk: strawberry.Private[int | None]

    @classmethod
    def from_model(cls, r: uc.AftersalesRate) -> AftersalesRate:
        return cls(
            merchant_id=r.merchant_id and global_id("Merchant", r.merchant_id),
            storefront=r.storefront,
            start=r.start,
            end=r.end,
            orders=r.orders,
            orders_with_cases=r.orders_with_cases,
            cases=r.cases,
            rate=r.rate,
            by_type=[AftersalesTypeCount(type=CaseType(t), cases=n) for t, n in r.by_type.items()],
            merchant_pk=r.merchant_id,
        )


@strawberry.type(description="Expected units sold on one day, with the 95 % interval.")
class ForecastDay:
    date: date
    expected: float
    lower: float
    upper: float


@strawberry.type(
    description="A variant's demand forecast and what it means for its stock (the merchant's "
    "staff only). Fitted daily (docs/insight.md); without sales history it has no days."
)
class StockForecast:
    variant_id: strawberry.ID
    sku: str
    generated_at: datetime | None
    method: str | None = strawberry.field(
        description="holt_winters, holt or mean (sparse history); docs/insight.md."
    )
    history_days: int
    available: int = strawberry.field(description="On hand less reserved, every warehouse.")
    days: list[ForecastDay]
    expected_units: float = strawberry.field(description="Expected units over `days`.")
    days_of_cover: float | None = strawberry.field(
        description="Days the available stock lasts at the expected sales (null: more than a "
        "year, or no demand forecast)."
    )
    lead_time_days: int
    reorder_units: int = strawberry.field(
        description="Units to order now to cover the lead time and the days asked for: "
        "expected sales plus a 95 % safety stock, less what is available."
    )
    reorder_now: bool = strawberry.field(description="The stock runs out within the lead time.")
    merchant_pk: strawberry.Private[int]

    @classmethod
    def from_model(cls, f: uc.StockForecast) -> StockForecast:
        return cls(
            variant_id=global_id("Variant", f.variant_id),
            sku=f.sku,
            generated_at=f.generated_at,
            method=f.method,
            history_days=f.history_days,
            available=f.available,
            days=[
                ForecastDay(
                    date=d.day,
                    expected=round(d.expected, 2),
                    lower=round(d.lower, 2),
                    upper=round(d.upper, 2),
                )
                for d in f.days
            ],
            expected_units=f.expected_units,
            days_of_cover=f.days_of_cover,
            lead_time_days=f.lead_time_days,
            reorder_units=f.reorder_units,
            reorder_now=f.reorder_now,
            merchant_pk=f.merchant_id,
        )
