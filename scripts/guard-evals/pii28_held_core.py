"""Core of the held-out half of the twenty-eighth PII bank.

Labelled values, the small template language, the renderer, people, invented
names, addresses, phone numbers, IBANs, cards, Steuer-IDs, IP addresses,
look-alikes and the self-checks. Standard library only.

Template language (strings):
  [[a|b|c]]   one alternative (nested allowed)
  [?x?]       optional part (drawn with p = 0.5)
  {slot}      a value: {p1.full}, {p2.hl}, {s1.wemail}, {p1:Herr/Frau}, {date}, {int:2-9} ...
A template may start with "@AT ", "@CH ", "@US " ... to fix the text's country.
"""

import datetime
import ipaddress
import re
import unicodedata

import pii28_held_names as N

TYPES = ["PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS",
         "DE_TAX_ID"]


class Span:
    """A labelled value. It cannot be formatted into plain text by mistake."""
    __slots__ = ("type", "value")

    def __init__(self, typ, value):
        assert typ in TYPES, typ
        assert isinstance(value, str) and value
        self.type = typ
        self.value = value

    def __str__(self):
        raise TypeError("Span used as text")

    def __format__(self, spec):
        raise TypeError("Span formatted as text")

    def __add__(self, other):
        raise TypeError("Span concatenated")

    __radd__ = __add__

    def __repr__(self):
        return "Span(%s, %r)" % (self.type, self.value)


def flat(parts):
    out = []

    def rec(x):
        if x is None:
            return
        if isinstance(x, (list, tuple)):
            for y in x:
                rec(y)
        else:
            out.append(x)
    rec(parts)
    return out


class TemplateError(Exception):
    pass


# ---------------------------------------------------------------- template parser

def _parse_seq(s, i, stops):
    nodes = []
    buf = []
    n = len(s)
    while i < n:
        for st in stops:
            if s.startswith(st, i):
                if buf:
                    nodes.append(("t", "".join(buf)))
                return nodes, i
        if s.startswith("[[", i):
            if buf:
                nodes.append(("t", "".join(buf)))
                buf = []
            alts = []
            i += 2
            while True:
                seq, i = _parse_seq(s, i, ("|", "]]"))
                alts.append(seq)
                if i >= n:
                    raise TemplateError("unclosed [[ in %r" % s[:60])
                if s.startswith("]]", i):
                    i += 2
                    break
                i += 1  # skip |
            nodes.append(("alt", alts))
            continue
        if s.startswith("[?", i):
            if buf:
                nodes.append(("t", "".join(buf)))
                buf = []
            seq, i = _parse_seq(s, i + 2, ("?]",))
            if i >= n:
                raise TemplateError("unclosed [? in %r" % s[:60])
            i += 2
            nodes.append(("opt", seq))
            continue
        if s[i] == "{" and i + 1 < n and (s[i + 1].isalpha() or s[i + 1] == "="):
            j = s.find("}", i)
            if j < 0:
                raise TemplateError("unclosed { in %r" % s[:60])
            name = s[i + 1:j]
            if re.fullmatch(r"[A-Za-z0-9_.:/=\- äöüÄÖÜßéèáíóú',]+", name):
                if buf:
                    nodes.append(("t", "".join(buf)))
                    buf = []
                nodes.append(("s", name))
                i = j + 1
                continue
        buf.append(s[i])
        i += 1
    if buf:
        nodes.append(("t", "".join(buf)))
    return nodes, i


_PARSE_CACHE = {}


def parse(src):
    got = _PARSE_CACHE.get(src)
    if got is None:
        got, i = _parse_seq(src, 0, ())
        if i != len(src):
            raise TemplateError("trailing text in %r" % src[:60])
        _PARSE_CACHE[src] = got
    return got


def render_nodes(nodes, ctx, out):
    for node in nodes:
        kind = node[0]
        if kind == "t":
            out.append(node[1])
        elif kind == "alt":
            render_nodes(ctx.rng.choice(node[1]), ctx, out)
        elif kind == "opt":
            if ctx.rng.random() < 0.5:
                render_nodes(node[1], ctx, out)
        elif kind == "s":
            out.extend(flat(ctx.slot(node[1])))


# ---------------------------------------------------------------- folding

def fold(s):
    """Drop diacritics (for e-mail local parts and folded names)."""
    s = s.replace("ß", "ss").replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    s = s.replace("å", "a").replace("Å", "A")
    nf = unicodedata.normalize("NFKD", s)
    return "".join(c for c in nf if not unicodedata.combining(c))


def fold_de(s):
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
    s = s.replace("Ö", "Oe").replace("Ü", "Ue")
    return fold(s)


# ---------------------------------------------------------------- checksums

def iban_check_digits(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


IBAN_LENGTHS = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27,
                "ES": 24, "BE": 16, "LU": 20, "PL": 28, "PT": 25, "LI": 21, "DK": 18, "SE": 24,
                "NO": 15, "FI": 18, "CZ": 24, "HU": 28, "SK": 24, "SI": 19, "HR": 21, "GR": 27}


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    lengths = IBAN_LENGTHS
    if s[:2] in lengths and len(s) != lengths[s[:2]]:
        return False
    rearr = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in rearr)
    return int(num) % 97 == 1


