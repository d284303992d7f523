"""Sentence builders: clause patterns that carry a position without a single trigger word
reading it ("X's demands included ...", "under the plan, Y would ...", "nothing less than ...").
Each takes the finder, a sentence and the items found in it so far, and returns new items;
`SENTENCE_BUILDERS` lists them in the order the finder runs them.

Why a list of functions: each pattern is one small job with its own guard (it returns at once
when its words are not in the sentence), and the order is visible in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..leaders import known_side
from ..sides import SIDE_NOUNS, initials
from .lexicon import (
    ACCEPTED_OBJECTS, ACQUIRE_VERBS, AIMING_VERBS, ANSWER_VERBS, AMONG_DEMAND_NOUNS, ASKED_MARKS, BACKED_OBJECTS,
    BLESSING_NOUNS, CIRCULATE_FORMS, CLAIM_NOUNS, CLEFT_DEMAND_VERBS, CLEFT_OFFER_VERBS, CONCESSION,
    CONDITION_WORDS, CONTENT_VERBS, DEMAND, DEMAND_FIGURES, DOCUMENT_NOUNS, DRAFT_TERM_NOUNS,
    DROPPABLE, EXEMPTION_NOUNS, EXTENDED_GIFTS, FLEX_WORDS, FOCUS_VERBS, FOR_CLAUSE_NOUNS,
    FROM_DEMAND_NOUNS, GENERIC_OUTCOMES, GIVEN_SET_NOUNS, GOAL_PLAN_NOUNS, HANDING_OFFER_VERBS,
    HOSTILE_NOUNS, KEEN_ADJECTIVES, LOATH_WORDS, LOWER_DEMAND_VERBS, MARKET_NOUNS, MAX_TOKENS,
    MEASURE_NOUNS, MEETING_NOUNS, MEMBER_NOUNS, MISREAD_ADJ_VERBS, MODALS_FUTURE, MODALS_OBLIGATION,
    MUTUAL_NUMBERS, OBLIGING_DEALS, OBLIGING_VERBS, OFFER_FIGURES, ONLY_THROUGH_VERBS,
    OTHERS_MEASURE_NOUNS, PASSIVE_REMOVE_VERBS, PLAN_GOAL_NOUNS, PLAN_PART_NOUNS, PLAN_WHOLE_NOUNS,
    PLEA_NOUNS, PRONOUN_PARTY, PROPOSAL_NOUNS, PROPOSED_THINGS, QUOTE_OPEN, RAISED_NOUNS,
    RAISE_OFFER_VERBS, REJECT_VERBS, REPROACH_VERBS, RELIEF_VERBS, REMOVED_FORMS, REPORTING, SAID_DEAL_NOUNS,
    SAID_DEAL_VERBS, SENT_DRAFT_VERBS, SETTLED_DEAL_NOUNS, SET_NOUNS, SHARED_DRAFTS, SHOWING_VERBS,
    SPAN_NOUNS, STANCE_HEADS, STRIKE_NOUNS, STRIKE_VERBS, SUBMIT_VERBS, TALK_RELIEF_NOUNS,
    TARIFF_FALL_VERBS, TARIFF_WORDS, TEMPORAL_MARKS, TRUCE_NOUNS, UNDER_PLAN_NOUNS, WARNED_PREPS, WARNED_RISKS,
    WHOSE_DEMAND_VERBS,
    WISH_NOUNS, YIELDED_LOSSES,
)
from .grammar import (
    _child, _deferring, _demanded, _gained_gerund, _has_content, _has_particle, _in_conditional,
    _in_pending_clause, _infinitival, _is_meeting_content, _is_verbal, _mark, _negated, _negated_np,
    _noun_phrase_parts, _one_side, _party_of, _reporting_subject, _restrained_step,
    _split_coordination, _told_as_future, _trim,
)
from .items import _Actor, _Item
from .owners import (
    _body_object, _body_table, _earlier_tariff_owner, _named_body_actors, _obliged_side,
    _quote_goes_on_speaker, _unlisted_subject_side,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token
    from .finder import _Finder


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
    if not actors:
        actors = _unlisted_subject_side(finder, verb)  # "Wealthy countries raised their offer to ..."
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
    if lemma == "accept" and obj.lemma_.lower() not in YIELDED_LOSSES | MEASURE_NOUNS:
        return []  # "will not accept the offer": a rebuff, no term of its own (but "won't accept a
        # 10 percent baseline tariff": a measure the side refuses to bear)
    if verb.dep_ not in ("ROOT", "ccomp", "conj") or _mark(verb) in CONDITION_WORDS | TEMPORAL_MARKS:
        return []
    actors, explicit = finder._subject_actors(verb)
    if not actors or len({a.party for a in actors}) > 1 or not actors[0].party:
        return []
    toks = _trim([t for t in finder._content_tokens(verb, exclude_subject_of=verb)
                  if not (t.dep_ == "aux" and t.head == verb) and t.i >= neg.i])
    if toks and toks[0] == neg and neg.lower_ in ("n't", "n\u2019t") and neg.i > 0:
        toks = [neg.doc[neg.i - 1]] + toks  # "won't accept": the modal the "n't" is written on
    if not _has_content(toks) or _is_meeting_content(verb):
        return []
    return [_Item(DEMAND, neg, actors, toks, finder._counterpart_in(verb, DEMAND), explicit)]


def _no_deal_without_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'X will not accept / sign any deal that does not remove Y's car tariffs', '... a deal that
    fails to give its farmers access': what every acceptable deal must do is pressed on the
    other side (a demand), told without the double negation."""
    if not any(c.dep_ == "neg" for c in verb.children) or _in_conditional(verb):
        return []
    obj = _child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in DOCUMENT_NOUNS:
        return []
    rel = next((c for c in obj.children if c.dep_ == "relcl"), None)
    if rel is None:
        return []
    if rel.lemma_.lower() == "fail" and _child(rel, "xcomp") is not None:
        step = _child(rel, "xcomp")  # "a deal that fails to give Y access"
    elif any(c.dep_ == "neg" for c in rel.children):
        step = rel  # "any deal that does not remove Y"
    else:
        return []
    actors, explicit = finder._subject_actors(verb)
    if not actors or len({a.party for a in actors}) > 1 or not actors[0].party:
        return []
    toks = _trim([t for t in finder._content_tokens(step) if not (t.head == step and t.dep_ in ("neg", "aux", "nsubj"))
                  and t.lower_ not in ("that", "which")])
    if not _has_content(toks) or _is_meeting_content(step):
        return []
    return [_Item(DEMAND, verb, actors, toks, finder._counterpart_in(step, DEMAND), explicit)]


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


