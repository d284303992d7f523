"""The learned who-met-whom model (`loaders/extraction/learned_pairs.py`) and its trainer
(`parley train-pairs`): it adds the meetings the rules miss, never a pair the rules seat
already nor one they seat apart, reads its weights from `PARLEY_PAIR_MODEL` (or `off`),
and turns a bad weights file into one clear line. Every article below is invented.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extraction_helpers import assert_cv_table, assert_one_line_error, write_annotated
from loaders.extraction import build_context, extract
from loaders.extraction.learned_pairs import (PairModel, PairModelError, candidates, learned_meetings,
                                              read_pair_model)
from loaders.extraction.pipeline import extract_doc, party_matcher
from loaders.train_pairs import fit

pytestmark = pytest.mark.learned_pairs
REPO = Path(__file__).resolve().parents[1]
WED = dt.date(2025, 3, 12)


def _both(nlp, body: str):
    """(rules alone, rules + bundled model) for one invented article."""
    doc = nlp("Talks\n" + body)
    matcher = party_matcher(nlp)
    return extract_doc(doc, WED, matcher, pairs=None), extract_doc(doc, WED, matcher)


@pytest.mark.parametrize("body, pair, day", [
    ("Canadian Finance Minister Dominic LeBlanc and Mexican Economy Secretary Marcelo Ebrard worked through "
     "the night on the draft text in Ottawa on Tuesday.", {"Dominic LeBlanc", "Marcelo Ebrard"}, "2025-03-11"),
    ("Norwegian Fisheries Minister Marianne Sivertsen Naess sat across from her Icelandic counterpart Hanna "
     "Katrin Fridriksson for four hours on Monday, officials said.",
     {"Marianne Sivertsen Naess", "Hanna Katrin Fridriksson"}, "2025-03-10"),
])
def test_the_model_adds_an_encounter_the_rules_have_no_word_for(nlp, body, pair, day):
    rules, both = _both(nlp, body)
    assert rules.meetings == []
    (m,) = both.meetings
    assert set(m.participants) == pair and m.date == day and m.status == "held"
    assert m.evidence.text == body


def test_three_people_who_all_pair_are_one_meeting_not_three(nlp):
    # a model that takes every pair of two people (and no person with a side): the grouping is
    # under test here, not the bundled weights' score for this sentence
    people_only = PairModel({"bias": 10.0, "kind=party": -20.0}, 0.7)
    doc = nlp("Talks\nCanadian Finance Minister Dominic LeBlanc, Mexican Economy Secretary Marcelo Ebrard "
              "and U.S. Trade Representative Jamieson Greer worked through the night on the draft "
              "text in Ottawa on Tuesday.")
    matcher = party_matcher(nlp)
    rules = extract_doc(doc, WED, matcher, pairs=None)
    both = extract_doc(doc, WED, matcher, pairs=people_only)
    assert rules.meetings == []
    (m,) = both.meetings
    assert set(m.participants) == {"Dominic LeBlanc", "Marcelo Ebrard", "Jamieson Greer"}
    assert set(m.parties) == {"Canada", "Mexico", "United States"} and m.date == "2025-03-11"


def test_names_are_no_cues_of_their_own(nlp):
    ctx = build_context(nlp("Talks\nCanadian Finance Minister Dominic LeBlanc and Mexican Economy Secretary Marcelo "
                            "Ebrard worked through the night on the draft text in Ottawa on Tuesday."), WED)
    (pair,) = [c for c in candidates(ctx) if not c.b.startswith("@")]
    assert pair.joint.text == "LeBlanc" and pair.features["lca=<PROPN>"] == 1.0
    words = {k.split("=", 1)[1] for k in pair.features if "=" in k}
    assert {"work", "night", "text"} <= words  # the sentence's own words are cues
    assert not words & {"leblanc", "dominic", "ebrard", "marcelo", "ottawa", "tuesday"}


def test_a_statement_about_someone_is_no_meeting(nlp):
    _, both = _both(nlp, "Finance Minister Rafael Ortiz said on Tuesday that the budget drafted by opposition "
                         "leader Lucia Marquez was reckless.")
    assert both.meetings == []


def test_a_pair_the_rules_seat_is_not_told_twice(nlp):
    rules, both = _both(nlp, "Peruvian Foreign Minister Carla Mendez met Chilean Foreign Minister Jorge Rojas in "
                             "Lima on Monday.")
    assert [m.participants for m in both.meetings] == [m.participants for m in rules.meetings] == [
        ["Carla Mendez", "Jorge Rojas"]]


def test_people_the_rules_seat_apart_in_a_sentence_stay_apart(nlp):
    body = ("Finance Minister Tomas Ruiz and Trade Minister Elena Vidal are due to meet Canadian envoy Mark Fraser "
            "and Industry Minister Anne Leclerc, respectively, next week.")
    rules = extract_doc(nlp("Talks\n" + body), WED, party_matcher(nlp), pairs=None)
    assert {frozenset(m.participants) for m in rules.meetings} == {
        frozenset({"Tomas Ruiz", "Mark Fraser"}), frozenset({"Elena Vidal", "Anne Leclerc"})}
    # a model that accepts every pair it is shown still adds none of the cross pairs
    accept_all = PairModel({"bias": 10.0}, 0.7)
    ctx = build_context(nlp("Talks\n" + body), WED)
    assert {frozenset((c.a, c.b)) for c in candidates(ctx)} >= {frozenset(("Tomas Ruiz", "Anne Leclerc"))}
    assert learned_meetings(ctx, rules.meetings, accept_all) == []


def _weights_file(tmp_path: Path, data) -> Path:
    path = tmp_path / "pairs.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_the_setting_names_the_weights_or_turns_the_model_off(nlp, tmp_path, monkeypatch):
    body = "Canadian Finance Minister Dominic LeBlanc and Mexican Economy Secretary Marcelo Ebrard worked through the night."
    monkeypatch.setenv("PARLEY_PAIR_MODEL", "off")
    assert extract("Talks\n" + body, WED, nlp=nlp).meetings == []
    # a model that pairs everyone named together pairs the critic and the criticised too
    eager = _weights_file(tmp_path, {"format": "parley-pair-model/1", "threshold": 0.5, "weights": {"bias": 5.0}})
    monkeypatch.setenv("PARLEY_PAIR_MODEL", str(eager))
    ex = extract("Talks\nFinance Minister Rafael Ortiz said that opposition leader Lucia Marquez was reckless.",
                 WED, nlp=nlp)
    assert [set(m.participants) for m in ex.meetings] == [{"Rafael Ortiz", "Lucia Marquez"}]


@pytest.mark.parametrize("content, fault", [
    (None, "no such pair-model file"),
    ("{not json", "not a JSON pair-model file"),
    ({"weights": {}, "threshold": 0.5}, "not a pair-model file"),
    ({"format": "parley-pair-model/1", "threshold": 0.5, "weights": {"bias": "high"}}, "must map feature names"),
    ({"format": "parley-pair-model/1", "threshold": 1.5, "weights": {}}, "\"threshold\" must be a number"),
])
def test_a_bad_weights_file_is_one_error_naming_it(tmp_path, content, fault):
    path = tmp_path / "missing.json" if content is None else _weights_file(tmp_path, content)
    with pytest.raises(PairModelError) as err:
        read_pair_model(path)
    assert str(path) in str(err.value) and fault in str(err.value)


@pytest.mark.parametrize("setting", ["PARLEY_PAIR_MODEL", "PARLEY_CONCESSION_MODEL"])
def test_extract_with_a_bad_weights_file_says_so_and_exits_1(tmp_path, setting):
    """(Either learned model's weights file: the pairs' or the concessions'.)"""
    article = tmp_path / "a.txt"
    article.write_text("Talks\nA minister met another minister.\n", encoding="utf-8")
    bad = _weights_file(tmp_path, "{not json")
    out = subprocess.run([sys.executable, "-m", "parley.cli", "extract", str(article)], capture_output=True,
                         text=True, cwd=REPO, env={**_env(), setting: str(bad)})
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.startswith("parley: ") and str(bad) in out.stderr and "Traceback" not in out.stderr


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "PARLEY_PAIR_MODEL"}


