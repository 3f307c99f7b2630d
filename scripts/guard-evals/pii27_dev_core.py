"""Core of the dev half of the twenty-seventh PII bank (dev27).

Text builder with a small template language, people, addresses, phone numbers, checksummed
values, IP addresses, look-alikes and the self-checks. Standard library only.

Template language used by ``Doc.f``:
  ``[[a|b|c]]``  one alternative, drawn at render time (may nest)
  ``[[?text]]``  optional text (half of the time)
  ``{name}``     a value passed as keyword: a string, an entity ``E``, a list of both, or a
                 callable that returns one of them (drawn only when used)
"""

import datetime
import ipaddress
import re
import unicodedata

import pii27_dev_names as NM

TYPES = ["PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]


class E:
    """One labelled value."""

    __slots__ = ("typ", "val")

    def __init__(self, typ, val):
        assert typ in TYPES, typ
        self.typ = typ
        self.val = val

    def __repr__(self):
        return "E(%s,%r)" % (self.typ, self.val)


class Retry(Exception):
    """A template asks for a fresh draw (e.g. an SQL name with an apostrophe)."""


# ---------------------------------------------------------------------------------------------
# template language
# ---------------------------------------------------------------------------------------------

_PH = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_PARSE_CACHE = {}


def _parse_seq(s, i, in_alt):
    seq = []
    buf = []

    def flush():
        if buf:
            seq.append("".join(buf))
            buf.clear()

    n = len(s)
    while i < n:
        if s.startswith("[[", i):
            flush()
            node, i = _parse_alt(s, i + 2)
            seq.append(node)
            continue
        if in_alt and s.startswith("]]", i):
            flush()
            return seq, i, "end"
        if in_alt and s[i] == "|":
            flush()
            return seq, i, "bar"
        if s[i] == "{":
            m = _PH.match(s, i)
            if m:
                flush()
                seq.append(("ph", m.group(1)))
                i = m.end()
                continue
        buf.append(s[i])
        i += 1
    if in_alt:
        raise ValueError("unclosed [[ in template: %r" % s[:80])
    flush()
    return seq, i, "eof"


def _parse_alt(s, i):
    if i < len(s) and s[i] == "?":
        seq, i, kind = _parse_seq(s, i + 1, True)
        if kind != "end":
            raise ValueError("'|' inside [[? ]]: %r" % s[:80])
        return ("opt", seq), i + 2
    alts = []
    while True:
        seq, i, kind = _parse_seq(s, i, True)
        alts.append(seq)
        if kind == "bar":
            i += 1
            continue
        return ("alt", alts), i + 2


def parse(s):
    r = _PARSE_CACHE.get(s)
    if r is None:
        r, _, _ = _parse_seq(s, 0, False)
        _PARSE_CACHE[s] = r
    return r


class Doc:
    """Builds a text and its spans piece by piece."""

    def __init__(self, g):
        self.g = g
        self.parts = []
        self.ents = []
        self.n = 0

    def t(self, s):
        if not s:
            return self
        if self.g.swiss:
            s = s.replace("ß", "ss")
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, x):
        v = x.val
        self.ents.append((x.typ, self.n, self.n + len(v), v))
        self.parts.append(v)
        self.n += len(v)
        return self

    def add(self, x):
        if x is None:
            return self
        if isinstance(x, str):
            return self.t(x)
        if isinstance(x, E):
            return self.e(x)
        if isinstance(x, (list, tuple)):
            for y in x:
                self.add(y)
            return self
        if callable(x):
            return self.add(x())
        raise TypeError("cannot add %r" % (x,))

    def f(self, fmt, **kw):
        self._emit(parse(fmt), kw)
        return self

    def fl(self, fmt, **kw):
        """Like f, then a line break."""
        self.f(fmt, **kw)
        return self.t("\n")

    def _emit(self, seq, kw):
        rng = self.g.rng
        for node in seq:
            if isinstance(node, str):
                self.t(node)
            elif node[0] == "ph":
                if node[1] not in kw:
                    raise KeyError("placeholder {%s} not given" % node[1])
                self.add(kw[node[1]])
            elif node[0] == "alt":
                self._emit(node[1][rng.randrange(len(node[1]))], kw)
            elif node[0] == "opt":
                if rng.random() < 0.5:
                    self._emit(node[1], kw)

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------

