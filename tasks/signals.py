"""A wake-up call for the outbox relay that any thread may ring.

The relay loop waits on an ``asyncio.Event`` of its own loop; :func:`wake_relay` sets it from
that loop directly, and from any other thread (a worker thread, another loop) thread-safely.
Before the relay runs (or in a process without one) it does nothing.
"""

from __future__ import annotations

import asyncio
import threading

_lock = threading.Lock()
_event: asyncio.Event | None = None
_loop: asyncio.AbstractEventLoop | None = None


def install() -> asyncio.Event:
    """Create the relay's event on the running loop (called by the relay loop)."""
    global _event, _loop
    with _lock:
        _loop = asyncio.get_running_loop()
        _event = asyncio.Event()
        return _event


def uninstall() -> None:
    global _event, _loop
    with _lock:
        _event = None
        _loop = None


def wake_relay() -> None:
    """Ask the relay to run now rather than at its next poll (call after a commit that wrote
    outbox rows). Cheap, never raises, safe from any thread."""
    with _lock:
        event, loop = _event, _loop
    if event is None or loop is None or loop.is_closed():
        return
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is loop:
        event.set()
    else:
        try:
            loop.call_soon_threadsafe(event.set)
        except RuntimeError:  # the loop closed meanwhile
            pass
