"""Machinery of the dev half of the twenty-fourth PII bank: people, addresses, phone numbers,
checksummed values, look-alikes, the template renderer and the self-checks.

Template syntax:
  {p1.full} {p1.hon} …   a slot of person p1 (see Person.render); labelled pieces become spans
  {a.sku} {a.gtin} …     a look-alike or plain value without a label (see Ctx.plain)
  {v.iban} {v.card} …    a labelled value that belongs to no person (see Ctx.value)
  [[a~b~c]]              one alternative (nested allowed; resolved innermost first)
  <<p1:female|male>>     gender agreement with person p1
  @p1=AT,CH              first line: the countries person p1 may come from
"""

import random
import re
import unicodedata

import pii24_dev_names as names

# ---------------------------------------------------------------- checksums


def iban_valid(v):
    v = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def make_iban(rng, cc, grouped):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    L = lambda n: "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))  # noqa: E731
    bban = {"DE": lambda: d(18), "AT": lambda: d(16), "CH": lambda: d(17), "GB": lambda: L(4) + d(14),
            "IE": lambda: L(4) + d(14), "NL": lambda: L(4) + d(10), "FR": lambda: d(23),
            "IT": lambda: L(1) + d(22)}[cc]()
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    v = f"{cc}{98 - int(num) % 97:02d}{bban}"
    assert iban_valid(v)
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v


def luhn_ok(digits):
    t = 0
    for i, c in enumerate(reversed(digits)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def issuer_ok(n):
    if n[0] == "4" and len(n) in (13, 16, 19):
        return True
    if len(n) == 16 and (51 <= int(n[:2]) <= 55 or 2221 <= int(n[:4]) <= 2720):
        return True
    if len(n) == 15 and n[:2] in ("34", "37"):
        return True
    return len(n) == 16 and (n.startswith("6011") or n.startswith("65"))


def card_valid(v):
    n = re.sub(r"[ -]", "", v)
    return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) and issuer_ok(n)


def make_card(rng):
    kind = rng.choices(["visa", "mc", "mc2", "amex", "disc"], [44, 28, 8, 12, 8])[0]
    pre, ln = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16),
               "mc2": (str(rng.randint(2221, 2720)), 16), "amex": (rng.choice(["34", "37"]), 15),
               "disc": ("6011", 16)}[kind]
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - 1 - len(pre)))
    for c in "0123456789":
        if luhn_ok(body + c):
            n = body + c
            break
    assert card_valid(n)
    r = rng.random()
    groups = [n[:4], n[4:10], n[10:]] if ln == 15 else [n[i:i + 4] for i in range(0, 16, 4)]
    return " ".join(groups) if r < 0.5 else "-".join(groups) if r < 0.7 else n


