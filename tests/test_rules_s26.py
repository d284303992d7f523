"""Round 24: rules found by reading the misses of half of the set built this round. Each test's
sentences are invented (real public figures in some, with invented events)."""

from __future__ import annotations

import pytest


def _extract(text: str, published: str = "2025-05-23"):
    from loaders.extraction import extract

    return extract(text, published)


def test_a_given_name_that_is_part_of_a_city_s_name_opens_a_person():
    """"Francisco" is in "San Francisco", but "Juan Francisco Ortega" is a person."""
    got = _extract("Party talks\nThe party sent Juan Francisco Ortega and Ana Ruiz to the talks in Geneva on "
                   "Friday.")
    assert [p.name for p in got.people] == ["Juan Francisco Ortega", "Ana Ruiz"]


def test_the_city_is_still_no_person():
    """A guard: the city's whole name stays a place."""
    got = _extract("Trade talks\nMaria Lopez met officials in San Francisco on Friday.")
    assert [p.name for p in got.people] == ["Maria Lopez"]


def test_a_one_word_name_in_quotes_after_a_full_name_is_that_person_s_nickname():
    got = _extract('Sudan talks\nRSF commander Mohamed Hamdan Dagalo "Hemedti" met U.S. envoy Tom Perriello on '
                   "Monday. Hemedti said the war must end.")
    assert [(p.name, p.aliases) for p in got.people] == [("Mohamed Hamdan Dagalo", ["Hemedti"]),
                                                         ("Tom Perriello", [])]
    assert [m.participants for m in got.meetings] == [["Mohamed Hamdan Dagalo", "Tom Perriello"]]


def test_people_who_engaged_in_discussions_met():
    got = _extract("Coalition talks\nChancellor Olaf Scholz, Economy Minister Robert Habeck and Finance Minister "
                   "Christian Lindner are in Berlin. Scholz, Habeck, and Lindner have engaged in discussions about "
                   "the budget.", "2024-11-07")
    assert [sorted(m.participants) for m in got.meetings] == [["Christian Lindner", "Olaf Scholz", "Robert Habeck"]]


def test_a_side_engaged_in_a_war_holds_no_talks():
    """A guard: only a word for talks after "engaged in" is a meeting."""
    got = _extract("War\nPresident Vladimir Putin and President Volodymyr Zelensky have engaged in a war for years.",
                   "2024-11-07")
    assert got.meetings == []


def test_a_request_made_during_a_meeting_seats_its_maker_at_that_meeting():
    got = _extract("Coalition talks\nLDP President Sanae Takaichi spoke on Monday. The policy talks followed "
                   "Takaichi's request, made during a meeting with JIP leader Hirofumi Yoshimura on Wednesday, "
                   "that JIP members vote for her.", "2025-10-16")
    assert [(m.participants, m.status, m.date) for m in got.meetings] == [
        (["Sanae Takaichi", "Hirofumi Yoshimura"], "held", "2025-10-15")]


def test_talks_that_follow_a_request_made_elsewhere_are_not_a_meeting_of_its_maker():
    """A guard: the request was made in a speech, not at a meeting."""
    got = _extract("Coalition talks\nLDP President Sanae Takaichi spoke on Monday. The policy talks followed "
                   "Takaichi's request, made in a speech on Wednesday, that JIP members vote for her.", "2025-10-16")
    assert all("Sanae Takaichi" not in m.participants for m in got.meetings)


def test_a_call_that_a_clause_opens_with_is_told_though_later_talks_date_a_step():
    got = _extract("Sudan talks\nDuring a phone call with US Secretary of State Antony Blinken last Monday, Sudan's "
                   "army chief Abdel Fattah al-Burhan stressed the need to address the government's concerns before "
                   "beginning talks with the RSF.", "2024-08-09")
    assert [(sorted(m.participants), m.kind, m.status, m.date) for m in got.meetings] == [
        (["Abdel Fattah al-Burhan", "Antony Blinken"], "phone", "held", "2024-08-05")]


