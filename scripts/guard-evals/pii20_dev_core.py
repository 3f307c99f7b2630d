"""Machinery of the twentieth PII bank, dev half: people, addresses, phone numbers, checksummed
values, look-alikes, the template renderer that records spans, and the self-checks.

A template is a string. `((a|b|c))` picks one alternative (no nesting); `«key»` is a slot that
renders to labelled or unlabelled pieces: `«p1.full»`, `«p2.lf»`, `«a1.line»`, `«ph1»`,
`«p1.email»`, `«iban»`, `«order»` … A template may also be a function `f(rng)` that returns such a
string (used for tables with a varying number of rows)."""

import random
import re
import unicodedata

import pii20_dev_names as N

PER, ADR, PHO, EML, IBN, CRD, IPA, TAX = ("PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN",
                                          "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID")


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ------------------------------------------------------------------ checksummed values

def iban_valid(v):
    v = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "MIDL"], "IE": ["AIBK", "BOFI"], "NL": ["ABNA", "INGB", "RABO"]}


def iban(rng, country, grouped):
    L = IBAN_LEN[country]
    if country in BANKS:
        bban = rng.choice(BANKS[country]) + digits(rng, L - 8)
    elif country == "IT":
        bban = rng.choice("ABCDEFGHILMNPRSTUVXZ") + digits(rng, L - 5)
    else:
        bban = digits(rng, L - 4)
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    v = f"{country}{98 - int(num) % 97:02d}{bban}"
    assert iban_valid(v)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def issuer_ok(s):
    n = len(s)
    if s[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(s[:2]) <= 55 or 2221 <= int(s[:4]) <= 2720):
        return True
    if n == 15 and s[:2] in ("34", "37"):
        return True
    if n == 16 and (s[:4] == "6011" or s[:2] == "65"):
        return True
    return False


def card(rng, style):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    pre = {"visa": "4", "mc": str(rng.randint(51, 55)), "mc2": str(rng.randint(2221, 2720)),
           "amex": rng.choice(["34", "37"]), "disc": rng.choice(["6011", "65"])}[kind]
    n = 15 if kind == "amex" else 16
    body = pre + digits(rng, n - 1 - len(pre))
    for d in "0123456789":
        if luhn_ok(body + d):
            s = body + d
            break
    assert luhn_ok(s) and issuer_ok(s)
    if style == 0:
        return s
    sep = " " if style == 1 else "-"
    if n == 15:
        return sep.join([s[:4], s[4:10], s[10:]])
    return sep.join(s[i:i + 4] for i in range(0, 16, 4))


def taxid_check(d10):
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def taxid_valid(v):
    v = v.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", v):
        return False
    head = v[:10]
    counts = [head.count(str(d)) for d in range(10)]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] > 3:
        return False
    if multi[0] == 3:
        d = str(counts.index(3))
        if d * 3 in head:
            return False
    return taxid_check(head) == int(v[10])


def taxid(rng, grouped):
    while True:
        ds = rng.sample("0123456789", 9)
        ds.append(rng.choice(ds))
        rng.shuffle(ds)
        if ds[0] == "0":
            continue
        head = "".join(ds)
        v = head + str(taxid_check(head))
        if taxid_valid(v):
            break
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if grouped else v


def gtin(rng):
    while True:
        body = rng.choice(["400", "401", "426", "427", "428", "429", "761", "900", "501"]) + digits(rng, 9)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        v = body + str((10 - s % 10) % 10)
        if not (luhn_ok(v) and issuer_ok(v)):
            return v


# ------------------------------------------------------------------ places and phones

