"""Database lifecycle: init/close Tortoise for a process, apply migrations."""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urlsplit

from tortoise import Tortoise
from tortoise.backends.base.executor import EXECUTOR_CACHE

from plaza.settings import ROOT, Settings, tortoise_config

log = logging.getLogger("plaza.db")
MIGRATIONS = ROOT / "migrations"
APP = "models"
# Any constant: the key of the PostgreSQL advisory lock that serialises concurrent migrators.
_MIGRATE_LOCK_KEY = 0x706C617A61  # "plaza"


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


def is_postgres_url(url: str) -> bool:
    return urlsplit(url).scheme in ("postgres", "postgresql", "asyncpg")


def migration_files(location: Path | None = None) -> list[str]:
    """The migration files (``<n>_<timestamp>_<name>.py``), in the order aerich applies them."""
    directory = (location or MIGRATIONS) / APP
    files = [p.name for p in directory.glob("*_*.py") if p.name.split("_", 1)[0].isdigit()]
    return sorted(files, key=lambda name: int(name.split("_", 1)[0]))


async def migrate(database_url: str | None = None, *, location: Path | None = None) -> list[str]:
    """Apply every committed aerich migration not yet applied; returns their file names in order.

    Works on a fresh database (no ``aerich`` table yet: the first migration creates it) and on a
    partly migrated one, on SQLite and PostgreSQL alike (each migration file returns the SQL for
    the dialect of the connection it is given; see ``plaza.makemigrations``). Each migration runs
    in a transaction. On PostgreSQL an advisory lock serialises concurrent callers (several
    processes starting at once). The ORM is initialised in a Tortoise context of its own and
    closed again: an ORM the caller has initialised is neither needed nor closed (but it must be
    for the same dialect, see ``_refuse_other_dialect``).

    ``location`` (default: the repository's ``migrations/``) is for tests and tools.
    """
    from aerich import Command
    from tortoise.context import TortoiseContext

    url = database_url or Settings().database_url
    location = location or MIGRATIONS
    if not migration_files(location):
        return []
    _refuse_other_dialect(url)
    lock = await _lock(url) if is_postgres_url(url) else None
    EXECUTOR_CACHE.clear()
    try:
        async with TortoiseContext():
            command = Command(
                tortoise_config=tortoise_config(url, pool_max=2), app=APP, location=str(location)
            )
            await command.init()
            applied = await command.upgrade(run_in_transaction=True)
    finally:
        EXECUTOR_CACHE.clear()
        if lock is not None:
            await lock.close()  # ends the session: releases the advisory lock
    for name in applied:
        log.info("applied migration %s", name)
    return applied


def _refuse_other_dialect(url: str) -> None:
    """Tortoise's model classes are process-wide: an init builds their base queries for its
    dialect. Migrating a database of another dialect than the ORM this process already runs would
    leave the models speaking the wrong SQL to it."""
    from tortoise.context import get_current_context

    ctx = get_current_context()
    if ctx is None or not ctx.inited or ctx.apps is None:
        return
    try:
        running = ctx.db().capabilities.dialect
    except Exception:  # connections closed (close_orm): nothing runs
        return
    wanted = "postgres" if is_postgres_url(url) else "sqlite"
    if running != wanted:
        raise RuntimeError(
            f"migrate({wanted}) while this process's ORM is initialised for {running}: "
            "close it first (plaza.db.close_orm) or migrate from another process"
        )


async def _lock(url: str):
    """A connection holding the migration advisory lock (waits while another process holds it)."""
    import asyncpg
    from tortoise.backends.base.config_generator import expand_db_url

    creds = expand_db_url(url)["credentials"]
    conn = await asyncpg.connect(
        host=creds.get("host"),
        port=creds.get("port"),
        user=creds.get("user"),
        password=creds.get("password"),
        database=creds.get("database"),
    )
    try:
        await conn.execute("SELECT pg_advisory_lock($1)", _MIGRATE_LOCK_KEY)
    except BaseException:
        await conn.close()
        raise
    return conn


def migrations_dir() -> Path:
    return MIGRATIONS / APP
