"""Per-request SQL statement counting, for benchmarks (``PLAZA_SQL_COUNT=1``; off by default).

Tortoise logs every statement it sends at DEBUG on the ``tortoise.db_client`` logger. When
counting is enabled, :func:`install` puts a filter on that logger which adds one to the counter
of the current request (a ``ContextVar`` holding a one-element list, set by
:class:`SQLCountMiddleware`), and the middleware answers with the count in an ``x-sql-queries``
response header. Tasks a request starts (``asyncio.gather``, DataLoaders) copy the context and
so share the same list: their statements count for the request too. Background work (outbox
relay, in-process actors) runs outside any request and is not counted.

What is counted: the statements Tortoise logs (SELECT/INSERT/UPDATE/DELETE, scripts, bulk
inserts as one). Not counted: BEGIN/COMMIT/ROLLBACK/SAVEPOINT, which Tortoise's asyncpg client
sends without logging them -- a transaction costs two more round trips than the header says.

Why a filter, not a handler: a handler would need the logger at DEBUG, and DEBUG records then
propagate to the root logger's handlers (``logging.basicConfig`` in ``app_factory``), which would
print every statement. The filter counts, then lets a record through only if the logger would
have let it through before counting was enabled (or if someone attached a handler to
``tortoise.db_client`` itself, e.g. a test's query counter), so logging output is unchanged.

Disabled (the default), nothing is installed and the middleware is not added: zero cost.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from contextvars import ContextVar

ENV_VAR = "PLAZA_SQL_COUNT"
HEADER = "x-sql-queries"
LOGGER = "tortoise.db_client"

_counter: ContextVar[list[int] | None] = ContextVar("plaza_sql_count", default=None)
_NOT_STATEMENTS = ("Created connection", "Closed connection")


def enabled() -> bool:
    return os.environ.get(ENV_VAR, "0").strip().lower() in ("1", "true", "yes", "on")


class _CountingFilter(logging.Filter):
    def __init__(self, logger: logging.Logger, pass_level: int) -> None:
        super().__init__()
        self._logger = logger
        self._pass_level = pass_level  # the effective level the logger had before install()

    def filter(self, record: logging.LogRecord) -> bool:
        counter = _counter.get()
        if counter is not None and record.levelno == logging.DEBUG:
            msg = record.msg
            if not (isinstance(msg, str) and msg.startswith(_NOT_STATEMENTS)):
                counter[0] += 1
        return record.levelno >= self._pass_level or bool(self._logger.handlers)


_installed: _CountingFilter | None = None


def install() -> None:
    """Count statements from now on (idempotent)."""
    global _installed
    if _installed is not None:
        return
    logger = logging.getLogger(LOGGER)
    _installed = _CountingFilter(logger, logger.getEffectiveLevel())
    logger.addFilter(_installed)
    logger.setLevel(logging.DEBUG)


def current() -> int | None:
    """Statements counted so far in this request (None outside a counted request)."""
    counter = _counter.get()
    return None if counter is None else counter[0]


@contextlib.contextmanager
def count_statements() -> Iterator[list[int]]:
    """Count the statements of a block outside a request (a script, a profile):
    ``with count_statements() as c: ...`` then ``c[0]``. Installs the counting filter."""
    install()
    counter = [0]
    token = _counter.set(counter)
    try:
        yield counter
    finally:
        _counter.reset(token)


class SQLCountMiddleware:
    """ASGI middleware: a fresh counter per HTTP request, reported in ``x-sql-queries``.

    Add it outermost, so statements of the authentication middleware count too. The header is
    written when the response starts, i.e. after the GraphQL result is complete.
    """

    def __init__(self, app) -> None:
        self.app = app
        install()

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        counter = [0]
        token = _counter.set(counter)

        async def send_with_count(message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *message.get("headers", []),
                    (HEADER.encode(), str(counter[0]).encode()),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_count)
        finally:
            _counter.reset(token)
