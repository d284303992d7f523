"""The word lists the position rules read: which verbs and nouns open a demand or a
concession, which complements carry its content, and the words that mark filters (hostile
steps, joint processes, placeholders, ...).

Why one module: a reader checking what the rules react to finds every word here, apart from
the rules. Everything is general English / negotiation register; nothing is keyed to one
article, person or sentence.
"""

from __future__ import annotations

from ..lexicon import FIRM_NOUNS
from ..sides import SIDE_NOUNS


DEMAND, CONCESSION = "demand", "concession"
# The surest words of a position, read by `_Finder._unread_positions` where no rule read the
# sentence: chosen by how often such sentences hold a gold position on the annotated sets
# ("offer", "assure", "willing(ness)", "grant"; "urge", "request", "appeal", "encourage" as verbs;
# the modals "should" and "must" in a speaker's clause), each well above the rate at which an
# added position pays for itself in F1.
UNREAD_TRIGGERS = {
    DEMAND: frozenset({("urge", "VERB"), ("request", "VERB"), ("appeal", "VERB"), ("encourage", "VERB"),
                       ("should", "AUX"), ("must", "AUX")}),
    CONCESSION: frozenset({("offer", "VERB"), ("assure", "VERB"), ("willing", "ADJ"), ("willingness", "NOUN"),
                           ("grant", "VERB")}),
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
    "pitch": "p:for",  # "X pitched for resolving the issue" (South Asian press: argued for)
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
    "need": "o d",  # "we need the union to come back with realistic numbers", "Kyiv needs security guarantees"
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
INTENT_VERBS = frozenset({"plan", "intend", "aim", "look"})
# "agreed to a ceasefire" told twice in one article is one concession.
TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# "will keep buying X": going on with a giving verb is giving it.
CONTINUING_VERBS = frozenset({"keep", "continue"})
# "a need for X": pressing for it, whatever verb carries the noun ("stressed the need").
NEED_NOUNS = frozenset({"need", "necessity", "importance", "urgency"})
# what a side stresses the importance of, it presses for ("stressed the importance of X")
STRESSING_VERBS = frozenset({"stress", "emphasise", "emphasize", "underline", "underscore", "highlight",
                             "reiterate", "insist"})
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
relocate procure acquire slash halve trim decrease pause disarm demobilize demobilise decommission
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
                           "punishment", "crackdown", "dispute", "lawsuit", "litigation", "complaint",
                           "fighting", "war", "hostility", "response", "countermeasure", "reprisal"})
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
                       "bolster", "promote", "foster", "broaden", "intensify", "stabilise", "stabilize"})
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
                           "ditch", "axe", "cancel", "suspend", "pull"})
# Verbs by which a side yields to the other's demand ("gave in to", "bowed to", "acceded to");
# "give", "cave" and "buckle" only with "in".
YIELD_TO_VERBS = frozenset({"give", "cave", "buckle", "bow", "yield", "accede", "succumb", "capitulate", "relent",
                             "submit"})
YIELD_TO_VERBS_IN = frozenset({"give", "cave", "buckle"})
YIELDED_NOUNS = frozenset({"demand", "pressure", "call", "request", "condition", "ultimatum", "insistence"})
# A side's own pressure: what it calls its people out to do ("the union called for an indefinite
# strike": no demand on the other side) and what it may stop ("suspended its strike": a step toward
# the other side).
PRESSURE_NOUNS = frozenset({"strike", "walkout", "boycott", "protest", "blockade", "picket", "sit-in",
                            "agitation", "shutdown", "stoppage", "demonstration", "rally", "march", "lockout",
                            "bandh"})
STOPPING_VERBS = frozenset({"suspend", "end", "halt", "cancel", "postpone", "pause", "stop", "defer"})

DROPPABLE = frozenset({"demand", "condition", "insistence", "objection", "requirement",
                       "claim", "threat", "precondition", "opposition", "veto", "ultimatum"})

DEMAND_NOUNS = frozenset({"demand", "call", "request", "push", "pressure", "insistence",
                          "condition", "precondition", "requirement", "priority",
                          "plea", "appeal", "need", "necessity", "importance", "urgency", "desire", "wish", "ask",
                          "ultimatum"})
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
# what a side sets itself against: "opposed calls for X" are another's calls
SET_AGAINST_VERBS = REJECT_VERBS | {"oppose", "resist", "denounce", "condemn", "criticise", "criticize",
                                    "decry", "slam", "ignore", "defy"}
