"""Round 32: fixes found by reading train45 (32 articles built this round: lenders' talks,
coalition talks, minerals deals and energy talks) and by probing the themes of the unread
train46 with sentences of our own. Each test's sentences are invented in our own words
(invented people, or real public figures in invented events); only the construction each fix
reads is taken from what the articles showed."""

from __future__ import annotations


def _extract(text: str, published: str = "2025-06-14"):
    from loaders.extraction import extract

    return extract(text, published)


def _demands(result) -> list[tuple[str | None, str]]:
    return [(d.by, d.text) for d in result.demands]


def test_those_joining_the_host_at_a_place_sit_in_his_meeting():
    """"Joining A at the palace were B and C": the inverted 'joined by' names A's companions
    at the meeting just told (the two had been read as a meeting of their own)."""
    r = _extract("Loan talks\nChilean President Tomas Ugarte met on Thursday with lender chief Ana Berg in Santiago "
                 "to discuss a new credit line. Joining Ugarte at the presidential palace were Finance Minister "
                 "Rosa Peral and Foreign Minister Ivan Soto.", "2025-03-14")
    assert len(r.meetings) == 1
    assert set(r.meetings[0].participants) == {"Tomas Ugarte", "Ana Berg", "Rosa Peral", "Ivan Soto"}


def test_a_call_on_the_government_the_article_names_is_a_demand():
    """"The rebels called on the government to pull back troops", where the article names
    Colombia's government: a demand on it, as "urged the government to" already was (it
    had been dropped: the object of 'on' was read only as a named side)."""
    r = _extract("Talks stall\nColombia's government paused talks with the ELN rebels on Monday. The ELN "
                 "called on the government to pull its troops back from the border valley.", "2025-04-08")
    assert any("pull its troops back" in text for _, text in _demands(r))
    assert next(d for d in r.demands if "pull its troops" in d.text).counterpart == "Colombia"


def test_what_a_named_side_needs_is_its_demand():
    """"Kyiv needs security guarantees": what a named side says it needs is pressed on the
    other side; "the country needs investment" (no named side) stays no demand."""
    r = _extract("Minerals deal\nUkraine and the United States worked on the minerals text on Tuesday. Ukraine is "
                 "willing to sign, but Kyiv needs firm security guarantees first.", "2025-02-20")
    assert any(by == "Ukraine" and "security guarantees" in text for by, text in _demands(r))
    r = _extract("Minerals deal\nUkraine and the United States worked on the minerals text on Tuesday. The country "
                 "needs investment in its mines.", "2025-02-20")
    assert not r.demands


def test_a_code_before_its_people_who_act_is_a_side():
    """"LDF ministers are pushing for ...": a party named only by its code, which the tagger left
    untagged, is a side when its people act (the demand had no owner and was dropped)."""
    r = _extract("Coalition talks\nFinance Minister Ana Roth (LDF) gave the budget figures. LDF ministers are pushing "
                 "for a looser borrowing rule in the new cabinet's programme.", "2025-02-20")
    assert ("LDF", "a looser borrowing rule in the new cabinet's programme") in _demands(r)


def test_a_pairing_of_bodies_named_on_their_own_is_not_one_body():
    """"A CDU/CSU-SPD coalition": the last code of a hyphenated name stands for that name only when
    the article does not name the codes before it on their own ("CPN-UML ... UML" is one party);
    here the SPD is a side of its own (its demand had gone to "CDU/CSU-SPD")."""
    r = _extract("Coalition talks\nThe CDU and the CSU met the SPD on Friday. A CDU/CSU-SPD coalition looks like the "
                 "likeliest outcome of the vote. The SPD is pushing for a looser borrowing rule.", "2025-02-20")
    assert ("SPD", "a looser borrowing rule") in _demands(r)


