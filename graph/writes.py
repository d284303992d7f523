"""Cypher for writing one article: batched UNWIND + MERGE on constrained keys, one transaction.

An article is in the graph whole or not at all: `write_article` runs every statement in one
transaction, retried as a unit on transient errors. All values travel as parameters; the
query texts are constants. Writing the same article twice is a no-op (the Article node
carries the hash of its text), and facts reported by several articles accumulate evidence
instead of duplicating nodes.
"""

from __future__ import annotations

from dataclasses import asdict
from collections.abc import Callable
from typing import Any

from neo4j import Driver, ManagedTransaction

from graph.connection import read, write
from graph.records import ArticleGraph

# -- shared fragments: how a fact links to its topics, participants and single neighbours ------
# (also used by graph.bench_data's bulk loader, so both write the same shapes)
def link_topics(var: str) -> str:
    """Each name in row.topics becomes (var)-[:ABOUT]->(:Topic)."""
    return f"""CALL ({var}, row) {{
  UNWIND row.topics AS name
  MERGE (t:Topic {{name: name}})
  MERGE ({var})-[:ABOUT]->(t)
}}"""


def link_participants(var: str) -> str:
    """row.person_ids and row.party_ids take part in the meeting `var`."""
    return "\n".join(f"""CALL ({var}, row) {{
  UNWIND row.{field} AS pid
  MATCH (p:{label} {{id: pid}})
  MERGE (p)-[:PARTICIPATED_IN]->({var})
}}""" for field, label in (("person_ids", "Person"), ("party_ids", "Party")))


def link_one(var: str, field: str, label: str, rel: str) -> str:
    """(var)-[:rel]->(:label {id: row.field}) when the row names one."""
    return f"""CALL ({var}, row) {{
  WITH {var}, row WHERE row.{field} IS NOT NULL
  MATCH (n:{label} {{id: row.{field}}})
  MERGE ({var})-[:{rel}]->(n)
}}"""



# Identity resolution reads the stored people an article's surnames may mean (loaders.resolution).
PEOPLE_BY_SURNAME = """
UNWIND $keys AS key
MATCH (p:Person {surname_key: key})
RETURN p.id AS id, p.name AS name, p.country AS country, p.surname_key AS surname_key
ORDER BY p.id
"""

ARTICLES_STORED = """
UNWIND $rows AS row
MATCH (a:Article {id: row.id}) WHERE a.text_sha = row.text_sha
RETURN collect(a.id) AS ids
"""

MERGE_ARTICLE = """
MERGE (a:Article {id: $row.id})
SET a.title = $row.title, a.url = $row.url, a.publisher = $row.publisher,
    a.published = $row.published, a.source = $row.source, a.text_sha = $row.text_sha,
    a.ingested_at = datetime()
"""

MERGE_SENTENCES = """
MATCH (a:Article {id: $article_id})
UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
SET s.text = row.text, s.start = row.start, s.end = row.end
MERGE (s)-[:PART_OF]->(a)
"""

MERGE_PARTIES = """
UNWIND $rows AS row
MERGE (p:Party {id: row.id})
ON CREATE SET p.name = row.name, p.kind = row.kind, p.aliases = row.aliases
ON MATCH SET p.aliases = p.aliases + [x IN row.aliases WHERE NOT x IN p.aliases]
"""

# A person's displayed title follows the most recent article; every article keeps the title
# it used on MENTIONED_IN, so a minister who becomes prime minister keeps both, dated.
MERGE_PEOPLE = """
MATCH (a:Article {id: $article_id})
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.aliases = row.aliases, p.surname_key = row.surname_key,
              p.country = row.country, p.title = row.title, p.title_as_of = $published
ON MATCH SET p.aliases = p.aliases + [x IN row.aliases + [row.name]
                                      WHERE NOT x IN p.aliases AND x <> p.name],
             p.country = coalesce(p.country, row.country)
WITH p, row, a
CALL (p, row) {
  WITH p, row WHERE row.title IS NOT NULL
    AND (p.title IS NULL OR p.title_as_of IS NULL OR $published >= p.title_as_of)
  SET p.title = row.title, p.title_as_of = $published
}
CALL (p, row) {
  WITH p, row WHERE size(row.name) > size(p.name)
  SET p.aliases = [x IN p.aliases + [p.name] WHERE x <> row.name], p.name = row.name
}
MERGE (p)-[m:MENTIONED_IN]->(a)
SET m.title = row.title, m.published = $published
WITH p, row WHERE row.party_id IS NOT NULL
MATCH (party:Party {id: row.party_id})
MERGE (p)-[:REPRESENTS]->(party)
"""

