"""Small word lists shared by the people, meeting and position rules.

Why separate: these are general English/news-register lexicons (titles, honorifics,
pronouns, meeting words), not tied to any article; keeping them in one place makes the
rules readable and lets tests and other engineers reuse them.
"""

from __future__ import annotations

# Head words of a person's role. A title phrase must contain one of these.
ROLE_WORDS: frozenset[str] = frozenset("""
president vice-president premier minister secretary chancellor envoy ambassador negotiator
representative spokesperson spokesman spokeswoman aide adviser advisor chief commissioner
director head leader king queen prince princess emir sheikh governor senator official superintendent
eam nsa mp msp mla mlc mep mk mpp mna cs
delegate diplomat counselor counsellor chair chairman chairwoman chairperson ceo deputy taoiseach tanaiste tánaiste
undersecretary under-secretary mayor general admiral commander lawmaker speaker attorney lawyer
mediator coordinator czar tsar son-in-law daughter-in-law ruler monarch sultan
crown pope cardinal congressman congresswoman legislator officer negotiators
ministers secretaries envoys leaders presidents ombudsman administrator councillor councilor
secretary-general commissioners counterpart whip informer informateur formateur
marshal sec.-general sec.-gen. sec-gen colonel brigadier lieutenant captain attache attaché
""".split())

# Honorifics that precede a name and are not part of it.
HONORIFICS: frozenset[str] = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
                                        "sir", "dame", "madam", "gen.", "lt.", "col.", "sen.",
                                        "rep.", "gov.", "prof.", "amb.", "amb", "gen", "lt", "lt-gen", "cmdr", "cmdr.", "sgt", "sgt.",
                                        "brig", "brig.", "maj", "maj.", "col", "capt", "capt.",
                                        "adm", "adm.", "pm", "fm", "h.e.", "eng.", "eng", "professor", "prof",
                                        "atty", "atty.", "hon", "hon.", "honourable", "honorable",
                                        "mallam", "malam", "alhaji", "alhaja", "miz",
                                        "comrade", "majesty", "highness", "excellency", "pastor", "reverend", "rev.",
                                        "rabbi", "imam",
                                        "shri", "smt", "smt.", "shrimati", "rtd", "retd", "retd.",
                                        # a retired officer's mark, one token ("General (Ret.) X")
                                        "(ret.)", "(ret)", "(rtd)", "(rtd.)", "(retd)", "(retd.)"})

# Name particles that may sit inside a name ("Ursula von der Leyen", "Faisal bin Farhan").
PARTICLES: frozenset[str] = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "la",
                                       "le", "bin", "ibn", "bint", "al", "el", "al-", "abu",
                                       "dos", "das", "del", "do", "y"})

# Capitalised words that are never (part of) a person's name.
NOT_NAME_WORDS: frozenset[str] = frozenset("""
the a an and or but of for in on at to with by from as after before during while when
he she it they we i you his her its their our this that these those there here
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
feb mar apr jun jul aug sep sept oct nov dec
mr mrs ms dr sir
trade tariff tariffs talks summit deal meeting call government ministry department office
house senate congress parliament council commission agency bureau court party union
state states united republic kingdom federation administration
north south east west central national federal international global world middle
news reuters bloomberg associated press agency times post journal tass ria interfax xinhua
kyodo yonhap afp ap cnn bbc politico sputnik axios izvestia kommersant anadolu irna jazeera
agencia agência agence agenzia yedioth ahronoth haaretz maariv operation
headquarters secretariat directorate border affairs route corridor road bridge cabinet abroad
local joint assisting sabha majlis majlish knesset duma bundestag sejm jirga shura
fair festival expo prize award doctrine twitter facebook telegram instagram youtube planning development assembly committee organization organisation
tasnim fars mehr isna wafa sana elect designate
according however meanwhile also still yet
board without portfolio
delegations negotiators unions officials leaders ministers protesters workers employers diplomats mediators
envoys rebels lawmakers delegates representatives sides
foreign commerce treasury defense defence finance economy economic industry energy justice
interior agriculture labor labour health education security intelligence transport
transportation revitalization first deputy special senior acting former vice prime chief top
presidential ministerial military nippon
armed forces army navy staff corps guard
competition investment mines resources environment tourism infrastructure fisheries
communications innovation enterprise employment housing external internal overseas home public works
welfare culture sports youth science technology petroleum railways aviation maritime cooperation integration
forum conference dialogue convention political executive europe brexit team mission command corporation
managing assistant associate responsible service
alliance coalition association institute foundation rail railways airlines airways holdings
university universities college academy
passover easter christmas ramadan eid hanukkah diwali thanksgiving nowruz lent
""".split())

# World regions (lower case): they end a post ("Representative for South Asia X", "Envoy to the
# Middle East X") and never start a person's name.
REGIONS: frozenset[str] = frozenset({"asia", "africa", "europe", "america", "americas", "pacific", "oceania",
                                     "eurasia", "caribbean", "arctic", "balkans", "caucasus", "gulf", "levant",
                                     "sahel", "middle", "east", "far", "near", "latin"})

