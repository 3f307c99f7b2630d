"""Core of the held-out half of the twenty-sixth PII bank (heldout26).

People, addresses, phone numbers, checksummed values, look-alikes, the template renderer
and the self-checks. Standard library only.

Template strings use two marks that never occur in the output:
  ⟦a|b|c⟧   one alternative, drawn (may nest; an empty alternative drops the part)
  ⟨slot⟩    a value: ⟨p1⟩ ⟨p1.last⟩ ⟨a1.two⟩ ⟨iban⟩ ⟨order⟩ … (see Ctx.slot)
"""

import ipaddress
import re

import pii26_held_names as N

TYPES = ["PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS",
         "DE_TAX_ID"]

# ---------------------------------------------------------------------------------------
# Documents


class Doc:
    """Collects text and spans; offsets are code points."""

    def __init__(self, swiss=False):
        self.buf = []
        self.n = 0
        self.ents = []
        self.swiss = swiss

    def t(self, s):
        if self.swiss:
            s = s.replace("ß", "ss")
        self.buf.append(s)
        self.n += len(s)
        return self

    def e(self, typ, v):
        assert typ in TYPES, typ
        self.ents.append({"type": typ, "start": self.n, "end": self.n + len(v), "value": v})
        self.buf.append(v)
        self.n += len(v)
        return self

    def seg(self, segs):
        for s in segs:
            if isinstance(s, str):
                self.t(s)
            else:
                self.e(s[0], s[1])
        return self

    def rstrip_nl(self):
        """Drop a trailing line break written as plain text."""
        if self.buf and self.buf[-1].endswith("\n") and \
                not (self.ents and self.ents[-1]["end"] == self.n):
            self.buf[-1] = self.buf[-1][:-1]
            self.n -= 1
        return self

    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------------------------------
# Checksums


IBAN_LENGTHS = {"AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22,
                "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27,
                "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20,
                "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24,
                "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TR": 26, "UA": 29, "VA": 22, "AL": 28,
                "BA": 20, "ME": 22, "MK": 19, "RS": 22, "XK": 20}


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return "%s%02d%s" % (cc, chk, bban)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def card_issuer(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "Visa"
    if n == 16 and 51 <= int(d[:2]) <= 55:
        return "Mastercard"
    if n == 16 and 2221 <= int(d[:4]) <= 2720:
        return "Mastercard"
    if n == 15 and d[:2] in ("34", "37"):
        return "Amex"
    if n in (16, 19) and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649):
        return "Discover"
    return None


def card_ok(d):
    return d.isdigit() and card_issuer(d) is not None and luhn_ok(d)


def taxid_digit_rule(d10):
    if d10[0] == "0":
        return False
    counts = [d10.count(c) for c in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        for i in range(8):
            if d10[i] == d10[i + 1] == d10[i + 2]:
                return False
    return True


def taxid_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c % 10)


def taxid_ok(d):
    return len(d) == 11 and d.isdigit() and taxid_digit_rule(d[:10]) and taxid_check(d[:10]) == d[10]


def gtin_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


# ---------------------------------------------------------------------------------------
# Places

COUNTRIES = ["DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT"]

STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Lindenallee", "Gartenweg", "Am Mühlbach",
           "Schillerstraße", "Goethestraße", "Kirchgasse", "Bergstraße", "Birkenweg",
           "Rosenstraße", "Friedrichstraße", "Talstraße", "Wiesenweg", "Am Sonnenhang",
           "Ringstraße", "Schulstraße", "Mozartstraße", "Uhlandstraße", "Eichendorffweg",
           "Kastanienallee", "Feldstraße", "Marktplatz", "Poststraße", "Hohenzollernring",
           "Weinbergstraße", "Am Stadtpark", "Tannenweg", "Ahornstraße", "Kaiserstraße",
           "Alte Dorfstraße", "Mühlenweg", "Kantstraße", "Brunnenstraße", "Leipziger Straße",
           "Hansaring", "Zum Steinbruch", "Auf der Heide", "In den Wiesen", "Ludwigstraße",
           "Sudetenstraße", "Schwanthalerstraße", "Hafenstraße", "Breite Straße"],
    "AT": ["Mariahilfer Straße", "Herrengasse", "Landstraßer Hauptstraße", "Annagasse",
           "Linzer Straße", "Wiedner Hauptstraße", "Hauptplatz", "Kirchengasse", "Schmiedgasse",
           "Grazer Straße", "Salzburger Straße", "Getreidegasse", "Maria-Theresien-Straße",
           "Museumstraße", "Favoritenstraße", "Gumpendorfer Straße", "Praterstraße",
           "Reininghausstraße", "Leonfeldner Straße", "Villacher Straße", "Dorfstraße",
           "Sackgasse", "Klostergasse", "Elisabethstraße"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptstrasse", "Kirchgasse",
           "Rosenweg", "Bergstrasse", "Zürcherstrasse", "Badenerstrasse", "Spalenberg",
           "Marktgasse", "Kramgasse", "Freiestrasse", "Pilatusstrasse", "Bernstrasse",
           "Schulhausstrasse", "Lindenhofweg", "Obere Gasse", "Riedweg", "Industriestrasse",
           "Gartenstrasse", "Austrasse", "Weinbergstrasse", "Sonnenbergstrasse"],
    "GB": ["High Street", "Church Lane", "Station Road", "Victoria Road", "Mill Lane",
           "Park Avenue", "Queens Road", "Elm Grove", "Kingsway", "Westbourne Terrace",
           "Albert Street", "Orchard Close", "Manor Way", "Chapel Street", "Windsor Crescent",
           "Beech Drive", "Meadow View", "Castle Hill", "Bridge Street", "Green Lane",
           "Ashgrove Road", "St Mary's Walk"],
    "US": ["Maple Avenue", "Oak Street", "Pine Street", "Cedar Lane", "Elm Street",
           "Washington Avenue", "Lakeshore Drive", "Sunset Boulevard", "Main Street",
           "Market Street", "Highland Avenue", "Park Place", "Ridge Road", "Spring Street",
           "Mission Street", "Hawthorne Avenue", "Willow Court", "Jefferson Street",
           "Franklin Avenue", "Canyon Road", "Aspen Way"],
    "IE": ["Main Street", "Castle Street", "Church Road", "Patrick Street", "Strand Road",
           "Shop Street", "Quay Street", "Mary Street", "The Crescent", "Seaview Park",
           "Oakwood Avenue", "Willow Grove", "Marine Terrace", "Abbey Road"],
    "FR": ["rue des Lilas", "avenue de la Gare", "rue de la République", "boulevard Gambetta",
           "rue du Moulin", "place de la Mairie", "chemin des Vignes", "rue Pasteur",
           "rue des Écoles", "allée des Tilleuls"],
    "NL": ["Prinsengracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg",
           "Oudegracht", "Lange Voorhout", "Nieuwe Binnenweg", "Hoofdstraat", "Julianalaan"],
    "IT": ["Via Garibaldi", "Via Roma", "Corso Italia", "Via Dante", "Piazza del Duomo",
           "Via Mazzini", "Viale dei Mille", "Via Cavour", "Via dei Portici", "Lungarno Corsini"],
}

