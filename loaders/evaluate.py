"""`parley evaluate DIR`: measure the extractor on gold-annotated articles.

A gold folder holds pairs `NAME.txt` (headline on the first line, then the body) and
`NAME.gold.json` (people, meetings, demands, concessions; `source.published` is the
article date). The annotation format and the matching rules are the corpus GUIDE's:

- people: a predicted person matches a gold person when the surnames are equal and the
  given names do not conflict (first initials agree when both have one), or when the
  predicted name equals one of the gold person's aliases; one-to-one maximum matching.
- who-met-whom: each meeting becomes the set of unordered pairs of its participants
  (mapped to gold people as above); a meeting with a single named participant gives
  (person, party) pairs for the parties other than the person's own country. F1 over
  the sets of pairs; a second figure also requires the date to agree wherever the gold
  meeting has one (a date inside a gold `date`..`end_date` range counts).
- demands / concessions: a prediction matches a gold item when the gold acting party is
  among the prediction's actors (`by`, and the country of `by_person`) and every gold
  keyword (any of its `|` alternatives) starts a word of the predicted text; one-to-one
  maximum matching.

Annotators name bodies differently ("IMF" or "International Monetary Fund", "wealthy
nations" or "developed countries"). A party-alias file (`--aliases FILE`, a JSON object
`{"one name": ["other name", ...]}`) tells the scorer which names are one party, for both
the gold and the prediction, so a user can score against their own annotations' habits.

`evaluate_dir(path)` runs the extractor in-process and returns a `Report`;
`format_report(report, verbose)` renders it for a terminal and `Report.to_json()` for
machines. The CLI (`parley evaluate DIR [--json] [-v] [--aliases FILE]`) only parses arguments.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

METRICS = ("people", "pairs", "pairs_dated", "demands", "concessions")

# ---------------------------------------------------------------------------------------
# Normalisation: names, parties, keywords


def fold(text: str | None) -> str:
    """Lower case, accents removed, runs of whitespace collapsed."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split()).lower()


# Short English country names and the other ways articles refer to them.
PARTY_NAMES: dict[str, tuple[str, ...]] = {
    "United States": ("united states", "united states of america", "u.s.", "us", "u.s.a.",
                      "usa", "america", "washington", "the united states",
                      "trump administration", "the trump administration", "u.s. government",
                      "us government", "american", "white house", "the white house",
                      "biden administration"),
    "Japan": ("japan", "tokyo", "japanese", "japanese government", "the japanese government",
              "government of japan", "the japanese side"),
    "China": ("china", "beijing", "chinese", "people's republic of china", "prc",
              "the chinese side", "chinese government"),
    "Russia": ("russia", "moscow", "kremlin", "the kremlin", "russian federation", "russian"),
    "Ukraine": ("ukraine", "kyiv", "kiev", "ukrainian"),
    "Iran": ("iran", "tehran", "iranian", "islamic republic of iran"),
    "European Union": ("european union", "eu", "e.u.", "brussels", "european commission",
                       "the european commission", "the eu", "the bloc"),
    "United Kingdom": ("united kingdom", "uk", "u.k.", "britain", "great britain", "london",
                       "british"),
    "South Korea": ("south korea", "korea", "republic of korea", "seoul", "korean",
                    "south korean"),
    "North Korea": ("north korea", "pyongyang", "north korean", "dprk"),
    "India": ("india", "new delhi", "delhi", "indian"),
    "Canada": ("canada", "ottawa", "canadian"),
    "Mexico": ("mexico", "mexican", "mexico city"),
    "Oman": ("oman", "muscat", "omani"),
    "France": ("france", "paris", "french", "elysee"),
    "Germany": ("germany", "berlin", "german"),
    "Italy": ("italy", "rome", "italian"),
    "Saudi Arabia": ("saudi arabia", "riyadh", "saudi"),
    "Qatar": ("qatar", "doha", "qatari"),
    "Turkey": ("turkey", "turkiye", "ankara", "turkish"),
    "Israel": ("israel", "israeli", "jerusalem"),
    "Egypt": ("egypt", "cairo", "egyptian"),
    "Switzerland": ("switzerland", "swiss", "bern"),
    "Taiwan": ("taiwan", "taipei", "taiwanese"),
    "Vietnam": ("vietnam", "hanoi", "vietnamese"),
    "Malaysia": ("malaysia", "kuala lumpur", "malaysian"),
    "Australia": ("australia", "canberra", "australian"),
    "Brazil": ("brazil", "brasilia", "brazilian"),
    "Belarus": ("belarus", "minsk", "belarusian"),
    "United Arab Emirates": ("united arab emirates", "uae", "abu dhabi", "emirati"),
}


