"""Machinery of the held-out half of the twentieth PII bank (heldout20): people, addresses,
checksummed values, look-alikes, the renderer and the self-checks. Standard library only.

A template is a string with slots `{p1.full}`, `{a1.line}`, `{p1.phone}`, `{order}` … and
alternatives `((a|b|c))` (no parentheses inside). A slot renders to pieces `(text, label or None)`;
the renderer records the span of every labelled piece in code points. The same slot key renders the
same value within one text.
"""

import random
import re
import sys
import unicodedata

sys.dont_write_bytecode = True

import pii20_held_names as names  # noqa: E402

# ---------------------------------------------------------------- checksummed values


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def iban_valid(v):
    v = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", v):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def iban(rng, country):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    letters = lambda n: "".join(rng.choice(L) for _ in range(n))  # noqa: E731
    bban = {
        "DE": lambda: _digits(rng, 18), "AT": lambda: _digits(rng, 16),
        "CH": lambda: _digits(rng, 17), "GB": lambda: letters(4) + _digits(rng, 14),
        "IE": lambda: letters(4) + _digits(rng, 14), "NL": lambda: letters(4) + _digits(rng, 10),
        "FR": lambda: _digits(rng, 23), "IT": lambda: letters(1) + _digits(rng, 22),
    }[country]()
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    v = f"{country}{check:02d}{bban}"
    assert iban_valid(v)
    if rng.random() < 0.7:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def luhn_ok(n):
    total = 0
    for i, c in enumerate(reversed(n)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def issuer_ok(n):
    if len(n) == 16 and n[0] == "4":
        return True
    if len(n) == 16 and (51 <= int(n[:2]) <= 55 or 2221 <= int(n[:4]) <= 2720):
        return True
    if len(n) == 15 and n[:2] in ("34", "37"):
        return True
    if len(n) == 16 and (n.startswith("6011") or n.startswith("65")):
        return True
    return False


def card(rng):
    kind = rng.choices(["visa", "mc", "mc2", "amex", "disc"], [44, 30, 8, 12, 6])[0]
    prefix, length = {
        "visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16), "amex": (rng.choice(["34", "37"]), 15),
        "disc": ("6011", 16),
    }[kind]
    while True:
        n = prefix + _digits(rng, length - len(prefix))
        if luhn_ok(n):
            break
    assert issuer_ok(n)
    s = rng.random()
    if length == 15:
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    if s < 0.5:
        return " ".join(g)
    if s < 0.7:
        return "-".join(g)
    return n


def tax_id_valid(v):
    v = v.replace(" ", "")
    if len(v) != 11 or not v.isdigit() or v[0] == "0":
        return False
    body = v[:10]
    counts = [body.count(d) for d in "0123456789"]
    if sorted(counts, reverse=True)[:2] == [3, 1] or sorted(counts, reverse=True)[:2] == [2, 1]:
        multi = [c for c in counts if c >= 2]
        if len(multi) != 1:
            return False
    else:
        return False
    if any(body[i] == body[i + 1] == body[i + 2] for i in range(8)):
        return False
    product = 10
    for c in body:
        s = (int(c) + product) % 10 or 10
        product = (s * 2) % 11
    return (11 - product) % 10 == int(v[10])


def tax_id(rng):
    while True:
        pool = list("0123456789")
        rng.shuffle(pool)
        times = rng.choice([2, 2, 3])
        rep = pool[0]
        body = pool[1:11 - times] + [rep] * times
        rng.shuffle(body)
        b = "".join(body)
        product = 10
        for c in b:
            s = (int(c) + product) % 10 or 10
            product = (s * 2) % 11
        v = b + str((11 - product) % 10)
        if tax_id_valid(v):
            break
    if rng.random() < 0.35:
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    return v


def gtin13(rng):
    body = rng.choice(["400", "401", "426", "429", "760", "761", "901", "871", "590"]) + _digits(rng, 9)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def gtin_valid(g):
    return sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(g[:-1])) % 10 == (10 - int(g[-1])) % 10


def ip(rng, kind=None):
    kind = kind or rng.choices(["pub", "priv", "lo", "v6", "v6lo"], [50, 20, 5, 20, 5])[0]
    if kind == "pub":
        return f"{rng.choice([31, 46, 62, 77, 80, 84, 87, 91, 94, 109, 141, 151, 178, 185, 188, 195, 212, 217])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "priv":
        return rng.choice([
            f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
        ])
    if kind == "lo":
        return "127.0.0.1"
    if kind == "v6lo":
        return rng.choice(["::1", f"fe80::{rng.randint(0x1000, 0xffff):x}:{rng.randint(0x100, 0xffff):x}:{rng.randint(0x10, 0xffff):x}:{rng.randint(0x100, 0xffff):x}"])
    head = rng.choice(["2a02", "2a01", "2001", "2003", "2a00", "2600", "2a0a"])
    g = [head, f"{rng.randint(0x100, 0xffff):x}"] + [f"{rng.randint(0, 0xffff):x}" for _ in range(rng.choice([2, 6]))]
    if len(g) == 4:
        return ":".join(g[:2]) + "::" + ":".join(g[2:])
    return ":".join(g)


# ---------------------------------------------------------------- names and people

NAMES = names.load()
_ALL_WORDS = {}
for _o, (_f, _m, _s) in NAMES.items():
    for _n in _f + _m + _s:
        for _p in re.split(r"[ \-']", _n):
            _ALL_WORDS[_p.lower()] = True
PARTICLES = {"von", "van", "der", "den", "de", "la", "zu", "di", "lo", "dela", "ní", "mac", "giolla", "ap", "o", "d"}

_ON = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gl", "kr", "pr", "st", "tr", "sch", "w"]
_VO = ["a", "e", "i", "o", "u", "a", "e", "ei", "au", "ie", "ou", "ä", "ö"]
_CO = ["", "", "", "n", "r", "l", "s", "m", "nd", "rt", "ck", "lm", "ns"]


