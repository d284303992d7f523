"""A meeting in the making (`_Draft`) and its facts read from the sentence: status (held,
planned, cancelled), kind (in person, phone, video), place, round, duration, and its day (the
date phrase the meeting word governs, not a deadline or another clause's day), plus a second
session told in the same sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..context import ArticleContext, Mention, unique
from ..dates import DateMention, find_dates
from ..lexicon import PLACES
from .lexicon import (
    MEETING_NOUNS, MEETING_VERBS, _ATTEMPT_NOUNS, _CALL_PHRASE, _CANCEL, _COMMISSION, _DAYS_LONG,
    _DAY_WORDS, _DURATION, _ENDED_LEMMAS, _FUTURE_AUX, _IN_PERSON, _MOTION_VERBS, _NUM, _ORDINALS,
    _PART_OF_DAY, _PEOPLE_NOUNS, _PHONE, _PLAN, _REPORT_VERBS, _RESTART_NOUNS, _RESTART_VERBS, _ROUND,
    _TRIP_VERBS, _VIDEO, _WISH,
)
from .triggers import _ancestors, _marked_clause, _past_perfect, _trigger_scan, _verb_above
from .participants import _clause_role, _excluded, _named_in, _parties
from .speakers import _pronoun_subject

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


@dataclass
class _Draft:
    participants: list[str]
    parties: list[str]
    date: DateMention | None
    kind: str
    status: str
    location: str | None
    duration: int | None
    round: int | None
    topics: list[str]
    sent: "Span"
    order: int = 0
    extra_dates: list = field(default_factory=list)
    venues: list = field(default_factory=list)
    anaphoric: bool = False
    distinct: bool = False  # "the talks followed a meeting ...": another meeting than the one told
    by_sides: bool = False  # told only by its sides ("a meeting of the two delegations"); members came later
    weak_date: bool = False  # the day is the main clause's ("left Wednesday after a meeting"), a guess
    later_day: bool = False  # "..., before travelling to Y to meet C": a day after the one told, unknown
    sessions: "list | None" = field(default=None, compare=False, repr=False)  # the sessions of one sides-only sentence, one per counterpart and day
    refers_back: bool = False  # "That meeting included A and B": the meeting just told, with more people
    # "They were received by X": "they" are people named before, so the meeting told back is theirs
    they_named: bool = False


def _relative_session(ctx: ArticleContext, noun: "Token", mentions: list[Mention], si: int) -> "_Draft | None":
    """"A met B, who led the first round of talks with C on Saturday": the talks of a relative
    clause on a person are that person's with the people named in them, a meeting of their own."""
    rel = next((a for a in _ancestors(noun, 3) if a.dep_ == "relcl" and a.pos_ == "VERB"), None)
    if rel is None or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in rel.children):
        return None
    if any(c.lower_ in ("separate", "individual") for c in noun.children):
        return None  # "who also held separate meetings with A and B": one each, read elsewhere
    status = _status(noun.sent, noun)
    if status is None:
        return None
    named = [m for m in mentions if m.how in ("name", "title")]
    everyone = [m.target for m in named]
    own = _named_in(ctx.doc, named, everyone, {t.i for t in noun.subtree})
    host = _named_in(ctx.doc, named, everyone, {rel.head.i})[:1]
    if not host or not own:
        return None
    people = unique(host + own)
    sides = unique(p for p in (ctx.country_of(x) for x in people) if p)
    when = next((d for d in find_dates(ctx.text[noun.sent.start_char:noun.sent.end_char], ctx.published)
                 if d.date is not None and noun.sent.start_char + d.start >= rel.idx), None)
    return _Draft(people, sides, when, "unknown", status, None, None, None, [], noun.sent, si, distinct=True)


