"""Well-known negotiators and the side each speaks for, for people an article names bare.

Why: news writes "Sheinbaum said ...", "Araghchi told reporters ..." without the country,
because every reader knows it. Without the side, a demand voiced by such a person has no
acting party and a one-person meeting no party. This gazetteer is general knowledge of
2024-2026 diplomacy (heads of state and government, foreign and trade ministers, envoys and
chief negotiators, heads of the bodies at the table); it only fills a country the text did
not give, and never overrides one it did. Only positions use it (the side a person's demand
is voiced for); meetings keep the countries the text gives, since a side given to a person
named in passing would seat them at tables they never sat at.

Matching is careful because names are shared: a full name must match in full; a surname
alone matches only when no other entry has that surname and it is not a common one; and
given names must not conflict ("Jorge Rodriguez" is not "Delcy Rodriguez"). Alternative
spellings are written "A|B"; a form after "|" may be a short form the press uses alone
("Xi Jinping|Xi", "Lula da Silva|Lula").
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_TABLE = """
United States: Donald Trump; Joe Biden; Kamala Harris; JD Vance|J.D. Vance; Marco Rubio; Antony Blinken;
  Scott Bessent; Howard Lutnick; Jamieson Greer; Steve Witkoff|Steven Witkoff; Keith Kellogg; Pete Hegseth;
  Lloyd Austin; Janet Yellen; Katherine Tai; Gina Raimondo; Jake Sullivan; Mike Waltz; Karoline Leavitt;
  Jared Kushner; Massad Boulos; Tom Barrack|Thomas Barrack; Richard Grenell; Dan Driscoll; Christopher Landau;
  Matthew Miller; Tammy Bruce; Brooke Rollins; Chris Wright; Doug Burgum; Amos Hochstein; Brett McGurk
China: Xi Jinping|Xi; Li Qiang; Wang Yi; He Lifeng; Wang Wentao; Li Chenggang; Lin Jian; Mao Ning;
  Guo Jiakun; Dong Jun; Han Zheng; Zhao Leji; Ding Xuexiang; Liu Jianchao
Russia: Vladimir Putin; Sergey Lavrov|Sergei Lavrov; Dmitry Peskov|Dmitri Peskov; Kirill Dmitriev;
  Yuri Ushakov|Yury Ushakov; Vladimir Medinsky; Mikhail Mishustin; Maria Zakharova; Andrei Belousov|Andrey Belousov;
  Sergei Shoigu|Sergey Shoigu; Dmitry Medvedev; Sergei Ryabkov|Sergey Ryabkov; Vasily Nebenzya; Alexei Polishchuk
Ukraine: Volodymyr Zelensky|Volodymyr Zelenskyy|Zelensky|Zelenskyy|Zelenskiy; Andrii Sybiha|Andriy Sybiha;
  Andriy Yermak|Andrii Yermak; Rustem Umerov; Denys Shmyhal; Yulia Svyrydenko; Kyrylo Budanov; Dmytro Kuleba;
  Oleksandr Syrskyi; Olha Stefanishyna; Serhiy Kyslytsya|Sergiy Kyslytsya; Heorhii Tykhyi; Taras Kachka
Japan: Shigeru Ishiba; Fumio Kishida; Sanae Takaichi; Ryosei Akazawa; Takeshi Iwaya; Yoko Kamikawa;
  Toshimitsu Motegi; Yoshimasa Hayashi; Minoru Kihara; Yoji Muto
South Korea: Lee Jae-myung|Lee Jae Myung; Yoon Suk Yeol|Yoon Suk-yeol; Han Duck-soo; Cho Tae-yul; Cho Hyun;
  Kim Jung-kwan; Yeo Han-koo; Ahn Duk-geun; Choi Sang-mok; Koo Yun-cheol; Kim Min-seok; Wi Sung-lac; Kim Yong-beom
North Korea: Kim Jong Un|Kim Jong-un; Kim Yo Jong|Kim Yo-jong; Choe Son Hui
India: Narendra Modi; Subrahmanyam Jaishankar|S. Jaishankar|S Jaishankar|Jaishankar; Piyush Goyal; Rajnath Singh;
  Ajit Doval; Vikram Misri; Nirmala Sitharaman; Randhir Jaiswal; Droupadi Murmu; Rajesh Agrawal
