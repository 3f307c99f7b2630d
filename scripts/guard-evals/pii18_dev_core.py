"""Core of the eighteenth PII bank, dev half: people, addresses, values with check digits,
look-alikes, the piece builder and the self-checks. Python 3.11 standard library only.

A template is a function `f(g) -> list` of pieces: a plain `str`, or a `(TYPE, value)` tuple for a
labelled span, or `("_H", value)` for a handle or URL that is never labelled but may contain a
name (the check for unlabelled names skips it).
"""

import ipaddress
import random
import re
import unicodedata

from pii18_dev_names import ALL_NAME_WORDS, ORIGINS, PARTICLES, WEIGHTS

TYPES = ["PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]


def N(v):
    return ("PERSON", v)


def A(v):
    return ("STREET_ADDRESS", v)


def PH(v):
    return ("PHONE", v)


def EM(v):
    return ("EMAIL", v)


def IB(v):
    return ("IBAN", v)


def CC(v):
    return ("CREDIT_CARD", v)


def IP(v):
    return ("IP_ADDRESS", v)


def TX(v):
    return ("DE_TAX_ID", v)


def H(v):
    return ("_H", v)


# ---------------------------------------------------------------- check digits


def iban_ok(value: str) -> bool:
    v = value.replace(" ", "")
    if len(v) < 15 or not v[:2].isalpha() or not v[2:4].isdigit():
        return False
    if IBAN_LEN.get(v[:2]) != len(v):
        return False
    try:
        return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1
    except ValueError:
        return False


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "NL": 18, "FR": 27, "IT": 27, "ES": 24, "BE": 16, "LU": 20, "PL": 28, "DK": 18}


def make_iban(rng, country, grouped):
    up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def d(n):
        return "".join(rng.choice("0123456789") for _ in range(n))

    bban = {
        "DE": lambda: rng.choice(["100", "200", "300", "370", "500", "600", "700", "760", "830"]) + d(5) + d(10),
        "AT": lambda: rng.choice(["12000", "14000", "20111", "32000", "35000", "60000"]) + d(11),
        "CH": lambda: rng.choice(["00762", "00230", "00700", "08390", "80808"]) + d(12),
        "GB": lambda: rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + d(14),
        "IE": lambda: rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + d(14),
        "NL": lambda: rng.choice(["INGB", "ABNA", "RABO", "TRIO", "SNSB"]) + d(10),
        "FR": lambda: d(10) + d(11) + d(2),
        "IT": lambda: rng.choice(up) + d(10) + d(12),
        "ES": lambda: d(20),
        "BE": lambda: d(12),
    }[country]()
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    value = f"{country}{98 - int(num) % 97:02d}{bban}"
    assert iban_ok(value), value
    if grouped:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def luhn_ok(number: str) -> bool:
    if not number.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(number)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def issuer_ok(number: str) -> bool:
    n = len(number)
    if number.startswith("4"):
        return n in (16, 19)
    if 51 <= int(number[:2]) <= 55 or 2221 <= int(number[:4]) <= 2720:
        return n == 16
    if number[:2] in ("34", "37"):
        return n == 15
    if number.startswith("6011") or number.startswith("65") or 644 <= int(number[:3]) <= 649:
        return n in (16, 19)
    if 3528 <= int(number[:4]) <= 3589:
        return n == 16
    return False


def card_ok(value: str) -> bool:
    v = re.sub(r"[ -]", "", value)
    return v.isdigit() and 15 <= len(v) <= 19 and luhn_ok(v) and issuer_ok(v)


