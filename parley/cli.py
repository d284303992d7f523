"""`parley`: the command line. Thin on purpose: each command calls one function elsewhere.

Errors a user can act on (a bad file, Neo4j down, wrong password) end the command with a
one-line message and exit code 1, not a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from parley.settings import PROJECT_ROOT, Settings, load_settings


class UserError(RuntimeError):
    """An error whose message is the whole story for the user."""


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from exc


# -- neo4j -----------------------------------------------------------------------------------
def cmd_neo4j(args: argparse.Namespace, settings: Settings) -> int:
    from graph.local_server import LocalNeo4j

    server = LocalNeo4j(settings)
    if args.action == "install":
        server.install()
        print(f"Neo4j jars ready in {server.lib}")
    elif args.action == "start":
        print(server.start().describe())
    elif args.action == "stop":
        print("Neo4j stopped" if server.stop() else "no Neo4j started by parley is running")
    else:
        print(server.status().describe())
    return 0


def _driver(settings: Settings):
    from graph.connection import open_driver
    from graph.model import init_db

    driver = open_driver(load_settings())  # re-read: `neo4j start` may have written .env
    init_db(driver, settings.neo4j_database)
    return driver


def cmd_init_db(args: argparse.Namespace, settings: Settings) -> int:
    from graph.model import schema_statements

    _driver(settings).close()
    print(f"{len(schema_statements())} constraints and indexes in place on {settings.neo4j_uri}")
    return 0


# -- extraction ------------------------------------------------------------------------------
def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from loaders.extraction import extract

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read as UTF-8 text ({exc})") from exc
    if not text.strip():
        raise UserError(f"{path}: empty file")
    result = extract(text, args.published)
    json.dump(result.to_json(), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def cmd_evaluate(args: argparse.Namespace, settings: Settings) -> int:
    from loaders.evaluate import evaluate_dir, format_report, load_party_aliases

    try:
        aliases = load_party_aliases(args.aliases) if args.aliases else None
    except ValueError as exc:
        raise UserError(str(exc)) from None
    report = evaluate_dir(Path(args.dir), aliases=aliases)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        print(format_report(report, verbose=args.verbose))
    return 0


def cmd_train_pairs(args: argparse.Namespace, settings: Settings) -> int:
    from loaders import train_pairs

    return _train_model(args, "train-pairs", train_pairs, "PARLEY_PAIR_MODEL")


def cmd_train_concessions(args: argparse.Namespace, settings: Settings) -> int:
    from loaders import train_concessions

    return _train_model(args, "train-concessions", train_concessions, "PARLEY_CONCESSION_MODEL")


def _train_model(args: argparse.Namespace, command: str, trainer, setting: str) -> int:
    """Fit (`--out`) or cross-validate (`--cv`) one of the learned models; `trainer` is its
    module (`read_articles`, `train`, `cross_validate`, `format_checks`, the defaults)."""
    from loaders.evaluate import load_party_aliases

    if not args.cv and not args.out:
        raise UserError(f"{command}: give --out FILE (where to write the weights) or --cv (measure only)")
    try:
        aliases = load_party_aliases(args.aliases) if args.aliases else None
    except ValueError as exc:
        raise UserError(str(exc)) from None
    for folder in args.dirs:
        if not Path(folder).is_dir():
            raise UserError(f"{folder}: not a folder of NAME.txt + NAME.gold.json pairs")
    threshold = trainer.DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    l2 = trainer.DEFAULT_L2 if args.l2 is None else args.l2
    if not 0.0 < threshold < 1.0 or l2 < 0:
        raise UserError(f"{command}: --threshold must lie between 0 and 1 and --l2 must not be negative")
    try:
        articles = trainer.read_articles(args.dirs, aliases)
        if args.cv:
            print(trainer.format_checks(trainer.cross_validate(articles, l2, threshold, aliases)))
        if args.out:
            model = trainer.train(articles, l2, threshold)
            out = Path(args.out)
            out.write_text(json.dumps(model.to_json(**trainer.training_summary(articles, l2)), indent=1,
                                      ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"wrote {out} ({len(model.weights)} weights, threshold {model.threshold}); "
                  f"use it with {setting}={out}")
    except (ValueError, FileNotFoundError, json.JSONDecodeError) as exc:
        raise UserError(f"{command}: {exc}") from None
    return 0


# -- graph -----------------------------------------------------------------------------------
def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from loaders.ingest import ingest_paths

    driver = _driver(settings)
    try:
        summary = ingest_paths(driver, settings, args.paths, published=args.published,
                               workers=args.workers)
    finally:
        driver.close()
    return 0 if summary.articles or not summary.errors else 1


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from schema.app import create_app

    from graph.connection import GraphUnavailable

    host, port = args.host or settings.graphql_host, args.port or settings.graphql_port
    try:  # constraints and indexes first; a server that is down now may come up later
        _driver(settings).close()
    except GraphUnavailable as exc:
        print(f"parley: warning: {exc}; serving anyway (/health reports 503 until it is up)",
              file=sys.stderr)
    app = create_app(load_settings())
    print(f"GraphQL: http://{host}:{port}/graphql", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", loop="uvloop", http="httptools")
    return 0


def cmd_up(args: argparse.Namespace, settings: Settings) -> int:
    """The main job: local Neo4j, the bundled sample ingested, GraphQL served, URLs printed."""
    from graph.local_server import LocalNeo4j

    if args.local:
        print(LocalNeo4j(settings).start().describe(), flush=True)
    settings = load_settings()
    args.paths = [str(PROJECT_ROOT / "samples")]
    args.published = None
    args.workers = 1
    cmd_ingest(args, settings)
    print(f"Neo4j Browser: {settings.browser_url}  (user {settings.neo4j_user}, "
          f"password in .env or NEO4J_PASSWORD)", flush=True)
    return cmd_serve(args, settings)



def _add_train_parser(sub, name: str, model: str, unit: str, threshold: float, setting: str, func) -> None:
    """`parley train-pairs` / `train-concessions`: the same options for each learned model."""
    p = sub.add_parser(name, help=f"fit (or cross-validate) the learned {model} model on annotated folders")
    p.add_argument("dirs", nargs="+", help="folders of NAME.txt + NAME.gold.json pairs")
    p.add_argument("--out", help=f"write the weights here (JSON; use with {setting})")
    p.add_argument("--cv", action="store_true", help="leave one folder out at a time and report the gain")
    p.add_argument("--threshold", type=float, help=f"probability a {unit} needs (default {threshold})")
    p.add_argument("--l2", type=float, help="regularisation strength (default 3)")
    p.add_argument("--aliases", help='JSON file {"party": ["other name", ...]}: names scored as one party')
    p.set_defaults(func=func)

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parley", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("neo4j", help="manage the local Neo4j server resolved from Maven Central")
    p.add_argument("action", choices=["install", "start", "stop", "status"])
    p.set_defaults(func=cmd_neo4j)

    p = sub.add_parser("init-db", help="create the graph's constraints and indexes (idempotent)")
    p.set_defaults(func=cmd_init_db)

    p = sub.add_parser("extract", help="print what one article says, as JSON")
    p.add_argument("file", help="text file: headline on the first line, then the body")
    p.add_argument("--published", type=_iso_date, help="publication date, YYYY-MM-DD")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("evaluate", help="score extraction against gold-annotated articles")
    p.add_argument("dir", help="folder of NAME.txt + NAME.gold.json pairs")
    p.add_argument("--json", action="store_true", help="machine-readable report")
    p.add_argument("-v", "--verbose", action="store_true", help="per-article misses and errors")
    p.add_argument("--aliases", help='JSON file {"party": ["other name", ...]}: names scored as one party')
    p.set_defaults(func=cmd_evaluate)

    _add_train_parser(sub, "train-pairs", "who-met-whom", "pair", 0.7, "PARLEY_PAIR_MODEL", cmd_train_pairs)
    _add_train_parser(sub, "train-concessions", "concession", "concession", 0.3, "PARLEY_CONCESSION_MODEL",
                      cmd_train_concessions)

    p = sub.add_parser("ingest", help="load articles (files or folders) into the graph")
    p.add_argument("paths", nargs="+")
    p.add_argument("--published", type=_iso_date, help="publication date when inputs carry none")
    p.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("serve", help="serve the GraphQL API")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("up", help="start local Neo4j, ingest the bundled sample, serve GraphQL")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--no-local", dest="local", action="store_false",
                   help="use the Neo4j at NEO4J_URI instead of starting the local one")
    p.set_defaults(func=cmd_up)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = load_settings()
    from graph.connection import GraphUnavailable
    from graph.local_server import LocalServerError
    from loaders.extraction.learned_pairs import PairModelError

    try:
        return args.func(args, settings)
    except (UserError, GraphUnavailable, LocalServerError, PairModelError) as exc:
        print(f"parley: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
