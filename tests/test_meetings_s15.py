"""Meetings of round 11 (second part): the people named after "held between the representatives
... from A and B, C and D" are at the meeting; suspending the talks is no encounter; "the X
guerrilla group" is the side X; one side's chief negotiator telling of a meeting the two sides'
delegations are to hold is at it, with those sides; "their bilateral engagement held in X" is
a meeting; "the results of the first meeting, during which A and B ..." tells that meeting;
"They plan to meet" after "A and B will resume talks" is a meeting of A and B; "A and B are to
meet C separately" is two encounters. Each test's sentences are invented.
"""

from __future__ import annotations

from loaders.extraction import extract


def test_people_after_the_representatives_of_a_between_phrase_are_at_the_meeting(nlp):
    ex = extract("Talks resume\nA new working meeting was held today between the political representatives in the "
                 "talks on the Dniester settlement from Chisinau and Tiraspol, Ana Rusu and Oleg Petrov, at the "
                 "office of the OSCE in Bender.", "2026-02-26", nlp=nlp)
    assert [sorted(m.participants) for m in ex.meetings] == [["Ana Rusu", "Oleg Petrov"]]


def test_suspending_the_talks_is_no_encounter(nlp):
    ex = extract("Peace process frozen\nColombian President Gustavo Petro suspended the peace talks with the ELN in September "
                 "after a rebel attack on a military base.", "2024-11-01", nlp=nlp)
    assert ex.meetings == []


def test_a_chief_negotiator_telling_of_the_delegations_meeting_is_at_it(nlp):
    ex = extract("Government and rebels to meet\nDelegations from the Colombian government and the left-wing ELN "
                 "guerrilla group will gather from Friday in neighbouring Venezuela for a meeting. In a statement, "
                 "chief negotiator Vera Grabe said the meeting will review the ceasefire.", "2024-11-01", nlp=nlp)
    assert [(m.participants, sorted(m.parties)) for m in ex.meetings] == [(["Vera Grabe"], ["Colombia", "ELN"])]


def test_a_bilateral_engagement_of_two_leaders_is_a_meeting(nlp):
    ex = extract("Border posts to reopen\nThe move followed a directive from Kenyan President William Ruto and "
                 "Tanzanian President Samia Suluhu Hassan during their bilateral engagement held in Arusha on "
                 "July 3.", "2025-08-31", nlp=nlp)
    assert [(sorted(m.participants), m.date) for m in ex.meetings] == [
        (["Samia Suluhu Hassan", "William Ruto"], "2025-07-03")]


def test_the_first_meeting_during_which_two_leaders_spoke_is_their_meeting(nlp):
    ex = extract("Island talks go on\nModerator Sir Alan Reid served as chair of the second round of talks between "
                 "the national government and the island government, held from 7 to 10 April in the capital. "
                 "\u201cIt drew on the results of the first meeting, during which Prime Minister Peter Kawa and "
                 "President Joseph Tau presented their plans for the island,\u201d he said.", "2025-04-11", nlp=nlp)
    assert ["Joseph Tau", "Peter Kawa"] in [sorted(m.participants) for m in ex.meetings]


def test_they_who_plan_to_meet_are_the_sides_of_the_sentence_before(nlp):
    ex = extract("Strike talks to resume\nSamsung Electronics and the National Samsung Electronics Union will "
                 "resume talks, the union said on Tuesday. They plan to meet on Friday to set a schedule, union "
                 "president Son Woo-mok told reporters.", "2024-07-16", nlp=nlp)
    assert [sorted(m.parties) for m in ex.meetings] == [["National Samsung Electronics Union", "Samsung Electronics"]]


def test_two_people_meeting_a_third_separately_are_two_encounters(nlp):
    ex = extract("Coalition soundings\nGreen leader Ana Holt and Farmers leader Jan Roos are expected to meet with "
                 "Lars Vik separately on Tuesday afternoon.", "2024-06-17", nlp=nlp)
    assert sorted(sorted(m.participants) for m in ex.meetings) == [["Ana Holt", "Lars Vik"], ["Jan Roos", "Lars Vik"]]
