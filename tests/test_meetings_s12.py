"""Meeting and people rules of round 12: each test feeds invented sentences (fictional people,
realistic negotiation prose) to the extractor and checks one rule.
"""

from __future__ import annotations

from extraction_helpers import SAT
from loaders.extraction import extract


def _pairs(ex) -> set:
    return {frozenset((a, b)) for m in ex.meetings for a in m.participants for b in m.participants if a < b}


def test_a_resumed_session_told_without_sides_takes_the_attendance_told_next(nlp):
    """"The meeting of the X board reconvened at P on Tuesday. In attendance were A and B. On the
    side of the growers, C was in attendance": one session whose members are told after it."""
    text = ("Dairy price board meets again\n\n"
            "The meeting of the Northern Dairy Pricing Board re-convened at the Orchard Lodge in "
            "Kestrel Bay on Tuesday to continue bargaining over milk prices.\n\n"
            "In attendance were officials of the Latvian government, including the Minister of Farming, "
            "Ilze Vartmane; and the Minister of Trade, Juris Pelnis.\n\n"
            "On the side of the growers, their chairman, Arvo Silkens, was in attendance.\n")
    ex = extract(text, SAT, nlp=nlp)
    got = _pairs(ex)
    assert frozenset(("Ilze Vartmane", "Juris Pelnis")) in got
    assert frozenset(("Arvo Silkens", "Ilze Vartmane")) in got
    assert any(m.date == "2025-06-10" for m in ex.meetings if "Arvo Silkens" in m.participants)


def test_talks_a_visit_included_are_the_visitors(nlp):
    """"X's visit to P, ..., also included talks with Y": the owner of the visit met Y."""
    text = ("Atom agency chief visits Riga\n\n"
            "Director General Hanna Volberg of the agency met Latvian Minister Peteris Ozols on Monday.\n\n"
            "Volberg's visit to Riga, part of an effort to ease tensions, also included talks with "
            "Andris Kalns, head of Latvia's nuclear regulator.\n")
    got = _pairs(extract(text, SAT, nlp=nlp))
    assert frozenset(("Hanna Volberg", "Peteris Ozols")) in got
    assert frozenset(("Andris Kalns", "Hanna Volberg")) in got


def test_talks_resumed_at_the_head_of_a_sentence_take_the_attendance_told_next(nlp):
    """"Talks between the workers and the employers resumed on Monday in P. A, B and C were in
    attendance": the capitalised 'Talks' (parsed as a name) still opens a session staffed next."""
    text = ("Wage talks resume\n\n"
            "Talks between the workers and the employers resumed on Monday in Riga.\n\n"
            "Liga Ozolina, Maris Kalnins and Edgars Tavars were in attendance.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert frozenset(("Liga Ozolina", "Maris Kalnins")) in _pairs(ex)
    assert any(m.date == "2025-06-09" for m in ex.meetings if "Edgars Tavars" in m.participants)
