"""The driver and the retry policy: the one place that opens connections to Neo4j.

Transient failures (a server restarting, a dropped connection, a deadlock between two
loaders) are retried with exponential backoff; when the server stays down the caller gets a
`GraphUnavailable` whose message names the URI and says what to do, instead of a stack trace.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j.exceptions import (
    AuthError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from parley.settings import Settings

T = TypeVar("T")


class GraphUnavailable(RuntimeError):
    """Neo4j could not be reached (or refused our credentials) after retrying."""


def open_driver(settings: Settings) -> Driver:
    """A driver for the configured server; connectivity is checked, so failures surface here."""
    driver = GraphDatabase.driver(
        settings.neo4j_uri,
        auth=(settings.neo4j_user, settings.neo4j_password),
        connection_acquisition_timeout=30,
        max_transaction_retry_time=30,
        # Our queries are constant and reviewed; "unknown label" hints on an empty graph are noise.
        notifications_min_severity="OFF",
    )
    try:
        retrying(driver.verify_connectivity, what=f"connect to {settings.neo4j_uri}")
    except AuthError as exc:
        driver.close()
        raise GraphUnavailable(
            f"Neo4j at {settings.neo4j_uri} refused the credentials for user "
            f"'{settings.neo4j_user}' (set NEO4J_USER / NEO4J_PASSWORD)") from exc
    except GraphUnavailable:
        driver.close()
        raise
    return driver


def retrying(fn: Callable[[], T], *, what: str, attempts: int = 6, first_delay: float = 0.5) -> T:
    """Call fn, retrying transient Neo4j failures with exponential backoff."""
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except (ServiceUnavailable, SessionExpired, TransientError, ConnectionError) as exc:
            if attempt == attempts:
                raise GraphUnavailable(
                    f"could not {what}: Neo4j stayed unavailable after {attempts} attempts "
                    f"({type(exc).__name__}: {exc}). Is it running? `parley neo4j status`") from exc
            time.sleep(delay)
            delay = min(delay * 2, 8.0)
    raise AssertionError("unreachable")


def write(driver: Driver, database: str, work: Callable[[ManagedTransaction], T], *, what: str) -> T:
    """Run `work` in one write transaction (all or nothing), retried as a whole when transient."""

    def attempt() -> T:
        with driver.session(database=database) as session:
            return session.execute_write(work)

    return retrying(attempt, what=what)


def read(driver: Driver, database: str, work: Callable[[ManagedTransaction], T], *, what: str) -> T:
    def attempt() -> T:
        with driver.session(database=database, default_access_mode="READ") as session:
            return session.execute_read(work)

    return retrying(attempt, what=what)
