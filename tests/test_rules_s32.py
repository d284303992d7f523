"""Round 30: fixes found by reading train42 (64 articles, unread until this round). Each test's
sentences are invented in our own words (invented people, or real public figures in invented
events); only the construction each fix reads is taken from what the articles showed."""

from __future__ import annotations


def _extract(text: str, published: str = "2025-06-14"):
    from loaders.extraction import extract

    return extract(text, published)


def _names(result) -> set[str]:
    return {p.name for p in result.people}


def test_a_name_after_a_countrys_possessive_is_a_person_whatever_its_label():
    """"... with Azerbaijan's Elnur Mammadov": the tagger may label the two words after a
    country's "'s" a body; with no body word among them they are a person's name, and that
    person speaks for the country (he had been taken for an organisation and a side)."""
    r = _extract("Border talks\nThe second round opened in Tbilisi on Friday with Georgia's deputy minister Levan Tsiklauri "
                 "and his guests, Azerbaijan\u2019s Elnur Mammadov and Armenia\u2019s Mher Grigoryan.", "2025-05-03")
    assert {"Elnur Mammadov", "Mher Grigoryan"} <= _names(r)
    assert next(p for p in r.people if p.name == "Elnur Mammadov").country == "Azerbaijan"
    assert "Elnur Mammadov" not in {p.name for p in r.parties}


def test_an_outlet_or_an_operation_after_a_countrys_possessive_is_no_person():
    """The same place holds outlets and military operations: "Israel's Yedioth Ahronoth",
    "Israel's Operation Rising Lion", and a wire agency's name alone ("Agencia Brasil reported")."""
    r = _extract("Strike\nIsrael's Yedioth Ahronoth wrote on Sunday that Israel's Operation Rising Lion had been planned "
                 "for months. Agencia Brasil reported that President Lula phoned the emir the same day.", "2025-06-15")
    assert _names(r) & {"Yedioth Ahronoth", "Operation Rising Lion", "Agencia Brasil"} == set()


def test_an_ambassadors_abbreviated_style_is_no_name():
    """"intelligence director Amb. X": the tokenizer splits "Amb." (unlike "Gen."), and the bare
    "Amb" was read as a one-word name, seated at the meeting."""
    r = _extract("Visit\nThe delegation was received in Mogadishu on Sunday by the army chief, Maj. Gen. Omar Said Nur, "
                 "and the intelligence director Amb. Hassan Ali Farah.", "2025-03-03")
    assert "Amb" not in _names(r)
    assert "Hassan Ali Farah" in _names(r)


def test_a_shoal_is_a_place():
    """"near Escoda Shoal and Half Moon Reef": a shoal's or a reef's name is a place, like a
    strait's (both had been read as people, and seated at a meeting)."""
    r = _extract("Standoff\nChinese vessels massed near Escoda Shoal and Half Moon Reef on "
                 "Monday, spokesman Jay Tarriela said.", "2025-03-04")
    assert _names(r) == {"Jay Tarriela"}


def test_a_dateline_with_the_country_in_brackets_names_no_person():
    """"Qingdao (China): ..." or "Qingdao (China) - ...": a place with its country in
    brackets opening the body is a dateline, not a person seated at the meeting it reports."""
    for mark in (":", " -"):
        r = _extract(f"Summit talks\nQingdao (China){mark} Prime Minister Narendra Modi and Russian President Vladimir "
                     "Putin held talks on Thursday at the regional summit.", "2025-07-04")
        assert "Qingdao" not in _names(r), mark
        assert [sorted(m.participants) for m in r.meetings] == [["Narendra Modi", "Vladimir Putin"]], mark


def test_a_hyphenated_given_name_stays_whole_after_a_possessive():
    """"Lindqvist and Iceland's Anna-Karin Berg will meet ...": the tagger starts the name at the
    given name's second half (or drops it); a common first half glued by a hyphen belongs to it."""
    r = _extract("Visit\nThe Swedish premier arrived on Tuesday. Lindqvist and Iceland's Anna-Karin Berg will meet the "
                 "French president on Wednesday, an aide said.", "2025-06-03")
    assert "Anna-Karin Berg" in _names(r)
    assert not any(n in _names(r) for n in ("Karin Berg", "Berg"))


