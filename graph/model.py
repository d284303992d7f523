"""The graph model: labels, relationship types, merge keys, constraints and indexes.

```
(:Article {id, title, url, publisher, published, source, ingested_at})
(:Sentence {id, text, start, end})-[:PART_OF]->(:Article)
(:Person {id, name, aliases, surname_key, title, country})
    -[:REPRESENTS]->(:Party)
    -[:MENTIONED_IN {title, published}]->(:Article)      # title history, dated by article
    -[:PARTICIPATED_IN]->(:Meeting)
(:Party {id, name, kind, aliases})-[:PARTICIPATED_IN]->(:Meeting)
(:Meeting {id, date, end_date, kind, status, location, duration_minutes, round,
           status_history, first_reported, last_reported})
(:Demand {id, text, first_reported, last_reported})
(:Concession {id, text, first_reported, last_reported})
    (:Demand|Concession)-[:MADE_BY]->(:Party)
    (:Demand|Concession)-[:VOICED_BY]->(:Person)
    (:Demand|Concession)-[:ADDRESSED_TO]->(:Party)
(:Meeting|Demand|Concession)-[:ABOUT]->(:Topic {name})
(:Meeting|Demand|Concession)-[:SUPPORTED_BY]->(:Sentence)
(:Meeting|Demand|Concession)-[:REPORTED_IN]->(:Article)
```

Every node is MERGEd on its `id` (Topic on `name`) under a uniqueness constraint: the
planner then takes a lock on the key, so two loaders writing the same fact at the same time
still leave one node. Keys are computed in `loaders.resolution`, not from raw names, so that
"Akazawa" and "Ryosei Akazawa" land on one Person.
"""

from __future__ import annotations

from neo4j import Driver

NODE_KEYS: dict[str, str] = {
    "Article": "id",
    "Sentence": "id",
    "Person": "id",
    "Party": "id",
    "Meeting": "id",
    "Demand": "id",
    "Concession": "id",
    "Topic": "name",
}

# Secondary indexes used by resolution and by the read paths (GraphQL and Browser queries).
RANGE_INDEXES: list[tuple[str, str]] = [
    ("Person", "surname_key"),
    ("Person", "name"),
    ("Party", "name"),
    ("Meeting", "date"),
    ("Meeting", "status"),
    ("Meeting", "kind"),
    ("Article", "published"),
    ("Article", "url"),
    ("Demand", "first_reported"),
    ("Concession", "first_reported"),
]

# Name search across people, parties and topics; the folding analyzer ignores case and accents.
FULLTEXT_INDEX = "parley_names"
FULLTEXT_LABELS = ("Person", "Party", "Topic")
FULLTEXT_PROPERTIES = ("name", "aliases")


def schema_statements() -> list[str]:
    """DDL for the model. Labels and property names are our constants, never user input."""
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_{key}_unique IF NOT EXISTS "
        f"FOR (n:{label}) REQUIRE n.{key} IS UNIQUE"
        for label, key in NODE_KEYS.items()
    ]
    statements += [
        f"CREATE INDEX {label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
        for label, prop in RANGE_INDEXES
    ]
    labels = "|".join(FULLTEXT_LABELS)
    props = ", ".join(f"n.{p}" for p in FULLTEXT_PROPERTIES)
    statements.append(
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{labels}) ON EACH [{props}] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}"
    )
    return statements


def init_db(driver: Driver, database: str) -> int:
    """Create constraints and indexes (idempotent) and wait until they are online."""
    statements = schema_statements()
    for statement in statements:
        driver.execute_query(statement, database_=database)
    driver.execute_query("CALL db.awaitIndexes(60)", database_=database)
    return len(statements)