def luhn_ok(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_digit(d):
    for c in "0123456789":
        if luhn_ok(d + c):
            return c
    raise AssertionError


def card_issuer(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mc"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if 16 <= n <= 19 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return "discover"
    return None


def card_valid(s):
    d = re.sub(r"[ -]", "", s)
    return d.isdigit() and card_issuer(d) is not None and luhn_ok(d)


def taxid_check_digit(d10):
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def taxid_digit_rule(d10):
    if d10[0] == "0":
        return False
    counts = [d10.count(c) for c in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        digit = "0123456789"[counts.index(3)]
        if digit * 3 in d10:
            return False
    return True


def taxid_valid(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"\d{11}", d):
        return False
    return taxid_digit_rule(d[:10]) and taxid_check_digit(d[:10]) == int(d[10])


def gtin_digit(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        total += int(c) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def digits_hide_pii(d):
    """True if a digit string holds a valid card number or Steuer-ID in any window."""
    n = len(d)
    for L in range(13, 20):
        for i in range(0, n - L + 1):
            w = d[i:i + L]
            if card_issuer(w) and luhn_ok(w):
                return True
    for i in range(0, n - 10):
        w = d[i:i + 11]
        if taxid_valid(w):
            return True
    return False


# ---------------------------------------------------------------- data: places

TOWNS = {
    "DE": ["10115 Berlin", "10437 Berlin", "12049 Berlin", "20095 Hamburg", "22765 Hamburg",
           "80331 München", "81667 München", "50667 Köln", "60311 Frankfurt am Main",
           "70173 Stuttgart", "04109 Leipzig", "01067 Dresden", "90402 Nürnberg", "28195 Bremen",
           "30159 Hannover", "44135 Dortmund", "45127 Essen", "40213 Düsseldorf",
           "79098 Freiburg im Breisgau", "69117 Heidelberg", "93047 Regensburg", "87435 Kempten",
           "82467 Garmisch-Partenkirchen", "83471 Berchtesgaden", "86150 Augsburg",
           "97070 Würzburg", "48143 Münster", "24103 Kiel", "18055 Rostock", "99084 Erfurt",
           "06108 Halle (Saale)", "34117 Kassel", "66111 Saarbrücken", "55116 Mainz",
           "65183 Wiesbaden", "76133 Karlsruhe", "88131 Lindau", "83022 Rosenheim", "94032 Passau",
           "35037 Marburg", "37073 Göttingen", "87561 Oberstdorf", "72070 Tübingen"],
    "AT": ["1010 Wien", "1060 Wien", "1070 Wien", "1160 Wien", "1190 Wien", "1020 Wien",
           "8010 Graz", "4020 Linz", "5020 Salzburg", "6020 Innsbruck",
           "9020 Klagenfurt am Wörthersee", "6900 Bregenz", "3100 St. Pölten", "7000 Eisenstadt",
           "9500 Villach", "6330 Kufstein", "5700 Zell am See", "6580 St. Anton am Arlberg",
           "8700 Leoben", "4400 Steyr", "6850 Dornbirn", "2700 Wiener Neustadt", "6460 Imst",
           "6370 Kitzbühel", "5640 Bad Gastein"],
    "CH": ["8001 Zürich", "8004 Zürich", "8050 Zürich", "3011 Bern", "3013 Bern", "4051 Basel",
           "6003 Luzern", "9000 St. Gallen", "8400 Winterthur", "2502 Biel/Bienne", "7000 Chur",
           "3800 Interlaken", "1003 Lausanne", "1201 Genève", "6900 Lugano", "5000 Aarau",
           "6300 Zug", "3920 Zermatt", "7500 St. Moritz", "8200 Schaffhausen", "4500 Solothurn",
           "3600 Thun", "7270 Davos Platz", "6390 Engelberg"],
    "GB": [("London", "E8"), ("London", "SW11"), ("London", "N1"), ("London", "SE15"),
           ("Leeds", "LS6"), ("Manchester", "M14"), ("Sheffield", "S11"), ("Bristol", "BS6"),
           ("Kendal", "LA9"), ("Keswick", "CA12"), ("Edinburgh", "EH6"), ("Glasgow", "G12"),
           ("Cardiff", "CF24"), ("Bath", "BA1"), ("York", "YO31"), ("Oxford", "OX4"),
           ("Brighton", "BN2"), ("Nottingham", "NG7"), ("Inverness", "IV2"), ("Aviemore", "PH22"),
           ("Fort William", "PH33"), ("Ambleside", "LA22"), ("Swansea", "SA1"), ("Belfast", "BT9"),
           ("Norwich", "NR2"), ("Exeter", "EX4"), ("Leicester", "LE2"), ("Durham", "DH1")],
    "US": [("Portland", "OR", "97205", "503"), ("Seattle", "WA", "98103", "206"),
           ("Denver", "CO", "80205", "303"), ("Boulder", "CO", "80302", "303"),
           ("Salt Lake City", "UT", "84102", "801"), ("Bend", "OR", "97701", "541"),
           ("Burlington", "VT", "05401", "802"), ("Asheville", "NC", "28801", "828"),
           ("Minneapolis", "MN", "55408", "612"), ("Chicago", "IL", "60614", "773"),
           ("Austin", "TX", "78704", "512"), ("Boise", "ID", "83702", "208"),
           ("Missoula", "MT", "59801", "406"), ("Flagstaff", "AZ", "86001", "928"),
           ("Madison", "WI", "53703", "608"), ("Portland", "ME", "04101", "207"),
           ("Brooklyn", "NY", "11215", "718"), ("San Francisco", "CA", "94110", "415"),
           ("Sacramento", "CA", "95814", "916"), ("Anchorage", "AK", "99501", "907"),
           ("Bozeman", "MT", "59715", "406"), ("Ann Arbor", "MI", "48104", "734")],
    "IE": [("Dublin 8", "", "D08"), ("Dublin 6", "", "D06"), ("Dublin 15", "", "D15"),
           ("Cork", "Co. Cork", "T12"), ("Galway", "Co. Galway", "H91"),
           ("Limerick", "Co. Limerick", "V94"), ("Tralee", "Co. Kerry", "V92"),
           ("Killarney", "Co. Kerry", "V93"), ("Westport", "Co. Mayo", "F28"),
           ("Sligo", "Co. Sligo", "F91"), ("Kilkenny", "Co. Kilkenny", "R95"),
           ("Athlone", "Co. Westmeath", "N37"), ("Wexford", "Co. Wexford", "Y35"),
           ("Ennis", "Co. Clare", "V95"), ("Bray", "Co. Wicklow", "A98")],
    "FR": ["75011 Paris", "75018 Paris", "69003 Lyon", "38000 Grenoble",
           "74400 Chamonix-Mont-Blanc", "13006 Marseille", "31000 Toulouse", "67000 Strasbourg",
           "33000 Bordeaux", "73000 Chambéry", "06000 Nice", "44000 Nantes", "74000 Annecy"],
    "NL": [("1016", "Amsterdam"), ("1072", "Amsterdam"), ("3511", "Utrecht"), ("3012", "Rotterdam"),
           ("2514", "Den Haag"), ("9711", "Groningen"), ("5611", "Eindhoven"), ("2011", "Haarlem"),
           ("6511", "Nijmegen"), ("2311", "Leiden"), ("6211", "Maastricht"), ("8011", "Zwolle")],
    "IT": ["20121 Milano MI", "00185 Roma RM", "10121 Torino TO", "39100 Bolzano BZ",
           "38122 Trento TN", "50123 Firenze FI", "40121 Bologna BO", "37121 Verona VR",
           "32043 Cortina d'Ampezzo BL", "11100 Aosta AO", "16121 Genova GE", "24121 Bergamo BG"],
}

STREETS = {
    "DE": ["Lindenstraße", "Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße",
           "Bergstraße", "Kirchweg", "Am Mühlbach", "Rosenweg", "Birkenallee", "Goethestraße",
           "Schillerplatz", "Ahornweg", "Wiesenstraße", "Kastanienallee", "Friedrichstraße",
           "Am Anger", "Dorfstraße", "Uhlandstraße", "Feldstraße", "Waldstraße", "Mozartstraße",
           "Eichendorffweg", "Hohenzollernring", "Sonnenhang", "Talstraße", "Lerchenweg",
           "Finkenstraße", "Am Sportplatz", "Tulpenweg", "Brunnengasse", "Mühlenweg",
           "Kantstraße", "Luisenstraße", "Breite Straße", "Gneisenaustraße", "Hegelstraße",
           "Wilhelm-Busch-Straße", "Heinrich-Heine-Allee", "Lessingstraße", "Zeppelinstraße",
           "Auf der Höhe", "Im Winkel", "Hirschgasse", "Steinweg", "Mittelweg", "Karlstraße"],
    "AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Favoritenstraße", "Herrengasse",
           "Maria-Theresien-Straße", "Getreidegasse", "Annenstraße", "Kärntner Straße",
           "Linzer Gasse", "Schulgasse", "Lindengasse", "Hauptplatz", "Kirchengasse", "Mühlgasse",
           "Anichstraße", "Leopoldstraße", "Neubaugasse", "Wiedner Hauptstraße", "Salzachgasse",
           "Bahnhofstraße", "Grazer Straße", "Dorfstraße", "Schmiedgasse", "Museumstraße",
           "Gumpendorfer Straße", "Thaliastraße", "Innrain", "Rennweg", "Wickenburggasse"],
    "CH": ["Bahnhofstrasse", "Hauptstrasse", "Seestrasse", "Dorfstrasse", "Kirchgasse",
           "Rütistrasse", "Badenerstrasse", "Langstrasse", "Zürichstrasse", "Bernstrasse",
           "Schulhausstrasse", "Gartenstrasse", "Weinbergstrasse", "Spitalgasse", "Marktgasse",
           "Rosenweg", "Alpenstrasse", "Landstrasse", "Sonnenbergstrasse", "Mühlebachstrasse",
           "Obere Gasse", "Pilatusstrasse", "Gerechtigkeitsgasse", "Freiestrasse",
           "Blumenrain", "Steinenvorstadt", "Hirschengraben", "Kramgasse"],
    "GB": ["High Street", "Church Lane", "Station Road", "Victoria Road", "Mill Lane",
           "Park Avenue", "Queen Street", "Kings Road", "Manor Way", "Albert Terrace",
           "Springfield Close", "Oakwood Drive", "Meadow View", "Castle Street", "Market Place",
           "Grove Road", "Elm Grove", "Bridge Street", "The Crescent", "Windsor Gardens",
           "Lakeside Walk", "Heather Close", "Fell View", "Borrowdale Road", "Argyle Street",
           "Cathedral Road", "Holloway Road", "Rye Lane"],
    "US": ["Oak Ave", "Maple Street", "Pine St", "Elm Street", "Main St", "Cedar Lane",
           "Washington Ave", "Lincoln Blvd", "Sunset Dr", "Lakeview Rd", "Mill Creek Rd",
           "Highland Ave", "Ridge Road", "Park Place", "2nd Ave", "5th Street", "Aspen Court",
           "Willow Way", "Spruce St", "Canyon Road", "NE Alberta St", "SE Division St",
           "Pearl Street", "Grand Ave", "Juniper Drive"],
    "IE": ["Main Street", "Church Road", "Patrick Street", "Shop Street", "O'Connell Street",
           "Strand Road", "Greenfield Park", "Castle View", "Rathgar Road", "Mary Street",
           "Bridge Street", "College Road", "Sea Road", "Dominick Street", "Ashgrove Lawn"],
    "FR": ["rue de la République", "rue Victor Hugo", "avenue des Alpes", "boulevard Gambetta",
           "chemin des Vignes", "place du Marché", "rue Pasteur", "rue des Lilas",
           "avenue Jean Jaurès", "rue du Faubourg Saint-Antoine", "quai Perrache",
           "rue de la Paix", "allée des Tilleuls"],
    "NL": ["Prinsengracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Oudegracht",
           "Lange Voorhout", "Stationsweg", "Julianalaan", "Wilhelminastraat", "Marktstraat",
           "Vondelstraat", "Nieuwe Binnenweg", "Korte Nieuwstraat"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini",
           "Piazza del Duomo", "Via Dante", "Viale dei Mille", "Via Cavour", "Via Verdi",
           "Via dei Portici", "Corso Italia", "Via Torino"],
}

COUNTRY_NAME = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom",
           "US": "USA", "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien",
           "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}

STORES = {
    "DE": ["München", "Hamburg", "Berlin", "Freiburg", "Kempten", "Köln", "Leipzig", "Stuttgart",
           "Dresden", "Garmisch"],
    "AT": ["Innsbruck", "Wien", "Salzburg", "Graz", "Kufstein"],
    "CH": ["Zürich", "Bern", "Luzern", "Chur"],
    "GB": ["Manchester", "Leeds", "Keswick", "Edinburgh", "Bristol", "London Covent Garden"],
    "US": ["Portland", "Denver", "Boulder", "Seattle"],
    "IE": ["Dublin", "Galway", "Cork"],
    "FR": ["Lyon", "Annecy"], "NL": ["Amsterdam", "Utrecht"], "IT": ["Bolzano", "Milano"],
}

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "gmail.com",
           "outlook.de", "freenet.de", "icloud.com"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.at", "tele2.at"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "protonmail.ch"],
    "GB": ["btinternet.com", "outlook.com", "gmail.com", "yahoo.co.uk", "sky.com",
           "hotmail.co.uk", "virginmedia.com"],
    "US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "outlook.com", "aol.com",
           "proton.me"],
    "IE": ["eircom.net", "gmail.com", "outlook.ie", "yahoo.ie", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl", "hotmail.nl"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it"],
}

COMPANY_DOMAINS = ["bergschule-allgaeu.de", "alpenverein-sektion.at", "outdoorclub-zh.ch",
                   "fellrunners.org.uk", "summitlegal.co.uk", "kanzlei-ried.de",
                   "trailhead-partners.com", "nordlicht-logistik.de", "huettenwerk.at",
                   "peakmedia.ie", "ridgeline-consulting.com", "schulverein-talblick.de"]

# ---------------------------------------------------------------- brand

PRODUCTS = {
    "en": ["Almweg Zip-Off Hiking Trousers", "Fernkamm 45+10 Trekking Backpack",
           "Firstwand 3-Layer Rain Jacket", "Gitterhang Grid Fleece Jacket",
           "Hochsattel 30 Hiking Backpack", "Kaltkar Down Jacket",
           "Morgengrat Merino 150 Long-Sleeve Shirt", "Rinnental Insulated Hoody",
           "Schauerpass 2.5-Layer Rain Jacket", "Steinlauf Trail Running Shoe",
           "Trittweg Merino Hiking Socks", "Wintersteig Winter Trekking Trousers"],
    "de": ["Almweg Zip-Off-Wanderhose", "Fernkamm 45+10 Trekkingrucksack",
           "Firstwand 3-Lagen-Regenjacke", "Gitterhang Gitterfleecejacke",
           "Hochsattel 30 Wanderrucksack", "Kaltkar Daunenjacke",
           "Morgengrat Merino-Langarmshirt", "Rinnental Isolationshoody",
           "Schauerpass 2,5-Lagen-Regenjacke", "Steinlauf Trailrunningschuh",
           "Trittweg Merino-Wandersocken", "Wintersteig Wintertrekkinghose"],
}
SHORT_PRODUCTS = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar",
                  "Morgengrat", "Rinnental", "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]
SKUS = ["TG-HT-100", "TG-BP-045", "TG-RJ-100", "TG-FL-100", "TG-BP-030", "TG-DJ-100",
        "TG-BL-100", "TG-SI-100", "TG-RJ-200", "TG-TS-100", "TG-SO-100", "TG-WT-100"]
PRICES = {"en": ["€129.95", "€229.95", "€349.95", "€119.95", "€139.95", "€289.95", "€89.95",
                 "€219.95", "€199.95", "€159.95", "€24.95", "€169.95"],
          "de": ["129,95 €", "229,95 €", "349,95 €", "119,95 €", "139,95 €", "289,95 €",
                 "89,95 €", "219,95 €", "199,95 €", "159,95 €", "24,95 €", "169,95 €"]}
COLOURS = {"en": ["Rock Grey", "Peat Brown", "Slate", "Fir Shade", "Hut Orange", "Ridge Blue",
                  "Lichen", "Alpenglow", "Limestone", "Gentian"],
           "de": ["Felsgrau", "Moorbraun", "Schiefer", "Tannenschatten", "Hüttenorange",
                  "Gratblau", "Flechte", "Alpenglühen", "Kalkstein", "Enzian"]}
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "38", "40", "42", "44", "46", "48", "50", "52",
         "EU 39", "EU 41", "EU 42,5", "EU 44", "UK 7", "UK 9", "US 10"]

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember"]}
MONTHS_SHORT_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                   "Dec"]
WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag"]}

