"""Per-article context shared by every extraction step.

Why a context object: people, parties, meetings and positions (demands/concessions) all
need the same things -- the parsed spaCy `Doc`, which token span is which canonical person,
which party a phrase names, and how to build sentence `Evidence`. Computing these once per
article and passing one object around keeps each step cheap (no second parse, no repeated
lexicon scans) and keeps the steps independent of each other's internals.

`loaders/extraction/positions/` (demands/concessions) receives an `ArticleContext` via
`find_positions(ctx)`. Everything documented here is stable API for it:

- `ctx.text`, `ctx.doc`, `ctx.published`, `ctx.sentences`
- `ctx.people` (canonical `Person`s), `ctx.person(name)`
- `ctx.person_mentions` (every resolved mention, incl. surnames, "Mr. X", pronouns and
  role nouns like "the minister" when resolved), `ctx.person_at(start, end)`,
  `ctx.people_in(start, end)`
- `ctx.parties` (canonical `Party`s seen in the text), `ctx.party_mentions`,
  `ctx.parties_in(start, end)`, `ctx.canonical_party(mention)`; the party mentions include the
  sides no list knows that the article makes act (`sides.find_sides`), and `ctx.bodies` lists
  every organisation the list lacks, acting or not
- `ctx.country_of(person_or_name)`: the party a person speaks for
- `ctx.evidence(span_or_sentence)`, `ctx.evidence_at(char_offset)`: sentence `Evidence`
- `ctx.topics_in(text)`: topic labels (same as `topics.topics_in`)

All offsets are character offsets into `ctx.text` (== `ctx.doc.text`).
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from .model import Evidence, Party, Person

if TYPE_CHECKING:  # spaCy types only for hints; importing spaCy here is not needed
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Mention:
    """One occurrence of a person or party in the text.

    `target` is the canonical name (a `Person.name` or a `Party.name`). `how` says how the
    mention was resolved: "name" (full or partial name), "title" ("Mr. X", "the minister"),
    "pronoun" ("he", "she"), "group" ("the two ministers") or "party" (country/org phrase).
    """

    start: int
    end: int
    text: str
    target: str
    how: str = "name"


@dataclass
class ArticleContext:
    """Everything known about one article after NER, people and party resolution."""

    text: str
    doc: "Doc"
    published: _dt.date | None = None
    people: list[Person] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    person_mentions: list[Mention] = field(default_factory=list)
    party_mentions: list[Mention] = field(default_factory=list)
    # (offset, name, union-like) of the organisations no party list knows (see `sides.body_table`)
    bodies: list[tuple[int, str, bool]] = field(default_factory=list)
    # person -> the side their title names ("UML Chairman X": CPN-UML) when the text gives no
    # country: whom they speak for in the rules, while their country stays a country or none
    person_sides: dict[str, str] = field(default_factory=dict)

    # ------------------------------------------------------------------ sentences
    @property
    def sentences(self) -> list["Span"]:
        """The article's sentences (spaCy sentence spans, headline is the first)."""
        cached = getattr(self, "_sents", None)
        if cached is None:
            cached = list(self.doc.sents)
            self._sents = cached
            self._sent_starts = [s.start_char for s in cached]
        return cached

    def sentence_at(self, char_offset: int) -> "Span":
        """The sentence containing `char_offset`."""
        return self.sentences[self.sentence_index(char_offset)]

    def sentence_index(self, char_offset: int) -> int:
        """The index in `sentences` of the sentence containing `char_offset`."""
        self.sentences  # (fills the start offsets)
        return max(0, bisect_right(self._sent_starts, char_offset) - 1)

    def sentence_after(self, sent: "Span", step: int) -> "Span | None":
        """The sentence `step` places after `sent` (before it when negative), or None."""
        sents = self.sentences
        i = bisect_right(self._sent_starts, sent.start_char) - 1 + step
        return sents[i] if 0 <= i < len(sents) else None

    def evidence(self, span: "Span") -> Evidence:
        """Evidence for the sentence containing `span` (a token span or a sentence).

        Surrounding whitespace is trimmed so `Evidence.text == text[start:end]` is tidy.
        """
        sent = span.sent if hasattr(span, "sent") else span
        return make_evidence(self.text, sent.start_char, sent.end_char)

    def evidence_at(self, char_offset: int) -> Evidence:
        """Evidence for the sentence that contains a character offset."""
        sent = self.sentence_at(char_offset)
        return make_evidence(self.text, sent.start_char, sent.end_char)

    # ------------------------------------------------------------------ people
    def person(self, name: str) -> Person | None:
        """The canonical person for a name or alias (case-insensitive), if known."""
        key = name.strip().lower()
        for p in self.people:
            if p.name.lower() == key or key in (a.lower() for a in p.aliases):
                return p
        return None

    def person_at(self, start: int, end: int) -> Person | None:
        """The person whose mention overlaps the character range [start, end), if any."""
        for m in self.person_mentions:
            if m.start < end and start < m.end:
                return self.person(m.target)
        return None

    def people_in(self, start: int, end: int) -> list[Person]:
        """People mentioned (incl. resolved pronouns/roles) inside [start, end), in order."""
        out: list[Person] = []
        for m in self.person_mentions:
            if m.start >= start and m.end <= end:
                p = self.person(m.target)
                if p is not None and p not in out:
                    out.append(p)
        return out

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Person mentions inside [start, end), in text order."""
        return [m for m in self.person_mentions if m.start >= start and m.end <= end]

    def country_of(self, who: Person | str | None) -> str | None:
        """The canonical party a person belongs to / speaks for (None when unknown)."""
        if who is None:
            return None
        p = who if isinstance(who, Person) else self.person(who)
        return (p.country or self.person_sides.get(p.name)) if p is not None else None

    # ------------------------------------------------------------------ parties
    def canonical_party(self, mention: str) -> str | None:
        """Normalise a country/government/organisation phrase ("U.S.", "the bloc",
        "Kremlin", "Japanese") to its canonical short name, or None if it is not one."""
        from .parties import canonical_party

        return canonical_party(mention)

    def party_kind(self, name: str) -> str | None:
        """'country' | 'government' | 'organisation' for a canonical party name."""
        for p in self.parties:
            if p.name == name:
                return p.kind
        from .parties import party_kind

        return party_kind(name)

    def parties_in(self, start: int, end: int) -> list[str]:
        """Canonical parties named inside [start, end) (incl. demonyms), in order."""
        out: list[str] = []
        for m in self.party_mentions:
            if m.start >= start and m.end <= end and m.target not in out:
                out.append(m.target)
        return out

    # ------------------------------------------------------------------ topics
    @staticmethod
    def topics_in(text: str) -> list[str]:
        """Topic labels of a phrase (see `topics.topics_in`)."""
        from .topics import topics_in

        return topics_in(text)


def make_evidence(text: str, start: int, end: int) -> Evidence:
    """Evidence for text[start:end] with surrounding whitespace trimmed (offsets adjusted)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(text=text[start:end], start=start, end=end)


def compound_head(t: "Token") -> "Token":
    """The last word of a compound chain ("ELN guerrilla group" -> group, "Abu" -> "Dhabi")."""
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    return t


def named_as_spouse(t: "Token") -> bool:
    """Named in apposition as someone's wife or husband ("his wife, Brigitte Macron"): a companion
    at a meeting, no side of her own (read by the meeting rules and by the learned pairs)."""
    return t.dep_ == "appos" and t.head.lemma_.lower() in ("wife", "husband", "spouse")


def unique(items: Iterable[str]) -> list[str]:
    """Order-preserving de-duplication (small helper shared by the steps)."""
    seen: set[str] = set()
    out: list[str] = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