def invented(rng):
    def word(k):
        return "".join(rng.choice(_ON) + rng.choice(_VO) + rng.choice(_CO) for _ in range(k)).capitalize()

    while True:
        first = word(2) + rng.choice(["", "", "a", "o", "e"])
        last = word(rng.choice([2, 2, 3])) + rng.choice(["", "", "er", "ek", "ani", "ow", "ing"])
        if len(first) < 4 or len(last) < 5 or len(first) > 10 or len(last) > 13:
            continue
        if first.lower() in _ALL_WORDS or last.lower() in _ALL_WORDS:
            continue
        return first, last


class Person:
    def __init__(self, first, last, female, origin, made_up):
        self.first, self.last, self.female, self.origin, self.made_up = first, last, female, origin, made_up

    @property
    def full(self):
        return f"{self.first} {self.last}"


def draw_person(rng, region, cue):
    if cue and rng.random() < 0.105:
        f, l = invented(rng)
        return Person(f, l, rng.random() < 0.5, "invented", True)
    w = names.WEIGHTS[region]
    origins = list(w)
    origin = rng.choices(origins, [w[o] for o in origins])[0]
    fem, mal, sur = NAMES[origin]
    female = rng.random() < 0.5
    first = rng.choice(fem if female else mal)
    last = rng.choice(sur)
    if rng.random() < 0.04:
        # names that are also ordinary words (Wolf, Koch, Baker, May, Grace, Hunter)
        if region in ("DE", "AT", "CH"):
            last = rng.choice(["Wolf", "Koch", "Fuchs", "Vogel", "Bauer", "Schneider", "Winter", "Sommer"])
        elif rng.random() < 0.5:
            last = rng.choice(["Baker", "Hunter", "Wolf", "Cook", "May", "Bishop"])
        else:
            female = True
            first = rng.choice(["May", "Grace", "Hope", "Faith"])
    if rng.random() < 0.06 and " " not in last and "-" not in last:
        other = rng.choice(sur)
        if other != last and " " not in other:
            last = f"{last}-{other}"
    return Person(first, last, female, origin, False)


def fold(s):
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _slug(s):
    return re.sub(r"[^a-z]", "", fold(s).lower())


MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "mailbox.org", "icloud.com", "freenet.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com", "hispeed.ch", "protonmail.ch"],
    "GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "hotmail.co.uk"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
}
WORK_DOMAINS = ["bergwerk-agentur.de", "studio-hangwind.com", "gipfelpost.de", "outdoor-handel.at",
                "alpinsport-zug.ch", "trailmedia.co.uk", "northpeak-retail.com", "fotografie-sonnleitn.at",
                "wortschmiede.de", "hutandhill.ie", "talgrat.de", "talgrat.com"]


def email(rng, p, country, work=False):
    f, l = _slug(p.first.split("-")[0].split(" ")[0]), _slug(p.last.replace(" ", "").replace("-", ""))
    local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{l}.{f}", f"{f}_{l[:1]}",
                        f"{f}.{l}{rng.randint(60, 99)}", f"{f[0]}{l}{rng.randint(1, 30)}", f"{f}{rng.randint(1, 999)}"])
    dom = rng.choice(WORK_DOMAINS) if work else rng.choice(MAIL_DOMAINS.get(country, MAIL_DOMAINS["DE"]))
    return f"{local}@{dom}"


def handle(rng, p):
    f, l = _slug(p.first.split("-")[0].split(" ")[0]), _slug(p.last.replace(" ", ""))
    return "@" + rng.choice([f"{f}.{l}", f"{f}{l[:1]}", f"{f[0]}{l}", f"{f}_{l}", f"{f}"])


# ---------------------------------------------------------------- phones

US_AREAS = {"Denver": ["303", "720"], "Boulder": ["303"], "Portland": ["503", "971"], "Seattle": ["206"],
            "Austin": ["512"], "Boston": ["617"], "Burlington": ["802"], "Asheville": ["828"],
            "Salt Lake City": ["801"], "Bend": ["541"], "Madison": ["608"], "Minneapolis": ["612"],
            "Chicago": ["312", "773"], "Brooklyn": ["718", "347"], "San Diego": ["619", "858"],
            "Missoula": ["406"], "Flagstaff": ["928"]}


