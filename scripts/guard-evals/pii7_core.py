"""Machinery of the seventh PII bank (dev7 / heldout7): people from many locales, an own syllable
generator for invented names, addresses and phone numbers in native formats, look-alike values,
and the per-text context that resolves template slots into labelled pieces.

Templates use the renderer of common.py: slots `{p1.full}`, `{a1.block}`, `{iban}` … and
alternatives `((a|b))`. A template may start with markers:

    ~      the first person appears without any cue (no honorific, field name, greeting or
           signature): such a text never gets an invented name
    @XX    the text's country (DE, AT, CH, GB, US, IE) instead of a drawn one

Every template list and every layout list is split by position: even entries belong to dev7,
odd entries to heldout7 (`half`).
"""

import random
import re
import unicodedata

from common import ascii_fold, credit_card, de_tax_id, distractor, fake, gtin13, iban, ipv4, ipv6, render, render_pieces

SPLITS = ("dev7", "heldout7")


def half(seq, split):
    """The split's half of a template or layout list: even positions for dev7, odd for heldout7."""
    return list(seq[0::2]) if split == "dev7" else list(seq[1::2])


# ---------------------------------------------------------------- name locales

# (locale, weight, how the names are read): "plain" Latin script, "greek" / "uk" / "ru" / "bg"
# transliterated, "roman" Faker's romanized names, "ko" unidecode, "arab" the own list below.
LOCALES = {
    "de": [
        ("de_DE", 24, "plain"), ("de_AT", 8, "plain"), ("de_CH", 7, "plain"), ("tr_TR", 6, "plain"),
        ("pl_PL", 5, "plain"), ("it_IT", 4, "plain"), ("hr_HR", 3, "plain"), ("ro_RO", 3, "plain"),
        ("ru_RU", 3, "ru"), ("uk_UA", 3, "uk"), ("el_GR", 2, "greek"), ("ar", 3, "arab"),
        ("fr_FR", 2, "plain"), ("fr_CH", 1, "plain"), ("nl_NL", 2, "plain"), ("nl_BE", 1, "plain"),
        ("es_ES", 2, "plain"), ("pt_PT", 1, "plain"), ("pt_BR", 1, "plain"), ("cs_CZ", 2, "plain"),
        ("sk_SK", 1, "plain"), ("sl_SI", 1, "plain"), ("hu_HU", 2, "plain"), ("bg_BG", 1, "bg"),
        ("sv_SE", 1, "plain"), ("da_DK", 1, "plain"), ("no_NO", 1, "plain"), ("fi_FI", 1, "plain"),
        ("en_GB", 2, "plain"), ("en_US", 1, "plain"), ("vi_VN", 1, "plain"), ("en_NG", 1, "plain"),
        ("de_LI", 1, "plain"), ("az_AZ", 1, "plain"),
    ],
    "en": [
        ("en_GB", 14, "plain"), ("en_US", 14, "plain"), ("en_IE", 8, "plain"), ("ga_IE", 1, "plain"),
        ("en_IN", 5, "plain"), ("en_PK", 2, "plain"), ("en_NG", 3, "plain"), ("yo_NG", 1, "plain"),
        ("ig_NG", 1, "plain"), ("ha_NG", 1, "plain"), ("en_KE", 1, "plain"), ("tw_GH", 1, "plain"),
        ("en_NZ", 2, "plain"), ("es_MX", 2, "plain"), ("es_ES", 1, "plain"), ("pt_BR", 2, "plain"),
        ("it_IT", 2, "plain"), ("fr_FR", 2, "plain"), ("de_DE", 3, "plain"), ("pl_PL", 2, "plain"),
        ("nl_NL", 1, "plain"), ("zh_CN", 2, "roman"), ("ja_JP", 1, "roman"), ("ko_KR", 1, "ko"),
        ("vi_VN", 2, "plain"), ("id_ID", 1, "plain"), ("el_GR", 1, "greek"), ("uk_UA", 1, "uk"),
        ("tr_TR", 1, "plain"), ("sv_SE", 1, "plain"), ("ar", 2, "arab"), ("fi_FI", 1, "plain"),
        ("hu_HU", 1, "plain"), ("ro_RO", 1, "plain"),
    ],
}

# Arabic given names and surnames in common Latin spellings (Faker has no Latin-script list)
ARAB_F = ["Yasmin", "Layla", "Rania", "Nour", "Amira", "Salma", "Huda", "Mariam", "Dina", "Lina", "Reem", "Samira", "Hanan", "Aya", "Farah"]
ARAB_M = ["Omar", "Karim", "Tarek", "Samir", "Yousef", "Khaled", "Bilal", "Hassan", "Mahmoud", "Nabil", "Rami", "Ziad", "Walid", "Fadi", "Amir"]
ARAB_LAST = ["Haddad", "Khoury", "Nasser", "Saleh", "Mansour", "Darwish", "al-Hassan", "El-Sayed", "Aziz", "Hamdan", "Qasim", "al-Masri", "Shami", "Barakat", "Abboud", "Younis", "el-Khatib", "Suleiman"]

_GREEK_DI = [("ου", "ou"), ("αι", "ai"), ("ει", "ei"), ("οι", "oi"), ("αυ", "av"), ("ευ", "ev"), ("γγ", "ng"), ("γκ", "gk"), ("μπ", "mp"), ("ντ", "nt"), ("τσ", "ts"), ("τζ", "tz")]
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"]))


def greek_latin(word: str) -> str:
    w = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    for a, b in (("μπ", "b"), ("ντ", "d"), ("γκ", "g")):
        if w.startswith(a):
            w = b + w[2:]
    for a, b in _GREEK_DI:
        w = w.replace(a, b)
    w = "".join(_GREEK.get(c, c) for c in w)
    return "-".join(part.capitalize() for part in w.split("-"))


