"""Regexes guarded by literal needles: skip the regex when no needle is in the text.

Why: a few long alternations (topic stems, delegation-composition phrases, cancel words) are
run on every sentence, and Python's `re` tries every branch at every position. Most sentences
contain none of the literal words every match needs, and `needle in text.lower()` rules
that out in C at a fraction of the cost. The guard never changes an answer: each needle
list names, for every branch of its pattern, a word that branch cannot match without.

Case: the patterns are case-insensitive and the needles lower-case ASCII. Under
`re.IGNORECASE` three non-ASCII letters also match ASCII ones (dotted/dotless i, long s);
`str.lower()` does not map them to those letters, so texts holding them skip the guard.
"""

from __future__ import annotations

import re
from typing import Iterator

_CASE_ODDITIES = ("\u0130", "\u0131", "\u017f")  # match i, i, s under re.IGNORECASE


class GatedPattern:
    """A compiled pattern plus needles: `search`/`finditer` as the pattern's, but cheap on
    texts that hold none of the needles."""

    __slots__ = ("pattern", "needles")

    def __init__(self, pattern: re.Pattern[str], needles: tuple[str, ...] | list[str]):
        if any(n != n.lower() or not n.isascii() or not n for n in needles):
            raise ValueError(f"needles must be non-empty lower-case ASCII: {needles!r}")
        self.pattern = pattern
        self.needles = tuple(needles)

    def may_match(self, text: str, low: str | None = None) -> bool:
        """False only when no match is possible (no needle occurs in the text). `low` is
        `guard_text(text)` when the caller runs several patterns on one text."""
        low = guard_text(text) if low is None else low
        return not low or any(n in low for n in self.needles)

    def search(self, text: str, low: str | None = None) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text, low) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())


def guard_text(text: str) -> str:
    """The text the needles are looked for in: lower-cased, or "" (no guard) when it holds
    a letter `re.IGNORECASE` matches to an ASCII one that `lower()` does not give."""
    if not text.isascii() and any(c in text for c in _CASE_ODDITIES):
        return ""
    return text.lower()