Pakistan: Shehbaz Sharif; Ishaq Dar; Asim Munir; Khawaja Asif; Muhammad Aurangzeb; Asif Ali Zardari; Attaullah Tarar;
  Imran Khan; Shafqat Ali Khan
Iran: Masoud Pezeshkian; Abbas Araghchi|Abbas Araqchi; Ali Khamenei; Esmaeil Baghaei|Esmaeil Baqaei|Ismail Baghaei;
  Ebrahim Raisi; Hossein Amir-Abdollahian; Mohammad Bagher Ghalibaf; Ali Larijani; Kazem Gharibabadi;
  Majid Takht-Ravanchi; Ali Bagheri Kani; Mohammad Eslami; Amir Saeid Iravani
Israel: Benjamin Netanyahu; Isaac Herzog; Gideon Saar|Gideon Sa'ar; Israel Katz; Yoav Gallant; Ron Dermer;
  David Barnea; Bezalel Smotrich; Itamar Ben-Gvir|Itamar Ben Gvir; Yechiel Leiter; Danny Danon; Eli Cohen; Gal Hirsch
Hamas: Khalil al-Hayya|Khalil al-Hayyah; Yahya Sinwar; Ismail Haniyeh; Mousa Abu Marzouk; Basem Naim;
  Osama Hamdan; Mohammed Sinwar; Husam Badran; Taher al-Nunu; Sami Abu Zuhri
Palestinian Authority: Mahmoud Abbas; Mohammad Mustafa; Hussein al-Sheikh
Hezbollah: Naim Qassem; Hassan Nasrallah
Egypt: Abdel Fattah el-Sisi|Abdel Fattah al-Sisi|Abdel-Fattah el-Sissi|el-Sisi|al-Sisi; Badr Abdelatty;
  Mostafa Madbouly; Hassan Rashad; Abbas Kamel; Sameh Shoukry
Qatar: Tamim bin Hamad Al Thani; Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman al-Thani;
  Majed al-Ansari|Majed Al-Ansari; Mohammed Al-Khulaifi|Mohammed al-Khulaifi
Saudi Arabia: Mohammed bin Salman; Faisal bin Farhan; Adel al-Jubeir
United Arab Emirates: Mohamed bin Zayed|Mohammed bin Zayed; Abdullah bin Zayed; Anwar Gargash
Turkey: Recep Tayyip Erdogan|Recep Tayyip Erdoğan|Erdogan|Erdoğan; Hakan Fidan; Mehmet Simsek|Mehmet Şimşek;
  Ibrahim Kalin|İbrahim Kalın; Cevdet Yilmaz|Cevdet Yılmaz
Syria: Ahmed al-Sharaa|Ahmad al-Sharaa; Asaad al-Shaibani|Asaad Hassan al-Shaibani; Bashar al-Assad
Lebanon: Joseph Aoun; Nawaf Salam; Najib Mikati; Nabih Berri; Youssef Rajji
Iraq: Mohammed Shia al-Sudani; Fuad Hussein
Kurdistan Regional Government: Masrour Barzani; Nechirvan Barzani
Jordan: Ayman Safadi
Oman: Badr Albusaidi|Badr bin Hamad Albusaidi|Badr Al Busaidi; Haitham bin Tariq
European Union: Ursula von der Leyen; Kaja Kallas; Maros Sefcovic|Maroš Šefčovič|Sefcovic|Šefčovič;
  Antonio Costa|António Costa; Charles Michel; Josep Borrell; Valdis Dombrovskis; Olof Gill; Marta Kos;
  Dubravka Suica|Dubravka Šuica
United Kingdom: Keir Starmer; Rishi Sunak; David Lammy; Yvette Cooper; Rachel Reeves; Jonathan Reynolds;
  Peter Kyle; Nick Thomas-Symonds; Peter Mandelson; John Healey; Jonathan Powell; David Cameron; Grant Shapps
France: Emmanuel Macron; Jean-Noel Barrot|Jean-Noël Barrot; Francois Bayrou|François Bayrou; Michel Barnier;
  Sebastien Lecornu|Sébastien Lecornu; Gabriel Attal
