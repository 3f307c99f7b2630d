"""Core of the heldout24 half: people, addresses, phones, checksummed values, IP addresses,
look-alikes, the slot renderer that records labelled spans, and the self-checks.

A template is a string with slots and alternatives:

    ((Hi|Hello|Hey)) {p1.f}, your parcel to {a1} left today. Call {tel} if …

`((a|b|))` picks one alternative (an empty one drops the text). A slot is `{name[digit][.attr][:arg]}`:
`p1`…`p4` are people, `a1`… addresses, the rest values and look-alikes (see `Ctx.slot`). A leading
`@AT ` (or any country code) sets the country of the text. Every slot renders to pieces
`(text, label or None)`; the renderer concatenates them and records the span of each labelled piece
in Unicode code points.
"""

import ipaddress
import re
import unicodedata

import pii24_held_names as N

# ---------------------------------------------------------------- small helpers


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


_FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ı": "i", "ł": "l",
         "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "æ": "ae", "ŷ": "y", "ê": "e", "'": ""}


def ascii_fold(s: str) -> str:
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_ "))


# ---------------------------------------------------------------- checksummed values

IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27}


def iban_valid(value: str) -> bool:
    v = value.replace(" ", "")
    if len(v) < 15 or not v[:2].isalpha() or not v[2:4].isdigit():
        return False
    if v[:2] in IBAN_LEN and len(v) != IBAN_LEN[v[:2]]:
        return False
    try:
        return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1
    except ValueError:
        return False


def iban(rng, cc: str) -> str:
    up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if cc == "DE":
        bban = digits(rng, 18)
    elif cc == "AT":
        bban = rng.choice(["12000", "20111", "32000", "14000", "19043"]) + digits(rng, 11)
    elif cc == "CH":
        bban = rng.choice(["00762", "00230", "08390", "00700"]) + digits(rng, 12)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 14)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + digits(rng, 10)
    elif cc == "FR":
        bban = digits(rng, 23)
    else:  # IT
        bban = rng.choice(up) + digits(rng, 22)
    numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
    value = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
    assert iban_valid(value)
    if rng.random() < 0.7:
        value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


def luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def issuer_ok(n: str) -> bool:
    if len(n) == 16 and n[0] == "4":
        return True
    if len(n) == 16 and (51 <= int(n[:2]) <= 55 or 2221 <= int(n[:4]) <= 2720):
        return True
    if len(n) == 15 and n[:2] in ("34", "37"):
        return True
    if len(n) == 16 and (n[:4] == "6011" or n[:2] == "65"):
        return True
    return False


def card_valid(value: str) -> bool:
    n = value.replace(" ", "").replace("-", "")
    return n.isdigit() and luhn_ok(n) and issuer_ok(n)


def card(rng) -> str:
    kind = wchoice(rng, [("visa", 45), ("mc", 25), ("mc2", 8), ("amex", 14), ("disc", 8)])
    prefix, length = {
        "visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15), "disc": (rng.choice(["6011", "65"]), 16),
    }[kind]
    body = prefix + digits(rng, length - 1 - len(prefix))
    for d in "0123456789":
        if luhn_ok(body + d):
            n = body + d
            break
    assert card_valid(n)
    style = rng.random()
    groups = [n[:4], n[4:10], n[10:]] if length == 15 else [n[i:i + 4] for i in range(0, 16, 4)]
    if style < 0.5:
        return " ".join(groups)
    if style < 0.7:
        return "-".join(groups)
    return n


def _tax_body_ok(body: str) -> bool:
    if body[0] == "0":
        return False
    counts = [body.count(d) for d in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    return not any(body[i] == body[i + 1] == body[i + 2] for i in range(8))


def _tax_check(body: str) -> int:
    product = 10
    for c in body:
        s = (int(c) + product) % 10 or 10
        product = (s * 2) % 11
    return (11 - product) % 10


def tax_valid(value: str) -> bool:
    v = value.replace(" ", "")
    return len(v) == 11 and v.isdigit() and _tax_body_ok(v[:10]) and _tax_check(v[:10]) == int(v[10])


def tax_id(rng) -> str:
    while True:
        pool = list("0123456789")
        rng.shuffle(pool)
        rep = pool[0]
        times = rng.choice([2, 2, 3])
        body = list(pool[1:11 - times]) + [rep] * times
        rng.shuffle(body)
        body = "".join(body)
        if _tax_body_ok(body):
            v = body + str(_tax_check(body))
            assert tax_valid(v)
            if rng.random() < 0.35:
                return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
            return v


def gtin13(rng) -> str:
    body = rng.choice(["400", "401", "426", "590", "761", "900", "871", "803"]) + digits(rng, 9)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def gtin_valid(v: str) -> bool:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(v[:-1]))
    return (10 - total % 10) % 10 == int(v[-1])


# ---------------------------------------------------------------- IP addresses


