"""Reads the loaders need to resolve identity against what is already stored."""

from __future__ import annotations

from neo4j import Driver

from graph.connection import read

PEOPLE_BY_SURNAME = """
UNWIND $keys AS key
MATCH (p:Person {surname_key: key})
RETURN p.id AS id, p.name AS name, p.country AS country, p.surname_key AS surname_key
ORDER BY p.id
"""


def people_by_surname(driver: Driver, database: str, keys: list[str]) -> list[dict]:
    """Stored people whose surname key is one of `keys` (one query per article)."""
    if not keys:
        return []
    return read(driver, database,
                lambda tx: [r.data() for r in tx.run(PEOPLE_BY_SURNAME, keys=keys)],
                what="look up people by surname")
