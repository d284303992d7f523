"""Meetings told across sentences, and one meeting told many times: further sessions ("the
talks resume on Monday"), a day read from the sentences around, people added later ("the
meeting would be with X"), sides without names, and the merge of mentions of one meeting
(same people, compatible day and status). `told_meeting` and `date_added_meetings` serve the
learned pairs too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..context import ArticleContext, Mention, make_evidence, unique
from ..dates import ANAPHORIC_DAY as _ANAPHORIC_DAY, DateMention, WEEKDAYS, find_dates, resolve_weekday
from ..model import Meeting
from ..parties import GROUP_MEMBERS
from ..topics import topics_in
from .lexicon import (
    MEETING_NOUNS, _AHEAD, _ARRIVAL, _COMPOSITION_VERBS, _DAY_OF_TALKS, _DEADLINE_BEFORE,
    _DEFINITE_TALKS, _EARLIER_OPENING, _FIRST_PERSON_PLURAL, _FORUMS, _FORUM_PEOPLE, _FUTURE_AUX,
    _GROUP_SUBJECT, _IN_THE_MEETING, _IN_THE_PRESENCE, _MEETING_WITH, _NAMED_DEAL, _NOT_TODAY, _ORDINALS,
    _TOLD_COMPOSITION,
    _ORIGINALLY, _OTHER_PERIOD, _PERIOD, _PLACE_TALKS, _PLAN, _SAME_DAY, _SAYING_LEMMAS, _TALK_WORDS, _THE_ROUND,
    _THE_MEETING, _THE_TALKS, _TODAY, _TOLD_IN_PASSING, _TO_THE_MEETING, _UNNAMED_COUNTERPART, _VAGUE_AHEAD, _VISITED,
    _WITH_LENDER,
)
from .triggers import _trigger
from .speakers import _main_parties
from .attributes import _Draft, _kind, _location, _pick_date, _round, _status
from .drafts import _drafts_for

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


def _dating_meeting(ctx: ArticleContext, sent: "Span", trig: "Token", got: list[_Draft],
                    mentions: list[Mention], recent: list[Mention], si: int) -> list[_Draft]:
    """"A and B are slated to meet next week, Japan confirmed after a phone conversation between
    the two leaders": the past encounter that dates the report is a meeting of its own."""
    for t in sent:
        if t.i == trig.i or t.pos_ != "NOUN" or t.lower_ not in MEETING_NOUNS or t.dep_ == "compound" or \
                t.head.lower_ not in ("after", "following") or \
                not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in t.children):
            continue
        extra = [d for d in _drafts_for(ctx, sent, t, mentions, recent, si) if d.participants and
                 d.status == "held" and all(d.status != g.status or set(d.participants) != set(g.participants)
                                            for g in got)]
        stext = ctx.text[sent.start_char:sent.end_char]
        said = [d for d in find_dates(stext, ctx.published) if d.date is not None and d.start < t.idx - sent.start_char]
        for d in extra:
            if (d.date is None or d.date.date is None) and said:
                d.date = said[-1]  # "confirmed Friday after a call": the call was that day
        return extra
    return []


def _joins_told(ctx: ArticleContext, sent: "Span", trig: "Token", mentions: list[Mention],
                drafts: list[_Draft], si: int) -> bool:
    """"X announced he will meet US officials on Thursday. ... the meeting would be with Commerce
    Secretary Y": the people named "with" the told meeting join it."""
    if trig.pos_ != "NOUN" or not drafts or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                    for c in trig.children):
        return False
    withs = [c for c in list(trig.children) + list(trig.head.children)
             if c.dep_ == "prep" and c.lower_ == "with"]
    if not withs:
        return False
    inside = {t.i for w in withs for t in w.subtree}
    named = [m.target for m in mentions if m.how in ("name", "title") and
             (sp := ctx.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None and sp.root.i in inside
             and sp.root.dep_ not in ("compound", "poss", "amod", "nmod")]  # not "several Trump officials"
    host = next((d for d in reversed(drafts) if si - d.order <= 4), None)
    if not named or host is None:
        return False
    host.participants = unique(host.participants + named)
    for p in named:
        c = ctx.country_of(p)
        if c and c not in host.parties:
            host.parties.append(c)
    return True


def _resumed_session(ctx: ArticleContext, sent: "Span", trig: "Token", drafts: list[_Draft],
                     si: int) -> "_Draft | None":
    """"The discussions ... are set to resume on December 15": a further session, on its own
    day, of the meeting told just before (same people and sides)."""
    if trig.pos_ not in ("NOUN", "ADJ") or not drafts or si - drafts[-1].order > 3 or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those", "a") for c in trig.children):
        return None
    verbs = [trig.head] + [c for c in trig.head.children if c.dep_ == "xcomp"]
    ordinal = any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in trig.children) or (
        trig.lower_ in _ORDINALS)  # "A third round ... returned to Muscat on April 26", "The first took place"
    if trig.dep_ not in ("nsubj", "nsubjpass") or not (
            any(v.lemma_ in ("resume", "reconvene", "continue") for v in verbs) or
            (ordinal and trig.head.lemma_ in ("take", "return", "follow", "begin", "start", "be", "open", "end"))):
        return None
    status = _status(sent, trig)
    if status is None:
        return None
    stext = ctx.text[sent.start_char:sent.end_char]
    dates = [d for d in find_dates(stext, ctx.published, future=status == "planned")
             if d.date is not None and not _DEADLINE_BEFORE.search(stext[:d.start])]
    prev = drafts[-1]
    if not dates or not prev.participants or (prev.date and prev.date.date == dates[0].date):
        return None
    return _Draft(list(prev.participants), list(prev.parties), dates[0], prev.kind, status, prev.location,
                  None, prev.round, list(prev.topics), sent, si)


