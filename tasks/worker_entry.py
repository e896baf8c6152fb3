"""Entry point for the ``dramatiq`` CLI (used by ``plaza worker``)::

    dramatiq tasks.worker_entry:setup --processes 2 --threads 8

``setup()`` runs in every worker process: it sets up the broker from ``PLAZA_BROKER_URL``,
points the worker loops' ORM at ``PLAZA_DATABASE_URL`` (each worker process opens its own
connections on the AsyncIO middleware's loop, on first use) and declares the actors.
"""

from __future__ import annotations

import importlib
import logging
import os


def setup() -> None:
    from plaza.settings import Settings
    from tasks import broker, orm

    settings = Settings()
    if not settings.broker_url:
        raise SystemExit("PLAZA_BROKER_URL is empty: in-process mode has no separate worker")
    logging.getLogger("pika").setLevel(logging.WARNING)
    threads = int(os.environ.get("PLAZA_WORKER_THREADS", "8"))
    orm.configure(settings.database_url, pool_max=threads + 2)
    broker.setup_broker(settings.broker_url)
    for module in ("tasks.orders", "tasks.outbox", "tasks.webhooks"):
        importlib.import_module(module)
