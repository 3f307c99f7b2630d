"""Machinery of the dev half of the twenty-third PII bank: people, places, checksummed values,
look-alikes, the template renderer that records labelled spans, and the self-checks.

A template is a string with alternatives `[[a~b~c]]` (may hold slots, not nested) and slots
`{kind}`, `{kind1.form}` or `{kind1:CC.form}` (CC a country code). Every slot renders to pieces
`(text, label or None)`; the renderer joins them and records each labelled piece in code points.
Slots with the same kind and index share one value inside a text.
"""

import re
import unicodedata

import pii23_dev_names as N

# ---------------------------------------------------------------- checksums


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def taxid_check(first10: str) -> str:
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def taxid_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = [s[:10].count(d) for d in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    return taxid_check(s[:10]) == s[10]


def gtin_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def card_issuer_ok(d: str) -> bool:
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if n == 15 and d[:2] in ("34", "37"):
        return True
    if n == 16 and (d[:4] == "6011" or d[:2] == "65"):
        return True
    return False


# ---------------------------------------------------------------- value makers


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


IBAN_BBAN = {
    "DE": lambda r: digits(r, 18),
    "AT": lambda r: digits(r, 16),
    "CH": lambda r: digits(r, 17),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(r, 14),
    "IE": lambda r: r.choice(["AIBK", "BOFI"]) + digits(r, 14),
    "NL": lambda r: r.choice(["ABNA", "INGB", "RABO"]) + digits(r, 10),
    "FR": lambda r: digits(r, 23),
    "IT": lambda r: r.choice("ABCDEFGHX") + digits(r, 22),
}


def make_iban(rng, cc):
    bban = IBAN_BBAN[cc](rng)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    if rng.random() < 0.7:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def make_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(rng, 14)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    elif kind == "mc2":
        body = str(rng.randint(2221, 2720)) + digits(rng, 11)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    else:
        body = "6011" + digits(rng, 11)
    d = body + luhn_digit(body)
    assert luhn_ok(d) and card_issuer_ok(d)
    style = rng.random()
    if len(d) == 15:
        if style < 0.6:
            return f"{d[:4]} {d[4:10]} {d[10:]}"
        return d
    if style < 0.5:
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    if style < 0.75:
        return "-".join(d[i:i + 4] for i in range(0, 16, 4))
    return d


def make_taxid(rng):
    while True:
        pool = list("0123456789")
        rng.shuffle(pool)
        chosen = pool[:9]
        dup = rng.choice(chosen)
        ten = chosen + [dup]
        rng.shuffle(ten)
        if ten[0] == "0":
            continue
        s = "".join(ten)
        s += taxid_check(s)
        if taxid_ok(s):
            break
    if rng.random() < 0.5:
        return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
    return s


def make_gtin(rng):
    body = rng.choice(["400", "401", "402", "426", "428", "760", "900", "501"]) + digits(rng, 9)
    return body + gtin_digit(body)


def make_ip(rng, kind):
    if kind == "ip4":
        while True:
            a = rng.choice([31, 37, 46, 62, 77, 78, 80, 84, 85, 87, 91, 93, 94, 109, 145, 178, 185, 188, 193, 212, 213, 217])
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "ipp":
        c = rng.random()
        if c < 0.4:
            return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
        if c < 0.75:
            return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if kind == "iplo":
        return rng.choice(["127.0.0.1", "::1", "127.0.1.1"])
    # ip6
    pre = rng.choice(["2a02:8108", "2003:e4", "2a01:598", "2001:16b8", "2a00:1450", "2605:a601", "2a0a:a540", "fe80:"])
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(4)]
    if pre.endswith(":"):
        return pre + ":" + ":".join(groups)
    if rng.random() < 0.5:
        return pre + ":" + ":".join(groups) + "::" + f"{rng.randint(1, 0xfff):x}"
    extra = 8 - len(pre.split(":")) - len(groups)
    return pre + ":" + ":".join(groups + [f"{rng.randint(0, 0xffff):x}" for _ in range(extra)])


# ---------------------------------------------------------------- places

