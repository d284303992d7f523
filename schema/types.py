"""The GraphQL object types and the resolvers of their nested fields.

Rows come from `graph.reads` already carrying a node's direct links (a meeting's
participants, parties and topics; a demand's author and addressee), so those fields are plain
data. Everything further away (a person's meetings, a meeting's articles, a pair's meetings)
goes through the request's DataLoaders: one Cypher query per field per query level,
whatever the number of parents.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any, ClassVar

import strawberry
from strawberry.types.nodes import SelectedField

from graph import reads
from graph.reads import Page
from schema.context import Context
from schema.inputs import (
    ActorKind,
    MeetingFilter,
    PositionFilter,
    SearchKind,
    TimelineKind,
    freeze,
    meeting_params,
    position_params,
)
from schema.pagination import NESTED_FIRST, Connection, connection, window

Info = strawberry.Info[Context, None]
EMPTY = Page(0, [])


# -- loading helpers --------------------------------------------------------------------------
async def load_one(info: Info, query: str, key: Any) -> Any:
    """A row by key through the request's loader for `query` (batched with its siblings)."""
    ctx = info.context
    return await ctx.loader(query, lambda keys: ctx.reader.by_key(query, keys)).load(key)


async def load_many(info: Info, query: str, keys: list[Any]) -> list[Any]:
    ctx = info.context
    return await ctx.loader(query, lambda keys_: ctx.reader.by_key(query, keys_)).load_many(keys)


async def load_list(info: Info, query: str, key: Any) -> list[Any]:
    """A list per key (e.g. a person's parties), rows in the `rows` column."""
    ctx = info.context
    loader = ctx.loader(query, lambda keys: ctx.reader.by_key(query, keys, field="rows"),
                        default=[])
    return await loader.load(key)


async def load_page(info: Info, query: str, key: Any, params: dict[str, Any],
                    first: int | None, after: str | None, make: Any,
                    default_first: int = NESTED_FIRST) -> Any:
    """One page of a list per parent; all parents asking with the same arguments share a query."""
    skip, limit = window(first, after, default_first)
    ctx = info.context
    name = (query, freeze(params), skip, limit)
    loader = ctx.loader(name, lambda keys: ctx.reader.pages(query, keys, params, skip, limit),
                        default=EMPTY)
    page = await loader.load(key)
    return connection(page.total, page.rows, skip, make)


async def load_evidence(info: Info, label: str, key: str) -> dict[str, list]:
    ctx = info.context
    loader = ctx.loader(("evidence", label), lambda keys: ctx.reader.evidence(label, keys),
                        default={"articles": [], "sentences": []})
    return await loader.load(key)


async def _later(pending: Awaitable[Any], make: Callable[[Any], Any]) -> Any:
    """`make(await pending)`. Resolvers whose value is often already at hand (prefetched by
    the root query) are plain functions returning the value, or this coroutine when it must
    be loaded: graphql-core awaits what is awaitable, and a value costs no task."""
    return make(await pending)


def _fields(selections: list) -> list[SelectedField]:
    """Selected fields, with fragments (named or inline) flattened."""
    out: list[SelectedField] = []
    for selection in selections:
        if isinstance(selection, SelectedField):
            out.append(selection)
        else:
            out += _fields(selection.selections)
    return out


def selects(info: Info, names: set[str], connection: bool = False) -> bool:
    """Whether the client asks, on the objects this field returns, for any of `names`
    (through `nodes` or `edges { node }` when the field is a connection)."""
    level = _fields(info.selected_fields[0].selections) if info.selected_fields else []
    if connection:
        nodes: list[SelectedField] = []
        for f in level:
            if f.name == "nodes":
                nodes += _fields(f.selections)
            elif f.name == "edges":
                for g in _fields(f.selections):
                    if g.name == "node":
                        nodes += _fields(g.selections)
        level = nodes
    return any(f.name in names for f in level)


EVIDENCE_FIELDS = {"articles", "sentences"}


def _evidence_of(row: dict) -> dict | None:
    if "articles" in row:
        return {"articles": row["articles"], "sentences": row["sentences"]}
    return None


def _by_name(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: ((r.get("name") or "").lower(), r.get("id") or ""))


# -- articles and sentences (provenance) -------------------------------------------------------
@strawberry.type(description="A news article the graph was built from.")
class Article:
    id: strawberry.ID
    title: str | None
    url: str | None
    publisher: str | None
    published: date | None

    @staticmethod
    def from_row(row: dict) -> Article:
        return Article(id=row["id"], title=row.get("title"), url=row.get("url"),
                       publisher=row.get("publisher"), published=row.get("published"))


