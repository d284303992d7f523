"""The meeting word of a sentence (`_trigger`): the verb or noun that reports an encounter
("met", "held talks with", "spoke by phone", "summit"), the news idioms that do the same
("sat down with X", "at the table with X", "A and B talked"), and when a meeting noun only
dates the clause ("before the talks") or is an appeal ("a call for ...").

Why apart: every later step starts from this word; these functions read one sentence and
keep no state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..context import ArticleContext, unique
from ..lexicon import PLACES, ROLE_WORDS
from ..parties import canonical_party
from .lexicon import (
    MEETING_NOUNS, MEETING_VERBS, _AUDIENCE, _COUNTS, _DEAL_NOUNS, _DEAL_VERBS, _DELEGATION_NOUNS,
    _EXCHANGE_NOUNS, _HANDED_THINGS, _HANDING_VERBS, _HOSTED_GROUPS, _LINES, _NOT_MEETING_OBJ,
    _PEOPLE_NOUNS, _SEATS_OF_POWER, _SESSION_VERBS, _TEMPORAL_PREPS, _TIME_UNITS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token


def _apart_meeting_words(sent: "Span", words: "set[int]") -> bool:
    """Two meeting words, neither inside the other's phrase ("meet with A and also hold talks
    with B", not "met A during talks with B")."""
    if len(words) < 2:
        return False
    doc = sent.doc
    toks = [doc[i] for i in words]
    return all(a.i not in {x.i for x in _ancestors(b, 8)} and b.i not in {x.i for x in _ancestors(a, 8)}
               for a in toks for b in toks if a.i < b.i)


def _own_meeting_word(sent: "Span", pos: int) -> "int | None":
    """The meeting verb or noun a name at `pos` (offset in the sentence) hangs from, within
    four steps up ("meet with A": meet; "hold talks with B": talks)."""
    tok = next((t for t in sent if t.idx - sent.start_char == pos), None)
    for a in _ancestors(tok, 4) if tok is not None else []:
        if (a.pos_ == "VERB" and a.lemma_.lower() in _SESSION_VERBS) or \
                (a.pos_ == "NOUN" and a.lower_ in MEETING_NOUNS):
            return a.i
    return None


def _in_temporal_prep(t: "Token") -> bool:
    """"before the talks", "ahead of the summit", "after talks on Saturday": the noun names
    another event that only dates the clause."""
    h = t.head
    if h.dep_ == "prep" and h.lower_ in _TEMPORAL_PREPS:
        return True
    return h.lower_ in ("of", "to") and h.head.lower_ in ("ahead", "prior")


def _dates_a_step(t: "Token") -> bool:
    """"... before beginning talks with Y": talks named only to date another step."""
    return t.head.dep_ == "pcomp" and t.head.head.lower_ in _TEMPORAL_PREPS and t.head.head.lower_ != "during"


def _trigger(sent: "Span", skip: "set[int] | None" = None) -> "Token | None":
    """The word that reports a meeting in this sentence, or None. Tokens in `skip` are not
    considered; a meeting noun that only dates the clause ("before the talks") is taken
    only when the sentence has no other meeting word."""
    skip = skip or set()
    best = _trigger_scan(sent, skip)
    if best is not None and best.pos_ == "NOUN" and best.dep_ == "nsubj" and \
            best.head.lemma_.lower() in ("follow", "come", "precede") and \
            any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these")) or c.dep_ == "poss"
                for c in best.children):
        # "The phone talks followed an in-person meeting ...": the told talks date a new one
        other = _trigger_scan(sent, skip | {best.i})
        if other is not None and (other.head.i == best.head.i or (
                other.head.dep_ == "prep" and other.head.lower_ in ("after", "before") and
                other.head.head.i == best.head.i) or (
                other.head.lower_ in ("during", "at") and any(
                    c.dep_ == "dobj" and other.i in {x.i for x in c.subtree} for c in best.head.children)) or (
                other.dep_ == "relcl" and other.head.dep_ == "dobj" and other.head.head.i == best.head.i)):
            return other  # (also "The talks followed X's request, made during a meeting with Y";
            # "... follow an engagement where A met B late Thursday": the clause that tells it)
    if best is not None and best.pos_ in ("NOUN", "PROPN") and _in_temporal_prep(best):
        other = _trigger_scan(sent, skip | {best.i}, nouns_in_prep=False)
        if other is not None and not (best.head.lower_ == "during"
                                      and (_dates_a_step(other) or _told_at_another_time(other))):
            return other  # (but "During a call with X, Y stressed ... before beginning talks": the call;
            # "... during a summit where he hosted A, two days after he met B": the summit)
    return best