def taxid_valid(v):
    v = v.replace(" ", "")
    if len(v) != 11 or not v.isdigit() or v[0] == "0":
        return False
    head = v[:10]
    counts = [head.count(c) for c in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3 and any(head[i] == head[i + 1] == head[i + 2] for i in range(8)):
        return False
    p = 10
    for c in head:
        s = (int(c) + p) % 10 or 10
        p = (s * 2) % 11
    return (11 - p) % 10 == int(v[10])


def make_taxid(rng, grouped):
    while True:
        pool = list("0123456789")
        rng.shuffle(pool)
        times = rng.choice([2, 2, 3])
        rep = pool[0]
        head = pool[1:11 - times] + [rep] * times
        rng.shuffle(head)
        h = "".join(head)
        if h[0] == "0":
            continue
        p = 10
        for c in h:
            s = (int(c) + p) % 10 or 10
            p = (s * 2) % 11
        v = h + str((11 - p) % 10)
        if taxid_valid(v):
            return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if grouped else v


def gtin13(rng, prefix="40"):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- places

STREETS = {
    "DE": ["Hauptstraße", "Lindenallee", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Am Mühlbach",
           "Kirchgasse", "Birkenweg", "Goethestraße", "Rosenstraße", "Ulmenstraße", "Brunnenstraße",
           "Feldbergstraße", "Am Sonnenhang", "Schäferkamp", "Lerchenfeld", "Kastanienweg", "Wiesenstraße"],
    "AT": ["Mariahilfer Straße", "Hauptplatz", "Linzer Gasse", "Grazer Straße", "Schulgasse", "Annenstraße",
           "Kaiserfeldgasse", "Landstraßer Hauptstraße", "Salzachweg", "Mühlgasse", "Florianigasse"],
    "CH": ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Kirchweg", "Bergstrasse", "Rütistrasse",
           "Schulhausstrasse", "Alpenblickweg", "Lindenhofstrasse", "Weinbergstrasse", "Zürcherstrasse"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Queen's Road",
           "Park Avenue", "Elm Grove", "Castle Street", "Bridge Street", "Kingsway", "Orchard Close"],
    "US": ["Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Pine St", "Elm St", "Lakeview Blvd",
           "Sunset Ave", "Washington St", "Ridge Rd", "Mill Creek Rd", "Highland Ave"],
    "IE": ["Main Street", "Church Road", "Strand Road", "Bridge Street", "O'Connell Street",
           "Castle Street", "Green Lane", "Abbey Street", "Mary Street"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire",
           "rue des Lilas", "place du Marché", "rue Pasteur", "chemin des Vignes"],
    "NL": ["Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Prinsengracht", "Nieuwstraat",
           "Julianalaan", "Beatrixstraat", "Lindelaan"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Italia", "Via Dante", "Via Mazzini", "Piazza Cavour",
           "Via Verdi", "Viale dei Mille"],
}
TOWNS = {
    "DE": [("10115", "Berlin"), ("80331", "München"), ("20095", "Hamburg"), ("50667", "Köln"),
           ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("04109", "Leipzig"), ("28195", "Bremen"),
           ("01067", "Dresden"), ("90402", "Nürnberg"), ("79098", "Freiburg im Breisgau"), ("24103", "Kiel"),
           ("87435", "Kempten"), ("83471", "Berchtesgaden"), ("93047", "Regensburg"), ("33602", "Bielefeld"),
           ("48143", "Münster"), ("99084", "Erfurt"), ("18055", "Rostock"), ("66111", "Saarbrücken")],
    "AT": [("1010", "Wien"), ("1070", "Wien"), ("8010", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"),
           ("6020", "Innsbruck"), ("9020", "Klagenfurt"), ("6900", "Bregenz"), ("3100", "St. Pölten"),
           ("6370", "Kitzbühel"), ("8700", "Leoben"), ("4600", "Wels")],
    "CH": [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"),
           ("7000", "Chur"), ("3920", "Zermatt"), ("8400", "Winterthur"), ("6300", "Zug"), ("3600", "Thun"),
           ("1003", "Lausanne")],
    "GB": [("LS1 4AB", "Leeds"), ("M4 1HN", "Manchester"), ("BS1 5TR", "Bristol"), ("EH1 2NG", "Edinburgh"),
           ("G2 3BZ", "Glasgow"), ("CF10 1EP", "Cardiff"), ("YO1 7HH", "York"), ("SW1A 2AA", "London"),
           ("N1 9GU", "London"), ("OX1 3BD", "Oxford"), ("LA22 0BU", "Ambleside"), ("PH33 6SY", "Fort William"),
           ("NE1 7RU", "Newcastle upon Tyne"), ("S1 2HE", "Sheffield")],
    "US": [("Denver", "CO", "80202"), ("Boulder", "CO", "80302"), ("Portland", "OR", "97205"),
           ("Seattle", "WA", "98101"), ("Austin", "TX", "78701"), ("Burlington", "VT", "05401"),
           ("Asheville", "NC", "28801"), ("Madison", "WI", "53703"), ("Bozeman", "MT", "59715"),
           ("Salt Lake City", "UT", "84101"), ("Springfield", "IL", "62704"), ("Bend", "OR", "97701")],
    "IE": [("Dublin 2", "D02 X285"), ("Cork", "T12 K8AF"), ("Galway", "H91 E2K3"), ("Ballincollig, Co. Cork", "P31 X2Y4"),
           ("Westport, Co. Mayo", "F28 H2K7"), ("Killarney, Co. Kerry", "V93 C6W4"), ("Limerick", "V94 T9PX")],
    "FR": [("75011", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("74400", "Chamonix-Mont-Blanc"),
           ("38000", "Grenoble"), ("67000", "Strasbourg"), ("31000", "Toulouse")],
    "NL": [("1017 GC", "Amsterdam"), ("3511 LX", "Utrecht"), ("2511 BT", "Den Haag"), ("9711 LM", "Groningen"),
           ("5611 AB", "Eindhoven"), ("6811 CA", "Arnhem")],
    "IT": [("20121", "Milano"), ("00184", "Roma"), ("39100", "Bolzano"), ("10121", "Torino"),
           ("38122", "Trento"), ("50123", "Firenze"), ("32043", "Cortina d'Ampezzo")],
}
COUNTRY_NAME = {"de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Vereinigtes Königreich",
                       "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
                "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom",
                       "US": "USA", "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"}}
COUNTRY_WEIGHTS = {"de": [("DE", 58), ("AT", 17), ("CH", 14), ("NL", 2), ("IT", 2.5), ("FR", 2), ("GB", 1.5),
                          ("US", 1), ("IE", 0.5)],
                   "en": [("GB", 38), ("US", 32), ("IE", 14), ("DE", 4), ("AT", 2), ("CH", 2), ("FR", 3),
                          ("NL", 2.5), ("IT", 2.5)]}
US_AREA = {"CO": ["303", "720", "970"], "OR": ["503", "541", "971"], "WA": ["206", "425", "509"],
           "TX": ["512", "737"], "VT": ["802"], "NC": ["828", "919"], "WI": ["608"], "MT": ["406"],
           "UT": ["801", "385"], "IL": ["217", "312"]}
MAIL_DOMAINS = {"DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org", "freenet.de"],
                "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"],
                "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com", "hispeed.ch"],
                "GB": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "icloud.com"],
                "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com"],
                "IE": ["gmail.com", "eircom.net", "outlook.ie", "icloud.com"],
                "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net"],
                "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
                "IT": ["libero.it", "gmail.com", "tiscali.it", "virgilio.it"]}


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ı", "i").replace("ł", "l")
    s = s.replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-"))