@strawberry.type(description="The sentence a fact was read from, with its character offsets.")
class Sentence:
    id: strawberry.ID
    text: str
    start: int | None
    end: int | None
    article: Article

    @staticmethod
    def from_row(row: dict) -> Sentence:
        return Sentence(id=row["id"], text=row.get("text") or "", start=row.get("start"),
                        end=row.get("end"), article=Article.from_row(row["article"]))


# -- people and parties ------------------------------------------------------------------------
@strawberry.type(description="A title a person carried in one article.")
class TitleRecord:
    title: str | None
    published: date | None
    article: Article


@strawberry.type(description="Someone a person (or party) met, with the meetings behind the pair.")
class Counterpart:
    person: Person | None
    party: Party | None
    meeting_count: int = strawberry.field(description="Meetings the two attended together.")
    first_met: date | None
    last_met: date | None
    topics: list[Topic] = strawberry.field(description="Topics of those meetings, most frequent first.")
    meeting_ids: strawberry.Private[list[str]]
    # plain data (set from the person or party) rather than a resolver: cheaper to serve
    name: str = strawberry.field(description="The counterpart's name.")

    @strawberry.field(description="The meetings behind the pair, newest first.")
    async def meetings(self, info: Info, first: int = 50) -> list[Meeting]:
        _, limit = window(first, None)
        rows = await load_many(info, reads.MEETINGS_BY_ID, self.meeting_ids[:limit])
        return [Meeting.from_row(r) for r in rows if r is not None]

    @staticmethod
    def maker(kind: ActorKind):
        def make(row: dict) -> Counterpart:
            other = row["counterpart"]
            person = Person.from_row(other) if kind is ActorKind.PERSON else None
            party = Party.from_row(other) if kind is ActorKind.PARTY else None
            return Counterpart(
                person=person, party=party, name=(person or party).name,  # type: ignore[union-attr]
                meeting_count=row["count"], first_met=row["first_met"],
                last_met=row["last_met"], topics=[Topic(name=t) for t in row["topics"]],
                meeting_ids=row["meeting_ids"])
        return make


async def counterparts(info: Info, subject: ActorKind, key: str, kind: ActorKind | None,
                       filter: MeetingFilter | None, first: int | None, after: str | None,
                       default_first: int = NESTED_FIRST) -> Connection[Counterpart]:
    kind = kind or subject
    query = reads.COUNTERPARTS[(subject.value, kind.value)]
    return await load_page(info, query, key, meeting_params(filter), first, after,
                           Counterpart.maker(kind), default_first)


def _profile_of(row: dict) -> dict | None:
    """The lists a profile row (`reads.PERSON_PROFILE`) carries, if any."""
    if "parties" not in row and "title_history" not in row and "meetings_page" not in row:
        return None
    found = {"parties": row.get("parties"), "title_history": row.get("title_history")}
    if "meetings_page" in row:
        found["meetings"] = (row["meetings_window"], row["meetings_total"], row["meetings_page"])
    return found


def profile_request(info: Info) -> tuple[tuple[bool, str | None, bool], tuple[int, int]] | None:
    """What of a person's lists the client asks for, to fetch with the person (the key of
    `reads.PERSON_PROFILE`: parties, title history with or without its articles, unfiltered
    meetings) and the meetings' (skip, limit); None when it asks for none of them."""
    level = _fields(info.selected_fields[0].selections) if info.selected_fields else []
    parties = any(f.name == "parties" for f in level)
    history = [f for f in level if f.name == "titleHistory"]
    titles = None
    if history:
        articles = any(g.name == "article" for f in history for g in _fields(f.selections))
        titles = "title_history" if articles else "titles"
    meetings = [f for f in level if f.name == "meetings"]
    page = (0, 0)
    wants_meetings = False
    if len(meetings) == 1 and meetings[0].arguments.get("filter") is None:
        args = meetings[0].arguments
        try:
            # selected-field arguments are not coerced: an Int literal arrives as its text
            first = None if args.get("first") is None else int(args["first"])
            page = window(first, args.get("after"), NESTED_FIRST)
            wants_meetings = True
        except Exception:  # noqa: BLE001 - the field's own resolver reports it
            pass
    if not (parties or titles or wants_meetings):
        return None  # the person alone
    return (parties, titles, wants_meetings), page


