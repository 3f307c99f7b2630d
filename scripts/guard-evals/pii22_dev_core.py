"""Machinery of the dev half of the twenty-second PII bank: people, values with check digits,
look-alikes, the template renderer and the self-checks.

A template is a string with slots `{p1.full}`, `{a1.line}`, `{ph1}`, `{order}` … and
alternatives `[[a¦b¦c]]` (innermost first; `[[a¦]]` may render empty). Each slot renders to pieces
`(text, label or None)`; the renderer joins them and records every labelled piece as a span in
Unicode code points. A template may also be a callable `f(rng) -> str` (rows of a table).
"""

import ipaddress
import random
import re
import unicodedata

import pii22_dev_names as names

# ---------------------------------------------------------------- checksums


def iban_valid(value):
    v = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def make_iban(rng, country, grouped):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    a = lambda n: "".join(rng.choice(L) for _ in range(n))  # noqa: E731
    bban = {"DE": lambda: d(18), "AT": lambda: d(16), "CH": lambda: d(17),
            "GB": lambda: a(4) + d(14), "IE": lambda: a(4) + d(14), "NL": lambda: a(4) + d(10),
            "FR": lambda: d(23), "IT": lambda: a(1) + d(22)}[country]()
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    v = f"{country}{check:02d}{bban}"
    assert iban_valid(v)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def issuer_ok(d):
    if len(d) in (13, 16, 19) and d[0] == "4":
        return True
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if len(d) == 15 and d[:2] in ("34", "37"):
        return True
    if len(d) == 16 and (d[:4] == "6011" or d[:2] == "65"):
        return True
    return False


def card_valid(value):
    d = re.sub(r"[ -]", "", value)
    return d.isdigit() and luhn_ok(d) and issuer_ok(d)


def make_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        body, n = str(rng.randint(51, 55)) + "".join(rng.choice("0123456789") for _ in range(4)), 16
    elif kind == "mc2":
        body, n = str(rng.randint(2221, 2720)) + "".join(rng.choice("0123456789") for _ in range(2)), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(4)), 15
    else:
        body, n = "6011" + "".join(rng.choice("0123456789") for _ in range(2)), 16
    while len(body) < n - 1:
        body += rng.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    assert card_valid(num)
    style = rng.choice(["space", "space", "dash", "compact"])
    if n == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ", "dash": "-", "compact": ""}[style].join(groups)


def taxid_check(d10):
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def taxid_valid(value):
    d = value.replace(" ", "").replace("/", "")
    if not re.fullmatch(r"\d{11}", d) or d[0] == "0":
        return False
    counts = [d[:10].count(c) for c in "0123456789"]
    rep = [c for c in counts if c > 1]
    if len(rep) != 1 or rep[0] not in (2, 3):
        return False
    if rep[0] == 3 and re.search(r"(\d)\1\1", d[:10]):
        return False
    return taxid_check(d[:10]) == int(d[10])


def make_taxid(rng):
    while True:
        digits = list("0123456789")
        rng.shuffle(digits)
        times = rng.choice([2, 2, 3])
        chosen = digits[: 11 - times]  # 9 or 8 distinct digits, one of them repeated
        rep = chosen[0]
        body = chosen + [rep] * (times - 1)
        rng.shuffle(body)
        d10 = "".join(body)
        if d10[0] == "0":
            continue
        v = d10 + str(taxid_check(d10))
        if taxid_valid(v):
            break
    return rng.choice([v, v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"])


def gtin13(rng):
    while True:
        body = rng.choice(["40", "42", "43", "50", "76", "90", "91", "54", "80"]) + \
            "".join(rng.choice("0123456789") for _ in range(10))
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        v = body + str((10 - s % 10) % 10)
        if not card_valid(v):
            return v


# ---------------------------------------------------------------- places and phones

DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Schillerstraße", "Goethestraße",
              "Am Mühlbach", "Gartenstraße", "Birkenweg", "Kirchgasse", "Ringstraße", "Mozartstraße",
              "Eichendorffweg", "Talstraße", "Am Sonnenhang", "Kastanienallee", "Friedhofstraße",
              "Wiesenweg", "Brunnenstraße", "Lessingstraße", "Uhlandstraße", "Rosenstraße",
              "Waldstraße", "Jahnstraße", "Feldstraße", "Hohenzollernring", "Marktplatz",
              "Zur alten Ziegelei", "Auf der Höhe", "Kiefernweg", "Poststraße"]
DE_TOWNS = [("10115", "Berlin"), ("10437", "Berlin"), ("20255", "Hamburg"), ("80469", "München"),
            ("50667", "Köln"), ("60318", "Frankfurt am Main"), ("70178", "Stuttgart"),
            ("04109", "Leipzig"), ("01097", "Dresden"), ("30159", "Hannover"), ("28195", "Bremen"),
            ("90402", "Nürnberg"), ("79098", "Freiburg im Breisgau"), ("87435", "Kempten"),
            ("83471", "Berchtesgaden"), ("82467", "Garmisch-Partenkirchen"), ("93047", "Regensburg"),
            ("48143", "Münster"), ("24103", "Kiel"), ("99084", "Erfurt"), ("55116", "Mainz"),
            ("69117", "Heidelberg"), ("37073", "Göttingen"), ("88131", "Lindau"), ("72070", "Tübingen"),
            ("44135", "Dortmund"), ("18055", "Rostock"), ("66111", "Saarbrücken")]
AT_STREETS = ["Mariahilfer Straße", "Hauptplatz", "Linzer Gasse", "Getreidegasse", "Herrengasse",
              "Landstraßer Hauptstraße", "Schulgasse", "Kaiserstraße", "Dorfstraße", "Bergstraße",
              "Museumstraße", "Favoritenstraße", "Annenstraße", "Salzburger Straße"]
AT_TOWNS = [("1010", "Wien"), ("1060", "Wien"), ("1150", "Wien"), ("8010", "Graz"),
            ("5020", "Salzburg"), ("6020", "Innsbruck"), ("4020", "Linz"), ("9020", "Klagenfurt"),
            ("6900", "Bregenz"), ("3100", "St. Pölten"), ("6370", "Kitzbühel"), ("5700", "Zell am See")]
CH_STREETS = ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptgasse", "Kramgasse",
              "Rheinweg", "Zürichstrasse", "Bergstrasse", "Kirchweg", "Feldeggstrasse", "Schulhausstrasse"]
