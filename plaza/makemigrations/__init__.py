"""Generate the next migration for SQLite *and* PostgreSQL, as one aerich migration file.

Usage::

    python -m plaza.makemigrations <name> [--rename | --no-rename] [--by-hand DIALECT | --empty]
    make migration NAME=<name> [ARGS="..."]

It needs a PostgreSQL server: ``PLAZA_MIGRATIONS_PG_URL`` (default
``postgres://postgres@127.0.0.1:5432/postgres``), a role that may create databases. Do not run
``aerich migrate`` yourself: it writes SQL for one dialect only.

Why: aerich writes a migration's SQL for the dialect of the database it is connected to, but
Plaza applies the same committed migrations to SQLite (``plaza serve`` on one machine) and to
PostgreSQL (production, CI). aerich 0.10 hands the connection to a migration's ``upgrade(db)`` /
``downgrade(db)``, so one file can carry the SQL of every dialect and return the one for
``db.capabilities.dialect``; ``aerich upgrade``/``downgrade``/``migrate`` and ``plaza migrate``
use these files as they use aerich's own.

How (the diff is aerich's own; nothing here diffs models by itself):

1. For each dialect, a scratch database: a temporary SQLite file, and a database
   ``plaza_mk_<random>`` on the PostgreSQL server. All are dropped at the end, whatever happens.
2. For each dialect, in a subprocess (aerich keeps its state in class attributes: one process
   per run, as with the ``aerich`` command) with a temporary copy of ``migrations/`` as aerich's
   location: if no migration exists yet, ``aerich init-db`` (the whole schema, aerich's own table
   included); otherwise ``aerich upgrade`` (applies the committed migrations: a check of them
   too) then ``aerich migrate --name <name>`` (diffs the models against the last migration's
   ``MODELS_STATE``). The SQL is read back from the file aerich wrote.
3. Both dialects' SQL, the pending extra SQL (below) and ``MODELS_STATE`` (checked to be the
   same for both dialects) make the new file, ``migrations/models/<n>_<timestamp>_<name>.py``.
   It is written there only after a check on fresh scratch databases of both dialects: ``aerich
   upgrade`` applies every migration, the new one included; ``aerich downgrade`` then ``aerich
   upgrade`` again run the new one's downgrade; and ``aerich migrate`` must find nothing left.

The first migration is always named ``init``; like aerich's, its downgrade is empty (aerich then
refuses to downgrade it: drop the database instead). Other migrations get a no-op downgrade when
they have nothing to undo. A change aerich has no SQL for still gets a migration (without SQL),
so that ``MODELS_STATE`` holds the models -- which ``tests/test_migrations.py`` checks. A model's
docstring is the exception: aerich never alters a table comment, so it is not a change.

Renames: when a field disappears and a similar one appears, aerich asks whether it was renamed.
The tool does not ask (it would ask once per dialect): it stops and tells you to re-run with
``--rename`` (``ALTER ... RENAME``, data kept) or ``--no-rename`` (drop and add).

When aerich cannot write a change for SQLite (it refuses to alter a column's type, null, default
or comment there), re-run with ``--by-hand sqlite``: PostgreSQL's SQL is generated, SQLite's is a
TODO to replace with SQL written by hand (often nothing to do: SQLite ignores VARCHAR lengths; a
rebuild of the table otherwise). ``--empty`` does that for both dialects. The tests fail while a
TODO is left.

Extra, hand-written SQL (extensions, trigram, partial or expression indexes...) lives in
``EXTRA_SQL`` (``plaza/makemigrations/extra_sql.py``), not in migration files: each entry holds
one dialect's statements under a stable ``key``. The tool appends every entry that no migration
carries yet to the next migration it writes (after aerich's SQL, so its tables exist; its
downgrade runs first) and records the key in that file's ``EXTRA_SQL_KEYS``. So regenerating a
migration (delete the uncommitted file, run the tool again) keeps the extra SQL. An entry
carried by a committed migration is history: to change what it made, add a new entry (a new
key).

Hand-editing a generated file is allowed (keep the SQL of both dialects in step; a script of
comments only must also hold a statement, e.g. ``SELECT 1;``: PostgreSQL's driver fails on one
without); never edit its ``MODELS_STATE``, aerich diffs the models against it. On SQLite each
script runs in a savepoint, so a failing migration leaves nothing behind (``SQLITE_ATOMIC`` in
the file). The tool never rewrites a committed migration.

What is where:

- ``common``: the migrations directory, the dialects, ``MigrationError``, the TODO mark.
- ``extra_sql``: ``EXTRA_SQL`` and which of its entries no migration carries yet.
- ``render``: the migration file's template and ``render_migration``.
- ``files``: the version files of a directory, loading one, the SQL it returns per dialect.
- ``state``: aerich's models state and ``models_state_changes`` (by table and field).
- ``scratch``: the throw-away databases and aerich locations of one run.
- ``worker``: one aerich run (diff or check) on one dialect, in a subprocess
  (``python -m plaza.makemigrations _worker <spec.json>``); runs both dialects in parallel.
- ``make``: ``make_migration``, which puts these together and writes the file.
- ``cli`` and ``__main__``: the command line.
"""

from plaza.makemigrations.cli import main
from plaza.makemigrations.common import (
    APP,
    DEFAULT_PG_ADMIN_URL,
    DIALECTS,
    MIGRATIONS,
    NOTHING_TO_UNDO,
    TODO_MARK,
    MigrationError,
)
from plaza.makemigrations.extra_sql import EXTRA_SQL, ExtraSQL, emitted_extra_keys, pending_extras
from plaza.makemigrations.files import load_module, migration_sql, version_files
from plaza.makemigrations.make import make_migration
from plaza.makemigrations.render import render_migration
from plaza.makemigrations.scratch import ScratchDatabases
from plaza.makemigrations.state import (
    current_models_state,
    last_models_state,
    models_state_changes,
)

__all__ = [
    "APP",
    "DEFAULT_PG_ADMIN_URL",
    "DIALECTS",
    "EXTRA_SQL",
    "MIGRATIONS",
    "NOTHING_TO_UNDO",
    "TODO_MARK",
    "ExtraSQL",
    "MigrationError",
    "ScratchDatabases",
    "current_models_state",
    "emitted_extra_keys",
    "last_models_state",
    "load_module",
    "main",
    "make_migration",
    "migration_sql",
    "models_state_changes",
    "pending_extras",
    "render_migration",
    "version_files",
]
