"""Training and checking the learned who-met-whom model (`extraction/learned_pairs.py`)
on folders of hand-annotated articles (NAME.txt + NAME.gold.json, the GUIDE's format).

Why here and not in `extraction/`: training reads gold files and the evaluator's matching
rules (which gold person a predicted name is, which party a side is); extraction must not
depend on either. `parley train-pairs` is the command line for both jobs:

- training: every candidate pair (see `learned_pairs.candidates`) of every article is
  labelled by whether the gold meetings of its article pair those two, and an L2-regularised
  logistic regression is fitted to the labels (numpy, a few seconds for a few hundred
  articles);
- `--cv`: leave one folder out at a time (one part of five, given a single folder), train
  on the rest, and score the held-out articles with the rules alone and with rules plus
  model, so the gain is measured on articles the model never saw.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Mapping

from loaders.evaluate import GoldPeople, Score, canonical_party, load_gold_dir, meeting_pairs, score_article
from loaders.extraction.learned_pairs import PARTY, PairModel, candidates, learned_meetings

DEFAULT_THRESHOLD = 0.7
DEFAULT_L2 = 3.0
SINGLE_FOLDER_PARTS = 5


@dataclass
class Article:
    """One annotated article, parsed, with its rules-only extraction and its candidates."""

    folder: str
    name: str
    gold: dict[str, Any]
    rules: Any  # the `Extraction` of the rules alone
    ctx: Any  # its ArticleContext
    labelled: list[tuple[dict[str, float], bool]]


def read_articles(folders: Iterable[str | Path], aliases: Mapping[str, str] | None = None) -> list[Article]:
    """Parse every gold article of `folders` once; extract with the rules alone; label the
    candidate pairs."""
    return parse_articles(folders, lambda ctx, rules, gold: _labelled(ctx, gold, aliases), pairs=None)


def parse_articles(folders: Iterable[str | Path], label, **models) -> list[Article]:
    """Every gold article of `folders`, parsed once and extracted with `models` (the learned
    model under training set to None: the rules alone), its candidates labelled by
    `label(ctx, rules, gold)`. Shared by the pair and the concession trainers."""
    from loaders.extraction import load_nlp
    from loaders.extraction.pipeline import build_context, extract_context, party_matcher

    nlp = load_nlp()
    matcher = party_matcher(nlp)
    items = []
    for folder in folders:
        for name, text, gold in load_gold_dir(folder):
            items.append((text, (str(folder), name, gold)))
    out = []
    for doc, (folder, name, gold) in nlp.pipe(items, as_tuples=True):
        ctx = build_context(doc, _published(gold), matcher)
        rules = extract_context(ctx, **models)
        out.append(Article(folder, name, gold, rules, ctx, label(ctx, rules, gold)))
    return out


def held_out_parts(articles: list[Article]) -> list[str]:
    """The part each article is held out with: its folder, or (from a single folder) one of
    `SINGLE_FOLDER_PARTS` parts dealt by name order, round robin."""
    folders = list(dict.fromkeys(a.folder for a in articles))
    if len(folders) > 1:
        return [a.folder for a in articles]
    if len(articles) < SINGLE_FOLDER_PARTS:
        raise ValueError(f"cross-validation of one folder needs at least {SINGLE_FOLDER_PARTS} articles "
                         f"(it holds {len(articles)}); or give two folders or more")
    name = Path(folders[0]).name if folders else ""
    return [f"{name} part {i % SINGLE_FOLDER_PARTS + 1}" for i in range(len(articles))]


def _published(gold: dict[str, Any]) -> dt.date | None:
    day = (gold.get("source") or {}).get("published")
    return dt.date.fromisoformat(str(day)[:10]) if day else None


def _labelled(ctx, gold: dict[str, Any], aliases: Mapping[str, str] | None) -> list[tuple[dict[str, float], bool]]:
    """Each candidate's features, and whether the article's gold meetings pair its two."""
    people = GoldPeople(gold)
    gold_pairs: set[tuple[str, str]] = set()
    for m in gold.get("meetings", []):
        gold_pairs |= meeting_pairs(m, people, people.country, aliases)

    def key(member: str) -> str:
        if member.startswith(PARTY):
            return "@" + (canonical_party(member[len(PARTY):], aliases) or member[len(PARTY):])
        return people.resolve(member)

    out = []
    for c in candidates(ctx):
        a, b = sorted((key(c.a), key(c.b)))
        out.append((c.features, (a, b) in gold_pairs))
    return out


def fit(labelled: list[tuple[dict[str, float], bool]], l2: float = DEFAULT_L2,
        threshold: float = DEFAULT_THRESHOLD, steps: int = 400) -> PairModel:
    """L2-regularised logistic regression by Adam steps over the whole batch (deterministic:
    zero start, fixed step size)."""
    import numpy as np

    if not labelled:
        raise ValueError("no candidate pairs to learn from (no article names two people in one sentence)")
    vocab: dict[str, int] = {}
    for features, _ in labelled:
        for k in features:
            vocab.setdefault(k, len(vocab))
    x = np.zeros((len(labelled), len(vocab)))
    for i, (features, _) in enumerate(labelled):
        for k, v in features.items():
            x[i, vocab[k]] = v
    y = np.array([1.0 if label else 0.0 for _, label in labelled])
    w = np.zeros(len(vocab))
    m1, m2, rate = np.zeros_like(w), np.zeros_like(w), 0.05
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = (x.T @ (p - y) + l2 * w) / len(y)
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad * grad
        w -= rate * (m1 / (1 - 0.9 ** t)) / (np.sqrt(m2 / (1 - 0.999 ** t)) + 1e-8)
    return PairModel({k: float(w[i]) for k, i in vocab.items()}, threshold)


def train(articles: list[Article], l2: float = DEFAULT_L2, threshold: float = DEFAULT_THRESHOLD) -> PairModel:
    return fit([x for a in articles for x in a.labelled], l2, threshold)


def training_summary(articles: list[Article], l2: float) -> dict[str, Any]:
    """What a weights file says about its training: counts, not texts."""
    labels = [y for a in articles for _, y in a.labelled]
    return {"trained_on": {"articles": len(articles), "folders": len({a.folder for a in articles}),
                           "candidate_pairs": len(labels), "met": sum(labels)}, "l2": l2}


def with_model(article: Article, model: PairModel) -> dict[str, Any]:
    """The article's extraction (JSON) with the model's meetings added to the rules'."""
    added = learned_meetings(article.ctx, article.rules.meetings, model)
    return replace(article.rules, meetings=article.rules.meetings + added).to_json()


