"""Background runtime of a process: broker, in-process worker, outbox relay loop, sweep loop.

The API's lifespan calls ``await start(settings)`` after ``plaza.db.init_orm`` and
``await stop()`` before ``close_orm``; ``plaza worker`` (``plaza/worker.py``) does the same in
the process that relays and sweeps beside its dramatiq worker processes.

In-process mode (``PLAZA_BROKER_URL`` empty): a ``StubBroker`` and a ``dramatiq.Worker`` (a
few threads) in the API process. Its async actors run on the API's own event loop
(``tasks.broker.InProcessAsyncIO``), with the ORM the app initialised: no second SQLite
connection, no asyncpg pool used from a foreign loop. Delayed messages live in memory, so a
restart loses them; the sweep (run at start and every ``sweep_interval``) catches up.

With a broker URL, this process only relays and sweeps; ``plaza worker`` processes consume.
There each worker process runs actors on the AsyncIO middleware's loop thread with a Tortoise
context of its own (``tasks.orm``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field

import dramatiq

from tasks import broker as brokers
from tasks import orm, pubsub, signals
from tasks.outbox import BATCH_SIZE, relay_batch, relay_once
from tasks.signals import wake_relay

__all__ = ["relay_once", "start", "started", "stop", "wake_relay"]

log = logging.getLogger("plaza.tasks.runtime")

RELAY_INTERVAL = 0.5  # seconds between relay polls when idle
RELAY_MIN_GAP = 0.05  # seconds between two relay passes at least (a burst of wakes: one pass)
RELAY_MAX_BACKOFF = 10.0  # seconds, while the broker is down
SWEEP_INTERVAL = 60.0
FORECAST_INTERVAL = 3600.0  # seconds between two sends of the (idempotent) daily forecast job
IN_PROCESS_THREADS = 4


@dataclass
class _Runtime:
    broker: dramatiq.Broker
    loop: asyncio.AbstractEventLoop
    worker: dramatiq.Worker | None = None
    tasks: list[asyncio.Task] = field(default_factory=list)


_runtime: _Runtime | None = None


def started() -> bool:
    return _runtime is not None


async def start(
    settings,
    *,
    relay: bool = True,
    sweep: bool = True,
    relay_interval: float = RELAY_INTERVAL,
    sweep_interval: float = SWEEP_INTERVAL,
) -> None:
    """Start the background runtime in the running loop (the ORM must be initialised).

    ``settings``: the process's settings (``plaza.settings.Settings``): its ``broker_url``,
    ``pubsub_url`` and ``database_url``.
    """
    global _runtime
    if _runtime is not None:
        raise RuntimeError("tasks.runtime is already started")
    import tasks.insight
    import tasks.orders  # noqa: F401  (declares the actors before a worker starts)
    from tasks import slots as _slot_actors  # noqa: F401  (appointments, calendars)
    from tasks import webhooks  # noqa: F401  (its actors, and its outbox handlers)

    loop = asyncio.get_running_loop()
    in_process = not settings.broker_url
    # Build both first: a malformed URL fails here, before anything is changed.
    broker = brokers.make_broker(settings.broker_url, actor_loop=loop if in_process else None)
    bus = pubsub.make_pubsub(settings.pubsub_url)
    orm.configure(settings.database_url)
    orm.bind_ambient(loop)  # actors that run on this loop use the app's ORM
    brokers.bind_broker(broker)
    pubsub.use_pubsub(bus)
    rt = _Runtime(broker=broker, loop=loop)
    if in_process:
        rt.worker = dramatiq.Worker(broker, worker_threads=IN_PROCESS_THREADS, worker_timeout=250)
        rt.worker.start()
    if relay:
        rt.tasks.append(asyncio.create_task(_relay_loop(relay_interval), name="plaza-relay"))
    if sweep:
        rt.tasks.append(asyncio.create_task(_sweep_loop(sweep_interval), name="plaza-sweep"))
    _runtime = rt
    log.info(
        "background runtime started: broker %s%s",
        type(broker).__name__,
        " with an in-process worker" if in_process else "",
    )


async def stop(grace: float = 10.0) -> None:
    """Stop the loops, then the in-process worker (waiting up to ``grace`` s for actors)."""
    global _runtime
    rt, _runtime = _runtime, None
    if rt is None:
        return
    for task in rt.tasks:
        task.cancel()
    for task in rt.tasks:
        with contextlib.suppress(asyncio.CancelledError):
            await task
    signals.uninstall()
    if rt.worker is not None:
        # Off the loop: in-process actors run on this loop and must be able to finish.
        await asyncio.to_thread(rt.worker.stop, int(grace * 1000))
    with contextlib.suppress(Exception):
        await pubsub.close_pubsub()
    with contextlib.suppress(Exception):
        rt.broker.close()
    orm.unbind_ambient(rt.loop)
    log.info("background runtime stopped")


class _Outage:
    """The broker's state as the relay sees it: one log line when it goes down, one when it
    comes back, and the back-off to wait between tries meanwhile."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.delay = interval
        self.since: float | None = None
        self.failed_passes = 0

    @property
    def down(self) -> bool:
        return self.since is not None

    def failed(self, now: float) -> float:
        """A pass found the broker down: the seconds to wait before the next try."""
        if self.since is None:
            self.since = now
            self.delay = self.interval
            log.warning(
                "broker unreachable: outbox events stay queued in the database; the relay "
                "retries with back-off (up to %.0f s) and ignores wake-ups until it is back",
                RELAY_MAX_BACKOFF,
            )
        else:
            self.delay = min(self.delay * 2, RELAY_MAX_BACKOFF)
        self.failed_passes += 1
        return self.delay

    def recovered(self, now: float, published: int) -> None:
        if self.since is None:
            return
        log.warning(
            "broker reachable again after %.1f s (%d relay tries failed); relaying resumed "
            "(%d events in the first pass)",
            now - self.since,
            self.failed_passes,
            published,
        )
        self.since = None
        self.failed_passes = 0
        self.delay = self.interval