class Address:
    def __init__(self, rng, cc):
        self.cc = cc
        st = rng.choice(STREETS[cc])
        n = str(rng.randint(1, 140))
        if rng.random() < 0.12 and cc in ("DE", "AT", "CH"):
            n += rng.choice("abc")
        if cc == "AT" and rng.random() < 0.45:
            n = f"{rng.randint(1, 60)}/{rng.randint(1, 9)}/{rng.randint(1, 24)}"
        if cc in ("DE", "AT", "CH", "NL", "IT"):
            self.street = f"{st} {n}" if cc != "IT" else f"{st} {n}"
        elif cc == "FR":
            self.street = f"{n} {st}" if rng.random() < 0.7 else f"{n} bis, {st}"
        elif cc == "US":
            self.street = f"{rng.randint(100, 9899)} {st}"
            r = rng.random()
            if r < 0.3:
                self.street += f", Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}"
            elif r < 0.45:
                self.street += f", Suite {rng.randint(100, 950)}"
        elif cc == "GB":
            self.street = f"{n} {st}"
            if rng.random() < 0.25:
                self.street = f"Flat {rng.randint(1, 12)}, " + self.street
        else:  # IE
            self.street = f"{n} {st}" if rng.random() < 0.8 else f"Apartment {rng.randint(1, 30)}, {n} {st}"
        t = rng.choice(TOWNS[cc])
        if cc == "US":
            self.town, self.state, self.plz = t
            self.cityline = f"{self.town}, {self.state} {self.plz}"
        elif cc == "IE":
            self.town, self.plz = t
            self.cityline = f"{self.town} {self.plz}" if rng.random() < 0.5 else f"{self.town}, {self.plz}"
        elif cc == "GB":
            self.plz, self.town = t
            self.cityline = f"{self.town} {self.plz}"
        else:
            self.plz, self.town = t
            pre = ""
            if cc == "DE" and rng.random() < 0.15:
                pre = "D-"
            elif cc == "AT" and rng.random() < 0.4:
                pre = "A-"
            elif cc == "CH" and rng.random() < 0.45:
                pre = "CH-"
            self.cityline = f"{pre}{self.plz} {self.town}"

    def line(self):
        return f"{self.street}, {self.cityline}"

    def two(self):
        return f"{self.street}\n{self.cityline}"


def make_phone(rng, cc, form):
    """form: 'nat' or 'intl'."""
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    r = rng.random()
    if cc == "DE":
        mobile = rng.random() < 0.5
        area = rng.choice(["151", "160", "170", "171", "176", "152", "157"]) if mobile else rng.choice(
            ["30", "40", "89", "221", "69", "711", "341", "761", "831", "911"])
        sub = d(rng.choice([7, 8])) if not mobile else d(7)
        if form == "nat":
            return rng.choice([f"0{area} {sub}", f"0{area}/{sub}", f"0{area}-{sub[:3]} {sub[3:]}",
                               f"(0{area}) {sub}"])
        return rng.choice([f"+49 {area} {sub}", f"+49 (0){area} {sub}", f"0049 {area} {sub}",
                           f"+49{area}{sub}"])
    if cc == "AT":
        mobile = rng.random() < 0.55
        area = rng.choice(["664", "660", "676", "699", "650"]) if mobile else rng.choice(["1", "316", "732", "662", "512"])
        sub = str(rng.randint(1, 9)) + d(6)
        if form == "nat":
            return rng.choice([f"0{area} {sub}", f"0{area}/{sub}", f"0{area} {sub[:3]} {sub[3:]}"])
        return rng.choice([f"+43 {area} {sub}", f"+43 (0){area} {sub}", f"0043 {area} {sub}"])
    if cc == "CH":
        area = rng.choice(["44", "31", "61", "41", "79", "78", "76", "81", "71"])
        a, b, c = d(3), d(2), d(2)
        if form == "nat":
            return f"0{area} {a} {b} {c}"
        return rng.choice([f"+41 {area} {a} {b} {c}", f"0041 {area} {a} {b} {c}", f"+41 (0){area} {a} {b} {c}"])
    if cc == "GB":
        if rng.random() < 0.5:
            sub = "7" + rng.choice(["700", "911", "824", "456", "383"]) + " " + d(6)
        else:
            sub = rng.choice(["20 7946 ", "113 496 ", "161 496 ", "131 496 ", "117 496 "]) + d(4)
        if form == "nat":
            return "0" + sub
        return rng.choice(["+44 " + sub, "+44 (0)" + sub])
    if cc == "US":
        st = rng.choice(list(US_AREA))
        ac = rng.choice(US_AREA[st])
        ex, ln = "555", "01" + d(2)
        if form == "nat":
            return rng.choice([f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}"])
        return rng.choice([f"+1 {ac} {ex} {ln}", f"+1 ({ac}) {ex}-{ln}", f"+1-{ac}-{ex}-{ln}"])
    if cc == "IE":
        if rng.random() < 0.5:
            area, sub = rng.choice(["85", "86", "87", "83", "89"]), f"{d(3)} {d(4)}"
        else:
            area, sub = rng.choice(["1", "21", "91", "61", "66"]), f"{d(3)} {d(4)}"
        return f"0{area} {sub}" if form == "nat" else f"+353 {area} {sub}"
    if cc == "FR":
        lead = rng.choice(["1", "4", "6", "7", "9"])
        g = " ".join(d(2) for _ in range(4))
        return f"0{lead} {g}" if form == "nat" else rng.choice([f"+33 {lead} {g}", f"+33 (0){lead} {g}"])
    if cc == "NL":
        if rng.random() < 0.5:
            return f"06 {d(8)}" if form == "nat" else f"+31 6 {d(8)}"
        area = rng.choice(["20", "30", "10", "50", "40"])
        return f"0{area} {d(3)} {d(4)}" if form == "nat" else f"+31 {area} {d(3)} {d(4)}"
    if cc == "IT":
        if rng.random() < 0.5:
            m = rng.choice(["333", "347", "348", "340", "320"])
            return f"{m} {d(3)} {d(4)}" if form == "nat" else f"+39 {m} {d(3)} {d(4)}"
        area = rng.choice(["02", "06", "0471", "011", "055"])
        return f"{area} {d(4)} {d(4)}" if form == "nat" else f"+39 {area} {d(4)} {d(4)}"
    raise ValueError(cc)


def public_ipv4(rng):
    first = rng.choice([31, 37, 46, 62, 77, 78, 80, 81, 84, 85, 87, 88, 91, 93, 94, 109, 141, 145, 151,
                        176, 178, 185, 188, 193, 195, 212, 213, 217, 24, 68, 73, 98, 104, 174])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def private_ipv4(rng):
    r = rng.random()
    if r < 0.45:
        return f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}"
    if r < 0.8:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def ipv6(rng):
    h = lambda: format(rng.randint(0, 0xFFFF), "x")  # noqa: E731
    r = rng.random()
    if r < 0.55:
        pre = rng.choice(["2a02:8108", "2003:e8", "2a01:4f8", "2001:16b8", "2a00:1450", "2600:1700", "2a0a:a540"])
        return f"{pre}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}" if pre.count(":") == 0 else \
            f"{pre}:{h()}:{h()}::{h()}:{h()}" if rng.random() < 0.5 else f"{pre}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"
    if r < 0.85:
        return f"fe80::{h()}:{h()}:{h()}:{h()}"
    return "::1"


