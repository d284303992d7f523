"""Meetings: who met whom, when, where, how, for how long, about what.

Why sentence-level rules: a reported encounter is almost always stated in one sentence
around a meeting word ("held talks with", "met", "spoke by phone", "summit", "round of
negotiations"). For each such sentence we read, from the parse and cheap regexes:

- participants: the people mentioned in the sentence (names, resolved pronouns, "the
  minister"), minus people who are only the *subject matter* ("talks over the tariffs of
  the Trump administration") and, for group subjects ("the delegations met"), the latest
  person of each side;
- status: cancelled ("called off") > planned (will/scheduled/set to/agreed to hold/next) >
  held; talks only hoped for or proposed ("wants to meet") are skipped;
- kind: phone/video words, else in_person for met/summit/visit or a place, else unknown;
- date: the sentence's date phrase (not deadlines: "by July 9", "until ..."), resolved
  with the tense; without one, the date of an earlier meeting with the same people;
- one sentence may report several sessions ("talks with A for 70 minutes and with B for
  45 minutes", "met A and B separately", "spoke to A on Monday and B on Tuesday");
- a meeting may be told across sentences: its sides first ("a U.S.-Ukrainian meeting took
  place", "negotiations between A, B and C"), its delegations next ("The US delegation was
  led by X"); each side in its own sentence ("X will represent the US in the talks ... Y will
  lead the talks on the Iranian side"); further sessions ("the discussions are set to resume
  on Monday", "the second round took place on April 19", "in the afternoon, X held separate
  talks with Y"); people added later ("the meeting would be with Secretary X");
- one side's own sessions (a cabinet or taskforce meeting), talks a team is formed to hold,
  and meetings only discussed or commented on are not encounters;
- duplicate mentions of one meeting (same people, compatible date and status) are merged; a
  day read from another clause ("left Wednesday after a meeting with X") is only a guess
  that a mention with the meeting's own day replaces;
- people who only surround a meeting are not in it: those who comment on "talks between
  Russia, Ukraine and the US", send a delegation, hold a joint press conference after it,
  are served by an aide ("chief of staff to President Y"), or belong to the main clause when
  the meeting sits in a "while" or relative clause; and people added to one told before
  ("The talks, hosted by C", "B and C accompanied A to the meeting", "They are expected to
  meet X" after a list, '"Held the first meeting with ...," wrote X').
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .context import ArticleContext, Mention, make_evidence, unique
from .dates import ANAPHORIC_DAY as _ANAPHORIC_DAY
from .gated import GatedPattern
from .dates import RELATIVE_DAY, WEEKDAYS, DateMention, find_dates, resolve_weekday
from .lexicon import GROUP_NOUNS, PLACES, REGIONS, ROLE_WORDS
from .model import Meeting
from .parties import GROUP_MEMBERS, canonical_party
from .topics import topics_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MEETING_NOUNS = frozenset({"talks", "talk", "meeting", "meetings", "call", "calls", "conversation", "conversations",
                           "summit", "negotiations", "negotiation", "round", "discussions",
                           "discussion", "session", "consultations", "dialogue", "phone",
                           "telephone", "videoconference", "encounter", "sit-down", "meet"})
MEETING_VERBS = frozenset({"meet", "talk", "speak", "phone", "confer", "negotiate", "host", "convene",
                           "huddle", "hold", "have", "visit", "join", "attend", "discuss", "welcome",
                           "receive"})
# "held an exchange with X", "had contacts with X"
_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "2", "3", "4", "5", "6"})
_EXCHANGE_NOUNS = frozenset({"exchange", "exchanges", "contact", "contacts"})
# "hosted the US delegation"
_HOSTED_GROUPS = frozenset({"delegation", "delegations", "counterpart", "counterparts", "team", "leaders",
                            "officials", "envoy", "envoys", "talks", "meeting", "summit", "directors", "ministers",
                            "negotiators", "representatives", "diplomats"})
_NOT_MEETING_OBJ = frozenset({"demand", "demands", "target", "targets", "deadline", "need",
                              "needs", "expectation", "expectations", "requirement",
                              "requirements", "criteria", "standard", "goal", "conditions"})
# words that make a meeting only wished for / proposed, not arranged
_WISH = frozenset({"want", "hope", "propose", "offer", "seek", "wish", "like",
                   "willing", "could", "might", "may", "push", "urge", "suggest", "invite",
                   "eager", "keen", "prefer", "consider", "possible", "possibility", "if",
                   "potential", "undecided", "explore", "try", "aim", "hypothetical", "unclear",
                   "decline", "refuse", "reject", "rule", "facilitate", "pave", "task", "goal",
                   "groundwork", "eagerness", "desire", "willingness", "readiness", "intention",
                   "instruct", "order", "direct", "authorize", "authorise", "mandate",
                   "ask", "request", "demand", "proposal", "suggestion", "idea",  # "asked for a meeting"
                   "invitation"})  # "accepted an invitation to visit": no visit arranged yet
# words that set a day ("invited B for talks this Thursday"): an arrangement, no longer a wish
_DAY_WORDS = frozenset(WEEKDAYS) | {"tomorrow", "january", "february", "march", "april", "may", "june", "july",
                                    "august", "september", "october", "november", "december"}
# a team formed / a person told to hold talks: the talks are a task, not an arrangement
_COMMISSION = frozenset({"form", "assemble", "appoint", "instruct", "order", "authorize", "authorise",
                         "mandate", "task"})
_MOTION_VERBS = frozenset({"leave", "travel", "head", "fly", "depart", "go", "set", "arrive", "come",
                           "return", "journey"})
_ATTEMPT_NOUNS = frozenset({"effort", "attempt", "bid", "push", "hope", "hopes", "efforts", "attempts"})
_PLAN = frozenset({"schedule", "plan", "set", "expect", "due", "agree", "arrange", "slate",
                   "prepare", "intend", "going", "upcoming", "next", "planned",
                   "scheduled", "expected", "slated", "future"})
_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "would"})
_CANCEL = GatedPattern(re.compile(r"\b(cancel(?:l?ed|s)?|call(?:ed|s)? off|scrapp?(?:ed)?|postpone[sd]?|"
                                   r"pulled out of|abandon(?:ed)?|(?:being|been|was|were|is|are) rescheduled|rescheduling|"
                                   r"(?:being|been|was|were|is|are) (?:put )?on hold)\b", re.IGNORECASE), (
    "cancel", "call", "scrap", "postpone", "pulled out of", "abandon", "reschedul", "on hold"))
# "call" as a phone call, not "called on / for" (a demand), "so-called" or "what he called a ..."
_PHONE = re.compile(r"\b(?:phone|telephone|phoned|dialed)\b|(?<!so-)\bcall(?:s|ed)?\b"
                    r"(?!\s+(?:for|upon|it|this|that)\b)(?!\s+on\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))"
                    r"(?<!what he called)(?<!what she called)"
                    r"(?<!what they called)(?<!what it called)", re.IGNORECASE)
# phrases that tell a call whatever word the meeting is told by ("in a phone call", "by phone")
_CALL_PHRASE = re.compile(r"\b(?:(?:tele)?phone[- ]?(?:call|conversation|talks?)|by (?:tele)?phone|"
                          r"over the (?:tele)?phone|in a (?:brief |short |lengthy |long )?call)\b", re.IGNORECASE)
_VIDEO = re.compile(r"\b(video|videoconference|video-conference|virtual(?:ly)?|online meeting|by video link)\b",
                    re.IGNORECASE)
_IN_PERSON = re.compile(r"\b(met|meet|meets|meeting|summit|visit(?:s|ed|ing)?|hosted|in person|in-person|"
                        r"shook hands|convened|"
                        r"face-to-face|sat down|trip)\b", re.IGNORECASE)
_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "half": 0.5}
_DURATION = re.compile(
    r"\b(?:(?P<num>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?P<andhalf>\s+and\s+a\s+half)?[\s-]+(?P<unit>hours?|hrs?|minutes?|mins?)\b(?P<plushalf>\s+and\s+a\s+half)?"
    r"|(?P<halfhour>half an hour))", re.IGNORECASE)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_ROUND = re.compile(r"\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                    r"twelfth|\d{1,2}(?:st|nd|rd|th))\s+(?:\w+\s+){0,3}?round\b|\bround\s+(?P<num>\d{1,2})\b",
                    re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"(?:\bby|\buntil|\btill|\bsince|\bbefore|\bdeadline(?: of)?|\bfrom|\bafter|"
                              r"\bstarting|\beffective|\bthrough|\bon or before)\s*$", re.IGNORECASE)
# "joined by his son and deputy X": a person described by these words and then named
_KIN_NOUNS = frozenset({"son", "daughter", "brother", "sister", "wife", "husband", "aide", "ally", "friend"})
_NOT_PARTICIPANT_HEADS = frozenset({"administration", "government", "policy", "tariff", "measure", "plan",
                                    "proposal", "demand", "position", "statement", "remark", "order",
                                    "decision", "deadline", "letter", "threat", "comment", "son", "aide",
                                    "spokesperson", "spokesman", "office", "war", "invasion", "regime",
                                    "approach", "stance", "announcement", "message", "post", "rule",
                                    "term", "presidency", "campaign", "request", "behalf", "push", "effort",
                                    "bid", "pressure", "attempt", "drive", "release", "arrest", "detention",
                                    "imprisonment", "freeing", "extradition", "death", "killing",
                                    "ally", "invitation", "friend", "rival", "critic", "opponent", "foe", "successor",
                                    "predecessor"})  # "Lukashenko, an ally of Putin": Putin is not there
_TOPIC_PREPS = frozenset({"over", "about", "regarding", "concerning", "on", "toward", "towards",
                          "against", "under", "despite"})
_AUDIENCE = frozenset({"reporter", "journalist", "medium", "media", "press", "audience", "crowd",
                       "supporter", "lawmaker", "parliament", "nation", "public", "television",
                       "broadcaster", "newspaper", "agency", "outlet", "student", "news", "tv",
                       "radio", "channel", "network", "podcast", "interviewer", "host", "anchor"})
_REPORT_VERBS = frozenset({"say", "confirm", "tell", "add", "report", "announce", "note", "write",
                           "state", "claim", "insist", "explain", "stress", "post", "reveal", "remark", "convey", "express",
                           "voice"})
_SIDE_GROUPS = frozenset({"delegation", "team", "side", "negotiator", "official", "envoy", "representative",
                          "delegate"})
_VERDICT_VERBS = frozenset({"describe", "call", "praise", "hail", "welcome", "term", "characterize",
                            "characterise", "criticize", "criticise", "dismiss"})
_OUTCOME_NOUNS = frozenset({"outcome", "result", "detail", "content", "readout", "substance", "purpose", "goal",
                            "aim", "point", "focus", "agenda"})
_RESUMED = frozenset({"sume", "convene", "open", "start", "begin", "continue", "conclude", "end"})  # (after "re")
_COMPOSITION_VERBS = frozenset({"include", "represent", "attend", "join", "accompany", "lead", "head",
                                "comprise", "participate", "present"})
# "X, who was the head of Guyana's delegation, ...": a member named by a relative clause
_HEAD_OF_DELEGATION = (r"who (?:(?:was|is) (?:the )?head of \w+['’]s (?:\w+ )?(?:delegation|team)|"
                       r"(?:led|headed|leads|heads) the [\w.]+ (?:delegation|team|side))\b")
_COMPOSITION = GatedPattern(re.compile(r"\b(?:delegation (?:also )?(?:included|includes|comprised|consisted|"
                                       r"(?:is|was|are|were|will be) (?:made up|composed) of)|"
                                       r"(?:be|been|was|were|is|are) (?:\w+ )?represented\b[^.;]{0,30}?\bby|"
                                       r"(?:was|were) (?:also )?joined (?:on (?:the )?[\w.]+(?: [\w.]+)? side )?by|"
                                       r"(?:was|were|are|is) (?:also |all )?(?:present )?(?:on|in on) the (?:call|line)\b|"
                                       r"(?:was|were|are|is|(?:will|would)(?: also)? be) (?:also )?present (?:at|for|during|in) the (?:talks|meeting|call|"
                                       r"negotiations|conversation)|also took part|"
                                       r"\b(?:delegation|team|side)s?\b[^;.]{0,20}?\b(?:was|were|is|are|will be) (?:\w+ )?(?:led|headed) by|"
                                       r"\bside\b[^;.]{0,20}?\b(?:include[sd]?|comprise[sd]?)\b|"
                                       r"\b(?:talks|meeting|negotiations|summit|call) (?:was|were|is|are) (?:set|scheduled|expected|due) "
                                       r"to (?:bring together|include|involve)\b|(?:was|were) (?:also )?(?:part|members?) of the \w+ "
                                       r"(?:team|delegation|side)|\bled the [\w.]+ (?:side|delegation|team)\b|also (?:attended|joined|took part|"
                                       r"participated)|(?:attended|joined|will attend|will join) (?:the )?(?:talks|meeting|negotiations)|"
                                       r"\b(?:later |also )?joined (?:them|the pair|the two(?: men| women| leaders| ministers)?|"
                                       r"the (?:ministers|leaders|delegations|negotiators|envoys))\b|"
                                       r"(?:is|are|was|were) also participating in the (?:talks|discussions|meeting|negotiations)|"
                                       r"\b(?:was|were) (?:also )?(?:in attendance|at the (?:meeting|talks|session|negotiations))(?=\s*[.,;])|"
                                       r"accompanied by|(?:was|were) also present|\b(?:will|would|is to|are to) (?:also )?attend(?=\s*[.,;]|,? (?:alongside|along with|together with)\b)|"
                                       r"\balso arriv(?:ing|ed) (?:in|at)\b|\btook part(?=\s*[.,;])|\bamong the participants\b|"
                                       r"\bparticipants (?:were|included)\b|\b(?:led|headed) \w+['’]s (?:\w+ )?(?:delegation|team|side)\b|"
                                       r"\b" + _HEAD_OF_DELEGATION + r"|"
                                       r"^\W*(?:it|the (?:[\w-]+ )?(?:meeting|talks|session|summit))(?:, [^,;]{0,80},)? (?:was|were) "
                                       r"(?:also )?(?:co-?)?(?:chaired|attended|observed|witnessed|overseen|supervised|moderated)(?: on the [\w-]+ side)? by|"
                                       r"(?:talks|meeting|negotiations|discussions) (?:was|were|is|are) (?:\w+ )?(?:mediated|hosted|convened|"
                                       r"chaired|facilitated|brokered) by|took part in the (?:talks|meeting)|"
                                       r"(?:is|are|was|were) leading the [\w\s]{0,30}(?:delegation|team)|"
                                       r"(?:facilitates|facilitated|mediates|mediated|chairs|chaired|moderated|moderates) the "
                                       r"(?:talks|dialogue|meeting|negotiations|discussions|process)\b|"
                                       r"among the (?:officials|delegates|members) (?:joining|attending|accompanying)|"
                                       r"delegation\b[^;]{0,60}?\bincluding|^\W*(?:it|they) (?:also )?(?:includes?|included|comprises?)\b|"
                                       r"\b(?:delegation|delegates|team)\b[^;]{0,30}?\b(?:include[sd]?|comprise[sd]?)\b|"
                                       r"\b(?:delegation|team)\b, (?:led|headed) by [^;]{0,80}?, (?:also )?(?:include[sd]?|comprise[sd]?)\b|"
                                       r"^\W*(?:also )?in \w+(?: \w+)?['’]s (?:\w+ )?(?:party|delegation|entourage|team) (?:were|was)\b|"
                                       r"\bjoining \w+(?: \w+)? (?:for|at|in|on) the (?:talks|meeting|negotiations|"
                                       r"visit|trip|call|delegation)(?: \w+)? (?:was|were|is|are)\b|"
                                       r"\b(?:is|are) (?:also )?(?:expected|due|set|scheduled) to join(?= later| on| next| this|\s*[.,;])|"
                                       r"^\W*the (?:[\w-]+ )?(?:meeting|talks|summit|negotiations), (?:mediated|hosted|chaired|"
                                       r"brokered|facilitated|moderated) by|"
                                       r"\bwith\b[^.;]{0,90}\b(?:present|in attendance)(?=\s*[.,;])|"
                                       r"^\W*(?:also )?(?:in attendance|present) (?:were|was)\b|"
                                       r"^\W*others (?:in|at) the (?:meeting|talks|session|call)s? (?:were|included)\b|"
                                       r"^\W*(?:also )?(?:attending|present at|participating in|taking part in) the (?:meeting|talks|"
                                       r"session|summit|call|negotiations|discussions)(?: \w+)? (?:were|was)\b|"
                                       r"^\W*the (?:talks|negotiations|discussions) (?:are|were|is|was) (?:being )?(?:led|headed) by)\b",
                                       re.IGNORECASE), (
    # for each branch above, a word it cannot match without
    "delegation", "represented", "join", "the call", "the line", "present", "took part", "ed by", "overseen by",
    "include", "comprise", "bring together", "involve", "part of the", "member", "led the", "attend",
    "particip", "accompanied by", "also arriv", "led ", "headed ", "head of", "leading the", "facilitat",
    "mediat", "chair", "moderat", "among the", "party", "entourage", "team", "in attendance", "taking part",
    "at the ", "others "))
# "Alongside his counterparts A and B, C said ...": a fronted phrase of those beside the speaker
_BESIDE = re.compile(r"^\W*(?:alongside|together with|along with|flanked by|standing (?:alongside|next to|beside))\b"
                     r"[^,;]{3,120},", re.IGNORECASE)
# "The talks are co-hosted by A and B", "the D delegation is taking part": the sides of the talks
# just told (read only in a sentence that names no one)
_SIDES_TAKE_PART = re.compile(r"^\W*the (?:[\w-]+ )?(?:talks|meeting|negotiations|summit|discussions|session)\b[^.;]{0,60}? "
                              r"(?:are|were|is|was|will be) (?:being |also )?(?:co-?)?(?:hosted|mediated|brokered|"
                              r"facilitated|sponsored|convened|attended|observed|organi[sz]ed) (?P<by>by)\b|"
                              r"\b(?:delegation|delegations|team|side)s? (?:is|are|was|were) (?:also )?"
                              r"(?:taking part|participating|attending|present)\b", re.IGNORECASE)
# "Welcoming his counterparts, X ...": the subject hosts the guests of the meeting just told
_WELCOMING_GUESTS = re.compile(r"\W*(?:welcoming|greeting|receiving|hosting) (?:his|her|their|the|both|the two) "
                               r"(?:[\w-]+ )?(?:counterparts?|guests?|delegations?|visitors?|ministers|envoys|"
                               r"delegates|negotiators)\b[^,;.]{0,40},", re.IGNORECASE)
_PAST_COMPOSITION = re.compile(r"\b(?:was|were) (?:also )?(?:represented|joined|led|headed|accompanied|present)\b|"
                               r"\b(?:attended|took part|participated)\b", re.IGNORECASE)
_PEOPLE_NOUNS = frozenset({"official", "delegation", "side", "team", "government", "leader", "president",
                           "minister", "negotiator", "counterpart", "envoy", "diplomat", "representative",
                           "delegate", "administration", "secretary", "premier", "chancellor",
                           "counterparts", "officials", "leaders", "delegations"})


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


def find_meetings(ctx: ArticleContext) -> list[Meeting]:
    """Every reported meeting of the article, merged, in text order."""
    body = ctx.text.find("\n") + 1 if "\n" in ctx.text else 0
    drafts: list[_Draft] = []
    pending: list[_Draft] = []  # meetings told only by their sides, waiting for named members
    last_comp: "tuple[int, _Draft] | None" = None  # the latest composition sentence and its meeting
    last_targets: "tuple[int, list[_Draft]]" = (-9, [])  # the latest member list's sessions (of one side)
    recent_people: list[Mention] = []
    for si, sent in enumerate(ctx.sentences):
        if sent.start_char < body:
            continue
        mentions = ctx.mentions_in(sent.start_char, sent.end_char)
        stext = ctx.text[sent.start_char:sent.end_char]
        listed = bool(mentions) and bool(_COMPOSITION.search(stext) or _LED_GROUP.search(stext))
        own_trig = _trigger(sent) if listed else None
        # "- X's delegation led by A and ...": a member list only when no meeting word is there
        composition = listed and (bool(_COMPOSITION.search(stext)) or own_trig is None)
        if composition and not _own_meeting(ctx, sent, own_trig, mentions):
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
            told_past = bool(_PAST_COMPOSITION.search(stext))  # "X was represented by A": not the talks ahead
            host = host or next((d for d in reversed(cands) if si - d.order <= 2
                                 and not (told_past and d.status == "planned")), None) or \
                next((d for d in reversed(cands) if d.status == "held" and si - d.order <= 6), None)
            if host is None:  # a meeting so far told only by its sides takes the delegation named later
                past = bool(re.search(r"\b(?:was|were|attended|joined|took part|participated)\b", stext))
                host = next((d for d in reversed(pending) if si - d.order <= 10
                             and not (past and d.status == "planned")), None)  # (not a planned one's)
            if host is None and re.search(r"\bthe (?:talks|negotiations|meeting|summit|call|conversation)\b", stext,
                                           re.IGNORECASE):
                host = next((d for d in reversed(cands) if d.status == "held"), None)
            sides = set(ctx.parties_in(sent.start_char, sent.end_char))
            if host is not None and sides and not sides & set(host.parties):
                # the nearest meeting is of other sides: take the latest one of these sides
                near = [d for d in reversed(cands) if si - d.order <= 6 and sides & set(d.parties)
                        and not set(d.participants) & set(host.participants) and not d.by_sides]
                host = near[0] if near else host
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
                    if sp is not None and (_principal(sp.root) or _served(sp.root)):
                        continue  # "X, an aide to President Y": Y sent X, Y is not there
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
                drafts.extend(got)
                more = _second_session(ctx, sent, trig, got, mentions, si, skip, recent_people)
                if more is not None:
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
                break  # "a meeting between A and B has not been arranged at the summit": nothing else to read
            skip.add(trig.i)
            if _status(sent, trig) is not None:
                # a reported meeting word without people: only a dating noun ("following a
                # meeting with X") may still hold the encounter
                # "After a meeting with A and B, C said they plan to hold another round":
                # the unnamed plan aside, only a dating noun may still hold a told encounter
                dating = {t.i for t in sent if t.i not in skip and t.pos_ in ("NOUN", "PROPN")
                          and t.lower_ in MEETING_NOUNS and (_in_temporal_prep(t) or any(
                              c.dep_ == "poss" and c.pos_ == "PROPN" for c in t.children))
                          and any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in t.children)}
                # (or "referring to A's call with B": a named one's meeting told in passing)
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
    return meetings


# meeting verbs that start an encounter of their own (not "have/hold" a meeting, nor "join/attend" one)
_SESSION_VERBS = MEETING_VERBS - {"have", "hold", "join", "attend"}


def _apart_meeting_words(sent: "Span", words: "set[int]") -> bool:
    """Two meeting words, neither inside the other's phrase ("meet with A and also hold talks
    with B", not "met A during talks with B")."""
    if len(words) < 2:
        return False
    doc = sent.doc
    toks = [doc[i] for i in words]
    return all(a.i not in {x.i for x in _ancestors(b, 8)} and b.i not in {x.i for x in _ancestors(a, 8)}
               for a in toks for b in toks if a.i < b.i)


