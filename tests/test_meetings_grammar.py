"""The plain ways news tells a meeting, each with several ways of naming the two people.

A grid of invented sentences, told on Saturday 2025-06-14: every shape must give a meeting of
the two named people, on the day it names (or with no day where it names none), with the
status the verb tells. It guards the common shapes while rules for rarer ones are added.
"""

from __future__ import annotations

import itertools

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import SAT  # noqa: E402
from loaders.extraction import extract  # noqa: E402

FIRST = {  # how the first person is named, and the surname to find
    "title": ("Norwegian Foreign Minister Ola Berg", "Berg"),
    "apposition": ("Norway's foreign minister, Ola Berg,", "Berg"),
    "of-country": ("Prime Minister Ola Berg of Norway", "Berg"),
}
SECOND = {
    "title": ("Swedish Foreign Minister Eva Lind", "Lind"),
    "counterpart": ("her Swedish counterpart, Eva Lind", "Lind"),
    "apposition": ("Eva Lind, Sweden's foreign minister", "Lind"),
}
SHAPES = [  # sentence, day, status
    ("{A} met {B} in Oslo on Friday.", "2025-06-13", "held"),
    ("{A} held talks with {B} in Oslo on Friday.", "2025-06-13", "held"),
    ("{A} spoke by phone with {B} on Friday.", "2025-06-13", "held"),
    ("{A} had a phone call with {B} on Friday.", "2025-06-13", "held"),
    ("{A} will meet {B} in Oslo on Tuesday.", "2025-06-17", "planned"),
    ("{A} is set to meet {B} next week.", None, "planned"),
    ("On Friday, {A} met {B} in Oslo.", "2025-06-13", "held"),
    ("{A} and {B} met in Oslo on Friday.", "2025-06-13", "held"),
    ("{A} sat down with {B} on Friday.", "2025-06-13", "held"),
    ("{A} met with {B} on the sidelines of the summit on Friday.", "2025-06-13", "held"),
    ("{A} told reporters after meeting {B} on Friday that the talks went well.", "2025-06-13", "held"),
    ("{A} cancelled a planned meeting with {B}.", None, "cancelled"),
    ("{A} travelled to Stockholm on Friday for talks with {B}.", "2025-06-13", "held"),
    ("{A} met {B} on June 12.", "2025-06-12", "held"),
    ("{A} and {B} spoke by telephone on Thursday.", "2025-06-12", "held"),
    ("{A} is due to hold talks with {B} on Monday.", "2025-06-16", "planned"),
    ("The meeting between {A} and {B} took place on Friday.", "2025-06-13", "held"),
    ("{A} met {B} on Friday. The two discussed fishing quotas.", "2025-06-13", "held"),
    ("{A} visited Stockholm on Friday, where he met {B}.", "2025-06-13", "held"),
    ("{A} held a video call with {B} on Friday.", "2025-06-13", "held"),
    ("{A} received {B} in Oslo on Friday.", "2025-06-13", "held"),
    ("{A} arrived in Stockholm on Friday. He met {B} at the foreign ministry.", "2025-06-13", "held"),
    ("{A} arrived in Stockholm on Friday. He later held talks with {B}.", "2025-06-13", "held"),
    ("{A} flew to Stockholm on Thursday. On Friday he met {B}.", "2025-06-13", "held"),
    ("{A} and {B} are expected to meet on Monday.", "2025-06-16", "planned"),
    ("Talks between {A} and {B} were held in Oslo on Friday.", "2025-06-13", "held"),
    ("{A} met {B} for two hours on Friday.", "2025-06-13", "held"),
    ("{A} said he had spoken to {B} on Friday.", "2025-06-13", "held"),
]


def _cases():
    for (shape, day, status), (a_key, (a, a_name)), (b_key, (b, b_name)) in itertools.product(
            SHAPES, FIRST.items(), SECOND.items()):
        if b_key == "counterpart" and (not shape.startswith("{A}") or "{A} and {B}" in shape
                                       or "He " in shape or " he " in shape):
            continue  # "her counterpart" needs the first person told before it
        if a_key == "apposition" and not shape.startswith("{A}"):
            continue  # an apposition with its commas opens the sentence
        if a_key == "of-country" and b_key == "apposition" and "received" in shape:
            continue  # "... of Norway received Eva Lind, Sweden's ...": the parser loses the object
        text = shape.format(A=a, B=b)
        yield pytest.param(text[0].upper() + text[1:], a_name, b_name, day, status,
                           id=f"{shape}:{a_key}:{b_key}")


@pytest.mark.parametrize("body,first,second,day,status", list(_cases()))
def test_a_plain_meeting_is_read_however_its_people_are_named(nlp, body, first, second, day, status):
    ex = extract("Nordic ministers talk fish\n\n" + body, SAT, nlp=nlp)
    met = [m for m in ex.meetings if any(p.endswith(first) for p in m.participants)
           and any(p.endswith(second) for p in m.participants)]
    assert met, [(m.participants, m.date) for m in ex.meetings]
    assert (met[0].date, met[0].status) == (day, status)


def test_receiving_a_letter_or_welcoming_a_decision_is_no_meeting(nlp):
    ex = extract("Letters cross\n\nNorwegian Foreign Minister Ola Berg received a letter from Eva Lind on "
                 "Friday and welcomed the decision of the Swedish cabinet.", SAT, nlp=nlp)
    assert ex.meetings == []


def test_calling_on_a_side_in_talks_is_no_phone_call(nlp):
    ex = extract("Nordic ministers talk fish\n\nAt talks in Oslo on Friday, Norwegian Foreign Minister Ola Berg "
                 "met Swedish Foreign Minister Eva Lind and called on Sweden to share the cod quota.", SAT, nlp=nlp)
    assert [(m.kind, m.date) for m in ex.meetings] == [("in_person", "2025-06-13")]
