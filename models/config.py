"""How the data layer connects: the model modules and the Tortoise configuration of a URL.

The data layer owns this (not the composition root) so that every process that opens the ORM
-- the API, a worker's event loop, aerich -- configures it the same way; ``plaza.settings``
only supplies the URL and pool size from the environment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from models import transactions

# Every module that holds Tortoise models; aerich's own table comes last.
MODEL_MODULES: list[str] = [
    "models.accounts",
    "models.merchants",
    "models.catalog",
    "models.inventory",
    "models.orders",
    "models.aftersales",
    "models.logistics",
    "models.checkout",
    "models.promotions",
    "models.payments",
    "models.risk",
    "models.administration",
    "models.outbox",
    "models.webhooks",
    "models.addresses",
    "models.insight",
    "models.slots",
    "models.tickets",
    "models.reviews",
    "models.freight",
]

POSTGRES_SCHEMES = ("postgres://", "postgresql://", "asyncpg://")


async def keep_session(connection: Any) -> None:
    """asyncpg pool ``reset=``: skip the reset query sent when a connection goes back.

    By default asyncpg sends ``SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; RESET
    ALL`` on every release, and Tortoise takes a pooled connection per statement outside a
    transaction: one more round trip per statement. Plaza leaves no session state on pooled
    connections (no SET, LISTEN, cursors; the migration advisory lock has its own connection);
    asyncpg still rolls back a transaction left open whatever ``reset`` does."""


def tortoise_config(url: str, pool_max: int) -> dict:
    """The Tortoise/aerich configuration for a database URL."""
    transactions.install()  # before any transaction: see models/transactions.py
    if url.startswith("sqlite://"):
        Path(url.removeprefix("sqlite://")).parent.mkdir(parents=True, exist_ok=True)
    connection: str | dict = url
    if url.startswith(POSTGRES_SCHEMES):
        from tortoise.backends.base.config_generator import expand_db_url

        connection = expand_db_url(url)
        connection["credentials"]["minsize"] = 1
        connection["credentials"]["maxsize"] = pool_max
        connection["credentials"]["reset"] = keep_session
    return {
        "connections": {"default": connection},
        "apps": {
            "models": {
                "models": [*MODEL_MODULES, "aerich.models"],
                "default_connection": "default",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }
