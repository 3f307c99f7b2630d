"""Machinery of the nineteenth PII bank, dev half (pii dev19): checksummed values, places and
phone numbers of nine countries, people, look-alikes, the template renderer that records
labelled spans, and the self-checks every rendering must pass.

Python 3.11, standard library only. Nothing here reads another generator or bank.

Template syntax (German and English modules):

    ${p1.full}          a slot: a person's attribute or a value; it renders to labelled pieces
    ${order}, ${order2} a value; the same slot name gives the same value within one text
    [[a|b|c]]           one alternative, drawn at render time (nestable; use ${bar} for a literal |)
    <<a##b##c>>         the parts in a random order, joined by a space
    <<n:a##b##c>>       the same, joined by a line break

People: p1… customers and private persons (about 10 % with an invented name), n1… people named
in running text without a cue word (names from the lists only), s1… staff of the brand, c1…
business contacts (agencies, retailers, creators). Options per template: T(text, p1="AT", …).
"""

import ipaddress
import random
import re
import sys
import unicodedata

sys.dont_write_bytecode = True

import pii19_dev_names as names  # noqa: E402

INVENTED_RATE = 0.10
WORD_NAME_RATE = 0.05

# ---------------------------------------------------------------- checksummed values

IBAN_LENGTHS = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27, "ES": 24, "BE": 16, "LU": 20, "PL": 28}


def iban_valid(value: str) -> bool:
    v = value.replace(" ", "")
    if len(v) < 15 or not v[:2].isalpha() or not v[2:4].isdigit():
        return False
    if IBAN_LENGTHS.get(v[:2]) != len(v):
        return False
    try:
        return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1
    except ValueError:
        return False


def make_iban(rng: random.Random, country: str, grouped: bool) -> str:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    bank = {
        "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ", "SRLG"],
        "IE": ["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"],
        "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"],
    }
    if country == "DE":
        bban = rng.choice(["1007", "2004", "3005", "5001", "7002", "4306", "6605", "8605", "7205", "5101"]) + d(14)
    elif country == "AT":
        bban = rng.choice(["12000", "20111", "14000", "32000", "38000", "19043", "35000"]) + d(11)
    elif country == "CH":
        bban = rng.choice(["00762", "00235", "80808", "00700", "09000", "00767"]) + d(12)
    elif country in ("GB", "IE"):
        bban = rng.choice(bank[country]) + d(14)
    elif country == "NL":
        bban = rng.choice(bank["NL"]) + d(10)
    elif country == "FR":
        bban = rng.choice(["30004", "30003", "10278", "20041", "30002", "11306"]) + d(18)
    elif country == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + rng.choice(["03069", "02008", "05034", "03062"]) + d(17)
    elif country == "ES":
        bban = rng.choice(["2100", "0049", "0182", "2085", "0081"]) + d(16)
    elif country == "BE":
        bban = d(12)
    else:
        raise KeyError(country)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    assert iban_valid(value), value
    if grouped:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in number]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def card_issuer(number: str) -> str | None:
    n = len(number)
    if number.startswith("4") and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(number[:2]) <= 55 or 2221 <= int(number[:4]) <= 2720):
        return "mastercard"
    if n == 15 and number[:2] in ("34", "37"):
        return "amex"
    if n == 16 and (number.startswith("6011") or number.startswith("65") or 644 <= int(number[:3]) <= 649):
        return "discover"
    if n == 16 and 3528 <= int(number[:4]) <= 3589:
        return "jcb"
    return None


def card_valid(value: str) -> bool:
    v = re.sub(r"[ \-]", "", value)
    return v.isdigit() and card_issuer(v) is not None and luhn_valid(v)


def make_card(rng: random.Random) -> str:
    kind = rng.choices(["visa", "mc", "mc2", "amex", "discover", "jcb"], [44, 28, 7, 12, 5, 4])[0]
    prefix, length = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "discover": (rng.choice(["6011", "65"]), 16),
        "jcb": (str(rng.randint(3528, 3589)), 16),
    }[kind]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    for check in "0123456789":
        if luhn_valid(body + check):
            number = body + check
            break
    assert card_valid(number)
    style = rng.random()
    groups = [number[:4], number[4:10], number[10:]] if length == 15 else [number[i : i + 4] for i in range(0, 16, 4)]
    if style < 0.55:
        return " ".join(groups)
    if style < 0.75:
        return "-".join(groups)
    return number


def taxid_valid(value: str) -> bool:
    """German tax ID (Steuer-ID): 11 digits, no leading 0; in the first ten exactly one digit
    occurs twice or three times (three times never all in a row), every other digit at most once;
    the eleventh is the ISO 7064 MOD 11,10 check digit."""
    v = value.replace(" ", "")
    if len(v) != 11 or not v.isdigit() or v[0] == "0":
        return False
    body = v[:10]
    counts = sorted((body.count(c) for c in dict.fromkeys(body)), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] != 1):
        return False
    if counts[0] == 3 and any(body[i] == body[i + 1] == body[i + 2] for i in range(8)):
        return False
    product = 10
    for c in body:
        s = (int(c) + product) % 10 or 10
        product = (s * 2) % 11
    return (11 - product) % 10 == int(v[10])


def make_taxid(rng: random.Random) -> str:
    while True:
        digits = list("0123456789")
        rng.shuffle(digits)
        times = rng.choice([2, 2, 2, 3])
        rep = digits[0]
        body = [rep] * times + digits[1 : 11 - times]
        rng.shuffle(body)
        if body[0] == "0":
            continue
        product = 10
        for c in body:
            s = (int(c) + product) % 10 or 10
            product = (s * 2) % 11
        value = "".join(body) + str((11 - product) % 10)
        if taxid_valid(value):
            break
    if rng.random() < 0.45:
        return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}"
    return value


def gtin_check(body: str) -> str:
    # weights 3, 1, 3, … counted from the right-most digit of the body
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def gtin_valid(value: str) -> bool:
    return value.isdigit() and len(value) in (8, 12, 13, 14) and gtin_check(value[:-1]) == value[-1]


def make_gtin(rng: random.Random, length: int = 13) -> str:
    prefix = rng.choice(["400", "401", "403", "405", "426", "428", "440", "900", "906", "760", "761", "500", "505", "871", "800", "539"])
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    value = body + gtin_check(body)
    assert gtin_valid(value)
    return value


# ---------------------------------------------------------------- IP addresses

PUBLIC_V4 = [31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 109, 130, 134, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 50, 63, 66, 67, 68, 71, 73, 74, 76, 98, 99, 104, 107, 108, 173, 174]


def ip_public4(rng):
    return f"{rng.choice(PUBLIC_V4)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip_private4(rng):
    k = rng.random()
    if k < 0.45:
        return f"192.168.{rng.choice([0, 1, 2, 10, 20, 100, 178])}.{rng.randint(2, 254)}"
    if k < 0.8:
        return f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ip_v6(rng):
    h = lambda: format(rng.randint(0, 0xFFFF), "x")  # noqa: E731
    k = rng.random()
    if k < 0.45:
        return ":".join([rng.choice(["2a02", "2003", "2a01", "2001", "2a00", "2600", "2607"]), format(rng.randint(0x100, 0xFFFF), "x")] + [h() for _ in range(6)])
    if k < 0.8:
        return f"{rng.choice(['2a02', '2003', '2001', '2a0a', '2604'])}:{format(rng.randint(0x100, 0xFFFF), 'x')}:{h()}::{h()}"
    if k < 0.93:
        return f"fe80::{h()}:{rng.randint(0, 255):x}ff:fe{rng.randint(0, 255):02x}:{h()}"
    return "::1"


def ip_loopback(rng):
    return "127.0.0.1" if rng.random() < 0.85 else "::1"


# ---------------------------------------------------------------- places

