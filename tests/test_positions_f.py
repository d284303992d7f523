"""Demands told in shapes the earlier rounds missed on unseen articles (round eight).

Each test's sentences are invented: a side's wanted step after 'in exchange for <side> <doing>',
pressed steps listed as bare verb phrases, and the like.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import fishing_positions as _positions, found, only_one as _only  # noqa: E402


def test_a_side_doing_a_step_in_exchange_for_an_offer_is_what_the_offering_side_demands():
    _, demands, concessions = _positions(
        "Chile sent its new plan to the mediators on Friday, offering a ten-day pause in trawling "
        "in exchange for Peru returning 12 seized fishing boats.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Chile", "Peru")
    assert d.text == "Peru returning 12 seized fishing boats"
    assert "a ten-day pause in trawling" in [c.text for c in concessions]
    assert not any("returning" in c.text for c in concessions)


def test_steps_listed_as_bare_verb_phrases_after_the_pressed_step_are_one_demand_each():
    _, demands, _ = _positions(
        "Chile urges Peru to halt illegal trawling at once, strictly abide by the quota treaty of 1990, "
        "return to the path of settling quarrels through talks, jointly patrol the waters near Isla Lobos "
        "with Chile, and calm the situation at sea.")
    assert {(d.by, d.counterpart) for d in demands} == {("Chile", "Peru")}
    assert [d.text for d in demands] == [
        "halt illegal trawling at once", "strictly abide by the quota treaty of 1990",
        "return to the path of settling quarrels through talks",
        "jointly patrol the waters near Isla Lobos with Chile", "calm the situation at sea"]


def test_a_purpose_clause_list_and_a_said_clause_are_not_listed_steps():
    _, demands, _ = _positions(
        "Chile called on Peru to join hands with it to widen trust, lessen quarrels and bring shared gains.\n"
        "\u201cWe want to see the end of the seizures and the fines, and we are sure the Peruvians want calm,\u201d "
        "the Chilean minister said.")
    assert not any(d.text.startswith(("lessen", "we are sure")) for d in demands)


def test_advising_a_side_to_take_a_step_presses_that_step():
    _, demands, _ = _positions(
        "Chile advised Peru to avoid separate quota deals with single trawler owners.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Chile", "Peru")
    assert d.text == "avoid separate quota deals with single trawler owners"


def test_the_thing_a_relative_clause_says_a_side_requests_or_seeks_is_its_demand():
    _, demands, _ = _positions(
        "The new draft still leaves out the fishing rights Peru has been requesting.\n"
        "Chile turned down the port fee refunds sought by Bolivia.")
    assert found(demands) == [("Peru", "the fishing rights"), ("Bolivia", "the port fee refunds")]


def test_a_bare_noun_left_by_a_relative_clause_is_no_demand():
    _, demands, _ = _positions(
        "Chile and Peru will meet on May 2. That was the day the Peruvian minister requested.")
    assert demands == []


def test_a_request_for_a_side_to_act_hung_on_the_governing_verb_is_still_the_request():
    _, demands, _ = _positions("Chile plans to raise its request for Peru to scrap its fishing ban.")
    d = _only(demands)
    assert (d.by, d.counterpart) == ("Chile", "Peru")
    assert d.text == "scrap its fishing ban"


def test_demands_for_a_thing_to_be_done_keep_the_thing_and_the_infinitive():
    _, demands, _ = _positions(
        "Peru renewed its demand for squid quotas to be capped.\n"
        "Bolivia has accepted Chile's demands for transit permits to be time-limited and priced, but "
        "officials said the Bolivian offer was still stingy.")
    texts = [d.text for d in demands]
    assert "squid quotas to be capped" in texts
    assert "transit permits to be time-limited and priced" in texts


def test_demands_for_a_side_to_take_a_bare_step_keep_the_side():
    _, demands, _ = _positions(
        "Chile stepped up its push for Peru to disarm.\nBolivia issued a fresh plea for Peru to stand down.")
    assert [(d.by, d.counterpart, d.text) for d in demands] == [
        ("Chile", "Peru", "Peru to disarm"), ("Bolivia", "Peru", "Peru to stand down")]


def test_a_thing_requested_for_a_purpose_is_the_demand_with_its_purpose():
    _, demands, _ = _positions("Chile also requested updated catch data to maintain steady contact on the quota talks.")
    d = _only(demands)
    assert d.by == "Chile"
    assert d.text == "updated catch data to maintain steady contact on the quota talks"


def test_a_request_in_the_imperative_with_please_in_a_quote_is_the_speakers_demand():
    _, demands, _ = _positions(
        "Chile and Peru held talks in Lima on Monday.\n"
        "\u201cIf you can, please hand back the seized trawlers,\u201d Chilean minister Ana Soto said. "
        "\u201cPlease also end the ban on Chilean squid.\u201d")
    assert [(d.by, d.counterpart, d.text) for d in demands] == [
        ("Chile", "Peru", "hand back the seized trawlers"), ("Chile", "Peru", "end the ban on Chilean squid")]


def test_what_a_side_vows_not_to_allow_the_other_to_do_is_its_red_line_demand():
    _, demands, concessions = _positions(
        "Chile said it would not allow Peru to keep its deep-sea trawler fleet.\n"
        "Bolivia will not permit Peru to dam the upper river.")
    assert [(d.by, d.counterpart, d.text) for d in demands] == [
        ("Chile", "Peru", "not allow Peru to keep its deep-sea trawler fleet"),
        ("Bolivia", "Peru", "not permit Peru to dam the upper river")]
    assert concessions == []


def test_a_side_keeping_its_own_sector_closed_draws_a_red_line_demand():
    _, demands, concessions = _positions(
        "\u201cChile is not keen on opening up its guarded fishing sectors, above all squid and hake,\u201d "
        "an aide close to the talks said.\n"
        "Bolivia is reluctant to open its lithium market to Peru.")
    assert found(demands) == [
        ("Chile", "not keen on opening up its guarded fishing sectors, above all squid and hake"),
        ("Bolivia", "reluctant to open its lithium market to Peru")]
    assert concessions == []