Germany: Friedrich Merz; Olaf Scholz; Johann Wadephul; Annalena Baerbock; Frank-Walter Steinmeier;
  Boris Pistorius; Robert Habeck; Katherina Reiche
Italy: Giorgia Meloni; Antonio Tajani; Sergio Mattarella
Spain: Pedro Sanchez|Pedro Sánchez; Jose Manuel Albares|José Manuel Albares
Poland: Donald Tusk; Radoslaw Sikorski|Radosław Sikorski; Andrzej Duda; Karol Nawrocki
Hungary: Viktor Orban|Viktor Orbán; Peter Szijjarto|Péter Szijjártó
Canada: Mark Carney; Justin Trudeau; Melanie Joly|Mélanie Joly; Dominic LeBlanc; Chrystia Freeland;
  Anita Anand; Francois-Philippe Champagne|François-Philippe Champagne; Kirsten Hillman
Mexico: Claudia Sheinbaum; Andres Manuel Lopez Obrador|Andrés Manuel López Obrador; Marcelo Ebrard;
  Juan Ramon de la Fuente|Juan Ramón de la Fuente; Omar Garcia Harfuch|Omar García Harfuch
Brazil: Luiz Inacio Lula da Silva|Luiz Inácio Lula da Silva|Lula da Silva|Lula; Mauro Vieira; Fernando Haddad;
  Geraldo Alckmin; Jair Bolsonaro
Argentina: Javier Milei; Luis Caputo; Gerardo Werthein; Pablo Quirno
Venezuela: Nicolas Maduro|Nicolás Maduro; Delcy Rodriguez|Delcy Rodríguez; Yvan Gil; Diosdado Cabello
Colombia: Gustavo Petro; Luis Gilberto Murillo; Laura Sarabia
Panama: Jose Raul Mulino|José Raúl Mulino
Australia: Anthony Albanese; Penny Wong; Don Farrell; Richard Marles
New Zealand: Christopher Luxon; Winston Peters; Todd McClay
Indonesia: Prabowo Subianto|Prabowo; Joko Widodo|Jokowi; Airlangga Hartarto; Sri Mulyani Indrawati
Malaysia: Anwar Ibrahim|Anwar; Mohamad Hasan; Tengku Zafrul Aziz|Tengku Zafrul
Thailand: Anutin Charnvirakul|Anutin; Paetongtarn Shinawatra|Paetongtarn; Phumtham Wechayachai|Phumtham;
  Maris Sangiampongsa; Sihasak Phuangketkeow; Srettha Thavisin|Srettha; Thaksin Shinawatra|Thaksin;
  Pichai Chunhavajira; Nattaphon Narkphanit
Cambodia: Hun Manet; Hun Sen; Prak Sokhonn; Tea Seiha
Vietnam: To Lam|Tô Lâm; Pham Minh Chinh|Phạm Minh Chính; Bui Thanh Son; Nguyen Hong Dien
Philippines: Ferdinand Marcos Jr.|Ferdinand Marcos|Bongbong Marcos; Enrique Manalo; Theresa Lazaro
Singapore: Lawrence Wong; Vivian Balakrishnan
Taiwan: Lai Ching-te; Tsai Ing-wen
Armenia: Nikol Pashinyan; Ararat Mirzoyan
Azerbaijan: Ilham Aliyev; Jeyhun Bayramov; Hikmet Hajiyev
Belarus: Alexander Lukashenko|Alyaksandr Lukashenka
Serbia: Aleksandar Vucic|Aleksandar Vučić
Kosovo: Albin Kurti; Vjosa Osmani
Cyprus: Nikos Christodoulides
Greece: Kyriakos Mitsotakis; Giorgos Gerapetritis
Switzerland: Karin Keller-Sutter; Guy Parmelin; Ignazio Cassis
Norway: Jonas Gahr Store|Jonas Gahr Støre; Espen Barth Eide
Finland: Alexander Stubb
Denmark: Mette Frederiksen; Lars Lokke Rasmussen|Lars Løkke Rasmussen
Sweden: Ulf Kristersson
Greenland: Mute Egede; Jens-Frederik Nielsen; Vivian Motzfeldt
NATO: Mark Rutte; Jens Stoltenberg
United Nations: Antonio Guterres|António Guterres
IAEA: Rafael Grossi|Rafael Mariano Grossi
IMF: Kristalina Georgieva
World Trade Organization: Ngozi Okonjo-Iweala
DR Congo: Felix Tshisekedi|Félix Tshisekedi; Therese Kayikwamba Wagner|Thérèse Kayikwamba Wagner;
  Judith Suminwa