_BG = dict(zip("абвгдежзийклмнопрстуфхцчшщъьюя", ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sht", "a", "y", "yu", "ya"]))


def bulgarian_latin(word: str) -> str:
    """Bulgarian Cyrillic in the official Latin transliteration (2009 act)."""
    out = "".join(_BG.get(c, c) for c in word.lower())
    return "-".join(part.capitalize() for part in out.split("-"))


def _translit(module: str):
    import importlib

    return importlib.import_module(f"faker.providers.person.{module}").translit


# particles a surname may carry, by locale family
PARTICLES = {
    "de": ["von", "von der", "zu", "von"],
    "nl": ["van", "van der", "de", "van den", "ter", "van de"],
    "it": ["Di", "De", "Del", "Lo"],
    "fr": ["de", "du", "Le", "de la"],
    "pt": ["da", "dos", "de"],
    "es": ["de", "del", "de la"],
    "en": ["O'", "Mc"],
}


# given names and surnames never used (offensive or ambiguous when written in lower case)
BLOCKED = {"nazi", "hitler", "adolf", "satan", "slut"}


class Name:
    def __init__(self, first: str, last: str, gender: str, locale: str, invented: bool):
        self.first, self.last, self.gender, self.locale, self.invented = first, last, gender, locale, invented


def faker_name(rng: random.Random, lang: str) -> Name:
    while True:
        n = _faker_name(rng, lang)
        if not {w.lower() for w in re.split(r"[ -]", f"{n.first} {n.last}")} & BLOCKED:
            return n


def _faker_name(rng: random.Random, lang: str) -> Name:
    table = LOCALES[lang]
    locale, _, how = rng.choices(table, [w for _, w, _ in table])[0]
    gender = rng.choice("fm")
    if how == "arab":
        first = rng.choice(ARAB_F if gender == "f" else ARAB_M)
        last = rng.choice(ARAB_LAST)
        return Name(first, last, gender, locale, False)
    f = fake(locale, rng)
    if how == "roman":
        first = f.first_romanized_name_female() if gender == "f" and hasattr(f, "first_romanized_name_female") else f.first_romanized_name()
        last = f.last_romanized_name()
        return Name(first.strip(), last.strip(), gender, locale, False)
    first = f.first_name_female() if gender == "f" else f.first_name_male()
    last = f.last_name_female() if gender == "f" else f.last_name_male()
    second = None
    if rng.random() < 0.07:
        second = f.last_name_female() if gender == "f" else f.last_name_male()
    double_first = None
    if rng.random() < 0.05 and locale[:2] in ("de", "fr"):
        double_first = f.first_name_female() if gender == "f" else f.first_name_male()
    if how in ("greek", "uk", "ru", "bg", "ko"):
        if how == "greek":
            conv = greek_latin
        elif how == "ko":
            from faker.decode import unidecode

            conv = lambda s: unidecode(s).capitalize()  # noqa: E731
        elif how == "bg":
            conv = bulgarian_latin
        else:
            conv = _translit({"uk": "uk_UA", "ru": "ru_RU"}[how])
        first, last = conv(first), conv(last)
        second = conv(second) if second else None
        double_first = None
    first = first.strip()
    last = last.strip()
    if double_first and double_first != first and " " not in first + double_first:
        first = f"{first}-{double_first}"
    if second and second != last and " " not in last + second:
        last = f"{last}-{second}"
    elif rng.random() < 0.06:
        fam = {"de": "de", "nl": "nl", "it": "it", "fr": "fr", "pt": "pt", "es": "es"}.get(locale[:2])
        if locale in ("en_IE", "en_GB"):
            fam = "en"
        if fam and " " not in last and "-" not in last:
            p = rng.choice(PARTICLES[fam])
            last = f"{p}{last}" if p in ("O'", "Mc") else f"{p} {last}"
    return Name(first, last, gender, locale, False)


# ---------------------------------------------------------------- invented names (own generator)

_G_START = ["Al", "Bre", "Cai", "Dar", "Elo", "Fen", "Gis", "Hal", "Ilv", "Jor", "Kav", "Lem", "Mir", "Nal", "Orv", "Pel", "Ryn", "Sav", "Tal", "Ulv", "Ves", "Wen", "Yar", "Zel", "Quin", "Thal"]
_G_MID = ["ro", "vi", "la", "ne", "mi", "da", "ri", "so", "ta", "ve", "ny", "lo", "", ""]
_G_END_F = ["a", "ia", "ine", "ela", "ra", "ette", "is", "ka", "wen"]
_G_END_M = ["o", "an", "ir", "ek", "us", "en", "or", "aj", "im"]
_S_START = ["Brun", "Dols", "Fark", "Gren", "Holv", "Kest", "Lomb", "Morv", "Nidd", "Pral", "Quor", "Rast", "Senv", "Trav", "Ulb", "Vand", "Wesk", "Zorv", "Blav", "Drisk", "Fjel", "Harv", "Jens", "Kolv", "Mald", "Ostr"]
_S_MID = ["a", "e", "i", "o", "er", "el", "in", "ar", "u", "en"]
_S_END = ["mann", "ek", "ova", "ini", "sen", "ley", "thal", "bro", "ari", "quist", "ez", "oglu", "escu", "ić", "eau", "ström", "ak", "ler", "inger", "dottir", "wick", "ridge"]

_KNOWN: set[str] = set()


def _known_names() -> set[str]:
    """Every given name and surname of every Faker person locale, lower-cased."""
    if _KNOWN:
        return _KNOWN
    import importlib
    import pkgutil

    import faker.providers.person as pkg

    for mod in pkgutil.iter_modules(pkg.__path__):
        try:
            prov = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        except Exception:  # noqa: BLE001
            continue
        for attr in ("first_names", "first_names_female", "first_names_male", "last_names", "last_names_female", "last_names_male", "first_names_nonbinary"):
            names = getattr(prov, attr, ())
            if isinstance(names, (list, tuple, dict)):
                _KNOWN.update(str(n).lower() for n in names)
    _KNOWN.update(n.lower() for n in ARAB_F + ARAB_M + ARAB_LAST)
    return _KNOWN


def invented(rng: random.Random) -> Name:
    known = _known_names()
    gender = rng.choice("fm")
    while True:
        first = rng.choice(_G_START) + rng.choice(_G_MID) + rng.choice(_G_END_F if gender == "f" else _G_END_M)
        last = rng.choice(_S_START) + rng.choice(_S_MID) + rng.choice(_S_END)
        if first.lower() not in known and last.lower() not in known and len(first) > 3:
            return Name(first, last, gender, "invented", True)


# ---------------------------------------------------------------- people

NICK_WORDS = ["bergfex", "trailrunner", "gipfelkind", "wanderlust", "alpaka", "fjellfan", "hikerdude", "muddyboots", "summitseeker", "kraxler", "nordwand", "zeltplatz", "moorland", "peakbagger"]
MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "mailbox.org", "icloud.com", "gmx.net"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.com"],
    "CH": ["bluewin.ch", "gmx.ch", "gmail.com", "sunrise.ch", "hispeed.ch", "protonmail.ch"],
    "GB": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "btinternet.com", "sky.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "proton.me"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com", "yahoo.ie"],
}
TITLES = {"DE": ["Dr. ", "Prof. ", "Dr. "], "AT": ["Mag. ", "Ing. ", "Dr. ", "DI ", "Mag.a "], "CH": ["Dr. ", "lic. iur. "]}