# Words the invented names must not equal (brand, colours, common words).
_BLOCK_WORDS = set()
for _w in SHORT_PRODUCTS + COLOURS["en"] + COLOURS["de"]:
    for _p in _w.lower().split():
        _BLOCK_WORDS.add(_p)
for _w in ("talgrat sale store shop order team service hallo hello grüezi servus dank danke "
           "kunde kundin herr frau mister sister brother bruder mutter vater baby alle world "
           "winter sommer summer autumn herbst frühling spring mai may june juni".split()):
    _BLOCK_WORDS.add(_w)

# All listed name parts (for invented-name checks and measurements).
LISTED_PARTS = set()


def _add_listed(name):
    for p in re.split(r"[ \-]", name) + re.split(r"[ \-']", name):
        if p:
            LISTED_PARTS.add(p.lower())
            LISTED_PARTS.add(fold(p).lower())


for _o in N.ORIGINS:
    for _g in ("m", "f"):
        for _n in N.GIVEN[_o][_g]:
            _add_listed(_n)
    for _n in N.SURNAMES[_o]:
        _add_listed(_n)
for _l in ("en", "de"):
    for _n in N.WORD_SURNAMES[_l]:
        _add_listed(_n)


def female_surname(origin, s):
    if origin == "polish":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    if origin == "czech":
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s.endswith("ek") and len(s) > 4:
            return s[:-2] + "ková"
        if s.endswith("a"):
            return s[:-1] + "ová"
        if s[-1] in "aeiouáéíóú":
            return s
        return s + "ová"
    if origin == "russian":
        for a, b in (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("iy", "aya")):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    if origin == "ukrainian":
        if s.endswith("skyi"):
            return s[:-4] + "ska"
        return s
    if origin == "greek":
        if s.endswith("os"):
            return s[:-2] + "ou"
        if s.endswith("is"):
            return s[:-2] + "i"
        if s.endswith("as"):
            return s[:-2] + "a"
        return s
    return s


for _o in ("polish", "czech", "russian", "ukrainian", "greek"):
    for _n in N.SURNAMES[_o]:
        _add_listed(female_surname(_o, _n))


def is_listed_part(p):
    return p.lower() in LISTED_PARTS or fold(p).lower() in LISTED_PARTS


# ---------------------------------------------------------------- people

class Person:
    def __init__(self, first, last, gender, origin, country, invented, staff=False):
        self.first = first
        self.last = last
        self.gender = gender
        self.origin = origin
        self.country = country
        self.invented = invented          # 0 none, 1 given, 2 surname, 3 both
        self.staff = staff
        self.cache = {}
        self.hyphen = "-" in last
        self.double_given = (" " in first or "-" in first) and origin not in ("korean",)
        self.ustown = None

    def parts(self):
        out = []
        for p in re.split(r"[ \-]", self.first + " " + self.last):
            p = p.strip(".,")
            if not p:
                continue
            out.append(p)
        return out

    def check_parts(self):
        """Name parts that must not appear unlabelled (particles and initials exempt)."""
        res = []
        for p in self.parts():
            if p.lower() in N.PARTICLES or len(p) < 2:
                continue
            if "'" in p:
                res.append(p)
                tail = p.split("'")[-1]
                if len(tail) > 1:
                    res.append(tail)
                continue
            res.append(p)
        return res


def syllable_word(rng, kind):
    S = N.SYLLABLES
    n = rng.choice([1, 2, 2]) if kind == "sur" else rng.choice([1, 2, 2, 2])
    w = ""
    for i in range(n):
        w += rng.choice(S["onset"]) + (rng.choice(S["vowel"]) if rng.random() < 0.25 else rng.choice("aeiouaeio"))
        if i == n - 1 or rng.random() < 0.3:
            w += rng.choice(S["coda"])
    if kind == "sur":
        if rng.random() < 0.6:
            w += rng.choice(S["sur_end"])
    elif kind == "m":
        if rng.random() < 0.5:
            w += rng.choice(S["given_end_m"])
    else:
        if rng.random() < 0.7 and w[-1] not in "aeiouäöüy":
            w += rng.choice(S["given_end_f"])
    w = re.sub(r"(.)\1\1", r"\1\1", w)
    return w[:1].upper() + w[1:]


def invented_name(rng, kind):
    for _ in range(200):
        w = syllable_word(rng, kind)
        if len(w) < 4 or len(w) > 14:
            continue
        if is_listed_part(w) or w.lower() in _BLOCK_WORDS:
            continue
        return w
    raise AssertionError("no invented name")


# ---------------------------------------------------------------- context

