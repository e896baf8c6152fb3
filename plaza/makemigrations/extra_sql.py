"""Extra, hand-written SQL (extensions, trigram, partial or expression indexes...): ``EXTRA_SQL``,
and which entries no committed migration carries yet.

Each entry holds one dialect's statements under a stable ``key``; the next migration the tool
writes carries every pending entry and records its key in ``EXTRA_SQL_KEYS``. An entry carried
by a committed migration is history: to change what it made, add a new entry (a new key).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from plaza.makemigrations.common import DIALECTS, MigrationError
from plaza.makemigrations.files import load_module, version_files


@dataclass(frozen=True)
class ExtraSQL:
    """Hand-written SQL for one dialect, emitted once, in the next migration the tool writes."""

    key: str  # stable and unique: recorded in the migration that carries the statements
    dialect: str  # "sqlite" or "postgres"
    upgrade: tuple[str, ...]
    downgrade: tuple[str, ...] = ()
    why: str = ""

    @property
    def comment(self) -> str:
        return f"extra SQL {self.key}" + (f": {self.why}" if self.why else "")


EXTRA_SQL: tuple[ExtraSQL, ...] = (
    ExtraSQL(
        key="catalog_product_search_trgm",
        dialect="postgres",
        why="product search filters on search_text LIKE '%term%': a trigram GIN index serves it",
        upgrade=(
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            'CREATE INDEX IF NOT EXISTS "idx_catalog_product_search_trgm" '
            'ON "catalog_product" USING GIN ("search_text" gin_trgm_ops)',
        ),
        # The extension stays: other objects may use it.
        downgrade=('DROP INDEX IF EXISTS "idx_catalog_product_search_trgm"',),
    ),
)


def emitted_extra_keys(directory: Path) -> set[str]:
    return {
        key
        for p in version_files(directory)
        for key in getattr(load_module(p), "EXTRA_SQL_KEYS", ())
    }


def pending_extras(directory: Path) -> list[ExtraSQL]:
    keys = [e.key for e in EXTRA_SQL]
    if len(set(keys)) != len(keys):
        raise MigrationError("EXTRA_SQL keys must be unique")
    unknown = [e.key for e in EXTRA_SQL if e.dialect not in DIALECTS]
    if unknown:
        raise MigrationError(f"EXTRA_SQL entries for an unknown dialect: {unknown}")
    done = emitted_extra_keys(directory)
    return [e for e in EXTRA_SQL if e.key not in done]
