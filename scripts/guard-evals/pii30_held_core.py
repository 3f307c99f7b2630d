"""Core of the thirtieth PII bank, held-out half: labelled values, the template
language, the renderer, people, addresses, phone numbers, checksummed values,
look-alikes and the self-checks.  Standard library only."""

import datetime
import ipaddress
import re
import unicodedata

import pii30_held_names as N


INNER = {"person": 0, "number": 0}


class Redraw(Exception):
    """A rendering that cannot be used; the caller draws the text again."""


# --------------------------------------------------------------------------
# labelled values

class Lab:
    """A labelled value.  It refuses to be formatted into plain text."""

    __slots__ = ("type", "value")

    def __init__(self, type_, value):
        if not value or value != value.strip():
            raise ValueError("bad span value %r" % (value,))
        self.type = type_
        self.value = value

    def __str__(self):
        raise TypeError("a labelled value was formatted as text")

    def __format__(self, spec):
        raise TypeError("a labelled value was formatted as text")

    def __add__(self, other):
        raise TypeError("a labelled value was concatenated")

    def __radd__(self, other):
        raise TypeError("a labelled value was concatenated")

    def __repr__(self):
        return "Lab(%s, %r)" % (self.type, self.value)


def P(v):
    return Lab("PERSON", v)


# --------------------------------------------------------------------------
# small helpers

FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
        "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
        "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ð": "d", "þ": "th"}


def strip_marks(s):
    out = []
    for ch in s:
        if ch in ("ı", "İ", "ł", "Ł", "đ", "Đ", "ø", "Ø", "ß", "æ", "Æ", "œ", "Œ", "ð", "þ"):
            out.append({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o",
                        "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                        "ð": "d", "þ": "th"}[ch])
            continue
        d = unicodedata.normalize("NFKD", ch)
        out.append("".join(x for x in d if not unicodedata.combining(x)))
    return "".join(out)


def fold(s):
    """German-style folding for e-mail addresses and comparisons."""
    out = []
    for ch in s:
        if ch in FOLD:
            out.append(FOLD[ch])
        else:
            d = unicodedata.normalize("NFKD", ch)
            out.append("".join(x for x in d if not unicodedata.combining(x)))
    return "".join(out)


def ascii_local(s):
    s = fold(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


# --------------------------------------------------------------------------
# checksums

def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def card_ok(d):
    n = len(d)
    if n < 13 or n > 19 or not luhn_ok(d):
        return False
    if d[0] == "4":
        return n in (13, 16, 19)
    if d[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720:
        return n == 16
    if d[:2] in ("34", "37"):
        return n == 15
    if d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649:
        return n in (16, 19)
    return False


def make_card(rng):
    kind = wchoice(rng, [("visa", 40), ("mc", 25), ("mc2", 8), ("amex", 15), ("disc", 6)])
    if kind == "visa":
        pre, n = "4" + str(rng.randrange(10)), 16
    elif kind == "mc":
        pre, n = str(rng.randrange(51, 56)), 16
    elif kind == "mc2":
        pre, n = str(rng.randrange(2221, 2721)), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    else:
        pre, n = rng.choice(["6011", "65", str(rng.randrange(644, 650))]), 16
    body = pre + digits(rng, n - 1 - len(pre))
    num = body + luhn_digit(body)
    assert card_ok(num)
    style = wchoice(rng, [(" ", 55), ("-", 15), ("", 30)])
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    return style.join(parts)


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27,
            "ES": 24, "PL": 28, "BE": 16, "LU": 20, "PT": 25, "DK": 18, "SE": 24, "NO": 15,
            "FI": 18, "CZ": 24, "HU": 28, "RO": 24, "HR": 21, "SI": 19, "SK": 24, "GR": 27,
            "LI": 21, "MT": 31, "TR": 26}


def iban_mod(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s[2:4].isdigit() or not s.isalnum() or s != s.upper():
        return False
    return iban_mod(s) == 1


def make_iban(rng, country):
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if country == "DE":
        bban = str(rng.randrange(1, 9)) + digits(rng, 7) + digits(rng, 10)
    elif country == "AT":
        bban = str(rng.randrange(1, 6)) + digits(rng, 4) + digits(rng, 11)
    elif country == "CH":
        bban = "00" + digits(rng, 3) + digits(rng, 12)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ", "SRLG",
                           "CITI", "YORK"]) + digits(rng, 6) + digits(rng, 8)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"]) + digits(rng, 6) + digits(rng, 8)
    elif country == "FR":
        bank, branch, acct = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + "%02d" % key
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + digits(rng, 10)
    elif country == "IT":
        bban = rng.choice(letters) + digits(rng, 5) + digits(rng, 5) + digits(rng, 12)
    else:
        raise ValueError(country)
    tmp = country + "00" + bban
    check = 98 - iban_mod(tmp)
    iban = country + "%02d" % check + bban
    assert iban_ok(iban) and len(iban) == IBAN_LEN[country]
    if rng.random() < 0.62:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def taxid_ok(d):
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    first = d[:10]
    counts = {}
    for ch in first:
        counts[ch] = counts.get(ch, 0) + 1
    multi = [ch for ch in "0123456789" if counts.get(ch, 0) > 1]
    if len(multi) != 1:
        return False
    k = counts[multi[0]]
    if k not in (2, 3):
        return False
    if k == 3 and multi[0] * 3 in first:
        return False
    return taxid_check(first) == d[10]


def taxid_check(first):
    product = 10
    for ch in first:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return str(check)


def make_taxid(rng):
    while True:
        pool = list("0123456789")
        rng.shuffle(pool)
        if rng.random() < 0.7:
            chosen = pool[:9]
            doubled = rng.choice(chosen)
            seq = chosen + [doubled]
        else:
            chosen = pool[:8]
            tripled = rng.choice(chosen)
            seq = chosen + [tripled, tripled]
        rng.shuffle(seq)
        first = "".join(seq)
        if first[0] == "0":
            continue
        d = first + taxid_check(first)
        if taxid_ok(d):
            break
    if rng.random() < 0.35:
        return "%s %s %s %s" % (d[:2], d[2:5], d[5:8], d[8:])
    return d


def gtin13(rng, prefix=None):
    while True:
        pre = prefix or rng.choice(["400", "401", "402", "403", "404", "405", "426", "428",
                                    "900", "901", "906", "907", "760", "761", "764", "500", "501", "509"])
        body = pre + digits(rng, 12 - len(pre))
        total = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
        g = body + str((10 - total % 10) % 10)
        if not digit_windows_bad(g):
            return g
        INNER["number"] += 1


def digit_windows_bad(s):
    for m in re.finditer(r"\d+(?:[ \-]\d+)*", s):
        if _windows_bad(re.sub(r"[ \-]", "", m.group(0))):
            return True
    return False


def _windows_bad(d):
    for n in range(13, 20):
        for i in range(0, len(d) - n + 1):
            if card_ok(d[i:i + n]):
                return True
    for i in range(0, len(d) - 10):
        if taxid_ok(d[i:i + 11]):
            return True
    return False


def safe_num(rng, fn):
    for _ in range(200):
        s = fn()
        if not digit_windows_bad(s):
            return s
        INNER["number"] += 1
    raise Redraw("no safe number")


# --------------------------------------------------------------------------
# IP addresses

def ip_public4(rng, country):
    if country == "US":
        first = rng.choice([24, 50, 64, 67, 68, 71, 72, 73, 76, 96, 98, 99, 104, 107, 108, 173, 174])
    else:
        first = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 87, 88, 89, 91, 93,
                            94, 95, 109, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217])
    return "%d.%d.%d.%d" % (first, rng.randrange(0, 256), rng.randrange(0, 256), rng.randrange(1, 255))


def ip_private4(rng):
    k = rng.randrange(3)
    if k == 0:
        return "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))
    if k == 1:
        return "172.%d.%d.%d" % (rng.randrange(16, 32), rng.randrange(256), rng.randrange(1, 255))
    return "192.168.%d.%d" % (rng.randrange(0, 30), rng.randrange(2, 255))


def ip_doc4(rng):
    return rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + ".%d" % rng.randrange(1, 255)


def ip6(rng, kind=None):
    kind = kind or wchoice(rng, [("global", 55), ("doc", 15), ("ula", 15), ("ll", 15)])
    h = lambda: "%x" % rng.randrange(0x10, 0x10000)
    if kind == "global":
        groups = [rng.choice(["2a02", "2003", "2a01", "2001", "2a00", "2600", "2604", "2a0a"]),
                  h(), h(), h(), h(), h(), h(), h()]
    elif kind == "doc":
        groups = ["2001", "db8", h(), h(), "0", "0", h(), h()]
    elif kind == "ula":
        groups = ["fd%02x" % rng.randrange(256), h(), h(), h(), h(), h(), h(), h()]
    else:
        groups = ["fe80", "0", "0", "0", h(), h(), h(), h()]
    addr = ipaddress.IPv6Address(":".join(groups))
    if rng.random() < 0.12:
        return addr.exploded
    return addr.compressed


# --------------------------------------------------------------------------
# countries: towns, streets, phones

COUNTRY_NAMES = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom",
           "US": "USA", "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Vereinigtes Königreich",
           "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}

