"""Fifth PII bank: people, addresses, phone numbers, checksummed values, distractors and the
renderer that records labelled spans (Unicode code points).

Name lists are read as data from the pinned Faker wheel's person providers (Faker's random
functions are never called), so the seed alone controls every value. Origins Faker lacks in Latin
script (Arabic, Persian, Chinese, Ukrainian, Greek, Scottish, Korean, Ghanaian) are listed here.

A template is a string with slots `{p1.full}`, `{a1.block}`, `{iban}` … and alternatives
`((a|b|c))`. `p*` people may carry an invented name (their first mention has a cue); `q*` people
never do. A slot resolves to pieces `(text, label or None)`.
"""

import random
import re
import unicodedata

from fetch import import_path

import_path("faker")
import faker  # noqa: E402

import common  # noqa: E402  (checksummed values)

TYPES = ("PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID")

# ---------------------------------------------------------------- name lists


def _names(obj):
    if obj is None:
        return []
    if isinstance(obj, dict):
        return list(obj.keys())
    return list(obj)


_PROVIDERS = {}


def _provider(locale):
    p = _PROVIDERS.get(locale)
    if p is None:
        f = faker.Faker(locale)
        for prov in f.providers:
            if type(prov).__module__.startswith("faker.providers.person"):
                p = prov
                break
        _PROVIDERS[locale] = p
    return p


def _clean(names):
    out = []
    for n in names:
        n = n.strip()
        if not n or not all(c.isalpha() or c in " -'’" for c in n):
            continue
        if not all(unicodedata.name(c, "").startswith("LATIN") or not c.isalpha() for c in n):
            continue
        out.append(n)
    return out


_LISTS = {}


def faker_lists(locale):
    """(female given names, male given names, surnames) of a Faker locale, in list order."""
    got = _LISTS.get(locale)
    if got:
        return got
    p = _provider(locale)
    fem = _clean(_names(getattr(p, "first_names_female", None)))
    mal = _clean(_names(getattr(p, "first_names_male", None)))
    if not fem:
        fem = _clean(_names(getattr(p, "first_names", None)))
    if not mal:
        mal = fem
    last = _clean(_names(getattr(p, "last_names", None)))
    if locale == "pl_PL":
        last = _clean(_names(p.unisex_last_names))[:600] + _clean(_names(p.male_last_names))
    got = (fem, mal, last)
    _LISTS[locale] = got
    return got


