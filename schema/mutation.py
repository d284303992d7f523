"""The `ingest` mutation: one article through the loaders' pipeline, behind an API key.

The key comes from settings (`PARLEY_API_KEY`) and is sent as `Authorization: Bearer <key>`
or `X-API-Key: <key>`. With no key configured the mutation is refused: an open write
endpoint is never the default.
"""

from __future__ import annotations

import hmac

import anyio.to_thread
import strawberry

from graph.connection import GraphUnavailable
from schema.errors import AuthenticationError, PublicError
from schema.inputs import ArticleInput
from schema.types import Info, IngestPayload


def presented_key(headers) -> str | None:
    auth = headers.get("authorization")
    if auth:
        scheme, _, token = auth.partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return token.strip()
    key = headers.get("x-api-key")
    return key.strip() if key else None


def require_api_key(info: Info) -> None:
    configured = info.context.settings.api_key
    if not configured:
        raise AuthenticationError(
            "ingest is disabled: the server has no API key configured (set PARLEY_API_KEY)")
    request = info.context.request
    presented = presented_key(request.headers) if request is not None else None
    if presented is None:
        raise AuthenticationError(
            "ingest needs an API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'")
    if not hmac.compare_digest(presented.encode(), configured.encode()):
        raise AuthenticationError("invalid API key")


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Read one article into the graph (needs the API key).")
    async def ingest(self, info: Info, article: ArticleInput) -> IngestPayload:
        require_api_key(info)
        settings = info.context.settings
        if not article.text.strip():
            raise PublicError("article text is empty")
        if len(article.text.encode()) > settings.max_file_mb * 1024 * 1024:
            raise PublicError(f"article text is larger than {settings.max_file_mb} MB")
        from loaders.ingest import ingest_text  # heavy (spaCy): imported on first use

        services = info.context.services

        def run():
            return ingest_text(services.sync_driver(), settings, text=article.text,
                               title=article.title, url=article.url,
                               published=article.published, publisher=article.publisher)

        try:
            result = await anyio.to_thread.run_sync(run)
        except GraphUnavailable:
            raise
        return IngestPayload(
            article_id=result.article_id or None, status=result.status, error=result.error,
            people=result.people, parties=result.parties, meetings=result.meetings,
            demands=result.demands, concessions=result.concessions,
            meeting_ids=list(result.meeting_ids), demand_ids=list(result.demand_ids),
            concession_ids=list(result.concession_ids))