def _unnamed_counterpart_of(ctx: ArticleContext, d: _Draft) -> "str | None":
    m = _UNNAMED_COUNTERPART.search(d.sent.text)
    side = ctx.canonical_party(m.group("dem")) if m else None
    if side is None or any(ctx.country_of(p) == side for p in d.participants):
        return None
    of_side = [p.name for p in ctx.people if p.country == side]
    return of_side[0] if len(of_side) == 1 else None


def _unnamed_counterparts(ctx: ArticleContext, drafts: list[_Draft]) -> None:
    """The counterpart told only as "a top Japanese official" is the article's one person of
    that country, when it names exactly one (the article's later "Akazawa ...")."""
    for d in drafts:
        who = _unnamed_counterpart_of(ctx, d) if d.participants else None
        if who is not None and who not in d.participants:
            d.participants.append(who)
            side = ctx.country_of(who)
            if side and side not in d.parties:
                d.parties.append(side)


def _sides_from_pending(ctx: ArticleContext, drafts: list[_Draft], pending: list[_Draft]) -> None:
    """"The third round of A-B talks was held in X. ... 'We agreed to talk again,' C said": a
    meeting of named people but no sides, told just after a held meeting told only by its
    sides, is that meeting: it takes those sides (also one side's chief negotiator telling of
    the delegations' meeting)."""
    if not pending:
        return
    for d in drafts:
        if d.parties or not d.participants:
            continue
        lead = ctx.person(d.participants[0]) if len(d.participants) == 1 else None
        negotiator = lead is not None and bool(lead.title) and "negotiator" in lead.title.lower()
        inside = bool(_IN_THE_MEETING.match(d.sent.text))  # "During the meeting, X said ...": X was there
        if len(d.participants) == 1 and not _FIRST_PERSON_PLURAL.search(d.sent.text) and not negotiator \
                and not inside:
            continue  # "X confirmed the talks": one who tells of talks is not shown at them
        near = [p for p in pending if p.parties and p.status == d.status and 0 < d.order - p.order <= 4]
        if len(near) == 1:
            d.parties = list(near[0].parties)
            d.venues = unique(d.venues + near[0].venues)  # (the place it was told in stays a place)
            if (negotiator or inside) and (d.date is None or d.date.date is None):
                d.date = near[0].date


def _date_from_sides(ctx: ArticleContext, drafts: list[_Draft], pending: list[_Draft]) -> None:
    """"X hosted a second round of talks on Monday between A and B. ... (five sentences on)
    Its foreign minister held separate meetings with A's and B's ministers": the sessions of
    the round its sides were told with, and so its day."""
    for d in drafts:
        if d.date is not None and d.date.date is not None:
            continue
        if d.status != "held" and not (d.status == "planned" and _THE_MEETING.search(d.sent.text)):
            continue  # (a planned one only as "the meeting": "X said the meeting will raise ...")
        own = {ctx.country_of(x) for x in d.participants} - {None}
        lead = next((p for p in reversed(pending) if p.status == d.status and p.date is not None and p.date.date
                     and 0 < d.order - p.order <= 8 and len(set(p.parties) & set(d.parties)) >= 2
                     and own <= set(p.parties)), None)  # (not a meeting of another side's people)
        if lead is not None:
            d.date = lead.date


def _companions(sent: "Span") -> tuple[int, int] | None:
    """The characters of the people named after "accompanied by" in `sent` (the agent phrase
    of the participle), or None when the sentence has no such phrase."""
    for t in sent:
        if t.lower_ == "accompanied" and t.tag_ == "VBN" and t.dep_ == "acl" and t.head.dep_ == "nsubj" \
                and t.head.head.lemma_.lower() not in _COMPOSITION_VERBS:
            # (not "A was led by X, accompanied by Y", "B was accompanied by Z": members all)
            by = next((c for c in t.children if c.dep_ == "agent"), None)
            who = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if who is not None:
                return who.left_edge.idx, who.right_edge.idx + len(who.right_edge.text)
    return None


def _inherit_dates(drafts: list[_Draft]) -> None:
    """A held meeting without a date takes the date of an earlier held meeting with a shared
    participant (articles usually fix the day once, then describe the sessions)."""
    for i, d in enumerate(drafts):
        if (d.date is not None and d.date.date is not None) or d.later_day:
            continue
        same_day = bool(_SAME_DAY.search(d.sent.text))
        for prev in reversed(drafts[:i]):
            if prev.status == d.status and prev.date is not None and prev.date.date is not None \
                    and set(prev.participants) & set(d.participants) and (d.order - prev.order <= 4 or same_day):
                d.date = prev.date
                break


# "A held a call with B and C. The three nations on Wednesday stressed ...": the meeting's own
# people, told as a group in the sentence after it, on the day they spoke
_THEY_OPENING = re.compile(r"^\W*(?:the (?:two|three|four) (?:nations|countries|ministers|leaders|sides|men|officials)|"
                           r"the (?:ministers|leaders|officials)|both (?:sides|ministers|leaders))\b", re.IGNORECASE)