def _luhn_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def make_card(rng, kind=None, style=None):
    kind = kind or rng.choices(["visa", "mc", "mc2", "amex", "disc", "jcb"], [44, 28, 6, 12, 6, 4])[0]
    prefix, n = {
        "visa": ("4" + rng.choice(["0", "1", "2", "5", "7", "9"]), 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "disc": (rng.choice(["6011", "65"]), 16),
        "jcb": (str(rng.randint(3528, 3589)), 16),
    }[kind]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    num = body + _luhn_digit(body)
    assert card_ok(num)
    style = style or rng.choices(["space", "dash", "compact"], [55, 15, 30])[0]
    if style == "compact":
        return num
    groups = [num[:4], num[4:10], num[10:]] if n == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    return (" " if style == "space" else "-").join(groups)


def taxid_ok(value: str) -> bool:
    v = value.replace(" ", "")
    if len(v) != 11 or not v.isdigit() or v[0] == "0":
        return False
    body = v[:10]
    counts = [body.count(c) for c in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        for i in range(8):
            if body[i] == body[i + 1] == body[i + 2]:
                return False
    product = 10
    for c in body:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return check == int(v[10])


def make_taxid(rng, grouped=None):
    while True:
        digits = list("0123456789")
        rng.shuffle(digits)
        rep = digits[0]
        times = rng.choice([2, 2, 3])
        body = digits[1 : 1 + 10 - times] + [rep] * times
        rng.shuffle(body)
        b = "".join(body)
        if b[0] == "0":
            continue
        product = 10
        for c in b:
            s = (int(c) + product) % 10 or 10
            product = (s * 2) % 11
        check = (11 - product) % 10
        v = b + str(check)
        if taxid_ok(v):
            break
    if grouped is None:
        grouped = rng.random() < 0.35
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if grouped else v


def gtin(rng, n=13):
    body = rng.choice(["400", "401", "426", "427", "405", "761", "900", "871", "501", "080"])[: n - 1]
    body += "".join(rng.choice("0123456789") for _ in range(n - 1 - len(body)))
    total = sum(int(c) * (3 if (len(body) - i) % 2 == 1 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def gift_card(rng):
    """A 16-digit gift-card number that fails Luhn (so it is no card number)."""
    while True:
        v = rng.choice(["6", "9", "4", "5"]) + "".join(rng.choice("0123456789") for _ in range(15))
        if not luhn_ok(v):
            return rng.choice([v, " ".join(v[i : i + 4] for i in range(0, 16, 4))])


def masked_card(rng, lang):
    last = "".join(rng.choice("0123456789") for _ in range(4))
    first = rng.choice(["4", "5", "37"])
    return rng.choice(
        [
            f"**** **** **** {last}",
            f"•••• •••• •••• {last}",
            f"XXXX-XXXX-XXXX-{last}",
            f"{first}{rng.randint(10, 99)}{rng.randint(10, 99)} XX** **** {last}",
            f"{first}{rng.randint(100, 999)}{rng.randint(10, 99)}******{last}",
            (f"Visa endet auf {last}" if lang == "de" else f"Visa ending {last}"),
            (f"Mastercard ****{last}"),
        ]
    )


# ---------------------------------------------------------------- invented names

_ON = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "dr", "fr", "gl", "kr", "pl", "sch", "st", "th", "tr", "wr"]
_NU = ["a", "e", "i", "o", "u", "a", "e", "ie", "ei", "au", "ea", "y"]
_CO = ["", "", "", "n", "l", "r", "m", "s", "nd", "rn", "lt", "st", "ck", "ld"]
_FEM = ["a", "ina", "ette", "ie", "ara", "ela"]
_MASC = ["o", "an", "ert", "win", "mar", "ric"]
_SUR = ["", "", "er", "ner", "mann", "holt", "ke", "ing", "ow", "berg", "ski", "ard", "ley", "son", "stedt", "ani", "ez"]
_STOP = {
    "bank", "bild", "brand", "darling", "grand", "kind", "land", "mann", "mark", "name", "post", "rand", "sand",
    "band", "wand", "wind", "hand", "rind", "rest", "test", "list", "last", "must", "mist", "most", "best",
    "bold", "gold", "held", "feld", "wald", "halt", "salt", "melt", "lost", "post", "stand", "trend", "send",
}


def invented_name(rng, gender):
    def syl():
        return rng.choice(_ON) + rng.choice(_NU) + rng.choice(_CO)

    while True:
        first = syl() + (rng.choice(_FEM) if gender == "f" else rng.choice(_MASC))
        last = syl() + rng.choice(["", syl()]) + rng.choice(_SUR)
        first, last = first.capitalize(), last.capitalize()
        if not (4 <= len(first) <= 10 and 4 <= len(last) <= 13):
            continue
        if re.search(r"(.)\1\1|[aeiouy]{3}|[^aeiouy]{4}", first.lower() + " " + last.lower()):
            continue
        if any(w.lower() in ALL_NAME_WORDS or w.lower() in _STOP or w.lower() in STREET_WORDS for w in (first, last)):
            continue
        return first, last


# ---------------------------------------------------------------- people


class Person:
    def __init__(self, first, last, gender, origin, invented):
        self.first, self.last, self.gender, self.origin, self.invented = first, last, gender, origin, invented

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def lf(self):
        return f"{self.last}, {self.first}"

    @property
    def LF(self):
        return f"{self.last.upper()}, {self.first}"

    @property
    def caps(self):
        return self.full.upper()

    @property
    def lower(self):
        return self.full.lower()

    @property
    def core(self):
        """The surname without leading particles ("van der Sloot" -> "Sloot")."""
        parts = self.last.split()
        while len(parts) > 1 and parts[0].lower() in PARTICLES:
            parts = parts[1:]
        return " ".join(parts)

    @property
    def fi(self):
        return f"{self.first[0]}. {self.last}"

    @property
    def li(self):
        c = self.core.lstrip("'")
        c = c[2] if c.startswith("O'") and len(c) > 2 else c[0]
        return f"{self.first} {c.upper()}."

    def hon(self, lang):
        if lang == "de":
            return "Frau" if self.gender == "f" else "Herr"
        return self.hon_en

    hon_en = "Ms"

    def herrn(self):
        return "Frau" if self.gender == "f" else "Herrn"

    def sg(self):
        return "Sehr geehrte Frau" if self.gender == "f" else "Sehr geehrter Herr"

    def login(self, rng, style=None):
        f, l = fold(self.first).lower().replace(" ", ""), fold(self.core).lower().replace(" ", "")
        style = style if style is not None else rng.randrange(7)
        return [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[0]}", f"{f}_{l}", f"{l}.{f}", f"{f}{rng.randint(2, 99)}", f"{f}-{l}"][style]


def fold(s):
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -"))


MAIL = {
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "mailbox.org", "gmx.at", "bluewin.ch", "icloud.com", "aon.at", "hotmail.de", "yahoo.de"],
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com", "btinternet.com", "proton.me", "sky.com", "eircom.net", "comcast.net", "me.com", "live.co.uk"],
}
COMPANY_DOMAINS = ["talgrat.de", "talgrat.com"]

# ---------------------------------------------------------------- addresses

STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schulstraße", "Lindenstraße", "Bergstraße", "Kirchweg", "Am Mühlbach",
           "Schillerstraße", "Goethestraße", "Mozartstraße", "Ringstraße", "Waldweg", "Birkenweg", "Ahornweg", "Eichendorffstraße",
           "Friedrich-Ebert-Straße", "Karl-Marx-Allee", "Kastanienallee", "Am Anger", "Auf der Höhe", "Hinter den Gärten", "Zum Sportplatz",
           "Rosenheimer Straße", "Leopoldstraße", "Sendlinger Str.", "Bismarckstr.", "Kaiserstraße", "Marktplatz", "Am Hafen",
           "Wiesenweg", "Feldstraße", "Brunnenstraße", "Uhlandstraße", "Königsallee", "Neue Straße", "Alte Dorfstraße", "Im Winkel",
           "Elbchaussee", "Schanzenstraße", "Torstraße", "Kollwitzstraße", "Dresdner Str.", "Bürgermeister-Wegele-Straße", "Ludwigstr.",
           "Oberer Graben", "Unterer Markt", "Hochgernstraße", "Zugspitzstraße", "Kampenwandstraße", "Watzmannweg", "Allgäuer Straße"],
    "AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Maria-Theresien-Straße", "Linzer Gasse", "Getreidegasse",
           "Annenstraße", "Praterstraße", "Schönbrunner Straße", "Neubaugasse", "Kaiserstraße", "Hauptplatz", "Dorfstraße", "Innrain",
           "Museumstraße", "Franz-Josef-Straße", "Bahnhofstraße", "Schmiedgasse", "Wiener Straße", "Salzachgasse"],
    "CH": ["Bahnhofstrasse", "Limmatquai", "Seestrasse", "Dorfstrasse", "Kramgasse", "Spitalgasse", "Rennweg", "Hauptstrasse",
           "Marktgasse", "Zürichstrasse", "Bernstrasse", "Kirchweg", "Obergasse", "Poststrasse", "Badenerstrasse", "Alpenstrasse",
           "Schulhausstrasse", "Gartenstrasse", "Langstrasse", "Rue du Marché"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Kings Road", "Queen Street",
           "Manor Road", "Green Lane", "The Crescent", "Orchard Close", "Westgate", "Castle Street", "Albert Road", "Chapel Street",
           "Springfield Road", "Meadow View", "Ash Grove", "New Road", "Lakeside Drive", "Bridge Street", "Fell View", "Market Place"],
    "US": ["Main St", "Oak Avenue", "Maple Drive", "Pine Street", "Cedar Ln", "Elm St", "Washington Ave", "Lakeview Drive", "Ridge Road",
           "2nd Street", "Sunset Blvd", "Mountain View Rd", "Aspen Way", "Canyon Road", "Mill Creek Dr", "Highland Ave", "Park Place",
           "N 4th St", "W Pearl St", "Spruce Court", "River Road", "Hickory Lane"],
    "IE": ["Main Street", "Church Street", "Bridge Street", "Shop Street", "Quay Street", "Mill Road", "Castle Street", "Strand Road",
           "Oliver Plunkett Street", "Patrick Street", "The Mall", "Harbour View", "Sea Road", "Abbey Street"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Alpes", "chemin des Vignes", "place du Marché",
           "rue Pasteur", "rue Victor Hugo", "avenue de la Gare", "rue du Lac", "allée des Tilleuls", "route de Chamonix"],
    "NL": ["Keizersgracht", "Prinsengracht", "Oudegracht", "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Nieuwstraat",
           "Lange Voorhout", "Vondelstraat", "Witte de Withstraat", "Zeestraat"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Italia", "Via Dante", "Piazza Walther", "Via Mazzini", "Viale dei Mille", "Via Cavour",
           "Via dei Portici", "Corso Vittorio Emanuele II"],
}
STREET_WORDS = sorted({w.lower() for v in STREETS.values() for s in v for w in re.split(r"[ \-]", s)})

