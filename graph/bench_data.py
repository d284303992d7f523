"""A generated negotiation graph for benchmarks: thousands of meetings in batched UNWINDs.

Same labels, properties and relationships as `graph.writes` produces (see `graph.model`),
written many rows per statement instead of one article per transaction, so that a graph of a
few thousand meetings loads in seconds. Deterministic for a given seed. Every id starts with
"bench-" (topics use the ordinary topic names), so the data is recognisable.

`DIRECT_*` are the hand-written single Cypher queries the GraphQL benchmark compares against
where the API answers with more than one query (root + DataLoader levels).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from neo4j import Driver

from graph.writes import link_one, link_participants, link_topics

BATCH = 1000

CREATE_PARTIES = """
UNWIND $rows AS row
MERGE (p:Party {id: row.id})
SET p.name = row.name, p.kind = row.kind, p.aliases = row.aliases
"""

CREATE_PEOPLE = """
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.aliases = row.aliases, p.surname_key = row.surname_key,
    p.title = row.title, p.country = row.country, p.title_as_of = row.published
WITH p, row
MATCH (q:Party {id: row.party_id})
MERGE (p)-[:REPRESENTS]->(q)
"""

CREATE_ARTICLES = """
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.url = row.url, a.publisher = row.publisher,
    a.published = row.published, a.source = row.id, a.text_sha = row.id
MERGE (s:Sentence {id: row.sentence_id})
SET s.text = row.sentence, s.start = 0, s.end = size(row.sentence)
MERGE (s)-[:PART_OF]->(a)
WITH a, row
UNWIND row.mentions AS mention
MATCH (p:Person {id: mention.id})
MERGE (p)-[r:MENTIONED_IN]->(a)
SET r.title = mention.title, r.published = row.published
"""

CREATE_MEETINGS = """
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
SET m.date = row.date, m.end_date = row.end_date, m.kind = row.kind, m.status = row.status,
    m.status_as_of = row.published, m.status_history = row.status_history,
    m.location = row.location, m.duration_minutes = row.duration_minutes, m.round = row.round,
    m.first_reported = row.published, m.last_reported = row.published
WITH m, row
MATCH (a:Article {id: row.article_id})
MERGE (m)-[:REPORTED_IN]->(a)
WITH m, row, a
MATCH (s:Sentence {id: row.sentence_id})
MERGE (m)-[:SUPPORTED_BY]->(s)
WITH m, row
""" + link_participants("m") + "\n" + link_topics("m")

_CREATE_POSITIONS = """
UNWIND $rows AS row
MERGE (x:LABEL {id: row.id})
SET x.text = row.text, x.first_reported = row.published, x.last_reported = row.published
WITH x, row
MATCH (a:Article {id: row.article_id})
MERGE (x)-[:REPORTED_IN]->(a)
WITH x, row
""" + "\n".join([link_one("x", "sentence_id", "Sentence", "SUPPORTED_BY"),
                 link_one("x", "by_party_id", "Party", "MADE_BY"),
                 link_one("x", "to_party_id", "Party", "ADDRESSED_TO"),
                 link_one("x", "by_person_id", "Person", "VOICED_BY"),
                 link_topics("x")])
CREATE_DEMANDS = _CREATE_POSITIONS.replace("LABEL", "Demand")
CREATE_CONCESSIONS = _CREATE_POSITIONS.replace("LABEL", "Concession")

COUNT_BENCH = """
MATCH (m:Meeting) WHERE m.id STARTS WITH 'bench-' RETURN count(m) AS meetings
"""

# meeting(id) { id date status participants { name } articles { ... } sentences { ... } }
DIRECT_MEETING_PROVENANCE = """
MATCH (m:Meeting {id: $id})
RETURN m {.id, .date, .status,
  participants: [(p:Person)-[:PARTICIPATED_IN]->(m) | p.name],
  articles: COLLECT { MATCH (m)-[:REPORTED_IN]->(a:Article)
                      RETURN a {.title, .url, .publisher, .published}
                      ORDER BY a.published IS NULL, a.published, a.id },
  sentences: COLLECT { MATCH (m)-[:SUPPORTED_BY]->(s:Sentence)-[:PART_OF]->(a:Article)
                       RETURN s {.text, .start, .end}
                       ORDER BY a.published IS NULL, a.published, a.id, s.start }} AS meeting
