"""Concessions, learned: a small logistic model over (sentence, side) that adds the
concessions the rules miss.

Why: on articles nobody had read, the concession rules found about three in ten of the
concessions a careful reader marks ("extended a ceasefire", "will create a $550 billion fund",
"roll back the tariffs to 18 percent", "both sides agreed to remove heavy weapons"). Rounds of
rules written from read articles moved the read articles and left unseen ones where they were.
A model weighing the cues a reader uses (the sentence's verbs and nouns, whether the side is
the subject of "agree", "lower", "release", the possessor of "offer", named with the other
side as "both sides") learns them from the annotated articles instead (see
`loaders/train_concessions.py` for how it is fitted and checked on folders it never saw).

The model only adds: a side that already holds a concession of the rules in a sentence gets
none from the model there, and each item keeps its sentence as evidence. Its text is the
clause the side acts in ("would lower auto tariffs to 15% ..."), the reported clause of a
"said" sentence, else the sentence.

Weights live in `concession_model.json` beside this file (`parley train-concessions`);
`PARLEY_CONCESSION_MODEL` names another weights file, or `off` to use the rules alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .context import ArticleContext, make_evidence
from .learned_pairs import PairModel, _anchor, _common_word, _word, model_from_setting
from .model import Position
from .positions.lexicon import (CONCESSION_VERBS, DEMAND_VERBS, GIVING_VERBS, HOSTILE_VERBS, KEEP_VERBS,
                                MEASURE_NOUNS, OPINION_VERBS, PROPOSAL_NOUNS, RELIEF_VERBS, REPORTING,
                                TRUCE_NOUNS)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FORMAT = "parley-concession-model/1"
DEFAULT_MODEL_FILE = Path(__file__).with_name("concession_model.json")

# the two sides named together: each gives what "both sides agreed" to
_BOTH = re.compile(r"\b(?:both|the two) (?:sides|countries|nations|governments|parties|leaders|delegations|"
                   r"neighbou?rs)\b|\beach side\b|\bthe neighbou?rs\b|\bthey agreed\b|\bthe parties\b", re.I)
# words of a promise or a step the sentence may carry
_PROMISE_WORDS = frozenset({"will", "would", "to", "agree", "agreed", "offer", "could", "plan", "shall"})
# the word classes the concession rules know, as cues that carry from one word to its kin
_CLASSES: tuple[tuple[str, frozenset[str]], ...] = (
    ("concede", frozenset(CONCESSION_VERBS)), ("demand", frozenset(DEMAND_VERBS)), ("give", GIVING_VERBS),
    ("relief", RELIEF_VERBS), ("measure", MEASURE_NOUNS), ("hostile", HOSTILE_VERBS), ("keep", KEEP_VERBS),
    ("truce", TRUCE_NOUNS), ("proposal", PROPOSAL_NOUNS), ("opinion", OPINION_VERBS))



@dataclass
class Candidate:
    """A side named in one sentence (by name, by one of its people, or as one of "both sides")."""

    sentence: int  # index into `ctx.sentences`
    party: str
    person: str | None  # the person who stands for the side there, when one does
    features: dict[str, float]


def concession_model() -> PairModel | None:
    """The model in use (read once per process): `PARLEY_CONCESSION_MODEL`, else the bundled
    one; None when the setting is `off`."""
    return model_from_setting("PARLEY_CONCESSION_MODEL", DEFAULT_MODEL_FILE, FORMAT, "concession-model")


# ------------------------------------------------------------------------------ candidates
def main_sides(ctx: ArticleContext) -> list[str]:
    """The article's two most named sides (the ones "both sides" means). Unlike the meetings'
    `_main_parties`, a capital that only says where counts too: the weights were fitted so, and
    with that filter one unread article's output changed."""
    counts: dict[str, int] = {}
    for m in ctx.party_mentions:
        counts[m.target] = counts.get(m.target, 0) + 1
    return sorted(counts, key=lambda p: -counts[p])[:2]


