"""Sides and speakers told around a meeting: who "they" are, a quote's author and day, the
sides named as subjects or modifiers ("a U.S.-Ukrainian meeting"), a delegation's side, and
whether a sentence only reports or judges the talks of others.

Why apart from `participants`: these read the article around the sentence (the sentences
before, the quote the sentence sits in), not the sentence's own parse.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..sides import only_a_place
from ..context import ArticleContext, Mention, unique
from ..dates import DateMention, RELATIVE_DAY, find_dates
from .lexicon import (
    MEETING_NOUNS, _COMPOSITION, _DELEGATION_NOUNS, _FIRST_PERSON, _GROUP_POSTS, _LISTING_VERBS, _OPEN_QUOTES,
    _NUM, _POSTING_VERBS, _PRONOUNS_3, _REPORT_VERBS, _SAID_COLON, _SPOKEN_ON, _TRIP_NOUNS,
)
from .triggers import _ancestors
from .participants import _clause_role, _is_leader, _joint_subject_before, _named_in

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


def _they_sides(ctx: ArticleContext, sent: "Span", trig: "Token") -> list[str]:
    """"A and B will resume talks. They plan to meet on Friday": "they" who meet are the sides
    that were the subject of the sentence before."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    for _ in range(4):
        if any(c.dep_ == "nsubj" and c.lower_ == "they" for c in verb.children):
            break
        if verb.head.i == verb.i:
            return []
        verb = verb.head
    else:
        return []
    prev = ctx.sentence_after(sent, -1)
    if prev is None:
        return []
    out: list[str] = []
    for m in ctx.party_mentions:
        if prev.start_char <= m.start < prev.end_char:
            sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            root = sp.root if sp is not None else None
            while root is not None and root.dep_ in ("conj", "compound") and root.head.i != root.i:
                root = root.head
            if root is not None and root.dep_ == "nsubj":
                out.append(m.target)
    return unique(out) if len(set(out)) >= 2 else []


def _refers_back(trig: "Token") -> bool:
    """"That meeting included A and B", "The talks involved C": the meeting word points back at
    a meeting told just before (a demonstrative, or "the" with a verb that lists who was there)."""
    if trig.lower_ == "present" and trig.dep_ == "acomp":
        return True  # "... talks were planned. A and B will also be present": at the talks just told
    if trig.pos_ == "VERB" and trig.lemma_.lower() in ("welcome", "receive", "greet") and any(
            c.dep_ == "auxpass" for c in trig.children) and any(
            c.dep_ == "nsubjpass" and (c.lower_ in ("they", "he", "she") or c.lemma_.lower() in _VISITING_GROUPS)
            for c in trig.children):
        return True  # "... visited the party's headquarters for talks. They were greeted by X": X was there
    if trig.pos_ == "VERB" and trig.lemma_.lower() in ("attend", "join"):
        trig = next((c for c in trig.children if c.dep_ == "dobj" and c.lower_ in MEETING_NOUNS), trig)
    if trig.pos_ != "NOUN":
        return False
    det = next((c.lower_ for c in trig.children if c.dep_ == "det"), None)
    if trig.dep_ == "dobj" and trig.head.lemma_.lower() in ("attend", "join") and trig.head.tag_ == "VBD":
        return det in ("the", "these", "those")  # "X and Y attended the discussions": those just told
    if trig.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if det == "the" and trig.dep_ == "nsubj" and any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children) \
            and trig.head.lemma_.lower() in ("come", "be", "follow"):
        return True  # "The eleventh-hour meeting with A, B and C comes as ...": the one just told, its people named
    if det == "the" and trig.dep_ == "nsubjpass" and trig.head.lemma_.lower() in _RUN_BY_VERBS and any(
            c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in trig.head.children):
        return True  # "The meeting, held in X, was led by A and attended by B": the one just told
    if det == "the" and trig.dep_ == "nsubj" and trig.tag_ == "NN" and not any(
            c.dep_ in ("prep", "compound", "amod", "poss", "nummod", "acl", "relcl") for c in trig.children) \
            and not any(t.ent_type_ == "DATE" for t in trig.sent):
        return True  # "The meeting provided an opportunity to ...": the bare meeting word, the one told
    return det in ("that", "this") or (det == "the" and trig.head.lemma_.lower() in _LISTING_VERBS)