def phone(rng, country):
    d = lambda n: rng.choice("123456789") + _digits(rng, n - 1)  # noqa: E731
    intl = rng.random() < 0.45
    if country == "DE":
        area = rng.choice(["30", "40", "89", "221", "69", "711", "341", "351", "911", "831", "8821", "761", "171", "151", "160", "176", "152", "172"])
        sub = d(rng.choice([7, 8]) if len(area) <= 3 else 6)
        if intl:
            return rng.choice([f"+49 {area} {sub}", f"+49 (0){area} {sub}", f"+49 {area} {sub[:3]} {sub[3:]}", f"0049 {area} {sub}"])
        return rng.choice([f"0{area} {sub}", f"0{area}/{sub}", f"(0{area}) {sub}", f"0{area}-{sub}", f"0{area} {sub[:3]} {sub[3:]}"])
    if country == "AT":
        area = rng.choice(["1", "662", "512", "316", "732", "463", "5574", "664", "650", "676", "699"])
        sub = d(7 if len(area) <= 3 else 6)
        if intl:
            return rng.choice([f"+43 {area} {sub}", f"+43 (0){area} {sub}", f"+43 {area} {sub[:3]} {sub[3:]}"])
        return rng.choice([f"0{area} {sub}", f"0{area}/{sub}", f"0{area} {sub[:3]} {sub[3:]}"])
    if country == "CH":
        area = rng.choice(["44", "31", "61", "41", "71", "81", "79", "78", "76", "27"])
        s = d(7)
        body = f"{area} {s[:3]} {s[3:5]} {s[5:]}"
        if intl:
            return rng.choice([f"+41 {body}", f"+41 (0){body}", f"0041 {body}"])
        return f"0{body}"
    if country == "GB":
        if rng.random() < 0.5:
            s = d(6)
            return f"+44 7{d(3)} {s}" if intl else f"07{d(3)} {s}"
        area = rng.choice(["20 7946", "20 3", "113 496", "161 496", "117 496", "131 496", "141 496", "1539 7"])
        if area.startswith("20 3"):
            num = f"20 3{d(3)} {d(4)}"
        elif area == "1539 7":
            num = f"1539 7{d(5)}"
        else:
            num = f"{area} {d(4)}"
        return f"+44 {num}" if intl else f"0{num}"
    if country == "US":
        a = rng.choice([x for v in US_AREAS.values() for x in v])
        ex = str(rng.randint(200, 989))
        n = d(4)
        return rng.choice([f"({a}) {ex}-{n}", f"{a}-{ex}-{n}", f"+1 {a} {ex} {n}", f"+1 ({a}) {ex}-{n}", f"{a}.{ex}.{n}"])
    if country == "IE":
        if rng.random() < 0.5:
            m = rng.choice(["83", "85", "86", "87", "89"])
            return f"+353 {m} {d(3)} {d(4)}" if intl else f"0{m} {d(3)} {d(4)}"
        a = rng.choice(["1", "21", "91", "61", "98"])
        return f"+353 {a} {d(3)} {d(4)}" if intl else f"0{a} {d(3)} {d(4)}"
    if country == "FR":
        p = rng.choice(["1", "4", "6", "7"])
        g = " ".join(d(2) for _ in range(4))
        return f"+33 {p} {g}" if intl else f"0{p} {g}"
    if country == "NL":
        if rng.random() < 0.5:
            return f"+31 6 {d(8)}" if intl else f"06 {d(8)}"
        a = rng.choice(["20", "30", "10", "70", "50"])
        return f"+31 {a} {d(3)} {d(4)}" if intl else f"0{a} {d(3)} {d(4)}"
    if country == "IT":
        if rng.random() < 0.5:
            return f"+39 3{d(2)} {d(3)} {d(4)}" if intl else f"3{d(2)} {d(3)} {d(4)}"
        a = rng.choice(["02", "06", "0471", "0461", "011"])
        return f"+39 {a} {d(4)} {d(4)}" if intl else f"{a} {d(4)} {d(4)}"
    raise ValueError(country)


# ---------------------------------------------------------------- addresses