def _second_session(ctx: ArticleContext, sent: "Span", trig: "Token", got: list[_Draft],
                    mentions: list[Mention], si: int, skip: set[int],
                    recent: "list[Mention] | None" = None) -> "_Draft | None":
    """"A sat down with B on Friday, then spent 45 minutes with C", "..., where he will hold
    talks with D": a second meeting verb of the sentence with people of its own."""
    # (not the first verb's own meeting noun: "held talks with B ..., a day after meeting C")
    own_noun = {c.i for c in trig.children if c.dep_ == "dobj" and c.lower_ in MEETING_NOUNS}
    t2 = _trigger_scan(sent, skip | {trig.i} | own_noun)
    if t2 is not None and t2.pos_ == "NOUN":
        return _relative_session(ctx, t2, mentions, si)
    if t2 is None or t2.pos_ != "VERB" or t2.i in {t.i for t in _ancestors(trig)}:
        return None
    if _status(sent, t2) is None:
        return None
    sub = {t.i for t in t2.subtree}
    if trig.i in sub:
        return None
    told = {p for d in got for p in d.participants}
    own: list[str] = []
    for m in mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.i in sub and m.how in ("name", "title", "pronoun") and \
                not _excluded(span.root, t2, {a.i for a in _ancestors(t2)} | {t2.i}):
            own.append(m.target)
    named_subj = [m.target for m in mentions if m.how in ("name", "title")
                  and (sp := ctx.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                  and sp.root.dep_ in ("nsubj", "nsubjpass") and sp.root.head.i == t2.i]
    own = [p for p in unique(own) if p not in told]  # people of the first meeting return only as subject
    if not own:
        return None
    pron = _pronoun_subject(ctx, sent, t2, recent or [])
    if pron is not None:
        own = unique([pron] + own)
    elif named_subj:
        own = unique(named_subj + own)  # "..., where A hosted B, two days after A met C": A again
    elif not any(c.dep_ in ("nsubj", "nsubjpass") for c in t2.children):
        # "then spent ... with C": the subject of the first verb goes on
        # (the subject may sit on the verb above: "A will travel to X to meet B, before travelling to Y
        # to meet C")
        verb = next((v for v in [trig] + _ancestors(trig, 3)
                     if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)), trig)
        subj = [m.target for m in mentions if (sp := ctx.doc.char_span(m.start, m.end, alignment_mode="expand"))
                is not None and (f := _clause_role(sp.root)).dep_ in ("nsubj", "nsubjpass") and f.head.i == verb.i]
        # (each of a joint subject: "A and B met X, before holding talks with Y"; also "The US envoy,
        # A, held talks with B, a day after meeting C": A in apposition to the subject)
        own = unique(subj + own)
    if len(own) < 2:
        return None
    lo = t2.i
    hi = max(sub) if sub else t2.i
    c0, c1 = ctx.doc[lo].idx - sent.start_char, ctx.doc[hi].idx + len(ctx.doc[hi]) - sent.start_char
    stext = ctx.text[sent.start_char:sent.end_char]
    status = _status(sent, t2)
    found = find_dates(stext, ctx.published, future=status == "planned")
    ds = [d for d in found if c0 <= d.start < c1 and d.date]
    durs = [_minutes(m) for m in _DURATION.finditer(stext) if c0 <= m.start() < c1]
    base = got[0]
    if not ds:
        counted = _counted_from_day_told(ctx, sent, t2, found)  # "..., a day after holding talks with C"
        ds = [counted] if counted is not None else []
    later = not ds and any(a.lower_ in ("before", "after") and a.dep_ == "prep" for a in _ancestors(t2, 3)) \
        and not _PART_OF_DAY.search(stext[:c0])  # ("met A in the morning before seeing B": that day)
    return _Draft(own, _parties(ctx, sent, own), ds[0] if ds else None, _kind(stext, t2), status,
                  None, durs[0] if durs else None, None, base.topics, sent, si, venues=base.venues,
                  later_day=later)


def _counted_from_day_told(ctx: ArticleContext, sent: "Span", word: "Token",
                           dates: list[DateMention]) -> "DateMention | None":
    """"A met B on Tuesday, a day after holding talks with C": the talks with C lie that count of
    days from the day the sentence tells (Monday), not on it (from the day of the report when the
    sentence tells none)."""
    prep = next((a for a in _ancestors(word, 3) if a.dep_ == "prep" and a.lower_ in ("after", "before")), None)
    if prep is None or ctx.published is None:
        return None
    off = next((x for x in dates if x.relation == "prep" and x.date is not None
                and x.end == prep.idx + len(prep.text) - sent.start_char), None)
    if off is None:
        return None
    # (a sentence with no day of its own tells the day of the report, as its meeting is read)
    own = next((x.date for x in dates if x.relation is None and x.date is not None), ctx.published)
    return DateMention(off.start, off.end, off.text, own + (off.date - ctx.published), None, "prep-own")


