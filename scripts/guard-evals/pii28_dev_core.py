"""Core of the dev half of the twenty-eighth PII bank (dev28).

Labelled values, the small template language, people, addresses, phone numbers, IBAN, cards,
Steuer-ID, IP addresses, look-alikes, the clean-up of a rendered text and the self-checks.
Standard library only.
"""

import datetime
import ipaddress
import re
import unicodedata

import pii28_dev_names as N

TYPES = ("PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS",
         "DE_TAX_ID")


class Redraw(Exception):
    """A rendering failed a self-check; the text is drawn again."""


# ---------------------------------------------------------------- labelled values
class Val:
    """A labelled value. It refuses to be formatted into plain text by mistake."""

    __slots__ = ("kind", "text", "meta")

    def __init__(self, kind, text, meta=None):
        if kind not in TYPES:
            raise ValueError(kind)
        if not text or text != text.strip():
            raise ValueError("bad value %r" % (text,))
        self.kind = kind
        self.text = text
        self.meta = meta

    def __str__(self):
        raise TypeError("labelled value used as plain text")

    def __format__(self, spec):
        raise TypeError("labelled value used as plain text")

    def __add__(self, other):
        raise TypeError("labelled value used as plain text")

    def __radd__(self, other):
        raise TypeError("labelled value used as plain text")


class Parts(list):
    """A rendered piece: a list of plain strings and labelled values."""


def as_parts(x):
    if isinstance(x, Parts):
        return list(x)
    if isinstance(x, (str, Val)):
        return [x]
    if isinstance(x, list):
        out = []
        for y in x:
            out.extend(as_parts(y))
        return out
    if isinstance(x, int):
        return [str(x)]
    raise TypeError("cannot render %r" % (x,))


# ---------------------------------------------------------------- template language
PH = re.compile(r"\{([A-Za-z_]\w*)(?:\.(\w+))?(?::([^{}\n]*))?\}")


def expand_alts(s, rng):
    """Expand [[a|b|c]] alternatives (nested allowed), left to right."""
    out = []
    i = 0
    n = len(s)
    while True:
        j = s.find("[[", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        k = j + 2
        depth = 1
        seg_start = k
        segs = []
        while k < n:
            if s.startswith("[[", k):
                depth += 1
                k += 2
                continue
            if s.startswith("]]", k):
                depth -= 1
                if depth == 0:
                    segs.append(s[seg_start:k])
                    break
                k += 2
                continue
            if s[k] == "|" and depth == 1:
                segs.append(s[seg_start:k])
                seg_start = k + 1
            k += 1
        else:
            raise ValueError("unclosed [[ in template: %r" % s[j:j + 60])
        choice = segs[rng.randrange(len(segs))]
        out.append(expand_alts(choice, rng))
        i = k + 2
    return "".join(out)


# ---------------------------------------------------------------- text helpers
def fold(s):
    """Strip diacritics (Yılmaz -> Yilmaz, Đorđević -> Djordjevic)."""
    s = s.replace("ı", "i").replace("İ", "I").replace("Đ", "Dj").replace("đ", "dj")
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")
    s = s.replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    d = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in d if unicodedata.category(ch) != "Mn")


def ascii_mail(s):
    """A name part as it appears in an e-mail local part."""
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
    s = s.replace("Ö", "Oe").replace("Ü", "Ue")
    s = fold(s).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def swiss(s):
    return s.replace("ß", "ss")


# ---------------------------------------------------------------- checksums
def iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    num = "".join(str(int(ch, 36)) for ch in (s[4:] + s[:4]))
    return int(num) % 97 == 1


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27,
            "ES": 24, "BE": 16, "LU": 20, "PL": 28, "LI": 21, "DK": 18, "SE": 24, "PT": 25}


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_digit(partial):
    for x in range(10):
        if luhn_ok(partial + str(x)):
            return str(x)
    raise AssertionError


def card_range_ok(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and 51 <= int(d[:2]) <= 55:
        return True
    if n == 16 and 2221 <= int(d[:4]) <= 2720:
        return True
    if n == 15 and d[:2] in ("34", "37"):
        return True
    if 16 <= n <= 19 and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649):
        return True
    return False


def card_valid(d):
    d = re.sub(r"[ -]", "", d)
    return d.isdigit() and card_range_ok(d) and luhn_ok(d)


def taxid_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def taxid_valid(d):
    d = d.replace(" ", "")
    if not re.fullmatch(r"\d{11}", d) or d[0] == "0":
        return False
    head = d[:10]
    counts = [head.count(str(x)) for x in range(10)]
    multi = [x for x in range(10) if counts[x] > 1]
    if len(multi) != 1 or counts[multi[0]] not in (2, 3):
        return False
    if counts[multi[0]] == 3 and str(multi[0]) * 3 in head:
        return False
    return taxid_check(head) == d[10]


# ---------------------------------------------------------------- outside-span detectors
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
EMAIL_FULL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
DOTNUM_RE = re.compile(r"\d+(?:\.\d+)+")
V6_RE = re.compile(r"(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
RUN_RE = re.compile(r"\d(?:[ \-]?\d)*")
IBANISH_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}")
URL_RE = re.compile(r"(?:https?://|www\.)\S+")
HANDLE_RE = re.compile(r"(?<![\w@.])@[\w.\-]+")
WORD_RE = re.compile(r"[^\W\d_]+")


def has_ipv4(s):
    for m in DOTNUM_RE.finditer(s):
        ps = m.group().split(".")
        for i in range(len(ps) - 3):
            if all(len(p) <= 3 and int(p) <= 255 for p in ps[i:i + 4]):
                return True
    return False


def has_ipv6(s):
    for m in V6_RE.finditer(s):
        tok = m.group()
        if tok.count(":") < 2:
            continue
        try:
            ipaddress.IPv6Address(tok)
            return True
        except ValueError:
            pass
    return False


def digit_windows_bad(s):
    """A valid card number or Steuer-ID hidden in a digit run (single spaces or dashes join)."""
    for m in RUN_RE.finditer(s):
        d = re.sub(r"[ \-]", "", m.group())
        n = len(d)
        if n >= 11:
            for i in range(n - 10):
                if taxid_valid(d[i:i + 11]):
                    return "taxid"
        if n >= 13:
            for L in range(13, min(19, n) + 1):
                for i in range(n - L + 1):
                    w = d[i:i + L]
                    if card_range_ok(w) and luhn_ok(w):
                        return "card"
    return None


def has_iban(s):
    for m in IBANISH_RE.finditer(s):
        comp = m.group().replace(" ", "")
        L = IBAN_LEN.get(comp[:2])
        if L and len(comp) >= L and iban_valid(comp[:L]):
            return True
    return False


def lookalike_ok(s):
    """A look-alike must not hide a card number, a Steuer-ID, an IP or an IBAN."""
    return not (digit_windows_bad(s) or has_ipv4(s) or has_ipv6(s) or has_iban(s))


# ---------------------------------------------------------------- country data
COUNTRY_NAMES = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom",
           "US": "USA", "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien",
           "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}

