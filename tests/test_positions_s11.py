"""Positions and posts of round 11: "rolled back" when the parser calls "back" an adverb; "...,
with X rolling back Y" is X easing its own measure; "the Health Secretary" after a person
told without a post is that person; "X received him" is someone other than X; "X wants to avoid
..." is X's own conduct, no demand ("X wants Y to drop ..." still is); "the Deputy PM" is the
"Deputy Prime Minister & Foreign Minister" told before. Each test's sentences are invented.
"""

from __future__ import annotations

from loaders.extraction import extract


def test_rolled_back_restrictions_are_a_concession(nlp):
    ex = extract("Trade ties\nJapan rolled back several import curbs on Thai rice.", "2025-03-12", nlp=nlp)
    assert [(c.by, c.text) for c in ex.concessions] == [("Japan", "rolled back several import curbs on Thai rice")]


def test_with_a_side_rolling_back_its_curbs_is_a_concession(nlp):
    ex = extract("Trade ties\nJapan and Thailand held talks in May. Relations have warmed since 2023, with Tokyo "
                 "rolling back several import curbs since last June.", "2025-03-12", nlp=nlp)
    assert [c.by for c in ex.concessions] == ["Japan"]


def test_the_post_names_the_one_person_told_without_a_post(nlp):
    ex = extract("Nurses agree to talk\nNurses in Wales have agreed a timetable for talks with Carys Bevan, the "
                 "Royal College of Nursing has said. Union chairs Alan Pryce and Megan Hale met with the Health "
                 "Secretary on Tuesday.", "2025-03-12", nlp=nlp)
    assert [sorted(m.participants) for m in ex.meetings] == [["Alan Pryce", "Carys Bevan", "Megan Hale"]]


def test_an_object_pronoun_names_someone_other_than_its_clause_subject(nlp):
    ex = extract("Trade visit\nIndonesian Trade Minister Budi Santoso arrived in Tokyo on Monday for trade talks. "
                 "Japanese Economy Minister Ken Sato received him at his office on Tuesday.", "2025-03-14", nlp=nlp)
    assert [sorted(m.participants) for m in ex.meetings if m.date == "2025-03-11"] == [["Budi Santoso", "Ken Sato"]]


def test_him_after_a_prepositional_phrase_is_not_the_clause_subject(nlp):
    ex = extract("Island talks\nSpeaking in parliament on Tuesday, Mr Tomas Rivera said Sir Alan Price had discussed "
                 "the prospect of a treaty with him in a phone call on Friday.", "2025-03-14", nlp=nlp)
    assert [sorted(m.participants) for m in ex.meetings] == [["Alan Price", "Tomas Rivera"]]


def test_wanting_to_do_something_oneself_is_no_demand(nlp):
    ex = extract("Budget talks\nFrench Prime Minister Paul Girard met Socialist leader Anne Roy on Monday. "
                 "Girard wants to avoid the fate of his predecessor, who lost a confidence vote.", "2025-01-10", nlp=nlp)
    assert ex.demands == []


def test_wanting_the_other_side_to_act_is_still_a_demand(nlp):
    ex = extract("Budget talks\nFrench Prime Minister Paul Girard met Socialist leader Anne Roy on Monday. "
                 "France wants Germany to drop its veto on the fund.", "2025-01-10", nlp=nlp)
    assert [(d.by, d.counterpart) for d in ex.demands] == [("France", "Germany")]


def test_the_deputy_pm_is_the_deputy_prime_minister_told_before(nlp):
    ex = extract("Partnership talks\nDeputy Prime Minister & Foreign Minister Tran Van Long held a call with EU "
                 "foreign policy chief Anna Berg on Tuesday. He thanked the EU for its support. Reaffirming that the "
                 "EU is a key partner, the Deputy PM urged the EU to speed up the ratification of the investment "
                 "pact.", "2025-04-15", nlp=nlp)
    assert [p.title for p in ex.people if p.name == "Tran Van Long"] == ["Deputy Prime Minister & Foreign Minister"]
    assert [(d.by_person, d.counterpart) for d in ex.demands] == [("Tran Van Long", "European Union")]
