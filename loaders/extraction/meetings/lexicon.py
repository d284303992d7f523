"""The words and patterns the meeting rules read: meeting nouns and verbs, the words of
status (cancelled, planned), kind (phone, video), duration and place, and the guarded
regular expressions (`GatedPattern`) run over sentences.

Why one module: every word the meeting rules react to is found here, apart from the rules.
General English / news register only; nothing is keyed to one article, person or sentence.
"""

from __future__ import annotations

import re

from ..dates import WEEKDAYS
from ..lexicon import NUMBER_WORDS
from ..gated import GatedPattern


MEETING_NOUNS = frozenset({"talks", "talk", "meeting", "meetings", "call", "calls", "conversation", "conversations",
                           "summit", "negotiations", "negotiation", "round", "discussions",
                           "discussion", "session", "consultations", "dialogue", "phone",
                           "telephone", "videoconference", "encounter", "sit-down", "meet"})
MEETING_VERBS = frozenset({"meet", "talk", "speak", "phone", "confer", "negotiate", "host", "convene",
                           "huddle", "hold", "have", "visit", "join", "attend", "discuss", "welcome",
                           "receive", "greet"})
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
_WISH = frozenset({"want", "hope", "propose", "offer", "volunteer", "seek", "wish", "like", "love", "whether",
                   "willing", "could", "might", "may", "push", "urge", "suggest", "invite",
                   "eager", "keen", "prefer", "consider", "possible", "possibility", "if",
                   "potential", "undecided", "explore", "try", "aim", "hypothetical", "unclear",
                   "decline", "refuse", "reject", "rule", "facilitate", "pave", "task", "goal",
                   "groundwork", "eagerness", "desire", "willingness", "readiness", "intention",
                   "instruct", "order", "direct", "authorize", "authorise", "mandate",
                   "ask", "request", "demand", "proposal", "suggestion", "idea",  # "asked for a meeting"
                   "invitation",  # "accepted an invitation to visit": no visit arranged yet
                   "pledge", "promise", "vow"})  # "pledged to discuss it with X": one side's promise, nothing arranged
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
                    r"(?!\s+(?:the|those|these) (?:talks|discussions|meetings?|negotiations|conversations?)\b)"
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
_NUM = {"a": 1, "an": 1, **NUMBER_WORDS, "half": 0.5}
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
                              r"\bstarting|\beffective|\bthrough|\bon or before)(?:\s+(?:midnight|noon))?\s*$",
                              re.IGNORECASE)  # (also "until midnight Saturday")
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
# the relative clause of a delegation's head ("A, who led Beijing's delegation, told B ..."): the
# members of the talks are named before it, the rest of the sentence is A's own telling
_WHO_LED = re.compile(r",? who (?:(?:was|is) (?:the )?head of|(?:also )?(?:led|headed|leads|heads)) ", re.IGNORECASE)
_COMPOSITION = GatedPattern(re.compile(r"\b(?:delegation (?:also )?(?:included|includes|comprised|consisted|"
                                       r"(?:is|was|are|were|will be) (?:made up|composed) of)|"
                                       r"(?:be|been|was|were|is|are) (?:\w+ )?represented\b[^.;]{0,30}?\bby|"
                                       r"(?:was|were|is|are|(?:will|would|has|have) (?:also )?(?:be|been)) (?:also )?joined (?:on (?:the )?[\w.]+(?: [\w.]+)? side )?by|"
                                       r"^\W*representing [^,;.]{2,60}? (?:are|is|were|was|will be)\b|"
                                       r"^\W*(?:leading|heading) the [\w.-]+ (?:delegation|team|side) (?:are|is|were|was|will be)\b|"
                                       r"(?:was|were|are|is) (?:also |all )?(?:present )?(?:on|in on) the (?:call|line)\b|"
                                       r"(?:was|were|are|is|(?:will|would)(?: also)? be) (?:also )?present (?:at|for|during|in) the (?:talks|meeting|call|"
                                       r"negotiations|conversation)|also took part|"
                                       r"\b(?:delegation|team|side|officials|negotiators|delegates)s?\b[^;.]{0,30}?\b(?:was|were|is|are|will be) (?:\w+ )?(?:led|headed) by|"
                                       r"\b(?:delegation|team|side)\b[^;.]{0,30}?\b(?:is|are|was|were) (?:\w+ )?(?:expected|due|set|"
                                       r"scheduled|likely) to be (?:led|headed) by\b|"
                                       r"\bside\b[^;.]{0,20}?\b(?:include[sd]?|comprise[sd]?)\b|"
                                       r"\b(?:team|delegation)\b[^;.]{0,20}?\b(?:features|featured)\b|"
                                       r"\b(?:talks|meeting|negotiations|summit|call) (?:was|were|is|are) (?:set|scheduled|expected|due) "
                                       r"to (?:bring together|include|involve)\b|(?:was|were) (?:also )?(?:part|members?) of the \w+ "
                                       r"(?:team|delegation|side)|\bled the [\w.]+ (?:side|delegation|team)\b|also (?:attended|joined|took part|"
                                       r"participated)|(?:attended|joined|will attend|will join) (?:the )?(?:talks|meeting|negotiations)|"
                                       r"\bdue to (?:attend|join) the (?:talks|meeting|negotiations)\b(?! with)|"
                                       r"^\W*the (?:[\w-]+ ){0,3}(?:meeting|talks|session|summit|call), (?:which was )?"
                                       r"(?:also )?(?:attended|joined) by\b|"
                                       r"\b(?:later |also )?joined (?:them|the pair|the two(?: men| women| leaders| ministers)?|"
                                       r"the (?:ministers|leaders|delegations|negotiators|envoys))\b|"
                                       r"(?:is|are|was|were) also participating in the (?:talks|discussions|meeting|negotiations)|"
                                       r"\b(?:was|were) (?:also )?(?:in attendance|at the (?:meeting|talks|session|negotiations))(?=\s*[.,;])|"
                                       r"accompanied by|(?:was|were) also present|\b(?:will|would|is to|are to) (?:also )?attend(?=\s*[.,;]|,? (?:alongside|along with|together with)\b)|"
                                       r"\balso arriv(?:ing|ed) (?:in|at)\b|\btook part(?=\s*[.,;])|\bamong the participants\b|"
                                       r"\bparticipants (?:were|included)\b|\b(?:led|headed) \w+['’]s (?:\w+ )?(?:delegation|team|side)\b|"
                                       r"\b" + _HEAD_OF_DELEGATION + r"|\b(?:the )?head of the [\w-]+ delegation\b|"
                                       r"^\W*(?:it|the (?:[\w-]+ )?(?:meeting|talks|session|summit|event|ceremony|signing))(?:, [^,;]{0,80},)? (?:was|were) "
                                       r"(?:also )?(?:co-?)?(?:chaired|attended|observed|witnessed|overseen|supervised|moderated)(?: on the [\w-]+ side)? by|"
                                       r"(?:talks|meeting|negotiations|discussions) (?:was|were|is|are) (?:\w+ )?(?:mediated|hosted|convened|"
                                       r"chaired|facilitated|brokered) by|took part in the (?:talks|meeting)|"
                                       r"(?:is|are|was|were) leading the [\w\s]{0,30}(?:delegation|team)|"
                                       r"\bwith [^.;]{0,90}? (?:heading|leading) the (?:\w+ )?"
                                       r"(?:delegation|team|side)\b|"
                                       r"(?:facilitates|facilitated|mediates|mediated|chairs|chaired|moderated|moderates) the "
                                       r"(?:talks|dialogue|meeting|negotiations|discussions|process)\b|"
                                       r"among the (?:officials|delegates|members) (?:joining|attending|accompanying)|"
                                       r"delegation\b[^;]{0,60}?\bincluding|^\W*(?:it|they) (?:also )?(?:includes?|included|comprises?)\b|"
                                       r"\b(?:delegation|delegates|team)\b[^;]{0,30}?\b(?:include[sd]?|comprise[sd]?)\b|"
                                       r"\b(?:delegation|team)\b, (?:led|headed) by [^;]{0,80}?, (?:also )?(?:include[sd]?|comprise[sd]?)\b|"
                                       r"^\W*(?:also )?in \w+(?: \w+)?['’]s (?:\w+ )?(?:party|delegation|entourage|team) (?:were|was)\b|"
                                       r"\bjoining \w+(?: \w+)? (?:for|at|in|on) the (?:talks|meeting|negotiations|"
                                       r"visit|trip|call|delegation)(?: \w+)? (?:was|were|is|are)\b|"
                                       r"^\W*joining \w+(?: \w+)?(?: (?:at|in|on|for) (?:the )?[^,;.]{0,40}?)? (?:were|was)\b|"
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
    "delegation", "represent", "join", "the call", "the line", "present", "took part", "ed by", "overseen by",
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
                           "counterparts", "officials", "leaders", "delegations", "commissioner", "commissioners",
                           "ministers", "negotiators", "envoys", "diplomats", "representatives", "delegates"})


