"""Countries, governments and organisations: one canonical short English name each.

Why a hand-made lexicon: news text names the same side in many ways ("U.S.", "Washington",
"the Trump administration", "American"; "Brussels", "the bloc", "European Commission"), and
the knowledge graph needs exactly one node per side. spaCy's GPE/NORP/ORG labels find the
mentions but do not normalise them, and the small model mislabels many. The lexicon is
general (all major countries, capitals, demonyms and the common international bodies) and
is matched with one spaCy `PhraseMatcher` pass per document, so it stays cheap.

Canonical names follow the corpus guide: "United States", "United Kingdom",
"European Union", "South Korea", "Turkey", ...
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A state's intelligence services and army, named as often as the state in talks ("CIA Director X",
# "Mossad chief Y"): aliases of the state, yet kept in a person's title.
SERVICES: dict[str, list[str]] = {
    "United States": ["CIA", "FBI"],
    "Israel": ["Mossad", "Shin Bet", "IDF", "Israel Defense Forces"],
    "Iran": ["IRGC"],
    "Pakistan": ["ISI"],
    "Russia": ["FSB", "SVR", "GRU"],
    "United Kingdom": ["MI6", "MI5"],
}
SERVICE_NAMES = frozenset(n for names in SERVICES.values() for n in names)

# canonical name -> (kind, aliases). Aliases are written in their natural casing; matching is
# case-sensitive on the written form plus its capitalised and upper-case variants, so that
# "US" (country) does not match "us" (pronoun) but "BRUSSELS" (dateline) still matches.
_LEXICON: dict[str, tuple[str, list[str]]] = {
    # --- countries (name, official forms, capital, demonym, government metonyms)
    "United States": ("country", [
        "United States", "the United States", "United States of America", "U.S.", "US",
        "U.S.A.", "USA", "America", "Washington", "American", "Americans", "U.S. government",
        "US government", "White House", "the White House", "Trump administration",
        "Biden administration", "the administration", "the US side", "the U.S. side",
        "the American side", "Pentagon", "State Department", "Treasury Department",
        "Commerce Department", "USTR", "Washington D.C.", "U.S. officials", "US officials", *SERVICES["United States"]]),
    "China": ("country", [
        "China", "People's Republic of China", "PRC", "Beijing", "Chinese", "the Chinese side",
        "Chinese government", "Zhongnanhai", "mainland China"]),
    "Japan": ("country", [
        "Japan", "Tokyo", "Japanese", "the Japanese side", "Japanese government",
        "Government of Japan", "Kishida administration", "Ishiba administration"]),
    "Russia": ("country", [
        "Russia", "Russian Federation", "Moscow", "Kremlin", "the Kremlin", "Russian",
        "Russians", "the Russian side", *SERVICES["Russia"]]),
    "Ukraine": ("country", [
        "Ukraine", "Kyiv", "Kiev", "Ukrainian", "Ukrainians", "the Ukrainian side",
        "Bankova"]),
    "European Union": ("organisation", [
        "European Union", "EU", "E.U.", "Brussels", "European Commission", "the Commission",
        "the bloc", "EC", "European Council", "European Parliament", "the 27-nation bloc",
        "the 27-member bloc", "EU Commission", "the Europeans"]),
    "United Kingdom": ("country", [
        "United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "London", "British",
        "Downing Street", "Whitehall", *SERVICES["United Kingdom"]]),
    "South Korea": ("country", [
        "South Korea", "Republic of Korea", "Korea", "Seoul", "South Korean", "Korean",
        "South Koreans", "ROK"]),
    "North Korea": ("country", [
        "North Korea", "DPRK", "Pyongyang", "North Korean", "Democratic People's Republic of Korea"]),
    "India": ("country", ["India", "New Delhi", "Delhi", "Indian"]),
    "Canada": ("country", ["Canada", "Ottawa", "Canadian", "Canadians"]),
    "Mexico": ("country", ["Mexico", "Mexico City", "Mexican", "Mexicans"]),
    "Brazil": ("country", ["Brazil", "Brasilia", "Brasília", "Brazilian"]),
    "Argentina": ("country", ["Argentina", "Buenos Aires", "Argentine", "Argentinian"]),
    "Chile": ("country", ["Chile", "Chilean"]),
    "Colombia": ("country", ["Colombia", "Bogota", "Bogotá", "Colombian"]),
    "Venezuela": ("country", ["Venezuela", "Caracas", "Venezuelan"]),
    "Cuba": ("country", ["Cuba", "Havana", "Cuban"]),
    "Peru": ("country", ["Peru", "Peruvian"]),
    "France": ("country", ["France", "Paris", "French", "Elysee", "Élysée", "the Elysee"]),
    "Germany": ("country", ["Germany", "Berlin", "German", "Germans"]),
    "Italy": ("country", ["Italy", "Rome", "Italian"]),
    "Spain": ("country", ["Spain", "Madrid", "Spanish"]),
    "Portugal": ("country", ["Portugal", "Lisbon", "Portuguese"]),
    "Netherlands": ("country", ["Netherlands", "the Netherlands", "The Hague", "Amsterdam", "Dutch"]),
    "Belgium": ("country", ["Belgium", "Belgian"]),
    "Switzerland": ("country", ["Switzerland", "Bern", "Swiss"]),
    "Austria": ("country", ["Austria", "Vienna", "Austrian"]),
    "Poland": ("country", ["Poland", "Warsaw", "Polish"]),
    "Hungary": ("country", ["Hungary", "Budapest", "Hungarian"]),
    "Czech Republic": ("country", ["Czech Republic", "Czechia", "Prague", "Czech"]),
    "Slovakia": ("country", ["Slovakia", "Bratislava", "Slovak"]),
    "Romania": ("country", ["Romania", "Bucharest", "Romanian"]),
    "Bulgaria": ("country", ["Bulgaria", "Bulgarian"]),
    "Greece": ("country", ["Greece", "Athens", "Greek"]),
    "Sweden": ("country", ["Sweden", "Stockholm", "Swedish"]),
    "Norway": ("country", ["Norway", "Oslo", "Norwegian"]),
    "Denmark": ("country", ["Denmark", "Copenhagen", "Danish"]),
    "Finland": ("country", ["Finland", "Helsinki", "Finnish"]),
    "Ireland": ("country", ["Ireland", "Dublin", "Irish"]),
    "Estonia": ("country", ["Estonia", "Tallinn", "Estonian"]),
    "Latvia": ("country", ["Latvia", "Riga", "Latvian"]),
    "Lithuania": ("country", ["Lithuania", "Vilnius", "Lithuanian"]),
    "Belarus": ("country", ["Belarus", "Minsk", "Belarusian"]),
    "Moldova": ("country", ["Moldova", "Chisinau", "Moldovan"]),
    "Georgia": ("country", ["Tbilisi", "Georgian"]),
    "Armenia": ("country", ["Armenia", "Yerevan", "Armenian"]),
    "Azerbaijan": ("country", ["Azerbaijan", "Baku", "Azerbaijani"]),
    "Serbia": ("country", ["Serbia", "Belgrade", "Serbian"]),
    "Kosovo": ("country", ["Kosovo", "Pristina"]),
    "Turkey": ("country", ["Turkey", "Turkiye", "Türkiye", "Ankara", "Turkish"]),
    "Israel": ("country", ["Israel", "Israeli", "Israelis", "Jerusalem", "Tel Aviv", *SERVICES["Israel"]]),
    "Palestinian Authority": ("government", ["Palestinian Authority", "Ramallah", "Palestinian", "Palestinians"]),
    "Hamas": ("organisation", ["Hamas"]),
    "Hezbollah": ("organisation", ["Hezbollah"]),
    "Houthis": ("organisation", ["Houthis", "Houthi"]),
    "Iran": ("country", ["Iran", "Tehran", "Iranian", "Islamic Republic", "Islamic Republic of Iran", *SERVICES["Iran"]]),
    "Iraq": ("country", ["Iraq", "Baghdad", "Iraqi"]),
    "Syria": ("country", ["Syria", "Damascus", "Syrian"]),
    "Lebanon": ("country", ["Lebanon", "Beirut", "Lebanese"]),
    "Jordan": ("country", ["Jordan", "Amman", "Jordanian"]),
    "Egypt": ("country", ["Egypt", "Cairo", "Egyptian"]),
    "Saudi Arabia": ("country", ["Saudi Arabia", "Riyadh", "Saudi", "Saudis", "Jeddah"]),
    "Qatar": ("country", ["Qatar", "Doha", "Qatari"]),
    "United Arab Emirates": ("country", ["United Arab Emirates", "UAE", "U.A.E.", "Abu Dhabi", "Emirati"]),
    "Oman": ("country", ["Oman", "Muscat", "Omani"]),
    "Kuwait": ("country", ["Kuwait", "Kuwaiti"]),
    "Bahrain": ("country", ["Bahrain", "Manama", "Bahraini"]),
    "Yemen": ("country", ["Yemen", "Sanaa", "Yemeni"]),
    # the Taliban have governed Afghanistan since 2021: "the Taliban regime", "Afghan Taliban"
    # speak for the country (the Pakistani Taliban, the TTP, are a group of their own)
    "Afghanistan": ("country", ["Afghanistan", "Kabul", "Afghan", "Islamic Emirate", "Taliban", "the Taliban"]),
    "Pakistan": ("country", ["Pakistan", "Islamabad", "Pakistani", *SERVICES["Pakistan"]]),
    "Bangladesh": ("country", ["Bangladesh", "Dhaka", "Bangladeshi"]),
    "Sri Lanka": ("country", ["Sri Lanka", "Colombo", "Sri Lankan"]),
    "Kazakhstan": ("country", ["Kazakhstan", "Astana", "Kazakh"]),
    "Uzbekistan": ("country", ["Uzbekistan", "Tashkent", "Uzbek"]),
    "Mongolia": ("country", ["Mongolia", "Ulaanbaatar", "Mongolian"]),
    "Taiwan": ("country", ["Taiwan", "Taipei", "Taiwanese"]),
    "Hong Kong": ("country", ["Hong Kong"]),
    "Vietnam": ("country", ["Vietnam", "Viet Nam", "Hanoi", "Vietnamese"]),
    "Thailand": ("country", ["Thailand", "Bangkok", "Thai"]),
    "Cambodia": ("country", ["Cambodia", "Phnom Penh", "Cambodian"]),
    "Laos": ("country", ["Laos", "Vientiane", "Lao", "Laotian"]),
    "Myanmar": ("country", ["Myanmar", "Burma", "Naypyitaw", "Burmese"]),
    "Malaysia": ("country", ["Malaysia", "Kuala Lumpur", "Malaysian"]),
    "Singapore": ("country", ["Singapore", "Singaporean"]),
    "Indonesia": ("country", ["Indonesia", "Jakarta", "Indonesian"]),
    "Philippines": ("country", ["Philippines", "the Philippines", "Manila", "Philippine", "Filipino"]),
    "Australia": ("country", ["Australia", "Canberra", "Australian"]),
    "New Zealand": ("country", ["New Zealand", "NZ", "Wellington", "New Zealander"]),
    "South Africa": ("country", ["South Africa", "Pretoria", "South African"]),
    "Nigeria": ("country", ["Nigeria", "Abuja", "Nigerian"]),
    "Kenya": ("country", ["Kenya", "Nairobi", "Kenyan"]),
    "Ethiopia": ("country", ["Ethiopia", "Addis Ababa", "Ethiopian"]),
    "Sudan": ("country", ["Sudan", "Khartoum", "Sudanese"]),
    "Libya": ("country", ["Libya", "Tripoli", "Libyan"]),
    "Algeria": ("country", ["Algeria", "Algiers", "Algerian"]),
    "Morocco": ("country", ["Morocco", "Rabat", "Moroccan"]),
    # (the short English name, as the contract asks of countries: "DR Congo")
    "DR Congo": ("country", ["DR Congo", "Democratic Republic of the Congo", "Democratic Republic of Congo", "DRC",
                             "D.R. Congo", "Kinshasa", "Congolese", "Congo"]),
    "Rwanda": ("country", ["Rwanda", "Kigali", "Rwandan"]),
    "Vatican": ("country", ["Vatican", "Holy See", "the Vatican"]),
    "Albania": ("country", ["Albania", "Tirana", "Albanian"]),
    "North Macedonia": ("country", ["North Macedonia", "Skopje", "Macedonian"]),
    "Montenegro": ("country", ["Montenegro", "Podgorica", "Montenegrin"]),
    "Bosnia and Herzegovina": ("country", ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia", "Sarajevo", "Bosnian"]),
    "Croatia": ("country", ["Croatia", "Zagreb", "Croatian"]),
    "Slovenia": ("country", ["Slovenia", "Ljubljana", "Slovenian", "Slovene"]),
    "Cyprus": ("country", ["Cyprus", "Nicosia", "Cypriot", "Republic of Cyprus"]),
    "Malta": ("country", ["Malta", "Valletta", "Maltese"]),
    "Iceland": ("country", ["Iceland", "Reykjavik", "Icelandic"]),
    "Luxembourg": ("country", ["Luxembourg", "Luxembourgish"]),
    "Liechtenstein": ("country", ["Liechtenstein", "Vaduz"]),
    "Monaco": ("country", ["Monaco", "Monegasque"]),
    "Andorra": ("country", ["Andorra"]),
    "San Marino": ("country", ["San Marino"]),
    "Greenland": ("country", ["Greenland", "Nuuk", "Greenlandic"]),
    "Scotland": ("country", ["Scotland", "Scottish Government", "Holyrood"]),
    "Gibraltar": ("country", ["Gibraltar"]),
    "Ecuador": ("country", ["Ecuador", "Quito", "Ecuadorian"]),
    "Bolivia": ("country", ["Bolivia", "La Paz", "Bolivian"]),
    "Paraguay": ("country", ["Paraguay", "Asunción", "Asuncion", "Paraguayan"]),
    "Uruguay": ("country", ["Uruguay", "Montevideo", "Uruguayan"]),
    "Panama": ("country", ["Panama", "Panama City", "Panamanian"]),
    "Costa Rica": ("country", ["Costa Rica", "Costa Rican"]),
    "Nicaragua": ("country", ["Nicaragua", "Managua", "Nicaraguan"]),
    "Honduras": ("country", ["Honduras", "Tegucigalpa", "Honduran"]),
    "Guatemala": ("country", ["Guatemala", "Guatemala City", "Guatemalan"]),
    "El Salvador": ("country", ["El Salvador", "San Salvador", "Salvadoran"]),
    "Dominican Republic": ("country", ["Dominican Republic", "Santo Domingo", "Dominican"]),
    "Haiti": ("country", ["Haiti", "Port-au-Prince", "Haitian"]),
    "Jamaica": ("country", ["Jamaica", "Jamaican"]),
    "Trinidad and Tobago": ("country", ["Trinidad and Tobago", "Port of Spain", "Trinidadian"]),
    "Barbados": ("country", ["Barbados", "Bridgetown", "Barbadian"]),
    "Bahamas": ("country", ["Bahamas", "the Bahamas", "Nassau", "Bahamian"]),
    "Belize": ("country", ["Belize", "Belmopan", "Belizean"]),
    "Suriname": ("country", ["Suriname", "Paramaribo", "Surinamese"]),
    "Guyana": ("country", ["Guyana", "Georgetown", "Guyanese"]),
    "Puerto Rico": ("country", ["Puerto Rico", "San Juan", "Puerto Rican"]),
    "Saint Vincent and the Grenadines": ("country", ["Saint Vincent and the Grenadines", "St Vincent and the Grenadines", "St. Vincent and the Grenadines", "Kingstown", "Vincentian"]),
    "Grenada": ("country", ["Grenada", "Grenadian"]),
    "Saint Lucia": ("country", ["Saint Lucia", "St Lucia", "St. Lucia", "Castries"]),
    "Antigua and Barbuda": ("country", ["Antigua and Barbuda"]),
    "Dominica": ("country", ["Dominica"]),
    "Saint Kitts and Nevis": ("country", ["Saint Kitts and Nevis", "St Kitts and Nevis", "St. Kitts and Nevis"]),
    "Tunisia": ("country", ["Tunisia", "Tunis", "Tunisian"]),
    "Mauritania": ("country", ["Mauritania", "Nouakchott", "Mauritanian"]),
    "Mali": ("country", ["Mali", "Bamako", "Malian"]),
    "Niger": ("country", ["Niger", "Niamey", "Nigerien"]),
    "Chad": ("country", ["N'Djamena", "Chadian"]),
    "Burkina Faso": ("country", ["Burkina Faso", "Ouagadougou", "Burkinabe"]),
    "Senegal": ("country", ["Senegal", "Dakar", "Senegalese"]),
    "Gambia": ("country", ["Gambia", "the Gambia", "Banjul", "Gambian"]),
    "Guinea": ("country", ["Guinea", "Conakry", "Guinean"]),
    "Guinea-Bissau": ("country", ["Guinea-Bissau", "Bissau"]),
    "Sierra Leone": ("country", ["Sierra Leone", "Freetown", "Sierra Leonean"]),
    "Liberia": ("country", ["Liberia", "Monrovia", "Liberian"]),
    "Ivory Coast": ("country", ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire", "Abidjan", "Ivorian"]),
    "Ghana": ("country", ["Ghana", "Accra", "Ghanaian"]),
    "Togo": ("country", ["Togo", "Lomé", "Lome", "Togolese"]),
    "Benin": ("country", ["Benin", "Cotonou", "Porto-Novo", "Beninese"]),
    "Cameroon": ("country", ["Cameroon", "Yaoundé", "Yaounde", "Cameroonian"]),
    "Central African Republic": ("country", ["Central African Republic", "Bangui"]),
    "Gabon": ("country", ["Gabon", "Libreville", "Gabonese"]),
    "Equatorial Guinea": ("country", ["Equatorial Guinea", "Malabo"]),
    "Republic of the Congo": ("country", ["Republic of the Congo", "Republic of Congo", "Congo-Brazzaville", "Brazzaville"]),
    "Angola": ("country", ["Angola", "Luanda", "Angolan"]),
    "Zambia": ("country", ["Zambia", "Lusaka", "Zambian"]),
    "Zimbabwe": ("country", ["Zimbabwe", "Harare", "Zimbabwean"]),
    "Malawi": ("country", ["Malawi", "Lilongwe", "Malawian"]),
    "Mozambique": ("country", ["Mozambique", "Maputo", "Mozambican"]),
    "Tanzania": ("country", ["Tanzania", "Dodoma", "Dar es Salaam", "Tanzanian"]),
    "Uganda": ("country", ["Uganda", "Kampala", "Ugandan"]),
    "Burundi": ("country", ["Burundi", "Gitega", "Bujumbura", "Burundian"]),
    "Somalia": ("country", ["Somalia", "Mogadishu", "Somali"]),
    "Djibouti": ("country", ["Djibouti", "Djiboutian"]),
    "Eritrea": ("country", ["Eritrea", "Asmara", "Eritrean"]),
    "South Sudan": ("country", ["South Sudan", "Juba", "South Sudanese"]),
    "Madagascar": ("country", ["Madagascar", "Antananarivo", "Malagasy"]),
    "Comoros": ("country", ["Comoros", "Moroni"]),
    "Seychelles": ("country", ["Seychelles"]),
    "Mauritius": ("country", ["Mauritius", "Port Louis", "Mauritian"]),
    "Namibia": ("country", ["Namibia", "Windhoek", "Namibian"]),
    "Botswana": ("country", ["Botswana", "Gaborone"]),
    "Lesotho": ("country", ["Lesotho", "Maseru"]),
    "Eswatini": ("country", ["Eswatini", "Swaziland", "Mbabane"]),
    "Cape Verde": ("country", ["Cape Verde", "Cabo Verde", "Praia"]),
    "Sao Tome and Principe": ("country", ["Sao Tome and Principe", "São Tomé and Príncipe"]),
    "Western Sahara": ("country", ["Western Sahara", "Sahrawi"]),
    "Nepal": ("country", ["Nepal", "Kathmandu", "Nepali", "Nepalese"]),
    "Bhutan": ("country", ["Bhutan", "Thimphu", "Bhutanese"]),
    "Maldives": ("country", ["Maldives", "the Maldives", "Malé", "Maldivian"]),
    "Brunei": ("country", ["Brunei", "Bandar Seri Begawan", "Bruneian"]),
    "Timor-Leste": ("country", ["Timor-Leste", "East Timor", "Dili"]),
    "Kyrgyzstan": ("country", ["Kyrgyzstan", "Bishkek", "Kyrgyz"]),
    "Tajikistan": ("country", ["Tajikistan", "Dushanbe", "Tajik"]),
    "Turkmenistan": ("country", ["Turkmenistan", "Ashgabat", "Turkmen"]),
    "Macau": ("country", ["Macau", "Macao"]),
    "Papua New Guinea": ("country", ["Papua New Guinea", "Port Moresby"]),
    "Fiji": ("country", ["Fiji", "Suva", "Fijian"]),
    "Solomon Islands": ("country", ["Solomon Islands", "Honiara"]),
    "Vanuatu": ("country", ["Vanuatu", "Port Vila"]),
    "Samoa": ("country", ["Samoa", "Apia", "Samoan"]),
    "Tonga": ("country", ["Tonga", "Tongan"]),
    "Kiribati": ("country", ["Kiribati"]),
    "Tuvalu": ("country", ["Tuvalu"]),
    "Nauru": ("country", ["Nauru"]),
    "Palau": ("country", ["Palau"]),
    "Marshall Islands": ("country", ["Marshall Islands"]),
    "Faroe Islands": ("country", ["Faroe Islands", "Faroes", "Faeroe Islands", "Faroese"]),
    # --- organisations
    "NATO": ("organisation", ["NATO", "Nato", "North Atlantic Treaty Organization", "the alliance"]),
    "United Nations": ("organisation", ["United Nations", "UN", "U.N.", "UN Security Council",
                                        "U.N. Security Council", "Security Council"]),
    "World Trade Organization": ("organisation", ["World Trade Organization", "WTO"]),
    # (bodies a reader knows by their acronyms go by them, as annotators name them: "IAEA", "IMF", "NATO")
    "IAEA": ("organisation", ["IAEA", "International Atomic Energy Agency"]),
    "OPEC": ("organisation", ["OPEC", "Organization of the Petroleum Exporting Countries"]),
    # (OPEC+ is the wider group with Russia and others: another side, as annotators name it)
    "OPEC+": ("organisation", ["OPEC+", "OPEC Plus", "OPEC plus"]),
    "G7": ("organisation", ["G7", "G-7", "Group of Seven"]),
    "E3": ("organisation", ["E3", "E-3", "European troika", "E3 countries", "European trio"]),
    "G20": ("organisation", ["G20", "G-20", "Group of 20", "Group of Twenty"]),
    "ASEAN": ("organisation", ["ASEAN", "Association of Southeast Asian Nations"]),
    "APEC": ("organisation", ["APEC", "Asia-Pacific Economic Cooperation"]),
    "African Union": ("organisation", ["African Union", "AU"]),
    "Arab League": ("organisation", ["Arab League"]),
    "IMF": ("organisation", ["IMF", "International Monetary Fund", "the Fund", "the lender"]),
    "World Bank": ("organisation", ["World Bank"]),
    "OSCE": ("organisation", ["OSCE", "Organization for Security and Co-operation in Europe"]),
    "BRICS": ("organisation", ["BRICS"]),
    "Shanghai Cooperation Organisation": ("organisation", ["Shanghai Cooperation Organisation", "SCO"]),
    "Gulf Cooperation Council": ("organisation", ["Gulf Cooperation Council", "GCC"]),
    "International Committee of the Red Cross": ("organisation", ["International Committee of the Red Cross", "ICRC", "Red Cross"]),
    "Mercosur": ("organisation", ["Mercosur", "Mercosul", "MERCOSUR"]),
    "ECOWAS": ("organisation", ["ECOWAS", "Economic Community of West African States"]),
    "SADC": ("organisation", ["SADC", "Southern African Development Community"]),
    "East African Community": ("organisation", ["East African Community", "EAC"]),
    "IGAD": ("organisation", ["IGAD", "Intergovernmental Authority on Development"]),
    "CARICOM": ("organisation", ["CARICOM", "Caricom", "Caribbean Community"]),
    "Organization of American States": ("organisation", ["Organization of American States", "OAS"]),
    "Kurdistan Regional Government": ("government", ["Kurdistan Regional Government", "KRG", "Kurdistan Region", "Iraqi Kurdistan", "Erbil"]),
    "M23": ("organisation", ["M23", "M23 rebels", "March 23 Movement", "AFC/M23"]),
    "Syrian Democratic Forces": ("organisation", ["Syrian Democratic Forces", "SDF"]),
    "Rapid Support Forces": ("organisation", ["Rapid Support Forces", "RSF"]),
    "Sudanese Armed Forces": ("organisation", ["Sudanese Armed Forces", "SAF", "Sudanese army"]),
    "ELN": ("organisation", ["ELN", "National Liberation Army (ELN)"]),
    "FARC": ("organisation", ["FARC"]),
    "Polisario Front": ("organisation", ["Polisario Front", "Polisario", "the Polisario"]),
    "PKK": ("organisation", ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers’ Party"]),
    "Palestinian Islamic Jihad": ("organisation", ["Palestinian Islamic Jihad", "Islamic Jihad"]),
    "FDLR": ("organisation", ["FDLR"]),
    # political families named by their plural (a side in budget, shutdown and coalition talks);
    # not inside a longer name ("Sweden Democrats", "Republican Guard": `_inside_longer_name`)
    "Democrats": ("organisation", ["Democrats", "Democrat", "Democratic"]),
    "Republicans": ("organisation", ["Republicans", "Republican", "GOP"]),
    "Greens": ("organisation", ["Greens", "the Greens", "Green Party", "the Green Party"]),
}

# Political families the list names by a word that also ends or opens longer names ("Social
# Democrats", "the Republican Guard"): read only where it stands alone.
FAMILIES = frozenset({"Democrats", "Republicans", "Greens"})

# Groups that act as one side but whose members are the parties at the table: a meeting
# "between Iran and the E3" is Iran's meeting with France, Britain and Germany.
GROUP_MEMBERS: dict[str, list[str]] = {"E3": ["France", "United Kingdom", "Germany"]}

# Surname-based government metonyms ("the Trump administration", "Putin's government") are
# handled by `people/`: that rule is general, not a list of leaders.

_GOV_SUFFIX = re.compile(r"\s+(?:government|administration|officials?|side|delegation|team|leadership|authorities)$")


def fold(s: str) -> str:
    """Lower-case, accent-free, whitespace-collapsed form used for lookups."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, str]:
    idx: dict[str, str] = {}
    for canon, (_kind, aliases) in _LEXICON.items():
        idx[fold(canon)] = canon
        for a in aliases:
            idx.setdefault(fold(a), canon)
            if fold(a).startswith("the "):
                idx.setdefault(fold(a)[4:], canon)
    # ambiguous lower-case forms that are common English words are not aliases on their own
    for word in ("us", "administration", "commission", "alliance", "security council", "bloc",
                 "au", "lao", "ec", "jordan", "chad", "sofia", "lima", "santiago", "georgia", "fund", "lender"):
        idx.pop(word, None)
    idx["the bloc"] = "European Union"
    idx["the administration"] = "United States"
    return idx


