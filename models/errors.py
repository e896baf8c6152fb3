"""Which exceptions mean "the database cannot be reached right now" (an outage: a restart, a
failover, a full connection table), as opposed to a bug or a refused statement.

An outage is answered "retry later" (HTTP 503 + ``Retry-After``, GraphQL ``SERVICE_UNAVAILABLE``)
instead of a masked internal error: the request was fine and will succeed once the database is
back. Everything else -- a constraint violation, a syntax error, SQLite's ``database is locked``
(a busy writer, not an outage), a statement timeout, a lock ``NOWAIT`` refused -- is not.

Tortoise wraps some driver errors in its own: the ``__cause__``/``__context__`` chain of an ORM
(or driver) exception is searched too -- but not that of any other exception, so an HTTP client's
error raised from a refused socket (a payment provider out of reach) is not a database outage.
A bare ``TimeoutError`` is not one either (it is what any ``asyncio.timeout`` raises).
"""

from __future__ import annotations

from tortoise.exceptions import BaseORMException, DBConnectionError

try:
    import asyncpg.exceptions as pg
except ImportError:  # pragma: no cover - asyncpg is a dependency; SQLite-only installs still work
    pg = None

__all__ = ["is_database_unavailable"]

# OSError subclasses that are about files, not sockets: never an outage of the database server.
_FILE_ERRORS = (
    FileNotFoundError,
    FileExistsError,
    IsADirectoryError,
    NotADirectoryError,
    PermissionError,
    TimeoutError,
)
_MAX_CHAIN = 8


def _driver_outage(exc: BaseException) -> bool:
    if pg is None:
        return False
    if isinstance(
        exc,
        pg.PostgresConnectionError  # class 08, e.g. ConnectionDoesNotExistError
        | pg.CannotConnectNowError  # the server is starting up or shutting down
        | pg.AdminShutdownError  # our session was terminated (restart, pg_terminate_backend)
        | pg.CrashShutdownError
        | pg.TooManyConnectionsError,
    ):
        return True
    if isinstance(exc, pg.ObjectNotInPrerequisiteStateError) and not isinstance(
        exc, pg.LockNotAvailableError
    ):
        # ``ALLOW_CONNECTIONS false`` (maintenance) refuses new sessions with 55000; the same
        # code also means unrelated misuse, so only that message counts.
        return "not currently accepting connections" in str(exc)
    if isinstance(exc, pg.InternalClientError):
        # A pooled session that the server terminated (a restart): its unsolicited FATAL put the
        # protocol in an error state, and the next statement on it is refused with this before
        # the closed socket is noticed.
        return "cannot switch to state" in str(exc)
    if isinstance(exc, pg.InterfaceError):
        # A closed pool or connection; other interface errors are bugs (concurrent use...).
        return "closed" in str(exc).lower()
    return False


def _is_outage(exc: BaseException) -> bool:
    if isinstance(exc, DBConnectionError):
        return True
    if isinstance(exc, OSError) and not isinstance(exc, _FILE_ERRORS):
        # Connect refused/reset, DNS failure, asyncpg's "Multiple exceptions" OSError.
        return True
    return _driver_outage(exc)


def _is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, BaseORMException) or (
        pg is not None and isinstance(exc, pg.PostgresError | pg.InterfaceError)
    )


def is_database_unavailable(exc: BaseException | None) -> bool:
    """True when ``exc`` (or an exception it was raised from) says the database is out of
    reach; for an exception group, when every member does."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen and len(seen) < _MAX_CHAIN:
        seen.add(id(exc))
        if isinstance(exc, BaseExceptionGroup):
            return bool(exc.exceptions) and all(is_database_unavailable(e) for e in exc.exceptions)
        if _is_outage(exc):
            return True
        if not _is_database_error(exc):
            return False
        exc = exc.__cause__ or exc.__context__
    return False