# Places that are not parties but that spaCy sometimes tags as people: cities and regions
# where talks are held or that are fought over. Also used to recognise meeting locations.
PLACES: frozenset[str] = frozenset("""
Geneva Istanbul Riyadh Jeddah Doha Muscat Abu Dhabi Dubai Alaska Anchorage Florida Hawaii
Helsinki Vienna Oslo Stockholm London Paris Rome Madrid Lisbon Davos Brussels Minsk Ankara
Antalya Camp David Mar-a-Lago Gyeongju Busan Osaka Hiroshima Kananaskis Singapore Bali
Hanoi Beijing Shanghai Tokyo Seoul Washington Moscow Kyiv Sochi Crimea Donbas Donetsk Luhansk
Zaporizhzhia Kherson Kharkiv Odesa Mariupol Bakhmut Kursk Gaza Rafah West Bank Cairo Sharm
El-Sheikh Baghdad Tehran Oman Qatar Versailles Munich Berlin Warsaw Budapest Belgrade Baku
Yerevan Astana Tashkent New York Manhattan Los Angeles San Francisco Chicago Texas California
Palm Beach Bedminster Hallandale Beach Miami Ottawa Toronto Montreal Canberra Sydney Kyoto
Dolmabahce Sapporo Yokohama Nagoya Shenzhen Guangzhou Hong Kong Macau Taipei Manila Jakarta
Kuala Lumpur Bangkok Delhi Mumbai Islamabad Kabul Tel Aviv Jerusalem Amman Beirut Damascus
Karabakh Nagorno-Karabakh Nakhchivan Zangezur Syunik Kashmir Golan Sinai Xinjiang Tibet Transnistria
Abkhazia Darfur Kivu Goma Tigray Idlib Aleppo Jenin Hebron Putrajaya Preah Vihear Surin Sisaket
Assam Tripura Kerala Punjab Bihar Odisha Telangana Karnataka Maharashtra Gujarat Rajasthan Manipur
Mizoram Meghalaya Nagaland Sikkim Jharkhand Chhattisgarh Uttarakhand Haryana Pradesh Nadu Bengal
Sindh Balochistan Baluchistan Baluchestan Pakhtunkhwa Gilgit-Baltistan
""".split()) - {"David", "New", "West", "San", "Los", "Hong", "Kong", "Palm", "Beach", "Camp", "Abu", "Tel",
                  "Kuala", "Sharm", "Francisco", "Angeles", "York"}
# (given names / plain words / name parts of "Camp David", "San Francisco" etc.: "Juan Francisco X")
# Multi-word places as wholes (their parts above only where a part is never a given name).
PLACE_PHRASES: frozenset[str] = frozenset({
    "Camp David", "Abu Dhabi", "West Bank", "New York", "Los Angeles", "San Francisco", "Palm Beach",
    "Hallandale Beach", "Tel Aviv", "Hong Kong", "Kuala Lumpur", "Sharm El-Sheikh", "Sharm el-Sheikh",
    "Tamil Nadu", "Himachal Pradesh", "Andhra Pradesh", "Uttar Pradesh", "Madhya Pradesh", "Arunachal Pradesh",
    "West Bengal", "Khyber Pakhtunkhwa"})

# Group nouns a meeting may have as its subject instead of named people.
# number words a count is written with ("the two envoys", "the three parties")
NUMBER_WORDS: dict[str, int] = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
GROUP_NOUNS: frozenset[str] = frozenset({"delegations", "sides", "leaders", "ministers",
                                         "negotiators", "teams", "officials", "presidents",
                                         "countries", "nations", "governments", "counterparts",
                                         "envoys", "diplomats"})

PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "him", "his", "she", "her", "hers", "himself",
                                             "herself"})

# Titles that, on their own, name a post of the United States government.
US_ONLY_TITLES: tuple[str, ...] = (
    "commerce secretary", "treasury secretary", "secretary of state", "secretary of commerce",
    "secretary of the treasury", "trade representative", "secretary of defense",
    "defense secretary", "secretary of war", "vice president jd", "white house",
)


# The last word of a body's name that the tagger may take for a person's ("Stadler Rail", "Maritime Alliance").
ORG_TAILS: frozenset[str] = frozenset({"alliance", "coalition", "association", "institute", "foundation", "rail",
                                       "railways", "airlines", "airways", "holdings", "group", "motors",
                                       "corporation", "company", "bahn", "organisations", "organizations",
                                       "minerals", "earths", "plastics"})
# Common nouns that stand for a firm ("the company", "management", "the port operator X").
FIRM_NOUNS: frozenset[str] = frozenset({"company", "management", "employer", "firm", "operator", "carrier", "airline",
                                        "carmaker", "automaker", "planemaker", "studio", "shipowner",
                                        "manufacturer", "broadcaster"})
# The last word of a firm's name ("Kessler Electronics", "Bayline Shipping"): a company, never a person.
FIRM_TAILS: frozenset[str] = ORG_TAILS | frozenset({
    "electronics", "industries", "technologies", "pharmaceuticals", "petroleum", "chemicals", "semiconductor",
    "semiconductors", "enterprises", "logistics", "shipbuilding", "automotive", "telecom", "telecoms", "inc", "ltd",
    "plc", "shipping", "steel", "mining", "energy", "airport", "ports", "foods", "textiles", "pharma", "bank",
    "insurance", "construction", "aerospace", "llc", "corp", "co", "ag", "sa", "gmbh"})

# posts the press shortens to capitals ("the Deputy PM", "the FM", "CM has agreed"): a person's
# post, never a body's name
SHORT_POSTS = {"PM": "prime minister", "FM": "foreign minister", "CM": "chief minister"}
