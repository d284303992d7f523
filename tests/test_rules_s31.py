"""Round 29: fixes found by reading train41 (64 articles, unread until this round). Each test's
sentences are invented in our own words (invented people, or real public figures in invented
events); only the construction each fix reads is taken from what the articles showed."""

from __future__ import annotations

import pytest


def _extract(text: str, published: str = "2025-06-14"):
    from loaders.extraction import extract

    return extract(text, published)


def _person(result, name: str):
    return next(p for p in result.people if p.name == name)


def test_a_head_of_state_named_after_a_comma_holds_the_post_and_the_country():
    """"the prime minister phoned Oman's head of state, X, ...": the post ends in "state", which is
    no role word, yet X holds it, and the country before the "'s" is his (the call's other side)."""
    r = _extract("Call\nLate on Friday the Dutch premier Mark Rutte phoned Oman's head of state, Haitham bin Tariq, "
                 "over shipping.", "2025-03-02")
    p = _person(r, "Haitham bin Tariq")
    assert (p.title, p.country) == ("head of state", "Oman")
    (m,) = r.meetings
    assert "Oman" in m.parties


def test_a_surname_run_into_the_next_name_is_two_people():
    """"... that at the session with Lund Marko Ilic raised ...": no comma between them, so the
    tagger reads one name; the first word is the surname of a person named in full before."""
    r = _extract("Visit\nPeter Lund, the EU envoy, came to Belgrade on Monday and met Foreign Minister Marko Ilic. "
                 "The ministry reported that at the session with Lund Marko Ilic raised the future of the monitors.",
                 "2025-03-04")
    assert {p.name for p in r.people} == {"Peter Lund", "Marko Ilic"}
    assert all(set(m.participants) == {"Peter Lund", "Marko Ilic"} for m in r.meetings)


def test_a_three_word_name_stays_whole():
    """(control) a three-word name whose first word is no surname of a person named before it
    stays one name."""
    r = _extract("Visit\nAnna Maria Holm met Peter Lund in Oslo on Monday.", "2025-03-04")
    assert {p.name for p in r.people} == {"Anna Maria Holm", "Peter Lund"}


def test_a_ministry_named_with_a_qualifier_before_its_portfolio_opens_no_name():
    """"Minister of European Integration X": the word before the portfolio word belongs to the
    ministry's name, so X is found, with the whole post as title (it was lost outright)."""
    r = _extract("Visit\nThe envoy met President Ivo Maric, and Minister of European Integration Nemanja Petrovic, "
                 "in Belgrade on Monday.", "2025-03-04")
    p = _person(r, "Nemanja Petrovic")
    assert p.title == "Minister of European Integration"
    assert any("Nemanja Petrovic" in m.participants for m in r.meetings)


def test_an_appeal_to_a_titled_person_asks_what_the_infinitive_says():
    """"made an appeal to President X on Thursday to drop Y": the one addressed (titled, so a
    phrase with words of its own) is the demand's other side, not its content, and the infinitive
    the parser hung on "made" is what is asked (it was also read as a step of the appeal's maker,
    a concession)."""
    r = _extract("Talks\nChilean President Rosa Vera made an emotional appeal to Peruvian President Luis Paz on "
                 "Thursday to drop his veto on the fishing accord.", "2025-03-08")
    (d,) = r.demands
    assert (d.by, d.text) == ("Chile", "drop his veto on the fishing accord")
    assert r.concessions == []


def test_a_plan_told_with_its_author_calls_for_what_its_author_asks():
    """"a blueprint drafted by X that calls for Y to ...": the plan's relative clause asks for it,
    and the plan's author, told around the plan, is who asks."""
    for body in ("The militants are studying a framework drafted by Qatar that calls for Hamas to free 20 captives "
                 "held in Gaza.",
                 "Qatar put forward a new framework that calls for Hamas to free 20 captives held in Gaza."):
        (d,) = _extract("Talks\n" + body, "2025-03-08").demands
        assert (d.by, d.text) == ("Qatar", "free 20 captives held in Gaza")


def test_a_plan_with_no_author_told_asks_for_nothing():
    """(control) "The paper, which calls for sweeping steps from X": with no author told around
    the plan, no side is made to ask for it."""
    r = _extract("Talks\nThe paper, which calls for sweeping steps from Ukraine, was written behind closed doors.",
                 "2025-03-08")
    assert r.demands == []


def test_countries_in_what_is_discussed_are_no_sides_of_the_meeting():
    """"X went over the latest events in A and B with Y": the countries are the subject matter,
    not sides at the table (a call of one named person would pair him with them)."""
    r = _extract("Call\nOn Wednesday Turkish Foreign Minister Hakan Fidan discussed recent events in both Lebanon "
                 "and Ukraine with Chinese Foreign Minister Wang Yi.", "2024-10-16")
    (m,) = r.meetings
    assert set(m.parties) == {"Turkey", "China"}