TOWNS = {
    "DE": [("10115", "Berlin", "030"), ("10245", "Berlin", "030"), ("12049", "Berlin", "030"),
           ("20095", "Hamburg", "040"), ("22765", "Hamburg", "040"), ("80331", "München", "089"),
           ("81667", "München", "089"), ("50667", "Köln", "0221"), ("60311", "Frankfurt am Main", "069"),
           ("70173", "Stuttgart", "0711"), ("04109", "Leipzig", "0341"), ("01067", "Dresden", "0351"),
           ("90402", "Nürnberg", "0911"), ("28195", "Bremen", "0421"), ("30159", "Hannover", "0511"),
           ("79098", "Freiburg im Breisgau", "0761"), ("87435", "Kempten (Allgäu)", "0831"),
           ("86150", "Augsburg", "0821"), ("93047", "Regensburg", "0941"), ("48143", "Münster", "0251"),
           ("24103", "Kiel", "0431"), ("69117", "Heidelberg", "06221"), ("53111", "Bonn", "0228"),
           ("99084", "Erfurt", "0361"), ("18055", "Rostock", "0381"), ("83022", "Rosenheim", "08031"),
           ("82467", "Garmisch-Partenkirchen", "08821"), ("87527", "Sonthofen", "08321"),
           ("72070", "Tübingen", "07071"), ("34117", "Kassel", "0561"), ("66111", "Saarbrücken", "0681"),
           ("83471", "Berchtesgaden", "08652"), ("88131", "Lindau (Bodensee)", "08382")],
    "AT": [("1010", "Wien", "01"), ("1070", "Wien", "01"), ("1180", "Wien", "01"), ("1030", "Wien", "01"),
           ("8010", "Graz", "0316"), ("4020", "Linz", "0732"), ("5020", "Salzburg", "0662"),
           ("6020", "Innsbruck", "0512"), ("9020", "Klagenfurt am Wörthersee", "0463"),
           ("6900", "Bregenz", "05574"), ("3100", "St. Pölten", "02742"), ("6850", "Dornbirn", "05572"),
           ("9500", "Villach", "04242"), ("4600", "Wels", "07242"), ("6370", "Kitzbühel", "05356"),
           ("5700", "Zell am See", "06542"), ("8700", "Leoben", "03842"), ("6460", "Imst", "05412"),
           ("5580", "Tamsweg", "06474")],
    "CH": [("8001", "Zürich", "044"), ("8005", "Zürich", "044"), ("8037", "Zürich", "044"),
           ("3011", "Bern", "031"), ("4051", "Basel", "061"), ("6003", "Luzern", "041"),
           ("9000", "St. Gallen", "071"), ("7000", "Chur", "081"), ("8400", "Winterthur", "052"),
           ("5000", "Aarau", "062"), ("6300", "Zug", "041"), ("3800", "Interlaken", "033"),
           ("2502", "Biel/Bienne", "032"), ("3920", "Zermatt", "027"), ("7500", "St. Moritz", "081"),
           ("1003", "Lausanne", "021"), ("6900", "Lugano", "091"), ("3600", "Thun", "033"),
           ("8750", "Glarus", "055")],
    "GB": [("SW11", "London", "020"), ("N16", "London", "020"), ("E8", "London", "020"),
           ("SE22", "London", "020"), ("M14", "Manchester", "0161"), ("LS6", "Leeds", "0113"),
           ("S10", "Sheffield", "0114"), ("BS6", "Bristol", "0117"), ("EH9", "Edinburgh", "0131"),
           ("G12", "Glasgow", "0141"), ("CF24", "Cardiff", "029"), ("LA9", "Kendal", "01539"),
           ("CA12", "Keswick", "017687"), ("YO31", "York", "01904"), ("BA2", "Bath", "01225"),
           ("BN1", "Brighton", "01273"), ("NG7", "Nottingham", "0115"), ("IV2", "Inverness", "01463"),
           ("BT9", "Belfast", "028"), ("NE2", "Newcastle upon Tyne", "0191"), ("OX4", "Oxford", "01865"),
           ("L17", "Liverpool", "0151"), ("AB10", "Aberdeen", "01224"), ("LL55", "Caernarfon", "01286"),
           ("PH33", "Fort William", "01397")],
    "US": [("80302", "Boulder", "CO", "303"), ("80205", "Denver", "CO", "720"), ("97214", "Portland", "OR", "503"),
           ("98103", "Seattle", "WA", "206"), ("84105", "Salt Lake City", "UT", "801"),
           ("05401", "Burlington", "VT", "802"), ("97701", "Bend", "OR", "541"), ("59801", "Missoula", "MT", "406"),
           ("28801", "Asheville", "NC", "828"), ("59715", "Bozeman", "MT", "406"),
           ("55408", "Minneapolis", "MN", "612"), ("60614", "Chicago", "IL", "773"),
           ("11215", "Brooklyn", "NY", "718"), ("78704", "Austin", "TX", "512"), ("92104", "San Diego", "CA", "619"),
           ("86001", "Flagstaff", "AZ", "928"), ("53703", "Madison", "WI", "608"), ("48104", "Ann Arbor", "MI", "734"),
           ("04101", "Portland", "ME", "207"), ("83702", "Boise", "ID", "208")],
    "IE": [("D06", "Dublin 6", "01"), ("D08", "Dublin 8", "01"), ("D07", "Dublin 7", "01"),
           ("H91", "Galway", "091"), ("T12", "Cork", "021"), ("V94", "Limerick", "061"),
           ("F91", "Sligo", "071"), ("V93", "Killarney, Co. Kerry", "064"), ("F28", "Westport, Co. Mayo", "098"),
           ("R95", "Kilkenny", "056"), ("A98", "Bray, Co. Wicklow", "01"), ("X91", "Waterford", "051"),
           ("F92", "Letterkenny, Co. Donegal", "074")],
    "FR": [("75011", "Paris", "01"), ("75018", "Paris", "01"), ("69003", "Lyon", "04"), ("74000", "Annecy", "04"),
           ("38000", "Grenoble", "04"), ("13006", "Marseille", "04"), ("31000", "Toulouse", "05"),
           ("67000", "Strasbourg", "03"), ("33000", "Bordeaux", "05"), ("44000", "Nantes", "02"),
           ("74400", "Chamonix-Mont-Blanc", "04"), ("65000", "Tarbes", "05")],
    "NL": [("1016", "Amsterdam", "020"), ("1072", "Amsterdam", "020"), ("3511", "Utrecht", "030"),
           ("2514", "Den Haag", "070"), ("3012", "Rotterdam", "010"), ("9711", "Groningen", "050"),
           ("6511", "Nijmegen", "024"), ("5611", "Eindhoven", "040"), ("2311", "Leiden", "071"),
           ("8011", "Zwolle", "038")],
    "IT": [("20121", "Milano", "MI", "02"), ("10123", "Torino", "TO", "011"), ("39100", "Bolzano", "BZ", "0471"),
           ("00184", "Roma", "RM", "06"), ("50122", "Firenze", "FI", "055"), ("40126", "Bologna", "BO", "051"),
           ("38122", "Trento", "TN", "0461"), ("11100", "Aosta", "AO", "0165"), ("37121", "Verona", "VR", "045"),
           ("32043", "Cortina d'Ampezzo", "BL", "0436")],
}

STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenweg", "Birkenweg",
           "Gartenstraße", "Bergstraße", "Am Anger", "Mühlweg", "Kirchplatz", "Ahornallee", "Ringstraße",
           "Sonnenhang", "Feldstraße", "Am Bach", "Kastanienallee", "Uhlandstraße", "Herderstraße",
           "Parkstraße", "Schulstraße", "Waldstraße", "Eichendorffstraße", "Im Winkel", "Auf der Höhe",
           "Brunnengasse", "Heideweg", "Talstraße", "Lessingstraße", "Alte Dorfstraße", "Marktplatz",
           "Kantstraße", "Blumenstraße", "Weidenweg", "Am Mühlbach", "Rheinstraße", "Lerchenweg",
           "Eschenring", "Fliederweg", "Wiesenstraße", "Hochfeldstraße", "Illerstraße"],
    "AT": ["Mariahilfer Straße", "Gumpendorfer Straße", "Herrengasse", "Annenstraße", "Landstraße",
           "Linzer Gasse", "Hauptplatz", "Kirchengasse", "Bahnhofstraße", "Sackstraße", "Wiener Straße",
           "Grazer Straße", "Schulgasse", "Lindengasse", "Neubaugasse", "Favoritenstraße", "Museumstraße",
           "Innrain", "Leopoldstraße", "Getreidegasse", "Griesgasse", "Dorfstraße", "Am Steinfeld",
           "Siebenbrunnengasse", "Kaiserstraße", "Brunnengasse", "Feldgasse", "Wiedner Hauptstraße"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptgasse", "Rämistrasse", "Kramgasse",
           "Marktgasse", "Kirchweg", "Alpenstrasse", "Feldstrasse", "Schulhausstrasse", "Zürichstrasse",
           "Bernstrasse", "Lindenhofweg", "Obere Gasse", "Sonnenbergstrasse", "Weinbergstrasse",
           "Rosenbergstrasse", "Gerechtigkeitsgasse", "Hirschengraben", "Spitalgasse", "Birkenweg",
           "Mattenweg", "Bergstrasse", "Gartenstrasse"],
    "CH_FR": ["Rue du Lac", "Chemin des Vignes", "Avenue de la Gare", "Rue du Bourg", "Chemin de la Forêt"],
    "CH_IT": ["Via Cantonale", "Via Nassa", "Via San Gottardo", "Via Pessina"],
    "GB": ["Cromwell Road", "High Street", "Church Lane", "Station Road", "Victoria Road", "Mill Lane",
           "Park Avenue", "Queen's Road", "Albert Street", "Westgate", "Orchard Close", "The Crescent",
           "Beech Grove", "Manor Road", "Chapel Street", "Springfield Road", "Harrow Road", "Belmont Terrace",
           "Lansdowne Place", "Brook Street", "Regent Street", "Hawthorn Avenue", "Heathfield Road",
           "Hillside Crescent", "Rosebery Avenue", "Windsor Terrace"],
    "US": ["Pearl St", "Maple Ave", "Oak Street", "Main St", "N Williams Ave", "Elm Street", "Cedar Ln",
           "SE Hawthorne Blvd", "Lakeview Dr", "Pine Ridge Rd", "W 4th Ave", "Aspen Ct", "Spruce St",
           "Mountain View Rd", "Broadway", "E Colfax Ave", "Juniper Way", "Willow Creek Dr", "NE Alberta St",
           "Sycamore Ln", "Canyon Blvd", "Prospect Ave"],
    "IE": ["Main Street", "Shop Street", "Harbour Road", "Church View", "Sandymount Avenue", "Castle Street",
           "Quay Street", "Strand Road", "College Road", "Rathgar Road", "Sea Road", "Mill Street",
           "Abbey Street", "Fairgreen Road", "Grange Road", "Leeson Park"],
    "FR": ["rue des Lilas", "avenue de la République", "rue de la Paix", "boulevard Voltaire", "rue du Moulin",
           "chemin des Vignes", "place du Marché", "rue Pasteur", "rue des Écoles", "rue de la Gare",
           "allée des Tilleuls", "rue du Lac"],
    "NL": ["Prinsengracht", "Oudegracht", "Lange Voorhout", "Kerkstraat", "Molenweg", "Dorpsstraat",
           "Stationsweg", "Nieuwe Binnenweg", "Herengracht", "Vismarkt", "Brink", "Ganzenmarkt"],
    "IT": ["Via Roma", "Corso Italia", "Via dei Mille", "Via Cavour", "Viale Trento", "Via Milano",
           "Piazza Duomo", "Via della Repubblica", "Via Portici", "Corso Vittorio Emanuele", "Via Mazzini"],
}

