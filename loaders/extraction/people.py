"""People: named persons, their fullest name, aliases, title and country, and every mention.

Why rules on top of spaCy NER: the small English model finds most PERSON names but also
tags headline phrases, countries ("Kyiv") and organisations as PERSON, splits names with
particles ("Ursula von" + "Leyen") and often labels a bare surname as ORG/GPE. So:

1. candidate names come from PERSON entities and from capitalised tokens right after a role
   word or honorific ("Secretary Howard Lutnick", "Mr. Ahn"), expanded over name tokens and
   particles and trimmed of titles and party words;
2. candidates that are party names, lexicon words, or never appear in the body (headline
   only) are rejected;
3. shorter forms (surname alone, given name alone for East-Asian order) are linked to the
   fullest name, and every occurrence of any known form in the text becomes a mention --
   whatever label spaCy gave it;
4. titles and countries are read from the words before a name ("U.S. Commerce Secretary",
   "Japan's chief negotiator", "Chinese Vice Premier") or from an appositive after it
   ("X, Japan's top tariff negotiator,");
5. he/she/his/her are linked to the most recent suitable person (subjects first), and
   "the minister"-style role nouns to the latest person with that role word in the title.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .context import Mention
from .lexicon import (FIRM_TAILS, HONORIFICS, ORG_TAILS, NOT_NAME_WORDS, PARTICLES, PERSON_PRONOUNS, PLACE_PHRASES, PLACES, REGIONS,
                      ROLE_WORDS, US_ONLY_TITLES)
from .model import Person
from .leaders import known_side
from .parties import SERVICE_NAMES, canonical_party

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_NAME_POS = {"PROPN", "X", "NOUN", "ADJ"}  # the sm tagger often calls foreign names NOUN/ADJ


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
        or t.text == "CM"  # (Indian "Chief Minister")


# posts no general holds as such: a rank right after them is rather a given name
_CIVIL_POSTS = frozenset({"minister", "secretary", "premier", "president", "ambassador", "envoy", "governor",
                          "mayor", "senator", "lawmaker", "spokesperson", "spokesman", "spokeswoman"})


def _given_gen(t: "Token") -> bool:
    """"Defence Minister Gen Nakatani": 'Gen' with no full stop right after a post is a given
    name, not a general's rank stacked on the post."""
    return t.text == "Gen" and t.i > 0 and t.doc[t.i - 1].lower_ in _CIVIL_POSTS \
        and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text[:1].isupper()


def _plural_post(low: str) -> bool:
    """"Governors", "Ministers": a post word in the plural (a list of holders follows)."""
    return low.endswith("s") and low[:-1] in ROLE_WORDS


# participles that open a sentence before a name ("Echoing X, ...", "Thanking X, ..."); the
# tagger often calls them proper nouns there
_OPENING_PARTICIPLES = frozenset({"echoing", "addressing", "speaking", "responding", "commenting", "reacting",
                                  "citing", "quoting", "welcoming", "praising", "thanking", "urging", "noting",
                                  "recalling", "warning", "criticising", "criticizing", "joining", "meeting",
                                  "accompanying", "receiving", "hosting", "backing", "rebuffing", "rejecting"})


def _namey(t: "Token", party_tok: set[int]) -> bool:
    """Could this token be part of a person's name?"""
    s = t.text
    if not s or not s[0].isupper() or t.i in party_tok:
        return False
    if any(ch.isdigit() for ch in s) or t.is_punct:
        return False
    low = t.lower_.rstrip(".")
    if low in ("to", "do") and s in ("To", "Do") and not t.is_sent_start and t.i + 1 < len(t.doc) and \
            t.doc[t.i + 1].pos_ == "PROPN" and t.doc[t.i + 1].text[:1].isupper() and t.i > 0 and \
            (_is_role(t.doc[t.i - 1]) or t.doc[t.i - 1].pos_ == "PROPN"):
        return True  # Vietnamese "To Lam", "Do Hung Viet": capitalised mid-sentence after a title
    if low == "sheikh" and t.ent_type_ == "PERSON" and t.ent_iob_ == "I" and 0 < t.i < len(t.doc) - 1 and \
            t.doc[t.i + 1].ent_type_ == "PERSON" and not _is_role(t.doc[t.i - 1]) and t.doc[t.i - 1].lower_ not in HONORIFICS:
        return True  # "Hassan Sheikh Mohamud": inside a name, a given name rather than the title
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


# the last noun of a building's or an institution's name
_INSTITUTION_NOUNS = frozenset({"center", "centre", "university", "institute", "airport", "stadium", "hospital",
                                "school", "college", "library", "museum", "hall", "foundation", "academy"})


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


# words that open a post in an apposition ("X, Deputy Operations of ...", "X, a senior member of ...")
_POST_OPENERS = frozenset({"deputy", "acting", "senior", "former", "first", "vice", "special", "a", "the"})


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
                not (p.tag_ == "NNPS" and p.ent_type_ != "PERSON") and (  # (not "... and Professional Standards X")
                not p.is_sent_start or (p.pos_ == "PROPN" and p.ent_type_ in ("", "PERSON") and e - s >= 2)):
            # (a sentence may open with the first of three names: "Recep Tayyip Erdogan held ...")
            s -= 1
        elif _surname_pronoun(doc, s - 1):
            s -= 1
        elif p.lower_ in PARTICLES and _particles_then_name(doc, s - 1, sent.start - 1, party_tok, -1) >= 0:
            s = _particles_then_name(doc, s - 1, sent.start - 1, party_tok, -1)
        elif p.text in ("-", "‐") and s - 2 >= sent.start and not p.whitespace_ \
                and not doc[s - 2].whitespace_ and doc[s - 2].lower_ in PARTICLES:
            s -= 2  # "al-Busaidi", "bin-Salman"
        else:
            break
    while e < sent.end:
        n = doc[e]
        if _namey(n, party_tok) and _name_pos(n):
            e += 1
        elif _hyphen_given(doc, e) and e + 3 <= sent.end:
            e += 3  # "Cheong In-kyo": a given name whose first part reads as a small word
        elif n.lower_ in PARTICLES and _particles_then_name(doc, e, sent.end, party_tok, 1) >= 0:
            e = _particles_then_name(doc, e, sent.end, party_tok, 1) + 1
        elif n.text in ("-", "‐") and not doc[e - 1].whitespace_ and e + 1 < sent.end \
                and doc[e + 1].is_alpha and doc[e + 1].text[0].islower():
            e += 2  # "Duk-geun", "Jae-myung"
        elif n.text in ("-", "‐") and e - s == 1 and not doc[e - 1].whitespace_ and not n.whitespace_ \
                and e + 2 < sent.end and doc[e + 1].text[:1].isupper() and doc[e + 2].text[:1].isupper() \
                and _namey(doc[e + 1], party_tok) and _namey(doc[e + 2], party_tok) \
                and _name_pos(doc[e + 1]) and _name_pos(doc[e + 2]):
            e += 2  # a hyphenated given name before the surname: "Kassym-Jomart Tokayev"
        else:
            break
    return s, e


_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC"})


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
    while e > s and (bad(doc[e - 1]) or doc[e - 1].lower_ in PARTICLES):
        if doc[e - 1].is_alpha and doc[e - 1].text[0].islower() and e - 2 > s and doc[e - 2].text == "-":
            break
        if e - 1 > s and _hyphen_given(doc, e - 1):
            break  # "Cheong In" of "Cheong In-kyo"
        e -= 1
    return s, e


_REGIONS = REGIONS
# the portfolio of a post ("Minister of Economic Affairs", "Undersecretary for Policy"): title words, not names
_PORTFOLIOS = frozenset({"policy", "affairs", "finance", "trade", "economy", "defence", "defense", "justice",
                         "health", "labour", "labor", "planning", "administration", "operations", "security",
                         "energy", "agriculture", "education", "industry", "investment", "commerce", "transport",
                         "interior", "development", "cooperation", "relations", "resources", "mines", "fisheries",
                         "francophonie", "tourism", "diaspora", "integration", "communications", "war", "oil",
                         "gas", "petroleum", "climate", "change", "livestock", "environment", "information",
                         "women", "youth", "sports", "culture", "housing", "works", "lands", "mining",
                         "digital", "welfare", "revenue", "science", "technology", "innovation", "irrigation",
                         "forestry", "food", "heritage", "aviation", "maritime", "water", "mineral", "minerals",
                         "natural", "marine", "human"})
# the service or office a post belongs to, lower-case between a side and a role ("Egyptian
# intelligence chief X", "Chinese foreign ministry spokesperson X")
_SERVICES = frozenset({"intelligence", "ministry", "department", "office", "army", "military", "police",
                       "customs", "immigration", "border", "central", "bank", "negotiating", "wealth", "fund",
                       "sovereign"})
