"""People and sides of round 10: one name spelt with and without accents is one person; a word
the parser labels a firm, a party or a place everywhere else, and that owns what only a body
owns ("Boeing's machinists"), is not a person in a meeting slot or beside a person's name; a firm that meets the union or makes an offer is a side, and a firm
that reports its own figures is not a newspaper. Each test's sentences are invented.
"""

from __future__ import annotations

from loaders.extraction import extract

STRIKE = ("Strike talks resume\n"
          "The machinists' union met with Boeing on Tuesday, alongside Labor Secretary Ann Brill. The union "
          "rejected the latest offer from Boeing last week. Last week, Boeing reported heavy quarterly losses "
          "of $5 billion on the back of the strike, and Boeing's machinists stayed out.")


def test_one_name_with_and_without_accents_is_one_person(nlp):
    ex = extract("Rock talks\nSpanish Foreign Minister José Manuel Albares met Fabian Cole in London. "
                 "Cole thanked Jose Manuel Albares for the talks.", "2025-03-03", nlp=nlp)
    assert [p.name for p in ex.people if p.name.endswith("Albares")] == ["José Manuel Albares"]


def test_a_firm_met_with_is_no_person_when_the_article_calls_it_a_firm(nlp):
    ex = extract(STRIKE, "2025-03-03", nlp=nlp)
    assert "Boeing" not in [p.name for p in ex.people]


def test_a_firm_that_meets_and_offers_is_a_side_though_it_reports_losses(nlp):
    ex = extract(STRIKE, "2025-03-03", nlp=nlp)
    assert "Boeing" in [p.name for p in ex.parties]


def test_a_party_named_before_its_chief_is_no_person(nlp):
    ex = extract("Coalition pact signed\nThe pact was signed by LDP President Kenji Mori and Nippon Ishin "
                 "chief Taro Ueda on Monday. Nippon Ishin will not hold a cabinet post. Nippon Ishin's lawmakers "
                 "decided to back Mori.", "2025-03-03", nlp=nlp)
    assert sorted(p.name for p in ex.people) == ["Kenji Mori", "Taro Ueda"]


COALITION = ("Two parties agree to share power\n"
             "CPN-UML and Nepali Congress (NC) said on Sunday they would share power. UML Chairman Ram "
             "Thapa and NC President Hari Koirala signed an agreement to that effect late on Monday night. "
             "The UML and the NC will take turns to lead the government.")


def test_a_hyphenated_code_is_spelt_as_written_and_its_last_part_is_the_same_party(nlp):
    ex = extract(COALITION, "2024-07-02", nlp=nlp)
    parties = {p.name: p for p in ex.parties}
    assert "CPN-UML" in parties and "UML" not in parties, sorted(parties)
    assert "UML" in parties["CPN-UML"].aliases


def test_a_congress_introduced_with_its_acronym_is_a_party_and_keeps_no_bracket(nlp):
    ex = extract("Two parties agree to share power\nLeaders of CPN-UML and the Nepali Congress (NC) have "
                 "agreed to form a government. The NC said it would lead the government first.", "2024-07-02", nlp=nlp)
    names = [p.name for p in ex.parties]
    assert "NC" in names, names
    assert not any("(" in n or "(" in a for p in ex.parties for n in [p.name] for a in p.aliases + [n]), names


def test_a_person_whose_title_names_a_side_speaks_for_it_and_keeps_no_party_as_country(nlp):
    from loaders.extraction import build_context

    ctx = build_context(COALITION, "2024-07-02", nlp=nlp)
    assert ctx.person_sides == {"Ram Thapa": "CPN-UML", "Hari Koirala": "NC"}, ctx.person_sides
    assert ctx.country_of("Ram Thapa") == "CPN-UML"
    assert all(p.country is None for p in ctx.people)  # a person's country is a country, or none


def test_two_leaders_of_two_sides_signing_an_agreement_met(nlp):
    ex = extract(COALITION, "2024-07-02", nlp=nlp)
    assert any({"Ram Thapa", "Hari Koirala"} <= set(m.participants) and m.date == "2024-07-01"
               for m in ex.meetings), ex.meetings


def test_a_town_after_in_is_no_person_though_the_parser_hangs_a_post_on_it(nlp):
    """"At a rally in Leipzig, the head of the union ...": the parser may make "the head" an
    apposition of the town; a place after "in" stays a place."""
    ex = extract("Strike\nOn the fourth day of the strike, Claus Weber spoke. At a rally in Leipzig, the head "
                 "of the drivers' union railed against the rail operator.", "2024-01-27", nlp=nlp)
    assert [p.name for p in ex.people] == ["Claus Weber"]


AIRLINE = ("Flight attendants' strike looms\n"
           "The Canadian Union of Public Employees (CUPE) rejected the latest offer from Air Canada on Monday. "
           "Air Canada said it wanted to reach a deal at the table. "
           "The union said it had submitted a fresh proposal to Air Canada late on Sunday.")


def test_a_firm_named_with_its_country_is_a_side_of_its_own(nlp):
    ex = extract(AIRLINE, "2025-08-14", nlp=nlp)
    assert "Air Canada" in [p.name for p in ex.parties], [p.name for p in ex.parties]


def test_the_union_is_the_union_whose_spelt_out_name_is_headed_by_union(nlp):
    """"the Canadian Union of Public Employees (CUPE)": its head word is Union, so a later "the
    union" is CUPE, though the side is named by its code."""
    from loaders.extraction import build_context

    ctx = build_context(AIRLINE, "2025-08-14", nlp=nlp)
    later = [m for m in ctx.party_mentions if m.text.lower() == "union"]
    assert later and all(m.target == "CUPE" for m in later), [(m.text, m.target) for m in ctx.party_mentions]
