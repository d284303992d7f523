"""Filter inputs and enums, and their translation into query parameters."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

import strawberry

from schema.errors import PublicError


@strawberry.enum(description="Which side of a meeting to count: people or parties.")
class ActorKind(Enum):
    PERSON = "person"
    PARTY = "party"


@strawberry.enum
class TimelineKind(Enum):
    MEETING = "MEETING"
    DEMAND = "DEMAND"
    CONCESSION = "CONCESSION"


@strawberry.enum
class SearchKind(Enum):
    PERSON = "Person"
    PARTY = "Party"
    TOPIC = "Topic"


@strawberry.input(description="Meetings matching every field given (all optional).")
class MeetingFilter:
    person: strawberry.ID | None = strawberry.field(
        default=None, description="A person who took part.")
    party: strawberry.ID | None = strawberry.field(
        default=None, description="A party that took part.")
    people: list[strawberry.ID] | None = strawberry.field(
        default=None, description="People who all took part (e.g. a pair).")
    parties: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Parties that all took part.")
    topic: str | None = strawberry.field(default=None, description="A topic discussed.")
    from_: date | None = strawberry.field(
        default=None, name="from", description="Meetings ending on or after this day.")
    to: date | None = strawberry.field(
        default=None, description="Meetings starting on or before this day.")
    status: str | None = strawberry.field(
        default=None, description="held | planned | cancelled")
    kind: str | None = strawberry.field(
        default=None, description="in_person | phone | video | unknown")
    location: str | None = strawberry.field(
        default=None, description="Part of the place name, any case.")


@strawberry.input(description="Demands or concessions matching every field given.")
class PositionFilter:
    by_party: strawberry.ID | None = strawberry.field(default=None, description="Made by this party.")
    by_person: strawberry.ID | None = strawberry.field(
        default=None, description="Voiced by this person.")
    to_party: strawberry.ID | None = strawberry.field(
        default=None, description="Addressed to this party.")
    topic: str | None = None
    from_: date | None = strawberry.field(
        default=None, name="from", description="First reported on or after this day.")
    to: date | None = strawberry.field(
        default=None, description="First reported on or before this day.")
    text: str | None = strawberry.field(default=None, description="Part of the text, any case.")


@strawberry.input
class PersonFilter:
    party: strawberry.ID | None = strawberry.field(default=None, description="Represents this party.")
    country: str | None = None


@strawberry.input
class PartyFilter:
    kind: str | None = strawberry.field(default=None, description="country | government | organisation")


@strawberry.input(description="Topic activity limited to a person, a party and/or dates.")
class TopicFilter:
    person: strawberry.ID | None = None
    party: strawberry.ID | None = None
    from_: date | None = strawberry.field(default=None, name="from")
    to: date | None = None


@strawberry.input
class TimelineFilter:
    from_: date | None = strawberry.field(default=None, name="from")
    to: date | None = None
    topic: str | None = None
    kinds: list[TimelineKind] | None = strawberry.field(
        default=None, description="Which events (default: all three).")
    include_unaddressed: bool = strawberry.field(
        default=False,
        description="Also demands/concessions by either party that name no addressee.")


@strawberry.input
class ArticleInput:
    text: str = strawberry.field(description="Headline on the first line, then the body.")
    title: str | None = None
    url: str | None = None
    published: date | None = None
    publisher: str | None = None


def topic_name(value: str | None) -> str | None:
    """Topics are stored as lower-case labels; accept any case from clients."""
    if value is None:
        return None
    value = " ".join(value.split()).lower()
    return value or None


def _check_range(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and start > end:
        raise PublicError(f"'from' ({start}) is after 'to' ({end})")


def meeting_params(f: MeetingFilter | None) -> dict[str, Any]:
    f = f or MeetingFilter()
    _check_range(f.from_, f.to)
    people = [str(p) for p in (f.people or [])]
    if f.person is not None:
        people.insert(0, str(f.person))
    parties = [str(p) for p in (f.parties or [])]
    if f.party is not None:
        parties.insert(0, str(f.party))
    return {
        "from": f.from_, "to": f.to, "status": f.status, "kind": f.kind,
        "location": f.location or None, "people": list(dict.fromkeys(people)),
        "parties": list(dict.fromkeys(parties)), "topic": topic_name(f.topic),
    }


def position_params(f: PositionFilter | None) -> dict[str, Any]:
    f = f or PositionFilter()
    _check_range(f.from_, f.to)
    return {
        "from": f.from_, "to": f.to,
        "by_party": None if f.by_party is None else str(f.by_party),
        "by_person": None if f.by_person is None else str(f.by_person),
        "to_party": None if f.to_party is None else str(f.to_party),
        "topic": topic_name(f.topic), "text": f.text or None,
    }


def topic_params(f: TopicFilter | None) -> dict[str, Any]:
    f = f or TopicFilter()
    _check_range(f.from_, f.to)
    return {"from": f.from_, "to": f.to,
            "person": None if f.person is None else str(f.person),
            "party": None if f.party is None else str(f.party)}


def timeline_params(f: TimelineFilter | None) -> dict[str, Any]:
    f = f or TimelineFilter()
    _check_range(f.from_, f.to)
    kinds = [k.value for k in (f.kinds or list(TimelineKind))]
    return {"from": f.from_, "to": f.to, "topic": topic_name(f.topic), "kinds": kinds,
            "unaddressed": f.include_unaddressed}


def freeze(params: dict[str, Any]) -> tuple:
    """A hashable form of query parameters (to key one DataLoader per argument set)."""
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items()))