@strawberry.type(description="A person in the news: negotiator, minister, head of state...")
class Person:
    id: strawberry.ID
    name: str
    aliases: list[str]
    title: str | None = strawberry.field(description="The title in the most recent article.")
    country: str | None
    # lists fetched with the person by the root query (`Query.person`): parties, title_history,
    # meetings ((skip, limit) of the page, total, rows: unfiltered meetings only)
    prefetched: strawberry.Private[dict | None] = None

    @staticmethod
    def from_row(row: dict) -> Person:
        return Person(id=row["id"], name=row.get("name") or row["id"],
                      aliases=row.get("aliases") or [], title=row.get("title"),
                      country=row.get("country"), prefetched=_profile_of(row))

    @strawberry.field(description="The parties (usually a country) this person represents.")
    def parties(self, info: Info) -> list[Party]:
        rows = (self.prefetched or {}).get("parties")
        if rows is None:
            return _later(load_list(info, reads.PARTIES_OF_PEOPLE, self.id),  # type: ignore
                          lambda rows: [Party.from_row(r) for r in rows])
        return [Party.from_row(r) for r in rows]

    @strawberry.field(description="Titles as each article gave them, oldest first.")
    def title_history(self, info: Info) -> list[TitleRecord]:
        def make(rows: list[dict]) -> list[TitleRecord]:
            # a prefetched history carries the articles only when the client asks for them
            return [TitleRecord(title=r["title"], published=r["published"],
                                article=Article.from_row(r["article"]) if "article" in r
                                else None) for r in rows]

        rows = (self.prefetched or {}).get("title_history")
        if rows is None:
            return _later(load_list(info, reads.TITLE_HISTORY, self.id), make)  # type: ignore
        return make(rows)

    @strawberry.field(description="Meetings this person took part in, newest first.")
    def meetings(self, info: Info, filter: MeetingFilter | None = None,
                 first: int | None = None, after: str | None = None) -> Connection[Meeting]:
        params = meeting_params(filter)
        found = (self.prefetched or {}).get("meetings")
        if found is not None and filter is None:
            skip, limit = window(first, after, NESTED_FIRST)
            if found[0] == (skip, limit):
                return connection(found[1], found[2], skip, Meeting.from_row)
        return load_page(info, reads.MEETINGS[("person", False)], self.id,  # type: ignore
                         params, first, after, Meeting.from_row)

    @strawberry.field(description="Demands this person voiced, newest first.")
    async def demands(self, info: Info, filter: PositionFilter | None = None,
                      first: int | None = None, after: str | None = None) -> Connection[Demand]:
        return await load_page(info, reads.POSITIONS[("Demand", "by_person", False)], self.id,
                               position_params(filter), first, after, Demand.from_row)

    @strawberry.field(description="Concessions this person voiced, newest first.")
    async def concessions(self, info: Info, filter: PositionFilter | None = None,
                          first: int | None = None,
                          after: str | None = None) -> Connection[Concession]:
        return await load_page(info, reads.POSITIONS[("Concession", "by_person", False)], self.id,
                               position_params(filter), first, after, Concession.from_row)

    @strawberry.field(description="Who this person met (people by default), most often first.")
    async def counterparts(self, info: Info, kind: ActorKind | None = None,
                           filter: MeetingFilter | None = None, first: int | None = None,
                           after: str | None = None) -> Connection[Counterpart]:
        return await counterparts(info, ActorKind.PERSON, self.id, kind, filter, first, after)


