"""Demands told in less common shapes: a fronted 'Among X's demands is Y', and an
organisation the article only ever names by its acronym.

Each test's sentences are invented.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import fishing_positions as _positions, only_one as _only  # noqa: E402


def test_a_fronted_among_its_demands_names_one_demand_of_the_owner():
    _, demands, _ = _positions(
        "Among Peru's sharpest demands has been the insistence that trawlers must avoid the "
        "southern spawning grounds.")
    d = _only(demands)
    assert d.by == "Peru"
    assert "trawlers must avoid the southern spawning grounds" in d.text


def test_among_the_conditions_set_by_a_side_names_its_demand():
    _, demands, _ = _positions(
        "Among the conditions set by Chile is a freeze on new anchovy licences.")
    d = _only(demands)
    assert d.by == "Chile"
    assert "freeze on new anchovy licences" in d.text


def test_among_the_demands_of_nobody_named_is_no_demand():
    _, demands, _ = _positions(
        "Among the loudest demands at the harbour rally was a freeze on new anchovy licences.")
    assert demands == []


def test_an_organisation_named_only_by_its_acronym_acts_under_it():
    _, demands, _ = _positions(
        "The IMF urged Ecuador to trim its fuel subsidies before the next loan tranche.")
    d = _only(demands)
    assert d.by == "IMF"
    assert "trim its fuel subsidies" in d.text


def test_an_organisation_spelt_out_in_the_article_keeps_its_full_name():
    _, demands, _ = _positions(
        "The African Union urged Sudan to open the crossings to aid convoys. The AU "
        "mission leaves on Friday.")
    d = _only(demands)
    assert d.by == "African Union"


def test_the_imf_spelt_out_once_is_named_in_full_as_most_annotations_name_it():
    # (six of the nine annotated articles with the Fund as a side name it in full, though
    # each writes "IMF" more often)
    _, demands, _ = _positions(
        "The International Monetary Fund urged Ecuador to trim its fuel subsidies. The IMF "
        "mission leaves on Friday.")
    assert _only(demands).by == "IMF"


def test_requests_from_a_side_to_take_a_step_are_its_demand():
    _, demands, _ = _positions(
        "Until this week, Norway had not answered repeated requests from Iceland to convene a "
        "fourth round of quota negotiations.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Iceland", "Norway")
    assert "convene a fourth round of quota negotiations" in d.text


def test_calls_from_a_side_for_a_thing_are_its_demand():
    _, demands, _ = _positions("Norway brushed aside calls from Iceland for a fresh count of cod stocks.")
    d = _only(demands)
    assert d.by == "Iceland"
    assert "fresh count of cod stocks" in d.text


def test_a_side_that_has_called_to_take_a_step_presses_for_it():
    _, demands, _ = _positions(
        "Negotiators confirmed that Iceland has called to swiftly fix new dates for the quota talks.")
    d = _only(demands)
    assert d.by == "Iceland"
    assert "fix new dates for the quota talks" in d.text


def test_a_side_called_to_testify_presses_for_nothing():
    _, demands, _ = _positions("Iceland's fisheries chief was called to testify before the committee.")
    assert demands == []


def test_the_only_road_a_side_says_leads_to_peace_is_its_demand():
    _, demands, _ = _positions(
        "Iceland rejected the plan, saying the quarrel could only be settled through binding "
        "arbitration with Norway.")
    d = _only(demands)
    assert d.by == "Iceland"
    assert "only be settled through binding arbitration" in d.text


def test_a_road_that_is_not_the_only_one_is_no_demand():
    _, demands, _ = _positions(
        "Iceland said the quarrel could be settled through binding arbitration or through talks.")
    assert demands == []


def test_proposing_to_lift_the_levies_the_other_side_imposed_asks_that_side():
    _, demands, concessions = _positions(
        "Norway is weighing Iceland's proposal to scrap the 20% levies imposed by the Norwegian "
        "government on Icelandic salmon.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Iceland", "Norway")
    assert "scrap the 20% levies" in d.text
    assert concessions == []


def test_proposing_to_lift_its_own_levies_stays_an_offer():
    _, demands, concessions = _positions(
        "Iceland proposed to scrap the levies on Norwegian salmon before the summit.")
    c = _only(concessions)
    assert c.by == "Iceland"
    assert demands == []


def test_two_sides_calling_together_for_a_truce_each_press_for_it():
    _, demands, _ = _positions("Iceland and Norway called for a truce among the rival trawler crews.")
    assert sorted(d.by for d in demands) == ["Iceland", "Norway"]
    assert all("truce" in d.text for d in demands)


def test_two_sides_wanting_closer_ties_press_nobody():
    _, demands, _ = _positions("Iceland and Norway called for closer research ties.")
    assert demands == []


def test_the_goals_set_out_in_a_sides_plan_are_its_demand():
    _, demands, _ = _positions(
        "The goals spelled out in Iceland's quota plan include a cap on Norwegian trawler permits.")
    d = _only(demands)
    assert d.by == "Iceland"
    assert "cap on Norwegian trawler permits" in d.text


def test_the_goals_of_an_unowned_plan_are_nobodys_demand():
    _, demands, _ = _positions(
        "The goals spelled out in the quota plan include a cap on trawler permits.")
    assert demands == []