def _marked_clause(verb: "Token", marks: "tuple[str, ...]") -> bool:
    """A verb heading an adverbial clause opened by one of `marks` ("as Y met Z", "after he met B")."""
    return verb.pos_ == "VERB" and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def _past_perfect(verb: "Token") -> bool:
    """"had travelled", "who had presented": done before the time the story tells."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _told_at_another_time(verb: "Token") -> bool:
    """A meeting verb in a clause of another time ("two days after he met B")."""
    return _marked_clause(verb, ("after", "before", "since"))


def _told_meeting_before(sent: "Span") -> bool:
    """Does the sentence just before speak of a meeting ("talks were planned in a larger group")?"""
    doc = sent.doc
    if sent.start == 0:
        return False
    prev = doc[sent.start - 1].sent
    return any(t.lower_ in MEETING_NOUNS and t.pos_ in ("NOUN", "PROPN") for t in prev)


def _named_visit(t: "Token") -> bool:
    """A visit noun told with its visitor (a named person: "X's visit", "a visit by X") and the
    country or capital visited ("to Turkey", "to Washington")."""
    to = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
          if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
    if not to or (t.head.lower_ == "of" and t.head.head.lower_ in ("time", "eve", "anniversary", "wake")):
        return False  # ("a reporter there at the time of a visit by X": the visit only dates the clause)
    return any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in t.children) or any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.ent_type_ == "PERSON" for g in c.children)
        for c in t.children)


def _face_to_face(t: "Token") -> bool:
    """"a face-to-face with X": the noun written as three words and hyphens, owned or told
    with whom ("his last face-to-face with B"), not "face-to-face talks" (the talks speak)."""
    doc = t.doc
    if t.i + 4 >= len(doc) or [x.text for x in doc[t.i + 1:t.i + 5]] != ["-", "to", "-", "face"]:
        return False
    nxt = doc[t.i + 5] if t.i + 5 < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN":
        return False
    return any(c.dep_ in ("poss", "det") for c in t.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in t.children)


def _called_on(t: "Token") -> bool:
    """"X called on the prime minister Y", "... when Y called on him": a visit paid to a person
    (not "called on Y to act", a demand)."""
    on = next((c for c in t.children if c.dep_ in ("prep", "prt") and c.lower_ == "on"), None)
    if on is None or any(c.dep_ in ("xcomp", "ccomp") for c in t.children):
        return False
    who = next((c for c in on.children if c.dep_ == "pobj"), None)
    if who is None and on.dep_ == "prt":
        who = next((c for c in t.children if c.dep_ == "dobj"), None)
    if who is None or any(c.dep_ in ("acl", "relcl") and c.tag_ == "TO" for c in who.children) or any(
            c.dep_ == "aux" and c.lower_ == "to" for x in who.children for c in x.children):
        return False
    return who.ent_type_ == "PERSON" or who.lower_ in ("him", "her") or (
        who.pos_ == "PROPN" and who.ent_type_ not in ("GPE", "ORG", "NORP")) or any(
        x.ent_type_ == "PERSON" for x in who.subtree)


def _trigger_scan(sent: "Span", skip: set[int], nouns_in_prep: bool = True) -> "Token | None":
    best = None
    for t in sent:
        if t.i in skip:
            continue
        low, lem, pos = t.lower_, t.lemma_.lower(), t.pos_
        if not (pos in ("NOUN", "PROPN") and (low in MEETING_NOUNS or low in ("conference", "engagement", "engagements"))
                or pos in ("VERB", "AUX") and (lem in MEETING_VERBS or lem in ("sit", "spend"))):
            if low == "visit" and pos == "NOUN" and _named_visit(t):
                best = best or t  # "X's state visit to Turkey", "a visit to Washington by X"
            elif low == "face" and pos == "NOUN" and _face_to_face(t):
                best = best or t  # "his last face-to-face with Putin occurred on April 25"
            elif lem == "call" and pos == "VERB" and _called_on(t):
                best = best or t  # "X called on the prime minister": a courtesy visit
            elif low == "present" and t.dep_ == "acomp" and t.head.lemma_ == "be" and not list(t.children) \
                    and _told_meeting_before(sent):
                best = best or t  # "... talks were planned. A, B and C will also be present": at those talks
            elif low == "reception" and pos == "NOUN" and t.dep_ == "nsubjpass" and t.head.lemma_ == "attend":
                best = best or t  # "X received Y ... The reception was attended by A and B": at that meeting
            continue  # no meeting word (the tests below are costly; most tokens fail this one)
        if not nouns_in_prep and t.pos_ in ("NOUN", "PROPN") and _in_temporal_prep(t):
            continue
        video_conf = low == "conference" and t.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("video", "phone", "telephone") for c in t.children)
        engagement = low in ("engagement", "engagements") and t.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in ("bilateral", "trilateral", "high-level") for c in t.children)
        # ("during their bilateral engagement held in Nairobi": a meeting)
        if t.pos_ in ("NOUN", "PROPN") and (low in MEETING_NOUNS or video_conf or engagement):
            if t.dep_ == "compound":
                continue  # "his negotiation team": a modifier; "a phone call": the head noun speaks for both
            if low in ("call", "calls") and not _call_is_meeting(t):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.lemma_.lower() in ("government", "cabinet", "council", "parliament", "party", "leadership",
                                         "board", "committee") for g in c.children) for c in t.children):
                continue  # "an emergency meeting of the Swiss government": one side's own session
            if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in (
                    "taskforce", "cabinet", "party", "committee", "board", "staff", "internal", "strategy",
                    "government", "parliamentary")
                   for c in t.children):
                continue  # "presiding over a taskforce meeting", "a cabinet meeting": one side's own
            if t.head.lower_ == "for" and t.head.head.lemma_.lower() in _DELEGATION_NOUNS and any(
                    a.dep_ == "appos" for a in _ancestors(t, 6)):
                continue  # "X, a member of the delegation for the swap talks, said ...": a post, not a meeting told
            if t.head.lower_ == "for" and t.head.head.lower_ in ("time", "room", "way", "window", "opportunity",
                                                                   "chance", "door", "path", "space"):
                continue  # "allowing time for negotiations": talks made possible, not told
            if low in ("talk", "round", "session", "discussion", "discussions", "dialogue") and not \
                    _noun_has_meeting_context(t):
                continue
            if low == "phone" and not any(c.lower_ in ("call", "talks", "conversation") for c in [t.head]):
                continue
            if any(c.lower_ in ("multiple", "several", "many", "numerous", "various", "countless")
                   for c in list(t.children) + list(t.head.children) if c.dep_ in ("amod", "nummod")):
                continue
            counted = t if t.lower_ in ("rounds", "meetings", "sessions") else (
                t.head.head if t.head.lower_ == "of" and t.head.head.lower_ in ("rounds", "sessions") else None)
            if counted is not None and any(c.dep_ == "nummod" and c.lower_ in _COUNTS for c in counted.children):
                continue  # "the sides have held two separate rounds of talks": a tally, not one meeting
            best = best or t
        elif t.pos_ == "VERB" and _sat_down_or_spent_time_with(t):
            best = best or t  # "sat down with X", "spent about 45 minutes with X"
        elif t.pos_ in ("VERB", "AUX") and lem in MEETING_VERBS:
            joined = [c for c in t.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
            if lem == "join" and joined and any(
                    c.dep_ == "prep" and c.lower_ == "in" and any(
                        g.ent_type_ in ("GPE", "LOC", "FAC") or g.text in PLACES for g in c.children)
                    for c in list(t.children) + list(joined[0].children)) and any(
                    c.dep_ == "nsubj" and c.lower_ in ("leaders", "ministers", "officials") for c in t.children):
                return t if best is None else best  # "European leaders joined X in Kyiv on Saturday"
            if lem in ("hold", "have", "join", "attend"):
                objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
                if not objs and t.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in t.children):
                    # "X said the discussions on Friday were held with ...": the parser hung the
                    # talks on "said" as its object; they are what "were held"
                    objs = [c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i]
                if not any(o.lower_ in MEETING_NOUNS or (o.lower_ == "conference" and any(
                        c.lower_ in ("video", "phone", "telephone") for c in o.children)) or (o.lower_ in _EXCHANGE_NOUNS and (any(
                        c.lower_ in ("with", "between") for c in o.children) or _remote_contact(t, o))) for o in objs):
                    continue
                return t if best is None else best
            if lem == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in _NOT_MEETING_OBJ
                                     for c in t.children):
                continue
            if lem in ("talk", "speak") and not any(c.lower_ in ("with", "to", "by") for c in t.children) and \
                    not _pair_subject(t):
                continue
            if lem == "negotiate" and not any(c.lower_ in ("with", "between") for c in sent[t.i - sent.start:]) and not any(
                    c.dep_ == "nsubj" and (any(g.dep_ == "conj" for g in c.children) or
                                           c.lower_ in ("sides", "delegations", "teams", "negotiators"))
                    for c in t.children):
                continue  # "instructed us to negotiate in the best way": no encounter told
            if any(c.lower_ == "times" and any(g.lower_ in ("multiple", "several", "many", "numerous", "countless")
                                               for g in c.children) for c in t.children):
                continue  # "have spoken multiple times by phone": contacts, not one meeting
            if lem in ("talk", "speak") and any(
                    g.lemma_.lower() in _AUDIENCE for c in t.children if c.lower_ in ("with", "to")
                    for g in c.children):
                continue  # "spoke to reporters" is a press contact, not a meeting
            if lem == "convene" and any(c.dep_ == "dobj" for c in t.children):
                continue  # "convened a panel" is not two sides meeting
            if lem == "discuss" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children) and not any(
                    p.dep_ == "prep" and p.lower_ == "with" and any(
                        g.ent_type_ == "PERSON" or g.lemma_.lower() in _PEOPLE_NOUNS for g in p.children)
                    for c in t.children if c.dep_ == "dobj" for p in c.subtree) and not any(
                    c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in t.children):
                continue  # (but "she and X had discussed ...": the two discussed together)
            if lem == "visit" and not _pair_subject(t) and not any(c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC", "FAC", "PERSON") or c.text in PLACES or (
                    c.pos_ == "PROPN" and canonical_party(c.text) is not None) or (
                    c.lower_ in _SEATS_OF_POWER and (c.lower_ != "house" or any(g.lower_ == "white" for g in c.children))) or (
                    c.lower_ in ROLE_WORDS and c.tag_ == "NN" and any(g.dep_ == "det" and g.lower_ == "the" for g in c.children)))
                                          for c in t.children):
                continue
            if lem == "visit" and any(c.dep_ == "dobj" and len(c.conjuncts) >= 2 for c in t.children):
                continue  # "he has visited Turkey, France, Egypt and Qatar": a tour, no one meeting
            if lem in ("welcome", "receive") and not any(c.dep_ in ("dobj", "nsubjpass") and _a_person_object(c)
                                                         for c in t.children) \
                    and not _received_in_audience(t):  # (also "the French leader was welcomed by Xi")
                continue  # "X welcomed / received Y (in person)", not "welcomed the decision", "received a letter"
            if lem == "host" and not any(c.dep_ == "dobj" and (
                    c.ent_type_ in ("PERSON", "NORP", "GPE") or c.lower_ in _HOSTED_GROUPS or
                    any(g.ent_type_ in ("NORP", "GPE") for g in c.children if g.dep_ in ("amod", "compound")))
                    for c in t.children):
                continue
            best = best or t
    if best is None:
        lemmas = [(t, t.lemma_.lower()) for t in sent if t.i not in skip]
        for t, lem in lemmas:
            if lem == "shake" and any(
                    c.dep_ == "dobj" and c.lower_ == "hands" for c in t.children) and \
                    any(g.lower_ == "with" for c in t.children for g in [c] + list(c.children)):
                return t  # "X shook hands with Y": an in-person encounter
        for t, lem in lemmas:
            if _at_the_table_with(t):
                return t.head.head  # "X found himself at the negotiating table with Y"
        for t, lem in lemmas:
            if lem in _HANDING_VERBS and _handed_in_person(t):
                return t  # "A gave B an updated offer", "A handed the proposal to B"
            if lem in _DEAL_VERBS and (
                    t.head.lemma_.lower() in _DEAL_NOUNS or
                    any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _DEAL_NOUNS
                        for c in t.children)):
                return t
    return best


def _handed_in_person(t: "Token") -> bool:
    """A named person hands a named person a negotiating paper ("A gave B an updated offer",
    "A presented the proposal to B"): the two met."""
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN") or not any(
            c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in t.children):  # (told as done)
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _HANDED_THINGS for c in t.children):
        return False
    return any((c.dep_ == "dative" and c.ent_type_ == "PERSON") or (
        c.dep_ in ("dative", "prep") and c.lower_ == "to" and any(g.ent_type_ == "PERSON" for g in c.children))
        for c in t.children)


def _sat_down_or_spent_time_with(t: "Token") -> bool:
    """News idioms of a meeting: "sat down with X", "spent about 45 minutes with X"."""
    lem = t.lemma_.lower()
    if lem not in ("sit", "spend"):
        return False
    with_prep = any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
                    for c in t.children)
    if not with_prep:
        return False
    if lem == "sit":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in t.children)
    if lem == "spend":
        return any(c.dep_ in ("dobj", "npadvmod") and c.lower_ in _TIME_UNITS for c in t.children)
    return False


def _at_the_table_with(t: "Token") -> bool:
    """"sat / was back / found himself at the (negotiating) table with X", "returned to the
    bargaining table with X": the table word of a clause whose verb also has X, a named person,
    as its "with" partner."""
    if t.lower_ != "table" or t.head.lower_ not in ("at", "to") or t.head.dep_ != "prep" \
            or t.head.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = t.head.head
    if t.head.lower_ == "to" and verb.lemma_.lower() not in ("return", "come", "go", "head", "get"):
        return False
    withs = [c for h in (verb, t) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
    return any(g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or g.pos_ == "PROPN") for w in withs for g in w.children)


def _remote_contact(verb: "Token", noun: "Token") -> bool:
    """"A and his counterpart B had a contact over the hotline": a contact by a line, between
    two subjects joined by "and", is a call."""
    by_line = any(c.dep_ == "prep" and c.lower_ in ("over", "by", "via", "on") and any(
        g.lower_ in _LINES for g in c.children) for c in noun.children)
    joint = any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)
    return by_line and joint


def _pair_subject(t: "Token") -> bool:
    """"A and B talked (for an hour)": two named people as the joint subject."""
    for c in t.children:
        if c.dep_ == "nsubj" and c.pos_ == "PROPN" and any(
                g.dep_ == "conj" and g.pos_ == "PROPN" and "PERSON" in (g.ent_type_, c.ent_type_)
                for g in c.children):
            return True  # (spaCy may call one of the two an organisation)
    return False


def _call_is_meeting(t: "Token") -> bool:
    """"call" the noun is a phone call unless it is a "call for ..." (an appeal)."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            return False
        if c.dep_ == "amod" and c.lower_ in ("final", "right", "tough", "close", "judgment", "wake-up"):
            return False  # "the final call on X" is a decision
    if t.head.lemma_ in ("make", "issue", "renew", "echo", "answer", "heed", "repeat"):
        return any(c.lower_ in ("phone", "telephone") for c in t.children)
    return True


