"""Round 10's position rules: a change in a counted amount is a real step ("agreed to cut the
number of X"); 'the party' after a sentence about one of several named parties is that party;
a step named a condition ("removing X is a condition for Y", "called X an absolute condition",
"made X a condition"); a person with two posts joined by 'and' takes the side of the first.

Each test's sentences are invented.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import positions_of, found  # noqa: E402

HEADLINE = "Coalition talks enter second week\n"
OPENING = ("The Green Future Party held coalition talks with the National Farmers Party in Dunmore on Monday. "
           "The Green Future Party (GFP) and the National Farmers Party (NFP) have a narrow majority. ")


def _positions(body: str):
    return positions_of(HEADLINE, OPENING + body)


def test_agreeing_to_cut_the_number_of_something_is_a_concession():
    _, _, concessions = _positions("The NFP agreed to reduce the number of regional offices.")
    assert any(c.by == "National Farmers Party" and "number of regional offices" in c.text
               for c in concessions), found(concessions)


def test_agreeing_to_give_figures_is_still_no_concession():
    _, _, concessions = _positions("The NFP agreed to provide numbers next week.")
    assert not any("numbers" in c.text for c in concessions), found(concessions)


def test_the_party_is_the_party_the_last_sentence_was_about():
    _, demands, _ = _positions("The GFP has set out its terms for the talks with the NFP. "
                               "The party is calling for a ban on new coal mines by 2030.")
    assert any(d.by == "Green Future Party" and "ban on new coal mines" in d.text for d in demands), found(demands)
    assert not any(d.by == "National Farmers Party" for d in demands), found(demands)


def test_a_step_whose_gerund_is_a_condition_is_demanded():
    _, demands, _ = _positions("The GFP said that closing the coal plants is a condition for any coalition.")
    assert any(d.by == "Green Future Party" and "closing the coal plants" in d.text for d in demands), found(demands)


def test_calling_a_step_an_absolute_condition_demands_it():
    _, demands, _ = _positions("The GFP has called the closure of the coal plants an absolute condition "
                               "for a coalition.")
    assert any(d.by == "Green Future Party" and "closure of the coal plants" in d.text for d in demands), \
        found(demands)


def test_making_a_step_a_condition_demands_it():
    _, demands, _ = _positions("The NFP has made the repeal of the fuel levy a condition for a deal.")
    assert any(d.by == "National Farmers Party" and "repeal of the fuel levy" in d.text for d in demands), \
        found(demands)


def test_two_posts_joined_by_and_take_the_side_of_the_first(nlp):
    from loaders.extraction import extract

    ex = extract("Ceasefire talks\nHamas leader and chief negotiator Yusuf Darwish met Qatari mediators "
                 "in Doha on Sunday.", "2025-03-03", nlp=nlp)
    darwish = next(p for p in ex.people if p.name == "Yusuf Darwish")
    assert darwish.country == "Hamas" and darwish.title == "leader and chief negotiator"


def test_a_list_of_whole_noun_phrases_is_one_demand_each():
    _, demands, _ = _positions("The GFP demanded a permanent ban on fracking, the closure of two coal plants "
                               "and the return of common land to the villages.")
    texts = sorted(d.text for d in demands if d.by == "Green Future Party")
    assert texts == ["a permanent ban on fracking", "the closure of two coal plants",
                     "the return of common land to the villages"], found(demands)


def test_a_list_inside_one_phrase_stays_one_demand():
    _, demands, _ = _positions("The GFP demanded the removal of subsidies on coal and oil.")
    assert [d.text for d in demands] == ["the removal of subsidies on coal and oil"], found(demands)


TRADE = "Wine talks planned\n"
TRADE_OPENING = "Canada and Japan are at odds over rice and beef. "


def _trade(body: str):
    return positions_of(TRADE, TRADE_OPENING + body)


def test_asking_ones_counterpart_of_a_side_to_act_is_a_demand_on_that_side():
    _, demands, _ = _trade("Canadian Trade Minister Paul Roy said he will be asking his Japanese counterpart to "
                           "lift the quota on Canadian beef when they meet.")
    assert any(d.by == "Canada" and d.counterpart == "Japan" and "lift the quota" in d.text for d in demands), \
        found(demands)


def test_raising_the_issue_of_something_presses_for_it():
    _, demands, _ = _trade("Canadian Trade Minister Paul Roy plans to raise the issue of two Canadian meat "
                           "plants still barred by Japan.")
    assert any(d.by == "Canada" and "meat plants" in d.text for d in demands), found(demands)


def test_raising_tariffs_is_no_issue_raised():
    _, demands, _ = _trade("Japan raised the tariff on Canadian beef last year.")
    assert demands == [], found(demands)


def test_resuming_a_trade_dispute_is_a_threat_not_a_concession():
    _, _, concessions = _trade("If the quota stays, Canadian Trade Minister Paul Roy said \"we will immediately "
                               "resume our WTO dispute\".")
    assert not any("dispute" in c.text for c in concessions), found(concessions)


def test_a_regime_named_by_its_rulers_speaks_for_them():
    _, demands, _ = _trade("Japan's regime seeks confirmed figures on Canadian beef exports.")
    assert any(d.by == "Japan" and "confirmed figures" in d.text for d in demands), found(demands)


def test_the_taliban_speak_for_afghanistan(nlp):
    from loaders.extraction import extract

    ex = extract("Border talks\nPakistan and the Taliban held talks in Doha on Saturday. The Taliban demanded "
                 "the reopening of the Torkham crossing.", "2025-10-19", nlp=nlp)
    assert any(d.by == "Afghanistan" and "reopening" in d.text for d in ex.demands), found(ex.demands)
    assert "Taliban" not in [p.name for p in ex.parties]


def test_commitments_in_their_absence_are_no_concession():
    for text in ("No deal looked likely in the absence of concrete Japan commitments on ending the "
                 "beef quota.", "Talks stalled for lack of Japanese commitments to end the beef quota."):
        _, _, concessions = _trade(text)
        assert concessions == [], found(concessions)


def test_two_sides_agreeing_to_reconvene_concede_nothing():
    _, _, concessions = _trade("Canada and Japan later agreed to reconvene on Sunday.")
    assert concessions == [], found(concessions)
