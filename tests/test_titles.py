"""People: titles told with the service a post belongs to, lower-case, between a side and a role
("Egyptian intelligence chief X", "Chinese foreign ministry spokesperson X", "presidential
chief of staff X"): the whole post is the title, and the side before it is the person's country.
Also: a state's services in a title, and one-word names listed under a place noun (places).

Each test's sentence is invented (the place names are real places).
"""

from __future__ import annotations

import datetime as dt

import pytest

spacy = pytest.importorskip("spacy")


def _person(sentence: str):
    from loaders.extraction import extract

    ex = extract("Envoys gather for border talks\n" + sentence + "\n", dt.date(2025, 3, 8))
    return ex.people[0]


@pytest.mark.parametrize("sentence, title, country", [
    ("Egyptian intelligence chief Samir Halawa met Israeli officials in Cairo on Monday.",
     "intelligence chief", "Egypt"),
    ("Chinese foreign ministry spokesperson Lin Haoran said the talks had gone well.",
     "foreign ministry spokesperson", "China"),
    ("Turkish intelligence head Kemal Arslan met the mediators in Ankara on Monday.",
     "intelligence head", "Turkey"),
    ("Pakistani central bank governor Tariq Qureshi met the lenders on Monday.",
     "central bank governor", "Pakistan"),
    ("Ukrainian presidential chief of staff Oleh Marchenko met the envoys in Jeddah on Monday.",
     "presidential chief of staff", "Ukraine"),
])
def test_a_post_with_its_service_keeps_the_service_and_the_side(sentence, title, country):
    p = _person(sentence)
    assert (p.title, p.country) == (title, country), (p.name, p.title, p.country)


@pytest.mark.parametrize("sentence, title, country", [
    ("CIA Director Paul Renner met the mediators in Doha on Thursday.", "CIA Director", "United States"),
    ("Mossad chief Avi Tal met the mediators in Doha on Thursday.", "Mossad chief", "Israel"),
])
def test_a_state_service_in_a_title_gives_the_state_and_stays_in_the_title(sentence, title, country):
    p = _person(sentence)
    assert (p.title, p.country) == (title, country), (p.name, p.title, p.country)


def test_a_service_name_that_opens_a_personal_name_is_a_given_name():
    from loaders.extraction import extract

    ex = extract("Envoys gather for border talks\nThe ministers met officials led by the adviser on "
                 "regional affairs Mossad Haddad on Monday.\n", dt.date(2025, 3, 8))
    assert "Mossad Haddad" in [p.name for p in ex.people], [p.name for p in ex.people]


@pytest.mark.parametrize("sentence", [
    "Flood data is shared on major rivers like Feni, Muhuri and Gomti during the monsoon.",
    "The new line runs past the villages of Ijevan (Armenia)-Gazakh (Azerbaijan) and "
    "Noyemberyan (Armenia)-Ghazakh (Azerbaijan).",
    "Troops were pulled back from the towns of Pokrovsk, Myrnohrad and Kostiantynivka on Monday.",
])
def test_one_word_names_listed_under_a_place_noun_are_places_not_people(sentence):
    from loaders.extraction import extract

    ex = extract("Border commission meets again\n" + sentence + "\n", dt.date(2025, 3, 8))
    assert not ex.people, [p.name for p in ex.people]


def test_an_abbreviated_given_name_opens_the_name_and_ends_no_sentence():
    from loaders.extraction import extract

    text = ("Envoys gather for border talks\nPhilippine Foreign Affairs Secretary Ma. Lourdes Abaya met "
            "Chinese officials in Manila on Monday. Abaya called the talks frank.\n")
    ex = extract(text, dt.date(2025, 3, 8))
    assert [(p.name, p.title, p.country) for p in ex.people] == [
        ("Ma. Lourdes Abaya", "Foreign Affairs Secretary", "Philippines")]
    assert [m.participants for m in ex.meetings] == [["Ma. Lourdes Abaya"]]
    assert ex.meetings[0].evidence.text.startswith("Philippine Foreign Affairs Secretary Ma. Lourdes")


def test_a_surname_ma_ending_a_sentence_still_ends_it():
    from loaders.extraction import extract

    ex = extract("Investors cheer\nThe plan was praised by the founder Jack Ma. The company said it would "
                 "invest more.\n", dt.date(2025, 3, 8))
    assert [p.name for p in ex.people] == ["Jack Ma"]


@pytest.mark.parametrize("text", [
    "Grain talks\nThe Austrian Kurier was first to report the new offer. According to the Kurier, "
    "the two sides are close.\n",
    "Grain talks\nThe Ministry of Agriculture, Fisheries and Rural Development (Mafrd) led the talks. "
    "The cabinet agreed to let Mafrd open formal negotiations with Norway.\n",
    "Grain talks\nThe union broke off talks with Deutsche Bahn on Monday.\n",
    "Grain talks\nThe delegation included the Minister Without Portfolio and the chief negotiator.\n",
])
def test_papers_bodies_and_their_short_names_are_not_people(text):
    from loaders.extraction import extract

    ex = extract(text, dt.date(2025, 3, 8))
    assert not ex.people, [p.name for p in ex.people]


def test_the_prime_minister_is_not_any_minister_named_before(nlp):
    """"Cabinet Office minister A ... the Prime Minister will host B": the prime minister is
    someone titled so, not the last person called a minister."""
    from loaders.extraction import extract

    text = ("Summit planned\n\n"
            "Cabinet Office minister Alan Pryce met the bloc's trade chief Marta Lind in Brussels on "
            "Wednesday.\n\n"
            "On May 19 the Prime Minister is due to welcome Council president Jonas Berg to a "
            "summit in London.\n")
    ex = extract(text, "2025-02-05", nlp=nlp)
    summit = next(m for m in ex.meetings if "Jonas Berg" in m.participants)
    assert "Alan Pryce" not in summit.participants, summit.participants


def test_an_envoy_to_or_for_a_country_told_before_a_comma_keeps_his_own_side(nlp):
    """"U.S. envoy to Libya, X, ..." and "The U.S. special envoy for Libya, X, ...": the post is
    envoy to Libya; his side is the one before it, not Libya."""
    from loaders.extraction import extract

    for text in ("U.S. envoy to Libya, Mark Ellison, confirmed he had left Cairo.",
                 "The U.S. special envoy for Libya, Mark Ellison, confirmed he had left Cairo."):
        ex = extract("Talks postponed\n\nThe talks in Cairo were put off. " + text, "2024-08-22", nlp=nlp)
        ellison = next(p for p in ex.people if p.name == "Mark Ellison")
        assert ellison.country == "United States" and ellison.title in ("envoy to Libya", "special envoy for Libya"), \
            (ellison.title, ellison.country)