TOWNS = {
    "DE": [("10115", "Berlin"), ("10247", "Berlin"), ("12043", "Berlin"), ("20095", "Hamburg"),
           ("22767", "Hamburg"), ("80331", "München"), ("81669", "München"), ("80799", "München"),
           ("50667", "Köln"), ("60311", "Frankfurt am Main"), ("70173", "Stuttgart"),
           ("79098", "Freiburg im Breisgau"), ("87435", "Kempten"), ("82467",
           "Garmisch-Partenkirchen"), ("83471", "Berchtesgaden"), ("01067", "Dresden"),
           ("04109", "Leipzig"), ("90402", "Nürnberg"), ("30159", "Hannover"), ("28195", "Bremen"),
           ("44135", "Dortmund"), ("48143", "Münster"), ("69117", "Heidelberg"),
           ("72070", "Tübingen"), ("93047", "Regensburg"), ("86150", "Augsburg"), ("24103", "Kiel"),
           ("18055", "Rostock"), ("99084", "Erfurt"), ("55116", "Mainz"), ("34117", "Kassel"),
           ("37073", "Göttingen"), ("88131", "Lindau"), ("87527", "Sonthofen"),
           ("83646", "Bad Tölz"), ("94032", "Passau"), ("87629", "Füssen"), ("83209", "Prien am Chiemsee")],
    "AT": [("1010", "Wien"), ("1070", "Wien"), ("1160", "Wien"), ("1220", "Wien"), ("1030", "Wien"),
           ("5020", "Salzburg"), ("6020", "Innsbruck"), ("8010", "Graz"), ("4020", "Linz"),
           ("9020", "Klagenfurt am Wörthersee"), ("6900", "Bregenz"), ("6370", "Kitzbühel"),
           ("5700", "Zell am See"), ("6330", "Kufstein"), ("3100", "St. Pölten"), ("9500", "Villach"),
           ("6460", "Imst"), ("8970", "Schladming"), ("6580", "St. Anton am Arlberg"),
           ("4600", "Wels"), ("6800", "Feldkirch"), ("5550", "Radstadt")],
    "CH": [("8001", "Zürich"), ("8004", "Zürich"), ("8050", "Zürich"), ("3011", "Bern"),
           ("3007", "Bern"), ("4051", "Basel"), ("6003", "Luzern"), ("9000", "St. Gallen"),
           ("7000", "Chur"), ("8400", "Winterthur"), ("3800", "Interlaken"), ("3920", "Zermatt"),
           ("7500", "St. Moritz"), ("6300", "Zug"), ("5000", "Aarau"), ("3600", "Thun"),
           ("7270", "Davos Platz"), ("6460", "Altdorf"), ("8640", "Rapperswil"), ("3818", "Grindelwald"),
           ("9050", "Appenzell"), ("6390", "Engelberg")],
    "GB": [("CA12", "Keswick"), ("LS1", "Leeds"), ("LS6", "Leeds"), ("M1", "Manchester"),
           ("M20", "Manchester"), ("SW11", "London"), ("N1", "London"), ("E8", "London"),
           ("SE15", "London"), ("EH1", "Edinburgh"), ("EH10", "Edinburgh"), ("G12", "Glasgow"),
           ("BS8", "Bristol"), ("S11", "Sheffield"), ("LA9", "Kendal"), ("LA22", "Ambleside"),
           ("PH33", "Fort William"), ("CF24", "Cardiff"), ("NE1", "Newcastle upon Tyne"),
           ("YO1", "York"), ("BA1", "Bath"), ("BN1", "Brighton"), ("IV2", "Inverness"),
           ("OX4", "Oxford"), ("PH22", "Aviemore"), ("LL24", "Betws-y-Coed"), ("DE45", "Bakewell")],
    "US": [("97205", "Portland", "OR", "503"), ("97214", "Portland", "OR", "971"),
           ("80202", "Denver", "CO", "303"), ("80211", "Denver", "CO", "720"),
           ("80302", "Boulder", "CO", "303"), ("98103", "Seattle", "WA", "206"),
           ("84101", "Salt Lake City", "UT", "801"), ("97701", "Bend", "OR", "541"),
           ("59801", "Missoula", "MT", "406"), ("59715", "Bozeman", "MT", "406"),
           ("28801", "Asheville", "NC", "828"), ("05401", "Burlington", "VT", "802"),
           ("83702", "Boise", "ID", "208"), ("86001", "Flagstaff", "AZ", "928"),
           ("83001", "Jackson", "WY", "307"), ("55401", "Minneapolis", "MN", "612"),
           ("53703", "Madison", "WI", "608"), ("60614", "Chicago", "IL", "773"),
           ("78704", "Austin", "TX", "512"), ("11211", "Brooklyn", "NY", "718"),
           ("02139", "Cambridge", "MA", "617"), ("95814", "Sacramento", "CA", "916")],
    "IE": [("D02", "Dublin 2", "Co. Dublin"), ("D06", "Dublin 6", "Co. Dublin"),
           ("D08", "Dublin 8", "Co. Dublin"), ("T12", "Cork", "Co. Cork"),
           ("H91", "Galway", "Co. Galway"), ("V94", "Limerick", "Co. Limerick"),
           ("F28", "Westport", "Co. Mayo"), ("V93", "Killarney", "Co. Kerry"),
           ("F91", "Sligo", "Co. Sligo"), ("R95", "Kilkenny", "Co. Kilkenny"),
           ("Y35", "Wexford", "Co. Wexford"), ("A98", "Bray", "Co. Wicklow"),
           ("F92", "Letterkenny", "Co. Donegal"), ("H71", "Clifden", "Co. Galway"),
           ("V92", "Dingle", "Co. Kerry"), ("V95", "Ennis", "Co. Clare"), ("N37", "Athlone", "Co. Westmeath")],
    "FR": [("75011", "Paris"), ("75018", "Paris"), ("69002", "Lyon"), ("74400", "Chamonix-Mont-Blanc"),
           ("38000", "Grenoble"), ("13001", "Marseille"), ("31000", "Toulouse"), ("67000", "Strasbourg"),
           ("33000", "Bordeaux"), ("64000", "Pau"), ("06000", "Nice"), ("73000", "Chambéry"),
           ("44000", "Nantes"), ("65200", "Bagnères-de-Bigorre")],
    "NL": [("1016", "Amsterdam"), ("1072", "Amsterdam"), ("3511", "Utrecht"), ("2511", "Den Haag"),
           ("3011", "Rotterdam"), ("9711", "Groningen"), ("6211", "Maastricht"), ("5611", "Eindhoven"),
           ("2311", "Leiden"), ("6811", "Arnhem"), ("7511", "Enschede"), ("8011", "Zwolle")],
    "IT": [("20121", "Milano", "MI"), ("00184", "Roma", "RM"), ("39100", "Bolzano", "BZ"),
           ("38122", "Trento", "TN"), ("10121", "Torino", "TO"), ("50123", "Firenze", "FI"),
           ("40121", "Bologna", "BO"), ("32043", "Cortina d'Ampezzo", "BL"), ("11013", "Courmayeur", "AO"),
           ("37121", "Verona", "VR"), ("16121", "Genova", "GE"), ("39046", "Ortisei", "BZ")],
}

STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schulstraße", "Lindenstraße",
           "Dorfstraße", "Bergstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Goethestraße",
           "Schillerstraße", "Mozartstraße", "Am Anger", "Am Mühlbach", "Brunnenweg", "Birkenweg",
           "Ahornweg", "Eichendorffstraße", "Kastanienallee", "Friedrichstraße", "Marktplatz",
           "Rosenstraße", "Wiesenweg", "Feldstraße", "Uhlandstraße", "Lessingstraße",
           "Sonnenstraße", "Alpenstraße", "Hochgratweg", "Immenstädter Straße",
           "Tegernseer Landstraße", "Kaiser-Wilhelm-Ring", "Am Hang", "Zur Alten Mühle",
           "Blumenstraße", "Pfarrgasse", "Oberer Graben", "Karwendelstraße", "Wendelsteinweg"],
    "AT": ["Hauptstraße", "Mariahilfer Straße", "Landstraßer Hauptstraße", "Bahnhofstraße",
           "Kirchengasse", "Lindengasse", "Neubaugasse", "Schulgasse", "Museumstraße",
           "Maria-Theresien-Straße", "Getreidegasse", "Linzer Gasse", "Herrengasse",
           "Annenstraße", "Wiener Straße", "Dorfstraße", "Feldweg", "Am Steinhof",
           "Sonnbergstraße", "Gartengasse", "Höttinger Au", "Salzachgasse", "Gußhausstraße",
           "Kaiserstraße"],
    "CH": ["Bahnhofstrasse", "Hauptstrasse", "Dorfstrasse", "Seestrasse", "Kirchgasse",
           "Rütistrasse", "Bergstrasse", "Poststrasse", "Schulhausstrasse", "Landstrasse",
           "Gartenstrasse", "Sonnenbergstrasse", "Weinbergstrasse", "Alpenstrasse",
           "Zürcherstrasse", "Industriestrasse", "Rosenweg", "Feldeggstrasse", "Spitalgasse",
           "Marktgasse", "Langstrasse", "Via Maistra", "Chemin des Vignes", "Kramgasse"],
    "GB": ["High Street", "Station Road", "Church Lane", "Mill Lane", "Park Road",
           "Victoria Road", "Queen Street", "Manor Way", "Chapel Street", "Brook Lane",
           "Meadow Close", "The Green", "Orchard Way", "Windermere Road", "Castle Street",
           "Market Place", "Albert Terrace", "Heathfield Avenue", "Springfield Road",
           "Thornbury Crescent", "Elm Grove", "Skiddaw Street", "Lake Road", "Moorland Drive"],
    "US": ["Main St", "Oak Ave", "Maple Dr", "Pine St", "Cedar Ln", "Elm St", "2nd Ave",
           "Washington Blvd", "Lincoln Ave", "Sunset Blvd", "Lake Shore Dr", "Canyon Rd",
           "Ridge Rd", "Mountain View Dr", "Aspen Way", "Juniper Ct", "Willow Creek Rd",
           "Spruce St", "Hawthorne Blvd", "Colfax Ave", "Pearl St", "NW Everett St",
           "SE Division St", "Alder Ct"],
    "IE": ["Main Street", "Church Road", "Strand Road", "Quay Street", "Shop Street",
           "Bridge Street", "Green Lane", "Mary Street", "Abbey Street", "Castle Road",
           "Sea Road", "Newtown Avenue", "Ashgrove", "Oakfield Park", "The Crescent",
           "Mill Road", "Harbour View"],
    "FR": ["rue des Lilas", "avenue de la Gare", "rue de la République", "boulevard Voltaire",
           "chemin des Vignes", "place du Marché", "rue du Moulin", "allée des Pins",
           "rue Pasteur", "rue des Écoles", "route des Praz", "impasse des Tilleuls"],
    "NL": ["Prinsengracht", "Keizersgracht", "Oudegracht", "Kerkstraat", "Dorpsstraat",
           "Molenweg", "Stationsweg", "Hoofdstraat", "Lange Voorhout", "Nieuwstraat",
           "Vondelstraat", "Bloemgracht", "Wilhelminastraat"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Italia", "Via Dante Alighieri", "Via Mazzini",
           "Piazza del Duomo", "Via della Repubblica", "Via dei Mille", "Viale Trento",
           "Via Cavour", "Via Manzoni", "Via Museo"],
}

EIR = "ACDEFHKNPRTVWXY"
GB_IN = "ABDEFGHJLNPQRSTUWXYZ"
NL_L = "ABCDEGHJKLMNPRSTVWXZ"