STREETS = {
    "DE": ["Lindenstraße", "Hauptstraße", "Schillerstraße", "Goethestraße", "Bahnhofstraße", "Gartenweg",
           "Am Mühlbach", "Kirchplatz", "Birkenallee", "Rosenstraße", "Ahornweg", "Mozartstraße",
           "Friedrichstr.", "Waldstraße", "Schulstraße", "Dorfstraße", "Parkstraße", "Uhlandstraße",
           "Kastanienallee", "Am Sonnenhang", "Eichendorffstraße", "Lessingstr.", "Theresienstraße",
           "Sternstraße", "Holunderweg", "Zum Steinbruch", "Auf der Heide", "Hohe Str."],
    "AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Schmiedgasse", "Linzer Gasse",
           "Wiener Straße", "Museumstraße", "Maria-Theresien-Straße", "Annenstraße", "Thaliastraße",
           "Gumpendorfer Straße", "Praterstraße", "Kaiserstraße"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Marktgasse", "Kramgasse", "Hauptstrasse",
           "Weinbergstrasse", "Zürichstrasse", "Spitalgasse", "Rosenweg", "Im Grund", "Via Sura"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Queen's Road",
           "Mill Lane", "King Street", "Manor Road", "Albert Street", "Green Lane", "Chapel Row",
           "Orchard Close"],
    "US": ["Main St", "Oak Avenue", "Maple Drive", "Elm Street", "Pine St", "2nd Avenue", "Cedar Lane",
           "Washington Blvd", "Park Ave", "Ridge Road", "Willow Court", "N Lincoln Ave"],
    "IE": ["Main Street", "Patrick Street", "O'Connell Street", "Church Road", "Strand Road", "Shop Street",
           "Sea View Terrace", "Mill Road"],
    "FR": ["rue Victor Hugo", "avenue Jean Jaurès", "rue des Lilas", "boulevard Voltaire", "rue du Moulin",
           "rue de la République", "chemin des Vignes"],
    "NL": ["Prinsengracht", "Keizersgracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg",
           "Oudegracht"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Italia", "Via Dante", "Via Mazzini", "Viale Trento",
           "Via dei Portici"],
}
TOWNS = {
    "DE": [("10115", "Berlin"), ("10437", "Berlin"), ("20095", "Hamburg"), ("22765", "Hamburg"),
           ("80331", "München"), ("81675", "München"), ("50667", "Köln"), ("60311", "Frankfurt am Main"),
           ("70173", "Stuttgart"), ("04109", "Leipzig"), ("01067", "Dresden"), ("28195", "Bremen"),
           ("30159", "Hannover"), ("90402", "Nürnberg"), ("44135", "Dortmund"), ("40213", "Düsseldorf"),
           ("53111", "Bonn"), ("69117", "Heidelberg"), ("79098", "Freiburg im Breisgau"), ("87435", "Kempten"),
           ("89073", "Ulm"), ("93047", "Regensburg"), ("24103", "Kiel"), ("18055", "Rostock"),
           ("99084", "Erfurt"), ("55116", "Mainz"), ("82467", "Garmisch-Partenkirchen"),
           ("87527", "Sonthofen"), ("86150", "Augsburg"), ("48143", "Münster"), ("37073", "Göttingen")],
    "AT": [("1010", "Wien"), ("1060", "Wien"), ("1030", "Wien"), ("1150", "Wien"), ("8010", "Graz"),
           ("4020", "Linz"), ("5020", "Salzburg"), ("6020", "Innsbruck"), ("9020", "Klagenfurt"),
           ("3100", "St. Pölten"), ("6900", "Bregenz"), ("5700", "Zell am See"), ("6370", "Kitzbühel")],
    "CH": [("8001", "Zürich"), ("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
           ("9000", "St. Gallen"), ("8400", "Winterthur"), ("7000", "Chur"), ("3920", "Zermatt"),
           ("6300", "Zug"), ("3800", "Interlaken")],
    "GB": [("LS1 4AB", "Leeds"), ("M1 2WD", "Manchester"), ("BS8 1QU", "Bristol"), ("N1 9GU", "London"),
           ("SE1 7PB", "London"), ("EH1 1YZ", "Edinburgh"), ("G2 3BZ", "Glasgow"), ("CF10 1EP", "Cardiff"),
           ("YO1 7HH", "York"), ("BA1 1LZ", "Bath"), ("S1 2HE", "Sheffield"), ("LA9 4DL", "Kendal"),
           ("CA12 5JR", "Keswick"), ("OX1 3BG", "Oxford")],
    "US": [("IL 62704", "Springfield", "217"), ("CO 80202", "Denver", "303"), ("OR 97205", "Portland", "503"),
           ("CO 80302", "Boulder", "303"), ("WA 98101", "Seattle", "206"), ("TX 78701", "Austin", "512"),
           ("VT 05401", "Burlington", "802"), ("WI 53703", "Madison", "608"), ("NC 28801", "Asheville", "828"),
           ("OR 97701", "Bend", "541"), ("UT 84111", "Salt Lake City", "801"), ("IL 60614", "Chicago", "312"),
           ("NY 11215", "Brooklyn", "718")],
    "IE": [("D02", "Dublin 2"), ("D08", "Dublin 8"), ("T12", "Cork"), ("H91", "Galway"), ("V94", "Limerick"),
           ("X91", "Waterford"), ("P31", "Ballincollig"), ("F92", "Letterkenny"), ("A94", "Blackrock")],
    "FR": [("75011", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"),
           ("67000", "Strasbourg"), ("74400", "Chamonix-Mont-Blanc"), ("38000", "Grenoble")],
    "NL": [("1016 GV", "Amsterdam"), ("3511 LN", "Utrecht"), ("2511 CV", "Den Haag"), ("3012 AB", "Rotterdam"),
           ("9711 LM", "Groningen")],
    "IT": [("20121", "Milano"), ("00185", "Roma"), ("39100", "Bolzano"), ("50123", "Firenze"),
           ("10121", "Torino"), ("38122", "Trento")],
}
COUNTRY_NAME = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Vereinigtes Königreich",
           "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}
COUNTRY_W = {
    "de": [("DE", 62), ("AT", 17), ("CH", 15), ("IT", 2), ("NL", 1.5), ("FR", 1.5), ("GB", 1)],
    "en": [("GB", 32), ("US", 30), ("IE", 14), ("DE", 8), ("FR", 5), ("NL", 5), ("IT", 4), ("AT", 1), ("CH", 1)],
}
EIR = "0123456789ACDEFHKNPRTVWXY"


class Address:
    def __init__(self, rng, country):
        self.country = country
        c = country
        t = rng.choice(TOWNS[c])
        self.plz, self.town = t[0], t[1]
        self.area = t[2] if c == "US" else None
        st = rng.choice(STREETS[c])
        n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 160)]))
        if c in ("DE", "CH") and rng.random() < 0.15:
            n += rng.choice("abc")
        if c == "DE":
            self.street = f"{st} {n}"
            pre = "D-" if rng.random() < 0.15 else ""
            self.pline = f"{pre}{self.plz} {self.town}"
        elif c == "AT":
            if self.town == "Wien" or rng.random() < 0.3:
                n = f"{n}/{rng.randint(1, 9)}/{rng.randint(1, 24)}" if rng.random() < 0.6 else f"{n}/{rng.randint(2, 18)}"
            self.street = f"{st} {n}"
            pre = "A-" if rng.random() < 0.3 else ""
            self.pline = f"{pre}{self.plz} {self.town}"
        elif c == "CH":
            self.street = f"{st} {n}"
            pre = "CH-" if rng.random() < 0.3 else ""
            self.pline = f"{pre}{self.plz} {self.town}"
        elif c == "GB":
            flat = f"Flat {rng.randint(1, 12)}, " if rng.random() < 0.25 else ""
            self.street = f"{flat}{n} {st}"
            self.pline = f"{self.town} {self.plz}"
        elif c == "US":
            apt = rng.choice(["", "", f", Apt {rng.randint(1, 30)}{rng.choice(['', 'B', 'C'])}",
                              f", Suite {rng.randint(1, 9)}00", f" #{rng.randint(2, 40)}"])
            self.street = f"{rng.randint(10, 9899)} {st}{apt}"
            self.pline = f"{self.town}, {self.plz}"
        elif c == "IE":
            self.street = f"{n} {st}"
            eir = f"{self.plz} " + "".join(rng.choice(EIR) for _ in range(4))
            self.pline = f"{self.town}, {eir}" if rng.random() < 0.5 else f"{self.town} {eir}"
        elif c == "FR":
            self.street = f"{n} {st}"
            self.pline = f"{self.plz} {self.town}"
        elif c == "NL":
            self.street = f"{st} {n}"
            self.pline = f"{self.plz} {self.town}"
        else:
            self.street = f"{st} {n}"
            self.pline = f"{self.plz} {self.town}"

    def line(self):
        return f"{self.street}, {self.pline}"

    def two(self):
        return f"{self.street}\n{self.pline}"


def phone(rng, country, intl, area=None):
    c = country
    if c == "DE":
        mob = rng.random() < 0.55
        a = rng.choice(["151", "152", "160", "162", "170", "171", "172", "175", "176", "157"]) if mob else \
            rng.choice(["30", "40", "89", "221", "69", "711", "341", "351", "831", "8821", "731"])
        sub = digits(rng, 7 if mob or len(a) > 2 else 8)
        if not intl:
            return rng.choice([f"0{a} {sub}", f"0{a}/{sub}", f"0{a}-{sub}", f"0{a} {sub[:3]} {sub[3:]}",
                               f"(0{a}) {sub}"])
        return rng.choice([f"+49 {a} {sub}", f"+49 (0){a} {sub}", f"+49{a}{sub}", f"0049 {a} {sub}",
                           f"+49 {a} {sub[:3]} {sub[3:]}"])
    if c == "AT":
        mob = rng.random() < 0.6
        a = rng.choice(["664", "660", "676", "699", "650", "681"]) if mob else rng.choice(["1", "316", "732", "662", "512"])
        sub = digits(rng, 7)
        if not intl:
            return rng.choice([f"0{a} {sub}", f"0{a}/{sub}", f"0{a} {sub[:3]} {sub[3:5]} {sub[5:]}"])
        return rng.choice([f"+43 {a} {sub}", f"+43 (0){a} {sub}", f"0043 {a} {sub}", f"+43 {a} {sub[:3]} {sub[3:]}"])
    if c == "CH":
        a = rng.choice(["76", "77", "78", "79", "44", "31", "61", "41", "71", "81"])
        s = digits(rng, 7)
        g = f"{s[:3]} {s[3:5]} {s[5:]}"
        return f"+41 {a} {g}" if intl and rng.random() < 0.8 else (f"0041 {a} {g}" if intl else f"0{a} {g}")
    if c == "GB":
        if rng.random() < 0.5:
            s = "900" + digits(rng, 3)
            return f"+44 7700 {s}" if intl else rng.choice([f"07700 {s}", f"07700{s}"])
        a = rng.choice(["20 7946", "113 496", "117 496", "161 496", "131 496", "29 2018"])
        s = "0" + digits(rng, 3)
        return f"+44 {a} {s}" if intl else f"0{a} {s}"
    if c == "US":
        a = area or rng.choice(["212", "303", "415", "617", "206", "512"])
        s = "01" + digits(rng, 2)
        if intl:
            return rng.choice([f"+1 {a} 555 {s}", f"+1 ({a}) 555-{s}", f"+1-{a}-555-{s}"])
        return rng.choice([f"({a}) 555-{s}", f"{a}-555-{s}", f"{a}.555.{s}"])
    if c == "IE":
        if rng.random() < 0.6:
            a, s = rng.choice(["83", "85", "86", "87", "89"]), digits(rng, 7)
        else:
            a, s = rng.choice(["1", "21", "91", "61"]), digits(rng, 7)
        g = f"{s[:3]} {s[3:]}"
        return f"+353 {a} {g}" if intl else f"0{a} {g}"
    if c == "FR":
        a = rng.choice(["6", "7", "1", "4", "5"])
        s = [digits(rng, 2) for _ in range(4)]
        return f"+33 {a} " + " ".join(s) if intl else f"0{a} " + " ".join(s)
    if c == "NL":
        if rng.random() < 0.6:
            s = digits(rng, 8)
            return f"+31 6 {s}" if intl else rng.choice([f"06 {s}", f"06-{s}"])
        a, s = rng.choice(["20", "30", "10", "70"]), digits(rng, 7)
        return f"+31 {a} {s[:3]} {s[3:]}" if intl else f"0{a} {s[:3]} {s[3:]}"
    a, s = rng.choice(["347", "333", "338", "02", "06", "0471"]), digits(rng, 7)
    return f"+39 {a} {s[:3]} {s[3:]}" if intl else f"{a} {s[:3]} {s[3:]}"