def _own_meeting_word(sent: "Span", pos: int) -> "int | None":
    """The meeting verb or noun a name at `pos` (offset in the sentence) hangs from, within
    four steps up ("meet with A": meet; "hold talks with B": talks)."""
    tok = next((t for t in sent if t.idx - sent.start_char == pos), None)
    for a in _ancestors(tok, 4) if tok is not None else []:
        if (a.pos_ == "VERB" and a.lemma_.lower() in _SESSION_VERBS) or \
                (a.pos_ == "NOUN" and a.lower_ in MEETING_NOUNS):
            return a.i
    return None


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


_TITLED_GROUP_WORD = re.compile(r"\b[Tt]he (?:two |both )?(?:foreign )?(?:ministers|leaders|presidents|premiers)\b")


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


# --------------------------------------------------------------------------- triggers
_TEMPORAL_PREPS = frozenset({"before", "after", "ahead", "prior", "following", "since", "during"})


def _in_temporal_prep(t: "Token") -> bool:
    """"before the talks", "ahead of the summit", "after talks on Saturday": the noun names
    another event that only dates the clause."""
    h = t.head
    if h.dep_ == "prep" and h.lower_ in _TEMPORAL_PREPS:
        return True
    return h.lower_ in ("of", "to") and h.head.lower_ in ("ahead", "prior")


