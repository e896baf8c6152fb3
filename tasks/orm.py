"""The ORM inside a dramatiq worker's event loop.

Tortoise keeps its state in a context object; ``plaza.db.init_orm`` installs one as the process
wide *global fallback*. Its connections belong to the event loop that opened them (an asyncpg
pool cannot be used from another loop; Tortoise notices the loop change and *replaces* the
connection in the shared handler, which would break the loop that owns it). The AsyncIO
middleware runs async actors on an event loop of its own, in another thread, so actors must not
use the global context there.

The rule, per event loop that runs actors:

* a loop registered with :func:`bind_ambient` (the API's loop in in-process mode, where actors
  are run on the app's own loop) uses whatever context is current there (the global one);
* any other loop gets its own ``TortoiseContext``, initialised on first use in that loop with
  the configured database URL (:func:`configure`), made current for each actor's task, and
  closed by :class:`WorkerOrm` when the worker shuts down.

Model classes are shared by all contexts (same models, same connection name, same dialect).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, ParamSpec, TypeVar

from dramatiq.asyncio import get_event_loop_thread
from dramatiq.middleware import Middleware
from tortoise import context as tortoise_context
from tortoise.context import TortoiseContext

from models.config import tortoise_config

log = logging.getLogger("plaza.tasks.orm")

P = ParamSpec("P")
R = TypeVar("R")

_AMBIENT = object()  # marker: this loop uses the ambient (global) Tortoise context
_lock = threading.Lock()
_contexts: dict[asyncio.AbstractEventLoop, Any] = {}  # loop -> TortoiseContext | _AMBIENT
_init_locks: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}
_config: dict[str, Any] = {"database_url": None, "pool_max": 5}


def configure(database_url: str | None = None, pool_max: int | None = None) -> None:
    """The database worker loops connect to (``tasks.runtime.start`` and the worker process's
    set-up call it with the settings' URL)."""
    if database_url is not None:
        _config["database_url"] = database_url
    if pool_max is not None:
        _config["pool_max"] = pool_max


@contextlib.contextmanager
def current(ctx: TortoiseContext) -> Iterator[TortoiseContext]:
    """Make ``ctx`` the current ORM context for the running task, with a token of this call's.

    ``with ctx:`` keeps its token on the context object itself, so two overlapping actors that
    enter the same loop's context overwrite each other's token, and the first to leave resets
    the other's (``ValueError: <Token> was created in a different Context``). Setting and
    resetting the context variable here keeps each call's token on its own frame.
    """
    token = tortoise_context._current_context.set(ctx)
    try:
        yield ctx
    finally:
        tortoise_context._current_context.reset(token)


def bind_ambient(loop: asyncio.AbstractEventLoop | None = None) -> None:
    """Actors running on ``loop`` (default: the running loop) use the context already current
    there -- the process's global ORM. For the loop that called ``plaza.db.init_orm``."""
    loop = loop or asyncio.get_running_loop()
    with _lock:
        _contexts[loop] = _AMBIENT


def unbind_ambient(loop: asyncio.AbstractEventLoop | None = None) -> None:
    loop = loop or asyncio.get_running_loop()
    with _lock:
        if _contexts.get(loop) is _AMBIENT:
            del _contexts[loop]


def _database_url() -> str:
    if _config["database_url"]:
        return _config["database_url"]
    raise RuntimeError("tasks.orm.configure(database_url) was not called in this process")


async def context_for_running_loop() -> TortoiseContext | None:
    """The running loop's own context (created on first use); None for an ambient loop."""
    loop = asyncio.get_running_loop()
    ctx = _contexts.get(loop)
    if ctx is _AMBIENT:
        return None
    if ctx is not None:
        return ctx
    with _lock:
        init_lock = _init_locks.setdefault(loop, asyncio.Lock())
    async with init_lock:
        ctx = _contexts.get(loop)
        if ctx is None:
            ctx = TortoiseContext()
            # Current while it initialises: model set-up resolves connections through the
            # current context, and must not touch (and re-loop) the global one.
            with current(ctx):
                await ctx.init(config=tortoise_config(_database_url(), _config["pool_max"]))
            with _lock:
                _contexts[loop] = ctx
            log.info("ORM initialised for worker event loop %#x", id(loop))
    return None if ctx is _AMBIENT else ctx


async def close_running_loop_context() -> None:
    """Close the running loop's own context (no-op for an ambient loop or none)."""
    loop = asyncio.get_running_loop()
    with _lock:
        ctx = _contexts.get(loop)
        if ctx is None or ctx is _AMBIENT:
            return
        del _contexts[loop]
        _init_locks.pop(loop, None)
    await ctx.close_connections()
    log.info("ORM closed for worker event loop %#x", id(loop))


def with_orm(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    """Wrap an async actor body so it runs with the ORM context of the loop it runs on."""

    @functools.wraps(fn)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        ctx = await context_for_running_loop()
        if ctx is None:
            return await fn(*args, **kwargs)
        with current(ctx):  # the actor runs in its own asyncio task: this scopes to that task
            return await fn(*args, **kwargs)

    return wrapper


class WorkerOrm(Middleware):
    """Closes the worker loop's ORM context at worker shutdown.

    Must come *after* ``AsyncIO`` in the middleware list: ``after_*`` hooks run in reverse
    order, so this runs while the event loop thread is still alive.
    """

    def after_worker_shutdown(self, broker, worker) -> None:
        thread = get_event_loop_thread()
        if thread is None or not thread.loop.is_running():
            return
        try:
            thread.run_coroutine(close_running_loop_context())
        except Exception:
            log.exception("closing the worker loop's ORM failed")
