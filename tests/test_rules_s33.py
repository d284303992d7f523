"""Round 31: fixes found by reading train43 (64 articles, unread until this round) and by
probing the themes of train44 with sentences of our own. Each test's sentences are invented in
our own words (invented people, or real public figures in invented events); only the
construction each fix reads is taken from what the articles showed."""

from __future__ import annotations

import pytest


def _extract(text: str, published: str = "2025-06-14"):
    from loaders.extraction import extract

    return extract(text, published)


def _names(result) -> set[str]:
    return {p.name for p in result.people}


def _person(result, name: str):
    return next(p for p in result.people if p.name == name)


def test_a_royal_style_before_a_post_holder_is_neither_name_nor_post():
    """"Energy Minister Prince X bin Y": the annotators name him "X bin Y" (every read article);
    the style had stayed in his post ("Energy Minister Prince"). "Crown Prince" stays a post."""
    r = _extract("Oil talks\nEnergy Minister Prince Talal bin Fahd met his Omani counterpart, Said al-Kindi, in Muscat on "
                 "Sunday. Crown Prince Nawaf bin Rashid sent his greetings.", "2025-03-10")
    assert {"Talal bin Fahd", "Nawaf bin Rashid"} <= _names(r)
    assert _person(r, "Talal bin Fahd").title == "Energy Minister"
    assert _person(r, "Nawaf bin Rashid").title == "Crown Prince"


RECEPTION = ("Chile and Peru\n\nPresident Maria Lopez of Chile received Peru's foreign minister, Jorge Ruiz, at the "
             "palace in Santiago on Tuesday. The two reviewed trade and fishing rights. Ruiz passed on greetings from "
             "the president of Peru. The reception was attended by Khalid Ortega, adviser to the Minister of Foreign "
             "Affairs for Andean Affairs, Peru's ambassador to Chile Carlos Vega, and Deputy Director General of the Foreign "
             "Minister's Office Ana Ortiz.")


def test_those_attending_a_reception_sit_in_the_meeting_just_told():
    """"X received Y ... The reception was attended by A, B and C": the reception is the
    meeting told; its guests join it (they had been no meeting at all)."""
    r = _extract(RECEPTION, "2025-03-05")
    assert len(r.meetings) == 1
    assert {"Maria Lopez", "Jorge Ruiz", "Khalid Ortega", "Carlos Vega"} <= set(r.meetings[0].participants)


def test_a_name_after_an_ambassador_to_a_country_is_the_ambassador():
    """"Peru's ambassador to Chile Carlos Vega": the parser hangs the name on "to" as if he were
    the one the ambassador is sent to; he is the ambassador, and he attends."""
    r = _extract(RECEPTION, "2025-03-05")
    assert "Carlos Vega" in r.meetings[0].participants
    assert _person(r, "Carlos Vega").country == "Peru"


def test_a_name_after_the_office_of_a_post_is_a_person():
    """"Deputy Director General of the Foreign Minister's Office Ana Ortiz": the post runs through the
    office of the minister; the name after it is a person (it had been lost)."""
    assert "Ana Ortiz" in _names(_extract(RECEPTION, "2025-03-05"))
    r = _extract("Visit\nThe guests were met by the head of the President's Office Walid Haddad in Beirut.", "2025-03-05")
    assert "Walid Haddad" in _names(r)


def test_a_secretary_of_state_for_a_portfolio_is_no_us_post_and_care_is_a_portfolio_word():
    """"Secretary of State for Social Care X": "Care" ended the portfolio, not began
    the name ("Care X"), and the post, which London (or Madrid) gives, made him American."""
    r = _extract("Strike talks\nSecretary of State for Social Care Nadia Brook will meet the nurses' union "
                 "leaders on Friday to head off a strike.", "2025-07-14")
    assert "Nadia Brook" in _names(r)
    assert _person(r, "Nadia Brook").country != "United States"
    assert _person(r, "Nadia Brook").title == "Secretary of State for Social Care"


def test_a_clergy_style_is_no_part_of_the_name():
    """"Pastor X", "Imam X", "the Rev. X": a style like "Dr", not the first word of the name."""
    r = _extract("Visit\nPresident Elias Karam met Pastor Samir Daher in Beirut on Monday. Imam Hadi Nasr joined them.",
                 "2025-07-22")
    assert {"Samir Daher", "Hadi Nasr"} <= _names(r)
    assert ("Elias Karam", "Samir Daher") in {(a, b) for m in r.meetings for a in m.participants
                                             for b in m.participants}