TOWNS = {
    "DE": [("10115", "Berlin"), ("10437", "Berlin"), ("12047", "Berlin"), ("20095", "Hamburg"),
           ("22767", "Hamburg"), ("80331", "München"), ("81667", "München"), ("50667", "Köln"),
           ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("40213", "Düsseldorf"),
           ("04109", "Leipzig"), ("01067", "Dresden"), ("30159", "Hannover"),
           ("90402", "Nürnberg"), ("28195", "Bremen"), ("44135", "Dortmund"), ("45127", "Essen"),
           ("79098", "Freiburg im Breisgau"), ("69117", "Heidelberg"), ("87435", "Kempten"),
           ("83278", "Traunstein"), ("82467", "Garmisch-Partenkirchen"), ("87527", "Sonthofen"),
           ("93047", "Regensburg"), ("86150", "Augsburg"), ("97070", "Würzburg"),
           ("24103", "Kiel"), ("18055", "Rostock"), ("99084", "Erfurt"), ("55116", "Mainz"),
           ("66111", "Saarbrücken"), ("48143", "Münster"), ("33602", "Bielefeld"),
           ("53111", "Bonn"), ("76133", "Karlsruhe"), ("89073", "Ulm"), ("88212", "Ravensburg"),
           ("83022", "Rosenheim"), ("94032", "Passau"), ("37073", "Göttingen")],
    "AT": [("1010", "Wien"), ("1070", "Wien"), ("1100", "Wien"), ("1180", "Wien"),
           ("8010", "Graz"), ("8020", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"),
           ("6020", "Innsbruck"), ("9020", "Klagenfurt"), ("9500", "Villach"),
           ("3100", "St. Pölten"), ("6900", "Bregenz"), ("2700", "Wiener Neustadt"),
           ("4600", "Wels"), ("6850", "Dornbirn"), ("5700", "Zell am See"), ("6460", "Imst"),
           ("8700", "Leoben"), ("3500", "Krems an der Donau")],
    "CH": [("8001", "Zürich"), ("8004", "Zürich"), ("8400", "Winterthur"), ("3011", "Bern"),
           ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"), ("7000", "Chur"),
           ("5400", "Baden"), ("6300", "Zug"), ("3800", "Interlaken"), ("3920", "Zermatt"),
           ("7500", "St. Moritz"), ("2502", "Biel/Bienne"), ("8200", "Schaffhausen"),
           ("6460", "Altdorf"), ("3600", "Thun"), ("8750", "Glarus")],
    # GB: (town, outward codes)
    "GB": [("Leeds", ["LS1", "LS6", "LS7", "LS11"]), ("Manchester", ["M1", "M4", "M14", "M20"]),
           ("Bristol", ["BS1", "BS3", "BS6", "BS8"]), ("Sheffield", ["S1", "S7", "S10", "S11"]),
           ("York", ["YO1", "YO10", "YO24"]), ("Edinburgh", ["EH1", "EH3", "EH9", "EH10"]),
           ("Glasgow", ["G1", "G3", "G12", "G41"]), ("Cardiff", ["CF10", "CF11", "CF24"]),
           ("Kendal", ["LA9"]), ("Keswick", ["CA12"]), ("London", ["N1", "SE1", "SW11", "E8", "NW3"]),
           ("Brighton", ["BN1", "BN2", "BN3"]), ("Oxford", ["OX1", "OX2", "OX4"]),
           ("Norwich", ["NR1", "NR2", "NR3"]), ("Inverness", ["IV1", "IV2", "IV3"]),
           ("Exeter", ["EX1", "EX2", "EX4"]), ("Bath", ["BA1", "BA2"]),
           ("Fort William", ["PH33"]), ("Ambleside", ["LA22"])],
    # US: (town, state, zip prefix, area codes)
    "US": [("Portland", "OR", "972", ["503", "971"]), ("Seattle", "WA", "981", ["206"]),
           ("Denver", "CO", "802", ["303", "720"]), ("Boulder", "CO", "803", ["303"]),
           ("San Francisco", "CA", "941", ["415", "628"]), ("Austin", "TX", "787", ["512", "737"]),
           ("Chicago", "IL", "606", ["312", "773"]), ("Boston", "MA", "021", ["617", "857"]),
           ("Burlington", "VT", "054", ["802"]), ("Salt Lake City", "UT", "841", ["801", "385"]),
           ("Minneapolis", "MN", "554", ["612"]), ("Asheville", "NC", "288", ["828"]),
           ("Bend", "OR", "977", ["541"]), ("Missoula", "MT", "598", ["406"]),
           ("Brooklyn", "NY", "112", ["718", "347"]), ("Madison", "WI", "537", ["608"]),
           ("Flagstaff", "AZ", "860", ["928"]), ("Anchorage", "AK", "995", ["907"])],
    # IE: (town line, Eircode routing key)
    "IE": [("Dublin 2", "D02"), ("Dublin 8", "D08"), ("Dublin 6W", "D6W"), ("Cork", "T12"),
           ("Galway", "H91"), ("Limerick", "V94"), ("Ballincollig, Co. Cork", "P31"),
           ("Bray, Co. Wicklow", "A98"), ("Naas, Co. Kildare", "W91"),
           ("Killarney, Co. Kerry", "V93"), ("Westport, Co. Mayo", "F28"), ("Sligo", "F91"),
           ("Kilkenny", "R95"), ("Drogheda, Co. Louth", "A92")],
    "FR": [("75011", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"),
           ("74400", "Chamonix-Mont-Blanc"), ("38000", "Grenoble"), ("67000", "Strasbourg"),
           ("31000", "Toulouse"), ("33000", "Bordeaux"), ("44000", "Nantes"), ("73000", "Chambéry")],
    "NL": [("1016", "Amsterdam"), ("3511", "Utrecht"), ("3011", "Rotterdam"), ("2514", "Den Haag"),
           ("9711", "Groningen"), ("5611", "Eindhoven"), ("6511", "Nijmegen"), ("2311", "Leiden")],
    "IT": [("20121", "Milano"), ("00184", "Roma"), ("10121", "Torino"), ("39100", "Bolzano"),
           ("38122", "Trento"), ("50123", "Firenze"), ("40121", "Bologna"),
           ("32043", "Cortina d'Ampezzo")],
}

COUNTRY_NAME = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom",
           "US": "USA", "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien",
           "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}

_EIR = "0123456789ACDEFHKNPRTVWXY"
_GB_IN = "ABDEFGHJLNPQRSTUWXYZ"


class Address:
    def __init__(self, country, street_line, pc, town, pc_line, state=""):
        self.country = country
        self.street_line = street_line
        self.pc = pc
        self.town = town
        self.pc_line = pc_line
        self.state = state

    def one(self):
        return self.street_line + ", " + self.pc_line

    def two(self):
        return self.street_line + "\n" + self.pc_line


def make_address(rng, country, prefix_ok=True):
    c = country
    st = rng.choice(STREETS[c])
    state = ""
    if c in ("DE", "AT", "CH"):
        no = str(rng.choice([rng.randint(1, 40), rng.randint(1, 140)]))
        if c == "DE" and rng.random() < 0.15:
            no += rng.choice(["a", "b", "c"])
        if c == "AT" and rng.random() < 0.45:
            no = "%d/%d/%d" % (rng.randint(1, 60), rng.randint(1, 6), rng.randint(1, 24)) \
                if rng.random() < 0.6 else "%d/%d" % (rng.randint(1, 80), rng.randint(1, 30))
        line = st + " " + no
        pc, town = rng.choice(TOWNS[c])
        pre = ""
        if prefix_ok and rng.random() < {"DE": 0.15, "AT": 0.25, "CH": 0.3}[c]:
            pre = {"DE": "D-", "AT": "A-", "CH": "CH-"}[c]
        return Address(c, line, pc, town, pre + pc + " " + town)
    if c == "GB":
        line = "%d %s" % (rng.randint(1, 180), st)
        r = rng.random()
        if r < 0.3:
            line = "Flat %d, %s" % (rng.randint(1, 24), line)
        elif r < 0.38:
            line = "Flat %d%s, %s" % (rng.randint(1, 9), rng.choice("ABC"), line)
        town, outs = rng.choice(TOWNS[c])
        pc = "%s %d%s%s" % (rng.choice(outs), rng.randint(1, 9), rng.choice(_GB_IN),
                            rng.choice(_GB_IN))
        return Address(c, line, pc, town, town + " " + pc)
    if c == "US":
        line = "%d %s" % (rng.randint(10, 9800), st)
        r = rng.random()
        if r < 0.3:
            line += ", Apt %d%s" % (rng.randint(1, 30), rng.choice(["", "A", "B", "C"]))
        elif r < 0.42:
            line += ", Suite %d" % rng.choice([100, 110, 200, 210, 305, 400, 1200])
        elif r < 0.5:
            line += " #%d" % rng.randint(2, 40)
        town, state, zp, _ = rng.choice(TOWNS[c])
        pc = zp + "%02d" % rng.randint(1, 60)
        return Address(c, line, pc, town, "%s, %s %s" % (town, state, pc), state)
    if c == "IE":
        line = "%d %s" % (rng.randint(1, 90), st)
        if rng.random() < 0.25:
            line = "Apartment %d, %s" % (rng.randint(1, 40), line)
        town, key = rng.choice(TOWNS[c])
        pc = key + " " + "".join(rng.choice(_EIR) for _ in range(4))
        return Address(c, line, pc, town, town + " " + pc)
    if c == "FR":
        line = "%d%s %s" % (rng.randint(1, 120), rng.choice(["", "", "", " bis"]), st)
        pc, town = rng.choice(TOWNS[c])
        return Address(c, line, pc, town, pc + " " + town)
    if c == "NL":
        line = "%s %d%s" % (st, rng.randint(1, 400), rng.choice(["", "", "-2", "A", " hs"]))
        pc4, town = rng.choice(TOWNS[c])
        pc = pc4 + " " + rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        return Address(c, line, pc, town, pc + " " + town)
    if c == "IT":
        line = "%s %d" % (st, rng.randint(1, 150))
        pc, town = rng.choice(TOWNS[c])
        return Address(c, line, pc, town, pc + " " + town)
    raise ValueError(c)


# ---------------------------------------------------------------------------------------
# Phone numbers


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _grp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def make_phone(rng, country, mobile=None):
    c = country
    if mobile is None:
        mobile = rng.random() < 0.55
    r = rng.random()
    if c == "DE":
        if mobile:
            pre = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173",
                              "175", "176", "177", "178", "179", "1511", "1522"])
            sub = _digits(rng, 11 - len(pre)) if len(pre) == 3 else _digits(rng, 7)
            if r < 0.3:
                return "0%s %s" % (pre, sub)
            if r < 0.55:
                return "+49 %s %s" % (pre, _grp(sub, [4, 4]))
            if r < 0.7:
                return "+49 (0)%s %s" % (pre, sub)
            if r < 0.8:
                return "0049 %s %s" % (pre, sub)
            if r < 0.9:
                return "0%s/%s" % (pre, sub)
            return "0%s-%s" % (pre, sub)
        area = rng.choice(["30", "40", "89", "221", "69", "711", "211", "341", "351", "511",
                           "911", "831", "8821", "8321", "861", "941", "821", "761", "6221"])
        sub = _digits(rng, 10 - len(area))
        if sub[0] == "0":
            sub = "4" + sub[1:]
        if r < 0.3:
            return "0%s %s" % (area, sub)
        if r < 0.45:
            return "(0%s) %s" % (area, sub)
        if r < 0.6:
            return "0%s/%s" % (area, sub)
        if r < 0.75:
            return "+49 %s %s" % (area, sub)
        if r < 0.9:
            return "+49 (0)%s %s" % (area, _grp(sub, [3, 2, 2]))
        return "0%s-%s" % (area, sub)
    if c == "AT":
        if mobile:
            pre = rng.choice(["664", "660", "676", "650", "699", "681", "688"])
            sub = _digits(rng, 7)
            if r < 0.35:
                return "+43 %s %s" % (pre, sub)
            if r < 0.65:
                return "0%s %s" % (pre, _grp(sub, [3, 2, 2]))
            if r < 0.8:
                return "0%s/%s" % (pre, sub)
            return "+43 (0)%s %s" % (pre, sub)
        area = rng.choice(["1", "316", "662", "512", "732", "463", "4242", "5574"])
        sub = _digits(rng, 9 - len(area))
        if sub[0] == "0":
            sub = "5" + sub[1:]
        if r < 0.4:
            return "+43 %s %s" % (area, sub)
        if r < 0.75:
            return "0%s %s" % (area, sub)
        return "0%s/%s" % (area, sub)
    if c == "CH":
        pre = rng.choice(["76", "77", "78", "79"]) if mobile else \
            rng.choice(["44", "31", "61", "41", "71", "81", "52", "33"])
        sub = _digits(rng, 7)
        if sub[0] == "0":
            sub = "2" + sub[1:]
        g = _grp(sub, [3, 2, 2])
        if r < 0.5:
            return "+41 %s %s" % (pre, g)
        if r < 0.85:
            return "0%s %s" % (pre, g)
        return "0041 %s %s" % (pre, g)
    if c == "GB":
        if mobile:
            sub = "7" + rng.choice(["700", "711", "725", "746", "768", "798", "812", "903", "957"]) \
                + _digits(rng, 6)
            if r < 0.5:
                return "0%s %s" % (sub[:4], sub[4:])
            if r < 0.85:
                return "+44 %s %s" % (sub[:4], sub[4:])
            return "+44 (0)%s %s" % (sub[:4], sub[4:])
        area = rng.choice(["20", "113", "161", "117", "114", "131", "141", "29", "1539", "1865"])
        if area in ("20", "29"):
            sub = rng.choice("3789") + _digits(rng, 7)
            local = sub[:4] + " " + sub[4:]
        elif len(area) == 3:
            sub = rng.choice("234569") + _digits(rng, 6)
            local = sub[:3] + " " + sub[3:]
        else:
            sub = rng.choice("2345678") + _digits(rng, 5)
            local = sub
        if r < 0.55:
            return "0%s %s" % (area, local)
        return "+44 %s %s" % (area, local)
    if c == "US":
        town = rng.choice(TOWNS["US"])
        ac = rng.choice(town[3])
        ex = str(rng.randint(2, 9)) + _digits(rng, 2)
        if ex[1:] == "11":
            ex = ex[0] + "21"
        ln = _digits(rng, 4)
        if r < 0.4:
            return "(%s) %s-%s" % (ac, ex, ln)
        if r < 0.65:
            return "%s-%s-%s" % (ac, ex, ln)
        if r < 0.8:
            return "+1 %s %s %s" % (ac, ex, ln)
        if r < 0.9:
            return "+1 (%s) %s-%s" % (ac, ex, ln)
        return "%s.%s.%s" % (ac, ex, ln)
    if c == "IE":
        if mobile:
            pre = rng.choice(["83", "85", "86", "87", "89"])
            sub = _digits(rng, 7)
            if r < 0.5:
                return "0%s %s %s" % (pre, sub[:3], sub[3:])
            return "+353 %s %s %s" % (pre, sub[:3], sub[3:])
        area = rng.choice(["1", "21", "91", "61", "66", "71"])
        sub = rng.choice("2345789") + _digits(rng, 6 if area == "1" else 5)
        if r < 0.5:
            return "0%s %s %s" % (area, sub[:3], sub[3:])
        return "+353 %s %s %s" % (area, sub[:3], sub[3:])
    if c == "FR":
        first = rng.choice(["6", "7"]) if mobile else rng.choice(["1", "4", "5"])
        sub = _digits(rng, 8)
        pairs = " ".join(sub[i:i + 2] for i in range(0, 8, 2))
        if r < 0.5:
            return "0%s %s" % (first, pairs)
        return "+33 %s %s" % (first, pairs)
    if c == "NL":
        if mobile:
            sub = _digits(rng, 8)
            if r < 0.4:
                return "06-%s" % sub
            if r < 0.7:
                return "06 %s" % _grp(sub, [2, 2, 2, 2])
            return "+31 6 %s" % sub
        area = rng.choice(["20", "30", "10", "70", "50"])
        sub = rng.choice("2345678") + _digits(rng, 6)
        if r < 0.5:
            return "0%s-%s" % (area, sub)
        return "+31 %s %s %s" % (area, sub[:3], sub[3:])
    if c == "IT":
        if mobile:
            pre = rng.choice(["320", "328", "333", "338", "347", "349", "366", "380"])
            sub = _digits(rng, 7)
            if r < 0.5:
                return "+39 %s %s %s" % (pre, sub[:3], sub[3:])
            return "%s %s" % (pre, sub)
        area = rng.choice(["02", "06", "011", "0471", "0461", "055"])
        sub = rng.choice("2345678") + _digits(rng, 10 - len(area) - 1)
        if r < 0.5:
            return "+39 %s %s" % (area, sub)
        return "%s %s" % (area, _grp(sub, [4, 4]))
    raise ValueError(c)


