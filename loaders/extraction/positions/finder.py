"""The finder: one pass over an article's sentences that collects demand and concession
items, drops the nested and restated ones, applies the filters, and turns what is left into
`Position`s, then runs the last resort for sentences no rule read (`_unread_positions`).

`_Finder` is one class split over modules by job: triggers verbs (`finder_verbs`), clause
patterns (`finder_clauses`), trigger nouns (`finder_nouns`), actors (`finder_actors`); this
module holds the article state, the run and the output.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..context import make_evidence
from ..lexicon import ROLE_WORDS
from ..model import Evidence, Position
from ..sides import only_a_place, with_lemma
from .lexicon import (
    BACKING_VERBS, CONCESSION, DEMAND, DOCUMENT_NOUNS, E3_MEMBERS, GOODS_NOUNS, LIST_HEADS, MAKE_VERBS,
    MEDIATION_NOUNS, MEETING_NOUNS, MODALS_FUTURE, MODALS_OBLIGATION, TARIFF_WORDS, TEMPORAL_MARKS, UNREAD_TRIGGERS,
)
from .grammar import (
    _child, _content_words, _contentment, _cut_rather_than, _demanded, _either_alternatives, _has_own_object,
    _in_conditional, _is_verbal, _listed, _mark, _mend_possessive, _mutual_call, _negated,
    _nothing_to_give, _purpose_conj, _rather_than, _relief_key, _render, _restates,
    _rider, _same_relief, _topics, _trim, _truce_key, _turned_down,
)
from .items import (
    _Actor, _Item, _asked_question, _bare_offer, _bare_partnership, _bare_possessed, _bare_wish, _calls_own_action,
    _drop_bare_offer_beside_terms,
    _committed_aim, _forecast_of_it, _hostile, _joint_housekeeping, _joint_process, _joint_shared_aim, _noun_list_parts,
    _points_back_only,
    _process_forward,
    _recipients_only, _trigger_rank,
)
from .owners import _acronym_named, _position_owner_subject
from .builders import SENTENCE_BUILDERS, _others_measure_relief
from .finder_verbs import _VerbTriggers
from .finder_clauses import _ClausePatterns
from .finder_nouns import _NounTriggers
from .finder_actors import _ActorReading

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token
    from ..context import ArticleContext


# ---------------------------------------------------------------------------------------
# Entry point


# what every side says must stop ("the bloodshed must be stopped"): no term pressed on anyone
_SHARED_ILLS = frozenset({"war", "bloodshed", "killing", "fighting", "violence", "conflict", "hostility",
                          "suffering", "escalation"})


def find_positions(ctx: "ArticleContext") -> tuple[list[Position], list[Position]]:
    """(demands, concessions) found in the article behind `ctx`."""
    return _Finder(ctx).run()


class _Finder(_VerbTriggers, _ClausePatterns, _NounTriggers, _ActorReading):
    """Reads one article's demands and concessions (see the module's docstring)."""

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
        # triggers a rule read and turned down on purpose (a filter below, or a rule's own
        # refusal): the last resort (`_unread_positions`) must not give them back
        self.refused: set[int] = set()
        self.sent_words: set[str] = set()  # word forms and lemmas of the sentence being read (see run)
        newline = self.text.find("\n")  # the headline is the first line
        self.body_start = newline + 1 if newline >= 0 else 0

    # ----------------------------------------------------------------- overview
    def _rank_parties(self) -> list[str]:
        counts: Counter[str] = Counter()
        for m in self.ctx.party_mentions:
            if only_a_place(self.ctx, m):
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
        dropped = [_joint_process(it) or _joint_shared_aim(it) or _committed_aim(it) or _joint_housekeeping(it)
                   or _recipients_only(it) or _hostile(it) or _bare_partnership(it) or _bare_possessed(it)
                   or _calls_own_action(it)
                   or _points_back_only(it) or self._names_only_a_side(it) or _process_forward(it)
                   or (it.kind == DEMAND and (_mutual_call(it.content) or _contentment(it.content)))
                   or _asked_question(it) or _forecast_of_it(it) or _bare_wish(it) for it in items]
        self.refused.update(it.trigger.i for it, drop in zip(items, dropped) if drop)
        items = [it for it, drop in zip(items, dropped) if not drop]
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
                    if rank > same[4] or rank == same[4] and relief is not None and same[3] is not None \
                            and same[3][1] < relief[1]:
                        same[2:] = [words, relief, rank, pos]  # (or the telling that names the goods:
                        # a lead's "slash tariffs soon", then "slash its tariffs on British cars")
                    continue
                kept.append([it.kind, who, words, relief, rank, pos])
        for kind, _, _, _, _, pos in kept:
            (demands if kind == DEMAND else concessions).append(pos)
        demands += self._unread_positions(DEMAND, demands)
        concessions += self._unread_positions(CONCESSION, concessions)
        _acronym_named(self, demands + concessions)  # "the IMF", never spelt out
        return demands, concessions

    def _names_only_a_side(self, it: _Item) -> bool:
        """'increased pressure on Air Canada', 'pressure on Israeli Prime Minister X': content
        that is only a side's name, or a person's with the post, says no term."""
        words = [t for t in it.content if not t.is_punct and t.dep_ != "det"]
        if not words:
            return False
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        if all(t.pos_ == "PROPN" for t in words) and self.ctx.parties_in(start, end):
            return True
        return any(m.how == "name" and start <= m.start and m.end <= end for m in self.ctx.person_mentions) \
            and all(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "PERSON") or t.lower_ in ROLE_WORDS for t in words)

    def _unread_positions(self, kind: str, found: list[Position]) -> list[Position]:
        """A sentence whose verb is one of the surest words of a position ("offered", "assured",
        "willing", "granted", "urged", "requested", "appealed", "encouraged", a speaker's "Y
        should / must") but whose construction no rule above could read: the side the verb's
        subject (or the speaker) names gives or presses what the verb's phrase says. Measured on
        the annotated sets before each word was added: about a third to a half of these match a
        gold position, against about a fifth for the rules' own output. A trigger a rule turned
        down on purpose (`self.refused`) is left alone."""
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
            if trig.i in self.refused or _negated(trig) or _in_conditional(trig) or _nothing_to_give(trig) \
                    or _turned_down(trig) or kind == CONCESSION and _demanded(trig):
                continue  # ("urged Y to grant X access": the step asked of Y, not granted)
            evidence = self._evidence(_Item(kind, trig, [], [], sent=sent))
            if evidence.start in told:
                continue
            head, pressed, subject = trig, None, None
            if trig.tag_ == "MD":  # "Y should / must do Z, X said": the speaker presses Y to do Z
                head = trig.head
                actors = self._speaker(head) or []
                subject = _child(head, "nsubj", "nsubjpass")
                if subject is not None and subject.lower_ in ("we", "i"):
                    continue  # the speaker's own duty or intent, not a demand on the other side
                pressed = self._direct_actor(subject) if subject is not None else None
            elif trig.pos_ == "VERB":
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
            counterpart = next((x.party for _, a in [*addressed, (None, pressed or [])] for x in a if x.party), None)
            content = [t for t in head.subtree if t.i > trig.i and not t.is_space and t.i not in addressee]
            if trig.tag_ == "MD" and pressed is None and subject is not None and subject.dep_ == "nsubjpass" \
                    and subject.pos_ == "NOUN" and subject.lemma_.lower() not in _SHARED_ILLS | MEETING_NOUNS:
                # "A study should be conducted on X": the thing asked for is the passive's subject
                content = [t for t in head.subtree if not t.is_space and t.i not in addressee]
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
            elif ch.dep_ in ("aux",) and ch.lower_ in MODALS_FUTURE | MODALS_OBLIGATION | {"to"} and not (
                    keep_subject and ch.lower_ in MODALS_FUTURE and any(c.dep_ == "auxpass" for c in head.children)):
                drop.add(ch.i)  # (a passive told with its subject keeps "will": "X's curbs will be eased";
                # a "must" drops, as a demand reads: "any agreement be based on Y")
            elif ch.dep_ == "mark" and ch.lower_ in ("that", "for"):
                drop.add(ch.i)
            elif ch.dep_ == "prep" and ch.i < head.i and ch.lower_ in ("under", "according") and _is_verbal(head):
                drop.update(t.i for t in ch.subtree)  # "Under the proposal, X would ...": framing
            elif ch.dep_ == "punct" and ch.i < head.i and ch.text in (",", "—", "-"):
                drop.add(ch.i)
        if head.tag_ == "VB":
            for t in head.subtree:
                # "called on X to engage in investments to balance trade and highlighted the
                # importance of Y": a finite verb hung on the infinitive is the speaker's next deed
                if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ") and t.i not in drop and not any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                    drop.update(x.i for x in t.subtree)
                    drop.update(c.i for c in t.head.children if c.dep_ == "cc" and c.i < t.i)
        toks = [t for t in head.subtree if t.i not in drop]
        second = next((c for c in head.head.children if c.dep_ == "dobj" and c.i > head.i
                       and c.left_edge.i == head.right_edge.i + 1), None) if head.dep_ == "dobj" and any(
            c.dep_ == "compound" and c.ent_type_ in ("GPE", "NORP", "ORG") for c in head.children) else None
        if second is not None:
            toks += list(second.subtree)  # "demanding Ukraine surrender 5,000 square kilometers of ...":
            # the parser split one object in two, the side that is to act taken for a modifier
            # (not "made the return of the boats a condition": an object and its complement)
        return _mend_possessive(_cut_rather_than(_trim(toks)))

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
        trig = it.trigger
        if it.kind == CONCESSION and trig.pos_ == "VERB" and trig.lemma_.lower() in BACKING_VERBS \
                and it.content and trig.i < it.content[0].i and trig not in it.content:
            # "has accepted their proposal for a ceasefire": what is given is the assent, so the
            # verb opens the text (the proposal alone reads as the other side's)
            text = f"{trig.text} {text}"
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
        sides = {a.party for a in actors if a.party}
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
            fellows = sides - {party}
            if counterpart is None and party and len(fellows) == 1 and it.kind == CONCESSION:
                counterpart = fellows.pop()  # "Pakistan and India agreed on a ceasefire": each gives the other
                # (not a demand two allies press together: "A and B demanded a ceasefire")
            if counterpart is None and party:
                counterpart = next((p for p in self.main_parties if p != party and p not in fellows), None)
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
