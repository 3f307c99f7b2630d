"""Eighth PII bank: people, addresses, phone numbers, look-alike values, the slot renderer, the
parity split and the checks.

A template is a string with slots and alternatives, or a function `f(ctx) -> str` that builds
such a string (tables with a varying number of rows, layouts taken from a split list):

    {p1.full}  {p2.lastfirst}  {p1.line}  {p1.phone}  {iban}  {order}  ((Hallo|Hi|Moin))
    {p1.g:Kundin:Kunde}  (a word that follows the gender of person 1)

A template that starts with `~` names its people without any cue (no honorific, field name,
greeting or signature): such people never get an invented name.

Every slot renders to pieces `(text, label or None)`; the renderer records the span of every
labelled piece in code points. Values of a slot are kept for the whole text, so `{p1.email}` or
`{order}` written twice give the same value twice.
"""

import sys

sys.dont_write_bytecode = True

import datetime  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import string  # noqa: E402
import unicodedata  # noqa: E402

import common  # noqa: E402  (puts the pinned Faker on sys.path through fetch.py)
from common import fake, gtin13, iban_valid, luhn_check_digit, luhn_valid  # noqa: E402
from common import weighted_choice as weighted  # noqa: E402

import faker  # noqa: E402,F401

# ---------------------------------------------------------------- the split


def half(items, parity):
    """Even positions belong to dev8 (parity 0), odd positions to heldout8 (parity 1)."""
    items = list(items)
    assert len(items) >= 2, items
    keys = [("fn", id(x)) if callable(x) else ("v", repr(x)) for x in items]
    assert len(set(keys)) == len(keys), f"list with repeated entries: {keys}"
    return items[parity::2]


# every layout list that went through `half`, for the disjointness report
LAYOUT_LISTS: dict[str, list] = {}


def register(name, items):
    LAYOUT_LISTS[name] = list(items)
    return items


# ---------------------------------------------------------------- transliteration