_KUNYA = frozenset({"abu", "umm"})  # "father of" / "mother of": the first word of a name, not a particle


# forms of address that precede a full name in Southeast Asian usage (never names themselves
# when a given name and a surname follow)
_STYLE_WORDS = frozenset({"dato", "datuk", "datin", "paduka", "tun", "seri", "samdech", "moha", "borvor", "thipadei",
                          "techo", "akka", "h.e.", "excellency"})


def _skip_title_tail(doc: "Doc", j: int) -> int:
    """Skip "of (the) Treasury" / ", " after a role word: the name starts after it
    ("Secretary of the Treasury Scott Bessent", "Ukraine's president, Volodymyr Zelenskiy")."""
    n = len(doc)
    for _ in range(4):  # "Chief of the General Staff of the Armed Forces of Ukraine", "Ambassador of Ukraine to the US"
        if not (j < n and (doc[j].lower_ in ("of", "for", "to") or (
                doc[j].lower_ == "on" and j + 2 < n and doc[j + 2].lower_ == "affairs") or (
                doc[j].lower_ == "in" and j + 2 < n and (doc[j + 1].text in PLACES or
                                                         canonical_party(doc[j + 1].text) is not None)))):
            break  # (also "Advisor on African Affairs X", "Hamas leader in Gaza X")
        k = j + 1
        if k < n and doc[k].lower_ == "the":
            k += 1
        start = k
        # "of Industry and Trade", "for Foreign Affairs and Trade": department words and "and"
        while k < n and ((doc[k].text[:1].isupper() and (doc[k].lower_ in NOT_NAME_WORDS or doc[k].lower_ == "state"
                                                          or doc[k].lower_ in _PORTFOLIOS
                                                          or doc[k].lower_ in _REGIONS or doc[k].text in PLACES
                                                          or (k + 1 < n and doc[k + 1].lower_ == "affairs")
                                                          or _is_role(doc[k])
                                                          or canonical_party(doc[k].text) is not None))
                         or (doc[k].lower_ in ("and", "&", ",") and k > start and k + 1 < n
                             and doc[k + 1].text[:1].isupper() and (doc[k + 1].lower_ in NOT_NAME_WORDS or (
                                 doc[k].lower_ != "," and doc[k + 1].lower_ in _PORTFOLIOS)))):
            # ("of Trade, Industry and Competition", "of Industry and Mineral Resources")
            k += 1
        if k == start:
            break
        j = k
    if j < n and doc[j].text == ",":
        j += 1
    return j


def _inside_named_body(doc: "Doc", s: int, e: int) -> bool:
    """True when tokens s..e sit in the middle of one organisation's name: the tagger's ORG
    entity starts before them and goes on after them. A person's name never does; a role word
    followed by "of the" reaches into such names ("leaders of the X Y Workers Association")."""
    return 0 < s and e < len(doc) and doc[s].ent_type_ == "ORG" \
        and all(doc[k].ent_iob_ == "I" for k in range(s, e + 1))


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


# nouns of a kind of place that may stand right before its name ("the island X", "the town of X")
_PLACE_KIND_NOUNS = frozenset({"island", "atoll", "town", "city", "village", "province", "region", "district",
                               "port", "county"})
_VENUE_NOUNS = frozenset({"resort", "hotel", "palace", "airport", "base", "estate", "course", "venue",
                         "embassy", "tower", "building", "centre", "center", "hall", "residence", "club",
                         "house", "lodge", "mansion", "compound", "airbase", "stadium", "square",
                         "temple", "pagoda", "shrine", "island", "village", "district", "province",
                         "checkpoint", "crossing", "bridge", "camp"})
_PLACE_PLURALS = frozenset({"temples", "islands", "villages", "districts", "provinces", "towns", "cities",
                            "mountains", "rivers", "passes", "crossings", "checkpoints", "pagodas", "shrines"})


# Party words that are also given names ("Israel Katz", "Jordan Bardella"; "Mossad" spells the Arabic
# given name Massad as often as the Israeli service)
_COUNTRY_GIVEN_NAMES = frozenset({"Israel", "Jordan", "Georgia", "Chad", "India", "Kenya", "Mossad"})


def _country_given_names(doc: "Doc", party_tok: set[int]) -> list[int]:
    """Tokens of a country name that open a PERSON name of further proper names."""
    out = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].text in _COUNTRY_GIVEN_NAMES \
                and ent[0].i in party_tok and ent[1].pos_ == "PROPN" and ent[1].i not in party_tok \
                and ent[1].text[:1].isupper() and not (ent.start > 0 and doc[ent.start - 1].lower_ in ("of", "in", "to")):
            out.append(ent[0].i)
    for i in party_tok:  # "... Advisor on African Affairs Mossad Bolous" (the parser's ORG): a given name
        t = doc[i]
        if t.text in _COUNTRY_GIVEN_NAMES and t.ent_type_ != "PERSON" and i + 1 < len(doc) \
                and doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper() and i + 1 not in party_tok \
                and not _is_role(doc[i + 1]) and not _is_title_word(doc[i + 1]) \
                and doc[i + 1].lower_ not in NOT_NAME_WORDS and i - 1 not in party_tok \
                and not (i > 0 and doc[i - 1].lower_ in ("of", "in", "to", "for", "from", "with")):
            out.append(i)
    return out


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
    first = ent.start if ent[0].lower_ in PARTICLES else ent.start - 1
    return first > 0 and doc[first].lower_ in PARTICLES and doc[first - 1].is_lower and doc[first - 1].is_alpha \
        and doc[first - 1].lower_ not in PARTICLES


# Common nouns of places that head a list of names ("the villages of A and B"): the names are places.
_PLACE_CLASSES = frozenset({"village", "town", "city", "river", "region", "province", "hub", "district", "area",
                            "port", "county", "island", "capital", "lake", "valley", "settlement", "municipality",
                            "neighbourhood", "neighborhood", "suburb", "airport", "camp", "crossing", "border",
                            "locality", "outpost", "stronghold", "enclave", "governorate"})
_GEO_HEADS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "river", "mountains", "valley", "bay", "canal",
                        "desert", "peninsula", "island", "islands", "lake", "coast", "basin"})
_AREA_NOUNS = frozenset({"area", "region", "province", "district", "governorate", "corridor", "enclave", "airbase"})
_COMPASS = frozenset({"eastern", "western", "northern", "southern", "central", "northeastern", "northwestern",
                      "southeastern", "southwestern"})
_BODY_NOUNS = frozenset({"movement", "group", "militia", "organisation", "organization", "faction", "alliance",
                         "coalition", "party", "network"})


def _geographic(doc: "Doc", s: int, e: int) -> bool:
    """A name that its own words or its slot make a place or a body: "the Red Sea", "the X
    area", "in eastern X", "Yemen's rebel movement (X)"."""
    if e - s >= 2 and doc[e - 1].lower_ in _GEO_HEADS and doc[e - 1].text[:1].isupper():
        return True
    if e < len(doc) and doc[e].lower_ in _AREA_NOUNS and s > 0 and doc[s - 1].lower_ == "the":
        return True
    if s >= 2 and doc[s - 1].lower_ in _COMPASS and doc[s - 2].lower_ in ("in", "of", "from", "across", "into"):
        return True
    return s >= 2 and doc[s - 1].text == "(" and doc[s - 2].lower_ in _BODY_NOUNS


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


_ORG_NOUNS = frozenset({"intelligence", "agencies", "company", "companies", "corporation", "corp", "group",
                        "planes", "aircraft", "jets", "brand", "firm", "inc", "ltd", "plc"})
_SOURCE_NOUNS = frozenset({"source", "official", "spokesman", "spokeswoman", "spokesperson", "diplomat",
                           "insider", "person", "people", "aide", "officer"})


def _told_by_a_source(root: "Token") -> bool:
    """"A Palestinian source told Ynet that ...": an unnamed source talks to a news outlet."""
    return root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _SOURCE_NOUNS for c in root.head.children)


_PLACE_HEADS = frozenset({"region", "town", "city", "village", "area", "province", "district", "capital",
                          "border", "crossing", "port", "island"})


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
    return t.dep_ == "nsubj" and t.head.lemma_.lower() == "witness"


_TRIP_NOUNS = frozenset({"visit", "trip", "journey", "tour", "travel", "voyage", "excursion"})
_BUILDING_WORDS = frozenset({"wisma", "istana", "menara", "dewan"})


