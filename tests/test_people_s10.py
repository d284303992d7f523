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