def _past_motion(trig: "Token") -> "Token | None":
    """"X traveled to Y on Sunday to meet Z": the past-tense motion verb the meeting is the
    purpose of, else None."""
    h = trig.head
    if trig.pos_ == "VERB" and trig.dep_ in ("advcl", "xcomp") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children) and \
            h.lemma_.lower() in _MOTION_VERBS and (h.tag_ == "VBD" or _past_perfect(h)):
        return h  # (also "X had travelled to Y last Friday to meet Z")
    return None


def _span_back(ctx: ArticleContext, sent: "Span", trig: "Token", d: DateMention) -> DateMention:
    """"The talks concluded on Saturday ... the two-day summit": the day told is the last one;
    the meeting ran from the days before it."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    if verb.lemma_.lower() not in ("conclude", "end", "wrap", "close", "finish"):
        return d
    nxt = ctx.text[sent.end_char:sent.end_char + 300].split("\n")[0]
    m = _DAYS_LONG.search(sent.text) or _DAYS_LONG.search(nxt[:nxt.find(".") + 1] if "." in nxt else nxt)
    if m is None:
        return d
    n = _NUM.get(m.group(1).lower()) or int(m.group(1))
    return DateMention(d.start, d.end, d.text, d.date - dt.timedelta(days=n - 1), d.date, d.relation)


def _days_of_talks_before(sent: "Span", trig: "Token", d: DateMention) -> DateMention:
    """"X was back home on Tuesday after a day of talks in Y": the day told is the return's;
    the talks filled the day(s) before it."""
    if trig.pos_ != "NOUN" or trig.head.lower_ != "of":
        return d
    span = trig.head.head
    if span.lemma_.lower() != "day" or span.head.lower_ not in ("after", "following") or \
            span.head.dep_ != "prep":
        return d
    num = next((c for c in span.children if c.dep_ in ("det", "nummod") and c.lower_ in _NUM), None)
    if num is None or any(t.idx - sent.start_char == d.start for t in span.head.subtree):
        return d  # no count of days, or the day told is inside the "after ..." phrase
    n = _NUM[num.lower_]
    end = d.date - dt.timedelta(days=1)
    return DateMention(d.start, d.end, d.text, end - dt.timedelta(days=n - 1), end if n > 1 else None, d.relation)


def _trip_for(trig: "Token") -> "Token | None":
    """The journey verb a meeting noun is the purpose of ("leave for Oman for talks"), else None."""
    h = trig.head
    if trig.pos_ == "NOUN" and trig.dep_ == "pobj" and h.lower_ == "for" and h.head.lemma_.lower() in _TRIP_VERBS:
        return h.head
    return None


def _verb_above_date(sent: "Span", d: DateMention, trig: "Token") -> "Token | None":
    """The first verb above a date phrase in the parse (within six steps), or None when the
    climb meets the meeting word or the root first: the clause the day belongs to."""
    tok = sent.char_span(d.start, d.end, alignment_mode="expand")
    if tok is None:
        return None
    h = tok.root
    for _ in range(6):
        if h.head == h:
            return None
        h = h.head
        if h.i == trig.i:
            return None
        if h.pos_ in ("VERB", "AUX"):
            return h
    return None


def _date_of_other_clause(sent: "Span", d: DateMention, trig: "Token") -> bool:
    """"... to reach an agreement at a G7 summit set to start Monday": the day sits in a clause
    hanging on another noun, apart from the meeting word and its verbs."""
    if _date_of_other_meeting(sent, d, trig):
        return True
    h = _verb_above_date(sent, d, trig)
    if h is None:
        return False
    trig_anc = {a.i for a in _ancestors(trig)}
    if h.i in trig_anc or trig.i in {t.i for t in h.subtree}:
        return False
    if h.tag_ == "VBG" and h.dep_ == "acl" and h.i in {t.i for t in trig.subtree}:
        return False  # "a meeting of the ceasefire monitoring mechanism ... on Wednesday": a misparse
    if h.dep_ == "acl" and h.tag_ == "VBN" and h.lemma_.lower() in ("hold", "convene", "conduct") and \
            h.i in {t.i for t in trig.head.subtree}:
        return False  # "the round of talks on a trade deal, held in X from May 19 to 22": the talks' days
    if h.tag_ == "VBG" and h.lemma_.lower() in ("start", "begin") and h.dep_ in ("advcl", "acl"):
        return False  # "in Beijing for two days of talks starting on Tuesday": the talks' first day
    # a verb modifying a noun ("summit set to start Monday", "deadline that expires")
    v = h
    while v.dep_ in ("xcomp", "aux", "conj", "acomp") and v.head != v:
        v = v.head  # (also "the summit, which is due to open ... from Oct. 31")
    if v.dep_ in ("ccomp", "conj", "advcl", "parataxis") and v.head.i in trig_anc and \
            h.lemma_.lower() not in MEETING_VERBS:
        return True  # a sibling clause: "officials will on Saturday continue ..., X said at the
        # end of the second day of meetings involving A and B"
    return v.dep_ in ("acl", "relcl") and v.head.i != trig.i and v.head.pos_ in ("NOUN", "PROPN") \
        and v.head.lemma_.lower() not in _PEOPLE_NOUNS | {"visit", "trip", "stay", "tour"} \
        and v.head.ent_type_ != "PERSON"  # (but "during his visit scheduled for Monday, X will meet Y")


def _verb_of(t: "Token") -> "Token | None":
    """The word itself when a verb, else the first verb above it."""
    return t if t.pos_ in ("VERB", "AUX") else _verb_above(t)


def _date_of_other_meeting(sent: "Span", d: DateMention, trig: "Token") -> bool:
    """"During a closed-door meeting, A urged B to attend the summit from Oct. 31 to Nov. 1": the
    days hang on another meeting word, told by a verb of its own (not "met B at the summit on
    Monday", where the summit's day is the meeting's)."""
    tok = sent.char_span(d.start, d.end, alignment_mode="expand")
    if tok is None:
        return False
    h = tok.root
    for _ in range(4):
        if h.dep_ not in ("pobj", "prep", "npadvmod", "nummod") or h.head == h:
            return False
        h = h.head
        if h.pos_ == "NOUN" and h.lower_ in MEETING_NOUNS:
            break
    else:
        return False
    if h.i == trig.i or trig.i in {t.i for t in h.subtree} or h.i in {t.i for t in trig.subtree}:
        return False
    own, other = _verb_of(trig), _verb_of(h)
    return own is not None and other is not None and own.i != other.i


def _asked_during(trig: "Token") -> bool:
    """"A urged B to intervene during talks in X": the talks are where A asked (the parse hangs
    "during" on the step asked for)."""
    step = trig.head.head
    return trig.head.lower_ == "during" and step.tag_ == "VB" and step.dep_ in ("xcomp", "ccomp") \
        and step.head.tag_ == "VBD" and step.head.lemma_.lower() in _ASKING_VERBS \
        and not any(t.lower_ in ("next", "upcoming", "coming", "future", "planned") for t in trig.subtree)


# verbs of asking whose addressee is met when the asking is told "during" talks
_ASKING_VERBS = frozenset({"urge", "ask", "press", "tell", "push", "invite", "encourage"})


def _date_of_followed_event(sent: "Span", d: DateMention, trig: "Token") -> bool:
    """"The talks followed heavy clashes on Monday night": the day is the earlier event's, the
    object of "follow" (or of "come after"), not the talks'."""
    if trig.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = trig.head
    events = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_.lower() in ("follow", "succeed") else \
        [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "after" for g in c.children if g.dep_ == "pobj"] \
        if verb.lemma_.lower() == "come" else []
    if not events:
        return False
    # (the parser may hang "on Monday" on the verb: a day told after the event is still its)
    first = min(t.idx for e in events for t in e.subtree) - sent.start_char
    return d.start >= first and any(t.idx - sent.start_char == d.start for t in verb.subtree)


def _date_of_statement(sent: "Span", d: DateMention, trig: "Token") -> bool:
    """"..., an official told reporters on Dec. 1", "Trump said Friday that the talks ...":
    the day belongs to a statement about the meeting, not to the meeting."""
    h = _verb_above_date(sent, d, trig)
    if h is not None and _marked_clause(trig, ("as", "while")) and h.i in (trig.head.i, trig.head.head.i):
        return False  # "X stated on Thursday that ..., as Y met with Z": the same day
    if trig.idx - sent.start_char < d.start and re.search(r"\blater (?:on )?$", sent.text[:d.start]):
        return False  # "X said on Friday, ahead of a meeting with Y later on Friday": the meeting's own day
    return h is not None and h.lemma_.lower() in _REPORT_VERBS | {"remark", "describe"} and \
        trig.i in {t.i for t in h.subtree}


def _said_by_participant(ctx: ArticleContext, sent: "Span", d: DateMention, trig: "Token",
                         mentions: list[Mention], people: list[str]) -> bool:
    """Is the one who said it on that day one of the meeting's people ("On Thursday X said he
    had met Y"), not a third party ("..., an official told reporters on Tuesday")?"""
    h = _verb_above_date(sent, d, trig)
    subj = next((c for c in h.children if c.dep_ == "nsubj"), None) if h is not None else None
    return subj is not None and bool(_named_in(ctx.doc, mentions, people, {t.i for t in subj.subtree}))


_AS_PLANNED = re.compile(r"\bas (?:originally )?(?:planned|scheduled|arranged|agreed)\b")


def _cancel_governs(sent: "Span", trig: "Token") -> bool:
    """A cancel word that bears on this meeting: on its governing chain ("the talks were
    called off", "X pulled out of the summit") or modifying it ("the postponed meeting",
    "the talks, which were scrapped"); not one in a side clause about something else
    ("... talks since X abandoned the accord")."""
    chain = {trig.i}
    h = trig
    while h.head.i != h.i and len(chain) < 6:
        if h.dep_ == "pobj" and h.head.lower_ in ("after", "following", "since", "amid", "despite"):
            break  # "workers called off their strike after talks with X": the talks date what was called off
        h = h.head
        chain.add(h.i)
    for m in _CANCEL.finditer(sent.text):
        tok = sent.char_span(m.start(), m.end(), alignment_mode="expand")
        if tok is None:
            continue
        for t in tok:
            if t.i in chain or t.head.i == trig.i or (t.head.head.i == trig.i and t.head.dep_ in ("relcl", "acl")):
                return True
            if t.dep_ in ("amod", "acl", "relcl") and t.head.i in chain:
                return True
    return False


# times that fix no day: "in the near future", "at some point", "in due course"
_VAGUE_TIMES = frozenset({"future", "point", "course", "time", "stage", "near", "very", "soon"})


def _status(sent: "Span", trig: "Token") -> str | None:
    """held | planned | cancelled, or None when the meeting is only wished for."""
    stext = sent.text
    if _cancel_governs(sent, trig):
        return "cancelled"
    if trig.pos_ == "VERB" and any(c.dep_ == "neg" for c in trig.children) and _AS_PLANNED.search(stext):
        return "cancelled"  # "A and B will not meet on Monday as planned": the arranged meeting is off
    if trig.pos_ == "VERB" and trig.dep_ == "conj" and trig.head.tag_ == "VBD" and not any(
            c.dep_ == "neg" for c in trig.children) and any(
            c.dep_ == "aux" and c.lower_ in _FUTURE_AUX and c.lower_ != "would" for c in trig.children):
        return "planned"  # "X met A on Monday and will meet B on Tuesday": the second meeting is ahead
    if trig.pos_ in ("NOUN", "PROPN") and (trig.head.dep_ == "prep" or trig.dep_ in ("pobj", "dobj")) and \
            trig.head.lower_ in ("after", "following", "since") and \
            not any(c.lower_ in ("next", "upcoming", "planned", "future") for c in trig.children):
        return "held"  # "after talks on Saturday with X": a past event dating another clause
    if trig.pos_ == "NOUN" and trig.dep_ == "nsubj" and trig.head.tag_ == "VBD" \
            and trig.head.lemma_.lower() in _ENDED_LEMMAS:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in trig.head.children):
            return None  # "threatening tariffs if negotiations failed": talks only supposed
        return "held"  # "(doctors will strike) after talks between A and B ended without a deal"
    if trig.pos_ == "NOUN" and trig.head.lower_ == "during" and (trig.head.head.tag_ == "VBD" or (
            trig.head.head.tag_ == "VBN" and (trig.head.head.dep_ == "acl" or any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in trig.head.head.children) and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in trig.children)))):
        return "held"  # "during the call on Sunday the two leaders agreed ...": told as past
        # (also "X's request, made during a meeting with Y"; "he had not been engaged in any
        # negotiation during his talks with Y": a perfect tense tells talks with a counterpart as past)
    if trig.pos_ == "NOUN" and _asked_during(trig):
        return "held"  # "A urged B to intervene during talks in X": where A urged, told as past
    if trig.pos_ == "VERB" and trig.tag_ == "VBD" and trig.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("after", "since", "as", "when", "while") for c in trig.children):
        return "held"  # "had no plans to meet X after the two leaders spoke Thursday": the call is past
        # (also "X said Y would keep oil flowing, as the two leaders met in Delhi": told in the past)
    if trig.pos_ == "NOUN" and trig.head.lower_ == "in" and trig.head.head.tag_ == "VBD" and any(
            c.dep_ == "det" and c.lower_ in ("those", "these") for c in trig.children):
        return "held"  # "In those discussions, X urged Y ...": the talks are past, the urging their content
    if trig.pos_ == "NOUN" and trig.head.lower_ in ("in", "at") and trig.head.dep_ == "prep" \
            and trig.head.head.tag_ == "VBD" and trig.head.i < trig.head.head.i and (
            any(c.dep_ in ("compound", "poss") and c.ent_type_ == "DATE" for c in trig.children)
            or trig.head.lower_ == "at" and trig.head.i == trig.sent.start
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children)):
        return "held"  # the setting of a past deed: "In the Tuesday meeting, ... the parties agreed on ...",
        # "At a meeting with X on Sept. 2, Y offered / pledged to ..."
    # look at the trigger's governing chain (trigger, its head verbs up to the root)
    chain = [trig]
    h = trig
    words_up = 1  # the chain's words that are no preposition
    while h.head != h and words_up < 5:
        # (a preposition costs nothing: "proposed pursuing a meeting with X on the occasion of
        # the summit" reaches "proposed" from "summit")
        if h.dep_ == "conj" and any(k.dep_ == "cc" and k.lower_ == "but" for k in h.head.children):
            break  # "did not take part in the talks, but did meet with Y": the "but" clause stands alone
        h = h.head
        chain.append(h)
        words_up += h.pos_ != "ADP"
        if h.lemma_.lower() in _REPORT_VERBS and len(chain) >= 5:
            break  # "..., X said at the conclusion of two days of talks": not the clause X's words govern
    words: set[str] = set()
    for c in chain:
        words.add(c.lemma_.lower())
        words.add(c.lower_)
        for ch in c.children:
            if ch.dep_ in ("aux", "auxpass", "neg", "amod", "advmod", "xcomp", "acomp", "mark") or (
                    ch.dep_ == "det" and ch.lower_ == "no" and c.i != trig.i):  # "had no plans to meet"
                words.add(ch.lower_)
                words.add(ch.lemma_.lower())
    # the lemmatizer misses some past forms ("hoped" -> "hop"): add the plain stems too
    words |= {w[:-k] for w in words if w.endswith("ed") for k in (1, 2) if w[:-k] in _WISH}
    for ch in trig.children:
        if ch.dep_ in ("amod", "aux", "auxpass", "advmod", "compound", "neg"):
            words.add(ch.lower_)
        if ch.dep_ == "acl" and ch.lemma_.lower() in _PLAN:
            words.add(ch.lemma_.lower())  # "the meetings, scheduled for Saturday and Sunday"
    if any(c.lemma_.lower() == "look" and any(ch.lower_ == "forward" for ch in c.children) for c in chain[1:4]):
        if not any(t.ent_type_ == "DATE" and t.lower_ not in _VAGUE_TIMES
                   or (t.dep_ == "prep" and t.lower_ in ("at", "in", "during", "on")
                       and not any(o.lower_ in _VAGUE_TIMES for o in t.children))
                   for t in trig.subtree):  # ("in the near future" arranges nothing)
            return None  # "looking forward to talking with X": a wish, nothing arranged
        return "planned"  # "look forward to meeting in person at the G7 in June": the meeting ahead
    for c in chain[1:]:
        # "Efforts were being made to hold a meeting": attempted, not arranged
        if any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lemma_.lower() in _ATTEMPT_NOUNS for ch in c.children):
            return None
    for prev, c in zip(chain, chain[1:4]):
        # "the decision would allow negotiations with X": talks made possible, not arranged
        if c.lemma_.lower() in ("allow", "enable", "permit") and prev.dep_ in ("dobj", "ccomp", "xcomp") and \
                not any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ in MEETING_NOUNS for ch in c.children) and \
                not any(t.ent_type_ == "PERSON" for t in trig.subtree):
            return None  # (but "will allow talks led by A and B": named negotiators, arranged)
    for c in chain[:3]:
        if c.dep_ in ("advcl",) and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "until")
                                        for m in c.children):
            return None
        if c.pos_ in ("VERB", "AUX") and any(  # "If all works out, we will schedule a meeting"
                a.dep_ == "advcl" and a.i < c.i and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                        for m in a.children) for a in c.children):
            return None
    if trig.pos_ == "VERB" and any(a.dep_ == "advcl" and a.i > trig.i and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in a.children) for a in trig.children):
        return None  # "she will speak with X again by phone if needed": only a possibility
    if words & {"not", "n't", "never", "no"} and not words & {"until", "before"}:
        # "did not meet", "no talks" -> nothing reported as happening
        if any(c.lemma_ in ("meet", "hold", "have", "talk", "speak") for c in chain[:2]) or \
                any(c.lemma_ in ("engage", "arrange", "schedule", "plan", "confirm", "involve", "participate",
                                 "take") for c in chain[:3]):
            return None  # (also "a meeting between A and B has not been arranged")
    when_clause = trig.pos_ == "VERB" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once") for c in trig.children)
    if when_clause and trig.tag_ in ("VBP", "VBZ"):
        return "planned"  # "... open to discussing it with X when they meet on Monday": a set meeting ahead
    if any(c.pos_ == "ADJ" and c.lower_ in ("open", "ready") for c in chain):
        return None  # "open to meeting", "ready to talk"
    if trig.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in ("soon", "eventually", "someday")
                                   for c in trig.children):
        return None  # "agreed to meet soon": no meeting arranged yet
    if words & _WISH and not words & {"agree", "agreed", "scheduled", "will"}:
        if words & _WISH <= {"invite", "invited"} and any(
                t.ent_type_ == "DATE" and t.lower_ in _DAY_WORDS for t in trig.sent):
            return "planned"  # "A invited B to X for talks this Thursday": the day is set
        return None
    if trig.head.lower_ == "of" and trig.head.head.lemma_.lower() in _RESTART_NOUNS and not words & _PLAN:
        return None  # "the immediate resumption of negotiations": asked for, not arranged
    if trig.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in ("previous", "past", "prior", "earlier", "ongoing")
                                  for c in trig.children):
        return None  # "convergences from previous negotiations", "the ongoing negotiations are progressing": a process
    if trig.dep_ == "dobj" and trig.head.lemma_.lower() in _RESTART_VERBS and trig.head.tag_ in ("VB", "VBG") and \
            not words & (_PLAN | {"will", "agree", "agreed"}) and not (
            trig.head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in trig.head.children)):
        return None  # "a proposal to restart talks, including convening a meeting": steps put forward
    if any(a.lemma_.lower() in _COMMISSION for a in _ancestors(trig, 8)):
        return None  # "pledged to form a team led by X to engage in talks": talks someone is to hold
    if not words & _PLAN and any(a.lemma_.lower() in ("hope", "hoping") and a.pos_ in ("NOUN", "VERB")
                                 for a in _ancestors(trig, 10)[min(len(chain), 5) - 1:]):
        return None  # "..., in the hope that A will reach a deal with B at the summit": only hoped for
    if words & _FUTURE_AUX or words & _PLAN:
        return "planned"
    # "left for Gyeongju to attend the summit", "flew to Rome to meet X": the purpose lies ahead
    if trig.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children) and \
            trig.head.lemma_.lower() in _MOTION_VERBS:
        return "planned"
    # "is to hold talks", "was to meet"
    if trig.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children) and \
            trig.head.lemma_ == "be":
        return "planned"
    if re.search(r"\b(?:is|are|was|were) (?:due |set |scheduled |expected )?to (?:hold|meet|visit|have|"
                 r"attend|travel|sit|speak|talk)\b", stext):
        return "planned"
    if re.search(r"\b(?:ahead of|before|in preparation for|prepar\w* for) (?:the |a |an )?(?:\w+ ){0,3}"
                 r"(?:summit|talks|meeting|visit)\b", stext, re.IGNORECASE) and trig.pos_ != "VERB":
        return "planned"
    return "held"


