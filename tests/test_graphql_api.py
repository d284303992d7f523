"""The API's guard rails: query limits, error masking, the API key, a constant number of
Cypher queries per nested request, behaviour with Neo4j down, and the exported schema file."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
import strawberry
from graphql import get_introspection_query
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
from schema.api import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS
from schema.app import create_app
from schema.errors import PublicError, PublicErrors
from schema.export import SCHEMA_FILE, sdl

ARTICLE_TEXT = """Envoys of Freedonia and Sylvania meet in Geneva
Freedonian Trade Minister Rufus Firefly met Sylvanian Ambassador Trentino in Geneva on \
Tuesday for talks on tariffs.
Freedonia demanded that Sylvania lift its tariffs on steel.
"""


def wipe(driver: Driver, settings: Settings) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)


@pytest.fixture(scope="module")
def client(driver: Driver, settings: Settings) -> Iterator[TestClient]:
    wipe(driver, settings)
    app = create_app(dataclasses.replace(settings, api_key="s3cret-key"))
    with TestClient(app) as c:
        yield c


def post(client: TestClient, query: str, variables: dict | None = None, **headers) -> dict:
    response = client.post("/graphql", json={"query": query, "variables": variables or {}},
                           headers=headers)
    return response.json()


def messages(body: dict) -> list[str]:
    return [e["message"] for e in body.get("errors") or []]


# -- limits -----------------------------------------------------------------------------------
LEAF = {"person": "id", "meetings": "totalCount", "nodes": "id", "participants": "id"}


def nested(depth: int) -> str:
    """A valid query `depth` fields deep: person > meetings > nodes > participants > ...

    Depth as strawberry counts it is the number of nested selection sets: fields - 1."""
    levels = ['person(id: "x")']
    while len(levels) < depth - 1:
        levels += ["meetings", "nodes", "participants"]
    levels = levels[:depth - 1]
    leaf = LEAF[levels[-1].split("(")[0]]
    return "{ " + " { ".join(levels) + " { " + leaf + " }" * len(levels) + " }"


def test_depth_limit_rejects_deep_queries(client):
    ok = post(client, nested(MAX_DEPTH + 1))
    assert "errors" not in ok, ok
    deep = post(client, nested(MAX_DEPTH + 2))
    assert messages(deep) == [f"'anonymous' exceeds maximum operation depth of {MAX_DEPTH}"]
    assert deep.get("data") is None


def test_graphiql_introspection_passes_the_limits(client):
    query = get_introspection_query(descriptions=True, specified_by_url=True,
                                    directive_is_repeatable=True, schema_description=True,
                                    input_value_deprecation=True)
    body = post(client, query)
    assert "errors" not in body, messages(body)
    names = {t["name"] for t in body["data"]["__schema"]["types"]}
    assert {"Meeting", "Person", "Party", "Topic", "Demand", "Concession"} <= names


def test_alias_and_token_limits(client):
    many = "{ " + " ".join(f"a{i}: meetings {{ id }}" for i in range(MAX_ALIASES + 1)) + " }"
    assert messages(post(client, many)) == [
        f"{MAX_ALIASES + 1} aliases found. Allowed: {MAX_ALIASES}"]
    huge = "{ meetings { " + " ".join(["id"] * MAX_TOKENS) + " } }"
    body = post(client, huge)
    assert body["data"] is None
    assert f"more than {MAX_TOKENS} tokens" in messages(body)[0]


# -- errors -----------------------------------------------------------------------------------
def test_unexpected_errors_are_masked_public_ones_kept():
    @strawberry.type
    class Q:
        @strawberry.field
        def boom(self) -> int:
            raise RuntimeError("password=hunter2 at /srv/parley/secret.py")

        @strawberry.field
        def told(self) -> int:
            raise PublicError("first must be between 0 and 100")

    mini = strawberry.Schema(query=Q, extensions=[PublicErrors])
    result = mini.execute_sync("{ boom }")
    assert [e.message for e in result.errors] == ["Unexpected error."]
    assert "hunter2" not in str(result.errors[0].formatted)
    assert [e.message for e in mini.execute_sync("{ told }").errors] == [
        "first must be between 0 and 100"]


@strawberry.type
class PlainLeaf:
    name: str
    note: str | None = None


@strawberry.type
class PlainNode:
    id: strawberry.ID
    day: date | None
    leaves: list[PlainLeaf]
    maybe: PlainLeaf | None = None

    @strawberry.field
    def computed(self) -> str:
        return self.id.upper()


@strawberry.type
class PlainQuery:
    @strawberry.field
    def nodes(self) -> list[PlainNode]:
        return [PlainNode(id="a", day=date(2025, 1, 2),
                          leaves=[PlainLeaf(name="x"), PlainLeaf(name="y")]),
                PlainNode(id="b", day=None, leaves=[], maybe=PlainLeaf(name="z", note="n"))]

    @strawberry.field
    def broken(self) -> list[PlainLeaf]:
        return [PlainLeaf(name="ok"), PlainLeaf(name=None)]  # type: ignore[arg-type]


def test_plain_data_execution_gives_graphql_cores_values_and_errors():
    from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

    from schema.execution import FastExecutionContext

    fast = strawberry.Schema(query=PlainQuery, execution_context_class=FastExecutionContext)
    slow = strawberry.Schema(query=PlainQuery,
                             execution_context_class=StrawberryGraphQLCoreExecutionContext)
    query = """query($skip: Boolean!) { nodes { __typename id day computed
        all: leaves { name ...F } leaves @skip(if: $skip) { note } maybe { name note } } }
        fragment F on PlainLeaf { note __typename }"""
    for variables in ({"skip": True}, {"skip": False}):
        a, b = fast.execute_sync(query, variables), slow.execute_sync(query, variables)
        assert a.errors is None and a.data == b.data
        assert list(a.data["nodes"][0]) == list(b.data["nodes"][0])  # same key order
    a, b = fast.execute_sync("{ broken { name } }"), slow.execute_sync("{ broken { name } }")
    assert a.data == b.data is None
    assert [e.formatted for e in a.errors] == [e.formatted for e in b.errors]


def test_syntax_and_validation_errors_say_what_is_wrong(client):
    assert "Cannot query field 'nope' on type 'Meeting'" in messages(
        post(client, "{ meetings { nope } }"))[0]
    assert "Syntax Error" in messages(post(client, "{ meetings { "))[0]


def test_neo4j_down_gives_a_clear_error_and_503(settings):
    down = dataclasses.replace(settings, neo4j_uri="bolt://127.0.0.1:9")
    with TestClient(create_app(down)) as c:
        body = c.post("/graphql", json={"query": "{ meetings { id } }"}).json()
        assert messages(body) == ["graph database unavailable"]
        assert "127.0.0.1" not in str(body)
        health = c.get("/health")
        assert health.status_code == 503
        assert health.json() == {"status": "unavailable", "neo4j": "graph database unavailable"}


# -- ingest and its API key ---------------------------------------------------------------------
INGEST = """mutation($text: String!) {
  ingest(article: {text: $text, title: "Envoys meet", url: "https://news.example/geneva",
                   published: "2025-03-04", publisher: "Example Wire"}) {
    articleId status error people meetings demands meetingIds demandIds } }"""


def test_ingest_refused_when_no_key_is_configured(settings):
    with TestClient(create_app(dataclasses.replace(settings, api_key=""))) as c:
        body = c.post("/graphql", json={"query": INGEST, "variables": {"text": ARTICLE_TEXT}},
                      headers={"Authorization": "Bearer anything"}).json()
    assert messages(body) == [
        "ingest is disabled: the server has no API key configured (set PARLEY_API_KEY)"]


def test_ingest_needs_the_right_key(client):
    assert messages(post(client, INGEST, {"text": ARTICLE_TEXT})) == [
        "ingest needs an API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'"]
    assert messages(post(client, INGEST, {"text": ARTICLE_TEXT},
                         Authorization="Bearer wrong")) == ["invalid API key"]
    assert messages(post(client, INGEST, {"text": ARTICLE_TEXT},
                         **{"X-API-Key": "s3cret-keyX"})) == ["invalid API key"]


def test_ingest_with_key_adds_the_article(client):
    body = post(client, INGEST, {"text": ARTICLE_TEXT}, Authorization="Bearer s3cret-key")
    assert "errors" not in body, body
    added = body["data"]["ingest"]
    assert added["status"] == "written" and added["articleId"]
    assert added["meetings"] == len(added["meetingIds"]) >= 1
    meeting_id = added["meetingIds"][0]
    found = post(client, """query($id: ID!) { meeting(id: $id) {
        articles { title url publisher published } } }""", {"id": meeting_id})
    assert found["data"]["meeting"]["articles"] == [
        {"title": "Envoys meet", "url": "https://news.example/geneva",
         "publisher": "Example Wire", "published": "2025-03-04"}]
    again = post(client, INGEST, {"text": ARTICLE_TEXT}, **{"X-API-Key": "s3cret-key"})
    assert again["data"]["ingest"]["status"] == "unchanged"


def test_mutations_are_not_allowed_over_get(client):
    response = client.get("/graphql", params={"query": "mutation { ingest(article: {text: \"x\"}) "
                                                       "{ status } }"},
                          headers={"X-API-Key": "s3cret-key"})
    assert response.status_code in (400, 405)
    assert "mutations are not allowed" in response.text.lower()


# -- a constant number of Cypher queries per request -----------------------------------------------
NESTED = """{
  meetingsConnection(first: 100) { totalCount edges { node {
    id statusHistory { article { title } }
    participants { name parties { name } titleHistory { title }
                   meetings(first: 3) { nodes { id topics { name } } }
                   counterparts(first: 2) { nodes { name meetings { id } } } }
    parties { name members { name } }
    topics { name meetingCount discussedBy { person { name } } }
    articles { title } sentences { text article { title } }
  } } }
}"""


def write_meetings(driver: Driver, settings: Settings, start: int, count: int) -> None:
    """`count` articles, each one meeting between two of six people, with a demand."""
    parties = [PartyRow("red", "Red", "country"), PartyRow("blue", "Blue", "country")]
    for i in range(start, start + count):
        day = date(2024, 1, 1) + timedelta(days=i)
        a, b = f"red-{i % 3}", f"blue-{i % 3}"
        people = [PersonRow(a, f"Red Envoy {i % 3}", [], f"red{i % 3}", "Envoy", "Red", "red"),
                  PersonRow(b, f"Blue Envoy {i % 3}", [], f"blue{i % 3}", "Envoy", "Blue", "blue")]
        write_article(driver, settings.neo4j_database, ArticleGraph(
            article=ArticleRow(f"art-{i}", f"Talks {i}", None, "Wire", day, f"{i}.txt", f"s{i}"),
            sentences=[SentenceRow(f"s-{i}", f"Envoys met on day {i}.", 0, 20)],
            parties=parties, people=people,
            meetings=[MeetingRow(f"meet-{i}", day, None, "in_person", "held", None, None, None,
                                 [f"topic {i % 4}"], [a, b], ["red", "blue"], f"s-{i}")],
            demands=[PositionRow(f"dem-{i}", f"demand {i}", "red", a, "blue", [f"topic {i % 4}"],
                                 f"s-{i}")]))


def test_nested_query_issues_a_constant_number_of_cypher_queries(client, driver, settings):
    wipe(driver, settings)
    write_meetings(driver, settings, 0, 8)
    small = post(client, NESTED)
    assert "errors" not in small, messages(small)
    assert small["data"]["meetingsConnection"]["totalCount"] == 8
    write_meetings(driver, settings, 8, 52)
    large = post(client, NESTED)
    assert "errors" not in large, messages(large)
    edges = large["data"]["meetingsConnection"]["edges"]
    assert len(edges) == 60
    assert all(len(e["node"]["participants"]) == 2 and e["node"]["articles"] for e in edges)
    # one query for the root (with the meetings' articles and sentences), one per nested
    # list field below it, however many parents it has
    assert small["extensions"]["cypherQueries"] == large["extensions"]["cypherQueries"] == 10


def test_provenance_is_prefetched_or_batched(client, driver, settings):
    wipe(driver, settings)
    write_meetings(driver, settings, 0, 12)
    root = post(client, '{ meeting(id: "meet-3") { id articles { id } sentences { text } } }')
    assert root["extensions"]["cypherQueries"] == 1
    assert root["data"]["meeting"]["articles"] == [{"id": "art-3"}]
    nested = post(client, """{ party(id: "red") { meetings(first: 12) { nodes {
        id articles { id } sentences { text } } } } }""")
    assert nested["extensions"]["cypherQueries"] == 3  # party, its meetings, their evidence
    nodes = nested["data"]["party"]["meetings"]["nodes"]
    assert len(nodes) == 12
    assert all(n["articles"] == [{"id": n["id"].replace("meet", "art")}] for n in nodes)
    assert next(n for n in nodes if n["id"] == "meet-3")["sentences"] == root["data"][
        "meeting"]["sentences"]


# -- the schema file ----------------------------------------------------------------------------
def test_schema_file_matches_the_live_schema():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == sdl(), (
        "schema.graphql is out of date: run `python -m schema.export`")