def ip_public(rng):
    first = rng.choice([31, 37, 46, 62, 77, 78, 80, 81, 84, 85, 87, 89, 91, 93, 94, 95, 109, 141, 151, 176, 178,
                        185, 188, 193, 194, 212, 213, 217, 24, 50, 67, 73, 98, 104, 174])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip_private(rng):
    k = rng.random()
    if k < 0.45:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if k < 0.8:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def ip_v6(rng):
    k = rng.random()
    head = rng.choice(["2a02:8108", "2a01:598", "2003:e5", "2001:16b8", "2600:1700", "2a00:23c5", "2605:a601", "fe80:"])
    if head == "fe80:":
        return "fe80::" + ":".join(format(rng.randint(0, 0xFFFF), "x") for _ in range(4))
    if k < 0.5:
        return head + ":" + ":".join(format(rng.randint(0, 0xFFFF), "x") for _ in range(6))
    return head + ":" + format(rng.randint(0, 0xFFFF), "x") + "::" + format(rng.randint(1, 0xFFFF), "x")


def ip_loop(rng):
    return rng.choice(["127.0.0.1", "127.0.0.1", "127.0.1.1", "::1"])


def ip_any(rng):
    return wchoice(rng, [(ip_public, 55), (ip_private, 20), (ip_v6, 20), (ip_loop, 5)])(rng)


# ---------------------------------------------------------------- addresses

