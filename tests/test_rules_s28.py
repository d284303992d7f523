"""Round 26: rules found by reading the misses of the 32 train38 articles that were unread until
this round. Each test's sentences are invented (invented people, or real public figures in
invented events)."""

from __future__ import annotations


def _extract(text: str, published: str = "2025-06-14"):
    from loaders.extraction import extract

    return extract(text, published)


def _pairs(got) -> set[frozenset[str]]:
    return {frozenset((a, b)) for m in got.meetings for a in m.participants for b in m.participants if a < b}


_SUMMIT = ("Leaders open border summit in Geneva\n\n"
           "The summit between President Tomas Varga of Hungary and President Mikael Lund of Sweden was "
           "moved from a private session to a wider format on Tuesday.\n\n")


def test_members_told_in_the_present_tense_join_the_summit():
    """"A is joined by B and C", "Representing S alongside D are E and F": members of the summit
    told before, not meetings of their own."""
    text = _SUMMIT + ("President Varga is joined by Foreign Minister Anna Kiss and special envoy Peter Balogh. "
                      "Representing Sweden alongside President Lund are Foreign Minister Erik Dahl and adviser "
                      "Sara Holm.")
    got = _extract(text)
    assert [sorted(m.participants) for m in got.meetings] == [sorted(
        ["Tomas Varga", "Mikael Lund", "Anna Kiss", "Peter Balogh", "Erik Dahl", "Sara Holm"])]


def test_a_delegation_that_will_be_joined_by_more_members_is_the_same_summit():
    """"The S delegation will be joined by X and Y": they join the people there, not talks ahead."""
    text = _SUMMIT + ("The Swedish side will also include Finance Minister Lars Berg. The Hungarian delegation "
                      "will be joined by Economy Minister Gabor Nagy and intelligence chief Zoltan Toth.")
    got = _extract(text)
    assert len(got.meetings) == 1
    assert {"Tomas Varga", "Mikael Lund", "Lars Berg", "Gabor Nagy", "Zoltan Toth"} <= set(got.meetings[0].participants)


def test_the_leaders_of_the_summit_told_before_go_on_to_wider_talks():
    """"The leaders will move to broader talks": the two heads named before, whose countries the
    article never gives."""
    text = ("Leaders meet in Reykjavik\n\n"
            "The meeting between President Tomas Varga and President Mikael Lund began with a private "
            "conversation on Tuesday. Foreign Minister Anna Kiss and adviser Sara Holm were also present.\n\n"
            "After that, the leaders will move to broader talks and then attend a working dinner with members "
            "of both delegations.")
    got = _extract(text)
    planned = [m for m in got.meetings if m.status == "planned"]
    assert planned and {"Tomas Varga", "Mikael Lund"} <= set(planned[0].participants)