# ---------------------------------------------------------------------------------------
# Checksummed values


def make_iban_value(rng, country):
    c = country if country in ("DE", "AT", "CH", "GB", "IE", "FR", "NL", "IT") else "DE"
    if c == "DE":
        bban = rng.choice(["10010010", "20050550", "37040044", "50010517", "70150000",
                           "76050101", "43060967", "12030000", "60050101", "73369920"]) + _digits(rng, 10)
    elif c == "AT":
        bban = rng.choice(["20111", "12000", "32000", "14000", "38000", "60000"]) + _digits(rng, 11)
    elif c == "CH":
        bban = rng.choice(["00762", "00235", "00700", "80808", "08390"]) + _digits(rng, 12)
    elif c == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + _digits(rng, 14)
    elif c == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + _digits(rng, 14)
    elif c == "FR":
        bban = rng.choice(["30003", "20041", "30004", "10278"]) + _digits(rng, 18)
    elif c == "NL":
        bban = rng.choice(["INGB", "ABNA", "RABO", "SNSB", "TRIO"]) + _digits(rng, 10)
    else:
        bban = rng.choice("ABCDEFGHX") + rng.choice(["03069", "02008", "05034", "01030"]) + _digits(rng, 17)
    iban = make_iban(c, bban)
    assert iban_ok(iban)
    if rng.random() < 0.65:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def make_card_value(rng):
    r = rng.random()
    if r < 0.42:
        body, n, kind = "4" + _digits(rng, 5), 16, "Visa"
    elif r < 0.62:
        body, n, kind = str(rng.randint(51, 55)) + _digits(rng, 4), 16, "Mastercard"
    elif r < 0.74:
        body, n, kind = str(rng.randint(2221, 2720)) + _digits(rng, 2), 16, "Mastercard"
    elif r < 0.88:
        body, n, kind = rng.choice(["34", "37"]) + _digits(rng, 4), 15, "Amex"
    else:
        body, n, kind = rng.choice(["6011", "65" + _digits(rng, 2), str(rng.randint(644, 649)) + _digits(rng, 1)]), 16, "Discover"
    body = body + _digits(rng, n - 1 - len(body))
    d = body + luhn_digit(body)
    assert card_ok(d), d
    s = rng.random()
    if n == 15:
        if s < 0.6:
            return "%s %s %s" % (d[:4], d[4:10], d[10:]), kind
        if s < 0.8:
            return "%s-%s-%s" % (d[:4], d[4:10], d[10:]), kind
        return d, kind
    if s < 0.55:
        return " ".join(d[i:i + 4] for i in range(0, 16, 4)), kind
    if s < 0.8:
        return "-".join(d[i:i + 4] for i in range(0, 16, 4)), kind
    return d, kind


