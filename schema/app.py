"""The starlette app: GraphQL (and GraphiQL in a browser) at /graphql, a health check at /health.

Reads run on the neo4j AsyncDriver in the server's event loop (no thread hop per query);
the `ingest` mutation calls the loaders' synchronous pipeline in a worker thread with a
sync driver opened on first use. Both drivers are closed when the app shuts down.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator
from typing import Any

from neo4j import AsyncDriver, Driver
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from strawberry.asgi import GraphQL

from graph.browser import ROUTE_PREFIX
from graph.browser import asgi_app as browser_assets
from graph.reads import GraphReader, QueryCounter, open_async_driver, ping
from parley.settings import Settings
from schema.api import schema
from schema.context import Context


class Services:
    """What the app holds for its lifetime: the drivers."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.driver: AsyncDriver | None = None
        self._sync: Driver | None = None
        self._sync_lock = threading.Lock()

    def sync_driver(self) -> Driver:
        """The sync driver the loaders' ingest needs (opened on first ingest, in a thread)."""
        with self._sync_lock:
            if self._sync is None:
                from graph.connection import open_driver

                self._sync = open_driver(self.settings)
            return self._sync

    async def start(self) -> None:
        self.driver = open_async_driver(self.settings)

    async def close(self) -> None:
        if self.driver is not None:
            await self.driver.close()
            self.driver = None
        with self._sync_lock:
            if self._sync is not None:
                self._sync.close()
                self._sync = None


class ParleyGraphQL(GraphQL):
    def __init__(self, services: Services, **kwargs: Any) -> None:
        super().__init__(schema, **kwargs)
        self.services = services

    async def get_context(self, request: Any, response: Any = None) -> Context:
        services = self.services
        if services.driver is None:  # the app is used without its lifespan (should not happen)
            await services.start()
        reader = GraphReader(services.driver, services.settings.neo4j_database, QueryCounter())
        return Context(reader=reader, settings=services.settings,
                       request=request if isinstance(request, Request) else None,
                       services=services)


def create_app(settings: Settings) -> Starlette:
    services = Services(settings)
    graphql = ParleyGraphQL(services, graphql_ide="graphiql", allow_queries_via_get=True)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await services.start()
        try:
            yield
        finally:
            await services.close()

    async def health(request: Request) -> Response:
        up = services.driver is not None and await ping(services.driver, settings.neo4j_database)
        body = {"status": "ok" if up else "unavailable",
                "neo4j": "up" if up else "graph database unavailable"}
        return JSONResponse(body, status_code=200 if up else 503)

    async def home(request: Request) -> Response:
        return RedirectResponse("/graphql")

    app = Starlette(
        routes=[
            Route("/", home),
            Route("/health", health),
            Route("/graphql", graphql, methods=["GET", "POST"]),
            # Neo4j Browser fetches Parley's guide and style from here (public, own CORS).
            Mount(ROUTE_PREFIX, app=browser_assets),
        ],
        lifespan=lifespan,
    )
    app.state.services = services
    return app