# The people of a side named by their post in the plural ("discussions with EU commissioners").
_COUNTERPART_NOUNS = frozenset({"official", "commissioner", "counterpart", "minister", "leader", "negotiator",
                                "representative", "delegation", "delegate", "diplomat", "envoy", "authority"})


def _noun_has_meeting_context(t: "Token") -> bool:
    """"round"/"session"/"talk" count only with talks-like modifiers or a meeting verb."""
    words = {c.lower_ for c in t.subtree}
    if words & {"talks", "negotiations", "negotiation", "meeting", "meetings", "consultations",
                "ministerial", "bilateral", "direct", "peace"}:
        return True
    if t.head.lemma_ in ("hold", "begin", "start", "conclude", "end", "open", "resume", "host", "reconvene"):
        return True
    if t.head.lemma_ == "take" and any(c.lower_ == "place" for c in t.head.children):
        return True  # "the second round took place in Rome"
    if t.lower_ in ("discussion", "discussions", "talk") and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and (
                g.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or g.lemma_.lower() in _COUNTERPART_NOUNS and any(
                    m.dep_ in ("compound", "amod") and m.ent_type_ in ("GPE", "NORP", "ORG") for m in g.children))
                for g in c.children) for c in t.children):
        return True  # "following discussions with Foreign Minister X / with EU commissioners": an encounter
    if t.dep_ == "oprd" and any(c.dep_ == "dobj" and c.lower_ == "what" for c in t.head.children) and \
            t.head.head.lemma_.lower() in ("hold", "have", "conduct"):
        return True  # "after holding what he called cordial discussions with X"
    if t.head.lower_ == "in" and t.head.head.lemma_.lower() in ("engage", "participate") and \
            t.lower_ in ("discussion", "discussions", "dialogue", "talk"):
        return True  # "Scholz, Habeck and Lindner have engaged in discussions to ...": they talked
    if t.head.lower_ == "during" and t.lower_ in ("discussion", "discussions", "talk", "session"):
        return True  # "he told X so during a prior discussion on July 24"
    if t.head.lower_ in ("in", "during") and t.head.dep_ == "prep" and t.head.head.pos_ == "VERB" and any(
            c.dep_ == "det" and c.lower_ in ("those", "these", "the") for c in t.children):
        return True  # "In those discussions, X urged Y to ...": the told talks, with X and Y in them
    # "the discussions are set to resume on Monday": the subject of a verb of (re)starting
    return t.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "xcomp" and c.lemma_ in ("resume", "reconvene", "continue", "begin", "start")
        for c in t.head.children)