STREETS = {
    "DE": ["Hauptstraße", "Schillerstraße", "Goethestraße", "Lindenweg", "Am Mühlbach", "Bahnhofstraße", "Gartenstraße",
           "Bergstraße", "Kirchgasse", "Birkenallee", "Rosenweg", "Friedrich-Ebert-Straße", "Ahornweg", "Uhlandstraße",
           "Hafenstraße", "Am Sonnenhang", "Kastanienallee", "Tulpenstraße", "Mozartstraße", "Im Winkel", "Parkstraße"],
    "AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Grazer Straße", "Linzer Gasse", "Herrengasse",
           "Hauptplatz", "Salzachgasse", "Anichstraße", "Kärntner Straße", "Wiener Straße", "Schulgasse"],
    "CH": ["Bahnhofstrasse", "Dorfstrasse", "Seestrasse", "Kirchweg", "Hauptgasse", "Bernstrasse", "Rütiweg",
           "Marktgasse", "Schulhausstrasse", "Gerechtigkeitsgasse", "Rosenbergstrasse"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queens Road",
           "Kings Crescent", "Elm Grove", "Manor Way", "Albert Street"],
    "US": ["Main St", "Oak Ave", "Maple Street", "Pine Rd", "Cedar Lane", "Elm St", "Washington Ave", "Lakeview Dr",
           "Sunset Blvd", "Hillcrest Rd", "2nd Street"],
    "IE": ["Main Street", "Church Road", "Castle Street", "O'Connell Street", "Strand Road", "Bridge Street",
           "Green Lane", "Patrick Street"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta", "rue des Lilas",
           "place du Marché", "rue Pasteur"],
    "NL": ["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsplein", "Prinsengracht", "Lindelaan"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Via Mazzini", "Piazza Duomo", "Via Verdi",
           "Viale dei Mille"],
}