def test_a_meeting_named_only_to_date_a_statement_is_still_passed_over():
    """A guard: "during the talks" does not open the clause; the told meeting is the later visit."""
    got = _extract("Sudan talks\nThe envoy said during the talks that Abdel Fattah al-Burhan will meet Antony "
                   "Blinken on Friday.", "2024-08-09")
    assert [sorted(m.participants) for m in got.meetings] == [["Abdel Fattah al-Burhan", "Antony Blinken"]]


def test_a_council_named_in_a_post_keeps_the_country_before_it():
    got = _extract("Sudan talks\nSudan's Sovereign Council Chairman Abdel Fattah al-Burhan urged the RSF to "
                   "withdraw from Khartoum.", "2024-08-09")
    assert [(p.title, p.country) for p in got.people] == [("Sovereign Council Chairman", "Sudan")]
    assert [(d.by, d.by_person) for d in got.demands] == [("Sudan", "Abdel Fattah al-Burhan")]


def test_a_held_meeting_whose_sentence_says_today_is_of_the_publication_day():
    """Not of the only day the article told before (the day the fighting began)."""
    got = _extract("Border truce\nFighting between Thailand and Cambodia erupted on July 24.\n\nThe truce follows "
                   "a meeting here attended by Hun Manet and Phumtham Wechayachai, amid a conflict which entered "
                   "its fifth day today.", "2025-07-28")
    assert [(sorted(m.participants), m.date) for m in got.meetings] == [
        (["Hun Manet", "Phumtham Wechayachai"], "2025-07-28")]


def test_a_meeting_said_to_be_earlier_keeps_the_day_the_article_told():
    """A guard: "had previously met" is not today's meeting, whatever else the sentence says."""
    got = _extract("Border truce\nHun Manet and Phumtham Wechayachai met on July 24.\n\nThe two had previously met "
                   "in Putrajaya, the ministry said today.", "2025-07-28")
    assert "2025-07-28" not in [m.date for m in got.meetings]


def test_him_after_two_subjects_is_neither_of_them_and_the_afternoon_is_that_day_s():
    got = _extract("Cabinet talks\nFormation leader Kim Putters has started talks with the parties. Putters first "
                   "met with Geert Wilders on Wednesday morning. In the afternoon, Pieter Omtzigt and Caroline van "
                   "der Plas will meet with him together for a follow-up discussion.", "2024-02-28")
    assert [(sorted(m.participants), m.status, m.date) for m in got.meetings] == [
        (["Geert Wilders", "Kim Putters"], "held", "2024-02-28"),
        (["Caroline van der Plas", "Kim Putters", "Pieter Omtzigt"], "planned", "2024-02-28")]


def test_him_after_one_subject_is_still_the_one_told_before():
    """A guard: the single-subject case read as before."""
    got = _extract("Cabinet talks\nFormation leader Kim Putters has started talks with the parties. Putters first "
                   "met with Geert Wilders on Wednesday morning. Pieter Omtzigt will meet with him on Thursday.",
                   "2024-02-28")
    assert sorted(got.meetings[-1].participants) == ["Kim Putters", "Pieter Omtzigt"]


def test_a_team_told_with_its_leader_heading_it_joins_the_talks_just_told():
    got = _extract("Peace talks\nDelegations from Russia and Ukraine began talks in Abu Dhabi on Friday. Ukraine's "
                   "delegation is led by Rustem Umerov. Russia has sent officers of its Ministry of Defense, with "
                   "intelligence chief Igor Kostyukov heading the team.", "2026-01-23")
    assert [sorted(m.participants) for m in got.meetings] == [["Igor Kostyukov", "Rustem Umerov"]]


def test_talks_that_follow_an_engagement_where_others_met_tell_that_meeting_s_day():
    got = _extract("Peace talks\nThe meetings follow a separate engagement where special envoy Steve Witkoff met "
                   "with Russian President Vladimir Putin for three hours late Thursday.", "2026-01-23")
    assert [(sorted(m.participants), m.date) for m in got.meetings] == [
        (["Steve Witkoff", "Vladimir Putin"], "2026-01-22")]