STREETS = {
    "DE": ["Hauptstraße", "Lindenallee", "Am Mühlbach", "Schillerstraße", "Goethestr.", "Bahnhofstraße",
           "Gartenweg", "Kirchgasse", "Rosenstraße", "Waldstraße", "Bergstraße", "Am Sonnenhang",
           "Friedrich-Ebert-Str.", "Hildegardstraße", "Lerchenfeldweg", "Brunnenstraße", "Auf der Höhe",
           "Zum Steinbruch", "Kastanienweg", "Marktplatz", "Uhlandstraße", "Wiesenstr.", "Talstraße",
           "Ringstraße", "Im Grund", "Feldbergstraße", "Alte Poststraße", "Holunderweg", "Mozartstr.",
           "Karl-Marx-Allee", "Weidenkamp", "Hafenstraße", "Achterdiek", "Sebastian-Kneipp-Weg"],
    "AT": ["Praterstraße", "Mariahilfer Straße", "Lerchenfelder Gürtel", "Herrengasse", "Getreidegasse",
           "Maria-Theresien-Straße", "Annenstraße", "Landstraßer Hauptstraße", "Salzachweg",
           "Hietzinger Hauptstraße", "Kaiserstraße", "Schönbrunner Straße", "Linzer Gasse", "Bürgerstraße",
           "Innrain", "Dorfstraße", "Almweg"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchgasse", "Rämistrasse", "Marktgasse",
           "Hauptstrasse", "Schulhausstrasse", "Via Maistra", "Rue du Rhône", "Spitalgasse",
           "Obere Bernstrasse", "Ländtestrasse", "Bergstrasse", "Im Eichholz"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane",
           "Kings Road", "Queen's Drive", "Manor Close", "Elm Grove", "The Crescent", "Albert Terrace",
           "Heathfield Gardens", "Orchard Way"],
    "US": ["Main St", "Oak Street", "Pine Ave", "Maple Drive", "Cedar Ln", "Elm St", "Washington Ave",
           "Lakeview Dr", "Ridge Road", "Canyon Blvd", "Aspen Ct", "Willow Way", "Sunset Boulevard", "N 4th St"],
    "IE": ["Main Street", "Church Road", "Bridge Street", "Shop Street", "Strand Road", "Castle Street",
           "O'Connell Street", "Mill Road", "Quay Street", "Harbour View"],
    "FR": ["rue des Lilas", "avenue Jean Jaurès", "rue de la République", "boulevard Voltaire",
           "chemin des Écoliers", "rue du Lac", "place de la Mairie", "rue Saint-Honoré"],
    "NL": ["Keizersgracht", "Oudegracht", "Prinsengracht", "Kerkstraat", "Dorpsstraat", "Molenweg",
           "Lange Voorhout", "Herengracht", "Stationsplein"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Italia", "Via dei Mille", "Piazza Walther", "Via Mazzini",
           "Viale Trento", "Via Cavour", "Vicolo del Pozzo"],
}
TOWNS = {
    "DE": [("10115", "Berlin"), ("10997", "Berlin"), ("80331", "München"), ("81667", "München"), ("50667", "Köln"),
           ("20095", "Hamburg"), ("22765", "Hamburg"), ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"),
           ("04109", "Leipzig"), ("01067", "Dresden"), ("90402", "Nürnberg"), ("28195", "Bremen"),
           ("30159", "Hannover"), ("44135", "Dortmund"), ("40213", "Düsseldorf"), ("53111", "Bonn"),
           ("69117", "Heidelberg"), ("79098", "Freiburg im Breisgau"), ("87435", "Kempten (Allgäu)"),
           ("83471", "Berchtesgaden"), ("82467", "Garmisch-Partenkirchen"), ("93047", "Regensburg"),
           ("97070", "Würzburg"), ("24103", "Kiel"), ("18055", "Rostock"), ("99084", "Erfurt"),
           ("55116", "Mainz"), ("76133", "Karlsruhe"), ("89073", "Ulm"), ("86150", "Augsburg"),
           ("94032", "Passau"), ("33602", "Bielefeld"), ("48143", "Münster"), ("37073", "Göttingen"),
           ("07743", "Jena"), ("14467", "Potsdam"), ("23552", "Lübeck"), ("87561", "Oberstdorf"), ("83707", "Bad Wiessee")],
    "AT": [("1010", "Wien"), ("1020", "Wien"), ("1070", "Wien"), ("1130", "Wien"), ("8010", "Graz"),
           ("4020", "Linz"), ("5020", "Salzburg"), ("6020", "Innsbruck"), ("9020", "Klagenfurt"),
           ("6900", "Bregenz"), ("3100", "St. Pölten"), ("6370", "Kitzbühel"), ("5700", "Zell am See"),
           ("8970", "Schladming"), ("4600", "Wels"), ("6460", "Imst"), ("9900", "Lienz")],
    "CH": [("8001", "Zürich"), ("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
           ("9000", "St. Gallen"), ("7000", "Chur"), ("3920", "Zermatt"), ("6300", "Zug"),
           ("8400", "Winterthur"), ("7500", "St. Moritz"), ("3800", "Interlaken"), ("1003", "Lausanne"),
           ("6900", "Lugano"), ("7270", "Davos Platz")],
    "GB": [("LS", "Leeds"), ("M", "Manchester"), ("BS", "Bristol"), ("EH", "Edinburgh"), ("G", "Glasgow"),
           ("CF", "Cardiff"), ("YO", "York"), ("OX", "Oxford"), ("LA", "Kendal"), ("CA", "Keswick"),
           ("BN", "Brighton"), ("N", "London"), ("SE", "London"), ("S", "Sheffield"), ("IV", "Inverness"),
           ("NR", "Norwich"), ("EX", "Exeter")],
    "US": [("Denver", "CO", "802"), ("Boulder", "CO", "803"), ("Portland", "OR", "972"), ("Seattle", "WA", "981"),
           ("Austin", "TX", "787"), ("Boston", "MA", "021"), ("Burlington", "VT", "054"), ("Asheville", "NC", "288"),
           ("Salt Lake City", "UT", "841"), ("Bend", "OR", "977"), ("Madison", "WI", "537"),
           ("Minneapolis", "MN", "554"), ("Chicago", "IL", "606"), ("Brooklyn", "NY", "112"),
           ("San Diego", "CA", "921"), ("Missoula", "MT", "598"), ("Flagstaff", "AZ", "860")],
    "IE": [("Dublin 2", "D02"), ("Dublin 4", "D04"), ("Dublin 8", "D08"), ("Cork", "T12"), ("Galway", "H91"),
           ("Limerick", "V94"), ("Westport, Co. Mayo", "F28"), ("Waterford", "X91"), ("Blackrock, Co. Dublin", "A94"),
           ("Kilkenny", "R95"), ("Killarney, Co. Kerry", "V93")],
    "FR": [("75011", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("74000", "Annecy"), ("38000", "Grenoble"),
           ("74400", "Chamonix-Mont-Blanc"), ("67000", "Strasbourg"), ("31000", "Toulouse"), ("33000", "Bordeaux")],
    "NL": [("1015", "Amsterdam"), ("3511", "Utrecht"), ("2511", "Den Haag"), ("3011", "Rotterdam"),
           ("9711", "Groningen"), ("5611", "Eindhoven"), ("6811", "Arnhem"), ("2311", "Leiden")],
    "IT": [("39100", "Bolzano", "BZ"), ("38122", "Trento", "TN"), ("20121", "Milano", "MI"), ("00184", "Roma", "RM"),
           ("10121", "Torino", "TO"), ("50123", "Firenze", "FI"), ("32043", "Cortina d'Ampezzo", "BL"),
           ("11100", "Aosta", "AO"), ("37121", "Verona", "VR")],
}
COUNTRY_NAMES = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Vereinigtes Königreich", "US": "USA",
           "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}
_EIR = "ACDEFHKNPRTVWXY0123456789"
_GBIN = "ABDEFGHJLNPQRSTUWXYZ"


class Address:
    """street (as written), zip, town and the one-line and two-line forms."""

    def __init__(self, rng, country):
        self.country = country
        no = str(rng.choice([rng.randint(1, 30), rng.randint(1, 30), rng.randint(2, 180)]))
        if country in ("DE", "AT", "CH") and rng.random() < 0.12:
            no += rng.choice("abc")
        st = rng.choice(STREETS[country])
        if country == "DE":
            self.street = f"{st} {no}"
            if rng.random() < 0.06:
                self.street += rng.choice([", Hinterhaus", " (Hinterhaus)", ", 3. OG"])
            z, t = rng.choice(TOWNS["DE"])
            self.zip, self.town = (f"D-{z}" if rng.random() < 0.15 else z), t
            self.zt = f"{self.zip} {t}"
        elif country == "AT":
            if rng.random() < 0.45:
                no = f"{no}/{rng.randint(1, 9)}" + (f"/{rng.randint(1, 24)}" if rng.random() < 0.6 else "")
            self.street = f"{st} {no}"
            z, t = rng.choice(TOWNS["AT"])
            self.zip, self.town = (f"A-{z}" if rng.random() < 0.3 else z), t
            self.zt = f"{self.zip} {t}"
        elif country == "CH":
            self.street = f"{st} {no}" if not st.startswith("Rue") else f"{st} {no}"
            z, t = rng.choice(TOWNS["CH"])
            self.zip, self.town = (f"CH-{z}" if rng.random() < 0.35 else z), t
            self.zt = f"{self.zip} {t}"
        elif country == "GB":
            if rng.random() < 0.2:
                st = f"Flat {rng.randint(1, 12)}, {no} {st}"
                self.street = st
            else:
                self.street = f"{no} {st}"
            area, t = rng.choice(TOWNS["GB"])
            self.zip = f"{area}{rng.randint(1, 12)} {rng.randint(1, 9)}{rng.choice(_GBIN)}{rng.choice(_GBIN)}"
            self.town = t
            self.zt = f"{t} {self.zip}"
        elif country == "US":
            street = f"{rng.randint(12, 9800)} {st}"
            if rng.random() < 0.35:
                street += rng.choice([f", Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}", f", Suite {rng.randint(100, 950)}", f" #{rng.randint(2, 30)}"])
            self.street = street
            city, state, z3 = rng.choice(TOWNS["US"])
            self.zip, self.town = f"{z3}{rng.randint(1, 99):02d}", city
            self.zt = f"{city}, {state} {self.zip}"
        elif country == "IE":
            self.street = f"{no} {st}" if rng.random() < 0.8 else f"{rng.choice(['Rose Cottage', 'The Old Rectory', 'Apartment 4, Harbour Court'])}, {st}"
            t, key = rng.choice(TOWNS["IE"])
            self.zip = f"{key} {''.join(rng.choice(_EIR) for _ in range(4))}"
            self.town = t
            self.zt = f"{t}, {self.zip}" if rng.random() < 0.5 else f"{t} {self.zip}"
        elif country == "FR":
            self.street = f"{no} {st}" if rng.random() < 0.8 else f"{no} bis {st}"
            z, t = rng.choice(TOWNS["FR"])
            self.zip, self.town = z, t
            self.zt = f"{z} {t}"
        elif country == "NL":
            self.street = f"{st} {no}"
            z, t = rng.choice(TOWNS["NL"])
            self.zip = f"{z} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            self.town = t
            self.zt = f"{self.zip} {t}"
        elif country == "IT":
            self.street = f"{st} {no}" if rng.random() < 0.8 else f"{st}, {no}"
            z, t, prov = rng.choice(TOWNS["IT"])
            self.zip, self.town = z, t
            self.zt = f"{z} {t} ({prov})" if rng.random() < 0.6 else f"{z} {t} {prov}"
        sep = ", " if country != "IE" or rng.random() < 0.5 else ", "
        self.line = f"{self.street}{sep}{self.zt}"
        self.two = f"{self.street}\n{self.zt}"


# ---------------------------------------------------------------- brand and look-alikes

PRODUCTS = {
    "en": [("Almweg Zip-Off Hiking Trousers", "TG-HT-100", "129.95"), ("Fernkamm 45+10 Trekking Backpack", "TG-BP-045", "229.95"),
           ("Firstwand 3-Layer Rain Jacket", "TG-RJ-100", "349.95"), ("Gitterhang Grid Fleece Jacket", "TG-FL-100", "119.95"),
           ("Hochsattel 30 Hiking Backpack", "TG-BP-030", "139.95"), ("Kaltkar Down Jacket", "TG-DJ-100", "289.95"),
           ("Morgengrat Merino 150 Long-Sleeve Shirt", "TG-BL-100", "89.95"), ("Rinnental Insulated Hoody", "TG-SI-100", "219.95"),
           ("Schauerpass 2.5-Layer Rain Jacket", "TG-RJ-200", "199.95"), ("Steinlauf Trail Running Shoe", "TG-TS-100", "159.95"),
           ("Trittweg Merino Hiking Socks", "TG-SO-100", "24.95"), ("Wintersteig Winter Trekking Trousers", "TG-WT-100", "169.95")],
    "de": [("Almweg Zip-off-Wanderhose", "TG-HT-100", "129,95"), ("Fernkamm 45+10 Trekkingrucksack", "TG-BP-045", "229,95"),
           ("Firstwand 3-Lagen-Regenjacke", "TG-RJ-100", "349,95"), ("Gitterhang Grid-Fleecejacke", "TG-FL-100", "119,95"),
           ("Hochsattel 30 Wanderrucksack", "TG-BP-030", "139,95"), ("Kaltkar Daunenjacke", "TG-DJ-100", "289,95"),
           ("Morgengrat Merino 150 Langarmshirt", "TG-BL-100", "89,95"), ("Rinnental Isolationshoody", "TG-SI-100", "219,95"),
           ("Schauerpass 2,5-Lagen-Regenjacke", "TG-RJ-200", "199,95"), ("Steinlauf Trailrunningschuh", "TG-TS-100", "159,95"),
           ("Trittweg Merino-Wandersocken", "TG-SO-100", "24,95"), ("Wintersteig Wintertrekkinghose", "TG-WT-100", "169,95")],
}
SHORT_PRODUCTS = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar", "Morgengrat",
                  "Rinnental", "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]
COLOURS = {"en": ["Slate", "Fir Shade", "Hut Orange", "Ridge Blue", "Rock Grey", "Peat Brown", "Lichen", "Alpenglow", "Limestone", "Gentian"],
           "de": ["Slate", "Fir Shade", "Hut Orange", "Ridge Blue", "Rock Grey", "Peat Brown", "Lichen", "Alpenglow", "Limestone", "Gentian"]}
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "38", "40", "42", "44", "46", "48", "50", "52"]
SHOE_SIZES = ["39", "40", "40.5", "41", "42", "42.5", "43", "44", "44.5", "45", "46"]
COMPANIES = ["Berger Logistik GmbH", "Hofmann & Söhne KG", "Baker Freight Ltd", "Walsh Print & Pack",
             "Schneider Textilveredelung", "Koch Verpackungen GmbH", "Huber Sportartikel GmbH",
             "Keller Fulfilment AG", "Gruber Transporte", "Murphy Outdoor Supply", "Fischer Etiketten",
             "Moser Alpin Handels GmbH", "Brunner Druck AG", "Carter & Webb Retail", "Wolf Lagertechnik",
             "Jäger Spedition", "Hunter Logistics Ltd", "Meier Bürobedarf", "Lang Fotostudio", "Vogel Textil"]
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]}