# meeting verbs that start an encounter of their own (not "have/hold" a meeting, nor "join/attend" one)
_SESSION_VERBS = MEETING_VERBS - {"have", "hold", "join", "attend"}


_TITLED_GROUP_WORD = re.compile(r"\b[Tt]he (?:two |both )?(?:foreign )?(?:ministers|leaders|presidents|premiers)\b")


# --------------------------------------------------------------------------- triggers
_TEMPORAL_PREPS = frozenset({"before", "after", "ahead", "prior", "following", "since", "during"})


_HANDING_VERBS = frozenset({"give", "hand", "present", "deliver", "submit"})
_HANDED_THINGS = frozenset({"offer", "proposal", "response", "reply", "counterproposal", "counter-proposal", "draft",
                            "plan", "letter", "message", "list", "document", "proposals", "offers"})


# a deal struck by named people of two sides implies they met ("was inked by A and B")
_DEAL_NOUNS = frozenset({"agreement", "deal", "accord", "declaration", "treaty", "pact", "memorandum", "communique",
                         "communiqué"})
_DEAL_VERBS = frozenset({"reach", "strike", "sign", "seal", "clinch", "ink"})


_TIME_UNITS = frozenset({"minute", "minutes", "hour", "hours", "time", "day", "days", "evening", "morning",
                         "afternoon"})