# Status follows the latest report (by publication date); every report stays in history.
MERGE_MEETINGS = """
MATCH (a:Article {id: $article_id})
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
ON CREATE SET m.date = row.date, m.end_date = row.end_date, m.kind = row.kind,
              m.status = row.status, m.status_as_of = $published, m.status_history = [],
              m.location = row.location, m.duration_minutes = row.duration_minutes,
              m.round = row.round, m.first_reported = $published
SET m.end_date = coalesce(m.end_date, row.end_date),
    m.kind = CASE WHEN m.kind = 'unknown' THEN row.kind ELSE m.kind END,
    m.location = coalesce(m.location, row.location),
    m.duration_minutes = coalesce(m.duration_minutes, row.duration_minutes),
    m.round = coalesce(m.round, row.round),
    m.last_reported = CASE WHEN m.last_reported IS NULL OR $published > m.last_reported
                           THEN $published ELSE m.last_reported END,
    m.status_history = m.status_history +
        [x IN [coalesce(toString($published), 'undated') + ' ' + row.status + ' ' + $article_id]
         WHERE NOT x IN m.status_history]
WITH m, row, a
CALL (m, row) {
  WITH m, row WHERE m.status_as_of IS NULL OR ($published IS NOT NULL AND $published >= m.status_as_of)
  SET m.status = row.status, m.status_as_of = $published
}
MERGE (m)-[:REPORTED_IN]->(a)
WITH m, row
""" + "\n".join([link_participants("m"), link_topics("m"),
                 link_one("m", "sentence_id", "Sentence", "SUPPORTED_BY")])

_MERGE_POSITIONS = """
MATCH (a:Article {id: $article_id})
UNWIND $rows AS row
MERGE (x:LABEL {id: row.id})
ON CREATE SET x.text = row.text, x.first_reported = $published
SET x.last_reported = CASE WHEN x.last_reported IS NULL OR $published > x.last_reported
                           THEN $published ELSE x.last_reported END
MERGE (x)-[:REPORTED_IN]->(a)
WITH x, row
""" + "\n".join([link_one("x", "by_party_id", "Party", "MADE_BY"),
                 link_one("x", "by_person_id", "Person", "VOICED_BY"),
                 link_one("x", "counterpart_party_id", "Party", "ADDRESSED_TO"),
                 link_topics("x"), link_one("x", "sentence_id", "Sentence", "SUPPORTED_BY")])
# Labels cannot be parameters; these two texts are fixed at import time, never from input.
MERGE_DEMANDS = _MERGE_POSITIONS.replace("LABEL", "Demand")
MERGE_CONCESSIONS = _MERGE_POSITIONS.replace("LABEL", "Concession")


def _rows(items: list[Any]) -> list[dict[str, Any]]:
    return [asdict(item) for item in items]


def stored_articles(driver: Driver, database: str, keys: list[tuple[str, str]]) -> set[str]:
    """Ids among (id, text hash) pairs whose exact text is already stored (one query)."""
    if not keys:
        return set()
    rows = [{"id": i, "text_sha": sha} for i, sha in keys]
    return read(driver, database, lambda tx: set(tx.run(ARTICLES_STORED, rows=rows).single()["ids"]),
                what="check which articles are stored")


def _merge_all(tx: ManagedTransaction, graph: ArticleGraph) -> None:
    tx.run(MERGE_ARTICLE, row=asdict(graph.article)).consume()
    common = {"article_id": graph.article.id, "published": graph.article.published}
    steps = [
        (MERGE_SENTENCES, graph.sentences),
        (MERGE_PARTIES, graph.parties),
        (MERGE_PEOPLE, graph.people),
        (MERGE_MEETINGS, graph.meetings),
        (MERGE_DEMANDS, graph.demands),
        (MERGE_CONCESSIONS, graph.concessions),
    ]
    for query, items in steps:
        if items:
            tx.run(query, rows=_rows(items), **common).consume()


def write_article(driver: Driver, database: str, graph: ArticleGraph) -> None:
    """Write one article and everything extracted from it in a single transaction."""
    write(driver, database, lambda tx: _merge_all(tx, graph),
          what=f"write article {graph.article.source}")


def resolve_and_write(driver: Driver, database: str, surname_keys: list[str],
                      build: Callable[[list[dict[str, Any]]], ArticleGraph], *, what: str) -> ArticleGraph:
    """Look up the stored people an article may mean, build its rows, write them: one transaction.

    `build` gets the stored people with those surname keys (id, name, country, surname_key)
    and returns the resolved rows. Reading and writing in one transaction saves a round of
    BEGIN/COMMIT per article and keeps the decision next to the write it leads to.
    """

    def work(tx: ManagedTransaction) -> ArticleGraph:
        stored = [r.data() for r in tx.run(PEOPLE_BY_SURNAME, keys=surname_keys)] if surname_keys else []
        graph = build(stored)
        _merge_all(tx, graph)
        return graph

    return write(driver, database, work, what=what)
