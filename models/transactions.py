"""A transaction whose ``BEGIN`` fails gives back what it took.

Tortoise 1.1's transaction contexts take a pooled connection (PostgreSQL) or the connection's
lock (SQLite), point the task's connection context at the new transaction, and only then send
``BEGIN``. When ``BEGIN`` raises -- the pooled session was terminated by a database restart and
the socket's close had not been noticed yet -- ``__aexit__`` never runs, so:

* the pooled connection is never released: every such failure shrinks the pool for good, and
  after ``pool_max`` of them during an outage every later request waits forever, although the
  database is back;
* the context keeps pointing at the dead transaction: the next ``in_transaction()`` of the same
  task nests a savepoint inside it and fails with an error that is no longer recognisable as an
  outage (a 500 instead of a 503);
* on SQLite, the lock is never released: the next transaction waits forever.

:func:`install` (idempotent; called by :func:`models.config.tortoise_config`, which every way of
starting the ORM goes through) replaces the two ``__aenter__`` with ones that undo each step
when ``BEGIN`` fails and re-raise the original error.
"""

from __future__ import annotations

import contextlib

from tortoise.backends.base.client import TransactionContextPooled
from tortoise.backends.sqlite.client import SqliteTransactionContext
from tortoise.connection import get_connections

__all__ = ["install"]


async def _pooled_aenter(self: TransactionContextPooled):
    await self.ensure_connection()
    pool = self.client._parent._pool
    self.client._connection = await pool.acquire()
    self.token = get_connections().set(self.connection_name, self.client)
    try:
        await self.client.begin()
    except BaseException:
        get_connections().reset(self.token)
        # A dead connection is terminated by the pool, not reused; should that fail too, the
        # error worth raising is still the first one.
        with contextlib.suppress(Exception):
            await pool.release(self.client._connection)
        raise
    return self.client


async def _sqlite_aenter(self: SqliteTransactionContext):
    await self._trxlock.acquire()
    try:
        await self.ensure_connection()
        self.token = get_connections().set(self.connection_name, self.connection)
        try:
            await self.connection.begin()
        except BaseException:
            get_connections().reset(self.token)
            raise
    except BaseException:
        self._trxlock.release()
        raise
    return self.connection


def install() -> None:
    TransactionContextPooled.__aenter__ = _pooled_aenter  # type: ignore[method-assign]
    SqliteTransactionContext.__aenter__ = _sqlite_aenter  # type: ignore[method-assign]
