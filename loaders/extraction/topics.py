"""Topic labels: short lower-case subject labels from a keyword lexicon.

Why a lexicon of word stems rather than a classifier: labels must be stable across articles
(they become graph nodes), explainable, and cheap enough to run on every meeting and
position sentence. Each label lists word-start stems; a label applies when any stem starts
a word of the text ("tariff" matches "tariffs", not "gain" in "against").

Used by meetings (here) and by demands/concessions (`positions/`).
"""

from __future__ import annotations

import re

from .gated import GatedPattern, guard_text

# label -> stems / phrases (lower case; matched at word starts, case-insensitive)
TOPIC_LEXICON: dict[str, list[str]] = {
    "tariffs": ["tariff", "levies", "levy", "duties on", "import duties", "customs duties", "reciprocal tax"],
    "automobiles": ["automobile", "auto ", "autos", "automotive", "automaker", "car ", "cars",
                    "vehicle", "carmaker"],
    "steel": ["steel"],
    "aluminum": ["aluminum", "aluminium"],
    "agriculture": ["agricultur", "farm", "rice", "soybean", "beef", "wheat", "corn ", "food import", "palm oil",
                    "cattle", "dairy"],
    "rare earths": ["rare earth", "rare-earth", "critical mineral", "magnet"],
    "semiconductors": ["semiconductor", "chip", "microchip"],
    "non-tariff barriers": ["non-tariff", "nontariff", "non tariff", "trade barrier", "regulatory barrier"],
    "supply chains": ["supply chain", "supply-chain"],
    "energy": ["energy", "lng", "liquefied natural gas", "natural gas", "oil ", "crude", "fuel"],
    "investment": ["invest"],
    "sanctions": ["sanction"],
    "ceasefire": ["ceasefire", "cease-fire", "truce", "armistice", "halt to the fighting",
                  "end the war", "end to the war", "peace deal", "peace plan", "peace agreement"],
    "prisoners": ["prisoner", "captive", "pow", "detainee", "hostage", "exchange of bodies"],
    "territory": ["territor", "land ", "donbas", "donetsk", "luhansk", "crimea", "zaporizhzhia",
                  "kherson", "annex", "border"],
    "security guarantees": ["security guarantee", "security assurance", "security arrangement"],
    "nuclear program": ["nuclear program", "nuclear programme", "nuclear weapon", "nuclear deal",
                        "nuclear talks", "nuclear site", "nuclear facilit"],
    "enrichment": ["enrich"],
    "export controls": ["export control", "export restriction", "export curb", "export ban",
                        "entity list", "export licen"],
    "fentanyl": ["fentanyl", "opioid"],
    "shipbuilding": ["shipbuild", "shipyard"],
    "currency": ["currency", "exchange rate", "yen ", "yuan", "won ", "foreign exchange"],
    "defense": ["defense spending", "defence spending", "military", "defense cost", "defence cost",
                "troops", "weapons", "arms sales", "air defense", "air defence"],
    "pharmaceuticals": ["pharmaceutic", "drug pric", "medicine"],
    "digital": ["digital services", "digital tax", "data flow", "tech regulation", "online platform"],
    "technology": ["technolog", "artificial intelligence"],
    "trade": ["trade deal", "trade agreement", "trade talks", "trade negotiation", "trade war",
              "trade deficit", "trade surplus", "trade imbalance", "trade truce", "trade framework",
              "bilateral trade", "exports", "imports", "market access"],
    # labour, debt, water, climate, fisheries and migration talks (the other negotiations analysts follow)
    "wages": ["wage", "salary", "salaries", "pay rise", "pay raise", "pay increase", "pay deal", "pay offer",
              "pay claim", "pay uplift", "pay award", "pay hike", "percent raise", "per cent raise", "% raise"],
    "pensions": ["pension"],
    "working conditions": ["working conditions", "working hours", "overtime", "staffing", "workload",
                           "job security", "shift pattern"],
    "strike": ["walkout", "industrial action", "on strike", "strike action", "general strike", "strikes by"],
    "debt": ["debt", "creditor", "bailout", "loan programme", "loan program", "debt relief"],
    "water": ["water", "dam ", "dams", "irrigation", "river flow", "drought"],
    "climate": ["climate", "emission", "carbon", "net zero", "net-zero", "global warming"],
    "fisheries": ["fisher", "fishing", "fish stock", "catch quota", "seafood"],
    "migration": ["migrant", "migration", "asylum", "refugee", "deportation"],
    "humanitarian aid": ["humanitarian", "aid deliver", "aid convoy", "relief supplies"],
    "government formation": ["coalition government", "coalition talks", "government formation",
                             "form a government", "form the government", "cabinet post", "ministerial post",
                             "cabinet seat"],
}


# phrases a label's stem occurs in without meaning it ("palm oil" is a crop, not energy; the
# International Atomic Energy Agency is a nuclear watchdog)
NOT_TOPIC: dict[str, re.Pattern[str]] = {
    "energy": re.compile(r"\b(?:palm|olive|vegetable|cooking|edible|sunflower|soybean|rapeseed|fish) oil|"
                         r"\bAtomic Energy\b|\bInternational Energy Agency\b", re.IGNORECASE),
}


def _compile(stems: list[str]) -> GatedPattern:
    """One case-insensitive pattern per label, guarded by its stems (a match contains one)."""
    parts = []
    for s in stems:
        trailing_space = s.endswith(" ")
        core = re.escape(s.strip())
        parts.append(core + (r"\b" if trailing_space else ""))
    pattern = re.compile(r"(?<![a-z0-9])(?:" + "|".join(parts) + ")", re.IGNORECASE)
    return GatedPattern(pattern, [s.strip() for s in stems])


_PATTERNS: list[tuple[str, GatedPattern]] = [(lbl, _compile(st)) for lbl, st in TOPIC_LEXICON.items()]


def topics_in(text: str) -> list[str]:
    """Topic labels mentioned in `text`, ordered by first occurrence.

    >>> topics_in("Tokyo wants relief from auto tariffs and more LNG purchases")
    ['automobiles', 'tariffs', 'energy']
    """
    if not text:
        return []
    hits: list[tuple[int, str]] = []
    low = guard_text(text)
    for label, pat in _PATTERNS:
        if label in NOT_TOPIC and NOT_TOPIC[label].search(text):
            masked = NOT_TOPIC[label].sub(lambda x: " " * len(x.group(0)), text)
            m = pat.search(masked, guard_text(masked))
        else:
            m = pat.search(text, low)
        if m:
            hits.append((m.start(), label))
    hits.sort()
    return [lbl for _pos, lbl in hits]
