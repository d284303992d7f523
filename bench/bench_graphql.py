"""GraphQL over HTTP vs the same answers in Cypher straight through the driver, in one run.

    PARLEY_TEST_NEO4J=1 NEO4J_URI=... NEO4J_PASSWORD=... python bench/bench_graphql.py [--meetings 5000]

1. Loads a generated graph (`graph.bench_data`, batched UNWIND: thousands of meetings with
   people, parties, topics, articles, sentences, demands, concessions) unless it is there.
2. Starts the API (`schema.app.create_app` under uvicorn) in a subprocess on 127.0.0.1.
3. Checks, for every input, that GraphQL and the direct Cypher give the same answer.
4. Runs a fixed mix of queries (who met whom, meetings by party and dates, a timeline,
   demands by party, name search, provenance of a meeting, a person's profile, topics of a
   party) at concurrency 1 and N with bounded request counts: through GraphQL over HTTP
   (keep-alive HTTP/1.1, `HttpPool`; `--client httpx` for httpx), and as Cypher with the
   neo4j AsyncDriver, side by side: each case's requests alternate between the two sides in
   blocks, so background load on the machine weighs on both alike.
5. Prints p50/p99 latency and throughput for both and the GraphQL/Cypher ratio, per case and
   over the whole mix ("ALL"), plus the floor of each path (an empty GraphQL request vs
   `RETURN 1`: HTTP + GraphQL machinery vs one Bolt round trip); writes
   bench/out/graphql.json.

The direct Cypher is the text the API runs where the API answers in one query, and a
hand-written single query (`graph.bench_data.DIRECT_*`) where it needs more than one.
The graph is wiped first only with --wipe (and only when PARLEY_TEST_NEO4J=1).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
from neo4j import READ_ACCESS, AsyncGraphDatabase

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph import bench_data, reads  # noqa: E402
from graph.connection import open_driver  # noqa: E402
from graph.model import init_db  # noqa: E402
from parley.settings import load_settings  # noqa: E402

SERVER = """
import sys, uvicorn
from parley.settings import load_settings
from schema.app import create_app
uvicorn.run(create_app(load_settings()), host="127.0.0.1", port=int(sys.argv[1]),
            log_level="warning", access_log=False, loop="uvloop", http="httptools")
