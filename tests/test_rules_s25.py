"""Round 23: rules found by reading the misses of the set built last round. Each test's sentences
are invented (real public figures in some, with invented events)."""

from __future__ import annotations

import pytest


def _extract(text: str, published: str = "2025-05-23"):
    from loaders.extraction import extract

    return extract(text, published)


BIN_DISPUTE = ("Bin dispute talks\nMaria Lopez, the general secretary of the Unite union, will meet council "
               "officials on Thursday, the union said. Workers have walked out since March. ")


def test_a_union_written_with_a_lower_case_head_word_is_named_by_its_proper_part():
    got = _extract(BIN_DISPUTE + "Unite said the pay offer was an insult.")
    assert [p.name for p in got.parties] == ["Unite"]
    assert [(m.participants, m.parties) for m in got.meetings] == [(["Maria Lopez"], ["Unite"])]


def test_a_town_council_that_acts_under_its_head_word_is_a_side():
    got = _extract(BIN_DISPUTE + "The union accused Kirklees County Council of cutting pay. The council "
                   "insisted its job review was fair.")
    assert [p.name for p in got.parties] == ["Unite", "Kirklees County Council"]


def test_a_town_council_named_only_as_a_place_is_no_side():
    """A guard: the council is only where the workers marched."""
    got = _extract(BIN_DISPUTE + "Workers marched to Kirklees County Council on Monday.")
    assert [p.name for p in got.parties] == ["Unite"]


def test_a_council_of_a_state_or_bloc_is_still_no_body():
    """A guard: "the Security Council" is an organ of the United Nations, not a side of its own."""
    got = _extract("Council vote\nThe United Nations Security Council met on Monday. The council said a "
                   "vote would follow.")
    assert "Security Council" not in [p.name for p in got.parties]


def test_a_building_after_a_city_s_possessive_is_no_person():
    got = _extract("Swap talks\nTurkey hosted the talks at Istanbul\u2019s Ciragan Palace on Monday, with "
                   "President Recep Tayyip Erdogan greeting the delegations.")
    assert [p.name for p in got.people] == ["Recep Tayyip Erdogan"]


def test_a_person_after_an_organisation_s_possessive_still_is_one():
    """A guard: "the Commission's Sabine Weyand" is a person named after her body."""
    got = _extract("Trade talks\nThe team, led by the Commission\u2019s Sabine Weyand, met Chinese officials "
                   "in Beijing on Monday.")
    assert "Sabine Weyand" in [p.name for p in got.people]


def test_a_retired_officer_s_bracketed_mark_is_neither_name_nor_a_break_in_the_title():
    got = _extract("Border talks\nThai Defence Minister Gen (Rtd) Nattaphon Narkphanit met Cambodian Deputy "
                   "Prime Minister Tea Seiha on Saturday.")
    assert [(p.name, p.title, p.country) for p in got.people] == [
        ("Nattaphon Narkphanit", "Defence Minister", "Thailand"),
        ("Tea Seiha", "Deputy Prime Minister", "Cambodia")]
    assert [sorted(m.participants) for m in got.meetings] == [["Nattaphon Narkphanit", "Tea Seiha"]]


def test_the_bodies_listed_after_the_heads_of_are_no_people():
    got = _extract("Wage talks\nAfter meeting Minister Vedat Isikhan on Friday, the heads of Memur-Sen, "
                   "Turkiye Kamu Sen and Birlesik Kamu Is made statements.")
    assert [p.name for p in got.people] == ["Vedat Isikhan"]


def test_people_listed_after_a_singular_post_of_a_country_stay_people():
    """A guard: "the president of Kenya, William Ruto" is a person after a country."""
    got = _extract("Trade talks\nThe president of Kenya, William Ruto, met Prime Minister Keir Starmer in "
                   "London on Monday.")
    assert [p.name for p in got.people] == ["William Ruto", "Keir Starmer"]


BUDGET_TALKS = ("Budget talks\nSenate Majority Leader John Thune met Senate Minority Leader Chuck Schumer on "
                "Friday. ")


def test_a_political_family_named_by_its_plural_is_a_side_that_demands():
    got = _extract(BUDGET_TALKS + "Republican demands for changes to the health law have blocked a deal.")
    assert [(d.by, d.text) for d in got.demands] == [("Republicans", "changes to the health law")]


def test_talks_with_a_political_family_have_it_as_a_side():
    got = _extract("Debt talks\nFriedrich Merz held talks with the Greens on Tuesday about the debt package.",
                   "2025-03-14")
    assert [(m.participants, m.parties) for m in got.meetings] == [(["Friedrich Merz"], ["Greens"])]


def test_a_family_word_inside_a_longer_name_is_not_that_family():
    """A guard: the Republican People's Party and the Republican Guard are other bodies."""
    got = _extract(BUDGET_TALKS + "The Republican People's Party demanded early elections. The Republican "
                   "Guard stayed in its barracks.")
    assert "Republicans" not in [p.name for p in got.parties]


