"""Machinery of the heldout half of the twenty-second PII bank: people, addresses, phone numbers,
checksummed values, look-alikes, the template renderer and the self-checks.

A template is a string with slots `{p1.full}`, `{a1.line}`, `{ph1.intl}`, `{iban}`, `{order}` …
and alternatives `[[a|b|c]]`. A slot name is a kind, an optional index and an optional country
(`a2_at`, `ph1_ch`); the same name gives the same value throughout one text. Each slot renders to
pieces `(text, label or None)`; the renderer records the span of every labelled piece in code
points. Standard library only.
"""

import ipaddress
import random
import re
import unicodedata

import pii22_held_names as names

# ---------------------------------------------------------------- checksummed values


def iban_valid(value: str) -> bool:
    s = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


IBAN_BBAN = {"DE": "n18", "AT": "n16", "CH": "n17", "GB": "a4n14", "IE": "a4n14", "FR": "n23", "NL": "a4n10", "IT": "a1n22"}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"], "NL": ["ABNA", "INGB", "RABO", "TRIO"]}


def iban(rng: random.Random, country: str, grouped: bool) -> str:
    spec = IBAN_BBAN[country]
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if spec.startswith("a4"):
        bban = rng.choice(BANK_CODES[country]) + digits(int(spec[3:]))
    elif spec.startswith("a1"):
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(22)
    else:
        bban = digits(int(spec[1:]))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    value = f"{country}{check:02d}{bban}"
    assert iban_valid(value)
    if grouped:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def luhn_valid(number: str) -> bool:
    ds = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_issuer(number: str) -> str | None:
    n = re.sub(r"\D", "", number)
    if len(n) in (13, 16, 19) and n[0] == "4":
        return "visa"
    if len(n) == 16 and (51 <= int(n[:2]) <= 55 or 2221 <= int(n[:4]) <= 2720):
        return "mastercard"
    if len(n) == 15 and n[:2] in ("34", "37"):
        return "amex"
    if len(n) == 16 and (n[:4] == "6011" or n[:2] == "65"):
        return "discover"
    return None


def card_valid(number: str) -> bool:
    return luhn_valid(number) and card_issuer(number) is not None


def credit_card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "discover"])
    prefix, length = {
        "visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15), "discover": (rng.choice(["6011", "65"]), 16),
    }[kind]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_valid(body + d):
            number = body + d
            break
    style = rng.choice(["space", "space", "dash", "compact"])
    if style == "compact":
        out = number
    else:
        sep = " " if style == "space" else "-"
        groups = [4, 6, 5] if length == 15 else [4, 4, 4, 4]
        parts, i = [], 0
        for g in groups:
            parts.append(number[i : i + g])
            i += g
        out = sep.join(parts)
    assert card_valid(out)
    return out


def tax_check_digit(first10: str) -> int:
    product = 10
    for c in first10:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def tax_digits_ok(first10: str) -> bool:
    if first10[0] == "0":
        return False
    counts = [first10.count(d) for d in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        d = "0123456789"[counts.index(3)]
        if d * 3 in first10:
            return False
    return True


def de_tax_id_valid(value: str) -> bool:
    s = value.replace(" ", "")
    if not re.fullmatch(r"\d{11}", s):
        return False
    return tax_digits_ok(s[:10]) and tax_check_digit(s[:10]) == int(s[10])


def de_tax_id(rng: random.Random) -> str:
    while True:
        digits = rng.sample("0123456789", 9)
        twice = digits[rng.randrange(9)]
        seq = digits + [twice]
        if rng.random() < 0.25:
            seq = digits[:8] + [twice, twice]
        rng.shuffle(seq)
        first10 = "".join(seq)
        if tax_digits_ok(first10):
            value = first10 + str(tax_check_digit(first10))
            break
    assert de_tax_id_valid(value)
    style = rng.random()
    if style < 0.55:
        return value
    if style < 0.85:
        return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"
    return f"{value[:3]} {value[3:6]} {value[6:9]} {value[9:]}"


def gtin13(rng: random.Random) -> str:
    body = rng.choice(["40", "42", "43", "90", "76", "50"]) + "".join(rng.choice("0123456789") for _ in range(10))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def gtin_valid(value: str) -> bool:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(value[:-1]))
    return (10 - total % 10) % 10 == int(value[-1])


# ---------------------------------------------------------------- IP addresses


def ip_public(rng):
    while True:
        a = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 87, 88, 91, 93, 94, 95, 109, 145, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217])
        v = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ipaddress.ip_address(v).is_global:
            return v


def ip_private(rng):
    k = rng.randrange(3)
    if k == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if k == 1:
        return f"192.168.{rng.choice([0, 1, 2, 10, 178, 188])}.{rng.randint(2, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def ip_loop(rng):
    return rng.choice(["127.0.0.1", "::1", "127.0.1.1", "127.0.0.53"])


def ip_v6(rng):
    h = lambda: format(rng.randint(1, 0xFFFF), "x")  # noqa: E731
    k = rng.randrange(4)
    if k == 0:
        return f"2001:db8:{h()}:{h()}::{h()}"
    if k == 1:
        return f"2a02:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"
    if k == 2:
        return f"fe80::{h()}:{h()}:{h()}:{h()}"
    return f"2003:{h()}:{h()}:{h()}::{h()}"


# ---------------------------------------------------------------- people

PARTICLES = {"von", "vom", "zu", "van", "der", "den", "de", "del", "la", "di", "da", "dos", "ap", "ní", "mac", "ó",
             "ben", "el", "dela", "delos", "le", "al"}

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "İ": "I", "œ": "oe"}