def _trigger(sent: "Span", skip: "set[int] | None" = None) -> "Token | None":
    """The word that reports a meeting in this sentence, or None. Tokens in `skip` are not
    considered; a meeting noun that only dates the clause ("before the talks") is taken
    only when the sentence has no other meeting word."""
    skip = skip or set()
    best = _trigger_scan(sent, skip)
    if best is not None and best.pos_ == "NOUN" and best.dep_ == "nsubj" and \
            best.head.lemma_.lower() in ("follow", "come", "precede") and \
            any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these")) or c.dep_ == "poss"
                for c in best.children):
        # "The phone talks followed an in-person meeting ...": the told talks date a new one
        other = _trigger_scan(sent, skip | {best.i})
        if other is not None and (other.head.i == best.head.i or (
                other.head.dep_ == "prep" and other.head.lower_ in ("after", "before") and
                other.head.head.i == best.head.i)):
            return other
    if best is not None and best.pos_ in ("NOUN", "PROPN") and _in_temporal_prep(best):
        other = _trigger_scan(sent, skip | {best.i}, nouns_in_prep=False)
        if other is not None:
            return other
    return best


def _named_visit(t: "Token") -> bool:
    """A visit noun told with its visitor (a named person: "X's visit", "a visit by X") and the
    country or capital visited ("to Turkey", "to Washington")."""
    to = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
          if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
    if not to or (t.head.lower_ == "of" and t.head.head.lower_ in ("time", "eve", "anniversary", "wake")):
        return False  # ("a reporter there at the time of a visit by X": the visit only dates the clause)
    return any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in t.children) or any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.ent_type_ == "PERSON" for g in c.children)
        for c in t.children)