def test_a_posts_bracketed_acronym_neither_ends_the_sentence_nor_the_post():
    """"U.S. Trade Representative (USTR) X": the parser ended the sentence at the bracket, so X
    left the call and lost his post and country."""
    r = _extract("Tariff call\nTrade Minister Ayse Demir spoke by video on Friday to Commerce Secretary Nora "
                 "Blake and U.S. Trade Representative (USTR) Owen Marsh.", "2025-04-27")
    assert [set(m.participants) for m in r.meetings] == [{"Ayse Demir", "Nora Blake", "Owen Marsh"}]
    assert (_person(r, "Owen Marsh").title, _person(r, "Owen Marsh").country) == (
        "Trade Representative", "United States")


DELEGATION = ("Defence talks\n\nOn Saturday, Kenya's army chief, General Tom Otieno, led a delegation to Kampala for a "
              "one-day visit. Ambassador Grace Mwangi, Kenya's intelligence chief, was among the delegates. They were "
              "received by Uganda's army commander, Gen. Paul Okello, and intelligence director Amb. Sarah Nambi.")


def test_they_received_after_a_delegation_are_its_leader_and_members():
    """"A led a delegation to X. B was among the delegates. They were received by C and D": the
    guests are A and B; the meeting is theirs with C and D, on the day told for the visit (C and
    D had been joined to an older meeting of the article, or left alone)."""
    r = _extract("Border pact\nKenyan President Amos Wekesa and Ugandan President Peter Mugisha met in Nairobi on "
                 "February 3. " + DELEGATION.split("\n\n")[1],
                 "2025-02-23")
    visit = next(m for m in r.meetings if "Paul Okello" in m.participants)
    assert {"Tom Otieno", "Grace Mwangi", "Paul Okello", "Sarah Nambi"} == set(visit.participants)
    assert str(visit.date) == "2025-02-22"


def test_a_rank_or_style_before_the_name_leaves_the_side_to_the_post_around_it():
    """"Ambassador X, Kenya's intelligence chief," and "Kenya's army chief, General X,": the
    style or rank before the name had hidden the post (and the country) told beside it."""
    r = _extract(DELEGATION, "2025-02-23")
    assert _person(r, "Grace Mwangi").country == "Kenya"
    assert (_person(r, "Tom Otieno").title, _person(r, "Tom Otieno").country) == ("army chief", "Kenya")


def test_a_first_conjunct_hung_inside_the_second_ones_post_still_goes_to_the_talks():
    """"Vice Premier A and trade envoy B left for ... talks": the parser makes A a modifier of
    B's post ("envoy"); A goes where B goes."""
    r = _extract("Trade talks\nVice Premier Lin Mei-hua and trade envoy Chen Wei-ting left for the United States on "
                 "Wednesday for talks.", "2026-01-15")
    assert [set(m.participants) for m in r.meetings] == [{"Lin Mei-hua", "Chen Wei-ting"}]


def test_she_is_the_woman_the_article_called_she_not_the_man_named_last():
    """"X concluded her meeting ... since President Trump took office. She is also to meet Y":
    "she" had been Trump, the subject named last."""
    r = _extract("Lebanon visit\nUS deputy envoy Laura Fenwick wrapped up her meeting with President Karim Saad on "
                 "Saturday, having flown into Beirut for a second trip since President Donald Trump was sworn in in "
                 "January. She is also due to hold talks with Prime Minister Omar Haddad.", "2025-04-05")
    assert {"Laura Fenwick", "Omar Haddad"} in [set(m.participants) for m in r.meetings]
    assert not any("Donald Trump" in m.participants for m in r.meetings)


def _demands(result) -> list[tuple]:
    return [(d.by, d.text) for d in result.demands]


def test_a_hyphenated_word_stays_whole_in_what_is_asked():
    """"an immediate cease-fire", "a swift de-escalation": the tokenizer splits the hyphen and
    the parser may hang the parts apart; the text had read "cease fire" (no keyword a reader
    searches for) or stopped at "de"."""
    r = _extract("Gaza\nTurkey's foreign minister, Selim Kaya, demanded an immediate cease-fire in Gaza on Sunday. "
                 "Egypt's envoy, Hana Lind, urged Israel to agree to a swift de-escalation along the border.",
                 "2024-06-18")
    texts = [t for _, t in _demands(r)]
    assert any("cease-fire" in t for t in texts)
    assert any("swift de-escalation along the border" in t for t in texts)


