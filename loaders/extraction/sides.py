"""Sides of the story that no party list knows: unions, employers' bodies, political parties,
companies, professional associations.

Why an article-level step: a country list cannot know the Nigeria Labour Congress, the FPÖ or a
teachers' union, yet in a labour dispute or coalition talks those bodies are the sides. Rules that
spotted such a side one sentence shape at a time fixed the article they were written from and
rarely the next one. So the sides are found once per article, from the text itself, and handed
to every later step as ordinary party mentions (`ArticleContext.parties_in` then returns them to
the meeting and position rules alike).

A body counts as a side only when the article makes it act: it is the subject of a verb
("the union rejected ..."), the owner of something ("the FPÖ's demands", "the union's offer") or
one end of talks ("talks between the ministry and the union"). A body only named in passing ("a
report by the OECD", "Treaty", "VAT") stays out. Each side is spelt as the article spells it:
its long name when the article spells out an acronym it uses, its acronym when the article
introduces it in brackets ("... Public Employees (CUPE)") and uses that as its handle. Once every
side step has run, a side whose acronym the article uses more often than its long name takes the
acronym (`pipeline._name_as_used_most`, the GUIDE's "the name the article uses most").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .context import Mention
from .dates import dateline_end
from .lexicon import FIRM_TAILS, HONORIFICS, SHORT_POSTS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .context import ArticleContext

# Words that make an ORG entity a generic institution or a publication, not a side of its own.
_BODY_SKIP = frozenset({"government", "group", "ministry", "department", "house", "parliament", "congress", "senate",
                        "court", "cabinet", "office", "council", "news", "agency", "times", "post", "journal",
                        "press", "reuters", "bloomberg", "bureau", "division"})
# Small words that may sit inside an organisation's name without opening a word of its acronym.
NAME_GLUE = frozenset({"of", "and", "for", "the", "des", "du", "de", "la", "le", "&"})
# Words that make an organisation's name a workers' (or members') body: "the union" can be it.
UNION_NAME_WORDS = frozenset({"union", "association", "federation", "confederation", "congress", "guild",
                              "brotherhood", "teamsters",  # "the Brotherhood of Locomotive Engineers and Trainmen"
                              "syndicate", "workers", "employees", "labour", "labor", "metall",
                              # a profession's own body ("the New Zealand Nurses Organisation")
                              "nurses", "teachers", "doctors", "physicians", "pilots", "dockers", "dockworkers",
                              "miners", "firefighters", "midwives", "lecturers", "machinists", "seafarers"})
# Words that make a "council" or "group" a body of employers, firms or workers (a side in talks),
# not an organ of a state or a bloc ("the Security Council", "the European Council").
MEMBERS_WORDS = frozenset({"employers", "employer", "business", "businesses", "industry", "industries",
                           "manufacturers", "producers", "growers", "farmers", "workers", "unions",
                           "traders", "retailers", "shipowners", "carriers"})
# Words that make a "council" a town's or a county's government, an employer in a labour dispute.
_LOCAL_COUNCILS = frozenset({"city", "county", "borough", "town", "parish", "metropolitan"})
# News outlets a dateline or a credit may put where a subject goes.
NEWS_AGENCIES = frozenset({"CNN", "BBC", "AFP", "AP", "NBC", "CBS", "ABC", "CNBC", "NPR", "PBS", "DPA", "ANI",
                           "PTI", "IANS", "UPI", "TASS", "RIA", "IRNA", "ISNA", "KCNA", "WAM", "SPA", "QNA",
                           "MENA", "APA", "RFE", "RFERL", "VOA", "DW", "RTE", "ITV", "SABC", "NHK", "KBS", "CCTV",
                           "CGTN", "Reuters", "Bloomberg", "Xinhua", "Yonhap", "Kyodo", "Jiji", "Bernama", "Antara",
                           "Anadolu", "Interfax", "Tasnim", "Sputnik", "EFE", "ANSA", "Lusa", "KUNA", "WAFA", "SANA"})
# A people or a government's own staff ("the government side", "the minister"): never a body's name.
SIDE_NOUNS = frozenset("""
government side delegation administration official team negotiator ministry leadership regime junta
authority cabinet country nation state camp bloc diplomat envoy leader president minister
secretary spokesperson spokesman spokeswoman source chief representative negotiating
mediator guest visitor delegate executive embassy ambassador
""".split())
ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,6}")  # as the party list and the position rules spell codes


def is_code(word: str) -> bool:
    """'CUPE', 'FPÖ', 'ÖVP', 'M23': two to seven capitals or digits, accented capitals too."""
    return 2 <= len(word) <= 7 and word[0].isupper() and word.isupper() and word.isalnum()
# Verbs a side of a negotiation is the subject of: it speaks, asks, gives, refuses, meets, strikes.
SIDE_VERBS = frozenset("""
say tell state add claim announce confirm warn argue insist demand call urge ask press seek want
request require push reject refuse accept agree offer propose table submit counter concede drop
withdraw threaten strike walk vote ratify sign meet negotiate hold resume suspend boycott respond
reply welcome criticise criticize accuse blame vow pledge promise commit declare plan intend advocate
oppose back support approve endorse give make present put return end receive decide
lower raise cut revise improve sweeten soften harden ease reach
""".split())
# Nouns a side owns in a negotiation: "the union's demands", "the FPÖ's leader", "CUPE's offer".
OWNED_NOUNS = frozenset("""
demand call request condition offer proposal counteroffer counter-offer position stance plan decision
member leader president chief head negotiator team delegation representative spokesperson
spokesman spokeswoman official secretary general secretary-general chair chairman committee
""".split())
# Head nouns of talks a side can be one end of: "talks between the ministry and the union".
TALKS_NOUNS = frozenset({"talk", "negotiation", "meeting", "dialogue", "agreement", "deal", "dispute",
                         "consultation", "session", "round", "discussion", "contract", "coalition"})
# Verbs of talks whose "with" partner is one end of them: "the union met with Boeing".
TALKS_VERBS = frozenset({"meet", "negotiate", "talk", "bargain", "hold"})
# A body's name never ends in a document's or a place's word ("the Free Trade Agreement", "the
# Ta Muen Thom Temple"); nor is it a trade-pact code ("the FTA", "the MOU").
NOT_BODY_WORDS = frozenset({"agreement", "treaty", "accord", "deal", "partnership", "framework", "plan",
                            "memorandum", "pact", "protocol", "temple", "palace", "river", "sea",
                            "initiative", "war", "zone"})
NOT_BODY_CODES = frozenset({"FTA", "FTAs", "MOU", "MoU", "CEPA", "EPA", "BTA", "BIT", "MEFP", "EFF", "GDP",
                            "VAT", "EV", "EVs", "PMI", "LNG", "AI", "CEO", "CFO", "COO"})


def initials(name: str) -> str:
    """'British Medical Association' -> 'BMA' (glue words and lower-case words skipped)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in NAME_GLUE)