_LINES = frozenset({"hotline", "hotlines", "phone", "telephone", "video", "videoconference", "line", "lines"})


# --------------------------------------------------------------------------- drafts
# verbs of a relative clause that tells a meeting happened ("the meeting, which started at 2 pm")
_UNDER_WAY = frozenset({"start", "begin", "open", "hold", "convene", "end", "last", "run", "resume"})
# verbs that decide on talks rather than hold them ("suspended the peace talks")
_HALTING = frozenset({"suspend", "freeze", "halt", "pause", "abandon"})


# "the meeting was co-chaired by A and B": a meeting told with its people, not a verdict on one
_RUN_BY = re.compile(r"\b(?:was|were|is|are) (?:co-)?(?:chaired|hosted|led|headed|attended|mediated) by\b")
_OBSTRUCT = frozenset({"obstruct", "block", "stall", "sabotage", "undermine", "derail", "hinder", "disrupt",
                       "torpedo", "boycott", "hamper", "impede", "thwart", "jeopardize", "jeopardise", "frustrate"})
_UNFEASIBLE = frozenset({"unfeasible", "infeasible", "impossible", "unrealistic", "pointless", "futile", "unlikely",
                         "premature", "stalled", "frozen", "deadlocked"})


# verbs whose subject meeting is followed by who was there ("the meeting included ...")
_LISTING_VERBS = frozenset({"include", "involve", "bring", "feature", "gather"})


# "... said in a statement on Tuesday", "she said Wednesday": a statement and its day
_SPOKEN_ON = re.compile(r"\b(?:said|says|told(?: \w+){0,2}|stated|wrote|added|announced)"
                        r"(?: in an? (?:statement|post|letter|interview))?\s+(?:on\s+)?$", re.IGNORECASE)
_SAID_COLON = re.compile(r"\b(?:said|says|added|wrote|stated)\s*:\s*[\"“]", re.IGNORECASE)


_TRIP_INCLUDES = frozenset({"include", "involve", "feature", "see"})
_TRIP_NOUNS = frozenset({"visit", "trip", "tour", "mission", "stay", "stop", "stopover", "journey"})


_OPEN_QUOTES = "\"“"


_FIRST_PERSON = re.compile(r"\b(?:we|our|us|I|me|my)\b")


_POSTING_VERBS = frozenset({"issue", "post", "write", "tweet", "publish", "share"})