def _reproached_deed_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'She called out Beijing for distorting global markets by subsidizing overproduction',
    'X criticized Y for raising its duties': what a side reproaches the other for doing is what
    it presses it to stop (a demand; the text keeps the deed)."""
    if verb.lemma_.lower() not in REPROACH_VERBS or _negated(verb) or _in_conditional(verb):
        return []
    if verb.lemma_.lower() == "call" and not _has_particle(verb, {"out"}):
        return []
    obj = _child(verb, "dobj")
    target = finder._direct_actor(obj) if obj is not None else None
    if not target or len({a.party for a in target}) > 1 or not target[0].party:
        return []
    fors = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    fors += [x for c in fors for x in c.conjuncts if x.lower_ == "for"]  # "for A-ing ... and for B-ing"
    deeds = [g for c in fors for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    if not deeds:
        return []
    actors, explicit = finder._subject_actors(verb)
    if not actors or len({a.party for a in actors}) > 1 or actors[0].party == target[0].party:
        return []
    out = []
    for deed in deeds + [c for d in deeds for c in d.conjuncts if c.tag_ == "VBG"]:
        toks = _trim([t for t in deed.subtree if not (t.dep_ in ("cc", "conj") and t.head == deed)
                      and not any(a.dep_ == "conj" and a.head == deed for a in t.ancestors)])
        if _has_content(toks):
            out.append(_Item(DEMAND, verb, actors, toks, target[0].party, explicit))
    return out


def _warned_against_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'X warned Washington about arms sales to Taiwan', 'she cautioned against threats to leave
    the treaty', 'Y complained about Z's sales of dual-use goods': what a side warns against or
    complains of is what it presses the other side to stop (a demand; the text keeps the deed)."""
    lemma = verb.lemma_.lower()
    if _negated(verb) or _in_conditional(verb):
        return []
    preps = WARNED_PREPS.get(lemma, ())
    what = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                 for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
    if what is None or finder._direct_actor(what) or what.lemma_.lower() in GENERIC_OUTCOMES | WARNED_RISKS:
        return []  # (not "warned about China": a side, no deed; nor "warned of the risks of X": a forecast)
    actors, explicit = finder._subject_actors(verb)
    if not _one_side(actors):
        return []
    obj = _child(verb, "dobj")
    target = finder._direct_actor(obj) if obj is not None else None
    item = _phrase_demand(finder, verb, actors, what, explicit)
    if item is None:
        return []
    doer = finder._possessor(what) if _child(what, "poss") is not None else None
    for who in (target, doer):  # "warned Washington about ...", "complained about Russia's strikes"
        if who and len({a.party for a in who}) == 1 and who[0].party and who[0].party != actors[0].party:
            item.counterpart = who[0].party  # pressed on the one warned, or on the doer of the deed
            break
    return [item]