def _held_in(root: "Token") -> bool:
    """"a meeting held in Siem Reap", "talks took place in X": X is a place."""
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and prep.lower_ in ("in", "at") and prep.head.pos_ == "VERB" and (
        prep.head.lemma_.lower() in ("hold", "locate", "base", "convene", "host", "stage") or (
            prep.head.lemma_.lower() == "take" and any(c.lower_ == "place" for c in prep.head.children)))


_MEDIA_NOUNS = frozenset({"news", "agency", "newspaper", "daily", "outlet", "broadcaster", "channel",
                          "television", "tv", "radio", "magazine", "website", "network"})
# the last word of a firm's name ("Kessler Electronics", "Vanta Industries"): a company, never a person;
# and a plan or text named after a place: "the Varno Roadmap"
_COMPANY_TAILS = FIRM_TAILS | frozenset({"roadmap", "accord", "accords", "declaration", "initiative", "framework",
                                         "protocol", "communique", "memorandum", "doctrine", "program", "programme",
                                         "facility"})
_OUTLET_NOUNS = frozenset({"newspaper", "daily", "weekly", "broadcaster", "magazine", "website", "tabloid",
                           "outlet", "portal"})  # (not "agency", "news": "... agency chief X")
_NOT_PERSON_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY",
                              "NORP", "LAW", "EVENT", "PRODUCT", "LANGUAGE", "WORK_OF_ART"})
# verbs whose subject/object/"with" partner takes part in a meeting
_SLOT_VERBS = frozenset({"meet", "talk", "speak", "confer", "negotiate", "phone", "call", "host",
                         "receive", "welcome", "mediate", "chair", "visit"})
_SLOT_NOUNS = frozenset({"talks", "meeting", "meetings", "call", "conversation", "negotiations",
                         "summit", "discussions", "consultations", "session", "exchange"})
_HOLD_VERBS = frozenset({"hold", "have"})


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
    if dep == "pobj" and h.lower_ in ("with", "between") and (
            _slot_head(h.head) or (h.head.pos_ == "NOUN" and h.head.lower_ in _SLOT_NOUNS)):
        return True
    if dep == "pobj" and h.dep_ == "agent" and h.head.lemma_.lower() in _SLOT_VERBS:
        return True
    if dep == "conj" and depth < 3 and h.pos_ == "PROPN":
        return _in_meeting_slot(h, depth + 1)
    return False


_ROYAL_STYLES = frozenset({"Prince", "Princess"})
# "the fall of the Assad regime": a period or a house named after a ruler, not the person told
_ERA_NOUNS = frozenset({"regime", "era", "family", "dynasty", "years", "doctrine", "clan"})


# Given names written abbreviated with a full stop, Filipino style ("Ma. Theresa" for Maria Theresa)
ABBREVIATED_GIVEN = frozenset({"Ma"})


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
    return re.sub(r"\s+", " ", txt)


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\s+", name) if t]


def _party_word(word: str) -> bool:
    """Is this name token a party? A short acronym counts only in capitals: "Un" in "Kim Jong
    Un" is no UN, "Us" no US."""
    if len(word) <= 3 and not word.isupper():
        return False
    return canonical_party(word) is not None


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
    if len(content) == 1 and content[0].lower() in _PORTFOLIOS:
        return False  # "Minister of Foreign Affairs, Cooperation and Francophonie": a portfolio, not a name
    if len(content) == 1 and _plural_post(content[0].lower()):
        return False  # "Representatives of China", "Officials": a plural role noun
    for k, t in enumerate(content):
        base = t.split("-")[0]
        if k == 0 and len(content) > 1 and t in _COUNTRY_GIVEN_NAMES and not _party_word(content[1]):
            continue  # "Israel Katz": a given name
        if _party_word(t) or _party_word(base) or t in PLACES:
            return False
        initial = k == 0 and len(content) > 1 and base.isupper() and base not in ("A", "I") or (
            0 < k < len(content) - 1 and base.isupper() and len(content[k - 1]) >= 2)
        if len(base) < 2 and not base.endswith(".") and not initial:
            return False  # a stray letter; but "S Jaishankar", "Ahsan H Mansur" (initials without their dot) are names
    return True


_PLACE_STARTS = frozenset({"mount", "mt", "lake", "cape", "port", "fort", "river", "gulf", "bay", "sea", "lower",
                           "upper", "north", "south", "east", "west", "new"})
_PLACE_HYPHENS = re.compile(r"\w-(?:on|upon|under|by|in|sur|the)-", re.IGNORECASE)


# governments whose civil service also has a "Commerce Secretary" (India's is its chief trade
# negotiator): in an article about them, the title alone does not make a person American
_SECRETARY_STATES = frozenset({"India", "Pakistan", "Bangladesh", "Sri Lanka"})


# nouns only a person has: "X's envoy", "X's son-in-law" make X a person
_PERSONAL_NOUNS = frozenset({"envoy", "aide", "adviser", "advisor", "son-in-law", "daughter-in-law", "son",
                             "daughter", "wife", "husband", "spokesman", "spokeswoman", "spokesperson",
                             "predecessor", "successor"})
# verbs of a mind: "officials said X believes talks are going well"
_MIND_VERBS = frozenset({"believe", "think", "feel", "hope", "fear", "doubt", "convey", "vow", "tweet"})


_TEAM_NOUNS = frozenset({"delegation", "team", "committee", "cabinet", "panel", "council", "parliament",
                         "politburo", "mission", "bureau"})


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
    return {w for w in firms if count[w] >= 2 and "PERSON" not in seen.get(w, ()) and w not in human}


# What only an organisation owns: "Boeing's machinists", "Boeing's CEO", "Boeing's aircraft".
_FIRM_OWNED = frozenset({"union", "worker", "employee", "machinist", "staff", "share", "stock", "aircraft", "plant",
                         "factory", "ceo", "board", "headquarters", "product", "customer", "shareholder",
                         "subsidiary", "member", "lawmaker", "candidate", "initiative", "manifesto", "platform"})