CH_TOWNS = [("8001", "Zürich"), ("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"),
            ("6003", "Luzern"), ("9000", "St. Gallen"), ("7000", "Chur"), ("3920", "Zermatt"),
            ("8400", "Winterthur"), ("6300", "Zug"), ("3800", "Interlaken"), ("5000", "Aarau")]
GB_STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane",
              "Park Avenue", "Queen's Road", "Manor Way", "The Crescent", "Kings Road",
              "Greenfield Close", "Albert Street", "Orchard Grove", "Windmill Hill"]
GB_TOWNS = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Sheffield", "S"),
            ("York", "YO"), ("Bath", "BA"), ("Kendal", "LA"), ("Edinburgh", "EH"),
            ("Glasgow", "G"), ("Cardiff", "CF"), ("Norwich", "NR"), ("Brighton", "BN"),
            ("Oxford", "OX"), ("London", "N"), ("London", "SE"), ("Inverness", "IV")]
US_STREETS = ["Main St", "Oak Avenue", "Maple Street", "Elm St", "Pine Ridge Rd", "Cedar Lane",
              "Washington Blvd", "Lakeview Dr", "2nd Avenue", "Sunset Blvd", "Highland Ave",
              "Mill Creek Road"]
US_TOWNS = [("Springfield", "IL", "627", "217"), ("Boulder", "CO", "803", "303"),
            ("Portland", "OR", "972", "503"), ("Austin", "TX", "787", "512"),
            ("Seattle", "WA", "981", "206"), ("Burlington", "VT", "054", "802"),
            ("Asheville", "NC", "288", "828"), ("Madison", "WI", "537", "608"),
            ("Bozeman", "MT", "597", "406"), ("Brooklyn", "NY", "112", "718"),
            ("Salt Lake City", "UT", "841", "801"), ("Cambridge", "MA", "021", "617")]
IE_STREETS = ["Main Street", "Patrick Street", "Bridge Street", "Church Road", "Strand Road",
              "O'Connell Street", "Castle Street", "Shop Street"]
IE_TOWNS = [("Dublin 2", "D02"), ("Dublin 8", "D08"), ("Cork", "T12"), ("Galway", "H91"),
            ("Limerick", "V94"), ("Westport, Co. Mayo", "F28"), ("Killarney, Co. Kerry", "V93"),
            ("Kilkenny", "R95"), ("Sligo", "F91")]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire",
              "rue des Lilas", "place du Marché", "chemin des Vignes"]
FR_TOWNS = [("75011", "Paris"), ("69003", "Lyon"), ("13001", "Marseille"), ("74400", "Chamonix"),
            ("38000", "Grenoble"), ("67000", "Strasbourg"), ("31000", "Toulouse")]
NL_STREETS = ["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsplein",
              "Oudegracht", "Laan van Meerdervoort"]
NL_TOWNS = [("1015", "Amsterdam"), ("3511", "Utrecht"), ("2514", "Den Haag"), ("9711", "Groningen"),
            ("3012", "Rotterdam"), ("5611", "Eindhoven")]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Italia", "Via Dante", "Piazza della Libertà",
              "Via dei Mille", "Via San Francesco"]
IT_TOWNS = [("20121", "Milano"), ("39100", "Bolzano"), ("38122", "Trento"), ("00184", "Roma"),
            ("10123", "Torino"), ("50122", "Firenze"), ("39012", "Merano")]

ADDR_WEIGHTS = {"de": [("DE", 52), ("AT", 20), ("CH", 16), ("IT", 3), ("NL", 3), ("FR", 3), ("GB", 2), ("US", 1)],
                "en": [("GB", 30), ("US", 28), ("IE", 14), ("DE", 8), ("FR", 5), ("NL", 5), ("IT", 4),
                       ("AT", 3), ("CH", 3)]}

EIR = "ACDEFHKNPRTVWXY0123456789"
GBL = "ABDEFGHJLNPQRSTUWXYZ"


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