TOWNS = {
    "DE": [("10115", "Berlin"), ("10437", "Berlin"), ("80331", "München"), ("81667", "München"), ("20095", "Hamburg"), ("22767", "Hamburg"),
           ("50667", "Köln"), ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"), ("04109", "Leipzig"), ("01067", "Dresden"),
           ("90402", "Nürnberg"), ("30159", "Hannover"), ("28195", "Bremen"), ("44135", "Dortmund"), ("79098", "Freiburg im Breisgau"),
           ("87435", "Kempten (Allgäu)"), ("83022", "Rosenheim"), ("82467", "Garmisch-Partenkirchen"), ("93047", "Regensburg"),
           ("69117", "Heidelberg"), ("24103", "Kiel"), ("18055", "Rostock"), ("99084", "Erfurt"), ("55116", "Mainz"), ("86150", "Augsburg"),
           ("89073", "Ulm"), ("78462", "Konstanz"), ("87527", "Sonthofen"), ("83471", "Berchtesgaden"), ("37073", "Göttingen"),
           ("48143", "Münster"), ("33602", "Bielefeld"), ("53111", "Bonn"), ("34117", "Kassel"), ("97070", "Würzburg"), ("94032", "Passau"),
           ("88212", "Ravensburg"), ("72070", "Tübingen"), ("06108", "Halle (Saale)"), ("83209", "Prien am Chiemsee"), ("87561", "Oberstdorf")],
    "AT": [("1010", "Wien"), ("1070", "Wien"), ("1030", "Wien"), ("8010", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"), ("6020", "Innsbruck"),
           ("9020", "Klagenfurt am Wörthersee"), ("6900", "Bregenz"), ("3100", "St. Pölten"), ("6370", "Kitzbühel"), ("5700", "Zell am See"),
           ("8970", "Schladming"), ("6850", "Dornbirn"), ("6580", "St. Anton am Arlberg")],
    "CH": [("8001", "Zürich"), ("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"), ("7000", "Chur"),
           ("3920", "Zermatt"), ("3800", "Interlaken"), ("6300", "Zug"), ("8400", "Winterthur"), ("5000", "Aarau"), ("7270", "Davos Platz"),
           ("3818", "Grindelwald"), ("6390", "Engelberg")],
    "GB": [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Cardiff", "CF"), ("Kendal", "LA"),
           ("Keswick", "CA"), ("York", "YO"), ("Sheffield", "S"), ("Inverness", "IV"), ("Fort William", "PH"), ("Bath", "BA"), ("Oxford", "OX"),
           ("Cambridge", "CB"), ("Brighton", "BN"), ("Norwich", "NR"), ("Exeter", "EX"), ("Swansea", "SA"), ("Aberdeen", "AB"),
           ("London", "SW"), ("London", "N"), ("London", "E"), ("Betws-y-Coed", "LL"), ("Ambleside", "LA")],
    "US": [("Boulder", "CO", "80302"), ("Denver", "CO", "80202"), ("Portland", "OR", "97205"), ("Seattle", "WA", "98101"), ("Bend", "OR", "97701"),
           ("Salt Lake City", "UT", "84101"), ("Burlington", "VT", "05401"), ("Asheville", "NC", "28801"), ("Madison", "WI", "53703"),
           ("Austin", "TX", "78701"), ("Bozeman", "MT", "59715"), ("Flagstaff", "AZ", "86001"), ("Ann Arbor", "MI", "48104"),
           ("Chicago", "IL", "60601"), ("Brooklyn", "NY", "11201"), ("Minneapolis", "MN", "55401"), ("Missoula", "MT", "59801"),
           ("Anchorage", "AK", "99501"), ("Sacramento", "CA", "95814"), ("Reno", "NV", "89501"), ("Jackson", "WY", "83001")],
    "IE": [("Dublin 2", "D02"), ("Dublin 8", "D08"), ("Galway", "H91"), ("Cork", "T12"), ("Limerick", "V94"), ("Westport, Co. Mayo", "F28"),
           ("Killarney, Co. Kerry", "V93"), ("Sligo", "F91"), ("Kilkenny", "R95"), ("Clifden, Co. Galway", "H71")],
    "FR": [("75011", "Paris"), ("69002", "Lyon"), ("74400", "Chamonix-Mont-Blanc"), ("38000", "Grenoble"), ("13001", "Marseille"),
           ("67000", "Strasbourg"), ("31000", "Toulouse"), ("64200", "Biarritz"), ("73000", "Chambéry"), ("65000", "Tarbes"), ("74000", "Annecy")],
    "NL": [("1015", "Amsterdam"), ("3011", "Rotterdam"), ("3511", "Utrecht"), ("2511", "Den Haag"), ("5611", "Eindhoven"), ("9711", "Groningen"),
           ("6811", "Arnhem"), ("2311", "Leiden")],
    "IT": [("20121", "Milano"), ("39100", "Bolzano"), ("38122", "Trento"), ("10121", "Torino"), ("00185", "Roma"), ("50122", "Firenze"),
           ("32043", "Cortina d'Ampezzo"), ("11013", "Courmayeur"), ("24121", "Bergamo"), ("39012", "Meran")],
}
COUNTRY_NAME = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA", "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}


