"""A transaction whose BEGIN fails (a pooled session the database terminated) gives back its
connection or lock and its place in the task's context (models/transactions.py).

Without that, each failure during a PostgreSQL restart leaks a pooled connection (after
``pool_max`` of them nothing is served again, although the database is back), and the next
transaction of the same task nests inside the dead one and fails as a 500 instead of a 503.
"""

from __future__ import annotations

import asyncio

import pytest
from tortoise.connection import connections
from tortoise.transactions import in_transaction

from models.accounts import User
from models.errors import is_database_unavailable

try:
    from asyncpg.exceptions import ConnectionDoesNotExistError as Terminated
except ImportError:  # pragma: no cover
    Terminated = ConnectionResetError


def _wrapper_class() -> type:
    context = connections.get("default")._in_transaction()
    wrapper = getattr(context, "client", None) or context.connection
    return type(wrapper)


async def _failing_begin(self) -> None:
    raise Terminated("connection was closed in the middle of operation")


def _pool_size(client) -> int | None:
    pool = getattr(client, "_pool", None)
    return None if pool is None else pool.get_size() - pool.get_idle_size()


async def test_a_failed_begin_leaves_the_context_and_the_pool_as_they_were(monkeypatch):
    base = connections.get("default")
    await User.all().count()  # the pool (PostgreSQL) exists and holds an idle connection
    busy_before = _pool_size(base)
    wrapper = _wrapper_class()
    with monkeypatch.context() as patch:
        patch.setattr(wrapper, "begin", _failing_begin)
        # More failures than the test pool has connections: a leak would exhaust it.
        for _ in range(40):
            # A leaked lock (SQLite) or an exhausted pool would make this wait forever.
            with pytest.raises(Terminated) as raised:
                async with asyncio.timeout(5), in_transaction():
                    pytest.fail("the body runs only after BEGIN succeeded")
            assert is_database_unavailable(raised.value)
            assert connections.get("default") is base  # not the dead transaction
    assert _pool_size(base) == busy_before  # every connection given back

    async with asyncio.timeout(10):  # a leaked connection or lock would wait forever
        async with in_transaction():
            await User.create(email="after@plaza.test", password_hash="x")
        async with in_transaction():
            assert await User.filter(email="after@plaza.test").exists()
