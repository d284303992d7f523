"""The leaders list: the side of a well-known person the article names bare.

Sentences are invented; the names are public figures of 2024-2026 diplomacy.
"""

from __future__ import annotations

import pytest

from loaders.extraction.leaders import known_side


@pytest.mark.parametrize("name,side", [
    ("Claudia Sheinbaum", "Mexico"), ("Sheinbaum", "Mexico"), ("Abbas Araghchi", "Iran"),
    ("Sergei V. Lavrov", "Russia"),  # a middle initial does not hide the surname
    ("Maroš Šefčovič", "European Union"), ("Sefcovic", "European Union"),  # accents or none
    ("Xi", "China"), ("Lula", "Brazil"),  # short forms the press uses alone
    ("Sinwar", "Hamas"),  # two people of one surname, one side
    ("Jean-Noël Barrot", "France"),
])
def test_a_well_known_name_gives_its_side(name: str, side: str):
    assert known_side(name) == side


@pytest.mark.parametrize("name", [
    "Kim", "Wang", "Rodriguez",  # common surnames name nobody alone
    "Jorge Rodriguez",  # given names conflict with the listed Delcy Rodriguez
    "Pichai",  # a surname shared with people far from the table
    "Ola Nordmann", "",
])
def test_a_common_unknown_or_conflicting_name_gives_no_side(name: str):
    assert known_side(name) is None


spacy = pytest.importorskip("spacy")

from extraction_helpers import positions_of  # noqa: E402


def test_a_demand_voiced_by_a_bare_named_leader_is_his_sides():
    _, demands, _ = positions_of(
        "Nuclear talks stall again\n",
        "Araghchi told reporters that Washington must lift its sanctions on oil exports first.")
    assert [(d.by, d.by_person, d.counterpart) for d in demands] == [("Iran", "Araghchi", "United States")]

