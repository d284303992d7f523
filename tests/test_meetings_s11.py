"""Meeting and people rules of round 11: each test feeds invented sentences (fictional people,
realistic negotiation prose) to the extractor and checks one rule.
"""

from __future__ import annotations

from extraction_helpers import SAT
from loaders.extraction import extract


def _dated(ex) -> set:
    return {(tuple(sorted(m.participants)), m.date, m.end_date) for m in ex.meetings}


def test_sessions_with_each_side_on_its_own_days_take_that_sides_members(nlp):
    """"A held two rounds with B's team on D1 and D2, while meeting with C on D3", then one
    member list per delegation: three sessions; B's members are not at C's session."""
    text = ("Canada shuttles between two trade teams\n\n"
            "Canada held two rounds of talks with the Mexican delegation on June 9 and June 11, while "
            "meeting with the Brazilian team on June 10.\n\n"
            "The Mexican delegation was led by Economy Minister Tomas Ferrando. Also present was "
            "deputy negotiator Lucia Garay.\n\n"
            "The Canadian delegation included trade adviser Ellen Brock and lawyer Paul Danvers.\n\n"
            "The Brazilian delegation participants were: diplomat Rui Castanho and Ambassador Nelia Prado.\n")
    got = _dated(extract(text, SAT, nlp=nlp))
    mex = ("Ellen Brock", "Lucia Garay", "Paul Danvers", "Tomas Ferrando")
    bra = ("Ellen Brock", "Nelia Prado", "Paul Danvers", "Rui Castanho")
    assert (mex, "2025-06-09", None) in got
    assert (mex, "2025-06-11", None) in got
    assert (bra, "2025-06-10", None) in got
    assert not any("Tomas Ferrando" in p and "Rui Castanho" in p for p, _, _ in got)