@strawberry.type(description="A side in a negotiation: a country, a government, an organisation.")
class Party:
    id: strawberry.ID
    name: str
    kind: str | None = strawberry.field(description="country | government | organisation")
    aliases: list[str]

    @staticmethod
    def from_row(row: dict) -> Party:
        return Party(id=row["id"], name=row.get("name") or row["id"], kind=row.get("kind"),
                     aliases=row.get("aliases") or [])

    @strawberry.field(description="People who represent this party.")
    async def members(self, info: Info) -> list[Person]:
        return [Person.from_row(r) for r in await load_list(info, reads.MEMBERS_OF_PARTIES, self.id)]

    @strawberry.field(description="Meetings this party took part in, newest first.")
    async def meetings(self, info: Info, filter: MeetingFilter | None = None,
                       first: int | None = None, after: str | None = None) -> Connection[Meeting]:
        return await load_page(info, reads.MEETINGS[("party", False)],
                               self.id, meeting_params(filter),
                               first, after, Meeting.from_row)

    @strawberry.field(description="Demands this party made, newest first.")
    async def demands(self, info: Info, filter: PositionFilter | None = None,
                      first: int | None = None, after: str | None = None) -> Connection[Demand]:
        return await load_page(info, reads.POSITIONS[("Demand", "by_party", False)], self.id,
                               position_params(filter), first, after, Demand.from_row)

    @strawberry.field(description="Concessions this party made, newest first.")
    async def concessions(self, info: Info, filter: PositionFilter | None = None,
                          first: int | None = None,
                          after: str | None = None) -> Connection[Concession]:
        return await load_page(info, reads.POSITIONS[("Concession", "by_party", False)], self.id,
                               position_params(filter), first, after, Concession.from_row)

    @strawberry.field(description="Demands addressed to this party, newest first.")
    async def demands_received(self, info: Info, filter: PositionFilter | None = None,
                               first: int | None = None,
                               after: str | None = None) -> Connection[Demand]:
        return await load_page(info, reads.POSITIONS[("Demand", "to_party", False)], self.id,
                               position_params(filter), first, after, Demand.from_row)

    @strawberry.field(description="Concessions made to this party, newest first.")
    async def concessions_received(self, info: Info, filter: PositionFilter | None = None,
                                   first: int | None = None,
                                   after: str | None = None) -> Connection[Concession]:
        return await load_page(info, reads.POSITIONS[("Concession", "to_party", False)], self.id,
                               position_params(filter), first, after, Concession.from_row)

    @strawberry.field(description="Who this party met (parties by default), most often first.")
    async def counterparts(self, info: Info, kind: ActorKind | None = None,
                           filter: MeetingFilter | None = None, first: int | None = None,
                           after: str | None = None) -> Connection[Counterpart]:
        return await counterparts(info, ActorKind.PARTY, self.id, kind, filter, first, after)


# -- topics -----------------------------------------------------------------------------------
@strawberry.type(description="A person or party that discussed a topic.")
class TopicActor:
    person: Person | None
    party: Party | None
    meeting_count: int = strawberry.field(description="Meetings about the topic they attended.")
    position_count: int = strawberry.field(
        description="Demands and concessions about the topic they voiced or made.")
    first_date: date | None
    last_date: date | None


@strawberry.type(description="A subject of negotiation (tariffs, ceasefire, enrichment...).")
class Topic:
    name: str

    async def _totals(self, info: Info) -> dict:
        return await load_one(info, reads.TOPIC_TOTALS, self.name) or {}

    @strawberry.field
    async def meeting_count(self, info: Info) -> int:
        return (await self._totals(info)).get("meetings", 0)

    @strawberry.field
    async def demand_count(self, info: Info) -> int:
        return (await self._totals(info)).get("demands", 0)

    @strawberry.field
    async def concession_count(self, info: Info) -> int:
        return (await self._totals(info)).get("concessions", 0)

    @strawberry.field(description="Date of the first meeting about it.")
    async def first_discussed(self, info: Info) -> date | None:
        return (await self._totals(info)).get("first_date")

    @strawberry.field(description="Date of the latest meeting about it.")
    async def last_discussed(self, info: Info) -> date | None:
        return (await self._totals(info)).get("last_date")

    @strawberry.field(description="Meetings about this topic, newest first.")
    async def meetings(self, info: Info, filter: MeetingFilter | None = None,
                       first: int | None = None, after: str | None = None) -> Connection[Meeting]:
        return await load_page(info, reads.MEETINGS[("topic", False)],
                               self.name, meeting_params(filter),
                               first, after, Meeting.from_row)

    @strawberry.field(description="Demands about this topic, newest first.")
    async def demands(self, info: Info, filter: PositionFilter | None = None,
                      first: int | None = None, after: str | None = None) -> Connection[Demand]:
        return await load_page(info, reads.POSITIONS[("Demand", "topic", False)], self.name,
                               position_params(filter), first, after, Demand.from_row)

    @strawberry.field(description="Concessions about this topic, newest first.")
    async def concessions(self, info: Info, filter: PositionFilter | None = None,
                          first: int | None = None,
                          after: str | None = None) -> Connection[Concession]:
        return await load_page(info, reads.POSITIONS[("Concession", "topic", False)], self.name,
                               position_params(filter), first, after, Concession.from_row)

    @strawberry.field(description="Who discussed it: at meetings about it or in demands and "
                                  "concessions about it; most active first.")
    async def discussed_by(self, info: Info, kind: ActorKind = ActorKind.PERSON,
                           first: int = NESTED_FIRST) -> list[TopicActor]:
        _, limit = window(first, None)
        query = reads.DISCUSSED_BY[kind.value]
        ctx = info.context
        loader = ctx.loader((query, limit), lambda keys: ctx.reader.by_key(
            query, keys, {"limit": limit}, field="rows"), default=[])
        rows = await loader.load(self.name)
        return [TopicActor(
            person=Person.from_row(r["actor"]) if kind is ActorKind.PERSON else None,
            party=Party.from_row(r["actor"]) if kind is ActorKind.PARTY else None,
            meeting_count=r["meetings"], position_count=r["positions"],
            first_date=r["first_date"], last_date=r["last_date"]) for r in rows]