STORES = {
    "DE": ["Kempten", "München", "Freiburg", "Stuttgart", "Hamburg", "Berlin", "Köln", "Dresden", "Nürnberg",
           "Leipzig", "Garmisch-Partenkirchen"],
    "AT": ["Wien", "Innsbruck", "Salzburg", "Graz", "Linz", "Bregenz"],
    "CH": ["Zürich", "Bern", "Luzern", "Basel", "St. Gallen", "Chur", "Interlaken"],
    "GB": ["London", "Manchester", "Leeds", "Edinburgh", "Glasgow", "Bristol", "Kendal", "Sheffield"],
    "IE": ["Dublin", "Galway", "Cork", "Limerick"],
    "US": ["Boulder", "Denver", "Portland", "Seattle", "Salt Lake City", "Burlington"],
    "FR": ["Lyon", "Annecy", "Grenoble"],
    "NL": ["Amsterdam", "Utrecht"],
    "IT": ["Bolzano", "Milano", "Torino"],
}

EMAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "gmail.com", "outlook.de",
           "freenet.de", "icloud.com", "gmx.net"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com", "icloud.com"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "gmail.com", "outlook.com", "proton.me"],
    "GB": ["btinternet.com", "outlook.com", "gmail.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "aol.com", "hotmail.com"],
    "IE": ["eircom.net", "gmail.com", "outlook.ie", "yahoo.ie", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
    "NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com", "hotmail.nl"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com", "alice.it"],
}


class Address:
    def __init__(self, rng, country, town=None):
        self.country = country
        t = town or rng.choice(TOWNS[country])
        self.pc, self.town = t[0], t[1]
        self.state = t[2] if country in ("US", "IT") else ""
        self.area = t[-1]
        self.street = make_street(rng, country, self.town)
        c = country
        if c == "DE":
            pre = "D-" if rng.random() < 0.12 else ""
            self.line2 = "%s%s %s" % (pre, self.pc, self.town)
        elif c == "AT":
            pre = "A-" if rng.random() < 0.22 else ""
            self.line2 = "%s%s %s" % (pre, self.pc, self.town)
        elif c == "CH":
            pre = "CH-" if rng.random() < 0.25 else ""
            self.line2 = "%s%s %s" % (pre, self.pc, self.town)
        elif c == "GB":
            inward = str(rng.randrange(1, 10)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
            self.pc = self.pc + " " + inward
            self.line2 = "%s %s" % (self.town, self.pc)
        elif c == "US":
            self.line2 = "%s, %s %s" % (self.town, self.state, self.pc)
        elif c == "IE":
            chars = "ACDEFHKNPRTVWXY0123456789"
            code = self.pc + " " + rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(chars) for _ in range(3))
            self.pc = code
            if self.town.startswith("Dublin"):
                self.line2 = "%s, %s" % (self.town, code)
            else:
                self.line2 = "%s %s" % (self.town, code) if rng.random() < 0.5 else "%s, %s" % (self.town, code)
        elif c == "FR":
            self.line2 = "%s %s" % (self.pc, self.town.upper() if rng.random() < 0.3 else self.town)
        elif c == "NL":
            self.pc = self.pc + " " + rng.choice("ABCDEFGHJKLMNPRSTVWXZ") + rng.choice("ABCDEFGHJKLMNPRSTVWXZ")
            self.line2 = "%s %s" % (self.pc, self.town.upper() if rng.random() < 0.2 else self.town)
        elif c == "IT":
            self.line2 = "%s %s (%s)" % (self.pc, self.town, self.state) if rng.random() < 0.6 else "%s %s %s" % (self.pc, self.town, self.state)
        self.pctown = self.line2

    def one(self):
        return Lab("STREET_ADDRESS", self.street + ", " + self.line2)

    def two(self):
        return Lab("STREET_ADDRESS", self.street + "\n" + self.line2)

    def st(self):
        return Lab("STREET_ADDRESS", self.street)


def make_street(rng, c, town=""):
    n = rng.randrange(1, 120)
    if c == "DE":
        name = rng.choice(STREETS["DE"])
        if name.endswith("straße") and rng.random() < 0.2:
            name = name[:-6] + "str."
        num = str(n) + (rng.choice("abc") if rng.random() < 0.1 else "")
        return "%s %s" % (name, num)
    if c == "AT":
        name = rng.choice(STREETS["AT"])
        r = rng.random()
        if r < 0.3:
            num = "%d/%d/%d" % (n, rng.randrange(1, 9), rng.randrange(1, 30))
        elif r < 0.55:
            num = "%d/%d" % (n, rng.randrange(1, 25))
        else:
            num = str(n)
        return "%s %s" % (name, num)
    if c == "CH":
        if town in ("Lausanne",):
            return "%s %d" % (rng.choice(STREETS["CH_FR"]), n)
        if town in ("Lugano",):
            return "%s %d" % (rng.choice(STREETS["CH_IT"]), n)
        return "%s %d" % (rng.choice(STREETS["CH"]), n)
    if c == "GB":
        base = "%d %s" % (n, rng.choice(STREETS["GB"]))
        r = rng.random()
        if r < 0.2:
            return "Flat %d, %s" % (rng.randrange(1, 12), base)
        if r < 0.3:
            return "Flat %d%s, %s" % (rng.randrange(1, 6), rng.choice("ABC"), base)
        if r < 0.36:
            return "Apartment %d, %s" % (rng.randrange(2, 40), base)
        return base
    if c == "US":
        base = "%d %s" % (rng.randrange(10, 9900), rng.choice(STREETS["US"]))
        r = rng.random()
        if r < 0.2:
            return base + ", Apt %d%s" % (rng.randrange(1, 9), rng.choice("ABCD"))
        if r < 0.3:
            return base + ", Suite %d" % rng.randrange(100, 500)
        if r < 0.36:
            return base + " #%d" % rng.randrange(2, 40)
        return base
    if c == "IE":
        base = "%d %s" % (n, rng.choice(STREETS["IE"]))
        if rng.random() < 0.2:
            return "Apartment %d, %s" % (rng.randrange(1, 30), base)
        return base
    if c == "FR":
        suf = rng.choice([" bis", " ter"]) if rng.random() < 0.15 else ""
        return "%d%s %s" % (n, suf, rng.choice(STREETS["FR"]))
    if c == "NL":
        suf = wchoice(rng, [("", 60), ("-hs", 12), (" II", 8), ("-1", 10), ("A", 10)])
        return "%s %d%s" % (rng.choice(STREETS["NL"]), n, suf)
    if c == "IT":
        return "%s %d" % (rng.choice(STREETS["IT"]), n)
    raise ValueError(c)


# phone numbers -------------------------------------------------------------

def _mob_digits(rng, c):
    if c == "DE":
        p = rng.choice(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173",
                        "174", "175", "176", "177", "178", "179"])
        return p, digits(rng, 8 if p.startswith("15") else 7)
    if c == "AT":
        return rng.choice(["650", "660", "664", "676", "680", "681", "688", "699"]), digits(rng, 7)
    if c == "CH":
        return rng.choice(["76", "77", "78", "79", "75"]), str(rng.randrange(2, 10)) + digits(rng, 6)
    if c == "GB":
        return "7" + str(rng.randrange(4, 10)) + digits(rng, 2), digits(rng, 6)
    if c == "IE":
        return "8" + rng.choice("35679"), str(rng.randrange(1, 10)) + digits(rng, 6)
    if c == "FR":
        return rng.choice(["6", "7"]), digits(rng, 8)
    if c == "NL":
        return "6", str(rng.randrange(1, 10)) + digits(rng, 7)
    if c == "IT":
        return str(rng.choice([320, 324, 328, 329, 333, 334, 335, 338, 339, 340, 342, 345, 347, 348, 349,
                               366, 380, 388, 389, 391, 392])), digits(rng, 7)
    if c == "US":
        return None, None
    raise ValueError(c)


CC = {"DE": "49", "AT": "43", "CH": "41", "GB": "44", "IE": "353", "FR": "33", "NL": "31", "IT": "39", "US": "1"}


def _us_exchange(rng):
    while True:
        e = str(rng.randrange(2, 10)) + digits(rng, 2)
        if e != "555" and e[1:] != "11":
            return e


