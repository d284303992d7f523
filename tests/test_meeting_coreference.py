"""Meetings told again by reference: "That meeting included A and B" adds A and B to the meeting
just told; "visited the exiled party leader" is a visit to the person titled so; "X's lawyer
Y" names a person. Each test's sentences are invented.
"""

from __future__ import annotations

from loaders.extraction import extract

FOLLOW_UP = ("Opposition meets president\n"
             "President Daniel Roe will meet the Green Alliance on Friday. This follows a first meeting between "
             "Roe and the party held on March 3. That meeting included Maria Lund and the late Tomas Berg, a "
             "senior party figure.")

VISIT = ("Rebel chief receives visitors\n"
         "Rebel leader Marco Tesh, the exiled leader of the Northern Front, has spent a decade in prison. "
         "On Sunday the Front said that its lawmakers Lena Ostrova and Pavel Kurz, along with Tesh's lawyer "
         "Kemal Faik Erol, visited the exiled Front leader.")


def test_that_meeting_included_adds_people_to_the_meeting_just_told(nlp):
    ex = extract(FOLLOW_UP, "2025-03-12", nlp=nlp)
    march = [m for m in ex.meetings if m.date == "2025-03-03"]
    assert [sorted(m.participants) for m in march] == [["Daniel Roe", "Maria Lund", "Tomas Berg"]]


def test_a_lawyer_named_after_his_post_is_a_person(nlp):
    ex = extract(VISIT, "2025-03-12", nlp=nlp)
    assert "Kemal Faik Erol" in [p.name for p in ex.people]


def test_a_visit_to_the_leader_the_article_titled_is_a_meeting_with_him(nlp):
    ex = extract(VISIT, "2025-03-12", nlp=nlp)
    assert [sorted(m.participants) for m in ex.meetings] == [["Kemal Faik Erol", "Lena Ostrova", "Marco Tesh", "Pavel Kurz"]]
