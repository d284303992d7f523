"""Meeting and people rules of round 6: each test feeds invented sentences (fictional people,
realistic negotiation prose) to the extractor and checks one rule.
"""

from __future__ import annotations

from extraction_helpers import SAT
from extraction_helpers import names_of as _names
from extraction_helpers import pairs_of as _pairs
from loaders.extraction import extract


def test_title_modifiers_and_posts_are_not_names(nlp):
    """"Deputy Managing Director", "Deputy Assistant Secretary", "Ministers Responsible for",
    "Head of Public Service", "Assembly Whip": words of a post, never a person of their own."""
    text = ("Fund Visit Ends\n\n"
            "Borovian envoy Tarek Olund met the fund's Deputy Managing Director, Ines Marveaux, on Friday. "
            "Later he saw Deputy Assistant Secretary of Commerce for Trade Quill Haverty. "
            "The visit followed a gathering of Regional Ministers Responsible for Fisheries. "
            "Olund was joined by Head of Public Service Dorin Kasabe and Assembly Whip Lemuel Otieno.\n")
    ex = extract(text, SAT, nlp=nlp)
    names = _names(ex)
    assert {"Tarek Olund", "Ines Marveaux", "Quill Haverty", "Dorin Kasabe", "Lemuel Otieno"} <= names
    assert not names & {"Managing", "Assistant", "Responsible"}
    assert not any(n.startswith(("Service", "Whip", "Assembly")) for n in names)


def test_names_of_a_list_with_bracketed_portfolios_are_people(nlp):
    """"A (Energy), B (Water), C (Roads)": one item is a person, so the others are too, whatever
    label the tagger gave them."""
    text = ("Cabinet Team Named\n\n"
            "The cabinet group heading to the summit includes Valtor Kessimo (Energy and Mines), "
            "Anouk Bremmerlin (Water), Davor Tresskin (Roads and Ports), and Ilse Varnhoult (Digital Affairs).\n")
    ex = extract(text, SAT, nlp=nlp)
    assert {"Valtor Kessimo", "Anouk Bremmerlin", "Davor Tresskin", "Ilse Varnhoult"} <= _names(ex)


def test_those_who_will_also_attend_alongside_others_join_the_planned_meeting(nlp):
    text = ("Leaders To Meet\n\n"
            "Norwegian Prime Minister Halvar Brekstad will meet Swedish Prime Minister Ulla Ferngren in Oslo "
            "on Monday for their annual council. "
            "Norwegian Finance Minister Sindre Oppegaard will also attend, alongside Deputy Ministers "
            "Marit Kvalsvik and Tore Hallestad.\n")
    ex = extract(text, SAT, nlp=nlp)
    pairs = _pairs(ex)
    assert ("Halvar Brekstad", "Sindre Oppegaard") in pairs
    assert ("Marit Kvalsvik", "Ulla Ferngren") in pairs


def test_the_meetings_with_named_people_are_those_of_the_subject_told_before(nlp):
    """"A is expected to meet B's and C's envoys. The meetings with D and E will come ...": D and
    E meet A."""
    text = ("Envoy Travels\n\n"
            "Borovian envoy Tarek Olund is set to meet this week with Norway's and Sweden's "
            "fisheries chiefs over the quotas, an official said. "
            "The meetings with Norwegian fisheries director Halvard Lien and Swedish fisheries director "
            "Britt Moberg will take place as the quota deal nears.\n")
    ex = extract(text, SAT, nlp=nlp)
    pairs = _pairs(ex)
    assert ("Halvard Lien", "Tarek Olund") in pairs
    assert ("Britt Moberg", "Tarek Olund") in pairs


def test_a_second_name_given_by_alias_is_the_same_person(nlp):
    text = ("Rebels Name Team\n\n"
            "The rebel team is led by Orlando Quintero Baez, alias Tomas Riveros, who met the mediator "
            "Anneke Vliet in Oslo on Friday.\n")
    ex = extract(text, SAT, nlp=nlp)
    names = _names(ex)
    assert "Orlando Quintero Baez" in names
    assert "Tomas Riveros" not in names
    person = next(p for p in ex.people if p.name == "Orlando Quintero Baez")
    assert "Tomas Riveros" in person.aliases


