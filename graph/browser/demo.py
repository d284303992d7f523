"""A small invented negotiation (fictional countries and people) for Browser checks and tests.

Nothing here comes from real news: Arland and Borovia talk about steel levies and grain in
Corvia. Written with `graph.writes.write_article`, like real ingested articles.

Facts the tests rely on:
- Mara Quell met Tomas Vey 3 times (M1, M2, M3), Ines Halloran twice (M1, M4), Piet Osk once (M2).
- Arland-Borovia timeline: M1, D1 (Borovia->Arland), M2, C1 (Arland->Borovia), D2
  (Arland->Borovia), M3; M4 is Arland-Corvia only.
- Topic "steel": D1 and C1; topic "agriculture": D2.
- M1 is reported by two articles (A1 with sentence S1a, A3 with sentence S3c).
"""

from __future__ import annotations

from datetime import date

from graph.records import (ArticleGraph, ArticleRow, MeetingRow, PartyRow, PersonRow,
                           PositionRow, SentenceRow)

PARTIES = {
    "arland": PartyRow("demo-party-arland", "Arland", "country", ["Arlandic government"]),
    "borovia": PartyRow("demo-party-borovia", "Borovia", "country", []),
    "corvia": PartyRow("demo-party-corvia", "Corvia", "country", []),
}


def _person(key: str, name: str, title: str, party: str) -> PersonRow:
    surname = name.split()[-1].lower()
    return PersonRow(f"demo-person-{key}", name, [name.split()[-1]], surname, title,
                     PARTIES[party].name, PARTIES[party].id)


PEOPLE = {
    "quell": _person("quell", "Mara Quell", "Trade Minister", "arland"),
    "vey": _person("vey", "Tomas Vey", "Special Envoy", "borovia"),
    "osk": _person("osk", "Piet Osk", "Deputy Trade Minister", "borovia"),
    "halloran": _person("halloran", "Ines Halloran", "Foreign Minister", "corvia"),
}

MEETING_IDS = {k: f"demo-meeting-{k}" for k in ("m1", "m2", "m3", "m4")}


def _article(key: str, title: str, published: date) -> ArticleRow:
    return ArticleRow(f"demo-article-{key}", title, f"https://example.org/parley-demo/{key}",
                      "Parley Demo Wire", published, f"demo/{key}.txt", f"sha-demo-{key}")


def _ids(*keys: str) -> list[str]:
    return [PEOPLE[k].id if k in PEOPLE else PARTIES[k].id for k in keys]


def demo_articles() -> list[ArticleGraph]:
    a1 = ArticleGraph(
        article=_article("a1", "Arland and Borovia open levy talks in Corvia", date(2025, 3, 2)),
        sentences=[
            SentenceRow("demo-s1a", "Mara Quell and Tomas Vey met in Lumen on Saturday, with "
                        "Ines Halloran hosting the first session.", 0, 98),
            SentenceRow("demo-s1b", "Vey said Arland should lift its levies on Borovian steel.",
                        99, 157),
        ],
        parties=list(PARTIES.values()),
        people=[PEOPLE["quell"], PEOPLE["vey"], PEOPLE["halloran"]],
        meetings=[MeetingRow(MEETING_IDS["m1"], date(2025, 3, 1), None, "talks", "held", "Lumen",
                             None, 1, ["tariffs", "steel"], _ids("quell", "vey", "halloran"),
                             _ids("arland", "borovia", "corvia"), "demo-s1a")],
        demands=[PositionRow("demo-demand-d1", "Arland should lift its levies on Borovian steel",
                             PARTIES["borovia"].id, PEOPLE["vey"].id, PARTIES["arland"].id,
                             ["steel", "tariffs"], "demo-s1b")],
    )
    a2 = ArticleGraph(
        article=_article("a2", "Second round: Arland offers to halve steel levies",
                         date(2025, 4, 11)),
        sentences=[
            SentenceRow("demo-s2a", "Quell met Vey and his deputy Piet Osk for a second round "
                        "in Lumen on Thursday.", 0, 86),
            SentenceRow("demo-s2b", "Arland offered to halve its steel levies.", 87, 128),
            SentenceRow("demo-s2c", "Quell asked Borovia to open its grain market in return.",
                        129, 184),
        ],
        parties=[PARTIES["arland"], PARTIES["borovia"]],
        people=[PEOPLE["quell"], PEOPLE["vey"], PEOPLE["osk"]],
        meetings=[MeetingRow(MEETING_IDS["m2"], date(2025, 4, 10), None, "talks", "held", "Lumen",
                             180, 2, ["steel"], _ids("quell", "vey", "osk"),
                             _ids("arland", "borovia"), "demo-s2a")],
        concessions=[PositionRow("demo-concession-c1", "Arland offers to halve its steel levies",
                                 PARTIES["arland"].id, PEOPLE["quell"].id, PARTIES["borovia"].id,
                                 ["steel"], "demo-s2b")],
        demands=[PositionRow("demo-demand-d2", "Borovia should open its grain market",
                             PARTIES["arland"].id, PEOPLE["quell"].id, PARTIES["borovia"].id,
                             ["agriculture"], "demo-s2c")],
    )
    a3 = ArticleGraph(
        article=_article("a3", "Quell and Vey meet again; Corvia plans a summit",
                         date(2025, 5, 21)),
        sentences=[
            SentenceRow("demo-s3a", "Quell and Vey held a third meeting in Arlo on Tuesday.",
                        0, 54),
            SentenceRow("demo-s3b", "Quell will meet Halloran in June.", 55, 88),
            SentenceRow("demo-s3c", "The talks began in Lumen in March, hosted by Halloran.",
                        89, 143),
        ],
        parties=list(PARTIES.values()),
        people=[PEOPLE["quell"], PEOPLE["vey"], PEOPLE["halloran"]],
        meetings=[
            MeetingRow(MEETING_IDS["m3"], date(2025, 5, 20), None, "meeting", "held", "Arlo",
                       None, 3, ["tariffs"], _ids("quell", "vey"), _ids("arland", "borovia"),
                       "demo-s3a"),
            MeetingRow(MEETING_IDS["m4"], date(2025, 6, 15), None, "summit", "planned", None,
                       None, None, [], _ids("quell", "halloran"), _ids("arland", "corvia"),
                       "demo-s3b"),
            MeetingRow(MEETING_IDS["m1"], date(2025, 3, 1), None, "talks", "held", "Lumen",
                       None, 1, ["tariffs", "steel"], _ids("quell", "vey", "halloran"),
                       _ids("arland", "borovia", "corvia"), "demo-s3c"),
        ],
    )
    return [a1, a2, a3]
