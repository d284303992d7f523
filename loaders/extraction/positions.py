"""Demands and concessions: who pressed or gave what, to whom, from the dependency parse.

Why rules on the parse (and not a classifier): there is no training data for this contract,
every fact must be traceable to its sentence, and the parse we already have (one spaCy pass
per article, shared through `ArticleContext`) gives most of what is needed:

- a trigger word opens a position: demand verbs ("demand", "urge", "press for", "seek",
  "want", "insist on", "call for", "threaten", object-control "convince/require X to"),
  concession verbs ("offer", "propose", "pledge", "promise", "agree to", "commit to",
  "consider", "be open to"), giving verbs under a future modal ("X will lower tariffs"),
  and the noun forms ("Japan's demand for ...", "a proposal to ...", "pressure from X to
  ...", "top priority on ...", "X's offer");
- the actor comes from the trigger's subject (walking up conjunctions, control verbs and
  participle clauses when the trigger has none), from a possessor / "from X" / "by X" for
  nouns, or from the speaker of reported speech ("X said Y must ...");
- the content is the trigger's complement (xcomp, ccomp, dobj, prep "for"/"on"), cut into
  one position per coordinated verb ("increase imports ... and reexamine barriers");
- the counterpart is the party the position is addressed to ("urged Washington to",
  "wants Washington to", "from the United States", "to the U.S."), else the article's
  other main side.

Beyond single triggers, a few clause patterns carry positions: a speaker's condition
("X said progress requires Y", "the treaty remains conditional on Y", "Y must be included
in / should not be part of the deal", "X's position is that ...", a threat with its
'unless/should ... fail' condition), what one side seeks "from" another, what the other
side "thinks X will" give (its demand, not X's concession), lists ("options such as A, B
and C", "either A or B", "X's conditions include ..."), a side easing its own measure in
any tense ("X lifted the ban"), passive offers, and past offers referred back to ("other
offers included ..."). Round two added: stance and demand nouns with that-clauses ("held
to its line that any accord must ...", "its demand that Y pull out"), 'only if' conditions,
"called on each other to" (each side's demand on the other), what X refuses to grant Y (Y's
demand), "would like Y to" / "wants to see Y do", announced cuts of a measure, initiatives
tabled, a colon list after "willing to discuss N points:", and a few
parser repairs (a subject hung on a fronted phrase, a bare verb lost after its object,
proposals read as the subject of their purpose clause). Filters keep precision: hypotheses ("the best outcome is for X to
..."), accusations ("accused X of seeking"), wishes every side shares ("seeking peace",
"a win-win solution"), joint processes ("both sides agreed to boost cooperation"),
hostile content ("plans to raise tariffs", "open an investigation"), home affairs ("cut
interest rates", "urged its citizens"), informational "offers" ("clues", "guidance"),
backdrop clauses ("after X declared a pause"), courtesy and self-restraint ("want to thank",
"want to hold off on"), and one position told twice (kept once, the telling with a
demanding/conceding verb wins).

Round three added: giving told in other words ("keep buying", "make investments", "move its
production to Y", a duty set "from N to M" lower), a second object hung on the demand verb,
an ownerless goal or a passive "conditioned on" in a speaker's clause, conditions "for joining
the talks" (what the condition is for, not its content), and filters for a hoped-for mood
("Y must be happy"), joint steps ("agreed on the draft text", "agreed to start exploring")
and one ceasefire agreed twice.

Round four added: accepting an invitation or a "proposed"/"offered" measure, a threat whose
'unless' condition coordinates several steps (one demand per step), a pressed verb whose object
is a relative pronoun ("the plans, which X urges Y to sign": sign the plans, also when the
parser hangs "which" on the urging verb; that clause is then no term of the plans), and the step one
side hopes the other will take ("X hoped / voiced the hope that Y would ...", X's demand), and
"he had a call with Y, in which she agreed ...": the other pronoun is the partner Y; "acquire"
as a giving verb, and a penalty the gift is meant to avert ("to avoid the levy") is not hostile.

Round five added: a step taken "at the request of X" or "responding to a request from X" is
X's demand on the side taking it (also when the parser hangs that side, the subject, on the
fronted "at the request of X" as one more conjunct), and "opened talks on <doing a step>"
counts as that step, unlike bare talks; and "X asked Y during a call to do Z", where the parser
hangs the instruction on the setting noun (call, letter, meeting) instead of on the asking verb;
and a giving step in the past told "as part of the talks / the deal" ("X has bought / ordered 30
jets as part of the negotiations"), which otherwise needs a future modal; and the active
"X conditioned its step on Y's pullout" (Y's pullout is X's demand).

Round six added: "pushing / calling for Y to do Z" (the 'for Y to' clause), "demands focus on Z",
a promise given "in exchange for" in a deal told as done (the other side's concession), an offer
"received from" X (X's), "proposed several steps to ...", a condition the parser hangs higher up
("on progress in ...", "on Y halting strikes", a second gerund), "Z remains an X demand", "any deal
must be based on / respect ...", "Y must not ...", "refused to / will not A until B" (B demanded),
either/or threats, "it" in a warning (the side warned), "reiterated its call to", "wants Z eased",
"aims to dismantle Y's Z", "made A conditional on B", relief from the other side's tariff as the
purpose of a move, a release one side "secured" (the other's concession), nationals freed, a
proposal a minister "travelled to present"; sides the party list lacks but named by a code as a
subject ("M23", "the E3"), a person with no country pressing one of the two main sides (speaks for
the other), a lone name part of one known person, and parser repairs for odd apostrophes
("the U.S.’ tariffs", "X‘s invitation") and subjunctive series split off the trigger.

Round seven added: colon lists ("X is seeking:", "The offer includes:", "commitments from X
to:") read one position per list line; "Y must / has to A, B and C" split per step; "X conveyed
to Y that they must"; "demanded that she withdraw it" (the criticized remark, its owner pressed);
"<step> is a prerequisite for talks"; "the treaty will stay frozen until Y acts"; "the truce could
collapse if Y is not settled"; "the talks should be limited to X"; "appealing to them to"; a
quote attributed in a sentence of its own; coalitions ("leaders from A, B and C", "X joined Y in
urging Z", the E3 where the article names it) without the "or face sanctions" threat; the "if Y
does A, B and C" conditions of an offer and "any proposals that lead to A, B and C" as demands;
what X offers "in exchange for" its demand as its concession; terms of a proposal that are the
other side's steps as demands; "appears willing", "on board with", "approve", "adhere to"; and
filters for shared aims ("agreed to reach a mutually beneficial deal", "peaceful settlement"),
a proposal's purpose ("aims to"), placeholders ("meet three requirements", "comply with this
demand"), keeping a truce already agreed, and a side's own tariff-free goods.

Round sixteen added a last resort that the annotated sets now allow measuring: a sentence
holding one of the surest words of a position ("offered", "assured", "willing", "willingness";
"urged", "requested", "appealed") in a construction no rule reads still gives a position, by the
side the word's subject or speaker names, with the word's own phrase as its content
(`_Finder._unread_positions`). The words were chosen by how often such sentences hold a gold
position (about one in three), well above the rate at which an added position pays for itself.

Everything here is a general English / negotiation-register lexicon; nothing is keyed to
a particular article, person or sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .leaders import known_side
from .sides import NEWS_AGENCIES, SIDE_NOUNS, with_lemma, initials
from .context import make_evidence
from .dates import dateline_end
from .model import Evidence, Position

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .context import ArticleContext

DEMAND, CONCESSION = "demand", "concession"
# The surest words of a position, read by `_Finder._unread_positions` where no rule read the
# sentence: chosen by how often such sentences hold a gold position on the annotated sets
# ("offer", "assure", "willing(ness)"; "urge", "request", "appeal" as verbs), each well above the
# rate at which an added position pays for itself in F1.
UNREAD_TRIGGERS = {
    DEMAND: frozenset({("urge", "VERB"), ("request", "VERB"), ("appeal", "VERB")}),
    CONCESSION: frozenset({("offer", "VERB"), ("assure", "VERB"), ("willing", "ADJ"), ("willingness", "NOUN")}),
}

# ---------------------------------------------------------------------------------------
# Lexicons

# Demand verbs -> which complements carry the content.
#   x: to-infinitive (xcomp), c: that-/to-clause (ccomp, only infinitival/subjunctive/modal),
#   d: direct object, p:<preps>: prepositional object, o: requires a party object + to-inf.
DEMAND_VERBS: dict[str, str] = {
    "demand": "x c d",
    "urge": "o x c d",
    "insist": "c p:on,upon",
    "request": "x c d o",
    "press": "o p:for",
    "push": "p:for x o",
    "seek": "x d",
    "want": "x c d o",
    "call": "p:for o",
    "ask": "o p:for c",
    "require": "o",
    "threaten": "x",
    "pressure": "o",
    "pressurize": "o",
    "pressurise": "o",
    "convince": "o",
    "persuade": "o",
    "appeal": "p:for o",
    "lobby": "p:for o",
    "advocate": "p:for",
    "warn": "o",
    "plead": "p:for o",
    "fight": "p:for",
    "campaign": "p:for",
    "implore": "o",
    "exhort": "o",
    "tell": "o",
    "expect": "o c d",
    "advise": "o",  # "X advised Y to avoid A"
    "look": "p:for",  # "Japan is looking for guarantees that ..."
    "need": "o",  # "we need the union to come back with realistic numbers"
}

# "looking for a way / a solution / partners": what a side searches for, not a term it presses
LOOKED_FOR_GENERIC = frozenset({"way", "means", "solution", "option", "compromise", "deal", "agreement",
                                "opportunity", "partner", "alternative", "answer", "exit", "path", "route",
                                "common", "ground", "investor", "buyer", "market", "job", "work"})
# "X wants to avoid / ensure / address ...": a side's own conduct, not asked of the other side
SELF_WISH_VERBS = frozenset({"avoid", "ensure", "address", "continue", "work", "help", "make", "keep",
                             "maintain", "be", "know", "understand", "focus", "show", "learn", "try"})

# Concession verbs -> complements, as above.
CONCESSION_VERBS: dict[str, str] = {
    "offer": "x d c",
    "propose": "x d c",
    "pledge": "x d c",
    "promise": "x d c",
    "vow": "x c",
    "commit": "x p:to",
    "agree": "x p:to,on",
    "consider": "d x",
    "accept": "d",
    "concede": "d c",
    "guarantee": "d c",
    "float": "d",
    "suggest": "x d",
    "undertake": "x",
    "volunteer": "x",
    "hand": "d",
    "support": "d",
    "endorse": "d",
    "approve": "d",
    "adhere": "p:to",
    "abide": "p:by",
    "plan": "x",
    "intend": "x",
    "aim": "x",
}

# "X plans/aims/intends to ...": a concession only when what follows is giving.
INTENT_VERBS = frozenset({"plan", "intend", "aim"})
# "agreed to a ceasefire" told twice in one article is one concession.
TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# "will keep buying X": going on with a giving verb is giving it.
CONTINUING_VERBS = frozenset({"keep", "continue"})
# "a need for X": pressing for it, whatever verb carries the noun ("stressed the need").
NEED_NOUNS = frozenset({"need", "necessity"})
# "proposed options such as A, B and C": the listed items are the content.
LIST_HEADS = frozenset({"option", "measure", "step", "idea", "proposal", "way", "initiative",
                        "action", "offer", "concession", "commitment", "thing", "area"})
# Subjects that speak for a side's interests ("the US dairy industry has been lobbying").
INTEREST_NOUNS = frozenset({"industry", "sector", "farmer", "producer", "automaker", "company",
                            "firm", "exporter", "business", "lobby", "manufacturer", "carmaker"})
# "thanked X for offering ...": X made the offer.
CREDIT_VERBS = frozenset({"thank", "praise", "commend", "credit", "applaud", "laud"})
# Clearing up what the other side thinks of you gives it nothing ("eliminate doubts about").
PERCEPTION_NOUNS = frozenset({"doubt", "suspicion", "misunderstanding", "misconception",
                              "misperception", "fear"})
# "X expressed the hope that Y will ...": the noun forms of OPINION_VERBS.
OPINION_NOUNS = frozenset({"hope", "expectation", "wish", "belief"})
# "X hoped / voiced the hope that Y would ...": a step X presses on Y (see _hoped_step_items).
HOPE_LEMMAS = frozenset({"hope", "expectation"})
VOICING_VERBS = frozenset({"express", "voice", "convey", "state", "reiterate", "stress", "share"})
TELLING_VERBS = frozenset({"disclose", "share", "reveal", "brief", "inform", "report", "explain", "tell",
                           "update", "announce"})
# spaCy lemmatises "hopes"/"hoped" as the verb "hop" at times.
HOPE_FORMS = frozenset({"hopes", "hoped", "hoping"})
# "<other side> thinks X will ...": an expectation pressed on X, not X's concession.
OPINION_VERBS = frozenset({"think", "believe", "expect", "hope", "anticipate", "predict", "assume",
                           "bet", "suspect", "trust"})
# Objects of giving verbs that belong to home affairs ("will increase its defence budget").
DOMESTIC_OBJECTS = frozenset({"budget", "embassy", "consulate", "election", "office", "headquarters",
                              "school", "hospital", "campaign", "spending", "stimulus", "economy",
                              "trip", "journey", "tour"})  # "will postpone his trip": no gift
# "urged its citizens to ...": a side speaking to its own people.
OWN_PEOPLE = frozenset({"citizen", "people", "national", "company", "firm", "business", "farmer", "voter",
                        "resident", "student", "traveller", "traveler", "population", "public"})
# "our programme must continue / be respected": what a side says of its own is a red line.
RED_LINE_VERBS = frozenset({"continue", "remain", "stay", "respect", "recognize", "recognise", "preserve",
                            "guarantee", "protect", "honor", "honour"})
QUOTE_OPEN = frozenset({"\u201c", '"'})
QUOTE_CLOSE = frozenset({"\u201d", '"'})
# "X's position is that ...": X holds what follows.
STANCE_NOUNS = frozenset({"position", "stance", "view", "line", "demand", "condition", "message",
                          "argument", "insistence"})
# "remains firm that ...": the subject holds the position stated.
FIRM_ADJECTIVES = frozenset({"firm", "adamant", "clear", "insistent", "steadfast", "resolute"})

# Objects that make "hand over / deliver / present X" a concession (a document given to
# the other side); other objects of these verbs are not positions.
HANDED_DOCUMENTS = frozenset({"memorandum", "proposal", "document", "draft", "offer", "plan",
                              "counterproposal", "counteroffer", "roadmap", "paper",
                              "memorandums", "memoranda", "list", "package", "text"})

PLAN_CONTENT_VERBS = frozenset({"envisage", "envision", "stipulate", "foresee", "specify",
                                "provide", "require", "propose", "suggest", "outline"})
# "the group" / "the movement": an organisation named before.
GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militia"})
# "seeking a reasonable agreement": an outcome every side wants is a wish, not a demand.
GENERIC_OUTCOMES = frozenset({"agreement", "deal", "solution", "peace", "settlement", "compromise",
                              "understanding", "outcome", "result", "resolution"})
# "tries to win exemptions": working to obtain something from the other side.
WINNING_VERBS = frozenset({"win", "secure", "obtain", "gain", "extract", "wring", "get", "wrest"})
EFFORT_VERBS = frozenset({"try", "attempt", "strive", "work", "fight", "scramble", "race", "struggle",
                          "endeavour", "endeavor", "look", "hope", "aim", "push"})
AIM_VERBS = frozenset({"win", "facilitate", "achieve", "reach", "secure", "bring", "find", "broker", "strike",
                       "conclude", "get", "forge", "clinch", "seal", "close", "finalize", "finalise", "complete",
                       "make"})
# "a deal was offered for cars": passive offers keep the offered thing as subject.
PASSIVE_OFFERS = frozenset({"offer", "propose", "promise", "pledge", "float"})
# "they want peace / clarity": wishes, not terms (unlike "want a ceasefire").
WISH_NOUNS = GENERIC_OUTCOMES | {"clarity", "stability", "certainty", "calm", "progress", "success",
                                 "answer", "change", "win", "victory", "friendship", "relationship",
                                 "cooperation", "partnership", "dialogue", "time", "more", "better",
                                 "respect", "fairness", "justice", "security", "prosperity", "growth",
                                 "result", "results", "stability", "predictability", "trade", "business"}
STATIVE_PASSIVES = frozenset({"commit", "prepare", "dedicate"})

# "<party's proposal> includes / envisages X": X is offered.
# "the proposal suggests / envisages / mentions X": X is a term of the proposal, like 'includes'.
PROPOSING_CONTENT_VERBS = frozenset({"suggest", "propose", "envisage", "envision", "foresee", "stipulate",
                                     "mention", "offer", "provide"})
CONTENT_VERBS = frozenset({"include", "contain", "envisage", "envision", "feature", "comprise", "outline"})
PROPOSAL_NOUNS = frozenset({"proposal", "offer", "counterproposal", "counteroffer", "package", "overture",
                            "counter-proposal", "counter-offer"})

# Verbs whose subject owns the demand/proposal they take as object ("X made a proposal").
# With other verbs a definite noun ("took note of the request") refers to someone else's.
MAKE_VERBS = frozenset({"make", "submit", "present", "put", "table", "issue", "repeat",
                        "reiterate", "renew", "include", "lay", "outline", "send", "deliver",
                        "file", "press", "raise", "voice", "have", "set", "unveil", "float",
                        "extend", "pose", "restate", "soften", "harden", "drop", "offer", "advance",
                        "echo"})

# "submitted / handed / sent a plan to Y": a document laid before the other side.
HANDING_VERBS = frozenset({"submit", "present", "send", "hand", "deliver", "table", "transmit", "forward"})

# Verbs of giving: a concession when the actor "will/would/'ll" do them.
GIVING_VERBS = frozenset("""
lower cut reduce remove lift suspend refund amend ease exempt buy purchase import invest open
scrap eliminate abolish extend delay postpone resolve provide increase expand exchange release
freeze return grant allow halt stop withdraw waive cancel drop fix pay boost accept relax
repeal rescind roll scale phase end give hand share supply transfer resume restore
surrender repatriate expedite reassess reexamine reconsider revise address simplify streamline
relocate procure acquire slash halve trim decrease
""".split())

# "X lifted the ban", "X is scrapping its tax": easing one's own measure is a concession in
# any tense (not only under "will").
RELIEF_VERBS = frozenset("""
lower cut reduce remove lift suspend scrap eliminate abolish ease relax repeal rescind drop waive
withdraw halt pause end exempt roll shelve postpone delay revoke unfreeze slash halve trim
""".split())
MEASURE_NOUNS = frozenset("""
tariff duty levy tax ban sanction restriction curb control embargo quota barrier measure
countermeasure retaliation probe investigation fee surcharge blockade blacklist listing
""".split())
# Verbs above a clause that make what it says wished, feared or foreseen, not done.
UNREAL_HEADS = frozenset({"expect", "hope", "want", "threaten", "refuse", "fear", "wish", "plan",
                          "aim", "intend", "seek", "try", "urge", "ask", "demand", "if", "whether"})
# "under the mediation of X": the go-between of the talks, not one of its sides.
MEDIATION_NOUNS = frozenset({"mediation", "mediator", "mediators", "facilitation", "facilitator", "auspices"})
# "progress requires X", "a deal needs X": what the speaker says the talks hinge on.
REQUIRE_VERBS = frozenset({"require", "need", "necessitate", "demand", "depend", "hinge"})
REQUIRING_SUBJECTS = frozenset({"progress", "deal", "agreement", "success", "solution", "peace",
                                "settlement", "negotiation", "talks", "accord", "compromise",
                                "breakthrough", "resolution", "truce", "ceasefire", "diplomacy",
                                # "any forward movement in ties depends on Y": the relation moving on
                                "movement", "normalization", "normalisation", "improvement", "relation",
                                "relationship", "tie", "rapprochement", "thaw"})
# "it is essential that Y ...", "Y's disarmament is obligatory": what the speaker calls a must.
NECESSITY_ADJECTIVES = frozenset({"essential", "necessary", "vital", "imperative", "crucial", "obligatory",
                                  "indispensable", "mandatory", "compulsory", "paramount"})
# Content that hurts the other side is never a concession ("plans to raise tariffs").
HOSTILE_VERBS = frozenset({"impose", "hike", "slap", "levy", "escalate", "retaliate", "punish",
                           "threaten", "sanction", "attack", "strike"})
HOSTILE_NOUNS = frozenset({"enforcement", "sanction", "pressure", "attack", "strike", "retaliation",
                           "punishment", "crackdown", "dispute", "lawsuit", "litigation", "complaint"})
PROBE_NOUNS = frozenset({"investigation", "probe", "inquiry", "lawsuit", "case", "review"})
KEEP_VERBS = frozenset({"extend", "maintain", "keep", "renew", "prolong", "retain"})
RAISE_VERBS = frozenset({"raise", "increase", "double", "triple", "expand"})
# What two sides build together is no gift of either ("boost cooperation with X").
JOINT_OBJECTS = frozenset({"cooperation", "tie", "ties", "relation", "relationship", "partnership",
                           "dialogue", "communication", "coordination", "collaboration", "trust",
                           "friendship", "exchange", "consultation", "mechanism", "channel", "link", "bond",
                           "effort"})

# "X's main goal is to win Y": what a side sets out to obtain.
GOAL_NOUNS = frozenset({"goal", "aim", "objective", "task", "target"})
# "raised / floated the possibility of reopening the port": a step a side puts forward.
POSSIBILITY_NOUNS = frozenset({"possibility", "prospect", "option"})
RAISING_VERBS = frozenset({"raise", "float", "broach", "moot", "suggest", "offer"})
# "tabled initiatives / floated ideas": suggestions laid before the other side.
IDEA_NOUNS = frozenset({"initiative", "idea", "suggestion", "proposition"})
# "announced a cut in levies": easing told as a noun, under a verb of making it known.
RELIEF_NOUNS = frozenset({"reduction", "cut", "removal", "suspension", "lifting", "easing", "elimination",
                          "rollback", "pause", "exemption", "waiver", "halving", "lowering"})
ANNOUNCE_VERBS = frozenset({"announce", "unveil", "declare", "order", "approve", "confirm", "grant", "issue"})
# "the sincerity of X's stated intention": another side's doubt about what X would give.
DOUBTED_NOUNS = frozenset({"sincerity", "credibility", "seriousness", "genuineness", "honesty", "reality",
                           "authenticity", "truth"})
# "to deepen links / boost cooperation": building something together.
TIE_VERBS = frozenset({"strengthen", "deepen", "boost", "improve", "expand", "build", "enhance", "develop",
                       "bolster", "promote", "foster", "broaden", "intensify"})
# "pledged retaliatory levies": a measure announced against the other side, no gift.
PUNITIVE_ADJECTIVES = frozenset({"reciprocal", "retaliatory", "punitive", "countervailing", "mirror",
                                 "additional", "higher", "new", "steeper", "secondary"})

# "it falls on X to ...", "it is up to X to ...", "the onus is on X to ...".
ONUS_VERBS = frozenset({"fall", "rest", "lie", "be"})
ONUS_NOUNS = frozenset({"onus", "responsibility", "ball", "burden"})
# "make/press the case for X".
CASE_VERBS = frozenset({"make", "press", "put", "argue", "lay", "build", "plead"})

# Giving verbs that without an object mean moving ("will return home", "will end soon").
INTRANSITIVE_MOVES = frozenset({"return", "end", "stop", "withdraw", "open", "pay", "halt"})

# "drop / abandon ..." are concessions when what is dropped is a demand-like thing.
DROP_VERBS = frozenset({"drop", "abandon", "withdraw", "waive", "shelve", "relinquish", "soften",
                        "ease", "scrap"})
# Verbs that take back an offer or a plan: its object is no longer on the table.
RETRACT_VERBS = frozenset({"drop", "abandon", "withdraw", "shelve", "scrap", "rescind", "revoke", "retract",
                           "ditch", "axe", "cancel"})
DROPPABLE = frozenset({"demand", "condition", "insistence", "objection", "requirement",
                       "claim", "threat", "precondition", "opposition", "veto", "ultimatum"})

DEMAND_NOUNS = frozenset({"demand", "call", "request", "push", "pressure", "insistence",
                          "condition", "precondition", "requirement", "priority",
                          "plea", "appeal", "need", "necessity", "desire", "wish"})
CONCESSION_NOUNS = frozenset({"offer", "proposal", "pledge", "promise", "commitment",
                              "concession", "plan", "counteroffer", "counterproposal",
                              "counter-offer", "counter-proposal", "room", "flexibility",
                              "intention", "intent", "readiness", "willingness", "openness",
                              "approval", "acceptance", "consent"})
# "X's intention / readiness to ...": a concession only when what follows is giving.
WILL_NOUNS = frozenset({"intention", "intent", "readiness", "willingness"})
# "X supports the call for a ceasefire": backing the other side's proposal. Only objects
# that name a proposal count ("supports the farmers" is no concession).
BACKING_VERBS = frozenset({"accept", "support", "endorse", "approve"})
# "accepted the host's invitation to visit": taking up what the other side asked of it.
ACCEPTED_OBJECTS = DEMAND_NOUNS | CONCESSION_NOUNS | {"term", "deal", "condition", "invitation"}
# "backed the call/proposal/ceasefire"; not one's own plan or framework.
BACKED_OBJECTS = DEMAND_NOUNS | {"proposal", "offer", "counterproposal", "ceasefire", "truce"}
# Nouns that name a proposal only when a party owns them ("the U.S. plan").
OWNED_ONLY_NOUNS = frozenset({"plan"})
# "proposed/insisted/demanded that X do ...": any plain verb after them is a subjunctive.
MANDATIVE_VERBS = frozenset({"propose", "insist", "demand", "request", "suggest", "urge", "ask"})
# Verbs that press only with "<party> to <do>" ("told Kyiv to withdraw").
TO_ONLY_VERBS = frozenset({"warn", "tell", "expect"})
# "made/set X (as) a condition": the verbs that name something a condition.
SETTING_VERBS = frozenset({"make", "set", "name", "list", "cite", "lay", "put", "impose", "declare"})
# "called / considers / sees X (as) a condition": naming something a condition is setting it.
NAMING_VERBS = frozenset({"call", "consider", "deem", "regard", "see", "view", "describe"})
# "rejected a ceasefire proposal by Kyiv": still Kyiv's offer.
REJECT_VERBS = frozenset({"reject", "dismiss", "rebuff", "refuse", "spurn", "turn"})
# "Kyiv's conditions/demands include X".
DEMAND_LIST_NOUNS = frozenset({"demand", "condition", "precondition", "requirement", "request"})
# "made X a condition for Y": X is demanded.
# "in exchange for a promise to invest": the other side's part of a deal told as done
PROMISE_NOUNS = frozenset({"promise", "pledge", "commitment", "undertaking", "assurance", "guarantee"})

# "put the terms into practice as agreed by both sides": a deal already made, not a call on both
SETTLED_VERBS = frozenset({"agree", "sign", "accept", "approve", "endorse", "negotiate"})

# "the M23 rebels", "the E3 nations": a coded side named through its group noun
CODED_GROUP_NOUNS = frozenset({"rebel", "group", "nation", "country", "movement", "militia", "force", "power",
                               "bloc", "union", "alliance", "coalition"})

# "any agreement must be based on / respect / protect X": terms a side sets for the deal
DEAL_TERM_VERBS = frozenset({"base", "respect", "protect", "reflect", "conform", "negotiate", "honour", "honor",
                             "preserve", "safeguard", "uphold", "recognize", "recognise", "guarantee",
                             "balance", "benefit", "take", "provide", "allow", "deliver", "comply", "abide",
                             "rest", "involve", "serve"})

# "convey a message / greetings": an errand, not a term
MESSAGE_NOUNS = frozenset({"message", "greeting", "regard", "letter", "note", "word", "number", "signal"})

# "aims to dismantle Y's facilities": steps on the other side's holdings
AIMED_AT_VERBS = frozenset({"dismantle", "destroy", "eliminate", "end", "halt", "stop", "scrap", "remove",
                            "shut", "close", "abolish", "curb", "disarm"})

# "its demands centre on X": what the demands are
FOCUS_VERBS = frozenset({"center", "centre", "focus", "revolve", "concentrate"})

CONDITION_NOUNS = frozenset({"condition", "precondition", "requirement", "prerequisite", "priority"})
# "its approval/acceptance of X": a concession only with a possessor who gives it.
ASSENT_NOUNS = frozenset({"approval", "acceptance", "consent"})
# "room/flexibility for negotiation" is a concession signal.
ROOM_NOUNS = frozenset({"room", "flexibility"})
ROOM_FOR = frozenset({"negotiation", "negotiations", "compromise", "manoeuvre", "maneuver",
                      "talks", "discussion", "concessions", "flexibility", "change", "changes"})
# Verbs after which a concession noun is something sought, not given ("draw concessions").
ACQUIRE_VERBS = frozenset({"draw", "win", "extract", "seek", "demand", "obtain", "secure",
                           "require", "need", "await", "receive", "expect",
                           "want", "wring", "get", "reject", "dismiss", "rebuff", "refuse",
                           "oppose", "criticize", "criticise", "slam"})

# "looks at / seeks / expects commitments from X": wanting something given by X.
SEEKING_VERBS = ACQUIRE_VERBS - {"reject", "dismiss", "rebuff", "refuse", "oppose", "criticize", "criticise",
                                 "slam"} | {"look", "expect", "ask", "press", "push", "eye", "await", "request"}
# Objects of "offer/give" that are not something conceded in a negotiation.
NON_GIFTS = frozenset({"hope", "glimmer", "glimpse", "detail", "details", "comment", "view",
                       "assessment", "condolence", "explanation", "prayer", "thanks", "praise",
                       "congratulation", "insight", "opinion", "sign", "clue", "reassurance",
                       "word", "update", "analysis", "reaction", "timeline", "timetable",
                       "data", "figure", "report", "statement", "result", "number", "forecast",
                       "estimate", "schedule", "list", "datum", "hint", "specific", "specifics",
                       "indication", "guidance"})
# Temporal/conditional marks after which an agreement is not yet given ("once X agrees").
PENDING_MARKS = frozenset({"once", "until", "unless", "if"})

MODALS_FUTURE = frozenset({"will", "would", "'ll", "shall", "wo", "could"})
MODALS_OBLIGATION = frozenset({"must", "should"})
REPORTING = frozenset({"say", "tell", "state", "add", "claim", "note", "confirm", "explain",
                       "write", "post", "announce", "insist", "stress", "warn", "declare",
                       "believe", "suggest", "indicate", "signal", "report", "argue", "reiterate",
                       "emphasize", "emphasise", "assert", "maintain", "caution", "convey", "communicate",
                       "relay"})
# The three European states that act as one side in the Iran nuclear file.
E3_MEMBERS = frozenset({"United Kingdom", "France", "Germany"})

# "the talks should be limited to / focus on X": the agenda a side insists on.
SCOPE_VERBS = frozenset({"limit", "restrict", "confine", "focus", "center", "centre"})

# What a side warns may befall the talks or a truce if its condition is not met.
HARM_VERBS = frozenset({"jeopardize", "jeopardise", "collapse", "fail", "end", "derail", "endanger",
                        "threaten", "break", "unravel", "suffer"})

# Verbs passing a message on "to Y" ("X conveyed to Y that they must ...").
CONVEYING_VERBS = frozenset({"convey", "communicate", "relay", "signal", "stress"})
# Content that is a meeting/talks arrangement belongs to meetings, not positions.
MEETING_VERBS = frozenset({"hold", "meet", "talk", "negotiate", "discuss", "visit", "attend",
                           "speak", "continue", "resume", "convene", "host", "get", "see"})
MEETING_NOUNS = frozenset({"meeting", "talk", "talks", "summit", "visit", "negotiation",
                           "call", "session", "round", "conversation", "dialogue", "conference",
                           "briefing", "discussion", "consultation"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
TEMPORAL_MARKS = frozenset({"when", "while", "after", "before", "as", "since", "because",
                            "although", "though", "once", "until"})
# Head nouns that stand for a side ("the Japanese side", "U.S. officials").
# "the guests promised ...": the side whose delegation was named last.
VISITOR_NOUNS = frozenset({"guest", "visitor", "delegate"})
MUTUAL_NUMBERS = frozenset({"both", "two", "each"})
# "the parties", "the sides": both sides of the talks when plural and unqualified.
MUTUAL_NOUNS = frozenset({"party", "side"})
# "... to each other / one another": the position is given by both sides.
RECIPROCALS = frozenset({"other", "another"})
# Subjects that refer to a document whose owner is the actor ("the plan would require").
DOCUMENT_NOUNS = frozenset({"plan", "proposal", "draft", "deal", "framework", "agreement",
                            "offer", "text", "document", "statement", "order", "accord",
                            "package", "blueprint", "roadmap", "truce"})
PRONOUN_PARTY = frozenset({"it", "they", "its", "their", "we", "our"})

# Objects too vague to be a gift unless qualified ("remove obstacles" vs "remove obstacles to trade").
VAGUE_GIFTS = frozenset({"obstacle", "hurdle", "impediment", "roadblock", "difficulty", "problem"})
# "reduce the number of X", "raise the level of Y": a change in what is counted is a step,
# not a figure given (NON_GIFTS keeps "provide numbers" out).
QUANTITY_NOUNS = frozenset({"number", "figure", "size", "level", "amount", "share"})
AMOUNT_CHANGE_VERBS = frozenset({"reduce", "cut", "lower", "trim", "slash", "halve", "limit", "cap",
                                 "increase", "raise", "double", "triple", "expand", "boost", "lift"})

# "X warned that unless Y ..., Z will ...": verbs that set a condition as a threat.
WARNING_VERBS = frozenset({"warn", "threaten", "caution", "vow", "insist", "stress", "signal"})

# "X maintains / defends its right to ...": a right the other side is pressed to recognise.
RIGHT_CLAIM_VERBS = frozenset({"maintain", "assert", "defend", "reaffirm", "uphold", "insist", "stress",
                               "affirm", "reiterate"})

# "as a gesture of goodwill", "a good-faith gesture", "a sign of good faith"
GOODWILL_WORDS = frozenset({"goodwill", "good-will", "faith", "good-faith", "conciliatory", "conciliation",
                            "reconciliation", "humanitarian", "trust", "confidence"})

# Triggers of an offer still open ("offered to", "is ready to", "its proposal to").
OFFERING_WORDS = frozenset({"offer", "propose", "proposal", "suggest", "float", "ready", "willing", "prepared",
                            "open", "readiness", "willingness"})

# "rejects any deployment of foreign troops", "opposes the stationing of warships": a step
# the other side might take that a side refuses is its demand that the step not be taken.
OPPOSING_VERBS = frozenset({"reject", "oppose"})
# Steps whose refusal is a red line even without 'any' ("opposes the presence of X").
STEP_NOUNS = frozenset({"deployment", "presence", "stationing", "transfer", "annexation", "occupation",
                        "expansion", "intervention", "interference", "incursion", "invasion", "partition",
                        "cession", "handover", "militarization", "militarisation", "membership", "accession"})
# "rejected any claim / wrongdoing / role in ...": denying an accusation, no term at all.
DENIED_NOUNS = frozenset({"claim", "accusation", "allegation", "charge", "suggestion", "notion", "idea",
                          "report", "criticism", "responsibility", "wrongdoing", "involvement", "link",
                          "role", "connection", "blame", "guilt", "characterization", "characterisation",
                          "comparison", "assertion", "narrative", "speculation", "statement", "remark",
                          "comment", "motion", "attempt", "possibility", "option", "talk", "negotiation",
                          "mediation", "dialogue"})

# "X has freed 52 prisoners", "six sailors were released by X": captives set free are
# given to the other side, whatever the tense.
FREEING_VERBS = frozenset({"free", "release"})
CAPTIVE_NOUNS = frozenset({"prisoner", "detainee", "hostage", "captive", "pow", "national", "citizen",
                           "soldier", "sailor", "fisherman", "fishermen", "journalist", "activist",
                           "serviceman", "servicemen", "civilian", "crew", "crewmember", "body"})

MAX_TOKENS = 40


# ---------------------------------------------------------------------------------------
# Data


@dataclass
class _Actor:
    party: str | None
    person: str | None = None


@dataclass
class _Item:
    kind: str
    trigger: "Token"
    actors: list[_Actor]
    content: list["Token"]  # tokens of the content phrase, in order
    counterpart: str | None = None
    explicit_actor: bool = True
    sent: "Span | None" = None


# ---------------------------------------------------------------------------------------
# Entry point


def find_positions(ctx: "ArticleContext") -> tuple[list[Position], list[Position]]:
    """(demands, concessions) found in the article behind `ctx`."""
    return _Finder(ctx).run()


class _Finder:
    def __init__(self, ctx: "ArticleContext"):
        self.ctx = ctx
        self.doc: Doc = ctx.doc
        self.text = ctx.text
        self._asking: set[int] = set()  # tokens whose speaker is being looked for (no endless loops)
        self._filed: dict[int, int] = {}  # sentence start -> end of its dateline (see _dateline_end)
        self.memory_lemma: dict[str, list[_Actor]] = {}  # "government" -> last actor
        self.last_offer_actors: list[_Actor] = []  # for "other offers included ..."
        self.last_demand: _Item | None = None  # for "X has made the same demand"
        self.last_side_party: str | None = None  # "the Swiss delegation" -> for "the guests"
        self.last_party_actor: list[_Actor] = []
        self.last_plural = False  # the last sentence subject was plural ("officials")
        self.mediators = self._mediators()
        self.main_parties = self._rank_parties()
        self.owned_docs = self._owned_documents()
        self._inferred_party: set[int] = set()  # positions whose side was inferred from the counterpart
        self.sent_words: set[str] = set()  # word forms and lemmas of the sentence being read (see run)
        newline = self.text.find("\n")  # the headline is the first line
        self.body_start = newline + 1 if newline >= 0 else 0

    # ----------------------------------------------------------------- overview
    def _rank_parties(self) -> list[str]:
        counts: Counter[str] = Counter()
        for m in self.ctx.party_mentions:
            if _only_a_place(self.ctx, m):
                continue  # "WELLINGTON, May 14 -", "met ... in Wellington": where, not a side
            counts[m.target] += 1
        for m in self.ctx.person_mentions:
            c = self.ctx.country_of(m.target)
            if c:
                counts[c] += 1
        ranked = [p for p, _ in counts.most_common()]
        # "under the mediation of X", "talks mediated by X": a go-between, not a side
        mediators = self.mediators
        sides = [p for p in ranked if p not in mediators]
        return sides + [p for p in ranked if p in mediators] if len(sides) >= 2 else ranked

    def _mediators(self) -> set[str]:
        """Parties named as the go-between of the talks: 'the mediation of X and Y', 'X's
        mediation', 'X mediator', 'talks mediated / brokered / chaired by X'."""
        out: set[str] = set()
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            named: list[Token] = []
            if lemma in MEDIATION_NOUNS and tok.pos_ == "NOUN":
                named = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
                named += [_child(c, "pobj") for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "by")]
            elif lemma in ("mediate", "broker", "facilitate", "chair") and tok.tag_ == "VBN":
                named = [_child(c, "pobj") for c in tok.children if c.dep_ == "agent"]
            elif lemma in ("act", "serve") and tok.pos_ == "VERB" and any(
                    c.dep_ == "prep" and c.lower_ == "as" and (_child(c, "pobj") is not None and _child(
                        c, "pobj").lemma_.lower() in MEDIATION_NOUNS | {"guarantor", "mediator"}) for c in tok.children):
                named = [_child(tok, "nsubj")]  # "with Cuba and Norway acting as guarantors"
            for n in [x for x in named if x is not None]:
                for t in [n, *n.conjuncts]:
                    party = self._party_at(t)
                    if party is None and lemma == "chair":
                        # "the talks, chaired by Malaysia's Defence Minister X": the chair's country
                        party = next((p for p in (self._party_at(x) or (self._person_at(x) or _Actor(None)).party
                                                  for x in t.subtree) if p), None)
                    if party:
                        out.add(party)
        return out

    def _owned_documents(self) -> list[tuple[int, str, str]]:
        """(offset, lemma, party) for nouns like plan/proposal with a party modifier."""
        out = []
        for tok in self.doc:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in DOCUMENT_NOUNS:
                continue
            owner = None
            for ch in tok.children:
                if ch.dep_ in ("poss", "compound", "amod", "nmod"):
                    actor = self._direct_actor(ch)
                    if actor and actor[0].party and len(actor) == 1:
                        owner = actor[0].party
                        break
            # "X has put forward / tabled / submitted a proposal"
            gov = tok.head
            if owner is None and tok.dep_ == "dobj" and gov.lemma_.lower() in MAKE_VERBS | {"put"}:
                subj = _child(gov, "nsubj")
                actor = self._direct_actor(subj) if subj is not None else None
                if actor and actor[0].party and len(actor) == 1:
                    owner = actor[0].party
            if owner:
                out.append((tok.idx, tok.lemma_.lower(), owner))
        return out

    # ----------------------------------------------------------------- run
    def run(self) -> tuple[list[Position], list[Position]]:
        items: list[_Item] = []
        for sent in self.ctx.sentences:
            if sent.end_char <= self.body_start:
                continue
            found = [it for it in self._sentence_items(sent) if it.trigger.idx >= self.body_start]
            found.extend(self._colon_list_items(sent))
            # the sentence's word forms and lemmas: the builders below need a word of their own
            # ("under", "whose", ...) and skip the sentence at once when it is not there
            self.sent_words = {w for t in sent for w in (t.lower_, t.lemma_.lower())}
            for build in SENTENCE_BUILDERS:  # each sees what the ones before it found
                found.extend(build(self, sent, found))
            found = _drop_bare_offer_beside_terms(found)  # "sent its latest proposal, offering A": A is told
            items.extend(found)
            self.last_demand = next((it for it in reversed(found) if it.kind == DEMAND), self.last_demand)
            offered = [it for it in found if it.kind == CONCESSION and len({a.party for a in it.actors}) == 1
                       and not _bare_offer(it)]  # "X submitted a counteroffer": not whose list follows
            if offered:
                self.last_offer_actors = offered[-1].actors
            # remember the sentence's subject parties for "it"/"they" in the next ones
            root_actor = self._root_actor(sent)
            owned = _position_owner_subject(self, sent) if not root_actor else None
            if owned:  # "X's demands included A. They also called for B": X presses B too
                self.last_party_actor, self.last_plural = owned, True
            if root_actor:
                self.last_party_actor = root_actor
                subj = _child(sent.root, "nsubj", "nsubjpass")
                self.last_plural = subj is not None and (subj.tag_ in ("NNS", "NNPS") or any(
                    c.dep_ == "conj" for c in subj.children))
        items = self._drop_nested(items)
        items = [part for it in items for part in _noun_list_parts(it)]  # "called for A, B and C": one each
        items = [_others_measure_relief(self, it) for it in items]  # "X proposed to cut Y's imposed tariffs"
        items = [it for it in items if not _joint_process(it) and not _joint_shared_aim(it)
                 and not _joint_housekeeping(it) and not _recipients_only(it)
                 and not _hostile(it) and not _bare_partnership(it)
                 and not _bare_possessed(it)
                 and not (it.kind == DEMAND and (_mutual_call(it.content) or _contentment(it.content)))]
        demands: list[Position] = []
        concessions: list[Position] = []
        kept: list[list] = []  # [kind, by, words, relief, rank, position]
        for it in items:
            words = _content_words(getattr(it, "own_part", None) or it.content)  # split conjuncts: by their own part
            relief = _relief_key(it.content) or (_truce_key(it.content) if it.kind == CONCESSION else None)
            rank = _trigger_rank(it)
            for pos in self._to_positions(it):
                # the same fact restated later in the article (leads are often repeated); an
                # explicit 'agreed to / demanded' telling wins over a bare 'is pausing'
                who = pos.by_person if id(pos) in self._inferred_party else (pos.by or pos.by_person)
                same = next((k for k in kept if k[0] == it.kind and k[1] == who
                             and (_restates(words, k[2]) or _same_relief(relief, k[3]))), None)
                if same is not None:
                    if rank > same[4]:
                        same[2:] = [words, relief, rank, pos]
                    continue
                kept.append([it.kind, who, words, relief, rank, pos])
        for kind, _, _, _, _, pos in kept:
            (demands if kind == DEMAND else concessions).append(pos)
        demands += self._unread_positions(DEMAND, demands)
        concessions += self._unread_positions(CONCESSION, concessions)
        _acronym_named(self, demands + concessions)  # "the IMF", never spelt out
        return demands, concessions

    def _unread_positions(self, kind: str, found: list[Position]) -> list[Position]:
        """A sentence whose verb is one of the surest words of a position ("offered", "assured",
        "willing", "urged", "requested", "appealed") but whose construction no rule above could
        read: the side the verb's subject (or the speaker) names gives or presses what the verb's
        phrase says. Measured on the annotated sets before it was added: about a third of these
        match a gold position, against about a fifth for the rules' own output."""
        told = {p.evidence.start for p in found if p.evidence is not None}
        out: list[Position] = []
        # the words read off the lemma array once (walking every token of a long article is dear)
        firsts: dict[int, tuple["Span", "Token"]] = {}
        for t in with_lemma(self.doc, tuple(sorted({w for w, _ in UNREAD_TRIGGERS[kind]}))):
            if (t.lemma_.lower(), t.pos_) in UNREAD_TRIGGERS[kind]:
                sent = self.ctx.sentence_at(t.idx)
                if sent.end_char > self.body_start:
                    firsts.setdefault(sent.start, (sent, t))
        for sent, trig in firsts.values():
            if _negated(trig) or _in_conditional(trig) or _nothing_to_give(trig) or _turned_down(trig):
                continue
            evidence = self._evidence(_Item(kind, trig, [], [], sent=sent))
            if evidence.start in told:
                continue
            if trig.pos_ == "VERB":
                actors, _ = self._subject_actors(trig)
            else:
                actors = self._speaker(trig) or self._root_actor(sent) or []
            actors = [a for a in actors if a.party or a.person]
            addressed = [(c, a) for c in trig.children if c.dep_ in ("dobj", "dative", "iobj")
                         for a in [self._direct_actor(c)] if a]  # "assured Washington that ..."
            addressee = {t.i for c, _ in addressed if c.i > trig.i for t in c.subtree}
            aside = next((t for t in sent if t.lower_ == "according" and t.i > trig.i), None)
            if aside is not None:  # "offered, according to two officials, a phased cut": the source
                comma = next((t.i for t in sent if t.i > aside.i and t.text == ","), sent.end)
                addressee |= set(range(aside.i, comma + 1))
            counterpart = next((x.party for _, a in addressed for x in a if x.party), None)
            content = [t for t in trig.subtree if t.i > trig.i and not t.is_space and t.i not in addressee]
            while content and (content[0].is_punct or content[0].lower_ in ("that", "to", "for")):
                content.pop(0)
            while content and content[-1].is_punct:
                content.pop()
            if not actors or len([t for t in content if t.is_alpha]) < 2 or content[0].pos_ == "ADP" and \
                    content[0].lower_ not in ("for", "on") or all(t.lemma_.lower() in LIST_HEADS | {"requirement"}
                                                                 for t in content if t.pos_ == "NOUN"):
                continue  # ("urged Y in a bid to ...": a purpose; "to meet three requirements": which, untold)
            item = _Item(kind, trig, actors, content, counterpart, True, sent)
            if _hostile(item) or _joint_process(item):
                continue
            out.extend(self._to_positions(item))
            told.add(evidence.start)
        return out

    def _root_actor(self, sent: "Span") -> list[_Actor] | None:
        root = sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return None
        # "HAVANA, Feb 5 - Colombia's government and the ELN began ...": the dateline is a subject too
        subj = subjects[-1] if len(subjects) > 1 and self._dateline_end(sent) > subjects[0].idx else subjects[0]
        actors = self._resolve_np(subj, remember=True)
        if actors and all(a.party for a in actors):
            return actors
        return None

    # ----------------------------------------------------------------- triggers
    def _sentence_items(self, sent: "Span") -> list[_Item]:
        out: list[_Item] = []
        for tok in sent:
            # each attribute once: the checks below read them over a hundred times a token
            lemma, pos, dep, lower, tag = tok.lemma_.lower(), tok.pos_, tok.dep_, tok.lower_, tok.tag_
            if pos in ("VERB", "AUX") or tag.startswith("VB"):
                if lemma in DEMAND_VERBS:  # (also "X is looking for Y to do Z", "looking for guarantees")
                    out.extend(self._verb_items(tok, DEMAND, DEMAND_VERBS[lemma]))
                if lemma in SETTLED_GIVING_VERBS:
                    out.extend(_settled_terms_items(self, tok))  # "the tentative agreement gives workers a 12% raise"

                if lemma in CONCESSION_VERBS:
                    out.extend(self._verb_items(tok, CONCESSION, CONCESSION_VERBS[lemma]))
                if lemma in ("hold", "stick") and _has_particle(tok, {"out"}):
                    out.extend(self._verb_items(tok, DEMAND, "p:for"))  # "X is holding out for Y"
                if lemma in GIVING_VERBS or _keeps_giving(tok) or lemma == "order" and _purchase_order(tok):
                    out.extend(self._giving_items(tok))
                if lemma in DROP_VERBS or _backed_down(tok):
                    out.extend(self._drop_items(tok))
                if lemma in RELIEF_VERBS:
                    out.extend(self._relief_items(tok))
                if lemma in RELIEF_VERBS or lemma == "cancel" or lemma in SOFTEN_VERBS:
                    out.extend(self._purpose_relief_items(tok))
                if lemma in FREEING_VERBS:
                    out.extend(self._freed_items(tok))
                if lemma in REQUIRE_VERBS:
                    out.extend(self._requires_items(tok))
                if lemma == "give":
                    out.extend(self._deadline_items(tok))
                    out.extend(_time_given_items(self, tok))  # "gave Y two weeks to do Z"
            if lemma in ("like", "love") and any(c.dep_ == "aux" and (c.lemma_.lower() == "would" or c.lower_ in (
                    "'d", "\u2019d")) for c in tok.children):
                out.extend(self._verb_items(tok, DEMAND, "x c o"))  # "X would like Y to ..."
            if (lemma in CONTENT_VERBS or lemma in PROPOSING_CONTENT_VERBS and _child(tok, "nsubj") is not None
                    and _child(tok, "nsubj").lemma_.lower() in PROPOSAL_NOUNS) and pos in ("VERB", "AUX"):
                out.extend(self._proposal_content_items(tok))  # "the proposal suggests a 40-day truce"
            if pos == "NOUN":
                if lemma in DEMAND_NOUNS:
                    out.extend(self._noun_items(tok, DEMAND))
                    out.extend(_stray_for_clause_items(self, tok, out))  # "raise its request for Y to A"
                if lemma in CONCESSION_NOUNS:
                    out.extend(self._noun_items(tok, CONCESSION))
                elif lemma == "plan" and _tabled_giving_plan(tok):
                    out.extend(self._noun_items(tok, CONCESSION))  # "X presented a plan to share Y"
                if lemma == "line" and any(c.dep_ == "amod" and c.lower_ == "red" for c in tok.children) \
                        and dep == "nsubj" and tok.head.lemma_ == "be":
                    out.extend(self._noun_items(tok, DEMAND))  # "X's red line is Y"
            if pos == "ADJ" and lemma in ("open", "willing", "prepared", "ready", "committed", "amenable"):
                out.extend(self._adjective_items(tok))
            if pos == "NOUN" and lemma in PROPOSAL_NOUNS and dep in ("oprd", "dobj", "attr") \
                    and tok.head.lemma_.lower() in ("call", "dub", "describe", "term") \
                    and any(c.lower_ == "what" and c.dep_ == "dobj" for c in tok.head.children) \
                    and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in ANNOUNCE_VERBS | MAKE_VERBS:
                out.extend(self._called_proposal_items(tok))  # "X announced what he called a final proposal"
            if lemma == "see" and dep == "relcl" and pos == "VERB" and tok.head.lemma_.lower() in PROPOSAL_NOUNS | {"plan"}:
                out.extend(self._proposal_content_items(tok))  # "a proposal that would see Y's disarmament"
            if pos == "NOUN" and lemma in PROPOSAL_NOUNS | {"plan", "framework"} and dep == "pobj" \
                    and tok.head.lower_ == "with" and tok.head.head.lemma_.lower() in ("present", "provide", "hand"):
                out.extend(self._presented_with_items(tok))
            if lower == "board" and dep == "pobj" and tok.head.lower_ == "on" \
                    and tok.head.head.lemma_ == "be":
                out.extend(self._on_board_items(tok.head.head))
            if lemma in WINNING_VERBS and pos == "VERB":
                out.extend(self._won_release_items(tok))
            if lemma in WINNING_VERBS and pos == "VERB" and dep == "xcomp" \
                    and tok.head.lemma_.lower() in EFFORT_VERBS:
                out.extend(self._effort_items(tok))
            if lemma in RESOLVE_GAIN_VERBS and pos == "VERB" and dep == "xcomp" and tok.head.lower_ in RESOLVE_ADJECTIVES \
                    and not _negated(tok.head.head):
                out.extend(self._effort_items(tok))  # "X was determined to receive a written reply"
            if pos == "ADJ" and lemma in NECESSITY_ADJECTIVES and dep == "acomp" and tok.head.lemma_ == "be":
                out.extend(self._necessity_items(tok))
            if pos == "ADJ" and lemma in ("conditional", "contingent", "dependent") and (
                    dep == "acomp" or dep in ("ccomp", "oprd", "xcomp") and tok.head.lemma_.lower() == "make"):
                out.extend(self._conditional_items(tok))
            if tag == "VBN" and lemma in ("condition", "predicate") and _child(tok, "auxpass") is not None:
                out.extend(self._conditional_items(tok))  # "its signing would be conditioned on Y"
            if lemma in ("condition", "predicate") and pos == "VERB" and _child(tok, "nsubj") is not None \
                    and _child(tok, "dobj") is not None:
                out.extend(self._conditioned_on_items(tok))  # "X conditioned any cuts on Y's pullout"
            if pos == "NOUN" and lemma in CONDITION_NOUNS - {"priority"} and dep == "attr" \
                    and tok.head.lemma_ == "be":
                out.extend(self._prerequisite_items(tok))
            if lower in MODALS_OBLIGATION and dep == "aux":
                out.extend(self._must_items(tok))
            if lower in ("can", "ca") and dep == "aux" and tok.head.lemma_.lower() in BARRED_VERBS:
                out.extend(_cannot_have_items(self, tok))  # "<speaker>: Y cannot have a nuclear weapon"
            if lemma in ("need", "have") and pos in ("VERB", "AUX") and (
                    dep == "ccomp" or dep == "conj" and tok.head.dep_ == "ccomp" and _mark(tok) == "that"):
                out.extend(self._need_items(tok))
            if lemma in ("deadline", "ultimatum") and pos == "NOUN":
                out.extend(_deadline_items(self, tok))  # "set a deadline for Y to ..."
            if lower == "without" and dep == "prep":
                out.extend(_without_items(self, tok))  # "no deal without Y"
            if lower in ("less", "short") and dep == "amod":
                out.extend(_nothing_less_items(self, tok))  # "will not accept anything less than Y"
            if lemma in REVISE_VERBS and pos == "VERB":
                out.extend(_revised_terms_items(self, tok))  # "raised its offer to N", "cut its demand to M"
            if lemma == "need" and pos == "VERB":
                out.extend(_members_need_items(self, tok))  # "the union said its members need a 9% rise"
            if lemma in ONUS_VERBS and pos in ("VERB", "AUX"):
                out.extend(self._onus_items(tok))
            if lemma == "condition" and pos == "NOUN" and dep == "pobj" and tok.head.lower_ in ("on", "upon"):
                out.extend(self._on_condition_items(tok))
            if lemma == "case" and pos == "NOUN":
                out.extend(self._case_items(tok))
            if lemma in POSSIBILITY_NOUNS and pos == "NOUN" and dep == "dobj" \
                    and tok.head.lemma_.lower() in RAISING_VERBS:
                out.extend(self._raised_possibility_items(tok))
            if lemma in IDEA_NOUNS and pos == "NOUN" and dep == "dobj":
                out.extend(self._tabled_idea_items(tok))
            if lemma in GOAL_NOUNS and pos == "NOUN" and dep == "nsubj" and tok.head.lemma_ == "be":
                out.extend(self._goal_items(tok))
            if lemma in RELIEF_NOUNS and pos == "NOUN" and dep == "dobj" \
                    and tok.head.lemma_.lower() in ANNOUNCE_VERBS:
                out.extend(self._announced_relief_items(tok))
            if lemma in OPPOSING_VERBS and pos == "VERB":
                out.extend(self._opposed_step_items(tok))
            if lemma in ("refuse", "refusal", "reluctance", "unwillingness", "decline") \
                    and pos in ("VERB", "NOUN"):
                out.extend(self._refused_items(tok))
            if pos in ("VERB", "AUX") and (lemma in ("refuse", "reject", "decline") or any(
                    c.dep_ == "neg" for c in tok.children) and any(
                    c.dep_ == "aux" and c.lower_ in MODALS_FUTURE for c in tok.children)
                    or lemma in ("remain", "stay") and any(c.dep_ == "aux" and c.lower_ in MODALS_FUTURE
                                                           for c in tok.children)):
                out.extend(self._held_back_until_items(tok))
            if lower == "either" and dep in ("preconj", "det", "cc"):
                out.extend(self._either_or_items(tok))
            if lower in ("if", "unless") and dep == "mark" and tok.head.dep_ == "advcl":
                out.extend(self._warned_condition_items(tok))
            if lemma == "right" and pos == "NOUN" and dep == "dobj" \
                    and tok.head.lemma_.lower() in RIGHT_CLAIM_VERBS:
                out.extend(self._right_items(tok))
            if lemma in ("gesture", "sign") and pos == "NOUN" and dep == "pobj" \
                    and tok.head.lower_ in ("as", "in"):
                out.extend(self._gesture_items(tok))
            if (lemma in HOPE_LEMMAS or lower in HOPE_FORMS) and pos in ("VERB", "NOUN"):
                out.extend(self._hoped_step_items(tok))
            if lower in ("if", "when") and dep == "mark" and tok.i > sent.start \
                    and tok.doc[tok.i - 1].lower_ == "only":
                out.extend(self._only_if_items(tok.head))
            elif lower == "if" and dep == "mark" and tok.head.dep_ == "advcl" and any(
                    c.dep_ == "advmod" and c.lower_ == "only" and c.i < tok.head.head.i for c in tok.head.head.children):
                # "X will only sign a deal if Y pays": a side's own step made conditional
                main = tok.head.head
                subj = _child(main, "nsubj")
                if subj is not None and subj.pos_ != "PRON" and self._resolve_np(subj) \
                        and not (tok.head.lemma_ == "be" and _child(tok.head, "nsubj") is not None
                                 and _child(tok.head, "nsubj").lower_ in ("it", "this", "that")):
                    out.extend(self._only_if_items(tok.head))
            if lemma in YIELD_VERBS and pos == "VERB":
                out.extend(_red_line_refusal_items(self, tok))  # "X will not cede any land"
            if lemma in ("step", "point") and pos == "NOUN" and _first_step(tok):
                out.extend(self._prerequisite_items(tok))  # "a full truce must be the first step"
            if lemma in RESTRAINT_VERBS and pos == "VERB":
                out.extend(_restraint_items(self, tok))  # "X opted not to retaliate", "refrained from ..."
            if lemma in OFFER_OR_PROMISE_NOUNS and pos == "NOUN":
                out.extend(_offer_not_to_items(self, tok))  # "its offer not to strike Y's ports"
            if lemma in PROPOSAL_NOUNS and pos == "NOUN" and dep == "dobj" \
                    and not any(it.trigger == tok for it in out):
                out.extend(_submitted_bare_proposal_items(self, tok))  # "X submitted a counteroffer"
            if lemma in PROPOSAL_NOUNS and pos == "NOUN" and dep == "dobj" and any(c.dep_ == "relcl" for c in tok.children):
                out.extend(_handed_offer_that_items(self, tok, out))  # "gave Y an offer that drops A"
            if lemma == "offer" and pos == "VERB" and _child(tok, "dobj") is not None \
                    and _child(tok, "dobj").lemma_.lower() in MEMBER_NOUNS:
                out.extend(_recipient_first_offer_items(self, tok))  # "is offering members 11.5 per cent more"
            if lower == "without" and dep == "prep":
                out.extend(_not_without_items(self, tok))  # "X will not lift Y without guarantees"
            if lower in ("otherwise", "else") and dep == "advmod":
                out.extend(_otherwise_items(self, tok))  # "We need X; otherwise, we don't sign"
            if lemma == "line" and pos == "NOUN" and dep in ("attr", "dobj", "pobj") \
                    and any(c.lower_ == "red" for c in tok.children):
                out.extend(_named_red_line_items(self, tok))  # "A and B are red lines", "Z would cross a red line"
            if lemma in TARIFF_DOWN_VERBS and pos == "VERB":
                out.extend(_falling_tariff_items(self, tok))  # "X's tariffs on Y's goods will fall to 15%"
            if dep == "csubj" and tok.head.lemma_ == "be" and pos == "VERB":
                out.extend(_cleft_wish_items(self, tok))  # "What we want is Y"
            if lower in PROPOSED_MARKS and (dep == "amod" or tok.i > 0 and tok.doc[tok.i - 1].tag_ == "POS"):
                out.extend(_owned_proposed_items(self, tok))  # "the UK's proposed four-year deal"
            if lemma == "extend" and tag in ("VBD", "VBN") and pos == "VERB":
                out.extend(_extended_offer_items(self, tok))  # "X extended the offer period to Z"
            if lemma in BACKING_VERBS and pos == "VERB":
                out.extend(_accepted_asked_items(self, tok))  # "approved the objectives of the US plan"
            if lower == "including" and dep == "prep":
                out.extend(_including_concessions_items(self, tok))  # "offered a range of concessions including A"
            if lemma in HANDING_VERBS and tag == "VBN" and dep != "amod":
                out.extend(_handed_passive_proposal_items(self, tok))  # "proposals had been submitted to Y"
            if lemma in REMOVE_VERBS and pos == "VERB":
                out.extend(_removed_term_items(self, tok))  # "removed a requirement that Y pay Z"
            if lemma == "open" and pos == "VERB" and dep in ("pcomp", "xcomp"):
                out.extend(_kept_closed_items(self, tok))  # "X is not keen on opening up its dairy sector"
            if lemma in ALLOW_VERBS and pos == "VERB":
                out.extend(_not_allowed_items(self, tok))  # "X will not allow Y to keep A"
            if lower == "please" and dep in ("intj", "advmod", "discourse"):
                out.extend(_please_items(self, tok))  # '"Please also lift the ban," X said'
            if lemma in GAP_DEMAND_VERBS and dep in ("relcl", "acl") and pos == "VERB":
                out.extend(_gap_relative_items(self, tok, out))  # "the guarantees Y has been requesting"
        out = _drop_restated_red_lines(out)
        out = _rejoined_passive(out)  # "demanding that commanders linked to X be removed"
        out = _ordinal_list_split(out)  # "three conditions: first, A; second, B; third, C"
        out = [x for it in out for x in _included_comma_split(it)]  # "terms include A, B, and C"
        out.extend(self._exchange_items(out))
        for it in out:
            it.sent = it.sent or sent
        out = [x for it in out for x in _namely_split(it)]  # "its conditions, namely, A, B and C"
        out = [x for it in out for x in _series_split(it)] + [x for it in out for x in _as_well_as_tail(it)]
        out = [x for it in out for x in _companion_split(it)]
        out = [x for it in out for x in _step_list_split(it)]  # "urges Y to stop A, abide by B, manage C"
        out = [_thing_asked_for_a_purpose(_for_subject_clause(it)) for it in out]  # "its demand for quotas to be capped"
        for it in out:
            it.sent = sent
            _with_offer_verb(it)  # "Guyana proposed an agenda": 'proposed an agenda'
            _with_hung_topic(it)  # "submitted a proposal regarding customs duties"
        return out

    def _warned_condition_items(self, mark: "Token") -> list[_Item]:
        """'X warned that unless Y drops its rules, Z will follow', 'X made it clear that if
        a deal is not reached by June, it will reinstate sanctions': the condition the
        warner sets is its demand (the condition turned positive: 'a deal is reached')."""
        cond = mark.head
        main = cond.head
        # "its continuation could be jeopardized if Y is not resolved": a harm the speaker foresees
        harm = main.lemma_.lower() in HARM_VERBS and any(a.dep_ == "aux" and a.lower_ in ("could", "may", "might")
                                                         for a in main.children)
        if not harm and not any(a.dep_ == "aux" and (a.lower_ in ("will", "would", "'ll") or a.lemma_ == "will")
                                for a in main.children):
            return []  # "if X happens, Y has happened": no threat of what is to come
        up = main.head if main.dep_ in ("ccomp", "advcl") else None
        if up is not None and up.lower_ in ("clear", "plain") and up.head.lemma_.lower() == "make":
            up = up.head
        elif up is None or up.lemma_.lower() not in WARNING_VERBS and not (harm and up.lemma_.lower() in REPORTING):
            return []
        negated = [c for c in cond.children if c.dep_ == "neg"]
        if mark.lower_ == "if" and not negated or mark.lower_ == "unless" and negated:
            return []  # "if Y agrees, X will ...": a promise, not a condition pressed on Y
        if _negated(up) or _in_conditional(up):
            return []
        actors, explicit = self._subject_actors(up)
        if not actors or len({a.party for a in actors}) > 1:
            return []
        subj = _child(cond, "nsubj", "nsubjpass")
        target = self._direct_actor(subj) if subj is not None else None
        if target and target[0].party in {a.party for a in actors}:
            return []  # "unless we get X": its own side
        drop = {mark.i} | {c.i for c in negated} | {c.i for c in cond.children
                                                      if c.dep_ == "aux" and c.lemma_ == "do" and negated}
        toks = _trim([t for t in cond.subtree if t.i not in drop])
        if not _has_content(toks) or _is_meeting_content(cond):
            return []
        return [_Item(DEMAND, mark, actors, toks, _party_of(target) or self._counterpart_in(cond, DEMAND),
                      explicit)]

    def _right_items(self, noun: "Token") -> list[_Item]:
        """'Tehran maintains its right to enrich uranium': a side holding on to its own
        right presses the other side to recognise it (a demand). Not 'reserves the right
        to retaliate' (a threat; that verb is not in RIGHT_CLAIM_VERBS)."""
        verb = noun.head
        if _child(noun, "poss") is None or _negated(verb) or _in_conditional(verb):
            return []
        what = next((c for c in noun.children if c.dep_ == "acl" and _infinitival(c)
                     or c.dep_ == "prep" and c.lower_ in ("to", "of")), None)
        if what is None:
            return []
        return self._noun_phrase_item(DEMAND, noun, verb, lambda: self._counterpart_in(what, DEMAND))

    def _gesture_items(self, noun: "Token") -> list[_Item]:
        """'The rebels left the port as a gesture of goodwill', 'In a good-faith gesture, X
        freed 40 soldiers': what is done as goodwill is given to the other side (a
        concession), whatever its tense."""
        words = {c.lower_ for c in noun.subtree if c != noun}
        if not words & GOODWILL_WORDS:
            return []  # "as a sign of strength", "a gesture of defiance"
        verb = noun.head.head
        if verb.pos_ != "VERB" or _negated(verb) or _in_conditional(verb) or _is_meeting_content(verb):
            return []
        actors, explicit = self._subject_actors(verb)
        if not actors or len({a.party for a in actors}) > 1:
            return []
        phrase = {t.i for t in noun.head.subtree}
        toks = _trim([t for t in self._content_tokens(verb, exclude_subject_of=verb) if t.i not in phrase
                      and not (t.dep_ in ("aux", "auxpass") and t.head == verb)])
        if not _has_content(toks):
            return []
        return [_Item(CONCESSION, noun, actors, toks, self._counterpart_in(verb, CONCESSION), explicit)]

    def _exchange_items(self, items: list[_Item]) -> list[_Item]:
        """'X offered to buy more gas in return for lower tariffs on its cars': what X wants
        back is X's demand, and no part of what it gives. Cuts the 'in return for ...'
        phrase out of each such concession (in place) and returns the demands. Only for offers
        still on the table: in a deal told as done ('X pledged to invest in exchange for tax
        cuts', 'Y will lower tariffs in exchange for ...') the return is a term of the deal."""
        out = []
        for it in items:
            out.extend(self._demand_in_exchange_items(it))
            out.extend(self._any_proposal_that_items(it))
            out.extend(self._offer_condition_items(it))
            if it.kind == CONCESSION and len({a.party for a in it.actors}) == 1 \
                    and it.trigger.lemma_.lower() not in OFFERING_WORDS:
                out.extend(self._promise_in_return(it))
            if it.kind != CONCESSION or len({a.party for a in it.actors}) != 1 \
                    or it.trigger.lemma_.lower() not in OFFERING_WORDS or it.actors[0].party in self.mediators:
                continue  # a mediator's "truce in exchange for captives": a swap between the sides, kept whole
            swap = next((t for t in it.content if t.lower_ in ("exchange", "return") and t.dep_ == "pobj"
                         and t.head.lower_ == "in" and t.head in it.content), None) or _swap_on_offer_verb(it)
            if swap is None:
                continue
            phrase = {t.i for t in swap.head.subtree}
            for_prep = _child(swap, "prep")
            doc = swap.doc
            if (for_prep is None or for_prep.lower_ != "for") and swap.i + 1 < len(doc) \
                    and doc[swap.i + 1].lower_ == "for" and doc[swap.i + 1].dep_ == "prep":
                for_prep = doc[swap.i + 1]  # "in one shot in return for X": 'for' hung on 'shot'
                phrase |= {t.i for t in for_prep.subtree}
            wanted = _child(for_prep, "pobj", "pcomp") if for_prep is not None else None
            if wanted is None or for_prep.lower_ != "for":
                continue
            given = _trim([t for t in it.content if t.i not in phrase])
            asked = _trim(list(wanted.subtree)) if wanted.pos_ != "PROPN" else _swap_doer_step(swap, wanted)
            given = _trim([t for t in given if t not in asked])
            if not _has_content(given) or not _has_content(asked):
                continue
            it.content = given
            out.append(_Item(DEMAND, swap, it.actors, asked,
                             self._counterpart_in(wanted, DEMAND) or it.counterpart, it.explicit_actor))
            # "in return for the end of the war and Y's withdrawal": a second wanted thing the
            # parser hung elsewhere
            end = max(t.i for t in wanted.subtree)
            if end + 2 < wanted.sent.end and doc[end + 1].lower_ == "and" and doc[end + 1].dep_ == "cc" \
                    and doc[end + 1].head not in wanted.subtree:
                second = doc[end + 2]
                while second.dep_ in ("poss", "compound", "amod", "det", "nummod") and second.head.i > second.i:
                    second = second.head
                if second.pos_ == "NOUN" and second not in it.content and second.i > end:
                    more = _trim([t for t in second.subtree if t.i > end])
                    if _has_content(more):
                        out.append(_Item(DEMAND, second, it.actors, more,
                                         self._counterpart_in(second, DEMAND) or it.counterpart, it.explicit_actor))
        return out

    def _demand_in_exchange_items(self, it: _Item) -> list[_Item]:
        """'X demands sanctions relief in exchange for limiting its nuclear work': what X offers
        back is X's concession; it is cut out of the demand (in place)."""
        if it.kind != DEMAND or len({a.party for a in it.actors}) != 1 or not it.actors[0].party:
            return []
        if not self._direct_actor(_child(it.trigger, "nsubj")):
            return []  # "the plan calls for A in return for B": a swap between the sides, not X's offer
        near = [t for c in it.trigger.children if c.dep_ == "prep" and c.lower_ == "in" for t in c.children]
        swap = next((t for t in [*it.content, *near] if t.lower_ in ("exchange", "return") and t.dep_ == "pobj"
                     and t.head.lower_ == "in"), None)  # in the content, or hung on the demanding verb
        for_prep = _child(swap, "prep") if swap is not None else None
        given = _child(for_prep, "pobj", "pcomp") if for_prep is not None and for_prep.lower_ == "for" else None
        if given is None or self._direct_actor(given):
            return []
        phrase = {t.i for t in swap.head.subtree}
        asked = _trim([t for t in it.content if t.i not in phrase])
        offered = _trim(list(given.subtree))
        if not _has_content(asked) or not _has_content(offered):
            return []
        if given.tag_ == "VBG" and _child(given, "nsubj") is None:  # "for limiting its work": X's own step
            it.content = asked
            return [_Item(CONCESSION, given, it.actors, offered, it.counterpart, it.explicit_actor)]
        return []

    def _any_proposal_that_items(self, it: _Item) -> list[_Item]:
        """'X is open to any proposal that leads to a permanent truce, a full pullout and a
        swap deal': what any acceptable proposal must bring is X's demand, one per item; the
        openness itself gives nothing (the concession is emptied in place)."""
        if it.kind != CONCESSION or len({a.party for a in it.actors}) != 1 or not it.actors[0].party:
            return []
        clause = it.trigger.head if it.trigger.dep_ != "ROOT" else it.trigger
        where = sorted(set(it.content) | {t for t in clause.subtree if t.i > it.trigger.i}, key=lambda t: t.i)
        noun = next((t for t in where if t.pos_ == "NOUN" and t.lemma_.lower() in PROPOSAL_NOUNS | DOCUMENT_NOUNS
                     | {"deal", "agreement", "solution", "initiative", "settlement"}
                     and any(c.lower_ == "any" for c in t.children)), None)
        rel = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in (
            "lead", "ensure", "guarantee", "include", "achieve", "bring", "secure", "deliver", "end")), None) \
            if noun is not None else None
        if rel is None or _negated(rel):
            return []
        obj = _child(rel, "dobj")
        if obj is None:
            to = next((c for c in rel.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            obj = _child(to, "pobj") if to is not None else None
        if obj is None:
            return []
        right = max([obj.right_edge.i] + [c.right_edge.i for c in obj.conjuncts])
        doc = obj.doc
        tail = list(doc[right + 1:obj.sent.end])
        if tail and tail[0].text == "," and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tail):
            right = obj.sent.end - 1  # the later list items, hung elsewhere by the parser
        span = [t for t in doc[obj.left_edge.i:right + 1] if not (t.is_punct and t.text != "," and t.i == right)]
        parts: list[list[Token]] = []
        if any(t.text == "," for t in span):  # "a truce, a pullout of X, and a swap": split at the commas
            cur: list[Token] = []
            for t in span:
                if t.text == ",":
                    parts.append(cur)
                    cur = []
                else:
                    cur.append(t)
            parts.append(cur)
        else:
            for h in [obj, *[c for c in obj.conjuncts if c.i > obj.i]]:
                skip = {t.i for c in h.children if c.dep_ == "conj" for t in c.subtree}
                parts.append([t for t in h.subtree if t.i not in skip and not (t.dep_ == "cc" and t.head == h)])
        out = []
        for part in parts:
            toks = _trim(part)
            if _has_content(toks) and not (len(toks) <= 2 and toks[-1].lemma_.lower() in WISH_NOUNS):
                out.append(_Item(DEMAND, toks[0], it.actors, toks,
                                 self._counterpart_in(toks[0], DEMAND) or it.counterpart, it.explicit_actor))
        if out:
            it.content = []
        return out

    def _offer_condition_items(self, it: _Item) -> list[_Item]:
        """'X offered to delay the sanctions if Y restored access for inspectors and engaged in
        talks': the steps an offer is made on condition of are X's demands on Y, one per
        coordinated step; they are cut out of the offer (in place)."""
        if it.kind != CONCESSION or len({a.party for a in it.actors}) != 1 or not it.actors[0].party:
            return []
        me = it.actors[0].party
        cond = next((t for t in it.content if t.dep_ == "advcl" and t.head in it.content
                     and _mark(t) in ("if", "provided", "providing") and t.pos_ in ("VERB", "AUX")), None) \
            or _trigger_condition(it.trigger)  # "X would be ready to cut A if Y drops B"
        if cond is None or _negated(cond):
            return []
        subj = _child(cond, "nsubj")
        target = self._direct_actor(subj) if subj is not None else None
        if not target or len({a.party for a in target}) != 1 or target[0].party in (None, me):
            return []
        phrase = {t.i for t in cond.subtree}
        heads = _split_coordination(cond, cond)
        end = max(t.i for t in cond.subtree)
        if cond.tag_ == "VBD":  # "offered A if Y restored B, addressed C and engaged in D": the
            # parser may hang the later past-tense steps on the offering verb
            for c in it.trigger.children:
                if c.dep_ == "conj" and c.i > end and c.tag_ == "VBD" and _child(c, "nsubj") is None:
                    heads.extend(x for x in [c, *c.conjuncts] if x.i > end and x.tag_ in ("VBD", "VBN")
                                 and _child(x, "nsubj") is None)
                    phrase.update(t.i for t in c.subtree)
        out = []
        for h in sorted(set(heads), key=lambda t: t.i):
            toks = _trim([t for t in self._content_tokens(h, exclude_subject_of=h) if not (
                t.dep_ == "mark" and t.head == cond)])
            if _has_content(toks) and not _is_meeting_content(h):
                out.append(_Item(DEMAND, h, it.actors, toks, target[0].party, it.explicit_actor))
        given = _trim([t for t in it.content if t.i not in phrase])
        if out and _has_content(given):
            it.content = given
        return out

    def _promise_in_return(self, it: _Item) -> list[_Item]:
        """'X agreed to cut tariffs for Y in exchange for a promise to invest in X': in a deal
        told as done, the promise given back is the other side's concession (Y's, or the
        promise's owner's)."""
        swap = next((t for t in it.content if t.lower_ in ("exchange", "return") and t.dep_ == "pobj"
                     and t.head.lower_ == "in" and t.head in it.content), None)
        prep = _child(swap, "prep") if swap is not None else None
        promise = _child(prep, "pobj") if prep is not None and prep.lower_ == "for" else None
        if promise is None or promise.lemma_.lower() not in PROMISE_NOUNS or _negated_np(promise):
            return []
        what = next((c for c in promise.children if c.dep_ in ("acl", "relcl") and _infinitival(c)
                     and _child(c, "nsubj") is None), None)
        if what is None:
            return []
        giver = self._possessor(promise)
        me = it.actors[0].party
        if giver:
            if len({a.party for a in giver}) != 1 or giver[0].party == me:
                return []
        else:
            if it.counterpart is None or it.counterpart == me:
                return []
            giver = [_Actor(it.counterpart)]
        toks = _trim(list(what.subtree))
        toks = [t for t in toks if not (t.dep_ == "aux" and t.head == what)]
        if not _has_content(toks):
            return []
        return [_Item(CONCESSION, promise, giver, toks, me, it.explicit_actor)]

    # verbs ---------------------------------------------------------------
    def _verb_items(self, verb: "Token", kind: str, slots: str) -> list[_Item]:
        if _negated(verb) or _in_conditional(verb) or _has_particle(verb, {"back", "off", "up", "out"}) \
                and verb.lemma_.lower() not in ("hold", "stick"):
            return []
        if any(c.dep_ == "advmod" and c.lower_ == "back" and c.i == verb.i + 1 for c in verb.children):
            return []  # "pushed back against their demands": resisting, tagged as an adverb
        if verb.tag_ == "VBN" and verb.dep_ == "amod":
            return []
        if _participle_premodifier(verb):
            return []  # "is seeking exemptions from X and proposed levies": an adjective
        if _fronted_passive_participle(verb):
            return []  # "Asked for details, the minister said ...": the subject was asked
        if _nothing_to_give(verb):
            return []  # "a country with little to offer Y": what it lacks, not an offer
        if kind == CONCESSION and (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and _infinitival(verb)) \
                and verb.head.lemma_.lower() in DEMAND_VERBS:
            return []  # "pushed Ukraine to agree to ...": the content of a demand
        if kind == CONCESSION and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
                and verb.head.head.lemma_.lower() in NECESSITY_ADJECTIVES | {"key", "central", "important", "critical"}:
            return []  # "diversifying supplies is critical to guaranteeing autonomy": a purpose, no pledge
        if kind == CONCESSION and _purpose_of_step(verb):
            return []  # "agreed to refrain from A to guarantee B": what the step is for, no pledge of its own
        if kind == CONCESSION and (_mandated_step(verb) or _weighs_others_offer(self, verb)):
            return []  # "X insists that Y commit to A"; "X is considering Y's latest proposal"
        if kind == CONCESSION and _only_accepts(verb):
            # "will only accept a deal that protects its farmers": a condition set, not a gift
            return self._verb_items(verb, DEMAND, "d")
        if kind == CONCESSION and (_obliged(verb) or _in_pending_clause(verb)):
            return []  # "X should accept ...", "once X agrees to ...": not (yet) given
        if _mark(verb) == "for":
            return []  # "the best outcome is for X to agree ...": a hypothesis, not a position
        spec = slots.split()
        preps: set[str] = set()
        for s in spec:
            if s.startswith("p:"):
                preps.update(s[2:].split(","))
        obj = _child(verb, "dobj") or _child(verb, "dative")
        if obj is not None and obj.pos_ == "PROPN" and obj.i + 1 < verb.sent.end \
                and verb.doc[obj.i + 1].lower_ in ("\u2018s", "'s", "\u2019s", "`s") \
                and verb.doc[obj.i + 1].dep_ != "case":
            # "accepted President X\u2018s invitation": an odd apostrophe splits the possessive
            # and the parser makes the owner a first object
            later = next((c for c in verb.children if c.dep_ == "dobj" and c.i > obj.i), None)
            if later is not None and later.i == obj.i + 1:  # the "‘s" itself taken for the object
                later = next((c for c in later.children if c.i == later.i + 1 and c.pos_ == "NOUN"), None)
            if later is not None:
                obj = later
        if obj is not None and obj.lower_ in ("which", "that") and obj.i < verb.i and verb.dep_ == "relcl":
            # "the plans, which X is urging Y to sign": the parser may hang the relative
            # pronoun on the trigger as a first object; the party after it is the one pressed
            later = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                          and self._direct_actor(c)), None)
            obj = later or obj
        dative = _child(verb, "dative") if _child(verb, "dobj") is not None else None
        xcomp = _child(verb, "xcomp")
        ccomp = _child(verb, "ccomp")
        counterpart: str | None = None
        heads: list[Token] = []
        lemma = verb.lemma_.lower()
        if lemma == "hand":
            # "X handed over a memorandum", "the proposals they handed over"
            if obj is None and verb.dep_ == "relcl":
                obj = verb.head
            if obj is None or obj.lemma_.lower() not in HANDED_DOCUMENTS \
                    and obj.lower_ not in HANDED_DOCUMENTS:
                return []

        obj_actor = self._direct_actor(obj) if obj is not None else None
        if obj is not None and not obj_actor and (obj.lower_ in ("them", "him", "her")
                                                  or obj.lemma_.lower() in SIDE_NOUNS):
            obj_actor = self._resolve_np(obj)
        if obj is not None and not obj_actor and obj.lemma_.lower() == "counterpart":
            # "asking his Chinese counterpart to remove ...": the side the qualifier names
            obj_actor = next((a for c in obj.children if c.dep_ in ("amod", "compound", "nmod") and c.i < obj.i
                              for a in [self._direct_actor(c)] if a and a[0].party), None)
        if obj is not None and not obj_actor:
            obj_actor = _body_object(self, obj)  # "asked management to pay ...": a side the party list lacks
        if lemma == "call" and obj is not None:
            obj_actor = None  # "called X to say sorry": a phone call; the demand is 'called on X to'
        prep_on_party = None
        mutual_on = False  # "called on each other to ...": each side presses the other
        for ch in verb.children:
            if ch.dep_ == "prep" and (ch.lower_ in ("on", "upon", "to") or ch.lower_ == "with" and lemma == "plead"):
                p = _child(ch, "pobj")
                if p is not None and p.lower_ in RECIPROCALS and any(c.lower_ in ("each", "one") for c in p.children):
                    mutual_on = "o" in spec and kind == DEMAND
                    continue
                if p is not None and p.pos_ == "PRON" and p.lower_ in ("them", "him", "her") and "o" in spec:
                    # "we are appealing to them to stop ...": whoever 'them' is, it is pressed
                    prep_on_party = self._resolve_np(p) or [_Actor(None)]
                    continue
                if p is not None:
                    a = self._direct_actor(p)
                    if not a:  # "called on allies including Japan to ..."
                        inc = next((c for c in p.children if c.dep_ == "prep"
                                    and c.lower_ in ("including", "like")), None)
                        a = self._direct_actor(_child(inc, "pobj")) if inc is not None else None
                    if not a and ch.lower_ in ("on", "upon") and "o" in spec:
                        a = _body_object(self, p)  # "called on doctors / the union to ...": a body the list lacks
                    if a:
                        prep_on_party = a
        for_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                         and "for" in preps), None)
        if for_prep is not None and xcomp is not None and for_prep.i < xcomp.i:
            pobj = _child(for_prep, "pobj")
            if pobj is not None and pobj.pos_ == "NOUN" and not self._direct_actor(pobj):
                xcomp = None  # "pushing for an alliance with X to protect Y": the for-object
        if xcomp is not None and obj is not None and obj.lower_ in ("which", "that") and obj.i < verb.i \
                and verb.dep_ == "relcl" and "d" in spec and xcomp.i > verb.i:
            xcomp = None  # "curb X, which Y had demanded to fight crime": the purpose, not what was demanded
        if kind == CONCESSION and xcomp is not None and obj is not None and not obj_actor and obj.pos_ == "NOUN" \
                and obj.lemma_.lower() in LIST_HEADS and obj.i < xcomp.i and _child(xcomp, "nsubj") is None \
                and xcomp.left_edge.i == max(t.i for t in obj.subtree) + 1:
            xcomp = None  # "proposed several steps to speed up the talks": the steps are offered
        control = xcomp if xcomp is not None else (ccomp if ccomp is not None and _infinitival(ccomp) else None)
        if lemma in TO_ONLY_VERBS and control is not None and not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in control.children):
            control = None  # "told X that Y must ...": reported speech, not an instruction
        if control is None and "o" in spec and (obj_actor or prep_on_party):
            # "pushed Ukraine to agree ...", "called on Peru to invest ...": the parser
            # sometimes makes the infinitive an advcl
            after = obj.i if obj_actor else verb.i
            control = next((c for c in verb.children if c.dep_ == "advcl" and c.i > after
                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if control is None and obj_actor:
                control = _infinitive_in_setting(verb, obj)
        ctl_subj = _child(control, "nsubj") if control is not None and control is ccomp else None
        ctl_actor = self._direct_actor(ctl_subj) if ctl_subj is not None else None
        if "o" in spec and control is not None and (obj_actor or prep_on_party or mutual_on):
            heads = [control]
            counterpart = _party_of(obj_actor or prep_on_party) if not mutual_on else None
        elif "o" in spec and lemma in ("like", "love", "need") and (
                ctl_actor or ctl_subj is not None and _body_object(self, ctl_subj)):
            # "would like Y to do Z", "we need the union to come back with ..."
            heads, counterpart = [control], _party_of(ctl_actor or _body_object(self, ctl_subj))
        elif "x" in spec and xcomp is not None and (
                _infinitival(xcomp) or (kind == CONCESSION and xcomp.tag_ == "VBG")) \
                and not (kind == DEMAND and _sum_before_purpose(obj, xcomp)) \
                and not (lemma == "want" and xcomp.lemma_.lower() in SELF_WISH_VERBS):  # "demanded $5bn to build A"
            heads = [xcomp]  # (not "X wants to avoid the fate of ...": its own conduct, asked of no one)
        elif "c" in spec and ccomp is not None and (_directive_clause(ccomp, strict=lemma in REPORTING) or (
                lemma == "want" and _wanted_done(ccomp)) or (
                (kind == DEMAND or lemma in MANDATIVE_VERBS) and _bare_subjunctive(ccomp, lemma in MANDATIVE_VERBS))) and not (
                lemma in TO_ONLY_VERBS and not any(a.dep_ == "aux" and a.lower_ == "to" for a in ccomp.children)):
            heads = [ccomp]
            subj = _child(ccomp, "nsubj", "nsubjpass")
            if subj is not None:
                a = self._direct_actor(subj)
                if a:
                    counterpart = _party_of(a)
        if not heads and kind == DEMAND and "for" in preps:
            # "was pushing for Rwanda to withdraw its troops", "called for Y to ...": the parser
            # makes 'for Y to do' a clause marked 'for'; Y is the side pressed
            fc = next((c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i > verb.i
                       and _mark(c) == "for" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)),
                      None)
            fsubj = _child(fc, "nsubj") if fc is not None else None
            fa = self._direct_actor(fsubj) if fsubj is not None else None
            if fa and fa[0].party:
                heads, counterpart = [fc], fa[0].party
            elif fc is not None and any(a.dep_ == "auxpass" for a in fc.children) \
                    and (passive_subj := _child(fc, "nsubjpass")) is not None and passive_subj.pos_ == "NOUN":
                heads = [fc]  # "called for the ban to be lifted": the thing to be done, whoever does it
        if heads and heads[0] is xcomp and kind == DEMAND and xcomp.lemma_.lower() == "see":
            # "wants / would love to see Y do Z": Z pressed on Y
            seen = _child(xcomp, "ccomp")
            subj = _child(seen, "nsubj") if seen is not None else None
            a = self._direct_actor(subj) if subj is not None else None
            if a and seen.tag_ == "VB":
                heads, counterpart = [seen], _party_of(a)
        if not heads and kind == DEMAND and lemma in MANDATIVE_VERBS and obj_actor and obj is not None \
                and _child(verb, "dobj") == obj:
            # "demand Y scrap X": the parser lost the bare verb after the object
            end = max(t.i for t in obj.subtree)
            nxt = verb.doc[end + 1] if end + 1 < verb.sent.end else None
            if nxt is not None and nxt.tag_ == "VB" and nxt.dep_ in ("ccomp", "conj", "advcl") \
                    and _child(nxt, "dobj") is not None and nxt != verb:
                heads, counterpart = [nxt], _party_of(obj_actor)
        if not heads and preps:
            for ch in verb.children:
                if ch.dep_ == "prep" and ch.lower_ in preps and ch.i > verb.i:
                    p = _child(ch, "pobj", "pcomp")
                    if p is not None and p.ent_type_ in ("DATE", "TIME"):
                        continue  # "agreed on Monday to ...": when, not what
                    if p is not None and lemma == "look" and p.lemma_.lower() in LOOKED_FOR_GENERIC:
                        continue  # "looking for a way to end the row": a search, no term pressed
                    if p is not None and lemma in ("fight", "campaign") and (
                            p.lemma_.lower() in OWN_PEOPLE | INTEREST_NOUNS | {"life", "survival", "freedom",
                                                                                 "control", "cause", "country"}):
                        continue  # "fighting for the people", "fought for control of X": no term
                    if p is not None and not self._direct_actor(p):
                        heads = [p]
                        break
        if dative is not None and counterpart is None:
            counterpart = _party_of(self._direct_actor(dative))  # "offered Washington a package"
            if counterpart is None and kind == CONCESSION and dative.pos_ == "NOUN" \
                    and dative.lemma_.lower() in BODY_NOUNS | MEMBER_NOUNS:
                # "offered the union a 4% raise", "is offering members a bonus": the workforce
                # across the table (the body named before, else the other main side)
                counterpart = _party_of(_named_body_actors(self, dative, []))
            elif counterpart is None and dative.lemma_.lower() not in SIDE_NOUNS and dative.pos_ == "NOUN":
                return []  # "promised voters lower taxes": not to the other side
        if obj is not None and obj.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our")
                                                          for c in obj.children) \
                and obj.lemma_.lower() in OWN_PEOPLE and "o" in spec:
            return []  # "urged its citizens to avoid travel": addressed to its own people
        if obj is not None and "o" in spec and (obj.lemma_.lower() in ("participant", "everyone", "everybody")
                                                or obj.lower_ == "all"):
            return []  # "urged participants to ...": a call on everyone at the table, itself included
        if obj is not None and "o" in spec and obj.lemma_.lower() == "public":
            return []  # "urged the public not to believe rumours": a side speaking to its people
        if not heads and "d" in spec and obj is not None and not obj_actor:
            bare = not any(c.dep_ not in ("det", "punct") for c in obj.children)
            generic = obj.lemma_.lower() in GENERIC_OUTCOMES and not any(
                c.dep_ not in ("det", "punct", "amod") for c in obj.children)
            if lemma in ("want", "seek") and (bare and obj.lemma_.lower() in WISH_NOUNS or generic) \
                    and obj.pos_ == "NOUN":
                pass  # "they want peace": a wish, not a position
            elif kind == CONCESSION and obj.lemma_.lower() in NON_GIFTS:
                pass  # "offering a glimmer of hope", "offered no details"
            elif kind == DEMAND and obj.lemma_.lower() in ("anonymity", "confidentiality"):
                pass  # "sources who requested anonymity": a reporter's courtesy, no term
            elif kind == CONCESSION and obj.lemma_.lower() in GENERIC_OUTCOMES | {"opportunity", "chance", "path",
                                                                                 "basis", "prospect"} \
                    and _child(verb, "nsubj") is not None and _child(verb, "nsubj").lemma_.lower() in DOCUMENT_NOUNS:
                pass  # "the treaty would offer a durable fix": what the deal brings, nobody's gift
            elif kind == CONCESSION and lemma in ("propose", "offer") and obj.lemma_.lower() in GENERIC_OUTCOMES | {
                    "accord", "treaty", "pact"} \
                    and not any(c.dep_ not in ("det", "compound", "punct") for c in obj.children):
                pass  # "X had proposed the accord": the outcome itself, no term given
            elif lemma == "expect" and obj.lemma_.lower() not in CONCESSION_NOUNS | {"concession", "reciprocity",
                                                                                       "compensation"}:
                pass  # "expects a deal soon" foresees; "expects concessions" demands
            elif obj.pos_ in ("NOUN", "PROPN", "NUM") or obj.lower_ in ("which", "that", "what"):
                heads = [obj]
            elif obj.tag_ == "VBZ" and obj.dep_ == "dobj" and not _child(obj, "nsubj") and kind == DEMAND:
                heads = [obj]  # "wants assurances Y accepts ...": a plural noun read as a verb
            elif obj.pos_ == "VERB" and obj.dep_ == "dobj" and not _child(obj, "nsubj") \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in obj.children):
                heads = [obj]  # "offered a 9 per cent cut in ...": a noun after its article, read as a verb
        if not heads and kind == CONCESSION and lemma in PASSIVE_OFFERS:
            return self._passive_offer_items(verb)
        if not heads:
            return []
        # relative clause: "... products, which the U.S. side had demanded"
        heads = [self._antecedent(h) for h in heads]
        if any(h is None for h in heads):
            return []
        content_heads = _split_coordination(heads[0], verb)
        if kind == DEMAND and heads[0] is ccomp and ccomp is not None:
            # "insisted that Y disarm, be dismantled and return the hostages": the parser hangs
            # the later subjunctives on the trigger as clauses of their own, with no subject
            for c in verb.children:
                if c.dep_ == "ccomp" and c.i > ccomp.i and c.tag_ in ("VB", "VBN") and not _mark(c) \
                        and _child(c, "nsubj", "nsubjpass") is None and doc_gap_ok(ccomp, c):
                    content_heads.extend(_split_coordination(c, verb))
        content_heads = [x for h in content_heads for x in _list_items(h)]
        if heads and heads[0].dep_ == "dobj" and heads[0].head == verb and heads[0].pos_ == "NOUN":
            # "demand the removal of A, and the repeal of B": the parser may hang the second
            # object noun on the trigger verb instead of on the first object
            content_heads.extend(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                                 and c.i > heads[0].i and _child(c, "nsubj") is None
                                 and _child(c, "prep") is not None and c not in content_heads)
        if heads[0].dep_ in ("pobj", "pcomp") and heads[0].head.head == verb:
            # "insists on X halting A and dismantling B": the parser hangs the second gerund
            # on the trigger verb (a gerund with no subject or auxiliary of its own), or reads
            # it as an adjective on a noun coordinated with A
            content_heads.extend(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBG"
                                 and c.i > heads[0].i and not any(
                                     a.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for a in c.children))
            content_heads.extend(_gerund_conjuncts(heads[0]))
            if heads[0].pos_ == "NOUN" and not _child(heads[0], "cc") and any(
                    m.dep_ in ("amod", "compound", "acl") for m in heads[0].children) and not any(
                    m.dep_ == "prep" and m.lower_ in ("including", "like", "as") for m in heads[0].children):
                # "fighting for fair wages, safe conditions, and the right to retire": the
                # parser hangs the later modified nouns of the list on the trigger verb
                # (or on the reporting verb above it: "X said it was fighting for A, B, and C")
                hosts = [*verb.children, *(verb.head.children if verb.dep_ == "ccomp"
                                           and verb.head.lemma_.lower() in REPORTING else [])]
                content_heads.extend(c for c in hosts if c.dep_ in ("dobj", "conj") and c.pos_ == "NOUN"
                                     and c.i > heads[0].i and c.doc[c.left_edge.i - 1].text in (",", "and", "or")
                                     and any(m.dep_ in ("amod", "compound", "prep", "acl") for m in c.children)
                                     and _child(c, "nsubj") is None and c not in content_heads)
        if kind == CONCESSION or lemma in ("want", "seek"):
            content_heads = [h for h in content_heads if not _is_meeting_content(h)
                             or kind == DEMAND and _talks_on_terms(h)]
        if lemma in BACKING_VERBS and kind == CONCESSION and content_heads \
                and content_heads[0].lemma_.lower() not in (
                ACCEPTED_OBJECTS if lemma in ("accept", "approve") else BACKED_OBJECTS) \
                and not (lemma == "accept" and _proposed_thing(content_heads[0])):
            return []
        if lemma == "accept" and content_heads and content_heads[0].lemma_.lower() == "invitation" \
                and not any(c.dep_ in ("acl", "prep") for c in content_heads[0].children) \
                and not _invitation_taken_up(verb, content_heads[0]):
            return []  # "thanked Y for accepting his invitation": no word of what to do
        if lemma in BACKING_VERBS - {"accept", "approve"} and (obj is None or obj.lower_ in ("which", "that")):
            return []  # "an initiative that it supported"
        if lemma == "consider" and (any(c.dep_ in ("ccomp", "oprd") or c.dep_ == "xcomp" and c.tag_ != "VBG"
                                        for c in verb.children)
                                    or obj is not None and _predicate_follows(obj, verb)):
            return []  # "X considers Y a threat": regarding, not weighing an offer
        aimed_at: list[Token] = []
        subj = _child(verb, "nsubj")
        if lemma == "aim" and subj is not None and subj.lemma_.lower() in DOCUMENT_NOUNS | PROPOSAL_NOUNS:
            return []  # "the proposal aims to restore calm": what it is for, not a term it gives
        if lemma in INTENT_VERBS:
            # "aims to dismantle Y's nuclear facilities": a step on the other side's holdings is pressed on it
            aimed_at = [h for h in content_heads if _is_verbal(h) and h.lemma_.lower() in AIMED_AT_VERBS
                        and _child(h, "dobj") is not None and _child(_child(h, "dobj"), "poss") is not None
                        and self._direct_actor(_child(_child(h, "dobj"), "poss"))]
            content_heads = [h for h in content_heads if (h.lemma_.lower() in GIVING_VERBS or _keeps_giving(h))
                             and _is_verbal(h)
                             and not (_child(h, "dobj") is not None
                                      and _child(h, "dobj").lemma_.lower() in PERCEPTION_NOUNS)]
        if kind == CONCESSION and xcomp is not None and heads and heads[0] is xcomp:
            # "offered to cut X to 'near zero' and to buy Y": the parser may hang the second
            # infinitive on a phrase it took for a clause of the trigger
            for c in verb.children:
                if c.dep_ == "advcl" and c.i > xcomp.i:
                    content_heads.extend(cc for cc in c.children if cc.dep_ == "conj" and cc.tag_ == "VB"
                                         and any(a.lower_ == "to" and a.dep_ == "aux" for a in cc.children)
                                         and not _child(cc, "nsubj"))
        # "The proposal, which X accepted, included Y": Y is what X accepted
        if obj is not None and obj.lower_ in ("which", "that") and len(content_heads) == 1:
            h = content_heads[0]
            if h.dep_ in ("nsubj", "nsubjpass") and h.head.lemma_.lower() in CONTENT_VERBS \
                    and h.lemma_.lower() in DOCUMENT_NOUNS:
                inner = _child(h.head, "dobj")
                if inner is not None:
                    content_heads = _split_coordination(inner, verb)
        actors, explicit = self._subject_actors(verb)
        if not actors and kind == DEMAND:
            actors = _participle_group_side(self, verb) or _unlisted_subject_side(self, verb)  # "developing nations"
        if self._reciprocal(verb) or _impersonal_agreement(verb):
            actors = [_Actor(p) for p in self.main_parties[:2]]
        if not actors:
            return []
        if mutual_on:
            sides = list(dict.fromkeys(a.party for a in actors if a.party))
            if len(sides) != 2 or not heads or heads[0] is not control:
                return []
            out = []
            for h in _split_coordination(control, verb):
                toks = self._content_tokens(h)
                if _has_content(toks) and not _is_meeting_content(h):
                    out.extend(_Item(kind, verb, [_Actor(me)], toks, other, explicit)
                               for me, other in (sides, sides[::-1]))
            return out
        if kind == CONCESSION and lemma in ("propose", "suggest") and heads[0] is ccomp and counterpart \
                and counterpart not in {a.party for a in actors} and len({a.party for a in actors}) == 1:
            kind = DEMAND  # "X proposed that Y join it in going to court": a step asked of Y
        if verb.dep_ == "pcomp" and verb.head.lower_ == "in" and verb.head.head.lemma_.lower() == "join":
            # "A joined B in urging Y to ...": B presses Y too
            partner = self._direct_actor(_child(verb.head.head, "dobj"))
            if partner and actors:
                actors = actors + [a for a in partner if a.party not in {b.party for b in actors}]
        parties = {a.party for a in actors}
        if kind == DEMAND and len(parties) > 1 and not _joint_truce_call(heads, verb) and not (
                counterpart and counterpart not in parties and not parties <= set(self.main_parties[:2])):
            return []  # "both sides want ..." is not one side pressing the other (a coalition pressing a third may)
        if kind == DEMAND and counterpart is not None and counterpart in {a.party for a in actors} \
                and heads[0] is ccomp and ccomp is not None:
            # "X criticized Y's remark and demanded that she withdraw it": 'she' is the remark's
            # owner, not the demander
            subj = _child(ccomp, "nsubj")
            prev = _child(verb.head, "dobj") if verb.dep_ == "conj" and subj is not None \
                and subj.lower_ in ("he", "she") else None
            owner = self._possessor(prev) if prev is not None and _child(prev, "poss") is not None else None
            if owner and len({a.party for a in owner}) == 1 and owner[0].party \
                    and owner[0].party not in {a.party for a in actors}:
                counterpart = owner[0].party
        if kind == DEMAND and counterpart is not None and counterpart in {a.party for a in actors}:
            return []  # "told his own minister to ...": an instruction inside one side
        series = _that_clause_series(verb, heads[0]) if kind == DEMAND and heads[0] is ccomp else []
        if series:
            # "demanded that A be opened, that B be raised and that C be expanded": one each
            return [_Item(kind, verb, actors, toks, counterpart or self._counterpart_in(toks[0], kind), explicit)
                    for toks in series if _has_content(toks)]
        early: list[_Item] = []
        for h in aimed_at:
            owner = self._direct_actor(_child(_child(h, "dobj"), "poss"))
            target = owner[0].party if owner else None
            toks = _trim(self._content_tokens(h, exclude_subject_of=h))
            if target and target not in {a.party for a in actors} and len({a.party for a in actors}) == 1 \
                    and _has_content(toks) and not _negated(h):
                early.append(_Item(DEMAND, verb, actors, toks, target, explicit))
        locus = _where_locus(verb)
        subj = _child(verb, "nsubj")
        sector = [c for c in subj.children if c.dep_ == "compound" and not self._direct_actor(c)] \
            if subj is not None and subj.lemma_.lower() in INTEREST_NOUNS else []
        out = early
        for h in content_heads:
            if kind == DEMAND and any(c.dep_ == "advmod" and c.lower_ in ("together", "jointly")
                                      for c in h.children):
                continue  # "we seek to confront X together": a joint aim
            if lemma in ("want", "seek") and _generic_aim(h):
                continue  # "seeking to facilitate peace": a wish every side shares
            if kind == DEMAND and _is_verbal(h) and h.lemma_.lower() in TIE_VERBS and _child(h, "dobj") is not None \
                    and _child(h, "dobj").lemma_.lower() in JOINT_OBJECTS:
                continue  # "seeks to deepen links with Y": built together, asked of nobody
            if kind == DEMAND and h.lemma_.lower() in CREDIT_VERBS | {"express", "congratulate", "welcome"}:
                continue  # "I want to thank ...": courtesy, no term
            if kind == DEMAND and h.lemma_.lower() in ("convey", "relay", "pass", "deliver", "transmit", "carry") \
                    and _child(h, "dobj") is not None and _child(h, "dobj").lemma_.lower() in MESSAGE_NOUNS:
                continue  # "asked the envoys to convey a number of messages to Y": a go-between's errand
            if kind == DEMAND and lemma in ("want", "like", "love") and h == xcomp and h.lemma_.lower() in (
                    "refrain", "abstain", "wait", "speculate", "comment", "predict"):
                continue  # "I want to hold off on forecasts": the speaker's own reserve
            if kind == DEMAND and lemma in ("want", "seek", "like") and h == xcomp and h.lemma_.lower() in (
                    "continue", "keep", "pursue", "advance", "step") and _child(h, "dobj") is not None \
                    and _child(h, "dobj").lemma_.lower() in ("effort", "work", "dialogue", "talk", "talks"):
                continue  # "I want to continue efforts to find a compromise": its own effort, nothing asked
            ante = _object_antecedent(h, verb) if kind == DEMAND else None
            if kind == DEMAND and not ante and _anaphoric_only(h):
                continue  # "we want to fix it fast": what 'it' is, is told elsewhere
            if kind == DEMAND and h.pos_ == "NOUN" and h.lemma_.lower() == "time" and any(
                    c.lower_ in ("more", "additional", "extra", "further") for c in h.children):
                continue  # "requested extra time": a delay for itself, no term pressed on the other side
            if kind == DEMAND and h.pos_ == "NOUN" and h.lemma_.lower() in WISH_NOUNS \
                    and not any(c.dep_ not in ("det", "punct") for c in h.children):
                continue  # "called for calm", "pressing for progress"
            if kind == CONCESSION and _self_help(h):
                continue  # "pledged to support its economy"
            gift = _child(h, "dobj") if kind == CONCESSION and _is_verbal(h) else None
            if gift is not None and gift.lemma_.lower() in QUANTITY_NOUNS and h.lemma_.lower() in AMOUNT_CHANGE_VERBS:
                gift = None  # "agreed to reduce the number of seats": the seats change, no figure handed over
            if gift is not None and (gift.lemma_.lower() in NON_GIFTS or gift.lemma_.lower() in VAGUE_GIFTS and not any(
                    c.dep_ in ("prep", "compound", "nmod") for c in gift.children)):
                continue  # "agreed to provide guidance", "promised to remove obstacles": nothing named
            toks = self._content_tokens(h, exclude_subject_of=h if counterpart else None,
                                        keep_subject=_mark(h) == "for" and _child(h, "nsubjpass") is not None)
            if lemma in ("adhere", "abide") and h.dep_ == "pobj" and h.head.head == verb:
                # "will adhere to a truce for three months": the whole step, its span included
                toks = _trim([t for t in self._content_tokens(verb, exclude_subject_of=verb)
                              if not (t.dep_ == "aux" and t.head == verb)])
            short = [t for t in toks if not t.is_punct]
            if kind == DEMAND and _is_verbal(h) and 0 < len(short) <= 3:
                # "warned Y to think twice before raising tariffs": the step is in its 'before' clause
                tail = next((c for c in h.children if c.dep_ == "advcl" and c.i > h.i and any(
                    m.dep_ in ("mark", "prep") and m.lower_ in ("before", "without", "until") for m in c.children)
                    or c.dep_ == "prep" and c.lower_ in ("before", "without") and c.i > h.i), None)
                if tail is not None:
                    toks = _trim(sorted(set(toks) | set(tail.subtree), key=lambda t: t.i))
            if ante:  # "criticized X's remark and demanded that she withdraw it": withdraw the remark
                pron = _child(h, "dobj")
                toks = [x for t in toks for x in (ante if t == pron else [t])]
            if kind == DEMAND and verb.dep_ == "relcl" and _is_verbal(h) and h.head == verb:
                toks = _relative_object(h, verb) or toks
            for g in _gerund_conjuncts(h):  # told on their own
                cut = {t.i for t in g.subtree} | {c.i for c in h.children if c.dep_ == "cc" and c.i < g.i}
                toks = _trim([t for t in toks if t.i not in cut])
            if verb in h.subtree and h.pos_ == "VERB":  # "curb X, which Y demanded": the clause, not the trigger
                own = {t.i for t in verb.subtree}
                toks = _trim([t for t in toks if t.i not in own])
            if (h.pos_ == "NOUN" or h is obj and h.pos_ == "NUM") and toks and (h is obj or h.head.head == verb):
                # "seeking commitments from X on lower duties", "agreed to the proposal for a
                # ceasefire": the parser hangs the noun's prepositional phrase on the verb
                nxt = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "over", "for")
                            and c.i == toks[-1].i + 1), None)
                if nxt is not None and not any(t.ent_type_ in ("DATE", "TIME") for t in nxt.subtree):
                    toks = toks + _trim(list(nxt.subtree))
                inf = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _infinitival(c)
                            and c.left_edge.i == toks[-1].i + 1 and _child(c, "nsubj") is None), None)
                if inf is not None and h is obj:  # "offered X a deal to remove tariffs": the deal's terms
                    toks = toks + list(inf.subtree)
            if not _has_content(toks) and not (lemma == "accept" and _invitation_taken_up(verb, h)):
                continue
            if sector and kind == DEMAND:
                toks = sector + toks  # "the US dairy industry is lobbying for access": dairy access
            if locus and not set(locus) & set(toks):
                toks = toks + locus  # "on steel, where we seek to cut tariffs": cut tariffs on steel
            if lemma == "threaten":
                toks = _threat_with_condition(toks, verb)
                if not toks:
                    continue  # a bare threat presses for nothing
                parts = _unless_conjuncts(toks)
                if parts:
                    target = self._direct_actor(parts[1]) if parts[1] is not None else None
                    cp = _party_of(target) or counterpart or self._counterpart_in(h, kind)
                    out.extend(_Item(kind, verb, actors, p, cp, explicit) for p in parts[0])
                    continue
            cp = counterpart or self._counterpart_in(h, kind)
            parts = _passive_subject_split(self, h, toks) if kind == DEMAND and h is ccomp else []
            if parts:  # "demanded that A and B be included": one demand each
                out.extend(_conjunct_item(_Item(kind, verb, actors, p, cp, explicit), m) for p, m in parts)
                continue
            out.append(_Item(kind, verb, actors, toks, cp, explicit))
        return out

    def _passive_offer_items(self, verb: "Token") -> list[_Item]:
        """'a zero-for-zero deal was offered (by X) for cars': the subject is what is offered,
        the agent or the speaker offers it."""
        subj = _child(verb, "nsubjpass")
        reduced = False
        if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" \
                and any(c.dep_ == "agent" for c in verb.children):
            # "the 5% raise offered by X": a reduced relative, the noun is what X offered
            subj, reduced = verb.head, True
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or self._direct_actor(subj) \
                or not (reduced or any(c.dep_ == "auxpass" for c in verb.children)) \
                or subj.lower_ in ("which", "that"):
            return []
        if subj.lemma_.lower() in NON_GIFTS or _is_meeting_content(subj):
            return []
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        actors = self._resolve_np(_child(agent, "pobj")) if agent is not None and _child(agent, "pobj") is not None \
            else self._speaker(verb)
        if not actors and reduced and _child(_child(agent, "pobj"), "poss") is not None:
            owner = _child(_child(agent, "pobj"), "poss")
            longer = [n for _, n, _ in _body_table(self) if owner.pos_ == "PROPN" and n.startswith(owner.text + " ")]
            # "offered by Y's management": Y, or the firm named before in full ('Halvex Motors')
            actors = [_Actor(longer[0])] if longer else self._possessor(_child(agent, "pobj"))
        if not actors or len({a.party for a in actors}) > 1:
            return []
        toks = [t for t in subj.subtree if t.dep_ != "det" or t.i != subj.left_edge.i]
        if reduced:
            toks = [t for t in toks if t not in set(verb.subtree)]
            if len(toks) < 2 or subj.lemma_.lower() in GENERIC_OUTCOMES | DOCUMENT_NOUNS | PROPOSAL_NOUNS \
                    | VAGUE_TOPICS | IDEA_NOUNS | {"approach", "plan", "framework", "solution"}:
                # "the plan proposed by X", "a peace deal proposed by X", "the approaches
                # proposed by X": a document or way named, no term of its own
                return []
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "on", "to") and c.i > verb.i \
                    and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
                toks += list(c.subtree)
        toks = _trim(sorted(set(toks), key=lambda t: t.i))
        if not _has_content(toks):
            return []
        return [_Item(CONCESSION, verb, actors, toks, self._counterpart_in(verb, CONCESSION), True)]

    def _reciprocal(self, verb: "Token") -> bool:
        """'... they handed over to each other', '... offered one another': both sides."""
        for ch in verb.children:
            if ch.dep_ in ("prep", "dative") and ch.lower_ in ("to", "with"):
                p = _child(ch, "pobj")
                if p is not None and p.lower_ in RECIPROCALS and any(
                        c.lower_ in ("each", "one") for c in p.children):
                    return True
        return False

    def _giving_items(self, verb: "Token") -> list[_Item]:
        """'X will lower tariffs', 'X's restrictions will be resolved'."""
        if verb.dep_ in ("ccomp", "acl", "relcl") and verb.head.lemma_.lower() in PLAN_CONTENT_VERBS:
            return []  # "the plan envisages that X would ...": terms of someone's plan
        if _only_accepts(verb):
            return []  # "will only accept ...": a condition (see _verb_items)
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        shared = None  # "X will lift A and resume B": B shares the modal and the subject
        if not auxes and verb.dep_ == "conj" and verb.head.lemma_.lower() in GIVING_VERBS \
                and _child(verb, "nsubj", "nsubjpass") is None:
            shared = verb.head
            auxes = [c for c in shared.children if c.dep_ in ("aux", "auxpass")]
        if not any(a.lower_ in MODALS_FUTURE or a.lemma_.lower() in MODALS_FUTURE for a in auxes) \
                and not (verb.tag_ in ("VBD", "VBN", "VBZ") and _part_of_talks(verb)):
            return []  # past or present steps count only when told as part of the bargaining
        if _negated(verb) or _in_conditional(verb) or _demanded(verb):
            return []
        gift = _child(verb, "dobj")
        if gift is not None and gift.lemma_.lower() in NON_GIFTS and verb.lemma_.lower() != "hand":
            return []  # "will release its trade data": no gift
        if gift is not None and (gift.lemma_.lower() in DOMESTIC_OBJECTS or gift.lemma_.lower() == "rate" and any(
                c.lower_ == "interest" for c in gift.children)):
            return []  # "will cut interest rates", "will open an embassy": no negotiation
        if verb.lemma_.lower() in INTRANSITIVE_MOVES and _child(verb, "dobj") is None:
            return []  # "the team will return to Washington": going back, not giving back
        subj = _child(shared if shared is not None else verb, "nsubj") or _according_slip_subject(verb)
        passive_subj = _child(verb, "nsubjpass")
        actors: list[_Actor] | None = None
        explicit = True
        if subj is not None:
            actors = self._direct_actor(subj) or self._resolve_np(subj)
            if not actors and subj.lemma_.lower() in DOCUMENT_NOUNS:
                obj = _child(verb, "dobj")
                actors = self._owner_in(obj) if obj is not None else None
                if not actors and subj.lemma_.lower() in PROPOSAL_NOUNS:
                    actors = self._possessor(subj) if _child(subj, "poss") is not None else self._owner_in(subj)
                    # "X's proposal would cut quotas to 40 tonnes": X's offer
                if not actors:
                    actors = self._speaker(verb)
        elif passive_subj is not None:
            actors = self._owner_in(passive_subj, modifiers_only=True)
        if not actors:
            return []
        if subj is None and passive_subj is not None:
            toks = self._content_tokens(verb, keep_subject=True)
        else:
            toks = self._content_tokens(verb, exclude_subject_of=verb)
        if not auxes or not any(a.lower_ in MODALS_FUTURE or a.lemma_.lower() in MODALS_FUTURE for a in auxes):
            toks = [t for t in toks if not (t.dep_ in ("aux", "auxpass") and t.head == verb)]  # "has bought"
        if not _has_content(toks) or _is_meeting_content(verb):
            return []
        if verb.dep_ == "ccomp" and (verb.head.lemma_.lower() in OPINION_VERBS or verb.head.lower_ in HOPE_FORMS) \
                or _opinion_noun_clause(verb):
            # "<other side>: 'I think India will reduce X'": what the other side expects of India
            holder_tok = _child(verb.head, "nsubj")
            holder = None
            if verb.dep_ != "ccomp":
                # "X voiced the hope that India will reduce Y": the one voicing it expects it
                holder = self._owner_in(verb.head) or self._subject_actors(verb.head.head)[0] \
                    if verb.head.dep_ == "dobj" else self._owner_in(verb.head)
            elif holder_tok is not None:
                holder = self._speaker(verb.head) if holder_tok.lower_ in ("i", "we") else self._resolve_np(holder_tok)
            own = {a.party for a in actors}
            if holder and all(a.party and a.party not in own for a in holder):
                return [_Item(DEMAND, verb, holder, toks, _party_of(actors), True)]
        return [_Item(CONCESSION, verb, actors, toks, self._counterpart_in(verb, CONCESSION), explicit)]

    def _proposal_content_items(self, verb: "Token") -> list[_Item]:
        """'India's proposal includes A and B': one concession of the proposal's owner per
        coordinated object."""
        subj = _child(verb, "nsubj")
        if subj is not None and subj.lower_ in ("which", "that") and _said_relative(verb):
            subj = verb.head.head  # "its proposal, which it says includes A"
        if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subj = verb.head  # "Seoul's proposal, which includes A, ..."
            subj = _past_date_phrase(subj)  # "presented the package on Wednesday, which included A"
            if subj.dep_ == "pobj" and subj.head.dep_ == "prep" and self._direct_actor(subj) \
                    and subj.head.head.lemma_.lower() in PROPOSAL_NOUNS | DEMAND_LIST_NOUNS:
                subj = subj.head.head  # "X's overtures to Y, which included A": hung on Y
        obj = _child(verb, "dobj")
        if obj is None:  # "other offers included relocating X"
            obj = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        if subj is None or obj is None or _negated(verb):
            return []
        kind = CONCESSION
        if subj.lemma_.lower() in DEMAND_LIST_NOUNS | _terms_word(obj) and subj.tag_ == "NNS":
            kind = DEMAND  # "Kyiv's conditions / terms include X": X is demanded
        elif subj.lemma_.lower() not in PROPOSAL_NOUNS:
            return []
        actors, _ = self._noun_actor(subj, own_only=True)
        if not actors:
            actors = self._document_owner(subj) or _compound_body(self, subj) or []  # "the union proposal"
        if not actors and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subj.children):
            # "Taiwanese officials said their proposal includes ...": the speakers' side
            spoken = self._speaker(verb)
            actors = spoken if spoken and len({a.party for a in spoken}) == 1 and spoken[0].party else []
        if not actors and any(c.lower_ in ("other", "further", "additional", "more") for c in subj.children):
            actors = self.last_offer_actors  # "other offers included ...": the same side's
        if not actors and kind == DEMAND:
            actors = _listed_terms_owner(self, subj)  # "X listed its terms. These conditions include ..."
        if not actors and verb.dep_ == "relcl" and verb.head != subj:
            actors = _presenter(self, subj)  # "X presented the package on Monday, which included ..."
        if not actors:
            actors = _presented_with_owner(self, subj)  # "X presented Y with a proposal that would see A"
        if not actors and subj.lemma_.lower() in PROPOSAL_NOUNS and subj.tag_ == "NN" \
                and any(c.lower_ == "the" for c in subj.children):
            actors = self.last_offer_actors  # "X proposed A. The proposal also outlines B": X's
        if not actors:
            actors = _new_proposals_owner(self, subj)  # "The new proposals include A": the last told
        if not actors:
            return []
        out = []
        heads = [obj, *[c for c in obj.conjuncts if c.i > obj.i]]
        # "includes A in the first phase and B": the parser hangs B on the phrase before it
        for p in verb.children:
            if p.dep_ == "prep" and p.i > obj.i:
                for pobj in p.children:
                    if pobj.dep_ == "pobj":
                        heads.extend(c for c in pobj.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                                     and any(m.dep_ in ("amod", "compound", "prep") for m in c.children))
        if _is_verbal(obj):
            heads = _split_coordination(obj, verb)
        for h in heads:
            skip: set[int] = set()
            for c in h.children:
                if c.dep_ == "conj":
                    skip.update(t.i for t in c.subtree)
                elif c.dep_ == "cc" or c.dep_ == "punct" and c.i > h.i and c.text == "," and any(
                        d.dep_ == "conj" and d.i > c.i for d in h.children):
                    skip.add(c.i)
            toks = _trim([t for t in h.subtree if t.i not in skip])
            item_kind, item_cp = kind, self._counterpart_in(h, kind)
            if kind == CONCESSION and h.pos_ == "NOUN" and h.lemma_.lower() not in PROMISE_NOUNS | CONCESSION_NOUNS:
                # "X's proposal mentions Hamas disarmament / Y's withdrawal": a step of the other
                # side's, pressed on it
                doer = next((a for c in h.children if c.dep_ in ("poss", "compound", "amod") and c.i < h.i
                             for a in (self._direct_actor(c) or []) if a.party), None) or _of_doer(self, h)
                if doer is not None and doer.party not in {a.party for a in actors}:
                    item_kind, item_cp = DEMAND, doer.party
            for part in _as_well_as_parts(toks):  # "included A as well as B": two terms
                if _has_content(part):
                    out.append(_Item(item_kind, part[0] if part[0] != toks[0] else verb, actors, part,
                                     item_cp, True))
        return out

    def _colon_list_items(self, sent: "Span") -> list[_Item]:
        """'India is seeking:' / 'The offer includes:' / 'commitments from X to:' followed by
        list lines (bulleted, or bare phrases one a line): one position per line, each with
        the opener's kind and actor. A line that is a full clause ('A sticking point remains
        X.') ends an unbulleted list; a line without a bullet ends a bulleted one."""
        toks = [t for t in sent if not t.is_space]
        if len(toks) < 2 or toks[-1].text not in (":", "?"):
            return []
        heading = self._demands_heading(toks)  # "What are X's demands?", "X's key demands:"
        if toks[-1].text == "?" and heading is None:
            return []
        v = toks[-2]
        if v.lower_ in ("following", "these", "those") and v.head != v:
            v = v.head
        lemma = v.lemma_.lower()
        kind, actors, explicit, anchor = None, [], True, v
        if v.pos_ in ("VERB", "AUX") and (lemma in DEMAND_VERBS or lemma in CONCESSION_VERBS) \
                and _child(v, "dobj", "xcomp", "ccomp") in (None, toks[-2]) and not _negated(v) \
                and not _in_conditional(v):
            kind = DEMAND if lemma in DEMAND_VERBS else CONCESSION
            actors, explicit = self._subject_actors(v)
        elif v.lower_ == "to" and any(t.pos_ == "NOUN" and t.lemma_.lower() in CONCESSION_NOUNS | DEMAND_NOUNS
                                      | PROMISE_NOUNS for t in toks[max(0, len(toks) - 8):-2]):
            # "commitments from X to:" (the parser may hang the 'to' on the verb before)
            noun = next(t for t in reversed(toks[max(0, len(toks) - 8):-2]) if t.pos_ == "NOUN"
                        and t.lemma_.lower() in CONCESSION_NOUNS | DEMAND_NOUNS | PROMISE_NOUNS)
            kind = DEMAND if noun.lemma_.lower() in DEMAND_NOUNS else CONCESSION
            actors, explicit = self._noun_actor(noun)
            anchor = noun
        elif lemma in CONTENT_VERBS | {"be"} and v.pos_ in ("VERB", "AUX"):
            subj = _child(v, "nsubj")
            sl = subj.lemma_.lower() if subj is not None else ""
            if sl in PROPOSAL_NOUNS or sl in DEMAND_LIST_NOUNS | DEMAND_NOUNS:
                kind = CONCESSION if sl in PROPOSAL_NOUNS else DEMAND
                actors, explicit = self._noun_actor(subj, own_only=True)
                if not actors:
                    actors = self._document_owner(subj) or []
                if not actors and any(c.lower_ == "the" for c in subj.children):
                    actors = (self.last_offer_actors if kind == CONCESSION else (
                        self.last_demand.actors if self.last_demand else [])) or self.last_party_actor
                anchor = subj
        if heading is not None:
            kind, actors, explicit, anchor = DEMAND, heading, True, toks[-2]
        if kind is None or not actors or len({a.party for a in actors}) > 1:
            return []
        counterpart = self._counterpart_in(anchor, kind)
        out: list[_Item] = []
        pos = self.text.find("\n", toks[-1].idx)
        bulleted = None
        while pos >= 0 and len(out) < 12:
            start = pos + 1
            end = self.text.find("\n", start)
            end = len(self.text) if end < 0 else end
            line = self.text[start:end].strip()
            pos = end if end < len(self.text) else -1
            if not line:
                continue
            bullet = bool(re.match(r"(?:[-\u2013\u2014\u2022*\u00b7]|\d{1,2}[.)])\s", line))
            if bulleted is None:
                bulleted = bullet
            if bullet != bulleted or len(line.split()) > (35 if heading is None else 150):
                break  # (under a heading of demands, one paragraph "A; B; and C" may be long)
            line_toks = [t for t in self.doc if start <= t.idx < end and not t.is_space]
            while line_toks and (line_toks[0].is_punct or line_toks[0].like_num and line_toks[0].i + 1 < len(
                    self.doc) and self.doc[line_toks[0].i + 1].text in (".", ")") and bullet):
                line_toks = line_toks[1:]
            if not line_toks:
                break
            root = line_toks[0].sent.root
            parts = _semicolon_parts(line_toks) if heading is not None else [line_toks]
            if not bullet and len(parts) < 2 and _child(root, "nsubj", "nsubjpass") is not None:
                break  # a full clause: the list is over
            for part in parts:
                item = _trim(part[:MAX_TOKENS])
                if not _has_content(item):
                    continue
                it = _Item(kind, item[0], actors, item, counterpart, explicit)
                it.sent = item[0].sent
                out.append(it)
            if not out or heading is not None and len(parts) >= 2:
                break  # (one paragraph of "A; B; and C" is the whole list)
        return out

    def _demands_heading(self, toks: list["Token"]) -> list[_Actor] | None:
        """The side of a heading that announces its demands: "What are the union's demands?",
        "The union's key demands:" (a demand noun owned by one side, closing the line)."""
        k = len(toks) - 2
        noun = toks[k]
        if noun.lower_.rstrip("s") not in ("demand", "condition", "precondition", "requirement", "grievance") \
                or len(toks) > 12:
            return None
        owner = next((t for t in toks[max(0, k - 6):k] if t.dep_ == "poss" or t.text in ("'s", "\u2019s")), None)
        if owner is None:
            return None
        if owner.text in ("'s", "\u2019s"):
            owner = owner.head if owner.head.i < owner.i else self.doc[owner.i - 1]
        actors = self._direct_actor(owner)
        if not actors:
            named = self.ctx.parties_in(toks[0].idx, noun.idx)
            actors = [_Actor(named[0])] if len(named) == 1 else None
        return actors if actors and len({a.party for a in actors}) == 1 else None

    def _relief_items(self, verb: "Token") -> list[_Item]:
        """'X lifted the ban on Y', 'X said it was rescinding its tax': a side easing its own
        measure, told as done or under way (the future is `_giving_items`)."""
        obj = _child(verb, "dobj")
        if obj is None or obj.lemma_.lower() not in MEASURE_NOUNS:
            return []
        if verb.lemma_.lower() == "roll" and not _has_particle(verb, {"back"}):
            return []
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in MODALS_FUTURE | MODALS_OBLIGATION or a.lemma_.lower() in MODALS_FUTURE
               for a in auxes):
            return []
        finite = verb.tag_ in ("VBD", "VBZ") or (verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes)) \
            or (verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)) \
            or (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with")  # "..., with X rolling back Y"
        if not finite or _negated(verb) or _in_conditional(verb) or _in_pending_clause(verb) or _background(verb):
            return []
        t = verb
        for _ in range(4):  # "expects X to lift", "demanded that X lifted": not done
            if t.head == t:
                break
            t = t.head
            if t.lemma_.lower() in UNREAL_HEADS or t.lemma_.lower() in DEMAND_VERBS:
                return []
        subj = _child(verb, "nsubj")
        if subj is None:
            return []
        actors = self._resolve_np(subj)
        if not actors or len({a.party for a in actors}) > 1:
            return []
        toks = self._content_tokens(verb, exclude_subject_of=verb)
        toks = [t for t in toks if t.dep_ != "aux" or t.i > verb.i]
        if not _has_content(toks):
            return []
        return [_Item(CONCESSION, verb, actors, _trim(toks), self._counterpart_in(verb, CONCESSION), True)]

    def _freed_items(self, verb: "Token") -> list[_Item]:
        """'X has freed 52 prisoners', 'six sailors held in X were released by its
        government': captives set free, told as done or under way (the future is
        `_giving_items`), are X's concession to the side they belong to."""
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in MODALS_FUTURE | MODALS_OBLIGATION or a.lemma_.lower() in MODALS_FUTURE or a.lower_ == "to"
               for a in auxes) or verb.tag_ not in ("VBD", "VBZ", "VBN", "VBG"):
            return []
        if verb.tag_ == "VBG" and not any(a.lemma_ == "be" for a in auxes) \
                or verb.tag_ == "VBN" and not auxes or verb.dep_ in ("amod", "acl"):
            return []  # "the freed group", "prisoners released last year": no clause of giving
        if _negated(verb) or _in_conditional(verb) or _in_pending_clause(verb) or _background(verb):
            return []
        t = verb
        for _ in range(4):  # "demanded that X free ...", "hopes X releases ...": not done
            if t.head == t:
                break
            t = t.head
            if t.lemma_.lower() in UNREAL_HEADS or t.lemma_.lower() in DEMAND_VERBS:
                return []
        passive = any(a.dep_ == "auxpass" for a in auxes)
        freed = _child(verb, "nsubjpass" if passive else "dobj")
        if freed is not None and freed.lower_ in ("who", "that") and verb.dep_ == "relcl":
            freed = verb.head
        if freed is None or freed.lemma_.lower() not in CAPTIVE_NOUNS and freed.lower_ not in CAPTIVE_NOUNS \
                and not (freed.ent_type_ == "NORP" and freed.tag_ in ("NNS", "NNPS")):  # "six Americans were freed"
            return []
        if passive:
            agent = _child(_child(verb, "agent"), "pobj")
            actors = self._resolve_np(agent) if agent is not None else None
        else:
            subj = _child(verb, "nsubj")
            actors = self._resolve_np(subj) if subj is not None else None
        if not actors or len({a.party for a in actors}) > 1 or not (actors[0].party or actors[0].person):
            return []
        toks = [verb] + [t for t in freed.subtree if not (t.dep_ == "relcl" and t.head == freed)
                         and not any(a.dep_ == "relcl" and a.head == freed for a in t.ancestors)]
        toks = _trim(sorted(set(toks), key=lambda x: x.i))
        if not _has_content(toks):
            return []
        cp = self._counterpart_in(freed, CONCESSION)
        if cp is None and freed.ent_type_ == "NORP":  # "six Americans were freed": theirs
            cp = self.ctx.canonical_party(freed.text) or (
                self.ctx.canonical_party(freed.text[:-1]) if freed.text.endswith("s") else None)
        return [_Item(CONCESSION, verb, actors, toks, cp, True)]

    def _requires_items(self, verb: "Token") -> list[_Item]:
        """'<speaker> said progress requires goodwill from the other side': a demand of the
        speaker."""
        subj = _child(verb, "nsubj")
        if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in REQUIRING_SUBJECTS:
            return []
        if _negated(verb) or _in_conditional(verb):
            return []
        obj = _child(verb, "dobj")
        if obj is None and verb.lemma_.lower() in ("depend", "hinge"):
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)
            obj = _child(prep, "pobj", "pcomp") if prep is not None else None
        gerund = obj is not None and obj.dep_ == "pcomp" and obj.tag_ == "VBG"  # "depends on keeping calm"
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") and not gerund or self._direct_actor(obj):
            return []
        if any(self._direct_actor(c) for c in subj.children if c.dep_ in ("poss", "compound", "amod")):
            return []  # "Iran's progress needs ...": about that side, not asked of the other
        speaker = self._speaker(verb)
        if not speaker or len({a.party for a in speaker}) > 1:
            return []
        toks = self._content_tokens(obj)
        if not _has_content(toks) or _is_meeting_content(obj):
            return []
        return [_Item(DEMAND, verb, speaker, toks, self._counterpart_in(obj, DEMAND), True)]

    def _drop_items(self, verb: "Token") -> list[_Item]:
        obj = _child(verb, "dobj")
        if obj is None and _backed_down(verb):
            # "X backed down on its demand for Y": the demand dropped
            prep = next(c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "from"))
            obj = _child(prep, "pobj")
        soft = obj is not None and verb.lemma_.lower() in ("soften", "ease", "relax") \
            and obj.lemma_.lower() in ("stance", "position", "line")  # "softened its stance on Y"
        if obj is None or obj.lemma_.lower() not in DROPPABLE and not soft or _negated(verb):
            return []
        actors, explicit = self._subject_actors(verb)
        if not actors:
            return []
        toks = [verb] + self._content_tokens(obj) + _demand_for_tail(verb, obj)  # "... for Kyiv to pay Z"
        end = max(t.i for t in obj.subtree)
        tail = next((c for c in verb.children if c.dep_ == "prep" and c.i == end + 1
                     and c.lower_ in ("to", "on", "over", "against") and _child(c, "pobj", "pcomp") is not None), None)
        if tail is not None and obj.head == verb and not any(t.i == tail.i for t in toks):
            swap = {t.i for p in tail.subtree if p.lower_ == "in" and p.dep_ == "prep" and any(
                c.lemma_.lower() in ("exchange", "return") for c in p.children) for t in p.subtree}
            toks = toks + [t for t in tail.subtree if t.i not in swap]  # "dropped its opposition to joint patrols"
        if obj.head != verb:  # "backed down on its demand": the whole phrase
            toks = _trim(list(verb.doc[verb.i:max(t.i for t in obj.subtree) + 1]))
        return [_Item(CONCESSION, verb, actors, toks, self._counterpart_in(obj, CONCESSION), explicit)]

    def _deadline_items(self, verb: "Token") -> list[_Item]:
        """'X has given Y until <date> to <do something>' is an ultimatum."""
        until = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("until", "till")), None)
        target = _child(verb, "dobj", "dative")
        if until is None or target is None:
            return []
        target_actor = self._direct_actor(target)
        if not target_actor:
            return []
        todo = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _infinitival(c)), None)
        if todo is None:
            return []
        actors, explicit = self._subject_actors(verb)
        if not actors:
            return []
        toks = sorted(set(until.subtree) | set(self._content_tokens(todo)), key=lambda t: t.i)
        return [_Item(DEMAND, verb, actors, toks, _party_of(target_actor), explicit)]

    def _adjective_items(self, adj: "Token") -> list[_Item]:
        """'X is open to discussing territory', 'X is willing to cut tariffs', 'X appears
        willing to ...'."""
        head = adj.head if adj.dep_ == "acomp" or adj.dep_ == "oprd" and adj.head.lemma_.lower() in (
            "appear", "seem", "look", "remain", "stay") else None
        be = next((c for c in adj.children if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"), None)
        stray = _child(be, "nsubj") if head is None and be is not None and adj.dep_ in ("ccomp", "ROOT", "conj") \
            and _child(adj, "nsubj", "nsubjpass") is None else None
        if stray is not None:
            head = adj  # "(said that) Iran was prepared to ...": the parser hung the copula and its subject on the adjective
        if head is None or _negated(head) or _negated(adj) or _in_conditional(head) or _demanded(head):
            return []
        content = None
        if adj.lemma_.lower() in ("open", "committed", "amenable"):
            prep = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            if prep is not None:
                content = _child(prep, "pcomp", "pobj")
            if content is None and adj.lemma_.lower() == "amenable":
                content = _child(adj, "xcomp")  # "amenable to lower duties", read as an infinitive
            if content is not None and content.lemma_.lower() in TRUCE_NOUNS and all(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in content.children):
                return []  # "remained committed to the ceasefire": keeping a truce already agreed, no new step
        else:
            content = _child(adj, "xcomp")
            if content is None:  # "ready for a ceasefire"
                prep = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ == "for"), None)
                content = _child(prep, "pobj") if prep is not None else None
                if content is not None and (content.pos_ != "NOUN" or content.lemma_.lower() in WISH_NOUNS):
                    content = None
        if content is None:
            return []
        if stray is not None:
            actors, explicit = self._resolve_np(stray) or [], True
        else:
            actors, explicit = self._subject_actors(head)
        if not actors:
            return []
        out = []
        for h in _split_coordination(content, adj):
            if ((_is_meeting_content(h) and not _discussing_terms(h)) or _ready_process(h)) \
                    and not _talks_on_given_terms(h):
                continue  # "ready to negotiate and address X": only the second is given
            deal = _child(h, "dobj")
            if _generic_aim(h) or h.lemma_.lower() in ("make", "do", "sign", "conclude") and deal is not None \
                    and deal.lemma_.lower() in GENERIC_OUTCOMES and all(
                        c.dep_ in ("det", "punct") for c in deal.children):
                continue  # "willing to make a deal to end the war": the outcome all want, no term
            toks = _with_tail(self._content_tokens(h), _colon_tail(h))
            if _has_content(toks):
                out.append(_Item(CONCESSION, adj, actors, toks, self._counterpart_in(h, CONCESSION), explicit))
        return out

    def _called_proposal_items(self, noun: "Token") -> list[_Item]:
        """'X announced what he called a "final proposal" for a 60-day truce': X's offer,
        told by the name X gives it (only with what it is for)."""
        verb = noun.head.head
        if _negated(verb) or _in_conditional(verb) or not any(
                c.dep_ == "prep" and c.lower_ in ("for", "on") for c in noun.children):
            return []
        return self._noun_phrase_item(CONCESSION, noun, verb, lambda: self._counterpart_in(noun, CONCESSION))

    def _presented_with_items(self, noun: "Token") -> list[_Item]:
        """'X presented the generals with a comprehensive truce plan': the plan is X's offer
        (a described proposal, or a plan named for a truce or peace)."""
        verb = noun.head.head
        if _negated(verb) or _in_conditional(verb):
            return []
        if not any(c.dep_ in ("compound", "amod") for c in noun.children) or (
                noun.lemma_.lower() not in PROPOSAL_NOUNS and not any(
                    c.dep_ in ("compound", "amod") and c.lemma_.lower() in TRUCE_NOUNS | {"peace"}
                    for c in noun.children)):
            return []  # as with "X presented a revised proposal": only a described one is told as given
        def pressed() -> "str | None":
            target = self._direct_actor(_child(verb, "dobj"))
            return _party_of(target) if target else None
        return self._noun_phrase_item(CONCESSION, noun, verb, pressed)

    def _noun_phrase_item(self, kind: str, noun: "Token", verb: "Token", counterpart) -> list[_Item]:
        """One position of the verb's subject (a single side) whose content is the noun's own
        phrase ('its right to enrich', 'a final proposal for a truce'); `counterpart` is asked
        only once the item stands."""
        actors, explicit = self._subject_actors(verb)
        if not actors or len({a.party for a in actors}) > 1:
            return []
        toks = _trim(list(noun.subtree))
        if not _has_content(toks):
            return []
        return [_Item(kind, noun, actors, toks, counterpart(), explicit)]

    def _on_board_items(self, be: "Token") -> list[_Item]:
        """'X is "on board" with halting its raids': agreeing to a step, like 'open to'."""
        if _negated(be) or _in_conditional(be):
            return []
        with_ = next((c for c in be.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        content = _child(with_, "pcomp", "pobj") if with_ is not None else None
        if content is None or self._direct_actor(content):
            return []  # "on board with Y": siding with someone, no step named
        actors, explicit = self._subject_actors(be)
        if not actors or len({a.party for a in actors}) > 1:
            return []
        toks = _trim(list(content.subtree))
        if not _has_content(toks) or _is_meeting_content(content):
            return []
        return [_Item(CONCESSION, be, actors, toks, self._counterpart_in(content, CONCESSION), explicit)]

    def _effort_items(self, verb: "Token") -> list[_Item]:
        """'Japan continues to try to win exemptions from the tariffs': what a side works to
        obtain from the other is its demand."""
        obj = _child(verb, "dobj")
        if obj is None or obj.pos_ != "NOUN" or _negated(verb) or _negated(verb.head) or _generic_aim(verb) \
                or _in_conditional(verb) or self._direct_actor(obj) or obj.lemma_.lower() in WISH_NOUNS:
            return []
        actors, explicit = self._subject_actors(verb)
        if not actors or len({a.party for a in actors}) > 1:
            return []
        toks = self._content_tokens(verb)
        if not _has_content(toks) or _is_meeting_content(verb):
            return []
        return [_Item(DEMAND, verb, actors, toks, self._counterpart_in(verb, DEMAND), explicit)]

    def _conditional_items(self, adj: "Token") -> list[_Item]:
        """'<speaker> said the treaty remains conditional on a change of X's constitution':
        the condition is the speaker's demand. `adj` may be a passive verb ('conditioned on')."""
        verb = adj if adj.tag_ == "VBN" else adj.head
        if _negated(verb) or _negated(adj) or _in_conditional(verb):
            return []
        prep = next((c for c in [*adj.children, *verb.children] if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                     and c.i > adj.i), None)
        cond = _child(prep, "pobj", "pcomp") if prep is not None else None
        if cond is None or _is_meeting_content(cond):
            return []
        # "X made the opening of the border conditional on Y": the maker sets the condition
        speaker = self._subject_actors(verb)[0] if verb.lemma_.lower() == "make" else self._speaker(verb)
        speaker = speaker or _proposal_owner(self, verb)  # "X's offer remains contingent on Y"
        if not speaker or len({a.party for a in speaker}) > 1:
            return []
        return self._condition_demand(cond, adj, speaker, True)

    def _condition_demand(self, cond: "Token", anchor: "Token", actors: list[_Actor],
                          explicit: bool) -> list[_Item]:
        """The condition `cond` as the actors' demand, on the other party it names."""
        toks = self._content_tokens(cond)
        end = max(t.i for t in cond.subtree)
        nxt = cond.doc[end + 1] if end + 1 < cond.sent.end else None
        node = nxt
        while node is not None and node.head != node and node.head.i > end:
            node = node.head
        if node is not None and cond.dep_ == "pobj" and node.head.i < cond.i and node.left_edge.i == end + 1 and (
                nxt.dep_ == "prep" and nxt == node and nxt.lower_ in ("in", "of", "on", "for", "to", "from", "by")
                or (nxt.tag_ == "VBG" or nxt.lower_.endswith("ing") and nxt.dep_ in ("advcl", "acl", "dep", "xcomp"))
                and self._direct_actor(cond)):
            # "on progress in the peace process", "on Israel halting strikes": the parser hangs
            # the rest of the condition higher up
            toks = toks + _trim(list(node.subtree))
        if not _has_content(toks):
            return []
        target = next((a.party for t in cond.subtree for a in (self._direct_actor(t) or [])
                       if a.party and a.party not in {s.party for s in actors}), None)
        return [_Item(DEMAND, anchor, actors, toks, target, explicit)]

    def _conditioned_on_items(self, verb: "Token") -> list[_Item]:
        """'X conditioned any troop cuts on Y's withdrawal': what X makes its own step depend
        on is X's demand (the passive 'conditioned on' is in `_conditional_items`)."""
        if _negated(verb) or _in_conditional(verb):
            return []
        obj = _child(verb, "dobj")
        prep = next((c for c in [*verb.children, *obj.children] if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                     and c.i > obj.i), None)
        cond = _child(prep, "pobj", "pcomp") if prep is not None else None
        if cond is None or _is_meeting_content(cond):
            return []
        actors, explicit = self._subject_actors(verb)
        if not actors or len({a.party for a in actors}) > 1 or not (actors[0].party or actors[0].person):
            return []
        out = self._condition_demand(cond, verb, actors, explicit)
        end = max(t.i for t in cond.subtree)
        for c in verb.children:
            # "on Y's withdrawal from A and halting strikes in B": the parser hangs the second
            # gerund on the verb
            if c.dep_ == "conj" and c.tag_ == "VBG" and c.i > end and _child(c, "nsubj") is None \
                    and _child(c, "dobj") is not None:
                toks = _trim(self._content_tokens(c))
                if _has_content(toks):
                    target = out[0].counterpart if out else None
                    out.append(_Item(DEMAND, verb, actors, toks, target, explicit))
        return out

    def _necessity_items(self, adj: "Token") -> list[_Item]:
        """'<speaker> said it is essential that the pullback goes on', '<speaker>: Y's
        disarmament is obligatory': what a side calls a must is its demand (on the party
        the clause names, else on the other side). Not 'it is necessary to talk'."""
        be = adj.head
        if _negated(be) or _negated(adj) or _in_conditional(be):
            return []
        subj = _child(be, "nsubj")
        if subj is None:
            return []
        if subj.lower_ == "it" and subj.pos_ == "PRON":
            what = next((c for c in [*be.children, *adj.children] if c.dep_ in ("ccomp", "xcomp", "advcl")
                         and c.i > adj.i and _is_verbal(c) and (_mark(c) == "that" or _infinitival(c))), None)
            if what is None or _child(what, "nsubj") is None and not _infinitival(what):
                return []
        elif subj.pos_ == "NOUN" and subj.lemma_.lower() not in GENERIC_OUTCOMES | WISH_NOUNS:
            what = subj  # "X's disarmament is obligatory"
        else:
            return []
        own_subj = _child(what, "nsubj", "nsubjpass") if what.pos_ != "NOUN" else what
        if own_subj is not None:
            if own_subj.lemma_.lower() in MEETING_NOUNS | JOINT_OBJECTS | GENERIC_OUTCOMES or _mutual_call(
                    list(own_subj.subtree)) or any(c.lower_ in MUTUAL_NUMBERS for c in own_subj.children):
                return []  # "it is vital that the talks go on", "... that both sides show restraint"
        elif _is_meeting_content(what) or _joint_process_verb(what) or _generic_aim(what):
            return []  # "it is vital to keep talking", "it is necessary to reach a deal"
        speaker = self._speaker(be)
        if not speaker or len({a.party for a in speaker}) > 1 or not speaker[0].party:
            return []
        toks = _trim([t for t in what.subtree if not (t.dep_ == "mark" and t.head == what)])
        if not _has_content(toks):
            return []
        named = next((a.party for t in what.subtree for a in (self._direct_actor(t) or [])
                      if a.party and a.party != speaker[0].party), None)
        return [_Item(DEMAND, adj, speaker, toks, named, True)]

    def _prerequisite_items(self, noun: "Token") -> list[_Item]:
        """'<speaker> said the release of 70 detainees is a prerequisite / a condition for
        any further talks': the step so named is the speaker's demand."""
        be = noun.head
        if _negated(be) or _in_conditional(be):
            return []
        subj = _child(be, "nsubj", "csubj")
        gerund = subj is not None and subj.tag_ == "VBG" and _child(subj, "dobj") is not None
        if subj is None or subj.pos_ != "NOUN" and not gerund or subj.lemma_.lower() in (
                GENERIC_OUTCOMES | WISH_NOUNS | MEETING_NOUNS | CONDITION_NOUNS | DEMAND_NOUNS):
            return []  # "the release of X is a condition", "removing X is a condition": that step
        speaker = self._speaker(be)
        if not speaker or len({a.party for a in speaker}) > 1 or not speaker[0].party:
            return []
        toks = _trim(list(subj.subtree))
        if not _has_content(toks):
            return []
        named = next((a.party for t in [*subj.subtree, *noun.subtree] for a in (self._direct_actor(t) or [])
                      if a.party and a.party != speaker[0].party), None)
        return [_Item(DEMAND, noun, speaker, toks, named, True)]

    def _must_items(self, modal: "Token") -> list[_Item]:
        """'<speaker> said Y must/should do Z' and 'any deal must include Z': a demand of
        the speaker on Y (or, for a deal, on the other side)."""
        verb = modal.head
        subj = _child(verb, "nsubj", "nsubjpass")
        if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ in MODALS_OBLIGATION for c in verb.head.children):
            subj = _child(verb.head, "nsubj")  # "Y must stop A and must not allow B": Y again
        in_deal = subj is not None and _deal_slot(verb) and not self._direct_actor(subj)
        # "Y must not allow armed groups on its soil": a ban pressed on Y (not a passive
        # "Y must not be allowed to win", which is said about Y, not to it)
        banned = _negated(verb) and subj is not None and subj.dep_ == "nsubj" and _child(verb, "auxpass") is None \
            and modal.lower_ in ("must", "should") and bool(self._direct_actor(subj)) and verb.lemma_.lower() != "be"
        if subj is None or (_negated(verb) and not in_deal and not banned) or _in_conditional(verb):
            return []
        speaker = self._speaker(verb)
        if not speaker:
            return []
        speaker_parties = {a.party for a in speaker}
        other = next((p for p in self.main_parties if p not in speaker_parties), None)  # the side pressed
        if in_deal:
            # "<speaker> stressed that X must be included in the deal / should not be part of it"
            toks = self._content_tokens(verb, keep_subject=True)
            if other is None or len(speaker_parties) > 1 or not _has_content(toks):
                return []
            return [_Item(DEMAND, modal, speaker, toks, other, True)]
        target = self._direct_actor(subj)
        if not target and subj.pos_ == "NOUN" and subj.lemma_.lower() in FIRM_NOUNS | {"union"}:
            target = _named_body_actors(self, subj, []) or None  # "X said the company must ...": the firm named
        if not target and subj.lower_ in ("it", "they") and subj.pos_ == "PRON":
            # "issued an ultimatum to Y, warning that it must ...", "warned Y that it must ...": Y
            target = self._warned_addressee(verb) or self._resolve_np(subj)  # "warning that it must agree to ..."
        if not target and subj.lemma_.lower() in DOCUMENT_NOUNS and subj.pos_ == "NOUN" \
                and verb.lemma_.lower() in ("include", "contain", "require", "ban", "exclude",
                                            "guarantee", "end", "address", "cover", "lead", "ensure"):
            target = [_Actor(other)] if other else None
        elif not target and subj.pos_ == "NOUN" and (verb.lemma_.lower() in DEAL_TERM_VERBS or (
                verb.lemma_.lower() in SCOPE_VERBS and subj.lower_ in ("negotiations", "talks"))) \
                and (subj.lemma_.lower() in DOCUMENT_NOUNS | {"treaty", "settlement", "solution", "pact"}
                     and any(c.lower_ in ("any", "a", "the", "every") for c in subj.children)
                     or subj.lower_ in ("negotiations", "talks")) \
                and not _child(subj, "poss") and len(speaker_parties) == 1 and modal.lower_ in ("must", "should"):
            # "<speaker> insisted that any deal must be based on / protect / respect X": a term
            # pressed on the other side
            toks = self._content_tokens(verb, keep_subject=True)
            how = verb.lemma_.lower() == "negotiate" and _child(verb, "auxpass") is not None  # "be negotiated fairly"
            how = how or verb.lemma_.lower() in SCOPE_VERBS  # "the talks should be limited to X": the agenda
            if other is None or not _has_content(toks) or _is_meeting_content(verb) and not how:
                return []
            return [_Item(DEMAND, modal, speaker, toks, other, True)]
        if not target and subj.pos_ == "NOUN" and verb.lemma_.lower() in RED_LINE_VERBS and len(speaker_parties) == 1:
            # "<speaker>: our programme, including enrichment, must continue": a red line
            owner = _child(subj, "poss")
            own = self._resolve_np(owner) if owner is not None else None
            if own and {a.party for a in own} <= speaker_parties and other:
                toks = self._content_tokens(verb, keep_subject=True)
                if _has_content(toks):
                    return [_Item(DEMAND, modal, speaker, toks, other, True)]
        owned_subject = False
        if not target and subj.pos_ == "NOUN" and subj.lemma_.lower() in MEASURE_NOUNS and not _child(subj, "poss") \
                and _child(verb, "auxpass") is not None and verb.lemma_.lower() in RELIEF_VERBS \
                and len(speaker_parties) == 1 and not self._owner_in(subj):
            # "X's position is that the car tariffs must be lifted": the other side's measure
            target = [_Actor(other)] if other else None
            owned_subject = bool(target)
        if not target and subj.pos_ == "NOUN" and subj.lemma_.lower() not in DOCUMENT_NOUNS | MEETING_NOUNS:
            # "X emphasized that Israeli strikes must pause": the owner of the strikes is pressed
            target = self._owner_in(subj)
            owned_subject = bool(target)
        if not target or speaker_parties & {a.party for a in target}:
            return []
        if _is_meeting_content(verb):
            return []
        out = []
        for h in _split_coordination(verb, modal):  # "Y must cut A, close B and free C": three
            told = _child(h, "dobj") or _child(next((c for c in h.children if c.dep_ == "prep"
                                                     and c.lower_ in ("with", "by")), None), "pobj")
            if h.lemma_.lower() in FULFIL_VERBS | {"comply", "abide"} and told is not None and any(
                    c.lower_ in ("this", "that", "these", "those") for c in told.children):
                continue  # "Y must comply with this demand": which one is told elsewhere
            toks = self._content_tokens(h, exclude_subject_of=None if owned_subject and h == verb else h,
                                        keep_subject=owned_subject and h == verb)
            if _has_content(toks):
                out.append(_Item(DEMAND, modal, speaker, toks, _party_of(target), True))
        return out

    def _purpose_relief_items(self, verb: "Token") -> list[_Item]:
        """'X submitted a proposal in an effort to lower the 30% tariff levied on its exports',
        'talks aimed at cancelling the tariff imposed by Y': relief from the other side's
        measure, the purpose of X's move, is X's demand on that side."""
        v = verb.head if verb.dep_ == "conj" and _is_verbal(verb.head) else verb
        purpose = (v.dep_ == "acl" and v.head.lemma_.lower() in ("effort", "bid", "attempt")
                   and v.head.dep_ == "pobj" and v.head.head.lower_ == "in") \
            or (v.dep_ == "pcomp" and v.head.lower_ == "at" and v.head.head.lemma_.lower() == "aim"
                and v.head.head.tag_ == "VBN") or _talks_purpose(v)  # "hold talks with Y to ease Z"
        if not purpose or _negated(verb):
            return []
        sent_end = verb.sent.end
        measure = next((t for t in verb.doc[verb.i + 1:min(verb.i + 7, sent_end)]
                        if t.lemma_.lower() in TARIFF_WORDS | {"sanction", "ban", "restriction", "embargo"}
                        and t.pos_ == "NOUN"), None)
        if measure is None:
            return []
        actors, _ = self._subject_actors(verb)
        if not actors or len({a.party for a in actors}) > 1 or not actors[0].party:
            return []
        me = actors[0].party
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in measure.children):
            return []  # "to lower its own tariffs": a step of its own
        owner = None
        for t in measure.subtree:
            if t.dep_ == "agent" or t.dep_ in ("poss", "compound", "amod", "nmod") and t.head == measure:
                who = self._direct_actor(_child(t, "pobj") if t.dep_ == "agent" else t)
                if who and who[0].party:
                    owner = who[0].party
                    break
        if owner == me:
            return []  # its own measure: that is a step of its own, not asked of anyone
        target = owner or next((p for p in self.main_parties[:2] if p != me), None)
        if target is None:
            return []
        toks = _trim([t for t in verb.doc[verb.i:max(x.i for x in measure.subtree) + 1]])
        if not _has_content(toks):
            return []
        return [_Item(DEMAND, verb, actors, toks, target, False)]

    def _won_release_items(self, verb: "Token") -> list[_Item]:
        """'X met Y's leader, securing the release of six Americans': what X won, the other
        side gave (Y's concession to X)."""
        obj = _child(verb, "dobj")
        if obj is None or obj.lemma_.lower() not in ("release", "freedom", "repatriation") \
                or _negated(verb) or _in_conditional(verb) or verb.tag_ == "VB" \
                or verb.dep_ in ("xcomp", "advcl") and _infinitival(verb):
            return []  # "seeking to secure the release": not yet given
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
            return []
        winner, explicit = self._subject_actors(verb)
        if not winner or len({a.party for a in winner}) > 1 or not winner[0].party:
            return []
        me = winner[0].party
        giver = next((a.party for t in obj.subtree for a in (self._direct_actor(t) or [])
                      if a.party and a.party != me), None)
        giver = giver or next((p for p in self.main_parties[:2] if p != me), None)
        if giver is None:
            return []
        toks = _trim(self._content_tokens(obj))
        if not _has_content(toks):
            return []
        return [_Item(CONCESSION, verb, [_Actor(giver)], toks, me, False)]

    def _either_or_items(self, either: "Token") -> list[_Item]:
        """'<speaker>: "Either Y disarms, or Z will be forced to act"': the first branch of a
        threat is the speaker's demand on Y."""
        verb = either.head if either.head.pos_ in ("VERB", "AUX") else either.head.head
        if verb.pos_ not in ("VERB", "AUX") or _negated(verb):
            return []
        subj = _child(verb, "nsubj")
        if subj is None or subj.i < either.i:
            return []
        target = self._direct_actor(subj)
        other = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i
                      and any(a.dep_ == "aux" and a.lower_ in MODALS_FUTURE | {"'ll"} for a in c.children)), None)
        if not target or not target[0].party or other is None:
            return []
        speaker = self._speaker(verb) or self._colon_speaker(verb)
        if not speaker or len({a.party for a in speaker}) > 1 or speaker[0].party == target[0].party:
            return []
        stop = next((t.i for t in verb.subtree if t.lower_ == "or" and t.i > either.i), other.left_edge.i)
        toks = _trim([t for t in verb.subtree if either.i < t.i < stop])
        if not _has_content(toks) or _is_meeting_content(verb):
            return []
        return [_Item(DEMAND, verb, speaker, toks, target[0].party, True)]

    def _warned_addressee(self, verb: "Token") -> list[_Actor] | None:
        """The side a warning is addressed to, for 'it/they' in its clause: 'warned Y that it
        must ...', 'issued an ultimatum to Y, warning that it must ...'."""
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in WARNING_VERBS | CONVEYING_VERBS | {"tell"}:
            return None
        warn = verb.head
        obj = _child(warn, "dobj")
        if obj is None and warn.lemma_.lower() in CONVEYING_VERBS:  # "conveyed to Y that they must ..."
            obj = _child(next((c for c in warn.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"),
                              None), "pobj")
        a = self._direct_actor(obj) if obj is not None else None
        if not a and warn.dep_ == "advcl":
            note = _child(warn.head, "dobj")  # "issued an ultimatum to Y, warning ..."
            to = next((c for c in note.children if c.dep_ == "prep" and c.lower_ == "to"), None) \
                if note is not None and note.lemma_.lower() in ("ultimatum", "warning", "message") else None
            a = self._direct_actor(_child(to, "pobj")) if to is not None else None
        return a if a and len({x.party for x in a}) == 1 and a[0].party else None

    def _onus_items(self, verb: "Token") -> list[_Item]:
        """'<speaker> said it falls on Y to do Z', 'it is up to Y to', 'the onus is on Y to':
        a demand of the speaker on Y."""
        if _negated(verb) or _in_conditional(verb):
            return []
        lemma = verb.lemma_.lower()
        subj = _child(verb, "nsubj")
        target_tok = None
        for ch in verb.children:
            if ch.dep_ != "prep":
                continue
            if ch.lower_ == "up":  # "it is up to Y"
                to = next((c for c in ch.children if c.dep_ == "prep" and c.lower_ == "to"), None)
                target_tok = _child(to, "pobj") if to is not None else None
            elif ch.lower_ in ("on", "upon") and (lemma != "be" or subj is not None
                                                  and subj.lemma_.lower() in ONUS_NOUNS):
                target_tok = _child(ch, "pobj")
            if target_tok is not None:
                break
        if target_tok is None:
            return []
        if lemma != "be" and (subj is None or subj.lower_ != "it") and not (
                subj is not None and subj.lemma_.lower() in ONUS_NOUNS):
            return []
        target = self._direct_actor(target_tok)
        todo = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp")
                     and c.i > target_tok.i and _infinitival(c)), None)
        speaker = self._speaker(verb)
        if not target or todo is None or not speaker or _is_meeting_content(todo):
            return []
        if {a.party for a in speaker} & {a.party for a in target}:
            return []
        out = []
        for h in _split_coordination(todo, verb):
            toks = self._content_tokens(h)
            if _has_content(toks):
                out.append(_Item(DEMAND, verb, speaker, toks, _party_of(target), True))
        return out

    def _goal_items(self, noun: "Token") -> list[_Item]:
        """'X's main goal in the talks is to win Y', 'the job for X's envoys is to obtain Z':
        what a side sets out to obtain is pressed on the other side."""
        be = noun.head
        if _negated(be) or _in_conditional(be):
            return []
        todo = next((c for c in be.children if c.dep_ in ("xcomp", "attr", "ccomp") and c.i > noun.i
                     and _infinitival(c) and c.pos_ == "VERB"), None)
        if todo is None or _generic_aim(todo) or _self_help(todo) or _joint_process_verb(todo):
            return []
        obj = _child(todo, "dobj")
        if todo.lemma_.lower() in ("end", "stop") and obj is not None and obj.lemma_.lower() in (
                "war", "conflict", "fighting", "killing", "bloodshed", "hostility", "violence"):
            return []  # "our goal is to end this war": what every side (and a mediator) says it wants
        owner = self._possessor(noun) if _child(noun, "poss") is not None else None
        if not owner:
            for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"):
                pobj = _child(p, "pobj")
                owner = self._resolve_np(pobj) if pobj is not None else None
                if not owner and pobj is not None and _child(pobj, "poss") is not None:
                    owner = self._resolve_np(_child(pobj, "poss"))
        if not owner and be.dep_ == "ccomp" and not any(
                c.dep_ == "prep" and c.lower_ == "for" for c in noun.children):
            owner = self._speaker(be)  # "X said the main goal of the talks was to win Y"
        if not owner or len({a.party for a in owner}) > 1 or not owner[0].party:
            return []
        out = []
        for h in _split_coordination(todo, be):
            toks = self._content_tokens(h)
            if _has_content(toks):
                out.append(_Item(DEMAND, noun, owner, toks, self._counterpart_in(h, DEMAND), True))
        return out

    def _raised_possibility_items(self, noun: "Token") -> list[_Item]:
        """'X raised the possibility of reopening the port, in exchange for lower duties': a
        step a side floats is its offer; what it wants 'in exchange for' it is its demand."""
        verb = noun.head
        if _negated(verb) or _in_conditional(verb) or _negated_np(noun):
            return []
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        what = _child(of, "pcomp", "pobj") if of is not None else None
        if what is None or _is_meeting_content(what) or self._direct_actor(what):
            return []
        actors, explicit = self._subject_actors(verb)
        if not actors or len({a.party for a in actors}) > 1:
            return []
        toks = self._content_tokens(what)
        if not _has_content(toks):
            return []
        out = [_Item(CONCESSION, noun, actors, toks, self._counterpart_in(what, CONCESSION), explicit)]
        # the parser may hang 'in exchange for' on the reporting verb above: any after the noun
        swap = next((t for t in noun.sent if t.i > noun.i and t.dep_ == "pobj" and t.lower_ in ("exchange", "return")
                     and t.head.lower_ == "in"), None)
        wanted = _child(_child(swap, "prep"), "pobj", "pcomp") if swap is not None else None
        if wanted is not None and _child(swap, "prep").lower_ == "for":
            asked = _trim(list(wanted.subtree))
            if _has_content(asked):
                out.append(_Item(DEMAND, swap, actors, asked, self._counterpart_in(wanted, DEMAND), explicit))
        return out

    def _tabled_idea_items(self, noun: "Token") -> list[_Item]:
        """'X tabled two initiatives to speed up the process', 'X floated new ideas on Y':
        suggestions laid on the table are X's offer."""
        verb = noun.head
        vl = verb.lemma_.lower()
        if not (vl in ("submit", "table", "float", "present") or vl == "put" and _has_particle(verb, {"forward"})
                or vl == "put" and any(c.lower_ == "forward" for c in verb.children)):
            return []
        if _negated(verb) or _in_conditional(verb) or _negated_np(noun) or _demanded(verb):
            return []
        actors, explicit = self._subject_actors(verb)
        if not actors or len({a.party for a in actors}) > 1:
            return []
        toks = [t for t in noun.subtree]
        inf = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _infinitival(c)
                    and c.left_edge.i == toks[-1].i + 1 and _child(c, "nsubj") is None), None)
        if inf is not None:  # "initiatives to speed up Z": the parser hangs the purpose on the verb
            toks += list(inf.subtree)
        toks = _trim(toks)
        if not _has_content(toks):
            return []
        return [_Item(CONCESSION, noun, actors, toks, self._counterpart_in(noun, CONCESSION), explicit)]

    def _announced_relief_items(self, noun: "Token") -> list[_Item]:
        """'X announced a cut in its levies on Y': the side easing its measure gives it."""
        verb = noun.head
        if _background(verb) or _negated(verb) or _in_conditional(verb) or _demanded(verb) or any(
                c.dep_ == "aux" and c.lower_ in MODALS_OBLIGATION for c in verb.children):
            return []
        measure = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "on", "to")
                        for p in c.children if p.dep_ == "pobj"
                        and (p.lemma_.lower() in MEASURE_NOUNS or p.lower_ in ("tariffs", "duties", "taxes"))), None)
        if measure is None:
            return []
        actors, explicit = self._subject_actors(verb)
        if not actors or len({a.party for a in actors}) > 1:
            return []
        toks = _trim([t for t in noun.subtree])
        if not _has_content(toks):
            return []
        return [_Item(CONCESSION, noun, actors, toks, self._counterpart_in(noun, CONCESSION), explicit)]

    def _refused_items(self, trig: "Token") -> list[_Item]:
        """'X's refusal to grant Y landing rights', 'X refused to give Y a share': what X
        refuses to give Y is what Y presses for."""
        give = next((c for c in trig.children if c.dep_ in ("xcomp", "acl") and _infinitival(c)
                     and c.lemma_.lower() in ("grant", "give", "allow", "offer", "provide", "extend")), None)
        if give is None:
            return []
        dative = _child(give, "dative")
        obj = _child(give, "dobj")
        if dative is None or obj is None or obj.pos_ != "NOUN":
            return []
        wanter = self._direct_actor(dative)
        refuser = self._possessor(trig) if trig.pos_ == "NOUN" else self._subject_actors(trig)[0]
        if not wanter or len(wanter) > 1 or not wanter[0].party \
                or refuser and wanter[0].party in {a.party for a in refuser}:
            return []
        toks = self._content_tokens(obj)
        if not _has_content(toks) or _is_meeting_content(obj):
            return []
        cp = _party_of(refuser) if refuser else next((p for p in self.main_parties if p != wanter[0].party), None)
        return [_Item(DEMAND, give, [_Actor(wanter[0].party)], toks, cp, True)]

    def _held_back_until_items(self, verb: "Token") -> list[_Item]:
        """'X refused to hand over its weapons until Y ends its strikes', 'X rejected disarming
        before the end of Y's attacks', 'X will not sign unless Y lifts the ban': what X holds
        its step back for is X's demand (on the side the condition names, else the other)."""
        lemma = verb.lemma_.lower()
        if lemma in ("refuse", "reject", "decline"):
            if _negated(verb):
                return []
            step = next((c for c in verb.children if c.dep_ in ("xcomp", "dobj", "pcomp")
                         and (c.tag_ in ("VB", "VBG") or _infinitival(c) or c.lower_.endswith("ing"))), None)
            if step is None:
                return []
            places = [verb, step]
        else:
            places = [verb]
        if _in_conditional(verb):
            return []
        cond = None
        for place in places:
            for c in place.children:
                if c.i < place.i:
                    continue
                if c.dep_ == "advcl" and _mark(c) in ("until", "before", "unless") and _child(c, "nsubj", "nsubjpass"):
                    cond = c
                elif c.dep_ == "prep" and c.lower_ in ("until", "before") and _child(c, "pobj") is not None \
                        and _child(c, "pobj").pos_ == "NOUN":
                    cond = _child(c, "pobj")
                if cond is not None:
                    break
            if cond is not None:
                break
        if cond is None or any(t.ent_type_ in ("DATE", "TIME") for t in cond.subtree) or _is_meeting_content(cond):
            return []  # "not before the end of the year": a date, no term
        done_to = _child(cond, "nsubjpass")
        if done_to is not None and self._direct_actor(done_to):
            return []  # "will not end the war until Y is crushed": a war aim, nothing asked of Y
        actors, explicit = self._subject_actors(verb)
        held = _child(verb, "nsubj")
        if lemma in ("remain", "stay") and (held is None or held.pos_ != "NOUN" or actors):
            return []  # "X said the treaty will stay frozen until Y acts": the speaker holds it back
        if lemma in ("remain", "stay"):
            actors, explicit = self._speaker(verb) or [], True
            doer = _child(cond, "nsubj")
            if _mark(cond) != "until" or cond.pos_ not in ("VERB", "AUX") or doer is None \
                    or not self._direct_actor(doer):
                return []  # "... until the storm passes": no side asked to act
        if not actors or len({a.party for a in actors}) > 1 or not actors[0].party:
            return []
        toks = self._content_tokens(cond, keep_subject=True)
        toks = [t for t in toks if not (t.dep_ == "mark" and t.head == cond)]
        toks = _trim(toks)
        if not _has_content(toks):
            return []
        me = actors[0].party
        target = next((a.party for t in cond.subtree for a in (self._direct_actor(t) or [])
                       if a.party and a.party != me), None)
        target = target or next((p for p in self.main_parties if p != me), None)
        return [_Item(DEMAND, cond, actors, toks, target, explicit)]

    def _opposed_step_items(self, verb: "Token") -> list[_Item]:
        """'X rejects any deployment of foreign troops', 'X opposes the stationing of Y's
        warships': a step a side refuses to see taken is its demand that it not be (the
        text keeps the verb: 'reject any deployment of ...'). Only steps: 'any <noun>', a
        noun of presence or transfer, or a gerund with its 'of' ('the arming of rebels');
        not accusations, proposals or talks ('rejected the claim / the offer')."""
        obj = _child(verb, "dobj")
        if obj is None or obj.pos_ != "NOUN" or _negated(verb) or _in_conditional(verb) or _demanded(verb):
            return []
        lemma = obj.lemma_.lower()
        if lemma in DENIED_NOUNS | DEMAND_NOUNS | CONCESSION_NOUNS | DOCUMENT_NOUNS | MEETING_NOUNS \
                or self._direct_actor(obj):
            return []
        anyone = any(c.dep_ == "det" and c.lower_ == "any" for c in obj.children)
        of = any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
        gerund = obj.lower_.endswith("ing") and of
        if not (anyone or lemma in STEP_NOUNS or gerund or lemma in JOB_LOSS_NOUNS):
            return []
        actors, explicit = self._subject_actors(verb)
        if not actors or not all(a.party for a in actors):
            return []
        toks = [t for t in self._content_tokens(verb, exclude_subject_of=verb) if t.i >= verb.i]
        if not _has_content([t for t in toks if t != verb]):
            return []
        return [_Item(DEMAND, verb, actors, _trim(toks), None, explicit)]

    def _hoped_step_items(self, hope: "Token") -> list[_Item]:
        """'X hoped that Y would not go back on its pledge', 'X voiced the expectation that Y
        will reopen the port': a step one side hopes the other will take is pressed on it
        (a demand), whatever the verb. Only a party as the clause's subject counts ('hopes the
        talks will be useful' is a wish) and never one's own side."""
        clause = next((c for c in hope.children if c.dep_ in ("ccomp", "acl") and _is_verbal(c)
                       and c.i > hope.i and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll")
                                                for a in c.children)), None)
        if clause is None or _is_meeting_content(clause) or _negated(hope) or _in_conditional(hope):
            return []
        subj = _child(clause, "nsubj")
        target = self._direct_actor(subj) if subj is not None and subj.pos_ != "PRON" else None
        if not target or len({a.party for a in target}) > 1 or not target[0].party:
            return []
        if hope.pos_ == "VERB":
            holder_tok = _child(hope, "nsubj")
            if holder_tok is None:
                return []
            holder = self._speaker(hope) if holder_tok.lower_ in ("i", "we") else self._resolve_np(holder_tok)
        elif hope.dep_ == "dobj" and hope.head.lemma_.lower() in VOICING_VERBS:
            holder = self._subject_actors(hope.head)[0]
            poss = _child(hope, "poss")
            if not holder and poss is not None and poss.pos_ != "PRON":
                holder = self._owner_in(hope)  # "voiced France's hope that ..."
        else:
            return []
        # a speaker the article gives no country ("Premier Lin hoped ...") still counts by name
        if not holder or len(holder) > 1 or not (holder[0].party or holder[0].person) \
                or holder[0].party == target[0].party:
            return []
        if clause.lemma_.lower() in TELLING_VERBS:
            return []  # "hopes Y will share the results of its talks": news wanted, no term
        toks = _trim(self._content_tokens(clause, exclude_subject_of=clause))
        if not _has_content(toks):
            return []
        return [_Item(DEMAND, hope, holder, toks, target[0].party, True)]

    def _only_if_items(self, cond: "Token") -> list[_Item]:
        """'X will sign only if Y pulls out', '<speaker> says a deal can work only if the raids
        end': the condition is pressed by the side setting it."""
        if not _is_verbal(cond) or _is_meeting_content(cond) or cond.dep_ not in ("advcl", "ccomp", "conj"):
            return []
        main = cond.head
        subj = _child(main, "nsubj", "nsubjpass")
        setter = (self._direct_actor(subj) or (self._resolve_np(subj) if subj.pos_ != "PRON" else None)) \
            if subj is not None else None
        if not setter or len(setter) > 1:
            setter = self._speaker(cond)
        if not setter or len({a.party for a in setter}) > 1 or not (setter[0].party or setter[0].person):
            return []
        csubj = _child(cond, "nsubj", "nsubjpass")
        if csubj is not None and csubj.pos_ != "PRON" and (self._resolve_np(csubj) or []).__len__() > 1:
            return []  # "... only if both sides show flexibility": asked of everyone
        target = self._direct_actor(csubj) if csubj is not None else None
        if target and target[0].party == setter[0].party:
            return []  # "X will act only if it is attacked": its own situation
        toks = [t for t in self._content_tokens(cond, keep_subject=not target,
                                                exclude_subject_of=cond if target else None)
                if t.lower_ not in ("only", "if", "when") or t.i > cond.i]
        toks = _trim(toks)
        if not _has_content(toks):
            return []
        cp = _party_of(target) or next((p for p in self.main_parties if p != setter[0].party), None)
        return [_Item(DEMAND, cond, setter, toks, cp, True)]

    def _on_condition_items(self, noun: "Token") -> list[_Item]:
        """'X agreed to the swap on the condition that it recovers its losses', 'X will
        sign, on condition that Y pulls out': what a side's step is made conditional on is
        its demand."""
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
                       and _mark(c) == "that" and _is_verbal(c)), None)
        verb = noun.head.head
        if clause is None or verb.pos_ not in ("VERB", "AUX") or _negated(verb) or _in_conditional(verb):
            return []
        actors, explicit = self._subject_actors(verb)
        if not actors or len({a.party for a in actors}) > 1 or not actors[0].party:
            return []
        subj = _child(clause, "nsubj", "nsubjpass")
        target = self._direct_actor(subj) if subj is not None and subj.pos_ != "PRON" else None
        if target and target[0].party == actors[0].party:
            target = None  # "on condition that X's own farmers are spared": still pressed on the other side
        toks = _trim([t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause)])
        if not _has_content(toks) or _is_meeting_content(clause):
            return []
        return [_Item(DEMAND, noun, actors, toks, _party_of(target) or self._counterpart_in(clause, DEMAND), explicit)]

    def _case_items(self, noun: "Token") -> list[_Item]:
        """'X made the case for cutting tariffs': X argues for it, a demand."""
        if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in CASE_VERBS or _negated(noun.head):
            return []
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        content = _child(prep, "pcomp", "pobj") if prep is not None else None
        if content is None or _is_meeting_content(content):
            return []
        actors, explicit = self._subject_actors(noun.head)
        if not actors or len({a.party for a in actors}) > 1:
            return []
        out = []
        for h in _split_coordination(content, noun):
            toks = self._content_tokens(h)
            if _has_content(toks):
                out.append(_Item(DEMAND, noun, actors, toks, self._counterpart_in(h, DEMAND), explicit))
        return out

    def _need_items(self, verb: "Token") -> list[_Item]:
        """'<speaker> said Y needed/has to do Z': a demand of the speaker on Y."""
        if verb.dep_ not in ("ccomp", "conj") or _negated(verb):
            return []
        todo = _child(verb, "xcomp") or _need_to_clause(verb)
        subj = _child(verb, "nsubj")
        if todo is None or subj is None or not _infinitival(todo) or _is_meeting_content(todo):
            return []
        target = self._direct_actor(subj) or _member_body(self, subj)  # "doctors needed to ..."
        speaker = self._speaker(verb)
        if not target and speaker and subj.pos_ == "NOUN" and subj.lemma_.lower() in MEASURE_NOUNS \
                and todo.lemma_.lower() == "go" and not _child(subj, "poss") and len({a.party for a in speaker}) == 1:
            # "X said the tariffs on cars had to go": the other side's measure, told whole
            other = next((p for p in self.main_parties if p not in {a.party for a in speaker}), None)
            toks = self._content_tokens(verb, keep_subject=True)
            return [_Item(DEMAND, verb, speaker, toks, other, True)] if other and _has_content(toks) else []
        if not target or not speaker or {a.party for a in speaker} & {a.party for a in target}:
            return []
        out = []
        for h in _split_coordination(todo, verb):  # "Y has to cut A and close B": two
            toks = self._content_tokens(h)
            if _has_content(toks):
                out.append(_Item(DEMAND, verb, speaker, toks, _party_of(target), True))
        return out

    # nouns ---------------------------------------------------------------
    def _noun_items(self, noun: "Token", kind: str) -> list[_Item]:
        lemma = noun.lemma_.lower()
        if kind == CONCESSION and lemma in PROPOSAL_NOUNS and noun.dep_ == "nsubj" and _infinitival(noun.head) \
                and noun.head.dep_ in ("ccomp", "xcomp") and noun.head.head.lemma_.lower() in MAKE_VERBS - {"have", "drop"} \
                and noun.head.head.pos_ == "VERB":
            # "plans to make further proposals to expand Z": the parser took the proposals for the
            # subject of their purpose clause
            gov = noun.head.head
            if _negated(gov) or _in_conditional(gov) or _negated_np(noun):
                return []
            actors, explicit = self._subject_actors(gov)
            if not actors or len({a.party for a in actors}) > 1:
                return []
            toks = _trim(sorted(set(noun.subtree) | set(noun.head.subtree), key=lambda t: t.i))
            return [_Item(kind, noun, actors, toks, self._counterpart_in(noun.head, kind), explicit)] \
                if _has_content(toks) else []
        governor = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") else None
        # "seek/draw/reject concessions": only the noun's own owner can be the giver
        acquired = (kind == CONCESSION and governor is not None
                    and governor.lemma_.lower() in ACQUIRE_VERBS)
        if lemma == "call" and not any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("acl", "advcl") and _mark(
                c) == "for" and _infinitival(c) for c in noun.children) and not (  # "its call for Y to be removed"
                _child(noun, "poss") is not None and noun.dep_ == "dobj"
                and noun.head.lemma_.lower() in ("reiterate", "renew", "repeat", "echo", "reaffirm", "restate")
                and any(c.dep_ == "acl" and _infinitival(c) and not _is_meeting_content(c) for c in noun.children)):
            return []  # not a phone call; but "reiterated its call to end the war" is a demand
        if lemma in NEED_NOUNS and (noun.dep_ != "dobj" or _negated(noun.head)):
            return []  # "stressed the need for X"; not "the need for X is clear", "no need"
        if lemma in ROOM_NOUNS:
            return self._room_items(noun)
        if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "from") and _backed_down(noun.head.head):
            return []  # "backed down on its demand for Y": dropped, not pressed
        if kind == CONCESSION and noun.dep_ == "dobj" and noun.head.lemma_.lower() in RETRACT_VERBS:
            return []  # "withdrew its offer", "(demanded that) the employers scrap their plan": taken back
        if noun.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that")
                                       for c in noun.head.children):
            return []  # "it is a demand for capitulation": a characterisation, not a position
        if _negated_np(noun) and lemma not in ("offer",):
            return []
        # content
        heads: list[Token] = []
        counterpart: str | None = None
        trailing = None
        for ch in noun.children:
            if ch.dep_ in ("acl", "advcl", "relcl") and _infinitival(ch):
                heads = [ch]
                subj = _child(ch, "nsubj")
                if subj is not None and self._direct_actor(subj):
                    counterpart = _party_of(self._direct_actor(subj))
                break
        if not heads:
            for ch in noun.children:
                if ch.dep_ == "prep" and ch.lower_ in ("for", "on", "that", "to", "of"):
                    p = _child(ch, "pobj", "pcomp")
                    if p is None:
                        continue
                    if lemma in CONDITION_NOUNS and ch.lower_ == "for" and (
                            p.lemma_.lower() in GENERIC_OUTCOMES | MEETING_NOUNS | {"ceasefire", "truce", "accord",
                                                                                      "treaty", "pact"}):
                        continue  # "preconditions for an accord": what they are set for
                    if lemma in CONDITION_NOUNS and ch.lower_ == "for" and p.pos_ in ("VERB", "AUX") and (
                            p.lemma_.lower() in ("join", "participate", "attend", "enter", "sign", "resume",
                                                 "return", "hold", "start", "begin", "take")
                            or any(d.lemma_.lower() in MEETING_NOUNS | GENERIC_OUTCOMES for d in p.subtree)):
                        continue  # "its condition for joining the talks": what the condition is set for
                    if ch.lower_ == "on" and p.lower_ in ("paper", "table") and not list(p.children):
                        continue  # "proposals on paper / on the table": an idiom, no topic
                    pa = self._direct_actor(p)
                    if pa and not list(p.children):
                        if ch.lower_ in ("on", "to"):
                            counterpart = _party_of(pa)
                        continue
                    if ch.lower_ == "for" and p.pos_ == "PROPN" and p.ent_type_ in ("GPE", "LOC", "FAC") \
                            and not any(c.dep_ != "compound" for c in p.children):
                        continue  # "the US ceasefire proposal for Gaza": where, not what
                    if ch.lower_ == "of" and kind == DEMAND:
                        continue
                    heads = [p]
                    if kind == CONCESSION and lemma in PROPOSAL_NOUNS and ch.lower_ in ("for", "on") \
                            and _owned(noun) and p.pos_ == "NOUN":
                        trailing = ch  # "the Peruvian proposal for a joint patrol": keep 'proposal'
                    break
                if ch.dep_ == "prep" and ch.lower_ in ("as", "including") and ch.i > noun.i:
                    p = _child(ch, "pobj", "pcomp")
                    if p is not None:
                        heads = [p]
                        break
            if not heads:
                for ch in noun.children:
                    if ch.dep_ == "amod" and ch.lower_ == "such":
                        continue
                    if ch.dep_ == "prep" and ch.lower_ == "as":
                        p = _child(ch, "pobj", "pcomp")
                        if p is not None:
                            heads = [p]
        if not heads and kind == DEMAND and lemma in DEMAND_NOUNS | {"insistence"}:
            # "its demand that Y pull out of Z": a subjunctive clause on the noun
            for ch in noun.children:
                subj = _child(ch, "nsubj") or _child(ch, "nsubjpass")
                if ch.dep_ == "acl" and ch.i > noun.i and subj is not None and (
                        ch.tag_ in ("VB", "VBP", "VBN") or any(a.lower_ in MODALS_OBLIGATION for a in ch.children)) \
                        and any(c.lower_ == "that" and c.i < subj.i for c in ch.children):
                    a = self._direct_actor(subj)
                    if a:
                        heads, counterpart = [ch], _party_of(a)
                    elif _owned(noun) and (ch.tag_ in ("VB", "VBN") or any(
                            x.lower_ in MODALS_OBLIGATION | {"be"} for x in ch.children)):
                        heads = [ch]  # "the union's demand that all vessels be inspected": what is asked
                    break
        if not heads and lemma in ("openness", "commitment") and noun.dep_ == "dobj":
            # "signalled openness to sharing X": the parser hangs the noun's 'to' on the verb
            end = max(t.i for t in noun.subtree)
            to = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == end + 1), None)
            p = _child(to, "pcomp", "pobj") if to is not None else None
            if p is not None and not self._direct_actor(p):
                heads = [p]
        if lemma == "priority" and not heads:
            heads = self._priority_content(noun)
        if not heads and lemma in CONDITION_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "among" \
                and noun.head.head.lemma_ == "be":
            # "Among X's preconditions for an accord are A and B"
            heads = [c for c in noun.head.head.children if c.dep_ in ("attr", "nsubj") and c.pos_ == "NOUN"][:1]
        if not heads and noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and (
                _child(noun, "poss") is not None or kind == DEMAND):
            # "Ukraine's key demand is a full ceasefire", "its offer was to cut ..."
            heads = [c for c in noun.head.children if c.dep_ in ("attr", "xcomp", "ccomp") and c.i > noun.i][:1]
        if not heads and kind == DEMAND and lemma in DEMAND_LIST_NOUNS and noun.dep_ == "attr" \
                and noun.head.lemma_.lower() in ("be", "remain") and not _negated(noun.head):
            # "Y's full disarmament remains a non-negotiable Israeli demand": the subject is demanded
            subj = _child(noun.head, "nsubj")
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.i < noun.i \
                    and not self._direct_actor(subj):
                heads = [subj]
        if not heads and noun.dep_ == "nsubj" and lemma in DEMAND_LIST_NOUNS | CONCESSION_NOUNS \
                and noun.head.lemma_.lower() in FOCUS_VERBS and not _negated(noun.head):
            # "Hamas's demands centre on halting X", "the offer focuses on Y"
            on = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "around")),
                      None)
            p = _child(on, "pobj", "pcomp") if on is not None else None
            if p is not None and not self._direct_actor(p):
                heads = [p]
        if not heads:
            heads = _compound_focus_heads(self, noun, lemma)  # "X's demands center on Y", read as one noun
        condition_verb = None
        if lemma in CONDITION_NOUNS:
            # "made X a condition for Y", "set X as a precondition": X is pressed for
            verb = noun.head if noun.dep_ in ("dobj", "oprd", "ccomp") else (
                noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None)
            if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in SETTING_VERBS | NAMING_VERBS:
                # "called the removal of X an absolute condition"; "made the removal of X a condition"
                # (the parser may make the step the subject of the noun)
                other = [c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i and c != noun][:1] or [
                    c for c in noun.children if c.dep_ == "nsubj" and c.i < noun.i and c.pos_ == "NOUN"][:1]
                if other:
                    heads, condition_verb = other, verb
        if not heads and lemma in DEMAND_NOUNS and noun.dep_ == "dobj":
            # "rejected the U.S. demand to halt X": the infinitive hung on the verb
            end = max(t.i for t in noun.subtree)
            heads = [c for c in noun.head.children if c.dep_ in ("advcl", "xcomp") and c.i == end + 2
                     and _infinitival(c) and _child(c, "nsubj") is None][:1]
        if not heads and kind == DEMAND and lemma in DEMAND_NOUNS and noun.dep_ == "pobj" and _owned(noun):
            # "resisted EU demands for a quota on beef": 'for ...' hung on the verb
            end = max(t.i for t in noun.subtree)
            gov = noun.head.head
            after = next((c for c in gov.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == end + 1),
                         None) if gov.pos_ == "VERB" else None
            if after is not None and _child(after, "pobj", "pcomp") is not None:
                heads = [_child(after, "pobj", "pcomp")]
        if not heads and lemma in PROPOSAL_NOUNS | DEMAND_LIST_NOUNS and noun.dep_ == "dobj" \
                and noun.head.lemma_.lower() in MAKE_VERBS - {"have", "drop"}:
            # "submitted a proposal for lower tariffs to Y": 'for ...' hung on the verb
            end = max(t.i for t in noun.subtree)
            after = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("for", "on")
                          and c.i == end + 1), None)
            p = _child(after, "pobj", "pcomp") if after is not None else None
            if p is not None and not self._direct_actor(p) and p.ent_type_ not in ("DATE", "TIME") \
                    and p.lower_ not in ("paper", "table"):  # "put proposals on paper": an idiom, no topic
                heads = [p]
        if not heads and kind == CONCESSION and lemma in PROPOSAL_NOUNS and noun.dep_ == "pobj" and _owned(noun):
            # "agreed to the US proposal for a ceasefire": 'for ...' hung on the verb
            end = max(t.i for t in noun.subtree)
            trailing = next((c for c in noun.head.head.children if c.dep_ == "prep" and c.lower_ in ("for", "on")
                             and c.i == end + 1 and _child(c, "pobj", "pcomp") is not None), None)
            if trailing is not None:
                heads = [_child(trailing, "pobj", "pcomp")]
        if not heads and kind == CONCESSION and lemma == "concession" and noun.dep_ == "dobj" \
                and noun.head.lemma_.lower() in MAKE_VERBS - {"have", "drop"} and not _negated(noun.head):
            # "X made concessions on fishing quotas": the topic hung on the verb
            end = max(t.i for t in noun.subtree)
            after = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("on", "over")
                          and c.i == end + 1 and _child(c, "pobj") is not None), None)
            if after is not None and not self._direct_actor(_child(after, "pobj")) \
                    and not any(t.ent_type_ in ("DATE", "TIME") for t in after.subtree):
                heads, trailing = [_child(after, "pobj")], after
        if kind == CONCESSION:
            sought = self._sought_from(noun)
            if sought is not None:
                return sought
        # actor
        actors, explicit = self._noun_actor(noun, own_only=acquired)
        if condition_verb is not None and not actors:
            actors, explicit = self._subject_actors(condition_verb)
        if not actors:
            return []
        if kind == DEMAND and len({a.party for a in actors}) > 1:
            return []
        if not heads and (lemma in PROPOSAL_NOUNS or lemma in OWNED_ONLY_NOUNS and self._handed_over(noun, actors)) \
                and kind == CONCESSION and (explicit or noun.dep_ == "dobj" and noun.head.dep_ == "advcl"
                                            and _infinitival(noun.head) and noun.head.head.lemma_.lower() in (
                                                "travel", "fly", "go", "come", "head", "arrive", "visit")) \
                and noun.dep_ == "dobj" and (noun.head.lemma_.lower() in MAKE_VERBS - {"have", "drop"}
                                             or acquired and noun.head.lemma_.lower() in REJECT_VERBS) \
                and not _negated(noun.head) and not _in_conditional(noun.head):
            # "X presented a revised proposal on Friday": the proposal itself is given
            toks = _trim([t for t in noun.subtree])
            if _has_content(toks) and any(c.dep_ in ("amod", "compound", "poss") for c in noun.children):
                return [_Item(kind, noun, actors, toks, self._counterpart_in(noun, kind), explicit)]
        if not heads and kind == DEMAND and self.last_demand is not None and explicit \
                and any(c.lower_ == "same" for c in noun.children) and not _negated(noun.head):
            # "Moscow has made the same demand": what the last demand asked for, now by another side
            before = self.last_demand
            if {a.party for a in actors} & {a.party for a in before.actors}:
                return []
            return [_Item(kind, noun, actors, before.content, before.counterpart, explicit)]
        if not heads:
            if lemma in DEMAND_NOUNS and noun.dep_ == "pobj" and explicit and _deferring(noun):
                clause = self._governing_clause(noun)
                if clause is not None and clause.lemma_.lower() == "respond" and clause.dep_ == "advcl" \
                        and _is_verbal(clause.head):
                    clause = clause.head  # "Y reopened the port, responding to a request from X"
                if clause is not None and (not _is_meeting_content(clause) or _talks_on_step(clause)):
                    # the whole deferring phrase goes ("in response to X's call", "responding to ...")
                    top = noun.head  # "at" / "to" / "with"
                    if top.head.lower_ in ("response", "line", "accordance", "keeping", "compliance") \
                            or top.head.lemma_.lower() == "respond":
                        top = top.head
                        if top.dep_ == "pobj":
                            top = top.head  # "in" of "in response to"
                    subj = _child(clause, "nsubj", "nsubjpass") or _fronted_subject(noun)
                    target = self._direct_actor(subj) if subj is not None else None
                    if target and {a.party for a in target} & {a.party for a in actors}:
                        return []  # "X acted at its own request": no term pressed on another side
                    toks = [t for t in self._content_tokens(clause, exclude_subject_of=clause if target else None)
                            if t not in set(top.subtree) and not (t.dep_ in ("aux", "auxpass") and t.head == clause)]
                    toks = _trim(toks)
                    cp = target[0].party if target and len({a.party for a in target}) == 1 else None
                    if _has_content(toks):
                        return [_Item(kind, noun, actors, toks, cp or self._counterpart_in(clause, kind), explicit)]
            return []
        if lemma in OWNED_ONLY_NOUNS and not _owned(noun) and not _tabled_giving_plan(noun):
            return []
        if lemma in OWNED_ONLY_NOUNS and _plan_only_mentioned(self, noun):
            return []  # "Y's plan could be the basis for talks", "talks aimed at finalizing Y's plan"
        if lemma in ASSENT_NOUNS and _child(noun, "poss") is None:
            return []  # "its approval for X" is given; "approval from Congress" is sought
        if lemma in ("desire", "wish") and (_child(noun, "poss") is None or any(
                h.lemma_.lower() in PROCESS_VERBS | {"see"} and not _child(h, "dobj") is not None
                or _generic_aim(h) or h.lemma_.lower() in PROCESS_VERBS
                or any(t.lemma_.lower() in WISH_NOUNS for t in h.subtree) for h in heads)):
            return []  # "his desire to see an end to X" presses; "a desire to deepen ties" does not
        if lemma in WILL_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.lemma_.lower() in DOUBTED_NOUNS:
            return []  # "doubted the sincerity of X's stated intention to ...": disputed, not given
        if lemma in WILL_NOUNS and not (heads and (heads[0].lemma_.lower() in GIVING_VERBS | set(CONCESSION_VERBS)
                                                   or _discussing_terms(heads[0]))
                                        and heads[0].pos_ == "VERB" and explicit):
            return []  # "its intention to impose tariffs" is no concession
        out = []
        for h in _split_coordination(heads[0], noun):
            if kind == CONCESSION and _is_meeting_content(h) and lemma not in ("proposal", "offer") \
                    and not _discussing_terms(h):
                continue
            if kind == DEMAND and lemma in LIST_DEMAND_NOUNS and _noun_list(h, noun):
                # "calls for A, B and C": one demand per listed noun phrase
                for part in _noun_list(h, noun):
                    toks = _trim([t for t in part.subtree if not _in_conj_of(t, part)])
                    if _has_content(toks):
                        out.append(_Item(kind, noun, actors, toks, counterpart or self._counterpart_in(part, kind), explicit))
                continue
            toks = _with_tail(self._content_tokens(h, exclude_subject_of=h if counterpart else None), _colon_tail(h))
            toks = _with_tail(toks, _verb_hung_tail(self, h, noun))
            if lemma in NEED_NOUNS and _is_meeting_content(h):
                continue
            if kind == DEMAND and h.pos_ == "NOUN" and h.lemma_.lower() in WISH_NOUNS \
                    and not any(c.dep_ not in ("det", "punct") for c in h.children):
                continue  # "a call for calm"
            if kind == DEMAND and _mutual_call(toks):
                continue  # "called for continued efforts by both sides": no side presses the other
            if trailing is not None:
                toks = _trim(sorted({t for t in noun.subtree if t.dep_ != "det" and t.i <= noun.i}
                                    | set(trailing.subtree), key=lambda t: t.i))
            if lemma in OWNED_ONLY_NOUNS and _owned(noun):
                toks = _trim(sorted(set(toks) | {t for t in noun.subtree if t.i <= noun.i and t.dep_ != "det"},
                                    key=lambda t: t.i))
            pressing = {t.i for r in toks if r.dep_ == "relcl" and r.lemma_.lower() in DEMAND_VERBS
                        for t in r.subtree}
            if pressing:  # "proposals for A, which X urges Y to sign": the urging is told apart
                toks = _trim([t for t in toks if t.i not in pressing])
            if _has_content(toks):
                out.append(_Item(kind, noun, actors, toks, counterpart or self._counterpart_in(h, kind), explicit))
        if lemma in NEED_NOUNS | {"call", "demand"} and noun.dep_ == "dobj":
            # "stressed the need for A and for X to do B": the parser hangs B on the verb
            for c in noun.head.children:
                if c.dep_ == "advcl" and c.i > noun.i and _mark(c) == "for" and _infinitival(c):
                    subj = _child(c, "nsubj")
                    target = self._direct_actor(subj) if subj is not None else None
                    toks = self._content_tokens(c, exclude_subject_of=c)
                    if _has_content(toks) and not _is_meeting_content(c):
                        out.append(_Item(kind, noun, actors, toks, _party_of(target), explicit))
        return out

    def _handed_over(self, noun: "Token", actors: list[_Actor]) -> bool:
        """'X submitted a ten-point plan to Y': a plan laid before another side (not one's
        own 'plan to raise tariffs', not a plan shown at home)."""
        verb = noun.head
        if verb.lemma_.lower() not in HANDING_VERBS:
            return False
        own = {a.party for a in actors}
        for c in verb.children:
            p = _child(c, "pobj") if c.dep_ in ("dative", "prep") and c.lower_ == "to" else None
            a = self._direct_actor(p) if p is not None else None
            if a and a[0].party and a[0].party not in own:
                return True
        return False

    def _sought_from(self, noun: "Token") -> list[_Item] | None:
        """'India may look at commitments from the U.S. on duty cuts': what one side wants
        given by another is the first side's demand."""
        src = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        got = noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "receive" \
            and noun.head.tag_ in ("VBD", "VBN") and noun.head.dep_ not in ("xcomp", "amod") else None
        if got is not None and noun.lemma_.lower() in PROPOSAL_NOUNS | {"pledge", "commitment", "promise"}:
            # "Y had received the best offer from X": X's offer, given
            if src is None:
                src = next((c for c in got.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i),
                           None)
            giver = self._direct_actor(_child(src, "pobj")) if src is not None else None
            taker, explicit = self._subject_actors(got)
            if not giver or not giver[0].party or not taker or len({a.party for a in taker}) > 1 \
                    or taker[0].party == giver[0].party or _negated(got) or _in_conditional(got):
                return None
            toks = [t for t in noun.subtree if t not in set(src.subtree)]
            # "the best ever offer": the parser may make 'best' a second object
            toks = [c for c in got.children if c.dep_ == "dobj" and c.i < noun.i
                    and max(t.i for t in c.subtree) + 2 >= noun.left_edge.i] + toks
            # "a proposal from X on rice imports": the topic hung on the verb
            toks += [t for c in got.children if c.dep_ == "prep" and c.lower_ in ("on", "over", "for")
                     and c.i > noun.i for t in c.subtree]
            toks = _trim(sorted(set(toks), key=lambda t: t.i))
            if not _has_content(toks):
                return None
            return [_Item(CONCESSION, noun, giver, toks, taker[0].party, explicit)]
        giver = self._direct_actor(_child(src, "pobj")) if src is not None else None
        if not giver or not giver[0].party or _negated_np(noun):
            return None
        clause = noun.head if noun.dep_ in ("dobj", "nsubjpass") else (
            noun.head.head if noun.dep_ == "pobj" else None)
        if clause is None or clause.pos_ not in ("VERB", "AUX") or clause.lemma_.lower() not in SEEKING_VERBS:
            return None
        wanter, explicit = self._subject_actors(clause)
        if not wanter or len({a.party for a in wanter}) > 1 or wanter[0].party == giver[0].party \
                or _negated(clause) or _in_conditional(clause):
            return None
        toks = _trim([t for t in noun.subtree if t not in set(src.subtree) and t.dep_ != "det" or t == noun])
        if not _has_content(toks) or len(toks) < 2:
            return None
        return [_Item(DEMAND, noun, wanter, toks, giver[0].party, explicit)]

    def _room_items(self, noun: "Token") -> list[_Item]:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        p = _child(prep, "pobj") if prep is not None else None
        if p is None or p.lower_ not in ROOM_FOR:
            return []
        actors = self._speaker(noun)
        if not actors:
            actors, _ = self._subject_actors(noun.head)
        if not actors:
            return []
        toks = _trim([t for t in noun.subtree])
        return [_Item(CONCESSION, noun, actors, toks, self._counterpart_in(noun, CONCESSION), True)]

    def _priority_content(self, noun: "Token") -> list["Token"]:
        # "placed top priority on X"
        if noun.dep_ == "dobj":
            prep = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "on"), None)
            if prep is not None:
                p = _child(prep, "pobj", "pcomp")
                if p is not None:
                    return [p]
        # "the priority was to secure X"
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            for c in noun.head.children:
                if c.dep_ in ("xcomp", "attr", "ccomp", "acomp") and c.i > noun.i:
                    return [c]
        return []

    def _noun_actor(self, noun: "Token", own_only: bool = False) -> tuple[list[_Actor], bool]:
        if noun.dep_ == "compound" and _child(noun.head, "poss") is not None \
                and _compound_focus_heads(self, noun, noun.lemma_.lower()):
            return self._possessor(noun.head) or [], True  # "X's demands center on Y": X owns 'center'
        for ch in noun.children:
            if ch.dep_ == "poss":
                a = self._possessor(noun)
                if a:
                    return a, True
        for ch in noun.children:
            if ch.dep_ in ("compound", "amod", "nmod") and ch.i < noun.i:
                a = self._direct_actor(ch)
                if a:
                    return a, True
        for ch in noun.children:
            if ch.dep_ == "acl" and ch.tag_ == "VBN":  # "the offer, made by Japan last week"
                agent = next((c for c in ch.children if c.dep_ == "agent"), None)
                a = self._resolve_np(_child(agent, "pobj")) if agent is not None and _child(agent, "pobj") is not None else None
                if a:
                    return a, True
            if ch.dep_ in ("prep", "agent") and (ch.lower_ == "from" and not own_only or ch.lower_ == "by"
                                                                                  or ch.lower_ == "of" and _deferring(noun)):
                # "at the request of X" names the requester like "a request from X"
                p = _child(ch, "pobj")
                if p is not None:
                    a = self._resolve_np(p)
                    stray = _fronted_subject(noun)
                    if a and stray is not None:  # "At X's request, Y has ...": Y asked nothing
                        own = {b.party for b in self._direct_actor(stray) or []}
                        a = [b for b in a if b.party not in own]
                    if a:
                        return a, True
        if own_only:
            return [], False
        # "X made / submitted / included a proposal"
        gov = noun.head
        if noun.dep_ == "nsubjpass" and gov.lemma_.lower() in MAKE_VERBS | HANDING_VERBS:
            # "a proposal for X was submitted by Y": the agent tabled it
            agent = next((c for c in gov.children if c.dep_ == "agent"), None)
            p = _child(agent, "pobj") if agent is not None else None
            a = self._resolve_np(p) if p is not None else None
            if a:
                return a, True
        if noun.dep_ in ("dobj", "attr") and gov.pos_ in ("VERB", "AUX") and (
                gov.lemma_.lower() in MAKE_VERBS or noun.lemma_.lower() in NEED_NOUNS
                or not any(c.lower_ == "the" for c in noun.children)):
            subj = _child(gov, "nsubj")
            if subj is not None:
                a = self._resolve_np(subj)
                if not a:
                    for ch in subj.children:
                        if ch.dep_ == "poss":
                            a = self._resolve_np(ch)
                if a:
                    return a, True
            a, _ = self._subject_actors(gov)
            if a:
                return a, False
        if noun.lemma_.lower() in ROOM_NOUNS | {"priority"}:
            speaker = self._speaker(noun)
            if speaker:
                return speaker, False
        return [], False

    def _governing_clause(self, noun: "Token") -> "Token | None":
        """For 'in line with requests from X' / 'at X's request': the clause modified."""
        t = noun.head
        steps = 0
        while t is not None and steps < 4 and t.pos_ not in ("VERB",):
            t = t.head if t.head != t else None
            steps += 1
        return t

    # ----------------------------------------------------------------- actors
    def _subject_actors(self, verb: "Token") -> tuple[list[_Actor], bool]:
        """The actor(s) of a verb: its subject, else inherited from the clause above
        (conjoined verbs, control verbs, participle and infinitive clauses). Returns the
        actors and whether the subject was the trigger's own."""
        t = verb
        explicit = True
        hung = verb if _hung_on_subject(verb) else verb.head if verb.dep_ == "conj" and _hung_on_subject(verb.head) \
            else None
        if hung is not None:
            # the parser hung a sentence's finite verb on its subject noun (and "X, who met Y,
            # offered A and promised B": the second verb too)
            actors = self._resolve_np(hung.head, remember=True)
            if actors:
                return actors, True
        stray = self._stray_subject(verb)
        if stray:
            return stray, True
        if _misattached_conj(verb):
            t = verb.sent.root  # "X accused Y of breaking a pact that covers A and threatened ..."
        for _ in range(7):
            # "X is committed to ...": a stative passive whose subject is the actor
            deps = ("nsubj",) if t == verb and verb.lemma_.lower() not in STATIVE_PASSIVES \
                else ("nsubj", "nsubjpass")
            subj = _child(t, *deps)
            subjects = [c for c in t.children if c.dep_ in deps]
            if len(subjects) > 1:  # "BEIJING, Sept 21 - President Xi has urged": the dateline too
                subj = next((c for c in reversed(subjects) if self._direct_actor(c)), subj)
            filed = self._dateline_end(t.sent) if subj is not None else 0
            if subj is not None and subj.idx < filed:
                # "LONDON, June 11 - U.S. and Chinese negotiators agreed": the parser made the
                # dateline the subject and the real one its apposition (where that names a side)
                real = next((c for c in subj.children if c.dep_ == "appos" and c.idx >= filed), None)
                subj = real if real is not None and self._resolve_np(real) else subj
            if subj is not None:
                if subj.lower_ in ("that", "which", "who") and t.dep_ == "relcl":
                    return self._resolve_np(t.head) or [], explicit
                actors = self._resolve_np(subj, remember=True)
                if not actors and subj.lemma_.lower() in DOCUMENT_NOUNS:
                    actors = self._document_owner(subj)
                if actors:
                    return actors, explicit
                # an unresolvable subject of a clause we climbed into: keep climbing
                if t == verb or t.dep_ not in ("conj", "ccomp"):
                    return [], explicit
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            if agent is not None:
                p = _child(agent, "pobj")
                if p is not None:
                    return self._resolve_np(p) or [], explicit
            if t != verb and subj is None:
                stray = self._stray_subject(t)  # "..., Rojas, the minister, has kept urging ..."
                if stray:
                    return stray, False
            explicit = False
            if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.lower_ in ("for", "of") \
                    and t.head.head.pos_ == "VERB":
                obj = _child(t.head.head, "dobj")
                if obj is not None:  # "thanked X for offering ...": X did it
                    if t.head.head.lemma_.lower() in CREDIT_VERBS:
                        return self._resolve_np(obj) or [], False
                    return [], False  # "accused X of seeking ...": alleged, nobody's position
            if t.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl", "ccomp", "relcl", "acomp") \
                    and t.head != t:
                # object control: "urged Japan to ...", "convince X to ..."
                if t.dep_ == "xcomp":
                    obj = _child(t.head, "dobj")
                    if obj is not None:
                        a = self._direct_actor(obj)
                        if a:
                            return a, explicit
                t = t.head
                # climb out of noun phrases ("a mission to convince ...")
                while t.pos_ in ("NOUN", "PROPN", "ADP", "PRON", "ADJ") and t.head != t:
                    t = t.head
                continue
            if t.dep_ == "prep" or t.pos_ == "ADP":
                t = t.head
                continue
            if t.dep_ == "ROOT":  # "X had offered A, proposed B and floated C" (list misparse)
                for c in t.children:
                    if c.dep_ in ("advcl", "conj") and c.i < t.i and _mark(c) == "":
                        subj = _child(c, "nsubj")
                        a = self._resolve_np(subj) if subj is not None else None
                        if a:
                            return a, explicit
            break
        return [], explicit

    def _in_i_speech(self, tok: "Token") -> bool:
        """'I said ...': the reporting verb above is the pronoun's own (no other teller)."""
        t = tok.head
        for _ in range(8):
            if t.lemma_.lower() in REPORTING:
                subj = _child(t, "nsubj")
                if subj is not None and subj.lower_ in ("i", "we"):
                    return True
            if t.head == t:
                break
            t = t.head
        root = tok.sent.root
        return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in root.children)

    def _stray_subject(self, verb: "Token") -> list[_Actor] | None:
        """'During her trips to Y, Rojas, the minister, has kept pressing ...': a subject
        the parser hung on the fronted phrase; the named person right before the verb group."""
        if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
                or verb.tag_ == "VB" or verb.pos_ != "VERB":
            return None
        auxes = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        k = min(auxes + [verb.i]) - 1
        doc = verb.doc
        while k >= verb.sent.start and doc[k].is_punct:
            k -= 1
        if k < verb.sent.start or doc[k].i >= verb.i:
            return None
        t = doc[k]
        if t.pos_ == "NOUN":  # "..., Rojas, trade minister, has": the name on the title word
            named = [c for c in t.children if c.dep_ in ("nmod", "compound", "appos") and c.pos_ == "PROPN"
                     and self._person_at(c) is not None]
            if len(named) == 1:
                t = named[0]
        for _ in range(4):
            a = self._direct_actor(t) if t.pos_ == "PROPN" else None
            if a and a[0].person:
                paired = any(c.dep_ == "conj" for c in t.children) or t.dep_ == "conj" and self._person_at(t.head)
                return a if t.dep_ in ("conj", "appos", "pobj", "npadvmod", "nmod") and not paired else None
            if t.head == t or t.head.i >= verb.i:
                return None
            t = t.head
        return None

    def _speaker(self, tok: "Token") -> list[_Actor] | None:
        """The subject of the nearest reporting verb above `tok` (or above its sentence)."""
        if tok.i in self._asking:
            return None  # "we" whose reporter is "we" again: no speaker to be found this way
        self._asking.add(tok.i)
        try:
            return self._find_speaker(tok)
        finally:
            self._asking.discard(tok.i)

    def _find_speaker(self, tok: "Token") -> list[_Actor] | None:
        t = tok
        for _ in range(8):
            if t.head == t:
                break
            below, t = t, t.head
            if t.pos_ == "NOUN" and t.lemma_.lower() in STANCE_NOUNS and below.dep_ == "acl" \
                    and _child(t, "poss") is not None:
                a = self._possessor(t)
                if a:  # "X held to its line that any accord must ..."
                    return a
            if t.lemma_.lower() == "be":
                stance = _child(t, "nsubj")
                owner = _child(stance, "poss") if stance is not None and stance.lemma_.lower() in STANCE_NOUNS else None
                a = self._resolve_np(owner) if owner is not None else None
                if a:  # "Beijing's position is that ..."
                    return a
            if t.lemma_.lower() in FIRM_ADJECTIVES and t.dep_ == "acomp" or t.lemma_.lower() in ("remain", "be") \
                    and any(c.dep_ == "acomp" and c.lemma_.lower() in FIRM_ADJECTIVES for c in t.children):
                verb = t.head if t.dep_ == "acomp" else t
                subj = _child(verb, "nsubj")
                a = self._resolve_np(subj) if subj is not None and subj.pos_ != "PRON" else None
                if a:  # "X remains firm that ..."
                    return a
            made_clear = t.lemma_.lower() == "make" and t.pos_ == "VERB" and any(
                c.lower_ == "clear" and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj") for c in t.children)
            if (t.lemma_.lower() in REPORTING or made_clear) and t.pos_ in ("VERB", "AUX"):
                # "X has made (it) clear that Y must ...": told like 'said'
                subj = _child(t, "nsubj")
                if subj is None and t.dep_ == "conj":  # "X thanked Y and said ..."
                    subj = _child(t.head, "nsubj")
                if subj is not None:
                    a = self._resolve_np(subj)
                    if not a and subj.lemma_.lower() in DOCUMENT_NOUNS - {"statement", "order"} and subj.pos_ == "NOUN":
                        a = self._owner_in(subj)  # "the Afghan draft stresses that Y must ..."
                    if a:
                        return a
                elif t.tag_ == "VBG" and t.dep_ in ("advcl", "conj", "xcomp") and t.i > t.head.i:
                    # "X met Y, emphasizing that ...": the participle's subject is the clause's
                    a, _ = self._subject_actors(t)
                    if a:
                        return a
        # "..., he said." attached as a sibling: look at the root
        root = tok.sent.root
        if root.lemma_.lower() in REPORTING and root != tok:
            subj = _child(root, "nsubj")
            if subj is not None and subj.i > tok.i:
                a = self._resolve_np(subj)
                if a:
                    return a
        return self._quote_speaker(tok.sent)

    def _colon_speaker(self, tok: "Token") -> list[_Actor] | None:
        """'X reinforced the message: "Either Y disarms, or ..."': the quote after a colon is
        the words of the subject of the clause the colon ends."""
        sent = tok.sent
        colon = next((t for t in reversed(list(sent[: tok.i - sent.start])) if t.text == ":"
                      and t.i + 1 < sent.end and t.doc[t.i + 1].text in QUOTE_OPEN), None)
        if colon is None:
            return None
        owner = colon.head
        subj = _child(owner, "nsubj") if owner.pos_ in ("VERB", "AUX") and owner.i < colon.i else None
        if subj is None or subj.pos_ == "PRON":
            return None
        a = self._resolve_np(subj)
        return a if a and len({x.party for x in a}) == 1 else None

    def _possessor(self, noun: "Token") -> list[_Actor] | None:
        """The owner named by the noun's possessive; 'its/their' binds to the subject of the
        clause the noun sits in ('X kept up its demand', 'X held to its line')."""
        poss = _child(noun, "poss")
        if poss is None:
            return None
        if poss.lower_ in ("its", "their"):
            t = noun
            for _ in range(3):
                if t.dep_ not in ("dobj", "pobj", "prep") or t.head == t:
                    break
                t = t.head
                if t.pos_ in ("VERB", "AUX"):
                    if t.lemma_.lower() in REJECT_VERBS | BACKING_VERBS | {"meet", "consider", "study", "review",
                                                                            "answer", "ignore", "welcome", "reject"}:
                        break  # "X rejected its demand": the demand is someone else's
                    subj = _child(t, "nsubj")
                    a = self._resolve_np(subj) if subj is not None and subj.pos_ != "PRON" else None
                    if a:
                        return a
                    if subj is not None and subj.tag_ == "NNS" and poss.lower_ == "their" and subj.lemma_.lower() \
                            not in SIDE_NOUNS | MUTUAL_NOUNS | INTEREST_NOUNS | GROUP_NOUNS | {"leader", "official"}:
                        return None  # "a deadline for countries to send their best offer": theirs, no side's
                    break
        return self._resolve_np(poss)

    def _quote_speaker(self, sent: "Span") -> list[_Actor] | None:
        """A quotation running over several sentences: '"We will not give up X. Our
        programme must continue," the minister said.' The speaker is named in the sentence
        that closes the quote (or in the one before that opens it with a colon)."""
        first = sent.text.lstrip()[:1]
        if first not in QUOTE_OPEN:
            return None
        doc = sent.doc
        k = sent.end
        for _ in range(3):
            if k >= len(doc):
                break
            nxt = doc[k].sent
            root = nxt.root
            split_off = nxt.text[:1].islower() and nxt.start > 0 and any(
                t.text in QUOTE_CLOSE for t in doc[max(sent.start, nxt.start - 3):nxt.start])
            if root.lemma_.lower() in REPORTING and (any(t.text in QUOTE_CLOSE for t in nxt) or split_off):
                subj = _child(root, "nsubj")
                if split_off or subj is None or subj.lower_ not in ("i", "we", "you") \
                        or nxt.end >= len(doc) or not doc[nxt.end].text[:1].islower():
                    a = self._resolve_np(subj) if subj is not None and subj.pos_ != "PRON" or (
                        subj is not None and subj.lower_ in ("he", "she")) else None
                    return a or None
                # '... So I said "X".” he told reporters': the speaker's own 'I said' inside the
                # quote; the attribution follows as a sentence of its own
            if any(t.text in QUOTE_CLOSE for t in nxt) and not (
                    nxt.end < len(doc) and doc[nxt.end].text[:1].islower()
                    and doc[nxt.end].sent.root.lemma_.lower() in REPORTING):
                break
            k = nxt.end
        return self._quote_resumed(sent)

    def _quote_resumed(self, sent: "Span") -> list[_Actor] | None:
        """'"We have moved a long way," X said. "We now need Y to ..."': a quotation taken up
        again right after its attribution is the same speaker's."""
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        root = prev.root
        if root.lemma_.lower() not in REPORTING or not prev.text.lstrip()[:1] in QUOTE_OPEN:
            return None
        subj = _child(root, "nsubj")
        close = next((t.i for t in prev if t.text in QUOTE_CLOSE and t.i > prev.start), None)
        if subj is None or close is None or subj.i < close or subj.pos_ == "PRON":
            return None  # (a pronoun: whose, the rules before have not settled)
        a = self._resolve_np(subj)
        return a or None

    def _direct_actor(self, tok: "Token | None") -> list[_Actor] | None:
        """A person or party named by this token itself (no memory, no document owners)."""
        if tok is None:
            return None
        person = self._person_at(tok)
        if person is not None:
            return [person]
        party = self._party_at(tok)
        if party:
            return [_Actor(party)]
        return None

    def _person_at(self, tok: "Token") -> _Actor | None:
        if tok.pos_ not in ("PROPN", "PRON", "NOUN"):
            return None
        try:
            p = self.ctx.person_at(tok.idx, tok.idx + len(tok.text))
        except Exception:  # pragma: no cover - defensive against context changes
            p = None
        if p is None:
            p = self._name_part_person(tok)
        if p is None:
            return None
        party = p.country or self.ctx.country_of(p) or self._guess_country(p) or _official_country(self, p)
        return _Actor(party, p.name)

    def _name_part_person(self, tok: "Token"):
        """'Surasant said ...' after 'Rear Adm Surasant Kongsiri': a lone capitalised word that
        is one part (not the first of a longer run) of exactly one known person's full name,
        where the people pass left the mention unresolved."""
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or len(tok.text) < 3 \
                or tok.dep_ == "compound" or any(c.dep_ == "compound" for c in tok.children) \
                or tok.ent_type_ not in ("", "PERSON", "ORG", "NORP", "GPE"):
            return None
        if not hasattr(self, "_name_parts"):
            parts: dict[str, list] = {}
            for person in self.ctx.people:
                words = person.name.split()
                if len(words) < 2:
                    continue
                for w in words:
                    parts.setdefault(w, []).append(person)
            self._name_parts = parts
        found = self._name_parts.get(tok.text, [])
        if len(found) != 1 or self.ctx.canonical_party(tok.text):
            return None
        return found[0]

    def _guess_country(self, person) -> str | None:
        """Fallback when people resolution left no country: a party word in the title,
        else the party words modifying the person's name mentions ("U.S. Commerce
        Secretary Howard Lutnick", "Japan's negotiator Akazawa"), by vote."""
        cached = self._country_cache.get(person.name) if hasattr(self, "_country_cache") else None
        if cached is not None:
            return cached or None
        if not hasattr(self, "_country_cache"):
            self._country_cache: dict[str, str] = {}
        votes: Counter[str] = Counter()
        if person.title:
            for word in re.split(r"[\s;,]+", person.title):
                c = self.ctx.canonical_party(word)
                if c:
                    votes[c] += 2
        for m in self.ctx.person_mentions:
            if m.target != person.name or m.how != "name":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            mods = []
            k = span.start - 1
            while k >= span.sent.start:  # the title words right before the name
                t = self.doc[k]
                if not (span.start <= t.head.i < span.end or k < t.head.i < span.start) or t.dep_ == "conj":
                    break
                mods.append(t)
                k -= 1
            for ap in span.root.children:  # "X, Japan's chief negotiator,"
                if ap.dep_ == "appos":
                    mods.extend(c for c in ap.children if c.dep_ in ("poss", "compound", "amod", "nmod"))
            for t in mods:
                c = next(iter(self.ctx.parties_in(t.idx, t.idx + len(t.text))), None)
                if c is None and t.lower_ == "government":
                    c = _named_government(self)  # "Government negotiator X" where "Colombia's government" is told
                if c:
                    votes[c] += 1
        country = votes.most_common(1)[0][0] if votes else ""
        if not country:  # "Sheinbaum said ...": a well-known side the text leaves out
            country = known_side(person.name) or next(
                (s for s in (known_side(a) for a in person.aliases) if s), None) or ""
        self._country_cache[person.name] = country
        return country or None

    def _dateline_end(self, sent: "Span") -> int:
        """Where the dateline opening `sent` ends ("KUALA LUMPUR, Aug 7 - "), read once per sentence."""
        end = self._filed.get(sent.start)
        if end is None:
            end = self._filed[sent.start] = sent.start_char + dateline_end(sent.text)
        return end

    def _party_at(self, tok: "Token") -> str | None:
        if tok.is_upper and tok.idx < self._dateline_end(tok.sent):
            return None  # "KUALA LUMPUR, Aug 7 - A and B met": where the story was filed, no actor
        parties = self.ctx.parties_in(tok.idx, tok.idx + len(tok.text))
        if parties:
            return parties[0]
        for m in self.ctx.party_mentions:
            if m.start <= tok.idx < m.end:
                return m.target
        if tok.pos_ in ("PROPN", "ADJ", "NOUN") and tok.text[:1].isupper():
            try:
                party = self.ctx.canonical_party(tok.text)
                if party is None and tok.tag_ in ("NNPS", "NNS") and tok.text.endswith("s") \
                        and any(c.lower_ == "the" for c in tok.children):
                    party = self.ctx.canonical_party(tok.text[:-1])  # "the Iranians"
                return party
            except Exception:  # pragma: no cover
                return None
        if tok.pos_ in ("PROPN", "NOUN") and tok.text.isalpha() and tok.text.islower() and tok.text.endswith("s") \
                and tok.tag_ in ("NNS", "NNPS") and any(c.lower_ == "the" for c in tok.children):
            try:  # "the russians offered ...": a people's name written in lower case
                return self.ctx.canonical_party(tok.text.capitalize())
            except Exception:  # pragma: no cover
                return None
        return None

    def _other_gender_partner(self, pron: "Token") -> list[_Actor] | None:
        """'He said he had a call with Mr X's counterpart Ms Y, in which she agreed to ...':
        the pronoun of a clause on a talk 'with Y' is Y when the sentence already used the
        other pronoun ('he') for someone else; the two cannot be the same person."""
        rel = pron.head
        if pron.dep_ != "nsubj" or rel.dep_ != "relcl":
            return None
        other = {"he": ("she", "her", "hers", "herself"), "she": ("he", "him", "his", "himself")}[pron.lower_]
        if not any(t.lower_ in other and t.pos_ == "PRON" and t.i < pron.i for t in pron.sent):
            return None
        if rel.head.dep_ == "pobj" and rel.head.head.lower_ == "with":
            partner = rel.head  # the clause hung on the name itself
        else:
            prep = next((c for c in rel.head.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            partner = _child(prep, "pobj") if prep is not None else None
        if partner is None or partner.pos_ != "PROPN":
            return None
        actors = self._direct_actor(partner)
        return actors if actors and len(actors) == 1 and actors[0].person else None

    def _resolve_np(self, head: "Token", remember: bool = False) -> list[_Actor] | None:
        """Who a noun phrase stands for: person, party, side, pronoun, conjunction."""
        lemma = head.lemma_.lower()
        low = head.lower_
        # "both sides", "the two countries"
        if any(c.lower_ in MUTUAL_NUMBERS for c in head.children) and (
                head.tag_ in ("NNS", "NNPS") or low in ("both",)):
            return [_Actor(p) for p in self.main_parties[:2]] or None
        if low == "both" and head.dep_ in ("nsubj", "nsubjpass"):
            return [_Actor(p) for p in self.main_parties[:2]] or None
        # "the parties agreed on ...", "the sides agreed to ...": the two sides of the talks
        if lemma in MUTUAL_NOUNS and head.tag_ == "NNS" and head.dep_ in ("nsubj", "nsubjpass") \
                and any(c.lower_ == "the" for c in head.children) \
                and not any(c.dep_ in ("amod", "compound", "nmod", "poss", "prep", "relcl", "acl")
                            for c in head.children):
            return [_Actor(p) for p in self.main_parties[:2]] or None
        members = _named_members(self, head)
        if members:
            return members  # "countries such as X and Y"
        actors: list[_Actor] = []
        if low in ("he", "she") and head.pos_ == "PRON" and head.dep_ == "nsubj" and head.head.dep_ == "ccomp" \
                and head.head.head.lemma_.lower() in REPORTING:
            # "The Chilean minister said he planned ...": he is the one who said it
            teller = _child(head.head.head, "nsubj")
            told = self._resolve_np(teller) if teller is not None and teller.pos_ != "PRON" else None
            if told and len(told) == 1:
                return told
        if low == "it" and head.pos_ == "PRON" and head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ccomp" \
                and head.head.head.lemma_.lower() in REPORTING:
            # "The Norwegian government said it was ready to ...": it is the side that said it
            # (also "The airline raised A and said it would B": the subject the two verbs share)
            said = head.head.head
            teller = _child(said, "nsubj") or (_child(said.head, "nsubj") if said.dep_ == "conj" and said.head.pos_ in (
                "VERB", "AUX") else None)
            told = self._resolve_np(teller) if teller is not None and teller.pos_ != "PRON" else None
            if told and len(told) == 1 and told[0].party and not told[0].person:
                return told
        partner = self._other_gender_partner(head) if low in ("he", "she") and head.pos_ == "PRON" else None
        if partner:
            return partner
        direct = self._direct_actor(head)
        if not direct:  # "Japan's chief negotiator, Ryosei Akazawa,"
            appos = next((c for c in head.children if c.dep_ == "appos"), None)
            direct = self._direct_actor(appos) if appos is not None else None
            if direct and not direct[0].person:
                direct = None
        if direct and direct[0].person and head.pos_ == "NOUN":
            # "the Commission president": a title word the people pass tied to someone of
            # another side; the qualifier names the side
            quals = [self._party_at(ch) for ch in head.children
                     if ch.dep_ in ("compound", "amod", "nmod") and ch.i < head.i]
            quals = [q for q in quals if q]
            if quals and quals[0] != direct[0].party:
                direct = [_Actor(quals[0])]
        mine = _child(head, "poss")
        if mine is not None and mine.lower_ in ("his", "her") and lemma in GROUP_NOUNS | FORCE_NOUNS \
                and head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ccomp":
            # "X announced that his group will adhere to the truce": the speaker's side
            spoken = self._speaker(head.head)
            if spoken and len({a.party for a in spoken}) == 1 and spoken[0].party:
                return [_Actor(spoken[0].party)]
        owner = _child(head, "poss") if lemma == "office" and head.pos_ in ("NOUN", "PROPN") else None
        if owner is not None and owner.lower_ in SIDE_NOUNS:
            owner = None  # "the Prime Minister's Office": which prime minister is not told
        if direct:
            actors.extend(direct)
        elif owner is not None:
            # "Zelensky's office said", "the Kremlin's office": the holder's side
            a = self._direct_actor(owner)
            if a and a[0].party:
                actors.append(_Actor(a[0].party))
        elif lemma in SIDE_NOUNS or lemma in INTEREST_NOUNS or (
                lemma in ORGAN_NOUNS and _child(head, "poss") is not None):  # "the BMA's doctors committee"
            for ch in head.children:
                if ch.dep_ in ("amod", "compound", "poss", "nmod") and ch.i < head.i:
                    for t in [ch, *[c for c in ch.conjuncts]]:
                        a = self._direct_actor(t)
                        if not a and t.lower_ == "european" and t.dep_ == "amod" and head.tag_ == "NNS" \
                                and "European Union" in self.main_parties:
                            a = [_Actor("European Union")]  # "European leaders have called on X to ..."
                        if a:
                            actors.extend(x for x in a if x.party not in {y.party for y in actors})
                if ch.dep_ == "prep" and ch.lower_ in ("of", "from", "for"):
                    p = _child(ch, "pobj")
                    # "leaders from A, B and C" (joint mediators table one proposal: the first named)
                    more = list(p.conjuncts) if p is not None and lemma not in MEDIATION_NOUNS else []
                    for t in [p, *more] if p is not None else []:
                        a = self._direct_actor(t)
                        if a:
                            actors.extend(x for x in a if x.party not in {y.party for y in actors})
            # "the Commission president": a qualifier naming another body rules out memory
            qualified = any(ch.dep_ in ("compound", "amod", "nmod") and ch.text[:1].isupper()
                            and ch.i < head.i for ch in head.children)
            if not actors and not qualified:
                remembered = self._just_told_side(lemma) or self.memory_lemma.get(lemma)
                if remembered and any(c.lower_ == "the" for c in head.children):
                    actors.extend(remembered)
                elif lemma in VISITOR_NOUNS and self.last_side_party and any(c.lower_ == "the" for c in head.children):
                    actors.append(_Actor(self.last_side_party))
                elif head.tag_ == "NN" and any(c.lower_ == "the" for c in head.children):
                    titled = self._last_titled(lemma, head.idx)
                    if titled is not None:  # "the minister": the last person so titled
                        actors.append(titled)
                    elif lemma in ("country", "nation") and not any(
                            c.dep_ in ("compound", "amod", "nmod", "prep", "relcl", "acl") for c in head.children):
                        # "X's ministry said the country remains committed": the country named
                        # last; but "the US hasn't answered the nation's overtures": not the
                        # subject of its own clause
                        clause = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
                        csubj = _child(clause, "nsubj", "nsubjpass") if clause is not None else None
                        own = {m.target for m in self.ctx.party_mentions if csubj is not None and csubj != head
                               and csubj.left_edge.idx <= m.start <= csubj.right_edge.idx}
                        last = max((m for m in self.ctx.party_mentions if m.start < head.idx
                                    and m.target not in own and self.ctx.party_kind(m.target) == "country"),
                                   key=lambda m: m.start, default=None)
                        if last is not None:
                            actors.append(_Actor(last.target))
            elif actors and len({a.party for a in actors}) == 1 and actors[0].party:
                self.last_side_party = actors[0].party
        elif lemma in GROUP_NOUNS and any(c.lower_ == "the" for c in head.children):
            # "the group", "the militant group": the organisation named last before it
            told = self._just_told_side(lemma)  # "The X Party said ... The party is calling for ..."
            org = told[0].party if told else self._last_organisation(head.idx)
            if org:
                actors.append(_Actor(org))
        elif (low in ("we", "our", "us") or low == "i" and head.dep_ == "nsubj" and not self._in_i_speech(head)) \
                and head.pos_ == "PRON" and self._speaker(head):
            # first person inside reported speech: the speaker's side
            actors.extend(self._speaker(head) or [])
        elif low in PRONOUN_PARTY and head.pos_ == "PRON":
            earlier = self._earlier_subject_party(head) if low in ("it", "its") else (
                self._earlier_plural_party(head) if low in ("they", "their") else None)
            if earlier:
                actors.append(earlier)
            elif self.last_party_actor and low in ("it", "its"):
                if len(self.last_party_actor) == 1:
                    actors.extend(self.last_party_actor)
            elif self.last_party_actor and low in ("they", "their") and (
                    len(self.last_party_actor) > 1 or self.last_plural):
                actors.extend(self.last_party_actor)  # "U.S. officials said ... They said they would"
        if remember and actors and lemma in SIDE_NOUNS and len({a.party for a in actors}) == 1:
            self.memory_lemma[lemma] = [_Actor(actors[0].party)]
        # conjoined subjects: "Kyiv and Moscow", "Lutnick and Bessent"
        for c in head.conjuncts:  # "Britain, France and Germany": the later ones hang on each other
            if c.i > head.i:
                a = self._direct_actor(c) or self._resolve_np(c)
                if a:
                    for x in a:
                        if x.party not in {y.party for y in actors} or x.person:
                            actors.append(x)
        if not actors and head.dep_ in ("nsubj", "nsubjpass"):
            code = self._coded_organisation(head)
            code = next((a.party for a in _hyphen_code_side(self, head)), code) if code else code  # "MWU-BFT"
            if code:
                actors.append(_Actor(code))
        actors = _named_body_actors(self, head, actors)  # unions, employers, firms the party list lacks
        if not actors:
            actors = _party_named_firm(self, head)  # "Canada Post is offering ..."
        if not actors and lemma == "government":
            actors = _sole_country_government(self, head)  # "the Federal Government" where one country is named
        if not actors and head.ent_type_ in ("GPE", "PRODUCT") and head.dep_ == "nsubj":
            actors = _unlisted_place_side(self, head)  # "Somaliland offered Y ..." (a land the list lacks)
        if not actors and head.pos_ == "NOUN" and head.tag_ == "NN" and any(c.lower_ == "the" for c in head.children):
            actors = self._just_told_side(lemma) or []  # "The JIP side has ... The party is calling for ..."
        return actors or None

    def _just_told_side(self, lemma: str) -> list[_Actor] | None:
        """The side the last sentence was about, when its name ends in `lemma`: after
        'The Japan Innovation Party has ...', 'the party' is that party, not another one named
        since (as an object, say)."""
        last = self.last_party_actor
        if len(last) == 1 and last[0].party and not last[0].person \
                and last[0].party.lower().rsplit(" ", 1)[-1] == lemma:
            return last
        return None

    def _coded_organisation(self, head: "Token") -> str | None:
        """A side the party list does not know, named by a short code as the subject:
        'M23 demanded ...', 'the E3 have offered ...', 'the M23 rebels sought ...'. Only
        upper-case codes with a digit or of three letters or more (not a person's name)."""
        tok = head
        if head.pos_ == "NOUN" and head.lemma_.lower() in CODED_GROUP_NOUNS:
            tok = next((c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i), None)
            if tok is None:
                return None
            code = next((c for c in head.doc[head.left_edge.i:head.i] if c.pos_ == "PROPN"
                         and 0 < c.i < len(c.doc) - 1 and c.doc[c.i - 1].text == "(" and c.doc[c.i + 1].text == ")"
                         and re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", c.text) and any(ch.isdigit() for ch in c.text)),
                        None)
            if code is not None and code.text not in NEWS_AGENCIES:
                return code.text  # "the March 9 Front (M9) rebel group": the code its name is given
        if tok.pos_ != "PROPN" or tok.ent_type_ in ("PERSON", "WORK_OF_ART") \
                or not re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", tok.text) or tok.text in ("I", "AI", "TV"):
            return None
        if not (any(ch.isdigit() for ch in tok.text) or len(tok.text) >= 3) or tok.text in NEWS_AGENCIES:
            return None
        doc = tok.doc
        near = [doc[k] for k in (tok.i - 1, tok.i + 1) if tok.sent.start <= k < tok.sent.end]
        if any(t.text in ("(", ")", "[", "]") or t.is_upper and t.is_alpha and len(t) > 1 for t in near):
            return None  # "(CNN) —", "THE HEAT is on": a dateline or a shouted lede, no side
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) or tok.dep_ == "compound" \
                and tok.head != head:
            return None  # part of a longer name
        try:
            if self.ctx.person_at(tok.idx, tok.idx + len(tok.text)) is not None:
                return None
        except Exception:  # pragma: no cover
            return None
        return tok.text

    def _last_titled(self, word: str, before: int) -> _Actor | None:
        """The person named last before `before` whose title contains `word`."""
        best = None
        for m in self.ctx.person_mentions:
            if m.start >= before or (best is not None and m.start <= best.start):
                continue
            person = self.ctx.person(m.target)
            title = (person.title or "").lower() if person is not None else ""
            if m.how == "name" and person is not None:  # "Trade Minister X": the words before
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    k = span.start  # back to the clause's start, another name or "and" ("A's envoy X and Y")
                    while k > max(span.start - 8, span.sent.start) and self.doc[k - 1].lower_ not in ("and", ",", ";") \
                            and self.doc[k - 1].ent_type_ != "PERSON":
                        k -= 1
                    title += " " + " ".join(t.lower_ for t in self.doc[k:span.start])
            if re.search(r"\b" + re.escape(word) + r"\b", title):
                best = m
        if best is None:
            return None
        person = self.ctx.person(best.target)
        party = person.country or self.ctx.country_of(person) or self._guess_country(person)
        return _Actor(party, person.name)

    def _last_organisation(self, before: int) -> str | None:
        last = None
        for m in self.ctx.party_mentions:
            if m.start < before and (last is None or m.start > last.start):
                if self.ctx.party_kind(m.target) == "organisation":
                    last = m
        return last.target if last else None

    def _earlier_subject_party(self, pron: "Token") -> _Actor | None:
        """'Britain is seeking ..., and it wants ...': the last single-party subject
        before the pronoun in the same sentence."""
        for t in reversed(list(pron.sent[: pron.i - pron.sent.start])):
            main = t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT") \
                or (pron.head.dep_ == "conj" and t.head == pron.head.head)  # "X is fine with A, but it wants B"
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON" and main:
                a = self._direct_actor(t)
                if a and len(a) == 1 and a[0].party and not a[0].person:
                    return a[0]
        return None

    def _earlier_plural_party(self, pron: "Token") -> _Actor | None:
        """'The Americans want a compromise, and they offer X': a people named in the plural as
        a subject before 'they' in the same sentence."""
        for t in reversed(list(pron.sent[: pron.i - pron.sent.start])):
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNPS":
                a = self._direct_actor(t)
                if a and len(a) == 1 and a[0].party and not a[0].person:
                    return a[0]
        return None

    def _owner_in(self, np: "Token | None", modifiers_only: bool = False) -> list[_Actor] | None:
        """A party owning a noun phrase: 'China's restrictions', 'US export curbs'."""
        if np is None:
            return None
        for ch in np.children:
            if ch.dep_ in ("poss", "compound", "amod", "nmod") and ch.i < np.i:
                a = self._direct_actor(ch)
                if a:
                    return a
        return None

    def _document_owner(self, noun: "Token") -> list[_Actor] | None:
        own = self._owner_in(noun)
        if own:
            return own
        lemma = noun.lemma_.lower()
        before = [p for off, lem, p in self.owned_docs if lem == lemma and off < noun.idx]
        if not before and any(c.lower_ == "the" for c in noun.children):
            # "X put forward a proposal ... The plan calls for ...": the last one put forward
            before = [p for off, lem, p in self.owned_docs if off < noun.idx
                      and lem in CONCESSION_NOUNS | {"plan", "draft", "framework"}]
        return [_Actor(before[-1])] if before else _received_document_owner(self, noun)

    # ----------------------------------------------------------------- content
    def _antecedent(self, tok: "Token") -> "Token | None":
        if tok.lower_ in ("which", "that", "what") and tok.tag_ in ("WDT", "WP", "DT"):
            clause = tok.head
            if clause.dep_ == "relcl":
                ante = self._proposition_of(clause) or clause.head
                # "the proposal drafted by envoy X, which Y approved": 'which' is the thing
                # drafted, not its drafter
                if ante.pos_ == "PROPN" and tok.lower_ == "which" and ante.dep_ == "pobj" \
                        and ante.head.dep_ == "agent" and ante.head.head.dep_ == "acl" \
                        and ante.head.head.head.pos_ == "NOUN":
                    ante = ante.head.head.head
                return ante
            return None
        return tok

    def _proposition_of(self, relcl: "Token") -> "Token | None":
        """'X pledged to curb arms flows into Y, which Y had long demanded': after a comma,
        a 'which' hung on a place or party stands for the whole clause before it (the
        curbing), not for the place; that clause's verb, else None."""
        noun = relcl.head
        before = relcl.doc[relcl.left_edge.i - 1] if relcl.left_edge.i > relcl.sent.start else None
        if before is None or before.text != "," or not (self._direct_actor(noun) or noun.ent_type_ in (
                "GPE", "LOC", "NORP")):
            return None
        t = noun
        for _ in range(4):
            if t.head == t:
                return None
            t = t.head
            if t.pos_ == "VERB" and t.dep_ in ("xcomp", "ccomp", "conj") and t.tag_ in ("VB", "VBG"):
                return t
        return None

    def _content_tokens(self, head: "Token", exclude_subject_of: "Token | None" = None,
                        keep_subject: bool = False) -> list["Token"]:
        drop: set[int] = set()
        listed = _listed(head)
        for alt in (_either_alternatives(head) if listed else []):
            drop.update(t.i for t in alt.subtree)
            drop.update(c.i for c in alt.head.children if c.dep_ == "cc" and c.i < alt.i)
        for ch in head.children:
            if listed and (ch.dep_ in ("conj", "cc", "preconj") or ch.dep_ == "punct" and ch.i > head.i):
                drop.update(t.i for t in ch.subtree)
                continue
            if ch.dep_ == "conj" and _rather_than(head, ch) or ch.dep_ == "cc" and ch.lower_ == "than":
                drop.update(t.i for t in ch.subtree)  # "buy grain rather than impose quotas"
                continue
            if ch.dep_ == "conj" and _is_verbal(ch) and _is_verbal(head) and _has_own_object(head) \
                    and not _purpose_conj(head, ch) and not _rider(head, ch):
                drop.update(t.i for t in ch.subtree)
            elif ch.dep_ == "cc" and _is_verbal(head) and _has_own_object(head) and any(
                    c.dep_ == "conj" and _is_verbal(c) and not _rider(head, c) for c in head.children):
                drop.add(ch.i)
            elif ch.dep_ in ("advcl",) and _mark(ch) in TEMPORAL_MARKS:
                drop.update(t.i for t in ch.subtree)
            elif (ch.dep_ == "prep" and ch.lower_ in ("after", "before", "during", "amid", "following")
                  and ch.i > head.i and _is_verbal(head)):
                drop.update(t.i for t in ch.subtree)
            elif ch.dep_ in ("relcl",) and any(g.lower_ in ("which", "who") for g in ch.children) and ch.i > head.i + 6:
                drop.update(t.i for t in ch.subtree)
            elif ch.dep_ in ("nsubj", "nsubjpass") and not keep_subject and head.pos_ in ("VERB", "AUX"):
                if exclude_subject_of is head or head.dep_ in ("xcomp", "conj", "advcl") or ch.pos_ == "PRON":
                    drop.update(t.i for t in ch.subtree)
            elif ch.dep_ in ("aux",) and ch.lower_ in MODALS_FUTURE | MODALS_OBLIGATION | {"to"}:
                drop.add(ch.i)
            elif ch.dep_ == "mark" and ch.lower_ in ("that", "for"):
                drop.add(ch.i)
            elif ch.dep_ == "prep" and ch.i < head.i and ch.lower_ in ("under", "according") and _is_verbal(head):
                drop.update(t.i for t in ch.subtree)  # "Under the proposal, X would ...": framing
            elif ch.dep_ == "punct" and ch.i < head.i and ch.text in (",", "—", "-"):
                drop.add(ch.i)
        return _mend_possessive(_cut_rather_than(_trim([t for t in head.subtree if t.i not in drop])))

    def _counterpart_in(self, head: "Token", kind: str) -> str | None:
        """A party addressed in the content ('to the U.S.', 'from the United States')."""
        preps = ("to", "with", "for") if kind == CONCESSION else ("from", "on", "with")
        for t in head.subtree:
            if t.dep_ == "prep" and t.lower_ in preps:
                p = _child(t, "pobj")
                if p is not None:
                    a = self._direct_actor(p)
                    if a and a[0].party:
                        return a[0].party
        for t in [head, *head.ancestors][:4]:
            for c in t.children:
                if c.dep_ in ("dative", "iobj") or (c.dep_ == "prep" and c.lower_ in preps):
                    p = c if c.dep_ in ("dative", "iobj") else _child(c, "pobj")
                    a = self._direct_actor(p) if p is not None else None
                    if a and a[0].party:
                        return a[0].party
        return None

    # ----------------------------------------------------------------- output
    def _drop_nested(self, items: list[_Item]) -> list[_Item]:
        """A trigger inside another position's content is part of it ('urged them to
        abandon the push for ...'), unless it names its own, different actor ('... farm
        products, which the U.S. side had demanded')."""
        keep = []
        for it in items:
            nested_in = [o for o in items if o is not it and it.trigger in o.content
                         and o.trigger not in it.content]
            if nested_in:
                outer_parties = {a.party for o in nested_in for a in o.actors}
                own = {a.party for a in it.actors}
                if not it.explicit_actor or own <= outer_parties:
                    continue
            keep.append(it)
        return keep

    def _to_positions(self, it: _Item) -> list[Position]:
        text = _render(it.content)
        if not text:
            return []
        evidence = self._evidence(it)
        out = []
        seen: set[str | None] = set()
        actors = it.actors
        if it.kind == CONCESSION and len({a.party for a in actors}) > 1 \
                and any(t.lemma_.lower() in TARIFF_WORDS for t in it.content):
            # "X and Y agreed to cut tariffs on X's goods entering Y": Y cuts; X gives nothing here
            goods = {self._party_at(t) for t in it.content if t.dep_ in ("amod", "compound", "poss")
                     and t.head.lemma_.lower() in GOODS_NOUNS}
            kept = [a for a in actors if a.party not in goods]
            if kept and len(kept) < len(actors):
                actors = kept
        if E3_MEMBERS <= {a.party for a in actors} and "E3" in self.main_parties:
            # "Britain, France and Germany called on Y to ...": the E3, where the article names it so
            actors = [_Actor("E3")] + [a for a in actors if a.party not in E3_MEMBERS]
        for actor in actors:
            # a named person whose country is unknown still voices the position (by=None)
            key = actor.party or actor.person
            if not key or key in seen:
                continue
            seen.add(key)
            party = actor.party
            if party is None and actor.person and it.counterpart and len(it.actors) == 1 \
                    and it.counterpart in self.main_parties[:2] and len(self.main_parties) >= 2:
                # "Trump has conveyed demands to Tehran": a person the article gives no country,
                # pressing one of the two main sides, speaks for the other
                party = next(p for p in self.main_parties[:2] if p != it.counterpart)
                inferred = True
            else:
                inferred = False
            counterpart = it.counterpart if it.counterpart != party else None
            if counterpart is None and party:
                counterpart = next((p for p in self.main_parties if p != party), None)
            out.append(Position(by=party, by_person=actor.person, counterpart=counterpart,
                                text=text, topics=_topics(self.ctx, text), evidence=evidence))
            if inferred:
                self._inferred_party.add(id(out[-1]))  # told apart from the side's own tellings
        return out

    def _evidence(self, it: _Item) -> Evidence:
        """The trigger's sentence, kept inside its paragraph (the parser sometimes runs a
        sentence over a headline or a subheading line)."""
        sent = it.sent if it.sent is not None else it.trigger.sent
        start, end = sent.start_char, sent.end_char
        at = it.trigger.idx
        line_start = self.text.rfind("\n", start, at) + 1
        line_end = self.text.find("\n", at, end)
        start = max(start, line_start)
        if line_end >= 0:
            end = line_end
        return make_evidence(self.text, start, end)


# ---------------------------------------------------------------------------------------
# Parse helpers


def _turned_down(trig: "Token") -> bool:
    """What the rules turn down on purpose, for `_Finder._unread_positions` too: a side's own people
    urged ("urged its citizens / the public / participants to ..."), informational offers ("few
    clues"), a bare placeholder ("some things", "three requirements"), time asked for itself
    ("requested extra time"), a purpose with no content ("urged Y in a bid to ..."), a joint effort
    ("continued efforts by both sides")."""
    objs = [c for c in trig.children if c.dep_ in ("dobj", "dative", "iobj")]
    for o in objs:
        lemma = o.lemma_.lower()
        if lemma in OWN_PEOPLE | {"participant", "everyone", "everybody"} and not any(
                c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in o.children):
            return True
        if lemma in NON_GIFTS or lemma == "time" and any(c.lower_ in ("more", "additional", "extra", "further")
                                                         for c in o.children):
            return True
        if lemma in LIST_HEADS | {"requirement"} and not any(c.dep_ in ("prep", "acl", "relcl", "compound")
                                                              for c in o.children):
            return True
    low = " ".join(t.lower_ for t in trig.subtree)
    return "both sides" in low or "each other" in low


def _only_a_place(ctx: "ArticleContext", m) -> bool:
    """A mention of a party by its capital that only tells where: the dateline's city, or a
    city after "in"/"at" ("met ... in Wellington"); the country's own name always counts."""
    if m.text == m.target or m.text.upper() == m.target.upper() or ctx.party_kind(m.target) != "country":
        return False
    if m.text.isupper():
        sent = ctx.sentence_at(m.start)
        if m.start < sent.start_char + dateline_end(sent.text):
            return True
    if not ctx.text[max(0, m.start - 4):m.start].lower().endswith(("in ", "at ")):
        return False
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ in ("GPE", "LOC", "FAC") \
        and span.root.tag_ == "NNP"  # (not "strike at Ugandan boats": a people's adjective)


def _hung_on_subject(verb: "Token") -> bool:
    """A sentence's finite verb that the parser hung on its subject noun as a modifier: 'X
    offered ...' read as 'X (who was) offered', the subject left as the sentence's root."""
    return verb.dep_ == "acl" and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and (any(
        c.dep_ == "appos" and c.i < verb.i for c in verb.head.children) or verb.head.pos_ == "PROPN" and any(
        c.dep_ == "xcomp" for c in verb.children)) and not any(  # ("X, who met Y, offered to ...")
        c.dep_ in ("auxpass", "agent") for c in verb.children)) and verb.head.dep_ == "ROOT" \
        and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i


def _child(tok: "Token | None", *deps: str) -> "Token | None":
    if tok is None:
        return None
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _mark(tok: "Token") -> str:
    for c in tok.children:
        if c.dep_ in ("mark", "advmod") and c.i < tok.i \
                and not (c.lower_ in ("only", "even", "just") and c.dep_ == "advmod"):
            return c.lower_  # "only if Y pays": the mark is 'if'
    return ""


# Verbs of a joint process ("both sides agreed to intensify efforts"): what the two sides
# agree to keep doing together is not something one of them gives the other.
PROCESS_VERBS = frozenset({"intensify", "continue", "work", "strengthen", "bolster", "deepen",
                           "enhance", "promote", "consider", "maintain", "pursue", "explore",
                           "cooperate", "come", "step", "accelerate", "keep", "advance", "build",
                           "push", "seek", "strive", "make", "stay", "remain", "engage",
                           "expedite", "speed", "facilitate", "foster", "develop", "focus", "concentrate"})


# "ready to work with X to find solutions": readiness to keep a process going gives nothing.
READY_PROCESS_VERBS = PROCESS_VERBS - {"make", "consider", "come", "step", "keep", "build"}


def _content_head(it: "_Item") -> "Token | None":
    heads = [t for t in it.content if t.head not in it.content or t.head == t]
    return heads[0] if heads else (it.content[0] if it.content else None)


AVERT_VERBS = frozenset({"avert", "avoid", "prevent", "forestall", "stave", "escape", "dodge"})


def _hostile(it: "_Item") -> bool:
    """A 'concession' whose content is a penalty ('plans to raise tariffs on X')."""
    if it.kind != CONCESSION or _held_back(it):
        return False
    h = _content_head(it)
    if h is not None and h.pos_ == "NOUN" and h.lemma_.lower() in HOSTILE_NOUNS:
        return True
    if h is not None and h.pos_ == "NOUN" and (h.lemma_.lower() in TARIFF_WORDS | {"tax", "sanction"}
                                               or h.lower_ in ("taxes", "tariffs", "duties", "sanctions")) \
            and any(c.dep_ == "amod" and c.lower_ in PUNITIVE_ADJECTIVES for c in h.children) \
            and not any(t.lower_ in RELIEF_WORDS for t in it.content):
        return True  # "pledged retaliatory levies on X's goods"
    inside = set(it.content)
    # "will buy jets to avert the threatened levy": the penalty is what the gift wards off
    averted = {t.i for v in it.content if _is_verbal(v) and v.lemma_.lower() in AVERT_VERBS
               for t in v.subtree}
    for h in it.content:  # the content's top verbs ("X's plan to raise ...": raise)
        if not _is_verbal(h) or (h.head in inside and h.head != h and _is_verbal(h.head)) or h.i in averted:
            continue
        lemma = h.lemma_.lower()
        obj = _child(h, "dobj")
        if lemma in HOSTILE_VERBS or lemma in RAISE_VERBS and obj is not None and obj.lemma_.lower() in (
                "tariff", "duty", "levy", "tax", "rate", "sanction"):
            return True
        if obj is not None and obj.lemma_.lower() in PROBE_NOUNS and lemma in ("open", "launch", "start", "begin",
                                                                                "expand", "extend", "initiate"):
            return True  # "will open an investigation into X's firms"
        if obj is not None and obj.lemma_.lower() in HOSTILE_NOUNS and lemma in (
                "resume", "pursue", "file", "launch", "bring", "restart", "reopen", "escalate", "take"):
            return True  # "will immediately resume our WTO dispute": a threat, no gift
        if obj is not None and obj.lemma_.lower() in MEASURE_NOUNS - {"barrier", "quota"} and lemma in KEEP_VERBS \
                and not any(c.lower_ in ("exemption", "pause", "suspension", "relief") for c in obj.subtree):
            return True  # "will extend its safeguard measures": keeping a barrier
    return False


def _predicate_follows(obj: "Token", verb: "Token") -> bool:
    """'considers armed groups an existential threat': a second noun phrase right after the
    object (the parser may hang it elsewhere) makes the verb one of regarding."""
    end = max(t.i for t in obj.subtree)
    if end + 1 >= len(obj.doc):
        return False
    nxt = obj.doc[end + 1]
    return nxt.lower_ in ("a", "an") and nxt.head not in set(verb.subtree)


def _generic_aim(h: "Token") -> bool:
    """'to facilitate peace', 'to reach a deal', 'to avoid a trade war': an outcome, not a
    term pressed on anyone."""
    if not _is_verbal(h) or h.lemma_.lower() not in AIM_VERBS | {"avoid", "prevent", "avert"}:
        return False
    obj = _child(h, "dobj")
    if h.lemma_.lower() in ("avoid", "prevent", "avert"):
        return obj is not None and obj.lemma_.lower() in ("war", "conflict", "escalation", "confrontation",
                                                           "fight", "clash", "crisis", "recession")
    return obj is not None and obj.lemma_.lower() in GENERIC_OUTCOMES and not any(
        c.dep_ not in ("det", "punct", "amod") and not (c.dep_ == "prep" and c.lower_ in ("between", "with", "in"))
        for c in obj.children)


def _deal_slot(verb: "Token") -> bool:
    """'... be included in the (final) agreement', '... be part of the deal'."""
    def document(prep: "Token | None") -> bool:
        p = _child(prep, "pobj") if prep is not None else None
        return p is not None and p.lemma_.lower() in DOCUMENT_NOUNS
    lemma = verb.lemma_.lower()
    if lemma == "include" and any(c.dep_ == "auxpass" for c in verb.children):
        return document(next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"), None))
    if lemma == "be":
        part = next((c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() == "part"), None)
        if part is not None:
            return document(next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None))
    return False


def _demanded(tok: "Token") -> bool:
    """Inside what a demand verb asks for ('demanded that X be ready to ...')."""
    t = tok
    for _ in range(3):
        if t.head == t or _contrast_clause(t):  # "demands Y do A, while X would do B": B is X's own part
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in DEMAND_VERBS and t.lemma_.lower() not in REPORTING:
            return True
    return False


def _either_alternatives(h: "Token") -> list["Token"]:
    """'either A of X or B': the parser often hangs B on the last noun of A."""
    if not any(c.dep_ == "preconj" and c.lower_ == "either" for c in h.children) or list(h.conjuncts):
        return []
    return [t for t in h.subtree if t.dep_ == "conj" and t.pos_ == "NOUN"
            and any(c.dep_ == "cc" and c.lower_ == "or" for c in t.head.children)]


def _np_conjuncts(h: "Token") -> list["Token"]:
    """'negotiations on the details and a say in the future': noun phrases joined by
    and/or that each have their own determiner or prepositional object are separate
    positions; 'exemption from or reduction of tariffs' shares its object and is one."""
    if h.pos_ != "NOUN":
        return []
    parts = [h, *[c for c in h.conjuncts if c.i > h.i and c.pos_ == "NOUN"]]
    if len(parts) < 2 or len(parts) > 4:
        return []

    def own(p: "Token") -> bool:
        return any(c.dep_ in ("det", "poss") and c.i < p.i for c in p.children) or any(
            c.dep_ == "prep" and _child(c, "pobj", "pcomp") is not None for c in p.children)
    return parts if all(own(p) for p in parts) else []


def _listed(h: "Token") -> bool:
    """An item of 'either A or B', of 'options such as A, B and C' or of 'the A of X and
    the B of Y'."""
    if any(c.dep_ == "preconj" and c.lower_ == "either" for c in h.children):
        return True
    if _np_conjuncts(h) or _modified_noun_series(h):
        return True
    prep = h.head
    return h.dep_ in ("pobj", "pcomp") and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in LIST_HEADS \
        and (prep.lower_ in ("including", "like") or prep.lower_ == "as" and any(m.lower_ == "such" for m in prep.children))


def _list_items(h: "Token") -> list["Token"]:
    """'options such as A, B and C' -> [A, B, C]; 'either A or B' -> [A, B]; else [head]."""
    if h.pos_ == "NOUN" and _listed(h):
        return [h, *[d for d in h.conjuncts if d.i > h.i], *_either_alternatives(h)]
    if h.pos_ != "NOUN" or h.lemma_.lower() not in LIST_HEADS:
        return [h]
    for c in h.children:
        if c.dep_ == "prep" and (c.lower_ in ("including", "like") or c.lower_ == "as" and any(
                m.lower_ == "such" for m in c.children)):
            p = _child(c, "pobj", "pcomp")
            if p is None:
                return [h]
            items = [p, *[d for d in p.conjuncts if d.i > p.i]]
            return items if len(items) >= 2 else [h]
    return [h]


CONDITION_WORDS = frozenset({"unless", "if", "should", "until", "lest", "or", "otherwise"})


def _where_locus(verb: "Token") -> list["Token"]:
    """'..., especially on steel, where we seek to cut tariffs': the phrase 'where' points
    back to (a relative clause's noun, or the prepositional phrase just before the clause)."""
    where = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "where" and c.i < verb.i), None)
    if where is None or verb.head == verb:
        return []
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        np = verb.head
        prep = np.head if np.dep_ == "pobj" else None
        toks = [t for t in np.subtree if t not in set(verb.subtree) and t.i < where.i]
        return ([prep] if prep is not None else []) + _trim(toks)
    if verb.dep_ != "advcl":
        return []
    preps = [c for c in verb.head.children if c.dep_ == "prep" and c.i < where.i]
    if not preps or not _child(preps[-1], "pobj"):
        return []
    return _trim([t for t in preps[-1].subtree if t.pos_ != "ADV" or t.head != preps[-1]])


def _mutual_call(toks: list["Token"]) -> bool:
    """Content asked of both sides alike ('continued efforts by both sides')."""
    low = [t.lower_ for t in toks]
    return any(p in ("by", "from", "of") and a == "both" and b in ("sides", "parties", "countries")
               and not (p == "by" and t.head.tag_ == "VBN" and t.head.lemma_.lower() in SETTLED_VERBS)
               for t, p, a, b in zip(toks, low, low[1:], low[2:]))


def _joint_process_verb(h: "Token") -> bool:
    """'to deepen cooperation with Y': something built together, asked of nobody."""
    obj = _child(h, "dobj")
    return h.lemma_.lower() in TIE_VERBS | PROCESS_VERBS and (obj is None or obj.lemma_.lower() in JOINT_OBJECTS)


def _background(verb: "Token") -> bool:
    """'after X declared a pause in its levies', 'although X lifted its fee': a past step
    told as the backdrop of the news, not a position taken in the talks."""
    return verb.dep_ == "advcl" and _mark(verb) in ("after", "since", "although", "though", "because", "as")


def _anaphoric_only(h: "Token") -> bool:
    """'to fix it fast', 'to settle this soon': the verb's object is a pronoun and nothing
    else in the phrase names a matter ('step by step' names none)."""
    obj = _child(h, "dobj")
    if not _is_verbal(h) or obj is None or obj.pos_ != "PRON" or obj.lower_ not in ("it", "this", "that", "them"):
        return False
    nouns = [t for t in h.subtree if t.pos_ in ("NOUN", "PROPN")]
    idiom = {t.i for t in nouns if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.lower_ == t.lower_}
    idiom |= {t.head.head.i for t in nouns if t.i in idiom}
    return all(t.i in idiom for t in nouns)


def _object_antecedent(h: "Token", verb: "Token") -> list["Token"] | None:
    """'X criticized Y's remark and demanded that she withdraw it': the object pronoun of the
    demanded step stands for the object of the verb the demanding verb is coordinated with
    (the remark); its phrase, else None."""
    obj = _child(h, "dobj")
    if obj is None or obj.pos_ != "PRON" or obj.lower_ not in ("it", "them") or verb.dep_ != "conj" \
            or not _is_verbal(h):
        return None
    prev = _child(verb.head, "dobj")
    if prev is None or prev.pos_ != "NOUN" or prev.i > verb.i \
            or (prev.tag_ == "NNS") != (obj.lower_ == "them"):
        return None
    return _trim([t for t in prev.subtree if t.dep_ not in ("relcl", "acl") or t == prev][:12]) or None


def _as_well_as_parts(toks: list["Token"]) -> list[list["Token"]]:
    """'A as well as B' -> [A, B] (the parser hangs B anywhere); else [toks]."""
    words = [t.lower_ for t in toks]
    for k in range(1, len(toks) - 3):
        if words[k:k + 3] == ["as", "well", "as"]:
            first, second = _trim(toks[:k]), _trim(toks[k + 3:])
            if first and second:
                return [first, second]
    if len(toks) > 3 and words[-2:] == ["as", "well"] and toks[-1].i + 2 < toks[-1].sent.end \
            and toks[-1].doc[toks[-1].i + 1].lower_ == "as":
        # "opening its ports as well | as a pledge to buy X": the second term hung elsewhere
        doc, start = toks[-1].doc, toks[-1].i + 2
        np = doc[start]
        while np.dep_ in ("det", "amod", "compound", "nummod", "poss") and np.head.i > np.i:
            np = np.head
        second = _trim([t for t in np.subtree if t.i >= start])
        if np.pos_ == "NOUN" and second:
            return [_trim(toks[:-2]), second]
    return [toks]


def _self_help(h: "Token") -> bool:
    """'to support its economy', 'to protect their farmers': a side looking after its own."""
    obj = _child(h, "dobj")
    return _is_verbal(h) and h.lemma_.lower() in ("support", "protect", "defend", "help", "strengthen", "boost",
                                                 "shore", "stabilize", "stabilise", "shield", "safeguard") \
        and obj is not None and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in obj.children)


def _threat_with_condition(toks: list["Token"], verb: "Token") -> list["Token"]:
    """'threatened to impose X unless Y' is a demand for Y: keep the condition in the
    content (the parser often hangs it elsewhere); a threat with no condition is none."""
    if any(t.lower_ in ("unless", "until", "lest", "otherwise") or t.lower_ == "if" and t.dep_ == "mark"
           for t in toks):
        return toks
    sent = verb.sent
    k = toks[-1].i + 1
    while k < sent.end and sent.doc[k].is_punct:
        k += 1
    if k >= sent.end or sent.doc[k].lower_ not in CONDITION_WORDS:
        return []
    rest = [t for t in sent.doc[k:sent.end] if not t.is_space]
    return _trim(toks + rest)


def _unless_conjuncts(toks: list["Token"]) -> tuple[list[list["Token"]], "Token | None"] | None:
    """'threatened sanctions unless Y frees the crew and reopens the port': each coordinated
    condition is a demand of its own on Y (one per verb, as for any coordinated content).
    Returns the condition parts and the condition's subject, or None for a single condition."""
    mark = next((t for t in toks if t.lower_ == "unless" and t.dep_ == "mark"), None)
    if mark is None:
        return None
    cond = mark.head
    conjs = [c for c in cond.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
             and _child(c, "nsubj", "nsubjpass") is None]
    if not conjs:
        return None
    subj = _child(cond, "nsubj", "nsubjpass")
    skip = {t.i for c in conjs for t in c.subtree} | {mark.i} | {
        c.i for c in cond.children if c.dep_ in ("cc", "punct") and c.i > cond.i} | (
        {t.i for t in subj.subtree} if subj is not None else set())
    parts = [_trim([t for t in cond.subtree if t.i not in skip])] + [_trim(list(c.subtree)) for c in conjs]
    if not all(_has_content(p) for p in parts):
        return None
    return parts, subj


# What a step can be told to be part of ("as part of the trade talks").
BARGAIN_NOUNS = frozenset({"deal", "negotiation", "negotiations", "talk", "talks", "agreement", "package",
                           "bargain", "accord"})


def _part_of_talks(verb: "Token") -> bool:
    """'X has ordered 30 jets from a Y maker as part of the trade talks': a step told as part
    of the bargaining is given in it, whatever the tense (a purchase 'ordered' included)."""
    for prep in verb.children:
        part = _child(prep, "pobj") if prep.dep_ == "prep" and prep.lower_ == "as" else None
        if part is None or part.lower_ != "part":
            continue
        of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = _child(of, "pobj") if of is not None else None
        if noun is not None and noun.lemma_.lower() in BARGAIN_NOUNS \
                and not any(c.lower_ in ("any", "a", "an") for c in noun.children):
            return True  # not "as part of any deal": a hypothetical one
    return False


FORCE_NOUNS = frozenset({"troop", "soldier", "force", "army", "unit", "police", "officer", "ship", "warship"})


def _purchase_order(verb: "Token") -> bool:
    """'ordered 30 aircraft ... as part of the deal' is a purchase; 'ordered its troops to
    the border' is a command. A counted object and no instruction clause tell the purchase."""
    obj = _child(verb, "dobj")
    return obj is not None and _child(verb, "xcomp", "ccomp") is None and obj.lemma_.lower() not in FORCE_NOUNS \
        and any(c.dep_ == "nummod" or c.tag_ == "$" for c in obj.subtree) and _part_of_talks(verb)


# Where an instruction was given: "asked Y during a call to ..." (not "in a bid to ...").
SETTING_NOUNS = frozenset({"call", "conversation", "meeting", "letter", "talk", "talks", "speech",
                           "statement", "summit", "visit", "interview", "message", "session",
                           "phone", "telephone", "dinner", "lunch", "address"})


def _infinitive_in_setting(verb: "Token", obj: "Token") -> "Token | None":
    """'X asked Y during a phone call on Monday to lift the tariff': the parser hangs the
    instruction on the setting noun as its clause; it is what Y was asked to do."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < obj.i or prep.lower_ not in ("during", "in", "at", "on", "over"):
            continue
        pobj = _child(prep, "pobj")
        if pobj is None or pobj.lemma_.lower() not in SETTING_NOUNS:
            continue
        acl = next((c for c in pobj.children if c.dep_ in ("acl", "relcl") and c.i > pobj.i
                    and _infinitival(c)), None)
        if acl is not None:
            return acl
    return None


def _fronted_subject(noun: "Token") -> "Token | None":
    """'At the request of X, Y has revised its plan': the parser may hang the subject Y on
    the fronted phrase as one more conjunct of X. Y is the last conjunct, set off by a comma
    and followed directly by the verb (only auxiliaries and adverbs between)."""
    prep = _child(noun, "prep")
    pobj = _child(prep, "pobj") if prep is not None and prep.lower_ in ("of", "from") else None
    if pobj is None or noun.head.lower_ != "at":
        return None
    clause = noun.head.head
    if not _is_verbal(clause) or _child(clause, "nsubj", "nsubjpass") is not None or noun.head.i > clause.i:
        return None
    last = next((c for c in reversed(list(pobj.subtree)) if c.dep_ == "conj"), None)
    if last is None or last.i < 2 or last.doc[last.i - 1].text != "," or last.i > clause.i:
        return None
    between = last.doc[last.right_edge.i + 1:clause.i]
    if any(t.dep_ not in ("aux", "auxpass", "advmod", "neg") for t in between):
        return None
    return last


def _talks_on_step(verb: "Token") -> bool:
    """'opened talks on reopening the border': talks about one concrete step are that
    step under way, unlike 'held talks' or 'opened talks on trade'."""
    obj = _child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in ("negotiation", "talk", "talks", "dialogue"):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("on", "over", "about") and _is_verbal(_child(c, "pcomp") or c)
               for c in obj.children)


def _talks_on_terms(noun: "Token") -> bool:
    """'negotiations on the details of the plan': talks about a named matter are pressed
    for, unlike 'a meeting next week'."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ("negotiation", "talk", "talks", "dialogue"):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("on", "over", "about") and _child(c, "pobj") is not None
               for c in noun.children)


def _colon_tail(verb: "Token") -> list["Token"]:
    """'to discuss three points: A, B and C': the items a colon spells out after the
    phrase ('' when the phrase is not followed by a colon)."""
    doc, sent = verb.doc, verb.sent
    if verb.lemma_.lower() not in ("discuss", "negotiate", "talk"):
        return []
    colon = next((t.i for t in doc[verb.i:sent.end] if t.text == ":"), None)
    inside = {t.i for t in verb.subtree}
    if colon is None or colon + 1 >= sent.end or any(k not in inside for k in range(verb.i, colon)):
        return []
    tail = list(doc[colon:sent.end])
    while tail and (tail[-1].is_punct or tail[-1].is_space):
        tail = tail[:-1]
    return tail[:MAX_TOKENS]


def _with_tail(toks: list["Token"], tail: list["Token"]) -> list["Token"]:
    return sorted(set(toks) | set(tail), key=lambda t: t.i) if tail else toks


def _discussing_terms(verb: "Token") -> bool:
    """'open to discussing territory': talking about a disputed term is a concession, unlike
    'ready to discuss the details' or 'to hold talks'."""
    if _colon_tail(verb):
        return True  # "willing to discuss three points: A, B and C"
    obj = _child(verb, "dobj")
    return verb.lemma_.lower() in ("discuss", "negotiate") and obj is not None and obj.pos_ == "NOUN" \
        and obj.lemma_.lower() not in MEETING_NOUNS | VAGUE_TOPICS


# Objects of 'discuss' that name no term ("discuss the details").
VAGUE_TOPICS = frozenset({"issue", "matter", "detail", "question", "topic", "thing", "way", "option",
                          "situation", "relation", "relationship", "cooperation", "possibility",
                          "prospect", "development", "progress"})


def _ready_process(verb: "Token") -> bool:
    """'ready to work with X', 'willing to continue dialogue': a process, not a gift; but
    'committed to working to curb X' names what is given in its purpose clause."""
    if verb.lemma_.lower() not in READY_PROCESS_VERBS:
        return False
    joint = any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") or c.lower_ == "together"
                for c in verb.children)
    purpose = any(c.dep_ in ("advcl", "xcomp") and _infinitival(c) for c in verb.children)
    return joint or not purpose


def _contentment(toks: list["Token"]) -> bool:
    """'Y must be happy with the outcome', 'Y must also be satisfied': a mood hoped for on
    the other side, no term pressed on it."""
    heads = [t for t in toks if t.head not in toks or t.head == t]
    if len(heads) != 1:
        return False
    h = heads[0]
    if h.lemma_.lower() == "be":
        h = _child(h, "acomp") or h
    return h.lemma_.lower() in ("satisfied", "satisfy", "happy", "pleased", "please", "content", "comfortable")


def _joint_process(it: "_Item") -> bool:
    if it.kind != CONCESSION or len({a.party for a in it.actors}) < 2 or not it.content:
        return False
    heads = [t for t in it.content if t.head not in it.content or t.head == t]
    first = heads[0] if heads else it.content[0]
    obj = _child(first, "dobj")
    if _is_verbal(first) and obj is not None and obj.lemma_.lower() in JOINT_OBJECTS:
        return True  # "both sides agreed to boost cooperation"
    if _is_verbal(first) and obj is not None and any(c.lower_ == "respective" for c in obj.children):
        return True  # "the two delegations will exchange their respective texts": each does the same
    if first.pos_ == "NOUN" and first.lemma_.lower() in ("condition", "term", "modality", "parameter", "detail",
                                                         "principle", "framework", "agenda") \
            and not any(c.dep_ in ("prep", "acl", "relcl") for c in first.children):
        return True  # "both sides agreed on truce terms": which ones is not told
    if first.lemma_.lower() in ("begin", "start") and _child(first, "xcomp") is not None \
            and _child(first, "xcomp").lemma_.lower() in PROCESS_VERBS:
        return True  # "the two agreed to start exploring ...": a process launched together
    if first.pos_ == "NOUN" and first.lemma_.lower() in ("timeline", "timetable", "schedule", "calendar",
                                                         "procedure", "modality", "sequence"):
        return True  # "both sides agreed on timelines for their feedback": the steps of the process
    if _is_verbal(first) and obj is not None and obj.lemma_.lower() in ("item", "point", "minute", "agenda") \
            and first.lemma_.lower() in ("approve", "adopt", "endorse", "sign", "finalize", "finalise"):
        return True  # "the two agreed to approve four agenda items": the meeting's own business
    if _is_verbal(first) and first.lemma_.lower() in ("end", "stop", "halt", "cease") and obj is not None \
            and obj.lemma_.lower() in ("war", "conflict", "fighting", "hostility", "violence", "clash", "bloodshed"):
        return True  # "both sides committed to ending border conflicts": what every side says it wants
    if first.pos_ == "NOUN" and first.lemma_.lower() in ("text", "draft", "wording") \
            and it.trigger.lemma_.lower() in ("agree", "approve", "finalize", "finalise"):
        return True  # "the two sides agreed on the draft text of an accord": settled together
    if first.pos_ == "NOUN" and first.lemma_.lower() in ("importance", "significance", "value"):
        return True  # "both sides agreed on the importance of swift progress": a shared view
    if _is_verbal(first) and first.lemma_.lower() in AIM_VERBS | {"conclude", "finalize", "finalise"} \
            and obj is not None and obj.lemma_.lower() in GENERIC_OUTCOMES and not any(
                c.dep_ in ("prep", "acl", "relcl") for c in obj.children):
        return True  # "the two sides agreed to reach a mutually beneficial trade deal": the aim both share
    if any(t.lower_ in SHARED_PRINCIPLE_WORDS for t in it.content):
        return True  # "both sides reaffirmed their commitment to the peaceful settlement of disputes"
    return first.lemma_.lower() in PROCESS_VERBS or first.pos_ == "NOUN" and first.lemma_.lower() in (
        "agreement", "consensus", "effort", "cooperation", "dialogue", "communication")


# Words of principles every side professes ("peaceful settlement", "the UN Charter"): a joint
# pledge to them gives the other side nothing.
SHARED_PRINCIPLE_WORDS = frozenset({"peaceful", "peacefully", "charter", "non-proliferation", "good-neighbourly",
                                    "good-neighborly"})


# "pledged to collaborate with Y": working alongside the other side, no term given.
PARTNERING_VERBS = frozenset({"collaborate", "cooperate", "work", "partner", "engage", "coordinate"})


def _bare_partnership(it: "_Item") -> bool:
    """'X pledged to collaborate with Y', 'X vowed to work closely with Y': a promise of
    working together that names no matter is no concession; 'collaborate to secure chip
    supplies' or 'work with Y on border controls' names what is given and stays."""
    if it.kind != CONCESSION:
        return False
    h = _content_head(it)
    if h is None or not _is_verbal(h) or h.lemma_.lower() not in PARTNERING_VERBS:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "with" or c.lower_ in ("together", "closely") for c in h.children):
        return False
    return not any(c.dep_ in ("dobj", "xcomp", "advcl", "ccomp") or c.dep_ == "prep" and c.lower_ in (
        "on", "in", "against", "over", "toward", "towards", "for") for c in h.children)


def _bare_possessed(it: "_Item") -> bool:
    """'pressed for its approval', 'sought whose return': a possessive word and one noun
    is all the content there is; what is pressed or given is told elsewhere, and the
    bare pair names no matter, so it is no position of its own."""
    words = [t for t in it.content if not t.is_punct]
    if len(words) == 2 and words[0].tag_ in ("PRP$", "WP$") and words[1].pos_ == "NOUN":
        return True
    # 'agreed on six points', 'offered some things': a bare
    # placeholder noun, with at most a determiner or a number, names nothing either
    rest = [t for t in words if t.dep_ not in ("det", "nummod")]
    if len(rest) == 2 and rest[0].lemma_.lower() in FULFIL_VERBS and rest[1].pos_ == "NOUN" \
            and rest[1].head == rest[0] and rest[1].lemma_.lower() in PLACEHOLDER_NOUNS | LISTED_TERMS:
        return True  # "to meet three requirements": which ones is told elsewhere
    return len(rest) == 1 and rest[0].pos_ == "NOUN" and rest[0].lemma_.lower() in PLACEHOLDER_NOUNS


# nouns that stand for positions without telling them
PLACEHOLDER_NOUNS = frozenset({"thing", "point"})
# "meet / fulfil N requirements": a verb of meeting terms and a noun for terms, nothing told
FULFIL_VERBS = frozenset({"meet", "fulfil", "fulfill", "satisfy", "accept", "heed", "respect", "address"})
LISTED_TERMS = frozenset({"requirement", "condition", "demand", "request", "term", "ask", "precondition"})


def _purpose_conj(head: "Token", conj: "Token") -> bool:
    """'join forces to deepen X, reduce Y and drive Z': bare verbs after a purpose
    infinitive continue that infinitive's list, even when the parser hangs them on the
    main verb."""
    if _infinitival(conj) and any(c.dep_ == "aux" and c.lower_ == "to" for c in conj.children):
        return False
    return any(c.dep_ in ("advcl", "xcomp") and c.i < conj.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in head.children)


LIST_DEMAND_NOUNS = frozenset({"call", "demand", "request"})


def _keeps_giving(verb: "Token") -> bool:
    """'keep buying X', 'continue to import X': the giving verb under a verb of going on;
    'make investments / purchases in X': a giving verb told with a light verb."""
    if verb.lemma_.lower() == "make" and verb.pos_ == "VERB":
        obj = _child(verb, "dobj")
        return obj is not None and obj.lemma_.lower() in ("investment", "purchase")
    if verb.lemma_.lower() in ("adjust", "change", "set", "bring") and verb.pos_ == "VERB":
        return _lowered_rate(verb)
    if verb.lemma_.lower() in ("move", "shift", "send") and verb.pos_ == "VERB":
        obj = _child(verb, "dobj")  # "will move much of its production to Y": relocating it
        if obj is not None and obj.lemma_.lower() in ("lot", "much", "part", "some", "share"):
            obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"), obj)
        return obj is not None and obj.lemma_.lower() in ("production", "manufacturing", "factory", "plant") \
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    if verb.lemma_.lower() not in CONTINUING_VERBS:
        return False
    x = _child(verb, "xcomp")
    return x is not None and x.lemma_.lower() in GIVING_VERBS and x.tag_ in ("VBG", "VB")


def _lowered_rate(verb: "Token") -> bool:
    """'adjust its duties on X from 5 percent to 2 percent': a tariff set lower is a cut."""
    obj = _child(verb, "dobj")
    if obj is None or (obj.lemma_.lower() not in TARIFF_WORDS | {"tax"} and obj.lower_ != "taxes"):
        return False
    frm = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if frm is None:
        return False
    to = next((c for c in [*verb.children, *frm.children, *[d for p in frm.children for d in p.children]]
               if c.dep_ == "prep" and c.lower_ == "to" and c.i > frm.i), None)
    if to is None:
        return False
    inside_to = {t.i for t in to.subtree}

    def number(prep: "Token", skip: set[int]) -> float | None:
        for t in prep.subtree:
            if t.i not in skip and t.i > prep.i and (t.like_num or t.lower_ == "zero"):
                try:
                    return 0.0 if t.lower_ == "zero" else float(t.text.replace(",", ""))
                except ValueError:
                    return None
        return None

    x, y = number(frm, inside_to), number(to, set())
    return x is not None and y is not None and y < x


def _modified_noun_series(h: "Token") -> list["Token"]:
    """[A, B, C] for 'A, B, and C' where every part is a noun with a modifier of its own
    (an adjective, a compound, a prepositional phrase or an infinitive: 'the right to retire'),
    three or more parts; else []."""
    if h.pos_ != "NOUN":
        return []
    first = min([h, *h.conjuncts], key=lambda t: t.i)
    if first.dep_ == "pobj" and first.head.lower_ in ("including", "like", "as"):
        return []  # "agreed on six points, including A, B and C": the examples of a noun, told elsewhere
    parts = sorted({h, *h.conjuncts}, key=lambda t: t.i)
    if len(parts) < 3 or not all(p.pos_ == "NOUN" and any(
            m.dep_ in ("amod", "compound", "prep", "acl", "nummod") for m in p.children) for p in parts):
        return []
    return parts


def _noun_list(h: "Token", trigger: "Token") -> list["Token"]:
    """[A, B, C] for 'calls for A, B and C' (three or more modified nouns; two after a
    plural trigger: 'demands for A and B' are two demands), else []. The parser often
    hangs B and C on the trigger noun instead of on A."""
    if h.pos_ != "NOUN":
        return []
    parts = [h, *[c for c in h.conjuncts if c.i > h.i and c.pos_ == "NOUN"]]
    for c in trigger.children:
        if c.dep_ == "conj" and c.i > h.i and c.pos_ == "NOUN":
            parts.extend([c, *[d for d in c.conjuncts if d.i > c.i and d.pos_ == "NOUN"]])
    parts = sorted(set(parts), key=lambda t: t.i)
    if len(parts) < (2 if trigger.tag_ == "NNS" else 3) or not all(
            any(m.dep_ in ("amod", "compound", "prep") for m in p.children)
                                 for p in parts):
        return []
    return parts


def _in_conj_of(t: "Token", part: "Token") -> bool:
    """True for tokens of `part`'s subtree that belong to a later conjunct or its 'and'."""
    for c in part.children:
        if c.dep_ in ("conj", "cc") or (c.dep_ == "punct" and c.i > part.i and c.text == ","):
            if t == c or t in c.subtree:
                return True
    return False


def _has_own_object(verb: "Token") -> bool:
    """False for 'stop and eliminate X', where the verbs share the object after the last."""
    if verb.pos_ not in ("VERB", "AUX"):
        return True
    return any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "attr", "acomp", "dative", "prt")
               for c in verb.children if c.i > verb.i)


def _participle_premodifier(verb: "Token") -> bool:
    """'... is seeking A and proposed levies': a past form coordinated with a progressive
    verb, with no subject or auxiliary of its own, is an adjective the parser took for a
    verb."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.pos_ in ("ADP", "PART") and nxt.head == verb:
        return False  # "... are yielding results and called on Y to ...": a verb with its particle
    return verb.head.tag_ == "VBG"


def _companion_split(it: "_Item") -> list["_Item"]:
    """'that aid be increased, along with permission to bring in goods': a demand that adds a
    second thing with 'along with' / 'alongside' / 'together with' presses for both; one
    demand each (the added noun phrase on its own)."""
    if it.kind != DEMAND:
        return [it]
    inside = {t.i for t in it.content}
    for t in it.content:
        low = t.lower_
        if t.dep_ != "prep" or low not in ("along", "alongside", "together"):
            continue
        link = _child(t, "prep") if low in ("along", "together") else t
        if link is None or link.lower_ != "with" and low != "alongside":
            continue
        added = _child(link, "pobj")
        if added is None or added.pos_ != "NOUN" or added.i not in inside:
            continue
        phrase = {x.i for x in t.subtree}
        first = _trim([x for x in it.content if x.i not in phrase])
        second = _trim([x for x in added.subtree if x.i in inside])
        if not _has_content(first) or not _has_content(second):
            return [it]
        return [_Item(it.kind, it.trigger, it.actors, first, it.counterpart, it.explicit_actor, it.sent),
                _Item(it.kind, it.trigger, it.actors, second, it.counterpart, it.explicit_actor, it.sent)]
    return [it]


def _that_clause_series(verb: "Token", first: "Token") -> list[list["Token"]]:
    """'insisted that A be kept, that B be dropped, and that C follow': a demand verb with a
    series of that-clauses, each opened by 'that' after a comma or 'and'. The parser often
    hangs the later clauses inside the earlier ones, so the series is cut on the surface:
    each clause runs from its 'that' to the next one. Empty unless there are two or more."""
    if _mark(first) != "that":
        return []
    doc, sent = verb.doc, verb.sent
    marks = [next(c for c in first.children if c.dep_ == "mark")]
    for t in doc[marks[0].i + 1:sent.end]:
        if t.lower_ == "that" and t.dep_ == "mark" and doc[t.i - 1].lower_ in (",", "and", ";"):
            marks.append(t)
    if len(marks) < 2:
        return []
    last_end = max(x.i for x in marks[-1].head.subtree) + 1
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].i if k + 1 < len(marks) else last_end
        toks = [t for t in doc[m.i + 1:end]]
        while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
            toks.pop()
        out.append(toks)
    return out


def _relative_object(h: "Token", verb: "Token") -> list["Token"] | None:
    """'the plans, which X is urging Y to sign': Y is pressed to sign the plans. The
    relative pronoun is the object of the pressed verb; put its antecedent in its place
    (skipping the relative clause itself). When the clause hangs on the last noun of a
    'for ...' phrase ('proposals for ending the row, which ...'), the proposals are meant."""
    rel = _child(h, "dobj")
    if rel is None:  # or hung on the trigger itself, before it
        rel = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if rel is None or rel.lower_ not in ("which", "that"):
        return None
    ante = verb.head
    up = ante
    for _ in range(4):  # climb "for ending the row" to the noun it modifies
        if up.dep_ in ("dobj", "pobj", "pcomp") and up.head.dep_ in ("pcomp", "prep"):
            up = up.head
        elif up.dep_ == "prep" and up.head.pos_ == "NOUN":
            if up.head.lemma_.lower() in DOCUMENT_NOUNS | PROPOSAL_NOUNS:
                ante = up.head
            break
        else:
            break
    if ante.pos_ not in ("NOUN", "PROPN"):
        return None
    skip = {t.i for t in verb.subtree}
    before = [t for t in h.subtree if t.i not in {x.i for x in rel.subtree} and t.i <= h.i
              and not (t.dep_ == "aux" and t.lower_ == "to")]
    return _trim(before + [t for t in ante.subtree if t.i not in skip])


def _opinion_noun_clause(verb: "Token") -> bool:
    """'expressed the hope that Y will lift the ban': a that-clause on an opinion noun."""
    return verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN" \
        and verb.head.lemma_.lower() in OPINION_NOUNS \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _proposed_thing(noun: "Token") -> bool:
    """'accepted the ministry's proposed ten per cent pay rise': whatever noun follows, a
    thing marked as put forward by someone ("proposed", "offered") is a proposal taken up."""
    return any(c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in PASSIVE_OFFERS
               for c in noun.children)


def _only_accepts(verb: "Token") -> bool:
    """'X will only accept an accord that ...': the one thing a side will take is its
    condition."""
    if verb.lemma_.lower() != "accept":
        return False
    if any(c.dep_ == "dobj" and _floor_word(c) for c in verb.children):
        return True  # "will accept nothing less than Y": a floor (see _nothing_less_items)
    return any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < verb.i for c in verb.children)


def _fronted_passive_participle(verb: "Token") -> bool:
    """'Asked about the tariffs, the minister said ...', 'Pressed for a date, X declined': a
    bare past participle opening the sentence has the main subject as its patient, so the
    subject is the one asked or offered, never the one asking."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i > verb.head.i:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children)


def _nothing_to_give(verb: "Token") -> bool:
    """'little to offer', 'nothing to propose': an infinitive after a quantifier of
    absence names what a side lacks."""
    if verb.i < 2 or verb.doc[verb.i - 1].lower_ != "to":
        return False
    return verb.doc[verb.i - 2].lower_ in ("little", "nothing", "less", "none")


def _obliged(verb: "Token") -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in verb.children)


def doc_gap_ok(first: "Token", later: "Token") -> bool:
    """The later clause follows the first one's phrase after only a comma or 'and'."""
    end = max(t.i for t in first.subtree)
    between = [t for t in first.doc[end + 1:later.left_edge.i]]
    return all(t.text in (",", ";") or t.lower_ == "and" for t in between)


def _in_pending_clause(tok: "Token") -> bool:
    """Inside 'once/until X agrees ...' (present tense): a condition still to be met; also
    'before it will agree to ...'."""
    t = tok
    for _ in range(4):
        if t.dep_ == "advcl" and _mark(t) in PENDING_MARKS and t.tag_ in ("VBZ", "VBP", "VB"):
            return True
        if t.dep_ == "advcl" and _mark(t) == "before" and any(
                a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll") for a in t.children):
            return True
        if t.head == t:
            return False
        t = t.head
    return False


def _negated(tok: "Token") -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    # "neither X nor Y offered ...": a subject under 'neither' denies the act
    subj = _child(tok, "nsubj")
    if subj is not None and any(c.lower_ == "neither" and c.i < subj.i for c in subj.children):
        return True
    # "failed to agree", "refused to offer", "declined to ..."
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("fail", "refuse", "decline", "reject"):
        return True
    # "without offering details"
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True
    # "denied that it had offered ..."
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ("deny", "refute", "dispute"):
        return True
    return False


def _negated_np(noun: "Token") -> bool:
    """'no offer', 'did not make an offer', 'in the absence of / for lack of commitments'."""
    return any(c.dep_ == "neg" or c.lower_ in ("no",) for c in noun.children) or (
        noun.head != noun and any(c.dep_ == "neg" for c in noun.head.children)
        and noun.dep_ in ("dobj", "attr")) or (
        noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ("absence", "lack"))


def _deferring(noun: "Token") -> bool:
    """'in line with requests from X', 'in response to X's demand', 'at X's request',
    'responding to a call from X'."""
    prep = noun.head
    if prep.lower_ == "at" and noun.lemma_.lower() == "request":
        return True
    if prep.lower_ == "to" and prep.head.lemma_.lower() == "respond" and prep.head.pos_ == "VERB":
        return True
    return prep.lower_ in ("with", "to") and prep.head.lower_ in ("line", "accordance", "response",
                                                                  "keeping", "compliance")


def _has_particle(tok: "Token", particles: set[str]) -> bool:
    """"rolled back", "held out": the particle, also when the parser calls it an adverb right after the verb."""
    return any((c.dep_ == "prt" or c.dep_ == "advmod" and c.i == tok.i + 1) and c.lower_ in particles
               for c in tok.children)


def _in_conditional(tok: "Token") -> bool:
    """Inside an 'if/unless ...' clause (a condition, not a position)."""
    t = tok
    for _ in range(6):
        if t.dep_ == "advcl" and _mark(t) in CONDITIONAL_MARKS:
            return True
        if t.head == t:
            return False
        t = t.head
    return False


def _infinitival(tok: "Token") -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or tok.tag_ == "VB"


def _backed_down(verb: "Token") -> bool:
    """'backed down on / stepped back from its demand'."""
    return verb.lemma_.lower() in ("back", "step", "climb") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "back") for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in ("on", "from") and _child(c, "pobj") is not None
        and _child(c, "pobj").lemma_.lower() in DROPPABLE for c in verb.children)


# "the agreement gives / provides / includes ...": the terms a settled labour deal hands over
SETTLED_GIVING_VERBS = frozenset({"give", "provide", "include", "guarantee", "offer", "grant"})
SETTLED_DEAL_NOUNS = frozenset({"agreement", "deal", "contract", "settlement", "accord"})


def _settled_terms_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """"The tentative agreement gives workers a 12 percent raise over four years": in a dispute
    between one union and one firm (or employers' body) the article names as sides, what the
    deal hands the workers is the employer's concession."""
    subj = _child(verb, "nsubj")
    obj = _child(verb, "dobj")
    clause = _child(verb, "ccomp")
    if obj is None and clause is not None and clause.lower_ in ("raise", "increase", "rise", "hike", "boost", "cut") \
            and clause.doc[clause.left_edge.i].lower_ in ("a", "an", "the"):
        obj = clause  # "gives workers a 12 percent raise": the parser read the noun "raise" as a verb
    if subj is None or obj is None or subj.lemma_.lower() not in SETTLED_DEAL_NOUNS or _negated(verb) \
            or _in_conditional(verb) or obj.lemma_.lower() in GENERIC_OUTCOMES:
        return []
    sides = {p.name for p in finder.ctx.parties}
    bodies = {n: u for _, n, u in _body_table(finder) if n in sides}
    unions = [n for n, u in bodies.items() if u]
    firms = [n for n, u in bodies.items() if not u]
    if len(firms) != 1 or len(unions) != 1:
        return []
    toks = _trim(list(obj.subtree))
    if not _has_content(toks):
        return []
    return [_Item(CONCESSION, verb, [_Actor(firms[0])], toks, unions[0], True)]


def _rejoined_passive(items: list[_Item]) -> list[_Item]:
    """"is demanding that army commanders linked to the old regime be removed": the parser may
    read "linked" as the clause's verb and "be removed" as a second clause with no subject, and
    the rule then gives two halves of one demand. A subjectless passive half that starts right
    where the other half of the same trigger ends is rejoined to it."""
    out: list[_Item] = []
    for it in items:
        prev = out[-1] if out else None
        first = it.content[0] if it.content else None
        if prev is not None and first is not None and prev.trigger is it.trigger and prev.kind == it.kind \
                and prev.content and first.dep_ == "auxpass" and first.i == prev.content[-1].i + 1 \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.head.children):
            prev.content = prev.content + it.content
            continue
        out.append(it)
    return out


def _tabled_giving_plan(noun: "Token") -> bool:
    """'X presented / put forward / unveiled a plan to share Y': a plan handed to the other
    side whose step is a giving one (not 'a plan to boost its economy')."""
    gov = noun.head
    if noun.dep_ != "dobj" or gov.lemma_.lower() not in HANDING_VERBS | {"put", "unveil", "float", "outline"} \
            or gov.lemma_.lower() == "put" and not any(c.lower_ == "forward" for c in gov.children):
        return False
    terms = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    subj = _child(gov, "nsubj")
    if terms is not None and gov.lemma_.lower() in HANDING_VERBS | {"put"} \
            and not (subj is not None and any(c.dep_ == "conj" for c in subj.children)) and any(
            c.dep_ in ("pobj", "pcomp") and c.pos_ in ("NOUN", "VERB", "NUM", "SYM") for c in terms.children):
        return True  # "put forward / submitted a plan for lower duties": one side's terms laid on the table
    step = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and _infinitival(c)), None)
    return step is not None and (step.lemma_.lower() in GIVING_VERBS | {"share"} or _keeps_giving(step)) \
        and not _self_help(step) and step.lemma_.lower() not in ("boost", "increase", "expand", "raise")


def _wanted_done(tok: "Token") -> bool:
    """'wants U.S. tariff pressure eased': a thing and a bare participle right after 'want'
    (the parser may tag the participle as a past tense)."""
    subj = _child(tok, "nsubj", "nsubjpass")
    return tok.tag_ in ("VBD", "VBN") and subj is not None and subj.pos_ in ("NOUN", "PROPN") \
        and not _mark(tok) and not any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children) \
        and subj.left_edge.i == tok.head.i + 1 and tok.head.i < tok.i


def _directive_clause(tok: "Token", strict: bool = False) -> bool:
    """A that-clause that states what must happen: subjunctive, modal or infinitive
    ('demanded that tariffs be abolished', 'insisted that Japan should ...'). `strict`:
    'insisted that X would mean Y' asserts, so only should/must/shall count."""
    modals = [c.lower_ for c in tok.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if strict and modals:  # "insist Iran cannot enrich" forbids; "insisted X would mean Y" asserts
        negated = any(c.dep_ == "neg" for c in tok.children)
        return any(m in ("should", "must", "shall") or m in ("can", "ca", "cannot") and negated for m in modals)
    if _infinitival(tok) and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP")
                                     for c in tok.children):
        return True
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass"):
            if c.lower_ in (("should", "must", "shall") if strict else ("should", "must", "would", "will", "shall")):
                return True
            if c.tag_ == "VB" and c.lower_ == "be":
                return True
    return False


def _bare_subjunctive(tok: "Token", mandative: bool = False) -> bool:
    """'demands (that) Brussels roll back ...': a plain verb after a singular noun subject
    (no -s, no auxiliary) is a subjunctive, i.e. what must happen; after 'propose/insist/
    suggest that' any plain verb is ('proposed that both sides cut ...'). 'wants the
    tariffs removed': a participle with its own subject."""
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    subj = _child(tok, "nsubj")
    if subj is None or subj.lower_ in ("i", "you"):
        return False
    if tok.tag_ == "VBN" and subj.pos_ in ("NOUN", "PROPN"):
        return True
    if tok.tag_ != "VBP":
        return False
    if mandative and tok.pos_ == "VERB" and tok.lemma_.lower() not in ("be", "have", "need", "want") \
            and subj.pos_ != "PRON":
        return True
    return subj.tag_ in ("NNP", "NN") or subj.lower_ in ("he", "she")  # "demanded that she withdraw it"


def _is_verbal(tok: "Token") -> bool:
    """A verb, or a word the tagger took for a noun but that governs a to-infinitive
    ('... and pledge never to join')."""
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        return True
    return tok.dep_ == "conj" and any(c.dep_ == "xcomp" and _infinitival(c) for c in tok.children)


def _split_coordination(head: "Token", trigger: "Token") -> list["Token"]:
    """One content head per coordinated verb: 'increase X and reexamine Y' -> two."""
    heads = [head]
    if _is_verbal(head):
        stack = [head]
        while stack:
            h = stack.pop()
            for c in h.children:
                if c.dep_ == "conj" and c.lemma_.lower() in ("face", "risk", "suffer", "incur") and any(
                        x.dep_ == "cc" and x.lower_ == "or" for x in h.children):
                    continue  # "accept the truce or face more sanctions": the threat, not a step asked
                if c.dep_ == "conj" and _is_verbal(c) and not _child(c, "nsubj") and not _purpose_conj(h, c) \
                        and not _rather_than(h, c) \
                        and not (h.tag_ == "VB" and c.tag_ in ("VBD", "VBZ")) and not _rider(h, c):
                    heads.append(c)
                    stack.append(c)
        # the parser sometimes attaches the next infinitive to the trigger itself
        if _infinitival(head):
            for c in trigger.children:
                if c.dep_ == "conj" and c.tag_ == "VB" and not _child(c, "nsubj") and c.i > head.i \
                        and not _purpose_conj(head, c):
                    heads.append(c)
                    for cc in c.children:
                        if cc.dep_ == "conj" and cc.tag_ == "VB" and not _child(cc, "nsubj"):
                            heads.append(cc)
    return sorted(set(heads), key=lambda t: t.i)


def _impersonal_agreement(verb: "Token") -> bool:
    """'It was agreed to ...' / 'it was agreed that ...': agreed between the sides, whoever
    reports it (each main side gives it, and joint processes are filtered as for 'both')."""
    return verb.lemma_.lower() == "agree" and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children) \
        and any(c.dep_ == "auxpass" for c in verb.children)


def _misattached_conj(verb: "Token") -> bool:
    """'X accused Y of breaking a pact that covers A and threatened to B': a past verb with
    no subject of its own coordinated with a present-tense relative clause is the sentence
    root's second verb (same tense as the root), not a second verb of the relative clause."""
    if verb.dep_ != "conj" or verb.head.dep_ != "relcl" or verb.tag_ != "VBD":
        return False
    if verb.head.tag_ not in ("VBZ", "VBP") or _child(verb, "nsubj", "nsubjpass") is not None:
        return False
    root = verb.sent.root
    return root.tag_ == "VBD" and root.i < verb.head.i and _child(root, "nsubj") is not None


def _gerund_conjuncts(noun: "Token") -> list["Token"]:
    """'halting enrichment and dismantling parts of X': the nouns coordinated with `noun`
    that open with a gerund the parser took for an adjective, i.e. a second action."""
    if noun.pos_ != "NOUN":
        return []
    return [c for c in noun.conjuncts if c.i > noun.i and c.pos_ == "NOUN" and c.left_edge.tag_ == "VBG"
            and c.left_edge.dep_ == "amod" and c.left_edge.head == c]


def _rider(head: "Token", conj: "Token") -> bool:
    """'halt the raids and resume talks': talks tacked onto a term ride with it
    (one position), they are no term of their own."""
    return _is_meeting_content(conj) and not _is_meeting_content(head) and not _child(conj, "nsubj")


def _is_meeting_content(tok: "Token") -> bool:
    if _engages_proposal(tok):
        return False  # "agreed to discuss the approaches proposed by Y": taking up Y's terms
    lemma = tok.lemma_.lower()
    obj = _child(tok, "dobj")
    if lemma in ("form", "set", "create", "establish", "launch", "assemble") and obj is not None \
            and obj.lemma_.lower() in ("team", "committee", "taskforce", "panel", "delegation", "group"):
        return True  # "form a negotiation team": organising one's own side
    if lemma in ("have", "let", "get") and any(
            c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in MEETING_VERBS - {"get", "see", "continue"}
            for c in tok.children):
        return True  # "to have X meet Y"
    if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in MEETING_NOUNS for c in tok.children):
        return True  # "the conference was cancelled at X's request"
    obj = _child(tok, "dobj")
    if _is_verbal(tok) and obj is not None and obj.lemma_.lower() in MEETING_NOUNS:
        return True  # "advance the talks", "hold a summit"
    if _is_verbal(tok) and obj is not None and obj.lemma_.lower() == "agenda" and lemma in (
            "broaden", "widen", "expand", "narrow", "limit", "set", "change", "extend"):
        return True  # "sought to broaden the agenda": the scope of the talks, no term
    if _is_verbal(tok) and lemma in MEETING_VERBS:
        if lemma in ("get", "see", "continue", "resume") and obj is not None \
                and obj.lemma_.lower() not in MEETING_NOUNS:
            return False
        return True
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False  # "the call for a truce"
    return tok.pos_ in ("NOUN",) and lemma in MEETING_NOUNS


def _owned(noun: "Token") -> bool:
    return any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i
               and (c.pos_ in ("PROPN", "PRON") or c.text[:1].isupper()) for c in noun.children)


_WEAK = frozenset({"it", "that", "this", "so", "do", "them", "those", "these", "something",
                   "anything", "what", "which", "one"})


def _has_content(toks: list["Token"]) -> bool:
    if len(toks) >= 2 and toks[0].lemma_.lower() == "do" and toks[1].lower_ in ("so", "it", "that", "this"):
        return False  # "urged them to do so": the content is elsewhere
    if len(toks) == 2 and toks[0].lower_ in ("such", "these", "those", "this", "that") and toks[1].pos_ == "NOUN":
        return False  # "the need for such changes": the content is elsewhere
    words = [t for t in toks if t.is_alpha or t.like_num]
    strong = [t for t in words if not t.is_stop and t.lower_ not in _WEAK
              and (t.pos_ in ("NOUN", "PROPN", "NUM", "VERB", "ADJ")
                   or t.pos_ == "ADV" and t.lower_.endswith("ly") and t.head.pos_ == "VERB")]
    return len(strong) >= 1 and not all(t.pos_ == "VERB" and t.lemma_ in ("do", "be") for t in strong)


def _rather_than(head: "Token", conj: "Token") -> bool:
    """'make deals rather than punish it': the conjunct after 'rather than' is what the
    side does not want, no second position."""
    return any(c.dep_ == "cc" and c.lower_ == "than" and c.i < conj.i and (
        any(r.lower_ == "rather" for r in c.children) or c.doc[c.i - 1].lower_ == "rather") for c in head.children)


def _cut_rather_than(toks: list["Token"]) -> list["Token"]:
    """'to buy more grain rather than impose quotas': what is set aside after 'rather than'
    is no part of the position (nor one of its own)."""
    for k in range(1, len(toks) - 1):
        if toks[k].lower_ == "rather" and toks[k + 1].lower_ == "than" and toks[k + 1].i == toks[k].i + 1:
            return _trim(toks[:k])
    return toks


def _trim(toks: list["Token"]) -> list["Token"]:
    while toks and (toks[0].is_punct or toks[0].lower_ in ("to", "that", "and", "or", "but", "for",
                                                           "'s", "\u2018s", "\u2019s")
                    or toks[0].dep_ in ("cc", "mark")):
        toks = toks[1:]
    while toks and (toks[-1].is_punct and toks[-1].text not in (")", "%") or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    return toks[:MAX_TOKENS]


def _mend_possessive(toks: list["Token"]) -> list["Token"]:
    """'removal of the U.S.’ additional tariffs on cars': the parser reads a bare
    apostrophe after 'U.S.' as a quote and hangs the possessed noun phrase elsewhere; the
    phrase goes back after its possessor."""
    if not toks:
        return toks
    last = toks[-1]
    k = last.i + 1
    if k + 1 >= last.sent.end or last.pos_ != "PROPN" or not last.text.endswith(("s", "S", ".")):
        return toks
    mark = last.doc[k]
    if mark.text not in ("’", "'") or mark.tag_ == "POS" or mark.head == last:
        return toks
    head = last.doc[k + 1]
    while head.pos_ not in ("NOUN", "PROPN") and head.head != head and k < head.head.i < last.sent.end:
        head = head.head
    if head.pos_ not in ("NOUN", "PROPN") or head.left_edge.i not in (k, k + 1) or head.i - k > 6:
        return toks
    return (toks + ([mark] if head.left_edge.i > k else []) + list(head.subtree))[:MAX_TOKENS]


def _render(toks: list["Token"]) -> str:
    parts: list[str] = []
    for i, t in enumerate(toks):
        parts.append(t.text)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and (t.whitespace_ or nxt.i != t.i + 1):
            if not (nxt.is_punct and nxt.i != t.i + 1 and nxt.text in ",."):
                parts.append(" ")
    text = "".join(parts)
    text = re.sub(r"[\u201c\u201d\u2018\u2019\"]", lambda m: "'" if m.group() in "\u2018\u2019" else "", text)
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:-—")
    return text


RELIEF_WORDS = frozenset("""
lower cut reduce remove lift ease easing eliminate scrap drop waive exempt exemption removal reduction
elimination relief delay postpone suspend suspension pause cancel cancellation revoke rollback roll
slash halve trim
""".split())
GOODS_NOUNS = frozenset({"good", "goods", "product", "export", "import", "car", "vehicle", "steel", "item",
                         "shipment", "commodity"})
TARIFF_WORDS = frozenset({"tariff", "duty", "levy", "levies"})
# Nouns that do not tell one tariff cut from another ("key imports", "U.S. goods").
PLAIN_GOODS = frozenset({"import", "export", "good", "product", "item", "rate", "imposition", "level",
                         "percent", "%", "tariff", "duty", "levy", "country", "side", "market", "trade"})


def _trigger_rank(it: "_Item") -> int:
    """2 for a verb of demanding/conceding, 1 for a noun, 0 for the rest (modal, tense)."""
    lemma = it.trigger.lemma_.lower()
    if it.trigger.pos_ in ("VERB", "AUX") and lemma in (DEMAND_VERBS if it.kind == DEMAND else CONCESSION_VERBS):
        return 2
    return 1 if it.trigger.pos_ == "NOUN" else 0


def _relief_key(toks: list["Token"]) -> tuple | None:
    """('relief', goods) when the content eases tariffs: 'an easing of U.S. tariffs' and
    'lift the 40% tariff on imports' are one demand told twice; 'cut tariffs on cars' and
    'cut tariffs on steel' are two."""
    lemmas = {t.lemma_.lower() for t in toks}
    if not lemmas & RELIEF_WORDS or not lemmas & TARIFF_WORDS:
        return None
    goods = frozenset(t.lemma_.lower() for t in toks if t.pos_ == "NOUN" and t.ent_type_ not in ("DATE", "TIME")
                      and t.lemma_.lower() not in PLAIN_GOODS | RELIEF_WORDS)
    return ("relief", goods - PERCENT_WORDS or goods)  # "per cent" names no goods


def _same_relief(a: tuple | None, b: tuple | None) -> bool:
    if a is not None and b is not None and a[0] == "truce" == b[0]:
        return a[1] == b[1]
    return a is not None and b is not None and a[0] == b[0] and (a[1] <= b[1] or b[1] <= a[1])


def _truce_key(toks: list["Token"]) -> tuple | None:
    """('truce', kinds) when the content is a ceasefire: 'an immediate ceasefire' and 'a
    ceasefire from midnight' are one concession told twice; an 'energy' truce and a 'sea'
    truce are two."""
    inside = {t.i for t in toks}
    heads = [t for t in toks if t.lemma_.lower() in TRUCE_NOUNS and t.pos_ in ("NOUN", "PROPN")
             and not any(a.dep_ == "advcl" and a.i in inside for a in t.ancestors)]
    # (not "return the soldiers once the truce has held": a condition, not what is given)
    if len(heads) != 1:
        return None
    kinds = frozenset(c.lemma_.lower() for c in heads[0].children
                      if c.dep_ in ("compound", "nmod") and c.ent_type_ not in ("DATE", "TIME"))
    return ("truce", kinds)


def _content_words(toks: list["Token"]) -> set[str]:
    return {t.lemma_.lower() for t in toks if (t.is_alpha or t.like_num) and not t.is_stop}


def _restates(a: set[str], b: set[str]) -> bool:
    """Most content words shared (relative to the shorter phrase)."""
    if not a or not b:
        return a == b
    return len(a & b) / min(len(a), len(b)) >= 0.6


def _party_of(actors: list[_Actor] | None) -> str | None:
    if not actors:
        return None
    return actors[0].party


def _topics(ctx: "ArticleContext", text: str) -> list[str]:
    try:
        return list(ctx.topics_in(text))
    except ImportError:  # topics module not available yet
        return []


# ---------------------------------------------------------------------------------------
# Sides the party list lacks: unions, employers, companies, farmers (labour disputes)

# Bodies a labour dispute is fought between, referred to by a common noun ("the union said",
# "employers are demanding"): resolved to the body the article names with that word.
# Common nouns that stand for a firm across the table from a union ("the company", "management").
FIRM_NOUNS = frozenset({"company", "management", "employer", "firm", "operator", "carrier", "airline", "carmaker",
                        "automaker", "planemaker"})
BODY_NOUNS = FIRM_NOUNS | {"union", "labour", "labor", "coalition", "association", "federation", "confederation",
                           "farmer", "doctor", "worker", "dockworker", "machinist"}
# Common nouns that a body's own name carries ("employers" -> the Maritime Employers Association).
NAMED_BY_WORD = frozenset({"employer", "labour", "coalition", "association", "federation", "confederation"})


def _body_table(finder: "_Finder") -> list[tuple[int, str, bool]]:
    """(offset, name, union-like) for every organisation the party list does not know
    (`sides.body_table`, computed once per article by the context)."""
    return finder.ctx.bodies


def _named_body_actors(finder: "_Finder", head: "Token", actors: list[_Actor], any_dep: bool = False) -> list[_Actor]:
    """A side the party list lacks, named as a subject, possessor or agent: an organisation the
    parser tags ('Boeing proposed ...', 'the MEA is asking ...': its long name where the article
    spells it out), a body referred to by its common noun ('the union', 'employers', 'labour':
    the organisation named with that word, or the union named last), 'the union of X' (X union),
    else a plural group named by the noun phrase itself ('port employers', 'farmers')."""
    if head.pos_ == "PRON" and head.lower_ in ("it", "its") and head.dep_ in ("nsubj", "nsubjpass"):
        teller = _reporting_subject(head)
        if teller is not None and not finder._direct_actor(teller) and (
                teller.pos_ == "NOUN" and teller.lemma_.lower() in BODY_NOUNS
                or teller.pos_ == "PROPN" and (teller.ent_type_ == "ORG"
                                               or re.fullmatch(r"[A-Z][A-Z0-9]{1,6}", teller.text))):
            return _named_body_actors(finder, teller, [])  # "the union has stated that it will ..."
    if not actors and head.pos_ == "PRON" and head.lower_ == "they" and head.dep_ == "nsubj" \
            and head.sent.start > 0 and head.i - head.sent.start <= 1:
        # "The union is demanding A. They are also seeking B.": a union is its members, and
        # 'they' opening the next sentence is that union
        prev = head.doc[head.sent.start - 1].sent.root
        subj = _child(prev, "nsubj")
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() == "union":
            return finder._direct_actor(subj) or _named_body_actors(finder, subj, [])
    if not actors and head.lemma_.lower() in ("thousand", "hundred", "dozen", "million") and head.dep_ == "nsubj":
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        members = _child(of, "pobj") if of is not None else None
        if members is not None and members.lemma_.lower() in MEMBER_NOUNS:
            head = members  # "thousands of union members protested, calling for ..."
    if not actors and head.pos_ == "NOUN" and head.lemma_.lower() in MEMBER_NOUNS and head.dep_ in (
            "nsubj", "nsubjpass", "pobj"):
        # "the union's members are demanding ...", "union members protested ...": the body they belong to
        owner = next((c for c in head.children if c.dep_ in ("poss", "compound") and c.i < head.i
                      and (c.lemma_.lower() in BODY_NOUNS or c.pos_ == "PROPN")), None)
        if owner is not None:
            return finder._direct_actor(owner) or _named_body_actors(finder, owner, [], any_dep=True)
    if actors:
        if len(actors) == 1 and actors[0].person is None and actors[0].party \
                and re.fullmatch(r"[A-Z][A-Z0-9]{1,6}", actors[0].party):
            hit = next((n for at, n, _ in _body_table(finder) if n != actors[0].party
                        and initials(n) == actors[0].party), None)
            if hit:  # 'the BMA said': the British Medical Association
                return [_Actor(hit)]
        return actors
    if head.dep_ not in ("nsubj", "nsubjpass", "poss", "pobj", "dobj") and not any_dep or head.pos_ not in ("PROPN", "NOUN"):
        return actors
    bodies = _body_table(finder)
    if head.pos_ == "PROPN":
        if head.ent_type_ != "ORG":
            # "RWU said ...", the parser leaving the acronym untagged: the body it abbreviates
            hit = next((n for at, n, _ in bodies if re.fullmatch(r"[A-Z][A-Z0-9]{1,6}", head.text)
                        and (n == head.text or initials(n) == head.text)), None)
            return [_Actor(hit)] if hit else actors
        hit = next((n for at, n, _ in bodies if at <= head.idx < at + len(n) + 8), None)
        return [_Actor(hit)] if hit else actors
    lemma = head.lemma_.lower()
    if lemma not in BODY_NOUNS:
        return actors
    if any(c.dep_ in ("amod", "compound") and c.pos_ == "ADJ" and c.lemma_.lower() in ("other", "many", "some")
           for c in head.children):
        return actors
    named = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < head.i
             and c.text[:1].isupper()]
    if named:  # "the IG Metall union"
        hit = next((n for at, n, _ in bodies if at <= named[0].idx < at + len(n) + 8), None)
        return [_Actor(hit)] if hit else actors
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = _child(of, "pobj") if of is not None else None
    if owner is not None and lemma == "union":
        org = next((n for at, n, _ in bodies if owner.left_edge.idx <= at <= owner.idx), None)
        if org:  # "the union of carmaker Hyundai Motor"
            return [_Actor(f"{org} union")]
    if _child(head, "poss") is not None:
        return actors  # "Hyundai's union", "its employers": not a name of its own
    before = [(at, n, u) for at, n, u in bodies if at < head.idx]
    word = lemma if lemma != "labor" else "labour"
    before = sorted(before + [(at, n, False) for at, n in _titled_names(finder) if at < head.idx])
    same = [] if word not in NAMED_BY_WORD else [
        n for at, n, _ in before if {w.lower().rstrip("s") for w in n.split()} & {word}] or [
        n for at, n, _ in bodies if {w.lower().rstrip("s") for w in n.split()} & {word}][:1]
    if same:  # "employers are demanding ...": the Maritime Employers Association
        told = finder._just_told_side(word)  # two such bodies named: the one the last sentence was about
        return told if told and told[0].party in same else [_Actor(same[-1])]
    if lemma == "union":
        unions = [n for at, n, u in before if u]
        made = [a for a in _earlier_unions(finder, head) if a]
        if made:
            return [_Actor(made[-1])]
        if unions:
            return [_Actor(unions[-1])]
        return actors
    if lemma in FIRM_NOUNS and head.tag_ == "NN" and any(c.lower_ == "the" for c in head.children):
        # "the company agreed to ...", "management offered ...": the one firm (a body that is no
        # union) the article has named as a side before
        sides = {p.name for p in finder.ctx.parties}
        firms = list(dict.fromkeys(n for at, n, u in before if not u and n in sides))
        if len(firms) == 1:
            return [_Actor(firms[0])]
        return actors
    if head.tag_ == "NNS" and lemma in ("employer", "farmer") \
            and not any(c.lower_ in ("the", "these", "those") for c in head.children):
        mods = [c for c in head.children if c.dep_ == "compound" and c.text.islower() and c.i == head.i - 1]
        return [_Actor(" ".join([*(m.lower_ for m in mods), head.lower_]))]
    return actors


def _earlier_unions(finder: "_Finder", head: "Token") -> list[str]:
    """Unions named before `head` as such: 'the IG Metall union' (IG Metall), 'the union of
    carmaker Hyundai Motor' (Hyundai Motor union)."""
    out = []
    bodies = _body_table(finder)
    for tok in finder.doc[: head.i]:
        if tok.lemma_.lower() != "union" or tok.pos_ != "NOUN":
            continue
        named = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < tok.i]
        if named:
            out.append(next((n for at, n, _ in bodies if at <= named[0].idx < at + len(n) + 8), None))
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = _child(of, "pobj") if of is not None else None
        if owner is not None:
            org = next((n for at, n, _ in bodies if owner.left_edge.idx <= at <= owner.idx), None)
            if org:
                out.append(f"{org} union")
    return out


# ---------------------------------------------------------------------------------------
# Long lists and 'as well as' tails


def _series_starts(root: "Token", span: set[int]) -> list["Token"]:
    """The nouns that open the items of a long comma list headed by `root`: 'A of X, B for Y,
    C, no D in E, F of G and H for J': each later item a noun hung (as conj / appos) inside the
    list and preceded by a comma (or by 'and' when it is joined to an item noun itself)."""
    doc = root.doc
    starts = [root]
    for t in doc[root.i + 1: max(span) + 1]:
        if t.i not in span or t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in ("conj", "appos"):
            continue
        k = t.left_edge.i - 1
        while k > root.i and doc[k].text in ('"', "\u201c", "'", "\u2018"):
            k -= 1
        before = doc[k]
        if before.text == "," or before.lower_ in ("and", "or") and (
                t.head in starts or k > 0 and doc[k - 1].text == ","):
            if t.left_edge.i > starts[-1].i:
                starts.append(t)
    return starts


def _series_split(it: "_Item") -> list["_Item"]:
    """'farmers are demanding the implementation of A, pension for B, farm debt waiver, no hike
    in C, withdrawal of D and compensation to E': four or more listed nouns are one position
    each (the parser chains them on each other and on nouns inside earlier items)."""
    span = {t.i for t in it.content}
    roots = [t for t in it.content if t.head.i not in span or t.head == t]
    if not roots or roots[0].pos_ != "NOUN" or roots[0].head != it.trigger:
        return [it]
    span = {t.i for t in roots[0].subtree} - {t.i for t in roots[0].subtree if t.i < min(span)}  # whole list
    starts = _series_starts(roots[0], span)
    if len(starts) < 4:
        return [it]
    doc = roots[0].doc
    bounds = [s.left_edge.i if s is not roots[0] else min(span) for s in starts] + [max(span) + 1]
    if not all(s.pos_ == "NOUN" and any(c.dep_ in ("prep", "amod", "compound", "det", "poss", "nummod")
                                         for c in s.children) for s in starts) \
            or sum(any(c.dep_ == "prep" for c in s.children) for s in starts) * 2 < len(starts):
        return [it]  # "gems, jewellery, leather goods and garments": goods named, not demands listed
    out = [x for a, b in zip(bounds, bounds[1:]) for x in _listed_part(it, [doc[k] for k in range(a, b) if k in span])]
    return out if len(out) >= 4 else [it]


def _listed_part(it: "_Item", toks: list["Token"]) -> list["_Item"]:
    """One item of a list a position names (its words without the joining 'and' and commas),
    with the position's kind, sides and trigger; none when nothing is left."""
    while toks and (toks[-1].is_punct or toks[-1].lower_ in ("and", "or")):
        toks.pop()
    toks = _trim(toks)
    return [_Item(it.kind, it.trigger, it.actors, toks, it.counterpart, it.explicit_actor, it.sent)] \
        if _has_content(toks) else []


def _as_well_as_tail(it: "_Item") -> list["_Item"]:
    """'X proposed A over four years, improved from B, as well as C and D': the parser hangs the
    things after 'as well as' on the participle clause; each is one more thing offered (or
    asked), told like the first."""
    verb = it.trigger
    if verb.pos_ != "VERB" or not it.content:
        return []
    obj = _child(verb, "dobj")
    if obj is None or obj not in it.content:
        return []
    doc = verb.doc
    end = max(t.i for t in it.content)
    sent = verb.sent
    k = next((j for j in range(end + 1, sent.end - 2) if doc[j].lower_ == "as" and doc[j + 1].lower_ == "well"
              and doc[j + 2].lower_ == "as"), None)
    if k is None:
        return []
    nxt = [t for t in doc[k + 3: sent.end] if t.pos_ in ("NOUN", "PROPN") and t.head.i < k
           and t.head.i > verb.i and t.dep_ in ("npadvmod", "dobj", "conj", "pobj", "appos", "nsubj")]
    if len(nxt) != 1 or any(t.i in {x.i for x in it.content} for t in nxt[0].subtree):
        return []
    first = nxt[0]
    heads = [first, *[c for c in first.conjuncts if c.i > first.i and c.pos_ == "NOUN"]]
    out = []
    for h in heads:
        toks = _trim([t for t in h.subtree if not any(t.i >= c.i for c in h.children
                                                         if c.dep_ in ("cc", "conj") and c.i > h.i)])
        if _has_content(toks):
            out.append(_Item(it.kind, h, it.actors, toks, it.counterpart, it.explicit_actor, it.sent))
    return out


# ---------------------------------------------------------------------------------------
# Joint housekeeping: steps two sides agree to take together give neither side anything

CAMPAIGN_NOUNS = frozenset({"campaign", "drive", "patrol", "exercise", "survey", "study", "programme", "program"})
HOUSEKEEPING_OBJECTS = {
    "conduct": None,  # "agreed to conduct awareness campaigns / joint patrols / a survey"
    "run": CAMPAIGN_NOUNS, "launch": CAMPAIGN_NOUNS, "organise": CAMPAIGN_NOUNS, "organize": CAMPAIGN_NOUNS,
    "ensure": frozenset({"safety", "security", "stability", "calm", "order", "peace", "implementation"}),
    "exchange": frozenset({"information", "data", "view", "opinion", "intelligence", "experience", "idea",
                           "expertise", "note", "visit", "delegation"}),
    "share": frozenset({"information", "data", "view", "intelligence", "experience", "expertise"}),
    "establish": frozenset({"commission", "committee", "mechanism", "group", "team", "channel", "hotline",
                            "council", "panel", "body", "forum", "framework", "taskforce"}),
    "set": frozenset({"commission", "committee", "mechanism", "group", "team", "channel", "hotline", "panel"}),
    "create": frozenset({"commission", "committee", "mechanism", "group", "team", "channel", "hotline", "panel"}),
    "form": frozenset({"commission", "committee", "mechanism", "group", "team", "panel"}),
    "schedule": frozenset({"meeting", "talk", "round", "visit", "session", "summit", "call"}),
    "hold": frozenset({"meeting", "talk", "round", "visit", "session", "summit", "call", "consultation"}),
    "reach": GENERIC_OUTCOMES,
    "reconvene": None, "adjourn": None, "resume": frozenset({"talk", "negotiation", "meeting", "dialogue", "discussion"}),
    "meet": None,  # "later agreed to reconvene on Sunday", "agreed to meet again": their joint calendar
}


def _joint_housekeeping(it: "_Item") -> bool:
    """'They also agreed to conduct awareness campaigns and ensure public safety', 'both men agreed
    to exchange information and schedule a meeting', 'the two states agreed to establish a joint
    commission', 'the two sides agreed to reach a trade deal': a step two sides take together on
    their joint business (campaigns, safety, information, a commission, a meeting, a deal) is no
    concession of either."""
    if it.kind != CONCESSION or len({a.party for a in it.actors}) < 2 or not it.content:
        return False
    heads = [t for t in it.content if t.head not in it.content or t.head == t]
    first = heads[0] if heads else it.content[0]
    lemma = first.lemma_.lower()
    if not _is_verbal(first) or lemma not in HOUSEKEEPING_OBJECTS:
        return False
    objects = HOUSEKEEPING_OBJECTS[lemma]
    if objects is None:
        return True
    obj = _child(first, "dobj")
    if obj is None and lemma == "set":
        prt = _child(first, "prt")
        obj = _child(first, "dobj") if prt is not None else None
    return obj is not None and (obj.lemma_.lower() in objects or any(
        c.dep_ == "compound" and c.lemma_.lower() in objects for c in obj.children))  # "a commission comprising"


def _body_object(finder: "_Finder", obj: "Token") -> list[_Actor] | None:
    """The pressed side of 'the union asked management to pay ...', 'urged the company to ...',
    'pressed Boeing to ...': a body the party list lacks, as the object of a demand verb."""
    if obj.pos_ == "NOUN" and obj.lemma_.lower() not in BODY_NOUNS | {"operator", "carrier", "airline"} \
            and not _member_object(obj):
        return None
    if obj.pos_ == "PROPN" and obj.ent_type_ != "ORG" or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    named = _named_body_actors(finder, obj, [])
    if named:
        return named
    return [_Actor(obj.lemma_.lower())] if obj.pos_ == "NOUN" else None


OFFICIAL_TITLE_WORDS = frozenset({"minister", "secretary", "premier", "chancellor", "president", "government"})


def _official_country(finder: "_Finder", person) -> str | None:
    """'The Health Secretary, Mr X, urged the union to ...': a government office-holder the
    people pass gave no country, in an article whose only country is Y (a dispute between a
    government and a union, firm or group at home), speaks for Y."""
    title = (getattr(person, "title", None) or "").lower()
    if not set(re.findall(r"[a-z]+", title)) & OFFICIAL_TITLE_WORDS:
        return None
    countries = {p.name for p in finder.ctx.parties if finder.ctx.party_kind(p.name) == "country"}
    return next(iter(countries)) if len(countries) == 1 else None


# The people a union or group speaks for: "the union said resident doctors need a pay uplift".
MEMBER_NOUNS = frozenset({"worker", "doctor", "member", "employee", "nurse", "teacher", "staff", "farmer",
                          "pilot", "driver", "docker", "dockworker", "machinist", "lecturer", "attendant",
                          "miner", "labourer", "laborer", "longshoreman", "physician", "crew"})


def _members_need_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'The union has said that resident doctors need a pay uplift of 29 per cent': what a side
    says the people it speaks for need is its demand (content: the thing needed)."""
    if verb.dep_ not in ("ccomp", "conj") or _negated(verb) or _in_conditional(verb):
        return []
    subj = _child(verb, "nsubj")
    obj = _child(verb, "dobj")
    if subj is None or obj is None or subj.lemma_.lower() not in MEMBER_NOUNS or obj.pos_ != "NOUN":
        return []
    speaker = finder._speaker(verb)
    if not speaker or len({a.party for a in speaker}) != 1 or not speaker[0].party:
        return []
    purpose = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _infinitival(c)
                    and c.i > obj.i), None)
    toks = _trim(list(obj.subtree) + (list(purpose.subtree) if purpose is not None else []))
    if not _has_content(toks):
        return []
    return [_Item(DEMAND, verb, speaker, toks, finder._counterpart_in(verb, DEMAND), True)]


# A side moving its own figure: up for an offer, down for a demand.
RAISE_OFFER_VERBS = frozenset({"increase", "raise", "improve", "sweeten", "boost", "up", "lift", "hike", "better"})
LOWER_DEMAND_VERBS = frozenset({"reduce", "lower", "cut", "trim", "scale", "moderate", "slash", "pare", "lessen"})
REVISE_VERBS = RAISE_OFFER_VERBS | LOWER_DEMAND_VERBS
OFFER_FIGURES = frozenset({"offer", "proposal", "bid", "package", "counteroffer", "counterproposal"})
DEMAND_FIGURES = frozenset({"demand", "claim", "ask", "request", "asking"})


def _revised_terms_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'The government increased its offer from N54,000 to N57,000', 'labour reduced its demand from
    N615,000 to N497,000': a side raising its own offer or lowering its own demand gives ground (a
    concession); the lowered demand told with its new figure is still its demand."""
    lemma = verb.lemma_.lower()
    obj = _child(verb, "dobj")
    if obj is None or _negated(verb) or _in_conditional(verb) or _child(obj, "poss") is None \
            or _child(obj, "poss").lower_ not in ("its", "their", "our", "his", "her"):
        return []
    what = obj.lemma_.lower()
    if not (lemma in RAISE_OFFER_VERBS and what in OFFER_FIGURES or lemma in LOWER_DEMAND_VERBS and what in DEMAND_FIGURES):
        return []
    actors, explicit = finder._subject_actors(verb)
    if not actors or len({a.party for a in actors}) != 1 or not actors[0].party:
        return []
    keep = [c for c in verb.children if c.i > verb.i and c.ent_type_ not in ("DATE", "TIME") and (
        c.dep_ in ("dobj", "npadvmod", "advmod", "aux") or c.dep_ == "prep" and c.lower_ in ("from", "to", "by"))]
    if not keep:
        return []
    end = max(t.i for c in keep for t in c.subtree)
    doc = verb.doc
    toks = [doc[k] for k in range(verb.i, end + 1)]
    when = next((t for t in toks if t.dep_ == "prep" and _child(t, "pobj") is not None
                 and _child(t, "pobj").ent_type_ in ("DATE", "TIME")), None)
    toks = _trim([t for t in toks if when is None or t.i < when.i])  # "... to 8% on Friday": not the day
    if not any(t.like_num or t.pos_ == "NUM" for t in toks):
        return []  # "raised its offer" with no figure: told, but nothing to hold it to
    out = [_Item(CONCESSION, verb, actors, toks, finder._counterpart_in(verb, CONCESSION), explicit)]
    if lemma in LOWER_DEMAND_VERBS:
        out.append(_Item(DEMAND, verb, actors, toks, finder._counterpart_in(verb, DEMAND), explicit))
    return out


def _titled_names(finder: "_Finder") -> list[tuple[int, str]]:
    """(offset, name) for capitalised two-word names the parser tagged no entity: 'Organised
    Labour', 'Port Employers' (a title-case modifier right before a capitalised noun)."""
    cached = getattr(finder, "_titled", None)
    if cached is not None:
        return cached
    out = []
    for tok in finder.doc:
        if tok.idx < finder.body_start or tok.pos_ != "PROPN" or not tok.text[:1].isupper() \
                or tok.ent_type_ not in ("", "ORG", "PERSON"):
            continue
        mod = tok.doc[tok.i - 1] if tok.i > tok.sent.start + 0 else None
        if mod is not None and mod.head == tok and mod.dep_ in ("compound", "amod") and mod.text[:1].isupper() \
                and not mod.ent_type_ and (not tok.ent_type_ or tok.ent_iob_ == "B") \
                and mod.is_alpha and mod.lower_ != "the" and mod.i > mod.sent.start:
            out.append((mod.idx, f"{mod.text} {tok.text}"))
    finder._titled = out
    return out


# Steps a workforce side opposes: 'will oppose compulsory redundancies and plant closures'.
JOB_LOSS_NOUNS = frozenset({"redundancy", "layoff", "lay-off", "closure", "job", "outsourcing", "privatisation",
                            "privatization", "furlough", "dismissal", "sacking"})


def _reporting_subject(pron: "Token") -> "Token | None":
    """The subject of the reporting verb whose clause the pronoun is the subject of ('the union has
    stated that it will ...' -> union), when that subject is a noun."""
    clause = pron.head
    if clause.dep_ not in ("ccomp",) or clause.head.lemma_.lower() not in REPORTING | {"state", "announce", "vow", "warn"}:
        return None
    subj = _child(clause.head, "nsubj") or _shared_reporting_subject(clause.head)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def _proposal_owner(finder: "_Finder", verb: "Token") -> list[_Actor] | None:
    """'Boeing's proposal remains contingent on a ratification vote': the owner of the proposal
    whose condition it is."""
    subj = _child(verb, "nsubj")
    if subj is None or subj.lemma_.lower() not in PROPOSAL_NOUNS | DOCUMENT_NOUNS:
        return None
    poss = _child(subj, "poss")
    if poss is None:
        return None
    owner = finder._resolve_np(poss)
    return owner if owner and len({a.party for a in owner}) == 1 and owner[0].party else None


ENGAGE_VERBS = frozenset({"discuss", "consider", "study", "examine", "review", "explore"})
OTHERS_TERMS = frozenset({"proposal", "approach", "plan", "offer", "idea", "suggestion", "counterproposal",
                          "counter-proposal", "option", "alternative", "demand", "request"})


def _engages_proposal(tok: "Token") -> bool:
    """'agreed to discuss the alternative approaches proposed by the Sri Lankan government': to take
    up terms another side has put forward (told by 'proposed by Y', 'put forward by Y') is more than
    talk."""
    if tok.lemma_.lower() not in ENGAGE_VERBS or not _is_verbal(tok):
        return False
    obj = _child(tok, "dobj")
    if obj is None or obj.lemma_.lower() not in OTHERS_TERMS:
        return False
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("propose", "put", "submit", "table",
                                                                               "suggest", "present", "offer")
               and any(a.dep_ == "agent" for a in c.children) for c in obj.children)


def _recipients_only(it: "_Item") -> bool:
    """'Boeing's latest offer to 33,000 striking machinists was rejected': an offer whose only
    content is whom it was made to tells no term."""
    if it.kind != CONCESSION or it.trigger.pos_ != "NOUN" or not it.content:
        return False
    span = {t.i for t in it.content}
    roots = [t for t in it.content if t.head.i not in span or t.head == t]
    return len(roots) == 1 and roots[0].dep_ == "pobj" and roots[0].head.lower_ == "to" \
        and roots[0].head.head == it.trigger and (roots[0].lemma_.lower() in MEMBER_NOUNS | {"union", "side"} or (
            roots[0].tag_ == "NNS" and _child(roots[0], "nummod") is not None
            and it.trigger.lemma_.lower() in PROPOSAL_NOUNS))  # "to 9,000 striking welders"; not "commitment to X"


def _compound_body(finder: "_Finder", noun: "Token") -> list[_Actor] | None:
    """'the union proposal includes ...', 'the Boeing offer': a body named as the modifier of a
    proposal noun owns it."""
    mod = next((c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i
                and (c.pos_ == "NOUN" and c.lemma_.lower() in ("union", "employer", "management", "company")
                     or c.pos_ == "PROPN" and c.ent_type_ == "ORG")), None)
    if mod is None:
        return None
    return _named_body_actors(finder, mod, [], any_dep=True) or None


YIELD_VERBS = frozenset({"cede", "surrender", "relinquish", "recognize", "recognise", "accept", "give", "hand"})
YIELDED_LOSSES = frozenset({"concession", "compromise", "loss", "partition", "annexation", "occupation",
                            "surrender", "cession"})


def _red_line_refusal_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'X will not cede any territory', 'X will never recognize the seized islands as Y's',
    'X won't accept any territorial concessions': what a side vows never to yield is a red
    line it presses on the other side (a demand), told with its negation."""
    neg = next((c for c in verb.children if c.dep_ == "neg"), None)
    if neg is None or _in_conditional(verb) or _in_pending_clause(verb):
        return []
    future = any(c.dep_ == "aux" and (c.lower_ in MODALS_FUTURE or c.lemma_ == "will") for c in verb.children)
    if not future and neg.lower_ != "never":
        return []  # "X did not cede ...": a past fact, no vow
    lemma = verb.lemma_.lower()
    obj = _child(verb, "dobj")
    if lemma in ("give", "hand") and not _has_particle(verb, {"up", "over"}):
        return []
    if obj is not None and obj.lower_ in ("any", "all", "part", "none", "some") and _child(obj, "prep") is not None:
        obj = _child(_child(obj, "prep"), "pobj") or obj  # "any of its land"
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or finder._direct_actor(obj):
        return []
    if lemma == "accept" and obj.lemma_.lower() not in YIELDED_LOSSES:
        return []  # "will not accept the offer": a rebuff, no term of its own
    if verb.dep_ not in ("ROOT", "ccomp", "conj") or _mark(verb) in CONDITION_WORDS | TEMPORAL_MARKS:
        return []
    actors, explicit = finder._subject_actors(verb)
    if not actors or len({a.party for a in actors}) > 1 or not actors[0].party:
        return []
    toks = _trim([t for t in finder._content_tokens(verb, exclude_subject_of=verb)
                  if not (t.dep_ == "aux" and t.head == verb) and t.i >= neg.i])
    if not _has_content(toks) or _is_meeting_content(verb):
        return []
    return [_Item(DEMAND, neg, actors, toks, finder._counterpart_in(verb, DEMAND), explicit)]


def _drop_restated_red_lines(items: list[_Item]) -> list[_Item]:
    """'We will not give up our rights, and our enrichment must continue': the vow restates the
    sentence's own demand by the same side; it stands only alone."""
    def red(it: _Item) -> bool:
        return it.kind == DEMAND and it.trigger.dep_ == "neg" and it.trigger.head.lemma_.lower() in YIELD_VERBS
    return [it for it in items if not red(it) or not any(
        o.kind == DEMAND and not red(o) and {a.party for a in o.actors} & {a.party for a in it.actors}
        for o in items)]


TALK_TERM_NOUNS = frozenset({"format", "level", "venue", "location", "place", "time", "form", "framework"})


def _talks_on_given_terms(h: "Token") -> bool:
    """'ready to engage in talks in any format', 'prepared to negotiate without preconditions',
    'ready for talks in Geneva': readiness for talks on terms the other side may set (any
    format, no preconditions, a named venue) gives up a say over them (a concession), unlike a
    bare 'ready to negotiate with X'."""
    lemma = h.lemma_.lower()
    talk = h.pos_ == "NOUN" and lemma in MEETING_NOUNS or _is_verbal(h) and lemma in MEETING_VERBS | {"engage"}
    if not talk or _negated(h):
        return False
    if lemma == "engage" and not any(c.dep_ == "prep" and c.lower_ == "in" and _child(c, "pobj") is not None
                                     and _child(c, "pobj").lemma_.lower() in MEETING_NOUNS for c in h.children):
        return False
    skip: set[int] = set()
    for c in h.subtree:
        if c.dep_ == "advcl" or c.dep_ == "relcl":
            skip.update(t.i for t in c.subtree)  # "once a truce with Y is in place": not the talks' terms
    for t in h.subtree:
        if t.i in skip or t.dep_ != "pobj":
            continue
        prep = t.head.lower_
        if prep in ("in", "at") and t.lemma_.lower() in TALK_TERM_NOUNS and any(
                c.lower_ in ("any", "every", "whatever") for c in t.children):
            return True  # "in any format", "at any level"
        if prep == "without" and t.lemma_.lower() in ("precondition", "condition"):
            return True
        if prep in ("in", "at") and t.ent_type_ in ("GPE", "LOC", "FAC") and t.pos_ == "PROPN" \
                and t.head.head.i >= h.i and t.head.head in [h, *[x for x in h.subtree if x.dep_ == "pobj"
                                                                  and x.lemma_.lower() in MEETING_NOUNS]]:
            return True  # "talks in Geneva": a venue named
    return False


CLEFT_DEMAND_VERBS = frozenset({"want", "need", "demand", "seek", "ask", "expect", "require", "insist"})
CLEFT_OFFER_VERBS = frozenset({"offer", "propose", "give", "suggest"})


def _cleft_wish_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'What we want is the end of the blockade', 'what X is offering is a 5% rise': a cleft
    whose 'what'-clause names wanting (a demand) or offering (a concession); the content is
    what follows 'is'."""
    lemma = verb.lemma_.lower()
    kind = DEMAND if lemma in CLEFT_DEMAND_VERBS else CONCESSION if lemma in CLEFT_OFFER_VERBS else None
    if kind is None:
        return []
    what = [t for t in verb.subtree if t.lower_ == "what" and t.i < verb.i]
    if not what or what[0].i != verb.left_edge.i:
        return []
    be = verb.head
    attr = _child(be, "attr", "acomp", "xcomp", "ccomp")
    if attr is None or attr.i < be.i or _negated(be) or _negated(verb) or _in_conditional(be):
        return []
    if any(c.dep_ == "aux" and c.lower_ in ("not", "never") for c in be.children):
        return []
    actors, explicit = finder._subject_actors(verb)
    if not actors or len({a.party for a in actors}) > 1 or not actors[0].party:
        return []
    toks = _trim(finder._content_tokens(attr))
    if not _has_content(toks) or _is_meeting_content(attr) or len(toks) <= 2 and toks[-1].lemma_.lower() in WISH_NOUNS:
        return []
    return [_Item(kind, verb, actors, toks, finder._counterpart_in(attr, kind), explicit)]


MEMBER_GROUP_NOUNS = frozenset({"country", "nation", "state", "government", "power", "ally", "member", "partner",
                                "neighbour", "neighbor", "economy"})


def _named_members(finder: "_Finder", head: "Token") -> list[_Actor] | None:
    """'Countries such as X and Y suggested ...', 'nations like X and Y', 'several states,
    including X,': a plural group noun acting as subject stands for the parties it names."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.lemma_.lower() not in MEMBER_GROUP_NOUNS \
            or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and (
        c.lower_ == "as" and any(s.lower_ == "such" for s in [*head.children, *c.children])
        or c.lower_ in ("like", "including"))),
        None)
    first = _child(prep, "pobj") if prep is not None else None
    if first is None:
        return None
    out: list[_Actor] = []
    for t in [first, *first.conjuncts]:
        a = finder._direct_actor(t)
        if not a or len(a) != 1 or not a[0].party or a[0].person:
            return None
        out.append(_Actor(a[0].party))
    return out if len({a.party for a in out}) == len(out) else None


def _first_step(noun: "Token") -> bool:
    """'a truce must be the first step (toward peace)', 'the pullout is the starting point':
    a step named as what must come first is pressed like a precondition (not 'the meeting
    was a first step', a past fact)."""
    be = noun.head
    if noun.dep_ != "attr" or be.lemma_ != "be" or be.tag_ == "VBD" or any(
            c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_ in ("have", "be") for c in be.children):
        return False
    return any(c.dep_ in ("amod", "compound") and c.lower_ in ("first", "initial", "starting", "necessary")
               for c in noun.children) and (noun.lemma_.lower() == "step" or any(
                   c.lower_ == "starting" for c in noun.children))


def _member_body(finder: "_Finder", subj: "Token") -> list[_Actor] | None:
    """'<speaker> insisted doctors needed to trust it': members of a body the party list lacks,
    told what they must do, are that body (the side pressed)."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NNS" or subj.lemma_.lower() not in MEMBER_NOUNS | BODY_NOUNS \
            or any(c.dep_ in ("poss", "amod", "compound") for c in subj.children):
        return None
    return _body_object(finder, subj) or [_Actor(subj.lemma_.lower())]


def _need_to_clause(verb: "Token") -> "Token | None":
    """'farmers needed to trust it': the infinitive right after an objectless 'need' that the
    parser hung as a purpose clause is what is needed."""
    if verb.lemma_.lower() != "need" or _child(verb, "dobj") is not None:
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i == verb.i + 2 and _infinitival(c)), None)


RESTRAINT_VERBS = frozenset({"opt", "choose", "decide", "elect", "refrain", "hold", "desist", "abstain"})
RESTRAINED_VERBS = HOSTILE_VERBS | RAISE_VERBS | {"retaliate", "respond", "strike", "bomb", "shell", "expel",
                                                  "ban", "block", "suspend", "cut", "halt", "tighten"}


def _restrained_step(verb: "Token") -> bool:
    """A hostile step (or a raise of tariffs / counter-measures) that a side holds back."""
    lemma = verb.lemma_.lower()
    obj = _child(verb, "dobj")
    words = {t.lemma_.lower() for t in verb.subtree}
    if lemma in HOSTILE_VERBS | {"retaliate", "bomb", "shell"}:
        return True
    return lemma in RESTRAINED_VERBS and obj is not None and bool(
        words & (TARIFF_WORDS | HOSTILE_NOUNS | {"counter-tariff", "countermeasure", "counter-measure", "tax"}))


def _restraint_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'X opted / decided not to raise its counter-tariffs', 'X refrained from retaliating',
    'X held off on new duties': a hostile step a side chooses to hold back is given to the
    other side (a concession), told with its negation."""
    if _negated(verb) or _in_conditional(verb) or _in_pending_clause(verb):
        return []
    lemma = verb.lemma_.lower()
    if lemma in ("refrain", "hold", "desist", "abstain"):
        if lemma == "hold" and not _has_particle(verb, {"off", "back"}):
            return []
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "on")), None)
        step = _child(prep, "pcomp", "pobj") if prep is not None else None
        if step is None or not (step.tag_ == "VBG" and _restrained_step(step) or step.pos_ == "NOUN" and (
                step.lemma_.lower() in HOSTILE_NOUNS | TARIFF_WORDS | {"retaliation", "countermeasure"})):
            return []
        start = verb.i
    else:
        step = _child(verb, "xcomp")
        neg = next((c for c in step.children if c.dep_ == "neg"), None) if step is not None else None
        if step is None or neg is None or not _restrained_step(step):
            return []
        start = neg.i
    actors, explicit = finder._subject_actors(verb)
    if not actors or len({a.party for a in actors}) > 1 or not actors[0].party:
        return []
    toks = _trim([t for t in verb.subtree if t.i >= start and not (t.dep_ == "aux" and t.head == step)
                  and not (t.dep_ in ("nsubj", "nsubjpass") and t.head == verb)])
    if not _has_content(toks):
        return []
    return [_Item(CONCESSION, verb, actors, toks, finder._counterpart_in(step, CONCESSION), explicit)]


def _offer_not_to_items(finder: "_Finder", noun: "Token") -> list[_Item]:
    """'X maintains its offer not to strike Y's power plants', 'X's pledge not to raise duties':
    an offer of restraint is a concession, told with its negation."""
    step = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and _infinitival(c)
                 and any(n.dep_ == "neg" for n in c.children)), None)
    if step is None or _negated_np(noun) or _deferring(noun):
        return []
    neg = next(n for n in step.children if n.dep_ == "neg")
    owner = finder._possessor(noun)
    if not owner:
        gov = noun.head if noun.dep_ in ("dobj", "nsubj", "attr") else None
        if gov is None or gov.lemma_.lower() in REJECT_VERBS | ACQUIRE_VERBS or _negated(gov):
            return []
        owner = finder._subject_actors(gov)[0]
    if not owner or len({a.party for a in owner}) > 1 or not owner[0].party:
        return []
    toks = _trim([t for t in step.subtree if t.i >= neg.i and not (t.dep_ == "aux" and t.head == step)])
    if not _has_content(toks):
        return []
    return [_Item(CONCESSION, noun, owner, toks, finder._counterpart_in(step, CONCESSION), True)]


def _held_back(it: "_Item") -> bool:
    """A concession that withholds a penalty ('not raise its counter-tariffs', 'refrained from
    imposing duties'): not itself hostile."""
    return it.trigger.lemma_.lower() in RESTRAINT_VERBS and it.trigger.pos_ == "VERB" or bool(
        it.content) and it.content[0].dep_ == "neg"


SUBMIT_VERBS = frozenset({"submit", "present", "table", "put", "hand", "send", "deliver", "lodge", "file"})


def _submitted_bare_proposal_items(finder: "_Finder", noun: "Token") -> list[_Item]:
    """'X submitted a counteroffer', 'Kim presented a revised proposal', 'both sides have put
    proposals on paper': a proposal handed to the other side is an offer even when its terms
    are not told (the proposal's own phrase is the content)."""
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma not in SUBMIT_VERBS or verb.pos_ != "VERB" or _negated(verb) or _negated_np(noun) \
            or _in_conditional(verb) or _in_pending_clause(verb) or verb.dep_ in ("xcomp", "amod", "acl", "relcl"):
        return []
    if lemma == "put" and not (_has_particle(verb, {"forward"}) or any(
            c.dep_ == "prep" and c.lower_ == "on" and _child(c, "pobj") is not None
            and _child(c, "pobj").lower_ in ("paper", "table") for c in [*verb.children, *noun.children])):
        return []
    if any(c.dep_ == "aux" and (c.lower_ in MODALS_FUTURE | MODALS_OBLIGATION or c.lower_ == "to")
           for c in verb.children) or verb.tag_ == "VB":
        return []  # "will submit a proposal": not yet handed over
    if _child(noun, "poss") is not None and finder._direct_actor(_child(noun, "poss")):
        return []  # "presented Y's proposal": another side's
    if any(c.lower_ in ("such", "this", "that", "the", "these", "those") for c in noun.children):
        return []  # "delivered such a proposal": one told elsewhere
    if any(t.dep_ == "relcl" and t.lemma_.lower() in CONTENT_VERBS and t.i > noun.i for t in verb.subtree):
        return []  # "presented the package on Monday, which included A": its terms are told
    if any(c.dep_ == "prep" and c.lower_ == "to" and _child(c, "pobj") is not None and any(
            m.lower_ in MUTUAL_NUMBERS for m in _child(c, "pobj").children) for c in verb.children):
        return []  # "submitted a proposal to the two forces": a go-between's, not a side's gift
    if any(c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and not (
            c.lower_ == "on" and _child(c, "pobj") is not None and _child(c, "pobj").lower_ in ("paper", "table"))
           for c in noun.children):
        return []  # a proposal whose terms are told: the other rules' business
    actors, explicit = finder._subject_actors(verb)
    if not actors or not all(a.party for a in actors) or actors[0].party in finder.mediators:
        return []
    toks = _trim([t for t in noun.subtree])
    doc = noun.doc
    if toks and toks[0].i >= 2 and doc[toks[0].i - 1].text == "-" and doc[toks[0].i - 2].lower_ == "counter":
        toks = [doc[toks[0].i - 2], doc[toks[0].i - 1], *toks]  # "counter-proposals", split by the tokenizer
    if not toks:
        return []
    return [_Item(CONCESSION, noun, actors, toks, finder._counterpart_in(verb, CONCESSION), explicit)]


def _bare_offer(it: "_Item") -> bool:
    """An item of _submitted_bare_proposal_items: the proposal's own phrase, terms untold."""
    return it.kind == CONCESSION and it.trigger.pos_ == "NOUN" and it.trigger.lemma_.lower() in PROPOSAL_NOUNS \
        and it.trigger.dep_ == "dobj" and it.trigger.head.lemma_.lower() in SUBMIT_VERBS \
        and set(it.content) <= set(it.trigger.subtree) | {t for t in it.trigger.doc[max(it.trigger.i - 3, 0):it.trigger.i]}


LISTING_VERBS = frozenset({"list", "set", "lay", "outline", "spell", "name", "issue", "present", "state"})


def _listed_terms_owner(finder: "_Finder", subj: "Token") -> list[_Actor]:
    """'X listed the terms under which the war could end. These conditions include A': the
    side that set out terms in the sentence before owns 'these conditions'."""
    if not any(c.lower_ in ("these", "those", "the") and c.dep_ == "det" for c in subj.children) \
            or subj.sent.start == 0:
        return []
    prev = subj.doc[subj.sent.start - 1].sent
    for t in prev:
        if t.pos_ == "NOUN" and t.lemma_.lower() in DEMAND_LIST_NOUNS | {"term"} and t.dep_ == "dobj" \
                and t.head.lemma_.lower() in LISTING_VERBS:
            actors, _ = finder._subject_actors(t.head)
            if actors and len({a.party for a in actors}) == 1 and actors[0].party:
                return actors
    return []


SPAN_NOUNS = frozenset({"hour", "day", "week", "month", "fortnight", "year"})


def _time_given_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'X gave Y 48 hours to accept', 'X is giving the government two weeks to come to the
    table': time granted to do something is an ultimatum (X's demand on Y)."""
    span = _child(verb, "dobj") or _child(verb, "npadvmod")  # the parser may take "ten days" for an adverb
    target = _child(verb, "dative")
    if span is None or target is None or span.lemma_.lower() not in SPAN_NOUNS or _negated(verb) \
            or _in_conditional(verb):
        return []
    target_actor = finder._direct_actor(target) or (finder._resolve_np(target) if target.lemma_.lower() in (
        "government", "side", "management", "employer", "company") else None)
    if not target_actor and target.lemma_.lower() in ("government", "management", "employer", "company"):
        target_actor = [_Actor(None)]  # "giving the Government two weeks": pressed, whoever it is
    if not target_actor:
        return []
    todo = next((c for c in [*span.children, *verb.children] if c.dep_ in ("advcl", "xcomp", "acl", "relcl")
                 and _infinitival(c) and _child(c, "nsubj") is None), None)
    if todo is None:
        return []
    actors, explicit = finder._subject_actors(verb)
    subj = _child(verb, "nsubj")
    teller = _reporting_subject(subj) if subj is not None and subj.lower_ in ("it", "they") else None
    if not actors and teller is not None:  # "the union said it was giving ..."
        actors = finder._direct_actor(teller) or _named_body_actors(finder, teller, []) or [
            _Actor(n) for n in dict.fromkeys(n for _, n, _ in _body_table(finder) if initials(n) == teller.text)][:1]
    if not actors or len({a.party for a in actors}) > 1 or not actors[0].party \
            or actors[0].party in {a.party for a in target_actor}:
        return []
    toks = _trim(finder._content_tokens(todo))
    if not _has_content(toks):
        return []
    return [_Item(DEMAND, verb, actors, toks, _party_of(target_actor), explicit)]


def _terms_word(obj: "Token") -> set[str]:
    """'X's terms include A': a side's terms are its demands, unless A is itself a demand noun
    ('terms include calls for A', told by that noun's own rule)."""
    return set() if obj.lemma_.lower() in DEMAND_NOUNS else {"term"}


ORDINAL_MARKS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "firstly", "secondly",
                           "thirdly", "fourthly", "finally", "lastly"})
COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "several", "2", "3", "4", "5", "6", "7"})


def _ordinal_parts(colon: "Token") -> list[list["Token"]]:
    """'...: first, A, second, B, and, third, C.' -> [A, B, C] (at least two parts)."""
    toks = list(colon.doc[colon.i + 1:colon.sent.end])
    starts = [k for k, t in enumerate(toks) if t.lower_ in ORDINAL_MARKS and (
        k == 0 or toks[k - 1].is_punct or toks[k - 1].lower_ in ("and", "then"))]
    if len(starts) < 2 or starts[0] != 0:
        return []
    parts = []
    for n, k in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(toks)
        part = toks[k + 1:end]
        while part and (part[0].is_punct or part[0].lower_ in ("and", "then")):
            part = part[1:]
        while part and (part[-1].is_punct or part[-1].is_space or part[-1].lower_ in ("and", "then")):
            part = part[:-1]
        if not _has_content(part):
            return []
        parts.append(part)
    return parts


def _ordinal_list_split(items: list[_Item]) -> list[_Item]:
    """'X demanded that Y fulfil three conditions to end the fighting: first, A, second, B, and,
    third, C': one demand per numbered condition, in place of the count ('fulfil three
    conditions') and of what the conditions are for."""
    out = list(items)
    for it in items:
        if it.kind != DEMAND or not it.content or it not in out:
            continue
        last = max(t.i for t in it.content)
        doc = it.trigger.doc
        colon = next((doc[k] for k in range(last + 1, min(last + 3, it.trigger.sent.end))
                      if doc[k].text == ":"), None)
        counted = next((t for t in it.content if t.pos_ == "NOUN" and t.lemma_.lower() in DEMAND_LIST_NOUNS
                        | {"step", "point", "term", "measure"} and any(
                            c.lower_ in COUNT_WORDS for c in t.children)), None)
        if colon is None or counted is None:
            continue
        parts = _ordinal_parts(colon)
        if not parts:
            continue
        out = [o for o in out if o is not it and not (o.trigger == counted or o.trigger in counted.subtree
                                                      and o.trigger != it.trigger)]
        out.extend(_Item(DEMAND, part[0], it.actors, part, it.counterpart, it.explicit_actor) for part in parts)
    return out


def _otherwise_items(finder: "_Finder", adv: "Token") -> list[_Item]:
    """'We need an agreement in our interest; otherwise, we don't sign': what a side says it
    needs, backed by a refusal or threat if it is not met, is its demand (told with the
    refusal)."""
    act = adv.head
    if not _is_verbal(act) or not (any(c.dep_ == "neg" for c in act.children) or any(
            c.dep_ == "aux" and c.lower_ in MODALS_FUTURE | {"'ll", "’ll"} for c in act.children)):
        return []
    need = next((c for c in act.children if c.dep_ in ("ccomp", "conj", "parataxis") and c.i < adv.i
                 and c.lemma_.lower() in ("need", "want", "require") and c.pos_ == "VERB"), None)
    obj = _child(need, "dobj") if need is not None else None
    if obj is None or _negated(need) or finder._direct_actor(obj):
        return []
    actors, explicit = finder._subject_actors(need)
    if not actors:
        actors = finder._speaker(act) or []
    if not actors or len({a.party for a in actors}) > 1 or not actors[0].party:
        return []
    tail = [t for t in act.subtree if t.i >= adv.i and not (t.dep_ == "ccomp" and t.head == act)
            and not any(a.dep_ == "ccomp" and a.head == act for a in t.ancestors if a.i < adv.i)]
    tail = [t for t in tail if t.i <= max([act.i] + [c.right_edge.i for c in act.children
                                                      if c.i > act.i and c.dep_ not in ("punct",)
                                                      and c.dep_ != "ccomp"])]
    doc = adv.doc
    glue = [doc[k] for k in range(obj.right_edge.i + 1, adv.i) if doc[k].text in (";", ",", "—")][:1]
    toks = _trim(list(obj.subtree)) + glue + tail
    if not _has_content(toks):
        return []
    return [_Item(DEMAND, need, actors, toks, finder._counterpart_in(obj, DEMAND), explicit)]


def _named_red_line_items(finder: "_Finder", line: "Token") -> list[_Item]:
    """'X's farming and dairy are big red lines', 'X stressed that any change in Y's troop
    deployment would cross a red line', 'A is among X's red lines': what a side calls a red line
    is pressed on the other side (a demand); the content keeps the 'red line' words."""
    verb = line.head
    if line.dep_ == "pobj":
        if verb.lower_ != "among" or verb.head.lemma_ != "be":
            return []
        verb = verb.head
    lemma = verb.lemma_.lower()
    if not (lemma == "be" and line.dep_ in ("attr", "pobj") or lemma == "cross" and line.dep_ == "dobj"):
        return []
    if _negated(verb) or _in_conditional(verb) or _child(verb, "nsubj") is None:
        return []
    subj = _child(verb, "nsubj")
    if subj.pos_ not in ("NOUN", "PROPN") or finder._direct_actor(subj) or subj.lemma_.lower() in GENERIC_OUTCOMES:
        return []
    owner = finder._possessor(subj) if _child(subj, "poss") is not None else None
    if not owner and _child(line, "poss") is not None:
        owner = finder._possessor(line)  # "A is among X's red lines"
    actors = owner or finder._speaker(verb) or []
    if not actors or len({a.party for a in actors}) > 1 or not actors[0].party:
        return []
    keep = set(subj.subtree) | {verb} | {c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < line.i} \
        | {line} | {t for c in line.children if c.dep_ in ("amod", "compound", "det", "nummod") and c.i < line.i
                    for t in c.subtree} | (
            {line.head} if line.dep_ == "pobj" else set())
    toks = _trim(sorted((t for t in keep if not (t.dep_ == "poss" and t.head == subj and owner)),
                        key=lambda t: t.i))
    toks = [t for t in toks if not (t.is_punct and t.text in ("\u201c", "\u201d", '"'))]
    if not _has_content(toks):
        return []
    return [_Item(DEMAND, line, actors, toks, finder._counterpart_in(subj, DEMAND), True)]


def _included_comma_split(it: "_Item") -> list[_Item]:
    """'X's terms include A, "B held by Y," C, and D': a list the parser did not coordinate
    (quotes, long items) is split at its commas when every part opens a noun phrase."""
    if it.trigger.lemma_.lower() not in ("include", "contain") or len(it.content) < 6:
        return [it]
    parts = _noun_phrase_parts([t for t in it.content if t.text not in ("\u201c", "\u201d", '"')])
    if len(parts) < 2:
        return [it]
    return [_Item(it.kind, p[0], it.actors, _trim(p), it.counterpart, it.explicit_actor, it.sent) for p in parts]


def _member_object(obj: "Token") -> bool:
    """'asking its employees to give notice', 'urged nurses to return': members of a body, in
    the plural, as the side pressed."""
    return obj.tag_ == "NNS" and obj.lemma_.lower() in MEMBER_NOUNS and obj.dep_ in ("dobj", "pobj")


TARIFF_FALL_VERBS = frozenset({"fall", "drop", "decrease", "decline", "ease"})
TARIFF_CUT_VERBS = frozenset({"cut", "reduce", "lower", "slash", "halve", "trim"})
TARIFF_DOWN_VERBS = TARIFF_FALL_VERBS | TARIFF_CUT_VERBS
OFFER_OR_PROMISE_NOUNS = PROPOSAL_NOUNS | PROMISE_NOUNS


def _falling_tariff_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'American tariffs on Swiss exports, imposed by Trump, will fall from 39% to 15%', 'U.S.
    duties on Y's steel will be cut to 10%': a side's tariff told as coming down to a figure is
    that side's concession (the side named on the tariff, or the one who imposed it)."""
    lemma = verb.lemma_.lower()
    subj = _child(verb, "nsubj") if lemma in TARIFF_FALL_VERBS else _child(verb, "nsubjpass")
    if subj is None or not (subj.lemma_.lower() in TARIFF_WORDS or subj.lower_ in ("tariffs", "duties", "levies")):
        return []
    if _negated(verb) or _in_conditional(verb) or any(
            c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "should", "must") for c in verb.children):
        return []
    figures = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "from", "by")
               and any(t.like_num for t in c.subtree)]
    if not any(c.lower_ == "to" or c.lower_ == "by" for c in figures) and not any(
            t.dep_ == "quantmod" and t.lower_ == "to" for c in figures for t in c.subtree):
        return []  # no figure it comes down to
    owner: list[_Actor] = []
    for c in subj.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < subj.i:
            a = finder._direct_actor(c)
            if a and a[0].party:
                owner = [_Actor(a[0].party)]
    if not owner:
        acl = next((c for c in subj.subtree if c.dep_ == "acl" and c.lemma_.lower() in ("impose", "levy", "set")), None)
        agent = next((c for c in acl.children if c.dep_ == "agent"), None) if acl is not None else None
        who = _child(agent, "pobj") if agent is not None else None
        a = finder._direct_actor(who) if who is not None else None
        if a and a[0].party:
            owner = [_Actor(a[0].party, a[0].person)]
    if not owner:
        owner = _earlier_tariff_owner(finder, subj)  # "Indian tariffs will fall ... Whisky tariffs will be halved"
    if not owner:
        return []
    on = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("on", "against")), None)
    target = next((a.party for t in (on.subtree if on is not None else []) for a in (finder._direct_actor(t) or [])
                   if a.party and a.party != owner[0].party), None)
    keep = {subj} | {t for c in subj.children if c.dep_ in ("amod", "compound", "prep", "nmod", "poss", "det")
                     for t in c.subtree} | {verb} | {c for c in verb.children if c.dep_ in ("aux", "auxpass")} \
        | {t for c in figures for t in c.subtree}
    cut = {t for k in keep if k.dep_ in ("acl", "relcl", "appos") for t in k.subtree}  # "imposed by X"
    toks = _trim(sorted(keep - cut, key=lambda t: t.i))
    toks = [t for t in toks if not (t.text == "," and t.i < verb.i)]
    if not _has_content(toks):
        return []
    return [_Item(CONCESSION, verb, owner, toks, target, True)]


PLACE_WORDS = frozenset({"city", "strip", "province", "region", "island", "islands", "sea", "coast", "border",
                         "bank", "state", "republic", "kingdom", "union", "government", "ministry", "army"})
PRESS_WORDS = frozenset({"daily", "news", "times", "herald", "journal", "tribune", "gazette", "telegraph", "review",
                         "today", "observer", "express", "agency", "radio", "tv", "television", "broadcasting"})


def _party_named_firm(finder: "_Finder", head: "Token") -> list[_Actor]:
    """'Canada Post is offering ...', 'Swiss Post proposed ...': a firm whose name carries a
    party's name acts as itself (named in full), when it is the subject of a step, not of a
    report; a paper ('the Bangkok Post reported') is not a side."""
    if head.pos_ != "PROPN" or head.ent_type_ in ("GPE", "LOC", "PERSON", "NORP", "FAC") \
            or head.dep_ not in ("nsubj", "nsubjpass") or head.lower_ in PLACE_WORDS:
        return []
    if head.head.lemma_.lower() in REPORTING | {"report", "write", "publish", "quote", "cite"}:
        return []
    start = head.i
    while start > head.sent.start and head.doc[start - 1].dep_ == "compound" and head.doc[start - 1].head == head \
            and head.doc[start - 1].pos_ == "PROPN":
        start -= 1
    name = head.doc[start:head.i + 1]
    if len(name) < 2 or any(c.dep_ == "det" for c in head.children) or {t.lower_ for t in name} & PRESS_WORDS \
            or name.text in NEWS_AGENCIES:
        return []  # "the Bangkok Post": a paper
    if not finder.ctx.parties_in(name.start_char, name.end_char) or finder._direct_actor(head):
        return []  # no party's name in it
    return [_Actor(name.text)]


NP_OPENING_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "RBR", "NN", "NNS", "CD", "VBN", "VBD", "$"})


def _noun_phrase_parts(toks: list["Token"]) -> list[list["Token"]]:
    """A comma list split into its parts when every part opens a noun phrase (else one part)."""
    parts: list[list[Token]] = [[]]
    for t in toks:
        if t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    parts = [p[1:] if p and p[0].lower_ in ("and", "or") else p for p in parts]
    parts = [p for p in parts if p]
    if len(parts) < 2 or not all(p[0].tag_ in NP_OPENING_TAGS or p[0].pos_ == "PROPN" for p in parts) \
            or not all(any(t.pos_ in ("NOUN", "PROPN") for t in p) for p in parts):
        return [toks]
    return parts


def _recipient_first_offer_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'X is offering members of two units 11.5 per cent more in pay, protected pensions and
    better leave': with the recipients first the parser loses the offered figure; the terms
    are what follows, from the figure on (one offer per listed term)."""
    if _negated(verb) or _in_conditional(verb) or _child(verb, "dative") is not None:
        return []
    obj = _child(verb, "dobj")
    doc = verb.doc
    end = verb.sent.end
    fig = next((t for t in doc[obj.i + 1:end] if t.like_num and any(
        x.lower_ in ("per", "percent", "%") for x in doc[t.i + 1:min(t.i + 3, end)])), None)
    if fig is None or fig.i > obj.right_edge.i + 1 and fig.head.i < obj.i:
        return []
    start = fig.i - 1 if fig.i > 0 and doc[fig.i - 1].tag_ == "$" else fig.i
    toks = [t for t in doc[start:end] if not t.is_space]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    actors, explicit = finder._subject_actors(verb)
    if not actors or len({a.party for a in actors}) > 1 or not actors[0].party:
        return []
    cp = _party_of(_body_object(finder, obj))
    return [_Item(CONCESSION, part[0], actors, _trim(part), cp, explicit) for part in _noun_phrase_parts(toks)
            if _has_content(part)]


BLESSING_NOUNS = frozenset({"coordination", "approval", "consent", "permission", "authorization",
                            "authorisation", "blessing", "consultation", "support", "backing", "knowledge"})


def _not_without_items(finder: "_Finder", prep: "Token") -> list[_Item]:
    """'X will not lift its sanctions without firm guarantees', 'X would not consider cutting
    tariffs without a major concession': what a side vows not to move without is its demand
    (told with the step it holds back)."""
    what = _child(prep, "pobj") or _gained_gerund(prep)  # "... without achieving all of its goals"
    if what is None or what.pos_ != "NOUN" and what.tag_ != "VBG" or what.ent_type_ in ("DATE", "TIME") \
            or what.lemma_.lower() in ("delay", "doubt", "question", "hesitation", "problem", "reason") \
            or what.lemma_.lower() in BLESSING_NOUNS:
        return []  # "will not act without Washington's coordination": an ally's nod, no term
    verb = prep.head
    while verb.dep_ in ("xcomp", "dobj") and not any(c.dep_ == "neg" for c in verb.children) \
            and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "would not consider reducing X without Y": the negated verb above
    neg = next((c for c in verb.children if c.dep_ == "neg"), None)
    if neg is None or not any(c.dep_ == "aux" and (c.lower_ in MODALS_FUTURE or c.lemma_ == "will")
                              for c in verb.children) or _in_conditional(verb):
        return []
    actors, explicit = finder._subject_actors(verb)
    if not actors or len({a.party for a in actors}) > 1 or not (actors[0].party or actors[0].person) \
            or finder._direct_actor(what) or _is_meeting_content(what):
        return []  # (a named person whose side the article leaves untold still speaks for it)
    end = what.right_edge.i
    toks = _trim([t for t in verb.subtree if neg.i <= t.i <= end and not (t.dep_ == "aux" and t.head == verb)])
    if not _has_content(toks):
        return []
    return [_Item(DEMAND, prep, actors, toks, finder._counterpart_in(verb, DEMAND), explicit)]


def _past_date_phrase(noun: "Token") -> "Token":
    """'presented the package on Wednesday, which included A': a relative clause the parser
    hung on the date after a document goes with the document (the verb's object)."""
    if noun.ent_type_ not in ("DATE", "TIME") or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return noun
    obj = _child(noun.head.head, "dobj")
    return obj if obj is not None and obj.i < noun.i and obj.lemma_.lower() in PROPOSAL_NOUNS | DOCUMENT_NOUNS \
        else noun


def _presenter(finder: "_Finder", doc_noun: "Token") -> list[_Actor]:
    """The side that presented / tabled the document ('X had presented the government's
    package'), when the document's own owner is not resolved."""
    verb = doc_noun.head
    if doc_noun.dep_ != "dobj" or verb.lemma_.lower() not in HANDING_VERBS | MAKE_VERBS | {"unveil"} \
            or _negated(verb):
        return []
    actors, _ = finder._subject_actors(verb)
    return actors if actors and len({a.party for a in actors}) == 1 and actors[0].party else []


__all__ = ["find_positions", "DEMAND_VERBS", "CONCESSION_VERBS", "DEMAND_NOUNS",
           "CONCESSION_NOUNS", "GIVING_VERBS"]


def _floor_word(tok: "Token") -> bool:
    """'nothing / anything' with 'less' or 'short' on it: the floor of 'nothing less than Y'."""
    return tok.lower_ in ("nothing", "anything") and any(
        a.dep_ == "amod" and a.lower_ in ("less", "short") for a in tok.children)


def _nothing_less_items(finder: "_Finder", tok: "Token") -> list[_Item]:
    """'X will not accept anything less than Y', 'X will settle for nothing short of Y': the
    floor a side sets is its demand."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("than", "of")), None)
    floor = _child(prep, "pobj", "pcomp") if prep is not None else None
    holder = tok.head
    if floor is None and holder.pos_ == "NUM" and holder.dep_ == "nummod":
        # "anything less than $2 billion in aid": the parser makes the sum the quantity of 'anything'
        floor, holder = holder, holder.head
    if floor is None or tok.dep_ != "amod" or holder.lower_ not in ("anything", "nothing"):
        return []  # ('less' may sit on the sum, not on 'anything', so not `_floor_word`)
    verb = holder.head if holder.dep_ == "dobj" else (
        holder.head.head if holder.dep_ == "pobj" and holder.head.dep_ == "prep" else None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or _in_conditional(verb):
        return []
    actors, explicit = finder._subject_actors(verb)
    if not actors or len({a.party for a in actors}) > 1:
        return []
    end = max(t.i for t in floor.subtree)
    toks = [t for t in floor.subtree if t != tok and not (t.lower_ == "than" and t.dep_ == "quantmod")]
    for c in sorted(verb.children, key=lambda c: c.i):  # "... than lower tariffs on salmon": 'on' hung on the verb
        if c.dep_ == "prep" and c.i == end + 1 and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
            toks.extend(c.subtree)
            end = max(t.i for t in c.subtree)
    toks = _trim(sorted(toks, key=lambda t: t.i))
    if not _has_content(toks):
        return []
    return [_Item(DEMAND, tok, actors, toks, finder._counterpart_in(verb, DEMAND), explicit)]


def _without_items(finder: "_Finder", prep: "Token") -> list[_Item]:
    """'There can be no deal without Y' (said by X): what a side makes the price of any accord
    is its demand."""
    what = _child(prep, "pobj", "pcomp")
    head = prep.head
    if what is None or finder._direct_actor(what):
        return []
    if head.pos_ != "NOUN" or head.lemma_.lower() not in GENERIC_OUTCOMES | TRUCE_NOUNS | {"accord", "treaty", "pact"} \
            or not any(c.lower_ == "no" and c.dep_ == "det" for c in head.children):
        return []  # ("X will not sign any deal without Y" is `_not_without_items`)
    actors = finder._speaker(head) or []  # "X said there could be no peace without Y"
    if not actors or len({a.party for a in actors}) > 1 or not (actors[0].party or actors[0].person):
        return []
    toks = _trim(list(what.subtree))
    if not _has_content(toks):
        return []
    return [_Item(DEMAND, prep, actors, toks, finder._counterpart_in(head.head, DEMAND), True)]


def _deadline_items(finder: "_Finder", noun: "Token") -> list[_Item]:
    """'X set a deadline for Y to do Z', 'X gave Y an ultimatum to do Z': Z is pressed on Y."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in ("set", "give", "issue", "impose") \
            or _negated(verb) or _in_conditional(verb):
        return []
    step = next((c for c in noun.children if c.dep_ in ("advcl", "acl", "relcl") and _infinitival(c)), None)
    if step is None:  # "set a deadline for Y to ...": the parser may hang the clause on the verb
        end = max(t.i for t in noun.subtree)
        step = next((c for c in verb.children if c.dep_ == "advcl" and _infinitival(c)
                     and c.left_edge.i == end + 1), None)
    if step is None:
        return []
    subj = _child(step, "nsubj")
    target = finder._direct_actor(subj) if subj is not None else None
    if not target:
        target = finder._direct_actor(_child(verb, "dative"))
    actors, explicit = finder._subject_actors(verb)
    if not actors or not target or len({a.party for a in actors}) > 1 \
            or {a.party for a in target} & {a.party for a in actors}:
        return []
    toks = _trim([t for t in step.subtree if t.dep_ != "mark" and t != subj and t.i >= (subj.i + 1 if subj is not None else step.left_edge.i)
                  and not (t.dep_ == "aux" and t.lower_ == "to")])
    if not _has_content(toks):
        return []
    return [_Item(DEMAND, noun, actors, toks, _party_of(target), explicit)]


def _verb_hung_tail(finder: "_Finder", h: "Token", noun: "Token") -> list["Token"]:
    """'renewed its demand for lower tariffs on salmon': the parser may hang 'on salmon' on the
    verb or on 'demand'; a phrase right after the term belongs to the term (not a side, a day,
    or a place of talks)."""
    verb = noun.head
    if h.dep_ not in ("pobj", "pcomp") or h.head.head not in (noun, verb) or verb.pos_ not in ("VERB", "AUX"):
        return []
    end = max(t.i for t in h.subtree)
    tail = next((c for c in [*verb.children, *noun.children] if c.dep_ == "prep" and c.i == end + 1
                 and c.lower_ in ("on", "of", "for", "from")), None)
    p = _child(tail, "pobj") if tail is not None else None
    if p is None or finder._direct_actor(p) or any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC")
                                                    for t in tail.subtree):
        return []
    return list(tail.subtree)


def _compound_focus_heads(finder: "_Finder", noun: "Token", lemma: str) -> list["Token"]:
    """'Hamas's demands center on halting X': the parser reads 'demands center' as one noun, the
    plural demands (or offers) a modifier of 'center'; the content is what that noun is on. A
    singular modifier ('the offer centre') is a true compound and says nothing."""
    if noun.dep_ != "compound" or noun.tag_ != "NNS" or lemma not in DEMAND_LIST_NOUNS | CONCESSION_NOUNS:
        return []
    head = noun.head
    if head.lemma_.lower() not in FOCUS_VERBS or head.i != noun.i + 1 \
            or head.dep_ not in ("ROOT", "ccomp", "conj", "nsubj"):
        return []
    if any(c.dep_ == "det" for c in head.children):
        return []  # "the demands centre": a place
    on = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "around")
               and c.i == head.i + 1), None)
    p = _child(on, "pobj", "pcomp") if on is not None else None
    if p is None or finder._direct_actor(p):
        return []
    return [p]


SAID_DEAL_NOUNS = frozenset({"agreement", "deal", "accord", "settlement", "pact", "treaty", "arrangement"})
SAID_DEAL_VERBS = frozenset({"include", "involve", "guarantee", "ensure", "contain", "entail", "secure"})


def _deal_terms_said_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'X said any agreement must include Y', 'X insists that any deal would only involve Y': what
    a side says a deal must hold is its demand (not 'the agreement includes Y', a term told as
    settled, nor 'any deal must not include Y')."""
    if not (finder.sent_words & REPORTING and finder.sent_words & SAID_DEAL_VERBS):
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found} | {it.trigger.head.i for it in found}  # told already
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in REPORTING or _negated(tok):
            continue
        for c in tok.children:
            if c.dep_ != "ccomp" or c.lemma_.lower() not in SAID_DEAL_VERBS or _negated(c) or c.i in taken:
                continue
            auxes = {a.lower_ for a in c.children if a.dep_ == "aux"}
            if not (auxes & {"must", "should"} or "would" in auxes and any(
                    a.dep_ == "advmod" and a.lower_ == "only" for a in c.children)):
                continue
            subj = _child(c, "nsubj")
            if subj is None or subj.lemma_.lower() not in SAID_DEAL_NOUNS \
                    or not any(d.dep_ == "det" and d.lower_ in ("any", "every") for d in subj.children):
                continue
            obj = _child(c, "dobj")
            if obj is None:
                continue
            actors, explicit = finder._subject_actors(tok)
            if not actors or len({a.party for a in actors}) != 1 or not explicit:
                continue
            toks = sorted(set(obj.subtree) | {t for ch in c.children if ch.i > obj.i
                                               and ch.dep_ in ("prep", "advmod") and ch.lower_ != "only"
                                               for t in ch.subtree}, key=lambda t: t.i)
            toks = _trim(toks)
            if _has_content(toks):
                out.append(_Item(DEMAND, c, actors, toks, finder._counterpart_in(c, DEMAND), explicit))
    return out


UNDER_PLAN_NOUNS = frozenset({"proposal", "plan", "offer", "draft", "terms", "blueprint", "roadmap",
                              "counterproposal", "counter-proposal"})


def _under_proposal_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'Under the proposal X sent to Y, Y will have to cut A and stop B', 'Under X's plan, Y must
    A': each step the plan obliges the other side to take is the plan owner's demand on it (not
    'Under the deal, Y would A', a term told as agreed, nor a plan with no owner told)."""
    if "under" not in finder.sent_words:
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found}
    for under in sent:
        if under.lower_ != "under" or under.dep_ != "prep":
            continue
        noun = _child(under, "pobj")
        if noun is None or noun.lemma_.lower() not in UNDER_PLAN_NOUNS:
            continue
        owner = None
        rel = next((c for c in noun.children if c.dep_ == "relcl" and _child(c, "nsubj") is not None), None)
        if _child(noun, "poss") is not None or any(c.dep_ in ("compound", "amod") for c in noun.children):
            owner, _ = finder._noun_actor(noun)
        if not owner:
            owner = finder._direct_actor(_child(rel, "nsubj")) if rel is not None else None
        if not owner or len({a.party for a in owner}) != 1:
            continue
        verb = under.head
        steps: list["Token"] = []
        auxes = {a.lower_ for a in verb.children if a.dep_ == "aux"}
        if verb.lemma_.lower() == "have" and _child(verb, "xcomp") is not None and _infinitival(_child(verb, "xcomp")):
            steps = [_child(verb, "xcomp")]  # "Y will have to A"
        elif auxes & {"must"} and verb.pos_ == "VERB":
            steps = [verb]  # "Y must A"
        if not steps or _negated(verb) or verb.i in taken or steps[0].i in taken:
            continue
        subj = _child(verb, "nsubj")
        target = finder._direct_actor(subj) if subj is not None else None
        if not target and subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            target = finder._resolve_np(subj)
        if not target and subj is not None and subj.pos_ in ("NOUN", "PROPN") and rel is not None:
            # "the proposal X sent to Tehran, the Islamic republic will have to": the side it was sent to
            to = next((c for c in rel.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"), None)
            target = finder._direct_actor(_child(to, "pobj")) if to is not None and _child(to, "pobj") is not None \
                else None
        if not target or len({a.party for a in target}) != 1 or target[0].party == owner[0].party:
            continue
        for h in _split_coordination(steps[0], verb):
            toks = [t for t in finder._content_tokens(h, exclude_subject_of=h) if t.i > under.i
                    and t not in set(noun.subtree)]
            toks = _trim(toks)
            if _has_content(toks):
                out.append(_Item(DEMAND, h, owner, toks, target[0].party, True))
    return out


OBLIGING_VERBS = frozenset({"require", "prompt", "oblige", "obligate", "commit", "compel", "bind", "force"})
OBLIGING_DEALS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "framework", "arrangement",
                            "settlement"})


def _deal_obliges_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'The agreement would also prompt X to buy A and streamline B', 'the deal commits X to
    buying A', 'under the deal, X is required to A': each step a deal binds a side to take is that
    side's concession (not 'the deal would not require X to ...', nor a side that is no party)."""
    if not finder.sent_words & OBLIGING_VERBS:
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found}
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in OBLIGING_VERBS or _negated(verb) or verb.i in taken:
            continue
        subj = _child(verb, "nsubj")
        bound = None
        if subj is not None and subj.lemma_.lower() in OBLIGING_DEALS:
            bound = _child(verb, "dobj")
        elif _child(verb, "nsubjpass") is not None and any(
                c.dep_ == "prep" and c.lower_ == "under" and _child(c, "pobj") is not None
                and _child(c, "pobj").lemma_.lower() in OBLIGING_DEALS for c in verb.children):
            bound = _child(verb, "nsubjpass")
        if bound is None:
            continue
        side = finder._direct_actor(bound)
        if not side or len({a.party for a in side}) != 1:
            continue
        step = next((c for c in verb.children if c.dep_ == "xcomp" and _infinitival(c)), None)
        if step is None:
            to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > bound.i), None)
            step = _child(to, "pcomp") if to is not None else None
        if step is None or step.pos_ != "VERB":
            continue
        for h in _split_coordination(step, verb):
            toks = _trim(finder._content_tokens(h))
            if _has_content(toks) and not _is_meeting_content(h):
                out.append(_Item(CONCESSION, h, side, toks, finder._counterpart_in(h, CONCESSION), True))
    return out


def _stray_infinitive_offer_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'X proposed to the holders of its bonds, totaling $2 billion, to exchange them for new
    notes': the parser hangs the infinitive on the participle of the aside; it is what X proposes
    (only when the proposing verb has no step of its own and the aside is a bare participle)."""
    if "propose" not in finder.sent_words and "offer" not in finder.sent_words:
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found}
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("propose", "offer") or _negated(verb) \
                or verb.i in taken or _in_conditional(verb):
            continue
        if any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children):
            continue
        for part in verb.children:
            if part.dep_ != "advcl" or part.tag_ != "VBG" or part.i < verb.i \
                    or not any(c.dep_ == "punct" and c.lower_ == "," and c.i == part.i - 1 for c in verb.children):
                continue
            step = next((c for c in part.children if c.dep_ in ("advcl", "xcomp") and _infinitival(c)
                         and _child(c, "nsubj") is None and c.i > part.i), None)
            if step is None or not any(t.lower_ == "," and t.i < step.i for t in part.subtree):
                continue
            actors, explicit = finder._subject_actors(verb)
            if not actors or len({a.party for a in actors}) != 1:
                continue
            toks = _trim(finder._content_tokens(step))
            if _has_content(toks) and not _is_meeting_content(step):
                out.append(_Item(CONCESSION, verb, actors, toks, finder._counterpart_in(verb, CONCESSION), explicit))
    return out


WHOSE_DEMAND_VERBS = frozenset({"demand", "seek", "want", "request"})


def _whose_demand_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'the captain X, whose release Y is demanding, ...': Y demands the release of X (the noun
    owned by 'whose', then the named one it stands for); not when negated, nor for a side or an
    unnamed group ('the hostages, whose release Y demanded': no matter named)."""
    if "whose" not in finder.sent_words:
        return []
    out: list[_Item] = []
    # told already, but not as the bare 'whose release' the verb's own reading gives (dropped later)
    taken = {it.trigger.i for it in found if not (it.content and it.content[0].lower_ == "whose")}
    for verb in sent:
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in WHOSE_DEMAND_VERBS or verb.pos_ != "VERB" \
                or _negated(verb) or verb.i in taken:
            continue
        obj = _child(verb, "dobj")
        if obj is None or obj.pos_ != "NOUN" or obj.i > verb.i \
                or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in obj.children):
            continue
        subj = _child(verb, "nsubj")
        actors = finder._direct_actor(subj) if subj is not None else None
        if not actors or len({a.party for a in actors}) != 1:
            continue
        ante = verb.head
        if ante.pos_ != "PROPN" or finder._direct_actor(ante) and not ante.ent_type_ == "PERSON":
            continue  # a named captive; not "the hostages, whose release ..." nor a side
        inner = set(verb.subtree)
        held = [t for t in ante.subtree if t not in inner and t.dep_ != "det" and not t.is_punct and t.i <= ante.i]
        toks = [t for t in obj.subtree if t.lower_ != "whose"] + held
        if _has_content(toks):
            out.append(_Item(DEMAND, verb, actors, toks, finder._counterpart_in(verb, DEMAND), True))
    return out


def _possible_for_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'it was "possible" for X to commit to restricting A for a short time': a step X allows it
    could take is X's concession (not 'it is not possible for X to A', nor a meeting)."""
    if "possible" not in finder.sent_words and "feasible" not in finder.sent_words:
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found}
    for be in sent:
        if be.lemma_ != "be" or _negated(be) or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children):
            continue
        adj = next((c for c in be.children if c.dep_ == "acomp" and c.lower_ in ("possible", "feasible")), None)
        if adj is None or any(c.dep_ == "neg" or c.lower_ in ("impossible", "never") for c in adj.children):
            continue
        step = next((c for c in be.children if c.dep_ == "advcl" and _mark(c) == "for" and _infinitival(c)
                     and _child(c, "nsubj") is not None), None)
        if step is None or step.i in taken:
            continue
        side = finder._direct_actor(_child(step, "nsubj"))
        if not side or len({a.party for a in side}) != 1:
            continue
        head = step
        if step.lemma_.lower() in ("commit", "agree"):
            to = next((c for c in step.children if c.dep_ in ("prep", "xcomp") and c.i > step.i), None)
            head = (_child(to, "pcomp", "pobj") if to is not None and to.dep_ == "prep" else to) or step
        toks = _trim(finder._content_tokens(head, exclude_subject_of=head))
        if _has_content(toks) and not _is_meeting_content(head):
            out.append(_Item(CONCESSION, step, side, toks, finder._counterpart_in(head, CONCESSION), True))
    return out


NAMED_TERMS_NOUNS = DEMAND_LIST_NOUNS - {"request"} | {"term"}  # "its conditions / demands / terms, namely ..."


def _namely_split(it: "_Item") -> list["_Item"]:
    """'X insists on its conditions for a deal, namely, "A, B, and C"' / '... its demands: A and
    B': a position told as 'its conditions' and then spelled out is one position per item
    named (the bare 'its conditions' says nothing)."""
    heads = [t for t in it.content if t.head not in it.content or t.head == t]
    if not heads or heads[0].pos_ != "NOUN" or heads[0].lemma_.lower() not in NAMED_TERMS_NOUNS \
            or heads[0].tag_ != "NNS":
        return [it]
    doc = heads[0].doc
    end = max(t.i for t in it.content)
    sent_end = it.sent.end if it.sent is not None else heads[0].sent.end
    k = end + 1
    while k < sent_end and (doc[k].is_punct and doc[k].text != ":"):
        k += 1
    if k >= sent_end or not (doc[k].lower_ in ("namely", "specifically") or doc[k].text == ":"):
        return [it]
    k += 1
    while k < sent_end and (doc[k].is_punct or doc[k].is_space):
        k += 1
    first = next((t for t in doc[k:sent_end] if t.pos_ in ("NOUN", "PROPN")
                  and t.dep_ not in ("compound", "amod", "nmod", "poss")), None)
    if first is None or first.left_edge.i > k:
        return [it]  # (the parser may hang 'namely' on the first item)
    parts = [first]  # the items, joined as conjuncts or (by the parser) as appositions
    for p in parts:
        parts.extend(c for c in p.children if c.dep_ in ("conj", "appos") and c.i > p.i and c.pos_ in ("NOUN", "PROPN"))
    parts.sort(key=lambda t: t.i)
    if len(parts) < 2:
        return [it]
    out = []
    for p in parts:
        others = {t.i for q in parts if q is not p and q.i > p.i for t in q.subtree}
        out.extend(_listed_part(it, [t for t in p.subtree if t.i not in others and t.dep_ != "cc" and t.i >= k]))
    return out if len(out) >= 2 else [it]


# "the UK's proposed four-year deal on fish", "the government's offered 40 per cent pay rise":
# a side's own proposal named by a participle before the noun (only nouns that name terms)
PROPOSED_MARKS = frozenset({"proposed", "offered"})
PROPOSED_THINGS = frozenset({"deal", "agreement", "accord", "pact", "settlement", "compromise", "package",
                             "framework", "arrangement", "formula", "solution", "increase", "raise", "rise",
                             "hike", "cut", "reduction", "ceasefire", "truce", "exchange", "swap", "deadline",
                             "wage", "pay", "payment", "compensation", "contract", "plan", "offer", "terms",
                             "term", "extension", "freeze", "pause", "moratorium", "withdrawal", "pullback"})


def _owned_proposed_items(finder: "_Finder", mark: "Token") -> list[_Item]:
    """'EU officials rejected the UK's proposed four-year deal on fish': the possessor's offer, whatever
    the other side made of it (the noun must name terms, not a law or a budget)."""
    noun, poss = mark.head, _child(mark.head, "poss")
    if mark.dep_ != "amod":  # "the Federal Government's proposed 40 per cent increase", parsed as a verb
        noun, poss = _child(mark, "dobj"), mark.doc[mark.i - 1].head
        if noun is None or _child(mark, "nsubj") is not None:
            return []
    if poss is None or poss.lower_ in PRONOUN_PARTY | {"his", "her"} or noun.pos_ != "NOUN" \
            or noun.lemma_.lower() not in PROPOSED_THINGS or _negated_np(noun) or mark.i > noun.i:
        return []
    actors = finder._direct_actor(poss) or finder._resolve_np(poss)
    if not actors or len({a.party for a in actors}) != 1 or not actors[0].party \
            or actors[0].party in finder.mediators:
        return []
    skip = {t.i for t in poss.subtree} | {t.i for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    toks = _trim([mark] + [t for t in noun.subtree if t.i > mark.i and t.i not in skip])
    if not _has_content(toks) or len(toks) > MAX_TOKENS or not any(
            t.i != noun.i and (t.like_num or t.pos_ == "NOUN" and t.lemma_.lower() not in GENERIC_OUTCOMES | {"peace"})
            for t in toks):
        return []  # "the UK's proposed deal", "X's proposed peace plan": no terms told
    return [_Item(CONCESSION, mark, actors, toks, finder._counterpart_in(noun, CONCESSION), True)]


# "the companies have removed a requirement that ...", "the new offer removes the option of ...":
# a side taking a term of its own off the table
REMOVE_VERBS = frozenset({"remove", "eliminate", "delete", "strike"})


def _removed_term_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'X removed a requirement that Y pay back Z' (a demand-like term dropped, as with 'drop'), and
    'X's new offer removes the option of A': what an offer takes away is given up by its owner."""
    obj = _child(verb, "dobj")
    if obj is None or _negated(verb) or _in_conditional(verb) or _demanded(verb) or verb.dep_ in ("amod", "xcomp"):
        return []
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & (MODALS_OBLIGATION | {"to"}) or verb.tag_ == "VB" and not auxes & MODALS_FUTURE:
        return []  # "Y must amend Z to remove its claims": asked of Y, not given
    if obj.lemma_.lower() in DROPPABLE:
        return finder._drop_items(verb)
    subj = _child(verb, "nsubj")
    if subj is None or subj.lemma_.lower() not in PROPOSAL_NOUNS | {"draft", "deal"} \
            or obj.lemma_.lower() not in {"option", "clause", "provision", "requirement", "demand", "condition",
                                          "obligation", "cap", "limit", "restriction", "penalty"}:
        return []
    actors = finder._possessor(subj) if _child(subj, "poss") is not None else finder._owner_in(subj)
    if not actors and any(c.lower_ in ("new", "latest", "revised", "updated") for c in subj.children):
        actors = finder.last_offer_actors or finder.last_party_actor  # "The new offer also removes ...": the last told
    if not actors or len({a.party for a in actors}) != 1 or not actors[0].party:
        return []
    toks = [verb] + finder._content_tokens(obj)
    return [_Item(CONCESSION, verb, actors, toks, finder._counterpart_in(obj, CONCESSION), True)]


GOVERNMENT_QUALIFIERS = frozenset({"federal", "national", "central"})


def _named_government(finder: "_Finder") -> str | None:
    """The one country whose government the article names as such ("Colombia's government",
    "the Colombian government"), read once per article."""
    named = getattr(finder, "_government_of", False)
    if named is False:
        owners = set()
        for tok in with_lemma(finder.doc, ("government",)):
            if tok.pos_ == "NOUN":
                for c in tok.children:
                    if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i:
                        p = finder._party_at(c)
                        if p and finder.ctx.party_kind(p) == "country":
                            owners.add(p)
        named = finder._government_of = next(iter(owners)) if len(owners) == 1 else None
    return named


def _sole_country_government(finder: "_Finder", head: "Token") -> list[_Actor]:
    """'the (Federal) Government offered ...', 'the Government's proposed increase' in an article
    whose only named country is X: X's government (a union or a firm on the other side is no
    country). Only as the side that offers or pledges."""
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in head.children) or any(
            c.dep_ in ("amod", "compound", "nmod", "poss") and c.lower_ not in GOVERNMENT_QUALIFIERS
            or c.dep_ in ("prep", "acl", "relcl") for c in head.children):
        return []
    doc = head.doc
    offering = head.dep_ == "poss" and head.head.lemma_.lower() in CONCESSION_NOUNS | PROPOSED_THINGS or any(
        c.tag_ == "POS" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ in PROPOSED_MARKS for c in head.children) \
        or head.dep_ == "nsubj" and (head.head.lemma_.lower() in CONCESSION_VERBS or head.head.lemma_.lower() in GIVING_VERBS)
    if not offering:
        return []  # only for what the government gives: its offers, pledges, proposed terms
    sole = getattr(finder, "_sole_country", False)
    if sole is False:
        countries = {m.target for m in finder.ctx.party_mentions if finder.ctx.party_kind(m.target) == "country"}
        sole = next(iter(countries)) if len(countries) == 1 else None
        finder._sole_country = sole
    return [_Actor(sole)] if sole else []


def _handed_passive_proposal_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'X confirmed that counter-proposals had been submitted to Y', '"a comprehensive proposal was
    sent to Y's deputy secretary to address Z," X said': a proposal told as handed over, with no
    agent, is the offer of the side that tells of it (never of the side it went to)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    noun = next((c for c in subjects if c.lemma_.lower() in PROPOSAL_NOUNS and c.pos_ == "NOUN"), None)
    to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > verb.i), None)
    if noun is None or to is None or _child(to, "pobj") is None or _negated(verb) or _in_conditional(verb) \
            or _in_pending_clause(verb) or any(c.dep_ == "agent" for c in verb.children) or any(
            c.dep_ == "aux" and c.lower_ in MODALS_FUTURE | MODALS_OBLIGATION for c in verb.children) \
            or _negated_np(noun) or any(c.lower_ in ("such", "this", "that", "these", "those") for c in noun.children):
        return []
    recipient = finder._direct_actor(_child(to, "pobj")) or finder._resolve_np(_child(to, "pobj")) or next((
        a for t in _child(to, "pobj").subtree if t.dep_ in ("poss", "compound") and t.i < _child(to, "pobj").i
        for a in [finder._direct_actor(t)] if a), None)  # "to the US State Department's deputy secretary"
    actors = finder._speaker(verb)
    if not actors and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING:
        actors, _ = finder._subject_actors(verb.head)  # "... and confirmed that ...": the teller
    if not actors or len(actors) != 1 or not (actors[0].party or actors[0].person) \
            or actors[0].party in finder.mediators or not recipient \
            or actors[0].party in {a.party for a in recipient}:
        return []
    keep = {t.i for s in subjects for t in s.subtree}
    keep |= {t.i for c in verb.children if c.i > verb.i and (c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on", "for")
             or c.dep_ == "advcl" and _infinitival(c)) for t in c.subtree}
    doc = verb.doc
    toks = _trim([doc[k] for k in sorted(keep) if not (doc[k].dep_ == "det" and doc[k].head == noun)])
    if not _has_content(toks) or len(toks) > MAX_TOKENS:
        return []
    return [_Item(CONCESSION, verb, actors, toks, _party_of(recipient), True)]


def _said_relative(verb: "Token") -> bool:
    """'its proposal, which it says includes A': the relative's verb hung under the inserted 'it says'."""
    return verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and verb.head.lemma_.lower() in REPORTING \
        and verb.head.head.pos_ == "NOUN"


def _earlier_tariff_owner(finder: "_Finder", subj: "Token") -> list[_Actor]:
    """'The deal will slash Indian tariffs on British goods. Whisky tariffs will be halved ...': a
    tariff told with no owner (and no owner word of its own) is the one whose owner was named just
    before (within the last two sentences)."""
    if any(c.dep_ in ("poss", "det") and c.lower_ not in ("the",) for c in subj.children):
        return []  # "its tariffs", "these duties": not a bare tariff
    doc = subj.doc
    start = subj.sent.start
    prev = doc[start - 1].sent.start if start > 0 else start
    prev = doc[prev - 1].sent.start if prev > 0 else prev
    for t in reversed(doc[prev:subj.i]):
        if t.lemma_.lower() in TARIFF_WORDS or t.lower_ in ("tariffs", "duties", "levies"):
            for c in t.children:
                if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < t.i:
                    a = finder._direct_actor(c)
                    if a and a[0].party:
                        return [_Actor(a[0].party)]
    return []


PERCENT_WORDS = frozenset({"per", "cent", "percent"})


def _demand_for_tail(verb: "Token", obj: "Token") -> list["Token"]:
    """'dropped its demand for Kyiv to commit to paying $500 billion': the parser hangs the
    infinitive on the verb; it is what the dropped demand asked for."""
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if prep is None or _child(prep, "pobj") is None:
        return []
    end = max(t.i for t in obj.subtree)
    tail = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == end + 1
                 and _infinitival(c)), None)
    return list(tail.subtree) if tail is not None else []


SET_NOUNS = frozenset({"range", "series", "number", "package", "set", "array", "raft", "host", "list", "slew"})
GIVEN_SET_NOUNS = frozenset({"concession", "offer", "proposal", "measure", "step", "incentive", "commitment",
                             "pledge", "sweetener"})


def _including_concessions_items(finder: "_Finder", inc: "Token") -> list[_Item]:
    """'X has offered a wide range of concessions to Y in the talks, including the purchase of A':
    the offer told by its kind only; what 'including' names is the content."""
    verb = inc.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    if verb.lemma_.lower() not in ("offer", "propose", "make", "give", "promise", "table", "put") \
            or _negated(verb) or _in_conditional(verb) or _demanded(verb):
        return []
    obj = _child(verb, "dobj")
    if obj is None:
        return []
    what = obj
    if obj.lemma_.lower() in SET_NOUNS:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        what = _child(of, "pobj") if of is not None else None
    if what is None or what.lemma_.lower() not in GIVEN_SET_NOUNS or what.tag_ != "NNS" \
            or verb.lemma_.lower() == "make" and what.lemma_.lower() not in ("concession", "offer", "proposal"):
        return []
    content = _child(inc, "pobj")
    if content is None:
        return []
    actors, explicit = finder._subject_actors(verb)
    if not actors or len({a.party for a in actors}) != 1 or not actors[0].party:
        return []
    toks = _trim(list(content.subtree))
    if not _has_content(toks) or len(toks) > MAX_TOKENS:
        return []
    return [_Item(CONCESSION, inc, actors, toks, finder._counterpart_in(verb, CONCESSION), explicit)]


def _with_offer_verb(it: "_Item") -> None:
    """'X proposed an agenda', 'X offered compensation': a bare noun offered, with no word of its
    own, keeps its verb in the text (the noun alone does not say it was offered)."""
    verb = it.trigger
    if it.kind != CONCESSION or verb.pos_ != "VERB" or verb.lemma_.lower() not in ("propose", "offer") \
            or not it.content or verb in it.content:
        return
    head = next((t for t in it.content if t.head not in it.content), None)
    if head is None or head.pos_ != "NOUN" or head.dep_ != "dobj" or head.head != verb \
            or it.content[0].i != verb.i + 1 or len(it.content) > 2 or any(t.dep_ not in ("det", "dobj")
                                                                             for t in it.content):
        return
    it.content = [verb] + it.content


def _contrast_clause(t: "Token") -> bool:
    """'..., while / whereas X would do B': a clause set against the one it hangs on."""
    return t.dep_ == "advcl" and _mark(t) in ("while", "whereas") and _child(t, "nsubj") is not None


ASKED_MARKS = frozenset({"requested", "demanded", "sought", "proposed"})
PLAN_PART_NOUNS = frozenset({"objective", "principle", "goal", "outline", "element", "provision", "thrust",
                             "substance", "framework", "term"})
PLAN_WHOLE_NOUNS = DOCUMENT_NOUNS | PROPOSAL_NOUNS | {"program", "programme", "roadmap", "initiative", "plan"}


def _accepted_asked_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'the government had accepted a number of requested changes', 'the cabinet approved the
    objectives of the US plan': taking up what the other side asked for or laid out is giving
    ground (the object says it came from the other side: 'requested', 'of X's plan')."""
    obj = _child(verb, "dobj")
    if obj is None or _negated(verb) or _in_conditional(verb) or _demanded(verb) or _in_pending_clause(verb) \
            or obj.lemma_.lower() in ACCEPTED_OBJECTS | BACKED_OBJECTS:
        return []  # the plain objects are _verb_items' own
    what = obj
    if obj.lemma_.lower() in SET_NOUNS | {"some", "many", "most", "several", "part", "all"}:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        what = _child(of, "pobj") if of is not None else None
    if what is None:
        return []
    asked = any(c.dep_ == "amod" and c.lower_ in ASKED_MARKS for c in what.children)
    owner: list[_Actor] = []
    if not asked and what.lemma_.lower() in PLAN_PART_NOUNS:
        of = next((c for c in what.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = _child(of, "pobj") if of is not None else None
        owner = finder._owner_in(whole) or [] if whole is not None and whole.lemma_.lower() in PLAN_WHOLE_NOUNS else []
        asked = bool(owner)
    if not asked:
        return []
    actors, explicit = finder._subject_actors(verb)
    subj = _child(verb, "nsubj")
    if not actors and subj is not None and subj.lemma_.lower() in SIDE_NOUNS:
        actors = finder._speaker(verb) or []  # "X's minister confirmed the government had approved ..."
    if not actors or len({a.party for a in actors}) != 1 or not (actors[0].party or actors[0].person) \
            or actors[0].party in {a.party for a in owner}:
        return []  # "approved the objectives of its own plan": no ground given
    toks = _trim([verb] + [t for t in obj.subtree if not (t.dep_ in ("relcl", "acl") and t.head == obj)])
    toks = [t for t in toks if t == verb or not any(a.dep_ in ("relcl", "acl") and a.head == obj and t in a.subtree
                                                  for a in obj.children)]
    if not _has_content(toks) or len(toks) > MAX_TOKENS:
        return []
    return [_Item(CONCESSION, verb, actors, toks, finder._counterpart_in(verb, CONCESSION), explicit)]


EXTENDED_GIFTS = frozenset({"offer", "deadline", "exemption", "pause", "suspension", "moratorium", "waiver"})


def _extended_offer_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'X extended the early exchange offer period to December 15', 'X has extended its deadline by
    a week': more time on what X itself offered or set is given ground, told as done (the future
    is _giving_items')."""
    obj = _child(verb, "dobj")
    if obj is None or _negated(verb) or _in_conditional(verb) or _demanded(verb) or verb.dep_ in ("amod", "acl") \
            or any(c.dep_ in ("aux", "auxpass") and (c.lower_ in MODALS_FUTURE | MODALS_OBLIGATION or c.lower_ == "to")
                   for c in verb.children):
        return []
    if obj.lemma_.lower() not in EXTENDED_GIFTS and not (obj.lemma_.lower() in ("period", "window") and any(
            c.dep_ in ("compound", "nmod") and c.lemma_.lower() in EXTENDED_GIFTS for c in obj.children)):
        return []
    actors, explicit = finder._subject_actors(verb)
    if not actors or len({a.party for a in actors}) != 1 or not actors[0].party or not explicit:
        return []
    keep = [c for c in verb.children if c.i > verb.i and (c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in (
        "to", "from", "by", "until", "till", "for"))]
    toks = _trim(sorted({verb} | {t for c in keep for t in c.subtree}, key=lambda t: t.i))
    if not _has_content(toks) or len(toks) > MAX_TOKENS:
        return []
    return [_Item(CONCESSION, verb, actors, toks, finder._counterpart_in(verb, CONCESSION), explicit)]


# ---------------------------------------------------------------------------------------
# Round eight (demands): shapes found on unseen sets


def _swap_on_offer_verb(it: "_Item") -> "Token | None":
    """'X sent its plan, offering a truce in exchange for Y freeing captives': the parser hangs
    'in exchange / in return' on the offering verb, beside (not inside) the offered object."""
    if it.trigger.pos_ != "VERB":
        return None
    return next((t for c in it.trigger.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > it.trigger.i
                 for t in c.children if t.dep_ == "pobj" and t.lower_ in ("exchange", "return")), None)


def _swap_doer_step(swap: "Token", wanted: "Token") -> list["Token"]:
    """'in exchange for Y releasing 20 captives': the parser makes the side Y the object of 'for'
    and hangs its step elsewhere (on 'exchange', on the offered thing); the wanted thing is Y
    together with that step (nothing when no step follows the side)."""
    toks = list(wanted.subtree)
    end = max(t.i for t in toks)
    if end + 1 >= wanted.sent.end:
        return []
    step = wanted.doc[end + 1]
    if step.dep_ != "acl" or step.tag_ != "VBG" or step.head.i > step.i:
        return []
    return _trim(toks + list(step.subtree))


def _step_list_split(it: "_Item") -> list["_Item"]:
    """'X urges Y to stop A at once, abide by B, return to C, and jointly manage D': steps listed
    as bare verb phrases after the pressed step (the parser hangs the later ones as 'dep' or
    'conj' on the pressing verb, on the step or on each other, not as conjuncts of the step)
    are one demand each, told like the first."""
    if it.kind != DEMAND or it.trigger.pos_ != "VERB":
        return [it]
    step = next((c for c in it.trigger.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    if step is None or step not in it.content:
        return [it]
    doc = step.doc
    found: list[Token] = []
    frontier = [it.trigger, step]
    while frontier:
        h = frontier.pop()
        for c in h.children:
            if c.dep_ not in ("conj", "dep") or c.dep_ == "conj" and h == step or c.i <= step.i or c.tag_ not in ("VB", "VBP") or c.pos_ != "VERB" \
                    or not c.text.islower() or c in found or _child(c, "nsubj", "nsubjpass", "expl") is not None:
                continue
            k = next(t.i for t in c.subtree if not t.is_punct) - 1  # (a comma may hang on the step itself)
            joined = doc[k].lower_ in ("and", "or") and h in found  # "..., cut A and pledge B"
            if doc[k].lower_ in ("and", "or"):
                k -= 1
            if doc[k].text != "," and not joined or any(t.tag_ == "TO" and t.head != step for t in doc[step.i + 1: c.i]):
                continue  # "to join forces to deepen A, reduce B": the list of a nested purpose clause
            found.append(c)
            frontier.append(c)
    if not found:
        return [it]
    found.sort(key=lambda t: t.i)
    starts = [step, *found]
    out = []
    for n, s in enumerate(starts):
        later = {t.i for q in starts[n + 1:] for t in q.subtree}
        if n == 0:
            toks = [t for t in it.content if t.i not in later]
        else:
            toks = [t for t in s.subtree if t.i not in later and t.i >= s.left_edge.i]
        out.extend(_listed_part(it, [t for t in toks if not (t.is_punct and t.i < s.i and n)]))
    return out if len(out) >= 2 else [it]


GAP_DEMAND_VERBS = frozenset({"request", "seek", "want", "demand", "desire", "covet"})


def _gap_relative_items(finder: "_Finder", verb: "Token", found: list["_Item"]) -> list["_Item"]:
    """'the draft omits the guarantees Y has been requesting', 'the rights sought by Y': the noun
    a relative clause leaves as the object of a demanding verb is what the clause's subject (or
    the passive's 'by' agent) demands."""
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.i > verb.i or any(it.trigger == verb for it in found):
        return []
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative") and c.lower_ not in ("that", "which")
           for c in verb.children) or _negated(verb) or _in_conditional(verb):
        return []
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        agent = _child(_child(verb, "agent"), "pobj")
        actors = finder._direct_actor(agent) if agent is not None else None
    elif verb.dep_ == "relcl":
        subj = _child(verb, "nsubj")
        actors = finder._resolve_np(subj) if subj is not None and subj.lower_ not in ("that", "which", "who") \
            else None
    else:
        return []
    if not actors or len({a.party for a in actors}) != 1 or not actors[0].party:
        return []
    clause = {t.i for t in verb.subtree}
    toks = _trim([t for t in noun.subtree if t.i not in clause and t.i <= max(clause)])
    if not _has_content(toks) or _is_meeting_content(noun) or not any(
            c.dep_ in ("amod", "compound", "nmod", "nummod", "prep", "poss") and c.i not in clause for c in noun.children):
        return []  # "that was the date she requested": a bare noun says nothing of its own
    return [_Item(DEMAND, verb, actors, toks, finder._counterpart_in(verb, DEMAND), True)]


FOR_CLAUSE_NOUNS = frozenset({"request", "demand", "call", "plea", "appeal", "push", "insistence"})


def _stray_for_clause_items(finder: "_Finder", noun: "Token", found: list["_Item"]) -> list["_Item"]:
    """'X will raise its request for Y to lift the ban': the parser hangs 'for Y to A' on the verb
    governing the noun (an adverbial clause) instead of on the noun; A is the noun owner's
    demand on Y."""
    if noun.lemma_.lower() not in FOR_CLAUSE_NOUNS or noun.dep_ not in ("dobj", "pobj") \
            or any(it.trigger == noun for it in found):
        return []
    gov = noun.head if noun.dep_ == "dobj" else noun.head.head
    step = next((c for c in gov.children if c.dep_ == "advcl" and c.left_edge.i == noun.right_edge.i + 1
                 and _mark(c) == "for" and c.tag_ == "VB"), None)
    if step is None or _negated(gov) or _negated(step) or _in_conditional(gov):
        return []
    target = _child(step, "nsubj")
    owner = _child(noun, "poss")
    if owner is not None:
        actors, explicit = finder._direct_actor(owner) or finder._resolve_np(owner) or [], True
    else:
        actors, explicit = finder._subject_actors(gov)
    if not actors or len({a.party for a in actors}) != 1 or not actors[0].party:
        return []
    toks = _trim([t for t in step.subtree if t.i > step.i or t.dep_ in ("advmod", "neg") and t.head == step
                  or t == step])
    counterpart = _party_of(finder._direct_actor(target)) if target is not None else None
    if not _has_content(toks) or _is_meeting_content(step):
        return []
    return [_Item(DEMAND, noun, actors, toks, counterpart or finder._counterpart_in(step, DEMAND), explicit)]


def _for_subject_clause(it: "_Item") -> "_Item":
    """'X renewed its demands for quotas to be capped', 'Y accepted X's demands for the scheme to be
    capped': the parser makes the demand noun the subject of the infinitive (or hangs the
    infinitive on the verb above) and leaves 'for <thing>' on the noun; the demand is '<thing>
    to <infinitive>'."""
    noun = it.trigger
    if it.kind != DEMAND or noun.pos_ != "NOUN":
        return it
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    obj = _child(prep, "pobj") if prep is not None else None
    doc = noun.doc
    to = obj.right_edge.i + 1 if obj is not None else len(doc)
    if to >= noun.sent.end or doc[to].tag_ != "TO":
        return _bare_step_doer(it)
    verb = doc[to].head
    if verb.pos_ not in ("VERB", "AUX") or verb.i <= to or not (
            verb == noun.head and noun.dep_ in ("nsubj", "nsubjpass")
            or verb.head == noun.head and verb.dep_ in ("advcl", "xcomp", "ccomp") and noun.dep_ == "dobj"):
        return it
    toks = _trim(list(obj.subtree) + [t for t in verb.subtree if t.i >= to])
    if not _has_content(toks):
        return it
    it.content = toks
    return it


def _bare_step_doer(it: "_Item") -> "_Item":
    """'demands for Y to disarm': a bare step with no object says little without the side that
    is to take it; the side is kept with it ('Y to disarm')."""
    verb = next((t for t in it.content if t.head == it.trigger and t.pos_ == "VERB"), None)
    if verb is None or _mark(verb) != "for" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "dative",
                                                            "oprd", "prt") for c in verb.children):
        return it
    subj = _child(verb, "nsubj")
    if subj is None or subj in it.content or subj.pos_ != "PROPN":
        return it
    it.content = sorted(set(it.content) | set(subj.subtree) | {t for t in verb.subtree if t.tag_ == "TO"},
                        key=lambda t: t.i)
    return it


THING_ASKING_VERBS = frozenset({"request", "demand", "seek", "want"})
PERSON_LIKE_NOUNS = SIDE_NOUNS | MEMBER_NOUNS | OWN_PEOPLE | BODY_NOUNS | GROUP_NOUNS | INTEREST_NOUNS


def _thing_asked_for_a_purpose(it: "_Item") -> "_Item":
    """'X requested updated data to keep contact going': the object of the asking verb is a thing,
    not a side told to act, so the infinitive after it is the purpose of the request; the demand
    is the thing with its purpose, not the purpose alone."""
    verb = it.trigger
    if it.kind != DEMAND or verb.pos_ != "VERB" or verb.lemma_.lower() not in THING_ASKING_VERBS:
        return it
    obj = _child(verb, "dobj")
    step = _child(verb, "xcomp")
    if obj is None or step is None or step.i < obj.i or obj in it.content or step not in it.content \
            or obj.pos_ != "NOUN" or obj.lemma_.lower() in PERSON_LIKE_NOUNS or obj.ent_type_ \
            or obj.tag_ not in ("NN", "NNS"):
        return it
    it.content = sorted(set(it.content) | set(obj.subtree) | {c for c in step.children if c.tag_ == "TO"},
                        key=lambda t: t.i)
    return it


def _please_items(finder: "_Finder", please: "Token") -> list["_Item"]:
    """'"If possible, please end the blockade," X said. "Please also meet Y."': a request in the
    imperative, marked by 'please', inside a quotation is the speaker's demand on the side
    addressed."""
    verb = please.head
    if verb.tag_ != "VB" or verb.pos_ != "VERB" or _child(verb, "nsubj") is not None or _negated(verb):
        return []
    sent = verb.sent
    if not any(t.text in QUOTE_OPEN for t in sent if t.i < please.i):
        return []
    actors = finder._speaker(verb) or (_quote_goes_on_speaker(finder, sent) if sent.text[:1] in QUOTE_OPEN else None)
    if not actors or len({a.party for a in actors}) != 1 or not actors[0].party:
        return []
    toks = _trim([t for t in verb.subtree if t != please and not (t.dep_ == "advcl" and t.head == verb and t.i < verb.i)
                  and not any(a.dep_ == "advcl" and a.head == verb and a.i < verb.i and t in a.subtree
                              for a in verb.children)
                  and not (t.dep_ == "advmod" and t.head == verb and t.lower_ in ("also", "too", "kindly"))
                  and not t.is_quote])
    while toks and toks[-1].is_punct:
        toks.pop()
    if not _has_content(toks) or _is_meeting_content(verb) and not _child(verb, "prep", "dobj"):
        return []
    return [_Item(DEMAND, please, actors, toks, finder._counterpart_in(verb, DEMAND), True)]


def _quote_goes_on_speaker(finder: "_Finder", sent: "Span") -> list["_Actor"] | None:
    """'"A," X said. "B."': a quotation that opens right after a sentence closing a quote and
    told by a named speaker goes on in that speaker's words (used for the imperative requests
    above only: other builders read a speaker's own wishes in such quotes)."""
    doc = sent.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    root = prev.root
    if root.lemma_.lower() not in REPORTING or not any(t.text in QUOTE_CLOSE for t in prev if t.i < root.i):
        return None
    subj = _child(root, "nsubj")
    if subj is None or subj.i < root.i and subj.i < next(t.i for t in prev if t.text in QUOTE_CLOSE):
        return None  # the subject is inside the earlier quote
    if subj.pos_ == "PRON" and subj.lower_ not in ("he", "she"):
        return None
    a = finder._resolve_np(subj)
    return a or None


ALLOW_VERBS = frozenset({"allow", "permit", "let", "tolerate"})


def _not_allowed_items(finder: "_Finder", verb: "Token") -> list["_Item"]:
    """'X said it would not allow Y to keep an enrichment programme': what a side vows it will not
    let the other side do is a red line it presses on that side (its demand), told with the
    refusal ('not allow Y to keep ...')."""
    neg = _child(verb, "neg")
    if neg is None or not any(c.dep_ == "aux" and (c.lower_ in MODALS_FUTURE or c.lemma_ == "can")
                              for c in verb.children) or _in_conditional(verb):
        return []
    step = _child(verb, "xcomp") or _child(verb, "ccomp")
    obj = _child(verb, "dobj") or (_child(step, "nsubj") if step is not None and _infinitival(step) else None)
    if obj is None or step is None or step.i < obj.i:
        return []
    target = finder._direct_actor(obj)
    actors, explicit = finder._subject_actors(verb)
    if not target or not actors or len({a.party for a in actors}) != 1 or not actors[0].party \
            or target[0].party in {a.party for a in actors}:
        return []
    toks = _trim([neg, verb, *[t for t in obj.subtree], *[t for t in step.subtree]])
    toks = sorted(set(toks), key=lambda t: t.i)
    if not _has_content(toks) or _is_meeting_content(step):
        return []
    return [_Item(DEMAND, verb, actors, toks, _party_of(target), explicit)]


MARKET_NOUNS = frozenset({"sector", "market", "industry", "agriculture", "economy"})
KEEN_ADJECTIVES = frozenset({"keen", "willing", "ready", "prepared", "eager", "open"})
LOATH_WORDS = frozenset({"reluctant", "unwilling", "loath", "loth", "refuse", "decline"})


def _kept_closed_items(finder: "_Finder", verb: "Token") -> list["_Item"]:
    """'X is not keen on opening up its dairy sector', 'X is reluctant / refuses to open its farm
    market': a side holding a sector of its own closed in trade talks draws a red line, its
    demand that the sector stay out of the deal (told with the reluctance)."""
    obj = _child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in MARKET_NOUNS:
        return []
    up = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "on" else verb.head
    word = up.lemma_.lower()
    if up.dep_ == "acomp" and word in KEEN_ADJECTIVES:
        clause = up.head
        neg = _child(clause, "neg") or _child(up, "neg")
        if neg is None:
            return []
        start = neg
    elif word in LOATH_WORDS and (up.dep_ == "acomp" or up.pos_ == "VERB") and not _negated(up):
        clause = up.head if up.dep_ == "acomp" else up
        start = up
    else:
        return []
    if _in_conditional(clause):
        return []
    actors, explicit = finder._subject_actors(clause)
    if not actors or len({a.party for a in actors}) != 1 or not actors[0].party:
        return []
    doc = verb.doc
    toks = _trim([t for t in doc[start.i: verb.right_edge.i + 1] if not t.is_quote])
    while toks and toks[-1].is_punct:
        toks.pop()
    if not _has_content(toks):
        return []
    return [_Item(DEMAND, verb, actors, toks, finder._counterpart_in(verb, DEMAND), explicit)]


def _invitation_taken_up(verb: "Token", noun: "Token") -> bool:
    """'X has accepted this invitation', 'Y accepted the invitation': a side telling it takes
    up the other side's invitation (a finite clause of its own, the invitation one told
    before) concedes it, told with the verb; not 'thanked Y for accepting his invitation'."""
    if verb.tag_ not in ("VBD", "VBN", "VBZ") or verb.dep_ not in ("ROOT", "ccomp", "conj") \
            or noun.dep_ != "dobj" or noun.head != verb or noun.tag_ != "NN":
        return False
    return any(c.dep_ == "det" and c.lower_ in ("this", "the", "that") for c in noun.children)


HUNG_TOPIC_PREPS = frozenset({"regarding", "concerning", "on", "about", "covering"})


def _with_hung_topic(it: "_Item") -> None:
    """'X submitted a general proposal regarding customs duties': the parser hangs the topic on
    the verb; a bare offered proposal keeps the topic phrase that follows it right away (and
    the proposal of an accepted invitation keeps its verb: 'accepted this invitation')."""
    if it.kind != CONCESSION or not it.content:
        return
    noun = it.content[-1]
    if noun.lemma_.lower() == "invitation" and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "accept" \
            and noun.head not in it.content and it.content[0].i > noun.head.i:
        it.content = [noun.head] + it.content
        return
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PROPOSAL_NOUNS or noun.dep_ != "dobj":
        return
    verb = noun.head
    end = noun.i + 1
    while end < len(noun.doc) and noun.doc[end].is_quote:
        end += 1
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == end
                 and c.lower_ in HUNG_TOPIC_PREPS), None)
    if prep is None or _child(prep, "pobj") is None or any(
            t.ent_type_ in ("DATE", "TIME") for t in prep.subtree):
        return
    it.content = it.content + list(prep.subtree)


def _shared_reporting_subject(verb: "Token") -> "Token | None":
    """'X said A, and confirmed it has proposed B': a reporting verb conjoined to another
    reporting verb shares its subject."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in REPORTING | {"state", "announce"}:
        return None
    up = verb.head
    if up.lemma_.lower() in REPORTING | {"state", "announce"}:
        return _child(up, "nsubj")
    if up.dep_ == "ccomp" and up.head.lemma_.lower() in REPORTING and _child(up, "nsubj") is not None \
            and _child(up, "nsubj").lower_ == "it":
        return _child(up.head, "nsubj")  # "X said it hopes A, and confirmed it ...": the parser hangs the
    return None  # second reporting verb on the first one's clause


def _according_slip_subject(verb: "Token") -> "Token | None":
    """'According to the Daily Post, X's plan would cut Y': the parser hangs the real subject
    on the source as its apposition and leaves the verb without one."""
    if verb.dep_ != "ROOT" or _child(verb, "nsubjpass") is not None:
        return None
    acc = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according" and c.i < verb.i), None)
    to = _child(acc, "prep") if acc is not None else None
    src = _child(to, "pobj") if to is not None else None
    if src is None:
        return None
    return next((c for c in src.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                 and c.right_edge.i < verb.i and c.i > src.i), None)


def _unlisted_place_side(finder: "_Finder", head: "Token") -> list[_Actor]:
    """'Puntland offered Y a port': a breakaway region or land the party list lacks, named by
    the parser as a place somewhere in the article, acts as itself when it is the subject of a step (not of a report)
    and the article names it more than once (a side, not a passing place)."""
    if head.pos_ != "PROPN" or head.lower_ in PLACE_WORDS or head.ent_iob_ != "B" or not head.text[:1].isupper():
        return []
    doc = head.doc
    end = head.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end - head.i > 1 or head.head.lemma_.lower() in REPORTING | {"report", "write", "publish", "quote", "cite"}:
        return []  # one-word names only: "New Delhi" and the like are the list's business
    if any(c.dep_ in ("det", "compound", "amod", "poss") for c in head.children):
        return []
    if finder.text.count(head.text) < 2 or not any(e.label_ == "GPE" and e.text == head.text for e in doc.ents):
        return []  # named once, or never read as a place (the parser may slip on the subject itself)
    return [_Actor(head.text)]


HANDING_OFFER_VERBS = SUBMIT_VERBS | {"give", "make", "send"}


def _handed_offer_that_items(finder: "_Finder", noun: "Token", found: list["_Item"]) -> list["_Item"]:
    """'X gave Y an updated offer that drops many of its demands', 'X sent Y a proposal which
    includes A': an offer handed over whose terms a relative clause in the present tells is
    the giver's concession (the terms: what the clause does, or what it includes)."""
    verb = noun.head
    if verb.lemma_.lower() not in HANDING_OFFER_VERBS or verb.pos_ != "VERB" or _negated(verb) \
            or _in_conditional(verb) or _in_pending_clause(verb) or verb.dep_ in ("xcomp", "amod", "acl", "relcl"):
        return []
    if any(c.dep_ == "aux" and (c.lower_ in MODALS_FUTURE | MODALS_OBLIGATION or c.lower_ == "to")
           for c in verb.children) or verb.tag_ == "VB":
        return []  # "will send an offer": not yet handed over
    rel = next((c for c in noun.children if c.dep_ == "relcl" and c.tag_ in ("VBZ", "VBP")
                and _child(c, "nsubj") is not None and _child(c, "nsubj").lower_ in ("that", "which")), None)
    if rel is None or _negated(rel) or rel.lemma_.lower() in REPORTING | {"be", "have"}:
        return []
    if any(it.trigger == noun or rel in it.content for it in found):
        return []  # told already ("a proposal which includes A" as the offer's own phrase is kept)
    if _child(noun, "poss") is not None and finder._direct_actor(_child(noun, "poss")):
        return []  # "presented Y's proposal": another side's
    actors, explicit = finder._subject_actors(verb)
    if not actors or not all(a.party for a in actors) or len({a.party for a in actors}) != 1 \
            or actors[0].party in finder.mediators:
        return []
    if rel.lemma_.lower() in CONTENT_VERBS and _child(rel, "dobj") is not None:
        toks = list(_child(rel, "dobj").subtree)  # "which includes the release of A"
    else:
        subj = _child(rel, "nsubj")
        toks = [t for t in rel.subtree if t != subj]
    toks = _trim(toks)
    if not _has_content(toks):
        return []
    return [_Item(CONCESSION, noun, actors, toks, finder._counterpart_in(verb, CONCESSION), explicit)]


# ---------------------------------------------------------------------------------------
# "Among X's demands is Y"; an organisation named as the article names it


def _one_side(actors: "list[_Actor] | None") -> bool:
    """Actors that are all one named side (what a position needs as its owner)."""
    return bool(actors) and len({a.party for a in actors}) == 1 and bool(actors[0].party)


def _subjects_demand(finder: "_Finder", trigger: "Token", what: "Token") -> list[_Item]:
    """The demand worded by `what`, of the one side that is the trigger's subject (none when the
    subject names no side or several)."""
    actors, explicit = finder._subject_actors(trigger)
    item = _phrase_demand(finder, trigger, actors, what, explicit) if _one_side(actors) else None
    return [item] if item is not None else []


def _phrase_demand(finder: "_Finder", trigger: "Token", actors: "list[_Actor]", what: "Token",
                   explicit: bool) -> "_Item | None":
    """The side's demand worded by the phrase under `what` (quote marks left out), or None
    when that phrase holds no content word."""
    toks = _trim([t for t in what.subtree if not t.is_quote])
    if not _has_content(toks):
        return None
    return _Item(DEMAND, trigger, actors, toks, finder._counterpart_in(what, DEMAND), explicit)


AMONG_DEMAND_NOUNS = frozenset({"demand", "condition", "precondition", "requirement", "request"})

# "raising the issue of X", "raised the question of X with Y": an issue put to the other side
RAISED_NOUNS = frozenset({"issue", "question", "matter", "case", "concern", "plight", "fate"})


def _raised_issue_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'He would also be raising the issue of several abattoirs that remain suspended': a side
    that raises the issue, question or case of something presses for it to be settled; the
    content is what the issue is of (not 'raised the issue' alone, nor 'raised tariffs')."""
    if "raise" not in finder.sent_words:
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found}
    for verb in sent:
        if verb.lemma_.lower() != "raise" or verb.pos_ != "VERB" or verb.i in taken or _negated(verb) \
                or _in_conditional(verb):
            continue
        noun = _child(verb, "dobj")
        if noun is None or noun.lemma_.lower() not in RAISED_NOUNS:
            continue
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "over", "surrounding")),
                  None)
        what = _child(of, "pobj", "pcomp") if of is not None else None
        if what is None:
            continue
        out.extend(_subjects_demand(finder, verb, what))
    return out


def _among_demands_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'Among X's key demands is Y', 'Among the conditions set by X are A and B': the thing
    the copula names is one of X's demands."""
    if "among" not in finder.sent_words or not finder.sent_words & AMONG_DEMAND_NOUNS:
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found}
    for tok in sent:
        if tok.lower_ != "among" or tok.dep_ != "prep" or tok.head.lemma_ != "be":
            continue
        noun = _child(tok, "pobj")
        if noun is None or noun.lemma_.lower() not in AMONG_DEMAND_NOUNS or noun.i in taken:
            continue
        cop = tok.head
        what = _child(cop, "attr", "nsubj")
        if what is None or what.i < tok.i or _negated(cop):
            continue
        owner = _child(noun, "poss")
        if owner is None:
            acl = next((c for c in noun.children if c.dep_ == "acl"), None)
            agent = _child(acl, "agent") if acl is not None else None
            owner = _child(agent, "pobj") if agent is not None else None
        actors = finder._direct_actor(owner) if owner is not None else None
        if not _one_side(actors):
            continue
        item = _phrase_demand(finder, noun, actors, what, True)
        if item is not None:
            out.append(item)
    return out


def _acronym_named(finder: "_Finder", positions: list[Position]) -> None:
    """An organisation the article only ever names by its acronym ('the IMF', never the
    'International Monetary Fund') acts under that acronym (in place)."""
    for pos in positions:
        name = pos.by
        if not name or " " not in name or name in finder.text:
            continue
        short = next((a for a in _ORG_ACRONYMS().get(name, ()) if re.search(r"\b" + re.escape(a) + r"\b", finder.text)),
                     None)
        if short:
            pos.by = short


_ACRONYM_CACHE: dict[str, list[str]] = {}


def _ORG_ACRONYMS() -> dict[str, list[str]]:
    if not _ACRONYM_CACHE:
        from .parties import all_aliases, party_kind
        for name, aliases in all_aliases().items():
            if party_kind(name) != "organisation" or " " not in name:
                continue
            # (not a dateline's capitals: "BRUSSELS" beside "Brussels" is a city, no acronym)
            shorts = [a for a in aliases if a.isupper() and a.isalpha() and len(a) >= 3
                      and a.capitalize() not in aliases]
            if shorts:
                _ACRONYM_CACHE[name] = shorts
        _ACRONYM_CACHE.setdefault("", [])
    return _ACRONYM_CACHE


# ---------------------------------------------------------------------------------------
# "requests from X to do Y"; "X has called to do Y"


FROM_DEMAND_NOUNS = frozenset({"request", "call", "demand", "appeal", "plea"})


def _requests_from_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'repeated requests from X to hold a third round', 'calls from X for a new survey': the
    side the requests come from makes the demand (whoever answers them)."""
    if "from" not in finder.sent_words or not finder.sent_words & FROM_DEMAND_NOUNS:
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found}
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in FROM_DEMAND_NOUNS or tok.i in taken:
            continue
        src = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        who = _child(src, "pobj") if src is not None else None
        actors = finder._direct_actor(who) if who is not None else None
        if not _one_side(actors):
            continue
        what = next((c for c in tok.children if c.dep_ == "acl" and _infinitival(c)), None)
        if what is None:
            for_prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"), None)
            what = _child(for_prep, "pobj", "pcomp") if for_prep is not None else None
        if what is None:
            # the parser hangs "to hold Y" on the verb: the infinitive right after the phrase
            nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < sent.end else None
            if nxt is not None and nxt.lower_ == "to" and nxt.dep_ == "aux" and nxt.head.dep_ in ("advcl", "xcomp") \
                    and nxt.head.head in list(tok.ancestors)[:2]:
                what = nxt.head
            elif nxt is not None and nxt.lower_ == "for" and nxt.dep_ == "prep" and nxt.head in list(tok.ancestors)[:2]:
                what = _child(nxt, "pobj", "pcomp")  # "calls from X for Y": 'for' hung on the verb
        if what is None:
            continue
        item = _phrase_demand(finder, tok, actors, what, True)
        if item is not None and not (_is_meeting_content(what) and what.pos_ != "VERB"):
            out.append(item)
    return out


def _called_to_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'X has called to quickly set new dates': 'call' with a bare infinitive and no one
    called upon presses for that step."""
    if "call" not in finder.sent_words:
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found}
    for tok in sent:
        if tok.lemma_.lower() != "call" or tok.pos_ != "VERB" or tok.i in taken:
            continue
        if any(c.dep_ in ("dobj", "auxpass", "nsubjpass", "dative", "prep", "prt") for c in tok.children):
            continue  # "called Y to ...", "was called to testify", "called on Y to ..."
        what = next((c for c in tok.children if c.dep_ == "xcomp" and _infinitival(c)), None)
        if what is None or what.i < tok.i or _negated(tok) or _in_conditional(tok):
            continue
        out.extend(_subjects_demand(finder, tok, what))
    return out


# ---------------------------------------------------------------------------------------
# "X said peace can only be achieved through Y"


ONLY_THROUGH_VERBS = frozenset({"achieve", "reach", "resolve", "solve", "settle", "secure", "end",
                                "restore", "attain", "bring", "find", "guarantee", "ensure"})


def _only_through_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'X dismissed the calls, saying peace could only be achieved through direct talks with Y':
    the one road a side says leads to the end it names is its demand."""
    if "only" not in finder.sent_words or not finder.sent_words & {"through", "via", "by"}:
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found}
    for tok in sent:
        if tok.lower_ != "only" or tok.dep_ != "advmod":
            continue
        verb = tok.head.head if tok.head.dep_ in ("prep", "agent") else tok.head
        if verb.lemma_.lower() not in ONLY_THROUGH_VERBS or verb.i in taken or _negated(verb):
            continue
        road = next((c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("through", "via", "by")),
                    None)
        way = _child(road, "pobj", "pcomp") if road is not None else None
        if way is None or way.i < tok.i:
            continue
        say = verb.head
        if verb.dep_ != "ccomp" or say.lemma_.lower() not in REPORTING or _negated(say):
            continue
        actors, explicit = finder._subject_actors(say)
        if not _one_side(actors):
            continue
        toks = _trim([t for t in verb.subtree if not t.is_quote and t.dep_ != "mark"])
        if not _has_content(toks):
            continue
        out.append(_Item(DEMAND, verb, actors, toks, finder._counterpart_in(way, DEMAND), explicit))
    return out


# ---------------------------------------------------------------------------------------
# "X proposed to lift the tariffs imposed by Y": relief from the other side's measure


OTHERS_MEASURE_NOUNS = frozenset({"tariff", "duty", "levy", "levies", "sanction", "ban", "restriction", "embargo"})


def _others_measure_relief(finder: "_Finder", it: _Item) -> _Item:
    """'X proposed to cut the tariffs imposed by Y', 'X's proposal to lift the ban Y imposed on
    its beef': a side proposing relief from a measure the other side imposed asks that side
    for it (a demand on Y, in place), it does not give it."""
    if it.kind != CONCESSION or len({a.party for a in it.actors}) != 1 or not it.actors[0].party or not it.content:
        return it
    verb = it.content[0]
    if not _is_verbal(verb) or verb.lemma_.lower() not in RELIEF_VERBS:
        return it
    obj = _child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in OTHERS_MEASURE_NOUNS:
        return it
    imposed = next((c for c in obj.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() == "impose"), None)
    if imposed is None:
        return it
    agent = _child(imposed, "agent")
    who = _child(agent, "pobj") if agent is not None else _child(imposed, "nsubj")
    if who is None:
        return it
    other = finder._direct_actor(who)
    if not other:  # "imposed by the Kenyan government", "by the Donald Trump government"
        other = next((a for t in who.subtree if t.dep_ in ("amod", "compound", "poss")
                      and (a := finder._direct_actor(t)) and a[0].party), None)  # "Donald": no side of its own
    if not other:  # "the Donald Trump government": a well-known leader's name as the modifier
        names = [t for t in who.children if t.dep_ == "compound" and t.pos_ == "PROPN"]
        side = known_side(" ".join(x.text for x in finder.doc[names[0].left_edge.i:names[-1].i + 1])) if names else None
        other = [_Actor(side)] if side else None
    party = other[0].party if other else None
    if not party or party == it.actors[0].party:
        return it
    it.kind = DEMAND
    it.counterpart = party
    return it


# ---------------------------------------------------------------------------------------
# "Both leaders called for a ceasefire": a joint call for a truce


JOINT_TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "cessation"})


def _joint_truce_call(heads: list["Token"], verb: "Token") -> bool:
    """'X and Y called for a ceasefire': each side named calling for the guns to fall silent
    presses for it (a demand of each), unlike 'both sides want good ties' (and not 'the two
    leaders', whose sides are only guessed)."""
    if not heads or heads[0].lemma_.lower() not in JOINT_TRUCE_NOUNS or heads[0].dep_ not in ("pobj", "dobj"):
        return False
    subj = _child(verb, "nsubj")
    return subj is not None and subj.pos_ == "PROPN" and any(c.dep_ == "conj" for c in subj.children)


# ---------------------------------------------------------------------------------------
# "The goals outlined in X's proposal include A and B"


PLAN_GOAL_NOUNS = frozenset({"goal", "aim", "objective"})
GOAL_PLAN_NOUNS = PROPOSAL_NOUNS | {"plan", "initiative", "roadmap", "blueprint"}


def _proposal_goals_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'The goals outlined in X's proposal include A and B', 'the aims of the Xian plan include
    A': what a side's plan sets out to reach is what it wants (its demand)."""
    if "include" not in finder.sent_words or not finder.sent_words & PLAN_GOAL_NOUNS:
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found}
    for tok in sent:
        if tok.lemma_.lower() != "include" or tok.pos_ != "VERB" or tok.i in taken or _negated(tok):
            continue
        subj = _child(tok, "nsubj")
        if subj is None or subj.lemma_.lower() not in PLAN_GOAL_NOUNS:
            continue
        holders = [subj] + [c for c in subj.children if c.dep_ == "acl"]
        plan = next((p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                     for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in GOAL_PLAN_NOUNS), None)
        if plan is None:
            continue
        owner = _child(plan, "poss") or next((c for c in plan.children if c.dep_ in ("amod", "compound")
                                              and finder._direct_actor(c)), None)
        actors = finder._direct_actor(owner) if owner is not None else finder._document_owner(plan)  # "the proposal"
        if not _one_side(actors):
            continue
        obj = _child(tok, "dobj")
        if obj is None:
            continue
        item = _phrase_demand(finder, tok, actors, obj, True)
        if item is not None:
            out.append(item)
    return out


def _passive_subject_split(finder, clause: "Token", toks: list["Token"]) -> list[tuple[list["Token"], list["Token"]]]:
    """'demanded that A and B be included in the agenda': a passive subjunctive whose subject
    coordinates plain things (no side among them) asks for each on its own, so one token list
    per conjunct, the rest of the clause shared (with the conjunct's own tokens). Empty unless
    the shape is there."""
    if not any(c.dep_ == "auxpass" and c.lower_ == "be" and c.tag_ == "VB" for c in clause.children) \
            or any(c.dep_ == "aux" for c in clause.children):
        return []
    subj = _child(clause, "nsubjpass")
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return []
    members = [subj]
    while True:
        nxt = next((c for c in members[-1].children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
        if nxt is None:
            break
        members.append(nxt)
    if len(members) < 2 or any(finder._direct_actor(m) for m in members):
        return []
    span = {t.i for t in subj.subtree}
    own = []
    for k, m in enumerate(members):
        later = {t.i for x in members[k + 1:k + 2] for t in x.subtree}
        mine = {t.i for t in m.subtree} - later
        mine -= {c.i for c in m.children if c.dep_ in ("cc", "punct", "preconj")}
        own.append(mine)
    out = []
    for mine in own:
        part = [t for t in toks if t.i not in span or t.i in mine]
        if _has_content(part):
            out.append((part, [t for t in part if t.i in mine]))
    return out if len(out) == len(members) else []


def _full_np(t: "Token") -> bool:
    """A noun phrase of its own: a determiner, a possessor or a phrase hung on the noun ("the
    withdrawal of X", "a limit on Y", "its troops"), not a bare word in a list ("steel")."""
    return any(c.dep_ in ("det", "poss", "prep", "acl", "relcl") for c in t.children)


def _noun_list_parts(it: _Item) -> list[_Item]:
    """'called for the withdrawal of heavy weapons, a limit on troops and the start of de-mining':
    a content that is a list of whole noun phrases is one position per phrase (not 'tariffs on
    steel and aluminum', whose list sits inside one phrase, nor 'steel and aluminum' alone). The
    parser may hang the phrases as conjuncts or as sibling objects of the verb."""
    inside = {t.i for t in it.content}
    heads = [t for t in it.content if t.head.i not in inside or t.head == t]
    heads = [t for t in heads if not (t.is_punct or t.dep_ == "cc")]
    if not heads or any(h.pos_ != "NOUN" or not _full_np(h) for h in heads) or len({h.dep_ for h in heads}) != 1:
        return [it]
    phrases: list["Token"] = []
    for h in heads:
        later = [c for c in h.conjuncts if c.i > h.i]
        listed = [a for a in h.children if a.dep_ == "appos" and a.pos_ == "NOUN" and a.i in inside
                  and any(c.dep_ == "conj" for c in a.children)]
        if listed and not later:  # "a ceasefire, the withdrawal of X and the return of Y": parsed as an apposition
            later = [listed[0]] + [c for c in listed[0].conjuncts if c.i > listed[0].i]
        conj = [c for c in later if c.pos_ == "NOUN" and c.i in inside and _full_np(c)]
        if len(conj) != len(later):
            return [it]
        phrases += [h] + [c for c in conj if c not in phrases]
    if len(phrases) < 2:
        return [it]
    parts = []
    for ph in phrases:
        others = {t.i for o in phrases if o is not ph and o.i > ph.i and o in ph.subtree for t in o.subtree}
        parts.append(_trim([t for t in ph.subtree if t.i in inside and t.i not in others
                            and not (t.head.i in {x.i for x in phrases} and (t.dep_ == "cc" or t.is_punct))]))
    if not all(_has_content(p) for p in parts):
        return [it]
    return [_conjunct_item(_Item(it.kind, it.trigger, it.actors, p, it.counterpart, it.explicit_actor, it.sent), p)
            for p in parts]


def _conjunct_item(it: _Item, own: list["Token"]) -> _Item:
    """An item split off a coordination: it is told apart from its siblings (which share
    the rest of the clause) by its own conjunct's words."""
    it.own_part = own
    return it


def _position_owner_subject(finder, sent: "Span") -> list[_Actor] | None:
    """'X's demands to Y included A and B': a sentence whose subject is one side's own list of
    demands, conditions or proposals speaks for that side, so a 'they' or 'it' that opens the
    next sentence ('They also called for C') is that side. None unless the subject is such a
    noun owned (possessive) by exactly one side."""
    subj = _child(sent.root, "nsubj", "nsubjpass")
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in DEMAND_LIST_NOUNS | PROPOSAL_NOUNS | {"term"}:
        return None
    owner = _child(subj, "poss")
    if owner is None or owner.pos_ == "PRON":
        return None
    actors = finder._direct_actor(owner) or finder._resolve_np(owner)  # a union the party list lacks too
    if not actors or len({a.party for a in actors}) != 1 or not actors[0].party:
        return None
    return [_Actor(actors[0].party)]


# ---------------------------------------------------------------------------------------
# "a condition requiring Y to pay A had been removed": a term dropped from a draft


REMOVED_FORMS = frozenset({"removed", "cancelled", "canceled", "dropped", "scrapped", "deleted", "eliminated",
                           "struck", "abolished", "withdrawn", "axed", "ditched", "waived"})
PASSIVE_REMOVE_VERBS = frozenset({"remove", "cancel", "drop", "scrap", "delete", "eliminate", "strike", "abolish",
                                  "withdraw", "axe", "ditch", "waive"})
DRAFT_TERM_NOUNS = frozenset({"condition", "clause", "requirement", "provision", "obligation", "stipulation",
                              "precondition", "demand", "article", "paragraph", "commitment"})
OBLIGING_TERM_VERBS = frozenset({"require", "oblige", "obligate", "force", "compel", "bind", "commit", "mandate",
                                 "demand", "ask", "stipulate"})


def _obliged_side(finder: "_Finder", term: "Token") -> "tuple[Token, list[_Actor]] | None":
    """'a condition requiring Y to pay A', 'the clause that obligated Y to A', 'the requirement
    that Y pay A': the clause on the term noun and the side it binds (None unless one side)."""
    for c in term.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in OBLIGING_TERM_VERBS:
            bound = _child(c, "dobj")
            who = finder._direct_actor(bound) if bound is not None else None
        elif c.dep_ in ("acl", "relcl") and _mark(c) == "that" and _child(c, "nsubj") is not None:
            who = finder._direct_actor(_child(c, "nsubj"))  # "the requirement that Y pay A"
        else:
            continue
        if _one_side(who) and who[0].party:
            return c, who
    return None


def _removed_clause_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'A previous condition requiring Y to pay A had been removed', 'the clause that obligated Y
    to transfer B was cancelled': a term binding one side, struck out of the draft, is given up
    by the side it served (the agent when named, else the other side of the talks)."""
    if not finder.sent_words & REMOVED_FORMS or not finder.sent_words & DRAFT_TERM_NOUNS:
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found}
    for verb in sent:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in PASSIVE_REMOVE_VERBS or verb.i in taken \
                or _child(verb, "auxpass") is None or _negated(verb) or _in_conditional(verb):
            continue
        term = _child(verb, "nsubjpass")
        if term is None or term.lemma_.lower() not in DRAFT_TERM_NOUNS:
            continue
        bound = _obliged_side(finder, term)
        if bound is None:
            continue
        clause, who = bound
        them = who[0].party
        agent = _child(verb, "agent")
        actors = finder._direct_actor(_child(agent, "pobj")) if agent is not None else None
        if not actors:
            named = [p for t in clause.subtree if t.pos_ == "PROPN" and (p := finder._party_at(t)) and p != them]
            side = named[0] if named else next((p for p in finder.main_parties[:2] if p != them), None)
            actors = [_Actor(side)] if side and side not in finder.mediators else None
        if not _one_side(actors) or actors[0].party in (None, them):
            continue
        # the whole subject up to the verb group (the parser may hang its tail on the verb)
        end = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > term.i] + [verb.i])
        toks = _trim([verb] + list(sent.doc[term.left_edge.i:end]))
        if _has_content(toks):
            out.append(_Item(CONCESSION, verb, actors, toks, them, True))
    return out


# ---------------------------------------------------------------------------------------
# "X circulated a draft agreement to both parties"


CIRCULATE_FORMS = frozenset({"circulate", "circulated", "circulates", "circulating", "distribute", "distributed",
                             "distributes", "distributing", "shared"})
SHARED_DRAFTS = frozenset({"draft", "proposal", "counterproposal", "counteroffer", "offer", "text"})
# Verbs that lay a text before the other side: with a draft ("sent Y a draft text of the accord",
# "introduced a draft agreement to Y") or a proposal noun the tagger misread, the sender offers it.
SENT_DRAFT_VERBS = frozenset({"introduce", "send", "present", "submit", "table", "hand", "deliver", "transmit",
                              "forward"})


def _one_side_offer(finder: "_Finder", verb: "Token", what: "Token", trigger: "Token") -> "_Item | None":
    """The concession worded by `verb` and the phrase under `what`, when one known side is the
    subject of `verb` (else None: an offer needs its giver)."""
    actors, explicit = finder._subject_actors(verb)
    if not _one_side(actors) or not actors[0].party:
        return None
    toks = _trim([verb] + list(what.subtree))
    if not _has_content(toks):
        return None
    return _Item(CONCESSION, trigger, actors, toks, finder._counterpart_in(trigger, CONCESSION), explicit)


def _circulated_draft_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'X circulated a draft agreement to both parties', 'X distributed its proposal to the
    sides', 'X had shared the draft memorandum with Y': a text one side (or a go-between) lays
    before the others is its offer."""
    if not finder.sent_words & (CIRCULATE_FORMS | SENT_DRAFT_VERBS):
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found}
    told = {it.trigger.i for it in found} | {t.i for it in found for t in it.content}  # (token objects are not kept)
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma in SENT_DRAFT_VERBS and verb.pos_ == "VERB" and verb.i not in told \
                and not (_negated(verb) or _in_conditional(verb) or _demanded(verb)):
            doc_noun = _child(verb, "dobj")
            if doc_noun is not None and doc_noun.i not in told and (
                    any(c.lower_ == "draft" and c.dep_ in ("compound", "amod", "nmod") for c in doc_noun.subtree
                        if c.i < doc_noun.i) or doc_noun.pos_ != "NOUN" and doc_noun.lemma_.lower() in PROPOSAL_NOUNS):
                item = _one_side_offer(finder, verb, doc_noun, verb)
                if item is not None:
                    out.append(item)
            continue
        if lemma not in ("circulate", "distribute", "share") or verb.pos_ != "VERB" or verb.i in taken \
                or lemma == "share" and verb.tag_ not in ("VBD", "VBN") \
                or _negated(verb) or _in_conditional(verb) or _demanded(verb):
            continue
        doc_noun = _child(verb, "dobj")
        drafted = doc_noun is not None and any(c.lower_ == "draft" and c.dep_ in ("compound", "amod", "nmod")
                                               for c in doc_noun.children)
        if doc_noun is None or not drafted and doc_noun.lemma_.lower() not in (
                SHARED_DRAFTS if lemma == "share" else DOCUMENT_NOUNS - {"statement", "order"} | PROPOSAL_NOUNS):
            continue
        item = _one_side_offer(finder, verb, doc_noun, verb)
        if item is not None:
            out.append(item)
    return out



# ---------------------------------------------------------------------------------------
# "The new proposals include A": the proposals told of last


def _new_proposals_owner(finder: "_Finder", subj: "Token") -> list[_Actor]:
    """'The new / latest proposals include A' (plural, no owner named): the side whose offer
    was told last, else the go-between of the talks when the article names exactly one."""
    if subj.tag_ != "NNS" or subj.lemma_.lower() not in PROPOSAL_NOUNS \
            or not any(c.lower_ in ("new", "latest", "revised", "updated", "fresh") for c in subj.children) \
            or not any(c.lower_ == "the" for c in subj.children):
        return []
    if finder.last_offer_actors:
        return finder.last_offer_actors
    return [_Actor(next(iter(finder.mediators)))] if len(finder.mediators) == 1 else []


# ---------------------------------------------------------------------------------------
# "agreed to refrain from A to guarantee B": a purpose, no pledge


def _purpose_of_step(verb: "Token") -> bool:
    """'The sides agreed to refrain from attacks to guarantee free navigation': a bare 'to'
    infinitive hung on another step (no subject, no 'in order') tells what that step is for,
    not a second pledge."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or _child(verb, "nsubj") is not None or not _is_verbal(verb.head) or verb.i < verb.head.i:
        return False
    return not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("order", "so", "as") for c in verb.children)


# ---------------------------------------------------------------------------------------
# "X insists that Y commit to A", "X is considering Y's proposal", "sent its proposal, offering A"


def _mandated_step(verb: "Token") -> bool:
    """'Hamas insists that Israel commit to ending the war': a step in the bare subjunctive
    under a mandative verb is pressed on its subject (the demand is built from the verb above),
    not pledged by it."""
    subj = _child(verb, "nsubj")
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in MANDATIVE_VERBS or subj is None:
        return False
    # the bare form: tagged VB, or VBP after a singular noun ("that Israel commit")
    bare = verb.tag_ == "VB" or verb.tag_ == "VBP" and subj.tag_ in ("NN", "NNP")
    return bare and not any(c.dep_ == "aux" for c in verb.children)


WEIGHING_VERBS = frozenset({"consider", "study", "review", "examine", "weigh", "mull"})


def _weighs_others_offer(finder: "_Finder", verb: "Token") -> bool:
    """'Hamas said it is considering Israel's latest proposal': weighing the other side's offer
    gives nothing (the offer is its owner's)."""
    if verb.lemma_.lower() not in WEIGHING_VERBS:
        return False
    obj = _child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in PROPOSAL_NOUNS | DOCUMENT_NOUNS:
        return False
    owner = _child(obj, "poss")
    if owner is None or owner.pos_ == "PRON":
        owner = next((c for c in obj.children if c.dep_ in ("compound", "amod") and c.i < obj.i
                      and finder._direct_actor(c)), None)
    theirs = finder._direct_actor(owner) if owner is not None else None
    if not _one_side(theirs) or not theirs[0].party:
        return False
    mine, _ = finder._subject_actors(verb)
    return bool(mine) and theirs[0].party not in {a.party for a in mine}


def _drop_bare_offer_beside_terms(found: list[_Item]) -> list[_Item]:
    """'X sent its latest proposal to Y on Monday, offering A in exchange for B': the bare
    proposal is told by its terms in the same sentence; only the terms stand."""
    bare = [it for it in found if _bare_offer(it)]
    if not bare:
        return found
    told = [it for it in found if it.kind == CONCESSION and not _bare_offer(it) and it.content]
    drop = {id(b) for b in bare if any({a.party for a in t.actors} == {a.party for a in b.actors} for t in told)}
    return [it for it in found if id(it) not in drop] if drop else found


# ---------------------------------------------------------------------------------------
# "both sides agreed to sustain the momentum / conclude outstanding issues"


CLOSING_VERBS = frozenset({"sustain", "conclude", "finish", "settle", "resolve", "close", "iron"})
TIES_NOUNS = frozenset({"partnership", "relationship", "relation", "tie", "ties", "cooperation", "friendship",
                        "collaboration"})
OPEN_ISSUE_NOUNS = frozenset({"momentum", "issue", "matter", "point", "question", "gap", "difference", "negotiation",
                              "talk", "work"})


def _joint_shared_aim(it: "_Item") -> bool:
    """'They agreed to sustain the constructive momentum', 'both agreed to conclude outstanding
    issues', 'their shared commitment to an ambitious partnership': what two sides pledge
    together about their own talks or ties gives neither side anything."""
    if it.kind != CONCESSION or len({a.party for a in it.actors}) < 2 or not it.content:
        return False
    first = next((t for t in it.content if t.head not in it.content or t.head == t), it.content[0])
    obj = _child(first, "dobj")
    if _is_verbal(first) and first.lemma_.lower() in CLOSING_VERBS and obj is not None \
            and obj.lemma_.lower() in OPEN_ISSUE_NOUNS:
        return True
    return first.pos_ == "NOUN" and first.lemma_.lower() in TIES_NOUNS and all(
        c.dep_ in ("det", "amod", "cc", "conj", "punct", "advmod") for c in first.children)


# ---------------------------------------------------------------------------------------
# "Y's plan could be the basis for talks": a plan named, not laid down


PLAN_ROLE_NOUNS = frozenset({"basis", "foundation", "starting", "framework", "blueprint", "part", "element",
                             "centrepiece", "centerpiece", "cornerstone", "pillar"})
TAKING_UP_VERBS = frozenset({"finalize", "finalise", "implement", "discuss", "negotiate", "study", "review",
                             "examine", "debate"})


def _plan_only_mentioned(finder: "_Finder", noun: "Token") -> bool:
    """An owned plan told only as a thing others talk about: the subject of 'could be the basis
    for negotiations', 'part of its plan to ...', or the object of someone else's 'finalizing /
    discussing / backing Y's plan'. Its owner lays nothing on the table in that sentence."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be":
        attr = _child(head, "attr")
        return attr is not None and attr.lemma_.lower() in PLAN_ROLE_NOUNS
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLAN_ROLE_NOUNS:
        return True
    if noun.dep_ == "dobj" and head.lemma_.lower() in TAKING_UP_VERBS:
        owner = {a.party for a in finder._noun_actor(noun, own_only=True)[0]}
        doers, _ = finder._subject_actors(head)
        return not ({a.party for a in doers} & owner)
    return False


# ---------------------------------------------------------------------------------------
# "X has adopted a more flexible approach", "X signaled a softening of its stance"


FLEX_WORDS = frozenset({"flexibility", "softening", "flexible", "softer"})
SHOWING_VERBS = frozenset({"show", "signal", "display", "demonstrate", "adopt", "indicate", "exhibit", "take"})
STANCE_HEADS = frozenset({"approach", "stance", "position", "line", "attitude", "posture", "tone"})


def _shown_flexibility_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'X has adopted a more flexible approach to Y's demands', 'X signaled a softening of this
    stance', 'X showed some flexibility over A': a side seen to give ground on its line concedes
    (what it softens on, when told, goes with it)."""
    if not finder.sent_words & FLEX_WORDS:
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found}
    for noun in sent:
        if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.i in taken:
            continue
        lemma = noun.lemma_.lower()
        if lemma not in ("flexibility", "softening") and not (lemma in STANCE_HEADS and any(
                c.dep_ == "amod" and c.lemma_.lower() in ("flexible", "soft") for c in noun.children)):
            continue
        verb = noun.head
        if verb.lemma_.lower() not in SHOWING_VERBS or _negated(verb) or _in_conditional(verb) or _demanded(verb) \
                or any(c.dep_ == "aux" and c.lower_ in MODALS_OBLIGATION | {"to"} for c in verb.children):
            continue
        item = _one_side_offer(finder, verb, noun, noun)
        if item is not None:
            out.append(item)
    return out


# ---------------------------------------------------------------------------------------
# Round eleven (a): sides no list knows, named by the text itself

# A body's own organs, which speak for it when the text names whose they are ("the union's committee").
ORGAN_NOUNS = frozenset({"committee", "executive", "board", "council", "leadership", "caucus"})
GROUP_SIDE_NOUNS = frozenset({"nation", "country", "state", "economy"})
BLOC_SIDE_NOUNS = frozenset({"coalition", "bloc", "alliance", "caucus", "group"})
# modifiers that single out no group of its own ("other countries", "many nations")
UNSPECIFIC_MODIFIERS = frozenset({"other", "many", "some", "several", "most", "all", "these", "those", "both",
                                  "such", "certain", "various", "few", "more", "two", "three", "each", "every",
                                  "member", "neighbouring", "neighboring", "participating", "the", "a", "an",
                                  "individual", "foreign", "different", "same", "remaining", "respective"})
REPRESENT_PREPS = frozenset({"by", "under", "through", "in"})


def _bloc_name(bloc: "Token") -> str | None:
    """'the G77 and China bloc' -> 'G77 and China': the proper name a bloc noun carries."""
    names = [c for c in bloc.children if c.dep_ in ("compound", "nmod") and c.i < bloc.i and c.pos_ == "PROPN"]
    if not names:
        return None
    start = min(t.left_edge.i for t in names)
    toks = [t for t in bloc.doc[start:bloc.i] if t.dep_ != "det" and t.tag_ != "POS"]
    return " ".join(t.text for t in toks) if toks and toks[0].pos_ == "PROPN" else None


def _plural_group_side(finder: "_Finder", head: "Token") -> list[_Actor]:
    """A side the party list lacks, named by a group noun phrase in the article's own words:
    'developing nations' (a plural of nation/country/state with a modifier that singles the group
    out), 'the coalition of 100 nations' (a coalition/bloc of a plural), 'the G77 and China bloc'
    (the name a bloc noun carries), and '130 nations, represented under the X bloc' (the bloc)."""
    if head.pos_ != "NOUN":
        return []
    lemma = head.lemma_.lower()
    if lemma in GROUP_SIDE_NOUNS and head.tag_ == "NNS":
        for acl in head.children:  # "nations, represented under / by the G77 bloc": the bloc speaks
            if acl.dep_ == "acl" and acl.lemma_.lower() == "represent" and acl.tag_ == "VBN":
                for prep in acl.children:
                    p = _child(prep, "pobj") if prep.dep_ in ("prep", "agent") and prep.lower_ in REPRESENT_PREPS \
                        else None
                    name = _bloc_name(p) if p is not None and p.lemma_.lower() in BLOC_SIDE_NOUNS else None
                    bloc = next((c for c in p.conjuncts if c.lemma_.lower() in BLOC_SIDE_NOUNS and c.i > p.i), None) \
                        if p is not None and p.pos_ == "PROPN" else None
                    if name is None and bloc is not None:  # "the Q9 and Fiji bloc": the name read as a conjunct
                        toks = [t for t in p.doc[p.i:bloc.i]]
                        name = " ".join(t.text for t in toks) if all(
                            t.pos_ == "PROPN" or t.lower_ == "and" for t in toks) else None
                    if name:
                        return [_Actor(name)]
        mods = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
        if not mods and head.dep_ == "dobj" and head.head.tag_ == "VBG" and head.head.i == head.i - 1:
            mods = [head.head]  # "developing nations" misread as a verb and its object
        if not mods or any(c.lower_ in UNSPECIFIC_MODIFIERS or c.text[:1].isupper() and c.i != c.sent.start or c.like_num
                            for c in mods) \
                or any(c.dep_ in ("poss", "nummod") and c.lower_ in UNSPECIFIC_MODIFIERS or c.dep_ == "poss"
                       for c in head.children) \
                or any(c.dep_ == "det" and c.lower_ in UNSPECIFIC_MODIFIERS - {"the", "a", "an"} for c in head.children):
            return []
        start = min(t.left_edge.i if t.head == head else t.i for t in mods)
        toks = list(head.doc[start:head.i + 1])
        if any(t.is_punct or t.like_num or t.pos_ in ("DET", "PRON") for t in toks):
            return []
        return [_Actor(" ".join(t.text for t in toks))]
    if lemma in BLOC_SIDE_NOUNS and head.tag_ == "NN":
        name = _bloc_name(head)
        if name and not finder.ctx.canonical_party(name):
            return [_Actor(name)]
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        members = _child(of, "pobj") if of is not None else None
        if members is None or members.tag_ != "NNS" or members.lemma_.lower() not in GROUP_SIDE_NOUNS | {"party"}:
            return []
        toks = [head, of] + [t for t in members.subtree if t.i <= members.i and t.dep_ != "det"]
        if any(t.is_punct for t in toks):
            return []
        return [_Actor(" ".join(t.text for t in toks))]
    return []


def _unlisted_subject_side(finder: "_Finder", verb: "Token") -> list[_Actor]:
    """The demanding verb's own subject as a side no list knows: 'developing nations demanded',
    'the coalition of 60 states called for', 'SAG-AFTRA sought'."""
    subj = _child(verb, "nsubj")
    if subj is None and verb.dep_ == "conj":  # "X are pushing for A and insist B": X's too
        subj = _child(verb.head, "nsubj")
    if subj is not None and subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        subj = verb.head  # "developing countries, which have demanded A"
    if subj is None:
        return []
    return _plural_group_side(finder, subj) or _hyphen_code_side(finder, subj)


def _participle_group_side(finder: "_Finder", verb: "Token") -> list[_Actor]:
    """'... and developing nations, demanding more support': a subjectless participle that
    follows (or hangs on) a group noun phrase; the group is the one demanding."""
    if verb.tag_ != "VBG" or _child(verb, "nsubj") is not None:
        return []
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        head = verb.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in BLOC_SIDE_NOUNS:
            head = head.head.head  # "the coalition of 100 nations pushing for ..."
        return _plural_group_side(finder, head)
    doc = verb.doc
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.i >= verb.sent.start + 2 and doc[verb.i - 1].text == "," \
            and doc[verb.i - 2].tag_ == "NNS":
        return _plural_group_side(finder, doc[verb.i - 2])
    return []


STRIKE_NOUNS = frozenset({"strike", "action", "walkout", "walk-out", "stoppage", "protest", "go-slow"})
STRIKE_VERBS = frozenset({"strike", "walk", "protest", "picket"})
# what a workforce strikes for: "on strike over pay and benefits"
CLAIM_NOUNS = frozenset({"pay", "wage", "salary", "benefit", "condition", "pension", "bonus", "staffing",
                         "hour", "raise", "rise", "allowance", "overtime", "compensation", "parity", "equity",
                         "increase", "increment"})
PLEA_NOUNS = frozenset({"plea", "demand", "call", "request", "claim"})
MISREAD_ADJ_VERBS = frozenset({"improve", "increase", "better", "raise", "reduce", "enhance"})


def _strike_over_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'The union has been on strike over pay and benefits', 'nurses launched industrial action
    over pleas for a 15% pay rise and improved conditions': what a side strikes (protests, walks
    out) over is its demand when it is a claim of pay, benefits or conditions, or a plea / demand
    'for' something (then its content)."""
    words = finder.sent_words
    if "over" not in words or not words & (STRIKE_NOUNS | STRIKE_VERBS):
        return []
    out: list[_Item] = []
    for over in sent:
        if over.lower_ != "over" or over.dep_ != "prep":
            continue
        host = over.head
        what = _child(over, "pobj")
        if what is None or what.pos_ != "NOUN":
            continue
        verb = host
        steps = 0
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and steps < 4:
            verb, steps = verb.head, steps + 1
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        struck = host.lemma_.lower() in STRIKE_NOUNS | STRIKE_VERBS or any(
            t.lemma_.lower() in STRIKE_NOUNS and t.pos_ == "NOUN" and t.i < over.i
            for c in verb.children if c.dep_ in ("dobj", "prep", "attr") for t in c.subtree)
        if not struck or _negated(verb) or _in_conditional(verb):
            continue
        heads: list[Token] = []
        if what.lemma_.lower() in PLEA_NOUNS:
            for_ = next((c for c in what.children if c.dep_ == "prep" and c.lower_ == "for"), None)
            claim = _child(for_, "pobj") if for_ is not None else None
            if claim is None:
                continue
            heads = [claim, *[c for c in claim.conjuncts if c.i > claim.i]]
            end = claim.right_edge.i
            doc = sent.doc
            more = doc[end + 2] if end + 2 < sent.end and doc[end + 1].lower_ == "and" else None
            if more is not None and more.dep_ in ("amod", "compound") and more.head.i > more.i:
                more = more.head
            if more is not None and more.head == verb and more.dep_ == "conj" and _child(more, "nsubj") is None \
                    and (more.pos_ == "NOUN" or more.lemma_.lower() in MISREAD_ADJ_VERBS
                         and _child(more, "dobj") is not None):
                heads.append(more)  # "and improved working conditions": a second claim hung on the verb
        elif what.lemma_.lower() in CLAIM_NOUNS:
            heads = [what]
        else:
            continue
        actors, explicit = finder._subject_actors(verb)
        if not actors or len({a.party for a in actors}) != 1 or not actors[0].party:
            continue
        bare = len(heads) == 1 and all(not any(x.dep_ not in ("cc", "conj") for x in c.children)
                                       for c in [heads[0], *heads[0].conjuncts])
        parts: list[list[Token]] = []
        for h in heads:
            if h.pos_ == "VERB":
                parts.append([h, *[t for c in h.children if c.dep_ == "dobj" for t in c.subtree]])
            elif h.head == verb:  # the second claim hung on the verb
                parts.append([t for t in h.subtree if not (t.dep_ == "cc" and t.head == h)])
            elif bare:  # "over pay and benefits": a bare pair, one claim
                parts.append(list(h.subtree))
            else:
                skip = {t.i for c in h.children if c.dep_ == "conj" for t in c.subtree}
                parts.append([t for t in h.subtree if t.i not in skip and not (t.dep_ == "cc" and t.head == h)])
        for part in parts:
            toks = _trim(sorted(part, key=lambda t: t.i))
            if _has_content(toks) and not any(it.kind == DEMAND and set(toks) <= set(it.content) for it in found):
                out.append(_Item(DEMAND, over, actors, toks, finder._counterpart_in(what, DEMAND), explicit))
    return out


def _hyphen_code_side(finder: "_Finder", head: "Token") -> list[_Actor]:
    """'SAG-AFTRA sought ...': a side named by two upper-case codes joined by a hyphen (the
    parser may take it for a person's name); the party list lacks it."""
    doc = head.doc
    if head.pos_ != "PROPN" or not re.fullmatch(r"[A-Z]{2,6}", head.text) or head.i < 2 \
            or doc[head.i - 1].text != "-" or not re.fullmatch(r"[A-Z]{2,6}", doc[head.i - 2].text) \
            or doc[head.i - 2].whitespace_ or doc[head.i - 1].whitespace_:
        return []
    if head.i + 1 < len(doc) and doc[head.i + 1].text == "-" and not doc[head.i].whitespace_:
        return []  # a longer run: not sure where the name ends
    name = doc[head.i - 2].text + "-" + head.text
    if name.split("-")[0] in NEWS_AGENCIES or finder.ctx.canonical_party(name):
        return []
    try:
        if finder.ctx.person_at(head.idx, head.idx + len(head.text)) is not None:
            return []
    except Exception:  # pragma: no cover
        return []
    return [_Actor(name)]


# "X was determined / keen / eager to receive Y": what a side is set on getting is its demand
RESOLVE_ADJECTIVES = frozenset({"determined", "keen", "eager", "anxious", "desperate", "intent", "adamant",
                                "resolved", "bent"})
RESOLVE_GAIN_VERBS = WINNING_VERBS | {"receive", "obtain", "achieve"}


def _gained_gerund(prep: "Token") -> "Token | None":
    """'without achieving / securing / getting Y': a gerund of gaining after 'without' (with an
    object of its own), which names what the side holds out for."""
    g = _child(prep, "pcomp")
    if g is None or g.tag_ != "VBG" or g.lemma_.lower() not in RESOLVE_GAIN_VERBS or _child(g, "dobj") is None:
        return None
    return g


RECEIVING_VERBS = frozenset({"receive", "get"})


def _received_document_owner(finder: "_Finder", noun: "Token") -> list[_Actor] | None:
    """'Kyiv is ready to talk after receiving a draft peace plan ... the proposal would require
    Kyiv to A': an unowned 'the plan / the proposal' that one side was said to receive earlier
    is the other main side's (or that of the 'from X' it came from)."""
    if not any(c.lower_ == "the" for c in noun.children) or len(finder.main_parties) < 2:
        return None
    handed = getattr(finder, "_handed_docs", None)
    if handed is None:  # one pass per article: the documents received, or presented 'with'
        handed = finder._handed_docs = [t for t in finder.doc if t.dep_ in ("dobj", "pobj")
                                        and t.lower_.rstrip("s") in DOCUMENT_NOUNS | PROPOSAL_NOUNS]
    for tok in reversed([t for t in handed if t.i < noun.i]):
        if tok.dep_ == "pobj" and tok.lower_.rstrip("s") in DOCUMENT_NOUNS | PROPOSAL_NOUNS:
            presenter = _presented_with_owner(finder, tok)  # "X presented Y with a proposal ... the proposal"
            if presenter:
                return presenter
        if tok.dep_ != "dobj" or tok.lower_.rstrip("s") not in DOCUMENT_NOUNS | PROPOSAL_NOUNS \
                or tok.head.lemma_.lower() not in RECEIVING_VERBS:
            continue
        src = next((_child(c, "pobj") for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        giver = finder._direct_actor(src) if src is not None else None
        if giver and giver[0].party:
            return [_Actor(giver[0].party)]
        taker, _ = finder._subject_actors(tok.head)
        sides = {a.party for a in taker}
        if len(sides) != 1 or None in sides:
            return None
        sent = tok.sent  # "ready to work with Y after receiving a plan": the other side named there
        inside = (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))  # not those the plan names
        near = {m.target for m in finder.ctx.party_mentions if sent.start_char <= m.start < sent.end_char
                and not inside[0] <= m.start < inside[1]} - sides
        other = sorted(near) if near else [p for p in finder.main_parties[:2] if p not in sides]
        return [_Actor(other[0])] if len(other) == 1 else None
    return None


def _sum_before_purpose(obj: "Token | None", xcomp: "Token") -> bool:
    """'demanded at least $500bn to build resilience': a sum asked for, then what it is for (a
    purpose, not the demand)."""
    return obj is not None and obj.dep_ == "dobj" and obj.i < xcomp.i and (
        obj.ent_type_ in ("MONEY", "PERCENT") or obj.pos_ == "NUM")


# "Y can never have / acquire A": what a speaker bars the other side from holding
BARRED_VERBS = frozenset({"have", "acquire", "possess", "obtain", "get", "build", "develop", "keep", "retain"})


def _cannot_have_items(finder: "_Finder", modal: "Token") -> list[_Item]:
    """'<speaker>: "Iran cannot have a nuclear weapon"', 'X said Y can never acquire A': what
    the speaker says the other side may not hold is the speaker's demand on it."""
    verb = modal.head
    if not _negated(verb) or _in_conditional(verb) or _child(verb, "auxpass") is not None \
            or _mark(verb) in ("whether", "if"):
        return []
    subj = _child(verb, "nsubj")
    target = finder._direct_actor(subj) if subj is not None else None
    if not target or len({a.party for a in target}) != 1 or not target[0].party or target[0].person:
        return []
    speaker = finder._speaker(verb)
    if not speaker and verb.dep_ == "ROOT":  # "He added that 'we were clear: Y cannot have A'": the
        # parser hangs the reporting clause on the quoted verb
        rep = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i
                    and c.lemma_.lower() in REPORTING), None)
        who = _child(rep, "nsubj") if rep is not None else None
        speaker = finder._resolve_np(who) if who is not None else None
    parties = {a.party for a in speaker or []}
    if len(parties) != 1 or None in parties or parties & {target[0].party}:
        return []
    obj = _child(verb, "dobj")
    if obj is None or obj.pos_ != "NOUN" or _is_meeting_content(verb):
        return []
    neg = [c for c in verb.children if c.dep_ == "neg"]
    toks = _trim(sorted([*neg, verb, *obj.subtree], key=lambda t: t.i))
    if not _has_content(toks):
        return []
    return [_Item(DEMAND, modal, speaker, toks, target[0].party, True)]


SOFTEN_VERBS = frozenset({"soften", "loosen", "alleviate", "lessen"})
TALKING_VERBS = frozenset({"hold", "meet", "negotiate", "travel", "visit", "talk", "engage"})


def _talks_purpose(v: "Token") -> bool:
    """'hold talks with Y to ease its tariffs', 'travelled to Y to seek ...', 'talks to lower the
    duties': an infinitive giving the purpose of a side's talks."""
    if not _infinitival(v) or _child(v, "nsubj") is not None:
        return False
    head = v.head
    if v.dep_ == "acl":
        return head.lemma_.lower() in MEETING_NOUNS
    if v.dep_ != "advcl" or head.pos_ != "VERB" or head.lemma_.lower() not in TALKING_VERBS:
        return False
    obj = _child(head, "dobj")
    return head.lemma_.lower() != "hold" or (obj is not None and obj.lemma_.lower() in MEETING_NOUNS)


def _presented_with_owner(finder: "_Finder", doc_noun: "Token") -> list[_Actor]:
    """'X presented / provided Y with a proposal': X, the presenter."""
    if doc_noun.dep_ != "pobj" or doc_noun.head.lower_ != "with":
        return []
    verb = doc_noun.head.head
    if verb.lemma_.lower() not in ("present", "provide", "hand") or _negated(verb):
        return []
    actors, _ = finder._subject_actors(verb)
    return actors if actors and len({a.party for a in actors}) == 1 and actors[0].party else []


STEP_OF_NOUNS = frozenset({"disarmament", "withdrawal", "pullout", "demobilization", "demobilisation",
                           "dismantling", "surrender", "disbandment", "deployment", "handover", "integration",
                           "retreat", "release"})


def _of_doer(finder: "_Finder", h: "Token") -> "_Actor | None":
    """'the disarmament of Hezbollah', 'the withdrawal of Lebanese forces': the side named as who
    takes a step (a step noun's 'of' object, or that object's own side modifier)."""
    if h.lemma_.lower() not in STEP_OF_NOUNS:
        return None
    of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    p = _child(of, "pobj") if of is not None else None
    if p is None:
        return None
    for t in [p, *[c for c in p.children if c.dep_ in ("poss", "compound", "amod") and c.i < p.i]]:
        a = finder._direct_actor(t)
        if a and a[0].party and not a[0].person:
            return a[0]
    return None


def _trigger_condition(trigger: "Token") -> "Token | None":
    """The 'if Y does A' clause hung on the offering word itself or, for 'X would be ready /
    willing to B', on the 'be' above it (the parser's usual place)."""
    if trigger.pos_ not in ("ADJ", "VERB"):
        return None  # "X is on board with A if Y agrees": told on 'be', not an offer's own word
    hosts = [trigger] + ([trigger.head] if trigger.pos_ == "ADJ" and trigger.dep_ == "acomp" else [])
    return next((c for h in hosts for c in h.children if c.dep_ == "advcl" and c.i > trigger.i
                 and _mark(c) in ("if", "provided", "providing") and c.pos_ in ("VERB", "AUX")), None)


# what a side asks to be spared: relief, an exemption, a waiver from the other side's measure
EXEMPTION_NOUNS = frozenset({"exemption", "relief", "reprieve", "carve-out", "waiver"})
TALK_RELIEF_NOUNS = RELIEF_NOUNS | EXEMPTION_NOUNS


def _talks_on_relief_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'X confirmed that talks were focused on relief for sectors hit by Y's tariffs': relief from
    the other side's measure that a side's talks centre on is that side's demand on it."""
    words = finder.sent_words
    if not words & FOCUS_VERBS or not words & TALK_RELIEF_NOUNS:
        return []
    out: list[_Item] = []
    for verb in sent:
        if verb.lemma_.lower() not in FOCUS_VERBS or verb.pos_ != "VERB" or _negated(verb) or _in_conditional(verb):
            continue
        subj = _child(verb, "nsubj", "nsubjpass")
        if subj is None or subj.lemma_.lower() not in MEETING_NOUNS | {"negotiation", "discussion"}:
            continue
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "around")), None)
        what = _child(prep, "pobj") if prep is not None else None
        if what is None or what.lemma_.lower() not in TALK_RELIEF_NOUNS:
            continue
        speaker = finder._speaker(verb)
        sides = {a.party for a in speaker or []}
        if len(sides) != 1 or None in sides:
            continue
        owner = next((a[0].party for t in what.subtree if t.dep_ in ("compound", "amod", "poss")
                      and t.head.lemma_.lower() in MEASURE_NOUNS and (a := finder._direct_actor(t)) and a[0].party),
                     None)
        if owner is None or owner in sides or any(what in it.content for it in found):
            continue
        toks = _trim(list(what.subtree))
        if _has_content(toks):
            out.append(_Item(DEMAND, verb, speaker, toks, owner, True))
    return out


AIMING_VERBS = frozenset({"aim", "plan", "hope", "try", "work", "intend", "strive", "look", "seek", "want", "push",
                          "press", "lobby", "expect", "endeavour", "endeavor", "attempt"})


def _aimed_exemption_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'The UK aims to set a timeline for its exemption from Y's tariffs', 'X hopes to win relief
    from Y's duties': a side working towards its own exemption from the other side's measure asks
    that side for it (its demand), whatever the step it names on the way."""
    if not finder.sent_words & EXEMPTION_NOUNS or "from" not in finder.sent_words:
        return []
    out: list[_Item] = []
    for noun in sent:
        if noun.lemma_.lower() not in EXEMPTION_NOUNS or noun.pos_ != "NOUN" or any(noun in it.content for it in found):
            continue
        src = next((_child(c, "pobj") for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        if src is None or src.lemma_.lower() not in MEASURE_NOUNS:
            continue
        owner = next((a[0].party for t in [src, *src.children] if t == src or t.dep_ in ("poss", "compound", "amod")
                      for a in [finder._direct_actor(t)] if a and a[0].party), None)
        verb, aim = noun.head, None
        for _ in range(6):  # the verbs above the noun, up to the side's aiming one
            if verb.pos_ == "VERB" and verb.lemma_.lower() in AIMING_VERBS:
                aim = verb
                break
            if verb.head == verb:
                break
            verb = verb.head
        if aim is None or owner is None or _negated(aim) or _in_conditional(aim):
            continue
        actors, explicit = finder._subject_actors(aim)
        if not actors or len({a.party for a in actors}) != 1 or actors[0].party in (None, owner):
            continue
        step = next((c for c in aim.children if c.dep_ == "xcomp" and noun in c.subtree), None)
        toks = _trim([t for t in (step.subtree if step is not None else noun.subtree)
                      if not (t.dep_ == "aux" and step is not None and t.head == step)])
        if _has_content(toks):
            out.append(_Item(DEMAND, noun, actors, toks, owner, explicit))
    return out


def _semicolon_parts(toks: list["Token"]) -> list[list["Token"]]:
    """'A; B; and C.' -> [A], [B], [C] (a leading 'and' and the closing stop dropped)."""
    parts: list[list["Token"]] = [[]]
    for t in toks:
        if t.text == ";":
            parts.append([])
        else:
            parts[-1].append(t)
    out = []
    for part in parts:
        while part and (part[0].lower_ in ("and", "or") or part[0].is_punct):
            part = part[1:]
        while part and part[-1].text in (".", ","):
            part = part[:-1]
        if part:
            out.append(part)
    return out


# Builders that read a whole sentence (not one trigger word), run in this order by `_Finder.run`
# after the per-word dispatch; each gets the items found so far and gates itself on
# `finder.sent_words`. A new one is added here.
SENTENCE_BUILDERS = (
    _deal_terms_said_items,  # "X said any deal must include Y"
    _under_proposal_items,  # "Under X's proposal, Y will have to Z"
    _deal_obliges_items,  # "the agreement would prompt X to A"
    _stray_infinitive_offer_items,  # "proposed to Y, totaling Z, to A"
    _whose_demand_items,  # "X, whose release Y is demanding"
    _possible_for_items,  # "it was possible for X to commit to A"
    _among_demands_items,  # "Among X's demands is Y"
    _requests_from_items,  # "requests from X to hold Y"
    _called_to_items,  # "X has called to set new dates"
    _raised_issue_items,  # "X raised the issue of Y"
    _only_through_items,  # "X said peace can only come through Y"
    _proposal_goals_items,  # "the goals of X's plan include A"
    _removed_clause_items,  # "the clause obliging Y to pay A had been removed"
    _circulated_draft_items,  # "X circulated a draft agreement to both parties"
    _shown_flexibility_items,  # "X signaled a softening of its stance"
    _strike_over_items,  # "the union has been on strike over pay and benefits"
    _talks_on_relief_items,  # "X confirmed talks were focused on relief from Y's tariffs"
    _aimed_exemption_items,  # "X aims to set a timeline for its exemption from Y's tariffs"
)