class Address:
    """One address. Its street line, one-line and two-line forms are labelled values."""

    def __init__(self, c, cc):
        rng = c.rng
        self.cc = cc
        self.prefix = ""
        t = rng.choice(TOWNS[cc])
        st = rng.choice(STREETS[cc])
        if cc in ("DE", "AT", "CH"):
            num = str(rng.randint(1, 148))
            if rng.random() < 0.15:
                num += rng.choice("abc")
            if cc == "AT" and rng.random() < 0.45:
                num += "/" + str(rng.randint(1, 9)) + ("/" + str(rng.randint(1, 24)) if rng.random() < 0.6 else "")
            self.street = "%s %s" % (st, num)
            self.zip, self.town = t[0], t[1]
            if rng.random() < 0.15:
                self.prefix = {"DE": "D-", "AT": "A-", "CH": "CH-"}[cc]
            self.ziptown = "%s%s %s" % (self.prefix, self.zip, self.town)
        elif cc == "GB":
            num = str(rng.randint(1, 120))
            line = "%s %s" % (num, st)
            if rng.random() < 0.3:
                line = "Flat %s, %s" % (rng.choice([str(rng.randint(1, 12)), "%d%s" % (rng.randint(1, 6), rng.choice("ABC"))]), line)
            self.street = line
            pc = "%s %d%s%s" % (t[0], rng.randint(1, 9), rng.choice(GB_IN), rng.choice(GB_IN))
            self.zip, self.town = pc, t[1]
            self.ziptown = "%s %s" % (t[1], pc)
        elif cc == "US":
            line = "%d %s" % (rng.randint(100, 9899), st)
            r = rng.random()
            if r < 0.25:
                line += ", Apt %d%s" % (rng.randint(1, 30), rng.choice(["", "A", "B", "C"]))
            elif r < 0.35:
                line += ", Suite %d" % rng.randint(100, 450)
            elif r < 0.42:
                line += " #%d" % rng.randint(2, 40)
            self.street = line
            self.zip, self.town = t[0], t[1]
            self.state = t[2]
            self.area = t[3]
            self.ziptown = "%s, %s %s" % (t[1], t[2], t[0])
        elif cc == "IE":
            line = "%d %s" % (rng.randint(1, 90), st)
            if rng.random() < 0.3:
                line = "Apartment %d, %s" % (rng.randint(1, 30), line)
            self.street = line
            eir = "%s %s%s%s%s" % (t[0], rng.choice(EIR), rng.randint(0, 9), rng.choice(EIR), rng.choice(EIR + "0123456789"))
            self.zip, self.town = eir, t[1]
            self.county = t[2]
            if t[1].startswith("Dublin"):
                self.ziptown = "%s %s" % (t[1], eir)
            else:
                self.ziptown = "%s, %s %s" % (t[1], t[2], eir)
        elif cc == "FR":
            num = str(rng.randint(1, 90))
            if rng.random() < 0.2:
                num += rng.choice([" bis", " ter"])
            self.street = "%s %s" % (num, st)
            self.zip, self.town = t[0], t[1]
            self.ziptown = "%s %s" % (t[0], t[1])
        elif cc == "NL":
            num = str(rng.randint(1, 420))
            r = rng.random()
            if r < 0.2:
                num += "-hs"
            elif r < 0.35:
                num += " " + rng.choice(["I", "II", "III"])
            elif r < 0.45:
                num += rng.choice("ABC")
            self.street = "%s %s" % (st, num)
            pc = "%s %s%s" % (t[0], rng.choice(NL_L), rng.choice(NL_L))
            self.zip, self.town = pc, t[1]
            self.ziptown = "%s %s" % (pc, t[1].upper() if rng.random() < 0.25 else t[1])
        elif cc == "IT":
            self.street = "%s %d" % (st, rng.randint(1, 160)) if rng.random() < 0.7 else "%s, %d" % (st, rng.randint(1, 160))
            self.zip, self.town = t[0], t[1]
            self.ziptown = "%s %s (%s)" % (t[0], t[1], t[2]) if rng.random() < 0.6 else "%s %s %s" % (t[0], t[1], t[2])
        else:
            raise ValueError(cc)

    def one(self):
        if self.cc == "GB":
            return "%s, %s" % (self.street, self.ziptown)
        return "%s, %s" % (self.street, self.ziptown)

    def two(self):
        return "%s\n%s" % (self.street, self.ziptown)

    def get(self, attr, arg, c):
        if attr in ("one", "addr"):
            return Val("STREET_ADDRESS", self.one(), meta=self.ziptown)
        if attr in ("two", "addr2"):
            return Val("STREET_ADDRESS", self.two(), meta=self.ziptown)
        if attr == "street":
            return Val("STREET_ADDRESS", self.street, meta=self.ziptown)
        if attr == "zip":
            return self.prefix + self.zip if self.cc in ("DE", "AT", "CH") else self.zip
        if attr == "zipnum":
            return self.zip
        if attr == "town":
            return self.town
        if attr == "ziptown":
            return self.ziptown
        if attr == "country":
            return COUNTRY_NAMES[c.lang][self.cc]
        if attr == "cc":
            return self.cc
        if attr == "state":
            return getattr(self, "state", "")
        raise KeyError(attr)


# ---------------------------------------------------------------- phones
DE_MOB = ["151", "152", "157", "160", "162", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179", "159"]
DE_AREA = ["30", "40", "89", "69", "221", "711", "761", "831", "8821", "351", "341", "911", "511", "201", "231", "8323", "8652", "8041"]
AT_MOB = ["650", "660", "664", "676", "680", "688", "699"]
AT_AREA = [("1", 7), ("512", 6), ("662", 6), ("316", 6), ("732", 6), ("5356", 5), ("5574", 5)]
CH_MOB = ["76", "77", "78", "79"]
CH_AREA = ["44", "31", "41", "61", "71", "81", "27", "33", "52"]
GB_AREA = [("20", "7946 ", 4), ("113", "496 ", 4), ("161", "496 ", 4), ("131", "496 ", 4), ("17687", "", 5),
           ("1539", "", 6), ("117", "496 ", 4), ("29", "2018 ", 4)]
IE_MOB = ["83", "85", "86", "87", "89"]
IE_AREA = [("1", 7), ("21", 7), ("91", 6), ("61", 6), ("98", 5), ("66", 7)]
FR_AREA = ["1", "4", "5"]
NL_AREA = ["20", "30", "70", "10", "50", "43"]
IT_MOB = ["320", "328", "333", "338", "340", "345", "347", "349", "366", "393"]
IT_AREA = [("02", 8), ("06", 8), ("0471", 6), ("0461", 6), ("011", 7), ("055", 7)]


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


NATURAL = {4: [2, 2], 5: [2, 3], 6: [3, 3], 7: [3, 2, 2], 8: [4, 4], 9: [3, 3, 3], 10: [3, 3, 4], 11: [3, 4, 4]}


def spaced(s, groups):
    if sum(groups) != len(s):
        groups = NATURAL.get(len(s), [len(s)])
    out = []
    i = 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


def make_phone(rng, cc, mobile=None, area=None):
    if mobile is None:
        mobile = rng.random() < 0.6
    r = rng.random()
    if cc == "DE":
        if mobile:
            p = rng.choice(DE_MOB)
            sub = digits(rng, rng.choice([7, 8]))
            forms = ["0%s %s" % (p, sub), "0%s/%s" % (p, sub), "0%s-%s" % (p, sub),
                     "+49 %s %s" % (p, sub), "+49 (0)%s %s" % (p, sub), "0049 %s %s" % (p, sub),
                     "+49%s%s" % (p, sub), "0%s %s" % (p, spaced(sub, [3, 2, 2]))]
        else:
            a = rng.choice(DE_AREA)
            sub = str(rng.randint(2, 9)) + digits(rng, 10 - len(a) - 1 + rng.randint(-1, 0))
            forms = ["0%s %s" % (a, sub), "(0%s) %s" % (a, sub), "0%s/%s" % (a, sub),
                     "+49 %s %s" % (a, sub), "+49 (0)%s %s" % (a, sub), "0049 %s %s" % (a, sub),
                     "0%s %s" % (a, spaced(sub, [2, 2, 2, 2]))]
    elif cc == "AT":
        if mobile:
            p = rng.choice(AT_MOB)
            sub = digits(rng, 7)
            forms = ["0%s %s" % (p, sub), "0%s/%s" % (p, spaced(sub, [3, 2, 2])), "+43 %s %s" % (p, sub),
                     "+43 (0)%s %s" % (p, sub), "0043 %s %s" % (p, sub), "+43 %s %s" % (p, spaced(sub, [3, 4]))]
        else:
            a, n = rng.choice(AT_AREA)
            sub = str(rng.randint(2, 9)) + digits(rng, n - 1)
            forms = ["0%s %s" % (a, sub), "0%s/%s" % (a, sub), "+43 %s %s" % (a, sub),
                     "+43 (0)%s %s" % (a, sub), "0%s %s" % (a, spaced(sub, [3, 2, 2]))]
    elif cc == "CH":
        p = rng.choice(CH_MOB) if mobile else rng.choice(CH_AREA)
        sub = str(rng.randint(2, 9)) + digits(rng, 6)
        g = spaced(sub, [3, 2, 2])
        forms = ["0%s %s" % (p, g), "+41 %s %s" % (p, g), "+41 (0)%s %s" % (p, g),
                 "0041 %s %s" % (p, g), "+41%s%s" % (p, sub), "0%s %s" % (p, g)]
    elif cc == "GB":
        if mobile:
            p = "7" + rng.choice(["700 900", "911 ", "723 ", "812 ", "956 ", "400 ", "375 "])
            sub = digits(rng, 3 if p.endswith("900") else 6)
            nat = ("0" + p + sub).replace("  ", " ")
            intl = ("+44 " + p + sub).replace("  ", " ")
            compact = nat.replace(" ", "")
            forms = [nat, intl, "+44 (0)" + p + sub, compact, "0044 " + p + sub]
        else:
            a, mid, n = rng.choice(GB_AREA)
            sub = digits(rng, n)
            forms = ["0%s %s%s" % (a, mid, sub), "+44 %s %s%s" % (a, mid, sub), "+44 (0)%s %s%s" % (a, mid, sub),
                     "(0%s) %s%s" % (a, mid, sub)]
    elif cc == "US":
        a = area or rng.choice(["503", "971", "303", "720", "206", "801", "541", "406", "828", "802", "208", "617", "312"])
        ex = str(rng.randint(2, 9)) + str(rng.randint(0, 9)) + str(rng.randint(2, 9))
        ln = digits(rng, 4)
        forms = ["(%s) %s-%s" % (a, ex, ln), "%s-%s-%s" % (a, ex, ln), "%s.%s.%s" % (a, ex, ln),
                 "+1 %s %s %s" % (a, ex, ln), "+1-%s-%s-%s" % (a, ex, ln), "1-%s-%s-%s" % (a, ex, ln),
                 "+1 (%s) %s-%s" % (a, ex, ln)]
    elif cc == "IE":
        if mobile:
            p = rng.choice(IE_MOB)
            sub = digits(rng, 7)
            forms = ["0%s %s" % (p, spaced(sub, [3, 4])), "+353 %s %s" % (p, spaced(sub, [3, 4])),
                     "00353 %s %s" % (p, sub), "0%s%s" % (p, sub), "+353 (0)%s %s" % (p, spaced(sub, [3, 4]))]
        else:
            a, n = rng.choice(IE_AREA)
            sub = str(rng.randint(2, 9)) + digits(rng, n - 1)
            forms = ["(0%s) %s" % (a, spaced(sub, [3, 4])), "0%s %s" % (a, sub), "+353 %s %s" % (a, sub)]
    elif cc == "FR":
        p = rng.choice(["6", "7"]) if mobile else rng.choice(FR_AREA)
        sub = digits(rng, 8)
        g = spaced(sub, [2, 2, 2, 2])
        forms = ["0%s %s" % (p, g), "+33 %s %s" % (p, g), "+33 (0)%s %s" % (p, g), "0%s.%s" % (p, g.replace(" ", "."))]
    elif cc == "NL":
        if mobile:
            sub = str(rng.randint(1, 9)) + digits(rng, 7)
            forms = ["06-%s" % sub, "06 %s" % sub, "+31 6 %s" % sub, "+31 (0)6 %s" % spaced(sub, [4, 4]), "0031 6 %s" % sub]
        else:
            a = rng.choice(NL_AREA)
            sub = str(rng.randint(2, 9)) + digits(rng, 6)
            forms = ["0%s %s" % (a, spaced(sub, [3, 4])), "+31 %s %s" % (a, spaced(sub, [3, 4])), "0%s-%s" % (a, sub)]
    elif cc == "IT":
        if mobile:
            p = rng.choice(IT_MOB)
            sub = digits(rng, 7)
            forms = ["%s %s" % (p, spaced(sub, [3, 4])), "+39 %s %s" % (p, spaced(sub, [3, 4])), "%s %s" % (p, sub),
                     "0039 %s %s" % (p, sub)]
        else:
            a, n = rng.choice(IT_AREA)
            sub = str(rng.randint(2, 9)) + digits(rng, n - 1)
            forms = ["%s %s" % (a, spaced(sub, [4, 4])), "+39 %s %s" % (a, spaced(sub, [4, 4])), "%s %s" % (a, sub)]
    else:
        raise ValueError(cc)
    return forms[int(r * len(forms))]


CC_CODE = {"DE": "49", "AT": "43", "CH": "41", "GB": "44", "US": "1", "IE": "353", "FR": "33", "NL": "31", "IT": "39"}


def to_e164(phone, cc):
    """The same number in E.164 form, as SMS gateways write it."""
    s = phone.replace("(0)", "")
    d = re.sub(r"\D", "", s)
    if s.startswith("+"):
        return "+" + d
    if s.startswith("00"):
        return "+" + d[2:]
    if cc == "US":
        return "+" + d if d.startswith("1") else "+1" + d
    if cc == "IT":
        return "+39" + d
    return "+" + CC_CODE[cc] + d[1:]


# ---------------------------------------------------------------- IBAN, cards, Steuer-ID, IP
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ"]
IE_BANKS = ["AIBK", "BOFI", "IPBS", "ULSB"]
NL_BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]