# a visiting group received by its hosts ("The delegation was welcomed by X")
_VISITING_GROUPS = frozenset({"delegation", "group", "team", "visitor", "delegate", "mission", "leader", "guest"})
# who ran or sat in a meeting, told in the passive of the meeting itself
_RUN_BY_VERBS = frozenset({"lead", "attend", "chair", "join"})


def _in_quote(text: str, pos: int) -> bool:
    """True when `pos` of a sentence lies inside a quotation."""
    before, after = text[:pos], text[pos:]
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return True
    # a sentence that starts inside the quotation (its opening mark left in the sentence before)
    close, reopen = after.find("”"), after.find("“")
    return "“" not in before and close >= 0 and (reopen < 0 or close < reopen)


def _speech_day(ctx: ArticleContext, stext: str) -> "dt.date | None":
    """The day a sentence's statement was made ("said on Wednesday"), outside quotes."""
    for d in find_dates(stext, ctx.published):
        if d.date is not None and d.end_date is None and not _in_quote(stext, d.start) \
                and _SPOKEN_ON.search(stext[:d.start]):
            return d.date
    return None


def _quoted_day(ctx: ArticleContext, sent: "Span", stext: str, d: DateMention, future: bool) -> DateMention:
    """'“We met him yesterday,” she said on Wednesday': a relative day inside a quotation
    counts from the day the words were spoken, told in the same sentence or, for a
    quotation opened by "It said:", in the sentence before ("said in a statement on ...")."""
    if d.date is None or ctx.published is None or not RELATIVE_DAY.fullmatch(d.text) \
            or not _in_quote(stext, d.start):
        return d
    spoken = _speech_day(ctx, stext)
    if spoken is None and _SAID_COLON.search(stext[:d.start]):
        prev = ctx.sentence_after(sent, -1)
        spoken = _speech_day(ctx, prev.text) if prev is not None else None
    if spoken is None or spoken == ctx.published:
        return d
    again = [x for x in find_dates(d.text, spoken, future=future) if x.date is not None]
    if not again:
        return d
    return DateMention(d.start, d.end, d.text, again[0].date, again[0].end_date, d.relation)


def _reports_talks_of_others(ctx: ArticleContext, sent: "Span", trig: "Token", mentions: list[Mention],
                             who: str) -> bool:
    """"According to X, negotiations between A and B are close to completion", "X continued: 'talks
    between the experts are starting'": the talks have their own sides ("between ..."); the one
    who tells of them is their source, not one who is said to be at the table."""
    if not any(c.dep_ == "prep" and c.lower_ == "between" for c in trig.children):
        return False
    inside = {t.i for t in trig.subtree}
    for m in mentions:
        if m.target != who:
            continue
        sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is None or sp.root.i in inside:
            return False
        r = sp.root
        if r.dep_ == "pobj" and r.head.lower_ == "to" and r.head.head.lower_ == "according":
            return True
        anc = {a.i for a in _ancestors(trig)}
        if r.dep_ == "nsubj" and r.head.i in anc and (r.head.lemma_.lower() in _REPORT_VERBS
                                                      or r.head.lemma_.lower() == "continue"):
            return True
        return False
    return False