# origins Faker lacks in Latin script: (female, male, surnames)
OWN = {
    "arabic": (
        ["Fatima", "Aisha", "Mariam", "Layla", "Nour", "Huda", "Rania", "Samira", "Yasmin", "Salma", "Amira", "Dalia", "Hanan", "Rim"],
        ["Mohammed", "Ahmad", "Omar", "Youssef", "Khaled", "Tarek", "Karim", "Bilal", "Hassan", "Ibrahim", "Samir", "Nabil", "Walid", "Ziad"],
        ["Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Hamdan", "Aziz", "Darwish", "Qasim", "Farouk", "Abboud", "al-Masri", "al-Khatib", "El-Sayed", "Bakr", "Yousef"],
    ),
    "persian": (
        ["Shirin", "Parisa", "Niloufar", "Maryam", "Roya", "Leila", "Azadeh", "Golnar", "Mahsa", "Setareh", "Yasaman"],
        ["Arash", "Dariush", "Kaveh", "Babak", "Reza", "Farid", "Omid", "Behnam", "Siamak", "Kamran", "Navid"],
        ["Tehrani", "Rahimi", "Hosseini", "Karimi", "Moradi", "Jafari", "Ahmadi", "Sadeghi", "Rostami", "Ghorbani", "Amini", "Farahani", "Esfahani"],
    ),
    "chinese": (
        ["Li Na", "Mei", "Xiaoyan", "Jing", "Yuting", "Hui", "Lan", "Qing", "Xinyi", "Ying", "Ruoxi"],
        ["Wei", "Jun", "Hao", "Lei", "Jian", "Zhiwei", "Ming", "Bo", "Yifan", "Tao", "Chen"],
        ["Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Guo", "Lin", "Luo"],
    ),
    "ukrainian": (
        ["Olena", "Oksana", "Iryna", "Nataliia", "Yuliia", "Tetiana", "Kateryna", "Halyna", "Svitlana", "Daryna", "Solomiia"],
        ["Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Taras", "Bohdan", "Yurii", "Vasyl", "Ostap", "Maksym"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk", "Boiko", "Lysenko", "Hrytsenko", "Savchuk", "Moroz", "Marchenko", "Pavlenko"],
    ),
    "greek": (
        ["Eleni", "Katerina", "Sofia", "Dimitra", "Georgia", "Vasiliki", "Anastasia", "Despina", "Ioanna", "Chrysa"],
        ["Giorgos", "Dimitris", "Nikos", "Kostas", "Yannis", "Panagiotis", "Vasilis", "Christos", "Stavros", "Thanasis"],
        ["Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinou", "Papadakis", "Vlachos", "Oikonomou", "Antoniou", "Karagiannis", "Alexiou", "Makris"],
    ),
    "scottish": (
        ["Morag", "Isla", "Eilidh", "Kirsty", "Fiona", "Ailsa", "Catriona", "Mhairi"],
        ["Angus", "Callum", "Hamish", "Euan", "Fraser", "Alasdair", "Ruaridh", "Struan"],
        ["MacLeod", "McKenzie", "MacDonald", "Campbell", "Robertson", "McIntyre", "Fraser", "MacGregor", "Sinclair", "Drummond", "McAllister"],
    ),
    "korean": (
        ["Ji-woo", "Seo-yeon", "Min-ji", "Soo-ah", "Hye-jin", "Yuna"],
        ["Min-jun", "Ji-hoon", "Seung-ho", "Dong-hyun", "Tae-yang", "Jae-won"],
        ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Han"],
    ),
    "ghanaian": (
        ["Akosua", "Ama", "Efua", "Abena", "Adjoa", "Afia", "Yaa"],
        ["Kwame", "Kofi", "Kwabena", "Yaw", "Kojo", "Kwaku", "Fiifi"],
        ["Mensah", "Owusu", "Asante", "Boateng", "Appiah", "Osei", "Agyeman", "Acheampong", "Darko"],
    ),
}

# origin -> weight, per text language
ORIGINS = {
    "de": [
        ("de_DE", 30), ("de_AT", 8), ("de_CH", 7), ("tr_TR", 8), ("pl_PL", 5), ("it_IT", 4), ("es_ES", 2), ("fr_FR", 3),
        ("nl_NL", 3), ("en_GB", 2), ("en_US", 2), ("en_IE", 1), ("en_IN", 2), ("sv_SE", 1), ("da_DK", 1), ("no_NO", 1),
        ("en_NG", 1), ("ig_NG", 1), ("vi_VN", 2), ("en_PK", 1), ("arabic", 3), ("persian", 2), ("chinese", 2),
        ("ukrainian", 3), ("greek", 2), ("scottish", 1), ("korean", 1), ("ghanaian", 1),
    ],
    "en": [
        ("en_US", 20), ("en_GB", 14), ("en_IE", 6), ("scottish", 3), ("de_DE", 4), ("de_AT", 1), ("de_CH", 1), ("tr_TR", 2),
        ("pl_PL", 3), ("it_IT", 3), ("es_ES", 3), ("fr_FR", 3), ("nl_NL", 3), ("en_IN", 6), ("en_PK", 2), ("sv_SE", 1),
        ("da_DK", 1), ("no_NO", 1), ("en_NG", 2), ("ig_NG", 2), ("vi_VN", 2), ("arabic", 3), ("persian", 2),
        ("chinese", 4), ("ukrainian", 2), ("greek", 2), ("korean", 2), ("ghanaian", 2),
    ],
}


def lists_of(origin):
    if origin in OWN:
        return OWN[origin]
    return faker_lists(origin)


_ALL_NAMES = None


def all_names():
    global _ALL_NAMES
    if _ALL_NAMES is None:
        s = []
        for lang in ("de", "en"):
            for origin, _ in ORIGINS[lang]:
                for lst in lists_of(origin):
                    s.extend(x.lower() for x in lst)
        for loc in ("fr_CH", "nl_BE", "hr_HR", "ro_RO", "pt_BR", "pt_PT", "cs_CZ", "hu_HU", "fi_FI", "ga_IE", "en_KE", "ha_NG"):
            for lst in faker_lists(loc):
                s.extend(x.lower() for x in lst)
        _ALL_NAMES = frozenset(s)
    return _ALL_NAMES


# ---------------------------------------------------------------- invented names

_ON = ["b", "br", "d", "dr", "f", "g", "gl", "h", "j", "k", "kr", "l", "m", "n", "p", "pr", "r", "s", "sl", "t", "tr", "v", "w", "z", "sch", "th"]
_VO = ["a", "e", "i", "o", "u", "a", "e", "ie", "ea", "oa", "y"]
_CO = ["", "", "", "n", "l", "r", "m", "s", "nd", "lk", "rt", "x", "ng", "ff"]
_END_F = ["a", "ina", "ette", "ys", "elle", "ara", "ine"]
_END_L = ["ow", "ek", "mann", "hurst", "ling", "stad", "ovic", "ard", "ey", "son", "az", "ier", "eau", "ini"]


def invented(rng, gender):
    """A given name and a surname from a syllable generator, checked against every name list."""
    names = all_names()
    while True:
        g = "".join(rng.choice(_ON) + rng.choice(_VO) + rng.choice(_CO) for _ in range(rng.choice([1, 2])))
        if gender == "f":
            g = g.rstrip("aeiouy") + rng.choice(_END_F)
        s = "".join(rng.choice(_ON) + rng.choice(_VO) + rng.choice(_CO) for _ in range(rng.choice([1, 2])))
        s += rng.choice(_END_L)
        g, s = g.capitalize(), s.capitalize()
        if 3 <= len(g) <= 9 and 4 <= len(s) <= 12 and g.lower() not in names and s.lower() not in names:
            return g, s


# ---------------------------------------------------------------- people


def fold(s):
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii())


FREEMAIL = {
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "gmx.at", "bluewin.ch", "icloud.com", "mail.de", "aon.at"],
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com", "btinternet.com", "proton.me", "eircom.net", "sky.com", "me.com"],
}

TITLES = {
    "de": ["Leitung Einkauf", "Head of Marketing", "Teamleitung Kundenservice", "Geschäftsführerin", "Geschäftsführer", "Key Account Manager",
           "Category Managerin", "Filialleitung", "Assistenz der Geschäftsführung", "Werkstudentin E-Commerce", "Junior Produktmanager",
           "Vertriebsinnendienst", "Leiter Logistik", "PR-Referentin", "Social-Media-Redakteur"],
    "en": ["Head of Buying", "Marketing Director", "Customer Care Lead", "Founder & CEO", "Key Account Manager", "Category Manager",
           "Store Manager", "Office Manager", "E-commerce Coordinator", "Brand Partnerships Manager", "Ops Lead", "PR Executive",
           "Community Manager", "Sales Rep, North West", "VP Merchandising"],
}