class Phone:
    """One phone number with its national and international spellings."""

    def __init__(self, rng, country, mobile=True, area=None):
        self.country = country
        c = country
        if c == "US":
            self.area = area or rng.choice(["303", "720", "503", "206", "801", "802", "541", "406",
                                             "828", "612", "773", "718", "512", "619", "928", "608"])
            self.ex, self.line = _us_exchange(rng), digits(rng, 4)
            self.mobile = mobile
            return
        self.mobile = mobile
        if mobile:
            self.pre, self.sub = _mob_digits(rng, c)
        else:
            a = area
            if c in ("IT",):
                self.pre = a
            else:
                self.pre = a[1:] if a.startswith("0") else a
            if c == "DE":
                self.sub = str(rng.randrange(2, 10)) + digits(rng, rng.choice([5, 6, 7]) - (1 if len(self.pre) > 3 else 0))
            elif c == "AT":
                self.sub = str(rng.randrange(2, 10)) + digits(rng, 6 if self.pre == "1" else 5)
            elif c == "CH":
                self.sub = str(rng.randrange(2, 10)) + digits(rng, 6)
            elif c == "GB":
                total = 10 - len(self.pre)
                self.sub = str(rng.randrange(2, 10)) + digits(rng, total - 1)
            elif c == "IE":
                self.sub = str(rng.randrange(2, 10)) + digits(rng, 6 if self.pre == "1" else 5)
            elif c == "FR":
                self.sub = digits(rng, 8)
            elif c == "NL":
                self.sub = str(rng.randrange(2, 10)) + digits(rng, 8 - len(self.pre))
            elif c == "IT":
                self.sub = str(rng.randrange(2, 10)) + digits(rng, 9 - len(self.pre))

    def e164(self):
        if self.country == "US":
            return "+1" + self.area + self.ex + self.line
        pre = self.pre
        if self.country == "IT":
            return "+39" + pre + self.sub
        return "+" + CC[self.country] + pre + self.sub

    def fmt(self, rng, style=None):
        c = self.country
        if c == "US":
            a, e, l = self.area, self.ex, self.line
            forms = ["(%s) %s-%s" % (a, e, l), "%s-%s-%s" % (a, e, l), "%s.%s.%s" % (a, e, l),
                     "+1 %s %s %s" % (a, e, l), "+1 (%s) %s-%s" % (a, e, l), "1-%s-%s-%s" % (a, e, l),
                     "+1-%s-%s-%s" % (a, e, l)]
            weights = [30, 25, 8, 12, 10, 8, 7]
            if style == "intl":
                return rng.choice(forms[3:5])
            return wchoice(rng, list(zip(forms, weights)))
        pre, sub, cc = self.pre, self.sub, CC[c]
        nat0 = "0" + pre if c != "IT" else pre
        if c == "CH":
            s = "%s %s %s" % (sub[:3], sub[3:5], sub[5:])
            nat = ["%s %s" % (nat0, s), "%s%s" % (nat0, sub)]
            intl = ["+41 %s %s" % (pre, s), "+41 (0)%s %s" % (pre, s), "0041 %s %s" % (pre, s)]
        elif c == "FR":
            pairs = " ".join(sub[i:i + 2] for i in range(0, 8, 2))
            nat = ["0%s %s" % (pre, pairs), "0%s.%s" % (pre, pairs.replace(" ", ".")), "0%s%s" % (pre, sub)]
            intl = ["+33 %s %s" % (pre, pairs), "+33 (0)%s %s" % (pre, pairs), "0033 %s %s" % (pre, pairs)]
        elif c == "IT":
            s = "%s %s" % (sub[:3], sub[3:]) if len(sub) == 7 else sub
            nat = ["%s %s" % (pre, s), "%s%s" % (pre, sub), "%s/%s" % (pre, sub)]
            intl = ["+39 %s %s" % (pre, s), "0039 %s %s" % (pre, sub), "+39 %s%s" % (pre, sub)]
        elif c == "IE":
            s = "%s %s" % (sub[:3], sub[3:])
            nat = ["%s %s" % (nat0, s), "(%s) %s" % (nat0, s), "%s%s" % (nat0, sub)]
            intl = ["+353 %s %s" % (pre, s), "00353 %s %s" % (pre, s), "+353 (0)%s %s" % (pre, s)]
        elif c == "GB":
            if pre == "20":
                s = "%s %s" % (sub[:4], sub[4:])
            elif self.mobile:
                s = sub
            elif len(pre) == 3:
                s = "%s %s" % (sub[:3], sub[3:])
            else:
                s = sub
            nat = ["%s %s" % (nat0, s), "(%s) %s" % (nat0, s)] if not self.mobile else ["%s %s" % (nat0, s), "%s%s" % (nat0, sub)]
            intl = ["+44 %s %s" % (pre, s), "+44 (0)%s %s" % (pre, s), "0044 %s %s" % (pre, s)]
        elif c == "NL":
            nat = ["0%s %s" % (pre, sub), "0%s-%s" % (pre, sub)]
            intl = ["+31 %s %s" % (pre, sub), "+31 (0)%s %s" % (pre, sub), "0031 %s %s" % (pre, sub)]
        elif c == "AT":
            s2 = "%s %s %s" % (sub[:3], sub[3:5], sub[5:]) if len(sub) == 7 else sub
            nat = ["0%s %s" % (pre, sub), "0%s/%s" % (pre, sub), "0%s %s" % (pre, s2)]
            intl = ["+43 %s %s" % (pre, sub), "+43 (0)%s %s" % (pre, sub), "0043 %s %s" % (pre, sub)]
        else:  # DE
            nat = ["0%s %s" % (pre, sub), "0%s/%s" % (pre, sub), "0%s-%s" % (pre, sub)]
            if not self.mobile:
                nat.append("(0%s) %s" % (pre, sub))
            else:
                nat.append("0%s %s %s" % (pre, sub[:3], sub[3:]))
            intl = ["+49 %s %s" % (pre, sub), "+49 (0)%s %s" % (pre, sub), "0049 %s %s" % (pre, sub)]
        if style == "intl":
            return rng.choice(intl)
        if style == "nat":
            return rng.choice(nat)
        if rng.random() < 0.45:
            return rng.choice(intl)
        return rng.choice(nat)


# --------------------------------------------------------------------------
# the brand (brand-guides/talgrat)

PRODUCTS = [
    # sku, en name, de name, de gender, price, colours en, colours de, sizes
    ("TG-HT-100", "Almweg zip-off trousers", "Almweg Zip-off-Wanderhose", "f", "129.95",
     ["Rock Grey", "Peat Brown", "Slate"], ["Felsgrau", "Moorbraun", "Schiefer"], ["S", "M", "L", "XL"]),
    ("TG-BP-045", "Fernkamm 45+10 backpack", "Fernkamm 45+10 Trekkingrucksack", "m", "229.95",
     ["Slate", "Fir Shade", "Hut Orange"], ["Schiefer", "Tannenschatten", "Hüttenorange"], ["one size"]),
    ("TG-RJ-100", "Firstwand rain jacket", "Firstwand 3-Lagen-Regenjacke", "f", "349.95",
     ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate"], ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer"],
     ["XS", "S", "M", "L", "XL", "XXL"]),
    ("TG-FL-100", "Gitterhang grid fleece", "Gitterhang Grid-Fleecejacke", "f", "119.95",
     ["Rock Grey", "Lichen", "Ridge Blue"], ["Felsgrau", "Flechte", "Gratblau"], ["S", "M", "L", "XL"]),
    ("TG-BP-030", "Hochsattel 30 backpack", "Hochsattel 30 Wanderrucksack", "m", "139.95",
     ["Ridge Blue", "Fir Shade", "Slate"], ["Gratblau", "Tannenschatten", "Schiefer"], ["one size"]),
    ("TG-DJ-100", "Kaltkar down jacket", "Kaltkar Daunenjacke", "f", "289.95",
     ["Alpenglow", "Ridge Blue", "Slate"], ["Alpenglühen", "Gratblau", "Schiefer"], ["XS", "S", "M", "L", "XL"]),
    ("TG-BL-100", "Morgengrat merino shirt", "Morgengrat Merino 150 Langarmshirt", "n", "89.95",
     ["Slate", "Limestone", "Peat Brown"], ["Schiefer", "Kalkstein", "Moorbraun"], ["S", "M", "L", "XL"]),
    ("TG-SI-100", "Rinnental insulated hoody", "Rinnental Isolationshoody", "m", "219.95",
     ["Fir Shade", "Hut Orange", "Slate"], ["Tannenschatten", "Hüttenorange", "Schiefer"], ["S", "M", "L", "XL"]),
    ("TG-RJ-200", "Schauerpass rain jacket", "Schauerpass 2,5-Lagen-Regenjacke", "f", "199.95",
     ["Gentian", "Lichen", "Slate"], ["Enzian", "Flechte", "Schiefer"], ["S", "M", "L", "XL"]),
    ("TG-TS-100", "Steinlauf trail shoes", "Steinlauf Trailrunningschuhe", "p", "159.95",
     ["Slate/Hut Orange", "Ridge Blue/Limestone"], ["Schiefer/Hüttenorange", "Gratblau/Kalkstein"],
     ["EU 39", "EU 41", "EU 42", "EU 43", "EU 44", "EU 45"]),
    ("TG-SO-100", "Trittweg merino socks", "Trittweg Merino-Wandersocken", "p", "24.95",
     ["Rock Grey", "Fir Shade", "Hut Orange"], ["Felsgrau", "Tannenschatten", "Hüttenorange"], ["39-41", "42-44", "45-47"]),
    ("TG-WT-100", "Wintersteig winter trousers", "Wintersteig Wintertrekkinghose", "f", "169.95",
     ["Slate", "Fir Shade"], ["Schiefer", "Tannenschatten"], ["S", "M", "L", "XL"]),
]