def _answered_step_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'X would respond to any tariffs with necessary measures', 'X will retaliate against any new
    sanctions': the other side's step a side vows to answer is one it presses the other not to
    take (a demand, told as the threat)."""
    if verb.lemma_.lower() not in ANSWER_VERBS or _negated(verb) or _in_conditional(verb) \
            or not _told_as_future(verb):
        return []
    step = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "against")
                 for g in c.children if g.dep_ == "pobj"), None)
    if step is None or step.lemma_.lower() not in HOSTILE_NOUNS | TARIFF_WORDS | {"restriction", "curb", "measure"} \
            or not any(c.lower_ in ("any", "new", "further", "such") for c in step.children):
        return []
    actors, explicit = finder._subject_actors(verb)
    if not actors or len({a.party for a in actors}) > 1 or not actors[0].party:
        return []
    toks = _trim([t for t in verb.subtree if t.i >= verb.i])
    return [_Item(DEMAND, verb, actors, toks, finder._counterpart_in(step, DEMAND), explicit)] \
        if _has_content(toks) else []


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
    if not (lemma in ("be", "remain") and line.dep_ in ("attr", "pobj") or lemma == "cross" and line.dep_ == "dobj"):
        return []
    if _negated(verb) or _in_conditional(verb) or _child(verb, "nsubj") is None:
        return []
    subj = _child(verb, "nsubj")
    if subj.pos_ not in ("NOUN", "PROPN") or finder._direct_actor(subj) or subj.lemma_.lower() in GENERIC_OUTCOMES:
        return []
    owner = finder._possessor(subj) if _child(subj, "poss") is not None else None
    if not owner and _child(line, "poss") is not None:
        owner = finder._possessor(line)  # "A is among X's red lines"
    if not owner:  # "For New Delhi, farm access remains a red line": the side it is a line for
        for_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        owner = finder._direct_actor(_child(for_, "pobj")) if for_ is not None else None
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
    on = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("on", "against")), None)
    on_sides = [a.party for t in (on.subtree if on is not None else []) for a in (finder._direct_actor(t) or [])
                if a.party]
    if not owner and on_sides and len(finder.main_parties) >= 2 and on_sides[0] in finder.main_parties[:2]:
        # "Under the deal, tariffs on Chinese imports will be halved to 10%": no owner named, so
        # the other of the article's two main sides, who levies them on the first one's goods
        owner = [_Actor(next(p for p in finder.main_parties[:2] if p != on_sides[0]))]
    if not owner:
        return []
    target = next((p for p in on_sides if p != owner[0].party), None)
    keep = {subj} | {t for c in subj.children if c.dep_ in ("amod", "compound", "prep", "nmod", "poss", "det")
                     for t in c.subtree} | {verb} | {c for c in verb.children if c.dep_ in ("aux", "auxpass")} \
        | {t for c in figures for t in c.subtree}
    cut = {t for k in keep if k.dep_ in ("acl", "relcl", "appos") for t in k.subtree}  # "imposed by X"
    toks = _trim(sorted(keep - cut, key=lambda t: t.i))
    toks = [t for t in toks if not (t.text == "," and t.i < verb.i)]
    if not _has_content(toks):
        return []
    return [_Item(CONCESSION, verb, owner, toks, target, True)]


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


# A step the other side would take, named as a noun: what a side stresses of it, it presses for
# (not the lexicon's STEP_NOUNS, steps whose refusal is a red line).
_PRESSED_STEP_NOUNS = frozenset({"release", "withdrawal", "pullout", "removal", "return", "repatriation", "lifting",
                                 "reopening", "implementation", "rollback", "cancellation", "reduction",
                                 "elimination"})


def _stressed_step_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'Modi emphasised the immediate release of the fishermen', 'we stressed on the withdrawal
    of troops': a step the other side would take, stressed by a side, is that side's demand (a
    step it takes itself, 'our' withdrawal, is not)."""
    obj = _child(verb, "dobj")
    if obj is None:
        on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)
        obj = _child(on, "pobj") if on is not None else None
    if obj is None or obj.lemma_.lower() not in _PRESSED_STEP_NOUNS or _negated(verb) or _in_conditional(verb) \
            or _child(obj, "poss") is not None:
        return []
    subj = _child(verb, "nsubj")
    we = subj is not None and subj.lower_ in ("we", "i")  # "We also stressed on ...": the speaker's side
    actors = finder._speaker(verb) if we else finder._subject_actors(verb)[0]
    if not actors or len({a.party for a in actors}) > 1 or not (actors[0].party or actors[0].person):
        return []
    toks = _trim(list(obj.subtree))
    if not _has_content(toks):
        return []
    return [_Item(DEMAND, verb, actors, toks, finder._counterpart_in(obj, DEMAND), True)]


