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


def test_a_round_of_two_sides_talks_takes_the_sides_named_on_the_talks(nlp):
    """"The fourth round of Peru-Chile talks was held in Lima. Envoys A and B attended": the
    sides written on the talks a round is of are the round's sides."""
    text = ("Andean neighbours meet again\n\n"
            "The fourth round of Peru-Chile talks was held in Lima on Thursday. Envoys Ana Torvik "
            "and Bela Sandor attended the talks.\n")
    ex = extract(text, SAT, nlp=nlp)
    m = next(m for m in ex.meetings if "Ana Torvik" in m.participants)
    assert {"Peru", "Chile"} <= set(m.parties)


def test_people_met_without_sides_take_those_of_the_round_just_told(nlp):
    """"The fourth round of A-B talks was held in X on <day>. The chief negotiators, C and D,
    met for three hours": the people's meeting, told with no sides, is the round just told."""
    text = ("Andean neighbours meet again\n\n"
            "The fourth round of Peru-Chile talks was held in Lima on Thursday.\n\n"
            "The chief negotiators, Ana Torvik and Bela Sandor, met for three hours.\n")
    ex = extract(text, SAT, nlp=nlp)
    m = next(m for m in ex.meetings if "Ana Torvik" in m.participants)
    assert {"Peru", "Chile"} <= set(m.parties)


def test_a_delegation_comma_led_by_names_the_member_of_the_sides_talks(nlp):
    """"A X delegation returned after talks with Y mediators. The delegation, led by A, left
    on Monday": the leader named between commas joins the sides' meeting just told."""
    text = ("Envoys home after mediation round\n\n"
            "A Sudanese delegation returned to Port Sudan on Tuesday after two days of talks in "
            "Jeddah with Saudi mediators.\n\n"
            "Officials said the delegation, led by veteran negotiator Omar Tandu, left Jeddah late "
            "on Monday.\n")
    ex = extract(text, SAT, nlp=nlp)
    m = next(m for m in ex.meetings if "Omar Tandu" in m.participants)
    assert "Saudi Arabia" in m.parties


def test_the_adjective_government_of_a_president_is_not_a_person(nlp):
    """"The Reformist Government of President A hopes ...": the word before "Government" is
    the government's label when the government is "of" someone; it names no person."""
    text = ("Lender team ends visit\n\n"
            "The Reformist Government of President Tomas Aberl hopes to close a loan deal by June, "
            "spokesman Ivo Dren said.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert "Reformist" not in _names(ex)
    assert "Tomas Aberl" in _names(ex)


def test_a_plan_named_after_a_place_is_not_a_person(nlp):
    """"consultations on the Kavo to Merel Roadmap": a text named after places ends in a
    document word and is no person."""
    text = ("Climate finance rift at mid-year talks\n\n"
            "Delegates met in Bonn on Monday. The agenda includes consultations on the Kavo to "
            "Merel Roadmap for adaptation finance, envoy Lina Osk said.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert not any(n.endswith("Roadmap") for n in _names(ex))


def test_the_one_at_whose_invitation_talks_took_place_is_not_a_participant(nlp):
    """"The discussions took place at the invitation of minister C": C invited the sides; the
    text does not put C at the table."""
    text = ("Rival ministers talk in neutral capital\n\n"
            "Foreign Minister Pavo Rendic and Foreign Minister Lio Amsel held talks in Vienna on "
            "Tuesday. The discussions took place at the invitation of host minister Ulla Brandt.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert ("Lio Amsel", "Pavo Rendic") in _pairs(ex)
    assert not any("Ulla Brandt" in m.participants for m in ex.meetings)


def test_a_mission_headed_by_names_a_member_of_the_meeting_just_told(nlp):
    """"Envoys held meetings with minister A. ... The technical mission headed by B stayed in the
    capital for a week": the mission's head, like a delegation's, joins the meeting told."""
    text = ("Lender mission wraps up visit\n\n"
            "The lender's envoys held meetings with Finance Minister Ada Barro and other senior "
            "officials on Monday.\n\n"
            "The technical mission headed by deputy director Koen Velt stayed in the capital for "
            "a week.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert ("Ada Barro", "Koen Velt") in _pairs(ex)
