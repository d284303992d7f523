"""Who met whom, learned: a small logistic model over pairs of people (or a person and a
party) named in one sentence, added to what the meeting rules find.

Why: eleven rounds of meeting rules, each written from misses on articles we had read,
raised the sets they came from and left the next unseen set where it was (pairs F1 about
0.52 on articles nobody had read). A model that weighs the same cues the rules use (the
word that joins the two names in the parse, the preposition before each, the sentence's
verbs and nouns, tense) learns them from hand-annotated articles instead of from one
reader's memory of them. Measured with the code as it stood before each set was read,
rules plus model reach 0.64 where the rules alone had 0.52 (see `loaders/train_pairs.py`).

The model only adds: a pair the rules already seat together is never touched, and a pair
it adds becomes a meeting told by the sentence that scored highest (one meeting for the
people of a sentence who all pair with one another), with the status, day, kind, place and
topics the meeting rules read from that sentence.

Weights live in `pair_model.json` beside this file (trained by `parley train-pairs`);
`PARLEY_PAIR_MODEL` names another weights file, or `off` to use the rules alone.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .context import ArticleContext, Mention, make_evidence, named_as_spouse
from .leaders import known_side
from .meetings.lexicon import MEETING_NOUNS, _REPORT_VERBS, _REPORTERS
from .meetings.participants import _discussed
from .meetings.triggers import _marked_clause
from .model import Meeting

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DEFAULT_MODEL_FILE = Path(__file__).with_name("pair_model.json")
FORMAT = "parley-pair-model/1"
PARTY = "@"  # a candidate's second member is a party when its name starts with this
_FUTURE_WORDS = frozenset({"will", "to", "plan", "expect", "schedule", "set", "due", "would", "next"})
_MODELS: dict[tuple[str, str], "PairModel"] = {}  # (format, path) -> weights read


@dataclass
class Candidate:
    """Two members named in one sentence: `a` a person, `b` a person or `PARTY` + party."""

    sentence: int  # index into `ctx.sentences`
    a: str
    b: str
    features: dict[str, float]
    joint: "Token"  # the word the parse joins them under (the meeting word, if any)


@dataclass
class PairModel:
    """Logistic weights over named features; a pair whose probability reaches `threshold`
    in some sentence is taken as having met. (The learned concessions use the same shape
    under their own `format`.)"""

    weights: dict[str, float]
    threshold: float
    format: str = FORMAT

    def probability(self, features: dict[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self, **about) -> dict:
        return {"format": self.format, "threshold": self.threshold, **about,
                "weights": {k: round(v, 5) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-5}}


class PairModelError(ValueError):
    """A weights file that cannot be used (the message names the file and the fault)."""


def read_pair_model(path: str | Path) -> PairModel:
    """A weights file written by `parley train-pairs`."""
    return read_weights(path, FORMAT, "pair-model")


def read_weights(path: str | Path, fmt: str, what: str) -> PairModel:
    """A weights file of format `fmt` (`what` names the kind of file in errors)."""
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PairModelError(f"{file}: no such {what} file") from None
    except OSError as exc:
        raise PairModelError(f"{file}: cannot read the {what} file ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PairModelError(f"{file}: not a JSON {what} file ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise PairModelError(f"{file}: not a {what} file (no \"format\": \"{fmt}\")")
    weights, threshold = data.get("weights"), data.get("threshold")
    if not isinstance(weights, dict) or not all(isinstance(v, (int, float)) for v in weights.values()):
        raise PairModelError(f"{file}: \"weights\" must map feature names to numbers")
    if not isinstance(threshold, (int, float)) or not 0.0 < threshold < 1.0:
        raise PairModelError(f"{file}: \"threshold\" must be a number between 0 and 1")
    return PairModel({str(k): float(v) for k, v in weights.items()}, float(threshold), fmt)


def pair_model() -> PairModel | None:
    """The model in use (read once per process): `PARLEY_PAIR_MODEL`, else the bundled one;
    None when the setting is `off`."""
    return model_from_setting("PARLEY_PAIR_MODEL", DEFAULT_MODEL_FILE, FORMAT, "pair-model")


def model_from_setting(variable: str, bundled: Path, fmt: str, what: str) -> PairModel | None:
    """The weights the environment `variable` names (a file, or `off`), else the `bundled`
    file; each file read once per process. Shared by the learned pairs and concessions."""
    setting = os.environ.get(variable, "").strip()
    if setting.lower() in ("off", "none", "0"):
        return None
    path = setting or str(bundled)
    if (fmt, path) not in _MODELS:
        _MODELS[fmt, path] = read_weights(path, fmt, what)
    return _MODELS[fmt, path]


# ------------------------------------------------------------------------------ candidates
def candidates(ctx: ArticleContext) -> list[Candidate]:
    """Every pair of people, and every person with a party not their own, named in one
    sentence (pronouns and posts the people pass resolved count as names)."""
    out: list[Candidate] = []
    for si, sent in enumerate(ctx.sentences):
        anchors: dict[str, list[tuple["Token", str]]] = {}
        for m in ctx.mentions_in(sent.start_char, sent.end_char):
            tok = _anchor(ctx, m)
            if tok is not None:
                anchors.setdefault(m.target, []).append((tok, m.how))
        if not anchors:
            continue
        parties = [m for m in ctx.party_mentions if m.start >= sent.start_char and m.end <= sent.end_char]
        names = list(anchors)
        sent_f = _sentence_features(sent, len(names))
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                _, (ta, how_a), (tb, how_b) = min(
                    ((abs(x[0].i - y[0].i), x, y) for x in anchors[a] for y in anchors[b]), key=lambda t: t[0])
                if _no_encounter(ta, tb) or _no_encounter(tb, ta) or _reporter(ctx, a, ta) or _reporter(ctx, b, tb):
                    continue
                f, joint = _features(sent_f, ta, tb, "pp")
                for how in {how_a, how_b}:
                    f["how=" + how] = 1.0
                own_a, own_b = ctx.country_of(a), ctx.country_of(b)
                f["cc=" + ("same" if own_a and own_a == own_b else "diff" if own_a and own_b else "unk")] = 1.0
                out.append(Candidate(si, a, b, f, joint))
            own = ctx.country_of(a)
            seen: set[str] = set()
            for pm in parties:
                if pm.target == own or pm.target in seen:
                    continue
                seen.add(pm.target)
                tp = _anchor(ctx, pm)
                if tp is None:
                    continue
                ta = min(anchors[a], key=lambda x: abs(x[0].i - tp.i))[0]
                f, joint = _features(sent_f, ta, tp, "party")
                out.append(Candidate(si, a, PARTY + pm.target, f, joint))
    return out


# staff whose "to X" says whose staff they are ("an aide to X", "spokesman of X")
_STAFF_NOUNS = frozenset({"aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "assistant",
                          "secretary", "counsellor", "counselor", "envoy"})


def _no_encounter(a: "Token", b: "Token") -> bool:
    """Does the sentence tell `a` and `b` apart from any meeting of theirs? "Y, a top aide to X,
    told reporters ...": X only places Y; "X's special envoy Y met Z": X met nobody; "X wrote to
    Y": a letter; "A and his wife, B, were welcomed by C": B came with A, no side of her own; "A
    criticised B": spoken of, not met; "with possible talks also involving B": only a possibility;
    "A held a call with B to discuss the deal between X and Y": X is what was discussed."""
    return _only_whose_staff(b) or _names_staff(a) or _wrote_to(a, b) or named_as_spouse(a) \
        or _judged(a, b) or _in_possible_talks(a) or _at_another_time(a, b) or _only_supposed(a) or _discussed(a)


def _reporter(ctx: ArticleContext, name: str, t: "Token") -> bool:
    """"..., the government's spokesman X said": a spokesperson who tells the news, the subject of
    the sentence's report verb, meets no one in it."""
    p = ctx.person(name)
    return p is not None and bool(p.title) and bool(_REPORTERS.search(p.title)) and t.dep_ == "nsubj" \
        and t.head.lemma_.lower() in _REPORT_VERBS


