"""Writing the next migration (``make_migration``): aerich's SQL for each dialect from the
workers, plus the pending extra SQL, checked on fresh databases before the file is written."""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from plaza.makemigrations.common import (
    APP,
    DEFAULT_PG_ADMIN_URL,
    DIALECTS,
    MIGRATIONS,
    NOTHING_TO_UNDO,
    TODO_MARK,
    MigrationError,
)
from plaza.makemigrations.extra_sql import pending_extras
from plaza.makemigrations.files import load_module, migration_sql, version_files
from plaza.makemigrations.render import render_migration
from plaza.makemigrations.scratch import ScratchDatabases
from plaza.makemigrations.state import decompress, models_state_changes
from plaza.makemigrations.worker import in_parallel


def _join(*parts: str) -> str:
    return "\n".join(p.strip() for p in parts if p.strip())


def _statements(comment: str, statements: tuple[str, ...]) -> str:
    if not statements:
        return ""
    return f"-- {comment}\n" + "\n".join(s.strip().rstrip(";") + ";" for s in statements)


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
        diffs = in_parallel(runs)
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
            models_state_changes(decompress(last_state), decompress(state))
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
        in_parallel(
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