# "Kyiv's conditions/demands include X".
DEMAND_LIST_NOUNS = frozenset({"demand", "condition", "precondition", "requirement", "request", "ask"})
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
                       "indication", "guidance", "resistance", "opposition", "objection", "pushback",
                       "criticism", "critique", "rebuke", "warning", "advice"})
# Temporal/conditional marks after which an agreement is not yet given ("once X agrees").
PENDING_MARKS = frozenset({"once", "until", "unless", "if"})
# a side's own step it holds back "until" the other acts ("suspended the treaty until Y ends Z")
SUSPENDING_VERBS = frozenset({"suspend", "freeze", "halt", "pause"})

# "X is expected / set / due / poised to lower Y": a step told as due (future, like a modal)
DUE_FORMS = frozenset({"expect", "set", "due", "poise", "slate", "schedule"})
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


# Verbs of a joint process ("both sides agreed to intensify efforts"): what the two sides
# agree to keep doing together is not something one of them gives the other.
PROCESS_VERBS = frozenset({"intensify", "continue", "work", "strengthen", "bolster", "deepen",
                           "enhance", "promote", "consider", "maintain", "pursue", "explore",
                           "cooperate", "come", "step", "accelerate", "keep", "advance", "build",
                           "push", "seek", "strive", "make", "stay", "remain", "engage",
                           "expedite", "speed", "facilitate", "foster", "develop", "focus", "concentrate"})


# "ready to work with X to find solutions": readiness to keep a process going gives nothing.
READY_PROCESS_VERBS = PROCESS_VERBS - {"make", "consider", "come", "step", "keep", "build"}


AVERT_VERBS = frozenset({"avert", "avoid", "prevent", "forestall", "stave", "escape", "dodge"})


CONDITION_WORDS = frozenset({"unless", "if", "should", "until", "lest", "or", "otherwise"})


# What a step can be told to be part of ("as part of the trade talks").
BARGAIN_NOUNS = frozenset({"deal", "negotiation", "negotiations", "talk", "talks", "agreement", "package",
                           "bargain", "accord"})


FORCE_NOUNS = frozenset({"troop", "soldier", "force", "army", "unit", "police", "officer", "ship", "warship"})


# Where an instruction was given: "asked Y during a call to ..." (not "in a bid to ...").
SETTING_NOUNS = frozenset({"call", "conversation", "meeting", "letter", "talk", "talks", "speech",
                           "statement", "summit", "visit", "interview", "message", "session",
                           "phone", "telephone", "dinner", "lunch", "address"})


# Objects of 'discuss' that name no term ("discuss the details").
VAGUE_TOPICS = frozenset({"issue", "matter", "detail", "question", "topic", "thing", "way", "option",
                          "situation", "relation", "relationship", "cooperation", "possibility",
                          "prospect", "development", "progress"})


# Words of principles every side professes ("peaceful settlement", "the UN Charter"): a joint
# pledge to them gives the other side nothing.
SHARED_PRINCIPLE_WORDS = frozenset({"peaceful", "peacefully", "charter", "non-proliferation", "good-neighbourly",
                                    "good-neighborly"})


# "pledged to collaborate with Y": working alongside the other side, no term given.
PARTNERING_VERBS = frozenset({"collaborate", "cooperate", "work", "partner", "engage", "coordinate"})


# nouns that stand for positions without telling them
PLACEHOLDER_NOUNS = frozenset({"thing", "point"})
# "meet / fulfil N requirements": a verb of meeting terms and a noun for terms, nothing told
FULFIL_VERBS = frozenset({"meet", "fulfil", "fulfill", "satisfy", "accept", "heed", "respect", "address"})
LISTED_TERMS = frozenset({"requirement", "condition", "demand", "request", "term", "ask", "precondition"})


LIST_DEMAND_NOUNS = frozenset({"call", "demand", "request"})


# "the agreement gives / provides / includes ...": the terms a settled labour deal hands over
SETTLED_GIVING_VERBS = frozenset({"give", "provide", "include", "guarantee", "offer", "grant"})
SETTLED_DEAL_NOUNS = frozenset({"agreement", "deal", "contract", "settlement", "accord"})


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


