"""Date expressions in a sentence, resolved against the article's publication date.

Why our own resolver: spaCy's DATE entities are only strings, and news writes dates
relative to the day of publication ("on Friday", "yesterday", "next Monday"). Meetings need
an ISO day only when the text fixes one; vague spans ("last week", "next month",
"mid-May") resolve to no day. Tense matters for bare weekdays: "met on Friday" points back,
"will meet on Monday" points forward (same day counts in both directions).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
WEEKDAYS = _WEEKDAYS  # public: weekday name (lower case) -> Monday=0 ... Sunday=6

_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORD = r"(?:st|nd|rd|th)?"
_RANGE = r"\s*(?:-|–|—|to|and|through|until)\s*"

_RX_MONTH_DAY = re.compile(
    rf"\b(?P<mon>{_MON})\.?\s+(?P<d1>\d{{1,2}}){_ORD}"
    rf"(?:{_RANGE}(?:(?P<mon2>{_MON})\.?\s+)?(?P<d2>\d{{1,2}}){_ORD})?"
    rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?(?![\d%])")
_RX_DAY_MONTH = re.compile(
    rf"\b(?P<d1>\d{{1,2}}){_ORD}(?:{_RANGE}(?P<d2>\d{{1,2}}){_ORD})?\s+(?:of\s+)?(?P<mon>{_MON})\b\.?"
    rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?")
_RX_WD_RANGE = re.compile(
    rf"\b(?:from\s+)?(?P<w1>{_WD})\s*(?:-|–|to|through|until|and)\s*(?P<w2>{_WD})\b")
_RX_WD = re.compile(
    rf"\b(?:(?P<mod>last|next|this|coming|past|previous)\s+)?(?P<wd>{_WD})\b", re.IGNORECASE)
_RX_WD_NEXT_WEEK = re.compile(rf"\b(?P<wd>{_WD})(?: of)? next week\b")
_RX_DAY_ALONE = re.compile(r"(?<=\bon )the (?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?! (?:of|century|round|anniversary))")
_RX_WEEKEND = re.compile(r"\b(?:(?:over|at|on|during) the|(?P<wmod>last|this|past|next|coming)) weekend\b",
                         re.IGNORECASE)
_RX_REL = re.compile(
    r"\b(?P<w>today|tonight|yesterday|tomorrow|earlier (?:in the day|today)|later (?:in the day|today)"
    r"|this (?:morning|afternoon|evening)|the day before yesterday|last night"
    r"|(?:two|three|four|five|six|2|3|4|5|6) days ago|(?:a|one) week ago)\b",
    re.IGNORECASE)
# days told relative to the event just mentioned, not to publication: "the same day",
# "the previous day", "a day earlier", "earlier in the day" (offset in days from the anchor)
_RX_ANAPHORIC = re.compile(
    r"\b(?P<w>(?:on )?the same day|(?:on )?that (?:same )?day|(?<![\w,] )on the day(?=\s*,)|earlier (?:that|in the) day|later (?:that|in the) day"
    r"|(?:on )?the (?:next|following|previous|prior) day|the day (?:before|after)(?! (?:yesterday|tomorrow))"
    r"|a day (?:earlier|later|before|after|ahead of|prior)|(?:one|two|three|four|five|six|seven|\d) days? "
    r"(?:earlier|later|before|after|ahead of|prior)"
    r"|the (?:next|following|previous|preceding) (?:morning|evening|night))\b", re.IGNORECASE)
ANAPHORIC_DAY = _RX_ANAPHORIC  # public: days counted from another event, not from publication
RELATIVE_DAY = _RX_REL  # public: days counted from the day of speaking ("yesterday", "today")
_WORD_NUM = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "said Friday", "announced on Tuesday", "told reporters on Thursday": the day of a statement
# lies in the past even inside a sentence about a planned meeting
_RX_REPORTED_BEFORE = re.compile(
    r"\b(?:said|announced|told(?: \w+){0,2}|stated|wrote|added|confirmed|remarked|noted|reported|posted"
    r"|revealed|declared|tweeted|indicated)\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)


def _anaphoric_offset(w: str) -> int:
    w = w.lower()
    if "same" in w or "that day" in w or "in the day" in w or w == "on the day":
        return 0
    if re.search(r"next|following|after|later", w):
        sign = 1
    else:
        sign = -1
    m = re.match(r"(a|one|two|three|four|five|six|seven|\d)\s+days?", w)
    n = (_WORD_NUM.get(m.group(1), None) or int(m.group(1))) if m else 1
    return sign * n


@dataclass
class DateMention:
    """A date phrase at [start, end) of the searched text; `date` None = not a fixed day."""

    start: int
    end: int
    text: str
    date: dt.date | None
    end_date: dt.date | None = None
    # "prep": "a day after <event>" -- the day of the event named after it, when that event is
    # the anchor's neighbour (the anchor lies one day after it)
    relation: str | None = None


def _month(s: str) -> int:
    return _MONTHS[s[:3].lower()]


def _with_year(month: int, day: int, year: int | None, published: dt.date | None) -> dt.date | None:
    """Build a date; without an explicit year pick the one closest to publication."""
    try:
        if year:
            return dt.date(year, month, day)
        if published is None:
            return None
        best = None
        for y in (published.year - 1, published.year, published.year + 1):
            try:
                d = dt.date(y, month, day)
            except ValueError:
                continue
            if best is None or abs((d - published).days) < abs((best - published).days):
                best = d
        return best
    except ValueError:
        return None


def _day_of_month(published: dt.date, day: int, future: bool) -> dt.date | None:
    """"on the 12th" seen from `published`: this month's, or the month before's (after, for a plan)
    when this month's lies on the wrong side of publication."""
    def at(step: int) -> dt.date | None:  # that day `step` months from publication's month
        months = published.year * 12 + published.month - 1 + step
        try:
            return dt.date(months // 12, months % 12 + 1, day)
        except ValueError:
            return None
    d = at(0)
    if future and (d is None or d < published):
        return at(1)
    if not future and (d is None or d > published):
        return at(-1)
    return d


def resolve_weekday(weekday: int, published: dt.date, future: bool, modifier: str | None = None) -> dt.date:
    """The day a weekday name refers to, seen from `published`.

    Past events ("met on Friday") take the latest such day on or before publication; future
    ones ("will meet on Monday") the first on or after. "last"/"next" exclude the same day.
    """
    mod = (modifier or "").lower()
    back = (published.weekday() - weekday) % 7
    fwd = (weekday - published.weekday()) % 7
    if mod in ("last", "past", "previous"):
        return published - dt.timedelta(days=back or 7)
    if mod in ("next", "coming"):
        return published + dt.timedelta(days=fwd or 7)
    if future:
        return published + dt.timedelta(days=fwd)
    return published - dt.timedelta(days=back)


# A wire story's dateline: place (and region), the filing day, an agency, a dash; or a place in
# capitals with no day ("GENEVA (Reuters) -", "KUALA LUMPUR, Aug 7 -"); a hyphen only with a space
# after it ("JAKARTA (Reuters) -Indonesia expects": the parser keeps "-Indonesia" whole).
_DATELINE = re.compile(r"^\W*(?:(?:(?!(?:On|In|By|From|Until|Since|At|For)\b)[A-Z][\w .'\u2019-]{1,40}?,"
                       r"(?:[\w .'\u2019-]{2,30},)?)?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)"
                       r"(?:,? \d{4})?|[A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+)*(?:,[^-\u2013\u2014\n]{0,40})?)"
                       r"\s*(?:\([^)]{1,40}\))?\s*(?:--?(?=\s)|[\u2013\u2014])"
                       # or a place with its country in brackets, a colon or a dash after ("Lima
                       # (Peru):", "Quito [Ecuador], March 3 :"), as Indian wires write it
                       r"|^\W*[A-Z][\w .'\u2019-]{1,30}?\s*(?:\([A-Z][^)]{1,30}\)|\[[A-Z][^\]]{1,30}\])"
                       r"(?:,\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}\.?)(?:,? \d{4})?)?\s*(?::|--?|[\u2013\u2014])(?=\s)")


def dateline_end(text: str) -> int:
    """Where the dateline that opens `text` (one sentence) ends; 0 when it opens with none."""
    line = _DATELINE.match(text)
    return line.end() if line else 0


def find_dates(text: str, published: dt.date | None, future: bool = False,
               anchor: dt.date | None = None) -> list[DateMention]:
    """All date mentions in `text` (one sentence), resolved; later overlaps are dropped.

    `anchor` is the day of the event told just before (for "the same day", "the previous
    day", "earlier in the day"); without one those resolve against `published`."""
    found: list[DateMention] = []
    filed = dateline_end(text)  # "JOHANNESBURG, Nov 23 - ... on Saturday": the filing day is no event's

    def add(m: re.Match[str], d: dt.date | None, e: dt.date | None = None) -> None:
        if m.start() < filed:
            return
        for f in found:
            if f.start < m.end() and m.start() < f.end:
                return
        found.append(DateMention(m.start(), m.end(), m.group(0), d, e))

    for m in _RX_MONTH_DAY.finditer(text):
        y = int(m.group("y")) if m.group("y") else None
        mon = _month(m.group("mon"))
        d = _with_year(mon, int(m.group("d1")), y, published)
        e = None
        if m.group("d2"):
            mon2 = _month(m.group("mon2")) if m.group("mon2") else mon
            e = _with_year(mon2, int(m.group("d2")), y or (d.year if d else None), published)
            if e and d and e < d:
                e = None
        add(m, d, e)
    for m in _RX_DAY_MONTH.finditer(text):
        y = int(m.group("y")) if m.group("y") else None
        mon = _month(m.group("mon"))
        if m.group("d2"):
            d = _with_year(mon, int(m.group("d1")), y, published)
            e = _with_year(mon, int(m.group("d2")), y or (d.year if d else None), published)
        else:
            d, e = _with_year(mon, int(m.group("d1")), y, published), None
        add(m, d, e)
    if published is not None or anchor is not None:
        base = anchor or published
        for m in _RX_ANAPHORIC.finditer(text):
            off = _anaphoric_offset(m.group("w"))
            if re.match(r"(?:a|one|two|three|four|five|six|seven|\d|the) days? (?:before|after|ahead of)$",
                        m.group("w"), re.IGNORECASE) and \
                    re.match(r"\s+[\w\"“]", text[m.end():]):
                # "A came a day after they met": the meeting lies a day before A (the anchor)
                add(m, base - dt.timedelta(days=off))
                found[-1].relation = "prep" if found[-1].start == m.start() else found[-1].relation
                continue
            add(m, base + dt.timedelta(days=off))
    if published is not None:
        for m in _RX_WEEKEND.finditer(text):
            # "over the weekend": Saturday to Sunday, the last one (the next one when the event lies ahead)
            mod = (m.group("wmod") or "").lower()
            back = mod in ("last", "past")
            ahead = mod in ("next", "coming") or (future and not back)
            sat = resolve_weekday(5, published, ahead, mod if mod in ("last", "past", "next", "coming") else None)
            if back and sat + dt.timedelta(days=1) >= published:
                sat -= dt.timedelta(days=7)  # "last weekend" told on its Sunday: the one before
            if not ahead and not mod and published.weekday() >= 5:
                add(m, published)  # filed during the weekend it tells: that day, the best single guess
                continue
            add(m, sat, sat + dt.timedelta(days=1))
        for m in (_RX_WD_NEXT_WEEK.finditer(text) if "next week" in text else ()):
            # "on Friday next week": that weekday of the week after publication's
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=7)
            add(m, monday + dt.timedelta(days=_WEEKDAYS[m.group("wd").lower()]))
        for m in (_RX_DAY_ALONE.finditer(text) if "on the " in text else ()):
            # "on the 12th": that day of the month of publication (the next one for a plan)
            day = int(m.group("d"))
            d = _day_of_month(published, day, future)
            if d is not None:
                add(m, d)
        for m in _RX_WD_RANGE.finditer(text):
            w1, w2 = _WEEKDAYS[m.group("w1").lower()], _WEEKDAYS[m.group("w2").lower()]
            d = resolve_weekday(w1, published, future)
            e = d + dt.timedelta(days=(w2 - w1) % 7)
            add(m, d, e)
        for m in _RX_WD.finditer(text):
            if not m.group("wd")[0].isupper():
                continue
            # "on Friday (June 13)" -- an explicit date right after wins; handled by overlap order
            fut = future and not _RX_REPORTED_BEFORE.search(text[:m.start()])
            add(m, resolve_weekday(_WEEKDAYS[m.group("wd").lower()], published, fut, m.group("mod")))
        for m in _RX_REL.finditer(text):
            w = m.group("w").lower()
            if w in ("yesterday", "last night"):
                d = published - dt.timedelta(days=1)
            elif w == "the day before yesterday":
                d = published - dt.timedelta(days=2)
            elif w == "tomorrow":
                d = published + dt.timedelta(days=1)
            elif w.endswith("days ago"):  # "two days ago": counted back from the day of the report
                n = w.split()[0]
                d = published - dt.timedelta(days=_WORD_NUM.get(n) or int(n))
            elif w.endswith("week ago"):  # "a week ago"
                d = published - dt.timedelta(days=7)
            else:
                d = published
            add(m, d)
    found.sort(key=lambda x: x.start)
    # "on Thursday (June 5)": weekday followed closely by an explicit date -> keep the explicit one
    # (not "on Thursday, a day after the vote": a day counted from another event dates nothing here)
    out: list[DateMention] = []
    for f in found:
        if out and f.start - out[-1].end <= 3 and out[-1].date and f.date and not _RX_ANAPHORIC.fullmatch(f.text) and (
                abs((out[-1].date - f.date).days) < 7 or (_RX_WD.fullmatch(out[-1].text.strip()) and
                                                           out[-1].text.strip().split()[-1].lower() ==
                                                           f.date.strftime("%A").lower())):
            if _RX_WD.fullmatch(out[-1].text.strip()):
                out[-1] = f
            continue
        out.append(f)
    return out
