"""Titles, posts and countries read around a name: the words before it ("U.S. Commerce
Secretary", "Japan's chief negotiator"), an appositive after it ("X, Japan's top negotiator,"),
a side named after a post ("minister of trade of Y"), and the vote between several readings.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from ..lexicon import HONORIFICS, NOT_NAME_WORDS
from ..parties import SERVICE_NAMES, canonical_party
from .lexicon import (
    ABBREVIATED_GIVEN, GIVEN_NAME_SHORT_FORMS, _APPOS_STOP, _DEPARTMENTS, _PORTFOLIOS, _QUOTES, _REGIONS,
    _ROYAL_STYLES, _SERVICES, _STYLE_WORDS,
)
from .names import _is_role, _is_title_word, _skip_title_tail

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token
    from .names import _Rec


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


def _particles_apart(words: list[str]) -> list[str]:
    """"al-khulaifi" as "al", "khulaifi": the particle written with a hyphen or a space is one
    name ("Al-Khulaifi" / "Al Khulaifi")."""
    out: list[str] = []
    for w in words:
        head, dash, rest = w.partition("-")
        if dash and head in ("al", "el") and rest:
            out.extend((head, rest))
        else:
            out.append(w)
    return out


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(x == y for y in it) for x in short)


def _owner(recs: list[_Rec], toks: list[str]) -> _Rec | None:
    """The existing longer name this shorter form belongs to (contiguous sub-sequence)."""
    low = _particles_apart([_spelling(_fold(t)) for t in toks])
    n = len(low)
    for r in recs:
        rt = _particles_apart([_spelling(_fold(t)) for t in r.toks])
        if n == len(rt) >= 2 and low[1:] == rt[1:] and low[0] != rt[0] and \
                GIVEN_NAME_SHORT_FORMS.get(low[0], low[0]) == GIVEN_NAME_SHORT_FORMS.get(rt[0], rt[0]):
            return r  # "Bill Burns" / "William Burns": a short form of the same given name
        if n == 2 and toks[0] in _ROYAL_STYLES and len(rt) >= 3 and low[1] == rt[0] and rt[0] != rt[-1]:
            return r  # "Prince Mohammed" is "Mohammed bin Salman": the style and the given name
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
    if s - 2 >= sent_start and doc[s - 1].text in ("'s", "’s") and (s - 2) not in party_at \
            and not _is_role(doc[s - 2]):
        return None, None  # "the Directorate-General for Trade's X": a body owns X; no post before the name
    k = s - 1
    while k >= sent_start and (doc[k].lower_.rstrip("'’") in _STYLE_WORDS or doc[k].text in ("'", "’") or (
            doc[k].text in _ROYAL_STYLES and not (k > sent_start and doc[k - 1].lower_ == "crown"))):
        k -= 1  # "the Prime Minister of Malaysia, Dato' Seri X", "Foreign Minister Prince X": past the
        # forms of address (not "Crown Prince X", a post)
    if k - 3 >= sent_start and doc[k].text == ")" and doc[k - 2].text == "(" and doc[k - 1].text.isupper():
        k -= 3  # "U.S. Trade Representative (USTR) X": past the post's acronym
    if k >= sent_start and doc[k].lower_ in HONORIFICS:
        k -= 1
        while k - 1 >= sent_start and s - k <= 4 and (
                doc[k].lower_ in HONORIFICS and not doc[k + 1].text.startswith("(")
                or doc[k].text == "." and doc[k - 1].lower_ in HONORIFICS):
            k -= 2 if doc[k].text == "." else 1  # "his counterpart Lt Gen X", "Maj. Gen. X": a rank of two words
    if k >= sent_start and doc[k].lower_ in HONORIFICS and doc[k + 1].text.startswith("("):
        k -= 1  # "Defence Minister Gen (Rtd) X": a rank before a retired officer's mark
    if k - 1 >= sent_start and doc[k].text == "," and _appositive_name(doc, s) and (
            _is_role(doc[k - 1]) or ((k - 1) in party_at and _of_party_after_role(
                doc, k - 1, sent_start, party_at, ("of", "to", "for"))) or _portfolio_after_role(doc, k - 1, sent_start)
            or _head_of_polity(doc, k - 1, sent_start)):
        k -= 1  # "Malaysia's prime minister, X", "the Prime Minister of Malaysia, X", "US envoy to Sudan, X",
        # "The Minister of Foreign Affairs, X", "Qatar's head of state, X"
    end = k + 1  # title tokens are [k+1 .. end)
    has_role = False
    country = None
    while k >= sent_start and end - k <= (11 if "," in doc[max(sent_start, end - 9):end].text else 9):
        t = doc[k]
        if t.i in party_at and t.ent_type_ == "ORG" and t.ent_iob_ == "I" and (t.i - 1) not in party_at:
            break  # "Air Canada chief executive X": the country ends a firm's name, X is the firm's
        if t.i in party_at:
            country = party_at[t.i]
            # include the whole party mention, then stop
            while k - 1 >= sent_start and doc[k - 1].i in party_at and party_at[doc[k - 1].i] == country:
                k -= 1
            k -= 1
            if k - 1 >= sent_start and doc[k].text in ("-", "–") and (k - 1) in party_at and party_at[k - 1] != country \
                    and not doc[k].whitespace_ and not doc[k - 1].whitespace_:  # (not a dateline: "CAIRO - U.S. ...")
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
        if t.lower_ in ("elect", "designate") and k - 2 >= sent_start and doc[k - 1].text in ("-", "‐") \
                and _is_role(doc[k - 2]):
            has_role = True  # "President-Elect X", "Prime Minister-designate X"
            k -= 2
            continue
        if t.text in ("-", "‐") and has_role and not t.whitespace_ and k - 1 >= sent_start \
                and not doc[k - 1].whitespace_ and _is_role(doc[k - 1]):
            k -= 1  # "Secretary-General X": one post written with a hyphen
            continue
        if _is_role(t) or k == end - 1 and k - 1 >= sent_start and doc[k - 1].lower_ == "chief" \
                and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON":
            has_role = True  # (also "chief executive X", "chief economist X": the post "chief" opens)
            k -= 1
            continue
        if t.lower_ in ("of", "for") and has_role is False and k + 1 < end:
            k -= 1
            continue
        if t.lower_ == "the" and not has_role and k + 1 < end and k - 2 >= sent_start \
                and doc[k - 1].lower_ in ("of", "for") and _is_role(doc[k - 2]):
            k -= 1  # "Minister of the Interior X": the department's article inside the post
            continue
        if not has_role and t.lower_ in _REGIONS and t.text[:1].isupper() \
                and _portfolio_after_role(doc, end - 1, sent_start):
            k -= 1  # "special envoy for the Middle East, X": the region the post covers, before its role
            continue
        if _is_title_word(t) or (t.pos_ in ("PROPN", "NOUN", "ADJ") and t.lower_ not in NOT_NAME_WORDS):
            portfolio_end = t.lower_ in _PORTFOLIOS and k - 1 >= sent_start and (
                doc[k - 1].lower_ in _PORTFOLIOS or doc[k - 1].lower_ in ("of", "for", "and"))
            if (t.ent_type_ == "PERSON" and not portfolio_end) or (
                    t.pos_ == "PROPN" and not _is_title_word(t) and not has_role and t.lower_ not in _PORTFOLIOS
                    and not (k + 1 < end and doc[k + 1].lower_ in _PORTFOLIOS and doc[k + 1].text[:1].isupper())):
                break  # (but "Minister of Economic Development X": the portfolio is part of the title)
            k -= 1
            continue
        if has_role and t.lower_ in _REGIONS and t.text[:1].isupper():
            k -= 1  # "U.S. Middle East envoy X": the region the post covers
            continue
        if has_role and t.pos_ == "ADJ" and t.text.islower() and t.ent_type_ != "PERSON":
            k -= 1  # "Hamas political chief X", "Japan's top negotiator Y": the post's own qualifier
            continue
        if t.lower_ in ("trade", "state", "national", "foreign", "security", "defense", "house", "cabinet", "joint",
                        "local", "commission") or (
                has_role and t.lower_ in ("council", "committee") and t.text[:1].isupper()) or (
                t.lower_ in _PORTFOLIOS and t.text[:1].isupper()):
            k -= 1  # (also "Minister of Economic Affairs X")
            continue
        if t.pos_ == "NOUN" and t.dep_ == "compound" and k + 1 < end and _is_role(t.head) and t.head.i < end:
            k -= 1  # "IMF mission chief X", "IMF team leader X": the noun names the post, whatever list holds it
            continue
        if t.lower_ == "staff" and k - 2 >= sent_start and doc[k - 1].lower_ == "of" and _is_role(doc[k - 2]):
            k -= 1  # "presidential chief of staff X"
            continue
        if has_role and k + 1 < end and t.lower_ in _PORTFOLIOS | _SERVICES:
            k -= 1  # "Egyptian intelligence chief X", "Chinese foreign ministry spokesperson X"
            continue
        if t.lower_ in ("and", "&") and has_role and k + 1 < end and doc[k + 1].lower_ in _PORTFOLIOS | {"business"} \
                and k - 1 >= sent_start and doc[k - 1].text[:1].isupper() and doc[k - 1].lower_ in _PORTFOLIOS | {"business"}:
            k -= 1  # "Business and Trade Secretary X", "Commerce and Industry Minister Y": one portfolio
            continue
        if t.text == "," and k + 1 < end and k - 1 >= sent_start and doc[k + 1].text[:1].isupper() \
                and doc[k - 1].text[:1].isupper() and doc[k + 1].lower_ in _PORTFOLIOS \
                and doc[k - 1].lower_ in _PORTFOLIOS and any(
                    doc[x].lower_ in ("of", "for") and x - 1 >= sent_start and _is_role(doc[x - 1])
                    for x in range(max(sent_start + 1, k - 4), k)):
            k -= 1  # "Minister of Trade, Industry and Competition X": the comma inside the department's name
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
    title = "".join(t.text + ("" if not t.whitespace_ and (t.text in ("-", "‐") or (
        i + 1 < len(toks) and toks[i + 1].text in ("-", "‐", ","))) else " ") for i, t in enumerate(toks)).strip()
    # (a hyphenated post as written: "Secretary-General")
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


def _head_of_polity(doc: "Doc", j: int, sent_start: int) -> bool:
    """Does a post of the form "head of state" / "head of government" end at `j`? Its last word
    is no role word, yet the name after the comma holds the post."""
    return j - 2 >= sent_start and doc[j].lower_ in ("state", "government") and doc[j - 1].lower_ == "of" \
        and _is_role(doc[j - 2])


def _portfolio_after_role(doc: "Doc", j: int, sent_start: int) -> bool:
    """Does the post's portfolio end at `j`, right after its role word: "Minister of Foreign
    Affairs", "Secretary for Trade and Industry"?"""
    k = j
    while k > sent_start and k - j > -6 and doc[k].text[:1].isupper() and (
            doc[k].lower_ in _PORTFOLIOS or doc[k].lower_ in NOT_NAME_WORDS or doc[k].lower_ == "foreign"
            or doc[k].lower_ in _REGIONS):
        k -= 1
        while k > sent_start and doc[k].lower_ in ("and", "&", ","):
            k -= 1
    if k < j and k > sent_start + 1 and doc[k].lower_ == "the" and doc[j].lower_ in _REGIONS:
        k -= 1  # "special envoy for the Middle East, X"
    return k < j and k > sent_start and doc[k].lower_ in ("of", "for", "to") and _is_role(doc[k - 1])


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