@pytest.mark.learned_pairs  # (the learned pair model had seated the envoy's boss with the one he met)
def test_the_boss_who_only_owns_an_envoy_s_post_meets_nobody():
    got = _extract("Peace talks\nDelegations began talks in Abu Dhabi on Friday. The meetings follow a separate "
                   "high-level engagement where President Donald Trump's special envoy Steve Witkoff and son-in-law "
                   "Jared Kushner met with Russian President Vladimir Putin for more than three hours late Thursday.",
                   "2026-01-23")
    assert [sorted(m.participants) for m in got.meetings] == [["Jared Kushner", "Steve Witkoff", "Vladimir Putin"]]


def test_a_planned_meeting_told_as_the_meeting_takes_the_first_day_its_sides_were_told_with():
    got = _extract("ELN talks\nDelegations from the Colombian government and the ELN guerrilla group will gather "
                   "from Friday in Venezuela for a meeting that seeks to restart peace talks. Chief negotiator Vera "
                   "Grabe said the meeting will raise the ceasefire.", "2024-11-01")
    assert [(m.participants, m.status, m.date) for m in got.meetings] == [(["Vera Grabe"], "planned", "2024-11-01")]


def test_a_day_a_measure_takes_effect_from_does_not_date_the_talks():
    """A guard: "from Monday" belongs to the tariffs, not to the talks."""
    got = _extract("Tariff talks\nTrade minister Anna Berg will hold talks with Chinese Vice Premier He Lifeng on "
                   "new tariffs that apply from Monday.", "2024-11-01")
    assert [m.date for m in got.meetings] == [None]


def test_the_meeting_s_agenda_tells_no_meeting_of_its_own():
    got = _extract("ELN talks\nChief negotiator Vera Grabe will meet ELN commander Pablo Beltran in Caracas on "
                   "Friday. The meeting's agenda was not made public, and Grabe declined to comment.", "2024-11-01")
    assert [(sorted(m.participants), m.status) for m in got.meetings] == [
        (["Pablo Beltran", "Vera Grabe"], "planned")]


def test_a_demand_whose_object_the_parser_split_in_two_keeps_both_halves():
    got = _extract("Peace talks\nRussia is demanding Ukraine surrender approximately 5,000 square kilometers of the "
                   "Donetsk region.", "2026-01-23")
    assert [(d.by, d.text) for d in got.demands] == [
        ("Russia", "Ukraine surrender approximately 5,000 square kilometers of the Donetsk region")]


def test_criticism_offered_is_no_concession():
    got = _extract("Trade talks\nUS Treasury Secretary Janet Yellen met Chinese Vice Premier He Lifeng on Friday. "
                   "Yellen has offered mostly criticism of the way Chinese leaders have managed their economy.",
                   "2024-04-06")
    assert got.concessions == []


def test_willing_to_keep_working_to_improve_ties_gives_nothing():
    got = _extract("Trade talks\nChinese President Xi Jinping told Canadian Prime Minister Mark Carney that he is "
                   "willing to continue working to improve ties.", "2026-01-16")
    assert got.concessions == []


def test_willing_to_keep_working_to_cut_a_tariff_still_gives_the_cut():
    """A guard: a purpose that names a term is given."""
    got = _extract("Trade talks\nChinese President Xi Jinping told Canadian Prime Minister Mark Carney that he is "
                   "willing to continue working to cut tariffs on canola.", "2026-01-16")
    assert [(c.by, c.counterpart) for c in got.concessions] == [("China", "Canada")]
    assert "canola" in got.concessions[0].text