def test_defence_attaches_are_a_post_not_a_name():
    """"a session with the Defence Attaches": a plural post, no person."""
    r = _extract("Truce\nThe commanders met on Monday. Next comes a session with the Defence Attaches, chaired by "
                 "the bloc's current head, should both sides accept.", "2025-07-28")
    assert "Attaches" not in _names(r)


# a meeting of two sides told by their leaders' plural post; the leaders are named after it
NORDIC_BERLIN = ("Nordic leaders in Berlin\nThe prime ministers of Norway and Iceland held talks with Chancellor "
                 "Friedrich Merz at the chancellery on Tuesday, before flying on to Paris.\n"
                 "\"Europe must stand together,\" Norway's Jonas Gahr Store told a German broadcaster.\n")


def test_the_prime_ministers_of_two_sides_are_the_one_person_of_each_named_later():
    """"The prime ministers of Norway and Iceland held talks with X": the plural post names two
    sides; the article names one person of each (after the meeting), so they are the ones there."""
    r = _extract(NORDIC_BERLIN + "Store and Iceland's Kristrun Frostadottir are due to see the French president on "
                 "Wednesday.", "2025-01-28")
    berlin = next(m for m in r.meetings if "Friedrich Merz" in m.participants)
    assert set(berlin.participants) == {"Friedrich Merz", "Jonas Gahr Store", "Kristrun Frostadottir"}


def test_a_plural_post_is_not_guessed_when_a_side_has_two_people_and_neither_holds_it():
    """The same sentence, with two Icelanders named and neither called prime minister: which of
    them was there is not told, so nobody of either side is seated."""
    r = _extract(NORDIC_BERLIN + "Iceland's Kristrun Frostadottir and Iceland's Bjarni Benediktsson both spoke to "
                 "reporters.", "2025-01-28")
    berlin = next(m for m in r.meetings if "Friedrich Merz" in m.participants)
    assert set(berlin.participants) == {"Friedrich Merz"}


def test_a_call_told_again_with_part_of_its_people_stays_one_call():
    """"Foreign ministers from A, B, C and the EU held a joint call with X on Thursday. A's minister
    confirmed the high-level call involved B's, C's and the EU's": the second sentence names part of
    the same call's people on the same day; it is that call, not a second one. (The ministers are
    now seated from the first sentence already, so the second no longer adds anybody and no longer
    merges as before: this checks that it still does.)"""
    r = _extract("Ministers warn Minsk\nForeign ministers from Sweden, Finland, Norway and the EU held a joint call on "
                 "Thursday with Belarus's deputy foreign minister, Igor Sharov, to press for the release of detained "
                 "journalists.\nSwedish Foreign Affairs Minister Maria Lind confirmed the high-level call involved "
                 "Finnish Foreign Minister Elina Valtonen, Norwegian Foreign Minister Espen Eide, and the EU's top "
                 "diplomat, Kaja Kallas.", "2025-03-09")
    assert [sorted(m.participants) for m in r.meetings] == [
        ["Elina Valtonen", "Espen Eide", "Igor Sharov", "Kaja Kallas", "Maria Lind"]]


def test_a_senator_quoted_on_a_call_is_not_seated_at_it():
    """"A's first call to B showed 'real statesmanship,' Sen. X, R-Ohio, told reporters": X gives a
    view of the call (a quotation after the meeting word, then "told"), X was not on it."""
    r = _extract("Shutdown talks\nPresident Donald Trump and Senate leader Chuck Schumer spoke twice last week. "
                 "Trump's first call to Schumer showed \"real statesmanship,\" Sen. Mary Holt, R-Ohio, told reporters "
                 "on Monday.", "2026-02-03")
    assert "Mary Holt" in _names(r)
    assert all("Mary Holt" not in m.participants for m in r.meetings)


