"""Machinery of the sixth PII bank: people from many Faker locales, addresses and phone numbers in
their countries' layouts, and a template renderer that records labelled spans.

Every layout list here is split by position parity: even positions serve dev6, odd positions
heldout6 (`half`). Templates use slots `{p1.full}`, `{a1.line}`, `{tel}`, `{d.order}` … and
alternatives `((a|b|c))`.
"""

import random
import re
import unicodedata

import common

SPLITS = ("dev6", "heldout6")


def half(items, split: int):
    """The dev6 (0) or heldout6 (1) half of a list, by position parity."""
    out = items[split::2]
    assert out, items
    return out


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- people

LOCALES = {
    "de": [
        ("de_DE", 34), ("de_AT", 9), ("de_CH", 8), ("tr_TR", 6), ("pl_PL", 5), ("it_IT", 4), ("hr_HR", 2),
        ("ro_RO", 2), ("fr_FR", 2), ("nl_NL", 2), ("es_ES", 2), ("en_GB", 2), ("en_US", 1), ("cs_CZ", 2),
        ("hu_HU", 2), ("fi_FI", 1), ("sv_SE", 1), ("pt_BR", 1), ("fr_DZ", 2), ("en_PK", 1), ("vi_VN", 1),
        ("el", 0), ("sl_SI", 1), ("sk_SK", 1), ("lt_LT", 1), ("ja_JP", 1), ("zh_CN", 1), ("de_LI", 1),
        ("en_NG", 1), ("da_DK", 1), ("no_NO", 1), ("fr_CH", 1),
    ],
    "en": [
        ("en_GB", 20), ("en_US", 20), ("en_IE", 9), ("en_CA", 2), ("en_AU", 2), ("en_NZ", 1), ("en_IN", 3),
        ("en_PK", 2), ("en_NG", 2), ("ig_NG", 1), ("yo_NG", 1), ("en_KE", 1), ("tw_GH", 1), ("fr_FR", 3),
        ("it_IT", 3), ("es_ES", 2), ("es_MX", 2), ("nl_NL", 2), ("pl_PL", 3), ("tr_TR", 2), ("de_DE", 3),
        ("pt_BR", 2), ("pt_PT", 1), ("fi_FI", 1), ("sv_SE", 1), ("cs_CZ", 1), ("hu_HU", 1), ("ro_RO", 1),
        ("ja_JP", 1), ("zh_CN", 1), ("vi_VN", 1), ("fr_DZ", 1), ("id_ID", 1), ("fil_PH", 1), ("ga_IE", 1),
        ("is_IS", 1), ("lv_LV", 1), ("fr_BE", 1),
    ],
}

PARTICLES = {
    "de_DE": ["von", "von der", "zu", "vom"], "de_AT": ["von"], "de_CH": ["von", "de"],
    "nl_NL": ["van", "van der", "de", "van den"], "fr_FR": ["de", "Le", "Du"], "it_IT": ["Di", "De", "Lo"],
    "es_ES": ["de", "del"], "en_IE": ["O'", "Mac"], "en_GB": ["O'"], "en_US": ["De", "Mc"], "pt_BR": ["da", "dos"],
}
_SUFFIXES = {"I", "II", "III", "Jr.", "Sr.", "B.Sc.", "B.A.", "M.Sc.", "MBA.", "B.Eng.", "M.A.", "PhD", "MD", "DDS", "DVM"}
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "ı": "i", "ə": "e", "Ə": "E", "ð": "d", "þ": "th", "’": "", "'": ""})

HON = {
    "de": {"f": ["Frau", "Frau", "Frau", "Frau Dr.", "Fr."], "m": ["Herr", "Herr", "Herr", "Herr Dr.", "Hr."]},
    "en": {"f": ["Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Miss"], "m": ["Mr", "Mr.", "Mr", "Dr.", "Mr"]},
}


def fold(s: str) -> str:
    return common.ascii_fold(s.translate(_FOLD)).lower().strip(".-")