@lru_cache(maxsize=65536)
def canonical_party(mention: str | None) -> str | None:
    """Canonical party for a phrase, or None (cached: the lexicon is fixed, the same words recur).

    Accepts exact aliases ("U.S.", "Brussels", "the Kremlin"), possessives ("Japan's"),
    government/side suffixes ("the Chinese government", "Japanese officials") and
    adjective+noun phrases ending in a party word. Case matters only for "US"/"us".
    """
    if not mention:
        return None
    raw = mention.strip().strip(",;:").strip()
    if raw in ("us", "Us"):
        return None
    if raw.upper() == "US" and raw != "US":
        return None
    if re.sub(r"(?:'s|\u2019s)$", "", raw) == "US":
        return "United States"
    if re.sub(r"(?:'s|\u2019s)$", "", raw) == "AU":
        return "African Union"  # in capitals only ("au" is a French word in names: "Port-au-Prince")
    f = fold(raw)
    f = re.sub(r"(?:'s|')$", "", f).strip(" .") if not f.endswith(".s.") else f
    idx = _alias_index()
    for cand in (f, f + "." if f in ("u.s", "u.k", "e.u", "u.n") else f, re.sub(r"^the ", "", f)):
        if cand in idx:
            return idx[cand]
    g = _GOV_SUFFIX.sub("", re.sub(r"^the ", "", f))
    formal = re.sub(r"^(?:the )?(?:kingdom|republic|state|sultanate|emirate|federation|government) of (?:the )?", "", f)
    if formal != f and formal in idx:
        return idx[formal]  # "the Kingdom of Cambodia", "the Republic of Korea"
    if g != f and g in idx:
        return idx[g]
    if g in ("u.s", "u.k", "e.u", "u.n") and g + "." in idx:
        return idx[g + "."]
    # "the U.S.-based", "Japanese automakers" etc. are not parties; but accept
    # "<party> <org word>" like "Chinese Foreign Ministry" -> China
    m = re.match(r"^(.+?)\s+(?:foreign|trade|commerce|defen[cs]e|finance|economy|state)\s+(?:ministry|department|office)$", g)
    if m and m.group(1) in idx:
        return idx[m.group(1)]
    return None