_CYR_DE = {
    "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch", "з": "s",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
    "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja", "і": "i", "ї": "ji",
    "є": "je", "ґ": "g", "ʼ": "", "'": "",
}
_CYR_EN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi",
    "є": "ye", "ґ": "g", "ʼ": "", "'": "",
}
_GREEK = [
    ("ου", "ou"), ("ευ", "ev"), ("αυ", "av"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("μπ", "b"), ("ντ", "nt"), ("γκ", "gk"),
    ("γγ", "ng"), ("α", "a"), ("β", "v"), ("γ", "g"), ("δ", "d"), ("ε", "e"), ("ζ", "z"), ("η", "i"),
    ("θ", "th"), ("ι", "i"), ("κ", "k"), ("λ", "l"), ("μ", "m"), ("ν", "n"), ("ξ", "x"), ("ο", "o"),
    ("π", "p"), ("ρ", "r"), ("σ", "s"), ("ς", "s"), ("τ", "t"), ("υ", "y"), ("φ", "f"), ("χ", "ch"),
    ("ψ", "ps"), ("ω", "o"),
]


def translit(word: str, locale: str, lang: str) -> str:
    if locale == "el_GR":
        w = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
        for a, b in _GREEK:
            w = w.replace(a, b)
    else:
        table = dict(_CYR_DE if lang == "de" else _CYR_EN)
        if locale == "uk_UA":
            table["г"] = "h"
            table["и"] = "y"
        if locale == "bg_BG":
            table["ъ"] = "a"
            table["щ"] = "scht" if lang == "de" else "sht"
        w = "".join(table.get(c, c) for c in word.lower())
    return "-".join(part.capitalize() for part in w.split("-"))


# ---------------------------------------------------------------- names

NAME_LOCALES = {
    "de": [
        ("de_DE", 30), ("de_AT", 8), ("de_CH", 7), ("de_LI", 1), ("de_LU", 1), ("tr_TR", 7), ("pl_PL", 5),
        ("it_IT", 4), ("hr_HR", 3), ("ro_RO", 3), ("ru_RU", 3), ("uk_UA", 3), ("el_GR", 2), ("bg_BG", 1),
        ("fr_FR", 2), ("fr_CH", 1), ("nl_NL", 2), ("nl_BE", 1), ("es_ES", 2), ("pt_PT", 1), ("pt_BR", 1),
        ("cs_CZ", 2), ("sk_SK", 1), ("sl_SI", 1), ("hu_HU", 2), ("sv_SE", 1), ("da_DK", 1), ("no_NO", 1),
        ("fi_FI", 1), ("lt_LT", 1), ("en_GB", 1), ("en_US", 1), ("vi_VN", 2), ("az_AZ", 1), ("yo_NG", 1),
        ("id_ID", 1), ("zh_CN", 1), ("ja_JP", 1), ("arabic", 3), ("korean", 1),
    ],
    "en": [
        ("en_GB", 22), ("en_US", 20), ("en_IE", 6), ("ga_IE", 2), ("en_NZ", 2), ("en_IN", 4), ("en_PK", 2),
        ("en_NG", 2), ("yo_NG", 1), ("ig_NG", 1), ("ha_NG", 1), ("en_KE", 1), ("tw_GH", 1), ("zu_ZA", 1),
        ("es_MX", 2), ("es_CO", 1), ("es_ES", 1), ("pt_BR", 1), ("it_IT", 2), ("fr_FR", 2), ("fr_BE", 1),
        ("de_DE", 2), ("pl_PL", 2), ("nl_NL", 1), ("zh_CN", 2), ("ja_JP", 1), ("vi_VN", 1), ("id_ID", 1),
        ("el_GR", 1), ("uk_UA", 1), ("tr_TR", 1), ("sv_SE", 1), ("is_IS", 1), ("lv_LV", 1), ("hu_HU", 1),
        ("arabic", 2), ("korean", 1),
    ],
}

# written for this bank: Arabic names in common Latin spellings, Korean names (family name first
# in Korea, given name first here, as on a European order form)
ARABIC_GIVEN = {
    "f": ["Amira", "Leila", "Yasmin", "Rania", "Nour", "Salma", "Huda", "Mariam", "Dalia", "Farah", "Samira", "Lina"],
    "m": ["Omar", "Karim", "Tarek", "Yusuf", "Khaled", "Samir", "Hassan", "Bilal", "Rami", "Mahmoud", "Ziad", "Nabil"],
}
ARABIC_LAST = ["Haddad", "al-Masri", "El-Sayed", "Nasser", "Khoury", "Saleh", "Hamdan", "Aziz", "Mansour", "Abu-Zaid",
               "Qasim", "Darwish", "Al-Khatib", "Barakat", "Yassin", "Shaheen"]
KOREAN_GIVEN = {
    "f": ["Ji-woo", "Seo-yeon", "Min-seo", "Ha-eun", "Soo-ah", "Yuna", "Da-eun", "Eun-ji"],
    "m": ["Min-jun", "Seo-jun", "Do-hyun", "Ji-ho", "Hyun-woo", "Joon-young", "Tae-yang", "Sung-min"],
}
KOREAN_LAST = ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han", "Shin", "Oh"]

IRISH_O = ["O'Neill", "O'Brien", "O'Sullivan", "O'Connor", "O'Donnell", "O'Reilly", "McCarthy", "McGrath",
           "McLaughlin", "MacLeod", "MacDonald", "McKenna", "Ó Briain", "Mac Aodha"]
DOUBLE_GIVEN_DE = {"f": ["Anna", "Marie", "Eva", "Lisa", "Hanna"], "m": ["Karl", "Hans", "Jan", "Paul", "Jens"]}
PARTICLES = {
    "de": ["von", "von", "von der", "zu", "von und zu", "van"],
    "nl": ["van", "van der", "de", "van den", "ter", "van 't"],
    "fr": ["de", "Le", "du", "de la"],
    "it": ["Di", "De", "Lo", "Del"],
    "pt": ["da", "dos", "de"],
}
_PARTICLE_GROUP = {"de_DE": "de", "de_AT": "de", "de_CH": "de", "nl_NL": "nl", "nl_BE": "nl", "fr_FR": "fr",
                   "fr_CH": "fr", "fr_BE": "fr", "it_IT": "it", "pt_PT": "pt", "pt_BR": "pt"}
_OK_INNER = {"Ó", "Ní", "Nic", "Mac", "Van", "De", "Di", "Da", "Dos", "Del", "Le", "La", "O", "Ui", "Uí", "Mc"}


def _surname_ok(last: str) -> bool:
    tokens = last.split(" ")
    if not last or not last[0].isalpha() or len(tokens) > 3:
        return False
    return all(t[:1].islower() or t in _OK_INNER for t in tokens[:-1]) and tokens[-1][:1].isupper()


def _locale_name(locale: str, gender: str, rng: random.Random, lang: str) -> tuple[str, str]:
    if locale == "arabic":
        return rng.choice(ARABIC_GIVEN[gender]), rng.choice(ARABIC_LAST)
    if locale == "korean":
        return rng.choice(KOREAN_GIVEN[gender]), rng.choice(KOREAN_LAST)
    for _ in range(30):
        f = fake(locale, rng)
        if locale == "zh_CN":
            first, last = f.first_romanized_name(), f.last_romanized_name()
        elif locale == "ja_JP":
            first = f.first_romanized_name_female() if gender == "f" else f.first_romanized_name_male()
            last = f.last_romanized_name()
        else:
            first = f.first_name_female() if gender == "f" else f.first_name_male()
            last = f.last_name_female() if gender == "f" else f.last_name_male()
        if locale in ("ru_RU", "uk_UA", "bg_BG", "el_GR"):
            first, last = translit(first, locale, lang), translit(last, locale, lang)
        first, last = first.strip(), last.strip()
        if " " in first or not first[:1].isupper() or not _surname_ok(last):
            continue
        if last.lower() in ("dos santos",):
            last = "dos Santos"
        return first, last
    raise RuntimeError(locale)


# invented names: syllable pieces that give names of no particular country; every result is
# checked against all given-name and surname lists of the Faker locales above
_INV_START = ["Al", "Bren", "Cal", "Dar", "El", "Fen", "Gar", "Hal", "Is", "Jor", "Kel", "Lio", "Mar", "Nel", "Or",
              "Per", "Quin", "Ros", "Sel", "Tam", "Ul", "Val", "Wen", "Yar", "Zel", "Ilm", "Edr", "Sav"]
_INV_END = {"f": ["a", "ina", "ette", "ia", "wen", "ika", "elle", "ara", "ita", "une"],
            "m": ["o", "an", "ek", "win", "ard", "is", "us", "en", "ion", "mar"]}
_INV_ROOT = ["Brand", "Kell", "Morr", "Tann", "Feld", "Ost", "Wend", "Hark", "Lund", "Sar", "Vell", "Dorn", "Grim",
             "Holt", "Ried", "Stav", "Quell", "Fahr", "Penn", "Tors", "Ebb", "Lask", "Nor", "Vang"]
_INV_SUF = ["ecker", "ingsen", "avić", "ersby", "ovan", "holt", "mayr", "etti", "ström", "ewicz", "ington", "ard",
            "hoff", "inger", "eau", "ulescu", "ander", "oğlu", "anen", "sma"]

_KNOWN: set[str] | None = None


def known_names() -> set[str]:
    global _KNOWN
    if _KNOWN is None:
        import importlib

        known: set[str] = set()
        locales = sorted({loc for lst in NAME_LOCALES.values() for loc, _ in lst if "_" in loc})
        for loc in locales:
            mod = importlib.import_module(f"faker.providers.person.{loc}")
            for attr in dir(mod.Provider):
                if attr.startswith(("first_names", "last_names", "first_romanized", "last_romanized")):
                    val = getattr(mod.Provider, attr)
                    if isinstance(val, (tuple, list, dict)):
                        known.update(str(x).lower() for x in val)
        for lst in list(ARABIC_GIVEN.values()) + [ARABIC_LAST] + list(KOREAN_GIVEN.values()) + [KOREAN_LAST, IRISH_O]:
            known.update(x.lower() for x in lst)
        _KNOWN = known
    return _KNOWN


def invented_name(rng: random.Random, gender: str) -> tuple[str, str]:
    known = known_names()
    while True:
        first = rng.choice(_INV_START) + rng.choice(_INV_END[gender])
        last = rng.choice(_INV_ROOT) + rng.choice(_INV_SUF)
        if first.lower() not in known and last.lower() not in known:
            return first, last


# ---------------------------------------------------------------- letters

_FOLD = {"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i",
         "ð": "d", "þ": "th", "ʼ": "", "'": "", "’": ""}


def fold(s: str) -> str:
    s = "".join(_FOLD.get(c, c) for c in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_"))


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def digits_nz(rng, n):
    return rng.choice("123456789") + digits(rng, n - 1)


# ---------------------------------------------------------------- addresses

DE_TOWNS = [("München", ["80331", "80469", "81541", "80797", "81369"]), ("Garmisch-Partenkirchen", ["82467"]),
            ("Freiburg im Breisgau", ["79098", "79102", "79117"]), ("Oberstdorf", ["87561"]),
            ("Berchtesgaden", ["83471"]), ("Füssen", ["87629"]), ("Kempten (Allgäu)", ["87435", "87439"]),
            ("Dresden", ["01067", "01099", "01309"]), ("Leipzig", ["04109", "04275"]), ("Hamburg", ["20095", "22767", "22301"]),
            ("Berlin", ["10115", "10999", "12043", "10435"]), ("Köln", ["50667", "50823"]), ("Stuttgart", ["70173", "70199"]),
            ("Nürnberg", ["90402", "90429"]), ("Hannover", ["30159"]), ("Bremen", ["28195"]), ("Jena", ["07743"]),
            ("Konstanz", ["78462"]), ("Regensburg", ["93047"]), ("Bamberg", ["96047"]), ("Münster", ["48143"]),
            ("Wernigerode", ["38855"]), ("Sonthofen", ["87527"]), ("Bad Tölz", ["83646"]), ("Mittenwald", ["82481"]),
            ("Lindau (Bodensee)", ["88131"]), ("Rosenheim", ["83022"]), ("Tübingen", ["72070"]), ("Heidelberg", ["69117"]),
            ("Aachen", ["52062"]), ("Marburg", ["35037"]), ("Göttingen", ["37073"])]
AT_TOWNS = [("Wien", ["1010", "1070", "1090", "1120", "1160", "1030"]), ("Innsbruck", ["6020"]), ("Salzburg", ["5020"]),
            ("Graz", ["8010", "8020"]), ("Linz", ["4020"]), ("Bregenz", ["6900"]), ("Kitzbühel", ["6370"]),
            ("Schladming", ["8970"]), ("Lienz", ["9900"]), ("Zell am See", ["5700"]), ("Landeck", ["6500"]),
            ("Villach", ["9500"]), ("Dornbirn", ["6850"]), ("St. Anton am Arlberg", ["6580"]), ("Hallein", ["5400"])]
CH_TOWNS = [("Zürich", ["8001", "8004", "8037", "8055"]), ("Bern", ["3011", "3014"]), ("Luzern", ["6003", "6004"]),
            ("Basel", ["4051", "4056"]), ("Chur", ["7000"]), ("St. Gallen", ["9000"]), ("Winterthur", ["8400"]),
            ("Thun", ["3600"]), ("Interlaken", ["3800"]), ("Davos Platz", ["7270"]), ("Zermatt", ["3920"]),
            ("Grindelwald", ["3818"]), ("Andermatt", ["6490"]), ("Engelberg", ["6390"]), ("Aarau", ["5000"])]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße", "Lindenweg", "Am Anger",
              "Kirchplatz", "Mühlenweg", "Am Sonnenhang", "Bergstraße", "Ringstraße", "Waldweg", "Im Winkel",
              "An der Ach", "Alte Landstraße", "Untere Hauptstraße", "Zur Alten Post", "Birkenallee", "Kapellenweg",
              "Hofgasse", "Am Mühlbach", "Auf der Heide", "Wiesenstraße", "Ludwigstraße", "Steinweg"]
AT_STREETS = ["Hauptplatz", "Kirchengasse", "Mariahilfer Straße", "Anichstraße", "Linzer Gasse", "Schulgasse",
              "Dorfstraße", "Bahnhofstraße", "Am Kalvarienberg", "Herrengasse", "Lindengasse", "Wiener Straße"]
CH_STREETS = ["Bahnhofstrasse", "Dorfstrasse", "Hauptstrasse", "Kirchweg", "Seestrasse", "Rosenweg", "Schulhausstrasse",
              "Bergstrasse", "Oberdorfstrasse", "Gartenstrasse", "Industriestrasse", "Alpenstrasse", "Im Grund"]
GB_STREETS = ["High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Park Avenue", "Queen's Road",
              "Main Street", "The Green", "Castle Street", "Kings Road", "North Road", "Lake Road", "Bridge Street",
              "Albert Terrace", "Fell View", "Market Place", "Chapel Street", "Orchard Close", "Moor Lane", "Glebe Road"]
GB_HOUSES = ["Rowan Cottage", "The Old Forge", "Fellside", "Ivy House", "Ghyll Head Barn", "Hollybank", "The Granary"]
GB_TOWNS = [("Leeds", "LS6"), ("Manchester", "M20"), ("Bristol", "BS3"), ("Kendal", "LA9"), ("Keswick", "CA12"),
            ("Fort William", "PH33"), ("Edinburgh", "EH9"), ("Cardiff", "CF10"), ("Sheffield", "S11"), ("Inverness", "IV2"),
            ("Aviemore", "PH22"), ("York", "YO10"), ("Bath", "BA1"), ("Harrogate", "HG1"), ("London", "N16"),
            ("London", "SE15"), ("Glasgow", "G12"), ("Ambleside", "LA22"), ("Betws-y-Coed", "LL24"), ("Hathersage", "S32"),
            ("Penrith", "CA11"), ("Oxford", "OX4"), ("Norwich", "NR2"), ("Belfast", "BT9")]
US_STREETS = ["Main St", "Pine Street", "2nd Ave", "Oak Drive", "Lakeview Dr", "Canyon Blvd", "Mountain View Rd",
              "Cedar Lane", "Aspen Way", "River Road", "Highland Ave", "Spruce St", "Juniper Ct", "Willow Creek Rd",
              "Summit Ave", "Elm Street", "Birch Lane", "Ridge Road", "Front St", "Park Place"]
US_TOWNS = [("Boulder", "CO", "803"), ("Denver", "CO", "802"), ("Portland", "OR", "972"), ("Seattle", "WA", "981"),
            ("Bozeman", "MT", "597"), ("Salt Lake City", "UT", "841"), ("Burlington", "VT", "054"),
            ("Asheville", "NC", "288"), ("Bend", "OR", "977"), ("Flagstaff", "AZ", "860"), ("Madison", "WI", "537"),
            ("Minneapolis", "MN", "554"), ("Boise", "ID", "837"), ("Anchorage", "AK", "995"), ("Missoula", "MT", "598"),
            ("Duluth", "MN", "558"), ("Chattanooga", "TN", "374"), ("Ithaca", "NY", "148"), ("Bishop", "CA", "935"),
            ("North Conway", "NH", "038")]
IE_STREETS = ["Main Street", "Shop Street", "Church Road", "The Mall", "Quay Street", "Bridge Street", "Strand Road",
              "Pearse Street", "Castle Street", "Mill Road", "Sea Road", "Cathedral Walk", "O'Connell Street"]
IE_TOWNS = [("Dublin 8", "D08", "Dublin"), ("Dublin 6", "D06", "Dublin"), ("Galway", "H91", "Galway"),
            ("Cork", "T12", "Cork"), ("Limerick", "V94", "Limerick"), ("Westport", "F28", "Mayo"),
            ("Sligo", "F91", "Sligo"), ("Killarney", "V93", "Kerry"), ("Kilkenny", "R95", "Kilkenny"),
            ("Athlone", "N37", "Westmeath"), ("Letterkenny", "F92", "Donegal"), ("Clifden", "H71", "Galway"),
            ("Dingle", "V92", "Kerry"), ("Bray", "A98", "Wicklow"), ("Ennis", "V95", "Clare")]
_EIR = "ACDEFHKNPRTVWXY0123456789"
_GB_INWARD = "ABDEFGHJLNPQRSTUWXYZ"

COUNTRY_NAME = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA", "IE": "Irland"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA", "IE": "Ireland"},
}

