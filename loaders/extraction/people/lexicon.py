"""The words and patterns the people rules read: name shapes, words that are never names,
place and institution words, and the title words kept apart from names.
"""

from __future__ import annotations

import re

from ..lexicon import FIRM_TAILS, REGIONS, SHORT_POSTS


_NAME_POS = {"PROPN", "X", "NOUN", "ADJ"}  # the sm tagger often calls foreign names NOUN/ADJ


# posts no general holds as such: a rank right after them is rather a given name
_CIVIL_POSTS = frozenset({"minister", "secretary", "premier", "president", "ambassador", "envoy", "governor",
                          "mayor", "senator", "lawmaker", "spokesperson", "spokesman", "spokeswoman"})


# participles that open a sentence before a name ("Echoing X, ...", "Thanking X, ..."); the
# tagger often calls them proper nouns there
_OPENING_PARTICIPLES = frozenset({"echoing", "addressing", "speaking", "responding", "commenting", "reacting",
                                  "citing", "quoting", "welcoming", "praising", "thanking", "urging", "noting",
                                  "recalling", "warning", "criticising", "criticizing", "joining", "meeting",
                                  "accompanying", "receiving", "hosting", "backing", "rebuffing", "rejecting"})


# the last noun of a building's or an institution's name
_INSTITUTION_NOUNS = frozenset({"center", "centre", "university", "institute", "airport", "stadium", "hospital",
                                "school", "college", "library", "museum", "hall", "foundation", "academy"})


# words that open a post in an apposition ("X, Deputy Operations of ...", "X, a senior member of ...")
_POST_OPENERS = frozenset({"deputy", "acting", "senior", "former", "first", "vice", "special", "a", "the"})


_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC"})


_REGIONS = REGIONS
# the portfolio of a post ("Minister of Economic Affairs", "Undersecretary for Policy"): title words, not names
_PORTFOLIOS = frozenset({"policy", "affairs", "finance", "trade", "economy", "defence", "defense", "justice",
                         "health", "labour", "labor", "planning", "administration", "operations", "security",
                         "energy", "agriculture", "education", "industry", "investment", "commerce", "transport",
                         "interior", "development", "cooperation", "relations", "resources", "mines", "fisheries",
                         "francophonie", "tourism", "diaspora", "integration", "communications", "war", "oil",
                         "gas", "petroleum", "climate", "change", "livestock", "environment", "information",
                         "women", "youth", "sports", "culture", "housing", "works", "lands", "mining",
                         "digital", "welfare", "revenue", "science", "technology", "innovation", "irrigation",
                         "forestry", "food", "heritage", "aviation", "maritime", "water", "mineral", "minerals",
                         "natural", "marine", "human", "hacienda", "business", "protection", "vocational",
                         "training", "community", "communities", "sport", "employment", "social", "family",
                         "families", "children", "infrastructure", "construction", "equality", "veterans",
                         "immigration", "migration", "competition", "pensions", "reconstruction", "consumer",
                         "telecommunications", "transportation", "care", "media", "arts",
                         "reform", "solidarity", "regional", "urban",
                         "rural", "ecology", "action", "emergencies", "emergency", "taxation", "customs",
                         "budget", "enterprise", "enterprises", "entrepreneurship", "sustainability",
                         "logistics", "connectivity", "statistics", "tax", "promotion"})
# the head word that ends a body's name ("the Socialist Party", "the European Department")
_BODY_HEADS = frozenset({"party", "department", "union", "council", "commission", "assembly", "senate",
                         "committee", "bank", "fund", "ministry", "agency", "authority", "federation",
                         "congress", "front", "movement", "league", "association", "organisation",
                         "organization", "institute", "secretariat", "directorate", "division", "bureau"})
# what a negotiator's post can be "for" besides a body: "Chief Negotiator for the India-US
# Bilateral Trade Agreement X" (the pact's last word ends the title, as a body's does)
_PACT_HEADS = frozenset({"agreement", "treaty", "accord", "pact", "deal", "negotiations", "talks"})
# the service or office a post belongs to, lower-case between a side and a role ("Egyptian
# intelligence chief X", "Chinese foreign ministry spokesperson X")
_SERVICES = frozenset({"intelligence", "ministry", "department", "office", "army", "military", "police",
                       "customs", "immigration", "border", "central", "bank", "negotiating", "wealth", "fund",
                       "sovereign"})