class Address:
    def __init__(self, rng, country):
        self.country = country
        s = rng.choice(STREETS[country])
        if country in ("DE", "AT", "CH", "NL", "IT"):
            num = str(rng.choice([rng.randint(1, 40), rng.randint(1, 150), rng.randint(1, 12)]))
            if country in ("DE", "CH") and rng.random() < 0.15:
                num += rng.choice(["a", "b", "c"])
            if country == "AT" and rng.random() < 0.35:
                num += f"/{rng.randint(1, 9)}" + rng.choice(["", f"/{rng.randint(1, 24)}"])
            if country == "NL" and rng.random() < 0.3:
                num += rng.choice(["-II", " hs", "A", "-1"])
            self.street = f"{s} {num}" if country != "IT" or not s.startswith("Corso V") else f"{s}, {num}"
            zipc, town = rng.choice(TOWNS[country])
            if country == "NL":
                zipc = f"{zipc} {rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}"
            if country == "AT" and rng.random() < 0.2:
                zipc = "A-" + zipc
            if country == "CH" and rng.random() < 0.25:
                zipc = "CH-" + zipc
            if country == "DE" and rng.random() < 0.06:
                zipc = "D-" + zipc
            self.zip, self.town = zipc, town
            self.town_line = f"{zipc} {town}"
        elif country == "FR":
            self.street = f"{rng.randint(1, 120)}{rng.choice(['', '', '', ' bis'])} {s}"
            self.zip, self.town = rng.choice(TOWNS[country])
            self.town_line = f"{self.zip} {self.town}"
        elif country == "GB":
            self.street = rng.choice([f"{rng.randint(1, 180)} {s}", f"Flat {rng.randint(1, 12)}, {rng.randint(2, 90)} {s}", f"{rng.randint(1, 60)} {s}"])
            town, area = rng.choice(TOWNS[country])
            self.zip = f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            self.town = town
            self.town_line = f"{town} {self.zip}"
        elif country == "US":
            st = f"{rng.randint(10, 9899)} {s}"
            if rng.random() < 0.25:
                st += rng.choice([f", Apt {rng.randint(1, 40)}", f" Suite {rng.randint(100, 990)}", f", Unit {rng.randint(1, 20)}{rng.choice(['', 'B'])}"])
            self.street = st
            town, state, zipc = rng.choice(TOWNS[country])
            self.zip, self.town = zipc, town
            self.town_line = f"{town}, {state} {zipc}"
        elif country == "IE":
            self.street = rng.choice([f"{rng.randint(1, 90)} {s}", f"Apt {rng.randint(1, 30)}, {rng.randint(1, 40)} {s}"])
            town, key = rng.choice(TOWNS[country])
            alnum = "0123456789ACDEFHKNPRTVWXY"
            self.zip = key + " " + "".join(rng.choice(alnum) for _ in range(4))
            self.town = town
            self.town_line = f"{town} {self.zip}" if rng.random() < 0.7 else town
        self.country_name = None

    @property
    def one(self):
        return f"{self.street}, {self.town_line}"

    @property
    def two(self):
        return f"{self.street}\n{self.town_line}"