def spelled_out(doc: "Doc", code: str) -> str | None:
    """'The Alberta Teachers' Association ... ATA': the run of capitalised words (glue words and a
    possessive apostrophe allowed inside) whose initials are the acronym, where the tagger gave
    the long name no entity of its own."""
    if not is_code(code) or len(code) < 3:
        return None
    n = len(doc)
    i = 0
    while i < n:
        t = doc[i]
        if not (t.text[:1].isupper() and t.is_alpha and t.text[0] == code[0]):
            i += 1
            continue
        words = [t.text]
        k = i + 1
        while k < n and len(words) <= len(code) + 2:
            x = doc[k]
            if x.text in ("'", "\u2019") and x.i > 0 and doc[x.i - 1].text.endswith("s"):
                k += 1  # "Teachers' Association"
            elif x.text[:1].isupper() and x.is_alpha:
                words.append(x.text)
                k += 1
                if initials(" ".join(words)) == code:
                    return doc[i:k].text  # the shortest run that spells it ("... Association and Health Secretary")
            elif x.lower_ in NAME_GLUE and x.lower_ != "the" and k + 1 < n and doc[k + 1].text[:1].isupper():
                words.append(x.lower_)
                k += 1
            else:
                break
        i = k if k > i + 1 else i + 1
    return None


def widened(ent: "Span") -> "Span":
    """'Organised Labour' tagged as 'Labour': a capitalised modifier right before an organisation's
    name, hung on it and not opening the sentence, is part of the name."""
    doc = ent.doc
    k = ent.start - 1
    if k > ent.sent.start and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].lower_ != "the" \
            and doc[k].head.i in range(ent.start, ent.end) and doc[k].dep_ in ("amod", "compound") \
            and doc[k].ent_type_ in ("", "ORG"):
        return doc[k:ent.end]
    return ent


_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