def _visitor_of(ctx: ArticleContext, verb: "Token", mentions: list[Mention]) -> "str | None":
    """The named owner of a trip that is the subject of `verb` ("X's visit to P included ...")."""
    trip = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _TRIP_NOUNS), None)
    owner = next((c for c in trip.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) if trip is not None else None
    if owner is None:
        return None
    return next((m.target for m in mentions if m.how in ("name", "title") and m.start <= owner.idx < m.end), None)


def _judging_participant(ctx: ArticleContext, trig: "Token", mentions: list[Mention]) -> "str | None":
    """"a one-on-one meeting with X, which Y described as frank": with one side named, the
    person who judges the meeting in its own relative clause is the other one in the room."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in trig.subtree:
        if c.dep_ == "relcl" and c.lemma_.lower() in ("describe", "call", "characterize", "characterise", "term"):
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            named = [m.target for m in mentions if m.how in ("name", "title")]
            judges = _named_in(ctx.doc, mentions, named, {subj.i}) if subj is not None else []
            if judges:
                return judges[0]
    return None


def _quoted_writer(ctx: ArticleContext, sent: "Span", trig: "Token") -> "str | None":
    """'"Held the first meeting with A and B. ...," wrote X': a first-person account without
    a subject; the one who wrote or said it is the one who met them."""
    if trig.pos_ != "VERB" or trig.tag_ != "VBD" or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < trig.i for c in trig.children):
        return None  # (a subject after the verb is a misparse of the names met: "...: A, B and C")
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or first.i != trig.i or not any(t.text in _OPEN_QUOTES for t in sent if t.i < trig.i):
        return None
    return _quote_author(ctx, sent.start_char + 1)


def _quote_author(ctx: ArticleContext, pos: int) -> "str | None":
    """The person named as writing or saying the quotation that closes after `pos`
    ('..., " wrote X'); None when no such attribution follows soon after."""
    text = ctx.text
    close = min((i for i in (text.find("\"", pos), text.find("”", pos)) if i != -1), default=-1)
    if close == -1 or close - pos > 1500:
        return None
    for m in ctx.mentions_in(close, close + 120):
        if m.how in ("name", "title") and m.start - close <= 40 and (
                re.search(r"\b(?:wrote|said|posted|added|tweeted|told)\b", text[close:m.start]) or (
                re.fullmatch(r"\W*", text[close + 1:m.start]) and
                re.match(r"\s+(?:wrote|said|posted|added|tweeted|told)\b", text[m.end:]))):
            return m.target  # '," wrote X' or '," X wrote'
    return None


def _poster_before(ctx: ArticleContext, sent: "Span", opened: int) -> "str | None":
    """'X issued a post on Thursday. "I just concluded a call with Y ..."': a quotation that opens
    the sentence right after one telling that X posted or wrote is X's."""
    if ctx.text[ctx.text.rfind("\n", 0, opened) + 1:opened].strip():
        return None  # the quotation does not open its paragraph
    prev = ctx.sentence_after(sent, -1)
    posters = _named_subjects_of(ctx, prev, _POSTING_VERBS) if prev is not None else []
    return posters[0] if posters else None


def _named_subjects_of(ctx: ArticleContext, sent: "Span", lemmas: "frozenset[str]") -> list[str]:
    """The people named as the subject of one of these verbs in a sentence, in text order."""
    return [m.target for m in ctx.mentions_in(sent.start_char, sent.end_char) if m.how in ("name", "title")
            and (sp := ctx.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
            and sp.root.dep_ == "nsubj" and sp.root.head.lemma_.lower() in lemmas]


def _first_person_quoter(ctx: ArticleContext, sent: "Span", trig: "Token", people: list[str]) -> "str | None":
    """'"Today we continue our work. A meeting with the American delegation has begun, with A and
    B," wrote C': a meeting "with" the other side told in one's own quoted words is the
    speaker's own meeting."""
    if not people or trig.pos_ != "NOUN" or not any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children):
        return None  # (not "we have a lot to talk about with X": a meeting told as an event)
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in trig.children):
        return None  # "the meeting with X": one told elsewhere, not necessarily the speaker's
    text = ctx.text
    para = text.rfind("\n", 0, sent.start_char) + 1
    opened = max(text.rfind("“", para, sent.start_char + 1), text.rfind("\"", para, sent.start_char + 1))
    if opened == -1 or "”" in text[opened + 1:sent.start_char] or text.count("\"", opened + 1, sent.start_char):
        return None  # not inside a quotation
    author = _quote_author(ctx, sent.start_char + 1) or _poster_before(ctx, sent, opened)
    if author is None or author in people or not _FIRST_PERSON.search(text[opened:sent.end_char]):
        return None
    own = ctx.country_of(author)
    if own is not None and any(ctx.country_of(p) == own for p in people):
        return None  # his own side's people: he may be telling of their meeting
    return author