def ip4_public(rng):
    first = rng.choice([84, 91, 178, 188, 217, 62, 80, 93, 109, 46, 37, 151, 193, 212, 81])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip4_doc(rng):
    return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))


def ip4_private(rng):
    return rng.choice([f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                       f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])


def ip6(rng):
    h = lambda: f"{rng.randint(1, 0xffff):x}"  # noqa: E731
    return rng.choice([f"2001:db8:{h()}:{h()}::{h()}", f"2a02:8108:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                       f"2003:e2:{h()}:{h()}::{h()}", f"fe80::{h()}:{h()}:{h()}:{h()}",
                       f"2a01:598:{h()}:{h()}::{h()}", "::1", f"2607:f8b0:{h()}:{h()}::{h()}"])


# ------------------------------------------------------------------ people

PARTICLES = {"von", "van", "der", "den", "de", "la", "zu", "di", "lo", "dela", "ap", "ó", "mac",
             "nic", "ní", "du", "del"}
FREEMAIL = {"de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "gmx.at",
                   "bluewin.ch", "icloud.com", "aon.at", "yahoo.de", "mailbox.org", "gmx.ch"],
            "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com", "btinternet.com",
                   "yahoo.com", "eircom.net", "protonmail.com", "aol.com", "live.ie", "hotmail.com"]}
WORKMAIL = ["talgrat.de", "talgrat.com", "bergzeit-handel.de", "alpinshop-partner.at", "kletterhalle-nord.de",
            "trailmag.co.uk", "outdoorpress.com", "hikeco-media.com", "agentur-felsblick.de", "summitpr.ie",
            "gipfelwerk.ch", "northtrail-outfitters.com"]


def ascii_fold(s):
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ı", "i").replace("ł", "l")
    s = s.replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ø", "o").replace("å", "a")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