STREETS = {
    "DE": ["Hauptstraße", "Lindenstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestraße",
           "Am Kirchberg", "Mühlenweg", "Birkenallee", "Ringstraße", "Bergstraße", "Waldstraße", "Talstraße",
           "Friedrichstraße", "Kastanienallee", "Amselweg", "Rosenstraße", "Schulstraße", "Uhlandstr.",
           "Weserstraße", "Sonnenallee", "Leipziger Str.", "Kölner Straße", "Zeppelinstraße", "Auf der Heide",
           "Im Winkel", "Hafenstraße", "Erlenweg", "Dorfstr.", "Marienplatz", "Breite Straße", "Kirchgasse"],
    "AT": ["Mariahilfer Straße", "Hauptplatz", "Landstraßer Hauptstraße", "Herrengasse", "Getreidegasse",
           "Maria-Theresien-Straße", "Linzer Gasse", "Annenstraße", "Schönbrunner Straße", "Wiedner Hauptstraße",
           "Favoritenstraße", "Kaiserstraße", "Bürgerstraße", "Dorfstraße", "Gürtel", "Praterstraße"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptstrasse", "Kramgasse", "Marktgasse",
           "Spalenberg", "Zürichstrasse", "Poststrasse", "Schulhausstrasse", "Limmatquai", "Rue du Rhône",
           "Weinbergstrasse", "Kirchweg"],
    "GB": ["High Street", "Church Road", "Station Road", "Victoria Road", "Mill Lane", "Park Avenue",
           "Queen's Road", "Kings Road", "Manor Way", "The Crescent", "Albert Street", "Grove Lane",
           "Castle Terrace", "Orchard Close", "Green Lane", "Windsor Gardens"],
    "US": ["Main St", "Oak Avenue", "Maple Dr", "Elm Street", "Cedar Ln", "Washington Blvd", "Pine St",
           "Lakeview Dr", "Sunset Blvd", "Broadway", "Market St", "2nd Ave", "Ridge Rd", "Willow Court"],
    "IE": ["Main Street", "Patrick Street", "O'Connell Street", "Church Road", "Shop Street", "Strand Road",
           "The Mall", "Castle Street", "Harbour View", "Abbey Road"],
    "FR": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
           "place du Marché", "rue Victor Hugo", "chemin des Vignes", "rue du Lac"],
    "NL": ["Prinsengracht", "Kerkstraat", "Dorpsstraat", "Oudegracht", "Stationsweg", "Molenweg",
           "Herengracht", "Nieuwe Binnenweg", "Lange Voorhout"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini", "Piazza Duomo",
           "Via Dante", "Viale Trento", "Via dei Mille"],
}
TOWNS = {
    "DE": [("10115", "Berlin"), ("10437", "Berlin"), ("20095", "Hamburg"), ("22765", "Hamburg"), ("80331", "München"),
           ("81369", "München"), ("50667", "Köln"), ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"),
           ("40210", "Düsseldorf"), ("04109", "Leipzig"), ("01067", "Dresden"), ("28195", "Bremen"),
           ("30159", "Hannover"), ("90402", "Nürnberg"), ("44135", "Dortmund"), ("87435", "Kempten"),
           ("79098", "Freiburg im Breisgau"), ("69117", "Heidelberg"), ("93047", "Regensburg"), ("24103", "Kiel"),
           ("18055", "Rostock"), ("99084", "Erfurt"), ("55116", "Mainz"), ("83022", "Rosenheim"),
           ("82467", "Garmisch-Partenkirchen"), ("37073", "Göttingen"), ("48143", "Münster"), ("87561", "Oberstdorf")],
    "AT": [("1060", "Wien"), ("1100", "Wien"), ("1040", "Wien"), ("1150", "Wien"), ("8010", "Graz"), ("4020", "Linz"),
           ("5020", "Salzburg"), ("6020", "Innsbruck"), ("9020", "Klagenfurt"), ("3100", "St. Pölten"),
           ("6900", "Bregenz"), ("6850", "Dornbirn"), ("4600", "Wels"), ("5700", "Zell am See"), ("6580", "St. Anton")],
    "CH": [("8001", "Zürich"), ("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
           ("9000", "St. Gallen"), ("8400", "Winterthur"), ("7000", "Chur"), ("1204", "Genève"), ("6900", "Lugano"),
           ("5000", "Aarau"), ("3920", "Zermatt"), ("3800", "Interlaken")],
    "GB": [("London", "SW1A"), ("London", "E1"), ("London", "N7"), ("London", "SE15"), ("Manchester", "M14"),
           ("Leeds", "LS6"), ("Bristol", "BS8"), ("Edinburgh", "EH3"), ("Glasgow", "G12"), ("Cardiff", "CF10"),
           ("York", "YO1"), ("Brighton", "BN1"), ("Oxford", "OX4"), ("Norwich", "NR2"), ("Sheffield", "S10"),
           ("Kendal", "LA9"), ("Keswick", "CA12"), ("Inverness", "IV2")],
    "US": [("Springfield", "IL", "627", "217"), ("Portland", "OR", "972", "503"), ("Austin", "TX", "787", "512"),
           ("Denver", "CO", "802", "303"), ("Boulder", "CO", "803", "720"), ("Seattle", "WA", "981", "206"),
           ("Burlington", "VT", "054", "802"), ("Madison", "WI", "537", "608"), ("Asheville", "NC", "288", "828"),
           ("Brooklyn", "NY", "112", "718"), ("Chicago", "IL", "606", "312"), ("San Diego", "CA", "921", "619"),
           ("Salt Lake City", "UT", "841", "801"), ("Bozeman", "MT", "597", "406"), ("Boise", "ID", "837", "208")],
    "IE": [("Dublin 2", "D02"), ("Dublin 8", "D08"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"),
           ("Waterford", "X91"), ("Kilkenny", "R95"), ("Sligo", "F91"), ("Killarney, Co. Kerry", "V93"),
           ("Ballincollig, Co. Cork", "P31"), ("Westport, Co. Mayo", "F28"), ("Bray, Co. Wicklow", "A98")],
    "FR": [("75011", "Paris"), ("69003", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux"),
           ("67000", "Strasbourg"), ("74000", "Annecy"), ("38000", "Grenoble"), ("44000", "Nantes"), ("59000", "Lille")],
    "NL": [("1016", "Amsterdam"), ("3511", "Utrecht"), ("3011", "Rotterdam"), ("2511", "Den Haag"), ("9711", "Groningen"),
           ("5611", "Eindhoven"), ("6811", "Arnhem"), ("2311", "Leiden")],
    "IT": [("20121", "Milano"), ("00184", "Roma"), ("10121", "Torino"), ("40121", "Bologna"), ("50122", "Firenze"),
           ("39100", "Bolzano"), ("38122", "Trento"), ("37121", "Verona")],
}
COUNTRY_NAME = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA",
           "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}
_EIR = "ACDEFHKNPRTVWXY"


class Address:
    def __init__(self, rng, cc):
        self.cc = cc
        st = rng.choice(STREETS[cc])
        no = str(rng.randint(1, 148))
        if cc in ("DE", "CH", "NL") and rng.random() < 0.12:
            no += rng.choice("abc")
        self.flat = ""
        if cc == "DE":
            self.street = f"{st} {no}"
            self.plz, self.town = rng.choice(TOWNS[cc])
            self.prefix = "D-" if rng.random() < 0.2 else ""
        elif cc == "AT":
            if rng.random() < 0.55:
                no = f"{no}/{rng.randint(1, 6)}/{rng.randint(1, 24)}" if rng.random() < 0.6 else f"{no}/{rng.randint(2, 30)}"
            self.street = f"{st} {no}"
            self.plz, self.town = rng.choice(TOWNS[cc])
            self.prefix = "A-" if rng.random() < 0.35 else ""
        elif cc == "CH":
            self.street = f"{st} {no}"
            self.plz, self.town = rng.choice(TOWNS[cc])
            self.prefix = "CH-" if rng.random() < 0.35 else ""
        elif cc == "GB":
            self.street = f"{no} {st}"
            if rng.random() < 0.25:
                self.flat = f"Flat {rng.randint(1, 12)}{rng.choice(['', '', 'A', 'B'])}"
            self.town, out = rng.choice(TOWNS[cc])
            self.plz = f"{out} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            self.prefix = ""
        elif cc == "US":
            self.street = f"{rng.randint(12, 9870)} {st}"
            if rng.random() < 0.35:
                self.flat = rng.choice(["Apt ", "Apt. ", "Suite ", "Unit "]) + str(rng.randint(1, 40)) + rng.choice(["", "", "B"])
            t = rng.choice(TOWNS[cc])
            self.town, self.state, self.area = t[0], t[1], t[3]
            self.plz = t[2] + digits(rng, 2)
            self.prefix = ""
        elif cc == "IE":
            self.street = f"{no} {st}"
            if rng.random() < 0.2:
                self.flat = f"Apartment {rng.randint(1, 30)}"
            self.town, key = rng.choice(TOWNS[cc])
            self.plz = key + " " + "".join(rng.choice(_EIR + "0123456789") for _ in range(4))
            self.prefix = ""
        elif cc == "FR":
            self.street = f"{no} {st}"
            self.plz, self.town = rng.choice(TOWNS[cc])
            self.prefix = ""
        elif cc == "NL":
            self.street = f"{st} {no}"
            p, self.town = rng.choice(TOWNS[cc])
            self.plz = p + " " + rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
            self.prefix = ""
        else:
            self.street = f"{st} {no}"
            self.plz, self.town = rng.choice(TOWNS[cc])
            self.prefix = ""

    def street_full(self):
        return f"{self.flat}, {self.street}" if self.flat else self.street

    def cityline(self):
        cc = self.cc
        if cc == "US":
            return f"{self.town}, {self.state} {self.plz}"
        if cc in ("GB", "IE"):
            return f"{self.town} {self.plz}"
        return f"{self.prefix}{self.plz} {self.town}"

    def one(self):
        if self.cc == "US" and self.flat:
            return f"{self.street}, {self.flat}, {self.cityline()}"
        if self.cc == "US":
            return f"{self.street}, {self.cityline()}"
        return f"{self.street_full()}, {self.cityline()}"

    def two(self):
        if self.cc == "US" and self.flat:
            return f"{self.street}, {self.flat}\n{self.cityline()}"
        return f"{self.street_full()}\n{self.cityline()}"

    def street_only(self):
        if self.cc == "US" and self.flat:
            return f"{self.street}, {self.flat}"
        return self.street_full()


# ---------------------------------------------------------------- phones


def _grp(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return " ".join(out)


def phone(rng, cc, mobile=None, area=None):
    if mobile is None:
        mobile = rng.random() < 0.55
    intl = rng.random() < 0.45
    if cc == "DE":
        if mobile:
            pre = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "179"])
            sub = digits(rng, rng.choice([7, 8]))
            if intl:
                return rng.choice([f"+49 {pre} {sub}", f"+49 {pre} {sub[:3]} {sub[3:]}", f"+49{pre}{sub}"])
            return rng.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre}-{sub}", f"0{pre} {sub[:3]} {sub[3:]}"])
        ac = rng.choice(["30", "40", "89", "221", "69", "711", "211", "341", "351", "421", "511", "911", "831", "761", "8322"])
        sub = digits(rng, 8 - len(ac) + 2)
        if intl:
            return rng.choice([f"+49 {ac} {sub}", f"+49 (0){ac} {sub}", f"+49 {ac} {sub[:3]} {sub[3:]}"])
        return rng.choice([f"0{ac} {sub}", f"0{ac}/{sub}", f"(0{ac}) {sub}", f"0{ac}-{sub}"])
    if cc == "AT":
        if mobile:
            pre = rng.choice(["650", "660", "664", "676", "680", "699"])
            sub = digits(rng, 7)
            return f"+43 {pre} {sub}" if intl else rng.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre} {sub[:3]} {sub[3:]}"])
        ac = rng.choice(["1", "316", "732", "662", "512", "463", "5574"])
        sub = digits(rng, 7 if ac == "1" else 6)
        return f"+43 {ac} {sub}" if intl else rng.choice([f"0{ac} {sub}", f"0{ac}/{sub}"])
    if cc == "CH":
        ac = rng.choice(["76", "77", "78", "79"]) if mobile else rng.choice(["44", "31", "61", "41", "71", "81", "22", "27"])
        sub = digits(rng, 7)
        g = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
        return f"+41 {ac} {g}" if intl else rng.choice([f"0{ac} {g}", f"0{ac} {sub}"])
    if cc == "GB":
        if mobile:
            sub = "900" + digits(rng, 3)
            return f"+44 7700 {sub}" if intl else rng.choice([f"07700 {sub}", f"07700{sub}"])
        ac, mid = rng.choice([("20", "7946 0"), ("113", "496 0"), ("117", "496 0"), ("131", "496 0"), ("161", "496 0"), ("191", "498 0")])
        sub = mid + digits(rng, 3)
        return f"+44 {ac} {sub}" if intl else rng.choice([f"0{ac} {sub}", f"(0{ac}) {sub}"])
    if cc == "US":
        ac = area or rng.choice(["217", "503", "512", "303", "720", "206", "802", "608", "828", "718", "312", "619", "801"])
        sub = "01" + digits(rng, 2)
        return rng.choice([f"({ac}) 555-{sub}", f"{ac}-555-{sub}", f"+1 {ac} 555 {sub}", f"+1 ({ac}) 555-{sub}", f"{ac}.555.{sub}"])
    if cc == "IE":
        if mobile:
            pre = rng.choice(["83", "85", "86", "87", "89"])
            sub = digits(rng, 7)
            return f"+353 {pre} {sub[:3]} {sub[3:]}" if intl else f"0{pre} {sub[:3]} {sub[3:]}"
        ac = rng.choice(["1", "21", "91", "61", "51", "66"])
        sub = digits(rng, 7 if ac == "1" else 6)
        return f"+353 {ac} {sub[:3]} {sub[3:]}" if intl else f"0{ac} {sub[:3]} {sub[3:]}"
    if cc == "FR":
        first = rng.choice(["6", "7"]) if mobile else rng.choice(["1", "4", "5"])
        sub = digits(rng, 8)
        g = _grp(sub, [2, 2, 2, 2])
        return f"+33 {first} {g}" if intl else f"0{first} {g}"
    if cc == "NL":
        if mobile:
            sub = digits(rng, 8)
            return f"+31 6 {sub}" if intl else rng.choice([f"06 {sub}", f"06-{sub}"])
        ac = rng.choice(["20", "30", "10", "70", "50"])
        sub = digits(rng, 7)
        return f"+31 {ac} {sub[:3]} {sub[3:]}" if intl else f"0{ac} {sub[:3]} {sub[3:]}"
    # IT
    if mobile:
        pre = rng.choice(["333", "338", "347", "349", "320", "366"])
        sub = digits(rng, 7)
        return f"+39 {pre} {sub[:3]} {sub[3:]}" if intl else f"{pre} {sub}"
    ac = rng.choice(["02", "06", "011", "051", "055", "0471"])
    sub = digits(rng, 7 if len(ac) < 4 else 6)
    return f"+39 {ac} {sub[:4]} {sub[4:]}" if intl else f"{ac} {sub[:4]} {sub[4:]}"


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, rng, lang, cc, allow_invented):
        origin = wchoice(rng, N.WEIGHTS[lang])
        boost = {"AT": "austrian", "CH": "swiss", "IE": "irish", "US": "american", "GB": "english"}.get(cc)
        if boost and rng.random() < 0.3:
            origin = boost
        self.origin = origin
        fem, male, sur = N.LISTS[origin]
        self.female = rng.random() < 0.52
        self.invented = allow_invented and rng.random() < (0.105 if lang == "en" else 0.125)
        if self.invented:
            self.first, self.last = N.invented(rng, self.female)
            self.origin = "invented"
            return
        pool = fem if self.female else male
        self.first = rng.choice(pool)
        if origin in ("german", "austrian", "swiss", "french") and rng.random() < 0.09:
            second = rng.choice(pool)
            if second != self.first and "-" not in second:
                self.first = self.first + rng.choice(["-", " "]) + second
        elif origin in ("american", "english") and rng.random() < 0.06:
            self.first = self.first + " " + rng.choice("ABCDEJKLMRST") + "."
        self.last = rng.choice(sur)
        if rng.random() < 0.06 and " " not in self.last and "-" not in self.last:
            other = rng.choice(N.LISTS[wchoice(rng, N.WEIGHTS[lang])][2])
            if " " not in other and other != self.last:
                self.last = f"{self.last}-{other}"
        self._email = None

    # forms
    def full(self):
        return f"{self.first} {self.last}"

    def init(self):
        return f"{self.first[0]}. {self.last}"

    def short(self):
        core = self.last.split(" ")[-1].lstrip("'")
        if core.startswith("O'"):
            core = core[2:]
        return f"{self.first.split(' ')[0]} {core[0].upper()}."

    def last_first(self):
        return f"{self.last}, {self.first}"

    def handle(self, rng):
        f = ascii_fold(self.first.split(" ")[0].split("-")[0]).lower()
        l = ascii_fold(self.last.replace(" ", "")).lower()
        return "@" + rng.choice([f, f + "." + l[:1], f + "_" + l[:4], f[:1] + l, f + l[:2]])

    def email(self, rng, lang, cc):
        if getattr(self, "_email", None):
            return self._email
        f = ascii_fold(self.first.split(" ")[0]).lower().replace(".", "")
        l = ascii_fold(self.last).lower().replace(" ", "").replace(".", "")
        local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{f}_{l}", f"{l}.{f}", f"{f}.{l}{rng.randint(2, 99)}",
                            f"{f}{rng.randint(70, 99)}", f"{l}{f[0]}"])
        if cc == "DE":
            dom = rng.choice(["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org", "outlook.de", "freenet.de"])
        elif cc == "AT":
            dom = rng.choice(["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"])
        elif cc == "CH":
            dom = rng.choice(["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com", "hispeed.ch"])
        elif cc == "GB":
            dom = rng.choice(["btinternet.com", "yahoo.co.uk", "gmail.com", "outlook.com", "sky.com"])
        elif cc == "US":
            dom = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"])
        elif cc == "IE":
            dom = rng.choice(["eircom.net", "gmail.com", "hotmail.com", "icloud.com"])
        else:
            dom = rng.choice(["gmail.com", "outlook.com", "orange.fr", "libero.it", "ziggo.nl", "protonmail.com"])
        if rng.random() < 0.15:
            dom = rng.choice(["bergwerk-studio.de", "kletterhalle-nord.de", "alpin-reisen.at", "trailcrew.co.uk",
                              "northridge-media.com", "hoehenluft-agentur.de", "summitpr.ie", "fotowerk-muc.de"])
        self._email = f"{local}@{dom}"
        return self._email


