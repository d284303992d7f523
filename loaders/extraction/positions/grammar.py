"""Parse helpers for the position rules: questions about one token or a run of tokens of the
dependency parse (is it negated, conditional, a coordinated series, the subject of a fronted
phrase, ...), free of any state of the article being read.

Why apart from the finder: these answer one grammatical question each and are shared by the
trigger readers, the sentence builders and the filters; keeping them stateless keeps them
testable on one sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import (
    AIM_VERBS, BARGAIN_NOUNS, CONDITIONAL_MARKS, CONDITION_WORDS, CONTINUING_VERBS, DEMAND_NOUNS,
    DEMAND_VERBS, DOCUMENT_NOUNS, DROPPABLE, ENGAGE_VERBS, FORCE_NOUNS, GENERIC_OUTCOMES, GIVING_VERBS,
    HANDING_VERBS, HOSTILE_NOUNS, HOSTILE_VERBS, JOINT_OBJECTS, JOINT_TRUCE_NOUNS, LIST_HEADS,
    MANDATIVE_VERBS, MAX_TOKENS, MEETING_NOUNS, MEETING_VERBS, MEMBER_NOUNS, NON_GIFTS,
    NP_OPENING_TAGS, OPINION_NOUNS, ORDINAL_MARKS, OTHERS_TERMS, OWN_PEOPLE, PASSIVE_OFFERS,
    PENDING_MARKS, PERCENT_WORDS, PLAIN_GOODS, PROCESS_VERBS, PROPOSAL_NOUNS, READY_PROCESS_VERBS,
    RELIEF_WORDS, REPORTING, RESOLVE_GAIN_VERBS, RESTRAINED_VERBS, SETTING_NOUNS, SETTLED_VERBS,
    TALKING_VERBS, TALK_TERM_NOUNS, TARIFF_WORDS, TIE_VERBS, TRUCE_NOUNS, VAGUE_TOPICS,
)

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from spacy.tokens import Token
    from ..context import ArticleContext
    from .items import _Actor


# ---------------------------------------------------------------------------------------
# Parse helpers


def _turned_down(trig: "Token") -> bool:
    """The last resort's own guard (`_Finder._unread_positions`), for the words no rule reads
    ("encouraged") as for those a rule read and left (`_Finder.refused` records only the refusals
    of the run's filters and the modal rule), by the shape the rules turn down: a side's own people
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


def _hung_on_subject(verb: "Token") -> bool:
    """A sentence's finite verb that the parser hung on its subject noun as a modifier: 'X
    offered ...' read as 'X (who was) offered', the subject left as the sentence's root (also
    after a participle clause of its own: 'X, represented by Y, pressed for ...')."""
    return verb.dep_ == "acl" and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and (any(
        c.dep_ == "appos" and c.i < verb.i for c in verb.head.children) or any(  # "X, represented by Y, pressed"
        c.dep_ == "acl" and c.i < verb.i and c.tag_ == "VBN" and verb.doc[verb.i - 1].text == ","
        for c in verb.head.children) or verb.head.pos_ == "PROPN" and any(
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
    if obj is not None and obj.lemma_.lower() in ("tension", "tensions") and h.lemma_.lower() in (
            "lower", "ease", "reduce", "defuse", "calm", "cool"):
        return True  # "to lower the tensions between their two countries": both sides' doing
    return h.lemma_.lower() in TIE_VERBS | PROCESS_VERBS and (obj is None or obj.lemma_.lower() in JOINT_OBJECTS)


def _bond_only(h: "Token") -> bool:
    """'to lower the tensions', 'to strengthen the partnership', 'to aim for building stable ties':
    only the bond between the sides is named, no term one of them gives."""
    if _child(h, "dobj") is not None and _joint_process_verb(h):
        return True
    return h.lemma_.lower() in ("aim", "work", "strive", "move") and any(
        g is not None and _is_verbal(g) and _bond_only(g)
        for g in (_child(p, "pcomp", "pobj") for p in h.children
                  if p.dep_ == "prep" and p.lower_ in ("for", "towards", "toward")))


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


def _purchase_order(verb: "Token") -> bool:
    """'ordered 30 aircraft ... as part of the deal' is a purchase; 'ordered its troops to
    the border' is a command. A counted object and no instruction clause tell the purchase."""
    obj = _child(verb, "dobj")
    return obj is not None and _child(verb, "xcomp", "ccomp") is None and obj.lemma_.lower() not in FORCE_NOUNS \
        and any(c.dep_ == "nummod" or c.tag_ == "$" for c in obj.subtree) and _part_of_talks(verb)


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


def _term_hung_on_ready(noun: "Token") -> "Token | None":
    """"ready for dialogue with Y on limiting arms": the parse hangs the "on" phrase on the
    adjective, not on the noun after "for"; that phrase, where there is one."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    return next((c for c in noun.head.head.children if c.dep_ == "prep" and c.lower_ in ("on", "about")), None)


def _discussing_terms(verb: "Token") -> bool:
    """'open to discussing territory': talking about a disputed term is a concession, unlike
    'ready to discuss the details' or 'to hold talks'."""
    if _colon_tail(verb):
        return True  # "willing to discuss three points: A, B and C"
    obj = _child(verb, "dobj")
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in ("dialogue", "talk", "negotiation"):
        # "ready for dialogue with X on limiting strategic arms": talks on a named term
        on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "about", "over")), None) \
            or _term_hung_on_ready(verb)
        what = _child(on, "pobj", "pcomp") if on is not None else None
        return what is not None and (what.pos_ == "NOUN" or what.tag_ == "VBG") \
            and what.lemma_.lower() not in MEETING_NOUNS | VAGUE_TOPICS
    return verb.lemma_.lower() in ("discuss", "negotiate") and obj is not None and obj.pos_ == "NOUN" \
        and obj.lemma_.lower() not in MEETING_NOUNS | VAGUE_TOPICS


def _ready_process(verb: "Token") -> bool:
    """'ready to work with X', 'willing to continue dialogue': a process, not a gift; but
    'committed to working to curb X' names what is given in its purpose clause."""
    if verb.lemma_.lower() not in READY_PROCESS_VERBS:
        return False
    if _keeps_supplying(verb):
        return False  # "ready to continue fuel supplies to India": the supplies are given
    step = _child(verb, "xcomp")
    if verb.lemma_.lower() == "continue" and _child(verb, "dobj") is None and step is not None and _is_verbal(step):
        return _ready_process(step)  # "continue to work with X" is a process; "continue to ensure Y" may not be
    joint = any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") or c.lower_ == "together"
                for c in verb.children)
    # (a purpose that names only the bond, "to improve ties", "to deepen cooperation", names no term)
    purpose = any(c.dep_ in ("advcl", "xcomp") and _infinitival(c) and not _bond_only(c) for c in verb.children)
    return joint or not purpose


# What one side keeps handing the other: continuing it is a gift, not a process.
_SUPPLY_NOUNS = frozenset({"supply", "supplies", "delivery", "aid", "assistance", "funding", "purchase",
                           "import", "export", "shipment", "loan", "credit"})


def _keeps_supplying(verb: "Token") -> bool:
    """'continue fuel supplies', 'continue to ensure uninterrupted oil supplies': what is kept
    flowing is named (its object, or the object of the infinitive right under it)."""
    if verb.lemma_.lower() not in ("continue", "maintain"):
        return False
    steps = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    return any(o.lemma_.lower() in _SUPPLY_NOUNS or o.lower_ in _SUPPLY_NOUNS
               for v in steps for o in [_child(v, "dobj")] if o is not None)


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


def _purpose_conj(head: "Token", conj: "Token") -> bool:
    """'join forces to deepen X, reduce Y and drive Z': bare verbs after a purpose
    infinitive continue that infinitive's list, even when the parser hangs them on the
    main verb."""
    if _infinitival(conj) and any(c.dep_ == "aux" and c.lower_ == "to" for c in conj.children):
        return False
    return any(c.dep_ in ("advcl", "xcomp") and c.i < conj.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in head.children)


def _keeps_giving(verb: "Token") -> bool:
    """'keep buying X', 'continue to import X': the giving verb under a verb of going on;
    'make investments / purchases in X': a giving verb told with a light verb; 'lay down its
    arms': giving up the weapons."""
    if verb.lemma_.lower() == "make" and verb.pos_ == "VERB":
        obj = _child(verb, "dobj")
        return obj is not None and obj.lemma_.lower() in ("investment", "purchase")
    if verb.lemma_.lower() in ("lay", "put") and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        obj = _child(verb, "dobj")  # "will lay down its arms": giving up the weapons
        return obj is not None and obj.lemma_.lower() in ("arm", "arms", "weapon")
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
    # "failed to agree", "refused to offer", "declined to ..." (also "refuses to budge or accept
    # Y": each verb of what is refused)
    step = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "xcomp" else tok
    if step.dep_ == "xcomp" and step.head.lemma_.lower() in ("fail", "refuse", "decline", "reject"):
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


def _inside_clause(tok: "Token", opens: "Callable[[Token], bool]") -> bool:
    """Does `tok`, or one of the five heads above it, open a clause of the kind `opens` tells?"""
    t = tok
    for _ in range(6):
        if opens(t):
            return True
        if t.head == t:
            return False
        t = t.head
    return False


def _in_conditional(tok: "Token") -> bool:
    """Inside an 'if/unless ...' clause (a condition, not a position)."""
    return _inside_clause(tok, lambda t: t.dep_ == "advcl" and _mark(t) in CONDITIONAL_MARKS)


def _in_question(tok: "Token") -> bool:
    """Inside a 'whether ...' clause: "it didn't say whether X's comments mean he's willing to Y"."""
    return _inside_clause(tok, lambda t: any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children))


def _told_as_future(verb: "Token") -> bool:
    """'X will / would / 'll do Y': a step the verb tells as to come."""
    return any(a.dep_ == "aux" and (a.lower_ in ("will", "would", "'ll") or a.lemma_ == "will") for a in verb.children)


def _infinitival(tok: "Token") -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or tok.tag_ == "VB"


def _backed_down(verb: "Token") -> bool:
    """'backed down on / stepped back from / backed away from its demand'."""
    return verb.lemma_.lower() in ("back", "step", "climb") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "back", "away") for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in ("on", "from") and _child(c, "pobj") is not None
        and _child(c, "pobj").lemma_.lower() in DROPPABLE for c in verb.children)


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
    if tok.tag_ == "NN" and tok.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) \
            and any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in tok.children) \
            and any(c.dep_ == "prep" for c in tok.children):
        return True  # "insisted that the treaty focus on waste": the parser read "treaty focus" as one noun
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