class Person:
    def __init__(self, rng, lang, allow_invented, country):
        self.lang = lang
        self.country = country
        self.invented = allow_invented and rng.random() < 0.095
        self.gender = rng.choice("mf")
        if self.invented:
            g, s = N.invented(rng, lang, self.gender)
        else:
            origin = wchoice(rng, N.WEIGHTS[lang])
            m, f, sur = N.TABLE[origin]
            g = rng.choice(m if self.gender == "m" else f)
            so = origin if rng.random() < 0.88 else wchoice(rng, N.WEIGHTS[lang])
            s = rng.choice(N.TABLE[so][2])
            r = rng.random()
            if r < 0.06:
                s = rng.choice(N.WORD_SURNAMES[lang])
            elif r < 0.09:
                gg = [x for x in N.WORD_GIVEN[lang] if x[0] == self.gender]
                if gg:
                    g = rng.choice(gg)[1]
            r = rng.random()
            if origin in ("german", "austrian", "swiss") and r < 0.08:
                g2 = rng.choice(m if self.gender == "m" else f)
                if g2 != g:
                    g = f"{g}-{g2}" if rng.random() < 0.6 else f"{g} {g2}"
            elif origin in ("english", "us", "irish") and r < 0.04:
                g2 = rng.choice(m if self.gender == "m" else f)
                if g2 != g:
                    g = f"{g} {g2}"
            r = rng.random()
            if r < (0.08 if lang == "de" else 0.04) and " " not in s and "-" not in s:
                s2 = rng.choice(N.TABLE[so][2])
                if s2 != s and " " not in s2 and "-" not in s2:
                    s = f"{s}-{s2}"
        self.given, self.surname = g, s
        self.title = ""

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def main_surname(self):
        parts = self.surname.split(" ")
        rest = [p for p in parts if p.lower() not in PARTICLES]
        return rest[-1] if rest else parts[-1]

    def tokens(self):
        out = []
        for t in re.split(r"[ \-,.]+", self.full):
            if len(t) >= 2 and t.lower() not in PARTICLES:
                out.append(t)
        return out

    def email(self, rng, work=False):
        g = ascii_fold(self.given.split(" ")[0].split("-")[0]).lower()
        s = ascii_fold(self.surname).lower()
        dom = rng.choice(WORKMAIL if work else FREEMAIL[self.lang])
        local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}", f"{g}_{s}", f"{g}.{s}{rng.randint(1, 99)}",
                            f"{s}.{g}", f"{g}{rng.randint(70, 99)}", f"{g[0]}{s}"])
        return f"{local}@{dom}"

    def handle(self, rng):
        g = ascii_fold(self.given.split(" ")[0]).lower()
        s = ascii_fold(self.main_surname()).lower()
        return "@" + rng.choice([f"{g}.{s[0]}", f"{g}{s[0]}", f"{g[0]}{s}", f"{g}_{s}", g])


# ------------------------------------------------------------------ look-alikes

PRODUCTS = {
    "de": ["Firstwand 3-Lagen-Regenjacke", "Schauerpass 2,5-Lagen-Regenjacke", "Kaltkar Daunenjacke",
           "Rinnental Isolationshoody", "Gitterhang Grid-Fleecejacke", "Morgengrat Merino 150 Langarmshirt",
           "Trittweg Merino-Wandersocken", "Almweg Zip-off-Wanderhose", "Wintersteig Wintertrekkinghose",
           "Hochsattel 30 Wanderrucksack", "Fernkamm 45+10 Trekkingrucksack", "Steinlauf Trailrunningschuh"],
    "en": ["Firstwand 3-Layer Rain Jacket", "Schauerpass 2.5-Layer Rain Jacket", "Kaltkar Down Jacket",
           "Rinnental Insulated Hoody", "Gitterhang Grid Fleece Jacket", "Morgengrat Merino 150 Long-Sleeve Shirt",
           "Trittweg Merino Hiking Socks", "Almweg Zip-Off Hiking Trousers", "Wintersteig Winter Trekking Trousers",
           "Hochsattel 30 Hiking Backpack", "Fernkamm 45+10 Trekking Backpack", "Steinlauf Trail Running Shoe"],
}
SHORT = ["Firstwand", "Schauerpass", "Kaltkar", "Rinnental", "Gitterhang", "Morgengrat", "Trittweg", "Almweg",
         "Wintersteig", "Hochsattel 30", "Fernkamm 45+10", "Steinlauf"]
SKUS = ["TG-RJ-100", "TG-RJ-200", "TG-DJ-100", "TG-SI-100", "TG-FL-100", "TG-BL-100", "TG-SO-100", "TG-HT-100",
        "TG-WT-100", "TG-BP-030", "TG-BP-045", "TG-TS-100"]
PRICES = ["349,95", "229,95", "299,00", "189,95", "129,95", "89,95", "24,95", "139,95", "169,95", "159,95",
          "219,00", "179,95"]
COLOURS = {"de": ["Schiefer", "Moosgrün", "Tiefblau", "Rost", "Anthrazit", "Gletscher", "Schwarz", "Salbei"],
           "en": ["slate", "moss green", "deep blue", "rust", "anthracite", "glacier", "black", "sage"]}
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "42", "43", "44,5", "38", "40", "46", "52"]
COMPANIES = {
    "de": ["Schneider Logistik GmbH", "Bauer & Söhne KG", "Wolf Textilveredelung GmbH", "Spedition Fuchs",
           "Koch Etiketten GmbH", "Vogel Verpackungen", "Kaiser Druckerei", "Brandt Fotostudio OHG",
           "Müller Kurierdienst", "Huber Outdoor Handels GmbH", "Keller & Frei AG", "Gruber Sport e.U."],
    "en": ["Baker & Hunt Ltd", "Miller Freight LLC", "Stone & Wood Printing", "Hunter Logistics Ltd",
           "Fox & Cook Photography", "Young Brothers Outfitters", "Harrison Packaging Ltd", "Murphy Couriers",
           "Page Design Co.", "Walsh & Byrne Solicitors", "Kelly Freight Ltd", "Patel Trading Ltd"],
}


