"""Neo4j Browser assets: every saved query runs on the live test Neo4j and gives the right
answers, the main ones seek an index, the guide matches queries.cypher, the style reaches
neo4j.conf, and the asset route answers Browser's CORS preflight."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

import httpx
import pytest
from neo4j import Driver

from graph.browser import (BROWSER_ASSETS, CORS_HEADERS, asgi_app, conf_lines, load_queries,
                           parse_grass, post_connect_cmd, render_guide, style_json)
from graph.browser.demo import MEETING_IDS, demo_articles
from graph.records import (ArticleGraph, ArticleRow, MeetingRow, PartyRow, PersonRow,
                           PositionRow)
from graph.writes import write_article
from parley.settings import Settings

LABELS = ("Person", "Party", "Meeting", "Demand", "Concession", "Topic", "Article", "Sentence")
QUERIES = {q.name: q for q in load_queries()}

# Values for every parameter any saved query takes (the demo's invented facts).
PARAMS = {
    "q": "quell",
    "name": "Mara Quell",
    "party_a": "Arland",
    "party_b": "Borovia",
    "topic": "steel",
    "meeting_id": MEETING_IDS["m1"],
}


def filler_article(n_people: int = 300, n_meetings: int = 120) -> ArticleGraph:
    """Unrelated bulk so that label scans would be visibly worse than index seeks."""
    parties = [PartyRow(f"fill-party-{i}", f"Filler Party {i}", "country") for i in range(40)]
    people = [PersonRow(f"fill-person-{i}", f"Filler Person {i}", [], f"filler{i}", None, None,
                        parties[i % 40].id) for i in range(n_people)]
    meetings = [MeetingRow(f"fill-meeting-{i}", date(2024, 1, 1) + timedelta(days=i), None,
                           "talks", "held", None, None, None, [f"filler topic {i % 25}"],
                           [people[i % n_people].id, people[(i * 7 + 1) % n_people].id],
                           [parties[i % 40].id, parties[(i + 1) % 40].id], None)
                for i in range(n_meetings)]
    demands = [PositionRow(f"fill-demand-{i}", f"filler demand {i}", parties[i % 40].id, None,
                           parties[(i + 3) % 40].id, [f"filler topic {i % 25}"], None)
               for i in range(80)]
    article = ArticleRow("fill-article", "Filler", None, None, date(2024, 1, 1), "fill.txt",
                         "sha-fill")
    return ArticleGraph(article, parties=parties, people=people, meetings=meetings,
                        demands=demands)


@pytest.fixture
def demo_graph(clean_graph: Driver, settings: Settings) -> Driver:
    write_article(clean_graph, settings.neo4j_database, filler_article())
    for article in demo_articles():
        write_article(clean_graph, settings.neo4j_database, article)
    # Right after a wipe and a load, index samples are stale and the planner may pick an
    # index *scan* for an equality; resample as a long-lived database would be.
    clean_graph.execute_query("CALL db.prepareForReplanning(60)",
                              database_=settings.neo4j_database)
    return clean_graph


def run(driver: Driver, settings: Settings, name: str) -> list[dict]:
    query = QUERIES[name]
    records, _, _ = driver.execute_query(query.cypher, {p: PARAMS[p] for p in query.params},
                                         database_=settings.neo4j_database, routing_="r")
    return [dict(r) for r in records]


def plan_operators(driver: Driver, settings: Settings, name: str) -> list[str]:
    query = QUERIES[name]
    _, summary, _ = driver.execute_query("EXPLAIN " + query.cypher,
                                         {p: PARAMS[p] for p in query.params},
                                         database_=settings.neo4j_database)
    ops: list[str] = []

    def walk(plan: dict) -> None:
        ops.append(plan["operatorType"].split("@")[0])
        for child in plan.get("children", []):
            walk(child)

    walk(summary.plan)
    return ops


# -- the file ------------------------------------------------------------------------------
def test_queries_file_has_the_analysts_questions() -> None:
    assert set(QUERIES) == {"search-by-name", "who-met-whom", "person-meetings",
                            "party-timeline", "topic-positions", "meeting-evidence"}
    for query in QUERIES.values():
        assert query.title and query.description, query.name
        used = set(re.findall(r"\$(\w+)", query.cypher))
        assert used == set(query.params), f"{query.name}: header params {query.params} vs {used}"
        assert set(query.params) <= set(PARAMS), f"no test value for {query.name}'s params"
        # every parameter has a :param example line, and the query carries no data literal
        assert {re.match(r":param (\w+)", e).group(1) for e in query.examples} == used
        strings = re.findall(r"'([^']*)'", query.cypher)
        assert set(strings) <= {"parley_names", "Meeting", " in ", ""}, (query.name, strings)


def test_guide_is_generated_from_queries_file() -> None:
    assert BROWSER_ASSETS["guide.html"].read_text(encoding="utf-8") == render_guide(), \
        "graph/browser/guide.html is stale: run `python -m graph.browser`"
    guide = render_guide()
    assert guide.count("<slide") == len(QUERIES) + 2  # intro + one per query + style
    for query in QUERIES.values():
        import html
        assert html.escape(query.cypher) in guide
    assert "<script" not in guide


# -- the style -----------------------------------------------------------------------------
def test_grass_colours_each_label_and_captions_it() -> None:
    rules = parse_grass(BROWSER_ASSETS["parley.grass"].read_text(encoding="utf-8"))
    colours = [rules[f"node.{label}"]["color"] for label in LABELS]
    assert len(set(colours)) == len(LABELS), colours
    captions = {label: rules[f"node.{label}"]["caption"] for label in LABELS}
    assert captions == {"Person": "{name}", "Party": "{name}", "Meeting": "{kind} {date}",
                        "Demand": "{text}", "Concession": "{text}", "Topic": "{name}",
                        "Article": "{title}", "Sentence": "{text}"}
    assert rules["relationship"]["caption"] == "<type>"
    for rel in ("PARTICIPATED_IN", "REPRESENTS", "MADE_BY", "VOICED_BY", "ADDRESSED_TO", "ABOUT",
                "SUPPORTED_BY", "REPORTED_IN", "PART_OF", "MENTIONED_IN"):
        assert rules[f"relationship.{rel}"]["caption"] == "<type>"


def browser_split(value: str) -> list[str]:
    """Browser 5.24's split of browser.post_connect_cmd (';' outside quotes/backticks)."""
    marker = "@@semicolon@@"
    for pattern in (r"(`[^`]*?`)", r'("[^"]*?")', r"('[^']*?')"):
        value = re.sub(pattern, lambda m: m.group(1).replace(";", marker), value)
    return [c.strip().replace(marker, ";") for c in value.split(";") if c.strip()]


