"""Meeting rules of round 13 (session 10): sides of the talks told after them in a sentence that
names no one ("The talks are co-hosted by A and B, with C and D as observers"; "The E delegation
is taking part"). Each test feeds invented sentences to the extractor.
"""

from __future__ import annotations

from extraction_helpers import SAT
from loaders.extraction import extract

TEXT = ("Truce talks open without the army\n\n"
        "GENEVA - Talks on a truce in the war in Chad opened on Wednesday, though the Chadian army "
        "stayed away.\n\n"
        "The talks are being convened by Mark Ellison, the US special envoy for Chad, who said the "
        "fighting had to stop.\n\n"
        "While the Libyan delegation is taking part, Niger has refused to send anyone.\n\n"
        "The talks are co-hosted by Qatar and Norway, with the African Union and Egypt acting as "
        "observers.\n")


def test_sides_told_after_the_talks_join_them(nlp):
    ex = extract(TEXT, SAT, nlp=nlp)
    talks = next(m for m in ex.meetings if "Mark Ellison" in m.participants)
    for side in ("Qatar", "Norway", "African Union", "Egypt"):
        assert side in talks.parties, talks.parties
    assert talks.date == "2025-06-11"


def test_only_the_side_taking_part_joins_not_the_rest_of_the_sentence(nlp):
    ex = extract(TEXT, SAT, nlp=nlp)
    talks = next(m for m in ex.meetings if "Mark Ellison" in m.participants)
    assert "Libya" in talks.parties, talks.parties
    assert "Niger" not in talks.parties, talks.parties


def test_joined_by_his_son_and_deputy_named_makes_the_deputy_a_participant(nlp):
    """"joined by his son and deputy X": X is the son, told beside the word, and was there
    (not "X's son": a relation word over a name keeps that name out)."""
    text = ("Union chief recalls meeting with governor\n\n"
            "Carl Brandt recalls a meeting he had with Governor Lisa Hale in Albany on Tuesday, joined "
            "by his son and deputy Tom Reyes, as the turning point.\n")
    ex = extract(text, SAT, nlp=nlp)
    talks = next(m for m in ex.meetings if "Lisa Hale" in m.participants)
    assert set(talks.participants) == {"Carl Brandt", "Lisa Hale", "Tom Reyes"}