# address layouts: (labelled part, unlabelled tail). {s} street line, {z} postcode, {t} town,
# {T} town in capitals, {P} postcode prefix (D-, A-, CH-), {C} country name
LINE_LAYOUTS = register("address lines (DE/AT/CH)", [
    ("{s}, {z} {t}", ""),
    ("{s}, {z} {t}", ", {C}"),
    ("{s} · {z} {t}", ""),
    ("{s}, {P}{z} {t}", ""),
    ("{s} – {z} {t}", ""),
    ("{s}; {z} {t}", ""),
    ("{s}, {P}{z} {T}", ""),
    ("{s} {z} {t}", ""),
])
BLOCK_LAYOUTS = register("address blocks (DE/AT/CH)", [
    ("{s}\n{z} {t}", ""),
    ("{s}\n{P}{z} {t}", ""),
    ("{s},\n{z} {t}", ""),
    ("{s}\n{z} {T}", ""),
    ("{s}\n{z} {t}", "\n{C}"),
    ("{s}\n{P}{z} {t}", "\n{C}"),
])
GB_LINE = register("address lines (GB)", [
    ("{s}, {t} {z}", ""), ("{s}, {t}, {z}", ""), ("{s}, {T} {z}", ""), ("{s}, {t} {z}", ", {C}"),
    ("{s}, {t}, {z}", ", UK"), ("{s} · {t} · {z}", ""),
])
GB_BLOCK = register("address blocks (GB)", [
    ("{s}\n{t}\n{z}", ""), ("{s}\n{t} {z}", ""), ("{s},\n{T}\n{z}", ""), ("{s}\n{t}, {z}", "\n{C}"),
])
US_LINE = register("address lines (US)", [
    ("{s}, {t}, {st} {z}", ""), ("{s}, {t} {st} {z}", ""), ("{s}, {t}, {st} {z}", ", USA"), ("{s}, {T}, {st} {z}", ""),
])
US_BLOCK = register("address blocks (US)", [
    ("{s}\n{t}, {st} {z}", ""), ("{s}\n{T} {st} {z}", ""), ("{s}\n{t}, {st} {z}", "\nUnited States"), ("{s},\n{t}, {st}  {z}", ""),
])
IE_LINE = register("address lines (IE)", [
    ("{s}, {t}, Co. {co}, {z}", ""), ("{s}, {t}, {z}", ""), ("{s}, {t}, {z}", ", Ireland"), ("{s}, {t} {z}", ""),
])
IE_BLOCK = register("address blocks (IE)", [
    ("{s}\n{t}\nCo. {co}\n{z}", ""), ("{s}\n{t}, {z}", ""), ("{s},\n{t},\n{z}", ""), ("{s}\n{t}\n{z}", "\nIreland"),
])


class Address:
    def __init__(self, ctx, country: str):
        rng = ctx.rng
        self.country = country
        self.lang = ctx.lang
        self.state = self.county = ""
        if country in ("DE", "AT", "CH"):
            loc = {"DE": "de_DE", "AT": "de_AT", "CH": "de_CH"}[country]
            own = {"DE": DE_STREETS, "AT": AT_STREETS, "CH": CH_STREETS}[country]
            street = fake(loc, rng).street_name() if rng.random() < 0.55 else rng.choice(own)
            if country == "DE" and rng.random() < 0.2:
                street = street.replace("straße", "str.").replace("Straße", "Str.")
            n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 140), rng.randint(1, 12)]))
            r = rng.random()
            if country == "AT" and r < 0.3:
                n += rng.choice([f"/{rng.randint(1, 9)}/{rng.randint(1, 30)}", f"/{rng.randint(1, 20)}", f"/Top {rng.randint(1, 24)}",
                                 f"/Stiege {rng.randint(1, 4)}/{rng.randint(1, 20)}"])
            elif r < 0.14:
                n += rng.choice(["a", "b", "c", " a", "-" + str(int(n) + 2)])
            self.street = f"{street} {n}"
            towns = {"DE": DE_TOWNS, "AT": AT_TOWNS, "CH": CH_TOWNS}[country]
            if rng.random() < 0.5:
                f = fake(loc, rng)
                self.town, self.zip = f.city(), f.postcode()
            else:
                t, zips = rng.choice(towns)
                self.town, self.zip = t, rng.choice(zips)
            self.prefix = {"DE": rng.choice(["D-", "D-", "DE-"]), "AT": rng.choice(["A-", "AT-"]), "CH": "CH-"}[country]
            self.line_layout = ctx.pick(LINE_LAYOUTS)
            self.block_layout = ctx.pick(BLOCK_LAYOUTS)
        elif country == "GB":
            r = rng.random()
            num = str(rng.randint(1, 180))
            if r < 0.15:
                self.street = f"{rng.choice(['Flat', 'Flat', 'Apartment'])} {rng.randint(1, 24)}, {num} {rng.choice(GB_STREETS)}"
            elif r < 0.25:
                self.street = f"{rng.choice(GB_HOUSES)}, {rng.choice(GB_STREETS)}"
            else:
                self.street = f"{num} {rng.choice(GB_STREETS)}"
            self.town, district = rng.choice(GB_TOWNS)
            self.zip = f"{district} {rng.randint(1, 9)}{rng.choice(_GB_INWARD)}{rng.choice(_GB_INWARD)}"
            self.prefix = ""
            self.line_layout = ctx.pick(GB_LINE)
            self.block_layout = ctx.pick(GB_BLOCK)
        elif country == "US":
            self.street = f"{rng.randint(10, 9899)} {rng.choice(US_STREETS)}"
            if rng.random() < 0.2:
                self.street += rng.choice([f", Apt {rng.randint(1, 40)}", f", Suite {rng.randint(100, 990)}", f" #{rng.randint(2, 30)}",
                                           f", Unit {rng.choice('ABCD')}"])
            self.town, self.state, pfx = rng.choice(US_TOWNS)
            self.zip = pfx + digits(rng, 2) + (f"-{digits(rng, 4)}" if rng.random() < 0.15 else "")
            self.prefix = ""
            self.line_layout = ctx.pick(US_LINE)
            self.block_layout = ctx.pick(US_BLOCK)
        else:  # IE
            if rng.random() < 0.15:
                self.street = f"Apartment {rng.randint(1, 40)}, {rng.randint(1, 90)} {rng.choice(IE_STREETS)}"
            else:
                self.street = f"{rng.randint(1, 120)} {rng.choice(IE_STREETS)}"
            self.town, key, self.county = rng.choice(IE_TOWNS)
            self.zip = key + " " + "".join(rng.choice(_EIR) for _ in range(4))
            self.prefix = ""
            self.line_layout = ctx.pick(IE_LINE)
            self.block_layout = ctx.pick(IE_BLOCK)
        self.country_name = COUNTRY_NAME[self.lang][country]

    def _fill(self, fmt):
        return fmt.format(s=self.street, z=self.zip, t=self.town, T=self.town.upper(), P=self.prefix,
                          C=self.country_name, st=self.state, co=self.county)

    def pieces(self, which):
        lab, tail = self.line_layout if which == "line" else self.block_layout
        out = [(self._fill(lab), "STREET_ADDRESS")]
        if tail:
            out.append((self._fill(tail), None))
        return out


# ---------------------------------------------------------------- phone numbers

def _g(rng, *ns):
    return " ".join(digits(rng, n) for n in ns)


DE_AREAS = ["30", "40", "89", "221", "69", "711", "761", "8821", "8362", "8322", "351", "341", "511", "911", "831",
            "8652", "7531", "421", "201", "241", "8041", "9561"]
