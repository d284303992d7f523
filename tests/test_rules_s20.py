"""Round 18: a firm the tagger labels an organisation and the article gives a firm's post ("X
chief executive Y") or a firm's common noun ("the port operator X") is a side, never a person,
even in a meeting slot ("X resumed negotiations"); "chief executive" is a post; "union leaders",
"union representatives" are the people of the one union the article names, so they are that
union's side at a meeting. Each test's sentences are invented.
"""

from __future__ import annotations

PORT = ("Port talks resume\n"
        "The Dockers Union of Tasmania and the port operator Harbourline resumed negotiations on Thursday. "
        "Harbourline chief executive Paul Grant met union leaders for three hours on Friday, a spokeswoman said. "
        "The union is demanding a 20 percent pay rise over four years.\n")
# the same story under a dateline, which the parser hangs the first subject on
WIRE = ("Port talks resume\n"
        "SYDNEY - The Maritime Union of Australia and the port operator Harbourline resumed negotiations on "
        "Thursday after a two-week break.\n"
        "Harbourline chief executive Paul Grant met union leaders for three hours, a spokeswoman for the company said.\n"
        "The union is demanding a 20 percent pay rise over four years.\n")


def test_a_firm_in_a_meeting_slot_is_no_person_when_the_article_calls_it_an_operator():
    from loaders.extraction import extract

    ex = extract(WIRE, "2025-05-17")
    assert [p.name for p in ex.people] == ["Paul Grant"]
    assert "Harbourline" in [p.name for p in ex.parties]


def test_chief_executive_before_a_name_is_a_post():
    from loaders.extraction import extract

    ex = extract("Airline talks\nSkyways chief executive Vanessa Holt met pilots on Monday.\n", "2025-05-14")
    assert [(p.name, p.title) for p in ex.people] == [("Vanessa Holt", "Skyways chief executive")]


def test_union_leaders_are_the_named_unions_side_at_the_meeting():
    from loaders.extraction import extract

    ex = extract(PORT, "2025-05-17")
    m = [m for m in ex.meetings if "Paul Grant" in m.participants]
    assert len(m) == 1, ex.meetings
    assert set(m[0].parties) >= {"Dockers Union of Tasmania", "Harbourline"}
    assert m[0].date == "2025-05-16"


def test_the_unions_demand_is_pressed_on_the_firm_not_on_the_country_in_its_name():
    from loaders.extraction import extract

    ex = extract(WIRE, "2025-05-17")
    assert [(d.by, d.counterpart) for d in ex.demands] == [("Maritime Union of Australia", "Harbourline")]


def test_union_leaders_with_two_unions_named_stay_unresolved():
    """A guard: with two unions in the article, "union leaders" could be either's."""
    from loaders.extraction import extract

    ex = extract("Port talks\nThe Dockers Union of Tasmania and the Crane Drivers Union met the port operator "
                 "Harbourline on Monday. Harbourline chief executive Paul Grant met union leaders on Friday.\n",
                 "2025-05-17")
    friday = [m for m in ex.meetings if m.date == "2025-05-16"]
    assert all(not ({"Dockers Union of Tasmania", "Crane Drivers Union"} & set(m.parties)) for m in friday), friday