def _w(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


class Ctx:
    """State of one text while it is rendered."""

    def __init__(self, lang, rng, genre, country, cue=True, collapse=True, invent_rate=0.115):
        self.lang = lang
        self.rng = rng
        self.genre = genre
        self.country = country
        self.cue = cue
        self.collapse = collapse
        self.invent_rate = invent_rate if cue else 0.0
        self.persons = {}
        self.order = []
        self.used_parts = set()
        self.cache = {}
        self.formal = rng.random() < 0.5

    # ---- small helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def L(self, en, de):
        return en if self.lang == "en" else de

    def r(self, src):
        """Render a template string into parts."""
        out = []
        render_nodes(parse(src), self, out)
        return out

    def rint(self, a, b):
        return self.rng.randint(a, b)

    # ---- people
    def other_country(self):
        pool = ["DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT"]
        return self.ch([c for c in pool if c != self.country])

    def person(self, key):
        got = self.persons.get(key)
        if got is not None:
            return got
        staff = key.startswith("s")
        for _ in range(400):
            p = self._draw_person(staff)
            parts = [x.lower() for x in p.check_parts()] + [fold(x).lower() for x in p.check_parts()]
            if any(x in self.used_parts for x in parts):
                continue
            if p.first.lower() == p.last.lower():
                continue
            break
        else:
            raise AssertionError("could not draw a person")
        for x in parts:
            self.used_parts.add(x)
        self.persons[key] = p
        self.order.append(p)
        return p

    def _draw_person(self, staff):
        rng = self.rng
        lang = self.lang
        country = self.country if rng.random() < 0.85 else self.other_country()
        weights = dict(N.WEIGHTS[lang])
        for o, add in N.COUNTRY_BOOST.get(country, {}).items():
            weights[o] = weights.get(o, 0) + add
        origin = _w(rng, list(weights.items()))
        gender = "f" if rng.random() < 0.5 else "m"
        first = rng.choice(N.GIVEN[origin][gender])
        if origin in N.DOUBLE_GIVEN and rng.random() < 0.06:
            second = rng.choice(N.GIVEN[origin][gender])
            if second != first and " " not in first and "-" not in first:
                first = first + N.DOUBLE_GIVEN[origin] + second
        if rng.random() < N.WORD_SURNAME_EXTRA[lang]:
            word_list = N.WORD_SURNAMES[lang]
            last = rng.choice(word_list)
        else:
            last = rng.choice(N.SURNAMES[origin])
        if origin in N.HYPHEN_SURNAME and rng.random() < N.HYPHEN_RATE[lang] and " " not in last:
            other = rng.choice(N.SURNAMES[origin])
            if other != last and " " not in other and "-" not in other:
                last = last + "-" + other
        if gender == "f":
            last = female_surname(origin, last)
        if origin in N.FOLDABLE and rng.random() < 0.35:
            first, last = fold(first), fold(last)
        invented = 0
        if rng.random() < self.invent_rate:
            kind = rng.choice([1, 2, 2, 3])
            if kind in (1, 3):
                first = invented_name(rng, gender)
            if kind in (2, 3):
                last = invented_name(rng, "sur")
            invented = kind
        if lang == "de" and self.country == "CH":
            first = first.replace("ß", "ss")
            last = last.replace("ß", "ss")
        person = Person(first, last, gender, origin, country, invented, staff)
        if country == "US":
            person.ustown = rng.choice(TOWNS["US"])
        return person

    # ---- slots
    def slot(self, name):
        if name.startswith("="):
            # fresh value, not cached
            return self.value(name[1:], fresh=True)
        m = re.fullmatch(r"([ps]\d+)([.:])(.+)", name)
        if m:
            p = self.person(m.group(1))
            if m.group(2) == ":":
                a, b = m.group(3).split("/")
                return a if p.gender == "m" else b
            return self.pslot(p, m.group(3))
        if name.startswith("int:"):
            a, b = name[4:].split("-")
            return str(self.rint(int(a), int(b)))
        if name.startswith("pick:"):
            return self.ch(name[5:].split(","))
        return self.value(name)

    def value(self, name, fresh=False):
        if not fresh and name in self.cache:
            return self.cache[name]
        fn = VALUES.get(name)
        if fn is None:
            fn = VALUES.get(re.sub(r"\d+$", "", name))
        if fn is None:
            raise TemplateError("unknown slot %r" % name)
        v = fn(self)
        if not fresh:
            self.cache[name] = v
        return v

    def pslot(self, p, attr):
        key = attr
        if attr in p.cache and attr in _CACHED_PERSON_ATTRS:
            return p.cache[attr]
        fn = PERSON_SLOTS.get(attr)
        if fn is None:
            raise TemplateError("unknown person slot %r" % attr)
        v = fn(self, p)
        if attr in _CACHED_PERSON_ATTRS:
            p.cache[key] = v
        return v


# ---------------------------------------------------------------- person slots

def _hon(ctx, p, dative=False):
    if ctx.lang == "de":
        h = ("Herrn" if dative else "Herr") if p.gender == "m" else "Frau"
        if ctx.p(0.06):
            h += " Dr."
        return h
    dot = "." if ctx.country == "US" else ""
    if ctx.p(0.05):
        return "Dr" + dot
    if p.gender == "m":
        return "Mr" + dot
    return ctx.ch(["Ms", "Ms", "Mrs"]) + dot


def _initial(s):
    return s[0] + "."


def ps_full(ctx, p):
    return Span("PERSON", p.first + " " + p.last)


def ps_first(ctx, p):
    return Span("PERSON", p.first)


def ps_last(ctx, p):
    return Span("PERSON", p.last)


def ps_hl(ctx, p):
    return [_hon(ctx, p) + " ", Span("PERSON", p.last)]


def ps_hf(ctx, p):
    return [_hon(ctx, p) + " ", Span("PERSON", p.first + " " + p.last)]


def ps_hld(ctx, p):
    return [_hon(ctx, p, True) + " ", Span("PERSON", p.last)]


def ps_hfd(ctx, p):
    return [_hon(ctx, p, True) + " ", Span("PERSON", p.first + " " + p.last)]


def ps_named(ctx, p):
    """Like name, with the honorific in the dative/accusative (German 'Herrn')."""
    k = _w(ctx.rng, [("full", 60), ("hld", 18), ("ini", 8), ("hfd", 8), ("first", 6)])
    return PERSON_SLOTS[k](ctx, p)


def ps_lf(ctx, p):
    return Span("PERSON", p.last + ", " + p.first)


def ps_LF(ctx, p):
    return Span("PERSON", p.last.upper() + ", " + p.first)


def ps_ini(ctx, p):
    return Span("PERSON", _initial(p.first) + " " + p.last)


def ps_abbr(ctx, p):
    main = [w for w in p.last.split(" ") if w[:1].isupper()] or [p.last]
    return Span("PERSON", p.first + " " + _initial(main[0]))


def ps_caps(ctx, p):
    return Span("PERSON", (p.first + " " + p.last).upper())


def ps_low(ctx, p):
    return Span("PERSON", (p.first + " " + p.last).lower())


def ps_lowfirst(ctx, p):
    return Span("PERSON", p.first.lower())


def ps_name(ctx, p):
    """A mention with a cue around it: full name mostly, sometimes other forms."""
    k = _w(ctx.rng, [("full", 60), ("hl", 18), ("ini", 8), ("hf", 8), ("first", 6)])
    return PERSON_SLOTS[k](ctx, p)


def ps_field(ctx, p):
    k = _w(ctx.rng, [("full", 58), ("lf", 16), ("LF", 7), ("caps", 7), ("ini", 8), ("abbr", 4)])
    return PERSON_SLOTS[k](ctx, p)


def ps_sig(ctx, p):
    k = _w(ctx.rng, [("full", 52), ("first", 24), ("ini", 8), ("caps", 6), ("abbr", 10)])
    return PERSON_SLOTS[k](ctx, p)


def ps_review(ctx, p):
    k = _w(ctx.rng, [("abbr", 35), ("ini", 20), ("full", 25), ("low", 8), ("first", 7), ("caps", 5)])
    return PERSON_SLOTS[k](ctx, p)


def ps_hon(ctx, p):
    return _hon(ctx, p)


def ps_herrn(ctx, p):
    return "Herrn" if p.gender == "m" else "Frau"


def ps_dear(ctx, p):
    rng = ctx.rng
    if ctx.lang == "en":
        if ctx.formal or ctx.p(0.3):
            return [ctx.ch(["Dear ", "Dear ", "Hello "]), ps_hl(ctx, p), ","]
        return [ctx.ch(["Hi ", "Hello ", "Dear ", "Hey "]), ps_first(ctx, p), ctx.ch([",", ",", "!"])]
    c = ctx.country
    if ctx.formal:
        if c == "CH":
            g = ctx.ch(["Grüezi ", "Guten Tag ", "Sehr geehrte" + ("r " if p.gender == "m" else " ")])
        elif c == "AT":
            g = ctx.ch(["Grüß Gott, ", "Sehr geehrte" + ("r " if p.gender == "m" else " "), "Guten Tag "])
        else:
            g = ctx.ch(["Sehr geehrte" + ("r " if p.gender == "m" else " "), "Guten Tag ", "Hallo "])
        return [g, ps_hl(ctx, p), ","]
    if c == "CH":
        g = ctx.ch(["Hoi ", "Sali ", "Hallo ", "Liebe" + ("r " if p.gender == "m" else " ")])
    elif c == "AT":
        g = ctx.ch(["Servus ", "Hallo ", "Liebe" + ("r " if p.gender == "m" else " ")])
    else:
        g = ctx.ch(["Hallo ", "Hi ", "Liebe" + ("r " if p.gender == "m" else " "), "Moin "])
    return [g, ps_first(ctx, p), ","]


def ps_dearsie(ctx, p):
    old = ctx.formal
    ctx.formal = True
    v = ps_dear(ctx, p)
    ctx.formal = old
    return v


def ps_deardu(ctx, p):
    old = ctx.formal
    ctx.formal = False
    v = ps_dear(ctx, p)
    ctx.formal = old
    return v


# ---- contact values

def local_part(ctx, p):
    f = fold_de(p.first.split(" ")[0].split("-")[0]).lower().replace("'", "")
    l = fold_de(p.last).lower().replace("'", "").replace(" ", "")
    l2 = l.replace("-", "")
    k = _w(ctx.rng, [("f.l", 30), ("fl", 10), ("f_l", 6), ("fi.l", 14), ("l.f", 6), ("fl##", 10),
                     ("l##", 6), ("f.l.##", 6), ("word", 6), ("f-l", 6)])
    n2 = str(ctx.rint(1, 99))
    yy = str(ctx.rint(60, 99)) if ctx.p(0.5) else "%02d" % ctx.rint(0, 9)
    if k == "f.l":
        return f + "." + l2
    if k == "fl":
        return f + l2
    if k == "f_l":
        return f + "_" + l2
    if k == "fi.l":
        return f[0] + "." + l2
    if k == "l.f":
        return l2 + "." + f
    if k == "fl##":
        return f + l2[:4] + yy
    if k == "l##":
        return l2 + n2
    if k == "f.l.##":
        return f + "." + l2 + "." + n2
    if k == "f-l":
        return f + "-" + l2
    words = ["bergfreund", "wanderlust", "trailcat", "fellwalker", "gipfelstuermer", "hikefan",
             "bergziege", "munro.bagger", "alpenrose", "northface.lover", "summit.seeker"]
    return ctx.ch(words) + n2


def ps_email(ctx, p):
    dom = ctx.ch(MAIL_DOMAINS[p.country])
    return Span("EMAIL", local_part(ctx, p) + "@" + dom)


def ps_wemail(ctx, p):
    f = fold_de(p.first.split(" ")[0].split("-")[0]).lower().replace("'", "")
    l = fold_de(p.last).lower().replace("'", "").replace(" ", "").replace("-", "")
    dom = "talgrat.de" if ctx.lang == "de" or ctx.p(0.3) else "talgrat.com"
    form = ctx.ch(["{f}.{l}", "{f}.{l}", "{i}.{l}", "{f}{i2}"])
    lp = form.format(f=f, l=l, i=f[0], i2=l[0])
    return Span("EMAIL", lp + "@" + dom)


def ps_bemail(ctx, p):
    """A business e-mail at a partner domain."""
    f = fold_de(p.first.split(" ")[0].split("-")[0]).lower().replace("'", "")
    l = fold_de(p.last).lower().replace("'", "").replace(" ", "").replace("-", "")
    dom = ctx.cache.get("_cdom") or ctx.ch(COMPANY_DOMAINS)
    return Span("EMAIL", ctx.ch([f + "." + l, f[0] + l, l]) + "@" + dom)


def ps_phone(ctx, p):
    return Span("PHONE", phone(ctx, p.country, ctx.ch(["mobile", "mobile", "land"]), ustown=p.ustown))


def ps_mobile(ctx, p):
    return Span("PHONE", phone(ctx, p.country, "mobile", ustown=p.ustown))


def ps_land(ctx, p):
    return Span("PHONE", phone(ctx, p.country, "land", ustown=p.ustown))


def ps_intl(ctx, p):
    return Span("PHONE", phone(ctx, p.country, ctx.ch(["mobile", "land"]), intl=True, ustown=p.ustown))


def ps_addr(ctx, p):
    return address(ctx, p.country, "one", p.ustown)


def ps_addr2(ctx, p):
    return address(ctx, p.country, "two", p.ustown)


def ps_street(ctx, p):
    a = p.cache.get("_addr")
    if a is None:
        a = make_address(ctx, p.country, p.ustown)
        p.cache["_addr"] = a
    return Span("STREET_ADDRESS", a["street"])


def ps_zip(ctx, p):
    a = p.cache.get("_addr")
    if a is None:
        a = make_address(ctx, p.country, p.ustown)
        p.cache["_addr"] = a
    return a["zip"]


def ps_town(ctx, p):
    a = p.cache.get("_addr")
    if a is None:
        a = make_address(ctx, p.country, p.ustown)
        p.cache["_addr"] = a
    return a["town"]


def ps_ctry(ctx, p):
    return COUNTRY_NAME[ctx.lang][p.country]


def ps_iban(ctx, p):
    c = p.country if p.country in IBAN_FORMATS else "DE"
    if ctx.lang == "de" and ctx.p(0.6) and c not in ("DE", "AT", "CH"):
        c = ctx.country if ctx.country in ("DE", "AT", "CH") else "DE"
    return Span("IBAN", iban(ctx, c))


def ps_card(ctx, p):
    return Span("CREDIT_CARD", card(ctx))


def ps_taxid(ctx, p):
    return Span("DE_TAX_ID", taxid(ctx))


def ps_dob(ctx, p):
    return date_str(ctx, ctx.rint(1950, 2004), ctx.rint(1, 12), ctx.rint(1, 28), style="num")


def ps_kdob(ctx, p):
    return date_str(ctx, ctx.rint(2010, 2019), ctx.rint(1, 12), ctx.rint(1, 28), style="num")


def ps_handle(ctx, p):
    f = fold_de(p.first.split(" ")[0].split("-")[0]).lower()
    return "@" + ctx.ch([f + "_" + str(ctx.rint(1, 99)), f[:3] + "." + fold_de(p.last)[:3].lower(), f + "outdoor", f[0] + "_" + fold_de(p.last).lower().replace(" ", "")[:6]])


PERSON_SLOTS = {
    "full": ps_full, "first": ps_first, "last": ps_last, "hl": ps_hl, "hf": ps_hf, "lf": ps_lf,
    "hld": ps_hld, "hfd": ps_hfd, "named": ps_named,
    "LF": ps_LF, "ini": ps_ini, "abbr": ps_abbr, "caps": ps_caps, "low": ps_low,
    "lowfirst": ps_lowfirst, "name": ps_name, "field": ps_field, "sig": ps_sig,
    "review": ps_review, "hon": ps_hon, "herrn": ps_herrn, "dear": ps_dear, "dearsie": ps_dearsie,
    "deardu": ps_deardu, "email": ps_email, "wemail": ps_wemail, "bemail": ps_bemail,
    "phone": ps_phone, "mobile": ps_mobile, "land": ps_land, "intl": ps_intl, "addr": ps_addr,
    "addr2": ps_addr2, "street": ps_street, "zip": ps_zip, "town": ps_town, "ctry": ps_ctry,
    "iban": ps_iban, "card": ps_card, "taxid": ps_taxid, "dob": ps_dob, "handle": ps_handle,
    "kdob": ps_kdob,
}
_CACHED_PERSON_ATTRS = {"email", "wemail", "bemail", "phone", "mobile", "land", "intl", "addr",
                        "addr2", "iban", "card", "taxid", "dob", "handle", "kdob"}


# ---------------------------------------------------------------- values: phones

def _digits(ctx, n, first_nonzero=False):
    s = "".join(str(ctx.rint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(ctx.rint(1, 9)) + s[1:]
    return s


def _group(s, sizes):
    out = []
    i = 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


def phone(ctx, country, kind, intl=None, ustown=None):
    rng = ctx.rng
    if intl is None:
        intl = ctx.p(0.4)
    c = country
    if c == "DE":
        if kind == "mobile":
            pre = rng.choice(["151", "152", "157", "160", "162", "163", "170", "171", "172",
                              "173", "174", "175", "176", "177", "178", "179", "159"])
            sub = _digits(ctx, rng.choice([7, 8]), True)
        else:
            pre = rng.choice(["30", "40", "89", "221", "69", "711", "341", "351", "911", "761",
                              "831", "8821", "421", "511", "228", "6221"])
            sub = _digits(ctx, 9 - len(pre) + rng.choice([0, 1]), True)
        g = _group(sub, [3, 4] if len(sub) == 7 else ([4, 4] if len(sub) == 8 else [3, 3]))
        if intl:
            return rng.choice(["+49 {p} {s}", "+49 (0){p} {s}", "0049 {p} {s}", "+49 {p} {g}",
                               "+49-{p}-{s}"]).format(p=pre, s=sub, g=g)
        return rng.choice(["0{p} {s}", "0{p}/{s}", "(0{p}) {s}", "0{p}-{s}", "0{p} / {g}",
                           "0{p} {g}"]).format(p=pre, s=sub, g=g)
    if c == "AT":
        if kind == "mobile":
            pre = rng.choice(["664", "676", "699", "650", "660", "681", "688"])
            sub = _digits(ctx, 7, True)
        else:
            pre = rng.choice(["1", "512", "316", "732", "662", "463", "5574", "5372"])
            sub = _digits(ctx, 8 - len(pre) + 1, True)
        g = _group(sub, [3, 2, 2] if len(sub) == 7 else ([2, 2, 2] if len(sub) == 6 else [4, 4]))
        if intl:
            return rng.choice(["+43 {p} {s}", "+43 {p} {g}", "0043 {p} {s}", "+43 (0){p} {s}",
                               "+43-{p}-{s}"]).format(p=pre, s=sub, g=g)
        return rng.choice(["0{p} {s}", "0{p}/{s}", "0{p} {g}", "0{p}-{s}"]).format(p=pre, s=sub, g=g)
    if c == "CH":
        if kind == "mobile":
            pre = rng.choice(["79", "78", "76", "77", "75"])
        else:
            pre = rng.choice(["44", "31", "61", "41", "71", "81", "52", "33", "27"])
        sub = _digits(ctx, 7, True)
        g = _group(sub, [3, 2, 2])
        if intl:
            return rng.choice(["+41 {p} {g}", "+41 (0){p} {g}", "0041 {p} {g}", "+41{p}{s}"]).format(
                p=pre, g=g, s=sub)
        return rng.choice(["0{p} {g}", "0{p} {g}", "0{p}/{g}", "0{p}{s}"]).format(p=pre, g=g, s=sub)
    if c == "GB":
        if kind == "mobile":
            pre = "7" + rng.choice(["700", "911", "812", "723", "540", "469", "388", "954", "825"])
            sub = _digits(ctx, 6)
            if intl:
                return rng.choice(["+44 {p} {s}", "+44 (0){p} {s}", "0044 {p} {s}",
                                   "+44 {p} {a} {b}"]).format(p=pre, s=sub, a=sub[:3], b=sub[3:])
            return rng.choice(["0{p} {s}", "0{p} {a} {b}", "0{p}{s}"]).format(
                p=pre, s=sub, a=sub[:3], b=sub[3:])
        kind2 = rng.choice(["20", "113", "161", "117", "131", "29", "1539", "17687", "114", "1865"])
        if kind2 == "20" or kind2 in ("131", "29"):
            sub = rng.choice(["7946", "3946", "8123", "7123"]) + " " + _digits(ctx, 4)
            area = kind2
        elif len(kind2) == 3:
            sub = "496 " + _digits(ctx, 4)
            area = kind2
        else:
            sub = _digits(ctx, 6 if len(kind2) == 4 else 5, True)
            area = kind2
        if intl:
            return rng.choice(["+44 {a} {s}", "+44 (0){a} {s}"]).format(a=area, s=sub)
        return rng.choice(["0{a} {s}", "(0{a}) {s}"]).format(a=area, s=sub)
    if c == "US":
        town = ustown or rng.choice(TOWNS["US"])
        area = town[3]
        ex = str(rng.randint(2, 9)) + _digits(ctx, 2)
        if ex[1:] == "11":
            ex = ex[0] + "23"
        line = _digits(ctx, 4)
        if intl:
            return rng.choice(["+1 {a} {e} {l}", "+1-{a}-{e}-{l}", "+1 ({a}) {e}-{l}",
                               "001 {a} {e} {l}"]).format(a=area, e=ex, l=line)
        return rng.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "1-{a}-{e}-{l}",
                           "({a}) {e}-{l}"]).format(a=area, e=ex, l=line)
    if c == "IE":
        if kind == "mobile":
            pre = rng.choice(["83", "85", "86", "87", "89"])
            sub = _digits(ctx, 7, True)
            g = sub[:3] + " " + sub[3:]
        else:
            pre = rng.choice(["1", "21", "91", "61", "66", "98", "56"])
            sub = _digits(ctx, 7 if pre == "1" else 6, True)
            g = sub[:3] + " " + sub[3:]
        if intl:
            return rng.choice(["+353 {p} {g}", "00353 {p} {g}", "+353 (0){p} {g}"]).format(p=pre, g=g)
        return rng.choice(["0{p} {g}", "(0{p}) {g}", "0{p}-{s}"]).format(p=pre, g=g, s=sub)
    if c == "FR":
        pre = rng.choice(["6", "7"]) if kind == "mobile" else rng.choice(["1", "4", "5"])
        pairs = [_digits(ctx, 2) for _ in range(4)]
        if intl:
            return rng.choice(["+33 {p} {a}", "+33 (0){p} {a}", "0033 {p} {a}"]).format(
                p=pre, a=" ".join(pairs))
        return rng.choice(["0{p} {a}", "0{p}.{b}"]).format(p=pre, a=" ".join(pairs), b=".".join(pairs))
    if c == "NL":
        if kind == "mobile":
            sub = _digits(ctx, 8, True)
            if intl:
                return rng.choice(["+31 6 {s}", "+31 6 {a} {b}", "0031 6 {s}"]).format(
                    s=sub, a=sub[:4], b=sub[4:])
            return rng.choice(["06-{s}", "06 {a} {b}", "06 {s}"]).format(s=sub, a=sub[:4], b=sub[4:])
        area = rng.choice(["20", "10", "30", "70", "50", "40"])
        sub = _digits(ctx, 7, True)
        if intl:
            return "+31 {a} {s1} {s2}".format(a=area, s1=sub[:3], s2=sub[3:])
        return rng.choice(["0{a}-{s}", "0{a} {s1} {s2}"]).format(a=area, s=sub, s1=sub[:3], s2=sub[3:])
    if c == "IT":
        if kind == "mobile":
            pre = rng.choice(["320", "328", "333", "338", "340", "347", "349", "366", "388"])
            sub = _digits(ctx, 7)
            g = sub[:3] + " " + sub[3:]
        else:
            pre = rng.choice(["02", "06", "011", "0471", "0461", "055", "051"])
            sub = _digits(ctx, 8 - len(pre) + 2, True)
            g = sub[:4] + " " + sub[4:]
        if intl:
            return rng.choice(["+39 {p} {g}", "+39 {p} {s}", "0039 {p} {g}"]).format(p=pre, g=g, s=sub)
        return rng.choice(["{p} {g}", "{p} {s}", "{p}/{s}"]).format(p=pre, g=g, s=sub)
    raise AssertionError(c)


# ---------------------------------------------------------------- values: addresses

_EIR = "ACDEFHKNPRTVWXY0123456789"


def _house(ctx):
    n = str(ctx.rint(1, 120) if ctx.p(0.8) else ctx.rint(1, 12))
    if ctx.p(0.12):
        n += ctx.ch(["a", "b", "c"])
    return n


def make_address(ctx, country, ustown=None):
    rng = ctx.rng
    c = country
    if c == "DE":
        street = rng.choice(STREETS["DE"]) + " " + _house(ctx)
        z, t = rng.choice(TOWNS["DE"]).split(" ", 1)
        zip_ = ("D-" + z) if ctx.p(0.12) else z
        return {"street": street, "zip": zip_, "town": t, "line2": zip_ + " " + t, "sep": ", "}
    if c == "AT":
        n = str(ctx.rint(1, 90))
        if ctx.p(0.55):
            n += "/" + str(ctx.rint(1, 12))
            if ctx.p(0.6):
                n += "/" + str(ctx.rint(1, 25))
        street = rng.choice(STREETS["AT"]) + " " + n
        z, t = rng.choice(TOWNS["AT"]).split(" ", 1)
        zip_ = ("A-" + z) if ctx.p(0.2) else z
        return {"street": street, "zip": zip_, "town": t, "line2": zip_ + " " + t, "sep": ", "}
    if c == "CH":
        street = rng.choice(STREETS["CH"]) + " " + _house(ctx)
        z, t = rng.choice(TOWNS["CH"]).split(" ", 1)
        zip_ = ("CH-" + z) if ctx.p(0.25) else z
        return {"street": street, "zip": zip_, "town": t, "line2": zip_ + " " + t, "sep": ", "}
    if c == "GB":
        town, out = rng.choice(TOWNS["GB"])
        pc = out + " " + str(ctx.rint(1, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
        street = str(ctx.rint(1, 140)) + " " + rng.choice(STREETS["GB"])
        if ctx.p(0.3):
            street = rng.choice(["Flat " + str(ctx.rint(1, 12)), "Flat " + str(ctx.rint(1, 6)) + rng.choice("ABC"),
                                 "Apartment " + str(ctx.rint(1, 30))]) + ", " + street
        return {"street": street, "zip": pc, "town": town, "line2": town + " " + pc, "sep": ", "}
    if c == "US":
        tw = ustown or rng.choice(TOWNS["US"])
        street = str(ctx.rint(100, 9899)) + " " + rng.choice(STREETS["US"])
        if ctx.p(0.35):
            street += ", " + rng.choice(["Apt " + str(ctx.rint(1, 30)) + rng.choice(["", "B", "C"]),
                                         "Suite " + str(ctx.rint(1, 9)) + "00", "#" + str(ctx.rint(2, 40))])
        return {"street": street, "zip": tw[2], "town": tw[0] + ", " + tw[1],
                "line2": tw[0] + ", " + tw[1] + " " + tw[2], "sep": ", ", "state": tw[1], "city": tw[0]}
    if c == "IE":
        town, county, key = rng.choice(TOWNS["IE"])
        eir = key + " " + "".join(rng.choice(_EIR) for _ in range(4))
        street = str(ctx.rint(1, 90)) + " " + rng.choice(STREETS["IE"])
        if ctx.p(0.25):
            street = "Apartment " + str(ctx.rint(1, 40)) + ", " + street
        line2 = town + (", " + county if county else "") + ", " + eir
        return {"street": street, "zip": eir, "town": town, "line2": line2, "sep": ", "}
    if c == "FR":
        n = str(ctx.rint(1, 80)) + (" bis" if ctx.p(0.15) else "")
        street = n + " " + rng.choice(STREETS["FR"])
        z, t = rng.choice(TOWNS["FR"]).split(" ", 1)
        return {"street": street, "zip": z, "town": t, "line2": z + " " + t, "sep": ", "}
    if c == "NL":
        n = str(ctx.rint(1, 400))
        if ctx.p(0.2):
            n += rng.choice(["-hs", "-II", " III", "A", "-1"])
        street = rng.choice(STREETS["NL"]) + " " + n
        z, t = rng.choice(TOWNS["NL"])
        pc = z + " " + rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        if ctx.p(0.2):
            t = t.upper()
        return {"street": street, "zip": pc, "town": t, "line2": pc + " " + t, "sep": ", "}
    if c == "IT":
        street = rng.choice(STREETS["IT"]) + " " + str(ctx.rint(1, 150))
        z, t = rng.choice(TOWNS["IT"]).split(" ", 1)
        return {"street": street, "zip": z, "town": t, "line2": z + " " + t, "sep": ", "}
    raise AssertionError(c)


def address(ctx, country, form, ustown=None):
    a = make_address(ctx, country, ustown)
    if form == "one":
        return Span("STREET_ADDRESS", a["street"] + a["sep"] + a["line2"])
    return Span("STREET_ADDRESS", a["street"] + "\n" + a["line2"])


# ---------------------------------------------------------------- values: IBAN, card, tax id, IP

IBAN_FORMATS = {"DE", "AT", "CH", "GB", "IE", "FR", "NL", "IT"}


def _fr_rib_key(bank, branch, account):
    return "%02d" % (97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97))


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25,
            24, 23]


def _it_cin(s):
    total = 0
    for i, c in enumerate(s):
        if c.isdigit():
            k = int(c)
        else:
            k = ord(c) - 65
        total += _CIN_ODD[k] if i % 2 == 0 else k
    return chr(65 + total % 26)


def iban(ctx, country, grouped=None):
    rng = ctx.rng
    c = country
    if c == "DE":
        bban = rng.choice(["10010010", "20050550", "37040044", "50010517", "70150000", "76050101",
                           "43060967", "12030000", "60050101", "30020900"]) + _digits(ctx, 10)
    elif c == "AT":
        bban = rng.choice(["20111", "12000", "14000", "32000", "60000", "35000"]) + _digits(ctx, 11)
    elif c == "CH":
        bban = rng.choice(["00762", "00230", "00700", "80808", "09000", "00235"]) + _digits(ctx, 12)
    elif c == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]) + _digits(ctx, 6) + _digits(ctx, 8)
    elif c == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + _digits(ctx, 6) + _digits(ctx, 8)
    elif c == "FR":
        bank, branch, acc = _digits(ctx, 5), _digits(ctx, 5), _digits(ctx, 11)
        bban = bank + branch + acc + _fr_rib_key(bank, branch, acc)
    elif c == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB"]) + _digits(ctx, 10)
    elif c == "IT":
        abi, cab, acc = _digits(ctx, 5), _digits(ctx, 5), _digits(ctx, 12)
        bban = _it_cin(abi + cab + acc) + abi + cab + acc
    else:
        raise AssertionError(c)
    s = c + iban_check_digits(c, bban) + bban
    assert iban_valid(s), s
    if grouped is None:
        grouped = ctx.p(0.65)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def card(ctx):
    rng = ctx.rng
    kind = _w(rng, [("visa", 45), ("mc", 25), ("mc2", 8), ("amex", 12), ("disc", 10)])
    if kind == "visa":
        body = "4" + _digits(ctx, 14)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + _digits(ctx, 13)
    elif kind == "mc2":
        body = str(rng.randint(2221, 2720)) + _digits(ctx, 11)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + _digits(ctx, 12)
    else:
        body = rng.choice(["6011", "65" + _digits(ctx, 2), str(rng.randint(644, 649)) + _digits(ctx, 1)]) 
        body = body + _digits(ctx, 15 - len(body))
    d = body + luhn_digit(body)
    assert card_valid(d)
    sep = _w(rng, [(" ", 55), ("-", 15), ("", 30)])
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]]) if sep else d
    return sep.join(d[i:i + 4] for i in range(0, 16, 4)) if sep else d