# street names per country (DE/AT/CH written the way each country writes them)
STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Lindenstraße", "Dorfstraße", "Bergstraße", "Kirchstraße",
           "Waldstraße", "Ringstraße", "Am Anger", "Goethestraße", "Schillerstraße", "Mozartstraße", "Birkenweg", "Am Mühlbach",
           "Rosenweg", "Friedrichstraße", "Kastanienallee", "Lessingstraße", "Uhlandstraße", "Brunnenstraße", "Feldweg", "Marktplatz",
           "Wiesenstraße", "Hohenzollernring", "Kaiser-Wilhelm-Straße", "Auf dem Kamp", "Im Winkel", "Zur Mühle", "Talstraße",
           "Eichendorffweg", "Blumenstraße", "Poststraße", "Sonnenstraße", "Hafenstraße", "Alte Landstraße", "Mühlenweg",
           "Am Stadtpark", "Karl-Marx-Allee", "Elbchaussee", "Leopoldstraße", "Nymphenburger Str.", "Kölner Str.", "Weserstraße",
           "Ahornweg", "Tulpenweg", "Hochfeldstraße", "Fliederweg", "Schwarzwaldstraße", "Lerchenfeld", "Am Brühl"],
    "AT": ["Hauptplatz", "Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Schulgasse", "Kirchengasse", "Linzer Straße",
           "Grazer Straße", "Wiener Straße", "Bahnhofstraße", "Salzachgasse", "Annenstraße", "Getreidegasse", "Favoritenstraße",
           "Ottakringer Straße", "Praterstraße", "Museumstraße", "Maria-Theresien-Straße", "Sackstraße", "Lederergasse",
           "Dorfstraße", "Kaiserfeldgasse", "Neubaugasse", "Josefstädter Straße", "Gumpendorfer Straße", "Anichstraße"],
    "CH": ["Bahnhofstrasse", "Hauptstrasse", "Dorfstrasse", "Seestrasse", "Kirchgasse", "Rosenweg", "Bernstrasse", "Zürcherstrasse",
           "Baselstrasse", "Spalenberg", "Marktgasse", "Kramgasse", "Poststrasse", "Schulhausstrasse", "Im Grund", "Gerechtigkeitsgasse",
           "Langstrasse", "Badenerstrasse", "Winkelriedstrasse", "Obere Gasse", "Rennweg", "Seefeldstrasse", "Murtenstrasse"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queens Road", "King Street",
           "The Green", "Manor Close", "Windsor Drive", "Albert Terrace", "Orchard Way", "Castle Street", "Springfield Road",
           "Grange Road", "Chapel Street", "Meadow View", "Beech Grove", "Newton Road", "St John's Road", "Kingsway", "Clarence Street",
           "Heather Close", "Westfield Avenue", "Princes Street", "Riverside Walk"],
    "US": ["Main St", "Oak Ave", "Maple Street", "Elm St", "2nd Ave", "Park Blvd", "Washington Ave", "Lakeview Dr", "Cedar Ln",
           "Pine St", "Sunset Blvd", "Highland Ave", "Spring St", "Willow Ct", "Ridge Rd", "N Broadway", "Hawthorne Blvd",
           "SE Division St", "Pearl St", "Magnolia Ave", "W 4th St", "Mission St", "Canyon Rd", "Orchard Ln"],
    "IE": ["Main Street", "Ashfield Road", "Church Road", "Castle Street", "Strand Road", "Mary Street", "Patrick Street",
           "Shop Street", "Ballymun Road", "Grove Park", "Sandymount Avenue", "College Road", "Father Griffin Road", "Quay Street",
           "Oliver Plunkett Street", "Rathgar Road", "Seafield Crescent"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo", "place Bellecour", "rue des Lilas",
           "chemin des Vignes", "allée des Tilleuls", "rue du Moulin", "rue Pasteur", "avenue de la Gare", "quai Saint-Vincent",
           "rue des Écoles", "impasse des Glycines"],
    "NL": ["Keizersgracht", "Prinsengracht", "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Oudegracht", "Herengracht",
           "Julianalaan", "Beatrixstraat", "Nieuwe Binnenweg", "Lange Voorhout", "Vondelstraat", "Spoorlaan"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante", "Piazza del Duomo", "Via Mazzini", "Viale Europa",
           "Via Cavour", "Via dei Mille", "Via XX Settembre", "Via Verdi", "Via San Francesco", "Corso Italia", "Via della Vigna Nuova"],
}

# (town, postcode range or list, extra) per country; the extra is a state (US), province (IT) or
# Dublin district (IE)
TOWNS = {
    "DE": [("Berlin", (10115, 14199)), ("Hamburg", (20095, 22769)), ("München", (80331, 81929)), ("Köln", (50667, 51149)),
           ("Frankfurt am Main", (60306, 60599)), ("Stuttgart", (70173, 70629)), ("Düsseldorf", (40210, 40629)), ("Leipzig", (4103, 4357)),
           ("Dresden", (1067, 1328)), ("Hannover", (30159, 30669)), ("Nürnberg", (90402, 90491)), ("Bremen", (28195, 28779)),
           ("Essen", (45127, 45359)), ("Dortmund", (44135, 44388)), ("Freiburg im Breisgau", (79098, 79117)), ("Münster", (48143, 48167)),
           ("Kempten (Allgäu)", (87435, 87439)), ("Augsburg", (86150, 86199)), ("Regensburg", (93047, 93059)), ("Kiel", (24103, 24159)),
           ("Rostock", (18055, 18147)), ("Mainz", (55116, 55131)), ("Bonn", (53111, 53229)), ("Mannheim", (68159, 68309)),
           ("Karlsruhe", (76131, 76229)), ("Würzburg", (97070, 97084)), ("Erfurt", (99084, 99099)), ("Potsdam", (14467, 14482)),
           ("Göttingen", (37073, 37085)), ("Heidelberg", (69115, 69126)), ("Ulm", (89073, 89081)), ("Lübeck", (23552, 23570)),
           ("Bielefeld", (33602, 33739)), ("Oldenburg", (26121, 26135)), ("Garmisch-Partenkirchen", (82467, 82467)),
           ("Sonthofen", (87527, 87527)), ("Rosenheim", (83022, 83026)), ("Bamberg", (96047, 96052)), ("Trier", (54290, 54296)),
           ("Passau", (94032, 94036)), ("Lindau (Bodensee)", (88131, 88131)), ("Bad Tölz", (83646, 83646))],
    "AT": [("Wien", "vienna"), ("Graz", (8010, 8063)), ("Linz", (4020, 4040)), ("Salzburg", (5020, 5026)), ("Innsbruck", (6020, 6020)),
           ("Klagenfurt am Wörthersee", (9020, 9020)), ("Villach", (9500, 9500)), ("St. Pölten", (3100, 3100)), ("Wels", (4600, 4600)),
           ("Dornbirn", (6850, 6850)), ("Bregenz", (6900, 6900)), ("Leoben", (8700, 8700)), ("Krems an der Donau", (3500, 3500)),
           ("Steyr", (4400, 4400)), ("Feldkirch", (6800, 6800)), ("Kufstein", (6330, 6330)), ("Bad Ischl", (4820, 4820)),
           ("Schladming", (8970, 8970)), ("Zell am See", (5700, 5700))],
    "CH": [("Zürich", (8001, 8057)), ("Bern", (3004, 3027)), ("Basel", (4051, 4059)), ("Luzern", (6003, 6006)), ("St. Gallen", (9000, 9016)),
           ("Winterthur", (8400, 8411)), ("Aarau", (5000, 5004)), ("Chur", (7000, 7000)), ("Thun", (3600, 3608)), ("Zug", (6300, 6300)),
           ("Schaffhausen", (8200, 8200)), ("Baden", (5400, 5400)), ("Frauenfeld", (8500, 8500)), ("Olten", (4600, 4600)),
           ("Davos Platz", (7270, 7270)), ("Interlaken", (3800, 3800)), ("Solothurn", (4500, 4500)), ("Wil SG", (9500, 9500))],
    "GB": [("London", "london"), ("Manchester", ("M", 1, 20)), ("Leeds", ("LS", 1, 17)), ("Bristol", ("BS", 1, 16)),
           ("Birmingham", ("B", 1, 45)), ("Glasgow", ("G", 1, 42)), ("Edinburgh", ("EH", 1, 17)), ("Cardiff", ("CF", 10, 24)),
           ("York", ("YO", 1, 31)), ("Norwich", ("NR", 1, 7)), ("Brighton", ("BN", 1, 3)), ("Oxford", ("OX", 1, 4)),
           ("Cambridge", ("CB", 1, 5)), ("Sheffield", ("S", 1, 17)), ("Liverpool", ("L", 1, 25)), ("Nottingham", ("NG", 1, 11)),
           ("Exeter", ("EX", 1, 4)), ("Bath", ("BA", 1, 2)), ("Belfast", ("BT", 1, 17)), ("Aberdeen", ("AB", 10, 25)),
           ("Newcastle upon Tyne", ("NE", 1, 15)), ("Kendal", ("LA", 9, 9)), ("Keswick", ("CA", 12, 12)), ("Inverness", ("IV", 1, 3))],
    "US": [("Portland", "OR", (97201, 97236)), ("Denver", "CO", (80202, 80239)), ("Boulder", "CO", (80301, 80310)),
           ("Seattle", "WA", (98101, 98199)), ("Austin", "TX", (78701, 78759)), ("Boston", "MA", (2108, 2136)),
           ("Chicago", "IL", (60601, 60661)), ("Minneapolis", "MN", (55401, 55488)), ("Burlington", "VT", (5401, 5408)),
           ("Asheville", "NC", (28801, 28806)), ("Salt Lake City", "UT", (84101, 84121)), ("Madison", "WI", (53703, 53726)),
           ("Bend", "OR", (97701, 97709)), ("Springfield", "IL", (62701, 62711)), ("Brooklyn", "NY", (11201, 11239)),
           ("San Diego", "CA", (92101, 92130)), ("Phoenix", "AZ", (85003, 85054)), ("Atlanta", "GA", (30303, 30350)),
           ("Ann Arbor", "MI", (48103, 48109)), ("Missoula", "MT", (59801, 59808)), ("Flagstaff", "AZ", (86001, 86004))],
    "IE": [("Dublin 2", "D02"), ("Dublin 4", "D04"), ("Dublin 6", "D06"), ("Dublin 8", "D08"), ("Dublin 7", "D07"),
           ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Waterford", "X91"), ("Kilkenny", "R95"), ("Sligo", "F91"),
           ("Athlone", "N37"), ("Drogheda", "A92"), ("Tralee", "V92"), ("Letterkenny", "F92"), ("Wexford", "Y35"), ("Westport", "F28")],
    "FR": [("Paris", (75001, 75020)), ("Lyon", (69001, 69009)), ("Marseille", (13001, 13016)), ("Toulouse", (31000, 31500)),
           ("Nantes", (44000, 44300)), ("Strasbourg", (67000, 67200)), ("Lille", (59000, 59800)), ("Bordeaux", (33000, 33800)),
           ("Grenoble", (38000, 38100)), ("Annecy", (74000, 74000)), ("Chamonix-Mont-Blanc", (74400, 74400)), ("Rennes", (35000, 35700))],
    "NL": [("Amsterdam", (1011, 1109)), ("Rotterdam", (3011, 3089)), ("Utrecht", (3511, 3585)), ("Den Haag", (2511, 2597)),
           ("Eindhoven", (5611, 5658)), ("Groningen", (9711, 9747)), ("Leiden", (2311, 2334)), ("Haarlem", (2011, 2037)),
           ("Nijmegen", (6511, 6546)), ("Maastricht", (6211, 6229)), ("Arnhem", (6811, 6846))],
    "IT": [("Milano", "MI", (20121, 20162)), ("Torino", "TO", (10121, 10156)), ("Bologna", "BO", (40121, 40141)),
           ("Firenze", "FI", (50121, 50145)), ("Roma", "RM", (118, 199)), ("Bolzano", "BZ", (39100, 39100)),
           ("Trento", "TN", (38121, 38123)), ("Verona", "VR", (37121, 37142)), ("Genova", "GE", (16121, 16167)), ("Padova", "PD", (35121, 35143))],
}

