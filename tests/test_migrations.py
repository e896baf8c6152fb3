"""The committed migrations: they hold the models as they are, carry SQL for both dialects,
apply to fresh and partly migrated databases, and on PostgreSQL create the trigram index that
the product search uses.

Generate migrations with ``make migration NAME=<name>`` (``plaza/makemigrations/``).
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import sqlite3
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest
from tortoise import Tortoise, connections

from models.catalog import Product
from models.merchants import Merchant
from plaza import makemigrations as mk
from plaza.db import migrate
from plaza.settings import ROOT

COMMITTED = ROOT / "migrations" / "models"
TRGM_INDEX = "idx_catalog_product_search_trgm"


def _asyncpg_url(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(scheme="postgresql"))


async def _tables(url: str) -> set[str]:
    if url.startswith("sqlite://"):
        with sqlite3.connect(url.removeprefix("sqlite://")) as db:
            rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return {name for (name,) in rows}
    conn = await asyncpg.connect(_asyncpg_url(url))
    try:
        rows = await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    finally:
        await conn.close()
    return {r["tablename"] for r in rows}


async def _applied(url: str) -> list[str]:
    query = "SELECT version FROM aerich ORDER BY id"
    if url.startswith("sqlite://"):
        with sqlite3.connect(url.removeprefix("sqlite://")) as db:
            return [v for (v,) in db.execute(query).fetchall()]
    conn = await asyncpg.connect(_asyncpg_url(url))
    try:
        return [r["version"] for r in await conn.fetch(query)]
    finally:
        await conn.close()


def _model_tables() -> set[str]:
    return {m._meta.db_table for m in Tortoise.apps["models"].values()}


@pytest.fixture
async def fresh_url(database, tmp_path):
    """The URL of a new, empty database of the test's backend (dropped afterwards)."""
    if not database.is_postgres:
        yield f"sqlite://{tmp_path / 'fresh.sqlite3'}"
        return
    name = f"plaza_test_mig_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(_asyncpg_url(database.url))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    except asyncpg.InsufficientPrivilegeError:
        pytest.skip("the PostgreSQL test role may not create databases")
    finally:
        await admin.close()
    try:
        yield urlunsplit(urlsplit(database.url)._replace(path=f"/{name}"))
    finally:
        admin = await asyncpg.connect(_asyncpg_url(database.url))
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


# --- the committed migrations hold the models ------------------------------------------------


def test_models_match_the_last_migration(database):
    """Fails when a model changed and no migration was generated for it (aerich diffs the
    models against the last migration's MODELS_STATE: this compares the same two things)."""
    last = mk.last_models_state(COMMITTED)
    assert last is not None, "no migration committed: run `python -m plaza.makemigrations init`"
    changes = mk.models_state_changes(last, mk.current_models_state())
    assert not changes, (
        "the models have changes that no committed migration holds; generate one with "
        "`make migration NAME=<what_changed>`:\n  " + "\n  ".join(changes)
    )


def test_every_migration_carries_sql_for_every_dialect():
    files = mk.version_files(COMMITTED)
    assert [int(f.name.split("_", 1)[0]) for f in files] == list(range(len(files)))
    for f in files:
        module = mk.load_module(f)
        assert set(module.UPGRADE) == set(mk.DIALECTS), f.name
        assert set(module.DOWNGRADE) == set(mk.DIALECTS), f.name
        assert module.MODELS_STATE, f.name
        assert mk.TODO_MARK not in f.read_text(), f"{f.name}: write the SQL its TODO asks for"
    init = mk.load_module(files[0])
    for dialect in mk.DIALECTS:
        assert 'CREATE TABLE IF NOT EXISTS "aerich"' in init.UPGRADE[dialect], dialect


def test_every_extra_sql_is_in_a_migration():
    pending = [e.key for e in mk.pending_extras(COMMITTED)]
    assert not pending, f"EXTRA_SQL {pending} is in no migration: run `make migration NAME=...`"