def _quoted_i(ctx: ArticleContext, sent: "Span", trig: "Token") -> "str | None":
    """'"Yesterday, I met with A and B," after "X said ..." : "I" who met is the one quoted,
    named as saying it after the quotation or as the subject of a saying verb in one of the
    two sentences before, inside the quotation's own paragraphs."""
    if trig.pos_ != "VERB" or not any(c.dep_ == "nsubj" and c.text == "I" for c in trig.children):
        return None
    text = ctx.text
    if not _in_quote(text[sent.start_char:sent.end_char], trig.idx - sent.start_char) and \
            text[sent.start_char:trig.idx].count("“") == 0:
        return None
    author = _quote_author(ctx, trig.idx)
    if author is not None:
        return author
    for back in (1, 2):
        prev = ctx.sentence_after(sent, -back)
        if prev is None:
            break
        said = _named_subjects_of(ctx, prev, _REPORT_VERBS)
        if said:
            return said[-1]
    return None


def _noun_sides(ctx: ArticleContext, trig: "Token") -> list[str]:
    """Sides named in the modifiers of the meeting noun, also when the verb is the trigger:
    "The Cambodia-Thailand border committee meeting was held in Kuala Lumpur"."""
    out = _modifier_sides(ctx, trig)
    for noun in (c for c in trig.children if c.dep_ in ("nsubjpass", "dobj") and c.lower_ in MEETING_NOUNS):
        out += [p for p in _modifier_sides(ctx, noun) if p not in out]
    return out


def _modifier_sides(ctx: ArticleContext, trig: "Token") -> list[str]:
    """Parties named in the modifiers of a meeting noun: "a U.S.-Ukrainian meeting",
    "the China-EU summit", "Japanese and U.S. negotiators' talks"."""
    out: list[str] = []
    if trig.pos_ not in ("NOUN", "PROPN"):  # (a named meeting: "the Cambodia-Thailand GBC Meeting")
        return out
    # "the third round of Iran-E3 talks": the modifiers of the meeting noun the round is of
    of_noun = [g for p in trig.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj" and g.lower_ in MEETING_NOUNS] \
        if trig.lower_ in ("round", "rounds", "session", "sessions") else []
    for c in trig.subtree:
        if c.dep_ not in ("amod", "compound", "nmod", "poss") or c.i == trig.i:
            continue
        if c.i > trig.i and not any(c.i < g.i and g in c.ancestors for g in of_noun):
            continue
        for part in re.split(r"[-–/]", c.text):
            p = ctx.canonical_party(part) if part else None
            if p is not None and p not in out:
                out.append(p)
    return out


def _meeting_verb(trig: "Token") -> "Token | None":
    """The verb a meeting is told by: the trigger itself, or the verb whose object it is."""
    return trig if trig.pos_ in ("VERB", "AUX") else (trig.head if trig.dep_ == "dobj" else None)


def _hosting_sides(ctx: ArticleContext, trig: "Token") -> list[str]:
    """The sides that hold the meetings as the subject of their verb, named by no person
    ("Omani mediators hosted ...", "Qatar held talks with ...")."""
    verb = _meeting_verb(trig)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is None:
        return []
    return unique(ctx.parties_in(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)))