def test_separate_meetings_told_in_a_clause_of_a_visit_are_one_each():
    """"X visited the capital, where he had separate talks with A, B and C": the visit is the
    trigger, but the meetings its clause tells are separate, so X met each alone (it was one
    meeting of all four)."""
    r = _extract("Visit\nPeter Lund, the EU envoy for the regional dialogue, visited Skopje on Tuesday, where he had "
                 "separate meetings with Prime Minister Ivo Maric, Foreign Minister Marko Ilic, and Trade Minister "
                 "Nemanja Petrovic.", "2025-08-27")
    assert sorted(sorted(m.participants) for m in r.meetings) == [
        ["Ivo Maric", "Peter Lund"], ["Marko Ilic", "Peter Lund"], ["Nemanja Petrovic", "Peter Lund"]]


@pytest.mark.learned_pairs  # (the learned pair model had seated the two presidents with the ministers)
def test_people_in_what_a_call_was_held_to_discuss_are_not_seated():
    """"A held a call with B to discuss the accord between presidents X and Y": X and Y are what
    was discussed, not people at the call."""
    body = ("Chilean Foreign Minister Ana Soto held a phone call on Wednesday with Peruvian Foreign Minister Luis Paz "
            "to discuss the follow-up of the June 2 understandings between presidents Rosa Vera and Hugo Lima.")
    (m,) = _extract("Call\n" + body, "2025-05-28").meetings
    assert set(m.participants) == {"Ana Soto", "Luis Paz"}


def test_its_demands_under_a_verb_of_control_are_the_controllers():
    """"X refuses to budge from its demands to cut Y": "its" is X, the subject of the verb that
    controls "budge" (which has no subject of its own), so X presses the demand."""
    r = _extract("Talks\nTalks stalled as Moscow refuses to budge from its demands to cut the size of Kyiv's army.",
                 "2025-06-02")
    (d,) = r.demands
    assert (d.by, d.text) == ("Russia", "cut the size of Kyiv's army")


@pytest.mark.learned_pairs  # (the learned pair model had dated its meeting by the deadline)
def test_a_deadline_does_not_date_a_meeting():
    """"X has until midnight Saturday to strike a bargain with Y": Saturday is when time runs out,
    not the day of a meeting (the rules' drafts skip such days; the meetings the learned model
    adds did not)."""
    body = ("Chilean Foreign Minister Ana Soto has until midnight Saturday to strike a bargain with her Peruvian "
            "counterpart Luis Paz.")
    meetings = _extract("Talks\n" + body, "2025-09-23").meetings
    assert meetings and all(m.date != "2025-09-20" for m in meetings)


def test_he_is_the_name_in_apposition_to_the_subject_before():
    """"The UK's trade chief, X, is in Washington this week seeking relief from Trump's duties.
    He will meet A and B": the parser makes the post the subject and X its apposition; "he" is X,
    not the possessor named last."""
    text = ("Talks\nThe UK's business secretary, Jonathan Reynolds, is in Washington this week seeking relief from "
            "Donald Trump's duties. He will sit down with Howard Lutnick, who runs the Commerce Department, and "
            "Jamieson Greer, the trade envoy.")
    (m,) = [m for m in _extract(text, "2025-03-18").meetings if "Howard Lutnick" in m.participants]
    assert set(m.participants) == {"Jonathan Reynolds", "Howard Lutnick", "Jamieson Greer"}


def test_a_subheading_in_title_case_names_no_one():
    """A body line in title case with no closing stop ("Minister Defends Chile's Right to Fish")
    is a subheading: its capitals make no person ("Soto Defends"), and "Soto" in the text stays
    the minister named in full."""
    text = ("Fishing talks end\nChile Signals Readiness for New Round\n\nSoto Defends Chile's Right to Fish and "
            "Calls Out Peru's Silence\n\nChilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Paz in "
            "Lima on Friday. Soto said she was ready for a new meeting soon.")
    r = _extract(text, "2025-06-20")
    assert {p.name for p in r.people} == {"Ana Soto", "Luis Paz"}


def test_a_list_line_of_a_name_and_a_post_is_no_subheading():
    """(control) "Ivo Maric, Deputy Minister of Trade": a line of a list, with its comma, names
    a person."""
    text = ("Delegation named\nThe delegation that met the EU team in Brussels on Monday:\n\nIvo Maric, Deputy Minister "
            "of Trade\n\nAna Horvat, Head of the Customs Office")
    r = _extract(text, "2025-06-20")
    assert {"Ivo Maric", "Ana Horvat"} <= {p.name for p in r.people}