@strawberry.type(description="A topic's activity under a filter: how often, when.")
class TopicActivity:
    topic: Topic
    meeting_count: int
    demand_count: int
    concession_count: int
    first_date: date | None
    last_date: date | None

    @staticmethod
    def from_row(row: dict) -> TopicActivity:
        return TopicActivity(topic=Topic(name=row["name"]), meeting_count=row["meetings"],
                             demand_count=row["demands"], concession_count=row["concessions"],
                             first_date=row["first_date"], last_date=row["last_date"])


# -- meetings ---------------------------------------------------------------------------------
@strawberry.type(description="One report of a meeting's status, in publication order.")
class StatusReport:
    reported: date | None = strawberry.field(description="Publication date of the report.")
    status: str
    article_id: strawberry.ID | None

    @strawberry.field
    async def article(self, info: Info) -> Article | None:
        if self.article_id is None:
            return None
        row = await load_one(info, reads.ARTICLES_BY_ID, self.article_id)
        return None if row is None else Article.from_row(row)

    @staticmethod
    def parse(entry: str) -> StatusReport:
        # graph.writes stores "<published or 'undated'> <status> <article id>"
        day, _, rest = entry.partition(" ")
        status, _, article_id = rest.partition(" ")
        try:
            reported = date.fromisoformat(day)
        except ValueError:
            reported = None
        return StatusReport(reported=reported, status=status, article_id=article_id or None)


@strawberry.type(description="A meeting, call or round of talks.")
class Meeting:
    id: strawberry.ID
    date: date | None
    end_date: date | None
    kind: str = strawberry.field(description="in_person | phone | video | unknown")
    status: str = strawberry.field(description="held | planned | cancelled (latest report)")
    status_history: list[StatusReport]
    location: str | None = strawberry.field(description="Where it took place.")
    duration_minutes: int | None
    round: int | None = strawberry.field(description="Round number in a series of talks.")
    first_reported: date | None
    last_reported: date | None
    participants: list[Person]
    parties: list[Party]
    topics: list[Topic]
    evidence: strawberry.Private[dict | None] = None  # prefetched articles and sentences

    @staticmethod
    def from_row(row: dict) -> Meeting:
        return Meeting(
            id=row["id"], date=row.get("date"), end_date=row.get("end_date"),
            kind=row.get("kind") or "unknown", status=row.get("status") or "held",
            status_history=[StatusReport.parse(e) for e in row.get("status_history") or []],
            location=row.get("location"), duration_minutes=row.get("duration_minutes"),
            round=row.get("round"), first_reported=row.get("first_reported"),
            last_reported=row.get("last_reported"),
            participants=[Person.from_row(p) for p in _by_name(row.get("participants") or [])],
            parties=[Party.from_row(p) for p in _by_name(row.get("parties") or [])],
            topics=[Topic(name=t) for t in sorted(row.get("topics") or [])],
            evidence=_evidence_of(row))

    @strawberry.field(description="Articles that reported it, oldest first.")
    def articles(self, info: Info) -> list[Article]:
        if self.evidence is not None:  # prefetched: a value now, no coroutine to schedule
            return [Article.from_row(a) for a in self.evidence["articles"]]
        return _later(load_evidence(info, "Meeting", self.id),  # type: ignore[return-value]
                      lambda found: [Article.from_row(a) for a in found["articles"]])

    @strawberry.field(description="Sentences it was read from.")
    def sentences(self, info: Info) -> list[Sentence]:
        if self.evidence is not None:
            return [Sentence.from_row(s) for s in self.evidence["sentences"]]
        return _later(load_evidence(info, "Meeting", self.id),  # type: ignore[return-value]
                      lambda found: [Sentence.from_row(s) for s in found["sentences"]])