def test_initials_written_as_one_token_open_a_name():
    got = _extract("Strike talks\nChief Minister M.K. Stalin said on Saturday that Labour Minister C.V. Ganesan "
                   "will meet the strikers.", "2024-10-06")
    assert [(p.name, p.title) for p in got.people] == [("M.K. Stalin", "Chief Minister"),
                                                        ("C.V. Ganesan", "Labour Minister")]


def test_a_country_s_initials_before_a_post_open_no_name():
    """A guard: "U.S." before a post is the country."""
    got = _extract("Trade talks\nU.S. Commerce Secretary Howard Lutnick met Japan's Ryosei Akazawa on Friday.",
                   "2025-06-14")
    assert [(p.name, p.country) for p in got.people][0] == ("Howard Lutnick", "United States")


def test_president_elect_is_a_post_not_part_of_the_name():
    got = _extract("Port deal\nThe breakthrough came after an intervention by President-Elect Donald Trump during "
                   "a meeting at Mar-a-Lago with ILA president Harold Daggett on December 12.", "2025-01-09")
    assert [(p.name, p.title) for p in got.people] == [("Donald Trump", "President-Elect"),
                                                        ("Harold Daggett", "ILA president")]


def test_a_name_whose_post_a_person_holds_is_a_body_wherever_it_is_written():
    got = _extract("Lecturers' strike\nUasu is now demanding that the university pay the arrears. Uasu chairman "
                   "Richard Okero said the strike will go on. The Ministry of Labour has called for a reconciliation "
                   "meeting with Uasu and the university.", "2024-09-06")
    assert [p.name for p in got.people] == ["Richard Okero"]
    assert got.meetings == []
    assert [(d.by, d.by_person) for d in got.demands] == [("Uasu", None)]


@pytest.mark.learned_pairs  # (the learned pair model had seated a letter's writer with its reader)
def test_one_who_wrote_to_another_did_not_meet_him():
    got = _extract("Lecturers' strike\nUasu chairman Richard Okero said the strike will go on. Last week Humphrey "
                   "Njoroge wrote to Uasu secretary general Constantine Wasonga, urging the dons to resume work.",
                   "2024-09-06")
    assert got.meetings == []


def test_willingness_asked_about_in_a_whether_clause_gives_nothing():
    got = _extract("Doctors' strike\nPresident Yoon Suk Yeol met strike leader Park Dan on Thursday. His office "
                   "didn't say whether Yoon's comments would mean he's willing to lower the size of the admission "
                   "increase.", "2024-04-06")
    assert got.concessions == []


def test_willingness_told_plainly_is_still_given():
    """A guard: without "whether" the same words give the step."""
    got = _extract("Doctors' strike\nPresident Yoon Suk Yeol met strike leader Park Dan on Thursday. His office "
                   "said Yoon is willing to lower the size of the admission increase.", "2024-04-06")
    assert [c.by_person for c in got.concessions] == ["Yoon Suk Yeol"]


def test_a_vow_to_answer_any_tariffs_presses_the_other_side_not_to_impose_them():
    got = _extract("EV talks\nEU trade chief Valdis Dombrovskis met Chinese Commerce Minister Wang Wentao on Thursday. "
                   "China warned it would retaliate against any new tariffs on its electric vehicles.", "2024-09-20")
    assert [(d.by, d.counterpart, d.text) for d in got.demands] == [
        ("China", "European Union", "retaliate against any new tariffs on its electric vehicles")]


def test_an_answer_to_a_proposal_presses_nothing():
    """A guard: responding to an offer is no threat."""
    got = _extract("EV talks\nEU trade chief Valdis Dombrovskis met Chinese Commerce Minister Wang Wentao on Thursday. "
                   "China said it would respond to the proposal next week.", "2024-09-20")
    assert got.demands == []


def test_the_kind_of_deal_a_side_will_not_accept_is_its_red_line():
    got = _extract("Gaza talks\nIsraeli Prime Minister Benjamin Netanyahu met Hamas mediators on Monday. Netanyahu has "
                   "emphasized that his country will not accept any deal that leaves Hamas in control of Gaza.",
                   "2025-10-07")
    assert [(d.by, d.text) for d in got.demands] == [
        ("Israel", "not accept any deal that leaves Hamas in control of Gaza")]


