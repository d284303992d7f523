"""Demands and concessions in labour disputes and long lists (`loaders/extraction/positions/`).

Every sentence here is made up for the test (invented unions, firms and places). Each article is a
headline line and a body, as the extractor receives them.
"""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from extraction_helpers import found, positions_of  # noqa: E402

HEADLINE = "Pay talks stall as walkout enters second week\n"


def _positions(body: str, published: str = "2025-03-03"):
    return positions_of(HEADLINE, body, published)


def test_company_named_as_subject_is_the_acting_side():
    _, _, concessions = _positions(
        "Talks between the carmaker and its staff resumed on Monday. "
        "Dravex Motors proposed a 12% pay raise over three years for its welders.")
    assert ("Dravex Motors", "a 12% pay raise over three years") in [(p.by, p.text[:32]) for p in concessions]


def test_acronym_after_the_long_name_is_given_the_long_name():
    _, demands, _ = _positions(
        "The minister accused the Velmar Nurses Association of stalling. "
        "The VNA has demanded a 9% rise in night shift allowances for its members.")
    assert ("Velmar Nurses Association", "a 9% rise in night shift allowances for its members") in found(demands)


def test_bracketed_short_form_is_the_union_handle_and_the_union_is_it():
    _, demands, _ = _positions(
        "The Ostrava League of Tram Workers (OLTW) represents some 4,000 drivers. "
        "The union urged the city council to restore the weekend bonus for night crews.")
    assert ("OLTW", "restore the weekend bonus for night crews") in found(demands)


def test_union_local_numbered_after_its_short_form():
    _, demands, _ = _positions(
        "Members of the Guild of Harbour Pilots and Linesmen (GHPL), Lodge 42 walked out on Friday. "
        "The union is seeking a guaranteed rest day for every long tow.")
    assert [(b, t[:21]) for b, t in found(demands)] == [("GHPL Lodge 42", "a guaranteed rest day")]


def test_the_union_of_a_company_is_that_company_union():
    _, demands, _ = _positions(
        "The union of Norwegian shipbuilder Fjellvik Marine will strike for two days. "
        "The union also wants to lift the age of retirement to 66 from 62.")
    assert [b for b, _ in found(demands)] == ["Fjellvik Marine union"]


def test_union_named_by_its_modifier():
    _, demands, _ = _positions(
        "Talks between Orbelt and the Kranvik Stahl union broke down. "
        "The union, which insists on an 8% wage increase, will oppose any plant closures.")
    assert ("Kranvik Stahl", "an 8% wage increase") in found(demands)


def test_bare_plural_group_names_itself():
    _, demands, _ = _positions(
        "Thousands of tractors blocked the highway into the capital on Tuesday. "
        "Farmers are demanding a legal floor for grain prices from the government.")
    assert [b for b, _ in found(demands)] == ["farmers"]


def test_compound_plural_group_names_itself():
    _, _, concessions = _positions(
        "The ferry strike ended on Thursday. "
        "The breakthrough came after harbour employers offered a 40% increase in wages over five years.")
    assert ("harbour employers", "a 40% increase in wages over five years") in found(concessions)


def test_common_noun_finds_the_body_named_with_it():
    _, demands, _ = _positions(
        "The Kestrel Employers Federation tabled its offer on Sunday. "
        "Employers are demanding an answer from the dockers by noon on Friday.")
    assert [b for b, _ in found(demands)] == ["Kestrel Employers Federation"]


def test_newspaper_is_no_side_but_the_union_it_reports_on_is():
    _, demands, concessions = _positions(
        "The Morning Clarion reports that the hall was full. "
        "Last week, the Morning Clarion reported the Tarnow Teachers Association would settle soon. "
        "The Clarion proposed a 40 per cent pay increase for lecturers. "
        "The Tarnow Teachers Association has demanded smaller classes in rural schools.")
    assert all(p.by is None or "Clarion" not in p.by for p in concessions)
    assert ("Tarnow Teachers Association", "smaller classes in rural schools") in found(demands)


def test_long_list_of_demands_is_one_position_each():
    _, demands, _ = _positions(
        "Besides a floor price for wool, Brazil is also demanding the removal of the Pelvan levy, "
        "credit for small herders and ranch hands, a freight subsidy, no rise in diesel duty, "
        "withdrawal of border fines and the return of seized trucks to their owners.")
    texts = [t for b, t in found(demands) if b == "Brazil"]
    assert "credit for small herders and ranch hands" in texts
    assert "no rise in diesel duty" in texts
    assert "withdrawal of border fines" in texts
    assert len(texts) >= 5


def test_list_of_bare_goods_is_not_split_but_a_list_of_steps_is():
    _, demands, _ = _positions(
        "India wants lower duties on its exports, including gems, jewellery, leather goods, "
        "garments, plastics, shrimp and grapes in the proposed US agreement. "
        "Farmers are also demanding the repeal of the Korvel tax, pensions for retired herders, "
        "a fuel rebate, no rise in diesel duty and the withdrawal of border fines.")
    assert len([p for p in demands if p.by == "India"]) <= 1
    assert len([p for p in demands if p.by == "farmers"]) == 5


