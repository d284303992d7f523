"""Who took part in the meeting a sentence tells: the people named around the meeting word,
minus those who only surround it (subject matter, commentators, senders of a delegation, aides
"to" someone, people of a main clause when the meeting sits in a "while" or relative clause),
group subjects read as each side's leader, and the parties (sides) the sentence names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..context import ArticleContext, Mention, compound_head, named_as_spouse, unique
from ..lexicon import GROUP_NOUNS, PLACES, REGIONS, ROLE_WORDS
from .lexicon import (
    MEETING_NOUNS, MEETING_VERBS, _AUDIENCE, _BODY_HEADS, _CHAIRS, _COMPOSITION_VERBS, _KIN_NOUNS,
    _LEADER_TITLE, _NOT_PARTICIPANT_HEADS, _PEOPLE_NOUNS, _PLAN, _REPORTERS, _REPORT_VERBS, _SERVANTS,
    _SIDE_GROUPS, _TOLD_COMPOSITION, _TOPIC_PREPS, _BETWEEN_THE_TWO, _THE_PAIR, _WISH,
)
from .triggers import (
    _ancestors, _in_temporal_prep, _past_perfect, _titled_group, _told_at_another_time, _under_one_verb,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


def _heads_team(ctx: ArticleContext, root: "Token", trig: "Token", name: str) -> bool:
    """"On Sunday, X's team held talks with Y": an official's own team at the table, with
    him (a head of state's "team" is sent: he stays away)."""
    team = root.head
    return root.dep_ == "poss" and team.lemma_.lower() in ("team", "delegation") and \
        team.dep_ in ("nsubj", "nsubjpass") and team.head.i == trig.i and not _is_leader(ctx, name) and \
        not re.search(r"\b(?:president|prime minister|king|emir|chancellor|premier)\b",
                      " ".join(t.text for t in root.doc[max(0, root.i - 3):root.i]), re.IGNORECASE)


def _owns_deed_at(root: "Token", trig: "Token") -> bool:
    """"X's request, made during a meeting with Y": X, who made it, was at the meeting."""
    made = trig.head.head
    return root.dep_ == "poss" and trig.head.lower_ in ("during", "at") and made.dep_ == "acl" and \
        made.tag_ == "VBN" and made.head.i == root.head.i


def _cited(root: "Token") -> bool:
    """Is this name the source a report cites or quotes ("citing the head of the club, X")?"""
    r = root
    while r.dep_ == "appos" and r.head.i != r.i:
        r = r.head
    return r.dep_ == "dobj" and r.head.pos_ == "VERB" and r.head.lemma_.lower() in ("cite", "quote")


_DISCUSSING = frozenset({"discuss", "raise", "address", "consider"})


def _discussed(root: "Token", stop: "set[int] | None" = None) -> bool:
    """Is this person named inside what a verb of discussing has as its object ("A and B
    discussed a possible meeting between X and Y"): the subject matter, not a side? With `stop`
    (a meeting word and its heads), only a discussing verb among those counts."""
    prev = root
    for a in _ancestors(root, 12):
        if a.dep_ == "prep" and a.lower_ == "with":
            return False  # "discussed tariffs with X": X is spoken with
        if a.lemma_.lower() in _DISCUSSING and prev.dep_ == "dobj":
            return stop is None or a.i in stop
        if stop is not None and a.i in stop:
            return False
        prev = a
    return False


def _participants(ctx: ArticleContext, sent: "Span", trig: "Token", mentions: list[Mention]) -> list[str]:
    """People in the sentence who take part (not those only talked about)."""
    doc = ctx.doc
    trig_anc = set(a.i for a in _ancestors(trig)) | {trig.i}
    # "Moe posted that Ottawa must act as Anand visits China": a meeting told in a clause of
    # its own ("as/while/when" + its own subject) is that clause's subject's alone
    own_clause = next((a for a in [trig] + _ancestors(trig, 3) if a.dep_ == "advcl" and a.pos_ == "VERB"
                       and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in a.children)
                       and any(c.dep_ == "nsubj" for c in a.children) and a.i > a.head.i), None)
    inside = {t.i for t in own_clause.subtree} if own_clause is not None else None
    out: list[str] = []
    listed: list[str] = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if inside is not None and root.i not in inside:
            continue
        if root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.pos_ in ("PROPN", "NOUN") and \
                any(c.lower_ == "affairs" for c in root.children):
            root = root.head.head  # "led by Advisor on African Affairs X": the parser hung X on "on"
        elif root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ in ("ambassador", "envoy") \
                and span.start > 0 and doc[span.start - 1].head.i == root.i \
                and ctx.canonical_party(doc[span.start - 1].text):
            root = root.head.head  # "attended by Peru's ambassador to Chile X": the parser hung X on "to"
        if root.dep_ in ("nmod", "compound") and root.head.i >= span.end and any(
                c.dep_ == "cc" and c.lower_ == "and" for t in span for c in t.children) and \
                span.end < len(doc) and doc[span.end].lower_ == "and":
            # "Vice Premier A and trade envoy B left for talks": the parser hung A inside B's post;
            # A stands where B stands
            root = next((a for a in _ancestors(root, 4) if a.ent_type_ == "PERSON" and a.dep_ in (
                "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")), root)
        if _excluded(root, trig, trig_anc) and not _heads_team(ctx, root, trig, m.target) and \
                not _owns_deed_at(root, trig):
            continue
        if _cited(root) or _in_earlier_deed(root):
            continue  # "..., the paper reported, citing X, who is covering the talks": the source
        if span.end + 1 < len(doc) and doc[span.end].text in ("'s", "’s") and root.dep_ == "conj" and \
                doc[span.end + 1].lower_ not in MEETING_NOUNS and doc[span.end + 1].lemma_.lower() not in MEETING_NOUNS:
            continue  # "... and Trump's son-in-law X": the possessor of X, joined by "and" to another
        p = ctx.person(m.target)
        met = root.dep_ == "dobj" and root.head.i == trig.i or root.dep_ == "pobj" and root.head.lower_ == "with" \
            and root.head.head.i == trig.i  # "held meetings with Houthi spokesman X": the one met
        if not met and ((p is not None and p.title and _REPORTERS.search(p.title)) or (
                span.start > 0 and _REPORTERS.fullmatch(doc[span.start - 1].lower_.rstrip("s")))):
            if root.dep_ == "conj":
                listed.append(m.target)  # (unless one of a delegation's list: "A, B and C, Spokesperson")
            continue  # spokespeople and journalists report on talks; they are not a side in them
        out.append(m.target)
    if len(out) >= 2:
        out += listed
    out = _narrow_to_scope(ctx, trig, mentions, out)
    if not out and trig.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
        # a misparse hung "X and Y" of "X and Y conferred" on an earlier phrase: the names
        # right before the verb are its subject
        k = trig.i - 1
        by_end = {}
        for m in mentions:
            sp = doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is not None and m.how in ("name", "title"):
                by_end[sp.end - 1] = (sp.start, m.target)
        run: list[str] = []
        while k >= sent.start:
            if k in by_end:
                run.append(by_end[k][1])
                k = by_end[k][0] - 1
            elif doc[k].lower_ in ("and", ",") and run:
                k -= 1
            else:
                break
        out = list(reversed(run))
    return unique(out)