def fold_ascii(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    s = s.replace("ð", "d").replace("Ð", "D").replace("þ", "th")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fold_de(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        s = s.replace(a, b)
    return fold_ascii(s)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = ord(ch) - 48
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def card_issuer_ok(d):
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    p2 = int(d[:2])
    p4 = int(d[:4])
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
        return n == 16
    if p2 in (34, 37):
        return n == 15
    if d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649:
        return 16 <= n <= 19
    return False


def card_valid(d):
    return d.isdigit() and 13 <= len(d) <= 19 and card_issuer_ok(d) and luhn_ok(d)


def taxid_check_digit(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def taxid_digits_ok(d10):
    if d10[0] == "0":
        return False
    counts = [d10.count(c) for c in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        rep = "0123456789"[counts.index(3)]
        if rep * 3 in d10:
            return False
    return True


def taxid_valid(d):
    return (len(d) == 11 and d.isdigit() and taxid_digits_ok(d[:10])
            and taxid_check_digit(d[:10]) == int(d[10]))


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27,
            "ES": 24, "BE": 16, "LU": 20, "PL": 28, "DK": 18, "SE": 24, "PT": 25, "LI": 21}


def iban_mod(s):
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


def iban_valid(s):
    s = s.replace(" ", "")
    return (len(s) >= 15 and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and s[2:4].isdigit() and s[4:].isalnum() and s.upper() == s and iban_mod(s) == 1)


def gtin_check(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


# ---------------------------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------------------------

DE_STREETS = ["Lindenstraße", "Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße",
              "Gartenweg", "Am Mühlbach", "Kirchgasse", "Ringstraße", "Bergstraße", "Wiesenweg",
              "Birkenallee", "Rosenstraße", "Mozartstraße", "Poststraße", "Uhlandstraße",
              "Kastanienweg", "Eichendorffstraße", "Sonnenstraße", "Keplerstraße", "Am Sonnenhang",
              "Im Wiesengrund", "Ahornweg", "Lerchenweg", "Amselweg", "Talstraße", "Schulstraße",
              "Brunnenstraße", "Weiherweg", "Kemptener Straße", "Allgäuer Straße", "Kaiserstraße",
              "Friedrichstraße", "Hohenzollernring", "Luisenstraße", "Am Stadtgraben", "Färbergasse",
              "Illerstraße", "Gerberstraße", "Salzstraße", "Zeppelinstraße", "Von-Werth-Straße"]
DE_TOWNS = [("10115", "Berlin", "30"), ("10999", "Berlin", "30"), ("12043", "Berlin", "30"),
            ("20095", "Hamburg", "40"), ("22765", "Hamburg", "40"), ("80331", "München", "89"),
            ("81667", "München", "89"), ("50667", "Köln", "221"), ("50823", "Köln", "221"),
            ("60311", "Frankfurt am Main", "69"), ("70173", "Stuttgart", "711"),
            ("40213", "Düsseldorf", "211"), ("04109", "Leipzig", "341"), ("01067", "Dresden", "351"),
            ("90402", "Nürnberg", "911"), ("30159", "Hannover", "511"), ("28195", "Bremen", "421"),
            ("79098", "Freiburg im Breisgau", "761"), ("87435", "Kempten (Allgäu)", "831"),
            ("86150", "Augsburg", "821"), ("93047", "Regensburg", "941"), ("97070", "Würzburg", "931"),
            ("48143", "Münster", "251"), ("24103", "Kiel", "431"), ("18055", "Rostock", "381"),
            ("99084", "Erfurt", "361"), ("55116", "Mainz", "6131"), ("53111", "Bonn", "228"),
            ("69117", "Heidelberg", "6221"), ("89073", "Ulm", "731"),
            ("82467", "Garmisch-Partenkirchen", "8821"), ("87561", "Oberstdorf", "8322"),
            ("83022", "Rosenheim", "8031"), ("83278", "Traunstein", "861"),
            ("88131", "Lindau (Bodensee)", "8382"), ("78462", "Konstanz", "7531"),
            ("37073", "Göttingen", "551"), ("33602", "Bielefeld", "521"), ("44135", "Dortmund", "231"),
            ("34117", "Kassel", "561"), ("87600", "Kaufbeuren", "8341"), ("87629", "Füssen", "8362")]
AT_STREETS = ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Maria-Theresien-Straße",
              "Getreidegasse", "Linzer Gasse", "Bahnhofstraße", "Hauptplatz", "Kaiserfeldgasse",
              "Annenstraße", "Museumstraße", "Anichstraße", "Schmiedgasse", "Wiener Straße",
              "Favoritenstraße", "Praterstraße", "Lerchenfelder Straße", "Sporgasse", "Innrain",
              "Defreggerstraße", "Klosterneuburger Straße", "Gußhausstraße", "Neubaugasse",
              "Josefstädter Straße", "Elisabethstraße", "Dreifaltigkeitsgasse", "Färbergasse"]
AT_TOWNS = [("1010", "Wien", "1"), ("1060", "Wien", "1"), ("1070", "Wien", "1"), ("1100", "Wien", "1"),
            ("1160", "Wien", "1"), ("1210", "Wien", "1"), ("8010", "Graz", "316"), ("8020", "Graz", "316"),
            ("4020", "Linz", "732"), ("5020", "Salzburg", "662"), ("6020", "Innsbruck", "512"),
            ("9020", "Klagenfurt", "463"), ("6900", "Bregenz", "5574"), ("3100", "St. Pölten", "2742"),
            ("7000", "Eisenstadt", "2682"), ("9500", "Villach", "4242"), ("4600", "Wels", "7242"),
            ("6850", "Dornbirn", "5572"), ("5700", "Zell am See", "6542"), ("6370", "Kitzbühel", "5356"),
            ("8970", "Schladming", "3687"), ("6460", "Imst", "5412")]
CH_STREETS = ["Bahnhofstrasse", "Hauptstrasse", "Dorfstrasse", "Kirchgasse", "Seestrasse",
              "Zürcherstrasse", "Bernstrasse", "Marktgasse", "Kramgasse", "Spitalgasse", "Rennweg",
              "Limmatquai", "Badenerstrasse", "Langstrasse", "Gerechtigkeitsgasse", "Freie Strasse",
              "Steinenvorstadt", "Poststrasse", "Obere Gasse", "Schmiedgasse", "Löwenstrasse",
              "Weinbergstrasse", "Hofwiesenstrasse"]
CH_TOWNS = [("8001", "Zürich", "44"), ("8004", "Zürich", "44"), ("8050", "Zürich", "44"),
            ("3011", "Bern", "31"), ("4051", "Basel", "61"), ("6003", "Luzern", "41"),
            ("9000", "St. Gallen", "71"), ("8400", "Winterthur", "52"), ("5000", "Aarau", "62"),
            ("7000", "Chur", "81"), ("3600", "Thun", "33"), ("6300", "Zug", "41"),
            ("8200", "Schaffhausen", "52"), ("3920", "Zermatt", "27"), ("7500", "St. Moritz", "81"),
            ("3800", "Interlaken", "33"), ("6460", "Altdorf", "41"), ("7270", "Davos Platz", "81")]
GB_STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
              "Queen Street", "King's Road", "The Green", "Albert Street", "Manor Road", "Chapel Street",
              "North Street", "Greenway Close", "Elm Grove", "Castle Street", "Brunswick Terrace",
              "Bridge Street", "Riverside Drive", "Lakeland Way", "Fell View", "Granby Road",
              "Heather Gardens", "Willow Crescent", "St Mary's Road"]
GB_TOWNS = [("SW1A", "London", "20"), ("E1", "London", "20"), ("N7", "London", "20"),
            ("SE15", "London", "20"), ("NW3", "London", "20"), ("M1", "Manchester", "161"),
            ("M20", "Manchester", "161"), ("LS1", "Leeds", "113"), ("LS6", "Leeds", "113"),
            ("BS1", "Bristol", "117"), ("BS8", "Bristol", "117"), ("B15", "Birmingham", "121"),
            ("EH1", "Edinburgh", "131"), ("EH9", "Edinburgh", "131"), ("G12", "Glasgow", "141"),
            ("CF10", "Cardiff", "29"), ("S10", "Sheffield", "114"), ("L17", "Liverpool", "151"),
            ("YO1", "York", "1904"), ("LA9", "Kendal", "1539"), ("CA12", "Keswick", "17687"),
            ("IV1", "Inverness", "1463"), ("NE1", "Newcastle upon Tyne", "191"),
            ("NG1", "Nottingham", "115"), ("BN1", "Brighton", "1273"), ("OX1", "Oxford", "1865"),
            ("CB1", "Cambridge", "1223"), ("BA1", "Bath", "1225"), ("EX1", "Exeter", "1392"),
            ("LL55", "Caernarfon", "1286"), ("PH33", "Fort William", "1397")]
US_STREETS = ["Main St", "Oak Ave", "Maple Street", "Pine Street", "Cedar Lane", "Elm St",
              "Washington Ave", "Park Blvd", "Lake Drive", "Highland Ave", "2nd Street", "5th Avenue",
              "Market St", "Church St", "Hillcrest Dr", "Ridge Rd", "Willow Way", "Canyon Road",
              "Aspen Court", "River Road", "N Broadway", "E 14th St", "SE Hawthorne Blvd"]
US_TOWNS = [("Portland", "OR", "97205", "503"), ("Seattle", "WA", "98101", "206"),
            ("Denver", "CO", "80202", "303"), ("Boulder", "CO", "80302", "303"),
            ("Salt Lake City", "UT", "84101", "801"), ("San Francisco", "CA", "94103", "415"),
            ("Austin", "TX", "78701", "512"), ("Chicago", "IL", "60614", "773"),
            ("Boston", "MA", "02116", "617"), ("Burlington", "VT", "05401", "802"),
            ("Minneapolis", "MN", "55401", "612"), ("Asheville", "NC", "28801", "828"),
            ("Bend", "OR", "97701", "541"), ("Missoula", "MT", "59801", "406"),
            ("Madison", "WI", "53703", "608"), ("Albany", "NY", "12207", "518"),
            ("Brooklyn", "NY", "11211", "718"), ("Flagstaff", "AZ", "86001", "928"),
            ("Anchorage", "AK", "99501", "907"), ("Bozeman", "MT", "59715", "406"),
            ("Ann Arbor", "MI", "48104", "734"), ("Durango", "CO", "81301", "970")]
IE_STREETS = ["Main Street", "Church Road", "Strand Road", "Dublin Road", "Mary Street", "Patrick Street",
              "College Road", "Sea Road", "Castle Street", "O'Connell Street", "Bridge Street",
              "Shop Street", "Parnell Square", "Oakpark Avenue"]
IE_TOWNS = [("Dublin 2", "", "D02", "1"), ("Dublin 8", "", "D08", "1"), ("Cork", "", "T12", "21"),
            ("Galway", "", "H91", "91"), ("Limerick", "", "V94", "61"), ("Killarney", "Co. Kerry", "V93", "64"),
            ("Westport", "Co. Mayo", "F28", "98"), ("Sligo", "", "F91", "71"), ("Kilkenny", "", "R95", "56"),
            ("Bray", "Co. Wicklow", "A98", "1"), ("Athlone", "Co. Westmeath", "N37", "90"),
            ("Ballincollig", "Co. Cork", "P31", "21"), ("Clifden", "Co. Galway", "H71", "95")]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "place du Marché", "boulevard Gambetta",
              "chemin des Vignes", "impasse des Lilas", "rue du Lac", "rue des Alpes", "avenue de la Gare",
              "rue Saint-Antoine", "quai Perrière", "rue Paccard"]
FR_TOWNS = [("75011", "Paris", "1"), ("69002", "Lyon", "4"), ("38000", "Grenoble", "4"),
            ("74000", "Annecy", "4"), ("74400", "Chamonix-Mont-Blanc", "4"), ("67000", "Strasbourg", "3"),
            ("31000", "Toulouse", "5"), ("33000", "Bordeaux", "5"), ("44000", "Nantes", "2"),
            ("59000", "Lille", "3"), ("73000", "Chambéry", "4")]
NL_STREETS = ["Keizersgracht", "Prinsengracht", "Oudegracht", "Kerkstraat", "Dorpsstraat", "Molenweg",
              "Stationsweg", "Lange Voorhout", "Nieuwe Binnenweg", "Vismarkt", "Breestraat", "Zeedijk"]
NL_TOWNS = [("1016", "Amsterdam", "20"), ("1072", "Amsterdam", "20"), ("3511", "Utrecht", "30"),
            ("3011", "Rotterdam", "10"), ("2511", "Den Haag", "70"), ("2311", "Leiden", "71"),
            ("9711", "Groningen", "50"), ("5611", "Eindhoven", "40"), ("2011", "Haarlem", "23"),
            ("6511", "Nijmegen", "24"), ("6211", "Maastricht", "43")]
IT_STREETS = ["Via Roma", "Via Garibaldi", "Corso Italia", "Piazza Duomo", "Via Dante", "Via Mazzini",
              "Viale dei Mille", "Via dei Portici", "Via Cavour", "Corso Vittorio Emanuele II",
              "Via Belenzani", "Via Museo"]
IT_TOWNS = [("20121", "Milano", "MI", "2"), ("10123", "Torino", "TO", "11"), ("00184", "Roma", "RM", "6"),
            ("40121", "Bologna", "BO", "51"), ("50122", "Firenze", "FI", "55"), ("38122", "Trento", "TN", "461"),
            ("39100", "Bolzano", "BZ", "471"), ("37121", "Verona", "VR", "45"), ("24121", "Bergamo", "BG", "35"),
            ("11100", "Aosta", "AO", "165"), ("32043", "Cortina d'Ampezzo", "BL", "436")]

COUNTRY_NAMES = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA",
           "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}

EIRCODE_CH = "ACDEFHKNPRTVWXY0123456789"
GB_INWARD = "ABDEFGHJLNPQRSTUWXYZ"

PERSONAL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de",
           "mailbox.org", "icloud.com", "gmx.net"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "icloud.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com", "hispeed.ch", "proton.me"],
    "GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "hotmail.co.uk",
           "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com", "aol.com"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "yahoo.ie", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
}