class Address:
    """One address; `line`, `block`, `street` are its labelled forms, `zip`, `town` plain."""

    def __init__(self, rng, country):
        self.country = country
        r = rng
        n = str(wchoice(r, [(r.randint(1, 30), 5), (r.randint(31, 180), 3)]))
        if country == "DE":
            st = f"{r.choice(DE_STREETS)} {n}{r.choice(['', '', '', 'a', 'b'])}"
            z, t = r.choice(DE_TOWNS)
            pz = r.choice(["", "", "", "", "D-"]) + z
            self.street, self.zip, self.town, self.last = st, z, t, f"{pz} {t}"
        elif country == "AT":
            st = f"{r.choice(AT_STREETS)} {n}" + r.choice(["", "", f"/{r.randint(1, 9)}", f"/{r.randint(1, 6)}/{r.randint(1, 24)}"])
            z, t = r.choice(AT_TOWNS)
            self.street, self.zip, self.town = st, z, t
            self.last = r.choice(["", "", "A-"]) + f"{z} {t}"
        elif country == "CH":
            st = f"{r.choice(CH_STREETS)} {n}"
            z, t = r.choice(CH_TOWNS)
            self.street, self.zip, self.town = st, z, t
            self.last = r.choice(["", "", "CH-"]) + f"{z} {t}"
        elif country == "GB":
            st = f"{n} {r.choice(GB_STREETS)}"
            if r.random() < 0.25:
                st = f"Flat {r.randint(1, 12)}, " + st
            t, area = r.choice(GB_TOWNS)
            pc = f"{area}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice(GBL)}{r.choice(GBL)}"
            self.street, self.zip, self.town, self.last = st, pc, t, f"{t} {pc}"
        elif country == "US":
            st = f"{r.randint(12, 9800)} {r.choice(US_STREETS)}"
            if r.random() < 0.4:
                st += r.choice([f", Apt {r.randint(1, 40)}{r.choice(['', 'B', 'C'])}", f", Suite {r.randint(100, 900)}", f" #{r.randint(2, 30)}"])
            t, s, zp, self.area = r.choice(US_TOWNS)
            z = zp + f"{r.randint(0, 99):02d}"
            self.street, self.zip, self.town, self.last = st, z, t, f"{t}, {s} {z}"
        elif country == "IE":
            st = f"{n} {r.choice(IE_STREETS)}"
            t, key = r.choice(IE_TOWNS)
            ec = key + " " + "".join(r.choice(EIR) for _ in range(4))
            self.street, self.zip, self.town, self.last = st, ec, t, f"{t} {ec}"
        elif country == "FR":
            st = f"{n} {r.choice(FR_STREETS)}"
            z, t = r.choice(FR_TOWNS)
            self.street, self.zip, self.town, self.last = st, z, t, f"{z} {t}"
        elif country == "NL":
            st = f"{r.choice(NL_STREETS)} {n}"
            z, t = r.choice(NL_TOWNS)
            z = f"{z} {r.choice(GBL)}{r.choice(GBL)}"
            self.street, self.zip, self.town, self.last = st, z, t, f"{z} {t}"
        else:
            st = f"{r.choice(IT_STREETS)} {n}"
            z, t = r.choice(IT_TOWNS)
            self.street, self.zip, self.town, self.last = st, z, t, f"{z} {t}"
        self.line = f"{self.street}, {self.last}"
        self.block = f"{self.street}\n{self.last}"


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_phone(rng, country, mobile=None):
    r = rng
    mob = r.random() < 0.5 if mobile is None else mobile
    intl = r.random() < 0.45
    if country == "DE":
        if mob:
            p = r.choice(["151", "160", "170", "171", "172", "176", "157", "162", "152"])
            sub = _d(r, r.choice([7, 8]))
            return r.choice([f"+49 {p} {sub}", f"+49 (0){p} {sub}", f"0049 {p} {sub}"]) if intl else \
                r.choice([f"0{p} {sub}", f"0{p}-{sub}", f"0{p}/{sub}", f"0{p} {sub[:3]} {sub[3:]}"])
        a = r.choice(["30", "40", "89", "221", "69", "711", "911", "351", "341", "511", "761", "831", "8821"])
        sub = _d(r, 10 - len(a) if len(a) < 4 else 5) if r.random() < 0.5 else _d(r, 7)
        if sub[0] == "0":
            sub = "4" + sub[1:]
        return r.choice([f"+49 {a} {sub}", f"+49 (0){a} {sub}", f"+49-{a}-{sub}"]) if intl else \
            r.choice([f"0{a} {sub}", f"0{a}/{sub}", f"(0{a}) {sub}", f"0{a}-{sub}"])
    if country == "AT":
        if mob:
            p = r.choice(["664", "660", "676", "699", "650", "681"])
            sub = _d(r, 7)
            return r.choice([f"+43 {p} {sub}", f"+43 (0){p} {sub[:3]} {sub[3:]}", f"0043 {p} {sub}"]) if intl else \
                r.choice([f"0{p} {sub}", f"0{p}/{sub}", f"0{p} {sub[:3]} {sub[3:]}"])
        a = r.choice(["1", "316", "512", "662", "732", "463"])
        sub = "5" + _d(r, 6 if a == "1" else 5)
        return f"+43 {a} {sub}" if intl else r.choice([f"0{a} {sub}", f"0{a}/{sub}"])
    if country == "CH":
        a = r.choice(["79", "78", "76", "77"]) if mob else r.choice(["44", "31", "61", "41", "71", "81", "27"])
        s = f"{r.randint(200, 989)} {_d(r, 2)} {_d(r, 2)}"
        return r.choice([f"+41 {a} {s}", f"0041 {a} {s}"]) if intl else f"0{a} {s}"
    if country == "GB":
        if mob:
            s = f"7{r.choice(['700', '712', '734', '781', '823', '911'])} {_d(r, 6)}"
        else:
            s = r.choice([f"20 7{_d(r, 3)} {_d(r, 4)}", f"113 496 {_d(r, 4)}", f"161 {r.randint(200, 899)} {_d(r, 4)}",
                          f"131 {r.randint(200, 899)} {_d(r, 4)}", f"1539 {_d(r, 6)}"])
        return r.choice([f"+44 {s}", f"+44 (0){s}"]) if intl else f"0{s}"
    if country == "US":
        a = r.choice(["212", "415", "312", "617", "206", "512", "303", "503", "404", "802", "406", "718"])
        e = f"{r.randint(2, 9)}{_d(r, 2)}"
        if e[1:] == "11":
            e = e[0] + "21"
        x = _d(r, 4)
        return r.choice([f"+1 {a} {e} {x}", f"+1 ({a}) {e}-{x}", f"+1-{a}-{e}-{x}"]) if intl else \
            r.choice([f"({a}) {e}-{x}", f"{a}-{e}-{x}", f"{a}.{e}.{x}"])
    if country == "IE":
        if mob:
            p = r.choice(["85", "86", "87", "83", "89"])
            s = f"{_d(r, 3)} {_d(r, 4)}"
            return f"+353 {p} {s}" if intl else f"0{p} {s}"
        a = r.choice(["1", "21", "91", "61", "98"])
        s = f"{r.randint(200, 989)} {_d(r, 4)}"
        return f"+353 {a} {s}" if intl else f"0{a} {s}"
    if country == "FR":
        a = r.choice(["6", "7"]) if mob else r.choice(["1", "4", "5"])
        s = " ".join(_d(r, 2) for _ in range(4))
        return f"+33 {a} {s}" if intl else f"0{a} {s}"
    if country == "NL":
        if mob:
            s = _d(r, 8)
            return f"+31 6 {s}" if intl else r.choice([f"06-{s}", f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}"])
        a = r.choice(["20", "30", "10", "70", "50"])
        s = f"{_d(r, 3)} {_d(r, 4)}"
        return f"+31 {a} {s}" if intl else f"0{a} {s}"
    if mob:
        p = r.choice(["347", "333", "340", "320", "366"])
        s = f"{_d(r, 3)} {_d(r, 4)}"
        return f"+39 {p} {s}" if intl else f"{p} {s}"
    a = r.choice(["02", "06", "0471", "011", "055"])
    s = f"{_d(r, 4)} {_d(r, 3)}"
    return f"+39 {a} {s}" if intl else f"{a} {s}"


MAIL_DOMAINS = {"DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "mailbox.org", "freenet.de"],
                "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"],
                "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com", "hispeed.ch"],
                "GB": ["btinternet.com", "gmail.com", "yahoo.co.uk", "outlook.com", "sky.com"],
                "US": ["gmail.com", "yahoo.com", "icloud.com", "comcast.net", "outlook.com"],
                "IE": ["eircom.net", "gmail.com", "outlook.ie", "icloud.com"],
                "FR": ["orange.fr", "free.fr", "gmail.com"], "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
                "IT": ["libero.it", "gmail.com", "tiscali.it"]}