def make_iban(rng, cc, grouped=None):
    if cc == "DE":
        bban = str(rng.randint(1, 8)) + digits(rng, 7) + digits(rng, 10)
    elif cc == "AT":
        bban = str(rng.randint(1, 6)) + digits(rng, 4) + digits(rng, 11)
    elif cc == "CH":
        bban = "00" + digits(rng, 3) + digits(rng, 12)
    elif cc == "GB":
        bban = rng.choice(GB_BANKS) + digits(rng, 6) + digits(rng, 8)
    elif cc == "IE":
        bban = rng.choice(IE_BANKS) + digits(rng, 6) + digits(rng, 8)
    elif cc == "FR":
        bban = digits(rng, 5) + digits(rng, 5) + digits(rng, 11) + digits(rng, 2)
    elif cc == "NL":
        bban = rng.choice(NL_BANKS) + digits(rng, 10)
    elif cc == "IT":
        bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 5) + digits(rng, 5) + digits(rng, 12)
    else:
        raise ValueError(cc)
    s = cc + iban_check(cc, bban) + bban
    assert iban_valid(s)
    if grouped is None:
        grouped = rng.random() < 0.7
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def make_card(rng, brand=None, sep=None):
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        body = "4" + digits(rng, 14)
    elif brand == "mc":
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    elif brand == "mc2":
        body = str(rng.randint(2221, 2720)) + digits(rng, 11)
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    else:
        body = rng.choice(["6011" + digits(rng, 11), "65" + digits(rng, 13), str(rng.randint(644, 649)) + digits(rng, 12)])
    d = body + luhn_digit(body)
    assert card_valid(d)
    if sep is None:
        sep = rng.choice([" ", " ", "-", ""])
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4))


def make_taxid(rng, grouped=None):
    while True:
        rep = rng.randint(0, 9)
        k = rng.choice([2, 2, 3])
        others = [x for x in range(10) if x != rep]
        rng.shuffle(others)
        ds = [rep] * k + others[: 10 - k]
        rng.shuffle(ds)
        head = "".join(map(str, ds))
        if head[0] == "0" or (k == 3 and str(rep) * 3 in head):
            continue
        d = head + taxid_check(head)
        if taxid_valid(d):
            break
    if grouped is None:
        grouped = rng.random() < 0.35
    if grouped:
        return "%s %s %s %s" % (d[:2], d[2:5], d[5:8], d[8:])
    return d


PUB4 = [31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95,
        109, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 50, 66, 68, 71,
        73, 74, 76, 98, 99, 104, 107, 108, 173, 174]


def make_ip4(rng, kind=None):
    kind = kind or rng.choice(["pub", "pub", "pub", "doc", "priv"])
    if kind == "pub":
        return "%d.%d.%d.%d" % (rng.choice(PUB4), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if kind == "doc":
        return "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(1, 254))
    if kind == "priv":
        r = rng.random()
        if r < 0.45:
            return "192.168.%d.%d" % (rng.choice([0, 1, 10, 20, 178]), rng.randint(2, 254))
        if r < 0.8:
            return "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254))
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    if kind == "lo":
        return "127.0.0.1"
    raise ValueError(kind)


def make_ip6(rng, kind=None):
    kind = kind or rng.choice(["glob", "glob", "doc", "ula", "ll"])
    h = lambda: "%x" % rng.randint(0, 0xFFFF)
    if kind == "glob":
        pre = rng.choice(["2a02:8108", "2003:e1", "2a01:4f8", "2a02:1210", "2600:1700", "2a00:23c7", "2001:4c4c", "2a0a:a540"])
        groups = pre.split(":") + [h() for _ in range(8 - len(pre.split(":")))]
    elif kind == "doc":
        groups = ["2001", "db8"] + [h() for _ in range(6)]
    elif kind == "ula":
        groups = ["fd%02x" % rng.randint(0, 255)] + [h() for _ in range(7)]
    elif kind == "ll":
        groups = ["fe80", "0", "0", "0"] + [h() for _ in range(4)]
    else:
        return "::1"
    if rng.random() < 0.35:
        for i in range(3, 6):
            groups[i] = "0"
    addr = ipaddress.IPv6Address(":".join(groups))
    if rng.random() < 0.12:
        return addr.exploded
    return addr.compressed


# ---------------------------------------------------------------- e-mail domains
MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "mailbox.org", "freenet.de", "icloud.com", "yahoo.de"],
    "AT": ["gmx.at", "aon.at", "a1.net", "chello.at", "gmail.com", "outlook.at", "icloud.com"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "protonmail.ch", "gmail.com"],
    "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "sky.com", "virginmedia.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "proton.me"],
    "IE": ["eircom.net", "gmail.com", "outlook.ie", "icloud.com", "hotmail.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
}
MAIL_WORDS = ["trail", "berg", "alp", "wander", "peak", "summit", "hike", "fjell", "moor", "fell", "gipfel", "ridge"]


def mail_local(rng, first, last):
    f = ascii_mail(first.split()[0].split("-")[0]) or "x"
    fl = ascii_mail(first)
    l = ascii_mail(last)
    r = rng.random()
    forms = [f + "." + l, f + l, f[0] + "." + l, f + "_" + l, f + "." + l[0], l + "." + f,
             f + str(rng.randint(70, 99)), f + "." + l + str(rng.randint(1, 99)), l + f[0],
             f + "-" + l, fl + "." + l, f[0] + l, l + str(rng.randint(1960, 2005)),
             rng.choice(MAIL_WORDS) + "." + f]
    return forms[int(r * len(forms))]


# ---------------------------------------------------------------- shop data (brand look-alikes)
PRODUCTS = [
    # en name, de name, sku, price eur, colours en, colours de
    ("Almweg Zip-Off Hiking Trousers", "Almweg Zip-off-Wanderhose", "TG-HT-100", "129.95",
     ["Rock Grey", "Peat Brown", "Slate"], ["Felsgrau", "Moorbraun", "Schiefer"]),
    ("Fernkamm 45+10 Trekking Backpack", "Fernkamm 45+10 Trekkingrucksack", "TG-BP-045", "229.95",
     ["Slate", "Fir Shade", "Hut Orange"], ["Schiefer", "Tannenschatten", "Hüttenorange"]),
    ("Firstwand 3-Layer Rain Jacket", "Firstwand 3-Lagen-Regenjacke", "TG-RJ-100", "349.95",
     ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate"], ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer"]),
    ("Gitterhang Grid Fleece Jacket", "Gitterhang Grid-Fleecejacke", "TG-FL-100", "119.95",
     ["Rock Grey", "Lichen", "Ridge Blue"], ["Felsgrau", "Flechte", "Gratblau"]),
    ("Hochsattel 30 Hiking Backpack", "Hochsattel 30 Wanderrucksack", "TG-BP-030", "139.95",
     ["Ridge Blue", "Fir Shade", "Slate"], ["Gratblau", "Tannenschatten", "Schiefer"]),
    ("Kaltkar Down Jacket", "Kaltkar Daunenjacke", "TG-DJ-100", "289.95",
     ["Alpenglow", "Ridge Blue", "Slate"], ["Alpenglühen", "Gratblau", "Schiefer"]),
    ("Morgengrat Merino 150 Long-Sleeve Shirt", "Morgengrat Merino 150 Langarmshirt", "TG-BL-100", "89.95",
     ["Slate", "Limestone", "Peat Brown"], ["Schiefer", "Kalkstein", "Moorbraun"]),
    ("Rinnental Insulated Hoody", "Rinnental Isolationshoody", "TG-SI-100", "199.95",
     ["Gentian", "Lichen", "Slate"], ["Enzian", "Flechte", "Schiefer"]),
    ("Schauerpass 2.5-Layer Rain Jacket", "Schauerpass 2,5-Lagen-Regenjacke", "TG-RJ-200", "219.95",
     ["Slate", "Fir Shade", "Hut Orange"], ["Schiefer", "Tannenschatten", "Hüttenorange"]),
    ("Steinlauf Trail Running Shoe", "Steinlauf Trailrunningschuh", "TG-TS-100", "159.95",
     ["Slate/Hut Orange", "Ridge Blue/Limestone"], ["Schiefer/Hüttenorange", "Gratblau/Kalkstein"]),
    ("Trittweg Merino Hiking Socks", "Trittweg Merino-Wandersocken", "TG-SO-100", "24.95",
     ["Rock Grey", "Fir Shade", "Hut Orange"], ["Felsgrau", "Tannenschatten", "Hüttenorange"]),
    ("Wintersteig Winter Trekking Trousers", "Wintersteig Wintertrekkinghose", "TG-WT-100", "169.95",
     ["Slate", "Fir Shade"], ["Schiefer", "Tannenschatten"]),
]
SHORT_PRODUCTS = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar",
                  "Morgengrat", "Rinnental", "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]