_KIN = frozenset({"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "family"})
_MINDING_VERBS = frozenset({"believe", "think", "feel", "recall", "hope", "fear", "tweet"})


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


def find_people(doc: "Doc", body_start: int, party_mentions: list[Mention]) -> tuple[list[Person], list[Mention]]:
    """Resolve the people of an article.

    Returns (people ordered by first mention, person mentions in text order). Mentions
    include names, honorific forms, and resolved pronouns/role nouns (`Mention.how`).
    """
    tokens = list(doc)  # one Token object each, read by the passes below (spaCy makes a new one per access)
    party_tok: set[int] = set()
    party_at: dict[int, str] = {}  # token index -> canonical party
    for m in party_mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            party_tok.add(t.i)
            party_at[t.i] = m.target
    for i in _country_given_names(doc, party_tok):
        party_tok.discard(i)  # "Defense Minister Israel Katz": a given name, not the country
        party_at.pop(i, None)

    # 1. candidates ------------------------------------------------------------------
    cands: list[tuple[int, int]] = []
    listed_places = _listed_places(doc)
    brackets = [t for t in tokens if t.text == "("] if "(" in doc.text else []
    short_names = {doc[t.i + 1].text for t in brackets if t.i + 2 < len(doc) and _bracketed_acronym(doc, t.i + 1)}
    # names the article also puts right before a place noun ("the Ban Phakkad checkpoint")
    venue_named: set[str] = set()
    for v in tokens:
        if v.lower_ in _VENUE_NOUNS and v.i > 0 and doc[v.i - 1].pos_ == "PROPN" and doc[v.i - 1].dep_ == "compound":
            k = v.i - 1
            while k - 1 >= 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ == "compound":
                k -= 1
            venue_named.add(doc[k:v.i].text)
        elif v.lower_ in _PLACE_KIND_NOUNS and v.tag_ == "NN" and v.i + 2 < len(doc) and doc[v.i + 1].pos_ == "PROPN" \
                and doc[v.i + 1].ent_type_ == "PERSON" and any(c.dep_ == "det" for c in v.children):
            # "on the largest island Diego Garcia": the place a place noun names
            k = v.i + 1
            while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k + 1].ent_type_ == "PERSON":
                k += 1
            venue_named.add(doc[v.i + 1:k + 1].text)
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.end < len(doc) and doc[ent.end].lower_ in _VENUE_NOUNS | _MEDIA_NOUNS:
            continue  # "his Turnberry resort", "the Ciragan palace", "Iran's Tasnim news agency"
        if ent.label_ == "PERSON" and _names_an_institution(doc, ent.end):
            continue  # "at the King Abdullah Petroleum Studies and Research Center": a building, not the king
        if ent.label_ == "PERSON" and (any(t.i in listed_places for t in ent) or _held_in(ent.root)):
            continue  # "the A, B and C temples"; "a meeting held in Siem Reap"
        if ent.label_ == "PERSON" and (_told_by_a_source(ent.root) or (
                ent.end < len(doc) and doc[ent.end].lower_ in _ORG_NOUNS)):
            continue  # "a source told Ynet that ...", "the Mossad and Shin Bet intelligence agencies"
        if ent.label_ == "PERSON" and _not_a_person_here(doc, ent):
            continue
        if ent.label_ == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_ in _OUTLET_NOUNS and \
                doc[ent.start - 1].text.islower():
            continue  # "the German newspaper Handelsblatt", "the daily X": a title, not a person
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].lower_ in ORG_TAILS:
            continue  # "Stadler Rail", "Maritime Alliance": a body named after its founder or trade
        if ent.label_ == "PERSON" and _determined(doc, ent):
            continue  # "the Handelsblatt", "the German Handelsblatt": a paper or a body, never a person
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text in short_names:
            continue  # "Minister of Investment, Trade and Industry (Miti) ... allow Miti to": the ministry
        if ent.label_ == "PERSON" and ent.start_char >= body_start:
            s, e = _trim(doc, ent.start, ent.end, party_tok)
            if s < e and not _after_country_noun(doc, s, party_tok) and not _word_not_name(doc, s, e, party_tok):
                cands.append(_expand(doc, s, e, party_tok))
    for t in tokens:
        if t.idx < body_start:
            continue
        if (_is_role(t) or (t.lower_ in HONORIFICS and (not t.text.isupper() or "." in t.text))) and t.i + 1 < len(doc):
            j = _skip_title_tail(doc, t.i + 1)
            if j >= len(doc):
                continue
            n = doc[j]
            if (_namey(n, party_tok) or _surname_pronoun(doc, n.i)) and (_name_pos(n) or n.pos_ == "VERB"):
                s, e = _expand(doc, n.i, n.i + 1, party_tok)
                if e - s >= 2 and doc[e - 1].lower_ in ORG_TAILS | _TEAM_NOUNS:
                    continue  # "the Ministers High-Level Working Group": a body, not a person
                if _names_an_institution(doc, e):
                    continue  # "the King Abdullah Petroleum Studies and Research Centre": a building
                if _inside_named_body(doc, s, e):
                    continue  # "leaders of the International Longshore Workers Association": words of a body's name
                if j == t.i + 1 or e - s >= 2:
                    cands.append((s, e))
    # a bare capitalised surname in a participant slot of a meeting ("Akazawa held talks with
    # Lutnick", "X and Y met", "mediated by X") is a person even when spaCy calls it GPE/ORG
    for t in tokens:
        # "Taras Kachka, Deputy Prime Minister of Ukraine, said": a proper name whose apposition
        # is a post is a person, whatever label spaCy gave it
        if t.dep_ == "appos" and t.idx >= body_start and (_is_role(t) or _member_of_team(t)) and t.head.pos_ == "PROPN" and \
                t.head.i < t.i and t.head.ent_type_ not in _NOT_PERSON_ENTS and _namey(t.head, party_tok) and \
                not (t.head.ent_type_ in ("GPE", "LOC", "FAC") and t.head.dep_ == "pobj"
                     and t.head.head.lower_ in ("in", "at", "near", "outside")) and \
                t.head.text not in PLACES and canonical_party(t.head.text) is None:
            h = t.head
            first = min([h.i] + [c.i for c in h.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
            toks = doc[first:h.i + 1]
            if h.i - first <= 3 and all(_namey(x, party_tok) and x.is_alpha for x in toks) and \
                    toks[0].lower_ not in _PLACE_STARTS and (first == 0 or doc[first - 1].text != ")") and \
                    h.i + 1 < len(doc) and doc[h.i + 1].text in (",", "(", "["):
                cands.append(_expand(doc, first, h.i + 1, party_tok))
    body_names = _body_labelled(tokens)
    slot_named: set[str] = set()  # bare names a meeting or a speech verb makes someone
    for t in tokens:
        if t.idx >= body_start and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON") and _namey(t, party_tok) \
                and (_in_meeting_slot(t) or _human_slot(t)) and t.text not in body_names \
                and not (t.i > 0 and doc[t.i - 1].lower_ in ("the", "a", "an")) \
                and t.ent_type_ not in _NOT_PERSON_ENTS \
                and t.text not in PLACES and canonical_party(t.text) is None:
            cands.append(_expand(doc, t.i, t.i + 1, party_tok))
            slot_named.add(t.text)
    # "A B (Energy), C D (Health) and E F (Labour)": the names of a list whose items each carry a
    # bracketed gloss are people when one of them is, whatever label spaCy gave the others
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start_char >= body_start and _glossed(doc, ent.end) is not None:
            cands.extend(_glossed_list(doc, ent.start, ent.end, party_tok))
    # "Reza Tavana and Kazem Rostami": a two- or three-word proper name joined by "and" to a
    # person is a person too, whatever label spaCy gave it
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start_char < body_start:
            continue
        for j, step in ((ent.end, 1), (ent.start - 1, -1)):
            if not (0 <= j < len(doc)) or doc[j].lower_ not in ("and", ","):
                continue
            if doc[j].text == "," and step == 1 and j + 1 < len(doc) and doc[j + 1].lower_ == "and":
                j += 1  # "A, B, and C"
            k = j + step
            run = []
            while 0 <= k < len(doc) and len(run) < 4 and doc[k].pos_ == "PROPN" and _namey(doc[k], party_tok) \
                    and doc[k].ent_type_ not in _NOT_PERSON_ENTS:
                run.append(k)
                k += step
            stop = k if 0 <= k < len(doc) else None
            listed = doc[j].lower_ == "and" or (stop is not None and doc[stop].lower_ in (",", "and"))
            if 2 <= len(run) <= 4 and listed and not any(doc[k].text in body_names for k in run):
                # "A, B, Mawlawi Noorul Rahman Nusrat, C" (not "A and Nippon Ishin chief B", a party
                # the article otherwise labels an organisation)
                cands.append(_expand(doc, min(run), max(run) + 1, party_tok))
    commas = [t for t in tokens if t.text == ","]
    cands.extend(_posted_list_names(doc, commas, party_tok, body_start))
    cands.extend(_bracketed_after_country(doc, brackets, party_tok, body_start))
    # a short form may occur once in full elsewhere: "Ahn" ... "Minister ... Ahn Duk-geun"
    short = {doc[s].text for s, e in cands if e - s == 1}
    if short:
        for t in tokens:
            if t.text in short and t.idx >= body_start:
                s, e = _expand(doc, t.i, t.i + 1, party_tok)
                if e - s > 1:
                    cands.append((s, e))
    gov_named: dict[str, int] = {}  # surname -> first offset of "the <surname> administration"
    for g in tokens:
        # "the Trump administration", "the Meloni government": a government named after its
        # head names that person, whatever label spaCy gave the surname
        if g.lower_ not in ("administration", "government") or g.i < 2 or g.idx < body_start:
            continue
        t = doc[g.i - 1]
        if g.i + 1 < len(doc) and doc[g.i + 1].lower_ == "of":
            continue  # "the Libertarian Government of President X": the government is X's, not "Libertarian"'s
        if doc[g.i - 2].lower_ == "the" and t.pos_ == "PROPN" and t.is_alpha \
                and t.text[0].isupper() and not t.text.isupper() \
                and t.lower_ not in NOT_NAME_WORDS and t.text not in PLACES and canonical_party(t.text) is None \
                and t.ent_type_ not in ("GPE", "NORP", "LOC"):
            cands.append((t.i, t.i + 1))
            gov_named.setdefault(t.text, t.idx)
    # a well-known negotiator the article names only bare, where spaCy gave no PERSON label
    # ("the accord that Trump dumped", "lectured Trump for an hour", "To Lam")
    covered = {i for s, e in cands for i in range(s, e)}
    for t in tokens:
        if t.idx < body_start or t.i in covered or t.i in party_tok or not t.is_alpha or not t.text[0].isupper() \
                or t.text.isupper() or t.ent_type_ in _NOT_PERSON_ENTS or t.text in PLACES \
                or _is_role(t) or canonical_party(t.text) is not None:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.lower_ in NOT_NAME_WORDS and nxt is not None and known_side(f"{t.text} {nxt.text}") is None:
            continue
        if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and nxt.i not in party_tok \
                and known_side(f"{t.text} {nxt.text}") is not None:
            cands.append((t.i, t.i + 2))  # "To Lam": a full form of the list
            covered |= {t.i, t.i + 1}
        elif known_side(t.text) is not None and (nxt is None or not nxt.text[:1].isupper()) and \
                not (nxt is not None and nxt.lower_ in _ERA_NOUNS) and \
                (t.i == 0 or not doc[t.i - 1].text[:1].isupper() or doc[t.i - 1].lower_ in ROLE_WORDS
                 or _sentence_initial(doc, t.i)):
            cands.append((t.i, t.i + 1))  # a bare surname only the list's one person bears
    which_named = _which_named(doc, commas) if ", which" in doc.text else set()
    cands = [(s, e) for s, e in cands if not any(i in listed_places for i in range(s, e))
             and not any(_place_slot(doc[i]) for i in range(s, e)) and not _geographic(doc, s, e)
             and doc[e - 1].lower_ not in _COMPANY_TAILS and doc[s:e].text not in which_named]
    # 2. validate, build records from the longest forms first -------------------------
    forms: dict[str, tuple[int, int]] = {}
    for s, e in cands:
        if abbreviated_given(doc, s) and e - s == 1:
            continue  # "Ma" of "Ma. Theresa Lazaro": the first of a longer name, not a name alone
        if s >= 2 and abbreviated_given(doc, s - 2):
            s -= 2  # "Secretary Ma. Theresa Lazaro": "Ma." (Maria) opens the name
        while e - s > 2 and (doc[s].lower_.rstrip("'’") in _STYLE_WORDS or (
                doc[s].lower_ == "tan" and doc[s + 1].lower_ == "sri")):
            s += 2 if doc[s].lower_ == "tan" else 1  # forms of address: "Dato' Seri X", "Samdech ... Hun X", "Tan Sri X"
        while e - s > 2 and doc[s].lower_ in _PORTFOLIOS and any(
                doc[k].lower_ in ("for", "of", "on") for k in range(max(0, s - 3), s)):
            s += 1  # "Undersecretary for Policy X Y": the portfolio ends the title
        if s > 0 and doc[s - 1].text in _ROYAL_STYLES and not (
                s > 1 and (doc[s - 2].lower_ == "crown" or (doc[s - 2].text[:1].isupper() and _is_role(doc[s - 2])))):
            # "his counterpart Prince Faisal bin Farhan": a royal's style is part of the name (not
            # "Crown Prince X", a post, nor "Saudi Ambassador Princess X", where it stacks on the post)
            s -= 1
        name = _name_text(doc, s, e)
        if _PLACE_HYPHENS.search(doc[s:min(e + 3, len(doc))].text):
            continue  # "Niagara-on-the-Lake", "Stratford-upon-Avon": a town, not a person
        if name in venue_named:
            continue  # "at Ban Phakkad ... via the Ban Phakkad checkpoint": a place wherever it recurs
        if _valid(name) and name not in forms:
            forms[name] = (s, e)
    recs: list[_Rec] = []
    for name in sorted(forms, key=lambda n: (-len(_name_tokens(n)), forms[n][0])):
        toks = _name_tokens(name)
        owner = _owner(recs, toks)
        if owner is None:
            recs.append(_Rec(name=name, toks=toks))
        elif name != owner.name and name not in owner.aliases:
            owner.aliases.append(name)

    # "A B, alias C D", "A B, also known as C": the second name is another name of the first
    for name, (s, e) in forms.items():
        k = s - 1
        while k >= 0 and doc[k].text in _QUOTES:
            k -= 1
        if k >= 0 and doc[k].lower_ in ("alias", "aka", "a.k.a.", "a.k.a") or (
                k >= 2 and doc[k].lower_ == "as" and doc[k - 1].lower_ == "known" and doc[k - 2].lower_ == "also"):
            k -= 3 if doc[k].lower_ == "as" else 1
            k -= k >= 0 and doc[k].text == ","
            alias = next((r for r in recs if r.name == name or name in r.aliases), None)
            real = next((r for r in recs for f in [r.name] + r.aliases
                         if forms.get(f, (-1, -1))[1] == k + 1), None)
            if alias is not None and real is not None and alias is not real:
                real.aliases.extend(a for a in [alias.name] + alias.aliases if a not in real.aliases)
                recs.remove(alias)

    # 3. every occurrence of a known form is a mention --------------------------------
    # the surname alone is a form of a full name even when spaCy never tagged it PERSON
    surname_owner: dict[str, list[_Rec]] = {}
    for r in recs:
        if len(r.toks) >= 2:
            surname_owner.setdefault(r.toks[-1], []).append(r)
    index: dict[str, list[tuple[list[str], _Rec]]] = {}
    for r in recs:
        extra = []
        sur = r.toks[-1]
        if len(r.toks) >= 2 and len(surname_owner.get(sur, [])) == 1 and len(sur) >= 3 \
                and sur.lower() not in NOT_NAME_WORDS and canonical_party(sur) is None:
            extra.append(sur)
        if len(r.toks) >= 2 and r.toks[0] == "He" and len(surname_owner.get(r.toks[-1], [])) <= 1:
            extra.append("He")  # "..., He emphasized": capitalised mid-sentence, not the pronoun
        for form in [r.name] + r.aliases + extra:
            ft = _doc_tokens(form)
            index.setdefault(ft[0], []).append((ft, r))
    for lst in index.values():
        lst.sort(key=lambda x: -len(x[0]))
    raw: list[tuple[int, int, _Rec, str]] = []  # token start, end, rec, how
    i = 0
    n_tok = len(doc)
    while i < n_tok:
        t = doc[i]
        hit = None
        for ft, r in index.get(t.text, ()):
            j = i + len(ft)
            if j <= n_tok and [x.text for x in doc[i:j]] == ft:
                hit = (i, j, r)
                break
        if hit is None:
            i += 1
            continue
        s, e, r = hit
        nxt = doc[e].lower_ if e < n_tok else ""
        if nxt in ("administration", "government", "cabinet", "camp") and len(_doc_tokens(r.name)) >= 1:
            # "the Trump administration" names a side, not the person
            i = e
            continue
        if e - s == 1 and t.lower_ in PERSON_PRONOUNS | {"it", "li"} and t.lower_ != "li" \
                and _sentence_initial(doc, s):
            i = e  # "He said..." is a pronoun even when "He" is a surname
            continue
        how = "name"
        form_txt = doc[s:e].text
        if form_txt != r.name and form_txt not in r.aliases:
            r.aliases.append(form_txt)
        if s > 0 and doc[s - 1].lower_ in HONORIFICS:
            form = f"{doc[s - 1].text} {doc[s:e].text}"
            if form not in r.aliases and form != r.name:
                r.aliases.append(form)
            how = "title"
        raw.append((s, e, r, how))
        i = e

    # 4. titles and countries ----------------------------------------------------------
    starts = {x[0]: x[1] for x in raw}
    shared: dict[int, str] = {}  # mention start -> the post a list's plural title gives it
    for s, e, r, how in raw:
        title, country = _titles_before(doc, s - 2 if s >= 2 and abbreviated_given(doc, s - 2) else s, party_at)
        if not title:
            t2, c2 = _title_after(doc, e, party_at)
            title, country = t2 or title, country or c2
        plural = bool(title) and _plural_post(title.rsplit(" ", 1)[-1].lower())
        if plural:  # "The foreign ministers, A and B": each is a foreign minister
            title = title[:-1]
        title = title or shared.get(s)
        if title and (plural or s in shared):  # the post passes down the list
            nxt = _next_in_list(doc, e, party_at, starts)
            if nxt is not None:
                shared[nxt] = title
        if title:
            r.titles.append(title)
        if country:
            r.countries.append(country)
        if not country and e + 1 < len(doc) and doc[e].lower_ == "of" and (e + 1) in party_at:
            country = party_at[e + 1]  # "President X of Mexico"
            r.countries.append(country)
        c3 = _led_by_country(doc, s, party_at) or _leads_country(doc, e, party_at)
        if not (country or c3):
            c3 = _side_named_after(doc, e, party_at, starts)
        if c3:
            r.countries.append(c3)
        start_char = doc[s].idx
        r.first = min(r.first, start_char)
        if start_char >= body_start:
            r.in_body = True
    # government metonyms named after a person: "the Trump administration" -> his country
    for m in party_mentions:
        words = m.text.split()
        if len(words) >= 2 and words[-1].lower() in ("administration", "government"):
            for r in recs:
                if r.toks[-1] in words[:-1] or any(a in words for a in r.aliases):
                    r.countries.append(m.target)
                    if m.start >= body_start:
                        r.in_body, r.by_government = True, True
                        r.first = min(r.first, m.start)

    for r in recs:
        if r.name in gov_named:
            r.in_body, r.by_government = True, True
            r.first = min(r.first, gov_named[r.name])
    recs = [r for r in recs if r.in_body and (r.by_government or any(x[2] is r for x in raw))]
    # one bare word with no post, no "Mr"/"Dr", no seat at a meeting or speech of its own, and no
    # well-known holder of that name is more often a place, a paper or a firm the tagger took
    # for a person ("according to Spiegel", "the border points A, B, C and D") than someone
    # the article leaves unnamed in full
    titled = {id(x[2]) for x in raw if x[3] == "title"}
    recs = [r for r in recs if len(r.name.split()) > 1 or r.titles or r.by_government or id(r) in titled
            or r.name in slot_named or known_side(r.name) is not None]
    # one bare word the tagger never once calls a person, kept only for its post or its "Mr", in
    # an article that never gives a fuller name, is more often a body or a place than a person
    # (a bare name seated at a meeting or a speech verb stays: "Takeda held talks with Harlan")
    told_by_name = {id(r) for s, e, r, how in raw if how == "name"}
    tagged = {id(r) for s, e, r, how in raw if how == "name" and any(t.ent_type_ == "PERSON" for t in doc[s:e])}
    recs = [r for r in recs if len(r.name.split()) > 1 or id(r) in tagged or id(r) not in told_by_name
            or r.by_government or known_side(r.name) is not None
            or bool(set(re.split(r"[-\s]", r.name)) & slot_named)]
    # one bare word with no post, written three times or more, that the tagger mostly reads as a
    # place or a people ("Cambodia to resume border talks" for a country no list knows) is no
    # person, seated at a meeting or not (a surname told once or twice may be tagged a place)
    one_word = {r.name for r in recs if len(r.name.split()) == 1 and not r.titles}
    if one_word:
        tags: dict[str, Counter] = {n: Counter() for n in one_word}
        for t in tokens:
            if t.text in tags:
                tags[t.text][t.ent_type_ in _PLACE_ENTS] += 1
        recs = [r for r in recs if r.name not in one_word or tags[r.name].total() < 3
                or tags[r.name][True] * 2 <= tags[r.name].total()]
    keep = set(id(r) for r in recs)
    raw = [x for x in raw if id(x[2]) in keep]

    article_parties = {m.target for m in party_mentions}
    people: list[Person] = []
    for r in sorted(recs, key=lambda r: r.first):
        title = _best_title([t for t in r.titles if t.lower() not in ("counterpart", "counterparts")])
        country = _vote(r.countries)
        if country is None and title and any(u in title.lower() for u in US_ONLY_TITLES) and not (
                _SECRETARY_STATES & article_parties and ("commerce secretary" in title.lower() or (
                    "secretary" in title.lower() and "United States" not in article_parties))):
            country = "United States"  # (not a Commerce Secretary in Delhi, a Treasury Secretary in Colombo)
        if country is None and title and _EU_POST.match(title):
            country = "European Union"  # "European Trade Commissioner X": the bloc's post
        aliases = [a for a in r.aliases if a != r.name]
        people.append(Person(name=r.name, aliases=aliases, title=title, country=country))
    by_name = {p.name: p for p in people}

    mentions = [Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), doc[s:e].text,
                        r.name, how) for s, e, r, how in raw if r.name in by_name]

    # 5. pronouns and role nouns -------------------------------------------------------
    mentions.extend(_resolve_pronouns(doc, mentions, by_name))
    mentions.sort(key=lambda m: (m.start, m.end))
    return people, mentions