def test_an_envoy_for_a_region_keeps_his_post_and_side():
    """"The American deputy envoy for the Middle East, X,": the region after "for the"
    ended the title early, so X had neither post nor side (and her demands no side)."""
    r = _extract("Visit\nThe American deputy envoy for the Middle East, Dana Whitfield, held talks with President "
                 "Karim Saad on Saturday. Whitfield is expected to insist that Lebanon's government draw up a timetable "
                 "for disarming the militias.", "2025-04-05")
    p = _person(r, "Dana Whitfield")
    assert (p.title, p.country) == ("deputy envoy for the Middle East", "United States")
    assert any(by == "United States" and "timetable" in t for by, t in _demands(r))


def test_steps_asked_for_carry_their_purpose():
    """"called for concrete steps to build a more level playing field": the parser hangs the
    infinitive on the verb; the steps alone say nothing of what is asked."""
    r = _extract("Trade\nThe EU's foreign policy chief, Anna Berg, called for concrete steps to build a more level "
                 "playing field with China, such as wider access for European firms.", "2025-07-02")
    assert any(by == "European Union" and "level playing field" in t for by, t in _demands(r))


def test_the_importance_of_a_side_doing_something_is_that_doing():
    """"stressed the importance of Washington sending a firm message": the parser hangs the
    gerund on "importance"; what is asked had been "Washington" alone."""
    r = _extract("Security\nUkraine's leader Volodymyr Zelensky stressed the importance of Washington sending a firm "
                 "message about guarantees.", "2025-08-19")
    assert ("Ukraine", "Washington sending a firm message about guarantees") in _demands(r)


def test_whom_a_participant_had_met_before_is_not_at_the_talks_told():
    """"A, who had handed the draft to C in Kyiv on Thursday, also took part": C is named in what
    A had done earlier (a relative clause in the past perfect), not at the talks in Geneva."""
    r = _extract("Peace plan\nUS envoy Paul Grant and Ukraine's chief negotiator Olena Marchenko met in Geneva on "
                 "Sunday. Army Secretary Mark Ellis, who had handed the first draft to President Petro Hrytsenko in "
                 "Kyiv on Thursday, also took part.", "2025-11-24")
    geneva = next(m for m in r.meetings if "Paul Grant" in m.participants)
    assert "Mark Ellis" in geneva.participants and "Petro Hrytsenko" not in geneva.participants


def test_the_host_of_the_opening_session_sits_in_the_talks():
    """"A and B led the two delegations in Istanbul. C hosted the opening session": the host of
    the talks just told takes part in them (he had been a meeting of one)."""
    r = _extract("Border talks\nPakistani and Afghan delegations resumed talks in Istanbul on Thursday. The Pakistani "
                 "side is led by Lt Gen Asim Malik, while the Afghan delegation is headed by Rahmatullah Najib. "
                 "Turkish intelligence chief Ibrahim Kalin hosted the opening session.", "2025-11-07")
    assert [set(m.participants) for m in r.meetings] == [{"Asim Malik", "Rahmatullah Najib", "Ibrahim Kalin"}]


ORBAN_CALL = ("Summit\nHungarian Prime Minister Viktor Orban took part in a video call with European Council President "
              "Antonio Costa on Tuesday, ahead of next week's special summit, the government's spokesman Zoltan Kovacs "
              "said. Costa had travelled to Budapest last Friday to meet Orban in person.")


@pytest.mark.learned_pairs
def test_the_spokesman_who_tells_the_news_meets_no_one_in_it():
    """"A held a call with B ..., the government's spokesman C said": the learned pairs had
    seated C with B (the rules already leave spokespeople out)."""
    r = _extract(ORBAN_CALL, "2025-02-27")
    assert not any("Zoltan Kovacs" in m.participants for m in r.meetings)


def test_a_trip_told_in_the_past_perfect_to_meet_someone_was_made():
    """"B had travelled to P last Friday to meet A": the meeting took place (it had been read as
    planned, the infinitive of purpose looking ahead)."""
    r = _extract(ORBAN_CALL, "2025-02-27")
    trip = next(m for m in r.meetings if str(m.date) == "2025-02-21")
    assert set(trip.participants) == {"Antonio Costa", "Viktor Orban"} and trip.status == "held"


