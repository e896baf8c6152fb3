"""Descriptions of the insight domain's types (see ``schema.descriptions``)."""

from __future__ import annotations

from resolvers.insight.forecasts import HISTORY_DAYS, MAX_DAYS, MAX_LEAD_TIME_DAYS
from resolvers.insight.reports import MAX_PERIOD_DAYS, MAX_TOP_PRODUCTS

_MERCHANT_ARG = (
    "Platform admins: the merchant to report on (a `Merchant` ID); omitted, the whole platform. "
    "Merchant staff: omit it or name their own merchant (another is PERMISSION_DENIED)."
)
_STOREFRONT_ARG = (
    "Only orders placed on this storefront (its code, e.g. `grocery`); an unknown code is "
    "NOT_FOUND. Omitted, every storefront."
)
_MERCHANT_FIELD = (
    "The merchant reported on (a `Merchant` global ID); null for a platform-wide report."
)
_STOREFRONT_FIELD = "The storefront code the report is limited to; null for every storefront."

DESCRIPTIONS: dict[str, str] = {
    # results
    "SalesReportResult": "What `salesReport` answers: the report, or `errors`.",
    "SalesReportResult.report": "The report; null when the request was refused (see `errors`).",
    "SalesReportResult.errors": "Why the report was refused; empty on success.",
    "TopProductsResult": "What `topProducts` answers: the ranking, or `errors`.",
    "TopProductsResult.products": (
        "The products sold most, by units then revenue, one entry per product and currency; "
        "empty when refused (see `errors`) or when nothing sold."
    ),
    "TopProductsResult.errors": "Why the ranking was refused; empty on success.",
    "AftersalesRateResult": "What `aftersalesRate` answers: the rate, or `errors`.",
    "AftersalesRateResult.rate": "The rate; null when the request was refused (see `errors`).",
    "AftersalesRateResult.errors": "Why the rate was refused; empty on success.",
    "StockForecastResult": "What `stockForecast` answers: the forecast, or `errors`.",
    "StockForecastResult.forecast": (
        "The forecast; null when the request was refused (see `errors`)."
    ),
    "StockForecastResult.errors": "Why the forecast was refused; empty on success.",
    # sales report
    "SalesReport.merchantId": _MERCHANT_FIELD,
    "SalesReport.storefront": _STOREFRONT_FIELD,
    "SalesReport.from": "The period's first day (UTC), as asked.",
    "SalesReport.to": "The period's last day (UTC), included, as asked.",
    "SalesReport.granularity": "The size of the buckets: a day or a week.",
    "SalesReport.series": (
        "One series per currency the period's sales or refunds were in; empty when there were none."
    ),
    "SalesSeries.currency": "ISO 4217 code of every amount in the series.",
    "SalesSeries.orders": "Orders paid in the period (replacement orders of cases not counted).",
    "SalesSeries.units": "Units on the lines of the orders paid in the period.",
    "SalesSeries.revenue": "What the orders paid in the period total, shipping included.",
    "SalesSeries.refunds": "Refunds that succeeded in the period (pending and failed ones not).",
    "SalesSeries.buckets": (
        "Every day or week of the period, in order, those without sales with zeros."
    ),
    "SalesBucket.start": (
        "The bucket's day, or the Monday of its week (which may fall before the period's "
        "`from`); UTC."
    ),
    "SalesBucket.units": "Units on the lines of the orders paid in the bucket.",
    "SalesBucket.refundCount": "How many refunds succeeded in the bucket.",
    "ReportGranularity.DAY": "One bucket per UTC day (the default).",
    "ReportGranularity.WEEK": (
        "One bucket per ISO week (Monday to Sunday, UTC), named by its Monday; the first and "
        "last weeks may be partial."
    ),
    # top products
    "TopProduct.productId": "The product's global ID (`Product`).",
    "TopProduct.merchantId": "The global ID of the merchant selling it (`Merchant`).",
    "TopProduct.name": "The product's name, as on its order lines.",
    "TopProduct.units": "Units sold in the period (on orders paid in it), in this currency.",
    "TopProduct.orders": "How many paid orders of the period had the product.",
    "TopProduct.revenue": "What its order lines total in the period, in this currency.",
    # aftersales rate
    "AftersalesRate.merchantId": _MERCHANT_FIELD,
    "AftersalesRate.storefront": _STOREFRONT_FIELD,
    "AftersalesRate.from": "The period's first day (UTC), as asked.",
    "AftersalesRate.to": "The period's last day (UTC), included, as asked.",
    "AftersalesRate.orders": "Orders paid in the period (replacement orders of cases not counted).",
    "AftersalesRate.ordersWithCases": (
        "How many of those orders have at least one aftersales case, opened at any time since."
    ),
    "AftersalesRate.cases": "How many aftersales cases those orders have in all.",
    "AftersalesRate.byType": "The cases by type; the counts add up to `cases`.",
    "AftersalesTypeCount.type": "The case type.",
    "AftersalesTypeCount.cases": "How many of the cases are of this type.",
    # stock forecast
    "StockForecast.variantId": "The variant's global ID (`Variant`).",
    "StockForecast.sku": "The variant's SKU.",
    "StockForecast.generatedAt": (
        "When the daily job fitted the forecast (ISO 8601, UTC); null when the variant has "
        f"no forecast (nothing sold in the last {HISTORY_DAYS} days)."
    ),
    "StockForecast.historyDays": (
        "How many days of sales history the fit used (from the first sale in the last "
        f"{HISTORY_DAYS} days); 0 without a forecast."
    ),
    "StockForecast.leadTimeDays": "The lead time asked for, in days.",
    "StockForecast.days": (
        "The expected sales of each day from today (UTC), as many days as asked; empty "
        "without a forecast."
    ),
    "ForecastDay.date": "The day (UTC).",
    "ForecastDay.expected": "Expected units sold that day (fractional, two decimals).",
    "ForecastDay.lower": "The 95 % prediction interval's lower bound, in units; never below 0.",
    "ForecastDay.upper": "The 95 % prediction interval's upper bound, in units.",
    "InsightErrorCode.PERIOD_TOO_LONG": (
        f"The period is longer than {MAX_PERIOD_DAYS} days (`field` is `to`; the message says "
        "how long it was)."
    ),
    # root fields' arguments
    "Query.salesReport(merchant)": _MERCHANT_ARG,
    "Query.salesReport(storefront)": _STOREFRONT_ARG,
    "Query.salesReport(granularity)": "The size of the buckets: DAY (default) or WEEK.",
    "Query.topProducts(merchant)": _MERCHANT_ARG,
    "Query.topProducts(storefront)": _STOREFRONT_ARG,
    "Query.topProducts(first)": (
        f"How many entries to return: 1 to {MAX_TOP_PRODUCTS} (default 10); else INVALID."
    ),
    "Query.aftersalesRate(merchant)": _MERCHANT_ARG,
    "Query.aftersalesRate(storefront)": _STOREFRONT_ARG,
    "Query.stockForecast(variant)": (
        "The variant's global ID; one of another merchant's answers NOT_FOUND."
    ),
    "Query.stockForecast(days)": (
        f"How many days to forecast from today: 1 to {MAX_DAYS} (default 14); else INVALID."
    ),
    "Query.stockForecast(leadTimeDays)": (
        f"Days until a reorder would arrive: 0 to {MAX_LEAD_TIME_DAYS} (default 7); else "
        "INVALID. Used for `reorderUnits` and `reorderNow`."
    ),
}