_KUNYA = frozenset({"abu", "umm"})  # "father of" / "mother of": the first word of a name, not a particle
# first halves of common hyphenated given names ("Jean-Pierre", "Hans-Peter", "Anne-Marie"):
# the tagger often starts the name at the second half
_HYPHEN_GIVEN_FIRSTS = frozenset({"jean", "marie", "anne", "pierre", "hans", "karl", "klaus", "franz", "jan",
                                  "jose", "josé", "juan", "maria", "maría", "luis", "ana", "paul", "louis",
                                  "jean-marie", "mary", "ann", "kassym", "jens", "anna", "eva", "lars", "carl",
                                  "nils", "sven", "ole", "ulla", "lise"})


# forms of address that precede a full name in Southeast Asian usage (never names themselves
# when a given name and a surname follow)
_STYLE_WORDS = frozenset({"dato", "datuk", "datin", "paduka", "tun", "seri", "samdech", "moha", "borvor", "thipadei",
                          "techo", "akka", "h.e.", "excellency"})


# nouns of a kind of place that may stand right before its name ("the island X", "the town of X")
_PLACE_KIND_NOUNS = frozenset({"island", "atoll", "town", "city", "village", "province", "region", "district",
                               "port", "county"})
_VENUE_NOUNS = frozenset({"resort", "hotel", "palace", "airport", "base", "estate", "course", "venue",
                         "embassy", "tower", "building", "centre", "center", "hall", "residence", "club",
                         "house", "lodge", "mansion", "compound", "airbase", "stadium", "square",
                         "temple", "pagoda", "shrine", "island", "village", "district", "province",
                         "checkpoint", "crossing", "bridge", "camp"})
_PLACE_PLURALS = frozenset({"temples", "islands", "villages", "districts", "provinces", "towns", "cities",
                            "mountains", "rivers", "passes", "crossings", "checkpoints", "pagodas", "shrines"})


# Party words that are also given names ("Israel Katz", "Jordan Bardella"; "Mossad" spells the Arabic
# given name Massad as often as the Israeli service)
_COUNTRY_GIVEN_NAMES = frozenset({"Israel", "Jordan", "Georgia", "Chad", "India", "Kenya", "Mossad"})
# countries that are also surnames ("Luis Montenegro", "Jim Jordan"), last in a tagged name
_COUNTRY_SURNAMES = frozenset({"Montenegro", "Jordan"})


# Common nouns of places that head a list of names ("the villages of A and B"): the names are places.
_PLACE_CLASSES = frozenset({"village", "town", "city", "river", "region", "province", "hub", "district", "area",
                            "port", "county", "island", "capital", "lake", "valley", "settlement", "municipality",
                            "neighbourhood", "neighborhood", "suburb", "airport", "camp", "crossing", "border",
                            "locality", "outpost", "stronghold", "enclave", "governorate"})
_GEO_HEADS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "river", "mountains", "valley", "bay", "canal",
                        "desert", "peninsula", "island", "islands", "lake", "coast", "basin", "maidan", "tehsil",
                        "chowk", "museum", "mosque", "cathedral", "embassy", "square", "bhawan", "bhavan",
                        "province", "county", "prefecture", "municipality", "shoal", "shoals", "reef", "reefs",
                        "atoll", "islet"})
_AREA_NOUNS = frozenset({"area", "region", "province", "district", "governorate", "corridor", "enclave", "airbase"})
_COMPASS = frozenset({"eastern", "western", "northern", "southern", "central", "northeastern", "northwestern",
                      "southeastern", "southwestern"})
_BODY_NOUNS = frozenset({"movement", "group", "militia", "organisation", "organization", "faction", "alliance",
                         "coalition", "party", "network"})


_ORG_NOUNS = frozenset({"intelligence", "agencies", "company", "companies", "corporation", "corp", "group",
                        "planes", "aircraft", "jets", "brand", "firm", "inc", "ltd", "plc"})
_SOURCE_NOUNS = frozenset({"source", "official", "spokesman", "spokeswoman", "spokesperson", "diplomat",
                           "insider", "person", "people", "aide", "officer"})