def _fallback_dates(ctx: ArticleContext, meetings: list[Meeting], only: "list[Meeting] | None" = None) -> None:
    """A held meeting still without a day: the day fixed by a neighbouring sentence about the
    talks ("the talks, which started on July 28"), else the publication day -- news reports
    of talks are overwhelmingly filed the day they happen. (`only`: the meetings to date, when
    not all of them; the others are still read as the meetings told before.)"""
    sents = ctx.sentences
    starts = [x.start_char for x in sents]
    todo = meetings if only is None else only
    named_day = _named_day_of_talks(ctx) if any(m.date is None and m.status == "held" for m in todo) else None
    recent: list[tuple[int, DateMention]] | None = None  # the body's days of the past week, read once
    for m in todo:
        if m.date is None and m.status == "planned" and m.evidence is not None and ctx.published:
            _planned_date_nearby(ctx, m, sents, starts)
            if m.date is None and _SAME_DAY.search(m.evidence.text):
                # "A met B on Wednesday morning. In the afternoon, C will meet with him": that day
                m.date = _day_told_before(meetings, m, held_only=False)
            if m.date is None and _THE_ROUND.search(m.evidence.text):
                # "The third round will include technical talks, with A and B": the round whose
                # day was told with its sides before
                prev = next((o for o in reversed(meetings[:meetings.index(m)]) if o.status == "planned" and o.date
                             and len(set(o.parties) & set(m.parties)) >= 2
                             and m.evidence.start - o.evidence.start <= 1500), None)
                if prev is not None:
                    m.date, m.end_date = prev.date, prev.end_date
            continue
        if m.date is None and m.status == "cancelled" and m.evidence is not None and ctx.published:
            _originally_scheduled(ctx, m, sents, starts)
            continue
        if m.date is not None or m.status != "held" or m.evidence is None:
            continue
        if _SAME_DAY.search(m.evidence.text):
            m.date = _day_told_before(meetings, m, held_only=True)
            if m.date is not None:
                continue
        i = max(0, bisect_right(starts, m.evidence.start) - 1)
        best = _day_of_signed_deal(ctx, m, sents, i)
        if best is None:
            best = _day_of_round(ctx, m, sents, i)
        if best is not None:
            m.date = best.date.isoformat()
            m.end_date = best.end_date.isoformat() if best.end_date else None
            continue
        best = _day_of_place_talks(ctx, m, sents, i)
        if best is not None:
            m.date = best.date.isoformat()
            m.end_date = best.end_date.isoformat() if best.end_date else None
            continue
        if ctx.published is not None and _TODAY.search(m.evidence.text) and not _NOT_TODAY.search(m.evidence.text):
            m.date = ctx.published.isoformat()  # "a meeting here ..., amid a conflict which entered its
            continue  # fifth day today": the sentence's own day, not one a neighbour tells
        earlier = bool(_NOT_TODAY.search(m.evidence.text))  # "had previously met": neither day is its own
        own_month = _other_period(m.evidence.text) or bool(_PERIOD.search(m.evidence.text))
        before_told = bool(_EARLIER_OPENING.match(m.evidence.text))  # "Earlier, X spoke with Y": not their day
        for off in (1, -1, 2, -2) if not own_month and not before_told else ():
            j = i + off
            if not 0 <= j < len(sents) or sents[j].start_char < ctx.text.find("\n"):
                continue
            st = ctx.text[sents[j].start_char:sents[j].end_char]
            if not _TALK_WORDS.search(st) and not (off == -1 and _ARRIVAL.search(st) and any(
                    p.split()[-1] in st for p in m.participants)) and not (off == 1 and _THEY_OPENING.match(st)):
                continue  # (but "X arrived in Y on Friday. He met Z ...": the day of the trip)
            ds = _past_days_told(ctx, st)
            if ds:
                best = ds[0]
                break
        if best is None and not earlier and not own_month:
            best = named_day
            if best is None:
                if recent is None:
                    recent = _recent_days(ctx, sents)
                best = _one_day_of_article(recent, i)
        if best is not None:
            m.date = best.date.isoformat()
            m.end_date = best.end_date.isoformat() if best.end_date else None
        elif ctx.published is not None and not earlier and not own_month:
            m.date = ctx.published.isoformat()


def _day_told_before(meetings: list[Meeting], m: Meeting, held_only: bool) -> "str | None":
    """The day of the nearest earlier meeting (held, with `held_only`) that shares one of `m`'s
    people: "later that day", "In the afternoon" tell no day of their own."""
    prev = next((o for o in reversed(meetings[:meetings.index(m)]) if o.date and (o.status == "held" or not held_only)
                 and set(o.participants) & set(m.participants)), None)
    return prev.date if prev is not None else None


def _day_of_place_talks(ctx: ArticleContext, m: Meeting, sents: list, i: int) -> "DateMention | None":
    """"... indirect talks in Oman on Friday. ... The Oman talks were led by A and B": the talks
    named by their place are those told with that place and a day earlier in the text."""
    hit = _PLACE_TALKS.search(m.evidence.text)
    if hit is None:
        return None
    told = re.compile(r"\b(?:talks|meeting|negotiations|summit)\b[^.;]{0,40}?\b(?:in|at) " + re.escape(hit.group(1)) + r"\b")
    body = ctx.text.find("\n")
    for j in range(i - 1, max(-1, i - 8), -1):
        if sents[j].start_char < body:
            break
        st = ctx.text[sents[j].start_char:sents[j].end_char]
        place = told.search(st)
        if place:
            ds = [d for d in _past_days_told(ctx, st) if d.start >= place.end()]  # "in Oman on Friday"
            if ds:
                return ds[0]
    return None


def _day_of_signed_deal(ctx: ArticleContext, m: Meeting, sents: list, i: int) -> "DateMention | None":
    """"The X Declaration, signed during a meeting between A and B": the day another sentence
    gives for the signing of that deal ("the signing of the X Declaration on 11 December")."""
    if "sign" not in m.evidence.text:
        return None
    dm = _NAMED_DEAL.search(m.evidence.text)
    if dm is None:
        return None
    name = re.sub(r"^(?:The|A|An|This|That) ", "", dm.group(0))
    if " " not in name:
        return None
    for j, sent in enumerate(sents):
        if j == i:
            continue
        st = ctx.text[sent.start_char:sent.end_char]
        if name in st and "sign" in st:
            days = [d for d in _past_days_told(ctx, st) if d.start > st.find(name) - 60]
            if days:
                return days[0]
    return None


