"""The needle guard in front of the long regexes must never change an answer (own sentences)."""

import re

import pytest

from loaders.extraction import topics
from loaders.extraction.meetings import lexicon as meeting_words
from loaders.extraction.gated import GatedPattern, guard_text

# sentences that each hit one branch of the delegation-composition pattern
COMPOSITION_HITS = [
    "The Chilean delegation included the deputy trade minister and two advisers.",
    "Participants were the two foreign ministers and their deputies.",
    "Among the participants was the central bank governor.",
    "The talks were mediated by Qatar and Egypt.",
    "The meeting was overseen by the Swiss facilitator.",
    "Kenya was represented at the session by its labour secretary.",
    "He was joined on the Peruvian side by the finance minister.",
    "She was also present at the talks.",
    "Who is the head of Norway's delegation, said little.",
    "In attendance were the two envoys.",
    "Taking part in the talks were the two central bankers.",
    "The union's team, led by its president, includes two lawyers.",
    "It also comprises three regional officials.",
    "The Danish side includes a fisheries expert.",
]
CANCEL_HITS = ["The summit was called off on Monday.", "The round was postponed.",
               "Talks are on hold.", "The visit is being rescheduled."]


@pytest.mark.parametrize("text", COMPOSITION_HITS)
def test_composition_guard_lets_every_branch_through(text):
    assert meeting_words._COMPOSITION.pattern.search(text), text  # the sentence is a real hit
    assert meeting_words._COMPOSITION.search(text) is not None


@pytest.mark.parametrize("text", CANCEL_HITS)
def test_cancel_guard_lets_every_word_through(text):
    assert [m.group(0) for m in meeting_words._CANCEL.finditer(text)] == \
        [m.group(0) for m in meeting_words._CANCEL.pattern.finditer(text)] != []


def test_every_needle_of_a_match_is_in_the_matched_text():
    """Each match of a guarded pattern on these sentences holds one of its needles."""
    texts = COMPOSITION_HITS + CANCEL_HITS + ["Tokyo wants lower auto tariffs and more LNG.",
                                              "Seoul offered to buy soybeans and cut levies on steel."]
    guarded = [meeting_words._COMPOSITION, meeting_words._CANCEL] + [p for _, p in topics._PATTERNS]
    for g in guarded:
        for t in texts:
            for m in g.pattern.finditer(t):
                assert any(n in m.group(0).lower() for n in g.needles), (m.group(0), g.needles)


def test_a_text_without_needles_skips_the_pattern():
    g = GatedPattern(re.compile(r"\bcall(?:ed)? off\b", re.IGNORECASE), ["call"])
    assert g.search("The talks went ahead as planned.") is None
    assert not g.may_match("The talks went ahead as planned.")
    assert g.search("They CALLED OFF the talks.").group(0) == "CALLED OFF"


def test_letters_that_ignorecase_folds_to_ascii_disable_the_guard():
    # the long s matches "s" under re.IGNORECASE, but lower() keeps it: the guard must not skip
    text = "The round was po\u017ftponed."
    g = GatedPattern(re.compile(r"postponed", re.IGNORECASE), ["postpone"])
    assert g.pattern.search(text)
    assert guard_text(text) == ""
    assert g.search(text) is not None


def test_needles_must_be_lower_case_ascii():
    with pytest.raises(ValueError):
        GatedPattern(re.compile("x"), ["Call"])


def test_topics_are_the_same_with_and_without_the_guard():
    text = "Ministers discussed auto tariffs, rare earth magnets, a ceasefire and the exchange of prisoners."
    ungated = sorted((p.pattern.search(text).start(), label) for label, p in topics._PATTERNS
                     if p.pattern.search(text))
    assert topics.topics_in(text) == [label for _, label in ungated]
    assert topics.topics_in(text)[:2] == ["automobiles", "tariffs"]
