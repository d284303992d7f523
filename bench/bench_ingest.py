"""Ingest throughput next to extraction alone, on the same texts, in one run.

    .venv/bin/python bench/bench_ingest.py [--copies 6] [--workers 1 2]

Texts: the articles of ../shared/corpus/dev when that folder exists (read in place, never
copied), else the bundled samples; each is repeated `--copies` times with a numbered headline
so every copy is a distinct article. The bench starts its own throwaway Neo4j (free ports,
temporary data folder) so it never touches your graph, then for each worker count measures:

- extract: `extract_many` over all texts (the spaCy pass plus Parley's rules);
- ingest:  the full `ingest_articles` path (duplicate check, extraction, resolution, one
           write transaction per article) into the empty graph.

It prints articles/s for both and the ratio ingest/extract; the writes' cost is ratio - 1.
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from pathlib import Path

from graph.connection import open_driver
from graph.local_server import LocalNeo4j, throwaway_settings
from graph.model import init_db
from loaders.extraction import extract_many, load_nlp
from loaders.ingest import ingest_articles
from loaders.readers import read_paths
from parley.settings import PROJECT_ROOT, load_settings

CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "dev"


def load_articles(copies: int):
    source = CORPUS if CORPUS.is_dir() else PROJECT_ROOT / "samples"
    base = [a for a in read_paths(sorted(source.glob("*.txt"))) if not hasattr(a, "reason")]
    articles = []
    for k in range(copies):
        for a in base:
            text = a.text.replace("\n", f" (copy {k})\n", 1)
            articles.append(dataclasses.replace(a, id=f"{a.id}-copy{k}", text=text,
                                                source=f"{a.source}#copy{k}"))
    return source, articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=6)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    source, articles = load_articles(args.copies)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles ({words} words) from {source}")
    load_nlp()

    settings = load_settings()
    with tempfile.TemporaryDirectory() as tmp:
        own = throwaway_settings(settings, Path(tmp) / "neo4j", heap="2g", pagecache="1g")
        server = LocalNeo4j(own)
        server.start()
        try:
            driver = open_driver(own)
            init_db(driver, own.neo4j_database)
            # A long-running server has its query plans cached and its JIT warm; a fresh one
            # has neither. Warm it with one untimed pass so the runs compare steady states.
            list(ingest_articles(driver, own, articles[: len(articles) // 2]))
            print(f"{'workers':>7} {'extract art/s':>14} {'ingest art/s':>13} {'ingest/extract':>15}")
            for workers in args.workers:
                driver.execute_query("MATCH (n) DETACH DELETE n")
                t0 = time.perf_counter()
                for _ in extract_many([(a.text, a.published) for a in articles], n_process=workers):
                    pass
                extract_s = time.perf_counter() - t0
                t0 = time.perf_counter()
                results = list(ingest_articles(driver, own, articles, workers=workers))
                ingest_s = time.perf_counter() - t0
                assert all(r.status == "written" for r in results)
                n = len(articles)
                print(f"{workers:>7} {n / extract_s:>14.1f} {n / ingest_s:>13.1f} "
                      f"{ingest_s / extract_s:>15.2f}")
            driver.close()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