# German words that follow the person's gender ("{p1.kassenwartin}")
GENDERED_DE = {
    "sie_akk": ("sie", "ihn"),
    "meinefrau": ("meine frau", "meinen mann"),
    "liebe_lc": ("liebe", "lieber"),
    "deren": ("deren", "dessen"),
    "kapitaenin": ("die Teamkapitänin", "den Teamkapitän"),
    "gruenderin": ("Gründerin", "Gründer"),
    "gf": ("Geschäftsführerin", "Geschäftsführer"),
    "deine_ap": ("deine Ansprechpartnerin", "dein Ansprechpartner"),
    "deine_ap_cap": ("Deine Ansprechpartnerin", "Dein Ansprechpartner"),
    "ihre_ap_cap": ("Ihre Ansprechpartnerin", "Ihr Ansprechpartner"),
    "unsere_kw": ("unsere Kassenwartin", "unseren Kassenwart"),
    "athletin": ("Athletin", "Athlet"),
    "fotografin": ("Fotografin", "Fotograf"),
    "vorsitzende": ("Jury-Vorsitzende", "Jury-Vorsitzender"),
    "zeugin": ("Zeugin", "Zeuge"),
    "inhaberin": ("Inhaberin", "Inhaber"),
    "kollegin": ("Kollegin", "Kollege"),
    "nachbarin": ("Nachbarin", "Nachbarn"),
    "ein_kumpel": ("Meine Freundin", "Mein Kumpel"),
    "braucht": ("sie braucht", "er braucht"),
}


class Person:
    def __init__(self, rng: random.Random, lang: str, country: str, is_invented: bool):
        self.rng, self.lang, self.country = rng, lang, country
        n = invented(rng) if is_invented else faker_name(rng, lang)
        self.first, self.last, self.gender, self.locale, self.invented = n.first, n.last, n.gender, n.locale, n.invented
        self.full = f"{self.first} {self.last}"
        self._email = None
        self.title = rng.choice(TITLES.get(country, ["Dr. "])) if rng.random() < 0.12 else ""
        self.middle_initial = rng.choice("ABCDEFGHJKLMNPRSTW")

    # e-mail: built from the name (never a PERSON span) or a nickname
    def email(self) -> str:
        if self._email:
            return self._email
        rng = self.rng
        sep = rng.choice([".", ".", "", "_", "-"])
        first, last = ascii_fold(self.first).lower(), ascii_fold(self.last.replace(" ", "").replace("'", "")).lower()
        local = rng.choice(
            [
                f"{first}{sep}{last}",
                f"{first[:1]}{sep}{last}",
                f"{first}{sep}{last[:1]}",
                f"{last}{sep}{first}",
                f"{first}{rng.randint(1, 99)}",
                f"{first}{sep}{last}{rng.randint(60, 99)}",
                f"{rng.choice(NICK_WORDS)}{rng.randint(1, 999)}",
            ]
        ).strip(".-_") or "post"
        self._email = f"{local}@{rng.choice(MAIL_DOMAINS[self.country])}"
        return self._email

    def poss(self, name: str):
        if self.lang == "en":
            tail = self.rng.choice(["'", "'s"]) if name[-1] in "sxz" else "'s"
        else:
            tail = "'" if name[-1] in "sxzß" else self.rng.choice(["'s", "’s"])
        return [(name, "PERSON"), (tail, None)]

    def pieces(self, attr: str):
        f, l, g = self.first, self.last, self.gender
        de = self.lang == "de"
        P = lambda s: [(s, "PERSON")]  # noqa: E731
        T = lambda s: [(s, None)]  # noqa: E731
        names = {
            "full": lambda: P(self.full),
            "first": lambda: P(f),
            "last": lambda: P(l),
            "lastfirst": lambda: P(f"{l}, {f}"),
            "lastfirst_caps": lambda: P(f"{l.upper()}, {f}"),
            "initlast": lambda: P(f"{f[0]}. {l}"),
            "firstinit": lambda: P(f"{f} {l[0].upper()}."),
            "lower": lambda: P(self.full.lower()),
            "lowerfirst": lambda: P(f.lower()),
            "lowerlast": lambda: P(l.lower()),
            "caps": lambda: P(self.full.upper()),
            "capslast": lambda: P(f"{f} {l.upper()}"),
            "lastcaps": lambda: P(l.upper()),
            "middle": lambda: P(f"{f} {self.middle_initial}. {l}"),
            "poss": lambda: self.poss(f),
            "possfull": lambda: self.poss(self.full),
            "posslast": lambda: self.poss(l),
        }
        if attr in names:
            return names[attr]()
        if attr == "email":
            return [(self.email(), "EMAIL")]
        if attr == "mailuser":  # local part alone, e.g. as a chat handle: not a name as written
            return T(self.email().split("@")[0])
        words = {
            # German
            "herr": ("Frau", "Herr"),
            "herrn": ("Frau", "Herrn"),
            "anrede": (f"Frau {self.title}".strip(), f"Herr {self.title}".strip()),
            "anrede_dat": (f"Frau {self.title}".strip(), f"Herrn {self.title}".strip()),
            "geehrte": (f"Sehr geehrte Frau {self.title}".strip(), f"Sehr geehrter Herr {self.title}".strip()),
            "liebe": ("Liebe", "Lieber"),
            "kundin": ("Kundin", "Kunde"),
            "kundinnen": ("Kundin", "Kunden"),
            "sie": ("sie", "er"),
            "sie_cap": ("Sie", "Er"),
            "ihr": ("ihr", "sein"),
            "ihm": ("ihr", "ihm"),
            "die": ("die", "der"),
            "der_dat": ("der", "dem"),
            "eine": ("eine", "ein"),
            "teilnehmerin": ("Teilnehmerin", "Teilnehmer"),
            "fahrerin": ("Fahrerin", "Fahrer"),
            "mitarbeiterin": ("Mitarbeiterin", "Mitarbeiter"),
            "ansprechpartnerin": ("Ansprechpartnerin", "Ansprechpartner"),
            "sprecherin": ("Sprecherin", "Sprecher"),
            # English
            "mr": (self.rng.choice(["Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dr"]), self.rng.choice(["Mr", "Mr.", "Mr", "Dr."])),
            "she": ("she", "he"),
            "she_cap": ("She", "He"),
            "her": ("her", "his"),
            "him": ("her", "him"),
            "hers": ("hers", "his"),
        }
        words.update(GENDERED_DE)
        if attr in words:
            return T(words[attr][0 if g == "f" else 1])
        raise KeyError(attr)