def _named_in(doc: "Doc", mentions: list[Mention], people: list[str], tokens: set[int]) -> list[str]:
    """Those of `people` named inside `tokens` (a clause or phrase of the sentence)."""
    return [m.target for m in mentions if m.target in people and (sp := doc.char_span(
        m.start, m.end, alignment_mode="expand")) is not None and sp.root.i in tokens]


def _narrow_to_scope(ctx: ArticleContext, trig: "Token", mentions: list[Mention], out: list[str]) -> list[str]:
    """The people of the sentence whose clause the meeting word belongs to: not those who only
    comment on it or send others, not the main clause's when the meeting sits in a "while"
    clause or a relative clause, and every name of its own "between" phrase."""
    doc = ctx.doc
    between_sides = next((c for c in trig.children if c.dep_ == "prep" and c.lower_ == "between"), None) \
        if trig.pos_ == "NOUN" else None
    if between_sides is not None and not any(t.ent_type_ == "PERSON" for t in between_sides.subtree):
        # "X said Donbas will be a central topic in the talks between Russia, Ukraine and the US":
        # talks of the sides named; the one who comments on them is not thereby at the table
        for m in mentions:
            sp = doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is not None and _reports_it(sp.root, trig):
                out = [p for p in out if p != m.target]
    senders = set()
    for m in mentions:  # "X said he is sending a delegation to Istanbul to negotiate": X stays home
        sp = doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is not None and sp.root.dep_ == "nsubj" and sp.root.head.lemma_.lower() in ("send", "dispatch") \
                and sp.root.head.i != trig.i:
            senders.add(m.target)
    out = [p for p in out if p not in senders]
    contrast = next((a for a in [trig] + _ancestors(trig, 4) if a.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in a.children)), None)
    if contrast is not None:
        # "Since then, A has met B several times, while C travelled for talks with his US
        # counterparts": the talks of the while-clause are C's alone
        inside = {t.i for t in contrast.subtree}
        kept = _named_in(doc, mentions, out, inside)
        if kept:
            out = unique(kept)
    rel = next((a for a in _ancestors(trig, 4) if a.dep_ == "relcl"), None) if trig.pos_ == "NOUN" else None
    if rel is not None and rel.head.ent_type_ == "PERSON" and any(
            c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in rel.children):
        # "the guidance she received from A and B, who discussed it during a meeting": the
        # meeting is A's and B's (the relative clause's antecedent), not the speaker's
        own = {t.i for t in rel.subtree} | {rel.head.i} | {c.i for c in rel.head.conjuncts} | {
            t.i for c in [rel.head] + list(rel.head.conjuncts) for t in c.children if t.dep_ == "compound"}
        kept = _named_in(doc, mentions, out, own)
        if kept:
            out = unique(kept)
    between = next((c for c in trig.children if c.dep_ == "prep" and c.lower_ == "between"), None) \
        if trig.pos_ == "NOUN" else None
    if between is None and trig.pos_ == "NOUN" and trig.dep_ == "nsubj" and trig.head.lemma_.lower() in ("take", "occur"):
        # "The meeting took place between A, who is also X's envoy, and B": the parser may hang
        # B inside A's relative clause; every name in the "between" phrase is a side
        between = next((c for c in trig.head.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        if between is not None:
            inside = {t.i for t in between.subtree}
            for m in mentions:
                sp = doc.char_span(m.start, m.end, alignment_mode="expand")
                if sp is not None and sp.root.i in inside and m.how in ("name", "title") and m.target not in out \
                        and not _principal(sp.root) and not _served(sp.root) and sp.root.dep_ != "poss" \
                        and not any(a.dep_ == "prep" and a.lower_ in ("of", "to") and a.head.pos_ in ("NOUN", "PROPN")
                                    and a.i in inside for a in [sp.root] + _ancestors(sp.root, 4)):
                    out.append(m.target)  # (not "the envoy of General Secretary Y": Y sent him)
            between = None
    if between is not None and len(out) > 2:
        # "X thanked Y, adding that the meeting between A and B was productive": the
        # meeting's own "between" names its people; the others only talk about it
        inside = {t.i for t in between.subtree}
        named = _named_in(doc, mentions, out, inside)
        if len(set(named)) >= 2:
            out = [p for p in out if p in named]
    return out


def _served(root: "Token") -> bool:
    """"Medinsky, an aide to President Putin": is this the person an aide/envoy serves?"""
    if any(c.dep_ == "compound" and c.i < root.i - 1 and (c.ent_type_ in ("GPE", "LOC") or c.text in PLACES
                                                          or c.lower_ in REGIONS) for c in root.children):
        return False  # "envoy to Syria Tom Barrack": the place is his posting, he is the envoy
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in _SERVANTS:
        return True
    # the same read off the words when the parser hangs "to" elsewhere: "X, chief of staff to
    # President Y, ..."
    doc, k = root.doc, root.i - 1
    while k > 0 and doc[k].pos_ == "PROPN" and doc[k].dep_ == "compound" and (
            doc[k].ent_type_ == "PERSON" or _LEADER_TITLE.fullmatch(doc[k].text.lower())):
        k -= 1  # back over the given names and a head-of-state title, not over "envoy to Lebanon X"
    return k > 0 and doc[k].lower_ == "to" and doc[k - 1].lemma_.lower() in _SERVANTS | {"staff"}


def _principal(root: "Token") -> bool:
    """"X, chief of staff to President Y", "an aide to Y": Y is whom X serves."""
    for _ in range(3):  # "the brother of commander Y “Nickname”": Y hangs on the nickname
        if root.dep_ in ("nmod", "compound", "appos") and root.head.pos_ == "PROPN" and root.head.i > root.i:
            root = root.head
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and any(c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC") and c.i == prep.i + 1
                                for c in root.children):
        return False  # "US ambassador to Malaysia X" parsed as "to [Malaysia X]": the post ends at the place
    return prep is not None and prep.lower_ in ("to", "of") and prep.head.pos_ == "NOUN" and \
        prep.head.lower_ not in MEETING_NOUNS and prep.head.lemma_.lower() not in _SIDE_GROUPS and \
        prep.head.lower_ not in ("members", "member", "part", "head", "heads")


def _own_meeting(ctx: ArticleContext, sent: "Span", trig: "Token | None", mentions: list[Mention]) -> bool:
    """"The delegation, led by X and including Y, met A and B": the sentence tells a meeting
    of its own (a meeting verb with people of two sides), not the members of one told before."""
    if trig is None or trig.pos_ != "VERB" or trig.lemma_.lower() in _COMPOSITION_VERBS:
        return False
    if trig.lemma_.lower() == "visit":
        # "A mission, led by X, visited Dhaka from 6-17 April": a visit to another side's land
        place = next((c for c in trig.children if c.dep_ == "dobj"), None)
        visited = set(ctx.parties_in(place.idx, place.idx + len(place.text))) if place is not None else set()
        own = {ctx.country_of(p) for p in _participants(ctx, sent, trig, mentions)}
        return bool(visited - own)
    if trig.lemma_.lower() not in ("meet", "talk", "hold", "negotiate", "confer", "speak"):
        return False
    people = _participants(ctx, sent, trig, mentions)
    return len({ctx.country_of(p) for p in people} - {None}) >= 2 or len(people) >= 3


def _excluded(root: "Token", trig: "Token", trig_anc: set[int]) -> bool:
    """Is this person only the subject matter / owner of something, not a participant?"""
    if named_as_spouse(root):
        return True  # "The French President and his wife, B, were welcomed by X": a companion, not a side
    if _a_source(root, trig):
        return True  # "According to X, the two sides ...", "'A useful talk took place,' said aide X"
    if trig.pos_ == "NOUN" and _in_temporal_prep(trig) and any(c.dep_ == "poss" and c.pos_ == "PROPN"
                                                               for c in trig.children) and \
            any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children) and \
            root.i not in {t.i for t in trig.subtree}:
        return True  # "Hours after A's meeting with B, A and C discussed ...": that meeting is A's and B's
    if _freed_around_meeting(root, trig, trig_anc):
        return True  # "Russia released X after Y flew to Moscow and met Z": X is what the main verb acts on
    chain = [root] + _ancestors(root)
    first = min([root.i] + [c.i for c in root.children if c.dep_ == "compound"]) \
        if root.dep_ in ("conj", "appos") else 0
    if first > 0 and root.doc[first - 1].text in (",", "and"):
        between = next((a for a in chain if a.dep_ == "prep" and a.lower_ == "between"
                        and (a.head.i == trig.i or a.head.i in trig_anc)), None)
        if between is not None and any(c.dep_ == "pobj" and c.tag_ == "NNS" and c.lemma_.lower() in _PEOPLE_NOUNS
                                       for c in between.children):
            return False  # "held between the representatives in the talks on X from A and B, C and D": C and D
    addressee = False  # "relayed his position *to* X": X is spoken to, so takes part
    via_prep = False
    if _discussed(root, trig_anc):
        return True  # "At talks in P, A and B discussed a possible meeting between X and Y": a topic
    for i, a in enumerate(chain):
        if a.i == trig.i or a.i in trig_anc:
            break
        if a.pos_ == "VERB" and a.dep_ == "xcomp" and a.lemma_.lower() in MEETING_VERBS \
                and a.head.lemma_.lower() in _WISH:
            return True  # "At a meeting with A, B pledged to discuss X with C": C is at talks only promised
        if a.dep_ == "relcl" and a.head.ent_type_ == "PERSON" and any(
                x.pos_ == "NOUN" and x.lower_ in MEETING_NOUNS for x in chain[:i]):
            return True  # "A met B, who led the first round of talks with C": C is at those talks
        if via_prep and a.dep_ == "appos" and a.pos_ == "NOUN" and a.head.pos_ == "PROPN":
            return True  # "Premier A, China's top official behind President B, and C": B only describes A
        via_prep = via_prep or a.dep_ == "prep"
        if a.lemma_.lower() in ("conference", "briefing") and any(
                c.lower_ in ("press", "news", "joint") for c in a.children if c.dep_ in ("compound", "amod")):
            return True  # "at a joint press conference with X after the meeting": not a meeting
        if i > 0 and a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when", "whereas")
                                               for c in a.children):
            return True  # "the negotiations took place as X met Y": X is at another meeting
        if a.dep_ == "prep" and a.lower_ in ("to", "with", "between"):
            addressee = True
        if i > 0 and a.lemma_.lower() in _NOT_PARTICIPANT_HEADS and a.pos_ == "NOUN" and not addressee \
                and not (chain[i - 1].dep_ == "conj" and a.lemma_.lower() in _KIN_NOUNS):
            return True  # (but "joined by his son and deputy X": X is the son, told beside the word)
        if a.dep_ == "prep" and a.lower_ in _TOPIC_PREPS and a.head.i != trig.i and not (
                addressee and a.head.lower_ in MEETING_NOUNS and a.head.head.i == trig.i):
            return True  # (but "held talks on the plan with X": the parse hangs X on the topic)
        if i > 0 and a.pos_ == "NOUN" and a.lower_ in MEETING_NOUNS and a.i != trig.i and _in_temporal_prep(a):
            return True  # "met on Thursday, ahead of the summit between A and B": A and B are that summit's
        if i > 0 and a.pos_ == "NOUN" and a.lower_ in MEETING_NOUNS and a.i != trig.i and a.i not in trig_anc \
                and chain[i - 1].dep_ == "prep" and chain[i - 1].lower_ == "between" and \
                trig.i not in {x.i for x in a.subtree} and not _under_one_verb(a, trig):
            return True  # "no details emerged from the talks, ..., with a summit between A and B expected":
            # A and B are that summit's
        if i > 0 and a.dep_ == "prep" and a.lower_ in ("before", "after", "unlike", "besides", "following",
                                                        "amid") and (a.head.i in trig_anc or (
                a.head.lemma_.lower() in ("day", "hour", "week", "month") and a.head.head.i in trig_anc)) and not any(
                g.lower_ in MEETING_NOUNS for g in a.children if g.dep_ == "pobj"):
            return True  # "Before Sir Keir, Trump had spoken to X": someone else's turn (also "met A
            # in Beirut, a day after holding talks with B")
        if a.dep_ == "prep" and a.lower_ in ("over", "about", "regarding", "concerning"):
            return True
        if i > 0 and a.lemma_.lower() in ("discuss", "raise", "address", "propose", "consider") and \
                chain[i - 1].dep_ == "dobj":
            return True  # "discussing a possible meeting with Kim": the subject matter of the talks
    # "Medinsky, an aide to President Putin": Putin is whom the participant serves
    if _served(root):
        return True
    # "X conveyed a message from Y": Y sent it and is not in the room
    if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_.lower() in (
            "convey", "relay", "deliver", "pass", "carry", "bring", "hand", "read"):
        return True
    # "his talks with Trump officials", "the Putin team": the officials take part, not the leader
    if root.dep_ == "compound" and root.head.lemma_.lower() in _PEOPLE_NOUNS | {"aide", "adviser", "advisor"} \
            and root.head.i != trig.i:
        return True
    # possessor of a non-person noun: "Trump's tariffs"
    if root.dep_ == "poss" and root.head.lemma_.lower() in _NOT_PARTICIPANT_HEADS:
        return True
    # possessor of anything but the meeting itself: "Trump's top trade officials",
    # "President X's envoy Y" (the officials/envoy take part; X does not)
    if root.dep_ == "conj" and root.head.dep_ == "poss" and root.i + 1 < len(root.doc) and \
            root.doc[root.i + 1].text in ("'s", "\u2019s") and root.head.head.lemma_.lower() not in MEETING_NOUNS:
        return True  # "the meeting between Putin and Trump's team": Trump's team, not Trump
    if root.dep_ == "poss" and root.head.i != trig.i and root.head.lemma_.lower() not in MEETING_NOUNS:
        return True
    if root.dep_ == "nmod" and any(c.dep_ == "case" and c.text in ("'s", "\u2019s") for c in root.children) and \
            root.head.ent_type_ == "PERSON" and root.head.i != trig.i:
        return True  # "attended by Trump's son-in-law X" (parsed as a modifier of X): X attends, not Trump
    # argument of another clause: "after President X announced a pause, ..."
    for a in chain[1:]:
        if a.i == trig.i or a.i in trig_anc:
            break
        if _parenthetical_speaker(a, root):
            return True  # "The pause, he said, will allow talks between A and B": the speaker
        if a.lemma_.lower() in MEETING_VERBS and _told_at_another_time(a):
            return True  # "where he hosted A, two days after he met B in Alaska": B is that meeting's
        if a.pos_ in ("VERB", "AUX") and (a.dep_ in ("advcl", "relcl", "ccomp", "acl", "csubj") or (
                a.dep_ == "pcomp" and a.head.lower_ == "in" and a.tag_ == "VBG")) \
                and a.lemma_.lower() not in MEETING_VERBS | _COMPOSITION_VERBS and not (
                    a.dep_ == "acl" and (a.head.i == trig.i or (0 < a.i - trig.i <= 4 and a.lemma_.lower() in _CHAIRS)) and
                    a.lemma_.lower() in _PLAN | {"involve", "include", "bring", "gather"} | _CHAIRS):
            return True  # (but "a call scheduled between A and B": the call's own people)
    # the main clause of "Before the delegation met X, Y hailed ...": Y is not in the meeting;
    # the reporter of "A will meet B and C, Gill said" is not either (nor the name in apposition
    # to a subject post: "Iran's Deputy Foreign Minister for Legal Affairs X said that ...")
    root = _subject_post(root, trig)
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.i in trig_anc and root.head.i != trig.i:
        clause = next((a for a in [trig] + _ancestors(trig) if a.head.i == root.head.i and a.i != a.head.i), None)
        if clause is not None and clause.dep_ == "advcl" and clause.tag_ == "VBG" and \
                root.head.lemma_.lower() in _REPORT_VERBS and (clause.lemma_.lower() not in MEETING_VERBS or any(
                    g.lemma_.lower() in _AUDIENCE for c in clause.children if c.lower_ == "to" for g in c.children)):
            return True  # "Speaking to reporters at the embassy, where A met B, X said ...": X reports
        if clause is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "after", "while", "as", "since", "until")
                                             for c in clause.children):
                return True
            if clause.dep_ == "ccomp" and root.head.lemma_.lower() in ("believe", "think", "feel") and \
                    trig.dep_ in ("nsubj", "nsubjpass") and trig.head.i == clause.i:
                return True  # "X believes talks with Iran are moving along": an opinion on the process
            if clause.dep_ in ("ccomp", "parataxis") and root.head.lemma_.lower() in _REPORT_VERBS:
                named = sum(1 for t in clause.subtree if t.ent_type_ == "PERSON"
                            and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"))
                if named >= 2 or clause.dep_ == "parataxis":
                    return True
                # "X announced Y will lead the delegation during talks": Y, not X, takes part
                if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in clause.children):
                    return True
                # "X remarked that the US delegation had a good meeting with Y": the delegation met
                if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _SIDE_GROUPS and not any(
                        g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)  # "his delegation"
                       for c in clause.children):
                    return True
    # "Earlier, X had also confirmed the meeting": one who tells of (or judges) the meeting told
    # before, a bare "the meeting" with no counterpart of his own, is not in it (but "X confirmed
    # the upcoming virtual talks": new talks, his own)
    if root.dep_ == "nsubj" and trig.dep_ == "dobj" and trig.head.i == root.head.i \
            and trig.head.lemma_.lower() in _TOLD_OF_VERBS \
            and [(c.dep_, c.lower_) for c in trig.children if c.i < trig.i] == [("det", "the")] \
            and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children) \
            and not _TOLD_COMPOSITION.search(trig.sent.text):  # (not "X confirmed the call involved Y")
        return True
    # "Trump told Fox News' X that ... the discussions with Putin": the one told is an audience
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in ("tell", "inform", "assure", "warn") \
            and root.head.i != trig.i and root.head.i in trig_anc:
        return True
    # "Naqoura witnessed the first direct talks", "the week saw talks": a place or time, not a side
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in ("witness", "see", "mark", "host") and \
            root.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "DATE", ""):
        if root.head.lemma_.lower() != "host" or root.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in (
            "region", "town", "city", "village", "area", "province", "district") and \
            root.head.head.dep_ == "nsubj" and root.head.head.head.lemma_.lower() in ("witness", "see", "host"):
        return True  # "the region of Naqoura is witnessing talks"
    # "X is sending a delegation to Istanbul to have negotiations": X stays home
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in ("send", "dispatch") and root.head.i != trig.i:
        return True
    return False


