"""People: named persons, their fullest name, aliases, title and country, and every mention.

The package, by job (import order): `lexicon` (words and patterns), `names` (candidate names
and whether they name a person), `titles` (titles, posts and countries around a name),
`pronouns` (he/she and role nouns) and `finder` (the entry point). Names with a leading
underscore are private to the package.

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

from .finder import find_people
from .names import abbreviated_given

__all__ = ["find_people", "abbreviated_given"]