def body_table(ctx: "ArticleContext", body_start: int) -> list[tuple[int, str, bool]]:
    """(offset, name, union-like) for every organisation the parser names (ORG entities) in the
    body that the party list does not know; an acronym is given its long name when the article
    spells it out ('the British Medical Association ... the BMA'), and a union local numbered right
    after its acronym keeps both ('(IAM), District 751' -> 'IAM District 751')."""
    doc = ctx.doc
    text = ctx.text
    # (also a firm the tagger took for a person: "Bayline Shipping", "Kessler Electronics")
    ents = [e for e in doc.ents if e.label_ == "ORG" or e.label_ == "PERSON" and len(e) >= 2
            and (e[-2] if e[-1].text in ("'s", "\u2019s") else e[-1]).lower_ in FIRM_TAILS]
    ents = _listed_names_joined(doc, text, ents)
    longs: list[str] = []
    for e in ents:
        words = [t.text for t in e if not (t.i == e.start and t.lower_ == "the")]
        if len(words) >= 2 and all(w[:1].isupper() or w.lower() in NAME_GLUE for w in words):
            longs.append(" ".join(words))
    # "The Guardian reports that ...": a paper (not "Boeing reported losses": a firm's own figures)
    reporters = {c.text for v in with_lemma(doc, ("report", "write", "learn"))
                 if any(c.dep_ in ("ccomp", "parataxis") for c in v.children) or v.dep_ == "parataxis"
                 for c in v.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"}
    out: list[tuple[int, str, bool]] = []
    for e in ents:
        if e.start_char < body_start:
            continue  # the headline: often a label ("Farmers' protest")
        if _dateline_city(ctx, e):
            continue  # "KARACHI, June 6 - ...": the wire's dateline, a place
        e = widened(e)
        if e.end < len(doc) and doc[e.end].lemma_.lower() in SIDE_NOUNS and doc[e.end].text[:1].isupper():
            cut = next((t.i for t in e[1:] if t.lower_ in ("and", "&")), None)
            if cut is not None and cut > e.start + 1 and doc[cut - 1].lower_ in HEAD_WORDS | UNION_NAME_WORDS:
                e = doc[e.start:cut]  # "the X Medical Association and Health Secretary Y": the body, then a post
        toks = [t for t in e if not (t.i == e.start and t.lower_ == "the")]
        while toks and toks[-1].text in _POSSESSIVE:
            toks = toks[:-1]  # "the union's": the name without its ending
        owner = next((k for k, t in enumerate(toks) if t.text in _POSSESSIVE), None)
        if owner is not None and ctx.canonical_party(doc[toks[0].i:toks[owner].i].text):
            toks = toks[owner + 1:]  # "Japan's Toyota Motor": the firm (not "Longshoremen's Association")
        if any(t.text == "(" for t in toks[1:]):
            toks = toks[:next(k for k, t in enumerate(toks) if t.text == "(" and k > 0)]  # "Nepali Congress (NC"
        while toks and toks[-1].is_punct:
            toks = toks[:-1]  # "Freedom and Direct Democracy (": the bracket of its acronym
        if not toks or len(toks) == 1 and toks[0].lower_ in UNION_NAME_WORDS and not toks[0].text.isupper():
            continue  # (a profession alone, "nurses and Midwives", names no body)
        if toks[0].lower_ in HONORIFICS:
            continue  # "H.E. General", "(Ret.)": a form of address or a retired officer's mark, no body
        low = {t.lower_ for t in toks}
        if len(toks) >= 2 and toks[-1].text.islower() and toks[-1].lower_ in HEAD_WORDS and toks[-2].text[:1].isupper():
            toks = toks[:-1]  # "the Unite union", "the Reform party": the body's name is the proper part
        # as the article spells it: "CPN-UML", not "CPN - UML"
        name = "".join(t.text + t.whitespace_ for t in toks).strip()
        skip = low & _BODY_SKIP
        if skip == {"congress"} and (len(toks) >= 3 or re.match(r"\s*\([A-Z]{2,6}\)", text[e.end_char:])
                                     or text[toks[-1].idx + len(toks[-1].text):].startswith(" (")):
            skip = set()  # "the Nepali Congress (NC)", "the Trades Union Congress": a party, a union; not "Congress"
        if skip <= {"council", "group"} and low & MEMBERS_WORDS:
            skip = set()  # "the Maritime Employers Council", "the Business Council": a members' body, a side
        if skip == {"council"} and len(toks) >= 3 and toks[-1].lower_ == "council" \
                and toks[-2].lower_ in _LOCAL_COUNCILS:
            skip = set()  # "Leeds City Council": a local government, the employer across the table
        if skip and _sector_of_country(ctx, doc[toks[0].i:toks[-1].i + 1]):
            skip = set()  # "Canada Post": a country's public body (`_sector_of_country` says which words may name one)
        # (a side noun in the name: "U.S. Officials", "Minister X"; but not in a name a body's
        # head word closes: "the Official Creditor Committee")
        headed = toks[-1].lower_ in HEAD_WORDS | {"committee"} or any(  # "the Alliance of Small Island States"
            toks[k].lower_ in HEAD_WORDS and toks[k + 1].lower_ == "of" and toks[k + 2].text[:1].isupper()
            for k in range(len(toks) - 2))  # (also "the Academic Staff Union of Universities")
        if skip or {w.rstrip("s") for w in low} & SIDE_NOUNS and not headed \
                or name in NEWS_AGENCIES | SHORT_POSTS.keys() \
                or ctx.canonical_party(name):
            continue
        if len(toks) == 2 and toks[1].lower_ in ("commission", "secretariat") and ctx.canonical_party(toks[0].text):
            continue  # "the AU Commission": the organ of a party the list knows, that party
        if ctx.parties_in(e.root.idx, e.root.idx + len(e.root.text)) \
                and not _sector_of_country(ctx, doc[toks[0].i:toks[-1].i + 1]):
            continue  # "Canada": the party list's own (but "Air Canada", "Health New Zealand": a body)
        if e.end < len(doc) and doc[e.end].lemma_.lower() in SIDE_NOUNS and not (
                (is_code(name) or headed or low & UNION_NAME_WORDS) and doc[e.end].text.islower()
                and doc[e.end].lemma_.lower() in OWNED_NOUNS) and not (
                firm_post_after(doc[e.end - 1]) and not low & _STATE_WORDS):
            continue  # "Farmer Welfare Minister X": part of a title (not "ATA president X", nor
            # "the Union of Postal Workers president X": its head; nor "Boeing chief executive X": a firm's,
            # though not "the Treasury chief", a state organ's)
        if e.root.text in reporters:
            continue  # "The Guardian reports that ...": the newspaper
        if ACRONYM.fullmatch(name):
            # "the BMA" after "the British Medical Association": the long name; but the short
            # form an article introduces in brackets ("... Employees (CUPE)") is its handle
            spelled = None if "(" + name + ")" in text else next((n for n in longs if initials(n) == name), None) \
                or spelled_out(doc, name)
            local = re.match(r"\)?,?\s*(District|Local|Lodge)\s+(\d+)", text[e.end_char:e.end_char + 20])
            if local:
                name = f"{name} {local.group(1)} {local.group(2)}"
            elif spelled:
                name = spelled
        else:  # "the International Association of ... Workers (IAM), District 751": the local
            tail_at = toks[-1].idx + len(toks[-1].text)
            local = re.match(r"\s*\(([A-Z][A-Z0-9]{1,6})\)?,?\s*(District|Local|Lodge)\s+(\d+)",
                             text[tail_at:tail_at + 30])
            short = re.match(r"\s*\(([A-Z][A-Z0-9]{1,6})\)", text[tail_at:tail_at + 12])
            titled = re.match(r"\s*\(([A-Z][a-z]{1,6})\)", text[tail_at:tail_at + 12])
            if local:
                name = f"{local.group(1)} {local.group(2)} {local.group(3)}"
            elif short:
                name = short.group(1)
            elif titled and initials(name) == titled.group(1).upper():
                name = titled.group(1)  # "... Public Employees (Cupe)": the code as the paper writes it
        named_words = {w.lower() for w in name.split()} | low
        if re.match(r"Union [A-Z]", name):
            named_words -= {"union"}  # "Union Pacific", "Union Bank": a firm's name opening with the word
        unionish = bool(named_words & UNION_NAME_WORDS)
        out.append((e.start_char, name, unionish))
    # bodies the tagger gave no entity, each source adding the names the ones before it lack
    sources = _untagged_sources(ctx, body_start)
    for extra in (((at, n, False) for at, n in sources["firms"]),
                  ((at, n, kind == "union") for at, n, kind in sources["glossed"]),
                  *(((at, n, False) for at, n in sources[key]) for key in ("codes", "groups", "affiliations"))):
        named = {n for _, n, _ in out}
        out.extend(body for body in extra if body[1] not in named)
    # "CPN-UML ... UML": the last part of a hyphenated code used alone is the same body
    # (not a pairing of bodies named on their own: "a CDU/CSU-SPD coalition" beside "the CDU")
    named = {n for _, n, _ in out}
    joined = {n.rsplit("-", 1)[1]: n for _, n, _ in out if "-" in n and ACRONYM.fullmatch(n.rsplit("-", 1)[1])
              and not set(re.split(r"[-/]", n)[:-1]) & named}
    out = [(at, joined.get(n, n), u) for at, n, u in out]
    short_forms = _short_forms(out)
    return [(at, short_forms.get(n, n), u) for at, n, u in out]


def _untagged_sources(ctx: "ArticleContext", body_start: int) -> dict[str, list]:
    """The bodies the tagger gave no entity, by how the article names them (untagged firms, glossed
    bodies, bracketed codes, codes before their people, codes after people's names): read once per
    article, for `body_table` and again for `find_sides`."""
    cached = getattr(ctx, "_untagged_sources", None)
    if cached is None or cached[0] != body_start:
        cached = ctx._untagged_sources = (body_start, {
            "firms": _untagged_firms(ctx, body_start), "glossed": _glossed_bodies(ctx, body_start),
            "codes": _bracketed_codes(ctx, body_start), "groups": _coded_groups(ctx, body_start),
            "affiliations": _affiliation_codes(ctx, body_start)})
    return cached[1]


def _short_forms(bodies: list[tuple[int, str, bool]]) -> dict[str, str]:
    """"Paramount Skydance launched a bid ... Paramount chief executive X": a body whose name opens
    the name of one other body the article names is that body (named as the article names it
    most, the long name on a tie), not a second side facing it."""
    uses = Counter(n for _, n, _ in bodies)
    out: dict[str, str] = {}
    for short in uses:
        words = short.split()
        longer = [n for n in uses if n != short and n.split()[:len(words)] == words and not {
            w.lower() for w in n.split()[len(words):]} & (UNION_NAME_WORDS | HEAD_WORDS | MEMBERS_WORDS | SIDE_NOUNS)]
        # (not "Air Canada" and "the Air Canada Pilots Association": the firm and its staff's union)
        if len(longer) == 1 and longer[0] not in out:
            keep, gone = (short, longer[0]) if uses[short] > uses[longer[0]] else (longer[0], short)
            out[gone] = keep
    return out


def _listed_names_joined(doc: "Doc", text: str, ents: list["Span"]) -> list["Span"]:
    """"the Kenya Medical Practitioners, Pharmacists and Dentists Union": a body whose name lists
    its members, which the tagger cut at the commas, is one name (the last part ends in a union's
    or a body's head word)."""
    if len(ents) < 2:
        return ents
    out: list["Span"] = []
    for e in ents:
        if out and e.label_ == "ORG" and out[-1].label_ == "ORG" and e[-1].lower_ in UNION_NAME_WORDS | HEAD_WORDS \
                and _LISTED_PARTS.fullmatch(text[out[-1].end_char:e.start_char]) \
                and e.sent.start == out[-1].sent.start:
            out[-1] = doc[out[-1].start:e.end]
            continue
        out.append(e)
    return out


# What lies between the first and the last part of such a name: ", Pharmacists and ".
_LISTED_PARTS = re.compile(r"(?:, [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})+,? (?:and|&) ")


def listed_name_rest(text: str, at: int) -> bool:
    """Does the text at `at` go on as the rest of such a name (", Pharmacists and Dentists Union")?"""
    m = _LISTED_PARTS.match(text, at)
    if m is None:
        return False
    last = re.match(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}", text[m.end():m.end() + 60])
    return last is not None and last.group(0).split()[-1].lower() in UNION_NAME_WORDS | HEAD_WORDS


# Words of a state's organs: "Foreign Office", "State Department", "Home Affairs".
_STATE_WORDS = frozenset({"foreign", "state", "department", "home", "interior", "defence", "defense", "treasury",
                          "affairs", "white", "kremlin", "palace", "police", "army", "navy", "military"})
# Words that make "chief ..." a post of a state, not of a firm.
_STATE_POSTS = frozenset({"minister", "secretary", "justice", "of", "whip", "election", "commissioner", "censor"})
# Posts a firm's name stands right before ("WestJet chief executive X", "Acme spokeswoman Y").
FIRM_POSTS = frozenset({"chief", "ceo", "spokesperson", "spokesman", "spokeswoman", "chairman", "chairwoman",
                        "boss", "management", "executives", "negotiators", "leader", "president"})


def firm_post_after(tok: "Token") -> bool:
    """Is the word right after `tok` a firm's post ("WestJet chief executive", "Acme spokeswoman"),
    not a state's ("Telangana chief minister")?"""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    then = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    if after is not None and after.text.islower() and after.lower_ == "general" and then is not None \
            and then.lower_ == "secretary":
        return True  # "TUC general secretary X": a union's or a party's post
    return after is not None and (after.text.islower() or after.text == "CEO") and after.lower_ in FIRM_POSTS and not (
        then is not None and then.lower_ in _STATE_POSTS)


def _dateline_city(ctx: "ArticleContext", e: "Span") -> bool:
    """'KARACHI, June 6 - ...', 'LAGOS (Reuters) - ...': a place in capitals inside the wire's
    dateline (as `only_a_place` reads a capital there)."""
    if not e.text.isupper():
        return False
    sent = ctx.sentence_at(e.start_char)
    return e.start_char < sent.start_char + dateline_end(sent.text)


def _post_after_name(sp: "Span") -> bool:
    """'The Union of Postal Workers (UPW) president X': a post right after a long name, or after
    the acronym in brackets that follows it (the name's root, 'Union', is not its last word)."""
    doc = sp.doc
    k = sp.end
    if k + 2 < len(doc) and doc[k].text == "(" and is_code(doc[k + 1].text) and doc[k + 2].text == ")":
        k += 3
    elif k < len(doc) and doc[k].text == ")" and sp.start > 0 and doc[sp.start - 1].text == "(":
        k += 1  # the acronym itself, in its brackets: "(DA) leader X"
    return (len(sp) > 1 or k > sp.end) and firm_post_after(doc[k - 1])


def _untagged_firms(ctx: "ArticleContext", body_start: int) -> list[tuple[int, str]]:
    """(offset, name) of firms the tagger gave no entity at all, named by a post they stand
    before ("WestJet chief executive X", "Negotiators for WestJet" then being that firm's):
    one to three capitalised proper nouns, outside every entity, person and party mention."""
    doc = ctx.doc
    if not any(t.lower_ in FIRM_POSTS for t in doc):
        return []
    taken = [(m.start, m.end) for m in (*ctx.person_mentions, *ctx.party_mentions)]
    out: list[tuple[int, str]] = []
    for tok in doc:
        if tok.lower_ not in FIRM_POSTS or tok.i == 0 or tok.idx < body_start or not firm_post_after(doc[tok.i - 1]):
            continue
        k = tok.i - 1
        while k >= tok.i - 3 and k >= tok.sent.start and doc[k].pos_ == "PROPN" and not doc[k].ent_type_ \
                and doc[k].text[:1].isupper() and doc[k].is_alpha and doc[k].text != doc[k].text.upper():
            k -= 1
        if k == tok.i - 1 or k >= tok.sent.start and doc[k].pos_ == "PROPN":
            continue  # no name, or a longer run of names (part of something else)
        span = doc[k + 1:tok.i]
        if any(a < span.end_char and span.start_char < b for a, b in taken) or {
                t.lower_ for t in span} & (_BODY_SKIP | SIDE_NOUNS | _STATE_WORDS):
            continue  # ("Foreign Office spokesperson X": an organ of a state, not a firm)
        first = re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(span.text), ctx.text[body_start:])
        out.append((body_start + first.start() if first else span.start_char, span.text))
    return out


