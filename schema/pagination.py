"""Relay-style connections over offset cursors.

Every list is ordered by a total order (ties broken by id), so an offset names one position
in it; the cursor is that offset, opaque to clients. `first` is bounded so that a single
request cannot ask for an unbounded result.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

import strawberry

from schema.errors import PublicError

T = TypeVar("T")

MAX_FIRST = 100
DEFAULT_FIRST = 20
NESTED_FIRST = 10
_PREFIX = "parley:"


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        if not text.startswith(_PREFIX):
            raise ValueError(cursor)
        offset = int(text[len(_PREFIX):])
        if offset < 0:
            raise ValueError(cursor)
        return offset
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise PublicError(f"invalid cursor: {cursor!r}") from exc


def window(first: int | None, after: str | None, default: int = DEFAULT_FIRST) -> tuple[int, int]:
    """(skip, limit) for `first` items after the cursor `after`."""
    limit = default if first is None else first
    if not 0 <= limit <= MAX_FIRST:
        raise PublicError(f"first must be between 0 and {MAX_FIRST}, got {limit}")
    skip = 0 if after is None else decode_cursor(after) + 1
    return skip, limit


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    total_count: int = strawberry.field(description="All items matching, on every page.")
    edges: list[Edge[T]]
    page_info: PageInfo
    # plain data (filled by `connection`) rather than a resolver: cheaper to serve
    nodes: list[T] = strawberry.field(description="The nodes of `edges`, without cursors.")


def connection(total: int, rows: Sequence[Any], skip: int, make: Callable[[Any], T]) -> Any:
    edges = [Edge(cursor=encode_cursor(skip + i), node=make(row)) for i, row in enumerate(rows)]
    return Connection(
        total_count=total,
        edges=edges,
        nodes=[edge.node for edge in edges],
        page_info=PageInfo(
            has_next_page=skip + len(edges) < total,
            has_previous_page=skip > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
    )