"""

NO_MEETING_FILTER = {"from": None, "to": None, "status": None, "kind": None, "location": None,
                     "people": [], "parties": [], "topic": None}
NO_POSITION_FILTER = {"from": None, "to": None, "by_party": None, "by_person": None,
                      "to_party": None, "topic": None, "text": None}


@dataclass
class Case:
    name: str
    graphql: str
    cypher: str
    inputs: Callable[[dict], list[tuple[dict, dict]]]  # -> [(graphql variables, cypher params)]
    from_graphql: Callable[[dict], Any]  # the answer, comparable across both sides
    from_cypher: Callable[[list[dict]], Any]


def paged(keys, params, limit):
    return {**params, "keys": keys, "skip": 0, "limit": limit}


def rows(records):
    return records[0]["rows"] if records else []


def iso(value):
    return None if value is None else value.isoformat()


CASES = [
    Case(
        "who_met_person",
        """query($id: ID!) { whoMet(person: $id, first: 10) { totalCount
             nodes { name meetingCount firstMet lastMet topics { name } } } }""",
        reads.COUNTERPARTS[("person", "person")],
        lambda inp: [({"id": p}, paged([p], NO_MEETING_FILTER, 10)) for p in inp["people"]],
        lambda d: [(n["name"], n["meetingCount"], n["firstMet"], n["lastMet"],
                    [t["name"] for t in n["topics"]]) for n in d["whoMet"]["nodes"]],
        lambda r: [(x["counterpart"]["name"], x["count"], iso(x["first_met"]), iso(x["last_met"]),
                    x["topics"]) for x in rows(r)],
    ),
    Case(
        "meetings_party_year",
        """query($party: ID!) { meetingsConnection(filter: {party: $party, from: "2023-01-01",
             to: "2023-12-31"}, first: 20) { totalCount nodes { id date kind status location
             participants { name } parties { name } topics { name } } } }""",
        reads.MEETINGS[("party", False)],
        lambda inp: [({"party": p}, paged([p], {**NO_MEETING_FILTER, "parties": [p],
                                                "from": date(2023, 1, 1),
                                                "to": date(2023, 12, 31)}, 20))
                     for p in inp["parties"]],
        lambda d: [(n["id"], sorted(p["name"] for p in n["participants"]),
                    sorted(t["name"] for t in n["topics"]))
                   for n in d["meetingsConnection"]["nodes"]],
        lambda r: [(x["id"], sorted(p["name"] for p in x["participants"]), sorted(x["topics"]))
                   for x in rows(r)],
    ),
    Case(
        "timeline_pair",
        """query($a: ID!, $b: ID!) { timeline(partyA: $a, partyB: $b, first: 20) { totalCount
             nodes { kind date meeting { id participants { name } topics { name } }
                     demand { id text byParty { name } } concession { id text byParty { name } } }
           } }""",
        reads.TIMELINE,
        lambda inp: [({"a": a, "b": b}, paged([a], {"from": None, "to": None, "topic": None,
                                                    "kinds": ["MEETING", "DEMAND", "CONCESSION"],
                                                    "unaddressed": False, "other": b}, 20))
                     for a, b in inp["pairs"]],
        lambda d: [(n["kind"], n["date"], (n["meeting"] or n["demand"] or n["concession"])["id"])
                   for n in d["timeline"]["nodes"]],
        lambda r: [(x["kind"], iso(x["date"]), (x["meeting"] or x["position"])["id"])
                   for x in rows(r)],
    ),
    Case(
        "demands_by_party",
        """query($party: ID!) { demands(filter: {byParty: $party}, first: 20) { totalCount
             nodes { id text firstReported byParty { name } byPerson { name } toParty { name }
                     topics { name } } } }""",
        reads.POSITIONS[("Demand", "by_party", False)],
        lambda inp: [({"party": p}, paged([p], {**NO_POSITION_FILTER, "by_party": p}, 20))
                     for p in inp["parties"]],
        lambda d: [(n["id"], n["byPerson"]["name"], n["toParty"]["name"])
                   for n in d["demands"]["nodes"]],
        lambda r: [(x["id"], x["by_person"]["name"], x["to_party"]["name"]) for x in rows(r)],
    ),
    Case(
        "search_names",
        """query($text: String!) { search(text: $text, first: 10) { totalCount
             nodes { kind name score } } }""",
        reads.SEARCH,
        lambda inp: [({"text": t}, paged([None], {"query": reads.lucene_query(t),
                                                  "max_hits": reads.SEARCH_MAX_HITS,
                                                  "labels": None}, 10))
                     for t in ["muller", "ŠIMIĆ", "gar", "tanaka ana", "benchland 1", "tariff",
                               "lopez", "rare", "Čech", "okaf"]],
        lambda d: [(n["kind"], n["name"]) for n in d["search"]["nodes"]],
        lambda r: [(x["kind"], x["node"]["name"]) for x in rows(r)],
    ),
    Case(
        "meeting_provenance",
        """query($id: ID!) { meeting(id: $id) { id date status participants { name }
             articles { title url publisher published } sentences { text start end } } }""",
        bench_data.DIRECT_MEETING_PROVENANCE,
        lambda inp: [({"id": m}, {"id": m}) for m in inp["meetings"]],
        lambda d: (d["meeting"]["id"], sorted(p["name"] for p in d["meeting"]["participants"]),
                   [a["url"] for a in d["meeting"]["articles"]],
                   [s["text"] for s in d["meeting"]["sentences"]]),
        lambda r: (r[0]["meeting"]["id"], sorted(r[0]["meeting"]["participants"]),
                   [a["url"] for a in r[0]["meeting"]["articles"]],
                   [s["text"] for s in r[0]["meeting"]["sentences"]]),
    ),
    Case(
        "person_profile",
        """query($id: ID!) { person(id: $id) { name title parties { name }
             titleHistory { title published }
             meetings(first: 5) { totalCount nodes { id date topics { name } } } } }""",
        bench_data.DIRECT_PERSON_PROFILE,
        lambda inp: [({"id": p}, {"id": p}) for p in inp["people"]],
        lambda d: (d["person"]["name"], [p["name"] for p in d["person"]["parties"]],
                   len(d["person"]["titleHistory"]), d["person"]["meetings"]["totalCount"],
                   [m["id"] for m in d["person"]["meetings"]["nodes"]]),
        lambda r: (r[0]["person"]["name"], r[0]["person"]["parties"],
                   len(r[0]["person"]["title_history"]), r[0]["person"]["meeting_count"],
                   [m["id"] for m in r[0]["person"]["meetings"]]),
    ),
    Case(
        "topics_of_party",
        """query($party: ID!) { topics(filter: {party: $party}, first: 10) { totalCount
             nodes { topic { name } meetingCount demandCount concessionCount lastDate } } }""",
        reads.TOPICS,
        lambda inp: [({"party": p}, paged([None], {"from": None, "to": None, "person": None,
                                                   "party": p}, 10)) for p in inp["parties"]],
        lambda d: [(n["topic"]["name"], n["meetingCount"], n["demandCount"])
                   for n in d["topics"]["nodes"]],
        lambda r: [(x["name"], x["meetings"], x["demands"]) for x in rows(r)],
    ),
]


# The fixed cost of each path, outside the mix: an empty GraphQL request vs `RETURN 1`.
FLOOR = Case("floor (no data)", "{ __typename }", "RETURN 1 AS one",
             lambda inp: [({}, {})], lambda d: 1, lambda r: r[0]["one"])


# -- a lean HTTP/1.1 client ----------------------------------------------------------------------
class HttpPool:
    """POST JSON over keep-alive HTTP/1.1 connections (one per concurrent request).

    httpx costs about a millisecond of client CPU per request here (its request/response
    models, httpcore and h11 in pure Python), more than the server's whole fixed cost, so the
    GraphQL side would mostly measure the client library; the Cypher side's client is the
    neo4j driver with its Rust extension. This client does only what the requests need:
    Content-Length framing, keep-alive, the status line. `--client httpx` measures with httpx.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []

    async def post_json(self, path: str, payload: dict) -> tuple[int, Any]:
        body = json.dumps(payload).encode()
        head = (f"POST {path} HTTP/1.1\r\nhost: {self.host}:{self.port}\r\n"
                f"content-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n")
        request = head.encode() + body
        while True:
            reused = bool(self.idle)
            conn = self.idle.pop() if reused else await asyncio.open_connection(self.host,
                                                                                self.port)
            reader, writer = conn
            try:
                writer.write(request)
                raw = await reader.readuntil(b"\r\n\r\n")
                break
            except (asyncio.IncompleteReadError, ConnectionError):
                writer.close()
                if not reused:  # the server closed an idle connection (keep-alive timeout)
                    raise
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = dict(line.lower().split(": ", 1) for line in lines[1:] if line)
        if "content-length" not in headers:
            raise RuntimeError(f"response without content-length: {lines}")
        data = await reader.readexactly(int(headers["content-length"]))
        if headers.get("connection", "").strip() == "close":
            writer.close()
        else:
            self.idle.append(conn)
        return status, json.loads(data)

    async def close(self) -> None:
        for _, writer in self.idle:
            writer.close()
        self.idle.clear()