def _only_supposed(t: "Token") -> bool:
    """Named inside a clause of "whether" or "if" ("it remains to be seen whether A is prepared to
    sit down with B"): a meeting only supposed."""
    a = t
    for _ in range(8):
        if a.pos_ in ("VERB", "AUX", "ADJ") and any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
                                                  for c in a.children):
            return True
        if a.head.i == a.i:
            return False
        a = a.head
    return False


def _at_another_time(subject: "Token", other: "Token") -> bool:
    """"B told a news conference, days after A said that ...", "B paid three visits to Washington
    since A took office": A is the subject of a clause of another time than B's, each on their
    own (whatever A did then: spoke, took office, arrived)."""
    verb = subject.head
    return subject.dep_ == "nsubj" and _marked_clause(verb, ("after", "before", "since", "until")) and \
        other.i not in {x.i for x in verb.subtree}


def _only_whose_staff(boss: "Token") -> bool:
    """Is `boss` named only in someone's staff post ("Y, a top aide to X", "Y, the top aide to the
    side's lead negotiator, X")? X then only places Y, and meets no one in that sentence."""
    if boss.dep_ == "appos" and boss.head.dep_ == "pobj":
        boss = boss.head  # the post the name stands beside ("lead negotiator, X")
    post = boss.head.head if boss.dep_ == "pobj" and boss.head.lower_ in ("to", "of") else None
    return post is not None and post.lemma_.lower() in _STAFF_NOUNS and post.dep_ == "appos"


