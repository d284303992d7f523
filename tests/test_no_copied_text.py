"""Our test sentences and sample articles are our own words, not copies of the corpus.

The shared corpus holds real published articles that are not ours; this check fails when any
string in the tests, or any bundled sample, shares a run of nine or more words with one of
them. It runs only where ../shared/corpus/dev exists (CI starts from a clean clone without it).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "dev"
RUN = 9


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _runs(words: list[str]) -> set[str]:
    return {" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _our_texts() -> dict[str, str]:
    """Every string constant of the test modules and every sample file, by where it lives."""
    out: dict[str, str] = {}
    for f in sorted((REPO / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                strings = [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
                out[f"{f.name}::{node.name}"] = " ".join(strings)
    for f in sorted((REPO / "samples").rglob("*")):
        if f.is_file():
            out[str(f.relative_to(REPO))] = f.read_text(encoding="utf-8", errors="replace")
    return out


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared dev corpus (../shared/corpus/dev) not present")
def test_no_test_sentence_or_sample_copies_the_corpus():
    corpus: dict[str, str] = {}
    for f in sorted(CORPUS.glob("*.txt")):
        for run in _runs(_words(f.read_text(encoding="utf-8"))):
            corpus.setdefault(run, f.name)
    copied = {where: corpus[run] for where, text in _our_texts().items()
              for run in _runs(_words(text)) if run in corpus}
    assert not copied, f"text shares {RUN}+ words with corpus articles: {copied}"