_PLACE_HEADS = frozenset({"region", "town", "city", "village", "area", "province", "district", "capital",
                          "border", "crossing", "port", "island"})


_TRIP_NOUNS = frozenset({"visit", "trip", "journey", "tour", "travel", "voyage", "excursion"})
_BUILDING_WORDS = frozenset({"wisma", "istana", "menara", "dewan", "casa", "palacio", "palais"})


_MEDIA_NOUNS = frozenset({"news", "agency", "newspaper", "daily", "outlet", "broadcaster", "channel",
                          "television", "tv", "radio", "magazine", "website", "network"})
# the last word of a firm's name ("Kessler Electronics", "Vanta Industries"): a company, never a person;
# and a plan or text named after a place: "the Varno Roadmap"
_COMPANY_TAILS = FIRM_TAILS | frozenset({"roadmap", "accord", "accords", "declaration", "initiative", "framework",
                                         "protocol", "communique", "memorandum", "doctrine", "program", "programme",
                                         "facility", "movement", "front", "league", "samithi", "samiti", "sena",
                                         "andolan", "sanghtana", "sangathan", "morcha", "parishad", "ventures",
                                         "refinery", "railroad"})
_OUTLET_NOUNS = frozenset({"newspaper", "daily", "weekly", "broadcaster", "magazine", "website", "tabloid",
                           "outlet", "portal"})  # (not "agency", "news": "... agency chief X")
_NOT_PERSON_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY",
                              "NORP", "LAW", "EVENT", "PRODUCT", "LANGUAGE", "WORK_OF_ART"})
# verbs whose subject/object/"with" partner takes part in a meeting
_SLOT_VERBS = frozenset({"meet", "talk", "speak", "confer", "negotiate", "phone", "call", "host",
                         "receive", "welcome", "mediate", "chair", "visit"})
_SLOT_NOUNS = frozenset({"talks", "meeting", "meetings", "call", "conversation", "negotiations",
                         "summit", "discussions", "consultations", "session", "exchange"})
_HOLD_VERBS = frozenset({"hold", "have"})
# "A and B began talks": a meeting slot too, for a full name (a lone word may be a body: "let X open talks")
_OPENING_VERBS = frozenset({"begin", "start", "open", "resume", "conclude", "continue"})


_ROYAL_STYLES = frozenset({"Prince", "Princess"})
# Short forms of English given names, each with its full form ("Bill Burns" is "William Burns"
# in the article's next sentence): one person, not two.
GIVEN_NAME_SHORT_FORMS = {
    "bill": "william", "will": "william", "billy": "william", "bob": "robert", "rob": "robert", "bobby": "robert",
    "jim": "james", "jimmy": "james", "mike": "michael", "tony": "anthony", "antony": "anthony",
    "dick": "richard", "rick": "richard", "ted": "edward", "ed": "edward", "tom": "thomas", "joe": "joseph",
    "dan": "daniel", "dave": "david", "chris": "christopher", "matt": "matthew", "nick": "nicholas",
    "pat": "patrick", "sam": "samuel", "ben": "benjamin", "alex": "alexander", "andy": "andrew",
    "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine", "cathy": "catherine", "sue": "susan",
    "jeff": "jeffrey", "greg": "gregory", "ron": "ronald", "don": "donald", "fred": "frederick",
    "larry": "lawrence", "jerry": "gerald", "chuck": "charles", "charlie": "charles", "hank": "henry",
    "jack": "john", "johnny": "john", "jon": "jonathan", "steve": "steven", "phil": "philip",
}
# "the fall of the Assad regime": a period or a house named after a ruler, not the person told
_ERA_NOUNS = frozenset({"regime", "era", "family", "dynasty", "years", "doctrine", "clan"})


# Given names written abbreviated with a full stop, Filipino style ("Ma. Theresa" for Maria Theresa)
ABBREVIATED_GIVEN = frozenset({"Ma", "Md"})  # "Ma. Theresa", "Md. Rafiqul" (Maria, Mohammad)


_PLACE_STARTS = frozenset({"mount", "mt", "lake", "cape", "port", "fort", "river", "gulf", "bay", "sea", "lower",
                           "upper", "north", "south", "east", "west", "new"})
