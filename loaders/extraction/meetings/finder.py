"""The entry point: `find_meetings` reads every sentence's drafts, carries what earlier
sentences told into the next ones (sides, sessions, a planned round's day), then merges and
dates them (see `merge`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..context import ArticleContext, Mention, unique
from ..dates import ANAPHORIC_DAY as _ANAPHORIC_DAY, DateMention, find_dates
from ..model import Meeting
from .lexicon import (
    MEETING_NOUNS, _BESIDE, _COMPOSITION, _FUTURE_COMPOSITION, _LED_GROUP, _ORDINALS,
    _PAST_COMPOSITION, _RELATIVE_POST, _REPORT_VERBS, _SIDES_TAKE_PART, _TITLED_GROUP_WORD,
    _WELCOMING_GUESTS, _WHO_LED,
)
from .triggers import _ancestors, _in_temporal_prep, _marked_clause, _trigger
from .participants import _cited, _in_earlier_deed, _own_meeting, _principal, _served
from .attributes import _Draft, _second_session, _status
from .drafts import _drafts_for
from .merge import (
    _beside_participants, _companions, _date_from_sides, _dating_meeting, _fallback_dates,
    _inherit_dates, _joins_told, _merge, _resumed_session, _seat, _sides_from_pending,
    _unnamed_counterparts,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


def find_meetings(ctx: ArticleContext) -> list[Meeting]:
    """Every reported meeting of the article, merged, in text order."""
    body = ctx.text.find("\n") + 1 if "\n" in ctx.text else 0
    drafts: list[_Draft] = []
    pending: list[_Draft] = []  # meetings told only by their sides, waiting for named members
    last_comp: "tuple[int, _Draft] | None" = None  # the latest composition sentence and its meeting
    last_targets: "tuple[int, list[_Draft]]" = (-9, [])  # the latest member list's sessions (of one side)
    recent_people: list[Mention] = []
    absorbed: set[int] = set()  # lines of a member list ("... includes:" then one "Name, post" a line)
    for si, sent in enumerate(ctx.sentences):
        if sent.start_char < body:
            continue
        if si in absorbed:
            continue  # a line of a member list read with the sentence that opened it
        mentions = ctx.mentions_in(sent.start_char, sent.end_char)
        stext = ctx.text[sent.start_char:sent.end_char]
        composed = bool(_COMPOSITION.search(stext))
        for k in _member_lines(ctx, si) if composed else []:
            line = ctx.sentences[k]
            mentions = mentions + ctx.mentions_in(line.start_char, line.end_char)[:1]
            absorbed.add(k)
        listed = bool(mentions) and (composed or bool(_LED_GROUP.search(stext)))
        own_trig = _trigger(sent) if listed else None
        # "- X's delegation led by A and ...": a member list only when no meeting word is there
        composition = listed and (composed or own_trig is None)
        led = _WHO_LED.search(stext) if composition else None
        close = stext.find(",", led.end()) if led is not None else -1
        if close > 0 and not re.match(r",\s+and\b", stext[close:]):
            # "A, who led Beijing's delegation, told B ...": A heads it, B is only told (but "A, who
            # heads the team, and B": a list going on)
            mentions = [m for m in mentions if m.end <= sent.start_char + close]
        if composition and mentions and not _own_meeting(ctx, sent, own_trig, mentions):
            # "The US delegation included A, B and C": members of the latest held meeting
            # (also one told only by its sides: "a meeting of the two delegations took place")
            cands = sorted(drafts + pending, key=lambda d: d.order)
            subj = {m.target for m in mentions if m.how in ("name", "title") and
                    (sp := ctx.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None and
                    sp.root.dep_ in ("nsubj", "nsubjpass")}
            host = None
            if last_comp is not None and si - last_comp[0] == 1 and last_comp[1] in drafts:
                host = last_comp[1]  # "A was joined by B. The other side was represented by C."
            if host is None:  # "On May 30 a US-Ukrainian meeting took place. The Ukrainian delegation was led by A"
                host = next((d for d in pending if si - d.order == 1), None)
            if host is None and subj:  # "A was joined by B and C": A's meeting, however far back
                named_here = {m.target for m in mentions if m.how in ("name", "title")}
                host = next((d for d in reversed(drafts) if subj & set(d.participants) and si - d.order <= 12
                             and d.status == "held" and not named_here <= set(d.participants)), None)
                host = _told_before(drafts, host)
            told_past = bool(_PAST_COMPOSITION.search(stext))  # "X was represented by A": not the talks ahead
            host = host or next((d for d in reversed(cands) if si - d.order <= 2
                                 and not (told_past and d.status == "planned")), None) or \
                next((d for d in reversed(cands) if d.status == "held" and si - d.order <= 6), None)
            if host is None:  # a meeting so far told only by its sides takes the delegation named later
                past = bool(re.search(r"\b(?:was|were|attended|joined|took part|participated)\b", stext))
                host = next((d for d in reversed(pending) if si - d.order <= 10
                             and not (past and d.status == "planned")), None)  # (not a planned one's)
            sides = set(ctx.parties_in(sent.start_char, sent.end_char))
            if host is None and sides:  # "Hamas officials in P are being led by X": the recent talks of this side
                host = next((d for d in reversed(cands) if si - d.order <= 10 and sides <= set(d.parties)
                             and d.status != "cancelled" and not (told_past and d.status == "planned")), None)
            if host is None and re.search(r"\bthe (?:[A-Z][\w-]+ )?(?:talks|negotiations|meeting|summit|call|"
                                           r"conversation)\b", stext, re.IGNORECASE):  # (also "the Istanbul meeting")
                host = next((d for d in reversed(cands) if d.status == "held"), None)
            if host is not None and sides and not sides & set(host.parties):
                # the nearest meeting is of other sides: take the latest one of these sides
                near = [d for d in reversed(cands) if si - d.order <= 6 and sides & set(d.parties)
                        and not set(d.participants) & set(host.participants) and not d.by_sides]
                host = near[0] if near else host
            if host is not None and sides and len(host.participants) >= 2 and si - host.order >= 2:
                # "A, B and C are convening talks. ... B's leader met D. ... B's team includes X":
                # the members of a side are of the talks told only by their sides, waiting for names
                waiting = next((d for d in reversed(pending) if si - d.order <= 10 and sides <= set(d.parties)
                                and d.status != "cancelled"), None)
                host = waiting or host
            if host is not None and not (host.location and host.location in stext):
                # "A met B in P. A also met C at the border. The delegation in P included X": the
                # meeting held where the list says it sat
                host = next((d for d in reversed(cands) if d.location and si - d.order <= 6 and d.status == "held"
                             and re.search(r"\b(?:in|at) %s\b" % re.escape(d.location), stext)), host)
            told_host = host
            if host is not None and host.status == "held" and _FUTURE_COMPOSITION.search(stext):
                # "I just concluded a call with Xi ... Our teams will meet. We will be represented by
                # A, B and C": the people are for the talks ahead, not the call just held
                host = _Draft([], list(host.parties), None, "unknown", "planned", None, None, None,
                              list(host.topics), sent, si)
                drafts.append(host)
            if host is None and last_comp is not None and last_comp[1].sessions and si - last_comp[0] <= 2:
                host = told_host = last_comp[1]  # (the next side's list of the same sessions)
            targets = [host] if host is not None else []
            if host is not None and host.sessions:
                # "A held talks with B's team on D1 and D2, while meeting with C's on D3. ... B's
                # delegation was led by X": the members of one side join that side's sessions only
                targets = [d for d in host.sessions if sides & set(d.parties)] or (
                    last_targets[1] if not sides and si - last_targets[0] == 1 else list(host.sessions))
                host = targets[-1]
                last_targets = (si, targets)
            if host is not None:
                last_comp = (si, told_host)  # (the next member list is of the talks told, not the ones ahead)
                for target in targets:
                    if target in pending:  # the sides' meeting now has named people
                        pending.remove(target)
                        drafts.append(target)
                drafts.sort(key=lambda d: d.order)
                adds: list[str] = []
                company = _companions(sent)  # "X, accompanied by Y, urged Z to ...": Y joins, Z is told
                for m in mentions:
                    if company is not None and not company[0] <= m.start < company[1]:
                        continue
                    sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
                    if sp is not None and (sp.root.dep_ == "poss" or (
                            sp.root.dep_ == "compound" and sp.root.head.dep_ == "poss") or (
                            sp.end < len(ctx.doc) and ctx.doc[sp.end].text in ("'s", "’s"))):
                        continue  # "Putin's aide X": the aide attends, not Putin
                    if sp is not None and (_principal(sp.root) or _served(sp.root) or _cited(sp.root)
                                           or _in_earlier_deed(sp.root)):
                        continue  # "X, an aide to President Y": Y sent X, Y is not there
                        # (nor the source a report cites: "..., TASS reported, citing spokesman Y")
                    if sp is not None and sp.root.dep_ == "nsubj" and \
                            sp.root.head.lemma_.lower() in _REPORT_VERBS and not _RELATIVE_POST.match(
                                ctx.text, m.end, min(m.end + 60, sent.end_char)):
                        continue  # "..., Ukraine's president X said": the reporter (not "X, who
                        # was the head of Guyana's delegation, explained": a member who speaks)
                    if m.how in ("name", "title") and m.target not in adds:
                        adds.append(m.target)
                if host.anaphoric and len(adds) >= 2:
                    # "the two sides ..." had been read as the last person named on each side;
                    # the delegations named now replace that guess
                    host.participants = []
                    host.anaphoric = False
                # "A held meetings with B and C. ... X and Y attended the meeting": the sessions
                # told together in one sentence share the members told after them
                named_here = {m.target for m in mentions if m.how in ("name", "title")}
                twins = [d for d in drafts if d is not host and d.order == host.order and d.status == host.status
                         and set(d.participants) & set(host.participants) and host in drafts
                         and not host.sessions and not named_here & (set(host.participants) - set(d.participants))]
                # (not the session the sentence is not about: "... urged Z": the one with Z)
                for meeting in [t for t in targets if t is not host] + [host] + twins:
                    for who in adds:
                        _seat(ctx, meeting, who)
                recent_people.extend(m for m in mentions if m.how in ("name", "title"))
                continue
        if stext.lstrip()[:3] in ("Wel", "Gre", "Rec", "Hos") and _WELCOMING_GUESTS.match(stext):
            # "Welcoming his counterparts, X stressed ...": the host of the meeting just told
            host = next((d for d in reversed(drafts) if si - d.order <= 1 and d.status == "held"), None)
            named = [m for m in mentions if m.how in ("name", "title")]
            if host is not None and named:
                sp = ctx.doc.char_span(named[0].start, named[0].end, alignment_mode="expand")
                if sp is not None and sp.root.dep_ == "nsubj":
                    _seat(ctx, host, named[0].target)
                    recent_people.extend(named)
                    continue
        beside = _BESIDE.match(stext) if mentions else None
        if beside is not None and _beside_participants(ctx, sent, stext, beside, mentions, drafts, si):
            # "Alongside his French counterpart A and Germany's B, C said ...": C's talks just told
            recent_people.extend(m for m in mentions if m.how in ("name", "title"))
            continue
        took_part = _SIDES_TAKE_PART.search(stext) if not mentions else None
        if took_part is not None:
            # "The talks are co-hosted by A and B, with C acting as observers" (the sides after the
            # verb), "The D delegation is taking part" (the side just before it): sides of the talks
            # told last, no one named
            host = next((d for d in sorted(drafts + pending, key=lambda d: d.order, reverse=True)
                         if si - d.order <= 10 and d.status != "cancelled"), None)
            at = sent.start_char
            if took_part.group("by"):
                sides = ctx.parties_in(at + took_part.end(), sent.end_char)
            else:
                clause = max(stext.rfind(",", 0, took_part.start()), stext.rfind(";", 0, took_part.start())) + 1
                sides = ctx.parties_in(at + clause, at + took_part.start())
            if host is not None and sides:
                host.parties.extend(p for p in sides if p not in host.parties)
                continue
        skip: set[int] = set()
        sides_only: list[_Draft] = []  # a meeting of sides only, kept unless another word has people
        for _ in range(3):  # the first meeting word may be only wished for; try the next
            trig = _trigger(sent, skip)
            if trig is None:
                first = next((t for t in sent if t.lower_ in _ORDINALS and t.dep_ in ("nsubj", "nsubjpass")), None)
                resumed = _resumed_session(ctx, sent, first, drafts, si) if first is not None else None
                if resumed is not None:
                    drafts.append(resumed)
                break
            if trig.pos_ == "NOUN" and trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.pos_ == "NOUN" and \
                    trig.head.head.lower_ in ("date", "venue", "timing", "agenda", "format"):
                skip.add(trig.i)  # "On the date of the next meeting, he said A will travel to meet B":
                continue  # the topic of the sentence; A's meeting with B is the one told
            anchor = next((d.date.date for d in reversed(drafts) if d.date is not None and d.date.date), None)
            if si > 0 and _ANAPHORIC_DAY.search(stext) and not (drafts and drafts[-1].order == si - 1):
                # "On December 2, X announced ... On the same day, a meeting took place": the day
                # told in the sentence just before, meeting or not
                prev = ctx.sentences[si - 1]
                ptext = ctx.text[prev.start_char:prev.end_char]
                told = [d for d in find_dates(ptext, ctx.published) if d.date and not _ANAPHORIC_DAY.fullmatch(d.text)]
                if told:
                    anchor = told[-1].date
            if si > 0 and anchor is None and _ANAPHORIC_DAY.search(stext):
                # "X announced on Wednesday ... He confirmed a conversation two days prior": no
                # meeting day told yet, so the count runs from the last day the text told
                for back in range(1, 11):
                    if si - back < 0:
                        break
                    prev = ctx.sentences[si - back]
                    ptext = ctx.text[prev.start_char:prev.end_char]
                    told = [d for d in find_dates(ptext, ctx.published) if d.date and not _ANAPHORIC_DAY.fullmatch(d.text)
                            and (ctx.published is None or d.date <= ctx.published)]
                    if told:
                        anchor = told[-1].date
                        break
            got = _drafts_for(ctx, sent, trig, mentions, recent_people, si, anchor, told=bool(drafts))
            if len(got) == 1 and not got[0].participants and stext.count(" with ") >= 2:
                got = _sessions_by_counterpart(ctx, sent, got[0])
            if got and not got[0].participants and not got[0].sessions and any(
                    d.sessions and si - d.order <= 2 and set(got[0].parties) <= {p for x in d.sessions for p in x.parties}
                    for d in pending[-3:]):
                break  # "... while meeting with B on D3. The talks with B lasted 12 hours": those sessions again
            if got and not got[0].participants:
                for g in got:
                    g.by_sides = True
                sides_only = sides_only or got
                if not any(m.how in ("name", "title") for m in mentions):
                    break
                skip.add(trig.i)  # "talks between A and B, as both sides prepare for the summit":
                continue  # the summit is of sides only; the talks have people
            if got:
                sides_only = []
                _recall_told_participants(got, drafts, si)
                _team_leader_joins(ctx, trig, got, si)
                got[:] = _sideline_bilaterals(ctx, trig, _separate_meetings(ctx, trig, got, mentions), mentions)
                drafts.extend(got)
                more = _second_session(ctx, sent, trig, got, mentions, si, skip, recent_people)
                if more is not None and more.distinct:
                    drafts.insert(drafts.index(got[0]), more)  # (a relative clause's earlier talks: not
                    # the meeting a later "their meeting" refers back to)
                elif more is not None:
                    drafts.append(more)
                drafts.extend(_dating_meeting(ctx, sent, trig, got, mentions, recent_people, si))
                break
            resumed = _resumed_session(ctx, sent, trig, drafts, si)
            if resumed is not None:
                drafts.append(resumed)
                break
            if _joins_told(ctx, sent, trig, mentions, drafts, si):
                break
            if _status(sent, trig) is None and any(c.dep_ == "neg" for a in [trig] + _ancestors(trig, 2)
                                                   for c in a.children):
                if _but_met(trig) is not None or _as_met(ctx, sent, mentions, skip) is not None \
                        or _held_during(sent, trig) is not None:
                    skip.add(trig.i)  # "X did not take part in the talks, but did meet with Y afterward"
                    continue  # (or "X will not negotiate under pressure, as Y met with Z": Y's meeting;
                    # "he had not engaged in any negotiation during his talks with Y": those talks were held)
                break  # "a meeting between A and B has not been arranged at the summit": nothing else to read
            skip.add(trig.i)
            if _status(sent, trig) is not None:
                # a reported meeting word without people: only a dating noun ("following a
                # meeting with X") may still hold the encounter
                # "After a meeting with A and B, C said they plan to hold another round":
                # the unnamed plan aside, only a dating noun may still hold a told encounter
                dating = {t.i for t in sent if t.i not in skip and t.pos_ in ("NOUN", "PROPN")
                          and t.lower_ in MEETING_NOUNS and (_in_temporal_prep(t) or any(
                              c.dep_ == "poss" and c.pos_ == "PROPN" for c in t.children) or any(
                              c.dep_ == "prep" and c.lower_ == "between" and any(
                                  g.ent_type_ == "PERSON" for g in c.subtree) for c in t.children))
                          and any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in t.children)}
                # (or "referring to A's call with B": a named one's meeting told in passing; or "...,
                # with a summit between A and B expected later": a meeting of named people of its own)
                other = _as_met(ctx, sent, mentions, skip, ("before", "after"))
                if other is not None:  # "The experts will meet in P before A and B meet again on D"
                    dating.add(other.i)
                if not dating:
                    break
                skip |= {t.i for t in sent} - dating
        pending.extend(sides_only)
        recent_people.extend(m for m in mentions if m.how in ("name", "title"))
    _unnamed_counterparts(ctx, drafts)
    _sides_from_pending(ctx, drafts, pending)
    _date_from_sides(ctx, drafts, pending)
    _inherit_dates(drafts)
    meetings = _merge(ctx, drafts)
    _fallback_dates(ctx, meetings)
    meetings += _listed_sides_apart(ctx, meetings)
    return meetings


# "ministers from A, B and C": counterparts told only by the countries they come from
_COUNTERPARTS_FROM = re.compile(r"\b(?:ministers|counterparts|officials|leaders|delegations|envoys)\s+(?:from|of)\b")


def _told_before(drafts: list[_Draft], host: "_Draft | None") -> "_Draft | None":
    """"A and B held a summit. During the discussions, A said ... A was accompanied by C and D":
    a meeting referred back to ("the discussions") with no one the meeting before lacks is that
    meeting, and its members are that meeting's."""
    if host is None or not (host.anaphoric or _THE_MEETING.search(host.sent.text)):
        return host
    return next((d for d in reversed(drafts) if host.order - 3 <= d.order < host.order and d.status == host.status
                 and set(host.participants) < set(d.participants)), host)


