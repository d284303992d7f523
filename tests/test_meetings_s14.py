"""Meetings of round 11: a name with "Sheikh" inside it is one person; a coalition informer is
a post; a team "will also be present at the meeting" joins the meeting just told; talks with
the IMF are a meeting with a lender; people who "attended the discussions" join the
discussions told before (a joint press conference is not an encounter); "meet A and
hold talks with B" are two encounters (but "joined by C" is a companion); "a Thai ambassador
to Laos" is Thai; "the meeting was co-chaired by A and B" is their meeting; "Others in the
meeting were ..." and "the union officials, led by A and B" join the meeting just told; "the
State Department of Labour" is not the US one; a pact "signed by party leaders A (LU), B (SP)
and C (FL)" is their meeting (the party in brackets is the side each speaks for); "I met
with ..." in a quotation is the one quoted, "the Prime Ministers of Laos (A) and Vietnam (B),
as well as ... (C)" names three people met one by one; "the meeting which started at 2 pm
... was at the request of X" is a meeting told here, not a verdict. Each test's sentences are
invented.
"""

from __future__ import annotations

from loaders.extraction import extract


def test_sheikh_inside_a_name_is_part_of_it(nlp):
    ex = extract("Leaders meet in Ankara\nThe host on Monday welcomed Ethiopian Prime Minister Abiy Ahmed and "
                 "Somali President Hassan Sheikh Mohamud to Ankara.", "2025-03-12", nlp=nlp)
    assert "Hassan Sheikh Mohamud" in [p.name for p in ex.people]


def test_a_coalition_informer_is_a_post_not_part_of_the_name(nlp):
    ex = extract("Coalition talks go on\nGeert Wilders met Informer Kim Putters on Monday.", "2025-03-12", nlp=nlp)
    assert [(p.name, p.title) for p in ex.people] == [("Geert Wilders", None), ("Kim Putters", "Informer")]


def test_a_team_also_present_at_the_meeting_joins_it(nlp):
    ex = extract("Treaty talks in Brussels\nThis afternoon Foreign Secretary Alan Marsh will meet Trade "
                 "Commissioner Lena Kovac in Brussels. The island's negotiating team led by Chief Minister "
                 "Paul Ferro will also be present at the meeting.", "2025-03-12", nlp=nlp)
    assert [sorted(m.participants) for m in ex.meetings] == [["Alan Marsh", "Lena Kovac", "Paul Ferro"]]


def test_discussions_with_the_imf_are_a_meeting(nlp):
    ex = extract("Lender talks\nFinance Minister Ravi Perera held discussions with the International Monetary "
                 "Fund in Colombo on Wednesday.", "2025-03-14", nlp=nlp)
    assert [(m.participants, m.date) for m in ex.meetings] == [(["Ravi Perera"], "2025-03-12")]


def test_those_who_attended_the_discussions_join_them(nlp):
    ex = extract("Lender talks\nFinance Minister Ravi Perera held talks with an IMF mission in Colombo on "
                 "Wednesday. He asked for more time. The mission agreed to consider it. Mission chief Anna "
                 "Holt and deputy Tom Reyes attended the discussions.", "2025-03-14", nlp=nlp)
    assert [sorted(m.participants) for m in ex.meetings] == [["Anna Holt", "Ravi Perera", "Tom Reyes"]]


def test_a_joint_press_conference_is_no_meeting(nlp):
    # the corpus GUIDE: "A speech, a press conference or a statement is not a meeting"
    ex = extract("Trade talks resume\nIndia and Norway will resume trade talks, Trade Minister Arjun Mehta said on "
                 "Monday. Mehta was speaking at a joint press conference with Norwegian Trade Minister Lars Berg.",
                 "2025-03-12", nlp=nlp)
    assert [m.participants for m in ex.meetings if m.status == "held"] == []


def test_two_meeting_words_with_one_counterpart_each_are_two_encounters(nlp):
    ex = extract("Tariff deadline looms\nMinister Budi Santoso is scheduled to meet with US Commerce Secretary "
                 "Ray Cole and later intends to hold talks with Finance Secretary Ann Vance.", "2025-03-12", nlp=nlp)
    assert sorted(sorted(m.participants) for m in ex.meetings) == [["Ann Vance", "Budi Santoso"],
                                                                    ["Budi Santoso", "Ray Cole"]]