def party_kind(name: str) -> str | None:
    """'country' | 'government' | 'organisation' for a canonical party name."""
    entry = _LEXICON.get(name)
    return entry[0] if entry else None


@lru_cache(maxsize=1)
def all_aliases() -> dict[str, list[str]]:
    """canonical -> surface forms to match in text: each alias as written, capitalised and
    upper-cased (datelines), keeping only forms that `canonical_party` maps back to it.
    Built once (the lexicon is constant); callers read it and never change it."""
    out: dict[str, list[str]] = {}
    for canon, (_kind, aliases) in _LEXICON.items():
        forms: list[str] = []
        for a in [canon] + aliases:
            for v in (a, a[:1].upper() + a[1:], a.upper()):
                if v not in forms and canonical_party(v) == canon:
                    forms.append(v)
        out[canon] = forms
    return out


# Words that are never people even when spaCy tags them PERSON (party words are added
# automatically from the lexicon in `is_party_word`).
def is_party_word(text: str) -> bool:
    """True when `text` is (or normalises to) a party alias."""
    return canonical_party(text) is not None


_CONTINENT_BEFORE = re.compile(r"\b(?:South|North|Latin|Central)[ -]$")


def continental(text: str, start: int) -> bool:
    """Is the word at `start` the second half of a continent's name ("South American", "Latin
    American leaders"), which no country owns?"""
    return _CONTINENT_BEFORE.search(text, max(0, start - 10), start) is not None