def test_a_guest_hung_on_the_day_of_a_reception_is_received():
    """"X, received on Wednesday the head of the bloc, MP Y, at the palace. The meeting was
    attended by A and B": the parser hangs the guest on "Wednesday"; he is the one received, and
    the attendees join that meeting on that day (they had been a meeting of their own, dated the
    day of the report)."""
    r = _extract("Lebanon talks\n\nPresident Karim Saad, received on Wednesday the head of the party's parliamentary "
                 "bloc, MP Hassan Fadel, at the palace. The meeting was also attended by Dr. Omar Haidar and the "
                 "President's security adviser, Brigadier General Elie Nassar, the party's website reported.",
                 "2026-02-05")
    assert [(set(m.participants), str(m.date)) for m in r.meetings] == [
        ({"Karim Saad", "Hassan Fadel", "Omar Haidar", "Elie Nassar"}, "2026-02-04")]


def test_a_meeting_later_on_the_day_of_a_statement_is_on_that_day():
    """"X said on Friday, ahead of a meeting with Y in Budapest later on Friday": the second
    Friday is the meeting's own (it had been read as the statement's and dropped)."""
    r = _extract("Defence deal\nHungary will buy four more jets from Sweden, Viktor Orban told reporters on Friday, before "
                 "a meeting in Budapest with his Swedish counterpart Ulf Kristersson later on Friday.",
                 "2024-02-23")
    assert [str(m.date) for m in r.meetings] == ["2024-02-23"]


def test_talks_a_day_before_the_meeting_told_are_on_the_day_before():
    """"A met B in Beirut, a day after holding talks with C": the talks with C were the day
    before (counted from the sentence's day, else from the day of the report)."""
    r = _extract("Lebanon\nUS envoy Amos Hochstein met Parliament Speaker Nabih Berri in Beirut, a day after holding "
                 "talks with Prime Minister Benjamin Netanyahu in Jerusalem.", "2024-06-18")
    days = {frozenset(m.participants): str(m.date) for m in r.meetings}
    assert days[frozenset({"Amos Hochstein", "Benjamin Netanyahu"})] == "2024-06-17"
    r = _extract("Lebanon\nUS envoy Amos Hochstein met Parliament Speaker Nabih Berri on Monday, two days after holding "
                 "talks with Prime Minister Benjamin Netanyahu in Jerusalem.", "2024-06-18")
    days = {frozenset(m.participants): str(m.date) for m in r.meetings}
    assert days[frozenset({"Amos Hochstein", "Nabih Berri"})] == "2024-06-17"
    assert days[frozenset({"Amos Hochstein", "Benjamin Netanyahu"})] == "2024-06-15"


def _concessions(result) -> list[tuple]:
    return [(c.by, c.counterpart, c.text) for c in result.concessions]


def test_a_named_captive_set_free_is_a_concession_to_his_side():
    """"Russia released detained American teacher X", "the United States freed Russian hacker
    Y": a captive named (not only "52 prisoners") set free is the captor's concession to the
    captive's side."""
    r = _extract("Prisoner swap\nRussia released detained American teacher Paul Whitman on Tuesday after a US envoy "
                 "flew to Moscow. In return, the United States freed Russian hacker Oleg Smirnov.", "2025-02-12")
    got = {(by, to) for by, to, _ in _concessions(r)}
    assert {("Russia", "United States"), ("United States", "Russia")} <= got


def test_spoke_with_both_a_and_b_is_two_calls():
    """"X spoke with both A and B on Saturday": one conversation with each (A and B had been
    seated together)."""
    r = _extract("Calls\nCanadian Prime Minister Mark Carney spoke with both German Chancellor Friedrich Merz and "
                 "Italian Prime Minister Giorgia Meloni on Saturday.", "2025-03-02")
    assert sorted(sorted(m.participants) for m in r.meetings) == [
        ["Friedrich Merz", "Mark Carney"], ["Giorgia Meloni", "Mark Carney"]]


def test_the_two_envoys_are_the_envoys_just_named():
    """"X, who came with special envoy A and B, said ... The two envoys had met Y on Monday": "the
    two envoys" points back like "they" (no one had been seated with Y)."""
    r = _extract("Gaza\nVice President Tom Reed, who was accompanied by special envoy Sam Porter and adviser Eli Baum, "
                 "said the truce was holding. The two envoys had met Prime Minister Avi Mizrahi on Monday to discuss "
                 "the next phase.", "2025-10-22")
    assert [set(m.participants) for m in r.meetings] == [{"Sam Porter", "Eli Baum", "Avi Mizrahi"}]