def _kind(stext: str, trig: "Token") -> str:
    if _VIDEO.search(stext):
        return "video"
    if _CALL_PHRASE.search(stext):
        return "phone"  # "told Y in a phone call", "discussed X with Y over the phone": whatever the verb
    if _PHONE.search(stext) and (trig.lower_ in ("call", "calls", "phone", "telephone", "conversation",
                                                 "talks", "spoke", "speak", "talked", "called",
                                                 "phoned", "discussion", "held") or
                                 trig.lemma_ in ("speak", "talk", "hold", "have")):
        return "phone"
    if trig.lower_ in ("conversation",):
        return "phone" if _PHONE.search(stext) else "unknown"
    if _IN_PERSON.search(stext):
        return "in_person"
    return "unknown"


def _location(sent: "Span", trig: "Token | None" = None) -> str | None:
    """Where: a place after "in"/"at" (GPE/LOC/FAC entity or a known venue city), the one
    nearest the meeting word where the sentence names several ("met A in X, then travelled to
    Y, where he held talks with B": Y for the talks)."""
    if trig is not None:
        for up in [trig, *trig.ancestors][:4]:
            if up.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in up.children) \
                    and (up.head.ent_type_ in ("GPE", "LOC", "FAC") or up.head.text in PLACES):
                ent = next((e for e in sent.ents if e.start <= up.head.i < e.end), None)
                return re.sub(r"^the ", "", ent.text) if ent is not None else up.head.text
    found = _places_in(sent)
    if trig is None or len(found) < 2:
        return found[0][1] if found else None
    own = {t.i for t in trig.subtree}  # a place in the meeting word's own phrase first
    return min(found, key=lambda f: (f[0] not in own, abs(f[0] - trig.i)))[1]