BRAND_WORDS = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar", "Morgengrat",
               "Rinnental", "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig", "Talgrat", "Slate", "Lichen",
               "Gentian", "Alpenglow", "Limestone", "Schiefer", "Flechte", "Enzian", "Kalkstein", "Gratblau",
               "Felsgrau", "Moorbraun", "Tannenschatten", "Alpenglühen", "Hüttenorange"]

ART = {"m": ("der", "den", "dem"), "f": ("die", "die", "der"), "n": ("das", "das", "dem"), "p": ("die", "die", "den")}


def money(c, amount):
    """amount: float; formatted for the text's language and country."""
    if c.lang == "de":
        if c.country == "CH":
            return "CHF %.2f" % amount if c.rng.random() < 0.7 else "Fr. %.2f" % amount
        s = ("%.2f" % amount).replace(".", ",")
        return s + " €" if c.rng.random() < 0.8 else "EUR " + s
    if c.country == "GB":
        return "£%.2f" % amount
    if c.country == "US":
        return "$%.2f" % amount
    if c.country == "CH":
        return "CHF %.2f" % amount
    return "€%.2f" % amount


class Product:
    def __init__(self, c, idx):
        self.c = c
        self.p = PRODUCTS[idx]
        rng = c.rng
        self.colour_i = rng.randrange(len(self.p[5]))
        self.size = rng.choice(self.p[7])

    def get(self, attr):
        c, p = self.c, self.p
        de = c.lang == "de"
        if attr in ("", "name"):
            return p[2] if de else p[1]
        if attr == "short":
            return p[1].split()[0]
        if attr == "n":
            return (ART[p[3]][0] + " " + p[2]) if de else "the " + p[1]
        if attr == "a":
            return (ART[p[3]][1] + " " + p[2]) if de else "the " + p[1]
        if attr == "d":
            return (ART[p[3]][2] + " " + p[2]) if de else "the " + p[1]
        if attr == "sku":
            return p[0]
        if attr in ("price", "sale", "newprice"):
            amt = float(p[4])
            if attr == "sale":
                amt = round(amt * c.rng.choice([0.7, 0.75, 0.8]), 0) - 0.05
            elif attr == "newprice":
                amt = round(amt * c.rng.choice([0.9, 1.05, 1.1]), 0) - 0.05
            if c.lang == "en" and c.country == "GB":
                amt = round(amt * 0.86, 0) - 0.05
            elif c.lang == "en" and c.country == "US":
                amt = round(amt * 1.08, 0) - 0.05
            elif c.country == "CH":
                amt = round(amt * 0.98, 0) - 0.1
            return money(c, amt)
        if attr == "colour":
            return p[6][self.colour_i] if de else p[5][self.colour_i]
        if attr == "size":
            return self.size
        raise KeyError(attr)


# --------------------------------------------------------------------------
# the template language
#   [[a|b|c]]   one alternative (nested)
#   [?text?]    optional part (half of the draws)
#   {key} {key.attr} {key?male|female}   slots; {{ and }} are braces

_parse_cache = {}


def parse(s):
    if s in _parse_cache:
        return _parse_cache[s]
    out, i, term = _parse(s, 0, ())
    if i != len(s):
        raise SyntaxError(s)
    _parse_cache[s] = out
    return out


def _parse(s, i, ends):
    out, buf = [], []

    def flush():
        if buf:
            out.append("".join(buf))
            del buf[:]

    while i < len(s):
        if s.startswith("[[", i):
            flush()
            alts = []
            i += 2
            while True:
                sub, i, term = _parse(s, i, ("|", "]]"))
                alts.append(sub)
                if term == "]]":
                    break
            out.append(("alt", alts))
            continue
        if s.startswith("[?", i):
            flush()
            sub, i, term = _parse(s, i + 2, ("?]",))
            out.append(("opt", sub))
            continue
        if s.startswith("{{", i):
            buf.append("{")
            i += 2
            continue
        if s.startswith("}}", i):
            buf.append("}")
            i += 2
            continue
        if s[i] == "{":
            flush()
            j = s.index("}", i)
            out.append(_slot(s[i + 1:j]))
            i = j + 1
            continue
        for e in ends:
            if s.startswith(e, i):
                flush()
                return out, i + len(e), e
        buf.append(s[i])
        i += 1
    if ends:
        raise SyntaxError("unclosed in %r" % s[:80])
    flush()
    return out, i, None


def _slot(body):
    if "?" in body:
        key, rest = body.split("?", 1)
        m, f = rest.split("|", 1)
        return ("g", key, m, f)
    if "." in body:
        key, attr = body.split(".", 1)
        return ("s", key, attr)
    return ("s", body, "")


def slots_of(s):
    """(key, attr) pairs named in a template string."""
    return re.findall(r"\{(\w+)\.(\w+)\}", s)


# --------------------------------------------------------------------------
# people

class Person:
    def __init__(self, c, key, country, staff, origin, gender, given, sur, inv, word_sur, hyph, double, particle):
        self.c, self.key, self.country, self.staff = c, key, country, staff
        self.origin, self.gender, self.given, self.sur = origin, gender, given, sur
        self.inv = inv          # "" or "g", "s", "gs"
        self.word_sur = word_sur
        self.hyph, self.double, self.particle = hyph, double, particle
        self.cache = {}
        rng = c.rng
        if c.lang == "en":
            if gender == "m":
                self.hon = "Mr." if (country == "US" or rng.random() < 0.25) else "Mr"
            else:
                h = wchoice(rng, [("Ms", 45), ("Mrs", 25), ("Ms.", 18), ("Mrs.", 12)])
                if country == "US" and not h.endswith("."):
                    h += "."
                self.hon = h
            if rng.random() < 0.05:
                self.hon = "Dr" if rng.random() < 0.5 else "Dr."
        else:
            self.hon = "Herr" if gender == "m" else "Frau"
            self.dr = rng.random() < 0.05
        self.shown = []

    # name forms
    def full(self):
        return self.given + " " + self.sur

    def forms(self, attr):
        g, s = self.given, self.sur
        if attr == "full":
            return P(g + " " + s)
        if attr == "given":
            return P(g)
        if attr == "sur":
            return P(s)
        if attr == "lf":
            return P(s + ", " + g)
        if attr == "LF":
            return P(upper(s) + ", " + g)
        if attr == "ini":
            return P(g[0] + ". " + s)
        if attr == "gi":
            return P(g + " " + surname_initial(s) + ".")
        if attr == "up":
            return P(upper(g + " " + s))
        if attr == "upsur":
            return P(upper(s))
        if attr == "low":
            return P((g + " " + s).lower())
        if attr == "lowg":
            return P(g.lower())
        if attr == "sf":
            return P(s + " " + g)
        if attr == "SF":
            return P(upper(s) + " " + upper(g))
        return None


def show(p, attr):
    if attr not in p.shown:
        p.shown.append(attr)


def upper(s):
    out = s.upper()
    return out


def surname_initial(s):
    parts = s.split(" ")
    for p in parts:
        if p[0].isupper():
            return p[0]
    return parts[-1][0].upper()


# --------------------------------------------------------------------------
# text context

EN_COUNTRIES = [("GB", 38), ("US", 27), ("IE", 14), ("DE", 6), ("AT", 3), ("CH", 4), ("FR", 3), ("NL", 3), ("IT", 2)]
DE_COUNTRIES = [("DE", 50), ("AT", 24), ("CH", 20), ("GB", 1), ("US", 1), ("IE", 1), ("FR", 1), ("NL", 1), ("IT", 1)]
OTHER_FOR = {"en": [("GB", 20), ("US", 15), ("IE", 10), ("DE", 12), ("AT", 5), ("CH", 5), ("FR", 8), ("NL", 8), ("IT", 8)],
             "de": [("DE", 30), ("AT", 15), ("CH", 15), ("GB", 6), ("US", 4), ("IE", 3), ("FR", 8), ("NL", 8), ("IT", 10)]}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


PERSON_KEYS = ["a", "b", "c", "d", "e", "f", "g", "h", "s", "t", "u"]