def _titled_group(ctx: ArticleContext, sent: "Span") -> list[str]:
    """"talks of both countries' chief negotiators": the people whose title has that
    role word ("India's chief negotiator X"), told anywhere in the article."""
    for g in sent:
        if g.lower_ not in ("negotiators", "envoys", "ministers") or not any(
                c.dep_ in ("amod", "compound") for c in g.children):
            continue
        role = g.lower_[:-1]
        roles = (role, "secretary") if role == "minister" else (role,)  # (a "Foreign Secretary" is a foreign minister)
        mods = [c.lower_ for c in g.children if c.dep_ in ("amod", "compound")]
        found = [p for p in ctx.people if p.title and any(r in p.title.lower() for r in roles)
                 and all(m in p.title.lower() for m in mods)]
        # "foreign ministers from A, B and C": the ones of those sides, one each
        sides = ctx.parties_in(g.idx, g.right_edge.idx + len(g.right_edge.text)) if any(
            c.dep_ == "prep" and c.lower_ in ("from", "of") for c in g.children) else []
        of_sides = [p for p in found if p.country in sides]
        if len(sides) >= 2 and of_sides:
            return unique([p.name for p in of_sides])[:len(sides)]
        if found:
            return [p.name for p in found[:2]]
    return []


# --------------------------------------------------------------------------- people/parties
def _ancestors(t: "Token", limit: int = 12) -> list["Token"]:
    out = []
    h = t
    while h.head != h and len(out) < limit:
        h = h.head
        out.append(h)
    return out


