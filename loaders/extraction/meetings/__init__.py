"""Meetings: who met whom, when, where, how, for how long, about what.

The package, by job (import order): `lexicon` (words and patterns), `triggers` (the meeting
word of a sentence), `participants` (who took part), `speakers` (sides and speakers told
around it), `attributes` (status, kind, place, day), `drafts` (one sentence's meetings),
`merge` (meetings across sentences, one meeting told many times) and `finder` (the entry
point). Names with a leading underscore are private to the package.

Why sentence-level rules: a reported encounter is almost always stated in one sentence
around a meeting word ("held talks with", "met", "spoke by phone", "summit", "round of
negotiations"). For each such sentence we read, from the parse and cheap regexes:

- participants: the people mentioned in the sentence (names, resolved pronouns, "the
  minister"), minus people who are only the *subject matter* ("talks over the tariffs of
  the Trump administration") and, for group subjects ("the delegations met"), the latest
  person of each side;
- status: cancelled ("called off") > planned (will/scheduled/set to/agreed to hold/next) >
  held; talks only hoped for or proposed ("wants to meet") are skipped;
- kind: phone/video words, else in_person for met/summit/visit or a place, else unknown;
- date: the sentence's date phrase (not deadlines: "by July 9", "until ..."), resolved
  with the tense; without one, the date of an earlier meeting with the same people;
- one sentence may report several sessions ("talks with A for 70 minutes and with B for
  45 minutes", "met A and B separately", "spoke to A on Monday and B on Tuesday");
- a meeting may be told across sentences: its sides first ("a U.S.-Ukrainian meeting took
  place", "negotiations between A, B and C"), its delegations next ("The US delegation was
  led by X"); each side in its own sentence ("X will represent the US in the talks ... Y will
  lead the talks on the Iranian side"); further sessions ("the discussions are set to resume
  on Monday", "the second round took place on April 19", "in the afternoon, X held separate
  talks with Y"); people added later ("the meeting would be with Secretary X");
- one side's own sessions (a cabinet or taskforce meeting), talks a team is formed to hold,
  and meetings only discussed or commented on are not encounters;
- duplicate mentions of one meeting (same people, compatible date and status) are merged; a
  day read from another clause ("left Wednesday after a meeting with X") is only a guess
  that a mention with the meeting's own day replaces;
- people who only surround a meeting are not in it: those who comment on "talks between
  Russia, Ukraine and the US", send a delegation, hold a joint press conference after it,
  are served by an aide ("chief of staff to President Y"), or belong to the main clause when
  the meeting sits in a "while" or relative clause; and people added to one told before
  ("The talks, hosted by C", "B and C accompanied A to the meeting", "They are expected to
  meet X" after a list, '"Held the first meeting with ...," wrote X').
"""

from .finder import find_meetings
from .merge import date_added_meetings, told_meeting

__all__ = ["find_meetings", "told_meeting", "date_added_meetings"]
