"""Third PII bank: people, addresses, numbers with check digits, distractors and the renderer.

Names, street-name parts and towns come from the locale providers of the pinned Faker wheel
(read as lists; Faker's own random functions are never called, so the seed controls everything).
A short list of given names and surnames of origins Faker lacks, a few real towns with plausible
postcodes for the countries where Faker only has invented towns, and a handful of very common
German street names are written here.
"""

import importlib
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fetch  # noqa: E402

fetch.import_path("faker")

from common import weighted_choice as wchoice  # noqa: E402

LOCALES = [
    "de_DE", "de_AT", "de_CH", "en_US", "en_GB", "en_IE", "en_AU", "fr_FR", "fr_CH", "it_IT",
    "es_ES", "nl_NL", "nl_BE", "pl_PL", "tr_TR", "hr_HR", "ro_RO", "pt_BR",
]


def _provider(kind, loc):
    try:
        return importlib.import_module(f"faker.providers.{kind}.{loc}").Provider
    except ModuleNotFoundError:
        return None


def _as_list(v):
    return list(v.keys()) if isinstance(v, dict) else list(v)


# ---------------------------------------------------------------------------------------------
# names

PARTICLES = {
    "van", "de", "der", "den", "ter", "ten", "te", "da", "do", "dos", "das", "di", "del", "della",
    "le", "la", "von", "zu", "mac", "ó", "du", "des", "dal", "lo",
}
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*")


def _fix_case(s):
    # Faker's en_US list writes "Mcintyre", "Mcdonald"
    return re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), s)


def _clean_last(s):
    s = _fix_case(s.strip())
    if any(ch in s for ch in ",.()0123456789"):
        return None
    parts = s.split()
    if not 1 <= len(parts) <= 3:
        return None
    *pre, core = parts
    if not all(p.lower() in PARTICLES for p in pre):
        return None
    if not core[:1].isupper() or not _WORD.fullmatch(core):
        return None
    if len(core) < 2 or core.isupper():
        return None
    return s


def _clean_first(s):
    s = s.strip()
    parts = s.split()
    if not 1 <= len(parts) <= 2:
        return None
    if not all(p[:1].isupper() and _WORD.fullmatch(p) and len(p) >= 2 and not p.isupper() for p in parts):
        return None
    return s


def _uniq(seq):
    seen, out = set(), []
    for x in seq:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


FAKER_PEOPLE = {}  # locale -> (male firsts, female firsts, surnames)
for _loc in LOCALES:
    _P = _provider("person", _loc)
    if _P is None:
        continue
    _m = _uniq(_clean_first(x) for x in _as_list(getattr(_P, "first_names_male", ())))
    _f = _uniq(_clean_first(x) for x in _as_list(getattr(_P, "first_names_female", ())))
    if _loc == "pl_PL":
        _l = _uniq(_clean_last(x) for x in _as_list(_P.unisex_last_names) + _as_list(_P.male_last_names))
    else:
        _l = _uniq(_clean_last(x) for x in _as_list(getattr(_P, "last_names", ())))
    FAKER_PEOPLE[_loc] = (_m, _f, _l)

