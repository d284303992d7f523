"""`loaders/evaluate.py`: gold folders, matching rules, report.

The gold articles below are invented for the test. The last test compares our figures with
the corpus scorer's on the shared dev corpus, and only runs where that folder exists.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.evaluate import (Report, canonical_party, evaluate_dir, format_report,
                              keywords_match, same_person, score_article)

pytestmark = [pytest.mark.learned_pairs, pytest.mark.learned_concessions]  # the whole product, as users run it

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "corpus" / "dev"

ARTICLE = (
    "Ministers resume farm trade talks\n"
    "Agriculture Minister Aiko Tanaka met U.S. envoy Mark Oliver in Geneva on Tuesday. "
    "Tanaka urged Washington to scrap its tariffs on rice. "
    "Oliver said the United States would lower duties on Japanese beef.\n"
)

GOLD = {
    "id": "farm-talks",
    "source": {"url": "https://example.org/farm", "publisher": "Example",
               "title": "Ministers resume farm trade talks", "published": "2025-03-05"},
    "people": [
        {"name": "Aiko Tanaka", "aliases": ["Tanaka"], "title": "Agriculture Minister",
         "country": "Japan"},
        {"name": "Mark Oliver", "aliases": ["Oliver", "Marky"], "title": "envoy",
         "country": "United States"},
    ],
    "meetings": [
        {"participants": ["Aiko Tanaka", "Mark Oliver"], "parties": ["Japan", "United States"],
         "date": "2025-03-04", "end_date": None, "kind": "in_person", "status": "held",
         "location": "Geneva", "duration_minutes": None, "topics": ["agriculture"],
         "evidence": "Agriculture Minister Aiko Tanaka met U.S. envoy Mark Oliver in Geneva"},
    ],
    "demands": [
        {"by": "Japan", "by_person": "Aiko Tanaka", "of": "United States",
         "summary": "scrap U.S. tariffs on rice", "keywords": ["tariff", "scrap|remov|lift"],
         "topics": ["tariffs", "agriculture"], "evidence": "Tanaka urged Washington"},
        {"by": "Japan", "by_person": None, "of": "United States",
         "summary": "lower tariffs on rice", "keywords": ["tariff", "rice"],
         "topics": ["tariffs"], "evidence": "..."},
    ],
    "concessions": [
        {"by": "United States", "by_person": "Mark Oliver", "to": "Japan",
         "summary": "lower duties on Japanese beef", "keywords": ["dut|tariff", "beef"],
         "topics": ["tariffs", "agriculture"], "evidence": "..."},
    ],
}


def _pos(by, text, by_person=None, other="of"):
    return {"by": by, "by_person": by_person, other: None, "text": text, "topics": [],
            "evidence": None}


# ---------------------------------------------------------------------------------------
# rules


def test_same_person_by_surname_and_given_initials():
    assert same_person("Tanaka", "Aiko Tanaka")
    assert same_person("A. Tanaka", "Aiko Tanaka")
    assert same_person("Minister Aiko Tanaka", "Aiko Tanaka")
    assert not same_person("Kenji Tanaka", "Aiko Tanaka")
    assert same_person("Hassan al-Amin", "Hassan Al Amin")
    assert not same_person("", "Aiko Tanaka")


def test_party_names_are_canonicalised():
    assert canonical_party("Washington") == "United States"
    assert canonical_party("US") == "United States"
    assert canonical_party("the Trump administration") == "United States"
    assert canonical_party("the bloc") == "European Union"
    assert canonical_party("Japanese delegation") == "Japan"
    assert canonical_party("Atlantis") == "atlantis"  # unknown names stay as written
    assert canonical_party("") is None


def test_keywords_are_word_prefixes_with_alternatives():
    assert keywords_match(["tariff"], "cut tariffs on cars")
    assert not keywords_match(["gain"], "pressed against the tariffs")
    assert keywords_match(["farm|agricultur"], "more Agricultural imports")
    assert not keywords_match(["tariff", "rice"], "cut tariffs on beef")
    assert keywords_match([], "anything")
    assert keywords_match(["15%|15 per"], "a levy of 15 per cent")


def test_people_match_by_surname_and_alias():
    pred = {"people": [{"name": "Tanaka"}, {"name": "Marky"}, {"name": "Jo Nobody"}]}
    s = score_article(GOLD, pred)["people"]
    assert (s.tp, s.pred, s.gold) == (2, 3, 2)
    assert s.wrong == ["Jo Nobody"]


def test_pairs_and_dates():
    pred = {"people": [{"name": "Tanaka", "country": "Japan"}, {"name": "Oliver"}],
            "meetings": [{"participants": ["Tanaka", "Mark Oliver"], "parties": [],
                          "date": "2025-03-05"}]}
    s = score_article(GOLD, pred)
    assert (s["pairs"].tp, s["pairs"].pred, s["pairs"].gold) == (1, 1, 1)
    assert (s["pairs_dated"].tp, s["pairs_dated"].pred, s["pairs_dated"].gold) == (0, 1, 1)
    pred["meetings"][0]["date"] = "2025-03-04"
    assert score_article(GOLD, pred)["pairs_dated"].tp == 1


def test_dates_inside_a_gold_range_count():
    gold = json.loads(json.dumps(GOLD))
    gold["meetings"][0]["end_date"] = "2025-03-06"
    pred = {"meetings": [{"participants": ["Tanaka", "Oliver"], "date": "2025-03-05"}]}
    assert score_article(gold, pred)["pairs_dated"].tp == 1


def test_meeting_with_one_named_person_gives_person_party_pairs():
    gold = json.loads(json.dumps(GOLD))
    gold["meetings"][0]["participants"] = ["Aiko Tanaka"]
    pred = {"people": [{"name": "Aiko Tanaka", "country": "Japan"}],
            "meetings": [{"participants": ["Tanaka"], "parties": ["Japan", "Washington"]}]}
    s = score_article(gold, pred)["pairs"]
    assert (s.tp, s.pred, s.gold) == (1, 1, 1)  # (Tanaka, @United States); own country left out


def test_positions_need_actor_and_all_keywords():
    pred = {"demands": [_pos("Tokyo", "scrap the tariffs on rice")],
            "concessions": [_pos("China", "lower duties on beef", other="to")]}
    s = score_article(GOLD, pred)
    # one prediction may satisfy both gold demands, but only one of them (one-to-one)
    assert (s["demands"].tp, s["demands"].pred, s["demands"].gold) == (1, 1, 2)
    assert len(s["demands"].missed) == 1
    assert (s["concessions"].tp, s["concessions"].pred) == (0, 1)  # wrong actor


def test_person_actor_counts_as_his_or_her_country():
    pred = {"people": [{"name": "Mark Oliver", "country": "United States"}],
            "concessions": [_pos(None, "cut duties on Japanese beef", by_person="Oliver",
                                 other="to")]}
    assert score_article(GOLD, pred)["concessions"].tp == 1
    # the gold country is used when the prediction gives none
    pred["people"] = []
    assert score_article(GOLD, pred)["concessions"].tp == 1


def test_one_to_one_matching_is_maximal_not_greedy():
    pred = {"demands": [_pos("Japan", "scrap the tariffs on rice"),  # fits both golds
                        _pos("Japan", "lift tariffs")]}             # fits only the first
    s = score_article(GOLD, pred)["demands"]
    assert s.tp == 2


# ---------------------------------------------------------------------------------------
# folders and report


def _write_gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "farm-talks.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "farm-talks.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return tmp_path


def test_evaluate_dir_with_a_given_extractor(tmp_path):
    folder = _write_gold_dir(tmp_path)
    seen = []

    def extractor(items):
        seen.extend(items)
        return [{"people": [{"name": "Tanaka"}, {"name": "Oliver"}],
                 "meetings": [{"participants": ["Tanaka", "Oliver"], "date": "2025-03-04"}],
                 "demands": [_pos("Japan", "scrap tariffs on rice")],
                 "concessions": [_pos("United States", "lower duties on Japanese beef",
                                      other="to"),
                                 _pos("United States", "open talks", other="to")]}]

    report = evaluate_dir(folder, extractor=extractor)
    assert seen == [(ARTICLE, "2025-03-05")]
    assert isinstance(report, Report)
    out = report.to_json()
    assert out["articles"] == 1
    assert out["people"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 2, "pred": 2, "gold": 2}
    assert out["demands"]["tp"] == 1 and out["demands"]["gold"] == 2
    assert out["concessions"] == {"p": 0.5, "r": 1.0, "f1": 0.667, "tp": 1, "pred": 2, "gold": 1}
    art = out["per_article"][0]
    assert art["name"] == "farm-talks"
    assert art["concessions"]["wrong"] == ["United States -> ?: open talks"]
    assert len(art["demands"]["missed"]) == 1

    text = format_report(report, verbose=True)
    assert "farm-talks" in text and "concessions wrong:  United States -> ?: open talks" in text
    assert "demands missed:" in text
    short = format_report(report)
    assert "farm-talks" not in short and "concessions" in short


def test_evaluate_dir_runs_the_extractor(tmp_path):
    pytest.importorskip("spacy")
    report = evaluate_dir(_write_gold_dir(tmp_path))
    out = report.to_json()
    assert out["articles"] == 1
    for metric in ("people", "pairs", "pairs_dated", "demands", "concessions"):
        assert set(out[metric]) == {"p", "r", "f1", "tp", "pred", "gold"}
        assert out[metric]["gold"] == {"people": 2, "pairs": 1, "pairs_dated": 1,
                                       "demands": 2, "concessions": 1}[metric]


def test_missing_folder_or_text_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        evaluate_dir(tmp_path / "nope")
    (tmp_path / "lonely.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    with pytest.raises(FileNotFoundError):
        evaluate_dir(tmp_path)


# ---------------------------------------------------------------------------------------
# agreement with the corpus scorer

SCORER = DEV.parent / "score.py"


@pytest.mark.skipif(not (DEV.is_dir() and SCORER.is_file()),
                    reason="shared dev corpus (../shared/corpus/dev) not present")
def test_figures_equal_the_corpus_scorer_on_dev(tmp_path):
    pytest.importorskip("spacy")
    cmd_script = tmp_path / "extract_one.py"
    cmd_script.write_text(
        "import json, sys\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "from loaders.extraction import extract\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "print(json.dumps(extract(text, sys.argv[2]).to_json()))\n", encoding="utf-8")
    cmd = f"{sys.executable} {cmd_script} {{txt}} {{published}}"
    run = subprocess.run([sys.executable, str(SCORER), str(DEV), "--cmd", cmd, "--json"],
                         capture_output=True, text=True, timeout=1200, check=True)
    theirs = json.loads(run.stdout.strip().splitlines()[-1])
    ours = evaluate_dir(DEV).to_json(per_article=False)
    assert ours == theirs
