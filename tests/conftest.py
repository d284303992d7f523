"""Shared fixtures: a driver to the live Neo4j the test command started, and a clean graph.

Tests never mock Neo4j. `./dev.sh test` starts a separate local server (its own data folder
and ports) and sets PARLEY_TEST_NEO4J=1; only then may a fixture wipe the graph, so running
pytest by hand against someone's real database cannot destroy it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from neo4j import Driver

from graph.connection import open_driver
from graph.model import init_db
from parley.settings import Settings, load_settings


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings()


@pytest.fixture(scope="session")
def driver(settings: Settings) -> Iterator[Driver]:
    if os.environ.get("PARLEY_TEST_NEO4J") != "1":
        pytest.fail("graph tests need the test Neo4j: run them with ./dev.sh test "
                    "(it starts a throwaway server and sets PARLEY_TEST_NEO4J=1)")
    drv = open_driver(settings)
    init_db(drv, settings.neo4j_database)
    yield drv
    drv.close()


def wipe(driver: Driver, database: str) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n",
                         database_=database)


@pytest.fixture
def clean_graph(driver: Driver, settings: Settings) -> Driver:
    """An empty graph (constraints and indexes kept) for one test."""
    wipe(driver, settings.neo4j_database)
    return driver


@pytest.fixture(autouse=True)
def _rules_alone_unless_marked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The extraction rules' tests check the rules: the learned pair model (which adds
    meetings on top of them, `loaders/extraction/learned_pairs.py`) and the learned concession
    model (`learned_concessions.py`) are off for them. Tests of a model and of the whole
    product (`pytest.mark.learned_pairs`, `pytest.mark.learned_concessions`) run with it, as
    users do. Why: the rules' tests pin exact items on sentences built to trip rules; a model
    is measured by what it adds on annotated articles, and has tests of its own."""
    if request.node.get_closest_marker("learned_pairs") is None:
        monkeypatch.setenv("PARLEY_PAIR_MODEL", "off")
    if request.node.get_closest_marker("learned_concessions") is None:
        monkeypatch.setenv("PARLEY_CONCESSION_MODEL", "off")


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline with Parley's components, loaded once for all extraction tests."""
    from loaders.extraction import load_nlp

    return load_nlp()