# ---------------------------------------------------------------------------------------
# Sides the party list lacks: unions, employers, companies, farmers (labour disputes)

# Bodies a labour dispute is fought between, referred to by a common noun ("the union said",
# "employers are demanding"): resolved to the body the article names with that word.
# Common nouns that stand for a firm across the table from a union: `lexicon.FIRM_NOUNS`.
BODY_NOUNS = FIRM_NOUNS | {"union", "labour", "labor", "coalition", "association", "federation", "confederation",
                           "farmer", "doctor", "worker", "dockworker", "machinist"}
# Common nouns that a body's own name carries ("employers" -> the Maritime Employers Association).
NAMED_BY_WORD = frozenset({"employer", "labour", "coalition", "association", "federation", "confederation"})


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


OFFICIAL_TITLE_WORDS = frozenset({"minister", "secretary", "premier", "chancellor", "president", "government"})


# The people a union or group speaks for: "the union said resident doctors need a pay uplift".
MEMBER_NOUNS = frozenset({"worker", "doctor", "member", "employee", "nurse", "teacher", "staff", "farmer",
                          "pilot", "driver", "docker", "dockworker", "machinist", "lecturer", "attendant",
                          "miner", "labourer", "laborer", "longshoreman", "physician", "crew"})


# A side moving its own figure: up for an offer, down for a demand.
RAISE_OFFER_VERBS = frozenset({"increase", "raise", "improve", "sweeten", "boost", "up", "lift", "hike", "better"})
LOWER_DEMAND_VERBS = frozenset({"reduce", "lower", "cut", "trim", "scale", "moderate", "slash", "pare", "lessen"})
REVISE_VERBS = RAISE_OFFER_VERBS | LOWER_DEMAND_VERBS
OFFER_FIGURES = frozenset({"offer", "proposal", "bid", "package", "counteroffer", "counterproposal"})
DEMAND_FIGURES = frozenset({"demand", "claim", "ask", "request", "asking"})


# Steps a workforce side opposes: 'will oppose compulsory redundancies and plant closures'.
JOB_LOSS_NOUNS = frozenset({"redundancy", "layoff", "lay-off", "closure", "job", "outsourcing", "privatisation",
                            "privatization", "furlough", "dismissal", "sacking"})


ENGAGE_VERBS = frozenset({"discuss", "consider", "study", "examine", "review", "explore"})
OTHERS_TERMS = frozenset({"proposal", "approach", "plan", "offer", "idea", "suggestion", "counterproposal",
                          "counter-proposal", "option", "alternative", "demand", "request"})


YIELD_VERBS = frozenset({"cede", "surrender", "relinquish", "recognize", "recognise", "accept", "give", "hand"})
YIELDED_LOSSES = frozenset({"concession", "compromise", "loss", "partition", "annexation", "occupation",
                            "surrender", "cession"})


TALK_TERM_NOUNS = frozenset({"format", "level", "venue", "location", "place", "time", "form", "framework"})


CLEFT_DEMAND_VERBS = frozenset({"want", "need", "demand", "seek", "ask", "expect", "require", "insist"})
CLEFT_OFFER_VERBS = frozenset({"offer", "propose", "give", "suggest"})


MEMBER_GROUP_NOUNS = frozenset({"country", "nation", "state", "government", "power", "ally", "member", "partner",
                                "neighbour", "neighbor", "economy"})


RESTRAINT_VERBS = frozenset({"opt", "choose", "decide", "elect", "refrain", "hold", "desist", "abstain"})
RESTRAINED_VERBS = HOSTILE_VERBS | RAISE_VERBS | {"retaliate", "respond", "strike", "bomb", "shell", "expel",
                                                  "ban", "block", "suspend", "cut", "halt", "tighten"}


SUBMIT_VERBS = frozenset({"submit", "present", "table", "put", "hand", "send", "deliver", "lodge", "file"})


LISTING_VERBS = frozenset({"list", "set", "lay", "outline", "spell", "name", "issue", "present", "state"})


SPAN_NOUNS = frozenset({"hour", "day", "week", "month", "fortnight", "year"})


ORDINAL_MARKS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "firstly", "secondly",
                           "thirdly", "fourthly", "finally", "lastly"})
COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "several", "2", "3", "4", "5", "6", "7"})


TARIFF_FALL_VERBS = frozenset({"fall", "drop", "decrease", "decline", "ease"})
TARIFF_CUT_VERBS = frozenset({"cut", "reduce", "lower", "slash", "halve", "trim"})
TARIFF_DOWN_VERBS = TARIFF_FALL_VERBS | TARIFF_CUT_VERBS
OFFER_OR_PROMISE_NOUNS = PROPOSAL_NOUNS | PROMISE_NOUNS


PLACE_WORDS = frozenset({"city", "strip", "province", "region", "island", "islands", "sea", "coast", "border",
                         "bank", "state", "republic", "kingdom", "union", "government", "ministry", "army"})
PRESS_WORDS = frozenset({"daily", "news", "times", "herald", "journal", "tribune", "gazette", "telegraph", "review",
                         "today", "observer", "express", "agency", "radio", "tv", "television", "broadcasting"})


NP_OPENING_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "RBR", "NN", "NNS", "CD", "VBN", "VBD", "$"})


BLESSING_NOUNS = frozenset({"coordination", "approval", "consent", "permission", "authorization",
                            "authorisation", "blessing", "consultation", "support", "backing", "knowledge"})


SAID_DEAL_NOUNS = frozenset({"agreement", "deal", "accord", "settlement", "pact", "treaty", "arrangement"})
SAID_DEAL_VERBS = frozenset({"include", "involve", "guarantee", "ensure", "contain", "entail", "secure"})


UNDER_PLAN_NOUNS = frozenset({"proposal", "plan", "offer", "draft", "terms", "blueprint", "roadmap",
                              "counterproposal", "counter-proposal"})


OBLIGING_VERBS = frozenset({"require", "prompt", "oblige", "obligate", "commit", "compel", "bind", "force"})
OBLIGING_DEALS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "framework", "arrangement",
                            "settlement"})


WHOSE_DEMAND_VERBS = frozenset({"demand", "seek", "want", "request"})


NAMED_TERMS_NOUNS = DEMAND_LIST_NOUNS - {"request"} | {"term"}  # "its conditions / demands / terms, namely ..."


# "the UK's proposed four-year deal on fish", "the government's offered 40 per cent pay rise":
# a side's own proposal named by a participle before the noun (only nouns that name terms)
PROPOSED_MARKS = frozenset({"proposed", "offered"})
PROPOSED_THINGS = frozenset({"deal", "agreement", "accord", "pact", "settlement", "compromise", "package",
                             "framework", "arrangement", "formula", "solution", "increase", "raise", "rise",
                             "hike", "cut", "reduction", "ceasefire", "truce", "exchange", "swap", "deadline",
                             "wage", "pay", "payment", "compensation", "contract", "plan", "offer", "terms",
                             "term", "extension", "freeze", "pause", "moratorium", "withdrawal", "pullback"})


# "the companies have removed a requirement that ...", "the new offer removes the option of ...":
# a side taking a term of its own off the table
REMOVE_VERBS = frozenset({"remove", "eliminate", "delete", "strike"})


GOVERNMENT_QUALIFIERS = frozenset({"federal", "national", "central"})


PERCENT_WORDS = frozenset({"per", "cent", "percent"})


SET_NOUNS = frozenset({"range", "series", "number", "package", "set", "array", "raft", "host", "list", "slew"})
GIVEN_SET_NOUNS = frozenset({"concession", "offer", "proposal", "measure", "step", "incentive", "commitment",
                             "pledge", "sweetener"})


ASKED_MARKS = frozenset({"requested", "demanded", "sought", "proposed"})
PLAN_PART_NOUNS = frozenset({"objective", "principle", "goal", "outline", "element", "provision", "thrust",
                             "substance", "framework", "term"})
PLAN_WHOLE_NOUNS = DOCUMENT_NOUNS | PROPOSAL_NOUNS | {"program", "programme", "roadmap", "initiative", "plan"}


EXTENDED_GIFTS = frozenset({"offer", "deadline", "exemption", "pause", "suspension", "moratorium", "waiver"})


GAP_DEMAND_VERBS = frozenset({"request", "seek", "want", "demand", "desire", "covet"})


