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
``EXTRA_SQL`` below, not in migration files: each entry holds one dialect's statements under a
stable ``key``. The tool appends every entry that no migration carries yet to the next migration
it writes (after aerich's SQL, so its tables exist; its downgrade runs first) and records the key
in that file's ``EXTRA_SQL_KEYS``. So regenerating a migration (delete the uncommitted file, run
the tool again) keeps the extra SQL. An entry carried by a committed migration is history: to
change what it made, add a new entry (a new key).

Hand-editing a generated file is allowed (keep the SQL of both dialects in step; a script of
comments only must also hold a statement, e.g. ``SELECT 1;``: PostgreSQL's driver fails on one
without); never edit its ``MODELS_STATE``, aerich diffs the models against it. On SQLite each
script runs in a savepoint, so a failing migration leaves nothing behind (``SQLITE_ATOMIC`` in
the file). The tool never rewrites a committed migration.
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit, urlunsplit

from plaza.settings import ROOT

APP = "models"
MIGRATIONS = ROOT / "migrations"
DIALECTS = ("sqlite", "postgres")
DEFAULT_PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
_WORKER = "_worker"


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


class MigrationError(Exception):
    pass


# Left in a migration for SQL to write by hand; tests/test_migrations.py fails while one remains.
TODO_MARK = "-- TODO: write by hand the"
NOTHING_TO_UNDO = "SELECT 1;  -- nothing to undo"


# --------------------------------------------------------------------------------------------
# The migration file


_FILE_TEMPLATE = '''"""Migration @VERSION@, written by `python -m plaza.makemigrations`.

aerich hands the connection to upgrade() and downgrade(); they return the SQL for its dialect.
Edit the SQL if you must, keeping both dialects in step; never edit MODELS_STATE (aerich diffs
the models against it). Extra SQL: plaza.makemigrations.EXTRA_SQL.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True
# SQLite: run the script in a savepoint, so that a failing statement undoes those before it
# (Python 3.11's sqlite3 commits before running a script, i.e. outside aerich's transaction).
# A script that must run outside any transaction (PRAGMA foreign_keys=OFF to rebuild a table)
# needs SQLITE_ATOMIC = False and RUN_IN_TRANSACTION = False.
SQLITE_ATOMIC = True

# The plaza.makemigrations.EXTRA_SQL entries whose statements this migration carries.
EXTRA_SQL_KEYS: tuple[str, ...] = @EXTRA_KEYS@

UPGRADE: dict[str, str] = {
@UPGRADE@
}

DOWNGRADE: dict[str, str] = {
@DOWNGRADE@
}


def _sql(db: BaseDBAsyncClient, sql: dict[str, str]) -> str:
    dialect = db.capabilities.dialect
    if dialect not in sql:
        raise RuntimeError(f"migration {__name__} has no SQL for dialect {dialect!r}")
    script = sql[dialect].strip()
    if script and dialect == "sqlite" and SQLITE_ATOMIC:
        script = f"SAVEPOINT plaza_migration;\\n{script}\\n;\\nRELEASE plaza_migration;"
    return script


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _sql(db, UPGRADE) or "SELECT 1"  # asyncpg rejects an empty script


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _sql(db, DOWNGRADE)


MODELS_STATE = (
    @MODELS_STATE@
)
'''


def _sql_literal(sql: str) -> str:
    """A Python string literal whose value is ``sql`` (stripped), laid out as a readable block."""
    sql = sql.strip()
    if not sql:
        return '""'
    body = sql.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    return '"""\n' + body + '\n"""'


def render_migration(
    version: str,
    upgrade: dict[str, str],
    downgrade: dict[str, str],
    models_state: str,
    extra_keys: tuple[str, ...] = (),
) -> str:
    """The text of a migration file. ``models_state``: aerich's compressed models state."""
    from aerich.utils import decompress_dict, get_formatted_compressed_data

    def block(sql: dict[str, str]) -> str:
        return "\n".join(f'    "{d}": {_sql_literal(sql.get(d, ""))},' for d in DIALECTS)

    text = _FILE_TEMPLATE
    for placeholder, value in (
        ("@VERSION@", version.removesuffix(".py")),
        ("@EXTRA_KEYS@", repr(tuple(extra_keys))),
        ("@UPGRADE@", block(upgrade)),
        ("@DOWNGRADE@", block(downgrade)),
        ("@MODELS_STATE@", get_formatted_compressed_data(decompress_dict(models_state))),
    ):
        text = text.replace(placeholder, value, 1)
    return text


