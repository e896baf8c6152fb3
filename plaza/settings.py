"""Settings from ``PLAZA_*`` environment variables, with defaults that work on a bare machine.

``TORTOISE_ORM`` is module-level because aerich reads it by dotted path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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
    "models.outbox",
    "models.webhooks",
]


def _env(name: str, default: str) -> str:
    return os.environ.get(f"PLAZA_{name}", default)


@dataclass(frozen=True)
class Settings:
    database_url: str = field(
        default_factory=lambda: _env("DATABASE_URL", f"sqlite://{ROOT / 'var' / 'plaza.sqlite3'}")
    )
    secret_key: str = field(
        default_factory=lambda: _env("SECRET_KEY", "dev-insecure-secret-change-me-0123456789")
    )
    broker_url: str = field(default_factory=lambda: _env("BROKER_URL", ""))
    pubsub_url: str = field(default_factory=lambda: _env("PUBSUB_URL", ""))
    public_url: str = field(default_factory=lambda: _env("PUBLIC_URL", "http://127.0.0.1:8000"))
    access_token_ttl: int = field(default_factory=lambda: int(_env("ACCESS_TOKEN_TTL", "900")))
    refresh_token_ttl: int = field(
        default_factory=lambda: int(_env("REFRESH_TOKEN_TTL", str(30 * 24 * 3600)))
    )
    payment_sandbox_secret: str = field(
        default_factory=lambda: _env(
            "PAYMENT_SANDBOX_SECRET", "plaza-sandbox-dev-secret-do-not-use-in-production"
        )
    )
    max_page_size: int = 100
    max_query_depth: int = field(default_factory=lambda: int(_env("MAX_QUERY_DEPTH", "12")))
    max_query_tokens: int = field(default_factory=lambda: int(_env("MAX_QUERY_TOKENS", "2000")))
    max_aliases: int = field(default_factory=lambda: int(_env("MAX_ALIASES", "30")))
    db_pool_max: int = field(default_factory=lambda: int(_env("DB_POOL_MAX", "20")))
    # HTTP requests one process serves at once; more wait their turn (0: no limit). See
    # plaza/admission.py; 8 measured best for a flash sale on 2 cores (bench/RESULTS.md).
    max_concurrent_requests: int = field(
        default_factory=lambda: int(_env("MAX_CONCURRENT_REQUESTS", "8"))
    )
    debug: bool = field(default_factory=lambda: _env("DEBUG", "0") == "1")

    @property
    def is_postgres(self) -> bool:
        return self.database_url.startswith(("postgres://", "postgresql://", "asyncpg://"))


async def keep_session(connection) -> None:
    """asyncpg pool ``reset=``: skip the reset query sent when a connection goes back.

    By default asyncpg sends ``SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; RESET
    ALL`` on every release, and Tortoise takes a pooled connection per statement outside a
    transaction: one more round trip per statement. Plaza leaves no session state on pooled
    connections (no SET, LISTEN, cursors; the migration advisory lock has its own connection);
    asyncpg still rolls back a transaction left open whatever ``reset`` does."""


def tortoise_config(database_url: str | None = None, pool_max: int | None = None) -> dict:
    """The Tortoise/aerich configuration for a database URL (default: the settings')."""
    settings = Settings()
    url = database_url or settings.database_url
    if url.startswith("sqlite://"):
        Path(url.removeprefix("sqlite://")).parent.mkdir(parents=True, exist_ok=True)
    connection: str | dict = url
    if url.startswith(("postgres://", "postgresql://", "asyncpg://")):
        from tortoise.backends.base.config_generator import expand_db_url

        connection = expand_db_url(url)
        connection["credentials"]["minsize"] = 1
        connection["credentials"]["maxsize"] = pool_max or settings.db_pool_max
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


settings = Settings()
TORTOISE_ORM = tortoise_config()