Rwanda: Paul Kagame; Olivier Nduhungirehe
M23: Corneille Nangaa; Bertrand Bisimwa; Lawrence Kanyuka
Kenya: William Ruto; Musalia Mudavadi
Ethiopia: Abiy Ahmed
Somalia: Hassan Sheikh Mohamud
Nepal: KP Sharma Oli|K.P. Sharma Oli; Pushpa Kamal Dahal; Sher Bahadur Deuba
Lithuania: Gintautas Paluckas; Gitanas Nauseda|Gitanas Nausėda
South Sudan: Salva Kiir; Riek Machar
South Africa: Cyril Ramaphosa; Ronald Lamola
Nigeria: Bola Tinubu|Bola Ahmed Tinubu
Bangladesh: Muhammad Yunus
Sri Lanka: Anura Kumara Dissanayake
"""

# Surnames too common to name one person alone (and Chinese/Korean family names).
_COMMON_SURNAMES = frozenset("""
kim lee park cho choi yoon han ahn koo wi li wang zhang liu chen lin mao guo dong he zhao ding xi
khan singh ali ahmed mohammed muhammad hassan hussein sharif cohen katz rodriguez garcia
wong hun to nguyen pham bui al-thani thani bin salam aoun hasan ibrahim marcos
""".split())


def _fold(text: str) -> str:
    """Lower case, accents off, dots and apostrophes dropped, hyphens kept as spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    for ch in ".'\u2019":
        text = text.replace(ch, "")
    return " ".join(text.replace("-", " ").split())


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, set[str]], dict[str, list[tuple[str, str]]]]:
    """(full form -> side, short form -> sides, surname -> [(given names, side)])."""
    full: dict[str, str] = {}
    short: dict[str, set[str]] = {}
    by_surname: dict[str, list[tuple[str, str]]] = {}
    side = None  # a line "Side: A; B" starts a side; an indented line continues it
    for raw in _TABLE.strip().split("\n"):
        raw = raw.strip()
        if ":" in raw:
            side, raw = raw.split(":", 1)
            side = side.strip()
        for entry in raw.split(";"):
            forms = [f.strip() for f in entry.split("|") if f.strip()]
            if not forms or side is None:
                continue
            for form in forms:
                folded = _fold(form)
                words = folded.split()
                if len(words) == 1:
                    short.setdefault(folded, set()).add(side)
                    continue
                full[folded] = side
                by_surname.setdefault(words[-1], []).append((" ".join(words[:-1]), side))
    return full, short, by_surname


def known_side(name: str) -> str | None:
    """The side a well-known person speaks for, or None when the name is unknown or shared."""
    full, short, by_surname = _index()
    folded = _fold(name)
    if folded in full:
        return full[folded]
    words = folded.split()
    if not words:
        return None
    if len(words) == 2 and words[0] in ("al", "el"):
        words = words[1:]  # "al-Sudani": the surname with its article
        folded = words[0]
    if len(words) == 1:
        if len(short.get(folded, ())) == 1:
            return next(iter(short[folded]))  # a short form the press uses alone: "Xi", "Lula"
        sides = {s for _, s in by_surname.get(folded, [])}
        if folded in _COMMON_SURNAMES or len(sides) != 1:
            return None
        return next(iter(sides))  # one side for everyone of that surname here
    # "Sergei V. Lavrov", "Steven Charles Witkoff": same surname and first given name
    candidates = [(given, side) for given, side in by_surname.get(words[-1], [])
                  if given.split()[0] == words[0]]
    if len({side for _, side in candidates}) == 1:
        return candidates[0][1]
    return None

