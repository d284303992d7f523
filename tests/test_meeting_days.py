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
