"""Candidate names and whether they name a person here: the shape of a name (tags,
capitals, particles, hyphenated given names), expanding a name over its tokens and trimming
titles and party words off it, and the tests that reject a candidate (a place, an institution,
a party, a word of the lexicon, a slot no person fills).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..leaders import known_side
from ..lexicon import FIRM_NOUNS, HONORIFICS, NOT_NAME_WORDS, ORG_TAILS, PARTICLES, PLACES, PLACE_PHRASES, ROLE_WORDS
from ..parties import canonical_party
from ..sides import firm_post_after, listed_name_rest
from .lexicon import (
    ABBREVIATED_GIVEN, _AREA_NOUNS, _BODY_HEADS, _BODY_NOUNS, _BUILDING_WORDS, _CIVIL_POSTS, _COMPASS,
    _COUNTRY_GIVEN_NAMES, _COUNTRY_SURNAMES, _FIRM_OWNED, _GEO_HEADS, _HOLD_VERBS, _HYPHEN_GIVEN_FIRSTS,
    _INSTITUTION_NOUNS, _KIN, _KUNYA, _MINDING_VERBS, _MIND_VERBS, _NAME_POS, _OPENING_PARTICIPLES,
    _OPENING_VERBS, _PACT_HEADS, _PERSONAL_NOUNS, _PLACE_CLASSES, _PLACE_HEADS, _PLACE_PLURALS, _PORTFOLIOS,
    _POST_OPENERS,
    _REGIONS, _SLOT_NOUNS, _SLOT_VERBS, _SOURCE_NOUNS, _TEAM_NOUNS, _TRIP_NOUNS,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


def _name_pos(t: "Token") -> bool:
    """Tagged like a name, or a capitalised word with letters outside ASCII ("Nguyễn"), which
    the English tagger may call anything but which is no English word."""
    if t.text in ("To", "Do") and not t.is_sent_start and t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ == "PROPN":
        return True  # "To Lam": tagged ADP, but capitalised inside a sentence before a name
    return t.pos_ in _NAME_POS or (t.text[:1].isupper() and any(ord(c) > 127 and c.isalpha() for c in t.text))


@dataclass
class _Rec:
    """A person being assembled from mentions."""

    name: str
    toks: list[str]
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    first: int = 10**9
    in_body: bool = False
    by_government: bool = False  # named only through "the X administration"


def _is_role(t: "Token") -> bool:
    low = t.lower_  # (read once: this runs on every token of the article, several times)
    return low in ROLE_WORDS or low.rstrip(".") in ("gen", "adm") and not _given_gen(t) \
        or t.text == "CM" \
        or low == "amir" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "sheikh"
    # ("CM": Indian "Chief Minister"; "Kuwait's Amir Sheikh X": the Gulf spelling of "emir",
    # a title only before "Sheikh", since Amir is also a given name)


def _given_gen(t: "Token") -> bool:
    """"Defence Minister Gen Nakatani": 'Gen' with no full stop right after a post is a given
    name, not a general's rank stacked on the post."""
    return t.text == "Gen" and t.i > 0 and t.doc[t.i - 1].lower_ in _CIVIL_POSTS \
        and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text[:1].isupper()


def _plural_post(low: str) -> bool:
    """"Governors", "Ministers": a post word in the plural (a list of holders follows)."""
    return low.endswith("s") and low[:-1] in ROLE_WORDS


_JOINED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "M.K.", "C.V."


def _namey(t: "Token", party_tok: set[int]) -> bool:
    """Could this token be part of a person's name?"""
    s = t.text
    if not s or not s[0].isupper() or t.i in party_tok:
        return False
    if any(ch.isdigit() for ch in s) or t.is_punct:
        return False
    if len(s) == 2 and s[1] == "." and s[0].isalpha():
        return True  # "A. K. Abdul Momen": an initial with its dot, even one that spells a small word
    if len(s) in (4, 6) and s[1] == "." and _JOINED_INITIALS.fullmatch(s) and t.i + 1 < len(t.doc) \
            and t.doc[t.i + 1].text[:1].isupper():
        return True  # "M.K. Stalin", "C.V. Ganesan": initials written as one token, before a name
    if s == "A" and 0 < t.i < len(t.doc) - 2 and _is_role(t.doc[t.i - 1]) and t.doc[t.i - 1].text[:1].isupper() \
            and all(x.pos_ == "PROPN" and x.text[:1].isupper() and x.lower_ not in NOT_NAME_WORDS
                    for x in t.doc[t.i + 1:t.i + 3]):
        return True  # "Chief Minister A Revanth Reddy": an initial without its dot after a post
    low = t.lower_.rstrip(".")
    if low in ("to", "do") and s in ("To", "Do") and not t.is_sent_start and t.i + 1 < len(t.doc) and \
            t.doc[t.i + 1].pos_ == "PROPN" and t.doc[t.i + 1].text[:1].isupper() and t.i > 0 and \
            (_is_role(t.doc[t.i - 1]) or t.doc[t.i - 1].pos_ == "PROPN"):
        return True  # Vietnamese "To Lam", "Do Hung Viet": capitalised mid-sentence after a title
    if low == "sheikh" and t.ent_type_ == "PERSON" and t.ent_iob_ == "I" and 0 < t.i < len(t.doc) - 1 and \
            t.doc[t.i + 1].ent_type_ == "PERSON" and not _is_role(t.doc[t.i - 1]) and t.doc[t.i - 1].lower_ not in HONORIFICS:
        return True  # "Hassan Sheikh Mohamud": inside a name, a given name rather than the title
    if low in ("may", "jun", "june", "august", "april") and t.ent_type_ == "PERSON" and t.ent_iob_ == "I" \
            and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num):
        return True  # "Theresa May", "Wang Jun": a month's name as the last part of a tagged name (not "Jun 5")
    if low in ("king", "prince") and t.ent_type_ == "PERSON" and t.ent_iob_ == "I" and t.i + 1 < len(t.doc) \
            and not t.doc[t.i + 1].text[:1].isupper() and t.doc[t.i - 1].ent_type_ == "PERSON" \
            and not _is_role(t.doc[t.i - 1]) and t.doc[t.i - 1].lower_ not in ("crown", "the"):
        return True  # "Siptu's John King": a surname that is a royal title, last in the name
    if low in NOT_NAME_WORDS or _is_role(t) or t.lower_ in HONORIFICS and not _given_gen(t) or _plural_post(low):
        return False  # (also a plural post: "Deputy Governors A and B")
    if t.is_sent_start and (t.tag_ == "VBG" and low.endswith("ing") and len(low) > 5 or low in _OPENING_PARTICIPLES):
        return False  # "Echoing X, the minister said ...": a participle opening the sentence
    if s.isupper() and len(s) > 3:  # headlines/datelines in capitals
        return False
    if re.fullmatch(r"[A-Z]{2,}s", s):
        return False  # "DGMOs", "MPs": a plural acronym
    return True