_QUOTES = ('"', "“", "”", "'", "’")


def _sentence_initial(doc: "Doc", i: int) -> bool:
    """Does token i start a sentence (so its capital says nothing)? `"...," He told` does
    not: after a quote closed by a comma the sentence goes on."""
    if i == 0:
        return True
    prev = doc[i - 1]
    if prev.is_space or "\n" in prev.whitespace_:
        return True
    if prev.text in _QUOTES:
        return not (i >= 2 and doc[i - 2].text == ",")
    return doc[i].is_sent_start


def _doc_tokens(form: str) -> list[str]:
    """Split a name the way spaCy's tokenizer does for our purposes (hyphen parts apart)."""
    out: list[str] = []
    for w in form.split():
        if w[:-1] in ABBREVIATED_GIVEN and w.endswith("."):
            out.extend((w[:-1], "."))  # "Ma. Theresa": the tokenizer splits the full stop off
            continue
        parts = re.split(r"(-)", w)
        out.extend(p for p in parts if p)
    return out


def _fold(t: str) -> str:
    """Lower case without diacritics: "Šefčovič" and "Sefcovic" are one name."""
    return "".join(c for c in unicodedata.normalize("NFKD", t.lower()) if not unicodedata.combining(c))


def _spelling(word: str) -> str:
    """One key for transliteration variants of a long name: "Zelenskyy" / "Zelensky" /
    "Zelenskiy" (doubled letters and a final -iy/-yy collapse)."""
    if len(word) < 6:
        return word
    return re.sub(r"(?:iy|yy|ii|yi)$", "y", word)


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(x == y for y in it) for x in short)