# ---------------------------------------------------------------- look-alikes

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
PRICES = ["129.95", "229.95", "349.95", "119.95", "139.95", "289.95", "89.95", "199.95", "219.95", "169.95", "24.95", "159.95"]
COMPANY_EN = ["{} & Sons Ltd", "{} Freight LLC", "{} Logistics", "{} Outdoor Supply Co.", "{} Textiles plc", "{} Print Works"]
COMPANY_DE = ["{} Logistik GmbH", "{} & Partner", "{} Textil AG", "Spedition {} KG", "{} Druck GmbH", "Gebr. {} OHG"]
CO_NAMES = {"en": ["Baker", "Hunter", "Fisher", "Archer", "Fletcher", "Shepherd", "Carter", "Mason", "Palmer", "Wood"],
            "de": ["Bauer", "Koch", "Schneider", "Wolf", "Fuchs", "Vogel", "Winter", "Sommer", "Braun", "Müller", "Huber", "Keller"]}
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]}


def lookalike(rng, lang, kind, arg=None):
    if kind == "order":
        return rng.choice([f"{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}",
                           f"TG-{rng.randint(2023, 2025)}-{digits(rng, 6)}", f"#{digits(rng, 7)}",
                           f"0{rng.randint(151, 179)}-{digits(rng, 7)}", f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}",
                           f"+{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 4)}"])
    if kind == "track":
        return rng.choice(["00340434" + digits(rng, 12), "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16)),
                           "JJD" + digits(rng, 18), f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
                           "RR" + digits(rng, 9) + "DE", "H" + digits(rng, 4) + "A" + digits(rng, 10)])
    if kind == "cust":
        return rng.choice([f"KD-{digits(rng, 4)}-{digits(rng, 6)}", f"C{digits(rng, 8)}", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}",
                           f"0{digits(rng, 3)} {digits(rng, 7)}"])
    if kind == "ticket":
        return rng.choice([f"#{rng.randint(10000, 99999)}", f"SUP-{rng.randint(1000, 9999)}", f"T{digits(rng, 8)}", f"CS-{digits(rng, 4)}-{digits(rng, 3)}"])
    if kind == "inv":
        return rng.choice([f"RE-{rng.randint(2023, 2025)}-{digits(rng, 5)}", f"INV-{digits(rng, 6)}", f"{rng.randint(2023, 2025)}/{digits(rng, 5)}"])
    if kind == "gtin":
        return gtin13(rng)
    if kind == "date":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025])
        if lang == "de":
            return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS['de'][m - 1]} {y}", f"{d:02d}.{m:02d}.", f"{y}-{m:02d}-{d:02d}"])
        return rng.choice([f"{d} {MONTHS['en'][m - 1][:3]} {y}", f"{MONTHS['en'][m - 1]} {d}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])
    if kind == "time":
        h, mi = rng.randint(7, 20), rng.choice([0, 5, 15, 20, 30, 40, 45, 50])
        if lang == "de":
            return rng.choice([f"{h}:{mi:02d} Uhr", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} Uhr"])
        return rng.choice([f"{h}:{mi:02d}", f"{(h - 1) % 12 + 1}:{mi:02d} {'pm' if h >= 12 else 'am'}", f"{h:02d}:{mi:02d}"])
    if kind == "ts":
        return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    if kind == "price":
        p = rng.choice(PRICES) if rng.random() < 0.7 else f"{rng.randint(5, 400)}.{rng.choice(['00', '50', '90', '95', '99'])}"
        if lang == "de":
            return rng.choice([f"{p.replace('.', ',')} €", f"€ {p.replace('.', ',')}", f"EUR {p.replace('.', ',')}", f"CHF {p}"])
        return rng.choice([f"€{p}", f"£{p}", f"${p}", f"EUR {p}"])
    if kind == "ver":
        return rng.choice([f"v{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 40)}-rc{rng.randint(1, 3)}",
                           f"build {rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(100, 999)}", f"{rng.randint(2023, 2025)}.{rng.randint(1, 12)}.{rng.randint(1, 9)}"])
    if kind == "plz":
        cc = arg or ("DE" if lang == "de" else "GB")
        if cc in ("GB",):
            t = rng.choice(TOWNS["GB"])
            return t[1]
        return rng.choice(TOWNS[cc])[0]
    if kind == "town":
        cc = arg or rng.choice(["DE", "AT", "CH"] if lang == "de" else ["GB", "US", "IE"])
        t = rng.choice(TOWNS[cc])
        return t[0] if cc in ("GB", "US", "IE") else t[1]
    if kind == "co":
        name = rng.choice(CO_NAMES[lang])
        return rng.choice(COMPANY_DE if lang == "de" else COMPANY_EN).format(name)
    if kind == "prod":
        return rng.choice(PRODUCTS[lang])
    if kind == "short":
        return rng.choice(SHORT)
    if kind == "sku":
        return rng.choice(SKUS) + rng.choice(["", "", "-" + rng.choice(["S", "M", "L", "XL", "42", "44"])])
    if kind == "word":
        return rng.choice(N.WORD_NAMES[lang])
    if kind == "qty":
        return str(rng.randint(2, 40))
    if kind == "num":
        return str(rng.randint(3, 99))
    if kind == "pct":
        return str(rng.choice([10, 15, 20, 25, 30]))
    if kind == "size":
        return rng.choice(["S", "M", "L", "XL", "XS", "38", "40", "42", "44", "46"])
    if kind == "weight":
        return rng.choice(["1.240 g", "980 g", "465 g", "1,1 kg", "320 g", "77 g"]) if lang == "de" else rng.choice(["1,240 g", "980 g", "465 g", "1.1 kg", "320 g", "2.7 lb"])
    if kind == "url":
        return rng.choice(["https://talgrat.de/konto", "https://talgrat.com/returns", "https://talgrat.de/service/retoure",
                           "https://talgrat.com/account/orders", "https://talgrat.de/kontakt"])
    raise KeyError(kind)


LOOKALIKE_KINDS = {"order", "track", "cust", "ticket", "inv", "gtin", "date", "time", "ts", "price", "ver", "plz",
                   "town", "co", "prod", "short", "sku", "word", "qty", "num", "pct", "size", "weight", "url"}

# ---------------------------------------------------------------- the renderer

SLOT = re.compile(r"\{([a-z]+)(\d?)(?:\.([A-Za-z]+))?(?::([^{}]*))?\}")
ALT = re.compile(r"\(\(([^()]*)\)\)")
HON = {"en": {True: ["Ms", "Ms", "Mrs", "Ms.", "Mrs.", "Miss"], False: ["Mr", "Mr", "Mr."]},
       "de": {True: ["Frau"], False: ["Herr"]}}


class Ctx:
    def __init__(self, rng, lang, cc, allow_invented=True):
        self.rng, self.lang, self.cc = rng, lang, cc
        self.allow_invented = allow_invented
        self.people, self.addrs, self.vals = {}, {}, {}

    def person(self, key):
        p = self.people.get(key)
        if p is None:
            for _ in range(50):
                p = Person(self.rng, self.lang, self.cc, self.allow_invented)
                clash = any(q.last == p.last or q.first == p.first for q in self.people.values())
                if not clash:
                    break
            self.people[key] = p
        return p

    def address(self, key, cc=None):
        a = self.addrs.get(key)
        if a is None:
            a = Address(self.rng, cc or self.cc)
            self.addrs[key] = a
        return a

    def slot(self, name, num, attr, arg):
        rng, lang = self.rng, self.lang
        P = "PERSON"
        if name == "p":
            p = self.person(num or "1")
            a = attr or ""
            if a == "":
                return [(p.full(), P)]
            if a == "f":
                return [(p.first, P)]
            if a == "l":
                return [(p.last, P)]
            if a == "lf":
                return [(p.last_first(), P)]
            if a == "LF":
                return [(f"{p.last.upper()}, {p.first}", P)]
            if a == "UP":
                return [(p.full().upper(), P)]
            if a == "lc":
                return [(p.first.split(" ")[0].lower(), P)]
            if a == "lcl":
                return [(p.full().lower(), P)]
            if a == "i":
                return [(p.init(), P)]
            if a == "s":
                return [(p.short(), P)]
            if a == "hon":
                return [(rng.choice(HON[lang][p.female]) + " ", None), (p.last, P)]
            if a == "honf":
                return [(rng.choice(HON[lang][p.female]) + " ", None), (p.full(), P)]
            if a == "dr":
                return [("Dr. ", None), (rng.choice([p.full(), p.full(), p.last]), P)]
            if a == "hdr":
                h = rng.choice(HON[lang][p.female])
                return [(f"{h} Dr. ", None), (rng.choice([p.last, p.full()]), P)]
            if a == "sgh":
                if lang == "de":
                    return [(("Sehr geehrte Frau " if p.female else "Sehr geehrter Herr "), None), (p.last, P)]
                return [("Dear " + rng.choice(HON["en"][p.female]) + " ", None), (p.last, P)]
            if a == "lieb":
                if lang == "de":
                    return [("Liebe " if p.female else "Lieber ", None), (p.first, P)]
                return [("Dear ", None), (p.first, P)]
            if a == "sal":
                return [(rng.choice(HON[lang][p.female]), None)]
            if a == "g":
                fe, ma = arg.split("|")
                return [(fe if p.female else ma, None)]
            if a == "em":
                return [(p.email(rng, lang, self.cc), "EMAIL")]
            if a == "h":
                key = "h" + (num or "1")
                if key not in self.vals:
                    self.vals[key] = p.handle(rng)
                return [(self.vals[key], None)]
            if a == "first":  # given name as written in a separate cell, capitals allowed via arg
                return [(p.first.upper() if arg == "up" else p.first, P)]
            if a == "last":
                return [(p.last.upper() if arg == "up" else p.last, P)]
            raise KeyError(a)
        if name == "a":
            ad = self.address(num or "1", arg or None)
            a = attr or ""
            if a == "":
                return [(ad.one(), "STREET_ADDRESS")]
            if a == "two":
                return [(ad.two(), "STREET_ADDRESS")]
            if a == "str":
                return [(ad.street_only(), "STREET_ADDRESS")]
            if a == "plz":
                return [(ad.plz, None)]
            if a == "town":
                return [(ad.town, None)]
            if a == "city":
                return [(ad.cityline(), None)]
            if a == "state":
                return [(getattr(ad, "state", ""), None)]
            if a == "country":
                return [(COUNTRY_NAME[lang][ad.cc], None)]
            if a == "cc":
                return [(ad.cc, None)]
            raise KeyError(a)
        key = name + (num or "") + (":" + arg if arg else "")
        if key in self.vals:
            return [self.vals[key]]
        cc = arg if arg and name in ("tel", "mob", "fix", "iban") else self.cc
        if name == "tel":
            piece = (phone(rng, cc), "PHONE")
        elif name == "mob":
            piece = (phone(rng, cc, mobile=True), "PHONE")
        elif name == "fix":
            piece = (phone(rng, cc, mobile=False), "PHONE")
        elif name == "iban":
            icc = cc if cc in IBAN_LEN else ("GB" if lang == "en" else "DE")
            piece = (iban(rng, icc), "IBAN")
        elif name == "card":
            piece = (card(rng), "CREDIT_CARD")
        elif name == "last":
            c = self.vals.get("card") or self.vals.get("card2")
            piece = (c[0].replace(" ", "").replace("-", "")[-4:] if c else digits(rng, 4), None)
        elif name == "tax":
            piece = (tax_id(rng), "DE_TAX_ID")
        elif name == "ip":
            piece = (ip_public(rng), "IP_ADDRESS")
        elif name == "ipp":
            piece = (ip_private(rng), "IP_ADDRESS")
        elif name == "ipsix":
            piece = (ip_v6(rng), "IP_ADDRESS")
        elif name == "ipl":
            piece = (ip_loop(rng), "IP_ADDRESS")
        elif name == "ipa":
            piece = (ip_any(rng), "IP_ADDRESS")
        elif name in LOOKALIKE_KINDS:
            piece = (lookalike(rng, lang, name, arg), None)
        else:
            raise KeyError(name)
        self.vals[key] = piece
        return [piece]


def render(template: str, ctx: Ctx):
    rng = ctx.rng
    while True:
        m = ALT.search(template)
        if not m:
            break
        template = template[:m.start()] + rng.choice(m.group(1).split("|")) + template[m.end():]
    pieces = []
    pos = 0
    for m in SLOT.finditer(template):
        if m.start() > pos:
            pieces.append((template[pos:m.start()], None))
        pieces.extend(ctx.slot(m.group(1), m.group(2), m.group(3), m.group(4)))
        pos = m.end()
    pieces.append((template[pos:], None))
    text, spans, off = [], [], 0
    for s, label in pieces:
        if label:
            spans.append({"type": label, "start": off, "end": off + len(s), "value": s})
        text.append(s)
        off += len(s)
    return "".join(text), spans


# ---------------------------------------------------------------- self-checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?![0-9A-Za-z:])")
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}")
CARD_RE = re.compile(r"(?<!\d)(?<!\d[ -])\d(?:[ -]?\d){12,18}(?![ -]?\d)")
TAX_RE = re.compile(r"(?<!\d)(?<!\d )\d(?: ?\d){10}(?! ?\d)")
PARTICLES = {"von", "van", "der", "den", "de", "la", "le", "zu", "di", "da", "del", "dos", "du", "ter", "ten", "mc", "mac", "nic", "giolla", "ó"}
VALIDATORS = {"IBAN": iban_valid, "CREDIT_CARD": card_valid, "DE_TAX_ID": tax_valid}


def masked(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "\u2588"
    return "".join(chars)


def problems(text, spans, has_pii):
    out = []
    if has_pii and not spans:
        out.append("no span")
    if not has_pii and spans:
        out.append("span in clean text")
    last_end = -1
    for s in spans:
        if text[s["start"]:s["end"]] != s["value"]:
            out.append("value mismatch")
        if s["value"] != s["value"].strip() or not s["value"]:
            out.append("space at value end")
        if s["start"] < last_end:
            out.append("overlap")
        last_end = s["end"]
        v = VALIDATORS.get(s["type"])
        if v and not v(s["value"]):
            out.append("checksum " + s["type"])
        if s["type"] == "IP_ADDRESS":
            try:
                ipaddress.ip_address(s["value"])
            except ValueError:
                out.append("bad ip")
    for a, b in zip(spans, spans[1:]):
        if a["type"] == b["type"] == "PERSON" and text[a["end"]:b["start"]].strip(" ") == "" and "\t" not in text[a["end"]:b["start"]]:
            out.append("adjacent person spans")
    m = masked(text, spans)
    if EMAIL_RE.search(m):
        out.append("email outside span")
    for x in IPV4_RE.finditer(m):
        if all(int(g) <= 255 for g in x.groups()):
            out.append("ipv4 outside span")
    for x in IPV6_RE.finditer(m):
        tok = x.group(0)
        if tok.count(":") >= 2:
            try:
                ipaddress.IPv6Address(tok)
                out.append("ipv6 outside span")
            except ValueError:
                pass
    for x in IBAN_RE.finditer(m):
        compact = x.group(0).replace(" ", "")
        for n in range(15, len(compact) + 1):
            if iban_valid(compact[:n]):
                out.append("iban outside span")
                break
    for x in CARD_RE.finditer(m):
        if card_valid(x.group(0)):
            out.append("card outside span")
    for x in TAX_RE.finditer(m):
        if tax_valid(x.group(0)):
            out.append("tax id outside span")
    # unlabelled copies of labelled name parts (outside spans, e-mails and @handles)
    m2 = re.sub(r"@[\w.\-]+", lambda mm: "\u2588" * len(mm.group(0)), m)
    parts = []
    for s in spans:
        if s["type"] != "PERSON":
            continue
        for part in re.split(r"[\s,.\-]+", s["value"]):
            if len(part) < 3 or part.lower() in PARTICLES:
                continue
            parts.append(part)
    for part in parts:
        forms = [part, part.upper()]
        if part.islower():
            forms.append(part.capitalize())
        for f in forms:
            if re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", m2):
                out.append("unlabelled name copy: " + f)
                break
    return out