def _wrote_to(writer: "Token", reader: "Token") -> bool:
    """"Last week X wrote to Y, urging ...": a letter, not an encounter."""
    verb = writer.head
    return writer.dep_ == "nsubj" and verb.lemma_.lower() in ("write", "send", "email") and any(
        c.dep_ == "prep" and c.lower_ == "to" and reader.i in {x.i for x in c.subtree} for c in verb.children)


# verbs that judge someone from afar: the object is spoken of, not met
_JUDGING_VERBS = frozenset({"criticise", "criticize", "blame", "accuse", "condemn", "denounce", "slam", "attack",
                            "lambast", "mock", "fault", "rebuke", "praise", "ridicule", "dismiss", "berate"})


def _judged(judge: "Token", judged: "Token") -> bool:
    """"He also criticised US envoy B": B is the object of a verb of blame or praise whose
    subject is A."""
    verb = judged.head if judged.dep_ == "dobj" else judged.head.head if judged.dep_ == "appos" else None
    return verb is not None and verb.lemma_.lower() in _JUDGING_VERBS and any(
        c.dep_ == "nsubj" and judge.i in {x.i for x in c.subtree} for c in verb.children)


_ONLY_POSSIBLE = frozenset({"possible", "potential", "proposed", "hypothetical", "prospective", "eventual"})


def _in_possible_talks(t: "Token") -> bool:
    """Named inside talks told only as a possibility ("with possible talks also involving B")."""
    a = t
    for _ in range(7):
        if a.pos_ == "NOUN" and a.lower_ in MEETING_NOUNS:
            return any(c.dep_ == "amod" and c.lower_ in _ONLY_POSSIBLE for c in a.children)
        if a.head.i == a.i:
            break
        a = a.head
    return False


# groups that stand for their principal at a table ("met with Trump's top trade officials")
_STAFF_GROUPS = frozenset({"official", "negotiator", "representative", "envoy", "aide", "adviser", "advisor",
                           "emissary", "deputy"})


def _names_staff(boss: "Token") -> bool:
    """Is `boss` only the owner of a named person's post ("Trump's special envoy Steve Witkoff"),
    or of the staff sent in his place ("A met with President X's top trade officials")?"""
    post = boss.head
    if boss.dep_ != "poss":
        return False
    if post.lemma_.lower() in _STAFF_GROUPS and post.tag_ in ("NNS", "NNPS") and boss.pos_ == "PROPN":
        return True  # (not "his delegation": one he may head himself)
    return post.lemma_.lower() in _STAFF_NOUNS and (any(
        c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in post.children)
        or post.dep_ == "appos" and post.head.ent_type_ == "PERSON")  # ("Y, Trump's envoy, met Z")


def _anchor(ctx: ArticleContext, m: Mention) -> "Token | None":
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _path_up(t: "Token", limit: int = 12) -> list["Token"]:
    out = [t]
    while t.head is not t and len(out) < limit:
        t = t.head
        out.append(t)
    return out