def make_taxid_value(rng):
    while True:
        digits = list("0123456789")
        rng.shuffle(digits)
        if rng.random() < 0.8:
            # one digit twice, one missing
            base = digits[:9]
            dup = rng.choice(base)
            seq = base + [dup]
        else:
            base = digits[:8]
            dup = rng.choice(base)
            seq = base + [dup, dup]
        rng.shuffle(seq)
        d10 = "".join(seq)
        if not taxid_digit_rule(d10):
            continue
        d = d10 + taxid_check(d10)
        assert taxid_ok(d)
        if rng.random() < 0.5:
            return "%s %s %s %s" % (d[:2], d[2:5], d[5:8], d[8:])
        return d


def make_ip4(rng, kind=None):
    kind = kind or rng.choice(["pub", "pub", "pub", "doc", "priv", "priv", "loop"])
    if kind == "pub":
        while True:
            a = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 84, 85, 87, 88, 89, 91, 93, 94,
                            95, 109, 141, 145, 176, 178, 185, 188, 193, 195, 212, 213, 217])
            ip = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
            if ipaddress.ip_address(ip).is_global:
                return ip
    if kind == "doc":
        return rng.choice(["203.0.113.", "198.51.100.", "192.0.2."]) + str(rng.randint(1, 254))
    if kind == "priv":
        r = rng.random()
        if r < 0.4:
            return "192.168.%d.%d" % (rng.choice([0, 1, 2, 10, 20, 178]), rng.randint(2, 254))
        if r < 0.75:
            return "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254))
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    return "127.0.0.1"


def make_ip6(rng, kind=None):
    kind = kind or rng.choice(["glob", "glob", "doc", "ll", "ula", "loop"])
    h = lambda: "%x" % rng.randint(0, 0xffff)
    if kind == "loop":
        return "::1"
    if kind == "ll":
        raw = "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())
    elif kind == "ula":
        raw = "fd%02x:%s:%s::%s" % (rng.randint(0, 255), h(), h(), h())
    elif kind == "doc":
        raw = "2001:db8:%s:%s::%s" % (h(), h(), h())
    else:
        raw = "%s:%s:%s:%s:%s:%s:%s:%s" % (rng.choice(["2a02", "2a01", "2003", "2001", "2600", "2a00"]),
                                           h(), h(), h(), h(), h(), h(), h())
    return str(ipaddress.IPv6Address(raw))


def ascii_fold(s):
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
             "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "ç": "c", "Ç": "C", "ł": "l",
             "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "å": "a", "Å": "A", "đ": "d", "Đ": "D",
             "ő": "o", "ű": "u", "ñ": "n", "ê": "e", "ŷ": "y"}
    import unicodedata
    out = []
    for ch in s:
        if ch in table:
            out.append(table[ch])
            continue
        d = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in d if not unicodedata.combining(c)))
    return "".join(out)


MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "gmail.com",
           "outlook.de", "freenet.de", "icloud.com"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.at"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "protonmail.ch"],
    "GB": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "sky.com",
           "hotmail.co.uk", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "proton.me",
           "aol.com"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "yahoo.ie", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
}

# ---------------------------------------------------------------------------------------
# Brand and look-alike vocabulary (from brand-guides/talgrat)

