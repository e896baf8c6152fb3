"""Insight: sales reports (merchants' staff for their merchant, platform admins for any or
all) and stock forecasts (the variant's merchant's staff). Each answer carries ``errors``:
a refused or malformed request answers its error there and no report."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from resolvers import insight as uc
from resolvers.errors import InsightErrorCode as Code
from schema.base import attempt, decode_id, decode_optional_id, error_type
from schema.context import Info
from schema.insight.objects import (
    AftersalesRate,
    ForecastDay,
    ReportGranularity,
    SalesReport,
    StockForecast,
    TopProduct,
)

InsightError = error_type(Code, "InsightError")
From = Annotated[date, strawberry.argument(name="from", description="The first day (UTC).")]
To = Annotated[date, strawberry.argument(name="to", description="The last day (UTC), included.")]


@strawberry.type
class SalesReportResult:
    report: SalesReport | None
    errors: list[InsightError]


@strawberry.type
class TopProductsResult:
    products: list[TopProduct]
    errors: list[InsightError]


@strawberry.type
class AftersalesRateResult:
    rate: AftersalesRate | None
    errors: list[InsightError]


@strawberry.type
class StockForecastResult:
    forecast: StockForecast | None
    errors: list[InsightError]


def _period(merchant, storefront, start: date, end: date) -> uc.Period:
    pk = decode_optional_id(merchant, "Merchant", Code, "merchant")
    return uc.Period(start=start, end=end, merchant_id=pk, storefront=storefront or None)


_PERIOD = (
    "`from` to `to` (UTC days, inclusive; at most 366 days). Staff: their own merchant; "
    "platform admins name a `merchant`, or none for the whole platform."
)


@strawberry.type
class Query:
    @strawberry.field(description="Orders, units, revenue and refunds per day or week. " + _PERIOD)
    async def sales_report(
        self,
        info: Info,
        start: From,
        end: To,
        merchant: strawberry.ID | None = None,
        storefront: str | None = None,
        granularity: ReportGranularity = ReportGranularity.DAY,
    ) -> SalesReportResult:
        report, errors = await attempt(
            lambda: uc.sales_report(
                info.context.viewer, _period(merchant, storefront, start, end), granularity.value
            ),
            Code,
        )
        return SalesReportResult(report=report and SalesReport.from_model(report), errors=errors)

    @strawberry.field(description="The products sold most (units, then revenue). " + _PERIOD)
    async def top_products(
        self,
        info: Info,
        start: From,
        end: To,
        merchant: strawberry.ID | None = None,
        storefront: str | None = None,
        first: int = 10,
    ) -> TopProductsResult:
        rows, errors = await attempt(
            lambda: uc.top_products(
                info.context.viewer, _period(merchant, storefront, start, end), first
            ),
            Code,
        )
        return TopProductsResult(
            products=[TopProduct.from_model(r) for r in rows or []], errors=errors
        )

    @strawberry.field(description="The share of paid orders with an aftersales case. " + _PERIOD)
    async def aftersales_rate(
        self,
        info: Info,
        start: From,
        end: To,
        merchant: strawberry.ID | None = None,
        storefront: str | None = None,
    ) -> AftersalesRateResult:
        row, errors = await attempt(
            lambda: uc.aftersales_rate(
                info.context.viewer, _period(merchant, storefront, start, end)
            ),
            Code,
        )
        return AftersalesRateResult(rate=row and AftersalesRate.from_model(row), errors=errors)

    @strawberry.field(
        description="A variant's expected sales per day for the next `days` days (at most "
        "35), its days of cover and a reorder suggestion for a `leadTimeDays` lead time. "
        "The variant's merchant's staff (owner, orders, warehouse) only."
    )
    async def stock_forecast(
        self, info: Info, variant: strawberry.ID, days: int = 14, lead_time_days: int = 7
    ) -> StockForecastResult:
        row, errors = await attempt(lambda: _forecast(info, variant, days, lead_time_days), Code)
        return StockForecastResult(forecast=row and StockForecast.from_model(row), errors=errors)


async def _forecast(info: Info, variant: str, days: int, lead_time_days: int):
    pk = decode_id(variant, "Variant", Code, "variant")
    return await uc.stock_forecast(info.context.viewer, pk, days, lead_time_days)


types: list[type] = [ForecastDay]