# brand look-alikes (brand-guides/talgrat)
PRODUCTS_EN = ["Firstwand 3-Layer Rain Jacket", "Schauerpass 2.5-Layer Rain Jacket", "Kaltkar Down Jacket",
               "Rinnental Insulated Hoody", "Gitterhang Grid Fleece Jacket", "Morgengrat Merino 150 Long-Sleeve Shirt",
               "Almweg Zip-Off Hiking Trousers", "Wintersteig Winter Trekking Trousers", "Hochsattel 30 Hiking Backpack",
               "Fernkamm 45+10 Trekking Backpack", "Steinlauf Trail Running Shoe", "Trittweg Merino Hiking Socks"]
PRODUCTS_DE = ["Firstwand 3-Lagen-Regenjacke", "Schauerpass 2,5-Lagen-Regenjacke", "Kaltkar Daunenjacke",
               "Rinnental Isolationshoody", "Gitterhang Grid-Fleecejacke", "Morgengrat Merino 150 Langarmshirt",
               "Almweg Zip-off-Wanderhose", "Wintersteig Wintertrekkinghose", "Hochsattel 30 Wanderrucksack",
               "Fernkamm 45+10 Trekkingrucksack", "Steinlauf Trailrunningschuh", "Trittweg Merino-Wandersocken"]
PRODUCT_SHORT = ["Firstwand", "Schauerpass", "Kaltkar", "Rinnental", "Gitterhang", "Morgengrat", "Almweg",
                 "Wintersteig", "Hochsattel 30", "Fernkamm 45+10", "Steinlauf", "Trittweg"]
SKUS = ["TG-RJ-100", "TG-RJ-200", "TG-DJ-100", "TG-SI-100", "TG-FL-100", "TG-BL-100", "TG-HT-100",
        "TG-WT-100", "TG-BP-030", "TG-BP-045", "TG-TS-100", "TG-SO-100"]
PRICES_EUR = ["349.95", "199.95", "289.95", "219.95", "119.95", "89.95", "129.95", "169.95", "139.95",
              "229.95", "159.95", "24.95"]
COLOURS_EN = ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate", "Alpenglow", "Gentian", "Lichen", "Rock Grey",
              "Peat Brown", "Limestone"]
COLOURS_DE = ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer", "Alpenglühen", "Enzian", "Flechte",
              "Felsgrau", "Moorbraun", "Kalkstein"]
SIZES = ["XS", "S", "M", "L", "XL", "XXL"]

STORES_DE = ["Kempten", "München Sendlinger Straße", "Oberstdorf", "Innsbruck", "Zürich Oerlikon", "Wien Neubau",
             "Augsburg", "Garmisch", "Salzburg", "Bern", "Graz", "Lindau"]
STORES_EN = ["Kendal", "Keswick", "Manchester Deansgate", "Edinburgh", "Galway", "Dublin", "Portland",
             "Boulder", "Bristol", "Fort William"]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]

COMPANY_EN = ["{s} & Sons Removals", "{s} Outdoor Ltd", "{s} Logistics", "{s} Textiles Ltd", "{s} Print & Sign",
              "{s} Security Services", "{s} Facilities Ltd"]
COMPANY_DE = ["Bergsport {s} GmbH", "Spedition {s}", "{s} Textil AG", "Elektro {s}", "Druckerei {s}",
              "{s} Gebäudeservice GmbH", "Sicherheitsdienst {s}", "Sporthaus {s}"]


# ---------------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------------