def test_fit_weighs_a_cue_by_what_it_foretells():
    rows = [({"bias": 1.0, "lca=meet": 1.0}, True)] * 6 + [({"bias": 1.0, "lca=say": 1.0}, False)] * 6 + \
        [({"bias": 1.0, "lca=meet": 1.0}, False), ({"bias": 1.0, "lca=say": 1.0}, True)]
    model = fit(rows, l2=1.0, threshold=0.6)
    assert model.weights["lca=meet"] > 0.5 > -0.5 > model.weights["lca=say"]
    assert model.probability({"bias": 1.0, "lca=meet": 1.0}) > 0.6 > model.probability({"bias": 1.0, "lca=say": 1.0})
    assert fit(rows, l2=1.0, threshold=0.6).weights == model.weights  # deterministic


# ---------------------------------------------------------------------------- parley train-pairs
ARTICLES = {
    "north": [
        ("Ministers meet over fishing quotas\nNorwegian Fisheries Minister Ola Berg met Faroese Fisheries Minister "
         "Dan Olsen in Torshavn on Monday. Berg said later that the quota talks had gone well.",
         [("Ola Berg", "Norway"), ("Dan Olsen", "Faroe Islands")], [["Ola Berg", "Dan Olsen"]]),
        ("Trade envoys trade barbs\nChilean envoy Rosa Vera accused Peruvian envoy Luis Paz of stalling. Vera and "
         "Paz held talks in Lima on Tuesday.", [("Rosa Vera", "Chile"), ("Luis Paz", "Peru")],
         [["Rosa Vera", "Luis Paz"]]),
    ],
    "south": [
        ("Call on grain\nKenyan Trade Secretary Amina Odhiambo spoke by phone with Ugandan Trade Minister Peter "
         "Okello on Wednesday. Odhiambo later criticised Tanzanian minister John Mrema in a speech.",
         [("Amina Odhiambo", "Kenya"), ("Peter Okello", "Uganda"), ("John Mrema", "Tanzania")],
         [["Amina Odhiambo", "Peter Okello"]]),
        ("Debt talks\nZambian Finance Minister Grace Mulenga met Chinese envoy Li Wei in Lusaka on Thursday. "
         "Mulenga said Li Wei had praised the reforms.", [("Grace Mulenga", "Zambia"), ("Li Wei", "China")],
         [["Grace Mulenga", "Li Wei"]]),
    ],
}


