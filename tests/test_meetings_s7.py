"""Meeting and people rules of round 7: each test feeds invented sentences (fictional people,
realistic negotiation prose) to the extractor and checks one rule.
"""

from __future__ import annotations

from extraction_helpers import SAT
from loaders.extraction import extract


def _names(ex):
    return {p.name for p in ex.people}


def _pairs(ex):
    out = set()
    for m in ex.meetings:
        ps = sorted(m.participants)
        out |= {(a, b) for i, a in enumerate(ps) for b in ps[i + 1:]}
    return out


def test_royal_style_is_part_of_the_name(nlp):
    """"Prince X bin Y", "Princess X bint Y": the style is kept in the name; "Crown Prince X"
    is a post, so the name starts after it; so does a name after a capitalised post ("Qatari
    Envoy Princess X")."""
    text = ("Gulf Envoys Hold Talks\n\n"
            "Visiting minister Odran Vessel sat down with Prince Tamer bin Walid of Qatar in Doha on Friday. "
            "Princess Lamya bint Sufyan, a senior diplomat, hosted a dinner for the guests. "
            "Crown Prince Harith bin Nasser did not take part, nor did Qatari Envoy Princess Dalia bint Omar.\n")
    ex = extract(text, SAT, nlp=nlp)
    names = _names(ex)
    assert {"Prince Tamer bin Walid", "Princess Lamya bint Sufyan"} <= names
    assert {"Harith bin Nasser", "Dalia bint Omar"} <= names
    assert ("Odran Vessel", "Prince Tamer bin Walid") in _pairs(ex)


def test_attending_the_meeting_were_lists_members(nlp):
    """"Attending the meeting were A and B": inverted order, still the members of the meeting
    told just before."""
    text = ("Trade Ministers Meet\n\n"
            "Foreign Minister Corvin Maltby received trade envoy Selwyn Ardagh in Valdora on Friday. "
            "They reviewed the customs accord and a shipping dispute. "
            "Attending the meeting were notable figures from both governments, including Ottilie Brande, "
            "the deputy minister of ports.\n")
    ex = extract(text, SAT, nlp=nlp)
    pairs = _pairs(ex)
    assert ("Corvin Maltby", "Selwyn Ardagh") in pairs
    assert ("Corvin Maltby", "Ottilie Brande") in pairs
