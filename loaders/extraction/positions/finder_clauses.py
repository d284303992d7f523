"""The finder's readers of clause patterns opened by a verb, adjective or modal that is not
itself a demand or concession verb: relief and release, requirements and conditions ("only if",
"conditioned on", "must", "need"), deadlines, warnings, refusals, hopes and goals.

A mixin of `finder._Finder` (see `finder_verbs`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..sides import SIDE_NOUNS
from .lexicon import (
    CAPTIVE_NOUNS, CASE_VERBS, CONCESSION, CONCESSION_NOUNS, CONDITION_NOUNS, CONVEYING_VERBS,
    DEAL_TERM_VERBS, DEMAND, DEMAND_NOUNS, DEMAND_VERBS, DENIED_NOUNS, DOCUMENT_NOUNS, DROPPABLE,
    FIRM_NOUNS, FULFIL_VERBS, GENERIC_OUTCOMES, HOPE_FORMS, HOPE_LEMMAS, JOB_LOSS_NOUNS, JOINT_OBJECTS, MEASURE_NOUNS,
    MEETING_NOUNS, MODALS_FUTURE, MODALS_OBLIGATION, MUTUAL_NUMBERS, ONUS_NOUNS, PRESSURE_NOUNS, PROPOSAL_NOUNS,
    RED_LINE_VERBS, RELIEF_VERBS, REQUIRING_SUBJECTS, SCOPE_VERBS, STEP_NOUNS, TARIFF_WORDS,
    TELLING_VERBS, TRUCE_NOUNS, UNREAL_HEADS, VOICING_VERBS, WARNING_VERBS, WISH_NOUNS, YIELD_TO_VERBS_IN,
    YIELDED_NOUNS,
)
from .grammar import (
    _backed_down, _background, _child, _colon_tail, _deal_slot, _demand_for_tail, _demanded,
    _discussing_terms, _generic_aim, _has_content, _has_particle, _in_a_bid, _in_conditional, _in_pending_clause,
    _infinitival, _is_meeting_content, _is_verbal, _joint_process_verb, _mark, _mutual_call,
    _in_question, _need_to_clause, _negated, _negated_np, _party_of, _ready_process, _self_help, _split_coordination,
    _talks_on_given_terms, _talks_purpose, _term_hung_on_ready, _told_as_future, _trim, _with_tail,
)
from .items import _Actor, _Item
from .owners import _member_body, _named_body_actors, _proposal_owner

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


# Intransitive verbs by which a measure ceases ("the tariffs must go").
_ENDING_VERBS = frozenset({"go", "end", "stop", "disappear", "cease"})


class _ClausePatterns:
    """Clause patterns opened by other verbs, adjectives and modals (a part of `_Finder`)."""

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
        government', 'Russia released American teacher Y': captives set free, told as done or under way (the future is
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
        captive = self.ctx.person_at(freed.idx, freed.idx + len(freed.text)) \
            if freed is not None and freed.ent_type_ == "PERSON" else None  # "released American teacher X"
        if freed is None or freed.lemma_.lower() not in CAPTIVE_NOUNS and freed.lower_ not in CAPTIVE_NOUNS \
                and not (freed.ent_type_ == "NORP" and freed.tag_ in ("NNS", "NNPS")) \
                and captive is None:  # "six Americans were freed"
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
        if captive is not None and captive.country and captive.country not in {a.party for a in actors}:
            cp = captive.country  # (a named captive goes back to his own side)
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

    def _called_off_items(self, verb: "Token") -> list[_Item]:
        """'The union suspended its two-week warning strike', 'X called off the boycott': a side
        stops its own pressure on the other, a concession (not 'refused to call off the strike')."""
        if verb.lemma_.lower() == "call" and not _has_particle(verb, {"off"}):
            return []
        obj = _child(verb, "dobj")
        told = obj is not None and verb.lemma_.lower() in ("announce", "declare", "confirm") \
            and obj.lemma_.lower() in ("suspension", "cancellation", "end", "postponement")
        if told:  # "X has announced the suspension of its strike": the stopping told as a noun
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pressure = _child(of, "pobj") if of is not None else None
            if pressure is None or pressure.lemma_.lower() not in PRESSURE_NOUNS or _negated(verb):
                return []
            actors, explicit = self._subject_actors(verb)
            toks = _trim(list(obj.subtree))
            return [_Item(CONCESSION, verb, actors, toks, self._counterpart_in(obj, CONCESSION), explicit)] \
                if actors else []
        if verb.lemma_.lower() in ("announce", "declare", "confirm"):
            return []  # ("declared a warning strike": the pressure itself)
        if obj is None or _negated(verb) or obj.lemma_.lower() not in PRESSURE_NOUNS and not (
                obj.lemma_.lower() == "action" and any(c.lower_ == "industrial" for c in obj.children)):
            return []  # (also "suspended its industrial action")
        if any(a.lemma_.lower() in ("refuse", "reject", "decline", "threaten", "vow") for a in verb.ancestors) \
                or _in_conditional(verb) or any(a.dep_ == "advcl" and _mark(a) in ("before", "until", "unless", "if")
                                                for a in [verb, *verb.ancestors]):
            return []  # ("... before it will agree to end the blockade": not given yet)
        actors, explicit = self._subject_actors(verb)
        if not actors:
            return []
        toks = _trim(list(verb.doc[verb.i:obj.right_edge.i + 1]))  # "called off its strike"
        return [_Item(CONCESSION, verb, actors, toks, self._counterpart_in(obj, CONCESSION), explicit)]

    def _yielded_to_items(self, verb: "Token") -> list[_Item]:
        """'X gave in / caved in / bowed / acceded to Y's demand (to do Z)': X concedes the step Y
        asked for (Z, or the demand itself), to Y."""
        if (verb.lemma_.lower() in YIELD_TO_VERBS_IN and not _has_particle(verb, {"in"})) \
                or _negated(verb) or _in_conditional(verb):
            return []  # (the dispatch calls this for YIELD_TO_VERBS only)
        to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
        asked = _child(to, "pobj") if to is not None else None
        if asked is None or asked.lemma_.lower() not in YIELDED_NOUNS:
            return []
        actors, explicit = self._subject_actors(verb)
        if not actors:
            return []
        step = next((c for c in asked.children if c.dep_ in ("acl", "relcl") and _infinitival(c)), None) or next(
            (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i == asked.right_edge.i + 2
             and _infinitival(c)), None)  # (the parser may hang "to remove Y" on the verb)
        toks = self._content_tokens(step) if step is not None else self._content_tokens(asked)
        if not _has_content(toks):
            return []
        owner = next((c for c in asked.children if c.dep_ in ("poss", "compound", "amod")), None)
        who = self._direct_actor(owner) if owner is not None else None
        counterpart = who[0].party if who and who[0].party else None
        return [_Item(CONCESSION, verb, actors, toks, counterpart, explicit)]

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
        if _in_question(head):
            self.refused.add(adj.i)  # "it didn't say whether he's willing to Y": nothing given, for the last resort too
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
                if content is not None and (content.pos_ != "NOUN" or content.lemma_.lower() in WISH_NOUNS) \
                        and not _discussing_terms(content):
                    content = None  # (but "ready for dialogue on limiting arms": talks on a named term)
        if content is None:
            return []
        if stray is not None:
            actors, explicit = self._resolve_np(stray) or [], True
        else:
            actors, explicit = self._subject_actors(head)
        if not actors:
            return []
        out = []
        process = 0
        parts = _split_coordination(content, adj)
        for h in parts:
            if ((_is_meeting_content(h) and not _discussing_terms(h)) or _ready_process(h)) \
                    and not _talks_on_given_terms(h):
                process += 1
                continue  # "ready to negotiate and address X": only the second is given
            deal = _child(h, "dobj")
            if _generic_aim(h) or h.lemma_.lower() in ("make", "do", "sign", "conclude") and deal is not None \
                    and deal.lemma_.lower() in GENERIC_OUTCOMES and all(
                        c.dep_ in ("det", "punct") for c in deal.children):
                continue  # "willing to make a deal to end the war": the outcome all want, no term
            toks = _with_tail(self._content_tokens(h), _colon_tail(h))
            on = _term_hung_on_ready(h)
            if on is not None:  # "ready for dialogue with Y on limiting arms": the term hung on "ready"
                toks = sorted(set(toks) | set(on.subtree), key=lambda t: t.i)
            if _has_content(toks):
                out.append(_Item(CONCESSION, adj, actors, toks, self._counterpart_in(h, CONCESSION), explicit))
        if parts and process == len(parts):
            self.refused.add(adj.i)  # "willing to continue working to improve ties": a process, for the last resort too
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
        if obj is None or obj.pos_ != "NOUN" and obj.ent_type_ != "MONEY" or _negated(verb) or _negated(verb.head) \
                or _generic_aim(verb) or _in_conditional(verb) or self._direct_actor(obj) \
                or obj.lemma_.lower() in WISH_NOUNS:  # (a sum, "US$11 billion", is a noun's worth of content)
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
        if subj is None or _in_conditional(verb):
            return []
        if _negated(verb) and not in_deal and not banned:
            self.refused.add(modal.i)  # "any agreement must not include Z": no term pressed
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
                and (_child(verb, "auxpass") is not None and verb.lemma_.lower() in RELIEF_VERBS
                     or verb.lemma_.lower() in _ENDING_VERBS and _child(verb, "dobj") is None) \
                and len(speaker_parties) == 1 and not self._owner_in(subj):
            # "X's position is that the car tariffs must be lifted / must go": the other side's measure
            target = [_Actor(other)] if other else None
            owned_subject = bool(target)
        if not target and subj.pos_ == "NOUN" and subj.lemma_.lower() not in DOCUMENT_NOUNS | MEETING_NOUNS:
            # "X emphasized that Israeli strikes must pause": the owner of the strikes is pressed
            target = self._owner_in(subj)
            owned_subject = bool(target)
        if target and speaker_parties & {a.party for a in target}:
            self.refused.add(modal.i)  # the speaker's own side: its duty or intent, no demand
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
                self.refused.add(modal.i)
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
        purpose = _in_a_bid(v) \
            or (v.dep_ == "pcomp" and v.head.lower_ == "at" and v.head.head.lemma_.lower() == "aim"
                and v.head.head.tag_ == "VBN") or _talks_purpose(v) \
            or (v.dep_ == "xcomp" and (v.head.lemma_.lower() in HOPE_LEMMAS | {"seek", "aim", "strive"}
                                       or v.head.lower_ in HOPE_FORMS)
                and v.lemma_.lower() in ("avert", "avoid", "escape"))  # "Jakarta hopes to avert the US tariff"
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
        what a side sets out to obtain is pressed on the other side. Also the aim told as a
        clause of the noun: 'X restated its aim to win Y'."""
        be = noun.head
        if _negated(be) or _in_conditional(be):
            return []
        if noun.dep_ == "nsubj" and be.lemma_ == "be":
            todo = next((c for c in be.children if c.dep_ in ("xcomp", "attr", "ccomp") and c.i > noun.i
                         and _infinitival(c)
                         and (c.pos_ == "VERB" or c.pos_ == "ADJ" and _child(c, "dobj") is not None)),
                        None)  # (the tagger may read "to lower tariffs" as an adjective with an object)
        else:
            todo = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and _infinitival(c)), None)
            if todo is None or _child(noun, "poss") is None:
                return []
            be = noun
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

    def _refused_deal_items(self, verb: "Token") -> list[_Item]:
        """'X will not accept any deal that leaves Hamas in control of Gaza': the kind of deal a
        side refuses is its red line, pressed on the other side (a demand; the text keeps the
        deal and its clause). Only 'any' deal with a clause that says what it would do."""
        obj = _child(verb, "dobj")
        if obj is None or not _negated(verb) or _in_conditional(verb) or not (_told_as_future(verb) or any(
                a.dep_ == "aux" and a.lower_ in ("can", "could") for a in verb.children)):
            return []
        rel = next((c for c in obj.children if c.dep_ == "relcl"), None)
        if not any(c.dep_ == "det" and c.lower_ == "any" for c in obj.children) or rel is None \
                or _negated(rel) or rel.lemma_.lower() == "fail":
            return []  # ("any deal that does not remove X": the step itself is pressed, by another rule)
        actors, explicit = self._subject_actors(verb)
        if not actors or len({a.party for a in actors}) > 1 or not actors[0].party:
            return []
        neg = [c for c in verb.children if c.dep_ == "neg"]
        toks = _trim(neg + [verb] + list(obj.subtree))  # "not accept any deal that ...": the refusal kept
        if not _has_content(toks):
            return []
        target = next((p for p in self.main_parties if p != actors[0].party), None)
        return [_Item(DEMAND, verb, actors, toks, target, explicit)]

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
        if not target and subj is not None and subj.lemma_.lower() in SIDE_NOUNS:
            target = self._resolve_np(subj)  # "hoped that the Sri Lankan government will ..."
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
