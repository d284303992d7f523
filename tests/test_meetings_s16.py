"""Meetings of round 14: "his Chinese counterpart" when the article names its one Chinese person
only afterwards is that person; a planned meeting does not borrow a day from a neighbouring
sentence that tells of the past ("met on Monday" is not next Monday). Each test's sentences are
invented.
"""

from __future__ import annotations

from loaders.extraction import extract

TUE = "2025-06-10"


def test_a_counterpart_named_only_afterwards_is_at_the_meeting(nlp):
    ex = extract("Trade ministers meet\nJapan's trade minister Ryo Sato met his Chinese counterpart in Beijing on "
                 "Monday. Chinese Commerce Minister Wang Wentao said afterwards that the talks had been candid.",
                 TUE, nlp=nlp)
    assert [sorted(m.participants) for m in ex.meetings] == [["Ryo Sato", "Wang Wentao"]]
    assert ex.meetings[0].date == "2025-06-09"


def test_a_counterpart_stays_unnamed_when_two_people_of_that_country_follow(nlp):
    ex = extract("Trade ministers meet\nJapan's trade minister Ryo Sato met his Chinese counterpart in Beijing on "
                 "Monday. Chinese Commerce Minister Wang Wentao said the talks had been candid, and Chinese "
                 "Premier Li Qiang said trade would grow.", TUE, nlp=nlp)
    assert all("Li Qiang" not in m.participants for m in ex.meetings)
    assert all(m.participants == ["Ryo Sato"] for m in ex.meetings)


def test_a_planned_meeting_takes_no_past_day_from_the_sentence_before(nlp):
    ex = extract("Trade ministers meet\nJapan's trade minister Ryo Sato met Chinese Commerce Minister Wang Wentao "
                 "in Beijing on Monday.\nThe two sides agreed to meet again next month, Sato told reporters.",
                 TUE, nlp=nlp)
    got = sorted((m.status, m.date) for m in ex.meetings)
    assert got == [("held", "2025-06-09"), ("planned", None)]


def test_a_planned_meeting_still_takes_the_day_a_neighbour_sets_ahead(nlp):
    ex = extract("Trade ministers to meet\nJapan's trade minister Ryo Sato will travel to Beijing on Friday.\n"
                 "Sato is to hold talks with Chinese Commerce Minister Wang Wentao, officials said.",
                 TUE, nlp=nlp)
    planned = [m for m in ex.meetings if m.status == "planned"]
    assert [m.date for m in planned] == ["2025-06-13"]


def test_a_plural_post_before_a_list_of_names_is_each_ones_post(nlp):
    ex = extract("Ministers meet\nThe foreign ministers, Luis Prado of Chile and Elena Vargas of Argentina, met in "
                 "Santiago on Monday.", TUE, nlp=nlp)
    got = {p.name: (p.title, p.country) for p in ex.people}
    assert got == {"Luis Prado": ("foreign minister", "Chile"), "Elena Vargas": ("foreign minister", "Argentina")}


def test_a_list_without_a_plural_post_shares_no_title(nlp):
    ex = extract("Ministers meet\nForeign Minister Luis Prado of Chile and Ana Costa met in Santiago on Monday.",
                 TUE, nlp=nlp)
    got = {p.name: p.title for p in ex.people}
    assert got == {"Luis Prado": "Foreign Minister", "Ana Costa": None}


def test_labour_water_and_migration_talks_have_topics():
    from loaders.extraction import topics_in

    assert topics_in("a 15 percent pay rise and limits on mandatory overtime") == ["wages", "working conditions"]
    assert topics_in("cuts to pensions that sparked a walkout") == ["pensions", "strike"]
    assert topics_in("halting work on the upstream dam until a study of river flow") == ["water"]
    assert topics_in("the return of migrants and asylum rules") == ["migration"]
    assert topics_in("a pay freeze on tariffs") == ["tariffs"]  # "pay" alone is no wage topic
