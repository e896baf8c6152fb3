"""Demand forecasts: the model's error on held-out days of histories with a known trend and
weekly season, the daily job, and ``stockForecast`` (the variant's merchant's staff only)."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

import pytest

from models.insight import ForecastMethod, VariantForecast, VariantForecastDay
from models.inventory import Stock
from plaza.demo.insight import SaleDay, write_daily_sales
from resolvers.insight import forecasts_due, run_forecasts
from resolvers.insight.forecast_model import choose_method, fit_daily, mape
from resolvers.insight.forecasts import (
    ForecastDay,
    days_of_cover,
    extend,
    history_series,
    reorder_units,
)
from resolvers.orders import now_utc
from tests.order_support import make_order_world
from tests.support import gid

HOLD_OUT = 14
WEEK = (0.0, -3.0, -2.0, 0.0, 2.0, 6.0, 5.0)  # Monday first
#: The bound on the held-out MAPE of a seasonal history with mild noise (the fits reach
#: about 0.05-0.08 on these; the mean of the last four weeks would be about 0.20).
MAPE_BOUND = 0.15


def history(
    seed: int, days: int = 120, level: float = 20.0, trend: float = 0.08, noise: float = 1.5
) -> list[float]:
    rng = random.Random(seed)
    return [
        max(0.0, round(level + trend * t + WEEK[t % 7] + rng.gauss(0, noise))) for t in range(days)
    ]


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_held_out_error_of_a_trend_with_a_weekly_season_is_bounded(seed, record_property):
    series = history(seed)
    train, test = series[:-HOLD_OUT], series[-HOLD_OUT:]
    fit = fit_daily(train, HOLD_OUT)
    assert fit.method == ForecastMethod.HOLT_WINTERS
    error = mape(test, fit.mean)
    naive = mape(test, [sum(train[-28:]) / 28] * HOLD_OUT)
    record_property("mape", round(error, 4))
    print(f"seed {seed}: held-out MAPE {error:.3f} (recent mean: {naive:.3f})")
    assert error < MAPE_BOUND
    assert error < naive  # the season and trend are worth modelling
    # the interval holds most held-out days and is ordered
    inside = sum(lo <= y <= hi for y, lo, hi in zip(test, fit.lower, fit.upper, strict=True))
    assert inside >= HOLD_OUT * 0.7
    assert all(lo <= m <= hi for lo, m, hi in zip(fit.lower, fit.mean, fit.upper, strict=True))


def test_the_model_follows_the_history_available():
    assert choose_method(history(1, days=60)) == ForecastMethod.HOLT_WINTERS
    assert choose_method(history(1, days=20)) == ForecastMethod.HOLT
    sparse = [0.0] * 50 + [3.0, 0.0, 0.0, 2.0]
    assert choose_method(sparse) == ForecastMethod.MEAN
    fit = fit_daily(sparse, 7)
    assert fit.method == ForecastMethod.MEAN
    assert fit.mean == [pytest.approx(5 / 28)] * 7
    assert all(lo == 0.0 for lo in fit.lower)  # never below zero
    assert fit_daily([0.0, 0.0], 3).mean == [0.0, 0.0, 0.0]
    with pytest.raises(ValueError):
        fit_daily([1.0], 0)


def test_days_of_cover_and_reorder():
    days = [ForecastDay(date(2026, 1, 1) + timedelta(days=i), 4.0, 2.0, 6.0) for i in range(7)]
    assert days_of_cover(10, days) == 2.5
    assert days_of_cover(0, days) == 0.0
    assert days_of_cover(100, days) is None
    long = extend(days, 30)
    assert len(long) == 30 and long[29].day == date(2026, 1, 30)
    assert days_of_cover(100, long) == 25.0
    # 10 days: 40 expected, sigma 2/1.96 a day -> safety 1.645 * sqrt(10) * 1.0204
    safety = 1.645 * math.sqrt(10 * (2 / 1.959963984540054) ** 2)
    assert reorder_units(5, extend(days, 10)) == math.ceil(40 + safety - 5)
    assert reorder_units(500, extend(days, 10)) == 0


def test_history_series_fills_days_without_sales():
    d = date(2026, 3, 1)
    assert history_series({d: 2, d + timedelta(days=3): 1}, d + timedelta(days=5)) == [
        2.0,
        0.0,
        0.0,
        1.0,
        0.0,
    ]
    assert history_series({}, d) == []


FORECAST = """query($v: ID!, $days: Int, $lead: Int) {
  stockForecast(variant: $v, days: $days, leadTimeDays: $lead) {
    forecast { variantId sku method historyDays available generatedAt expectedUnits
      daysOfCover leadTimeDays reorderUnits reorderNow days { date expected lower upper } }
    errors { code field message } } }"""


@pytest.fixture
async def sold_history():
    """Merchant A's tea sold 60 days with a weekly pattern; B's sold 3 days (sparse)."""
    w = await make_order_world(stock=40)
    today = now_utc().date()
    from models.catalog import Variant

    tea = await Variant.get(id=w.a.variant.id).select_related("product")
    other = await Variant.get(id=w.b.variant.id).select_related("product")
    sales = [
        SaleDay(
            tea,
            today - timedelta(days=60 - i),
            int(8 + WEEK[(today - timedelta(days=60 - i)).weekday()]),
        )
        for i in range(60)
    ]
    sales += [SaleDay(other, today - timedelta(days=d), 2) for d in (3, 9, 20)]
    await write_daily_sales(sales, w.customer.user.id, w.grocery.id)
    return w, today


async def test_the_job_stores_a_forecast_per_variant_with_its_interval(sold_history):
    w, today = sold_history
    assert await forecasts_due(today)
    progress = []
    result = await run_forecasts(
        today=today, progress=lambda done, total: progress.append((done, total))
    )
    assert result.variants == 2
    assert result.by_method == {ForecastMethod.HOLT_WINTERS: 1, ForecastMethod.MEAN: 1}
    assert progress[0] == (0, 2) and progress[-1] == (2, 2)
    assert not await forecasts_due(today)
    tea = await VariantForecast.get(variant_id=w.a.variant.id)
    assert (tea.merchant_id, tea.history_days, tea.start_day) == (w.a.merchant.id, 60, today)
    days = await VariantForecastDay.filter(forecast_id=tea.id).order_by("day")
    assert len(days) == tea.horizon == 35
    assert all(d.lower <= d.mean <= d.upper for d in days)
    # the weekly pattern is learnt: Saturdays expected above Tuesdays
    by_weekday = {d.day.weekday(): d.mean for d in days[:7]}
    assert by_weekday[5] > by_weekday[1] + 4
    # a second run replaces the forecasts (no second row per variant or day)
    await run_forecasts(today=today)
    assert await VariantForecast.all().count() == 2
    assert await VariantForecastDay.all().count() == 70


async def test_stock_forecast_for_the_merchants_staff(gql, sold_history):
    w, today = sold_history
    await run_forecasts(today=today)
    await Stock.filter(variant_id=w.a.variant.id).update(on_hand=40, reserved=4)
    v = gid("Variant", w.a.variant.id)
    for token in (w.a.owner.token, w.a.orders.token, w.a.warehouse_staff.token):
        body = await gql(FORECAST, {"v": v, "days": 10, "lead": 5}, token=token)
        result = body["data"]["stockForecast"]
        assert result["errors"] == [], result
    f = result["forecast"]
    assert (f["method"], f["available"], f["leadTimeDays"]) == ("holt_winters", 36, 5)
    assert len(f["days"]) == 10 and f["days"][0]["date"] == today.isoformat()
    assert f["expectedUnits"] == pytest.approx(sum(d["expected"] for d in f["days"]), abs=0.1)
    assert 70 < f["expectedUnits"] < 100  # about 8 a day
    # 36 units at about 8 a day (more at the weekend): three to five days, within the 5-day
    # lead time; the cover is where the expected sales add up to the 36 units
    assert 3 < f["daysOfCover"] < 5 and f["reorderNow"] is True
    whole = int(f["daysOfCover"])
    used = sum(d["expected"] for d in f["days"][:whole])
    assert used <= 36 <= used + f["days"][whole]["expected"] + 0.05
    # enough for the lead time and the 10 days, with a safety margin, less the 36 held
    assert 15 * 8 - 36 < f["reorderUnits"] < 15 * 8 - 36 + 40


async def test_a_variant_without_history_has_no_days(gql, sold_history):
    w, today = sold_history
    await run_forecasts(today=today)
    await VariantForecast.filter(variant_id=w.a.variant.id).delete()
    body = await gql(FORECAST, {"v": gid("Variant", w.a.variant.id)}, token=w.a.owner.token)
    f = body["data"]["stockForecast"]["forecast"]
    assert (f["method"], f["days"], f["daysOfCover"], f["reorderUnits"]) == (None, [], None, 0)


@pytest.mark.parametrize(
    ("who", "code"),
    [
        ("b_owner", "NOT_FOUND"),  # another merchant's variant
        ("a_catalog", "PERMISSION_DENIED"),  # no forecast role
        ("a_logistics", "PERMISSION_DENIED"),
        ("admin", "PERMISSION_DENIED"),  # the merchant's own planning
        ("customer", "PERMISSION_DENIED"),
        ("anonymous", "UNAUTHENTICATED"),
    ],
)
async def test_stock_forecast_refusals(gql, sold_history, who, code):
    w, today = sold_history
    await run_forecasts(today=today)
    token = {
        "b_owner": w.b.owner.token,
        "a_catalog": w.a.catalog.token,
        "a_logistics": w.a.logistics.token,
        "admin": w.admin.token,
        "customer": w.customer.token,
        "anonymous": None,
    }[who]
    body = await gql(FORECAST, {"v": gid("Variant", w.a.variant.id)}, token=token)
    result = body["data"]["stockForecast"]
    assert result["forecast"] is None
    assert [e["code"] for e in result["errors"]] == [code]


async def test_bad_arguments(gql, sold_history):
    w, _ = sold_history
    v = gid("Variant", w.a.variant.id)
    for variables, field in (
        ({"v": v, "days": 0}, "days"),
        ({"v": v, "days": 36}, "days"),
        ({"v": v, "lead": -1}, "leadTimeDays"),
        ({"v": gid("Product", 1)}, "variant"),
        ({"v": "nonsense"}, "variant"),
    ):
        body = await gql(FORECAST, variables, token=w.a.owner.token)
        (error,) = body["data"]["stockForecast"]["errors"]
        assert (error["code"], error["field"]) == ("INVALID", field), variables


async def test_the_daily_actor_runs_once_a_day(sold_history):
    from tasks.insight import refresh_forecasts

    assert await refresh_forecasts.coroutine() == 2
    first = await VariantForecast.all().values_list("id", flat=True)
    assert await refresh_forecasts.coroutine() == 0  # not due again today: nothing rewritten
    assert await VariantForecast.all().values_list("id", flat=True) == first


async def test_the_demo_has_sales_history_to_forecast(gql):
    from models.accounts import User
    from models.orders import OrderLine
    from plaza.demo import load_demo
    from plaza.demo.insight import HISTORY_DAYS
    from plaza.demo.insight import VARIANTS as DEMO_VARIANTS

    await load_demo(products=40, manage_orm=False, verbose=False)
    forecasts = await VariantForecast.all().select_related("variant__product")
    assert 1 <= len(forecasts) <= DEMO_VARIANTS
    assert {f.method for f in forecasts} == {ForecastMethod.HOLT_WINTERS}
    assert all(f.history_days == HISTORY_DAYS for f in forecasts)
    sold = await OrderLine.filter(variant_id=forecasts[0].variant_id).count()
    assert sold >= HISTORY_DAYS * 0.9  # nearly every day has an order
    # the demo's merchant owner reads it
    merchant_id = forecasts[0].variant.product.merchant_id
    owner = await User.filter(staff__merchant_id=merchant_id, email__startswith="owner@").first()
    body = await gql(
        """mutation($e: String!) { tokenCreate(email: $e, password: "plaza-demo-123") {
        token } }""",
        {"e": owner.email},
    )
    token = body["data"]["tokenCreate"]["token"]
    body = await gql(FORECAST, {"v": gid("Variant", forecasts[0].variant_id)}, token=token)
    f = body["data"]["stockForecast"]["forecast"]
    assert f["method"] == "holt_winters" and len(f["days"]) == 14 and f["expectedUnits"] > 0


def test_plaza_forecast_runs_the_job_by_hand(tmp_path):
    """The command on a migrated database (SQLite file): it fits what sold and says so."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = {
        **os.environ,
        "PLAZA_DATABASE_URL": f"sqlite://{tmp_path}/cli.sqlite3",
        "PYTHONPATH": str(root),
    }
    for command in (["migrate"], ["forecast", "--quiet"]):
        done = subprocess.run(
            [sys.executable, "-m", "plaza.cli", *command],
            env=env,
            cwd=root,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
    assert "forecasts of 0 variant(s) fitted" in done.stdout
