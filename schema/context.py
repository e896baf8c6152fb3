"""The per-request context: who is asking, the request's DataLoaders, and the services the
composition root hands the schema.

The schema layer does not reach up for authentication or the event stream: ``plaza.app``
builds each request's context with an :class:`Authenticator` (tokens -> viewer) and an
:class:`EventSource` (the relayed outbox events a subscription reads), so the schema depends
only on these two small interfaces.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from strawberry.dataloader import DataLoader
from strawberry.types import Info as StrawberryInfo

from resolvers.permissions import Viewer


class Authenticator(Protocol):
    """Signed tokens for people, API keys for partners (``plaza.auth`` is the implementation)."""

    async def start_session(self, user: Any) -> tuple[str, str]: ...

    async def refresh_tokens(self, refresh_token: str) -> tuple[str, str, Any]: ...

    async def revoke_tokens(
        self, refresh_token: str | None, viewer: Viewer, everywhere: bool
    ) -> None: ...

    def throttle_limits(self) -> Any: ...

    async def viewer_from_authorization(
        self, header: str | None, request_id: str = ""
    ) -> Viewer: ...


class EventFeed(Protocol):
    """One subscription's feed of relayed events: ``await feed.get(within=seconds)`` answers
    the next ``(channel, event)`` or None when nothing came within the time."""

    async def get(self, within: float | None = None) -> Any: ...


class EventSource(Protocol):
    """Opens a feed of the outbox events as the relay publishes them."""

    def __call__(self) -> AbstractAsyncContextManager[EventFeed]: ...


class SharedLoader(DataLoader):
    """A DataLoader whose answers survive a waiter being cancelled: one cached future serves
    every field that loads the key, and graphql-core cancels the sibling fields of one that
    failed on a non-null path; unshielded, that would cancel the future for every other waiter
    too, and the request would end in a ``CancelledError`` instead of its other answers."""

    def load(self, key: Any) -> Awaitable[Any]:
        return asyncio.shield(super().load(key))


@dataclass
class Context:
    viewer: Viewer
    request_id: str = ""
    request: Any = None
    response: Any = None
    connection_params: dict | None = None
    auth: Authenticator | None = None
    events: EventSource | None = None
    _loaders: dict[str, DataLoader] = field(default_factory=dict)

    def loader(self, name: str, batch_fn) -> DataLoader:
        """The request's one DataLoader for ``name`` (created on first use)."""
        found = self._loaders.get(name)
        if found is None:
            found = self._loaders[name] = SharedLoader(load_fn=batch_fn)
        return found

    # strawberry's ASGI integration reads these like a dict
    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key, default)


Info = StrawberryInfo[Context, None]


def viewer_of(info: Info) -> Viewer:
    return info.context.viewer