def candidates(ctx: ArticleContext, concessions: list[Position], demands: list[Position]) -> list[Candidate]:
    """Every side named in a sentence that holds no concession of the rules there."""
    def holders(items: list[Position]) -> dict[int, set[str | None]]:
        """Sentence index -> the sides holding an item told (partly) in that sentence."""
        out: dict[int, set[str | None]] = {}
        for p in items:
            if p.evidence is not None:
                for k in range(ctx.sentence_index(p.evidence.start), ctx.sentence_index(p.evidence.end - 1) + 1):
                    out.setdefault(k, set()).add(p.by)
        return out

    gave_at, pressed_at = holders(concessions), holders(demands)
    mains = main_sides(ctx)
    sides_named: dict[int, list] = {}  # sentence index -> the party mentions in it (read once)
    for m in ctx.party_mentions:
        sides_named.setdefault(ctx.sentence_index(m.start), []).append(m)
    out: list[Candidate] = []
    for si, sent in enumerate(ctx.sentences):
        anchors: dict[str, list[tuple["Token | None", str, str | None]]] = {}
        for m in sides_named.get(si, ()):
            if m.end <= sent.end_char:
                tok = _anchor(ctx, m)
                if tok is not None:
                    anchors.setdefault(m.target, []).append((tok, "party", None))
        for m in ctx.mentions_in(sent.start_char, sent.end_char):
            side = ctx.country_of(m.target)
            tok = _anchor(ctx, m) if side else None
            if tok is not None:
                anchors.setdefault(side, []).append((tok, "person", m.target))
        stext = ctx.text[sent.start_char:sent.end_char]
        if len(mains) == 2 and _BOTH.search(stext):
            for side in mains:
                anchors.setdefault(side, []).append((None, "both", None))
        if not anchors:
            continue
        given, pressed = gave_at.get(si, set()), pressed_at.get(si, set())
        before = gave_at.get(si - 1, set())
        figures: list[int] = []
        shared = _sentence_features(sent, stext, figures)
        for side, named in anchors.items():
            if side in given or all(tok is not None and _bystander(tok) for tok, _, _ in named):
                continue  # (a side only witnessing, mediating or hosting gives nothing there)
            f = dict(shared)
            for tok, how, _ in named:
                if tok is None:
                    f["joint"] = 1.0
                else:
                    f.update(_role_features(tok, how, figures))
            if pressed:
                f["rules_other"] = 1.0
            if side in pressed:
                f["rules_other_same"] = 1.0
            if side in before:
                f["gave_just_before"] = 1.0  # "X will cut A. It will also open B": a list of terms goes on
            f["nparties=%d" % min(len(anchors), 4)] = 1.0
            person = next((who for _, how, who in named if how == "person"), None)
            out.append(Candidate(si, side, person, f))
    return out


def _sentence_features(sent: "Span", stext: str, figures: list[int]) -> dict[str, float]:
    """The cues every side of one sentence shares: its verbs, nouns and adjectives, words of a
    promise, negation, numbers, quotation. Collects the numbers' indices into `figures`."""
    f = {"bias": 1.0}
    for t in sent:
        if t.pos_ in ("VERB", "NOUN", "ADJ") and not t.is_stop and _common_word(t):
            lemma = t.lemma_.lower()
            f["s=" + lemma] = 1.0
            for name in _CLASS_OF.get(lemma, ()):
                f["sc=" + name] = 1.0
        low = t.lower_
        if low in _PROMISE_WORDS:
            f["w=" + low] = 1.0
        if t.dep_ == "neg":
            f["neg"] = 1.0
        if t.like_num:
            f["num"] = 1.0
            figures.append(t.i)
        elif low in ("%", "$", "€", "percent"):
            f["num"] = 1.0
    if "\"" in stext or "“" in stext or "”" in stext:
        f["quoted"] = 1.0
    return f


def _role_features(tok: "Token", how: str, figures: list[int]) -> dict[str, float]:
    """Where the side stands in the parse: its relation and head, the verb it is subject of
    (and that verb's object or complement, a figure in its clause: `figures`, the indices of
    the sentence's numbers), the verbs above it."""
    f = {"how=" + how: 1.0}
    t = tok
    while t.dep_ in ("compound", "amod", "det") and t.head is not t:
        t = t.head
    head = t.head
    f["dep=" + t.dep_] = 1.0
    f["head=" + _word(head)] = 1.0
    if t.dep_ == "pobj":
        f["prep=" + head.lower_] = 1.0
        f["prephead=" + _word(head.head)] = 1.0
    if t.dep_ == "poss":
        f["possof=" + _word(head)] = 1.0
    if t.dep_ in ("nsubj", "nsubjpass"):
        f["subjv=" + _word(head)] = 1.0
        if any(c.dep_ == "neg" for c in head.children):
            f["subj_neg"] = 1.0  # "X has not lowered ...": what the side does not do
        if any(head.left_edge.i <= n <= head.right_edge.i for n in figures):
            f["subj_num"] = 1.0  # "X will cut duties to 15%": a step with its figure
        for name in _classes(head):
            f["subjc=" + name] = 1.0
        for c in head.children:
            if c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "prep"):
                f["subj_" + c.dep_ + "=" + _word(c)] = 1.0
                if c.dep_ == "xcomp":
                    for d in c.children:
                        if d.dep_ == "dobj":
                            f["subjxobj=" + _word(d)] = 1.0
    a = head
    for _ in range(4):
        if a.head is a:
            break
        if a.pos_ in ("VERB", "AUX"):
            f["up=" + _word(a)] = 1.0
            for name in _classes(a):
                f["upc=" + name] = 1.0
        a = a.head
    if a.pos_ in ("VERB", "AUX"):
        f["root=" + _word(a)] = 1.0
    return f