# ---------------------------------------------------------------- addresses

DE_STREETS_OWN = ["Hauptstraße", "Bahnhofstr.", "Am Mühlbach", "Lindenweg", "Kirchplatz", "Schillerstraße", "Talstraße", "Bergstraße", "Im Winkel", "Auf der Höhe", "Am Sonnenhang", "Gartenstraße", "Marktplatz", "Kastanienallee", "Zum Steinbruch", "Birkenweg", "Friedhofstr.", "An der Alten Mühle", "Goethestr.", "Hohlweg", "Schulgasse", "Am Anger"]
AT_STREETS_OWN = ["Hauptplatz", "Linzer Straße", "Mariahilfer Straße", "Bahnhofgasse", "Kirchengasse", "Schulweg", "Dorfstraße", "Grazer Straße", "Sonnleitenweg", "Am Kalvarienberg", "Florianigasse", "Innrain", "Herrengasse"]
CH_STREETS_OWN = ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Hauptgasse", "Kirchweg", "Bergstrasse", "Schulhausstrasse", "Rütiweg", "Obere Halde", "Weinbergstrasse", "Im Grund", "Zelgliweg"]
GB_STREETS = ["High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Queen's Road", "Kings Avenue", "Park Crescent", "Willow Close", "Bridge Street", "The Green", "Market Place", "Lansdowne Terrace", "Holly Grove", "Thornfield Way", "Fellside Road", "Beech Drive", "Castle Street", "Meadow View", "St John's Street", "Ashburn Gardens", "Priory Walk", "Lake Road", "Greenside"]
GB_TOWNS = [("Kendal", "LA9"), ("Keswick", "CA12"), ("Ambleside", "LA22"), ("Leeds", "LS6"), ("Manchester", "M20"), ("Bristol", "BS7"), ("Fort William", "PH33"), ("Inverness", "IV2"), ("Edinburgh", "EH10"), ("Glasgow", "G12"), ("Cardiff", "CF14"), ("Sheffield", "S11"), ("Aviemore", "PH22"), ("Bath", "BA2"), ("Norwich", "NR2"), ("York", "YO24"), ("Brighton", "BN1"), ("Exeter", "EX4"), ("Belfast", "BT9"), ("Newcastle upon Tyne", "NE2"), ("Oxford", "OX4"), ("Llanberis", "LL55"), ("Harrogate", "HG1"), ("London", "SE15"), ("London", "N16"), ("Penrith", "CA11"), ("Betws-y-Coed", "LL24"), ("Hebden Bridge", "HX7")]
US_STREETS = ["Maple Ave", "Oak St", "N 3rd St", "Pine Ridge Rd", "Lakeview Dr", "W Colfax Ave", "Elm Street", "Cedar Ln", "Aspen Way", "Hillcrest Dr", "SE Division St", "Broadway", "Juniper Ct", "Mountain View Rd", "E 14th Ave", "Sunset Blvd", "Willow Creek Dr", "Main St"]
US_TOWNS = [("Boulder", "CO", "803"), ("Denver", "CO", "802"), ("Bend", "OR", "977"), ("Portland", "OR", "972"), ("Seattle", "WA", "981"), ("Missoula", "MT", "598"), ("Salt Lake City", "UT", "841"), ("Asheville", "NC", "288"), ("Burlington", "VT", "054"), ("Flagstaff", "AZ", "860"), ("Boise", "ID", "837"), ("Duluth", "MN", "558"), ("Madison", "WI", "537"), ("Austin", "TX", "787"), ("Chattanooga", "TN", "374"), ("Jackson", "WY", "830"), ("Bozeman", "MT", "597"), ("Ithaca", "NY", "148"), ("Portland", "ME", "041"), ("Sacramento", "CA", "958"), ("Brooklyn", "NY", "112"), ("Ann Arbor", "MI", "481")]
IE_STREETS = ["Main Street", "Shop Street", "Dominick Street", "Church Road", "Seaview Park", "Castle Street", "O'Connell Street", "Greenfields Road", "Bridge Street", "Mary Street", "Abbey Road", "Father Griffin Road", "Strand Street", "Ashgrove Avenue", "Cois Cladaigh", "Bóthar na Trá", "Rathmines Road Lower", "Orchard Lawns"]
IE_TOWNS = [("Galway", "H91"), ("Dublin 6", "D06"), ("Dublin 8", "D08"), ("Dublin 15", "D15"), ("Cork", "T12"), ("Limerick", "V94"), ("Westport", "F28"), ("Killarney", "V93"), ("Sligo", "F91"), ("Kilkenny", "R95"), ("Waterford", "X91"), ("Wicklow", "A67"), ("Bray", "A98"), ("Athlone", "N37"), ("Dingle", "V92"), ("Clifden", "H71"), ("Kenmare", "V93"), ("Letterkenny", "F92")]
IE_COUNTY = {"Galway": "Co. Galway", "Westport": "Co. Mayo", "Killarney": "Co. Kerry", "Dingle": "Co. Kerry", "Kenmare": "Co. Kerry", "Sligo": "Co. Sligo", "Clifden": "Co. Galway", "Letterkenny": "Co. Donegal", "Wicklow": "Co. Wicklow", "Athlone": "Co. Westmeath"}
COUNTRY_NAME = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA", "IE": "Irland"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA", "IE": "Ireland"},
}