class Person:
    def __init__(self, rng: random.Random, lang: str, domain: str | None = None):
        self.rng = rng
        self.lang = lang
        self.gender = rng.choice("fm")
        names, weights = zip(*[(l, w) for l, w in LOCALES[lang] if w])
        loc = rng.choices(names, weights)[0]
        self.locale = loc
        self.invented = rng.random() < 0.10
        f = common.fake(loc, rng)
        if self.invented:
            first, last = common.invented_name(rng)
        elif loc == "ja_JP":
            first = f.first_romanized_name_female() if self.gender == "f" else f.first_romanized_name_male()
            last = f.last_romanized_name()
        elif loc == "zh_CN":
            first, last = f.romanized_name().split(" ", 1)
        else:
            first = f.first_name_female() if self.gender == "f" else f.first_name_male()
            last = f.last_name_female() if self.gender == "f" else f.last_name_male()
            last = " ".join(w for w in last.split(" ") if w not in _SUFFIXES) or f.last_name()
        r = rng.random()
        if not self.invented:
            if r < 0.07:
                other = f.last_name_female() if self.gender == "f" else f.last_name_male()
                if other != last and " " not in last and " " not in other and loc not in ("ja_JP", "zh_CN"):
                    last = f"{last}-{other}"
            elif r < 0.12 and loc in PARTICLES and " " not in last:
                p = rng.choice(PARTICLES[loc])
                last = f"{p}{last}" if p.endswith("'") or p in ("Mac", "Mc") else f"{p} {last}"
            elif r < 0.17 and loc in ("de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH") and " " not in first and "-" not in first:
                second = f.first_name_female() if self.gender == "f" else f.first_name_male()
                if second != first and " " not in second:
                    first = f"{first}-{second}" if rng.random() < 0.6 else f"{first} {second}"
            elif r < 0.21 and loc in ("en_US", "en_CA") and " " not in first:
                first = f"{first} {rng.choice('ABCDEFGHJKLMRSTW')}."
        self.first, self.last = first, last
        self.given = first.split(" ")[0]
        self.full = f"{first} {last}"
        self.honorific = rng.choice(HON[lang][self.gender])
        sep = rng.choice([".", ".", "", "_", "-"])
        g, s = fold(self.given), fold(last.replace(" ", ""))
        local = rng.choice([f"{g}{sep}{s}", f"{g[:1]}{sep}{s}", f"{g}{rng.randint(1, 99)}", f"{s}{sep}{g}", f"{g}{sep}{s}{rng.randint(70, 99)}", f"{g}.{s[:1]}"])
        self.email = f"{local.strip('._-') or 'post'}@{rng.choice(MAIL_DOMAINS[lang])}"
        self.work_email = f"{g}.{s}@{domain}" if domain else self.email

    def piece(self, attr: str):
        P = "PERSON"
        de = self.lang == "de"
        f = self.gender == "f"
        h = self.honorific
        if attr == "full":
            return [(self.full, P)]
        if attr == "first":
            return [(self.given, P)]
        if attr == "last":
            return [(self.last, P)]
        if attr == "hl":  # honorific + surname
            return [(h + " ", None), (self.last, P)]
        if attr == "hf":
            return [(h + " ", None), (self.full, P)]
        if attr == "hfd":  # dative honorific + full name: "z. Hd. Herrn Dr. Anna Berger"
            return [((h.replace("Herr", "Herrn", 1) if h.startswith("Herr") else h) + " ", None), (self.full, P)]
        if attr == "herr":
            return [("Frau" if f else "Herr", None)]
        if attr == "herrn":
            return [("Frau" if f else "Herrn", None)]
        if attr == "dl":  # dative honorific + surname: "Herrn Vogel"
            return [(("Frau" if f else "Herrn") + " ", None), (self.last, P)]
        if attr == "nl":  # nominative plain honorific + surname: "Herr Vogel" / "Mr Clarke"
            t = ("Frau" if f else "Herr") if de else self.rng.choice(["Ms", "Mrs"] if f else ["Mr", "Mr."])
            return [(t + " ", None), (self.last, P)]
        if attr == "sal":  # letter salutation
            if de:
                t = ("Sehr geehrte Frau " if f else "Sehr geehrter Herr ") + ("Dr. " if "Dr" in h else "")
            else:
                t = "Dear " + (h if h != "Miss" else "Ms") + " "
            return [(t, None), (self.last, P)]
        if attr == "lf":
            return [(f"{self.last}, {self.given}", P)]
        if attr == "il":
            return [(f"{self.given[0]}. {self.last}", P)]
        if attr == "fi":
            return [(f"{self.given} {self.last[0].upper() if self.last[0].isalpha() else self.last.split()[-1][0]}.", P)]
        if attr == "lower":
            return [(self.full.lower(), P)]
        if attr == "flower":
            return [(self.given.lower(), P)]
        if attr == "upper":
            return [(self.full.upper(), P)]
        if attr == "lastup":  # "Anna BERGER"
            return [(f"{self.given} {self.last.upper()}", P)]
        if attr == "lastupfirst":  # "BERGER Anna"
            return [(f"{self.last.upper()} {self.given}", P)]
        if attr == "email":
            return [(self.email, "EMAIL")]
        if attr == "email2":  # a second address of the same person
            other = f"{fold(self.given)}.{fold(self.last.replace(' ', ''))}{self.rng.randint(1, 9)}@{self.rng.choice(MAIL_DOMAINS[self.lang])}"
            return [(other, "EMAIL")]
        if attr == "wmail":
            return [(self.work_email, "EMAIL")]
        if attr == "kunde":
            return [("Kundin" if f else "Kunde", None)]
        if attr == "der":
            return [("die" if f else "der", None)]
        if attr == "er":
            return [("sie" if f else "er", None)]
        if attr == "ihn":
            return [("sie" if f else "ihn", None)]
        if attr == "ihm":
            return [("ihr" if f else "ihm", None)]
        if attr == "sein":
            return [("ihr" if f else "sein", None)]
        if attr == "he":
            return [("she" if f else "he", None)]
        if attr == "hecap":
            return [("She" if f else "He", None)]
        if attr == "his":
            return [("her" if f else "his", None)]
        if attr == "him":
            return [("her" if f else "him", None)]
        raise KeyError(attr)


