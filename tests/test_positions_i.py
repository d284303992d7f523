"""Concessions told in shapes the earlier rounds left: an invitation taken up in a clause of
its own, a bare proposal whose topic the parser hangs on the verb.

Each test's sentences are invented.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import fishing_positions as _positions, only_one as _only  # noqa: E402


def test_a_side_that_has_accepted_the_invitation_concedes_it_told_with_the_verb():
    _, _, concessions = _positions(
        "Norway had invited Iceland to hold herring talks in Bergen. "
        "\"Iceland has accepted this invitation, so our crews can plan the autumn season,\" "
        "the Norwegian envoy Halvard Pettersen told reporters.")
    c = _only(concessions)
    assert c.by == "Iceland"
    assert c.text.startswith("accepted") and "invitation" in c.text


def test_thanking_a_side_for_accepting_an_invitation_is_no_concession():
    _, _, concessions = _positions(
        "The Norwegian envoy thanked Iceland for accepting his invitation.")
    assert concessions == []


def test_a_bare_proposal_keeps_its_topic_hung_on_the_verb():
    _, _, concessions = _positions(
        "The minister said Iceland had submitted a \u201cbroad proposal\u201d regarding mackerel quotas "
        "to Norway, without telling its figures.")
    c = _only(concessions)
    assert c.by == "Iceland"
    assert "proposal regarding mackerel quotas" in c.text


def test_a_second_reporting_verb_hung_on_the_first_clause_keeps_the_firm_as_the_teller():
    _, _, concessions = _positions(
        "The Baltic Dockers Union walked out on Tuesday. "
        "Vantrell Shipping said in a note it wants the walkout to end quickly, and confirmed it has "
        "proposed a four per cent pay rise for all crane operators.")
    c = _only(concessions)
    assert c.by == "Vantrell Shipping"
    assert "four per cent pay rise" in c.text


def test_a_proposal_after_according_to_keeps_its_owner_though_hung_on_the_source():
    _, _, concessions = _positions(
        "According to Estonia International, Estonia\u2019s proposal would temporarily reduce cod quotas to 12%.")
    c = _only(concessions)
    assert c.by == "Estonia"
    assert "reduce cod quotas to 12%" in c.text


def test_a_breakaway_land_the_party_list_lacks_acts_as_itself_when_it_offers():
    _, demands, concessions = _positions(
        "Talks on the status of Qaraland resumed in Nairobi. "
        "Qaraland offered Kenya the use of its deep-water harbour in exchange for recognition.")
    c = _only(concessions)
    assert (c.by, c.counterpart) == ("Qaraland", "Kenya")
    assert "deep-water harbour" in c.text


def test_an_offer_handed_over_whose_relative_clause_tells_its_terms_is_the_givers_concession():
    _, _, concessions = _positions(
        "Estonian officials said Latvia gave Estonia a revised offer that drops its claim to the "
        "northern fishing grounds.")
    c = _only(concessions)
    assert (c.by, c.counterpart) == ("Latvia", "Estonia")
    assert "drops its claim to the northern fishing grounds" in c.text

