"""Wiring: spaCy Doc -> ArticleContext -> Extraction.

Why separate from `__init__`: the public API only loads the model and feeds texts through
`nlp.pipe`; this module holds the per-document steps, in dependency order (parties ->
people -> meetings -> positions), each reading the shared `ArticleContext`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from typing import TYPE_CHECKING

from . import meetings as _meetings
from .context import ArticleContext, Mention
from .dates import dateline_end
from .model import Extraction, Party
from .parties import FAMILIES, all_aliases, canonical_party, continental, party_kind
from .people import abbreviated_given, find_people
from .people.lexicon import ABBREVIATED_GIVEN
from .sides import NEWS_AGENCIES, body_table, find_sides, initials, is_code, named_by_force_noun

from .positions import find_positions  # demands/concessions (owned by the positions step)
from .learned_concessions import concession_model, learned_concessions
from .learned_pairs import PairModel, learned_meetings, pair_model

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)
_MATCHERS: dict[int, object] = {}
_TOKENIZERS_DONE: set[int] = set()
NEWLINE_SENTS = "parley_newline_sents"
PREFIXED_LEMMAS = "parley_prefixed_lemmas"


_TIME_ZONES = frozenset({"GMT", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "CET", "CEST",
                         "BST", "IST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "MSK", "EET", "EEST", "WIB"})


def _newline_sents(doc: "Doc") -> "Doc":
    """A token after a line break starts a sentence (headline, paragraphs, datelines)."""
    line_starts = [0] if len(doc) and not doc[0].is_space else []
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            if not doc[i].is_space:
                doc[i].is_sent_start = True
                line_starts.append(i)
        elif doc[i].text[:1].isupper() and (
                prev.text.rstrip(".") in _ABBREVIATED_WORDS and prev.text.endswith(".") or
                prev.text == "." and i >= 2 and doc[i - 2].text in _ABBREVIATED_TITLES and not doc[i - 2].whitespace_):
            doc[i].is_sent_start = False  # "... and Eng. Nizar X": a title, not a sentence end
        elif prev.lower_ in ("a.m.", "p.m.") and (doc[i].text in _TIME_ZONES or (
                i + 1 < len(doc) and doc[i + 1].lower_ == "time")):
            doc[i].is_sent_start = False  # "began around 10 a.m. Macau time on Wednesday": the hour's zone
        elif prev.text == "." and i >= 2 and abbreviated_given(doc, i - 2):
            doc[i].is_sent_start = False  # "Secretary Ma. Theresa Lazaro": Maria, not a sentence end
        elif (prev.is_alpha and prev.text not in _ABBREVIATED_TITLES and not doc[i].is_punct) or \
                (prev.text == "," and doc[i].is_alpha):
            doc[i].is_sent_start = False  # "... and Commerce Ministry Additional Secretary X": no full stop, no new sentence
        elif prev.text == ")" and i >= 4 and doc[i - 3].text == "(" and doc[i - 2].text.isupper() and \
                doc[i - 4].is_alpha and doc[i].is_alpha:
            doc[i].is_sent_start = False  # "U.S. Trade Representative (USTR) X": the post's acronym, no end
        elif doc[i].text in ("[", "(") and prev.text not in (".", "!", "?", "\"", "”") and i + 1 < len(doc):
            doc[i].is_sent_start = False  # "A [Ukraine's minister], B": a gloss inside the sentence
            doc[i + 1].is_sent_start = False
    text = doc.text
    _dateline_whole(doc, text, line_starts)
    if "it-down" in text:  # "a surprise sit-down between A and B": a noun, whatever the tagger guessed
        for t in doc:
            if t.lower_ in ("sit-down", "sit-downs"):
                t.tag_ = "NNS" if t.lower_.endswith("s") else "NN"
    return doc


def _dateline_whole(doc: "Doc", text: str, line_starts: list[int]) -> None:
    """"BEIJING, Dec. 24 (Xinhua) -- A met B": a dateline opening a line ends no sentence inside
    it (the parser would cut after the city or the abbreviated month and read the rest of the
    dateline as the start of the sentence). `line_starts`: the first token of each line."""
    for i in line_starts:
        t = doc[i]
        end = t.idx + dateline_end(text[t.idx:t.idx + 120])
        k = i + 1
        while k < len(doc) and doc[k].idx < end:
            doc[k].is_sent_start = False
            k += 1


_ABBREVIATED_TITLES = frozenset({"Eng", "Atty", "Lt", "Col", "Maj", "Gen", "Brig", "Capt", "Cmdr", "Adm", "Sgt", "Amb",
                                 "Sen", "Rep", "Gov", "Prof", "Dr", "Mr", "Mrs", "Ms", "Hon", "Rev", "Insp"})
# the same, with the abbreviated given names ("Md." for Mohammad, which the tokenizer keeps whole
# with its dot)
_ABBREVIATED_WORDS = _ABBREVIATED_TITLES | ABBREVIATED_GIVEN


_RETIRED_MARKS = ("(Ret.)", "(Ret)", "(Rtd)", "(Rtd.)", "(Retd)", "(Retd.)", "(retd)", "(retd.)", "(rtd)")
_PREFIXED_WORD = re.compile(r"[Cc]o-(?:operat|ordinat)[a-z]*$")  # (not "co-chair": a post the lists spell so)


def add_components(nlp: "Language") -> None:
    """Register and add our pre-parser component (idempotent); teach the tokenizer the
    possessive typed with an opening quote ("Tinubu‘s invitation"), so the name stands alone,
    and the meeting noun "sit-down" as one word."""
    from spacy.language import Language
    from spacy.util import compile_infix_regex, compile_suffix_regex

    if isinstance(nlp.tokenizer, StraightApostrophes):
        nlp.tokenizer = nlp.tokenizer.tokenizer
    if id(nlp.tokenizer) not in _TOKENIZERS_DONE:
        suffixes = list(nlp.Defaults.suffixes) + [r"‘s$", r"‘S$"]
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        # "(Jiji Press)--Taro Kono met ...": a dateline's double dash typed without spaces
        # parts the bracket, the dash and the name (the default rules keep "Press)--Taro" whole)
        infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Za-z])\)(?=--|–|—)", r"(?<=\))(?:--|–|—)(?=[A-Za-z])"]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        # "agreed to co-operate": one verb (split, the parser reads "co" as a verb of its own and
        # hangs the rest anywhere; "re-" words stay split, which the meeting rules read as such)
        nlp.tokenizer.token_match = _PREFIXED_WORD.match
        for form in ("sit-down", "sit-downs", "Sit-down", "Sit-downs"):
            # "brokered a surprise sit-down between A and B": one meeting noun, not "sit", "-", "down"
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
        for form in _RETIRED_MARKS:
            # "General (Ret.) X": one word of the officer's style (split, the parser ends the
            # sentence at the bracket and X stands alone)
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
        _TOKENIZERS_DONE.add(id(nlp.tokenizer))

    nlp.tokenizer = StraightApostrophes(nlp.tokenizer)

    if NEWLINE_SENTS not in Language.factories:
        Language.component(NEWLINE_SENTS, func=_newline_sents)
    if NEWLINE_SENTS not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe(NEWLINE_SENTS, before=before)
        else:
            nlp.add_pipe(NEWLINE_SENTS, first=True)
    if PREFIXED_LEMMAS not in Language.factories:
        Language.component(PREFIXED_LEMMAS, func=_prefixed_lemmas)
    if PREFIXED_LEMMAS not in nlp.pipe_names:
        nlp.add_pipe(PREFIXED_LEMMAS, last=True)


# A typographic apostrophe after a letter or digit ("Trump’s envoy", "workers’ pay", "don’t"),
# or after an abbreviation's full stop ("the U.S.’ new duties").
_TYPED_APOSTROPHE = re.compile(r"(?<=\w)[\u2019\u2018]|(?<=\w\.)\u2019")
# Doc.user_data key: the article as given, when the parsed text differs from it.
ORIGINAL_TEXT = "parley_original_text"


class StraightApostrophes:
    """The tokenizer, fed the text with typographic apostrophes typed straight.

    Why: the small English models learned the possessive and the contraction from text typed
    with "'". Given "Trump’s Middle East Envoy, Steve Witkoff" the tagger reads "’s" as a closing
    quote, the parser hangs "Trump" as a conjunct of the name before, and the meeting rules seat
    him at the talks; half the articles we read use the curly form. The swap is one character
    for one, so every offset stays valid for the text as given, which is kept in
    `doc.user_data[ORIGINAL_TEXT]`: the article context reads and quotes that text (evidence,
    names spelt as written), the parse reads the straight one.
    """

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> "Doc":
        plain = _TYPED_APOSTROPHE.sub("'", text) if ("\u2019" in text or "\u2018" in text) else text
        doc = self.tokenizer(plain)
        if plain != text:
            doc.user_data[ORIGINAL_TEXT] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


def _prefixed_lemmas(doc: "Doc") -> "Doc":
    """'co-operate' is 'cooperate', 'co-ordinate' is 'coordinate': the word lists hold the closed-up
    spellings, so a prefixed word kept whole by the tokenizer takes that lemma."""
    for tok in doc:
        if "-" in tok.text and _PREFIXED_WORD.match(tok.text):
            tok.lemma_ = tok.lemma_.replace("-", "", 1)
    return doc


def party_matcher(nlp: "Language"):
    """One PhraseMatcher per vocabulary with every party alias (built once per process)."""
    key = id(nlp.vocab)
    m = _MATCHERS.get(key)
    if m is None:
        from spacy.matcher import PhraseMatcher

        m = PhraseMatcher(nlp.vocab, attr="ORTH")
        for canon, forms in all_aliases().items():
            m.add(canon, [nlp.make_doc(f) for f in forms])
        _MATCHERS[key] = m
    return m


def find_party_mentions(doc: "Doc", matcher) -> list[Mention]:
    """Longest non-overlapping party mentions, canonicalised."""
    from spacy.util import filter_spans

    spans = filter_spans(matcher(doc, as_spans=True))
    found = [Mention(sp.start_char, sp.end_char, sp.text, sp.label_, "party") for sp in spans
             if not (sp.text.endswith("Department") and sp.end < len(doc) and doc[sp.end].lower_ == "of")]
    # (not "the State Department of Public Health": another country's department, named in full)
    text = doc.text  # (built from the tokens at each access: read once)
    found = [m for m in found if not (m.text.startswith("American") and continental(text, m.start))]
    # ("the South American bloc", "Latin American leaders": a continent's, not the United States')
    found = [m for m in found if not _in_outlet_name(text, m)]
    found = [m for m in found if not (m.target in FAMILIES and _inside_longer_name(doc, m))]
    return _drop_redefined_codes(text, _references_told(found))


def _inside_longer_name(doc: "Doc", m: Mention) -> bool:
    """"the Sweden Democrats", "the Social Democrats", "the Republican Guard", "the Republican
    People's Party", "Australian Greens": the family's word is part of another name (a
    capitalised word right before it, not opening the sentence, or right after it); or it only
    describes one person ("the Republican president")."""
    sp = doc.char_span(m.start, m.end)
    if sp is None:
        return True
    before = doc[sp.start - 1] if sp.start > 0 else None
    after = doc[sp.end] if sp.end < len(doc) else None
    if before is not None and before.text[:1].isupper() and not before.is_sent_start and before.is_alpha \
            and before.lower_ not in ("the", "senate", "house", "congressional", "top", "leading"):
        return True
    if after is not None and after.tag_ == "NN" and m.text in ("Republican", "Democrat", "Democratic"):
        return True  # "the Republican president said": one person's party, not a side at the table
    return after is not None and after.text[:1].isupper() and after.pos_ == "PROPN" and after.ent_type_ != "PERSON" \
        and after.lower_ not in ("senator", "sen.", "rep.", "leader", "lawmakers")


# The words of a news outlet's name around a country's ("China Daily", "the Korea Times",
# "Guardian UK", "the Times of India"): the paper, no party.
_OUTLET_AFTER = re.compile(r" (?:Times|Herald|Tribune|Telegraph|Journal|Express|Daily|Gazette|Independent|"
                           r"Observer|Chronicle|Monitor|News|Today|Insider|Dispatch|Courier|Reporter)\b(?! of\b)")
_OUTLET_BEFORE = re.compile(r"\b(?:Guardian|Times|Tribune|Telegraph|Express|Herald|Post|Independent)(?: of)? $")


def _in_outlet_name(text: str, m: Mention) -> bool:
    """Is the party mention part of a newspaper's name ("According to Guardian UK", "China Daily
    reported")?"""
    if not m.text[:1].isupper() or m.text.lower().startswith("the "):
        return False
    if re.match(r" Post\b", text[m.end:m.end + 6]) and m.text != m.target:
        return True  # "the Washington Post" (a city's paper; but "Canada Post", "Chile Post": a country's firm)
    return bool(_OUTLET_AFTER.match(text, m.end) or _OUTLET_BEFORE.search(text[max(0, m.start - 20):m.start]))