# -- running ------------------------------------------------------------------------------------
@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    wall: float = 0.0

    def summary(self) -> dict[str, float]:
        ordered = sorted(self.latencies)
        n = len(ordered)
        return {"n": n, "p50_ms": 1000 * statistics.median(ordered),
                "p99_ms": 1000 * ordered[min(n - 1, int(0.99 * n))],
                "rps": n / self.wall if self.wall else 0.0}


async def drive(requests: list[Callable[[], Any]], concurrency: int) -> Stats:
    """Run the request thunks with `concurrency` workers; record each one's latency."""
    stats = Stats()
    queue = list(reversed(requests))

    async def worker() -> None:
        while queue:
            call = queue.pop()
            t0 = time.perf_counter()
            await call()
            stats.latencies.append(time.perf_counter() - t0)

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    stats.wall = time.perf_counter() - t0
    return stats


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_graph(settings, meetings: int, wipe: bool) -> None:
    driver = open_driver(settings)
    try:
        init_db(driver, settings.neo4j_database)
        if wipe:
            if os.environ.get("PARLEY_TEST_NEO4J") != "1":
                sys.exit("--wipe only against the test Neo4j (PARLEY_TEST_NEO4J=1)")
            with driver.session(database=settings.neo4j_database) as session:
                session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()
        have = bench_data.bench_meeting_count(driver, settings.neo4j_database)
        if have != meetings:
            t0 = time.perf_counter()
            graph = bench_data.generate(meetings=meetings)
            bench_data.load(driver, settings.neo4j_database, graph)
            print(f"loaded {len(graph.meetings)} meetings, {len(graph.people)} people, "
                  f"{len(graph.parties)} parties, {len(graph.demands)} demands, "
                  f"{len(graph.concessions)} concessions, {len(graph.articles)} articles "
                  f"in {time.perf_counter() - t0:.1f}s", flush=True)
            have = bench_data.bench_meeting_count(driver, settings.neo4j_database)
            if have != meetings:
                sys.exit(f"graph holds {have} bench meetings, not {meetings}: rerun with --wipe")
        else:
            print(f"graph already holds {have} bench meetings", flush=True)
    finally:
        driver.close()