# "the Democratic Alliance (DA)": capitalised words (glue words inside) and their initials in brackets
_BRACKETED_CODE = re.compile(r"(?<![\w-])((?:[A-Z][\w'\u2019-]*\s+(?:(?:of|for|and|the|on)\s+)?){1,7})"
                             r"\(([A-Z][A-Z0-9]{1,6})\)")


def _bracketed_codes(ctx: "ArticleContext", body_start: int) -> list[tuple[int, str]]:
    """(offset, code) of bodies the article spells out with their initials in brackets, "the
    Democratic Alliance (DA)", where the tagger gave the name no entity: the code is the body's
    handle (as for a tagged "... Employees (CUPE)"). Not a person's or a party's name."""
    taken = [(m.start, m.end) for m in (*ctx.person_mentions, *ctx.party_mentions)]
    tagged = [(e.start_char, e.end_char) for e in ctx.doc.ents if e.label_ == "ORG"]
    out: list[tuple[int, str]] = []
    for m in _BRACKETED_CODE.finditer(ctx.text, body_start):
        words = m.group(1).split()
        code = m.group(2)
        while words and initials(" ".join(words)) != code and len(initials(" ".join(words))) > len(code):
            words = words[1:]  # "President X met Democratic Alliance (DA) ...": the name ends the run
        start = m.end(1) - len(" ".join(words)) - (len(m.group(1)) - len(m.group(1).rstrip()))
        if initials(" ".join(words)) != code or ctx.canonical_party(code) or ctx.canonical_party(" ".join(words)) \
                or code in NOT_BODY_CODES or any(a < m.end(2) and start < b for a, b in taken + tagged):
            continue
        out.append((start, code))
    return out