# "visit the White House / the Kremlin": a visit to a government, whatever label spaCy gives it
_SEATS_OF_POWER = frozenset({"house", "kremlin", "elysee", "élysée", "quirinale", "chancellery", "zhongnanhai"})
_RESTART_VERBS = frozenset({"restart", "resume", "relaunch", "revive", "reopen", "convene", "reconvene"})
_RESTART_NOUNS = frozenset({"resumption", "restart", "relaunch", "revival", "return", "reopening"})
_RELATIVE_POST = re.compile(r"\s*,\s*(?:" + _HEAD_OF_DELEGATION + r"|(?:[^,;]{0,80}?\s)?who (?:also )?(?:attended|"
                            r"took part in|participated in|joined|sat in on) the (?:talks|meeting|negotiations|"
                            r"session|discussions)\b)")
# (", an Iranian deputy minister who attended the talks with A and B, said": a member who speaks)
_LED_GROUP = re.compile(r"\b(?:delegation|team|mission|officials|negotiators|representatives),? (?:led|headed) by\b|"
                        r"\b(?:delegation|team|side|(?-i:[A-Z][\w'’.-]+)), represented by\b", re.IGNORECASE)
# ("The Taliban, represented by X, denied ...": a side's member at the talks told)
_FUTURE_COMPOSITION = re.compile(r"\bwill (?:be )?(?:represented|led|headed)\b|\bwill include\b|"
                                 r"\b(?:expected|due|set|scheduled) to join\b", re.IGNORECASE)


_PRONOUNS_3 = frozenset({"he", "she", "his", "her"})


# people's posts a plural may stand for, pointing back at people just named ("the four leaders met
# X", "the two envoys had met X")
_GROUP_POSTS = frozenset({"leader", "minister", "president", "premier", "envoy", "negotiator", "official", "head",
                          "delegate", "diplomat", "mediator", "general", "commander", "chief"})
_DELEGATION_NOUNS = frozenset({"delegation", "team", "mission", "side", "group", "panel"})


_PART_OF_DAY = re.compile(r"\b(?:in the (?:morning|afternoon)|(?:this|that|on \w+) morning)\b", re.IGNORECASE)


_DAYS_LONG = re.compile(r"\b(two|three|four|five|2|3|4|5)-day\b", re.IGNORECASE)


_TRIP_VERBS = frozenset({"leave", "depart", "fly"})  # (but "travel to Ankara on Wednesday for talks": the day of both)


# verbs that tell how talks ended: their subject is talks that were held
_ENDED_LEMMAS = frozenset({"end", "collapse", "conclude", "stall", "break", "finish", "close", "wrap", "fail",
                           "falter", "founder"})


# "a meeting in X chaired by Y" (even when the parser hangs "chaired" on the noun before)
_CHAIRS = frozenset({"chair", "host", "mediate", "broker", "facilitate", "attend", "lead", "moderate"})
_REPORTERS = re.compile(r"spokes\w*|journalist|reporter|correspondent|columnist|commentator|editor\b", re.IGNORECASE)


_SERVANTS = frozenset({"aide", "adviser", "advisor", "assistant", "envoy", "spokesman", "spokeswoman",
                       "spokesperson", "son-in-law", "counselor", "counsellor", "secretary", "representative"})


_TWO_LEADERS = re.compile(r"\b(?:the|both|two) (?:two )?(?:heads of state|leaders|presidents)\b", re.IGNORECASE)
_LEADER_TITLE = re.compile(r"\b(?:president|prime minister|premier|chancellor|king|emir|leader|"
                           r"supreme leader|crown prince)\b", re.IGNORECASE)


# head nouns of a named body ("the ELN guerrilla group"): the name before them is the side
_BODY_HEADS = frozenset({"group", "movement", "rebel", "guerrilla", "militia", "union", "coalition", "alliance",
                         "bloc", "federation", "confederation"})


# --------------------------------------------------------------------------- merge
# "negotiations ... with a top Japanese official": a counterpart given only by nationality and post
_UNNAMED_COUNTERPART = re.compile(
    r"\bwith (?:a|an|the|his|her|their) (?:(?:top|senior|chief|visiting|high-level|leading) )*"
    r"(?P<dem>[A-Z][a-z]+) (?:(?:trade|tariff|chief|top) )?(?:official|negotiator|envoy|minister|delegate)\b")


_FIRST_PERSON_PLURAL = re.compile(r"\b(?:we|We|our|Our)\b")