def _subject_sides(ctx: ArticleContext, trig: "Token") -> list[str]:
    """"Russia, Ukraine and the United States are holding talks": the parties that are the
    joint subject of the meeting (of its verb, or of the verb whose object it is)."""
    verb = _meeting_verb(trig)
    if verb is None:
        return []
    out: list[str] = []
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for t in [subj] + [c for c in subj.subtree if c.dep_ == "conj"]:
            head = [c for c in t.lefts if c.dep_ in ("compound", "det", "amod")]  # "the United States"
            p = ctx.canonical_party(t.text) or (
                ctx.canonical_party(t.doc[head[0].i:t.i + 1].text) if head else None)
            if p is not None and p not in out:
                out.append(p)
    return out if len(out) >= 2 else []


def _named_next(ctx: ArticleContext, sent: "Span") -> list[str]:
    """The people who are the subject of the next sentence's (reported) clause."""
    nxt = ctx.sentence_after(sent, 1)
    if nxt is None:
        return []
    out: list[str] = []
    for m in ctx.mentions_in(nxt.start_char, nxt.end_char):
        sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is None or m.how != "name":
            continue
        r = sp.root
        while r.dep_ == "conj" and r.head.i != r.i:  # "A, B and C traveled": C hangs on B, B on A
            r = r.head
        subj = r if r.dep_ in ("nsubj", "nsubjpass") else None
        if subj is not None and subj.head.lemma_.lower() not in _REPORT_VERBS:
            out.append(m.target)
    return unique(out) if len(unique(out)) >= 2 else []


def _main_parties(ctx: ArticleContext, bodies: bool = False) -> list[str]:
    """The two countries an article is mostly about (most often named; a capital that only says
    where, "MUSCAT -" or "talks in Muscat", does not count); with `bodies`, the two sides of
    any kind (a government and a rebel group)."""
    counts: dict[str, int] = {}
    for m in ctx.party_mentions:
        if (bodies or ctx.party_kind(m.target) == "country") and not only_a_place(ctx, m):
            counts[m.target] = counts.get(m.target, 0) + 1
    return sorted(counts, key=lambda p: -counts[p])[:2]


def _listed_with(ctx: ArticleContext, sent: "Span", people: list[str]) -> list[str]:
    """The people listed together with the one whose delegation this sentence names ("A and his
    delegation ..."), from the nearest earlier sentence that lists A with others (at most 4 back)."""
    lead = None
    for t in sent:
        if t.lower_ == "delegation" and t.dep_ == "conj" and any(c.lower_ in ("his", "her") for c in t.children):
            lead = next((m.target for m in ctx.mentions_in(sent.start_char, sent.end_char) if m.target in people
                         and (sp := ctx.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                         and sp.root.i == t.head.i), None)
            break
    if lead is None:
        return []
    for back in range(1, 5):
        prev = ctx.sentence_after(sent, -back)
        if prev is None:
            break
        ms = [m for m in ctx.mentions_in(prev.start_char, prev.end_char) if m.how in ("name", "title")]
        roots = {m.target: sp.root for m in ms
                 if (sp := ctx.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None}
        if lead not in roots:
            continue
        def chain_top(x: "Token") -> "Token":
            while x.dep_ in ("conj", "appos") and x.head.i != x.i:
                x = x.head  # "A, B and C": C hangs on B, B on A (or on B's post: "A, the chief B")
            return x
        top = chain_top(roots[lead])
        # the others of A's list: on the same conjunct chain, or more objects of the same verb
        return [who for who, x in roots.items() if who != lead and (
            (c := chain_top(x)).i == top.i or (c.head.i == top.head.i and c.dep_ == top.dep_ and c.dep_ in (
                "dobj", "pobj", "attr")))]
    return []


def _arrived_for(ctx: ArticleContext, sent: "Span", mentions: list[Mention]) -> list[str]:
    """The named people of the sentence who "arrived for the meeting/talks"."""
    out: list[str] = []
    for m in mentions:
        if m.how not in ("name", "title"):
            continue
        sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is None or sp.root.dep_ != "nsubj" or sp.root.head.lemma_.lower() not in ("arrive", "come"):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ in MEETING_NOUNS for g in c.children)
               for c in sp.root.head.children):
            out.append(m.target)
    return out