def taxid(ctx):
    rng = ctx.rng
    while True:
        digits = list("0123456789")
        rng.shuffle(digits)
        twice = rng.random() < 0.6
        if twice:
            base = digits[:9]
            rep = rng.choice(base)
            seq = base + [rep]
        else:
            base = digits[:8]
            rep = rng.choice(base)
            seq = base + [rep, rep]
        rng.shuffle(seq)
        d10 = "".join(seq)
        if not taxid_digit_rule(d10):
            continue
        d = d10 + str(taxid_check_digit(d10))
        assert taxid_valid(d)
        if ctx.p(0.35):
            return d[:2] + " " + d[2:5] + " " + d[5:8] + " " + d[8:]
        return d


_PUB_V4 = [31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95,
           109, 134, 141, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 50, 64, 66, 67,
           68, 71, 73, 74, 75, 76, 96, 97, 98, 99, 104, 108, 173]


def ip4(ctx, kind=None):
    rng = ctx.rng
    kind = kind or _w(rng, [("pub", 60), ("doc", 15), ("priv", 25)])
    if kind == "pub":
        return "%d.%d.%d.%d" % (rng.choice(_PUB_V4), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if kind == "doc":
        return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                       "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254)),
                       "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))])


def ip6(ctx, kind=None):
    rng = ctx.rng
    kind = kind or _w(rng, [("pub", 60), ("doc", 15), ("ula", 12), ("ll", 13)])
    h = lambda: "%x" % rng.randint(0, 0xffff)
    if kind == "pub":
        pre = rng.choice(["2a02:8108", "2003:e5", "2001:16b8", "2a01:c22", "2a00:23c5",
                          "2600:1700", "2a02:1210", "2a02:a210", "2001:4dd0", "2a01:4f8"])
        groups = pre.split(":")
        while len(groups) < 8:
            groups.append(h() if rng.random() < 0.8 else "0")
    elif kind == "doc":
        groups = ["2001", "db8"] + [h() if rng.random() < 0.5 else "0" for _ in range(6)]
    elif kind == "ula":
        groups = ["fd%02x" % rng.randint(0, 255), h(), h(), h(), "0", "0", h(), h()]
    else:
        groups = ["fe80", "0", "0", "0", h(), h(), h(), h()]
    addr = ipaddress.IPv6Address(":".join(groups))
    if rng.random() < 0.12:
        return addr.exploded
    return addr.compressed


# ---------------------------------------------------------------- values: look-alikes and dates

def safe_digits(ctx, n, first_nonzero=True):
    for _ in range(100):
        s = _digits(ctx, n, first_nonzero)
        if not digits_hide_pii(s):
            return s
    raise AssertionError


def date_str(ctx, y, m, d, style=None):
    lang = ctx.lang
    c = ctx.country
    style = style or ctx.ch(["num", "num", "long"])
    if lang == "de":
        if style == "num":
            if c == "CH" and ctx.p(0.5):
                return "%d.%d.%d" % (d, m, y)
            return "%02d.%02d.%d" % (d, m, y)
        mon = MONTHS["de"][m - 1]
        if c == "AT" and m == 1:
            mon = "Jänner"
        return "%d. %s %d" % (d, mon, y)
    if c == "US":
        if style == "num":
            return "%d/%d/%d" % (m, d, y)
        return "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
    if style == "num":
        return "%02d/%02d/%d" % (d, m, y)
    return "%d %s %d" % (d, ctx.ch([MONTHS["en"][m - 1], MONTHS_SHORT_EN[m - 1]]), y)


def v_date(ctx):
    y = ctx.ch([2024, 2025, 2025, 2025, 2026])
    return date_str(ctx, y, ctx.rint(1, 12), ctx.rint(1, 28))


def v_dnum(ctx):
    return date_str(ctx, ctx.ch([2024, 2025, 2025, 2026]), ctx.rint(1, 12), ctx.rint(1, 28), "num")


def v_iso(ctx):
    return "%d-%02d-%02d" % (ctx.ch([2024, 2025, 2025, 2026]), ctx.rint(1, 12), ctx.rint(1, 28))


def v_ts(ctx):
    return "%sT%02d:%02d:%02dZ" % (v_iso(ctx), ctx.rint(0, 23), ctx.rint(0, 59), ctx.rint(0, 59))


def v_time(ctx):
    h, m = ctx.rint(7, 19), ctx.ch([0, 10, 15, 20, 30, 40, 45, 50, 5, 25])
    if ctx.lang == "en" and ctx.country == "US":
        return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "am" if h < 12 else "pm")
    if ctx.lang == "de":
        return "%02d:%02d" % (h, m) + ctx.ch(["", " Uhr"])
    return "%02d:%02d" % (h, m)