# prepositions a first verb may leave without an object when it shares the second's ("to abide by
# and fulfill the provisions", "adhere to and implement the deal")
_STRANDED_PREPS = frozenset({"to", "by", "with", "on", "upon", "for", "of", "from", "in"})


def _split_coordination(head: "Token", trigger: "Token") -> list["Token"]:
    """One content head per coordinated verb: 'increase X and reexamine Y' -> two."""
    heads = [head]
    stranded: set[int] = set()
    if _is_verbal(head):
        stack = [head]
        while stack:
            h = stack.pop()
            for c in h.children:
                if c.dep_ == "conj" and c.lemma_.lower() in ("face", "risk", "suffer", "incur") and any(
                        x.dep_ == "cc" and x.lower_ == "or" for x in h.children):
                    continue  # "accept the truce or face more sanctions": the threat, not a step asked
                if c.dep_ == "conj" and not _child(h, "dobj") and any(
                        x.dep_ in ("prep", "prt") and x.lower_ in _STRANDED_PREPS and x.i < c.i
                        and not any(y.dep_ in ("pobj", "pcomp") for y in x.children) for x in h.children):
                    stranded.add(h.i)  # "to abide by and fulfill the provisions": one step, whose object
                    # the second verb holds; the first alone ("abide by") says nothing
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
    if stranded and len(heads) > len(stranded):
        heads = [h for h in heads if h.i not in stranded]
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
        step = _child(tok, "xcomp")
        if lemma == "continue" and obj is None and step is not None and _is_verbal(step):
            return _is_meeting_content(step)  # "continue to meet" is talks; "continue to ensure supplies" is not
        if lemma == "hold" and obj is not None and obj.lemma_.lower() in _VOTE_NOUNS:
            return False  # "ready to hold a referendum": a vote, no meeting
        return True
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False  # "the call for a truce"
    return tok.pos_ in ("NOUN",) and lemma in MEETING_NOUNS


