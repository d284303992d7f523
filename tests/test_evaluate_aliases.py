"""`parley evaluate --aliases FILE`: party names the user declares to be one party score as
one, in gold and prediction alike; a malformed alias file is a one-line error naming the
file and the problem. The gold article below is invented for the test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.evaluate import canonical_party, evaluate_dir, load_party_aliases, score_article

REPO = Path(__file__).resolve().parents[1]

GOLD = {
    "id": "loan-talks",
    "source": {"url": "https://example.org/loan", "publisher": "Example", "title": "Loan talks",
               "published": "2025-04-02"},
    "people": [{"name": "Rosa Ibarra", "aliases": ["Ibarra"], "title": "Finance Minister", "country": "Peru"}],
    "meetings": [{"participants": ["Rosa Ibarra"], "parties": ["Peru", "International Monetary Fund"],
                  "date": "2025-04-01", "end_date": None, "kind": "in_person", "status": "held",
                  "location": None, "duration_minutes": None, "topics": [], "evidence": "met the Fund"}],
    "demands": [{"by": "International Monetary Fund", "by_person": None, "of": "Peru",
                 "summary": "cut the fuel subsidy", "keywords": ["subsid"], "topics": [], "evidence": "..."}],
    "concessions": [{"by": "developed countries", "by_person": None, "to": "Peru",
                     "summary": "more climate finance", "keywords": ["financ"], "topics": [], "evidence": "..."}],
}
PRED = {"people": [{"name": "Rosa Ibarra", "country": "Peru"}],
        "meetings": [{"participants": ["Rosa Ibarra"], "parties": ["Peru", "IMF"], "date": "2025-04-01"}],
        "demands": [{"by": "IMF", "by_person": None, "of": "Peru", "text": "cut the fuel subsidy"}],
        "concessions": [{"by": "wealthy nations", "by_person": None, "to": "Peru", "text": "more finance"}]}


def _alias_file(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "aliases.json"
    path.write_text(content, encoding="utf-8")
    return path


def test_without_aliases_other_names_of_a_party_do_not_match():
    s = score_article(GOLD, PRED)
    assert (s["pairs"].tp, s["demands"].tp, s["concessions"].tp) == (0, 0, 0)


def test_declared_aliases_make_one_party_in_pairs_and_positions(tmp_path):
    aliases = load_party_aliases(_alias_file(tmp_path, json.dumps(
        {"International Monetary Fund": ["IMF", "the Fund"], "developed countries": ["wealthy nations"]})))
    s = score_article(GOLD, PRED, aliases)
    assert (s["pairs"].tp, s["demands"].tp, s["concessions"].tp) == (1, 1, 1)
    assert canonical_party("the Fund", aliases) == canonical_party("International Monetary Fund")


def test_an_alias_may_name_a_country_the_scorer_knows(tmp_path):
    aliases = load_party_aliases(_alias_file(tmp_path, '{"United States": ["the Trump team"]}'))
    assert canonical_party("the Trump team", aliases) == "United States"


@pytest.mark.parametrize("content, problem", [
    ("[1, 2]", "expected a JSON object"),
    ('{"IMF": "Fund"}', "must be a list of names"),
    ("{not json", "not a JSON alias file"),
    ('{"A": ["x"], "B": ["x"]}', "listed under both"),
])
def test_a_malformed_alias_file_names_the_file_and_the_problem(tmp_path, content, problem):
    path = _alias_file(tmp_path, content)
    with pytest.raises(ValueError, match=problem) as err:
        load_party_aliases(path)
    assert str(path) in str(err.value)


def test_evaluate_dir_passes_the_aliases_on(tmp_path):
    (tmp_path / "loan-talks.txt").write_text("Loan talks\nRosa Ibarra met the Fund.\n", encoding="utf-8")
    (tmp_path / "loan-talks.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    aliases = load_party_aliases(_alias_file(tmp_path, '{"International Monetary Fund": ["IMF"]}'))
    report = evaluate_dir(tmp_path, extractor=lambda items: [PRED], aliases=aliases).to_json()
    assert report["demands"]["tp"] == 1 and report["pairs"]["tp"] == 1


def test_the_command_line_reports_a_bad_alias_file_in_one_line(tmp_path):
    (tmp_path / "gold").mkdir()
    bad = _alias_file(tmp_path, '{"IMF": "Fund"}')
    out = subprocess.run([sys.executable, "-m", "parley.cli", "evaluate", str(tmp_path / "gold"),
                          "--aliases", str(bad)], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [f"parley: {bad}: the value of 'IMF' must be a list of names"]
