"""Demands told in shapes the earlier rounds left: a that-clause in the passive subjunctive
whose subject coordinates several things ('demanded that A and B be put on the table'),
one demand per thing.

Each test's sentences are invented.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import fishing_positions as _positions, found  # noqa: E402


def test_a_passive_subjunctive_with_two_subjects_is_two_demands():
    _, demands, _ = _positions(
        "Iceland demanded that herring quotas and harbour levies be placed on the summit agenda.")
    texts = sorted(d.text for d in demands if d.by == "Iceland")
    assert len(texts) == 2, [d.text for d in demands]
    assert any("herring" in t and "levies" not in t and "agenda" in t for t in texts)
    assert any("levies" in t and "herring" not in t and "agenda" in t for t in texts)


def test_three_coordinated_subjects_give_three_demands():
    _, demands, _ = _positions(
        "Norway insisted that whaling permits, net sizes and cod bycatch be reviewed by the joint panel.")
    texts = [d.text for d in demands if d.by == "Norway"]
    assert len(texts) == 3, texts
    assert all("reviewed" in t for t in texts)


def test_a_single_subject_passive_subjunctive_stays_one_demand():
    _, demands, _ = _positions(
        "Iceland demanded that the herring quota be raised before the winter season.")
    texts = [d.text for d in demands if d.by == "Iceland"]
    assert len(texts) == 1 and "herring quota" in texts[0], texts


def test_they_after_a_sides_own_list_of_demands_is_that_side():
    _, demands, _ = _positions(
        "Iceland and Norway met in Oslo. Iceland's conditions included a cap on trawler numbers. "
        "They also called for a joint inspection of the fishing grounds.")
    assert any(d.by == "Iceland" and "joint inspection" in d.text for d in demands), \
        found(demands)


def test_they_after_a_union_s_demands_is_that_union():
    _, demands, _ = _positions(
        "Nurses at Vesterby Hospital went on strike against the Health Board. "
        "The Vesterby Nurses Union's demands included a night shift allowance. "
        "They also called for the hiring of forty extra midwives.")
    assert any("midwives" in d.text and d.by and "Union" in d.by for d in demands), \
        found(demands)