_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _common_word(t: "Token") -> bool:
    """A word of the language, not a name: the model weighs "meet" and "counterpart", never
    one person's or place's name (nothing in it may be keyed to one article or person)."""
    text = t.text
    return t.is_alpha and t.pos_ != "PROPN" and t.ent_type_ not in _NAME_TYPES and (
        text.islower() or (t.is_sent_start and t.pos_ != "NOUN" and text[1:].islower()))
    # (a capitalised noun opening a sentence is as often a surname the tagger took for a noun)


def _word(t: "Token") -> str:
    """The lemma of a common word; the part of speech in place of a name."""
    return t.lemma_.lower() if _common_word(t) else "<" + t.pos_ + ">"


def _sentence_features(sent: "Span", n_people: int) -> dict[str, float]:
    """The cues every pair of one sentence shares: its verbs and nouns, tense and negation,
    how many people it names, whether it quotes."""
    f = {"bias": 1.0}
    for t in sent:
        if t.pos_ in ("VERB", "NOUN") and not t.is_stop and _common_word(t):
            f["s=" + t.lemma_.lower()] = 1.0
        if t.lower_ in _FUTURE_WORDS:
            f["fut=" + t.lower_] = 1.0
        if t.dep_ == "neg":
            f["neg"] = 1.0
    f["nper=%d" % min(n_people, 5)] = 1.0
    text = sent.text
    if any(q in text for q in "\"“”"):
        f["quoted"] = 1.0
    return f


def _features(shared: dict[str, float], ta: "Token", tb: "Token", kind: str) -> tuple[dict[str, float], "Token"]:
    """The cues of one pair in one sentence (`shared`: the sentence's own), and the word the
    parse joins the two under."""
    f = dict(shared)
    f["kind=" + kind] = 1.0
    up_a, up_b = _path_up(ta), _path_up(tb)
    depth_b = {t.i: k for k, t in enumerate(up_b)}
    joint, da, db = None, 9, 9
    for k, t in enumerate(up_a):
        if t.i in depth_b:
            joint, da, db = t, k, depth_b[t.i]
            break
    if joint is None:
        f["nolca"] = 1.0
        joint = ta.sent.root
    else:
        f["lca=" + _word(joint)] = 1.0
        f["lcapos=" + joint.pos_] = 1.0
        f["lcadep=" + joint.dep_] = 1.0
    f["plen=%d" % min(da + db, 6)] = 1.0
    for side, t in (("a", ta), ("b", tb)):
        f[side + "dep=" + t.dep_] = 1.0
        if t.dep_ == "pobj":
            f["prep=" + _word(t.head)] = 1.0
        if t.head.dep_ == "pobj":
            f["prep2=" + _word(t.head.head)] = 1.0
    f["deps=" + "|".join(sorted((ta.dep_, tb.dep_)))] = 1.0
    if tb.head is ta or ta.head is tb:
        f["direct=" + (tb.dep_ if tb.head is ta else ta.dep_)] = 1.0
    return f, joint


# ------------------------------------------------------------------------------ meetings
def covered_pairs(ctx: ArticleContext, meetings: list[Meeting]) -> set[tuple[str, str]]:
    """The pairs the meetings already tell, read the way the scorer reads them: all pairs of
    two or more people; one person with each side not their own."""
    out: set[tuple[str, str]] = set()
    for m in meetings:
        people = list(dict.fromkeys(m.participants))
        if len(people) >= 2:
            out |= {(a, b) for a in people for b in people if a != b}
        elif people:
            own = ctx.country_of(people[0])
            out |= {(people[0], PARTY + p) for p in m.parties if p != own}
    return out