def _verb_above(t: "Token") -> "Token | None":
    """The first verb among a token's heads (six at most), or None."""
    return next((a for a in _ancestors(t, 6) if a.pos_ in ("VERB", "AUX")), None)


def _under_one_verb(a: "Token", b: "Token") -> bool:
    """Do two words hang on the same first verb above them (or both on none)?"""
    va, vb = _verb_above(a), _verb_above(b)
    return (va.i if va is not None else -1) == (vb.i if vb is not None else -1)


def _received_in_audience(verb: "Token") -> bool:
    """"X received in audience His Excellency Y", "X received on Wednesday the head of the bloc,
    Y": the person received, hung by the parser on the verb (or on the day) as something other
    than its object."""
    if any(c.dep_ == "prep" and c.lower_ == "on" and any(
            g.ent_type_ == "DATE" and any(a.dep_ == "appos" and _a_person_object(a) for a in g.children)
            for g in c.children) for c in verb.children):
        return True  # "X received on Wednesday the head of the bloc, Y": the guest hung on the day
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "audience" for g in c.children)
               for c in verb.children) and any(
        c.ent_type_ == "PERSON" and c.dep_ in ("npadvmod", "dobj", "oprd", "attr", "appos") for c in verb.children)


def _a_person_object(obj: "Token") -> bool:
    """'received Y', 'welcomed him', 'received her counterpart, Y', 'received the Swedish
    minister': a person, not a letter or a decision."""
    return obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her", "them") \
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children) \
        or obj.lemma_.lower() in ("counterpart", "delegation", "envoy", "minister", "president", "premier", "leader")
