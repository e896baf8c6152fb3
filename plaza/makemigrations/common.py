"""What every part of the migration tool shares: where migrations live, the dialects, the
marks left in generated files, and ``MigrationError``."""

from __future__ import annotations

from plaza.settings import ROOT

APP = "models"
MIGRATIONS = ROOT / "migrations"
DIALECTS = ("sqlite", "postgres")
DEFAULT_PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"


class MigrationError(Exception):
    pass


# Left in a migration for SQL to write by hand; tests/test_migrations.py fails while one remains.
TODO_MARK = "-- TODO: write by hand the"
NOTHING_TO_UNDO = "SELECT 1;  -- nothing to undo"
