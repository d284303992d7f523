"""The finder's readers of actors: the side (and person) behind a trigger, from its subject,
the speaker of reported speech, a possessor, a pronoun resolved against the sides told before,
a dateline, a title or a named body; and the counterpart a position is addressed to.

A mixin of `finder._Finder`: it reads and updates the finder's memory of the sides told so
far (`memory_lemma`, `last_party_actor`, ...), which is why it is a part of the finder and not
a set of free functions.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..dates import dateline_end
from ..leaders import known_side
from ..lexicon import NUMBER_WORDS
from ..parties import FAMILIES, continental
from ..sides import NEWS_AGENCIES, NOT_BODY_CODES, SIDE_NOUNS, is_code
from .lexicon import (
    BACKING_VERBS, CODED_GROUP_NOUNS, CONCESSION_NOUNS, CREDIT_VERBS, DOCUMENT_NOUNS, FIRM_ADJECTIVES,
    FORCE_NOUNS, GROUP_NOUNS, INTEREST_NOUNS, MEASURE_NOUNS, MEDIATION_NOUNS, MEMBER_NOUNS, MUTUAL_NOUNS,
    MUTUAL_NUMBERS,
    ORGAN_NOUNS, PRONOUN_PARTY, QUOTE_CLOSE, QUOTE_OPEN, REJECT_VERBS, RELIEF_NOUNS, REPORTING, STANCE_NOUNS,
    STATIVE_PASSIVES, VISITOR_NOUNS,
)
from .grammar import _child, _hung_on_subject, _mark, _misattached_conj
from .items import _Actor
from .owners import (
    _hyphen_code_side, _named_body_actors, _named_government, _named_members, _official_country,
    _party_named_firm, _received_document_owner, _members_union, _sole_country_government, _sole_firm,
    _unlisted_place_side,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


# "X is trying to appease Y to seek relief": the purpose is the subject's, not the object's
_COURTING_VERBS = frozenset({"appease", "placate", "please", "court", "woo", "flatter", "visit", "meet", "host"})

# initials that open a post but name no body ("MP", "PM"; a country's are read as its party first)
_POST_CODES = NOT_BODY_CODES | {"MP", "MPS", "CTO", "PM", "FM", "MEP", "MLA", "MK", "HE", "HH", "SG", "DG", "VP",
                                "GM", "MD"}


class _ActorReading:
    """Sides, speakers and counterparts (a part of `_Finder`)."""

    # ----------------------------------------------------------------- actors
    def _subject_actors(self, verb: "Token") -> tuple[list[_Actor], bool]:
        """The actor(s) of a verb: its subject, else inherited from the clause above
        (conjoined verbs, control verbs, participle and infinitive clauses). Returns the
        actors and whether the subject was the trigger's own."""
        t = verb
        explicit = True
        hung = verb if _hung_on_subject(verb) else verb.head if verb.dep_ == "conj" and _hung_on_subject(verb.head) \
            else None
        if hung is not None:
            # the parser hung a sentence's finite verb on its subject noun (and "X, who met Y,
            # offered A and promised B": the second verb too)
            actors = self._resolve_np(hung.head, remember=True)
            if actors:
                return actors, True
        stray = self._stray_subject(verb)
        if stray:
            return stray, True
        if _misattached_conj(verb):
            t = verb.sent.root  # "X accused Y of breaking a pact that covers A and threatened ..."
        for _ in range(7):
            # "X is committed to ...": a stative passive whose subject is the actor
            deps = ("nsubj",) if t == verb and verb.lemma_.lower() not in STATIVE_PASSIVES \
                else ("nsubj", "nsubjpass")
            subj = _child(t, *deps)
            subjects = [c for c in t.children if c.dep_ in deps]
            if len(subjects) > 1:  # "BEIJING, Sept 21 - President Xi has urged": the dateline too
                subj = next((c for c in reversed(subjects) if self._direct_actor(c)), subj)
            filed = self._dateline_end(t.sent) if subj is not None else 0
            if subj is not None and subj.idx < filed:
                # "LONDON, June 11 - U.S. and Chinese negotiators agreed": the parser made the
                # dateline the subject and the real one its apposition (where that names a side)
                real = next((c for c in subj.children if c.dep_ == "appos" and c.idx >= filed), None)
                subj = real if real is not None and self._resolve_np(real) else subj
            if subj is not None:
                if subj.lower_ in ("that", "which", "who") and t.dep_ == "relcl":
                    actors = self._resolve_np(t.head)
                    if not actors and t.head.lemma_.lower() in DOCUMENT_NOUNS and t.i == verb.i:
                        # "a framework proposed by Egypt that calls for Y to ...": the plan's author
                        actors = self._noun_actor(t.head)[0]  # (the _NounTriggers mixin's)
                    return actors or [], explicit
                actors = self._resolve_np(subj, remember=True)
                if not actors and subj.lemma_.lower() in DOCUMENT_NOUNS:
                    actors = self._document_owner(subj)
                if not actors and subj.pos_ == "NOUN" and subj.tag_ == "NNS":
                    named = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                    # "neighbours Pakistan and India agreed ...": the sides the plural noun names
                    actors = self._resolve_np(named, remember=True) if named is not None else []
                if actors:
                    return actors, explicit
                # an unresolvable subject of a clause we climbed into: keep climbing
                if t == verb or t.dep_ not in ("conj", "ccomp"):
                    return [], explicit
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            if agent is not None:
                p = _child(agent, "pobj")
                if p is not None:
                    return self._resolve_np(p) or [], explicit
            if t != verb and subj is None:
                stray = self._stray_subject(t)  # "..., Rojas, the minister, has kept urging ..."
                if stray:
                    return stray, False
            explicit = False
            if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.lower_ in ("for", "of") \
                    and t.head.head.pos_ == "VERB":
                obj = _child(t.head.head, "dobj")
                if obj is not None:  # "thanked X for offering ...": X did it
                    if t.head.head.lemma_.lower() in CREDIT_VERBS:
                        return self._resolve_np(obj) or [], False
                    return [], False  # "accused X of seeking ...": alleged, nobody's position
            if t.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl", "ccomp", "relcl", "acomp") \
                    and t.head != t:
                # object control: "urged Japan to ...", "convince X to ..."
                if t.dep_ == "xcomp" and t.head.lemma_.lower() not in _COURTING_VERBS:
                    obj = _child(t.head, "dobj")
                    if obj is not None:
                        a = self._direct_actor(obj)
                        if a:
                            return a, explicit
                t = t.head
                # climb out of noun phrases ("a mission to convince ...")
                while t.pos_ in ("NOUN", "PROPN", "ADP", "PRON", "ADJ") and t.head != t:
                    t = t.head
                continue
            if t.dep_ == "prep" or t.pos_ == "ADP":
                t = t.head
                continue
            if t.dep_ == "ROOT":  # "X had offered A, proposed B and floated C" (list misparse)
                for c in t.children:
                    if c.dep_ in ("advcl", "conj") and c.i < t.i and _mark(c) == "":
                        subj = _child(c, "nsubj")
                        a = self._resolve_np(subj) if subj is not None else None
                        if a:
                            return a, explicit
            break
        return [], explicit

    def _in_i_speech(self, tok: "Token") -> bool:
        """'I said ...': the reporting verb above is the pronoun's own (no other teller)."""
        t = tok.head
        for _ in range(8):
            if t.lemma_.lower() in REPORTING:
                subj = _child(t, "nsubj")
                if subj is not None and subj.lower_ in ("i", "we"):
                    return True
            if t.head == t:
                break
            t = t.head
        root = tok.sent.root
        return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in root.children)

    def _stray_subject(self, verb: "Token") -> list[_Actor] | None:
        """'During her trips to Y, Rojas, the minister, has kept pressing ...': a subject
        the parser hung on the fronted phrase; the named person right before the verb group."""
        # the sentence's own verb, or the told clause before "..., the ministry said"
        told = verb.dep_ == "ccomp" and verb.head.i > verb.i and verb.head.lemma_.lower() in REPORTING
        if verb.dep_ != "ROOT" and not told \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
                or verb.tag_ == "VB" or verb.pos_ != "VERB":
            return None
        # the verb group starts at its first auxiliary or adverb ("Y also urged", "Y has since urged")
        group = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "advmod") and c.i < verb.i
                 and (c.dep_ != "advmod" or c.pos_ == "ADV" and c.n_lefts == 0 and c.n_rights == 0)]
        k = min(group + [verb.i]) - 1
        doc = verb.doc
        while k >= verb.sent.start and doc[k].is_punct:
            k -= 1
        if k < verb.sent.start or doc[k].i >= verb.i:
            return None
        t = doc[k]
        if t.pos_ == "NOUN":  # "..., Rojas, trade minister, has": the name on the title word
            named = [c for c in t.children if c.dep_ in ("nmod", "compound", "appos") and c.pos_ == "PROPN"
                     and self._person_at(c) is not None]
            if len(named) == 1:
                t = named[0]
        for _ in range(4):
            a = self._direct_actor(t) if t.pos_ == "PROPN" else None
            if a and a[0].person:
                paired = any(c.dep_ == "conj" for c in t.children) or t.dep_ == "conj" and self._person_at(t.head)
                return a if t.dep_ in ("conj", "appos", "pobj", "npadvmod", "nmod") and not paired else None
            if t.head == t or t.head.i >= verb.i:
                return None
            t = t.head
        return None

    def _speaker(self, tok: "Token") -> list[_Actor] | None:
        """The subject of the nearest reporting verb above `tok` (or above its sentence)."""
        if tok.i in self._asking:
            return None  # "we" whose reporter is "we" again: no speaker to be found this way
        self._asking.add(tok.i)
        try:
            return self._find_speaker(tok)
        finally:
            self._asking.discard(tok.i)

    def _find_speaker(self, tok: "Token") -> list[_Actor] | None:
        t = tok
        for _ in range(8):
            if t.head == t:
                break
            below, t = t, t.head
            if t.pos_ == "NOUN" and t.lemma_.lower() in STANCE_NOUNS and below.dep_ == "acl" \
                    and _child(t, "poss") is not None:
                a = self._possessor(t)
                if a:  # "X held to its line that any accord must ..."
                    return a
            if t.lemma_.lower() == "be":
                stance = _child(t, "nsubj")
                owner = _child(stance, "poss") if stance is not None and stance.lemma_.lower() in STANCE_NOUNS else None
                a = self._resolve_np(owner) if owner is not None else None
                if a:  # "Beijing's position is that ..."
                    return a
            if t.lemma_.lower() in FIRM_ADJECTIVES and t.dep_ == "acomp" or t.lemma_.lower() in ("remain", "be") \
                    and any(c.dep_ == "acomp" and c.lemma_.lower() in FIRM_ADJECTIVES for c in t.children):
                verb = t.head if t.dep_ == "acomp" else t
                subj = _child(verb, "nsubj")
                a = self._resolve_np(subj) if subj is not None and subj.pos_ != "PRON" else None
                if a:  # "X remains firm that ..."
                    return a
            made_clear = t.lemma_.lower() == "make" and t.pos_ == "VERB" and any(
                c.lower_ == "clear" and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj") for c in t.children)
            if (t.lemma_.lower() in REPORTING or made_clear) and t.pos_ in ("VERB", "AUX"):
                # "X has made (it) clear that Y must ...": told like 'said'
                subj = _child(t, "nsubj")
                if subj is None and t.dep_ == "conj":  # "X thanked Y and said ..."
                    subj = _child(t.head, "nsubj")
                if subj is not None:
                    a = self._resolve_np(subj)
                    if not a and subj.lemma_.lower() in DOCUMENT_NOUNS - {"statement", "order"} and subj.pos_ == "NOUN":
                        a = self._owner_in(subj)  # "the Afghan draft stresses that Y must ..."
                    if a:
                        return a
                elif t.tag_ == "VBG" and t.dep_ in ("advcl", "conj", "xcomp") and t.i > t.head.i:
                    # "X met Y, emphasizing that ...": the participle's subject is the clause's
                    a, _ = self._subject_actors(t)
                    if a:
                        return a
        # "..., he said." attached as a sibling: look at the root
        root = tok.sent.root
        if root.lemma_.lower() in REPORTING and root != tok:
            subj = _child(root, "nsubj")
            if subj is not None and subj.i > tok.i:
                a = self._resolve_np(subj)
                if a:
                    return a
        return self._quote_speaker(tok.sent)

    def _colon_speaker(self, tok: "Token") -> list[_Actor] | None:
        """'X reinforced the message: "Either Y disarms, or ..."': the quote after a colon is
        the words of the subject of the clause the colon ends."""
        sent = tok.sent
        colon = next((t for t in reversed(list(sent[: tok.i - sent.start])) if t.text == ":"
                      and t.i + 1 < sent.end and t.doc[t.i + 1].text in QUOTE_OPEN), None)
        if colon is None:
            return None
        owner = colon.head
        subj = _child(owner, "nsubj") if owner.pos_ in ("VERB", "AUX") and owner.i < colon.i else None
        if subj is None or subj.pos_ == "PRON":
            return None
        a = self._resolve_np(subj)
        return a if a and len({x.party for x in a}) == 1 else None

    def _possessor(self, noun: "Token") -> list[_Actor] | None:
        """The owner named by the noun's possessive; 'its/their' binds to the subject of the
        clause the noun sits in ('X kept up its demand', 'X held to its line')."""
        poss = _child(noun, "poss")
        if poss is None:
            return None
        if poss.lower_ in ("its", "their"):
            t = noun
            for _ in range(3):
                if t.dep_ not in ("dobj", "pobj", "prep") or t.head == t:
                    break
                t = t.head
                if t.pos_ in ("VERB", "AUX"):
                    if t.lemma_.lower() in REJECT_VERBS | BACKING_VERBS | {"meet", "consider", "study", "review",
                                                                            "answer", "ignore", "welcome", "reject"}:
                        break  # "X rejected its demand": the demand is someone else's
                    subj = _child(t, "nsubj")
                    a = self._resolve_np(subj) if subj is not None and subj.pos_ != "PRON" else None
                    if subj is None and t.dep_ == "xcomp":
                        # "X refuses to budge from its demands": the subject of the verb in control
                        a = self._subject_actors(t)[0]
                    if a:
                        return a
                    if subj is not None and subj.tag_ == "NNS" and poss.lower_ == "their" and subj.lemma_.lower() \
                            not in SIDE_NOUNS | MUTUAL_NOUNS | INTEREST_NOUNS | GROUP_NOUNS | {"leader", "official"}:
                        return None  # "a deadline for countries to send their best offer": theirs, no side's
                    break
        return self._resolve_np(poss)

    def _quote_speaker(self, sent: "Span") -> list[_Actor] | None:
        """A quotation running over several sentences: '"We will not give up X. Our
        programme must continue," the minister said.' The speaker is named in the sentence
        that closes the quote (or in the one before that opens it with a colon)."""
        first = sent.text.lstrip()[:1]
        if first not in QUOTE_OPEN:
            opening = self._quote_opened_before(sent)
            return self._quote_speaker(opening) if opening is not None else None
        doc = sent.doc
        k = sent.end
        for _ in range(3):
            if k >= len(doc):
                break
            nxt = doc[k].sent
            root = nxt.root
            split_off = nxt.text[:1].islower() and nxt.start > 0 and any(
                t.text in QUOTE_CLOSE for t in doc[max(sent.start, nxt.start - 3):nxt.start])
            if root.lemma_.lower() in REPORTING and (any(t.text in QUOTE_CLOSE for t in nxt) or split_off):
                subj = _child(root, "nsubj")
                if split_off or subj is None or subj.lower_ not in ("i", "we", "you") \
                        or nxt.end >= len(doc) or not doc[nxt.end].text[:1].islower():
                    a = self._resolve_np(subj) if subj is not None and subj.pos_ != "PRON" or (
                        subj is not None and subj.lower_ in ("he", "she")) else None
                    return a or None
                # '... So I said "X".” he told reporters': the speaker's own 'I said' inside the
                # quote; the attribution follows as a sentence of its own
            if any(t.text in QUOTE_CLOSE for t in nxt) and not (
                    nxt.end < len(doc) and doc[nxt.end].text[:1].islower()
                    and doc[nxt.end].sent.root.lemma_.lower() in REPORTING):
                break
            k = nxt.end
        return self._quote_resumed(sent)

    def _quote_opened_before(self, sent: "Span") -> "Span | None":
        """'"We proposed X. We also offered Y."': a sentence inside a quotation that an earlier
        sentence of the paragraph opened (and none closed); that sentence, which the speaker's
        name closes or follows."""
        text = self.ctx.text
        para = text.rfind("\n", 0, sent.start_char) + 1
        before = text[para:sent.start_char]
        straight = before.count('"')
        curly_open, curly_close = before.rfind("\u201c"), before.rfind("\u201d")
        if straight % 2 == 1:
            at = para + before.rfind('"')
        elif curly_open > curly_close:
            at = para + curly_open
        else:
            return None
        if "\u201d" in text[at:sent.start_char] or '"' in text[at + 1:sent.start_char]:
            return None
        opening = self.doc.char_span(at, at + 1, alignment_mode="expand")
        return opening.sent if opening is not None and opening.sent.start < sent.start else None

    def _quote_resumed(self, sent: "Span") -> list[_Actor] | None:
        """'"We have moved a long way," X said. "We now need Y to ..."': a quotation taken up
        again after its attribution is the same speaker's (also past a sentence or two of the
        writer's own, with no other quotation between: the press's habit for a long quote)."""
        k = sent.start
        for _ in range(3):
            if k == 0:
                return None
            prev = self.doc[k - 1].sent
            k = prev.start
            root = prev.root
            quoted = any(t.text in QUOTE_OPEN | QUOTE_CLOSE for t in prev)
            if not quoted:
                continue  # "The negotiations had lasted four days.": the writer's, between two quotes
            if root.lemma_.lower() not in REPORTING or not (prev.text.lstrip()[:1] in QUOTE_OPEN
                                                             or self._quote_opened_before(prev) is not None):
                return None  # (the quote closed there may have opened a sentence earlier)
            subj = _child(root, "nsubj")
            close = next((t.i for t in prev if t.text in QUOTE_CLOSE and t.i > prev.start), None)
            if subj is None or close is None or subj.i < close or subj.pos_ == "PRON":
                return None  # (a pronoun: whose, the rules before have not settled)
            a = self._resolve_np(subj)
            return a or None
        return None

    def _direct_actor(self, tok: "Token | None") -> list[_Actor] | None:
        """A person or party named by this token itself (no memory, no document owners)."""
        if tok is None:
            return None
        person = self._person_at(tok)
        if person is not None:
            return [person]
        party = self._party_at(tok)
        if party:
            return [_Actor(party)]
        return None

    def _person_at(self, tok: "Token") -> _Actor | None:
        if tok.pos_ not in ("PROPN", "PRON", "NOUN"):
            return None
        try:
            p = self.ctx.person_at(tok.idx, tok.idx + len(tok.text))
        except Exception:  # pragma: no cover - defensive against context changes
            p = None
        if p is None:
            p = self._name_part_person(tok)
        if p is None:
            return None
        return _Actor(self._own_side(p), p.name)

    def _own_side(self, p) -> str | None:
        """The side a person speaks for, from the person alone (the text's country, the title's,
        an office-holder's in a one-country article): not inferred from the sentence."""
        return p.country or self.ctx.country_of(p) or self._guess_country(p) or _official_country(self, p)

    def _name_part_person(self, tok: "Token"):
        """'Surasant said ...' after 'Rear Adm Surasant Kongsiri': a lone capitalised word that
        is one part (not the first of a longer run) of exactly one known person's full name,
        where the people pass left the mention unresolved."""
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or len(tok.text) < 3 \
                or tok.dep_ == "compound" or any(c.dep_ == "compound" for c in tok.children) \
                or tok.ent_type_ not in ("", "PERSON", "ORG", "NORP", "GPE"):
            return None
        if not hasattr(self, "_name_parts"):
            parts: dict[str, list] = {}
            for person in self.ctx.people:
                words = person.name.split()
                if len(words) < 2:
                    continue
                for w in words:
                    parts.setdefault(w, []).append(person)
            self._name_parts = parts
        found = self._name_parts.get(tok.text, [])
        if len(found) != 1 or self.ctx.canonical_party(tok.text):
            return None
        return found[0]

    def _guess_country(self, person) -> str | None:
        """Fallback when people resolution left no country: a party word in the title,
        else the party words modifying the person's name mentions ("U.S. Commerce
        Secretary Howard Lutnick", "Japan's negotiator Akazawa"), by vote."""
        cached = self._country_cache.get(person.name) if hasattr(self, "_country_cache") else None
        if cached is not None:
            return cached or None
        if not hasattr(self, "_country_cache"):
            self._country_cache: dict[str, str] = {}
        votes: Counter[str] = Counter()
        if person.title:
            for word in re.split(r"[\s;,]+", person.title):
                c = self.ctx.canonical_party(word)
                if c:
                    votes[c] += 2
            first = person.title.split()[0]
            if not votes and is_code(first) and first not in _POST_CODES:
                votes[first] += 2  # "UASU Secretary-General X": the body her post is in, though untagged
        for m in self.ctx.person_mentions:
            if m.target != person.name or m.how != "name":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            mods = []
            k = span.start - 1
            while k >= span.sent.start:  # the title words right before the name
                t = self.doc[k]
                if not (span.start <= t.head.i < span.end or k < t.head.i < span.start) or t.dep_ == "conj":
                    break
                mods.append(t)
                k -= 1
            told = [t for t in mods if not t.is_punct]
            first = min((t.idx for t in told), default=span.start_char)
            for pm in self.ctx.party_mentions:  # "the Union of X (UX) president Y": a body named before the post
                if told and pm.start < first and (pm.end > first or re.fullmatch(
                        r"\s*(?:\([A-Z][A-Za-z]{1,7}\)\s*)?", self.ctx.text[pm.end:first])):
                    votes[pm.target] += 1  # (or the parser hung the name's last words on the post)
            for ap in span.root.children:  # "X, Japan's chief negotiator,"
                if ap.dep_ == "appos":
                    mods.extend(c for c in ap.children if c.dep_ in ("poss", "compound", "amod", "nmod"))
            if span.root.dep_ == "appos" and span.root.head.i < span.start and span.root.head.pos_ == "NOUN" \
                    and span.root.head.lower_ in SIDE_NOUNS:  # "the government's chief negotiator, X,"
                mods.extend(c for c in span.root.head.children if c.dep_ == "poss" and c.lower_ == "government")
            for t in mods:
                c = next(iter(self.ctx.parties_in(t.idx, t.idx + len(t.text))), None)
                if c is None and t.lower_ == "government":
                    c = _named_government(self)  # "Government negotiator X" where "Colombia's government" is told
                if c:
                    votes[c] += 1
        country = votes.most_common(1)[0][0] if votes else ""
        if not country:  # "Sheinbaum said ...": a well-known side the text leaves out
            country = known_side(person.name) or next(
                (s for s in (known_side(a) for a in person.aliases) if s), None) or ""
        self._country_cache[person.name] = country
        return country or None

    def _dateline_end(self, sent: "Span") -> int:
        """Where the dateline opening `sent` ends ("KUALA LUMPUR, Aug 7 - "), read once per sentence."""
        end = self._filed.get(sent.start)
        if end is None:
            end = self._filed[sent.start] = sent.start_char + dateline_end(sent.text)
        return end

    def _party_at(self, tok: "Token") -> str | None:
        if tok.is_upper and tok.idx < self._dateline_end(tok.sent):
            return None  # "KUALA LUMPUR, Aug 7 - A and B met": where the story was filed, no actor
        if tok.i + 1 < tok.sent.end and tok.doc[tok.i + 1].text == ":" and tok.text[:1].isupper() \
                and all(t.is_punct or t.is_space or t.text[:1].isupper() for t in tok.doc[tok.sent.start:tok.i]) \
                and any(m.start <= tok.idx < m.end and m.text != m.target for m in self.ctx.party_mentions):
            return None  # "Muscat: A and B have agreed ...": a city and a colon, where the story was filed
        parties = self.ctx.parties_in(tok.idx, tok.idx + len(tok.text))
        if parties:
            return parties[0]
        for m in self.ctx.party_mentions:
            if m.start <= tok.idx < m.end:
                return m.target
        if tok.pos_ in ("PROPN", "ADJ", "NOUN") and tok.text[:1].isupper() and not continental(self.ctx.text, tok.idx):
            try:  # (not "the South American bloc": no country's)
                party = self.ctx.canonical_party(tok.text)
                if party is None and tok.tag_ in ("NNPS", "NNS") and tok.text.endswith("s") \
                        and any(c.lower_ == "the" for c in tok.children):
                    party = self.ctx.canonical_party(tok.text[:-1])  # "the Iranians"
                if party in FAMILIES and any(c.dep_ == "compound" and c.text[:1].isupper() for c in tok.children):
                    return None  # "the Social Democrats": another party than the Democrats
                return party
            except Exception:  # pragma: no cover
                return None
        if tok.pos_ in ("PROPN", "NOUN") and tok.text.isalpha() and tok.text.islower() and tok.text.endswith("s") \
                and tok.tag_ in ("NNS", "NNPS") and any(c.lower_ == "the" for c in tok.children):
            try:  # "the russians offered ...": a people's name written in lower case
                return self.ctx.canonical_party(tok.text.capitalize())
            except Exception:  # pragma: no cover
                return None
        return None

    def _other_gender_partner(self, pron: "Token") -> list[_Actor] | None:
        """'He said he had a call with Mr X's counterpart Ms Y, in which she agreed to ...':
        the pronoun of a clause on a talk 'with Y' is Y when the sentence already used the
        other pronoun ('he') for someone else; the two cannot be the same person."""
        rel = pron.head
        if pron.dep_ != "nsubj" or rel.dep_ != "relcl":
            return None
        other = {"he": ("she", "her", "hers", "herself"), "she": ("he", "him", "his", "himself")}[pron.lower_]
        if not any(t.lower_ in other and t.pos_ == "PRON" and t.i < pron.i for t in pron.sent):
            return None
        if rel.head.dep_ == "pobj" and rel.head.head.lower_ == "with":
            partner = rel.head  # the clause hung on the name itself
        else:
            prep = next((c for c in rel.head.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            partner = _child(prep, "pobj") if prep is not None else None
        if partner is None or partner.pos_ != "PROPN":
            return None
        actors = self._direct_actor(partner)
        return actors if actors and len(actors) == 1 and actors[0].person else None

    def _last_named_together(self, head: "Token", count: int) -> list[_Actor] | None:
        """"Britain, Norway and the Faroes reached a deal ... the three parties agreed to ...": the
        sides a sentence up to three back names, when it names that many (the nearest such)."""
        sent = head.sent
        for _ in range(4):
            end = head.idx if sent.start <= head.i < sent.end else sent.end_char
            subj = _child(sent.root, "nsubj", "nsubjpass")
            spans = [(sent.start_char, end)] + ([(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))]
                                                if subj is not None and subj.i < head.i else [])
            for start, stop in spans[::-1]:  # the subject's list first: "A, B and C reached a deal ..."
                named = list(dict.fromkeys(self.ctx.parties_in(start, stop)))
                if len(named) == count:
                    return [_Actor(p) for p in named]
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return None

    def _resolve_np(self, head: "Token", remember: bool = False) -> list[_Actor] | None:
        """Who a noun phrase stands for: person, party, side, pronoun, conjunction."""
        lemma = head.lemma_.lower()
        low = head.lower_
        # "both sides", "the two countries"
        if any(c.lower_ in MUTUAL_NUMBERS for c in head.children) and (
                head.tag_ in ("NNS", "NNPS") or low in ("both",)):
            return [_Actor(p) for p in self.main_parties[:2]] or None
        if low == "both" and head.dep_ in ("nsubj", "nsubjpass"):
            return [_Actor(p) for p in self.main_parties[:2]] or None
        count = next((NUMBER_WORDS.get(c.lower_, 0) for c in head.children if c.dep_ == "nummod"), 0)
        together = self._last_named_together(head, count) if count >= 3 and head.tag_ == "NNS" and (
            lemma in MUTUAL_NOUNS or lemma in ("country", "nation", "government")) else None
        if together:
            return together  # "the three parties agreed to ..."
        # "the parties agreed on ...", "the sides agreed to ...": the two sides of the talks
        if lemma in MUTUAL_NOUNS and head.tag_ == "NNS" and head.dep_ in ("nsubj", "nsubjpass") \
                and any(c.lower_ == "the" for c in head.children) \
                and not any(c.dep_ in ("amod", "compound", "nmod", "poss", "prep", "relcl", "acl")
                            for c in head.children):
            return [_Actor(p) for p in self.main_parties[:2]] or None
        members = _named_members(self, head)
        if members:
            return members  # "countries such as X and Y"
        actors: list[_Actor] = []
        if low in ("he", "she") and head.pos_ == "PRON" and head.dep_ == "nsubj" and head.head.dep_ == "ccomp" \
                and head.head.head.lemma_.lower() in REPORTING:
            # "The Chilean minister said he planned ...": he is the one who said it
            teller = _child(head.head.head, "nsubj")
            told = self._resolve_np(teller) if teller is not None and teller.pos_ != "PRON" else None
            if told and len(told) == 1:
                return told
        if low in ("it", "they") and head.pos_ == "PRON" and head.dep_ in ("nsubj", "nsubjpass") \
                and head.head.dep_ == "ccomp" and head.head.head.lemma_.lower() in REPORTING:
            # "The Norwegian government said it was ready to ...": it is the side that said it;
            # "The Houthis said they would halt ...": they are the side that said it
            # (also "The airline raised A and said it would B": the subject the two verbs share)
            said = head.head.head
            teller = _child(said, "nsubj") or (_child(said.head, "nsubj") if said.dep_ == "conj" and said.head.pos_ in (
                "VERB", "AUX") else None)
            told = self._resolve_np(teller) if teller is not None and teller.pos_ != "PRON" else None
            if told and len(told) == 1 and told[0].party and not told[0].person:
                return told
        partner = self._other_gender_partner(head) if low in ("he", "she") and head.pos_ == "PRON" else None
        if partner:
            return partner
        direct = self._direct_actor(head)
        if not direct:  # "Japan's chief negotiator, Ryosei Akazawa,"
            appos = next((c for c in head.children if c.dep_ == "appos"), None)
            direct = self._direct_actor(appos) if appos is not None else None
            if direct and not direct[0].person:
                direct = None
        if direct and direct[0].person and head.pos_ == "NOUN":
            # "the Commission president": a title word the people pass tied to someone of
            # another side; the qualifier names the side
            quals = [self._party_at(ch) for ch in head.children
                     if ch.dep_ in ("compound", "amod", "nmod") and ch.i < head.i]
            quals = [q for q in quals if q]
            if quals and quals[0] != direct[0].party:
                direct = [_Actor(quals[0])]
        mine = _child(head, "poss")
        if mine is not None and mine.lower_ in ("his", "her") and lemma in GROUP_NOUNS | FORCE_NOUNS \
                and head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ccomp":
            # "X announced that his group will adhere to the truce": the speaker's side
            spoken = self._speaker(head.head)
            if spoken and len({a.party for a in spoken}) == 1 and spoken[0].party:
                return [_Actor(spoken[0].party)]
        owner = _child(head, "poss") if lemma == "office" and head.pos_ in ("NOUN", "PROPN") else None
        if owner is not None and owner.lower_ in SIDE_NOUNS:
            owner = None  # "the Prime Minister's Office": which prime minister is not told
        firm = _sole_firm(self, head) if not direct and head.pos_ == "NOUN" else None
        if firm is not None:
            actors.append(_Actor(firm))  # "The company later raised its offer": the one firm named
        elif direct:
            actors.extend(direct)
        elif owner is not None:
            # "Zelensky's office said", "the Kremlin's office": the holder's side
            a = self._direct_actor(owner)
            if a and a[0].party:
                actors.append(_Actor(a[0].party))
        elif lemma in SIDE_NOUNS or lemma in INTEREST_NOUNS or (
                lemma in ORGAN_NOUNS and _child(head, "poss") is not None):  # "the BMA's doctors committee"
            for ch in head.children:
                if ch.dep_ in ("amod", "compound", "poss", "nmod") and ch.i < head.i:
                    for t in [ch, *[c for c in ch.conjuncts]]:
                        a = self._direct_actor(t)
                        if not a and t.lower_ == "european" and t.dep_ == "amod" and head.tag_ == "NNS" \
                                and "European Union" in self.main_parties:
                            a = [_Actor("European Union")]  # "European leaders have called on X to ..."
                        if a:
                            actors.extend(x for x in a if x.party not in {y.party for y in actors})
                if ch.dep_ == "prep" and ch.lower_ in ("of", "from", "for"):
                    p = _child(ch, "pobj")
                    # "leaders from A, B and C" (joint mediators table one proposal: the first named)
                    more = list(p.conjuncts) if p is not None and lemma not in MEDIATION_NOUNS else []
                    for t in [p, *more] if p is not None else []:
                        a = self._direct_actor(t)
                        if a:
                            actors.extend(x for x in a if x.party not in {y.party for y in actors})
            # "the Commission president": a qualifier naming another body rules out memory
            qualified = any(ch.dep_ in ("compound", "amod", "nmod") and ch.text[:1].isupper()
                            and ch.i < head.i for ch in head.children)
            if not actors and not qualified:
                remembered = self._just_told_side(lemma) or self.memory_lemma.get(lemma)
                if remembered and any(c.lower_ == "the" for c in head.children):
                    actors.extend(remembered)
                elif lemma in VISITOR_NOUNS and self.last_side_party and any(c.lower_ == "the" for c in head.children):
                    actors.append(_Actor(self.last_side_party))
                elif head.tag_ == "NN" and any(c.lower_ == "the" for c in head.children):
                    titled = self._last_titled(lemma, head.idx)
                    if titled is not None:  # "the minister": the last person so titled
                        actors.append(titled)
                    elif lemma in ("country", "nation") and not any(
                            c.dep_ in ("compound", "amod", "nmod", "prep", "relcl", "acl") for c in head.children):
                        # "X's ministry said the country remains committed": the country named
                        # last; but "the US hasn't answered the nation's overtures": not the
                        # subject of its own clause
                        clause = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
                        csubj = _child(clause, "nsubj", "nsubjpass") if clause is not None else None
                        own = {m.target for m in self.ctx.party_mentions if csubj is not None and csubj != head
                               and csubj.left_edge.idx <= m.start <= csubj.right_edge.idx}
                        last = max((m for m in self.ctx.party_mentions if m.start < head.idx
                                    and m.target not in own and self.ctx.party_kind(m.target) == "country"),
                                   key=lambda m: m.start, default=None)
                        if last is not None:
                            actors.append(_Actor(last.target))
            elif actors and len({a.party for a in actors}) == 1 and actors[0].party:
                self.last_side_party = actors[0].party
        elif lemma in GROUP_NOUNS and any(c.lower_ == "the" for c in head.children):
            # "the group", "the militant group": the organisation named last before it
            told = self._just_told_side(lemma)  # "The X Party said ... The party is calling for ..."
            org = told[0].party if told else self._last_organisation(head.idx)
            if org:
                actors.append(_Actor(org))
        elif (low in ("we", "our", "us") or low == "i" and head.dep_ == "nsubj" and not self._in_i_speech(head)) \
                and head.pos_ == "PRON" and self._speaker(head):
            # first person inside reported speech: the speaker's side
            actors.extend(self._speaker(head) or [])
        elif low in PRONOUN_PARTY and head.pos_ == "PRON":
            earlier = self._earlier_subject_party(head) if low in ("it", "its") else (
                self._earlier_plural_party(head) if low in ("they", "their") else None)
            if earlier:
                actors.append(earlier)
            elif self.last_party_actor and low in ("it", "its"):
                if len(self.last_party_actor) == 1:
                    actors.extend(self.last_party_actor)
            elif self.last_party_actor and low in ("they", "their") and (
                    len(self.last_party_actor) > 1 or self.last_plural):
                actors.extend(self.last_party_actor)  # "U.S. officials said ... They said they would"
            elif self.last_party_actor and low in ("they", "their") and len(self.last_party_actor) == 1 \
                    and self.last_party_actor[0].party in {n for _, n, union in self.ctx.bodies if union}:
                actors.extend(self.last_party_actor)  # "The union rejected the offer. Their key demand is ...":
                # a workers' body told as its members
        if remember and actors and lemma in SIDE_NOUNS and len({a.party for a in actors}) == 1:
            self.memory_lemma[lemma] = [_Actor(actors[0].party)]
        # conjoined subjects: "Kyiv and Moscow", "Lutnick and Bessent"
        for c in head.conjuncts:  # "Britain, France and Germany": the later ones hang on each other
            if c.i > head.i:
                a = self._direct_actor(c) or self._resolve_np(c)
                if a:
                    for x in a:
                        if x.party not in {y.party for y in actors} or x.person:
                            actors.append(x)
        if not actors and head.dep_ in ("nsubj", "nsubjpass"):
            code = self._coded_organisation(head)
            code = next((a.party for a in _hyphen_code_side(self, head)), code) if code else code  # "MWU-BFT"
            if code:
                actors.append(_Actor(code))
        actors = _named_body_actors(self, head, actors)  # unions, employers, firms the party list lacks
        if not actors:
            actors = _party_named_firm(self, head)  # "Canada Post is offering ..."
        if not actors and lemma == "government":
            actors = _sole_country_government(self, head)  # "the Federal Government" where one country is named
        if not actors and any(c.lower_ == "the" for c in head.children) and (lemma == "government" or (
                lemma in ("delegation", "team") and any(c.dep_ == "compound" and c.lower_ == "government"
                                                        for c in head.children))):
            named = _named_government(self)  # "the government (delegation)" where "Yemen's government" is told
            actors = [_Actor(named)] if named else []
        if not actors and head.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "NOUN" and (
                lemma in MEMBER_NOUNS and head.tag_ == "NNS" or lemma == "union" and any(
                    c.dep_ == "poss" and c.lemma_.lower() in MEMBER_NOUNS for c in head.children)):
            member = lemma if lemma in MEMBER_NOUNS else next(
                c.lemma_.lower() for c in head.children if c.dep_ == "poss")
            union = _members_union(self, member)  # "the striking nurses are demanding ...", "the nurses' union
            actors = [_Actor(union)] if union else []  # wants ...": the one body of theirs the article names
            if not actors and lemma in MEMBER_NOUNS:
                actors = _named_workforce(self, head)  # "the ASHA workers are demanding ...": no union named
        if not actors and head.ent_type_ in ("GPE", "PRODUCT") and head.dep_ == "nsubj":
            actors = _unlisted_place_side(self, head)  # "Somaliland offered Y ..." (a land the list lacks)
        if not actors and head.pos_ == "NOUN" and head.tag_ == "NN" and any(c.lower_ == "the" for c in head.children):
            actors = self._just_told_side(lemma) or self._told_body_before(head) or []
            # ("The JIP side has ... The party is calling for ...")
        return actors or None

    def _just_told_side(self, lemma: str) -> list[_Actor] | None:
        """The side the last sentence was about, when its name ends in `lemma`: after
        'The Japan Innovation Party has ...', 'the party' is that party, not another one named
        since (as an object, say)."""
        last = self.last_party_actor
        if len(last) == 1 and last[0].party and not last[0].person \
                and last[0].party.lower().rsplit(" ", 1)[-1] == lemma:
            return last
        return None

    def _told_body_before(self, head: "Token") -> list[_Actor] | None:
        """'... said the DA reiterated its stance. The party also urged ...': a party named
        otherwise (no 'Party' in its name) that was the subject of a clause in the sentence just
        before, the only body there so told."""
        before = self.ctx.sentence_after(head.sent, -1) if head.lemma_.lower() == "party" else None
        if before is None:
            return None
        told = set()
        for tok in before:
            if tok.dep_ in ("nsubj", "nsubjpass"):
                told.update(m.target for m in self.ctx.party_mentions if tok.left_edge.idx <= m.start
                            and m.end <= tok.right_edge.idx + len(tok.right_edge.text))
        told = {t for t in told if self.ctx.party_kind(t) != "country"}
        return [_Actor(told.pop())] if len(told) == 1 else None

    def _coded_organisation(self, head: "Token") -> str | None:
        """A side the party list does not know, named by a short code as the subject:
        'M23 demanded ...', 'the E3 have offered ...', 'the M23 rebels sought ...'. Only
        upper-case codes with a digit or of three letters or more (not a person's name)."""
        tok = head
        if head.pos_ == "NOUN" and head.lemma_.lower() in CODED_GROUP_NOUNS:
            tok = next((c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i), None)
            if tok is None:
                return None
            code = next((c for c in head.doc[head.left_edge.i:head.i] if c.pos_ == "PROPN"
                         and 0 < c.i < len(c.doc) - 1 and c.doc[c.i - 1].text == "(" and c.doc[c.i + 1].text == ")"
                         and re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", c.text) and any(ch.isdigit() for ch in c.text)),
                        None)
            if code is not None and code.text not in NEWS_AGENCIES:
                return code.text  # "the March 9 Front (M9) rebel group": the code its name is given
        if tok.pos_ != "PROPN" or tok.ent_type_ in ("PERSON", "WORK_OF_ART") \
                or not re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", tok.text) or tok.text in ("I", "AI", "TV"):
            return None
        if not (any(ch.isdigit() for ch in tok.text) or len(tok.text) >= 3) or tok.text in NEWS_AGENCIES:
            return None
        doc = tok.doc
        near = [doc[k] for k in (tok.i - 1, tok.i + 1) if tok.sent.start <= k < tok.sent.end]
        if any(t.text in ("(", ")", "[", "]") or t.is_upper and t.is_alpha and len(t) > 1 for t in near):
            return None  # "(CNN) —", "THE HEAT is on": a dateline or a shouted lede, no side
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" and doc[c.i + 1].text not in ("-", "\u2013", "\u2014")
               for c in tok.children) or tok.dep_ == "compound" and tok.head != head:
            return None  # part of a longer name (not "ABUJA - ASUU has ...": a dateline before it)
        try:
            if self.ctx.person_at(tok.idx, tok.idx + len(tok.text)) is not None:
                return None
        except Exception:  # pragma: no cover
            return None
        return tok.text

    def _last_titled(self, word: str, before: int) -> _Actor | None:
        """The person named last before `before` whose title contains `word`."""
        best = None
        for m in self.ctx.person_mentions:
            if m.start >= before or (best is not None and m.start <= best.start):
                continue
            person = self.ctx.person(m.target)
            title = (person.title or "").lower() if person is not None else ""
            if m.how == "name" and person is not None:  # "Trade Minister X": the words before
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    k = span.start  # back to the clause's start, another name or "and" ("A's envoy X and Y")
                    while k > max(span.start - 8, span.sent.start) and self.doc[k - 1].lower_ not in ("and", ",", ";") \
                            and self.doc[k - 1].ent_type_ != "PERSON":
                        k -= 1
                    title += " " + " ".join(t.lower_ for t in self.doc[k:span.start])
            if re.search(r"\b" + re.escape(word) + r"\b", title):
                best = m
        if best is None:
            return None
        person = self.ctx.person(best.target)
        party = person.country or self.ctx.country_of(person) or self._guess_country(person)
        return _Actor(party, person.name)

    def _last_organisation(self, before: int) -> str | None:
        last = None
        for m in self.ctx.party_mentions:
            if m.start < before and (last is None or m.start > last.start):
                if self.ctx.party_kind(m.target) == "organisation":
                    last = m
        return last.target if last else None

    def _earlier_subject_party(self, pron: "Token") -> _Actor | None:
        """'Britain is seeking ..., and it wants ...': the last single-party subject
        before the pronoun in the same sentence."""
        for t in reversed(list(pron.sent[: pron.i - pron.sent.start])):
            main = t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT") \
                or (pron.head.dep_ == "conj" and t.head == pron.head.head)  # "X is fine with A, but it wants B"
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON" and main:
                a = self._direct_actor(t)
                if a and len(a) == 1 and a[0].party and not a[0].person:
                    return a[0]
        return None

    def _earlier_plural_party(self, pron: "Token") -> _Actor | None:
        """'The Americans want a compromise, and they offer X': a people named in the plural as
        a subject before 'they' in the same sentence."""
        for t in reversed(list(pron.sent[: pron.i - pron.sent.start])):
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNPS":
                a = self._direct_actor(t)
                if a and len(a) == 1 and a[0].party and not a[0].person:
                    return a[0]
        return None

    def _owner_in(self, np: "Token | None", modifiers_only: bool = False) -> list[_Actor] | None:
        """A party owning a noun phrase: 'China's restrictions', 'US export curbs'."""
        if np is None:
            return None
        for ch in np.children:
            if ch.dep_ in ("poss", "compound", "amod", "nmod") and ch.i < np.i:
                a = self._direct_actor(ch)
                if a:
                    return a
        if modifiers_only and np.lemma_.lower() in MEASURE_NOUNS:
            # "any export controls from the US will be eased": a measure "from" its side
            src = next((c for c in np.children if c.dep_ == "prep" and c.lower_ == "from"), None)
            a = self._direct_actor(_child(src, "pobj")) if src is not None else None
            if a:
                return a
        if modifiers_only and np.lemma_.lower() in RELIEF_NOUNS:
            # "the suspension of steep US tariffs will be extended", "the pause on China's countermeasures":
            # the side whose measure is suspended
            of = next((c for c in np.children if c.dep_ == "prep" and c.lower_ in ("of", "on")), None)
            measure = _child(of, "pobj") if of is not None else None
            if measure is not None and measure.lemma_.lower() in MEASURE_NOUNS | {"tariff"}:
                return self._owner_in(measure, modifiers_only=True)
        return None

    def _document_owner(self, noun: "Token") -> list[_Actor] | None:
        own = self._owner_in(noun)
        if own:
            return own
        lemma = noun.lemma_.lower()
        before = [p for off, lem, p in self.owned_docs if lem == lemma and off < noun.idx]
        if not before and any(c.lower_ == "the" for c in noun.children):
            # "X put forward a proposal ... The plan calls for ...": the last one put forward
            before = [p for off, lem, p in self.owned_docs if off < noun.idx
                      and lem in CONCESSION_NOUNS | {"plan", "draft", "framework"}]
        return [_Actor(before[-1])] if before else _received_document_owner(self, noun)


def _named_workforce(finder: "_ActorReading", head: "Token") -> list[_Actor]:
    """'The ASHA workers are demanding ...', 'Metro Transit drivers want ...': workers named by a
    capitalised name of their service or employer, with no union of theirs in the article, are a
    side under that name (not 'Kenyan doctors': a nationality; not 'the workers': no name)."""
    mods = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    if not mods:
        return []
    first = mods[0]
    while any(c.dep_ == "compound" and c.i < first.i for c in first.children):
        first = next(c for c in first.children if c.dep_ == "compound" and c.i < first.i)  # "Metro Transit"
    words = head.doc[first.i:head.i]
    if not (first.text[:1].isupper() and (first.pos_ == "PROPN" or first.text.isupper())) \
            or any(t.ent_type_ in ("NORP", "GPE", "PERSON") or t.pos_ not in ("PROPN", "NOUN", "ADJ") for t in words) \
            or any(finder.ctx.canonical_party(t.text) for t in words):
        return []
    return [_Actor(" ".join(t.text for t in head.doc[first.i:head.i + 1]))]