# verbs by which a side tells of or judges a meeting it need not be in ("confirmed the meeting")
_TOLD_OF_VERBS = frozenset({"confirm", "announce", "deny", "welcome", "hail", "praise", "criticize", "criticise",
                            "dismiss", "condemn"})


def _in_earlier_deed(root: "Token") -> bool:
    """"A, who had presented the draft to C in Kyiv on Thursday, also took part": C is named in
    what A had done before (a relative clause in the past perfect), not at the meeting told."""
    return any(a.dep_ == "relcl" and a.head.ent_type_ == "PERSON" and _past_perfect(a) for a in _ancestors(root, 6))


def _freed_around_meeting(root: "Token", trig: "Token", trig_anc: set[int]) -> bool:
    """Is `root` the object of a main verb that is no meeting verb, with the meeting told in a
    clause of time under it ("released X after Y met Z", "X was freed once Y had talked to Z")?
    The object is what the main clause acts on; the meeting is Y's and Z's."""
    main = root.head
    if root.dep_ not in ("dobj", "nsubjpass") or main.i not in trig_anc or main.i == trig.i \
            or main.lemma_.lower() in MEETING_VERBS:
        return False
    a = trig
    while a.i != main.i and a.head.i != a.i:
        if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "once", "when", "until")
                                     for c in a.children):
            return a.head.i == main.i
        a = a.head
    return False


