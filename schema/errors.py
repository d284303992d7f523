"""Errors a client may see, and the masking of everything else.

`PublicError` messages are written for the client ("first must be between 0 and 100"),
GraphQL's own syntax and validation errors pass as they are, `GraphUnavailable` becomes
"graph database unavailable", and any other exception becomes "Unexpected error." in the
response while the full traceback goes to the server log.
"""

from __future__ import annotations

import logging

from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors

from graph.connection import GraphUnavailable

log = logging.getLogger("parley.graphql")

UNAVAILABLE = "graph database unavailable"
UNEXPECTED = "Unexpected error."


class PublicError(Exception):
    """An error whose message is meant for the API client."""


class AuthenticationError(PublicError):
    """The request lacks a valid API key for a protected operation."""


def _public(error: GraphQLError) -> bool:
    original = error.original_error
    return original is None or isinstance(original, (PublicError, GraphQLError))


class PublicErrors(MaskErrors):
    """MaskErrors that keeps client-facing errors and names an unavailable graph."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda error: not _public(error),
                         error_message=UNEXPECTED)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        if isinstance(original, GraphUnavailable):
            message = UNAVAILABLE
            log.warning("graph unavailable at %s: %s", error.path, original.__cause__ or original)
        else:
            message = self.error_message
            log.error("unexpected error at %s", error.path, exc_info=original)
        return GraphQLError(message=message, nodes=error.nodes, source=error.source,
                            positions=error.positions, path=error.path, original_error=None,
                            extensions={"code": "UNAVAILABLE" if original is not None and
                                        isinstance(original, GraphUnavailable) else "INTERNAL"})