def _declared_truce_items(finder: "_Finder", verb: "Token") -> list[_Item]:
    """'In May, the PKK announced a ceasefire', 'Hamas declared a unilateral truce': a truce one
    side declares is its concession (not one declared by two sides, nor a mediator's 'ceasefire
    between A and B')."""
    obj = _child(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in TRUCE_NOUNS or _negated(verb) or _in_conditional(verb) \
            or any(c.dep_ == "prep" and c.lower_ == "between" for c in obj.children):
        return []
    subj = _child(verb, "nsubj")
    actors = finder._resolve_np(subj) if subj is not None and subj.pos_ != "PRON" else None
    if not actors or len({a.party for a in actors}) > 1 or not actors[0].party \
            or actors[0].party in finder.mediators:
        return []
    toks = _trim(list(obj.subtree))
    return [_Item(CONCESSION, verb, actors, toks, finder._counterpart_in(verb, CONCESSION), True)]


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
    given = _child(verb, "dative")
    if not target:
        target = finder._direct_actor(given)
    unnamed = False  # "giving the Federal Government a one-month window to ...": a side, named or not
    if not target and given is not None and given.lemma_.lower() in SIDE_NOUNS:
        target = finder._resolve_np(given) or []
        unnamed = not target
    actors, explicit = finder._subject_actors(verb)
    if not actors or not (target or unnamed) or len({a.party for a in actors}) > 1 \
            or {a.party for a in target} & {a.party for a in actors}:
        return []
    toks = _trim([t for t in step.subtree if t.dep_ != "mark" and t != subj and t.i >= (subj.i + 1 if subj is not None else step.left_edge.i)
                  and not (t.dep_ == "aux" and t.lower_ == "to")])
    if not _has_content(toks):
        return []
    return [_Item(DEMAND, noun, actors, toks, _party_of(target), explicit)]


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


def _raised_issue_items(finder: "_Finder", sent: "Span", found: list[_Item]) -> list[_Item]:
    """'He would also be raising the issue of several abattoirs that remain suspended': a side
    that raises the issue, question or case of something presses for it to be settled; the
    content is what the issue is of (not 'raised the issue' alone, nor 'raised tariffs')."""
    if not finder.sent_words & {"raise", "express", "voice"}:
        return []
    out: list[_Item] = []
    taken = {it.trigger.i for it in found}
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma not in ("raise", "express", "voice") or verb.pos_ != "VERB" or verb.i in taken or _negated(verb) \
                or _in_conditional(verb):
            continue
        noun = _child(verb, "dobj")
        if noun is None or noun.lemma_.lower() not in (RAISED_NOUNS if lemma == "raise" else {"concern"}):
            continue  # (also "China expressed grave concerns about US trade restrictions")
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
