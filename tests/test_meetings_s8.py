"""Meeting and people rules of round 8: each test feeds invented sentences (fictional people,
realistic negotiation prose) to the extractor and checks one rule.
"""

from __future__ import annotations

from extraction_helpers import SAT
from extraction_helpers import names_of as _names
from extraction_helpers import pairs_of as _pairs
from loaders.extraction import extract


def test_round_held_at_a_venue_takes_the_delegation_listed_next(nlp):
    """"The latest round was held in <city> on <day>. The X delegation included A, B and C":
    a held round with neither sides nor people named is still the meeting whose members the
    next sentence lists (and it is dated by its own sentence)."""
    text = ("Armenia and Azerbaijan end talks in Geneva\n\n"
            "The Azerbaijani team flew home from Geneva after hearing the outcome of the talks, "
            "spokesman Tomas Reddle said.\n\n"
            "The latest round was held in Geneva on Thursday. The Armenian delegation included security "
            "chief Arvo Penn, intelligence head Milo Strand and the envoy Ilse Varga.\n")
    ex = extract(text, SAT, nlp=nlp)
    m = next(m for m in ex.meetings if "Arvo Penn" in m.participants)
    assert {"Milo Strand", "Ilse Varga"} <= set(m.participants)
    assert str(m.date) == "2025-06-12"


def test_unnamed_leaders_of_listed_sides_are_not_other_leaders(nlp):
    """"The leaders of A, B and C said after the talks ...": the heads of those sides, whom
    the text does not name; a leader of another side named earlier does not stand in."""
    text = ("Mediators Report Progress\n\n"
            "Finnish President Oskar Vint said on Monday that he backs the plan drafted by "
            "Estonian Prime Minister Hallo Brenn.\n\n"
            "The leaders of Egypt, Qatar, and Jordan said in a joint statement after the talks "
            "that the talks had gone well.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert ("Hallo Brenn", "Oskar Vint") not in _pairs(ex)


def test_portfolio_after_for_is_part_of_the_title_not_the_name(nlp):
    """"Undersecretary for Policy A B": the portfolio ("Policy") ends the post; the name is A B."""
    text = ("Envoys Review Sea Dispute\n\n"
            "Officials from both sides attended the dialogue, which included the Undersecretary for Policy "
            "Ramon Villa-Real and Director-General Wen Liqiao of the Chinese foreign ministry.\n")
    ex = extract(text, SAT, nlp=nlp)
    names = _names(ex)
    assert "Ramon Villa-Real" in names
    assert not any(n.startswith("Policy") for n in names)


def test_minister_of_portfolio_gives_the_side_of_a_signer(nlp):
    """"signed by <EU post> A and Peruvian Minister of Economic Affairs B": the portfolio words
    belong to the title, so B's side (Peru) is read from it and the signing is a meeting of the two."""
    text = ("Peru and EU Seal Accord\n\n"
            "Peru and the European Union concluded negotiations on a trade accord on Friday, an official said.\n\n"
            "The accord was signed by EU Trade Commissioner Kasper Lindqvist and Peruvian Minister of "
            "Economic Affairs Rosa Quispe in Lima.\n")
    ex = extract(text, SAT, nlp=nlp)
    rosa = next(p for p in ex.people if p.name == "Rosa Quispe")
    assert rosa.country == "Peru"
    assert ("Kasper Lindqvist", "Rosa Quispe") in _pairs(ex)
