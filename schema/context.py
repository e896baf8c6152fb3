"""The per-request context: who is asking, and the request's DataLoaders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from strawberry.dataloader import DataLoader
from strawberry.types import Info as StrawberryInfo

from resolvers.permissions import Viewer


@dataclass
class Context:
    viewer: Viewer
    request_id: str = ""
    request: Any = None
    response: Any = None
    connection_params: dict | None = None
    _loaders: dict[str, DataLoader] = field(default_factory=dict)

    def loader(self, name: str, batch_fn) -> DataLoader:
        """The request's one DataLoader for ``name`` (created on first use)."""
        found = self._loaders.get(name)
        if found is None:
            found = self._loaders[name] = DataLoader(load_fn=batch_fn)
        return found

    # strawberry's ASGI integration reads these like a dict
    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key, default)


Info = StrawberryInfo[Context, None]


def viewer_of(info: Info) -> Viewer:
    return info.context.viewer