"""

# person(id) { name title parties { name } titleHistory { title published }
#              meetings(first: 5) { totalCount nodes { id date topics { name } } } }
DIRECT_PERSON_PROFILE = """
MATCH (p:Person {id: $id})
RETURN p {.name, .title,
  parties: COLLECT { MATCH (p)-[:REPRESENTS]->(q:Party) RETURN q.name ORDER BY q.name, q.id },
  title_history: COLLECT { MATCH (p)-[r:MENTIONED_IN]->(a:Article)
                           RETURN {title: r.title, published: r.published}
                           ORDER BY r.published IS NULL, r.published, a.id },
  meeting_count: COUNT { (p)-[:PARTICIPATED_IN]->(:Meeting) },
  meetings: COLLECT { MATCH (p)-[:PARTICIPATED_IN]->(m:Meeting)
                      RETURN m {.id, .date, topics: [(m)-[:ABOUT]->(t:Topic) | t.name]}
                      ORDER BY m.date IS NULL, m.date DESC, m.id LIMIT 5 }} AS person
"""

# Inputs for the benchmark: the busiest people, parties and party pairs, some meetings.
BENCH_INPUTS = """
CALL () {
  MATCH (p:Person)-[:PARTICIPATED_IN]->(m:Meeting) WHERE p.id STARTS WITH 'bench-'
  WITH p, count(m) AS n ORDER BY n DESC, p.id LIMIT 20 RETURN collect(p.id) AS people
}
CALL () {
  MATCH (q:Party)-[:PARTICIPATED_IN]->(m:Meeting) WHERE q.id STARTS WITH 'bench-'
  WITH q, count(m) AS n ORDER BY n DESC, q.id LIMIT 20 RETURN collect(q.id) AS parties
}
CALL () {
  MATCH (a:Party)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Party)
  WHERE a.id STARTS WITH 'bench-' AND a.id < b.id
  WITH a, b, count(m) AS n ORDER BY n DESC, a.id, b.id LIMIT 20
  RETURN collect([a.id, b.id]) AS pairs
}
CALL () {
  MATCH (m:Meeting) WHERE m.id STARTS WITH 'bench-'
  WITH m ORDER BY m.id LIMIT 40 RETURN collect(m.id) AS meetings
}
RETURN people, parties, pairs, meetings
"""

FIRST_NAMES = ["Ana", "Boris", "Chen", "Dalia", "Emre", "Farah", "Goran", "Hana", "Ivan", "Jun",
               "Kofi", "Lena", "Mateus", "Nadia", "Olek", "Priya", "Quentin", "Rosa", "Sami",
               "Tomás", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë"]
SURNAMES = ["Álvarez", "Bauer", "Čech", "Dubois", "Eriksen", "Fischer", "García", "Horvát",
            "Ito", "Jansen", "Kowalski", "López", "Müller", "Nowak", "Okafor", "Petrov",
            "Quispe", "Rossi", "Šimić", "Tanaka", "Ueda", "Varga", "Weber", "Xu", "Yilmaz",
            "Zhou"]
TITLES = ["Trade Minister", "Foreign Minister", "Chief Negotiator", "Special Envoy",
          "Deputy Minister", "Ambassador"]
TOPICS = ["tariffs", "automobiles", "steel", "aluminum", "agriculture", "rare earths",
          "semiconductors", "energy", "investment", "sanctions", "ceasefire", "prisoners",
          "territory", "security guarantees", "nuclear program", "enrichment",
          "export controls", "fisheries", "currency", "digital trade"]
KINDS = ["in_person", "in_person", "in_person", "phone", "video", "unknown"]
STATUSES = ["held"] * 8 + ["planned", "cancelled"]
CITIES = ["Geneva", "Washington", "Tokyo", "Istanbul", "Muscat", "Brussels", "Beijing",
          "Doha", "Riyadh", "Vienna"]


@dataclass
class BenchGraph:
    parties: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    meetings: list[dict[str, Any]] = field(default_factory=list)
    demands: list[dict[str, Any]] = field(default_factory=list)
    concessions: list[dict[str, Any]] = field(default_factory=list)


def generate(meetings: int = 5000, parties: int = 40, people_per_party: int = 8,
             seed: int = 7) -> BenchGraph:
    """Meetings between pairs of parties (a few pairs negotiate often), with people,
    topics, articles, sentences, and about one demand per two meetings, one concession per four."""
    rnd = random.Random(seed)
    g = BenchGraph()
    for i in range(parties):
        g.parties.append({"id": f"bench-party-{i}", "name": f"Benchland {i}", "kind": "country",
                          "aliases": [f"BL{i}"]})
    members: dict[str, list[str]] = {}
    start = date(2022, 1, 1)
    for party in g.parties:
        members[party["id"]] = []
        for j in range(people_per_party):
            n = len(g.people)
            name = f"{FIRST_NAMES[n % len(FIRST_NAMES)]} {SURNAMES[(n // 3) % len(SURNAMES)]}-{n}"
            pid = f"bench-person-{n}"
            members[party["id"]].append(pid)
            g.people.append({"id": pid, "name": name, "aliases": [name.split()[-1]],
                             "surname_key": name.split()[-1].lower(), "title": TITLES[n % 6],
                             "country": party["name"], "party_id": party["id"],
                             "published": start})
    # a skewed pair distribution: the first pairs negotiate far more often
    pairs = [(a, b) for a in range(parties) for b in range(a + 1, parties)]
    weights = [1.0 / (1 + k) ** 0.8 for k in range(len(pairs))]
    for i in range(meetings):
        a, b = rnd.choices(pairs, weights)[0]
        pa, pb = g.parties[a]["id"], g.parties[b]["id"]
        people = rnd.sample(members[pa], rnd.randint(1, 2)) + rnd.sample(members[pb],
                                                                         rnd.randint(1, 2))
        day = start + timedelta(days=rnd.randint(0, 3 * 365))
        published = day + timedelta(days=rnd.randint(0, 2))
        status = rnd.choice(STATUSES)
        aid, sid = f"bench-article-{i}", f"bench-sentence-{i}"
        sentence = f"{len(people)} envoys of {g.parties[a]['name']} and {g.parties[b]['name']} met."
        g.articles.append({
            "id": aid, "title": f"Talks between {g.parties[a]['name']} and {g.parties[b]['name']}",
            "url": f"https://bench.example/{i}", "publisher": rnd.choice(["Wire A", "Wire B"]),
            "published": published, "sentence_id": sid, "sentence": sentence,
            "mentions": [{"id": p, "title": TITLES[(i + k) % 6]} for k, p in enumerate(people)]})
        g.meetings.append({
            "id": f"bench-meeting-{i}", "date": day,
            "end_date": day + timedelta(days=1) if rnd.random() < 0.1 else None,
            "kind": rnd.choice(KINDS), "status": status,
            "status_history": [f"{published} {status} {aid}"],
            "location": rnd.choice(CITIES), "duration_minutes": rnd.choice([None, 30, 60, 90, 480]),
            "round": rnd.choice([None, None, 1, 2, 3, 4, 5]),
            "topics": rnd.sample(TOPICS, rnd.randint(1, 3)),
            "person_ids": people, "party_ids": [pa, pb], "article_id": aid, "sentence_id": sid,
            "published": published})
        for kind, share in (("demands", 0.5), ("concessions", 0.25)):
            if rnd.random() < share:
                by, to = (pa, pb) if rnd.random() < 0.5 else (pb, pa)
                getattr(g, kind).append({
                    "id": f"bench-{kind[:-1]}-{i}", "text": f"{kind[:-1]} {i} on "
                    f"{g.meetings[-1]['topics'][0]}", "published": published, "article_id": aid,
                    "sentence_id": sid, "by_party_id": by, "to_party_id": to,
                    "by_person_id": rnd.choice(members[by]),
                    "topics": g.meetings[-1]["topics"][:1]})
    return g


def _batches(rows: list[dict[str, Any]]):
    for i in range(0, len(rows), BATCH):
        yield rows[i:i + BATCH]


def load(driver: Driver, database: str, graph: BenchGraph) -> None:
    """Write the generated graph (idempotent: everything is MERGEd on its key)."""
    for query, rows in ((CREATE_PARTIES, graph.parties), (CREATE_PEOPLE, graph.people),
                        (CREATE_ARTICLES, graph.articles), (CREATE_MEETINGS, graph.meetings),
                        (CREATE_DEMANDS, graph.demands),
                        (CREATE_CONCESSIONS, graph.concessions)):
        for batch in _batches(rows):
            driver.execute_query(query, rows=batch, database_=database)


def bench_meeting_count(driver: Driver, database: str) -> int:
    records, _, _ = driver.execute_query(COUNT_BENCH, database_=database, routing_="r")
    return records[0]["meetings"]