async def run(args) -> dict:
    settings = load_settings()
    ensure_graph(settings, args.meetings, args.wipe)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(port)], cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    driver = AsyncGraphDatabase.driver(settings.neo4j_uri,
                                       auth=(settings.neo4j_user, settings.neo4j_password),
                                       max_connection_pool_size=64)
    db = settings.neo4j_database
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    try:
        async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as http:
            for _ in range(100):
                try:
                    if (await http.get("/health")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.1)
            else:
                raise SystemExit("the GraphQL server did not come up")
            records, _, _ = await driver.execute_query(bench_data.BENCH_INPUTS, database_=db)
            inputs = records[0].data()

            pool = HttpPool("127.0.0.1", port)

            async def graphql(case: Case, variables: dict) -> dict:
                payload = {"query": case.graphql, "variables": variables}
                if args.client == "httpx":
                    response = await http.post("/graphql", json=payload)
                    status, body = response.status_code, response.json()
                else:
                    status, body = await pool.post_json("/graphql", payload)
                if status != 200 or body.get("errors"):
                    raise RuntimeError(f"{case.name}: {body['errors']}")
                return body["data"]

            async def cypher(case: Case, params: dict) -> list[dict]:
                # an auto-commit read, as the API's reader runs them (one round trip)
                async with driver.session(database=db, default_access_mode=READ_ACCESS) as s:
                    result = await s.run(case.cypher, params)
                    return [record.data() async for record in result]

            # same answer on both sides, for every input
            for case in CASES:
                for variables, params in case.inputs(inputs):
                    got = case.from_graphql(await graphql(case, variables))
                    want = case.from_cypher(await cypher(case, params))
                    if got != want:
                        raise SystemExit(f"{case.name} {variables}: GraphQL {got!r} != Cypher {want!r}")
            print(f"answers agree for all {len(CASES)} cases", flush=True)

            def thunks(case, count, side):
                pairs = case.inputs(inputs)
                out = []
                for i in range(count):
                    variables, params = pairs[i % len(pairs)]
                    out.append((lambda v=variables: graphql(case, v)) if side == "graphql"
                               else (lambda p=params: cypher(case, p)))
                return out

            async def side_by_side(case, count, concurrency) -> tuple[Stats, Stats]:
                """Both sides' requests in alternating blocks (GraphQL, Cypher, GraphQL...), so
                that whatever else the machine is doing weighs on both alike."""
                block = max(25, 10 * concurrency)
                g_calls, c_calls = thunks(case, count, "graphql"), thunks(case, count, "cypher")
                g, c = Stats(), Stats()
                for i in range(0, count, block):
                    for calls, stats in ((g_calls, g), (c_calls, c)):
                        part = await drive(calls[i:i + block], concurrency)
                        stats.latencies += part.latencies
                        stats.wall += part.wall
                return g, c

            for case in [*CASES, FLOOR]:  # warm up both paths (plans, caches, connections)
                await drive(thunks(case, 30, "graphql"), 4)
                await drive(thunks(case, 30, "cypher"), 4)

            results: dict[str, Any] = {"meetings": args.meetings, "client": args.client,
                                       "runs": {}}
            for concurrency, count in ((1, args.requests), (args.concurrency, args.requests * 2)):
                per_case, all_g, all_c = {}, Stats(), Stats()
                for case in CASES:
                    g, c = await side_by_side(case, count, concurrency)
                    per_case[case.name] = {"graphql": g.summary(), "cypher": c.summary()}
                    all_g.latencies += g.latencies
                    all_g.wall += g.wall
                    all_c.latencies += c.latencies
                    all_c.wall += c.wall
                per_case["ALL"] = {"graphql": all_g.summary(), "cypher": all_c.summary()}
                g, c = await side_by_side(FLOOR, count, concurrency)
                per_case[FLOOR.name] = {"graphql": g.summary(), "cypher": c.summary()}
                results["runs"][str(concurrency)] = per_case
                report(concurrency, count, per_case)
            await pool.close()
            return results
    finally:
        await driver.close()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def report(concurrency: int, count: int, per_case: dict) -> None:
    print(f"\nconcurrency {concurrency}, {count} requests per case and side")
    print(f"{'case':22} {'GraphQL p50':>11} {'p99':>7} {'req/s':>7} | {'Cypher p50':>10} "
          f"{'p99':>7} {'req/s':>7} | {'p50 ratio':>9}")
    for name, sides in per_case.items():
        g, c = sides["graphql"], sides["cypher"]
        ratio = g["p50_ms"] / c["p50_ms"] if c["p50_ms"] else float("nan")
        sides["p50_ratio"] = ratio
        print(f"{name:22} {g['p50_ms']:9.2f}ms {g['p99_ms']:5.1f}ms {g['rps']:7.0f} | "
              f"{c['p50_ms']:8.2f}ms {c['p99_ms']:5.1f}ms {c['rps']:7.0f} | {ratio:8.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=200,
                        help="requests per case and side at concurrency 1 (x2 at --concurrency)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--client", choices=("lean", "httpx"), default="lean",
                        help="HTTP client of the GraphQL side (see HttpPool)")
    parser.add_argument("--wipe", action="store_true",
                        help="empty the graph first (test Neo4j only)")
    args = parser.parse_args()
    import uvloop  # the event loop the server runs on too; both sides' clients share it

    results = uvloop.run(run(args))
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "graphql.json").write_text(json.dumps(results, indent=2))
    print(f"\nwrote {out / 'graphql.json'}")


if __name__ == "__main__":
    main()