class Person:
    def __init__(self, g, first, last, gender, origin, inv):
        self.g = g
        self.first = first
        self.last = last
        self.gender = gender
        self.origin = origin
        self.inv = inv          # "", "first", "last", "both"
        rng = g.rng
        if gender == "m":
            self._mr = rng.choice(["Mr", "Mr", "Mr."])
        else:
            self._mr = rng.choice(["Ms", "Ms", "Mrs", "Ms.", "Mrs."])

    # name forms -------------------------------------------------------------------------------
    @property
    def full(self):
        return E("PERSON", "%s %s" % (self.first, self.last))

    @property
    def sur(self):
        return E("PERSON", self.last)

    @property
    def giv(self):
        return E("PERSON", self.first)

    @property
    def lf(self):
        return E("PERSON", "%s, %s" % (self.last, self.first))

    @property
    def LF(self):
        return E("PERSON", "%s, %s" % (self.last.upper(), self.first))

    @property
    def ini(self):
        return E("PERSON", "%s. %s" % (self.first[0], self.last))

    @property
    def short(self):
        if self.last[0].isupper():
            return E("PERSON", "%s %s." % (self.first, self.last[0]))
        return self.full

    @property
    def caps(self):
        return E("PERSON", ("%s %s" % (self.first, self.last)).upper())

    @property
    def low(self):
        return E("PERSON", self.first.lower())

    @property
    def lowfull(self):
        return E("PERSON", ("%s %s" % (self.first, self.last)).lower())

    @property
    def firstl(self):
        """given name as a chat nick would write it: lower case, or as written"""
        return E("PERSON", self.first.lower() if self.g.rng.random() < 0.6 else self.first)

    def any(self, weights=None):
        forms = ["full", "sur", "giv", "lf", "ini", "short", "caps"]
        w = weights or [40, 15, 15, 8, 8, 8, 6]
        return getattr(self, self.g.rng.choices(forms, w)[0])

    # honorifics and gender --------------------------------------------------------------------
    @property
    def mr(self):
        return self._mr

    @property
    def herr(self):
        return "Herr" if self.gender == "m" else "Frau"

    @property
    def herrn(self):
        return "Herrn" if self.gender == "m" else "Frau"

    @property
    def sg(self):
        return "Sehr geehrter Herr" if self.gender == "m" else "Sehr geehrte Frau"

    @property
    def lieb(self):
        return "Lieber" if self.gender == "m" else "Liebe"

    def gx(self, m, f):
        return m if self.gender == "m" else f

    @property
    def he(self):
        return self.gx("he", "she")

    @property
    def him(self):
        return self.gx("him", "her")

    @property
    def his(self):
        return self.gx("his", "her")

    @property
    def er(self):
        return self.gx("er", "sie")

    @property
    def Er(self):
        return self.gx("Er", "Sie")

    @property
    def ihm(self):
        return self.gx("ihm", "ihr")

    @property
    def ihn(self):
        return self.gx("ihn", "sie")

    @property
    def sein(self):
        return self.gx("sein", "ihr")

    def gen_de(self, form=None):
        """German genitive: [E(name), 's'] or [E(name), "'"]"""
        x = form or self.giv
        return [x, "'" if x.val[-1] in "sxzß" else "s"]

    def gen_en(self, form=None):
        x = form or self.full
        return [x, "'s"]

    # e-mail ------------------------------------------------------------------------------------
    def local(self, style=None):
        rng = self.g.rng
        f = re.sub(r"[^a-z0-9]", "", fold_de(self.first).lower())
        l = re.sub(r"[^a-z0-9]", "", fold_de(self.last).lower())
        f = f or "x"
        l = l or "y"
        styles = ["f.l", "f.l", "fl", "f_l", "il", "i.l", "l.f", "f.l##", "fl##", "f", "fi", "f-l", "l"]
        s = style or rng.choice(styles)
        num = str(rng.choice([rng.randint(1, 99), rng.randint(1960, 2006)]))
        out = (s.replace("##", num).replace("f", "\x01").replace("l", "\x02").replace("i", "\x03"))
        return out.replace("\x01", f).replace("\x02", l).replace("\x03", f[0])

    def email(self, domain=None, style=None):
        g = self.g
        if domain is None:
            domain = g.rng.choice(PERSONAL_DOMAINS.get(g.pcountry(), PERSONAL_DOMAINS["DE"]))
        return E("EMAIL", "%s@%s" % (self.local(style), domain))

    def work_email(self, domain=None):
        g = self.g
        dom = domain or g.rng.choice(["talgrat.de", "talgrat.com"])
        return E("EMAIL", "%s@%s" % (self.local(g.rng.choice(["f.l", "f.l", "il", "fl", "i.l"])), dom))

    def slug(self):
        f = re.sub(r"[^a-z0-9]", "", fold_de(self.first).lower()) or "x"
        l = re.sub(r"[^a-z0-9]", "", fold_de(self.last).lower()) or "y"
        return "%s-%s-%x" % (f, l, self.g.rng.randrange(0x1000, 0xffff))

    def handle(self):
        rng = self.g.rng
        f = re.sub(r"[^a-z0-9]", "", fold_de(self.first).lower()) or "x"
        l = re.sub(r"[^a-z0-9]", "", fold_de(self.last).lower()) or "y"
        return "@" + rng.choice([f, f + l[0], f + "." + l[0], f[0] + l, f + str(rng.randint(2, 99))])


# ---------------------------------------------------------------------------------------------
# the per-text context
# ---------------------------------------------------------------------------------------------