def _strip_party_words(title: str) -> str:
    """'U.S. Commerce Secretary' -> 'Commerce Secretary'; but 'CIA Director' keeps its service."""
    words = title.split()
    while words and canonical_party(words[0]) is not None and words[0] not in SERVICE_NAMES:
        words = words[1:]
    return " ".join(words)


def _title_after(doc: "Doc", e: int, party_at: dict[int, str],
                 name_starts: "set[int] | dict[int, int]" = frozenset()) -> tuple[str | None, str | None]:
    """Appositive title after a name: "X, Japan's top tariff negotiator," -> title, country.
    `name_starts`: where the names found start; a phrase that runs into one glued to a body's
    name is the next item of a list with its own post ("A, Chief of the General Staff B, ..."),
    not A's post."""
    if e >= len(doc) or doc[e].text not in (",", "(", "["):
        return None, None  # "X, Japan's negotiator," or "X [Ukraine's Economy Minister]"
    sent_end = doc[e].sent.end
    k = e + 1
    if k < sent_end and doc[k].lower_ in ("including", "includes", "among", "alongside", "plus", "such"):
        return None, None  # "..., A and B, including the head of X's fund C": the next item, not a post
    country = None
    toks: list[Token] = []
    while k < sent_end and k - e <= 16 and (doc[k].text not in _APPOS_STOP or _and_in_department(doc, k, party_at)):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG"):
            return None, None
        toks.append(t)
        k += 1
    if k < sent_end and doc[k].lower_ in ("said", "says") and doc[e - 1].dep_ in ("pobj", "dobj") \
            and toks and toks[0].lower_ in ("a", "an"):
        return None, None  # "talks with X, a government spokesman said": an unnamed source reports, X holds no post
        # (but "X, the bloc's trade commissioner said ...": the subject's post, its second comma missing;
        # "mediated by X, the top Omani diplomat said": a definite post is X's)
    if not toks or any(t.i in name_starts and t.ent_type_ != "PERSON" and t.i - 1 not in party_at
                       and not (t.i + 1 < len(doc) and doc[t.i + 1].text in ("'s", "’s")) for t in toks):
        # (a name the tagger read as the tail of a body: "Chief of the Armed Forces B" is B's post;
        # but "X, an aide to President Y," is X's, Y only its owner, and "of the Federation of
        # Indian Export Organisations" has no name after a side's adjective; an owner before "'s" is
        # no such tail: "X, Trump's envoy,")
        return None, None
    # leading determiner / possessive party
    i = 0
    while i < len(toks) and (toks[i].lower_ in ("the", "a", "an", "his", "her", "its") or toks[i].i in party_at
                             or toks[i].text in ("'s", "’s")):
        if toks[i].i in party_at and country is None:
            country = party_at[toks[i].i]
        i += 1
    own = next((j for j in range(i, min(len(toks), i + 6)) if toks[j].text in ("'s", "’s")), None)
    if own is not None and own > i and (toks[own - 1].ent_type_ == "PERSON" or any(
            t.i in name_starts for t in toks[i:own])) and all(
            t.pos_ == "PROPN" or _is_role(t) for t in toks[i:own]):
        i = own + 1  # "X, President Donald Trump's special envoy,": the post after the owner's name
    body = toks[i:]
    role_idx = [j for j, t in enumerate(body) if _is_role(t)]
    if not role_idx:
        return None, None
    # stop at the role word unless followed by "of/for X" (minister for economic revitalization)
    last = role_idx[0]
    for j in role_idx:
        if j == last + 1 or j <= 2 or j > last and all(body[x].i in party_at for x in range(last + 1, j)):
            last = j  # (also "the chief South Korean negotiator": a side's name between two post words)
    title_toks = body[: last + 1]
    rest = body[last + 1:]
    if rest and rest[0].lower_ in ("of", "for", "to") and len(rest) <= 14:
        # "... of Defence of the Kingdom of X", "Ambassador of the People's Republic of China to Nigeria"
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


