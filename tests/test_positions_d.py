"""Demands and concessions in shapes seen missed on unseen articles: vows never to yield,
wishes told as clefts, offers told as done, bodies the party list lacks.

Each test's sentences are invented.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import positions_of  # noqa: E402

HEADLINE = "Border and harbour talks drag into a third week\n"


def _positions(body: str, published: str = "2025-03-03"):
    return positions_of(HEADLINE, body, published)


def _only(items):
    assert len(items) == 1, [(p.by, p.text) for p in items]
    return items[0]


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