# Parties an article may call by a common noun once it has named them: "the bloc" (the EU when
# no other bloc was named: the party list's default), "the Fund", "the lender".
_BLOCS = frozenset({"European Union", "Mercosur", "ASEAN", "African Union", "Gulf Cooperation Council", "ECOWAS",
                    "SADC", "East African Community", "CARICOM", "BRICS"})
_LENDERS = frozenset({"IMF", "World Bank"})
_REFERENCES = {"the bloc": _BLOCS, "the fund": frozenset({"IMF"}), "the lender": _LENDERS}


def _references_told(found: list[Mention]) -> list[Mention]:
    """"Mercosur ... the bloc asked Brussels to ...": a bare "the bloc" is the bloc named last
    before it; "the IMF ... the Fund / the lender demanded ...": the lender named last (with none
    named before, "the Fund" and "the lender" name no party)."""
    last: dict[str, str] = {}
    out = []
    for m in found:
        low = m.text.lower()
        if low in _REFERENCES:
            told = last.get(low)
            if told is not None and told != m.target:
                m = Mention(m.start, m.end, m.text, told, m.how)
            elif told is None and low != "the bloc":
                continue
        else:
            for ref, kinds in _REFERENCES.items():
                if m.target in kinds:
                    last[ref] = m.target
        out.append(m)
    return out


