"""The learned concession model (`loaders/extraction/learned_concessions.py`) and its trainer
(`parley train-concessions`): it adds the concessions the rules miss, never one a side holds
already in that sentence, nor one told by a clause another side is the subject of, nor a second
telling of a step the side holds; it reads its weights from `PARLEY_CONCESSION_MODEL` (or
`off`) and turns a bad weights file into one clear line (the command line's exit on one is
tested with the pair model's, in `test_learned_pairs.py`). Every article below is invented.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extraction_helpers import assert_cv_table, assert_one_line_error, write_annotated
from loaders.extraction import extract
from loaders.extraction.learned_concessions import FORMAT, candidates, concession_model
from loaders.extraction.learned_pairs import PairModel, PairModelError, read_weights
from loaders.extraction.pipeline import build_context, extract_context, extract_doc, party_matcher

pytestmark = pytest.mark.learned_concessions
REPO = Path(__file__).resolve().parents[1]
MON = dt.date(2025, 3, 10)
MET = ("Norwegian Fisheries Minister Ola Berg met Icelandic Fisheries Minister Hanna Fridriksdottir in Oslo on "
       "Monday. ")
ACCEPT_ALL = PairModel({"bias": 10.0}, 0.3, FORMAT)  # every candidate: the mechanics are under test, not a score


def _with(nlp, body: str, model) -> list:
    doc = nlp("Fish talks\n" + body)
    return extract_doc(doc, MON, party_matcher(nlp), pairs=None, gives_model=model).concessions


def test_the_bundled_model_adds_a_step_the_rules_have_no_pattern_for(nlp):
    body = MET + "During the visit Iceland signed a purchase agreement for Norwegian salmon worth $2 billion."
    assert _with(nlp, body, None) == []
    (c,) = _with(nlp, body, concession_model())
    assert (c.by, c.counterpart) == ("Iceland", "Norway")
    assert "signed a purchase agreement for Norwegian salmon worth $2 billion" in c.text
    assert c.evidence.text == "During the visit Iceland signed a purchase agreement for Norwegian salmon worth $2 billion."


def test_the_text_is_the_clause_the_side_acts_in_without_its_bare_name(nlp):
    body = MET + "Iceland released a credit line of $2 billion for Norwegian fleets on Tuesday."
    assert [c.by for c in _with(nlp, body, None)] == []
    given = {c.by: c for c in _with(nlp, body, ACCEPT_ALL)}
    assert given["Iceland"].text == "released a credit line of $2 billion for Norwegian fleets on Tuesday"
    assert given["Iceland"].by_person is None


def test_a_side_the_rules_give_a_concession_in_a_sentence_gets_none_more_there(nlp):
    body = MET + "Iceland will scrap its quota on Norwegian herring."
    rules = _with(nlp, body, None)
    assert [(c.by, c.text) for c in rules] == [("Iceland", "scrap its quota on Norwegian herring")]
    ctx = build_context(nlp("Fish talks\n" + body), MON, party_matcher(nlp))
    rules_json = extract_context(ctx, pairs=None, gives_model=None)
    there = [c.party for c in candidates(ctx, rules_json.concessions, rules_json.demands)
             if "herring" in ctx.sentences[c.sentence].text]
    assert there == ["Norway"]  # (not Iceland, which holds the rules' concession there)
    assert _with(nlp, body, ACCEPT_ALL)[:1] == rules


def test_the_reporter_of_another_sides_step_is_not_its_giver(nlp):
    body = MET + "Berg claimed that Iceland had signed off on a catch limit of 5,000 tonnes for its trawlers."
    given = [c for c in _with(nlp, body, ACCEPT_ALL) if "5,000" in c.evidence.text]
    assert [c.by for c in given] == ["Iceland"]
    assert given[0].text.startswith("had signed off on a catch limit of 5,000 tonnes")


def test_a_step_told_again_is_not_a_second_concession(nlp):
    body = MET + ("Iceland will cut duties on Norwegian salmon to 5 percent. Under the pact, Iceland's duties on "
                  "Norwegian salmon fall to 5 percent from June.")
    rules = _with(nlp, body, None)
    assert [c.by for c in rules] == ["Iceland"]
    both = _with(nlp, body, ACCEPT_ALL)
    assert [c.text for c in both if c.by == "Iceland" and "salmon" in c.evidence.text] == [rules[0].text]


def test_a_side_only_witnessing_mediating_or_hosting_gives_nothing_there(nlp):
    """"Norway and Iceland signed the accord, in a ceremony witnessed by Denmark and Finland",
    "talks mediated by Sweden", "at the summit in Torshavn, the Faroe Islands": those sides are
    there, but what is agreed is not theirs (round 30: the model had given them concessions)."""
    body = MET + ("Norway and Iceland signed a fisheries accord on Tuesday in a ceremony witnessed by Denmark and "
                  "Finland. The deal followed talks mediated by Sweden. Iceland also agreed to open its ports at the "
                  "summit in Helsinki, Finland.")
    given = {(c.by, c.evidence.text[:20]) for c in _with(nlp, body, ACCEPT_ALL)}
    assert {by for by, _ in given} >= {"Norway", "Iceland"}
    assert not {by for by, _ in given} & {"Denmark", "Sweden", "Finland"}


def _weights_file(tmp_path: Path, data) -> Path:
    path = tmp_path / "gives.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_the_setting_names_the_weights_or_turns_the_model_off(nlp, tmp_path, monkeypatch):
    text = "Fish talks\n" + MET + "Iceland released a credit line of $2 billion for Norwegian fleets on Tuesday."
    monkeypatch.setenv("PARLEY_CONCESSION_MODEL", "off")
    assert extract(text, MON, nlp=nlp).concessions == []
    eager = _weights_file(tmp_path, {"format": FORMAT, "threshold": 0.5, "weights": {"bias": 5.0}})
    monkeypatch.setenv("PARLEY_CONCESSION_MODEL", str(eager))
    assert "Iceland" in {c.by for c in extract(text, MON, nlp=nlp).concessions}


@pytest.mark.parametrize("content, fault", [
    (None, "no such concession-model file"),
    ("{not json", "not a JSON concession-model file"),
    ({"format": "parley-pair-model/1", "threshold": 0.5, "weights": {}}, "not a concession-model file"),
    ({"format": FORMAT, "threshold": 0.0, "weights": {}}, "\"threshold\" must be a number"),
])
def test_a_bad_weights_file_is_one_error_naming_it(tmp_path, content, fault):
    path = tmp_path / "missing.json" if content is None else _weights_file(tmp_path, content)
    with pytest.raises(PairModelError) as err:
        read_weights(path, FORMAT, "concession-model")
    assert str(path) in str(err.value) and fault in str(err.value)


# ---------------------------------------------------------------------------- parley train-concessions
ARTICLES = {
    "north": [
        ("Fish deal\nNorwegian Fisheries Minister Ola Berg met Icelandic Fisheries Minister Hanna Fridriksdottir "
         "in Oslo on Monday. Iceland released 12 detained Norwegian trawlers after the talks.",
         "Iceland", "Iceland released 12 detained Norwegian trawlers"),
        ("Grain talks\nKenyan Trade Secretary Amina Odhiambo met Ugandan Trade Minister Peter Okello in Kampala on "
         "Tuesday. Uganda released its grain stocks for Kenyan millers after the talks.",
         "Uganda", "Uganda released its grain stocks"),
    ],
    "south": [
        ("Wine talks\nChilean Trade Minister Rosa Vera met Peruvian Trade Minister Luis Paz in Lima on Wednesday. "
         "Peru released a quota of 5,000 tonnes for Chilean wine after the talks.",
         "Peru", "Peru released a quota of 5,000 tonnes"),
        ("Debt talks\nZambian Finance Minister Grace Mulenga met Chinese envoy Li Wei in Lusaka on Thursday. "
         "China released a credit line of $1 billion for Zambian mines after the talks.",
         "China", "China released a credit line of $1 billion"),
    ],
}


def _annotated_folders(tmp_path: Path) -> list[Path]:
    def gold_of(item):
        text, by, evidence = item
        return text, {"concessions": [{"by": by, "to": None, "summary": evidence, "keywords": ["releas"],
                                       "evidence": evidence}]}
    return write_annotated(tmp_path, ARTICLES, gold_of)


def _parley(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "parley.cli", *args], capture_output=True, text=True, cwd=REPO,
                          env=dict(os.environ))


def test_train_concessions_writes_weights_the_extractor_reads(tmp_path):
    north, south = _annotated_folders(tmp_path)
    out = tmp_path / "mine.json"
    run = _parley("train-concessions", str(north), str(south), "--out", str(out), "--threshold", "0.4")
    assert run.returncode == 0, run.stderr
    assert str(out) in run.stdout and "PARLEY_CONCESSION_MODEL" in run.stdout
    model = read_weights(out, FORMAT, "concession-model")
    assert model.threshold == 0.4 and model.weights["s=release"] > 0
    about = json.loads(out.read_text(encoding="utf-8"))["trained_on"]
    assert about["articles"] == 4 and about["folders"] == 2 and about["gave"] == 4
    assert about["candidates"] > about["gave"]  # the other side of each article gave nothing


def test_train_concessions_cv_scores_each_held_out_folder(tmp_path):
    north, south = _annotated_folders(tmp_path)
    run = _parley("train-concessions", str(north), str(south), "--cv")
    assert_cv_table(run, "concessions precision")
    assert "-> " in run.stdout.splitlines()[-1]


@pytest.mark.parametrize("args, message", [
    (["{north}"], "give --out FILE"),
    (["{north}", "--cv"], "one folder needs at least 5 articles (it holds 2)"),
    (["{north}", "--out", "{tmp}/x.json", "--l2", "-1"], "--l2 must not be negative"),
])
def test_train_concessions_errors_are_one_line(tmp_path, args, message):
    north, _ = _annotated_folders(tmp_path)
    run = _parley("train-concessions", *[a.format(north=north, tmp=tmp_path) for a in args])
    assert_one_line_error(run, message)
    assert "train-concessions" in run.stderr or "give --out" not in message


def test_a_side_is_weighed_with_its_own_figure_negation_and_the_step_before(nlp):
    """The side's own cues: a figure in the clause it is subject of, a negation of that clause,
    and a concession of the rules it gave in the sentence just before (a list of terms goes on)."""
    body = MET + ("Iceland will scrap its quota on Norwegian herring. Iceland also opened 12 harbours to Norwegian "
                  "trawlers. Norway has not lowered its duties on Icelandic cod.")
    ctx = build_context(nlp("Fish talks\n" + body), MON, party_matcher(nlp))
    rules = extract_context(ctx, pairs=None, gives_model=None)
    own = {(ctx.sentences[c.sentence].text.split()[0], c.party): c.features
           for c in candidates(ctx, rules.concessions, rules.demands)}
    opened = own[("Iceland", "Iceland")]  # ("Iceland also opened ...": the first sentence is the rules')
    assert opened.get("gave_just_before") == 1.0 and opened.get("subj_num") == 1.0
    assert own[("Norway", "Norway")].get("subj_neg") == 1.0 and "gave_just_before" not in own[("Norway", "Norway")]
