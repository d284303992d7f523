"""The strawberry schema with its limits.

Limits (per request):
- depth: 10 nested selection sets (introspection fields are not counted, so GraphiQL works);
- size: 3,000 tokens in the document (GraphiQL's full introspection query is ~300);
- aliases: 30 (an alias is the usual way to multiply one expensive field);
- lists: `first` at most 100 per list (see `schema.pagination`).

Parsing and validation are cached per document text (bounded LRU), so a repeated query costs
only its execution. Errors are masked except those meant for the client (`schema.errors`).
Each response carries `extensions.cypherQueries`: the Cypher queries the request issued.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import neo4j.time
from strawberry import Schema
from strawberry.extensions import (
    AddValidationRules,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as alias_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule
from strawberry.schema.types.base_scalars import DateDefinition

from schema.errors import PublicErrors
from schema.execution import FastExecutionContext
from schema.mutation import Mutation
from schema.query import Query

MAX_DEPTH = 10
MAX_TOKENS = 3000
MAX_ALIASES = 30
CACHE_SIZE = 256


# The rules strawberry's QueryDepthLimiter and MaxAliasesLimiter add, created once: a new rule
# class per request would make every ValidationCache key unique (no hits, constant churn).
DEPTH_RULE = depth_rule(MAX_DEPTH, None, None)
ALIAS_RULE = alias_rule(MAX_ALIASES)


class Limits(AddValidationRules):
    """QueryDepthLimiter(MAX_DEPTH) + MaxAliasesLimiter(MAX_ALIASES), cache-friendly."""

    def __init__(self) -> None:
        super().__init__([DEPTH_RULE, ALIAS_RULE])


class QueryCount(SchemaExtension):
    """Adds the number of Cypher queries this request issued to the response extensions."""

    def get_results(self) -> dict[str, int]:
        context = self.execution_context.context
        count = getattr(context, "query_count", None)
        return {} if count is None else {"cypherQueries": count}


def _iso_date(value: Any) -> str:
    """A Date's ISO text. The graph's dates arrive as neo4j.time.Date, whose `isoformat` is
    looked up through a `__getattr__` that builds a dict of aliases per call; its own
    `iso_format` gives the same text several times faster."""
    if type(value) is neo4j.time.Date:
        return value.iso_format()
    return value.isoformat()


# strawberry's Date scalar (same name, description, parsing), serialised as above
DATE = dataclasses.replace(DateDefinition, serialize=_iso_date)

schema = Schema(
    query=Query,
    mutation=Mutation,
    extensions=[
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: ParserCache(maxsize=CACHE_SIZE),
        Limits,
        lambda: ValidationCache(maxsize=CACHE_SIZE),
        PublicErrors,
        QueryCount,
    ],
    execution_context_class=FastExecutionContext,
    scalar_overrides={date: DATE},
)