def _owner(recs: list[_Rec], toks: list[str]) -> _Rec | None:
    """The existing longer name this shorter form belongs to (contiguous sub-sequence)."""
    n = len(toks)
    low = [_spelling(_fold(t)) for t in toks]
    for r in recs:
        rt = [_spelling(_fold(t)) for t in r.toks]
        # a short given name of the same person: "Steve Witkoff" / "Steven Witkoff"
        if n == len(rt) == 2 and low[1] == rt[1] and low[0] != rt[0] and min(len(low[0]), len(rt[0])) >= 3 \
                and (rt[0].startswith(low[0]) or low[0].startswith(rt[0])):
            return r
        if low == rt:
            return r  # "José Manuel Albares" and "Jose Manuel Albares": one name, spelt with and without accents
        if n >= len(rt):
            continue
        for k in range(len(rt) - n + 1):
            if rt[k:k + n] == low:
                return r
        # honorific-laden names: "Tengku Zafrul" is "Tengku Datuk Seri Zafrul Abdul Aziz"
        if n >= 2 and low[0] == rt[0] and _subsequence(low, rt):
            return r
        # hyphenated given names: "Lee Jae-myung" vs "Lee Jae Myung"
        if n == 1 and low[0] in [x for t in rt for x in t.split("-")]:
            return r
    return None


def _next_in_list(doc: "Doc", e: int, party_at: dict[int, str], starts: dict[int, int]) -> int | None:
    """Where the next name of a list starts right after a name ending at `e` ("A, B and C",
    "A of Chile and B"), or None."""
    k = e
    if k + 1 < len(doc) and doc[k].lower_ == "of" and (k + 1) in party_at:
        k += 1
        while k in party_at:
            k += 1  # "A of Chile and B": past A's side
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k < len(doc) and doc[k].lower_ == "and":
        k += 1
    return k if k > e and k in starts else None


def _titles_before(doc: "Doc", s: int, party_at: dict[int, str]) -> tuple[str | None, str | None]:
    """`_title_before`, and when the name has two posts joined by 'and' ("Hamas leader and chief
    negotiator X", "JIP leader and Osaka Gov. X") and the nearer one names no side, the side of
    the first post."""
    title, country = _title_before(doc, s, party_at)
    if country is not None:
        return title, country
    sent_start = doc[s].sent.start
    for j in range(s - 1, max(sent_start, s - 5), -1):
        if doc[j].lower_ in ("and", "&"):
            break
        if not (doc[j].text[:1].isupper() or doc[j].lower_ in HONORIFICS or _is_role(doc[j])) or j in party_at:
            return title, country
    else:
        return title, country
    if j - 1 < sent_start or not _is_role(doc[j - 1]):
        return title, country
    first, side = _title_before(doc, j, party_at)
    if side is None and doc[j].text != "&":
        return title, country
    # ("Deputy Prime Minister & Foreign Minister X": both posts, the first one the higher)
    return (f"{first} {doc[j].text} {title}" if first and title else first or title), side


