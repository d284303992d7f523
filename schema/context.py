"""Per-request context: one GraphReader (with its query counter) and the request's DataLoaders.

DataLoaders live exactly one request: whatever a request asks for at one level of the query
is gathered into one Cypher query per kind of list, and nothing is cached across requests
(a write through `ingest` is visible to the next request).

Lists that take arguments (a person's meetings filtered by topic, first 5) get one loader per
distinct argument set, keyed by the parent id; `loader()` creates them on first use.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from strawberry.dataloader import DataLoader

from graph.reads import GraphReader
from parley.settings import Settings

BatchFn = Callable[[list[Any]], Awaitable[dict[Any, Any]]]


@dataclass
class Context:
    reader: GraphReader
    settings: Settings
    request: Request | None = None
    services: Any = None  # schema.app.Services: the sync driver for ingest
    _loaders: dict[Hashable, DataLoader] = field(default_factory=dict)

    def loader(self, name: Hashable, fetch: BatchFn, default: Any = None) -> DataLoader:
        """The request's DataLoader for `name`; `fetch(keys)` returns {key: value}."""
        found = self._loaders.get(name)
        if found is None:
            async def load(keys: list[Any]) -> list[Any]:
                values = await fetch(list(keys))
                return [values.get(key, default) for key in keys]

            found = self._loaders[name] = DataLoader(load_fn=load)
        return found

    @property
    def query_count(self) -> int:
        return self.reader.counter.count