COUNTRY_NAMES = {
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA", "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
}

UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIR_CHARS = "0123456789ACDEFHKNPRTVWXY"


class Address:
    """A postal address in its country's layout: a street line and a town line."""

    def __init__(self, rng: random.Random, country: str):
        self.country = country
        street = rng.choice(STREETS[country])
        c = country
        if c in ("DE", "AT", "CH"):
            num = str(rng.choice([rng.randint(1, 40), rng.randint(1, 140), rng.randint(1, 12)]))
            r = rng.random()
            if c == "AT" and r < 0.45:
                num += rng.choice([f"/{rng.randint(1, 9)}/{rng.randint(1, 24)}", f"/{rng.randint(1, 30)}", f"/Top {rng.randint(1, 18)}", f"/{rng.randint(1, 4)}/{rng.randint(1, 12)}"])
            elif r < 0.15:
                num += rng.choice(["a", "b", "c", " a"])
            elif c == "DE" and r < 0.2:
                num = f"{num}-{int(num) + rng.choice([1, 2, 4])}"
            if c == "DE" and rng.random() < 0.2:
                street = street.replace("straße", "str.").replace("Straße", "Str.")
            self.street_line = f"{street} {num}"
            if c == "DE" and rng.random() < 0.1:
                self.street_line += rng.choice([", Hinterhaus", ", Hinterhaus links", ", 3. OG", ", Seitenflügel"])
            town, span = rng.choice(TOWNS[c])
            if span == "vienna":
                z = f"1{rng.randint(1, 23):02d}0"
            else:
                z = f"{rng.randint(span[0], span[1]):04d}" if c != "DE" else f"{rng.randint(span[0], span[1]):05d}"
            self.zip = z
            self.town = town
            prefix = ""
            pr = rng.random()
            if c == "DE" and pr < 0.1:
                prefix = "D-"
            elif c == "AT" and pr < 0.3:
                prefix = "A-"
            elif c == "CH" and pr < 0.35:
                prefix = "CH-"
            self.town_line = f"{prefix}{z} {town}"
        elif c == "GB":
            num = rng.randint(1, 180)
            line = f"{num} {street}"
            r = rng.random()
            if r < 0.2:
                line = f"Flat {rng.randint(1, 12)}, {line}"
            elif r < 0.28:
                line = f"{num}{rng.choice('ab')} {street}"
            elif r < 0.34:
                line = f"{rng.choice(['Rose Cottage', 'The Old Forge', 'Ivy House', 'Hillside', 'Orchard House'])}, {street}"
            self.street_line = line
            town, code = rng.choice(TOWNS[c])
            if code == "london":
                out = rng.choice(["E1", "E8", "N1", "N16", "NW3", "SE15", "SW9", "SW11", "W4", "W12", "EC1V", "WC1N", "E17", "N7"])
            else:
                out = f"{code[0]}{rng.randint(code[1], code[2])}"
            self.zip = f"{out} {rng.randint(1, 9)}{rng.choice(UK_LETTERS)}{rng.choice(UK_LETTERS)}"
            self.town = town
            self.town_line = f"{town}{rng.choice([' ', ', '])}{self.zip}"
        elif c == "US":
            line = f"{rng.randint(10, 9899)} {street}"
            r = rng.random()
            if r < 0.22:
                line += rng.choice([f", Apt {rng.randint(1, 40)}", f", Apt {rng.randint(1, 9)}{rng.choice('ABCD')}", f" Apt {rng.randint(100, 420)}"])
            elif r < 0.34:
                line += rng.choice([f", Suite {rng.randint(100, 990)}", f" Suite {rng.randint(2, 40)}", f", Unit {rng.randint(1, 20)}", f" #{rng.randint(2, 30)}"])
            self.street_line = line
            town, state, span = rng.choice(TOWNS[c])
            self.zip = f"{rng.randint(span[0], span[1]):05d}"
            self.town = town
            self.town_line = f"{town}, {state} {self.zip}"
        elif c == "IE":
            line = f"{rng.randint(1, 120)} {street}"
            if rng.random() < 0.2:
                line = f"Apartment {rng.randint(1, 40)}, {rng.choice(['The Maltings', 'Riverside Court', 'Harbour View', 'Millbrook'])}"
            self.street_line = line
            town, key = rng.choice(TOWNS[c])
            self.zip = f"{key} {''.join(rng.choice(EIR_CHARS) for _ in range(4))}"
            if not self.zip[4].isalpha():
                self.zip = self.zip[:4] + rng.choice("ACDEFHKNPRTVWXY") + self.zip[5:]
            self.town = town
            self.town_line = f"{town}{rng.choice([', ', ' '])}{self.zip}"
        elif c == "FR":
            num = rng.randint(1, 90)
            self.street_line = rng.choice([f"{num} {street}", f"{num}, {street}", f"{num} bis {street}"])
            town, span = rng.choice(TOWNS[c])
            self.zip = f"{rng.randint(span[0], span[1]):05d}"
            self.town = town
            self.town_line = f"{self.zip} {town}"
        elif c == "NL":
            num = str(rng.randint(1, 260))
            if rng.random() < 0.2:
                num += rng.choice(["-II", "-1", " A", "hs", "-III"])
            self.street_line = f"{street} {num}"
            town, span = rng.choice(TOWNS[c])
            self.zip = f"{rng.randint(span[0], span[1])} {rng.choice('ABCDEGHJKLMNPRTVWXZ')}{rng.choice('ABCDEGHJKLMNPRTVWXZ')}"
            self.town = town
            self.town_line = f"{self.zip} {town}"
        elif c == "IT":
            num = rng.randint(1, 140)
            self.street_line = rng.choice([f"{street} {num}", f"{street}, {num}"])
            town, prov, span = rng.choice(TOWNS[c])
            self.zip = f"{rng.randint(span[0], span[1]):05d}"
            self.town = town
            self.town_line = rng.choice([f"{self.zip} {town}", f"{self.zip} {town} ({prov})", f"{self.zip} {town} {prov}"])
        else:
            raise KeyError(country)

    def one_line(self, rng):
        sep = ", "
        if self.country in ("DE", "AT", "CH") and rng.random() < 0.12:
            sep = rng.choice([" · ", " - ", " – "])
        if self.country == "IT" and rng.random() < 0.4:
            sep = " - "
        return f"{self.street_line}{sep}{self.town_line}"


# ---------------------------------------------------------------- phone numbers

US_AREAS = ["212", "303", "312", "415", "503", "512", "617", "206", "720", "801", "802", "828", "608", "541", "612", "718", "619", "602", "404", "734", "406", "928", "970"]


