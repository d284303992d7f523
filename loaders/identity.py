"""Keys that make one node per real-world thing: slugs, surname keys, fact hashes.

Pure functions, no database: the same input always gives the same key, which is what lets
two loader processes (or two runs) MERGE onto the same nodes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

# (also the forms of address an article may keep in a full name, "Seyed Abbas Araghchi", and
# another article leave out: the one person either way)
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "madam", "mme", "prof",
              "sayyid", "sayyed", "seyed", "seyyed"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# Joined to the surname so "al-Busaidi", "Al Busaidi" and "Albusaidi" share a key.
PARTICLES = {"al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "du", "le", "la", "der"}


def fold(text: str) -> str:
    """Lower case without accents or repeated spaces: the form names are compared in."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip().lower()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def name_tokens(name: str) -> list[str]:
    """Name parts without honorifics, suffixes or punctuation; particles glued to what follows."""
    raw = [t for t in re.split(r"[\s\-']+", fold(name).replace(".", " ")) if t]
    raw = [t for t in raw if t not in HONORIFICS and t not in SUFFIXES]
    tokens: list[str] = []
    i = 0
    while i < len(raw):
        if raw[i] in PARTICLES and i + 1 < len(raw):
            tokens.append(raw[i] + raw[i + 1])
            i += 2
        else:
            tokens.append(raw[i])
            i += 1
    return tokens


def surname_key(name: str) -> str:
    tokens = name_tokens(name)
    return tokens[-1] if tokens else slug(name)


def given_names(name: str) -> list[str]:
    return name_tokens(name)[:-1]


def given_names_conflict(a: str, b: str) -> bool:
    """True when both names give a first name and they cannot be the same person.

    An initial matches a full name ("J. Smith" ~ "John Smith"); a missing given name never
    conflicts ("Akazawa" ~ "Ryosei Akazawa").
    """
    ga, gb = given_names(a), given_names(b)
    if not ga or not gb:
        return False
    x, y = ga[0], gb[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] != y[0]
    return x != y


def digest(*parts: object) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]


def party_id(name: str) -> str:
    return "party:" + slug(name)


def content_key(text: str) -> str:
    """Order- and inflection-light form of a phrase, so re-worded copies of a demand collide."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    stop = {"the", "a", "an", "of", "on", "to", "for", "and", "in", "its", "their", "all", "that"}
    return " ".join(sorted({w.rstrip("s") for w in words if w not in stop}))


def sorted_unique(items: Iterable[str]) -> list[str]:
    return sorted(set(items))
