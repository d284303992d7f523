"""Sides no party list knows, found from the article itself (loaders/extraction/sides.py):
unions, professional bodies and political parties that the article makes act become parties,
spelt as the article spells them; bodies only named in passing, documents and people do not.

Each test's article is invented.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import found  # noqa: E402

PUBLISHED = "2025-03-05"


def _context(text: str):
    from loaders.extraction import build_context

    return build_context(text, PUBLISHED)


def _extract(text: str):
    import datetime as dt

    from loaders.extraction import extract

    return extract(text, dt.date.fromisoformat(PUBLISHED))


COALITION = (
    "Coalition talks falter in Valdoria\n"
    "The coalition talks between the conservative KVP and the liberal DLÖ stalled on Tuesday. "
    "The KVP rejected the latest budget plan, saying it would raise taxes on farmers. "
    "DLÖ leader Anton Berger demanded a cap on rents before any deal. "
    "The two parties will meet again next week.\n"
)


def test_party_codes_that_act_become_parties_of_the_article():
    ctx = _context(COALITION)
    names = {p.name: p for p in ctx.parties}
    assert "KVP" in names and "DLÖ" in names, sorted(names)
    assert names["KVP"].kind == "organisation"
    # every later step sees them as party mentions
    second = ctx.text.index("The KVP rejected")
    assert ctx.parties_in(second, second + 20) == ["KVP"]


def test_a_party_leader_keeps_his_country_and_his_party_speaks_through_him():
    ex = _extract(COALITION)
    berger = next(p for p in ex.people if p.name == "Anton Berger")
    assert berger.country != "DLÖ"  # a person's country is a country, not his party
    assert any(d.by == "DLÖ" and "rents" in d.text for d in ex.demands), found(ex.demands)


def test_a_spelled_out_body_is_named_as_the_article_introduces_it():
    text = (
        "Tram drivers reject pay offer\n"
        "The Northern Tram Drivers Association rejected the city's pay offer on Monday. "
        "The NTDA said the offer did not cover night shifts. "
        "Separately, the Harbour Pilots Federation (HPF) demanded new safety rules. "
        "The HPF said talks with the port authority would resume on Friday.\n")
    ctx = _context(text)
    names = {p.name for p in ctx.parties}
    assert "Northern Tram Drivers Association" in names, sorted(names)
    assert "NTDA" not in names  # the acronym is the same side, under its long name
    nt = ctx.text.index("The NTDA said")
    assert ctx.parties_in(nt, nt + 10) == ["Northern Tram Drivers Association"]
    assert "HPF" in names  # introduced in brackets: the article's handle for it


def test_bodies_only_named_in_passing_documents_and_people_are_not_sides():
    text = (
        "Talks on the fisheries pact continue\n"
        "Norway and Iceland continued talks on Monday over the Free Trade Agreement. "
        "A study by the Westbrook Institute found that catches had fallen. "
        "The Free Trade Agreement would cut duties on salmon, officials said.\n")
    ctx = _context(text)
    kinds = {p.name: p.kind for p in ctx.parties}
    assert not {n for n, k in kinds.items() if k == "organisation"} & {
        "Free Trade Agreement", "Westbrook Institute"}, kinds


def test_a_sector_body_named_after_its_country_is_a_side_in_any_of_the_countrys_spellings():
    text = (
        "Nurses to strike\n"
        "The nurses' union said talks with Health New Zealand had failed. "
        "Health NZ is offering a 3 percent pay rise over two years. "
        "The union rejected the offer on Friday.\n")
    ctx = _context(text)
    at = ctx.text.index("Health NZ is")
    assert ctx.parties_in(at, at + 9) == ["Health New Zealand"], [(m.text, m.target) for m in ctx.party_mentions]
    ex = _extract(text)
    assert any(c.by == "Health New Zealand" and "pay rise" in c.text for c in ex.concessions), found(ex.concessions)


def test_a_government_department_named_with_its_country_stays_the_country():
    ctx = _context("Trade talks\nThe US Department of Commerce said on Monday it would review the tariffs. "
                   "It rejected the proposal.\n")
    assert "US Department of Commerce" not in [p.name for p in ctx.parties], [p.name for p in ctx.parties]


def test_the_head_word_alone_refers_to_the_one_side_named_with_it():
    text = ("Tram drivers reject pay offer\nThe Northern Tram Drivers Union rejected the city's pay offer on "
            "Monday. The union said the offer did not cover night shifts. They also want a shorter week.\n")
    ctx = _context(text)
    at = ctx.text.index("The union said") + 4
    assert ctx.parties_in(at, at + 5) == ["Northern Tram Drivers Union"]
    union = next(p for p in ctx.parties if p.name == "Northern Tram Drivers Union")
    assert "union" not in union.aliases  # a reference, not one of its names
    ex = _extract(text)
    assert any(d.by == "Northern Tram Drivers Union" and "shorter week" in d.text for d in ex.demands), \
        found(ex.demands)


def test_the_head_word_stays_unresolved_when_two_sides_share_it():
    text = ("Unions split\nThe Tram Drivers Union and the Bus Crews Union met the city on Monday. "
            "The union said it would strike.\n")
    ctx = _context(text)
    at = ctx.text.index("The union said") + 4
    assert ctx.parties_in(at, at + 5) == []