def test_the_two_leaders_named_in_the_sentence_before_meet_again():
    """"A spoke to his counterpart, B, on Saturday. The two generals will hold a longer call on
    Monday": the two named before, on the day ahead (the second call had no one)."""
    r = _extract("Hotline\nPakistan's director general of military operations, Maj Gen Kashif Ali, spoke to his Indian "
                 "counterpart, Lt Gen Rajiv Mehta, on Saturday. The two generals will hold a "
                 "longer conversation on Monday.", "2025-05-12")
    assert sorted((str(m.date), m.status) for m in r.meetings if set(m.participants) == {"Kashif Ali", "Rajiv Mehta"}) \
        == [("2025-05-10", "held"), ("2025-05-12", "planned")]


def test_a_ministry_named_with_commas_stays_in_the_post():
    """"Azerbaijan's Minister of Economy, Industry and Export Promotion X": the comma inside the
    ministry's name ended the post (X had neither post nor country), and "Promotion", a word of
    the portfolio, had opened the name."""
    r = _extract("Trade\nThe visiting minister met Azerbaijan's Minister of Economy, Industry and Export Promotion Ali "
                 "Karimov in Baku on Monday.", "2025-01-28")
    p = _person(r, "Ali Karimov")
    assert (p.title, p.country) == ("Minister of Economy, Industry and Export Promotion", "Azerbaijan")
    r = _extract("Trade\nThe visiting minister met Azerbaijan's Minister of Economy and Export Promotion Ali Karimov.",
                 "2025-01-28")
    assert "Ali Karimov" in _names(r)


def test_that_the_treaty_focus_on_is_what_is_insisted_on():
    """"X insisted that the treaty focus on waste management": the parser reads "treaty focus" as
    one noun; the clause is what X presses for (it had been no demand)."""
    r = _extract("Plastics\nSaudi Arabia insisted that the treaty focus on waste management. Kenya wants a cap on "
                 "output.", "2025-08-15")
    assert ("Saudi Arabia", "the treaty focus on waste management") in _demands(r)


def test_members_of_the_one_union_named_speak_for_it():
    """"Flight attendants want higher wages": the members' demand is their union's, the one union
    the article names, though its name does not say "attendants"."""
    r = _extract("Strike\nThe Canadian Union of Public Employees remained on strike on Monday. Air Canada and the union "
                 "resumed talks on Sunday. Flight attendants want higher wages and pay for work on the ground.",
                 "2025-08-18")
    assert any(by in ("CUPE", "Canadian Union of Public Employees") and "wages" in t for by, t in _demands(r))


def test_a_code_written_in_title_case_in_brackets_is_the_bodys_handle():
    """"The Canadian Union of Postal Workers (Cupw) ... Canada Post and Cupw resumed talks": one
    body, whose handle is the code as the paper writes it (two sides had been made)."""
    r = _extract("Strike\nThe Canadian Union of Postal Workers (Cupw) went on strike on Friday. Canada Post and Cupw "
                 "resumed talks on Sunday. Postal workers want higher wages and a shorter week.", "2025-08-18")
    names = {p.name for p in r.parties}
    assert "Cupw" in names and "Canadian Union of Postal Workers" not in names
    assert any(by == "Cupw" and "wages" in t for by, t in _demands(r))


def test_held_talks_with_b_a_day_after_meeting_c_is_two_meetings():
    """"A held talks with B in Damascus on Sunday, a day after meeting C in Erbil": the second
    meeting word is "meeting", not the first verb's own "talks" (C had been joined to the talks
    with B, or left out), and it lies the day before."""
    r = _extract("Syria\nUS envoy Tom Barrack held talks with President Ahmed al-Sharaa in Damascus on Sunday, a "
                 "day after meeting the Kurdish commander Mazloum Abdi in Erbil.", "2026-01-19")
    assert sorted((sorted(m.participants), str(m.date)) for m in r.meetings) == [
        (["Ahmed al-Sharaa", "Tom Barrack"], "2026-01-18"), (["Mazloum Abdi", "Tom Barrack"], "2026-01-17")]
    # the subject's name in apposition to his post goes on to the second meeting too
    r = _extract("Syria\nThe US envoy, Tom Barrack, held talks with President Ahmed al-Sharaa in Damascus on Sunday, a "
                 "day after meeting the Kurdish commander Mazloum Abdi in Erbil.", "2026-01-19")
    assert sorted(sorted(m.participants) for m in r.meetings) == [["Ahmed al-Sharaa", "Tom Barrack"],
                                                                  ["Mazloum Abdi", "Tom Barrack"]]