def _trigger_scan(sent: "Span", skip: set[int], nouns_in_prep: bool = True) -> "Token | None":
    best = None
    for t in sent:
        if t.i in skip:
            continue
        low, lem, pos = t.lower_, t.lemma_.lower(), t.pos_
        if not (pos in ("NOUN", "PROPN") and (low in MEETING_NOUNS or low in ("conference", "engagement", "engagements"))
                or pos in ("VERB", "AUX") and (lem in MEETING_VERBS or lem in ("sit", "spend"))):
            if low == "visit" and pos == "NOUN" and _named_visit(t):
                best = best or t  # "X's state visit to Turkey", "a visit to Washington by X"
            continue  # no meeting word (the tests below are costly; most tokens fail this one)
        if not nouns_in_prep and t.pos_ in ("NOUN", "PROPN") and _in_temporal_prep(t):
            continue
        video_conf = low == "conference" and t.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("video", "phone", "telephone") for c in t.children)
        engagement = low in ("engagement", "engagements") and t.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in ("bilateral", "trilateral", "high-level") for c in t.children)
        # ("during their bilateral engagement held in Nairobi": a meeting)
        if t.pos_ in ("NOUN", "PROPN") and (low in MEETING_NOUNS or video_conf or engagement):
            if t.dep_ == "compound":
                continue  # "his negotiation team": a modifier; "a phone call": the head noun speaks for both
            if low in ("call", "calls") and not _call_is_meeting(t):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.lemma_.lower() in ("government", "cabinet", "council", "parliament", "party", "leadership",
                                         "board", "committee") for g in c.children) for c in t.children):
                continue  # "an emergency meeting of the Swiss government": one side's own session
            if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in (
                    "taskforce", "cabinet", "party", "committee", "board", "staff", "internal", "strategy",
                    "government", "parliamentary")
                   for c in t.children):
                continue  # "presiding over a taskforce meeting", "a cabinet meeting": one side's own
            if t.head.lower_ == "for" and t.head.head.lemma_.lower() in _DELEGATION_NOUNS and any(
                    a.dep_ == "appos" for a in _ancestors(t, 6)):
                continue  # "X, a member of the delegation for the swap talks, said ...": a post, not a meeting told
            if t.head.lower_ == "for" and t.head.head.lower_ in ("time", "room", "way", "window", "opportunity",
                                                                   "chance", "door", "path", "space"):
                continue  # "allowing time for negotiations": talks made possible, not told
            if low in ("talk", "round", "session", "discussion", "discussions", "dialogue") and not \
                    _noun_has_meeting_context(t):
                continue
            if low == "phone" and not any(c.lower_ in ("call", "talks", "conversation") for c in [t.head]):
                continue
            if any(c.lower_ in ("multiple", "several", "many", "numerous", "various", "countless")
                   for c in list(t.children) + list(t.head.children) if c.dep_ in ("amod", "nummod")):
                continue
            counted = t if t.lower_ in ("rounds", "meetings", "sessions") else (
                t.head.head if t.head.lower_ == "of" and t.head.head.lower_ in ("rounds", "sessions") else None)
            if counted is not None and any(c.dep_ == "nummod" and c.lower_ in _COUNTS for c in counted.children):
                continue  # "the sides have held two separate rounds of talks": a tally, not one meeting
            best = best or t
        elif t.pos_ == "VERB" and _sat_down_or_spent_time_with(t):
            best = best or t  # "sat down with X", "spent about 45 minutes with X"
        elif t.pos_ in ("VERB", "AUX") and lem in MEETING_VERBS:
            joined = [c for c in t.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
            if lem == "join" and joined and any(
                    c.dep_ == "prep" and c.lower_ == "in" and any(
                        g.ent_type_ in ("GPE", "LOC", "FAC") or g.text in PLACES for g in c.children)
                    for c in list(t.children) + list(joined[0].children)) and any(
                    c.dep_ == "nsubj" and c.lower_ in ("leaders", "ministers", "officials") for c in t.children):
                return t if best is None else best  # "European leaders joined X in Kyiv on Saturday"
            if lem in ("hold", "have", "join", "attend"):
                objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
                if not objs and t.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in t.children):
                    # "X said the discussions on Friday were held with ...": the parser hung the
                    # talks on "said" as its object; they are what "were held"
                    objs = [c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i]
                if not any(o.lower_ in MEETING_NOUNS or (o.lower_ == "conference" and any(
                        c.lower_ in ("video", "phone", "telephone") for c in o.children)) or (o.lower_ in _EXCHANGE_NOUNS and (any(
                        c.lower_ in ("with", "between") for c in o.children) or _remote_contact(t, o))) for o in objs):
                    continue
                return t if best is None else best
            if lem == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in _NOT_MEETING_OBJ
                                     for c in t.children):
                continue
            if lem in ("talk", "speak") and not any(c.lower_ in ("with", "to", "by") for c in t.children) and \
                    not _pair_subject(t):
                continue
            if lem == "negotiate" and not any(c.lower_ in ("with", "between") for c in sent[t.i - sent.start:]) and not any(
                    c.dep_ == "nsubj" and (any(g.dep_ == "conj" for g in c.children) or
                                           c.lower_ in ("sides", "delegations", "teams", "negotiators"))
                    for c in t.children):
                continue  # "instructed us to negotiate in the best way": no encounter told
            if any(c.lower_ == "times" and any(g.lower_ in ("multiple", "several", "many", "numerous", "countless")
                                               for g in c.children) for c in t.children):
                continue  # "have spoken multiple times by phone": contacts, not one meeting
            if lem in ("talk", "speak") and any(
                    g.lemma_.lower() in _AUDIENCE for c in t.children if c.lower_ in ("with", "to")
                    for g in c.children):
                continue  # "spoke to reporters" is a press contact, not a meeting
            if lem == "convene" and any(c.dep_ == "dobj" for c in t.children):
                continue  # "convened a panel" is not two sides meeting
            if lem == "discuss" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children) and not any(
                    p.dep_ == "prep" and p.lower_ == "with" and any(
                        g.ent_type_ == "PERSON" or g.lemma_.lower() in _PEOPLE_NOUNS for g in p.children)
                    for c in t.children if c.dep_ == "dobj" for p in c.subtree) and not any(
                    c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in t.children):
                continue  # (but "she and X had discussed ...": the two discussed together)
            if lem == "visit" and not _pair_subject(t) and not any(c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC", "FAC", "PERSON") or c.text in PLACES or (
                    c.pos_ == "PROPN" and canonical_party(c.text) is not None) or (
                    c.lower_ in _SEATS_OF_POWER and (c.lower_ != "house" or any(g.lower_ == "white" for g in c.children))) or (
                    c.lower_ in ROLE_WORDS and c.tag_ == "NN" and any(g.dep_ == "det" and g.lower_ == "the" for g in c.children)))
                                          for c in t.children):
                continue
            if lem in ("welcome", "receive") and not any(c.dep_ == "dobj" and _a_person_object(c) for c in t.children):
                continue  # "X welcomed / received Y (in person)", not "welcomed the decision", "received a letter"
            if lem == "host" and not any(c.dep_ == "dobj" and (
                    c.ent_type_ in ("PERSON", "NORP", "GPE") or c.lower_ in _HOSTED_GROUPS or
                    any(g.ent_type_ in ("NORP", "GPE") for g in c.children if g.dep_ in ("amod", "compound")))
                    for c in t.children):
                continue
            best = best or t
    if best is None:
        lemmas = [(t, t.lemma_.lower()) for t in sent if t.i not in skip]
        for t, lem in lemmas:
            if lem == "shake" and any(
                    c.dep_ == "dobj" and c.lower_ == "hands" for c in t.children) and \
                    any(g.lower_ == "with" for c in t.children for g in [c] + list(c.children)):
                return t  # "X shook hands with Y": an in-person encounter
        for t, lem in lemmas:
            if _at_the_table_with(t):
                return t.head.head  # "X found himself at the negotiating table with Y"
        for t, lem in lemmas:
            if lem in _HANDING_VERBS and _handed_in_person(t):
                return t  # "A gave B an updated offer", "A handed the proposal to B"
            if lem in _DEAL_VERBS and (
                    t.head.lemma_.lower() in _DEAL_NOUNS or
                    any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _DEAL_NOUNS
                        for c in t.children)):
                return t
    return best


_HANDING_VERBS = frozenset({"give", "hand", "present", "deliver", "submit"})
_HANDED_THINGS = frozenset({"offer", "proposal", "response", "reply", "counterproposal", "counter-proposal", "draft",
                            "plan", "letter", "message", "list", "document", "proposals", "offers"})


def _handed_in_person(t: "Token") -> bool:
    """A named person hands a named person a negotiating paper ("A gave B an updated offer",
    "A presented the proposal to B"): the two met."""
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN") or not any(
            c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in t.children):  # (told as done)
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _HANDED_THINGS for c in t.children):
        return False
    return any((c.dep_ == "dative" and c.ent_type_ == "PERSON") or (
        c.dep_ in ("dative", "prep") and c.lower_ == "to" and any(g.ent_type_ == "PERSON" for g in c.children))
        for c in t.children)


# a deal struck by named people of two sides implies they met ("was inked by A and B")
_DEAL_NOUNS = frozenset({"agreement", "deal", "accord", "declaration", "treaty", "pact", "memorandum", "communique",
                         "communiqué"})
_DEAL_VERBS = frozenset({"reach", "strike", "sign", "seal", "clinch", "ink"})


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


_TIME_UNITS = frozenset({"minute", "minutes", "hour", "hours", "time", "day", "days", "evening", "morning",
                         "afternoon"})


def _sat_down_or_spent_time_with(t: "Token") -> bool:
    """News idioms of a meeting: "sat down with X", "spent about 45 minutes with X"."""
    lem = t.lemma_.lower()
    if lem not in ("sit", "spend"):
        return False
    with_prep = any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
                    for c in t.children)
    if not with_prep:
        return False
    if lem == "sit":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in t.children)
    if lem == "spend":
        return any(c.dep_ in ("dobj", "npadvmod") and c.lower_ in _TIME_UNITS for c in t.children)
    return False


def _at_the_table_with(t: "Token") -> bool:
    """"sat / was back / found himself at the (negotiating) table with X": the table word of a
    clause whose verb also has X, a named person, as its "with" partner."""
    if t.lower_ != "table" or t.head.lower_ != "at" or t.head.dep_ != "prep" or t.head.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = t.head.head
    withs = [c for h in (verb, t) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
    return any(g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or g.pos_ == "PROPN") for w in withs for g in w.children)


_LINES = frozenset({"hotline", "hotlines", "phone", "telephone", "video", "videoconference", "line", "lines"})


def _remote_contact(verb: "Token", noun: "Token") -> bool:
    """"A and his counterpart B had a contact over the hotline": a contact by a line, between
    two subjects joined by "and", is a call."""
    by_line = any(c.dep_ == "prep" and c.lower_ in ("over", "by", "via", "on") and any(
        g.lower_ in _LINES for g in c.children) for c in noun.children)
    joint = any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)
    return by_line and joint


def _pair_subject(t: "Token") -> bool:
    """"A and B talked (for an hour)": two named people as the joint subject."""
    for c in t.children:
        if c.dep_ == "nsubj" and c.pos_ == "PROPN" and any(
                g.dep_ == "conj" and g.pos_ == "PROPN" and "PERSON" in (g.ent_type_, c.ent_type_)
                for g in c.children):
            return True  # (spaCy may call one of the two an organisation)
    return False


