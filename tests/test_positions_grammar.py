"""The plain ways news tells a demand or an offer, each with several kinds of actor and term.

A grid of invented sentences: every shape below must give one position of the right kind,
by the right side, whose text keeps the term's key words. It guards the common shapes
while rules for rarer ones are added (a rule that breaks 'X called on Y to ...' for a
minister named in apposition shows up here).
"""

from __future__ import annotations

import itertools

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import positions_of  # noqa: E402

HEADLINE = "Fisheries talks continue between the two neighbours\n"

ACTORS = {
    "country": ("Norway", "it", "its"),
    "government": ("The Norwegian government", "it", "its"),
    "minister": ("Norwegian Fisheries Minister Ola Berg", "he", "his"),
}
TERMS = {  # the term, and word starts the position's text must keep
    "plain": ("lower tariffs on salmon", ("tariff", "salmon")),
    "figure": ("a 9 per cent cut in fishing quotas over three years", ("9", "quota")),
    "sum": ("$2 billion in aid for the fishing industry", ("2", "aid")),
}
DEMANDS = [
    "{A} demanded {T}.", "{A} called for {T}.", "{A} is calling for {T}.", "{A} pushed for {T}.",
    "{A} pressed for {T}.", "{A} wants {T}.", "{A} is seeking {T}.", "{A} insisted on {T}.",
    "{A} requested {T}.", "{A} asked Sweden for {T}.", "{A} urged Sweden to accept {T}.",
    "{A} pressed Sweden to accept {T}.", "{A} asked Sweden to accept {T}.",
    "{A} pleaded with Sweden to accept {T}.", "{A} insisted that Sweden accept {T}.",
    "{A} wants Sweden to accept {T}.", "{A} said Sweden must accept {T}.",
    "{A} called on Sweden to accept {T}.", "{A} reiterated {P} call for {T}.",
    "{A} renewed {P} demand for {T}.", "{A} will only sign a deal if Sweden accepts {T}.",
    "{A} has made clear that Sweden must accept {T}.", "{A} is holding out for {T}.",
    "{A} will not accept anything less than {T}.", "{A} set a deadline for Sweden to accept {T}.",
]
CONCESSIONS = [
    "{A} offered {T}.", "{A} is offering Sweden {T}.", "{A} proposed {T}.", "{A} suggested {T}.",
    "{A} pledged {T}.", "{A} promised {T}.", "{A} agreed to {T}.", "{A} has agreed to {T}.",
    "{A} tabled a proposal for {T}.", "{A} put forward a plan for {T}.", "{A} presented a plan for {T}.",
    "{A} submitted a proposal for {T} to Sweden.", "{A} said {S} was ready to accept {T}.",
    "{A} is willing to accept {T}.", "{A} has offered to accept {T}.", "{A} agreed to accept {T}.",
    "{A} made an offer of {T}.", "{A} said {S} would accept {T}.",
]
LEADS = {"bare": "{}", "dated": "On Monday, {}", "placed": "In talks with Sweden in Oslo, {}"}


def _cases(templates: list[str], kind: str):
    for tpl, (a_key, (actor, subj, poss)), (t_key, (term, keys)), lead in itertools.product(
            templates, ACTORS.items(), TERMS.items(), LEADS):
        sentence = tpl.format(A=actor, S=subj, P=poss, T=term)
        body = LEADS[lead].format(sentence[0].lower() + sentence[1:] if lead != "bare"
                                  and not sentence.startswith(("Norway", "Norwegian")) else sentence)
        yield pytest.param(body, kind, keys, id=f"{kind}:{tpl}:{a_key}:{t_key}:{lead}")


@pytest.mark.parametrize("body,kind,keys", [*_cases(DEMANDS, "demand"), *_cases(CONCESSIONS, "concession")])
def test_a_plain_position_is_read_whoever_tells_it_and_whatever_the_term(body: str, kind: str, keys: tuple):
    _, demands, concessions = positions_of(HEADLINE, body)
    found = demands if kind == "demand" else concessions
    words = lambda text: text.replace("$", " ").lower().split()  # noqa: E731
    assert any(p.by == "Norway" and all(any(w.startswith(k) for w in words(p.text)) for k in keys)
               for p in found), [(p.by, p.text) for p in demands + concessions]
