"""The dramatiq broker, chosen by URL, and the ``actor`` decorator every Plaza actor uses.

``PLAZA_BROKER_URL``:

* ``""`` (default) -> in-process: a ``StubBroker``; ``tasks.runtime.start`` adds a
  ``dramatiq.Worker`` (threads) in the API process, so ``make serve`` needs no services;
* ``redis://host:port/db`` -> ``RedisBroker`` (keys prefixed with ``PLAZA_BROKER_NAMESPACE``,
  default "plaza": several deployments, or test runs, can share one Redis);
* ``amqp://user:pass@host:port/vhost`` -> ``RabbitmqBroker`` (publisher confirms on; every
  Plaza actor's queue is named ``<namespace>.<queue>``, so its delay and dead-letter queues are
  ``<namespace>.<queue>.DQ`` / ``.XQ``: several deployments can share one vhost).

Every broker gets the default middleware plus ``AsyncIO`` (async actors) and ``WorkerOrm``.

Binding. dramatiq binds an actor to a broker when the actor is declared. Plaza's actors are
declared with :func:`actor`, which records them; :func:`bind_broker` (and so
:func:`setup_broker`) makes a broker the global one *and re-binds every recorded actor to it*,
so the set-up may happen before or after the actor modules are imported. Declaring an actor
before any set-up binds it to an in-memory ``StubBroker`` (no connection, no side effect).
Binding is also where the RabbitMQ namespace is applied: dramatiq declares a queue from
``actor.queue_name`` and every message carries it, so the actor's queue name becomes the
namespaced one while it is bound to a RabbitMQ broker (and its logical name again otherwise --
Redis namespaces its keys itself).
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
import os
import re
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import dramatiq
from dramatiq.asyncio import EventLoopThread, set_event_loop_thread
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import AsyncIO, default_middleware

from tasks.orm import WorkerOrm, with_orm
from tasks.tracing import TraceContext

log = logging.getLogger("plaza.tasks.broker")

DEFAULT_NAMESPACE = "plaza"
# dramatiq's rule for queue names: the namespace is the first part of one.
_NAMESPACE_RE = re.compile(r"[a-zA-Z_][a-zA-Z0-9._-]*")
# The broker attribute holding a RabbitMQ broker's queue namespace.
_QUEUE_NAMESPACE_ATTR = "plaza_queue_namespace"
_lock = threading.RLock()
_actors: list[dramatiq.Actor] = []
# actor name -> the queue name it was declared with (``actor.queue_name`` changes with binding)
_logical_queues: dict[str, str] = {}
_current: dramatiq.Broker | None = None


class _BorrowedLoop(EventLoopThread):
    """An ``EventLoopThread`` look-alike that runs coroutines on an existing, running loop
    (the API's) instead of starting a loop of its own. Starting/stopping it is a no-op."""

    def __init__(self, logger, loop: asyncio.AbstractEventLoop) -> None:
        threading.Thread.__init__(self, name="plaza-borrowed-loop", daemon=True)
        self.logger = logger
        self.interrupt_check_ival = 0.1
        self.loop = loop

    def start(self, *, timeout: float | None = None) -> None:  # the loop is already running
        if not self.loop.is_running():
            raise RuntimeError("The borrowed event loop is not running.")

    def stop(self) -> None:
        pass

    def join(self, timeout: float | None = None) -> None:
        pass

    def run_coroutine(self, coro):
        # A message taken while the API's loop is shutting down: the actor's coroutine was
        # made but will never run; close it (dramatiq raises without closing it, which shows
        # up as a "never awaited" warning), then fail as dramatiq does.
        if not self.loop.is_running():
            coro.close()
            raise RuntimeError("Event loop is not running.")
        return super().run_coroutine(coro)


class InProcessAsyncIO(AsyncIO):
    """``AsyncIO`` for the in-process worker: async actors run on the API's own event loop,
    so they share its (already initialised) ORM -- and, with SQLite, its single connection."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self.loop = loop

    def before_worker_boot(self, broker, worker) -> None:
        set_event_loop_thread(_BorrowedLoop(self.logger, self.loop))

    def after_worker_shutdown(self, broker, worker) -> None:
        set_event_loop_thread(None)


def _middleware(actor_loop: asyncio.AbstractEventLoop | None) -> list:
    asyncio_mw = InProcessAsyncIO(actor_loop) if actor_loop is not None else AsyncIO()
    return [*(m() for m in default_middleware), TraceContext(), asyncio_mw, WorkerOrm()]


def default_namespace() -> str:
    return os.environ.get("PLAZA_BROKER_NAMESPACE") or DEFAULT_NAMESPACE


def queue_namespace(broker: dramatiq.Broker) -> str | None:
    """The prefix of ``broker``'s queue names (RabbitMQ), or None (Redis/Stub: logical names)."""
    return getattr(broker, _QUEUE_NAMESPACE_ATTR, None)


def wire_queue_name(broker: dramatiq.Broker, queue_name: str) -> str:
    """The name a Plaza actor's queue ``queue_name`` has on ``broker``."""
    namespace = queue_namespace(broker)
    return f"{namespace}.{queue_name}" if namespace else queue_name


def make_broker(
    url: str = "",
    *,
    namespace: str | None = None,
    actor_loop: asyncio.AbstractEventLoop | None = None,
) -> dramatiq.Broker:
    """A new broker for ``url`` (not yet the global one; see :func:`bind_broker`).

    ``actor_loop``: run async actors on this (running) loop instead of a loop thread of the
    worker's own -- the in-process mode. ``namespace`` prefixes the Redis keys, or the RabbitMQ
    queue names of the Plaza actors (default: ``PLAZA_BROKER_NAMESPACE`` or "plaza").
    """
    namespace = namespace or default_namespace()
    if not _NAMESPACE_RE.fullmatch(namespace):
        raise ValueError(
            f"PLAZA_BROKER_NAMESPACE must be letters, digits, '.', '_' or '-' (not first); "
            f"got {namespace!r}"
        )
    middleware = _middleware(actor_loop)
    if not url:
        return StubBroker(middleware=middleware)
    if url.startswith(("redis://", "rediss://", "unix://")):
        import redis
        from dramatiq.brokers.redis import RedisBroker

        pool = redis.ConnectionPool.from_url(url, socket_connect_timeout=5, socket_timeout=15)
        return RedisBroker(
            client=redis.Redis(connection_pool=pool),
            namespace=namespace,
            middleware=middleware,
        )
    if url.startswith(("amqp://", "amqps://")):
        from dramatiq.brokers.rabbitmq import RabbitmqBroker

        rabbit = RabbitmqBroker(url=url, confirm_delivery=True, middleware=middleware)
        setattr(rabbit, _QUEUE_NAMESPACE_ATTR, namespace)
        return rabbit
    raise ValueError(
        f"PLAZA_BROKER_URL must be empty (in-process), redis://... or amqp://...; got {url!r}"
    )


def bind_broker(broker: dramatiq.Broker) -> dramatiq.Broker | None:
    """Make ``broker`` the global broker and re-bind every Plaza actor to it.

    Returns the previous broker (tests restore it). Call before starting a worker on it.
    Each actor's ``queue_name`` becomes its name on ``broker`` (:func:`wire_queue_name`).
    """
    global _current
    with _lock:
        previous = _current
        _current = broker
        dramatiq.set_broker(broker)
        for a in _actors:
            a.broker = broker
            a.queue_name = wire_queue_name(broker, _logical_queues[a.actor_name])
            if a.actor_name not in broker.actors:
                broker.declare_actor(a)
    return previous


def setup_broker(
    url: str = "",
    *,
    namespace: str | None = None,
    actor_loop: asyncio.AbstractEventLoop | None = None,
) -> dramatiq.Broker:
    """``make_broker`` + ``bind_broker``: the broker for ``url`` becomes the one in use."""
    broker = make_broker(url, namespace=namespace, actor_loop=actor_loop)
    bind_broker(broker)
    return broker


def get_broker() -> dramatiq.Broker:
    """The broker in use (an in-memory ``StubBroker`` until one is set up)."""
    with _lock:
        if _current is None:
            bind_broker(make_broker(""))
        assert _current is not None
        return _current


def is_in_memory(broker: dramatiq.Broker | None = None) -> bool:
    return isinstance(broker or get_broker(), StubBroker)


def actor(
    fn: Callable[..., Awaitable[Any]] | None = None,
    *,
    actor_name: str | None = None,
    queue_name: str = "default",
    priority: int = 0,
    **options: Any,
):
    """Declare a Plaza actor (an ``async def``): like ``dramatiq.actor``, but the body runs with
    the ORM of the loop it runs on (``tasks.orm``) and the actor follows :func:`bind_broker`.

    The undecorated coroutine function stays available as ``the_actor.coroutine`` (call it on
    a loop with an ORM to run the body directly, return value included); the value returned
    through dramatiq is dropped (no Results middleware).
    """

    def decorator(f: Callable[..., Awaitable[Any]]) -> dramatiq.Actor:
        if not inspect.iscoroutinefunction(f):
            raise TypeError(f"Plaza actors are async functions: {f!r}")
        broker = get_broker()
        unknown = set(options) - broker.actor_options
        if unknown:
            raise ValueError(f"Unknown actor options: {', '.join(sorted(unknown))}")

        @functools.wraps(f)
        async def body(*args: Any, **kwargs: Any) -> None:
            await f(*args, **kwargs)  # no Results middleware: the value is not kept

        with _lock:
            a = dramatiq.Actor(
                with_orm(body),
                actor_name=actor_name or f.__name__,
                queue_name=wire_queue_name(broker, queue_name),
                priority=priority,
                broker=broker,
                options=options,
            )
            a.coroutine = f  # type: ignore[attr-defined]
            _actors.append(a)
            _logical_queues[a.actor_name] = queue_name
        return a

    return decorator(fn) if fn is not None else decorator


def declared_actors() -> list[dramatiq.Actor]:
    with _lock:
        return list(_actors)


# Errors that mean "the broker is unreachable right now" (retry later), as opposed to a bug.
def broker_down_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [dramatiq.errors.BrokerError, OSError, TimeoutError]
    try:
        import redis.exceptions

        errors += [redis.exceptions.ConnectionError, redis.exceptions.TimeoutError]
    except ImportError:  # pragma: no cover
        pass
    try:
        import pika.exceptions

        errors += [pika.exceptions.AMQPError]
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)