TOWNS = {
    "DE": [("10115", "Berlin"), ("20095", "Hamburg"), ("80331", "München"), ("50667", "Köln"), ("60311", "Frankfurt am Main"),
           ("70173", "Stuttgart"), ("04109", "Leipzig"), ("01067", "Dresden"), ("28195", "Bremen"), ("90402", "Nürnberg"),
           ("79098", "Freiburg im Breisgau"), ("87435", "Kempten"), ("83471", "Berchtesgaden"), ("24103", "Kiel"),
           ("34117", "Kassel"), ("93047", "Regensburg"), ("48143", "Münster"), ("99084", "Erfurt")],
    "AT": [("1060", "Wien"), ("1030", "Wien"), ("8010", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"),
           ("6020", "Innsbruck"), ("9020", "Klagenfurt"), ("6850", "Dornbirn"), ("3100", "St. Pölten")],
    "CH": [("8001", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"),
           ("7000", "Chur"), ("8400", "Winterthur"), ("3920", "Zermatt"), ("6300", "Zug")],
    "GB": [("LS1 4AB", "Leeds"), ("M1 2WD", "Manchester"), ("BS1 5TR", "Bristol"), ("EH1 1YZ", "Edinburgh"),
           ("CF10 1EP", "Cardiff"), ("YO1 7HH", "York"), ("NE1 3DF", "Newcastle upon Tyne"), ("OX1 2JD", "Oxford"),
           ("G2 3BZ", "Glasgow"), ("LA22 0BX", "Ambleside"), ("SW1A 2AA", "London"), ("N1 9GU", "London")],
    "US": [("CO 80302", "Boulder"), ("OR 97205", "Portland"), ("WA 98101", "Seattle"), ("IL 62704", "Springfield"),
           ("MA 02139", "Cambridge"), ("TX 78701", "Austin"), ("UT 84111", "Salt Lake City"), ("VT 05401", "Burlington"),
           ("NC 28801", "Asheville"), ("MN 55401", "Minneapolis")],
    "IE": [("D02 X285", "Dublin 2"), ("T12 K8AF", "Cork"), ("H91 E2K3", "Galway"), ("V94 T9PX", "Limerick"),
           ("V95 H2Y7", "Ennis"), ("X91 W0C2", "Waterford"), ("F92 N6K4", "Letterkenny")],
    "FR": [("75011", "Paris"), ("69002", "Lyon"), ("74400", "Chamonix-Mont-Blanc"), ("38000", "Grenoble"),
           ("67000", "Strasbourg"), ("13001", "Marseille")],
    "NL": [("1015 CJ", "Amsterdam"), ("3511 LX", "Utrecht"), ("2511 BT", "Den Haag"), ("9711 LM", "Groningen"),
           ("5611 EM", "Eindhoven")],
    "IT": [("00184", "Roma"), ("20121", "Milano"), ("39100", "Bolzano"), ("38122", "Trento"), ("50123", "Firenze")],
}

PHONE_FMT = {
    "DE": (["0{a} {b}", "0{a}/{b}", "0{a} {b}"], "+49 {a} {b}", ["30", "40", "89", "221", "711", "351", "761", "831", "151", "160", "171", "176"]),
    "AT": (["0{a} {b}", "0{a}/{b}"], "+43 {a} {b}", ["1", "316", "732", "662", "512", "664", "660", "676", "699"]),
    "CH": (["0{a} {b}"], "+41 {a} {b}", ["44", "31", "61", "41", "71", "79", "78", "76"]),
    "GB": (["0{a} {b}"], "+44 {a} {b}", ["20", "113", "161", "117", "131", "7700", "7911", "7723"]),
    "US": (["({a}) {b}", "{a}-{b}"], "+1 {a} {b}", ["303", "503", "206", "217", "617", "512", "801", "802", "828", "612"]),
    "IE": (["0{a} {b}"], "+353 {a} {b}", ["1", "21", "91", "61", "85", "87", "86"]),
    "FR": (["0{a} {b}"], "+33 {a} {b}", ["1", "4", "6", "7"]),
    "NL": (["0{a} {b}"], "+31 {a} {b}", ["20", "30", "6"]),
    "IT": (["0{a} {b}"], "+39 0{a} {b}", ["6", "2", "471", "461"]),
}


def make_phone(rng, cc, form=None):
    nat, intl, areas = PHONE_FMT[cc]
    a = rng.choice(areas)
    if cc == "US":
        b = f"{rng.randint(201, 989)}-{digits(rng, 4)}"
        if form == "intl" or (form is None and rng.random() < 0.35):
            return f"+1 {a} {b.replace('-', ' ')}" if rng.random() < 0.5 else f"+1 ({a}) {b}"
        return rng.choice(nat).format(a=a, b=b)
    if cc in ("FR",):
        rest = " ".join(digits(rng, 2) for _ in range(4))
    elif cc == "GB" and len(a) == 4:
        rest = digits(rng, 6)
    else:
        n = max(5, 10 - len(a))
        raw = digits(rng, n)
        rest = raw if rng.random() < 0.4 else (raw[:3] + " " + raw[3:] if n > 5 else raw)
    if cc == "IT":
        rest = digits(rng, 7)
    if form == "intl" or (form is None and rng.random() < 0.45):
        s = intl.format(a=a, b=rest)
        if cc in ("DE", "AT", "CH") and rng.random() < 0.25:
            s = s.replace(" ", " (0)", 1)
        if rng.random() < 0.15:
            s = s.replace("+", "00", 1).replace(" (0)", "")
        return s
    return rng.choice(nat).format(a=a, b=rest)


class Address:
    def __init__(self, rng, cc, lang):
        self.cc = cc
        st = rng.choice(STREETS[cc])
        num = str(rng.randint(1, 140))
        if rng.random() < 0.15 and cc in ("DE", "AT", "CH", "NL"):
            num += rng.choice("abc")
        if cc == "AT" and rng.random() < 0.5:
            num += f"/{rng.randint(1, 9)}/{rng.randint(1, 24)}" if rng.random() < 0.6 else f"/{rng.randint(1, 30)}"
        zp, town = rng.choice(TOWNS[cc])
        self.zip, self.town = zp, town
        if cc in ("GB", "US", "IE", "FR"):
            if cc == "FR":
                self.street = f"{num}, {st}" if rng.random() < 0.2 else f"{num} {st}"
            else:
                self.street = f"{num} {st}"
            if cc == "US" and rng.random() < 0.5:
                self.street += rng.choice([f", Apt {rng.randint(1, 40)}", f", Suite {rng.randint(100, 900)}", f" Apt {rng.randint(1, 12)}{rng.choice('ABC')}"])
            if cc == "GB" and rng.random() < 0.3:
                self.street = f"Flat {rng.randint(1, 12)}, " + self.street
        else:
            self.street = f"{st} {num}"
            if cc == "IT":
                self.street = f"{st}, {num}" if rng.random() < 0.4 else self.street
        prefix = ""
        if cc == "DE" and rng.random() < 0.2:
            prefix = "D-"
        elif cc == "AT" and rng.random() < 0.45:
            prefix = "A-"
        elif cc == "CH" and rng.random() < 0.5:
            prefix = "CH-"
        if cc == "US":
            st2, z = zp.split(" ")
            self.cityline = f"{town}, {st2} {z}"
        elif cc == "GB":
            self.cityline = f"{town} {zp}"
        elif cc == "IE":
            self.cityline = f"{town}, {zp}" if rng.random() < 0.6 else f"{town} {zp}"
        else:
            self.cityline = f"{prefix}{zp} {town}"

    def line(self):
        return f"{self.street}, {self.cityline}"

    def two(self):
        return f"{self.street}\n{self.cityline}"


COUNTRY_NAME = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Vereinigtes Königreich", "US": "USA",
           "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA", "IE": "Ireland",
           "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}

ADDR_MIX = {
    "de": [("DE", 55), ("AT", 20), ("CH", 15), ("IT", 3), ("NL", 3), ("FR", 2), ("GB", 2)],
    "en": [("GB", 30), ("US", 28), ("IE", 14), ("DE", 10), ("FR", 6), ("NL", 6), ("IT", 3), ("AT", 2), ("CH", 1)],
}
PHONE_MIX = ADDR_MIX
IBAN_MIX = {
    "de": [("DE", 60), ("AT", 18), ("CH", 12), ("NL", 4), ("IT", 3), ("FR", 3)],
    "en": [("GB", 40), ("IE", 25), ("DE", 15), ("NL", 8), ("FR", 7), ("IT", 5)],
}


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------- people

HON = {
    "de": {"f": ["Frau"], "m": ["Herr"]},
    "en": {"f": ["Ms", "Ms.", "Mrs", "Mrs."], "m": ["Mr", "Mr."]},
}
MAILDOMAINS = {
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "gmx.at", "aon.at", "bluewin.ch",
           "icloud.com", "mailbox.org", "freenet.de", "hotmail.de", "proton.me", "a1.net", "gmx.ch"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk", "btinternet.com", "eircom.net",
           "proton.me", "aol.com", "sky.com", "me.com", "fastmail.com"],
}


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


class Person:
    def __init__(self, rng, lang, allow_invented=True):
        origin = wchoice(rng, N.ORIGIN_WEIGHTS[lang])
        o = N.ORIGINS[origin]
        self.gender = rng.choice("fm")
        self.invented = allow_invented and rng.random() < 0.11
        if self.invented:
            self.first, self.last = N.invented_name(rng)
        else:
            pool = o["f"] if self.gender == "f" else o["m"]
            self.first = rng.choice(pool)
            if origin in DOUBLE_GIVEN and rng.random() < 0.12:
                other = rng.choice(pool)
                if other != self.first and "-" not in other + self.first and " " not in other + self.first:
                    self.first = self.first + DOUBLE_GIVEN[origin] + other
            self.last = rng.choice(o["s"])
            if rng.random() < 0.03:
                word = rng.choice(N.WORD_NAMES[lang])
                if word[1] == "s":
                    self.last = word[0]
                elif word[1] == self.gender:
                    self.first = word[0]
            if rng.random() < 0.07:
                o2 = N.ORIGINS[wchoice(rng, N.ORIGIN_WEIGHTS[lang])]
                other = rng.choice(o2["s"])
                if other != self.last and " " not in other and " " not in self.last:
                    self.last = self.last + "-" + other
        self.lang = lang
        self.origin = origin
        self.mail_user = None

    def email(self, rng):
        if self.mail_user is None:
            f = ascii_fold(self.first.split(" ")[0].split("-")[0]).lower()
            la = ascii_fold(self.last).lower()
            pat = rng.choice(["{f}.{l}", "{f}{l}", "{i}.{l}", "{f}_{l}", "{l}.{f}", "{f}.{l}{n}", "{i}{l}", "{f}{n}"])
            self.mail_user = pat.format(f=f, l=la, i=f[:1], n=rng.randint(70, 99)) + "@" + rng.choice(MAILDOMAINS[self.lang])
        return self.mail_user

    def handle(self, rng):
        f = ascii_fold(self.first.split(" ")[0].split("-")[0]).lower()
        la = ascii_fold(self.last).lower()
        return "@" + rng.choice([f"{f}.{la[:1]}", f"{f}{la[:2]}", f"{f[:1]}{la}", f"{f}_{la}"])


DOUBLE_GIVEN = {"de": "-", "at": " ", "ch": "-", "fr": "-", "en": " ", "us": " ", "ie": " "}

PARTICLES = ["von", "van", "der", "den", "de", "la", "le", "di", "da", "del", "zu", "ten", "ter", "al", "el", "bin", "mac"]


def name_parts(value):
    out = []
    for w in re.split(r"[\s,\-.]+", value):
        w = w.strip("'")
        if len(w) >= 2 and w.lower() not in PARTICLES:
            out.append(w)
    return out


# ---------------------------------------------------------------- look-alikes and fillers

PRODUCTS = {
    "en": ["Almweg Zip-Off Hiking Trousers", "Fernkamm 45+10 Trekking Backpack", "Firstwand 3-Layer Rain Jacket",
           "Gitterhang Grid Fleece Jacket", "Hochsattel 30 Hiking Backpack", "Kaltkar Down Jacket",
           "Morgengrat Merino 150 Long-Sleeve Shirt", "Rinnental Insulated Hoody", "Schauerpass 2.5-Layer Rain Jacket",
           "Steinlauf Trail Running Shoe", "Trittweg Merino Hiking Socks", "Wintersteig Winter Trekking Trousers"],
    "de": ["Almweg Zip-off-Wanderhose", "Fernkamm 45+10 Trekkingrucksack", "Firstwand 3-Lagen-Regenjacke",
           "Gitterhang Grid-Fleecejacke", "Hochsattel 30 Wanderrucksack", "Kaltkar Daunenjacke",
           "Morgengrat Merino 150 Langarmshirt", "Rinnental Isolationshoody", "Schauerpass 2,5-Lagen-Regenjacke",
           "Steinlauf Trailrunningschuh", "Trittweg Merino-Wandersocken", "Wintersteig Wintertrekkinghose"],
}
SHORT = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar", "Morgengrat", "Rinnental",
         "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]
SKUS = ["TG-HT-100", "TG-BP-045", "TG-RJ-100", "TG-FL-100", "TG-BP-030", "TG-DJ-100", "TG-BL-100", "TG-SI-100",
        "TG-RJ-200", "TG-TS-100", "TG-SO-100", "TG-WT-100"]
PRICES = [129.95, 229.95, 349.95, 119.95, 139.95, 289.95, 89.95, 219.95, 199.95, 159.95, 24.95, 169.95]
COMPANIES = ["Müller Logistik GmbH", "Schneider & Koch KG", "Bergmann Textil AG", "Huber Sport GmbH", "Wolf Verpackung GmbH",
             "Baker & Hunter Ltd", "Fischer Outdoor e.K.", "Keller Druck GmbH", "Brandt Spedition", "Zimmermann Werbetechnik",
             "Grace & May Studio", "Walsh Freight Ltd", "Novak Logistics s.r.o.", "Bauer Fotostudio", "Lorenz & Söhne",
             "Peterson Outfitters Inc.", "O'Neill Print Ltd", "Gruber Textilpflege GmbH", "Meier Bergsport AG"]
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]}