PRODUCTS = [
    # (name, sku, price eur, en title, de title, en colours, de colours)
    ("Almweg", "TG-HT-100", "129.95", "Almweg Zip-off Trousers", "Almweg Zip-off-Wanderhose",
     ["Rock Grey", "Peat Brown", "Slate"], ["Felsgrau", "Moorbraun", "Schiefer"]),
    ("Fernkamm", "TG-BP-045", "229.95", "Fernkamm 45+10 Trekking Backpack",
     "Fernkamm 45+10 Trekkingrucksack", ["Slate", "Fir Shade", "Hut Orange"],
     ["Schiefer", "Tannenschatten", "Hüttenorange"]),
    ("Firstwand", "TG-RJ-100", "349.95", "Firstwand 3-Layer Rain Jacket",
     "Firstwand 3-Lagen-Regenjacke", ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate"],
     ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer"]),
    ("Gitterhang", "TG-FL-100", "119.95", "Gitterhang Grid Fleece Jacket",
     "Gitterhang Grid-Fleecejacke", ["Rock Grey", "Lichen", "Ridge Blue"],
     ["Felsgrau", "Flechte", "Gratblau"]),
    ("Hochsattel", "TG-BP-030", "139.95", "Hochsattel 30 Hiking Backpack",
     "Hochsattel 30 Wanderrucksack", ["Ridge Blue", "Fir Shade", "Slate"],
     ["Gratblau", "Tannenschatten", "Schiefer"]),
    ("Kaltkar", "TG-DJ-100", "289.95", "Kaltkar Down Jacket", "Kaltkar Daunenjacke",
     ["Alpenglow", "Ridge Blue", "Slate"], ["Alpenglühen", "Gratblau", "Schiefer"]),
    ("Morgengrat", "TG-BL-100", "89.95", "Morgengrat Merino 150 Long-Sleeve",
     "Morgengrat Merino 150 Langarmshirt", ["Slate", "Limestone", "Peat Brown"],
     ["Schiefer", "Kalkstein", "Moorbraun"]),
    ("Rinnental", "TG-SI-100", "219.95", "Rinnental Insulated Hoody", "Rinnental Isolationshoody",
     ["Fir Shade", "Hut Orange", "Slate"], ["Tannenschatten", "Hüttenorange", "Schiefer"]),
    ("Schauerpass", "TG-RJ-200", "199.95", "Schauerpass 2.5-Layer Rain Jacket",
     "Schauerpass 2,5-Lagen-Regenjacke", ["Gentian", "Lichen", "Slate"],
     ["Enzian", "Flechte", "Schiefer"]),
    ("Steinlauf", "TG-TS-100", "159.95", "Steinlauf Trail Running Shoe",
     "Steinlauf Trailrunningschuh", ["Slate/Hut Orange", "Ridge Blue/Limestone"],
     ["Schiefer/Hüttenorange", "Gratblau/Kalkstein"]),
    ("Trittweg", "TG-SO-100", "24.95", "Trittweg Merino Hiking Socks",
     "Trittweg Merino-Wandersocken", ["Rock Grey", "Fir Shade", "Hut Orange"],
     ["Felsgrau", "Tannenschatten", "Hüttenorange"]),
    ("Wintersteig", "TG-WT-100", "169.95", "Wintersteig Winter Trousers",
     "Wintersteig Wintertrekkinghose", ["Slate", "Fir Shade"], ["Schiefer", "Tannenschatten"]),
]

BRAND_WORDS = []
for _p in PRODUCTS:
    BRAND_WORDS.append(_p[0].lower())
    for _c in _p[5] + _p[6]:
        BRAND_WORDS.extend(w.lower() for w in re.split(r"[ /]", _c))
BRAND_WORDS.extend(["talgrat", "alpenglow"])
BRAND_WORDS = list(dict.fromkeys(BRAND_WORDS))

STORES = {
    "de": ["Filiale Kempten", "Filiale München-Sendling", "Filiale Freiburg", "Filiale Innsbruck",
           "Filiale Graz", "Filiale Zürich Oerlikon", "Filiale Leipzig", "Filiale Sonthofen",
           "Filiale Hamburg-Altona", "Filiale Bern", "Filiale Salzburg"],
    "en": ["Kendal store", "Manchester store", "Edinburgh store", "Dublin store",
           "Denver pop-up", "Keswick store", "Bristol store", "Ambleside store", "Galway store",
           "Portland pop-up", "Leeds store"],
}

COMPANIES = {
    "de": ["Bergsport Huber GmbH", "Alpin Keller & Söhne KG", "Sporthaus Brunner AG",
           "Outdoor Wimmer e.U.", "Schneider Logistik GmbH", "Hüttenwerk Gruber OG",
           "Fuchs Textilpflege GmbH", "Vogel Gebäudereinigung", "Immobilien Lechner GmbH",
           "Hausverwaltung Stadler & Partner", "Bikeleasing Nord GmbH", "Sicherheitsdienst Roth",
           "Wachdienst Alpenland GmbH", "Kurierdienst Lang", "Reinigungsteam Maier"],
    "en": ["Fell & Crag Outfitters Ltd", "Baker & Hunter Logistics", "Northway Property Ltd",
           "Harbour Security Services", "Greenlane Cycle Scheme", "Summit Ridge Guiding Co.",
           "Marsh & Price Estates", "Peak Couriers", "Caldbeck Cleaning Ltd",
           "Rowan Tree Facilities", "Crestline Leasing LLC", "Cairn Property Management"],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}

# ---------------------------------------------------------------------------------------
# People

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def name_parts(name):
    out = []
    for tok in _WORD_RE.findall(name):
        if len(tok) < 2 or tok.lower() in N.PARTICLES:
            continue
        out.append(tok)
    return out


class Person:
    def __init__(self, given, surname, gender, origin, invented, country):
        self.given = given
        self.surname = surname
        self.gender = gender
        self.origin = origin
        self.invented = invented
        self.country = country
        self.email_v = None
        self.phone_v = None
        self.mobile_v = None

    @property
    def full(self):
        return self.given + " " + self.surname

    def main_surname(self):
        toks = self.surname.split()
        for t in toks:
            if t.lower() not in N.PARTICLES:
                return t
        return toks[-1]

    def initial_last(self):
        return self.given[0] + ". " + self.surname

    def first_initial(self):
        toks = self.surname.split()
        if toks[0][0].isupper():
            return self.given + " " + toks[0][0] + "."
        return self.given + " " + self.main_surname()[0] + "."

    def last_first(self):
        return self.surname + ", " + self.given

    def LAST_first(self):
        return self.surname.upper() + ", " + self.given

    def parts(self):
        return name_parts(self.full)


_ORIG_COUNTRY = {"german": "DE", "austrian": "AT", "swiss": "CH", "english": "GB",
                 "american": "US", "irish": "IE", "scottish": "GB", "welsh": "GB",
                 "french": "FR", "dutch": "NL", "italian": "IT"}


def _weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


def draw_person(rng, lang, country, invented_ok, noapos=False, banned=()):
    """banned: lower-case words the text already uses (names must not collide)."""
    banned = dict.fromkeys(banned)
    boost = N.COUNTRY_BOOST.get(country, {})
    pairs = [(o, w * boost.get(o, 1.0)) for o, w in N.WEIGHTS[lang]]
    for _ in range(400):
        origin = _weighted(rng, pairs)
        o = N.BY_ORIGIN[origin]
        gender = "f" if rng.random() < 0.5 else "m"
        given = rng.choice(o["F"] if gender == "f" else o["M"])
        if rng.random() < 0.01:
            surname = rng.choice(N.WORD_SURNAMES[lang])
            origin_s = N.WORD_SURNAME_ORIGIN[lang]
            if origin not in ("german", "austrian", "swiss", "english", "american", "irish",
                              "scottish", "welsh", "dutch", "nordic"):
                given = rng.choice(N.BY_ORIGIN[origin_s]["F" if gender == "f" else "M"])
        else:
            surname = rng.choice(o["S"])
            if origin in N.HYPHEN_ORIGINS and rng.random() < 0.09 and " " not in surname:
                s2 = rng.choice(o["S"])
                if s2 != surname and " " not in s2:
                    surname = surname + "-" + s2
            if gender == "f":
                surname = N.feminine(origin, surname)
        invented = False
        if invented_ok and rng.random() < 0.11:
            invented = True
            mode = rng.random()
            ban = list(banned) + BRAND_WORDS
            if mode < 0.5:
                given = N.invent_given(rng, gender, ban, lang)
                surname = N.invent_surname(rng, ban, lang)
            elif mode < 0.75:
                given = N.invent_given(rng, gender, ban, lang)
            else:
                surname = N.invent_surname(rng, ban, lang)
        p = Person(given, surname, gender, origin, invented,
                   country if rng.random() < 0.85 else _ORIG_COUNTRY.get(origin, country))
        if noapos and ("'" in p.full or "’" in p.full):
            continue
        if any(x.lower() in banned or x.lower() in BRAND_WORDS for x in p.parts()):
            continue
        return p
    raise RuntimeError("no person")


def make_email(rng, p, domain=None):
    g = ascii_fold(p.given).lower().replace(" ", "").replace("'", "")
    g1 = g.split("-")[0]
    s = ascii_fold(p.surname).lower().replace(" ", "").replace("'", "").replace("’", "")
    if domain is None:
        domain = rng.choice(MAIL_DOMAINS.get(p.country, MAIL_DOMAINS["DE"]))
    pat = rng.random()
    if pat < 0.3:
        local = g1 + "." + s
    elif pat < 0.42:
        local = g1[0] + "." + s
    elif pat < 0.52:
        local = g1 + s
    elif pat < 0.6:
        local = s + "." + g1
    elif pat < 0.68:
        local = g1 + "_" + s
    elif pat < 0.78:
        local = g1 + "." + s + str(rng.randint(1, 99))
    elif pat < 0.86:
        local = g1 + str(rng.choice([rng.randint(60, 99), rng.randint(1970, 2005)]))
    elif pat < 0.93:
        local = s + g1[0]
    else:
        local = g1[0] + s + "+" + rng.choice(["shop", "talgrat", "orders", "news"])
    return local + "@" + domain


# ---------------------------------------------------------------------------------------
# Look-alikes


def _no_hidden_values(s):
    """True if a digit string holds no valid card, Steuer-ID or IBAN anywhere."""
    return not find_bad_digits(s)


def safe_digits(rng, n, lead=""):
    for _ in range(500):
        s = lead + _digits(rng, n - len(lead))
        if _no_hidden_values(s):
            return s
    raise RuntimeError("no safe digits")


def make_gtin(rng, lang):
    for _ in range(500):
        pre = rng.choice(["400", "401", "402", "403", "404", "405", "406", "407", "408", "409",
                          "440", "900", "901", "760", "761", "500", "501", "871"])
        body = pre + _digits(rng, 12 - len(pre))
        g = body + gtin_digit(body)
        if _no_hidden_values(g):
            return g
    raise RuntimeError


def fmt_price(lang, v):
    if lang == "de":
        return v.replace(".", ",") + " €"
    return "€" + v


# ---------------------------------------------------------------------------------------
# Self-checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
URL_RE = re.compile(r"(?:https?://|www\.)\S+")
HANDLE_RE = re.compile(r"(?<![\w@.])@[\w][\w.\-]*")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
IP6_CAND = re.compile(r"(?<![\w:])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![\w:])")
DIGIT_RUN = re.compile(r"\d(?:[ \-]?\d)*")
IBAN_CAND = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,32}")


