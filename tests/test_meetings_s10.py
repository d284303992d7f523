"""Meeting and people rules of round 10: each test feeds invented sentences (fictional people,
realistic negotiation prose) to the extractor and checks one rule.
"""

from __future__ import annotations

from extraction_helpers import SAT
from extraction_helpers import names_of as _names
from loaders.extraction import extract


def _dated(ex) -> set:
    return {(tuple(sorted(m.participants)), m.date, m.end_date) for m in ex.meetings}


def test_back_home_after_a_day_of_talks_dates_the_talks_the_day_before(nlp):
    """"X was back in P on Friday after a day of talks in Q with Y": Friday is the return;
    the talks were on Thursday."""
    text = ("Envoy returns from border round\n\n"
            "Envoy Marek Dovlan was back in Pomsk on Friday after a day of tiring talks in Ardenne "
            "with the mediator Ilse Farrow about the grain corridor.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert (("Ilse Farrow", "Marek Dovlan"), "2025-06-12", None) in _dated(ex)


def test_back_after_two_days_of_talks_dates_the_two_days_before(nlp):
    """"... back in P on Friday after two days of talks": Wednesday to Thursday."""
    text = ("Envoy returns from border round\n\n"
            "Envoy Marek Dovlan returned home on Friday after two days of talks in Ardenne "
            "with the mediator Ilse Farrow about the grain corridor.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert (("Ilse Farrow", "Marek Dovlan"), "2025-06-11", "2025-06-12") in _dated(ex)


def test_delegation_leaders_two_sentences_after_a_sides_only_session_join_it(nlp):
    """"At the session held in P on D, A and B settled ... The parties asked experts to ...
    The delegations were led by X, Y and Z": one sentence naming nobody between the session
    and its member list; the members join the session, not an earlier call."""
    text = ("Mediator calls two presidents\n\n"
            "President Aldo Merrin spoke by phone on Friday with presidents Joren Vast of Mali and "
            "Kiro Deshan of Niger about the border.\n\n"
            "At the second ministerial session held in Lome on June 6, under the mediation of Togo, "
            "Mali and Niger settled their dispute over grazing routes.\n\n"
            "The parties asked their experts to prepare a detailed schedule for review at the next session.\n\n"
            "The delegations were led by Marek Dovlan, Foreign Minister of Mali, Pera Osk, Foreign "
            "Minister of Niger, and Tomas Wend, Togolese Foreign Minister.\n")
    ex = extract(text, SAT, nlp=nlp)
    got = _dated(ex)
    assert (("Marek Dovlan", "Pera Osk", "Tomas Wend"), "2025-06-06", None) in got
    assert (("Aldo Merrin", "Joren Vast", "Kiro Deshan"), "2025-06-13", None) in got


def test_a_portfolio_word_ending_a_ministers_title_is_not_a_person(nlp):
    """"X, Minister of Trade, Culture and Francophonie of Gabon": the last portfolio of the
    post is a title word, neither a person nor a participant."""
    text = ("Envoys meet over river dispute\n\n"
            "Envoy Marek Dovlan met Pera Osk, Minister of Trade, Culture and Francophonie of Gabon, "
            "in Libreville on Friday.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert "Francophonie" not in _names(ex)
    assert all("Francophonie" not in m.participants for m in ex.meetings)
    assert {"Marek Dovlan", "Pera Osk"} <= _names(ex)