DE_MOBILE = ["151", "152", "157", "159", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"]
AT_AREAS = ["1", "512", "662", "316", "732", "5356", "5372", "4242", "463", "5552", "6457"]
AT_MOBILE = ["650", "660", "664", "676", "680", "681", "688", "699"]
CH_AREAS = ["44", "31", "61", "41", "81", "27", "33", "71", "52", "62"]
CH_MOBILE = ["76", "77", "78", "79", "75"]
GB_AREAS = [("20", 8), ("161", 7), ("1539", 6), ("131", 7), ("1397", 6), ("114", 7), ("29", 8), ("141", 7), ("1768", 6),
            ("113", 7), ("117", 7)]
US_AREAS = ["303", "720", "970", "406", "503", "206", "801", "802", "828", "541", "928", "608", "612", "208", "907",
            "218", "415", "617", "312", "423", "607", "760", "603"]
IE_AREAS = [("1", 7), ("91", 6), ("21", 7), ("71", 7), ("61", 6), ("66", 7), ("98", 6), ("74", 7), ("56", 7)]
IE_MOBILE = ["83", "85", "86", "87", "89"]


def _de_sub(rng, area):
    return digits_nz(rng, max(5, 10 - len(area) + rng.choice([0, 0, 1])))


def _spread(num, groups):
    """Digit groups; what is left over joins the last group (never a lone trailing digit)."""
    out, i = [], 0
    for gsize in groups:
        out.append(num[i : i + gsize])
        i += gsize
    if i < len(num):
        if len(num) - i >= 3:
            out.append(num[i:])
        else:
            out[-1] += num[i:]
    return " ".join(x for x in out if x)


PHONE_FORMATS = {
    "DE": {
        "landline": register("phone DE landline", [
            lambda r, a: f"0{a} {_de_sub(r, a)}",
            lambda r, a: f"+49 {a} {_de_sub(r, a)}",
            lambda r, a: f"0{a} / {_spread(_de_sub(r, a), [2, 2, 2, 2])}",
            lambda r, a: f"+49 (0){a} {_de_sub(r, a)}",
            lambda r, a: f"({'0' + a}) {_de_sub(r, a)}",
            lambda r, a: f"0049 {a} {_de_sub(r, a)}",
            lambda r, a: f"0{a}-{_de_sub(r, a)}",
            lambda r, a: f"+49-{a}-{_de_sub(r, a)}",
            lambda r, a: f"0{a}/{_de_sub(r, a)}",
            lambda r, a: f"+49 {a} {_spread(_de_sub(r, a), [3, 3])}",
        ]),
        "mobile": register("phone DE mobile", [
            lambda r, m: f"0{m} {digits_nz(r, 7 + (m[:2] == '15'))}",
            lambda r, m: f"+49 {m} {digits_nz(r, 7 + (m[:2] == '15'))}",
            lambda r, m: f"0{m}/{_spread(digits_nz(r, 7 + (m[:2] == '15')), [3, 2, 2])}",
            lambda r, m: f"+49 ({m}) {digits_nz(r, 7 + (m[:2] == '15'))}",
            lambda r, m: f"0{m}-{digits_nz(r, 7 + (m[:2] == '15'))}",
            lambda r, m: f"+49{m}{digits_nz(r, 7 + (m[:2] == '15'))}",
            lambda r, m: f"0{m} {_spread(digits_nz(r, 7 + (m[:2] == '15')), [3, 4])}",
            lambda r, m: f"0049 {m} {digits_nz(r, 7 + (m[:2] == '15'))}",
        ]),
    },
    "AT": {
        "landline": register("phone AT landline", [
            lambda r, a: f"0{a} {digits_nz(r, 9 - len(a))}",
            lambda r, a: f"+43 {a} {_spread(digits_nz(r, 9 - len(a)), [3, 2, 2])}",
            lambda r, a: f"0{a}/{digits_nz(r, 9 - len(a))}",
            lambda r, a: f"+43 (0){a} {digits_nz(r, 9 - len(a))}",
            lambda r, a: f"0043 {a} {digits_nz(r, 9 - len(a))}",
            lambda r, a: f"0{a} / {_spread(digits_nz(r, 9 - len(a)), [2, 2, 2])}",
        ]),
        "mobile": register("phone AT mobile", [
            lambda r, m: f"0{m} {_spread(digits_nz(r, 7), [3, 2, 2])}",
            lambda r, m: f"+43 {m} {digits_nz(r, 7)}",
            lambda r, m: f"0{m}/{digits_nz(r, 7)}",
            lambda r, m: f"+43 (0){m} {_spread(digits_nz(r, 7), [3, 4])}",
            lambda r, m: f"0{m} {digits_nz(r, 7)}",
            lambda r, m: f"0043 {m} {_spread(digits_nz(r, 7), [3, 2, 2])}",
        ]),
    },
    "CH": {
        "landline": register("phone CH landline", [
            lambda r, a: f"0{a} {_g(r, 3, 2, 2)}",
            lambda r, a: f"+41 {a} {_g(r, 3, 2, 2)}",
            lambda r, a: f"+41 (0){a} {_g(r, 3, 2, 2)}",
            lambda r, a: f"0041 {a} {_g(r, 3, 2, 2)}",
            lambda r, a: f"0{a}/{_g(r, 3, 2, 2)}",
            lambda r, a: f"+41{a}{digits(r, 7)}",
        ]),
        "mobile": register("phone CH mobile", [
            lambda r, m: f"0{m} {_g(r, 3, 2, 2)}",
            lambda r, m: f"+41 {m} {_g(r, 3, 2, 2)}",
            lambda r, m: f"0{m}/{_g(r, 3, 2, 2)}",
            lambda r, m: f"+41 (0){m} {_g(r, 3, 2, 2)}",
            lambda r, m: f"0{m} {digits(r, 3)} {digits(r, 4)}",
            lambda r, m: f"0041 {m} {_g(r, 3, 2, 2)}",
        ]),
    },
    "GB": {
        "landline": register("phone GB landline", [
            lambda r, a: f"0{a[0]} {_spread(digits_nz(r, a[1]), [4, 4] if a[1] == 8 else [3, 4] if a[1] == 7 else [6])}",
            lambda r, a: f"+44 {a[0]} {_spread(digits_nz(r, a[1]), [4, 4] if a[1] == 8 else [3, 4] if a[1] == 7 else [6])}",
            lambda r, a: f"(0{a[0]}) {digits_nz(r, a[1])}",
            lambda r, a: f"+44 (0){a[0]} {_spread(digits_nz(r, a[1]), [4, 4] if a[1] == 8 else [3, 4] if a[1] == 7 else [3, 3])}",
            lambda r, a: f"0{a[0]}-{digits_nz(r, a[1])}",
            lambda r, a: f"0044 {a[0]} {digits_nz(r, a[1])}",
        ]),
        "mobile": register("phone GB mobile", [
            lambda r, m: f"07{m} {digits(r, 6)}",
            lambda r, m: f"+44 7{m} {digits(r, 6)}",
            lambda r, m: f"07{m} {digits(r, 3)} {digits(r, 3)}",
            lambda r, m: f"+44 (0)7{m} {digits(r, 3)} {digits(r, 3)}",
            lambda r, m: f"07{m}{digits(r, 6)}",
            lambda r, m: f"+447{m}{digits(r, 6)}",
        ]),
    },
    "US": {
        "landline": register("phone US", [
            lambda r, a: f"({a}) {r.randint(2, 9)}{digits(r, 2)}-{digits(r, 4)}",
            lambda r, a: f"{a}-{r.randint(2, 9)}{digits(r, 2)}-{digits(r, 4)}",
            lambda r, a: f"{a}.{r.randint(2, 9)}{digits(r, 2)}.{digits(r, 4)}",
            lambda r, a: f"+1 {a} {r.randint(2, 9)}{digits(r, 2)} {digits(r, 4)}",
            lambda r, a: f"+1 ({a}) {r.randint(2, 9)}{digits(r, 2)}-{digits(r, 4)}",
            lambda r, a: f"1-{a}-{r.randint(2, 9)}{digits(r, 2)}-{digits(r, 4)}",
            lambda r, a: f"+1-{a}-{r.randint(2, 9)}{digits(r, 2)}-{digits(r, 4)}",
            lambda r, a: f"({a}) {r.randint(2, 9)}{digits(r, 2)} {digits(r, 4)}",
        ]),
    },
    "IE": {
        "landline": register("phone IE landline", [
            lambda r, a: f"(0{a[0]}) {_spread(digits_nz(r, a[1]), [3, 4] if a[1] == 7 else [3, 3])}",
            lambda r, a: f"+353 {a[0]} {_spread(digits_nz(r, a[1]), [3, 4] if a[1] == 7 else [3, 3])}",
            lambda r, a: f"0{a[0]} {digits_nz(r, a[1])}",
            lambda r, a: f"+353 (0){a[0]} {digits_nz(r, a[1])}",
            lambda r, a: f"00353 {a[0]} {digits_nz(r, a[1])}",
            lambda r, a: f"0{a[0]}-{digits_nz(r, a[1])}",
        ]),
        "mobile": register("phone IE mobile", [
            lambda r, m: f"0{m} {digits_nz(r, 3)} {digits(r, 4)}",
            lambda r, m: f"+353 {m} {digits_nz(r, 3)} {digits(r, 4)}",
            lambda r, m: f"0{m}-{digits_nz(r, 7)}",
            lambda r, m: f"+353 (0){m} {digits_nz(r, 7)}",
            lambda r, m: f"0{m} {digits_nz(r, 7)}",
            lambda r, m: f"+353{m}{digits_nz(r, 7)}",
        ]),
    },
}


def make_phone(ctx, country: str, kind: str) -> str:
    rng = ctx.rng
    fmts = PHONE_FORMATS[country]
    if country == "US":
        return ctx.pick(fmts["landline"])(rng, rng.choice(US_AREAS))
    if kind == "any":
        kind = rng.choice(["landline", "mobile"])
    arg = {
        ("DE", "landline"): lambda: rng.choice(DE_AREAS), ("DE", "mobile"): lambda: rng.choice(DE_MOBILE),
        ("AT", "landline"): lambda: rng.choice(AT_AREAS), ("AT", "mobile"): lambda: rng.choice(AT_MOBILE),
        ("CH", "landline"): lambda: rng.choice(CH_AREAS), ("CH", "mobile"): lambda: rng.choice(CH_MOBILE),
        ("GB", "landline"): lambda: rng.choice(GB_AREAS), ("GB", "mobile"): lambda: f"{rng.randint(400, 999)}",
        ("IE", "landline"): lambda: rng.choice(IE_AREAS), ("IE", "mobile"): lambda: rng.choice(IE_MOBILE),
    }[(country, kind)]()
    return ctx.pick(fmts[kind])(rng, arg)


# ---------------------------------------------------------------- checksummed values


def steuer_id_valid(value: str) -> bool:
    v = value.replace(" ", "")
    if len(v) != 11 or not v.isdigit() or v[0] == "0":
        return False
    counts = [v[:10].count(d) for d in "0123456789"]
    if sorted(c for c in counts if c > 1) not in ([2], [3]):
        return False
    if any(v[i] == v[i + 1] == v[i + 2] for i in range(8)):
        return False
    return common.de_tax_id_valid(v)


def make_iban(rng, country):
    value = common.iban(rng, country, grouped=rng.random() < 0.62)
    assert iban_valid(value)
    return value


def make_card(rng):
    value = common.credit_card(rng)
    assert luhn_valid(re.sub(r"\D", "", value))
    return value


def make_tax_id(rng):
    value = common.de_tax_id(rng)
    assert steuer_id_valid(value), value
    return value


def luhn_invalid_number(rng, prefix, length):
    body = prefix + digits(rng, length - len(prefix) - 1)
    good = luhn_check_digit(body)
    bad = (good + rng.randint(1, 9)) % 10
    return body + str(bad)


# ---------------------------------------------------------------- vocabulary (never labelled)

PRODUCTS = ["Firstwand", "Schauerpass", "Kaltkar", "Rinnental", "Gitterhang", "Morgengrat", "Trittweg", "Steinlauf",
            "Almweg", "Wintersteig", "Fernkamm", "Hochsattel"]
KINDS = {
    "de": ["Hardshelljacke", "Tourenrucksack", "Merinoshirt", "Daunenjacke", "Trailschuh", "Fleecejacke", "Wandersocken",
           "Zip-Off-Hose", "Skitourenhose", "Isolationsweste", "Regenhose", "Bergschuh", "Softshelljacke", "Biwaksack"],
    "en": ["hardshell jacket", "touring pack", "merino tee", "down jacket", "trail shoe", "fleece jacket", "hiking socks",
           "zip-off trousers", "ski touring pants", "insulated vest", "rain pants", "mountain boot", "softshell", "bivvy bag"],
}
COLOURS = {
    "de": ["Schwarz", "Tannengrün", "Sand", "Nachtblau", "Rost", "Graphit", "Gletscherblau", "Moos", "Signalorange", "Wolfsgrau"],
    "en": ["black", "pine green", "sand", "midnight", "rust", "graphite", "glacier blue", "moss", "signal orange", "hunter green"],
}
COMPANIES = {
    "de": ["Bergwerk Sport GmbH", "Alpinsport Rainer KG", "Gipfelglück Reisen GmbH", "Sporthaus Kerschbaumer",
           "Nordwand Medien GmbH", "Hüttenzauber e.K.", "Quellgrund Outdoor AG", "Kletterhalle Steinbock GmbH",
           "Weitblick Touristik GmbH", "Radhaus Grünwald", "Schneider Textil GmbH", "Loden-Manufaktur Rieder",
           "Vogelsang Logistik GmbH", "Bergschule Ostallgäu"],
    "en": ["Northwind Outfitters Ltd", "Ridgeback Media Ltd", "Summit & Co.", "Harbour Supply Co.", "Fellside Events Ltd",
           "Baker & Finch", "Trailhead Retail LLC", "Keystone Gear Inc.", "Oakfield Outdoor Centre", "Bluebell Tours",
           "Cairngorm Adventure Co.", "Evergreen PR", "Hunter Logistics Ltd", "Wild Atlantic Kayaks"],
}
STORES = {
    "de": ["München-Au", "Innsbruck", "Freiburg", "Garmisch", "Leipzig", "Zürich-Oerlikon", "Hamburg-Altona", "Graz",
           "Köln-Ehrenfeld", "Bern", "Dresden-Neustadt", "Salzburg"],
    "en": ["Manchester", "Kendal", "Dublin", "Edinburgh", "Bristol", "Galway", "Leeds", "Keswick", "Glasgow", "Cork"],
}
PLACES = {
    "de": ["Zugspitze", "Watzmann", "Großglockner", "Säntis", "Pilatus", "Brocken", "Feldberg", "Herzogstand", "Rigi",
           "Nebelhorn", "Dachstein", "Hochkönig", "Wendelstein", "Schneekoppe", "Tegelberg", "Karwendel", "Allgäu",
           "Zillertal", "Wetterstein", "Berchtesgadener Land"],
    "en": ["Ben Nevis", "Snowdon", "Scafell Pike", "Helvellyn", "Croagh Patrick", "Carrauntoohil", "Cairngorms",
           "Glen Coe", "Peak District", "Lake District", "Wicklow Mountains", "Brecon Beacons", "Connemara", "Skye",
           "Mourne Mountains", "Dartmoor"],
}
# grammatical gender of the German places: m, f or n (regions: ins / im / aus dem)
PLACE_GENDER_DE = {"Zugspitze": "f", "Watzmann": "m", "Großglockner": "m", "Säntis": "m", "Pilatus": "m", "Brocken": "m",
                   "Feldberg": "m", "Herzogstand": "m", "Rigi": "f", "Nebelhorn": "n", "Dachstein": "m", "Hochkönig": "m",
                   "Wendelstein": "m", "Schneekoppe": "f", "Tegelberg": "m", "Karwendel": "r", "Allgäu": "r", "Zillertal": "r",
                   "Wetterstein": "r", "Berchtesgadener Land": "r"}
PLACE_FORMS_DE = {
    "placeauf": {"m": "auf den {}", "f": "auf die {}", "n": "aufs {}", "r": "ins {}"},
    "placeaufdat": {"m": "auf dem {}", "f": "auf der {}", "n": "auf dem {}", "r": "im {}"},
    "placeam": {"m": "am {}", "f": "an der {}", "n": "am {}", "r": "im {}"},
    "placevom": {"m": "vom {}", "f": "von der {}", "n": "vom {}", "r": "aus dem {}"},
    "placezu": {"m": "zum {}", "f": "zur {}", "n": "zum {}", "r": "ins {}"},
    "placeakk": {"m": "den {}", "f": "die {}", "n": "das {}", "r": "das {}"},
}

HUTS = ["Knorrhütte", "Reintalangerhütte", "Meilerhütte", "Kärlingerhaus", "Purtschellerhaus", "Lamsenjochhütte",
        "Franz-Senn-Hütte", "Erzherzog-Johann-Hütte", "Prinz-Luitpold-Haus", "Otto-Mayr-Hütte", "Staufner Haus",
        "Waltenbergerhaus"]
HANDLES = ["@gipfelglueck", "@bergzeit_blog", "@wildcamp.diaries", "@kammweg", "@trailmix_ch", "@outdoor.with.two",
           "@hoehenmeter_sammler", "@fjell_and_fog", "@muddyboots.uk", "@ridgeline.runs", "@the.long.way.up",
           "@biwak_nacht", "@alpenglow_pics", "@packrafting_ie", "@zweiraeder_zweibeiner", "@summitsnacks",
           "@nebelmeer", "@bergsalz", "@bogtrotter_hikes", "@salzkammer.gut"]
BICS = ["COBADEFFXXX", "BYLADEM1001", "GENODEF1M07", "RZTIAT22", "UBSWCHZH80A", "AIBKIE2D", "BUKBGB22", "DEUTDEMMXXX",
        "SSKMDEMMXXX", "BKAUATWW", "POFICHBEXXX", "HBUKGB4B", "BOFIIE2D", "HYVEDEMMXXX"]


def distractor(kind: str, ctx) -> str:
    rng, lang = ctx.rng, ctx.lang
    d = lambda n: digits(rng, n)  # noqa: E731
    y = rng.randint(2024, 2026)
    if kind == "order":
        return rng.choice([f"TG-{y}-{d(6)}", f"{rng.randint(100000000, 999999999)}", f"B{d(7)}", f"{d(3)}-{d(7)}", f"W{d(8)}"])
    if kind == "invoice":
        return rng.choice([f"RE-{y}-{d(5)}", f"INV-{d(6)}", f"{y}/{d(4)}", f"R{d(8)}"])
    if kind == "ticket":
        return rng.choice([f"WS-{y}-{d(4)}", f"SR-{d(5)}", f"#{d(5)}", f"T{d(6)}", f"{y % 100}-{d(4)}"])
    if kind == "sku":
        return rng.choice([f"{d(5)}-{d(2)}", f"{rng.choice(['FW', 'SP', 'KK', 'RT', 'GH', 'MG', 'TW'])}-{d(4)}-{rng.choice(['S', 'M', 'L', 'XL'])}",
                           f"{d(3)}.{d(3)}.{d(2)}", f"A{d(6)}"])
    if kind == "gtin":
        return gtin13(rng)
    if kind == "member":
        return rng.choice([f"GC-{d(4)}-{d(4)}", luhn_invalid_number(rng, "9276", 16), f"{d(3)} {d(3)} {d(3)}",
                           " ".join([luhn_invalid_number(rng, "9276", 16)[i : i + 4] for i in range(0, 16, 4)])])
    if kind == "giftcode":
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "-".join("".join(rng.choice(al) for _ in range(4)) for _ in range(rng.choice([3, 4])))
    if kind == "giftcard":
        n = luhn_invalid_number(rng, "6036", 19)
        return rng.choice([n, f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:16]} {n[16:]}"])
    if kind == "expiry":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"
    if kind == "tracking":
        return rng.choice([f"00340434{d(12)}", f"1Z{d(3)}A{d(2)}{d(10)}", f"JJD{d(18)}", f"{d(14)}", f"RR{d(9)}GB"])
    if kind == "pin":
        return d(4)
    if kind == "case":
        if lang == "de":
            return rng.choice([f"{d(3)}/{y % 100}", f"BY{d(4)}-{d(6)}-{y % 100}/{d(1)}", f"ST/{d(7)}/{y}", f"{d(2)} Js {d(4)}/{y % 100}"])
        return rng.choice([f"{d(2)}/{d(5)}/{y % 100}", f"CAD {d(4)}", f"PULSE{d(8)}", f"CR/{d(6)}/{y % 100}"])
    if kind == "cam":
        return rng.choice([f"CAM-{d(2)}", f"K{rng.randint(1, 16)}", f"Cam {rng.randint(1, 12)}", f"NVR2-CH{rng.randint(1, 16):02d}"])
    if kind == "alarm":
        return d(rng.choice([4, 5, 6]))
    if kind == "kst":
        return rng.choice([f"{rng.randint(1000, 9999)}", f"CC-{d(3)}", f"{d(2)}-{d(3)}"])
    if kind == "vatid":
        if lang == "de":
            return rng.choice([f"DE{d(9)}", f"ATU{d(8)}", f"CHE-{d(3)}.{d(3)}.{d(3)} MWST", f"DE {d(3)} {d(3)} {d(3)}"])
        return rng.choice([f"GB{d(9)}", f"GB {d(3)} {d(4)} {d(2)}", f"IE{d(7)}{rng.choice('ABCDEFW')}", f"EIN {d(2)}-{d(7)}"])
    if kind == "stnr":
        return rng.choice([f"{d(3)}/{d(3)}/{d(5)}", f"{d(2)}/{d(3)}/{d(5)}", f"{d(3)}/{d(4)}/{d(4)}"])
    if kind == "svnr":
        return f"{d(2)} {d(6)} {rng.choice(string.ascii_uppercase)} {d(3)}"
    if kind == "ninumber":
        return f"{rng.choice(['AB', 'JT', 'NP', 'SK', 'WL'])} {d(2)} {d(2)} {d(2)} {rng.choice('ABCD')}"
    if kind == "bic":
        return rng.choice(BICS)
    if kind in ("date", "dob"):
        yy = rng.randint(1958, 2006) if kind == "dob" else y
        m, dd = rng.randint(1, 12), rng.randint(1, 28)
        if lang == "de":
            return rng.choice([f"{dd:02d}.{m:02d}.{yy}", f"{dd}.{m}.{yy}", f"{dd:02d}.{m:02d}.{yy % 100:02d}", f"{yy}-{m:02d}-{dd:02d}"])
        months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return rng.choice([f"{dd:02d}/{m:02d}/{yy}", f"{m}/{dd}/{yy}", f"{yy}-{m:02d}-{dd:02d}", f"{dd} {months[m - 1]} {yy}"])
    if kind == "daymonth":
        m, dd = rng.randint(1, 12), rng.randint(1, 28)
        if lang == "de":
            return f"{dd:02d}.{m:02d}."
        return f"{dd} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]}"
    if kind == "time":
        t = f"{rng.randint(7, 20)}:{rng.choice(['00', '05', '15', '20', '30', '40', '45', '50'])}"
        return t if lang == "de" else rng.choice([t, t, f"{rng.randint(1, 11)}.{rng.choice(['00', '15', '30', '45'])}{rng.choice(['am', 'pm'])}"])
    if kind == "stamp":
        # one clock per text, so the time stamps of a log run forward
        if ctx.clock is None:
            ctx.clock = datetime.datetime(y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59))
        else:
            ctx.clock += datetime.timedelta(seconds=rng.randint(20, 5400))
        return ctx.clock.strftime("%Y-%m-%dT%H:%M:%SZ")
    if kind == "price":
        e, c = rng.randint(5, 480), rng.choice(["00", "95", "90", "50", "99"])
        if lang == "de":
            return rng.choice([f"{e},{c} €", f"€ {e},{c}", f"{e},– €", f"EUR {e},{c}", f"CHF {e}.{c}"])
        return rng.choice([f"£{e}.{c}", f"${e}.{c}", f"€{e}.{c}", f"£{e}", f"USD {e}.{c}"])
    if kind == "amount":
        e, c = rng.randint(5, 480), rng.randint(0, 99)
        return f"{e},{c:02d}" if lang == "de" else f"{e}.{c:02d}"
    if kind == "qty":
        return str(rng.randint(2, 60))
    if kind == "size":
        return rng.choice(["XS", "S", "M", "L", "XL", "XXL", "38", "40", "42", "44", "46", "48", "50", "52"])
    if kind == "shoe":
        return rng.choice([f"EU {rng.randint(36, 47)}", f"{rng.randint(36, 47)}", f"{rng.randint(36, 46)} 1/2" if lang == "de" else f"UK {rng.randint(4, 12)}", f"US {rng.randint(5, 13)}"])
    if kind == "points":
        return str(rng.choice([rng.randint(10, 999), rng.randint(1000, 9999)]))
    if kind == "followers":
        k = rng.randint(4, 480)
        return rng.choice([f"{k}k", f"{k}.{rng.randint(1, 9)}k", f"{k * 1000 + rng.randint(0, 999):,}".replace(",", "." if lang == "de" else ",")])
    if kind == "pct":
        return f"{rng.randint(2, 60)} %" if lang == "de" else f"{rng.randint(2, 60)}%"
    if kind == "product":
        return rng.choice(PRODUCTS)
    if kind == "kind":
        return rng.choice(KINDS[lang])
    if kind == "colour":
        return rng.choice(COLOURS[lang])
    if kind == "company":
        return rng.choice(COMPANIES[lang])
    if kind == "store":
        return rng.choice(STORES[lang])
    if kind == "place":
        return rng.choice(PLACES[lang])
    if kind == "hut":
        return rng.choice(HUTS)
    if kind == "town":
        c = rng.choice(["DE", "AT", "CH"] if lang == "de" else ["GB", "GB", "US", "IE"])
        return rng.choice({"DE": DE_TOWNS, "AT": AT_TOWNS, "CH": CH_TOWNS}[c])[0] if lang == "de" else (
            rng.choice(GB_TOWNS)[0] if c == "GB" else rng.choice(US_TOWNS)[0] if c == "US" else rng.choice(IE_TOWNS)[2])
    if kind == "handle":
        return rng.choice(HANDLES)
    if kind == "plate":
        if lang == "de":
            return rng.choice([f"M-TG {rng.randint(10, 9999)}", f"GAP-{rng.choice(['K', 'LS', 'AB'])} {rng.randint(1, 999)}",
                               f"I-{rng.randint(100, 9999)} {rng.choice(['AB', 'X', 'KL'])}", f"ZH {rng.randint(10000, 999999)}"])
        return rng.choice([f"LK{rng.randint(10, 24)} {''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}",
                           f"{rng.randint(151, 241)}-D-{rng.randint(100, 99999)}", f"7{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{d(3)}"])
    if kind == "weekday":
        return rng.choice(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"] if lang == "de"
                          else ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
    if kind == "serial":
        return rng.choice([f"SN {d(8)}", f"{rng.choice(['A', 'B', 'K'])}{d(2)}-{d(5)}", f"Lot {d(4)}-{d(2)}"])
    if kind == "len":
        return str(rng.choice([152, 158, 164, 165, 170, 172, 176, 178, 182, 186]))
    if kind == "weight":
        return str(rng.randint(48, 102))
    if kind == "din":
        return rng.choice(["4,5", "5", "5,5", "6", "6,5", "7", "7,5", "8"]) if lang == "de" else rng.choice(["4.5", "5", "5.5", "6", "6.5", "7", "7.5", "8"])
    if kind == "sole":
        return str(rng.randint(265, 335))
    if kind == "score":
        return str(rng.randint(12, 97))
    if kind == "code":
        return rng.choice(["BERG", "TRAIL", "GIPFEL", "SUMMIT", "WINTER", "FRUEH", "CLUB"]) + str(rng.randint(10, 30))
    if kind == "hours":
        return rng.choice(["1,5", "2", "2,5", "3", "4", "0,75"]) if lang == "de" else rng.choice(["1.5", "2", "2.5", "3", "4", "0.75"])
    if kind == "km":
        return str(rng.randint(3, 420))
    raise KeyError(kind)


# ---------------------------------------------------------------- people

COUNTRY_WEIGHTS = {"de": [("DE", 68), ("AT", 17), ("CH", 15)],
                   "en": [("GB", 40), ("US", 33), ("IE", 17), ("DE", 6), ("AT", 2), ("CH", 2)]}
MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "mailbox.org", "outlook.de", "icloud.com", "freenet.de", "yahoo.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com", "hispeed.ch", "proton.me"],
    "GB": ["btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "gmail.com", "sky.com", "outlook.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "proton.me", "aol.com"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com", "live.ie", "yahoo.ie"],
}
TITLES = {"de": ["Dr.", "Prof. Dr.", "Dipl.-Ing.", "Mag.", "Dr. med.", "Dr. rer. nat.", "Prof.", "DI"],
          "en": ["Dr", "Dr.", "Prof.", "Professor", "Dr"]}
