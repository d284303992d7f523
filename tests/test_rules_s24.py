"""Round 22: rules found by reading the misses of a set built last round. Each test's sentences
are invented (real public figures in some, with invented events)."""

from __future__ import annotations


def _extract(text: str, published: str = "2025-05-23"):
    from loaders.extraction import extract

    return extract(text, published)


def test_a_surname_whose_second_half_spells_a_country_is_one_name():
    got = _extract("Actors' talks\nUnion chief negotiator Duncan Crabtree-Ireland met studio negotiator "
                   "Greg Hessinger in Los Angeles on Tuesday. Crabtree-Ireland said the talks were frank.")
    assert [p.name for p in got.people] == ["Duncan Crabtree-Ireland", "Greg Hessinger"]
    assert [p.name for p in got.parties] == []
    assert [sorted(m.participants) for m in got.meetings] == [["Duncan Crabtree-Ireland", "Greg Hessinger"]]


def test_a_leader_glued_to_a_country_before_a_noun_stays_apart():
    got = _extract("Summit\nThe Narendra Modi-Japan summit was held in Tokyo on Friday.")
    assert [p.name for p in got.people] == ["Narendra Modi"]
    assert [p.name for p in got.parties] == ["Japan"]
