// Parley: saved Cypher queries for Neo4j Browser.
// Every query reads parameters only: set them with `:param name => '...'` first.
// Each block starts with `// name:`; graph/browser/guide.html is generated from this file
// (`python -m graph.browser`), and tests/test_browser_queries.py runs every query.

// name: search-by-name
// title: Search by name
// params: q
// :param q => 'part of a name'
// Finds people, parties and topics by name or alias (fulltext index parley_names; case and
// accents ignored). Add * for a prefix (e.g. a surname start followed by *).
// Use the exact name it returns in the other queries.
CALL db.index.fulltext.queryNodes('parley_names', $q) YIELD node, score
RETURN labels(node)[0] AS kind, node.name AS name, node.aliases AS aliases,
       node.title AS title, node.id AS id, score
ORDER BY score DESC, name
LIMIT 25;

// name: who-met-whom
// title: Who met whom
// params: name
// expect-index: NodeIndexSeek
// :param name => 'Full Person Name'
// Everyone who sat in a meeting with this person, how often, first and last time.
// The graph view shows the person, the counterparts and the meetings between them.
MATCH (p:Person {name: $name})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other:Person)
WHERE other <> p
WITH p, other, collect(DISTINCT m) AS meetings, min(m.date) AS first_met, max(m.date) AS last_met
RETURN other.name AS counterpart,
       [(other)-[:REPRESENTS]->(party:Party) | party.name] AS parties,
       size(meetings) AS times, first_met, last_met,
       p AS person, other, meetings
ORDER BY times DESC, counterpart;

// name: person-meetings
// title: A person's meetings over time
// params: name
// expect-index: NodeIndexSeek
// :param name => 'Full Person Name'
// Every meeting this person took part in, oldest first (undated ones last), with the others
// present, the parties, the topics and the meeting id (for the evidence query).
MATCH (p:Person {name: $name})-[:PARTICIPATED_IN]->(m:Meeting)
RETURN m.date AS date, m.kind AS kind, m.status AS status, m.location AS location,
       [(o:Person)-[:PARTICIPATED_IN]->(m) WHERE o <> p | o.name] AS with_people,
       [(party:Party)-[:PARTICIPATED_IN]->(m) | party.name] AS parties,
       [(m)-[:ABOUT]->(t:Topic) | t.name] AS topics,
       m.id AS meeting_id
ORDER BY date, meeting_id;

// name: party-timeline
// title: Timeline between two parties
// params: party_a, party_b
// expect-index: NodeIndexSeek
// :param party_a => 'First Party Name'
// :param party_b => 'Second Party Name'
// Meetings both parties attended, and demands and concessions one made to the other, in date
// order (a demand or concession is dated by the first article that reported it).
MATCH (a:Party {name: $party_a})
MATCH (b:Party {name: $party_b})
CALL (a, b) {
  MATCH (a)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b)
  RETURN coalesce(m.date, m.first_reported) AS date, 'Meeting' AS event,
         m.kind + coalesce(' in ' + m.location, '') AS what, null AS by, null AS to,
         m.status AS status, m AS node
  UNION
  MATCH (a)<-[:MADE_BY]-(x)-[:ADDRESSED_TO]->(b)
  WHERE x:Demand OR x:Concession
  RETURN x.first_reported AS date, labels(x)[0] AS event, x.text AS what, a.name AS by,
         b.name AS to, null AS status, x AS node
  UNION
  MATCH (b)<-[:MADE_BY]-(x)-[:ADDRESSED_TO]->(a)
  WHERE x:Demand OR x:Concession
  RETURN x.first_reported AS date, labels(x)[0] AS event, x.text AS what, b.name AS by,
         a.name AS to, null AS status, x AS node
}
RETURN date, event, what, by, to, status,
       [(node)-[:ABOUT]->(t:Topic) | t.name] AS topics, node.id AS id
ORDER BY date, event, id;

// name: topic-positions
// title: Demands and concessions on a topic
// params: topic
// expect-index: NodeUniqueIndexSeek
// :param topic => 'topic name'
// What each side demanded or conceded on one topic (topic names are lower case; search by
// name finds them), oldest first, with who made it, to whom, and who voiced it.
MATCH (t:Topic {name: $topic})<-[:ABOUT]-(x)
WHERE x:Demand OR x:Concession
RETURN x.first_reported AS first_reported, labels(x)[0] AS kind, x.text AS text,
       [(x)-[:MADE_BY]->(party:Party) | party.name] AS by,
       [(x)-[:ADDRESSED_TO]->(party:Party) | party.name] AS to,
       [(x)-[:VOICED_BY]->(person:Person) | person.name] AS voiced_by,
       x.last_reported AS last_reported
ORDER BY first_reported, kind, text;

// name: meeting-evidence
// title: The evidence behind a meeting
// params: meeting_id
// expect-index: NodeUniqueIndexSeek
// :param meeting_id => 'meeting id from the meetings query'
// Every article that reported the meeting, oldest first, with the sentences that support it.
MATCH (m:Meeting {id: $meeting_id})-[:REPORTED_IN]->(a:Article)
RETURN a.published AS published, a.title AS title, a.publisher AS publisher, a.url AS url,
       [(m)-[:SUPPORTED_BY]->(s:Sentence)-[:PART_OF]->(a) | s.text] AS sentences
ORDER BY published, title;