def _past_days_told(ctx: ArticleContext, st: str) -> list[DateMention]:
    """The days a neighbouring sentence gives that can be a held meeting's: not a deadline,
    not "a day earlier" (which counts from another event), not ahead of publication, and not a
    bare weekday of a meeting still to come ("agreed to meet again on Monday", "will resume on
    Monday": that Monday is ahead, though a weekday alone would read as the last one)."""
    return [d for d in find_dates(st, ctx.published) if d.date and not _DEADLINE_BEFORE.search(st[:d.start])
            and not _ANAPHORIC_DAY.fullmatch(d.text)
            and not (d.text.lower() in WEEKDAYS and _AHEAD.search(st[:d.start]))
            and (ctx.published is None or d.date <= ctx.published)]


def _day_of_round(ctx: ArticleContext, m: Meeting, sents: list, i: int) -> "DateMention | None":
    """"In the fourth round of talks, the ministers on Sunday proposed ... A, B and C held the
    fourth round": the day told with the same numbered round in another sentence."""
    n = m.round or _round(m.evidence.text)
    if n is None:
        return None
    for j, sent in enumerate(sents):
        if j == i or sent.start_char < ctx.text.find("\n"):
            continue
        st = sent.text
        if _round(st) != n:
            continue
        ds = [d for d in _past_days_told(ctx, st) if d.end_date is None]
        if len({d.date for d in ds}) == 1:
            return ds[0]
    return None


def _recent_days(ctx: ArticleContext, sents: list) -> list[tuple[int, DateMention]]:
    """(sentence index, day) for every single day of the past week (the publication day
    included) that a sentence of the body tells."""
    if ctx.published is None:
        return []
    body = ctx.text.find("\n")
    return [(j, d) for j, sent in enumerate(sents) if sent.start_char >= body
            for d in _past_days_told(ctx, sent.text) if d.end_date is None and (ctx.published - d.date).days <= 7]


def _one_day_of_article(recent: list[tuple[int, DateMention]], own: int) -> "DateMention | None":
    """The one day of the past week the article's body tells (`_recent_days`), for a held
    meeting no sentence near it dates: a report that names a single recent day ("met on
    Tuesday" in its lead) tells its talks on that day, not on the day it was filed. Two
    different days told, and the text no longer says which is the talks'. A day in the
    meeting's own sentence (sentence `own`) that its reading left aside is another event's
    ("..., an official told reporters on Tuesday")."""
    days = [d for j, d in recent if j != own]
    return days[0] if len({d.date for d in days}) == 1 else None


def _named_day_of_talks(ctx: ArticleContext) -> "DateMention | None":
    """"Thursday's talks": the one past day the article gives its talks by name, for a held
    meeting whose own sentence has no day (rather than assuming the publication day)."""
    if ctx.published is None:
        return None
    found = {}
    for x in _DAY_OF_TALKS.finditer(ctx.text):
        word = x.group(0).split("'")[0].split("’")[0]
        day = ctx.published - dt.timedelta(days=1) if word == "yesterday" else \
            resolve_weekday(WEEKDAYS[word.lower()], ctx.published, future=False)
        found[day] = DateMention(0, len(word), word, day)
    return next(iter(found.values())) if len(found) == 1 else None


def _originally_scheduled(ctx: ArticleContext, m: Meeting, sents: list, starts: list[int]) -> None:
    """"X has postponed talks with Y. The meeting, originally scheduled for Friday (March 21),
    ...": a called-off meeting keeps the day it had been set for."""
    i = max(0, bisect_right(starts, m.evidence.start) - 1)
    for j in (i, i + 1, i + 2):
        if not 0 <= j < len(sents):
            continue
        st = ctx.text[sents[j].start_char:sents[j].end_char]
        hit = _ORIGINALLY.search(st)
        if hit is None:
            continue
        ds = [d for d in find_dates(st[hit.end():], ctx.published, future=True) if d.date and d.start < 40]
        if ds:
            m.date = ds[0].date.isoformat()
            m.end_date = ds[0].end_date.isoformat() if ds[0].end_date else None
            return


def _other_period(text: str) -> bool:
    """The meeting is told in a month without its day ("what X negotiated in July")."""
    return _OTHER_PERIOD.search(text) is not None


def _planned_date_nearby(ctx: ArticleContext, m: Meeting, sents: list, starts: list[int]) -> None:
    """"A and the delegations will be in Istanbul on Friday. ... A will host B, C and D.":
    the day of a planned meeting may be fixed by a neighbouring sentence that names one of
    its participants and a day after publication."""
    if _VAGUE_AHEAD.search(m.evidence.text):
        return  # "agreed to speak again next week": its own sentence leaves the day open
    i = max(0, bisect_right(starts, m.evidence.start) - 1)
    body = ctx.text.find("\n")
    for off in (-1, 1, -2, 2, -3, 3):
        j = i + off
        if not 0 <= j < len(sents) or sents[j].start_char < body:
            continue
        who = {x.target for x in ctx.mentions_in(sents[j].start_char, sents[j].end_char)}
        st = ctx.text[sents[j].start_char:sents[j].end_char]
        # "Iran and the US will hold talks on February 6. ... the negotiations would involve A and B":
        # the same talks told by their sides, not by a participant
        sides = set(ctx.parties_in(sents[j].start_char, sents[j].end_char)) & set(m.parties)
        if abs(off) == 3 and not (_TALK_WORDS.search(st) and len(sides) >= 2):
            continue
        if not who & set(m.participants) and not (_TALK_WORDS.search(st) and (sides and (
                abs(off) == 1 or len(sides) >= 2) or off == -1 and not who and not _TALK_WORDS.search(m.evidence.text))):
            # ("Officials of both countries will meet in X on March 20. The A team will be led
            # by B, ...": the talks the sentence before announced, told with no names)
            continue
        # a day the neighbour itself tells of the past ("A met B on Monday") is no day to come:
        # a bare weekday read forward counts only where the neighbour speaks of what is ahead
        # ahead: the words `_status` reads a plan by ("will meet on Friday", "talks set for Monday")
        ahead = any(t.lower_ in _FUTURE_AUX or t.lemma_.lower() in _PLAN for t in sents[j]) or not any(
            t.tag_ == "VBD" and t.lemma_.lower() not in _SAYING_LEMMAS for t in sents[j])
        past = None if ahead else {(d.start, d.date) for d in find_dates(st, ctx.published, future=False)}
        ds = [d for d in find_dates(st, ctx.published, future=True)
              if d.date and d.date >= ctx.published and not _DEADLINE_BEFORE.search(st[:d.start])
              and (past is None or (d.start, d.date) in past)
              and (d.date > ctx.published or re.search(r"\b(?:will|are|is|set|scheduled|due|expected)\b", st))]
        if ds:
            m.date = ds[0].date.isoformat()
            m.end_date = ds[0].end_date.isoformat() if ds[0].end_date else None
            return
    for off in (0, -1, -2, -3, -4):  # "Negotiations will continue ... from 1 pm": a clock time and no day is today
        j = i + off
        if 0 <= j < len(sents) and sents[j].start_char >= body:
            st = ctx.text[sents[j].start_char:sents[j].end_char]
            if _CLOCK_AHEAD.search(st) and _TALK_WORDS.search(st) and not find_dates(st, ctx.published):
                m.date = ctx.published.isoformat()
                return