def _drop_redefined_codes(text: str, found: list[Mention]) -> list[Mention]:
    """"the Resilience and Sustainability Facility (RSF)": a code the article itself defines as
    something else is not the party the lexicon knows by it (the Rapid Support Forces) anywhere
    in that article."""
    if "(" not in text:
        return found
    other: set[str] = set()
    for code, target in {(m.text, m.target) for m in found if m.text.isupper()}:
        at = text.find(f"({code})")
        if at < 0:
            continue
        before = text[max(0, at - 80):at].rstrip()
        # (the spelt-out name holds a name of the same party: "United States Trade Representative (USTR)")
        if any(x.end <= at and at - x.start <= len(before) and x.target == target for x in found):
            continue
        if initials(before.split(".")[-1].split(",")[-1]).endswith(code):
            other.add(code)  # spelt out right before the bracket as a name of something else
    return [m for m in found if m.text not in other]


def body_start(text: str) -> int:
    """Character offset where the body starts (after the headline line)."""
    i = text.find("\n")
    return i + 1 if i >= 0 else 0


def build_context(doc: "Doc", published: dt.date | None, matcher) -> ArticleContext:
    """Parties and people of one parsed article."""
    text = doc.user_data.get(ORIGINAL_TEXT, doc.text)
    pmentions = find_party_mentions(doc, matcher)
    people, person_mentions = find_people(doc, body_start(text), pmentions)
    # a party word inside a person's name ("Israel Katz") names no party there
    name_spans = [(m.start, m.end) for m in person_mentions if m.how == "name"]
    pmentions = [m for m in pmentions if not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end)
                                                 for a, b in name_spans)]
    names: list[str] = []
    for m in pmentions:
        if m.start >= body_start(text) and m.target not in names:
            names.append(m.target)
    for p in people:
        if p.country and p.country not in names:
            names.append(p.country)
    parties = []
    for n in names:
        aliases = sorted({m.text for m in pmentions if m.target == n and m.text != n})
        parties.append(Party(name=n, kind=party_kind(n) or "country", aliases=aliases))
    ctx = ArticleContext(text=text, doc=doc, published=published, people=people, parties=parties,
                         person_mentions=person_mentions, party_mentions=pmentions)
    _add_sides(ctx)
    return ctx


