"""Meeting and people rules of round 11: each test feeds invented sentences (fictional people,
realistic negotiation prose) to the extractor and checks one rule.
"""

from __future__ import annotations

from extraction_helpers import SAT
from loaders.extraction import extract


def _dated(ex) -> set:
    return {(tuple(sorted(m.participants)), m.date, m.end_date) for m in ex.meetings}


def test_sessions_with_each_side_on_its_own_days_take_that_sides_members(nlp):
    """"A held two rounds with B's team on D1 and D2, while meeting with C on D3", then one
    member list per delegation: three sessions; B's members are not at C's session."""
    text = ("Canada shuttles between two trade teams\n\n"
            "Canada held two rounds of talks with the Mexican delegation on June 9 and June 11, while "
            "meeting with the Brazilian team on June 10.\n\n"
            "The Mexican delegation was led by Economy Minister Tomas Ferrando. Also present was "
            "deputy negotiator Lucia Garay.\n\n"
            "The Canadian delegation included trade adviser Ellen Brock and lawyer Paul Danvers.\n\n"
            "The Brazilian delegation participants were: diplomat Rui Castanho and Ambassador Nelia Prado.\n")
    got = _dated(extract(text, SAT, nlp=nlp))
    mex = ("Ellen Brock", "Lucia Garay", "Paul Danvers", "Tomas Ferrando")
    bra = ("Ellen Brock", "Nelia Prado", "Paul Danvers", "Rui Castanho")
    assert (mex, "2025-06-09", None) in got
    assert (mex, "2025-06-11", None) in got
    assert (bra, "2025-06-10", None) in got
    assert not any("Tomas Ferrando" in p and "Rui Castanho" in p for p, _, _ in got)


def test_the_source_of_news_on_talks_between_two_sides_is_not_at_the_table(nlp):
    """"According to X, negotiations between A and B are close to a deal": X tells of talks
    whose sides are named; X is no participant of them."""
    text = ("Grain accord within reach\n\n"
            "According to Minister Oskar Lindqvist, negotiations between Latvia and Chile are close "
            "to completion after a week of hard bargaining.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert not any("Oskar Lindqvist" in m.participants for m in ex.meetings)


def test_a_speaker_quoting_on_talks_between_others_is_not_their_participant(nlp):
    """"X continued: 'talks between the experts of A and B are starting'": the speaker reports."""
    text = ("Experts begin work on border file\n\n"
            "Envoy Marta Solano continued: \u201cAfter weeks of letters, talks between the technical "
            "experts of Peru and Kenya are now starting in Vienna.\u201d\n")
    ex = extract(text, SAT, nlp=nlp)
    assert not any("Marta Solano" in m.participants for m in ex.meetings)


def test_a_sit_down_between_two_named_leaders_is_their_meeting(nlp):
    """"X brokered a surprise sit-down between A and B": the hyphenated noun is one meeting word."""
    text = ("Mediator wins a first encounter\n\n"
            "Norway quietly arranged a surprise sit-down between Latvian President Edgars Rinkis and "
            "Chilean President Ana Villablanca in Oslo on Friday.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert any({"Edgars Rinkis", "Ana Villablanca"} <= set(m.participants) for m in ex.meetings)


def test_the_ministers_are_those_of_the_talks_told_not_the_host_named_after(nlp):
    """"A and B held talks ... The talks took place at the invitation of C's minister D. The
    ministers agreed to a follow-up meeting on D2": A and B meet again, not D."""
    text = ("Ministers hold first round\n\n"
            "Latvian Foreign Minister Edgars Rinkis and Chilean Foreign Minister Ana Villablanca held "
            "talks in Oslo on Thursday to settle a fishing quarrel.\n\n"
            "The talks took place at the invitation of Norwegian Foreign Minister Petter Haugland.\n\n"
            "The ministers agreed to keep talking, with a follow-up meeting scheduled in Oslo on July 2.\n")
    got = _dated(extract(text, SAT, nlp=nlp))
    assert (("Ana Villablanca", "Edgars Rinkis"), "2025-07-02", None) in got
    assert not any("Petter Haugland" in p for p, _, _ in got)


def test_sides_agreeing_to_meet_again_some_day_add_no_meeting_with_one_named_since(nlp):
    """"A and B met ... Prime minister X praised the meeting. The two sides agreed to hold
    another session later": no day, no new meeting; X, named last, is nobody's counterpart."""
    text = ("Border talks end\n\n"
            "Latvian envoy Edgars Rinkis and Chilean envoy Ana Villablanca met in Oslo on Thursday.\n\n"
            "Latvian Prime Minister Tor Vikstad later praised the tone of the meeting in a post.\n\n"
            "The two sides agreed to hold another session at a later stage, officials added.\n")
    ex = extract(text, SAT, nlp=nlp)
    assert not any("Tor Vikstad" in m.participants for m in ex.meetings)
    assert [m.date for m in ex.meetings] == ["2025-06-12"]


def test_an_invitation_to_talks_on_a_given_day_is_a_planned_meeting(nlp):
    """"A has invited B to P for talks this Thursday": with the day set it is arranged (an
    invitation with no day stays a wish)."""
    text = ("Envoy asked to Riga\n\n"
            "Latvian minister Edgars Rinkis has invited the Chilean trade envoy Marco Pinto to Riga "
            "for a fresh round of fishing talks this Thursday.\n\n"
            "Rinkis also invited the Peruvian envoy Lena Quispe for talks at some point.\n")
    ex = extract(text, SAT, nlp=nlp)
    got = _dated(ex)
    assert (("Edgars Rinkis", "Marco Pinto"), "2025-06-19", None) in got
    assert not any("Lena Quispe" in p for p, _, _ in got)