def _glossed(doc: "Doc", e: int) -> "int | None":
    """If a bracketed gloss of at most eight words opens at `e` ("(Energy)", "(Climate and
    Water)"), the index after its closing bracket, else None."""
    if e >= len(doc) or doc[e].text != "(":
        return None
    for k in range(e + 1, min(e + 10, len(doc))):
        if doc[k].text == ")":
            return k + 1 if k > e + 1 else None
        if doc[k].text in ("(", ".", ";") or doc[k].is_sent_start:
            return None
    return None


def _glossed_list(doc: "Doc", s: int, e: int, party_tok: set[int]) -> list[tuple[int, int]]:
    """The other glossed names of a list "A B (x), C D (y), and E F (z)" that [s, e) is an item
    of: two to four proper-name tokens, each with its own gloss, joined by commas or "and"."""
    def name_run(k: int, step: int) -> list[int]:
        run = []
        while 0 <= k < len(doc) and len(run) < 5 and doc[k].pos_ == "PROPN" and _namey(doc[k], party_tok) \
                and doc[k].text not in PLACES:
            run.append(k)
            k += step
        return run if 2 <= len(run) <= 4 else []

    out: list[tuple[int, int]] = []
    cur_e = e
    while len(out) < 12:  # forward: "... (x), C D (y)"
        j = _glossed(doc, cur_e)
        if j is None or j >= len(doc) or doc[j].lower_ not in (",", "and"):
            break
        j += 1 + (doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ == "and")
        run = name_run(j, 1)
        if not run or _glossed(doc, run[-1] + 1) is None:
            break
        out.append((run[0], run[-1] + 1))
        cur_e = run[-1] + 1
    cur_s = s
    while len(out) < 24:  # backward: "A B (x), <item>"
        j = cur_s - 1
        if j >= 1 and doc[j].lower_ == "and" and doc[j - 1].text == ",":
            j -= 1
        if j < 1 or doc[j].lower_ not in (",", "and") or doc[j - 1].text != ")":
            break
        k = j - 2
        while k > 0 and doc[k].text != "(" and j - k <= 10:
            k -= 1
        if k <= 0 or doc[k].text != "(" or _glossed(doc, k) != j:
            break
        run = name_run(k - 1, -1)
        if not run:
            break
        out.append((run[-1], run[0] + 1))
        cur_s = run[-1]
    return out


def _names_an_institution(doc: "Doc", e: int) -> bool:
    """Does a run of capitalised words after a name end in an institution's noun ("X Petroleum
    Studies and Research Center", "X International Airport")?"""
    k = e
    while k < len(doc) and k - e < 7 and (doc[k].text[:1].isupper() or doc[k].lower_ in ("and", "of", "for")):
        if doc[k].lower_ in _INSTITUTION_NOUNS and k > e:
            return True
        k += 1
    return False


def _which_named(doc: "Doc", commas: list["Token"]) -> set[str]:
    """Proper names the article goes on about with ", which" ("Fianna Fáil, which won 48 seats")
    and never with ", who": a party, a firm or a place, whatever label the tagger gave it
    (`commas`: the article's comma tokens)."""
    which: set[str] = set()
    who: set[str] = set()
    for t in commas:
        if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("which", "who") and t.i > 0 \
                and doc[t.i - 1].pos_ == "PROPN":
            k = t.i - 1
            while k - 1 >= 0 and doc[k - 1].pos_ == "PROPN":
                k -= 1
            if doc[t.i + 1].lower_ == "who":
                who.add(doc[k:t.i].text)
            elif doc[t.i - 1].dep_ in ("nsubj", "nsubjpass", "conj") and not (k > 0 and _is_role(doc[k - 1])) and any(
                    c.dep_ == "relcl" and c.i > t.i for c in doc[t.i - 1].children):
                which.add(doc[k:t.i].text)  # (not "a meeting with X, which lasted an hour", "minister X,
                # which was joined by ...": the clause is the meeting's)
    return which - who


def _bracketed_after_country(doc: "Doc", brackets: list["Token"], party_tok: set[int],
                             body_start: int) -> list[tuple[int, int]]:
    """"the Prime Ministers of Laos (A B) and Vietnam (C D E)": a two- to four-word name in
    brackets (`brackets`: the article's opening brackets) right after a country that a post
    names is that country's office-holder."""
    out: list[tuple[int, int]] = []
    for t in brackets:
        if t.idx < body_start or t.i == 0 or (t.i - 1) not in party_tok:
            continue
        k = t.i + 1
        while k < len(doc) and k - t.i <= 5 and doc[k].pos_ == "PROPN" and doc[k].is_alpha and _namey(doc[k], party_tok):
            k += 1
        if 2 <= k - t.i - 1 <= 4 and k < len(doc) and doc[k].text == ")" and \
                any(_is_role(doc[j]) or _plural_post(doc[j].lower_) for j in range(max(0, t.i - 8), t.i)):
            out.append((t.i + 1, k))
    return out


def _posted_list_names(doc: "Doc", commas: list["Token"], party_tok: set[int], body_start: int) -> list[tuple[int, int]]:
    """The names of a delegation listed with a post after each ("led by A B, Deputy Minister of X,
    C D, Director of Y, and E F, Spokesperson"): when most of the list's names are people to the
    tagger, the rest are too, even one it folded into an organisation ("the Islamic Emirate, C D").
    `commas`: the article's comma tokens (the list is read from them)."""
    out: list[tuple[int, int]] = []
    by_sent: dict[int, list["Token"]] = {}
    for c in commas:
        if c.idx >= body_start:
            by_sent.setdefault(c.sent.start, []).append(c)
    for start, sent_commas in by_sent.items():
        if len(sent_commas) < 4:
            continue
        sent = sent_commas[0].sent
        posted: list[tuple[int, int]] = []
        for c in sent_commas:
            i = c.i
            if not (sent.start + 2 <= i < sent.end - 2) or not (_is_role(doc[i + 1]) or doc[i + 1].lower_ in _POST_OPENERS):
                continue
            k, run = i - 1, []
            while k >= sent.start and len(run) < 5 and doc[k].pos_ == "PROPN" and doc[k].is_alpha \
                    and _namey(doc[k], party_tok) and doc[k].text not in PLACES:
                run.append(k)
                k -= 1
            if 2 <= len(run) <= 4 and k >= sent.start and doc[k].lower_ in (",", "and", "by"):
                posted.append((k + 1, i))
        people = [(s, e) for s, e in posted if all(doc[j].ent_type_ == "PERSON" for j in range(s, e))]
        if len(posted) >= 3 and 2 * len(people) >= len(posted):
            out.extend((s, e) for s, e in posted if (s, e) not in people
                       and canonical_party(doc[s:e].text) is None and known_side(doc[s:e].text) is None)
    return out


def _particles_then_name(doc: "Doc", i: int, stop: int, party_tok: set[int], step: int) -> int:
    """If tokens from i (moving by step) are particles followed by a name token, return the
    index of that name token, else -1 ("von der Leyen", "bin Farhan")."""
    j = i
    while 0 <= j < len(doc) and j != stop and doc[j].lower_ in PARTICLES:
        j += step
    if j != i and 0 <= j < len(doc) and j != stop and (_namey(doc[j], party_tok) or (
            doc[j - step].lower_ in ("bin", "bint", "ibn") and doc[j].text[:1].isupper() and doc[j].is_alpha
            and doc[j].i not in party_tok)):
        return j  # (a father's name may be a title word: "bint Bandar bin Sultan")
    if step == 1 and j != i and j + 1 < len(doc) and j + 1 != stop and doc[j].text in ("-", "\u2010") \
            and doc[j - 1].lower_ in ("al", "el") and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
            and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha:
        return j + 1  # "Abdulmalik al-Houthi": a family name glued to "al-", though it spells a side's name
    return -1