def _add_sides(ctx: ArticleContext) -> None:
    """The organisations no party list knows (`ctx.bodies`) and, among them, the sides the
    article makes act, as party mentions and parties of their own. After the people pass on
    purpose: a union's leader keeps his country, the scorer's and the reader's notion of it."""
    start = body_start(ctx.text)
    ctx.bodies = body_table(ctx, start)
    found = find_sides(ctx, start)
    if found:
        inside = [m for m in ctx.party_mentions if any(f.start <= m.start and m.end <= f.end for f in found)]
        kept = [m for m in ctx.party_mentions if m not in inside]  # ("New Zealand" in "Health New Zealand")
        ctx.party_mentions = sorted(kept + found, key=lambda m: (m.start, m.end))
        known = {p.name for p in ctx.parties}
        for m in found:
            if m.target not in known:
                known.add(m.target)
                forms = sorted({x.text for x in found if x.target == m.target and x.text != m.target
                                and not x.text[:1].islower()})  # ("the union": a reference, not a name)
                ctx.parties.append(Party(name=m.target, kind="organisation", aliases=forms))
        _people_of_sides(ctx, found)
    forces = named_by_force_noun(ctx)
    if forces:
        ctx.party_mentions = sorted(ctx.party_mentions + forces, key=lambda m: (m.start, m.end))
    _bracketed_sides(ctx)
    _of_sides(ctx)
    _name_as_used_most(ctx)


