"""The root Query: entry points into the graph, each one Cypher query at the root level."""

from __future__ import annotations

from typing import Annotated

import strawberry

from graph import reads
from schema.errors import PublicError
from schema.inputs import (
    ActorKind,
    MeetingFilter,
    PartyFilter,
    PersonFilter,
    PositionFilter,
    SearchKind,
    TimelineFilter,
    TopicFilter,
    meeting_params,
    position_params,
    timeline_params,
    topic_name,
    topic_params,
)
from schema.pagination import DEFAULT_FIRST, Connection
from schema.types import (
    EVIDENCE_FIELDS,
    Article,
    Concession,
    Counterpart,
    Demand,
    Info,
    Meeting,
    Party,
    Person,
    SearchHit,
    TimelineEvent,
    Topic,
    TopicActivity,
    counterparts,
    load_one,
    load_page,
    profile_request,
    selects,
)


def _meeting_anchor(params: dict) -> tuple[str, str | None]:
    """The most selective starting point for a meetings query (the filter still applies)."""
    if params["people"]:
        return "person", params["people"][0]
    if params["parties"]:
        return "party", params["parties"][0]
    if params["topic"]:
        return "topic", params["topic"]
    return "all", None


def _position_anchor(params: dict) -> tuple[str, str | None]:
    for name in ("by_person", "to_party", "by_party", "topic"):
        if params[name] is not None:
            return name, params[name]
    return "all", None


async def _meetings(info: Info, filter: MeetingFilter | None, first: int | None,
                    after: str | None, connection: bool) -> Connection[Meeting]:
    params = meeting_params(filter)
    anchor, key = _meeting_anchor(params)
    evidence = selects(info, EVIDENCE_FIELDS, connection)
    return await load_page(info, reads.MEETINGS[(anchor, evidence)], key, params, first, after,
                           Meeting.from_row, DEFAULT_FIRST)


async def _positions(info: Info, label: str, filter: PositionFilter | None, first: int | None,
                     after: str | None, make) -> Connection:
    params = position_params(filter)
    anchor, key = _position_anchor(params)
    evidence = selects(info, EVIDENCE_FIELDS, connection=True)
    return await load_page(info, reads.POSITIONS[(label, anchor, evidence)], key, params,
                           first, after, make, DEFAULT_FIRST)