def _surname_pronoun(doc: "Doc", i: int) -> bool:
    """"He" in "Vice Premier He Lifeng": a pronoun-shaped surname right after a role word."""
    t = doc[i]
    return (t.text == "He" and i > 0 and _is_role(doc[i - 1]) and i + 1 < len(doc)
            and doc[i + 1].text[:1].isupper() and doc[i + 1].pos_ == "PROPN")


def _expand(doc: "Doc", s: int, e: int, party_tok: set[int]) -> tuple[int, int]:
    """Grow [s, e) over adjacent name tokens/particles/lower-case hyphen parts, in-sentence."""
    sent = doc[s].sent
    while s > sent.start:
        p = doc[s - 1]
        if _namey(p, party_tok) and _name_pos(p) and p.lower_ not in _REGIONS and p.text not in PLACES and \
                not (p.lower_ in _PORTFOLIOS and s - 2 >= sent.start and doc[s - 2].lower_ in ("and", "&")) and \
                not (p.tag_ == "NNPS" and p.ent_type_ != "PERSON") and (  # (not "... and Professional Standards X")
                not p.is_sent_start or (p.pos_ == "PROPN" and p.ent_type_ in ("", "PERSON") and e - s >= 2)):
            # (a sentence may open with the first of three names: "Recep Tayyip Erdogan held ...";
            # "Minister of the Interior and Community X": a portfolio after "and" ends the title)
            s -= 1
        elif _surname_pronoun(doc, s - 1):
            s -= 1
        elif p.text == ")" and s - 3 >= sent.start and doc[s - 3].text == "(" and _namey(doc[s - 2], party_tok) \
                and doc[s - 2].is_alpha and not doc[s - 2].text.isupper():
            s -= 3  # "Commissioner (Dan) Jorgensen": the given name the writer added in brackets
        elif p.lower_ in PARTICLES and _particles_then_name(doc, s - 1, sent.start - 1, party_tok, -1) >= 0:
            s = _particles_then_name(doc, s - 1, sent.start - 1, party_tok, -1)
        elif p.lower_ in PARTICLES and all(doc[k].lower_ in PARTICLES for k in range(sent.start, s)) \
                and doc[sent.start].text[:1].isupper() and not doc[sent.start].text.isupper():
            s = sent.start  # "Von der Leyen urged ...": the particles open the sentence, capitalised
        elif p.text in ("-", "‐") and s - 2 >= sent.start and not p.whitespace_ \
                and not doc[s - 2].whitespace_ and doc[s - 2].lower_ in PARTICLES:
            s -= 2  # "al-Busaidi", "bin-Salman"
        elif p.text in ("-", "‐") and s - 2 >= sent.start and not p.whitespace_ \
                and not doc[s - 2].whitespace_ and doc[s - 2].lower_ in _HYPHEN_GIVEN_FIRSTS:
            s -= 2  # "Jean-Pierre Farandou" when the tagger's name starts at "Pierre"
        else:
            break
    while e < sent.end:
        n = doc[e]
        if _namey(n, party_tok) and _name_pos(n):
            e += 1
        elif n.text == "(" and e + 3 < sent.end and doc[e + 2].text == ")" and _namey(doc[e + 1], party_tok) \
                and doc[e + 1].is_alpha and not doc[e + 1].text.isupper() and _namey(doc[e + 3], party_tok) \
                and doc[e + 3].pos_ == "PROPN":
            e += 4  # "Victor (Ito) Bisono": a nickname in brackets between the given name and the surname
        elif n.text in ("'", "’", "‘") and not doc[e - 1].whitespace_ and n.whitespace_ and e + 1 < sent.end \
                and doc[e + 1].lower_ in PARTICLES and doc[e + 1].text[:1].islower():
            # "Mohammed Shia' al-Sudani": an apostrophe ends a word inside the name
            e += 4 if e + 3 < sent.end and doc[e + 2].text == "-" and doc[e + 3].text[:1].isupper() else 1
        elif _hyphen_given(doc, e) and e + 3 <= sent.end:
            e += 3  # "Cheong In-kyo": a given name whose first part reads as a small word
        elif n.lower_ in PARTICLES and _particles_then_name(doc, e, sent.end, party_tok, 1) >= 0:
            e = _particles_then_name(doc, e, sent.end, party_tok, 1) + 1
        elif n.text in ("-", "‐") and not doc[e - 1].whitespace_ and e + 1 < sent.end \
                and doc[e + 1].is_alpha and doc[e + 1].text[0].islower():
            e += 2  # "Duk-geun", "Jae-myung"
        elif n.text in ("-", "‐") and e - s >= 2 and not doc[e - 1].whitespace_ and not n.whitespace_ \
                and e + 1 < sent.end and doc[e + 1].text[:1].isupper() and _namey(doc[e + 1], party_tok) \
                and _name_pos(doc[e + 1]) and doc[e + 1].text not in PLACES \
                and not (e + 2 < sent.end and (doc[e + 2].text[:1].isupper() or doc[e + 2].pos_ == "NOUN")):
            e += 2  # a double-barrelled surname: "Gordana Siljanovska-Davkova" (not "the Xi Jinping-Trump talks")
        elif _place_surname(doc, s, e, sent.end, party_tok):
            e += 2  # "Duncan Crabtree-Ireland": the second half of a surname may spell a country
        elif n.text in ("-", "‐") and e - s == 1 and not doc[e - 1].whitespace_ and not n.whitespace_ \
                and e + 2 < sent.end and doc[e + 1].text[:1].isupper() and doc[e + 2].text[:1].isupper() \
                and _namey(doc[e + 1], party_tok) and _namey(doc[e + 2], party_tok) \
                and _name_pos(doc[e + 1]) and _name_pos(doc[e + 2]):
            e += 2  # a hyphenated given name before the surname: "Kassym-Jomart Tokayev"
        else:
            break
    tail = next((i for i in range(e - 3, s - 1, -1) if doc[i].lower_ in _NAME_ENDING_BODIES
                 and doc[i].text[:1].isupper()), None)
    if tail is not None:
        s = tail + 1  # "Malaysia's Petronas Group Adnan Zainal Abidin": the firm's name ends at "Group"
        # (and a state body's: "Head of the Council Apparatus X", "Chief of the Armed Forces X")
    return s, e


# the last word of a state body's name, never part of a person's ("the Armed Forces", "the NSDC
# Apparatus", "the General Staff", "the Foreign Intelligence Service")
_STATE_BODY_TAILS = _BODY_HEADS | frozenset({"forces", "apparatus", "staff", "service", "office", "administration",
                                              "command", "guard", "police", "army", "navy", "ministries"})