class Address:
    """Street line, town line (postcode and town) and a prefixed town line, in the country's own form."""

    def __init__(self, rng: random.Random, country: str, lang: str):
        self.country, self.lang = country, lang
        d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
        if country in ("DE", "AT", "CH"):
            f = fake({"DE": "de_DE", "AT": "de_AT", "CH": "de_CH"}[country], rng)
            own = {"DE": DE_STREETS_OWN, "AT": AT_STREETS_OWN, "CH": CH_STREETS_OWN}[country]
            street = rng.choice(own) if rng.random() < 0.4 else f.street_name()
            if country == "DE" and rng.random() < 0.2:
                street = street.replace("straße", "str.").replace("Straße", "Str.")
            number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 140)]))
            r = rng.random()
            if country == "AT" and r < 0.45:
                number += rng.choice([f"/{rng.randint(1, 9)}/{rng.randint(1, 24)}", f"/{rng.randint(1, 30)}", f"/Top {rng.randint(1, 30)}", f"/{rng.randint(1, 4)}/{rng.randint(1, 6)}/{rng.randint(1, 20)}"])
            elif r < 0.12:
                number += rng.choice(["a", "b", "c", " a", "–" + str(int(number) + 2)])
            self.street = f"{street} {number}"
            self.zip = f.postcode()
            self.town = f.city()
            while any(c.isdigit() for c in self.town):
                self.town = f.city()
            self.tl = f"{self.zip} {self.town}"
            self.ptl = f"{ {'DE': 'D-', 'AT': 'A-', 'CH': 'CH-'}[country]}{self.zip} {self.town}"
        elif country == "GB":
            town, district = rng.choice(GB_TOWNS)
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            self.zip = f"{district} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
            street = f"{rng.randint(1, 180)} {rng.choice(GB_STREETS)}"
            if rng.random() < 0.25:
                street = rng.choice([f"Flat {rng.randint(1, 12)}, ", f"Flat {rng.randint(1, 6)}{rng.choice('ABC')}, ", f"Apartment {rng.randint(1, 40)}, "]) + street
            self.street, self.town = street, town
            self.tl = f"{town}{rng.choice([' ', ', '])}{self.zip}"
            self.ptl = f"{town.upper()} {self.zip}"
        elif country == "US":
            town, state, prefix = rng.choice(US_TOWNS)
            self.zip = prefix + d(2)
            street = f"{rng.randint(10, 9899)} {rng.choice(US_STREETS)}"
            if rng.random() < 0.25:
                street += rng.choice([f", Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}", f" Suite {rng.randint(100, 990)}", f", Unit {rng.randint(1, 20)}", f" #{rng.randint(2, 400)}"])
            self.street, self.town = street, town
            self.tl = f"{town}, {state} {self.zip}"
            self.ptl = f"{town}, {state} {self.zip}-{d(4)}"
        else:  # IE
            town, key = rng.choice(IE_TOWNS)
            chars = "ACDEFHKNPRTVWXY0123456789"
            self.zip = f"{key} {''.join(rng.choice(chars) for _ in range(4))}"
            street = f"{rng.randint(1, 120)} {rng.choice(IE_STREETS)}"
            if rng.random() < 0.15:
                street = f"Apt {rng.randint(1, 30)}, " + street
            self.street, self.town = street, town
            county = IE_COUNTY.get(town)
            self.tl = f"{town}, {self.zip}" if not county or rng.random() < 0.5 else f"{town}, {county}, {self.zip}"
            self.ptl = f"{town} {self.zip}"
        self.country_name = COUNTRY_NAME[lang][country]

    def pieces(self, attr: str, block_layouts, rng):
        A = lambda s: [(s, "STREET_ADDRESS")]  # noqa: E731
        if attr == "block":
            return A(rng.choice(block_layouts).format(s=self.street, tl=self.tl, ptl=self.ptl))
        if attr == "line":
            return A(f"{self.street}, {self.tl}")
        if attr == "two":
            return A(f"{self.street}\n{self.tl}")
        if attr == "street":
            return A(self.street)
        if attr == "upper":
            return A(f"{self.street}\n{self.tl}".upper())
        if attr == "upperline":
            return A(f"{self.street}, {self.tl}".upper())
        if attr == "lowerline":
            return A(f"{self.street} {self.tl}".lower())
        if attr == "zip":
            return [(self.zip, None)]
        if attr == "town":
            return [(self.town, None)]
        if attr == "country":
            return [(self.country_name, None)]
        raise KeyError(attr)


# How street line and town line sit together (a layout list: split by position)
ADDRESS_BLOCKS = [
    "{s}, {tl}",
    "{s} · {tl}",
    "{s}\n{tl}",
    "{s},\n{tl}",
    "{s}, {ptl}",
    "{s}\n{ptl}",
    "{s} {tl}",
    "{s} – {tl}",
]