def _pair_just_named(ctx: ArticleContext, sent: "Span", recent: list[Mention]) -> list[str]:
    """The two people named in the sentence just before, when it names exactly two."""
    prev = ctx.sentence_after(sent, -1)
    if prev is None:
        return []
    names = unique([m.target for m in recent if prev.start_char <= m.start < prev.end_char
                    and m.how in ("name", "title")])
    return names if len(names) == 2 else []


def _side_groups(ctx: ArticleContext, sent: "Span", trig: "Token", people: list[str],
                 recent: list[Mention]) -> list[str]:
    """"X will co-chair the summit alongside the EU leaders": a group of a named side next to
    the meeting stands for the people of that side told just before (at most two)."""
    out: list[str] = []
    trig_side = {trig.i} | {a.i for a in _ancestors(trig, 3)}
    for g in sent:
        if g.lower_ not in ("leaders", "officials", "ministers", "counterparts", "delegates") or \
                g.head.i not in trig_side and g.head.head.i not in trig_side:
            continue
        sides = {ctx.canonical_party(c.text) for c in g.children if c.dep_ in ("compound", "amod", "poss")} - {None}
        if len(sides) != 1:
            continue
        # "talks with his US counterparts": peers of his rank, not the other side's president
        peers_only = g.lower_ == "counterparts" and not any(_is_leader(ctx, p) for p in people)
        side = sides.pop()
        if side in {ctx.country_of(p) for p in people}:
            continue  # "X and other US officials": that side is there already
        here = {m.target for m in ctx.mentions_in(sent.start_char, sent.end_char)}
        for m in reversed(recent):
            if m.start < sent.start_char and ctx.country_of(m.target) == side and m.target not in people + out \
                    and m.target not in here and not (peers_only and _is_leader(ctx, m.target)):
                out.append(m.target)
            if len(out) == 2:
                break
    return out


def _posts_of_sides(ctx: ArticleContext, sent: "Span", trig: "Token", people: list[str]) -> list[str]:
    """"The prime ministers of A and B met X": a plural post naming two or more sides, as the
    meeting's subject or object, stands for the one person of each side the article names
    (anywhere: the names often come later). The sides no rule has seated yet each get theirs,
    only when every one of them has exactly one such person (or one holding the post)."""
    trig_side = {trig.i} | {a.i for a in _ancestors(trig, 2)}
    seated = {ctx.country_of(p) for p in people}
    for g in sent:
        if g.lower_ not in ("ministers", "leaders", "premiers", "presidents", "chancellors") or g.head.i not in trig_side \
                or g.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue
        sides = ctx.parties_in(g.left_edge.idx, g.right_edge.idx + len(g.right_edge.text))
        if len(sides) < 2 or set(sides) <= seated:
            continue
        role = g.lower_[:-1]
        out = []
        for side in [x for x in sides if x not in seated]:  # (those some rule seated already stay)
            theirs = [p for p in ctx.people if p.country == side and p.name not in people]
            posted = [p for p in theirs if p.title and role in p.title.lower()]
            one = posted if len(posted) == 1 else theirs if len(theirs) == 1 else []
            if not one:
                return []
            out.append(one[0].name)
        return unique(out)
    return []


def _counted_group(ctx: ArticleContext, sent: "Span", trig: "Token", people: list[str],
                   recent: list[Mention]) -> list[str]:
    """"A, B, C and D travelled together by train. The four leaders met X": a counted plural post,
    as the meeting's subject or object, stands for as many people named together as the subject
    of the sentence before (only when the count matches)."""
    trig_side = {trig.i} | {a.i for a in _ancestors(trig, 2)}
    for g in sent:
        if g.tag_ != "NNS" or g.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or g.head.i not in trig_side:
            continue
        n = _count_of(g)
        if not n or n < 2 or g.lemma_.lower() not in _GROUP_POSTS:
            continue
        named = _joint_subject_before(ctx, sent, recent)
        if len(named) == n:
            return [p for p in named if p not in people]
    return []


