"""Round 31: fixes found by reading train43 (64 articles, unread until this round) and by
probing the themes of train44 with sentences of our own. Each test's sentences are invented in
our own words (invented people, or real public figures in invented events); only the
construction each fix reads is taken from what the articles showed."""

from __future__ import annotations


def _extract(text: str, published: str = "2025-06-14"):
    from loaders.extraction import extract

    return extract(text, published)


def _names(result) -> set[str]:
    return {p.name for p in result.people}


def _person(result, name: str):
    return next(p for p in result.people if p.name == name)


def test_a_royal_style_before_a_post_holder_is_neither_name_nor_post():
    """"Energy Minister Prince X bin Y": the annotators name him "X bin Y" (every read article);
    the style had stayed in his post ("Energy Minister Prince"). "Crown Prince" stays a post."""
    r = _extract("Oil talks\nEnergy Minister Prince Talal bin Fahd met his Omani counterpart, Said al-Kindi, in Muscat on "
                 "Sunday. Crown Prince Nawaf bin Rashid sent his greetings.", "2025-03-10")
    assert {"Talal bin Fahd", "Nawaf bin Rashid"} <= _names(r)
    assert _person(r, "Talal bin Fahd").title == "Energy Minister"
    assert _person(r, "Nawaf bin Rashid").title == "Crown Prince"


RECEPTION = ("Chile and Peru\n\nPresident Maria Lopez of Chile received Peru's foreign minister, Jorge Ruiz, at the "
             "palace in Santiago on Tuesday. The two reviewed trade and fishing rights. Ruiz passed on greetings from "
             "the president of Peru. The reception was attended by Khalid Ortega, adviser to the Minister of Foreign "
             "Affairs for Andean Affairs, Peru's ambassador to Chile Carlos Vega, and Deputy Director General of the Foreign "
             "Minister's Office Ana Ortiz.")


def test_those_attending_a_reception_sit_in_the_meeting_just_told():
    """"X received Y ... The reception was attended by A, B and C": the reception is the
    meeting told; its guests join it (they had been no meeting at all)."""
    r = _extract(RECEPTION, "2025-03-05")
    assert len(r.meetings) == 1
    assert {"Maria Lopez", "Jorge Ruiz", "Khalid Ortega", "Carlos Vega"} <= set(r.meetings[0].participants)


def test_a_name_after_an_ambassador_to_a_country_is_the_ambassador():
    """"Peru's ambassador to Chile Carlos Vega": the parser hangs the name on "to" as if he were
    the one the ambassador is sent to; he is the ambassador, and he attends."""
    r = _extract(RECEPTION, "2025-03-05")
    assert "Carlos Vega" in r.meetings[0].participants
    assert _person(r, "Carlos Vega").country == "Peru"


def test_a_name_after_the_office_of_a_post_is_a_person():
    """"Deputy Director General of the Foreign Minister's Office Ana Ortiz": the post runs through the
    office of the minister; the name after it is a person (it had been lost)."""
    assert "Ana Ortiz" in _names(_extract(RECEPTION, "2025-03-05"))
    r = _extract("Visit\nThe guests were met by the head of the President's Office Walid Haddad in Beirut.", "2025-03-05")
    assert "Walid Haddad" in _names(r)
