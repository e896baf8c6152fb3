"""Throw-away SQLite and PostgreSQL databases, and aerich locations holding copies of
migration files, for one run of the tool."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from plaza.makemigrations.common import APP, MigrationError


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