def make_phone(rng: random.Random, country: str, kind: str = "any", form: str = "any") -> str:
    """A phone number of a country, in a national or international form."""
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    mobile = kind == "mobile" or (kind == "any" and rng.random() < 0.55)
    intl = form == "intl" or (form == "any" and rng.random() < 0.45)
    c = country
    if c == "DE":
        if mobile:
            pre = rng.choice(["151", "152", "157", "159", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179", "1520", "1578"])
            sub = d(7) if len(pre) == 3 else d(7)
            if intl:
                return rng.choice([f"+49 {pre} {sub}", f"+49 {pre} {sub[:3]} {sub[3:]}", f"+49 (0){pre} {sub}", f"0049 {pre} {sub}", f"+49{pre}{sub}"])
            return rng.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre}-{sub}", f"0{pre} {sub[:3]} {sub[3:]}", f"(0{pre}) {sub}"])
        area = rng.choice(["30", "40", "89", "221", "69", "711", "351", "341", "511", "911", "421", "831", "8321", "8323", "761", "251", "621", "6221", "731", "941", "381", "228"])
        sub = d(8 - len(area) + 2) if len(area) <= 3 else d(6)
        if intl:
            return rng.choice([f"+49 {area} {sub}", f"+49 (0){area} {sub}", f"+49 {area} {sub[:3]} {sub[3:]}", f"0049 {area} {sub}"])
        return rng.choice([f"0{area} {sub}", f"0{area}/{sub}", f"(0{area}) {sub}", f"0{area} / {sub[:3]} {sub[3:]}", f"0{area}-{sub}"])
    if c == "AT":
        if mobile:
            pre = rng.choice(["664", "676", "699", "650", "660", "680", "681"])
            sub = d(7)
            return rng.choice([f"+43 {pre} {sub}", f"+43 {pre} {sub[:3]} {sub[3:]}", f"0043 {pre} {sub}"]) if intl else rng.choice([f"0{pre} {sub}", f"0{pre}/{sub}", f"0{pre} {sub[:3]} {sub[3:]}"])
        area = rng.choice(["1", "316", "732", "662", "512", "463", "2742", "5572", "4242", "3612"])
        sub = d(7) if area == "1" else d(6)
        return rng.choice([f"+43 {area} {sub}", f"+43 (0){area} {sub}", f"0043 {area} {sub}"]) if intl else rng.choice([f"0{area} {sub}", f"0{area}/{sub}", f"(0{area}) {sub}"])
    if c == "CH":
        pre = rng.choice(["76", "77", "78", "79"]) if mobile else rng.choice(["44", "31", "61", "41", "71", "52", "81", "33", "56"])
        a, b, cc = d(3), d(2), d(2)
        return rng.choice([f"+41 {pre} {a} {b} {cc}", f"0041 {pre} {a} {b} {cc}", f"+41 (0){pre} {a} {b} {cc}"]) if intl else rng.choice([f"0{pre} {a} {b} {cc}", f"0{pre} {a}{b}{cc}"])
    if c == "GB":
        if mobile:
            sub = d(3) + " " + d(6)
            return rng.choice([f"+44 7{sub}", f"+44 (0)7{sub}", f"0044 7{sub}"]) if intl else rng.choice([f"07{sub}", f"07{sub.replace(' ', '')}"])
        area, sub = rng.choice([("20", d(4) + " " + d(4)), ("161", d(3) + " " + d(4)), ("113", d(3) + " " + d(4)), ("117", d(3) + " " + d(4)), ("131", d(3) + " " + d(4)), ("1539", d(6)), ("17687", d(5)), ("1865", d(6))])
        return rng.choice([f"+44 {area} {sub}", f"+44 (0){area} {sub}"]) if intl else f"0{area} {sub}"
    if c == "US":
        area = rng.choice(US_AREAS)
        ex = f"{rng.randint(2, 9)}{d(2)}"
        sub = d(4)
        if intl:
            return rng.choice([f"+1 {area} {ex} {sub}", f"+1 ({area}) {ex}-{sub}", f"+1-{area}-{ex}-{sub}", f"+1 {area}-{ex}-{sub}"])
        return rng.choice([f"({area}) {ex}-{sub}", f"{area}-{ex}-{sub}", f"{area}.{ex}.{sub}", f"1-{area}-{ex}-{sub}"])
    if c == "IE":
        if mobile:
            pre = rng.choice(["83", "85", "86", "87", "89"])
            return rng.choice([f"+353 {pre} {d(3)} {d(4)}", f"+353 (0){pre} {d(3)} {d(4)}"]) if intl else rng.choice([f"0{pre} {d(3)} {d(4)}", f"0{pre}-{d(7)}"])
        area = rng.choice(["1", "21", "91", "61", "51", "56", "71", "66"])
        sub = d(3) + " " + d(4) if area == "1" else d(6)
        return f"+353 {area} {sub}" if intl else f"0{area} {sub}"
    if c == "FR":
        first = rng.choice(["6", "7"]) if mobile else rng.choice(["1", "2", "3", "4", "5"])
        g = " ".join(d(2) for _ in range(4))
        return rng.choice([f"+33 {first} {g}", f"+33 (0){first} {g}"]) if intl else rng.choice([f"0{first} {g}", f"0{first}{g.replace(' ', '')}", f"0{first}.{g.replace(' ', '.')}"])
    if c == "NL":
        if mobile:
            sub = d(8)
            return rng.choice([f"+31 6 {sub}", f"+31 (0)6 {sub}", f"+316{sub}"]) if intl else rng.choice([f"06 {sub}", f"06-{sub}", f"06 {sub[:2]} {sub[2:5]} {sub[5:]}"])
        area = rng.choice(["20", "10", "30", "70", "40", "50", "71"])
        sub = d(3) + " " + d(4)
        return f"+31 {area} {sub}" if intl else rng.choice([f"0{area} {sub}", f"0{area}-{sub.replace(' ', '')}"])
    if c == "IT":
        if mobile:
            pre = rng.choice(["320", "328", "333", "335", "340", "347", "349", "366", "380", "393"])
            sub = d(7)
            return rng.choice([f"+39 {pre} {sub}", f"+39 {pre} {sub[:3]} {sub[3:]}"]) if intl else rng.choice([f"{pre} {sub}", f"{pre} {sub[:3]} {sub[3:]}", f"{pre}/{sub}"])
        area = rng.choice(["02", "06", "011", "051", "055", "045", "0471", "010"])
        sub = d(8 - len(area) + 2)
        return f"+39 {area} {sub}" if intl else rng.choice([f"{area} {sub}", f"{area} {sub[:4]} {sub[4:]}"])
    raise KeyError(country)


# ---------------------------------------------------------------- names and people


def fold(s: str) -> str:
    """A name as it appears in an e-mail address (ASCII, lower case)."""
    table = {"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ł": "l", "Ł": "l", "ı": "i", "İ": "i",
             "ø": "o", "Ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "Đ": "d", "ð": "d", "þ": "th"}
    s = "".join(table.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in "-"))
    return s.lower()


def weighted(rng: random.Random, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


_ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "r", "s", "t", "v", "z", "h", "j", "w", "br", "dr", "kl", "tr", "st", "gr"]
_VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "i", "a", "ei", "au"]
_CODAS = ["", "", "", "", "", "", "n", "r", "l", "s", "m", "nd"]
_ENDINGS_F = ["a", "ine", "ela", "ira", "ea", "ette", "ona"]
_ENDINGS_M = ["o", "an", "ek", "or", "im", "as", "en"]
_ENDINGS_L = ["ow", "ak", "ert", "ing", "eck", "ani", "ski", "sen", "oglu", "ić", "ley", "ham", "dorf", "ner"]


class NameBank:
    def __init__(self):
        self.tally = {"en": [0, 0], "de": [0, 0]}  # named people, invented ones (accepted texts only)
        self.lists = names.load()
        given, last = names.all_names()
        self.known = {n.lower() for n in given + last}
        self.known |= {p.lower() for n in given + last for p in re.split(r"[\s\-']", n) if p}
        self.known |= {"almweg", "fernkamm", "firstwand", "gitterhang", "hochsattel", "kaltkar", "morgengrat", "rinnental", "schauerpass",
                       "steinlauf", "trittweg", "wintersteig", "talgrat", "oberhalden"}

    def invented(self, rng: random.Random, gender: str) -> tuple[str, str]:
        def word(syl: int) -> str:
            out, coda = "", ""
            for _ in range(syl):
                onset = rng.choice(_ONSETS)
                if coda and len(onset) > 1:
                    onset = onset[0]
                coda = rng.choice(_CODAS)
                out += onset + rng.choice(_VOWELS) + coda
            return out

        while True:
            first = word(rng.choice([1, 2])) + rng.choice(_ENDINGS_F if gender == "f" else _ENDINGS_M)
            last = word(rng.choice([1, 2, 2])) + rng.choice(_ENDINGS_L + [""])
            first, last = first.capitalize(), last.capitalize()
            if 4 <= len(first) <= 10 and 4 <= len(last) <= 13 and first.lower() not in self.known and last.lower() not in self.known:
                return first, last


COUNTRY_WEIGHTS = {
    "de": [("DE", 64), ("AT", 15), ("CH", 12), ("NL", 2), ("FR", 2), ("IT", 2), ("GB", 1.5), ("US", 0.5), ("IE", 1)],
    "en": [("GB", 40), ("US", 28), ("IE", 14), ("DE", 7), ("FR", 3), ("NL", 3), ("IT", 2), ("AT", 1.5), ("CH", 1.5)],
}

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "mailbox.org", "icloud.com", "yahoo.de", "gmx.net"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.com", "icloud.com", "drei.at"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "gmail.com", "protonmail.ch", "icloud.com"],
    "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com", "virginmedia.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "hotmail.com", "aol.com", "comcast.net", "icloud.com", "outlook.com", "proton.me"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com", "yahoo.ie"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
}

# companies of business contacts: (name, mail domain); none is a person's name
BUSINESS = {
    "de": [("Gipfelwerk Media GmbH", "gipfelwerk-media.de"), ("Nordlicht Agentur", "nordlicht-agentur.de"), ("Bergsport Kühnle", "bergsport-kuehnle.de"),
           ("Alpinhaus Rauch & Söhne", "alpinhaus-rauch.at"), ("Hüttenfuchs Outdoor", "huettenfuchs.de"), ("Sportgeschäft Gams", "sport-gams.at"),
           ("Wegweiser Kommunikation", "wegweiser-kommunikation.de"), ("Seilschaft Retail AG", "seilschaft.ch"), ("Textilveredelung Kordes", "kordes-stick.de"),
           ("Druckerei Lindenblatt", "lindenblatt-druck.de"), ("Trailfunk Podcast", "trailfunk.de"), ("Bergzeit Verlag", "bergzeit-verlag.de"),
           ("Wanderbar Studio", "wanderbar-studio.ch"), ("Kletterhalle Nordwand", "nordwand-klettern.de"), ("Stickerei Anker", "stickerei-anker.de")],
    "en": [("Northwind Creative Ltd", "northwindcreative.co.uk"), ("Summit Outfitters", "summitoutfitters.com"), ("Fell & Tarn Retail", "fellandtarn.co.uk"),
           ("Brightside PR", "brightsidepr.com"), ("Trailhead Media LLC", "trailheadmedia.com"), ("Ironwood Stitch Co.", "ironwoodstitch.com"),
           ("Keystone Outdoor Supply", "keystoneoutdoor.com"), ("Harbour Lane Studio", "harbourlane.studio"), ("Oakfield Gear", "oakfieldgear.ie"),
           ("Redpoint Climbing Wall", "redpointwall.co.uk"), ("Ridgeline Podcast", "ridgelinepod.com"), ("Evergreen Embroidery", "evergreenembroidery.co.uk"),
           ("Silverline Distribution", "silverline-dist.com"), ("Bog & Bracken Walks", "bogandbracken.ie")],
}