def _call_is_meeting(t: "Token") -> bool:
    """"call" the noun is a phone call unless it is a "call for ..." (an appeal)."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            return False
        if c.dep_ == "amod" and c.lower_ in ("final", "right", "tough", "close", "judgment", "wake-up"):
            return False  # "the final call on X" is a decision
    if t.head.lemma_ in ("make", "issue", "renew", "echo", "answer", "heed", "repeat"):
        return any(c.lower_ in ("phone", "telephone") for c in t.children)
    return True


def _noun_has_meeting_context(t: "Token") -> bool:
    """"round"/"session"/"talk" count only with talks-like modifiers or a meeting verb."""
    words = {c.lower_ for c in t.subtree}
    if words & {"talks", "negotiations", "negotiation", "meeting", "meetings", "consultations",
                "ministerial", "bilateral", "direct", "peace"}:
        return True
    if t.head.lemma_ in ("hold", "begin", "start", "conclude", "end", "open", "resume", "host", "reconvene"):
        return True
    if t.head.lemma_ == "take" and any(c.lower_ == "place" for c in t.head.children):
        return True  # "the second round took place in Rome"
    if t.lower_ in ("discussion", "discussions", "talk") and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and g.ent_type_ == "PERSON"
                                                            for g in c.children) for c in t.children):
        return True  # "following discussions with Foreign Minister X": an encounter with a named person
    if t.dep_ == "oprd" and any(c.dep_ == "dobj" and c.lower_ == "what" for c in t.head.children) and \
            t.head.head.lemma_.lower() in ("hold", "have", "conduct"):
        return True  # "after holding what he called cordial discussions with X"
    if t.head.lower_ == "during" and t.lower_ in ("discussion", "discussions", "talk", "session"):
        return True  # "he told X so during a prior discussion on July 24"
    if t.head.lower_ in ("in", "during") and t.head.dep_ == "prep" and t.head.head.pos_ == "VERB" and any(
            c.dep_ == "det" and c.lower_ in ("those", "these", "the") for c in t.children):
        return True  # "In those discussions, X urged Y to ...": the told talks, with X and Y in them
    # "the discussions are set to resume on Monday": the subject of a verb of (re)starting
    return t.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "xcomp" and c.lemma_ in ("resume", "reconvene", "continue", "begin", "start")
        for c in t.head.children)


# --------------------------------------------------------------------------- drafts
# verbs of a relative clause that tells a meeting happened ("the meeting, which started at 2 pm")
_UNDER_WAY = frozenset({"start", "begin", "open", "hold", "convene", "end", "last", "run", "resume"})
# verbs that decide on talks rather than hold them ("suspended the peace talks")
_HALTING = frozenset({"suspend", "freeze", "halt", "pause", "abandon"})


def _at_which(trig: "Token") -> bool:
    """"the first meeting, during which A and B presented ...": the meeting noun opens a clause
    that tells who was there (the parser may hang that clause elsewhere)."""
    doc = trig.doc
    k = trig.i + 1 + (trig.i + 1 < len(doc) and doc[trig.i + 1].text == ",")
    return k + 1 < len(doc) and doc[k].lower_ in ("during", "at", "in") and doc[k + 1].lower_ == "which"


# "the meeting was co-chaired by A and B": a meeting told with its people, not a verdict on one
_RUN_BY = re.compile(r"\b(?:was|were|is|are) (?:co-)?(?:chaired|hosted|led|headed|attended|mediated) by\b")
_OBSTRUCT = frozenset({"obstruct", "block", "stall", "sabotage", "undermine", "derail", "hinder", "disrupt",
                       "torpedo", "boycott", "hamper", "impede", "thwart", "jeopardize", "jeopardise", "frustrate"})
_UNFEASIBLE = frozenset({"unfeasible", "infeasible", "impossible", "unrealistic", "pointless", "futile", "unlikely",
                         "premature", "stalled", "frozen", "deadlocked"})


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
             trig.head.head.lemma_.lower() in _OUTCOME_NOUNS)) and not _at_which(trig):
        return []  # "X described the meeting as ...", "the outcome of the talks": told elsewhere
        # (not "the outcomes of the first meeting, during which A and B presented ...": told here)
    if trig.pos_ == "NOUN" and trig.head.lower_ in ("during", "amid", "despite") and \
            trig.head.head.pos_ == "VERB" and trig.head.head.dep_ in ("pcomp", "advcl", "acl", "xcomp") and \
            not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.children):
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
    if just_named:
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
    if len(people) <= 1 and re.search(r"\bthe leaders of\b|\bleaders from\b", stext, re.IGNORECASE):
        # "X will host the leaders of A and B ... . <Spokesperson> said that C and D will sign":
        # the leaders are named in the sentence after
        people = people + [p for p in _named_next(ctx, sent) if p not in people]
    if people:
        people = people + _side_groups(ctx, sent, trig, people, recent)
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
    if len(people) == 1 and re.search(r"\bbetween the two\b(?! \w+s\b)", stext, re.IGNORECASE):
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
    if len(people) <= 2:  # (also 'X said they "spoke to Y together"': X reports, they are the ones listed)
        listed = _they_listed_before(ctx, sent, trig)
        if listed:
            people = listed + [p for p in people if p not in listed]
    if len(people) == 1:
        # "His tour takes in a stop in Seoul to meet X": "his" is the last subject told
        who = _pronoun_subject(ctx, sent, trig, recent)
        if who is not None and who not in people:
            people = [who] + people
    if not people:
        people = _group_participants(ctx, sent, recent)
        anaphoric = bool(people)
        if people and "arriv" in stext:
            # "ministers from A and B emerged from talks hours after C arrived for the meeting": C too
            people = people + [p for p in _arrived_for(ctx, sent, mentions) if p not in people]
    if not people:
        sides = [p for p in _parties(ctx, sent, []) if p not in _venue_parties(ctx, sent)]
        modifier_sides = _noun_sides(ctx, trig)  # "a U.S.-Ukrainian meeting took place"
        modifier_sides += [p for p in _subject_sides(ctx, trig) if p not in modifier_sides]
        sides += [p for p in modifier_sides if p not in sides]
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
                (held_here or any(c.lower_ == "the" for n in defined for c in n.children)):  # (not "an official close to the talks")
            pass  # "The talks, mediated by Oman, took place in Muscat. A led Tehran's delegation ...": staffed next
        elif len(sides) < 2 or not (between or re.search(r"\b(?:delegations?|sides|teams|negotiators|ministers|"
                                                        r"presidents|leaders|envoys|representatives)\b", low)):
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
                len(_named_in(ctx.doc, mentions, people, doers)) == 2 and \
                next(iter(sides)) in _main_parties(ctx) and len(_main_parties(ctx)) == 2:
            sides = set(_main_parties(ctx))  # "signed by A and US envoy B" in an article on two countries
        if len(people) < 2 or len(sides) < 2:
            return []
    # "descending on Miami this weekend ... on Saturday": the week of publication, forward
    future = status == "planned" or (status == "cancelled" and bool(re.search(
        r"\b(?:scheduled|set|slated|planned|due) (?:for|on|to)\b", stext))) or bool(re.search(r"\b(?:this|next|coming) (?:weekend|week)\b|\blater this\b",
                                                   stext, re.IGNORECASE))
    motion = _past_motion(trig)
    if motion is not None:
        future = False  # "traveled to X on Sunday to meet Y": the trip, and so the meeting, lie back
    if status == "held" and trig.dep_ == "nsubj" and trig.head.tag_ == "VBD":
        future = False  # "(will strike later this month) after talks ... ended on Wednesday": told as past
    dates = [d for d in find_dates(stext, ctx.published, future=future, anchor=anchor)
             if not _DEADLINE_BEFORE.search(stext[:d.start])
             or (d.end_date is not None and re.search(r"\bfrom\s*$", stext[:d.start]))]
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
    if len(set(parties) - set(_venue_parties(ctx, sent))) < 2 and re.search(
            r"\b(?:both|the two) (?:countries|sides|nations|governments)\b", stext, re.IGNORECASE):
        parties += [p for p in _main_parties(ctx) if p not in parties]  # "the negotiators of both countries"
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
    if before and len(after) >= 2:
        if "separately" in low or "one after another" in low or "individually" in low or \
                any(n.lower_ in ("meetings", "conversations", "calls") or
                    any(c.dep_ == "amod" and c.lower_ in ("separate", "individual", "respective")
                        for c in n.children)
                    for n in [trig] + [c for c in trig.children if c.dep_ == "dobj"]):
            split_on = "separately"
        elif len([x for x in markers if x[0] > pos_of[after[0]]]) >= 2:
            split_on = "markers"
        elif any(" as well as " in stext[pos_of[a]:pos_of[b]] for a, b in zip(after, after[1:])):
            split_on = "separately"  # "he met his counterpart A, as well as B, the ambassador": two encounters
        elif _apart_meeting_words(sent, {_own_meeting_word(sent, pos_of[p]) for p in after} - {None}):
            split_on = "separately"  # "X is to meet A and also plans to hold talks with B": two encounters
    out: list[_Draft] = []
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
            out.append(_Draft(before + group, parties, d, kind, status, location, dur, rnd, topics, sent, si))
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
    prog = trig if trig.pos_ in ("VERB", "AUX") else next(
        (a for a in _ancestors(trig, 3) if a.pos_ in ("VERB", "AUX")), trig)
    if status == "held" and prog.tag_ == "VBG" and ctx.published is not None and any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "’s", "am") for c in prog.children):
        # "he's joining his advisers on Wednesday for negotiations": an arrangement for the day told
        own = _pick_date([x for x in dates if x.date is not None], trig_pos, sent, trig)
        if own is not None and own.date >= ctx.published:
            status = "planned"
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
        (trig.dep_ == "dobj" and trig.head.lemma_.lower() in ("follow", "precede")) or
        (trig.head.dep_ == "prep" and trig.head.lower_ in ("after", "before") and
         trig.head.head.lemma_.lower() in ("come", "follow")))
    if len(people) <= 1 and "they" in low and set(parties) <= {ctx.country_of(x) for x in people}:
        parties = unique(parties + _they_sides(ctx, sent, trig))
    return [_Draft(people, parties, d, kind, status, location, dur, rnd, topics, sent, si,
                   venues=venues, anaphoric=anaphoric, distinct=distinct, weak_date=weak and d is not None,
                   refers_back=_refers_back(trig))]


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
    if trig.pos_ == "VERB" and trig.lemma_.lower() in ("attend", "join"):
        trig = next((c for c in trig.children if c.dep_ == "dobj" and c.lower_ in MEETING_NOUNS), trig)
    if trig.pos_ != "NOUN":
        return False
    det = next((c.lower_ for c in trig.children if c.dep_ == "det"), None)
    if trig.dep_ == "dobj" and trig.head.lemma_.lower() in ("attend", "join") and trig.head.tag_ == "VBD":
        return det in ("the", "these", "those")  # "X and Y attended the discussions": those just told
    if trig.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return det in ("that", "this") or (det == "the" and trig.head.lemma_.lower() in _LISTING_VERBS)


# verbs whose subject meeting is followed by who was there ("the meeting included ...")
_LISTING_VERBS = frozenset({"include", "involve", "bring", "feature", "gather"})


# "... said in a statement on Tuesday", "she said Wednesday": a statement and its day
_SPOKEN_ON = re.compile(r"\b(?:said|says|told(?: \w+){0,2}|stated|wrote|added|announced)"
                        r"(?: in an? (?:statement|post|letter|interview))?\s+(?:on\s+)?$", re.IGNORECASE)
_SAID_COLON = re.compile(r"\b(?:said|says|added|wrote|stated)\s*:\s*[\"“]", re.IGNORECASE)


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


_TRIP_INCLUDES = frozenset({"include", "involve", "feature", "see"})
_TRIP_NOUNS = frozenset({"visit", "trip", "tour", "mission", "stay", "stop", "stopover", "journey"})


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


_OPEN_QUOTES = "\"“"


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


_FIRST_PERSON = re.compile(r"\b(?:we|our|us|I|me|my)\b")


def _poster_before(ctx: ArticleContext, sent: "Span", opened: int) -> "str | None":
    """'X issued a post on Thursday. "I just concluded a call with Y ..."': a quotation that opens
    the sentence right after one telling that X posted or wrote is X's."""
    if ctx.text[ctx.text.rfind("\n", 0, opened) + 1:opened].strip():
        return None  # the quotation does not open its paragraph
    prev = ctx.sentence_after(sent, -1)
    posters = _named_subjects_of(ctx, prev, _POSTING_VERBS) if prev is not None else []
    return posters[0] if posters else None


_POSTING_VERBS = frozenset({"issue", "post", "write", "tweet", "publish", "share"})


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