@dataclass
class FolderCheck:
    folder: str
    articles: int
    rules: dict[str, Score]
    with_model: dict[str, Score]


def cross_validate(articles: list[Article], l2: float = DEFAULT_L2, threshold: float = DEFAULT_THRESHOLD,
                   aliases: Mapping[str, str] | None = None) -> list[FolderCheck]:
    """Leave one folder out: train on the others, score the folder with and without the model.
    From a single folder, its articles are dealt into `SINGLE_FOLDER_PARTS` parts (by name
    order, round robin) and each part is held out in turn."""
    return held_out_checks(articles, lambda arts: train(arts, l2, threshold), with_model, ("pairs", "pairs_dated"),
                           aliases)


def held_out_checks(articles: list[Article], fit_on, with_model_of, metrics: tuple[str, ...],
                    aliases: Mapping[str, str] | None = None) -> list[FolderCheck]:
    """For each held-out part (`held_out_parts`): a model fitted on the other parts
    (`fit_on(articles)`), and the part's `metrics` with the rules alone and with the model
    (`with_model_of(article, model)`: the extraction's JSON). Shared by the pair and the
    concession trainers."""
    parts = held_out_parts(articles)
    out = []
    for part in dict.fromkeys(parts):
        model = fit_on([a for a, p in zip(articles, parts) if p != part])
        alone = {k: Score() for k in metrics}
        both = {k: Score() for k in metrics}
        held = [a for a, p in zip(articles, parts) if p == part]
        for a in held:
            s1 = score_article(a.gold, a.rules.to_json(), aliases)
            s2 = score_article(a.gold, with_model_of(a, model), aliases)
            for k in metrics:
                alone[k].add(s1[k])
                both[k].add(s2[k])
        out.append(FolderCheck(part, len(held), alone, both))
    return out


def format_checks(checks: list[FolderCheck]) -> str:
    """One line per held-out folder and a total: pairs and pairs+dates F1, rules alone -> with model."""
    lines = [f"{'held-out folder':40} {'n':>3}  {'pairs':>13}  {'pairs+dates':>13}"]
    total_alone = {k: Score() for k in ("pairs", "pairs_dated")}
    total_both = {k: Score() for k in ("pairs", "pairs_dated")}

    def cell(a: Score, b: Score) -> str:
        return f"{a.prf[2]:.3f} -> {b.prf[2]:.3f}"

    for c in checks:
        for k in total_alone:
            total_alone[k].add(c.rules[k])
            total_both[k].add(c.with_model[k])
        lines.append(f"{Path(c.folder).name[:40]:40} {c.articles:3d}  {cell(c.rules['pairs'], c.with_model['pairs'])}"
                     f"  {cell(c.rules['pairs_dated'], c.with_model['pairs_dated'])}")
    n = sum(c.articles for c in checks)
    lines.append(f"{'all (rules alone -> rules + model)':40} {n:3d}  "
                 f"{cell(total_alone['pairs'], total_both['pairs'])}  "
                 f"{cell(total_alone['pairs_dated'], total_both['pairs_dated'])}")
    p1, r1, _ = total_alone["pairs"].prf
    p2, r2, _ = total_both["pairs"].prf
    lines.append(f"pairs precision {p1:.3f} -> {p2:.3f}, recall {r1:.3f} -> {r2:.3f}")
    return "\n".join(lines)