@strawberry.type
class Query:
    @strawberry.field(description="Meetings, newest first, as a plain list: `first` (default 20, "
                                  "at most 100) after the cursor `after` (see meetingsConnection "
                                  "for totals and cursors).")
    async def meetings(self, info: Info, filter: MeetingFilter | None = None,
                       first: int | None = None, after: str | None = None) -> list[Meeting]:
        page = await _meetings(info, filter, first, after, connection=False)
        return [edge.node for edge in page.edges]

    @strawberry.field(description="Meetings, newest first, with total count and cursors.")
    async def meetings_connection(self, info: Info, filter: MeetingFilter | None = None,
                                  first: int | None = None,
                                  after: str | None = None) -> Connection[Meeting]:
        return await _meetings(info, filter, first, after, connection=True)

    @strawberry.field
    async def meeting(self, info: Info, id: strawberry.ID) -> Meeting | None:
        query = (reads.MEETINGS_BY_ID_EVIDENCE if selects(info, EVIDENCE_FIELDS)
                 else reads.MEETINGS_BY_ID)
        row = await load_one(info, query, str(id))
        return None if row is None else Meeting.from_row(row)

    @strawberry.field(description="Who met whom: everyone a person (or a party) met, most often "
                                  "first, with when, about what, and the meetings behind each pair. "
                                  "Give exactly one of person, party.")
    async def who_met(self, info: Info, person: strawberry.ID | None = None,
                      party: strawberry.ID | None = None,
                      counterparts_kind: Annotated[ActorKind | None, strawberry.argument(
                          name="counterparts",
                          description="List people or parties met (default: same as subject).")
                      ] = None,
                      filter: MeetingFilter | None = None, first: int | None = None,
                      after: str | None = None) -> Connection[Counterpart]:
        if (person is None) == (party is None):
            raise PublicError("whoMet needs exactly one of person, party")
        subject = ActorKind.PERSON if person is not None else ActorKind.PARTY
        return await counterparts(info, subject, str(person or party), counterparts_kind,
                                  filter, first, after, DEFAULT_FIRST)

    @strawberry.field(description="A negotiation between two parties in date order: their "
                                  "meetings, and the demands and concessions between them.")
    async def timeline(self, info: Info, party_a: strawberry.ID, party_b: strawberry.ID,
                       filter: TimelineFilter | None = None, first: int | None = None,
                       after: str | None = None) -> Connection[TimelineEvent]:
        params = {**timeline_params(filter), "other": str(party_b)}
        return await load_page(info, reads.TIMELINE, str(party_a), params, first, after,
                               TimelineEvent.from_row, DEFAULT_FIRST)

    @strawberry.field(description="Demands, newest first.")
    async def demands(self, info: Info, filter: PositionFilter | None = None,
                      first: int | None = None, after: str | None = None) -> Connection[Demand]:
        return await _positions(info, "Demand", filter, first, after, Demand.from_row)

    @strawberry.field(description="Concessions, newest first.")
    async def concessions(self, info: Info, filter: PositionFilter | None = None,
                          first: int | None = None,
                          after: str | None = None) -> Connection[Concession]:
        return await _positions(info, "Concession", filter, first, after, Concession.from_row)

    @strawberry.field
    async def demand(self, info: Info, id: strawberry.ID) -> Demand | None:
        row = await load_one(info, reads.POSITIONS_BY_ID[
            ("Demand", selects(info, EVIDENCE_FIELDS))], str(id))
        return None if row is None else Demand.from_row(row)

    @strawberry.field
    async def concession(self, info: Info, id: strawberry.ID) -> Concession | None:
        row = await load_one(info, reads.POSITIONS_BY_ID[
            ("Concession", selects(info, EVIDENCE_FIELDS))], str(id))
        return None if row is None else Concession.from_row(row)

    @strawberry.field(description="People by name.")
    async def people(self, info: Info, filter: PersonFilter | None = None,
                     first: int | None = None, after: str | None = None) -> Connection[Person]:
        f = filter or PersonFilter()
        params = {"party": None if f.party is None else str(f.party), "country": f.country}
        return await load_page(info, reads.PEOPLE, None, params, first, after, Person.from_row,
                               DEFAULT_FIRST)

    @strawberry.field
    async def person(self, info: Info, id: strawberry.ID) -> Person | None:
        wanted = profile_request(info)
        if wanted is None:
            row = await load_one(info, reads.PEOPLE_BY_ID, str(id))
        else:  # the person and the lists asked for, in one query
            parts, (skip, limit) = wanted
            query = reads.PERSON_PROFILE[parts]
            params = {**meeting_params(None), "skip": skip, "limit": limit}
            ctx = info.context
            loader = ctx.loader((query, skip, limit),
                                lambda keys: ctx.reader.by_key(query, keys, params))
            row = await loader.load(str(id))
            if row is not None and parts[2]:
                row = {**row, "meetings_window": (skip, limit)}
        return None if row is None else Person.from_row(row)

    @strawberry.field(description="Parties by name.")
    async def parties(self, info: Info, filter: PartyFilter | None = None,
                      first: int | None = None, after: str | None = None) -> Connection[Party]:
        params = {"kind": (filter or PartyFilter()).kind}
        return await load_page(info, reads.PARTIES, None, params, first, after, Party.from_row,
                               DEFAULT_FIRST)

    @strawberry.field
    async def party(self, info: Info, id: strawberry.ID) -> Party | None:
        row = await load_one(info, reads.PARTIES_BY_ID, str(id))
        return None if row is None else Party.from_row(row)

    @strawberry.field(description="What was discussed (optionally by whom, when): topics with "
                                  "their meetings, demands and concessions, most active first.")
    async def topics(self, info: Info, filter: TopicFilter | None = None,
                     first: int | None = None,
                     after: str | None = None) -> Connection[TopicActivity]:
        return await load_page(info, reads.TOPICS, None, topic_params(filter), first, after,
                               TopicActivity.from_row, DEFAULT_FIRST)

    @strawberry.field
    async def topic(self, info: Info, name: str) -> Topic | None:
        row = await load_one(info, reads.TOPICS_BY_NAME, topic_name(name))
        return None if row is None else Topic(name=row["name"])

    @strawberry.field
    async def article(self, info: Info, id: strawberry.ID) -> Article | None:
        row = await load_one(info, reads.ARTICLES_BY_ID, str(id))
        return None if row is None else Article.from_row(row)

    @strawberry.field(description="People, parties and topics by name or alias, best match first; "
                                  "case and accents are ignored, words match as prefixes.")
    async def search(self, info: Info, text: str, kinds: list[SearchKind] | None = None,
                     first: int | None = None,
                     after: str | None = None) -> Connection[SearchHit]:
        query = reads.lucene_query(text)
        if query is None:
            raise PublicError("search text is empty")
        params = {"query": query, "max_hits": reads.SEARCH_MAX_HITS,
                  "labels": [k.value for k in kinds] if kinds else None}
        return await load_page(info, reads.SEARCH, None, params, first, after,
                               SearchHit.from_row, DEFAULT_FIRST)