WORK_DOMAINS = ["bergsport-kaiser.de", "hoehenluft-agentur.de", "alpenblick-media.at", "kletterhalle-nord.de",
                "outdoor-einkauf.ch", "trailhead-retail.co.uk", "summitpr.com", "northwall-studio.com",
                "fjellmedia.ie", "wildpfad-verlag.de"]


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ı", "i").replace("ł", "l")
    s = s.replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_"))


# ---------------------------------------------------------------- people

INVENT_ON = ["", "", "b", "d", "f", "g", "k", "l", "m", "n", "r", "s", "t", "v", "z", "br", "dr", "kl", "tr", "st", "sh", "th"]
INVENT_V = ["a", "e", "i", "o", "u", "a", "e", "ei", "au", "ia", "y"]
INVENT_CODA = ["", "", "", "n", "r", "l", "s", "m", "nd", "rt", "x"]
INVENT_END_F = ["a", "ine", "ella", "ia", "e", "ra", "ys"]
INVENT_END_M = ["o", "an", "ek", "im", "us", "or", "en"]
INVENT_END_L = ["er", "ow", "ani", "sen", "ez", "ski", "ell", "ard", "ach", "ini", "ov", "ke", "berg", "ström"]
BLOCK_WORDS = {"kaltkar", "almweg", "fernkamm", "firstwand", "gitterhang", "hochsattel", "morgengrat", "rinnental",
               "schauerpass", "steinlauf", "trittweg", "wintersteig", "talgrat", "bei", "der", "die", "das", "den",
               "und", "oder", "sie", "sind", "the", "and", "for", "bis", "ist", "liebe", "tester", "banner"}


class Person:
    def __init__(self, first, last, gender, origin, invented=False):
        self.first, self.last, self.gender, self.origin, self.invented = first, last, gender, origin, invented
        self.full = f"{first} {last}"

    def parts(self):
        out = []
        for w in re.split(r"[ \-]", self.full):
            w2 = w.strip(".")
            if len(w2) >= 2 and w2.lower() not in names.PARTICLES and not re.fullmatch(r"[A-Z]", w2):
                out.append(w2)
        return out


class NameBank:
    def __init__(self):
        self.male, self.female, self.lastn = names.tables()
        known = set(x.lower() for x in names.all_given() + names.all_last())
        for v in self.lastn.values():
            for n in v:
                known.update(p.lower() for p in re.split(r"[ \-']", n))
        self.known = known

    def invented_word(self, rng, kind):
        while True:
            s = rng.choice(INVENT_ON) + rng.choice(INVENT_V) + rng.choice(INVENT_CODA)
            s += rng.choice(INVENT_ON[2:]) + rng.choice(INVENT_V)
            if kind == "f":
                s += rng.choice(INVENT_END_F)
            elif kind == "m":
                s += rng.choice(INVENT_END_M)
            else:
                s += rng.choice(INVENT_CODA) + rng.choice(INVENT_END_L)
            s = re.sub(r"(.)\1\1", r"\1\1", s)
            if 4 <= len(s) <= 11 and s not in self.known and s not in BLOCK_WORDS:
                return s[0].upper() + s[1:]

    def person(self, rng, lang, invented_ok):
        g = rng.choice("mf")
        if invented_ok and rng.random() < 0.105:
            return Person(self.invented_word(rng, g), self.invented_word(rng, "l"), g, "invented", True)
        origin = wchoice(rng, list(names.WEIGHTS[lang].items()))
        pool = self.male[origin] if g == "m" else self.female[origin]
        first = rng.choice(pool)
        x = rng.random()
        if x < 0.06:
            other = rng.choice(pool)
            if other != first:
                if lang == "de" and origin in ("german", "austrian", "swiss"):
                    first = f"{first}{rng.choice(['-', ' '])}{other}"
                else:
                    first = f"{first} {other}"
        elif x < 0.10 and lang == "en":
            first = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}."
        last = rng.choice(self.lastn[origin])
        y = rng.random()
        if y < 0.07:
            other = rng.choice(self.lastn[origin])
            if other != last and " " not in other and " " not in last:
                last = f"{last}-{other}"
        wn = names.WORD_NAMES[lang]
        if rng.random() < 0.05:
            last = rng.choice(wn["last"])
        if wn["first"] and rng.random() < 0.04:
            first, g = rng.choice(wn["first"])
        return Person(first, last, g, origin)


# ---------------------------------------------------------------- brand and look-alikes