def lookalike(rng, base, lang, region):
    d = lambda n: _digits(rng, n)  # noqa: E731
    if base == "order":
        return rng.choice([f"TG-{rng.randint(2024, 2026)}-{d(6)}", f"#{rng.randint(100000, 999999)}", f"{d(4)} {d(3)} {d(4)}",
                           f"0{d(3)}-{d(3)}-{d(4)}", f"WEB{d(7)}", f"A{d(8)}", f"+{d(2)}-{d(6)}"])
    if base == "track":
        return rng.choice([f"00340434{d(12)}", f"JJD{d(15)}", f"1Z{rng.choice(['999AA1', '8W3V27', '4E61F0'])}{d(10)}",
                           f"{d(4)} {d(4)} {d(4)}", f"RR{d(9)}DE", f"CH{d(8)}AT", f"0{d(2)} {d(4)} {d(4)} {d(3)}"])
    if base == "cust":
        return rng.choice([f"KD-{d(6)}", f"{d(3)}-{d(3)}-{d(3)}", f"C{d(7)}", f"{d(5)}/{d(2)}", f"+{d(3)} {d(4)}", f"0{d(4)} {d(5)}"])
    if base == "ticket":
        return rng.choice([f"#{rng.randint(10000, 99999)}", f"ZD-{d(5)}", f"TCK-2026-{d(4)}", f"CS{d(6)}", f"INC{d(7)}"])
    if base == "invoice":
        return rng.choice([f"RE-2026-{d(5)}", f"INV-{d(6)}", f"R{d(8)}", f"2026/{d(4)}"])
    if base == "gtin":
        return gtin13(rng)
    if base == "sku":
        return rng.choice(PRODUCTS["en"])[1] + rng.choice(["", "", f"-{rng.choice(SIZES)}", f"-{rng.choice(['SL', 'FS', 'HO', 'RB', 'RG'])}"])
    if base == "product":
        return rng.choice(PRODUCTS[lang])[0]
    if base == "pname":
        return rng.choice(SHORT_PRODUCTS)
    if base == "pshort":
        if lang == "de":
            return rng.choice(["Kaltkar-Daunenjacke", "Almweg-Hose", "Wintersteig-Hose", "Firstwand-Jacke",
                               "Schauerpass-Jacke", "Gitterhang-Fleecejacke", "Rinnental-Jacke"])
        return rng.choice(SHORT_PRODUCTS)
    if base == "zt":
        c = region if region in ("DE", "AT", "CH") else rng.choice(["DE", "AT", "CH"])
        return " ".join(rng.choice(TOWNS[c]))
    if base == "price":
        p = rng.choice(PRODUCTS[lang])[2]
        if lang == "de":
            return rng.choice([f"{p} €", f"€ {p}", f"EUR {p}", f"CHF {rng.randint(30, 380)}.–", f"{p} Euro"])
        return rng.choice([f"€{p}", f"£{rng.randint(20, 320)}.{rng.choice(['00', '95', '99'])}", f"${rng.randint(20, 380)}.95", f"EUR {p}"])
    if base == "date":
        day, mon, yr = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2026])
        if lang == "de":
            return rng.choice([f"{day:02d}.{mon:02d}.{yr}", f"{day}. {MONTHS['de'][mon - 1]}", f"{day}.{mon}.", f"{yr}-{mon:02d}-{day:02d}"])
        return rng.choice([f"{day} {MONTHS['en'][mon - 1]} {yr}", f"{MONTHS['en'][mon - 1][:3]} {day}", f"{day:02d}/{mon:02d}/{yr}", f"{yr}-{mon:02d}-{day:02d}"])
    if base == "time":
        h, m = rng.randint(7, 20), rng.choice([0, 5, 15, 20, 30, 40, 45, 50])
        if lang == "en" and rng.random() < 0.4:
            return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"
        return f"{h:02d}:{m:02d}" + (" Uhr" if lang == "de" and rng.random() < 0.5 else "")
    if base == "icsdate":
        return f"2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T{rng.randint(7, 17):02d}{rng.choice(['00', '30'])}00Z"
    if base == "isots":
        return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    if base == "ver":
        return rng.choice([f"v{rng.randint(1, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}", f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}-rc{rng.randint(1, 4)}", f"2026.{rng.randint(1, 12)}.{rng.randint(1, 9)}"])
    if base == "zip":
        c = region if region in ("DE", "AT", "CH") else rng.choice(["DE", "AT", "CH"])
        return rng.choice(TOWNS[c])[0]
    if base == "town":
        c = region if region in ("DE", "AT", "CH", "FR", "NL") else rng.choice(["DE", "AT", "CH"])
        return rng.choice(TOWNS[c])[1]
    if base == "company":
        return rng.choice(COMPANIES)
    if base == "colour":
        return rng.choice(COLOURS[lang])
    if base == "size":
        return rng.choice(SIZES)
    if base == "qty":
        return str(rng.choice([1, 1, 2, 2, 3, 4, 5, 6, 10, 12, 24]))
    if base == "num":
        return str(rng.randint(2, 48))
    if base == "pct":
        return str(rng.choice([10, 15, 20, 25, 30]))
    if base == "weight":
        return rng.choice(["1,780 g", "1.780 g", "395 g", "480 g", "1.1 kg", "312 g", "72 g"])
    if base == "voucher":
        return rng.choice(["GIPFEL15", "HERBST20", "TRAIL10", "WELCOME-5", "TALGRAT25", "ALM2026"])
    if base == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([8, 12, 16])))
    if base == "port":
        return str(rng.choice([443, 8080, 22, 5432, 3306, 51514, rng.randint(1024, 65000)]))
    if base == "ms":
        return str(rng.randint(3, 2400))
    if base == "status":
        return str(rng.choice([200, 200, 201, 204, 301, 302, 400, 401, 403, 404, 429, 500, 502]))
    if base == "uid":
        return str(rng.randint(1000, 999999))
    if base == "postfach":
        if lang == "de":
            return rng.choice([f"Postfach {d(2)} {d(2)} {d(2)}", f"Postfach {d(4)}", f"Postfach {rng.randint(1, 9)}{d(3)}"])
        return rng.choice([f"PO Box {rng.randint(10, 999)}", f"P.O. Box {rng.randint(1000, 9999)}"])
    raise KeyError(base)


