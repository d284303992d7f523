"""Demands told in less common shapes: a fronted 'Among X's demands is Y', and an
organisation the article only ever names by its acronym.

Each test's sentences are invented.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import only_one as _only, positions_of  # noqa: E402

HEADLINE = "Fishing quota talks resume in the north\n"


def _positions(body: str, published: str = "2025-03-03"):
    return positions_of(HEADLINE, body, published)


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
        "The International Monetary Fund urged Ecuador to trim its fuel subsidies. The IMF "
        "mission leaves on Friday.")
    d = _only(demands)
    assert d.by == "International Monetary Fund"