# ---------------------------------------------------------------- people

TABLE = names.table()
KNOWN = names.all_names_lower()
ORIGIN_LIST = list(names.ORIGINS)


class Person:
    def __init__(self, ctx, key, countries=None, allow_invented=True):
        rng, lang = ctx.rng, ctx.lang
        self.ctx = ctx
        self.key = key
        self.female = rng.random() < 0.5
        w = names.WEIGHTS[lang]
        origin = rng.choices(ORIGIN_LIST, [w.get(o, 0) for o in ORIGIN_LIST])[0]
        fem, mal, sur = TABLE[origin]
        self.invented = allow_invented and rng.random() < ctx.invented_rate
        if self.invented:
            self.first, self.last = names.invented(rng, KNOWN, self.female)
        else:
            self.first = rng.choice(fem if self.female else mal)
            if origin in names.DOUBLE_GIVEN and rng.random() < 0.07:
                second = rng.choice(fem if self.female else mal)
                if second != self.first and " " not in self.first:
                    sep = " " if origin in ("english", "american", "irish") or rng.random() < 0.4 else "-"
                    self.first = f"{self.first}{sep}{second}"
            self.last = rng.choice(sur)
            r = rng.random()
            if r < 0.06:
                self.last = rng.choice(names.WORD_SURNAMES[lang])
            elif r < 0.08:
                self.first = rng.choice(names.WORD_GIVEN[lang]) if lang == "en" else self.first
            if origin in names.HYPHEN_SURNAME and rng.random() < 0.05 and " " not in self.last:
                other = rng.choice(sur)
                if other != self.last and " " not in other:
                    self.last = f"{self.last}-{other}"
        self.origin = origin
        if countries:
            self.cc = rng.choice(countries)
        else:
            cw = COUNTRY_WEIGHTS[lang]
            self.cc = rng.choices([c for c, _ in cw], [x for _, x in cw])[0]
        self._addr = None
        self._mail = None
        self._phone = {}
        self.title = ""

    # -- derived values
    def addr(self):
        if self._addr is None:
            self._addr = Address(self.ctx.rng, self.cc)
        return self._addr

    def mail(self):
        if self._mail is None:
            rng = self.ctx.rng
            f = ascii_fold(self.first.split()[0].split("-")[0]).lower()
            la = ascii_fold(self.last.replace(" ", "").replace("'", "")).lower()
            style = rng.randint(0, 6)
            local = [f"{f}.{la}", f"{f[0]}.{la}", f"{f}{la}", f"{la}.{f}", f"{f}_{la}{rng.randint(1, 99)}",
                     f"{f}{rng.randint(70, 99)}", f"{f[0]}{la}"][style]
            dom = rng.choice(MAIL_DOMAINS[self.cc])
            if self.ctx.staff_mail.get(self.key):
                dom = self.ctx.staff_mail[self.key]
            self._mail = f"{local}@{dom}"
        return self._mail

    def phone(self, form=None):
        rng = self.ctx.rng
        if form is None:
            form = "intl" if rng.random() < 0.45 else "nat"
        if form not in self._phone:
            cc = self.cc if rng.random() < 0.85 else rng.choice(["DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT"])
            self._phone[form] = make_phone(rng, cc, form)
        return self._phone[form]

    def handle(self):
        f = ascii_fold(self.first.split()[0]).lower()
        return "@" + [f, f + "." + ascii_fold(self.last)[0].lower(), f[0] + ascii_fold(self.last).lower()[:6]][len(f) % 3]

    def hon_word(self):
        lang = self.ctx.lang
        if lang == "de":
            return "Frau" if self.female else "Herr"
        return self.ctx.rng.choice(["Ms", "Mrs", "Ms."] if self.female else ["Mr", "Mr."])

    def render(self, form):
        """Pieces (text, label) for one slot form."""
        P = "PERSON"
        rng = self.ctx.rng
        first, last = self.first, self.last
        if form == "full":
            return [(f"{first} {last}", P)]
        if form == "first":
            return [(first, P)]
        if form == "last":
            return [(last, P)]
        if form == "hon":  # Frau Berger / Mr Travia
            return [(self.hon_word() + " ", None), (last, P)]
        if form in ("honacc", "honaccfull"):  # German accusative/dative: Herrn Berger
            w = ("Frau" if self.female else "Herrn") if self.ctx.lang == "de" else self.hon_word()
            return [(w + " ", None), (last if form == "honacc" else f"{first} {last}", P)]
        if form == "honfull":
            return [(self.hon_word() + " ", None), (f"{first} {last}", P)]
        if form == "drhon":
            if self.ctx.lang == "de":
                return [(self.hon_word() + " " + rng.choice(["Dr. ", "Dr. ", "Prof. "]), None), (last, P)]
            return [(rng.choice(["Dr ", "Dr. ", "Prof. "]), None), (last, P)]
        if form == "drfull":
            t = rng.choice(["Dr. ", "Dr. ", "Prof. Dr. " if self.ctx.lang == "de" else "Dr "])
            return [(t, None), (f"{first} {last}", P)]
        if form == "lf":
            return [(f"{last}, {first}", P)]
        if form == "caps":
            return [(f"{first} {last}".upper(), P)]
        if form == "capslf":
            return [(f"{last.upper()}, {first}", P)]
        if form == "low":
            return [(first.lower(), P)]
        if form == "lowfull":
            return [(f"{first} {last}".lower(), P)]
        if form == "init":
            return [(f"{first[0]}. {last}", P)]
        if form == "abbr":
            return [(f"{first} {last[0] if not last[0].islower() else last.split()[-1][0]}.", P)]
        if form == "any":  # a cued or plain name, varied
            return self.render(rng.choice(["full", "full", "full", "hon", "honfull", "init"]))
        if form == "mail":
            return [(self.mail(), "EMAIL")]
        if form == "tel":
            return [(self.phone(), "PHONE")]
        if form == "intl":
            return [(self.phone("intl"), "PHONE")]
        if form == "nat":
            return [(self.phone("nat"), "PHONE")]
        if form == "handle":
            return [(self.handle(), None)]
        if form == "addr":
            a = self.addr()
            return [(rng.choice([a.line(), a.line(), a.two(), a.street]), "STREET_ADDRESS")]
        if form == "line":
            return [(self.addr().line(), "STREET_ADDRESS")]
        if form == "two":
            return [(self.addr().two(), "STREET_ADDRESS")]
        if form == "street":
            return [(self.addr().street, "STREET_ADDRESS")]
        if form == "plz":
            return [(self.addr().plz, None)]
        if form == "town":
            return [(self.addr().town, None)]
        if form == "cityline":
            return [(self.addr().cityline, None)]
        if form == "country":
            return [(COUNTRY_NAME[self.ctx.lang][self.cc], None)]
        if form == "cc":
            return [(self.cc, None)]
        if form == "fname_plain":  # given name folded for a user name, unlabelled
            return [(ascii_fold(first.split()[0]).lower(), None)]
        raise KeyError(form)