# ---------------------------------------------------------------- phone numbers (native formats)


def phone(rng: random.Random, country: str) -> str:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    nz = lambda: str(rng.randint(2, 9))  # noqa: E731  a subscriber number does not start with 0/1
    if country == "DE":
        mob = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179", "159"])
        area = rng.choice(["30", "40", "89", "221", "69", "711", "351", "341", "511", "911", "8652", "8821", "8322", "7531", "761", "8031", "3641", "5323"])
        return rng.choice(
            [
                f"+49 {mob} {nz()}{d(6)}",
                f"0{mob} {nz()}{d(6)}",
                f"0{mob}/{nz()}{d(6)}",
                f"0{mob}-{nz()}{d(2)} {d(2)} {d(3)}",
                f"+49 (0){area} {nz()}{d(5)}",
                f"0{area} / {nz()}{d(2)} {d(2)} {d(2)}",
                f"(0{area}) {nz()}{d(5)}",
                f"0{area}-{nz()}{d(4)}",
                f"0049 {mob} {nz()}{d(6)}",
                f"+49{mob}{nz()}{d(6)}",
                f"0{mob} {nz()}{d(2)} {d(2)} {d(2)}",
                f"+49 {area} {nz()}{d(2)} {d(2)} {d(1)}",
            ]
        )
    if country == "AT":
        mob = rng.choice(["664", "676", "650", "660", "699", "680", "688"])
        area = rng.choice(["1", "512", "662", "316", "732", "463", "5412", "6412", "2742"])
        return rng.choice(
            [
                f"+43 {mob} {nz()}{d(6)}",
                f"0{mob}/{nz()}{d(2)} {d(2)} {d(2)}",
                f"0{mob} {nz()}{d(2)} {d(2)} {d(3)}",
                f"+43 (0){area} {nz()}{d(5)}",
                f"0{area}/{nz()}{d(5)}",
                f"0043 {mob} {nz()}{d(6)}",
                f"+43 {area} {nz()}{d(2)} {d(2)} {d(2)}",
                f"0{mob}-{nz()}{d(6)}",
            ]
        )
    if country == "CH":
        mob = rng.choice(["76", "77", "78", "79", "75"])
        area = rng.choice(["44", "31", "61", "41", "71", "81", "27", "33"])
        return rng.choice(
            [
                f"+41 {mob} {nz()}{d(2)} {d(2)} {d(2)}",
                f"0{mob} {nz()}{d(2)} {d(2)} {d(2)}",
                f"0{area} {nz()}{d(2)} {d(2)} {d(2)}",
                f"+41 (0){area} {nz()}{d(2)} {d(2)} {d(2)}",
                f"0041 {mob} {nz()}{d(6)}",
                f"+41{mob}{nz()}{d(6)}",
            ]
        )
    if country == "GB":
        return rng.choice(
            [
                f"07{rng.choice(['7', '8', '9', '4', '5'])}{d(2)} {nz()}{d(5)}",
                f"+44 7{rng.choice(['7', '8', '9', '4'])}{d(2)} {nz()}{d(5)}",
                f"+44 (0)7{d(3)} {nz()}{d(2)} {d(3)}",
                f"020 {rng.choice(['7', '8', '3'])}{d(3)} {d(4)}",
                f"0161 {nz()}{d(2)} {d(4)}",
                f"+44 (0)1539 {nz()}{d(5)}",
                f"01768 {nz()}{d(5)}",
                f"0131 {nz()}{d(2)} {d(4)}",
                f"+447{d(3)}{nz()}{d(5)}",
                f"07{d(3)}-{nz()}{d(5)}",
            ]
        )
    if country == "US":
        area = f"{rng.randint(2, 9)}{d(2)}"
        ex = f"{rng.randint(2, 9)}{d(2)}"
        return rng.choice([f"({area}) {ex}-{d(4)}", f"{area}-{ex}-{d(4)}", f"+1 {area} {ex} {d(4)}", f"{area}.{ex}.{d(4)}", f"+1 ({area}) {ex}-{d(4)}", f"1-{area}-{ex}-{d(4)}"])
    # IE
    return rng.choice(
        [
            f"08{rng.choice('35679')} {nz()}{d(2)} {d(4)}",
            f"+353 8{rng.choice('35679')} {nz()}{d(2)} {d(4)}",
            f"01 {nz()}{d(2)} {d(4)}",
            f"+353 (0)91 {nz()}{d(5)}",
            f"091 {nz()}{d(2)} {d(3)}",
            f"08{rng.choice('3567')}-{nz()}{d(6)}",
            f"+353 1 {nz()}{d(2)} {d(4)}",
        ]
    )


# ---------------------------------------------------------------- look-alikes (never labelled)