def test_one_person_s_party_before_a_post_is_no_side():
    """A guard: "the Republican president" tells Trump's party, not a side at the talks."""
    got = _extract("Tariff talks\nThe Republican president said he would attend the talks with Japan's trade "
                   "envoy Ryosei Akazawa in Washington on Wednesday.", "2025-04-16")
    assert "Republicans" not in [p.name for p in got.parties]


PAY_DISPUTE = "Pay talks\nThe Kenya National Union of Teachers rejected the government offer on Monday. "


def test_one_of_a_side_s_demands_named_by_the_copula_is_a_demand():
    got = _extract(PAY_DISPUTE + "One of the union's key demands is a pay rise of 10 percent.")
    assert [(d.by, d.text) for d in got.demands] == [("Kenya National Union of Teachers", "a pay rise of 10 percent")]


def test_their_after_a_workers_body_is_that_body():
    got = _extract(PAY_DISPUTE + "Their key demand is a pay rise of 10 percent.")
    assert [(d.by, d.text) for d in got.demands] == [("Kenya National Union of Teachers", "a pay rise of 10 percent")]


def test_their_after_a_country_stays_unresolved():
    """A guard: "they" after a country is not read as that country by this rule."""
    got = _extract("Fish talks\nNorway rejected the quota offer on Monday. Their key demand is a larger cod quota.")
    assert got.demands == []


FISH_TALKS = ("Fish talks\nRussian fisheries chief Ilya Shestakov met Norwegian officials in Moscow on "
              "Wednesday. ")


@pytest.mark.parametrize("sentence, text", [
    ("If Norway does not lift the sanctions within a month, Russia will close its waters to Norwegian vessels.",
     "Norway lift the sanctions within a month"),
    ("\u201cIf the Norwegian side doesn\u2019t lift the sanctions, Russia will close its waters,\u201d Shestakov "
     "was quoted as saying.", "the Norwegian side lift the sanctions"),
])
def test_a_threat_told_without_a_warning_verb_sets_its_condition_as_a_demand(sentence, text):
    got = _extract(FISH_TALKS + sentence, "2025-08-28")
    assert [(d.by, d.text, d.counterpart) for d in got.demands] == [("Russia", text, "Norway")]


def test_a_bare_threat_on_no_named_side_sets_no_demand():
    """A guard: "if the talks fail" names no side to press."""
    got = _extract(FISH_TALKS + "If the talks fail, Russia will close its waters to Norwegian vessels.",
                   "2025-08-28")
    assert got.demands == []


def test_what_the_proposal_from_a_side_includes_is_its_offer():
    got = _extract("Rail talks\nDeutsche Bahn met the EVG union in Berlin on Tuesday. The current proposal from "
                   "Deutsche Bahn includes a phased salary increase of 7.9 percent for shift workers.", "2025-02-12")
    assert [(c.by, c.text) for c in got.concessions] == [
        ("Deutsche Bahn", "a phased salary increase of 7.9 percent for shift workers")]


def test_a_democratic_leader_speaks_for_the_democrats():
    got = _extract(BUDGET_TALKS + "Senate Democratic Leader Chuck Schumer offered Republicans simultaneous votes "
                   "to end the shutdown.")
    assert [(c.by, c.by_person, c.counterpart) for c in got.concessions] == [
        ("Democrats", "Chuck Schumer", "Republicans")]


def test_the_social_democrats_are_not_the_democrats():
    """A guard: a family's word after another capitalised word names another party."""
    got = _extract("Coalition talks\nFriedrich Merz met Lars Klingbeil in Berlin on Thursday. The Social "
                   "Democrats are pressing for a minimum wage of 15 euros an hour.")
    assert "Democrats" not in [p.name for p in got.parties]
    assert "Democrats" not in [d.by for d in got.demands]


STRIKE_OFF = ("Strike called off\nBus workers called off their strike after talks with the transport minister, "
              "Ponnam Prabhakar, at his residence in Hyderabad on Tuesday. ")


def test_talks_that_date_a_strike_called_off_were_held():
    got = _extract(STRIKE_OFF, "2025-05-07")
    assert [(m.participants, m.status, m.date) for m in got.meetings] == [
        (["Ponnam Prabhakar"], "held", "2025-05-06")]


def test_a_summit_called_off_after_failed_talks_is_still_cancelled():
    """A guard: the cancel word on the summit's own chain still cancels it."""
    got = _extract("Summit off\nThe summit between Donald Trump and Vladimir Putin in Budapest was called off "
                   "after talks between their ministers failed.", "2025-10-22")
    assert [(sorted(m.participants), m.status) for m in got.meetings] == [
        (["Donald Trump", "Vladimir Putin"], "cancelled")]


def test_people_in_whose_presence_the_talks_were_held_were_at_them():
    got = _extract(STRIKE_OFF + "The union had demanded overdue pay. The talks were held in the presence of MLA "
                   "G Madhusudhan Reddy and MLA Kunamneni Sambasiva Rao.", "2025-05-07")
    assert [(m.participants, m.status) for m in got.meetings] == [
        (["Ponnam Prabhakar", "G Madhusudhan Reddy", "Kunamneni Sambasiva Rao"], "held")]


