"""Database lifecycle: init/close Tortoise for a process, apply migrations."""

from __future__ import annotations

import logging
from pathlib import Path

from tortoise import Tortoise
from tortoise.backends.base.executor import EXECUTOR_CACHE

from plaza.settings import ROOT, tortoise_config

log = logging.getLogger("plaza.db")
MIGRATIONS = ROOT / "migrations"


async def init_orm(database_url: str | None = None, pool_max: int | None = None) -> None:
    """Initialise the ORM for this process (visible to every task: global fallback on)."""
    await Tortoise.init(
        config=tortoise_config(database_url, pool_max), _enable_global_fallback=True
    )


async def close_orm() -> None:
    """Close the pools and forget the model registry, so a later init may use another DB."""
    await Tortoise._reset_apps()
    await Tortoise.close_connections()
    # Tortoise caches prepared INSERT statements per (connection name, model): forget them, or
    # a re-init of "default" on another dialect reuses the old dialect's placeholders.
    EXECUTOR_CACHE.clear()


async def migrate(database_url: str | None = None) -> list[str]:
    """Apply every committed aerich migration not yet applied; returns their names."""
    from aerich import Command

    command = Command(
        tortoise_config=tortoise_config(database_url), app="models", location=str(MIGRATIONS)
    )
    await command.init()
    try:
        applied = await command.upgrade(run_in_transaction=True)
    finally:
        await close_orm()
    for name in applied:
        log.info("applied migration %s", name)
    return applied


def migrations_dir() -> Path:
    return MIGRATIONS / "models"