# Given names and surnames of origins the Faker locales above lack, written for this bank
# (plus common Turkish surnames: Faker's tr_TR list has only 61).
HAND_PEOPLE = {
    "nigerian": (
        ["Chidi", "Emeka", "Tunde", "Oluwaseun", "Obinna", "Femi", "Ikenna", "Babatunde"],
        ["Ngozi", "Adaeze", "Funmilayo", "Chiamaka", "Yetunde", "Ifeoma", "Temitope", "Nneka"],
        ["Okafor", "Adeyemi", "Nwosu", "Okonkwo", "Balogun", "Eze", "Adebayo", "Ogunleye", "Chukwu", "Onyekachi", "Abiodun"],
    ),
    "ghanaian": (["Kwame", "Kofi", "Yaw", "Kwabena"], ["Ama", "Akosua", "Efua", "Abena"], ["Mensah", "Boateng", "Asante", "Owusu", "Appiah", "Darko"]),
    "indian": (
        ["Arjun", "Rohan", "Vikram", "Rahul", "Aditya", "Sanjay", "Karthik", "Nikhil"],
        ["Priya", "Ananya", "Deepika", "Sneha", "Kavya", "Meera", "Shreya", "Lakshmi"],
        ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Chatterjee", "Menon", "Krishnan", "Banerjee", "Deshpande", "Venkataraman"],
    ),
    "pakistani": (["Imran", "Bilal", "Usman"], ["Ayesha", "Sana", "Mahnoor"], ["Qureshi", "Siddiqui", "Chaudhry", "Malik"]),
    "vietnamese": (["Minh", "Duc", "Quang", "Tuan", "Huy"], ["Linh", "Thao", "Huong", "Mai", "Trang"], ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui"]),
    "chinese": (["Wei", "Jun", "Hao", "Zhiwei"], ["Xiaoling", "Mei", "Yan", "Jing"], ["Zhang", "Wang", "Liu", "Chen", "Huang", "Zhou", "Xu"]),
    "korean": (["Min-jun", "Ji-ho", "Seung-woo"], ["Seo-yeon", "Ji-woo", "Hye-jin"], ["Kim", "Park", "Choi", "Jeong", "Kang"]),
    "japanese": (["Haruto", "Kenji", "Takumi"], ["Yuki", "Aiko", "Haruka"], ["Tanaka", "Sato", "Nakamura", "Watanabe", "Kobayashi"]),
    "arabic": (
        ["Omar", "Yousef", "Karim", "Tarek", "Samir", "Khaled"],
        ["Layla", "Fatima", "Nour", "Rania", "Salma", "Yasmin"],
        ["Haddad", "Al-Sayed", "Khalil", "Mansour", "El-Amin", "Nasser", "Abdallah", "Saleh"],
    ),
    "persian": (["Dariush", "Reza", "Kian"], ["Shirin", "Parisa", "Nasrin"], ["Tehrani", "Moradi", "Rahimi", "Karimi", "Jafari"]),
    "ukrainian": (["Taras", "Oleksandr", "Bohdan"], ["Oksana", "Olena", "Iryna"], ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk"]),
    "greek": (["Giorgos", "Nikos", "Dimitris"], ["Eleni", "Katerina", "Sofia"], ["Papadopoulos", "Konstantinou", "Georgiou", "Nikolaidis"]),
    "albanian": (["Arben", "Driton", "Besnik"], ["Blerta", "Arta", "Valbona"], ["Krasniqi", "Gashi", "Berisha", "Hoxha"]),
    "bosnian": (["Amar", "Edin", "Haris"], ["Amra", "Lejla", "Selma"], ["Hodžić", "Begović", "Delić", "Mehmedović"]),
    "turkish": (
        ["Emre", "Murat", "Serkan", "Burak", "Cem", "Mehmet", "Kemal", "Deniz"],
        ["Elif", "Ayşe", "Zeynep", "Derya", "Selin", "Esra", "Merve", "Gülsüm"],
        ["Yılmaz", "Öztürk", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Arslan", "Doğan", "Kılıç", "Özdemir", "Koç", "Aksoy", "Polat", "Korkmaz", "Erdem", "Yavuz"],
    ),
    "ethiopian": (["Abebe", "Dawit", "Yonas"], ["Selam", "Hiwot", "Meron"], ["Tesfaye", "Haile", "Bekele", "Girma"]),
    "somali": (["Abdirahman", "Mohamed"], ["Hodan", "Faduma"], ["Warsame", "Farah", "Abdi"]),
    "kenyan": (["Otieno", "Kiprop"], ["Wanjiru", "Akinyi"], ["Kamau", "Mwangi", "Odhiambo", "Njoroge"]),
    "filipino": (["Paolo", "Jerome"], ["Maricel", "Jasmin"], ["Dela Cruz", "Bautista", "Villanueva", "Macaraeg"]),
}

ALL_NAME_WORDS = set()
for _m, _f, _l in list(FAKER_PEOPLE.values()) + list(HAND_PEOPLE.values()):
    for _x in _m + _f + _l:
        for _w in re.split(r"[\s'’-]+", _x):
            ALL_NAME_WORDS.add(_w.lower())

# origin weights per text language
ORIGINS = {
    "de": [
        ("de_DE", 30), ("de_AT", 8), ("de_CH", 7), ("tr_TR", 4), ("turkish", 5), ("pl_PL", 6), ("hr_HR", 4),
        ("it_IT", 4), ("ro_RO", 2), ("hand", 9), ("en_US", 2), ("en_GB", 2), ("fr_FR", 3), ("nl_NL", 3),
        ("es_ES", 3), ("pt_BR", 2), ("nl_BE", 1), ("fr_CH", 2), ("en_IE", 1),
    ],
    "en": [
        ("en_US", 18), ("en_GB", 16), ("en_IE", 7), ("hand", 20), ("es_ES", 4), ("it_IT", 4), ("pl_PL", 3),
        ("fr_FR", 4), ("de_DE", 5), ("nl_NL", 3), ("pt_BR", 4), ("tr_TR", 1), ("turkish", 1), ("hr_HR", 2),
        ("ro_RO", 2), ("nl_BE", 1), ("fr_CH", 1), ("de_AT", 1), ("de_CH", 1),
    ],
}
HAND_ORIGINS = [k for k in HAND_PEOPLE if k != "turkish"]


# invented names: syllables, checked against every list above
_ON = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "tr", "st", "fl", "kl", "sh", "j", "w"]
_VO = ["a", "e", "i", "o", "u", "a", "e", "o", "a", "i", "au", "ei"]
_CO = ["", "", "", "n", "r", "l", "s", "m", "nd", "rk", "lt", "st", "v"]
_END_F = ["a", "ina", "elle", "ja", "ine", "ra", "ia", "ette", "ys", "ana"]
_END_M = ["o", "an", "in", "el", "ric", "ius", "ek", "on", "as", "ian"]
_END_L = ["mann", "er", "sen", "ek", "ović", "ani", "ard", "ling", "owski", "ez", "ini", "berg", "ot", "ley", "ham", "ach", "eau", "ian", "ova", "ke", "well", "dorf", "ić", "oglu", "ides", "stad"]


# ordinary words the syllables can make; an invented name must be none of them
_NOT_NAMES = {"panel", "model", "level", "label", "hotel", "novel", "camel", "travel", "never", "river", "paper", "salsa", "pasta",
              "mason", "bacon", "lemon", "melon", "salon", "baron", "seven", "tonne", "massa", "masse", "ranker", "banker", "sender",
              "render", "border", "harder", "wonder", "dinner", "kaiser", "meister", "winter", "sommer", "sonne", "kino", "piano",
              "radio", "solo", "tango", "torino", "rosina", "marina", "pistol", "tirol", "vulkan", "kanon", "balkon", "salomon"}


def _plausible(s, max_cons):
    low = s.lower()
    if low in ALL_NAME_WORDS or low in _NOT_NAMES:
        return False
    if re.search(r"([^lnts])\1|([aeiou])\2", low):
        return False
    return not re.search("[^aeiouy]{%d}" % max_cons, low)


def _syl(rng):
    return rng.choice(_ON) + rng.choice(_VO)


def invent_first(rng, gender):
    while True:
        s = _syl(rng) + (rng.choice(["", "", "l", "n", "r", "s"]))
        if rng.random() < 0.35:
            s += rng.choice(_ON[:15]) + rng.choice("aeiou")
        end = rng.choice(_END_F if gender == "f" else _END_M)
        if s[-1] in "aeiouy" and end[0] in "aeiouy":
            s = s[:-1]
        s += end
        s = s.capitalize()
        if 5 <= len(s) <= 10 and _plausible(s, 3):
            return s


def invent_last(rng):
    while True:
        s = _syl(rng) + rng.choice(_CO)
        if rng.random() < 0.35:
            s += rng.choice(_ON[:15]) + rng.choice("aeiou")
        end = rng.choice(_END_L)
        if s[-1] in "aeiouy" and end[0] in "aeiouy":
            s = s[:-1]
        s += end
        s = s.capitalize()
        if 5 <= len(s) <= 13 and _plausible(s, 4):
            return s


@dataclass
class Person:
    first: str
    last: str
    gender: str
    origin: str
    invented: bool = False


def _pl_feminine(last):
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if last.endswith(a):
            return last[: -len(a)] + b
    return last


def make_person(rng, lang, invent_rate=0.1, origin=None):
    origin = origin or wchoice(rng, ORIGINS[lang])
    if origin == "hand":
        origin = rng.choice(HAND_ORIGINS)
    gender = rng.choice("fm")
    if origin in FAKER_PEOPLE:
        males, females, lasts = FAKER_PEOPLE[origin]
        if origin == "tr_TR":
            lasts = lasts + HAND_PEOPLE["turkish"][2]
    else:
        males, females, lasts = HAND_PEOPLE[origin]
    first = rng.choice(females if gender == "f" else males)
    last = rng.choice(lasts)
    if origin in ("en_IE", "en_GB") and rng.random() < 0.15:
        gaelic = [x for x in lasts if x.startswith(("O'", "Mac", "Mc"))]
        last = rng.choice(gaelic)
        if last.startswith("O'") and rng.random() < 0.2:
            last = "O’" + last[2:]
    if origin == "pl_PL" and gender == "f":
        last = _pl_feminine(last)
    x = rng.random()
    simple_last = " " not in last and "-" not in last
    if origin.startswith(("de_", "pl_", "hr_")) and simple_last and x < 0.07:
        other = rng.choice(lasts)
        if " " not in other and other != last:
            last = f"{last}-{other if origin != 'pl_PL' or gender == 'm' else _pl_feminine(other)}"
    elif origin == "es_ES" and simple_last and x < 0.45:
        other = rng.choice(lasts)
        if " " not in other and other != last:
            last = f"{last} {other}"
    elif origin.startswith("en_") and simple_last and x < 0.03:
        other = rng.choice(lasts)
        if " " not in other and other != last:
            last = f"{last}-{other}"
    elif origin.startswith("de_") and simple_last and x < 0.1:
        last = rng.choice(["von ", "von ", "von der ", "zu "]) + last
    elif origin == "it_IT" and simple_last and x < 0.08:
        last = rng.choice(["Di ", "De ", "Lo ", "Dal "]) + last
    elif origin == "pt_BR" and simple_last and x < 0.2:
        last = rng.choice(["da ", "dos ", "de "]) + last
    y = rng.random()
    if origin.startswith("de_") and y < 0.06 and "-" not in first and " " not in first:
        other = rng.choice(females if gender == "f" else males)
        if "-" not in other and " " not in other and other != first:
            first = f"{first}-{other}"
    elif origin.startswith("fr_") and y < 0.08 and "-" not in first:
        first = rng.choice(["Marie-", "Anne-"] if gender == "f" else ["Jean-", "Pierre-"]) + first
    invented = False
    if rng.random() < invent_rate:
        invented = True
        r = rng.random()
        if r < 0.4:
            last = invent_last(rng)
        elif r < 0.6:
            first = invent_first(rng, gender)
        else:
            first, last = invent_first(rng, gender), invent_last(rng)
    return Person(first, last, gender, origin, invented)


# ---------------------------------------------------------------------------------------------
# places

def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng, n):
    return rng.choice("123456789") + _digits(rng, n - 1)


_AD = {loc: _provider("address", loc) for loc in LOCALES}

DE_TOWNS_FAKER = list(_AD["de_DE"].cities)
AT_TOWNS_FAKER = list(_AD["de_AT"].cities)
CH_TOWNS_FAKER = list(_AD["de_CH"].cities)
NL_TOWNS_FAKER = [c for c in _AD["nl_NL"].cities if not c.startswith("'")]
BE_TOWNS_FAKER = [c for c in _AD["nl_BE"].cities if not c.startswith("'")]
PL_TOWNS = list(_AD["pl_PL"].cities)
PL_STREETS = list(_AD["pl_PL"].streets_adjective_feminine) + list(_AD["pl_PL"].streets_universal)
HR_TOWNS = list(_AD["hr_HR"].cities)
HR_STREETS = list(_AD["hr_HR"].streets)
IT_CAP = [(cap, city, prov) for cap, lst in _AD["it_IT"].cap_city_province.items() for city, prov in lst]
IT_STREET_PREFIX = ["Via", "Via", "Via", "Viale", "Piazza", "Corso", "Vicolo"]
FR_STREET_PREFIX = list(_AD["fr_FR"].street_prefixes)
EN_SUFFIXES_US = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Drive", "Dr", "Lane", "Ln", "Boulevard", "Blvd", "Court", "Ct", "Place", "Pl", "Way", "Terrace", "Circle", "Parkway"]
EN_SUFFIXES_UK = ["Road", "Street", "Lane", "Close", "Avenue", "Drive", "Gardens", "Crescent", "Way", "Grove", "Terrace", "Place", "Mews", "Court", "Row", "Walk", "Hill", "Rise", "Green"]
_SUF_SEEN = set(_AD["en_US"].street_suffixes) | set(_AD["en_GB"].street_suffixes) | set(_AD["en_AU"].street_suffixes)
EN_SUFFIXES_US = [s for s in EN_SUFFIXES_US if s in _SUF_SEEN or len(s) <= 4]
EN_SUFFIXES_UK = [s for s in EN_SUFFIXES_UK if s in _SUF_SEEN]
AU_SUFFIXES = [s for s in ["Street", "Road", "Avenue", "Parade", "Crescent", "Close", "Terrace", "Place", "Lane", "Circuit"] if s in set(_AD["en_AU"].street_suffixes)]
DE_SUFFIX_SHORT = list(_AD["de_DE"].street_suffixes_short)
DE_SUFFIX_LONG = list(_AD["de_DE"].street_suffixes_long)
AT_SUFFIX_SHORT = list(_AD["de_AT"].street_suffixes_short)
NL_SUFFIXES = list(_AD["nl_NL"].street_suffixes)

# very common German street names (written for this bank)
DE_COMMON_STREETS = [
    "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße", "Lindenstraße", "Kirchgasse",
    "Am Markt", "Am Sportplatz", "Im Wiesengrund", "Auf der Heide", "Mühlenweg", "Birkenweg", "Ringstraße",
    "Industriestraße", "Lange Reihe", "Obere Bergstraße", "An der Kirche", "Zum Steinbruch", "Alte Poststraße",
    "Bahnhofstr.", "Hauptstr.", "Kastanienallee", "Am Anger", "Hinter den Gärten",
]
# real towns with plausible postcodes (written for this bank)
DE_BIG = [("Berlin", "10", "14"), ("Hamburg", "20", "22"), ("München", "80", "81"), ("Köln", "50", "51"),
          ("Frankfurt am Main", "60", "65"), ("Stuttgart", "70", "70"), ("Düsseldorf", "40", "40"),
          ("Leipzig", "04", "04"), ("Dresden", "01", "01"), ("Hannover", "30", "30"), ("Nürnberg", "90", "90"),
          ("Bremen", "28", "28"), ("Freiburg im Breisgau", "79", "79"), ("Münster", "48", "48"), ("Kassel", "34", "34"),
          ("Rostock", "18", "18"), ("Augsburg", "86", "86"), ("Mainz", "55", "55"), ("Regensburg", "93", "93")]
AT_BIG = [("Wien", "1"), ("Graz", "8"), ("Linz", "4"), ("Salzburg", "5"), ("Innsbruck", "6"), ("Klagenfurt", "9"), ("St. Pölten", "3"), ("Dornbirn", "6")]
CH_BIG = [("Zürich", "80"), ("Bern", "30"), ("Basel", "40"), ("Luzern", "60"), ("St. Gallen", "90"), ("Winterthur", "84"), ("Lausanne", "10"), ("Genève", "12"), ("Fribourg", "17"), ("Neuchâtel", "20")]
UK_TOWNS = [("London", ["E", "N", "SE", "SW", "W", "NW", "EC"]), ("Leeds", ["LS"]), ("Manchester", ["M"]), ("Birmingham", ["B"]),
            ("Bristol", ["BS"]), ("Sheffield", ["S"]), ("Liverpool", ["L"]), ("Newcastle upon Tyne", ["NE"]), ("Nottingham", ["NG"]),
            ("Leicester", ["LE"]), ("Cardiff", ["CF"]), ("Edinburgh", ["EH"]), ("Glasgow", ["G"]), ("Brighton", ["BN"]),
            ("Oxford", ["OX"]), ("Cambridge", ["CB"]), ("York", ["YO"]), ("Bath", ["BA"]), ("Norwich", ["NR"]), ("Exeter", ["EX"]),
            ("Plymouth", ["PL"]), ("Southampton", ["SO"]), ("Reading", ["RG"]), ("Derby", ["DE"]), ("Coventry", ["CV"]),
            ("Aberdeen", ["AB"]), ("Belfast", ["BT"]), ("Swansea", ["SA"]), ("Hull", ["HU"]), ("Harrogate", ["HG"]), ("Kendal", ["LA"])]
US_TOWNS = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Denver", "CO", "802"),
            ("Columbus", "OH", "432"), ("Madison", "WI", "537"), ("Raleigh", "NC", "276"), ("Boise", "ID", "837"),
            ("Richmond", "VA", "232"), ("Tucson", "AZ", "857"), ("Albany", "NY", "122"), ("Brooklyn", "NY", "112"),
            ("Seattle", "WA", "981"), ("Chicago", "IL", "606"), ("Boston", "MA", "021"), ("Minneapolis", "MN", "554"),
            ("Nashville", "TN", "372"), ("Sacramento", "CA", "958"), ("San Diego", "CA", "921"), ("Pittsburgh", "PA", "152"),
            ("Ann Arbor", "MI", "481"), ("Burlington", "VT", "054"), ("Savannah", "GA", "314"), ("Omaha", "NE", "681"),
            ("Salt Lake City", "UT", "841"), ("Charleston", "SC", "294"), ("Asheville", "NC", "288"), ("Bend", "OR", "977")]