def test_the_speaker_of_a_quoted_we_meeting_stays_seated():
    """The control: "'We held frank talks for two hours,' X told reporters": the quotation holds
    the meeting and "we", so X was there."""
    r = _extract("Tariff talks\nSouth Korea's trade minister Park Jin-ho flew home on Friday. \"We held frank talks with "
                 "Commerce Secretary Howard Lutnick for two hours,\" Park told reporters.", "2025-10-17")
    assert [sorted(m.participants) for m in r.meetings] == [["Howard Lutnick", "Park Jin-ho"]]


def test_a_ministrys_bureau_named_in_a_post_is_no_side():
    """"X, director general of the Asian Affairs Bureau of Japan's Foreign Ministry": the bureau is
    part of a ministry, named in X's post; the sides are Japan and the other country."""
    r = _extract("Talks in Beijing\nIn Tuesday's talks, Kenji Mori, director general of the Asian Affairs Bureau of "
                 "Japan's Foreign Ministry, asked his Chinese counterpart Zhao Ming to retract the remarks.",
                 "2025-11-19")
    (m,) = r.meetings
    assert set(m.parties) == {"Japan", "China"}
    assert m.date == "2025-11-18"


def _demands(result) -> list[tuple[str, str]]:
    return [(d.by, d.text) for d in result.demands]


def test_a_side_calling_on_both_sides_makes_a_demand_of_its_own():
    """"X called on both sides / urged the two countries to ...": the annotators file what such
    a call asks as the caller's demand (8 of 9 such calls in the read sets), when the caller
    speaks for a side; it had been dropped as "asked of everyone"."""
    r = _extract("Seoul visit\nChinese Foreign Minister Wang Yi met South Korean Foreign Minister Cho Hyun in Beijing "
                 "on Wednesday. Wang called on both sides to keep supply chains stable.", "2025-09-18")
    assert ("China", "keep supply chains stable") in _demands(r)


def test_a_call_for_the_two_countries_to_act_asks_the_act_not_the_countries():
    """"Xi called for the two countries to honour the four documents": what is asked is honouring
    the documents (the text had been "the two countries")."""
    r = _extract("Summit\nChinese President Xi Jinping met Japanese Prime Minister Sanae Takaichi in Gyeongju on "
                 "Friday. Xi called for the two countries to honour the four political documents.", "2025-11-01")
    assert ("China", "honour the four political documents") in _demands(r)
    assert all(text != "the two countries" for _, text in _demands(r))


def test_a_first_verb_that_leaves_its_preposition_to_the_second_is_no_step_of_its_own():
    """"urged Y to abide by and carry out the commitments": one step whose object the second verb
    holds; "abide by" alone had been a demand of its own."""
    r = _extract("Summit\nChinese President Xi Jinping met Japanese Prime Minister Sanae Takaichi in Gyeongju on "
                 "Friday. Xi urged Takaichi to abide by and carry out the commitments on history set out in the "
                 "four documents.", "2025-11-01")
    texts = [text for _, text in _demands(r)]
    assert "abide by" not in texts
    assert any(t.startswith("carry out the commitments on history") for t in texts)


def test_a_firm_named_before_its_chief_executive_is_a_side():
    """"Boeing chief executive X met union leader Y": the firm before a firm's post is X's side
    at the meeting (it had been read as part of a title, like "Farmer Welfare Minister")."""
    r = _extract("Strike talks\nBoeing chief executive Kelly Ortberg met machinists' union leader Jon Holden in "
                 "Seattle on Monday.", "2024-10-16")
    (m,) = r.meetings
    assert "Boeing" in m.parties


def test_a_firm_named_before_its_ceo_is_a_side():
    """The same with the post in capitals: "Intel CEO X met President Y"."""
    r = _extract("Chips\nIntel CEO Lip-Bu Tan held talks with President Donald Trump in the Oval Office on Monday.",
                 "2025-08-13")
    (m,) = r.meetings
    assert "Intel" in m.parties


def test_a_state_office_before_a_post_is_still_no_firm():
    """The control: "the Treasury chief", "the Maritime Affairs spokesman": a state's office."""
    r = _extract("Talks\nThe Treasury chief met Chinese Vice Premier He Lifeng in Guangzhou on Friday, the DFA "
                 "Maritime Affairs spokesman said.", "2024-04-06")
    assert not {p.name for p in r.parties} & {"Treasury", "DFA Maritime Affairs"}