def _places_in(sent: "Span") -> list[tuple[int, str]]:
    """(token index, place) for each place after "in"/"at" in `sent`."""
    out: list[tuple[int, str]] = []
    for t in sent:
        if t.lower_ in ("in", "at") and t.i + 1 < sent.end:
            nxt = sent.doc[t.i + 1]
            ent = None
            if nxt.ent_type_ in ("GPE", "LOC", "FAC") and nxt.ent_iob_ == "B":
                ent = next((e for e in sent.ents if e.start == nxt.i), None)
            elif nxt.lower_ == "the" and t.i + 2 < sent.end and sent.doc[t.i + 2].ent_type_ in ("GPE", "LOC", "FAC"):
                ent = next((e for e in sent.ents if e.start in (nxt.i, nxt.i + 1)), None)
            if ent is not None:
                name = re.sub(r"(?:'s|’s)$", "", ent.text).strip()
                out.append((t.i, re.sub(r"^the ", "", name)))
            elif nxt.text in PLACES:
                out.append((t.i, nxt.text))
    return out


def _round(stext: str) -> int | None:
    m = _ROUND.search(stext)
    if not m:
        return None
    if m.group("num"):
        return int(m.group("num"))
    o = m.group("ord").lower()
    if o in _ORDINALS:
        return _ORDINALS[o]
    digits = re.match(r"\d+", o)
    return int(digits.group(0)) if digits else None