PRODUCTS = [  # (de title, en title, sku, price de, price en, colours de, colours en)
    ("Almweg Zip-off-Wanderhose", "Almweg Zip-Off Hiking Trousers", "TG-HT-100", "129,95 €", "€129.95", ["Felsgrau", "Moorbraun", "Schiefer"], ["Rock Grey", "Peat Brown", "Slate"]),
    ("Fernkamm 45+10 Trekkingrucksack", "Fernkamm 45+10 Trekking Backpack", "TG-BP-045", "229,95 €", "€229.95", ["Schiefer", "Tannenschatten", "Hüttenorange"], ["Slate", "Fir Shade", "Hut Orange"]),
    ("Firstwand 3-Lagen-Regenjacke", "Firstwand 3-Layer Rain Jacket", "TG-RJ-100", "349,95 €", "€349.95", ["Tannenschatten", "Gratblau", "Hüttenorange"], ["Fir Shade", "Ridge Blue", "Hut Orange"]),
    ("Gitterhang Grid-Fleecejacke", "Gitterhang Grid Fleece Jacket", "TG-FL-100", "119,95 €", "€119.95", ["Felsgrau", "Flechte", "Gratblau"], ["Rock Grey", "Lichen", "Ridge Blue"]),
    ("Hochsattel 30 Wanderrucksack", "Hochsattel 30 Hiking Backpack", "TG-BP-030", "139,95 €", "€139.95", ["Gratblau", "Tannenschatten", "Schiefer"], ["Ridge Blue", "Fir Shade", "Slate"]),
    ("Kaltkar Daunenjacke", "Kaltkar Down Jacket", "TG-DJ-100", "289,95 €", "€289.95", ["Alpenglühen", "Gratblau", "Schiefer"], ["Alpenglow", "Ridge Blue", "Slate"]),
    ("Morgengrat Merino 150 Langarmshirt", "Morgengrat Merino 150 Long-Sleeve Shirt", "TG-BL-100", "89,95 €", "€89.95", ["Schiefer", "Kalkstein", "Moorbraun"], ["Slate", "Limestone", "Peat Brown"]),
    ("Rinnental Isolationshoody", "Rinnental Insulated Hoody", "TG-SI-100", "219,95 €", "€219.95", ["Tannenschatten", "Hüttenorange", "Schiefer"], ["Fir Shade", "Hut Orange", "Slate"]),
    ("Schauerpass 2,5-Lagen-Regenjacke", "Schauerpass 2.5-Layer Rain Jacket", "TG-RJ-200", "199,95 €", "€199.95", ["Enzian", "Flechte", "Schiefer"], ["Gentian", "Lichen", "Slate"]),
    ("Steinlauf Trailrunningschuh", "Steinlauf Trail Running Shoe", "TG-TS-100", "159,95 €", "€159.95", ["Schiefer/Hüttenorange", "Gratblau/Kalkstein"], ["Slate/Hut Orange", "Ridge Blue/Limestone"]),
    ("Trittweg Merino-Wandersocken", "Trittweg Merino Hiking Socks", "TG-SO-100", "24,95 €", "€24.95", ["Felsgrau", "Tannenschatten", "Hüttenorange"], ["Rock Grey", "Fir Shade", "Hut Orange"]),
    ("Wintersteig Wintertrekkinghose", "Wintersteig Winter Trekking Trousers", "TG-WT-100", "169,95 €", "€169.95", ["Schiefer", "Tannenschatten"], ["Slate", "Fir Shade"]),
]
SHORT = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar", "Morgengrat", "Rinnental",
         "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]

COMPANIES = {"de": ["Wolf & Söhne Logistik GmbH", "Koch Textilpflege KG", "Schneider Etiketten GmbH", "Fuchs Transporte",
                    "Bauer Verpackung AG", "Brandl Druck GmbH", "Vogel & Hahn Messebau", "Lang Outdoor Vertrieb GmbH",
                    "Sommer Kurierdienst", "Hofmann Lagertechnik GmbH", "Winter Sportservice KG", "Engel Textil Import"],
             "en": ["Baker & Sons Ltd", "Hunter Freight LLC", "Miller Print Co.", "Mason Logistics Ltd",
                    "Cook & Partners", "Fisher Packaging Ltd", "Young Outdoor Supply Inc.", "Green Valley Couriers",
                    "Bell & Wood Displays Ltd", "Long Haul Carriers LLC"]}


class Ctx:
    """The values of one text, drawn on first use so repeated slots agree."""

    def __init__(self, rng, lang, bank, invented_ok=True):
        self.rng, self.lang, self.bank, self.invented_ok = rng, lang, bank, invented_ok
        self.cache = {}
        self.people = []
        self.country = None
        self.force = None

    def get(self, key, maker):
        if key not in self.cache:
            self.cache[key] = maker()
        return self.cache[key]

    def person(self, key):
        def mk():
            for _ in range(50):
                p = self.bank.person(self.rng, self.lang, self.invented_ok)
                if all(set(p.parts()).isdisjoint(q.parts()) for q in self.people):
                    break
            self.people.append(p)
            return p
        return self.get(key, mk)

    def addr(self, key):
        def mk():
            c = self.force or wchoice(self.rng, ADDR_WEIGHTS[self.lang])
            self.force = None
            if self.country is None:
                self.country = c
            return Address(self.rng, c)
        return self.get(key, mk)

    def home(self):
        if self.country is None:
            self.country = wchoice(self.rng, ADDR_WEIGHTS[self.lang])
        return self.country

    def product(self, key):
        return self.get(key, lambda: self.rng.choice(PRODUCTS))


P = "PERSON"
HON = {"de": {"m": ["Herr "], "f": ["Frau "]}, "en": {"m": ["Mr ", "Mr. "], "f": ["Ms ", "Mrs ", "Ms. "]}}