# ---------------------------------------------------------------- phones


def make_phone(rng, country, form=None):
    def d(n):
        return "".join(rng.choice("0123456789") for _ in range(n))

    form = form or rng.choice(["nat", "intl"])
    if country == "DE":
        area = rng.choice(["30", "40", "89", "221", "69", "711", "351", "341", "511", "911", "8031", "8821", "831", "761", "7531", "8652"])
        mob = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "178", "179", "1512", "1520"])
        if form == "nat":
            return rng.choice([f"0{area} {d(7)}", f"0{area}/{d(6)}", f"0{area} / {d(3)} {d(2)} {d(2)}", f"(0{area}) {d(6)}", f"0{mob} {d(7)}",
                               f"0{mob}/{d(3)} {d(4)}", f"0{area} {d(5)}-{d(2)}", f"0{mob}-{d(7)}"])
        return rng.choice([f"+49 {area} {d(7)}", f"+49 (0){area} {d(6)}", f"+49 {mob} {d(7)}", f"+49 {mob} {d(3)} {d(4)}", f"0049 {area} {d(7)}",
                           f"+49-{area}-{d(6)}", f"+49{mob}{d(7)}"])
    if country == "AT":
        area = rng.choice(["1", "316", "732", "662", "512", "463", "5574", "5356", "6542"])
        mob = rng.choice(["664", "676", "699", "650", "660"])
        if form == "nat":
            return rng.choice([f"0{area} {d(6)}", f"0{area}/{d(6)}", f"0{mob} {d(7)}", f"0{mob} {d(3)} {d(2)} {d(2)}", f"0{area} {d(3)} {d(2)} {d(2)}"])
        return rng.choice([f"+43 {area} {d(6)}", f"+43 (0){area} {d(6)}", f"+43 {mob} {d(7)}", f"+43 {mob} {d(3)} {d(2)} {d(2)}", f"0043 {mob} {d(7)}"])
    if country == "CH":
        area = rng.choice(["44", "31", "61", "41", "71", "81", "27", "33"])
        mob = rng.choice(["76", "77", "78", "79"])
        a = rng.choice([area, mob])
        if form == "nat":
            return f"0{a} {d(3)} {d(2)} {d(2)}"
        return rng.choice([f"+41 {a} {d(3)} {d(2)} {d(2)}", f"+41 (0){a} {d(3)} {d(2)} {d(2)}", f"0041 {a} {d(3)} {d(2)} {d(2)}", f"+41{a}{d(7)}"])
    if country == "GB":
        if form == "nat":
            return rng.choice([f"07{d(3)} {d(6)}", f"020 {rng.randint(3, 8)}{d(3)} {d(4)}", f"0161 {d(3)} {d(4)}", f"0113 {d(3)} {d(4)}", f"015394 {d(5)}",
                               f"0131 {d(3)} {d(4)}", f"01{d(3)} {d(6)}", f"07{d(3)}-{d(3)}-{d(3)}"])
        return rng.choice([f"+44 7{d(3)} {d(6)}", f"+44 20 {rng.randint(3, 8)}{d(3)} {d(4)}", f"+44 (0)161 {d(3)} {d(4)}", f"+44 (0)7{d(3)} {d(6)}", f"+447{d(9)}", f"0044 131 {d(3)} {d(4)}"])
    if country == "US":
        ar = f"{rng.randint(2, 9)}{d(2)}"
        ex = f"{rng.randint(2, 9)}{d(2)}"
        if form == "nat":
            return rng.choice([f"({ar}) {ex}-{d(4)}", f"{ar}-{ex}-{d(4)}", f"{ar}.{ex}.{d(4)}"])
        return rng.choice([f"+1 {ar} {ex} {d(4)}", f"+1 ({ar}) {ex}-{d(4)}", f"+1-{ar}-{ex}-{d(4)}", f"+1{ar}{ex}{d(4)}"])
    if country == "IE":
        if form == "nat":
            return rng.choice([f"08{rng.choice('35679')} {d(3)} {d(4)}", f"01 {d(3)} {d(4)}", f"091 {d(6)}", f"021 {d(3)} {d(4)}", f"08{rng.choice('35679')}-{d(7)}"])
        return rng.choice([f"+353 8{rng.choice('35679')} {d(3)} {d(4)}", f"+353 1 {d(3)} {d(4)}", f"+353 (0)91 {d(6)}", f"00353 8{rng.choice('35679')} {d(7)}"])
    if country == "FR":
        two = lambda: f"{rng.randint(0, 99):02d}"  # noqa: E731
        if form == "nat":
            return f"0{rng.choice('1234567')} {two()} {two()} {two()} {two()}"
        return rng.choice([f"+33 {rng.choice('1234567')} {two()} {two()} {two()} {two()}", f"+33 (0){rng.choice('4567')} {two()} {two()} {two()} {two()}"])
    if country == "NL":
        if form == "nat":
            return rng.choice([f"06 {d(8)}", f"06-{d(8)}", f"020 {d(3)} {d(4)}", f"030-{d(7)}"])
        return rng.choice([f"+31 6 {d(8)}", f"+31 20 {d(3)} {d(4)}", f"+31 (0)6 {d(4)} {d(4)}"])
    if country == "IT":
        if form == "nat":
            return rng.choice([f"3{rng.randint(20, 49)} {d(7)}", f"02 {d(4)} {d(4)}", f"0471 {d(6)}", f"3{rng.randint(20, 49)} {d(3)} {d(4)}"])
        return rng.choice([f"+39 3{rng.randint(20, 49)} {d(3)} {d(4)}", f"+39 02 {d(4)} {d(4)}", f"+39 0471 {d(6)}", f"0039 3{rng.randint(20, 49)} {d(7)}"])
    raise KeyError(country)