_STATE_BODY_OR_PACT_TAILS = _STATE_BODY_TAILS | _PACT_HEADS
_NAME_ENDING_BODIES = ORG_TAILS | _STATE_BODY_TAILS  # a firm's or a state body's last word


def _place_surname(doc: "Doc", s: int, e: int, end: int, party_tok: set[int]) -> bool:
    """'Ireland' of 'Duncan Crabtree-Ireland': a place name glued by a hyphen, with no space on
    either side, to a name of two words or more, and followed by neither a name nor a noun (so
    "the Modi-Japan summit" and "the Xi Jinping-Putin talks" stay apart)."""
    if e - s < 2 or e + 1 >= end or doc[e].text not in ("-", "‐") or doc[e - 1].whitespace_ \
            or doc[e].whitespace_:
        return False
    place = doc[e + 1]
    after = doc[e + 2] if e + 2 < end else None
    return place.is_alpha and place.text[0].isupper() and (place.text in PLACES or place.i in party_tok) \
        and doc[e - 1].pos_ == "PROPN" and doc[e - 1].text not in PLACES and doc[e - 1].i not in party_tok \
        and (after is None or not (after.text[:1].isupper() or after.pos_ in ("NOUN", "PROPN")))


def _hyphen_given(doc: "Doc", i: int) -> bool:
    """'In' of 'In-kyo', 'Do' of 'Do-hyun': a capitalised short word glued by a hyphen to a
    lower-case syllable, the first half of a Korean given name."""
    return i + 2 < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha and len(doc[i]) <= 3 \
        and not doc[i].whitespace_ and doc[i + 1].text in ("-", "\u2010") and not doc[i + 1].whitespace_ \
        and doc[i + 2].is_alpha and doc[i + 2].text[0].islower() and len(doc[i + 2]) <= 5


def _trim(doc: "Doc", s: int, e: int, party_tok: set[int]) -> tuple[int, int]:
    """Drop leading/trailing tokens that cannot be name tokens."""
    def bad(t: "Token") -> bool:
        return not (_namey(t, party_tok) or t.lower_ in PARTICLES or _surname_pronoun(doc, t.i))
    own = next((i for i in range(s + 1, e) if doc[i].tag_ == "POS" or doc[i].text in ("’s", "'s")), None)
    if own is not None:
        e = own  # "Sir Keir Starmer's Brexit reset": the name ends at the possessive
    while s < e and (bad(doc[s]) or (doc[s].lower_ in PARTICLES and not (
            doc[s].lower_ in _KUNYA and doc[s].text[:1].isupper() and s + 1 < e and doc[s + 1].text[:1].isupper()))):
        s += 1  # (but "Abu Omar al-Idlibi": a name may start with "Abu")
    while e - s > 2 and (doc[s].lower_ in _REGIONS or doc[s].text in PLACES):
        s += 1  # "... Representative for South and Central Asia Brendan Lynch": the region ends the title
    while e - s > 2 and doc[s].lower_ in _PORTFOLIOS and s > 0 and (
            doc[s - 1].lower_ in _PORTFOLIOS or doc[s - 1].lower_ in ("of", "for", "and")):
        s += 1  # "Commissioner for Climate Action Wopke Hoekstra": the portfolio's last word ends the title
    while e > s and (bad(doc[e - 1]) or doc[e - 1].lower_ in PARTICLES):
        if doc[e - 1].is_alpha and doc[e - 1].text[0].islower() and e - 2 > s and doc[e - 2].text == "-":
            break
        if e - 1 > s and _hyphen_given(doc, e - 1):
            break  # "Cheong In" of "Cheong In-kyo"
        e -= 1
    return s, e


# the office of a post ("of the President's Office", "of the Crown Prince's Court")
_OWN_OFFICES = frozenset({"Office", "Court", "Cabinet", "Bureau", "Secretariat", "Diwan"})


def _skip_title_tail(doc: "Doc", j: int) -> int:
    """Skip "of (the) Treasury" / ", " after a role word: the name starts after it
    ("Secretary of the Treasury Scott Bessent", "Ukraine's president, Volodymyr Zelenskiy")."""
    n = len(doc)
    for _ in range(4):  # "Chief of the General Staff of the Armed Forces of Ukraine", "Ambassador of Ukraine to the US"
        if not (j < n and (doc[j].lower_ in ("of", "for", "to") or (
                doc[j].lower_ == "at" and _body_named_at(doc, j + 1 + (j + 1 < n and doc[j + 1].lower_ == "the"))
                is not None) or (
                doc[j].lower_ == "on" and j + 2 < n and doc[j + 2].lower_ == "affairs") or (
                doc[j].lower_ == "in" and j + 2 < n and (doc[j + 1].text in PLACES or
                                                         canonical_party(doc[j + 1].text) is not None)))):
            break  # (also "Advisor on African Affairs X", "Hamas leader in Gaza X")
        k = j + 1
        if k < n and doc[k].lower_ == "the":
            k += 1
        start = k
        body_end = _body_named_at(doc, k)
        if body_end is not None:
            j = body_end  # "of the Socialist Party X", "at the IMF X": a body's name ends the title
            continue
        # "of Industry and Trade", "for Foreign Affairs and Trade": department words and "and"
        while k < n and (_portfolio_word(doc, k, start) or _portfolio_joint(doc, k, start)):
            # ("of Trade, Industry and Competition", "of Industry and Mineral Resources",
            # "of Foreign Affairs and Nigerians Abroad")
            k += 1
        if k > start and k + 1 < n and doc[k].text in ("'s", "’s") and doc[k + 1].text in _OWN_OFFICES:
            k += 2  # "Director General of the Minister's Office X": the office of the post just named
        if k == start:
            break
        j = k
    if j < n and doc[j].text == ",":
        j += 1
    return j


def _portfolio_word(doc: "Doc", k: int, start: int) -> bool:
    """Is word k a capitalised word of a post's portfolio or department ("of Industry and
    Trade", "for Foreign Affairs", "of State")?"""
    t, n = doc[k], len(doc)
    return t.text[:1].isupper() and (
        t.lower_ in NOT_NAME_WORDS or t.lower_ == "state" or t.lower_ in _PORTFOLIOS or t.lower_ in _REGIONS
        or t.text in PLACES or (k + 1 < n and doc[k + 1].lower_ in ("affairs", "abroad"))
        or (k + 1 < n and t.text.isupper() and t.is_alpha and doc[k + 1].lower_ in _PORTFOLIOS)
        or (k + 1 < n and t.is_alpha and doc[k + 1].text[:1].isupper() and doc[k + 1].lower_ in _PORTFOLIOS)
        # (the word before a portfolio word qualifies it: "of European Integration", "of Regional Cooperation")
        or _is_role(t) or canonical_party(t.text) is not None
        or (k > start and canonical_party(f"{doc[k - 1].text} {t.text}") is not None))