# "Copa-Cogeca, the main European farmers' lobby,", "Unifor, Canada's largest private-sector union,":
# a name the article glosses as a body (the gloss's last word says which kind).
_GLOSSED_BODY = re.compile(
    r"(?<![\w-])([A-Z][\w&'\u2019-]*(?: [A-Z][\w&'\u2019-]*){0,4})(?:,| \u2014| \u2013| -) (?:the|a|an|"
    r"[A-Z][\w.]*(?:'s|\u2019s)) (?:[\w'\u2019-]+ ){0,5}(lobby|group|union|association|federation|confederation|"
    r"alliance|coalition|organi[sz]ation|movement|company|firm|carrier|airline|operator|insurer|lender|employer|"
    r"body|party)(?=[,.;\u2014\u2013]| -| in\b)")


# plural people a code before them can make a body's ("SPD ministers", "PKK fighters")
_CODED_PEOPLE = frozenset({"minister", "leader", "official", "negotiator", "lawmaker", "legislator", "member",
                           "fighter", "rebel", "commander", "delegate", "representative", "mp"})


def _people_of_code(tok: "Token") -> bool:
    """Is `tok` a code before plural people who act ("SPD ministers are pushing for ...")?"""
    head = tok.head
    return tok.dep_ == "compound" and head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() in _CODED_PEOPLE \
        and head.dep_ == "nsubj" and head.head.lemma_.lower() in SIDE_VERBS


def _coded_groups(ctx: "ArticleContext", body_start: int) -> list[tuple[int, str]]:
    """(offset, code) of bodies the article names only by a code the tagger left untagged, before
    their people who act: "SPD ministers are pushing for ...", "PKK fighters agreed to ...". Not a
    party the list knows, a news agency, a post or a trade-pact code."""
    out: dict[str, int] = {}  # code -> where the article first writes it
    for tok in ctx.doc:
        if tok.idx < body_start or tok.ent_type_ or tok.text in out or not ACRONYM.fullmatch(tok.text) \
                or not _people_of_code(tok) or tok.text in NEWS_AGENCIES | NOT_BODY_CODES | SHORT_POSTS.keys() \
                or ctx.canonical_party(tok.text):
            continue
        first = re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(tok.text), ctx.text[body_start:])
        out[tok.text] = body_start + first.start() if first else tok.idx
    return [(at, code) for code, at in out.items()]


_AFFILIATION = re.compile(r" \(([A-Z][A-Z0-9]{1,6})\)")


def _affiliation_codes(ctx: "ArticleContext", body_start: int) -> list[tuple[int, str]]:
    """(offset, code) of the parties people are tagged with in brackets ("Friedrich Merz (CDU) and
    Lars Klingbeil (SPD)"): each such person speaks for that body, so it acts. Not a party the
    list knows, a news agency, a post or a trade-pact code."""
    out: dict[str, int] = {}
    for m in ctx.person_mentions:
        hit = _AFFILIATION.match(ctx.text, m.end) if m.how == "name" and m.start >= body_start else None
        code = hit.group(1) if hit else None
        if code is None or code in out or code in NEWS_AGENCIES | NOT_BODY_CODES | SHORT_POSTS.keys() \
                or ctx.canonical_party(code):
            continue
        first = re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(code), ctx.text[body_start:])
        out[code] = body_start + first.start() if first else hit.start(1)
    return [(at, code) for code, at in out.items()]