# -- demands and concessions ---------------------------------------------------------------------
@strawberry.interface(description="A demand or a concession.")
class Position:
    LABEL: ClassVar[str] = ""
    id: strawberry.ID
    text: str
    first_reported: date | None
    last_reported: date | None
    by_party: Party | None = strawberry.field(description="The party that made it.")
    by_person: Person | None = strawberry.field(description="The person who voiced it.")
    to_party: Party | None = strawberry.field(description="The party it was addressed to.")
    topics: list[Topic]
    evidence: strawberry.Private[dict | None] = None  # prefetched articles and sentences

    @classmethod
    def from_row(cls, row: dict) -> Any:
        return cls(
            id=row["id"], text=row.get("text") or "", first_reported=row.get("first_reported"),
            last_reported=row.get("last_reported"),
            by_party=Party.from_row(row["by_party"]) if row.get("by_party") else None,
            by_person=Person.from_row(row["by_person"]) if row.get("by_person") else None,
            to_party=Party.from_row(row["to_party"]) if row.get("to_party") else None,
            topics=[Topic(name=t) for t in sorted(row.get("topics") or [])],
            evidence=_evidence_of(row))

    @strawberry.field(description="Articles that reported it, oldest first.")
    def articles(self, info: Info) -> list[Article]:
        if self.evidence is not None:  # prefetched: a value now, no coroutine to schedule
            return [Article.from_row(a) for a in self.evidence["articles"]]
        return _later(load_evidence(info, self.LABEL, self.id),  # type: ignore[return-value]
                      lambda found: [Article.from_row(a) for a in found["articles"]])

    @strawberry.field(description="Sentences it was read from.")
    def sentences(self, info: Info) -> list[Sentence]:
        if self.evidence is not None:
            return [Sentence.from_row(s) for s in self.evidence["sentences"]]
        return _later(load_evidence(info, self.LABEL, self.id),  # type: ignore[return-value]
                      lambda found: [Sentence.from_row(s) for s in found["sentences"]])


@strawberry.type(description="What a party asked of another.")
class Demand(Position):
    LABEL: ClassVar[str] = "Demand"


@strawberry.type(description="What a party gave up or offered to another.")
class Concession(Position):
    LABEL: ClassVar[str] = "Concession"


def position_from_row(row: dict) -> Demand | Concession:
    return (Demand if row.get("kind") == "DEMAND" else Concession).from_row(row)


# -- timeline and search ------------------------------------------------------------------------
@strawberry.type(description="One event in a negotiation: exactly one of meeting, demand, concession.")
class TimelineEvent:
    kind: TimelineKind
    date: date | None
    meeting: Meeting | None
    demand: Demand | None
    concession: Concession | None

    @staticmethod
    def from_row(row: dict) -> TimelineEvent:
        kind = TimelineKind(row["kind"])
        position = row.get("position")
        return TimelineEvent(
            kind=kind, date=row.get("date"),
            meeting=Meeting.from_row(row["meeting"]) if kind is TimelineKind.MEETING else None,
            demand=Demand.from_row(position) if kind is TimelineKind.DEMAND else None,
            concession=Concession.from_row(position) if kind is TimelineKind.CONCESSION else None)


@strawberry.type(description="A name search result: exactly one of person, party, topic.")
class SearchHit:
    kind: SearchKind
    score: float
    name: str
    person: Person | None
    party: Party | None
    topic: Topic | None

    @staticmethod
    def from_row(row: dict) -> SearchHit:
        node, kind = row["node"], row["kind"]
        return SearchHit(
            kind=SearchKind[kind], score=row["score"], name=node.get("name") or "",
            person=Person.from_row(node) if kind == "PERSON" else None,
            party=Party.from_row(node) if kind == "PARTY" else None,
            topic=Topic(name=node["name"]) if kind == "TOPIC" else None)


@strawberry.type(description="What one ingested article added to the graph.")
class IngestPayload:
    article_id: strawberry.ID | None
    status: str = strawberry.field(description="written | unchanged | error")
    error: str | None
    people: int
    parties: int
    meetings: int
    demands: int
    concessions: int
    meeting_ids: list[strawberry.ID]
    demand_ids: list[strawberry.ID]
    concession_ids: list[strawberry.ID]
