"""He, she, his and her, and role nouns ("the minister"), resolved to the most recent
suitable person (subjects first; a role noun to the latest person whose title holds it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..context import Mention
from ..lexicon import PERSON_PRONOUNS, ROLE_WORDS
from ..model import Person
from ..parties import canonical_party
from .lexicon import _DEPARTMENTS, _RANK_WORDS, _SHORT_POSTS
from .titles import _same_department, _titles_a_name

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


def _resolve_pronouns(doc: "Doc", mentions: list[Mention], by_name: dict[str, Person]) -> list[Mention]:
    """Link he/she/his/her and "the minister"-style nouns to people (nearest, subjects first)."""
    if not mentions:
        return []
    starts = sorted(mentions, key=lambda m: m.start)
    tok_of = {}
    for m in starts:
        sp = doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is not None:
            tok_of[m.start] = sp.root
    out: list[Mention] = []
    named = [m for m in starts]
    taken = {m.start for m in starts}
    for t in doc:
        if t.idx in taken:
            continue  # "He" already read as the surname of "He Lifeng"
        low = t.lower_
        is_pron = low in PERSON_PRONOUNS and t.pos_ == "PRON"
        if not is_pron and low == "counterpart" and t.i >= 2 and doc[t.i - 2].lower_ in ("his", "her", "their") \
                and canonical_party(doc[t.i - 1].text) is not None:
            # "Tajani met his Iranian counterpart": the latest person of that country
            want = canonical_party(doc[t.i - 1].text)
            prior = [m for m in named if m.end <= t.idx and m.how in ("name", "title")
                     and by_name.get(m.target) is not None and by_name[m.target].country == want]
            own = [m for m in named if m.end <= t.idx and m.how in ("name", "title") and m.start >= t.sent.start_char
                   and by_name.get(m.target) is not None and by_name[m.target].country != want]
            if own and not _heads_state(by_name[own[-1].target].title):
                # "A, director-general of X, came for talks with his Chinese counterpart": a peer,
                # not China's premier
                prior = [m for m in prior if not _heads_state(by_name[m.target].title)]
            if not prior:
                # "A met his Chinese counterpart on Monday. ... Chinese Commerce Minister B said":
                # no one of that country named before, the article's one person of it named after
                later = {m.target for m in named if m.start > t.idx and m.how == "name"
                         and by_name.get(m.target) is not None and by_name[m.target].country == want}
                prior = [m for m in named if m.target in later][:1] if len(later) == 1 else []
            if prior:
                out.append(Mention(doc[t.i - 2].idx, t.idx + len(t.text), doc[t.i - 2:t.i + 1].text,
                                   prior[-1].target, "title"))
            continue
        if not is_pron and low == "diplomat" and t.i >= 2 and doc[t.i - 1].lower_ == "top" and \
                doc[t.i - 2].text in ("'s", "\u2019s"):
            # "met with the country's top diplomat" (or "Iran's top diplomat"): that country's
            # foreign minister, named before or after, when the article names one such
            owner = doc[t.i - 3] if t.i >= 3 else None
            want = canonical_party(owner.text) if owner is not None else None
            fm = {m.target for m in named if m.how in ("name", "title") and (p := by_name.get(m.target))
                  and _FOREIGN_MINISTER.search(p.title or "") and (want is None or p.country in (None, want))}
            if len(fm) == 1:
                start = t.i - 3 - (t.i >= 4 and doc[t.i - 4].lower_ == "the")
                out.append(Mention(doc[start].idx, t.idx + len(t.text), doc[start:t.i + 1].text, fm.pop(), "title"))
            continue
        role = None
        role_start = t.i - 1
        role_party: str | None = None
        role_depts: list[str] = []  # "the US Treasury Secretary": his title must say Treasury
        short_post = _SHORT_POSTS.get(t.text)  # "the Deputy PM": the Deputy Prime Minister
        if not is_pron and (t.lower_ in ROLE_WORDS or short_post) and t.tag_ not in ("NNS", "NNPS") and \
                (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ not in ("PROPN", "NOUN")) and \
                not _titles_a_name(doc, t, taken):  # (not "the American envoys", "the Minister of Oil X")
            # "the minister", "the Turkish foreign minister", "the Commerce and Industry minister"
            k = t.i - 1
            while k >= 0 and t.i - k <= 5 and doc[k].lower_ != "the" and (
                    doc[k].pos_ in ("ADJ", "PROPN", "NOUN") or doc[k].lower_ in ("and", "&")
                    or (doc[k].tag_ == "VBN" and doc[k].dep_ == "amod")) \
                    and doc[k].ent_type_ != "PERSON" and not doc[k].text.endswith(("'s", "’s")):
                if canonical_party(doc[k].text) is not None:
                    role_party = role_party or canonical_party(doc[k].text)
                elif doc[k].lower_ in _DEPARTMENTS:
                    role_depts.append(doc[k].lower_)
                k -= 1
            if k >= 0 and doc[k].lower_ == "the":
                role = short_post or t.lower_
                if doc[t.i - 1].lower_ in _RANK_WORDS:
                    # "the Prime Minister", "the deputy minister": a person titled so, not any minister
                    role = doc[t.i - 1].lower_ + " " + role
                role_start = k + 1 if k + 1 < t.i else k
            elif short_post and k == t.i - 1:
                role, role_start = short_post, t.i  # "CM has agreed to pay": the press's short post, bare
        if not is_pron and role is None:
            continue
        if is_pron:
            ahead = _fronted_clause_subject(t, named, tok_of)
            if ahead is not None:
                out.append(Mention(t.idx, t.idx + len(t.text), t.text, ahead.target, "pronoun"))
                continue
        before = [m for m in named if m.end <= t.idx and m.how in ("name", "title")]
        if not before:
            continue
        sent = t.sent
        choice = None
        if role is not None:
            fits = _role_fits(before, by_name, role.rstrip("s"), role_party, role_depts)
            if not fits and t.dep_ in ("nsubj", "nsubjpass"):
                # "the ambassador to Turkey and special envoy for Syria said": the second post
                # of one subject names him when the first fits nobody
                for c in [*t.conjuncts, *(a for a in t.children if a.dep_ == "appos")]:
                    if c.lower_ in ROLE_WORDS and not fits:
                        fits = _role_fits(before, by_name, c.lower_, role_party, role_depts)
            # "the president wrote ...": of several presidents, the one last told as the
            # subject of the narrative, not merely the one named last ("he and President X")
            if t.dep_ in ("nsubj", "nsubjpass") and len({m.target for m in fits}) > 1:
                subj_fits = [m for m in fits if tok_of.get(m.start) is not None and
                             tok_of[m.start].dep_ in ("nsubj", "nsubjpass")]
                fits = subj_fits or fits
            choice = fits[0] if fits else None
            if choice is None and role_party is not None:
                # "the Japanese economic revitalization minister": the one person of that
                # country told before, whatever title the text gave him first
                same_country = {m.target for m in before if by_name.get(m.target) is not None
                                and by_name[m.target].country == role_party}
                if len(same_country) == 1:
                    choice = next(m for m in reversed(before) if m.target in same_country)
            if choice is None and role_party is None and t.dep_ in ("nsubj", "nsubjpass"):
                # "X is to urge Y ... as the Business Secretary begins talks": of the people told
                # since the sentence before, the one untitled subject is the one the post names
                near = [m for m in before if m.start >= _prev_sent_start(doc, sent) and (p := by_name.get(m.target))
                        and not p.title and tok_of.get(m.start) is not None
                        and tok_of[m.start].dep_ in ("nsubj", "nsubjpass")]
                if len({m.target for m in near}) == 1:
                    choice = near[-1]
            if choice is None and role_party is None and role_depts and t.dep_ == "pobj":
                # "A and B met with the Health Secretary", after "... with X" told without a
                # post: the one untitled person of the sentences before is the one it names
                untitled = {m.target for m in before if m.start < sent.start_char and (p := by_name.get(m.target))
                            and not p.title}
                if len(untitled) == 1:
                    choice = next(m for m in reversed(before) if m.target in untitled)
        else:
            # "The president wrote that he ...": the role noun just resolved in this sentence
            # (also one just before: "The Cambodian prime minister confirmed ... He added that he ...")
            same_roles = [m for m in out if m.how == "title" and m.start >= _prev_sent_start(doc, sent)
                          and m.end <= t.idx and tok_of_role(doc, m) is not None
                          and tok_of_role(doc, m).dep_ in ("nsubj", "nsubjpass")]
            before = sorted(before + same_roles, key=lambda m: m.start)
            for m in same_roles:
                tok_of[m.start] = tok_of_role(doc, m)
            if t.lower_ in ("him", "her") and t.dep_ in ("dobj", "dative", "pobj"):
                # "X received him", "X discussed a deal with him": an object pronoun is not the
                # subject of its own clause
                verb = t.head
                for _ in range(6):
                    if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                        break
                    verb = verb.head
                own_subj = {x.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for x in (c, *c.conjuncts)}
                # (all of "A and B will meet with him": neither is him)
                before = [m for m in before if tok_of.get(m.start) is None or tok_of[m.start].i not in own_subj]
            same = [m for m in before if m.start >= sent.start_char]
            pool = same or [m for m in before if m.start >= _prev_sent_start(doc, sent)] or before[-1:]
            subj = [m for m in pool if tok_of.get(m.start) is not None and _a_subject(tok_of[m.start])]
            choice = (subj or pool)[-1] if (subj or pool) else None
            if not same and subj:
                choice = subj[0] if len({m.target for m in subj}) == 1 else subj[-1]
            chain = _subject_pronoun_before(doc, t, out, before, tok_of)
            if chain is not None:
                choice = chain
            choice = _of_the_pronouns_sex(t, choice, before, out, doc, sent) or choice
        if choice is None:
            continue
        span_start = role_start if role is not None else t.i
        out.append(Mention(doc[span_start].idx, t.idx + len(t.text), doc[span_start:t.i + 1].text,
                           choice.target, "title" if role else "pronoun"))
    return out


_FEMININE = frozenset({"she", "her", "hers", "herself"})
_MASCULINE = frozenset({"he", "him", "his", "himself"})


def _of_the_pronouns_sex(t: "Token", choice: "Mention | None", before: list[Mention], out: list[Mention],
                         doc: "Doc", sent: "Span") -> "Mention | None":
    """"X, the envoy, concluded her meeting ... after Trump took office. She is also to meet Y":
    "she" is not the man named last but the one person of the two sentences before whom the
    article already called "she" or "her"."""
    if choice is None or t.lower_ not in _FEMININE:
        return None  # (only "she": most of the people in the news are men, so "he" tells little)
    told = [m for m in out if m.end <= t.idx]
    fits = {m.target for m in told if m.text.lower() in _FEMININE}
    if choice.target in fits or not fits:
        return None
    prev = doc[sent.start - 1].sent if sent.start > 0 else sent
    near = [m for m in before if m.start >= _prev_sent_start(doc, prev) and m.target in fits
            and not any(x.target == m.target and x.text.lower() in _MASCULINE for x in told)]
    return near[-1] if len({m.target for m in near}) == 1 else None


def _a_subject(tok: "Token") -> bool:
    """The subject of its clause, or a name in apposition to it ("The UK's trade secretary, X,
    is in Washington": X, though the parser makes the post the subject)."""
    return tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass")


def _subject_pronoun_before(doc: "Doc", t: "Token", out: list[Mention], before: list[Mention],
                            tok_of: dict) -> "Mention | None":
    """"He will meet A and attend a dinner hosted by him. He will also meet B": a subject "he"
    goes on with the "he" that was the subject of the sentence before (or earlier in its own),
    not with the last person named, when no named subject came between."""
    if t.lower_ not in ("he", "she") or t.dep_ not in ("nsubj", "nsubjpass"):
        return None
    since = _prev_sent_start(doc, t.sent)
    chain = [m for m in out if m.how == "pronoun" and since <= m.start and m.end <= t.idx
             and m.text.lower() == t.lower_ and (k := tok_of_role(doc, m)) is not None
             and k.dep_ in ("nsubj", "nsubjpass")]
    if not chain or any(m.start > chain[-1].start and tok_of.get(m.start) is not None
                        and tok_of[m.start].dep_ in ("nsubj", "nsubjpass") for m in before):
        return None
    return chain[-1]


def _role_fits(before: list[Mention], by_name: dict[str, Person], role: str, party: str | None,
               depts: list[str]) -> list[Mention]:
    """Mentions (latest first) of people whose title holds the role word, of the party and
    department the noun phrase gives."""
    return [m for m in reversed(before[-12:]) if (p := by_name.get(m.target)) and p.title and
            (role in p.title.lower() or role == "leader" and party is not None and _heads_state(p.title))
            and (party is None or p.country in (None, party)) and _same_department(depts, p.title)]
    # ("the French leader": France's president or prime minister)


_FOREIGN_MINISTER = re.compile(r"\bforeign minister\b|\bminister (?:of|for) foreign affairs\b|"
                               r"\bsecretary of state\b|\bforeign secretary\b", re.IGNORECASE)


def _heads_state(title: "str | None") -> bool:
    return bool(title) and bool(re.search(r"\b(?:president|prime minister|premier|chancellor|king|emir)\b", title,
                                          re.IGNORECASE)) and not re.search(r"vice|deputy|former", title, re.IGNORECASE)


def _fronted_clause_subject(t: "Token", named: list[Mention], tok_of: dict) -> "Mention | None":
    """"Calling his meeting with A constructive, B was optimistic": a pronoun inside a subjectless
    participial clause that opens the sentence is that sentence's subject, named after it."""
    a = t
    for _ in range(8):
        if a.head.i == a.i:
            return None
        if a.dep_ == "advcl" and a.tag_ in ("VBG", "VBN") and a.i < a.head.i and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children):
            subj = next((c for c in a.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.i < t.i:
                return None
            return next((m for m in named if m.how in ("name", "title") and tok_of.get(m.start) is not None
                         and tok_of[m.start].i == subj.i), None)
        a = a.head
    return None


def tok_of_role(doc: "Doc", m: Mention):
    sp = doc.char_span(m.start, m.end, alignment_mode="expand")
    return sp.root if sp is not None else None


def _prev_sent_start(doc: "Doc", sent: "Span") -> int:
    if sent.start == 0:
        return 0
    return doc[sent.start - 1].sent.start_char
