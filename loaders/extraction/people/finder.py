"""The entry point: `find_people` collects candidate names (`names`), links short forms to the
fullest name, finds every mention of every form, reads titles and countries (`titles`) and
resolves pronouns and role nouns (`pronouns`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..context import Mention, compound_head
from ..dates import dateline_end
from ..leaders import known_side
from ..lexicon import (
    HONORIFICS, NOT_NAME_WORDS, ORG_TAILS, PARTICLES, PERSON_PRONOUNS, PLACES, ROLE_WORDS, US_ONLY_TITLES,
)
from ..model import Person
from ..parties import canonical_party, party_kind
from .lexicon import (
    _BODY_HEADS, _BODY_NOUNS, _COMPANY_TAILS, _ERA_NOUNS, _EU_POST, _MEDIA_NOUNS, _NOT_PERSON_ENTS, _ORG_NOUNS,
    _OUTLET_NOUNS, _PLACE_ENTS, _PLACE_FIRST_WORDS, _PLACE_HYPHENS, _PLACE_KIND_NOUNS, _PLACE_STARTS, _PLURAL_POSTS,
    _PORTFOLIOS, _QUOTES, _RANKS,
    _SECRETARY_STATES, _STATE_POST, _STYLE_WORDS, _TEAM_NOUNS, _THING_HEADS, _VENUE_NOUNS,
)
from .names import (
    _Rec, _after_country_noun, _body_labelled, _bracketed_acronym, _bracketed_after_country,
    _country_given_names, _determined, _expand, _geographic, _glossed, _glossed_elsewhere, _glossed_list, _held_in,
    _named_as_body, _owns_post_before_person,
    _human_slot, _in_meeting_slot, _inside_named_body, _is_role, _listed_after_heads_of, _listed_places,
    _member_of_team,
    _name_pos, _name_text, _name_tokens, _names_an_institution, _namey, _not_a_person_here,
    _place_slot, _plural_post, _posted_list_names, _skip_title_tail, _surname_pronoun, _tail_of_body_after,
    _told_by_a_source, _trim, _valid, _which_named, _word_not_name, abbreviated_given,
)
from .titles import (
    _best_title, _doc_tokens, _leads_country, _led_by_country, _next_in_list, _owner,
    _sentence_initial, _side_named_after, _title_after, _titles_before, _vote,
)
from .pronouns import _resolve_pronouns

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


def _dateline_country(text: str, body_start: int, party_mentions: list[Mention]) -> "str | None":
    """The country a dateline names ("ACCRA -", "NAIROBI, March 3 (Reuters) -"), when it is the
    only country the article names."""
    end = body_start + dateline_end(text[body_start:body_start + 120])
    if end == body_start:
        return None
    filed = next((m.target for m in party_mentions if body_start <= m.start < end
                  and canonical_party(m.target) is not None), None)
    countries = {m.target for m in party_mentions if party_kind(m.target) == "country"}
    return filed if countries == {filed} else None  # (a visitor's post in another land is not that land's)


def _bracketed_after_body(doc: "Doc", brackets: list["Token"]) -> list[tuple[int, int]]:
    """Proper names in brackets right after a body's noun ("the Lok Janshakti Party (Ram Vilas)",
    "the rebel movement (Ansar Allah)"): the name of a faction or of the body itself."""
    out = []
    for b in brackets:
        i = b.i
        if i < 1 or doc[i - 1].lower_ not in _BODY_NOUNS:
            continue
        k = i + 1
        while k < len(doc) and k - i <= 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
        if k > i + 1 and k < len(doc) and doc[k].text == ")":
            out.append((i + 1, k))
    return out


def _respective_sides(doc: "Doc", tokens: list["Token"], raw: list, party_at: dict[int, str]) -> dict[int, str]:
    """"the Congolese and Rwandan foreign ministers, A and B": the sides named before a plural
    post go, in order, to the names listed after it (id of the person's record -> side)."""
    starts = {s: r for s, e, r, how in raw if how == "name"}
    ends = {s: e for s, e, r, how in raw if how == "name"}
    out: dict[int, str] = {}
    for t in tokens:  # (the tokens the pass already holds: iterating the doc makes new ones)
        if t.lower_ not in _PLURAL_POSTS or t.i + 2 >= len(doc):
            continue
        sides: list[str] = []
        after = t.i + 1
        if doc[after].lower_ == "of":  # "the foreign ministers of India and Pakistan, A and B"
            after += 1 + (after + 1 < len(doc) and doc[after + 1].lower_ == "the")
            while after < len(doc) and (after in party_at or doc[after].lower_ == "and"):
                if after in party_at and (not sides or sides[-1] != party_at[after]):
                    sides.append(party_at[after])
                after += 1
        else:
            k = t.i - 1
            while k >= t.sent.start and (k in party_at or doc[k].lower_ in ("and", ",") or (
                    doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN")) or doc[k].lower_ in _PORTFOLIOS | {"foreign"}):
                if k in party_at and (not sides or sides[0] != party_at[k]):
                    sides.insert(0, party_at[k])
                k -= 1
        if after in starts and any(x.lower_ == "respectively" for x in doc[after:t.sent.end]):
            j = after  # "Spanish and British Foreign Ministers A and B, respectively"
        elif after >= len(doc) - 1 or doc[after].text != ",":
            continue
        else:
            j = after + 1
        names = []
        while j in starts and len(names) < len(sides):
            names.append(starts[j])
            j = ends[j]
            if j < len(doc) and doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ == "and":
                j += 1
            if j < len(doc) and doc[j].lower_ in ("and", ","):
                j += 1
        if len(sides) >= 2 and len(names) == len(sides) and len(set(sides)) == len(sides):
            out.update({id(r): side for r, side in zip(names, sides)})
    return out


def _named_in_full(t: "Token") -> bool:
    """"met Amit Shah": a given name and a surname the tagger labelled a product or a work (its
    small model often does), in a meeting slot, with no body word among them."""
    if t.ent_type_ not in ("PRODUCT", "WORK_OF_ART", "EVENT"):
        return False
    parts = [c for c in t.children if c.dep_ == "compound" and c.i == t.i - 1]
    return len(parts) == 1 and parts[0].pos_ == "PROPN" and parts[0].text[:1].isupper() and parts[0].is_alpha \
        and not any(c.dep_ == "compound" and c.i < t.i - 1 for c in t.children) \
        and t.lower_ not in ORG_TAILS | _VENUE_NOUNS | _COMPANY_TAILS | _THING_HEADS \
        and t.lower_ not in NOT_NAME_WORDS and parts[0].lower_ not in NOT_NAME_WORDS \
        and not (parts[0].i > 0 and t.doc[parts[0].i - 1].lower_ in _BODY_NOUNS | _ORG_NOUNS)
    # (not "the Master Contract Agreement", "the Yasukuni Shrine", "the lay organization Soka Gakkai")



def _in_body_name(doc: "Doc", t: "Token") -> bool:
    """Is `t` a later word of an organisation's name the tagger found, one with a word no
    person's name has ("the Japanese Trade Union Confederation")?"""
    if t.ent_type_ != "ORG" or t.ent_iob_ != "I":
        return False
    k = t.i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return any(doc[i].lower_ in NOT_NAME_WORDS or doc[i].lower_ in ORG_TAILS for i in range(k, t.i))


def _acts_as_a_person(doc: "Doc", raw: list, r) -> bool:
    """A surname the article never gives in full ("Schumer offered ...", "... , Schumer said"):
    kept when the tagger calls it a person at least twice and it is the subject of a verb in
    the past or present tense at least twice (a person the article only names so)."""
    tagged = [doc[s] for s, e, x, how in raw if x is r and how == "name" and e - s == 1
              and doc[s].ent_type_ == "PERSON"]
    acting = [t for t in tagged if t.dep_ == "nsubj" and t.head.pos_ == "VERB" and t.head.tag_ in ("VBD", "VBZ", "VBP")]
    return len(tagged) >= 2 and len(acting) >= 2


def _take_nicknames(tokens: list["Token"], forms: dict[str, tuple[int, int]], recs: list) -> None:
    """A one-word name in quotes right after a full name is that person's nickname, not another
    person: "Prime Minister Pushpa Kamal Dahal 'Prachanda'", 'Mohamed Hamdan Dagalo "Hemedti"'."""
    quoted: dict[str, list[int]] = {}  # a one-token name in quotes: where its opening quote stands
    for i in range(len(tokens) - 2):
        if tokens[i].text in _QUOTES and tokens[i + 2].text in _QUOTES:
            quoted.setdefault(tokens[i + 1].text, []).append(i)
    if not quoted:
        return
    ends = {forms[f][1]: r for r in recs for f in [r.name] + r.aliases if f in forms}
    for r in [r for r in recs if len(r.toks) == 1 and r.name in quoted]:
        real = next((ends[i] for i in quoted[r.name] if ends.get(i, r) is not r), None)
        if real is not None:
            real.aliases.extend(a for a in [r.name] + r.aliases if a not in real.aliases)
            recs.remove(r)


# Adjectives that open a body's name ("United Torah Judaism", "National Rally"), never a person's.
_NAME_OPENING_ADJECTIVES = frozenset({"united", "national", "democratic", "social", "liberal", "free", "popular",
                                      "patriotic", "progressive", "conservative", "socialist", "communist"})


def _tail_of_place(doc: "Doc", s: int, e: int) -> bool:
    """"in the resort Sharm El Sheikh": the words after the first of a place's name the tagger
    gave whole (GPE, LOC, FAC) are no person's name."""
    return s > 0 and doc[s].ent_iob_ == "I" and doc[s].ent_type_ in ("GPE", "LOC", "FAC") and all(
        doc[k].ent_type_ == doc[s].ent_type_ and doc[k].ent_iob_ == "I" for k in range(s, e))


_HEADING_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]{3,}")


def _heading_lines(text: str, body_start: int) -> list[tuple[int, int]]:
    """The body's subheadings: lines written in title case ("US Negotiators Hold High-Stakes
    Meetings in Delhi"), with no closing stop and no comma (not a list line "X, Deputy Minister
    of Y"). Their capitals are the style of a heading, so the tagger's names there are not
    people (the people they speak of are named in the text)."""
    out: list[tuple[int, int]] = []
    at = body_start
    for line in text[body_start:].split("\n"):
        s = line.strip()
        words = _HEADING_WORD.findall(s)
        if s and s[-1] not in ".!?\"\u201d:;," and "," not in s and len(s.split()) <= 20 and len(words) >= 2 \
                and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _split_surname_before_name(doc: "Doc", cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"... in the meeting with Lund Marko Ilic stressed ...": with no comma between them, the
    tagger runs the surname of a person named in full before ("Peter Lund") into the next
    person's name. A candidate that opens with such a surname, followed by two or more words,
    is two names: that surname alone, and the name after it."""
    surnames = {(doc[e - 1].text, s) for s, e in cands if e - s >= 2}
    out: list[tuple[int, int]] = []
    for s, e in cands:
        if e - s >= 3 and any(name == doc[s].text and at < s for name, at in surnames) \
                and all(t.is_title for t in doc[s + 1:e]) and doc[s].whitespace_:
            out.extend([(s, s + 1), (s + 1, e)])
        else:
            out.append((s, e))
    return out


def _owners_of_its(tokens: list["Token"]) -> set[str]:
    """One-word proper names the article makes the owner of "its" ("Paramount had raised its
    offer"): a body, so a two-word "person" opening with that word is the body's full name."""
    out = set()
    for t in tokens:
        if t.pos_ == "PROPN" and t.dep_ == "nsubj" and not any(c.dep_ == "compound" for c in t.children) \
                and any(c.dep_ == "dobj" and any(
                    p.dep_ == "poss" and p.lower_ == "its" for p in c.children) for c in t.head.children):
            out.add(t.text)
    return out


def find_people(doc: "Doc", body_start: int, party_mentions: list[Mention]) -> tuple[list[Person], list[Mention]]:
    """Resolve the people of an article.

    Returns (people ordered by first mention, person mentions in text order). Mentions
    include names, honorific forms, and resolved pronouns/role nouns (`Mention.how`).
    """
    tokens = list(doc)  # one Token object each, read by the passes below (spaCy makes a new one per access)
    party_tok: set[int] = set()
    party_at: dict[int, str] = {}  # token index -> canonical party
    for m in party_mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            party_tok.add(t.i)
            party_at[t.i] = m.target
    for i in _country_given_names(doc, party_tok):
        party_tok.discard(i)  # "Defense Minister Israel Katz": a given name, not the country
        party_at.pop(i, None)

    # 1. candidates ------------------------------------------------------------------
    cands: list[tuple[int, int]] = []
    listed_places = _listed_places(doc)
    text = doc.text  # (built once: each call joins every token)
    brackets = [t for t in tokens if t.text == "("] if "(" in text else []
    short_names = {doc[t.i + 1].text for t in brackets if t.i + 2 < len(doc) and _bracketed_acronym(doc, t.i + 1)}
    # names the article also puts right before a place noun ("the Ban Phakkad checkpoint")
    venue_named: set[str] = set()
    for v in tokens:
        if v.lower_ in _VENUE_NOUNS and v.i > 0 and doc[v.i - 1].pos_ == "PROPN" and doc[v.i - 1].dep_ == "compound":
            k = v.i - 1
            while k - 1 >= 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ == "compound":
                k -= 1
            venue_named.add(doc[k:v.i].text)
        elif v.lower_ in _PLACE_KIND_NOUNS and v.tag_ == "NN" and v.i + 2 < len(doc) and doc[v.i + 1].pos_ == "PROPN" \
                and doc[v.i + 1].ent_type_ == "PERSON" and any(c.dep_ == "det" for c in v.children):
            # "on the largest island Diego Garcia": the place a place noun names
            k = v.i + 1
            while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k + 1].ent_type_ == "PERSON":
                k += 1
            venue_named.add(doc[v.i + 1:k + 1].text)
    faction_named = {doc[s:e].text for s, e in _bracketed_after_body(doc, brackets)}
    its_owners = _owners_of_its(tokens) if " its " in text else set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].text in its_owners:
            continue  # "the offer from Paramount Skydance ... Paramount had raised its offer": a firm
        if ent.label_ == "PERSON" and ent.end < len(doc) and doc[ent.end].lower_ in _VENUE_NOUNS | _MEDIA_NOUNS:
            continue  # "his Turnberry resort", "the Ciragan palace", "Iran's Tasnim news agency"
        if ent.label_ == "PERSON" and _names_an_institution(doc, ent.end):
            continue  # "at the King Abdullah Petroleum Studies and Research Center": a building, not the king
        if ent.label_ == "PERSON" and (any(t.i in listed_places for t in ent) or _held_in(ent.root)):
            continue  # "the A, B and C temples"; "a meeting held in Siem Reap"
        if ent.label_ == "PERSON" and (_told_by_a_source(ent.root) or (
                ent.end < len(doc) and doc[ent.end].lower_ in _ORG_NOUNS)):
            continue  # "a source told Ynet that ...", "the Mossad and Shin Bet intelligence agencies"
        if ent.label_ == "PERSON" and _not_a_person_here(doc, ent):
            continue
        if ent.label_ == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_ in _OUTLET_NOUNS and \
                doc[ent.start - 1].text.islower():
            continue  # "the German newspaper Handelsblatt", "the daily X": a title, not a person
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].lower_ in ORG_TAILS:
            continue  # "Stadler Rail", "Maritime Alliance": a body named after its founder or trade
        if ent.label_ == "PERSON" and _determined(doc, ent):
            continue  # "the Handelsblatt", "the German Handelsblatt": a paper or a body, never a person
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.text in short_names:
            continue  # "Minister of Investment, Trade and Industry (Miti) ... allow Miti to": the ministry
        if ent.label_ == "PERSON" and ent.start_char >= body_start:
            s, e = _trim(doc, ent.start, ent.end, party_tok)
            if s < e and not _after_country_noun(doc, s, party_tok) and not _word_not_name(doc, s, e, party_tok):
                cands.append(_expand(doc, s, e, party_tok))
    for t in tokens:
        if t.idx < body_start:
            continue
        if (_is_role(t) or (t.lower_ in HONORIFICS and (not t.text.isupper() or "." in t.text))) and t.i + 1 < len(doc):
            j = _skip_title_tail(doc, t.i + 1)
            if j >= len(doc):
                continue
            n = doc[j]
            if (_namey(n, party_tok) or _surname_pronoun(doc, n.i)) and (_name_pos(n) or n.pos_ == "VERB"):
                s, e = _expand(doc, n.i, n.i + 1, party_tok)
                s = max(s, j)  # (the name starts after the post's tail: "of the PS Olivier Faure")
                if e - s >= 2 and doc[e - 1].lower_ in ORG_TAILS | _TEAM_NOUNS:
                    continue  # "the Ministers High-Level Working Group": a body, not a person
                if _names_an_institution(doc, e):
                    continue  # "the King Abdullah Petroleum Studies and Research Centre": a building
                if _inside_named_body(doc, s, e) or _tail_of_body_after(doc, s, e):
                    continue  # "leaders of the International Longshore Workers Association": words of a body's name
                if j == t.i + 1 or e - s >= 2:
                    cands.append((s, e))
    # a bare capitalised surname in a participant slot of a meeting ("Akazawa held talks with
    # Lutnick", "X and Y met", "mediated by X") is a person even when spaCy calls it GPE/ORG
    for t in tokens:
        # "Taras Kachka, Deputy Prime Minister of Ukraine, said": a proper name whose apposition
        # is a post is a person, whatever label spaCy gave it
        if t.dep_ == "appos" and t.idx >= body_start and (_is_role(t) or _member_of_team(t)) and t.head.pos_ == "PROPN" and \
                t.head.i < t.i and t.head.ent_type_ not in _NOT_PERSON_ENTS and _namey(t.head, party_tok) and \
                not (t.head.ent_type_ in ("GPE", "LOC", "FAC") and t.head.dep_ == "pobj"
                     and t.head.head.lower_ in ("in", "at", "near", "outside")) and \
                t.head.text not in PLACES and canonical_party(t.head.text) is None:
            h = t.head
            first = min([h.i] + [c.i for c in h.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
            toks = doc[first:h.i + 1]
            if h.i - first <= 3 and all(_namey(x, party_tok) and x.is_alpha for x in toks) and \
                    toks[0].lower_ not in _PLACE_STARTS and (first == 0 or doc[first - 1].text != ")") and \
                    h.i + 1 < len(doc) and doc[h.i + 1].text in (",", "(", "["):
                cands.append(_expand(doc, first, h.i + 1, party_tok))
    body_names = _body_labelled(tokens)
    slot_named: set[str] = set()  # bare names a meeting or a speech verb makes someone
    for t in tokens:
        if t.idx >= body_start and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON") and _namey(t, party_tok) \
                and (_in_meeting_slot(t) or _human_slot(t)) and t.text not in body_names | its_owners \
                and not (t.i > 0 and doc[t.i - 1].lower_ in ("the", "a", "an")) \
                and (t.ent_type_ not in _NOT_PERSON_ENTS or _named_in_full(t)) and not _in_body_name(doc, t) \
                and not (t.i > 2 and doc[t.i - 1].lower_ == "or" and doc[t.i - 2].text == ","
                         and doc[t.i - 3].ent_type_ == "ORG") \
                and t.text not in PLACES and canonical_party(t.text) is None:
            cands.append(_expand(doc, t.i, t.i + 1, party_tok))
            slot_named.add(t.text)
    # "A B (Energy), C D (Health) and E F (Labour)": the names of a list whose items each carry a
    # bracketed gloss are people when one of them is, whatever label spaCy gave the others
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start_char >= body_start and _glossed(doc, ent.end) is not None:
            cands.extend(_glossed_list(doc, ent.start, ent.end, party_tok))
    # "Reza Tavana and Kazem Rostami": a two- or three-word proper name joined by "and" to a
    # person is a person too, whatever label spaCy gave it
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start_char < body_start:
            continue
        for j, step in ((ent.end, 1), (ent.start - 1, -1)):
            if not (0 <= j < len(doc)) or doc[j].lower_ not in ("and", ","):
                continue
            if doc[j].text == "," and step == 1 and j + 1 < len(doc) and doc[j + 1].lower_ == "and":
                j += 1  # "A, B, and C"
            k = j + step
            run = []
            while 0 <= k < len(doc) and len(run) < 4 and doc[k].pos_ == "PROPN" and _namey(doc[k], party_tok) \
                    and doc[k].ent_type_ not in _NOT_PERSON_ENTS:
                run.append(k)
                k += step
            stop = k if 0 <= k < len(doc) else None
            listed = doc[j].lower_ == "and" or (stop is not None and doc[stop].lower_ in (",", "and"))
            if 2 <= len(run) <= 4 and listed and not any(doc[k].text in body_names for k in run):
                # "A, B, Mawlawi Noorul Rahman Nusrat, C" (not "A and Nippon Ishin chief B", a party
                # the article otherwise labels an organisation)
                cands.append(_expand(doc, min(run), max(run) + 1, party_tok))
    # "led by the Commission's Sabine Weyand": the tagger took the body, its possessive and the
    # person after it for one organisation; the two or three names after the "'s" are a person's
    # (not a building's: "Istanbul's Ciragan Palace")
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "FAC") or ent.start_char < body_start:
            continue
        own = next((t.i for t in ent if t.text in ("'s", "\u2019s")), None) if ent.label_ == "ORG" else None
        if own is None and ent.start > 1 and doc[ent.start - 1].text in ("'s", "\u2019s") \
                and (doc[ent.start - 2].ent_type_ == "ORG" or canonical_party(doc[ent.start - 2].text) is not None):
            own = ent.start - 1  # (or the two as entities of their own: "the Commission" "'s" "Sabine Weyand";
            # "Azerbaijan's Elnur Mammadov", a country's possessive before a name labelled a body)
        end = ent.end
        if own == ent.end - 1:  # (or the entity ends at the "'s" and the name after it has none)
            while end < len(doc) and end - own <= 3 and doc[end].ent_type_ == "" and doc[end].pos_ == "PROPN":
                end += 1
        run = doc[own + 1:end] if own is not None else []
        if 2 <= len(run) <= 3 and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.is_upper
                                      and t.lower_ not in NOT_NAME_WORDS | ORG_TAILS | _BODY_HEADS | _VENUE_NOUNS
                                      and not _is_role(t) for t in run) \
                and (end >= len(doc) or not doc[end].text[:1].isupper()):
            cands.append((run[0].i, run[-1].i + 1))
    commas = [t for t in tokens if t.text == ","]
    cands.extend(_posted_list_names(doc, commas, party_tok, body_start))
    cands.extend(_bracketed_after_country(doc, brackets, party_tok, body_start))
    # a short form may occur once in full elsewhere: "Ahn" ... "Minister ... Ahn Duk-geun"
    short = {doc[s].text for s, e in cands if e - s == 1}
    if short:
        for t in tokens:
            if t.text in short and t.idx >= body_start:
                s, e = _expand(doc, t.i, t.i + 1, party_tok)
                if e - s > 1:
                    cands.append((s, e))
    gov_named: dict[str, int] = {}  # surname -> first offset of "the <surname> administration"
    for g in tokens:
        # "the Trump administration", "the Meloni government": a government named after its
        # head names that person, whatever label spaCy gave the surname
        if g.lower_ not in ("administration", "government") or g.i < 2 or g.idx < body_start:
            continue
        t = doc[g.i - 1]
        if g.i + 1 < len(doc) and doc[g.i + 1].lower_ == "of":
            continue  # "the Libertarian Government of President X": the government is X's, not "Libertarian"'s
        if doc[g.i - 2].lower_ == "the" and t.pos_ == "PROPN" and t.is_alpha \
                and t.text[0].isupper() and not t.text.isupper() \
                and t.lower_ not in NOT_NAME_WORDS and t.text not in PLACES and canonical_party(t.text) is None \
                and t.ent_type_ not in ("GPE", "NORP", "LOC"):
            cands.append((t.i, t.i + 1))
            gov_named.setdefault(t.text, t.idx)
    # a well-known negotiator the article names only bare, where spaCy gave no PERSON label
    # ("the accord that Trump dumped", "lectured Trump for an hour", "To Lam")
    covered = {i for s, e in cands for i in range(s, e)}
    for t in tokens:
        if t.idx < body_start or t.i in covered or t.i in party_tok or not t.is_alpha or not t.text[0].isupper() \
                or t.text.isupper() or (t.ent_type_ in _NOT_PERSON_ENTS and not (
                    t.ent_type_ == "NORP" and _in_meeting_slot(t))) or t.text in PLACES \
                or _is_role(t) or canonical_party(t.text) is not None:
            continue  # (a known surname the tagger took for a nationality may still be met: "Modi met Albanese")
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.lower_ in NOT_NAME_WORDS and nxt is not None and known_side(f"{t.text} {nxt.text}") is None:
            continue
        if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and nxt.i not in party_tok \
                and known_side(f"{t.text} {nxt.text}") is not None:
            cands.append((t.i, t.i + 2))  # "To Lam": a full form of the list
            covered |= {t.i, t.i + 1}
        elif known_side(t.text) is not None and (nxt is None or not nxt.text[:1].isupper()) and \
                not (nxt is not None and nxt.lower_ in _ERA_NOUNS) and \
                (t.i == 0 or not doc[t.i - 1].text[:1].isupper() or doc[t.i - 1].lower_ in ROLE_WORDS
                 or _sentence_initial(doc, t.i)):
            # a bare surname only the list's one person bears (with its particles: "Von der Leyen urged")
            cands.append(_expand(doc, t.i, t.i + 1, party_tok) if t.i > 0 and doc[t.i - 1].lower_ in PARTICLES
                         else (t.i, t.i + 1))
    which_named = _which_named(doc, commas) if ", which" in text else set()
    # a name that one of its mentions shows to be a body ("Clan del Golfo, the country's largest
    # criminal organisation,") or a party ("Nippon Ishin no Kai (...Party)") is one everywhere
    bodies = {doc[s:e].text for s, e in cands if _named_as_body(doc, s, e)}
    # "pressure from United Torah Judaism and Shas": the tail of a body's name the tagger gave
    # whole, after the adjective that opens it
    bodies |= {doc[s:e].text for s, e in cands if 0 < s and doc[s].ent_iob_ == "I" and all(
        doc[k].ent_type_ == "ORG" for k in range(s, e)) and doc[s - 1].ent_iob_ == "B"
        and doc[s - 1].lower_ in _NAME_OPENING_ADJECTIVES and doc[s - 1].text[:1].isupper()}
    singles = {doc[s].text for s, e in cands if e - s == 1} - bodies
    if singles:  # "Uasu is now demanding ... Uasu chairman Richard Okero": a body wherever its post shows it
        bodies |= {t.text for t in tokens if t.text in singles and _owns_post_before_person(doc, t.i + 1)}
    bodies |= {name for name in {doc[s:e].text for s, e in cands} - bodies if _glossed_elsewhere(text, name)}
    cands = [(s, e) for s, e in cands if not any(i in listed_places for i in range(s, e))
             and not any(_place_slot(doc[i]) for i in range(s, e)) and not _geographic(doc, s, e)
             and not _tail_of_place(doc, s, e)
             and doc[e - 1].lower_ not in _COMPANY_TAILS and doc[s:e].text not in which_named
             and doc[s:e].text not in bodies]
    cands = _split_surname_before_name(doc, cands)
    filed = body_start + dateline_end(text[body_start:body_start + 120])
    if filed > body_start:  # "Tianjin (China): ...": the dateline's place is no person
        cands = [(s, e) for s, e in cands if not body_start <= doc[s].idx < filed]
    headings = _heading_lines(text, body_start)
    if headings:  # "Araghchi Reaffirms Iran's Right ...": a subheading's capitals make no name
        cands = [(s, e) for s, e in cands if not any(a <= doc[s].idx < b for a, b in headings)]
    # 2. validate, build records from the longest forms first -------------------------
    forms: dict[str, tuple[int, int]] = {}
    for s, e in cands:
        if abbreviated_given(doc, s) and e - s == 1:
            continue  # "Ma" of "Ma. Theresa Lazaro": the first of a longer name, not a name alone
        if s >= 2 and abbreviated_given(doc, s - 2):
            s -= 2  # "Secretary Ma. Theresa Lazaro": "Ma." (Maria) opens the name
        while e - s >= 2 and doc[s].text.startswith("(") and doc[s].lower_ in HONORIFICS:
            s += 1  # "(Rtd) X": a retired officer's mark, one token (see `pipeline.add_components`)
        while e - s > 2 and (doc[s].lower_.rstrip("'’") in _STYLE_WORDS or (
                doc[s].lower_ == "tan" and doc[s + 1].lower_ == "sri") or (doc[s].text == "H" and doc[s + 1].text == "E")):
            s += 2 if doc[s].lower_ == "tan" or doc[s].text == "H" else 1
            # forms of address: "Dato' Seri X", "Samdech ... Hun X", "Tan Sri X", "H E X" (His Excellency)
        while e - s > 2 and (doc[s].lower_ in _PORTFOLIOS
                             or doc[s].text[:1].isupper() and doc[s + 1].lower_ in _PORTFOLIOS) \
                and any(doc[k].lower_ in ("for", "of", "on") for k in range(max(0, s - 6), s)):
            s += 1  # "Undersecretary for Policy X Y", "for FTA Policy X Y": the portfolio ends the title
        name = _name_text(doc, s, e)
        if _PLACE_HYPHENS.search(doc[s:min(e + 3, len(doc))].text):
            continue  # "Niagara-on-the-Lake", "Stratford-upon-Avon": a town, not a person
        if "/" in name:
            continue  # "King Soopers/ City Market": two firms' names written as one
        if doc[s].lower_ in _PLACE_FIRST_WORDS and e - s >= 2:
            continue  # "Qasr Al-Yamamah", "Rio Grande", "Lake Chad": a place named by its kind
        if _listed_after_heads_of(doc, s):
            continue  # "the heads of Memur-Sen, Türkiye Kamu Sen and Birleşik Kamu İş": bodies
        if name in venue_named or name in faction_named:
            continue  # "at Ban Phakkad ... via the Ban Phakkad checkpoint": a place wherever it recurs;
            # "the Lok Janshakti Party (Ram Vilas) ... the LJP (Ram Vilas)": a faction wherever it recurs
        if s >= 2 and doc[s - 1].text in ("-", "\u2010") and not doc[s - 1].whitespace_ \
                and not doc[s - 2].whitespace_ and doc[s - 2].text[:1].isupper():
            continue  # "Sutter" of "Karin Keller-Sutter": the tail of a double-barrelled name, no alias
        if e < len(doc) and doc[e].ent_type_ == "PERSON" and doc[e].ent_iob_ == "I" and doc[s].ent_iob_ == "B" \
                and doc[s].ent_type_ == "PERSON" and all(doc[k].ent_iob_ == "I" for k in range(s + 1, e)) \
                and doc[e].text[:1].isupper():
            continue  # "Omar" of "Omar Said Nur" ("Said" read as a verb): the start of a longer name there
        if _valid(name) and name not in forms:
            forms[name] = (s, e)
    recs: list[_Rec] = []
    for name in sorted(forms, key=lambda n: (-len(_name_tokens(n)), forms[n][0])):
        toks = _name_tokens(name)
        owner = _owner(recs, toks)
        if owner is None:
            recs.append(_Rec(name=name, toks=toks))
        elif name != owner.name and name not in owner.aliases:
            owner.aliases.append(name)

    # "A B, alias C D", "A B, also known as C": the second name is another name of the first
    for name, (s, e) in forms.items():
        k = s - 1
        while k >= 0 and doc[k].text in _QUOTES:
            k -= 1
        if k >= 0 and doc[k].lower_ in ("alias", "aka", "a.k.a.", "a.k.a") or (
                k >= 2 and doc[k].lower_ == "as" and doc[k - 1].lower_ == "known" and doc[k - 2].lower_ == "also"):
            k -= 3 if doc[k].lower_ == "as" else 1
            k -= k >= 0 and doc[k].text == ","
            alias = next((r for r in recs if r.name == name or name in r.aliases), None)
            real = next((r for r in recs for f in [r.name] + r.aliases
                         if forms.get(f, (-1, -1))[1] == k + 1), None)
            if alias is not None and real is not None and alias is not real:
                real.aliases.extend(a for a in [alias.name] + alias.aliases if a not in real.aliases)
                recs.remove(alias)
    _take_nicknames(tokens, forms, recs)

    # 3. every occurrence of a known form is a mention --------------------------------
    # the surname alone is a form of a full name even when spaCy never tagged it PERSON
    surname_owner: dict[str, list[_Rec]] = {}
    for r in recs:
        if len(r.toks) >= 2:
            surname_owner.setdefault(r.toks[-1], []).append(r)
    index: dict[str, list[tuple[list[str], _Rec]]] = {}
    for r in recs:
        extra = []
        sur = r.toks[-1]
        if len(r.toks) >= 2 and len(surname_owner.get(sur, [])) == 1 and len(sur) >= 3 \
                and sur.lower() not in NOT_NAME_WORDS and canonical_party(sur) is None:
            extra.append(sur)
        if len(r.toks) >= 2 and r.toks[0] == "He" and len(surname_owner.get(r.toks[-1], [])) <= 1:
            extra.append("He")  # "..., He emphasized": capitalised mid-sentence, not the pronoun
        for form in [r.name] + r.aliases + extra:
            ft = _doc_tokens(form)
            index.setdefault(ft[0], []).append((ft, r))
    for lst in index.values():
        lst.sort(key=lambda x: -len(x[0]))
    raw: list[tuple[int, int, _Rec, str]] = []  # token start, end, rec, how
    i = 0
    n_tok = len(doc)
    while i < n_tok:
        t = doc[i]
        hit = None
        for ft, r in index.get(t.text, ()):
            j = i + len(ft)
            if j <= n_tok and [x.text for x in doc[i:j]] == ft:
                hit = (i, j, r)
                break
        if hit is None:
            i += 1
            continue
        s, e, r = hit
        nxt = doc[e].lower_ if e < n_tok else ""
        if nxt in ("administration", "government", "cabinet", "camp") and len(_doc_tokens(r.name)) >= 1:
            # "the Trump administration" names a side, not the person
            i = e
            continue
        if e - s == 1 and t.lower_ in PERSON_PRONOUNS | {"it", "li"} and t.lower_ != "li" \
                and _sentence_initial(doc, s):
            i = e  # "He said..." is a pronoun even when "He" is a surname
            continue
        how = "name"
        form_txt = doc[s:e].text
        if form_txt != r.name and form_txt not in r.aliases:
            r.aliases.append(form_txt)
        if s > 0 and doc[s - 1].lower_ in HONORIFICS:
            form = f"{doc[s - 1].text} {doc[s:e].text}"
            if form not in r.aliases and form != r.name and not form.startswith("("):  # (not "(Rtd) X")
                r.aliases.append(form)
            how = "title"
        raw.append((s, e, r, how))
        i = e

    # 4. titles and countries ----------------------------------------------------------
    starts = {x[0]: x[1] for x in raw}
    shared: dict[int, str] = {}  # mention start -> the post a list's plural title gives it
    for s, e, r, how in raw:
        title, country = _titles_before(doc, s - 2 if s >= 2 and abbreviated_given(doc, s - 2) else s, party_at)
        if not title:
            t2, c2 = _title_after(doc, e, party_at, starts)
            title, country = t2 or title, country or c2
        elif country is None and (title.split()[-1].lower() in _RANKS or title.lower() == "ambassador"):
            # "Major General X, Pakistan's director general of military operations,", "Ambassador X,
            # Kenya's intelligence chief,": a rank or style before the name, the side in the post after it
            country = _title_after(doc, e, party_at, starts)[1]
            if country is None and len(title.split()) == 1 and s >= 3 and doc[s - 2].text == ",":
                # "Kenya's army chief, General X": the post before the rank
                t3, country = _titles_before(doc, s - 1, party_at)
                title = t3 or title
        if title and title.lower().startswith("country ") and s >= 2:
            # "the country's military intelligence chief X": the country told last before him
            title = title[len("country "):]
            prior = [party_at[k] for k in sorted(party_at) if k < s and not (
                compound_head(doc[k]).head.dep_ == "prep"
                and compound_head(doc[k]).head.lower_ in ("in", "at", "to", "from"))]  # (not a venue)
            country = country or (prior[-1] if prior else None)
        plural = bool(title) and _plural_post(title.rsplit(" ", 1)[-1].lower())
        if plural:  # "The foreign ministers, A and B": each is a foreign minister
            title = title[:-1]
        title = title or shared.get(s)
        if title and (plural or s in shared):  # the post passes down the list
            nxt = _next_in_list(doc, e, party_at, starts)
            if nxt is not None:
                shared[nxt] = title
        if title:
            r.titles.append(title)
        if country:
            r.countries.append(country)
        if not country and e + 1 < len(doc) and doc[e].lower_ == "of" and (e + 1) in party_at:
            country = party_at[e + 1]  # "President X of Mexico"
            r.countries.append(country)
        c3 = _led_by_country(doc, s, party_at) or _leads_country(doc, e, party_at)
        if not (country or c3):
            c3 = _side_named_after(doc, e, party_at, starts)
        if c3:
            r.countries.append(c3)
        start_char = doc[s].idx
        r.first = min(r.first, start_char)
        if start_char >= body_start:
            r.in_body = True
    # government metonyms named after a person: "the Trump administration" -> his country
    for m in party_mentions:
        words = m.text.split()
        if len(words) >= 2 and words[-1].lower() in ("administration", "government"):
            for r in recs:
                if r.toks[-1] in words[:-1] or any(a in words for a in r.aliases):
                    r.countries.append(m.target)
                    if m.start >= body_start:
                        r.in_body, r.by_government = True, True
                        r.first = min(r.first, m.start)

    for r in recs:
        if r.name in gov_named:
            r.in_body, r.by_government = True, True
            r.first = min(r.first, gov_named[r.name])
    recs = [r for r in recs if r.in_body and (r.by_government or any(x[2] is r for x in raw))]
    # one bare word with no post, no "Mr"/"Dr", no seat at a meeting or speech of its own, and no
    # well-known holder of that name is more often a place, a paper or a firm the tagger took
    # for a person ("according to Spiegel", "the border points A, B, C and D") than someone
    # the article leaves unnamed in full
    titled = {id(x[2]) for x in raw if x[3] == "title"}
    recs = [r for r in recs if len(r.name.split()) > 1 or r.titles or r.by_government or id(r) in titled
            or r.name in slot_named or known_side(r.name) is not None or _acts_as_a_person(doc, raw, r)]
    # one bare word the tagger never once calls a person, kept only for its post or its "Mr", in
    # an article that never gives a fuller name, is more often a body or a place than a person
    # (a bare name seated at a meeting or a speech verb stays: "Takeda held talks with Harlan")
    told_by_name = {id(r) for s, e, r, how in raw if how == "name"}
    tagged = {id(r) for s, e, r, how in raw if how == "name" and any(t.ent_type_ == "PERSON" for t in doc[s:e])}
    recs = [r for r in recs if len(r.name.split()) > 1 or id(r) in tagged or id(r) not in told_by_name
            or r.by_government or known_side(r.name) is not None
            or bool(set(re.split(r"[-\s]", r.name)) & slot_named)]
    # one bare word with no post, written three times or more, that the tagger mostly reads as a
    # place or a people ("Cambodia to resume border talks" for a country no list knows) is no
    # person, seated at a meeting or not (a surname told once or twice may be tagged a place)
    one_word = {r.name for r in recs if len(r.name.split()) == 1 and not r.titles}
    if one_word:
        tags: dict[str, Counter] = {n: Counter() for n in one_word}
        for t in tokens:
            if t.text in tags:
                tags[t.text][t.ent_type_ in _PLACE_ENTS] += 1
        recs = [r for r in recs if r.name not in one_word or tags[r.name].total() < 3
                or tags[r.name][True] * 2 <= tags[r.name].total()]
    keep = set(id(r) for r in recs)
    raw = [x for x in raw if id(x[2]) in keep]

    article_parties = {m.target for m in party_mentions}
    filed_in = _dateline_country(text, body_start, party_mentions)
    people: list[Person] = []
    respective = _respective_sides(doc, tokens, raw, party_at)
    for r in sorted(recs, key=lambda r: r.first):
        title = _best_title([t for t in r.titles if t.lower() not in ("counterpart", "counterparts")])
        country = respective.get(id(r)) or _vote(r.countries)
        if country is None and title and any(u in title.lower() for u in US_ONLY_TITLES) and not (
                _SECRETARY_STATES & article_parties and ("commerce secretary" in title.lower() or (
                    "secretary" in title.lower() and "United States" not in article_parties))) \
                and "secretary of state for" not in title.lower():
            country = "United States"  # (not a Commerce Secretary in Delhi, a Treasury Secretary in Colombo,
            # nor a "Secretary of State for Health": a post of London, Madrid or Paris)
        if country is None and title and _EU_POST.match(title):
            country = "European Union"  # "European Trade Commissioner X": the bloc's post
        if country is None and filed_in is not None and title and _STATE_POST.search(title):
            country = filed_in  # "ACCRA - ... Finance Minister X": a state's post, in the land the report is filed from
        aliases = [a for a in r.aliases if a != r.name]
        people.append(Person(name=r.name, aliases=aliases, title=title, country=country))
    by_name = {p.name: p for p in people}

    mentions = [Mention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), doc[s:e].text,
                        r.name, how) for s, e, r, how in raw if r.name in by_name]

    # 5. pronouns and role nouns -------------------------------------------------------
    mentions.extend(_resolve_pronouns(doc, mentions, by_name))
    mentions.sort(key=lambda m: (m.start, m.end))
    return people, mentions
