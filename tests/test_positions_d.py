"""Demands and concessions in shapes seen missed on unseen articles: vows never to yield,
wishes told as clefts, offers told as done, bodies the party list lacks.

Each test's sentences are invented.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import found, only_one as _only, positions_of  # noqa: E402

HEADLINE = "Border and harbour talks drag into a third week\n"


def _positions(body: str, published: str = "2025-03-03"):
    return positions_of(HEADLINE, body, published)


def test_a_vow_never_to_yield_land_is_a_red_line_pressed_on_the_other_side():
    _, demands, concessions = _positions(
        "Peru's envoy met Chilean officials on Monday. Peru will not cede any of the coastal "
        "valleys to Chile, the envoy said.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Peru", "Chile")
    assert "not cede any of the coastal valleys" in d.text
    assert concessions == []


def test_refusing_to_accept_losses_is_a_red_line_but_refusing_an_offer_is_not():
    _, demands, _ = _positions(
        "Chile is ready to hold more rounds with Peru but will never accept territorial losses.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Chile", "Peru")
    assert "territorial losses" in d.text
    _, demands, _ = _positions("Chile will not accept the latest Peruvian offer on the valleys.")
    assert demands == []


def test_a_past_refusal_is_no_vow():
    _, demands, _ = _positions("Peru did not cede the valleys to Chile in the 1929 treaty.")
    assert demands == []


def test_a_vow_that_restates_the_sentences_own_demand_is_not_told_twice():
    _, demands, _ = _positions(
        '"We will never surrender our quotas, and our herring program must continue," '
        "Iceland told Norway.")
    d = _only(demands)
    assert d.by == "Iceland"
    assert "herring program" in d.text


def test_readiness_for_talks_on_the_other_sides_terms_is_a_concession():
    _, _, concessions = _positions(
        "Gabon says it is prepared to hold talks with Cameroon in any format after the harvest.")
    c = _only(concessions)
    assert (c.by, c.counterpart) == ("Gabon", "Cameroon")
    assert "any format" in c.text
    _, _, concessions = _positions("Gabon is ready to negotiate with Cameroon without preconditions.")
    assert "without preconditions" in _only(concessions).text
    _, _, concessions = _positions("Gabon is willing to engage in talks with Cameroon in Lisbon next month.")
    assert "Lisbon" in _only(concessions).text


def test_bare_readiness_for_talks_gives_nothing():
    _, _, concessions = _positions("Gabon said it stood ready to negotiate with Cameroon to calm the dispute.")
    assert concessions == []


def test_a_cleft_naming_what_a_side_wants_or_offers_is_its_position():
    _, demands, _ = _positions(
        '"What we want is the return of the seized trawlers," a Moroccan minister told Spain.')
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Morocco", "Spain")
    assert d.text == "the return of the seized trawlers"
    _, _, concessions = _positions("What Spain is offering Morocco is a 6 per cent rise in quotas.")
    c = _only(concessions)
    assert (c.by, c.counterpart) == ("Spain", "Morocco")
    assert "6 per cent rise in quotas" in c.text
    _, demands, _ = _positions("What Morocco wants is calm, an aide said of the Spain talks.")
    assert demands == []


def test_a_group_of_countries_named_by_example_acts_as_each_named_party():
    _, _, concessions = _positions(
        "Lately, states such as Ghana and Benin suggested pooling Togo's cocoa stocks, an idea Togo turned down.")
    assert sorted((c.by, c.text) for c in concessions) == [
        ("Benin", "pooling Togo's cocoa stocks"), ("Ghana", "pooling Togo's cocoa stocks")]


def test_a_step_named_as_what_must_come_first_is_pressed_like_a_precondition():
    _, demands, _ = _positions(
        "Ecuador's envoy said a halt to the river dredging must be the first step in any accord with Colombia.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Ecuador", "Colombia")
    assert d.text == "a halt to the river dredging"
    _, demands, _ = _positions("Ecuador said the dinner with Colombia was a useful first step.")
    assert demands == []


def test_members_of_a_body_told_what_they_need_to_do_are_pressed_by_the_teller():
    _, demands, _ = _positions(
        "Malawi's labour ministry insisted that nurses needed to trust its word on back pay.")
    d = _only(demands)
    assert d.by == "Malawi"
    assert d.text == "trust its word on back pay"


def test_the_infinitive_after_an_objectless_need_is_what_is_needed_whatever_the_parse():
    _, demands, _ = _positions("Malawi insisted that nurses needed to trust them.")
    d = _only(demands)
    assert d.by == "Malawi"
    assert d.text == "trust them"


def test_a_penalty_a_side_chooses_to_hold_back_is_a_concession():
    _, _, concessions = _positions("Kenya's cabinet opted not to raise its own counter-duties on Ugandan sugar.")
    c = _only(concessions)
    assert (c.by, c.counterpart) == ("Kenya", "Uganda")
    assert c.text == "not raise its own counter-duties on Ugandan sugar"
    _, _, concessions = _positions("Kenya refrained from imposing levies on Ugandan milk.")
    assert "imposing levies on Ugandan milk" in _only(concessions).text
    _, _, concessions = _positions("Kenya decided not to attend the sugar talks with Uganda.")
    assert concessions == []


def test_an_offer_of_restraint_is_a_concession_told_with_its_negation():
    _, _, concessions = _positions(
        "Kenya stands by its offer not to strike at Ugandan fishing boats on the lake.")
    c = _only(concessions)
    assert (c.by, c.counterpart) == ("Kenya", "Uganda")
    assert c.text.startswith("not strike at Ugandan fishing boats")


def test_a_proposal_handed_over_is_an_offer_even_without_its_terms():
    _, _, concessions = _positions("Laos handed a counter-proposal to Thailand on Tuesday.")
    c = _only(concessions)
    assert (c.by, c.counterpart) == ("Laos", "Thailand")
    assert "counter-proposal" in c.text
    _, _, concessions = _positions("Both sides have now put proposals on paper, Laos and Thailand said.")
    assert sorted(c.by for c in concessions) == ["Laos", "Thailand"]
    assert all(c.text == "proposals on paper" for c in concessions)
    _, _, concessions = _positions("Laos has not yet submitted a counteroffer to Thailand.")
    assert concessions == []


def test_a_sides_terms_and_the_conditions_it_listed_just_before_are_its_demands():
    _, demands, _ = _positions("Armenia's terms include the reopening of the rail link with Azerbaijan.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Armenia", "Azerbaijan")
    assert d.text == "the reopening of the rail link with Azerbaijan"
    _, demands, _ = _positions(
        "Armenia's foreign minister answered with a note setting out the terms for a settlement with Azerbaijan. "
        "These conditions include a return of all detainees and an end to shelling near the border.")
    assert sorted(d.text for d in demands if d.by == "Armenia") == [
        "a return of all detainees", "an end to shelling near the border"]


def test_time_granted_to_do_something_is_an_ultimatum():
    _, demands, _ = _positions("Bolivia gave Paraguay 72 hours to reopen the river crossing.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Bolivia", "Paraguay")
    assert d.text == "reopen the river crossing"
    _, demands, _ = _positions(
        "The Andean Pilots Federation held a ballot. Closing the vote, the APF said it was giving "
        "the government ten days to return to the table with a better pension offer.")
    d = _only(demands)
    assert d.by == "Andean Pilots Federation"
    assert "return to the table" in d.text


def test_a_bare_counteroffer_is_not_the_owner_of_the_offer_listed_next():
    _, _, concessions = _positions(
        "Peru offered the Andean Pilots Federation a 3 per cent raise in March.\n\n"
        "The APF says it submitted a counteroffer on May 2.\n\n"
        "The offer includes:\n\n"
        "A 9 per cent rise in base pay in the first year\n\n"
        "Two more rest days a month\n")
    by = {c.text: c.by for c in concessions}
    assert by.get("a counteroffer") == "Andean Pilots Federation"
    assert by.get("Two more rest days a month") == "Peru"


def test_a_proposal_told_elsewhere_or_put_to_both_sides_is_no_bare_offer():
    _, _, concessions = _positions("Laos delivered such a proposal to Thailand last week.")
    assert concessions == []
    _, _, concessions = _positions(
        "Laos and Thailand met in Hanoi. Vietnam submitted a proposal to the two neighbours in May.")
    assert concessions == []


def test_numbered_conditions_after_a_colon_are_one_demand_each():
    _, demands, _ = _positions(
        "Talks stalled after Chile demanded that Bolivia meet four conditions to resume gas sales: "
        "first, pay its overdue bills, second, restore the pipeline pressure, third, drop the "
        "arbitration case, and, fourth, name a single buyer.")
    assert found(demands) == [
        ("Chile", "pay its overdue bills"), ("Chile", "restore the pipeline pressure"),
        ("Chile", "drop the arbitration case"), ("Chile", "name a single buyer")]


def test_a_need_backed_by_otherwise_no_signature_is_a_demand_told_with_the_refusal():
    _, demands, _ = _positions(
        "\u201cWe need a settlement that respects Ghana\u2019s fishermen; otherwise, we won\u2019t sign,\u201d "
        "the Ghanaian trade minister told Togo.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Ghana", "Togo")
    assert d.text.startswith("a settlement that respects Ghana's fishermen")
    assert "sign" in d.text


def test_what_a_side_calls_a_red_line_is_pressed_on_the_other_side():
    _, demands, _ = _positions(
        "Vietnam's rice and coffee are firm red lines in the tariff round with Cambodia, an envoy said.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Vietnam", "Cambodia")
    assert d.text == "rice and coffee are firm red lines"
    _, demands, _ = _positions(
        "Vietnam warned Cambodia that any new dam on the upper river would cross a red line.")
    d = _only(demands)
    assert d.by == "Vietnam"
    assert d.text == "any new dam on the upper river would cross a red line"


def test_an_included_list_the_parser_leaves_uncoordinated_is_split_at_its_commas():
    _, demands, _ = _positions(
        "Serbia's terms include the return of \"a fixed share of the customs revenue collected at the "
        "crossings,\" the reopening of two bridges over the Ibar, and the removal of Kosovo police posts.")
    assert [d.text for d in demands if d.by == "Serbia"] == [
        "the return of a fixed share of the customs revenue collected at the crossings",
        "the reopening of two bridges over the Ibar", "the removal of Kosovo police posts"]


def test_members_of_a_body_asked_to_act_are_the_side_pressed():
    _, demands, _ = _positions("Ghana's health ministry is asking nurses to cover extra night shifts in March.")
    d = _only(demands)
    assert d.by == "Ghana"
    assert d.text.startswith("cover extra night shifts")


def test_a_sides_tariff_told_as_coming_down_to_a_figure_is_its_concession():
    _, _, concessions = _positions(
        "Brazilian duties on Argentine wheat, raised in the spring, will fall from 22% to 8% next month.")
    c = _only(concessions)
    assert (c.by, c.counterpart) == ("Brazil", "Argentina")
    assert c.text.startswith("Brazilian duties on Argentine wheat will fall from 22% to 8%")
    _, _, concessions = _positions("Brazilian duties on Argentine wheat could fall to 8% if talks go well.")
    assert concessions == []


def test_a_firm_named_after_a_party_offering_recipients_first_gives_each_listed_term():
    _, _, concessions = _positions(
        "The dockers' union met management again. Chile Post is offering members of three locals "
        "7.5 per cent more in wages over five years, safer crane rules, longer rest breaks, "
        "and its backing to merge the two locals.")
    assert found(concessions) == [
        ("Chile Post", "7.5 per cent more in wages over five years"), ("Chile Post", "safer crane rules"),
        ("Chile Post", "longer rest breaks"), ("Chile Post", "its backing to merge the two locals")]


def test_a_paper_named_after_a_party_is_no_side():
    _, demands, _ = _positions("The Santiago Times said Chile must drop the port levy. Peru urged patience.")
    assert all(d.by != "Santiago Times" for d in demands)


def test_what_a_side_vows_not_to_move_without_is_its_demand():
    _, demands, _ = _positions("Uruguay will not reopen the bridge to Argentina without written guarantees.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Uruguay", "Argentina")
    assert d.text == "not reopen the bridge to Argentina without written guarantees"
    _, demands, _ = _positions("Uruguay will not hesitate to act, Argentina was told, and will reply without delay.")
    assert demands == []


def test_terms_hung_on_the_date_after_a_presented_package_are_the_presenters_offer():
    _, _, concessions = _positions(
        "Peru's labour minister presented the government's package on Friday, which included "
        "extra night-shift pay for miners and the covering of their medical exams.")
    assert sorted((c.by, c.text) for c in concessions) == [
        ("Peru", "extra night-shift pay for miners"), ("Peru", "the covering of their medical exams")]


def test_not_moving_without_an_allys_nod_is_no_demand():
    _, demands, _ = _positions("Uruguay will not close the bridge without Brazil's approval, Argentina was told.")
    assert demands == []