# "visit the White House / the Kremlin": a visit to a government, whatever label spaCy gives it
_SEATS_OF_POWER = frozenset({"house", "kremlin", "elysee", "élysée", "quirinale", "chancellery", "zhongnanhai"})
_RESTART_VERBS = frozenset({"restart", "resume", "relaunch", "revive", "reopen", "convene", "reconvene"})
_RESTART_NOUNS = frozenset({"resumption", "restart", "relaunch", "revival", "return", "reopening"})
_RELATIVE_POST = re.compile(r"\s*,\s*" + _HEAD_OF_DELEGATION)
_LED_GROUP = re.compile(r"\b(?:delegation|team|mission|officials|negotiators|representatives),? (?:led|headed) by\b", re.IGNORECASE)
_FUTURE_COMPOSITION = re.compile(r"\bwill (?:be )?(?:represented|led|headed|joined)\b|\bwill include\b|"
                                 r"\b(?:expected|due|set|scheduled) to join\b", re.IGNORECASE)


def _subject_sides(ctx: ArticleContext, trig: "Token") -> list[str]:
    """"Russia, Ukraine and the United States are holding talks": the parties that are the
    joint subject of the meeting (of its verb, or of the verb whose object it is)."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else (trig.head if trig.dep_ == "dobj" else None)
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


def _main_parties(ctx: ArticleContext) -> list[str]:
    """The two countries an article is mostly about (most often named)."""
    counts: dict[str, int] = {}
    for m in ctx.party_mentions:
        if ctx.party_kind(m.target) == "country":
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


def _titled_group(ctx: ArticleContext, sent: "Span") -> list[str]:
    """"talks of both countries' chief negotiators": the people whose title has that
    role word ("India's chief negotiator X"), told anywhere in the article."""
    for g in sent:
        if g.lower_ not in ("negotiators", "envoys", "ministers") or not any(
                c.dep_ in ("amod", "compound") for c in g.children):
            continue
        role = g.lower_[:-1]
        roles = (role, "secretary") if role == "minister" else (role,)  # (a "Foreign Secretary" is a foreign minister)
        mods = [c.lower_ for c in g.children if c.dep_ in ("amod", "compound")]
        found = [p for p in ctx.people if p.title and any(r in p.title.lower() for r in roles)
                 and all(m in p.title.lower() for m in mods)]
        # "foreign ministers from A, B and C": the ones of those sides, one each
        sides = ctx.parties_in(g.idx, g.right_edge.idx + len(g.right_edge.text)) if any(
            c.dep_ == "prep" and c.lower_ in ("from", "of") for c in g.children) else []
        of_sides = [p for p in found if p.country in sides]
        if len(sides) >= 2 and of_sides:
            return unique([p.name for p in of_sides])[:len(sides)]
        if found:
            return [p.name for p in found[:2]]
    return []


def _pair_just_named(ctx: ArticleContext, sent: "Span", recent: list[Mention]) -> list[str]:
    """The two people named in the sentence just before, when it names exactly two."""
    prev = ctx.sentence_after(sent, -1)
    if prev is None:
        return []
    names = unique([m.target for m in recent if prev.start_char <= m.start < prev.end_char
                    and m.how in ("name", "title")])
    return names if len(names) == 2 else []


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
            if sp is not None and (sp.root.dep_ in ("nsubj", "nsubjpass") or (
                    sp.root.dep_ == "conj" and sp.root.head.dep_ in ("nsubj", "nsubjpass"))):
                out.append(m.target)
    return unique(out) if len(unique(out)) >= 2 else []


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


_PRONOUNS_3 = frozenset({"he", "she", "his", "her"})


def _they_listed_before(ctx: ArticleContext, sent: "Span", trig: "Token") -> list[str]:
    """"The delegation includes A, B and C, she said. They are expected to meet X on Thursday":
    "they" are the people listed together in the sentence before (not its reporter)."""
    if trig.pos_ != "VERB" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "they"
                                      for h in [trig] + _ancestors(trig, 2) for c in h.children):
        return []  # ("they are expected to meet": the subject may sit on the verb above)
    prev = ctx.sentence_after(sent, -1)
    if prev is None:
        return []
    out = []
    listing = bool(_COMPOSITION.search(prev.text))  # "The delegation includes A, B and C"
    for m in ctx.mentions_in(prev.start_char, prev.end_char):
        sp = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is None or m.how not in ("name", "title"):
            continue
        if sp.end < len(ctx.doc) and ctx.doc[sp.end].lemma_.lower() in _REPORT_VERBS:
            continue  # "..., Sheinbaum said": the one who told the list
        if listing or sp.root.dep_ == "conj" or any(c.dep_ == "conj" for c in sp.root.children) or (
                sp.root.dep_ in ("nsubj", "nsubjpass") and sp.root.head.lemma_.lower() not in _REPORT_VERBS
                and (sp.root.head.dep_ == "conj" or any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                                                        for c in sp.root.head.children))):
            out.append(m.target)  # (also "A traveled ..., and B was aboard ...": subjects of joined clauses)
    return unique(out) if len(set(out)) >= 2 else []


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


_DELEGATION_NOUNS = frozenset({"delegation", "team", "mission", "side", "group", "panel"})


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


_PART_OF_DAY = re.compile(r"\b(?:in the (?:morning|afternoon)|(?:this|that|on \w+) morning)\b", re.IGNORECASE)


def _second_session(ctx: ArticleContext, sent: "Span", trig: "Token", got: list[_Draft],
                    mentions: list[Mention], si: int, skip: set[int],
                    recent: "list[Mention] | None" = None) -> "_Draft | None":
    """"A sat down with B on Friday, then spent 45 minutes with C", "..., where he will hold
    talks with D": a second meeting verb of the sentence with people of its own."""
    t2 = _trigger_scan(sent, skip | {trig.i})
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
    own = [p for p in unique(own) if p not in told]  # people of the first meeting return only as subject
    if not own:
        return None
    pron = _pronoun_subject(ctx, sent, t2, recent or [])
    if pron is not None:
        own = unique([pron] + own)
    elif not any(c.dep_ in ("nsubj", "nsubjpass") for c in t2.children):
        # "then spent ... with C": the subject of the first verb goes on
        # (the subject may sit on the verb above: "A will travel to X to meet B, before travelling to Y
        # to meet C")
        verb = next((v for v in [trig] + _ancestors(trig, 3)
                     if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)), trig)
        subj = [m.target for m in mentions if (sp := ctx.doc.char_span(m.start, m.end, alignment_mode="expand"))
                is not None and sp.root.dep_ in ("nsubj", "nsubjpass") and sp.root.head.i == verb.i]
        own = unique(subj + own)
    if len(own) < 2:
        return None
    lo = t2.i
    hi = max(sub) if sub else t2.i
    c0, c1 = ctx.doc[lo].idx - sent.start_char, ctx.doc[hi].idx + len(ctx.doc[hi]) - sent.start_char
    stext = ctx.text[sent.start_char:sent.end_char]
    status = _status(sent, t2)
    ds = [d for d in find_dates(stext, ctx.published, future=status == "planned") if c0 <= d.start < c1 and d.date]
    durs = [_minutes(m) for m in _DURATION.finditer(stext) if c0 <= m.start() < c1]
    base = got[0]
    later = not ds and any(a.lower_ in ("before", "after") and a.dep_ == "prep" for a in _ancestors(t2, 3)) \
        and not _PART_OF_DAY.search(stext[:c0])  # ("met A in the morning before seeing B": that day)
    return _Draft(own, _parties(ctx, sent, own), ds[0] if ds else None, _kind(stext, t2), status,
                  None, durs[0] if durs else None, None, base.topics, sent, si, venues=base.venues,
                  later_day=later)


def _past_motion(trig: "Token") -> "Token | None":
    """"X traveled to Y on Sunday to meet Z": the past-tense motion verb the meeting is the
    purpose of, else None."""
    h = trig.head
    if trig.pos_ == "VERB" and trig.dep_ in ("advcl", "xcomp") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children) and \
            h.lemma_.lower() in _MOTION_VERBS and h.tag_ == "VBD":
        return h
    return None


_DAYS_LONG = re.compile(r"\b(two|three|four|five|2|3|4|5)-day\b", re.IGNORECASE)


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


_TRIP_VERBS = frozenset({"leave", "depart", "fly"})  # (but "travel to Ankara on Wednesday for talks": the day of both)


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
    # a verb modifying a noun ("summit set to start Monday", "deadline that expires")
    v = h
    while v.dep_ in ("xcomp", "aux", "conj") and v.head != v:
        v = v.head
    if v.dep_ in ("ccomp", "conj", "advcl", "parataxis") and v.head.i in trig_anc and \
            h.lemma_.lower() not in MEETING_VERBS:
        return True  # a sibling clause: "officials will on Saturday continue ..., X said at the
        # end of the second day of meetings involving A and B"
    return v.dep_ in ("acl", "relcl") and v.head.i != trig.i and v.head.pos_ in ("NOUN", "PROPN") \
        and v.head.lemma_.lower() not in _PEOPLE_NOUNS | {"visit", "trip", "stay", "tour"} \
        and v.head.ent_type_ != "PERSON"  # (but "during his visit scheduled for Monday, X will meet Y")


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
    return h is not None and h.lemma_.lower() in _REPORT_VERBS | {"remark", "describe"} and \
        trig.i in {t.i for t in h.subtree}


def _said_by_participant(ctx: ArticleContext, sent: "Span", d: DateMention, trig: "Token",
                         mentions: list[Mention], people: list[str]) -> bool:
    """Is the one who said it on that day one of the meeting's people ("On Thursday X said he
    had met Y"), not a third party ("..., an official told reporters on Tuesday")?"""
    h = _verb_above_date(sent, d, trig)
    subj = next((c for c in h.children if c.dep_ == "nsubj"), None) if h is not None else None
    return subj is not None and bool(_named_in(ctx.doc, mentions, people, {t.i for t in subj.subtree}))


def _cancel_governs(sent: "Span", trig: "Token") -> bool:
    """A cancel word that bears on this meeting: on its governing chain ("the talks were
    called off", "X pulled out of the summit") or modifying it ("the postponed meeting",
    "the talks, which were scrapped"); not one in a side clause about something else
    ("... talks since X abandoned the accord")."""
    chain = {trig.i}
    h = trig
    while h.head.i != h.i and len(chain) < 6:
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


