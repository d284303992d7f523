"""People of round 11: a plural post ("Deputy Governors A and B") and a plural proper noun
before a name ("... and Professional Standards A") are not part of it; the Irish Taoiseach
and Tánaiste are posts; a name the article goes on about with ", which" is a body; a name
right after "the island" is a place; "... Country Program" is a plan; "Atty." is an honorific;
one bare word with no post, no "Mr" and no well-known holder of that name is no person; a name
that opens an institution's name ("the King X Research Centre") is no person. Each test's
sentences are invented.
"""

from __future__ import annotations

from loaders.extraction import extract


def _people(text: str, nlp) -> list[str]:
    return [p.name for p in extract("Talks\n" + text, "2025-03-12", nlp=nlp).people]


def test_a_plural_post_is_not_part_of_the_names_it_heads(nlp):
    assert _people("The minister was accompanied by Central Bank Deputy Governors Rami Haddad and Lina Sabbagh, "
                   "who met fund officials.", nlp) == ["Rami Haddad", "Lina Sabbagh"]


def test_a_plural_proper_noun_of_a_long_post_is_not_part_of_the_name(nlp):
    assert _people("Also present were Felix Kirui, and Chief Officer in the Ministry of Water and Quality "
                   "Standards Jane Achieng.", nlp) == ["Felix Kirui", "Jane Achieng"]


def test_the_taoiseach_is_a_post(nlp):
    assert _people("Speaking on Monday, Taoiseach Simon Harris said talks would go on.", nlp) == ["Simon Harris"]


def test_a_name_told_with_which_is_a_body(nlp):
    names = _people("Fianna Fáil, which secured 48 seats, and Fine Gael, which won 38 seats, will talk. Party "
                    "leader Micheál Martin met Simon Harris on Monday.", nlp)
    assert "Fianna Fáil" not in names and "Fine Gael" not in names and "Micheál Martin" in names


def test_a_name_after_the_island_is_a_place(nlp):
    assert "Diego Garcia" not in _people("Prime Minister Navin Ramgoolam spoke about the base on the largest "
                                         "island Diego Garcia and the lease of the base on Diego Garcia.", nlp)


def test_a_country_program_is_a_plan(nlp):
    assert _people("The mission led by Daehaeng Kim will negotiate the New Country Program with Liberia.", nlp) \
        == ["Daehaeng Kim"]


def test_a_clause_on_the_meeting_after_a_name_does_not_make_the_name_a_body(nlp):
    assert "Lena Kovac" in _people("Minister Alan Marsh held a meeting with Lena Kovac, which lasted two hours, "
                                   "on Monday.", nlp)


def test_atty_is_an_honorific(nlp):
    assert _people("The chief negotiator, Undersecretary Atty. Ramon Dizon, gave an update on the talks.", nlp) \
        == ["Ramon Dizon"]


def test_one_bare_word_with_no_post_is_no_person(nlp):
    names = _people("According to Kurier, Chancellor Karl Nehammer met Herbert Kickl on Monday. Trucks queue "
                    "at the border points of Tamu, Moreh, Zokhawthar and Rih.", nlp)
    assert names == ["Karl Nehammer", "Herbert Kickl"]


def test_one_word_is_a_person_with_a_post_or_as_a_well_known_name(nlp):
    names = _people("Talks went on. President Trump spoke to Dahal on Monday. Iraq's al-Sudani said the talks "
                    "went well.", nlp)
    assert names == ["Trump", "Dahal", "al-Sudani"]


def test_a_name_opening_an_institution_is_no_person(nlp):
    assert _people("Energy Minister Prince Faisal bin Saud received his US counterpart Chris Wright on Saturday at "
                   "the King Fahd Energy Studies and Research Centre in Riyadh.", nlp) == [
        "Faisal bin Saud", "Chris Wright"]