def test_opec_plus_is_a_side_of_its_own():
    """OPEC+ (OPEC with Russia and others) is another group than OPEC; annotators name it so."""
    r = _extract("Oil output\nSaudi and Russian ministers led the video talks on Sunday. OPEC+ agreed to lift output "
                 "by 300,000 barrels a day from next month.", "2025-08-03")
    assert any(c.by == "OPEC+" and "lift output" in c.text for c in r.concessions)


def test_a_sum_a_side_aims_or_hopes_to_secure_is_its_demand():
    """"X aims / hopes to secure an extra $9 billion": the sum it works to obtain is its demand
    (a sum is no noun to the parser, and 'hopes' is lemmatised 'hop')."""
    for verb in ("aims", "hopes"):
        r = _extract(f"Loan talks\nEcuador and the IMF resumed talks on Monday. Quito {verb} to secure an extra "
                     "$9 billion to shore up its reserves.", "2025-05-06")
        assert any(by == "Ecuador" and "$9 billion" in text for by, text in _demands(r)), verb


def _pairs(result) -> set[frozenset]:
    return {frozenset((a, b)) for m in result.meetings for a in m.participants for b in m.participants if a < b}


def test_a_delegation_in_a_place_joins_the_meeting_held_there():
    """"A and B met in P. A also met C at the border. The delegation in P included X and Y": the
    list names where it sat, so its people join the meeting in P, not the later one with C."""
    r = _extract("Pipeline talks\nPresident Oleh Marchuk and Prime Minister Jan Kollar met on Friday in Kosice, a "
                 "city near the border. Kollar also met Council chief Ines Baptista at a border crossing on Friday. "
                 "The Slovak delegation in Kosice included Deputy Prime Minister Eva Hornak and Foreign Minister "
                 "Peter Ruzek.", "2025-09-06")
    pairs = _pairs(r)
    assert frozenset(("Oleh Marchuk", "Eva Hornak")) in pairs
    assert frozenset(("Ines Baptista", "Eva Hornak")) not in pairs


def test_a_promise_to_meet_is_no_meeting_and_its_partner_is_not_seated():
    """"X pledged to meet Y" is one side's promise, nothing arranged (it had been a meeting held
    that day); "At a meeting with A, B pledged to discuss it with C": C is not at A's meeting."""
    r = _extract("Pipeline talks\nPrime Minister Jan Kollar pledged to meet President Oleh Marchuk about the "
                 "pipeline.", "2025-09-06")
    assert not r.meetings
    r = _extract("Pipeline talks\nAt a meeting with President Ivan Sokolov in Minsk on Sept. 2, Prime Minister Jan "
                 "Kollar pledged to discuss with Oleh Marchuk the strikes on the pipeline.", "2025-09-06")
    assert _pairs(r) == {frozenset(("Ivan Sokolov", "Jan Kollar"))}


def test_the_meeting_a_past_deed_is_set_at_was_held():
    """"At a meeting with A on Sept. 2, B offered to mediate": the fronted setting of a past deed is
    a meeting held, though the deed's verb is a wish word (it had been dropped as only wished)."""
    r = _extract("Pipeline talks\nAt a meeting with President Ivan Sokolov in Minsk on Sept. 2, Prime Minister Jan "
                 "Kollar offered to mediate.", "2025-09-06")
    assert len(r.meetings) == 1 and r.meetings[0].status == "held"
    assert set(r.meetings[0].participants) == {"Ivan Sokolov", "Jan Kollar"}


def test_a_short_form_of_a_firm_named_in_full_is_that_firm():
    """"Paramount Skydance made a bid ... Paramount said ... Paramount chief executive X urged ...": the
    short form is the firm named in full, one side (named as the article names it most), not a
    second firm the bid is made to; a union named after its firm stays its own side."""
    r = _extract("Takeover fight\nParamount Skydance made a rival bid for the cable group on Monday, offering $28 "
                 "a share in cash. Paramount said it would keep the offer open for a month. Paramount chief "
                 "executive Mara Lind urged shareholders to back the bid.", "2025-12-09")
    assert {c.by for c in r.concessions} == {"Paramount"}
    assert {d.by for d in r.demands} == {"Paramount"}
    r = _extract("Pay talks\nAir Canada offered pilots a 12% raise on Monday. The Air Canada Pilots Association "
                 "rejected the offer and demanded a 20% raise.", "2025-08-09")
    assert [(d.by, d.counterpart) for d in r.demands] == [("Air Canada Pilots Association", "Air Canada")]