BRAND_WORDS = [w.lower() for w in SHORT_PRODUCTS] + ["talgrat", "slate", "lichen", "gentian", "alpenglow",
               "limestone", "schiefer", "flechte", "enzian", "kalkstein", "gratblau", "felsgrau", "moorbraun"]

STORES = {
    "DE": ["München", "Freiburg", "Kempten", "Garmisch-Partenkirchen", "Berlin", "Hamburg", "Stuttgart", "Dresden"],
    "AT": ["Innsbruck", "Salzburg", "Wien", "Graz"],
    "CH": ["Zürich", "Bern", "Luzern", "Chur"],
    "GB": ["Keswick", "Leeds", "Manchester", "Edinburgh", "London", "Bristol"],
    "US": ["Portland", "Denver", "Boulder", "Seattle"],
    "IE": ["Galway", "Dublin", "Cork"],
    "FR": ["Chamonix", "Lyon"],
    "NL": ["Amsterdam", "Utrecht"],
    "IT": ["Bolzano", "Milano"],
}

COMPANY_EN = ["Peak & Valley Logistics Ltd", "Northfell Couriers", "Ridgeway Print Co.", "Brightwater Facilities Ltd",
              "Summit Security Services", "Alder & Finch Recruitment", "Harbourline Freight", "Clearview Glazing Ltd",
              "Greystone Insurance Brokers", "Fellside Cleaning Co.", "Tarn Valley Dairy", "Lakeland Parking Control Ltd",
              "Cairn Media Group", "Bluebell Catering", "Keystone Payroll Services", "Westgate Legal LLP",
              "Coldwater Outfitters Inc.", "Pinecrest Property Management", "Ironbridge Electrical Ltd"]
COMPANY_DE = ["Alpenblick Logistik GmbH", "Bergland Druck GmbH", "Talstation Gebäudereinigung", "Kurierdienst Nordwind",
              "Hausverwaltung Sonnenhang GmbH", "Parkraum Süd GmbH", "Sicherheitsdienst Adlerhorst", "Steuerkanzlei am Markt",
              "Glaserei Klarblick", "Elektro Funkenflug GmbH", "Gipfelwerk Personal GmbH", "Spedition Föhnwind",
              "Medienhaus Alpenrand", "Druckerei Kornblume", "Versicherungsmakler Bergfried", "Lohnbüro Zahlenwerk GmbH",
              "Facility-Service Edelweiß AG", "Reinigungsprofi Blitzblank"]