FR_TOWNS = [("Paris", "750"), ("Lyon", "6900"), ("Marseille", "130"), ("Toulouse", "3100"), ("Nantes", "4400"), ("Bordeaux", "3300"),
            ("Lille", "5900"), ("Strasbourg", "6700"), ("Rennes", "3500"), ("Montpellier", "3400"), ("Nice", "0600"),
            ("Grenoble", "3800"), ("Dijon", "2100"), ("Annecy", "7400"), ("Tours", "3700")]
NL_BIG = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56"), ("Groningen", "97"),
          ("Haarlem", "20"), ("Leiden", "23"), ("Nijmegen", "65"), ("Zwolle", "80")]
AU_TOWNS = [("Fitzroy", "VIC", "3065"), ("Surry Hills", "NSW", "2010"), ("Newtown", "NSW", "2042"), ("Fremantle", "WA", "6160"),
            ("New Farm", "QLD", "4005"), ("Glenelg", "SA", "5045"), ("Hobart", "TAS", "7000"), ("Braddon", "ACT", "2612"),
            ("Brunswick", "VIC", "3056"), ("Paddington", "NSW", "2021")]

COUNTRY_NAMES = {
    "de": {"de": "Deutschland", "at": "Österreich", "ch": "Schweiz", "uk": "Großbritannien", "us": "USA", "fr": "Frankreich", "nl": "Niederlande", "au": "Australien", "it": "Italien", "pl": "Polen", "hr": "Kroatien", "be": "Belgien"},
    "en": {"de": "Germany", "at": "Austria", "ch": "Switzerland", "uk": "United Kingdom", "us": "USA", "fr": "France", "nl": "Netherlands", "au": "Australia", "it": "Italy", "pl": "Poland", "hr": "Croatia", "be": "Belgium"},
}
ADDR_COUNTRIES = {
    "de": [("de", 55), ("at", 14), ("ch", 13), ("nl", 3), ("fr", 3), ("uk", 3), ("us", 2), ("it", 3), ("pl", 2), ("hr", 1), ("be", 1)],
    "en": [("uk", 34), ("us", 32), ("au", 6), ("de", 8), ("nl", 4), ("fr", 5), ("ch", 3), ("at", 2), ("it", 3), ("be", 1), ("pl", 1)],
}


@dataclass
class Address:
    cc: str
    street: str
    pc: str
    town: str
    one: str  # one line with postcode and town
    multi: str  # two lines


def _de_house(rng):
    n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 160)]))
    r = rng.random()
    if r < 0.12:
        n += rng.choice("abc")
    elif r < 0.16:
        n += " " + rng.choice("ab")
    elif r < 0.2:
        n = f"{n}-{int(n) + 2}"
    return n


def _uk_pc(rng, area):
    L = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{rng.randint(1, 28)} {rng.randint(1, 9)}{rng.choice(L)}{rng.choice(L)}"


def _simple(name):
    return " " not in name and "'" not in name and "’" not in name and len(name) <= 12