# ---------------------------------------------------------------- rendering

_ALT = re.compile(r"\(\(([^()]*)\)\)")
_SLOT = re.compile(r"\{([a-z][a-zA-Z0-9_]*)(?:\.([a-zA-Z_]+))?\}")
HONS_EN_F = ["Ms", "Ms.", "Mrs", "Mrs.", "Ms", "Dr", "Miss"]
HONS_EN_M = ["Mr", "Mr.", "Mr", "Dr."]


class Ctx:
    def __init__(self, rng, lang, region, cue):
        self.rng, self.lang, self.region, self.cue = rng, lang, region, cue
        self.people, self.addrs, self.cache = {}, {}, {}

    def person(self, key):
        if key not in self.people:
            for _ in range(30):
                p = draw_person(self.rng, self.region, self.cue)
                if all(p.last != q.last and p.first != q.first for q in self.people.values()):
                    break
            self.people[key] = p
        return self.people[key]

    def addr(self, key):
        if key not in self.addrs:
            c = self.region
            if self.rng.random() < 0.18:
                c = self.rng.choice(["DE", "AT", "CH", "NL", "IT", "FR"] if self.lang == "de" else ["GB", "US", "IE", "DE", "FR", "NL"])
            self.addrs[key] = Address(self.rng, c)
        return self.addrs[key]

    def hon(self, p, title_ok=True):
        r = self.rng
        if self.lang == "de":
            h = "Frau" if p.female else "Herr"
            if title_ok and r.random() < 0.12:
                h += " " + r.choice(["Dr.", "Prof.", "Mag.", "DI", "Dipl.-Ing."] if self.region == "AT" else ["Dr.", "Dr.", "Prof."])
            return h
        h = r.choice(HONS_EN_F if p.female else HONS_EN_M)
        return h

    def slot(self, base, form):
        r = self.rng
        if re.fullmatch(r"p\d", base):
            p = self.person(base)
            key = (base, form)
            if form in ("email", "wmail", "phone", "handle", "mobile") and key in self.cache:
                return self.cache[key]
            P = "PERSON"
            if form == "full":
                out = [(p.full, P)]
            elif form == "first":
                out = [(p.first, P)]
            elif form == "last":
                out = [(p.last, P)]
            elif form == "init":
                out = [(f"{p.first[0]}. {p.last}", P)]
            elif form == "short":
                out = [(f"{p.first} {p.last[0]}.", P)]
            elif form == "lf":
                out = [(f"{p.last}, {p.first}", P)]
            elif form == "LF":
                out = [(f"{p.last.upper()}, {p.first}", P)]
            elif form == "CAPS":
                out = [(p.full.upper(), P)]
            elif form == "lower":
                out = [(p.first.lower(), P)]
            elif form == "lowerfull":
                out = [(p.full.lower(), P)]
            elif form == "hon":
                out = [(self.hon(p) + " ", None), (p.last, P)]
            elif form == "honfull":
                out = [(self.hon(p, False) + " ", None), (p.full, P)]
            elif form == "sgh":
                out = [("Sehr geehrte Frau " if p.female else "Sehr geehrter Herr ", None), (p.last, P)]
            elif form == "liebe":
                out = [("Liebe " if p.female else "Lieber ", None), (p.first, P)]
            elif form == "dear":
                out = [(r.choice(["Dear ", "Dear ", "Hello "]) + self.hon(p) + " ", None), (p.last, P)]
            elif form == "pron":
                out = [(("sie" if p.female else "er") if self.lang == "de" else ("she" if p.female else "he"), None)]
            elif form == "Pron":
                out = [(("Sie" if p.female else "Er") if self.lang == "de" else ("She" if p.female else "He"), None)]
            elif form == "poss":
                out = [(("ihr" if p.female else "sein") if self.lang == "de" else ("her" if p.female else "his"), None)]
            elif form == "obj":
                out = [(("ihr" if p.female else "ihm") if self.lang == "de" else ("her" if p.female else "him"), None)]
            elif form == "partner":
                if self.lang == "de":
                    v = r.choice(["meine Partnerin", "meine Tochter", "meine Mitbewohnerin", "meine Frau"] if p.female else ["mein Partner", "mein Sohn", "mein Mitbewohner", "mein Mann"])
                else:
                    v = r.choice(["my partner", "my daughter", "my flatmate", "my wife"] if p.female else ["my partner", "my son", "my flatmate", "my husband"])
                out = [(v, None)]
            elif form == "parent":
                if self.lang == "de":
                    v = "meine Mutter" if p.female else "mein Vater"
                else:
                    v = "my mother" if p.female else "my father"
                out = [(v, None)]
            elif form == "kunde":
                out = [("die Kundin" if p.female else "der Kunde", None)]
            elif form == "Kunde":
                out = [("Kundin" if p.female else "Kunde", None)]
            elif form == "email":
                out = [(email(r, p, self.region), "EMAIL")]
            elif form == "wmail":
                out = [(email(r, p, self.region, work=True), "EMAIL")]
            elif form == "handle":
                out = [(handle(r, p), None)]
            elif form in ("phone", "mobile"):
                c = self.region if r.random() < 0.85 else r.choice(list(MAIL_DOMAINS))
                out = [(phone(r, c), "PHONE")]
            else:
                raise KeyError(form)
            self.cache[key] = out
            return out
        if re.fullmatch(r"a\d", base):
            a = self.addr(base)
            if form == "line":
                return [(a.line, "STREET_ADDRESS")]
            if form == "two":
                return [(a.two, "STREET_ADDRESS")]
            if form == "street":
                return [(a.street, "STREET_ADDRESS")]
            if form == "zip":
                return [(a.zip, None)]
            if form == "town":
                return [(a.town, None)]
            if form == "zt":
                return [(a.zt, None)]
            if form == "country":
                return [(COUNTRY_NAMES[self.lang][a.country], None)]
            if form == "cc":
                return [(a.country, None)]
            raise KeyError(form)
        key = (base, form)
        if key in self.cache:
            return self.cache[key]
        m = re.fullmatch(r"([a-z_]+?)(\d*)", base)
        kind = m.group(1)
        if kind == "phone":
            out = [(phone(r, self.region), "PHONE")]
        elif kind == "iban":
            c = self.region if self.region in ("DE", "AT", "CH", "GB", "IE", "NL", "FR", "IT") else "DE"
            if r.random() < 0.15:
                c = r.choice(["DE", "AT", "CH", "NL", "GB", "IE", "FR", "IT"])
            out = [(iban(r, c), "IBAN")]
        elif kind == "card":
            out = [(card(r), "CREDIT_CARD")]
        elif kind == "taxid":
            out = [(tax_id(r), "DE_TAX_ID")]
        elif kind == "ip":
            out = [(ip(r, form), "IP_ADDRESS")]
        elif kind == "ippub":
            out = [(ip(r, "pub"), "IP_ADDRESS")]
        elif kind == "ipv":
            out = [(ip(r, "v6"), "IP_ADDRESS")]
        elif kind == "email":
            out = [(email(r, draw_person(r, self.region, False), self.region), "EMAIL")]
        elif kind == "shopmail":
            out = [(r.choice(["service@talgrat.de", "hallo@talgrat.de", "support@talgrat.com", "presse@talgrat.de", "retouren@talgrat.de", "noreply@talgrat.de"]), "EMAIL")]
        elif kind in ("product", "sku", "price"):
            pk = ("prod", m.group(2))
            if pk not in self.cache:
                taken = [v for k, v in self.cache.items() if isinstance(k, tuple) and k[0] == "prod"]
                self.cache[pk] = r.choice([i for i in range(len(PRODUCTS["en"])) if i not in taken])
            name, sku, pr = PRODUCTS[self.lang][self.cache[pk]]
            if kind == "product":
                v = name
            elif kind == "sku":
                v = sku + r.choice(["", "", f"-{r.choice(['SL', 'FS', 'HO', 'RB', 'RG', 'LI', 'PB'])}"])
            elif self.lang == "de":
                v = r.choice([f"{pr} €", f"€ {pr}", f"EUR {pr}", f"{pr} Euro"])
            else:
                v = r.choice([f"€{pr}", f"EUR {pr}", f"{pr} EUR"])
            out = [(v, None)]
        else:
            out = [(lookalike(r, kind, self.lang, self.region), None)]
        self.cache[key] = out
        return out


