"""The finder's reading of trigger verbs: the dispatch over every token of a sentence
(`_sentence_items`) and the main verb readers (`_verb_items` for demand and concession verbs,
passive offers, giving verbs under a future modal, proposal content, colon lists).

A mixin of `finder._Finder`: it uses the finder's article state (`self.ctx`, `self.doc`, the
side memory) and its actor readers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..sides import SIDE_NOUNS
from .lexicon import (
    ACCEPTED_OBJECTS, AIMED_AT_VERBS, ALLOW_VERBS, AMOUNT_CHANGE_VERBS, ANNOUNCE_VERBS, ANSWER_VERBS, BACKED_OBJECTS,
    BACKING_VERBS, BARRED_VERBS, REPROACH_VERBS, WARNED_PREPS, BODY_NOUNS, CONCESSION, CONCESSION_NOUNS,
    CONCESSION_VERBS,
    CONDITION_NOUNS, CONTENT_VERBS, CREDIT_VERBS, DEMAND, DEMAND_LIST_NOUNS, DEMAND_NOUNS,
    DEMAND_VERBS, DOCUMENT_NOUNS, DOMESTIC_OBJECTS, DROP_VERBS, EFFORT_VERBS, FREEING_VERBS, STOPPING_VERBS,
    SUSPENDING_VERBS,
    GAP_DEMAND_VERBS, GENERIC_OUTCOMES, GIVING_VERBS, GOAL_NOUNS, GOODWILL_WORDS, HANDED_DOCUMENTS,
    HANDING_VERBS, HARM_VERBS, HOPE_FORMS, HOPE_LEMMAS, IDEA_NOUNS, INTENT_VERBS, INTEREST_NOUNS,
    INTRANSITIVE_MOVES, JOINT_OBJECTS, LIST_HEADS, LOOKED_FOR_GENERIC, MAKE_VERBS, MANDATIVE_VERBS,
    DUE_FORMS, MAX_TOKENS, MEMBER_NOUNS, MESSAGE_NOUNS, MODALS_FUTURE, MODALS_OBLIGATION, MUTUAL_NOUNS, MUTUAL_NUMBERS,
    NECESSITY_ADJECTIVES, STRESSING_VERBS, TARIFF_WORDS,
    NON_GIFTS, OFFERING_WORDS, OFFER_OR_PROMISE_NOUNS, ONUS_VERBS, OPINION_VERBS, OPPOSING_VERBS,
    OWN_PEOPLE, PASSIVE_OFFERS, PERCEPTION_NOUNS, PLAN_CONTENT_VERBS, POSSIBILITY_NOUNS, PROMISE_NOUNS,
    PROPOSAL_NOUNS, PROPOSED_MARKS, PROPOSING_CONTENT_VERBS, QUANTITY_NOUNS, RAISING_VERBS,
    RECIPROCALS, RELIEF_NOUNS, RELIEF_VERBS, REMOVE_VERBS, REPORTING, REQUIRE_VERBS,
    RESOLVE_ADJECTIVES, RESOLVE_GAIN_VERBS, RESTRAINT_VERBS, REVISE_VERBS, RIGHT_CLAIM_VERBS,
    SELF_WISH_VERBS, SET_AGAINST_VERBS, SETTLED_GIVING_VERBS, SOFTEN_VERBS, TARIFF_DOWN_VERBS, TIE_VERBS,
    TO_ONLY_VERBS,
    VAGUE_GIFTS, VAGUE_TOPICS, WARNING_VERBS, WINNING_VERBS, WISH_NOUNS, YIELD_TO_VERBS, YIELD_VERBS,
)
from .grammar import (
    _according_slip_subject, _anaphoric_only, _as_well_as_parts, _backed_down, _bare_subjunctive, _bond_only,
    _child, _demanded, _directive_clause, _first_step, _fronted_passive_participle, _generic_aim,
    _gerund_conjuncts, _has_content, _has_particle, _impersonal_agreement, _in_a_bid, _in_conditional,
    _in_pending_clause, _infinitival, _infinitive_in_setting, _invitation_taken_up,
    _is_meeting_content, _is_verbal, _joint_truce_call, _keeps_giving, _list_items, _mandated_step,
    _mark, _negated, _negated_np, _nothing_to_give, _object_antecedent, _obliged, _only_accepts,
    _opinion_noun_clause, _part_of_talks, _participle_premodifier, _party_of, _past_date_phrase,
    _predicate_follows, _proposed_thing, _purchase_order, _purpose_of_step, _relative_object,
    _said_relative, _self_help, _semicolon_parts, _split_coordination, _sum_before_purpose,
    _swap_doer_step, _tabled_giving_plan, _talks_on_terms, _terms_word, _that_clause_series, _told_as_future,
    _threat_with_condition, _trigger_condition, _trim, _unless_conjuncts, _wanted_done, _where_locus, _with_tail,
    doc_gap_ok,
)
from .items import (
    _Actor, _Item, _as_well_as_tail, _companion_split, _conjunct_item, _drop_restated_red_lines,
    _for_subject_clause, _included_comma_split, _namely_split, _ordinal_list_split, _rejoined_passive,
    _series_split, _step_list_split, _swap_on_offer_verb, _thing_asked_for_a_purpose, _with_hung_possessed,
    _with_hung_topic, _with_offer_verb,
)
from .owners import (
    _body_object, _body_table, _compound_body, _listed_terms_owner, _named_body_actors,
    _new_proposals_owner, _of_doer, _participle_group_side, _passive_subject_split,
    _presented_with_owner, _presenter, _unlisted_subject_side, _weighs_others_offer,
)
from .builders import (
    _accepted_asked_items, _answered_step_items, _cannot_have_items, _cleft_wish_items, _deadline_items,
    _declared_truce_items, _reproached_deed_items,
    _extended_offer_items, _falling_tariff_items, _gap_relative_items, _handed_offer_that_items,
    _handed_passive_proposal_items, _including_concessions_items, _kept_closed_items,
    _members_need_items, _named_red_line_items, _no_deal_without_items, _not_allowed_items, _not_without_items,
    _nothing_less_items, _offer_not_to_items, _otherwise_items, _owned_proposed_items, _please_items,
    _recipient_first_offer_items, _red_line_refusal_items, _removed_term_items, _restraint_items,
    _revised_terms_items, _settled_terms_items, _stray_for_clause_items, _stressed_step_items,
    _submitted_bare_proposal_items, _time_given_items, _warned_against_items, _without_items,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


# Verbs whose passive names the side pressed ("Y was asked by X to ..."; not "Y is expected to ...").
_ASKED_PASSIVES = frozenset({"ask", "urge", "press", "pressure", "request", "implore", "order", "tell"})
# Words that open an indirect question ("how much X will pay", "whether Y will lift ...").
_QUESTION_WORDS = frozenset({"how", "whether", "what", "which", "when", "if"})


def _every_side(t: "Token | None") -> bool:
    """"both sides", "the two countries", "all parties", "both": everyone at the table, pressed
    alike. The annotators file what such a call asks as the caller's demand, of no one side."""
    if t is None:
        return False
    if t.lower_ == "both" and t.pos_ in ("PRON", "DET", "NOUN"):
        return True
    return t.tag_ == "NNS" and t.lemma_.lower() in MUTUAL_NOUNS | {"country", "nation"} \
        and any(c.lower_ in MUTUAL_NUMBERS | {"all"} for c in t.children)