def ascii_fold(s: str) -> str:
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _local(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


SYL_A = ["ka", "to", "ri", "mel", "van", "sor", "li", "dra", "ve", "nu", "tam", "ber", "quo", "zel", "ira", "fen", "ost", "ul", "mar", "ny", "sel", "tor", "bra", "ju", "pel", "kes", "ol", "ran", "vi", "dus"]
SYL_E = ["ra", "ne", "lo", "an", "ek", "is", "ov", "ard", "ine", "ul", "eth", "ao", "ema", "irk", "und", "ya", "es", "ion"]


class NamePool:
    def __init__(self):
        self.table = names.table()
        self.known_lower = {n.lower() for n in names.all_given() + names.all_surnames()}
        for n in names.all_given() + names.all_surnames():
            for part in re.split(r"[ \-']", n):
                self.known_lower.add(part.lower())

    def invented(self, rng):
        while True:
            g = "".join(rng.choice(SYL_A) for _ in range(rng.choice([1, 2]))) + rng.choice(SYL_E)
            s = "".join(rng.choice(SYL_A) for _ in range(rng.choice([2, 2, 3]))) + rng.choice(SYL_E + ["mann", "ski", "ow", "ez", "sen"])
            g, s = g.capitalize(), s.capitalize()
            if 4 <= len(g) <= 9 and 5 <= len(s) <= 12 and g.lower() not in self.known_lower and s.lower() not in self.known_lower:
                return g, s


class Person:
    def __init__(self, given, surname, gender, origin, invented):
        self.given, self.surname, self.gender, self.origin, self.invented = given, surname, gender, origin, invented
        self.mail = None

    @property
    def full(self):
        return f"{self.given} {self.surname}"


def draw_person(rng, pool: NamePool, lang: str, invented: bool) -> Person:
    gender = rng.choice("mf")
    if invented:
        g, s = pool.invented(rng)
        return Person(g, s, gender, "invented", True)
    weights = names.WEIGHTS[lang]
    origins = list(weights)
    origin = rng.choices(origins, [weights[o] for o in origins])[0]
    m, f, ss = pool.table[origin]
    given = rng.choice(m if gender == "m" else f)
    surname = rng.choice(ss)
    r = rng.random()
    if r < 0.05 and "-" not in given and " " not in given and "." not in given:
        other = rng.choice(m if gender == "m" else f)
        if other != given and "-" not in other and " " not in other and "." not in other:
            given = f"{given}-{other}" if lang == "de" or origin in ("french",) else f"{given} {other}"
    elif r < 0.11 and " " not in surname and "-" not in surname and "'" not in surname:
        other = rng.choice(pool.table[rng.choice(origins[:6])][2])
        if other != surname and " " not in other and "-" not in other and "'" not in other:
            surname = f"{surname}-{other}"
    return Person(given, surname, gender, origin, False)


MAIL_DOMAINS = {
    "de": ["web.de", "gmx.de", "gmx.net", "t-online.de", "posteo.de", "mailbox.org", "gmail.com", "outlook.de", "freenet.de", "icloud.com", "gmx.at", "aon.at", "chello.at", "bluewin.ch", "sunrise.ch", "hispeed.ch"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "icloud.com", "proton.me", "eircom.net", "aol.com", "comcast.net", "sky.com", "virginmedia.com", "fastmail.fm"],
}


def email_for(rng, p: Person, lang: str, domain: str | None = None) -> str:
    g, s = _local(p.given), _local(p.surname)
    form = rng.randrange(7)
    local = [f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}", f"{s}.{g}", f"{g}_{s[0]}{rng.randint(1, 99)}", f"{g[0]}{s}", f"{g}.{s}{rng.randint(70, 99)}"][form]
    return f"{local}@{domain or rng.choice(MAIL_DOMAINS[lang])}"


# ---------------------------------------------------------------- addresses

DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Gartenstraße", "Schillerstraße", "Goethestraße", "Am Mühlbach", "Rosenweg", "Kirchgasse", "Berliner Allee", "Friedrich-Ebert-Straße", "Im Winkel", "Auf der Höhe", "Ringstraße", "Talstraße", "Birkenweg", "Lessingstraße", "Mozartstraße", "Bergstraße", "Wiesenweg", "Feldstraße", "Uhlandstraße", "Am Sonnenhang", "Mittelweg", "Kastanienallee", "Heidestraße", "Schulstraße", "Gneisenaustr.", "Dorfstr.", "Zur alten Ziegelei", "Eichendorffring", "Kantstraße"]
DE_TOWNS = ["10115 Berlin", "10437 Berlin", "20095 Hamburg", "22767 Hamburg", "80331 München", "81667 München", "50667 Köln", "60311 Frankfurt am Main", "70173 Stuttgart", "40213 Düsseldorf", "04109 Leipzig", "01067 Dresden", "30159 Hannover", "90402 Nürnberg", "28195 Bremen", "44135 Dortmund", "79098 Freiburg im Breisgau", "69117 Heidelberg", "93047 Regensburg", "24103 Kiel", "18055 Rostock", "99084 Erfurt", "55116 Mainz", "66111 Saarbrücken", "87435 Kempten (Allgäu)", "83435 Bad Reichenhall", "35037 Marburg", "49074 Osnabrück", "97070 Würzburg", "48143 Münster", "14467 Potsdam", "06108 Halle (Saale)", "86150 Augsburg", "82467 Garmisch-Partenkirchen"]
AT_STREETS = ["Hauptplatz", "Mariahilfer Straße", "Landstraßer Hauptstraße", "Wiedner Gürtel", "Linzer Straße", "Herrengasse", "Annenstraße", "Museumstraße", "Grazer Straße", "Schönbrunner Straße", "Leopoldauer Platz", "Ottakringer Straße", "Getreidegasse", "Maria-Theresien-Straße"]
AT_TOWNS = ["1010 Wien", "1060 Wien", "1030 Wien", "1160 Wien", "1210 Wien", "8010 Graz", "4020 Linz", "5020 Salzburg", "6020 Innsbruck", "9020 Klagenfurt am Wörthersee", "3100 St. Pölten", "6900 Bregenz", "2700 Wiener Neustadt", "4600 Wels", "6370 Kitzbühel"]
CH_STREETS = ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchweg", "Hauptstrasse", "Spitalgasse", "Marktgasse", "Bergstrasse", "Schulhausstrasse", "Rue du Rhône", "Via Nassa", "Zürcherstrasse", "Aeschenvorstadt", "Kramgasse"]
CH_TOWNS = ["8001 Zürich", "8004 Zürich", "3011 Bern", "4051 Basel", "6003 Luzern", "9000 St. Gallen", "1204 Genève", "8400 Winterthur", "7000 Chur", "5000 Aarau", "6300 Zug", "3920 Zermatt", "6900 Lugano"]
GB_STREETS = ["High Street", "Church Lane", "Victoria Road", "Station Road", "Mill Lane", "Park Avenue", "Queen's Road", "Kingsway", "Albert Street", "Manor Close", "Greenbank Terrace", "Westgate", "Orchard Way", "Hawthorn Crescent"]
GB_TOWNS = ["Leeds LS1 4AB", "Manchester M1 2WD", "Bristol BS1 5TR", "York YO1 7HH", "Norwich NR2 1TF", "Cardiff CF10 1EP", "Edinburgh EH1 1YZ", "Glasgow G2 3BZ", "London N1 9GU", "London SE15 4QL", "Brighton BN1 1AE", "Bath BA1 1LZ", "Kendal LA9 4DL", "Inverness IV1 1HT"]
US_STREETS = ["Maple", "Oak", "Cedar", "Elm", "Lakeview", "Washington", "Main", "Pine", "Sunset", "Highland", "Willow Creek", "Ridgeview", "Juniper", "Aspen"]
US_SUFFIX = ["St", "Ave", "Blvd", "Dr", "Rd", "Ln", "Street", "Avenue", "Court"]
US_TOWNS = ["Springfield, IL 62704", "Portland, OR 97205", "Austin, TX 78701", "Boulder, CO 80302", "Burlington, VT 05401", "Asheville, NC 28801", "Madison, WI 53703", "Boise, ID 83702", "Ann Arbor, MI 48104", "Sacramento, CA 95814", "Albany, NY 12207", "Columbus, OH 43215", "Bend, OR 97701", "Flagstaff, AZ 86001"]
IE_STREETS = ["Main Street", "Church Road", "Strand Road", "Patrick Street", "O'Connell Street", "Bridge Street", "Mary Street", "Castle Road", "The Crescent", "Abbey Street"]
IE_TOWNS = [("Ballina, Co. Mayo", "F26"), ("Dingle, Co. Kerry", "V92"), ("Kilkenny", "R95"), ("Galway", "H91"), ("Westport, Co. Mayo", "F28"), ("Dublin 8", "D08"), ("Cork", "T12"), ("Sligo", "F91"), ("Ennis, Co. Clare", "V95"), ("Athlone, Co. Westmeath", "N37")]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire", "place du Marché", "rue des Lilas", "chemin des Vignes", "rue Pasteur", "allée des Tilleuls"]
FR_TOWNS = ["75011 Paris", "69002 Lyon", "13001 Marseille", "67000 Strasbourg", "31000 Toulouse", "44000 Nantes", "33000 Bordeaux", "59000 Lille", "68100 Mulhouse", "74400 Chamonix-Mont-Blanc"]
NL_STREETS = ["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsweg", "Oudegracht", "Lange Voorhout", "Binnenweg", "Zeestraat"]
NL_TOWNS = ["Amsterdam", "Utrecht", "Den Haag", "Rotterdam", "Groningen", "Eindhoven", "Haarlem", "Maastricht", "Leiden"]
IT_STREETS = ["Via Roma", "Corso Vittorio Emanuele II", "Via Garibaldi", "Piazza Duomo", "Viale dei Mille", "Via Dante Alighieri", "Via Cavour", "Via dei Serragli"]
IT_TOWNS = ["20121 Milano", "00184 Roma", "10121 Torino", "40121 Bologna", "50122 Firenze", "39100 Bolzano", "80133 Napoli", "37121 Verona", "38122 Trento"]
EIR = "ACDEFHKNPRTVWXY0123456789"


class Address:
    """An address of one country: `street` (street and number, with its unit), `town` (postcode
    and town as written after it) and an optional first line (`pre`, e.g. a GB flat)."""

    def __init__(self, rng: random.Random, country: str):
        self.country = country
        self.pre = None
        no = str(rng.randint(1, 140))
        if country in ("DE", "AT", "CH") and rng.random() < 0.15:
            no += rng.choice(["a", "b", "c", " a"])
        if country == "DE":
            self.street = f"{rng.choice(DE_STREETS)} {no}"
            self.town = ("D-" if rng.random() < 0.2 else "") + rng.choice(DE_TOWNS)
        elif country == "AT":
            if rng.random() < 0.55:
                no = f"{rng.randint(1, 90)}/{rng.randint(1, 9)}/{rng.randint(1, 24)}" if rng.random() < 0.6 else f"{rng.randint(1, 90)}/{rng.randint(2, 30)}"
            self.street = f"{rng.choice(AT_STREETS)} {no}"
            self.town = ("A-" if rng.random() < 0.4 else "") + rng.choice(AT_TOWNS)
        elif country == "CH":
            self.street = f"{rng.choice(CH_STREETS)} {no}"
            self.town = ("CH-" if rng.random() < 0.45 else "") + rng.choice(CH_TOWNS)
        elif country == "GB":
            self.street = f"{no} {rng.choice(GB_STREETS)}"
            if rng.random() < 0.3:
                self.street = f"Flat {rng.randint(1, 12)}, " + self.street
            self.town = rng.choice(GB_TOWNS)
        elif country == "US":
            self.street = f"{rng.randint(10, 9800)} {rng.choice(US_STREETS)} {rng.choice(US_SUFFIX)}"
            if rng.random() < 0.45:
                self.street += ", " + rng.choice([f"Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}", f"Suite {rng.randint(100, 950)}", f"Unit {rng.randint(1, 30)}"])
            self.town = rng.choice(US_TOWNS)
        elif country == "IE":
            self.street = f"{no} {rng.choice(IE_STREETS)}"
            town, key = rng.choice(IE_TOWNS)
            self.town = f"{town} {key} " + "".join(rng.choice(EIR) for _ in range(4))
        elif country == "FR":
            self.street = f"{no}{rng.choice(['', '', ' bis'])} {rng.choice(FR_STREETS)}"
            self.town = rng.choice(FR_TOWNS)
        elif country == "NL":
            self.street = f"{rng.choice(NL_STREETS)} {no}{rng.choice(['', '', '-II', ' A'])}"
            self.town = f"{rng.randint(1011, 9999)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')} {rng.choice(NL_TOWNS)}"
        elif country == "IT":
            self.street = f"{rng.choice(IT_STREETS)} {no}"
            self.town = rng.choice(IT_TOWNS)
        else:
            raise ValueError(country)

    def parts(self):
        t = self.town
        if self.country in ("DE", "AT", "CH", "FR", "IT"):
            pc, city = t.split(" ", 1)
            pc = pc.split("-")[-1]
        elif self.country == "NL":
            pc, city = t[:7], t[8:]
        elif self.country == "GB":
            city, pc = t.rsplit(" ", 2)[0], " ".join(t.rsplit(" ", 2)[1:])
        elif self.country == "US":
            city, rest = t.split(", ")
            pc = rest
        else:
            city, pc = t[:-9], t[-8:]
        return {"pc": pc, "city": city, "cc": self.country}

    def line(self):
        if self.country == "US":
            return f"{self.street}, {self.town}"
        return f"{self.street}, {self.town}"

    def two(self):
        return f"{self.street}\n{self.town}"


# ---------------------------------------------------------------- phone numbers

US_AREAS = ["212", "312", "415", "503", "617", "720", "206", "303", "512", "614", "802", "919", "828", "208", "734"]


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random, country: str, form: str) -> str:
    """form: 'nat' or 'intl'."""
    mobile = rng.random() < 0.5
    if country == "DE":
        if mobile:
            pre, rest = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "179"]), _d(rng, rng.choice([7, 8]))
        else:
            pre, rest = rng.choice(["30", "40", "89", "221", "69", "711", "341", "351", "911", "761", "8821", "6221"]), _d(rng, rng.choice([6, 7, 8]))
        if form == "nat":
            return rng.choice([f"0{pre} {rest}", f"0{pre}/{rest}", f"0{pre}-{rest}", f"(0{pre}) {rest}", f"0{pre} {rest[:3]} {rest[3:]}"])
        return rng.choice([f"+49 {pre} {rest}", f"+49 (0){pre} {rest}", f"+49{pre}{rest}", f"+49 {pre} {rest[:3]} {rest[3:]}", f"0049 {pre} {rest}"])
    if country == "AT":
        pre = rng.choice(["664", "676", "650", "699", "660"]) if mobile else rng.choice(["1", "316", "732", "662", "512", "463"])
        rest = _d(rng, 7)
        if form == "nat":
            return rng.choice([f"0{pre} {rest}", f"0{pre}/{rest}", f"0{pre} {rest[:3]} {rest[3:]}"])
        return rng.choice([f"+43 {pre} {rest}", f"+43 (0){pre} {rest}", f"+43 {pre} {rest[:3]} {rest[3:]}"])
    if country == "CH":
        pre = rng.choice(["76", "78", "79", "77"]) if mobile else rng.choice(["44", "31", "61", "41", "71", "22", "81"])
        r = _d(rng, 7)
        g = f"{r[:3]} {r[3:5]} {r[5:]}"
        return f"0{pre} {g}" if form == "nat" else rng.choice([f"+41 {pre} {g}", f"+41 (0){pre} {g}", f"0041 {pre} {g}"])
    if country == "GB":
        if mobile:
            r = _d(rng, 6)
            return f"07{rng.randint(400, 999)} {r}" if form == "nat" else f"+44 7{rng.randint(400, 999)} {r}"
        pre, r = rng.choice([("20", 8), ("161", 7), ("113", 7), ("117", 7), ("131", 7), ("141", 7), ("1273", 6)])
        rest = _d(rng, r)
        if pre == "20":
            rest = f"{rest[:4]} {rest[4:]}"
        elif r == 7:
            rest = f"{rest[:3]} {rest[3:]}"
        return f"0{pre} {rest}" if form == "nat" else rng.choice([f"+44 {pre} {rest}", f"+44 (0){pre} {rest}"])
    if country == "US":
        a, ex, ln = rng.choice(US_AREAS), str(rng.randint(201, 989)), _d(rng, 4)
        if form == "nat":
            return rng.choice([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}"])
        return rng.choice([f"+1 {a} {ex} {ln}", f"+1 ({a}) {ex}-{ln}", f"+1-{a}-{ex}-{ln}"])
    if country == "IE":
        if mobile:
            pre, rest = rng.choice(["83", "85", "86", "87", "89"]), _d(rng, 7)
            rest = f"{rest[:3]} {rest[3:]}"
        else:
            pre, rest = rng.choice(["1", "21", "91", "61", "66", "98"]), _d(rng, 7)
            rest = f"{rest[:3]} {rest[3:]}"
        return f"0{pre} {rest}" if form == "nat" else f"+353 {pre} {rest}"
    if country == "FR":
        pre = rng.choice(["6", "7"]) if mobile else rng.choice(["1", "4", "3", "5"])
        pairs = " ".join(_d(rng, 2) for _ in range(4))
        return f"0{pre} {pairs}" if form == "nat" else f"+33 {pre} {pairs}"
    if country == "NL":
        if mobile:
            r = _d(rng, 8)
            return rng.choice([f"06-{r}", f"06 {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}"]) if form == "nat" else f"+31 6 {r}"
        pre = rng.choice(["20", "30", "10", "70", "50"])
        r = _d(rng, 7)
        return f"0{pre} {r[:3]} {r[3:]}" if form == "nat" else f"+31 {pre} {r[:3]} {r[3:]}"
    if country == "IT":
        if mobile:
            pre, r = rng.choice(["333", "347", "328", "349", "340"]), _d(rng, 7)
            return f"{pre} {r}" if form == "nat" else f"+39 {pre} {r[:3]} {r[3:]}"
        pre, r = rng.choice(["02", "06", "011", "051", "055", "0471"]), _d(rng, 7)
        return f"{pre} {r[:4]} {r[4:]}" if form == "nat" else f"+39 {pre} {r[:4]} {r[4:]}"
    raise ValueError(country)


COUNTRY_WEIGHTS = {
    "de": [("DE", 55), ("AT", 18), ("CH", 14), ("IT", 3), ("NL", 3), ("FR", 3), ("GB", 2), ("US", 1), ("IE", 1)],
    "en": [("GB", 32), ("US", 30), ("IE", 16), ("DE", 6), ("FR", 4), ("NL", 4), ("IT", 3), ("AT", 2), ("CH", 3)],
}
IBAN_WEIGHTS = {
    "de": [("DE", 60), ("AT", 18), ("CH", 12), ("NL", 4), ("IT", 3), ("FR", 3)],
    "en": [("GB", 40), ("IE", 30), ("DE", 12), ("FR", 6), ("NL", 6), ("IT", 6)],
}


def weighted(rng, pairs):
    return rng.choices([v for v, _ in pairs], [w for _, w in pairs])[0]


# ---------------------------------------------------------------- look-alikes

PRODUCTS = {
    "en": ["Almweg Zip-Off Hiking Trousers", "Fernkamm 45+10 Trekking Backpack", "Firstwand 3-Layer Rain Jacket", "Gitterhang Grid Fleece Jacket", "Hochsattel 30 Hiking Backpack", "Kaltkar Down Jacket", "Morgengrat Merino 150 Long-Sleeve Shirt", "Rinnental Insulated Hoody", "Schauerpass 2.5-Layer Rain Jacket", "Steinlauf Trail Running Shoe", "Trittweg Merino Hiking Socks", "Wintersteig Winter Trekking Trousers"],
    "de": ["Almweg Zip-off-Wanderhose", "Fernkamm 45+10 Trekkingrucksack", "Firstwand 3-Lagen-Regenjacke", "Gitterhang Grid-Fleecejacke", "Hochsattel 30 Wanderrucksack", "Kaltkar Daunenjacke", "Morgengrat Merino 150 Langarmshirt", "Rinnental Isolationshoody", "Schauerpass 2,5-Lagen-Regenjacke", "Steinlauf Trailrunningschuh", "Trittweg Merino-Wandersocken", "Wintersteig Wintertrekkinghose"],
}
SHORT_PRODUCTS = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar", "Morgengrat", "Rinnental", "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]
SKUS = ["TG-HT-100", "TG-BP-045", "TG-RJ-100", "TG-FL-100", "TG-BP-030", "TG-DJ-100", "TG-BL-100", "TG-SI-100", "TG-RJ-200", "TG-TS-100", "TG-SO-100", "TG-WT-100"]
PRICES = ["129.95", "229.95", "349.95", "119.95", "139.95", "289.95", "89.95", "219.95", "199.95", "159.95", "24.95", "169.95"]
COMPANIES = {
    "de": ["Schneider Textil GmbH", "Bauer & Koch Logistik KG", "Hofmann Druck GmbH", "Wolf Verpackungen", "Fuchs Spedition", "Becker & Söhne", "Richter Outdoor Vertrieb", "Zimmermann Etiketten GmbH", "Gruber Transporte", "Brunner AG", "Keller Sport GmbH", "Krause Fulfillment", "Meier Textilveredelung AG", "Lindner Messebau"],
    "en": ["Baker & Hunter Ltd", "Miller Freight Inc.", "Walsh Outdoor Supplies", "Hughes Print & Pack", "Fletcher Logistics", "Carter Brothers Textiles", "Morgan Trail Co.", "Kelly Fulfilment Ltd", "Turner & Price Packaging", "Fisher Sports Distribution", "Collins Label Works", "Grant & Sons Outdoor"],
}