def test_a_name_owning_an_envoy_is_a_person_whatever_the_parse(nlp):
    """"the plan drafted by Vossberg's envoy, A": the parser may hang "'s" on the name and make
    the name a modifier of "envoy"; the owner of an envoy is still a person."""
    text = ("Truce Plan Stalls\n\n"
            "Borovia, however, insists that under the outline drafted by Vossberg’s envoy, Ansel Dray, "
            "the rebels must free nine of the captives.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert "Vossberg" in _names(ex)


def test_a_side_represented_in_past_talks_joins_them_not_the_talks_ahead(nlp):
    text = ("Fisheries Talks Held\n\n"
            "Norway and the Baltic states held talks in Gdansk on fishing quotas, Norwegian Deputy Minister "
            "Halvar Brekstad said on Friday.\n\n"
            "Brekstad said he and fellow Deputy Minister Sindre Oppegaard hosted the fisheries directors of "
            "Latvia and Estonia for talks on quotas.\n\n"
            "“Norway and Estonia are resolved to keep up this dialogue,” he wrote on X. “We shall meet again, "
            "as appropriate, to pursue the dialogue.”\n\n"
            "An Estonian official spoke to a local paper before the meeting. The official said Estonia was "
            "represented by Kaarel Tamm, director at the fisheries office.\n")
    ex = extract(text, SAT, nlp=nlp)
    held = [m for m in ex.meetings if m.status == "held" and "Kaarel Tamm" in m.participants]
    assert held and "Sindre Oppegaard" in held[0].participants
    assert not any(m.status == "planned" and "Kaarel Tamm" in m.participants for m in ex.meetings)


def test_a_contact_over_the_hotline_between_two_officers_is_a_call(nlp):
    text = ("Army Chiefs Talk Again\n\n"
            "Borovia’s operations chief Maj Gen Tarek Olund and his Vossian counterpart Lt Gen Anders Holm "
            "had a second contact over hotline.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert ("Anders Holm", "Tarek Olund") in _pairs(ex)


def test_a_source_a_report_cites_is_not_at_the_meeting_it_covers(nlp):
    text = ("Border Talks End\n\n"
            "A special meeting of Nordic defence ministers devoted to ending the border row between Norway and "
            "Sweden, which took place on Friday in Turku, ended without result, the Swedish newspaper Nordpost "
            "reported, citing the Chairman of the League of Swedish Reporters, Eino Lahtela, who is "
            "participating in covering the consultations in Finland.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert not any("Eino Lahtela" in m.participants for m in ex.meetings)


def test_outlets_and_firms_named_like_people_are_not_people(nlp):
    text = ("Tariff Deal Near\n\n"
            "Borovian Trade Minister Tarek Olund told the Vossian newspaper Rundpost that a deal was close. "
            "Makers such as Kessler Rail already build trains in Vossia. "
            "The dockers remain in talks with the Vossian Harbour Alliance over a new contract.\n")
    ex = extract(text, SAT, nlp=nlp)
    names = _names(ex)
    assert "Tarek Olund" in names
    assert not any(w in n for n in names for w in ("Rundpost", "Kessler", "Alliance"))


def _dated(ex):
    out = set()
    for m in ex.meetings:
        ps = sorted(m.participants)
        out |= {(a, b, m.date) for i, a in enumerate(ps) for b in ps[i + 1:]}
    return out


def test_a_session_after_a_morning_one_is_on_the_same_day(nlp):
    """"A met B in the morning before conferring with C": C's session is that day, not a later
    unknown one (nor the publication day)."""
    text = ("Loan Talks In Oslo\n\n"
            "Borovian Finance Minister Tarek Olund and his deputy Lemuel Otieno met on Thursday in Oslo "
            "with Nordic Bank President Ines Marveaux.\n\n"
            "Borovia owes the lenders a large sum. Its reserves are thin. Prices keep rising.\n\n"
            "Olund first met with bank adviser Anders Holm and bank director Kaarel Tamm in the morning "
            "before conferring with Marveaux after a lunch of the lenders.\n")
    ex = extract(text, SAT, nlp=nlp)
    days = {d for a, b, d in _dated(ex) if {a, b} == {"Ines Marveaux", "Tarek Olund"}}
    assert days == {"2025-06-12"}


def test_talks_named_by_their_place_take_the_day_told_with_that_place(nlp):
    text = ("Nuclear Chief Speaks\n\n"
            "Borovia's atomic chief said on Saturday that no cut in enrichment was asked for during "
            "indirect talks in Valletta on Wednesday.\n\n"
            "He said the programme is lawful. He added that inspectors are welcome.\n\n"
            "The Valletta talks were led by Borovian Foreign Minister Tarek Olund and Vossian envoy Anders Holm.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert ("Anders Holm", "Tarek Olund", "2025-06-11") in _dated(ex)


def test_on_the_day_opening_a_sentence_is_the_day_told_before(nlp):
    text = ("Minister Plans Trip\n\n"
            "Trade Minister Tarek Olund plans to visit Sweden next week for more tariff talks, he said "
            "Thursday at a cabinet meeting.\n\n"
            "Olund spoke to reporters after touring the fair with Swedish Finance Minister Anders Holm.\n\n"
            "If the trip goes ahead, it will be his first since May.\n\n"
            "On the day, Olund and Holm visited the national pavilions at the fair.\n\n"
            "Prime Minister Ines Marveaux and Holm met on Friday but spoke little about tariffs.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert ("Anders Holm", "Tarek Olund", "2025-06-12") in _dated(ex)


def test_the_day_of_the_event_talks_followed_is_not_theirs(nlp):
    """"The talks followed heavy clashes on Monday night": Monday is the clashes' day (the
    parser may hang "on Monday" on "followed" itself)."""
    from loaders.extraction import build_context
    from loaders.extraction.meetings.attributes import _date_of_followed_event
    from loaders.extraction.meetings.triggers import _trigger
    from loaders.extraction.dates import find_dates

    text = "Talks Held\n\nThe talks followed heavy border clashes on Monday night between the two armies.\n"
    ctx = build_context(text, SAT, nlp=nlp)
    sent = ctx.sentences[-1]
    trig = _trigger(sent)
    assert trig is not None and trig.lower_ == "talks"
    d = find_dates(sent.text, SAT)[0]
    assert _date_of_followed_event(sent, d, trig)
    text2 = "Talks Held\n\nThe talks on Monday followed heavy border clashes between the two armies.\n"
    ctx2 = build_context(text2, SAT, nlp=nlp)
    sent2 = ctx2.sentences[-1]
    d2 = find_dates(sent2.text, SAT)[0]
    assert not _date_of_followed_event(sent2, d2, _trigger(sent2))


def test_a_declaration_signed_between_two_leaders_is_their_meeting(nlp):
    text = ("Summit Recalled\n\n"
            "The Harbour Declaration was signed at the Harbour Conference Centre on Thursday, June 12th, "
            "between President of Norway Tarek Olund, and President of Sweden Anders Holm.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert ("Anders Holm", "Tarek Olund", "2025-06-12") in _dated(ex)


def test_places_in_a_place_slot_are_not_people(nlp):
    """"the Kessel area", "a visit to Brannau", "at Wisma Delima": places, whatever the tagger
    says; but "a visit by envoys to President Tarek Olund" is a person's."""
    text = ("Border Talks\n\n"
            "Borovian Defence Minister Anders Holm warned against new bases in the Kessel area. "
            "Foreign Minister Ines Marveaux spoke during a visit to Brannau on Monday. "
            "Both sides resolved border issues during a secretariat-level discussion at Wisma Pertahanan, "
            "the defence headquarters here. "
            "The deal follows a visit by business envoys to Vossian President Tarek Olund.\n")
    ex = extract(text, SAT, nlp=nlp)
    names = _names(ex)
    assert {"Anders Holm", "Ines Marveaux", "Tarek Olund"} <= names
    assert not any(w in n for n in names for w in ("Kessel", "Brannau", "Wisma", "Pertahanan"))


def test_a_member_of_a_delegation_and_a_university_director_are_people(nlp):
    text = ("Swap Agreed\n\n"
            "Rashed Qanbari, a member of the government delegation for the fishing talks, said they had "
            "settled the quota row.\n\n"
            "The Herald had also said last week that the pact would be sealed today, after a memo signed by "
            "the Director of University Education, Hadiza Umaru, for the Minister of Trade.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert {"Rashed Qanbari", "Hadiza Umaru"} <= _names(ex)


def test_they_are_the_subjects_of_joined_clauses_told_just_before(nlp):
    text = ("Leaders In Oslo\n\n"
            "Nordic leaders joined Norwegian Prime Minister Tarek Olund in Oslo on Friday to urge a truce.\n\n"
            "Swedish Prime Minister Anders Holm, Danish Prime Minister Ines Marveaux and Finland's President "
            "Eino Lahtela rode in one car together to Oslo, and Iceland's Prime Minister Kari Jonsdottir "
            "flew in on another plane, a local paper said.\n\n"
            "Olund said they \"spoke to President Vossberg together.\"\n")
    ex = extract(text, SAT, nlp=nlp)
    pairs = _pairs(ex)
    assert ("Eino Lahtela", "Vossberg") in pairs
    assert ("Kari Jonsdottir", "Vossberg") in pairs


def test_a_delegation_for_talks_in_a_member_apposition_tells_no_meeting(nlp):
    """"X, a member of the delegation for the swap talks, said ...": X's post, not a meeting told."""
    text = ("Swap Agreed\n\n"
            "Rashed Qanbari, a member of the state delegation for the detainee exchange talks, said his "
            "side had reached terms with the Houthis over a fresh swap.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert "Rashed Qanbari" in _names(ex)
    assert not any("Rashed Qanbari" in m.participants for m in ex.meetings)