def find_bad_digits(s):
    """Valid card numbers (13-19 digits) or Steuer-IDs hidden in a digit string."""
    bad = []
    n = len(s)
    for L in range(13, 20):
        for i in range(0, n - L + 1):
            sub = s[i:i + L]
            if card_ok(sub):
                bad.append(("card", sub))
    for i in range(0, n - 10):
        sub = s[i:i + 11]
        if taxid_ok(sub):
            bad.append(("taxid", sub))
    return bad


def mask(text, ents):
    chars = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            chars[i] = "\x00"
    return "".join(chars)


def outside_problems(masked):
    probs = []
    for m in EMAIL_RE.finditer(masked):
        probs.append("email outside: " + m.group())
    for m in IP4_RE.finditer(masked):
        if all(int(g) <= 255 for g in m.groups()):
            probs.append("ipv4 outside: " + m.group())
    for m in IP6_CAND.finditer(masked):
        cand = m.group().strip(".")
        if cand.count(":") >= 2:
            try:
                ipaddress.IPv6Address(cand)
                probs.append("ipv6 outside: " + cand)
            except ValueError:
                pass
    for m in IBAN_CAND.finditer(masked):
        raw = m.group().replace(" ", "")
        for L in range(15, min(34, len(raw)) + 1):
            if iban_ok(raw[:L]):
                probs.append("iban outside: " + raw[:L])
                break
    for m in DIGIT_RUN.finditer(masked):
        d = re.sub(r"[ \-]", "", m.group())
        if len(d) >= 11:
            for kind, v in find_bad_digits(d):
                probs.append(kind + " outside: " + v)
    return probs


def check_record(text, ents, has_pii, persons, max_lines=15):
    """Returns a list of problems (empty = fine)."""
    probs = []
    last_end = -1
    for e in ents:
        if text[e["start"]:e["end"]] != e["value"]:
            probs.append("offset mismatch")
        if e["start"] < last_end:
            probs.append("overlap")
        last_end = e["end"]
        v = e["value"]
        if not v or v != v.strip():
            probs.append("space at end: %r" % v)
        t = e["type"]
        if t == "IBAN" and not iban_ok(v):
            probs.append("bad iban")
        if t == "CREDIT_CARD" and not card_ok(re.sub(r"[ \-]", "", v)):
            probs.append("bad card")
        if t == "DE_TAX_ID" and not taxid_ok(v.replace(" ", "")):
            probs.append("bad taxid")
        if t == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                probs.append("bad ip")
        if t == "EMAIL" and not EMAIL_RE.fullmatch(v):
            probs.append("bad email")
    # adjacent PERSON spans
    for a, b in zip(ents, ents[1:]):
        if a["type"] == "PERSON" and b["type"] == "PERSON":
            gap = text[a["end"]:b["start"]]
            if gap.strip(" \n") == "" and "\t" not in gap:
                probs.append("adjacent persons: %r %r" % (a["value"], b["value"]))
    if has_pii and not ents:
        probs.append("no span")
    if not has_pii and ents:
        probs.append("span in clean text")
    if text.count("\n") + 1 > max_lines:
        probs.append("too many lines")
    if "⟦" in text or "⟨" in text or "⟧" in text or "⟩" in text:
        probs.append("unrendered mark")
    m = mask(text, ents)
    probs.extend(outside_problems(m))
    # unlabelled copies of name parts
    m2 = EMAIL_RE.sub(lambda x: "\x00" * len(x.group()), m)
    m2 = URL_RE.sub(lambda x: "\x00" * len(x.group()), m2)
    m2 = HANDLE_RE.sub(lambda x: "\x00" * len(x.group()), m2)
    parts = []
    for p in persons:
        parts.extend(x.lower() for x in p.parts())
    for e in ents:
        if e["type"] == "PERSON":
            parts.extend(x.lower() for x in name_parts(e["value"]))
    parts = dict.fromkeys(parts)
    for tok in _WORD_RE.findall(m2):
        if tok.lower() in parts:
            probs.append("unlabelled name part: " + tok)
    return probs


# ---------------------------------------------------------------------------------------
# Rendering context

ALT_RE = re.compile(r"⟦([^⟦⟧]*)⟧")
SLOT_RE = re.compile(r"⟨([^⟨⟩]+)⟩")