class Ctx:
    """Per-text state: people, addresses and values, drawn once per key."""

    def __init__(self, rng, lang, allow_invented=True, country=None):
        self.rng, self.lang, self.allow_invented, self.country = rng, lang, allow_invented, country
        self.cache, self.people, self.addrs = {}, {}, {}
        self.honstyle = rng.random()

    def person(self, i):
        if i not in self.people:
            c = self.country or wchoice(self.rng, COUNTRY_W[self.lang])
            if self.country and self.rng.random() < 0.15 and i > 1:
                c = wchoice(self.rng, COUNTRY_W[self.lang])
            for _ in range(50):
                p = Person(self.rng, self.lang, self.allow_invented, c)
                if all(p.surname != q.surname and p.given != q.given for q in self.people.values()):
                    break
            self.people[i] = p
        return self.people[i]

    def addr(self, i):
        if i not in self.addrs:
            self.addrs[i] = Address(self.rng, self.person(i).country)
        return self.addrs[i]

    def get(self, key):
        if key not in self.cache:
            self.cache[key] = self._make(key)
        return self.cache[key]

    def hon(self, p, acc=False):
        de = self.lang == "de"
        if de:
            h = ("Herrn" if acc else "Herr") if p.gender == "m" else "Frau"
        else:
            h = ("Mr" if p.gender == "m" else rng_pick(self.honstyle, ["Ms", "Mrs"]))
            if self.honstyle > 0.5:
                h += "."
        return h

    def _make(self, key):
        rng, lang = self.rng, self.lang
        m = re.fullmatch(r"p(\d)\.(\w+)", key)
        if m:
            p = self.person(int(m.group(1)))
            f = m.group(2)
            g, s = p.given, p.surname
            forms = {
                "full": (p.full, PER), "first": (g, PER), "last": (s, PER), "lf": (f"{s}, {g}", PER),
                "LF": (f"{s.upper()}, {g}", PER), "caps": (p.full.upper(), PER), "LAST": (s.upper(), PER),
                "lower": (p.full.lower(), PER), "lfirst": (g.lower(), PER),
                "il": (f"{g[0]}. {s}", PER), "fi": (f"{g} {p.main_surname()[0]}.", PER),
                "email": (p.email(rng), EML), "wmail": (p.email(rng, True), EML),
                "handle": (p.handle(rng), None),
            }
            if f in forms:
                return [forms[f]]
            if f in ("hon", "honacc"):
                return [(self.hon(p, f == "honacc"), None)]
            mf = p.gender == "m"
            words = {
                "er": ("er", "sie"), "Er": ("Er", "Sie"), "ihn": ("ihn", "sie"), "ihm": ("ihm", "ihr"),
                "sein": ("sein", "ihr"), "seine": ("seine", "ihre"), "der": ("der", "die"), "den": ("den", "die"),
                "dem": ("dem", "der"), "r": ("r", ""), "Kunde": ("Kunde", "Kundin"), "in": ("", "in"), "ein": ("ein", "eine"), "Ein": ("Ein", "Eine"),
                "he": ("he", "she"), "He": ("He", "She"), "him": ("him", "her"), "his": ("his", "her"),
                "His": ("His", "Her"), "sgh": ("Sehr geehrter Herr", "Sehr geehrte Frau"),
                "lieb": ("Lieber", "Liebe"), "hallo": ("Hallo Herr", "Hallo Frau"),
            }
            return [(words[f][0 if mf else 1], None)]
        m = re.fullmatch(r"a(\d)\.(\w+)", key)
        if m:
            a = self.addr(int(m.group(1)))
            f = m.group(2)
            return [{"line": (a.line(), ADR), "two": (a.two(), ADR), "street": (a.street, ADR),
                     "plz": (a.plz, None), "town": (a.town, None), "pline": (a.pline, None),
                     "country": (COUNTRY_NAME[lang][a.country], None), "cc": (a.country, None)}[f]]
        m = re.fullmatch(r"ph(\d)([ni]?)", key)
        if m:
            i = int(m.group(1))
            p = self.person(i)
            intl = {"n": False, "i": True, "": rng.random() < 0.45}[m.group(2)]
            area = self.addr(i).area if p.country == "US" else None
            return [(phone(rng, p.country, intl, area), PHO)]
        base = re.sub(r"\d+$", "", key)
        return self._value(base)

    def _value(self, k):
        rng, lang = self.rng, self.lang
        de = lang == "de"
        if k == "iban":
            c = self.people[1].country if 1 in self.people else ("DE" if de else "GB")
            c = c if c in IBAN_LEN and c != "US" else ("DE" if de else "GB")
            return [(iban(rng, c, rng.random() < 0.7), IBN)]
        if k == "ibande":
            return [(iban(rng, "DE", rng.random() < 0.7), IBN)]
        if k == "card":
            return [(card(rng, rng.choice([0, 1, 1, 2])), CRD)]
        if k == "tax":
            return [(taxid(rng, rng.random() < 0.4), TAX)]
        if k == "ip":
            return [(ip4_public(rng) if rng.random() < 0.6 else ip4_doc(rng), IPA)]
        if k == "ipp":
            return [(ip4_private(rng), IPA)]
        if k == "ip6":
            return [(ip6(rng), IPA)]
        if k == "lo":
            return [("127.0.0.1", IPA)]
        if k == "order":
            return [(rng.choice([f"TG-{rng.randint(2023, 2025)}-{digits(rng, 6)}", f"#{rng.randint(100000, 999999)}",
                                 f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}", f"W{digits(rng, 9)}",
                                 f"0{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 3)}"]), None)]
        if k == "track":
            return [(rng.choice([f"00340434{digits(rng, 12)}", f"JJD{digits(rng, 15)}", f"1Z{digits(rng, 3)}AA1{digits(rng, 10)}",
                                 f"RM {digits(rng, 4)} {digits(rng, 4)} 9GB", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"]), None)]
        if k == "cust":
            return [(rng.choice([f"KD-{digits(rng, 7)}" if de else f"CUS-{digits(rng, 7)}", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}",
                                 f"+{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)}"[1:]]), None)]
        if k == "ticket":
            return [(rng.choice([f"#{rng.randint(10000, 99999)}", f"TCK-{digits(rng, 6)}", f"SR-{digits(rng, 5)}"]), None)]
        if k == "gtin":
            return [(gtin(rng), None)]
        if k == "sku":
            return [(rng.choice(SKUS), None)]
        if k == "prod":
            return [(rng.choice(PRODUCTS[lang]), None)]
        if k == "short":
            return [(rng.choice(SHORT), None)]
        if k == "price":
            p = rng.choice(PRICES)
            if de:
                return [(rng.choice([f"{p} €", f"€ {p}", f"{p} EUR", f"CHF {p.replace(',', '.')}"]), None)]
            q = p.replace(",", ".")
            return [(rng.choice([f"£{q}", f"€{q}", f"${q}", f"EUR {q}"]), None)]
        if k == "date":
            d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025])
            if de:
                return [(rng.choice([f"{d:02d}.{mo:02d}.{y}", f"{d}.{mo}.", f"{d}. {MONTHS_DE[mo - 1]}"]), None)]
            return [(rng.choice([f"{d} {MONTHS_EN[mo - 1]}", f"{MONTHS_EN[mo - 1]} {d}", f"{d:02d}/{mo:02d}/{y}",
                                 f"{y}-{mo:02d}-{d:02d}"]), None)]
        if k == "iso":
            return [(f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", None)]
        if k == "time":
            h, mi = rng.randint(7, 19), rng.choice([0, 15, 30, 45, 10, 5])
            return [(f"{h}:{mi:02d}" + ("" if de else rng.choice(["", ""])), None)]
        if k == "size":
            return [(rng.choice(SIZES), None)]
        if k == "colour":
            return [(rng.choice(COLOURS[lang]), None)]
        if k == "company":
            return [(rng.choice(COMPANIES[lang]), None)]
        if k == "ver":
            return [(f"{rng.randint(1, 6)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}", None)]
        if k == "n":
            return [(str(rng.randint(2, 9)), None)]
        if k == "nn":
            return [(str(rng.randint(10, 60)), None)]
        if k == "plz":
            c = "DE" if de else rng.choice(["GB", "US"])
            return [(rng.choice(TOWNS[c])[0], None)]
        if k == "town":
            c = rng.choice(["DE", "AT", "CH"]) if de else rng.choice(["GB", "US", "IE"])
            return [(rng.choice(TOWNS[c])[1], None)]
        raise KeyError(k)


MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def rng_pick(x, seq):
    return seq[int(x * 1000) % len(seq)]


# ------------------------------------------------------------------ renderer

ALT = re.compile(r"\(\(((?:(?!\(\(|\)\)).)*)\)\)", re.S)
SLOT = re.compile(r"«([^»]+)»")


def expand(tpl, rng):
    while True:
        m = ALT.search(tpl)
        if not m:
            return tpl
        tpl = tpl[:m.start()] + rng.choice(m.group(1).split("|")) + tpl[m.end():]


def render(tpl, ctx, noise=None):
    """Returns text and sorted entities."""
    s = expand(tpl(ctx.rng) if callable(tpl) else tpl, ctx.rng)
    pieces = []
    pos = 0
    for m in SLOT.finditer(s):
        pieces.append((s[pos:m.start()], None))
        pieces.extend(ctx.get(m.group(1)))
        pos = m.end()
    pieces.append((s[pos:], None))
    if noise:
        pieces = [(noise(t, ctx.rng), None) if lab is None else (t, lab) for t, lab in pieces]
    text, ents = "", []
    for t, lab in pieces:
        if lab:
            ents.append({"type": lab, "start": len(text), "end": len(text) + len(t), "value": t})
        text += t
    return text, ents


# ------------------------------------------------------------------ self-checks

EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
IP4_RE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)")
IP6_RE = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,31}")
NUM_RE = re.compile(r"\d(?:[ \-]?\d){10,22}")
HANDLE_RE = re.compile(r"(?<![\w.])@[\w.\-]+")


def check(text, ents, has_pii):
    """An error message, or None."""
    last = 0
    for e in ents:
        if text[e["start"]:e["end"]] != e["value"]:
            return "value mismatch"
        if e["start"] < last:
            return "overlap"
        last = e["end"]
        v = e["value"]
        if v != v.strip() or not v:
            return "space at value end"
        if e["type"] == IBN and not iban_valid(v):
            return "bad iban"
        if e["type"] == CRD:
            d = re.sub(r"[ \-]", "", v)
            if not (luhn_ok(d) and issuer_ok(d)):
                return "bad card"
        if e["type"] == TAX and not taxid_valid(v):
            return "bad tax id"
    if has_pii and not ents:
        return "no span"
    if not has_pii and ents:
        return "span in clean text"
    cov = [None] * len(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            cov[i] = e["type"]

    def inside(a, b, types):
        return all(cov[i] in types for i in range(a, b))

    emails = [(m.start(), m.end()) for m in EMAIL_RE.finditer(text)]
    for a, b in emails:
        if not inside(a, b, (EML,)):
            return "email outside span"
    for m in IP4_RE.finditer(text):
        parts = m.group(0).split(".")
        if all(int(x) <= 255 for x in parts) and not inside(m.start(), m.end(), (IPA,)):
            return "ipv4 outside span: " + m.group(0)
    for m in IP6_RE.finditer(text):
        g = m.group(0)
        if (g.count(":") >= 3 or "::" in g) and any(c.isalnum() for c in g) and not inside(m.start(), m.end(), (IPA,)):
            return "ipv6 outside span: " + g
    for m in IBAN_RE.finditer(text):
        raw = m.group(0)
        comp = raw.replace(" ", "")
        L = IBAN_LEN.get(comp[:2])
        if L and len(comp) >= L and iban_valid(comp[:L]) and not inside(m.start(), m.start() + 1, (IBN,)):
            return "iban outside span"
    for m in NUM_RE.finditer(text):
        d = re.sub(r"[ \-]", "", m.group(0))
        cands = [d] + re.findall(r"\d+", m.group(0))
        for c in cands:
            bad = (13 <= len(c) <= 19 and luhn_ok(c) and issuer_ok(c)) or (len(c) == 11 and taxid_valid(c))
            if bad and not inside(m.start(), m.start() + 1, (CRD, TAX)):
                return "card/tax id outside span"
    # name parts
    excl = list(cov)
    for a, b in emails:
        for i in range(a, b):
            excl[i] = "X"
    for m in HANDLE_RE.finditer(text):
        for i in range(m.start(), m.end()):
            excl[i] = "X"
    seen = {}
    for e in ents:
        if e["type"] != PER:
            continue
        for t in re.split(r"[ \-,.]+", e["value"]):
            if len(t) < 2 or t.lower() in PARTICLES or t.lower() in seen:
                continue
            seen[t.lower()] = 1
            for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text, re.I):
                if any(excl[i] is None for i in range(m.start(), m.end())):
                    return "unlabelled name part: " + t
    return None


def build_lang(lang, seed, pii_genres, clean_genres, per_pii=400, per_clean=100, noises=None):
    """Records of one language. pii_genres/clean_genres: lists of (genre, kind, templates, opts)."""
    rng = random.Random(seed)
    slots = []
    n = len(pii_genres)
    base, extra = divmod(per_pii, n)
    for i, g in enumerate(pii_genres):
        slots += [(g, True)] * (base + (1 if i < extra else 0))
    base, extra = divmod(per_clean, len(clean_genres))
    for i, g in enumerate(clean_genres):
        slots += [(g, False)] * (base + (1 if i < extra else 0))
    rng.shuffle(slots)
    turn = {}
    out, seen = [], {}
    for idx, (g, has_pii) in enumerate(slots, 1):
        name, kind, tpls, opts = g
        for attempt in range(400):
            k = turn.get(name, 0)
            turn[name] = k + 1
            order = list(range(len(tpls)))
            tpl = tpls[order[k % len(tpls)]]
            country = opts.get("country")
            if isinstance(tpl, tuple):
                tpl, country = tpl
            if callable(country):
                country = country(rng)
            ctx = Ctx(rng, lang, allow_invented=opts.get("invented", True), country=country)
            text, ents = render(tpl, ctx, noise=opts.get("noise"))
            err = check(text, ents, has_pii)
            if err is None and text in seen:
                err = "duplicate"
            if err is None:
                break
        else:
            raise RuntimeError(f"{lang} {name}: no valid rendering ({err})")
        seen[text] = 1
        out.append({"id": f"pii-dev20-{lang}-{idx:04d}", "text": text, "lang": lang, "genre": name,
                    "entities": ents})
    return out