def test_state_changes_are_reported_by_table_and_field():
    old = {
        "models.A": {
            "table": "a",
            "data_fields": [{"name": "x", "nullable": False}, {"name": "gone"}],
            "indexes": [],
        },
        "models.Gone": {"table": "gone_table"},
        "models.Aerich": {"table": "aerich"},
    }
    new = {
        "models.A": {
            "table": "a",
            "data_fields": [{"name": "x", "nullable": True}, {"name": "y"}],
            "indexes": [["x"]],
        },
        "models.B": {"table": "b"},
        "models.Aerich": {"table": "aerich", "changed": True},
    }
    assert mk.models_state_changes(old, new) == [
        "table b: new model models.B",
        "table gone_table: model models.Gone removed",
        "a.y: new field",
        "a.gone: field removed",
        "a.x: nullable False -> True",
        "table a: indexes [] -> [['x']]",
    ]


def test_rendered_migration_returns_each_dialects_sql_verbatim(tmp_path):
    tricky = "SELECT 'a\\nb', \"q\"\"\", '''x''' -- \"\"\" \\ end\""
    path = tmp_path / "7_20000101000000_probe.py"
    state = mk.load_module(mk.version_files(COMMITTED)[-1]).MODELS_STATE
    path.write_text(
        mk.render_migration(path.name, {"sqlite": tricky, "postgres": "SELECT 2"}, {}, state)
    )
    module = mk.load_module(path)
    assert {d: sql.strip() for d, sql in module.UPGRADE.items()} == {
        "sqlite": tricky,
        "postgres": "SELECT 2",
    }
    assert module.DOWNGRADE == {"sqlite": "", "postgres": ""}
    assert module.MODELS_STATE == state
    assert mk.migration_sql(module, "postgres") == ("SELECT 2", "")
    upgrade, downgrade = mk.migration_sql(module, "sqlite")
    assert upgrade.splitlines()[1:-2] == tricky.splitlines()  # inside a savepoint
    assert downgrade == ""  # empty: aerich refuses to downgrade, never runs ""


# --- applying them --------------------------------------------------------------------------


def _write_migration(location: Path, version: str, upgrade: dict[str, str]) -> str:
    state = mk.load_module(mk.version_files(COMMITTED)[-1]).MODELS_STATE
    (location / "models" / version).write_text(
        mk.render_migration(version, upgrade, dict.fromkeys(mk.DIALECTS, "SELECT 1"), state)
    )
    return version


async def test_migrate_applies_to_fresh_then_partly_migrated_database(fresh_url, tmp_path):
    location = tmp_path / "migrations"
    (location / "models").mkdir(parents=True)
    committed = mk.version_files(COMMITTED)
    for f in committed:
        shutil.copy(f, location / "models" / f.name)
    names = [f.name for f in committed]

    # Fresh: no aerich table yet; the first migration creates it.
    assert await migrate(fresh_url, location=location) == names
    assert await _tables(fresh_url) >= _model_tables()
    assert await _applied(fresh_url) == names
    assert await migrate(fresh_url, location=location) == []

    # Partly migrated: only the new one is applied.
    n = len(committed)
    probe = _write_migration(
        location,
        f"{n}_20000101000000_probe.py",
        {
            "sqlite": 'CREATE TABLE "plaza_probe" ("id" INTEGER PRIMARY KEY)',
            "postgres": 'CREATE TABLE "plaza_probe" ("id" BIGSERIAL PRIMARY KEY)',
        },
    )
    assert await migrate(fresh_url, location=location) == [probe]
    assert "plaza_probe" in await _tables(fresh_url)

    # A migration that fails half-way leaves nothing behind, on SQLite too.
    half = 'CREATE TABLE "plaza_half" ("id" INT); CREATE TABLE "plaza_probe" ("id" INT)'
    _write_migration(location, f"{n + 1}_20000101000001_bad.py", dict.fromkeys(mk.DIALECTS, half))
    with pytest.raises(Exception, match="plaza_probe"):
        await migrate(fresh_url, location=location)
    assert "plaza_half" not in await _tables(fresh_url)
    assert await _applied(fresh_url) == [*names, probe]


async def test_plaza_migrate_command_on_fresh_database(fresh_url):
    async def plaza_migrate() -> str:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "plaza.cli",
            "migrate",
            cwd=ROOT,
            env={**os.environ, "PLAZA_DATABASE_URL": fresh_url},
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        out = (await proc.communicate())[0].decode()
        assert proc.returncode == 0, out
        return out

    names = [f.name for f in mk.version_files(COMMITTED)]
    assert f"applied {len(names)} migration(s): {', '.join(names)}" in await plaza_migrate()
    assert await _tables(fresh_url) >= _model_tables()
    assert "applied 0 migration(s)" in await plaza_migrate()