def _portfolio_joint(doc: "Doc", k: int, start: int) -> bool:
    """Is word k the "and" / "," between two portfolio words ("of Trade, Industry and
    Competition", "of Foreign Affairs and Nigerians Abroad")?"""
    n = len(doc)
    if not (doc[k].lower_ in ("and", "&", ",") and k > start and k + 1 < n):
        return False
    nxt = doc[k + 1]
    return nxt.text[:1].isupper() and (
        nxt.lower_ in NOT_NAME_WORDS or (doc[k].lower_ != "," and nxt.lower_ in _PORTFOLIOS)
        or (k + 2 < n and doc[k + 2].lower_ == "abroad"))


def _body_named_at(doc: "Doc", k: int) -> "int | None":
    """Where a body's name that opens at `k` ends, when a person's name follows it: an acronym
    ("the PS", "the IMF") or up to four capitalised words ending in a body's head word ("the
    Socialist Party", "the European Department", "the Land Forces"). None when no such name opens
    there."""
    n = len(doc)
    if k + 1 < n and 2 <= len(doc[k].text) <= 5 and doc[k].text.isupper() and doc[k].is_alpha \
            and doc[k + 1].text[:1].isupper() and doc[k + 1].pos_ == "PROPN" \
            and doc[k + 1].lower_ not in _PORTFOLIOS and doc[k + 1].lower_ not in NOT_NAME_WORDS:
        return k + 1  # (not "for FTA Policy X": the acronym is the portfolio's)
    m, words = k, 0
    while m < n - 1 and words < 4:
        t = doc[m]
        if t.text == "-" and m > k and m + 1 < n and _side_word(doc[m - 1]) and _side_word(doc[m + 1]):
            m += 2  # "the India-US Bilateral Trade Agreement": a pair of sides is one word of the name
            continue
        if not t.text[:1].isupper() or not t.is_alpha:
            return None
        heads = _STATE_BODY_OR_PACT_TAILS if m > k else _STATE_BODY_TAILS
        if (m > k or doc[k - 1].lower_ == "the") and t.lower_ in heads and (
                doc[m + 1].text[:1].isupper() and doc[m + 1].pos_ == "PROPN" or doc[m + 1].lower_ in ("at", "of")):
            return m + 1  # (one word after "the": "Speaker of the Assembly X"; "of the European Department at the IMF X")
        m += 1
        words += 1
    return None


def _side_word(t: "Token") -> bool:
    """A word that names a side on its own ("India", "US", "EU"), as in a hyphened pair of sides."""
    return t.text[:1].isupper() and (t.text in PLACES or canonical_party(t.text) is not None)


def _inside_named_body(doc: "Doc", s: int, e: int) -> bool:
    """True when tokens s..e sit in the middle of one organisation's name: the tagger's ORG
    entity starts before them and goes on after them. A person's name never does; a role word
    followed by "of the" reaches into such names ("leaders of the X Y Workers Association")."""
    return 0 < s and e < len(doc) and doc[s].ent_type_ == "ORG" \
        and all(doc[k].ent_iob_ == "I" for k in range(s, e + 1))


def _tail_of_body_after(doc: "Doc", s: int, e: int) -> bool:
    """"secretary general of the Kenya Medical Practitioners, Pharmacists and Dentists Union": the
    words before the list are the start of a body's name that lists its members (the tagger cut
    it at the commas), not a person."""
    if e >= len(doc) or doc[e].text != ",":
        return False  # (the cheap test first: the article's text is built for the rare rest)
    return listed_name_rest(doc.text, doc[e - 1].idx + len(doc[e - 1].text))


def _after_country_noun(doc: "Doc", s: int, party_tok: set[int]) -> bool:
    """"Korea Bizwire", "Japan Times": a capitalised word right after a country *noun* is a
    company or outlet name, not a person (a demonym, "Ukrainian Zelensky", is fine)."""
    p = s - 1
    return p >= 0 and p in party_tok and doc[p].pos_ == "PROPN" and doc[p].ent_type_ != "NORP" \
        and not doc[p].text.endswith((".", "'s", "’s"))


def _word_not_name(doc: "Doc", s: int, e: int, party_tok: set[int]) -> bool:
    """A one-word PERSON that the words around it show to be something else: "the Hostages"
    (a determiner), "Addressing the threats, X said" (a sentence-initial -ing form), "Boeing
    planes" / "Hutu militias" (a modifier of a plural common noun), "Garuda Indonesia" (a
    company named with its country)."""
    if e - s != 1:
        return False
    t = doc[s]
    if s > 0 and doc[s - 1].lower_ in ("the", "a", "an"):
        return True
    if e < len(doc) and doc[e].lower_ in ("this", "that", "these", "those", "the", "a", "an") and t.is_sent_start:
        return True  # "Alongside this process, ...": a misspelt preposition, not a person
    if t.is_sent_start and (t.tag_ == "VBG" or t.lower_.endswith("ing")):
        return True
    if e < len(doc) and doc[e].tag_ == "NNS" and doc[e].text.islower():
        return True
    return e < len(doc) and e in party_tok and doc[e].pos_ == "PROPN" and doc[e].ent_type_ != "NORP"


def _country_given_names(doc: "Doc", party_tok: set[int]) -> list[int]:
    """Tokens of a country name that open a PERSON name of further proper names."""
    out = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].text in _COUNTRY_GIVEN_NAMES \
                and ent[0].i in party_tok and ent[1].pos_ == "PROPN" and ent[1].i not in party_tok \
                and ent[1].text[:1].isupper() and not (ent.start > 0 and doc[ent.start - 1].lower_ in ("of", "in", "to")):
            out.append(ent[0].i)
        elif ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text in _COUNTRY_SURNAMES and ent[-1].i in party_tok \
                and ent[-2].pos_ == "PROPN" and ent[-2].i not in party_tok and ent[-2].text[:1].isupper() \
                and not _is_role(ent[-2]) and ent[-2].lower_ not in NOT_NAME_WORDS:
            out.append(ent[-1].i)  # "Prime Minister Luis Montenegro", "Jim Jordan": a surname
    for i in party_tok:  # "... Advisor on African Affairs Mossad Bolous" (the parser's ORG): a given name
        t = doc[i]
        if t.text in _COUNTRY_GIVEN_NAMES and t.ent_type_ != "PERSON" and i + 1 < len(doc) \
                and doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper() and i + 1 not in party_tok \
                and not _is_role(doc[i + 1]) and not _is_title_word(doc[i + 1]) \
                and doc[i + 1].lower_ not in NOT_NAME_WORDS and i - 1 not in party_tok \
                and not (i > 0 and doc[i - 1].lower_ in ("of", "in", "to", "for", "from", "with")):
            out.append(i)
    return out


# The common nouns a news outlet's name follows ("the Slovak daily Dennik N", "the news agency X").
_OUTLET_NOUNS = frozenset({"publication", "newspaper", "daily", "weekly", "outlet", "broadcaster", "magazine",
                           "tabloid", "portal", "website", "paper", "channel", "agency", "network"})


# Plural posts whose "of" names the bodies they lead ("the heads of A, B and C").
_HEADS_OF = frozenset({"heads", "leaders", "chiefs", "chairs", "chairmen", "chairpersons", "presidents"})