HONORIFICS = {
    "de": {"f": [("Frau", 20), ("Frau Dr.", 3), ("Fr.", 2), ("Frau Mag.", 1), ("Frau Prof. Dr.", 0.5)],
           "m": [("Herr", 20), ("Herr Dr.", 3), ("Hr.", 2), ("Herr Mag.", 1), ("Herr DI", 0.6), ("Herr Prof.", 0.5)]},
    "en": {"f": [("Ms", 8), ("Ms.", 6), ("Mrs", 5), ("Mrs.", 3), ("Miss", 2), ("Dr", 1.5), ("Dr.", 1)],
           "m": [("Mr", 10), ("Mr.", 8), ("Dr", 1.5), ("Dr.", 1), ("Prof.", 0.5)]},
}

STAFF_TITLES = {
    "de": ["Kundenservice", "Customer Care", "Teamleitung Kundenservice", "Content & Copy", "Performance-Marketing", "E-Commerce", "CRM-Management",
           "Social Media", "Produktmanagement", "Versand & Retouren", "Community-Management", "Brand Partnerships"],
    "en": ["Customer Care", "Customer Service Lead", "Content & Copy", "Performance Marketing", "E-commerce Manager", "CRM Manager",
           "Social Media", "Product Manager", "Returns & Logistics", "Community Manager", "Brand Partnerships"],
}
CONTACT_TITLES = {
    "de": ["Geschäftsführung", "Einkauf", "Projektleitung", "Inhaberin", "Inhaber", "Art Direction", "Account Management", "Redaktion", "Filialleitung"],
    "en": ["Managing Director", "Buyer", "Account Director", "Owner", "Head of Content", "Producer", "Store Manager", "Partnerships Lead", "Editor"],
}


class Person:
    def __init__(self, ctx, key: str, opts: str):
        rng = ctx.rng
        self.ctx = ctx
        self.key = key
        self.kind = key[0]
        lang = ctx.lang
        o = opts.split(",") if opts else []
        country = next((x for x in o if x in COUNTRY_NAMES["en"]), None)
        self.country = country or weighted(rng, COUNTRY_WEIGHTS[lang])
        self.gender = "f" if "f" in o else "m" if "m" in o else rng.choice("fm")
        can_invent = self.kind in "psc" and "real" not in o
        # about INVENTED_RATE of the named people of each language carry an invented name: the
        # draw leans against the share reached so far, so the two languages land close to it
        named, inv = ctx.bank.tally[lang]
        share = inv / named if named else INVENTED_RATE
        rate = min(0.3, max(0.03, INVENTED_RATE + 1.5 * (INVENTED_RATE - share)))
        self.invented = "inv" in o or (can_invent and rng.random() < rate)
        bank = ctx.bank
        if self.invented:
            self.first, self.last = bank.invented(rng, self.gender)
            self.origin = "invented"
        else:
            self.origin = self._origin(rng, lang)
            lists = bank.lists[self.origin]
            self.first = rng.choice(lists[self.gender])
            surname_origin = self.origin if rng.random() < 0.85 else self._origin(rng, lang)
            self.last = rng.choice(bank.lists[surname_origin]["last"])
            if self.gender == "f" and surname_origin == "polish":
                for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
                    if self.last.endswith(a):
                        self.last = self.last[: -len(a)] + b
            if self.gender == "f" and surname_origin == "russian" and self.last.endswith(("ov", "ev", "in")):
                self.last += "a"
            r = rng.random()
            if "word" in o or r < WORD_NAME_RATE:
                wn = names.WORD_NAMES[lang]
                if rng.random() < 0.6:
                    self.last = rng.choice(wn["last"])
                else:
                    self.first = rng.choice(wn["given_" + self.gender])
            # double given names, hyphenated surnames
            r = rng.random()
            if r < 0.07 and self.origin in ("german", "austrian", "swiss"):
                other = rng.choice([n for n in lists[self.gender] if n != self.first and " " not in n])
                self.first = f"{self.first}{rng.choice(['-', '-', ' '])}{other}"
            elif r < 0.04 and self.origin in ("english", "us", "irish"):
                other = rng.choice([n for n in lists[self.gender] if n != self.first and " " not in n])
                self.first = f"{self.first} {other}"
            r = rng.random()
            if (r < 0.07 and lang == "de" or r < 0.035) and " " not in self.last and self.origin not in ("chinese", "korean", "vietnamese"):
                other = rng.choice([n for n in bank.lists[surname_origin]["last"] if " " not in n and n != self.last])
                self.last = f"{self.last}-{other}"
        self.full = f"{self.first} {self.last}"
        hon = HONORIFICS[lang][self.gender]
        self.hon = weighted(rng, hon)
        if self.country not in ("AT",) and "Mag." in self.hon or self.country != "AT" and "DI" in self.hon:
            self.hon = "Frau" if self.gender == "f" else "Herr"
        self._addr = None
        self._vals = {}
        if self.kind == "s":
            self.domain = "talgrat.de" if lang == "de" else rng.choice(["talgrat.com", "talgrat.de"])
            self.company = "Talgrat Outdoor GmbH"
            self.title = rng.choice(STAFF_TITLES[lang])
        elif self.kind == "c":
            self.company, self.domain = rng.choice(BUSINESS[lang])
            self.title = rng.choice(CONTACT_TITLES[lang])
        else:
            self.domain = rng.choice(MAIL_DOMAINS[self.country])
            self.company = ""
            self.title = ""
        self.mail = self._mail(rng)

    def _origin(self, rng, lang):
        c = self.country
        special = {"AT": "austrian", "CH": "swiss", "US": "us", "IE": "irish", "FR": "french", "NL": "dutch", "IT": "italian"}
        if c in special and rng.random() < (0.55 if c in ("AT", "CH", "US", "IE") else 0.45):
            return special[c]
        if c == "GB" and rng.random() < 0.2:
            return rng.choice(["scottish", "welsh"])
        return weighted(rng, list(names.WEIGHTS[lang].items()))

    def _mail(self, rng):
        f, l = fold(self.first.split(" ")[0].split("-")[0]), fold(self.last.replace(" ", "").replace("'", ""))
        if self.kind == "s":
            local = rng.choice([f"{f}.{l}", f"{f}.{l}", f"{f[0]}.{l}", f"{f}"])
        elif self.kind == "c":
            local = rng.choice([f"{f}.{l}", f"{f}", f"{f[0]}{l}", f"{f}.{l}"])
        else:
            sep = rng.choice([".", ".", "", "_", "-"])
            local = rng.choice([f"{f}{sep}{l}", f"{f[0]}{sep}{l}", f"{f}{rng.randint(1, 99)}", f"{l}{sep}{f}", f"{f}{sep}{l}{rng.randint(60, 99)}",
                                f"{f}{sep}{l[0]}", f"{l}{rng.randint(1, 999)}"])
        local = local.strip(".-_") or "post"
        return f"{local}@{self.domain}"

    @property
    def addr(self) -> Address:
        if self._addr is None:
            self._addr = Address(self.ctx.rng, self.country)
        return self._addr

    def val(self, name, make):
        if name not in self._vals:
            self._vals[name] = make()
        return self._vals[name]


# ---------------------------------------------------------------- look-alikes (never labelled)

PRODUCTS = {
    "de": [("Firstwand", "Firstwand 3-Lagen-Regenjacke", "TG-RJ-100", "349,95 €"), ("Schauerpass", "Schauerpass 2,5-Lagen-Regenjacke", "TG-RJ-200", "199,95 €"),
           ("Kaltkar", "Kaltkar Daunenjacke", "TG-DJ-100", "289,95 €"), ("Rinnental", "Rinnental Isolationshoody", "TG-SI-100", "219,95 €"),
           ("Gitterhang", "Gitterhang Grid-Fleecejacke", "TG-FL-100", "119,95 €"), ("Morgengrat", "Morgengrat Merino 150 Langarmshirt", "TG-BL-100", "89,95 €"),
           ("Almweg", "Almweg Zip-off-Wanderhose", "TG-HT-100", "129,95 €"), ("Wintersteig", "Wintersteig Wintertrekkinghose", "TG-WT-100", "169,95 €"),
           ("Hochsattel 30", "Hochsattel 30 Wanderrucksack", "TG-BP-030", "139,95 €"), ("Fernkamm 45+10", "Fernkamm 45+10 Trekkingrucksack", "TG-BP-045", "229,95 €"),
           ("Steinlauf", "Steinlauf Trailrunningschuh", "TG-TS-100", "159,95 €"), ("Trittweg", "Trittweg Merino-Wandersocken", "TG-SO-100", "24,95 €")],
    "en": [("Firstwand", "Firstwand 3-Layer Rain Jacket", "TG-RJ-100", "€349.95"), ("Schauerpass", "Schauerpass 2.5-Layer Rain Jacket", "TG-RJ-200", "€199.95"),
           ("Kaltkar", "Kaltkar Down Jacket", "TG-DJ-100", "€289.95"), ("Rinnental", "Rinnental Insulated Hoody", "TG-SI-100", "€219.95"),
           ("Gitterhang", "Gitterhang Grid Fleece Jacket", "TG-FL-100", "€119.95"), ("Morgengrat", "Morgengrat Merino 150 Long-Sleeve Shirt", "TG-BL-100", "€89.95"),
           ("Almweg", "Almweg Zip-Off Hiking Trousers", "TG-HT-100", "€129.95"), ("Wintersteig", "Wintersteig Winter Trekking Trousers", "TG-WT-100", "€169.95"),
           ("Hochsattel 30", "Hochsattel 30 Hiking Backpack", "TG-BP-030", "€139.95"), ("Fernkamm 45+10", "Fernkamm 45+10 Trekking Backpack", "TG-BP-045", "€229.95"),
           ("Steinlauf", "Steinlauf Trail Running Shoe", "TG-TS-100", "€159.95"), ("Trittweg", "Trittweg Merino Hiking Socks", "TG-SO-100", "€24.95")],
}
COLOURS = {
    "de": ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer", "Enzian", "Flechte", "Alpenglühen", "Felsgrau", "Kalkstein", "Moorbraun"],
    "en": ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate", "Gentian", "Lichen", "Alpenglow", "Rock Grey", "Limestone", "Peat Brown"],
}
SIZES = ["XS", "S", "M", "L", "XL", "XXL"]
# grammatical gender of the product names in German (from the brand's product sheets)
DE_GENDER = {"Almweg": "f", "Fernkamm 45+10": "m", "Firstwand": "f", "Gitterhang": "f", "Hochsattel 30": "m", "Kaltkar": "f",
             "Morgengrat": "n", "Rinnental": "m", "Schauerpass": "f", "Steinlauf": "m", "Trittweg": "pl", "Wintersteig": "f"}
