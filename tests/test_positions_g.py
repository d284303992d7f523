"""Concessions told in shapes the plain verb rules miss: a side's proposed terms named before the
noun, a requirement taken off the table, 'amenable to', and 'the government' of the one country
an article names.

Each test's sentences are invented.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import assert_has, found, only_one as _only, positions_of  # noqa: E402

HEADLINE = "Timber and fishing talks drag on\n"


def _positions(body: str, published: str = "2025-03-03"):
    return positions_of(HEADLINE, body, published)


def test_a_sides_proposed_terms_before_the_noun_are_its_offer():
    _, _, concessions = _positions(
        "Chilean negotiators are unhappy with Peru's proposed three-year deal on anchovy quotas, "
        "which they call too short.")
    c = _only(concessions)
    assert c.by == "Peru"
    assert "three-year deal on anchovy quotas" in c.text


def test_a_proposed_deal_with_no_terms_told_is_no_offer():
    _, _, concessions = _positions(
        "Chilean negotiators are unhappy with Peru's proposed deal, officials in Lima admitted.")
    assert concessions == []


def test_the_government_of_the_one_named_country_offers_through_its_proposed_rise():
    _, _, concessions = _positions(
        "Kenyan lecturers ended their walkout on Friday. Their union had accepted "
        "the Federal Government's proposed 12 per cent rise in research stipends.")
    assert any(c.by == "Kenya" and "12 per cent rise" in c.text for c in concessions)


def test_a_side_removing_a_requirement_gives_it_up():
    _, demands, concessions = _positions(
        "In the latest round, Peru has removed a requirement that Chilean trawlers log "
        "every catch with a coastal station.")
    c = _only(concessions)
    assert c.by == "Peru"
    assert c.text.startswith("removed a requirement that Chilean trawlers log")
    assert demands == [] or all(d.by != "Peru" for d in demands)


def test_a_requirement_a_side_must_remove_is_not_its_concession():
    _, _, concessions = _positions(
        "Lima insists that Chile must rewrite its port code to remove the requirement "
        "that Peruvian vessels carry two pilots.")
    assert not any(c.by == "Chile" for c in concessions)


def test_a_side_amenable_to_a_step_offers_it():
    _, _, concessions = _positions(
        "Peru is also amenable to lower duties on Chilean table grapes, a trade official said.")
    c = _only(concessions)
    assert c.by == "Peru"
    assert "lower duties on Chilean table grapes" in c.text


def test_what_a_new_offer_removes_is_given_up_by_the_side_that_made_it():
    _, _, concessions = _positions(
        "Peru sent Chile a revised offer on Monday. The new offer also removes the option "
        "for Peruvian inspectors to board Chilean ships without notice.")
    assert_has(concessions, "Peru", starts="removes the option for Peruvian inspectors")


def test_a_proposal_told_as_handed_over_with_no_agent_is_the_tellers_offer():
    _, _, concessions = _positions(
        "Chilean Foreign Minister Ana Rojas reviewed the draft and confirmed on Monday that "
        "counter-proposals had been submitted to Peru to settle the quarrel over salmon pens.")
    c = _only(concessions)
    assert (c.by, c.counterpart) == ("Chile", "Peru")
    assert c.text.startswith("counter-proposals to Peru to settle the quarrel")


def test_a_quoted_proposal_sent_to_the_other_sides_official_is_the_speakers_offer():
    _, _, concessions = _positions(
        "\u201cLast week a detailed proposal was sent to the Peruvian Trade Ministry's deputy head to "
        "resolve the grape quota row,\u201d Chilean Foreign Minister Ana Rojas said.")
    c = _only(concessions)
    assert (c.by, c.counterpart) == ("Chile", "Peru")
    assert "resolve the grape quota row" in c.text


def test_a_proposal_still_to_be_sent_is_no_offer_yet():
    _, _, concessions = _positions(
        "Chilean Foreign Minister Ana Rojas said a detailed proposal would be sent to Peru "
        "to resolve the grape quota row.")
    assert concessions == []


def test_what_a_proposal_which_its_owner_says_includes_is_offered():
    _, _, concessions = _positions(
        "Chile has released fresh figures on its proposal, which it says includes a 9 per cent "
        "cut in anchovy catches over three seasons.")
    assert_has(concessions, "Chile", contains="9 per cent cut in anchovy catches")


def test_a_bare_tariff_cut_after_a_sides_tariffs_were_named_is_that_sides():
    _, _, concessions = _positions(
        "The pact will trim Peruvian tariffs on most Chilean farm goods. "
        "Pisco and wine tariffs will then be halved to 30 per cent over five years.")
    assert_has(concessions, "Peru", starts="Pisco and wine tariffs will be halved")


def test_two_tariff_cuts_told_in_per_cent_on_different_goods_are_two_concessions():
    _, _, concessions = _positions(
        "Chile and Peru signed a pact. The deal will slash Peruvian tariffs on 80 per cent of Chilean exports. "
        "Tariffs on wine will then be halved to 30 per cent over five years.")
    texts = [c.text for c in concessions if c.by == "Peru"]
    assert len(texts) == 2, texts


def test_what_a_range_of_concessions_includes_is_offered():
    _, _, concessions = _positions(
        "Peru has offered a broad range of concessions to Chile in the negotiations including "
        "the purchase of Chilean copper and fertiliser.")
    assert_has(concessions, "Peru", equals="the purchase of Chilean copper and fertiliser")


def test_a_dropped_demand_keeps_what_it_asked_the_other_side_to_do():
    _, _, concessions = _positions(
        "Officials said Chile dropped its demand for Peru to agree to paying $2 billion in fishing fees.")
    c = _only(concessions)
    assert c.by == "Chile"
    assert "paying $2 billion" in c.text


def test_a_bare_noun_proposed_keeps_its_verb():
    _, _, concessions = _positions(
        "Chile and Peru met on Monday at the border commission. Chile proposed a roadmap.")
    c = _only(concessions)
    assert (c.by, c.text) == ("Chile", "proposed a roadmap")


def test_a_sides_part_set_against_a_demand_with_while_is_its_own_offer():
    _, _, concessions = _positions(
        "The draft accord, a nine-page text, demands Peru withdraw its patrol boats, while Chile would "
        "release the detained Peruvian crews.")
    assert_has(concessions, "Chile", equals="release the detained Peruvian crews")


def test_approving_the_aims_of_the_other_sides_plan_gives_ground():
    _, _, concessions = _positions(
        "After a long session, Peru's cabinet approved the main goals of the Chilean plan for the river basin.")
    assert_has(concessions, "Peru", starts="approved the main goals of the Chilean plan")


def test_approving_the_aims_of_its_own_plan_gives_nothing():
    _, _, concessions = _positions(
        "After a long session, Peru's cabinet approved the main goals of the Peruvian plan for the river basin.")
    assert not any(c.text.startswith("approved") for c in concessions), found(concessions)


def test_accepting_requested_changes_gives_ground():
    _, _, concessions = _positions(
        "Chile and Peru resumed talks. Peru has accepted several requested changes to the quota rules.")
    assert_has(concessions, "Peru", starts="accepted several requested changes")


def test_a_side_that_extended_its_own_offer_window_gave_ground():
    _, _, concessions = _positions(
        "Peru met the Chilean bank creditors again. Peru extended the bond tender offer window "
        "from March 3 to March 10.")
    assert_has(concessions, "Peru", starts="extended the bond tender offer window")


def test_extending_sanctions_is_no_gift():
    _, _, concessions = _positions(
        "Peru extended its sanctions on Chilean trawlers until March 10.")
    assert not any(c.text.startswith("extended") for c in concessions)