class Ctx:
    def __init__(self, rng, lang, genre, country, allow_inv, needs, pins=None):
        self.rng, self.lang, self.genre, self.country = rng, lang, genre, country
        self.allow_inv = allow_inv
        self.needs = needs
        self.pins = pins or {}
        self.people = {}
        self.order = []
        self.vals = {}
        self.tokens = []
        self.nocue = ()
        self.bad_words = ()
        d0 = datetime.date(2024, 1, 8) + datetime.timedelta(days=rng.randrange(0, 700))
        self.d0 = d0
        self.dstyle = rng.randrange(3)
        self.chain = [d0 - datetime.timedelta(days=rng.randrange(20, 60))]
        self.minute = rng.randrange(7 * 60, 17 * 60)

    # -- choice helpers
    def L(self, en, de):
        return de if self.lang == "de" else en

    def ch(self, *items):
        return self.rng.choice(items)

    # -- rendering
    def T(self, s):
        out = []
        render_seq(parse(s), self, out)
        return out

    def slot(self, node, out):
        if node[0] == "g":
            p = self.p(node[1])
            out.append(node[2] if p.gender == "m" else node[3])
            return
        key, attr = node[1], node[2]
        if key in PERSON_KEYS:
            p = self.p(key)
            add(out, person_attr(self, p, attr))
            return
        add(out, self.val(key, attr))

    def p(self, key):
        if key not in self.people:
            self.people[key] = draw_person(self, key)
            self.order.append(key)
        return self.people[key]

    def val(self, key, attr=""):
        if key in ("tm", "dt"):
            return VALS[key](self, key)
        if key not in self.vals:
            base = key if key in VALS else key.rstrip("0123456789")
            if base not in VALS and base[:-1] in VALS and base[-1] in PERSON_KEYS:
                base = base[:-1]
            fn = VALS.get(base)
            if fn is None:
                raise KeyError("unknown slot %s" % key)
            self.vals[key] = fn(self, key)
        v = self.vals[key]
        if isinstance(v, Product):
            return v.get(attr)
        if attr:
            if isinstance(v, dict):
                return v[attr]
            raise KeyError("%s.%s" % (key, attr))
        return v

    # -- dates
    def fmt_date(self, d, style=None):
        st = self.dstyle if style is None else style
        if self.lang == "de":
            months = list(MONTHS_DE)
            if self.country == "AT":
                months[0] = "Jänner"
            if st == 0:
                return "%02d.%02d.%d" % (d.day, d.month, d.year)
            if st == 1:
                return "%d. %s %d" % (d.day, months[d.month - 1], d.year)
            return "%d.%d.%d" % (d.day, d.month, d.year)
        if self.country == "US":
            if st == 1:
                return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
            return "%d/%d/%d" % (d.month, d.day, d.year)
        if st == 1:
            return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1], d.year)
        if st == 2:
            return "%d %s" % (d.day, MONTHS_EN[d.month - 1][:3])
        return "%02d/%02d/%d" % (d.day, d.month, d.year)

    def next_date(self):
        d = self.chain[-1] + datetime.timedelta(days=self.rng.randrange(1, 9))
        self.chain.append(d)
        return d


def add(out, v):
    if isinstance(v, list):
        out.extend(v)
    else:
        out.append(v)


def render_seq(seq, c, out):
    for n in seq:
        if type(n) is str:
            out.append(n)
        elif n[0] == "alt":
            render_seq(c.rng.choice(n[1]), c, out)
        elif n[0] == "opt":
            if c.rng.random() < 0.5:
                render_seq(n[1], c, out)
        else:
            c.slot(n, out)


# --------------------------------------------------------------------------
# drawing people

def name_tokens(s):
    return [t.lower() for t in re.findall(r"[^\W\d_]+", s) if len(t) > 1 and t.lower() not in N.PARTICLES]


def draw_person(c, key):
    rng = c.rng
    staff = key in ("s", "t", "u")
    needs = c.needs.get(key, ())
    if key in c.pins:
        country = c.pins[key]
    elif staff or rng.random() < 0.85:
        country = c.country
    else:
        country = wchoice(rng, OTHER_FOR[c.lang])
    if "taxid" in needs:
        country = "DE"
    if "iban" in needs and country == "US":
        country = rng.choice(["GB", "IE", "DE"])
    for _ in range(400):
        origin, gender, given, sur, flags = N.draw_name(rng, c.lang, country)
        inv = ""
        if c.allow_inv and key not in c.nocue and rng.random() < N.INVENTED_SHARE:
            inv = wchoice(rng, [("g", 30), ("s", 35), ("gs", 35)])
            if "g" in inv:
                given, gender = N.invented_given(rng, gender)
            if "s" in inv:
                sur = N.invented_surname(rng)
            flags = dict(flags)
            if "s" in inv:
                flags["word"] = flags["hyph"] = flags["particle"] = False
            if "g" in inv:
                flags["double"] = False
        if c.lang == "de" and c.country == "CH" and (country == "CH"):
            given, sur = given.replace("ß", "ss"), sur.replace("ß", "ss")
        toks = name_tokens(given + " " + sur)
        if any(t in c.tokens for t in toks) or any(t in c.bad_words for t in toks):
            INNER["person"] += 1
            continue
        c.tokens.extend(toks)
        return Person(c, key, country, staff, origin, gender, given, sur, inv,
                      flags["word"], flags["hyph"], flags["double"], flags["particle"])
    raise Redraw("no person")


def person_attr(c, p, attr):
    rng = c.rng
    f = p.forms(attr)
    if f is not None:
        show(p, attr)
        return f
    en = c.lang == "en"
    if attr == "mr":
        show(p, attr)
        return [p.hon + " ", P(p.sur)] if en else [("Herr " if p.gender == "m" else "Frau ") + ("Dr. " if p.dr else ""), P(p.sur)]
    if attr == "mrfull":
        show(p, attr)
        return [p.hon + " ", P(p.full())] if en else [("Herr " if p.gender == "m" else "Frau ") + ("Dr. " if p.dr else ""), P(p.full())]
    if attr == "herrn":
        show(p, attr)
        return [("Herrn " if p.gender == "m" else "Frau ") + ("Dr. " if p.dr else ""), P(p.sur)]
    if attr == "herrnfull":
        show(p, attr)
        return [("Herrn " if p.gender == "m" else "Frau ") + ("Dr. " if p.dr else ""), P(p.full())]
    if attr == "hon":
        return p.hon if en else ("Herr" if p.gender == "m" else "Frau")
    if attr == "anrede":
        show(p, attr)
        if c.country == "CH" and rng.random() < 0.5:
            return ["Grüezi " + ("Herr " if p.gender == "m" else "Frau "), P(p.sur)]
        return [("Sehr geehrter Herr " if p.gender == "m" else "Sehr geehrte Frau ") + ("Dr. " if p.dr else ""), P(p.sur)]
    if attr == "lieb":
        show(p, attr)
        return [("Lieber " if p.gender == "m" else "Liebe "), P(p.given)]
    if attr == "dear":
        show(p, attr)
        return ["Dear " + p.hon + " ", P(p.sur)]
    if attr == "gen":
        show(p, attr)
        g = p.given
        if en:
            return [P(g), "'" if g[-1] == "s" else "'s"]
        return [P(g), "'" if g[-1] in "sxzß" else "s"]
    if attr == "gensur":
        show(p, attr)
        s = p.sur
        return [P(s), "'" if s[-1] in "sxzß" else "s"]
    if attr in ("he", "He", "him", "his", "His", "er", "Er", "ihn", "ihm", "sein", "seine", "seinen", "seinem", "seiner"):
        m = p.gender == "m"
        table = {"he": ("he", "she"), "He": ("He", "She"), "him": ("him", "her"), "his": ("his", "her"),
                 "His": ("His", "Her"), "er": ("er", "sie"), "Er": ("Er", "Sie"), "ihn": ("ihn", "sie"),
                 "ihm": ("ihm", "ihr"), "sein": ("sein", "ihr"), "seine": ("seine", "ihre"),
                 "seinen": ("seinen", "ihren"), "seinem": ("seinem", "ihrem"), "seiner": ("seiner", "ihrer")}
        return table[attr][0 if m else 1]
    if attr == "email":
        return Lab("EMAIL", p_cache(p, "email", lambda: make_email(c, p, 0)))
    if attr == "email2":
        return Lab("EMAIL", p_cache(p, "email2", lambda: make_email(c, p, 1)))
    if attr == "pmail":
        return Lab("EMAIL", p_cache(p, "pmail", lambda: make_email(c, p, 2)))
    if attr in ("mobile", "mob"):
        ph = p_cache(p, "mobph", lambda: Phone(rng, p.country, True))
        return Lab("PHONE", p_cache(p, "mobfmt", lambda: ph.fmt(rng)))
    if attr == "mobnat":
        ph = p_cache(p, "mobph", lambda: Phone(rng, p.country, True))
        return Lab("PHONE", p_cache(p, "mobnat", lambda: ph.fmt(rng, "nat")))
    if attr == "mobintl":
        ph = p_cache(p, "mobph", lambda: Phone(rng, p.country, True))
        return Lab("PHONE", p_cache(p, "mobintl", lambda: ph.fmt(rng, "intl")))
    if attr == "e164":
        ph = p_cache(p, "mobph", lambda: Phone(rng, p.country, True))
        return Lab("PHONE", ph.e164())
    if attr == "land":
        a = addr_of(c, p)
        ph = p_cache(p, "landph", lambda: Phone(rng, p.country, False, a.area))
        return Lab("PHONE", p_cache(p, "landfmt", lambda: ph.fmt(rng)))
    if attr == "phone":
        which = p_cache(p, "phonekind", lambda: "mobile" if rng.random() < 0.7 else "land")
        return person_attr(c, p, which)
    if attr == "addr":
        return addr_of(c, p).one()
    if attr == "addr2":
        return addr_of(c, p).two()
    if attr == "street":
        return addr_of(c, p).st()
    if attr == "oldstreet":
        return Lab("STREET_ADDRESS", p_cache(p, "oldstreet", lambda: make_street(rng, p.country, addr_of(c, p).town)))
    if attr == "pc":
        return addr_of(c, p).pc
    if attr == "town":
        return addr_of(c, p).town
    if attr == "state":
        return addr_of(c, p).state
    if attr == "pctown":
        return addr_of(c, p).line2
    if attr == "country":
        return COUNTRY_NAMES[c.lang][p.country]
    if attr == "cc":
        return p.country
    if attr == "iban":
        ctry = p.country if p.country != "US" else "GB"
        return Lab("IBAN", p_cache(p, "iban", lambda: make_iban(rng, ctry)))
    if attr == "card":
        return Lab("CREDIT_CARD", p_cache(p, "card", lambda: make_card(rng)))
    if attr == "taxid":
        return Lab("DE_TAX_ID", p_cache(p, "taxid", lambda: make_taxid(rng)))
    if attr == "handle":
        return p_cache(p, "handle", lambda: "@" + ascii_local(p.given)[:8] + rng.choice(["", "_", "."]) + ascii_local(p.sur)[:1] + rng.choice(["", str(rng.randrange(1, 99))]))
    if attr == "initials":
        return "".join(x[0] for x in (p.given + " " + p.sur).split() if x[0].isupper())
    raise KeyError("person attribute %s" % attr)


