"""Demand forecasts per variant: the daily job that fits them, and ``stock_forecast``.

The job (:func:`run_forecasts`; ``tasks.insight`` runs it once a day, ``plaza forecast`` by
hand) reads the units each variant sold per UTC day over the last :data:`HISTORY_DAYS` days
(from its first sale in that window, days without sales counted as zero), fits the model
``forecast_model.fit_daily`` chooses, and stores the next :data:`HORIZON` days' expected units
with their 95 % interval, replacing the variant's previous forecast. Variants are read, fitted
and written :data:`CHUNK` at a time (two statements to read a chunk, one transaction to write
it); fitting runs in a thread, so an event loop that runs the job keeps serving.

``stock_forecast`` answers a merchant's staff for one variant: the expected units per day for
the next ``days`` days, the days of cover the available stock gives, and how much to reorder
now to cover the lead time and the horizon (:func:`reorder_units`).
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from tortoise.transactions import in_transaction

from models import sql
from models.catalog import Variant
from models.insight import VariantForecast, VariantForecastDay
from models.repository import insight as repo
from resolvers.errors import DomainError
from resolvers.errors import InsightErrorCode as Code
from resolvers.insight.access import FORECAST_ROLES
from resolvers.insight.forecast_model import DailyForecast, fit_many
from resolvers.orders import now_utc
from resolvers.permissions import Viewer, require_merchant_role, staff_merchant

HISTORY_DAYS = 120
HORIZON = 35
CHUNK = 200
MAX_DAYS = HORIZON
MAX_LEAD_TIME_DAYS = 180
DEFAULT_LEAD_TIME_DAYS = 7
SERVICE_Z = 1.645  # safety stock for a 95 % chance of not running out over the period
COVER_LIMIT_DAYS = 366
INTERVAL_Z = 1.959963984540054  # the stored interval is 95 %: its half-width is 1.96 sigma

Progress = Callable[[int, int], None]  # (variants done so far, variants in all)


@dataclass(frozen=True)
class RunResult:
    variants: int
    by_method: dict[str, int]
    seconds: float


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def history_series(sold: dict[date, int], end: date) -> list[float]:
    """Units per day from the first day with sales to the day before ``end``, zeros filled."""
    if not sold:
        return []
    first = min(sold)
    return [float(sold.get(first + timedelta(days=i), 0)) for i in range((end - first).days)]


async def _write_chunk(
    fits: dict[int, DailyForecast],
    histories: dict[int, list[float]],
    merchants: dict[int, int],
    generated_at: datetime,
    start: date,
) -> None:
    variant_ids = [vid for vid in fits if vid in merchants]
    if not variant_ids:
        return
    async with in_transaction():
        await VariantForecast.filter(variant_id__in=variant_ids).delete()
        ids = await sql.next_ids({VariantForecast: len(variant_ids)})
        rows: list = []
        days: list = []
        for forecast_id, vid in zip(ids[VariantForecast], variant_ids, strict=True):
            fit = fits[vid]
            rows.append(
                VariantForecast(
                    id=forecast_id,
                    variant_id=vid,
                    merchant_id=merchants[vid],
                    generated_at=generated_at,
                    start_day=start,
                    horizon=len(fit.mean),
                    method=fit.method,
                    history_days=len(histories[vid]),
                    units_sold=int(sum(histories[vid])),
                    created_at=generated_at,
                    updated_at=generated_at,
                )
            )
            for i, (mean, lower, upper) in enumerate(
                zip(fit.mean, fit.lower, fit.upper, strict=True)
            ):
                days.append(
                    VariantForecastDay(
                        forecast_id=forecast_id,
                        day=start + timedelta(days=i),
                        mean=round(mean, 4),
                        lower=round(lower, 4),
                        upper=round(upper, 4),
                        created_at=generated_at,
                        updated_at=generated_at,
                    )
                )
        await sql.insert_models(rows)
        for start_at in range(0, len(days), 1000):  # bounded statements (SQLite's variables)
            await sql.insert_models(days[start_at : start_at + 1000])


async def run_forecasts(
    *,
    today: date | None = None,
    variant_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    horizon: int = HORIZON,
) -> RunResult:
    """Fit and store the forecast of every variant with sales in the last
    :data:`HISTORY_DAYS` days (or of ``variant_ids``). Idempotent: a second run the same day
    replaces the first's forecasts with the same ones. A full run also drops the forecasts of
    variants that sold nothing in the window (an older run's)."""
    started = now_utc()
    today = today or started.date()
    window_start, window_end = _midnight(today - timedelta(days=HISTORY_DAYS)), _midnight(today)
    ids = await repo.variants_sold(window_start, window_end)
    if variant_ids is not None:
        wanted = set(variant_ids)
        ids = [v for v in ids if v in wanted]
    by_method: dict[str, int] = {}
    done = 0
    if progress:
        progress(0, len(ids))
    for at in range(0, len(ids), CHUNK):
        chunk = ids[at : at + CHUNK]
        sold = await repo.daily_units(chunk, window_start, window_end)
        merchants = await repo.variant_merchants(chunk)
        histories = {vid: history_series(sold.get(vid, {}), today) for vid in chunk}
        histories = {vid: h for vid, h in histories.items() if h}
        fits = await asyncio.to_thread(fit_many, histories, horizon)
        await _write_chunk(fits, histories, merchants, started, today)
        for fit in fits.values():
            by_method[fit.method] = by_method.get(fit.method, 0) + 1
        done += len(chunk)
        if progress:
            progress(done, len(ids))
    if variant_ids is None:
        await VariantForecast.filter(generated_at__lt=started).delete()
    return RunResult(len(ids), by_method, (now_utc() - started).total_seconds())


async def forecasts_due(today: date | None = None) -> bool:
    """Whether today's run has not happened yet (no forecast generated today, UTC)."""
    today = today or now_utc().date()
    return not await VariantForecast.filter(generated_at__gte=_midnight(today)).exists()


# --- what a merchant reads ----------------------------------------------------------------------


@dataclass(frozen=True)
class ForecastDay:
    day: date
    expected: float
    lower: float
    upper: float


@dataclass(frozen=True)
class StockForecast:
    variant_id: int
    merchant_id: int
    sku: str
    generated_at: datetime | None
    method: str | None
    history_days: int
    available: int
    lead_time_days: int
    days: list[ForecastDay]
    days_of_cover: float | None  # None: no demand is forecast, or the stock outlasts a year
    reorder_units: int
    reorder_now: bool

    @property
    def expected_units(self) -> float:
        return round(sum(d.expected for d in self.days), 2)


def extend(days: list[ForecastDay], count: int) -> list[ForecastDay]:
    """``count`` days from the forecast's first: past the stored horizon, its last week
    repeats (the weekly pattern, at the level the horizon ends on)."""
    if not days:
        return []
    tail = days[-7:]
    out = list(days[:count])
    while len(out) < count:
        model = tail[(len(out) - len(days)) % len(tail)]
        out.append(ForecastDay(days[0].day + timedelta(days=len(out)), *_values(model)))
    return out


def _values(d: ForecastDay) -> tuple[float, float, float]:
    return d.expected, d.lower, d.upper


def days_of_cover(available: int, days: Sequence[ForecastDay]) -> float | None:
    """Days until the expected sales use up ``available`` units (fractional), or None when
    they do not within the days given."""
    if available <= 0:
        return 0.0
    left = float(available)
    for i, d in enumerate(days):
        if d.expected >= left:
            return round(i + left / d.expected, 2)
        left -= d.expected
    return None


def reorder_units(available: int, days: Sequence[ForecastDay]) -> int:
    """Units to order now so that the stock covers ``days`` (the lead time and the horizon):
    the expected sales plus a safety stock of 1.645 sigma (95 % service), less what is
    available; never negative. Each day's sigma comes from its interval's upper half-width."""
    expected = sum(d.expected for d in days)
    variance = sum(((d.upper - d.expected) / INTERVAL_Z) ** 2 for d in days)
    need = expected + SERVICE_Z * math.sqrt(variance)
    return max(0, math.ceil(round(need - available, 6)))


async def stock_forecast(
    viewer: Viewer,
    variant_id: int,
    days: int = 14,
    lead_time_days: int = DEFAULT_LEAD_TIME_DAYS,
) -> StockForecast:
    """One variant's forecast for its merchant's staff (orders or warehouse role, or owner)."""
    own = staff_merchant(viewer, Code)
    if not 1 <= days <= MAX_DAYS:
        raise DomainError(Code.INVALID, f"days is 1 to {MAX_DAYS}.", "days")
    if not 0 <= lead_time_days <= MAX_LEAD_TIME_DAYS:
        raise DomainError(
            Code.INVALID, f"leadTimeDays is 0 to {MAX_LEAD_TIME_DAYS}.", "leadTimeDays"
        )
    variant = await Variant.get_or_none(id=variant_id).select_related("product")
    if variant is None or variant.product.merchant_id != own:
        raise DomainError(Code.NOT_FOUND, "No such variant of your merchant.", "variant")
    merchant_id = own
    require_merchant_role(viewer, merchant_id, FORECAST_ROLES, Code, allow_admin=False)
    forecast = await VariantForecast.get_or_none(variant_id=variant_id)
    stored: list[ForecastDay] = []
    if forecast is not None:
        stored = [
            ForecastDay(d.day, d.mean, d.lower, d.upper)
            for d in await VariantForecastDay.filter(forecast_id=forecast.id).order_by("day")
        ]
    available = await repo.available_units(variant_id)
    today = now_utc().date()
    upcoming = [d for d in stored if d.day >= today] or stored[-7:]
    if upcoming and upcoming[0].day != today:  # an old forecast: its pattern, from today
        upcoming = [
            ForecastDay(today + timedelta(days=i), *_values(d)) for i, d in enumerate(upcoming)
        ]
    cover = days_of_cover(available, extend(upcoming, COVER_LIMIT_DAYS))
    return StockForecast(
        variant_id=variant_id,
        merchant_id=merchant_id,
        sku=variant.sku,
        generated_at=forecast.generated_at if forecast else None,
        method=forecast.method if forecast else None,
        history_days=forecast.history_days if forecast else 0,
        available=available,
        lead_time_days=lead_time_days,
        days=extend(upcoming, days),
        days_of_cover=cover,
        reorder_units=reorder_units(available, extend(upcoming, lead_time_days + days)),
        reorder_now=cover is not None and cover <= lead_time_days,
    )
