"""Meeting and people rules of round 10: each test feeds invented sentences (fictional people,
realistic negotiation prose) to the extractor and checks one rule.
"""

from __future__ import annotations

from extraction_helpers import SAT
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
