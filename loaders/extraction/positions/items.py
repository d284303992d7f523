"""What a position rule finds before it becomes a `Position`: `_Actor` (a side, and the
person speaking for it) and `_Item` (a trigger, its actors, its content tokens, its
counterpart), with the functions that split one item into several (series, "as well as",
ordinals) and the filters that turn an item down (hostile steps, joint processes, bare
partnerships, placeholders).

Why here: the finder, the sentence builders and the filters all pass items around; the
filters judge an item by itself, with no article state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import (
    AIM_VERBS, AVERT_VERBS, CLOSING_VERBS, CONCESSION, CONCESSION_VERBS, COUNT_WORDS, DEMAND,
    DEMAND_LIST_NOUNS, DEMAND_VERBS, DROP_VERBS, DROPPABLE, FULFIL_VERBS, GENERIC_OUTCOMES, HOSTILE_NOUNS, HOSTILE_VERBS,
    HOUSEKEEPING_OBJECTS, WISH_NOUNS, HUNG_TOPIC_PREPS, JOINT_OBJECTS, KEEP_VERBS, LISTED_TERMS, MEASURE_NOUNS,
    MEMBER_NOUNS, NAMED_TERMS_NOUNS, OPEN_ISSUE_NOUNS, PARTNERING_VERBS, PERSON_LIKE_NOUNS,
    PLACEHOLDER_NOUNS, PRESSURE_NOUNS, PROBE_NOUNS, PROCESS_VERBS, PROPOSAL_NOUNS, PUNITIVE_ADJECTIVES, RAISE_VERBS,
    RELIEF_WORDS, RESTRAINT_VERBS, SHARED_PRINCIPLE_WORDS, SUBMIT_VERBS, TARIFF_WORDS,
    THING_ASKING_VERBS, TIES_NOUNS, YIELD_VERBS,
)
from .grammar import (
    _backed_down, _child, _full_np, _has_content, _is_verbal, _mark, _noun_phrase_parts, _ordinal_parts,
    _series_starts, _trim,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


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


def _content_head(it: "_Item") -> "Token | None":
    heads = [t for t in it.content if t.head not in it.content or t.head == t]
    return heads[0] if heads else (it.content[0] if it.content else None)


# What a "tariff" or "rate" may be the price of at home ("raise electricity tariffs"): a step a
# lender asks for, not a penalty on another side's goods.
_UTILITIES = frozenset({"electricity", "power", "gas", "water", "fuel", "energy", "utility", "petrol", "diesel"})


def _utility_price(obj: "Token") -> bool:
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _UTILITIES for c in obj.children)


# What a tax may fall on at home ("a tax on agricultural income", "a wealth tax", "raise VAT"): a
# reform a lender or a partner asks for, not a penalty on the other side's goods.
_HOME_TAX_BASES = frozenset({"income", "incomes", "property", "properties", "wealth", "profit", "profits",
                             "earnings", "salary", "salaries", "pension", "pensions", "land", "sales",
                             "vat", "gst", "carbon", "windfall", "retail", "consumption",
                             "luxury", "rich", "wealthy", "inheritance", "dividend", "dividends", "payroll",
                             "remittance", "remittances", "bank", "banks", "deposit", "deposits"})


def _home_tax(obj: "Token") -> bool:
    if obj.lower_ in ("vat", "gst"):
        return True
    if obj.lemma_.lower() not in ("tax", "levy", "rate", "duty"):
        return False
    near = [t for t in obj.subtree if t.i < obj.i]  # "a wealth tax", "its value-added tax"
    near += [w for p in obj.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children
             if o.dep_ == "pobj" for w in [o, *(c for c in o.children if c.dep_ in ("compound", "amod"))]]
    return any(w.lower_ in _HOME_TAX_BASES for w in near) \
        or "value-added" in obj.doc[obj.left_edge.i:obj.i].text.lower()  # (the tokenizer splits it)


def _hostile(it: "_Item") -> bool:
    """A 'concession' whose content is a penalty ('plans to raise tariffs on X')."""
    if it.kind != CONCESSION or _held_back(it):
        return False
    dropped = _child(it.trigger, "dobj")
    if it.trigger.lemma_.lower() in DROP_VERBS and dropped is not None and dropped.lemma_.lower() in DROPPABLE \
            or _backed_down(it.trigger):
        return False  # "withdrew its threat to raise tariffs": the penalty is what is given up
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
        if not _is_verbal(h) or (h.head in inside and h.head != h and _is_verbal(h.head)) or h.i in averted \
                or h.dep_ == "amod":
            continue  # (nor a participle describing a thing: "pause newly imposed controls")
        lemma = h.lemma_.lower()
        obj = _child(h, "dobj")
        if obj is not None and lemma in HOSTILE_VERBS | RAISE_VERBS and _home_tax(obj):
            continue  # "agreed to impose a tax on agricultural income": a reform at home
        if lemma == "fight" and obj is None and _child(h, "prep") is None:
            return True  # "committed to fighting": the war goes on, nothing is given
        if lemma in HOSTILE_VERBS or lemma in RAISE_VERBS and obj is not None and obj.lemma_.lower() in (
                "tariff", "duty", "levy", "tax", "rate", "sanction") and not _utility_price(obj):
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


# verbs of "taking X forward": the process goes on, nothing named is given
_FORWARD_VERBS = frozenset({"move", "take", "carry", "push", "bring", "drive", "go"})
# what keeping a process going is about, not a term ("commitment to diplomatic engagement")
_PROCESS_NOUNS = frozenset({"engagement", "dialogue", "diplomacy", "process", "negotiation", "talk", "talks"})


def _process_forward(it: "_Item") -> bool:
    """'committed to taking our relations forward', 'agreed to take the peace process forward',
    'a commitment to diplomatic engagement', 'would also address the Middle East': keeping the
    process going, or a region talked about, is no concession (but 'take forward the tariff
    cuts' names what is given)."""
    if it.kind != CONCESSION or not it.content:
        return False
    heads = [t for t in it.content if t.head not in it.content or t.head == t]
    first = heads[0]
    obj = _child(first, "dobj")
    if _is_verbal(first) and first.lemma_.lower() in _FORWARD_VERBS and any(
            c.lower_ in ("forward", "ahead") and c.dep_ in ("advmod", "prt") for c in first.children):
        if obj is not None and any(c.lower_ == "peace" for c in obj.children if c.dep_ in ("compound", "amod")):
            return False  # "agreed to take the peace process forward" (after a truce): its de-escalation
        return obj is None or obj.pos_ == "PRON" or obj.lemma_.lower() in JOINT_OBJECTS | _PROCESS_NOUNS | {
            "agreement", "deal", "relation", "tie", "cooperation", "partnership"}
    if first.pos_ == "NOUN" and first.lemma_.lower() in _PROCESS_NOUNS and len(it.content) <= 3:
        return True  # "diplomatic engagement"
    if _is_verbal(first) and first.lemma_.lower() == "address" and obj is not None \
            and obj.ent_type_ in ("LOC", "GPE") and not list(c for c in obj.children if c.dep_ == "prep"):
        return True  # "the two leaders would also address the Middle East": a topic
    return False


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


def _trigger_rank(it: "_Item") -> int:
    """2 for a verb of demanding/conceding, 1 for a noun, 0 for the rest (modal, tense)."""
    lemma = it.trigger.lemma_.lower()
    if it.trigger.pos_ in ("VERB", "AUX") and lemma in (DEMAND_VERBS if it.kind == DEMAND else CONCESSION_VERBS):
        return 2
    return 1 if it.trigger.pos_ == "NOUN" else 0


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


def _calls_own_action(it: "_Item") -> bool:
    """'The union had called for an indefinite strike from August 5': the union's own step."""
    if it.kind != DEMAND or it.trigger.lemma_.lower() != "call" or not it.content:
        return False
    h = _content_head(it)
    return h is not None and h.pos_ == "NOUN" and h.lemma_.lower() in PRESSURE_NOUNS and not any(
        c.dep_ in ("acl", "relcl", "prep") and c.lower_ not in ("from", "on", "in", "at", "over", "for")
        for c in h.children)


# Nouns that only point back at terms told elsewhere ("this step", "that understanding").
_POINTING_NOUNS = frozenset({"step", "move", "measure", "understanding", "agreement", "deal", "arrangement",
                             "proposal", "offer", "plan", "idea", "option", "approach", "solution", "compromise",
                             "framework", "path", "course"})


def _points_back_only(it: "_Item") -> bool:
    """'Hamas said it was ready to take this step', 'both parties agreed to this understanding in
    good faith': content that only points back at terms told elsewhere ("this step") says no
    terms of its own."""
    if not it.content:
        return False
    h = _content_head(it)
    if h is None:
        return False
    noun = h if h.pos_ == "NOUN" else _child(h, "dobj") if h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in (
        "take", "accept", "make", "support", "back", "endorse", "adopt", "follow", "pursue") else None
    if noun is None or noun.lemma_.lower() not in _POINTING_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those", "such") for c in noun.children):
        return False
    words = {t.i for t in it.content if t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")} - {noun.i}
    return not words - {t.i for t in it.content if t.lower_ in ("faith", "good")}


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


def _drop_restated_red_lines(items: list[_Item]) -> list[_Item]:
    """'We will not give up our rights, and our enrichment must continue': the vow restates the
    sentence's own demand by the same side; it stands only alone."""
    def red(it: _Item) -> bool:
        return it.kind == DEMAND and it.trigger.dep_ == "neg" and it.trigger.head.lemma_.lower() in YIELD_VERBS
    return [it for it in items if not red(it) or not any(
        o.kind == DEMAND and not red(o) and {a.party for a in o.actors} & {a.party for a in it.actors}
        for o in items)]


def _held_back(it: "_Item") -> bool:
    """A concession that withholds a penalty ('not raise its counter-tariffs', 'refrained from
    imposing duties'): not itself hostile."""
    return it.trigger.lemma_.lower() in RESTRAINT_VERBS and it.trigger.pos_ == "VERB" or bool(
        it.content) and it.content[0].dep_ == "neg"


def _bare_offer(it: "_Item") -> bool:
    """An item of _submitted_bare_proposal_items: the proposal's own phrase, terms untold."""
    return it.kind == CONCESSION and it.trigger.pos_ == "NOUN" and it.trigger.lemma_.lower() in PROPOSAL_NOUNS \
        and it.trigger.dep_ == "dobj" and it.trigger.head.lemma_.lower() in SUBMIT_VERBS \
        and set(it.content) <= set(it.trigger.subtree) | {t for t in it.trigger.doc[max(it.trigger.i - 3, 0):it.trigger.i]}


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


def _included_comma_split(it: "_Item") -> list[_Item]:
    """'X's terms include A, "B held by Y," C, and D': a list the parser did not coordinate
    (quotes, long items) is split at its commas when every part opens a noun phrase."""
    if it.trigger.lemma_.lower() not in ("include", "contain") or len(it.content) < 6:
        return [it]
    parts = _noun_phrase_parts([t for t in it.content if t.text not in ("\u201c", "\u201d", '"')])
    if len(parts) < 2:
        return [it]
    return [_Item(it.kind, p[0], it.actors, _trim(p), it.counterpart, it.explicit_actor, it.sent) for p in parts]


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


# ---------------------------------------------------------------------------------------
# Round eight (demands): shapes found on unseen sets


def _swap_on_offer_verb(it: "_Item") -> "Token | None":
    """'X sent its plan, offering a truce in exchange for Y freeing captives': the parser hangs
    'in exchange / in return' on the offering verb, beside (not inside) the offered object."""
    if it.trigger.pos_ != "VERB":
        return None
    return next((t for c in it.trigger.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > it.trigger.i
                 for t in c.children if t.dep_ == "pobj" and t.lower_ in ("exchange", "return")), None)


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


def _with_hung_possessed(it: "_Item") -> None:
    """"securing the hostages’ release": the parser may hang the noun after a plural's
    apostrophe elsewhere, and the content would stop at "the hostages"; the possessed noun
    right after the apostrophe belongs to it."""
    if not it.content:
        return
    last = it.content[-1]
    doc = last.doc
    k = last.i + 1
    if k + 1 < len(doc) and last.tag_ == "NNS" and not last.whitespace_ and doc[k].text in ("’", "'") \
            and doc[k + 1].pos_ == "NOUN" and doc[k + 1] not in it.content \
            and (k + 2 >= len(doc) or doc[k + 2].pos_ != "NOUN"):
        it.content = it.content + [doc[k], doc[k + 1]]


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


def _drop_bare_offer_beside_terms(found: list[_Item]) -> list[_Item]:
    """'X sent its latest proposal to Y on Monday, offering A in exchange for B': the bare
    proposal is told by its terms in the same sentence; only the terms stand."""
    bare = [it for it in found if _bare_offer(it)]
    if not bare:
        return found
    told = [it for it in found if it.kind == CONCESSION and not _bare_offer(it) and it.content]
    drop = {id(b) for b in bare if any({a.party for a in t.actors} == {a.party for a in b.actors} for t in told)}
    return [it for it in found if id(it) not in drop] if drop else found


def _committed_aim(it: "_Item") -> bool:
    """'Both leaders committed to maritime security', 'X is committed to peaceful development',
    'both sides' commitment to a broader trade deal': a commitment to an aim every side shares (a
    noun, not a step) gives nothing (but 'Seoul would commit to $100 billion in purchases')."""
    if it.kind != CONCESSION or it.trigger.lemma_.lower() not in ("commit", "committed", "commitment") \
            or not it.content:
        return False
    first = _content_head(it)
    specific = any(c.dep_ in ("relcl", "poss", "acl") or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                   or c.dep_ == "prep" and c.lower_ in ("from", "of", "on") for c in first.children)
    # (a named deal is a term: "their commitment to the 2025 trade deal, which formalised ...")
    return first.pos_ == "NOUN" and first.lemma_.lower() in WISH_NOUNS | {"development"} and not specific


def _joint_shared_aim(it: "_Item") -> bool:
    """'They agreed to sustain the constructive momentum', 'both agreed to conclude outstanding
    issues', 'their shared commitment to an ambitious partnership': what two sides pledge
    together about their own talks or ties gives neither side anything."""
    if it.kind != CONCESSION or len({a.party for a in it.actors}) < 2 or not it.content:
        return False
    first = _content_head(it)
    obj = _child(first, "dobj")
    if _is_verbal(first) and first.lemma_.lower() in CLOSING_VERBS and obj is not None \
            and obj.lemma_.lower() in OPEN_ISSUE_NOUNS:
        return True
    return first.pos_ == "NOUN" and first.lemma_.lower() in TIES_NOUNS and all(
        c.dep_ in ("det", "amod", "cc", "conj", "punct", "advmod") for c in first.children)


_WH_WORDS = frozenset({"what", "how", "whether", "why", "when", "which"})


def _asked_question(it: "_Item") -> bool:
    """'Asked what the ideal scenario would be for X, the minister said ...': the question put to
    a speaker (a wh-clause under "ask"), not a demand of anyone's."""
    if it.kind != DEMAND or not it.content or it.content[0].lower_ not in _WH_WORDS:
        return False
    a = it.content[0]
    for _ in range(6):
        if a.lemma_.lower() == "ask":
            return True
        if a.head.i == a.i:
            return False
        a = a.head
    return False


def _forecast_of_it(it: "_Item") -> bool:
    """'He expects it to take up to two weeks for the order to take effect': "it" is no side; the
    expectation is a forecast, not a demand ("X expects Y to ..." stays one)."""
    if it.kind != DEMAND or it.trigger.lemma_.lower() != "expect":
        return False
    clauses = [it.trigger] + [c for c in it.trigger.children if c.dep_ in ("ccomp", "xcomp")]
    # ("it" as the expected clause's subject or the verb's object; "the EU said it expects Y to"
    # keeps its "it", the side that expects)
    return any(c.lower_ == "it" and (c.dep_ == "dobj" or c.dep_ == "nsubj" and v is not it.trigger)
               for v in clauses for c in v.children)


def _bare_wish(it: "_Item") -> bool:
    """'seeking peace and stability in the region': goods every side wishes for, with nothing
    asked of anyone, are no demand (but 'a ceasefire', 'security guarantees' are)."""
    if it.kind != DEMAND or not it.content:
        return False
    nouns = [t for t in it.content if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM")]
    return bool(nouns) and all(t.lemma_.lower() in _BARE_WISHES or t.dep_ == "pobj" and t.lower_ == "region"
                               for t in nouns)


_BARE_WISHES = frozenset({"peace", "stability", "prosperity", "calm", "harmony", "tranquility", "tranquillity"})