# companies whose names carry a surname or a word that is also a surname: never persons
COMPANIES_SURNAME = {
    "de": ["Müller Logistik GmbH", "Spedition Wolf GmbH", "Bauer & Söhne KG", "Schneider Textil AG", "Koch Verpackungen", "Fuchs Druck GmbH",
           "Weber Outdoor Handel", "Hofer Sport Innsbruck", "Vogel Etiketten GmbH", "Braun Lagertechnik", "Sport Kaiser", "Keller Kartonagen AG",
           "Lindner Wäscherei", "Huber Stickerei KG", "Sommer Fototechnik", "Jäger Spedition"],
    "en": ["Baker & Sons Ltd", "Hunter Freight Ltd", "Miller Packaging Co.", "Mason Print Works", "Cook Logistics", "Fox & Wood Retail",
           "Stone Field Supplies", "Marsh Brothers Outfitters", "Banks Label Co.", "Page & Bishop Ltd", "Frost Courier Services", "Green & Brown Co-op"],
}
COMPANIES = {
    "de": ["Alptex Prüflabor GmbH", "NordCert Textil GmbH", "Chemlab Donauried GmbH", "Daunenprüfstelle Weser GmbH", "Bergwerk Logistik GmbH", "Hafenkante Medien GmbH", "Kompass Versand"],
    "en": ["Alptex test lab", "NordCert Textil", "Northwind Freight", "Trailhead Logistics", "Keystone Print", "Evergreen Packaging"],
}


def lookalike(kind: str, rng: random.Random, lang: str) -> str:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    de = lang == "de"
    if kind == "order":
        return rng.choice([f"TG-{rng.randint(24, 26)}-{d(6)}", f"TG{d(8)}", f"#{rng.randint(100000, 999999)}", f"{rng.randint(300, 306)}-{d(7)}-{d(7)}",
                           f"W{d(7)}", f"0{rng.randint(150, 179)} {d(4)} {d(3)}", f"{d(4)} {d(3)} {d(3)}", f"B2B-{d(5)}"])
    if kind == "cust":
        return rng.choice([f"K-{d(6)}", f"KD {d(3)} {d(3)} {d(2)}", f"C{d(7)}", f"0{rng.randint(30, 89)} {d(3)} {d(4)}", f"{d(3)}-{d(3)}-{d(4)}", f"TG-C-{d(5)}"])
    if kind == "track":
        return rng.choice([f"00340434{d(12)}", f"1Z{d(3)}E{rng.choice('ABCDEFW')}{d(10)}", f"JJD00{d(16)}", f"RR{d(9)}DE", f"{d(4)} {d(4)} {d(4)}",
                           f"CH{d(9)}", f"LX{d(9)}AT", f"H{d(4)}A{d(7)}", f"9400 1{d(3)} {d(4)} {d(4)} {d(4)} {d(2)}"])
    if kind == "ticket":
        return rng.choice([f"#{d(5)}", f"SR-{d(6)}", f"TG-SUP-{d(5)}", f"CS{d(6)}", f"Ticket {d(6)}"])
    if kind == "rma":
        return rng.choice([f"RMA-{d(5)}", f"RT {d(4)} {d(4)}", f"R-{d(3)}-{d(4)}", f"RET{d(7)}"])
    if kind == "voucher":
        return rng.choice(["BERGFEST15", "TALGRAT10", "GIPFEL20", "HUETTE5", "WELCOME10", "TRAIL15", "HERBST25", "SOCKS3FOR2", "FIRSTWAND30"])
    if kind == "gtin":
        return make_gtin(rng, 13 if rng.random() < 0.85 else rng.choice([8, 14]))
    if kind == "date":
        y, m, dd = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
        if de:
            return rng.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd}.{m}.", f"{y}-{m:02d}-{dd:02d}", f"{dd}. {MONTHS['de'][m - 1]} {y}"])
        return rng.choice([f"{dd}/{m:02d}/{y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd} {MONTHS['en'][m - 1]} {y}", f"{MONTHS['en'][m - 1][:3]} {dd}, {y}"])
    if kind == "rfcdate":
        wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rng.randrange(7)]
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][rng.randrange(12)]
        return f"{wd}, {rng.randint(1, 28)} {mon} {rng.randint(2024, 2026)} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {rng.choice(['+0100', '+0200', '+0000', '-0500'])}"
    if kind == "kw":
        return str(rng.randint(1, 52))
    if kind == "year":
        return str(rng.randint(2015, 2023))
    if kind == "icsdt":
        return f"{rng.randint(2024, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T{rng.randint(6, 20):02d}{rng.choice(['00', '15', '30', '45'])}00Z"
    if kind == "iso":
        return f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if kind == "time":
        h, m = rng.randint(7, 21), rng.choice(["00", "05", "15", "20", "30", "40", "45", "50"])
        if de:
            return rng.choice([f"{h}:{m}", f"{h}:{m} Uhr", f"{h}.{m} Uhr"])
        return rng.choice([f"{h}:{m}", f"{(h - 1) % 12 + 1}:{m} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}.{m}{'am' if h < 12 else 'pm'}"])
    if kind == "price":
        e = rng.choice([24, 49, 89, 119, 129, 139, 159, 169, 199, 219, 229, 289, 349, 39, 59, 74])
        c = rng.choice(["95", "90", "00", "99", "50"])
        if de:
            return rng.choice([f"{e},{c} €", f"{e},{c} EUR", f"€ {e},{c}", f"CHF {e}.{c}", f"{e},– €"])
        return rng.choice([f"€{e}.{c}", f"£{e}.{c}", f"${e}.{c}", f"EUR {e}.{c}", f"{e}.{c} EUR"])
    if kind == "version":
        return rng.choice([f"v{rng.randint(1, 5)}.{rng.randint(0, 24)}.{rng.randint(0, 9)}", f"{rng.randint(2, 9)}.{rng.randint(0, 19)}.{rng.randint(0, 30)}",
                           f"{rng.randint(1, 3)}.{rng.randint(0, 9)}", f"2025.{rng.randint(1, 12)}.{rng.randint(1, 4)}", f"build {d(4)}"])
    if kind == "qty":
        return str(rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 40]))
    if kind == "pct":
        return f"{rng.choice([5, 10, 15, 20, 25, 30])} %" if de else f"{rng.choice([5, 10, 15, 20, 25, 30])}%"
    if kind == "weight":
        return rng.choice([f"{rng.randint(160, 1800)} g", f"{rng.randint(1, 3)},{rng.randint(1, 9)} kg" if de else f"{rng.randint(1, 3)}.{rng.randint(1, 9)} kg"])
    if kind == "hash":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 8, 12])))
    if kind == "uuid":
        h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
        return f"{h(8)}-{h(4)}-4{h(3)}-{rng.choice('89ab')}{h(3)}-{h(12)}"
    if kind == "num":
        return str(rng.randint(2, 60))
    if kind == "ms":
        return str(rng.randint(8, 1900))
    if kind == "port":
        return str(rng.choice([443, 8080, 8443, 5432, 3306, 6379, 9200, 25, 587]))
    if kind == "plz":
        return rng.choice([f"{rng.randint(10115, 99998):05d}", f"{rng.randint(1010, 9992)}", f"{rng.randint(1000, 9658)}"]) if de else \
            rng.choice([f"{rng.choice(['LS', 'M', 'BS', 'EH', 'CB'])}{rng.randint(1, 15)}", f"{rng.randint(10001, 98199):05d}", f"D0{rng.randint(1, 8)}"])
    if kind == "ort":
        return rng.choice(["Kempten", "Oberhalden", "Innsbruck", "Bern", "Garmisch-Partenkirchen", "Leipzig", "Graz", "Luzern", "Freiburg", "Hamburg"]) if de else \
            rng.choice(["Kendal", "Keswick", "Denver", "Galway", "Leeds", "Portland", "Inverness", "Boulder", "Cork", "Bristol"])
    if kind == "weekday":
        return rng.choice(WEEKDAYS[lang])
    if kind == "month":
        return rng.choice(MONTHS[lang])
    if kind == "co":
        return rng.choice(COMPANIES[lang])
    if kind == "cosur":
        return rng.choice(COMPANIES_SURNAME[lang])
    raise KeyError(kind)


MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}
WEEKDAYS = {"de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"], "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]}

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "curl/8.5.0",
    "python-requests/2.31.0",
]

# ---------------------------------------------------------------- rendering


class T:
    """A template with options: T(text, p1="AT,f", ocr=True)."""

    def __init__(self, text, **opts):
        self.text = text
        self.opts = opts


