"""Meeting and people rules of round 8: each test feeds invented sentences (fictional people,
realistic negotiation prose) to the extractor and checks one rule.
"""

from __future__ import annotations

from extraction_helpers import SAT
from extraction_helpers import names_of as _names
from extraction_helpers import pairs_of as _pairs
from loaders.extraction import extract


def test_round_held_at_a_venue_takes_the_delegation_listed_next(nlp):
    """"The latest round was held in <city> on <day>. The X delegation included A, B and C":
    a held round with neither sides nor people named is still the meeting whose members the
    next sentence lists (and it is dated by its own sentence)."""
    text = ("Armenia and Azerbaijan end talks in Geneva\n\n"
            "The Azerbaijani team flew home from Geneva after hearing the outcome of the talks, "
            "spokesman Tomas Reddle said.\n\n"
            "The latest round was held in Geneva on Thursday. The Armenian delegation included security "
            "chief Arvo Penn, intelligence head Milo Strand and the envoy Ilse Varga.\n")
    ex = extract(text, SAT, nlp=nlp)
    m = next(m for m in ex.meetings if "Arvo Penn" in m.participants)
    assert {"Milo Strand", "Ilse Varga"} <= set(m.participants)
    assert str(m.date) == "2025-06-12"


def test_unnamed_leaders_of_listed_sides_are_not_other_leaders(nlp):
    """"The leaders of A, B and C said after the talks ...": the heads of those sides, whom
    the text does not name; a leader of another side named earlier does not stand in."""
    text = ("Mediators Report Progress\n\n"
            "Finnish President Oskar Vint said on Monday that he backs the plan drafted by "
            "Estonian Prime Minister Hallo Brenn.\n\n"
            "The leaders of Egypt, Qatar, and Jordan said in a joint statement after the talks "
            "that the talks had gone well.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert ("Hallo Brenn", "Oskar Vint") not in _pairs(ex)


def test_portfolio_after_for_is_part_of_the_title_not_the_name(nlp):
    """"Undersecretary for Policy A B": the portfolio ("Policy") ends the post; the name is A B."""
    text = ("Envoys Review Sea Dispute\n\n"
            "Officials from both sides attended the dialogue, which included the Undersecretary for Policy "
            "Ramon Villa-Real and Director-General Wen Liqiao of the Chinese foreign ministry.\n")
    ex = extract(text, SAT, nlp=nlp)
    names = _names(ex)
    assert "Ramon Villa-Real" in names
    assert not any(n.startswith("Policy") for n in names)


def test_minister_of_portfolio_gives_the_side_of_a_signer(nlp):
    """"signed by <EU post> A and Peruvian Minister of Economic Affairs B": the portfolio words
    belong to the title, so B's side (Peru) is read from it and the signing is a meeting of the two."""
    text = ("Peru and EU Seal Accord\n\n"
            "Peru and the European Union concluded negotiations on a trade accord on Friday, an official said.\n\n"
            "The accord was signed by EU Trade Commissioner Kasper Lindqvist and Peruvian Minister of "
            "Economic Affairs Rosa Quispe in Lima.\n")
    ex = extract(text, SAT, nlp=nlp)
    rosa = next(p for p in ex.people if p.name == "Rosa Quispe")
    assert rosa.country == "Peru"
    assert ("Kasper Lindqvist", "Rosa Quispe") in _pairs(ex)


def test_planned_meeting_takes_the_delegation_heads_named_next(nlp):
    """"A meeting of envoys from A and B will take place at <venue>. The delegations will be led
    by X and Y": a planned session with its members named in the next sentence (plural
    "delegations" too)."""
    text = ("Border Talks to Restart\n\n"
            "Officials said that on Thursday a meeting of envoys from Armenia and the breakaway region will take "
            "place at the UN office in Kapan. The delegations will be led by Armenian Deputy Foreign Minister "
            "Davit Avagyan and regional envoy Lorik Sarkis.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert ("Davit Avagyan", "Lorik Sarkis") in _pairs(ex)
    m = next(m for m in ex.meetings if "Davit Avagyan" in m.participants)
    assert m.status == "planned"


def test_obstructed_or_unfeasible_talks_are_no_meeting(nlp):
    """"X accused Y of obstructing the negotiations", "the talks have been blocked", "talks in
    that format are unfeasible": talks named, no encounter of X told."""
    text = ("Envoy Blames Rival\n\n"
            "Envoy Lorik Sarkis again accused Yerevan of sabotaging the negotiations. "
            "Minister Davit Avagyan said that negotiations in the wider format are currently unfeasible, "
            "since those talks have been blocked for years.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert not ex.meetings, [(m.participants, m.status) for m in ex.meetings]


def test_both_meetings_took_place_keeps_members_on_the_told_sessions(nlp):
    """"Both meetings took place at <venue>" refers back to the sessions just told; the members
    listed next join those sessions, not a new one."""
    text = ("President Hosts Two Neighbours\n\n"
            "President Halvard Rune held meetings with Latvian Prime Minister Ivo Kalnins and Lithuanian "
            "President Rasa Vaitkus on Tuesday. Both meetings took place at the presidential palace, his office said. "
            "Foreign Minister Aksel Dahl and Defense Minister Jon Fjell attended the meeting.\n")
    ex = extract(text, SAT, nlp=nlp)
    pairs = _pairs(ex)
    assert ("Halvard Rune", "Ivo Kalnins") in pairs
    assert ("Aksel Dahl", "Halvard Rune") in pairs


def test_foreign_ministers_from_listed_sides_are_the_titled_ones_of_those_sides(nlp):
    """"Foreign ministers from A, B and C emerged from talks after D arrived for the meeting":
    the article's foreign minister (or Foreign Secretary) of each listed side, and D, who
    arrived for it."""
    text = ("Ministers Meet Envoy\n\n"
            "Foreign ministers from Britain, Spain and Poland emerged from talks at a lakeside hotel on Friday, "
            "four hours after Iran's Dariush Tehrani arrived for the meeting.\n\n"
            "\"We heard a serious offer,\" Polish Foreign Minister Witold Zaremba said afterwards.\n\n"
            "British Foreign Secretary Harriet Vane added that more talks were needed.\n")
    ex = extract(text, SAT, nlp=nlp)
    pairs = _pairs(ex)
    assert ("Harriet Vane", "Witold Zaremba") in pairs
    assert ("Dariush Tehrani", "Witold Zaremba") in pairs


def test_meeting_at_which_a_named_deal_was_signed_takes_the_signing_day(nlp):
    """"The X Accord, signed during a meeting between A and B, ...": the day the text gives
    elsewhere for the signing of the X Accord, not the day of publication."""
    text = ("Leader Plans Tour After Accord\n\n"
            "President Halvard Rune said he will tour both countries next year, after the signing of the "
            "Bergen Accord between the neighbours on 9 June.\n\n"
            "The Bergen Accord, signed in Bergen during a meeting between Rune, Latvian Prime Minister "
            "Ivo Kalnins and Lithuanian President Rasa Vaitkus, settles the fishing dispute.\n")
    ex = extract(text, SAT, nlp=nlp)
    m = next(m for m in ex.meetings if "Ivo Kalnins" in m.participants)
    assert "Halvard Rune" in m.participants
    assert str(m.date) == "2025-06-09"


def test_member_of_the_delegation_at_the_talks_joins_the_talks_told_before(nlp):
    """"X, who was in the delegation that accompanied A at the talks, said": X joins A's talks
    told before, even when their day is fixed only later ("last week")."""
    text = ("Leaders Clash Over Trade\n\n"
            "Those pledges came after testy talks last week in Washington between Kenyan President Amani Odera "
            "and Donald Trump.\n\n"
            "Washington would also fund rail lines in Kenya, said Zawadi Mwangi, a member of the team "
            "that went with Odera to the talks.\n")
    ex = extract(text, SAT, nlp=nlp)
    pairs = _pairs(ex)
    assert ("Amani Odera", "Zawadi Mwangi") in pairs
    assert ("Donald Trump", "Zawadi Mwangi") in pairs


def test_department_post_after_a_countrys_role_is_that_countrys(nlp):
    """"India's chief negotiator, Commerce Department Joint Secretary X": X is India's (the
    bare department name is not the US one), so "Meetings opened with X" pairs X with the US
    delegation head told just before."""
    text = ("Trade Talks Open in Delhi\n\n"
            "A US delegation led by Assistant Trade Representative Colby Marsh began three days of talks in "
            "the capital on Wednesday. Meetings opened with India's chief negotiator, Commerce Department "
            "Joint Secretary Anil Verghese.\n")
    ex = extract(text, SAT, nlp=nlp)
    anil = next(p for p in ex.people if p.name == "Anil Verghese")
    assert anil.country == "India"
    assert ("Anil Verghese", "Colby Marsh") in _pairs(ex)


def test_a_visit_by_a_named_person_to_a_capital_is_a_meeting(nlp):
    """"after a brief visit to Washington by X, <country>'s trade minister": X's encounter
    with the side visited (one named person: a pair of X and that side)."""
    text = ("Duties on Norwegian Salmon Cut\n\n"
            "Duties on Norwegian salmon will drop to 10% following a short visit to Washington by "
            "Ingrid Solberg, Norway's trade minister, local radio said.\n")
    ex = extract(text, SAT, nlp=nlp)
    m = next(m for m in ex.meetings if "Ingrid Solberg" in m.participants)
    assert "United States" in m.parties
    # "at the time of a visit by X": the visit only dates another clause
    text2 = ("Envoy Praises Talks\n\n"
             "Pavel Orlov, who wrote for a Cairo daily at the time of a state visit to Rome by Sheikh Hamad "
             "bin Rashid, said the mood was calm.\n")
    ex2 = extract(text2, SAT, nlp=nlp)
    assert not any("Hamad bin Rashid" in " ".join(m.participants) for m in ex2.meetings)


def test_handing_a_named_person_an_offer_is_a_meeting_of_the_two(nlp):
    """"A gave B a revised offer" / "A handed the proposal to B": the two met; a promise to
    give one later is no meeting told."""
    text = ("Rebels Soften Terms\n\n"
            "A mediator said rebel negotiator Tarik Haddou gave Omani Foreign Minister Salim al-Rawas a revised "
            "offer that drops several earlier conditions.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert ("Salim al-Rawas", "Tarik Haddou") in _pairs(ex)
    text2 = ("Rebels Weigh Terms\n\n"
             "A mediator said rebel negotiator Tarik Haddou will give Omani Foreign Minister Salim al-Rawas a "
             "revised offer once the council agrees.\n")
    ex2 = extract(text2, SAT, nlp=nlp)
    assert ("Salim al-Rawas", "Tarik Haddou") not in _pairs(ex2)


def test_his_delegation_brings_the_members_listed_with_him_before(nlp):
    """"The army delegation included A, B and C. ... A and his delegation held talks with D":
    B and C, listed with A, are at the talks with D too (not the other side's members)."""
    text = ("Envoys Meet in Washington\n\n"
            "The army delegation included Defence Minister Karim Obeid, the logistics chief Brig. Samir Taleb, "
            "and Col. Hani Rawas. The militia delegation was led by Fares Jaber.\n\n"
            "According to aides, Obeid and his delegation then met a U.S. team headed by "
            "special adviser Grant Ellison.\n")
    ex = extract(text, SAT, nlp=nlp)
    pairs = _pairs(ex)
    assert ("Grant Ellison", "Karim Obeid") in pairs
    assert ("Grant Ellison", "Samir Taleb") in pairs
    assert ("Fares Jaber", "Grant Ellison") not in pairs


def test_places_told_by_their_words_or_slot_are_not_people(nlp):
    """"the Red Sea", "the Idlib area", "in eastern Ladakh", "the Houthi movement (Ansar Allah)",
    "Schleswig-Holstein's Prime Minister X": places and bodies, not people (X is one)."""
    text = ("Sides Agree to Calm\n\n"
            "Envoy Marta Kellin said both navies will avoid clashes in the Red Sea and close to the Idlib area. "
            "Shelling in eastern Ladakh has eased, and the Houthi movement (Ansar Allah) signed on. "
            "Schleswig-Holstein's Prime Minister Arne Lyse welcomed the deal.\n")
    ex = extract(text, SAT, nlp=nlp)
    names = _names(ex)
    assert "Marta Kellin" in names and "Arne Lyse" in names
    assert not names & {"Red Sea", "Idlib", "Ladakh", "Ansar Allah", "Schleswig-Holstein"}, names