def test_the_one_freed_after_a_meeting_is_not_seated_at_it():
    """"Belarus released X after US envoy Y flew to Minsk and met Z": the meeting is told in a
    clause of time under "released"; X is what the main verb acts on, not one of those who met."""
    r = _extract("Prisoners freed\nBelarus released Ales Kaliada on Thursday after US envoy John Mercer flew to Minsk "
                 "and met Alexander Lukashenko.", "2025-09-12")
    (m,) = r.meetings
    assert set(m.participants) == {"John Mercer", "Alexander Lukashenko"}


def test_a_post_owned_by_a_named_boss_is_the_persons_title_and_the_boss_is_not_seated():
    """"X, Trump's envoy for special missions, met Y": the post after the owner's "'s" is X's
    title (it had none), and the owner named in it meets no one."""
    r = _extract("Caracas visit\nPaul Avery, Trump's envoy for special missions, met Nicolas Maduro in Caracas on "
                 "Friday and flew home with six prisoners.", "2025-02-01")
    assert next(p for p in r.people if p.name == "Paul Avery").title == "envoy for special missions"
    assert [sorted(m.participants) for m in r.meetings] == [["Nicolas Maduro", "Paul Avery"]]


def test_the_leaders_of_four_sides_are_all_seated_when_the_next_sentence_names_only_some():
    """"The leaders of A, B, C and D met X. A's president said ... B's, C's and D's leaders
    travelled together": the sides a rule has not seated yet get their one person each too."""
    r = _extract("Leaders in Kyiv\nThe leaders of France, Britain, Germany and Poland met Ukrainian President Volodymyr "
                 "Zelensky in Kyiv on Saturday. French President Emmanuel Macron said Russia must accept a 30-day "
                 "ceasefire. Britain's Keir Starmer, Germany's Friedrich Merz and Poland's Donald Tusk had travelled "
                 "together by train.", "2025-05-10")
    kyiv = next(m for m in r.meetings if "Volodymyr Zelensky" in m.participants)
    assert set(kyiv.participants) == {"Volodymyr Zelensky", "Emmanuel Macron", "Keir Starmer", "Friedrich Merz",
                                      "Donald Tusk"}


def test_the_four_leaders_are_the_four_named_together_just_before():
    """"A, B, C and D travelled together by train. The four leaders met X": as many people as
    the count says, named together as the subject of the sentence before."""
    r = _extract("Leaders in Kyiv\nFrance's Emmanuel Macron, Britain's Keir Starmer, Germany's Friedrich Merz and "
                 "Poland's Donald Tusk travelled together by train. The four leaders met Ukrainian President Volodymyr "
                 "Zelensky in Kyiv on Saturday.", "2025-05-10")
    (m,) = [m for m in r.meetings if "Volodymyr Zelensky" in m.participants]
    assert set(m.participants) == {"Volodymyr Zelensky", "Emmanuel Macron", "Keir Starmer", "Friedrich Merz",
                                   "Donald Tusk"}


def test_no_alias_from_the_tail_of_a_double_barrelled_name_or_the_head_of_a_longer_one():
    """"Karin Keller-Sutter" had the alias "Sutter", and "Maj. Gen. Omar Said Nur" (the tagger
    reading "Said" as a verb) the alias "Omar": neither is ever written alone, yet both were
    stored on the person's node as names the article used."""
    r = _extract("Tariff call\nSwiss President Karin Keller-Sutter spoke by phone with President Donald Trump last week. "
                 "The delegation was received by Maj. Gen. Omar Said Nur on Sunday.", "2025-10-22")
    aliases = {p.name: p.aliases for p in r.people}
    assert "Sutter" not in aliases["Karin Keller-Sutter"]
    assert "Omar" not in aliases["Omar Said Nur"]


def test_a_rank_before_the_name_leaves_the_side_to_the_post_after_it():
    """"Major General X, Pakistan's director general of military operations, ...": the rank says
    no side; the post after the name does (X had no country)."""
    r = _extract("Hotline talks\nMajor General Aamir Siddiqui, Pakistan's director general of military operations, "
                 "spoke to his Indian counterpart on Monday.", "2025-05-13")
    assert next(p for p in r.people if p.name == "Aamir Siddiqui").country == "Pakistan"