def test_one_person_at_the_talks_told_before_takes_their_sides():
    got = _extract("Tariff talks\nUS Trade Representative Jamieson Greer met Lesotho's trade delegation in "
                   "Washington on April 24. Trade Minister Mokhethi Shelile confirmed the upcoming virtual talks, "
                   "though he said a date was yet to be set.", "2025-05-14")
    assert [(m.participants, m.parties, m.status) for m in got.meetings][-1] == (
        ["Mokhethi Shelile"], ["United States", "Lesotho"], "planned")


def test_a_surname_never_given_in_full_is_a_person_when_it_acts_and_speaks():
    got = _extract("Shutdown talks\nSchumer offered Republicans simultaneous votes to end the government "
                   "shutdown. \u201cAll Republicans have to do is say yes,\u201d Schumer said.", "2025-11-07")
    assert [p.name for p in got.people] == ["Schumer"]


def test_a_single_word_the_tagger_calls_a_person_once_stays_out():
    """A guard: one mention, never acting twice, is not enough for a bare word."""
    got = _extract("Rail talks\nThe Bahn said on Monday that talks would resume. Merck was not available.",
                   "2025-02-12")
    assert [p.name for p in got.people] == []


def test_a_place_named_by_its_kind_is_no_person():
    got = _extract("Defence pact\nPrime Minister Shehbaz Sharif was greeted by the Crown Prince at Qasr "
                   "Al-Yamamah on Wednesday. The deal covers six of Mexico's Rio Grande tributaries, Agriculture "
                   "Secretary Brooke Rollins said.", "2025-09-18")
    assert [p.name for p in got.people] == ["Shehbaz Sharif", "Brooke Rollins"]


@pytest.mark.learned_pairs  # (the learned pair model had seated the speaker with his boss)
def test_the_boss_named_only_in_a_speaker_s_post_is_not_at_the_talks_he_tells_of():
    got = _extract("Moscow talks\nUS envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on "
                   "Wednesday. Yuri Ushakov, a top aide to Putin, told reporters that the meeting was a very "
                   "useful and constructive conversation.", "2025-08-07")
    assert [sorted(m.participants) for m in got.meetings] == [["Steve Witkoff", "Vladimir Putin"]]


def test_two_names_joined_by_a_slash_are_no_person():
    got = _extract("Strike talks\nJoe Kelley, the president of King Soopers/ City Market, told reporters he is "
                   "doing everything he can to avoid a strike. Union president Kim Cordova met Kelley on Monday.",
                   "2025-01-16")
    assert [p.name for p in got.people] == ["Joe Kelley", "Kim Cordova"]


def test_a_meeting_held_and_one_ahead_in_one_sentence_keep_their_own_status_and_day():
    got = _extract("Budget talks\nPrime Minister Mark Carney is courting opposition leaders. Carney met Pierre "
                   "Blanchet on Monday and will meet Pierre Poilievre on Tuesday.", "2025-06-01")
    assert [(m.participants, m.status, m.date) for m in got.meetings] == [
        (["Mark Carney", "Pierre Blanchet"], "held", "2025-05-26"),
        (["Mark Carney", "Pierre Poilievre"], "planned", "2025-06-03")]


def test_the_urgency_a_side_stresses_is_its_demand_and_keeps_a_plural_s_possessed_noun():
    # (the parser hangs "release" elsewhere after "hostages\u2019": the content keeps it)
    got = _extract("Talks\nUS envoy Steve Witkoff met Israeli minister Ron Dermer in Washington on Friday. "
                   "Witkoff emphasized the urgency of securing the hostages\u2019 release, describing the condition "
                   "of those already freed as \u201cvery poor.\u201d", "2025-03-10")
    assert [(d.by, d.by_person, d.text) for d in got.demands] == [
        ("United States", "Steve Witkoff", "securing the hostages' release")]


def test_the_urgency_a_side_only_discusses_is_no_demand():
    """A guard: as with "importance", only a stressing verb presses it."""
    got = _extract("Talks\nUS envoy Steve Witkoff met Israeli minister Ron Dermer in Washington on Friday. "
                   "They discussed the urgency of the crisis.", "2025-03-10")
    assert got.demands == []


def test_a_bracketed_retired_mark_neither_ends_the_sentence_nor_names_a_body():
    got = _extract("Border talks\nThe meeting was held on 7 August 2025 in Kuala Lumpur. It was co-chaired by "
                   "H.E. General Tea Seiha, Deputy Prime Minister of Cambodia, and H.E. General (Ret.) Nattaphon "
                   "Narkphanit, Acting Minister of Defence of Thailand.", "2025-08-08")
    assert [p.name for p in got.parties] == ["Malaysia", "Cambodia", "Thailand"]
    assert [(sorted(m.participants), m.date) for m in got.meetings] == [
        (["Nattaphon Narkphanit", "Tea Seiha"], "2025-08-07")]
    assert [a for p in got.people for a in p.aliases if a.startswith("(")] == []