# first words of a place's name that tell its kind ("Qasr Al-Yamamah", "Rio Grande", "Wadi Rum")
_PLACE_FIRST_WORDS = frozenset({"qasr", "wadi", "jebel", "jabal", "lake", "mount", "mt", "cape", "fort", "port",
                                "river", "gulf", "bay", "rio", "lago", "monte", "sierra", "cerro", "puerto"})
_PLACE_HYPHENS = re.compile(r"\w-(?:on|upon|under|by|in|sur|the)-", re.IGNORECASE)


# governments whose civil service also has a "Commerce Secretary" (India's is its chief trade
# negotiator): in an article about them, the title alone does not make a person American
_SECRETARY_STATES = frozenset({"India", "Pakistan", "Bangladesh", "Sri Lanka"})


# nouns only a person has: "X's envoy", "X's son-in-law" make X a person
_PERSONAL_NOUNS = frozenset({"envoy", "aide", "adviser", "advisor", "son-in-law", "daughter-in-law", "son",
                             "daughter", "wife", "husband", "spokesman", "spokeswoman", "spokesperson",
                             "predecessor", "successor"})
# verbs of a mind: "officials said X believes talks are going well"
_MIND_VERBS = frozenset({"believe", "think", "feel", "hope", "fear", "doubt", "convey", "vow", "tweet"})


_TEAM_NOUNS = frozenset({"delegation", "team", "committee", "cabinet", "panel", "council", "parliament",
                         "politburo", "mission", "bureau"})


# What only an organisation owns: "Boeing's machinists", "Boeing's CEO", "Boeing's aircraft".
_FIRM_OWNED = frozenset({"union", "worker", "employee", "machinist", "staff", "share", "stock", "aircraft", "plant",
                         "factory", "ceo", "board", "headquarters", "product", "customer", "shareholder",
                         "subsidiary", "member", "lawmaker", "candidate", "initiative", "manifesto", "platform"})
_KIN = frozenset({"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "family"})
_MINDING_VERBS = frozenset({"believe", "think", "feel", "recall", "hope", "fear", "tweet"})


_QUOTES = ('"', "“", "”", "'", "’")


_APPOS_STOP = {",", ".", ";", ":", "who", "which", "that", "and", "said", "says", "(", ")", "[", "]", "—", "–"}


# The posts of the European Union's own institutions ("European Trade Commissioner",
# "European Commission President", "European Council President")
_EU_POST = re.compile(r"European (?:[A-Z][a-z]+ )*(?:Commissioner|Commission|Council President)\b")


_DEPARTMENTS = frozenset("""treasury commerce defense defence finance economy trade state energy
justice interior agriculture labor labour health education industry transport foreign""".split())


_SHORT_POSTS = SHORT_POSTS
# Words that make a different post of the role word after them ("prime minister", "vice president")
_RANK_WORDS = frozenset({"prime", "vice", "deputy"})
# military ranks: a title of rank says no side, the post told after the name may
_RANKS = frozenset({"general", "gen", "gen.", "colonel", "col", "col.", "brigadier", "admiral", "adm", "adm.",
                    "marshal", "commander", "captain", "major", "lieutenant"})

# the posts of a state's own government (not a firm's, a union's or a body's): a minister with
# no country under the dateline of the only country named is that country's
_STATE_POST = re.compile(r"\b(?:minister|ministers|premier|chancellor|cabinet secretary|finance secretary|"
                         r"foreign secretary|home secretary|central bank governor)\b", re.IGNORECASE)
# plural posts before a list of their holders ("the Congolese and Rwandan foreign ministers, A and B")
_PLURAL_POSTS = frozenset({"ministers", "leaders", "presidents", "envoys", "negotiators", "counterparts",
                           "delegates", "heads", "premiers", "secretaries", "ambassadors"})
# head words of things, not people, that the tagger may label a product or a work ("the Master
# Contract Agreement", "the Yasukuni Shrine")
_THING_HEADS = frozenset({"agreement", "contract", "treaty", "pact", "deal", "act", "bill", "law", "plan",
                          "shrine", "mosque", "church", "cathedral", "monument", "memorial", "bridge", "dam"})
