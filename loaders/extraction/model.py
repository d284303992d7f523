"""The records extraction produces: one article in, one `Extraction` out.

These dataclasses are the contract between the extractor, `parley extract` (which prints
`Extraction.to_json()`), the evaluator and the graph writer. Field names follow the JSON
contract of `parley extract`, so `to_json()` is a plain `asdict` and other tools can read it.
Every meeting, demand and concession carries `Evidence`: the sentence and its character
offsets in the article text, so each fact in the graph can be traced back to its source.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Evidence:
    """A sentence of the article: `text == article_text[start:end]`."""

    text: str
    start: int
    end: int


@dataclass
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    country: str | None = None


@dataclass
class Party:
    name: str
    kind: str = "country"  # country | government | organisation
    aliases: list[str] = field(default_factory=list)


@dataclass
class Meeting:
    participants: list[str]  # names from Extraction.people
    parties: list[str]  # names from Extraction.parties
    date: str | None = None  # ISO date
    end_date: str | None = None
    kind: str = "unknown"  # in_person | phone | video | unknown
    status: str = "held"  # held | planned | cancelled
    location: str | None = None
    duration_minutes: int | None = None
    round: int | None = None
    topics: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass
class Position:
    """A demand or a concession: who pressed or gave what, to whom."""

    by: str | None  # party name
    by_person: str | None
    counterpart: str | None  # `of` for demands, `to` for concessions
    text: str  # short phrase, not the whole sentence
    topics: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass
class Extraction:
    people: list[Person] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    demands: list[Position] = field(default_factory=list)
    concessions: list[Position] = field(default_factory=list)
    language: str = "en"

    def to_json(self) -> dict[str, Any]:
        """The `parley extract` contract: demands name the counterpart `of`, concessions `to`."""

        def position(p: Position, key: str) -> dict[str, Any]:
            d = asdict(p)
            d[key] = d.pop("counterpart")
            return d

        return {
            "people": [asdict(p) for p in self.people],
            "parties": [asdict(p) for p in self.parties],
            "meetings": [asdict(m) for m in self.meetings],
            "demands": [position(d, "of") for d in self.demands],
            "concessions": [position(c, "to") for c in self.concessions],
            "language": self.language,
        }