# a clock time the talks start or go on from ("will continue from 1 pm", "at 3 p.m.")
_CLOCK_AHEAD = re.compile(r"\b(?:from|at)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)(?!\w)", re.IGNORECASE)


def _compatible(a: _Draft, b: _Draft) -> bool:
    if a.status != b.status:
        return False
    da = a.date.date if a.date and not a.weak_date else None
    db = b.date.date if b.date and not b.weak_date else None
    if da and db and da != db:
        return False
    if a.duration and b.duration and a.duration != b.duration:
        return False
    if a.kind != b.kind and "unknown" not in (a.kind, b.kind):
        return False
    return True


def _pair_sides(ctx: ArticleContext, kept: list[_Draft], lone: list[_Draft], one_side) -> list[_Draft]:
    """"X will represent the United States in the talks on Saturday. ... Y and Z will lead the
    talks on the Iranian side": each side of one meeting told in its own sentence. A one-side
    mention joins, within three sentences, the nearest mention of the *other* side with the
    same status and a compatible day (a one-side mention of the other side, or a meeting whose
    parties name this side as the counterpart); alone it is not an encounter and is dropped."""
    pool = kept + lone
    pool.sort(key=lambda d: d.order)
    gone: set[int] = set()
    for d in sorted(lone, key=lambda d: d.order):
        if id(d) in gone:
            continue
        side = next(ctx.country_of(p) for p in d.participants)
        best = None
        for o in pool:
            if o is d or id(o) in gone or abs(o.order - d.order) > 3 or o.status != d.status \
                    or not _compatible(o, d) or set(o.participants) & set(d.participants):
                continue
            o_sides = {ctx.country_of(p) for p in o.participants} - {None}
            if side in o_sides:
                continue
            if (o in lone and o_sides) or (o not in lone and side in o.parties):
                if best is None or abs(o.order - d.order) < abs(best.order - d.order):
                    best = o
        if best is None:
            continue
        first, second = (best, d) if best.order <= d.order else (d, best)
        first.participants = unique(first.participants + second.participants)
        first.parties = unique(first.parties + second.parties)
        first.topics = unique(first.topics + second.topics)
        if first.date is None or first.date.date is None:
            first.date = second.date
        first.location = first.location or second.location
        first.round = first.round or second.round
        first.duration = first.duration or second.duration
        gone.add(id(second))
        if second in kept:
            kept.remove(second)
        if first in lone:
            lone.remove(first)
            kept.append(first)
    kept.sort(key=lambda d: d.order)
    return kept


def _beside_participants(ctx: ArticleContext, sent: "Span", stext: str, beside: re.Match[str],
                         mentions: list[Mention], drafts: list[_Draft], si: int) -> bool:
    """"Alongside his French counterpart A and Germany's B, C said ...": when C took part in a
    held meeting told in the last three sentences, the people named beside C were there too."""
    cut = sent.start_char + beside.end()
    fronted = [m.target for m in mentions if m.end <= cut and m.how in ("name", "title")]
    speakers = [m.target for m in mentions if m.start >= cut and m.how in ("name", "title")]
    if not fronted or not speakers:
        return False
    host = next((d for d in reversed(drafts) if 0 <= si - d.order <= 3 and d.status == "held"
                 and speakers[0] in d.participants), None)
    if host is None:
        return False
    for who in fronted:
        _seat(ctx, host, who)
    return True


def _off_to_a_forum(ctx: ArticleContext, d: _Draft) -> bool:
    """One person whose only counterparts are multilateral forums ("X left to attend the APEC
    summit"): no counterpart is told (but "met senior IMF officials": its people; "held talks
    with the IMF": a lender across the table)."""
    if len(d.participants) != 1:
        return False
    others = set(d.parties) - set(d.venues) - {ctx.country_of(d.participants[0])}
    return bool(others) and others <= _FORUMS and not _FORUM_PEOPLE.search(d.sent.text) \
        and not _WITH_LENDER.search(d.sent.text)


def _seat(ctx: ArticleContext, meeting: "_Draft", who: str) -> None:
    """Add a person to a meeting told before, with the side they speak for."""
    if who not in meeting.participants:
        meeting.participants.append(who)
        c = ctx.country_of(who)
        if c and c not in meeting.parties:
            meeting.parties.append(c)