ALT = re.compile(r"\[\[((?:(?!\[\[|\]\]).)*?)\]\]", re.S)
SHUF = re.compile(r"<<((?:(?!<<|>>).)*?)>>", re.S)
SLOT = re.compile(r"\$\{([A-Za-z0-9_]+)(?:\.([A-Za-z0-9_]+))?(?::([^}]*))?\}")
PERSON_KEY = re.compile(r"^[pnsc]\d$")


def expand(template: str, rng: random.Random) -> str:
    while True:
        m = ALT.search(template)
        if not m:
            break
        template = template[: m.start()] + rng.choice(m.group(1).split("|")) + template[m.end() :]
    while True:
        m = SHUF.search(template)
        if not m:
            break
        body = m.group(1)
        sep = " "
        if body.startswith("n:"):
            body, sep = body[2:], "\n"
        parts = [p.strip() if sep == " " else p.strip("\n") for p in body.split("##")]
        rng.shuffle(parts)
        template = template[: m.start()] + sep.join(parts) + template[m.end() :]
    return template


class Ctx:
    def __init__(self, rng: random.Random, lang: str, bank: NameBank, opts: dict):
        self.rng = rng
        self.lang = lang
        self.bank = bank
        self.opts = opts
        self.people: dict[str, Person] = {}
        self.values: dict[str, list] = {}
        self.named: dict[str, None] = {}

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = Person(self, key, self.opts.get(key, ""))
        return self.people[key]

    # -- person attributes
    def person_slot(self, key, attr, arg):
        p = self.person(key)
        rng = self.rng
        lang = self.lang
        P = "PERSON"
        if attr == "full":
            return [(p.full, P)]
        if attr == "first":
            return [(p.first, P)]
        if attr == "last":
            return [(p.last, P)]
        if attr == "hon":
            return [(p.hon + " ", None), (p.last, P)]
        if attr == "honf":
            return [(p.hon + " ", None), (p.full, P)]
        if attr == "hond":  # German dative: "an Herrn Berger"
            h = p.hon.replace("Herr", "Herrn", 1) if p.hon.startswith("Herr") else p.hon
            return [(h + " ", None), (p.last, P)]
        if attr == "sg":  # letter salutation
            if lang == "de":
                head = "Sehr geehrte" if p.gender == "f" else "Sehr geehrter"
                return [(f"{head} {p.hon} ", None), (p.last, P)]
            return [(f"Dear {p.hon} ", None), (p.last, P)]
        if attr == "g":
            f, _, m = (arg or "/").partition("/")
            return [(f if p.gender == "f" else m, None)] if (f if p.gender == "f" else m) else []
        if attr == "lf":
            return [(f"{p.last}, {p.first}", P)]
        if attr == "LF":
            return [(f"{p.last.upper()}, {p.first}", P)]
        if attr == "UP":
            return [(p.full.upper(), P)]
        if attr == "ULAST":
            return [(p.last.upper(), P)]
        if attr == "low":
            return [(p.full.lower(), P)]
        if attr == "lowf":
            return [(p.first.lower(), P)]
        if attr == "ini":
            return [(f"{p.first[0]}. {p.last}", P)]
        if attr == "fi":
            return [(f"{p.first} {p.last[0] if not p.last[0].islower() else p.last.split(' ')[-1][0]}.", P)]
        if attr == "handle":
            f, l = fold(p.first.split(" ")[0].split("-")[0]), fold(p.last.replace(" ", ""))
            h = p.val("handle", lambda: rng.choice([f"{f}.{l}", f"{f}{l[0]}", f"{f}_{l}", f"{f[0]}{l}", f"{f}"]))
            return [("@" + h, None)]
        if attr == "mail":
            return [(p.mail, "EMAIL")]
        if attr in ("tel", "mob", "land", "telint", "telnat"):
            kind = {"mob": "mobile", "land": "landline"}.get(attr, "any")
            form = {"telint": "intl", "telnat": "national"}.get(attr, "any")
            if p.kind == "s" and lang == "en" and form == "any":
                form = "intl"
            v = p.val(attr, lambda: make_phone(rng, p.country if p.kind != "s" else "DE", kind, form))
            return [(v, "PHONE")]
        if attr == "adr":
            v = p.val("adr", lambda: p.addr.one_line(rng))
            return [(v, "STREET_ADDRESS")]
        if attr == "adr2":
            return [(f"{p.addr.street_line}\n{p.addr.town_line}", "STREET_ADDRESS")]
        if attr == "street":
            return [(p.addr.street_line, "STREET_ADDRESS")]
        if attr == "zip":
            return [(p.addr.zip, None)]
        if attr == "town":
            return [(p.addr.town, None)]
        if attr == "townline":
            return [(p.addr.town_line, None)]
        if attr == "country":
            return [(COUNTRY_NAMES[lang][p.country], None)]
        if attr == "cc":
            return [(p.country, None)]
        if attr == "iban":
            ic = p.country if p.country in ("DE", "AT", "CH", "GB", "IE", "FR", "NL", "IT") else "DE"
            return [(p.val("iban", lambda: make_iban(rng, ic, rng.random() < 0.7)), "IBAN")]
        if attr == "card":
            return [(p.val("card", lambda: make_card(rng)), "CREDIT_CARD")]
        if attr == "taxid":
            return [(p.val("taxid", lambda: make_taxid(rng)), "DE_TAX_ID")]
        if attr == "company":
            return [(p.company, None)]
        if attr == "title":
            return [(p.title, None)]
        if attr == "domain":
            return [(p.domain, None)]
        if attr == "ip":
            return [(p.val("ip", lambda: ip_public4(rng) if rng.random() < 0.75 else ip_v6(rng)), "IP_ADDRESS")]
        if attr == "liebe":
            return [("Liebe" if p.gender == "f" else "Lieber", None)]
        if attr == "uid":
            return [(p.val("uid", lambda: str(rng.randint(10000, 999999))), None)]
        raise KeyError(f"{key}.{attr}")

    def value_slot(self, name, arg):
        if name in ("pg", "pgb"):
            # German words that agree with the product's grammatical gender: ${pg:die/der/das/die}
            p = self.product("" if name == "pg" else "b")
            forms = (arg or "").split("/")
            idx = {"f": 0, "m": 1, "n": 2, "pl": 3}[DE_GENDER[p[0]]]
            return [(forms[idx], None)] if forms[idx] else []
        if name in self.values:
            return self.values[name]
        base = name.rstrip("0123456789")
        rng, lang = self.rng, self.lang
        taken = [v for k, v in self.values.items() if k.rstrip("0123456789") == base]
        for _ in range(12):
            v = self._value(name, base, arg, rng, lang)
            if v not in taken:
                break
        self.values[name] = v
        return v

    def _value(self, name, base, arg, rng, lang):
        if base == "bar":
            return [("|", None)]
        if base == "pubip":
            return [(ip_public4(rng), "IP_ADDRESS")]
        if base == "vsixip":
            return [(ip_v6(rng), "IP_ADDRESS")]
        if base == "privip":
            return [(ip_private4(rng), "IP_ADDRESS")]
        if base == "loip":
            return [(ip_loopback(rng), "IP_ADDRESS")]
        if base == "anyip":
            k = rng.random()
            v = ip_public4(rng) if k < 0.55 else ip_v6(rng) if k < 0.75 else ip_private4(rng) if k < 0.93 else ip_loopback(rng)
            return [(v, "IP_ADDRESS")]
        if base == "iban":
            c = arg or weighted(rng, [("DE", 6), ("AT", 2), ("CH", 2), ("NL", 1), ("FR", 1)] if lang == "de" else [("GB", 5), ("IE", 3), ("DE", 2), ("NL", 1), ("FR", 1), ("ES", 1)])
            return [(make_iban(rng, c, rng.random() < 0.7), "IBAN")]
        if base == "card":
            return [(make_card(rng), "CREDIT_CARD")]
        if base == "taxid":
            return [(make_taxid(rng), "DE_TAX_ID")]
        if base == "rolemail":
            dom = "talgrat.de" if lang == "de" else "talgrat.com"
            return [(f"{arg or 'service'}@{dom}", "EMAIL")]
        key = name[len(base):]
        if base == "prod":
            return [(self.product(key)[0], None)]
        if base == "ptitle":
            return [(self.product(key)[1], None)]
        if base == "sku":
            p = self.product(key)
            return [(p[2] + (f"-{rng.choice(SIZES)}" if rng.random() < 0.4 and "BP" not in p[2] else ""), None)]
        if base == "pprice":
            return [(self.product(key)[3], None)]
        if base == "prodb":  # another product than ${prod}
            self.product()
            return [(self.product("b")[0], None)]
        if base == "colour":
            return [(rng.choice(COLOURS[lang]), None)]
        if base == "size":
            used = [v[0][0] for k, v in self.values.items() if k.rstrip("0123456789") == "size"]
            for _ in range(20):
                v = self._size()
                if v[0][0] not in used:
                    break
            return v
        if base in ("time", "hm"):
            # successive times in one text run forward: ${hm} < ${hm2} < ${hm3}
            last = self.values.get("_clock")
            minutes = rng.randint(7 * 60, 17 * 60) if last is None else last + rng.choice([2, 5, 9, 15, 30, 45, 60, 90])
            minutes = min(minutes, 23 * 60 + 50)
            if base == "time":
                minutes -= minutes % 15
            self.values["_clock"] = minutes
            h, m = divmod(minutes, 60)
            if base == "hm":
                return [(f"{h:02d}:{m:02d}", None)]
            m = f"{m:02d}"
            style = self.values.setdefault("_timestyle", [(str(rng.randrange(3)), None)])[0][0]
            if lang == "de":
                return [([f"{h}:{m}", f"{h}:{m} Uhr", f"{h}.{m} Uhr"][int(style)], None)]
            return [([f"{h}:{m}", f"{(h - 1) % 12 + 1}:{m} {'am' if h < 12 else 'pm'}", f"{(h - 1) % 12 + 1}.{m}{'am' if h < 12 else 'pm'}"][int(style)], None)]
        if base == "ua":
            return [(rng.choice(USER_AGENTS), None)]
        return self._value2(name, base, arg, rng, lang)

    def _size(self):
        rng, lang = self.rng, self.lang
        p = self.product()[2]
        if p == "TG-TS-100":
            return [(f"{rng.randint(38, 47)}{rng.choice(['', '', ',5'])}" if lang == "de" else f"EU {rng.randint(38, 47)}", None)]
        if p == "TG-SO-100":
            return [(rng.choice(["35–38", "39–42", "43–46", "47–49"]), None)]
        return [(rng.choice(SIZES), None)]

    def _value2(self, name, base, arg, rng, lang):
        if base == "ts":  # access log time
            mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][rng.randint(0, 11)]
            return [(f"{rng.randint(1, 28):02d}/{mon}/{rng.randint(2024, 2026)}:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0{rng.choice([1, 2])}00", None)]
        if base == "isots":
            return [(f"{rng.randint(2024, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}{rng.choice(['Z', '.' + str(rng.randint(100, 999)) + 'Z', '+01:00', '+02:00'])}", None)]
        return [(lookalike(base, rng, lang), None)]

    def product(self, key=""):
        """The text's product (one per digit suffix: ${prod}, ${prod2} … are different products)."""
        slot = "_product" + key
        if slot not in self.values:
            used = [v[0] for k, v in self.values.items() if k.startswith("_product")]
            self.values[slot] = self.rng.choice([p for p in PRODUCTS[self.lang] if p[0] not in used])
        return self.values[slot]

    def resolve(self, m: re.Match):
        key, attr, arg = m.group(1), m.group(2), m.group(3)
        if PERSON_KEY.match(key):
            pieces = self.person_slot(key, attr or "full", arg)
            if any(lab == "PERSON" for _, lab in pieces):
                self.named[key] = None
            return pieces
        if attr:
            raise KeyError(m.group(0))
        return self.value_slot(key, arg)