def _subject_post(root: "Token", trig: "Token") -> "Token":
    """The subject post a name is told after, when the parser hangs the name on it ("Iran's
    Deputy Foreign Minister for Legal Affairs X said": X in apposition to "Minister", or the
    object of its "for"); else the name itself. Only a post told before the meeting word: one
    after it ("to meet the envoy X") is rather a misparsed object."""
    post = root.head if root.dep_ == "appos" and root.head.i < root.i else None
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "of"):
        post = root.head.head
    if post is not None and post.i < trig.i and post.dep_ in ("nsubj", "nsubjpass") \
            and post.lemma_.lower() in ROLE_WORDS:
        return post
    return root


def _parenthetical_speaker(a: "Token", root: "Token") -> bool:
    """Is `root` the subject of a parenthetical report ("X, he said, will ...")?"""
    return a.dep_ == "parataxis" and a.lemma_.lower() in _REPORT_VERBS and root.head.i == a.i and \
        root.dep_ == "nsubj"


def _only_a_source(ctx: ArticleContext, m: Mention) -> bool:
    """Is this mention only the source of a report (see `_a_source`)?"""
    sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return sp is not None and _a_source(sp.root)


def _a_source(root: "Token", trig: "Token | None" = None) -> bool:
    """Is this name the source of a report: "according to X", or the subject of a "said" that
    closes a quotation ("'A frank talk took place,' said aide X"; with a meeting word, one inside
    that quotation)?"""
    r = root
    while r.dep_ == "appos" and r.head.i != r.i:
        r = r.head
    if r.dep_ == "pobj" and r.head.lower_ == "to" and r.head.head.lower_ == "according":
        return True
    said = r.head
    if r.dep_ != "nsubj" or said.lemma_.lower() not in ("say", "add", "tell"):
        return False
    if said.i > r.i:  # "A's call to B showed 'real leadership,' Sen. X, R-Ala., told Semafor": the
        # name before "told", after a quotation that follows the meeting word (not one that holds
        # it: "'We had talks for two hours,' X told reporters" is X's own meeting)
        return trig is not None and said.lemma_.lower() == "tell" and trig.i < r.i \
            and any(t.is_quote for t in r.doc[trig.i:r.i]) and not any(
            t.is_quote or t.lower_ in ("i", "we", "my", "our", "us", "me") for t in r.doc[said.sent.start:trig.i])
    start = said.sent.start if trig is None else trig.i
    return start < said.i and any(t.is_quote for t in r.doc[start:said.i])


