"""Admission control: at most N HTTP requests of a process in progress at once, a bounded number
waiting their turn in arrival order, for a bounded time; the rest are answered "busy" at once.

An asyncio server takes every request it is sent at once and interleaves them all: under a
burst (a flash sale opening) each request's statements queue behind everyone else's, every
request finishes late, and a transaction holding a hot row lock waits for the event loop as
long as the others. Letting N in at a time (first come, first served) serves requests in the
order they came, so the early ones finish early, and keeps the database sessions busy rather
than waiting. WebSockets and lifespan events are not counted.

Waiting is bounded, because a client that waited ten seconds has usually given up (or retried,
doubling the load): when ``queue_max`` requests already wait, or a request has waited
``wait_ms``, it is answered at once with HTTP 503, ``Retry-After: 1`` and a GraphQL-shaped error
``extensions.code = BUSY`` (README "Peak traffic"). A client that disconnects while it waits is
dropped from the queue, never served.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import logging

log = logging.getLogger("plaza.admission")

BUSY = "BUSY"
BUSY_MESSAGE = "Dear, too many people are placing orders at the same time, please try again later"
BUSY_RETRY_AFTER_SECONDS = 1


class AdmissionLimit:
    """ASGI middleware: at most ``limit`` HTTP requests in progress (``limit`` <= 0: no limit),
    at most ``queue_max`` waiting (0: none wait), each for at most ``wait_ms`` (0: no deadline).

    ``exempt``: path prefixes never held back: pages that stand for another party and call
    this server back while they run (the sandbox wallet's pay page sends the provider's
    callback and waits for it: holding a slot while it waits for another would deadlock a
    full house), and the health check.

    ``refused`` and ``dropped`` count the requests answered busy and those whose client left
    while waiting."""

    def __init__(
        self,
        app,
        limit: int,
        exempt: tuple[str, ...] = (),
        queue_max: int = 256,
        wait_ms: int = 2000,
    ) -> None:
        self.app = app
        self.limit = limit
        self.exempt = exempt
        self.queue_max = max(queue_max, 0)
        self.wait_seconds = wait_ms / 1000 if wait_ms > 0 else None
        self.inside = 0
        self.refused = 0
        self.dropped = 0
        self._waiters: collections.deque[asyncio.Future[None]] = collections.deque()

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    async def __call__(self, scope, receive, send) -> None:
        if self.limit <= 0 or scope["type"] != "http" or scope["path"].startswith(self.exempt):
            await self.app(scope, receive, send)
            return
        if self.inside < self.limit and not self._waiters:
            self.inside += 1
        elif len(self._waiters) >= self.queue_max:
            await self._busy(scope, send, f"{len(self._waiters)} already waiting")
            return
        else:
            outcome, receive = await self._wait(receive)
            if outcome == _GONE:
                self.dropped += 1
                log.info(
                    "%s %s dropped: the client disconnected while waiting for admission",
                    scope.get("method", ""),
                    scope["path"],
                )
                return
            if outcome == _LATE:
                await self._busy(scope, send, f"waited {self.wait_seconds:g} s")
                return
        try:
            await self.app(scope, receive, send)
        finally:
            self._release()

    def _release(self) -> None:
        """Hand the slot to the first request still waiting, or free it."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)  # the slot passes on: ``inside`` does not change
                return
        self.inside -= 1

    async def _wait(self, receive):
        """Wait for a slot, watching the client. ``(_ADMITTED, receive)`` holding a slot, the
        ``receive`` replaying what was read meanwhile; ``(_GONE | _LATE, receive)`` holding none.
        """
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        received: list[dict] = []
        watcher = asyncio.ensure_future(_watch_disconnect(receive, received))
        try:
            await asyncio.wait(
                (waiter, watcher), timeout=self.wait_seconds, return_when=asyncio.FIRST_COMPLETED
            )
            gone = watcher.done()  # before it is cancelled: it ended by itself
            if not gone:
                # Cancelled at its ``await receive()``: no message is lost (none was taken).
                watcher.cancel()
                await asyncio.wait((watcher,))  # raises only if this task itself is cancelled
        except BaseException:  # cancelled while waiting
            watcher.cancel()
            self._leave(waiter)
            raise
        admitted = waiter.done()  # the slot was handed over (it may be at the deadline too)
        if gone or not admitted:
            self._leave(waiter)
        if gone:
            watcher.result()  # a failing receive() is the server's to see
            return _GONE, receive
        if not admitted:
            return _LATE, receive
        return _ADMITTED, _replaying(received, receive)

    def _leave(self, waiter: asyncio.Future[None]) -> None:
        """Take ``waiter`` out of the queue; a slot it was handed meanwhile goes to the next."""
        if waiter.done() and not waiter.cancelled():
            self._release()
            return
        waiter.cancel()
        with contextlib.suppress(ValueError):
            self._waiters.remove(waiter)

    async def _busy(self, scope, send, why: str) -> None:
        self.refused += 1
        log.info("%s %s answered busy (%s)", scope.get("method", ""), scope["path"], why)
        await busy_response(send)


_ADMITTED, _GONE, _LATE = "admitted", "gone", "late"


async def _watch_disconnect(receive, received: list[dict]) -> None:
    """Read the client's messages until it disconnects (then return), keeping the others (the
    request body) in ``received`` for the app."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
        received.append(message)


def _replaying(received: list[dict], receive):
    """A ``receive`` that gives back the messages read while waiting, then passes on."""
    if not received:
        return receive

    async def replay() -> dict:
        if received:
            return received.pop(0)
        return await receive()

    return replay


def busy_body() -> bytes:
    return json.dumps(
        {"errors": [{"message": BUSY_MESSAGE, "extensions": {"code": BUSY}}]},
        ensure_ascii=False,
    ).encode()


async def busy_response(send) -> None:
    """HTTP 503, ``Retry-After: 1``, a GraphQL-shaped ``BUSY`` error (valid for any client of
    this server: GraphQL or the providers' JSON callbacks, which retry a 503)."""
    body = busy_body()
    await send(
        {
            "type": "http.response.start",
            "status": 503,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", str(BUSY_RETRY_AFTER_SECONDS).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
