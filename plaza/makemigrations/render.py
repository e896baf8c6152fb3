"""The text of a migration file: the template every generated migration is written from."""

from __future__ import annotations

from plaza.makemigrations.common import DIALECTS

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