def _mirror_singles(ctx: ArticleContext, final: list[_Draft]) -> list[_Draft]:
    """"A, B and C called on Y to ..., following discussions with Y's minister X. ... A's minister
    Z told reporters after Friday's talks ...": two tellings of one encounter (one of them in
    passing, as the time of something else), one naming one
    person, each with the other's people's sides among its parties (or the other told with its
    own sides only, which alone is no encounter), close together and compatible, are one
    meeting of all of them."""
    def sides_of(d: _Draft) -> set:
        return {ctx.country_of(p) for p in d.participants}

    def same_place(a: _Draft, b: _Draft) -> bool:  # (talks in Washington and a mission to Dhaka are two)
        return not (a.location and b.location and a.location != b.location) and bool(
            _TOLD_IN_PASSING.search(a.sent.text) or _TOLD_IN_PASSING.search(b.sent.text))

    out: list[_Draft] = []
    for d in final:
        own = ctx.country_of(d.participants[0]) if len(d.participants) == 1 else None
        mate = next((o for o in out if own and abs(d.order - o.order) <= 4 and o.status == d.status
                     and _compatible(o, d) and same_place(o, d) and None not in (other := sides_of(o)) and own not in other
                     and other <= set(d.parties) and (own in o.parties or set(o.parties) <= set(d.parties))),
                    None)
        if mate is None:
            own = None
            mate = next((o for o in out if len(o.participants) == 1 and abs(d.order - o.order) <= 4
                         and o.status == d.status and _compatible(o, d) and same_place(o, d)
                         and (one := ctx.country_of(o.participants[0])) and None not in (other := sides_of(d))
                         and one not in other and other <= set(o.parties)
                         and (one in d.parties or set(d.parties) <= set(o.parties))), None)
        if mate is None:
            out.append(d)
            continue
        mate.participants = unique(mate.participants + d.participants)
        mate.parties = unique(mate.parties + d.parties)
        mate.topics = unique(mate.topics + d.topics)
        if mate.date is None or mate.date.date is None or (mate.weak_date and d.date and not d.weak_date):
            mate.date, mate.weak_date = d.date, d.weak_date
        mate.location = mate.location or d.location
        mate.duration = mate.duration or d.duration
        if mate.kind == "unknown":
            mate.kind = d.kind
    return out


# "X, who hosted the talks, said ...", "X hosted the opening session": the host of the talks told
_HOSTED_THE_TALKS = re.compile(r"\b(?:(?:who|which) (?:hosted|mediated|chaired|brokered) the "
                               r"(?:talks|meeting|negotiations)|"
                               r"(?:hosted|chaired|opened) the (?:opening|first|closing|final) (?:session|round))\b")


def _sides_covered(ctx: ArticleContext, d: _Draft, o: _Draft) -> bool:
    """Are the sides across the table of `d`'s one person among `o`'s, all but one at most ("X will
    meet his counterparts from A, B and C" is not covered by X's meeting with Y of D)?"""
    own = ctx.country_of(d.participants[0])
    across = set(d.parties) - set(d.venues) - {own}
    return len(across - set(o.parties) - {ctx.country_of(p) for p in o.participants}) < 2