FOR_CLAUSE_NOUNS = frozenset({"request", "demand", "call", "plea", "appeal", "push", "insistence"})


THING_ASKING_VERBS = frozenset({"request", "demand", "seek", "want"})
PERSON_LIKE_NOUNS = SIDE_NOUNS | MEMBER_NOUNS | OWN_PEOPLE | BODY_NOUNS | GROUP_NOUNS | INTEREST_NOUNS


ALLOW_VERBS = frozenset({"allow", "permit", "let", "tolerate"})


MARKET_NOUNS = frozenset({"sector", "market", "industry", "agriculture", "economy"})
KEEN_ADJECTIVES = frozenset({"keen", "willing", "ready", "prepared", "eager", "open"})
LOATH_WORDS = frozenset({"reluctant", "unwilling", "loath", "loth", "refuse", "decline"})


HUNG_TOPIC_PREPS = frozenset({"regarding", "concerning", "on", "about", "covering"})


HANDING_OFFER_VERBS = SUBMIT_VERBS | {"give", "make", "send"}


AMONG_DEMAND_NOUNS = frozenset({"demand", "condition", "precondition", "requirement", "request"})

# "raising the issue of X", "raised the question of X with Y": an issue put to the other side
RAISED_NOUNS = frozenset({"issue", "question", "matter", "case", "concern", "plight", "fate"})


# ---------------------------------------------------------------------------------------
# "requests from X to do Y"; "X has called to do Y"


FROM_DEMAND_NOUNS = frozenset({"request", "call", "demand", "appeal", "plea"})


# ---------------------------------------------------------------------------------------
# "X said peace can only be achieved through Y"


ONLY_THROUGH_VERBS = frozenset({"achieve", "reach", "resolve", "solve", "settle", "secure", "end",
                                "restore", "attain", "bring", "find", "guarantee", "ensure"})


# ---------------------------------------------------------------------------------------
# "X proposed to lift the tariffs imposed by Y": relief from the other side's measure


OTHERS_MEASURE_NOUNS = frozenset({"tariff", "duty", "levy", "levies", "sanction", "ban", "restriction", "embargo"})


# ---------------------------------------------------------------------------------------
# "Both leaders called for a ceasefire": a joint call for a truce


JOINT_TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "cessation"})


# ---------------------------------------------------------------------------------------
# "The goals outlined in X's proposal include A and B"


PLAN_GOAL_NOUNS = frozenset({"goal", "aim", "objective"})
GOAL_PLAN_NOUNS = PROPOSAL_NOUNS | {"plan", "initiative", "roadmap", "blueprint"}


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


# ---------------------------------------------------------------------------------------
# "X circulated a draft agreement to both parties"


CIRCULATE_FORMS = frozenset({"circulate", "circulated", "circulates", "circulating", "distribute", "distributed",
                             "distributes", "distributing", "shared"})
SHARED_DRAFTS = frozenset({"draft", "proposal", "counterproposal", "counteroffer", "offer", "text"})
# Verbs that lay a text before the other side: with a draft ("sent Y a draft text of the accord",
# "introduced a draft agreement to Y") or a proposal noun the tagger misread, the sender offers it.
SENT_DRAFT_VERBS = frozenset({"introduce", "send", "present", "submit", "table", "hand", "deliver", "transmit",
                              "forward"})


WEIGHING_VERBS = frozenset({"consider", "study", "review", "examine", "weigh", "mull"})


# ---------------------------------------------------------------------------------------
# "both sides agreed to sustain the momentum / conclude outstanding issues"


CLOSING_VERBS = frozenset({"sustain", "conclude", "finish", "settle", "resolve", "close", "iron"})
TIES_NOUNS = frozenset({"partnership", "relationship", "relation", "tie", "ties", "cooperation", "friendship",
                        "collaboration"})
OPEN_ISSUE_NOUNS = frozenset({"momentum", "issue", "matter", "point", "question", "gap", "difference", "negotiation",
                              "talk", "work"})


# ---------------------------------------------------------------------------------------
# "Y's plan could be the basis for talks": a plan named, not laid down


PLAN_ROLE_NOUNS = frozenset({"basis", "foundation", "starting", "framework", "blueprint", "part", "element",
                             "centrepiece", "centerpiece", "cornerstone", "pillar"})