def price(rng, lang, idx=None):
    p = PRICES[idx] if idx is not None else rng.choice(PRICES + [9.9, 14.5, 4.95, 59.0, 39.95])
    if lang == "de":
        return rng.choice([f"{p:.2f} €".replace(".", ","), f"€ {p:.2f}".replace(".", ","), f"{p:.2f} EUR".replace(".", ",")])
    return rng.choice([f"€{p:.2f}", f"EUR {p:.2f}", f"£{p - 10:.2f}"])


def date(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    r = rng.random()
    if lang == "de":
        if r < 0.6:
            return f"{d:02d}.{m:02d}.{y}"
        return f"{d}. {MONTHS['de'][m - 1]} {y}"
    if r < 0.5:
        return f"{d} {MONTHS['en'][m - 1]} {y}"
    if r < 0.75:
        return f"{MONTHS['en'][m - 1]} {d}"
    return f"{m:02d}/{d:02d}/{y}"


FILL = {
    "order": lambda r, l: r.choice(["TG-", "#", "", "A"]) + str(r.randint(100000, 9999999)),
    "ticket": lambda r, l: r.choice(["#", "SR-", "T-", "CS-"]) + str(r.randint(10000, 999999)),
    "cust": lambda r, l: r.choice(["K", "C", "KD-", "CU-"]) + str(r.randint(100000, 999999)),
    "track": lambda r, l: r.choice(["00340434", "JJD0000", "1Z999AA1", "CX"]) + digits(r, 10),
    "date": date,
    "time": lambda r, l: f"{r.randint(7, 19):02d}:{r.choice(['00', '15', '30', '45', '05', '40'])}" + (" Uhr" if l == "de" and r.random() < 0.5 else ""),
    "dt": lambda r, l: f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
    "day": lambda r, l: f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    "price": price,
    "prod": lambda r, l: r.choice(PRODUCTS[l]),
    "short": lambda r, l: r.choice(SHORT),
    "sku": lambda r, l: r.choice(SKUS),
    "gtin": lambda r, l: make_gtin(r),
    "ver": lambda r, l: f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
    "company": lambda r, l: r.choice(COMPANIES),
    "qty": lambda r, l: str(r.randint(1, 4)),
    "size": lambda r, l: r.choice(["S", "M", "L", "XL", "EU 42", "EU 39,5" if l == "de" else "EU 39.5", "48", "UK 8"]),
    "n": lambda r, l: str(r.randint(2, 60)),
    "chest": lambda r, l: str(r.randint(84, 124)),
    "shoe": lambda r, l: r.choice(["39", "40", "41", "42", "43", "44", "45", "42,5" if l == "de" else "42.5"]),
    "inseam": lambda r, l: str(r.randint(74, 88)),
    "pct": lambda r, l: str(r.choice([10, 15, 20, 25, 30])),
    "uid": lambda r, l: f"{r.getrandbits(32):08x}",
    "req": lambda r, l: f"{r.getrandbits(48):012x}",
    "zip": lambda r, l: r.choice(TOWNS["DE" if l == "de" else "GB"])[0],
    "town": lambda r, l: r.choice(TOWNS[r.choice(["DE", "AT", "CH"]) if l == "de" else r.choice(["GB", "IE", "US"])])[1],
    "ua": lambda r, l: r.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
                                 "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)", "okhttp/4.12.0", "curl/8.5.0"]),
    "phonelike": lambda r, l: r.choice(["0", "0049", "030", "0176"]) + " " + digits(r, 4) + " " + digits(r, 3),
    "path": lambda r, l: r.choice(["/checkout/address", "/account/orders", "/api/v2/returns", "/de/kontakt", "/en/help/returns", "/newsletter/confirm", "/cart"]),
    "status": lambda r, l: r.choice(["200", "200", "201", "302", "404", "422", "500"]),
    "color": lambda r, l: r.choice(["Schiefer/Hüttenorange", "Gratblau/Kalkstein", "Moosgrün", "Anthrazit", "Kalkweiß"] if l == "de" else ["slate/hut orange", "ridge blue/limestone", "moss green", "anthracite", "chalk white"]),
}