# ---------------------------------------------------------------- dates and times
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def weekday(y, m, d):
    # Zeller-like: 0 = Monday
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    yy = y - (m < 3)
    return (yy + yy // 4 - yy // 100 + yy // 400 + t[m - 1] + d - 1) % 7


# ---------------------------------------------------------------- people
KNOWN = []


def _known():
    seen = {}
    for origin, m, f, s in N.TABLE:
        for n in m + f + s:
            for part in re.split(r"[ \-']", n):
                if part:
                    seen[part.casefold()] = 1
                    seen[fold(part).casefold()] = 1
            for variant in (N.female_surname(origin, n), N.german_spelling(n), N.german_spelling(N.female_surname(origin, n))):
                for part in re.split(r"[ \-']", variant):
                    if part:
                        seen[part.casefold()] = 1
                        seen[fold(part).casefold()] = 1
    for n in N.WORD_SURNAMES_EN + N.WORD_SURNAMES_DE:
        seen[n.casefold()] = 1
        seen[fold(n).casefold()] = 1
    return seen


KNOWN = _known()

COMMON_WORDS = {}  # filled below from a plain list; only used for membership tests
_COMMON = ("the and for with from this that have will your they their about would there which "
           "when what make like time just know take people year good some could them other than "
           "then look only come over think also back after work first well even want because "
           "give most order shop store jacket boot tent rope trail hike walk rain snow wind sun "
           "der die das und mit von für ist nicht auf den dem des ein eine einer eines sie wir ihr "
           "ich du er es man aber oder wenn dann noch nach bei aus zum zur vom bitte danke hallo "
           "gruss gruß liebe lieber herr frau team kunde kundin laden filiale jacke hose schuh "
           "berg tal wald see weg haus hof feld gold silber rot blau grün gelb weiss weiß schwarz "
           "mann frau kind sohn tochter vater mutter oma opa tag nacht morgen abend woche monat "
           "jahr stunde minute uhr mai juni juli april august winter sommer herbst frühling "
           "mama papa name nummer auftrag rechnung paket post mail brief karte bank konto "
           "mister sister brother mother father baby girl boy lady sir madam dear hello thanks "
           "love kind regards best cheers sale price deal fine nice ok okay sorry please yes no").split()
for _w in _COMMON:
    COMMON_WORDS[_w] = 1


def invented_part(rng, kind, gender, lang="de"):
    """An invented name part from the syllable generator, in no list and no common word."""
    for _ in range(400):
        s = rng.choice(N.ONSETS) + rng.choice(N.VOWELS) + rng.choice(N.MIDDLE)
        if rng.random() < 0.25:
            s += rng.choice(N.VOWELS[:5]) + rng.choice(N.MIDDLE[:12])
        if kind == "given":
            s += rng.choice(N.FEM_END if gender == "f" else N.MASC_END)
        else:
            s += rng.choice(N.SUR_END)
        s = s[0].upper() + s[1:]
        low = s.casefold()
        if not (4 <= len(s) <= 12):
            continue
        if re.search(r"(.)\1\1", low) or re.search(r"[^aeiouy]{4}", low) or re.search(r"[aeiouy]{3}", low):
            continue
        if low in KNOWN or fold(low) in KNOWN or low in COMMON_WORDS or low in BRAND_WORDS:
            continue
        return s
    raise AssertionError("no invented name")


WORD_DE = dict.fromkeys(N.WORD_SURNAMES_DE)


def is_listed(part):
    return part.casefold() in KNOWN or fold(part).casefold() in KNOWN


class Person:
    def __init__(self, c, given, surname, gender, origin, cc, invented, staff=False):
        self.c = c
        self.given = given
        self.surname = surname
        self.gender = gender
        self.origin = origin
        self.cc = cc
        self.invented = invented
        self.staff = staff
        self._cache = {}

    # name forms --------------------------------------------------------
    def full(self):
        return self.given + " " + self.surname

    def parts(self):
        return [p for p in re.split(r"[ \-']", self.full()) if p]

    def hon(self):
        c = self.c
        if c.lang == "de":
            return "Herr" if self.gender == "m" else "Frau"
        dot = "." if c.country == "US" else ""
        if self.gender == "m":
            return "Mr" + dot
        return c.rng.choice(["Ms", "Ms", "Mrs"]) + dot

    def _cached(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    def address(self):
        return self._cached("addr", lambda: Address(self.c, self.cc))

    def email_text(self):
        def mk():
            if self.staff:
                dom = "talgrat.de" if self.c.lang == "de" else "talgrat.com"
                f = ascii_mail(self.given.split()[0].split("-")[0])
                return "%s.%s@%s" % (f, ascii_mail(self.surname), dom)
            dom = self.c.rng.choice(MAIL_DOMAINS[self.cc])
            return mail_local(self.c.rng, self.given, self.surname) + "@" + dom
        return self._cached("email", mk)

    def get(self, attr, arg, c):
        P = lambda s: Val("PERSON", s)
        g, s = self.given, self.surname
        if attr == "full":
            return P(self.full())
        if attr == "first":
            return P(g)
        if attr == "sur":
            return P(s)
        if attr == "lf":
            return P("%s, %s" % (s, g))
        if attr == "LF":
            return P("%s, %s" % (s.upper(), g))
        if attr == "init":
            return P("%s. %s" % (g[0], s))
        if attr == "short":
            main = [w for w in re.split(r"[ ]", s) if w and w[0].isupper()]
            ini = (main[-1] if main else s)[0]
            return P("%s %s." % (g, ini))
        if attr == "caps":
            return P(self.full().upper())
        if attr == "SUR":
            return P(s.upper())
        if attr == "low":
            return P(g.lower())
        if attr == "lowfull":
            return P(self.full().lower())
        if attr == "gen":  # German genitive of the given name: "Annas", "Jonas'"
            return [P(g), "'" if g[-1] in "sxzß" else "s"]
        if attr == "hon":
            return self._cached("hon", self.hon)
        if attr == "mr":
            return [self._cached("hon", self.hon) + " ", P(s)]
        if attr == "mrn":  # German accusative/dative: "Herrn Berger"
            h = self._cached("hon", self.hon)
            return [("Herrn" if h == "Herr" else h) + " ", P(s)]
        if attr == "mrfull":
            return [self._cached("hon", self.hon) + " ", P(self.full())]
        if attr == "herrn":  # German letters: "Herrn" on its own line
            return [("Herrn" if self.gender == "m" else "Frau") + "\n", P(self.full())]
        if attr == "dear":
            return self.dear(c)
        if attr == "hi":
            return self.hi(c)
        if attr == "g":
            a, b = arg.split("/", 1)
            return a if self.gender == "m" else b
        if attr == "any":
            k = c.rng.choice(["full", "full", "mr", "init", "first"])
            return self.get(k, None, c)
        if attr == "email":
            return Val("EMAIL", self.email_text())
        if attr == "email2":
            def mk2():
                for _ in range(20):
                    e = mail_local(c.rng, self.given, self.surname) + "@" + c.rng.choice(MAIL_DOMAINS[self.cc])
                    if e != self.email_text():
                        return e
                return "x" + self.email_text()
            return Val("EMAIL", self._cached("email2", mk2))
        if attr == "e164":
            mob = self._cached("mobile", lambda: make_phone(c.rng, self.cc, mobile=True))
            return Val("PHONE", to_e164(mob, self.cc))
        if attr == "mobile2":
            return Val("PHONE", self._cached("mobile2", lambda: make_phone(c.rng, self.cc, mobile=True)))
        if attr == "phone":
            return Val("PHONE", self._cached("phone", lambda: make_phone(c.rng, self.cc, area=getattr(self.address(), "area", None))))
        if attr == "mobile":
            return Val("PHONE", self._cached("mobile", lambda: make_phone(c.rng, self.cc, mobile=True)))
        if attr == "land":
            return Val("PHONE", self._cached("land", lambda: make_phone(c.rng, self.cc, mobile=False, area=getattr(self.address(), "area", None))))
        if attr in ("addr", "addr2", "street", "zip", "zipnum", "town", "ziptown", "country", "state"):
            return self.address().get(attr, arg, c)
        if attr == "iban":
            if self.cc not in ("DE", "AT", "CH", "GB", "IE", "FR", "NL", "IT"):
                raise Redraw("iban for a person outside the IBAN countries")
            return Val("IBAN", self._cached("iban", lambda: make_iban(c.rng, self.cc)))
        if attr == "card":
            return Val("CREDIT_CARD", self._cached("card", lambda: make_card(c.rng)))
        if attr == "taxid":
            if self.cc != "DE":
                raise Redraw("steuer-id for a person outside Germany")
            return Val("DE_TAX_ID", self._cached("taxid", lambda: make_taxid(c.rng)))
        if attr == "ip":
            return Val("IP_ADDRESS", self._cached("ip", lambda: make_ip4(c.rng, "pub")))
        if attr == "ip6":
            return Val("IP_ADDRESS", self._cached("ip6", lambda: make_ip6(c.rng, "glob")))
        if attr == "dob":
            return self._cached("dob", lambda: c.date_str(c.rng.randint(1948, 2006), fmt=arg or None))
        if attr == "handle":
            return self._cached("handle", lambda: "@" + ascii_mail(g)[:6] + c.rng.choice(["_", ".", ""]) + ascii_mail(s)[:3] + str(c.rng.randint(1, 99)))
        if attr == "role":
            return self._cached("role", lambda: c.staff_role(self))
        raise KeyError(attr)

    def dear(self, c):
        P = Val("PERSON", self.surname)
        if c.lang == "en":
            h = self._cached("hon", self.hon)
            return [c.rng.choice(["Dear ", "Dear ", "Hello "]) + h + " ", P]
        if c.country == "CH":
            return [c.rng.choice(["Grüezi ", "Sehr geehrte" + ("r" if self.gender == "m" else "") + " "]) + ("Herr " if self.gender == "m" else "Frau "), P]
        if c.country == "AT":
            return [c.rng.choice(["Sehr geehrte" + ("r" if self.gender == "m" else "") + " ", "Grüß Gott, "]) + ("Herr " if self.gender == "m" else "Frau "), P]
        return ["Sehr geehrte" + ("r Herr " if self.gender == "m" else " Frau "), P]

    def hi(self, c):
        P = Val("PERSON", self.given)
        if c.lang == "en":
            return [c.rng.choice(["Hi ", "Hello ", "Dear ", "Hey "]), P]
        if c.country == "CH":
            return [c.rng.choice(["Hoi ", "Sali ", "Hallo ", "Liebe" + ("r" if self.gender == "m" else "") + " "]), P]
        if c.country == "AT":
            return [c.rng.choice(["Servus ", "Hallo ", "Liebe" + ("r" if self.gender == "m" else "") + " "]), P]
        return [c.rng.choice(["Hallo ", "Hi ", "Liebe" + ("r" if self.gender == "m" else "") + " "]), P]


# ---------------------------------------------------------------- the context of one text
OTHER_EN = ["FR", "NL", "DE", "IT", "AT", "CH"]
OTHER_DE = ["IT", "NL", "FR", "GB"]


class Ctx:
    def __init__(self, rng, lang, genre, prose, country=None, cue=True):
        self.rng = rng
        self.lang = lang
        self.genre = genre
        self.prose = prose
        self.cue = cue
        if country is None:
            r = rng.random()
            if lang == "en":
                country = "GB" if r < 0.40 else "US" if r < 0.70 else "IE" if r < 0.84 else rng.choice(OTHER_EN)
            else:
                country = "DE" if r < 0.52 else "AT" if r < 0.77 else "CH" if r < 0.96 else rng.choice(OTHER_DE)
        self.country = country
        self.used = []           # casefolded name parts of people in this text
        self.people = []
        self.vars = {}
        self.clock = None

    # small helpers -------------------------------------------------------
    @property
    def en(self):
        return self.lang == "en"

    @property
    def de(self):
        return self.lang == "de"

    @property
    def ch(self):
        return self.country == "CH"

    @property
    def at(self):
        return self.country == "AT"

    def pick(self, *opts):
        if len(opts) == 1 and isinstance(opts[0], (list, tuple)):
            opts = opts[0]
        return opts[self.rng.randrange(len(opts))]

    def chance(self, p):
        return self.rng.random() < p

    def n(self, a, b):
        return self.rng.randint(a, b)

    def L(self, en, de):
        return en if self.lang == "en" else de

    def home_cc(self):
        return self.country if self.country in TOWNS else ("DE" if self.de else "GB")

    def other_cc(self):
        if self.en:
            return self.rng.choice(["GB", "US", "IE", "FR", "NL", "DE", "IT"])
        return self.rng.choice(["DE", "AT", "CH", "IT", "NL", "GB"])

    # people ----------------------------------------------------------------
    def person(self, cue=None, cc=None, gender=None, origin=None, staff=False, noapos=False, invent=None, word=None, bank=False):
        cue = self.cue if cue is None else cue
        rng = self.rng
        for _ in range(200):
            pcc = cc or (self.home_cc() if rng.random() < 0.85 else self.other_cc())
            if bank and pcc == "US":
                pcc = rng.choice(["GB", "IE", "DE", "FR", "NL"])
            og = origin
            gen = gender or rng.choice("mf")
            wordsur = None
            if word is not None:
                use_word = word
            else:
                use_word = rng.random() < (0.03 if self.en else 0.0)
            if use_word:
                if self.en:
                    wordsur = rng.choice(N.WORD_SURNAMES_EN)
                    og = og or rng.choice(["english", "english", "american", "irish", "scottish"])
                else:
                    wordsur = rng.choice(N.WORD_SURNAMES_DE)
                    og = og or rng.choice(["german", "german", "austrian", "swiss"])
            if og is None:
                w = dict(N.WEIGHTS[self.lang])
                boost = N.COUNTRY_BOOST.get(pcc)
                if boost:
                    w[boost[0]] = w[boost[0]] * boost[1]
                names = N.ORIGIN_NAMES
                tot = sum(w[o] for o in names)
                x = rng.random() * tot
                for o in names:
                    x -= w[o]
                    if x <= 0:
                        og = o
                        break
                else:
                    og = names[-1]
            m, f, s = N.BY_ORIGIN[og]
            given = rng.choice(m if gen == "m" else f)
            sep = N.DOUBLE_GIVEN.get(og)
            if sep and "-" not in given and " " not in given and rng.random() < 0.075:
                g2 = rng.choice(m if gen == "m" else f)
                if g2 != given and "-" not in g2 and " " not in g2:
                    given = given + sep + g2
            sur = wordsur or rng.choice(s)
            if not wordsur and self.de and sur in WORD_DE and rng.random() < 0.3:
                sur = rng.choice(s)
            if gen == "f":
                sur = N.female_surname(og, sur)
            if og in N.HYPHEN_ORIGINS and not wordsur and " " not in sur and rng.random() < (0.11 if self.en else 0.08):
                s2 = rng.choice(s)
                if s2 != sur and " " not in s2 and "-" not in s2:
                    sur = sur + "-" + s2
            if og == "russian" and self.de and rng.random() < 0.55:
                given = N.german_spelling(given)
                sur = N.german_spelling(sur)
            if og in N.FOLD_ORIGINS and rng.random() < 0.3:
                given, sur = fold(given), fold(sur)
            if og == "spanish" and rng.random() < 0.25:
                s2 = rng.choice(s)
                if s2 != sur and " " not in s2:
                    sur = sur + " " + s2
            if pcc == "CH" or self.country == "CH":
                given, sur = swiss(given), swiss(sur)
            inv = ""
            p_inv = 0.10 if invent is None else invent
            if cue and rng.random() < p_inv:
                k = rng.choice(["given", "sur", "both"])
                if k in ("given", "both"):
                    given = invented_part(rng, "given", gen, self.lang)
                if k in ("sur", "both"):
                    sur = invented_part(rng, "sur", gen, self.lang)
                inv = k
            if noapos and ("'" in given + sur or "’" in given + sur):
                continue
            p = Person(self, given, sur, gen, og, pcc, inv, staff=staff)
            parts = [x.casefold() for x in p.parts() if x.casefold() not in N.PARTICLES and len(x) > 1]
            if any(x in self.used for x in parts):
                continue
            if any(x in BRAND_WORDS for x in parts):
                continue
            self.used.extend(parts)
            self.people.append(p)
            return p
        raise AssertionError("cannot draw a person")

    def staff(self, **kw):
        kw.setdefault("staff", True)
        if "cc" not in kw:
            kw["cc"] = self.home_cc()
        return self.person(**kw)

    def staff_role(self, p):
        if self.en:
            return self.pick("store manager", "assistant manager", "sales assistant", "customer service", "HR advisor",
                             "duty manager", "team lead", "stockroom supervisor")
        if p.gender == "m":
            return self.pick("Filialleiter", "stellv. Filialleiter", "Verkaufsberater", "Kundenservice", "Personalreferent", "Teamleiter", "Lagerleiter")
        return self.pick("Filialleiterin", "stellv. Filialleiterin", "Verkaufsberaterin", "Kundenservice", "Personalreferentin", "Teamleiterin", "Lagerleiterin")

    def company(self):
        lst = COMPANY_EN if self.en else COMPANY_DE
        for _ in range(50):
            name = self.rng.choice(lst)
            words = [w.casefold() for w in WORD_RE.findall(name)]
            if not any(w in self.used for w in words):
                self.used.extend(words)
                return name
        raise AssertionError

    def addr(self, cc=None):
        return Address(self, cc or self.home_cc())

    # values ------------------------------------------------------------------
    def ip(self, kind=None):
        if kind is None and self.rng.random() < 0.2:
            return Val("IP_ADDRESS", make_ip6(self.rng, "glob"))
        return Val("IP_ADDRESS", make_ip4(self.rng, kind))

    def ip6(self, kind=None):
        return Val("IP_ADDRESS", make_ip6(self.rng, kind))

    def phone(self, cc=None, mobile=None):
        return Val("PHONE", make_phone(self.rng, cc or self.home_cc(), mobile=mobile))

    def iban(self, cc=None):
        cc = cc or self.home_cc()
        if cc not in ("DE", "AT", "CH", "GB", "IE", "FR", "NL", "IT"):
            raise Redraw("iban outside the IBAN countries")
        return Val("IBAN", make_iban(self.rng, cc))

    def card(self, **kw):
        return Val("CREDIT_CARD", make_card(self.rng, **kw))

    def taxid(self, grouped=None):
        return Val("DE_TAX_ID", make_taxid(self.rng, grouped))

    def role_mail(self, local):
        dom = "talgrat.de" if (self.de or local in ("presse", "datenschutz", "personal", "filiale")) else "talgrat.com"
        return Val("EMAIL", "%s@%s" % (local, dom))

    def mail_to(self, local, domain):
        return Val("EMAIL", "%s@%s" % (local, domain))

    # dates ---------------------------------------------------------------------
    def ymd(self, year=None):
        y = year or self.rng.choice([2024, 2025, 2025])
        m = self.rng.randint(1, 12)
        d = self.rng.randint(1, MDAYS[m - 1])
        return y, m, d

    def dates(self, k, lo, hi, fmt=None):
        """k dates in order, each lo..hi days after the one before."""
        y, m, d = self.ymd()
        cur = datetime.date(y, m, d)
        out = []
        for i in range(k):
            if i:
                cur = cur + datetime.timedelta(days=self.rng.randint(lo, hi))
            out.append(self.date_str(fmt=fmt, ymd=(cur.year, cur.month, cur.day)))
        return out

    def date_str(self, year=None, fmt=None, ymd=None):
        y, m, d = ymd or self.ymd(year)
        if fmt is None:
            fmt = self.rng.choice(["num", "num", "long"])
        if fmt == "iso":
            return "%04d-%02d-%02d" % (y, m, d)
        if self.en:
            us = self.country == "US"
            if fmt == "num":
                return "%02d/%02d/%04d" % ((m, d, y) if us else (d, m, y))
            if fmt == "short":
                return ("%s %d" % (MONTHS_EN[m - 1][:3], d)) if us else ("%d %s" % (d, MONTHS_EN[m - 1][:3]))
            if fmt == "wd":
                return "%s %d %s" % (WD_EN[weekday(y, m, d)], d, MONTHS_EN[m - 1])
            return ("%s %d, %d" % (MONTHS_EN[m - 1], d, y)) if us else ("%d %s %d" % (d, MONTHS_EN[m - 1], y))
        months = list(MONTHS_DE)
        if self.at:
            months[0] = "Jänner"
        if fmt == "num":
            return "%02d.%02d.%04d" % (d, m, y)
        if fmt == "short":
            return "%d.%d." % (d, m)
        if fmt == "wd":
            return "%s, %d. %s" % (WD_DE[weekday(y, m, d)], d, months[m - 1])
        return "%d. %s %d" % (d, months[m - 1], y)

    def time_str(self):
        h = self.rng.randint(7, 20)
        mi = self.rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55, self.rng.randint(0, 59)])
        if self.en and self.country == "US" and self.rng.random() < 0.5:
            return "%d:%02d %s" % ((h - 1) % 12 + 1, mi, "am" if h < 12 else "pm")
        return "%02d:%02d" % (h, mi)

    def start_clock(self):
        y, m, d = self.ymd()
        self.clock = [y, m, d, self.rng.randint(6, 20), self.rng.randint(0, 59), self.rng.randint(0, 59)]

    def tick(self, lo=1, hi=600):
        if self.clock is None:
            self.start_clock()
        y, m, d, H, M, S = self.clock
        S += self.rng.randint(lo, hi)
        M += S // 60
        S %= 60
        H += M // 60
        M %= 60
        if H >= 24:
            H = 23
            M = 59
        self.clock = [y, m, d, H, M, S]
        return self.clock

    def ts(self, fmt="iso", lo=1, hi=600):
        y, m, d, H, M, S = self.tick(lo, hi)
        if fmt == "iso":
            return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, H, M, S)
        if fmt == "log":
            return "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, H, M, S)
        if fmt == "clf":
            return "%02d/%s/%04d:%02d:%02d:%02d +0%d00" % (d, MONTHS_EN[m - 1][:3], y, H, M, S, self.rng.choice([0, 1, 2]))
        if fmt == "syslog":
            return "%s %2d %02d:%02d:%02d" % (MONTHS_EN[m - 1][:3], d, H, M, S)
        if fmt == "hm":
            return "%02d:%02d" % (H, M)
        if fmt == "hms":
            return "%02d:%02d:%02d" % (H, M, S)
        if fmt == "rfc":
            return "%s, %d %s %04d %02d:%02d:%02d +0%d00" % (WD_EN[weekday(y, m, d)][:3], d, MONTHS_EN[m - 1][:3], y, H, M, S, self.rng.choice([0, 1, 2]))
        if fmt == "de":
            return "%02d.%02d.%04d %02d:%02d" % (d, m, y, H, M)
        raise ValueError(fmt)

    # look-alikes -------------------------------------------------------------
    def safe(self, fn):
        for _ in range(100):
            s = fn()
            if lookalike_ok(s):
                return s
        raise AssertionError("no safe look-alike")

    def order_no(self):
        r = self.rng
        return self.safe(lambda: r.choice([
            "TG-%d-%06d" % (r.choice([2024, 2025]), r.randint(1000, 999999)),
            "%d" % r.randint(10000000, 99999999),
            "#%d" % r.randint(100000, 9999999),
            "WEB-%s-%s" % (digits(r, 4), digits(r, 4)),
            "%s-%s-%s" % (digits(r, 3), digits(r, 4), digits(r, 3)),
        ]))

    def ticket_no(self):
        r = self.rng
        return self.safe(lambda: r.choice([
            "#%d" % r.randint(10000, 999999), "CS-%d-%05d" % (r.choice([2024, 2025]), r.randint(1, 99999)),
            "INC%07d" % r.randint(1, 9999999), "TKT-%s" % digits(r, 6), "%s %s %s" % (digits(r, 4), digits(r, 3), digits(r, 3)),
        ]))

    def phoneish(self):
        """Reference numbers shaped like phone numbers (not labelled)."""
        r = self.rng
        return self.safe(lambda: r.choice([
            "0%s %s" % (digits(r, 3), digits(r, 7)), "+%s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 6)),
            "(0%s) %s-%s" % (digits(r, 2), digits(r, 3), digits(r, 4)), "%s/%s" % (digits(r, 4), digits(r, 6)),
            "0%s-%s-%s" % (digits(r, 3), digits(r, 3), digits(r, 4)), "%s %s %s %s" % (digits(r, 3), digits(r, 3), digits(r, 2), digits(r, 2)),
        ]))

    def parcel(self):
        r = self.rng

        def one():
            k = r.randrange(5)
            if k == 0:
                return "00340434" + digits(r, 12)
            if k == 1:
                return "JJD" + digits(r, 18)
            if k == 2:
                return "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + digits(r, 10)
            if k == 3:
                return "%s%s%sGB" % (r.choice(["RR", "LX", "TT", "AB"]), digits(r, 8), digits(r, 1))
            return "%s %s %s %s" % (digits(r, 4), digits(r, 4), digits(r, 4), digits(r, 2))
        return self.safe(one)

    def gtin(self):
        r = self.rng

        def one():
            pre = r.choice(["400", "401", "402", "426", "50", "76", "90", "91", "80", "871"])
            body = pre + digits(r, 12 - len(pre))
            tot = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
            return body + str((10 - tot % 10) % 10)
        return self.safe(one)

    def sku(self):
        p = self.rng.choice(PRODUCTS)
        if self.rng.random() < 0.5:
            return p[2]
        return "%s-%s-%s" % (p[2], self.rng.choice(["XS", "S", "M", "L", "XL"]), self.rng.choice(["SLA", "FIR", "HUT", "RGR", "RBL", "LIC"]))

    def product(self, short=False):
        p = self.rng.choice(PRODUCTS)
        if short:
            return p[0].split()[0]
        return p[0] if self.en else p[1]

    def colour(self):
        p = self.rng.choice(PRODUCTS)
        return self.rng.choice(p[4] if self.en else p[5])

    def size(self):
        return self.rng.choice(["XS", "S", "M", "L", "XL", "XXL", "EU 38", "EU 41", "EU 42", "EU 44", "EU 45", "UK 8", "US 9"])

    def prod(self, i=None):
        return PRODUCTS[i] if i is not None else self.rng.choice(PRODUCTS)

    def price_of(self, pr):
        """The product's price in the text's currency."""
        eur = float(pr[3])
        if self.en and self.country == "GB":
            return "£%.2f" % (round(eur * 0.9) - 0.05)
        if self.en and self.country == "US":
            return "$%.2f" % (round(eur * 1.05) - 0.05)
        if self.ch or (self.en and self.country == "CH"):
            return "CHF %.2f" % (round(eur) - 0.1)
        if self.en:
            return "€%.2f" % eur
        return ("%.2f €" % eur).replace(".", ",")

    def pname(self, pr):
        return pr[0] if self.en else pr[1]

    def pcolour(self, pr):
        return self.rng.choice(pr[4] if self.en else pr[5])

    def price(self, lo=None, hi=None):
        r = self.rng
        if lo is None:
            v = float(r.choice(PRODUCTS)[3])
        else:
            v = r.randint(lo, hi) + r.choice([0, 0.5, 0.95, 0.9])
        if self.en:
            cur = {"GB": "£", "US": "$"}.get(self.country, "€")
            return "%s%.2f" % (cur, v)
        if self.ch:
            return "CHF %.2f" % v
        return ("%.2f €" % v).replace(".", ",")

    def store(self):
        return self.rng.choice(STORES.get(self.country, STORES["DE" if self.de else "GB"]))