def _glossed_bodies(ctx: "ArticleContext", body_start: int) -> list[tuple[int, str, str]]:
    """(offset, name, the gloss's noun) of names the article glosses as a body in an apposition,
    the tagger having given them no entity (nor a person's or a party's): "Copa-Cogeca, the main
    European farmers' lobby, ..." -> lobby."""
    taken = [(m.start, m.end) for m in (*ctx.person_mentions, *ctx.party_mentions)]
    out: list[tuple[int, str, str]] = []
    for m in _GLOSSED_BODY.finditer(ctx.text, body_start):
        name = m.group(1)
        span = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or any(t.ent_type_ in ("ORG", "GPE", "NORP", "DATE", "MONEY", "CARDINAL") for t in span) \
                or any(a < m.end(1) and m.start(1) < b for a, b in taken) \
                or name.split()[0] in ("The", "A", "An") or len(name) < 3:
            continue
        words = re.split(r"[ -]", name)
        if any(w.lower() in SIDE_NOUNS or w.lower() in _STATE_WORDS for w in words):
            continue
        out.append((m.start(1), name, m.group(2)))
    return out


def with_lemma(doc: "Doc", lemmas: tuple[str, ...]) -> list["Token"]:
    """The tokens of `doc` with one of `lemmas`, read off the lemma array (cheaper than
    walking every Token object of a long article)."""
    from spacy.attrs import LEMMA

    wanted = {doc.vocab.strings[w] for w in lemmas if w in doc.vocab.strings}
    if not wanted:
        return []
    return [doc[i] for i, h in enumerate(doc.to_array(LEMMA).tolist()) if h in wanted]


# People a body sends to talks ("ministers from X", "delegates from X").
_ENVOY_NOUNS = frozenset({"minister", "official", "delegate", "negotiator", "representative", "envoy"})


def _acting(tok: "Token") -> bool:
    """Does the article make the body this token names act: the subject of a side's verb ("the
    union rejected ..."), the owner of a side's thing ("the union's offer"), or one end of talks
    ("talks between the ministry and the union")? Climbs a conjunction ('A and B rejected ...')."""
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head  # "A and B rejected", "the ... Union (CUPE) said"
    if tok.dep_ == "amod" and tok.i > 0 and tok.doc[tok.i - 1].text == "(" and tok.head.i < tok.i:
        tok = tok.head  # "the ... Organisation (NZNO) reached": the acronym the parser hung as a modifier
    head = tok.head
    dep = "compound" if tok.dep_ == "amod" and (tok.pos_ == "PROPN" or is_code(tok.text)) else tok.dep_
    # ("NZNO chief executive X": the acronym the parser hung as a modifier)
    if dep in ("nsubj", "nsubjpass", "agent"):
        verb = head.head if tok.dep_ == "agent" else head
        return verb.lemma_.lower() in SIDE_VERBS
    if dep in ("poss", "compound", "nmod"):  # "the union's offer", "ÖVP leader Christian Stocker"
        if dep != "nmod" and head.lemma_.lower() in OWNED_NOUNS or _people_of_code(tok):
            return True
        return firm_post_after(tok)  # "WestJet chief executive X", hung on the name
    if tok.dep_ == "dobj" and head.lemma_.lower() in ("meet", "host", "visit"):
        return True  # "the union met Bayline Shipping on Monday": the other end of the talks
    if tok.dep_ == "pobj" and head.lower_ in ("between", "with"):
        # "talks between the ministry and the union"; "the union met with Boeing"
        return head.head.lemma_.lower() in TALKS_NOUNS or head.head.pos_ == "VERB" and \
            head.head.lemma_.lower() in TALKS_VERBS
    if tok.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_.lower() in _ENVOY_NOUNS \
            and head.head.dep_ != "pobj":
        # "X met ministers from the Alliance of Small Island States": the body's people at the talks
        return _acting(head.head)
    if tok.dep_ == "pobj" and head.lower_ in ("by", "from"):
        # "the decision by the union to strike", "the latest offer from Boeing"
        return head.head.lemma_.lower() in OWNED_NOUNS
    if tok.dep_ == "pobj" and head.lower_ in ("for", "of") and head.i > 0:
        # "negotiators for the employers' council", "the president of the union": the word right
        # before (the parser may hang "for" on the verb); not a post's title ("Secretary of Labor")
        owner = head.doc[head.i - 1]
        own = owner.lemma_.lower() if owner.text.islower() else owner.lower_.rstrip("s")  # ("Negotiators": PROPN)
        return own in OWNED_NOUNS and (owner.text.islower() or own in (
            "negotiator", "representative", "member", "spokesperson", "spokesman", "spokeswoman", "official", "leader"))
        # ("Negotiators for X met ...", capitalised after a dateline)
    return False