# ---------------------------------------------------------------- look-alikes and plain values

PRODUCTS = {
    "en": [("Kaltkar Down Jacket", "TG-DJ-100", "289.95"), ("Firstwand 3-Layer Rain Jacket", "TG-RJ-100", "329.00"),
           ("Schauerpass 2.5-Layer Rain Jacket", "TG-RJ-200", "199.95"), ("Gitterhang Grid Fleece Jacket", "TG-FL-100", "119.95"),
           ("Hochsattel 30 Hiking Backpack", "TG-BP-030", "139.95"), ("Fernkamm 45+10 Trekking Backpack", "TG-BP-045", "219.00"),
           ("Steinlauf Trail Running Shoe", "TG-TS-100", "159.95"), ("Trittweg Merino Hiking Socks", "TG-SO-100", "24.95"),
           ("Almweg Zip-Off Hiking Trousers", "TG-HT-100", "109.95"), ("Rinnental Insulated Hoody", "TG-SI-100", "179.95"),
           ("Morgengrat Merino Shirt", "TG-BL-100", "69.95"), ("Wintersteig Winter Trekking Trousers", "TG-WT-100", "149.95")],
    "de": [("Kaltkar Daunenjacke", "TG-DJ-100", "289,95"), ("Firstwand 3-Lagen-Regenjacke", "TG-RJ-100", "329,00"),
           ("Schauerpass 2,5-Lagen-Regenjacke", "TG-RJ-200", "199,95"), ("Gitterhang Grid-Fleecejacke", "TG-FL-100", "119,95"),
           ("Hochsattel 30 Wanderrucksack", "TG-BP-030", "139,95"), ("Fernkamm 45+10 Trekkingrucksack", "TG-BP-045", "219,00"),
           ("Steinlauf Trailrunningschuh", "TG-TS-100", "159,95"), ("Trittweg Merino-Wandersocken", "TG-SO-100", "24,95"),
           ("Almweg Zip-off-Wanderhose", "TG-HT-100", "109,95"), ("Rinnental Isolationshoody", "TG-SI-100", "179,95"),
           ("Morgengrat Merino-Shirt", "TG-BL-100", "69,95"), ("Wintersteig Wintertrekkinghose", "TG-WT-100", "149,95")],
}
DE_GENDER = ["f", "f", "f", "f", "m", "m", "m", "p", "f", "m", "n", "f"]
COMPANIES = {"de": ["Schneider & Koch KG", "Wolf Logistik GmbH", "Fuchs Textilpflege", "Bauer Etiketten GmbH",
                    "Vogel Druck & Medien", "Berger Sportservice OHG", "Huber Transporte", "Keller Verpackung AG",
                    "Lehmann Fotostudio", "Autohaus Winter", "Gruber & Söhne"],
              "en": ["Baker & Hunter Ltd", "Cook Freight Services", "Wood & Green Printers", "Miller Outdoor Supply",
                     "Harding Logistics", "Rose Textile Care", "Hill & Ward Partners", "Parker Packaging Inc.",
                     "Fenwick Studio", "Brooks Couriers", "Whitmore Labels"]}