def _annotated_folders(tmp_path: Path) -> list[Path]:
    def gold_of(item):
        text, people, meetings = item
        return text, {"people": [{"name": n, "aliases": [n.split()[-1]], "title": None, "country": c}
                                 for n, c in people],
                      "meetings": [{"participants": p, "parties": [], "date": None, "status": "held",
                                    "kind": "unknown", "evidence": text.split("\n")[1][:30]} for p in meetings]}
    return write_annotated(tmp_path, ARTICLES, gold_of)


def _parley(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "parley.cli", *args], capture_output=True, text=True, cwd=cwd,
                          env=_env())


def test_train_pairs_writes_weights_the_extractor_reads(tmp_path):
    north, south = _annotated_folders(tmp_path)
    out = tmp_path / "mine.json"
    run = _parley("train-pairs", str(north), str(south), "--out", str(out), "--threshold", "0.65")
    assert run.returncode == 0, run.stderr
    assert str(out) in run.stdout
    model = read_pair_model(out)
    assert model.threshold == 0.65 and model.weights
    about = json.loads(out.read_text(encoding="utf-8"))["trained_on"]
    assert about["articles"] == 4 and about["folders"] == 2 and about["met"] >= 4
    assert about["candidate_pairs"] > about["met"]  # the critic and the criticised are pairs that did not meet


def test_train_pairs_cv_scores_each_held_out_folder(tmp_path):
    north, south = _annotated_folders(tmp_path)
    run = _parley("train-pairs", str(north), str(south), "--cv")
    assert_cv_table(run, "pairs precision")


def test_train_pairs_cv_of_one_folder_holds_out_a_fifth_at_a_time(tmp_path):
    north, south = _annotated_folders(tmp_path)
    one = tmp_path / "one"
    one.mkdir()
    for i, f in enumerate(sorted(north.iterdir()) + sorted(south.iterdir()) + sorted(north.glob("a0.*"))):
        stem = f.name.split(".", 1)
        (one / f"n{i // 2}-{stem[0]}.{stem[1]}").write_bytes(f.read_bytes())
    assert len(list(one.glob("*.gold.json"))) == 5
    run = _parley("train-pairs", str(one), "--cv")
    assert run.returncode == 0, run.stderr
    held = [ln.split()[:3] for ln in run.stdout.splitlines()[1:6]]
    assert held == [["one", "part", str(i)] for i in range(1, 6)]
    assert " 5 " in run.stdout.splitlines()[6]


@pytest.mark.parametrize("args, message", [
    (["{north}"], "give --out FILE"),
    (["{north}", "--cv"], "one folder needs at least 5 articles (it holds 2)"),
    (["{tmp}/nowhere", "--cv"], "not a folder"),
    (["{north}", "--out", "{tmp}/x.json", "--threshold", "1.2"], "--threshold must lie between 0 and 1"),
])
def test_train_pairs_errors_are_one_line(tmp_path, args, message):
    north, _ = _annotated_folders(tmp_path)
    run = _parley("train-pairs", *[a.format(north=north, tmp=tmp_path) for a in args])
    assert_one_line_error(run, message)


def test_a_sentence_that_tells_a_state_is_no_meeting_whatever_the_score(nlp):
    # held out one set at a time, the model's pairs from sentences built on "to be" were all wrong
    people_only = PairModel({"bias": 10.0, "kind=party": -20.0}, 0.7)
    matcher = party_matcher(nlp)
    doc = nlp("Talks\nIndonesian Trade Minister Budi Santoso and Australian Trade Minister Don Farrell are old "
              "friends.")
    assert extract_doc(doc, WED, matcher, pairs=people_only).meetings == []
    doc = nlp("Talks\nIndonesian Trade Minister Budi Santoso and Australian Trade Minister Don Farrell worked "
              "through the night on the draft text.")
    (m,) = extract_doc(doc, WED, matcher, pairs=people_only).meetings
    assert set(m.participants) == {"Budi Santoso", "Don Farrell"}
