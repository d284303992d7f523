"""Training and checking the learned concession model (`extraction/learned_concessions.py`)
on folders of hand-annotated articles (NAME.txt + NAME.gold.json, the GUIDE's format).

Why here and not in `extraction/`: training reads gold files and the evaluator's matching
rules; extraction must not depend on either. `parley train-concessions` is the command line:

- training: every candidate (a side named in a sentence that holds no concession of the rules
  there) is labelled by whether the article's gold gives that side a concession whose evidence
  lies in that sentence, and the same L2-regularised logistic regression as the pair model's
  (`train_pairs.fit`) is fitted to the labels;
- `--cv`: leave one folder out at a time (one part of five, given a single folder), train on
  the rest, and score the held-out articles' concessions with the rules alone and with rules
  plus model, so the gain is measured on articles the model never saw.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable, Mapping

from loaders.evaluate import Score, canonical_party
from loaders.extraction.learned_concessions import FORMAT, candidates, learned_concessions
from loaders.extraction.learned_pairs import PairModel
from loaders.train_pairs import Article, FolderCheck, fit, held_out_checks, parse_articles

DEFAULT_THRESHOLD = 0.3
DEFAULT_L2 = 3.0


def read_articles(folders: Iterable[str | Path], aliases: Mapping[str, str] | None = None) -> list[Article]:
    """Parse every gold article of `folders` once; extract with the concession rules alone;
    label the candidates."""
    return parse_articles(folders, lambda ctx, rules, gold: _labelled(ctx, rules, gold, aliases), gives_model=None)


def _labelled(ctx, rules, gold: dict[str, Any], aliases: Mapping[str, str] | None
              ) -> list[tuple[dict[str, float], bool]]:
    """Each candidate's features, and whether the gold gives its side a concession told in
    its sentence."""
    told: list[tuple[str | None, int, int]] = []
    for g in gold.get("concessions", []):
        at = ctx.text.find(g.get("evidence") or "\0")
        if at >= 0:
            told.append((canonical_party(g.get("by"), aliases), at, at + len(g["evidence"])))
    out = []
    for c in candidates(ctx, rules.concessions, rules.demands):
        sent = ctx.sentences[c.sentence]
        side = canonical_party(c.party, aliases)
        out.append((c.features, any(by == side and start < sent.end_char and end > sent.start_char
                                    for by, start, end in told)))
    return out


def train(articles: list[Article], l2: float = DEFAULT_L2, threshold: float = DEFAULT_THRESHOLD) -> PairModel:
    model = fit([x for a in articles for x in a.labelled], l2, threshold)
    return replace(model, format=FORMAT)


def training_summary(articles: list[Article], l2: float) -> dict[str, Any]:
    """What a weights file says about its training: counts, not texts."""
    labels = [y for a in articles for _, y in a.labelled]
    return {"trained_on": {"articles": len(articles), "folders": len({a.folder for a in articles}),
                           "candidates": len(labels), "gave": sum(labels)}, "l2": l2}


def with_model(article: Article, model: PairModel) -> dict[str, Any]:
    """The article's extraction (JSON) with the model's concessions added to the rules'."""
    rules = article.rules
    added = learned_concessions(article.ctx, rules.concessions, rules.demands, model)
    return replace(rules, concessions=rules.concessions + added).to_json()


def cross_validate(articles: list[Article], l2: float = DEFAULT_L2, threshold: float = DEFAULT_THRESHOLD,
                   aliases: Mapping[str, str] | None = None) -> list[FolderCheck]:
    """Leave one folder out: train on the others, score the folder's concessions with and
    without the model (from a single folder, in parts: `train_pairs.held_out_parts`)."""
    return held_out_checks(articles, lambda arts: train(arts, l2, threshold), with_model, ("concessions",), aliases)


def format_checks(checks: list[FolderCheck]) -> str:
    """One line per held-out folder and a total: concessions F1, rules alone -> with model."""
    lines = [f"{'held-out folder':40} {'n':>3}  {'concessions':>13}"]
    alone, both = Score(), Score()
    for c in checks:
        rules, model = c.rules["concessions"], c.with_model["concessions"]
        alone.add(rules)
        both.add(model)
        lines.append(f"{Path(c.folder).name[:40]:40} {c.articles:3d}  {rules.prf[2]:.3f} -> {model.prf[2]:.3f}")
    n = sum(c.articles for c in checks)
    lines.append(f"{'all (rules alone -> rules + model)':40} {n:3d}  {alone.prf[2]:.3f} -> {both.prf[2]:.3f}")
    lines.append(f"concessions precision {alone.prf[0]:.3f} -> {both.prf[0]:.3f}, "
                 f"recall {alone.prf[1]:.3f} -> {both.prf[1]:.3f} "
                 f"({alone.tp}/{alone.pred}/{alone.gold} -> {both.tp}/{both.pred}/{both.gold} right/found/gold)")
    return "\n".join(lines)
