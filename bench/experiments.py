"""App factories for measuring changes proposed outside the files bench/ may change.

``python bench/flash_sale.py --start-server --app bench.experiments:cached_validation_app ...``
(``no_pool_reset_app``, ``both_app``: see below; ``bench/profile_checkout.py`` has the same as
flags.)

``cached_validation_app``: the app with the validation rules built once per schema instead of
once per request. ``schema.build.extensions`` passes ``QueryDepthLimiter`` and
``MaxAliasesLimiter`` as factories; each builds a new rule *class* per request, the validation
rules of every request differ, and strawberry's ``ValidationCache`` (keyed on schema, document
and rules) never hits: every request is validated again. Here the two rule classes are made
once and added with ``AddValidationRules``, so the cache hits after the first request of each
document. The rules, their limits and the other extensions are unchanged. The proposed change
to ``schema/build.py`` is the same few lines.

``no_pool_reset_app``: the asyncpg pool without its reset query. When a connection goes back to
the pool, asyncpg sends ``SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; RESET ALL;``
(one more round trip and four commands for PostgreSQL), and Tortoise takes a pooled connection
for every statement outside a transaction: about one reset per statement. Plaza leaves no
session state on pooled connections (no SET, LISTEN, cursors or advisory locks: the migration
lock has its own connection), so the reset only costs. asyncpg still rolls back a transaction
left open (``Connection._reset`` runs whatever ``reset=`` is). Proposed for
``plaza.settings.tortoise_config``: ``credentials["reset"] = keep_session`` on PostgreSQL.
"""

from __future__ import annotations

import logging

from strawberry.extensions import AddValidationRules
from strawberry.extensions.max_aliases import create_validator as alias_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule

from schema import build

_original_extensions = build.extensions


def _extensions_with_cached_rules(
    max_depth: int = 12, max_tokens: int = 2000, max_aliases: int = 30
) -> list:
    rules = [depth_rule(max_depth, None, None), alias_rule(max_aliases)]
    original = _original_extensions(max_depth, max_tokens, max_aliases)
    # original: [depth, tokens, aliases, mask errors, ParserCache, ValidationCache]
    return [lambda: AddValidationRules(rules), original[1], *original[3:]]


async def keep_session(connection) -> None:
    """asyncpg pool ``reset=``: nothing beyond the rollback asyncpg always does."""


def disable_pool_reset() -> None:
    """From now on ``plaza.db.init_orm`` makes pools without the reset query."""
    import plaza.db

    if getattr(plaza.db.tortoise_config, "_no_reset", False):
        return
    original = plaza.db.tortoise_config

    def config(database_url=None, pool_max=None) -> dict:
        conf = original(database_url, pool_max)
        connection = conf["connections"]["default"]
        if isinstance(connection, dict) and "credentials" in connection:
            connection["credentials"]["reset"] = keep_session
        return conf

    config._no_reset = True  # type: ignore[attr-defined]
    plaza.db.tortoise_config = config


def use_cached_validation() -> None:
    build.extensions = _extensions_with_cached_rules


def no_pool_reset_app():
    from plaza.app import app_factory

    disable_pool_reset()
    return app_factory()


def both_app():
    from plaza.app import app_factory

    disable_pool_reset()
    use_cached_validation()
    return app_factory()


def cached_validation_app():
    from plaza.app import create_app

    build.extensions = _extensions_with_cached_rules
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    return create_app()