COLOURS = {"en": ["Alpenglow", "Ridge Blue", "Slate", "Moss", "Black"], "de": ["Alpenglow", "Ridge Blue", "Slate", "Moos", "Schwarz"]}
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "38", "40", "42", "43", "44", "45"]


class Ctx:
    def __init__(self, rng, lang, invented_rate=0.10):
        self.rng, self.lang = rng, lang
        self.invented_rate = invented_rate
        self.people = {}
        self.cache = {}
        self.staff_mail = {}
        self.countries = {}
        self.allow_invented = True

    def person(self, key):
        if key not in self.people:
            self.people[key] = Person(self, key, self.countries.get(key), self.allow_invented)
        return self.people[key]

    def plain(self, what):
        """Unlabelled values: look-alikes and filler. Cached per text for `a.x1` style names."""
        rng, lang = self.rng, self.lang
        d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
        base = re.sub(r"\d+$", "", what)
        if what in self.cache:
            return self.cache[what]
        if base in ("Nprod", "Aprod", "Dprod", "NProd", "AProd", "DProd"):
            key = "prod" + what[len(base):]
            if key + "_i" not in self.cache:
                self.plain(key)
            i = self.cache[key + "_i"]
            name = PRODUCTS[lang][i][0]
            if lang == "de":
                g = DE_GENDER[i]
                art = {"N": {"m": "der", "f": "die", "n": "das", "p": "die"},
                       "A": {"m": "den", "f": "die", "n": "das", "p": "die"},
                       "D": {"m": "dem", "f": "der", "n": "dem", "p": "den"}}[base[0]][g]
            else:
                art = "the"
            if base[1] == "P":
                art = art.capitalize()
            v = f"{art} {name}"
        elif base == "prod":
            self.cache[what + "_i"] = rng.randrange(len(PRODUCTS[lang]))
            v = PRODUCTS[lang][self.cache[what + "_i"]][0]
        elif base in ("sku", "price"):
            key = "prod" + what[len(base):]
            if key + "_i" not in self.cache:
                self.plain(key)
                self.cache[key] = PRODUCTS[lang][self.cache[key + "_i"]][0]
            v = PRODUCTS[lang][self.cache[key + "_i"]][1 if base == "sku" else 2]
        elif base == "order":
            v = rng.choice([f"TG-{d(6)}", f"{d(3)}-{d(7)}", f"{rng.randint(2, 9)}{d(7)}", f"A{d(8)}", f"TG{d(8)}"])
        elif base == "phoneorder":  # order or customer numbers shaped like phone numbers
            v = rng.choice([f"0{d(3)} {d(7)}", f"+{rng.randint(10, 99)} {d(3)} {d(6)}", f"({d(3)}) {d(3)}-{d(4)}",
                            f"0{d(2)}/{d(6)}", f"{d(4)} {d(3)} {d(3)}"])
        elif base == "ticket":
            v = rng.choice([f"#{d(5)}", f"TCK-{d(6)}", f"SR{d(7)}", f"CS-{d(4)}-{d(3)}"])
        elif base == "cust":
            v = rng.choice([f"K{d(7)}", f"C-{d(6)}", f"{d(8)}", f"KD-{d(3)}-{d(4)}"])
        elif base == "track":
            v = rng.choice([f"JJD{d(18)}", f"00340{d(15)}", f"1Z{d(3)}X{d(2)}{d(10)}", f"RR{d(9)}DE", f"H{d(19)}"])
        elif base == "rma":
            v = f"RMA-{d(2)}{rng.choice('ABCDEFGH')}{d(4)}"
        elif base == "gtin":
            v = gtin13(rng, rng.choice(["40", "42", "76", "90", "50"]))
        elif base == "date":
            day, mon = rng.randint(1, 28), rng.randint(1, 12)
            yr = rng.choice([2025, 2026])
            v = rng.choice([f"{day:02d}.{mon:02d}.{yr}", f"{day}.{mon}.", f"{yr}-{mon:02d}-{day:02d}"]) if lang == "de" else \
                rng.choice([f"{day} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mon - 1]}",
                            f"{day:02d}/{mon:02d}/{yr}", f"{yr}-{mon:02d}-{day:02d}"])
        elif base == "iso":  # timestamps of one text run forward
            t0 = self.cache.get("_iso_t")
            if t0 is None:
                t0 = ((rng.randint(1, 12) * 31 + rng.randint(1, 28)) * 24 + rng.randint(6, 20)) * 3600 + rng.randint(0, 3599)
            else:
                t0 += rng.randint(1, 900)
            self.cache["_iso_t"] = t0
            days, rem = divmod(t0, 86400)
            mon, day = divmod(days, 31)
            mon = min(max(mon, 1), 12)
            day = min(max(day, 1), 28)
            v = f"2026-{mon:02d}-{day:02d}T{rem // 3600:02d}:{rem % 3600 // 60:02d}:{rem % 60:02d}Z"
        elif base == "time":
            h, m = rng.randint(7, 19), rng.choice([0, 15, 30, 45, 10, 50])
            v = f"{h}:{m:02d}" if lang == "de" else rng.choice([f"{h}:{m:02d}", f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"])
        elif base == "hms":
            v = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        elif base == "amount":
            v = f"{rng.randint(9, 480)},{rng.choice(['00', '95', '50', '90'])}" if lang == "de" else \
                f"{rng.randint(9, 480)}.{rng.choice(['00', '95', '50', '90'])}"
        elif base == "size":
            v = rng.choice(SIZES)
        elif base == "colour":
            v = rng.choice(COLOURS[lang])
        elif base == "ver":
            v = f"{rng.randint(1, 6)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}"
        elif base == "company":
            v = rng.choice(COMPANIES[lang])
        elif base == "town":
            cc = rng.choice(["DE", "AT", "CH"] if lang == "de" else ["GB", "IE"])
            v = rng.choice(TOWNS[cc])[1]
        elif base == "plzalone":
            v = rng.choice(TOWNS[rng.choice(["DE", "AT", "CH"])])[0] if lang == "de" else rng.choice(TOWNS["GB"])[0]
        elif base == "n":
            v = str(rng.randint(2, 9))
        elif base == "nn":
            v = str(rng.randint(11, 98))
        elif base == "nnn":
            v = str(rng.randint(120, 980))
        elif base == "id":
            v = d(rng.choice([4, 5, 6]))
        elif base == "hex":
            v = "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([8, 12])))
        elif base == "pct":
            v = str(rng.choice([5, 10, 12, 15, 20, 25, 30]))
        elif base == "port":
            v = str(rng.choice([443, 8080, 22, 5432, 3000, 51234, 60112]))
        elif base == "wd":
            v = rng.choice(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"] if lang == "de" else
                           ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
        else:
            raise KeyError(what)
        self.cache[what] = v
        return v

    def value(self, what):
        rng = self.rng
        if what in self.cache:
            return self.cache[what]
        base = re.sub(r"\d+$", "", what)
        if base == "iban":
            cc = rng.choices(["DE", "AT", "CH", "NL", "FR", "IT"] if self.lang == "de" else ["GB", "IE", "DE", "NL", "FR"],
                             [60, 18, 12, 4, 3, 3] if self.lang == "de" else [45, 30, 10, 8, 7])[0]
            v = (make_iban(rng, cc, rng.random() < 0.65), "IBAN")
        elif base in ("ibanDE", "ibanAT", "ibanCH", "ibanGB", "ibanIE"):
            v = (make_iban(rng, base[4:], rng.random() < 0.65), "IBAN")
        elif base == "card":
            v = (make_card(rng), "CREDIT_CARD")
        elif base == "taxid":
            v = (make_taxid(rng, rng.random() < 0.4), "DE_TAX_ID")
        elif base == "ip":
            v = (public_ipv4(rng), "IP_ADDRESS")
        elif base == "ipp":
            v = (private_ipv4(rng), "IP_ADDRESS")
        elif base == "ip6":
            v = (ipv6(rng), "IP_ADDRESS")
        elif base == "ipany":
            r = rng.random()
            v = ((public_ipv4(rng) if r < 0.5 else private_ipv4(rng) if r < 0.7 else ipv6(rng) if r < 0.93 else "127.0.0.1"),
                 "IP_ADDRESS")
        elif base == "lo":
            v = (rng.choice(["127.0.0.1", "::1"]), "IP_ADDRESS")
        elif base == "phone":
            cc = rng.choice(["DE", "AT", "CH"] if self.lang == "de" else ["GB", "US", "IE"])
            v = (make_phone(rng, cc, rng.choice(["nat", "intl"])), "PHONE")
        else:
            raise KeyError(what)
        self.cache[what] = v
        return v


# ---------------------------------------------------------------- renderer

ALT = re.compile(r"\[\[((?:(?!\[\[|\]\]).)*)\]\]", re.S)
GENDER = re.compile(r"<<(\w+):([^|>]*)\|([^>]*)>>")
SLOT = re.compile(r"\{(\w+)\.(\w+)\}")


def render(template, rng, lang, invented_rate=0.12, allow_invented=True):
    ctx = Ctx(rng, lang, invented_rate)
    ctx.allow_invented = allow_invented
    lines = template.split("\n")
    while lines and lines[0].startswith("@"):
        for part in lines[0][1:].split(";"):
            k, v = part.split("=")
            if k.startswith("staff"):
                ctx.staff_mail[k[5:]] = v
            else:
                ctx.countries[k] = v.split(",")
        lines = lines[1:]
    t = "\n".join(lines)
    while True:
        m = ALT.search(t)
        if not m:
            break
        t = t[:m.start()] + rng.choice(m.group(1).split("~")) + t[m.end():]

    def gender(m):
        p = ctx.person(m.group(1))
        return m.group(2) if p.female else m.group(3)

    # gender marks may depend on people first met later; create them in order of appearance
    for m in re.finditer(r"\{(p\d)\.|<<(p\d):", t):
        ctx.person(m.group(1) or m.group(2))
    t = GENDER.sub(gender, t)
    # tidy the gaps that empty alternatives leave behind
    t = re.sub(r"[ \t]+(?=[,.;]|\n|$)", "", t) if "\t" not in t else re.sub(r" +(?=[,.;]|\n|$)", "", t)
    if "  " not in template:
        t = re.sub(r"(?<=\S)  +(?=\S)", " ", t)
    out, spans, pos = [], [], 0
    last = 0
    for m in SLOT.finditer(t):
        lit = t[last:m.start()]
        if lit.startswith(".") and out and out[-1].endswith("."):
            lit = lit[1:]
        out.append(lit)
        pos += len(lit)
        obj, form = m.group(1), m.group(2)
        if obj.startswith("p"):
            pieces = ctx.person(obj).render(form)
        elif obj == "a":
            pieces = [(ctx.plain(form), None)]
        elif obj == "v":
            pieces = [ctx.value(form)]
        else:
            raise KeyError(obj)
        for text, label in pieces:
            if label:
                spans.append({"type": label, "start": pos, "end": pos + len(text), "value": text})
            out.append(text)
            pos += len(text)
        last = m.end()
    tail = t[last:]
    if tail.startswith(".") and out and out[-1].endswith("."):
        tail = tail[1:]
    out.append(tail)
    text = "".join(out)
    inv = sum(1 for p in ctx.people.values() if p.invented and any(
        s["type"] == "PERSON" for s in spans))
    return text, spans, ctx, inv


# ---------------------------------------------------------------- self-checks

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
HANDLE_RE = re.compile(r"(?<![\w.])@[\w.\-]+")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b")
DIGITS_RE = re.compile(r"(?<![\w])\d[\d -]{9,24}\d(?![\w])")
SLOT_LEFT = re.compile(r"\{\w+\.\w+\}|\[\[|\]\]|<<\w+:")


def _masked(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "\x00"
    return "".join(chars)


def check(text, spans, has_pii):
    """None if fine, else a reason."""
    if SLOT_LEFT.search(text):
        return "slot left"
    if has_pii != bool(spans):
        return "span presence"
    prev_end = -1
    prev = None
    for s in spans:
        if text[s["start"]:s["end"]] != s["value"]:
            return "value"
        if s["start"] < prev_end:
            return "overlap"
        if s["value"] != s["value"].strip() or not s["value"]:
            return "space at end"
        if prev and prev["type"] == s["type"] == "PERSON" and text[prev["end"]:s["start"]] in ("", " "):
            return "adjacent persons"
        if s["type"] == "IBAN" and not iban_valid(s["value"]):
            return "iban"
        if s["type"] == "CREDIT_CARD" and not card_valid(s["value"]):
            return "card"
        if s["type"] == "DE_TAX_ID" and not taxid_valid(s["value"]):
            return "taxid"
        prev_end, prev = s["end"], s
    rest = _masked(text, spans)
    if EMAIL_RE.search(rest):
        return "email outside"
    if IPV4_RE.search(rest):
        return "ipv4 outside"
    for m in IPV6_RE.finditer(rest):
        g = m.group(0)
        if "::" in g or (re.search(r"[a-fA-F]", g) and g.count(":") >= 3):
            return "ipv6 outside"
    for m in IBAN_RE.finditer(rest):
        if iban_valid(m.group(0)):
            return "iban outside"
    for m in DIGITS_RE.finditer(rest):
        raw = m.group(0)
        n = re.sub(r"[ -]", "", raw)
        for a in range(len(n)):
            for b in (11, 13, 14, 15, 16, 19):
                seg = n[a:a + b]
                if len(seg) == b and ((b >= 13 and card_valid(seg)) or (b == 11 and taxid_valid(seg))):
                    return "checksum value outside"
    # no unlabelled copy of a labelled name part
    rest2 = HANDLE_RE.sub(lambda m: "\x00" * len(m.group(0)), EMAIL_RE.sub(lambda m: "\x00" * len(m.group(0)), rest))
    low = rest2.lower()
    parts = []
    for s in spans:
        if s["type"] != "PERSON":
            continue
        for p in re.split(r"[\s,\-.]+", s["value"]):
            p = p.strip("'").lower()
            if len(p) >= 2 and p not in names.PARTICLES and p not in parts:
                parts.append(p)
    for p in parts:
        if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", low):
            return "name part outside: " + p
    return None