def test_a_firm_named_union_is_no_union_and_a_brotherhood_is_one():
    """"Union Pacific agreed to buy ... The Brotherhood of Locomotive Engineers and Trainmen said ...
    The union demanded ...": "the union" is the brotherhood (a union by its name), not the
    railroad whose name opens with the word (the demand had gone to Union Pacific)."""
    r = _extract("Rail merger\nUnion Pacific agreed on Tuesday to buy a rival carrier for $80 billion. The Brotherhood "
                 "of Locomotive Engineers and Trainmen said it would study the deal. The union demanded written job "
                 "guarantees before backing the merger.", "2025-07-30")
    assert _demands(r) == [("Brotherhood of Locomotive Engineers and Trainmen", "written job guarantees")]


def test_a_delegation_head_who_tells_another_leader_adds_no_one_to_the_last_talks():
    """"A met B. A also held talks with C. D, who led Beijing's delegation, told B that ...": the
    relative clause names D's role; B, whom D told, is not a member of A's talks with C."""
    r = _extract("Summit\nOn the margins of the summit in Lima on Saturday, Prime Minister Tom Hale met President "
                 "Rosa Ibarra. Hale also held talks with Prime Minister Ken Moss. Premier Wei Lan, who led "
                 "Beijing's delegation, told Ibarra that China would buy more copper.", "2025-11-23")
    assert frozenset(("Ken Moss", "Rosa Ibarra")) not in _pairs(r)
    assert frozenset(("Tom Hale", "Ken Moss")) in _pairs(r)


def test_a_step_suspended_until_the_other_side_acts_asks_that_act():
    """"X would hold the treaty in abeyance / suspended the talks until Y ends Z": ending Z is
    X's demand on Y, as "will not sign until Y ..." already was."""
    for told in ("said on Monday it would hold the river treaty in abeyance", "suspended the river treaty"):
        r = _extract(f"Water row\nIndia and Pakistan traded blame. India {told} until Pakistan stops backing armed "
                     "groups across the border.", "2025-04-28")
        assert any(by == "India" and "stops backing armed groups" in text for by, text in _demands(r)), told


def test_the_governments_negotiator_named_after_the_post_speaks_for_that_government():
    """"The government's chief negotiator, X, said the rebels must ...", where the article names
    Colombia's government: X speaks for Colombia (the demand had no side)."""
    r = _extract("Talks stall\nColombia's government paused talks with the ELN rebels on Thursday. The government's "
                 "chief negotiator, Lina Mejia, said the guerrillas must stop attacking villages.", "2025-03-21")
    assert [(d.by, d.by_person) for d in r.demands] == [("Colombia", "Lina Mejia")]


def test_a_two_word_name_whose_first_word_owns_its_offer_is_a_firm():
    """"the hostile offer from Paramount Skydance ... Paramount had raised its offer ... urged the
    board to open talks with Paramount": the talks' slot had made a person of the firm (its short
    form owns 'its offer'); no person, and the raised offer is the firm's concession."""
    r = _extract("Takeover fight\nThe cable group's board on Wednesday advised shareholders to spurn the hostile "
                 "offer from Paramount Skydance, calling it too low. Paramount had lifted its offer to $29 a share a "
                 "week earlier. A large shareholder urged the board to open talks with Paramount.", "2025-12-12")
    assert not r.people
    assert any(c.by and c.by.startswith("Paramount") and "$29 a share" in c.text for c in r.concessions)