def test_post_connect_cmd_applies_style_and_opens_guide() -> None:
    commands = browser_split(post_connect_cmd(8123))
    assert commands == [f"style {style_json()}",
                        "play http://localhost:8123/browser/guide.html"]
    assert browser_split(post_connect_cmd(None)) == [f"style {style_json()}"]
    import json
    assert json.loads(style_json()) == parse_grass(
        BROWSER_ASSETS["parley.grass"].read_text(encoding="utf-8"))


def test_local_server_writes_browser_settings(settings: Settings, tmp_path) -> None:
    from graph.local_server import LocalNeo4j

    local = LocalNeo4j(dataclasses.replace(settings, neo4j_home=tmp_path, graphql_port=8123))
    conf = (local._write_conf() / "neo4j.conf").read_text()
    for line in conf_lines(8123):
        assert line + "\n" in conf
    assert "browser.remote_content_hostname_whitelist=localhost," in conf


# -- serving the assets -------------------------------------------------------------------
@pytest.mark.parametrize("mounted", [False, True])
def test_asset_route_serves_files_with_cors(mounted: bool) -> None:
    import asyncio

    if mounted:
        from starlette.applications import Starlette
        from starlette.routing import Mount
        app = Starlette(routes=[Mount("/browser", app=asgi_app)])
    else:
        app = asgi_app

    async def go() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            origin = {"Origin": "http://localhost:7474"}
            for name in BROWSER_ASSETS:
                response = await client.get(f"/browser/{name}", headers=origin)
                assert response.status_code == 200, name
                assert response.content == BROWSER_ASSETS[name].read_bytes()
                assert response.headers["access-control-allow-origin"] == "*"
            # What Browser 5.24's `:play <url>` fetch sends before the GET.
            preflight = await client.options("/browser/guide.html", headers={
                **origin, "Access-Control-Request-Method": "GET",
                "Access-Control-Request-Headers": "baggage,cache-control,pragma,sentry-trace"})
            assert preflight.status_code == 204
            allowed = preflight.headers["access-control-allow-headers"].lower()
            assert {"pragma", "cache-control", "sentry-trace", "baggage"} <= set(
                h.strip() for h in allowed.split(","))
            assert "GET" in preflight.headers["access-control-allow-methods"]
            assert (await client.get("/browser/../pyproject.toml")).status_code == 404
            assert (await client.get("/browser/nothing.txt")).status_code == 404
            assert (await client.post("/browser/guide.html")).status_code == 405

    asyncio.run(go())
    assert CORS_HEADERS["Access-Control-Allow-Origin"] == "*"


