"""Meeting and people rules of round 7: each test feeds invented sentences (fictional people,
realistic negotiation prose) to the extractor and checks one rule.
"""

from __future__ import annotations

from extraction_helpers import SAT
from extraction_helpers import names_of as _names
from extraction_helpers import pairs_of as _pairs
from loaders.extraction import extract


def test_royal_style_is_no_part_of_the_name(nlp):
    """"Prince X bin Y", "Princess X bint Y": the style is a style, not part of the name (the
    annotators write "Faisal bin Farhan" for "Prince Faisal bin Farhan" in every read article);
    "Crown Prince X" is a post, so the name starts after it; so does a name after a capitalised
    post ("Qatari Envoy Princess X")."""
    text = ("Gulf Envoys Hold Talks\n\n"
            "Visiting minister Odran Vessel sat down with Prince Tamer bin Walid of Qatar in Doha on Friday. "
            "Princess Lamya bint Sufyan, a senior diplomat, hosted a dinner for the guests. "
            "Crown Prince Harith bin Nasser did not take part, nor did Qatari Envoy Princess Dalia bint Omar.\n")
    ex = extract(text, SAT, nlp=nlp)
    names = _names(ex)
    assert {"Tamer bin Walid", "Lamya bint Sufyan", "Harith bin Nasser", "Dalia bint Omar"} <= names
    assert not any(n.startswith("Prince") for n in names)
    assert ("Odran Vessel", "Tamer bin Walid") in _pairs(ex)


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


def test_a_listed_negotiator_named_bare_is_a_person(nlp):
    """A well-known negotiator of the leaders list named only by surname, where the tagger gives
    no person label ("the one ... that Trump scrapped", "backing Trump's blueprint", "that
    Zelenskyy will not ..."), is a person; "the Assad regime" names a period, not the man."""
    text = ("Harbour Talks\n\n"
            "Envoy Malik Orsenne has held four rounds of talks with Valdora on a new shipping pact to "
            "replace the one with coastal states that Trump scrapped in his first term. "
            "Valdora wants guarantees that Zelenskyy will not walk away from the grain corridor. "
            "Refugees have returned since the fall of the Assad regime.\n")
    ex = extract(text, SAT, nlp=nlp)
    names = _names(ex)
    assert any(n.endswith("Trump") for n in names)
    assert any(n.endswith("Zelenskyy") for n in names)
    assert not any(n.endswith("Assad") for n in names)


def test_the_possessor_of_an_attendee_is_not_at_the_table(nlp):
    """A possessor parsed as a modifier of the attendee's name ("X's son-in-law A"): A sits at the
    table, X does not."""
    text = ("Villa Talks\n\n"
            "A session was held on Friday between envoy Tobiah Wrenfield and minister Ludo Arkwell, which was "
            "also joined by Trump’s son-in-law Jared Kushner together with adviser Pell Morrow.\n")
    ex = extract(text, SAT, nlp=nlp)
    met = {p for m in ex.meetings for p in m.participants}
    assert {"Tobiah Wrenfield", "Ludo Arkwell", "Jared Kushner"} <= met
    assert not any(p.endswith("Trump") for p in met)