def p_cache(p, k, fn):
    if k not in p.cache:
        p.cache[k] = fn()
    return p.cache[k]


def addr_of(c, p):
    return p_cache(p, "addr", lambda: Address(c.rng, p.country))


def make_email(c, p, variant):
    rng = c.rng
    g = ascii_local(p.given.split("-")[0].split(" ")[0])
    s = ascii_local(p.sur.replace(" ", ""))
    if p.staff and variant == 0:
        dom = "talgrat.de" if c.lang == "de" else "talgrat.com"
        local = rng.choice([g + "." + s, g[0] + "." + s, g + "." + s, g + s[0]])
        return local + "@" + dom
    yy = str(rng.randrange(60, 100)) if rng.random() < 0.5 else str(rng.randrange(1, 30))
    styles = [g + "." + s, g[0] + "." + s, g + s, s + "." + g, g + "_" + s[0], g + "." + s + yy,
              g + yy, s + g[0], g + "-" + s, s + "." + g[0] + yy]
    local = rng.choice(styles)
    if len(local) < 3:
        local = local + yy
    doms = EMAIL_DOMAINS[p.country]
    dom = rng.choice(doms)
    if variant == 1:
        local = rng.choice(styles)
        if local == p.cache.get("email", "@").split("@")[0]:
            local = local + str(rng.randrange(2, 9))
        dom = rng.choice(doms)
    if variant == 2:
        dom = rng.choice(["proton.me", "mailbox.org", "posteo.net", "fastmail.com", "icloud.com"])
    return local + "@" + dom


# --------------------------------------------------------------------------
# values

def _store(c, key):
    pool = STORES[c.country]
    used = [v for k, v in c.vals.items() if k.startswith("store")]
    left = [s for s in pool if s not in used] or pool
    return c.rng.choice(left)


def _date(c, key):
    d = c.d0 + datetime.timedelta(days=c.rng.randrange(-20, 25))
    return c.fmt_date(d)


def _dt(c, key):
    return c.fmt_date(c.next_date())


def _dts(c, key):
    d = c.next_date()
    return c.fmt_date(d, 2 if c.lang == "en" else 2) if c.lang == "en" else "%d.%d." % (d.day, d.month)


def _iso(c, key):
    d = c.d0 + datetime.timedelta(days=c.rng.randrange(-5, 5))
    return d.isoformat()


def _ts(c, key):
    d = c.d0
    return "%sT%02d:%02d:%02dZ" % (d.isoformat(), c.rng.randrange(6, 22), c.rng.randrange(60), c.rng.randrange(60))


def _dob(c, key):
    d = datetime.date(c.rng.randrange(1952, 2006), c.rng.randrange(1, 13), c.rng.randrange(1, 29))
    return c.fmt_date(d, 0 if c.lang == "de" else (0 if c.country != "US" else 1))


def _time(c, key):
    h, m = c.rng.randrange(7, 21), c.rng.choice([0, 5, 10, 12, 15, 20, 25, 30, 34, 40, 45, 48, 50, 55])
    return "%02d:%02d" % (h, m)


def _order(c, key):
    rng = c.rng
    k = rng.randrange(4)
    if k == 0:
        return "TG-%d-%06d" % (c.d0.year, rng.randrange(1000, 999999))
    if k == 1:
        return "#TG%d" % rng.randrange(100000, 999999)
    if k == 2:
        return safe_num(rng, lambda: str(rng.randrange(10000000, 99999999)))
    return "W%d" % rng.randrange(1000000, 9999999)


def _ticket(c, key):
    rng = c.rng
    return rng.choice(["#%d" % rng.randrange(10000, 99999), "T-%d" % rng.randrange(10000, 99999),
                       "CS-%d-%04d" % (c.d0.year, rng.randrange(1, 9999)), "INC%07d" % rng.randrange(1, 999999)])


def _ref(c, key):
    """Phone-shaped references (depot, pallet, queue): never labelled."""
    rng = c.rng
    return safe_num(rng, lambda: rng.choice([
        "0%d %d-%02d" % (rng.randrange(200, 999), rng.randrange(1000, 9999), rng.randrange(100)),
        "%d %d %d" % (rng.randrange(100, 999), rng.randrange(100, 999), rng.randrange(1000, 9999)),
        "0%d/%d" % (rng.randrange(30, 99), rng.randrange(100000, 999999)),
        "(0%d) %d %d" % (rng.randrange(10, 99), rng.randrange(100, 999), rng.randrange(1000, 9999))]))


def _parcel(c, key):
    rng = c.rng
    return safe_num(rng, lambda: rng.choice([
        "00340434" + digits(rng, 12), "JJD00" + digits(rng, 13),
        "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + digits(rng, 10),
        "RR" + digits(rng, 9) + rng.choice(["GB", "DE", "AT", "CH", "IE"]),
        "%s %s %s" % (digits(rng, 4), digits(rng, 4), digits(rng, 4))]))


def _price(c, key):
    return money(c, c.rng.randrange(15, 250) + c.rng.choice([0.95, 0.9, 0.5, 0.0]))


def _amount(c, key):
    return money(c, c.rng.randrange(5, 300) + c.rng.randrange(100) / 100.0)


def _small(c, key):
    return money(c, c.rng.randrange(4, 60) + c.rng.choice([0.0, 0.5, 0.9, 0.95]))


def _prod(c, key):
    used = [v.p[0] for k, v in c.vals.items() if isinstance(v, Product)]
    while True:
        i = c.rng.randrange(len(PRODUCTS))
        if PRODUCTS[i][0] not in used:
            return Product(c, i)


def _ip(c, key):
    rng = c.rng
    if rng.random() < 0.22:
        return Lab("IP_ADDRESS", ip6(rng))
    return Lab("IP_ADDRESS", ip_public4(rng, c.country) if rng.random() < 0.8 else ip_doc4(rng))


def _ip4(c, key):
    return Lab("IP_ADDRESS", ip_public4(c.rng, c.country))


def _ip6(c, key):
    return Lab("IP_ADDRESS", ip6(c.rng))


def _ipp(c, key):
    return Lab("IP_ADDRESS", ip_private4(c.rng))


def _card(c, key):
    return Lab("CREDIT_CARD", make_card(c.rng))


def _gtin(c, key):
    return gtin13(c.rng)


def _n(c, key):
    return str(c.rng.randrange(2, 10))


def _nn(c, key):
    return str(c.rng.randrange(10, 99))


def _last4(c, key):
    return "%04d" % c.rng.randrange(10000)


def _plate(c, key):
    rng = c.rng
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if c.country == "DE":
        return "%s-%s %d" % (rng.choice(["M", "KE", "OA", "B", "HH", "S", "FR", "K", "GAP", "RO"]),
                             rng.choice(L) + rng.choice(L), rng.randrange(10, 9999))
    if c.country == "AT":
        return "%s-%d%s" % (rng.choice(["W", "I", "S", "G", "L", "IL", "KB", "B"]), rng.randrange(10, 999), rng.choice(L) + rng.choice(L))
    if c.country == "CH":
        return "%s %d" % (rng.choice(["ZH", "BE", "LU", "GR", "SG", "BS", "ZG"]), rng.randrange(1000, 999999))
    if c.country == "GB":
        return "%s%s%02d %s" % (rng.choice(L), rng.choice(L), rng.randrange(10, 75), rng.choice(L) + rng.choice(L) + rng.choice(L))
    return "%s%s%s %d" % (rng.choice(L), rng.choice(L), rng.choice(L), rng.randrange(1000, 9999))


def _weekday(c, key):
    return (WEEKDAYS_DE if c.lang == "de" else WEEKDAYS_EN)[c.rng.randrange(7)]


def _company(c, key):
    pool = N.COMPANIES_DE if c.lang == "de" else N.COMPANIES_EN
    used = [v for k, v in c.vals.items() if k.startswith("company")]
    left = [x for x in pool if x not in used]
    return c.rng.choice(left)


def _cname(c, key):
    return COUNTRY_NAMES[c.lang][c.country]


def _hi_sie(c, key):
    rng = c.rng
    if c.country == "CH":
        return rng.choice(["Grüezi", "Guten Tag", "Grüezi"])
    if c.country == "AT":
        return rng.choice(["Grüß Gott", "Guten Tag", "Grüß Gott"])
    return rng.choice(["Guten Tag", "Hallo", "Guten Morgen"])


def _hi_du(c, key):
    rng = c.rng
    if c.country == "CH":
        return rng.choice(["Hoi", "Sali", "Hallo", "Grüezi"])
    if c.country == "AT":
        return rng.choice(["Servus", "Hallo", "Hi", "Grüß dich"])
    return rng.choice(["Hallo", "Hi", "Moin", "Hey"])


def _bye_sie(c, key):
    rng = c.rng
    if c.country == "CH":
        return rng.choice(["Freundliche Grüsse", "Mit freundlichen Grüssen", "Beste Grüsse"])
    if c.country == "AT":
        return rng.choice(["Mit freundlichen Grüßen", "Freundliche Grüße", "Hochachtungsvoll"])
    return rng.choice(["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüße"])


def _bye_du(c, key):
    rng = c.rng
    if c.country == "CH":
        return rng.choice(["Liebe Grüsse", "En Gruess", "Merci und liebe Grüsse", "LG"])
    if c.country == "AT":
        return rng.choice(["Liebe Grüße", "LG", "Baba und danke", "Schöne Grüße"])
    return rng.choice(["Viele Grüße", "LG", "Liebe Grüße", "Beste Grüße", "Danke dir und Grüße"])


def _handy(c, key):
    return c.rng.choice(["Natel", "Handy", "Natel"]) if c.country == "CH" else c.rng.choice(["Handy", "Handynummer", "Mobilnummer"])


