"""Admission control: at most N HTTP requests of a process in progress at once, the others
waiting their turn in arrival order.

An asyncio server takes every request it is sent at once and interleaves them all: under a
burst (a flash sale opening) each request's statements queue behind everyone else's, every
request finishes late, and a transaction holding a hot row lock waits for the event loop as
long as the others. Letting N in at a time (first come, first served) serves requests in the
order they came, so the early ones finish early, and keeps the database sessions busy rather
than waiting. WebSockets and lifespan events are not counted.
"""

from __future__ import annotations

import asyncio


class AdmissionLimit:
    """ASGI middleware: at most ``limit`` HTTP requests in progress (``limit`` <= 0: no limit).

    ``exempt``: path prefixes never held back: pages that stand for another party and call
    this server back while they run (the sandbox wallet's pay page sends the provider's
    callback and waits for it: holding a slot while it waits for another would deadlock a
    full house), and the health check."""

    def __init__(self, app, limit: int, exempt: tuple[str, ...] = ()) -> None:
        self.app = app
        self.limit = limit
        self.exempt = exempt
        self._slots: asyncio.Semaphore | None = None

    async def __call__(self, scope, receive, send) -> None:
        if self.limit <= 0 or scope["type"] != "http" or scope["path"].startswith(self.exempt):
            await self.app(scope, receive, send)
            return
        if self._slots is None:  # made on the serving loop
            self._slots = asyncio.Semaphore(self.limit)
        async with self._slots:
            await self.app(scope, receive, send)