# What a side may hold that is no meeting: a vote.
_VOTE_NOUNS = frozenset({"referendum", "election", "vote", "ballot", "poll", "plebiscite"})


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


def _glued_hyphens(toks: list["Token"]) -> list["Token"]:
    """The words a hyphen glues to the content's own ("cease-fire", "de-escalation"): the
    tokenizer splits them and the parser may hang each part apart, so the content had kept
    "cease fire" or only "de"."""
    if not toks:
        return toks
    doc = toks[0].doc
    have = {t.i for t in toks}

    def glued(k: int) -> bool:  # doc[k] is a hyphen typed with no space on either side
        return 0 < k < len(doc) - 1 and doc[k].text in ("-", "\u2010", "\u2011") and not doc[k - 1].whitespace_ \
            and not doc[k].whitespace_ and doc[k - 1].is_alpha and doc[k + 1].is_alpha
    last = max(have)
    added = [k for t in toks if glued(t.i + 1) and (t.i + 2 in have or t.i == last) for k in (t.i + 1, t.i + 2)]
    if not set(added) - have:
        return toks
    out = list(toks)
    for k in sorted(set(added) - have):
        at = next((j for j, t in enumerate(out) if t.i == k - 1), len(out) - 1)
        out.insert(at + 1, doc[k])
    return out