def test_a_rank_of_two_words_between_the_post_and_the_name_is_stepped_over():
    """"his Indian counterpart Lt Gen X": two words of rank between the post and the name (only
    one had been stepped over), so X had no side."""
    r = _extract("Hotline talks\nPakistan's military operations chief spoke to his Indian counterpart Lt Gen Anil Verma "
                 "on Monday.", "2025-05-13")
    assert next(p for p in r.people if p.name == "Anil Verma").country == "India"


def test_a_family_name_glued_to_al_stays_whole_though_it_spells_a_side():
    """"Houthi leader Abdulmalik al-Houthi": the family name after "al-" spells the movement's
    name; the person's name had been cut to "Abdulmalik"."""
    r = _extract("Red Sea\nHouthi leader Abdulmalik al-Houthi warned of escalation on Thursday.", "2024-11-21")
    assert "Abdulmalik al-Houthi" in _names(r)
    assert "Abdulmalik" not in _names(r)


def test_a_reporter_after_an_object_gives_the_object_no_post():
    """"... for talks with Xi Jinping, a government spokesman said": the spokesman reports; Xi
    had been given the post "government spokesman"."""
    r = _extract("Visit\nGerman Chancellor Friedrich Merz will travel to Beijing next month for talks with Xi Jinping, "
                 "a government spokesman said.", "2025-07-24")
    assert next(p for p in r.people if p.name == "Xi Jinping").title != "government spokesman"


def test_a_subjects_post_with_its_second_comma_missing_is_still_its_post():
    """The control: "X, a former trade commissioner said ...": the subject's own post, its second
    comma missing (the rule reads only a name that is an object)."""
    r = _extract("EV talks\nValdis Ozols, a former trade commissioner said Wang Wentao and he had held useful talks "
                 "on Thursday.", "2024-09-20")
    assert next(p for p in r.people if p.name == "Valdis Ozols").title == "former trade commissioner"


def test_both_subjects_go_on_to_the_second_session():
    """"A and B met X in Beijing on Thursday, before holding talks with Y": both A and B hold the
    second talks (only the first conjunct had)."""
    r = _extract("Summit\nCosta and Kallas met Xi Jinping in Beijing on Thursday, before holding talks with Premier "
                 "Li Qiang.", "2025-07-24")
    li = next(m for m in r.meetings if "Li Qiang" in m.participants)
    assert set(li.participants) == {"Costa", "Kallas", "Li Qiang"}


def test_a_sentence_opening_with_a_particle_surname_keeps_the_particles():
    """"Von der Leyen urged ...": the bare surname the gazetteer knows keeps its capitalised
    particles at the start of a sentence (the alias had been "Leyen")."""
    r = _extract("Summit\nCommission President Ursula von der Leyen met Xi Jinping on Thursday. Von der Leyen urged "
                 "China to lift its export controls.", "2025-07-24")
    p = next(p for p in r.people if p.name == "Ursula von der Leyen")
    assert "Leyen" not in p.aliases and "Von der Leyen" in p.aliases


def test_the_firm_an_article_calls_the_company_is_a_side_not_a_person():
    """"Boeing and the IAM resumed talks ... Boeing offered ... The company later improved its
    offer to 35%": the one capitalised word always labelled a body, in an article that speaks of
    "the company", is that firm (it had been read as a person named Boeing, in a participant
    slot, so its offers had no side); "the company" is then that firm."""
    r = _extract("Strike talks\nBoeing and the International Association of Machinists (IAM) resumed talks on Tuesday "
                 "with federal mediators. The union wants a 40% pay rise over four years. Boeing offered a 30% raise "
                 "and a $6,000 signing bonus. The company later improved its offer to 35%.", "2024-10-16")
    assert "Boeing" not in _names(r)
    given = [(c.by, c.text) for c in r.concessions]
    assert ("Boeing", "a 30% raise") in given
    assert ("Boeing", "improved its offer to 35%") in given
