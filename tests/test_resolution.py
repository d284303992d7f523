"""Identity across articles: surnames join the right person, conflicts stay apart."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from loaders.extraction.model import Evidence, Extraction, Meeting, Party, Person, Position
from loaders.identity import content_key, given_names_conflict, name_tokens, surname_key
from loaders.resolution import StoredPerson, match_person, resolve


def _article(aid: str = "a1", published: date | None = date(2025, 6, 14)):
    return SimpleNamespace(id=aid, title="T", text="T\n\nbody", url=None, publisher=None,
                           published=published, source=f"{aid}.txt")


def test_name_keys_fold_accents_particles_and_honorifics() -> None:
    assert surname_key("Mr. Akazawa") == "akazawa"
    assert surname_key("Badr Al Busaidi") == surname_key("Badr al-Busaidi") == "albusaidi"
    assert surname_key("Maroš Šefčovič") == "sefcovic"
    assert name_tokens("Dr. José Ramos Jr.") == ["jose", "ramos"]


def test_given_name_conflicts() -> None:
    assert not given_names_conflict("Akazawa", "Ryosei Akazawa")
    assert not given_names_conflict("J. Smith", "John Smith")
    assert given_names_conflict("Jane Smith", "John Smith")
    assert given_names_conflict("K. Smith", "John Smith")


def test_surname_only_mention_joins_the_one_compatible_person() -> None:
    stored = [StoredPerson("person:ryosei-akazawa", "Ryosei Akazawa", "Japan", "akazawa")]
    assert match_person("Akazawa", "Japan", stored).id == "person:ryosei-akazawa"
    assert match_person("Akazawa", None, stored).id == "person:ryosei-akazawa"
    assert match_person("Akazawa", "China", stored) is None  # countries conflict


def test_same_surname_different_people_stay_apart() -> None:
    stored = [StoredPerson("person:jane-lee", "Jane Lee", "United States", "lee"),
              StoredPerson("person:min-lee", "Min Lee", "South Korea", "lee")]
    assert match_person("Tom Lee", None, stored) is None
    assert match_person("Jane Lee", None, stored).id == "person:jane-lee"
    assert match_person("Lee", None, stored) is None  # ambiguous: matches neither
    assert match_person("Lee", "South Korea", stored).id == "person:min-lee"


def test_full_name_upgrades_a_surname_only_node() -> None:
    stored = [StoredPerson("person:akazawa:japan", "Akazawa", "Japan", "akazawa")]
    assert match_person("Ryosei Akazawa", "Japan", stored).id == "person:akazawa:japan"


def _extraction(date_: str | None, people: list[str], status: str = "held") -> Extraction:
    ev = Evidence("They met.", 10, 19)
    return Extraction(
        people=[Person(n, [n.split()[-1]], None, c) for n, c in people],
        parties=[Party("Japan"), Party("United States", aliases=["U.S."])],
        meetings=[Meeting([n for n, _ in people], ["Japan", "United States"], date_, None,
                          "in_person", status, "Washington", 70, 6, ["tariffs"], ev)],
        demands=[Position("Japan", people[0][0], "United States", "remove tariffs on cars",
                          ["tariffs", "automobiles"], ev)],
    )


def test_two_reports_of_one_meeting_share_its_key_and_undated_ones_do_not() -> None:
    people = [("Ryosei Akazawa", "Japan"), ("Howard Lutnick", "United States")]
    first = resolve(_article("a1"), _extraction("2025-06-13", people), [])
    stored = [StoredPerson(p.id, p.name, p.country, p.surname_key) for p in first.people]
    second = resolve(_article("a2"), _extraction("2025-06-13", [("Akazawa", "Japan"),
                                                                ("Lutnick", None)]), stored)
    assert first.meetings[0].id == second.meetings[0].id
    assert {p.id for p in second.people} == {p.id for p in first.people}
    assert first.demands[0].id == second.demands[0].id  # same party pair, same content
    other_day = resolve(_article("a3"), _extraction("2025-06-20", people), stored)
    assert other_day.meetings[0].id != first.meetings[0].id
    call = _extraction("2025-06-13", people)
    call.meetings[0].kind = "phone"
    assert resolve(_article("a6"), call, stored).meetings[0].id != first.meetings[0].id
    unknown_kind = _extraction("2025-06-13", people)
    unknown_kind.meetings[0].kind = "unknown"
    assert resolve(_article("a7"), unknown_kind, stored).meetings[0].id == first.meetings[0].id
    undated1 = resolve(_article("a4"), _extraction(None, people), stored)
    undated2 = resolve(_article("a5"), _extraction(None, people), stored)
    assert undated1.meetings[0].id != undated2.meetings[0].id


def test_resolved_rows_link_people_parties_sentences() -> None:
    graph = resolve(_article(), _extraction("2025-06-13", [("Ryosei Akazawa", "Japan"),
                                                            ("Howard Lutnick", "United States")]), [])
    parties = {p.id: p for p in graph.parties}
    assert set(parties) == {"party:japan", "party:united-states"}
    assert parties["party:united-states"].aliases == ["U.S."]
    meeting = graph.meetings[0]
    assert meeting.party_ids == ["party:japan", "party:united-states"]
    assert meeting.sentence_id == "a1:10-19" and graph.sentences[0].text == "They met."
    assert graph.people[0].party_id == "party:japan"
    demand = graph.demands[0]
    assert (demand.by_party_id, demand.counterpart_party_id) == ("party:japan", "party:united-states")
    assert demand.by_person_id == "person:ryosei-akazawa"


def test_content_key_ignores_order_plurals_and_filler() -> None:
    assert content_key("remove the tariffs on cars") == content_key("remove tariff on car")
    assert content_key("cut tariffs") != content_key("raise tariffs")