_THE_MEETING = re.compile(r"\b(?:the|these|those) (?:[\w-]+ )?(?:discussions|talks|meeting|summit|call|session|"
                          r"negotiations|conversation)\b", re.IGNORECASE)


def _member_lines(ctx: ArticleContext, si: int) -> list[int]:
    """The lines after a member list's opening that ends in a colon ("the Mexican team features
    key officials, including:"), each a name first and at most a post after it ("Vidal Llerenas,
    Deputy Minister of Industry"): the sentences that hold the list's members."""
    sent = ctx.sentences[si]
    if not ctx.text[sent.start_char:sent.end_char].rstrip().endswith(":"):
        return []
    out: list[int] = []
    for k in range(si + 1, min(si + 16, len(ctx.sentences))):
        line = ctx.sentences[k]
        first = ctx.mentions_in(line.start_char, line.end_char)[:1]
        raw = ctx.text[line.start_char:line.end_char]
        item = raw.lstrip("-•*\u2013\u2014 ")  # (past a bullet)
        if not first or first[0].how != "name" or first[0].start > line.start_char + len(raw) - len(item) \
                or len(item.split()) > 16 or any(t.pos_ == "VERB" for t in line):
            break  # (a name first, then at most a post: no verb, no sentence)
        out.append(k)
    return out


