"""Small shared pieces of the extraction tests (the `nlp` fixture lives in conftest.py)."""

from __future__ import annotations

import datetime as dt

SAT = dt.date(2025, 6, 14)  # a Saturday: "on Friday" in these tests is 2025-06-13

# an invented article used by several tests
ARTICLE = (
    "Tanaka Says Tariff Talks Were Productive\n"
    "\n"
    "Japan's chief trade negotiator Hiroshi Tanaka held talks with U.S. Commerce Secretary "
    "Daniel Whitford for about 70 minutes on Friday in Washington over auto tariffs.\n"
    "\n"
    "After the meeting, Tanaka told reporters that the two sides had made progress.\n"
    "\n"
    "Mr. Tanaka will meet Treasury Secretary Laura Brennan on Monday, officials said.\n"
    "\n"
    "It was the sixth round of ministerial talks between Tokyo and Washington.\n"
)


def person(ex, surname):
    """The extracted person whose name ends with `surname`."""
    return next(p for p in ex.people if p.name.endswith(surname))


def positions_of(headline: str, body: str, published: str = "2025-03-03"):
    """(text, demands, concessions) of an invented article, checking that every evidence is a
    sentence of the body at its stated offsets."""
    from loaders.extraction import build_context
    from loaders.extraction.positions import find_positions

    text = headline + body
    demands, concessions = find_positions(build_context(text, published))
    for p in demands + concessions:  # evidence is always a sentence of the text
        assert p.evidence is not None
        assert text[p.evidence.start:p.evidence.end] == p.evidence.text
        assert p.evidence.start >= len(headline)
    return text, demands, concessions


# the invented headline most positions tests share: a fisheries dispute nobody will mistake for news
FISHING_HEADLINE = "Fishing quota talks resume in the north\n"


def fishing_positions(body: str, published: str = "2025-03-03"):
    """`positions_of` a body under the shared fisheries headline."""
    return positions_of(FISHING_HEADLINE, body, published)


def found(items):
    """(by, text) of each position: what a failed assertion shows."""
    return [(p.by, p.text) for p in items]


def only_one(items):
    """The single position in `items` (the assertion shows what was found otherwise)."""
    assert len(items) == 1, found(items)
    return items[0]


def assert_has(items, by: str, *, starts: str | None = None, equals: str | None = None,
               contains: str | None = None) -> None:
    """One of `items` (demands or concessions) is by `by` with the text asked for; the failure
    message lists what was found instead."""
    def fits(text: str) -> bool:
        return ((starts is None or text.startswith(starts)) and (equals is None or text == equals)
                and (contains is None or contains in text))
    assert any(x.by == by and fits(x.text) for x in items), found(items)


def names_of(ex):
    """The names of an extraction's people."""
    return {p.name for p in ex.people}


def pairs_of(ex):
    """Who met whom: the unordered participant pairs of an extraction's meetings."""
    out = set()
    for m in ex.meetings:
        ps = sorted(m.participants)
        out |= {(a, b) for i, a in enumerate(ps) for b in ps[i + 1:]}
    return out


def write_annotated(tmp_path, articles: dict, gold_of) -> list:
    """Folders of invented annotated articles for the trainers' tests: `articles` maps a folder
    name to its items, `gold_of(item)` gives (text, the gold's people / meetings / demands /
    concessions). Returns the folders, in order."""
    import json

    folders = []
    for folder, items in articles.items():
        d = tmp_path / folder
        d.mkdir()
        for i, item in enumerate(items):
            text, parts = gold_of(item)
            gold = {"id": f"{folder}{i}", "source": {"url": "https://example.org", "published": "2025-03-14"},
                    "people": [], "meetings": [], "demands": [], "concessions": [], **parts}
            (d / f"a{i}.txt").write_text(text + "\n", encoding="utf-8")
            (d / f"a{i}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
        folders.append(d)
    return folders


def assert_cv_table(run, last_line: str) -> None:
    """A trainer's `--cv` output over the two folders "north" and "south" (4 articles): one line
    per held-out folder, the total, and a last line starting with `last_line`."""
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert [ln.split()[0] for ln in lines[1:3]] == ["north", "south"]
    assert lines[3].startswith("all (rules alone -> rules + model)") and " 4 " in lines[3]
    assert "->" in lines[1] and lines[-1].startswith(last_line)


def assert_one_line_error(run, message: str) -> None:
    """A trainer's bad input ends the run with exit 1 and `message` on stderr, never a traceback."""
    assert run.returncode == 1 and message in run.stderr and "Traceback" not in run.stderr
