"""Settings from ``PLAZA_*`` environment variables, with defaults that work on a bare machine.

``TORTOISE_ORM`` is module-level because aerich reads it by dotted path.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from models import config as models_config
from models.config import MODEL_MODULES, POSTGRES_SCHEMES

__all__ = ["MODEL_MODULES", "ROOT", "TORTOISE_ORM", "Settings", "tortoise_config"]

ROOT = Path(__file__).resolve().parent.parent


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
        return self.database_url.startswith(POSTGRES_SCHEMES)


def tortoise_config(database_url: str | None = None, pool_max: int | None = None) -> dict:
    """The Tortoise/aerich configuration for a database URL (default: the settings')."""
    settings = Settings()
    return models_config.tortoise_config(
        database_url or settings.database_url, pool_max or settings.db_pool_max
    )


settings = Settings()
TORTOISE_ORM = tortoise_config()