def _as_met(ctx: ArticleContext, sent: "Span", mentions: list[Mention], skip: set[int],
            marks: tuple[str, ...] = ("as", "while", "when")) -> "Token | None":
    """"..., as Y met with Z": a meeting verb in a clause of time or manner ("as", "while",
    "when") whose subject is a named person, beside a main clause that denies another meeting."""
    named_at = {sp.root.i for m in mentions if m.how in ("name", "title")
                and (sp := ctx.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None}
    return next((t for t in sent if t.i not in skip and t.lemma_.lower() == "meet" and _marked_clause(t, marks)
                 and any(c.dep_ == "nsubj" and c.i in named_at for c in t.children)), None)


def _listed_sides_apart(ctx: ArticleContext, meetings: list[Meeting]) -> list[Meeting]:
    """"A met with foreign ministers from B, C and D, as well as E's F": A's meetings with the
    counterparts told only by their countries are apart from A's meeting with F; told as one
    meeting of A and F, those sides were nobody's counterparts. Returns the meetings split off."""
    out: list[Meeting] = []
    for m in meetings:
        hit = _COUNTERPARTS_FROM.search(m.evidence.text) if m.evidence is not None else None
        if len(m.participants) < 2 or hit is None:
            continue
        named = {ctx.country_of(p) for p in m.participants} - {None}
        listed = ctx.parties_in(m.evidence.start + hit.end(), m.evidence.end)  # the countries of the list
        unnamed = [s for s in m.parties if s not in named and s in listed]
        host = m.participants[0]
        own = ctx.country_of(host)
        if len(unnamed) < 2 or any(ctx.country_of(p) is None for p in m.participants[1:]):
            continue  # (the named counterparts must be of sides of their own: "the leaders of A and B ... X and Y")
        m.parties = [s for s in m.parties if s in named]
        hosts = [p for p in m.participants if own is not None and ctx.country_of(p) == own] or [host]
        # ("the pair is set to meet officials from A, B and C": both of the pair)
        out.append(replace(m, participants=hosts, parties=([own] if own else []) + unnamed, topics=list(m.topics)))
    return out


def _sessions_by_counterpart(ctx: ArticleContext, sent: "Span", draft: _Draft) -> list[_Draft]:
    """"The US held two rounds with the A delegation on D1 and D2, while meeting with the B team on
    D3": a sides-only sentence with two "with" phrases, each of other sides and followed by its own
    days, is one session per counterpart and day (the others' sides are in all of them)."""
    groups: list[tuple[int, set[str]]] = []  # (offset of "with", sides under it)
    for t in sent:
        if t.lower_ != "with" or t.dep_ != "prep":
            continue
        sub = {x.i for x in t.subtree}
        under = set()
        for m in ctx.party_mentions:
            if sent.start_char <= m.start < sent.end_char:
                sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
                if sp is not None and sp.root.i in sub:
                    under.add(m.target)
        if under:
            groups.append((t.idx - sent.start_char, under))
    if len(groups) < 2 or any(a[1] & b[1] for i, a in enumerate(groups) for b in groups[i + 1:]):
        return [draft]
    stext = ctx.text[sent.start_char:sent.end_char]
    days: list[DateMention] = []
    for d in find_dates(stext, ctx.published, future=draft.status == "planned"):
        if d.date is not None and d.end_date is None:
            days.append(d)
        elif d.date is not None and " and " in d.text:  # "on March 3 and March 5": two sessions, not a span
            days += [replace(d, end_date=None), replace(d, date=d.end_date, end_date=None)]
    common = [p for p in draft.parties if not any(p in g for _, g in groups)]
    if not common:
        return [draft]
    out: list[_Draft] = []
    for i, (at, sides) in enumerate(groups):
        end = groups[i + 1][0] if i + 1 < len(groups) else len(stext)
        own = [d for d in days if at < d.start < end]
        if not own:
            return [draft]
        for d in own:
            out.append(replace(draft, parties=common + sorted(sides), date=d, extra_dates=[], venues=list(draft.venues),
                               topics=list(draft.topics), participants=[]))
    for d in out:
        d.sessions = out
    return out


# the nouns of a travelling group whose leader a sentence names ("a staff team led by X")
_TEAM_NOUNS = frozenset({"team", "mission", "delegation"})


def _team_leader_joins(ctx: ArticleContext, trig: "Token", got: list[_Draft], si: int) -> None:
    """"A staff team from the IMF, led by X, visited Nairobi ... The team met with A and B": the
    definite team of a meeting is the one told just before, so its leader takes part too."""
    if len(got) != 1 or trig.pos_ != "VERB":
        return
    subj = next((c for c in trig.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _TEAM_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children) \
            or any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in subj.children):
        return
    for back in range(1, 9):  # (the leader is told in the story's opening, the team's meetings later)
        if si - back < 0:
            return
        prev = ctx.sentences[si - back]
        for t in prev:
            if t.lemma_.lower() not in _TEAM_NOUNS or t.pos_ != "NOUN":
                continue
            led = next((c for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head")), None)
            agent = next((c for c in led.children if c.dep_ == "agent"), None) if led is not None else None
            who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            leader = ctx.person_at(who.idx, who.idx + len(who.text)) if who is not None else None
            if leader is None:
                continue
            draft = got[0]
            if leader.name not in draft.participants:
                draft.participants.insert(0, leader.name)
            told = ctx.parties_in(t.sent.start_char, t.idx + len(t.text) + 40)  # "a staff team from the IMF"
            side = ctx.country_of(leader) or next(iter(told), None)
            if side and side not in draft.parties:
                draft.parties.insert(0, side)
            return


def _separate_meetings(ctx: ArticleContext, trig: "Token", got: list[_Draft],
                       mentions: list[Mention]) -> list[_Draft]:
    """"The party plans to hold meetings next week with A, B's leader C and D's leader E": plural
    meetings with a list of people are one meeting each, of the subject's side and that person
    (with the side named in the person's own conjunct), not one meeting of all of them."""
    if trig.pos_ == "VERB":  # "held meetings with ...": the light verb's object is the meeting word
        trig = next((c for c in trig.children if c.dep_ == "dobj"), trig)
    if len(got) != 1 or trig.pos_ != "NOUN" or trig.lemma_.lower() != "meeting" or trig.tag_ != "NNS":
        return got
    prep = next((c for c in trig.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if prep is None and trig.dep_ == "dobj":
        prep = next((c for c in trig.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > trig.i), None)
    first = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if first is None:
        return got
    conjuncts = [first]
    for c in conjuncts:  # the chain of conjuncts ("A, B and C"), walked as it grows
        conjuncts.extend(k for k in c.children if k.dep_ == "conj")
    conjuncts.sort(key=lambda t: t.i)
    spans = []
    for c in conjuncts:
        inner = {t.i for k in c.children if k.dep_ == "conj" for t in k.subtree}
        toks = [t for t in c.subtree if t.i not in inner and t.dep_ not in ("cc", "punct")]
        if toks:
            spans.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    people = [[m.target for m in mentions if a <= m.start < b and m.how in ("name", "title")] for a, b in spans]
    if len(spans) < 2 or any(len(set(p)) != 1 for p in people):
        return got
    verb = trig.head if trig.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    own = [] if subj is None else ctx.parties_in(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
    if not own and subj is not None and subj.lower_ in ("party", "union", "delegation") and any(
            c.lower_ == "the" for c in subj.children):
        before = [m for m in ctx.party_mentions if m.end <= trig.sent.start_char]
        own = [before[-1].target] if before else []  # "The DEM Party has ... The party plans to ..."
    if len(own) != 1:
        return got
    out = []
    for (a, b), p in zip(spans, people):
        sides = unique(own + [x for x in ctx.parties_in(a, b) if x != own[0]])
        out.append(replace(got[0], participants=[p[0]], parties=sides))
    return out


def _sideline_bilaterals(ctx: ArticleContext, trig: "Token", got: list[_Draft],
                         mentions: list[Mention]) -> list[_Draft]:
    """"A will meet B's President X and C's President Y on the sidelines of the summit": talks
    on a summit's sidelines with leaders of different sides are one bilateral meeting each."""
    if len(got) != 1 or trig.pos_ != "VERB" or trig.lemma_.lower() != "meet" or \
            "sidelines" not in trig.sent.text.lower():
        return got
    first = next((c for c in trig.children if c.dep_ == "dobj"), None)
    if first is None:
        prep = next((c for c in trig.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        first = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if first is None:
        return got
    conjuncts = [first]
    for c in conjuncts:
        conjuncts.extend(k for k in c.children if k.dep_ == "conj")
    met = []
    for c in conjuncts:
        inner = {t.i for k in c.children if k.dep_ == "conj" for t in k.subtree}
        own = {m.target for m in mentions if m.how in ("name", "title")
               and (sp := ctx.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
               and sp.root.i in {t.i for t in c.subtree} - inner}
        if len(own) != 1:
            return got
        met.append(own.pop())
    countries = [ctx.country_of(p) for p in met]
    hosts = [p for p in got[0].participants if p not in met]
    if len(met) < 2 or None in countries or len(set(countries)) != len(met) or len(hosts) != 1 or \
            ctx.country_of(hosts[0]) in countries:
        return got
    return [replace(got[0], participants=hosts + [p], parties=unique(
        [x for x in [ctx.country_of(hosts[0]), c] if x] + [x for x in got[0].parties if x not in countries]))
            for p, c in zip(met, countries)]


def _held_during(sent: "Span", trig: "Token") -> "Token | None":
    """A meeting noun with its counterpart in a "during" phrase of the clause that denies `trig`
    ("he had not been engaged in any negotiation during his talks with Y"): denying what went on
    in the talks does not deny that they took place."""
    return next((t for t in sent if t.i != trig.i and t.pos_ == "NOUN" and t.lower_ in MEETING_NOUNS
                 and t.dep_ == "pobj" and t.head.lower_ == "during"
                 and any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children)), None)


def _but_met(trig: "Token") -> "Token | None":
    """The meeting verb set against a negated one by "but" in the same sentence ("did not take
    part in the talks, but did meet with Y"), where there is one."""
    verbs = [trig] + _ancestors(trig, 2)
    for v in verbs:
        for c in v.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in ("meet", "talk", "speak") \
                    and any(k.dep_ == "cc" and k.lower_ == "but" for k in v.children) \
                    and not any(k.dep_ == "neg" for k in c.children):
                return c
    return None


def _recall_told_participants(got: list[_Draft], drafts: list[_Draft], si: int) -> None:
    """"A and B held talks in X, mediated by C's minister D. ... The ministers agreed to a follow-up
    meeting on D2": the group is the people of the talks just told, not the last ones named
    (the mediator's minister named in between)."""
    if len(got) != 1 or not got[0].anaphoric:
        return
    told = next((d for d in reversed(drafts) if d.status == "held" and len(d.participants) >= 2
                 and si - d.order <= 6 and not d.anaphoric), None)
    guess = set(got[0].participants)
    if told is None or guess <= set(told.participants):
        return
    if not guess & set(told.participants) and not _TITLED_GROUP_WORD.search(got[0].sent.text):
        return  # (other people altogether, "their teams will meet", are of another meeting)
    if got[0].status == "planned" and (got[0].date is None or got[0].date.date is None):
        got.clear()  # "the sides agreed to hold a follow-up discussion": no day, nothing more than told
        return
    got[0].participants = list(told.participants)
    got[0].parties = unique(got[0].parties + told.parties)