def _merge(ctx: ArticleContext, drafts: list[_Draft]) -> list[Meeting]:
    merged: list[_Draft] = []
    for d in drafts:
        target = None
        for m in merged:
            if d.distinct and m.order < d.order:
                continue
            if set(m.participants) == set(d.participants) and _compatible(m, d) and not (
                    d.date is None and _PERIOD.search(d.sent.text) and not _PERIOD.search(m.sent.text)):
                target = m  # (not "At the end of August, X traveled ...": another time)
                break
        if target is None and d.anaphoric and not d.distinct:
            # "The meetings, scheduled for Saturday and Sunday, ...": the people were only
            # recalled from the text before, so it is the meeting told there
            target = next((m for m in reversed(merged) if set(d.participants) <= set(m.participants)
                           and _compatible(m, d) and d.order - m.order <= 4), None)
        if target is None and not d.distinct and d.date is not None and d.date.date is not None and not d.weak_date:
            # "A, B and C held a call with D on Friday. A confirmed the call involved B and C": part
            # of the people of the same kind of meeting on the same day, told in the next sentence
            target = next((m for m in reversed(merged) if 0 < d.order - m.order <= 1
                           and set(d.participants) < set(m.participants) and _compatible(m, d)
                           and m.kind == d.kind != "unknown" and m.date is not None and not m.weak_date
                           and m.date.date == d.date.date), None)
        if target is None and d.refers_back and not d.distinct:
            target = next((m for m in reversed(merged) if d.order - m.order <= 12 and (_compatible(m, d) or (
                d.date is None and m.status != "cancelled" and _compatible(m, replace(d, status=m.status))))
                and not (d.they_named and not set(m.participants) & set(d.participants))), None)
            # (when "they" are people named before, the meeting told back is one of theirs)
            # (an undated "The meeting with A and B comes as ...": the one told, whatever its tense)
            if target is not None:
                target.participants = unique(target.participants + d.participants)
        if target is None:
            merged.append(d)
            continue
        if target.date is None or target.date.date is None or (target.weak_date and d.date and not d.weak_date):
            target.date = d.date
            target.weak_date = d.weak_date
        target.duration = target.duration or d.duration
        target.location = target.location or d.location
        target.round = target.round or d.round
        if target.kind == "unknown":
            target.kind = d.kind
        target.parties = unique(target.parties + d.parties)
        target.topics = unique(target.topics + d.topics)
    # a one-person mention of a meeting that a fuller mention already covers adds nothing
    final: list[_Draft] = []
    for d in merged:
        if len(d.participants) == 1 and d.date is None and _PERIOD.search(d.sent.text) and d.status == "held":
            final.append(d)  # "At the end of August, X traveled to Hungary for talks": another, earlier trip
            continue
        cover = next((o for o in merged if len(d.participants) == 1 and o is not d
                      and d.participants[0] in o.participants and len(o.participants) >= 2
                      and _sides_covered(ctx, d, o)
                      and (o.status == d.status or (d.date is None and o.status == "held" and d.status != "cancelled") or (
                          d.date is not None and o.date is not None and d.date.date == o.date.date) or (
                          d.date is None and re.search(r"\bthe (?:meeting|talks|session|summit)\b", d.sent.text)))),
                     None)
        if cover is not None:
            undated = cover.date is None or cover.date.date is None
            if d.date is not None and d.date.date is not None and not d.weak_date and cover.status == d.status \
                    and ((cover.weak_date and abs(d.order - cover.order) <= 3)
                         or (undated and 0 < cover.order - d.order <= 8)):
                # "X and Y said yesterday they had met Z. It said: 'We met Z on ...'": the day
                # told for the meeting itself replaces the day of the statement; "X met US
                # officials on Monday ... X met with A and B": the fuller telling's day
                cover.date, cover.weak_date = d.date, False
            continue  # (an undated "before the Putin meeting" refers back to a told meeting)
        if len(d.participants) == 1 and (_DEFINITE_TALKS.search(d.sent.text) or _HOSTED_THE_TALKS.search(d.sent.text)):
            # "A and B met on Monday ... The talks, hosted by C, aimed to ...": C joins the
            # talks just told, whose sides are the ones C's mention names
            own = ctx.country_of(d.participants[0])
            others = set(d.parties) - set(d.venues) - {own}
            host = next((o for o in reversed(final) if (len(o.participants) >= 2 or not o.participants and len(
                set(o.parties) - set(o.venues)) >= 2) and 0 < d.order - o.order <= 8
                         and others <= set(o.parties) and _compatible(o, d)), None)
            # (also talks told by their sides alone, whose people the next sentence names)
            if host is not None:
                host.participants = unique(host.participants + d.participants)
                if own and own not in host.parties:
                    host.parties.append(own)
                continue
        final.append(d)
    # "... a special meeting chaired by A. In the meeting, B and C ...": the people told in the
    # meeting just named join its chair
    for d in list(final):
        if len(d.participants) >= 2 and _IN_THE_MEETING.search(d.sent.text):
            o = next((o for o in reversed(final) if o is not d and len(o.participants) == 1
                      and 0 < d.order - o.order <= 3 and _compatible(o, d)), None)
            if o is not None:
                d.participants = unique(o.participants + d.participants)
                d.parties = unique(o.parties + d.parties)
                final.remove(o)
    # "A held a call on Friday with the ministers of B, C and D ... X confirmed the call involved
    # E, F and G": the people of the call told back by its definite noun sit in the call told
    for d in list(final):
        if d.participants and _TOLD_COMPOSITION.search(d.sent.text):
            sides = {ctx.country_of(p) for p in d.participants} - {None}
            o = next((o for o in reversed(final) if o is not d and 0 < d.order - o.order <= 3 and o.participants
                      and not set(o.participants) & set(d.participants) and _compatible(o, d)
                      and sides <= set(o.parties) | {ctx.country_of(p) for p in o.participants}), None)
            if o is not None:
                o.participants = unique(o.participants + d.participants)
                o.parties = unique(o.parties + d.parties)
                o.topics = unique(o.topics + d.topics)
                final.remove(d)
    # "A is expected to meet B's and C's envoys. The meetings with D and E will come ...": the
    # people of a meeting told back by its definite noun and "with" meet the subject told before
    for d in list(final):
        if len(d.participants) >= 1 and _MEETING_WITH.search(d.sent.text):
            o = next((o for o in reversed(final) if o is not d and 0 < d.order - o.order <= 3
                      and 1 <= len(o.participants) <= 2 and not set(o.participants) & set(d.participants)
                      and _compatible(o, d)), None)
            if o is not None:
                o.participants = unique(o.participants + d.participants)
                o.parties = unique(o.parties + d.parties)
                o.topics = unique(o.topics + d.topics)
                if o.date is None or o.date.date is None:
                    o.date = d.date
                final.remove(d)
    final = _mirror_singles(ctx, final)
    # one side only ("Bessent and Greer were meeting", "X thanked Trump for hosting the talks"):
    # not an encounter of parties by itself; its people join a meeting of theirs with the other
    # side on the same day, else it is dropped
    main = _main_parties(ctx)

    def one_side(d: _Draft) -> bool:
        sides = {ctx.country_of(p) for p in d.participants}
        if not (None not in sides and len(sides) == 1 and set(d.parties) - set(d.venues) <= sides):
            return False
        # "The talks, held in New Delhi, were led by X" (X of the US): the article's own talks,
        # hosted by its other side; "a staff mission led by X visited Dhaka": a visit to the
        # capital of the article's other side
        return not ((_DEFINITE_TALKS.search(d.sent.text) or _VISITED.search(d.sent.text))
                    and (set(d.venues) - sides) & set(main))

    kept: list[_Draft] = []
    lone: list[_Draft] = []
    for d in final:
        if not one_side(d):
            kept.append(d)
            continue
        host = next((o for o in final if o is not d and not one_side(o) and o.status == d.status
                     and set(o.participants) & set(d.participants) and _compatible(o, d)), None)
        if host is not None:
            host.participants = unique(host.participants + d.participants)
        else:
            lone.append(d)
    final = _pair_sides(ctx, kept, lone, one_side)
    # "The delegation met with President X, joined by A and B": a shared person, the same day
    # and no side the earlier meeting lacks: more people of the meeting already told
    for d in list(final):
        sides = {ctx.country_of(p) for p in d.participants} - {None}
        told = _TO_THE_MEETING.search(d.sent.text)  # "B and C accompanied A to the meeting"
        told_before = told is not None and not d.sent.text[told.end():].startswith(" with ")
        # (not "At the meeting with Minister Y, ...": a meeting of its own, with Y)
        if not (_GROUP_SUBJECT.search(d.sent.text) or told_before) or d.distinct:
            continue
        host = next((o for o in reversed(final) if o is not d and o.order < d.order
                     and d.order - o.order <= (10 if told_before else 6)
                     and o.status == d.status and set(o.participants) & set(d.participants)
                     and (o.date is not None or told_before)
                     and (d.date.date == o.date.date if d.date is not None and o.date is not None else told_before)
                     and sides | (set(d.parties) - set(d.venues)) <= set(o.parties)), None)
        if host is not None and not set(d.participants) <= set(host.participants):
            # (also "X, who was in the delegation that accompanied A at the talks": the talks
            # told before, whose day may be fixed only later)
            host.participants = unique(host.participants + d.participants)
            if host.date is None or host.date.date is None:
                host.date = d.date
            final.remove(d)
    _witnesses_join(final)
    _sides_of_talks_told(final)
    final = [d for d in final if not _off_to_a_forum(ctx, d)]  # no encounter of parties
    out: list[Meeting] = []
    for d in final:
        ev = make_evidence(ctx.text, d.sent.start_char, d.sent.end_char)
        parties = d.parties
        if len(d.participants) == 1:
            # "X will attend talks with China in Stockholm": Sweden only hosts; with one named
            # person the sides are what the pairs are read from
            own = ctx.country_of(d.participants[0])
            hosts = set(main) if _DEFINITE_TALKS.search(d.sent.text) else set()  # "The talks, held in Delhi, ..."
            parties = [p for p in parties if p not in d.venues or p == own or p in hosts] or parties
        parties = unique(x for p in parties for x in GROUP_MEMBERS.get(p, [p]))  # "the E3": its three
        out.append(Meeting(
            participants=d.participants, parties=parties,
            date=d.date.date.isoformat() if d.date and d.date.date else None,
            end_date=d.date.end_date.isoformat() if d.date and d.date.end_date else None,
            kind=_placed(d.kind, d.location), status=d.status, location=d.location, duration_minutes=d.duration,
            round=d.round, topics=d.topics, evidence=ev))
    return out