def _title_before(doc: "Doc", s: int, party_at: dict[int, str]) -> tuple[str | None, str | None]:
    """Title and country from the words right before a name.

    "U.S. Commerce Secretary Howard Lutnick" -> ("Commerce Secretary", "United States");
    "Japan's chief negotiator X" -> ("chief negotiator", "Japan").
    """
    sent_start = doc[s].sent.start
    k = s - 1
    while k >= sent_start and (doc[k].lower_.rstrip("'’") in _STYLE_WORDS or doc[k].text in ("'", "’")):
        k -= 1  # "the Prime Minister of Malaysia, Dato' Seri X": past the forms of address
    if k >= sent_start and doc[k].lower_ in HONORIFICS:
        k -= 1
    if k - 1 >= sent_start and doc[k].text == "," and _appositive_name(doc, s) and (
            _is_role(doc[k - 1]) or ((k - 1) in party_at and _of_party_after_role(
                doc, k - 1, sent_start, party_at, ("of", "to", "for")))):
        k -= 1  # "Malaysia's prime minister, X", "the Prime Minister of Malaysia, X", "US envoy to Sudan, X"
    end = k + 1  # title tokens are [k+1 .. end)
    has_role = False
    country = None
    while k >= sent_start and end - k <= 9:
        t = doc[k]
        if t.i in party_at:
            country = party_at[t.i]
            # include the whole party mention, then stop
            while k - 1 >= sent_start and doc[k - 1].i in party_at and party_at[doc[k - 1].i] == country:
                k -= 1
            k -= 1
            if k - 1 >= sent_start and doc[k].text in ("-", "–") and (k - 1) in party_at and party_at[k - 1] != country:
                # "Canada-U.S. Trade Minister X": the minister for those relations is the first one's
                country = party_at[k - 1]
                k -= 1
                while k - 1 >= sent_start and (k - 1) in party_at and party_at[k - 1] == country:
                    k -= 1
                k -= 1
            # "Ambassador of Ukraine to the United States X": the envoy's own side is the "of" one
            j = k - (k >= sent_start and doc[k].lower_ == "the")
            if j >= sent_start + 2 and doc[j].lower_ == "to" and (j - 1) in party_at:
                first = j - 1
                while first - 1 >= sent_start and (first - 1) in party_at and party_at[first - 1] == party_at[j - 1]:
                    first -= 1
                if first - 1 >= sent_start and doc[first - 1].lower_ == "of":
                    country = party_at[j - 1]
            elif j >= sent_start + 1 and doc[j].lower_ in ("to", "for") and _is_role(doc[j - 1]) and (j - 1) not in party_at:
                # "US envoy to Syria X": the post is "envoy to Syria"; his own side comes before it
                r = j - 1
                while r - 1 >= sent_start and (r - 1) not in party_at and (
                        _is_role(doc[r - 1]) or _is_title_word(doc[r - 1])):
                    r -= 1
                q = r - 1 - (r - 1 >= sent_start and doc[r - 1].text in ("'s", "’s"))
                own = party_at.get(q) if q >= sent_start else None
                return " ".join(t.text for t in doc[r:end]), own
            if k >= sent_start and doc[k].text == "," and doc[k + 1].lower_ != "the" and any(
                    doc[x].lower_ in ("department", "ministry") for x in range(k + 1, t.i + 1)):
                # "India's chief negotiator, Commerce Department Joint Secretary X": a bare
                # department's side is the one the post before the comma names
                country = _post_of_party_before(doc, k, sent_start, party_at) or country
            break
        if t.text in ("'s", "’s", "'"):
            k -= 1
            continue
        if _is_role(t):
            has_role = True
            k -= 1
            continue
        if t.lower_ in ("of", "for") and has_role is False and k + 1 < end:
            k -= 1
            continue
        if _is_title_word(t) or (t.pos_ in ("PROPN", "NOUN", "ADJ") and t.lower_ not in NOT_NAME_WORDS):
            if t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and not _is_title_word(t) and not has_role
                                           and t.lower_ not in _PORTFOLIOS):
                break  # (but "Minister of Economic Development X": the portfolio is part of the title)
            k -= 1
            continue
        if t.lower_ in ("trade", "state", "national", "foreign", "security", "defense", "house") or (
                t.lower_ in _PORTFOLIOS and t.text[:1].isupper()):
            k -= 1  # (also "Minister of Economic Affairs X")
            continue
        if t.lower_ == "staff" and k - 2 >= sent_start and doc[k - 1].lower_ == "of" and _is_role(doc[k - 2]):
            k -= 1  # "presidential chief of staff X"
            continue
        if has_role and k + 1 < end and t.lower_ in _PORTFOLIOS | _SERVICES:
            k -= 1  # "Egyptian intelligence chief X", "Chinese foreign ministry spokesperson X"
            continue
        if t.lower_ in ("and", "&") and k + 1 < end and doc[k + 1].text[:1].isupper() and any(
                doc[x].lower_ == "of" and x - 1 >= sent_start and _is_role(doc[x - 1])
                for x in range(max(sent_start + 1, k - 4), k)):
            k -= 1  # "Minister of Industry and Trade X": the "and" inside the department's name
            continue
        break
    start = k + 1
    # title tokens exclude the party prefix and possessive
    toks = [t for t in doc[start:end] if (t.i not in party_at or t.text in SERVICE_NAMES)
            and t.text not in ("'s", "’s", "'")]  # ("CIA Director": the service stays in the title)
    if country is not None:
        pass
    if not toks and country is not None and k >= sent_start + 1 and doc[k].lower_ == "of" and _is_role(doc[k - 1]):
        # "Acting Prime Minister of Thailand X": the title sits before "of <country>"
        j = k - 1
        while j >= sent_start and (_is_role(doc[j]) or _is_title_word(doc[j])) and doc[j].i not in party_at:
            j -= 1
        title = " ".join(t.text for t in doc[j + 1:k])
        return (title or None), country
    if not toks or not any(_is_role(t) for t in toks):
        # a bare "Japan's X" / "Russian X" still gives the country
        if end - 1 >= sent_start and (end - 1) in party_at and not toks:
            return None, country or party_at[end - 1]
        if end - 2 >= sent_start and doc[end - 1].text in ("'s", "’s") and (end - 2) in party_at:
            return None, party_at[end - 2]
        return None, None
    # drop leading connectors
    while toks and toks[0].lower_ in ("of", "for", "and", "the"):
        toks = toks[1:]
    title = " ".join(t.text for t in toks)
    # party named inside the title: "European Commission President", "Kremlin spokesperson"
    if country is None:
        for t in toks:
            if t.i in party_at:
                country = party_at[t.i]
                break
        if country is None:
            c = canonical_party(title.rsplit(" ", 1)[0]) if " " in title else None
            country = c
    title = _strip_party_words(title).lstrip("-–— ").strip()
    if country is None:
        country = _post_of_party_before(doc, start - 1, sent_start, party_at)
    # "President of Ukraine"-style suffix after the name is handled by _title_after
    return (title or None), country


def _post_of_party_before(doc: "Doc", j: int, sent_start: int, party_at: dict[int, str]) -> str | None:
    """"Japan's chief trade negotiator, Economic Revitalization Minister X": the post told
    before the comma names the side of the title after it."""
    if j - 2 < sent_start or doc[j].text != ",":
        return None
    k = j - 1
    seen_role = False
    while k >= sent_start and j - k <= 6 and k not in party_at:
        t = doc[k]
        if t.text in ("'s", "’s"):
            k -= 1
            break
        if _is_role(t):
            seen_role = True
        elif not (_is_title_word(t) or t.lower_ in ("chief", "top", "lead", "senior", "trade", "tariff")):
            return None
        k -= 1
    return party_at.get(k) if seen_role and k >= sent_start else None


def _of_party_after_role(doc: "Doc", j: int, sent_start: int, party_at: dict[int, str],
                         preps: tuple[str, ...] = ("of",)) -> bool:
    """Does the party mention ending at `j` follow "<role> of (the)" ("Prime Minister of
    Malaysia"), not "to" ("ambassador to the UN": the envoy is not the UN's)? With `preps`
    ("to", "for"), "<role> to/for <party>" ("envoy to Sudan, X")."""
    i = j
    while i - 1 >= sent_start and (i - 1) in party_at and party_at[i - 1] == party_at[j]:
        i -= 1
    i -= 1
    if i >= sent_start and doc[i].lower_ == "the":
        i -= 1
    return i - 1 >= sent_start and doc[i].lower_ in preps and _is_role(doc[i - 1])


def _appositive_name(doc: "Doc", s: int) -> bool:
    """Is the name at `s` an appositive of what precedes the comma ("the minister, X,"), not
    the speaker of a report ("... with the minister, X said")?"""
    e = s
    while e < len(doc) and doc[e].pos_ == "PROPN":
        e += 1
    return not (e < len(doc) and doc[e].lemma_.lower() in ("say", "tell", "add", "note", "write", "announce"))


def _is_title_word(t: "Token") -> bool:
    return _is_role(t) or t.lower_ in ("commerce", "treasury", "trade", "foreign", "defense",
                                       "defence", "state", "economic", "finance", "vice",
                                       "prime", "deputy", "first", "chief", "top", "special",
                                       "senior", "security", "national", "revitalization",
                                       "industry", "energy", "presidential", "acting", "former",
                                       "managing", "assistant", "associate")


def _strip_party_words(title: str) -> str:
    """'U.S. Commerce Secretary' -> 'Commerce Secretary'; but 'CIA Director' keeps its service."""
    words = title.split()
    while words and canonical_party(words[0]) is not None and words[0] not in SERVICE_NAMES:
        words = words[1:]
    return " ".join(words)


