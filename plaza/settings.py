"""Settings from ``PLAZA_*`` environment variables, with defaults that work on a bare machine.

``TORTOISE_ORM`` is module-level because aerich reads it by dotted path.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from models import config as models_config
from models.config import MODEL_MODULES, POSTGRES_SCHEMES

__all__ = [
    "DEFAULT_PAYMENT_SANDBOX_SECRET",
    "DEFAULT_PUBLIC_URL",
    "DEFAULT_SECRET_KEY",
    "MIN_SECRET_LENGTH",
    "MODEL_MODULES",
    "ROOT",
    "TORTOISE_ORM",
    "Settings",
    "public_url_for",
    "tortoise_config",
]

ROOT = Path(__file__).resolve().parent.parent

# The values a bare checkout runs with: fine on a laptop, refused in production (anyone who has
# read this file could sign tokens or payment callbacks with them).
DEFAULT_SECRET_KEY = "dev-insecure-secret-change-me-0123456789"
DEFAULT_PAYMENT_SANDBOX_SECRET = "plaza-sandbox-dev-secret-do-not-use-in-production"
MIN_SECRET_LENGTH = 32
DEFAULT_PUBLIC_URL = "http://127.0.0.1:8000"
PRODUCTION = "production"
INTROSPECTION_MODES = ("all", "staff", "off")


def _env(name: str, default: str) -> str:
    return os.environ.get(f"PLAZA_{name}", default)


@dataclass(frozen=True)
class Settings:
    database_url: str = field(
        default_factory=lambda: _env("DATABASE_URL", f"sqlite://{ROOT / 'var' / 'plaza.sqlite3'}")
    )
    secret_key: str = field(default_factory=lambda: _env("SECRET_KEY", DEFAULT_SECRET_KEY))
    broker_url: str = field(default_factory=lambda: _env("BROKER_URL", ""))
    pubsub_url: str = field(default_factory=lambda: _env("PUBSUB_URL", ""))
    # The base URL clients reach this server at (pay pages, provider callbacks). Unset,
    # ``plaza serve`` derives it from its --host/--port (public_url_for); else the default here.
    public_url: str = field(default_factory=lambda: _env("PUBLIC_URL", DEFAULT_PUBLIC_URL))
    access_token_ttl: int = field(default_factory=lambda: int(_env("ACCESS_TOKEN_TTL", "900")))
    refresh_token_ttl: int = field(
        default_factory=lambda: int(_env("REFRESH_TOKEN_TTL", str(30 * 24 * 3600)))
    )
    payment_sandbox_secret: str = field(
        default_factory=lambda: _env("PAYMENT_SANDBOX_SECRET", DEFAULT_PAYMENT_SANDBOX_SECRET)
    )
    # The real payment providers' accounts (plaza/payment_accounts.py, docs/payments.md).
    payment_accounts: str = field(default_factory=lambda: _env("PAYMENT_ACCOUNTS", ""))
    # Encrypts the carriers' credentials merchants store (Fernet, plugins/credentials.py).
    # Unset: a fixed development key (said at start; refused in production).
    credentials_key: str = field(default_factory=lambda: _env("CREDENTIALS_KEY", ""))
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
    # Past the limit, at most this many requests wait (0: none), each at most this many ms
    # (0: no deadline); the others are answered 503 BUSY at once (README "Peak traffic").
    admission_queue_max: int = field(
        default_factory=lambda: int(_env("ADMISSION_QUEUE_MAX", "256"))
    )
    admission_wait_ms: int = field(default_factory=lambda: int(_env("ADMISSION_WAIT_MS", "2000")))
    debug: bool = field(default_factory=lambda: _env("DEBUG", "0") == "1")
    # ``production`` refuses weak secrets at start and hides introspection from anonymous
    # clients by default (docs/security.md).
    env: str = field(default_factory=lambda: _env("ENV", "development").strip().lower())
    # --- abuse limits, checked before a request costs anything (docs/security.md) -----------
    # A request body is read in full before the request takes an admission slot: at most this
    # many bytes (413), within this many seconds (408). See plaza/body_limit.py.
    max_body_bytes: int = field(default_factory=lambda: int(_env("MAX_BODY_BYTES", "1048576")))
    body_read_timeout: float = field(default_factory=lambda: float(_env("BODY_READ_TIMEOUT", "10")))
    # Fields x page sizes one operation may ask for (schema/cost.py).
    max_query_cost: int = field(default_factory=lambda: int(_env("MAX_QUERY_COST", "50000")))
    max_document_bytes: int = field(
        default_factory=lambda: int(_env("MAX_DOCUMENT_BYTES", str(100 * 1024)))
    )
    max_variables_bytes: int = field(
        default_factory=lambda: int(_env("MAX_VARIABLES_BYTES", str(256 * 1024)))
    )
    max_list_length: int = field(default_factory=lambda: int(_env("MAX_LIST_LENGTH", "1000")))
    # ``all``: anyone may introspect; ``staff``: signed-in staff and admins only; ``off``.
    introspection: str = field(default_factory=lambda: _env("INTROSPECTION", ""))

    @property
    def is_postgres(self) -> bool:
        return self.database_url.startswith(POSTGRES_SCHEMES)

    @property
    def is_production(self) -> bool:
        return self.env == PRODUCTION

    @property
    def introspection_mode(self) -> str:
        """``PLAZA_INTROSPECTION`` if set, else ``staff`` in production and ``all`` elsewhere."""
        mode = self.introspection.strip().lower()
        if mode:
            if mode not in INTROSPECTION_MODES:
                raise ValueError(
                    f"PLAZA_INTROSPECTION must be one of {', '.join(INTROSPECTION_MODES)}"
                )
            return mode
        return "staff" if self.is_production else "all"

    def secret_problems(self) -> list[str]:
        """What is wrong with the secrets: a default value, or fewer than MIN_SECRET_LENGTH
        characters. Empty when both are fit for production."""
        problems = []
        for name, value, default in (
            ("PLAZA_SECRET_KEY", self.secret_key, DEFAULT_SECRET_KEY),
            (
                "PLAZA_PAYMENT_SANDBOX_SECRET",
                self.payment_sandbox_secret,
                DEFAULT_PAYMENT_SANDBOX_SECRET,
            ),
        ):
            if value == default:
                problems.append(f"{name} is the built-in development default")
            elif len(value) < MIN_SECRET_LENGTH:
                problems.append(f"{name} is shorter than {MIN_SECRET_LENGTH} characters")
        if not self.credentials_key:
            problems.append(
                "PLAZA_CREDENTIALS_KEY is not set (carrier credentials are encrypted with a "
                "fixed development key)"
            )
        elif len(self.credentials_key) < MIN_SECRET_LENGTH:
            problems.append(f"PLAZA_CREDENTIALS_KEY is shorter than {MIN_SECRET_LENGTH} characters")
        return problems


def check_secrets(settings: Settings, program: str) -> bool:
    """The start-up check of ``plaza serve`` and ``plaza worker``: False (after saying why on
    stderr) when a production process must not start because of a weak secret; outside
    production a weak secret only earns one warning in the log."""
    from plaza.payment_accounts import account_problems

    problems = settings.secret_problems() + account_problems(settings, ROOT / "var")
    if not problems:
        return True
    if settings.is_production:
        print(
            f"{program}: refusing to start in production (PLAZA_ENV=production): "
            + "; ".join(problems)
            + f". Set each to a random value of at least {MIN_SECRET_LENGTH} characters, e.g. "
            "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`.",
            file=sys.stderr,
        )
        return False
    logging.getLogger("plaza.settings").warning(
        "%s: INSECURE secrets in use (%s); fine for development, refused with PLAZA_ENV=production",
        program,
        "; ".join(problems),
    )
    return True


def public_url_for(host: str, port: int) -> str:
    """The public URL of a server listening on ``host:port``, for when ``PLAZA_PUBLIC_URL`` is
    not set: a wildcard address (``0.0.0.0``, ``::``) becomes the loopback address, which is
    right for this machine only -- set ``PLAZA_PUBLIC_URL`` for others to reach it."""
    host = host.strip() or "127.0.0.1"
    if host in ("0.0.0.0", "*"):
        host = "127.0.0.1"
    elif host in ("::", "[::]"):
        host = "[::1]"
    elif ":" in host and not host.startswith("["):  # an IPv6 literal
        host = f"[{host}]"
    return f"http://{host}:{port}"


def tortoise_config(database_url: str | None = None, pool_max: int | None = None) -> dict:
    """The Tortoise/aerich configuration for a database URL (default: the settings')."""
    settings = Settings()
    return models_config.tortoise_config(
        database_url or settings.database_url, pool_max or settings.db_pool_max
    )


settings = Settings()
TORTOISE_ORM = tortoise_config()
