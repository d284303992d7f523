"""Demands by sides the party list lacks, named by the text itself ('developing nations', 'the
coalition of 60 states', 'the Q9 and Fiji bloc'), and other shapes of round eleven.

Each test's sentences are invented.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import found, positions_of  # noqa: E402

HEADLINE = "Ocean treaty talks drag into a second week\n"


def _positions(body: str, published: str = "2025-03-03"):
    return positions_of(HEADLINE, body, published)


def test_a_plural_group_with_a_modifier_is_a_side_of_its_own():
    _, demands, _ = _positions(
        "Delegates met in Lima on Monday. Landlocked nations demanded a seat on the fisheries board.")
    assert any(d.by == "Landlocked nations" and "fisheries board" in d.text for d in demands), found(demands)


def test_a_coalition_of_states_is_named_in_full():
    _, demands, _ = _positions(
        "Delegates met in Lima on Monday. The coalition of 60 states called for a ban on deep-sea trawling.")
    assert any(d.by == "coalition of 60 states" and "trawling" in d.text for d in demands), found(demands)


def test_nations_represented_under_a_named_bloc_are_that_bloc():
    _, demands, _ = _positions(
        "Delegates met in Lima on Monday. Some ninety coastal nations, represented by the Q9 and Fiji bloc, "
        "demanded that reef repair funds be added to the summit agenda.")
    assert any(d.by == "Q9 and Fiji" and "reef repair" in d.text for d in demands), found(demands)


def test_a_participle_after_a_group_noun_is_that_group_s_demand():
    _, demands, _ = _positions(
        "Delegates met in Lima on Monday. The stalemate was blamed on a split between wealthy fleets, "
        "reluctant to pay, and poorer nations, demanding larger fishing quotas.")
    assert any(d.by == "poorer nations" and "fishing quotas" in d.text for d in demands), found(demands)


def test_other_countries_name_no_side():
    _, demands, _ = _positions(
        "Delegates met in Lima on Monday. Other countries demanded a seat on the fisheries board.")
    assert not any(d.by and "countries" in d.by for d in demands), found(demands)


def test_a_strike_over_pay_and_benefits_is_the_union_s_demand():
    _, demands, _ = _positions(
        "The Harbour Pilots Guild has been on an open-ended strike over pay and benefits since May.")
    assert any(d.by == "Harbour Pilots Guild" and "pay and benefits" in d.text for d in demands), found(demands)


def test_action_over_pleas_for_a_raise_gives_each_claim():
    _, demands, _ = _positions(
        "The Harbour Pilots Guild said on Monday it would keep pressing its case. The union launched "
        "industrial action in March over pleas for a 12 per cent pay rise and improved rest periods on long shifts.")
    texts = [d.text for d in demands if d.by == "Harbour Pilots Guild"]
    assert any("12 per cent pay rise" in t and "rest" not in t for t in texts), found(demands)
    assert any("improved rest periods" in t for t in texts), found(demands)


def test_a_strike_over_a_closure_is_no_claim():
    _, demands, _ = _positions(
        "The Harbour Pilots Guild has been on strike over the closure of the northern dock.")
    assert not any("closure" in d.text for d in demands), found(demands)


def test_a_hyphenated_code_is_a_side_of_its_own():
    _, demands, _ = _positions(
        "Talks between the studios and the performers resumed on Monday. "
        "MWU-BFT sought wording that would bar studios from cloning voices without consent.")
    assert any(d.by == "MWU-BFT" and "cloning voices" in d.text for d in demands), found(demands)


def test_a_side_determined_to_receive_something_demands_it():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Iceland was determined to receive a signed map of the disputed "
        "fishing zone from Norway before any further round.")
    assert any(d.by == "Iceland" and "signed map" in d.text for d in demands), found(demands)


def test_keen_to_win_is_a_demand_but_not_when_negated():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Norway is keen to win access to the Icelandic herring grounds.")
    assert any(d.by == "Norway" and "herring grounds" in d.text for d in demands), found(demands)
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Norway is not keen to win access to the Icelandic herring grounds.")
    assert not any("herring grounds" in d.text for d in demands), found(demands)


def test_not_without_gaining_something_demands_it():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Iceland said it would not sign the quota pact "
        "without securing full access to the western cod banks.")
    assert any(d.by == "Iceland" and "western cod banks" in d.text for d in demands), found(demands)


def test_not_without_consulting_is_no_demand():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Iceland said it would not sign the quota pact "
        "without consulting parliament first.")
    assert not any("consulting" in d.text for d in demands), found(demands)


def test_a_second_demand_verb_shares_the_group_subject():
    _, demands, _ = _positions(
        "Delegates met in Lima on Monday. Island states are pushing for a reef rescue fund and insist "
        "the fund should be run by the islands themselves.")
    texts = [d.text for d in demands if d.by == "Island states"]
    assert any("reef rescue fund" in t for t in texts), found(demands)
    assert any("run by the islands" in t for t in texts), found(demands)


def test_a_plan_one_side_received_is_the_other_side_s():
    _, demands, _ = _positions(
        "Iceland said it was ready to work with Norway after receiving a draft fisheries plan. "
        "The proposal would require Iceland to cut its cod catch by a third.")
    assert any(d.by == "Norway" and "cod catch" in d.text for d in demands), found(demands)


def test_a_plan_received_from_a_named_side_is_that_side_s():
    _, demands, _ = _positions(
        "Iceland met Denmark in Oslo after receiving a draft fisheries plan from Norway. "
        "The proposal would require Iceland to cut its cod catch by a third.")
    assert any(d.by == "Norway" and "cod catch" in d.text for d in demands), found(demands)


def test_a_group_named_before_which_demands():
    _, demands, _ = _positions(
        "Delegates met in Lima on Monday. The talks stalled over cash for coastal states, which have "
        "demanded at least 40 billion dollars for sea walls.")
    assert any(d.by == "coastal states" and "40 billion" in d.text for d in demands), found(demands)


def test_a_sum_demanded_keeps_the_sum_with_its_purpose():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Iceland demanded at least US$90m to restock its fjords and retrain crews.")
    assert any(d.by == "Iceland" and "US$90m" in d.text and "restock" in d.text for d in demands), found(demands)


def test_a_side_that_cannot_have_something_is_pressed_to_do_without():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Iceland said Norway can never have a fleet of factory trawlers "
        "in Icelandic waters.")
    assert any(d.by == "Iceland" and "factory trawlers" in d.text and "never" in d.text for d in demands), \
        found(demands)


def test_what_a_side_cannot_have_in_a_question_is_no_demand():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Iceland said it was unclear whether Norway cannot have "
        "a fleet of factory trawlers in its waters.")
    assert not any("factory trawlers" in d.text for d in demands), found(demands)


def test_talks_held_to_ease_the_other_side_s_tariffs_are_a_demand():
    _, demands, _ = _positions(
        "Iceland plans to hold talks with Norwegian officials to soften levies on Icelandic salmon, "
        "the government said.")
    assert any(d.by == "Iceland" and "soften levies" in d.text for d in demands), found(demands)


def test_talks_held_to_ease_its_own_tariffs_are_no_demand():
    _, demands, _ = _positions(
        "Iceland plans to hold talks with Norwegian officials to soften its own levies on salmon.")
    assert not any("levies" in d.text for d in demands), found(demands)


def test_a_proposal_presented_that_would_see_the_other_side_s_step_is_a_demand():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Norway presented Iceland with a proposal that would see the "
        "withdrawal of Icelandic trawlers from the northern banks by June.")
    assert any(d.by == "Norway" and "withdrawal of Icelandic trawlers" in d.text for d in demands), found(demands)


def test_the_goals_of_a_plan_presented_earlier_are_the_presenter_s():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Norway presented Iceland with a plan on Monday. "
        "The goals outlined in the plan include a freeze on new trawler licences.")
    assert any(d.by == "Norway" and "trawler licences" in d.text for d in demands), found(demands)


def test_a_readiness_on_condition_makes_the_condition_a_demand():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Iceland would be ready to cut its levies if Norway drops the quota cap.")
    assert any(d.by == "Iceland" and "quota cap" in d.text for d in demands), found(demands)


def test_a_proposal_to_lift_tariffs_a_named_leader_s_government_imposed_is_a_demand():
    _, demands, concessions = _positions(
        "Norway and the United States held talks in Oslo. Norway's trade minister said Washington would reply "
        "to the Norwegian proposal to lift the 40% tariffs imposed by the Donald Trump government on salmon.")
    assert any(d.by == "Norway" and "lift the 40% tariffs" in d.text for d in demands), found(demands)
    assert not any("lift the 40% tariffs" in c.text for c in concessions), found(concessions)


def test_talks_focused_on_relief_from_the_other_side_s_levies_are_a_demand():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Iceland confirmed that the talks were focused on relief for fishing "
        "towns hurt by Norwegian levies.")
    assert any(d.by == "Iceland" and "relief for fishing towns" in d.text for d in demands), found(demands)


def test_talks_focused_on_relief_from_its_own_levies_are_no_demand():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Iceland confirmed that the talks were focused on relief for fishing "
        "towns hurt by Icelandic levies.")
    assert not any("relief for fishing towns" in d.text for d in demands), found(demands)


def test_a_side_aiming_at_its_exemption_from_the_other_side_s_levies_demands_it():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Iceland aims to agree a date for its exemption from Norway's new "
        "landing levies.")
    assert any(d.by == "Iceland" and "exemption" in d.text and "date" in d.text for d in demands), found(demands)


def test_an_exemption_already_granted_is_no_aim():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Iceland received an exemption from Norway's new landing levies last year.")
    assert not any("exemption" in d.text for d in demands), found(demands)