def render(template, ctx):
    rng = ctx.rng
    t = _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    pieces, pos = [], 0
    for m in _SLOT.finditer(t):
        if m.start() > pos:
            pieces.append((t[pos:m.start()], None))
        pieces += ctx.slot(m.group(1), m.group(2))
        pos = m.end()
    pieces.append((t[pos:], None))
    text, ents, off = "", [], 0
    for s, lab in pieces:
        if not lab:
            s = s.replace("{{", "{").replace("}}", "}")
        if lab:
            ents.append({"type": lab, "start": off, "end": off + len(s), "value": s})
        text += s
        off += len(s)
    return text, ents


# ---------------------------------------------------------------- self-checks

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_DIGITS = re.compile(r"(?<![\d])\d(?:[ \-]?\d){10,18}(?!\d)")
_HANDLE = re.compile(r"@[\w.\-]+")


def problems(text, ents, has_pii):
    """Every reason the rendering fails, or an empty list."""
    out = []
    if has_pii and not ents:
        out.append("no span")
    if not has_pii and ents:
        out.append("span in clean text")
    last = 0
    for e in ents:
        v = e["value"]
        if text[e["start"]:e["end"]] != v:
            out.append("offset")
        if v != v.strip() or not v:
            out.append("space at end")
        if e["start"] < last:
            out.append("overlap")
        last = e["end"]
        if e["type"] == "IBAN" and not iban_valid(v):
            out.append("iban")
        if e["type"] == "CREDIT_CARD":
            n = re.sub(r"[ \-]", "", v)
            if not (luhn_ok(n) and issuer_ok(n)):
                out.append("card")
        if e["type"] == "DE_TAX_ID" and not tax_id_valid(v):
            out.append("taxid")
    blank = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            blank[i] = " "
    rest = "".join(blank)
    if _EMAIL.search(rest):
        out.append("email outside")
    rest = _EMAIL.sub(lambda m: " " * len(m.group()), rest)
    for m in _IPV4.finditer(rest):
        if all(int(g) <= 255 for g in m.groups()):
            out.append("ipv4 outside")
    for m in _IPV6.finditer(rest):
        s = m.group()
        if "::" in s or s.count(":") >= 5 or re.search(r"[a-fA-F]", s.replace(":", "")):
            if s.count(":") >= 2 and len(s) >= 3:
                out.append("ipv6 outside " + s)
    for m in _IBAN.finditer(rest):
        if iban_valid(m.group()):
            out.append("iban outside")
    for m in _DIGITS.finditer(rest):
        n = re.sub(r"[ \-]", "", m.group())
        if 13 <= len(n) <= 19 and luhn_ok(n) and issuer_ok(n):
            out.append("card outside")
        if len(n) == 11 and tax_id_valid(n):
            out.append("taxid outside")
    for m in re.finditer(r"(?<!\d)\d{11}(?!\d)", rest):
        if tax_id_valid(m.group()):
            out.append("taxid outside")
    # a labelled person's name part must not occur unlabelled (outside e-mails and handles)
    rest2 = _HANDLE.sub(lambda m: " " * len(m.group()), rest)
    parts = []
    for e in ents:
        if e["type"] == "PERSON":
            for p in re.split(r"[ ,\-]+", e["value"]):
                p = p.strip(".")
                if len(p) >= 2 and p.lower() not in PARTICLES and p not in parts:
                    parts.append(p)
    for p in parts:
        if re.search(r"(?<![\w'’])" + re.escape(p) + r"(?![\w'’])", rest2, re.IGNORECASE):
            out.append("name part outside: " + p)
    return out