def _listed_after_heads_of(doc: "Doc", start: int) -> bool:
    """Is the name at `start` in the list of names after "the heads of" (also the end of a
    hyphenated name or a name past a country's word in it: "Memur-Sen", "Turkiye Kamu Sen")?
    Those are the bodies the heads lead."""
    if start < 3:
        return False
    k = start - 1
    while k > 0 and (doc[k].pos_ == "PROPN" or doc[k].text in (",", "-") or doc[k].lower_ in ("and", "&")):
        k -= 1
    return doc[k].lower_ == "of" and k > 0 and doc[k - 1].lower_ in _HEADS_OF


def _not_a_person_here(doc: "Doc", ent: "Span") -> bool:
    """Where spaCy's PERSON is a place or an organisation by its position:
    "Manitoba Premier Wab Kinew" (a one-word name before a post and a name: the post's
    province), "factories in Ulsan, Jeonju and Asan" (listed with places), "the port of
    Montréal" written "du port de Montréal" (a particle after a common noun)."""
    words = [t for t in ent if t.lower_ not in PARTICLES and t.text not in ("'s", "’s", "-")
             and not (t.i > ent.start + 1 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_
                      and doc[t.i - 2].lower_ not in PARTICLES)]
    # ("Schleswig-Holstein" is one word)
    after = ent.end + (ent.end < len(doc) and doc[ent.end].text in ("'s", "’s"))
    post = after
    while post < len(doc) and post - after < 3 and not _is_role(doc[post]) and doc[post].text[:1].isupper() \
            and doc[post].pos_ == "PROPN" and doc[post].ent_type_ != "PERSON":
        post += 1  # "Schleswig-Holstein's Prime Minister X": past "Prime" to the post
    if len(words) == 1 and post + 1 < len(doc) and _is_role(doc[post]) and doc[post].text[:1].isupper() \
            and doc[post + 1].pos_ == "PROPN":
        return True
    conj = [c for c in ent.root.conjuncts if not (ent.start <= c.i < ent.end)]
    top = min([ent.root] + conj, key=lambda c: c.i)
    if len(words) == 1 and conj and (all(c.ent_type_ in ("GPE", "LOC") for c in conj) or (
            all(c.ent_type_ in ("GPE", "LOC", "ORG", "FAC") for c in conj) and top.dep_ == "pobj"
            and top.head.lower_ in ("in", "at", "near"))):
        return True
    if len(words) == 1 and top.dep_ == "pobj" and top.head.lower_ in ("of", "like", "including", "as") \
            and top.head.head.lemma_.lower() in _PLACE_CLASSES:
        return True  # "the villages of A, B and C", "rivers like A and B", "the hubs of A and B"
    if ent.start > 0 and doc[ent.start - 1].lemma_.lower() in _OUTLET_NOUNS and doc[ent.start - 1].is_lower:
        return True  # "according to the Slovak publication Dennik N.": the paper
    first = ent.start if ent[0].lower_ in PARTICLES else ent.start - 1
    return first > 0 and doc[first].lower_ in PARTICLES and doc[first - 1].is_lower and doc[first - 1].is_alpha \
        and doc[first - 1].lower_ not in PARTICLES


def _geographic(doc: "Doc", s: int, e: int) -> bool:
    """A name that its own words or its slot make a place or a body: "the Red Sea", "the X
    area", "in eastern X", "Yemen's rebel movement (X)"."""
    if e - s >= 2 and doc[e - 1].lower_ in _GEO_HEADS and doc[e - 1].text[:1].isupper():
        return True
    if e < len(doc) and doc[e].lower_ in _AREA_NOUNS and s > 0 and doc[s - 1].lower_ == "the":
        return True
    if s >= 2 and doc[s - 1].lower_ in _COMPASS and doc[s - 2].lower_ in ("in", "of", "from", "across", "into"):
        return True
    if e < len(doc) and doc[e].text[:1].isupper() and doc[e].lower_ in _BODY_HEADS:
        return True  # "the Lok Janshakti Party": the words before a body's head word name the body
    if e + 1 < len(doc) and doc[e].lower_ in ("governor", "mayor", "premier", "senator", "mp") \
            and doc[e].text[:1].isupper() and doc[e + 1].ent_type_ == "PERSON" and doc[e + 1].text[:1].isupper():
        return True  # "Tharaka Nithi Governor X": the place the post is of, then the holder's name
    return s >= 2 and doc[s - 1].text == "(" and doc[s - 2].lower_ in _BODY_NOUNS


# what an apposition calls a body, not a person ("X, the country's largest criminal organisation,")
_BODY_GLOSSES = frozenset({"organisation", "organization", "group", "gang", "cartel", "militia", "party", "union",
                           "movement", "coalition", "alliance", "association", "federation", "company", "firm",
                           "network", "faction", "bloc"})


# a dash or comma gloss naming a party or union right after the name (the parse may give no apposition)
_GLOSSED_AS_PARTY = re.compile(r"\s*(?:,|\u2014|\u2013| -)\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,4}"
                               r"(?:party|union|movement|coalition|alliance)"
                               r"(?=[,.;\u2014\u2013]|\s+(?:in|of|with|that|which|led|based)\b)")
# posts that name the body before them ("Komeito leader X"), never a person ("Trump adviser Y")
_BODY_POSTS = frozenset({"leader", "leaders", "co-leader", "lawmaker", "lawmakers", "legislator", "legislators",
                         "mps", "deputies", "chairman", "chairwoman", "chairperson"})


def _glossed_elsewhere(text: str, name: str) -> bool:
    """A name one of its mentions glosses as a party after a dash or comma (also a mention the
    tagger did not take for a person): "with Nippon Ishin \u2014 the second-largest opposition party
    in the Lower House". Read once per name (see `find_people`)."""
    written = re.finditer(r"(?<![\w-])%s(?![\w-])" % re.escape(name), text)
    return any(_GLOSSED_AS_PARTY.match(text, m.end()) for m in written)


def _owns_post_before_person(doc: "Doc", e: int) -> bool:
    """Does the name ending at `e` own the post of the person named right after it ("Komeito
    leader Tetsuo Saito", "Uasu chairman Richard Okero")?"""
    post = e + 2 if e + 2 < len(doc) and doc[e].lower_ == "co" and doc[e + 1].text == "-" else e  # "co-leader"
    return post + 1 < len(doc) and doc[post].lower_ in _BODY_POSTS and doc[post + 1].pos_ == "PROPN" \
        and doc[post + 1].text[:1].isupper() and doc[post + 1].ent_type_ == "PERSON"