async def _relay_loop(interval: float) -> None:
    wake = signals.install()
    loop = asyncio.get_running_loop()
    outage = _Outage(interval)
    error_delay = interval
    last_pass = 0.0
    while True:
        # Under load every write wakes the relay: passes at most every RELAY_MIN_GAP let one
        # claim carry the events of several requests instead of one claim per request.
        gap = RELAY_MIN_GAP - (loop.time() - last_pass)
        if gap > 0:
            await asyncio.sleep(gap)
        last_pass = loop.time()
        wake.clear()
        try:
            result = await relay_batch(BATCH_SIZE)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("outbox relay pass failed")
            result = None
        if result is not None and result.broker_down:
            # Wake-ups are ignored while the broker is down: every request that writes an
            # event wakes the relay, and a pass per request would hammer a dead broker (and
            # the database, which each pass claims rows from).
            await asyncio.sleep(outage.failed(loop.time()))
            continue
        if result is None:  # the pass itself failed (e.g. the database): as before, back off
            error_delay = min(max(error_delay, interval) * 2, RELAY_MAX_BACKOFF)
        else:
            error_delay = interval
            outage.recovered(loop.time(), result.published)
            if result.claimed >= BATCH_SIZE:
                await asyncio.sleep(0)  # more waiting: go again at once
                continue
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wake.wait(), error_delay)


async def _sweep_loop(interval: float) -> None:
    from tasks import insight, orders, slots, webhooks

    loop = asyncio.get_running_loop()
    forecast_sent: float | None = None
    while True:
        try:
            if forecast_sent is None or loop.time() - forecast_sent >= FORECAST_INTERVAL:
                await asyncio.to_thread(insight.refresh_forecasts.send)
                forecast_sent = loop.time()
            await asyncio.to_thread(orders.sweep_overdue.send)
            await asyncio.to_thread(orders.run_order_timers.send)
            await asyncio.to_thread(orders.retry_pending_refunds.send)
            await asyncio.to_thread(orders.record_default_reviews.send)
            await asyncio.to_thread(orders.query_pending_payments.send)
            await asyncio.to_thread(webhooks.sweep_webhook_deliveries.send)
            await asyncio.to_thread(slots.run_slot_timers.send)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("could not send the periodic sweeps: %s", exc)
        await asyncio.sleep(interval)
