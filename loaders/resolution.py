"""Entity resolution: one article's extraction -> graph rows with stable keys.

Within an article the extractor has already merged "Akazawa" into "Ryosei Akazawa". Across
articles we compare with the people already stored (fetched by surname, one query per
article): a mention joins a stored Person when the surname matches and neither the given
name nor the country conflicts. Two people who share a surname but differ in given name or
country stay two nodes. Meetings are keyed by who met, when, and call-or-not, so two reports of the same
encounter become one Meeting; undated meetings cannot be matched safely and stay per article.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from graph.records import (
    ArticleGraph,
    ArticleRow,
    MeetingRow,
    PartyRow,
    PersonRow,
    PositionRow,
    SentenceRow,
)
from loaders.extraction.model import Evidence, Extraction, Position
from loaders.identity import (
    content_key,
    digest,
    fold,
    given_names,
    given_names_conflict,
    party_id,
    slug,
    sorted_unique,
    surname_key,
)


class ArticleLike(Protocol):
    id: str
    title: str
    text: str
    url: str | None
    publisher: str | None
    published: date | None
    source: str


REMOTE_KINDS = {"phone", "video"}


@dataclass
class StoredPerson:
    id: str
    name: str
    country: str | None
    surname_key: str


def text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _countries_conflict(a: str | None, b: str | None) -> bool:
    return bool(a and b and a != b)


def match_person(name: str, country: str | None, stored: list[StoredPerson]) -> StoredPerson | None:
    """The stored person this mention is, or None for a new person.

    Preference: same full name; then a compatible person with a given name (when the mention
    has one, it must agree); then a compatible surname-only node. A bare surname that fits
    several stored people is ambiguous and matches none of them.
    """
    key = surname_key(name)
    compatible = [p for p in stored if p.surname_key == key
                  and not given_names_conflict(name, p.name)
                  and not _countries_conflict(country, p.country)]
    if not compatible:
        return None
    exact = [p for p in compatible if fold(p.name) == fold(name)]
    if exact:
        return exact[0]
    if given_names(name):
        with_given = [p for p in compatible if given_names(p.name)]
        return with_given[0] if with_given else compatible[0]
    return compatible[0] if len(compatible) == 1 else None


def new_person_id(name: str, country: str | None) -> str:
    base = "person:" + slug(name)
    return base if given_names(name) or not country else f"{base}:{slug(country)}"


def resolve(article: ArticleLike, extraction: Extraction, stored: list[StoredPerson]) -> ArticleGraph:
    """Turn one article's extraction into rows the graph writer MERGEs."""
    row = ArticleRow(id=article.id, title=article.title, url=article.url,
                     publisher=article.publisher, published=article.published,
                     source=article.source, text_sha=text_sha(article.text))
    graph = ArticleGraph(article=row)

    parties: dict[str, PartyRow] = {}

    def party(name: str | None, kind: str = "country") -> str | None:
        if not name:
            return None
        pid = party_id(name)
        if pid not in parties:
            parties[pid] = PartyRow(id=pid, name=name, kind=kind)
        return pid

    for p in extraction.parties:
        pid = party(p.name, p.kind)
        parties[pid].aliases = sorted_unique([*parties[pid].aliases, *p.aliases])

    person_ids: dict[str, str] = {}
    pool = list(stored)
    for person in extraction.people:
        match = match_person(person.name, person.country, pool)
        pid = match.id if match else new_person_id(person.name, person.country)
        person_ids[person.name] = pid
        for alias in person.aliases:
            person_ids.setdefault(alias, pid)
        if not match:
            pool.append(StoredPerson(pid, person.name, person.country, surname_key(person.name)))
        graph.people.append(PersonRow(
            id=pid, name=person.name, aliases=sorted_unique(person.aliases),
            surname_key=surname_key(person.name), title=person.title, country=person.country,
            party_id=party(person.country)))

    sentences: dict[str, SentenceRow] = {}

    def sentence(evidence: Evidence | None) -> str | None:
        if evidence is None:
            return None
        sid = f"{article.id}:{evidence.start}-{evidence.end}"
        sentences.setdefault(sid, SentenceRow(sid, evidence.text, evidence.start, evidence.end))
        return sid

    seen_meetings: set[str] = set()
    for m in extraction.meetings:
        people = sorted_unique(person_ids[n] for n in m.participants if n in person_ids)
        sides = sorted_unique(filter(None, (party(n) for n in m.parties)))
        when = date.fromisoformat(m.date) if m.date else None
        if when is not None and (people or sides):
            # Same people, same day: one encounter, whether reported as talks or in person;
            # a call between them that day is a different, incompatible encounter.
            channel = "remote" if m.kind in REMOTE_KINDS else ""
            mid = "meeting:" + digest(*(people or sides), when.isoformat(), channel)
        else:  # an undated report can't be matched to others safely
            mid = "meeting:" + digest(article.id, m.evidence.start if m.evidence else None,
                                      *people, *sides)
        if mid in seen_meetings:
            continue
        seen_meetings.add(mid)
        graph.meetings.append(MeetingRow(
            id=mid, date=when, end_date=date.fromisoformat(m.end_date) if m.end_date else None,
            kind=m.kind, status=m.status, location=m.location,
            duration_minutes=m.duration_minutes, round=m.round,
            topics=sorted_unique(m.topics), person_ids=people, party_ids=sides,
            sentence_id=sentence(m.evidence)))

    def positions(items: list[Position], label: str) -> list[PositionRow]:
        rows: dict[str, PositionRow] = {}
        for pos in items:
            by = party(pos.by)
            other = party(pos.counterpart)
            pid = f"{label}:" + digest(by, other, content_key(pos.text))
            rows.setdefault(pid, PositionRow(
                id=pid, text=pos.text, by_party_id=by,
                by_person_id=person_ids.get(pos.by_person) if pos.by_person else None,
                counterpart_party_id=other, topics=sorted_unique(pos.topics),
                sentence_id=sentence(pos.evidence)))
        return list(rows.values())

    graph.demands = positions(extraction.demands, "demand")
    graph.concessions = positions(extraction.concessions, "concession")
    graph.parties = list(parties.values())
    graph.sentences = list(sentences.values())
    return graph
