"""The GraphQL API over HTTP against the live test Neo4j, on a small invented negotiation.

The facts are written through `graph.writes.write_article` exactly as the loaders write
them; every assertion is about an answer the API gives over HTTP.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date

import pytest
from neo4j import Driver
from starlette.testclient import TestClient

from graph.records import (
    ArticleGraph,
    ArticleRow,
    MeetingRow,
    PartyRow,
    PersonRow,
    PositionRow,
    SentenceRow,
)
from graph.writes import write_article
from parley.settings import Settings
from schema.app import create_app

# -- the invented world ---------------------------------------------------------------------
PARTIES = {
    "usa": PartyRow("usa", "United States", "country", ["U.S.", "America"]),
    "jpn": PartyRow("jpn", "Japan", "country", []),
    "eu": PartyRow("eu", "European Union", "organisation", ["EU"]),
    "irn": PartyRow("irn", "Iran", "country", []),
}
PEOPLE = {
    "akazawa": PersonRow("akazawa", "Ryosei Akazawa", ["Akazawa"], "akazawa",
                         "Economic Revitalization Minister", "Japan", "jpn"),
    "bessent": PersonRow("bessent", "Scott Bessent", ["Bessent"], "bessent",
                         "Treasury Secretary", "United States", "usa"),
    "lutnick": PersonRow("lutnick", "Howard Lutnick", [], "lutnick",
                         "Commerce Secretary", "United States", "usa"),
    "sefcovic": PersonRow("sefcovic", "Maroš Šefčovič", ["Šefčovič"], "sefcovic",
                          "Trade Commissioner", None, "eu"),
    "araghchi": PersonRow("araghchi", "Abbas Araghchi", [], "araghchi",
                          "Foreign Minister", "Iran", "irn"),
    "witkoff": PersonRow("witkoff", "Steve Witkoff", [], "witkoff", "Special Envoy",
                         "United States", "usa"),
}


def meeting(id, day, people, parties, topics, *, status="held", kind="in_person",
            location=None, round=None, duration=None, end=None, sentence=None):
    return MeetingRow(id=id, date=day, end_date=end, kind=kind, status=status,
                      location=location, duration_minutes=duration, round=round,
                      topics=topics, person_ids=people, party_ids=parties, sentence_id=sentence)


def position(id, text, by_party, by_person, to_party, topics, sentence=None):
    return PositionRow(id=id, text=text, by_party_id=by_party, by_person_id=by_person,
                       counterpart_party_id=to_party, topics=topics, sentence_id=sentence)


def article(id, title, published, *, sentences=(), people=(), parties=(), meetings=(),
            demands=(), concessions=(), titles=None):
    people_rows = []
    for key in people:
        row = PEOPLE[key]
        if titles and key in titles:
            row = dataclasses.replace(row, title=titles[key])
        people_rows.append(row)
    return ArticleGraph(
        article=ArticleRow(id=id, title=title, url=f"https://news.example/{id}",
                           publisher="Example Wire", published=published, source=f"{id}.txt",
                           text_sha=f"sha-{id}"),
        sentences=[SentenceRow(*s) for s in sentences],
        parties=[PARTIES[p] for p in parties], people=people_rows,
        meetings=list(meetings), demands=list(demands), concessions=list(concessions))


ARTICLES = [
    article("a1", "Japan's Akazawa opens tariff talks in Washington", date(2025, 4, 17),
            sentences=[("a1-s1", "Akazawa met Bessent in Washington on Wednesday.", 0, 48),
                       ("a1-s2", "Japan asked the U.S. to drop its 25% tariff on cars.", 49, 101)],
            people=["akazawa", "bessent"], parties=["jpn", "usa"],
            meetings=[meeting("m1", date(2025, 4, 16), ["akazawa", "bessent"], ["jpn", "usa"],
                              ["tariffs", "automobiles"], location="Washington", round=1,
                              duration=50, sentence="a1-s1")],
            demands=[position("d1", "drop the 25% tariff on Japanese cars", "jpn", "akazawa",
                              "usa", ["automobiles", "tariffs"], "a1-s2")]),
    article("a2", "Second round: Lutnick joins Japan talks", date(2025, 5, 2),
            sentences=[("a2-s1", "Akazawa, Bessent and Lutnick met for a second round.", 0, 52),
                       ("a2-s2", "The U.S. pressed Japan to open its rice market.", 53, 100)],
            people=["akazawa", "bessent", "lutnick"], parties=["jpn", "usa"],
            meetings=[meeting("m2", date(2025, 5, 1), ["akazawa", "bessent", "lutnick"],
                              ["jpn", "usa"], ["tariffs", "agriculture"], round=2,
                              location="Washington", sentence="a2-s1"),
                      meeting("m4", date(2025, 6, 10), ["akazawa", "bessent"], ["jpn", "usa"],
                              ["tariffs"], status="planned", round=4)],
            demands=[position("d2", "open the rice market", "usa", "bessent", "jpn",
                              ["agriculture"], "a2-s2")]),
    article("a3", "Akazawa and Lutnick speak by phone; June round called off", date(2025, 5, 24),
            sentences=[("a3-s1", "Akazawa spoke with Lutnick by phone on Friday.", 0, 46),
                       ("a3-s2", "Japan offered to buy more American soybeans.", 47, 91)],
            people=["akazawa", "lutnick", "bessent"], parties=["jpn", "usa"],
            titles={"akazawa": "Chief Tariff Negotiator"},
            meetings=[meeting("m3", date(2025, 5, 23), ["akazawa", "lutnick"], ["jpn", "usa"],
                              ["agriculture"], kind="phone", sentence="a3-s1"),
                      meeting("m4", date(2025, 6, 10), ["akazawa", "bessent"], ["jpn", "usa"],
                              ["tariffs"], status="cancelled", round=4)],
            concessions=[position("c1", "buy more American soybeans", "jpn", "akazawa", "usa",
                                  ["agriculture"], "a3-s2")]),
    article("a4", "Witkoff and Araghchi hold talks in Muscat", date(2025, 4, 13),
            sentences=[("a4-s1", "Witkoff and Araghchi met in Muscat on Saturday.", 0, 47),
                       ("a4-s2", "Iran demanded relief from sanctions.", 48, 84)],
            people=["witkoff", "araghchi"], parties=["usa", "irn"],
            meetings=[meeting("m5", date(2025, 4, 12), ["witkoff", "araghchi"], ["usa", "irn"],
                              ["nuclear program", "sanctions"], location="Muscat",
                              sentence="a4-s1")],
            demands=[position("d3", "lift sanctions", "irn", "araghchi", "usa", ["sanctions"],
                              "a4-s2")]),
    article("a5", "EU's Šefčovič meets Lutnick on steel", date(2025, 5, 3),
            sentences=[("a5-s1", "Šefčovič met Lutnick in Washington on Friday.", 0, 45)],
            people=["sefcovic", "lutnick"], parties=["eu", "usa"],
            meetings=[meeting("m6", date(2025, 5, 2), ["sefcovic", "lutnick"], ["eu", "usa"],
                              ["steel"], kind="video", sentence="a5-s1")]),
]

FOUNDATION_QUERY = "{ meetings { participants { name } } }"


def load_world(driver: Driver, database: str) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=database)
    for graph in ARTICLES:
        write_article(driver, database, graph)


@pytest.fixture(scope="module")
def world(driver: Driver, settings: Settings) -> Driver:
    load_world(driver, settings.neo4j_database)
    return driver


@pytest.fixture(scope="module")
def client(world: Driver, settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(dataclasses.replace(settings, api_key=""))) as c:
        yield c


def gql(client: TestClient, query: str, variables: dict | None = None,
        headers: dict | None = None) -> dict:
    response = client.post("/graphql", json={"query": query, "variables": variables or {}},
                           headers=headers or {})
    assert response.status_code in (200, 400), response.text
    return response.json()


def data(client: TestClient, query: str, variables: dict | None = None) -> dict:
    body = gql(client, query, variables)
    assert "errors" not in body, body["errors"]
    return body["data"]


# -- the foundation's query ----------------------------------------------------------------------
def test_foundation_meetings_query(client):
    meetings = data(client, FOUNDATION_QUERY)["meetings"]
    assert len(meetings) == 6
    names = {frozenset(p["name"] for p in m["participants"]) for m in meetings}
    assert frozenset({"Ryosei Akazawa", "Scott Bessent", "Howard Lutnick"}) in names
    assert frozenset({"Maroš Šefčovič", "Howard Lutnick"}) in names


# -- who met whom -----------------------------------------------------------------------------
WHO_MET = """
query($person: ID, $party: ID, $kind: ActorKind, $filter: MeetingFilter) {
  whoMet(person: $person, party: $party, counterparts: $kind, filter: $filter) {
    totalCount
    nodes { name meetingCount firstMet lastMet topics { name }
            person { id } party { id } meetings { id date } }
  }
}"""


def test_who_met_a_person_counts_dates_topics_and_meetings(client):
    result = data(client, WHO_MET, {"person": "akazawa"})["whoMet"]
    assert result["totalCount"] == 2
    bessent, lutnick = result["nodes"]
    assert bessent["person"]["id"] == "bessent" and bessent["party"] is None
    assert bessent["meetingCount"] == 3  # m1, m2 and the cancelled m4
    assert bessent["firstMet"] == "2025-04-16" and bessent["lastMet"] == "2025-06-10"
    assert [m["id"] for m in bessent["meetings"]] == ["m4", "m2", "m1"]  # newest first
    assert bessent["topics"][0]["name"] == "tariffs"  # on all three: most frequent first
    assert {t["name"] for t in bessent["topics"]} == {"tariffs", "automobiles", "agriculture"}
    assert lutnick["name"] == "Howard Lutnick" and lutnick["meetingCount"] == 2
    assert [m["id"] for m in lutnick["meetings"]] == ["m3", "m2"]
    assert [t["name"] for t in lutnick["topics"]] == ["agriculture", "tariffs"]


def test_who_met_filters_by_status_topic_and_dates(client):
    held = data(client, WHO_MET, {"person": "akazawa", "filter": {"status": "held"}})["whoMet"]
    assert {n["name"]: n["meetingCount"] for n in held["nodes"]} == {
        "Scott Bessent": 2, "Howard Lutnick": 2}
    about = data(client, WHO_MET, {"person": "lutnick", "filter": {"topic": "Steel"}})["whoMet"]
    assert [n["name"] for n in about["nodes"]] == ["Maroš Šefčovič"]
    may = data(client, WHO_MET, {"person": "akazawa",
                                 "filter": {"from": "2025-05-01", "to": "2025-05-31"}})["whoMet"]
    assert {n["name"]: n["meetingCount"] for n in may["nodes"]} == {
        "Howard Lutnick": 2, "Scott Bessent": 1}


def test_who_met_a_party_and_people_of_a_party(client):
    parties = data(client, WHO_MET, {"party": "usa"})["whoMet"]["nodes"]
    assert [(n["party"]["id"], n["meetingCount"]) for n in parties] == [
        ("jpn", 4), ("eu", 1), ("irn", 1)]  # ties: by name
    people = data(client, WHO_MET, {"party": "usa", "kind": "PERSON"})["whoMet"]["nodes"]
    assert [(n["person"]["id"], n["meetingCount"]) for n in people][0] == ("akazawa", 4)
    assert "bessent" not in {n["person"]["id"] for n in people}  # the party's own people


def test_who_met_needs_exactly_one_subject(client):
    body = gql(client, WHO_MET, {})
    assert body["errors"][0]["message"] == "whoMet needs exactly one of person, party"


# -- meetings ---------------------------------------------------------------------------------
MEETINGS = """
query($filter: MeetingFilter, $first: Int, $after: String) {
  meetingsConnection(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id date endDate kind status location durationMinutes round
                          participants { id } parties { id } topics { name } } }
  }
}"""


def meeting_ids(client, variables):
    return [e["node"]["id"] for e in data(client, MEETINGS, variables)["meetingsConnection"]["edges"]]


def test_meetings_fields_and_newest_first(client):
    page = data(client, MEETINGS, {})["meetingsConnection"]
    assert page["totalCount"] == 6
    assert [e["node"]["id"] for e in page["edges"]] == ["m4", "m3", "m6", "m2", "m1", "m5"]
    m1 = next(e["node"] for e in page["edges"] if e["node"]["id"] == "m1")
    assert m1 == {"id": "m1", "date": "2025-04-16", "endDate": None, "kind": "in_person",
                  "status": "held", "location": "Washington", "durationMinutes": 50,
                  "round": 1, "participants": [{"id": "akazawa"}, {"id": "bessent"}],
                  "parties": [{"id": "jpn"}, {"id": "usa"}],
                  "topics": [{"name": "automobiles"}, {"name": "tariffs"}]}


def test_meeting_filters(client):
    assert meeting_ids(client, {"filter": {"person": "lutnick"}}) == ["m3", "m6", "m2"]
    assert meeting_ids(client, {"filter": {"people": ["akazawa", "lutnick"]}}) == ["m3", "m2"]
    assert meeting_ids(client, {"filter": {"party": "irn"}}) == ["m5"]
    assert meeting_ids(client, {"filter": {"topic": "tariffs"}}) == ["m4", "m2", "m1"]
    assert meeting_ids(client, {"filter": {"kind": "phone"}}) == ["m3"]
    assert meeting_ids(client, {"filter": {"status": "cancelled"}}) == ["m4"]
    assert meeting_ids(client, {"filter": {"location": "musc"}}) == ["m5"]
    assert meeting_ids(client, {"filter": {"from": "2025-05-01", "to": "2025-05-02"}}) == [
        "m6", "m2"]
    assert meeting_ids(client, {"filter": {"party": "usa", "topic": "agriculture",
                                           "to": "2025-05-10"}}) == ["m2"]
    body = gql(client, MEETINGS, {"filter": {"from": "2025-06-01", "to": "2025-05-01"}})
    assert "is after" in body["errors"][0]["message"]


def test_meetings_cursor_pagination_is_stable(client):
    seen, after, pages = [], None, 0
    while True:
        page = data(client, MEETINGS, {"first": 4, "after": after})["meetingsConnection"]
        pages += 1
        assert page["totalCount"] == 6
        seen += [e["node"]["id"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        assert page["pageInfo"]["endCursor"] == page["edges"][-1]["cursor"]
        after = page["pageInfo"]["endCursor"]
    assert pages == 2 and seen == ["m4", "m3", "m6", "m2", "m1", "m5"]
    # the plain list takes the same cursors
    plain = data(client, "query($a: String) { meetings(first: 2, after: $a) { id } }",
                 {"a": after})["meetings"]
    assert [m["id"] for m in plain] == ["m1", "m5"]


def test_pagination_limits(client):
    assert "first must be between 0 and 100" in gql(
        client, MEETINGS, {"first": 1000})["errors"][0]["message"]
    assert "invalid cursor" in gql(client, MEETINGS, {"after": "bogus"})["errors"][0]["message"]


def test_meeting_status_history_and_provenance(client):
    m4 = data(client, """{ meeting(id: "m4") { status round
        statusHistory { reported status article { id title } } articles { id published } } }""")[
        "meeting"]
    assert m4["status"] == "cancelled" and m4["round"] == 4
    assert [(h["reported"], h["status"], h["article"]["id"]) for h in m4["statusHistory"]] == [
        ("2025-05-02", "planned", "a2"), ("2025-05-24", "cancelled", "a3")]
    assert [a["id"] for a in m4["articles"]] == ["a2", "a3"]
    m1 = data(client, """{ meeting(id: "m1") {
        articles { title url publisher published }
        sentences { text start end article { id } } } }""")["meeting"]
    assert m1["articles"] == [{"title": "Japan's Akazawa opens tariff talks in Washington",
                               "url": "https://news.example/a1", "publisher": "Example Wire",
                               "published": "2025-04-17"}]
    assert m1["sentences"] == [{"text": "Akazawa met Bessent in Washington on Wednesday.",
                                "start": 0, "end": 48, "article": {"id": "a1"}}]
    assert data(client, '{ meeting(id: "nope") { id } }')["meeting"] is None


# -- timeline ---------------------------------------------------------------------------------
TIMELINE = """
query($a: ID!, $b: ID!, $filter: TimelineFilter, $first: Int, $after: String) {
  timeline(partyA: $a, partyB: $b, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { kind date meeting { id } demand { id byParty { id } toParty { id } }
            concession { id text } }
  }
}"""


def events(result):
    return [(n["kind"], n["date"], (n["meeting"] or n["demand"] or n["concession"])["id"])
            for n in result["nodes"]]


def test_timeline_between_two_parties_in_date_order(client):
    result = data(client, TIMELINE, {"a": "jpn", "b": "usa"})["timeline"]
    assert events(result) == [
        ("MEETING", "2025-04-16", "m1"), ("DEMAND", "2025-04-17", "d1"),
        ("MEETING", "2025-05-01", "m2"), ("DEMAND", "2025-05-02", "d2"),
        ("MEETING", "2025-05-23", "m3"), ("CONCESSION", "2025-05-24", "c1"),
        ("MEETING", "2025-06-10", "m4")]
    # either order of the two parties gives the same negotiation
    assert events(data(client, TIMELINE, {"a": "usa", "b": "jpn"})["timeline"]) == events(result)
    d2 = result["nodes"][3]["demand"]
    assert d2["byParty"]["id"] == "usa" and d2["toParty"]["id"] == "jpn"


def test_timeline_filters_and_pages(client):
    only = data(client, TIMELINE, {"a": "jpn", "b": "usa",
                                   "filter": {"kinds": ["DEMAND", "CONCESSION"],
                                              "from": "2025-05-01"}})["timeline"]
    assert events(only) == [("DEMAND", "2025-05-02", "d2"), ("CONCESSION", "2025-05-24", "c1")]
    first = data(client, TIMELINE, {"a": "jpn", "b": "usa", "first": 3})["timeline"]
    assert first["totalCount"] == 7 and first["pageInfo"]["hasNextPage"]
    rest = data(client, TIMELINE, {"a": "jpn", "b": "usa", "first": 10,
                                   "after": first["pageInfo"]["endCursor"]})["timeline"]
    assert [e[2] for e in events(first) + events(rest)] == [
        "m1", "d1", "m2", "d2", "m3", "c1", "m4"]
    assert data(client, TIMELINE, {"a": "jpn", "b": "irn"})["timeline"]["totalCount"] == 0


# -- demands and concessions --------------------------------------------------------------------
POSITIONS = """
query($filter: PositionFilter) {
  demands(filter: $filter) { totalCount nodes { id text firstReported
      byParty { name } byPerson { name } toParty { name } topics { name } } }
  concessions(filter: $filter) { totalCount nodes { id byParty { id } toParty { id } } }
}"""


def test_demands_and_concessions_by_whom_to_whom_about_what(client):
    everything = data(client, POSITIONS, {})
    assert [d["id"] for d in everything["demands"]["nodes"]] == ["d2", "d1", "d3"]
    d1 = everything["demands"]["nodes"][1]
    assert d1 == {"id": "d1", "text": "drop the 25% tariff on Japanese cars",
                  "firstReported": "2025-04-17", "byParty": {"name": "Japan"},
                  "byPerson": {"name": "Ryosei Akazawa"}, "toParty": {"name": "United States"},
                  "topics": [{"name": "automobiles"}, {"name": "tariffs"}]}
    assert everything["concessions"]["nodes"] == [
        {"id": "c1", "byParty": {"id": "jpn"}, "toParty": {"id": "usa"}}]
    to_usa = data(client, POSITIONS, {"filter": {"toParty": "usa"}})
    assert [d["id"] for d in to_usa["demands"]["nodes"]] == ["d1", "d3"]
    by_person = data(client, POSITIONS, {"filter": {"byPerson": "bessent"}})
    assert [d["id"] for d in by_person["demands"]["nodes"]] == ["d2"]
    assert by_person["concessions"]["totalCount"] == 0
    about = data(client, POSITIONS, {"filter": {"topic": "agriculture", "byParty": "jpn"}})
    assert about["demands"]["totalCount"] == 0 and about["concessions"]["totalCount"] == 1
    april = data(client, POSITIONS, {"filter": {"to": "2025-04-30", "text": "SANCTIONS"}})
    assert [d["id"] for d in april["demands"]["nodes"]] == ["d3"]


def test_position_provenance(client):
    d1 = data(client, """{ demand(id: "d1") { articles { id url }
        sentences { text start end article { title } } } }""")["demand"]
    assert d1["articles"] == [{"id": "a1", "url": "https://news.example/a1"}]
    assert d1["sentences"] == [{"text": "Japan asked the U.S. to drop its 25% tariff on cars.",
                                "start": 49, "end": 101, "article": {
                                    "title": "Japan's Akazawa opens tariff talks in Washington"}}]
    c1 = data(client, '{ concession(id: "c1") { sentences { start end } } }')["concession"]
    assert c1["sentences"] == [{"start": 47, "end": 91}]


# -- people and parties ------------------------------------------------------------------------
def test_person_titles_aliases_and_links(client):
    person = data(client, """{ person(id: "akazawa") {
        name aliases title country parties { id }
        titleHistory { title published article { id } }
        meetings(first: 2) { totalCount nodes { id } pageInfo { hasNextPage } }
        demands { nodes { id } } concessions { nodes { id } }
        counterparts(first: 1) { totalCount nodes { name } } } }""")["person"]
    assert person["name"] == "Ryosei Akazawa" and person["aliases"] == ["Akazawa"]
    assert person["title"] == "Chief Tariff Negotiator"  # the latest article's title
    assert person["country"] == "Japan" and person["parties"] == [{"id": "jpn"}]
    assert [(t["title"], t["published"], t["article"]["id"]) for t in person["titleHistory"]] == [
        ("Economic Revitalization Minister", "2025-04-17", "a1"),
        ("Economic Revitalization Minister", "2025-05-02", "a2"),
        ("Chief Tariff Negotiator", "2025-05-24", "a3")]
    assert person["meetings"]["totalCount"] == 4
    assert [m["id"] for m in person["meetings"]["nodes"]] == ["m4", "m3"]
    assert person["meetings"]["pageInfo"]["hasNextPage"] is True
    assert person["demands"]["nodes"] == [{"id": "d1"}]
    assert person["concessions"]["nodes"] == [{"id": "c1"}]
    assert person["counterparts"] == {"totalCount": 2, "nodes": [{"name": "Scott Bessent"}]}


def test_party_members_positions_and_lists(client):
    party = data(client, """{ party(id: "usa") { name kind aliases
        members { id } meetings { totalCount } demands { nodes { id } }
        demandsReceived { nodes { id } } concessionsReceived { nodes { id } } } }""")["party"]
    assert party["name"] == "United States" and party["kind"] == "country"
    assert party["aliases"] == ["U.S.", "America"]
    assert [m["id"] for m in party["members"]] == ["lutnick", "bessent", "witkoff"]
    assert party["meetings"]["totalCount"] == 6
    assert party["demands"]["nodes"] == [{"id": "d2"}]
    assert party["demandsReceived"]["nodes"] == [{"id": "d1"}, {"id": "d3"}]
    assert party["concessionsReceived"]["nodes"] == [{"id": "c1"}]
    people = data(client, '{ people(filter: {party: "usa"}) { totalCount nodes { id } } }')
    assert [p["id"] for p in people["people"]["nodes"]] == ["lutnick", "bessent", "witkoff"]
    countries = data(client, '{ parties(filter: {kind: "country"}) { nodes { id } } }')
    assert [p["id"] for p in countries["parties"]["nodes"]] == ["irn", "jpn", "usa"]


# -- topics -----------------------------------------------------------------------------------
def test_topics_what_by_whom_when(client):
    topics = data(client, """{ topics { totalCount nodes { topic { name }
        meetingCount demandCount concessionCount firstDate lastDate } } }""")["topics"]
    by_name = {n["topic"]["name"]: n for n in topics["nodes"]}
    assert topics["nodes"][0]["topic"]["name"] == "agriculture"  # 2 meetings + d2 + c1
    assert by_name["tariffs"] == {"topic": {"name": "tariffs"}, "meetingCount": 3,
                                  "demandCount": 1, "concessionCount": 0,
                                  "firstDate": "2025-04-16", "lastDate": "2025-06-10"}
    lutnick = data(client, """{ topics(filter: {person: "lutnick"}) {
        nodes { topic { name } meetingCount } } }""")["topics"]["nodes"]
    assert {n["topic"]["name"]: n["meetingCount"] for n in lutnick} == {
        "agriculture": 2, "tariffs": 1, "steel": 1}
    topic = data(client, """{ topic(name: "Sanctions") { name meetingCount demandCount
        firstDiscussed lastDiscussed meetings { nodes { id } } demands { nodes { id } }
        discussedBy { person { id } meetingCount positionCount }
        parties: discussedBy(kind: PARTY) { party { id } meetingCount positionCount } } }""")[
        "topic"]
    assert topic["name"] == "sanctions" and topic["meetingCount"] == 1
    assert topic["demandCount"] == 1 and topic["firstDiscussed"] == "2025-04-12"
    assert topic["meetings"]["nodes"] == [{"id": "m5"}]
    assert topic["demands"]["nodes"] == [{"id": "d3"}]
    assert topic["discussedBy"] == [
        {"person": {"id": "araghchi"}, "meetingCount": 1, "positionCount": 1},
        {"person": {"id": "witkoff"}, "meetingCount": 1, "positionCount": 0}]
    assert topic["parties"][0] == {"party": {"id": "irn"}, "meetingCount": 1, "positionCount": 1}


# -- search -----------------------------------------------------------------------------------
SEARCH = """query($text: String!, $kinds: [SearchKind!]) {
  search(text: $text, kinds: $kinds) { totalCount nodes { kind name person { id } party { id }
                                                          topic { name } } } }"""


def hits(client, text, kinds=None):
    return [(n["kind"], n["name"]) for n in
            data(client, SEARCH, {"text": text, "kinds": kinds})["search"]["nodes"]]


def test_search_ignores_case_and_accents(client):
    assert hits(client, "sefcovic") == [("PERSON", "Maroš Šefčovič")]
    assert hits(client, "ŠEFČOVIČ") == [("PERSON", "Maroš Šefčovič")]
    assert hits(client, "Šefč") == [("PERSON", "Maroš Šefčovič")]  # prefix, accented
    assert hits(client, "maros sef") == [("PERSON", "Maroš Šefčovič")]
    assert hits(client, "AKAZAWA") == [("PERSON", "Ryosei Akazawa")]


def test_search_aliases_kinds_and_topics(client):
    assert hits(client, "America") == [("PARTY", "United States")]
    assert ("TOPIC", "nuclear program") in hits(client, "nuclear")
    assert hits(client, "ste", ["TOPIC"]) == [("TOPIC", "steel")]
    assert all(kind == "PERSON" for kind, _ in hits(client, "s", ["PERSON"]))


@pytest.mark.parametrize("text", ['Akazawa (', 'bessent"', "AND", "~*?", "a:b", "OR Bessent",
                                  "[Lutnick", "\\", "Japan && US || /x/"])
def test_search_escapes_lucene_syntax(client, text):
    body = gql(client, SEARCH, {"text": text})
    assert "errors" not in body or body["errors"][0]["message"] == "search text is empty", body
    if text == "OR Bessent":
        assert [n["name"] for n in body["data"]["search"]["nodes"]] == []  # needs both words


def test_search_rejects_empty_text(client):
    assert gql(client, SEARCH, {"text": "  "})["errors"][0]["message"] == "search text is empty"


# -- HTTP surface ---------------------------------------------------------------------------------
def test_graphiql_in_a_browser(client):
    page = client.get("/graphql", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "graphiql" in page.text.lower()


def test_query_via_get(client):
    response = client.get("/graphql", params={"query": '{ person(id: "bessent") { name } }'})
    assert response.json()["data"]["person"]["name"] == "Scott Bessent"


def test_health(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "neo4j": "up"}


PROFILE = """query($first: Int, $after: String) { person(id: "akazawa") {
    name parties { id name } titleHistory { title published article { id } }
    meetings(first: $first, after: $after) { totalCount nodes { id date participants { name } }
                                             pageInfo { hasNextPage endCursor } } } }"""


@pytest.mark.parametrize("variables", [{}, {"first": 1}, {"first": 2, "after": "cGFybGV5OjA="}])
def test_person_profile_is_one_query_with_the_answers_of_the_separate_lists(client, variables):
    body = gql(client, PROFILE, variables)
    assert "errors" not in body, body["errors"]
    assert body["extensions"]["cypherQueries"] == 1  # the person and its three lists
    # the same lists through the DataLoaders (the person as a party member): same answers
    nested = PROFILE.replace('person(id: "akazawa") {', 'party(id: "jpn") { members {') + " }"
    members = data(client, nested, variables)["party"]["members"]
    assert [m for m in members if m["name"] == "Ryosei Akazawa"] == [body["data"]["person"]]
    # a second, filtered page of meetings is not prefetched: its own query, its own answer
    both = data(client, """{ person(id: "akazawa") { meetings(first: 1) { nodes { id } }
        held: meetings(filter: {status: "held"}) { totalCount } titleHistory { title } } }""")
    assert both["person"]["meetings"]["nodes"] == [{"id": "m4"}]