# ---------------------------------------------------------------- IPs


def make_ip(rng, kind=None):
    kind = kind or rng.choices(["v4pub", "v4priv", "v4loop", "v6pub", "v6ula", "v6ll", "v6loop"], [48, 18, 3, 17, 5, 6, 3])[0]
    if kind == "v4pub":
        first = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 109, 141, 145, 176, 178, 185, 188, 193, 195, 212, 213, 217, 24, 50, 66, 73, 98, 104, 151])
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == "v4priv":
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
    if kind == "v4loop":
        return "127.0.0.1"
    h = lambda: format(rng.randint(0, 0xFFFF), "x")  # noqa: E731
    if kind == "v6pub":
        pre = rng.choice(["2a02", "2a01", "2003", "2001", "2a00", "2600", "2607", "2a0a", "2c0f"])
        return rng.choice([f"{pre}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}", f"{pre}:{h()}:{h()}::{h()}", f"{pre}:{h()}:{h()}:{h()}::{h()}:{h()}", f"{pre}:{h()}::{h()}"])
    if kind == "v6ula":
        return f"fd{rng.randint(0, 255):02x}:{h()}:{h()}::{h()}"
    if kind == "v6ll":
        return f"fe80::{h()}:{h()}:{h()}:{h()}"
    return "::1"


# ---------------------------------------------------------------- look-alikes (never labelled)

PRODUCTS = [("Almweg", "TG-HT-100", "129,95", "129.95", "Zip-off-Wanderhose", "zip-off trousers"),
            ("Fernkamm 45+10", "TG-BP-045", "229,95", "229.95", "Trekkingrucksack", "trekking backpack"),
            ("Firstwand", "TG-RJ-100", "349,95", "349.95", "3-Lagen-Regenjacke", "3-layer rain jacket"),
            ("Gitterhang", "TG-FL-100", "119,95", "119.95", "Grid-Fleecejacke", "grid fleece"),
            ("Hochsattel 30", "TG-BP-030", "139,95", "139.95", "Wanderrucksack", "hiking backpack"),
            ("Kaltkar", "TG-DJ-100", "289,95", "289.95", "Daunenjacke", "down jacket"),
            ("Morgengrat", "TG-BL-100", "89,95", "89.95", "Merino-Langarmshirt", "merino long-sleeve"),
            ("Rinnental", "TG-SI-100", "219,95", "219.95", "Isolationshoody", "insulated hoody"),
            ("Schauerpass", "TG-RJ-200", "199,95", "199.95", "2,5-Lagen-Regenjacke", "2.5-layer rain jacket"),
            ("Steinlauf", "TG-TS-100", "159,95", "159.95", "Trailrunningschuh", "trail running shoe"),
            ("Trittweg", "TG-SO-100", "24,95", "24.95", "Merino-Wandersocken", "merino hiking socks"),
            ("Wintersteig", "TG-WT-100", "169,95", "169.95", "Wintertrekkinghose", "winter trekking trousers")]
COLOURS = {"de": ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer", "Felsgrau", "Moorbraun", "Flechte", "Alpenglühen", "Kalkstein", "Enzian"],
           "en": ["Tannenschatten (forest)", "Gratblau (ridge blue)", "Hüttenorange", "slate", "rock grey", "moor brown", "lichen", "alpenglow", "limestone", "gentian"]}
SIZES = ["XS", "S", "M", "L", "XL", "XXL"]
BICS = ["COBADEFFXXX", "DEUTDEDBMUC", "GENODEF1M05", "BYLADEM1001", "HYVEDEMMXXX", "SSKMDEMMXXX", "RZOOAT2L", "BKAUATWW", "UBSWCHZH80A", "POFICHBEXXX",
        "BARCGB22", "NWBKGB2L", "AIBKIE2D", "INGBNL2A", "BNPAFRPP", "UNCRITMM", "SOLADEST600", "GIBAATWWXXX"]