# "In the afternoon, X held separate talks with Y": the day of the session told before
_SAME_DAY = re.compile(r"^\W*(?:later |earlier )?(?:in the (?:afternoon|evening|morning)|later (?:that|the same) day|"
                       r"on the same day|the same day|that (?:afternoon|evening|morning))\b", re.IGNORECASE)


_ARRIVAL = re.compile(r"\b(?:arrived|landed|flew|travell?ed|came)\b")
_TALK_WORDS = re.compile(r"\b(?:talks|meeting|negotiations|call|summit|discussions|session|met|host|hosted|visit|"
                         r"conversation)\b",
                        re.IGNORECASE)


_PLACE_TALKS = re.compile(r"\b[Tt]he ([A-Z][\w-]+) (?:talks|meeting|negotiations|summit)\b")


_NAMED_DEAL = re.compile(r"\b(?:[A-Z][\w'’-]+ ){1,3}(?:Declaration|Agreement|Accord|Treaty|Pact|Memorandum|"
                         r"Communiqu[eé]|Protocol)\b")


_THE_ROUND = re.compile(r"\bthe (?:[\w-]+ )?(?:round|talks|meeting|negotiations)\b", re.IGNORECASE)
_DAY_OF_TALKS = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + r"|yesterday)['’]s "
                           r"(?:\w+ )?(?:talks|meeting|negotiations|session|discussions|summit|call)\b")


# "had arrived earlier and met X", "met X recently": told as before the day of the report
_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)  # (a held meeting's sentence that says "today" is of that day)
_NOT_TODAY = re.compile(r"\b(?:had|have|has) (?:previously|earlier|recently|already) (?:met|held|spoken|talked|"
                        r"mediated|hosted|arrived|visited)\b|"
                        r"\b(?:previously|recently) (?:met|held|spoke|talked|mediated|hosted)\b|"
                        r"\bearlier,? (?:and )?(?:met|held|spoke|talked)\b|^\W*earlier\s*,|\blast (?:week|month|year)\b|\b(?:earlier |later )?this (?:week|month)\b|"
                        r"\b(?:during|on) (?:his|her|their|the) (?:latest|recent|previous|last|earlier) (?:trip|visit)\b|"
                        r"\b(?:a|one|two|three|four|five|six|several|a few|\d+) (?:months?|years?) ago\b|"
                        r"\b(?:two|three|four|several|a few) weeks ago\b|\blast (?:met|spoke|talked|held talks)\b|"
                        r"\b(?:earlier|later) this year\b|\bin recent (?:days|weeks|months)\b|"
                        r"\blast (?:spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|"
                        r"September|October|November|December)\b",
                        re.IGNORECASE)


# "Earlier, X spoke with Y": before the events the paragraphs around it date
_EARLIER_OPENING = re.compile(r"\W*earlier\s*,", re.IGNORECASE)


_ORIGINALLY = re.compile(r"\b(?:originally|initially|previously|first)\s+(?:scheduled|set|slated|planned|due)\s+"
                         r"(?:for|on|to take place on)\s+", re.IGNORECASE)


# "negotiated in July", "met last month", "talks in early June": a period other than the day
# of the report (a month named without a day)
_OTHER_PERIOD = re.compile(r"\b(?:met|meet|negotiated|talked|spoke|held|visited|conferred)\b[^.,;]{0,30}?\b(?:in|during) "
                           r"(?:early |mid-?|late )?(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\b(?! \d)", re.IGNORECASE)


# a time ahead that is no day: a planned meeting told so takes no day from a neighbour
_VAGUE_AHEAD = re.compile(r"\b(?:next|coming|following) (?:week|month|year)\b|\blater (?:this|next|in the) "
                          r"(?:week|month|year)\b|\bin the (?:coming|next) (?:few )?(?:days|weeks|months)\b|"
                          r"\bsoon\b|\bin (?:a|two|three|a few|several) (?:weeks?|months?)\b", re.IGNORECASE)
_SAYING_LEMMAS = frozenset({"say", "tell", "add", "announce", "confirm", "state", "note", "report", "write"})