def _named_as_body(doc: "Doc", s: int, e: int) -> bool:
    """A name its own words or a gloss show to be a body, wherever else it is written: "the
    Green Parties", "Clan del Golfo, the country's largest criminal organisation,", "Nippon Ishin
    no Kai (Japan Innovation Party)"."""
    gloss = next((c for c in doc[e - 1].children if c.dep_ == "appos" and c.i > e), None)
    if gloss is not None and gloss.lemma_.lower() in _BODY_GLOSSES and doc[e].text in (",", "—", "–", "-") \
            and any(t.lower_ in ("the", "a", "an") for t in doc[e + 1:gloss.i]):
        return True  # "Clan del Golfo, the country's largest criminal organisation,": glossed as a body
    if e - s >= 2 and doc[e - 1].text[:1].isupper() and doc[e - 1].lower_ in ("parties", "party"):
        return True  # "the Socialist Left and Green Parties": the head word inside the name
    if _owns_post_before_person(doc, e):
        return True  # "Komeito leader Tetsuo Saito", "Bloc Quebecois Leader Y": the body the leader leads
    k = e
    while k < len(doc) and k < e + 3 and doc[k].text != "(" and (doc[k].lower_ == "no" or doc[k].text[:1].isupper()):
        k += 1  # ("Nippon Ishin no Kai (...)": the rest of the name before its gloss)
    if k < len(doc) and doc[k].text == "(" and any(doc[j].lower_ == "no" for j in range(e, k)):
        # (only a name the tagger cut at "no": "John Smith (Labour Party)" is a person and his party)
        close = next((j for j in range(k + 1, min(k + 8, len(doc))) if doc[j].text == ")"), None)
        if close is not None and close - k >= 2 and doc[close - 1].text[:1].isupper() \
                and doc[close - 1].lower_ in _BODY_HEADS:
            return True  # "Nippon Ishin no Kai (Japan Innovation Party)": glossed as a body
    return False


def _listed_places(doc: "Doc") -> set[int]:
    """Tokens of the names listed before a plural place noun ("the A, B, and C temples")."""
    out: set[int] = set()
    for t in doc:
        if t.lower_ not in _PLACE_PLURALS:
            continue
        k = t.i - 1
        while k >= t.sent.start and (doc[k].pos_ == "PROPN" or doc[k].text[:1].isupper() or
                                     doc[k].lower_ in (",", "and")):
            if doc[k].lower_ not in ("the",):
                out.add(k)
            k -= 1
    return out


def _told_by_a_source(root: "Token") -> bool:
    """"A Palestinian source told Ynet that ...": an unnamed source talks to a news outlet."""
    return root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _SOURCE_NOUNS for c in root.head.children)


def _place_slot(t: "Token") -> bool:
    """"the region of Naqoura", "Naqoura had witnessed the talks": slots only a place fills."""
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _PLACE_HEADS:
        return True
    if t.dep_ == "compound" and t.head.lemma_.lower() in _PLACE_HEADS and t.head.i == t.i + 1:
        return True  # "bases in the Palmyra area"
    if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_.lower() in _TRIP_NOUNS and \
            not any(c.dep_ in ("case", "poss", "compound", "amod", "appos") for c in t.children):
        return True  # "during a visit to Reichenau": a place (a person is visited, not visited *to*)
    if t.lower_ in _BUILDING_WORDS and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text[:1].isupper():
        return True  # "at Wisma Putra": Malay "building"
    if t.dep_ in ("dobj", "conj"):
        top = t
        while top.dep_ == "conj" and top.head.i < top.i:
            top = top.head
        if top.dep_ == "dobj" and top.head.lemma_.lower() == "visit" and (
                t.ent_type_ in ("GPE", "LOC", "FAC") or t.lower_ in _GEO_HEADS or (
                t.ent_type_ != "PERSON" and not any(c.dep_ == "compound" for c in t.children))):
            return True  # "visited Chennai", "visited Turkey, Egypt, Jordan", "visited the National Museum":
            # a place, or a bare word one visits (a person visited is named in full, or known)
    return t.dep_ == "nsubj" and t.head.lemma_.lower() == "witness"


def _held_in(root: "Token") -> bool:
    """"a meeting held in Siem Reap", "talks took place in X": X is a place."""
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("in", "at") and prep.head.pos_ == "VERB" and (
        prep.head.lemma_.lower() in ("hold", "locate", "base", "convene", "host", "stage") or (
            prep.head.lemma_.lower() == "take" and any(c.lower_ == "place" for c in prep.head.children)))


def _slot_head(t: "Token") -> bool:
    """Is `t` a meeting verb (or "held talks")?"""
    lem = t.lemma_.lower()
    if t.pos_ in ("VERB", "AUX") and lem in _SLOT_VERBS:
        return True
    return t.pos_ in ("VERB", "AUX") and lem in _HOLD_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in _SLOT_NOUNS for c in t.children)


def _in_meeting_slot(t: "Token", depth: int = 0) -> bool:
    """Subject or object of a meeting verb, partner after "with"/"between" of a meeting word,
    agent of "hosted/mediated by", or a conjunct of one of these."""
    dep, h = t.dep_, t.head
    if dep in ("nsubj", "dobj") and _slot_head(h):
        return True
    if dep == "nsubj" and h.pos_ == "VERB" and h.lemma_.lower() in _OPENING_VERBS and any(
            c.dep_ == "dobj" and c.lower_ in _SLOT_NOUNS for c in h.children) and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for x in (t, *t.conjuncts) for c in x.children):
        return True  # "A B and C D began talks": a full name among them (a lone word may name a body)
    if dep == "pobj" and h.lower_ in ("with", "between") and (
            _slot_head(h.head) or (h.head.pos_ == "NOUN" and h.head.lower_ in _SLOT_NOUNS)):
        return True
    if dep == "pobj" and h.dep_ == "agent" and h.head.lemma_.lower() in _SLOT_VERBS:
        return True
    if dep == "conj" and depth < 3 and h.pos_ == "PROPN":
        return _in_meeting_slot(h, depth + 1)
    return False


def abbreviated_given(doc: "Doc", i: int) -> bool:
    """Is token i an abbreviated given name: 'Ma' + '.' + a capitalised name part?"""
    return doc[i].text in ABBREVIATED_GIVEN and i + 2 < len(doc) and doc[i + 1].text == "." \
        and not doc[i].whitespace_ and doc[i + 2].text[:1].isupper() and doc[i + 2].is_alpha \
        and (i == 0 or not doc[i - 1].text[:1].isupper() or doc[i - 1].lower_ in ROLE_WORDS)


def _determined(doc: "Doc", ent: "Span") -> bool:
    """A name after "the" (or "the" + a demonym) with no post between: "the Handelsblatt"."""
    k = ent.start - 1
    if k >= 0 and doc[k].ent_type_ == "NORP" and doc[k].pos_ == "ADJ":
        k -= 1  # "the German Handelsblatt"
    return k >= 0 and doc[k].lower_ == "the" and len(ent) <= 2 and not any(
        t.text in ("'s", "’s") for t in ent) and not (ent.end < len(doc) and doc[ent.end].text in ("'s", "’s"))


def _bracketed_acronym(doc: "Doc", i: int) -> bool:
    """Token i is one word in brackets right after a capitalised name whose initials it spells
    (in any case): "Minister of Investment, Trade and Industry (Miti)" -> MITI."""
    if i < 2 or doc[i - 1].text != "(" or i + 1 >= len(doc) or doc[i + 1].text != ")" or not doc[i].is_alpha:
        return False
    code = doc[i].text.upper()
    letters = ""
    k = i - 2
    while k >= 0 and i - 2 - k < 12 and len(letters) < len(code):
        t = doc[k]
        if t.text[:1].isupper() and t.is_alpha:
            letters = t.text[0] + letters
        elif t.lower_ not in ("of", "and", "for", "the", ",", "&"):
            break
        k -= 1
    return len(code) >= 2 and letters.upper() == code