def lookalike(kind: str, rng: random.Random, lang: str) -> str:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    up = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))  # noqa: E731
    if kind == "vat":
        return rng.choice([f"DE{d(9)}", f"DE {d(3)} {d(3)} {d(3)}", f"ATU{d(8)}", f"CHE-{d(3)}.{d(3)}.{d(3)} MWST", f"GB{d(9)}", f"IE{d(7)}{rng.choice('ABCDEFW')}"])
    if kind == "stnr":
        return rng.choice([f"{d(3)}/{d(3)}/{d(5)}", f"{d(2)}/{d(3)}/{d(5)}", f"{d(3)}/{d(4)}/{d(4)}"])
    if kind == "bic":
        return rng.choice(["COBADEFFXXX", "GENODEF1M01", "BYLADEM1001", "DEUTDEDBMUC", "INGDDEFFXXX", "RZOOAT2L", "UBSWCHZH80A", "BOFIIE2D", "NWBKGB2L", "SSKMDEMMXXX"])
    if kind == "code":
        return rng.choice([f"TALGRAT{rng.randint(10, 30)}", f"BERG{d(2)}", f"WINTER-{up(4)}", f"{up(8)}", f"SUMMIT{d(2)}", f"HERBST{d(2)}", f"WELCOME-{up(3)}{d(2)}"])
    if kind == "pickup":
        return rng.choice([f"{up(4)}", f"{d(6)}", f"{up(2)}-{d(4)}"])
    if kind == "rma":
        return rng.choice([f"RMA-{d(6)}", f"RT{d(7)}", f"R-{rng.randint(2024, 2026)}-{d(4)}", f"WA-{d(5)}"])
    if kind == "serial":
        return rng.choice([f"SN {up(3)}{d(7)}", f"{up(2)}{d(2)}-{d(4)}-{up(3)}", f"Lot {d(4)}-{d(2)}", f"{d(2)}{up(1)}{d(5)}"])
    if kind == "cust":
        return rng.choice([f"KD-{d(6)}", f"{d(7)}", f"C{d(8)}", f"10{d(5)}", f"H-{d(4)}"])
    if kind == "dob":
        y, m, dd = rng.randint(1952, 2012), rng.randint(1, 12), rng.randint(1, 28)
        return f"{dd:02d}.{m:02d}.{y}" if lang == "de" else rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}"])
    if kind == "plate":
        return rng.choice([f"M-{up(2)} {rng.randint(1, 9999)}", f"BGL-{up(1)} {rng.randint(1, 999)}", f"GAP-{up(2)} {rng.randint(1, 99)}", f"IL-{rng.randint(100, 999)}{up(2)}", f"KY21 {up(3)}", f"221-G-{rng.randint(100, 9999)}"])
    if kind == "ext":
        return rng.choice([f"-{d(3)}", f"{d(3)}", f"DW {d(2)}", f"x{d(3)}"])
    if kind == "last":  # x.last4: the last four digits of a card
        return d(4)
    if kind == "pin":
        return d(4)
    if kind == "year":
        return str(rng.randint(2019, 2026))
    if kind == "stamp":
        y, m, dd = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
        return f"{y}-{m:02d}-{dd:02d}T{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    if kind == "msgid":
        return f"<{up(6).lower()}{d(6)}.{d(4)}@mail.talgrat-outdoor.de>"
    if kind == "caseid":
        return rng.choice([f"CB-{d(8)}", f"{d(10)}", f"DSP-{up(2)}{d(6)}", f"Case {d(7)}"])
    if kind == "claim":
        return rng.choice([f"SCH-{rng.randint(2024, 2026)}-{d(6)}", f"{d(3)}.{d(3)}.{d(3)}", f"CLM{d(8)}", f"{d(2)}-{d(6)}-{d(2)}"])
    if kind == "contract":
        return rng.choice([f"V-{rng.randint(2024, 2026)}/{d(3)}", f"LV{d(6)}", f"MV-{d(5)}", f"SP-{rng.randint(2024, 2027)}-{d(2)}"])
    if kind == "booking":
        return rng.choice([f"BK-{up(5)}", f"TOUR-{d(5)}", f"{up(3)}{d(4)}", f"K{d(6)}"])
    if kind == "room":
        return rng.choice([f"Raum {rng.choice(['Watzmann', 'Karwendel', 'Zugspitze', 'Jenner', 'Hochkalter'])}", f"R {d(1)}.{d(2)}", f"Meet {up(3).lower()}-{up(4).lower()}-{up(3).lower()}"])
    if kind == "url":
        return rng.choice(["talgrat-outdoor.de/retoure", "talgrat-outdoor.de/verleih", "https://talgrat-outdoor.de/service", "www.talgrat-outdoor.de/touren", "talgrat.shop/kontakt", "https://talgrat-outdoor.de/garantie"])
    if kind == "mandate":
        return rng.choice([f"TG-M-{d(9)}", f"MNDT{d(8)}", f"{d(4)}-{d(6)}-01"])
    if kind == "ref":
        y = rng.randint(2024, 2026)
        return rng.choice([f"{d(6)}/{y}", f"{up(2)}-{d(5)}-{y % 100}", f"{d(3)} Js {d(4)}/{y % 100}", f"{up(3)}{d(7)}"])
    if kind == "eur":
        return f"{rng.randint(20, 2400)},{rng.choice(['00', '50', '90', '95'])} €" if lang == "de" else rng.choice([f"€{rng.randint(20, 2400)}.{rng.choice(['00', '50', '90'])}", f"£{rng.randint(20, 900)}", f"${rng.randint(20, 1400)}.00"])
    if kind == "km":
        return f"{rng.randint(4, 28)} km"
    if kind == "hm":
        return f"{rng.randint(300, 1800)} Hm" if lang == "de" else f"{rng.randint(300, 1800)} m ascent"
    raise KeyError(kind)


# the shop's product names (look-alikes, never labelled)
PRODUCT_NAMES = ["Firstwand", "Schauerpass", "Kaltkar", "Rinnental", "Gitterhang", "Morgengrat", "Trittweg", "Steinlauf", "Almweg", "Wintersteig", "Fernkamm", "Hochsattel"]


def clock(rng: random.Random, lang: str, country: str) -> str:
    """A time of day as people in the text's country write it."""
    h, m = rng.randint(7, 20), rng.choice(["00", "15", "30", "45", "00", "30"])
    if lang == "de":
        return rng.choice([f"{h}:{m}", f"{h}:{m}", f"{h}.{m}"])
    h12 = h - 12 if h > 12 else h
    ampm = "am" if h < 12 else "pm"
    if country == "US":
        return rng.choice([f"{h12}:{m} {ampm.upper()}", f"{h12}:{m}{ampm}", f"{h12}{ampm}" if m == "00" else f"{h12}:{m} {ampm}"])
    return rng.choice([f"{h}:{m}", f"{h12}.{m}{ampm}", f"{h12}:{m}{ampm}", f"{h}:{m}"])


# ---------------------------------------------------------------- context: one text


