"""Concessions told in shapes the earlier rounds left: a binding term struck out of a draft
('the clause that obliged Y to A had been cancelled'), a draft text one side circulates to
the others, and 'the new proposals include A' with no owner named.

Each test's sentences are invented.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import fishing_positions as _positions, found  # noqa: E402


# ------------------------------------------------------------------ removed terms


def test_a_passive_removed_condition_binding_one_side_is_given_up_by_the_other():
    _, _, concessions = _positions(
        "Norway and Iceland are close to a fisheries pact. "
        "Norway drafted the latest text of the pact. "
        "An earlier condition requiring Iceland to hand Norway 40 percent of its herring catch had been removed.")
    got = [c for c in concessions if c.by == "Norway"]
    assert any("removed" in c.text and "herring" in c.text for c in got), found(concessions)
    assert not any(c.by == "Iceland" and "herring" in c.text for c in concessions)


def test_a_cancelled_clause_keeps_the_tail_the_parser_hangs_on_the_verb():
    _, _, concessions = _positions(
        "Norway and Iceland are close to a fisheries pact. "
        "The clause that obligated Iceland to pay a fee triple the value of its salmon exports was cancelled.")
    got = [c for c in concessions if c.by == "Norway"]
    assert any("cancelled" in c.text and "triple" in c.text and "salmon" in c.text for c in got), \
        found(concessions)


def test_a_removed_term_names_its_remover_when_an_agent_is_given():
    _, _, concessions = _positions(
        "Norway, Iceland and Denmark met on quotas. "
        "The requirement that Iceland close its northern fishing grounds was dropped by Denmark.")
    assert any(c.by == "Denmark" and "dropped" in c.text and "grounds" in c.text for c in concessions), \
        found(concessions)


def test_a_removed_term_binding_no_side_or_not_removed_gives_nothing():
    _, _, concessions = _positions(
        "Norway and Iceland are close to a fisheries pact. "
        "A condition requiring boats to carry trackers had been removed. "
        "The clause that obligated Iceland to share its catch data had not been removed.")
    assert not any("trackers" in c.text or "catch data" in c.text for c in concessions), \
        found(concessions)


# ------------------------------------------------------------------ circulated drafts


def test_a_circulated_draft_agreement_is_the_circulating_sides_offer():
    _, _, concessions = _positions(
        "Talks between Norway and Iceland stalled in June. "
        "Denmark circulated a draft agreement on herring quotas to both delegations on Tuesday.")
    assert any(c.by == "Denmark" and "draft agreement" in c.text and "circulated" in c.text
               for c in concessions), found(concessions)


def test_circulating_a_statement_or_not_circulating_gives_nothing():
    _, _, concessions = _positions(
        "Talks between Norway and Iceland stalled in June. "
        "Denmark circulated a statement about the weather. "
        "Norway did not circulate its draft agreement to the delegates.")
    assert not any("circulat" in c.text for c in concessions), found(concessions)


# ------------------------------------------------------------------ the new proposals include


def test_the_new_proposals_include_goes_to_the_lone_mediator():
    _, _, concessions = _positions(
        "Norwegian and Icelandic envoys spent two days in Copenhagen with Danish mediators on a fresh set "
        "of ideas to settle the herring dispute. "
        "The new proposals include a two-year freeze on herring quotas and a joint patrol of the fishing grounds.")
    got = [c for c in concessions if c.by == "Denmark"]
    assert any("freeze" in c.text for c in got), found(concessions)


def test_plural_proposals_without_new_or_a_mediator_have_no_owner():
    _, _, concessions = _positions(
        "Norwegian and Icelandic envoys met in Oslo on the herring dispute. "
        "The proposals include a two-year freeze on herring quotas.")
    assert not any("freeze" in c.text for c in concessions), found(concessions)


def test_a_shared_draft_memorandum_is_the_sharing_sides_offer():
    _, _, concessions = _positions(
        "Talks between Norway and Iceland resumed in June. "
        "Officials said Norway had shared the draft Protocol on Herring Stocks with the Icelandic fisheries ministry.")
    assert any(c.by == "Norway" and "shared" in c.text and "Protocol" in c.text for c in concessions), \
        found(concessions)


def test_sharing_views_or_not_sharing_a_draft_give_nothing():
    _, _, concessions = _positions(
        "Talks between Norway and Iceland resumed in June. "
        "Norway shared its views on herring stocks with the Icelandic side. "
        "Iceland has not shared the draft protocol with its neighbours.")
    assert not any("shared" in c.text or "draft" in c.text for c in concessions), \
        found(concessions)


# ------------------------------------------------------------------ purpose infinitives


def test_the_purpose_of_an_agreed_step_is_no_pledge_of_its_own():
    _, _, concessions = _positions(
        "Norwegian and Icelandic envoys met on Friday.\n\n"
        "\"Both delegations have agreed to refrain from seizing vessels of the other side, especially near the "
        "Faroe banks, to guarantee safe passage and the steady flow of fish exports,\" the communique said.\n\n"
        "Iceland has agreed to lift its landing ban on Norwegian boats, mainly in the western ports, to "
        "guarantee a steady supply of cod, the ministry said.")
    assert any("refrain from seizing" in c.text for c in concessions), found(concessions)
    assert any(c.by == "Iceland" and "landing ban" in c.text for c in concessions), \
        found(concessions)
    assert not any(c.text.startswith(("safe passage", "a steady supply", "guarantee")) for c in concessions), \
        found(concessions)


def test_a_guarantee_that_is_the_promised_step_is_still_a_pledge():
    _, _, concessions = _positions(
        "Norway and Iceland held talks in Oslo. "
        "Norway promised to guarantee access to its northern waters for Icelandic boats.")
    assert any(c.by == "Norway" and "access" in c.text for c in concessions), found(concessions)


# ------------------------------------------------------------------ pressed, weighed or told by its terms


def test_a_step_a_side_insists_the_other_take_is_no_pledge_of_the_other():
    _, demands, concessions = _positions(
        "Norway and Iceland met in Oslo. "
        "Iceland insists that Norway commit to cutting its cod quotas and scrapping the landing fees.")
    assert any(d.by == "Iceland" and "cod quotas" in d.text for d in demands), found(demands)
    assert not any(c.by == "Norway" for c in concessions), found(concessions)


def test_a_side_committing_in_its_own_voice_still_pledges():
    _, _, concessions = _positions(
        "Norway and Iceland met in Oslo. "
        "Norway said it would commit to cutting its cod quotas.")
    assert any(c.by == "Norway" and "cod quotas" in c.text for c in concessions), \
        found(concessions)


def test_weighing_the_other_sides_proposal_gives_nothing():
    _, _, concessions = _positions(
        "Norway and Iceland met in Oslo. "
        "Iceland said it is considering Norway's latest proposal and will respond within days.")
    assert not any(c.by == "Iceland" for c in concessions), found(concessions)


def test_a_bare_proposal_told_by_its_terms_in_the_same_sentence_is_not_kept_apart():
    _, _, concessions = _positions(
        "Norway and Iceland met in Oslo. "
        "Norway sent its latest proposal to Danish mediators on Monday, offering a two-year quota freeze "
        "in exchange for Iceland lifting its landing ban.")
    texts = [c.text for c in concessions if c.by == "Norway"]
    assert any("quota freeze" in t for t in texts), texts
    assert not any(t.endswith("latest proposal") for t in texts), texts


def test_a_bare_proposal_alone_is_still_kept():
    _, _, concessions = _positions(
        "Norway and Iceland met in Oslo. "
        "Norway sent its latest proposal to Danish mediators on Monday.")
    assert any(c.by == "Norway" and "latest proposal" in c.text for c in concessions), \
        found(concessions)


# ------------------------------------------------------------------ joint aims about the talks themselves


def test_keeping_momentum_or_settling_open_issues_together_gives_nothing():
    _, _, concessions = _positions(
        "Norway and Iceland met in Oslo. "
        "Norway and Iceland agreed to sustain the positive momentum and to resolve outstanding issues by May.")
    assert not concessions, found(concessions)


def test_a_shared_commitment_to_a_partnership_gives_nothing():
    _, _, concessions = _positions(
        "Norway and Iceland met in Oslo. "
        "Norway and Iceland reaffirmed their commitment to a close and enduring partnership.")
    assert not concessions, found(concessions)


def test_a_joint_exchange_or_a_settlement_by_named_means_is_still_given():
    _, _, concessions = _positions(
        "Norway and Iceland met in Oslo. "
        "Norway and Iceland agreed to an exchange of detained crews. "
        "Norway and Iceland agreed to resolve the dispute over the Faroe banks by sharing the catch.")
    assert any("detained crews" in c.text for c in concessions), found(concessions)
    assert any("sharing the catch" in c.text for c in concessions), found(concessions)


# ------------------------------------------------------------------ a plan named, not laid down


def test_a_plan_told_as_the_basis_for_talks_gives_nothing():
    _, _, concessions = _positions(
        "Norway and Iceland met in Oslo. "
        "Iceland said Norway's plan could be the basis for a settlement of the herring dispute.")
    assert not any(c.by == "Norway" for c in concessions), found(concessions)


def test_a_plan_others_meet_to_finalize_gives_nothing():
    _, _, concessions = _positions(
        "Norway and Iceland met in Oslo. "
        "The envoys gathered in Bergen for talks aimed at finalizing Norway's plan for the herring stocks.")
    assert not any(c.by == "Norway" for c in concessions), found(concessions)


def test_a_plan_the_owner_spells_out_or_another_side_backs_is_still_given():
    _, _, concessions = _positions(
        "Norway and Iceland met in Oslo. "
        "Norway's plan is to cut its herring quotas by a fifth. "
        "Iceland backed Norway's plan to close the northern grounds.")
    texts = [c.text for c in concessions if c.by == "Norway"]
    assert any("by a fifth" in t for t in texts), texts
    assert any("northern grounds" in t for t in texts), texts


# ------------------------------------------------------------------ ground given on a line


def test_a_softer_line_shown_by_one_side_is_its_concession():
    _, _, concessions = _positions(
        "Norway and Iceland met in Oslo. "
        "Iceland has adopted a more flexible approach to Norway's demands for a quota freeze. "
        "Icelandic Prime Minister Olafur Haraldsson signaled a softening of this stance after meeting Norway's envoy.")
    texts = [c.text for c in concessions if c.by == "Iceland"]
    assert any("flexible approach" in t for t in texts), texts
    assert any("softening" in t for t in texts), texts


def test_flexibility_urged_or_denied_is_no_concession():
    _, _, concessions = _positions(
        "Norway and Iceland met in Oslo. "
        "Norway urged Iceland to show flexibility on quotas. "
        "Iceland has not shown any flexibility on quotas.")
    assert not any("flexib" in c.text for c in concessions), found(concessions)