_CLASS_OF: dict[str, tuple[str, ...]] = {}
for _name, _words in _CLASSES:
    for _w in _words:
        _CLASS_OF[_w] = _CLASS_OF.get(_w, ()) + (_name,)


def _classes(t: "Token") -> tuple[str, ...]:
    return _CLASS_OF.get(t.lemma_.lower(), ())


# ------------------------------------------------------------------------------ concessions
_BYSTANDER_VERBS = frozenset({"witness", "mediate", "host", "broker", "facilitate", "chair", "attend", "observe"})


def _bystander(tok: "Token") -> bool:
    """Is the side named only as a witness, a mediator or a host ("signed a deal, in a ceremony
    witnessed by A and B", "talks mediated by C", "in the presence of D") or as the place ("at the
    summit in Vientiane, Laos")? It is present, but what is agreed there is not its concession."""
    t = tok
    for _ in range(4):
        if t.dep_ == "conj" or t.dep_ == "appos" or t.dep_ == "compound":
            t = t.head
            continue
        break
    if t.dep_ == "pobj":
        prep = t.head
        if prep.lower_ == "by" and prep.dep_ == "agent" and prep.head.lemma_.lower() in _BYSTANDER_VERBS:
            return True
        if prep.lower_ == "of" and prep.head.lower_ == "presence":
            return True
        if prep.lower_ in ("in", "at") and t.ent_type_ in ("GPE", "LOC") and prep.head.pos_ in ("NOUN", "PROPN"):
            return True  # "the summit in Vientiane, Laos": where, not who
    return False


def learned_concessions(ctx: ArticleContext, concessions: list[Position], demands: list[Position],
                        model: PairModel) -> list[Position]:
    """A concession for each side and sentence the model is sure of and the rules lack, unless
    the clause it would be told by is another side's ("X claimed that Y had agreed to ...") or
    the side already holds one that says the same."""
    mains = main_sides(ctx)
    out: list[Position] = []
    for c in candidates(ctx, concessions, demands):
        if model.probability(c.features) < model.threshold:
            continue
        sent = ctx.sentences[c.sentence]
        verb = _clause_verb(sent, c.features)
        if verb is not None and _subject_is_other_side(ctx, verb, c.party):
            continue
        text = _clause_text(sent, verb)
        if any(p.by == c.party and _says_the_same(p.text, text) for p in list(concessions) + out):
            continue
        others = [p for p in ctx.parties_in(sent.start_char, sent.end_char) if p != c.party] or \
            [p for p in mains if p != c.party]
        out.append(Position(by=c.party, by_person=c.person,
                            counterpart=others[0] if others else None, text=text, topics=ctx.topics_in(text),
                            evidence=make_evidence(ctx.text, sent.start_char, sent.end_char)))
    return out


def _clause_verb(sent: "Span", features: dict[str, float]) -> "Token | None":
    """The verb of the clause the side acts in: the one it is subject of, else the clause a
    reporting verb reports; None for the whole sentence."""
    acts = {k[len("subjv="):] for k in features if k.startswith("subjv=")}
    verb = next((t.head for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in acts
                 and t.head.lemma_.lower() not in REPORTING), None)
    if verb is None and sent.root.lemma_.lower() in REPORTING:
        verb = next((c for c in sent.root.children if c.dep_ in ("ccomp", "xcomp")), None)
    return verb


def _subject_is_other_side(ctx: ArticleContext, verb: "Token", side: str) -> bool:
    """Is the clause's subject another side, by name or by one of its people?"""
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        named = set(ctx.parties_in(start, end)) | {ctx.country_of(m.target) for m in ctx.mentions_in(start, end)}
        named.discard(None)
        if named and side not in named:
            return True
    return False


def _clause_text(sent: "Span", verb: "Token | None") -> str:
    """What the side gives, in the sentence's words: the clause of `verb` (a bare name or
    pronoun subject left out), else the sentence."""
    if verb is None:
        return sent.text.strip()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    bare = {x.i for s in subjects if s.pos_ in ("PROPN", "PRON") for x in s.subtree}
    start = min([verb.i] + [t.i for t in verb.subtree if t.i < verb.i and t.i not in bare
                            and t.dep_ not in ("mark", "punct", "advmod", "cc")])
    end = max(t.i for t in verb.subtree)
    text = sent.doc[start:end + 1].text.strip().rstrip(".,;")
    return text if len(text) > 12 else sent.text.strip()


_WORD = re.compile(r"[a-z]{4,}|\d[\d.,]*")


def _says_the_same(a: str, b: str) -> bool:
    """Two tellings of one step: most of the shorter one's content words (and numbers) recur."""
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    small = min(len(wa), len(wb))
    return small > 0 and len(wa & wb) >= max(2, 0.5 * small)