# verbs that tell how talks ended: their subject is talks that were held
_ENDED_LEMMAS = frozenset({"end", "collapse", "conclude", "stall", "break", "finish", "close", "wrap", "fail",
                           "falter", "founder"})


def _status(sent: "Span", trig: "Token") -> str | None:
    """held | planned | cancelled, or None when the meeting is only wished for."""
    stext = sent.text
    if _cancel_governs(sent, trig):
        return "cancelled"
    if trig.pos_ in ("NOUN", "PROPN") and (trig.head.dep_ == "prep" or trig.dep_ in ("pobj", "dobj")) and \
            trig.head.lower_ in ("after", "following", "since") and \
            not any(c.lower_ in ("next", "upcoming", "planned", "future") for c in trig.children):
        return "held"  # "after talks on Saturday with X": a past event dating another clause
    if trig.pos_ == "NOUN" and trig.dep_ == "nsubj" and trig.head.tag_ == "VBD" \
            and trig.head.lemma_.lower() in _ENDED_LEMMAS:
        return "held"  # "(doctors will strike) after talks between A and B ended without a deal"
    if trig.pos_ == "NOUN" and trig.head.lower_ == "during" and trig.head.head.tag_ == "VBD":
        return "held"  # "during the call on Sunday the two leaders agreed ...": told as past
    if trig.pos_ == "VERB" and trig.tag_ == "VBD" and trig.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("after", "since") for c in trig.children):
        return "held"  # "had no plans to meet X after the two leaders spoke Thursday": the call is past
    if trig.pos_ == "NOUN" and trig.head.lower_ == "in" and trig.head.head.tag_ == "VBD" and any(
            c.dep_ == "det" and c.lower_ in ("those", "these") for c in trig.children):
        return "held"  # "In those discussions, X urged Y ...": the talks are past, the urging their content
    # look at the trigger's governing chain (trigger, its head verbs up to the root)
    chain = [trig]
    h = trig
    while h.head != h and len(chain) < 5:
        h = h.head
        chain.append(h)
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
        if not any(t.ent_type_ == "DATE" or (t.dep_ == "prep" and t.lower_ in ("at", "in", "during", "on"))
                   for t in trig.subtree):
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
            not words & (_PLAN | {"will", "agree", "agreed"}):
        return None  # "a proposal to restart talks, including convening a meeting": steps put forward
    if any(a.lemma_.lower() in _COMMISSION for a in _ancestors(trig, 8)):
        return None  # "pledged to form a team led by X to engage in talks": talks someone is to hold
    if not words & _PLAN and any(a.lemma_.lower() in ("hope", "hoping") and a.pos_ in ("NOUN", "VERB")
                                 for a in _ancestors(trig, 10)[len(chain) - 1:]):
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


# --------------------------------------------------------------------------- people/parties
def _ancestors(t: "Token", limit: int = 12) -> list["Token"]:
    out = []
    h = t
    while h.head != h and len(out) < limit:
        h = h.head
        out.append(h)
    return out


def _heads_team(ctx: ArticleContext, root: "Token", trig: "Token", name: str) -> bool:
    """"On Sunday, X's team held talks with Y": an official's own team at the table, with
    him (a head of state's "team" is sent: he stays away)."""
    team = root.head
    return root.dep_ == "poss" and team.lemma_.lower() in ("team", "delegation") and \
        team.dep_ in ("nsubj", "nsubjpass") and team.head.i == trig.i and not _is_leader(ctx, name) and \
        not re.search(r"\b(?:president|prime minister|king|emir|chancellor|premier)\b",
                      " ".join(t.text for t in root.doc[max(0, root.i - 3):root.i]), re.IGNORECASE)


# "a meeting in X chaired by Y" (even when the parser hangs "chaired" on the noun before)
_CHAIRS = frozenset({"chair", "host", "mediate", "broker", "facilitate", "attend", "lead", "moderate"})
_REPORTERS = re.compile(r"spokes\w*|journalist|reporter|correspondent|columnist|commentator|editor\b", re.IGNORECASE)


def _cited(root: "Token") -> bool:
    """Is this name the source a report cites or quotes ("citing the head of the club, X")?"""
    r = root
    while r.dep_ == "appos" and r.head.i != r.i:
        r = r.head
    return r.dep_ == "dobj" and r.head.pos_ == "VERB" and r.head.lemma_.lower() in ("cite", "quote")


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
        if _excluded(root, trig, trig_anc) and not _heads_team(ctx, root, trig, m.target):
            continue
        if _cited(root):
            continue  # "..., the paper reported, citing X, who is covering the talks": the source
        if span.end + 1 < len(doc) and doc[span.end].text in ("'s", "’s") and root.dep_ == "conj" and \
                doc[span.end + 1].lower_ not in MEETING_NOUNS and doc[span.end + 1].lemma_.lower() not in MEETING_NOUNS:
            continue  # "... and Trump's son-in-law X": the possessor of X, joined by "and" to another
        p = ctx.person(m.target)
        if (p is not None and p.title and _REPORTERS.search(p.title)) or (
                span.start > 0 and _REPORTERS.fullmatch(doc[span.start - 1].lower_.rstrip("s"))):
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
            if sp is not None and sp.root.dep_ == "nsubj" and sp.root.head.lemma_.lower() in _REPORT_VERBS \
                    and sp.root.head.i != trig.i and trig.i in {t.i for t in sp.root.head.subtree}:
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


_SERVANTS = frozenset({"aide", "adviser", "advisor", "assistant", "envoy", "spokesman", "spokeswoman",
                       "spokesperson", "son-in-law", "counselor", "counsellor", "secretary", "representative"})


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
    for i, a in enumerate(chain):
        if a.i == trig.i or a.i in trig_anc:
            break
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
        if i > 0 and a.dep_ == "prep" and a.lower_ in ("before", "after", "unlike", "besides", "following",
                                                        "amid") and a.head.i in trig_anc and not any(
                g.lower_ in MEETING_NOUNS for g in a.children if g.dep_ == "pobj"):
            return True  # "Before Sir Keir, Trump had spoken to X": someone else's turn
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
        if a.pos_ in ("VERB", "AUX") and (a.dep_ in ("advcl", "relcl", "ccomp", "acl", "csubj") or (
                a.dep_ == "pcomp" and a.head.lower_ == "in" and a.tag_ == "VBG")) \
                and a.lemma_.lower() not in MEETING_VERBS | _COMPOSITION_VERBS and not (
                    a.dep_ == "acl" and (a.head.i == trig.i or (0 < a.i - trig.i <= 4 and a.lemma_.lower() in _CHAIRS)) and
                    a.lemma_.lower() in _PLAN | {"involve", "include", "bring", "gather"} | _CHAIRS):
            return True  # (but "a call scheduled between A and B": the call's own people)
    # the main clause of "Before the delegation met X, Y hailed ...": Y is not in the meeting;
    # the reporter of "A will meet B and C, Gill said" is not either
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


def _parenthetical_speaker(a: "Token", root: "Token") -> bool:
    """Is `root` the subject of a parenthetical report ("X, he said, will ...")?"""
    return a.dep_ == "parataxis" and a.lemma_.lower() in _REPORT_VERBS and root.head.i == a.i and \
        root.dep_ == "nsubj"


def _group_participants(ctx: ArticleContext, sent: "Span", recent: list[Mention]) -> list[str]:
    """"The delegations met ...": the latest named person of each side, from recent text."""
    words = {t.lower_ for t in sent}
    if re.search(r"\bthe (?:pair|duo|two men|two women)\b|\bbetween the two\b(?! \w+s\b)", sent.text, re.IGNORECASE):
        # "the pair is set to meet ...": the last two people named together before
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


_TWO_LEADERS = re.compile(r"\b(?:the|both|two) (?:two )?(?:heads of state|leaders|presidents)\b", re.IGNORECASE)
_LEADER_TITLE = re.compile(r"\b(?:president|prime minister|premier|chancellor|king|emir|leader|"
                           r"supreme leader|crown prince)\b", re.IGNORECASE)


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


# head nouns of a named body ("the ELN guerrilla group"): the name before them is the side
_BODY_HEADS = frozenset({"group", "movement", "rebel", "guerrilla", "militia", "union", "coalition", "alliance",
                         "bloc", "federation", "confederation"})


def _compound_head(t: "Token") -> "Token":
    """The last noun of a compound chain ("ELN guerrilla group" -> group)."""
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    return t


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
        if root.dep_ in ("compound", "amod", "poss", "nmod") and head.lemma_.lower() not in _PEOPLE_NOUNS \
                and head.lower_ not in _PEOPLE_NOUNS and _compound_head(head).lemma_.lower() not in _BODY_HEADS:
            continue  # (but "the ELN guerrilla group", "the IG Metall union": the body itself)
        if root.dep_ == "pobj" and head.lower_ in ("to", "for") and head.head.lower_ in ROLE_WORDS:
            continue  # "the ambassador to Turkey": the post's country, not a side at the table
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


# --------------------------------------------------------------------------- merge
# "negotiations ... with a top Japanese official": a counterpart given only by nationality and post
_UNNAMED_COUNTERPART = re.compile(
    r"\bwith (?:a|an|the|his|her|their) (?:(?:top|senior|chief|visiting|high-level|leading) )*"
    r"(?P<dem>[A-Z][a-z]+) (?:(?:trade|tariff|chief|top) )?(?:official|negotiator|envoy|minister|delegate)\b")


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


_FIRST_PERSON_PLURAL = re.compile(r"\b(?:we|We|our|Our)\b")


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
        if len(d.participants) == 1 and not _FIRST_PERSON_PLURAL.search(d.sent.text) and not negotiator:
            continue  # "X confirmed the talks": one who tells of talks is not shown at them
        near = [p for p in pending if p.parties and p.status == d.status and 0 < d.order - p.order <= 4]
        if len(near) == 1:
            d.parties = list(near[0].parties)
            d.venues = unique(d.venues + near[0].venues)  # (the place it was told in stays a place)
            if negotiator and (d.date is None or d.date.date is None):
                d.date = near[0].date


