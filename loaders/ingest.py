"""The ingest pipeline: inputs -> read -> extract -> resolve -> one transaction per article.

Why this order: reading never touches the database, so a bad file costs nothing; articles
whose exact text is already stored are skipped before the (expensive) extraction, which makes
re-ingesting a pile cheap and a no-op; extraction runs in batches through `nlp.pipe`
(optionally in several processes); each article is then written whole or not at all, so a
Neo4j that goes away mid-run loses nothing already written and a rerun finishes the job.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path

from neo4j import Driver

from graph.writes import resolve_and_write, stored_articles
from loaders.extraction import extract_many
from loaders.extraction.model import Extraction
from loaders.identity import surname_key
from loaders.readers import ArticleInput, ReadError, read_paths, read_text
from loaders.resolution import StoredPerson, resolve, text_sha
from parley.settings import Settings

BATCH = 16


@dataclass
class IngestResult:
    """What one article added (or why it was not added)."""

    article_id: str
    source: str
    status: str  # written | unchanged | error
    people: int = 0
    parties: int = 0
    meetings: int = 0
    demands: int = 0
    concessions: int = 0
    meeting_ids: list[str] = field(default_factory=list)
    demand_ids: list[str] = field(default_factory=list)
    concession_ids: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class IngestSummary:
    articles: int = 0
    unchanged: int = 0
    people: int = 0
    meetings: int = 0
    demands: int = 0
    concessions: int = 0
    errors: list[ReadError] = field(default_factory=list)

    def add(self, result: IngestResult) -> None:
        if result.status == "unchanged":
            self.unchanged += 1
            return
        self.articles += 1
        self.people += result.people
        self.meetings += result.meetings
        self.demands += result.demands
        self.concessions += result.concessions

    def line(self) -> str:
        return (f"{self.articles} articles written, {self.unchanged} unchanged, "
                f"{self.people} people, {self.meetings} meetings, {self.demands} demands, "
                f"{self.concessions} concessions, {len(self.errors)} errors")


def batched(items: Iterable[ArticleInput], size: int) -> Iterator[list[ArticleInput]]:
    """itertools.batched, which Python 3.11 lacks."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _write(driver: Driver, database: str, article: ArticleInput, extraction: Extraction) -> IngestResult:
    keys = sorted({surname_key(p.name) for p in extraction.people})
    graph = resolve_and_write(
        driver, database, keys,
        lambda stored: resolve(article, extraction, [StoredPerson(**row) for row in stored]),
        what=f"write article {article.source}")
    return IngestResult(
        article_id=article.id, source=article.source, status="written",
        people=len(graph.people), parties=len(graph.parties), meetings=len(graph.meetings),
        demands=len(graph.demands), concessions=len(graph.concessions),
        meeting_ids=[m.id for m in graph.meetings], demand_ids=[d.id for d in graph.demands],
        concession_ids=[c.id for c in graph.concessions])


def ingest_articles(driver: Driver, settings: Settings, articles: Iterable[ArticleInput],
                    workers: int = 1) -> Iterator[IngestResult]:
    """Extract and write articles, yielding one result per article once it is stored.

    Extraction (CPU, this thread, or `workers` spaCy processes) and writing (mostly waiting on
    Neo4j, one writer thread) overlap. The writer resolves and writes articles strictly in
    order, so each article's identity lookup sees every article written before it.
    """
    database = settings.neo4j_database
    waiting: deque[ArticleInput] = deque()  # fed to the extractor, not yet extracted
    unchanged: deque[IngestResult] = deque()
    todo: queue.Queue = queue.Queue(maxsize=2 * BATCH)
    done: queue.Queue = queue.Queue()

    def writer() -> None:
        while (item := todo.get()) is not None:
            try:
                done.put(_write(driver, database, *item))
            except BaseException as exc:  # handed to the consumer, which raises it
                done.put(exc)
                return

    def results(block: bool = False) -> Iterator[IngestResult]:
        """Results ready now (or, with block, at least one unless the writer has stopped)."""
        nonlocal pending
        while unchanged:
            yield unchanged.popleft()
        while pending:
            try:
                item = done.get(timeout=1.0) if block else done.get_nowait()
            except queue.Empty:
                if block and thread.is_alive():
                    continue
                return
            if isinstance(item, BaseException):
                raise item
            pending -= 1
            block = False
            yield item

    def new_articles() -> Iterator[tuple[str, date | None]]:
        """Articles not yet stored, checked against the graph one chunk (one query) at a time."""
        for chunk in batched(articles, BATCH):
            stored = stored_articles(driver, database, [(a.id, text_sha(a.text)) for a in chunk])
            for article in chunk:
                if article.id in stored:
                    unchanged.append(IngestResult(article.id, article.source, "unchanged"))
                    continue
                waiting.append(article)
                yield article.text, article.published

    def hand_over(item: tuple[ArticleInput, Extraction] | None) -> None:
        while thread.is_alive():
            try:
                todo.put(item, timeout=1.0)
                return
            except queue.Full:
                continue

    thread = threading.Thread(target=writer, name="parley-writer", daemon=True)
    thread.start()
    pending = 0
    # The writer mostly waits on Neo4j; when an answer arrives it should get the GIL at
    # once rather than after the extractor's default 5 ms time slice.
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(0.0005)
    try:
        for extraction in extract_many(new_articles(), n_process=workers, batch_size=BATCH):
            hand_over((waiting.popleft(), extraction))
            pending += 1
            yield from results()
        hand_over(None)
        while pending or unchanged:
            yield from results(block=True)
            if pending and not thread.is_alive() and done.empty():
                raise RuntimeError("the writer thread stopped without reporting why")
    finally:
        hand_over(None)
        sys.setswitchinterval(switch_interval)


def ingest_text(driver: Driver, settings: Settings, *, text: str, title: str | None = None,
                url: str | None = None, published: date | None = None,
                publisher: str | None = None) -> IngestResult:
    """One article given as text (the GraphQL `ingest` mutation)."""
    item = read_text(text, source=url or "graphql", title=title, url=url, published=published,
                     publisher=publisher)
    if isinstance(item, ReadError):
        return IngestResult(article_id="", source=item.source, status="error", error=item.reason)
    return next(ingest_articles(driver, settings, [item]))


def ingest_paths(driver: Driver, settings: Settings, paths: Iterable[str | Path], *,
                 published: date | None = None, workers: int = 1,
                 progress: bool | None = None) -> IngestSummary:
    """`parley ingest`: everything under `paths`, with a progress bar on a terminal."""
    summary = IngestSummary()
    max_bytes = int(settings.max_file_mb * 1024 * 1024)

    def articles() -> Iterator[ArticleInput]:
        for item in read_paths(paths, published=published, max_bytes=max_bytes):
            if isinstance(item, ReadError):
                summary.errors.append(item)
                print(f"skipped {item.source}: {item.reason}", file=sys.stderr)
            else:
                yield item

    show = sys.stderr.isatty() if progress is None else progress
    if show:
        from rich.progress import Progress, SpinnerColumn, TextColumn

        with Progress(SpinnerColumn(), TextColumn("{task.description}"), transient=False) as bar:
            task = bar.add_task("ingesting")
            for result in ingest_articles(driver, settings, articles(), workers):
                summary.add(result)
                bar.update(task, description=summary.line())
    else:
        for result in ingest_articles(driver, settings, articles(), workers):
            summary.add(result)
    print(summary.line())
    return summary