def v_hms(ctx):
    return "%02d:%02d:%02d" % (ctx.rint(0, 23), ctx.rint(0, 59), ctx.rint(0, 59))


def _clock(ctx):
    t = ctx.cache.get("_clock")
    if t is None:
        t = datetime.datetime(ctx.ch([2024, 2025, 2025, 2026]), ctx.rint(1, 12), ctx.rint(1, 28),
                              ctx.rint(6, 17), ctx.rint(0, 59), ctx.rint(0, 59))
    t = t + datetime.timedelta(seconds=ctx.rint(20, 2400))
    ctx.cache["_clock"] = t
    return t


def v_tick(ctx):
    return _clock(ctx).strftime("%H:%M")


def v_ticks(ctx):
    return _clock(ctx).strftime("%H:%M:%S")


def v_tstamp(ctx):
    return _clock(ctx).strftime("%Y-%m-%d %H:%M:%S")


def v_tiso(ctx):
    return _clock(ctx).strftime("%Y-%m-%dT%H:%M:%SZ")


def v_weekday(ctx):
    return ctx.ch(WEEKDAYS[ctx.lang])


def v_order(ctx):
    rng = ctx.rng
    f = rng.choice(["TG-{y}-{d6}", "TG{d8}", "#{d6}", "W{d7}", "TG-{d3}-{d4}-{d3}", "{d10}"])
    return f.format(y=rng.choice(["24", "25", "2025", "26"]), d6=safe_digits(ctx, 6),
                    d8=safe_digits(ctx, 8), d7=safe_digits(ctx, 7), d3=safe_digits(ctx, 3),
                    d4=safe_digits(ctx, 4), d10=safe_digits(ctx, 10))


