"""Fitting one variant's daily sales: exponential smoothing (statsmodels' ETS models).

The model is chosen by how much history there is (days since the variant's first sale,
zeros included for days without sales):

* at least :data:`SEASONAL_DAYS` days (four weeks) with sales on at least half of them:
  Holt-Winters, ETS(A, Ad, A): additive error, damped additive trend, additive weekly season;
* at least :data:`SMOOTHING_DAYS` days with :data:`MIN_SALES_DAYS` days of sales: Holt's damped
  trend, ETS(A, Ad, N) (no season: too few weeks, or sales too intermittent for one);
* otherwise, or when a fit fails or gives no finite answer: the mean of the last four weeks
  with a normal interval from their spread (``mean``).

The initial level, trend and season come from the first cycles of the history (statsmodels'
"heuristic" initialisation; estimated with the other parameters when the history is too short
for it): about six times faster than estimating them, with the same held-out error on the
test histories. The interval is the model's prediction interval (95 % by default); expected
units and the lower bound are never below zero. Fitting is CPU-bound and pure: no database,
no event loop.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
from threadpoolctl import threadpool_limits

from models.insight import ForecastMethod

SEASON = 7
SEASONAL_DAYS = 28
SMOOTHING_DAYS = 14
MIN_SALES_DAYS = 7
MEAN_WINDOW = 28


@dataclass(frozen=True)
class DailyForecast:
    method: str
    mean: list[float]
    lower: list[float]
    upper: list[float]


def _clip(values: np.ndarray) -> list[float]:
    return [max(0.0, float(v)) for v in values]


def mean_forecast(history: Sequence[float], horizon: int, level: float = 0.95) -> DailyForecast:
    """The recent daily mean, with a normal interval of the recent days' spread."""
    recent = np.asarray(history[-MEAN_WINDOW:], dtype=float)
    mean = float(recent.mean()) if recent.size else 0.0
    spread = float(recent.std(ddof=1)) if recent.size > 1 else mean
    z = _z(level)
    return DailyForecast(
        method=ForecastMethod.MEAN,
        mean=[mean] * horizon,
        lower=[max(0.0, mean - z * spread)] * horizon,
        upper=[mean + z * spread] * horizon,
    )


def _z(level: float) -> float:
    return NormalDist().inv_cdf(0.5 + level / 2)


def choose_method(history: Sequence[float]) -> str:
    n = len(history)
    sales_days = sum(1 for v in history if v > 0)
    if n >= SEASONAL_DAYS and sales_days * 2 >= n:
        return ForecastMethod.HOLT_WINTERS
    if n >= SMOOTHING_DAYS and sales_days >= MIN_SALES_DAYS:
        return ForecastMethod.HOLT
    return ForecastMethod.MEAN


def _ets(history: np.ndarray, method: str, horizon: int, level: float) -> DailyForecast:
    import pandas as pd
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel

    index = pd.RangeIndex(len(history))
    options: dict = {"error": "add"}
    if method in (ForecastMethod.HOLT_WINTERS, ForecastMethod.HOLT):
        options.update(trend="add", damped_trend=True)
    if method == ForecastMethod.HOLT_WINTERS:
        options.update(seasonal="add", seasonal_periods=SEASON)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # convergence chatter of the optimiser
        series = pd.Series(history, index=index)
        try:  # initial states from the first cycles: six times faster, as accurate here
            fitted = ETSModel(series, initialization_method="heuristic", **options).fit(disp=False)
        except ValueError:  # too short for the heuristic: the initial states are estimated
            fitted = ETSModel(series, **options).fit(disp=False)
        frame = fitted.get_prediction(
            start=len(history), end=len(history) + horizon - 1
        ).summary_frame(alpha=1 - level)
    mean, lower, upper = (frame[c].to_numpy() for c in ("mean", "pi_lower", "pi_upper"))
    if not (np.isfinite(mean).all() and np.isfinite(lower).all() and np.isfinite(upper).all()):
        raise ValueError("no finite forecast")
    return DailyForecast(method, _clip(mean), _clip(lower), _clip(upper))


def fit_many(
    histories: dict[int, Sequence[float]], horizon: int, level: float = 0.95
) -> dict[int, DailyForecast]:
    """``fit_daily`` for each history. The BLAS under numpy runs single-threaded meanwhile:
    these are many small problems, and a BLAS spreading each over every core (spinning
    threads on a shared machine) made a fit about seven times slower in wall-clock time. The
    limit applies to the libraries loaded when it is set: statsmodels (and the scipy BLAS it
    brings) is imported first."""
    import statsmodels.tsa.exponential_smoothing.ets  # noqa: F401

    with threadpool_limits(limits=1):
        return {key: fit_daily(series, horizon, level) for key, series in histories.items()}


def fit_daily(history: Sequence[float], horizon: int, level: float = 0.95) -> DailyForecast:
    """The next ``horizon`` days' expected units, with their prediction interval at ``level``."""
    if horizon < 1:
        raise ValueError("horizon must be at least 1")
    y = np.asarray(history, dtype=float)
    method = choose_method(history)
    if method == ForecastMethod.MEAN or not y.any():
        return mean_forecast(history, horizon, level)
    try:
        return _ets(y, method, horizon, level)
    except Exception:  # a fit that fails is not an error of the run: the mean still answers
        if method == ForecastMethod.HOLT_WINTERS:
            try:
                return _ets(y, ForecastMethod.HOLT, horizon, level)
            except Exception:
                pass
        return mean_forecast(history, horizon, level)


def mape(actual: Sequence[float], predicted: Sequence[float]) -> float:
    """Mean absolute percentage error over the days with sales (days without are skipped:
    their percentage is undefined)."""
    pairs = [(a, p) for a, p in zip(actual, predicted, strict=True) if a]
    if not pairs:
        return math.nan
    return sum(abs(a - p) / abs(a) for a, p in pairs) / len(pairs)
