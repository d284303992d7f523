"""Meeting rules of round 13 (session 10): sides of the talks told after them in a sentence that
names no one ("The talks are co-hosted by A and B, with C and D as observers"; "The E delegation
is taking part"). Each test feeds invented sentences to the extractor.
"""

from __future__ import annotations

from extraction_helpers import SAT
from loaders.extraction import extract

TEXT = ("Truce talks open without the army\n\n"
        "GENEVA - Talks on a truce in the war in Chad opened on Wednesday, though the Chadian army "
        "stayed away.\n\n"
        "The talks are being convened by Mark Ellison, the US special envoy for Chad, who said the "
        "fighting had to stop.\n\n"
        "While the Libyan delegation is taking part, Niger has refused to send anyone.\n\n"
        "The talks are co-hosted by Qatar and Norway, with the African Union and Egypt acting as "
        "observers.\n")


def test_sides_told_after_the_talks_join_them(nlp):
    ex = extract(TEXT, SAT, nlp=nlp)
    talks = next(m for m in ex.meetings if "Mark Ellison" in m.participants)
    for side in ("Qatar", "Norway", "African Union", "Egypt"):
        assert side in talks.parties, talks.parties
    assert talks.date == "2025-06-11"


def test_only_the_side_taking_part_joins_not_the_rest_of_the_sentence(nlp):
    ex = extract(TEXT, SAT, nlp=nlp)
    talks = next(m for m in ex.meetings if "Mark Ellison" in m.participants)
    assert "Libya" in talks.parties, talks.parties
    assert "Niger" not in talks.parties, talks.parties


def test_joined_by_his_son_and_deputy_named_makes_the_deputy_a_participant(nlp):
    """"joined by his son and deputy X": X is the son, told beside the word, and was there
    (not "X's son": a relation word over a name keeps that name out)."""
    text = ("Union chief recalls meeting with governor\n\n"
            "Carl Brandt recalls a meeting he had with Governor Lisa Hale in Albany on Tuesday, joined "
            "by his son and deputy Tom Reyes, as the turning point.\n")
    ex = extract(text, SAT, nlp=nlp)
    talks = next(m for m in ex.meetings if "Lisa Hale" in m.participants)
    assert set(talks.participants) == {"Carl Brandt", "Lisa Hale", "Tom Reyes"}


NUCLEAR = ("Ministers press Tehran in Vienna\n\n"
           "Sweden, Norway and Denmark called on Iran to resume inspections, following discussions with "
           "Iranian Foreign Minister Reza Tavakoli in Vienna.\n\n"
           "\"The inspectors must return,\" Swedish Foreign Minister Karin Holm told reporters after "
           "Friday's talks.\n\n"
           "Alongside her Norwegian counterpart Lars Dahl and Denmark's Mette Krog, Holm said Tehran "
           "seemed ready to keep talking.\n")


def test_discussions_with_a_named_person_are_an_encounter(nlp):
    ex = extract(NUCLEAR, SAT, nlp=nlp)
    assert any("Reza Tavakoli" in m.participants for m in ex.meetings), ex.meetings


def test_two_tellings_of_one_encounter_each_naming_one_side_are_one_meeting(nlp):
    """The ministers' talks with Tavakoli, told by his name in one sentence and by Holm's in the
    next, with each side the other's counterpart: one meeting of both."""
    ex = extract(NUCLEAR, SAT, nlp=nlp)
    talks = next(m for m in ex.meetings if "Karin Holm" in m.participants)
    assert "Reza Tavakoli" in talks.participants, talks.participants
    assert talks.date == "2025-06-13"


def test_those_named_alongside_a_participant_after_the_talks_took_part(nlp):
    ex = extract(NUCLEAR, SAT, nlp=nlp)
    talks = next(m for m in ex.meetings if "Karin Holm" in m.participants)
    assert {"Lars Dahl", "Mette Krog"} <= set(talks.participants), talks.participants