class Person:
    def __init__(self, rng, lang, may_invent):
        self.rng = rng
        self.lang = lang
        origins = ORIGINS[lang]
        self.origin = rng.choices([o for o, _ in origins], [w for _, w in origins])[0]
        self.gender = rng.choice("fm")
        fem, mal, last = lists_of(self.origin)
        self.invented = bool(may_invent and rng.random() < 0.10)
        if self.invented:
            first, surname = invented(rng, self.gender)
        else:
            first = rng.choice(fem if self.gender == "f" else mal)
            surname = rng.choice(last)
            if self.origin == "pl_PL" and self.gender == "f":
                for a, b in (("cki", "cka"), ("ski", "ska"), ("dzki", "dzka")):
                    if surname.endswith(a):
                        surname = surname[: -len(a)] + b
            r = rng.random()
            if self.origin in ("de_DE", "de_AT", "de_CH") and r < 0.10:
                surname = f"{surname}-{rng.choice(last)}"
            elif self.origin in ("de_DE", "de_AT") and r < 0.15 and " " not in surname:
                surname = "von " + surname
            elif self.origin == "es_ES" and r < 0.5:
                surname = f"{surname} {rng.choice(last)}"
            elif self.origin == "it_IT" and r < 0.15 and " " not in surname:
                surname = rng.choice(["Di ", "De ", "Lo "]) + surname
            elif self.origin == "fr_FR" and r < 0.12 and " " not in surname:
                surname = rng.choice(["de ", "Le ", "du "]) + surname
            elif self.origin in ("en_GB", "en_US") and r < 0.08:
                surname = f"{surname}-{rng.choice(last)}"
            elif self.origin == "en_IE" and r < 0.15:
                surname = rng.choice(["O'", "Mc", "Mac"]) + surname
            if self.origin in ("de_DE", "de_AT", "de_CH") and rng.random() < 0.08:
                other = rng.choice(fem if self.gender == "f" else mal)
                if other != first:
                    first = f"{first}{rng.choice(['-', ' '])}{other}"
        self.first = first
        self.last = surname
        self.full = f"{first} {surname}"
        # particle-initial surname for sorting ("van der Sloot, Evi" stays as is)
        self.title = rng.choice(TITLES[lang])
        dom = rng.choice(FREEMAIL[lang])
        f0, l0 = fold(first).lower().replace(" ", "").replace("'", ""), fold(surname).lower().replace(" ", "").replace("'", "")
        local = rng.choice([f"{f0}.{l0}", f"{f0[0]}.{l0}", f"{f0}{l0}", f"{l0}.{f0}", f"{f0}_{l0}", f"{f0}{rng.randint(2, 99)}", f"{f0[0]}{l0}{rng.randint(70, 99)}"])
        self.email = f"{local}@{dom}"
        self.work_local = rng.choice([f"{f0}.{l0}", f"{f0[0]}.{l0}", f"{l0}", f"{f0}"])
        if lang == "de":
            hon = "Frau" if self.gender == "f" else "Herr"
            acc = "Frau" if self.gender == "f" else "Herrn"
            title = rng.choice(["", "", "", "", "Dr. ", "Prof. "])
            self.hon = f"{hon} {title}".strip() if title else hon
            self.honacc = f"{acc} {title}".strip() if title else acc
            self.dear = ("Sehr geehrte Frau" if self.gender == "f" else "Sehr geehrter Herr") + (" " + title.strip() if title else "")
            self.hon_short = "Fr." if self.gender == "f" else "Hr."
        else:
            self.hon = rng.choice(["Ms", "Ms.", "Mrs", "Dr", "Dr."]) if self.gender == "f" else rng.choice(["Mr", "Mr.", "Mr", "Dr"])
            self.honacc = self.hon
            self.dear = "Dear " + self.hon
            self.hon_short = self.hon

    def form(self, kind):
        f, l = self.first, self.last
        if kind == "full":
            return f"{f} {l}"
        if kind == "first":
            return f
        if kind == "last":
            return l
        if kind == "init":  # A. Berger
            return f"{f[0]}. {l}"
        if kind == "lastinit":  # Anna B.
            return f"{f} {self._initial_of_last()}."
        if kind == "rev":
            return f"{l}, {f}"
        if kind == "urev":
            return f"{l.upper()}, {f}"
        if kind == "upper":
            return f"{f} {l}".upper()
        if kind == "lower":
            return f"{f} {l}".lower()
        if kind == "lfirst":
            return f.lower()
        if kind == "llast":
            return l.lower()
        if kind == "ulast":
            return l.upper()
        if kind == "mid":  # John P. Miller
            return f"{f} {self.rng.choice('ABCDEFGHJKLMPRSTW')}. {l}"
        if kind == "fshort":  # first name and initial of the surname without the dot ("anna b")
            return f"{f.lower()} {self._initial_of_last().lower()}"
        raise KeyError(kind)

    def _initial_of_last(self):
        parts = self.last.replace("-", " ").split()
        main = [p for p in parts if p[0].isupper()] or parts
        return main[0][0]


# ---------------------------------------------------------------- addresses

STREETS = {
    "DE": ["Lindenstraße", "Hauptstraße", "Gartenweg", "Am Mühlbach", "Kirchgasse", "Schillerstraße", "Goethestraße", "Bahnhofstraße",
           "Bergstraße", "Eichendorffweg", "Rosenstraße", "Am Anger", "Friedhofstraße", "Mozartstraße", "Ahornweg", "Birkenallee",
           "Waldstraße", "Sonnenhang", "Industriestraße", "Uhlandstraße", "Kastanienallee", "Schulstraße", "Am Markt", "Im Winkel",
           "Feldbergstraße", "Hohenzollernring", "Ludwigstraße", "Karl-Marx-Straße", "Alte Poststraße", "Zeppelinstraße"],
    "AT": ["Mariahilfer Straße", "Hauptplatz", "Grazer Straße", "Lastenstraße", "Kaiserstraße", "Landstraßer Hauptstraße",
           "Linzer Gasse", "Schubertgasse", "Dorfstraße", "Annenstraße", "Wiener Straße", "Herrengasse", "Museumstraße"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Zürcherstrasse", "Kirchweg", "Rue du Rhône", "Bernstrasse",
           "Hauptgasse", "Spitalgasse", "Birkenweg", "Rämistrasse", "Obere Gasse", "Weinbergstrasse"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Queens Road", "Park Avenue", "The Crescent",
           "Albert Street", "Manor Way", "Kings Road", "Bridge Street", "Orchard Close", "Green Lane", "Marlborough Road"],
    "US": ["Main St", "Oak Avenue", "Maple Dr", "Washington Blvd", "Elm Street", "Cedar Lane", "Lakeview Dr", "Pine St",
           "Sunset Blvd", "Highland Ave", "Ridge Road", "Mission St", "Broadway", "Jefferson Ave", "Chestnut St"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire", "rue des Lilas", "place du Marché",
           "rue Pasteur", "allée des Tilleuls", "chemin des Vignes", "rue du Moulin", "quai Saint-Antoine"],
    "NL": ["Keizersgracht", "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Oudegracht", "Julianalaan", "Prinsengracht",
           "Schoolstraat", "Wilhelminastraat", "Lange Voorhout"],
    "IE": ["Main Street", "Church Road", "Dublin Road", "Strand Road", "Bridge Street", "Patrick Street", "Quay Street",
           "Shop Street", "Castle Street", "College Road", "Mary Street"],
}