class Ctx:
    def __init__(self, rng, lang, genre, country=None, cue=True, variant=None):
        self.rng = rng
        self.lang = lang
        self.genre = genre
        self.cue = cue
        self.variant = variant  # "at", "ch" or None
        if country is None:
            country = self.pick_country()
        self.country = country
        self.people = {}
        self.addrs = {}
        self.vals = {}
        self.used_persons = []
        self.banned = []

    def pick_country(self):
        r = self.rng.random()
        if self.lang == "de":
            if self.variant == "at":
                return "AT"
            if self.variant == "ch":
                return "CH"
            table = [("DE", 62), ("AT", 17), ("CH", 14), ("NL", 2), ("IT", 2), ("FR", 1),
                     ("GB", 1), ("US", 1)]
        else:
            table = [("GB", 36), ("US", 33), ("IE", 14), ("DE", 5), ("AT", 2), ("CH", 2),
                     ("FR", 3), ("NL", 3), ("IT", 2)]
        tot = sum(w for _, w in table)
        x = r * tot
        for c, w in table:
            x -= w
            if x < 0:
                return c
        return table[0][0]

    # --- people and places
    def P(self, key, noapos=False, cue=None):
        if key not in self.people:
            ok = self.cue if cue is None else cue
            banned = list(dict.fromkeys(self.banned))
            taken = []
            for q in self.people.values():
                taken.extend(x.lower() for x in q.parts())
            p = draw_person(self.rng, self.lang, self.country, ok, noapos,
                            banned=banned + taken)
            self.people[key] = p
        return self.people[key]

    def A(self, key, country=None, prefix_ok=True):
        if key not in self.addrs:
            c = country or (self.country if self.rng.random() < 0.85 else
                            self.rng.choice(["DE", "AT", "CH", "GB", "US", "IE"] if self.lang == "en"
                                            else ["DE", "AT", "CH", "NL", "IT", "FR"]))
            self.addrs[key] = make_address(self.rng, c, prefix_ok)
        return self.addrs[key]

    def used(self, p):
        if p not in self.used_persons:
            self.used_persons.append(p)

    def email(self, p, work=False):
        if work:
            dom = self.company_domain()
            return make_email(self.rng, p, dom)
        if p.email_v is None:
            p.email_v = make_email(self.rng, p)
        return p.email_v

    def staff_email(self, p):
        g = ascii_fold(p.given).lower().split("-")[0].replace(" ", "")
        s = ascii_fold(p.surname).lower().replace(" ", "").replace("'", "")
        dom = "talgrat.de" if self.lang == "de" else self.rng.choice(["talgrat.com", "talgrat.de"])
        if self.rng.random() < 0.6:
            return "%s.%s@%s" % (g, s, dom)
        return "%s%s@%s" % (g[0], s, dom)

    def company_domain(self):
        co = self.vals.get("_co")
        if co:
            words = [w for w in re.split(r"[ &.]+", ascii_fold(co).lower())
                     if w and w not in ("gmbh", "ag", "kg", "og", "e", "u", "ltd", "llc", "co",
                                        "und", "and", "sohne", "soehne", "partner")]
            tld = {"de": ".de", "en": ".co.uk"}[self.lang]
            if "AG" in co.split() or "Sporthaus" in co:
                tld = ".ch"
            if co.endswith(("OG", "e.U.")) or "Alpenland" in co or "Lechner" in co:
                tld = ".at"
            if "LLC" in co or "Co." in co:
                tld = ".com"
            return "-".join(words[:2]) + tld
        return self.rng.choice(["bergsport-huber.at", "alpinkeller.de", "brunner-sport.ch",
                                "fellandcrag.co.uk", "summitridge.com", "northway-property.co.uk",
                                "hv-stadler.de", "lechner-immo.at", "bikeleasing-nord.de",
                                "greenlane-cycles.co.uk", "peakcouriers.ie", "wachdienst-alpenland.at",
                                "crestline-leasing.com", "cairnpm.co.uk", "roth-security.de"])

    def phone(self, p, mobile=None):
        if mobile is True:
            if p.mobile_v is None:
                p.mobile_v = make_phone(self.rng, p.country, True)
            return p.mobile_v
        if p.phone_v is None:
            p.phone_v = make_phone(self.rng, p.country, mobile)
        return p.phone_v

    # --- look-alikes
    def order(self):
        r = self.rng.random()
        if r < 0.3:
            return "TG-%d-%s" % (self.rng.choice([2024, 2025]), safe_digits(self.rng, 6))
        if r < 0.55:
            return "#" + safe_digits(self.rng, 7, self.rng.choice("123456789"))
        if r < 0.75:
            return safe_digits(self.rng, 9, "10")
        return "%s-%s" % (self.rng.choice(["WEB", "SHP", "POS"]), safe_digits(self.rng, 6))

    def phone_like(self):
        """Order, ticket or customer numbers shaped like phone numbers."""
        r = self.rng.random()
        if r < 0.3:
            return "0%s %s %s" % (self.rng.choice(["172", "151", "664", "176"]),
                                  safe_digits(self.rng, 4), safe_digits(self.rng, 3))
        if r < 0.55:
            return "%s-%s-%s" % (safe_digits(self.rng, 3, "4"), safe_digits(self.rng, 3),
                                 safe_digits(self.rng, 4))
        if r < 0.75:
            return "(%s) %s %s" % (safe_digits(self.rng, 3, "0"), safe_digits(self.rng, 3),
                                   safe_digits(self.rng, 4))
        return "%s %s %s" % (safe_digits(self.rng, 4, "0"), safe_digits(self.rng, 3),
                             safe_digits(self.rng, 3))

    def parcel(self):
        r = self.rng.random()
        if r < 0.35:
            return safe_digits(self.rng, 20, "00340434")
        if r < 0.6:
            return "JJD" + safe_digits(self.rng, 15, "00")
        if r < 0.8:
            return "1Z" + "".join(self.rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16))
        return "CX" + safe_digits(self.rng, 9) + "DE"

    def date(self, style=None, years=(2024, 2025, 2025, 2026)):
        rng = self.rng
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice(list(years))
        style = style or rng.choice(["num", "long", "iso"])
        return self.fmt_date(d, m, y, style)

    def fmt_date(self, d, m, y, style):
        if style == "iso":
            return "%04d-%02d-%02d" % (y, m, d)
        if self.lang == "de":
            if style == "num":
                return "%02d.%02d.%04d" % (d, m, y)
            mon = MONTHS["de"][m - 1]
            if self.variant == "at" and m == 1:
                mon = "Jänner"
            return "%d. %s %d" % (d, mon, y)
        if style == "num":
            return ("%02d/%02d/%04d" % (d, m, y)) if self.country != "US" else ("%02d/%02d/%04d" % (m, d, y))
        if self.country == "US":
            return "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
        return "%d %s %d" % (d, MONTHS["en"][m - 1], y)

    def time(self):
        if self.lang == "de":
            return "%02d:%02d" % (self.rng.randint(7, 20), self.rng.choice([0, 5, 15, 20, 30, 40, 45, 50]))
        if self.country == "US" or self.rng.random() < 0.3:
            h = self.rng.randint(7, 19)
            return "%d:%02d %s" % ((h - 1) % 12 + 1, self.rng.choice([0, 15, 30, 45]), "am" if h < 12 else "pm")
        return "%02d:%02d" % (self.rng.randint(7, 20), self.rng.choice([0, 10, 15, 30, 45]))

    def product(self):
        return self.rng.choice(PRODUCTS)

    # --- slots
    def slot(self, name):
        """Returns a list of segments: str or (TYPE, value)."""
        rng = self.rng
        lang = self.lang
        m = re.fullmatch(r"(p\d)(?:\.(\w+))?(?::(.*))?", name)
        if m:
            key, form, alt = m.group(1), m.group(2) or "full", m.group(3)
            p = self.P(key)
            if alt is not None:
                a, b = alt.split("~")
                self.used(p)
                return [a if p.gender == "f" else b]
            return self.person_form(p, form)
        m = re.fullmatch(r"(a\d)(?:\.(\w+))?", name)
        if m:
            a = self.A(m.group(1))
            form = m.group(2) or "one"
            if form == "one":
                return [("STREET_ADDRESS", a.one())]
            if form == "two":
                return [("STREET_ADDRESS", a.two())]
            if form == "street":
                return [("STREET_ADDRESS", a.street_line)]
            if form == "pc":
                return [a.pc]
            if form == "town":
                return [a.town]
            if form == "country":
                return [COUNTRY_NAME[lang][a.country]]
            raise KeyError(name)
        if name in ("iban", "card", "taxid", "ip4", "ip6", "ip", "ippub", "ippriv"):
            if name == "iban":
                return [("IBAN", make_iban_value(rng, self.country))]
            if name == "card":
                return [("CREDIT_CARD", make_card_value(rng)[0])]
            if name == "taxid":
                return [("DE_TAX_ID", make_taxid_value(rng))]
            if name == "ip4":
                return [("IP_ADDRESS", make_ip4(rng))]
            if name == "ippub":
                return [("IP_ADDRESS", make_ip4(rng, rng.choice(["pub", "pub", "doc"])))]
            if name == "ippriv":
                return [("IP_ADDRESS", make_ip4(rng, "priv"))]
            if name == "ip6":
                return [("IP_ADDRESS", make_ip6(rng))]
            return [("IP_ADDRESS", make_ip4(rng) if rng.random() < 0.7 else make_ip6(rng))]
        m = re.fullmatch(r"(\w+)#(\w+)", name)
        if m:
            # a value kept under a key: ⟨iban#1⟩ gives the same IBAN twice
            k = name
            if k not in self.vals:
                self.vals[k] = self.slot(m.group(1))
            return self.vals[k]
        if name == "order":
            return [self.order()]
        if name == "phonelike":
            return [self.phone_like()]
        if name == "parcel":
            return [self.parcel()]
        if name == "date":
            return [self.date()]
        if name == "dnum":
            return [self.date("num")]
        if name == "dlong":
            return [self.date("long")]
        if name == "dob":
            return [self.date("num", range(1958, 2007))]
        if name == "dold":
            return [self.date("num", range(2012, 2022))]
        if name in ("dfrom", "lfrom", "dto", "lto"):
            import datetime
            if "_dfrom" not in self.vals:
                self.vals["_dfrom"] = datetime.date(rng.choice([2024, 2025, 2025, 2026]),
                                                    rng.randint(1, 12), rng.randint(1, 28))
            dt = self.vals["_dfrom"]
            if name in ("dto", "lto"):
                dt = dt + datetime.timedelta(days=rng.randint(2, 20))
            return [self.fmt_date(dt.day, dt.month, dt.year, "num" if name[0] == "d" else "long")]
        if name == "week":
            return [str(rng.randint(1, 52))]
        if name == "time":
            return [self.time()]
        if name == "tick":
            t = self.vals.get("_tick")
            if t is None:
                t = rng.randint(7 * 60, 16 * 60) // 5 * 5
            else:
                t += rng.choice([5, 10, 15, 20, 30, 45, 60])
            self.vals["_tick"] = t
            return ["%02d:%02d" % (t // 60 % 24, t % 60)]
        if name == "weekday":
            return [rng.choice(WEEKDAYS[lang])]
        if name == "month":
            return [rng.choice(MONTHS[lang]) if not (self.variant == "at") else rng.choice(MONTHS[lang][1:] + ["Jänner"])]
        if name in ("prod", "prodtitle", "sku", "price", "colour"):
            pr = self.vals.setdefault("_prod", self.product())
            if name == "prod":
                return [pr[0]]
            if name == "prodtitle":
                return [pr[3] if lang == "en" else pr[4]]
            if name == "sku":
                return [pr[1]]
            if name == "price":
                return [fmt_price(lang, pr[2])]
            return [rng.choice(pr[5] if lang == "en" else pr[6])]
        if name in ("prod2", "sku2"):
            pr = self.vals.setdefault("_prod2", self.product())
            return [pr[0] if name == "prod2" else pr[1]]
        if name == "store":
            return [rng.choice(STORES[lang])]
        if name == "company":
            return [self.vals.setdefault("_co", rng.choice(COMPANIES[lang]))]
        if name == "company2":
            return [self.vals.setdefault("_co2", rng.choice(COMPANIES[lang]))]
        if name == "amount":
            v = "%d.%02d" % (rng.randint(3, 480), rng.choice([0, 5, 10, 45, 50, 90, 95, 99]))
            return [fmt_price(lang, v)]
        if name == "small":
            return [str(rng.randint(2, 9))]
        if name == "num":
            return [str(rng.randint(10, 99))]
        if name == "size":
            return [rng.choice(["XS", "S", "M", "L", "XL", "XXL", "38", "40", "42", "44", "46",
                                "41", "42.5", "44 2/3", "UK 8", "US 10"])]
        if name == "ticket":
            return ["%s-%s" % (rng.choice(["TCK", "CS", "SR", "INC"]), safe_digits(rng, 6))]
        if name == "rma":
            return ["RMA-" + safe_digits(rng, 6)]
        if name == "cust":
            return [rng.choice(["K", "C", "KD-", ""]) + safe_digits(rng, 7, rng.choice("123456789"))]
        if name == "pcalone":
            c = self.country if self.country in ("DE", "AT", "CH") else rng.choice(["DE", "AT", "CH"])
            pc, town = rng.choice(TOWNS[c])
            return [pc + " " + town]
        if name == "town":
            c = self.country
            t = rng.choice(TOWNS[c])
            return [t[1] if c in ("DE", "AT", "CH", "FR", "NL", "IT") else t[0]]
        if name == "shopmail":
            dom = "talgrat.de" if lang == "de" else "talgrat.com"
            return [("EMAIL", rng.choice(["service", "kundenservice", "team", "jobs", "hr", "filialen"]
                                         if lang == "de" else ["service", "help", "team", "jobs",
                                                               "people", "stores"]) + "@" + dom)]
        raise KeyError(name)

    def person_form(self, p, form):
        rng = self.rng
        lang = self.lang
        self.used(p)
        P = lambda v: ("PERSON", v)
        if form == "full":
            return [P(p.full)]
        if form == "first":
            return [P(p.given)]
        if form == "last":
            return [P(p.surname)]
        if form == "lf":
            return [P(p.last_first())]
        if form == "LF":
            return [P(p.LAST_first())]
        if form == "il":
            return [P(p.initial_last())]
        if form == "fi":
            return [P(p.first_initial())]
        if form == "up":
            return [P(p.full.upper())]
        if form == "lowfirst":
            return [P(p.given.lower())]
        if form == "low":
            return [P(p.full.lower())]
        if form == "hon":  # honorific + surname
            return [self.honorific(p), P(p.surname)]
        if form == "honfull":
            return [self.honorific(p), P(p.full)]
        if form == "herrn":  # German accusative/dative
            if p.gender == "f":
                return [rng.choice(["Frau ", "Frau ", "Frau Dr. "]), P(p.surname)]
            return [rng.choice(["Herrn ", "Herrn ", "Herrn Dr. "]), P(p.surname)]
        if form == "dear":  # letter salutation
            if lang == "de":
                if p.gender == "f":
                    return [rng.choice(["Sehr geehrte Frau ", "Sehr geehrte Frau ", "Sehr geehrte Frau Dr. ",
                                        "Guten Tag Frau ", "Liebe Frau "]), P(p.surname)]
                return [rng.choice(["Sehr geehrter Herr ", "Sehr geehrter Herr ", "Sehr geehrter Herr Dr. ",
                                    "Guten Tag Herr ", "Lieber Herr "]), P(p.surname)]
            return [rng.choice(["Dear ", "Dear ", "Hello "]), self.honorific(p), P(p.surname)]
        if form == "hi":  # informal greeting with the given name
            if lang == "de":
                if self.variant == "ch":
                    g = rng.choice(["Grüezi ", "Hoi ", "Sali "])
                elif self.variant == "at":
                    g = rng.choice(["Servus ", "Hallo ", "Griaß di "])
                else:
                    g = rng.choice(["Hallo ", "Hi ", "Moin ", ("Liebe " if p.gender == "f" else "Lieber ")])
                return [g, P(p.given)]
            return [rng.choice(["Hi ", "Hello ", "Dear ", "Hey "]), P(p.given)]
        if form == "email":
            return [("EMAIL", self.email(p))]
        if form == "wmail":
            if p.email_v is None:
                p.email_v = make_email(rng, p, self.company_domain())
            return [("EMAIL", p.email_v)]
        if form == "smail":
            if p.email_v is None:
                p.email_v = self.staff_email(p)
            return [("EMAIL", p.email_v)]
        if form == "phone":
            return [("PHONE", self.phone(p))]
        if form == "mobile":
            return [("PHONE", self.phone(p, True))]
        if form == "handle":
            g = ascii_fold(p.given).lower().split("-")[0].replace(" ", "")
            s = ascii_fold(p.surname).lower().replace(" ", "").replace("'", "")
            return ["@" + rng.choice([g + "." + s[0], g + s[:3], g[0] + s, g + "_" + s[:1]])]
        raise KeyError(form)

    def honorific(self, p):
        rng = self.rng
        if self.lang == "de":
            if p.gender == "f":
                return rng.choice(["Frau ", "Frau ", "Frau ", "Frau Dr. "] +
                                  (["Frau Mag. ", "Frau DI "] if self.variant == "at" else []))
            return rng.choice(["Herr ", "Herr ", "Herr ", "Herr Dr. "] +
                              (["Herr Mag. ", "Herr Ing. "] if self.variant == "at" else []))
        if p.gender == "f":
            return rng.choice(["Ms ", "Ms. ", "Mrs ", "Mrs. ", "Ms ", "Dr "])
        return rng.choice(["Mr ", "Mr. ", "Mr ", "Dr. "])

    # --- template rendering
    def expand(self, tpl):
        s = tpl
        while True:
            m = ALT_RE.search(s)
            if not m:
                break
            opts = m.group(1).split("|")
            s = s[:m.start()] + self.rng.choice(opts) + s[m.end():]
        return s

    def render(self, tpl, doc):
        s = self.expand(tpl)
        # words in the template body must not be names
        plain = SLOT_RE.sub(" ", s)
        self.banned.extend(w.lower() for w in _WORD_RE.findall(plain))
        pos = 0
        for m in SLOT_RE.finditer(s):
            doc.t(s[pos:m.start()])
            doc.seg(self.slot(m.group(1)))
            pos = m.end()
        doc.t(s[pos:])
        return doc
