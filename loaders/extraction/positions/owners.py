"""Who a position belongs to, where the party list alone cannot say: a body the party list
lacks (a union, a firm, an organisation named by its common noun), the one government an
article names, an official's country, a group named by its members, a document's owner.

Why apart from `finder_actors`: these are read once per article or per phrase and are shared
by the sentence builders, which come before the finder in the import order.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Position
from ..sides import NEWS_AGENCIES, initials, with_lemma
from .lexicon import (
    BLOC_SIDE_NOUNS, BODY_NOUNS, CONCESSION_NOUNS, CONCESSION_VERBS, DEMAND_LIST_NOUNS, DOCUMENT_NOUNS,
    FIRM_NOUNS, FOCUS_VERBS, GIVING_VERBS, GOVERNMENT_QUALIFIERS, GROUP_SIDE_NOUNS, HANDING_VERBS,
    LISTING_VERBS, MAKE_VERBS, MEMBER_GROUP_NOUNS, MEMBER_NOUNS, NAMED_BY_WORD, OBLIGING_TERM_VERBS,
    OFFICIAL_TITLE_WORDS, PARTY_FAMILY_MEMBERS, PLACE_WORDS, PLAN_ROLE_NOUNS, PRESS_WORDS, PROPOSAL_NOUNS,
    PROPOSED_MARKS,
    PROPOSED_THINGS, QUOTE_CLOSE, RECEIVING_VERBS, REPORTING, REPRESENT_PREPS, STEP_OF_NOUNS,
    TAKING_UP_VERBS, TARIFF_WORDS, UNSPECIFIC_MODIFIERS, WEIGHING_VERBS,
)
from .grammar import (
    _ORG_ACRONYMS, _bloc_name, _child, _has_content, _mark, _member_object, _negated, _one_side,
    _reporting_subject,
)
from .items import _Actor

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token
    from .finder import _Finder


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
    if lemma in FIRM_NOUNS and head.tag_ in ("NN", "NNS") and any(c.lower_ == "the" for c in head.children):
        # "the company agreed to ...", "management offered ...": the one firm (a body that is no
        # union) the article has named as a side before; "the studios offered ...": the one
        # employers' body the article names for them
        sides = {m.target for m in finder.ctx.party_mentions}
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
    if obj.pos_ == "NOUN" and obj.lemma_.lower() in MEMBER_NOUNS:
        union = _sole_union(finder)
        if union is not None:
            return [_Actor(union)]  # "urged the doctors to return to work": the doctors' union the article names
    return [_Actor(obj.lemma_.lower())] if obj.pos_ == "NOUN" else None


def _sole_union(finder: "_Finder") -> str | None:
    """The one workers' body (a union, a profession's body) the article names, if only one."""
    unions = {name for _, name, unionish in finder.ctx.bodies if unionish}
    return next(iter(unions)) if len(unions) == 1 else None


def _sole_firm(finder: "_Finder", head: "Token") -> str | None:
    """'The company later raised its offer to 35%': the one body the article names that acts as a
    side and is no workers' union, when `head` is such a bare common noun with "the"."""
    if head.lemma_.lower() not in FIRM_NOUNS or not any(c.lower_ == "the" for c in head.children) \
            or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
        return None
    unions = {name for _, name, unionish in finder.ctx.bodies if unionish}
    sides = {m.target for m in finder.ctx.party_mentions}
    firms = {name for _, name, _ in finder.ctx.bodies if name in sides and name not in unions
             and not name.isupper()}  # (an acronym is as likely a union's or a federation's: "CITU")
    return next(iter(firms)) if len(firms) == 1 else None


# Members with no trade of their own: their body is any workers' union.
_ANY_MEMBERS = frozenset({"worker", "employee", "member", "staff", "crew", "labourer", "laborer"})
_WORKERS_STEMS = frozenset({"union", "worker", "employee", "staff", "labour", "labor"})  # (words without "s")