TAKING_UP_VERBS = frozenset({"finalize", "finalise", "implement", "discuss", "negotiate", "study", "review",
                             "examine", "debate"})


# ---------------------------------------------------------------------------------------
# "X has adopted a more flexible approach", "X signaled a softening of its stance"


FLEX_WORDS = frozenset({"flexibility", "softening", "flexible", "softer"})
SHOWING_VERBS = frozenset({"show", "signal", "display", "demonstrate", "adopt", "indicate", "exhibit", "take"})
STANCE_HEADS = frozenset({"approach", "stance", "position", "line", "attitude", "posture", "tone"})


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


STRIKE_NOUNS = frozenset({"strike", "action", "walkout", "walk-out", "stoppage", "protest", "go-slow"})
STRIKE_VERBS = frozenset({"strike", "walk", "protest", "picket"})
# what a workforce strikes for: "on strike over pay and benefits"
CLAIM_NOUNS = frozenset({"pay", "wage", "salary", "benefit", "condition", "pension", "bonus", "staffing",
                         "hour", "raise", "rise", "allowance", "overtime", "compensation", "parity", "equity",
                         "increase", "increment"})
PLEA_NOUNS = frozenset({"plea", "demand", "call", "request", "claim"})
MISREAD_ADJ_VERBS = frozenset({"improve", "increase", "better", "raise", "reduce", "enhance"})


# "X was determined / keen / eager to receive Y": what a side is set on getting is its demand
RESOLVE_ADJECTIVES = frozenset({"determined", "keen", "eager", "anxious", "desperate", "intent", "adamant",
                                "resolved", "bent"})
RESOLVE_GAIN_VERBS = WINNING_VERBS | {"receive", "obtain", "achieve"}


RECEIVING_VERBS = frozenset({"receive", "get"})


# "Y can never have / acquire A": what a speaker bars the other side from holding
BARRED_VERBS = frozenset({"have", "acquire", "possess", "obtain", "get", "build", "develop", "keep", "retain"})


SOFTEN_VERBS = frozenset({"soften", "loosen", "alleviate", "lessen"})
TALKING_VERBS = frozenset({"hold", "meet", "negotiate", "travel", "visit", "talk", "engage"})


STEP_OF_NOUNS = frozenset({"disarmament", "withdrawal", "pullout", "demobilization", "demobilisation",
                           "dismantling", "surrender", "disbandment", "deployment", "handover", "integration",
                           "retreat", "release"})


# what a side asks to be spared: relief, an exemption, a waiver from the other side's measure
EXEMPTION_NOUNS = frozenset({"exemption", "relief", "reprieve", "carve-out", "waiver"})
TALK_RELIEF_NOUNS = RELIEF_NOUNS | EXEMPTION_NOUNS


AIMING_VERBS = frozenset({"aim", "plan", "hope", "try", "work", "intend", "strive", "look", "seek", "want", "push",
                          "press", "lobby", "expect", "endeavour", "endeavor", "attempt"})

# a political family named by its members in the plural: a side even without "the"
# ("Democrats insist ...", "while Conservatives want ...")
PARTY_FAMILY_MEMBERS = frozenset({"Democrats", "Republicans", "Conservatives", "Tories", "Liberals",
                                  "Socialists", "Greens", "Communists", "Nationalists", "Centrists"})

# a mediator's or friend's help, which gives the other side nothing of its own
HELPING_VERBS = frozenset({"assist", "help", "aid", "contribute", "mediate"})


# "X called out Y for distorting markets": a side reproached for a deed is pressed to stop it.
# "X warned Y about/against Z", "X complained about Z": the deed a side warns against (a demand)
WARNED_PREPS: dict[str, tuple[str, ...]] = {"warn": ("about", "against"), "caution": ("against",),
                                            "complain": ("about", "over", "of")}
WARNED_RISKS = frozenset({"risk", "danger", "consequence", "impact", "effect", "cost", "possibility",
                          "prospect", "fallout", "repercussion", "peril", "outcome"})
REPROACH_VERBS = frozenset({"criticize", "criticise", "chide", "rebuke", "fault", "slam", "blast", "call"})
# "X would respond to any tariffs with ...": a side vowing to answer the other's step.
ANSWER_VERBS = frozenset({"respond", "retaliate", "react"})