def test_as_well_as_tail_gives_more_offered_things():
    _, _, concessions = _positions(
        "Dravex Motors proposed a 14% wage rise over five years, improved from 9% in its first bid, "
        "as well as $4,000 signing bonuses and yearly shift bonuses.")
    texts = [t for b, t in found(concessions) if b == "Dravex Motors"]
    assert "$4,000 signing bonuses" in texts
    assert "yearly shift bonuses" in texts


def test_joint_housekeeping_steps_are_no_concession():
    _, _, concessions = _positions(
        "Brazil and Argentina held talks in Montevideo on Monday. "
        "They agreed to run public awareness drives and ensure public safety along the river. "
        "The two states also agreed to establish a joint commission of engineers from both sides. "
        "Both countries agreed to exchange information monthly and to schedule a further meeting. "
        "Brazil and Argentina agreed to free 40 detained fishermen each.")
    texts = [p.text for p in concessions]
    assert not any("awareness" in t or "safety" in t or "commission" in t or "information" in t for t in texts)
    assert any("fishermen" in t for t in texts)


def test_demand_pressed_on_management_by_the_union():
    _, demands, _ = _positions(
        "The Ostrava League of Tram Workers (OLTW) began a strike on Monday. "
        "The union asked management to restore the night shift bonus for drivers.")
    assert [(p.by, p.counterpart, p.text) for p in demands] == [
        ("OLTW", "management", "restore the night shift bonus for drivers")]


def test_office_holder_without_country_speaks_for_the_only_country():
    _, demands, _ = _positions(
        "Hospitals across Norway face a third week of disruption. "
        "Health Secretary Tomas Brevik urged the Velmar Nurses Association to abandon its planned walkout.")
    assert [(p.by, p.by_person, p.text) for p in demands] == [
        ("Norway", "Tomas Brevik", "abandon its planned walkout")]


def test_what_the_union_says_its_members_need_is_its_demand():
    _, demands, _ = _positions(
        "Ministers accused the Velmar Nurses Association of holding patients hostage. "
        "The union has said that night nurses need a pay rise of 14.5 per cent to make up for years of freezes.")
    assert found(demands) == [
        ("Velmar Nurses Association", "a pay rise of 14.5 per cent to make up for years of freezes")]


def test_raised_offer_and_lowered_demand_give_ground():
    _, demands, concessions = _positions(
        "The Federal Government, Organised Labour and employers met again on Monday. "
        "After the recess, labour lowered its demand from 800 pesos to 640 pesos a day.")
    assert found(concessions) == [
        ("Organised Labour", "lowered its demand from 800 pesos to 640 pesos a day")]
    assert found(demands) == [
        ("Organised Labour", "lowered its demand from 800 pesos to 640 pesos a day")]
    _, _, concessions = _positions("Dravex Motors raised its offer from 6% to 8% on Friday.")
    assert found(concessions) == [("Dravex Motors", "raised its offer from 6% to 8%")]


def test_it_in_what_the_union_stated_is_the_union_and_job_losses_opposed():
    _, demands, _ = _positions(
        "Talks between Orbelt and the Kranvik Stahl union broke down on Monday. "
        "The union has stated that it will oppose mass layoffs and depot closures.")
    assert ("Kranvik Stahl", "oppose mass layoffs and depot closures") in found(demands)


def test_condition_of_a_firm_proposal_is_its_demand():
    _, demands, _ = _positions(
        "Dravex Motors tabled a new contract for its welders. "
        "Dravex Motors' proposal remains contingent on a membership vote by Thursday.")
    assert ("Dravex Motors", "a membership vote by Thursday") in found(demands)


def test_agreeing_to_discuss_the_other_sides_proposals_is_a_concession():
    _, _, concessions = _positions(
        "Officials of the International Monetary Fund met Brazil's finance minister on Monday. "
        "The IMF representatives agreed to discuss the softer fiscal options proposed by the Brazilian government.")
    assert any("discuss the softer fiscal options" in p.text for p in concessions)


def test_offer_told_only_by_its_recipients_is_no_term():
    _, _, concessions = _positions(
        "Dravex Motors' latest offer to 9,000 striking welders has been turned down by the union. "
        "Dravex Motors proposed a 14% wage rise over five years.")
    assert [p.text for p in concessions if p.by == "Dravex Motors"] == ["a 14% wage rise over five years"]


def test_union_proposal_content_is_the_unions_concession():
    _, _, concessions = _positions(
        "Some 900 members of the Guild of Harbour Pilots and Linesmen (GHPL Lodge 42) are on strike. "
        "The union proposal includes a shorter probation period for new linesmen.")
    assert found(concessions) == [
        ("GHPL Lodge 42", "a shorter probation period for new linesmen")]