MAIL_DOMAINS = {
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "mailbox.org", "gmx.at", "bluewin.ch", "aon.at", "gmx.ch", "icloud.com"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com", "aol.com", "proton.me", "eircom.net", "hotmail.co.uk", "yahoo.com", "comcast.net"],
}
SHOP_DOMAINS = {
    "de": ["bergfalke-outdoor.de", "trailkiste.de", "hochtal-shop.de", "gratwerk.at", "steinbock-ausruestung.ch", "wegzeit.de"],
    "en": ["northridge-gear.co.uk", "fellside-outfitters.com", "cairnandco.ie", "trailbox.co.uk", "ridgeline-supply.com", "bothy-outdoor.co.uk"],
}

# ---------------------------------------------------------------- addresses

DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Schillerstraße", "Gartenweg", "Kirchplatz", "Goethestraße",
              "Rosenallee", "Bergstraße", "Mühlenweg", "Talstraße", "Am Markt", "Waldstraße", "Birkenweg", "Schulstraße",
              "Ringstraße", "Marktplatz", "Kastanienallee", "Am Sonnenhang", "Uhlandstraße", "Wiesengrund", "Eichendorffstraße"]
AT_STREETS = ["Hauptplatz", "Mariahilfer Straße", "Linzer Straße", "Kirchengasse", "Schulgasse", "Grazer Straße", "Dorfstraße", "Bahnhofstraße", "Lindengasse", "Wiener Straße"]
CH_STREETS = ["Bahnhofstrasse", "Dorfstrasse", "Hauptstrasse", "Kirchweg", "Seestrasse", "Schulhausstrasse", "Oberdorfstrasse", "Rosenweg", "Bergstrasse", "Gartenstrasse"]
DE_TOWNS = [("Garmisch-Partenkirchen", "82467"), ("Freiburg im Breisgau", "79098"), ("München", "80469"), ("Berlin", "10435"),
            ("Hamburg", "22767"), ("Köln", "50667"), ("Leipzig", "04109"), ("Dresden", "01099"), ("Stuttgart", "70178"),
            ("Kempten (Allgäu)", "87435"), ("Bad Tölz", "83646"), ("Jena", "07743"), ("Münster", "48143"), ("Kassel", "34117"),
            ("Berchtesgaden", "83471"), ("Oberstdorf", "87561"), ("Wernigerode", "38855"), ("Hannover", "30159"), ("Nürnberg", "90402"), ("Bremen", "28195")]
AT_TOWNS = [("Wien", "1070"), ("Innsbruck", "6020"), ("Salzburg", "5020"), ("Graz", "8010"), ("Linz", "4020"), ("Schladming", "8970"),
            ("Bludenz", "6700"), ("Lienz", "9900"), ("Wien", "1160"), ("Kufstein", "6330"), ("Villach", "9500"), ("Zell am See", "5700")]