def find_sides(ctx: "ArticleContext", body_start: int) -> list[Mention]:
    """Party mentions for the bodies of `ctx.bodies` that act somewhere in the article: every
    mention of such a body (its entity spans and its acronym), each targeting its name."""
    if not ctx.bodies:
        return []
    doc = ctx.doc
    ents = {e.start_char: e for e in doc.ents if e.label_ == "ORG"}
    spans: dict[str, list["Span"]] = {}
    sources = _untagged_sources(ctx, body_start)
    glossed = {n: kind for _, n, kind in sources["glossed"]}  # "X, the farmers' lobby," -> lobby
    # the names of the bodies with no entity, each written out wherever the article writes it
    untagged = {n for key in ("firms", "codes", "groups", "affiliations") for _, n in sources[key]} | set(glossed)
    for at, name, _ in ctx.bodies:
        e = ents.get(at) or next((x for x in doc.ents if x.start_char <= at < x.end_char), None)
        if e is not None and any(t.text == "(" for t in e[1:]):
            e = doc[e.start:next(t.i for t in e[1:] if t.text == "(")]  # "Nepali Congress (NC": the name
        if e is not None:
            spans.setdefault(name, []).append(e)
        elif untagged and name in untagged and name not in spans:  # a firm with no entity: each time it is written
            spans[name] = [sp for sp in (doc.char_span(m.start(), m.end()) for m in re.finditer(
                r"(?<![\w-])%s(?![\w-])" % re.escape(name), ctx.text) if m.start() >= body_start) if sp is not None]
    short: dict[str, str] = {}  # acronym -> name
    for name in spans:
        if is_code(name):
            short.setdefault(name, name)
        code = initials(name)
        if len(code) >= 2 and " " in name:
            short.setdefault(code, name)
    for tok in doc:
        if tok.idx >= body_start and tok.text in short:
            spans.setdefault(short[tok.text], []).append(doc[tok.i: tok.i + 1])
    for name, found in spans.items():
        if " " in name:
            # a long name the tagger gave no entity, or not each time ("The Alberta Teachers'
            # Association ... ATA"; "Health New Zealand's chief ...", tagged as a country there)
            have = {sp.end_char for sp in found}
            found.extend(sp for sp in (doc.char_span(m.start(), m.end()) for m in re.finditer(
                re.escape(name), ctx.text) if m.start() >= body_start and m.end() not in have) if sp is not None)
    for name, found in list(spans.items()):
        found.extend(_other_spellings(ctx, found, body_start))
    # a country inside a body's name ("Health New Zealand") gives way to the body; a mention that
    # only overlaps one, or a person's name, does not
    taken = [(m.start, m.end) for m in ctx.person_mentions if m.how == "name"]
    country_at = [(m.start, m.end) for m in ctx.party_mentions]
    out: dict[tuple[int, int], Mention] = {}
    person_words = {w for p in ctx.people for n in (p.name, *p.aliases) for w in n.split()}
    unionish = {n for _, n, u in ctx.bodies if u}
    affiliated = {code for _, code in sources["affiliations"]}
    heads = Counter(n.split()[-1].lower() for n in spans)  # a head word names a body only if it heads one
    for name, found in spans.items():
        if name not in unionish and name.split()[-1].lower() not in HEAD_WORDS:
            # a country inside the name gives way only to a union, a sector body or a named
            # organisation ("the New Zealand Nurses Organisation")
            found = [sp for sp in found if not any(a < sp.end_char and sp.start_char < b for a, b in country_at)
                     or _sector_of_country(ctx, sp)]
        words = name.split()
        if words[-1].lower() in NOT_BODY_WORDS or name in NOT_BODY_CODES or set(words) & person_words \
                or len(words) == 1 and name.lower() in HEAD_WORDS:  # ("Union chief executive X": no name)
            continue  # a document, a place, a person's name the parser took for a body
        if not any(_acting(sp.root) or _post_after_name(sp) for sp in found) and not _acts_by_head_word(
                ctx, name, found, heads) and name not in affiliated:  # ("X (SPD)": X speaks for it)
            continue
        for sp in found:
            start, end = sp.start_char, sp.end_char
            if any(a < end and start < b for a, b in taken) or any(
                    a < end and start < b and not (start <= a and b <= end) for a, b in country_at):
                continue
            out[(start, end)] = Mention(start, end, sp.text, name, "party")
    out.update({(m.start, m.end): m for m in _named_by_head_word(ctx, list(out.values()), taken + country_at,
                                                                 glossed)})
    return sorted(out.values(), key=lambda m: (m.start, m.end))


def _acts_by_head_word(ctx: "ArticleContext", name: str, found: list["Span"], heads: Counter) -> bool:
    """Does the article make the body act under its head word alone ("Leeds City Council ...
    The council insisted ...")? Only a head word no other body of the article ends in."""
    word = name.split()[-1].lower()
    if word not in HEAD_WORDS or heads[word] != 1 or " " not in name or not found:
        return False
    first = min(sp.start_char for sp in found)
    doc = ctx.doc
    for m in re.finditer(r"\b[Tt]he (%s)\b" % word, ctx.text[first:]):
        sp = doc.char_span(first + m.start(1), first + m.end(1))
        if sp is not None and len(sp) == 1 and not sp[0].ent_type_ and _acting(sp[0]):
            return True
    return False


# Head words of a body's name that the article may use alone for it: "the union", "the league".
HEAD_WORDS = frozenset({"union", "association", "congress", "federation", "confederation", "league", "council",
                        "organisation", "organization", "guild", "syndicate", "alliance", "coalition", "front",
                        "movement", "party", "forum", "commission", "authority", "district", "board"})


def _named_by_head_word(ctx: "ArticleContext", sides: list[Mention], taken: list[tuple[int, int]],
                        glossed: dict[str, str] | None = None) -> list[Mention]:
    """'the union' after 'the Northern Tram Drivers Union' (or '... Association' for 'the
    association'): the one side the article names with that head word, from its first mention
    on, when no other side or listed party ('the European Union') ends in the same word. A side
    the article glossed ("Copa-Cogeca, the farmers' lobby", `glossed`: name -> the gloss's noun)
    is named by that noun and by "the group"."""
    first: dict[str, int] = {}
    for m in sides:
        first[m.target] = min(first.get(m.target, m.start), m.start)
    by_head: dict[str, set[str]] = {}
    spellings = {(name, name) for name in first} | {(m.text, m.target) for m in sides}
    for text, name in spellings:
        words = text.split(" of ")[0].split()  # "the Canadian Union of Public Employees": its head is Union
        if len(words) >= 2 and words[-1].lower() in HEAD_WORDS:
            by_head.setdefault(words[-1].lower(), set()).add(name)
    for name, kind in (glossed or {}).items():
        if name in first:
            for word in {kind, "group"}:
                by_head.setdefault(word, set()).add(name)
    for p in ctx.parties:
        words = p.name.split()
        if words and words[-1].lower() in by_head and p.name not in first:
            by_head[words[-1].lower()].add(p.name)
    out: list[Mention] = []
    doc = ctx.doc
    sole = {w for w, names in by_head.items() if len(names) == 1}
    if not sole:
        return out
    # only the words after "the" that head one side's name (not every token of the article)
    alternatives = "|".join(sorted(sole))

    def single(spans) -> list["Token"]:
        return [sp[0] for sp in spans if sp is not None and len(sp) == 1]

    # "the union" (not "the union of ...", not a word of a name the tagger labelled)
    named = [tok for tok in single(doc.char_span(m.start(1), m.end(1)) for m in re.finditer(
        r"\b[Tt]he (" + alternatives + r")\b", ctx.text, re.IGNORECASE))
        if tok.i > 0 and doc[tok.i - 1].lower_ == "the" and not tok.ent_type_ and tok.tag_ in ("NN", "NNP")
        and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of")]
    # "union representatives", "union leaders": the head word in lower case, naming whose people they are
    named += [tok for tok in single(doc.char_span(m.start(), m.end()) for m in re.finditer(
        r"\b(?:" + alternatives + r")\b", ctx.text))
        if tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.lemma_.lower() in _SIDE_PEOPLE]
    for tok in named:
        name = next(iter(by_head[tok.lower_]))
        if tok.idx < first[name] or any(a < tok.idx + len(tok.text) and tok.idx < b for a, b in taken):
            continue
        out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, name, "party"))
    return out