POSTNOM = {"de": [", MBA", ", M.A.", " (M.Sc.)", ", LL.M.", ", B.Eng."], "en": [", MBA", ", PhD", " MSc", ", CPA", " BSc (Hons)", ", FRGS"]}
HON = {"de": {"f": ["Frau"], "m": ["Herr"]}, "en": {"f": ["Ms", "Mrs", "Ms.", "Miss", "Mrs."], "m": ["Mr", "Mr."]}}


class Person:
    def __init__(self, ctx, invented: bool):
        rng, lang = ctx.rng, ctx.lang
        self.ctx = ctx
        self.gender = rng.choice("fm")
        # people in one text mostly live in the same country as the first one
        if ctx.home is None:
            ctx.home = weighted(rng, COUNTRY_WEIGHTS[lang])
            self.country = ctx.home
        else:
            self.country = ctx.home if rng.random() < 0.75 else weighted(rng, COUNTRY_WEIGHTS[lang])
        self.invented = invented
        if invented:
            self.locale = "invented"
            self.first, self.last = invented_name(rng, self.gender)
        else:
            self.locale = weighted(rng, NAME_LOCALES[lang])
            self.first, self.last = _locale_name(self.locale, self.gender, rng, lang)
            group = _PARTICLE_GROUP.get(self.locale)
            r = rng.random()
            if group and r < 0.1 and " " not in self.last:
                self.last = f"{rng.choice(PARTICLES[group])} {self.last}"
            elif self.locale in ("de_DE", "de_AT", "de_CH", "en_GB", "en_US") and r < 0.1 and " " not in self.last:
                self.last = f"{self.last}-{_locale_name(self.locale, self.gender, rng, lang)[1].split(' ')[-1]}"
            elif (self.locale == "en_IE" and r < 0.25) or (self.locale == "en_GB" and 0.1 <= r < 0.15):
                self.last = rng.choice(IRISH_O)
            if self.locale in ("de_DE", "de_AT") and rng.random() < 0.06 and "-" not in self.first:
                self.first = f"{rng.choice(DOUBLE_GIVEN_DE[self.gender])}-{self.first}"
        self.middle = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.hon = rng.choice(HON[lang][self.gender])
        self.title = rng.choice(TITLES[lang])
        if lang == "de" and self.gender == "f" and self.title == "DI":
            self.title = "Dipl.-Ing."
        self.postnom = rng.choice(POSTNOM[lang])
        self.values: dict[str, object] = {}
        self.named = False

    # name forms -----------------------------------------------------------
    def core_last(self):
        parts = self.last.split(" ")
        return parts[-1]

    def initials(self):
        return "-".join(p[0] + "." for p in self.first.split("-"))

    def form(self, name):
        rng = self.ctx.rng
        f, l = self.first, self.last
        if name == "full":
            return f"{f} {l}"
        if name == "first":
            return f
        if name == "last":
            return l
        if name == "lastcap":  # a Dutch particle is capitalised when the surname stands alone
            return l[0].upper() + l[1:]
        if name == "lastfirst":
            if " " in l and l.split(" ")[0].islower() and self.ctx.lang == "de" and rng.random() < 0.5:
                parts = l.split(" ")
                return f"{parts[-1]}, {f} {' '.join(parts[:-1])}"
            return f"{l}, {f}"
        if name == "capslast":
            return f"{l.upper()}, {f}"
        if name == "caps":
            return f"{f} {l}".upper()
        if name == "capsfirst":
            return f.upper()
        if name == "lower":
            return f"{f} {l}".lower()
        if name == "lowerfirst":
            return f.lower()
        if name == "lastcaps":
            return f"{f} {l.upper()}"
        if name == "init":
            return f"{self.initials()} {l}"
        if name == "init2":
            return f"{self.initials()} {self.middle}. {l}"
        if name == "firstinit":
            return f"{f} {self.core_last()[0]}."
        if name == "mid":
            return f"{f} {self.middle}. {l}"
        if name == "ocr":
            return self.values.setdefault("ocr", self._ocr())
        raise KeyError(name)

    def _ocr(self):
        rng = self.ctx.rng
        full = f"{self.first} {self.last}"
        style = rng.randrange(4)
        if style == 0:
            return f"{self.first.upper()} {self.last}"
        if style == 1:
            return f"{self.first.lower()} {self.last.upper()}"
        out = []
        for i, c in enumerate(full):
            if c.isalpha() and i > 0 and full[i - 1] != " " and rng.random() < 0.22:
                c = c.swapcase()
            out.append(c)
        s = "".join(out)
        return s if s != full else full.upper()

    # contact values -----------------------------------------------------------
    def email(self):
        if "email" not in self.values:
            rng = self.ctx.rng
            f, l = fold(self.first), fold(self.core_last())
            sep = rng.choice([".", ".", "", "_", "-"])
            local = rng.choice([f"{f}{sep}{l}", f"{f[0]}{sep}{l}", f"{f}{rng.randint(1, 99)}", f"{l}{sep}{f}",
                                f"{f}{sep}{l}{rng.randint(70, 99)}", f"{f}{l[0]}", f"{l}.{f[0]}"])
            local = local.strip(".-_") or "post"
            self.values["email"] = f"{local}@{rng.choice(MAIL_DOMAINS[self.country])}"
        return self.values["email"]

    def work_email(self, domain):
        key = "work:" + domain
        if key not in self.values:
            rng = self.ctx.rng
            f, l = fold(self.first), fold(self.core_last())
            local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}", f"{f[0]}{l}"])
            self.values[key] = f"{local}@{domain}"
        return self.values[key]

    def address(self) -> Address:
        if "addr" not in self.values:
            self.values["addr"] = Address(self.ctx, self.country)
        return self.values["addr"]

    def value(self, key, maker):
        if key not in self.values:
            self.values[key] = maker()
        return self.values[key]