def learned_meetings(ctx: ArticleContext, meetings: list[Meeting], model: PairModel) -> list[Meeting]:
    """Meetings for the pairs the model is sure of and `meetings` lack, told by each pair's
    best sentence, the pairs of one sentence that all belong together as one meeting."""
    from .meetings import date_added_meetings, told_meeting

    covered = covered_pairs(ctx, meetings)
    seated: dict[int, set[str]] = {}  # sentence start -> who the rules' meetings told there seat
    for m in meetings:
        if m.evidence is not None:
            seated.setdefault(m.evidence.start, set()).update([*m.participants, *(PARTY + p for p in m.parties)])
    starts: dict[int, int] = {}  # sentence index -> where its evidence starts (as the meetings' do)
    best: dict[tuple[str, str], tuple[float, Candidate]] = {}
    for c in candidates(ctx):
        if (c.a, c.b) in covered:
            continue
        if ctx.sentences[c.sentence].root.lemma_ == "be":
            continue  # "A and B are old friends", "A is B's counterpart": a state, no encounter
        if c.sentence not in starts:
            sent = ctx.sentences[c.sentence]
            starts[c.sentence] = make_evidence(ctx.text, sent.start_char, sent.end_char).start
        here = seated.get(starts[c.sentence], set())
        if c.a in here and c.b in here:
            continue  # both seated apart by the rules there ("A and B met C and D, respectively")
        p = model.probability(c.features)
        key = (c.a, c.b) if c.b.startswith(PARTY) else tuple(sorted((c.a, c.b)))
        if p >= model.threshold and p > best.get(key, (0.0, None))[0]:
            best[key] = (p, c)
    out: list[Meeting] = []
    for si, people, sides, joint in _encounters(best, covered):
        if not sides and _all_one_side(ctx, people):
            continue
        meeting = told_meeting(ctx, ctx.sentences[si], joint, people, sides)
        if meeting is not None:
            out.append(meeting)
    date_added_meetings(ctx, meetings, out)
    return [m for m in out if not _folded_into_told(ctx, m, meetings)]


def _all_one_side(ctx: ArticleContext, people: list[str]) -> bool:
    """Are all of `people` known to speak for one side (by the text, else by the gazetteer of
    well-known negotiators)? Then the model's guess is a side's own team named together ("A
    and his envoys B and C briefed ..."), not a meeting across the table."""
    sides = {ctx.country_of(p) or known_side(p) for p in people}
    return len(sides) == 1 and None not in sides


def _folded_into_told(ctx: ArticleContext, new: Meeting, meetings: list[Meeting]) -> bool:
    """"A and B held talks on Sunday, mediated by C": the model's meeting of A, B and C is the
    rules' meeting of A and B told in the same sentence, with C seated too (one encounter, not
    two). "During a meeting, A told China's B ...": the rules' meeting of A with China is the
    model's meeting of A and B. Folds `new` into such a meeting (extending it in place) and says
    whether it did. (Not into a one-person meeting whose sides are not the new people's: "A met
    officials from X and Y" tells those pairs.)"""
    if new.evidence is None:
        return False
    for m in meetings:
        if m.evidence is None or m.evidence.start != new.evidence.start or m.status != new.status \
                or not set(m.participants) < set(new.participants) or m.date not in (None, new.date):
            continue
        added = [p for p in new.participants if p not in m.participants]
        if len(m.participants) < 2 and not all(ctx.country_of(p) in m.parties for p in added):
            continue
        m.participants.extend(added)
        m.parties.extend(p for p in new.parties if p not in m.parties)
        m.date = m.date or new.date
        return True
    return False


def _encounters(best: dict[tuple[str, str], tuple[float, Candidate]],
                covered: set[tuple[str, str]]) -> list[tuple[int, list[str], list[str], "Token"]]:
    """The accepted pairs as encounters (sentence, people, sides, joining word): people of one
    sentence whose every pair is accepted or told already are one meeting, not one per pair
    (three ministers at one table are one event in the graph); a person with a side is one of
    its own."""
    groups: list[tuple[int, list[str], list[str], "Token"]] = []

    def paired(x: str, y: str) -> bool:
        return tuple(sorted((x, y))) in best or (x, y) in covered

    for (a, b), (_, c) in sorted(best.items(), key=lambda kv: (kv[1][1].sentence, -kv[1][0])):
        if b.startswith(PARTY):
            groups.append((c.sentence, [a], [b[len(PARTY):]], c.joint))
            continue
        host = next((g for g in groups if g[0] == c.sentence and not g[2]
                     and all(paired(m, n) for m in g[1] for n in (a, b) if m != n)), None)
        if host is None:
            groups.append((c.sentence, [a, b], [], c.joint))
        else:
            host[1].extend(x for x in (a, b) if x not in host[1])
    return groups