def _minutes(m: re.Match[str]) -> int | None:
    if m.group("halfhour"):
        return 30
    n = m.group("num").lower()
    val = float(n) if n[0].isdigit() else _NUM.get(n, 0)
    if m.group("andhalf") or m.group("plushalf"):
        val += 0.5
    unit = m.group("unit").lower()
    mins = val * 60 if unit.startswith("h") else val
    return int(round(mins)) if mins > 0 else None


def _pick_date(dates: list[DateMention], trig_pos: int, sent: "Span | None" = None,
               trig: "Token | None" = None) -> DateMention | None:
    fixed = [d for d in dates if d.date is not None]
    if not fixed:
        return None
    if sent is not None and trig is not None and len(fixed) > 1:
        # "arrived on Wednesday and talked with X on Thursday": the day that modifies the
        # meeting word (no other verb between them in the parse) wins over a nearer one
        own = [d for d in fixed if _date_governed_by(sent, d, trig)]
        if own:
            fixed = own
    return min(fixed, key=lambda d: (abs(d.start - trig_pos)))


def _date_governed_by(sent: "Span", d: DateMention, trig: "Token") -> bool:
    tok = sent.char_span(d.start, d.end, alignment_mode="expand")
    if tok is None:
        return False
    h = tok.root
    anchor = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    for _ in range(8):
        if h.i in (trig.i, anchor.i):
            return True
        if h.head == h:
            return False
        h = h.head
        if h.pos_ in ("VERB", "AUX") and h.i not in (trig.i, anchor.i):
            return False
    return False