# ---------------------------------------------------------------- rendering

SLOT = re.compile(r"\{(p\d+\.g:[^{}:]*:[^{}:]*|[a-z][a-z0-9_.]*)\}")
ALT = re.compile(r"\(\(([^()]*)\)\)")

def company_domain(name: str, lang: str) -> str:
    """The web domain of a company, made from its name: "Bergwerk Sport GmbH" -> bergwerk-sport.de."""
    words = [w for w in name.replace("&", "and").split() if w not in ("GmbH", "KG", "AG", "e.K.", "Ltd", "LLC", "Inc.", "Co.", "Handels-GmbH")]
    local = "-".join(fold(w) for w in words if fold(w)).replace("-and-", "and")
    tlds = [".de", ".at", ".ch", ".de"] if lang == "de" else [".co.uk", ".com", ".ie", ".co.uk"]
    return local + tlds[len(name) % len(tlds)]


class Ctx:
    def __init__(self, rng: random.Random, lang: str, parity: int, invented_ok: bool, invented_rate: float):
        self.rng, self.lang, self.parity = rng, lang, parity
        self.invented_ok = invented_ok
        self.invented_rate = invented_rate
        self.people: dict[str, Person] = {}
        self.cache: dict[str, list] = {}
        self.clock = None
        self.home = None

    def half(self, items):
        return half(items, self.parity)

    def pick(self, items):
        return self.rng.choice(self.half(items))

    def person(self, key) -> Person:
        if key not in self.people:
            inv = self.invented_ok and self.rng.random() < self.invented_rate
            self.people[key] = Person(self, inv)
        return self.people[key]

    def resolve(self, slot: str) -> list[tuple[str, str | None]]:
        if slot in self.cache:
            return self.cache[slot]
        pieces = self._resolve(slot)
        self.cache[slot] = pieces
        return pieces

    def _resolve(self, slot):
        rng, lang = self.rng, self.lang
        m = re.fullmatch(r"(p\d+)\.(.+)", slot)
        if m:
            p = self.person(m.group(1))
            what = m.group(2)
            if what.startswith("g:"):
                _, fem, masc = what.split(":")
                return [(fem if p.gender == "f" else masc, None)]
            P = "PERSON"
            forms = {"full", "first", "last", "lastcap", "lastfirst", "capslast", "caps", "capsfirst", "lower", "lowerfirst",
                     "lastcaps", "init", "init2", "firstinit", "mid", "ocr"}
            if what in forms or what in ("poss", "posslast", "titled", "honlast", "titlelast", "hontitlelast", "postnom"):
                p.named = True
            if what in forms:
                return [(p.form(what), P)]
            if what == "poss":
                return [(p.first, P), ("'s", None)]
            if what == "posslast":
                return [(p.last, P), ("'s" if not p.last.endswith("s") else "'", None)]
            if what == "hon":
                return [(p.hon, None)]
            if what == "herrn":
                return [("Herrn" if p.gender == "m" else "Frau", None)]
            if what == "sal":
                return [({("de", "f"): "Sehr geehrte Frau", ("de", "m"): "Sehr geehrter Herr"}.get((lang, p.gender))
                         or f"Dear {p.hon}", None)]
            if what == "title":
                return [(p.title, None)]
            if what == "titled":
                return [(p.title + " ", None), (p.form("full"), P)]
            if what == "honlast":
                return [(p.hon + " ", None), (p.last, P)]
            if what == "titlelast":
                return [(p.title + " ", None), (p.last, P)]
            if what == "hontitlelast":
                return [(f"{p.hon} {p.title} ", None), (p.last, P)]
            if what == "postnom":
                return [(p.form("full"), P), (p.postnom, None)]
            if what == "email":
                return [(p.email(), "EMAIL")]
            if what == "email2":
                if "email2" not in p.values:
                    first = p.email()
                    while True:
                        p.values.pop("email")
                        other = p.email()
                        if other != first:
                            break
                    p.values["email"], p.values["email2"] = first, other
                return [(p.values["email2"], "EMAIL")]
            if what == "emailcaps":
                return [(p.email().upper(), "EMAIL")]
            if what in ("work", "workcom"):
                return [(p.work_email("talgrat.de" if what == "work" else "talgrat.com"), "EMAIL")]
            if what == "compmail":
                n = m.group(1)[1:]
                key = f"company{n}" if f"company{n}" in self.cache else "company"
                return [(p.work_email(company_domain(self.resolve(key)[0][0], lang)), "EMAIL")]
            if what in ("phone", "mobile", "landline"):
                kind = {"phone": "any", "mobile": "mobile", "landline": "landline"}[what]
                return [(p.value(what, lambda: make_phone(self, p.country, kind)), "PHONE")]
            if what == "street":
                return [(p.address().street, "STREET_ADDRESS")]
            if what in ("line", "block"):
                return p.address().pieces(what)
            if what == "zip":
                return [(p.address().zip, None)]
            if what == "town":
                return [(p.address().town, None)]
            if what == "cityline":
                a = p.address()
                return [((f"{a.town}, {a.state} {a.zip}" if a.country == "US" else f"{a.town} {a.zip}" if a.country in ("GB", "IE")
                          else f"{a.zip} {a.town}"), None)]
            if what == "country":
                return [(p.address().country_name, None)]
            if what == "cc":
                return [(p.country, None)]
            if what == "iban":
                c = p.country if p.country != "US" else rng.choice(["GB", "IE", "DE"])
                return [(p.value("iban", lambda: make_iban(rng, c)), "IBAN")]
            if what == "card":
                return [(p.value("card", lambda: make_card(rng)), "CREDIT_CARD")]
            if what == "ibande":
                return [(p.value("ibande", lambda: make_iban(rng, "DE")), "IBAN")]
            if what == "taxid":
                return [(p.value("taxid", lambda: make_tax_id(rng)), "DE_TAX_ID")]
            if what == "ip":
                return [(p.value("ip", lambda: common.ipv6(rng) if rng.random() < 0.2 else common.ipv4(rng)), "IP_ADDRESS")]
            if what == "dob":
                return [(p.value("dob", lambda: distractor("dob", self)), None)]
            if what == "handle":
                return [(p.value("handle", lambda: distractor("handle", self)), None)]
            if what == "userid":
                return [(p.value("userid", lambda: f"{fold(p.first)[:1]}{fold(p.core_last())[:6]}{rng.randint(1, 9)}"), None)]
            raise KeyError(slot)
        base = slot.rstrip("0123456789")
        if base == "iban":
            return [(make_iban(rng, rng.choice(["DE", "DE", "AT", "CH"] if lang == "de" else ["GB", "IE", "DE"])), "IBAN")]
        if base in ("ibande", "ibanat", "ibanch", "ibangb", "ibanie"):
            return [(make_iban(rng, base[4:].upper()), "IBAN")]
        if base == "card":
            return [(make_card(rng), "CREDIT_CARD")]
        if base == "ip":
            return [(common.ipv6(rng) if rng.random() < 0.2 else common.ipv4(rng), "IP_ADDRESS")]
        if base == "ipv":
            return [(common.ipv4(rng), "IP_ADDRESS")]
        if base == "taxid":
            return [(make_tax_id(rng), "DE_TAX_ID")]
        if base == "shopmail":
            local = rng.choice(["service", "kundenservice", "hallo", "club", "werkstatt", "presse"] if lang == "de"
                               else ["service", "hello", "club", "workshop", "press", "care"])
            return [(f"{local}@talgrat.{'de' if lang == 'de' else 'com'}", "EMAIL")]
        if base == "shopphone":
            return [(make_phone(self, "DE" if lang == "de" else rng.choice(["GB", "IE"]), "landline"), "PHONE")]
        if base in PLACE_FORMS_DE:
            name = self.resolve("place" + slot[len(base):])[0][0]
            return [(PLACE_FORMS_DE[base][PLACE_GENDER_DE[name]].format(name), None)]
        if base == "nl":
            return [("\n", None)]
        return [(distractor(base, self), None)]