# a sentence that opens on another time ("At the end of August, X traveled to Y for talks")
_PERIOD = re.compile(r"^\W*(?:[Aa]t the (?:end|start|beginning) of|[Ii]n (?:early |late |mid-)?|[Ee]arlier in|[Ll]ate in) "
                     r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_IN_THE_MEETING = re.compile(r"^\W*(?:in|at|during) the (?:meeting|talks|summit|session)\b", re.IGNORECASE)
_TO_THE_MEETING = re.compile(r"\b(?:to|at|in|for) the (?:meeting|talks|session|summit)\b", re.IGNORECASE)
# "The talks were held in the presence of A and B": those present, at the talks told before
_IN_THE_PRESENCE = re.compile(r"^\W*the (?:talks|meeting|discussions?|negotiations)\b[^.;]{0,40}\bin the presence of\b",
                              re.IGNORECASE)
# talks named as ones already told: "the talks", "the upcoming virtual talks"
_THE_MEETING = re.compile(r"\bthe (?:meeting|talks|negotiations|summit)\b", re.IGNORECASE)
_THE_TALKS = re.compile(r"\bthe (?:(?:upcoming|planned|next|virtual|direct|indirect|new) )*(?:talks|negotiations)\b",
                        re.IGNORECASE)
# "the pair is set to meet ...", "talks were held between the two": two people told before
_THE_PAIR = re.compile(r"\bthe (?:pair|duo|two men|two women)\b", re.IGNORECASE)
_BETWEEN_THE_TWO = re.compile(r"\bbetween the two\b(?! \w+s\b)", re.IGNORECASE)
_GROUP_SUBJECT = re.compile(r"^\W*the (?:\w+ )?(?:delegation|delegations|team|two sides|sides)\b", re.IGNORECASE)
_MEETING_WITH = re.compile(r"^\W*the (?:\w+ )?(?:meetings?|talks|calls?|negotiations|discussions) with\b", re.IGNORECASE)
# a meeting told in passing, as the time of something else: "after Friday's talks", "following
# discussions with X" (such a telling may be the other half of one told nearby)
_TOLD_IN_PASSING = re.compile(r"\b(?:after|following|before|ahead of|during)\b[^.;]{0,40}?\b(?:talks|meeting|meetings|"
                              r"discussions|negotiations|session|call)\b", re.IGNORECASE)
# "senior IMF officials", "a World Bank team": people of a body that is otherwise a forum
_FORUM_PEOPLE = re.compile(r"\b(?:IMF|World Bank|UN|OECD|ASEAN|APEC)\s+(?:officials|staff|team|mission|delegation|"
                           r"negotiators|representatives|chief|head)\b"
                           # (or the other order: "representatives of the International Monetary Fund")
                           r"|\b(?:officials|staff|team|mission|delegation|negotiators|representatives|chief|head)\s+"
                           r"(?:of|from)\s+(?:the\s+)?(?:IMF|International Monetary Fund|World Bank|UN|United Nations|"
                           r"OECD|ASEAN|APEC)\b")
# talks with a lender or a body as the other side ("held discussions with the International Monetary Fund")
_WITH_LENDER = re.compile(r"\b(?:talks|discussions|meetings?|negotiations|consultations|met|meets?|spoke|call)\s+"
                          r"(?:\w+\s+){0,2}?with\s+(?:the\s+)?(?:IMF|International Monetary Fund|World Bank|"
                          r"United Nations|UN|OECD)\b")
_VISITED = re.compile(r"\bvisit(?:ed|s|ing)?\b", re.IGNORECASE)
# "the high-level call involved A, B and C": who sat in the meeting just told, by its definite noun
_TOLD_COMPOSITION = re.compile(r"\bthe (?:[\w-]+ ){0,2}(?:call|meeting|talks|summit|session|discussions|conference|"
                               r"reception)\s+"
                               r"(?:involved|included|brought together|(?:was|were) attended by|featured)\b",
                               re.IGNORECASE)
_DEFINITE_TALKS = re.compile(r"^\W*the (?:talks|meeting|summit|negotiations|discussions)\b", re.IGNORECASE)
_FORUMS = frozenset({"G7", "G20", "APEC", "ASEAN", "BRICS", "Shanghai Cooperation Organisation", "OECD",
                     "Gulf Cooperation Council", "United Nations", "World Bank", "IMF"})
# a bare weekday (read as the last one) after words that put a meeting still ahead of it: "agreed to
# meet again on Monday", "will resume on Monday" (see merge._past_days_told)
_AHEAD = re.compile(r"\b(?:agreed to|will|are to|is to|set to|due to) "
                    r"(?:meet|resume|reconvene|continue (?:talks|negotiations))(?: again)?\b", re.IGNORECASE)