def _render(toks: list["Token"]) -> str:
    toks = _glued_hyphens(toks)
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


def _reporting_subject(pron: "Token") -> "Token | None":
    """The subject of the reporting verb whose clause the pronoun is the subject of ('the union has
    stated that it will ...' -> union), when that subject is a noun."""
    clause = pron.head
    if clause.dep_ not in ("ccomp",) or clause.head.lemma_.lower() not in REPORTING | {"state", "announce", "vow", "warn"}:
        return None
    subj = _child(clause.head, "nsubj") or _shared_reporting_subject(clause.head)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


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


def _need_to_clause(verb: "Token") -> "Token | None":
    """'farmers needed to trust it': the infinitive right after an objectless 'need' that the
    parser hung as a purpose clause is what is needed."""
    if verb.lemma_.lower() != "need" or _child(verb, "dobj") is not None:
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i == verb.i + 2 and _infinitival(c)), None)


def _restrained_step(verb: "Token") -> bool:
    """A hostile step (or a raise of tariffs / counter-measures) that a side holds back."""
    lemma = verb.lemma_.lower()
    obj = _child(verb, "dobj")
    words = {t.lemma_.lower() for t in verb.subtree}
    if lemma in HOSTILE_VERBS | {"retaliate", "bomb", "shell"}:
        return True
    return lemma in RESTRAINED_VERBS and obj is not None and bool(
        words & (TARIFF_WORDS | HOSTILE_NOUNS | {"counter-tariff", "countermeasure", "counter-measure", "tax"}))


def _terms_word(obj: "Token") -> set[str]:
    """'X's terms include A': a side's terms are its demands, unless A is itself a demand noun
    ('terms include calls for A', told by that noun's own rule)."""
    return set() if obj.lemma_.lower() in DEMAND_NOUNS else {"term"}


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


def _member_object(obj: "Token") -> bool:
    """'asking its employees to give notice', 'urged nurses to return': members of a body, in
    the plural, as the side pressed."""
    return obj.tag_ == "NNS" and obj.lemma_.lower() in MEMBER_NOUNS and obj.dep_ in ("dobj", "pobj")


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


def _past_date_phrase(noun: "Token") -> "Token":
    """'presented the package on Wednesday, which included A': a relative clause the parser
    hung on the date after a document goes with the document (the verb's object)."""
    if noun.ent_type_ not in ("DATE", "TIME") or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return noun
    obj = _child(noun.head.head, "dobj")
    return obj if obj is not None and obj.i < noun.i and obj.lemma_.lower() in PROPOSAL_NOUNS | DOCUMENT_NOUNS \
        else noun


def _floor_word(tok: "Token") -> bool:
    """'nothing / anything' with 'less' or 'short' on it: the floor of 'nothing less than Y'."""
    return tok.lower_ in ("nothing", "anything") and any(
        a.dep_ == "amod" and a.lower_ in ("less", "short") for a in tok.children)


def _said_relative(verb: "Token") -> bool:
    """'its proposal, which it says includes A': the relative's verb hung under the inserted 'it says'."""
    return verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and verb.head.lemma_.lower() in REPORTING \
        and verb.head.head.pos_ == "NOUN"


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


def _contrast_clause(t: "Token") -> bool:
    """'..., while / whereas X would do B': a clause set against the one it hangs on."""
    return t.dep_ == "advcl" and _mark(t) in ("while", "whereas") and _child(t, "nsubj") is not None


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


