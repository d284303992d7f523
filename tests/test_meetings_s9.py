"""Meeting and people rules of round 9: each test feeds invented sentences (fictional people,
realistic negotiation prose) to the extractor and checks one rule.
"""

from __future__ import annotations

from extraction_helpers import SAT
from extraction_helpers import names_of as _names
from extraction_helpers import pairs_of as _pairs
from loaders.extraction import extract


def test_hyphenated_given_name_before_a_surname_is_one_name(nlp):
    """"President Assem-Jarat Kulbayev": a given name of two capitalised parts joined by a
    hyphen stays whole, it is not cut at the hyphen."""
    text = ("Border talks close in Tarvik\n\n"
            "Envoys from both states met in Tarvik on Thursday. Afterwards Hilde Marrow thanked "
            "President Assem-Jarat Kulbayev for hosting the round.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert "Assem-Jarat Kulbayev" in _names(ex)
    assert "Assem" not in _names(ex)


def test_delegation_made_up_of_lists_members_of_the_meeting(nlp):
    """"The X delegation is made up of A, B and C": a member list, like "included", joins
    the meeting its leader was told to attend."""
    text = ("Finance chief heads team to lender talks\n\n"
            "Finance Minister Rudo Kembasi has led Malvania's delegation to meetings with the "
            "International Monetary Fund in Washington.\n\n"
            "The Malvanian delegation is made up of deputy minister Tamsin Oduya and central bank "
            "governor Pello Ranst.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert {("Rudo Kembasi", "Tamsin Oduya"), ("Pello Ranst", "Rudo Kembasi")} <= _pairs(ex)


def test_a_titled_body_ending_in_group_is_not_a_person(nlp):
    """"the Finance Ministers High-Level Working Group": a role word followed by capitalised
    words that end in a body noun names a body, not a person."""
    text = ("Ministers gather for lender week\n\n"
            "The team will attend the Lender-Borrower Finance Ministers High-Level Working Group "
            "on Tuesday, minister Rudo Kembasi said.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert not any(n.startswith("High") for n in _names(ex))


def test_a_firm_named_like_a_person_is_not_a_person(nlp):
    """"Vantor Electronics and its workers' union agreed to resume talks": a two-word name whose
    last word is a trade ("Electronics", "Industries") is a company, not a person."""
    text = ("Chip maker and union to meet again\n\n"
            "Vantor Electronics held talks with union leader Dario Felk on Monday.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert not any(n.endswith("Electronics") for n in _names(ex))
    assert "Dario Felk" in _names(ex)


def test_welcoming_the_guests_makes_the_subject_a_participant(nlp):
    """"A and B opened talks in <city> on <day>. Welcoming his counterparts, host minister C
    stressed ...": the host who greets the guests takes part in the meeting just told."""
    text = ("Two neighbours open talks in Varnel\n\n"
            "Foreign Minister Pavo Rendic and Foreign Minister Lio Amsel opened negotiations in Varnel on "
            "Tuesday. Welcoming his counterparts, host Foreign Minister Teodor Vasku stressed that "
            "his country would not act as a mediator.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert {("Pavo Rendic", "Teodor Vasku"), ("Lio Amsel", "Teodor Vasku")} <= _pairs(ex)