# ---------------------------------------------------------------- renderer

ALT = re.compile(r"\[\[((?:(?!\[\[|\]\]).)*)\]\]", re.S)
SLOT = re.compile(r"\{([a-z]+)(\d?)(?::([A-Z]{2}))?(?:\.([a-z_0-9]+))?\}|<<p(\d):([^|>]*)\|([^>]*)>>")


class Ctx:
    def __init__(self, rng, lang, allow_invented):
        self.rng, self.lang, self.allow_invented = rng, lang, allow_invented
        self.cache = {}
        self.people = []

    def person(self, key):
        if key not in self.cache:
            while True:
                p = Person(self.rng, self.lang, self.allow_invented)
                if all(p.last != q.last and p.first != q.first for q in self.people):
                    break
            self.cache[key] = p
            self.people.append(p)
        return self.cache[key]

    def value(self, key, maker):
        if key not in self.cache:
            self.cache[key] = maker()
        return self.cache[key]


def person_pieces(ctx, p, form):
    r, lang = ctx.rng, ctx.lang
    P = "PERSON"
    hon = r.choice(HON[lang][p.gender]) if form in ("hon", "honfull", "dr") else ""
    if form == "any":
        form = r.choice(["full", "full", "full", "hon", "honfull", "ini", "first"])
        return person_pieces(ctx, p, form)
    if form == "full":
        return [(f"{p.first} {p.last}", P)]
    if form == "first":
        return [(p.first, P)]
    if form == "last":
        return [(p.last, P)]
    if form == "hon":
        return [(hon + " ", None), (p.last, P)]
    if form == "honfull":
        return [(hon + " ", None), (f"{p.first} {p.last}", P)]
    if form == "dr":
        t = "Dr. " if lang == "en" else r.choice(["Dr. ", "Dr. ", "Prof. "])
        if r.random() < 0.5:
            return [(hon + " " + t, None), (p.last, P)]
        return [(t, None), (f"{p.first} {p.last}", P)]
    if form == "lf":
        return [(f"{p.last}, {p.first}", P)]
    if form == "upl":
        return [(f"{p.last.upper()}, {p.first}", P)]
    if form == "up":
        return [(f"{p.first} {p.last}".upper(), P)]
    if form == "ini":
        return [(f"{p.first[0]}. {p.last}", P)]
    if form == "abbr":
        return [(f"{p.first} {p.last[0]}.", P)]
    if form == "low":
        return [(p.first.lower(), P)]
    if form == "lowfull":
        return [(f"{p.first} {p.last}".lower(), P)]
    if form == "email":
        return [(p.email(r), "EMAIL")]
    if form == "handle":
        return [(ctx.value(("h", p.first, p.last), lambda: p.handle(r)), None)]
    raise KeyError(form)