class G:
    def __init__(self, rng, lang, genre, country):
        self.rng = rng
        self.lang = lang
        self.genre = genre
        self.country = country
        self.swiss = False
        self.people = []
        self.used = []          # casefolded name parts in use
        self.no_invent = (genre == "name_prose")
        self.no_apos = False    # SQL/EDI: no apostrophes in names
        self.companies = []
        self._clock = None
        self.set_country(country)

    # randomness ---------------------------------------------------------------------------------
    def pick(self, xs):
        return xs[self.rng.randrange(len(xs))]

    def chance(self, p):
        return self.rng.random() < p

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.rng.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.rng.randint(1, 9)) + s[1:]
        return s

    def set_country(self, c):
        self.country = c
        self.swiss = (self.lang == "de" and c == "CH")

    def pcountry(self, c=None):
        """country of a value: the text's country in 85 % of draws"""
        if c:
            return c
        if self.rng.random() < 0.85:
            return self.country
        pool = ["DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT"]
        return self.pick(pool)

    def doc(self):
        return Doc(self)

    # people ---------------------------------------------------------------------------------
    def person(self, cue=True, gender=None, country=None, origin=None, invent=None):
        rng = self.rng
        for _ in range(400):
            c = self.pcountry(country)
            org = origin or NM.draw_origin(rng, self.lang, c)
            gen = gender or rng.choice("mf")
            first, last = NM.draw_name(rng, org, gen, self.lang)
            inv = ""
            p_inv = 0.11 if invent is None else invent
            if cue and not self.no_invent and rng.random() < p_inv:
                r = rng.random()
                if r < 0.4:
                    last = NM.invent(rng, self.lang, "last")
                    inv = "last"
                elif r < 0.7:
                    first = NM.invent(rng, self.lang, "first")
                    inv = "first"
                else:
                    first = NM.invent(rng, self.lang, "first")
                    last = NM.invent(rng, self.lang, "last")
                    inv = "both"
            if self.swiss:
                first = first.replace("ß", "ss")
                last = last.replace("ß", "ss")
            if self.no_apos and ("'" in first + last or "’" in first + last):
                continue
            parts = name_tokens(first + " " + last)
            if any(pt in self.used for pt in parts):
                continue
            if any(pt in self.companies for pt in parts):
                continue
            self.used.extend(parts)
            p = Person(self, first, last, gen, org, inv)
            self.people.append(p)
            return p
        raise Retry("no person")

    def persons(self, n, **kw):
        return [self.person(**kw) for _ in range(n)]

    def company(self):
        """a company name holding a surname (not a person)"""
        for _ in range(100):
            s = NM.company_surname(self.rng, self.lang)
            if s.casefold() in self.used:
                continue
            self.companies.append(s.casefold())
            tpl = self.pick(COMPANY_DE if self.lang == "de" else COMPANY_EN)
            return tpl.replace("{s}", s)
        raise Retry("company")

    # addresses ----------------------------------------------------------------------------------
    def addr_parts(self, country=None):
        """(street line, postcode, town, country code, region) for cells"""
        rng = self.rng
        c = self.pcountry(country)
        if c == "DE":
            pc, town, _ = self.pick(DE_TOWNS)
            st = "%s %d%s" % (self.pick(DE_STREETS), self.ri(1, 148), self.pick(["", "", "", "", "a", "b"]))
            return st, pc, town, c, ""
        if c == "AT":
            pc, town, _ = self.pick(AT_TOWNS)
            no = str(self.ri(1, 96))
            r = rng.random()
            if r < 0.45:
                no += "/%d/%d" % (self.ri(1, 6), self.ri(1, 24))
            elif r < 0.7:
                no += "/%d" % self.ri(1, 30)
            return "%s %s" % (self.pick(AT_STREETS), no), pc, town, c, ""
        if c == "CH":
            pc, town, _ = self.pick(CH_TOWNS)
            return "%s %d%s" % (self.pick(CH_STREETS), self.ri(1, 120), self.pick(["", "", "", "a"])), pc, town, c, ""
        if c == "GB":
            out, town, _ = self.pick(GB_TOWNS)
            pc = "%s %d%s%s" % (out, self.ri(1, 9), self.pick(GB_INWARD), self.pick(GB_INWARD))
            st = "%d %s" % (self.ri(1, 180), self.pick(GB_STREETS))
            if rng.random() < 0.25:
                st = "Flat %s, %s" % (self.pick([str(self.ri(1, 12)), "%d%s" % (self.ri(1, 6), self.pick("ABC"))]), st)
            return st, pc, town, c, ""
        if c == "US":
            town, state, z, _ = self.pick(US_TOWNS)
            st = "%d %s" % (self.ri(12, 4890), self.pick(US_STREETS))
            r = rng.random()
            if r < 0.25:
                st += ", Apt %s" % self.pick([str(self.ri(1, 40)), "%d%s" % (self.ri(1, 9), self.pick("ABCD"))])
            elif r < 0.35:
                st += ", Suite %d" % self.ri(100, 450)
            elif r < 0.42:
                st += " #%d" % self.ri(2, 30)
            return st, z, town, c, state
        if c == "IE":
            town, county, rk, _ = self.pick(IE_TOWNS)
            code = rk + " " + "".join(self.pick(EIRCODE_CH) for _ in range(4))
            st = "%d %s" % (self.ri(1, 90), self.pick(IE_STREETS))
            if rng.random() < 0.2:
                st = "Apartment %d, %s" % (self.ri(1, 30), st)
            return st, code, town, c, county
        if c == "FR":
            pc, town, _ = self.pick(FR_TOWNS)
            st = "%d%s %s" % (self.ri(1, 88), self.pick(["", "", "", " bis"]), self.pick(FR_STREETS))
            return st, pc, town, c, ""
        if c == "NL":
            pc, town, _ = self.pick(NL_TOWNS)
            pc = pc + " " + self.pick("ABCDEGHJKLMNPRSTVWXZ") + self.pick("ABCDEGHJKLMNPRSTVWXZ")
            st = "%s %d%s" % (self.pick(NL_STREETS), self.ri(1, 240), self.pick(["", "", "", "-II", " hs", "A"]))
            return st, pc, town, c, ""
        pc, town, prov, _ = self.pick(IT_TOWNS)
        return "%s %d" % (self.pick(IT_STREETS), self.ri(1, 140)), pc, town, "IT", prov

    def town_line(self, parts, prefix=None):
        st, pc, town, c, reg = parts
        if prefix is None:
            prefix = self.rng.random() < {"DE": 0.15, "AT": 0.3, "CH": 0.3}.get(c, 0)
        if c in ("DE", "AT", "CH"):
            pre = {"DE": "D-", "AT": "A-", "CH": "CH-"}[c] if prefix else ""
            return "%s%s %s" % (pre, pc, town)
        if c == "GB":
            return "%s %s" % (town, pc)
        if c == "US":
            return "%s, %s %s" % (town, reg, pc)
        if c == "IE":
            return ", ".join(x for x in [town, reg, pc] if x)
        if c == "NL":
            return "%s %s" % (pc, town.upper() if self.rng.random() < 0.3 else town)
        if c == "IT":
            return "%s %s %s" % (pc, town, reg)
        return "%s %s" % (pc, town)

    def addr(self, form=None, country=None, parts=None):
        """STREET_ADDRESS: one line, two lines, or the street alone"""
        p = parts or self.addr_parts(country)
        form = form or self.rng.choices(["line", "two", "street"], [55, 30, 15])[0]
        if form == "street":
            return E("STREET_ADDRESS", p[0])
        sep = ", " if form == "line" else "\n"
        return E("STREET_ADDRESS", p[0] + sep + self.town_line(p))

    def street(self, country=None):
        return self.addr("street", country)

    # phones -------------------------------------------------------------------------------------
    def phone(self, country=None, mobile=None, intl=None):
        return E("PHONE", self.phone_str(country, mobile, intl))

    def phone_str(self, country=None, mobile=None, intl=None):
        rng = self.rng
        c = self.pcountry(country)
        if mobile is None:
            mobile = rng.random() < 0.6
        if intl is None:
            intl = rng.random() < 0.4
        d = self.digits
        if c == "DE":
            if mobile:
                pre = self.pick(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176",
                                 "177", "178", "179", "159"])
                sub = d(7 if rng.random() < 0.6 else 8, True)
            else:
                pre = self.pick(DE_TOWNS)[2]
                sub = d(max(5, 10 - len(pre) - rng.randint(0, 2)), True)
            if intl:
                return self.pick(["+49 %s %s", "+49 (0)%s %s", "0049 %s %s", "+49 %s-%s", "+49%s%s"]) % (pre, sub)
            return self.pick(["0%s %s", "0%s/%s", "(0%s) %s", "0%s-%s", "0%s %s"]) % (pre, sub)
        if c == "AT":
            if mobile:
                pre = self.pick(["650", "660", "664", "676", "680", "681", "688", "699"])
                sub = d(7, True)
            else:
                pre = self.pick(AT_TOWNS)[2]
                sub = d(max(5, 9 - len(pre)), True)
            if rng.random() < 0.4 and len(sub) == 7:
                sub = "%s %s %s" % (sub[:3], sub[3:5], sub[5:])
            if intl:
                return self.pick(["+43 %s %s", "+43 (0)%s %s", "0043 %s %s"]) % (pre, sub)
            return self.pick(["0%s %s", "0%s/%s", "0%s %s"]) % (pre, sub)
        if c == "CH":
            pre = self.pick(["76", "77", "78", "79"]) if mobile else self.pick(CH_TOWNS)[2]
            sub = d(7, True)
            sub = "%s %s %s" % (sub[:3], sub[3:5], sub[5:])
            if intl:
                return self.pick(["+41 %s %s", "+41 (0)%s %s", "0041 %s %s"]) % (pre, sub)
            return "0%s %s" % (pre, sub)
        if c == "GB":
            if mobile:
                pre = "7" + self.pick(["700", "712", "723", "734", "751", "769", "780", "796", "817", "852", "903", "958"])
                sub = d(6, True)
                nat = "0%s %s" % (pre, sub)
                it = "+44 %s %s" % (pre, sub)
            else:
                area = self.pick(GB_TOWNS)[2]
                n = 10 - len(area)
                sub = d(n, True)
                if len(area) == 2:
                    sub = "%s %s" % (sub[:4], sub[4:])
                elif len(area) == 3:
                    sub = "%s %s" % (sub[:3], sub[3:])
                nat = "0%s %s" % (area, sub)
                it = self.pick(["+44 %s %s", "+44 (0)%s %s"]) % (area, sub)
            return it if intl else nat
        if c == "US":
            area = self.pick(US_TOWNS)[3]
            ex = str(rng.randint(2, 9)) + d(2)
            if ex[1:] == "11":
                ex = ex[0] + "12"
            ln = d(4)
            if intl:
                return self.pick(["+1 %s %s %s", "+1 (%s) %s-%s", "+1-%s-%s-%s"]) % (area, ex, ln)
            return self.pick(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "1-%s-%s-%s"]) % (area, ex, ln)
        if c == "IE":
            if mobile:
                pre = self.pick(["83", "85", "86", "87", "89"])
                sub = "%s %s" % (d(3, True), d(4))
            else:
                pre = self.pick(IE_TOWNS)[3]
                sub = "%s %s" % (d(3, True), d(4)) if len(pre) == 1 else "%s %s" % (d(3, True), d(3 if len(pre) == 3 else 4))
            if intl:
                return "+353 %s %s" % (pre, sub)
            return self.pick(["0%s %s", "(0%s) %s"]) % (pre, sub)
        if c == "FR":
            pre = self.pick(["6", "7"]) if mobile else self.pick(FR_TOWNS)[2]
            rest = [d(2) for _ in range(4)]
            if intl:
                return self.pick(["+33 %s %s", "+33 (0)%s %s"]) % (pre, " ".join(rest))
            return "0%s %s" % (pre, " ".join(rest))
        if c == "NL":
            if mobile:
                sub = d(8, True)
                if intl:
                    return "+31 6 %s %s" % (sub[:4], sub[4:])
                return self.pick(["06-%s", "06 %s"]) % sub if rng.random() < 0.6 else "06 %s %s" % (sub[:4], sub[4:])
            pre = self.pick(NL_TOWNS)[2]
            sub = d(7, True)
            if intl:
                return "+31 %s %s %s" % (pre, sub[:3], sub[3:])
            return self.pick(["0%s %s %s", "0%s-%s%s"]) % (pre, sub[:3], sub[3:])
        # IT
        if mobile:
            pre = self.pick(["320", "328", "333", "338", "340", "347", "349", "366", "380", "393"])
            sub = "%s %s" % (d(3, True), d(4))
        else:
            pre = "0" + self.pick(IT_TOWNS)[3]
            sub = d(9 - len(pre) + 1, True)
        if intl:
            return "+39 %s %s" % (pre, sub)
        return "%s %s" % (pre, sub)

    # money and ids --------------------------------------------------------------------------------
    def iban(self, country=None, grouped=None):
        c = self.pcountry(country)
        if c not in IBAN_LEN:
            c = "DE"
        d = self.digits
        L = lambda n: "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
        bban = {
            "DE": lambda: d(8, True) + d(10),
            "AT": lambda: d(5, True) + d(11),
            "CH": lambda: "00" + d(3, True) + d(12),
            "GB": lambda: self.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + d(6) + d(8),
            "IE": lambda: self.pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + d(6) + d(8),
            "FR": lambda: d(5, True) + d(5) + d(11) + d(2),
            "NL": lambda: self.pick(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"]) + d(10),
            "IT": lambda: L(1) + d(5) + d(5) + d(12),
        }[c]()
        for ck in range(2, 99):
            s = c + "%02d" % ck + bban
            if iban_mod(s) == 1:
                break
        else:
            raise AssertionError
        assert iban_valid(s), s
        if grouped is None:
            grouped = self.rng.random() < 0.65
        if grouped:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return E("IBAN", s)

    def card(self, brand=None, fmt=None):
        rng = self.rng
        brand = brand or rng.choices(["visa", "mc", "mc2", "amex", "disc"], [45, 25, 10, 12, 8])[0]
        if brand == "visa":
            body = "4" + self.digits(14)
        elif brand == "mc":
            body = "5" + str(rng.randint(1, 5)) + self.digits(13)
        elif brand == "mc2":
            body = str(rng.randint(2221, 2720)) + self.digits(11)
        elif brand == "amex":
            body = rng.choice(["34", "37"]) + self.digits(12)
        else:
            body = rng.choice(["6011" + self.digits(11), "65" + self.digits(13)])
        num = body + luhn_digit(body)
        assert card_valid(num), num
        fmt = fmt or rng.choices(["space", "dash", "compact"], [60, 15, 25])[0]
        if fmt != "compact":
            sep = " " if fmt == "space" else "-"
            if len(num) == 15:
                num = sep.join([num[:4], num[4:10], num[10:]])
            else:
                num = sep.join(num[i:i + 4] for i in range(0, len(num), 4))
        return E("CREDIT_CARD", num)

    def expiry(self):
        return "%02d/%02d" % (self.ri(1, 12), self.ri(26, 31))

    def taxid(self, grouped=None):
        rng = self.rng
        while True:
            ds = [str(x) for x in range(10)]
            rng.shuffle(ds)
            if rng.random() < 0.8:
                body = ds[:9]
                body.insert(rng.randrange(10), rng.choice(body))
            else:
                body = ds[:8]
                rep = rng.choice(body)
                body.insert(rng.randrange(9), rep)
                body.insert(rng.randrange(10), rep)
            b = "".join(body)
            if taxid_digits_ok(b):
                break
        s = b + str(taxid_check_digit(b))
        assert taxid_valid(s), s
        if grouped is None:
            grouped = rng.random() < 0.35
        if grouped:
            s = "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])
        return E("DE_TAX_ID", s)

    # IP -----------------------------------------------------------------------------------------
    def ipv4(self, kind=None):
        rng = self.rng
        kind = kind or rng.choices(["pub", "doc", "priv", "lo"], [60, 15, 22, 3])[0]
        if kind == "pub":
            a = self.pick([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 87, 88, 89, 91, 92, 93, 94, 95, 109,
                           141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 73, 98, 104, 172])
            if a == 172:
                b = self.pick([32, 56, 58, 64, 217])
            else:
                b = self.ri(0, 255)
            s = "%d.%d.%d.%d" % (a, b, self.ri(0, 255), self.ri(1, 254))
        elif kind == "doc":
            s = "%s.%d" % (self.pick(["192.0.2", "198.51.100", "203.0.113"]), self.ri(1, 254))
        elif kind == "priv":
            s = self.pick(["10.%d.%d.%d" % (self.ri(0, 40), self.ri(0, 255), self.ri(2, 254)),
                           "192.168.%d.%d" % (self.ri(0, 20), self.ri(2, 254)),
                           "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 255), self.ri(2, 254))])
        else:
            s = "127.0.0.1"
        ipaddress.IPv4Address(s)
        return E("IP_ADDRESS", s)

    def ipv6(self, kind=None):
        rng = self.rng
        kind = kind or rng.choices(["glob", "doc", "ll", "ula", "lo"], [55, 15, 12, 15, 3])[0]
        h = lambda: "%x" % rng.randrange(0, 65536)
        if kind == "glob":
            pre = self.pick(["2a02:8108", "2a01:598", "2003:e4", "2a00:1398", "2001:16b8", "2a02:1210",
                             "2a0a:a540", "2600:1700", "2a02:c7c", "2001:4dd0"])
            groups = pre.split(":") + [h() for _ in range(8 - len(pre.split(":")))]
            if rng.random() < 0.5:
                groups[4] = "0"
                groups[5] = "0"
            s = ":".join(groups)
        elif kind == "doc":
            s = "2001:db8:%s::%s" % (h(), h())
        elif kind == "ll":
            s = "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())
        elif kind == "ula":
            s = "fd%02x:%s:%s:%s::%s" % (rng.randrange(256), h(), h(), h(), h())
        else:
            s = "::1"
        a = ipaddress.IPv6Address(s)
        s = a.compressed if rng.random() < 0.85 else a.exploded
        return E("IP_ADDRESS", s)

    def ip(self, v6=0.3, kind=None):
        return self.ipv6() if self.rng.random() < v6 else self.ipv4(kind)

    def mac(self):
        return ":".join("%02x" % self.rng.randrange(256) for _ in range(6))

    # look-alikes ----------------------------------------------------------------------------------
    def safe_digits(self, s):
        """True if a digit string hides no valid card or Steuer-ID"""
        d = re.sub(r"\D", "", s)
        for n in range(13, 20):
            for i in range(0, len(d) - n + 1):
                if card_valid(d[i:i + n]):
                    return False
        for i in range(0, len(d) - 10):
            if taxid_valid(d[i:i + 11]):
                return False
        return True

    def gtin(self, prefix=None):
        for _ in range(200):
            body = (prefix or self.pick(["400", "401", "402", "403", "404", "405", "406", "407", "408", "409",
                                         "400", "426", "429", "760", "761", "900", "901", "500", "501", "539",
                                         "871", "872", "800"]))
            body += self.digits(12 - len(body))
            s = body + gtin_check(body)
            if self.safe_digits(s):
                return s
        raise Retry("gtin")

    def order_no(self):
        return self.pick(["TG-%d" % self.ri(100000, 999999), "%d" % self.ri(40000000, 49999999),
                          "A-%d-%d" % (self.ri(2024, 2026), self.ri(10000, 99999)), "#%d" % self.ri(100000, 999999),
                          "WEB-%s" % self.digits(7)])

    def ticket_no(self):
        return self.pick(["#%d" % self.ri(10000, 99999), "INC%s" % self.digits(7), "T-%d" % self.ri(100000, 999999),
                          "CS-%d-%s" % (self.ri(2024, 2026), self.digits(5)), "HD-%d" % self.ri(1000, 9999)])

    def phoneish(self):
        """order/ticket/queue numbers shaped like phone numbers (never labelled)"""
        for _ in range(50):
            s = self.pick(["0%d %s" % (self.ri(30, 999), self.digits(7)), "%s %s %s" % (self.digits(3), self.digits(3), self.digits(4)),
                           "0%d-%s" % (self.ri(100, 999), self.digits(6)), "(0%d) %s" % (self.ri(30, 89), self.digits(6)),
                           "%s/%s" % (self.digits(4), self.digits(6))])
            if self.safe_digits(s):
                return s
        raise Retry("phoneish")

    def parcel_no(self):
        for _ in range(100):
            s = self.pick(["00340434%s" % self.digits(12), "JJD%s" % self.digits(16), "1Z%s%s" % (self.digits(6), self.digits(10)),
                           "%s%s" % (self.pick(["RR", "CX", "LY"]), self.digits(9)) + "DE", "H%s" % self.digits(15)])
            if self.safe_digits(s):
                return s
        raise Retry("parcel")

    def date(self, style=None, year=None):
        rng = self.rng
        y = year or self.pick([2024, 2025, 2025, 2025, 2026])
        m = self.ri(1, 12)
        dd = self.ri(1, 28)
        if self.lang == "de":
            style = style or rng.choice(["num", "num", "long", "iso"])
            if style == "num":
                return "%02d.%02d.%d" % (dd, m, y)
            if style == "iso":
                return "%d-%02d-%02d" % (y, m, dd)
            mon = MONTHS_DE[m - 1]
            if self.country == "AT" and m == 1:
                mon = "Jänner"
            return "%d. %s %d" % (dd, mon, y)
        style = style or rng.choice(["long", "long", "iso", "num"])
        if style == "iso":
            return "%d-%02d-%02d" % (y, m, dd)
        if self.country == "US":
            if style == "num":
                return "%d/%d/%d" % (m, dd, y)
            return "%s %d, %d" % (MONTHS_EN[m - 1], dd, y)
        if style == "num":
            return "%02d/%02d/%d" % (dd, m, y)
        return "%d %s %d" % (dd, MONTHS_EN[m - 1], y)

    def dates(self, k, style=None, year=None):
        """k dates in calendar order, formatted like date()"""
        rng = self.rng
        y = year or self.pick([2024, 2025, 2025, 2026])
        days = sorted(rng.sample(range(0, 330), k))
        out = []
        for dd in days:
            m = min(12, dd // 28 + 1)
            day = dd % 28 + 1
            out.append(self._fmt_date(y, m, day, style))
        return out

    def _fmt_date(self, y, m, dd, style):
        if self.lang == "de":
            style = style or "num"
            if style == "num":
                return "%02d.%02d.%d" % (dd, m, y)
            if style == "iso":
                return "%d-%02d-%02d" % (y, m, dd)
            return "%d. %s %d" % (dd, self.month_de(m), y)
        style = style or "num"
        if style == "iso":
            return "%d-%02d-%02d" % (y, m, dd)
        if self.country == "US":
            return "%d/%d/%d" % (m, dd, y) if style == "num" else "%s %d, %d" % (MONTHS_EN[m - 1], dd, y)
        return "%02d/%02d/%d" % (dd, m, y) if style == "num" else "%d %s %d" % (dd, MONTHS_EN[m - 1], y)

    def times(self, k, lo=6, hi=21):
        mins = sorted(self.rng.sample(range(lo * 60, hi * 60, 5), k))
        return ["%02d:%02d" % (x // 60, x % 60) for x in mins]

    def month_de(self, m):
        if self.country == "AT" and m == 1:
            return "Jänner"
        return MONTHS_DE[m - 1]

    def time(self):
        return "%02d:%02d" % (self.ri(7, 19), self.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]))

    def tick(self):
        """a clock that moves forward within one text"""
        if self._clock is None:
            self._clock = datetime.datetime(self.pick([2024, 2025, 2025, 2026]), self.ri(1, 12), self.ri(1, 28),
                                            self.ri(6, 20), self.ri(0, 59), self.ri(0, 59))
        else:
            self._clock += datetime.timedelta(seconds=self.ri(2, 1500))
        return self._clock

    def ts(self, fmt="%Y-%m-%d %H:%M:%S"):
        return self.tick().strftime(fmt)

    def ts_clf(self):
        t = self.tick()
        return "%02d/%s/%d:%02d:%02d:%02d +0100" % (t.day, MONTHS_EN[t.month - 1][:3], t.year, t.hour, t.minute, t.second)

    def ts_syslog(self):
        t = self.tick()
        return "%s %2d %02d:%02d:%02d" % (MONTHS_EN[t.month - 1][:3], t.day, t.hour, t.minute, t.second)

    def price(self, lo=5, hi=400):
        v = self.ri(lo, hi) + self.pick([0.95, 0.9, 0.5, 0.0, 0.99])
        if self.lang == "de":
            return ("%.2f" % v).replace(".", ",") + " €"
        return "€%.2f" % v if self.country not in ("GB", "US") else ("£%.2f" % v if self.country == "GB" else "$%.2f" % v)

    def product(self):
        return self.pick(PRODUCTS_DE if self.lang == "de" else PRODUCTS_EN)

    def pshort(self):
        return self.pick(PRODUCT_SHORT)

    def colour(self):
        return self.pick(COLOURS_DE if self.lang == "de" else COLOURS_EN)

    def sku(self):
        return self.pick(SKUS)

    def size(self):
        return self.pick(SIZES)

    def store(self):
        return self.pick(STORES_DE if self.lang == "de" else STORES_EN)

    def town(self, country=None):
        c = self.pcountry(country)
        return self.addr_parts(c)[2]

    def weekday(self):
        return self.pick(WEEKDAYS_DE if self.lang == "de" else WEEKDAYS_EN)

    def country_name(self, c):
        return COUNTRY_NAMES[self.lang][c]


# ---------------------------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------------------------

PARTICLES = ["von", "van", "der", "den", "de", "del", "della", "la", "le", "du", "di", "da", "dos", "das",
             "zu", "ter", "ten", "al", "el", "bin", "ibn", "ap", "mac", "mc", "ó", "ní", "ui", "st", "y",
             "delos", "dela"]
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w.\-]+\.(?:com|de|at|ch|net|org|io|eu|uk|ie|fr|nl|it|me|ly)/\S*")
HANDLE_RE = re.compile(r"(?<![\w.])@[\w.\-]+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
IPV6_RE = re.compile(r"(?<![\w:.])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w+)?)(?![\w:])")
DIGITRUN_RE = re.compile(r"\d(?:[ \-]?\d)*")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32})")


def normalize(text, ents):
    """Drop spaces before a line break and blank lines beyond one, outside spans; shift spans."""
    inside = [False] * len(text)
    for (_, s, e, _) in ents:
        for i in range(s, e):
            inside[i] = True
    keep = [True] * len(text)
    n = len(text)
    i = 0
    while i < n:
        if text[i] == " " and not inside[i]:
            j = i
            while j < n and text[j] == " " and not inside[j]:
                j += 1
            if j == n or text[j] == "\n":
                for k in range(i, j):
                    keep[k] = False
            i = j
            continue
        i += 1
    run = 0
    for i in range(n):
        if not keep[i]:
            continue
        if text[i] == "\n" and not inside[i]:
            run += 1
            if run > 2:
                keep[i] = False
        else:
            run = 0
    newpos = []
    c = 0
    for i in range(n):
        newpos.append(c)
        if keep[i]:
            c += 1
    newpos.append(c)
    out = "".join(ch for ch, k in zip(text, keep) if k)
    lead = len(out) - len(out.lstrip())
    out = out.strip()
    return out, [(t, newpos[s] - lead, newpos[e] - lead, v) for (t, s, e, v) in ents]


def name_tokens(s):
    out = []
    for t in _TOKEN.findall(s):
        c = t.casefold()
        if len(c) < 2 or c in PARTICLES:
            continue
        out.append(c)
    return out


def blank(text, spans):
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def check_value(typ, v):
    if v != v.strip() or not v:
        return "space at end of %s %r" % (typ, v)
    if typ == "IBAN" and not iban_valid(v):
        return "bad IBAN %r" % v
    if typ == "CREDIT_CARD" and not card_valid(re.sub(r"[ \-]", "", v)):
        return "bad card %r" % v
    if typ == "DE_TAX_ID" and not taxid_valid(v.replace(" ", "")):
        return "bad tax id %r" % v
    if typ == "IP_ADDRESS":
        try:
            ipaddress.ip_address(v)
        except ValueError:
            return "bad IP %r" % v
    if typ == "EMAIL" and not EMAIL_RE.fullmatch(v):
        return "bad email %r" % v
    if typ == "PHONE" and len(re.sub(r"\D", "", v)) < 7:
        return "short phone %r" % v
    return None


def check_text(text, ents, pii):
    """None if fine, else a reason."""
    if "[[" in text or "]]" in text and "]]>" not in text:
        return "template mark left"
    if "{" in text:
        for m in _PH.finditer(text):
            return "placeholder left %s" % m.group(0)
    if text != text.strip():
        return "text has space at an end"
    if text.count("\n") >= 15:
        return "more than 15 lines"
    if pii and not ents:
        return "no span in a text with personal data"
    if not pii and ents:
        return "span in a clean text"
    prev_end = -1
    prev = None
    for (typ, s, e, v) in ents:
        if text[s:e] != v:
            return "value mismatch %r" % v
        if s < prev_end:
            return "overlap"
        r = check_value(typ, v)
        if r:
            return r
        if prev is not None and prev[0] == "PERSON" and typ == "PERSON":
            gap = text[prev[2]:s]
            if re.fullmatch(r"[ \n\r]*", gap):
                return "two PERSON spans separated only by space/newline: %r %r" % (prev[3], v)
        prev_end = e
        prev = (typ, s, e, v)
    out = blank(text, [(s, e) for (_, s, e, _) in ents])
    m = EMAIL_RE.search(out)
    if m:
        return "unlabelled email %r" % m.group(0)
    for m in IPV4_RE.finditer(out):
        if all(int(x) <= 255 for x in m.groups()):
            return "unlabelled IPv4 %r" % m.group(0)
    for m in IPV6_RE.finditer(out):
        cand = m.group(1)
        if cand.count(":") >= 2:
            try:
                ipaddress.IPv6Address(cand)
                return "unlabelled IPv6 %r" % cand
            except ValueError:
                pass
    for m in IBAN_RE.finditer(out):
        raw = m.group(1).replace(" ", "")
        for L in sorted(set(IBAN_LEN.values())):
            if len(raw) >= L and iban_valid(raw[:L]):
                return "unlabelled IBAN %r" % raw[:L]
    for m in DIGITRUN_RE.finditer(out):
        d = re.sub(r"\D", "", m.group(0))
        if len(d) >= 11:
            for n in range(13, 20):
                for i in range(0, len(d) - n + 1):
                    if card_valid(d[i:i + n]):
                        return "unlabelled card %r in %r" % (d[i:i + n], m.group(0))
            for i in range(0, len(d) - 10):
                if taxid_valid(d[i:i + 11]):
                    return "unlabelled tax id %r in %r" % (d[i:i + 11], m.group(0))
    # unlabelled copies of a labelled person's name parts
    parts = []
    for (typ, s, e, v) in ents:
        if typ == "PERSON":
            parts.extend(name_tokens(v))
    if parts:
        o2 = URL_RE.sub(" ", out)
        o2 = EMAIL_RE.sub(" ", o2)
        o2 = HANDLE_RE.sub(" ", o2)
        for t in _TOKEN.findall(o2):
            c = t.casefold()
            if c in parts:
                return "unlabelled name part %r" % t
    return None