def _name_text(doc: "Doc", s: int, e: int) -> str:
    txt = doc[s:e].text
    txt = re.sub(r"(?:'s|’s|‘s|')$", "", txt).strip()  # (‘ typed for ’ in some copy)
    txt = re.sub(r"-(?:led|backed|brokered|mediated|sponsored|based|era)$", "", txt)  # "the X-led delegation"
    txt = re.sub(r"[\[\]]", "", txt).strip()  # "[Vladimir] Putin": an editor's bracketed insertion
    if "(" in txt:
        txt = re.sub(r"^\((\w+)\)", r"\1", txt)  # "(Dan) Jorgensen": the given name the writer added
        txt = re.sub(r"\s*\(\w+\)\s*", " ", txt)  # "Victor (Ito) Bisono": the nickname is no part of the name
    return re.sub(r"\s+", " ", txt)


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\s+", name) if t]


def _party_word(word: str) -> bool:
    """Is this name token a party? A short acronym counts only in capitals: "Un" in "Kim Jong
    Un" is no UN, "Us" no US."""
    if len(word) <= 3 and not word.isupper():
        return False
    return canonical_party(word) is not None


# the last word of an event's name ("Business Day", "Economic Forum")
_EVENT_WORDS = frozenset({"Day", "Forum", "Week", "Conference", "Festival", "Expo", "Summit", "Congress", "Games"})


def _valid(name: str) -> bool:
    toks = _name_tokens(name)
    if not toks or len([t for t in toks if t.lower() not in PARTICLES]) > 6:
        return False  # (particles aside: "Reema bint Bandar bin Sultan bin Abdulaziz")
    if canonical_party(name) is not None or name in PLACES or name in PLACE_PHRASES:
        return False
    content = [t for t in toks if t.lower() not in PARTICLES]
    if not content:
        return False
    if len(content) == 1 and len(content[0].rstrip(".")) < 2:
        return False  # "X." (the platform), a lone initial
    if len(content) == 1 and content[0].isupper() and len(content[0]) >= 2:
        return False  # "BNM", "USTR": an acronym names an institution
    if all(t.lower() in _PORTFOLIOS for t in content):
        return False  # "Minister of Foreign Affairs, Cooperation and Francophonie", "Vocational Training": a portfolio
    if len(content) >= 2 and content[-1] in _EVENT_WORDS:
        return False  # "Economiesuisse's Business Day", "the Raisina Dialogue Forum": an event, not a person
    if len(content) == 1 and _plural_post(content[0].lower()):
        return False  # "Representatives of China", "Officials": a plural role noun
    for k, t in enumerate(content):
        base = t.split("-")[0]
        if k == 0 and len(content) > 1 and t in _COUNTRY_GIVEN_NAMES and not _party_word(content[1]):
            continue  # "Israel Katz": a given name
        if k == len(content) - 1 and k > 0 and t in _COUNTRY_SURNAMES:
            continue  # "Luis Montenegro": a surname
        if _party_word(t) or _party_word(base) or t in PLACES:
            return False
        initial = k == 0 and len(content) > 1 and base.isupper() and (base not in ("A", "I") or len(content) >= 3) or (
            0 < k < len(content) - 1 and base.isupper() and (len(content[k - 1]) >= 2 or k == 1))
        # ("J P Nadda": two initials without their dots before the surname)
        if len(base) < 2 and not base.endswith(".") and not initial:
            return False  # a stray letter; but "S Jaishankar", "Ahsan H Mansur" (initials without their dot) are names
    return True


def _body_labelled(tokens: list["Token"]) -> set[str]:
    """Words spaCy labels an organisation or a place at least twice in the article and never a
    person, and that own what only a body owns ("Boeing's machinists", "Nippon Ishin's
    initiative"): "met with Boeing" does not make Boeing a person."""
    seen: dict[str, set[str]] = {}
    count: Counter[str] = Counter()
    human: set[str] = set()  # "Ford's son-in-law", "Ford believes": a person, whatever the label
    firms: set[str] = set()
    for t in tokens:
        if t.pos_ != "PROPN":
            continue
        label = t.ent_type_
        if label:
            seen.setdefault(t.text, set()).add(label)
            if label in ("ORG", "GPE", "FAC", "LOC"):
                count[t.text] += 1
        dep = t.dep_
        if dep == "poss":
            owned = t.head.lemma_.lower()
            if owned.split("-")[0] in _KIN:
                human.add(t.text)
            elif owned in _FIRM_OWNED:
                firms.add(t.text)
        elif dep == "nsubj" and t.head.lemma_.lower() in _MINDING_VERBS:
            human.add(t.text)
        if label == "ORG" and (firm_post_after(t) or t.i > 0 and t.doc[t.i - 1].text in FIRM_NOUNS):
            firms.add(t.text)  # "Harbourline chief executive X", "the port operator Harbourline"
    if not firms and any(t.lower_ in FIRM_NOUNS and t.i > 0 and t.doc[t.i - 1].lower_ == "the" for t in tokens):
        # "Boeing and the IAM resumed talks ... The company later improved its offer": the article
        # speaks of "the company", and one capitalised word, no acronym, is always labelled a body
        one = [w for w, labels in seen.items() if labels == {"ORG"} and count[w] >= 2 and not w.isupper()]
        firms.update(one if len(one) == 1 else ())
    return {w for w in firms if count[w] >= 2 and "PERSON" not in seen.get(w, ()) and w not in human}


def _member_of_team(t: "Token") -> bool:
    """"X Y, a member of the government delegation": only a person is a member of a team."""
    return t.lower_ == "member" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in _TEAM_NOUNS for g in c.children)
        for c in t.children)


def _human_slot(t: "Token") -> bool:
    """A lone capitalised word in a place only a person fills, whatever label spaCy gave it."""
    if t.dep_ == "poss" or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("'s", "’s")):
        head = t.head if t.dep_ == "poss" else t.doc[t.i + 1].head
        if head.i == t.i and t.dep_ in ("nmod", "compound") and t.head.i > t.i + 1:
            head = t.head  # "X's envoy" parsed with X as a modifier of "envoy" and "'s" hung on X
        return head.lemma_.lower() in _PERSONAL_NOUNS or head.lower_ in _PERSONAL_NOUNS
    return t.dep_ == "nsubj" and t.head.lemma_.lower() in _MIND_VERBS and (
        t.head.tag_ in ("VBZ", "VBD", "VBP") or (  # "X has conveyed"
            t.head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.head.children)))


def _is_title_word(t: "Token") -> bool:
    return _is_role(t) or t.lower_ in ("commerce", "treasury", "trade", "foreign", "defense",
                                       "defence", "state", "economic", "finance", "vice",
                                       "prime", "deputy", "first", "chief", "top", "special",
                                       "senior", "security", "national", "revitalization",
                                       "industry", "energy", "presidential", "acting", "former",
                                       "managing", "assistant", "associate")
