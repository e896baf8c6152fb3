"""Test fixtures: every test runs on SQLite, and again on PostgreSQL when
``PLAZA_TEST_POSTGRES_URL`` is set (tests marked ``postgres`` run only there).

The schema is built by applying the committed migrations, so they are tested on both.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, replace

import asyncpg
import httpx
import pytest
import pytest_asyncio
from tortoise import Tortoise, connections

from plaza.app import create_app
from plaza.db import close_orm, init_orm, migrate
from plaza.settings import Settings
from tests.support import QueryCounter
from tests.worker_log import WorkerLogWatch

PG_URL = os.environ.get("PLAZA_TEST_POSTGRES_URL", "")
REQUIRE_SERVICES = os.environ.get("PLAZA_TEST_REQUIRE_SERVICES") == "1"
BACKENDS = ["sqlite", *(["postgres"] if PG_URL else [])]


WORKER_LOG = WorkerLogWatch()


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "worker_tracebacks: the test makes the worker log tracebacks on purpose"
    )
    logging.getLogger().addHandler(WORKER_LOG)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    declared = item.get_closest_marker("worker_tracebacks") is not None
    WORKER_LOG.enter(item.nodeid, declared)
    try:
        return (yield)
    finally:
        WORKER_LOG.leave(declared)


def pytest_sessionfinish(session, exitstatus) -> None:
    # Reported in the summary; failing the session on them is opt-in until the whole suite's
    # worker log has been read clean (PLAZA_TEST_STRICT_WORKER_LOG=1).
    strict = os.environ.get("PLAZA_TEST_STRICT_WORKER_LOG") == "1"
    if strict and WORKER_LOG.found and exitstatus == 0:
        session.exitstatus = 1


def pytest_report_header(config) -> list[str]:
    if PG_URL:
        return [f"databases: SQLite and PostgreSQL ({PG_URL.rsplit('@', 1)[-1]})"]
    return [
        "databases: SQLite only -- PostgreSQL tests NOT RUN "
        "(set PLAZA_TEST_POSTGRES_URL=postgres://user@host:5432/db to run them)"
    ]


def pytest_terminal_summary(terminalreporter) -> None:
    if WORKER_LOG.found:
        terminalreporter.write_sep("=", "worker tracebacks no test declared", red=True)
        for found in WORKER_LOG.found[:50]:
            terminalreporter.write_line(f"{found.test}: {found.logger}: {found.message}")
        terminalreporter.write_line(f"{len(WORKER_LOG.found)} in all (tests/worker_log.py)")
    if not PG_URL:
        terminalreporter.write_line(
            "NOTE: PostgreSQL was not tested (PLAZA_TEST_POSTGRES_URL not set); the concurrency "
            "tests only run there.",
            yellow=True,
        )


@dataclass
class Backend:
    name: str
    url: str

    @property
    def is_postgres(self) -> bool:
        return self.name == "postgres"


async def _reset_postgres(url: str) -> None:
    try:
        conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1), timeout=10)
    except (OSError, asyncpg.PostgresError) as exc:
        pytest.fail(f"PLAZA_TEST_POSTGRES_URL is set but PostgreSQL is unreachable: {exc}")
    try:
        await conn.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    finally:
        await conn.close()


@pytest_asyncio.fixture(scope="session", params=BACKENDS)
async def database(request, tmp_path_factory):
    if request.param == "postgres":
        url = PG_URL
        await _reset_postgres(url)
    else:
        url = f"sqlite://{tmp_path_factory.mktemp('db') / 'plaza.sqlite3'}"
    os.environ["PLAZA_DATABASE_URL"] = url
    applied = await migrate(url)  # the schema comes from the committed migrations only
    await init_orm(url, pool_max=int(os.environ.get("PLAZA_TEST_DB_POOL", "30")))
    if not applied:
        pytest.fail("no migration applied: generate them with plaza.makemigrations")
    try:
        yield Backend(request.param, url)
    finally:
        await close_orm()


def _tables() -> list[str]:
    return sorted(
        m._meta.db_table for m in Tortoise.apps["models"].values() if m._meta.db_table != "aerich"
    )


@pytest_asyncio.fixture(autouse=True)
async def clean_db(request, database):
    if request.node.get_closest_marker("postgres") and not database.is_postgres:
        pytest.skip("PostgreSQL only: real concurrency")
    yield
    conn = connections.get("default")
    tables = _tables()
    if database.is_postgres:
        await conn.execute_script(
            "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE;"
        )
    else:
        script = "".join(f'DELETE FROM "{t}";' for t in tables)
        await conn.execute_script("PRAGMA foreign_keys=OFF;" + script + "PRAGMA foreign_keys=ON;")


@pytest.fixture
def app(database):
    # No admission limit: the concurrency tests want every client in the database at once
    # (the limit itself is tested in tests/test_admission.py).
    return create_app(replace(Settings(), max_concurrent_requests=0), manage_orm=False)


@pytest_asyncio.fixture
async def client(app):
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://plaza.test") as c:
        yield c


@pytest.fixture
def gql(client):
    """``await gql(query, variables=None, token=None)`` -> the JSON body (asserts HTTP 200)."""

    async def run(
        query: str, variables: dict | None = None, token: str | None = None, status: int = 200
    ):
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        resp = await client.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        assert resp.status_code == status, resp.text
        return resp.json()

    return run


@pytest.fixture
def count_queries():
    return QueryCounter