# -- the queries on the live server ---------------------------------------------------------
def test_every_saved_query_runs(demo_graph: Driver, settings: Settings) -> None:
    for name in QUERIES:
        assert run(demo_graph, settings, name), f"{name} returned nothing"


def test_search_by_name_finds_people_by_alias(demo_graph: Driver, settings: Settings) -> None:
    rows = run(demo_graph, settings, "search-by-name")
    assert rows[0]["name"] == "Mara Quell" and rows[0]["kind"] == "Person"
    assert rows[0]["id"] == "demo-person-quell"


def test_who_met_whom(demo_graph: Driver, settings: Settings) -> None:
    rows = run(demo_graph, settings, "who-met-whom")
    got = [(r["counterpart"], r["times"], r["parties"]) for r in rows]
    assert got == [("Tomas Vey", 3, ["Borovia"]), ("Ines Halloran", 2, ["Corvia"]),
                   ("Piet Osk", 1, ["Borovia"])]
    vey = rows[0]
    assert vey["first_met"].to_native() == date(2025, 3, 1)
    assert vey["last_met"].to_native() == date(2025, 5, 20)
    assert vey["person"]["name"] == "Mara Quell"  # nodes for the graph view
    assert sorted(m["id"] for m in vey["meetings"]) == sorted(
        MEETING_IDS[k] for k in ("m1", "m2", "m3"))


def test_person_meetings_over_time(demo_graph: Driver, settings: Settings) -> None:
    rows = run(demo_graph, settings, "person-meetings")
    assert [r["meeting_id"] for r in rows] == [MEETING_IDS[k] for k in ("m1", "m2", "m3", "m4")]
    assert sorted(rows[0]["with_people"]) == ["Ines Halloran", "Tomas Vey"]
    assert sorted(rows[0]["parties"]) == ["Arland", "Borovia", "Corvia"]
    assert sorted(rows[0]["topics"]) == ["steel", "tariffs"]
    assert rows[3]["status"] == "planned" and rows[3]["kind"] == "summit"


def test_party_timeline(demo_graph: Driver, settings: Settings) -> None:
    rows = run(demo_graph, settings, "party-timeline")
    assert [r["id"] for r in rows] == [MEETING_IDS["m1"], "demo-demand-d1", MEETING_IDS["m2"],
                                       "demo-concession-c1", "demo-demand-d2", MEETING_IDS["m3"]]
    dates = [r["date"].to_native() for r in rows]
    assert dates == sorted(dates)
    d1 = rows[1]
    assert (d1["event"], d1["by"], d1["to"]) == ("Demand", "Borovia", "Arland")
    assert rows[3]["event"] == "Concession" and rows[3]["by"] == "Arland"
    assert rows[0]["what"] == "talks in Lumen"


def test_topic_positions(demo_graph: Driver, settings: Settings) -> None:
    rows = run(demo_graph, settings, "topic-positions")
    assert [(r["kind"], r["by"], r["to"], r["voiced_by"]) for r in rows] == [
        ("Demand", ["Borovia"], ["Arland"], ["Tomas Vey"]),
        ("Concession", ["Arland"], ["Borovia"], ["Mara Quell"])]


def test_meeting_evidence(demo_graph: Driver, settings: Settings) -> None:
    rows = run(demo_graph, settings, "meeting-evidence")
    assert [r["title"] for r in rows] == ["Arland and Borovia open levy talks in Corvia",
                                          "Quell and Vey meet again; Corvia plans a summit"]
    assert rows[0]["sentences"] == ["Mara Quell and Tomas Vey met in Lumen on Saturday, with "
                                    "Ines Halloran hosting the first session."]
    assert rows[1]["sentences"] == ["The talks began in Lumen in March, hosted by Halloran."]


@pytest.mark.parametrize("name", [q.name for q in QUERIES.values() if q.checks])
def test_main_queries_seek_an_index(demo_graph: Driver, settings: Settings, name: str) -> None:
    ops = plan_operators(demo_graph, settings, name)
    for expected in QUERIES[name].checks:
        assert expected in ops, (name, ops)
    assert not {"AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan"} & set(ops), (name, ops)


def test_search_uses_the_fulltext_index(demo_graph: Driver, settings: Settings) -> None:
    ops = plan_operators(demo_graph, settings, "search-by-name")
    assert "ProcedureCall" in ops and "AllNodesScan" not in ops