def _they_listed_before(ctx: ArticleContext, sent: "Span", trig: "Token") -> list[str]:
    """"The delegation includes A, B and C, she said. They are expected to meet X on Thursday":
    "they" (or "the envoys", "the two men") are the people listed together in the sentence before
    (not its reporter)."""
    subj = next((c for h in [trig] + _ancestors(trig, 2) for c in h.children if c.dep_ in ("nsubj", "nsubjpass")
                 and (c.lower_ == "they" or c.tag_ == "NNS" and c.lemma_.lower() in _TOLD_GROUP_NOUNS
                      and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children))), None) \
        if trig.pos_ == "VERB" or trig.pos_ == "NOUN" and trig.dep_ == "dobj" else None
    if subj is None:
        return []  # ("they are expected to meet": the subject may sit on the verb above)
    count = _count_of(subj)  # "the two envoys"
    prev = ctx.sentence_after(sent, -1)
    if prev is None:
        return []
    out = []
    named: list[str] = []  # everyone the sentence before names (but its reporter)
    listing = bool(_COMPOSITION.search(prev.text))  # "The delegation includes A, B and C"
    for m in ctx.mentions_in(prev.start_char, prev.end_char):
        sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is None or m.how not in ("name", "title"):
            continue
        if sp.end < len(ctx.doc) and ctx.doc[sp.end].lemma_.lower() in _REPORT_VERBS:
            continue  # "..., Sheinbaum said": the one who told the list
        named.append(m.target)
        if listing or sp.root.dep_ == "conj" or any(c.dep_ == "conj" for c in sp.root.children) or (
                sp.root.dep_ in ("nsubj", "nsubjpass") and sp.root.head.lemma_.lower() not in _REPORT_VERBS
                and (sp.root.head.dep_ == "conj" or any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                                                        for c in sp.root.head.children))):
            out.append(m.target)  # (also "A traveled ..., and B was aboard ...": subjects of joined clauses)
    if len(set(out)) < 2 and subj.lower_ == "they":
        out = _delegation_told_before(ctx, sent)
    out = unique(out)
    if count and len(out) < count and len(unique(named)) == count:
        out = unique(named)  # "A spoke to his counterpart, B. The two military leaders will ...": both named
    noun = subj.lemma_.lower()
    post = noun if subj.lower_ != "they" and noun not in ("man", "woman", "leader") else None
    if count and len(out) > count:
        out = out[-count:]  # "A, accompanied by B and C, ... The two envoys had met X": the last named
    elif post is not None:  # "the envoys": not the vice president they came with
        out = [x for x in out if not ((p := ctx.person(x)) is not None and p.title and post not in p.title.lower())]
    return out if len(out) >= 2 else []


# plural nouns that point back, with "the", at people just named ("The envoys had met X on Monday")
_TOLD_GROUP_NOUNS = _GROUP_POSTS | {"man", "woman"}


def _count_of(noun: "Token") -> "int | None":
    """The number a plural is counted with ("the four leaders"), if any."""
    return next((_NUM.get(c.lower_) for c in noun.children if c.dep_ == "nummod"), None)


def _delegation_told_before(ctx: ArticleContext, sent: "Span") -> list[str]:
    """"A led a delegation to Kampala. B was among the delegates. They were received by X":
    "they" are the delegation's leader and members told in the two sentences before."""
    out: list[str] = []
    for step in (-2, -1):
        prev = ctx.sentence_after(sent, step)
        if prev is None:
            continue
        for m in ctx.mentions_in(prev.start_char, prev.end_char):
            sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is None or m.how not in ("name", "title"):
                continue
            subj = _clause_role(sp.root)  # ("Kenya's army chief, X, led")
            if subj.dep_ != "nsubj":
                continue
            verb = subj.head
            led = verb.lemma_.lower() in ("lead", "head") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _DELEGATION_NOUNS for c in verb.children)
            among = verb.lemma_.lower() == "be" and any(
                c.dep_ == "prep" and c.lower_ == "among" and any(
                    g.lemma_.lower() in ("delegate", "member", "delegation") for g in c.children)
                for c in verb.children)
            if led or among:
                out.append(m.target)
    return unique(out)


