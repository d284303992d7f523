"""The thin path from the bundled sample to a GraphQL answer, through the real command line.

Also runs the docker image's command (`parley up --no-local`) against the test server: it
must ingest the sample and serve GraphQL, exactly as the container would.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest
from neo4j import Driver

from graph.local_server import free_port
from parley.settings import PROJECT_ROOT, Settings

pytestmark = [pytest.mark.learned_pairs, pytest.mark.learned_concessions]  # the whole product, as users run it

SAMPLES = PROJECT_ROOT / "samples"


def _cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "parley.cli", *args], capture_output=True,
                          text=True, timeout=timeout)


def test_ingest_sample_writes_articles_people_meetings(clean_graph: Driver, settings: Settings) -> None:
    out = _cli("ingest", str(SAMPLES))
    assert out.returncode == 0, out.stderr
    assert "0 errors" in out.stdout
    records, _, _ = clean_graph.execute_query(
        "CALL { MATCH (a:Article) RETURN count(a) AS articles } "
        "CALL { MATCH (p:Person) RETURN count(p) AS people } "
        "CALL { MATCH (m:Meeting)<-[:PARTICIPATED_IN]-(:Person) RETURN count(DISTINCT m) AS meetings } "
        "RETURN articles, people, meetings", database_=settings.neo4j_database)
    counts = records[0]
    n_files = len([p for p in SAMPLES.rglob("*") if p.suffix in {".txt", ".jsonl", ".rss"}])
    assert counts["articles"] >= n_files and counts["people"] >= 6 and counts["meetings"] >= 3
    again = _cli("ingest", str(SAMPLES))
    assert again.returncode == 0 and "0 articles written" in again.stdout


def test_docker_command_ingests_and_serves_graphql(clean_graph: Driver) -> None:
    port = free_port()
    env = dict(os.environ, PARLEY_PORT=str(port), PARLEY_HOST="127.0.0.1")
    proc = subprocess.Popen([sys.executable, "-m", "parley.cli", "up", "--no-local"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 240
        answer = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                answer = httpx.post(f"http://127.0.0.1:{port}/graphql", timeout=10,
                                    json={"query": "{ meetings { participants { name } } }"})
                break
            except httpx.TransportError:
                time.sleep(0.5)
        assert answer is not None, proc.stdout.read() if proc.poll() is not None else "no answer"
        assert answer.status_code == 200
        meetings = answer.json()["data"]["meetings"]
        names = {p["name"] for m in meetings for p in m["participants"]}
        assert len(meetings) >= 3 and len(names) >= 4
        everyone = httpx.post(f"http://127.0.0.1:{port}/graphql", timeout=10, json={
            "query": "{ meetings(first: 100) { participants { name } } }"}).json()["data"]["meetings"]
        everyone_names = {p["name"] for m in everyone for p in m["participants"]}
        records, _, _ = clean_graph.execute_query(
            "MATCH (p:Person)-[:PARTICIPATED_IN]->(:Meeting) RETURN collect(DISTINCT p.name) AS names")
        assert everyone_names == set(records[0]["names"]) and len(everyone) > len(meetings) - 1
    finally:
        proc.terminate()
        output = proc.communicate(timeout=30)[0]
    assert f"http://127.0.0.1:{port}/graphql" in output
    assert "/browser/" in output
