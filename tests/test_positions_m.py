"""Demands told as an owned noun with a that-clause whose subject is no side ("the union's
demand that all vessels be inspected"), with 'advocate for', and as a warning to a side to do
something ("warned Y to think twice before raising the fee": the step is in the 'before' clause).

Each test's sentences are invented.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import fishing_positions as _positions, found  # noqa: E402

OPENING = "Talks between Norway and Iceland on fishing rights resumed in Valletta on Monday. "


def test_an_owned_demand_with_a_that_clause_about_things_is_a_demand_of_its_owner():
    _, demands, _ = _positions(OPENING + "The talks stalled over Iceland's demand that all trawlers be "
                               "inspected before landing.")
    assert any(d.by == "Iceland" and "trawlers be inspected" in d.text for d in demands), found(demands)


def test_advocating_for_something_is_a_demand():
    _, demands, _ = _positions(OPENING + "Iceland advocated for a longer transition period.")
    assert any(d.by == "Iceland" and "longer transition period" in d.text for d in demands), found(demands)


def test_warning_a_side_to_think_twice_before_a_step_keeps_the_step():
    _, demands, _ = _positions(OPENING + "Iceland's negotiators had warned Norway to think twice before "
                               "raising the landing fee.")
    assert any(d.by == "Iceland" and d.counterpart == "Norway" and "raising the landing fee" in d.text
               for d in demands), found(demands)


def test_a_warning_about_a_step_of_ones_own_is_no_demand():
    _, demands, _ = _positions(OPENING + "Iceland warned that it would close its ports to Norwegian boats.")
    assert not any("close its ports" in d.text for d in demands), found(demands)


@pytest.mark.parametrize("sentence, words", [
    ("Norway has introduced a draft fisheries agreement to Iceland.", "draft fisheries agreement"),
    ("Norway sent Iceland a draft text of the quota accord.", "draft text of the quota accord"),
    ("Norway has submitted a counterproposal on the quota split.", "counterproposal"),
])
def test_a_draft_or_proposal_laid_before_the_other_side_is_the_senders_offer(sentence, words):
    _, _, concessions = _positions(OPENING + sentence)
    assert any(c.by == "Norway" and words in c.text for c in concessions), found(concessions)


def test_a_draft_received_is_not_the_receivers_offer():
    _, _, concessions = _positions(OPENING + "Iceland has not yet sent back its reply to the draft text.")
    assert not any(c.by == "Iceland" for c in concessions), found(concessions)


def test_dropping_an_opposition_keeps_what_was_opposed():
    _, _, concessions = _positions(OPENING + "Norway dropped its opposition to joint inspections.")
    assert any(c.by == "Norway" and "opposition to joint inspections" in c.text for c in concessions), \
        found(concessions)


def test_a_drop_in_exchange_for_something_leaves_the_exchange_to_a_demand():
    _, demands, concessions = _positions(
        OPENING + "Iceland is ready to drop its claims to two northern banks it partly fishes in exchange for "
        "Norwegian recognition of its coastal zone.")
    assert any(c.by == "Iceland" and "drop its claims" in c.text and "recognition" not in c.text
               for c in concessions), found(concessions)
    assert any(d.by == "Iceland" and "recognition of its coastal zone" in d.text for d in demands), found(demands)


HEADED = ("Teachers keep up the pressure\n\n{heading}\n{body}\n\n"
          "The SNTU said on Monday that its members would strike until the government met them.\n")
LIST = ("A full repeal of the 2019 pension law; a return to pensions based on years of service; the "
        "payment of pensions in line with the minimum wage; and an end to private pension accounts.")


@pytest.mark.parametrize("heading", ["What are the SNTU's demands?", "The SNTU's main demands:"])
def test_a_heading_of_one_sides_demands_makes_each_listed_item_its_demand(heading):
    from extraction_helpers import positions_of

    text = HEADED.format(heading=heading, body=LIST)
    _, demands, _ = positions_of("", text)
    got = [d.text for d in demands if d.by == "SNTU"]
    assert got[:4] == ["A full repeal of the 2019 pension law", "a return to pensions based on years of service",
                       "the payment of pensions in line with the minimum wage", "an end to private pension accounts"], \
        found(demands)


def test_a_question_that_is_no_heading_of_demands_lists_nothing():
    from extraction_helpers import positions_of

    text = HEADED.format(heading="What happens next?", body=LIST)
    _, demands, _ = positions_of("", text)
    assert not any("pension law" in d.text for d in demands), found(demands)