def _first_conjunct(t: "Token") -> "Token":
    """The first of a chain of conjuncts ("A, B, C and D travelled": each hangs on the one before),
    which carries the chain's role in the clause."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def _reports_it(tok: "Token", trig: "Token") -> bool:
    """Is `tok` the subject of a report verb the meeting word is told under ("..., she said",
    "X said the talks will ...")? Who tells of the meeting, not one at it."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _REPORT_VERBS and tok.head.i != trig.i \
        and trig.i in {t.i for t in tok.head.subtree}


def _clause_role(t: "Token") -> "Token":
    """The word that carries a name's role in its clause: the first of its conjuncts, or the post
    it stands in apposition to ("The US envoy, A, held talks": A as the subject)."""
    t = _first_conjunct(t)
    return t.head if t.dep_ == "appos" and t.head.i != t.i else t


def _joint_subject_before(ctx: ArticleContext, sent: "Span", recent: list[Mention]) -> list[str]:
    """"A and B visited Washington. Their meeting with C ...": the people who were the joint
    subject of the sentence just before."""
    prev = ctx.sentence_after(sent, -1)
    if prev is None:
        return []
    out = []
    for m in recent:
        if prev.start_char <= m.start < prev.end_char and m.how in ("name", "title"):
            sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if sp is not None and _first_conjunct(sp.root).dep_ in ("nsubj", "nsubjpass"):
                out.append(m.target)
    return unique(out) if len(unique(out)) >= 2 else []