def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for country, aliases in PARTY_NAMES.items():
        for alias in (*aliases, country.lower()):
            table[alias] = country
    return table


_PARTY_OF = _alias_table()
# Longer aliases may also be found inside a longer mention ("the japanese delegation").
_PARTY_PATTERNS = [(re.compile(r"\b%s\b" % re.escape(alias)), country)
                   for alias, country in _PARTY_OF.items() if len(alias) > 3]


def _party_key(name: str | None) -> str:
    """A party name as the tables hold it: folded, without stray dots and spaces."""
    return fold(name).strip(" .")


def canonical_party(mention: str | None, aliases: Mapping[str, str] | None = None) -> str | None:
    """Map a party mention to its short English name; unknown mentions stay as folded.
    `aliases` (folded name -> the name it stands for, from `load_party_aliases`) is read first."""
    key = _party_key(mention)
    if aliases:
        named = aliases.get(key) or aliases.get(key.removeprefix("the "))
        if named is not None:
            key = _party_key(named)
    if key in _PARTY_OF:
        return _PARTY_OF[key]
    if key.startswith("the ") and key[4:] in _PARTY_OF:
        return _PARTY_OF[key[4:]]
    for pattern, country in _PARTY_PATTERNS:
        if pattern.search(key):
            return country
    return key or None


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_NAME_TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "prime", "minister",
                          "secretary", "vice", "premier", "chancellor", "envoy",
                          "ambassador", "foreign"})
_SURNAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "de", "da", "di",
                                "du", "le", "la", "der"})


def name_parts(name: str | None) -> list[str]:
    """A person's name as comparable tokens: accents folded, hyphens and apostrophes
    dropped, leading titles and trailing generational suffixes removed, and a particle
    glued to the word after it ("al-Busaidi" == "Al Busaidi" == "Albusaidi")."""
    flat = re.sub(r"[-'\u2019]", "", fold(name))
    parts = [p for p in re.split(r"[\s.,]+", flat) if p and p not in _NAME_SUFFIXES]
    start = 0
    while len(parts) - start > 1 and parts[start] in _NAME_TITLES:
        start += 1
    parts = parts[start:]
    while len(parts) >= 2 and parts[-2] in _SURNAME_PARTICLES:
        parts[-2:] = [parts[-2] + parts[-1]]
    return parts


def same_person(a: str | None, b: str | None) -> bool:
    """Same surname and no conflict between the given names (first initials)."""
    pa, pb = name_parts(a), name_parts(b)
    if not pa or not pb:
        return False
    if pa == pb:
        return True
    if pa[-1] != pb[-1]:
        return False
    given_a, given_b = pa[:-1], pb[:-1]
    return not given_a or not given_b or given_a[0][0] == given_b[0][0]


def starts_a_word(stem: str, folded_text: str) -> bool:
    """True when `stem` begins a word of `folded_text` ("tariff" in "tariffs")."""
    return re.search(r"(?<![a-z0-9])" + re.escape(fold(stem)), folded_text) is not None


def keywords_match(keywords: Iterable[str], text: str | None) -> bool:
    """Every keyword (any of its `|` alternatives) starts a word of the text."""
    folded = fold(text)
    return all(any(starts_a_word(alt, folded) for alt in kw.split("|")) for kw in keywords)


# ---------------------------------------------------------------------------------------
# Matching