def test_firms_named_for_their_trade_are_no_people():
    """"projects including Kestrel Rare Earths and Southern Minerals", "the Federation of Chilean
    Export Organisations": the last word names a trade or a body, never a person's surname."""
    text = ("Minerals pact\nThe bank approved loans for six projects, including Kestrel Rare Earths and Southern "
            "Minerals, said Lisa Grant, director general of the Federation of Chilean Export Organisations.")
    r = _extract(text, "2025-10-21")
    assert {p.name for p in r.people} == {"Lisa Grant"}


def test_a_two_word_subheading_names_no_one():
    """"Divergent Demands" on a line of its own: a subheading, not a person."""
    text = ("Talks in Washington\nChilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Paz on "
            "Friday.\n\nDivergent Demands\n\nSoto wants a new quota; Paz wants none.")
    r = _extract(text, "2025-06-20")
    assert {p.name for p in r.people} == {"Ana Soto", "Luis Paz"}


def test_a_day_under_a_verb_in_the_past_lies_back_in_a_sentence_that_looks_ahead():
    """"A and B saw one side's team on Sunday night and are due to see the other's on Monday" (told
    on a Monday): "Sunday" hangs on the verb in the past, so it is the day before, not the Sunday
    ahead the sentence's schedule made of it."""
    body = ("US envoys Andrew Peek and Michael Anton met with Chilean officials late on Sunday and are due to "
            "hold talks with the Peruvian delegation on Monday.")
    (m,) = _extract("Talks\n" + body, "2025-03-24").meetings
    assert m.date == "2025-03-23"


def test_met_this_weekend_is_the_weekend_just_gone():
    """"X and Y met this weekend in a third country" (told on a Monday): the weekend before."""
    body = "Presidents Luiz Inacio Lula da Silva and Donald Trump met this weekend in Kuala Lumpur."
    (m,) = _extract("Talks\n" + body, "2025-10-27").meetings
    assert (m.date, m.end_date) == ("2025-10-25", "2025-10-26")


def test_a_ministry_of_export_promotion_opens_no_name():
    """"Minister of Export Promotion, Industry and Development X": the whole list is the ministry's
    name, so X is found (he was lost)."""
    text = ("Trade dialogue\nCommerce Minister Ravi Nair hosted the dialogue with Ottawa's Minister of Export "
            "Promotion, Industry and Economic Development Gurjit Dhillon.")
    r = _extract(text, "2025-11-13")
    assert {"Ravi Nair", "Gurjit Dhillon"} <= {p.name for p in r.people}


def test_an_accepted_proposal_reads_with_its_verb():
    """"X has accepted the other side's offer of a truce": the concession is the assent, so its
    text opens with the verb (the proposal alone read as the proposer's)."""
    r = _extract("Talks\nThe Chilean side said it has accepted the Peruvian proposal for a truce on the border.",
                 "2024-05-06")
    texts = {c.text for c in r.concessions if c.by == "Chile"}
    assert "accepted the Peruvian proposal for a truce on the border" in texts


def test_what_a_side_refuses_to_do_or_accept_is_no_concession():
    """"X refuses to give ground on its terms or accept Y's call for a truce": the acceptance is
    refused too, so X concedes nothing (Y's call stays Y's demand)."""
    r = _extract("Talks\nThe round ended without progress as Moscow refuses to budge from its terms or accept "
                 "Kyiv's call for a ceasefire.", "2025-06-02")
    assert r.concessions == []
    assert [(d.by, d.text) for d in r.demands] == [("Ukraine", "a ceasefire")]


def test_pressure_on_a_titled_person_asks_for_nothing():
    """"calling A's pressure on Prime Minister X ineffective": the content is only a person with
    the post, no term pressed."""
    r = _extract("Talks\nChilean negotiators are not hopeful, citing Peruvian President Luis Paz's pressure on Bolivian "
                 "President Ivo Rojas as ineffective.", "2024-07-26")
    assert r.demands == []


def test_respectively_gives_each_name_the_side_told_before_the_post():
    """"Spanish and British Foreign Ministers A and B, respectively": A is Spain's, B Britain's
    (the names follow the post with no comma; A had been given Britain)."""
    r = _extract("Talks\nEU negotiator Anna Berg is hosting Spanish and British Foreign Ministers Luis Mora and "
                 "Tom Hale, respectively, in Brussels today to settle the treaty.", "2025-06-11")
    assert (_person(r, "Luis Mora").country, _person(r, "Tom Hale").country) == ("Spain", "United Kingdom")


def test_what_a_side_sets_out_to_secure_in_a_bid_is_its_demand():
    """"X flew to the other capital in a bid to secure Y": what the side's trip is for, the
    purpose of "in a bid / an effort to secure, win, obtain or gain", is what it asks."""
    r = _extract("Talks\nChilean President Rosa Vera flew to Brussels on Sunday in a bid to secure duty-free entry "
                 "to the EU market for Chilean wine.", "2025-07-13")
    assert [(d.by, d.text) for d in r.demands] == [("Chile", "duty-free entry to the EU market for Chilean wine")]