def render(template, rng: random.Random, lang: str, bank: NameBank):
    """Render one template: (text, entities, people)."""
    opts = {}
    ocr = False
    if isinstance(template, T):
        opts = dict(template.opts)
        ocr = bool(opts.pop("ocr", False))
        template = template.text
    ctx = Ctx(rng, lang, bank, opts)
    if callable(template):
        template = template(ctx)
    text_t = expand(template, rng)
    pieces = []
    pos = 0
    for m in SLOT.finditer(text_t):
        if m.start() > pos:
            pieces.append((text_t[pos : m.start()], None))
        pieces.extend(ctx.resolve(m))
        pos = m.end()
    if pos < len(text_t):
        pieces.append((text_t[pos:], None))
    if ocr:
        pieces = [(ocr_noise(t, rng), None) if lab is None else (t, lab) for t, lab in pieces]
    out, ents, n = [], [], 0
    for t, lab in pieces:
        if lab:
            ents.append({"type": lab, "start": n, "end": n + len(t), "value": t})
        out.append(t)
        n += len(t)
    return "".join(out), ents, [ctx.people[k] for k in ctx.named]


OCR_SUBS = [("e", "c"), ("l", "1"), ("O", "0"), ("rn", "m"), ("i", "í"), ("a", "á"), ("S", "5"), ("t", "f"), ("h", "b"), ("B", "8"), (":", ";"), (".", ",")]


def ocr_noise(s: str, rng: random.Random) -> str:
    """Scanner noise in unlabelled text: swapped letters, stray marks, broken spacing."""
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        r = rng.random()
        if r < 0.035 and ch.isalpha():
            for a, b in OCR_SUBS:
                if s.startswith(a, i):
                    out.append(b)
                    i += len(a)
                    break
            else:
                out.append(ch)
                i += 1
            continue
        if r < 0.045 and ch == " ":
            out.append(rng.choice(["  ", "   ", " ' ", " | "]))
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- self-checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\.?\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?![0-9A-Za-z:])")
IBAN_RE = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}")
DIGITS_RE = re.compile(r"(?<![\d])\d(?:[ \-]?\d){10,18}(?!\d)")
URL_RE = re.compile(r"(?:https?://|www\.)\S+")
HANDLE_RE = re.compile(r"(?<![\w.])@[\w.\-]+")
PARTICLES = {"von", "van", "der", "den", "de", "la", "le", "du", "di", "da", "del", "dos", "zu", "freiherr", "mac", "ní", "ó", "dela", "lo", "dell", "ter", "te"}
ALLOWED_TYPES = {"PERSON", "STREET_ADDRESS", "PHONE", "EMAIL", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"}


def inside(spans, start, end):
    return any(s <= start and end <= e for s, e in spans)


def overlaps(spans, start, end):
    return any(start < e and s < end for s, e in spans)


def check_record(text: str, ents: list, has_pii: bool) -> str | None:
    """None if the rendering passes every check, else the reason."""
    spans = [(e["start"], e["end"]) for e in ents]
    last_end = -1
    for e in ents:
        if e["type"] not in ALLOWED_TYPES:
            return f"type {e['type']}"
        if text[e["start"] : e["end"]] != e["value"]:
            return "value mismatch"
        if e["value"] != e["value"].strip() or not e["value"]:
            return f"space at value end: {e['value']!r}"
        if e["start"] < last_end:
            return "overlap or unsorted"
        last_end = e["end"]
        v = e["value"]
        if e["type"] == "IBAN" and not iban_valid(v):
            return f"bad IBAN {v}"
        if e["type"] == "CREDIT_CARD" and not card_valid(v):
            return f"bad card {v}"
        if e["type"] == "DE_TAX_ID" and not taxid_valid(v):
            return f"bad tax id {v}"
        if e["type"] == "EMAIL" and not EMAIL_RE.fullmatch(v):
            return f"bad email {v}"
        if e["type"] == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                return f"bad ip {v}"
        if e["type"] == "PERSON" and any(ch.isdigit() for ch in v):
            return f"digit in name {v}"
    for a, b in zip(ents, ents[1:]):
        if a["type"] == b["type"] == "PERSON" and text[a["end"] : b["start"]] == " ":
            return "two person spans one space apart"
    if has_pii and not ents:
        return "no span"
    if not has_pii and ents:
        return "span in clean text"
    # values that must never stand outside a span
    for m in EMAIL_RE.finditer(text):
        if not inside(spans, m.start(), m.end()):
            return f"unlabelled e-mail {m.group(0)}"
    for m in IPV4_RE.finditer(text):
        if all(int(g) <= 255 for g in m.groups()) and not inside(spans, m.start(), m.end()):
            return f"unlabelled IPv4 {m.group(0)}"
    for m in IPV6_RE.finditer(text):
        tok = m.group(0)
        if tok.count(":") >= 2:
            try:
                ipaddress.IPv6Address(tok)
            except ValueError:
                continue
            if not inside(spans, m.start(), m.end()):
                return f"unlabelled IPv6 {tok}"
    for m in IBAN_RE.finditer(text):
        raw = m.group(0)
        compact = raw.replace(" ", "")
        n = IBAN_LENGTHS.get(compact[:2])
        if n and len(compact) >= n and iban_valid(compact[:n]):
            # the span of the first n significant characters
            k, cnt = 0, 0
            while cnt < n:
                if raw[k] != " ":
                    cnt += 1
                k += 1
            if not inside(spans, m.start(), m.start() + k):
                return f"unlabelled IBAN {raw}"
    for m in DIGITS_RE.finditer(text):
        raw = m.group(0)
        digits = re.sub(r"[ \-]", "", raw)
        if (13 <= len(digits) <= 19 and card_issuer(digits) and luhn_valid(digits)) or (len(digits) == 11 and taxid_valid(digits)):
            if not overlaps(spans, m.start(), m.end()):
                return f"unlabelled card or tax id {raw}"
        # sub-runs: a valid card or tax id inside a longer run of groups
        groups = re.split(r"[ \-]", raw)
        if len(groups) > 1:
            for i in range(len(groups)):
                for j in range(i + 1, len(groups) + 1):
                    dg = "".join(groups[i:j])
                    if (13 <= len(dg) <= 19 and card_issuer(dg) and luhn_valid(dg)) or (len(dg) == 11 and taxid_valid(dg)):
                        if not overlaps(spans, m.start(), m.end()):
                            return f"unlabelled card or tax id inside {raw}"
    # whole-word copies of a labelled person's name parts outside spans, e-mails, handles, URLs
    masked = list(text)
    for s, e in spans:
        for i in range(s, e):
            masked[i] = " "
    for rx in (EMAIL_RE, URL_RE, HANDLE_RE):
        for m in rx.finditer(text):
            for i in range(m.start(), m.end()):
                masked[i] = " "
    masked_s = "".join(masked)
    for e in ents:
        if e["type"] != "PERSON":
            continue
        for part in re.split(r"[\s,\-]+", e["value"]):
            p = part.strip(".")
            if len(p) < 2 or part.endswith(".") and len(p) <= 2 or p.lower() in PARTICLES:
                continue
            for variant in (p, p.replace("'", "’")):
                if re.search(r"(?<![\w])" + re.escape(variant) + r"(?![\w])", masked_s, re.IGNORECASE):
                    return f"unlabelled copy of name part {p}"
    return None