def v_phonelike(ctx):
    """Numbers shaped like phone numbers that are not phone numbers (no plus sign)."""
    rng = ctx.rng
    for _ in range(100):
        f = rng.choice(["0{a} {b}", "0{a}-{b}-{c}", "{a} {b} {c}", "({a}) {b}-{c}", "0{a}/{b}"])
        s = f.format(a=_digits(ctx, 3), b=_digits(ctx, 4), c=_digits(ctx, 3))
        if not digits_hide_pii(re.sub(r"\D", "", s)):
            return s
    raise AssertionError


def v_ticket(ctx):
    rng = ctx.rng
    return rng.choice(["INC-{d}", "CS-{d}", "#{d}", "SR{d}", "T-{d}", "HD-{d}"]).format(d=safe_digits(ctx, rng.choice([5, 6, 7])))


def v_case(ctx):
    return ctx.ch(["VF-", "AB-", "CASE-", "ACC-", "UF-"]) + str(ctx.ch([2024, 2025, 2026])) + "-" + safe_digits(ctx, 4)


def v_parcel(ctx):
    for _ in range(100):
        v = _parcel(ctx)
        if not digits_hide_pii(re.sub(r"\D", "", v)):
            return v
    raise AssertionError


def _parcel(ctx):
    rng = ctx.rng
    k = rng.choice(["dhl", "sscc", "ups", "rm", "gls", "post"])
    if k == "dhl":
        return "JJD" + safe_digits(ctx, 18)
    if k == "sscc":
        return "00340434" + safe_digits(ctx, 12, False)
    if k == "ups":
        return "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + safe_digits(ctx, 10)
    if k == "rm":
        return rng.choice(["RR", "RM", "LB"]) + safe_digits(ctx, 9) + "GB"
    if k == "gls":
        return safe_digits(ctx, 11)
    return rng.choice(["RR", "RB", "CX"]) + safe_digits(ctx, 9) + rng.choice(["DE", "AT", "CH"])


def v_gtin(ctx):
    for _ in range(100):
        body = ctx.ch(["40", "42", "43", "76", "90", "91", "50", "54", "87"]) + _digits(ctx, 10)
        g = body + gtin_digit(body)
        if not digits_hide_pii(g):
            return g
    raise AssertionError


def v_product(ctx):
    return ctx.ch(PRODUCTS[ctx.lang])


def v_short(ctx):
    return ctx.ch(SHORT_PRODUCTS)


def v_jacket(ctx):
    return ctx.ch(["Firstwand", "Schauerpass", "Kaltkar", "Gitterhang", "Rinnental"])


def v_pack(ctx):
    return ctx.ch(["Fernkamm", "Hochsattel"])


def v_sku(ctx):
    return ctx.ch(SKUS)


def v_colour(ctx):
    return ctx.ch(COLOURS[ctx.lang])


def v_price(ctx):
    return ctx.ch(PRICES[ctx.lang])


def v_amount(ctx):
    eur = ctx.rint(9, 480)
    cents = ctx.ch([0, 50, 95, 90, 20, 45])
    if ctx.lang == "de":
        if ctx.country == "CH":
            return "CHF %d.%02d" % (eur, cents) if cents else "CHF %d.–" % eur
        return "%d,%02d €" % (eur, cents)
    cur = {"GB": "£", "US": "$", "CH": "CHF"}.get(ctx.country, "€")
    if cur == "CHF":
        return "CHF %d.%02d" % (eur, cents)
    return "%s%d.%02d" % (cur, eur, cents)


def v_size(ctx):
    return ctx.ch(SIZES)


def v_shoesize(ctx):
    return ctx.ch(["EU 38", "EU 39", "EU 40", "EU 41", "EU 42", "EU 42,5" if ctx.lang == "de" else "EU 42.5",
                   "EU 43", "EU 44", "EU 45", "EU 46"] + (["UK 6", "UK 8", "UK 9", "UK 10", "US 9", "US 11"]
                                                        if ctx.lang == "en" else []))


def v_store(ctx):
    c = ctx.country if ctx.country in STORES else "DE"
    return ctx.ch(STORES[c])


def v_ip4(ctx):
    return Span("IP_ADDRESS", ip4(ctx))


def v_ippub(ctx):
    return Span("IP_ADDRESS", ip4(ctx, "pub"))


def v_ippriv(ctx):
    return Span("IP_ADDRESS", ip4(ctx, "priv"))


def v_ip6(ctx):
    return Span("IP_ADDRESS", ip6(ctx))


def v_ip(ctx):
    return Span("IP_ADDRESS", ip4(ctx) if ctx.p(0.6) else ip6(ctx))


def v_shopmail(ctx):
    dom = "talgrat.de" if ctx.lang == "de" else "talgrat.com"
    lp = ctx.ch(["service", "kundenservice", "hilfe", "retoure"] if ctx.lang == "de" else
                ["service", "help", "customercare", "returns"])
    return Span("EMAIL", lp + "@" + dom)


def v_hrmail(ctx):
    dom = "talgrat.de" if ctx.lang == "de" else "talgrat.com"
    return Span("EMAIL", ctx.ch(["hr", "people", "personal", "payroll", "lohn"] if ctx.lang == "de" else
                               ["hr", "people", "payroll", "recruiting"]) + "@" + dom)


def v_opsmail(ctx):
    dom = "talgrat.de" if ctx.lang == "de" else "talgrat.com"
    return Span("EMAIL", ctx.ch(["it-support", "noreply", "filialen", "logistik", "buchhaltung",
                                 "datenschutz"] if ctx.lang == "de" else
                                ["it-support", "noreply", "stores", "logistics", "accounts",
                                 "privacy"]) + "@" + dom)


COMPANIES = [("Summit Legal LLP", "summitlegal.co.uk"), ("Trailhead Partners", "trailhead-partners.com"),
             ("Ridgeline Consulting", "ridgeline-consulting.com"), ("Bergschule Allgäu", "bergschule-allgaeu.de"),
             ("Alpenverein Sektion Tirol", "alpenverein-sektion.at"), ("Outdoorclub Zürich", "outdoorclub-zh.ch"),
             ("Fell Runners Association", "fellrunners.org.uk"), ("Kanzlei Ried & Partner", "kanzlei-ried.de"),
             ("Nordlicht Logistik GmbH", "nordlicht-logistik.de"), ("Hüttenwerk KG", "huettenwerk.at"),
             ("Peak Media", "peakmedia.ie"), ("Schulverein Talblick", "schulverein-talblick.de")]


def v_company(ctx):
    name, dom = ctx.ch(COMPANIES)
    ctx.cache["_cdom"] = dom
    return name


def v_town(ctx):
    c = ctx.country
    t = ctx.ch(TOWNS.get(c, TOWNS["DE"]))
    if isinstance(t, tuple):
        return t[0]
    return t.split(" ", 1)[1] if c not in ("IT",) else t.split(" ")[1]


def v_postcode(ctx):
    c = ctx.country
    t = ctx.ch(TOWNS.get(c, TOWNS["DE"]))
    if isinstance(t, tuple):
        return t[1] if c == "GB" else (t[0] if c == "NL" else (t[2] if c == "US" else t[2]))
    return t.split(" ", 1)[0]