def choose_alternatives(template: str, rng) -> str:
    while True:
        m = ALT.search(template)
        if not m:
            return template
        template = template[: m.start()] + rng.choice(m.group(1).split("|")) + template[m.end():]


def render(template, ctx: Ctx):
    if callable(template):
        template = template(ctx)
    template = choose_alternatives(template, ctx.rng)
    text_parts, ents, pos, length = [], [], 0, 0
    for m in SLOT.finditer(template):
        lit = template[pos : m.start()].replace("{{", "{").replace("}}", "}")
        text_parts.append(lit)
        length += len(lit)
        for piece, label in ctx.resolve(m.group(1)):
            if label:
                ents.append({"type": label, "start": length, "end": length + len(piece), "value": piece})
            text_parts.append(piece)
            length += len(piece)
        pos = m.end()
    text_parts.append(template[pos:].replace("{{", "{").replace("}}", "}"))
    text = "".join(text_parts)
    return text, ents


# ---------------------------------------------------------------- checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
IPV4_RE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\d)")
CARD_RE = re.compile(r"(?<![\d\w])\d(?:[ -]?\d){12,18}(?![\d])")


def check_record(rec: dict, personal: bool):
    text, ents = rec["text"], rec["entities"]
    last_end = -1
    for e in ents:
        assert text[e["start"] : e["end"]] == e["value"], (rec["id"], e)
        assert e["value"] and e["value"] == e["value"].strip(), (rec["id"], e)
        assert e["start"] >= last_end, ("overlap", rec["id"], e)
        last_end = e["end"]
        if e["type"] == "IBAN":
            assert iban_valid(e["value"]), e
        if e["type"] == "CREDIT_CARD":
            assert luhn_valid(re.sub(r"\D", "", e["value"])), e
        if e["type"] == "DE_TAX_ID":
            assert steuer_id_valid(e["value"]), e
    assert bool(ents) == personal, (rec["id"], personal, text)

    def covered(s, t, typ):
        return any(e["start"] <= s and t <= e["end"] and e["type"] == typ for e in ents)

    for m in EMAIL_RE.finditer(text):
        assert covered(m.start(), m.end(), "EMAIL"), ("unlabelled e-mail", rec["id"], m.group())
    for m in IBAN_RE.finditer(text):
        if any(e["type"] == "IBAN" and e["start"] == m.start() for e in ents):
            continue
        v = m.group()
        for end in range(15, len(v) + 1):
            if (end == len(v) or v[end] == " ") and iban_valid(v[:end]):
                raise AssertionError(("unlabelled IBAN", rec["id"], v[:end]))
    for m in IPV4_RE.finditer(text):
        if all(int(x) <= 255 for x in m.group().split(".")):
            assert covered(m.start(), m.end(), "IP_ADDRESS"), ("unlabelled IPv4", rec["id"], m.group())
    for m in CARD_RE.finditer(text):
        num = re.sub(r"\D", "", m.group())
        issuer = num[0] == "4" or num[:2] in ("34", "37", "51", "52", "53", "54", "55") or num[:4] == "6011" or 2221 <= int(num[:4]) <= 2720
        if issuer and len(num) in (15, 16) and luhn_valid(num):
            assert covered(m.start(), m.end(), "CREDIT_CARD"), ("unlabelled card number", rec["id"], m.group())