def _kasse(c, key):
    return "Kassa" if c.country == "AT" else "Kasse"


def _tuete(c, key):
    return {"AT": "Sackerl", "CH": "Säckli"}.get(c.country, "Tüte")


def _en_hi(c, key):
    return c.rng.choice(["Hi", "Hello", "Hi there", "Good morning"])


def _en_bye(c, key):
    rng = c.rng
    if c.country == "IE":
        return rng.choice(["Thanks a million", "Many thanks", "Kind regards", "Best wishes"])
    if c.country == "US":
        return rng.choice(["Best,", "Thanks,", "Best regards,", "Cheers,"]).rstrip(",")
    return rng.choice(["Kind regards", "Best wishes", "Many thanks", "Thanks", "Cheers", "Best"])


def _cur(c, key):
    if c.lang == "de":
        return "CHF" if c.country == "CH" else "€"
    return {"GB": "£", "US": "$", "CH": "CHF "}.get(c.country, "€")


def _year(c, key):
    return str(c.d0.year)


def _tm(c, key):
    c.minute += c.rng.randrange(1, 26)
    m = min(c.minute, 23 * 60 + 59)
    return "%02d:%02d" % (m // 60, m % 60)


ROLE_EMAILS = {"en": ["service@talgrat.com", "returns@talgrat.com", "hello@talgrat.com", "care@talgrat.com"],
               "de": ["service@talgrat.de", "kundenservice@talgrat.de", "retouren@talgrat.de", "hallo@talgrat.de"]}


def _rolemail(c, key):
    return Lab("EMAIL", c.rng.choice(ROLE_EMAILS[c.lang]))


def _giftcard(c, key):
    rng = c.rng
    return safe_num(rng, lambda: "7777 %s %s %s %s" % (digits(rng, 4), digits(rng, 4), digits(rng, 4), digits(rng, 3)))


def _ver(c, key):
    return "%d.%d.%d" % (c.rng.randrange(1, 9), c.rng.randrange(0, 20), c.rng.randrange(0, 12))


def _hexid(c, key):
    return "".join(c.rng.choice("0123456789abcdef") for _ in range(16))


def _placepc(c, key):
    rng = c.rng
    t = rng.choice(TOWNS[c.country])
    if c.country == "GB":
        return "%s %s" % (t[1], t[0])
    if c.country == "US":
        return "%s, %s %s" % (t[1], t[2], t[0])
    if c.country == "IE":
        return "%s (%s)" % (t[1], t[0])
    return "%s %s" % (t[0], t[1])


VALS = {
    "store": _store, "date": _date, "dt": _dt, "dts": _dts, "iso": _iso, "ts": _ts, "dob": _dob,
    "time": _time, "order": _order, "ticket": _ticket, "ref": _ref, "parcel": _parcel, "price": _price,
    "amount": _amount, "prod": _prod, "ip": _ip, "ipv4": _ip4, "ipv6": _ip6, "ipp": _ipp, "card": _card,
    "gtin": _gtin, "n": _n, "nn": _nn, "last": _last4, "plate": _plate, "weekday": _weekday,
    "company": _company, "cname": _cname, "hi_sie": _hi_sie, "hi_du": _hi_du, "bye_sie": _bye_sie,
    "bye_du": _bye_du, "handy": _handy, "kasse": _kasse, "tuete": _tuete, "en_hi": _en_hi,
    "en_bye": _en_bye, "cur": _cur, "year": _year, "tm": _tm, "rolemail": _rolemail, "giftcard": _giftcard,
    "ver": _ver, "hexid": _hexid, "placepc": _placepc, "small": _small,
}


# --------------------------------------------------------------------------
# assembling a record

PUNCT_FIX = re.compile(r" +([,.;:!?)])")


def assemble(pieces, prose, swiss):
    # merge plain pieces
    flat = []

    def walk(xs):
        for x in xs:
            if isinstance(x, list):
                walk(x)
            else:
                flat.append(x)
    walk(pieces)
    merged = []
    for x in flat:
        if isinstance(x, Lab):
            merged.append(x)
        elif isinstance(x, str):
            if not x:
                continue
            if merged and isinstance(merged[-1], str):
                merged[-1] += x
            else:
                merged.append(x)
        else:
            raise TypeError(type(x))
    out = []
    for i, x in enumerate(merged):
        if isinstance(x, Lab):
            out.append(x)
            continue
        s = x
        if swiss:
            s = s.replace("ß", "ss")
        s = re.sub(r"[ \t]+\n", "\n", s)
        s = re.sub(r"\n{3,}", "\n\n", s)
        if prose:
            s = re.sub(r"(?<=\S) {2,}", " ", s)
            s = PUNCT_FIX.sub(r"\1", s)
            s = re.sub(r"\n +", "\n", s)
            s = re.sub(r"\( +", "(", s)
        if i == 0:
            s = s.lstrip()
        if i == len(merged) - 1:
            s = s.rstrip()
        out.append(s)
    text_parts, ents, pos = [], [], 0
    for x in out:
        if isinstance(x, Lab):
            v = x.value
            ents.append({"type": x.type, "start": pos, "end": pos + len(v), "value": v})
            text_parts.append(v)
            pos += len(v)
        else:
            text_parts.append(x)
            pos += len(x)
    return "".join(text_parts), ents


# --------------------------------------------------------------------------
# checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
EMAIL_FULL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
IPV6_CAND = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:]{2,}(?![0-9A-Za-z:])")
HANDLE_RE = re.compile(r"(?<![\w.])@[\w.\-]+")
URL_RE = re.compile(r"https?://\S+")
DIGITRUN_RE = re.compile(r"\d+(?:[ \-]\d+)*")
IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})")


def check_record(text, ents, has_pii):
    if not text or text != text.strip():
        raise Redraw("outer space")
    if text.count("\n") + 1 > 15:
        raise Redraw("too many lines")
    if "[[" in text or "[?" in text or "?]" in text:
        raise Redraw("template mark left")
    last = 0
    for e in ents:
        v = e["value"]
        if text[e["start"]:e["end"]] != v:
            raise Redraw("value mismatch")
        if e["start"] < last:
            raise Redraw("overlap")
        last = e["end"]
        if v != v.strip():
            raise Redraw("space at span end")
        t = e["type"]
        if t == "IBAN" and not iban_ok(v):
            raise Redraw("bad iban")
        if t == "CREDIT_CARD" and not card_ok(re.sub(r"[ \-]", "", v)):
            raise Redraw("bad card")
        if t == "DE_TAX_ID" and not taxid_ok(v.replace(" ", "")):
            raise Redraw("bad taxid")
        if t == "IP_ADDRESS":
            ipaddress.ip_address(v)
        if t == "EMAIL" and not EMAIL_FULL.match(v):
            raise Redraw("bad email")
        if t == "PHONE" and len(re.sub(r"\D", "", v)) < 7:
            raise Redraw("short phone")
        if t == "PERSON" and re.search(r"\d", v):
            raise Redraw("digit in name")
    # adjacent persons
    for a, b in zip(ents, ents[1:]):
        if a["type"] == "PERSON" and b["type"] == "PERSON" and re.fullmatch(r"[ \n]*", text[a["end"]:b["start"]]):
            raise Redraw("adjacent persons")
    for e in ents:
        if e["type"] == "STREET_ADDRESS" and "\n" not in e["value"]:
            after = text[e["end"]:e["end"] + 14]
            if re.match(r"\n(?:D-|A-|CH-)?\d{4,5} [A-ZÄÖÜ]", after):
                raise Redraw("street followed by its town line")
    if has_pii and not ents:
        raise Redraw("no span")
    if not has_pii and ents:
        raise Redraw("span in text without personal data")
    # outside spans
    chars = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            chars[i] = "\x00" if chars[i] != "\n" else "\n"
    masked = "".join(chars)
    if EMAIL_RE.search(masked):
        raise Redraw("unlabelled e-mail")
    for m in IPV4_RE.finditer(masked):
        if all(int(x) <= 255 for x in m.groups()):
            raise Redraw("unlabelled ipv4 %s" % m.group(0))
    for m in IPV6_CAND.finditer(masked):
        s = m.group(0)
        if s.count(":") >= 2:
            try:
                ipaddress.IPv6Address(s)
                raise Redraw("unlabelled ipv6")
            except ValueError:
                pass
    for m in IBAN_START.finditer(masked):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        need = IBAN_LEN[cc]
        j, got, prev_space = m.start(), [], False
        while j < len(masked) and len(got) < need:
            ch = masked[j]
            if ch.isalnum() and ch.isascii():
                got.append(ch)
                prev_space = False
            elif ch == " " and not prev_space and got:
                prev_space = True
            else:
                break
            j += 1
        if len(got) == need and iban_ok("".join(got)):
            raise Redraw("unlabelled iban")
    for m in DIGITRUN_RE.finditer(masked):
        if digit_windows_bad(m.group(0)):
            raise Redraw("unlabelled card or tax id in %s" % m.group(0))
    # name parts outside spans, e-mails, handles and urls
    plain = URL_RE.sub(lambda m: " " * len(m.group(0)), masked)
    plain = EMAIL_RE.sub(lambda m: " " * len(m.group(0)), plain)
    plain = HANDLE_RE.sub(lambda m: " " * len(m.group(0)), plain)
    low = plain.lower()
    flow = fold(plain).lower()
    for e in ents:
        if e["type"] != "PERSON":
            continue
        for tok in name_tokens(e["value"]):
            for hay, t in ((low, tok), (flow, fold(tok).lower())):
                if re.search(r"(?<![^\W\d_])" + re.escape(t) + r"(?![^\W\d_])", hay):
                    raise Redraw("unlabelled name part %r" % tok)
    return True