def slot_pieces(ctx, kind, idx, cc, form):
    r, lang = ctx.rng, ctx.lang
    key = (kind, idx, cc)
    if kind == "p":
        return person_pieces(ctx, ctx.person(idx or "1"), form or "full")
    if kind == "a":
        a = ctx.value(key, lambda: Address(r, cc or wchoice(r, ADDR_MIX[lang]), lang))
        form = form or r.choice(["line", "line", "two", "street"])
        if form == "line":
            return [(a.line(), "STREET_ADDRESS")]
        if form == "two":
            return [(a.two(), "STREET_ADDRESS")]
        if form == "street":
            return [(a.street, "STREET_ADDRESS")]
        if form == "zip":
            return [(a.zip, None)]
        if form == "town":
            return [(a.town, None)]
        if form == "city":
            return [(a.cityline, None)]
        if form == "country":
            return [(COUNTRY_NAME[lang][a.cc], None)]
        if form == "cc":
            return [(a.cc, None)]
        raise KeyError(form)
    if kind == "t":
        home = ctx.cache.get(("a", idx or "1", None))
        c = cc or ctx.value(("tcc", idx), lambda: home.cc if home is not None and r.random() < 0.8 else wchoice(r, PHONE_MIX[lang]))
        return [(ctx.value(key + (form,), lambda: make_phone(r, c, form)), "PHONE")]
    if kind == "iban":
        c = cc or wchoice(r, IBAN_MIX[lang])
        return [(ctx.value(key, lambda: make_iban(r, c)), "IBAN")]
    if kind == "card":
        v = ctx.value(key, lambda: make_card(r))
        if form == "last4":
            return [(v.replace(" ", "").replace("-", "")[-4:], None)]
        return [(v, "CREDIT_CARD")]
    if kind == "taxid":
        return [(ctx.value(key, lambda: make_taxid(r)), "DE_TAX_ID")]
    if kind in ("ip", "ipp", "iplo", "ipv"):
        k = {"ip": "ip4", "ipp": "ipp", "iplo": "iplo", "ipv": "ip6"}[kind]
        if kind == "ip" and form == "any":
            k = r.choice(["ip4", "ip4", "ipp", "ip6", "iplo"])
        return [(ctx.value(key, lambda: make_ip(r, k)), "IP_ADDRESS")]
    if kind == "mail":  # a role or staff address not tied to a drawn person
        return [(ctx.value(key, lambda: staff_mail(ctx)), "EMAIL")]
    if kind in FILL:
        return [(ctx.value(key + (form,), lambda: FILL[kind](r, lang)), None)]
    raise KeyError(kind)