# ---------------------------------------------------------------- tables

TABLE_LAYOUTS = register("table layouts", ["csv", "tsv", "semicolon", "markdown", "csv_quoted", "pipe", "blocks", "jsonl"])
_QUOTE_HINTS = ("lastfirst", "capslast", ".line", "amount", "price", ",", "followers", "hours")


def table(ctx, cols, nrows, first=1):
    """A table of `nrows` rows in a layout of this split. `cols` is a list of (header, cell template);
    `#` in a cell template is replaced by the row's person number (first, first + 1, ...), so
    `{p#.last}` is the surname of that row's person and `{member#}` a value of its own per row."""
    layout = ctx.pick(TABLE_LAYOUTS)
    heads = [h for h, _ in cols]
    rows = [[cell.replace("#", str(first + i)) for _, cell in cols] for i in range(nrows)]

    def q(cell):
        return f'"{cell}"' if any(h in cell for h in _QUOTE_HINTS) else cell

    if layout == "csv":
        lines = [",".join(heads)] + [",".join(q(c) for c in r) for r in rows]
    elif layout == "tsv":
        lines = ["\t".join(heads)] + ["\t".join(r) for r in rows]
    elif layout == "semicolon":
        lines = [";".join(heads)] + [";".join(r) for r in rows]
    elif layout == "markdown":
        lines = ["| " + " | ".join(heads) + " |", "|" + "|".join("---" for _ in heads) + "|"] + ["| " + " | ".join(r) + " |" for r in rows]
    elif layout == "csv_quoted":
        lines = [",".join(f'"{h}"' for h in heads)] + [",".join(f'"{c}"' for c in r) for r in rows]
    elif layout == "pipe":
        lines = [" | ".join(heads)] + [" | ".join(r) for r in rows]
    elif layout == "blocks":
        return "\n\n".join("\n".join(f"{h}: {c}" for h, c in zip(heads, r)) for r in rows)
    else:  # jsonl
        keys = [re.sub(r"[^a-z0-9äöüß]+", "_", h.lower()).strip("_") for h in heads]
        lines = ["{" + ", ".join(f'"{k}": "{c}"' for k, c in zip(keys, r)) + "}" for r in rows]
    return "\n".join(lines)


def chat(stamps, ctx, turns):
    """A chat in one of `stamps`' layouts. turns: list of (speaker slot or literal, text);
    speaker names in {..} are slots."""
    fmt = ctx.pick(stamps)
    out = []
    h, m = ctx.rng.randint(8, 20), ctx.rng.randint(0, 40)
    for who, said in turns:
        m += ctx.rng.randint(0, 3)
        out.append(fmt.format(t=f"{h:02d}:{m % 60:02d}", who=who) + said)
    return "\n".join(out)


def action(marks, ctx, who, what):
    """An action item in one of `marks`' layouts."""
    return ctx.pick(marks).format(who=who) + what