class Looks:
    def __init__(self, rng, lang):
        self.rng, self.lang = rng, lang

    def d(self, n):
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def order(self):
        r = self.rng
        return r.choice([f"TG-{r.randint(2024, 2026)}-{self.d(6)}", f"{self.d(8)}", f"#{self.d(6)}", f"A{self.d(7)}", f"{r.randint(300, 999)}-{self.d(7)}-{self.d(7)}", f"TG{self.d(9)}", f"{self.d(4)}-{self.d(4)}-{self.d(3)}", f"0{r.randint(30, 89)} {self.d(4)} {self.d(4)}"])

    def invoice(self):
        r = self.rng
        return r.choice([f"RE-{r.randint(2024, 2026)}-{self.d(5)}", f"INV-{self.d(6)}", f"{r.randint(2024, 2026)}/{self.d(5)}", f"R{self.d(9)}", f"GS-{self.d(6)}"])

    def customer(self):
        r = self.rng
        return r.choice([f"K-{self.d(6)}", f"{self.d(7)}", f"KD{self.d(8)}", f"C-{self.d(5)}", f"00{self.d(8)}"])

    def ticket(self):
        r = self.rng
        return r.choice([f"#{self.d(5)}", f"T-{self.d(6)}", f"SR-{self.d(4)}-{self.d(3)}", f"ZD-{self.d(6)}", f"CS{self.d(7)}"])

    def tracking(self):
        r = self.rng
        return r.choice([f"00340434{self.d(12)}", f"1Z{self.d(3)}E{self.d(2)}{self.d(10)}", f"JJD00{self.d(16)}", f"{self.d(12)}", f"RR{self.d(9)}DE", f"CX{self.d(9)}AT", f"H{self.d(4)}A{self.d(10)}"])

    def sku(self):
        r = self.rng
        p = r.choice(PRODUCTS)
        return r.choice([p[1], f"{p[1]}-{r.choice(SIZES)}", f"{self.d(6)}", f"{self.d(3)}.{self.d(3)}.{self.d(2)}", f"{self.d(5)}-{self.d(2)}", f"TG-{self.d(4)}-{r.randint(10, 99)}"])

    def gtin(self):
        return gtin(self.rng, self.rng.choice([13, 13, 13, 12, 14]))

    def date(self, past=False):
        r = self.rng
        y = r.randint(2024, 2026)
        m, dd = r.randint(1, 12), r.randint(1, 28)
        if self.lang == "de":
            return r.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd:02d}.{m:02d}.{y % 100:02d}", f"{y}-{m:02d}-{dd:02d}", f"{dd}. {MONTHS_DE[m - 1]} {y}"])
        return r.choice([f"{dd}/{m:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd} {MONTHS_EN[m - 1]} {y}", f"{MONTHS_EN[m - 1]} {dd}, {y}"])

    def dob(self):
        r = self.rng
        y, m, dd = r.randint(1950, 2005), r.randint(1, 12), r.randint(1, 28)
        return f"{dd:02d}.{m:02d}.{y}" if self.lang == "de" else r.choice([f"{dd:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{dd:02d}"])

    def time(self):
        r = self.rng
        return f"{r.randint(7, 19)}:{r.choice(['00', '05', '15', '30', '40', '45'])}"

    def times(self, n):
        """n clock times of one conversation, in order."""
        r = self.rng
        start = r.randint(7 * 60, 18 * 60)
        out = []
        for _ in range(n):
            out.append(f"{start // 60:02d}:{start % 60:02d}")
            start += r.randint(1, 25)
        return out

    def price(self):
        r = self.rng
        e, c = r.randint(9, 420), r.choice(["00", "95", "99", "90", "50"])
        if self.lang == "de":
            return r.choice([f"{e},{c} €", f"€ {e},{c}", f"{e},– €", f"EUR {e},{c}", f"CHF {e}.{c}"])
        return r.choice([f"€{e}.{c}", f"£{e}.{c}", f"${e}.{c}", f"EUR {e}.{c}", f"USD {e}.{c}"])

    def product(self):
        return self.rng.choice(PRODUCTS)

    def vat(self):
        r = self.rng
        return r.choice([f"DE{r.randint(1, 3)}{self.d(8)}", f"ATU{self.d(8)}", f"CHE-{self.d(3)}.{self.d(3)}.{self.d(3)} MWST", f"GB {self.d(3)} {self.d(4)} {self.d(2)}", f"IE{self.d(7)}{r.choice('ABCDW')}", f"NL{self.d(9)}B0{r.randint(1, 9)}"])

    def bic(self):
        return self.rng.choice(BICS)

    def steuernummer(self):
        r = self.rng
        return r.choice([f"{self.d(3)}/{self.d(3)}/{self.d(5)}", f"{self.d(2)}/{self.d(3)}/{self.d(5)}", f"{self.d(3)}/{self.d(4)}/{self.d(4)}"])

    def plate(self):
        r = self.rng
        up = "ABCDEFGHKLMNPRSTUVWXYZ"
        return r.choice([f"{r.choice(['M', 'B', 'HH', 'RO', 'GAP', 'OA', 'S', 'K', 'F'])}-{r.choice(up)}{r.choice(up)} {r.randint(10, 9999)}",
                         f"{r.choice(['W', 'I', 'S', 'G'])}-{r.randint(100, 99999)}{r.choice(up)}", f"{r.choice(['ZH', 'BE', 'LU', 'GR'])} {r.randint(1000, 999999)}"])

    def passport(self):
        r = self.rng
        al = "CFGHJKLMNPRTVWXYZ0123456789"
        return r.choice(["C", "L", "K"]) + "".join(r.choice(al) for _ in range(8))


MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


# ---------------------------------------------------------------- the context a template draws from