def make_address(rng, cc):
    dm, df, dl = FAKER_PEOPLE["de_DE"]
    if cc == "de":
        r = rng.random()
        if r < 0.45:
            last = rng.choice([x for x in dl if _simple(x)])
            street = last + rng.choice(DE_SUFFIX_SHORT)
        elif r < 0.6:
            street = f"{rng.choice(dm + df)}-{rng.choice([x for x in dl if _simple(x)])}-{rng.choice(DE_SUFFIX_LONG)}"
        else:
            street = rng.choice(DE_COMMON_STREETS)
        street += " " + _de_house(rng)
        if rng.random() < 0.5:
            town, a, b = rng.choice(DE_BIG)
            pc = f"{rng.randint(int(a), int(b)):02d}{rng.randint(0, 999):03d}"
        else:
            town, pc = rng.choice(DE_TOWNS_FAKER), f"{rng.randint(1, 99):02d}{rng.randint(0, 999):03d}"
        pct = ("D-" if rng.random() < 0.05 else "") + f"{pc} {town}"
    elif cc == "at":
        al = FAKER_PEOPLE["de_AT"][2]
        street = rng.choice([x for x in al if _simple(x)]) + rng.choice(AT_SUFFIX_SHORT) if rng.random() < 0.7 else rng.choice(DE_COMMON_STREETS[:12])
        num = str(rng.randint(1, 80))
        r = rng.random()
        if r < 0.35:
            num += f"/{rng.randint(1, 30)}"
        elif r < 0.5:
            num += f"/{rng.randint(1, 4)}/{rng.randint(1, 25)}"
        elif r < 0.6:
            num += f", Stiege {rng.randint(1, 4)}, Top {rng.randint(1, 25)}"
        street += " " + num
        if rng.random() < 0.5:
            town, d = rng.choice(AT_BIG)
            pc = d + (f"{rng.randint(1, 23):02d}0" if town == "Wien" else _digits(rng, 3))
        else:
            town, pc = rng.choice(AT_TOWNS_FAKER), str(rng.randint(2, 9)) + _digits(rng, 3)
        pct = ("A-" if rng.random() < 0.3 else "") + f"{pc} {town}"
    elif cc == "ch":
        if rng.random() < 0.75:
            cl = FAKER_PEOPLE["de_CH"][2]
            street = rng.choice([x for x in cl if _simple(x)]) + rng.choice(["strasse", "strasse", "weg", "gasse", "platz"])
            if rng.random() < 0.2:
                street = rng.choice(["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchweg", "Rosenweg"])
            street += f" {rng.randint(1, 90)}" + ("a" if rng.random() < 0.1 else "")
            if rng.random() < 0.5:
                town, d = rng.choice(CH_BIG[:6])
                pc = d + _digits(rng, 2)
            else:
                town, pc = rng.choice([t for t in CH_TOWNS_FAKER if "/" not in t]), str(rng.randint(1, 9)) + _digits(rng, 3)
        else:
            fl = FAKER_PEOPLE["fr_CH"][2]
            street = f"{rng.choice(['Rue', 'Chemin', 'Avenue', 'Route'])} {rng.choice(['de ', 'du ', ''])}{rng.choice([x for x in fl if _simple(x)])} {rng.randint(1, 60)}"
            town, d = rng.choice(CH_BIG[6:])
            pc = d + _digits(rng, 2)
        pct = ("CH-" if rng.random() < 0.3 else "") + f"{pc} {town}"
    elif cc == "uk":
        gm, gf, gl = FAKER_PEOPLE["en_GB"]
        base = rng.choice([x for x in gl if _simple(x)] + ["Station", "Church", "Mill", "Victoria", "Park", "High", "Queen's", "Kings"])
        street = f"{rng.randint(1, 220)} {base} {rng.choice(EN_SUFFIXES_UK)}"
        if base == "High":
            street = f"{rng.randint(1, 220)} High Street"
        r = rng.random()
        if r < 0.15:
            street = f"Flat {rng.randint(1, 24)}, {street}"
        elif r < 0.22:
            street = f"{rng.randint(1, 12)}{rng.choice('ab')} {street.split(' ', 1)[1]}"
        town, areas = rng.choice(UK_TOWNS)
        pc = _uk_pc(rng, rng.choice(areas))
        pct = f"{town} {pc}"
        return Address(cc, street, pc, town, f"{street}, {pct}", f"{street}\n{pct}" if rng.random() < 0.6 else f"{street}\n{town}, {pc}")
    elif cc == "us":
        um, uf, ul = FAKER_PEOPLE["en_US"]
        base = rng.choice([x for x in ul if _simple(x)] + ["Main", "Oak", "Maple", "Cedar", "Elm", "Pine", "Lake", "Hill", "Washington", "Park"])
        street = f"{rng.randint(1, 9899)} {rng.choice(['', '', '', 'N ', 'S ', 'E ', 'W '])}{base} {rng.choice(EN_SUFFIXES_US)}"
        r = rng.random()
        if r < 0.2:
            street += f", Apt {rng.randint(1, 40)}{rng.choice(['', 'A', 'B', 'C'])}"
        elif r < 0.3:
            street += f", Suite {rng.randint(100, 950)}"
        elif r < 0.36:
            street += f" #{rng.randint(2, 40)}"
        town, st, z = rng.choice(US_TOWNS)
        pc = z + _digits(rng, 2)
        if rng.random() < 0.1:
            pc += "-" + _digits(rng, 4)
        pct = f"{town}, {st} {pc}"
    elif cc == "fr":
        fm, ff, fl = FAKER_PEOPLE["fr_FR"]
        num = str(rng.randint(1, 140)) + rng.choice(["", "", "", "", " bis", " ter"])
        pre = rng.choice(FR_STREET_PREFIX)
        name = rng.choice([f"{rng.choice(fm + ff)} {rng.choice(fl)}", rng.choice(fl), f"de {rng.choice(fl)}", "de la République", "Victor Hugo", "des Lilas", "du Moulin"])
        street = f"{num}{',' if rng.random() < 0.3 else ''} {pre} {name}"
        town, p = rng.choice(FR_TOWNS)
        pc = p + _digits(rng, 5 - len(p)) if town != "Paris" else f"750{rng.randint(1, 20):02d}"
        pct = f"{pc} {town}" + (" Cedex" if rng.random() < 0.05 else "")
    elif cc in ("nl", "be"):
        nm, nf, nl_ = FAKER_PEOPLE["nl_NL" if cc == "nl" else "nl_BE"]
        street = rng.choice([x for x in nm + nf if _simple(x)]) + rng.choice(NL_SUFFIXES)
        if rng.random() < 0.3:
            street = rng.choice(["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Prinsengracht", "Nieuwe Binnenweg", "Lange Voorhout"])
        street += f" {rng.randint(1, 240)}" + rng.choice(["", "", "", "A", "-2", " bis"] if cc == "nl" else ["", "", "", "/3", " bus 2"])
        if cc == "nl":
            if rng.random() < 0.5:
                town, d = rng.choice(NL_BIG)
                pc4 = d + _digits(rng, 2)
            else:
                town, pc4 = rng.choice(NL_TOWNS_FAKER), str(rng.randint(1, 9)) + _digits(rng, 3)
            L = "ABCDEGHJKLMNPRSTVWXZ"
            pc = f"{pc4} {rng.choice(L)}{rng.choice(L)}" if rng.random() < 0.8 else f"{pc4}{rng.choice(L)}{rng.choice(L)}"
        else:
            town, pc = rng.choice(BE_TOWNS_FAKER), str(rng.randint(1, 9)) + _digits(rng, 3)
        pct = f"{pc} {town}"
    elif cc == "au":
        am, af, al = FAKER_PEOPLE["en_GB"]
        street = f"{rng.randint(1, 180)} {rng.choice([x for x in al if _simple(x)])} {rng.choice(AU_SUFFIXES)}"
        if rng.random() < 0.3:
            street = f"{rng.choice(['Unit', 'Apt'])} {rng.randint(1, 30)}, {street}" if rng.random() < 0.5 else f"{rng.randint(1, 30)}/{street}"
        town, st, pc = rng.choice(AU_TOWNS)
        pct = f"{town} {st} {pc}"
    elif cc == "it":
        cap, town, prov = rng.choice(IT_CAP)
        im, if_, il = FAKER_PEOPLE["it_IT"]
        street = f"{rng.choice(IT_STREET_PREFIX)} {rng.choice([rng.choice(il), 'Roma', 'Garibaldi', 'Giuseppe Mazzini', 'dei Mille', 'Dante Alighieri'])}{rng.choice([' ', ', '])}{rng.randint(1, 120)}"
        pc = cap
        pct = f"{cap} {town} ({prov})" if rng.random() < 0.6 else f"{cap} {town}"
    elif cc == "pl":
        street = f"ul. {rng.choice(PL_STREETS)} {rng.randint(1, 90)}" + (f"/{rng.randint(1, 40)}" if rng.random() < 0.4 else "")
        pc = f"{rng.randint(0, 99):02d}-{rng.randint(0, 999):03d}"
        town = rng.choice(PL_TOWNS)
        pct = f"{pc} {town}"
    elif cc == "hr":
        street = f"{rng.choice(HR_STREETS)} {rng.randint(1, 120)}" + rng.choice(["", "", "a", "b"])
        pc = f"{rng.randint(10, 53)}{rng.randint(0, 9)}00"
        town = rng.choice(HR_TOWNS)
        pct = f"{pc} {town}"
    else:
        raise ValueError(cc)
    return Address(cc, street, pc, town, f"{street}, {pct}", f"{street}\n{pct}")


# ---------------------------------------------------------------------------------------------
# phone numbers

DE_AREAS = ["30", "40", "89", "221", "69", "711", "211", "351", "341", "511", "911", "421", "201", "231", "761", "621",
            "228", "345", "381", "8821", "7531", "4321", "6131", "941", "821", "531", "641", "3643", "5121", "9131", "2241", "6221"]
DE_MOBILE = ["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"]


def _pairs(s):
    out = []
    i = 0
    while i < len(s):
        step = 3 if len(s) - i == 3 else 2
        out.append(s[i:i + step])
        i += step
    return " ".join(out)


def de_phone(rng, mobile=None):
    if mobile is None:
        mobile = rng.random() < 0.45
    if mobile:
        a = rng.choice(DE_MOBILE)
        s = _nz(rng, rng.choice([7, 7, 8]))
        return rng.choice([
            f"0{a} {s}", f"0{a}/{s}", f"0{a}-{s}", f"+49 {a} {s}", f"+49 (0){a} {s}", f"+49 {a} {s[:3]} {s[3:]}",
            f"0{a} {s[:2]} {s[2:4]} {s[4:]}", f"0{a}-{s[:3]} {_pairs(s[3:])}", f"+49{a}{s}", f"0049 {a} {s}",
            f"0{a} / {s}", f"+49-{a}-{s}",
        ])
    a = rng.choice(DE_AREAS)
    s = _nz(rng, max(5, 10 - len(a) + rng.choice([-1, 0, 0, 1])) if len(a) <= 3 else rng.choice([5, 6]))
    return rng.choice([
        f"0{a} {s}", f"0{a}/{s}", f"0{a}-{s}", f"(0{a}) {s}", f"(0 {a}) {_pairs(s)}", f"0{a} / {_pairs(s)}",
        f"+49 {a} {s}", f"+49 (0){a} {s}", f"+49 (0) {a} {s}", f"+49 {a} {s[:4]} {s[4:]}" if len(s) > 5 else f"+49 {a} {s}",
        f"+49-{a}-{s}", f"0049 {a} {s}", f"0{a} {_pairs(s)}", f"+49{a}{s}",
    ])


def at_phone(rng, mobile=None):
    if mobile is None:
        mobile = rng.random() < 0.5
    if mobile:
        a = rng.choice(["664", "660", "676", "699", "650", "681"])
        s = _nz(rng, 7)
        return rng.choice([f"0{a} {s}", f"+43 {a} {s}", f"+43 {a} {s[:3]} {s[3:5]} {s[5:]}", f"0{a}/{s}", f"+43 (0){a} {s}"])
    a = rng.choice(["1", "316", "732", "662", "512", "463", "2742", "5572"])
    s = _nz(rng, {1: rng.choice([7, 8]), 3: rng.choice([6, 7]), 4: rng.choice([5, 6])}[len(a)])
    return rng.choice([f"+43 {a} {s}", f"0{a} {s}", f"0{a}/{s}", f"+43 (0){a} {s}", f"+43 {a} {s[:3]} {s[3:]}" if len(s) >= 6 else f"+43 {a} {s}"])


def ch_phone(rng, mobile=None):
    if mobile is None:
        mobile = rng.random() < 0.5
    a = rng.choice(["76", "77", "78", "79"]) if mobile else rng.choice(["44", "31", "61", "41", "71", "52", "21", "22", "26", "32"])
    s = _nz(rng, 7)
    return rng.choice([f"+41 {a} {s[:3]} {s[3:5]} {s[5:]}", f"0{a} {s[:3]} {s[3:5]} {s[5:]}", f"0041 {a} {s[:3]} {s[3:5]} {s[5:]}", f"+41{a}{s}", f"0{a} {s}"])


def uk_phone(rng, mobile=None):
    if mobile is None:
        mobile = rng.random() < 0.45
    if mobile:
        s = "7" + rng.choice(["4", "5", "7", "8", "9"]) + _digits(rng, 8)
        return rng.choice([f"0{s[:4]} {s[4:]}", f"+44 {s[:4]} {s[4:]}", f"+44 (0){s[:4]} {s[4:]}", f"0{s[:4]} {s[4:7]} {s[7:]}", f"+44{s}"])
    a, n = rng.choice([("20", 8), ("113", 7), ("161", 7), ("121", 7), ("117", 7), ("131", 7), ("141", 7), ("1865", 6), ("1223", 6), ("1904", 6), ("29", 8), ("28", 8)])
    s = _nz(rng, n)
    if n == 8:
        body = f"{s[:4]} {s[4:]}"
    elif n == 7:
        body = f"{s[:3]} {s[3:]}"
    else:
        body = s
    return rng.choice([f"0{a} {body}", f"+44 {a} {body}", f"+44 (0){a} {body}", f"(0{a}) {body}", f"0{a}{s}"])