def test_laying_down_arms_or_disarming_is_a_concession():
    """"The group said it would lay down its arms / would disarm": giving up the weapons is the
    armed group's concession (neither was a giving verb)."""
    for step in ("lay down its arms", "disarm"):
        r = _extract(f"Peace process\nThe army and the TNLA met in Kunming on Monday. The TNLA said it would {step} "
                     "within three months.", "2025-04-23")
        assert any(c.by == "TNLA" for c in r.concessions), step


def test_what_a_side_is_giving_the_other_now_is_its_concession():
    """'"We're giving them a credit line," the minister said': a side's gift to the other side
    told in the present progressive, with the other side as the receiver (only future gifts
    counted)."""
    r = _extract("Rescue package\nFinance Secretary Ana Ruiz of Spain spoke on Thursday about the aid for Portugal. "
                 "\"We're giving them a credit line, not cash,\" Ruiz said.", "2025-10-03")
    assert any(c.by == "Spain" and "credit line" in c.text for c in r.concessions)


def test_a_name_opening_with_nippon_is_no_person():
    """"X, joint leader of Nippon Ishin ... Ishin held on to ten goals": 'Nippon' is
    Japan's own name for itself, never a person's; the party had been a person seated at the talks."""
    r = _extract("Coalition talks\nThe deal came in policy talks on Friday between Mori, head of the ruling party, and "
                 "Fumio Sato, joint leader of Nippon Ishin (Japan Innovation Party), an opposition group. In the "
                 "talks, Ishin held on to ten policy goals. Several ruling party officials said they were willing to accept "
                 "Ishin's proposals.", "2025-10-18")
    assert "Nippon Ishin" not in {p.name for p in r.people}
    assert [m.participants for m in r.meetings] == [["Mori", "Fumio Sato"]]


def test_the_three_parties_are_the_three_a_sentence_before_names():
    """"Britain, Norway and the Faroe Islands reached a deal ... the three parties agreed to cut the
    quota": the three sides listed before (they had been read as the article's first two sides,
    one of them left out of the deal); the Faroe Islands are a side."""
    r = _extract("Fish quotas\nBritain, Norway and the Faroe Islands struck a deal on Friday on the herring catch, in "
                 "talks in Oslo that did not include Iceland or the European Union. The three parties agreed to "
                 "lower the total catch by half next year, a Norwegian official said.", "2025-12-13")
    assert {c.by for c in r.concessions} == {"United Kingdom", "Norway", "Faroe Islands"}


def test_a_step_urged_on_the_other_side_is_not_its_concession():
    """"X urged Norway to grant EU boats access": the step is X's demand, not Norway's grant (the
    pass for unread sure words had read 'grant' as given)."""
    r = _extract("Fish quotas\nNorway and the EU met on Friday. The EU's fisheries chief, Ana Kostas, urged Norway to "
                 "grant EU boats access to its waters.", "2025-12-13")
    assert not r.concessions
    assert _demands(r) == [("European Union", "grant EU boats access to its waters")]


def test_a_trip_to_sign_a_deal_is_a_meeting_with_the_side_travelled_to():
    """"X was heading to Washington to sign the accord": the signing trip is a meeting with
    the side travelled to (a deal verb had needed two named signers)."""
    r = _extract("Minerals deal\nUkraine and the United States settled the last points of the minerals text. "
                 "Ukraine's Economy Minister Olena Hrytsenko was heading to Washington to sign the accord.",
                 "2025-05-01")
    assert [(m.participants, m.status) for m in r.meetings] == [(["Olena Hrytsenko"], "planned")]
    assert "United States" in r.meetings[0].parties


def test_a_party_code_in_brackets_after_a_name_is_that_persons_side():
    """"Party leaders A (CDU) and B (SPD) took part. ... B called for ...": B speaks for the SPD,
    though the tagger gave the code no entity (the demand had no side)."""
    r = _extract("Coalition talks\nThe CDU, the CSU and the SPD held first talks on Friday. Party chiefs Friedrich "
                 "Merz (CDU) and Lars Klingbeil (SPD) took part. Klingbeil called for more public investment in rail.",
                 "2025-02-28")
    assert ("SPD", "more public investment in rail") in _demands(r)