def test_alongside_without_a_meeting_just_told_adds_no_one(nlp):
    text = ("Ministers speak\n\n"
            "Alongside her Norwegian counterpart Lars Dahl, Swedish Foreign Minister Karin Holm said "
            "the inspections must resume.\n")
    assert extract(text, SAT, nlp=nlp).meetings == []


def test_at_the_negotiating_table_with_a_named_person_is_a_meeting(nlp):
    text = ("Rail strike ends early\n\n"
            "A few hours after his rally, union leader Paul Kessler found himself at the negotiating "
            "table with rail operator HR chief Maria Lenz.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert any(set(m.participants) == {"Paul Kessler", "Maria Lenz"} for m in ex.meetings), ex.meetings


def test_a_table_without_a_partner_is_no_meeting(nlp):
    text = ("Rail strike\n\n"
            "Union leader Paul Kessler said the offer on the table was not enough.\n")
    assert extract(text, SAT, nlp=nlp).meetings == []


def test_a_person_inside_a_participants_apposition_only_describes_them(nlp):
    """"a meeting between Premier A, the country's top official behind President B, and C": B
    is named to place A; he is not at the meeting."""
    text = ("Leaders meet\n\n"
            "The two governments signalled a thaw at a meeting between Premier Wen Lu, the country's "
            "top official behind President Zhao Ming, and Prime Minister Kate Barrow on Monday.\n")
    ex = extract(text, SAT, nlp=nlp)
    talks = next(m for m in ex.meetings if "Kate Barrow" in m.participants)
    assert set(talks.participants) == {"Wen Lu", "Kate Barrow"}, talks.participants


BORDER = ("Border talks end early\n\n"
          "Border talks between Laos and Vietnam ended after 40 minutes on Tuesday at the crossing point at "
          "Pak Saeng in Bokeo province.\n\n"
          "The Lao delegation, led by Col Somsak Vong, crossed into Vietnam via the Pak Saeng checkpoint "
          "to attend the meeting.\n\n"
          "The meeting was chaired on the Vietnamese side by Gen Tran Duc Minh.\n")


def test_a_name_the_article_puts_before_a_checkpoint_is_a_place(nlp):
    ex = extract(BORDER, SAT, nlp=nlp)
    assert "Pak Saeng" not in [p.name for p in ex.people]


def test_a_meeting_chaired_on_one_side_by_x_has_x_among_its_people(nlp):
    ex = extract(BORDER, SAT, nlp=nlp)
    assert any({"Somsak Vong", "Tran Duc Minh"} <= set(m.participants) for m in ex.meetings), ex.meetings


LOAN = ("Fund agrees to release loan tranche\n\n"
        "The International Monetary Fund (IMF) has agreed to disburse the next tranche of its loan to Nepal.\n\n"
        "The move came after several rounds of talks in Washington between Nepal Rastra Bank Governor Dr "
        "Maha P Adhikari and senior IMF officials.\n\n"
        "The funds had been held back over its use of the Resilience and Sustainability Facility (RSF) and "
        "weak tax collection.\n\n"
        "An IMF staff mission, led by Laura Pellandra, visited Kathmandu from 6-17 April to review the "
        "reforms.\n")


def test_a_name_with_a_middle_initial_without_its_dot_is_a_person(nlp):
    ex = extract(LOAN, SAT, nlp=nlp)
    assert "Maha P Adhikari" in [p.name for p in ex.people], [p.name for p in ex.people]


def test_a_code_the_article_spells_out_as_something_else_is_not_the_lexicons_party(nlp):
    ex = extract(LOAN, SAT, nlp=nlp)
    assert "Rapid Support Forces" not in [p.name for p in ex.parties]


def test_meetings_with_a_bodys_officials_and_a_mission_to_a_capital_are_two_meetings(nlp):
    ex = extract(LOAN, SAT, nlp=nlp)
    met = {frozenset(m.participants): m for m in ex.meetings}
    assert frozenset({"Maha P Adhikari"}) in met and frozenset({"Laura Pellandra"}) in met, met.keys()
    assert "Nepal" in met[frozenset({"Laura Pellandra"})].parties
