"""Realtime fan-out: ``publish(channel, message)`` and ``subscribe(*channels)``.

* ``PLAZA_PUBSUB_URL`` empty -> in memory (one process sees its own events);
* ``redis://...`` -> Redis pub/sub (every API process sees every event). Redis pub/sub channels
  are global to the server (not per database number): ``PLAZA_PUBSUB_NAMESPACE`` (default empty)
  prefixes every channel name on the wire (``<namespace>:plaza.events``), so several deployments
  or test runs can share one Redis. Callers always use the logical names.

Messages are JSON-serialisable dicts. Delivery is best effort and at least once from the outbox
relay's point of view (a relay retry may publish an event again: subscribers de-duplicate on the
event's ``id``). Kept minimal on purpose; GraphQL subscriptions build on :func:`subscribe`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import threading
from collections.abc import AsyncIterator
from typing import Protocol

log = logging.getLogger("plaza.tasks.pubsub")

#: the channel the outbox relay publishes every event on
EVENTS_CHANNEL = "plaza.events"
#: environment variable: prefix of the Redis channel names (empty: none)
NAMESPACE_ENV = "PLAZA_PUBSUB_NAMESPACE"


class Subscription(Protocol):
    async def get(self, within: float | None = None) -> tuple[str, dict] | None:
        """The next (channel, message), or None after ``within`` seconds."""

    def __aiter__(self) -> AsyncIterator[tuple[str, dict]]: ...


class PubSub(Protocol):
    async def publish(self, channel: str, message: dict) -> None: ...

    def subscribe(self, *channels: str) -> contextlib.AbstractAsyncContextManager[Subscription]: ...

    async def subscribers(self, channel: str) -> int:
        """How many subscriptions listen on ``channel`` (Redis: in every process)."""

    async def close(self) -> None: ...


class _QueueSubscription:
    """A subscriber's queue of ``(channel, message)``; an exception put in it (the shared Redis
    connection failed) is raised to the subscriber."""

    def __init__(self, queue: asyncio.Queue) -> None:
        self.queue = queue

    async def get(self, within: float | None = None) -> tuple[str, dict] | None:
        try:
            item = await asyncio.wait_for(self.queue.get(), within)
        except TimeoutError:
            return None
        if isinstance(item, BaseException):
            raise item
        return item

    async def __aiter__(self) -> AsyncIterator[tuple[str, dict]]:
        while True:
            item = await self.get(None)
            if item is not None:
                yield item


class MemoryPubSub:
    """In-process pub/sub. Publish from any thread; each subscriber gets a bounded queue on its
    own loop (a subscriber that falls ``maxsize`` messages behind loses messages, logged)."""

    def __init__(self, maxsize: int = 1000) -> None:
        self.maxsize = maxsize
        self._lock = threading.Lock()
        self._subs: dict[str, set[tuple[asyncio.AbstractEventLoop, asyncio.Queue]]] = {}

    async def publish(self, channel: str, message: dict) -> None:
        json.dumps(message)  # same contract as Redis: JSON only
        with self._lock:
            targets = list(self._subs.get(channel, ()))
        for loop, queue in targets:
            loop.call_soon_threadsafe(self._put, queue, channel, message)

    @staticmethod
    def _put(queue: asyncio.Queue, channel: str, message: dict) -> None:
        try:
            queue.put_nowait((channel, message))
        except asyncio.QueueFull:
            log.warning("pub/sub subscriber on %s is too slow: message dropped", channel)

    @contextlib.asynccontextmanager
    async def subscribe(self, *channels: str) -> AsyncIterator[Subscription]:
        entry = (asyncio.get_running_loop(), asyncio.Queue(self.maxsize))
        with self._lock:
            for channel in channels:
                self._subs.setdefault(channel, set()).add(entry)
        try:
            yield _QueueSubscription(entry[1])
        finally:
            with self._lock:
                for channel in channels:
                    self._subs.get(channel, set()).discard(entry)

    async def subscribers(self, channel: str) -> int:
        with self._lock:
            return len(self._subs.get(channel, ()))

    async def close(self) -> None:
        with self._lock:
            self._subs.clear()


class _RedisChannel:
    """One channel's Redis subscription in this process (on one event loop), shared by all of
    the process's subscribers to it: one connection and one reader task hand every message to
    each subscriber's queue. (A Redis connection per GraphQL subscription would cost the server
    a connection per open browser tab.)"""

    def __init__(self, pubsub, channel: str) -> None:
        self.pubsub = pubsub
        self.channel = channel
        self.queues: set[asyncio.Queue] = set()
        self.failed = False
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        try:
            while True:
                msg = await self.pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                if msg is not None and msg.get("type") == "message":
                    message = json.loads(msg["data"])
                    for queue in list(self.queues):
                        MemoryPubSub._put(queue, self.channel, message)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the connection is gone: tell every subscriber
            log.warning("pub/sub connection for %s failed: %s", self.channel, exc)
            self.failed = True
            for queue in list(self.queues):
                with contextlib.suppress(asyncio.QueueFull):
                    queue.put_nowait(exc)

    async def stop(self) -> None:
        self._reader.cancel()
        with contextlib.suppress(BaseException):
            await self._reader
        with contextlib.suppress(Exception):
            await self.pubsub.unsubscribe()
        with contextlib.suppress(Exception):
            await self.pubsub.aclose()


class RedisPubSub:
    """Redis pub/sub (``redis.asyncio``); one client per event loop that uses it.

    ``namespace`` (default: ``PLAZA_PUBSUB_NAMESPACE``, empty = none) prefixes the channel names
    on the wire as ``<namespace>:<channel>``."""

    def __init__(self, url: str, namespace: str | None = None, maxsize: int = 1000) -> None:
        self.url = url
        if namespace is None:
            namespace = os.environ.get(NAMESPACE_ENV, "")
        self.namespace = namespace
        self.maxsize = maxsize
        self._prefix = f"{namespace}:" if namespace else ""
        self._lock = threading.Lock()
        self._clients: dict[asyncio.AbstractEventLoop, object] = {}
        # (loop, channel) -> the process's shared subscription; joined and left under the
        # loop's asyncio lock, so that two first subscribers never open two connections
        self._channels: dict[tuple[asyncio.AbstractEventLoop, str], _RedisChannel] = {}
        self._joining: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}

    def wire_channel(self, channel: str) -> str:
        """The Redis channel name of the logical ``channel``."""
        return self._prefix + channel

    def _client(self):
        import redis.asyncio as aioredis

        loop = asyncio.get_running_loop()
        with self._lock:
            client = self._clients.get(loop)
            if client is None:
                client = aioredis.Redis.from_url(
                    self.url, socket_connect_timeout=5, socket_timeout=15
                )
                self._clients[loop] = client
            return client

    async def publish(self, channel: str, message: dict) -> None:
        await self._client().publish(self.wire_channel(channel), json.dumps(message))

    def _join_lock(self, loop: asyncio.AbstractEventLoop) -> asyncio.Lock:
        with self._lock:
            return self._joining.setdefault(loop, asyncio.Lock())

    @contextlib.asynccontextmanager
    async def subscribe(self, *channels: str) -> AsyncIterator[Subscription]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue = asyncio.Queue(self.maxsize)
        joined: list[_RedisChannel] = []
        try:
            async with self._join_lock(loop):
                for channel in channels:
                    shared = self._channels.get((loop, channel))
                    if shared is None or shared.failed:
                        pubsub = self._client().pubsub()
                        try:
                            await pubsub.subscribe(self.wire_channel(channel))
                        except BaseException:
                            await pubsub.aclose()
                            raise
                        shared = self._channels[(loop, channel)] = _RedisChannel(pubsub, channel)
                    shared.queues.add(queue)
                    joined.append(shared)
            yield _QueueSubscription(queue)
        finally:
            async with self._join_lock(loop):
                for shared in joined:
                    shared.queues.discard(queue)
                    if not shared.queues:
                        if self._channels.get((loop, shared.channel)) is shared:
                            del self._channels[(loop, shared.channel)]
                        await shared.stop()

    async def subscribers(self, channel: str) -> int:
        wire = self.wire_channel(channel)
        counts = dict(await self._client().pubsub_numsub(wire))
        return int(counts.get(wire.encode(), counts.get(wire, 0)))

    async def close(self) -> None:
        """Close the clients of the running loop (others belong to loops that are gone)."""
        loop = asyncio.get_running_loop()
        with self._lock:
            client = self._clients.pop(loop, None)
            self._clients.clear()
            shared = [c for (owner, _), c in self._channels.items() if owner is loop]
            self._channels.clear()
            self._joining.clear()
        for channel in shared:
            await channel.stop()
        if client is not None:
            await client.aclose()


_pubsub: PubSub | None = None
_state_lock = threading.Lock()


def make_pubsub(url: str = "", namespace: str | None = None) -> PubSub:
    """The pub/sub for ``url``; ``namespace`` (Redis only; default ``PLAZA_PUBSUB_NAMESPACE``)."""
    if not url:
        return MemoryPubSub()
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisPubSub(url, namespace)
    raise ValueError(f"PLAZA_PUBSUB_URL must be empty (in memory) or redis://...; got {url!r}")


def use_pubsub(bus: PubSub) -> PubSub:
    """Use ``bus`` from now on (returns it)."""
    global _pubsub
    with _state_lock:
        _pubsub = bus
        return bus


def setup_pubsub(url: str = "") -> PubSub:
    """Use the pub/sub for ``url`` from now on (returns it)."""
    return use_pubsub(make_pubsub(url))


def get_pubsub() -> PubSub:
    global _pubsub
    with _state_lock:
        if _pubsub is None:
            _pubsub = MemoryPubSub()
        return _pubsub


async def publish(channel: str, message: dict) -> None:
    """Publish ``message`` (a JSON-serialisable dict) on ``channel``."""
    await get_pubsub().publish(channel, message)


def subscribe(*channels: str) -> contextlib.AbstractAsyncContextManager[Subscription]:
    """``async with subscribe("plaza.events") as sub: channel, message = await sub.get()``"""
    return get_pubsub().subscribe(*channels)


async def close_pubsub() -> None:
    with _state_lock:
        current = _pubsub
    if current is not None:
        await current.close()


async def subscribers(channel: str) -> int:
    """How many listen on ``channel`` now: in memory, the subscriptions; on Redis, the processes
    with at least one (counted by the server, across processes: a process's subscriptions share
    one Redis connection per channel). For readiness checks and tests: a subscriber is
    registered once it counts."""
    return await get_pubsub().subscribers(channel)