# ---------------------------------------------------------------- rendering
def gen_registry():
    def d(fmt):
        return lambda c, a, g: c.date_str(fmt=g or fmt)
    return {
        "date": lambda c, a, g: c.date_str(fmt=g or None),
        "dnum": d("num"), "dlong": d("long"), "diso": d("iso"), "dshort": d("short"), "dwd": d("wd"),
        "time": lambda c, a, g: c.time_str(),
        "ts": lambda c, a, g: c.ts(g or "iso"),
        "order": lambda c, a, g: c.order_no(),
        "ticket": lambda c, a, g: c.ticket_no(),
        "ref": lambda c, a, g: c.phoneish(),
        "parcel": lambda c, a, g: c.parcel(),
        "gtin": lambda c, a, g: c.gtin(),
        "sku": lambda c, a, g: c.sku(),
        "product": lambda c, a, g: c.product(short=(g == "short")),
        "colour": lambda c, a, g: c.colour(),
        "size": lambda c, a, g: c.size(),
        "price": lambda c, a, g: c.price(*(int(x) for x in g.split("-"))) if g else c.price(),
        "store": lambda c, a, g: c.store(),
        "n": lambda c, a, g: str(c.rng.randint(*(int(x) for x in g.split("-")))),
        "ip4": lambda c, a, g: c.ip(g or None),
        "ip6": lambda c, a, g: c.ip6(g or None),
        "role": lambda c, a, g: c.role_mail(g),
        "year": lambda c, a, g: str(c.rng.choice([2024, 2025])),
        "company": lambda c, a, g: c.company(),
    }