def _name_as_used_most(ctx: ArticleContext) -> None:
    """A side no list knows is named as the article names it most (the GUIDE's rule): "the
    Academic Staff Union of Universities" once and "ASUU" five times is ASUU, the long name an
    alias. Renamed everywhere the side steps wrote it."""
    renamed: dict[str, str] = {}
    for party in ctx.parties:
        if party.kind != "organisation" or canonical_party(party.name) is not None or " " not in party.name:
            continue
        forms = Counter(m.text for m in ctx.party_mentions if m.target == party.name)
        code = next((f for f in forms if is_code(f) and initials(party.name) == f), None)
        if code is not None and forms[code] > sum(n for f, n in forms.items() if f != code):
            renamed[party.name] = code
    if not renamed:
        return
    ctx.party_mentions = [Mention(m.start, m.end, m.text, renamed.get(m.target, m.target), m.how)
                          for m in ctx.party_mentions]
    for party in ctx.parties:
        if party.name in renamed:
            long_name = party.name
            party.name = renamed[long_name]
            party.aliases = sorted({long_name, *party.aliases} - {party.name})
    ctx.bodies = [(at, renamed.get(name, name), union) for at, name, union in ctx.bodies]
    ctx.person_sides = {who: renamed.get(side, side) for who, side in ctx.person_sides.items()}


_OF_SIDE = re.compile(r",? of (?:the )?([A-Z][\w&'\u2019-]*(?: [A-Z][\w&'\u2019-]*)*)")


def _of_sides(ctx: ArticleContext) -> None:
    """"Rob Jetten of D66", "Kemi Badenoch of the Conservatives": an organisation (a side the
    article names, or a party's code) right after a person's name is the side that person
    speaks for (kept in `ctx.person_sides`; a country after "of" is the people pass's)."""
    if " of " not in ctx.text:
        return
    at = {m.start: m.target for m in ctx.party_mentions}
    for m in ctx.person_mentions:
        person = ctx.person(m.target)
        if m.how != "name" or person is None or person.country or m.target in ctx.person_sides:
            continue
        hit = _OF_SIDE.match(ctx.text, m.end)
        if hit is None:
            continue
        side = at.get(hit.start(1))
        if side is None and is_code(hit.group(1)) and hit.group(1) not in NEWS_AGENCIES \
                and canonical_party(hit.group(1)) is None:
            side = hit.group(1)  # "D66", "PNL": a party's code the party list does not know
        if side is not None and party_kind(side) != "country":
            ctx.person_sides[m.target] = side


def _bracketed_sides(ctx: ArticleContext) -> None:
    """"Ilie Bolojan (PNL), Sorin Grindeanu (PSD)": a party in brackets right after a person's
    name is the side that person speaks for (kept in `ctx.person_sides`, as above)."""
    if "(" not in ctx.text:
        return
    at = {m.start: m.target for m in ctx.party_mentions}
    for m in ctx.person_mentions:
        if m.how != "name" or ctx.text[m.end:m.end + 2] != " (" or m.target in ctx.person_sides:
            continue
        side = at.get(m.end + 2)
        person = ctx.person(m.target)
        if side is not None and person is not None and not person.country and ctx.text.find(")", m.end) > m.end + 2:
            ctx.person_sides[m.target] = side


def _people_of_sides(ctx: ArticleContext, found: list) -> None:
    """"UML Chairman KP Sharma Oli", "NC President X": a person with no country whose title names
    a side found from the text speaks for it (the people pass ran before the sides were known).
    Kept in `ctx.person_sides`, not as the person's country, which stays a country."""
    names: dict[str, str] = {}
    for m in found:
        if not m.text[:1].islower():
            names[m.text.removeprefix("the ").removeprefix("The ")] = m.target
            names[m.target] = m.target
    for person in ctx.people:
        if person.country or not person.title:
            continue
        side = next((names[w] for w in person.title.split() if w in names), None)
        if side is None:
            side = next((t for n, t in names.items() if " " in n and n in person.title), None)
        if side is None and " of " in person.title:
            # "secretary general of the Kenya Medical Practitioners": the post's body, its name
            # cut where the article's list of members begins (", Pharmacists and ...")
            tail = person.title.rsplit(" of ", 1)[1].removeprefix("the ")
            side = next((t for n, t in names.items() if " " in tail and n.startswith(tail + ",")), None)
        if side is not None:
            ctx.person_sides[person.name] = side
    _union_officers(ctx, found)


