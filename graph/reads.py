"""Read Cypher for the GraphQL API: constant, parameterised query texts and one async reader.

Every query text below is fixed at import time. A few are composed from constant pieces
(which node a list hangs off, which label it lists), exactly as `graph.writes` composes its
position queries; user input only ever travels as parameters.

All list queries share one shape, so that nested GraphQL lists batch through DataLoaders:

    UNWIND $keys AS key            # one row per parent (a person, a party, a topic) or [null]
    CALL (key) { ... ORDER BY ... collect(...) AS items
                 RETURN size(items) AS total, items[$skip..$skip + $limit] AS page }
    CALL (page) { UNWIND page AS ... RETURN collect(<projection>) AS rows }
    RETURN key, total, rows

One round trip answers the page and its total count for every parent at once. The
projections carry a node's direct links (a meeting's participants, parties and topics; a
demand's author, voice and addressee), so the common nested fields cost no extra query.

`GraphReader` runs them on the neo4j AsyncDriver and counts every query it issues: the API
puts one reader (and one counter) in each request's context, which is how tests check that
a nested query costs a constant number of round trips however much data it covers.
"""

from __future__ import annotations

import asyncio
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from neo4j import READ_ACCESS, AsyncDriver, AsyncGraphDatabase
from neo4j.exceptions import (
    AuthError,
    DriverError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from graph.connection import GraphUnavailable
from graph.model import FULLTEXT_INDEX
from parley.settings import Settings

# -- projections (node variable names are fixed by each query: m, x, p, q, a) -----------------
PERSON = "{.id, .name, .aliases, .title, .country}"
PARTY = "{.id, .name, .kind, .aliases}"
ARTICLE = "{.id, .title, .url, .publisher, .published}"

MEETING_PROJECTION = """m {.id, .date, .end_date, .kind, .status, .location, .duration_minutes,
  .round, .status_history, .first_reported, .last_reported,
  participants: [(mp:Person)-[:PARTICIPATED_IN]->(m) | mp {.id, .name, .aliases, .title, .country}],
  parties: [(mq:Party)-[:PARTICIPATED_IN]->(m) | mq {.id, .name, .kind, .aliases}],
  topics: [(m)-[:ABOUT]->(mt:Topic) | mt.name]}"""

POSITION_PROJECTION = """x {.id, .text, .first_reported, .last_reported,
  kind: CASE WHEN x:Demand THEN 'DEMAND' ELSE 'CONCESSION' END,
  by_party: head([(x)-[:MADE_BY]->(xp:Party) | xp {.id, .name, .kind, .aliases}]),
  by_person: head([(x)-[:VOICED_BY]->(xv:Person) | xv {.id, .name, .aliases, .title, .country}]),
  to_party: head([(x)-[:ADDRESSED_TO]->(xa:Party) | xa {.id, .name, .kind, .aliases}]),
  topics: [(x)-[:ABOUT]->(xt:Topic) | xt.name]}"""

# -- filters ----------------------------------------------------------------------------------
# A meeting is in [from, to] when its span (date .. end_date) overlaps the range.
MEETING_WHERE = """
  ($from IS NULL OR coalesce(m.end_date, m.date) >= $from)
  AND ($to IS NULL OR m.date <= $to)
  AND ($status IS NULL OR m.status = $status)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($location IS NULL OR toLower(m.location) CONTAINS toLower($location))
  AND all(pid IN $people WHERE EXISTS { MATCH (:Person {id: pid})-[:PARTICIPATED_IN]->(m) })
  AND all(pid IN $parties WHERE EXISTS { MATCH (:Party {id: pid})-[:PARTICIPATED_IN]->(m) })
  AND ($topic IS NULL OR EXISTS { MATCH (m)-[:ABOUT]->(:Topic {name: $topic}) })"""

MEETING_ORDER = "m.date IS NULL, m.date DESC, m.id"

POSITION_WHERE = """
  ($from IS NULL OR x.first_reported >= $from)
  AND ($to IS NULL OR x.first_reported <= $to)
  AND ($by_party IS NULL OR EXISTS { MATCH (x)-[:MADE_BY]->(:Party {id: $by_party}) })
  AND ($by_person IS NULL OR EXISTS { MATCH (x)-[:VOICED_BY]->(:Person {id: $by_person}) })
  AND ($to_party IS NULL OR EXISTS { MATCH (x)-[:ADDRESSED_TO]->(:Party {id: $to_party}) })
  AND ($topic IS NULL OR EXISTS { MATCH (x)-[:ABOUT]->(:Topic {name: $topic}) })
  AND ($text IS NULL OR toLower(x.text) CONTAINS toLower($text))"""

POSITION_ORDER = "x.first_reported IS NULL, x.first_reported DESC, x.id"


def _paged(body: str, var: str, projection: str) -> str:
    """The shared list shape: per key, the ordered matches -> total + one page, projected."""
    return f"""
UNWIND $keys AS key
CALL (key) {{
{body}
  WITH collect({var}) AS items
  RETURN size(items) AS total, items[$skip..$skip + $limit] AS page
}}
CALL (page) {{
  UNWIND page AS {var}
  RETURN collect({projection}) AS rows
}}
RETURN key, total, rows
"""


# -- provenance: the articles and sentences behind a meeting, demand or concession ---------------
def _evidence(var: str) -> str:
    return f"""articles: COLLECT {{ MATCH ({var})-[:REPORTED_IN]->(ea:Article)
    RETURN ea {ARTICLE} ORDER BY ea.published IS NULL, ea.published, ea.id }},
  sentences: COLLECT {{ MATCH ({var})-[:SUPPORTED_BY]->(es:Sentence)-[:PART_OF]->(ea:Article)
    RETURN es {{.id, .text, .start, .end, article: ea {ARTICLE}}}
    ORDER BY ea.published IS NULL, ea.published, ea.id, es.start }}"""


def _with_evidence(projection: str, var: str) -> str:
    """The projection plus the node's articles and sentences (when the client asks for them:
    one query instead of a second round trip for the provenance)."""
    return projection[:-1] + ",\n  " + _evidence(var) + "}"


EVIDENCE_LABELS = ("Meeting", "Demand", "Concession")
EVIDENCE = {
    label: f"""
UNWIND $keys AS key
MATCH (n:{label} {{id: key}})
RETURN key, n {{{_evidence("n")}}} AS row
"""
    for label in EVIDENCE_LABELS
}

# -- meetings -----------------------------------------------------------------------------
MEETING_ANCHORS = {
    "all": "MATCH (m:Meeting)",
    "person": "MATCH (:Person {id: key})-[:PARTICIPATED_IN]->(m:Meeting)",
    "party": "MATCH (:Party {id: key})-[:PARTICIPATED_IN]->(m:Meeting)",
    "topic": "MATCH (m:Meeting)-[:ABOUT]->(:Topic {name: key})",
}
# (anchor, with evidence) -> query
MEETINGS = {
    (anchor, evidence): _paged(
        f"  {match}\n  WHERE {MEETING_WHERE}\n  WITH m ORDER BY {MEETING_ORDER}", "m",
        _with_evidence(MEETING_PROJECTION, "m") if evidence else MEETING_PROJECTION)
    for anchor, match in MEETING_ANCHORS.items()
    for evidence in (False, True)
}

_MEETINGS_BY_ID = """
UNWIND $keys AS key
MATCH (m:Meeting {id: key})
RETURN key, PROJECTION AS row
"""
MEETINGS_BY_ID = _MEETINGS_BY_ID.replace("PROJECTION", MEETING_PROJECTION)
MEETINGS_BY_ID_EVIDENCE = _MEETINGS_BY_ID.replace(
    "PROJECTION", _with_evidence(MEETING_PROJECTION, "m"))

# -- demands and concessions ----------------------------------------------------------------
POSITION_ANCHORS = {
    "all": "MATCH (x:LABEL)",
    "by_person": "MATCH (x:LABEL)-[:VOICED_BY]->(:Person {id: key})",
    "by_party": "MATCH (x:LABEL)-[:MADE_BY]->(:Party {id: key})",
    "to_party": "MATCH (x:LABEL)-[:ADDRESSED_TO]->(:Party {id: key})",
    "topic": "MATCH (x:LABEL)-[:ABOUT]->(:Topic {name: key})",
}
POSITION_LABELS = ("Demand", "Concession")
# (label, anchor, with evidence) -> query
POSITIONS = {
    (label, anchor, evidence): _paged(
        f"  {match.replace('LABEL', label)}\n  WHERE {POSITION_WHERE}\n"
        f"  WITH x ORDER BY {POSITION_ORDER}", "x",
        _with_evidence(POSITION_PROJECTION, "x") if evidence else POSITION_PROJECTION)
    for label in POSITION_LABELS
    for anchor, match in POSITION_ANCHORS.items()
    for evidence in (False, True)
}
POSITIONS_BY_ID = {
    (label, evidence): f"""
UNWIND $keys AS key
MATCH (x:{label} {{id: key}})
RETURN key, {_with_evidence(POSITION_PROJECTION, "x") if evidence else POSITION_PROJECTION} AS row
"""
    for label in POSITION_LABELS
    for evidence in (False, True)
}

ARTICLES_BY_ID = f"""
UNWIND $keys AS key
MATCH (a:Article {{id: key}})
RETURN key, a {ARTICLE} AS row
"""

# -- people and parties -----------------------------------------------------------------------
PEOPLE_BY_ID = f"""
UNWIND $keys AS key
MATCH (p:Person {{id: key}})
RETURN key, p {PERSON} AS row
"""
PARTIES_BY_ID = f"""
UNWIND $keys AS key
MATCH (q:Party {{id: key}})
RETURN key, q {PARTY} AS row
"""
TOPICS_BY_NAME = """
UNWIND $keys AS key
MATCH (t:Topic {name: key})
RETURN key, t {.name} AS row
"""

PEOPLE = _paged("""  MATCH (p:Person)
  WHERE ($party IS NULL OR EXISTS { MATCH (p)-[:REPRESENTS]->(:Party {id: $party}) })
    AND ($country IS NULL OR toLower(p.country) = toLower($country))
  WITH p ORDER BY toLower(p.name), p.id""", "p", f"p {PERSON}")

PARTIES = _paged("""  MATCH (q:Party)
  WHERE ($kind IS NULL OR q.kind = $kind)
  WITH q ORDER BY toLower(q.name), q.id""", "q", f"q {PARTY}")

PARTIES_OF_PEOPLE = f"""
UNWIND $keys AS key
RETURN key, COLLECT {{ MATCH (:Person {{id: key}})-[:REPRESENTS]->(q:Party)
                      RETURN q {PARTY} ORDER BY q.name, q.id }} AS rows
"""
MEMBERS_OF_PARTIES = f"""
UNWIND $keys AS key
RETURN key, COLLECT {{ MATCH (p:Person)-[:REPRESENTS]->(:Party {{id: key}})
                      RETURN p {PERSON} ORDER BY p.name, p.id }} AS rows
"""
# Title history: the title each article used, oldest first.
TITLE_HISTORY = f"""
UNWIND $keys AS key
RETURN key, COLLECT {{
  MATCH (:Person {{id: key}})-[r:MENTIONED_IN]->(a:Article)
  RETURN {{title: r.title, published: r.published, article: a {ARTICLE}}}
  ORDER BY r.published IS NULL, r.published, a.id }} AS rows
"""

# A person with the lists a client asked for in the same query (one round trip instead of
# one per list): their parties, title history and one page of their meetings. Each part is
# the query of the list on its own (PARTIES_OF_PEOPLE, TITLE_HISTORY, MEETINGS["person"]),
# so the answers are the same.
_PROFILE_PARTS = {
    "parties": f"""parties: COLLECT {{ MATCH (p)-[:REPRESENTS]->(q:Party)
    RETURN q {PARTY} ORDER BY q.name, q.id }}""",
    "title_history": f"""title_history: COLLECT {{ MATCH (p)-[r:MENTIONED_IN]->(a:Article)
    RETURN {{title: r.title, published: r.published, article: a {ARTICLE}}}
    ORDER BY r.published IS NULL, r.published, a.id }}""",
    # the same without the articles, when the client does not ask for them
    "titles": """title_history: COLLECT { MATCH (p)-[r:MENTIONED_IN]->(a:Article)
    RETURN {title: r.title, published: r.published}
    ORDER BY r.published IS NULL, r.published, a.id }""",
    "meetings": f"""meetings_total: COUNT {{ MATCH (p)-[:PARTICIPATED_IN]->(m:Meeting)
    WHERE {MEETING_WHERE} }},
  meetings_page: COLLECT {{ MATCH (p)-[:PARTICIPATED_IN]->(m:Meeting)
    WHERE {MEETING_WHERE}
    WITH m ORDER BY {MEETING_ORDER} SKIP $skip LIMIT $limit
    RETURN {MEETING_PROJECTION} }}""",
}


def _profile(parts: tuple[str, ...]) -> str:
    extra = "".join(",\n  " + _PROFILE_PARTS[part] for part in parts)
    return f"""
UNWIND $keys AS key
MATCH (p:Person {{id: key}})
RETURN key, p {{.id, .name, .aliases, .title, .country{extra}}} AS row
"""


# (parties?, title history: None | "title_history" (with articles) | "titles", meetings?)
PERSON_PROFILE = {
    (parties, titles, meetings): _profile(tuple(
        part for part, wanted in (("parties", parties), (titles, titles),
                                  ("meetings", meetings)) if wanted))
    for parties in (False, True) for titles in (None, "title_history", "titles")
    for meetings in (False, True)
}

# -- who met whom -----------------------------------------------------------------------------
# (subject, counterpart) -> (subject label, counterpart label, exclusion of own side)
COUNTERPART_SHAPES = {
    ("person", "person"): ("Person", "Person", "o <> s"),
    ("person", "party"): ("Person", "Party", "NOT (s)-[:REPRESENTS]->(o)"),
    ("party", "party"): ("Party", "Party", "o <> s"),
    ("party", "person"): ("Party", "Person", "NOT (o)-[:REPRESENTS]->(s)"),
}


def _counterparts(subject: str, other: str, exclusion: str) -> str:
    other_projection = PERSON if other == "Person" else PARTY
    return f"""
UNWIND $keys AS key
CALL (key) {{
  MATCH (s:{subject} {{id: key}})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(o:{other})
  WHERE {exclusion} AND {MEETING_WHERE}
  WITH o, m ORDER BY {MEETING_ORDER}
  WITH o, collect(m) AS ms, max(m.date) AS last_met, min(m.date) AS first_met
  ORDER BY size(ms) DESC, last_met IS NULL, last_met DESC, toLower(o.name), o.id
  WITH collect({{o: o, ms: ms, first_met: first_met, last_met: last_met}}) AS items
  RETURN size(items) AS total, items[$skip..$skip + $limit] AS page
}}
CALL (page) {{
  UNWIND page AS it
  CALL (it) {{
    UNWIND it.ms AS mm
    MATCH (mm)-[:ABOUT]->(t:Topic)
    WITH t.name AS name, count(*) AS n ORDER BY n DESC, name
    RETURN collect(name) AS topics
  }}
  WITH it, it.o AS o, topics
  RETURN collect({{
    counterpart: o {other_projection}, count: size(it.ms),
    first_met: it.first_met, last_met: it.last_met,
    meeting_ids: [mm IN it.ms | mm.id], topics: topics
  }}) AS rows
}}
RETURN key, total, rows
"""


COUNTERPARTS = {shape: _counterparts(*labels) for shape, labels in COUNTERPART_SHAPES.items()}

# -- a negotiation's timeline between two parties ------------------------------------------------
_TIMELINE_POSITIONS = """
  UNION ALL
  MATCH (x:LABEL)-[:MADE_BY]->(by:Party)
  WHERE 'KIND' IN $kinds AND by.id IN [key, $other]
    AND (EXISTS { MATCH (x)-[:ADDRESSED_TO]->(to:Party)
                  WHERE to.id IN [key, $other] AND to.id <> by.id }
         OR ($unaddressed AND NOT EXISTS { MATCH (x)-[:ADDRESSED_TO]->(:Party) }))
    AND ($topic IS NULL OR EXISTS { MATCH (x)-[:ABOUT]->(:Topic {name: $topic}) })
  WITH DISTINCT x
  WITH x, x.first_reported AS day
  WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
  RETURN 'KIND' AS kind, day, x AS node"""

TIMELINE = f"""
UNWIND $keys AS key
CALL (key) {{
  CALL (key) {{
    MATCH (:Party {{id: key}})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(:Party {{id: $other}})
    WHERE 'MEETING' IN $kinds
      AND ($topic IS NULL OR EXISTS {{ MATCH (m)-[:ABOUT]->(:Topic {{name: $topic}}) }})
    WITH m, coalesce(m.date, m.first_reported) AS day
    WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
    RETURN 'MEETING' AS kind, day, m AS node
    {_TIMELINE_POSITIONS.replace('LABEL', 'Demand').replace('KIND', 'DEMAND')}
    {_TIMELINE_POSITIONS.replace('LABEL', 'Concession').replace('KIND', 'CONCESSION')}
  }}
  WITH kind, day, node
  ORDER BY day IS NULL, day, CASE kind WHEN 'MEETING' THEN 0 WHEN 'DEMAND' THEN 1 ELSE 2 END,
           node.id
  WITH collect({{kind: kind, day: day, node: node}}) AS items
  RETURN size(items) AS total, items[$skip..$skip + $limit] AS page
}}
CALL (page) {{
  UNWIND page AS it
  WITH it, it.node AS m, it.node AS x
  RETURN collect({{kind: it.kind, date: it.day,
                  meeting: CASE WHEN it.kind = 'MEETING' THEN {MEETING_PROJECTION} END,
                  position: CASE WHEN it.kind <> 'MEETING' THEN {POSITION_PROJECTION} END}}) AS rows
}}
RETURN key, total, rows
"""

# -- topics: what was discussed, by whom, when ---------------------------------------------------
# Activity per topic under a filter: meetings about it, demands and concessions about it.
_TOPIC_POSITIONS = """
    UNION ALL
    MATCH (x:LABEL)-[:ABOUT]->(t:Topic)
    WHERE ($from IS NULL OR x.first_reported >= $from) AND ($to IS NULL OR x.first_reported <= $to)
      AND ($person IS NULL OR EXISTS { MATCH (x)-[:VOICED_BY]->(:Person {id: $person}) })
      AND ($party IS NULL OR EXISTS { MATCH (x)-[:MADE_BY]->(:Party {id: $party}) })
    RETURN t, COLS, x.first_reported AS day"""

TOPICS = f"""
UNWIND $keys AS key
CALL (key) {{
  CALL () {{
    MATCH (m:Meeting)-[:ABOUT]->(t:Topic)
    WHERE ($from IS NULL OR coalesce(m.end_date, m.date) >= $from) AND ($to IS NULL OR m.date <= $to)
      AND ($person IS NULL OR EXISTS {{ MATCH (:Person {{id: $person}})-[:PARTICIPATED_IN]->(m) }})
      AND ($party IS NULL OR EXISTS {{ MATCH (:Party {{id: $party}})-[:PARTICIPATED_IN]->(m) }})
    RETURN t, 1 AS meetings, 0 AS demands, 0 AS concessions, coalesce(m.date, m.first_reported) AS day
    {_TOPIC_POSITIONS.replace('LABEL', 'Demand').replace('COLS', '0 AS meetings, 1 AS demands, 0 AS concessions')}
    {_TOPIC_POSITIONS.replace('LABEL', 'Concession').replace('COLS', '0 AS meetings, 0 AS demands, 1 AS concessions')}
  }}
  WITH t, sum(meetings) AS meetings, sum(demands) AS demands, sum(concessions) AS concessions,
       min(day) AS first_date, max(day) AS last_date
  ORDER BY meetings + demands + concessions DESC, t.name
  WITH collect({{name: t.name, meetings: meetings, demands: demands, concessions: concessions,
                first_date: first_date, last_date: last_date}}) AS items
  RETURN size(items) AS total, items[$skip..$skip + $limit] AS rows
}}
RETURN key, total, rows
"""

# Who discussed a topic: people (or parties) at meetings about it or behind positions on it.
_DISCUSSED_BY = """
UNWIND $keys AS key
CALL (key) {
  CALL (key) {
    MATCH (a:LABEL)-[:PARTICIPATED_IN]->(m:Meeting)-[:ABOUT]->(:Topic {name: key})
    RETURN a, 1 AS meetings, 0 AS positions, coalesce(m.date, m.first_reported) AS day
    UNION ALL
    MATCH (a:LABEL)<-[:POSREL]-(x)-[:ABOUT]->(:Topic {name: key})
    WHERE x:Demand OR x:Concession
    RETURN a, 0 AS meetings, 1 AS positions, x.first_reported AS day
  }
  WITH a, sum(meetings) AS meetings, sum(positions) AS positions, max(day) AS last_date,
       min(day) AS first_date
  ORDER BY meetings + positions DESC, last_date IS NULL, last_date DESC, a.id
  LIMIT $limit
  RETURN collect({actor: a PROJ, meetings: meetings, positions: positions,
                  first_date: first_date, last_date: last_date}) AS rows
}
RETURN key, rows
"""
DISCUSSED_BY = {
    "person": _DISCUSSED_BY.replace("LABEL", "Person").replace("POSREL", "VOICED_BY")
    .replace("PROJ", PERSON),
    "party": _DISCUSSED_BY.replace("LABEL", "Party").replace("POSREL", "MADE_BY")
    .replace("PROJ", PARTY),
}

TOPIC_TOTALS = """
UNWIND $keys AS key
MATCH (t:Topic {name: key})
CALL (t) {
  OPTIONAL MATCH (m:Meeting)-[:ABOUT]->(t)
  WITH m, coalesce(m.date, m.first_reported) AS d
  RETURN count(m) AS meetings, min(d) AS first_date, max(d) AS last_date
}
RETURN key, {meetings: meetings, first_date: first_date, last_date: last_date,
             demands: COUNT { (:Demand)-[:ABOUT]->(t) },
             concessions: COUNT { (:Concession)-[:ABOUT]->(t) }} AS row
"""

# -- search -----------------------------------------------------------------------------------
SEARCH = f"""
UNWIND $keys AS key
CALL (key) {{
  CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', $query, {{limit: $max_hits}})
  YIELD node, score
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  WITH node, score ORDER BY score DESC, toLower(node.name), coalesce(node.id, node.name)
  WITH collect({{node: node, score: score}}) AS items
  RETURN size(items) AS total, items[$skip..$skip + $limit] AS page
}}
CALL (page) {{
  UNWIND page AS it
  WITH it, it.node AS n
  RETURN collect({{score: it.score,
                  kind: CASE WHEN n:Person THEN 'PERSON' WHEN n:Party THEN 'PARTY' ELSE 'TOPIC' END,
                  node: n {{.id, .name, .aliases, .title, .country, .kind}}}}) AS rows
}}
RETURN key, total, rows
"""

HEALTH = "RETURN 1 AS ok"

# Lucene's query syntax characters: escaped so that user input is always literal text.
_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')
SEARCH_MAX_HITS = 1000
READ_ATTEMPTS = 3
RETRY_DELAY = 0.2


def fold(text: str) -> str:
    """Lower case without accents ("Šefčovič" -> "sefcovic"), as the index stores names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def lucene_query(text: str) -> str | None:
    """A Lucene query matching every word of `text` exactly or as a prefix; None when empty.

    Wildcard terms skip the analyzer, so their prefix is folded here the way the index's
    standard-folding analyzer folds names; the exact term goes through the analyzer.
    """
    clauses = []
    for word in text.split()[:16]:
        exact = _LUCENE_SPECIAL.sub(r"\\\1", word)
        prefix = _LUCENE_SPECIAL.sub(r"\\\1", fold(word))
        if not exact.strip("\\"):
            continue
        if word.upper() in {"AND", "OR", "NOT", "TO"}:
            exact = exact.lower()
        clauses.append(f"({exact} OR {prefix}*)" if prefix.strip("\\") else f"({exact})")
    return " AND ".join(clauses) if clauses else None


# -- the reader ---------------------------------------------------------------------------------
@dataclass
class QueryCounter:
    """Cypher queries issued for one GraphQL request."""

    count: int = 0


@dataclass
class Page:
    total: int
    rows: list[dict[str, Any]]


def open_async_driver(settings: Settings) -> AsyncDriver:
    """The API's driver: short timeouts, so a request fails fast when Neo4j is gone."""
    return AsyncGraphDatabase.driver(
        settings.neo4j_uri,
        auth=(settings.neo4j_user, settings.neo4j_password),
        connection_timeout=5,
        connection_acquisition_timeout=10,
        max_transaction_retry_time=3,
        max_connection_pool_size=64,
    )


async def ping(driver: AsyncDriver, database: str) -> bool:
    """True when Neo4j answers a trivial read right now (no retries: for /health)."""
    try:
        async with driver.session(database=database, default_access_mode="READ") as session:
            result = await session.run(HEALTH)
            record = await result.single()
            return record is not None and record["ok"] == 1
    except (DriverError, OSError, TransientError, ServiceUnavailable, SessionExpired, AuthError):
        return False
    except Exception:  # noqa: BLE001 - any failure of the probe means "not healthy"
        return False


class GraphReader:
    """Runs the read queries above for one request, counting them."""

    def __init__(self, driver: AsyncDriver, database: str,
                 counter: QueryCounter | None = None) -> None:
        self.driver = driver
        self.database = database
        self.counter = counter if counter is not None else QueryCounter()

    async def records(self, query: str, params: dict[str, Any]) -> list[Any]:
        """Run one read as an auto-commit query: RUN+PULL in one round trip (a managed
        transaction adds BEGIN and a COMMIT round trip). Reads are idempotent, so a failure
        of the connection is retried once on a fresh one; then the graph is unavailable."""
        self.counter.count += 1
        for attempt in range(READ_ATTEMPTS):
            try:
                async with self.driver.session(database=self.database,
                                               default_access_mode=READ_ACCESS) as session:
                    result = await session.run(query, params)
                    return [record async for record in result]
            except (ServiceUnavailable, SessionExpired, TransientError, OSError) as exc:
                if attempt + 1 == READ_ATTEMPTS:
                    raise GraphUnavailable("graph database unavailable") from exc
                await asyncio.sleep(RETRY_DELAY * (attempt + 1))
            except AuthError as exc:
                raise GraphUnavailable("graph database unavailable") from exc
        raise AssertionError("unreachable")

    async def pages(self, query: str, keys: list[Any], params: dict[str, Any],
                    skip: int, limit: int) -> dict[Any, Page]:
        """One list query for many parents: key -> Page (total and rows)."""
        records = await self.records(query, {**params, "keys": keys, "skip": skip,
                                             "limit": limit})
        return {r["key"]: Page(r["total"], r["rows"]) for r in records}

    async def by_key(self, query: str, keys: list[Any], params: dict[str, Any] | None = None,
                     field: str = "row") -> dict[Any, Any]:
        records = await self.records(query, {**(params or {}), "keys": keys})
        return {r["key"]: r[field] for r in records}

    async def evidence(self, label: str, keys: list[str]) -> dict[str, dict[str, Any]]:
        return await self.by_key(EVIDENCE[label], keys)
