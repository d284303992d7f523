"""A sentence builder does not tell again a trigger word an earlier step has told.

The builders in `positions.builders.SENTENCE_BUILDERS` each get the items found so far in the sentence
and skip their trigger words. They used to compare Python object ids of spaCy tokens, which
never match (spaCy makes a new Token object on every access), so the skip never happened.
"""
from loaders.extraction import build_context
from loaders.extraction.positions.builders import _called_to_items
from loaders.extraction.positions.finder import _Finder


def _finder_and_sentence(text: str):
    ctx = build_context(text, None)
    finder = _Finder(ctx)
    sent = ctx.sentences[-1]
    finder.sent_words = {w for t in sent for w in (t.lower_, t.lemma_.lower())}
    return finder, sent


def test_a_trigger_told_already_is_skipped():
    finder, sent = _finder_and_sentence(
        "Trade talks\nIndonesia has called to quickly fix new dates for the next round.")
    first = _called_to_items(finder, sent, [])
    assert len(first) == 1 and first[0].trigger.lower_ == "called"
    # the same sentence read again, with that item already found: nothing new
    assert _called_to_items(finder, sent, first) == []