def _invitation_taken_up(verb: "Token", noun: "Token") -> bool:
    """'X has accepted this invitation', 'Y accepted the invitation': a side telling it takes
    up the other side's invitation (a finite clause of its own, the invitation one told
    before) concedes it, told with the verb; not 'thanked Y for accepting his invitation'."""
    if verb.tag_ not in ("VBD", "VBN", "VBZ") or verb.dep_ not in ("ROOT", "ccomp", "conj") \
            or noun.dep_ != "dobj" or noun.head != verb or noun.tag_ != "NN":
        return False
    return any(c.dep_ == "det" and c.lower_ in ("this", "the", "that") for c in noun.children)


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


# ---------------------------------------------------------------------------------------
# "Among X's demands is Y"; an organisation named as the article names it


def _one_side(actors: "list[_Actor] | None") -> bool:
    """Actors that are all one named side (what a position needs as its owner)."""
    return bool(actors) and len({a.party for a in actors}) == 1 and bool(actors[0].party)


_ACRONYM_CACHE: dict[str, list[str]] = {}


def _ORG_ACRONYMS() -> dict[str, list[str]]:
    if not _ACRONYM_CACHE:
        from ..parties import all_aliases, party_kind
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


def _joint_truce_call(heads: list["Token"], verb: "Token") -> bool:
    """'X and Y called for a ceasefire': each side named calling for the guns to fall silent
    presses for it (a demand of each), unlike 'both sides want good ties' (and not 'the two
    leaders', whose sides are only guessed)."""
    if not heads or heads[0].lemma_.lower() not in JOINT_TRUCE_NOUNS or heads[0].dep_ not in ("pobj", "dobj"):
        return False
    subj = _child(verb, "nsubj")
    return subj is not None and subj.pos_ == "PROPN" and any(c.dep_ == "conj" for c in subj.children)


def _full_np(t: "Token") -> bool:
    """A noun phrase of its own: a determiner, a possessor or a phrase hung on the noun ("the
    withdrawal of X", "a limit on Y", "its troops"), not a bare word in a list ("steel")."""
    return any(c.dep_ in ("det", "poss", "prep", "acl", "relcl") for c in t.children)


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


def _bloc_name(bloc: "Token") -> str | None:
    """'the G77 and China bloc' -> 'G77 and China': the proper name a bloc noun carries."""
    names = [c for c in bloc.children if c.dep_ in ("compound", "nmod") and c.i < bloc.i and c.pos_ == "PROPN"]
    if not names:
        return None
    start = min(t.left_edge.i for t in names)
    toks = [t for t in bloc.doc[start:bloc.i] if t.dep_ != "det" and t.tag_ != "POS"]
    return " ".join(t.text for t in toks) if toks and toks[0].pos_ == "PROPN" else None


def _gained_gerund(prep: "Token") -> "Token | None":
    """'without achieving / securing / getting Y': a gerund of gaining after 'without' (with an
    object of its own), which names what the side holds out for."""
    g = _child(prep, "pcomp")
    if g is None or g.tag_ != "VBG" or g.lemma_.lower() not in RESOLVE_GAIN_VERBS or _child(g, "dobj") is None:
        return None
    return g


def _sum_before_purpose(obj: "Token | None", xcomp: "Token") -> bool:
    """'demanded at least $500bn to build resilience': a sum asked for, then what it is for (a
    purpose, not the demand)."""
    return obj is not None and obj.dep_ == "dobj" and obj.i < xcomp.i and (
        obj.ent_type_ in ("MONEY", "PERCENT") or obj.pos_ == "NUM")


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


def _trigger_condition(trigger: "Token") -> "Token | None":
    """The 'if Y does A' clause hung on the offering word itself or, for 'X would be ready /
    willing to B', on the 'be' above it (the parser's usual place)."""
    if trigger.pos_ not in ("ADJ", "VERB"):
        return None  # "X is on board with A if Y agrees": told on 'be', not an offer's own word
    hosts = [trigger] + ([trigger.head] if trigger.pos_ == "ADJ" and trigger.dep_ == "acomp" else [])
    return next((c for h in hosts for c in h.children if c.dep_ == "advcl" and c.i > trigger.i
                 and _mark(c) in ("if", "provided", "providing") and c.pos_ in ("VERB", "AUX")), None)


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


def _in_a_bid(verb: "Token") -> bool:
    """Is the verb the purpose of "in a bid / an effort / an attempt to ..." ("arrived in Brussels
    in a bid to secure tariff-free access"): what the subject sets out to do?"""
    noun = verb.head
    return verb.dep_ == "acl" and noun.lemma_.lower() in ("bid", "effort", "attempt") \
        and noun.dep_ == "pobj" and noun.head.lower_ == "in"