def _members_union(finder: "_Finder", member: str) -> str | None:
    """'The striking nurses are demanding ...': the one workers' body the article names whose
    name says it is theirs ('... Nurses ... Association'; a union of any trade for 'the
    workers'), not an employers' association that happens to be the article's one body."""
    own = set()
    unions = set()  # the workers' bodies the article names
    text = finder.ctx.text
    for at, name, unionish in finder.ctx.bodies:
        # (a code keeps its spelt-out name where it was introduced: "... Nurses Association (GRNA)")
        coded = name.isupper() or re.fullmatch(r"[A-Z][a-z]{1,6}", name) is not None  # ("CUPE", "Cupe")
        told = text[at:at + 120].split(")")[0] if coded else name
        words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", told)}
        if unionish and words & _WORKERS_STEMS:
            unions.add(name)
        if unionish and (member in words or member in _ANY_MEMBERS and name in unions):
            own.add(name)
    if not own and len(unions) == 1:
        return next(iter(unions))  # "Flight attendants want higher wages": the one union the article names
    return next(iter(own)) if len(own) == 1 else None


def _official_country(finder: "_Finder", person) -> str | None:
    """'The Health Secretary, Mr X, urged the union to ...': a government office-holder the
    people pass gave no country, in an article whose only country is Y (a dispute between a
    government and a union, firm or group at home), speaks for Y."""
    title = (getattr(person, "title", None) or "").lower()
    if not set(re.findall(r"[a-z]+", title)) & OFFICIAL_TITLE_WORDS:
        return None
    countries = {p.name for p in finder.ctx.parties if finder.ctx.party_kind(p.name) == "country"}
    return next(iter(countries)) if len(countries) == 1 else None


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


def _compound_body(finder: "_Finder", noun: "Token") -> list[_Actor] | None:
    """'the union proposal includes ...', 'the Boeing offer': a body named as the modifier of a
    proposal noun owns it."""
    mod = next((c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i
                and (c.pos_ == "NOUN" and c.lemma_.lower() in ("union", "employer", "management", "company")
                     or c.pos_ == "PROPN" and c.ent_type_ == "ORG")), None)
    if mod is None:
        return None
    return _named_body_actors(finder, mod, [], any_dep=True) or None


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


def _member_body(finder: "_Finder", subj: "Token") -> list[_Actor] | None:
    """'<speaker> insisted doctors needed to trust it': members of a body the party list lacks,
    told what they must do, are that body (the side pressed)."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NNS" or subj.lemma_.lower() not in MEMBER_NOUNS | BODY_NOUNS \
            or any(c.dep_ in ("poss", "amod", "compound") for c in subj.children):
        return None
    return _body_object(finder, subj) or [_Actor(subj.lemma_.lower())]


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


def _presenter(finder: "_Finder", doc_noun: "Token") -> list[_Actor]:
    """The side that presented / tabled the document ('X had presented the government's
    package'), when the document's own owner is not resolved."""
    verb = doc_noun.head
    if doc_noun.dep_ != "dobj" or verb.lemma_.lower() not in HANDING_VERBS | MAKE_VERBS | {"unveil"} \
            or _negated(verb):
        return []
    actors, _ = finder._subject_actors(verb)
    return actors if actors and len({a.party for a in actors}) == 1 and actors[0].party else []


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
    return _plural_group_side(finder, subj) or _hyphen_code_side(finder, subj) or _political_family_side(finder, subj)


def _political_family_side(finder: "_Finder", head: "Token") -> list[_Actor]:
    """'The Social Democrats are pressing for ...', 'the Greens want ...': a party named by its
    members in the plural, capitalised after 'the' (a nationality in the plural, 'the Americans',
    is its country and never gets here). A known family needs no 'the': 'Democrats insist ...'."""
    det = _child(head, "det")
    known = head.text in PARTY_FAMILY_MEMBERS and det is None
    if head.tag_ not in ("NNPS", "NNS") or not head.text[:1].isupper() \
            or not known and (head.i == head.sent.start or det is None or det.lower_ != "the"):
        return []
    words = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i] + [head]
    if not all(w.text[:1].isupper() and w.is_alpha for w in words) or len(words) > 3:
        return []
    name = " ".join(w.text for w in sorted(words, key=lambda w: w.i))
    if finder.ctx.canonical_party(name):
        return []
    return [_Actor(name)]


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


def _presented_with_owner(finder: "_Finder", doc_noun: "Token") -> list[_Actor]:
    """'X presented / provided Y with a proposal': X, the presenter."""
    if doc_noun.dep_ != "pobj" or doc_noun.head.lower_ != "with":
        return []
    verb = doc_noun.head.head
    if verb.lemma_.lower() not in ("present", "provide", "hand") or _negated(verb):
        return []
    actors, _ = finder._subject_actors(verb)
    return actors if actors and len({a.party for a in actors}) == 1 and actors[0].party else []


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