CH_TOWNS = [("Zürich", "8004"), ("Bern", "3011"), ("Luzern", "6003"), ("Chur", "7000"), ("St. Gallen", "9000"), ("Basel", "4051"),
            ("Interlaken", "3800"), ("Winterthur", "8400"), ("Davos Platz", "7270"), ("Thun", "3600"), ("Zug", "6300"), ("Brig", "3900")]
GB_TOWNS = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("York", "YO"), ("Brighton", "BN"), ("Kendal", "LA"), ("Inverness", "IV"),
            ("Cardiff", "CF"), ("Sheffield", "S"), ("Norwich", "NR"), ("Exeter", "EX"), ("Keswick", "CA"), ("Edinburgh", "EH"),
            ("Glasgow", "G"), ("London", "N"), ("London", "SE"), ("Oxford", "OX"), ("Bath", "BA"), ("Aviemore", "PH"), ("Ambleside", "LA")]
GB_SUFFIX = ["Road", "Street", "Lane", "Close", "Avenue", "Crescent", "Drive", "Terrace", "Gardens", "Way", "Grove", "Place"]
GB_WORDS = ["Church", "Mill", "Station", "Park", "Victoria", "Albert", "Queens", "Kings", "Manor", "Meadow", "Beech", "Oak", "Hill",
            "Orchard", "Chapel", "Willow", "Brook", "Castle", "Harbour", "Priory", "Holly", "Ash", "Elm", "Springfield"]
US_TOWNS = [("Boulder", "CO", "803"), ("Portland", "OR", "972"), ("Seattle", "WA", "981"), ("Denver", "CO", "802"), ("Bend", "OR", "977"),
            ("Burlington", "VT", "054"), ("Asheville", "NC", "288"), ("Salt Lake City", "UT", "841"), ("Missoula", "MT", "598"),
            ("Austin", "TX", "787"), ("Madison", "WI", "537"), ("Duluth", "MN", "558"), ("Flagstaff", "AZ", "860"), ("Bozeman", "MT", "597"),
            ("Chattanooga", "TN", "374"), ("Ann Arbor", "MI", "481"), ("Sacramento", "CA", "958"), ("Brooklyn", "NY", "112")]
US_SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Way", "Ct", "Street", "Avenue", "Pl", "Terrace"]
US_WORDS = ["Maple", "Pine", "Cedar", "Elm", "Washington", "Lincoln", "Highland", "Lake", "Ridge", "Spruce", "Walnut", "Franklin",
            "Jefferson", "Sunset", "Canyon", "Aspen", "Mountain View", "Willow Creek", "Riverside", "Juniper"]