# --- PostgreSQL: the product search index ---------------------------------------------------


@pytest.mark.postgres
async def test_trigram_index_on_product_search_text(database):
    conn = connections.get("default")
    rows = await conn.execute_query_dict(
        "SELECT indexdef FROM pg_indexes WHERE tablename = 'catalog_product' AND indexname = $1",
        [TRGM_INDEX],
    )
    assert rows, f"{TRGM_INDEX} is missing"
    indexdef = rows[0]["indexdef"]
    assert "USING gin (search_text gin_trgm_ops)" in indexdef, indexdef
    assert await conn.execute_query_dict("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")


async def _plan(sql: str, values: list | None = None) -> str:
    rows = await connections.get("default").execute_query_dict(f"EXPLAIN {sql}", values)
    return "\n".join(r["QUERY PLAN"] for r in rows)


@pytest.mark.postgres
async def test_product_search_uses_the_trigram_index(database):
    merchant = await Merchant.create(name="Trigram", slug="trigram")
    await Product.bulk_create(
        [
            Product(
                merchant=merchant,
                name=f"product {i}",
                search_text=f"product {i} {hashlib.md5(str(i).encode()).hexdigest()}",
            )
            for i in range(2000)
        ],
        batch_size=500,
    )
    # VACUUM fills in the GIN index's statistics (ANALYZE alone leaves them empty, and the
    # planner then prices the index far above a scan of the table).
    await connections.get("default").execute_script("VACUUM ANALYZE catalog_product")

    plan = await _plan("SELECT id FROM catalog_product WHERE search_text LIKE '%abc%'")
    assert TRGM_INDEX in plan, plan

    # The query the catalog search sends: Tortoise's `contains`, with the term bound.
    sql = Product.filter(search_text__contains="abc").only("id").sql()
    plan = await _plan(sql, ["%abc%"])
    assert TRGM_INDEX in plan, f"{sql}\n{plan}"


# --- PostgreSQL: foreign keys are indexed ---------------------------------------------------------

# Foreign keys no query looks rows up by (PostgreSQL does not index a foreign key by itself).
UNINDEXED_FOREIGN_KEYS = {
    ("checkout_cart", "pickup_point_id"),
    ("checkout_cart", "storefront_id"),
    ("checkout_cart_line", "variant_id"),
    ("merchant_inbox_item", "acknowledged_by_id"),
    ("merchant_order", "replacement_of_id"),
    ("merchant_order", "storefront_id"),  # second column of the automatic-transitions indexes
    ("order_group", "storefront_id"),
    ("order_line", "flash_sale_id"),
    ("promo_flash_sale", "storefront_id"),
    ("promo_flash_sale_quota", "customer_id"),
}


@pytest.mark.postgres
async def test_foreign_keys_lead_an_index(database):
    """Rows are found by their parent (an order's lines, a group's orders and payment, a line's
    allocations...): without an index each such lookup reads the whole table, and the
    checkout's cost would grow with the number of orders ever placed."""
    conn = connections.get("default")
    foreign_keys = {
        (r["table_name"], r["column_name"])
        for r in await conn.execute_query_dict(
            """SELECT tc.table_name, kcu.column_name
               FROM information_schema.table_constraints tc
               JOIN information_schema.key_column_usage kcu
                 ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema
               WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'"""
        )
    }
    leading = {
        (r["table_name"], r["column_name"])
        for r in await conn.execute_query_dict(
            """SELECT t.relname AS table_name, a.attname AS column_name
               FROM pg_index i
               JOIN pg_class t ON t.oid = i.indrelid
               JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
               JOIN pg_namespace n ON n.oid = t.relnamespace
               WHERE n.nspname = 'public'"""
        )
    }
    assert ("order_line", "order_id") in foreign_keys  # the query finds them
    missing = foreign_keys - leading - UNINDEXED_FOREIGN_KEYS
    assert not missing, f"foreign keys without an index: {sorted(missing)}"
    stale = UNINDEXED_FOREIGN_KEYS & leading
    assert not stale, f"indexed now, remove from UNINDEXED_FOREIGN_KEYS: {sorted(stale)}"