def _and_in_department(doc: "Doc", k: int, party_at: dict[int, str]) -> bool:
    """'X, director general of the Asian and Oceanian Affairs Bureau of Japan's ...': an 'and'
    between two capitalised words of a department's name (neither a person nor a side), which
    does not end the title."""
    if doc[k].lower_ != "and" or k < 1 or k + 2 >= len(doc):
        return False
    before, after = doc[k - 1], doc[k + 1]
    return all(t.text[:1].isupper() and t.ent_type_ not in ("PERSON", "GPE") and t.i not in party_at
               for t in (before, after)) and before.lower_ not in ("of", "the") \
        and any(t.lower_ == "of" for t in doc[k - 4:k])


def _led_by_country(doc: "Doc", s: int, party_at: dict[int, str]) -> str | None:
    """"Ukraine's delegation, led by X" / "the Chinese side, headed by X" / "Ukraine's team was
    led by Defence Minister X" -> the party."""
    k = s - 1
    while k > 0 and s - k <= 4 and (doc[k].text[:1].isupper() and (_is_role(doc[k]) or doc[k].lower_ in NOT_NAME_WORDS)
                                    or doc[k].text.islower() and doc[k].pos_ in ("ADJ", "NOUN")):
        k -= 1  # the title between "by" and the name (also "led by presidential adviser X")
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