def _date_from_sides(ctx: ArticleContext, drafts: list[_Draft], pending: list[_Draft]) -> None:
    """"X hosted a second round of talks on Monday between A and B. ... (five sentences on)
    Its foreign minister held separate meetings with A's and B's ministers": the sessions of
    the round its sides were told with, and so its day."""
    for d in drafts:
        if d.status != "held" or (d.date is not None and d.date.date is not None):
            continue
        own = {ctx.country_of(x) for x in d.participants} - {None}
        lead = next((p for p in reversed(pending) if p.status == "held" and p.date is not None and p.date.date
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


# "In the afternoon, X held separate talks with Y": the day of the session told before
_SAME_DAY = re.compile(r"^\W*(?:later |earlier )?(?:in the (?:afternoon|evening|morning)|later (?:that|the same) day|"
                       r"on the same day|the same day|that (?:afternoon|evening|morning))\b", re.IGNORECASE)


_ARRIVAL = re.compile(r"\b(?:arrived|landed|flew|travell?ed|came)\b")
_TALK_WORDS = re.compile(r"\b(?:talks|meeting|negotiations|call|summit|discussions|session|met|host|hosted|visit|"
                         r"conversation)\b",
                        re.IGNORECASE)


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
            prev = next((o for o in reversed(meetings[:meetings.index(m)]) if o.date and o.status == "held"
                         and set(o.participants) & set(m.participants)), None)
            if prev is not None:
                m.date = prev.date
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
        earlier = bool(_NOT_TODAY.search(m.evidence.text))  # "had previously met": neither day is its own
        own_month = _other_period(m.evidence.text) or bool(_PERIOD.search(m.evidence.text))
        before_told = bool(_EARLIER_OPENING.match(m.evidence.text))  # "Earlier, X spoke with Y": not their day
        for off in (1, -1, 2, -2) if not own_month and not before_told else ():
            j = i + off
            if not 0 <= j < len(sents) or sents[j].start_char < ctx.text.find("\n"):
                continue
            st = ctx.text[sents[j].start_char:sents[j].end_char]
            if not _TALK_WORDS.search(st) and not (off == -1 and _ARRIVAL.search(st) and any(
                    p.split()[-1] in st for p in m.participants)):
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


_PLACE_TALKS = re.compile(r"\b[Tt]he ([A-Z][\w-]+) (?:talks|meeting|negotiations|summit)\b")


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


_NAMED_DEAL = re.compile(r"\b(?:[A-Z][\w'’-]+ ){1,3}(?:Declaration|Agreement|Accord|Treaty|Pact|Memorandum|"
                         r"Communiqu[eé]|Protocol)\b")


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
    not "a day earlier" (which counts from another event), not ahead of publication."""
    return [d for d in find_dates(st, ctx.published) if d.date and not _DEADLINE_BEFORE.search(st[:d.start])
            and not _ANAPHORIC_DAY.fullmatch(d.text)
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


_THE_ROUND = re.compile(r"\bthe (?:[\w-]+ )?(?:round|talks|meeting|negotiations)\b", re.IGNORECASE)
_DAY_OF_TALKS = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + r"|yesterday)['’]s "
                           r"(?:\w+ )?(?:talks|meeting|negotiations|session|discussions|summit|call)\b")


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


# "had arrived earlier and met X", "met X recently": told as before the day of the report
_NOT_TODAY = re.compile(r"\b(?:had|have|has) (?:previously|earlier|recently|already) (?:met|held|spoken|talked|"
                        r"mediated|hosted|arrived|visited)\b|"
                        r"\b(?:previously|recently) (?:met|held|spoke|talked|mediated|hosted)\b|"
                        r"\bearlier,? (?:and )?(?:met|held|spoke|talked)\b|^\W*earlier\s*,|\blast (?:week|month|year)\b|\b(?:earlier |later )?this (?:week|month)\b|"
                        r"\b(?:during|on) (?:his|her|their|the) (?:latest|recent|previous|last|earlier) (?:trip|visit)\b",
                        re.IGNORECASE)


# "Earlier, X spoke with Y": before the events the paragraphs around it date
_EARLIER_OPENING = re.compile(r"\W*earlier\s*,", re.IGNORECASE)


_ORIGINALLY = re.compile(r"\b(?:originally|initially|previously|first)\s+(?:scheduled|set|slated|planned|due)\s+"
                         r"(?:for|on|to take place on)\s+", re.IGNORECASE)


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


# "negotiated in July", "met last month", "talks in early June": a period other than the day
# of the report (a month named without a day)
_OTHER_PERIOD = re.compile(r"\b(?:met|meet|negotiated|talked|spoke|held|visited|conferred)\b[^.,;]{0,30}?\b(?:in|during) "
                           r"(?:early |mid-?|late )?(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b(?! \d)", re.IGNORECASE)


def _other_period(text: str) -> bool:
    """The meeting is told in a month without its day ("what X negotiated in July")."""
    return _OTHER_PERIOD.search(text) is not None


# a time ahead that is no day: a planned meeting told so takes no day from a neighbour
_VAGUE_AHEAD = re.compile(r"\b(?:next|coming|following) (?:week|month|year)\b|\blater (?:this|next|in the) "
                          r"(?:week|month|year)\b|\bin the (?:coming|next) (?:few )?(?:days|weeks|months)\b|"
                          r"\bsoon\b|\bin (?:a|two|three|a few|several) (?:weeks?|months?)\b", re.IGNORECASE)
_SAYING_LEMMAS = frozenset({"say", "tell", "add", "announce", "confirm", "state", "note", "report", "write"})


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


# a sentence that opens on another time ("At the end of August, X traveled to Y for talks")
_PERIOD = re.compile(r"^\W*(?:[Aa]t the (?:end|start|beginning) of|[Ii]n (?:early |late |mid-)?|[Ee]arlier in|[Ll]ate in) "
                     r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_IN_THE_MEETING = re.compile(r"^\W*(?:in|at|during) the (?:meeting|talks|summit|session)\b", re.IGNORECASE)
_TO_THE_MEETING = re.compile(r"\b(?:to|at|in|for) the (?:meeting|talks|session|summit)\b", re.IGNORECASE)
_GROUP_SUBJECT = re.compile(r"^\W*the (?:\w+ )?(?:delegation|delegations|team|two sides|sides)\b", re.IGNORECASE)
_MEETING_WITH = re.compile(r"^\W*the (?:\w+ )?(?:meetings?|talks|calls?|negotiations|discussions) with\b", re.IGNORECASE)
# a meeting told in passing, as the time of something else: "after Friday's talks", "following
# discussions with X" (such a telling may be the other half of one told nearby)
_TOLD_IN_PASSING = re.compile(r"\b(?:after|following|before|ahead of|during)\b[^.;]{0,40}?\b(?:talks|meeting|meetings|"
                              r"discussions|negotiations|session|call)\b", re.IGNORECASE)
# "senior IMF officials", "a World Bank team": people of a body that is otherwise a forum
_FORUM_PEOPLE = re.compile(r"\b(?:IMF|World Bank|UN|OECD|ASEAN|APEC)\s+(?:officials|staff|team|mission|delegation|"
                           r"negotiators|representatives|chief|head)\b")
# talks with a lender or a body as the other side ("held discussions with the International Monetary Fund")
_WITH_LENDER = re.compile(r"\b(?:talks|discussions|meetings?|negotiations|consultations|met|meets?|spoke|call)\s+"
                          r"(?:\w+\s+){0,2}?with\s+(?:the\s+)?(?:IMF|International Monetary Fund|World Bank|"
                          r"United Nations|UN|OECD)\b")
_VISITED = re.compile(r"\bvisit(?:ed|s|ing)?\b", re.IGNORECASE)
_DEFINITE_TALKS = re.compile(r"^\W*the (?:talks|meeting|summit|negotiations|discussions)\b", re.IGNORECASE)
_FORUMS = frozenset({"G7", "G20", "APEC", "ASEAN", "BRICS", "Shanghai Cooperation Organisation", "OECD",
                     "Gulf Cooperation Council", "United Nations", "World Bank", "IMF"})


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
        if target is None and d.refers_back and not d.distinct:
            target = next((m for m in reversed(merged) if d.order - m.order <= 6 and _compatible(m, d)), None)
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
        if len(d.participants) == 1 and _DEFINITE_TALKS.search(d.sent.text):
            # "A and B met on Monday ... The talks, hosted by C, aimed to ...": C joins the
            # talks just told, whose sides are the ones C's mention names
            own = ctx.country_of(d.participants[0])
            others = set(d.parties) - set(d.venues) - {own}
            host = next((o for o in reversed(final) if len(o.participants) >= 2 and 0 < d.order - o.order <= 8
                         and others <= set(o.parties) and _compatible(o, d)), None)
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
        told_before = bool(_TO_THE_MEETING.search(d.sent.text))  # "B and C accompanied A to the meeting"
        if not (_GROUP_SUBJECT.search(d.sent.text) or told_before):
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


def _placed(kind: str, location: "str | None") -> str:
    """A meeting told with no word for how it was held, but at a named place, was held in person
    (a call or a video link is told as such)."""
    return "in_person" if kind == "unknown" and location else kind


def _a_person_object(obj: "Token") -> bool:
    """'received Y', 'welcomed him', 'received her counterpart, Y', 'received the Swedish
    minister': a person, not a letter or a decision."""
    return obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her", "them") \
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children) \
        or obj.lemma_.lower() in ("counterpart", "delegation", "envoy", "minister", "president", "premier")


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
    if status is None:
        return None
    stext = ctx.text[sent.start_char:sent.end_char]
    dates = find_dates(stext, ctx.published, future=status == "planned")
    day = _pick_date(dates, word.idx - sent.start_char, sent, word)
    parties = unique([c for c in (ctx.country_of(p) for p in people) if c] + sides)
    place = _location(sent)
    return Meeting(
        participants=list(people), parties=parties,
        date=day.date.isoformat() if day and day.date else None,
        end_date=day.end_date.isoformat() if day and day.end_date else None,
        kind=_placed(_kind(stext, word), place), status=status, location=place, round=_round(stext),
        topics=topics_in(stext), evidence=make_evidence(ctx.text, sent.start_char, sent.end_char))