def email_for(rng, p, country, work=False):
    f, l = ascii_fold(p.first.split(" ")[0].split("-")[0]).lower(), ascii_fold(p.last.replace(" ", "")).lower()
    local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{f}_{l}", f"{l}.{f}", f"{f}.{l}{rng.randint(1, 99)}",
                        f"{f}{rng.randint(60, 99)}", f"{l}{f[0]}"])
    local = local.strip(".-_")
    dom = rng.choice(WORK_DOMAINS) if work else rng.choice(MAIL_DOMAINS.get(country, MAIL_DOMAINS["DE"]))
    return f"{local}@{dom}"


def person_pieces(ctx, p, form, key):
    r, lang = ctx.rng, ctx.lang
    g = p.gender
    if form == "full":
        return [(p.full, P)]
    if form == "first":
        return [(p.first, P)]
    if form == "last":
        return [(p.last, P)]
    if form == "given":  # first given name only (for chat and greetings)
        return [(p.first.split(" ")[0], P)]
    if form == "hon":
        return [(r.choice(HON[lang][g]), None), (p.last, P)]
    if form == "honf":
        return [(r.choice(HON[lang][g]), None), (p.full, P)]
    if form == "drf":
        return [(r.choice(["Dr. ", "Dr "]) if lang == "en" else r.choice(["Dr. ", "Prof. Dr. "]), None), (p.full, P)]
    if form == "hf":  # Herr/Frau word only
        return [({"de": {"m": "Herr", "f": "Frau"}, "en": {"m": "Mr", "f": "Ms"}}[lang][g], None)]
    if form == "sgh":
        if lang == "de":
            return [("Sehr geehrter Herr " if g == "m" else "Sehr geehrte Frau ", None), (p.last, P)]
        return [(r.choice(["Dear Mr ", "Dear Mr. "]) if g == "m" else r.choice(["Dear Ms ", "Dear Mrs "]), None), (p.last, P)]
    if form == "hallo":
        fn = p.first.split(" ")[0]
        if lang == "de":
            return [(r.choice(["Hallo ", "Hi ", ("Lieber " if g == "m" else "Liebe ")]), None), (fn, P)]
        return [(r.choice(["Hi ", "Hello ", "Dear ", "Hey "]), None), (fn, P)]
    if form == "lf":
        return [(f"{p.last}, {p.first}", P)]
    if form == "lfc":
        return [(f"{p.last.upper()}, {p.first}", P)]
    if form == "caps":
        return [(p.full.upper(), P)]
    if form == "lastc":
        return [(p.last.upper(), P)]
    if form == "low":
        return [(p.first.split(" ")[0].lower(), P)]
    if form == "lowfull":
        return [(p.full.lower(), P)]
    if form == "init":
        return [(f"{p.first[0]}. {p.last}", P)]
    if form == "fi":
        return [(f"{p.first.split(' ')[0]} {p.last[0] if p.last[0] != ' ' else p.last[1]}.", P)]
    if form == "er":
        return [({"de": {"m": "er", "f": "sie"}, "en": {"m": "he", "f": "she"}}[lang][g], None)]
    if form == "Er":
        return [({"de": {"m": "Er", "f": "Sie"}, "en": {"m": "He", "f": "She"}}[lang][g], None)]
    if form == "sein":
        return [({"de": {"m": "sein", "f": "ihr"}, "en": {"m": "his", "f": "her"}}[lang][g], None)]
    if form == "ihn":
        return [({"de": {"m": "ihn", "f": "sie"}, "en": {"m": "him", "f": "her"}}[lang][g], None)]
    if form == "ihm":
        return [({"de": {"m": "ihm", "f": "ihr"}, "en": {"m": "him", "f": "her"}}[lang][g], None)]
    if form == "kunde":
        return [({"m": "Kunde", "f": "Kundin"}[g], None)]
    if form == "email":
        return [(ctx.get(key + ".email", lambda: email_for(r, p, ctx.home())), "EMAIL")]
    if form == "wemail":
        return [(ctx.get(key + ".wemail", lambda: email_for(r, p, ctx.home(), work=True)), "EMAIL")]
    if form == "handle":
        h = ctx.get(key + ".handle", lambda: "@" + r.choice([
            ascii_fold(p.first.split(" ")[0]).lower(),
            ascii_fold(p.first.split(" ")[0]).lower() + "." + ascii_fold(p.last.replace(" ", ""))[0].lower(),
            ascii_fold(p.first.split(" ")[0])[0].lower() + ascii_fold(p.last.replace(" ", "")).lower()]))
        return [(h, None)]
    if form == "any":
        return person_pieces(ctx, p, r.choice(["full", "full", "hon", "first"]), key)
    raise KeyError(form)


def de_date(r):
    return f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice(['2024', '2025', '2026'])}"


def en_date(r):
    m = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    return r.choice([f"{r.randint(1, 28)} {r.choice(m)} {r.choice(['2024', '2025'])}", f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025",
                     f"{r.choice(m)[:3]} {r.randint(1, 28)}, 2025"])


