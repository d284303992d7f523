"""A held meeting told only within a week or a month ("earlier this week", "this month") has no
day of its own: it is not given the day of publication.

Each test's sentence is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

spacy = pytest.importorskip("spacy")

SAT = dt.date(2025, 3, 8)


def _meetings(sentence: str):
    from loaders.extraction import extract

    return extract("Ministers compare notes on grain\n" + sentence + "\n", SAT).meetings


@pytest.mark.parametrize("sentence", [
    "Foreign Minister Ana Rios met her counterpart Li Wen earlier this week in Beijing.",
    "Foreign Minister Ana Rios met her counterpart Li Wen in Beijing this week.",
    "Foreign Minister Ana Rios met her counterpart Li Wen in Beijing earlier this month.",
])
def test_a_meeting_within_this_week_or_month_has_no_day(sentence):
    got = _meetings(sentence)
    assert [m.participants for m in got] == [["Ana Rios", "Li Wen"]]
    assert got[0].date is None, got[0].date


def test_a_meeting_with_no_time_told_still_takes_the_day_of_the_report():
    got = _meetings("Foreign Minister Ana Rios met her counterpart Li Wen in Beijing.")
    assert [m.date for m in got] == [SAT.isoformat()]


# The one recent day an article tells (round 13): a held meeting no sentence near it dates.
_FARM_TALKS = (
    "Grain exporters weigh a deal\n"
    "Farm ministers from Peru and Ghana agreed on Thursday to lower duties on cocoa and quinoa. "
    "Growers in both countries have asked for cheaper fertiliser for years. "
    "Prices for cocoa beans doubled over the past two seasons. "
    "Shipping costs rose as well, traders say. "
    "Exporters hope the cuts will open new markets. "
    "Peruvian minister Rosa Quispe held talks with Ghana's Kofi Mensah at the ministry. "
    "The two sides set up a working group on seeds.\n"
)


def test_a_held_meeting_takes_the_one_recent_day_the_article_tells():
    from loaders.extraction import extract

    got = extract(_FARM_TALKS, SAT).meetings
    talks = [m for m in got if sorted(m.participants) == ["Kofi Mensah", "Rosa Quispe"]]
    assert [m.date for m in talks] == ["2025-03-06"], [(m.participants, m.date) for m in got]


def test_two_recent_days_told_leave_the_day_of_the_report():
    from loaders.extraction import extract

    text = _FARM_TALKS.replace("Shipping costs rose as well, traders say.",
                               "Shipping costs rose on Monday, traders say.")
    got = extract(text, SAT).meetings
    talks = [m for m in got if sorted(m.participants) == ["Kofi Mensah", "Rosa Quispe"]]
    assert [m.date for m in talks] == [SAT.isoformat()], [(m.participants, m.date) for m in got]