class G:
    """What a template draws from: people, addresses, values and look-alikes."""

    def __init__(self, rng: random.Random, lang: str, stats: dict):
        self.rng, self.lang = rng, lang
        self.look = Looks(rng, lang)
        self.stats = stats
        self.used = []

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def person(self, origin=None, invent=True, gender=None):
        r = self.rng
        gender = gender or r.choice("fm")
        if invent and r.random() < 0.11:
            first, last = invented_name(r, gender)
            p = Person(first, last, gender, "invented", True)
        else:
            origin = origin or r.choices([o for o, _ in WEIGHTS[self.lang]], [w for _, w in WEIGHTS[self.lang]])[0]
            f, m, s = ORIGINS[origin]
            first = r.choice(f if gender == "f" else m)
            last = r.choice(s)
            if origin in ("german", "austrian") and r.random() < 0.06:
                last = f"{last}-{r.choice(s)}"
            if origin == "english" and r.random() < 0.03:
                last = f"{last}-{r.choice(s)}"
            p = Person(first, last, gender, origin, False)
        # no two people of a text share a name part, no "Berger-Berger"
        parts = [w.lower() for w in re.split(r"[ \-']", p.full) if len(w) > 1 and w.lower() not in PARTICLES]
        if len(parts) != len(set(parts)):
            return self.person(origin, invent, gender)
        for q in self.used:
            if set(parts) & {w.lower() for w in re.split(r"[ \-']", q.full) if w}:
                return self.person(origin, invent, gender)
        p.hon_en = r.choice(["Ms", "Ms", "Mrs", "Ms.", "Mrs.", "Dr"] if gender == "f" else ["Mr", "Mr", "Mr.", "Dr"])
        self.used.append(p)
        return p

    def addr(self, country=None):
        if country is None:
            country = self.rng.choices(["DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT"],
                                       [55, 12, 10, 6, 3, 2, 4, 4, 4] if self.lang == "de" else [12, 4, 3, 38, 22, 10, 4, 3, 4])[0]
        return Address(self.rng, country)

    def country(self):
        return self.rng.choices(["DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT"],
                                [55, 12, 10, 6, 3, 2, 4, 4, 4] if self.lang == "de" else [12, 4, 3, 38, 22, 10, 4, 3, 4])[0]

    def phone(self, country=None, form=None):
        return make_phone(self.rng, country or self.country(), form)

    def email(self, p=None, domain=None):
        r = self.rng
        if p is None:
            local = r.choice(["info", "service", "kontakt", "hello", "team", "einkauf", "buchhaltung", "office", "support", "orders"])
        else:
            local = p.login(r)
        return f"{local}@{domain or r.choice(MAIL[self.lang])}"

    def iban(self, country=None, grouped=None):
        r = self.rng
        country = country or r.choices(["DE", "AT", "CH", "GB", "IE", "NL", "FR", "IT", "ES", "BE"],
                                       [60, 12, 10, 3, 2, 4, 3, 3, 2, 1] if self.lang == "de" else [25, 5, 4, 28, 14, 6, 6, 5, 4, 3])[0]
        return make_iban(r, country, r.random() < 0.65 if grouped is None else grouped)

    def card(self, kind=None, style=None):
        return make_card(self.rng, kind, style)

    def taxid(self, grouped=None):
        return make_taxid(self.rng, grouped)

    def ip(self, kind=None):
        return make_ip(self.rng, kind)


# ---------------------------------------------------------------- assembling and checking


def assemble(pieces):
    text, ents, prot, pos = [], [], [], 0
    for p in pieces:
        if isinstance(p, str):
            s, t = p, None
        else:
            t, s = p
        if t == "_H":
            prot.append((pos, pos + len(s)))
        elif t:
            assert t in TYPES, t
            ents.append({"type": t, "start": pos, "end": pos + len(s), "value": s})
        text.append(s)
        pos += len(s)
    return "".join(text), ents, prot


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
IPV4_RE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}")
DIGITS_RE = re.compile(r"(?<![\d])\d+(?:[ \-]\d+)*")


def _masked(text, spans):
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            chars[i] = "\u2591"
    return "".join(chars)


def problems(text, ents, prot, has_pii):
    """Self-checks of one rendering: an empty list when it is good."""
    out = []
    last = 0
    for e in ents:
        if text[e["start"] : e["end"]] != e["value"]:
            out.append("value")
        if e["value"] != e["value"].strip() or not e["value"]:
            out.append("space")
        if e["start"] < last:
            out.append("overlap")
        last = e["end"]
        v = e["value"]
        if e["type"] == "IBAN" and not iban_ok(v):
            out.append("iban")
        if e["type"] == "CREDIT_CARD" and not card_ok(v):
            out.append("card")
        if e["type"] == "DE_TAX_ID" and not taxid_ok(v):
            out.append("taxid")
        if e["type"] == "EMAIL" and not EMAIL_RE.fullmatch(v):
            out.append("email")
        if e["type"] == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                out.append("ip")
    if has_pii and not ents:
        out.append("no spans")
    if not has_pii and ents:
        out.append("spans in a text without personal data")
    m = _masked(text, [(e["start"], e["end"]) for e in ents])
    if EMAIL_RE.search(m):
        out.append("unlabelled email: " + EMAIL_RE.search(m).group())
    for x in IPV4_RE.finditer(m):
        try:
            ipaddress.IPv4Address(x.group())
            out.append("unlabelled ipv4 " + x.group())
        except ValueError:
            pass
    for x in IPV6_RE.finditer(m):
        if x.group().count(":") >= 2:
            try:
                ipaddress.IPv6Address(x.group())
                out.append("unlabelled ipv6 " + x.group())
            except ValueError:
                pass
    for x in IBAN_RE.finditer(m):
        compact = x.group().replace(" ", "")
        n = IBAN_LEN.get(compact[:2])
        if n and len(compact) >= n and iban_ok(compact[:n]):
            out.append("unlabelled iban")
    for x in DIGITS_RE.finditer(m):
        groups = re.split(r"[ \-]", x.group())
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 19:
                    break
                if 15 <= len(acc) <= 19 and card_ok(acc):
                    out.append("unlabelled card " + acc)
                if len(acc) == 11 and taxid_ok(acc):
                    out.append("unlabelled tax id " + acc)
    # no unlabelled copy of a labelled person's name part (outside e-mails, handles, URLs)
    m2 = _masked(text, [(e["start"], e["end"]) for e in ents] + prot)
    parts = []
    for e in ents:
        if e["type"] == "PERSON":
            for w in re.split(r"[ ,\-]+", e["value"]):
                w = w.strip(".'’")
                if len(w) > 1 and w.lower() not in PARTICLES and w not in parts:
                    parts.append(w)
    for w in parts:
        if re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", m2, re.IGNORECASE):
            out.append("unlabelled name part " + w)
    return out