def _witnesses_join(final: list[_Draft]) -> None:
    """"X called off the strike after talks with the minister Y. The talks were held in the
    presence of A and B": those present sat in on the talks told last (at most six sentences
    back, the same status), not at talks of their own."""
    for d in list(final):
        if not _IN_THE_PRESENCE.search(d.sent.text):
            continue
        host = next((o for o in reversed(final) if o is not d and 0 < d.order - o.order <= 6
                     and o.status == d.status), None)
        if host is not None:
            host.participants = unique(host.participants + d.participants)
            host.parties = unique(host.parties + d.parties)
            final.remove(d)


def _sides_of_talks_told(final: list[_Draft]) -> None:
    """"X confirmed the upcoming virtual talks", "Y is expected to join the talks on Tuesday":
    one person at "the talks", with no side told, is at talks told before, whose sides are
    those the nearest earlier meeting with two sides named (at most six sentences back)."""
    for d in final:
        if len(d.participants) != 1 or set(d.parties) - set(d.venues) or not _THE_TALKS.search(d.sent.text):
            continue
        host = next((o for o in reversed(final) if o is not d and 0 < d.order - o.order <= 6
                     and len(set(o.parties) - set(o.venues)) >= 2), None)
        if host is not None:
            d.parties = unique(d.parties + [p for p in host.parties if p not in host.venues])


def _placed(kind: str, location: "str | None") -> str:
    """A meeting told with no word for how it was held, but at a named place, was held in person
    (a call or a video link is told as such)."""
    return "in_person" if kind == "unknown" and location else kind


def date_added_meetings(ctx: ArticleContext, meetings: list[Meeting], added: list[Meeting]) -> None:
    """Days for meetings found by other means (`learned_pairs`): a meeting the rules found in
    the same sentence lends its day, status and kind; else the rules' fallbacks for a meeting
    still without a day (a neighbouring sentence's day of the talks, the publication day)."""
    told = {m.evidence.start: m for m in meetings if m.evidence is not None}
    for m in added:
        same = told.get(m.evidence.start) if m.evidence is not None else None
        if same is not None:
            m.status, m.kind = same.status, same.kind
            if m.date is None:
                m.date, m.end_date = same.date, same.end_date
    every = sorted(meetings + added, key=lambda m: m.evidence.start if m.evidence is not None else -1)
    _fallback_dates(ctx, every, only=[m for m in added if m.date is None])


def told_meeting(ctx: ArticleContext, sent: "Span", word: "Token", people: list[str],
                 sides: list[str]) -> Meeting | None:
    """A meeting of `people` (and `sides`) told by `sent` around `word`, with the status, day,
    kind, place, round and topics these rules read from a sentence; None when the sentence
    only wishes for it. For meetings found by other means (`learned_pairs`)."""
    word = _trigger(sent) or word  # the sentence's meeting word, where it has one, tells status and day
    status = _status(sent, word)
    if status is None or _looked_forward(people, sent):
        return None
    stext = ctx.text[sent.start_char:sent.end_char]
    dates = [d for d in find_dates(stext, ctx.published, future=status == "planned")
             if not _DEADLINE_BEFORE.search(stext[:d.start])]  # ("has until Saturday to find a deal with X")
    day = _pick_date(dates, word.idx - sent.start_char, sent, word)
    parties = unique([c for c in (ctx.country_of(p) for p in people) if c] + sides)
    place = _location(sent)
    return Meeting(
        participants=list(people), parties=parties,
        date=day.date.isoformat() if day and day.date else None,
        end_date=day.end_date.isoformat() if day and day.end_date else None,
        kind=_placed(_kind(stext, word), place), status=status, location=place, round=_round(stext),
        topics=topics_in(stext), evidence=make_evidence(ctx.text, sent.start_char, sent.end_char))


def _looked_forward(people: list[str], sent: "Span") -> bool:
    """"X looks forward to continuing direct contact with Y in the near future": a wish, even
    where the sentence has no meeting word of its own to tell it by (one of the people named
    inside what is looked forward to)."""
    name_words = {w for n in people for w in n.split() if w[:1].isupper()}
    return any(t.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in t.children)
               and any(w.text in name_words for w in t.subtree if w.i > t.i) for t in sent)
