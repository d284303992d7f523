"""Loading many articles into one graph: idempotent, traceable, robust against bad input.

The articles below are written for these tests (invented wording about a trade negotiation).
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from neo4j import Driver

from graph.connection import GraphUnavailable, open_driver
from graph.local_server import LocalNeo4j, free_port, throwaway_settings
from graph.model import init_db
from loaders.ingest import ingest_articles, ingest_paths
from loaders.readers import read_paths
from parley.settings import Settings

pytestmark = [pytest.mark.learned_pairs, pytest.mark.learned_concessions]  # the whole product, as users run it

TALKS = """Tariff envoys meet again in Washington
Japan's chief tariff negotiator Ryosei Akazawa met U.S. Commerce Secretary Howard Lutnick in Washington on Friday for about 70 minutes.
Akazawa demanded that the United States abolish the tariffs on Japanese automobiles.
Japan offered to increase imports of American farm products.
"""

TALKS_AGAIN = """Second look at the Akazawa-Lutnick meeting
Akazawa held talks with Lutnick on Friday in Washington, officials in Tokyo said.
The Japanese minister said the meeting focused on tariffs and automobiles.
"""

PLANNED = """Ministers to meet next week
Japan's chief tariff negotiator Ryosei Akazawa will meet U.S. Commerce Secretary Howard Lutnick in Washington on June 13, officials said.
"""

HELD = """Ministers meet as planned
Japan's chief tariff negotiator Ryosei Akazawa met U.S. Commerce Secretary Howard Lutnick in Washington on June 13.
"""


def counts(driver: Driver, database: str) -> dict[str, int]:
    records, _, _ = driver.execute_query(
        "CALL { MATCH (n) RETURN count(n) AS nodes } "
        "CALL { MATCH ()-[r]->() RETURN count(r) AS rels } "
        "CALL { MATCH (p:Person) RETURN count(p) AS people } "
        "CALL { MATCH (m:Meeting) RETURN count(m) AS meetings } "
        "CALL { MATCH (a:Article) RETURN count(a) AS articles } "
        "RETURN nodes, rels, people, meetings, articles", database_=database)
    return dict(records[0])


def write_files(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in files.items():
        path = folder / name
        path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return folder


def test_ingest_builds_the_graph_and_reingest_changes_nothing(clean_graph: Driver, settings: Settings,
                                                               tmp_path: Path) -> None:
    folder = write_files(tmp_path / "news", {"2025-06-14-talks.txt": TALKS,
                                             "2025-06-15-again.txt": TALKS_AGAIN})
    first = ingest_paths(clean_graph, settings, [folder], progress=False)
    assert first.articles == 2 and not first.errors
    before = counts(clean_graph, settings.neo4j_database)
    assert before["articles"] == 2 and before["people"] == 2
    again = ingest_paths(clean_graph, settings, [folder], progress=False)
    assert again.articles == 0 and again.unchanged == 2
    assert counts(clean_graph, settings.neo4j_database) == before


def test_one_meeting_reported_twice_is_one_node_with_both_sources(clean_graph: Driver, settings: Settings,
                                                                  tmp_path: Path) -> None:
    folder = write_files(tmp_path / "news", {"2025-06-14-talks.txt": TALKS,
                                             "2025-06-15-again.txt": TALKS_AGAIN})
    ingest_paths(clean_graph, settings, [folder], progress=False)
    records, _, _ = clean_graph.execute_query(
        "MATCH (m:Meeting)<-[:PARTICIPATED_IN]-(p:Person) WITH m, collect(p.name) AS names "
        "MATCH (m)-[:REPORTED_IN]->(a:Article) WITH m, names, count(a) AS articles "
        "MATCH (m)-[:SUPPORTED_BY]->(s:Sentence)-[:PART_OF]->(:Article) "
        "RETURN m.date AS date, m.duration_minutes AS minutes, names, articles, "
        "collect(s.text) AS sentences", database_=settings.neo4j_database)
    assert len(records) == 1
    meeting = records[0]
    assert sorted(meeting["names"]) == ["Howard Lutnick", "Ryosei Akazawa"]
    assert str(meeting["date"]) == "2025-06-13" and meeting["minutes"] == 70
    assert meeting["articles"] == 2 and len(meeting["sentences"]) == 2


def test_planned_meeting_reported_held_later_becomes_held_with_history(
        clean_graph: Driver, settings: Settings, tmp_path: Path) -> None:
    ingest_paths(clean_graph, settings, [write_files(tmp_path / "a", {"2025-06-08-plan.txt": PLANNED})],
                 progress=False)
    ingest_paths(clean_graph, settings, [write_files(tmp_path / "b", {"2025-06-14-held.txt": HELD})],
                 progress=False)
    records, _, _ = clean_graph.execute_query(
        "MATCH (m:Meeting) RETURN m.status AS status, m.status_history AS history",
        database_=settings.neo4j_database)
    assert len(records) == 1
    assert records[0]["status"] == "held"
    history = records[0]["history"]
    assert [h.split()[:2] for h in history] == [["2025-06-08", "planned"], ["2025-06-14", "held"]]


def test_titles_change_over_time_and_both_are_kept(clean_graph: Driver, settings: Settings,
                                                   tmp_path: Path) -> None:
    older = "Minister visits Paris\nJapan's Foreign Minister Kenji Morita met French President Emmanuel Macron in Paris on Monday.\n"
    newer = "New premier calls Paris\nJapanese Prime Minister Kenji Morita held a phone call with French President Emmanuel Macron on Tuesday.\n"
    ingest_paths(clean_graph, settings, [write_files(tmp_path / "n", {
        "2025-03-05-old.txt": older, "2025-09-10-new.txt": newer})], progress=False)
    records, _, _ = clean_graph.execute_query(
        "MATCH (p:Person {name: 'Kenji Morita'})-[m:MENTIONED_IN]->(a:Article) "
        "RETURN p.title AS current, m.title AS title, m.published AS published ORDER BY published",
        database_=settings.neo4j_database)
    titles = [(str(r["published"]), (r["title"] or "").lower()) for r in records]
    assert titles == [("2025-03-05", "foreign minister"), ("2025-09-10", "prime minister")]
    assert records[0]["current"].lower() == "prime minister"


def test_bad_inputs_are_reported_with_path_and_reason_and_the_rest_loads(
        clean_graph: Driver, settings: Settings, tmp_path: Path) -> None:
    folder = write_files(tmp_path / "mixed", {
        "2025-06-14-good.txt": TALKS,
        "empty.txt": "",
        "binary.txt": b"\x00\x01\x02garbage\x00" * 20,
        "broken.json": '{"title": "x", "text": ',
        "russian.txt": "Переговоры в Стамбуле\nДелегации России и Украины встретились в Стамбуле в пятницу и обсудили обмен пленными.\n",
    })
    small = dataclasses.replace(settings, max_file_mb=0.0005)  # ~500 bytes
    write_files(folder, {"huge.txt": "Big file\n" + "The talks went on. " * 200})
    summary = ingest_paths(clean_graph, small, [folder], progress=False)
    reasons = {Path(e.source.split("#")[0]).name: e.reason for e in summary.errors}
    assert set(reasons) == {"empty.txt", "binary.txt", "broken.json", "russian.txt", "huge.txt"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "JSON" in reasons["broken.json"]
    assert "English" in reasons["russian.txt"]
    assert "limit" in reasons["huge.txt"]
    assert summary.articles == 1
    assert counts(clean_graph, settings.neo4j_database)["articles"] == 1
    records, _, _ = clean_graph.execute_query("MATCH (n) WHERE any(v IN [n.name, n.text] WHERE v =~ '.*[а-я].*') "
                                              "RETURN count(n) AS n", database_=settings.neo4j_database)
    assert records[0]["n"] == 0  # no garbage nodes from the Russian text


def test_two_ingest_processes_on_overlapping_inputs_leave_no_duplicates(
        clean_graph: Driver, settings: Settings, tmp_path: Path) -> None:
    shared = {"2025-06-14-talks.txt": TALKS, "2025-06-15-again.txt": TALKS_AGAIN}
    a = write_files(tmp_path / "a", {**shared, "2025-06-14-held.txt": HELD})
    b = write_files(tmp_path / "b", {**shared, "2025-06-08-plan.txt": PLANNED})
    cmd = [sys.executable, "-m", "parley.cli", "ingest"]
    procs = [subprocess.Popen([*cmd, str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for folder in (a, b)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    db = settings.neo4j_database
    records, _, _ = clean_graph.execute_query(
        "MATCH (p:Person) WITH p.name AS name, count(*) AS n WHERE n > 1 RETURN name", database_=db)
    assert records == []
    c = counts(clean_graph, db)
    assert c["people"] == 2 and c["articles"] == 4
    # the shared articles have the same ids in both folders: one Article node each
    records, _, _ = clean_graph.execute_query(
        "MATCH (m:Meeting)-[:REPORTED_IN]->(a:Article) RETURN m.id AS id, count(a) AS n", database_=db)
    assert len(records) == 1 and records[0]["n"] == 4


def test_unreachable_neo4j_gives_a_clear_message(settings: Settings) -> None:
    down = dataclasses.replace(settings, neo4j_uri=f"bolt://localhost:{free_port()}")
    with pytest.raises(GraphUnavailable, match="stayed unavailable"):
        open_driver(down)


def test_neo4j_restart_mid_run_loses_nothing_and_doubles_nothing(settings: Settings, tmp_path: Path) -> None:
    """The server stops after one article and comes back: the run retries and completes."""
    own = throwaway_settings(settings, tmp_path / "home")
    server = LocalNeo4j(own)
    server.start()
    try:
        driver = open_driver(own)
        init_db(driver, own.neo4j_database)
        folder = write_files(tmp_path / "news", {
            "2025-06-08-plan.txt": PLANNED, "2025-06-14-talks.txt": TALKS,
            "2025-06-15-again.txt": TALKS_AGAIN})
        articles = [a for a in read_paths([folder])]
        first = list(ingest_articles(driver, own, articles[:1]))
        assert [r.status for r in first] == ["written"]
        server.stop()  # the server goes away under a connected driver...
        restarter = threading.Timer(2.0, server.start)  # ...and comes back while we retry
        restarter.start()
        rest = list(ingest_articles(driver, own, articles))
        restarter.join()
        assert [r.status for r in rest] == ["unchanged", "written", "written"]
        after = counts(driver, own.neo4j_database)
        assert after["articles"] == 3
        again = list(ingest_articles(driver, own, [a for a in read_paths([folder])]))
        assert [r.status for r in again] == ["unchanged"] * 3
        assert counts(driver, own.neo4j_database) == after
        driver.close()
    finally:
        server.stop()
