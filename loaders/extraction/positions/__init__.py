"""Demands and concessions: who pressed or gave what, to whom, from the dependency parse.

The package, by job (import order): `lexicon` (word lists), `grammar` (parse helpers),
`items` (what a rule finds, its splits and filters), `owners` (sides the party list lacks),
`builders` (clause patterns read per sentence), the finder in parts (`finder_verbs`,
`finder_clauses`, `finder_nouns`, `finder_actors`) and `finder` (the run and its output).
Names with a leading underscore are private to the package.

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

Round seventeen widened that last resort, each word measured first: a speaker's "Y should / must
do Z" (the speaker presses Y, also where no rule could name Y: "the other side", a capital),
"encouraged" (a demand) and "granted" (a concession); and a trigger a rule turned down on purpose
(a filter dropped its item, or the modal rule refused the speaker's own side, a negated term, a
placeholder) is recorded as refused, so the last resort does not give it back.

Everything here is a general English / negotiation-register lexicon; nothing is keyed to
a particular article, person or sentence.
"""

from .finder import find_positions
from .lexicon import CONCESSION_NOUNS, CONCESSION_VERBS, DEMAND_NOUNS, DEMAND_VERBS, GIVING_VERBS

__all__ = ["find_positions", "DEMAND_VERBS", "CONCESSION_VERBS", "DEMAND_NOUNS",
           "CONCESSION_NOUNS", "GIVING_VERBS"]
