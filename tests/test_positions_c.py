"""Demands and concessions told in the plainest shapes, with the parser's slips around them.

Each test's sentences are invented. These cover the common verbs of offering and pressing
with objects that carry figures, and the prepositions that hang the terms on the verb.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import fishing_positions as _positions, found, only_one as _only  # noqa: E402


def test_an_offered_figure_cut_is_the_offer_though_the_parser_reads_cut_as_a_verb():
    _, demands, concessions = _positions(
        "Iceland is offering Norway a 7 per cent cut in herring quotas over four years.")
    c = _only(concessions)
    assert (c.by, c.counterpart) == ("Iceland", "Norway")
    assert "7 per cent cut in herring quotas" in c.text
    assert demands == []


def test_pleading_with_a_side_to_accept_presses_that_side():
    _, demands, _ = _positions(
        "Envoys from Ghana pleaded with Togo to accept the revised border survey.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Ghana", "Togo")
    assert d.text == "accept the revised border survey"


def test_a_side_suggesting_a_step_offers_it():
    _, _, concessions = _positions(
        "Oman suggested lengthening the pause in shipping attacks by ten days.")
    c = _only(concessions)
    assert c.by == "Oman"
    assert c.text == "lengthening the pause in shipping attacks by ten days"


def test_terms_of_a_submitted_proposal_hung_on_the_verb_are_the_offer():
    _, demands, concessions = _positions(
        "Norway submitted a proposal for lower tariffs on trout to Sweden.")
    c = _only(concessions)
    assert (c.by, c.counterpart) == ("Norway", "Sweden")
    assert c.text.startswith("lower tariffs")
    assert demands == []


def test_it_in_a_said_clause_is_the_government_that_said_it():
    _, _, concessions = _positions(
        "The Danish government said it was ready to accept smaller cod quotas next season.")
    c = _only(concessions)
    assert c.by == "Denmark"
    assert "smaller cod quotas" in c.text


def test_a_plan_for_terms_put_forward_by_one_side_is_its_offer():
    _, _, concessions = _positions(
        "Estonia put forward a plan for a shared patrol of the border lakes.")
    c = _only(concessions)
    assert c.by == "Estonia"
    assert c.text == "a shared patrol of the border lakes"


def test_a_plan_two_sides_will_present_together_is_neither_sides_offer():
    _, _, concessions = _positions(
        "Latvia and Estonia will present a plan for a shared patrol of the border lakes.")
    assert concessions == []


def test_only_before_if_leaves_the_condition_a_demand_and_no_gift_of_the_other_side():
    _, demands, concessions = _positions(
        "Finland will sign the accord only if Sweden lowers its fees on timber.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Finland", "Sweden")
    assert "lowers its fees on timber" in d.text
    assert concessions == []


def test_only_on_the_main_verb_makes_the_if_clause_the_sides_condition():
    _, demands, _ = _positions(
        "Finland will only sign the accord if Sweden scraps its fees on timber.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Finland", "Sweden")
    assert "scraps its fees on timber" in d.text


def test_only_if_it_is_a_kind_of_deal_sets_no_term():
    _, demands, _ = _positions(
        "\"An accord will only be signed if it is a fair accord,\" the Finnish minister said.")
    assert demands == []


def test_a_minister_named_in_apposition_before_a_participle_like_verb_still_presses():
    _, demands, _ = _positions(
        "Norway's fisheries minister, Ola Berg, called on Sweden to accept lower tariffs on cod.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Norway", "Sweden")
    assert d.text == "accept lower tariffs on cod"


def test_a_government_sets_an_only_if_condition():
    _, demands, _ = _positions(
        "The Finnish government will only sign the accord if Sweden scraps its fees on timber.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Finland", "Sweden")


def test_a_plan_for_a_sum_is_an_offer_with_the_sum():
    _, _, concessions = _positions(
        "Estonia presented a plan for $40 million in joint border funding.")
    c = _only(concessions)
    assert c.by == "Estonia"
    assert "$40 million" in c.text


def test_a_proposal_submitted_by_a_side_in_the_passive_is_its_offer():
    _, _, concessions = _positions(
        "A proposal for joint herring surveys was submitted by Iceland to Norway on Tuesday.")
    c = _only(concessions)
    assert (c.by, c.counterpart) == ("Iceland", "Norway")
    assert c.text == "joint herring surveys"


def test_the_floor_a_side_will_not_go_below_is_its_demand_not_its_acceptance():
    _, demands, concessions = _positions(
        "Peru will not accept anything less than equal shares of the anchovy catch.\n"
        "Chile said it would accept nothing less than a full refund of port fees.")
    assert concessions == []
    assert found(demands) == [
        ("Peru", "equal shares of the anchovy catch"), ("Chile", "a full refund of port fees")]


def test_made_clear_tells_a_demand_like_said():
    _, demands, _ = _positions(
        "Austria has made clear that Hungary must reopen the border crossing at Hegyeshalom.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Austria", "Hungary")
    assert "reopen the border crossing" in d.text


def test_no_accord_without_a_term_is_a_demand_of_that_term():
    _, demands, _ = _positions(
        "Bolivia said there could be no accord without fair royalties on lithium.\n"
        "Chile will not sign any treaty without a share of the river water.")
    assert [d.by for d in demands] == ["Bolivia", "Chile"]
    assert demands[0].text == "fair royalties on lithium"
    assert demands[1].text.endswith("without a share of the river water")


def test_holding_out_for_terms_is_pressing_for_them():
    _, demands, _ = _positions("Peru is holding out for higher royalties on copper exports.")
    d = _only(demands)
    assert (d.by, d.text) == ("Peru", "higher royalties on copper exports")


def test_a_deadline_set_for_a_side_presses_the_step_on_it():
    _, demands, _ = _positions(
        "Ecuador set a deadline for Peru to withdraw its patrol boats from the estuary.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Ecuador", "Peru")
    assert d.text == "withdraw its patrol boats from the estuary"


def test_conditions_spelled_out_after_namely_or_a_colon_are_one_demand_each():
    for glue in (', namely, "', ': '):
        _, demands, _ = _positions(
            "Peru insists on its conditions for a pact with Chile" + glue + "equal shares of the anchovy "
            "catch, the reopening of the border market, and a joint study of the river delta."
            + ('"' if '"' in glue else ""))
        assert found(demands) == [
            ("Peru", "equal shares of the anchovy catch"), ("Peru", "the reopening of the border market"),
            ("Peru", "a joint study of the river delta")], glue