US_AREAS = ["212", "312", "415", "512", "503", "303", "614", "608", "919", "208", "804", "520", "518", "718", "206", "617", "612", "615", "916", "619", "412", "734", "802", "912", "402", "801", "843", "828", "541", "646", "773", "347"]


def us_phone(rng, mobile=None):
    a = rng.choice(US_AREAS)
    ex = str(rng.randint(201, 989))
    if ex[1:] == "11":
        ex = "234"
    s = _digits(rng, 4)
    return rng.choice([f"({a}) {ex}-{s}", f"{a}-{ex}-{s}", f"{a}.{ex}.{s}", f"+1 {a} {ex} {s}", f"+1 ({a}) {ex}-{s}", f"+1-{a}-{ex}-{s}", f"1-{a}-{ex}-{s}", f"{a} {ex} {s}"])


def fr_phone(rng, mobile=None):
    first = rng.choice(["6", "7"]) if (mobile or (mobile is None and rng.random() < 0.5)) else rng.choice(["1", "2", "3", "4", "5", "9"])
    s = first + _digits(rng, 8)
    g = " ".join(s[i:i + 2] for i in range(1, 9, 2))
    return rng.choice([f"0{first} {g}", f"+33 {first} {g}", f"0{first}.{g.replace(' ', '.')}", f"+33 (0){first} {g}", f"0{s}"])


def nl_phone(rng, mobile=None):
    if mobile or (mobile is None and rng.random() < 0.5):
        s = _nz(rng, 8)
        return rng.choice([f"06-{s}", f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"+31 6 {s}", f"+31 6 {s[:4]} {s[4:]}", f"06 {s}"])
    a = rng.choice(["20", "10", "30", "70", "40", "50", "24", "71"])
    s = _nz(rng, 7)
    return rng.choice([f"0{a}-{s}", f"0{a} {s[:3]} {s[3:]}", f"+31 {a} {s[:3]} {s[3:]}", f"+31 (0){a} {s}", f"0{a} {s}"])


def au_phone(rng, mobile=None):
    if mobile or (mobile is None and rng.random() < 0.5):
        s = "4" + _digits(rng, 8)
        return rng.choice([f"0{s[:3]} {s[3:6]} {s[6:]}", f"+61 {s[:3]} {s[3:6]} {s[6:]}", f"0{s}"])
    a = rng.choice(["2", "3", "7", "8"])
    s = _nz(rng, 8)
    return rng.choice([f"(0{a}) {s[:4]} {s[4:]}", f"0{a} {s[:4]} {s[4:]}", f"+61 {a} {s[:4]} {s[4:]}"])


def it_phone(rng, mobile=None):
    if mobile or (mobile is None and rng.random() < 0.5):
        s = "3" + rng.choice(["2", "3", "4", "8", "9"]) + _digits(rng, 8)
        return rng.choice([f"+39 {s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]} {s[3:]}", f"+39 {s[:3]} {s[3:]}"])
    a = rng.choice(["02", "06", "011", "055", "051", "081"])
    s = _nz(rng, 10 - len(a))
    return rng.choice([f"+39 {a} {s}", f"{a} {s}", f"+39 {a} {s[:4]} {s[4:]}"])