IE_TOWNS = [("Dublin 8", "D08"), ("Dublin 6W", "D6W"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Kilkenny", "R95"),
            ("Sligo", "F91"), ("Westport, Co. Mayo", "F28"), ("Killarney, Co. Kerry", "V93"), ("Bray, Co. Wicklow", "A98"), ("Athlone", "N37"), ("Wexford", "Y35")]
IE_STREETS = ["Main Street", "Church Road", "Station Road", "Mill Lane", "Castle Street", "Strand Road", "Harbour View", "Patrick Street",
              "Bridge Street", "Abbey Road", "Seapoint Avenue", "Cherry Grove"]
FR_TOWNS = [("Paris", "750"), ("Lyon", "6900"), ("Annecy", "74000"), ("Chamonix-Mont-Blanc", "74400"), ("Grenoble", "38000"),
            ("Bordeaux", "33000"), ("Strasbourg", "67000"), ("Pau", "64000"), ("Lille", "59000"), ("Briançon", "05100")]
FR_STREETS = ["rue de la Paix", "rue des Lilas", "avenue Jean Jaurès", "boulevard Victor Hugo", "chemin des Vignes", "place du Marché",
              "rue du Moulin", "allée des Tilleuls", "rue Pasteur", "quai de la Loire"]

_PC_LETTERS = "ABDEFHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"

ADDRESS_LAYOUTS = {
    # single line: {s} street incl. number, {z} postcode, {t} town
    "DE_line": ["{s}, {z} {t}", "{s} · {z} {t}", "{z} {t}, {s}", "{s}, D-{z} {t}", "{s} - {z} {t}", "{s}; {z} {t}", "{s} | {z} {t}", "{s},{z} {t}"],
    "DE_block": ["{s}\n{z} {t}", "{s}\n{z} {t}", "{s}\n{z}  {t}", "{s}\nD-{z} {t}"],
    "AT_line": ["{s}, {z} {t}", "{s}, A-{z} {t}", "{z} {t}, {s}", "{s} · {z} {t}"],
    "AT_block": ["{s}\n{z} {t}", "{s}\nA-{z} {t}"],
    "CH_line": ["{s}, {z} {t}", "{s}, CH-{z} {t}", "{s} · CH-{z} {t}", "{z} {t}, {s}"],
    "CH_block": ["{s}\n{z} {t}", "{s}\nCH-{z} {t}"],
    "GB_line": ["{s}, {t} {z}", "{s}, {t}, {z}", "{s} {t} {z}", "{s}, {t}. {z}"],
    "GB_block": ["{s}\n{t} {z}", "{s}\n{t}, {z}"],
    "US_line": ["{s}, {t}, {st} {z}", "{s}, {t} {st} {z}", "{s} {t}, {st} {z}", "{s}, {t}, {st}, {z}"],
    "US_block": ["{s}\n{t}, {st} {z}", "{s}\n{t} {st} {z}"],
    "IE_line": ["{s}, {t}, {z}", "{s}, {t} {z}", "{s}, {t}", "{s}, {t}. {z}"],
    "IE_block": ["{s}\n{t} {z}", "{s}\n{t}, {z}"],
    "FR_line": ["{s}, {z} {t}", "{s} - {z} {t}", "{s}, F-{z} {t}", "{s} {z} {t}"],
    "FR_block": ["{s}\n{z} {t}", "{s}\n{z} {t}"],
}


class Address:
    def __init__(self, rng: random.Random, country: str, split: int):
        self.country = country
        self.split = split
        self.rng = rng
        r = rng.random()
        st = None
        if country == "DE":
            f = common.fake("de_DE", rng)
            street = f.street_name() if r < 0.55 else rng.choice(DE_STREETS)
            if rng.random() < 0.3:
                street = street.replace("straße", "str.").replace("Straße", "Str.")
            num = str(rng.randint(1, 140)) + (rng.choice(["a", "b", "c"]) if rng.random() < 0.12 else "")
            if rng.random() < 0.05:
                num = f"{rng.randint(1, 40)}-{rng.randint(41, 48)}"
            s = f"{street} {num}"
            if rng.random() < 0.5:
                t, z = f.city(), f.postcode()
            else:
                t, z = rng.choice(DE_TOWNS)
        elif country == "AT":
            f = common.fake("de_AT", rng)
            street = f.street_name() if r < 0.5 else rng.choice(AT_STREETS)
            num = str(rng.randint(1, 90))
            if rng.random() < 0.3:
                num += f"/{rng.randint(1, 4)}/{rng.randint(1, 24)}" if rng.random() < 0.5 else f"/{rng.randint(1, 18)}"
            s = f"{street} {num}"
            t, z = rng.choice(AT_TOWNS) if rng.random() < 0.6 else (f.city(), f.postcode())
        elif country == "CH":
            f = common.fake("de_CH", rng)
            street = f.street_name() if r < 0.5 else rng.choice(CH_STREETS)
            s = f"{street} {rng.randint(1, 80)}{rng.choice(['', '', '', 'a'])}"
            t, z = rng.choice(CH_TOWNS) if rng.random() < 0.6 else (f.city(), f.postcode())
        elif country == "GB":
            f = common.fake("en_GB", rng)
            word = rng.choice(GB_WORDS) if rng.random() < 0.6 else f.last_name()
            s = f"{rng.randint(1, 180)} {word} {rng.choice(GB_SUFFIX)}"
            if rng.random() < 0.15:
                s = f"Flat {rng.randint(1, 12)}, {s}"
            t, area = rng.choice(GB_TOWNS)
            z = f"{area}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice(_PC_LETTERS)}{rng.choice(_PC_LETTERS)}"
        elif country == "US":
            f = common.fake("en_US", rng)
            word = rng.choice(US_WORDS) if rng.random() < 0.6 else f.last_name()
            s = f"{rng.randint(12, 9800)} {rng.choice(['', '', '', 'N ', 'W ', 'E ', 'S '])}{word} {rng.choice(US_SUFFIX)}"
            if rng.random() < 0.2:
                s += rng.choice([f", Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}", f" Suite {rng.randint(100, 990)}", f", Unit {rng.randint(1, 20)}", f" #{rng.randint(2, 30)}"])
            t, st, pre = rng.choice(US_TOWNS)
            z = pre + digits(rng, 5 - len(pre))
        elif country == "IE":
            s = f"{rng.randint(1, 120)} {rng.choice(IE_STREETS)}"
            if rng.random() < 0.2:
                s = f"Apt {rng.randint(1, 30)}, {s}"
            t, pre = rng.choice(IE_TOWNS)
            z = f"{pre} {''.join(rng.choice(_EIR) for _ in range(4))}"
            if not z[4].isalpha():
                z = z[:4] + rng.choice("ACDEFHKNPRTVWXY") + z[5:]
        elif country == "FR":
            s = f"{rng.randint(1, 120)}{rng.choice(['', '', '', ' bis'])} {rng.choice(FR_STREETS)}"
            t, pre = rng.choice(FR_TOWNS)
            z = pre + (f"{rng.randint(1, 20):02d}" if len(pre) == 3 else str(rng.randint(1, 9)) if len(pre) == 4 else "")
        else:
            raise KeyError(country)
        self.street, self.zip, self.town, self.state = s, z, t, st
        self.country_name = {
            "DE": ("Deutschland", "Germany"), "AT": ("Österreich", "Austria"), "CH": ("Schweiz", "Switzerland"),
            "GB": ("Großbritannien", "United Kingdom"), "US": ("USA", "USA"), "IE": ("Irland", "Ireland"), "FR": ("Frankreich", "France"),
        }[country]

    def fmt(self, kind: str) -> str:
        layout = self.rng.choice(half(ADDRESS_LAYOUTS[f"{self.country}_{kind}"], self.split))
        return layout.format(s=self.street, z=self.zip, t=self.town, st=self.state or "")

    def piece(self, attr: str, lang: str):
        A = "STREET_ADDRESS"
        if attr == "line":
            return [(self.fmt("line"), A)]
        if attr == "block":
            return [(self.fmt("block"), A)]
        if attr == "blockc":  # block, then the country on its own line (not labelled)
            return [(self.fmt("block"), A), ("\n" + self.country_name[0 if lang == "de" else 1], None)]
        if attr == "linec":
            return [(self.fmt("line"), A), (", " + self.country_name[0 if lang == "de" else 1], None)]
        if attr == "street":
            return [(self.street, A)]
        if attr == "zip":
            return [(self.zip, None)]
        if attr == "town":
            return [(self.town, None)]
        if attr == "ztown":
            return [(f"{self.zip} {self.town}" if self.country not in ("GB", "US", "IE") else self.town, None)]
        if attr == "country":
            return [(self.country_name[0 if lang == "de" else 1], None)]
        raise KeyError(attr)


COUNTRIES = {"de": (["DE", "AT", "CH"], [70, 16, 14]), "en": (["GB", "US", "IE", "FR"], [40, 36, 18, 6])}

# ---------------------------------------------------------------- phones

PHONE_LAYOUTS = {
    "DE": ["+49 {a} {n7}", "0{a} {n6}", "0{m} {n7}", "+49 (0){a} {n6}", "0{a}/{n3} {n2} {n2}", "+49 {m} {n3} {n4}",
           "(0{a}) {n3} {n3}", "0{m}-{n7}", "+49-{a}-{n6}", "0049 {a} {n7}", "0{a} - {n5}", "+49{m}{n7}", "0{m} / {n3} {n4}", "0{a}{n6}"],
    "AT": ["+43 {m} {n7}", "0{m} {n3} {n4}", "+43 1 {n7}", "01/{n7}", "+43 (0){ar} {n6}", "0{ar} {n6}", "0043 {m} {n3} {n4}", "0{m}/{n7}"],
    "CH": ["+41 {cm} {n3} {n2} {n2}", "0{cm} {n3} {n2} {n2}", "+41 {ca} {n3} {n2} {n2}", "0{ca} {n3} {n2} {n2}",
           "0041 {ca} {n3} {n2} {n2}", "+41 (0){ca} {n3} {n2} {n2}", "+41{cm}{n7}", "0{cm}/{n3}.{n2}.{n2}"],
    "GB": ["07{n3} {n6}", "+44 7{n3} {n6}", "020 {n4} {n4}", "+44 (0)20 {n4} {n4}", "0161 {n3} {n4}", "01{n3} {n6}",
           "+44 161 {n3} {n4}", "07{n3}{n6}", "(01{n3}) {n6}", "+447{n3}{n6}"],
    "US": ["({ua}) {ue}-{n4}", "{ua}-{ue}-{n4}", "+1 {ua} {ue} {n4}", "{ua}.{ue}.{n4}", "+1 ({ua}) {ue}-{n4}", "+1-{ua}-{ue}-{n4}", "({ua}) {ue} {n4}", "+1{ua}{ue}{n4}"],
    "IE": ["08{k} {n3} {n4}", "+353 8{k} {n3} {n4}", "01 {n3} {n4}", "+353 1 {n3} {n4}", "(01) {n3} {n4}", "+353 (0)8{k} {n3} {n4}", "08{k}-{n7}", "0{ir} {n6}"],
    "FR": ["+33 6 {n2} {n2} {n2} {n2}", "06 {n2} {n2} {n2} {n2}", "+33 (0)4 50 {n2} {n2} {n2}", "04.50.{n2}.{n2}.{n2}"],
}


def phone(rng: random.Random, country: str, split: int) -> str:
    layout = rng.choice(half(PHONE_LAYOUTS[country], split))
    vals = {
        "a": rng.choice(["30", "40", "89", "221", "69", "711", "351", "341", "511", "911", "761", "8821", "831", "3641", "251", "561", "8041"]),
        "m": rng.choice(["151", "152", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179", "1520", "1577"]) if country == "DE"
        else rng.choice(["664", "676", "650", "699", "660"]),
        "ar": rng.choice(["512", "662", "316", "732", "5572", "4242"]),
        "cm": rng.choice(["76", "77", "78", "79"]), "ca": rng.choice(["44", "31", "41", "61", "81", "71", "33"]),
        "ua": f"{rng.randint(2, 9)}{digits(rng, 2)}", "ue": f"{rng.randint(2, 9)}{digits(rng, 2)}",
        "k": rng.choice("35679"), "ir": rng.choice(["21", "91", "61", "66", "71", "51"]),
    }
    # every digit group is drawn afresh, so "{n4} {n4}" gives two different groups
    return re.sub(r"\{(\w+)\}", lambda m: str(rng.randint(1, 9)) + digits(rng, int(m.group(1)[1:]) - 1)
                  if m.group(1).startswith("n") else vals[m.group(1)], layout)


PHONE_COUNTRIES = {"de": (["DE", "AT", "CH"], [72, 15, 13]), "en": (["GB", "US", "IE", "FR"], [42, 36, 18, 4])}

# ---------------------------------------------------------------- rendering

SLOT = re.compile(r"\{([a-z0-9_.]+)\}")
ALT = re.compile(r"\(\(([^()]*)\)\)")


class Ctx:
    """Resolves the slots of one record; people and addresses are made on first use."""

    def __init__(self, rng: random.Random, lang: str, split: int):
        self.rng, self.lang, self.split = rng, lang, split
        self.domain = rng.choice(SHOP_DOMAINS[lang])
        self.people: dict[str, Person] = {}
        self.addresses: dict[str, Address] = {}
        self.values: dict[str, str] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = Person(self.rng, self.lang, self.domain)
        return self.people[key]

    def address(self, key: str) -> Address:
        if key not in self.addresses:
            cs, ws = COUNTRIES[self.lang]
            country = self.rng.choices(cs, ws)[0]
            if len(key) > 2:  # a2de, a1us … force the country
                country = key[2:].upper()
            self.addresses[key] = Address(self.rng, country, self.split)
        return self.addresses[key]

    def value(self, key: str, make):
        if key not in self.values:
            self.values[key] = make()
        return self.values[key]

    def resolve(self, slot: str):
        rng, lang = self.rng, self.lang
        head, _, attr = slot.partition(".")
        if re.fullmatch(r"p\d", head):
            return self.person(head).piece(attr)
        if re.fullmatch(r"a\d([a-z]{2})?", head):
            return self.address(head).piece(attr, lang)
        if head.startswith("tel"):  # tel, tel2, tel.gb …
            def mk():
                if attr:
                    c = attr.upper()
                else:
                    cs, ws = PHONE_COUNTRIES[lang]
                    c = rng.choices(cs, ws)[0]
                return phone(rng, c, self.split)
            return [(self.value(slot, mk), "PHONE")]
        if head.startswith("iban"):
            def mk():
                if attr:
                    c = attr.upper()
                else:
                    c = rng.choices(["DE", "AT", "CH"], [75, 15, 10])[0] if lang == "de" else rng.choices(["GB", "IE", "DE", "FR", "NL", "ES"], [40, 25, 15, 8, 7, 5])[0]
                return common.iban(rng, c, grouped=rng.random() < 0.65)
            return [(self.value(slot, mk), "IBAN")]
        if head.startswith("card"):
            return [(self.value(slot, lambda: common.credit_card(rng)), "CREDIT_CARD")]
        if head.startswith("ip"):
            return [(self.value(slot, lambda: common.ipv6(rng) if attr == "v6" else common.ipv4(rng) if attr == "v4" else common.ip(rng)), "IP_ADDRESS")]
        if head.startswith("tax"):
            return [(self.value(slot, lambda: common.de_tax_id(rng)), "DE_TAX_ID")]
        if head == "d":  # distractor kinds of common.distractor, plus a few of our own
            return [(distractor(attr, rng, lang), None)]
        if head.startswith("dd"):  # a distractor kept for the record: {dd1.order}
            return [(self.value(slot, lambda: distractor(attr, rng, lang)), None)]
        if head == "shop":
            return [(self.domain, None)]
        if head.startswith("co"):
            return [(self.value(slot, lambda: common.company(rng, lang)), None)]
        raise KeyError(slot)


def distractor(kind: str, rng: random.Random, lang: str) -> str:
    if kind == "time":
        h, m = rng.randint(7, 20), rng.choice(["00", "15", "30", "45"])
        if lang == "de":
            return f"{h}:{m}" if rng.random() < 0.6 else f"{h:02d}.{m}"
        return rng.choice([f"{h}:{m}", f"{(h - 1) % 12 + 1}:{m} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"])
    if kind == "last4":
        return digits(rng, 4)
    if kind == "cust":
        return rng.choice([f"K-{digits(rng, 6)}", f"KD{digits(rng, 7)}", f"C{digits(rng, 6)}", f"{digits(rng, 8)}"])
    if kind == "blz":
        return f"{rng.randint(100, 899)} {digits(rng, 3)} {digits(rng, 2)}"
    if kind == "bic":
        return rng.choice(["COBADEFFXXX", "GENODEF1M04", "BYLADEM1001", "DEUTDEDBHAM", "AIBKIE2D", "BOFIIE2D", "NWBKGB2L", "RZOOAT2L", "UBSWCHZH80A"])
    if kind == "port":
        return str(rng.choice([443, 8080, 3000, 5432, 22]))
    if kind == "ms":
        return str(rng.randint(3, 900))
    if kind == "status":
        return str(rng.choice([200, 200, 201, 301, 302, 403, 404, 500]))
    if kind == "hour":
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    if kind == "iso":
        return f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    if kind == "stars":
        return str(rng.choice([3, 4, 4, 5, 5, 5]))
    if kind == "n":
        return str(rng.randint(2, 40))
    if kind == "code":
        return rng.choice(["BERG10", "TRAIL15", "HERBST20", "WINTER25", "SUMMIT10", "WELCOME5", "FELS15", "GIPFEL12"])
    if kind == "promo_year":
        return str(rng.randint(2024, 2026))
    return common.distractor(kind, rng, lang)


def choose_alternatives(template: str, rng: random.Random) -> str:
    while True:
        m = ALT.search(template)
        if not m:
            return template
        template = template[: m.start()] + rng.choice(m.group(1).split("|")) + template[m.end():]


def render(template: str, ctx: Ctx):
    template = choose_alternatives(template, ctx.rng)
    parts, ents, n = [], [], 0
    pos = 0

    def add(text, label=None):
        nonlocal n
        if label:
            ents.append({"type": label, "start": n, "end": n + len(text), "value": text})
        parts.append(text)
        n += len(text)

    for m in SLOT.finditer(template):
        add(template[pos:m.start()])
        for text, label in ctx.resolve(m.group(1)):
            add(text, label)
        pos = m.end()
    add(template[pos:])
    text = "".join(parts)
    return text, common.merge_persons(text, ents)


def check(text: str, ents: list[dict]):
    last_end = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        assert text[e["start"]:e["end"]] == e["value"], (e, text)
        assert e["value"] == e["value"].strip() and e["value"], (e, text)
        assert e["start"] >= last_end, ("overlap", e, text)
        last_end = e["end"]
    assert "{" not in text or '"' in text, text  # no unfilled slot outside JSON
    assert not SLOT.search(text), text