GEN = gen_registry()


def render(c, tpl, **vars):
    """Render one template string into Parts."""
    s = expand_alts(tpl, c.rng)
    if c.country == "CH" and c.lang == "de":
        s = swiss(s)
    parts = Parts()
    pos = 0
    for m in PH.finditer(s):
        parts.append(s[pos:m.start()])
        name, attr, arg = m.group(1), m.group(2), m.group(3)
        if name in vars:
            obj = vars[name]
        elif name in c.vars:
            obj = c.vars[name]
        elif name in GEN:
            parts.extend(as_parts(GEN[name](c, attr, arg)))
            pos = m.end()
            continue
        else:
            raise KeyError("unknown placeholder {%s}" % name)
        if attr is None:
            parts.extend(as_parts(obj))
        elif isinstance(obj, dict):
            parts.extend(as_parts(obj[attr]))
        else:
            parts.extend(as_parts(obj.get(attr, arg, c)))
        pos = m.end()
    parts.append(s[pos:])
    if c.country == "CH" and c.lang == "de":
        parts = Parts(swiss(x) if isinstance(x, str) else x for x in parts)
    return parts


def bye(c, arg):
    """A sign-off in the text's language and country; arg "f" formal, "i" informal."""
    formal = arg != "i"
    if c.en:
        if formal:
            return c.pick("Kind regards", "Best regards", "Many thanks", "Yours sincerely", "Best wishes", "Regards",
                          "Sincerely" if c.country == "US" else "Warm regards")
        return c.pick("Thanks", "Cheers", "Best", "Thanks so much", "Speak soon", "Thanks again", "Ta")
    if c.ch:
        return c.pick("Freundliche Grüsse", "Beste Grüsse", "Mit freundlichen Grüssen") if formal else c.pick("Liebe Grüsse", "Merci und liebe Grüsse", "En Gruess", "LG")
    if c.at:
        return c.pick("Mit freundlichen Grüßen", "Mit besten Grüßen", "Freundliche Grüße") if formal else c.pick("Liebe Grüße", "LG", "Baba und danke", "Servus")
    return c.pick("Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße", "Viele Grüße") if formal else c.pick("Liebe Grüße", "LG", "Viele Grüße", "Danke dir!", "Bis bald")


GEN["bye"] = lambda c, a, g: bye(c, g)


def join(sep, pieces):
    out = Parts()
    for i, p in enumerate(pieces):
        if i:
            out.append(sep)
        out.extend(as_parts(p))
    return out


MARK = re.compile("\ue000(\\d+)\ue001")


def finish(c, parts):
    """Clean a rendering (blank lines, trailing spaces) and return text and entities."""
    buf = []
    vals = []
    for p in as_parts(parts):
        if isinstance(p, Val):
            buf.append("\ue000%d\ue001" % len(vals))
            vals.append(p)
        else:
            buf.append(p)
    s = "".join(buf)
    s = re.sub(r"[ \t]+\n", "\n", s) if c.prose else re.sub(r" +\n", "\n", s)
    s = re.sub(r"\n{3,}", "\n\n", s)
    if c.prose:
        s = re.sub(r"(?<=\S) {2,}(?=\S)", " ", s)
        s = re.sub(r"(?<=[\w\ue001)]) +([,.;!?])", r"\1", s)
        s = re.sub(r"\n +", "\n", s)
    s = s.strip()
    out = []
    ents = []
    pos = 0
    length = 0
    for m in MARK.finditer(s):
        chunk = s[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        v = vals[int(m.group(1))]
        ents.append((v.kind, length, length + len(v.text), v.text, v.meta))
        out.append(v.text)
        length += len(v.text)
        pos = m.end()
    out.append(s[pos:])
    return "".join(out), ents


# ---------------------------------------------------------------- self-checks
LEFT = re.compile(r"\[\[|\]\]|\{[A-Za-z_]\w*(?:\.\w+)?(?::[^{}\n]*)?\}")


def check(text, ents, has_pii):
    """Raise Redraw with a reason when a rendering fails a check."""
    if not text or text != text.strip():
        raise Redraw("blank")
    if text.count("\n") + 1 > 15:
        raise Redraw("too many lines")
    if LEFT.search(text) or "\ue000" in text or "\ue001" in text:
        raise Redraw("template mark left")
    if has_pii and not ents:
        raise Redraw("no span")
    if not has_pii and ents:
        raise Redraw("span in a text without personal data")
    last = 0
    for kind, a, b, v, meta in ents:
        if text[a:b] != v:
            raise Redraw("offsets")
        if a < last:
            raise Redraw("overlap")
        last = b
        if v != v.strip():
            raise Redraw("space at span end")
        if kind == "IBAN" and not iban_valid(v):
            raise Redraw("bad iban")
        if kind == "CREDIT_CARD" and not card_valid(v):
            raise Redraw("bad card")
        if kind == "DE_TAX_ID" and not taxid_valid(v):
            raise Redraw("bad taxid")
        if kind == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                raise Redraw("bad ip")
        if kind == "EMAIL" and not EMAIL_FULL.fullmatch(v):
            raise Redraw("bad email")
        if kind == "PHONE" and len(re.sub(r"\D", "", v)) < 7:
            raise Redraw("short phone")
        if kind == "STREET_ADDRESS" and meta and "\n" not in v:
            if text[b:b + 1 + len(meta)] == "\n" + meta:
                raise Redraw("address split over two spans")
    pers = [(a, b) for kind, a, b, v, meta in ents if kind == "PERSON"]
    allspans = sorted((a, b, kind) for kind, a, b, v, meta in ents)
    for (a1, b1, k1), (a2, b2, k2) in zip(allspans, allspans[1:]):
        if k1 == "PERSON" and k2 == "PERSON" and re.fullmatch(r"[ \n]*", text[b1:a2]):
            raise Redraw("two person spans side by side")
    # outside spans
    chars = list(text)
    for kind, a, b, v, meta in ents:
        for i in range(a, b):
            chars[i] = "\u2588"
    outside = "".join(chars)
    if EMAIL_RE.search(outside):
        raise Redraw("unlabelled e-mail")
    if has_ipv4(outside) or has_ipv6(outside):
        raise Redraw("unlabelled ip")
    if has_iban(outside):
        raise Redraw("unlabelled iban")
    bad = digit_windows_bad(outside)
    if bad:
        raise Redraw("unlabelled " + bad)
    # names: no unlabelled whole-word copy of a labelled name part
    names = {}
    for kind, a, b, v, meta in ents:
        if kind == "PERSON":
            for part in WORD_RE.findall(v):
                if len(part) > 1 and part.casefold() not in N.PARTICLES:
                    names[part.casefold()] = 1
    if names:
        rest = URL_RE.sub(" ", outside)
        rest = EMAIL_RE.sub(" ", rest)
        rest = HANDLE_RE.sub(" ", rest)
        for w in WORD_RE.findall(rest):
            if w.casefold() in names:
                raise Redraw("unlabelled name part")