def plain_slot(ctx, name):
    r, lang = ctx.rng, ctx.lang
    base = re.sub(r"\d+$", "", name)
    if base == "order":
        return r.choice([f"TG-{r.randint(2024, 2026)}-{_d(r, 6)}", f"#{r.randint(100000, 999999)}", f"A{_d(r, 8)}",
                         f"{r.randint(300, 499)}-{_d(r, 7)}-{_d(r, 7)}", f"TG{_d(r, 7)}"])
    if base == "ordph":  # order numbers shaped like phone numbers
        return r.choice([f"0{r.randint(151, 179)} {_d(r, 7)}", f"+{r.randint(40, 49)} {_d(r, 3)} {_d(r, 6)}",
                         f"(0{r.randint(30, 89)}) {_d(r, 7)}", f"0{r.randint(300, 899)}-{_d(r, 6)}"])
    if base == "track":
        return r.choice([f"00340434{_d(r, 12)}", f"JJD00{_d(r, 14)}", f"1Z{r.choice(['999AA1', 'A8F27X', '4E9W33'])}{_d(r, 10)}",
                         f"RN{_d(r, 9)}GB", f"CX{_d(r, 9)}DE", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}"])
    if base == "cust":
        return r.choice([f"KD-{_d(r, 6)}", f"C{_d(r, 7)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}", f"TG-K{_d(r, 5)}"])
    if base == "ticket":
        return r.choice([f"#{_d(r, 5)}", f"SUP-{_d(r, 4)}", f"T-{r.randint(2025, 2026)}-{_d(r, 5)}", f"CS{_d(r, 6)}"])
    if base == "rma":
        return f"RMA-{_d(r, 6)}"
    if base == "sku":
        return ctx.product("prod" + name[len(base):])[2]
    if base == "prod":
        pr = ctx.product(name)
        return pr[0] if lang == "de" else pr[1]
    if base == "short":
        return ctx.get(name, lambda: r.choice(SHORT))
    if base == "price":
        pr = ctx.product("prod" + name[len(base):])
        return pr[3] if lang == "de" else pr[4]
    if base == "amount":
        v = r.randint(9, 480) + r.choice([0, 0.5, 0.95, 0.9])
        return f"{v:.2f}".replace(".", ",") + " €" if lang == "de" else r.choice([f"€{v:.2f}", f"£{v:.2f}", f"${v:.2f}"])
    if base == "color":
        pr = ctx.product("prod" + name[len(base):])
        return r.choice(pr[5] if lang == "de" else pr[6])
    if base == "size":
        return r.choice(["XS", "S", "M", "L", "XL", "XXL"])
    if base == "shoe":
        return r.choice(["40", "41", "42", "42,5" if lang == "de" else "8.5", "43", "44", "45"])
    if base == "qty":
        return str(r.randint(1, 4))
    if base == "gtin":
        return gtin13(r)
    if base == "date":
        return de_date(r) if lang == "de" else en_date(r)
    if base == "iso":
        return f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    if base == "ts":
        return f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
    if base == "time":
        h, m = r.randint(7, 19), r.choice([0, 15, 30, 45, 10, 50])
        return f"{h}:{m:02d}" if lang == "de" or r.random() < 0.5 else f"{h % 12 or 12}:{m:02d} {'am' if h < 12 else 'pm'}"
    if base == "ver":
        return r.choice([f"{r.randint(1, 5)}.{r.randint(0, 19)}.{r.randint(0, 9)}", f"v{r.randint(1, 3)}.{r.randint(0, 40)}",
                         f"{r.randint(2, 9)}.{r.randint(0, 9)}.{r.randint(0, 30)}-beta"])
    if base == "zip":
        return ctx.addr("zaddr" + name[len(base):]).zip
    if base == "town":
        return ctx.addr("zaddr" + name[len(base):]).town
    if base == "company":
        return ctx.get(name, lambda: r.choice(COMPANIES[lang]))
    if base == "weight":
        return f"{r.randint(180, 1400)} g"
    if base == "pct":
        return f"{r.choice([10, 15, 20, 25, 30])} %" if lang == "de" else f"{r.choice([10, 15, 20, 25, 30])}%"
    if base == "code":
        return r.choice(["HERBST", "TRAIL", "GIPFEL", "WINTER", "ALPIN", "SUMMIT"]) + str(r.randint(10, 30))
    if base == "num":
        return str(r.randint(2, 60))
    if base == "year":
        return str(r.randint(1958, 2004))
    if base == "dob":
        return f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(1950, 2004)}" if lang == "de" else f"{r.randint(1950, 2004)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    if base == "hex":
        return "".join(r.choice("0123456789abcdef") for _ in range(12))
    if base == "uuid":
        h = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
        return f"{h(8)}-{h(4)}-4{h(3)}-a{h(3)}-{h(12)}"
    if base == "port":
        return str(r.randint(1024, 65000))
    if base == "host":
        return r.choice(["web-01", "web-02", "edge-fra1", "shop-app-3", "api-eu-1", "crm-sync"])
    raise KeyError(name)


PUBLIC_FIRST = [23, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 87, 88, 89, 91, 93, 94, 95, 109, 141, 176, 178, 185, 188, 193, 194, 212, 213, 217]


def make_ip(r, kind):
    if kind == "ip4":
        return f"{r.choice(PUBLIC_FIRST)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind == "ipp":
        return r.choice([f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
    if kind == "iplo":
        return r.choice(["127.0.0.1", "::1", "127.0.1.1"])
    h = lambda: f"{r.randint(1, 0xffff):x}"  # noqa: E731
    return r.choice([f"2a02:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"2003:{h()}:{h()}:{h()}::{h()}",
                     f"2001:{h()}:{h()}::{h()}", f"fe80::{h()}:{h()}:{h()}:{h()}", f"2a01:{h()}:{h()}:{h()}:{h()}::1"])


def resolve(ctx, slot):
    """Pieces of one slot."""
    r = ctx.rng
    if "." in slot:
        key, form = slot.split(".", 1)
        if re.fullmatch(r"p\d", key):
            return person_pieces(ctx, ctx.person(key), form, key)
        if re.fullmatch(r"a\d", key):
            a = ctx.addr(key)
            if form in ("line", "block", "street"):
                return [(getattr(a, form), "STREET_ADDRESS")]
            if form in ("zip", "town", "last", "country"):
                if form == "country":
                    return [({"de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA",
                                     "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
                              "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
                                     "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"}}[ctx.lang][a.country], None)]
                return [(getattr(a, form), None)]
            if form == "any":
                return [(getattr(a, r.choice(["line", "line", "block", "street"])), "STREET_ADDRESS")]
        raise KeyError(slot)
    base = re.sub(r"\d+$", "", slot)
    if base in ("ph", "mob", "tel"):
        def mk():
            if re.fullmatch(r"a\d", "a" + slot[len(base):] or "x") and ("a" + slot[len(base):]) in ctx.cache:
                c = ctx.cache["a" + slot[len(base):]].country
            else:
                c = ctx.home()
            return make_phone(r, c, {"ph": None, "mob": True, "tel": False}[base])
        return [(ctx.get(slot, mk), "PHONE")]
    if base == "iban":
        return [(ctx.get(slot, lambda: make_iban(r, {"DE": "DE", "AT": "AT", "CH": "CH", "GB": "GB", "IE": "IE", "NL": "NL", "FR": "FR",
                                                       "IT": "IT", "US": "DE"}[ctx.home()], r.random() < 0.65)), "IBAN")]
    if base == "card":
        return [(ctx.get(slot, lambda: make_card(r)), "CREDIT_CARD")]
    if base == "taxid":
        return [(ctx.get(slot, lambda: make_taxid(r)), "DE_TAX_ID")]
    if base in ("ippub", "ippriv", "iploop", "ipsix"):
        kind = {"ippub": "ip4", "ippriv": "ipp", "iploop": "iplo", "ipsix": "ip6"}[base]
        return [(ctx.get(slot, lambda: make_ip(r, kind)), "IP_ADDRESS")]
    if base == "ipany":
        return [(ctx.get(slot, lambda: make_ip(r, r.choice(["ip4", "ip4", "ipp", "ip6", "ip6", "iplo"]))), "IP_ADDRESS")]
    if base == "mail":  # a personal e-mail address not built from a name
        return [(ctx.get(slot, lambda: r.choice(["wanderfreund", "bergziege", "trailrunner", "hikerlass", "gipfelglueck", "mountaingoat",
                                                  "kletterfee", "fellwalker", "sonnenkind", "alpaka"]) + str(r.randint(7, 99)) + "@" +
                          r.choice(MAIL_DOMAINS.get(ctx.home(), MAIL_DOMAINS["DE"]))), "EMAIL")]
    return [(ctx.get("_" + slot, lambda: plain_slot(ctx, slot)), None)]


ALT = re.compile(r"\[\[([^\[\]]*)\]\]")
SLOT = re.compile(r"\{([a-z][a-z0-9_]*(?:\.[a-zA-Z0-9_]+)?)\}")


def render(template, ctx):
    t = template(ctx.rng) if callable(template) else template
    m = re.match(r"@([A-Z]{2})\n", t)
    if m:
        ctx.force = ctx.country = m.group(1)
        t = t[m.end():]
    while True:
        m = ALT.search(t)
        if not m:
            break
        t = t[:m.start()] + ctx.rng.choice(m.group(1).split("¦")) + t[m.end():]
    out, ents, pos = [], [], 0
    cur = 0
    for m in SLOT.finditer(t):
        lit = t[pos:m.start()]
        out.append(lit)
        cur += len(lit)
        for text, label in resolve(ctx, m.group(1)):
            if label:
                ents.append({"type": label, "start": cur, "end": cur + len(text), "value": text})
            out.append(text)
            cur += len(text)
        pos = m.end()
    out.append(t[pos:])
    return "".join(out), ents


# ---------------------------------------------------------------- self-checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?![0-9A-Fa-f:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
DIGITS_RE = re.compile(r"(?<![\d])\d(?:[ \-/]?\d){10,18}(?![\d])")
HANDLE_RE = re.compile(r"@[\w.\-]+")


def check(text, ents, has_pii, people):
    """A list of problems (empty when the rendering is good)."""
    bad = []
    if has_pii and not ents:
        bad.append("no span")
    if not has_pii and ents:
        bad.append("span in clean text")
    last = 0
    for e in ents:
        if text[e["start"]:e["end"]] != e["value"]:
            bad.append("offset")
        if e["start"] < last:
            bad.append("overlap")
        last = e["end"]
        if e["value"] != e["value"].strip() or not e["value"]:
            bad.append("space at end")
        if e["type"] == "IBAN" and not iban_valid(e["value"]):
            bad.append("iban")
        if e["type"] == "CREDIT_CARD" and not card_valid(e["value"]):
            bad.append("card")
        if e["type"] == "DE_TAX_ID" and not taxid_valid(e["value"]):
            bad.append("taxid")
        if e["type"] == "PERSON" and "\n" in e["value"]:
            bad.append("newline in name")
    # text outside spans, spans blanked with a placeholder character
    chars = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            chars[i] = "\u2591"
    rest = "".join(chars)
    if EMAIL_RE.search(rest):
        bad.append("e-mail outside spans")
    for m in IPV4_RE.finditer(rest):
        if all(0 <= int(g) <= 255 for g in m.groups()):
            bad.append("ipv4 outside spans")
    for m in IPV6_RE.finditer(rest):
        tok = m.group(0).strip(":") if m.group(0) != "::1" else "::1"
        for cand in (m.group(0), tok):
            try:
                ipaddress.IPv6Address(cand)
                bad.append("ipv6 outside spans")
                break
            except ValueError:
                pass
    for m in IBAN_RE.finditer(rest):
        s = m.group(0).replace(" ", "")
        for n in range(15, len(s) + 1):
            if iban_valid(s[:n]):
                bad.append("iban outside spans")
                break
    for m in DIGITS_RE.finditer(rest):
        d = re.sub(r"\D", "", m.group(0))
        for n in range(13, min(19, len(d)) + 1):
            for i in range(0, len(d) - n + 1):
                if card_valid(d[i:i + n]) and (i == 0 and n == len(d)):
                    bad.append("card outside spans")
        if len(d) == 11 and taxid_valid(d):
            bad.append("taxid outside spans")
    # name parts outside spans, e-mails and handles
    rest2 = EMAIL_RE.sub(lambda m: "\u2591" * len(m.group(0)), rest)
    rest2 = HANDLE_RE.sub(lambda m: "\u2591" * len(m.group(0)), rest2)
    low = rest2.lower()
    for p in people:
        for part in p.parts():
            if re.search(r"(?<!\w)" + re.escape(part.lower()) + r"(?!\w)", low):
                bad.append(f"name part {part!r} outside spans")
    return bad
