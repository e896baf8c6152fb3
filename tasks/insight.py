"""Insight's daily job: fit and store every variant's demand forecast.

``refresh_forecasts()`` runs ``resolvers.insight.run_forecasts`` when today's run (UTC) has not
happened yet (``forecasts_due``), and does nothing otherwise, so it may be sent as often as
wanted: ``tasks.runtime`` sends it at start and then every hour with its sweeps, which makes the
run happen once a day, in the first hour after midnight UTC (or at the first start of the day).
``plaza forecast`` runs the same job by hand, whether due or not.

Fitting is CPU-bound (about 30 ms per variant, see bench/RESULTS.md): the actor's time limit
is six hours, and with the in-process broker the fits run in a thread so that the API's loop
keeps serving between chunks.
"""

from __future__ import annotations

import logging

from resolvers import insight
from tasks.broker import actor

log = logging.getLogger("plaza.tasks.insight")

TIME_LIMIT_MS = 6 * 3600 * 1000


@actor(max_retries=3, min_backoff=60_000, time_limit=TIME_LIMIT_MS)
async def refresh_forecasts() -> int:
    """Today's forecasts, if not run yet; returns how many variants it fitted."""
    if not await insight.forecasts_due():
        return 0
    result = await insight.run_forecasts()
    log.info(
        "forecasts of %d variants fitted in %.1f s (%s)",
        result.variants,
        result.seconds,
        ", ".join(f"{m} {n}" for m, n in sorted(result.by_method.items())) or "no sales",
    )
    return result.variants