def staff_mail(ctx):
    p = ctx.person("s" + str(len(ctx.people)))
    f = ascii_fold(p.first.split(" ")[0].split("-")[0]).lower()
    return f"{f}.{ascii_fold(p.last).lower()}@" + ctx.rng.choice(["talgrat.de", "talgrat.com", "agentur-hangwind.de", "kletterwerk.at", "bergpost.ch"])


def render(template, rng, lang, allow_invented=True):
    ctx = Ctx(rng, lang, allow_invented)
    while True:
        m = ALT.search(template)
        if not m:
            break
        opts = m.group(1).split("~")
        template = template[:m.start()] + rng.choice(opts) + template[m.end():]
    pieces = []
    pos = 0
    for m in SLOT.finditer(template):
        pieces.append((template[pos:m.start()], None))
        if m.group(5):  # gender agreement: <<p1:female|male>>
            p = ctx.person(m.group(5))
            pieces.append((m.group(6) if p.gender == "f" else m.group(7), None))
            pos = m.end()
            continue
        kind, idx, cc, form = m.group(1), m.group(2), m.group(3), m.group(4)
        pieces.extend(slot_pieces(ctx, kind, idx, cc, form))
        pos = m.end()
    pieces.append((template[pos:], None))
    text, ents = "", []
    for s, lab in pieces:
        if lab:
            ents.append({"type": lab, "start": len(text), "end": len(text) + len(s), "value": s})
        text += s
    return text, ents, ctx


