"""Demands and concessions in shapes the parser misreads, told in invented sentences.

Each test's sentences are invented; the names are made up or used only as sides.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import found, only_one as _only, positions_of  # noqa: E402

HEADLINE = "Border river talks stall again\n"


def _positions(body: str, published: str = "2025-03-03"):
    return positions_of(HEADLINE, body, published)


def test_demands_centering_on_terms_read_as_one_noun_are_the_owners_demand():
    _, demands, _ = _positions("Quellonian envoys left early. Chile's demands center on "
                               "halting every Peruvian raid on the delta fisheries.")
    d = _only(demands)
    assert (d.by, d.text) == ("Chile", "halting every Peruvian raid on the delta fisheries")
    _, demands, _ = _positions("Per the leaked memo, Chile's demands center on \"an end to all dredging "
                               "upstream, alongside a halt to patrols,\" in their words.")
    assert ("Chile", "an end to all dredging upstream") in found(demands)
    _, demands, _ = _positions("According to aides, Chile's demands center on \"halting all Peruvian dredging, "
                               "including the removal of barges moored west of the dam, alongside a halt to "
                               "patrols,\" in their words.")
    d = _only(demands)
    assert d.by == "Chile" and d.text.startswith("halting all Peruvian dredging")
    _, demands, _ = _positions("The demands center on Vell Street stayed shut all week, Chile said.")
    assert demands == []


def test_what_a_side_says_any_deal_must_hold_is_its_demand():
    _, demands, _ = _positions("Peru's foreign ministry said any agreement must include the return "
                               "of all seized trawlers at once.")
    d = _only(demands)
    assert (d.by, d.text) == ("Peru", "the return of all seized trawlers at once")
    _, demands, _ = _positions("Peru insists that any accord would only involve a short truce in "
                               "exchange for the freeing of crews.")
    d = _only(demands)
    assert d.by == "Peru" and d.text.startswith("a short truce in exchange for the freeing of crews")
    _, demands, _ = _positions("Peru said the agreement includes the return of all seized trawlers.")
    assert demands == []
    _, demands, _ = _positions("Peru said any agreement must not include the return of trawlers.")
    assert demands == []


def test_steps_a_side_will_have_to_take_under_the_others_plan_are_the_plan_owners_demands():
    _, demands, _ = _positions("Under the draft Chile sent to Peru on June 2, the Andean republic will "
                               "have to shrink its anchovy fleet by half, a daily reported.")
    d = _only(demands)
    assert (d.by, d.counterpart, d.text) == ("Chile", "Peru", "shrink its anchovy fleet by half")
    _, demands, _ = _positions("Under Chile's plan, Peru must scrap two dredgers and stop building jetties.")
    assert [(d.by, d.counterpart, d.text) for d in demands] == [
        ("Chile", "Peru", "scrap two dredgers"), ("Chile", "Peru", "stop building jetties")]
    _, demands, _ = _positions("Under the plan, Peru will have to scrap two dredgers.")
    assert demands == []
    _, demands, _ = _positions("Under Chile's plan, Peru will not have to scrap its dredgers.")
    assert demands == []


def test_steps_a_deal_binds_a_side_to_take_are_that_sides_concessions():
    _, _, concessions = _positions("Peru and Chile initialled a salmon pact on Monday. The pact would also "
                                   "prompt Peru to import more Chilean pears and simplify its port checks.")
    assert found(concessions) == [
        ("Peru", "import more Chilean pears"), ("Peru", "simplify its port checks")]
    _, _, concessions = _positions("Peru and Chile initialled a salmon pact. The pact commits Peru to "
                                   "importing more Chilean pears.")
    assert found(concessions) == [("Peru", "importing more Chilean pears")]
    _, _, concessions = _positions("Peru and Chile initialled a salmon pact. The pact would not require "
                                   "Peru to import more Chilean pears.")
    assert concessions == []


def test_an_infinitive_hung_on_an_aside_after_a_proposal_is_what_is_proposed():
    _, _, concessions = _positions("On May 4, Peru proposed to the owners of its port bonds, totalling some "
                                   "$900 million, to swap them at par for new ten-year notes.")
    c = _only(concessions)
    assert (c.by, c.text) == ("Peru", "swap them at par for new ten-year notes")
    _, _, concessions = _positions("Peru proposed a bond swap, hoping to calm the markets.")
    assert [c.text for c in concessions] == ["a bond swap"]


def test_what_a_side_demands_of_a_captive_told_with_whose_is_its_demand():
    _, demands, _ = _positions("Chile still holds the trawler skipper Anselm Quiro, whose release Peru "
                               "is demanding under the Arica outline.")
    d = _only(demands)
    assert (d.by, d.text) == ("Peru", "release trawler skipper Anselm Quiro")
    _, demands, _ = _positions("Chile still holds the trawler skipper Anselm Quiro, whose release Peru "
                               "is not demanding.")
    assert demands == []


def test_a_step_a_side_calls_possible_for_itself_is_its_concession():
    _, _, concessions = _positions("Peru's envoy said it was \"possible\" for Peru to commit to freezing "
                                   "new trawler licences for one season.")
    c = _only(concessions)
    assert (c.by, c.text) == ("Peru", "freezing new trawler licences for one season")
    _, _, concessions = _positions("Peru's envoy said it was not possible for Peru to pause anchovy trawling.")
    assert concessions == []