def test_one_joined_by_a_companion_is_still_one_encounter(nlp):
    ex = extract("Tariff talks\nMinister Budi Santoso will meet Commerce Secretary Ray Cole on Monday, joined by "
                 "trade envoy Ann Vance.", "2025-03-12", nlp=nlp)
    assert [sorted(m.participants) for m in ex.meetings] == [["Ann Vance", "Budi Santoso", "Ray Cole"]]


def test_an_ambassador_to_a_country_is_of_his_own_country(nlp):
    ex = extract("Border talks\nThe talks were opened by Somchai Rattana, a former Thai ambassador to Laos, "
                 "on Monday.", "2025-03-12", nlp=nlp)
    assert [(p.name, p.country) for p in ex.people] == [("Somchai Rattana", "Thailand")]


def test_a_meeting_co_chaired_by_two_named_people_is_their_meeting(nlp):
    ex = extract("Border commission meets\nThe meeting was co-chaired by Sok Vanna, minister for border affairs "
                 "of Cambodia, and Somchai Rattana, a former Thai ambassador to Laos.", "2025-03-12", nlp=nlp)
    assert [sorted(m.participants) for m in ex.meetings] == [["Sok Vanna", "Somchai Rattana"]]


STATE_HOUSE = ("Doctors meet the president\nUnion officials met President Daniel Mwangi at State House on Saturday. "
               "On their part, the union officials, led by secretary general Peter Otieno and his deputy James "
               "Kamau, restated their support for the health plan. Others in the meeting were Labour Secretary "
               "Ruth Njeri, who heads the State Department of Labour, and Health Secretary Anne Wambui.")


def test_others_in_the_meeting_and_the_officials_who_led_a_side_join_it(nlp):
    ex = extract(STATE_HOUSE, "2025-03-16", nlp=nlp)
    assert [sorted(m.participants) for m in ex.meetings] == [
        ["Anne Wambui", "Daniel Mwangi", "James Kamau", "Peter Otieno", "Ruth Njeri"]]


def test_a_state_department_of_something_is_not_the_us_state_department(nlp):
    ex = extract(STATE_HOUSE, "2025-03-16", nlp=nlp)
    assert "United States" not in [p.name for p in ex.parties]


def test_a_pact_signed_by_leaders_glossed_with_their_parties_is_their_meeting(nlp):
    ex = extract("Ruling coalition signs pact\nRuritania's new coalition, made up of the Liberal Union (LU), the "
                 "Social Party (SP) and the Farmers' League (FL), signed its pact on Monday. The agreement, signed "
                 "by party leaders Anton Berg (LU), Mira Kovac (SP) and Ivo Tanner (FL), names Berg as prime "
                 "minister.", "2025-06-23", nlp=nlp)
    assert [sorted(m.participants) for m in ex.meetings] == [["Anton Berg", "Ivo Tanner", "Mira Kovac"]]


def test_i_in_a_quotation_is_the_one_quoted_and_as_well_as_splits_the_encounters(nlp):
    ex = extract("Trade pact by next year\nCanadian Prime Minister Anne Leclerc said the deal reflects a plan to "
                 "widen trade. \u201cThis week we agreed to speed up the talks.\u201d \u201cOn Sunday, I met with the Prime "
                 "Ministers of Laos (Sonexay Vongsa) and Vietnam (Tran Van Minh), as well as the President of the "
                 "Philippines (Ramon Cruz Jr).\u201d", "2025-10-27", nlp=nlp)
    assert sorted(sorted(m.participants) for m in ex.meetings) == [
        ["Anne Leclerc", "Ramon Cruz Jr"], ["Anne Leclerc", "Sonexay Vongsa"], ["Anne Leclerc", "Tran Van Minh"]]


def test_the_meeting_which_started_at_two_is_told_here_and_takes_its_teams(nlp):
    ex = extract("Government and lecturers meet\nThe state news agency reports that the meeting which started at "
                 "about 2 pm at the Ministry of Labour in Abuja, Nigeria, was at the request of the Nigerian government. Labour Minister Kofi "
                 "Mensah is leading the government team while the union team is led by its President, Ama Owusu.",
                 "2025-08-28", nlp=nlp)
    assert [sorted(m.participants) for m in ex.meetings] == [["Ama Owusu", "Kofi Mensah"]]


def test_a_meeting_inside_the_phrase_of_another_is_one_encounter(nlp):
    ex = extract("Tariff talks\nMinister Budi Santoso met Commerce Secretary Ray Cole for talks that later "
                 "included a meeting with trade envoy Ann Vance.", "2025-03-12", nlp=nlp)
    assert [sorted(m.participants) for m in ex.meetings] == [["Ann Vance", "Budi Santoso", "Ray Cole"]]
