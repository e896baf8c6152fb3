"""Admission control (plaza/admission.py): at most N HTTP requests in progress per process,
the others served in arrival order; exempt paths and WebSockets never wait."""

from __future__ import annotations

import asyncio

from plaza.admission import AdmissionLimit


class SlowApp:
    """An ASGI app that records how many requests are inside it and in which order they came."""

    def __init__(self) -> None:
        self.inside = 0
        self.most_inside = 0
        self.order: list[str] = []
        self.release = asyncio.Event()

    async def __call__(self, scope, receive, send) -> None:
        self.inside += 1
        self.most_inside = max(self.most_inside, self.inside)
        self.order.append(scope["path"])
        try:
            await self.release.wait()
        finally:
            self.inside -= 1


def http(path: str) -> dict:
    return {"type": "http", "path": path}


async def connected() -> dict:
    """A client's ``receive`` that never disconnects (a request waiting for admission watches
    it for ``http.disconnect``)."""
    await asyncio.Event().wait()
    raise AssertionError("unreachable")


async def _settle() -> None:
    for _ in range(20):  # let every started request reach the semaphore or the app
        await asyncio.sleep(0)


async def test_at_most_limit_requests_inside_served_in_arrival_order():
    inner = SlowApp()
    app = AdmissionLimit(inner, limit=2)
    calls = [asyncio.create_task(app(http(f"/r{i}"), connected, None)) for i in range(6)]
    await _settle()
    assert inner.inside == 2 and inner.order == ["/r0", "/r1"]
    inner.release.set()
    await asyncio.gather(*calls)
    assert inner.most_inside == 2
    assert inner.order == [f"/r{i}" for i in range(6)]  # first come, first served


async def test_exempt_paths_and_websockets_do_not_wait():
    inner = SlowApp()
    app = AdmissionLimit(inner, limit=1, exempt=("/payments/sandbox/pay",))
    calls = [
        asyncio.create_task(app(http("/graphql"), connected, None)),
        asyncio.create_task(app(http("/graphql"), connected, None)),  # waits: the slot is taken
        asyncio.create_task(app(http("/payments/sandbox/pay"), connected, None)),
        asyncio.create_task(app({"type": "websocket", "path": "/graphql"}, connected, None)),
    ]
    await _settle()
    assert inner.inside == 3
    assert inner.order == ["/graphql", "/payments/sandbox/pay", "/graphql"]
    inner.release.set()
    await asyncio.gather(*calls)
    assert len(inner.order) == 4


async def test_no_limit_lets_everything_in():
    inner = SlowApp()
    app = AdmissionLimit(inner, limit=0)
    calls = [asyncio.create_task(app(http(f"/r{i}"), connected, None)) for i in range(5)]
    await _settle()
    assert inner.inside == 5
    inner.release.set()
    await asyncio.gather(*calls)
