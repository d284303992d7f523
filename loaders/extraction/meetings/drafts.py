"""One sentence's meetings (`_drafts_for`): the meeting word, its participants and sides,
and its facts, as one draft per session ("talks with A for 70 minutes and with B for 45
minutes", "met A and B separately" are two).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..context import ArticleContext, Mention, unique
from ..dates import DateMention, find_dates
from ..lexicon import PLACES
from ..parties import canonical_party
from ..topics import topics_in
from .lexicon import (
    MEETING_NOUNS, _BETWEEN_THE_TWO, _COMPOSITION, _DEADLINE_BEFORE, _DEAL_VERBS, _DURATION, _HALTING, _LEADER_TITLE,
    _LED_GROUP, _OBSTRUCT, _OUTCOME_NOUNS, _RESUMED, _RUN_BY, _TRIP_INCLUDES, _TWO_LEADERS, _UNDER_WAY,
    _UNFEASIBLE, _VERDICT_VERBS, _FUTURE_AUX, _MOTION_VERBS,
)
from .triggers import _ancestors, _apart_meeting_words, _own_meeting_word
from .participants import (
    _discussed, _group_participants, _is_leader, _joint_subject_before, _leaders, _leaders_tied, _named_in,
    _participants, _parties, _reports_it, _served,
    _venue_parties,
)
from .speakers import (
    _arrived_for, _delegation_of, _first_person_quoter, _judging_participant,
    _listed_with, _main_parties, _named_next, _noun_sides, _pair_just_named, _pronoun_subject,
    _host_of_bare_meeting, _quoted_day, _quoted_i, _quoted_writer, _refers_back, _reports_talks_of_others, _side_groups,
    _posts_of_sides, _counted_group, _hosting_sides, _subject_sides, _they_listed_before, _they_sides, _visitor_of,
)
from .attributes import (
    _Draft, _asked_during, _counted_from_day_told, _date_governed_by, _date_of_followed_event,
    _date_of_other_clause, _date_of_statement,
    _days_of_talks_before, _kind, _location, _minutes, _past_motion, _pick_date, _round,
    _said_by_participant, _span_back, _status, _trip_for,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


# "both countries", "the two sides": the two the article is about
_BOTH_SIDES = re.compile(r"\b(?:both|the two) (?:countries|sides|nations|governments|delegations|camps)\b",
                         re.IGNORECASE)


def _at_which(trig: "Token") -> bool:
    """"the first meeting, during which A and B presented ...": the meeting noun opens a clause
    that tells who was there (the parser may hang that clause elsewhere)."""
    doc = trig.doc
    k = trig.i + 1 + (trig.i + 1 < len(doc) and doc[trig.i + 1].text == ",")
    return k + 1 < len(doc) and doc[k].lower_ in ("during", "at", "in") and doc[k + 1].lower_ == "which"


def _sent_by_them(trig: "Token") -> bool:
    """"The pair agreed that their national security advisers would meet": the people who meet
    are sent by those told before, not those people themselves."""
    subj = next((c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.tag_ == "NNS" and any(
        c.dep_ == "poss" and c.lower_ in ("their", "our", "his", "her", "its") for c in subj.children)


# Between two days of one pair's encounters: " and again on ", ", and once more on ".
_AGAIN_BETWEEN = re.compile(r",? and (?:then )?(?:again|once more|once again)(?: on| in)? ", re.IGNORECASE)


_OPENING_DAY = re.compile(r"\b(from|starting)\s*$")


def _told_in_the_past(sent: "Span", d: DateMention) -> bool:
    """Is the verb a date mention hangs on (the first verb above it) in the simple past ("met
    ... on Sunday")?"""
    span = sent.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    verb = next((a for a in [span.root, *span.root.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ == "VBD" and not any(
        c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children)


def _first_day(sent: "Span", stext: str, d: DateMention, trig: "Token") -> bool:
    """A day after "from" or "starting" that opens the meeting rather than bounding something else:
    a range ("from Sunday to Tuesday"), or a day the meeting word or the verb above it governs
    ("talks starting Monday", "will gather from Friday ... for a meeting")."""
    opener = _OPENING_DAY.search(stext, 0, d.start)
    return opener is not None and (opener.group(1) == "from" and d.end_date is not None or any(
        _date_governed_by(sent, d, w) for w in (trig, trig.head.head) if w.pos_ in ("VERB", "NOUN")))


def _drafts_for(ctx: ArticleContext, sent: "Span", trig: "Token", mentions: list[Mention],
                recent: list[Mention], si: int, anchor: "dt.date | None" = None,
                told: bool = False) -> list[_Draft]:
    text = ctx.text
    stext = text[sent.start_char:sent.end_char]
    low = stext.lower()
    status = _status(sent, trig)
    if status is None:
        return []
    if trig.pos_ == "NOUN" and trig.dep_ in ("nsubj", "nsubjpass") and trig.head.lemma_ == "be" and \
            any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trig.children) and \
            not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in trig.children) and \
            not _RUN_BY.search(stext) and not any(c.dep_ == "relcl" and c.lemma_.lower() in _UNDER_WAY for c in trig.children):
        return []  # "the meeting was extremely fruitful": a verdict on a meeting told elsewhere
        # (not "the meeting was co-chaired by A and B", which the parser may hang on "was", nor
        # "the meeting, which started at 2 pm, was at the government's instance": told here)
    told_here = any(t.i < trig.i and t.lower_ in MEETING_NOUNS and t.pos_ == "NOUN" for t in sent)
    if (told or told_here) and trig.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trig.children) \
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in trig.children) and (
            (trig.dep_ == "dobj" and trig.head.lemma_.lower() in _VERDICT_VERBS) or
            (trig.head.dep_ == "prep" and trig.head.lower_ == "of" and
             trig.head.head.lemma_.lower() in _OUTCOME_NOUNS) or
            (trig.dep_ == "poss" and trig.head.lemma_.lower() in _OUTCOME_NOUNS)) and not _at_which(trig):
        # (also "The meeting's agenda was not made public")
        return []  # "X described the meeting as ...", "the outcome of the talks": told elsewhere
        # (not "the outcomes of the first meeting, during which A and B presented ...": told here)
    if trig.pos_ == "NOUN" and trig.head.lower_ in ("during", "amid", "despite") and \
            trig.head.head.pos_ == "VERB" and trig.head.head.dep_ in ("pcomp", "advcl", "acl", "xcomp") and \
            not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children) and \
            not _asked_during(trig):
        return []  # "X accused Moscow of launching attacks during negotiations": X is not told at talks
    if trig.pos_ == "NOUN" and (trig.head.lower_ in ("about", "regarding", "concerning") or (
            trig.head.lower_ == "for" and trig.head.head.lower_ == "as") or (
            trig.head.lower_ == "on" and trig.head.head.lemma_.lower() in ("comment", "remark", "reflect",
                                                                           "elaborate", "report", "brief"))) and \
            not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children):
        return []  # "X expressed optimism about the upcoming talks", "Commenting on the meeting, X ...": told elsewhere
    if trig.pos_ == "NOUN" and trig.dep_ in ("dobj", "nsubjpass") and trig.head.lemma_.lower() in _OBSTRUCT:
        return []  # "X accused Y of obstructing the negotiations", "the talks have been blocked": no encounter told
    if trig.pos_ == "NOUN" and trig.dep_ == "dobj" and trig.head.lemma_.lower() in _HALTING and \
            trig.lower_ in ("talks", "negotiations", "dialogue", "process"):
        return []  # "President X suspended the peace talks in September": a decision on the process, no encounter
    if trig.pos_ == "NOUN" and trig.dep_ == "nsubj" and trig.head.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in _UNFEASIBLE for c in trig.head.children):
        return []  # "negotiations in that format are unfeasible"
    people = _participants(ctx, sent, trig, mentions)
    writer = _quoted_writer(ctx, sent, trig) or _first_person_quoter(ctx, sent, trig, people) or \
        _quoted_i(ctx, sent, trig)
    if writer is not None and writer not in people:
        people = [writer] + people
    if len(people) == 1 and trig.dep_ == "dobj" and trig.head.lemma_.lower() in _TRIP_INCLUDES:
        visitor = _visitor_of(ctx, trig.head, mentions)
        if visitor is not None and visitor not in people:
            people = [visitor] + people  # "X's visit to P also included talks with Y": X met Y
    if len(people) == 1:
        judge = _judging_participant(ctx, trig, mentions)
        if judge is not None and judge not in people:
            people = [judge] + people
    if len(people) == 1 and " between " in stext and _reports_talks_of_others(ctx, sent, trig, mentions, people[0]):
        people = []
    anaphoric = False
    two_leaders = bool(_TWO_LEADERS.search(stext)) and _leaders_tied(sent, trig)
    just_named = _pair_just_named(ctx, sent, recent) if two_leaders and not people else []
    here = _pair_named_before(ctx, sent, mentions) if two_leaders and not people else []
    heads = unique([m.target for m in reversed(recent) if m.start < sent.start_char
                    and _is_leader(ctx, m.target)]) if two_leaders and not people else []
    if just_named and len(heads) >= 2 and not all(_is_leader(ctx, p) for p in just_named) and \
            _COMPOSITION.search((ctx.sentence_after(sent, -1) or sent).text):
        # "... between President A and President B. Ministers C and D were also present. The
        # leaders will ...": the heads named last, not the members just listed (but "Generals C
        # and D spoke. The two leaders ...": the two who met)
        just_named = list(reversed(heads[:2]))
    if here:
        people = here  # "A told B that ..., as the two leaders met in X": A and B, whatever their titles
    elif just_named:
        people = just_named  # "A and his counterpart B spoke. The two leaders are scheduled to ...": A and B
    elif two_leaders and len(people) < 2:  # (two named here already are the two leaders)
        leaders = _leaders(ctx)
        named_sides = ctx.parties_in(sent.start_char, sent.end_char)
        group = next((t for t in sent if t.lower_ in ("presidents", "leaders") and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in t.children)), None)
        of_sides = ctx.parties_in(group.left_edge.idx, group.right_edge.idx + len(group.right_edge.text)) \
            if group is not None else []
        if len(of_sides) >= 2:
            named_sides = of_sides  # "The presidents of A and B ... meet with C": A's and B's, and C
        own = {ctx.country_of(p): p for p in leaders if ctx.country_of(p) in named_sides}
        for p in ctx.people:  # an acting head stands in ("Acting Prime Minister X")
            if p.country in named_sides and p.country not in own and p.title and _LEADER_TITLE.search(p.title) \
                    and not re.search(r"former|commission|council", p.title, re.IGNORECASE):
                own[p.country] = p.name
        if len(own) >= 2:
            leaders = list(own.values())  # "the leaders of Thailand and Cambodia": the heads of those two
        if len(of_sides) >= 2 and len(own) < 2:
            pass  # "the leaders of A, B and C said ...": heads of those sides, not named; no others stand in
        elif len(leaders) >= 2:
            people = leaders[:2] + ([p for p in people if p not in leaders[:2]] if len(of_sides) >= 2 else [])
        elif not people and status == "held" and not re.search(r"\b(?:should|could|might|would)\b", stext):
            # no titled heads known: "the two leaders" are the last two people named before
            names: list[str] = []
            for m in reversed(recent):
                if m.start < sent.start_char and m.target not in names:
                    names.append(m.target)
                if len(names) == 2:
                    people = list(reversed(names))
                    break
        elif not people and len(heads) >= 2:
            # "The meeting between President A and President B ... . The leaders will move to
            # broader talks": the last two heads named before, their countries untold
            people = list(reversed(heads[:2]))
    if len(people) <= 1 and re.search(r"\bthe leaders of\b|\bleaders from\b", stext, re.IGNORECASE):
        # "X will host the leaders of A and B ... . <Spokesperson> said that C and D will sign":
        # the leaders are named in the sentence after
        people = people + [p for p in _named_next(ctx, sent) if p not in people]
    if people:
        people = people + _side_groups(ctx, sent, trig, people, recent)
        people = people + [p for p in _posts_of_sides(ctx, sent, trig, people) if p not in people]
        people = people + [p for p in _counted_group(ctx, sent, trig, people, recent) if p not in people]
    if people and ("his delegation" in low or "her delegation" in low):
        # "A and his delegation held talks with B": the members listed with A before
        people = people + [p for p in _listed_with(ctx, sent, people) if p not in people]
    if len(people) == 1 and trig.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ == "their" for c in trig.children):
        # "The president pressed this point during their meeting": he and the one told before
        here = [m.target for m in mentions if m.target not in people and m.how in ("name", "title")]
        pair = _joint_subject_before(ctx, sent, recent)
        other = here[:1] or [p for p in pair if p not in people] or [next(
            (m.target for m in reversed(recent) if m.start < sent.start_char and m.target not in people), None)]
        people = people + [p for p in other if p is not None]
    if len(people) == 1 and _BETWEEN_THE_TWO.search(stext):
        # "talks were held between the two, with X also present": the two told before, and X
        names: list[str] = []
        for m in reversed(recent):
            sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is not None and _served(sp.root):
                continue  # "an aide to President Y": Y is not one of the two
            if m.start < sent.start_char and m.target not in names and m.target not in people:
                names.append(m.target)
            if len(names) == 2:
                people = list(reversed(names)) + people
                break
    they_named = False  # "they" stands for people named before: the meeting has both its sides
    if len(people) <= 2:  # (also 'X said they "spoke to Y together"': X reports, they are the ones listed)
        listed = _they_listed_before(ctx, sent, trig)
        if listed:
            # (not the one who reports it: "They are to meet X on Thursday, she said")
            spans = [(m, ctx.doc.char_span(m.start, m.end, alignment_mode="expand")) for m in mentions]
            reporters = {m.target for m, sp in spans if sp is not None and _reports_it(sp.root, trig)}
            people = listed + [p for p in people if p not in listed and p not in reporters]
            they_named = True
    if len(people) == 1:
        # "His tour takes in a stop in Seoul to meet X": "his" is the last subject told
        who = _pronoun_subject(ctx, sent, trig, recent) or \
            _host_of_bare_meeting(ctx, sent, trig, mentions, recent, people[0])
        if who is not None and who not in people:
            people = [who] + people
    if not people and not _sent_by_them(trig):
        # (the sentence's own people come last, so nearest: "the first round was held in X,
        # where the Russian delegation was led by Y": Y, not the Russian named before)
        own = [m for m in mentions if m.how in ("name", "title") and not any(r.start == m.start for r in recent)
               and not ((sp := ctx.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                        and _discussed(sp.root))]  # (not the topic: "discussed a meeting of X and Y")
        people = _group_participants(ctx, sent, recent + own)
        anaphoric = bool(people)
        if people and "arriv" in stext:
            # "ministers from A and B emerged from talks hours after C arrived for the meeting": C too
            people = people + [p for p in _arrived_for(ctx, sent, mentions) if p not in people]
    if not people:
        sides = [p for p in _parties(ctx, sent, []) if p not in _venue_parties(ctx, sent)]
        modifier_sides = _noun_sides(ctx, trig)  # "a U.S.-Ukrainian meeting took place"
        modifier_sides += [p for p in _subject_sides(ctx, trig) if p not in modifier_sides]
        sides += [p for p in modifier_sides if p not in sides]
        if len(sides) < 2 and _BOTH_SIDES.search(stext):
            # "Both countries held peace talks in Doha": the two the article is about
            sides += [p for p in _main_parties(ctx, bodies=True) if p not in sides]
        talks_of = [trig] if trig.pos_ == "NOUN" else [c for c in trig.children if c.dep_ == "dobj"
                                                        and c.lower_ in MEETING_NOUNS]  # "hosted talks between"
        if talks_of and trig.pos_ == "VERB":
            talks_of.append(trig)  # "hosted a round of talks on Monday between A and B"
        elif trig.pos_ == "NOUN" and trig.dep_ == "dobj":
            talks_of.append(trig.head)  # (the same, the parse hanging "between" on the verb)
        between = any(c.dep_ == "prep" and c.lower_ == "between" for n in talks_of for c in n.children) \
            or len(modifier_sides) >= 2
        nxt = ctx.sentence_after(sent, 1)
        staffed_next = nxt is not None and (_COMPOSITION.search(nxt.text) or _LED_GROUP.search(nxt.text))
        if not staffed_next and nxt is not None and trig.pos_ == "NOUN" and \
                not any(m.how in ("name", "title") for m in mentions + ctx.mentions_in(nxt.start_char, nxt.end_char)):
            # "At the ministerial meeting in X, A and B agreed on ... The parties asked experts to ...
            # The delegations were led by C, D and E": one sentence in between, neither naming anybody
            nxt2 = ctx.sentence_after(sent, 2)
            staffed_next = nxt2 is not None and bool(_COMPOSITION.search(nxt2.text) or _LED_GROUP.search(nxt2.text))
        defined = [trig] + [a for a in _ancestors(trig, 2) if a.pos_ == "NOUN"]  # "the second round of talks"
        sourced = any(a.lower_ in ("close", "familiar", "briefed", "privy") for a in _ancestors(trig, 3))
        held_here = trig.dep_ in ("nsubj", "nsubjpass") and trig.head.lemma_.lower().replace("-", "") in (
            "hold", "take", "happen", "end", "conclude", "resume", "reconvene", "convene", "open",
            "begin", "start", "continue") and (
            (status == "held" and trig.head.tag_ in ("VBD", "VBN")) or
            (status == "planned" and trig.head.tag_ in ("VB", "VBN"))) and \
            any(c.dep_ in ("prep", "npadvmod") for c in trig.head.children) and (
            not told or any(d.date for d in find_dates(stext, ctx.published)))  # (not "Both meetings took place at X")
        # "The meeting of the X committee reconvened at P on Wednesday": a session resumed, its noun the subject
        # (or the parse's head) of a resumption verb; the next sentence says who was there
        resumed_here = trig.pos_ == "VERB" and status == "held" and trig.tag_ in ("VBD", "VBN") and \
            trig.lemma_.lower().replace("-", "").removeprefix("re") in _RESUMED and \
            ((trig.dep_ == "acl" and trig.head.lower_ in MEETING_NOUNS) or any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in MEETING_NOUNS for c in trig.children)) and \
            any(c.dep_ in ("prep", "npadvmod") for c in trig.children)
        # "The latest round was held in X on Sunday", "a meeting ... will take place at X": a
        # session whose members the next sentence lists
        if staffed_next and resumed_here and not sourced:
            pass
        elif staffed_next and (sides or held_here) and (trig.pos_ == "NOUN" or held_here) and not sourced and \
                (held_here or any(c.lower_ == "the" for n in defined for c in n.children) or (
                    trig.dep_ == "pobj" and trig.head.lower_ in ("at", "during") and trig.head.i == sent.start)):
            # (not "an official close to the talks"; but "At talks in P on D, A and B discussed ...")
            pass  # "The talks, mediated by Oman, took place in Muscat. A led Tehran's delegation ...": staffed next
        elif len(sides) < 2 or not (between or _BOTH_SIDES.search(stext) or re.search(
                r"\b(?:delegations?|sides|teams|negotiators|ministers|presidents|leaders|envoys|representatives)\b",
                low)):
            return []
        # "negotiations between Ukraine, Russia and the US concluded ...": the sides, whose
        # members a later sentence may name ("The US delegation was led by X")
        # "the two countries' delegations met": the sides only, for now
    if trig.lemma_.lower() in _DEAL_VERBS:
        # a deal reached *by* two named leaders of different sides implies they negotiated
        sides = {ctx.country_of(p) for p in people} - {None}
        unplaced = [p for p in people if ctx.country_of(p) is None]
        doers = {t.i for c in trig.children if c.dep_ not in ("ccomp", "advcl", "xcomp", "relcl", "conj")
                 for t in c.subtree}  # the signing's own phrase, not another clause's people
        if len(people) == 2 and len(sides) == 1 and len(unplaced) == 1 and \
                len(_named_in(ctx.doc, mentions, people, doers)) == 2:
            # "signed by A and US envoy B" in an article on two countries; "Health Secretary A and
            # union leader B signed the deal" in an article on a country and a union
            two = _main_parties(ctx)
            if len(two) != 2 and len(ctx.parties) == 2:
                two = [p.name for p in ctx.parties]
            if next(iter(sides)) in two and len(two) == 2:
                sides = set(two)
        # "A flew to Washington to sign the deal": a trip to sign is a meeting with the side travelled to
        went = trig.dep_ in ("xcomp", "advcl") and trig.head.lemma_.lower() in _MOTION_VERBS and any(
            c.dep_ == "prep" and c.lower_ == "to" and ctx.parties_in(c.idx, c.right_edge.idx + len(c.right_edge))
            for c in trig.head.children)
        if (len(people) < 2 or len(sides) < 2) and not (len(people) == 1 and went):
            return []
    # "descending on Miami this weekend ... on Saturday": the week of publication, forward
    # (a meeting called off "as planned" told with "will not": its day lies ahead too)
    called_off_ahead = status == "cancelled" and (
        bool(re.search(r"\b(?:scheduled|set|slated|planned|due) (?:for|on|to)\b", stext))
        or any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "'ll") for c in trig.children))
    future = status == "planned" or called_off_ahead or bool(re.search(
        r"\b(?:this|next|coming) (?:weekend|week)\b|\blater this\b", stext, re.IGNORECASE))
    prog = trig if trig.pos_ in ("VERB", "AUX") else next(
        (a for a in _ancestors(trig, 3) if a.pos_ in ("VERB", "AUX")), trig)
    progressive = prog.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "’s", "am")
                                             for c in prog.children)
    # "are holding talks on Friday": the Friday ahead (not "X, who is now visiting P, met Y on Thursday")
    future = future or progressive and prog.dep_ not in ("relcl", "acl", "advcl")
    motion = _past_motion(trig)
    if motion is not None:
        future = False  # "traveled to X on Sunday to meet Y": the trip, and so the meeting, lie back
    if status == "held" and trig.dep_ == "nsubj" and trig.head.tag_ == "VBD":
        future = False  # "(will strike later this month) after talks ... ended on Wednesday": told as past
    dates = [d for d in find_dates(stext, ctx.published, future=future, anchor=anchor)
             if not _DEADLINE_BEFORE.search(stext[:d.start]) or _first_day(sent, stext, d, trig)]
    if future:
        # "They met officials on Sunday and are scheduled to meet Y on Monday": a day told under a
        # verb in the past tense lies back, whatever the rest of the sentence looks forward to
        past = {d.start: d for d in find_dates(stext, ctx.published, future=False, anchor=anchor)}
        dates = [past.get(d.start, d) if _told_in_the_past(sent, d) else d for d in dates]
    dates = [_quoted_day(ctx, sent, stext, d, future) for d in dates]
    kind = _kind(stext, trig)
    location = _location(sent, trig)
    visited = next((c for c in trig.children if c.dep_ == "dobj"), None) \
        if trig.lemma_.lower() == "visit" and trig.pos_ == "VERB" else None
    if location is None and visited is not None and visited.pos_ == "PROPN" and (
            visited.ent_type_ in ("GPE", "LOC", "FAC") or visited.text in PLACES or canonical_party(visited.text)):
        ent = next((e for e in sent.ents if e.start <= visited.i < e.end), None)
        location = re.sub(r"^the ", "", ent.text) if ent is not None else visited.text  # "visited Kathmandu"
    if location and kind == "unknown" and trig.lemma_.lower() not in {"speak", "talk", "discuss"} | _DEAL_VERBS:
        # in person already while drafts merge (a draft still "unknown" merges with a call told
        # apart); "spoke/talked with Y in X" stays open until the output (`_placed`)
        kind = "in_person"
    topics = topics_in(stext)
    rnd = _round(stext)
    durations = [(m.start(), _minutes(m)) for m in _DURATION.finditer(stext)]
    parties = _parties(ctx, sent, people)
    parties += [p for p in _noun_sides(ctx, trig) if p not in parties]
    if _BOTH_SIDES.search(stext):
        # "the negotiators of both countries", "met both delegations separately" (also a mediator's
        # own country named: "X, whose country is a guarantor, met both delegations")
        parties += [p for p in _main_parties(ctx, bodies=True) if p not in parties]
    venues = _venue_parties(ctx, sent) if not (trig.lower_ == "visit" and trig.pos_ == "NOUN") else []
    # (the country visited is the visitor's counterpart, not only where it happened)

    # several sessions in one sentence?
    pos_of = {}
    for m in mentions:
        if m.target in people and m.target not in pos_of:
            pos_of[m.target] = m.start - sent.start_char
    trig_pos = trig.idx - sent.start_char
    after = sorted([p for p in people if pos_of.get(p, -1) > trig_pos], key=lambda p: pos_of[p])
    before = [p for p in people if p not in after]
    markers = sorted([(d.start, "d", d) for d in dates] + [(s, "m", v) for s, v in durations],
                     key=lambda x: x[0])
    split_on = None
    # the meeting word and its object: "separate meetings", "held separate talks with"
    worded = [trig] + [c for c in trig.children if c.dep_ == "dobj"]
    apart = {c.lower_ for n in worded for c in n.children if c.dep_ == "amod"}
    # "visited X, where he had separate meetings with A, B and C": the meeting noun of a clause
    # on the trigger says how the people were met
    apart |= {c.lower_ for n in trig.subtree if n.i != trig.i and n.lower_ in MEETING_NOUNS
              for c in n.children if c.dep_ == "amod" and c.lower_ in ("separate", "individual")}
    if before and len(after) >= 2:
        if "separately" in low or "one after another" in low or "individually" in low or \
                (trig.lemma_.lower() in ("speak", "talk", "phone") and re.search(r"\b(?:with|to) both\b", low)) or \
                any(n.lower_ in ("meetings", "conversations", "calls") for n in worded) or \
                apart & {"separate", "individual", "respective"}:
            split_on = "separately"
        elif len([x for x in markers if x[0] > pos_of[after[0]]]) >= 2:
            split_on = "markers"
        elif any(" as well as " in stext[pos_of[a]:pos_of[b]] for a, b in zip(after, after[1:])):
            split_on = "separately"  # "he met his counterpart A, as well as B, the ambassador": two encounters
        elif _apart_meeting_words(sent, {_own_meeting_word(sent, pos_of[p]) for p in after} - {None}):
            split_on = "separately"  # "X is to meet A and also plans to hold talks with B": two encounters
    out: list[_Draft] = []
    hosts = _hosting_sides(ctx, trig) if not before and len(after) >= 2 else []
    if hosts and ("separately" in low or apart & {"separate", "individual"}):
        # "Omani mediators hosted separate meetings with A and B": the host side with each
        d0 = _pick_date(dates, trig_pos, sent, trig)
        for a in after:
            own = [c for c in [ctx.country_of(a)] if c and c not in hosts]
            out.append(_Draft([a], hosts + own, d0, kind, status, location,
                              durations[0][1] if durations else None, rnd, topics, sent, si, venues=venues))
        return out
    if len(before) >= 2 and len(after) == 1 and re.search(r"\b(?:separately|individually)\b", low):
        # "A and B are expected to meet with C separately": A with C, B with C
        d0 = _pick_date(dates, trig_pos, sent, trig)
        for a in before:
            out.append(_Draft([a] + after, _parties(ctx, sent, [a] + after), d0, kind, status, location,
                              durations[0][1] if durations else None, rnd, topics, sent, si, venues=venues))
        return out
    if re.search(r"\brespectively\b", low) and len(before) >= 2 and len(before) == len(after):
        # "A and B will meet C and D, respectively": A with C, B with D
        for a, b in zip(before, after):
            d0 = _pick_date(dates, trig_pos, sent, trig)
            out.append(_Draft([a, b], _parties(ctx, sent, [a, b]), d0, kind, status, location,
                              durations[0][1] if durations else None, rnd, topics, sent, si, venues=venues))
        return out
    if not split_on and len(durations) >= 2:
        # "talked 45 minutes on Thursday and about an hour on Saturday": one session per day
        own = [d for d in dates if d.date is not None]
        if len(own) >= 2 and len({d.date for d in own}) == len(own):
            seq = [x[1] for x in markers]
            if "".join(seq).count("md") + "".join(seq).count("dm") >= 2 * len(own) - 1:
                for i, dm in enumerate(own):
                    dur = next((v for s0, v in durations if abs(s0 - dm.start) == min(
                        abs(s1 - dm.start) for s1, _ in durations)), None)
                    out.append(_Draft(list(people), list(parties), dm, kind, status, location, dur, rnd,
                                      topics, sent, si, venues=venues))
                return out
    if not split_on and len(people) >= 2:
        # "A met B on Tuesday and again on Wednesday": two encounters, one per day
        own = [d for d in dates if d.date is not None]
        if len(own) == 2 and own[0].date != own[1].date \
                and _AGAIN_BETWEEN.fullmatch(stext[own[0].end:own[1].start]):
            for dm in own:
                out.append(_Draft(list(people), list(parties), dm, kind, status, location, None, rnd,
                                  topics, sent, si, venues=venues))
            return out
    if split_on:
        # "... and later with a US delegation led by B and C": the members of one delegation
        # are one session, not one each
        groups: list[list[str]] = []
        keys: list[int] = []
        for p in after:
            key = _delegation_of(ctx, sent, trig, pos_of[p])
            if key is not None and key in keys:
                groups[keys.index(key)].append(p)
            else:
                groups.append([p])
                keys.append(key if key is not None else -1 - len(keys))
        for i, group in enumerate(groups):
            lo = pos_of[group[0]]
            hi = pos_of[groups[i + 1][0]] if i + 1 < len(groups) else len(stext)
            seg = [x for x in markers if lo <= x[0] < hi]
            d = next((x[2] for x in seg if x[1] == "d"), None)
            dur = next((x[2] for x in seg if x[1] == "m"), None)
            if split_on == "separately":
                d = dates[0] if dates else None
                dur = durations[0][1] if durations else None
            word = _own_meeting_word(sent, lo)
            if word not in (None, trig.i):
                d = _counted_from_day_told(ctx, sent, ctx.doc[word], dates) or d
            own_status = (_status(sent, ctx.doc[word]) or status) if word not in (None, trig.i) else status
            if own_status != status:
                # "X met A on Monday and will meet B on Tuesday": the second meeting is ahead, on its own day
                ahead = [x for x in find_dates(stext, ctx.published, future=own_status == "planned")
                         if lo <= x.start < hi and x.date is not None]
                d = ahead[0] if ahead else None
            out.append(_Draft(before + group, parties, d, kind, own_status, location, dur, rnd, topics, sent, si))
        return out
    if anchor is None and ctx.published is not None:
        # "met on Thursday, four days ahead of the summit": without an earlier event the
        # other day of the sentence is what "four days ahead of" counts from
        own = next((x for x in dates if x.relation is None and x.date is not None), None)
        own_day = own.date if own is not None else None
        if own is not None and future:
            tok = sent.char_span(own.start, own.end, alignment_mode="expand")
            verb = next((a for a in _ancestors(tok.root, 6) if a.pos_ in ("VERB", "AUX")), None) if tok else None
            if verb is not None and verb.tag_ == "VBD":  # "officials met on Thursday, ahead of ...": past
                back = [x for x in find_dates(stext, ctx.published, future=False) if x.start == own.start]
                own_day = back[0].date if back and back[0].date else own_day
        if own_day is not None:
            for x in dates:
                if x.relation == "prep" and x.date is not None and trig_pos > x.end:
                    x.date = own_day + (x.date - ctx.published)
                    x.relation = "prep-own"
    # "attend talks that are set to take place on Monday": the talks' own clause dates them too
    objs = [c for c in trig.children if c.dep_ == "dobj" and c.lower_ in MEETING_NOUNS] \
        if trig.pos_ in ("VERB", "AUX") else []
    said_on = [d for d in dates if d.date is not None and _date_of_statement(sent, d, trig)]
    dates = [d for d in dates if not _date_of_statement(sent, d, trig) and (
                not _date_of_other_clause(sent, d, trig) or any(not _date_of_other_clause(sent, d, o) for o in objs))
             and (d.relation != "prep" or (anchor is not None and trig_pos > d.end))]
    dates = [d for d in dates if not _date_of_followed_event(sent, d, trig)]
    if status == "held" and progressive and ctx.published is not None:
        # "he's joining his advisers on Wednesday for negotiations": an arrangement for the day told
        own = _pick_date([x for x in dates if x.date is not None], trig_pos, sent, trig)
        if own is not None and (own.date > ctx.published or own.date == ctx.published
                                and not re.search(r"\btoday\b", stext, re.IGNORECASE)):
            status = "planned"  # (not "are holding talks today": under way as the article is written)
    weak = False
    if trig.pos_ == "NOUN" and trig.head.lower_ in ("after", "following") and trig.head.dep_ == "prep":
        # "X left Washington Wednesday after a meeting with Y": the day told is the leaving's,
        # only a guess for the meeting (a later sentence may fix the meeting's own day)
        inside = {t.idx - sent.start_char for t in trig.subtree}
        weak = bool(dates) and not any(x.start in inside for x in dates)
    trip = _trip_for(trig)
    if trip is not None and status == "planned":
        # "X flies to Doha on Friday for talks with Y": Friday is the departure
        dates = [x for x in dates if not (_date_governed_by(sent, x, trip) and not _date_governed_by(sent, x, trig))]
    d = _pick_date(dates, trig_pos, sent, trig)
    if d is not None and d.date is not None and d.end_date is None:
        d = _span_back(ctx, sent, trig, d)
        d = _days_of_talks_before(sent, trig, d)
    if d is None and said_on and status == "held" and ctx.published is not None and \
            said_on[0].date <= ctx.published and _said_by_participant(ctx, sent, said_on[0], trig, mentions, people):
        # "On Thursday X said he had discussed ... with Y": told the day it was said, the
        # nearest day the text gives (a guess a later sentence may replace)
        d, weak = said_on[0], True
    dur = durations[0][1] if durations else None
    if anaphoric and told and (d is None or d.date is None) and trig.pos_ == "NOUN" and \
            any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in trig.children):
        return []  # "officials agreed to the talks ...": the talks told before, nothing new
    if motion is not None and status == "planned" and d is not None and d.date is not None and \
            ctx.published is not None and d.date < ctx.published and _date_governed_by(sent, d, motion):
        status = "held"  # the trip is told as done, before the day of publication
    if motion is not None and status == "planned" and (d is None or d.date is None) and \
            re.search(r"\b(?:[Ll]ast|[Ee]arlier this) (?:week|month)\b|\b(?:days|weeks) ago\b", stext):
        status = "held"  # "Last week, X traveled to Washington to meet Y": done, on a day not given
    distinct = trig.pos_ == "NOUN" and (
        # "His last face-to-face with B occurred on April 25": an earlier meeting, its own day
        (d is not None and d.date is not None and any(c.dep_ == "amod" and c.lower_ in (
            "last", "previous", "earlier", "prior") for c in trig.children)) or
        (trig.dep_ == "dobj" and trig.head.lemma_.lower() in ("follow", "precede")) or
        (trig.head.dep_ == "prep" and trig.head.lower_ in ("after", "before") and
         trig.head.head.lemma_.lower() in ("come", "follow")))
    # "X did not take part in the talks, but did meet with Y afterward": a meeting of its own
    distinct = distinct or trig.pos_ == "VERB" and trig.dep_ == "conj" and any(
        c.dep_ == "advmod" and c.lower_ in ("afterward", "afterwards", "later", "separately") for c in trig.children)
    if len(people) <= 1 and "they" in low and set(parties) <= {ctx.country_of(x) for x in people}:
        parties = unique(parties + _they_sides(ctx, sent, trig))
    if distinct and trig.dep_ == "dobj":
        # "His talks with Kim followed a meeting with Choe": Kim is of the talks that followed
        other = next((c for c in trig.head.children if c.dep_ == "nsubj"), None)
        partner = next((c for c in other.children if c.dep_ == "prep" and c.lower_ == "with"), None) \
            if other is not None else None
        if partner is not None:
            start, end = partner.left_edge.idx, partner.right_edge.idx + len(partner.right_edge.text)
            theirs = {m.target for m in mentions if start <= m.start < end}
            lo, hi = trig.left_edge.idx, trig.right_edge.idx + len(trig.right_edge.text)
            mine = {m.target for m in mentions if lo <= m.start < hi and m.how in ("name", "title")}
            people = [x for x in people if x not in theirs or x in mine]
    return [_Draft(people, parties, d, kind, status, location, dur, rnd, topics, sent, si,
                   venues=venues, anaphoric=anaphoric, distinct=distinct, weak_date=weak and d is not None,
                   refers_back=_refers_back(trig), they_named=they_named)]


def _pair_named_before(ctx: ArticleContext, sent: "Span", mentions: list[Mention]) -> list[str]:
    """The two people of two different countries that the sentence names before its "the two
    leaders" ("Kremlin head A told B's prime minister C that ..., as the two leaders met")."""
    at = _TWO_LEADERS.search(ctx.text[sent.start_char:sent.end_char])
    if at is None:
        return []
    before = sent.start_char + at.start()
    names = unique([m.target for m in mentions if m.how in ("name", "title") and m.start < before])
    countries = {ctx.country_of(n) for n in names}
    return names if len(names) == 2 and None not in countries and len(countries) == 2 else []