# The people a side sends to talks: "union leaders", "union representatives".
_SIDE_PEOPLE = frozenset({"representative", "leader", "negotiator", "official", "delegation", "delegate", "chief",
                          "boss", "team", "leadership"})


# Nouns for a side's armed forces that the article may use alone once it has named whose they are.
FORCE_NOUNS = frozenset({"army", "military"})
_OWNED_FORCE = re.compile(r"['\u2019]s (army|military)\b", re.IGNORECASE)
# An armed group's common noun right after its name ("the M23 rebels", "Houthi militia"): "the
# rebels", "the militia" alone then name that group.
ARMED_GROUP_NOUNS = frozenset({"rebel", "militia", "insurgent", "militant", "guerrilla"})
_ARMED_GROUP = re.compile(r" (rebel|militia|insurgent|militant|guerrilla)s?\b", re.IGNORECASE)


def named_by_force_noun(ctx: "ArticleContext") -> list[Mention]:
    """'the army' after 'the Sudanese army', 'the military' after 'the Israeli military': the one
    side whose forces the article named with that noun, from that mention on (not 'the army
    chief', a post; not when two sides' armies are named)."""
    owners: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for m in ctx.party_mentions:
        words = m.text.split()
        owned = _OWNED_FORCE.match(ctx.text, m.end)  # "Sudan's army"
        noun = words[-1].lower() if len(words) >= 2 and words[-1].lower() in FORCE_NOUNS else (
            owned.group(1).lower() if owned else None)
        armed = _ARMED_GROUP.match(ctx.text, m.end)  # "the M23 rebels", "the Houthi rebel group"
        if noun is None and armed:
            noun = armed.group(1).lower()
        if noun:
            owners.setdefault(noun, set()).add(m.target)
            first.setdefault(noun, m.start)
    if not owners:
        return []
    doc = ctx.doc
    taken = [(m.start, m.end) for m in ctx.party_mentions] + [(m.start, m.end) for m in ctx.person_mentions]
    out: list[Mention] = []
    for tok in doc:
        word = tok.lower_.removesuffix("s") if tok.lower_.removesuffix("s") in ARMED_GROUP_NOUNS else tok.lower_
        if word not in owners or len(owners[word]) != 1 or tok.idx <= first[word] or tok.i == 0 \
                or doc[tok.i - 1].lower_ != "the" or tok.tag_ not in ("NN", "NNS") or tok.dep_ == "compound" \
                or any(a < tok.idx + len(tok.text) and tok.idx < b for a, b in taken):
            continue
        out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, next(iter(owners[word])), "party"))
    return out


def _sector_of_country(ctx: "ArticleContext", sp: "Span") -> bool:
    """'Health New Zealand', 'Health NZ', 'Transport Canada', 'Canada Post': one capitalised word
    of a sector and the country, nothing else: a public body named after its country, not the
    country."""
    inner = [m for m in ctx.party_mentions if sp.start_char <= m.start and m.end <= sp.end_char]
    if len(inner) != 1 or inner[0].end != sp.end_char and inner[0].start != sp.start_char:
        return False
    skip = _BODY_SKIP | SIDE_NOUNS | {"the", "department", "party", "state"}
    if inner[0].end == sp.end_char:
        word = ctx.text[sp.start_char:inner[0].start].split()
    else:  # the country first, by its own name: 'Canada Post' (a postal operator; not the paper
        if inner[0].text != inner[0].target:  # 'the Jerusalem Post', a capital)
            return False
        word = ctx.text[inner[0].end:sp.end_char].split()
        skip = skip - {"post"}
    return len(word) == 1 and word[0].isalpha() and word[0][:1].isupper() and word[0].lower() not in skip


def _other_spellings(ctx: "ArticleContext", found: list["Span"], body_start: int) -> list["Span"]:
    """'Health NZ' for 'Health New Zealand': the body's name with the country inside it written
    as another of the country's names, wherever the article does so."""
    from .parties import all_aliases

    doc, text = ctx.doc, ctx.text
    out: list["Span"] = []
    seen: set[str] = set()
    for sp in found:
        inner = [m for m in ctx.party_mentions if sp.start_char <= m.start and m.end <= sp.end_char
                 and (m.start, m.end) != (sp.start_char, sp.end_char)]
        if len(inner) != 1:
            continue
        m = inner[0]
        before, after = text[sp.start_char:m.start], text[m.end:sp.end_char]
        if not (before.strip() or after.strip()):
            continue
        for alias in all_aliases().get(m.target, []):
            form = before + alias + after
            if alias == m.text or form in seen:
                continue
            seen.add(form)
            at = text.find(form, body_start)
            while at >= 0:
                cut = doc.char_span(at, at + len(form))
                if cut is not None and (at + len(form) >= len(text) or not text[at + len(form)].isalnum()):
                    out.append(cut)
                at = text.find(form, at + 1)
    return out


def only_a_place(ctx: "ArticleContext", m) -> bool:
    """A mention of a party by its capital that only tells where: the dateline's city, or a
    city after "in"/"at" ("met ... in Wellington"); the country's own name always counts."""
    if m.text == m.target or m.text.upper() == m.target.upper() or ctx.party_kind(m.target) != "country":
        return False
    if m.text.isupper():
        sent = ctx.sentence_at(m.start)
        if m.start < sent.start_char + dateline_end(sent.text):
            return True
    if not ctx.text[max(0, m.start - 4):m.start].lower().endswith(("in ", "at ")):
        return False
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ in ("GPE", "LOC", "FAC") \
        and span.root.tag_ == "NNP"  # (not "strike at Ugandan boats": a people's adjective)