class Ctx:
    """Per-text state: the text's country, its people and addresses, cached values."""

    def __init__(self, rng, lang, split, country, invent_first, vocab, composites):
        self.rng, self.lang, self.split, self.country = rng, lang, split, country
        self.invent_first = invent_first
        self.vocab = vocab
        self.composites = composites
        self.people: dict[str, Person] = {}
        self.addrs: dict[str, Address] = {}
        self.cache: dict[str, list] = {}
        self.invented_used = False

    def person(self, key):
        if key not in self.people:
            inv = key == "p1" and self.invent_first
            self.people[key] = Person(self.rng, self.lang, self.country, inv)
            if inv:
                self.invented_used = True
        return self.people[key]

    def address(self, key):
        if key not in self.addrs:
            country = "DE" if key == "sa" else self.country
            self.addrs[key] = Address(self.rng, country, self.lang)
        return self.addrs[key]

    def iban_country(self, tag):
        if tag:
            return tag.upper()
        if self.country in ("DE", "AT", "CH", "GB", "IE"):
            return self.country if self.rng.random() < 0.8 else self.rng.choice(["DE", "AT", "DE"])
        return self.rng.choice(["DE", "GB", "IE"])  # US customers pay from a European account rarely

    def resolve(self, slot):
        if slot in self.cache:
            return self.cache[slot]
        out = self._resolve(slot)
        self.cache[slot] = out
        return out

    def _resolve(self, slot):
        rng, lang = self.rng, self.lang
        head, _, attr = slot.partition(".")
        base = re.sub(r"\d+$", "", head)
        if re.fullmatch(r"p\d|r\d?", head):
            p = self.person(head)
            if attr in ("phone", "phone2", "mobile"):
                key = f"{head}#{attr}"
                if key not in self.cache:
                    self.cache[key] = [(phone(rng, self.country), "PHONE")]
                return self.cache[key]
            return p.pieces(attr)
        if re.fullmatch(r"a\d", head) or head == "sa":
            return self.address(head).pieces(attr, half(ADDRESS_BLOCKS, self.split), rng)
        if base == "phone":
            return [(phone(rng, self.country), "PHONE")]
        if base == "sphone":  # the shop's line: German in German texts, the local store's in English ones
            return [(phone(rng, "DE" if lang == "de" else self.country), "PHONE")]
        if base == "semail":
            return [(rng.choice(["service", "kundenservice", "verleih", "presse", "b2b", "touren", "jobs", "hallo"]) + "@talgrat-outdoor.de", "EMAIL")]
        if base == "rolemail":
            return [(rng.choice(["info", "einkauf", "office", "orders", "buero", "sales"]) + "@" + rng.choice(["bergwerk-sport.de", "alpinhaus-gruber.at", "outdoor-keller.ch", "summitsupply.co.uk", "trailhead-outfitters.com", "westcoastadventure.ie"]), "EMAIL")]
        if base == "iban":
            grouped = rng.random() < 0.7
            return [(iban(rng, self.iban_country(attr), grouped), "IBAN")]
        if base == "card":
            return [(credit_card(rng), "CREDIT_CARD")]
        if base == "ip":
            if attr == "4":
                return [(ipv4(rng), "IP_ADDRESS")]
            if attr == "6":
                return [(ipv6(rng), "IP_ADDRESS")]
            return [(ipv6(rng) if rng.random() < 0.25 else ipv4(rng), "IP_ADDRESS")]
        if base == "taxid":
            return [(de_tax_id(rng), "DE_TAX_ID")]
        if base == "gtin":
            return [(gtin13(rng), None)]
        if head == "d" and re.sub(r"\d+$", "", attr) == "product":
            return [(rng.choice(PRODUCT_NAMES), None)]
        if head == "d" and re.sub(r"\d+$", "", attr) == "time":
            return [(clock(rng, lang, self.country), None)]
        if head == "d":
            return [(distractor(re.sub(r"\d+$", "", attr), rng, lang), None)]
        if head == "x":
            return [(lookalike(re.sub(r"\d+$", "", attr), rng, lang), None)]
        if head == "v":
            return [(rng.choice(self.vocab[re.sub(r"\d+$", "", attr)]), None)]
        if head == "c":
            return self.composite(attr)
        raise KeyError(slot)

    def composite(self, name):
        """A multi-row block (roster, participant list, attendee list …): each row is a fresh
        context of the same text (new people), rendered from the split's half of the layouts."""
        layouts = half(self.composites[name], self.split)
        lay = self.rng.choice(layouts)
        lo, hi = lay.get("rows", (2, 5))
        n = self.rng.randint(lo, hi)
        pieces = []
        if lay.get("head"):
            pieces += render_pieces(lay["head"], self.resolve, self.rng)
        for i in range(n):
            child = Ctx(self.rng, self.lang, self.split, self.country, False, self.vocab, self.composites)
            child.cache["n"] = [(str(i + 1), None)]
            pieces += render_pieces(lay["row"], child.resolve, self.rng)
            if i < n - 1:
                pieces.append((lay.get("sep", "\n"), None))
        if lay.get("tail"):
            pieces += render_pieces(lay["tail"], self.resolve, self.rng)
        return [p for p in pieces if p[0]]


# ---------------------------------------------------------------- templates and records

COUNTRIES = {"de": (["DE", "AT", "CH"], [62, 22, 16]), "en": (["GB", "US", "IE"], [40, 34, 26])}
MARK = re.compile(r"^(~|@[A-Z]{2}\s)")


def parse_template(t: str):
    nocue, country = False, None
    while True:
        m = MARK.match(t)
        if not m:
            break
        if m.group(1) == "~":
            nocue = True
        else:
            country = m.group(1)[1:3]
        t = t[m.end() :]
    return t, nocue, country


INVENT_RATE = 0.10


def make_text(template, rng, lang, split, vocab, composites, personal):
    body, nocue, country = parse_template(template)
    if country is None:
        names, weights = COUNTRIES[lang]
        country = rng.choices(names, weights)[0]
    invent = personal and not nocue and rng.random() < INVENT_RATE
    ctx = Ctx(rng, lang, split, country, invent, vocab, composites)
    text, ents = render(body, ctx.resolve, rng)
    return text, ents, ctx, (not nocue)
