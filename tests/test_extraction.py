"""Extraction core: people, parties, dates, meetings, topics, evidence.

All sentences are invented for these tests (fictional people, realistic negotiation prose).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extraction_helpers import ARTICLE, SAT
from extraction_helpers import person as _person
from loaders.extraction import build_context, canonical_party, extract, extract_many, topics_in
from loaders.extraction.dates import find_dates, resolve_weekday


@pytest.fixture(scope="module")
def article(nlp):
    return extract(ARTICLE, SAT, nlp=nlp)



# ----------------------------------------------------------------------------- people
def test_people_titles_countries_aliases(article):
    names = {p.name for p in article.people}
    assert {"Hiroshi Tanaka", "Daniel Whitford", "Laura Brennan"} <= names
    tanaka = _person(article, "Tanaka")
    assert tanaka.country == "Japan"
    assert "negotiator" in (tanaka.title or "")
    assert "Tanaka" in tanaka.aliases
    assert "Mr. Tanaka" in tanaka.aliases
    whitford = _person(article, "Whitford")
    assert whitford.title == "Commerce Secretary"
    assert whitford.country == "United States"
    # a US-only post gives the country even without "U.S." in front
    assert _person(article, "Brennan").country == "United States"


def test_headline_words_are_not_people(article):
    names = {p.name for p in article.people}
    assert not any("Says" in n or "Talks" in n for n in names)
    assert len(article.people) == 3


def test_countries_are_not_people(nlp):
    ex = extract("Ministers meet\n\nOfficials from Kyiv and Moscow met in Istanbul on Friday. "
                 "Zaporizhzhia was discussed.", SAT, nlp=nlp)
    assert ex.people == []


def test_name_with_particles_and_east_asian_order(nlp):
    text = ("Trade chief visits\n\nEuropean Commission President Ingrid van der Berg spoke by phone "
            "with Chinese Vice Premier He Jianguo on Thursday. Van der Berg said the call was useful.")
    ex = extract(text, SAT, nlp=nlp)
    names = {p.name for p in ex.people}
    assert "Ingrid van der Berg" in names
    assert "He Jianguo" in names
    assert next(p for p in ex.people if p.name == "He Jianguo").country == "China"
    assert next(p for p in ex.people if p.name == "Ingrid van der Berg").country == "European Union"


# ----------------------------------------------------------------------------- parties
@pytest.mark.parametrize("mention,canon", [
    ("U.S.", "United States"), ("the United States", "United States"), ("Washington", "United States"),
    ("the Trump administration", "United States"), ("American", "United States"),
    ("Brussels", "European Union"), ("the bloc", "European Union"),
    ("European Commission", "European Union"), ("Kremlin", "Russia"), ("Moscow", "Russia"),
    ("Japan's", "Japan"), ("the Chinese government", "China"), ("Türkiye", "Turkey"),
    ("NATO", "NATO"), ("IAEA", "IAEA"), ("International Atomic Energy Agency", "IAEA"), ("BRUSSELS", "European Union"),
    # every country, not only the usual negotiators; "Congo" alone is the larger Congo
    ("Mauritius", "Mauritius"), ("Guyanese", "Guyana"), ("Mogadishu", "Somalia"), ("South Sudan", "South Sudan"),
    ("Kyrgyz", "Kyrgyzstan"), ("Congo", "DR Congo"),
    ("Republic of Congo", "Republic of the Congo"), ("SDF", "Syrian Democratic Forces"), ("Mercosur", "Mercosur"),
    ("the Government of India", "India"),
])
def test_canonical_party(mention, canon):
    assert canonical_party(mention) == canon


def test_pronoun_us_is_not_a_party():
    assert canonical_party("us") is None
    assert canonical_party("Akazawa") is None


# ----------------------------------------------------------------------------- dates
def test_weekday_resolution_depends_on_tense():
    assert resolve_weekday(4, SAT, future=False) == dt.date(2025, 6, 13)  # met on Friday
    assert resolve_weekday(0, SAT, future=True) == dt.date(2025, 6, 16)  # will meet on Monday
    assert resolve_weekday(5, SAT, future=False) == SAT  # same day
    assert resolve_weekday(4, SAT, future=False, modifier="last") == dt.date(2025, 6, 13)
    assert resolve_weekday(5, SAT, future=True, modifier="next") == dt.date(2025, 6, 21)


def test_explicit_dates_and_ranges():
    (d,) = find_dates("the talks on May 10-11 in Geneva", SAT)
    assert (d.date, d.end_date) == (dt.date(2025, 5, 10), dt.date(2025, 5, 11))
    (d,) = find_dates("a summit from Sunday to Tuesday", SAT, future=True)
    assert (d.date, d.end_date) == (dt.date(2025, 6, 15), dt.date(2025, 6, 17))
    (d,) = find_dates("signed on 27 July 2025", SAT)
    assert d.date == dt.date(2025, 7, 27)
    assert find_dates("they met last week and will meet next month", SAT) == []


# ----------------------------------------------------------------------------- meetings
def test_meeting_held_with_duration_location_date(article):
    m = next(m for m in article.meetings if "Daniel Whitford" in m.participants)
    assert set(m.participants) == {"Hiroshi Tanaka", "Daniel Whitford"}
    assert set(m.parties) == {"Japan", "United States"}
    assert m.status == "held"
    assert m.date == "2025-06-13"
    assert m.duration_minutes == 70
    assert m.location == "Washington"
    assert m.kind == "in_person"
    assert "tariffs" in m.topics and "automobiles" in m.topics


def test_planned_meeting_with_future_weekday(article):
    m = next(m for m in article.meetings if "Laura Brennan" in m.participants)
    assert m.status == "planned"
    assert m.date == "2025-06-16"
    assert "Hiroshi Tanaka" in m.participants


def test_evidence_offsets_point_at_the_sentence(article):
    for m in article.meetings:
        ev = m.evidence
        assert ev is not None
        assert ARTICLE[ev.start:ev.end] == ev.text
        assert "\n" not in ev.text


def test_phone_call_and_round(nlp):
    text = ("Leaders talk\n\nPresident Maria Ortega of Mexico held a 45-minute phone call with "
            "Canadian Prime Minister Owen Fraser on Tuesday. Negotiators opened the third round of "
            "talks in Ottawa on Wednesday, attended by Trade Minister Lucia Ramos and Canadian "
            "Finance Minister Grant Ellis.")
    ex = extract(text, dt.date(2025, 3, 6), nlp=nlp)  # a Thursday
    call = next(m for m in ex.meetings if "Owen Fraser" in m.participants)
    assert call.kind == "phone"
    assert call.duration_minutes == 45
    assert call.date == "2025-03-04"
    rnd = next(m for m in ex.meetings if "Grant Ellis" in m.participants)
    assert rnd.round == 3
    assert rnd.location == "Ottawa"


def test_two_sessions_in_one_sentence_are_two_meetings(nlp):
    text = ("Envoy in Washington\n\nKorean trade minister Park Min-jun met U.S. Commerce Secretary "
            "Daniel Whitford for two hours and U.S. Trade Representative Karen Voss for 40 minutes "
            "on Friday.")
    ex = extract(text, SAT, nlp=nlp)
    by = {frozenset(m.participants): m for m in ex.meetings}
    a = by[frozenset({"Park Min-jun", "Daniel Whitford"})]
    b = by[frozenset({"Park Min-jun", "Karen Voss"})]
    assert (a.duration_minutes, b.duration_minutes) == (120, 40)


def test_wished_for_or_cancelled_meetings(nlp):
    text = ("No deal\n\nPresident Ana Silva wants to meet Chancellor Erik Lund soon. "
            "A planned summit between Prime Minister Raj Mehta and President Ana Silva was called off on "
            "Thursday.")
    ex = extract(text, SAT, nlp=nlp)
    assert not any("Erik Lund" in m.participants for m in ex.meetings)
    cancelled = [m for m in ex.meetings if m.status == "cancelled"]
    assert cancelled and set(cancelled[0].participants) == {"Raj Mehta", "Ana Silva"}


def test_press_conference_is_not_a_meeting(nlp):
    text = ("Statement\n\nForeign Minister Omar Haddad gave a press conference in Cairo on Friday "
            "and issued a statement on the ceasefire.")
    assert extract(text, SAT, nlp=nlp).meetings == []


def test_subject_matter_person_is_not_a_participant(nlp):
    text = ("Talks\n\nJapanese negotiator Kenji Mori held talks with U.S. Treasury Secretary Laura "
            "Brennan on Friday over the tariff policy of President Frank Dalton.")
    ex = extract(text, SAT, nlp=nlp)
    m = ex.meetings[0]
    assert set(m.participants) == {"Kenji Mori", "Laura Brennan"}


# ----------------------------------------------------------------------------- topics/context
def test_topics_in():
    assert topics_in("relief from auto tariffs and more LNG purchases") == ["automobiles", "tariffs", "energy"]
    assert topics_in("an exchange of prisoners and a ceasefire") == ["prisoners", "ceasefire"]
    assert topics_in("nothing against anything") == []


def test_context_helpers(nlp):
    ctx = build_context(ARTICLE, SAT, nlp=nlp)
    assert ctx.country_of("Hiroshi Tanaka") == "Japan"
    assert ctx.canonical_party("the Japanese side") == "Japan"
    i = ARTICLE.index("Tanaka told")
    p = ctx.person_at(i, i + 6)
    assert p is not None and p.name == "Hiroshi Tanaka"
    ev = ctx.evidence_at(i)
    assert ARTICLE[ev.start:ev.end] == ev.text and ev.text.startswith("After the meeting")
    assert "Japan" in ctx.parties_in(0, len(ARTICLE))


def test_extract_many_matches_extract(nlp):
    items = [(ARTICLE, SAT), ("Short\n\nNothing happened here.", None)]
    many = list(extract_many(items, nlp=nlp, batch_size=2))
    assert len(many) == 2
    assert many[0].to_json() == extract(ARTICLE, SAT, nlp=nlp).to_json()
    assert many[1].meetings == []


def test_demonym_and_multiword_title(nlp):
    ex = extract("Leaders speak\n\nJapanese Prime Minister Kenji Morita held a phone call with French "
                 "President Emmanuel Macron on Tuesday.", SAT, nlp=nlp)
    morita = next(p for p in ex.people if p.name == "Kenji Morita")
    assert morita.title == "Prime Minister"
    assert morita.country == "Japan"
    assert {frozenset(m.participants) for m in ex.meetings} == {frozenset({"Kenji Morita", "Emmanuel Macron"})}


def test_bare_surnames_in_participant_slots_are_people(nlp):
    ex = extract("Tariff talks\n\nTakeda held talks with Harlan on Friday in Washington, officials in "
                 "Tokyo said.", SAT, nlp=nlp)
    assert {p.name for p in ex.people} == {"Takeda", "Harlan"}
    (m,) = ex.meetings
    assert set(m.participants) == {"Takeda", "Harlan"}
    assert m.date == "2025-06-13"
    ex2 = extract("Envoys meet\n\nThe indirect talks were mediated by al-Rashidi, the top Omani diplomat "
                  "said. Carver and Nadimi met in Muscat on Saturday.", SAT, nlp=nlp)
    names = {p.name for p in ex2.people}
    assert {"al-Rashidi", "Carver", "Nadimi"} <= names
    assert any({"Carver", "Nadimi"} <= set(m.participants) for m in ex2.meetings)


def test_possessor_is_not_a_participant(nlp):
    ex = extract("Trade talks\n\nEU trade commissioner Piet Vermeer met with U.S. President Frank Dolan's "
                 "top trade officials on Tuesday.", SAT, nlp=nlp)
    assert all("Frank Dolan" not in m.participants for m in ex.meetings)


def test_capitalised_he_mid_sentence_is_the_surname(nlp):
    ex = extract("Talks in Oslo\n\nChinese Vice Premier He Jianguo met U.S. Treasury Secretary Laura Brennan "
                 "in Oslo on Monday. Meeting with Brennan and U.S. Trade Representative Mark Ostrow, He "
                 "stressed mutual respect.", SAT, nlp=nlp)
    assert any({"He Jianguo", "Mark Ostrow"} <= set(m.participants) for m in ex.meetings)


def test_role_noun_with_modifiers_resolves(nlp):
    ex = extract("Minister abroad\n\nUnion minister Arun Mehra flies to Washington next week. On that trip, "
                 "the Commerce and Industry minister is due to meet U.S. Trade Representative "
                 "Nina Hollis.", SAT, nlp=nlp)
    assert any({"Arun Mehra", "Nina Hollis"} <= set(m.participants) for m in ex.meetings)


def test_separate_meetings_and_attempts(nlp):
    ex = extract("Minister abroad\n\nIn early April, Mehra held bilateral meetings with Hollis and Quinn. "
                 "His aides were also trying to arrange a meeting with Secretary Dana Cole.", SAT, nlp=nlp)
    parts = [frozenset(m.participants) for m in ex.meetings]
    assert frozenset({"Mehra", "Hollis"}) in parts and frozenset({"Mehra", "Quinn"}) in parts
    assert all("Dana Cole" not in p for p in parts)


def test_counterpart_handshake_and_convene(nlp):
    ex = extract("Second round\n\nThe delegations, led by U.S. envoy Tom Alder and Iranian Foreign Minister "
                 "Reza Karimi, convened in Rome on Saturday. Italian Foreign Minister Paolo Ricci met with his "
                 "Iranian counterpart on Saturday morning, before the negotiations opened.", SAT, nlp=nlp)
    parts = [frozenset(m.participants) for m in ex.meetings]
    assert frozenset({"Reza Karimi", "Tom Alder"}) in parts
    assert frozenset({"Paolo Ricci", "Reza Karimi"}) in parts
    ex2 = extract("Leaders meet\n\nThe US president shook hands with European Commission President Anna Berg "
                  "at his resort on Sunday. President Frank Dolan said a deal was close.", SAT, nlp=nlp)
    assert any("Anna Berg" in m.participants for m in ex2.meetings)


def test_delegation_members_join_the_talks_of_their_side(nlp):
    text = ("Trade talks end\n\nTreasury Secretary Laura Brennan said after two days of talks in Kuala Lumpur "
            "that the two sides had agreed a framework. The negotiations took place downtown as President "
            "Frank Dolan met with regional leaders. Vice Premier Zhao Ming led the Chinese side and was joined by "
            "Vice Finance Minister Lin Wei. U.S. Trade Representative Mark Ostrow was part of the US team.")
    ex = extract(text, SAT, nlp=nlp)
    talks = next(m for m in ex.meetings if "Laura Brennan" in m.participants)
    assert {"Zhao Ming", "Lin Wei", "Mark Ostrow"} <= set(talks.participants)
    assert "Frank Dolan" not in talks.participants


def test_day_of_the_meeting_verb_and_short_given_name(nlp):
    ex = extract("Envoy in Kyiv\n\nEnvoy Keith Lamont arrived in Kyiv on Wednesday and talked with Ukrainian "
                 "Foreign Minister Ivan Petrenko on Thursday. Later, Special Envoy Keithan Lamont said the "
                 "talks were useful.", SAT, nlp=nlp)
    (m,) = [m for m in ex.meetings if "Ivan Petrenko" in m.participants]
    assert m.date == "2025-06-12"
    assert [p.name for p in ex.people].count("Keith Lamont") == 1
    assert not any(p.name == "Keithan Lamont" for p in ex.people)
    ex2 = extract("Military talks\n\nThe envoy met Oleksiy Marchenko, Commander-in-Chief of the Armed Forces, "
                  "on Friday.", SAT, nlp=nlp)
    assert "Armed Forces" not in {p.name for p in ex2.people}


def test_this_weekend_points_forward(nlp):
    fri = dt.date(2025, 6, 13)
    ex = extract("Envoys in Miami\n\nDelegations are arriving in Miami this weekend for talks with envoy Tom Alder "
                 "and adviser Sam Reyes, including the Russian envoy Igor Volkov on Saturday.", fri, nlp=nlp)
    m = next(m for m in ex.meetings if "Igor Volkov" in m.participants)
    assert m.date == "2025-06-14"


def test_relative_days_resolve_against_the_event_just_told(nlp):
    # "the previous day", "earlier in the day" count from the meeting told before, not publication
    mon = dt.date(2025, 9, 8)
    ex = extract("Calls and talks\n\nTrade minister Hana Sato spoke by phone with U.S. Commerce Secretary Paul "
                 "Greaves on Saturday. The call followed a face-to-face meeting between Sato and Greaves "
                 "the previous day.", mon, nlp=nlp)
    dates = sorted(m.date for m in ex.meetings)
    assert dates == ["2025-09-05", "2025-09-06"]
    ex2 = extract("Summit\n\nPresident Lena Varga flew to Vienna on Sunday to meet Chancellor Otto Brandt. "
                  "President Varga, who spoke with Prime Minister Ivo Kral earlier in the day, said the talks "
                  "went well.", mon, nlp=nlp)
    call = next(m for m in ex2.meetings if "Ivo Kral" in m.participants)
    assert call.date == "2025-09-07"
    summit = next(m for m in ex2.meetings if "Otto Brandt" in m.participants)
    assert summit.date == "2025-09-07" and summit.status == "held"


def test_a_day_after_dates_only_the_event_inside_the_phrase():
    anchor = dt.date(2025, 9, 6)
    (d,) = find_dates("The calls came a day after they held a meeting", dt.date(2025, 9, 8), anchor=anchor)
    assert d.date == dt.date(2025, 9, 5) and d.relation == "prep"
    (d2,) = find_dates("They met again a day later.", dt.date(2025, 9, 8), anchor=anchor)
    assert d2.date == dt.date(2025, 9, 7)


def test_day_of_a_statement_is_not_the_meeting_day(nlp):
    ex = extract("Talks\n\nEnvoy Tom Alder held another meeting with negotiator Petro Koval in Florida, "
                 "an official told reporters on Tuesday.", SAT, nlp=nlp)
    (m,) = ex.meetings
    assert m.date != "2025-06-10"
    # "announced on Friday that ... will meet on Monday, June 16": the statement is in the past
    (d,) = [x for x in find_dates("President Dolan announced on Friday that they will meet", SAT, future=True)]
    assert d.date == dt.date(2025, 6, 13)
    both = find_dates("They will meet in London on Monday, June 16, 2025, with officials", SAT, future=True)
    assert [x.date for x in both] == [dt.date(2025, 6, 16)]


def test_sessions_with_their_own_durations_and_days(nlp):
    ex = extract("Two calls\n\nMinister Hana Sato and Secretary Paul Greaves talked about 45 minutes on Thursday "
                 "and about an hour on Saturday.", dt.date(2025, 9, 7), nlp=nlp)
    got = sorted((m.date, m.duration_minutes) for m in ex.meetings)
    assert got == [("2025-09-04", 45), ("2025-09-06", 60)]


def test_scheduled_meetings_recalled_without_names_join_the_told_meeting(nlp):
    wed = dt.date(2025, 5, 7)
    ex = extract("Talks ahead\n\nTreasury Secretary Laura Brennan will meet this weekend in Oslo with Chinese "
                 "Vice Premier Zhao Ming. The meetings, scheduled for Saturday and Sunday, arrive as the two "
                 "governments look for a truce.", wed, nlp=nlp)
    (m,) = ex.meetings
    assert (m.date, m.end_date, m.status) == ("2025-05-10", "2025-05-11", "planned")


def test_verdicts_and_outcomes_of_told_meetings_and_same_side_briefings(nlp):
    ex = extract("Talks\n\nU.S. envoy Tom Alder met Ukrainian negotiator Petro Koval in Miami on Friday. Ukrainian "
                 "President Ivan Bondar described the meeting as constructive. Koval is now scheduled to meet Bondar in "
                 "Dublin on Monday. Moscow hopes Washington will disclose the outcome of the talks.", SAT, nlp=nlp)
    assert [set(m.participants) for m in ex.meetings] == [{"Tom Alder", "Petro Koval"}]


def test_someone_elses_turn_and_reporters_of_delegation_meetings_are_not_participants(nlp):
    ex = extract("Calls\n\nPrime Minister Alan Reeve of Britain and President Frank Dolan spoke on Sunday. "
                 "Before Mr Reeve, Mr Dolan had spoken to Omar Faisal, the king of Jordan.", SAT, nlp=nlp)
    assert [set(m.participants) for m in ex.meetings] == [{"Alan Reeve", "Frank Dolan"},
                                                          {"Frank Dolan", "Omar Faisal"}]
    ex2 = extract("Moscow talks\n\nPresident Frank Dolan remarked on Wednesday that the American delegation had a "
                  "very productive meeting with Russian President Igor Volkov.", SAT, nlp=nlp)
    assert all("Frank Dolan" not in m.participants for m in ex2.meetings)


def test_delegation_head_hung_on_the_topic_still_takes_part(nlp):
    ex = extract("Florida talks\n\nU.S. envoy Tom Alder held talks on the newest peace proposal with a Ukrainian "
                 "delegation led by Security Council Secretary Petro Koval in Miami on Nov. 30.",
                 dt.date(2025, 12, 1), nlp=nlp)
    (m,) = ex.meetings
    assert {"Tom Alder", "Petro Koval"} <= set(m.participants)
    assert m.date == "2025-11-30"


def test_recalled_talks_without_names_or_day_add_no_meeting(nlp):
    ex = extract("Miami\n\nU.S. envoy Tom Alder held talks with Ukrainian negotiator Petro Koval in Miami on "
                 "Thursday. Officials in Kyiv and Washington had set up the talks ahead of the Moscow meeting.",
                 SAT, nlp=nlp)
    assert [set(m.participants) for m in ex.meetings] == [{"Tom Alder", "Petro Koval"}]


def test_sat_down_with_and_spent_minutes_with_are_meetings(nlp):
    ex = extract("Talks\n\nJapanese minister Ken Mori sat down with U.S. Commerce Secretary Paul Greaves in "
                 "Washington on Friday for roughly 70 minutes, then spent about 45 minutes with Treasury "
                 "Secretary Laura Brennan.", SAT, nlp=nlp)
    got = {frozenset(m.participants): (m.date, m.duration_minutes) for m in ex.meetings}
    assert got[frozenset({"Ken Mori", "Paul Greaves"})] == ("2025-06-13", 70)
    assert got[frozenset({"Ken Mori", "Laura Brennan"})] == ("2025-06-13", 45)


def test_pronoun_subjects_and_a_second_meeting_verb_in_one_sentence(nlp):
    ex = extract("Trip\n\nAs part of his tour, President Frank Dolan will meet Prime Minister Anwar Ismail on "
                 "Sunday. His schedule also features a stop in Tokyo to meet Prime Minister Emi Sato, followed by a "
                 "visit to Gyeongju, where he will hold talks with President Cho Hyun-woo.", SAT, nlp=nlp)
    parts = [frozenset(m.participants) for m in ex.meetings]
    assert frozenset({"Frank Dolan", "Emi Sato"}) in parts
    assert frozenset({"Frank Dolan", "Cho Hyun-woo"}) in parts
    # "X said his delegation had met ...": "his" is X, named in the sentence
    ex2 = extract("Geneva\n\nPresident Ivan Bondar spoke on Friday. In Geneva, Ukrainian negotiator Petro Koval "
                  "said his delegation had met with U.S. Secretary of State Tom Alder.", SAT, nlp=nlp)
    assert any(set(m.participants) == {"Petro Koval", "Tom Alder"} for m in ex2.meetings)


def test_given_names_that_are_parts_of_places(nlp):
    ex = extract("Calls\n\nA call scheduled between Foreign Secretary David Lammy and Secretary of State Marco "
                 "Rubio on Monday was postponed. Talks at Camp David are planned.", SAT, nlp=nlp)
    names = {p.name for p in ex.people}
    assert "David Lammy" in names and "Camp David" not in names


def test_during_the_call_the_two_leaders_without_titles(nlp):
    ex = extract("First call\n\nMr Frank Dolan praised Mr Alan Reeve on Sunday. A spokesperson said that during the 45-minute call late on Sunday the "
                 "two leaders \"agreed to meet soon\".", dt.date(2025, 1, 26), nlp=nlp)
    call = [m for m in ex.meetings if set(m.participants) == {"Frank Dolan", "Alan Reeve"}]
    assert call and call[0].status == "held" and call[0].date == "2025-01-26"
    assert not any(m.status == "planned" for m in ex.meetings)  # "agreed to meet soon" arranges nothing
    ex2 = extract("Next step\n\nNegotiator Petro Koval met envoy Igor Volkov on Friday. Koval said the logical "
                  "follow-up would be a meeting of the two leaders.", SAT, nlp=nlp)
    assert [set(m.participants) for m in ex2.meetings] == [{"Petro Koval", "Igor Volkov"}]


def test_scheduled_call_between_two_and_days_of_other_clauses(nlp):
    ex = extract("Calls\n\nHowever a call scheduled between Foreign Secretary David Lammy and Secretary of State "
                 "Marco Rubio on Monday is more likely to cover the plan.", dt.date(2025, 1, 26), nlp=nlp)
    (m,) = ex.meetings
    assert set(m.participants) == {"David Lammy", "Marco Rubio"} and m.date == "2025-01-27"
    ex2 = extract("Tariffs\n\nMinister Ken Mori and Secretary Paul Greaves spoke by phone on Saturday. Mori and "
                  "Greaves held in-depth discussions to reach an agreement at a summit set to start Monday.",
                  dt.date(2025, 6, 15), nlp=nlp)
    assert all(m.date != "2025-06-09" for m in ex2.meetings)


def test_country_role_noun_names_the_one_person_of_that_country(nlp):
    ex = extract("Tariffs\n\nJapanese trade negotiator Ken Mori spoke by phone with U.S. Commerce Secretary Paul "
                 "Greaves on Saturday. On Friday, the Japanese economic revitalization minister had met "
                 "Greaves and U.S. Treasury Secretary Laura Brennan separately in Washington.",
                 dt.date(2025, 6, 15), nlp=nlp)
    parts = {frozenset(m.participants): m.date for m in ex.meetings}
    assert parts.get(frozenset({"Ken Mori", "Laura Brennan"})) == "2025-06-13"
    ex2 = extract("Talks\n\nThe delegation will meet with Representatives of China on Monday.", SAT, nlp=nlp)
    assert "Representatives" not in {p.name for p in ex2.people}


def test_repeated_contacts_background_people_agencies_and_spelling_variants(nlp):
    ex = extract("Ministers meet\n\nU.S. Secretary of State Tom Alder met with his Russian counterpart Igor Volkov "
                 "on Thursday. Mr. Alder and Mr. Volkov last met in February in Riyadh, following a rapprochement "
                 "between Mr. Frank Dolan and President Ivan Petrov. The two diplomats have also talked by "
                 "phone several times. Spokeswoman Anna Orlova told Sputnik that the talks went well.", SAT, nlp=nlp)
    for m in ex.meetings:
        assert set(m.participants) == {"Tom Alder", "Igor Volkov"}
    assert "Sputnik" not in {p.name for p in ex.people}
    ex2 = extract("Trade\n\nTrade Commissioner Maroš Šefčovič met Jamieson Greer on Wednesday. Mr Sefcovic said "
                  "[Donald] Trump was informed.", SAT, nlp=nlp)
    names = {p.name for p in ex2.people}
    assert "Sefcovic" not in names and "Donald Trump" in names


def test_neighbour_fallback_ignores_days_counted_from_another_event(nlp):
    fri = dt.date(2025, 7, 11)
    ex = extract("Diplomats meet again\n\nRussian Foreign Minister Igor Volkov and U.S. Secretary of State Tom Alder met "
                 "again on "
                 "the sidelines of the summit. The talks followed a 55-minute meeting between the two senior diplomats a day "
                 "earlier. "
                 "No details have emerged from Friday's talks.", fri, nlp=nlp)
    dates = sorted(m.date for m in ex.meetings)
    assert dates == ["2025-07-10", "2025-07-11"]


def test_meetings_involving_people_and_a_day_of_a_sibling_clause(nlp):
    fri = dt.date(2025, 12, 5)
    ex = extract("Talks\n\nAmerican and Ukrainian negotiators will on Saturday resume work on a draft deal, the State "
                 "Department said on Friday, at the close of a second day of meetings in Miami involving US envoy "
                 "Tom Alder and Ukraine's chief negotiator Petro Koval.", fri, nlp=nlp)
    (m,) = ex.meetings
    assert set(m.participants) == {"Tom Alder", "Petro Koval"}
    assert m.date != "2025-11-29"


def test_n_days_ahead_of_a_summit_counts_from_the_day_of_the_sentence(nlp):
    fri = dt.date(2025, 8, 22)
    ex = extract("Talks\n\nSenior trade officials met their U.S. counterparts in Washington on Thursday, only four days "
                 "ahead of the summit between President Min-su Park and President Frank Dolan. Trade Minister "
                 "Ji-ho Han met U.S. Trade Representative Tom Alder. Officials of the Trade Negotiation "
                 "Headquarters attended.", fri, nlp=nlp)
    summit = next(m for m in ex.meetings if "Frank Dolan" in m.participants)
    assert set(summit.participants) == {"Min-su Park", "Frank Dolan"}
    assert summit.date == "2025-08-25" and summit.status == "planned"
    assert "Negotiation Headquarters" not in {p.name for p in ex.people}


def test_delegation_members_named_after_a_meeting_of_the_sides(nlp):
    wed = dt.date(2025, 4, 9)
    ex = extract("Talks\n\nOn Tuesday, a meeting of the Polish and U.S. delegations took place in Vienna. The Polish "
                 "delegation was headed by Foreign Minister Piotr Nowak, an adviser to President Jan Wolski. The U.S. "
                 "delegation was headed by envoy Tom Alder.", wed, nlp=nlp)
    (m,) = ex.meetings
    assert set(m.participants) == {"Piotr Nowak", "Tom Alder"}
    assert m.date == "2025-04-08"


def test_people_present_on_a_call_join_it(nlp):
    ex = extract("Call\n\nPresident Frank Dolan held a call with Mexican President Rosa Ibarra on Tuesday. Vice "
                 "President Jim Baxter and Secretary of State Tom Alder were on the call.", SAT, nlp=nlp)
    (m,) = ex.meetings
    assert set(m.participants) == {"Frank Dolan", "Rosa Ibarra", "Jim Baxter", "Tom Alder"}


def test_respectively_pairs_people_in_order(nlp):
    ex = extract("Talks\n\nFinance Minister Koo Jae-min and Foreign Minister Lee Dong-hwan are due to meet U.S. "
                 "Treasury Secretary Tom Alder and Secretary of State Jim Baxter, respectively, next week.", SAT, nlp=nlp)
    pairs = {frozenset(m.participants) for m in ex.meetings}
    assert pairs == {frozenset({"Koo Jae-min", "Tom Alder"}), frozenset({"Lee Dong-hwan", "Jim Baxter"})}
