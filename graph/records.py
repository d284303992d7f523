"""What the graph writer takes: one article's facts with their graph keys already resolved.

The loaders decide identity (which Person "Akazawa" is, which Meeting two reports share) and
hand these plain rows over; `graph.writes` only MERGEs them. Keeping the rows free of spaCy
and loader types keeps the data flowing one way: loaders -> graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class ArticleRow:
    id: str
    title: str
    url: str | None
    publisher: str | None
    published: date | None
    source: str
    text_sha: str


@dataclass
class SentenceRow:
    id: str
    text: str
    start: int
    end: int


@dataclass
class PartyRow:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class PersonRow:
    id: str
    name: str
    aliases: list[str]
    surname_key: str
    title: str | None
    country: str | None
    party_id: str | None  # the party the person represents (usually the country)


@dataclass
class MeetingRow:
    id: str
    date: date | None
    end_date: date | None
    kind: str
    status: str
    location: str | None
    duration_minutes: int | None
    round: int | None
    topics: list[str]
    person_ids: list[str]
    party_ids: list[str]
    sentence_id: str | None


@dataclass
class PositionRow:
    """A Demand or a Concession."""

    id: str
    text: str
    by_party_id: str | None
    by_person_id: str | None
    counterpart_party_id: str | None
    topics: list[str]
    sentence_id: str | None


@dataclass
class ArticleGraph:
    article: ArticleRow
    sentences: list[SentenceRow] = field(default_factory=list)
    parties: list[PartyRow] = field(default_factory=list)
    people: list[PersonRow] = field(default_factory=list)
    meetings: list[MeetingRow] = field(default_factory=list)
    demands: list[PositionRow] = field(default_factory=list)
    concessions: list[PositionRow] = field(default_factory=list)
