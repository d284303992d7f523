"""A real-browser check of Neo4j Browser: log in, run "who met whom", screenshot the graph.

Headless Chromium (Debian's, never a downloaded build) is driven by Playwright's
`playwright-core` from npm (bench/browser/, pinned in package-lock.json). This script
installs nothing itself. Once per machine:

    apt-get update && apt-get install -y chromium chromium-driver   # /usr/bin/chromium
    npm ci --prefix bench/browser                                   # playwright-core only

Then, against a running server (the one `parley neo4j start` / `./dev.sh up` started, or any
server named by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_HTTP_PORT):

    .venv/bin/python bench/browser_screenshot.py --name "Mara Quell" --demo

`--demo` first writes the invented demo negotiation (graph/browser/demo.py) with
`graph.writes.write_article`; leave it out to look at ingested data. Output, in the
git-ignored bench/out/: `who-met-whom.png` (the result frame: graph view) and
`post-connect.png` (the whole page right after login: the `:style` and `:play` frames
that browser.post_connect_cmd ran). The script prints the node captions and fill colours
it found in the SVG and exits non-zero when the graph is empty or a step fails.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.browser import load_queries  # noqa: E402
from parley.settings import load_settings  # noqa: E402

NODE_DIR = ROOT / "bench" / "browser"
OUT_DIR = ROOT / "bench" / "out"


def cypher_string(value: str) -> str:
    """A Cypher string literal for a `:param` command typed into Browser."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--name", required=True, help="the person for who-met-whom ($name)")
    parser.add_argument("--query", default="who-met-whom",
                        help="saved query from graph/browser/queries.cypher")
    parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="more string parameters for other queries")
    parser.add_argument("--demo", action="store_true",
                        help="write the invented demo articles first (MERGE: idempotent)")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--settle-ms", type=int, default=4000,
                        help="time for the force layout before the screenshot")
    args = parser.parse_args(argv)

    settings = load_settings()
    if not Path(args.chromium).exists():
        print(f"no Chromium at {args.chromium}: apt-get install -y chromium", file=sys.stderr)
        return 2
    if shutil.which("node") is None or not (NODE_DIR / "node_modules" / "playwright-core").exists():
        print("playwright-core is missing: npm ci --prefix bench/browser", file=sys.stderr)
        return 2
    if not settings.neo4j_password:
        print("NEO4J_PASSWORD is not set (nor in .env)", file=sys.stderr)
        return 2

    if args.demo:
        from graph.browser.demo import demo_articles
        from graph.connection import open_driver
        from graph.model import init_db
        from graph.writes import write_article

        driver = open_driver(settings)
        try:
            init_db(driver, settings.neo4j_database)
            for article in demo_articles():
                write_article(driver, settings.neo4j_database, article)
        finally:
            driver.close()

    queries = {q.name: q for q in load_queries()}
    query = queries[args.query]
    values = {"name": args.name, **dict(p.split("=", 1) for p in args.param)}
    missing = [p for p in query.params if p not in values]
    if missing:
        print(f"{args.query} needs --param for {missing}", file=sys.stderr)
        return 2
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    config = {
        "browserUrl": settings.browser_url,
        "boltUrl": settings.neo4j_uri,
        "user": settings.neo4j_user,
        "password": settings.neo4j_password,
        "chromium": args.chromium,
        "outDir": str(OUT_DIR),
        "paramCommands": [f":param {p} => {cypher_string(values[p])}" for p in query.params],
        "query": query.cypher,
        "name": query.name,
        "settleMs": args.settle_ms,
    }
    env = dict(os.environ, PARLEY_SHOT_CONFIG=json.dumps(config))
    result = subprocess.run(["node", str(NODE_DIR / "screenshot.mjs")], env=env, cwd=NODE_DIR,
                            timeout=300)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
