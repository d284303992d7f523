"""A delegation listed with a post after each name: every name is a person (even one the tagger
folds into an organisation named just before it), and every member takes part in the talks,
the spokesperson among them. Each test's sentences are invented.
"""

from __future__ import annotations

from loaders.extraction import extract

DELEGATION = ("Border talks resume in Baku\n"
              "KARACHI: Envoys of the two neighbours met again on Monday under Azerbaijani mediation. "
              "A team led by Karim Sadeq, Deputy Minister of Trade, Omar Latif, Acting Consul of the Emirate of "
              "Ruritania in Oman, Farid Jalal, a senior member of the Emirate, Noor Jan Noor, Director General of "
              "Border Affairs of the Ministry of Economy, Walid Karim Sami, Deputy Operations of the Ministry of "
              "Finance, and Jamil Hadi Rostam, Spokesperson of the Ministry of Foreign Affairs, took part in the talks.")
MEMBERS = ["Karim Sadeq", "Omar Latif", "Farid Jalal", "Noor Jan Noor", "Walid Karim Sami", "Jamil Hadi Rostam"]


def test_every_name_of_a_posted_list_is_a_person(nlp):
    ex = extract(DELEGATION, "2025-03-04", nlp=nlp)
    assert [p.name for p in ex.people] == MEMBERS


def test_a_spokesperson_listed_in_the_delegation_takes_part(nlp):
    ex = extract(DELEGATION, "2025-03-04", nlp=nlp)
    assert [m.participants for m in ex.meetings] == [MEMBERS]


def test_a_spokesperson_who_comments_on_talks_is_still_no_side(nlp):
    ex = extract("Border talks resume\nKarim Sadeq and Omar Latif held talks in Baku on Monday, and foreign "
                 "ministry spokesperson Jamil Rostam said the talks were useful.", "2025-03-04", nlp=nlp)
    assert [m.participants for m in ex.meetings] == [["Karim Sadeq", "Omar Latif"]]