_APPOS_STOP = {",", ".", ";", ":", "who", "which", "that", "and", "said", "says", "(", ")", "[", "]", "—", "–"}


def _title_after(doc: "Doc", e: int, party_at: dict[int, str]) -> tuple[str | None, str | None]:
    """Appositive title after a name: "X, Japan's top tariff negotiator," -> title, country."""
    if e >= len(doc) or doc[e].text not in (",", "(", "["):
        return None, None  # "X, Japan's negotiator," or "X [Ukraine's Economy Minister]"
    sent_end = doc[e].sent.end
    k = e + 1
    country = None
    toks: list[Token] = []
    while k < sent_end and k - e <= 16 and doc[k].text not in _APPOS_STOP:
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG"):
            return None, None
        toks.append(t)
        k += 1
    if not toks:
        return None, None
    # leading determiner / possessive party
    i = 0
    while i < len(toks) and (toks[i].lower_ in ("the", "a", "an", "his", "her", "its") or toks[i].i in party_at
                             or toks[i].text in ("'s", "’s")):
        if toks[i].i in party_at and country is None:
            country = party_at[toks[i].i]
        i += 1
    body = toks[i:]
    role_idx = [j for j, t in enumerate(body) if _is_role(t)]
    if not role_idx:
        return None, None
    # stop at the role word unless followed by "of/for X" (minister for economic revitalization)
    last = role_idx[0]
    for j in role_idx:
        if j == last + 1 or j <= 2:
            last = j
    title_toks = body[: last + 1]
    rest = body[last + 1:]
    if rest and rest[0].lower_ in ("of", "for", "to") and len(rest) <= 8:  # "... of Defence of the Kingdom of X"
        for t in rest[1:]:
            if t.i in party_at and country is None and rest[0].lower_ != "to":
                country = party_at[t.i]  # (not "a Thai ambassador to Cambodia": he is Thailand's)
        if not any(t.i in party_at for t in rest[1:]):
            title_toks = body
    if any(t.ent_type_ == "PERSON" for t in title_toks):
        return None, country
    if country is None:  # "X, the top Omani diplomat,"
        country = next((party_at[t.i] for t in title_toks if t.i in party_at), None)
    if country is None and rest and rest[0].lower_ == "and" and body[-1].i in party_at and any(
            t.lower_ == "of" for t in rest[-4:]):
        country = party_at[body[-1].i]  # "X, Deputy Prime Minister and Minister of Defence of Cambodia,"
    if country is None and body and body[-1].i in party_at and len(body) >= 2 and body[-2].lower_ == "of":
        country = party_at[body[-1].i]  # "X, Minister of National Defence of the Kingdom of Cambodia,"
    nxt = body[last + 1] if last + 1 < len(body) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.ent_type_ == "PERSON"):
        return None, None  # "X, President Y's son-in-law": the title belongs to Y
    title = _strip_party_words(" ".join(t.text for t in title_toks))
    return (title or None), country


# The posts of the European Union's own institutions ("European Trade Commissioner",
# "European Commission President", "European Council President")
_EU_POST = re.compile(r"European (?:[A-Z][a-z]+ )*(?:Commissioner|Commission|Council President)\b")


def _led_by_country(doc: "Doc", s: int, party_at: dict[int, str]) -> str | None:
    """"Ukraine's delegation, led by X" / "the Chinese side, headed by X" / "Ukraine's team was
    led by Defence Minister X" -> the party."""
    k = s - 1
    while k > 0 and s - k <= 4 and doc[k].text[:1].isupper() and (_is_role(doc[k]) or doc[k].lower_ in NOT_NAME_WORDS):
        k -= 1  # the title between "by" and the name
    if k >= 1 and doc[k].lower_ == "by" and doc[k - 1].lower_ in ("led", "headed", "represented"):
        sent_start = doc[s].sent.start
        for j in range(k - 2, max(sent_start, k - 8) - 1, -1):
            if j in party_at:
                return party_at[j]
    return None


def _leads_country(doc: "Doc", e: int, party_at: dict[int, str]) -> str | None:
    """"X led the Chinese side", "X heads Ukraine's delegation" -> the party."""
    if e >= len(doc) or doc[e].lemma_.lower() not in ("lead", "head"):
        return None
    for j in range(e + 1, min(len(doc), e + 6)):
        if doc[j].lower_ in ("side", "delegation", "team", "negotiators", "negotiating"):
            for k in range(e + 1, j):
                if k in party_at:
                    return party_at[k]
            return None
    return None


def _side_named_after(doc: "Doc", e: int, party_at: dict[int, str], starts: dict[int, int]) -> str | None:
    """"X will represent the United States", "X and Y will lead the talks on the Iranian side",
    "X, who ..., heads the talks for the Chinese side": the side a person acts for, told later
    in the same clause. Scanning stops at another person who is not listed together with X
    ("X and Y ..."), at a semicolon or at the end of the sentence."""
    end = min(doc[e - 1].sent.end, e + 30)
    j, last_end = e, e
    while j < end:
        t = doc[j]
        if t.text == ";":
            return None
        if j in starts:
            listed = j - 1 == last_end and doc[j - 1].lower_ in ("and", ",") or \
                j - 2 == last_end and doc[j - 2].text == "," and doc[j - 1].lower_ == "and"
            if not listed:
                return None
            j = last_end = starts[j]
            continue
        if t.lemma_.lower() == "represent" and t.pos_ in ("VERB", "AUX"):
            k = j + 1 + (j + 1 < end and doc[j + 1].lower_ == "the")
            return party_at.get(k)
        if t.lower_ in ("side", "delegation", "team") and doc[j - 1].i in party_at \
                and j >= 3 and any(doc[k].lower_ in ("on", "for") for k in range(j - 3, j - 1)):
            return party_at[j - 1]
        j += 1
    return None


def _best_title(titles: list[str]) -> str | None:
    if not titles:
        return None
    # prefer the most frequent, then the longest informative one
    counts: dict[str, int] = {}
    for t in titles:
        counts[t] = counts.get(t, 0) + 1
    return max(counts, key=lambda t: (len(t.split()) > 1, counts[t], len(t)))


def _vote(values: list[str]) -> str | None:
    if not values:
        return None
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return max(counts, key=lambda v: (counts[v], -values.index(v)))


_DEPARTMENTS = frozenset("""treasury commerce defense defence finance economy trade state energy
justice interior agriculture labor labour health education industry transport foreign""".split())


def _titles_a_name(doc: "Doc", role: "Token", name_starts: set[int]) -> bool:
    """"The Minister of Oil Hayan X met ...": the post is the title of the name right after its
    portfolio, not a reference back to an earlier minister."""
    j = _skip_title_tail(doc, role.i + 1)
    return j > role.i + 1 and j < len(doc) and doc[j].idx in name_starts


def _same_department(depts: list[str], title: str) -> bool:
    """"the Treasury Secretary" is not a person titled "Secretary of Commerce"; a bare
    "minister" title says nothing against it."""
    words = set(re.findall(r"[a-z]+", title.lower())) & _DEPARTMENTS
    return not depts or not words or bool(words & set(depts))


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
                own_subj = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
                before = [m for m in before if tok_of.get(m.start) is None or tok_of[m.start].i not in own_subj]
            same = [m for m in before if m.start >= sent.start_char]
            pool = same or [m for m in before if m.start >= _prev_sent_start(doc, sent)] or before[-1:]
            subj = [m for m in pool if tok_of.get(m.start) is not None
                    and tok_of[m.start].dep_ in ("nsubj", "nsubjpass")]
            choice = (subj or pool)[-1] if (subj or pool) else None
            if not same and subj:
                choice = subj[0] if len({m.target for m in subj}) == 1 else subj[-1]
        if choice is None:
            continue
        span_start = role_start if role is not None else t.i
        out.append(Mention(doc[span_start].idx, t.idx + len(t.text), doc[span_start:t.i + 1].text,
                           choice.target, "title" if role else "pronoun"))
    return out


# posts the press shortens to capitals ("the Deputy PM", "the FM")
_SHORT_POSTS = {"PM": "prime minister", "FM": "foreign minister"}
# Words that make a different post of the role word after them ("prime minister", "vice president")
_RANK_WORDS = frozenset({"prime", "vice", "deputy"})


def _role_fits(before: list[Mention], by_name: dict[str, Person], role: str, party: str | None,
               depts: list[str]) -> list[Mention]:
    """Mentions (latest first) of people whose title holds the role word, of the party and
    department the noun phrase gives."""
    return [m for m in reversed(before[-12:]) if (p := by_name.get(m.target)) and p.title and
            role in p.title.lower() and (party is None or p.country in (None, party))
            and _same_department(depts, p.title)]


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
