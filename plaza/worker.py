"""``plaza worker``: the dramatiq worker processes, and the relay and sweep beside them.

:func:`run_worker` starts ``python -m dramatiq plaza.worker:setup`` (dramatiq supervises the
processes) and runs the outbox relay and the sweep loop in this process. :func:`setup` runs in
every worker process: it points the broker and the worker loops' ORM at the settings'
URLs and declares the actors. Both live here, in the composition root, because they read the
process's settings; ``tasks/`` receives them as arguments.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import signal
import sys

from plaza import tracing
from plaza.db import close_orm, init_orm
from plaza.settings import Settings
from tasks import broker, orm
from tasks.runtime import start, stop

log = logging.getLogger("plaza.worker")

ACTOR_MODULES = ("tasks.orders", "tasks.outbox", "tasks.webhooks", "tasks.insight", "tasks.slots")
#: ``1``: dramatiq's Prometheus middleware in each worker process; it serves the workers'
#: metrics on its own port (``dramatiq_prom_host`` / ``dramatiq_prom_port``, default
#: 0.0.0.0:9191), from the directory ``dramatiq_prom_db`` (default under the temp dir).
WORKER_METRICS_ENV = "PLAZA_WORKER_METRICS"


def setup() -> None:
    """Entry point of the ``dramatiq`` CLI in each worker process."""
    settings = Settings()
    tracing.configure("plaza-worker")
    if settings.is_production and settings.secret_problems():
        raise SystemExit(
            "refusing to start in production: " + "; ".join(settings.secret_problems())
        )
    if not settings.broker_url:
        raise SystemExit("PLAZA_BROKER_URL is empty: in-process mode has no separate worker")
    logging.getLogger("pika").setLevel(logging.WARNING)
    threads = int(os.environ.get("PLAZA_WORKER_THREADS", "8"))
    orm.configure(settings.database_url, pool_max=threads + 2)
    configured = broker.setup_broker(settings.broker_url)
    if os.environ.get(WORKER_METRICS_ENV) == "1":
        add_prometheus(configured)
    for module in ACTOR_MODULES:
        importlib.import_module(module)


def add_prometheus(dramatiq_broker) -> None:
    """dramatiq's Prometheus middleware (messages, errors, retries, durations by actor)."""
    from dramatiq.middleware.prometheus import Prometheus

    dramatiq_broker.add_middleware(Prometheus())


def run_worker(settings=None, *, processes: int = 2, threads: int = 8, relay: bool = True) -> int:
    """``plaza worker``: ``dramatiq`` worker processes for the configured broker (consuming the
    actors), plus the outbox relay and the sweep loop in this process. Blocks until SIGINT or
    SIGTERM (forwarded to the workers); returns an exit status.

    ``processes=0``: relay and sweep only. ``relay=False``: consume only.
    """
    settings = settings or Settings()
    if not settings.broker_url:
        raise ValueError("PLAZA_BROKER_URL is empty: there is no broker to consume from")
    logging.getLogger("pika").setLevel(logging.WARNING)  # it logs every connection step
    return asyncio.run(_run_worker(settings, processes, threads, relay))


async def _run_worker(settings, processes: int, threads: int, relay: bool) -> int:
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)

    child = None
    if processes > 0:
        env = {**os.environ, "PLAZA_WORKER_THREADS": str(threads)}
        child = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "dramatiq",
            "plaza.worker:setup",
            "--processes",
            str(processes),
            "--threads",
            str(threads),
            env=env,
        )
        log.info(
            "dramatiq workers started (pid %s): %d x %d threads", child.pid, processes, threads
        )

    tracing.configure("plaza-relay")
    await init_orm(settings.database_url, pool_max=4)
    try:
        await start(settings, relay=relay, sweep=relay)
        waiters = [asyncio.create_task(stopping.wait())]
        if child is not None:
            waiters.append(asyncio.create_task(child.wait()))
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        for w in waiters:
            w.cancel()
    finally:
        await stop()
        await close_orm()
        if child is not None and child.returncode is None:
            child.send_signal(signal.SIGTERM)
            await child.wait()
    if child is not None and child.returncode not in (0, -signal.SIGTERM, None):
        if not stopping.is_set():
            log.error("dramatiq workers exited with status %s", child.returncode)
            return 1
    return 0