def load_module(path: Path) -> ModuleType:
    from aerich.utils import import_py_file

    return import_py_file(path)


class _Dialect:
    """Stands in for a connection: migration files only read ``capabilities.dialect``."""

    def __init__(self, dialect: str) -> None:
        self.capabilities = type("Capabilities", (), {"dialect": dialect})()


def migration_sql(module: ModuleType, dialect: str) -> tuple[str, str]:
    """(upgrade, downgrade) SQL of a migration module for a dialect."""
    db = _Dialect(dialect)

    async def both() -> tuple[str, str]:
        return await module.upgrade(db), await module.downgrade(db)

    return asyncio.run(both())


def version_files(directory: Path) -> list[Path]:
    files = [p for p in directory.glob("*_*.py") if p.name.split("_", 1)[0].isdigit()]
    return sorted(files, key=lambda p: int(p.name.split("_", 1)[0]))


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


def _join(*parts: str) -> str:
    return "\n".join(p.strip() for p in parts if p.strip())


def _statements(comment: str, statements: tuple[str, ...]) -> str:
    if not statements:
        return ""
    return f"-- {comment}\n" + "\n".join(s.strip().rstrip(";") + ";" for s in statements)


# --------------------------------------------------------------------------------------------
# Scratch databases


class ScratchDatabases:
    """Creates throw-away SQLite and PostgreSQL databases; ``drop()`` removes them all."""

    def __init__(self, pg_admin_url: str) -> None:
        self.pg_admin_url = pg_admin_url
        self.tmp = Path(tempfile.mkdtemp(prefix="plaza_mk_"))
        self._pg: list[str] = []

    def _admin(self, *statements: str) -> None:
        import asyncpg

        parts = urlsplit(self.pg_admin_url)

        async def run() -> None:
            try:
                conn = await asyncpg.connect(
                    urlunsplit(parts._replace(scheme="postgresql")), timeout=10
                )
            except (OSError, asyncpg.PostgresError) as exc:
                raise MigrationError(
                    f"PostgreSQL is needed to generate its SQL, but connecting to "
                    f"{parts.hostname}:{parts.port} failed ({exc}); set PLAZA_MIGRATIONS_PG_URL "
                    "to the URL of a role that may create databases"
                ) from exc
            try:
                for statement in statements:
                    await conn.execute(statement)
            finally:
                await conn.close()

        asyncio.run(run())

    def create(self, dialect: str) -> str:
        """A new empty database of ``dialect``; returns its URL."""
        name = f"plaza_mk_{uuid.uuid4().hex[:12]}"
        if dialect == "sqlite":
            return f"sqlite://{self.tmp / (name + '.sqlite3')}"
        self._admin(f'CREATE DATABASE "{name}"')
        self._pg.append(name)
        return urlunsplit(urlsplit(self.pg_admin_url)._replace(scheme="postgres", path=f"/{name}"))

    def drop(self) -> None:
        try:
            if self._pg:
                self._admin(*(f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in self._pg))
                self._pg.clear()
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def location(self, files: list[Path]) -> Path:
        """A fresh aerich location (a copy of ``migrations/``) holding copies of ``files``."""
        location = self.tmp / f"loc_{uuid.uuid4().hex[:8]}"
        (location / APP).mkdir(parents=True)
        for f in files:
            shutil.copy2(f, location / APP / f.name)
        return location


# --------------------------------------------------------------------------------------------
# The worker: one aerich run against one scratch database, in a process of its own


async def _worker(spec: dict) -> dict:
    from aerich import Command
    from aerich.migrate import Migrate
    from aerich.utils import compress_dict, get_models_describe
    from tortoise import Tortoise

    from plaza.settings import tortoise_config

    location = Path(spec["location"])
    directory = location / APP
    command = Command(tortoise_config(spec["url"], pool_max=2), app=APP, location=str(location))
    result: dict = {}
    try:
        if spec["action"] == "diff":
            before = {p.name for p in version_files(directory)}
            if not before:
                await command.init_db(safe=True)  # `aerich init-db`
            else:
                await command.init()
                await command.upgrade(run_in_transaction=True)  # `aerich upgrade`
                await command.init()  # reloads the last models state from the aerich table
                # `aerich migrate --name <name> [--empty]`; no_input answers "rename?" with yes
                await command.migrate(
                    spec["name"], empty=spec["empty"], no_input=spec["rename"] is True
                )
            result["state"] = compress_dict(get_models_describe(APP))
            result["files"] = [p.name for p in version_files(directory) if p.name not in before]
        elif spec["action"] == "check":
            names = [p.name for p in version_files(directory)]
            await command.init()
            applied = await command.upgrade(run_in_transaction=True)
            if applied != names:
                raise MigrationError(f"applied {applied}, expected {names}")
            if spec["downgrade"]:
                await command.downgrade(-1, delete=False)
                again = await command.upgrade(run_in_transaction=True)
                if again != names[-1:]:
                    raise MigrationError(f"re-applied {again} after downgrade")
            await command.init()
            Migrate.migrate_location = location / "check"  # where a leftover diff would go
            Migrate.migrate_location.mkdir()
            if await command.migrate("leftover", no_input=True):
                leftover = next(Migrate.migrate_location.glob("*.py")).read_text()
                raise MigrationError(f"aerich still finds changes after the migration:\n{leftover}")
        else:
            raise ValueError(spec["action"])
    finally:
        await Tortoise.close_connections()
    return result