def date(rng, lang):
    y, m, d = rng.choice([2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    de_months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
    en_months = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December", "January"]
    if lang == "de":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d}. {de_months[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}."])
    return rng.choice([f"{d} {en_months[m - 1]} {y}", f"{en_months[m - 1]} {d}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}"])


def time(rng, lang):
    h, mi = rng.randint(7, 19), rng.choice([0, 15, 30, 45, 5, 20, 40])
    if lang == "de":
        return rng.choice([f"{h}:{mi:02d} Uhr", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d} Uhr"])
    return rng.choice([f"{h:02d}:{mi:02d}", f"{(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"])


def price(rng, lang):
    p = rng.choice(PRICES + ["10.00", "15.00", "4.90", "49.00", "7.50"])
    if lang == "de":
        return rng.choice([f"{p.replace('.', ',')} €", f"€ {p.replace('.', ',')}", f"EUR {p.replace('.', ',')}", f"CHF {p}"])
    return rng.choice([f"€{p}", f"£{p}", f"${p}", f"EUR {p}"])


def lookalike(kind, rng, lang):
    if kind == "order":
        return rng.choice([f"TG-{rng.randint(2024, 2026)}-{rng.randint(100000, 999999)}", f"#{rng.randint(40000000, 49999999)}", f"{rng.randint(300, 399)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}", f"A{rng.randint(10000000, 99999999)}", f"0{rng.randint(170, 179)}-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}"])
    if kind == "track":
        return rng.choice([f"JJD{_d(rng, 18)}", f"00{_d(rng, 18)}", f"1Z {_d(rng, 3)} {rng.choice(['AA', 'E4', 'W2'])}{_d(rng, 1)} {_d(rng, 2)} {_d(rng, 4)} {_d(rng, 4)}", f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}", f"RR{_d(rng, 9)}DE"])
    if kind == "cust":
        return rng.choice([f"KD-{_d(rng, 7)}", f"{_d(rng, 4)} {_d(rng, 3)} {_d(rng, 3)}", f"C-{_d(rng, 3)}-{_d(rng, 4)}", f"+{_d(rng, 2)}-{_d(rng, 5)}"])
    if kind == "ref":
        return rng.choice([f"TCK-{rng.randint(10000, 99999)}", f"#{rng.randint(100000, 999999)}", f"RMA-{rng.randint(2024, 2026)}-{_d(rng, 5)}", f"INC{_d(rng, 7)}"])
    if kind == "gtin":
        return gtin13(rng)
    if kind == "date":
        return date(rng, lang)
    if kind == "time":
        return time(rng, lang)
    if kind == "price":
        return price(rng, lang)
    if kind == "prod":
        return rng.choice(PRODUCTS[lang])
    if kind == "short":
        return rng.choice(SHORT_PRODUCTS)
    if kind == "sku":
        return rng.choice(SKUS) + rng.choice(["", "", f"-{rng.choice(['S', 'M', 'L', 'XL', '42', '44'])}"])
    if kind == "ver":
        return rng.choice([f"v{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"{rng.randint(1, 9)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}", f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-rc{rng.randint(1, 4)}", f"build {rng.randint(1000, 9999)}"])
    if kind == "plz":
        t = rng.choice(DE_TOWNS + AT_TOWNS + CH_TOWNS) if lang == "de" else rng.choice(GB_TOWNS + US_TOWNS)
        return t
    if kind == "town":
        t = rng.choice(DE_TOWNS + AT_TOWNS + CH_TOWNS) if lang == "de" else rng.choice(GB_TOWNS + US_TOWNS)
        return re.sub(r"^[0-9]+ |,? ?[A-Z]{2} \d+$| [A-Z0-9]+ [0-9][A-Z]{2}$", "", t)
    if kind == "co":
        return rng.choice(COMPANIES[lang])
    if kind == "qty":
        return str(rng.randint(2, 60))
    if kind == "size":
        return rng.choice(["S", "M", "L", "XL", "XS", "EU 42", "EU 44", "EU 39,5" if lang == "de" else "EU 39.5", "UK 8"])
    raise KeyError(kind)


LOOKALIKES = ["order", "track", "cust", "ref", "gtin", "date", "time", "price", "prod", "short", "sku", "ver", "plz", "town", "co", "qty", "size"]

# ---------------------------------------------------------------- rendering

SLOT = re.compile(r"\{([a-z]+)(\d*)(?:_([a-z]{2}))?(?:\.([a-z0-9]+))?\}")
ALT = re.compile(r"\[\[([^\[\]]*)\]\]")


def choose_alternatives(template: str, rng) -> str:
    while True:
        m = ALT.search(template)
        if not m:
            return template
        template = template[: m.start()] + rng.choice(m.group(1).split("|")) + template[m.end() :]


# Surnames from the lists that are also ordinary words; the clean texts use them as words.
WORD_SURNAMES = {"de": ["Koch", "Wolf", "Fuchs", "Bauer", "Schneider", "Vogel"], "en": ["Baker", "Hunter", "Grace", "Miller", "Wolf"]}


class Ctx:
    """Values of one text: people, addresses, phones and look-alikes, drawn on first use."""

    def __init__(self, rng, pool, lang, cue=True, inv_rate=0.12):
        self.rng, self.pool, self.lang, self.cue, self.inv_rate = rng, pool, lang, cue, inv_rate
        self.cache = {}
        self.persons = []

    def person(self, key):
        if key not in self.cache:
            inv = self.cue and self.rng.random() < (self.inv_rate if key == "p1" else self.inv_rate * 0.7)
            while True:
                p = draw_person(self.rng, self.pool, self.lang, inv)
                if not inv and self.rng.random() < 0.035:
                    p.surname = self.rng.choice(WORD_SURNAMES[self.lang])
                if all(q.surname != p.surname and q.given != p.given for q in self.persons):
                    break
            self.cache[key] = p
            self.persons.append(p)
        return self.cache[key]

    def resolve(self, kind, idx, cc, attr):
        rng, lang = self.rng, self.lang
        key = f"{kind}{idx}_{cc}"
        if kind == "p":
            return self.person_piece(self.person(f"p{idx}"), attr)
        if kind == "a":
            if key not in self.cache:
                self.cache[key] = Address(rng, cc.upper() if cc else weighted(rng, COUNTRY_WEIGHTS[lang]))
            a = self.cache[key]
            attr = attr or rng.choice(["line", "line", "two"])
            if attr == "street":
                return [(a.street, "STREET_ADDRESS")]
            if attr == "town":
                return [(a.town, None)]
            if attr in ("pc", "city", "cc"):
                return [(a.parts()[attr], None)]
            if attr == "line":
                return [(a.line(), "STREET_ADDRESS")]
            if attr == "two":
                return [(a.two(), "STREET_ADDRESS")]
            raise KeyError(attr)
        if kind == "ph":
            if key not in self.cache:
                country = cc.upper() if cc else weighted(rng, COUNTRY_WEIGHTS[lang])
                form = attr or rng.choice(["nat", "intl"])
                self.cache[key] = phone(rng, country, form)
            return [(self.cache[key], "PHONE")]
        if key not in self.cache:
            if kind == "iban":
                v = iban(rng, cc.upper() if cc else weighted(rng, IBAN_WEIGHTS[lang]), rng.random() < 0.7)
            elif kind == "card":
                v = credit_card(rng)
            elif kind == "tax":
                v = de_tax_id(rng)
            elif kind == "ip":
                v = ip_public(rng)
            elif kind == "ipp":
                v = ip_private(rng)
            elif kind == "iplo":
                v = ip_loop(rng)
            elif kind == "ipv":
                v = ip_v6(rng)
            elif kind == "ipany":
                v = rng.choice([ip_public, ip_public, ip_private, ip_v6, ip_loop])(rng)
            elif kind == "mail":  # a stand-alone address of a person who is not named
                v = email_for(rng, draw_person(rng, self.pool, lang, False), lang)
            elif kind in LOOKALIKES:
                v = lookalike(kind, rng, lang)
            else:
                raise KeyError(kind)
            self.cache[key] = v
        label = {"iban": "IBAN", "card": "CREDIT_CARD", "tax": "DE_TAX_ID", "ip": "IP_ADDRESS", "ipp": "IP_ADDRESS", "iplo": "IP_ADDRESS", "ipv": "IP_ADDRESS", "ipany": "IP_ADDRESS", "mail": "EMAIL"}.get(kind)
        return [(self.cache[key], label)]

    def person_piece(self, p: Person, attr):
        de = self.lang == "de"
        f = p.gender == "f"
        P = "PERSON"
        if attr in (None, "full"):
            return [(p.full, P)]
        if attr == "first":
            return [(p.given, P)]
        if attr == "last":
            return [(p.surname, P)]
        if attr == "lf":
            return [(f"{p.surname}, {p.given}", P)]
        if attr == "capslf":
            return [(f"{p.surname.upper()}, {p.given}", P)]
        if attr == "caps":
            return [(p.full.upper(), P)]
        if attr == "capslast":
            return [(p.surname.upper(), P)]
        if attr == "init":
            return [(f"{p.given[0]}. {p.surname}", P)]
        if attr == "finit":
            return [(f"{p.given} {p.surname[0].upper()}.", P)]
        if attr == "lfirst":
            return [(p.given.lower(), P)]
        if attr == "lfull":
            return [(p.full.lower(), P)]
        if attr == "handle":
            g = _local(p.given)
            s = _local(p.surname)
            if not hasattr(p, "handle"):
                p.handle = "@" + self.rng.choice([g, f"{g}.{s[0]}", f"{g[0]}{s}", f"{g}_{s[:3]}", f"{g}{self.rng.randint(2, 99)}"])
            return [(p.handle, None)]
        if attr == "email":
            if p.mail is None:
                p.mail = email_for(self.rng, p, self.lang)
            return [(p.mail, "EMAIL")]
        if attr == "workmail":
            if p.mail is None:
                p.mail = email_for(self.rng, p, self.lang, self.rng.choice(["talgrat.de", "talgrat.com"]) if self.rng.random() < 0.5 else None)
            return [(p.mail, "EMAIL")]
        if attr == "title":
            return [(self.rng.choice(["", "", "", "Dr. ", "Prof. "]) if de else self.rng.choice(["", "", "", "Dr "]), None)]
        if attr == "hon":
            if de:
                return [("Frau" if f else "Herr", None)]
            return [(self.rng.choice(["Ms", "Mrs", "Ms."]) if f else self.rng.choice(["Mr", "Mr."]), None)]
        if attr == "hons":  # "Frau Dr."
            t = self.rng.choice(["", "", "", " Dr."])
            return [(("Frau" if f else "Herr") + t if de else (("Ms" if f else "Mr") if not t else "Dr"), None)]
        if attr == "dear":
            if de:
                return [("Sehr geehrte Frau" if f else "Sehr geehrter Herr", None)]
            return [("Dear " + ("Ms" if f else "Mr"), None)]
        if attr == "liebe":
            return [(("Liebe" if f else "Lieber") if de else "Dear", None)]
        if attr == "hallo":
            return [(("Liebe" if f else "Lieber") if de else "Hi", None)]
        if attr == "sie":
            return [(("sie" if f else "er") if de else ("she" if f else "he"), None)]
        if attr == "Sie":
            return [(("Sie" if f else "Er") if de else ("She" if f else "He"), None)]
        if attr == "ihr":
            return [(("ihr" if f else "ihm") if de else ("her" if f else "him"), None)]
        if attr == "ihre":
            return [(("ihre" if f else "seine") if de else ("her" if f else "his"), None)]
        if attr == "kunde":
            return [(("Kundin" if f else "Kunde") if de else "customer", None)]
        if attr == "die":
            return [(("die" if f else "der") if de else "the", None)]
        if attr == "eine":
            return [(("eine" if f else "ein") if de else "a", None)]
        if attr == "rin":
            return [(("in" if f else "") if de else "", None)]
        if attr == "g":
            return [(p.gender, None)]
        raise KeyError(attr)


def render(template: str, ctx: Ctx):
    template = choose_alternatives(template, ctx.rng)
    parts, ents, pos, length = [], [], 0, 0
    for m in SLOT.finditer(template):
        lit = template[pos : m.start()]
        parts.append(lit)
        length += len(lit)
        kind, idx, cc, attr = m.group(1), m.group(2), m.group(3) or "", m.group(4)
        for text, label in ctx.resolve(kind, idx, cc, attr):
            if label:
                ents.append({"type": label, "start": length, "end": length + len(text), "value": text})
            parts.append(text)
            length += len(text)
        pos = m.end()
    parts.append(template[pos:])
    return "".join(parts), ents


# ---------------------------------------------------------------- self-checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.\-]*")
URL_RE = re.compile(r"https?://\S+|\bwww\.\S+")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
DIGITRUN_RE = re.compile(r"(?<![\w])\d(?:[ \-]?\d){10,18}(?![\w])")


def _mask(text, spans):
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            chars[i] = " " if chars[i] != "\n" else "\n"
    return "".join(chars)


def check_record(text, ents, has_pii):
    """Problems of one rendering (an empty list when it passes)."""
    probs = []
    prev_end = -1
    for e in ents:
        if text[e["start"] : e["end"]] != e["value"]:
            probs.append("offset")
        if e["value"] != e["value"].strip() or not e["value"]:
            probs.append("space at value end")
        if e["start"] < prev_end:
            probs.append("overlap")
        prev_end = e["end"]
        v = e["value"]
        if e["type"] == "IBAN" and not iban_valid(v):
            probs.append("iban")
        if e["type"] == "CREDIT_CARD" and not card_valid(v):
            probs.append("card")
        if e["type"] == "DE_TAX_ID" and not de_tax_id_valid(v):
            probs.append("taxid")
        if e["type"] == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                probs.append("ip")
    if [e["start"] for e in ents] != sorted(e["start"] for e in ents):
        probs.append("unsorted")
    for a, b in zip(ents, ents[1:]):
        if a["type"] == b["type"] == "PERSON" and text[a["end"] : b["start"]] == " ":
            probs.append("adjacent person spans")
    if has_pii and not ents:
        probs.append("no span")
    if not has_pii and ents:
        probs.append("span in clean text")
    masked = _mask(text, [(e["start"], e["end"]) for e in ents])
    if EMAIL_RE.search(masked):
        probs.append("unlabelled email")
    for m in IPV4_RE.finditer(masked):
        try:
            ipaddress.ip_address(m.group(0))
            probs.append("unlabelled ipv4 " + m.group(0))
        except ValueError:
            pass
    for m in IPV6_RE.finditer(masked):
        try:
            ipaddress.IPv6Address(m.group(0))
            probs.append("unlabelled ipv6 " + m.group(0))
        except ValueError:
            pass
    for m in IBAN_RE.finditer(masked):
        s = m.group(0)
        for j in range(len(s), 14, -1):
            if iban_valid(s[:j]):
                probs.append("unlabelled iban")
                break
    for m in DIGITRUN_RE.finditer(masked):
        run = m.group(0)
        digits = re.sub(r"\D", "", run)
        for i in range(len(digits)):
            for j in range(i + 11, len(digits) + 1):
                sub = digits[i:j]
                if len(sub) == 11 and de_tax_id_valid(sub) and (i == 0 and j == len(digits)):
                    probs.append("unlabelled tax id " + run)
                if 13 <= len(sub) <= 19 and card_valid(sub) and i == 0 and j == len(digits):
                    probs.append("unlabelled card " + run)
    # name parts of labelled people outside spans, e-mails, handles and URLs
    m2 = masked
    for rx in (EMAIL_RE, HANDLE_RE, URL_RE):
        m2 = rx.sub(lambda mm: " " * len(mm.group(0)), m2)
    parts = []
    for e in ents:
        if e["type"] != "PERSON":
            continue
        for tok in re.split(r"[\s,\-]+", e["value"]):
            tok = tok.strip(".")
            if len(tok) >= 2 and tok.lower() not in PARTICLES and tok not in parts:
                parts.append(tok)
    for tok in parts:
        if re.search(r"(?<![\w'])" + re.escape(tok) + r"(?![\w'])", m2, re.IGNORECASE):
            probs.append("unlabelled name part " + tok)
    return probs
