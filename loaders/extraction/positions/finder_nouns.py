"""The finder's readers of trigger nouns: "Japan's demand for ...", "a proposal to ...",
"pressure from X to ...", "room for ...", and who owns the noun (possessor, "from X", "by X",
the clause that governs it).

A mixin of `finder._Finder` (see `finder_verbs`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import (
    ACQUIRE_VERBS, ASSENT_NOUNS, CONCESSION, CONCESSION_NOUNS, CONCESSION_VERBS, CONDITION_NOUNS, DEMAND,
    DEMAND_LIST_NOUNS, DEMAND_NOUNS, DEMAND_VERBS, DOUBTED_NOUNS, FOCUS_VERBS, FOR_CLAUSE_NOUNS, GENERIC_OUTCOMES, GIVING_VERBS,
    HANDING_VERBS, HELPING_VERBS, JOINT_OBJECTS, LIST_DEMAND_NOUNS, MAKE_VERBS, MEETING_NOUNS,
    MODALS_OBLIGATION, NAMING_VERBS, NEED_NOUNS, OWNED_ONLY_NOUNS, PROCESS_VERBS, PROPOSAL_NOUNS, REJECT_VERBS,
    RECEIVING_VERBS, RETRACT_VERBS, ROOM_FOR, ROOM_NOUNS, SEEKING_VERBS, SET_AGAINST_VERBS, SETTING_VERBS,
    STRESSING_VERBS,
    TIES_NOUNS, VOICING_VERBS, WILL_NOUNS, WISH_NOUNS,
)
from .grammar import (
    _backed_down, _child, _colon_tail, _deferring, _discussing_terms, _fronted_subject, _generic_aim,
    _has_content, _in_conditional, _in_conj_of, _infinitival, _is_meeting_content, _is_verbal, _mark,
    _mutual_call, _negated, _negated_np, _noun_list, _owned, _party_of, _ready_process,
    _split_coordination, _tabled_giving_plan, _talks_on_step, _trim, _with_tail,
)
from .items import _Item
from .owners import _compound_focus_heads, _plan_only_mentioned, _verb_hung_tail

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token
    from .items import _Actor


class _NounTriggers:
    """Trigger nouns and their owners (a part of `_Finder`)."""

    # nouns ---------------------------------------------------------------
    def _noun_items(self, noun: "Token", kind: str) -> list[_Item]:
        lemma = noun.lemma_.lower()
        if noun.dep_ == "pobj" and noun.head.lower_ in ("about", "over", "on") and noun.head.head.lemma_.lower() in (
                "doubt", "question", "concern", "uncertainty", "skepticism", "scepticism"):
            return []  # "raised doubts about his commitment": the pledge is put in question, not given
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
        if lemma == "ultimatum" and not any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("acl", "advcl")
                                            and _mark(c) == "for" for c in noun.children):
            return []  # "X's ultimatum for Y to do Z"; not "ultimatums to end the war", the terms told after
        if lemma in NEED_NOUNS and (noun.dep_ != "dobj" or _negated(noun.head)):
            return []  # "stressed the need for X"; not "the need for X is clear", "no need"
        if lemma in ("importance", "urgency") and noun.head.lemma_.lower() not in STRESSING_VERBS:
            return []  # "stressed the importance / urgency of X"; not "discussed the importance of X"
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
        gerund = None  # "the importance of the US giving a signal": the doing of the side named
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
                    if p is None or ch.i > noun.i + 1 and ch.doc[ch.i - 1].lower_ == "and":
                        continue  # "a response to a demand by X and to Y's fears": the response's second cause
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
                    if ch.lower_ == "on" and p.ent_type_ in ("DATE", "TIME"):
                        continue  # "an appeal to X on Thursday to ...": when, not what
                    pa = self._direct_actor(p)
                    if pa and lemma in NEED_NOUNS and ch.lower_ == "of":
                        # "the importance of the US giving a signal": the parser hangs the side's
                        # doing on "importance"; the side and its doing are what is asked
                        gerund = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"
                                       and c.left_edge.i == max(t.i for t in p.subtree) + 1), None)
                    if pa and gerund is None and (not list(p.children) or ch.lower_ == "to" and all(
                            c.dep_ in ("compound", "amod", "det") for c in p.children)):
                        # (also "an appeal to French President X": the one addressed, titled)
                        if ch.lower_ in ("on", "to"):
                            counterpart = _party_of(pa)
                        continue
                    if ch.lower_ == "for" and p.pos_ == "PROPN" and p.ent_type_ in ("GPE", "LOC", "FAC") \
                            and not any(c.dep_ != "compound" for c in p.children):
                        continue  # "the US ceasefire proposal for Gaza": where, not what
                    if ch.lower_ == "of" and kind == DEMAND and lemma not in ("importance", "urgency"):
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
        if not heads and kind == DEMAND and counterpart is not None and lemma in FOR_CLAUSE_NOUNS \
                and noun.dep_ == "dobj":
            # "made an appeal to X on Thursday to drop Y": the parser hangs what is asked of the
            # one addressed on the verb that makes the appeal
            heads = [c for c in noun.head.children if c.dep_ in ("xcomp", "advcl") and c.i > noun.i
                     and _infinitival(c)][:1]
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
        if not heads and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.tag_ == "NNS" \
                and noun.head.head.lower_ == "one" and noun.head.head.dep_ == "nsubj" \
                and noun.head.head.head.lemma_ == "be" and _child(noun, "poss") is not None:
            # "One of the union's key demands is the passage of the act": the one named
            be = noun.head.head.head
            heads = [c for c in be.children if c.dep_ in ("attr", "xcomp", "ccomp") and c.i > noun.i][:1]
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
        if not heads and lemma in DEMAND_LIST_NOUNS | CONCESSION_NOUNS:
            # "laid out six demands, which include A and B": the relative clause lists them
            rel = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in ("include", "involve")
                        and _child(c, "nsubj") is not None and _child(c, "nsubj").lower_ in ("which", "that")
                        and not _negated(c)), None)
            listed = _child(rel, "dobj") if rel is not None else None
            if listed is not None and not self._direct_actor(listed):
                heads = [listed]
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
        if not heads and kind == DEMAND and lemma in DEMAND_LIST_NOUNS and noun.dep_ == "appos" \
                and noun.head.pos_ == "NOUN" and noun.head.i < noun.i:
            # "the removal of auto tariffs, a key demand of Tokyo, ...": the noun it glosses is asked for
            actors, explicit = self._noun_actor(noun)
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if not actors and of is not None and _child(of, "pobj") is not None:
                actors, explicit = self._direct_actor(_child(of, "pobj")) or [], True  # "a key demand of Tokyo"
            skip = {t.i for t in noun.subtree}
            toks = _trim([t for t in noun.head.subtree if t.i not in skip and not (t.is_punct and t.i > noun.head.i)])
            if actors and len({a.party for a in actors}) == 1 and _has_content(toks) and not self._direct_actor(noun.head):
                return [_Item(kind, noun, actors, toks, self._counterpart_in(noun.head, kind), explicit)]
            return []
        if kind == CONCESSION:
            sought = self._sought_from(noun)
            if sought is not None:
                return sought
        # actor
        # "China opposed calls for sanctions", "X rejected demands for an inquiry": the calls are
        # their owner's, if told, never the opponent's
        opposed = kind == DEMAND and governor is not None and governor.lemma_.lower() in SET_AGAINST_VERBS
        actors, explicit = self._noun_actor(noun, own_only=acquired or opposed)
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
                                                   or _discussing_terms(heads[0]) or _voiced_readiness(noun, heads[0]))
                                        and heads[0].pos_ == "VERB" and explicit):
            return []  # "its intention to impose tariffs" is no concession
        out = []
        sender = _received_from(noun)  # "a request for A from Y": Y is the side, not part of A
        for h in _split_coordination(heads[0], noun):
            if kind == CONCESSION and _is_meeting_content(h) and lemma not in ("proposal", "offer") \
                    and not _discussing_terms(h):
                continue
            if lemma in ("importance", "urgency") and _shared_good(h):
                continue  # "stressed the importance of closer ties / of the talks": nobody's term
            if kind == DEMAND and lemma in LIST_DEMAND_NOUNS and _noun_list(h, noun):
                # "calls for A, B and C": one demand per listed noun phrase
                for part in _noun_list(h, noun):
                    toks = _trim([t for t in part.subtree if not _in_conj_of(t, part)])
                    if _has_content(toks):
                        out.append(_Item(kind, noun, actors, toks, counterpart or self._counterpart_in(part, kind), explicit))
                continue
            toks = _with_tail(self._content_tokens(h, exclude_subject_of=h if counterpart else None), _colon_tail(h))
            toks = _with_tail(toks, _verb_hung_tail(self, h, noun))
            toks = _with_tail(toks, list(gerund.subtree) if gerund is not None else [])
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
            if sender is not None:
                toks = _trim([t for t in toks if t not in set(sender.head.subtree)])
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
            if ch.dep_ == "acl" and ch.tag_ in ("VBN", "VBD"):  # "the offer, made by Japan last week"
                # (also "the demands put forward by the union", the parser tagging "put" VBD)
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
        sender = _received_from(noun)
        if sender is not None:  # "X received a request for a new programme from Y": Y asked it
            a = self._resolve_np(sender)
            if a:
                return a, True
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


def _received_from(noun: "Token") -> "Token | None":
    """The sender in "X has received a request for Y from Z": a 'from' phrase the parser hung on
    the received noun, on a noun inside its phrase, or on the receiving verb."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    froms = [t for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "from"]
    froms += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    return next((p for f in froms for p in [_child(f, "pobj")] if p is not None), None)


def _voiced_readiness(noun: "Token", step: "Token") -> bool:
    """'X expressed its readiness to sign the loan accords': a side's own readiness or willingness,
    voiced, is its 'ready to' / 'willing to', read by the same measure (no process, no aim all
    want), and no mediator's help ('Italy's readiness to assist in advancing the process')."""
    return noun.lemma_.lower() in ("readiness", "willingness") and noun.dep_ == "dobj" \
        and _child(noun, "poss") is not None \
        and noun.head.lemma_.lower() in VOICING_VERBS | {"signal", "show", "indicate", "confirm"} \
        and step.lemma_.lower() not in HELPING_VERBS and not _ready_process(step) and not _generic_aim(step)


def _shared_good(h: "Token") -> bool:
    """'the importance of strengthening ties', 'of the talks', 'of peace': a good both sides share
    (ties, talks, an outcome all want), where 'the importance of raising revenue' presses a term."""
    obj = _child(h, "dobj") if h.pos_ in ("VERB", "AUX") else None
    word = (obj if obj is not None else h).lemma_.lower()
    return word in JOINT_OBJECTS | TIES_NOUNS | MEETING_NOUNS | WISH_NOUNS or _is_meeting_content(h)