def _worker_main(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text())
    result = asyncio.run(_worker(spec))
    Path(spec["result"]).write_text(json.dumps(result))
    return 0


def _run_worker(dialect: str, url: str, location: Path, **spec) -> dict:
    """Run the worker for one dialect in a subprocess; returns its result."""
    base = location.parent / f"{location.name}_{dialect}"
    spec.update(dialect=dialect, url=url, location=str(location), result=f"{base}.out.json")
    Path(f"{base}.in.json").write_text(json.dumps(spec))
    env = {**os.environ, "PLAZA_DATABASE_URL": url, "AERICH_NO_TORTOISE_V1_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "plaza.makemigrations", _WORKER, f"{base}.in.json"],
        cwd=ROOT,
        env=env,
        # No terminal: a question from aerich fails (EOF) instead of waiting, unless the answer
        # is "no" to every "rename?" (--no-rename).
        input="n\n" * 1000 if spec.get("rename") is False else "",
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    output = proc.stdout.strip()
    if proc.returncode != 0:
        if questions := re.findall(r"^.*Rename \w+ to \w+\?", output, re.MULTILINE):
            raise MigrationError(
                "aerich asks whether fields were renamed:\n  "
                + "\n  ".join(q.strip() for q in questions)
                + "\nRe-run with --rename (rename the columns, keeping the data) or --no-rename "
                "(drop and add them)."
            )
        if unsupported := re.search(r"NotSupportError: (.*)", output):
            raise MigrationError(
                f"aerich cannot write this change for {dialect}: {unsupported.group(1)}\n"
                f"{output.splitlines()[0]}\nRe-run with --by-hand {dialect} to generate the "
                f"other dialect's SQL and write {dialect}'s yourself (or --empty: both)."
            )
        raise MigrationError(f"aerich on {dialect} ({spec['action']}) failed:\n{output}")
    if output:
        print(f"[{dialect}] {output}")
    return json.loads(Path(spec["result"]).read_text())


def _in_parallel(calls: dict[str, tuple]) -> dict[str, dict]:
    """``{dialect: (url, location, spec)}`` -> ``{dialect: worker result}``, workers in parallel."""
    with ThreadPoolExecutor(len(calls)) as pool:
        futures = {
            d: pool.submit(_run_worker, d, url, location, **spec)
            for d, (url, location, spec) in calls.items()
        }
        return {d: f.result() for d, f in futures.items()}


# --------------------------------------------------------------------------------------------
# The command


def make_migration(
    name: str,
    *,
    rename: bool | None = None,
    by_hand: tuple[str, ...] = (),
    directory: Path | None = None,
    pg_admin_url: str | None = None,
) -> Path | None:
    """Write the next migration into ``directory`` (default ``migrations/models``).

    ``by_hand``: dialects whose SQL aerich is not asked for: the file holds a ``TODO`` comment
    for it instead, to replace with hand-written SQL.

    Returns its path, or None when neither the models nor EXTRA_SQL hold anything new.
    Raises MigrationError (nothing written) when aerich fails or the check does. Runs for the
    same directory wait for each other (they would pick the same number).
    """
    directory = (directory or MIGRATIONS / APP).resolve()
    pg_admin_url = pg_admin_url or os.environ.get("PLAZA_MIGRATIONS_PG_URL", DEFAULT_PG_ADMIN_URL)
    if not re.fullmatch(r"[A-Za-z0-9_]{1,80}", name):
        raise MigrationError(f"bad migration name {name!r}: letters, digits and _ only")
    directory.mkdir(parents=True, exist_ok=True)
    with _one_at_a_time(directory):
        return _make_migration(name, rename, tuple(by_hand), directory, pg_admin_url)


@contextmanager
def _one_at_a_time(directory: Path) -> Iterator[None]:
    digest = hashlib.sha256(str(directory).encode()).hexdigest()[:16]
    with open(Path(tempfile.gettempdir()) / f"plaza-makemigrations-{digest}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _make_migration(
    name: str, rename: bool | None, by_hand: tuple[str, ...], directory: Path, pg_admin_url: str
) -> Path | None:
    committed = version_files(directory)
    init = not committed
    name = "init" if init else name
    number = int(committed[-1].name.split("_", 1)[0]) + 1 if committed else 0
    version = f"{number}_{datetime.now():%Y%m%d%H%M%S}_{name}.py"
    extras = pending_extras(directory)
    if unknown := set(by_hand) - set(DIALECTS):
        raise MigrationError(f"unknown dialect(s) {sorted(unknown)}; known: {DIALECTS}")
    if init and by_hand:
        raise MigrationError("the first migration is aerich's init: it cannot be written by hand")

    scratch = ScratchDatabases(pg_admin_url)
    try:
        # 1. aerich's SQL for each dialect.
        runs = {}
        for d in DIALECTS:
            location = scratch.location(committed)
            runs[d] = (
                scratch.create(d),
                location,
                {"action": "diff", "name": name, "rename": rename, "empty": d in by_hand},
            )
        diffs = _in_parallel(runs)
        upgrade: dict[str, str] = {}
        downgrade: dict[str, str] = {}
        for d, (_, location, _) in runs.items():
            upgrade[d] = downgrade[d] = ""
            if files := diffs[d]["files"]:
                (file,) = files
                upgrade[d], downgrade[d] = migration_sql(load_module(location / APP / file), d)
        states = {diffs[d]["state"] for d in DIALECTS}
        if len(states) != 1:
            raise MigrationError("aerich's models state differs between the dialects")
        (state,) = states
        for d in by_hand:
            upgrade[d] = downgrade[d] = f"{TODO_MARK} {d} SQL of this migration.\nSELECT 1;"
        if init:
            downgrade = dict.fromkeys(DIALECTS, "")  # as aerich's init: drop the database instead
        last_state = load_module(committed[-1]).MODELS_STATE if committed else None
        state_changed = last_state is None or bool(
            models_state_changes(_decompress(last_state), _decompress(state))
        )
        if not (by_hand or extras or state_changed or any(upgrade.values())):
            return None

        # 2. Plus the pending extra SQL, in one file.
        for e in extras:
            upgrade[e.dialect] = _join(upgrade[e.dialect], _statements(e.comment, e.upgrade))
            if not init:
                down = _statements(e.comment, e.downgrade)
                downgrade[e.dialect] = _join(down, downgrade[e.dialect])
        upgrade = {d: sql.strip() for d, sql in upgrade.items()}
        # An empty downgrade makes aerich refuse to go back past this migration: right for init
        # only.
        downgrade = {
            d: sql.strip() or ("" if init else NOTHING_TO_UNDO) for d, sql in downgrade.items()
        }
        text = render_migration(version, upgrade, downgrade, state, tuple(e.key for e in extras))
        candidate = scratch.location(committed) / APP / version
        candidate.write_text(text, encoding="utf-8")
        module = load_module(candidate)
        for d in DIALECTS:
            if (module.UPGRADE[d].strip(), module.DOWNGRADE[d].strip()) != (
                upgrade[d],
                downgrade[d],
            ):
                raise MigrationError(f"the rendered file does not hold the {d} SQL verbatim")

        # 3. Check it on fresh databases of both dialects before it goes into the repository.
        _in_parallel(
            {
                d: (
                    scratch.create(d),
                    scratch.location([*committed, candidate]),
                    {"action": "check", "downgrade": bool(downgrade[d])},
                )
                for d in DIALECTS
            }
        )
    finally:
        scratch.drop()
    if version_files(directory) != committed:
        raise MigrationError(f"{directory} changed while this ran: run it again")
    path = directory / version
    path.write_text(text, encoding="utf-8")
    return path


def _decompress(state: str) -> dict:
    from aerich.utils import decompress_dict

    return decompress_dict(state)


def current_models_state() -> dict:
    """aerich's describe of the models (Tortoise initialised), normalised as MODELS_STATE is."""
    from aerich.utils import compress_dict, get_models_describe

    return _decompress(compress_dict(get_models_describe(APP)))


def last_models_state(directory: Path | None = None) -> dict | None:
    """The MODELS_STATE of the last migration in ``directory``, or None if there is none."""
    files = version_files(directory or MIGRATIONS / APP)
    return _decompress(load_module(files[-1]).MODELS_STATE) if files else None


_IGNORED_MODEL_KEYS = ("docstring", "description")
_FIELD_LISTS = (
    "pk_field",
    "data_fields",
    "fk_fields",
    "backward_fk_fields",
    "o2o_fields",
    "backward_o2o_fields",
    "m2m_fields",
)


def models_state_changes(old: dict, new: dict) -> list[str]:
    """What differs between two models states (aerich's describe), one line per table or field.

    Left out, as aerich's diff leaves them: aerich's own model (the first migration creates its
    table) and a model's docstring / description (its table comment; aerich never alters it).
    """
    aerich_model = f"{APP}.Aerich"
    old = {k: v for k, v in old.items() if k != aerich_model}
    new = {k: v for k, v in new.items() if k != aerich_model}
    changes = [f"table {new[m].get('table')}: new model {m}" for m in sorted(new.keys() - old)]
    changes += [f"table {old[m].get('table')}: model {m} removed" for m in sorted(old.keys() - new)]
    for m in sorted(old.keys() & new.keys()):
        o, n = old[m], new[m]
        table = n.get("table") or m
        for key in sorted(o.keys() | n.keys()):
            if o.get(key) == n.get(key) or key in _IGNORED_MODEL_KEYS:
                continue
            if key in _FIELD_LISTS:
                changes += _field_changes(table, o.get(key), n.get(key))
            else:
                changes.append(f"table {table}: {key} {o.get(key)!r} -> {n.get(key)!r}")
    return changes


def _field_changes(table: str, old: list | dict | None, new: list | dict | None) -> list[str]:
    def by_name(fields: list | dict | None) -> dict[str, dict]:
        fields = [fields] if isinstance(fields, dict) else fields or []
        return {f.get("name", "?"): f for f in fields}

    o, n = by_name(old), by_name(new)
    changes = [f"{table}.{f}: new field" for f in sorted(n.keys() - o)]
    changes += [f"{table}.{f}: field removed" for f in sorted(o.keys() - n)]
    for f in sorted(o.keys() & n.keys()):
        if diff := [
            f"{k} {o[f].get(k)!r} -> {n[f].get(k)!r}"
            for k in sorted(o[f].keys() | n[f].keys())
            if o[f].get(k) != n[f].get(k)
        ]:
            changes.append(f"{table}.{f}: " + "; ".join(diff))
    return changes


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [_WORKER]:
        return _worker_main(argv[1])
    parser = argparse.ArgumentParser(
        prog="python -m plaza.makemigrations",
        description="Generate the next aerich migration, with SQL for SQLite and PostgreSQL.",
    )
    parser.add_argument("name", help="migration name (the first migration is always 'init')")
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--rename",
        action="store_const",
        const=True,
        dest="rename",
        help="where aerich asks whether a field was renamed: yes (ALTER ... RENAME)",
    )
    group.add_argument(
        "--no-rename",
        action="store_const",
        const=False,
        dest="rename",
        help="where aerich asks whether a field was renamed: no (drop and add)",
    )
    parser.add_argument(
        "--by-hand",
        action="append",
        choices=DIALECTS,
        default=[],
        metavar="DIALECT",
        help="do not ask aerich for this dialect's SQL: leave a TODO to write by hand "
        "(when aerich cannot express a change there, e.g. altering a column on sqlite)",
    )
    parser.add_argument("--empty", action="store_true", help="--by-hand for every dialect")
    args = parser.parse_args(argv)
    by_hand = DIALECTS if args.empty else tuple(args.by_hand)
    try:
        path = make_migration(args.name, rename=args.rename, by_hand=by_hand)
    except MigrationError as exc:
        print(f"makemigrations: {exc}", file=sys.stderr)
        return 1
    if path is None:
        print("No changes detected")
    else:
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"Wrote {shown}")
        if (files := version_files(path.parent))[:-1]:
            old, new = (_decompress(load_module(f).MODELS_STATE) for f in files[-2:])
            for change in models_state_changes(old, new):
                print(f"  {change}")
        for d in by_hand:
            print(f"Now write the {d} SQL (UPGRADE and DOWNGRADE) in {shown}: see its TODO.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