def _due_head(verb: "Token") -> "Token | None":
    """"The US was expected / is set to slash its tariffs on X's cars": the verb a step told as
    due hangs on (a future, like a modal), its subject the giver; not "X expects Y to ...", a wish."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in DUE_FORMS:
        return None
    if head.lemma_.lower() == "expect" and not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return head if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) else None


def _signing_head(verb: "Token") -> "Token | None":
    """"Trump signed an executive order rescinding a 25% duty on X's goods": the signing verb
    whose order gives the relief (its subject the giver)."""
    order = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in RELIEF_VERBS | {"rescind"} \
            or order.lemma_.lower() not in ("order", "decree", "proclamation", "memorandum"):
        return None
    return order.head if order.head.lemma_.lower() in ("sign", "issue") else None


class _VerbTriggers:
    """Trigger verbs and the sentence dispatch (a part of `_Finder`)."""

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
                elif lemma == "look" and _child(tok, "xcomp") is not None:
                    out.extend(self._verb_items(tok, CONCESSION, "x"))  # "X is looking to buy more Y goods"
                if lemma in ("hold", "stick") and _has_particle(tok, {"out"}):
                    out.extend(self._verb_items(tok, DEMAND, "p:for"))  # "X is holding out for Y"
                if lemma in GIVING_VERBS or _keeps_giving(tok) or lemma == "order" and _purchase_order(tok):
                    out.extend(self._giving_items(tok))
                if lemma in DROP_VERBS or _backed_down(tok):
                    out.extend(self._drop_items(tok))
                if lemma in STOPPING_VERBS or lemma in ("call", "announce", "declare", "confirm"):
                    out.extend(self._called_off_items(tok))  # "the union suspended its strike"
                if lemma in YIELD_TO_VERBS:
                    out.extend(self._yielded_to_items(tok))  # "X gave in to Y's demand to do Z"
                if lemma in RELIEF_VERBS:
                    out.extend(self._relief_items(tok))
                if lemma in RELIEF_VERBS or lemma in ("cancel", "avert", "avoid", "escape") or lemma in SOFTEN_VERBS:
                    out.extend(self._purpose_relief_items(tok))
                if lemma in ("secure", "win", "obtain", "gain") and _in_a_bid(tok):
                    out.extend(self._verb_items(tok, DEMAND, "d"))  # "came for talks in a bid to secure Y"
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
                    and (tok.head.lemma_.lower() in EFFORT_VERBS or tok.head.lower_ in ("hopes", "hoping", "hoped")):
                # ("hopes" as the tagger lemmatises it: "hop")
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
            if lemma in ("announce", "declare") and pos == "VERB":
                out.extend(_declared_truce_items(self, tok))  # "the PKK announced a ceasefire"
            if lemma in STRESSING_VERBS and pos == "VERB":
                out.extend(_stressed_step_items(self, tok))  # "X stressed the release of Y's fishermen"
            if (lemma in ("deadline", "ultimatum", "window") or lemma == "period" and any(
                    c.lower_ == "grace" for c in tok.children)) and pos == "NOUN":
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
            if lemma in GOAL_NOUNS and pos == "NOUN" and (dep == "nsubj" and tok.head.lemma_ == "be" or any(
                    c.dep_ == "acl" for c in tok.children)):
                out.extend(self._goal_items(tok))
            if lemma in RELIEF_NOUNS and pos == "NOUN" and dep == "dobj" \
                    and tok.head.lemma_.lower() in ANNOUNCE_VERBS:
                out.extend(self._announced_relief_items(tok))
            if lemma in OPPOSING_VERBS and pos == "VERB":
                out.extend(self._opposed_step_items(tok))
            if lemma in ("accept", "tolerate") and pos == "VERB":
                out.extend(self._refused_deal_items(tok))  # "X will not accept any deal that leaves Y in power"
            if lemma in ("refuse", "refusal", "reluctance", "unwillingness", "decline") \
                    and pos in ("VERB", "NOUN"):
                out.extend(self._refused_items(tok))
            if pos in ("VERB", "AUX") and (lemma in ("refuse", "reject", "decline") or any(
                    c.dep_ == "neg" for c in tok.children) and any(
                    c.dep_ == "aux" and c.lower_ in MODALS_FUTURE for c in tok.children)
                    or lemma in ("remain", "stay") and any(c.dep_ == "aux" and c.lower_ in MODALS_FUTURE
                                                           for c in tok.children)
                    or lemma in SUSPENDING_VERBS
                    or lemma == "hold" and any(t.lower_ == "abeyance" for t in tok.subtree)):
                # ("X will hold the treaty in abeyance / suspended the talks until Y ends Z": Z asked of Y)
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
            if lemma in ("accept", "sign", "support", "back", "approve") and pos == "VERB":
                out.extend(_no_deal_without_items(self, tok))  # "X will not sign a deal that fails to ..."
            if lemma in ("step", "point") and pos == "NOUN" and _first_step(tok):
                out.extend(self._prerequisite_items(tok))  # "a full truce must be the first step"
            if lemma in RESTRAINT_VERBS and pos == "VERB":
                out.extend(_restraint_items(self, tok))  # "X opted not to retaliate", "refrained from ..."
            if lemma in REPROACH_VERBS and pos == "VERB":
                out.extend(_reproached_deed_items(self, tok))  # "X called out Y for distorting markets"
            if lemma in WARNED_PREPS and pos == "VERB":
                out.extend(_warned_against_items(self, tok))  # "X warned Y about Z", "X complained about Z"
            if lemma in ANSWER_VERBS and pos == "VERB":
                out.extend(_answered_step_items(self, tok))  # "X would respond to any tariffs with ..."
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
            _with_hung_possessed(it)  # "securing the hostages’ release"
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
        if not harm and not _told_as_future(main):
            return []  # "if X happens, Y has happened": no threat of what is to come
        up = main.head if main.dep_ in ("ccomp", "advcl") else None
        bare = False
        if up is not None and up.lower_ in ("clear", "plain") and up.head.lemma_.lower() == "make":
            up = up.head
        elif up is None and main.dep_ == "ROOT" and not harm:
            up, bare = main, True  # "If Y does not X, Z will W": the threat told without a warning verb
        elif up is not None and up.lemma_.lower() in REPORTING | {"quote"} and up.lemma_.lower() not in WARNING_VERBS \
                and not harm \
                and _child(main, "nsubj") is not None:
            up, bare = main, True  # (also quoted: "'If Y does not X, Z will W,' A said")
        elif up is None or up.lemma_.lower() not in WARNING_VERBS and not (harm and up.lemma_.lower() in REPORTING):
            return []
        negated = [c for c in cond.children if c.dep_ == "neg"]
        if mark.lower_ == "if" and not negated or mark.lower_ == "unless" and negated:
            return []  # "if Y agrees, X will ...": a promise, not a condition pressed on Y
        if _negated(up) or not bare and _in_conditional(up):  # (the bare threat is the conditional itself)
            return []
        actors, explicit = self._subject_actors(up)
        if not actors or len({a.party for a in actors}) > 1:
            return []
        subj = _child(cond, "nsubj", "nsubjpass")
        target = self._direct_actor(subj) if subj is not None else None
        if target and target[0].party in {a.party for a in actors}:
            return []  # "unless we get X": its own side
        if bare and not target and subj is not None and subj.pos_ == "NOUN":
            target = self._resolve_np(subj)  # "If the Norwegian side does not ..."
        if bare and not (target and target[0].party and target[0].party not in {a.party for a in actors}
                         and explicit):
            return []  # (a bare threat only between two sides both named: not "if the talks fail, ...")
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
        if kind == DEMAND and verb.dep_ in ("xcomp", "ccomp", "pcomp") and verb.tag_ == "VBG" \
                and verb.head.lemma_.lower() in SET_AGAINST_VERBS:
            return []  # "X opposed pressing for a Security Council role": set against it
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
            if any(c.dep_ == "acl" and c.lemma_.lower() in DEMAND_VERBS for c in obj.children):
                return []  # "handed over a memorandum demanding that Y withdraw": the demand's, no offer

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
        pressed_alike = kind == DEMAND and _every_side(obj)
        if pressed_alike:
            obj_actor = [_Actor(None)]  # "urged both sides / the two countries to ...": pressed alike
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
                if p is not None and kind == DEMAND and ch.lower_ in ("on", "upon") and "o" in spec and _every_side(p):
                    prep_on_party, pressed_alike = [_Actor(None)], True  # "called on both sides to ..."
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
                    if not a and p.lemma_.lower() in SIDE_NOUNS and "o" in spec:
                        a = self._resolve_np(p)  # "called on the government to ...", as "urged the government to"
                    if not a and ch.lower_ in ("on", "upon") and "o" in spec:
                        a = _body_object(self, p)  # "called on doctors / the union to ...": a body the list lacks
                    if a:
                        prep_on_party = a
        for_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                         and "for" in preps), None)
        if for_prep is not None and xcomp is not None and for_prep.i < xcomp.i:
            pobj = _child(for_prep, "pobj")
            if kind == DEMAND and _every_side(pobj) and "o" in spec:
                prep_on_party, pressed_alike = prep_on_party or [_Actor(None)], True  # "called for the two countries to ..."
            elif pobj is not None and pobj.pos_ == "NOUN" and not self._direct_actor(pobj):
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
        elif "o" in spec and kind == DEMAND and lemma in _ASKED_PASSIVES and xcomp is not None and _infinitival(xcomp) \
                and _child(verb, "nsubjpass") is not None and _child(verb, "agent") is not None:
            heads = [xcomp]  # "Y has been asked by X to scrap A": the passive of "X asked Y to" (its asker named)
        elif "c" in spec and ccomp is not None and (_directive_clause(ccomp, strict=lemma in REPORTING) or (
                lemma == "want" and _wanted_done(ccomp)) or (
                (kind == DEMAND or lemma in MANDATIVE_VERBS) and _bare_subjunctive(ccomp, lemma in MANDATIVE_VERBS))) and not (
                lemma in TO_ONLY_VERBS and not any(a.dep_ == "aux" and a.lower_ == "to" for a in ccomp.children)):
            heads = [ccomp]
            subj = _child(ccomp, "nsubj", "nsubjpass")
            if lemma == "expect" and subj is not None and subj.pos_ in ("NOUN", "DET") \
                    and not self._direct_actor(subj) and not _body_object(self, subj) \
                    and subj.lemma_.lower() not in SIDE_NOUNS:
                return []  # "expected that figure to reach $21 trillion": a forecast, asked of no side
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
            # (the clause's subject as a noun phrase too: "for the Chilean government to ...")
            fa = (self._direct_actor(fsubj) or self._resolve_np(fsubj)) if fsubj is not None else None
            if fa and fa[0].party:
                heads, counterpart = [fc], fa[0].party
            elif _every_side(fsubj):
                heads, pressed_alike = [fc], True  # "called for the two countries to honour ...": pressed alike
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
            if lemma in ("want", "seek", "need") and (bare and obj.lemma_.lower() in WISH_NOUNS or generic) \
                    and obj.pos_ == "NOUN":
                pass  # "they want peace": a wish, not a position
            elif lemma == "need" and not ((needer := _child(verb, "nsubj")) is not None and needer.pos_ == "PROPN"
                                          and self._direct_actor(needer)):
                pass  # "Kyiv needs guarantees" presses a named side's need; "the country needs investment" does not
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
        if kind == CONCESSION or lemma in ("want", "seek", "need"):
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
        if lemma in INTENT_VERBS and kind == CONCESSION:  # (not "looking for Y", a demand)
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
        if not actors or pressed_alike and not any(
                a.party and (a.person is None or (p := self.ctx.person(a.person)) is not None
                             and self._own_side(p) == a.party) for a in actors):
            return []  # (a call on every side is a side's demand only when the caller is one: not a
            # mayor's whose side the article never tells, and who is rather a go-between)
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
        allied = False
        if verb.dep_ == "pcomp" and verb.head.lower_ == "in" and verb.head.head.lemma_.lower() == "join":
            # "A joined B in urging Y to ...": B presses Y too
            # (the partner among the objects: "joined fellow heavyweight France" parses 'fellow' as one)
            partner = next((a for c in verb.head.head.children if c.dep_ == "dobj"
                            for a in [self._direct_actor(c)] if a), None)
            if partner and actors:
                actors = actors + [a for a in partner if a.party not in {b.party for b in actors}]
                allied = True  # (told as allies: not two sides wanting the same thing of each other)
        parties = {a.party for a in actors}
        if kind == DEMAND and len(parties) > 1 and not allied and not _joint_truce_call(heads, verb) and not (
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
            if lemma in ("want", "seek", "need") and _generic_aim(h):
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
            if kind == CONCESSION and _is_verbal(h) and _bond_only(h):
                continue  # "both leaders agreed to lower tensions / to aim for building stable ties"
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
            toks = _with_tail(toks, _amount_hung_on_verb(h, verb))
            toks = _with_tail(toks, _purpose_of_steps_hung_on_verb(h, verb))
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
        due, signed = _due_head(verb), _signing_head(verb)
        handing_now = verb.tag_ == "VBG" and verb.lemma_.lower() in ("give", "provide", "grant", "extend") \
            and any(a.lower_ in ("is", "are", "'re", "’re", "am", "'m") for a in auxes) \
            and any(c.dep_ == "dative" for c in verb.children)  # "we're giving them a swap line"
        if due is None and signed is None and not handing_now \
                and not any(a.lower_ in MODALS_FUTURE or a.lemma_.lower() in MODALS_FUTURE for a in auxes) \
                and not (verb.tag_ in ("VBD", "VBN", "VBZ") and _part_of_talks(verb)):
            return []  # past or present steps count only when told as part of the bargaining
        if _negated(verb) or _in_conditional(verb) or (_demanded(verb) and due is None):
            return []  # (but "X was expected to lower Y": a step due, expected of nobody)
        if any(c.dep_ in ("advmod", "dobj", "mark", "nsubj") and c.lower_ in _QUESTION_WORDS
               or c.dep_ in ("advmod", "dobj", "npadvmod") and any(g.lower_ == "how" for g in c.children)
               for c in verb.children):
            return []  # "talks on how much Seoul will pay", "whether X will lift ...": a question, no pledge
        gift = _child(verb, "dobj")
        if gift is not None and gift.lemma_.lower() in NON_GIFTS and verb.lemma_.lower() != "hand":
            return []  # "will release its trade data": no gift
        if gift is not None and (gift.lemma_.lower() in DOMESTIC_OBJECTS or gift.lemma_.lower() == "rate" and any(
                c.lower_ == "interest" for c in gift.children)):
            return []  # "will cut interest rates", "will open an embassy": no negotiation
        if verb.lemma_.lower() in INTRANSITIVE_MOVES and _child(verb, "dobj") is None:
            return []  # "the team will return to Washington": going back, not giving back
        subj = _child(shared if shared is not None else verb, "nsubj") or _according_slip_subject(verb) or (
            _child(due, "nsubj", "nsubjpass") if due is not None else None) or (
            _child(signed, "nsubj") if signed is not None else None)
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
        if not actors:
            actors = self._list_owner(subj)  # "the demands of Y", "the workers' demands", "put forward by the union"
        if not actors:
            sender = next((_child(c, "pobj") for c in subj.children if c.dep_ == "prep" and c.lower_ == "from"), None)
            actors = (self._direct_actor(sender) or []) if sender is not None else []  # "the proposal from X"
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

    def _list_owner(self, noun: "Token") -> list[_Actor]:
        """Whose demands or proposals a list noun names when `_noun_actor` finds no side: 'of Y'
        ('the demands of the union'), or a body or its members as the possessor ('the workers'
        demands': the union the article names)."""
        owners = [c for c in noun.children if c.dep_ == "poss"]
        owners += [_child(c, "pobj") for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        for owner in [o for o in owners if o is not None]:
            actors = self._resolve_np(owner)
            if not actors and owner.pos_ == "NOUN" and owner.lemma_.lower() in BODY_NOUNS | MEMBER_NOUNS:
                actors = _named_body_actors(self, owner, [], any_dep=True)
            if not actors and owner.pos_ == "NOUN" and owner.lemma_.lower() in MEMBER_NOUNS:
                # "the workers' demands": the members speak through their union, the one named before
                unions = list(dict.fromkeys(n for at, n, union in _body_table(self) if union and at < owner.idx))
                actors = [_Actor(unions[0])] if len(unions) == 1 else []
            if actors:
                return actors
        return []

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


# nouns of a step that says nothing until its purpose is told ("concrete steps to ...")
_STEP_NOUNS = frozenset({"step", "measure", "action", "move", "effort"})


def _purpose_of_steps_hung_on_verb(h: "Token", verb: "Token") -> list["Token"]:
    """'called for concrete steps to create a fairer trading environment': the parser hangs the
    infinitive on the verb; right after a bare step noun asked "for", it is what the steps are."""
    if h.dep_ != "pobj" or h.head.head != verb or h.lemma_.lower() not in _STEP_NOUNS:
        return []
    end = max(t.i for t in h.subtree)
    purpose = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.left_edge.i == end + 1
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return list(purpose.subtree) if purpose is not None else []


def _amount_hung_on_verb(h: "Token", verb: "Token") -> list["Token"]:
    """'demanding an increase in their pay to Rs 21,000': the parser may hang 'to Rs 21,000' on the
    verb; a 'to' or 'from' phrase with a figure right after the change asked or offered is part
    of it (not 'urged X to ...', whose 'to' opens an infinitive)."""
    lemma = h.lemma_.lower()
    if h.dep_ != "dobj" or h.head != verb or lemma not in _CHANGE_NOUNS | _RELIEF_NOUNS:
        return []
    end = max(t.i for t in h.subtree)
    tail = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "from") and c.i == end + 1), None)
    if tail is None:
        return []
    if lemma in _RELIEF_NOUNS:  # "seek relief from the 29% tariffs": the measure eased
        return list(tail.subtree) if tail.lower_ == "from" and any(
            t.lemma_.lower() in TARIFF_WORDS | {"sanction", "tax", "penalty"} for t in tail.subtree) else []
    if not any(t.like_num for t in tail.subtree):
        return []
    return list(tail.subtree)


# what eases a measure: "relief from the tariffs", "an exemption from the levy"
_RELIEF_NOUNS = frozenset({"relief", "reprieve", "exemption", "waiver", "respite", "exclusion"})
# what changes by an amount: "an increase ... to X", "a cut ... to Y"
_CHANGE_NOUNS = frozenset({"increase", "rise", "raise", "hike", "cut", "reduction", "boost", "decrease",
                           "lowering", "raising", "increment"})