# "union president X", "the union's chief negotiator, X": the post of a union named by the common noun
_UNION_POST = re.compile(r"\b[Uu]nion(?:'s|\u2019s)?\s+((?:[a-z][a-z-]*\s+){1,3}),?\s*$")


def _union_officers(ctx: ArticleContext, found: list) -> None:
    """"Union president Dana X", "the union's chief negotiator, Y": a person with no country and
    no side whose post the article gives as the union's speaks for the union the article named
    last before (or, when none came before, its only union side)."""
    unions = {n for _, n, u in ctx.bodies if u}
    told = sorted((m.start, m.target) for m in found if m.target in unions)
    if not told:
        return
    for m in ctx.person_mentions:
        person = ctx.person(m.target)
        if m.how != "name" or person is None or not person.title or person.country \
                or person.name in ctx.person_sides:
            continue
        post = _UNION_POST.search(ctx.text[max(0, m.start - 60):m.start])
        if post is None or post.group(1).split() != person.title.lower().split()[-len(post.group(1).split()):]:
            continue
        before = [t for at, t in told if at < m.start]
        if before or len({t for _, t in told}) == 1:
            ctx.person_sides[person.name] = before[-1] if before else told[0][1]


def _stage(ctx: ArticleContext, what: str, run, empty):
    """Run one rule stage. A rule that trips over unusual prose must not cost the article its
    other facts, nor a batch its other articles: the stage's facts are dropped, loudly."""
    try:
        return run()
    except RecursionError as exc:
        err: Exception = exc
    except Exception as exc:  # noqa: BLE001 -- any rule bug; reported below with the article
        err = exc
    headline = ctx.text.split("\n", 1)[0].strip()[:80]
    log.warning("extraction of %s failed for the article %r (%s: %s); its other facts are kept",
                what, headline, type(err).__name__, err)
    return empty


_SETTING = object()


def extract_doc(doc: "Doc", published: dt.date | None, matcher,
                pairs: "PairModel | None | object" = _SETTING,
                gives_model: "PairModel | None | object" = _SETTING) -> Extraction:
    """All extraction steps for one parsed article. `pairs`: the learned pair model that adds
    meetings the rules miss (default: the one `PARLEY_PAIR_MODEL` names; None: rules alone);
    `gives_model`: the same for concessions (`PARLEY_CONCESSION_MODEL`)."""
    return extract_context(build_context(doc, published, matcher), pairs, gives_model)


def _unlisted_kind(name: str) -> str:
    """The kind of a side the party list does not know: every country is on the list, so a side
    found by the meetings or positions passes alone ("Democrats", "the Kerala government", a
    union's acronym) is a government when its name says so, else an organisation."""
    return "government" if name.lower().split()[-1:] in (["government"], ["administration"]) else "organisation"


def extract_context(ctx: ArticleContext, pairs: "PairModel | None | object" = _SETTING,
                    gives_model: "PairModel | None | object" = _SETTING) -> Extraction:
    """The steps after the people and parties pass, on an article's context (`extract_doc`).
    `gives_model`: the learned concession model (default: the one `PARLEY_CONCESSION_MODEL`
    names; None: the concession rules alone)."""
    meetings = _stage(ctx, "meetings", lambda: _meetings.find_meetings(ctx), [])
    model = pair_model() if pairs is _SETTING else pairs
    if model is not None:
        meetings += _stage(ctx, "learned meetings", lambda: learned_meetings(ctx, meetings, model), [])
    demands, concessions = _stage(ctx, "demands and concessions", lambda: find_positions(ctx), ([], []))
    gives = concession_model() if gives_model is _SETTING else gives_model
    if gives is not None:
        concessions = list(concessions) + _stage(
            ctx, "learned concessions", lambda: learned_concessions(ctx, list(concessions), list(demands), gives), [])
    # parties used by meetings/positions must exist in Extraction.parties
    known = {p.name for p in ctx.parties}
    extra = [x for m in meetings for x in m.parties] + [
        x for pos in list(demands) + list(concessions) for x in (pos.by, pos.counterpart) if x]
    for name in extra:
        if name not in known:
            known.add(name)
            ctx.parties.append(Party(name=name, kind=party_kind(name) or _unlisted_kind(name)))
    return Extraction(people=ctx.people, parties=ctx.parties, meetings=meetings,
                      demands=list(demands), concessions=list(concessions))