# ---------------------------------------------------------------- self-checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IP4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
IP6_RE = re.compile(r"(?<![0-9A-Fa-f:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:)+:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?|::1)(?![0-9A-Fa-f:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
DIGRUN_RE = re.compile(r"\d[\d -]{10,24}\d")


def check(text, ents, ctx, has_pii):
    """Return None when the rendering passes, else a reason."""
    if has_pii != bool(ents):
        return "pii flag"
    if "{" in text and SLOT.search(text) or "[[" in text or "<<" in text:
        return "unrendered slot"
    last_end = -1
    for e in ents:
        if text[e["start"]:e["end"]] != e["value"]:
            return "offset"
        if e["start"] < last_end:
            return "overlap"
        last_end = e["end"]
        v = e["value"]
        if not v or v != v.strip():
            return "space"
        if e["type"] == "IBAN" and not iban_ok(v):
            return "iban"
        if e["type"] == "CREDIT_CARD":
            d = re.sub(r"[ -]", "", v)
            if not (luhn_ok(d) and card_issuer_ok(d)):
                return "card"
        if e["type"] == "DE_TAX_ID" and not taxid_ok(v):
            return "taxid"
    for a, b in zip(ents, ents[1:]):
        if a["type"] == b["type"] == "PERSON" and text[a["end"]:b["start"]] in (" ", ""):
            return "adjacent persons"

    def outside(s, e):
        return all(e <= x["start"] or s >= x["end"] for x in ents)

    for m in EMAIL_RE.finditer(text):
        if outside(m.start(), m.end()):
            return "email outside"
    for rx in (IP4_RE, IP6_RE):
        for m in rx.finditer(text):
            if outside(m.start(), m.end()):
                if rx is IP4_RE and not all(int(x) <= 255 for x in m.group(0).split(".")):
                    continue
                return "ip outside " + m.group(0)
    for m in IBAN_RE.finditer(text):
        if outside(m.start(), m.end()) and iban_ok(m.group(0)):
            return "iban outside"
    for m in DIGRUN_RE.finditer(text):
        d = re.sub(r"[ -]", "", m.group(0))
        for i in range(len(d)):
            for n in (11, 13, 15, 16, 19):
                sub = d[i:i + n]
                if len(sub) == n and outside(m.start(), m.end()):
                    if n == 11 and taxid_ok(sub):
                        return "taxid outside"
                    if n >= 13 and luhn_ok(sub) and card_issuer_ok(sub):
                        return "card outside"
    # unlabelled copies of a labelled person's name parts
    blank = list(text)
    for x in ents:
        for i in range(x["start"], x["end"]):
            blank[i] = " "
    rest = "".join(blank)
    rest = re.sub(r"\S*@\S*", " ", rest)
    low = rest.lower()
    for x in ents:
        if x["type"] != "PERSON":
            continue
        for part in name_parts(x["value"]):
            if re.search(r"(?<![\w])" + re.escape(part.lower()) + r"(?![\w])", low):
                return "name copy " + part
    # every drawn person that is shown must be labelled somewhere; names also not in other words' role
    return None