def _group_participants(ctx: ArticleContext, sent: "Span", recent: list[Mention]) -> list[str]:
    """"The delegations met ...": the latest named person of each side, from recent text."""
    words = {t.lower_ for t in sent}
    the_pair = _THE_PAIR.search(sent.text)
    if the_pair or _BETWEEN_THE_TWO.search(sent.text):
        # "the pair is set to meet ...": the joint subject of the sentence before ("A and B met
        # with C. The pair is set to meet D": A and B), else the last two people named before
        pair = _joint_subject_before(ctx, sent, recent) if the_pair else []
        if len(pair) == 2:
            return pair
        names: list[str] = []
        for m in reversed(recent):
            if m.start < sent.start_char and m.target not in names:
                names.append(m.target)
            if len(names) == 2:
                return list(reversed(names))
    if not words & (GROUP_NOUNS | {"heads"}) and not ({"two", "both"} & words and "sides" in words):
        return []
    by_country: dict[str, str] = {}
    if words & {"delegations", "sides", "teams", "negotiators"}:
        by_country = _delegation_heads(ctx)
    only_leaders = not words & (GROUP_NOUNS - {"leaders", "presidents"})
    if len(by_country) < 2:
        by_country = {}
        window = [m for m in recent if m.start >= _window_start(ctx, sent, 6)]
        teams_only = bool(words & {"teams", "delegations", "negotiators"}) and not words & {"leaders", "presidents"}
        for m in reversed(window):
            if only_leaders and not _is_leader(ctx, m.target):
                continue  # "the leaders' meeting": heads, not any minister named before
            if _only_a_source(ctx, m):
                continue  # "'...,' said aide X", "According to X, the two sides ...": who told it

            if teams_only and _is_leader(ctx, m.target):
                continue  # "our respective teams will meet": the teams, not the heads who sent them
            c = ctx.country_of(m.target)
            if c and c not in by_country:
                by_country[c] = m.target
    if len(by_country) < 2:
        return _titled_group(ctx, sent)
    sent_parties = ctx.parties_in(sent.start_char, sent.end_char)
    chosen = [by_country[c] for c in sent_parties if c in by_country]
    if not chosen:
        groups = [t for t in sent if t.lower_ in ("delegations", "sides", "teams", "negotiators", "officials",
                                                  "leaders", "presidents", "heads")]
        inside = {i for g in groups for i in (c.i for c in g.subtree)}
        owners = {m.target for m in ctx.party_mentions if sent.start_char <= m.start < sent.end_char and
                  (sp := ctx.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None and
                  sp.root.i in inside}
        if len(owners) >= 2:
            return []  # "the delegations of A and B met": nobody of A or B named before
    return unique(chosen or list(by_country.values())[:2])


def _leaders_tied(sent: "Span", trig: "Token") -> bool:
    """Is "the (two) leaders" a side of this meeting word (its subject, its object, in its
    phrase), not of another event ("set the stage for the leaders meeting")?"""
    near = {trig.i} | {a.i for a in _ancestors(trig, 3)}
    inside = {c.i for c in trig.subtree}
    for t in sent:
        if t.lower_ not in ("leaders", "presidents", "state"):
            continue
        if t.lower_ != "state" and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" \
                and t.head.head.lower_ not in MEETING_NOUNS:
            continue  # "the advisers of the leaders of A, B and C": the advisers meet, not the leaders
        if t.head.i in near or t.i in inside:
            return True
    return False


def _is_leader(ctx: ArticleContext, name: str) -> bool:
    p = ctx.person(name)
    return p is not None and bool(p.title) and bool(_LEADER_TITLE.search(p.title)) and not re.search(
        r"vice|deputy|former|commission|acting|council", p.title, re.IGNORECASE)


def _leaders(ctx: ArticleContext) -> list[str]:
    """Heads of state/government named in the article, one per country, in text order."""
    out: dict[str, str] = {}
    for p in ctx.people:
        if p.country and p.title and _LEADER_TITLE.search(p.title) and not re.search(
                r"vice|deputy|former|commission|acting|council", p.title, re.IGNORECASE):
            out.setdefault(p.country, p.name)
    return list(out.values())


def _delegation_heads(ctx: ArticleContext) -> dict[str, str]:
    """country -> the first person the article ties to a delegation ("X, who headed Moscow's
    delegation", "chief Ukrainian delegate X", "delegation, led by X")."""
    heads: dict[str, str] = {}
    for p in ctx.people:
        if p.country and p.title and re.search(r"delegat|negotiator|head of", p.title, re.IGNORECASE):
            heads.setdefault(p.country, p.name)
    for sent in ctx.sentences:
        st = ctx.text[sent.start_char:sent.end_char].lower()
        if re.search(r"\b(?:led|headed|leads|heads|leading|heading) (?:the |\w+'s |\w+’s )?(?:\w+ )?"
                     r"(?:delegation|negotiating team|team)|delegation,? (?:led|headed) by", st):
            for m in ctx.mentions_in(sent.start_char, sent.end_char):
                c = ctx.country_of(m.target)
                if c:
                    heads.setdefault(c, m.target)
    return heads


def _window_start(ctx: ArticleContext, sent: "Span", n: int) -> int:
    sents = ctx.sentences
    idx = next((i for i, s in enumerate(sents) if s.start == sent.start), 0)
    return sents[max(0, idx - n)].start_char


def _parties(ctx: ArticleContext, sent: "Span", people: list[str]) -> list[str]:
    """Sides: participants' countries plus parties acting in the sentence."""
    out = [c for c in (ctx.country_of(p) for p in people) if c]
    doc = ctx.doc
    for m in ctx.party_mentions:
        if not (m.start >= sent.start_char and m.end <= sent.end_char):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        head = root.head
        if any(a.dep_ == "prep" and a.lower_ in _TOPIC_PREPS for a in [root] + _ancestors(root, 4)):
            continue
        if _discussed(root):
            continue  # "discussed the latest news from Lebanon and Ukraine with X": subject matter
        if root.dep_ in ("compound", "amod", "poss", "nmod") and head.lemma_.lower() not in _PEOPLE_NOUNS \
                and head.lower_ not in _PEOPLE_NOUNS and compound_head(head).lemma_.lower() not in _BODY_HEADS:
            continue  # (but "the ELN guerrilla group", "the IG Metall union": the body itself)
        if root.dep_ == "pobj" and head.lower_ in ("to", "for") and head.head.lower_ in ROLE_WORDS and not (
                head.lower_ == "for" and head.head.lower_.rstrip("s") in ("negotiator", "representative")):
            continue  # "the ambassador to Turkey": the post's country, not a side at the table (but
            # "negotiators for Canada Post" are that side's)
        out.append(m.target)
    return unique(out)


def _venue_parties(ctx: ArticleContext, sent: "Span") -> list[str]:
    """Parties named only as the place of a meeting ("meet in Paris"): venues, not sides."""
    out, other = [], set()
    doc = ctx.doc
    for m in ctx.party_mentions:
        if not (m.start >= sent.start_char and m.end <= sent.end_char):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is not None and root.dep_ in ("appos", "conj", "npadvmod") and root.head.dep_ == "pobj":
            root = root.head  # "in Turnberry, Scotland": the country of the place told
        if root is not None and root.dep_ == "pobj" and (root.head.lower_ in ("in", "at") or (
                root.head.lower_ == "to" and root.head.head.lemma_.lower() in ("visit", "trip", "tour", "journey"))):
            out.append(m.target)  # (also "during his visit to Scotland")
        else:
            other.add(m.target)
    return [v for v in out if v not in other]