def test_a_deal_refused_without_saying_what_it_does_is_no_red_line():
    """A guard: "will not accept a deal" names no term."""
    got = _extract("Gaza talks\nIsraeli Prime Minister Benjamin Netanyahu met Hamas mediators on Monday. Netanyahu "
                   "said Israel will not accept a bad deal.", "2025-10-07")
    assert got.demands == []


def test_what_a_side_calls_the_other_out_for_doing_is_pressed_on_it_to_stop():
    got = _extract("Trade talks\nUS Treasury Secretary Janet Yellen met Chinese Vice Premier He Lifeng on Friday. She "
                   "repeatedly called out Beijing for mistreating foreign companies and for distorting global markets "
                   "by subsidizing overproduction.", "2024-04-06")
    assert [(d.by, d.counterpart, d.text) for d in got.demands] == [
        ("United States", "China", "mistreating foreign companies"),
        ("United States", "China", "distorting global markets by subsidizing overproduction")]


def test_calling_for_something_is_not_calling_a_side_out():
    """A guard: "called on Beijing to ..." is read by the plea rules, once."""
    got = _extract("Trade talks\nUS Treasury Secretary Janet Yellen met Chinese Vice Premier He Lifeng on Friday. She "
                   "called on Beijing to stop subsidizing overproduction.", "2024-04-06")
    assert [(d.by, d.counterpart) for d in got.demands] == [("United States", "China")]


def test_concerns_a_side_expresses_about_the_other_s_measures_are_its_demand():
    got = _extract("Trade talks\nUS Treasury Secretary Janet Yellen met Chinese Vice Premier He Lifeng on Friday. "
                   "During the talks, China expressed grave concerns about US economic and trade restrictions.",
                   "2024-04-06")
    assert [(d.by, d.counterpart, d.text) for d in got.demands] == [
        ("China", "United States", "US economic and trade restrictions")]


def test_hope_a_side_expresses_is_no_concern():
    """A guard: only concern, expressed or voiced, is read so."""
    got = _extract("Trade talks\nUS Treasury Secretary Janet Yellen met Chinese Vice Premier He Lifeng on Friday. "
                   "China expressed hope about the talks.", "2024-04-06")
    assert got.demands == []


def test_neighbours_named_in_apposition_agree_to_a_truce_each_for_the_other():
    got = _extract("Ceasefire\nUS Secretary of State Marco Rubio spoke with both sides on Monday. Nuclear-armed "
                   "neighbours Pakistan and India agreed on a ceasefire on Saturday.", "2025-05-15")
    assert sorted((c.by, c.counterpart) for c in got.concessions) == [("India", "Pakistan"), ("Pakistan", "India")]


def test_allies_pressing_together_do_not_press_each_other():
    """A guard: a demand two allies make names no counterpart among them."""
    got = _extract("Ceasefire\nBritain and France met Russian officials on Monday. Britain and France demanded a "
                   "ceasefire.", "2025-05-15")
    assert all(d.counterpart not in ("Britain", "France", "United Kingdom") for d in got.demands)


def test_the_tail_of_a_party_s_name_after_its_opening_adjective_is_no_person():
    got = _extract("Draft law\nDespite pressure from United Torah Judaism and Shas, Yuli Edelstein stood firm, "
                   "clarifying that he does not seek to break up the coalition.", "2025-06-05")
    assert [p.name for p in got.people] == ["Yuli Edelstein"]


def test_a_minister_named_after_his_department_is_still_a_person():
    """A guard: "Secretary of the Treasury Scott Bessent", which the tagger reads as one body."""
    got = _extract("Trade talks\nThe delegation sent to London includes Secretary of the Treasury Scott Bessent, "
                   "the White House said.", "2025-06-05")
    assert "Scott Bessent" in [p.name for p in got.people]