def _pronoun_subject(ctx: ArticleContext, sent: "Span", trig: "Token", recent: list[Mention]) -> "str | None":
    """The person a pronoun subject of the meeting's clause ("he will hold talks", "his
    itinerary includes a stop to meet X") stands for: the subject of the latest earlier
    sentence that had a named one."""
    subj = None
    for h in [trig] + _ancestors(trig, 6):
        subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            break
    if subj is None:
        return None
    if not (subj.lower_ in _PRONOUNS_3 or any(c.dep_ == "poss" and c.lower_ in _PRONOUNS_3
                                               for c in subj.children)):
        return None
    for m in ctx.mentions_in(sent.start_char, subj.idx):
        sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.how in ("name", "title") and sp is not None and sp.root.dep_ in ("nsubj", "nsubjpass"):
            return m.target  # "X said his delegation had met ...": X, named in the sentence
    for m in reversed(recent):
        if m.start >= sent.start_char:
            continue
        sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is not None and sp.root.dep_ in ("nsubj", "nsubjpass"):
            return m.target
    return None


def _host_of_bare_meeting(ctx: ArticleContext, sent: "Span", trig: "Token", mentions: list[Mention],
                          recent: list[Mention], met: str) -> "str | None":
    """"X visited P. ... At the meeting with Minister Y, the sides discussed ...": a meeting
    noun told only "with Y", no owner and nobody else named in the sentence, is the meeting of
    the one whose trip the article follows, the named subject of one of the three sentences
    before (of another side than Y's, where both are known)."""
    if trig.pos_ != "NOUN" or any(c.dep_ == "poss" for c in trig.children):
        return None  # ("their meeting with Y": the owners told)
    with_ = next((c for c in trig.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if with_ is None or any(m.target != met for m in mentions if m.how in ("name", "title")):
        return None
    inside = {t.i for t in with_.subtree}
    if not any((sp := ctx.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
               and sp.root.i in inside for m in mentions if m.target == met and m.how in ("name", "title")):
        return None  # (not "talks with his counterpart": "his" is the one who went)
    first = ctx.sentence_after(sent, -3) or ctx.sentence_after(sent, -2) or ctx.sentence_after(sent, -1)
    if first is None:
        return None
    theirs = ctx.country_of(met)
    for m in reversed(recent):
        if m.start >= sent.start_char or m.start < first.start_char or m.target == met or \
                m.how not in ("name", "title"):
            continue
        sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is None or sp.root.dep_ != "nsubj" or sp.root.head.pos_ not in ("VERB", "AUX"):
            continue
        own = ctx.country_of(m.target)
        if own is not None and theirs is not None and own == theirs:
            return None  # "X met his own minister": no trip told
        return m.target
    return None


def _delegation_of(ctx: ArticleContext, sent: "Span", trig: "Token", pos: int) -> "int | None":
    """The token of the delegation met ("... with a delegation led by A and B") that the person
    at `pos` of the sentence is named as a member or leader of, or None."""
    tok = ctx.doc.char_span(sent.start_char + pos, sent.start_char + pos + 1, alignment_mode="expand")
    if tok is None:
        return None
    met = {t.i for t in trig.subtree} - {trig.i}
    member = False
    for a in _ancestors(tok.root, 5):
        if a.pos_ in ("VERB", "AUX"):
            if a.lemma_.lower() not in ("lead", "head", "include", "comprise", "accompany"):
                return None  # "a delegation ..., during which he met X": X is met, not a member
            member = True
        if a.pos_ == "NOUN" and a.lemma_.lower() in _DELEGATION_NOUNS and a.i in met:
            return a.i if member else None
    return None
