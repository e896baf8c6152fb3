"""Insight: sales reports for merchants and the platform, and demand forecasts per variant.

* ``access``          who reads what (report and forecast roles, the visibility rules).
* ``reports``         ``sales_report`` (per day or week), ``top_products``, ``aftersales_rate``:
                      one statement each (``models.repository.insight``).
* ``forecast_model``  fitting one variant's daily sales (statsmodels' exponential smoothing).
* ``forecasts``       the daily job (``run_forecasts``) and ``stock_forecast``.
"""

from resolvers.insight.access import (
    FORECAST_ROLES,
    REPORT_ROLES,
    may_read_forecast,
    may_read_report,
)
from resolvers.insight.forecasts import (
    RunResult,
    StockForecast,
    forecasts_due,
    run_forecasts,
    stock_forecast,
)
from resolvers.insight.reports import (
    AftersalesRate,
    Period,
    SalesReport,
    TopProduct,
    aftersales_rate,
    sales_report,
    top_products,
)

__all__ = [
    "FORECAST_ROLES",
    "REPORT_ROLES",
    "AftersalesRate",
    "Period",
    "RunResult",
    "SalesReport",
    "StockForecast",
    "TopProduct",
    "aftersales_rate",
    "forecasts_due",
    "may_read_forecast",
    "may_read_report",
    "run_forecasts",
    "sales_report",
    "stock_forecast",
    "top_products",
]
