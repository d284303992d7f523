"""The Maven-resolved Neo4j: start is idempotent, stop ends exactly our process, status tells."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.connection import GraphUnavailable, open_driver
from graph.local_server import MAIN_CLASS, LocalNeo4j, free_port, throwaway_settings
from graph.model import NODE_KEYS, RANGE_INDEXES, init_db
from parley.settings import Settings


def _java_pids() -> set[int]:
    out = subprocess.run(["pgrep", "-f", MAIN_CLASS], capture_output=True, text=True).stdout
    return {int(p) for p in out.split()}


def test_status_reports_the_running_test_server(driver, settings: Settings) -> None:
    status = LocalNeo4j(settings).status()
    assert status.running and status.managed and status.pid in _java_pids()
    assert f":{settings.neo4j_bolt_port}" in status.describe()
    assert status.browser_url == f"http://localhost:{settings.neo4j_http_port}/browser/"


def test_second_server_starts_once_and_stops_without_leftovers(tmp_path: Path, settings: Settings) -> None:
    other = throwaway_settings(settings, tmp_path / "home")
    server = LocalNeo4j(other)
    before = _java_pids()
    first = server.start()
    try:
        assert first.running and first.pid not in before
        again = server.start()  # a no-op: same process
        assert again.pid == first.pid
        drv = open_driver(other)
        assert drv.execute_query("RETURN 1 AS one").records[0]["one"] == 1
        drv.close()
    finally:
        assert server.stop() is True
    assert first.pid not in _java_pids()
    assert _java_pids() == before  # the test suite's own server is untouched
    assert server.stop() is False
    assert not server.status().running


def test_init_db_is_idempotent_and_covers_every_merge_key(driver, settings: Settings) -> None:
    db = settings.neo4j_database
    init_db(driver, db)
    first = driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n", database_=db)
    init_db(driver, db)
    second = driver.execute_query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type",
                                  database_=db)
    assert first.records[0]["n"] == len(second.records)
    unique = {(r["labelsOrTypes"][0], r["properties"][0]) for r in second.records
              if r["type"] == "UNIQUENESS"}
    assert set(NODE_KEYS.items()) <= unique
    indexes = driver.execute_query("SHOW INDEXES YIELD name, state RETURN name, state", database_=db)
    states = {r["name"]: r["state"] for r in indexes.records}
    assert states["parley_names"] == "ONLINE"
    for label, prop in RANGE_INDEXES:
        assert states[f"{label.lower()}_{prop}"] == "ONLINE"


def test_wrong_password_gives_a_clear_error(settings: Settings) -> None:
    bad = dataclasses.replace(settings, neo4j_password="not-the-password")
    with pytest.raises(GraphUnavailable, match="refused the credentials"):
        open_driver(bad)


def test_cli_status_and_unreachable_server_message(settings: Settings) -> None:
    env = dict(os.environ, NEO4J_URI=f"bolt://localhost:{free_port()}")
    out = subprocess.run([sys.executable, "-m", "parley.cli", "init-db"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 1
    assert "stayed unavailable" in out.stderr and "Traceback" not in out.stderr
    status = subprocess.run([sys.executable, "-m", "parley.cli", "neo4j", "status"],
                            capture_output=True, text=True, timeout=60)
    assert "running (pid" in status.stdout and "/browser/" in status.stdout