def v_ptown(ctx):
    """Postcode and town of one place, in the country's order (no street)."""
    c = ctx.country
    t = ctx.ch(TOWNS.get(c, TOWNS["DE"]))
    if c == "GB":
        return "%s %s" % (t[0], t[1])
    if c == "US":
        return "%s, %s %s" % (t[0], t[1], t[2])
    if c == "IE":
        return t[0] + (" (%s)" % t[2])
    if c == "NL":
        return "%s %s" % (t[0], t[1])
    return t


def v_vpair(ctx):
    a, b, c = ctx.rint(1, 9), ctx.rint(0, 20), ctx.rint(0, 30)
    if ctx.p(0.5):
        return "%d.%d.%d → %d.%d.%d" % (a, b, c, a, b, c + ctx.rint(1, 5))
    return "%d.%d.%d → %d.%d.0" % (a, b, c, a, b + 1)


def v_version(ctx):
    return "%d.%d.%d" % (ctx.rint(1, 9), ctx.rint(0, 24), ctx.rint(0, 40))


def v_staffno(ctx):
    return ctx.ch(["P", "MA", "E", "PN"]) + safe_digits(ctx, ctx.ch([4, 5, 6]))


def v_badge(ctx):
    return safe_digits(ctx, ctx.ch([5, 6, 8]))


def v_qty(ctx):
    return str(ctx.rint(1, 4))


def v_plate(ctx):
    c = ctx.country
    rng = ctx.rng
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if c == "DE":
        return rng.choice(["M", "HH", "B", "KE", "OA", "FR", "S", "L", "DD", "GAP"]) + "-" + "".join(rng.choice(L) for _ in range(2)) + " " + str(rng.randint(1, 9999))
    if c == "AT":
        return rng.choice(["W", "I", "S", "G", "KU", "L"]) + "-" + str(rng.randint(100, 99999)) + rng.choice(L)
    if c == "CH":
        return rng.choice(["ZH", "BE", "LU", "GR", "SG"]) + " " + str(rng.randint(1000, 999999))
    if c == "GB":
        return rng.choice(L) + rng.choice(L) + str(rng.randint(10, 75)) + " " + "".join(rng.choice(L) for _ in range(3))
    if c == "US":
        return str(rng.randint(1, 9)) + "".join(rng.choice(L) for _ in range(3)) + str(rng.randint(100, 999))
    if c == "IE":
        return str(rng.choice([191, 201, 212, 222, 231, 241])) + "-" + rng.choice(["D", "C", "G", "KY"]) + "-" + str(rng.randint(100, 9999))
    return "".join(rng.choice(L) for _ in range(2)) + "-" + str(rng.randint(100, 999)) + "-" + "".join(rng.choice(L) for _ in range(2))


VALUES = {
    "date": v_date, "dnum": v_dnum, "iso": v_iso, "ts": v_ts, "time": v_time, "hms": v_hms,
    "weekday": v_weekday, "order": v_order, "phonelike": v_phonelike, "ticket": v_ticket,
    "case": v_case, "parcel": v_parcel, "gtin": v_gtin, "product": v_product, "short": v_short,
    "jacket": v_jacket, "pack": v_pack,
    "sku": v_sku, "colour": v_colour, "price": v_price, "amount": v_amount, "size": v_size,
    "store": v_store, "shoesize": v_shoesize, "ip": v_ip, "ipfour": v_ip4, "ippub": v_ippub, "ippriv": v_ippriv,
    "ipsix": v_ip6, "shopmail": v_shopmail, "hrmail": v_hrmail, "opsmail": v_opsmail,
    "town": v_town, "postcode": v_postcode, "version": v_version,
    "staffno": v_staffno, "badge": v_badge, "qty": v_qty, "plate": v_plate, "tick": v_tick,
    "ticks": v_ticks, "tstamp": v_tstamp, "tiso": v_tiso, "company": v_company,
    "ptown": v_ptown, "vpair": v_vpair,
}


# ---------------------------------------------------------------- assembling a record

def assemble(parts, ctx):
    """Turn parts into (text, entities) with the clean-up applied outside spans."""
    parts = flat(parts)
    merged = []
    for x in parts:
        if isinstance(x, Span):
            merged.append(x)
        elif isinstance(x, str):
            if not x:
                continue
            if merged and isinstance(merged[-1], str):
                merged[-1] += x
            else:
                merged.append(x)
        else:
            raise TypeError("bad part %r" % (x,))
    swiss = ctx.lang == "de" and ctx.country == "CH"
    out = []
    for i, x in enumerate(merged):
        if isinstance(x, str):
            if swiss:
                x = x.replace("ß", "ss")
            x = re.sub(r"[ \t]+\n", "\n", x)
            if ctx.collapse:
                x = re.sub(r"(?<=\S)  +(?=\S)", " ", x)
            x = re.sub(r"\n{3,}", "\n\n", x)
            x = re.sub(r"\n[ \t]+\n", "\n\n", x)
            out.append(x)
        else:
            out.append(x)
    # strip at the very start and end
    while out and isinstance(out[0], str) and not out[0].strip():
        out.pop(0)
    if out and isinstance(out[0], str):
        out[0] = out[0].lstrip()
    while out and isinstance(out[-1], str) and not out[-1].strip():
        out.pop()
    if out and isinstance(out[-1], str):
        out[-1] = out[-1].rstrip()
    text = []
    ents = []
    pos = 0
    for x in out:
        if isinstance(x, str):
            text.append(x)
            pos += len(x)
        else:
            v = x.value
            ents.append({"type": x.type, "start": pos, "end": pos + len(v), "value": v})
            text.append(v)
            pos += len(v)
    return "".join(text), ents


# ---------------------------------------------------------------- self-checks

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_EMAIL_FULL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d]|\.\d)")
_V6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z:])")
_IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b")
_DIGRUN_RE = re.compile(r"\d(?:[ \-]?\d)*")
_HANDLE_RE = re.compile(r"(?<![\w.])@[\w.\-]+")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w\-]+(?:\.[\w\-]+)*\.(?:de|com|at|ch|uk|ie|org|net|io|me)/\S*")


def outside_segments(text, ents):
    segs = []
    pos = 0
    for e in ents:
        segs.append(text[pos:e["start"]])
        pos = e["end"]
    segs.append(text[pos:])
    return segs


def check_record(text, ents, persons, has_pii):
    """Return a list of problems (empty if the record is fine).

    The name check takes its name parts from the PERSON spans of the text itself;
    `persons` (the people drawn) is kept for callers that want to inspect them."""
    errs = []
    last_end = 0
    prev = None
    for e in ents:
        if text[e["start"]:e["end"]] != e["value"]:
            errs.append("value mismatch")
        if e["start"] < last_end:
            errs.append("overlap/unsorted")
        if e["value"] != e["value"].strip():
            errs.append("space at span end")
        if prev is not None and prev["type"] == "PERSON" and e["type"] == "PERSON":
            between = text[prev["end"]:e["start"]]
            if between.replace(" ", "").replace("\n", "") == "":
                errs.append("adjacent persons: %r %r" % (prev["value"], e["value"]))
        t, v = e["type"], e["value"]
        if t == "IBAN" and not iban_valid(v):
            errs.append("bad iban " + v)
        if t == "CREDIT_CARD" and not card_valid(v):
            errs.append("bad card " + v)
        if t == "DE_TAX_ID" and not taxid_valid(v):
            errs.append("bad taxid " + v)
        if t == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                errs.append("bad ip " + v)
        if t == "EMAIL" and not _EMAIL_FULL.fullmatch(v):
            errs.append("bad email " + v)
        if t == "PHONE" and sum(c.isdigit() for c in v) < 7:
            errs.append("short phone " + v)
        last_end = e["end"]
        prev = e
    segs = outside_segments(text, ents)
    for seg in segs:
        if _EMAIL_RE.search(seg):
            errs.append("unlabelled email in %r" % seg[:80])
        for m in _V4_RE.finditer(seg):
            try:
                ipaddress.IPv4Address(m.group(0))
                errs.append("unlabelled ipv4 " + m.group(0))
            except ValueError:
                pass
        for m in _V6_RE.finditer(seg):
            tok = m.group(0).strip(":.")
            cand = m.group(0)
            for c in (cand, tok):
                if c.count(":") >= 2:
                    try:
                        ipaddress.IPv6Address(c)
                        errs.append("unlabelled ipv6 " + c)
                        break
                    except ValueError:
                        pass
        for m in _IBAN_RE.finditer(seg):
            cand = m.group(0).replace(" ", "")
            L = IBAN_LENGTHS.get(cand[:2])
            if L and len(cand) >= L and iban_valid(cand[:L]):
                errs.append("unlabelled iban " + cand[:L])
        for m in _DIGRUN_RE.finditer(seg):
            d = re.sub(r"[ \-]", "", m.group(0))
            if len(d) >= 11 and digits_hide_pii(d):
                errs.append("hidden card/taxid in " + m.group(0))
    # name parts
    masked = []
    for seg in segs:
        seg = _EMAIL_RE.sub(" ", seg)
        seg = _URL_RE.sub(" ", seg)
        seg = _HANDLE_RE.sub(" ", seg)
        masked.append(seg)
    outside = "\n\x00\n".join(masked)
    parts_seen = []
    for e in ents:
        if e["type"] != "PERSON":
            continue
        for part in re.split(r"[ \-,]+", e["value"]):
            part = part.strip(".")
            if len(part) < 2 or part.lower() in N.PARTICLES:
                continue
            parts_seen.append(part)
            if "'" in part:
                tail = part.split("'")[-1]
                if len(tail) > 1:
                    parts_seen.append(tail)
    for part in dict.fromkeys(parts_seen):
        for form in dict.fromkeys([part, fold(part)]):
            if re.search(r"(?<![\w])" + re.escape(form) + r"(?![\w])", outside, re.IGNORECASE):
                errs.append("unlabelled name part %r" % form)
    if has_pii and not ents:
        errs.append("no span in a text with personal data")
    if not has_pii and ents:
        errs.append("span in a text without personal data")
    if text.count("\n") + 1 > 15:
        errs.append("more than 15 lines")
    if re.search(r"\[\[|\]\]|\[\?|\?\]|\{[ps]\d+[.:]|\{(?:date|order|int:)", text):
        errs.append("template mark left")
    if text != text.strip():
        errs.append("space at text end")
    return errs