def bipartite_matching(n_pred: int, n_gold: int,
                       compatible: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (Kuhn's augmenting paths) as (pred, gold) pairs."""
    options = [[g for g in range(n_gold) if compatible(p, g)] for p in range(n_pred)]
    owner = [-1] * n_gold  # gold index -> matched prediction

    def place(p: int, visited: set[int]) -> bool:
        for g in options[p]:
            if g in visited:
                continue
            visited.add(g)
            if owner[g] == -1 or place(owner[g], visited):
                owner[g] = p
                return True
        return False

    for p in range(n_pred):
        place(p, set())
    return sorted((p, g) for g, p in enumerate(owner) if p != -1)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty side counts as perfect only when both are empty."""
    precision = tp / n_pred if n_pred else (0.0 if n_gold else 1.0)
    recall = tp / n_gold if n_gold else (0.0 if n_pred else 1.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class Score:
    """Counts for one metric, with what was missed (gold) and wrong (predicted)."""

    tp: int = 0
    pred: int = 0
    gold: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def prf(self) -> tuple[float, float, float]:
        return prf(self.tp, self.pred, self.gold)

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    def to_json(self) -> dict[str, Any]:
        p, r, f = self.prf
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3),
                "tp": self.tp, "pred": self.pred, "gold": self.gold}


class GoldPeople:
    """Maps predicted names onto gold people (or onto a placeholder `?name`)."""

    def __init__(self, gold: dict[str, Any]):
        self.entries = [(p["name"], [fold(a) for a in p.get("aliases") or []])
                        for p in gold.get("people", [])]
        self.first_aliases: dict[str, list[str]] = {}
        for name, aliases in self.entries:
            self.first_aliases.setdefault(name, aliases)
        self.names = [name for name, _ in self.entries]
        stated = {p["name"]: p.get("country") for p in gold.get("people", [])}
        self.country = {name: c for name, c in stated.items() if c}

    def resolve(self, name: str) -> str:
        folded = fold(name)
        for gold_name in self.names:
            if same_person(name, gold_name) or folded in self.first_aliases[gold_name]:
                return gold_name
        return "?" + folded


def meeting_pairs(meeting: dict[str, Any], people: GoldPeople, country_of: dict[str, str],
              aliases: Mapping[str, str] | None = None) -> set[tuple[str, str]]:
    ids: list[str] = []
    for name in meeting.get("participants") or []:
        pid = people.resolve(name)
        if pid not in ids:
            ids.append(pid)
    ids = [i for i in ids if not i.startswith("?") or name_parts(i[1:])]
    if len(ids) >= 2:
        return set(combinations(sorted(ids), 2))
    pairs: set[tuple[str, str]] = set()
    if len(ids) == 1:
        person = ids[0]
        own = canonical_party(country_of[person], aliases) if country_of.get(person) else None
        for mention in meeting.get("parties") or []:
            side = canonical_party(mention, aliases)
            if side and side != own:
                a, b = sorted((person, "@" + side))
                pairs.add((a, b))
    return pairs


def _show_pair(pair: tuple[str, str]) -> str:
    return " - ".join(x.lstrip("@?") for x in pair)


def _show_position(item: dict[str, Any], other: str, gold: bool) -> str:
    who = item.get("by") or "?"
    if item.get("by_person"):
        who += f" ({item['by_person']})"
    what = item.get("summary") if gold else item.get("text")
    line = f"{who} -> {item.get(other) or '?'}: {what}"
    if gold and item.get("keywords"):
        line += "  [" + ", ".join(item["keywords"]) + "]"
    return line


def score_article(gold: dict[str, Any], pred: dict[str, Any],
                  aliases: Mapping[str, str] | None = None) -> dict[str, Score]:
    """Compare one article's prediction (the `Extraction.to_json()` shape) with its gold
    (`aliases`: party names that are one party, see `load_party_aliases`)."""
    people = GoldPeople(gold)
    out: dict[str, Score] = {}

    # people
    gold_names = people.names
    pred_names = [p.get("name") for p in pred.get("people", []) if p.get("name")]
    matched = bipartite_matching(
        len(pred_names), len(gold_names),
        lambda i, j: (same_person(pred_names[i], gold_names[j])
                      or people.resolve(pred_names[i]) == gold_names[j]))
    out["people"] = _score(matched, pred_names, gold_names, str, str)

    predicted_country: dict[str, str] = {}
    for p in pred.get("people", []):
        if p.get("country"):
            predicted_country[people.resolve(p.get("name", ""))] = p["country"]
    gold_country = people.country
    either_country = {**gold_country, **predicted_country}

    # who met whom, with and without dates
    gold_pairs: set[tuple[str, str]] = set()
    gold_dated: set[tuple[tuple[str, str], Any, Any]] = set()
    for m in gold.get("meetings", []):
        for pair in meeting_pairs(m, people, gold_country, aliases):
            gold_pairs.add(pair)
            gold_dated.add((pair, m.get("date"), m.get("end_date")))
    pred_pairs: set[tuple[str, str]] = set()
    pred_dated: set[tuple[tuple[str, str], Any]] = set()
    for m in pred.get("meetings", []):
        for pair in meeting_pairs(m, people, either_country, aliases):
            pred_pairs.add(pair)
            pred_dated.add((pair, m.get("date")))
    out["pairs"] = Score(len(gold_pairs & pred_pairs), len(pred_pairs), len(gold_pairs),
                         missed=sorted(_show_pair(p) for p in gold_pairs - pred_pairs),
                         wrong=sorted(_show_pair(p) for p in pred_pairs - gold_pairs))

    pdl, gdl = sorted(pred_dated, key=str), sorted(gold_dated, key=str)

    def dated_ok(i: int, j: int) -> bool:
        (pair, day), (gpair, first, last) = pdl[i], gdl[j]
        if pair != gpair:
            return False
        return first is None or day == first or bool(last and day and first <= day <= last)

    out["pairs_dated"] = _score(
        bipartite_matching(len(pdl), len(gdl), dated_ok), pdl, gdl,
        lambda x: f"{_show_pair(x[0])} on {x[1]}",
        lambda x: f"{_show_pair(x[0])} on {x[1]}" + (f"..{x[2]}" if x[2] else ""))

    # demands and concessions
    for kind, other in (("demands", "of"), ("concessions", "to")):
        golds = gold.get(kind, [])
        preds = pred.get(kind, [])
        actors: list[set[str | None]] = []
        for item in preds:
            acting: set[str | None] = set()
            for key in ("by", "by_person"):
                value = item.get(key)
                if not value:
                    continue
                acting.add(canonical_party(value, aliases))
                pid = people.resolve(value)
                country = predicted_country.get(pid) or gold_country.get(pid)
                if country:
                    acting.add(canonical_party(country, aliases))
            actors.append(acting)

        def position_ok(i: int, j: int, golds=golds, preds=preds) -> bool:
            g = golds[j]
            return (canonical_party(g["by"], aliases) in actors[i]
                    and keywords_match(g.get("keywords", []), preds[i].get("text", "")))

        out[kind] = _score(bipartite_matching(len(preds), len(golds), position_ok),
                           preds, golds,
                           lambda x, other=other: _show_position(x, other, False),
                           lambda x, other=other: _show_position(x, other, True))
    return out


def _score(matching: list[tuple[int, int]], preds: list, golds: list,
           show_pred: Callable[[Any], str], show_gold: Callable[[Any], str]) -> Score:
    used_p = {p for p, _ in matching}
    used_g = {g for _, g in matching}
    return Score(len(matching), len(preds), len(golds),
                 missed=[show_gold(x) for j, x in enumerate(golds) if j not in used_g],
                 wrong=[show_pred(x) for i, x in enumerate(preds) if i not in used_p])


# ---------------------------------------------------------------------------------------
# Folder evaluation


@dataclass
class ArticleResult:
    name: str
    scores: dict[str, Score]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name,
                **{m: {**self.scores[m].to_json(), "missed": self.scores[m].missed,
                       "wrong": self.scores[m].wrong} for m in METRICS}}


@dataclass
class Report:
    articles: list[ArticleResult] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, Score]:
        total = {m: Score() for m in METRICS}
        for art in self.articles:
            for m in METRICS:
                total[m].add(art.scores[m])
        return total

    def to_json(self, per_article: bool = True) -> dict[str, Any]:
        """Totals in the shape of the corpus scorer's `--json` line, plus per-article
        detail under `per_article`."""
        out: dict[str, Any] = {"articles": len(self.articles)}
        out.update({m: s.to_json() for m, s in self.totals.items()})
        if per_article:
            out["per_article"] = [a.to_json() for a in self.articles]
        return out


def load_gold_dir(path: str | Path) -> list[tuple[str, str, dict[str, Any]]]:
    """(name, article text, gold) for every `NAME.gold.json` with its `NAME.txt`."""
    folder = Path(path)
    if not folder.is_dir():
        raise FileNotFoundError(f"not a folder: {folder}")
    items = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        text_path = gold_path.with_name(name + ".txt")
        if not text_path.exists():
            raise FileNotFoundError(f"{gold_path.name} has no {text_path.name}")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        items.append((name, text_path.read_text(encoding="utf-8"), gold))
    return items


def load_party_aliases(path: str | Path) -> dict[str, str]:
    """Read a party-alias file: a JSON object whose keys are party names and whose values
    are lists of other names for the same party. Returns folded other name -> key. Raises
    ValueError naming the file and the problem when it is not that shape."""
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{file}: no such alias file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{file}: not a JSON alias file ({exc})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{file}: expected a JSON object {{\"party\": [\"other name\", ...]}}")
    table: dict[str, str] = {}
    for name, others in data.items():
        if not isinstance(others, list) or not all(isinstance(o, str) and o.strip() for o in others):
            raise ValueError(f"{file}: the value of {name!r} must be a list of names")
        for other in others:
            key = _party_key(other)
            if table.get(key, name) != name:
                raise ValueError(f"{file}: {other!r} is listed under both {table[key]!r} and {name!r}")
            table[key] = name
    return table


def _published(gold: dict[str, Any]) -> str | None:
    return (gold.get("source") or {}).get("published")


def _run_extractor(items: list[tuple[str, str, dict[str, Any]]]) -> list[dict[str, Any]]:
    from loaders.extraction import extract_many

    results = extract_many([(text, _published(gold)) for _, text, gold in items])
    return [r.to_json() if hasattr(r, "to_json") else r for r in results]


def evaluate_dir(path: str | Path,
                 extractor: Callable[[list[tuple[str, str | None]]], list[Any]] | None = None,
                 aliases: Mapping[str, str] | None = None) -> Report:
    """Run the extractor over every gold article in `path` and score it.

    `extractor` (optional, for tests) takes [(text, published)] and returns one
    `Extraction` (or its JSON dict) per article; by default `extract_many` is used.
    `aliases` (from `load_party_aliases`) names parties that are one.
    """
    items = load_gold_dir(path)
    if extractor is None:
        preds = _run_extractor(items)
    else:
        preds = [r.to_json() if hasattr(r, "to_json") else r
                 for r in extractor([(text, _published(gold)) for _, text, gold in items])]
    return Report([ArticleResult(name, score_article(gold, pred, aliases))
                   for (name, _, gold), pred in zip(items, preds)])


_LABELS = {"people": "people", "pairs": "who-met-whom", "pairs_dated": "pairs+dates",
           "demands": "demands", "concessions": "concessions"}


def format_report(report: Report, verbose: bool = False) -> str:
    """Totals table; with `verbose`, per article counts and the missed / wrong items."""
    lines: list[str] = []
    if verbose:
        for art in report.articles:
            lines.append(art.name + ": " + "  ".join(
                f"{m} {art.scores[m].tp}/{art.scores[m].pred}p/{art.scores[m].gold}g"
                for m in METRICS))
            for m in METRICS:
                s = art.scores[m]
                for item in s.missed:
                    lines.append(f"    {_LABELS[m]} missed: {item}")
                for item in s.wrong:
                    lines.append(f"    {_LABELS[m]} wrong:  {item}")
        lines.append("")
    lines.append(f"{'metric':<13} {'P':>6} {'R':>6} {'F1':>6}   (tp/pred/gold) over "
                 f"{len(report.articles)} articles")
    for m, s in report.totals.items():
        p, r, f = s.prf
        lines.append(f"{_LABELS[m]:<13} {p:6.3f} {r:6.3f} {f:6.3f}   ({s.tp}/{s.pred}/{s.gold})")
    return "\n".join(lines)