def pl_phone(rng, mobile=None):
    s = rng.choice("5678") + _digits(rng, 8)
    return rng.choice([f"+48 {s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"+48 {s}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def hr_phone(rng, mobile=None):
    s = rng.choice(["91", "92", "95", "97", "98", "99"]) + _digits(rng, 7)
    return rng.choice([f"+385 {s[:2]} {s[2:5]} {s[5:]}", f"0{s[:2]} {s[2:5]} {s[5:]}", f"+385 {s}"])


def be_phone(rng, mobile=None):
    s = "4" + rng.choice("6789") + _digits(rng, 7)
    return rng.choice([f"+32 {s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", f"0{s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", f"0{s[:3]}/{s[3:5]}.{s[5:7]}.{s[7:]}"])


PHONE_FN = {"de": de_phone, "at": at_phone, "ch": ch_phone, "uk": uk_phone, "us": us_phone, "fr": fr_phone, "nl": nl_phone, "au": au_phone,
            "it": it_phone, "pl": pl_phone, "hr": hr_phone, "be": be_phone}
PHONE_COUNTRIES = {
    "de": [("de", 72), ("at", 11), ("ch", 10), ("nl", 2), ("uk", 1), ("fr", 1), ("it", 1), ("pl", 1), ("hr", 1)],
    "en": [("uk", 38), ("us", 34), ("au", 6), ("de", 9), ("nl", 3), ("fr", 3), ("ch", 2), ("it", 2), ("be", 1), ("at", 1), ("pl", 1)],
}


# ---------------------------------------------------------------------------------------------
# numbers with check digits

def _iban_check(cc, bban):
    s = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{98 - int(s) % 97:02d}"


DE_BLZ = ["10010010", "37040044", "50010517", "70150000", "12030000", "43060967", "20050550", "76050101", "86055592", "60050101", "44050199", "30050110"]


def make_iban(rng, cc):
    if cc == "de":
        bban = rng.choice(DE_BLZ) + _digits(rng, 10)
    elif cc == "at":
        bban = rng.choice(["20111", "12000", "14000", "32000", "38000", "60000"]) + _digits(rng, 11)
    elif cc == "ch":
        bban = rng.choice(["00762", "00700", "09000", "00235", "08401"]) + _digits(rng, 12)
    elif cc == "gb":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + _digits(rng, 6) + _digits(rng, 8)
    elif cc == "nl":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB", "BUNQ"]) + _digits(rng, 10)
    elif cc == "fr":
        bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = bank + branch + acct + f"{key:02d}"
    else:
        raise ValueError(cc)
    C = cc.upper()
    iban = C + _iban_check(C, bban) + bban
    assert iban_valid(iban)
    return iban


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(prefix, length, rng):
    body = prefix + _digits(rng, length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card(rng):
    kind = wchoice(rng, [("visa", 40), ("mc", 30), ("mc2", 6), ("amex", 12), ("disc", 6), ("jcb", 6)])
    if kind == "visa":
        n = _luhn_complete("4" + _digits(rng, 5), 16, rng)
    elif kind == "mc":
        n = _luhn_complete(str(rng.randint(51, 55)) + _digits(rng, 4), 16, rng)
    elif kind == "mc2":
        n = _luhn_complete(str(rng.randint(2221, 2720)) + _digits(rng, 2), 16, rng)
    elif kind == "amex":
        n = _luhn_complete(rng.choice(["34", "37"]) + _digits(rng, 4), 15, rng)
    elif kind == "disc":
        n = _luhn_complete(rng.choice(["6011", "65" + _digits(rng, 2)]), 16, rng)
    else:
        n = _luhn_complete(str(rng.randint(3528, 3589)), 16, rng)
    assert luhn_ok(n)
    style = rng.choice(["space", "space", "space", "dash", "compact"])
    if style == "compact":
        return n
    sep = " " if style == "space" else "-"
    if len(n) == 15:
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def taxid_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def taxid_valid(t):
    if len(t) != 11 or not t.isdigit() or t[0] == "0":
        return False
    counts = [t[:10].count(str(d)) for d in range(10)]
    if sorted(counts) != [0] + [1] * 8 + [2]:
        return False
    return taxid_check(t[:10]) == int(t[10])


def make_taxid(rng):
    while True:
        twice = rng.randint(0, 9)
        missing = rng.choice([d for d in range(10) if d != twice])
        ds = [d for d in range(10) if d != missing] + [twice]
        rng.shuffle(ds)
        if ds[0] == 0:
            continue
        d10 = "".join(map(str, ds))
        t = d10 + str(taxid_check(d10))
        assert taxid_valid(t)
        if rng.random() < 0.35:
            return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}"
        return t


V4_FIRST = [31, 37, 46, 62, 77, 78, 79, 80, 81, 84, 85, 87, 88, 91, 93, 94, 95, 109, 141, 176, 178, 185, 188, 193, 194, 212, 213, 217, 2, 5, 24, 50, 64, 66, 67, 68, 71, 72, 73, 74, 75, 76, 96, 98, 99, 104, 108, 82, 83, 89, 90, 92]


def make_ipv4(rng):
    r = rng.random()
    if r < 0.1:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if r < 0.15:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"{rng.choice(V4_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def make_ipv6(rng):
    pre = rng.choice(["2a02:8108", "2a02:810d", "2001:16b8", "2003:e5", "2a01:c22", "2600:1700", "2607:fb90", "2a00:23c5", "2001:db8", "2a01:4f8"])
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(6 if pre.count(":") == 1 else 6)]
    full = pre.split(":") + groups
    full = full[:8]
    if rng.random() < 0.45:
        k = rng.randint(3, 5)
        return ":".join(full[:k]) + "::" + ":".join(full[-rng.randint(1, 2):])
    return ":".join(full)


# ---------------------------------------------------------------------------------------------
# e-mail addresses and companies

_TRANS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ı": "i", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "æ": "ae", "ş": "s", "ğ": "g"}


def ascii_slug(s, keep=""):
    s = "".join(_TRANS.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return "".join(ch for ch in s.lower() if ch.isalnum() or ch in keep)


FREEMAIL = {
    "de": ["gmx.de", "web.de", "gmail.com", "t-online.de", "gmx.net", "posteo.de", "outlook.de", "icloud.com", "yahoo.de", "freenet.de", "gmx.at", "bluewin.ch", "hotmail.com", "mailbox.org"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk", "btinternet.com", "aol.com", "protonmail.com", "yahoo.com", "live.ie", "sky.com", "me.com"],
}

CO_WORDS_DE = ["Nordlicht", "Hafenkante", "Bergwerk", "Lindgrün", "Sonnendeck", "Kupferfeld", "Rheinblick", "Alpenglut", "Werkbank", "Tannenhof", "Fernweh", "Eichenholz", "Kranich", "Elbstrand", "Waldmeister", "Blaupause", "Steinbock", "Mittelweg"]
CO_BRANCH_DE = ["Logistik", "Druck", "Media", "Textil", "Versand", "Bau", "Consulting", "Software", "Möbel", "Handel", "Verpackung", "Immobilien", "Event", "Marketing"]
CO_FORM_DE = ["GmbH", "GmbH", "GmbH & Co. KG", "AG", "KG", "e.K.", "UG (haftungsbeschränkt)"]
CO_WORDS_EN = ["Brightwater", "Northgate", "Harbourside", "Bluefin", "Copperleaf", "Ironbridge", "Kestrel", "Meadowlark", "Redwood", "Saltmarsh", "Tidewater", "Westfield", "Oakhurst", "Silverline", "Foxglove", "Stonecrop"]
CO_BRANCH_EN = ["Logistics", "Print", "Media", "Supplies", "Studio", "Consulting", "Software", "Interiors", "Trading", "Packaging", "Events", "Marketing", "Retail", "Outfitters"]
CO_FORM_EN = ["Ltd", "Ltd", "LLC", "Inc.", "Co.", "Limited", "Group", "GmbH"]

# per language: name words, branches, legal forms, "& Sons", a partnership's forms, domains
COMPANY_PARTS = {
    "de": (CO_WORDS_DE, CO_BRANCH_DE, CO_FORM_DE, "Söhne", ["KG", "GmbH", "OHG"], ["de", "de", "de", "com", "at", "ch", "eu"]),
    "en": (CO_WORDS_EN, CO_BRANCH_EN, CO_FORM_EN, "Sons", ["Ltd", "LLP", "Inc."], ["co.uk", "com", "com", "io", "ie", "com.au", "net"]),
}


def make_company(rng, lang):
    lasts = FAKER_PEOPLE["de_DE" if lang == "de" else "en_GB"][2]
    lasts = [x for x in lasts if _simple(x)]
    coined, branches, forms, sons, partner_forms, tlds = COMPANY_PARTS[lang]
    r = rng.random()
    if r < 0.35:
        name = f"{rng.choice(lasts)} {rng.choice(branches)} {rng.choice(forms)}"
    elif r < 0.5:
        name = f"{rng.choice(lasts)} & {rng.choice([sons, rng.choice(lasts)])} {rng.choice(partner_forms)}"
    else:
        name = f"{rng.choice(coined)} {rng.choice(branches)} {rng.choice(forms)}"
    tld = rng.choice(tlds)
    words = name.split()
    dom = ascii_slug(words[0] + (words[1] if len(words) > 1 and words[1] not in ("&",) and rng.random() < 0.5 else ""), keep="") + "." + tld
    if "&" in words:
        dom = ascii_slug(words[0]) + "-" + ascii_slug(words[2]) + "." + tld
    return name, dom


def person_email(rng, p, domain):
    f = ascii_slug(p.first.split()[0].split("-")[0])
    l = ascii_slug(p.last, keep="-").replace("--", "-").strip("-")
    lcore = ascii_slug(p.last.split()[-1])
    pat = rng.choice(["{f}.{l}", "{f}.{l}", "{f}{l}", "{fi}.{l}", "{fi}{lc}", "{lc}", "{f}", "{f}_{l}", "{f}.{l}{nn}", "{lc}.{f}", "{f}{nn}", "{fi}{lc}{nn}"])
    local = pat.format(f=f, l=l.replace("-", "") if rng.random() < 0.5 else l, lc=lcore, fi=f[:1], nn=rng.choice(["83", "1991", "77", "24", "2", "05", "68"]))
    return f"{local}@{domain}"


# ---------------------------------------------------------------------------------------------
# distractors (never labelled)

MONTHS = {"de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]}
WEEKDAYS = {"de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"], "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]}
BICS = ["COBADEFFXXX", "DEUTDEDBXXX", "INGDDEFFXXX", "GENODEM1GLS", "BYLADEM1001", "RZOOAT2L", "UBSWCHZH80A", "NWBKGB2L", "ABNANL2A", "HASPDEHHXXX"]


def gtin13(rng, prefix):
    body = prefix + _digits(rng, 12 - len(prefix))
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def upc12(rng):
    body = _digits(rng, 11)
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def distractor(rng, lang, base, cur=None):
    de = lang == "de"
    y = rng.choice([2024, 2025, 2025, 2026])
    if base == "order":
        return rng.choice(["{d6}", "{d4}-{d6}", "A{d7}", "{y}-{d5}", "#{d6}", "WEB-{d6}"] if de else ["#{d6}", "ORD-{d6}", "{d3}-{d7}-{e7}", "SO{d6}", "#{d5}", "W{d8}"]).format(
            d3=_nz(rng, 3), d4=_nz(rng, 4), d5=_nz(rng, 5), d6=_nz(rng, 6), d7=_nz(rng, 7), e7=_nz(rng, 7), d8=_nz(rng, 8), y=y)
    if base == "inv":
        return rng.choice(["RE-{y}-{d5}", "R{d7}", "{y}/{d4}", "RG{d6}"] if de else ["INV-{d5}", "INV{y}-{d4}", "{d6}", "SI-{d5}"]).format(d4=_digits(rng, 4), d5=_digits(rng, 5), d6=_nz(rng, 6), d7=_nz(rng, 7), y=y)
    if base == "cust":
        return rng.choice(["KD-{d6}", "{d8}", "K{d6}", "{d5}"] if de else ["C{d6}", "{d8}", "CUST-{d5}", "{d7}"]).format(d5=_nz(rng, 5), d6=_nz(rng, 6), d7=_nz(rng, 7), d8=_nz(rng, 8))
    if base == "art":
        return rng.choice(["{d2}-{d3}-{d2}", "{d6}", "{L}{L}-{d4}-{c}", "{d3}.{d3}.{d2}"]).format(d2=_digits(rng, 2), d3=_digits(rng, 3), d4=_digits(rng, 4), d6=_nz(rng, 6), L=rng.choice("ABKMRTW"), c=rng.choice(["GRN", "BLK", "NAV", "SND", "OLV"]))
    if base == "gtin":
        return gtin13(rng, rng.choice(["40", "41", "42", "43", "44", "90", "76"])) if de else rng.choice([gtin13(rng, rng.choice(["50", "53", "40", "87"])), upc12(rng)])
    if base == "track":
        return rng.choice([lambda: "00340434" + _digits(rng, 12), lambda: "JJD00" + _digits(rng, 16), lambda: "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + _digits(rng, 10),
                           lambda: rng.choice("ABCDLMRT") + rng.choice("ABDEFHKLMNQRSTUVWXYZ") + _digits(rng, 9) + "GB", lambda: "H" + _digits(rng, 19), lambda: _nz(rng, 12)])()
    if base == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        if de:
            return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {MONTHS['de'][m - 1]} {y}", f"{d:02d}.{m:02d}.{y % 100:02d}"])
        return rng.choice([f"{d} {MONTHS['en'][m - 1]} {y}", f"{MONTHS['en'][m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS['en'][m - 1][:3]}"])
    if base == "dob":
        d, m, yy = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1958, 2004)
        return f"{d:02d}.{m:02d}.{yy}" if de else rng.choice([f"{d:02d}/{m:02d}/{yy}", f"{MONTHS['en'][m - 1]} {d}, {yy}", f"{yy}-{m:02d}-{d:02d}"])
    if base == "time":
        h, mi = rng.randint(7, 19), rng.choice([0, 15, 30, 45, 10, 20, 50])
        return (f"{h}:{mi:02d} Uhr" if rng.random() < 0.5 else f"{h:02d}:{mi:02d}") if de else rng.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"])
    if base == "fee":
        v = f"{rng.randint(1, 9)}{rng.choice(['.50', '.90', '.95', '.99'])}"
        return f"{v.replace('.', ',')} €" if de else f"{cur or '£'}{v}"
    if base == "free":
        v = rng.choice([29, 39, 49, 50, 59, 75, 100])
        return f"{v} €" if de else f"{cur or '£'}{v}"
    if base == "amount":
        v = (rng.randint(3, 249) if rng.random() < 0.75 else rng.randint(250, 2500)) + rng.choice([0, 0.5, 0.9, 0.95, 0.99])
        if de:
            s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return rng.choice([f"{s} €", f"{s} EUR", f"€ {s}", f"EUR {s}", f"{s} CHF" if rng.random() < 0.2 else f"{s} €"])
        code = {"£": "GBP", "$": "USD", "€": "EUR"}[cur or "£"]
        return rng.choice([f"{cur or '£'}{v:,.2f}", f"{cur or '£'}{v:,.2f}", f"{cur or '£'}{v:,.2f}", f"{v:,.2f} {code}", f"{code} {v:,.2f}"])
    if base == "ticket":
        return rng.choice(["#{d5}", "INC{d7}", "T-{y}-{d4}", "SR-{d6}", "{d6}"]).format(d4=_digits(rng, 4), d5=_nz(rng, 5), d6=_nz(rng, 6), d7=_digits(rng, 7), y=y)
    if base == "plz":
        return f"{rng.randint(1, 99):02d}{rng.randint(0, 999):03d}" if de else rng.choice([f"{rng.choice(US_TOWNS)[2]}{_digits(rng, 2)}", _uk_pc(rng, rng.choice(UK_TOWNS)[1][0])])
    if base == "town":
        return rng.choice([t for t, *_ in DE_BIG] + [t for t, _ in AT_BIG] + [t for t, _ in CH_BIG[:6]]) if de else rng.choice([t for t, _ in UK_TOWNS] + [t for t, *_ in US_TOWNS])
    if base == "ustid":
        k = rng.choice(["DE", "DE", "DE", "ATU", "CHE"] if de else ["GB", "GB", "IE", "DE"])
        if k == "ATU":
            return "ATU" + _nz(rng, 8)
        if k == "CHE":
            d = _nz(rng, 9)
            return f"CHE-{d[:3]}.{d[3:6]}.{d[6:]} MWST"
        if k == "IE":
            return "IE" + _nz(rng, 7) + rng.choice("ABCDEFW")
        return k + _nz(rng, 9)
    if base == "stnr":
        return rng.choice([f"{_nz(rng, 3)}/{_digits(rng, 3)}/{_digits(rng, 5)}", f"{_nz(rng, 2)}/{_digits(rng, 3)}/{_digits(rng, 5)}", f"{_nz(rng, 2)} {_digits(rng, 3)} {_digits(rng, 5)}"])
    if base == "maskcard":
        d4 = _digits(rng, 4)
        return rng.choice([f"**** **** **** {d4}", f"•••• {d4}", f"XXXX-XXXX-XXXX-{d4}", f"************{d4}", f"…{d4}"])
    if base == "lastfour":
        return _digits(rng, 4)
    if base == "bic":
        return rng.choice(BICS)
    if base == "ver":
        return rng.choice([f"{rng.randint(1, 6)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"v{rng.randint(1, 4)}.{rng.randint(0, 12)}", f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(100, 999)}"])
    if base == "hrb":
        return f"HRB {_nz(rng, 5)}" + rng.choice(["", " B", ""])
    if base == "sepaid":
        return f"DE{_digits(rng, 2)}ZZZ0000{_digits(rng, 7)}"
    if base == "qty":
        return str(rng.randint(2, 40))
    if base == "pct":
        return str(rng.choice([5, 10, 15, 20, 25, 30]))
    if base == "weekday":
        return rng.choice(WEEKDAYS[lang])
    if base == "month":
        return rng.choice(MONTHS[lang])
    if base == "room":
        return rng.choice(["R 2.14", "3.07", "Raum Elbe", "Besprechungsraum 4", "Teams"]) if de else rng.choice(["Room 2.14", "Boardroom", "Zoom", "Meeting Room B", "Teams"])
    if base == "year":
        return str(y)
    if base == "pin":
        return _digits(rng, 6)
    if base == "kw":
        return str(rng.randint(2, 51))
    if base == "pcs":
        return str(rng.randint(1, 6))
    if base == "weight":
        return rng.choice(["1,2 kg", "850 g", "2,4 kg", "340 g"]) if de else rng.choice(["1.2 kg", "850 g", "3 lb", "12 oz"])
    if base == "size":
        return rng.choice(["S", "M", "L", "XL", "38", "42", "EU 41", "UK 8", "W32/L34"])
    if base == "ref":
        return rng.choice(["{L}{M}-{d6}", "{d4}-{e4}", "REF {d6}", "M-{y}-{d6}"]).format(L=rng.choice("ABCDEFGHKLMNPRS"), M=rng.choice("ABCDEFGHKLMNPRS"), d4=_digits(rng, 4), e4=_digits(rng, 4), d6=_nz(rng, 6), y=y)
    if base == "iso":
        return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    if base == "clf":
        return f"{rng.randint(1, 28):02d}/{MONTHS['en'][rng.randint(0, 11)][:3]}/{y}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0{rng.choice([0, 1, 2])}00"
    if base in VOCAB[lang]:
        return rng.choice(VOCAB[lang][base])
    raise KeyError(base)


VOCAB = {
    "en": {
        "title": ["Head of Purchasing", "Operations Manager", "Marketing Lead", "Buyer", "Office Manager", "CFO", "Founder", "Store Manager",
                  "Procurement Specialist", "E-commerce Manager", "Creative Director", "Account Executive", "Warehouse Supervisor", "Brand Manager"],
        "event": ["the Spring Trade Show", "Pure London", "NY NOW", "Retail Expo", "our June webinar", "the Harrogate Gift Fair", "Top Drawer"],
        "shop": ["Larkspur & Co", "Wrenfield", "Saltmarsh Goods", "Moor & Fell", "Hollowbrook", "Tidewell", "Copper Kettle Home"],
        "product": ["Jackson Backpack", "Franklin Desk Lamp", "Heather Grey Hoodie", "Olive Field Jacket", "Marie Curie Edition Notebook",
                    "Victoria Sponge Tin", "Abbey Road Print", "Rose Linen Shirt", "Jade Water Bottle", "Harper Tote", "Gentian Blue Beanie",
                    "Sunny Side Mug", "Baker's Apron", "Hunter Wellies", "Carnaby Scarf"],
        "colour": ["Olive", "Rose", "Heather", "Jade", "Sand", "Ink", "Gentian", "Hazel", "Ruby", "Sage", "Amber"],
        "dept": ["finance", "the warehouse", "customer care", "purchasing", "marketing", "IT", "legal", "HR"],
        "subj": ["Order query", "Delivery next week", "Invoice", "Samples", "Quick question", "Re: price list", "Returns", "Meeting on Thursday", "New address"],
        "diet": ["vegetarian", "vegan", "none", "gluten-free", "no nuts", "halal", "none"],
        "plan": ["free", "pro", "trial", "business"],
        "shift": ["Early", "Late", "Early", "Night", "Mid", "Off"],
    },
    "de": {
        "title": ["Einkauf", "Geschäftsführung", "Leitung Marketing", "Teamleitung Versand", "Buchhaltung", "Projektleitung", "Vertrieb Innendienst",
                  "Inhaberin", "Inhaber", "Assistenz der Geschäftsführung", "Key Account Management", "Filialleitung", "Lagerleitung"],
        "event": ["der Ambiente", "der Hausmesse", "der ISPO", "unserem Webinar", "der Nordstil", "dem Tag der offenen Tür", "der Tendence"],
        "shop": ["Feldlinie", "Nordhang", "Hafenrot", "Bergquelle", "Ostwind Textil", "Krautwerk", "Wollhaus Ammersee"],
        # all masculine, so "den/der/dem {product}" and "ihn" fit every one
        "product": ["Rucksack Jackson", "Wanderrucksack Enzian", "Schurwollpullover Heide", "Rucksack Franklin 22 L", "Kaffeebecher Marie Curie Edition",
                    "Thermobecher Wolf", "Regenmantel Fischer Blau", "Hoodie Heather Grey", "Strickschal Olive", "Leinenkittel Rosé",
                    "Wanderschuh Jade", "Bauer-Krug 1 l", "Brotkorb Koch & Co."],
        "colour": ["Olive", "Rosé", "Heide", "Jade", "Sand", "Tinte", "Enzian", "Haselnuss", "Rubin", "Salbei", "Bernstein"],
        "dept": ["die Buchhaltung", "das Lager", "den Kundenservice", "den Einkauf", "das Marketing", "die IT", "die Rechtsabteilung", "die Personalabteilung"],
        "abt": ["Buchhaltung", "Lager", "Kundenservice", "Einkauf", "Marketing", "IT", "Versand", "Personal"],
        "subj": ["Ihre Bestellung", "Lieferung nächste Woche", "Rechnung", "Muster", "Kurze Frage", "AW: Preisliste", "Retoure", "Termin Donnerstag", "Neue Adresse"],
        "diet": ["vegetarisch", "vegan", "keine", "glutenfrei", "keine Nüsse", "halal", "keine"],
        "plan": ["free", "pro", "trial", "business"],
        "shift": ["Früh", "Spät", "Früh", "Nacht", "Mitte", "frei"],
    },
}


# ---------------------------------------------------------------------------------------------
# per-text context and renderer

@dataclass(frozen=True)
class Ent:
    type: str
    text: str


SLOT = re.compile(r"\{([a-z][A-Za-z0-9_]*)\}")
LEFTOVER = re.compile(r"\{[A-Za-z][A-Za-z0-9_§]*\}")
_P_KEY = re.compile(r"p(\d+)(?:_(\w+))?$")
_A_KEY = re.compile(r"adr([a-z]{2})?(\d+)(?:_(\w+))?$")
_T_KEY = re.compile(r"(tel|mob)([a-z]{2})?(\d+)$")
_I_KEY = re.compile(r"iban([a-z]{2})?(\d+)(?:_([cg]))?$")
_N_KEY = re.compile(r"(card|ip|ipsix|taxid|co|mail|shopmail)(\d+)(?:_(\w+))?$")
_D_KEY = re.compile(r"([a-z]+?)(\d*)$")

ROLE_LOCAL = {"de": ["info", "service", "kontakt", "bestellung", "buchhaltung", "einkauf", "presse", "support", "office", "rechnung"],
              "en": ["info", "hello", "support", "orders", "accounts", "sales", "press", "team", "billing", "office"]}


class Ctx:
    def __init__(self, lang, rng, split, layouts, invent_rate=0.1):
        self.lang = lang
        self.rng = rng
        self.split = split
        self.layouts = layouts
        self.invent_rate = invent_rate
        self.cache = {}
        self.people = {}
        self.addrs = {}
        self.cos = {}
        self.us_style = rng.random() < 0.5  # "Mr." vs "Mr"
        self.cur = rng.choice(["£", "£", "$", "€"])  # one currency per English text

    # layout variants: even positions for dev, odd for held-out
    def lay(self, name):
        lst = self.layouts[name]
        half = lst[self.split::2]
        return self.rng.choice(half)

    def person(self, i):
        if i not in self.people:
            self.people[i] = make_person(self.rng, self.lang, self.invent_rate)
        return self.people[i]

    def company(self, i):
        if i not in self.cos:
            self.cos[i] = make_company(self.rng, self.lang)
        return self.cos[i]

    def address(self, cc, i):
        key = (cc, i)
        if key not in self.addrs:
            self.addrs[key] = make_address(self.rng, cc or wchoice(self.rng, ADDR_COUNTRIES[self.lang]))
        return self.addrs[key]

    def get(self, key):
        if key not in self.cache:
            self.cache[key] = self._make(key)
        return self.cache[key]

    def _make(self, key):
        rng, lang = self.rng, self.lang
        m = _P_KEY.match(key)
        if m:
            return self._person_form(self.person(int(m.group(1))), m.group(2) or "", int(m.group(1)))
        m = _A_KEY.match(key)
        if m:
            cc = m.group(1)
            a = self.address(cc, int(m.group(2)))
            form = m.group(3) or ""
            if form == "":
                return Ent("STREET_ADDRESS", a.one)
            if form == "ml":
                return Ent("STREET_ADDRESS", a.multi)
            if form == "st":
                return Ent("STREET_ADDRESS", a.street)
            if form == "pc":
                return a.pc
            if form == "town":
                return a.town
            if form == "pctown":
                return a.one[len(a.street) + 2:]
            if form == "country":
                return COUNTRY_NAMES[lang][a.cc]
            if form == "cc":
                return {"uk": "GB"}.get(a.cc, a.cc.upper())
            if form == "in":  # German preposition before the street: "in der Hauptstraße 3", "im Birkenweg 2", "Am Markt 5"
                name = re.split(r"\s\d", a.street)[0]
                if name.split()[0] in ("Am", "An", "Auf", "Im", "In", "Zum", "Zur", "Hinter", "Unter"):
                    return ""
                if name.lower().endswith(("weg", "platz", "ring", "steig", "damm", "winkel")):
                    return "im "
                return "in der "
            raise KeyError(key)
        m = _T_KEY.match(key)
        if m:
            cc = m.group(2) or wchoice(rng, PHONE_COUNTRIES[lang])
            mobile = True if m.group(1) == "mob" else None
            return Ent("PHONE", PHONE_FN[cc](rng, mobile))
        m = _I_KEY.match(key)
        if m:
            cc = m.group(1) or wchoice(rng, [("de", 60), ("at", 12), ("ch", 10), ("nl", 6), ("fr", 5), ("gb", 7)] if lang == "de" else [("gb", 50), ("de", 15), ("nl", 10), ("fr", 10), ("at", 5), ("ch", 10)])
            ib = make_iban(rng, cc)
            style = m.group(3) or ("g" if rng.random() < 0.65 else "c")
            return Ent("IBAN", group4(ib) if style == "g" else ib)
        m = _N_KEY.match(key)
        if m:
            kind, i, form = m.group(1), int(m.group(2)), m.group(3) or ""
            if kind == "card":
                return Ent("CREDIT_CARD", make_card(rng))
            if kind == "ip":
                return Ent("IP_ADDRESS", make_ipv4(rng))
            if kind == "ipsix":
                return Ent("IP_ADDRESS", make_ipv6(rng))
            if kind == "taxid":
                return Ent("DE_TAX_ID", make_taxid(rng))
            if kind == "co":
                name, dom = self.company(i)
                return dom if form == "dom" else name
            if kind == "mail":
                return Ent("EMAIL", f"{rng.choice(ROLE_LOCAL[lang])}@{self.company(i)[1]}")
        m = _D_KEY.match(key)
        return distractor(rng, lang, m.group(1), self.cur)

    def _person_form(self, p, form, i):
        rng, de = self.rng, self.lang == "de"
        f, l = p.first, p.last
        full = f"{f} {l}"
        core = l.split()[-1]
        l_alone = l[:1].upper() + l[1:] if p.origin == "nl_NL" and l[:1].islower() else l
        forms = {
            "": full, "f": f, "l": l_alone, "lf": f"{l}, {f}", "fi": f"{f} {core[0]}.", "il": f"{f[0]}. {l}",
            "lc": full.lower(), "flc": f.lower(), "llc": l.lower(), "up": full.upper(), "lup": f"{l.upper()}, {f}",
            "lupf": f"{l.upper()} {f}", "lfn": f"{l} {f}",
        }
        if form in forms:
            return Ent("PERSON", forms[form])
        if form == "email":
            dom = self.company(i)[1] if rng.random() < 0.5 else rng.choice(FREEMAIL[self.lang])
            return Ent("EMAIL", person_email(rng, p, dom))
        if form == "wmail":
            return Ent("EMAIL", person_email(rng, p, self.company(i)[1]))
        if form == "pmail":
            return Ent("EMAIL", person_email(rng, p, rng.choice(FREEMAIL[self.lang])))
        fem = p.gender == "f"
        if de:
            table = {"hon": "Frau" if fem else "Herr", "herrn": "Frau" if fem else "Herrn", "sg": "Sehr geehrte Frau" if fem else "Sehr geehrter Herr",
                     "lb": "Liebe" if fem else "Lieber", "er": "sie" if fem else "er", "Er": "Sie" if fem else "Er", "ihm": "ihr" if fem else "ihm",
                     "ihn": "sie" if fem else "ihn", "sein": "ihr" if fem else "sein", "seine": "ihre" if fem else "seine",
                     "kunde": "Kundin" if fem else "Kunde", "ma": "Mitarbeiterin" if fem else "Mitarbeiter", "der": "die" if fem else "der", "den": "die" if fem else "den",
                     "dem": "der" if fem else "dem", "des": "der" if fem else "des", "mutter": "Mutter" if fem else "Vater",
                     "tochter": "Tochter" if fem else "Sohn", "schwester": "Schwester" if fem else "Bruder", "meinmann": "meine Frau" if fem else "mein Mann",
                     "kollegin": "Kollegin" if fem else "Kollege", "nachbarin": "Nachbarin" if fem else "Nachbar", "ein": "eine" if fem else "ein",
                     "kontakt": "Ansprechpartnerin" if fem else "Ansprechpartner", "n": "" if fem else "n", "e": "e" if fem else "", "in": "in" if fem else "",
                     "mitkoll": "meiner Kollegin" if fem else "meinem Kollegen", "pron": "sie/ihr" if fem else "er/ihm"}
        else:
            dot = "." if self.us_style else ""
            table = {"hon": ("Ms" if rng.random() < 0.8 else "Mrs") + dot if fem else "Mr" + dot, "he": "she" if fem else "he",
                     "him": "her" if fem else "him", "his": "her" if fem else "his", "mum": "mother" if fem else "father",
                     "sis": "sister" if fem else "brother", "wife": "wife" if fem else "husband", "daughter": "daughter" if fem else "son",
                     "pron": "she/her" if fem else "he/him"}
        if form == "tit":
            return rng.choice(["Dr. ", "Dr. ", "Prof. ", "Mag. " if de else "Dr. "]) if rng.random() < 0.15 else ""
        if form in table:
            return table[form]
        if form[:1].isupper() and form.lower() in table:
            v = table[form.lower()]
            return v[:1].upper() + v[1:]
        raise KeyError(form)


def unindent(tpl):
    """Drop the four spaces of source indentation from each line of a template (parts built in code
    have none), trailing blanks and the leading/trailing empty lines."""
    lines = [(ln[4:] if ln.startswith("    ") else ln).rstrip() for ln in tpl.split("\n")]
    return "\n".join(lines).strip("\n")


def render(tpl, ctx):
    tpl = unindent(tpl)
    out, ents, pos, last = [], [], 0, 0
    prev = ""
    for m in SLOT.finditer(tpl):
        lit = tpl[last:m.start()]
        if prev.endswith(".") and lit.startswith("."):
            lit = lit[1:]  # "… Co." + "." at the end of a sentence
        out.append(lit)
        pos += len(lit)
        v = ctx.get(m.group(1))
        if isinstance(v, Ent):
            ents.append({"type": v.type, "start": pos, "end": pos + len(v.text), "value": v.text})
            s = v.text
        else:
            s = v
        out.append(s)
        pos += len(s)
        last = m.end()
        prev = s
    tail = tpl[last:]
    out.append(tail[1:] if prev.endswith(".") and tail.startswith(".") else tail)
    text = "".join(out)
    assert not any(LEFTOVER.search(x) for x in SLOT.split(tpl)[::2]), tpl
    check(text, ents)
    return text, ents


def check(text, ents):
    prev_end = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        assert e["value"] == text[e["start"]:e["end"]], e
        assert e["start"] >= prev_end, ("overlap", e)
        assert e["value"] == e["value"].strip() and e["value"], e
        prev_end = e["end"]
        v = e["value"]
        if e["type"] == "IBAN":
            assert iban_valid(v.replace(" ", "")), v
        elif e["type"] == "CREDIT_CARD":
            assert luhn_ok(re.sub(r"[ -]", "", v)), v
        elif e["type"] == "DE_TAX_ID":
            assert taxid_valid(v.replace(" ", "")), v


def rows(c, fmt, lo=3, hi=6, start=1, sep="\n"):
    """`fmt` repeated for n people; `§` stands for the row's index (slot keys like {p§_l})."""
    n = c.rng.randint(lo, hi)
    return sep.join(fmt.replace("§", str(i)) for i in range(start, start + n))