TOWNS = {  # town, postcode maker
    "DE": [("Berlin", "1"), ("Hamburg", "2"), ("München", "8"), ("Köln", "50"), ("Frankfurt am Main", "60"), ("Stuttgart", "70"),
           ("Leipzig", "04"), ("Dresden", "01"), ("Nürnberg", "90"), ("Bremen", "28"), ("Freiburg im Breisgau", "79"), ("Münster", "48"),
           ("Kassel", "34"), ("Rostock", "18"), ("Augsburg", "86"), ("Bielefeld", "33"), ("Mainz", "55"), ("Erfurt", "99"),
           ("Regensburg", "93"), ("Kiel", "24"), ("Lüneburg", "21"), ("Bamberg", "96"), ("Tübingen", "72"), ("Wuppertal", "42")],
    "AT": [("Wien", "1"), ("Graz", "80"), ("Linz", "40"), ("Salzburg", "50"), ("Innsbruck", "60"), ("Klagenfurt", "90"),
           ("Villach", "95"), ("St. Pölten", "31"), ("Dornbirn", "68"), ("Wels", "46")],
    "CH": [("Zürich", "80"), ("Bern", "30"), ("Basel", "40"), ("Luzern", "60"), ("St. Gallen", "90"), ("Winterthur", "84"),
           ("Genève", "12"), ("Lausanne", "10"), ("Chur", "70"), ("Thun", "36"), ("Zug", "63")],
    "GB": [("London", "SW"), ("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Edinburgh", "EH"), ("Glasgow", "G"),
           ("Brighton", "BN"), ("Norwich", "NR"), ("York", "YO"), ("Cardiff", "CF"), ("Bath", "BA"), ("Nottingham", "NG"), ("Kendal", "LA")],
    "US": [("Portland", "OR97"), ("Denver", "CO80"), ("Austin", "TX78"), ("Boulder", "CO80"), ("Seattle", "WA98"), ("Burlington", "VT05"),
           ("Madison", "WI53"), ("Asheville", "NC28"), ("Chicago", "IL60"), ("Brooklyn", "NY11"), ("Salt Lake City", "UT84"), ("Bend", "OR97")],
    "FR": [("Paris", "75"), ("Lyon", "69"), ("Marseille", "13"), ("Grenoble", "38"), ("Annecy", "74"), ("Strasbourg", "67"),
           ("Bordeaux", "33"), ("Nantes", "44"), ("Lille", "59"), ("Toulouse", "31")],
    "NL": [("Amsterdam", "10"), ("Utrecht", "35"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Groningen", "97"), ("Haarlem", "20"),
           ("Eindhoven", "56"), ("Nijmegen", "65"), ("Leiden", "23")],
    "IE": [("Dublin", "D"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"), ("Kilkenny", "R95"), ("Sligo", "F91")],
}

COUNTRY_NAME = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA", "FR": "Frankreich", "NL": "Niederlande", "IE": "Irland"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA", "FR": "France", "NL": "Netherlands", "IE": "Ireland"},
}

ADDR_COUNTRIES = {
    "de": [("DE", 62), ("AT", 14), ("CH", 12), ("NL", 3), ("FR", 3), ("GB", 2), ("US", 2), ("IE", 2)],
    "en": [("GB", 30), ("US", 30), ("IE", 12), ("DE", 10), ("NL", 5), ("FR", 5), ("AT", 4), ("CH", 4)],
}

_L = "ABCDEFGHJKLMNPRSTUVWXY"


class Address:
    def __init__(self, rng, lang, country=None):
        if country is None:
            cs = ADDR_COUNTRIES[lang]
            country = rng.choices([c for c, _ in cs], [w for _, w in cs])[0]
        self.country = country
        self.country_name = COUNTRY_NAME[lang][country]
        street = rng.choice(STREETS[country])
        town, pre = rng.choice(TOWNS[country])
        n = rng.choice([rng.randint(1, 40), rng.randint(1, 140), rng.randint(2, 19)])
        d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
        if country == "DE":
            num = f"{n}" + rng.choice(["", "", "", "", "a", "b", " c"])
            if rng.random() < 0.2 and street.endswith("straße"):
                street = street[:-6] + rng.choice(["str.", "str."])
            self.line = f"{street} {num}"
            z = (pre + d(5))[:5]
            self.zip = z
            self.town = f"{rng.choice(['', '', '', '', '', 'D-'])}{z} {town}"
        elif country == "AT":
            num = f"{n}" + rng.choice(["", "", f"/{rng.randint(1, 30)}", f"/{rng.randint(1, 4)}/{rng.randint(1, 20)}", f"/Top {rng.randint(1, 12)}"])
            self.line = f"{street} {num}"
            z = (pre + d(4))[:4] if pre != "1" else f"1{rng.randint(1, 23):02d}0"
            self.zip = z
            self.town = f"{rng.choice(['', '', '', 'A-'])}{z} {town}"
        elif country == "CH":
            self.line = f"{street} {n}"
            z = (pre + d(4))[:4]
            self.zip = z
            self.town = f"{rng.choice(['', '', 'CH-'])}{z} {town}"
        elif country == "GB":
            base = f"{n} {street}"
            self.line = rng.choice([base, base, base, f"Flat {rng.randint(1, 12)}, {base}", f"{rng.choice(['Rose Cottage', 'The Old Forge', 'Ivy House'])}, {base}"])
            z = f"{pre}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(_L)}{rng.choice(_L)}"
            self.zip = z
            self.town = f"{town} {z}" if rng.random() < 0.7 else f"{town}, {z}"
        elif country == "US":
            self.line = f"{rng.randint(10, 9899)} {street}" + rng.choice(["", "", "", f", Apt {rng.randint(1, 30)}", f" Suite {rng.randint(100, 600)}", f" #{rng.randint(2, 40)}"])
            st, zp = pre[:2], pre[2:]
            z = zp + d(3) + (f"-{d(4)}" if rng.random() < 0.15 else "")
            self.zip = z
            self.town = f"{town}, {st} {z}"
        elif country == "FR":
            self.line = f"{n}{rng.choice(['', '', '', ' bis', ' ter'])} {street}" if rng.random() < 0.7 else f"{n}, {street}"
            z = pre + d(3)
            self.zip = z
            self.town = f"{z} {town}"
        elif country == "NL":
            self.line = f"{street} {n}" + rng.choice(["", "", f"-{rng.randint(1, 3)}", " A", " hs"])
            z = f"{pre}{d(2)} {rng.choice(_L)}{rng.choice(_L)}"
            self.zip = z
            self.town = f"{z} {town}"
        else:  # IE
            self.line = rng.choice([f"{n} {street}", f"Apartment {rng.randint(1, 40)}, {rng.choice(['Harbour Court', 'Mill House', 'The Maltings'])}, {street}", f"{n} {street}"])
            if pre == "D":
                dn = rng.randint(1, 24)
                z = rng.choice([f"D{dn:02d} {rng.choice(_L)}{d(1)}{rng.choice(_L)}{d(1)}", f"Dublin {dn}"])
                self.zip = z
                self.town = z if z.startswith("Dublin") else f"Dublin {z}"
            else:
                z = f"{pre} {rng.choice(_L)}{d(1)}{rng.choice(_L)}{d(1)}"
                self.zip = z
                self.town = f"{town} {z}" if rng.random() < 0.6 else f"{town}, {z}"
        self.city = town
        self.one = f"{self.line}, {self.town}"
        self.block = f"{self.line}\n{self.town}"


# ---------------------------------------------------------------- phone numbers


def phone(rng, country, mobile=None):
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    if mobile is None:
        mobile = rng.random() < 0.5
    if country == "DE":
        if mobile:
            pre = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179", "1512", "1590"])
            return rng.choice([f"0{pre} {d(7)}", f"0{pre}/{d(7)}", f"+49 {pre} {d(7)}", f"+49 {pre} {d(3)} {d(4)}", f"0{pre}-{d(3)} {d(4)}", f"+49{pre}{d(7)}", f"0049 {pre} {d(7)}"])
        area = rng.choice(["30", "40", "89", "221", "69", "711", "341", "351", "911", "761", "421", "251", "561", "6131", "941", "8821", "4131"])
        k = 8 - len(area) + 1
        return rng.choice([f"0{area} {d(k)}", f"0{area}/{d(k)}", f"0{area} / {d(3)} {d(k - 3)}", f"+49 {area} {d(k)}", f"+49 (0){area} {d(k)}",
                           f"(0{area}) {d(k)}", f"0{area}-{d(k)}", f"+49 {area} {d(k - 2)}-{d(2)}", f"0{area} {d(2)} {d(2)} {d(k - 4)}"])
    if country == "AT":
        if mobile:
            pre = rng.choice(["650", "660", "664", "676", "680", "699"])
            return rng.choice([f"0{pre} {d(7)}", f"+43 {pre} {d(7)}", f"+43 {pre} {d(3)} {d(4)}", f"0{pre}/{d(3)} {d(2)} {d(2)}"])
        area = rng.choice(["1", "316", "732", "662", "512", "463"])
        return rng.choice([f"+43 {area} {d(6)}", f"0{area} {d(6)}", f"+43 (0){area} {d(3)} {d(3)}", f"0{area}/{d(6)}"])
    if country == "CH":
        if mobile:
            pre = rng.choice(["76", "77", "78", "79"])
            return rng.choice([f"0{pre} {d(3)} {d(2)} {d(2)}", f"+41 {pre} {d(3)} {d(2)} {d(2)}", f"+41{pre}{d(7)}"])
        area = rng.choice(["44", "31", "61", "41", "71", "22", "21"])
        return rng.choice([f"0{area} {d(3)} {d(2)} {d(2)}", f"+41 {area} {d(3)} {d(2)} {d(2)}", f"+41 (0){area} {d(3)} {d(2)} {d(2)}"])
    if country == "GB":
        if mobile:
            return rng.choice([f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"07{d(3)} {d(3)} {d(3)}", f"+44 (0)7{d(3)} {d(6)}", f"+447{d(9)}"])
        return rng.choice([f"020 {d(4)} {d(4)}", f"0113 {d(3)} {d(4)}", f"0161 {d(3)} {d(4)}", f"+44 20 {d(4)} {d(4)}", f"+44 (0)131 {d(3)} {d(4)}", f"01539 {d(6)}", f"(0117) {d(3)} {d(4)}"])
    if country == "US":
        a = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
        if a[1:] == "11":
            a = a[0] + "12"
        e = f"{rng.randint(2, 9)}{d(2)}"
        return rng.choice([f"({a}) {e}-{d(4)}", f"{a}-{e}-{d(4)}", f"+1 {a} {e} {d(4)}", f"{a}.{e}.{d(4)}", f"+1 ({a}) {e}-{d(4)}", f"1-{a}-{e}-{d(4)}"])
    if country == "IE":
        if mobile:
            pre = rng.choice(["83", "85", "86", "87", "89"])
            return rng.choice([f"0{pre} {d(3)} {d(4)}", f"+353 {pre} {d(3)} {d(4)}", f"0{pre}-{d(7)}"])
        return rng.choice([f"01 {d(3)} {d(4)}", f"+353 1 {d(3)} {d(4)}", f"021 {d(3)} {d(4)}", f"(091) {d(6)}"])
    if country == "FR":
        p = rng.choice(["6", "7"]) if mobile else rng.choice(["1", "4", "5"])
        g = " ".join(d(2) for _ in range(4))
        return rng.choice([f"0{p} {g}", f"+33 {p} {g}", f"+33 (0){p} {g}", f"0{p}.{g.replace(' ', '.')}"])
    if country == "NL":
        if mobile:
            return rng.choice([f"06 {d(8)}", f"06-{d(8)}", f"+31 6 {d(8)}", f"+31 6 {d(4)} {d(4)}"])
        return rng.choice([f"020 {d(3)} {d(4)}", f"+31 30 {d(3)} {d(4)}", f"010-{d(7)}"])
    if country == "IT":
        return rng.choice([f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}", f"+39 02 {d(4)} {d(4)}"])
    if country == "TR":
        return rng.choice([f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}"])
    if country == "PL":
        return rng.choice([f"+48 {d(3)} {d(3)} {d(3)}", f"+48 {d(9)}"])
    raise KeyError(country)


PHONE_COUNTRIES = {
    "de": [("DE", 70), ("AT", 12), ("CH", 10), ("NL", 1), ("FR", 1), ("IT", 2), ("TR", 2), ("PL", 1), ("GB", 1)],
    "en": [("GB", 35), ("US", 35), ("IE", 12), ("DE", 6), ("FR", 3), ("NL", 3), ("IT", 2), ("CH", 2), ("AT", 1), ("PL", 1)],
}


# ---------------------------------------------------------------- companies and distractors

COMPANIES = {
    "de": ["Bergblick Outdoor GmbH", "Hansen & Kröger KG", "Seidenfaden Textil GmbH", "Nordkap Handels-GmbH", "Fischer Logistik GmbH",
           "Kaffeerösterei Bauer", "Studio Weitwinkel", "Grünfink Medien GmbH", "Alpenrose Sporthaus", "Wolf & Söhne OHG",
           "Lichtblick Eventservice", "Zweirad Koch e.K.", "Feldmann Agentur für Kommunikation", "Papeterie Löwenzahn", "Brandl Bau AG",
           "Hafenlicht Concept Store", "Tal & Gipfel Reisen GmbH", "Stoffwechsel Kollektiv eG"],
    "en": ["Harbourside Outfitters Ltd", "Baker & Finch Co.", "Northfield Retail Group", "Hunter Logistics Inc.", "Bluebell Interiors",
           "Kestrel Media LLC", "Oak & Anchor Trading", "Brightwater PR", "Miller Brothers Supply", "Fernhill Events Ltd",
           "Copperleaf Studio", "Grace & Hope Bakery", "Summit Gear Co.", "Tidewater Agency", "Marlow Packaging Ltd",
           "Wrenfield Coffee Roasters", "Pinecrest Sports", "Saltmarsh Creative"],
}

DOMAINS = ["bergblick-outdoor.de", "hansen-kroeger.de", "seidenfaden.at", "nordkap-handel.de", "gruenfink-medien.de", "alpenrose-sport.ch",
           "harbourside.co.uk", "bakerandfinch.com", "northfield-retail.com", "kestrelmedia.io", "brightwater-pr.co.uk", "copperleaf.studio",
           "summitgear.com", "tidewater.agency", "wrenfield.coffee", "lichtblick-events.de", "tal-gipfel.at", "marlowpack.co.uk"]


def dd(rng, k):
    return "".join(rng.choice("0123456789") for _ in range(k))


def distractor(kind, rng, lang):
    if kind == "order":
        return rng.choice([f"{dd(rng, 3)}-{dd(rng, 7)}", f"B{dd(rng, 8)}", f"#{dd(rng, 5)}", f"{rng.choice(['DE', 'AT', 'WEB', 'SHP'])}-{dd(rng, 6)}", f"{dd(rng, 10)}", f"SO{dd(rng, 7)}"])
    if kind == "invoice":
        return rng.choice([f"RG-{rng.randint(2023, 2026)}-{dd(rng, 4)}", f"INV{dd(rng, 6)}", f"{rng.randint(2023, 2026)}{dd(rng, 5)}", f"F-{dd(rng, 3)}/{rng.randint(23, 26)}"])
    if kind == "ticket":
        return rng.choice([f"#{dd(rng, 6)}", f"CS-{dd(rng, 5)}", f"TCK{dd(rng, 7)}", f"{dd(rng, 4)}-{dd(rng, 3)}"])
    if kind == "tracking":
        return rng.choice([f"JJD{dd(rng, 16)}", f"00340{dd(rng, 15)}", f"1Z{dd(rng, 3)}E{rng.choice('AXW')}{dd(rng, 11)}", f"CX{dd(rng, 9)}DE", f"H{dd(rng, 3)}{rng.choice('ABC')}{dd(rng, 12)}", f"{dd(rng, 14)}"])
    if kind == "sku":
        return rng.choice([f"{dd(rng, 6)}-{rng.randint(10, 99)}", f"ART-{dd(rng, 5)}", f"{rng.choice('KLMNS')}{dd(rng, 4)}-{rng.choice(['S', 'M', 'L', 'XL', '38', '42'])}", f"{dd(rng, 3)}.{dd(rng, 3)}.{dd(rng, 2)}"])
    if kind == "gtin":
        return common.gtin13(rng)
    if kind == "customer":
        return rng.choice([f"K{dd(rng, 7)}", f"{dd(rng, 8)}", f"CU-{dd(rng, 6)}", f"{dd(rng, 3)} {dd(rng, 3)} {dd(rng, 3)}"])
    if kind == "rma":
        return rng.choice([f"RMA-{dd(rng, 6)}", f"R{dd(rng, 7)}", f"RET{dd(rng, 5)}"])
    if kind == "date":
        y, m, day = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
        if lang == "de":
            return rng.choice([f"{day:02d}.{m:02d}.{y}", f"{day}.{m}.{y}", f"{day:02d}.{m:02d}.", f"{y}-{m:02d}-{day:02d}"])
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
        return rng.choice([f"{day} {mon} {y}", f"{mon} {day}, {y}", f"{day:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{day:02d}"])
    if kind == "dob":
        y, m, day = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
        return f"{day:02d}.{m:02d}.{y}" if lang == "de" else rng.choice([f"{day:02d}/{m:02d}/{y}", f"{m:02d}/{day:02d}/{y}"])
    if kind == "time":
        h, mi = rng.randint(7, 19), rng.choice(["00", "05", "15", "20", "30", "45", "50"])
        return f"{h}:{mi}" if lang == "de" else rng.choice([f"{h}:{mi}", f"{(h - 1) % 12 + 1}:{mi} {'am' if h < 12 else 'pm'}"])
    if kind == "price":
        e, c = rng.randint(9, 399), rng.choice(["00", "90", "95", "99", "50"])
        return rng.choice([f"{e},{c} €", f"{e},{c} EUR", f"€ {e},{c}", f"CHF {e}.{c}"]) if lang == "de" else rng.choice([f"£{e}.{c}", f"${e}.{c}", f"€{e}.{c}", f"USD {e}"])
    if kind == "weight":
        g = rng.randint(180, 1400)
        return f"{g} g" if g < 1000 else (f"{g / 1000:.2f} kg".replace(".", ",") if lang == "de" else f"{g / 1000:.2f} kg")
    if kind == "expiry":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 30)}"
    if kind == "last4":
        return dd(rng, 4)
    if kind == "qty":
        return str(rng.randint(2, 400))
    if kind == "weekday":
        return rng.choice(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"] if lang == "de" else ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    if kind == "company":
        return rng.choice(COMPANIES[lang])
    if kind == "domain":
        return rng.choice(DOMAINS)
    if kind == "version":
        return rng.choice([f"v{rng.randint(1, 6)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}", f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}", f"build {dd(rng, 4)}"])
    if kind == "product":
        return rng.choice(PRODUCTS[lang])
    if kind == "pct":
        return f"{rng.randint(5, 50)} %" if lang == "de" else f"{rng.randint(5, 50)}%"
    if kind == "handle":
        return "@" + rng.choice(["trailmix", "kaffeeklatsch", "bergfex", "wanderlust", "urbanjungle", "nordlicht", "daily.crumbs", "plant.mum", "runner", "lavendel", "gipfelglueck", "mudandmiles", "slowliving"]) + rng.choice(["", "_", "."]) + rng.choice(["", str(rng.randint(2, 99)), "official", "de", "life"])
    raise KeyError(kind)


PRODUCTS = {
    "de": ["Softshelljacke Greta", "Rucksack Lindenberg 28", "Wollmantel Frieda", "Sneaker Paul Low", "Daunenweste Hanne", "Leinenkleid Marlene",
           "Thermobecher Fuchs", "Kaffeemühle Konrad", "Duftkerze Wolke", "Schlafsack Koch -5°", "Regenponcho Hagen", "Strickmütze Ida"],
    "en": ["Harper Rain Jacket", "Wilson Duffel 40L", "Grace Linen Shirt", "Archie Chelsea Boot", "Hunter Field Vest", "Ellis Wool Scarf",
           "Baker Apron", "Juniper Candle", "Morgan Tote", "Summit 2 Tent", "Florence Midi Dress", "Maple Mug"],
}


JACKETS = {
    "de": ["Regenjacke Greta", "Softshell Lotte", "Regenparka Emil", "Jacke Frieda", "Hardshell Anton", "Windjacke Mila"],
    "en": ["Harper Rain Jacket", "Ellis Shell", "Maggie Rain Parka", "Jackson 2.5L Jacket", "Bailey Anorak", "Florence Shell"],
}


def clean_value(attr, rng, lang):
    if attr == "pname":
        return rng.choice(JACKETS[lang])
    if attr == "townzip":
        if lang == "de":
            town, pre = rng.choice([("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"), ("Leipzig", "04"), ("Stuttgart", "70")])
            lo = rng.randint(100, 500)
            return (town, f"{pre}{lo}", f"{pre}{lo + rng.randint(50, 400)}")
        town, z = rng.choice([("London", "SW1"), ("Manchester", "M1"), ("Leeds", "LS2"), ("Bristol", "BS1"), ("Glasgow", "G2"), ("Dublin", "D02")])
        return (town, z, z)
    raise KeyError(attr)


# ---------------------------------------------------------------- rendering

SLOT = re.compile(r"\{([a-zA-Z0-9_.:]+)\}")
ALT = re.compile(r"\(\(([^()]*)\)\)")


def choose(template, rng):
    while True:
        m = ALT.search(template)
        if not m:
            return template
        template = template[: m.start()] + rng.choice(m.group(1).split("|")) + template[m.end():]


PERSON_FORMS = {"full", "first", "last", "init", "lastinit", "rev", "urev", "upper", "lower", "lfirst", "llast", "ulast", "mid", "fshort"}


class Ctx:
    """Values of one text: people, addresses and checksummed values by slot name, made on first use."""

    def __init__(self, rng, lang, split, layouts=None):
        self.rng = rng
        self.lang = lang
        self.split = split  # 0 dev5, 1 heldout5
        self.people = {}
        self.addrs = {}
        self.vals = {}
        self.layouts = layouts or {}

    def person(self, key):
        p = self.people.get(key)
        if p is None:
            p = Person(self.rng, self.lang, may_invent=key.startswith(("p", "r")))
            self.people[key] = p
        return p

    def addr(self, key):
        a = self.addrs.get(key)
        if a is None:
            country = None
            if len(key) > 2 and key[-2:].isupper():  # a1DE
                country = key[-2:]
            a = Address(self.rng, self.lang, country)
            self.addrs[key] = a
        return a

    def val(self, key, make):
        if key not in self.vals:
            self.vals[key] = make()
        return self.vals[key]

    def company_domain(self, key):
        return self.val("dom:" + key, lambda: self.rng.choice(DOMAINS))

    def resolve(self, slot):
        rng, lang = self.rng, self.lang
        head, _, attr = slot.partition(".")
        if head[:1] in ("p", "q", "r") and head[1:].isdigit():
            p = self.person(head)
            if attr in PERSON_FORMS:
                return [(p.form(attr), "PERSON")]
            if attr == "email":
                return [(p.email, "EMAIL")]
            if attr == "wemail":  # work address at a company domain
                dom = self.company_domain(head)
                return [(f"{fold(p.work_local).lower().replace(' ', '')}@{dom}", "EMAIL")]
            if attr in ("phone", "mobile", "landline"):
                def mk():
                    cs = PHONE_COUNTRIES[lang]
                    c = rng.choices([c for c, _ in cs], [w for _, w in cs])[0]
                    return phone(rng, c, {"phone": None, "mobile": True, "landline": False}[attr])
                return [(self.val(head + attr, mk), "PHONE")]
            if attr in ("hon", "honacc", "dear", "title", "hon_short"):
                return [(getattr(p, attr), None)]
            if attr == "company":
                return [(self.val("co:" + head, lambda: rng.choice(COMPANIES[lang])), None)]
            raise KeyError(slot)
        if head.startswith("a") and head[1:2].isdigit():
            a = self.addr(head)
            if attr in ("line", "one", "block"):
                return [(getattr(a, attr), "STREET_ADDRESS")]
            if attr in ("town", "zip", "city", "country_name", "country"):
                return [(getattr(a, attr), None)]
            raise KeyError(slot)
        if head.startswith("ph") and head[2:].isdigit() or head == "phone":
            def mk2():
                cs = PHONE_COUNTRIES[lang]
                c = rng.choices([c for c, _ in cs], [w for _, w in cs])[0]
                return phone(rng, c)
            return [(self.val(head, mk2), "PHONE")]
        if head.startswith("iban"):
            def mk3():
                c = attr or rng.choices(["DE", "AT", "CH", "NL", "FR", "GB", "IE", "ES", "IT"], [60, 10, 8, 5, 4, 4, 3, 3, 3] if lang == "de" else [20, 5, 5, 10, 8, 30, 20, 3, 3])[0]
                return common.iban(rng, c, grouped=rng.random() < 0.7)
            return [(self.val(head, mk3), "IBAN")]
        if head.startswith("card"):
            return [(self.val(head, lambda: common.credit_card(rng)), "CREDIT_CARD")]
        if head.startswith("taxid"):
            return [(self.val(head, lambda: common.de_tax_id(rng)), "DE_TAX_ID")]
        if head.startswith("ip"):
            maker = {"4": common.ipv4, "6": common.ipv6}.get(attr, common.ip)
            return [(self.val(head, lambda: maker(rng)), "IP_ADDRESS")]
        if head.startswith("role"):  # role address of a company: info@…
            def mk4():
                return f"{rng.choice(['info', 'service', 'kontakt' if lang == 'de' else 'hello', 'presse' if lang == 'de' else 'press', 'orders', 'support', 'partner'])}@{rng.choice(DOMAINS)}"
            return [(self.val(head, mk4), "EMAIL")]
        if head.startswith("x"):  # distractor: {x.order}, {x1.date}
            return [(self.val(slot, lambda: distractor(attr, rng, lang)), None)]
        if head == "c":  # clean-text values: product names, towns and postcodes alone
            if attr in ("town", "zip", "zip2"):
                tz = self.val("c.townzip", lambda: clean_value("townzip", rng, lang))
                return [(tz[("town", "zip", "zip2").index(attr)], None)]
            return [(self.val(slot, lambda: clean_value(attr, rng, lang)), None)]
        if head.startswith("L"):  # layout slot: {L.leads}
            variants = self.layouts[attr]
            fn = self.val("layout:" + attr, lambda: rng.choice(variants[self.split::2]))
            return fn(self)
        raise KeyError(slot)

    def fill(self, template):
        """Pieces of a template fragment."""
        template = choose(template, self.rng)
        pieces, pos = [], 0
        for m in SLOT.finditer(template):
            if m.start() > pos:
                pieces.append((template[pos:m.start()], None))
            pieces.extend(self.resolve(m.group(1)))
            pos = m.end()
        if pos < len(template):
            pieces.append((template[pos:], None))
        return pieces


def assemble(pieces):
    parts, ents, n = [], [], 0
    for text, label in pieces:
        if label:
            assert label in TYPES, label
            ents.append({"type": label, "start": n, "end": n + len(text), "value": text})
        parts.append(text)
        n += len(text)
    text = "".join(parts)
    # a given name and a surname filled by two slots ("{p1.first} {p2.last}") are one name
    ents = common.merge_persons(text, ents)
    check(text, ents)
    return text, ents


def check(text, ents):
    last_end = -1
    for e in ents:
        assert e["type"] in TYPES, e
        assert text[e["start"]:e["end"]] == e["value"], (e, text)
        assert e["value"] and e["value"] == e["value"].strip(), e
        assert e["start"] >= last_end, ("overlap", e, text)
        last_end = e["end"]


def pick_template(templates, split):
    return templates[split::2]
