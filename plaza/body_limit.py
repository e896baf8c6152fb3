"""Read and bound a request's body before the request takes an admission slot.

Admission control (plaza/admission.py) lets N requests in at a time. A request that is let in
before its body has arrived holds its slot for as long as the client takes to send it: eight
clients trickling a byte a second would hold every slot, and everyone else would wait. This
middleware sits outside the admission limit and reads the whole body first, then hands the
request on with its body in memory:

- ``max_bytes``: a ``Content-Length`` above it is refused at once (413, nothing read); a body
  streamed without one is refused as soon as it passes it (what was read is dropped).
- ``read_timeout``: the whole body must arrive within this many seconds of the request's
  start (408), however it is sliced.

Both answers are GraphQL-shaped JSON errors and close the connection.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Message = MutableMapping[str, Any]


class BodyLimit:
    """ASGI middleware: buffer each HTTP request body, at most ``max_bytes`` within
    ``read_timeout`` seconds (``<= 0``: that bound is off)."""

    def __init__(self, app, max_bytes: int, read_timeout: float) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.read_timeout = read_timeout

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared == -1:
            await _refuse(send, 400, "BAD_REQUEST", "The Content-Length header is not valid.")
            return
        if declared is not None and 0 < self.max_bytes < declared:
            await _refuse(send, 413, "PAYLOAD_TOO_LARGE", self._too_large())
            return
        try:
            body = await self._read(receive)
        except _TooLarge:
            await _refuse(send, 413, "PAYLOAD_TOO_LARGE", self._too_large())
            return
        except TimeoutError:
            await _refuse(
                send,
                408,
                "REQUEST_TIMEOUT",
                f"The request body did not arrive within {self.read_timeout:g} seconds.",
            )
            return
        if body is None:  # the client went away
            return
        await self.app(scope, _replay(body, receive), send)

    def _too_large(self) -> str:
        return f"The request body is larger than {self.max_bytes} bytes."

    async def _read(self, receive: Callable[[], Awaitable[Message]]) -> bytes | None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.read_timeout if self.read_timeout > 0 else None
        chunks: list[bytes] = []
        total = 0
        while True:
            if deadline is None:
                message = await receive()
            else:
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            total += len(chunk)
            if 0 < self.max_bytes < total:
                raise _TooLarge
            if chunk:
                chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


class _TooLarge(Exception):
    pass


def _content_length(scope) -> int | None:
    """The declared length; None when absent; -1 when malformed."""
    for name, value in scope.get("headers", ()):
        if name.lower() == b"content-length":
            try:
                length = int(value)
            except ValueError:
                return -1
            return length if length >= 0 else -1
    return None


def _replay(body: bytes, receive: Callable[[], Awaitable[Message]]):
    """A ``receive`` that gives the buffered body once, then passes on (disconnect)."""
    delivered = False

    async def replay() -> Message:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _refuse(send, status: int, code: str, message: str) -> None:
    payload = json.dumps({"errors": [{"message": message, "extensions": {"code": code}}]})
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload.encode()})
