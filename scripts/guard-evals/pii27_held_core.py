"""Core of the held-out half of the twenty-seventh PII bank (heldout27).

Labelled values (L), the small template language (fmt, J, lines), the renderer, the value
generators (people, addresses, phone numbers, IBAN, cards, Steuer-ID, IP addresses, look-alikes)
and the self-checks. Standard library only.
"""

import ipaddress
import re
import unicodedata

import pii27_held_names as N


class Redraw(Exception):
    """A rendering failed a check and is drawn again."""


# --------------------------------------------------------------------------------------------
# Labelled values and documents
# --------------------------------------------------------------------------------------------

class L(str):
    """A string that is one labelled span. Formatting it into a plain string is an error."""

    def __new__(cls, typ, value):
        o = str.__new__(cls, value)
        o.typ = typ
        return o

    def __format__(self, spec):
        raise TypeError("a labelled value may not be formatted into a plain string")

    def __add__(self, other):
        raise TypeError("a labelled value may not be concatenated")

    def __radd__(self, other):
        raise TypeError("a labelled value may not be concatenated")

    def __mod__(self, other):
        raise TypeError("a labelled value may not be %-formatted")

    def plain(self):
        return str.__str__(self)


def P(value):
    return L("PERSON", value)


_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fmt(template, **kw):
    """'Hi {p}!' with p an L -> ['Hi ', L, '!']. Other braces stay as they are."""
    out = []
    pos = 0
    for m in _FIELD.finditer(template):
        out.append(template[pos:m.start()])
        key = m.group(1)
        if key not in kw:
            raise KeyError("template field %s has no value" % key)
        v = kw[key]
        if v is None:
            pass
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out.append(str(v))
        else:
            out.append(v)
        pos = m.end()
    out.append(template[pos:])
    return out


def J(sep, items):
    """Join documents with sep, skipping None."""
    out = []
    first = True
    for it in items:
        if it is None:
            continue
        if not first:
            out.append(sep)
        out.append(it)
        first = False
    return out


def lines(*items):
    flat = []
    for it in items:
        if it is None:
            continue
        if isinstance(it, tuple):
            flat.extend(x for x in it if x is not None)
        else:
            flat.append(it)
    return J("\n", flat)


def _flatten(doc, out):
    if doc is None:
        return
    if isinstance(doc, L):
        out.append(doc)
    elif isinstance(doc, str):
        out.append(str.__str__(doc))
    elif isinstance(doc, (list, tuple)):
        for d in doc:
            _flatten(d, out)
    elif isinstance(doc, (int, float)):
        out.append(str(doc))
    else:
        raise TypeError("cannot render %r" % (doc,))


def render(doc, swiss=False):
    parts = []
    _flatten(doc, parts)
    text = []
    ents = []
    pos = 0
    for p in parts:
        if isinstance(p, L):
            v = p.plain()
            ents.append({"type": p.typ, "start": pos, "end": pos + len(v), "value": v})
            text.append(v)
            pos += len(v)
        else:
            if swiss:
                p = p.replace("ß", "ss")
            text.append(p)
            pos += len(p)
    return "".join(text), ents


# --------------------------------------------------------------------------------------------
# Check digits
# --------------------------------------------------------------------------------------------

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial):
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError


def card_ok(digits):
    n = len(digits)
    if not digits.isdigit() or not luhn_ok(digits):
        return False
    if n == 15 and digits[:2] in ("34", "37"):
        return True
    if n == 16:
        if digits[0] == "4":
            return True
        p2 = int(digits[:2])
        p4 = int(digits[:4])
        p3 = int(digits[:3])
        if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:
            return True
        if digits.startswith("6011") or digits.startswith("65") or 644 <= p3 <= 649:
            return True
    return False


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27,
            "BE": 16, "ES": 24, "LU": 20, "PL": 28, "DK": 18, "SE": 24, "LI": 21, "PT": 25}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(compact):
    if len(compact) < 15 or compact[:2] not in IBAN_LEN or len(compact) != IBAN_LEN[compact[:2]]:
        return False
    if not compact[2:4].isdigit() or not compact.isalnum():
        return False
    return _iban_num(compact[4:] + compact[:4]) % 97 == 1


def iban_make(cc, bban):
    n = _iban_num(bban + cc + "00")
    return cc + "%02d" % (98 - n % 97) + bban


def taxid_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return "0" if c == 10 else str(c)


def taxid_ok(d):
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    head = d[:10]
    counts = [head.count(ch) for ch in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    for i in range(8):
        if head[i] == head[i + 1] == head[i + 2]:
            return False
    return taxid_check(head) == d[10]


def gtin_digit(d12):
    s = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(d12))
    return str((10 - s % 10) % 10)


def hides_checksummed(digits):
    """True if a run of digits holds a valid card number or Steuer-ID in a window."""
    n = len(digits)
    for w in (15, 16):
        for i in range(0, n - w + 1):
            if card_ok(digits[i:i + w]):
                return True
    for i in range(0, n - 10):
        if taxid_ok(digits[i:i + 11]):
            return True
    return False


# --------------------------------------------------------------------------------------------
# Geography
# --------------------------------------------------------------------------------------------

# (town, [postcodes], area code)
TOWNS = {
    "DE": [("Berlin", ["10115", "10437", "10997", "12047", "13353"], "030"),
           ("Hamburg", ["20095", "22765", "22303"], "040"), ("München", ["80331", "81667", "80797"], "089"),
           ("Köln", ["50667", "50823", "51063"], "0221"), ("Frankfurt am Main", ["60311", "60318"], "069"),
           ("Stuttgart", ["70173", "70199"], "0711"), ("Düsseldorf", ["40210", "40477"], "0211"),
           ("Leipzig", ["04109", "04275"], "0341"), ("Dresden", ["01067", "01099"], "0351"),
           ("Nürnberg", ["90402", "90429"], "0911"), ("Hannover", ["30159", "30167"], "0511"),
           ("Bremen", ["28195", "28203"], "0421"), ("Freiburg im Breisgau", ["79098", "79102"], "0761"),
           ("Kempten (Allgäu)", ["87435", "87439"], "0831"), ("Augsburg", ["86150", "86152"], "0821"),
           ("Regensburg", ["93047", "93053"], "0941"), ("Münster", ["48143", "48149"], "0251"),
           ("Kiel", ["24103", "24114"], "0431"), ("Rostock", ["18055", "18057"], "0381"),
           ("Erfurt", ["99084", "99089"], "0361"), ("Mainz", ["55116", "55118"], "06131"),
           ("Heidelberg", ["69117", "69120"], "06221"), ("Ulm", ["89073", "89075"], "0731"),
           ("Sonthofen", ["87527"], "08321"), ("Garmisch-Partenkirchen", ["82467"], "08821"),
           ("Bielefeld", ["33602", "33615"], "0521"), ("Kassel", ["34117", "34119"], "0561"),
           ("Würzburg", ["97070", "97082"], "0931"), ("Lindau (Bodensee)", ["88131"], "08382"),
           ("Traunstein", ["83278"], "0861"), ("Oberstdorf", ["87561"], "08322"),
           ("Bamberg", ["96047", "96052"], "0951"), ("Aachen", ["52062", "52066"], "0241"),
           ("Konstanz", ["78462", "78467"], "07531"), ("Göttingen", ["37073", "37083"], "0551")],
    "AT": [("Wien", ["1010", "1030", "1050", "1060", "1070", "1090", "1120", "1160", "1180"], "01"),
           ("Graz", ["8010", "8020"], "0316"), ("Linz", ["4020"], "0732"), ("Salzburg", ["5020"], "0662"),
           ("Innsbruck", ["6020"], "0512"), ("Klagenfurt am Wörthersee", ["9020"], "0463"),
           ("Villach", ["9500"], "04242"), ("Bregenz", ["6900"], "05574"), ("Dornbirn", ["6850"], "05572"),
           ("St. Pölten", ["3100"], "02742"), ("Wels", ["4600"], "07242"), ("Kufstein", ["6330"], "05372"),
           ("Schladming", ["8970"], "03687"), ("Leoben", ["8700"], "03842"), ("Lienz", ["9900"], "04852")],
    "CH": [("Zürich", ["8001", "8004", "8050", "8037"], "044"), ("Bern", ["3011", "3013"], "031"),
           ("Basel", ["4051", "4056"], "061"), ("Luzern", ["6003", "6004"], "041"),
           ("St. Gallen", ["9000"], "071"), ("Winterthur", ["8400"], "052"), ("Chur", ["7000"], "081"),
           ("Thun", ["3600"], "033"), ("Interlaken", ["3800"], "033"), ("Zug", ["6300"], "041"),
           ("Davos Platz", ["7270"], "081"), ("Aarau", ["5000"], "062"), ("Genève", ["1201"], "022"),
           ("Lausanne", ["1003"], "021"), ("Lugano", ["6900"], "091"), ("Brig", ["3900"], "027")],
    "GB": [("London", ["EC1R", "N1", "SE15", "E8", "NW5", "SW11"], "020"), ("Manchester", ["M1", "M4", "M20"], "0161"),
           ("Leeds", ["LS1", "LS6"], "0113"), ("Bristol", ["BS1", "BS6"], "0117"), ("Sheffield", ["S1", "S10"], "0114"),
           ("Edinburgh", ["EH1", "EH6"], "0131"), ("Glasgow", ["G1", "G12"], "0141"), ("Cardiff", ["CF10", "CF24"], "029"),
           ("Kendal", ["LA9"], "01539"), ("Keswick", ["CA12"], "017687"), ("Liverpool", ["L1", "L8"], "0151"),
           ("Birmingham", ["B1", "B15"], "0121"), ("Nottingham", ["NG1", "NG7"], "0115"), ("York", ["YO1"], "01904"),
           ("Brighton", ["BN1", "BN2"], "01273"), ("Oxford", ["OX1", "OX4"], "01865"), ("Inverness", ["IV1"], "01463"),
           ("Newcastle upon Tyne", ["NE1", "NE6"], "0191"), ("Norwich", ["NR1"], "01603"), ("Exeter", ["EX1", "EX4"], "01392")],
    "US": [("Portland", ["97205", "97214"], "503", "OR"), ("Seattle", ["98101", "98122"], "206", "WA"),
           ("Denver", ["80202", "80218"], "303", "CO"), ("Boulder", ["80302"], "303", "CO"),
           ("Salt Lake City", ["84101"], "801", "UT"), ("Boise", ["83702"], "208", "ID"),
           ("Minneapolis", ["55401", "55408"], "612", "MN"), ("Chicago", ["60614", "60622"], "312", "IL"),
           ("Burlington", ["05401"], "802", "VT"), ("Boston", ["02116", "02130"], "617", "MA"),
           ("Brooklyn", ["11215", "11238"], "718", "NY"), ("Asheville", ["28801"], "828", "NC"),
           ("Austin", ["78704"], "512", "TX"), ("San Francisco", ["94110", "94117"], "415", "CA"),
           ("Sacramento", ["95814"], "916", "CA"), ("Madison", ["53703"], "608", "WI"),
           ("Bend", ["97701"], "541", "OR"), ("Missoula", ["59801"], "406", "MT"),
           ("Flagstaff", ["86001"], "928", "AZ"), ("Portland", ["04101"], "207", "ME")],
    "IE": [("Dublin 2", ["D02"], "01"), ("Dublin 6", ["D06"], "01"), ("Dublin 8", ["D08"], "01"),
           ("Cork", ["T12"], "021"), ("Galway", ["H91"], "091"), ("Limerick", ["V94"], "061"),
           ("Waterford", ["X91"], "051"), ("Kilkenny", ["R95"], "056"), ("Ennis, Co. Clare", ["V95"], "065"),
           ("Westport, Co. Mayo", ["F28"], "098"), ("Sligo", ["F91"], "071"),
           ("Killarney, Co. Kerry", ["V93"], "064"), ("Athlone, Co. Westmeath", ["N37"], "090"),
           ("Drogheda, Co. Louth", ["A92"], "041")],
    "FR": [("Paris", ["75011", "75018", "75014"], "01"), ("Lyon", ["69003", "69007"], "04"),
           ("Marseille", ["13006"], "04"), ("Grenoble", ["38000"], "04"), ("Annecy", ["74000"], "04"),
           ("Chamonix-Mont-Blanc", ["74400"], "04"), ("Bordeaux", ["33000"], "05"), ("Toulouse", ["31000"], "05"),
           ("Strasbourg", ["67000"], "03"), ("Lille", ["59000"], "03"), ("Nantes", ["44000"], "02")],
    "NL": [("Amsterdam", ["1016", "1072", "1091"], "020"), ("Utrecht", ["3511", "3581"], "030"),
           ("Rotterdam", ["3011", "3014"], "010"), ("Den Haag", ["2511"], "070"), ("Haarlem", ["2011"], "023"),
           ("Groningen", ["9711"], "050"), ("Eindhoven", ["5611"], "040"), ("Nijmegen", ["6511"], "024"),
           ("Leiden", ["2311"], "071"), ("Zwolle", ["8011"], "038")],
    "IT": [("Milano", ["20121", "20144"], "02", "MI"), ("Torino", ["10121"], "011", "TO"),
           ("Bolzano", ["39100"], "0471", "BZ"), ("Trento", ["38122"], "0461", "TN"),
           ("Verona", ["37121"], "045", "VR"), ("Bologna", ["40121"], "051", "BO"),
           ("Firenze", ["50122"], "055", "FI"), ("Roma", ["00184"], "06", "RM"),
           ("Bergamo", ["24121"], "035", "BG"), ("Como", ["22100"], "031", "CO")],
}

STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Lindenstraße", "Gartenstraße", "Schulstraße", "Kirchweg",
           "Am Mühlbach", "Goethestraße", "Schillerstraße", "Bergstraße", "Waldweg", "Rosenweg",
           "Ringstraße", "Birkenallee", "Parkstraße", "Am Anger", "Talstraße", "Dorfstraße", "Wiesenweg",
           "Feldstraße", "Buchenweg", "Eichendorffstraße", "Uhlandstraße", "Kastanienallee",
           "Sonnenstraße", "Mozartstraße", "Am Sonnenhang", "Jahnstraße", "Fliederweg", "Auf der Höhe",
           "Illerstraße", "Kemptener Straße", "Leipziger Straße", "Bismarckallee", "Hafenstraße",
           "Wittelsbacherring", "Zeppelinstraße", "Ahornweg", "Im Winkel", "Lerchenfeld"],
    "AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Linzer Gasse",
           "Annenstraße", "Bahnhofstraße", "Kaiserstraße", "Schmiedgasse", "Hauptplatz", "Dorfstraße",
           "Wiedner Hauptstraße", "Neubaugasse", "Leopoldstraße", "Maria-Theresien-Straße",
           "Salzachgasse", "Rennweg", "Kirchengasse", "Grazer Straße", "Am Kalvarienberg", "Amraser Straße"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kramgasse", "Marktgasse", "Hauptstrasse",
           "Rosenbergstrasse", "Badenerstrasse", "Langstrasse", "Kirchweg", "Spitalgasse",
           "Obere Bahnhofstrasse", "Alpenstrasse", "Weinbergstrasse", "Rütistrasse", "Gerechtigkeitsgasse"],
    "GB": ["High Street", "Station Road", "Mill Lane", "Victoria Road", "Park Avenue", "Queen Street",
           "Rosebery Avenue", "Granby Street", "Albert Road", "Kings Road", "Oxford Road", "Northgate",
           "Castle Street", "Beech Grove", "Stricklandgate", "Lake Road", "Sandy Lane", "Orchard Close",
           "Marlborough Crescent", "Heather Way"],
    "US": ["Maple Avenue", "Oak Street", "Elm Street", "Pine Street", "Washington Avenue", "Lincoln Road",
           "2nd Street", "Lake Drive", "Cedar Lane", "Park Place", "Main Street", "Highland Avenue",
           "Willow Court", "Forest Drive", "Alder Street", "NE Killingsworth Street", "Pearl Street",
           "Spruce Street", "Ridgecrest Drive", "Summit Avenue"],
    "IE": ["Main Street", "Grove Road", "Patrick Street", "O'Connell Street", "Strand Road",
           "Dublin Road", "Mary Street", "Shop Street", "Quay Street", "Castle Street", "Rathgar Road",
           "Ballyhooly Road", "Abbeygate Street"],
    "FR": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
           "rue Pasteur", "rue du Moulin", "chemin des Vignes", "allée des Tilleuls", "rue des Alpes",
           "quai Perrache", "rue Saint-Michel"],
    "NL": ["Prinsengracht", "Keizersgracht", "Kerkstraat", "Dorpsstraat", "Molenweg", "Oudegracht",
           "Nieuwstraat", "Marktstraat", "Lindengracht", "Van Woustraat", "Zuiderpark"],
    "IT": ["Via Roma", "Via Garibaldi", "Via Dante", "Via Mazzini", "Via Verdi", "Corso Italia",
           "Via dei Mille", "Viale Monza", "Via Cavour", "Piazza Walther", "Via Museo"],
}

COUNTRY_NAME = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Vereinigtes Königreich",
           "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}

MOBILE = {"DE": ["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0173", "0175", "0176", "0177", "0178", "0179"],
          "AT": ["0650", "0660", "0664", "0676", "0680", "0699"],
          "CH": ["076", "077", "078", "079"],
          "GB": ["07700", "07711", "07723", "07746", "07790", "07812", "07854", "07903", "07951", "07458"],
          "IE": ["083", "085", "086", "087", "089"],
          "FR": ["06", "07"], "NL": ["06"],
          "IT": ["320", "328", "333", "338", "340", "347", "348", "366", "388", "392"]}

CC = {"DE": "49", "AT": "43", "CH": "41", "GB": "44", "US": "1", "IE": "353", "FR": "33", "NL": "31", "IT": "39"}

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "freenet.de", "mailbox.org", "gmail.com", "outlook.de", "icloud.com"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "proton.me", "gmail.com"],
    "GB": ["btinternet.com", "yahoo.co.uk", "gmail.com", "outlook.com", "hotmail.co.uk", "sky.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "proton.me"],
    "IE": ["eircom.net", "gmail.com", "hotmail.com", "icloud.com", "outlook.ie"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
}

NICK_MAIL = ["bergfex", "trailmum", "kletterkatze", "gipfelglueck", "hillwalker", "fellrunner",
             "rainjacket.fan", "alpenrose", "wanderlust", "summitseeker", "muddyboots", "hikingdad",
             "zeltplatz", "bouldergirl", "biwak", "kammweg", "peakbagger", "moorland"]

# Companies that hold surnames (never persons) and neutral companies.
COMPANIES_DE = ["Bergsport Huber GmbH", "Elektro Maurer KG", "Schneider Logistik GmbH", "Vogel & Winter Transporte",
                "Koch Strickerei GmbH", "Fuchs Textilpflege", "Bauer Gebäudereinigung", "Sporthaus Lechner",
                "Malerbetrieb Kofler", "Druckerei Jäger & Söhne", "Getränke Sommer OHG", "Autohaus Wolf"]
COMPANIES_EN = ["Baker & Hunter Logistics", "Fisher & Cook Textiles", "Marsh & Price Ltd", "Young's Outdoor Supply",
                "Little & King Printing", "Rose & Fox Cleaning", "Carpenter Freight Co.", "Mason Hardware",
                "Stone & Wood Fixtures", "Shepherd Couriers"]
NEUTRAL_COMPANIES = {"DE": ["Alpin Logistik GmbH", "Gipfelwerk Sport", "Allgäuer Bergschule", "Textilservice Süd GmbH",
                            "Nordlicht Events", "Sportverein Grünten e.V.", "Bergwacht-Förderverein", "Wanderclub Iller e.V."],
                     "AT": ["Tiroler Bergsport GmbH", "Alpenverein Sektion Kufstein", "Steirerland Logistik", "Donau Outdoor KG"],
                     "CH": ["Alpinschule Engadin AG", "Bergsport Aare GmbH", "SAC Sektion Pilatus", "Gletscher Events AG"],
                     "GB": ["Peak District Rangers Ltd", "Northern Trails Co.", "Fellside Events", "Lakeland Outdoor Supplies"],
                     "US": ["Cascade Trail Co.", "Rocky Ridge Outfitters", "Summit Events LLC", "Blue Ridge Hiking Club"],
                     "IE": ["Wild Atlantic Walks Ltd", "Connemara Trails", "Wicklow Way Events"],
                     "FR": ["Montagne Conseil SARL", "Alpes Évasion"], "NL": ["Buitensport Utrecht BV", "Duinwandel BV"],
                     "IT": ["Dolomiti Outdoor Srl", "Alpi Sport Srl"]}

PRODUCTS = {
    "en": [("Almweg Zip-Off Hiking Trousers", "TG-HT-100", "129.95", ["Rock Grey", "Peat Brown", "Slate"]),
           ("Fernkamm 45+10 Trekking Backpack", "TG-BP-045", "229.95", ["Slate", "Fir Shade", "Hut Orange"]),
           ("Firstwand 3-Layer Rain Jacket", "TG-RJ-100", "349.95", ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate"]),
           ("Gitterhang Grid Fleece Jacket", "TG-FL-100", "119.95", ["Rock Grey", "Lichen", "Ridge Blue"]),
           ("Hochsattel 30 Hiking Backpack", "TG-BP-030", "139.95", ["Ridge Blue", "Fir Shade", "Slate"]),
           ("Kaltkar Down Jacket", "TG-DJ-100", "289.95", ["Alpenglow", "Ridge Blue", "Slate"]),
           ("Morgengrat Merino 150 Long-Sleeve Shirt", "TG-BL-100", "89.95", ["Slate", "Limestone", "Peat Brown"]),
           ("Rinnental Insulated Hoody", "TG-SI-100", "219.95", ["Fir Shade", "Hut Orange", "Slate"]),
           ("Schauerpass 2.5-Layer Rain Jacket", "TG-RJ-200", "199.95", ["Gentian", "Lichen", "Slate"]),
           ("Steinlauf Trail Running Shoe", "TG-TS-100", "159.95", ["Slate/Hut Orange", "Ridge Blue/Limestone"]),
           ("Trittweg Merino Hiking Socks", "TG-SO-100", "24.95", ["Rock Grey", "Fir Shade", "Hut Orange"]),
           ("Wintersteig Winter Trekking Trousers", "TG-WT-100", "169.95", ["Slate", "Fir Shade"])],
    "de": [("Almweg Zip-off-Wanderhose", "TG-HT-100", "129,95", ["Felsgrau", "Moorbraun", "Schiefer"]),
           ("Fernkamm 45+10 Trekkingrucksack", "TG-BP-045", "229,95", ["Schiefer", "Tannenschatten", "Hüttenorange"]),
           ("Firstwand 3-Lagen-Regenjacke", "TG-RJ-100", "349,95", ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer"]),
           ("Gitterhang Grid-Fleecejacke", "TG-FL-100", "119,95", ["Felsgrau", "Flechte", "Gratblau"]),
           ("Hochsattel 30 Wanderrucksack", "TG-BP-030", "139,95", ["Gratblau", "Tannenschatten", "Schiefer"]),
           ("Kaltkar Daunenjacke", "TG-DJ-100", "289,95", ["Alpenglühen", "Gratblau", "Schiefer"]),
           ("Morgengrat Merino 150 Langarmshirt", "TG-BL-100", "89,95", ["Schiefer", "Kalkstein", "Moorbraun"]),
           ("Rinnental Isolationshoody", "TG-SI-100", "219,95", ["Tannenschatten", "Hüttenorange", "Schiefer"]),
           ("Schauerpass 2,5-Lagen-Regenjacke", "TG-RJ-200", "199,95", ["Enzian", "Flechte", "Schiefer"]),
           ("Steinlauf Trailrunningschuh", "TG-TS-100", "159,95", ["Schiefer/Hüttenorange", "Gratblau/Kalkstein"]),
           ("Trittweg Merino-Wandersocken", "TG-SO-100", "24,95", ["Felsgrau", "Tannenschatten", "Hüttenorange"]),
           ("Wintersteig Wintertrekkinghose", "TG-WT-100", "169,95", ["Schiefer", "Tannenschatten"])],
}
SHORT_PRODUCTS = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar", "Morgengrat",
                  "Rinnental", "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]

BRAND_WORDS = [w.casefold() for w in SHORT_PRODUCTS + ["Talgrat", "Alpenglow", "Lichen", "Gentian", "Slate",
                                                       "Limestone", "Enzian", "Flechte", "Schiefer", "Kalkstein"]]

STORES = {"DE": ["Kempten", "München", "Sonthofen", "Berlin-Mitte", "Hamburg", "Köln", "Freiburg", "Leipzig",
                 "Stuttgart", "Garmisch"],
          "AT": ["Innsbruck", "Wien-Neubau", "Salzburg", "Graz", "Kufstein"],
          "CH": ["Zürich", "Bern", "Luzern", "Chur"],
          "GB": ["Kendal", "Keswick", "Manchester", "Leeds", "Edinburgh", "London Covent Garden", "Bristol"],
          "US": ["Portland", "Denver", "Boulder", "Seattle"],
          "IE": ["Dublin", "Galway", "Cork"]}

MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                 "Oktober", "November", "Dezember"]}
WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]}


def ascii_fold(s):
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
    s = s.replace("Ü", "Ue")
    return N.fold(s)


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------

class Person:
    def __init__(self, given, sur, gender, origin, invented):
        self.g = given
        self.s = sur
        self.gender = gender
        self.origin = origin
        self.invented = invented  # list of "given"/"sur"

    # name forms (all labelled)
    def full(self):
        return P(self.g + " " + self.s)

    def given(self):
        return P(self.g)

    def sur(self):
        return P(self.s)

    def lf(self):
        return P(self.s + ", " + self.g)

    def LF(self):
        return P(self.s.upper() + ", " + self.g)

    def init_sur(self):
        return P(self.g[0] + ". " + self.s)

    def given_init(self):
        return P(self.g + " " + self.s[0] + ".")

    def upper(self):
        return P((self.g + " " + self.s).upper())

    def lower_given(self):
        return P(self.g.lower())

    def lower_full(self):
        return P((self.g + " " + self.s).lower())

    def sur_upper(self):
        return P(self.s.upper())

    def parts(self):
        out = []
        for p in (self.g + " " + self.s).replace("-", " ").replace("'", " ").split():
            if p.casefold() not in N.PARTICLES:
                out.append(p)
        return out

    def f(self, fem, masc):
        return fem if self.gender == "f" else masc


# --------------------------------------------------------------------------------------------
# Context: one text's draws
# --------------------------------------------------------------------------------------------

_KNOWN = None


def known_parts():
    global _KNOWN
    if _KNOWN is None:
        _KNOWN = N.known_parts()
        _KNOWN_SET_HOLDER.append(frozenset(_KNOWN))
    return _KNOWN


_KNOWN_SET_HOLDER = []


def is_known_part(p):
    known_parts()
    ks = _KNOWN_SET_HOLDER[0]
    return p.casefold() in ks or N.fold(p).casefold() in ks


_WORD_SUR = None


class Ctx:
    INVENT_RATE = 0.11

    def __init__(self, rng, lang, genre, country, invent_ok=True):
        self.r = rng
        self.lang = lang
        self.genre = genre
        self.country = country
        self.invent_ok = invent_ok
        self.people = []
        self.swiss = country == "CH" and lang == "de"
        self.stats = {"invented_people": 0, "cue_people": 0, "people": []}

    # ---- basic draws ----
    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def p(self, prob):
        return self.r.random() < prob

    def ri(self, a, b):
        return self.r.randint(a, b)

    def opt(self, prob, doc):
        return doc if self.r.random() < prob else None

    def shuffled(self, seq):
        s = list(seq)
        self.r.shuffle(s)
        return s

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def set_country(self, cc):
        self.country = cc
        self.swiss = cc == "CH" and self.lang == "de"

    def vc(self, keep=0.85):
        """Country for a value: the text's country most of the time."""
        if self.r.random() < keep:
            return self.country
        if self.lang == "de":
            return self.ch(["DE", "DE", "AT", "CH", "IT", "NL", "FR", "GB"])
        return self.ch(["GB", "US", "IE", "DE", "FR", "NL", "AT", "CH"])

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randrange(1, 10)) + s[1:]
        return s

    # ---- people ----
    def _origin(self, country):
        w = dict(N.WEIGHTS[self.lang])
        for k, f in N.COUNTRY_BOOST.get(country, {}).items():
            w[k] = w.get(k, 0) * f
        keys = list(w.keys())
        return self.r.choices(keys, weights=[w[k] for k in keys])[0]

    def _taken(self):
        out = []
        for p in self.people:
            out.extend(x.casefold() for x in p.parts())
        return out

    def person(self, gender=None, origin=None, country=None, cue=True, no_apos=False, simple=False):
        global _WORD_SUR
        if _WORD_SUR is None:
            _WORD_SUR = [w.casefold() for w in N.WORD_SURNAMES_EN + N.WORD_SURNAMES_DE]
        country = country or self.country
        taken = self._taken()
        for _ in range(200):
            g = gender or self.ch(["f", "m"])
            org = origin or self._origin(country)
            O = N.ORIGINS[org]
            pool = O[g] or O["f" if g == "m" else "m"]
            given = self.ch(pool)
            if O["double"] and not simple and self.p(0.04):
                g2 = self.ch(pool)
                if g2 != given and "-" not in given and "-" not in g2:
                    given = given + O["double"] + g2
            invented = []
            if self.p(0.08):
                sur = self.ch(N.WORD_SURNAMES_DE if self.lang == "de" else N.WORD_SURNAMES_EN)
            else:
                regular = [e for e in O["s"] if N.split_surname(e)[0].casefold() not in _WORD_SUR]
                m, f = N.split_surname(self.ch(regular))
                sur = f if g == "f" else m
                if O["hyphen"] and not simple and self.p(0.09):
                    m2, f2 = N.split_surname(self.ch(regular))
                    s2 = f2 if g == "f" else m2
                    if s2 != sur and " " not in s2 and " " not in sur and "-" not in sur + s2:
                        sur = sur + "-" + s2
            if org in N.FOLD_ORIGINS and self.p(0.3 if self.lang == "en" else 0.15):
                given, sur = N.fold(given), N.fold(sur)
            if cue and self.invent_ok and self.p(self.INVENT_RATE):
                which = self.ch(["given", "sur", "sur", "both"])
                if which in ("given", "both"):
                    given = self._invent("given", g)
                    invented.append("given")
                if which in ("sur", "both"):
                    sur = self._invent("sur", g)
                    invented.append("sur")
            if no_apos and "'" in given + sur:
                continue
            p = Person(given, sur, g, org, invented)
            parts = [x.casefold() for x in p.parts()]
            if any(x in taken for x in parts) or len(set(parts)) != len(parts):
                continue
            if any(x in BRAND_WORDS for x in parts):
                continue
            self.people.append(p)
            self.stats["people"].append((org, sur.casefold() in _WORD_SUR, "-" in sur, given != given.split()[0] or "-" in given,
                                         any(x.casefold() in N.PARTICLES for x in sur.replace("'", " ").split()) or sur[:2] in ("O'", "Mc", "Ma")))
            if cue:
                self.stats["cue_people"] += 1
                if invented:
                    self.stats["invented_people"] += 1
            return p
        raise Redraw("no person found")

    def hon(self, p):
        if self.lang == "de":
            return p.f("Frau", "Herr")
        if self.p(0.08):
            return "Dr"
        return p.f(self.ch(["Ms", "Ms", "Mrs", "Ms."]), self.ch(["Mr", "Mr", "Mr."]))

    def _invent(self, kind, gender):
        for _ in range(500):
            s = N.invented_part(self.r, kind, gender, self.lang)
            if len(s) < 4 or is_known_part(s) or s.casefold() in BRAND_WORDS:
                continue
            if s.casefold() in COMMON_WORDS:
                continue
            return s
        raise Redraw("no invented name")

    # ---- places ----
    def town(self, cc=None):
        cc = cc or self.country
        t = self.ch(TOWNS[cc])
        return t

    def addr_parts(self, cc=None, flat=None):
        """Structured address: street line, postcode, town, locality line, country code."""
        cc = cc or self.vc()
        t = self.ch(TOWNS[cc])
        town, pcs, area = t[0], t[1], t[2]
        street = self.ch(STREETS[cc])
        no = str(self.ri(1, 98))
        if cc in ("DE", "AT", "CH", "NL", "IT") and self.p(0.15):
            no += self.ch(["a", "b", "c"])
        pc = self.ch(pcs)
        if cc == "DE":
            sl = street + " " + no
            loc_pc = ("D-" + pc) if self.p(0.17) else pc
            loc = loc_pc + " " + town
        elif cc == "AT":
            if town == "Wien" and self.p(0.7):
                no = no + "/" + str(self.ri(1, 9)) + "/" + str(self.ri(1, 24)) if self.p(0.6) else no + "/" + str(self.ri(1, 30))
            elif self.p(0.3):
                no = no + "/" + str(self.ri(1, 12))
            sl = street + " " + no
            loc_pc = ("A-" + pc) if self.p(0.25) else pc
            loc = loc_pc + " " + town
        elif cc == "CH":
            sl = street + " " + no
            loc_pc = ("CH-" + pc) if self.p(0.25) else pc
            loc = loc_pc + " " + town
        elif cc == "GB":
            pc = pc + " " + str(self.ri(1, 9)) + self.ch("ABDEFGHJLNPQRSTUWXYZ") + self.ch("ABDEFGHJLNPQRSTUWXYZ")
            sl = no + " " + street
            if flat if flat is not None else self.p(0.3):
                sl = "Flat " + self.ch([str(self.ri(1, 12)), str(self.ri(1, 6)) + self.ch("ABC")]) + ", " + sl
            loc = town + " " + pc
        elif cc == "US":
            state = t[3]
            sl = str(self.ri(12, 4890)) + " " + street
            if flat if flat is not None else self.p(0.35):
                sl += ", " + self.ch(["Apt " + str(self.ri(1, 40)) + self.ch(["", "A", "B"]), "Suite " + str(self.ri(100, 420)),
                                      "#" + str(self.ri(2, 30))])
            loc = town + ", " + state + " " + pc
        elif cc == "IE":
            code = pc + " " + self.ch("ACDEFHKNPRTVWXY") + str(self.ri(1, 9)) + self.ch("ACDEFHKNPRTVWXY") + str(self.ri(1, 9))
            sl = no + " " + street
            if flat if flat is not None else self.p(0.25):
                sl = "Apartment " + str(self.ri(1, 30)) + ", " + sl
            if town.startswith("Dublin"):
                loc = self.ch(["Rathmines, ", "Portobello, ", "Ranelagh, ", ""]) + town + ", " + code if self.p(0.5) else town + " " + code
            else:
                loc = town + " " + code
            pc = code
        elif cc == "FR":
            sl = no + self.ch(["", "", " bis"]) + " " + street
            loc = pc + " " + town
        elif cc == "NL":
            pc = pc + " " + self.ch("ABCDEGHJKLMNPRSTVWXZ") + self.ch("ABCDEGHJKLMNPRSTVWXZ")
            sl = street + " " + no + self.ch(["", "", "-hs", "-2", " III"])
            loc = pc + " " + town.upper() if self.p(0.3) else pc + " " + town
        elif cc == "IT":
            sl = street + " " + no
            loc = pc + " " + town + " " + t[3] if self.p(0.6) else pc + " " + town + " (" + t[3] + ")"
        else:
            raise ValueError(cc)
        return {"street": sl, "postcode": pc, "town": town, "locality": loc, "cc": cc, "area": area}

    def address(self, cc=None, form=None, parts=None):
        a = parts or self.addr_parts(cc)
        form = form or self.ch(["line", "line", "two", "street"])
        if form == "line":
            return L("STREET_ADDRESS", a["street"] + ", " + a["locality"])
        if form == "two":
            return L("STREET_ADDRESS", a["street"] + "\n" + a["locality"])
        return L("STREET_ADDRESS", a["street"])

    def country_name(self, cc):
        return COUNTRY_NAME[self.lang][cc]

    # ---- phones ----
    def phone(self, cc=None, mobile=None, intl=None, area=None):
        cc = cc or self.vc()
        mobile = self.p(0.6) if mobile is None else mobile
        intl = self.p(0.4) if intl is None else intl
        r = self
        if cc == "US":
            t = self.ch(TOWNS["US"])
            ac = area or t[2]
            ex = str(self.ri(2, 9)) + self.digits(2)
            ln = self.digits(4)
            if intl:
                return L("PHONE", self.ch(["+1 %s %s %s", "+1 (%s) %s-%s", "+1-%s-%s-%s"]) % (ac, ex, ln))
            return L("PHONE", self.ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (ac, ex, ln))
        if mobile and cc in MOBILE:
            pre = self.ch(MOBILE[cc])
        else:
            pre = area or self.ch(TOWNS[cc])[2]
        nat = pre  # with trunk 0 (IT has none for mobiles)
        if cc == "DE":
            sub = self.digits(self.ri(7, 8) if mobile else max(5, 11 - len(pre)), True)
            core = pre[1:]
            if intl:
                form = r.ch(["+49 {c} {s}", "+49 (0){c} {s}", "0049 {c} {s}", "+49-{c}-{s}", "+49 {c} {s2}"])
            else:
                form = r.ch(["{n} {s}", "{n}/{s}", "{n}-{s}", "({n}) {s}", "{n} {s2}"])
        elif cc == "AT":
            sub = self.digits(7 if mobile else max(5, 10 - len(pre)), True)
            core = pre[1:]
            form = r.ch(["+43 {c} {s}", "+43 (0){c} {s}", "0043 {c} {s2}"]) if intl else r.ch(["{n} {s}", "{n}/{s}", "{n} {s2}"])
        elif cc == "CH":
            sub = self.digits(7, True)
            core = pre[1:]
            s3 = sub[:3] + " " + sub[3:5] + " " + sub[5:]
            form = r.ch(["+41 {c} {s3}", "+41 (0){c} {s3}", "0041 {c} {s3}"]) if intl else r.ch(["{n} {s3}", "{n} {s}"])
            return L("PHONE", form.format(c=core, n=nat, s=sub, s3=s3))
        elif cc == "GB":
            if mobile:
                sub = self.digits(6, True)
                core = pre[1:]
                form = r.ch(["+44 {c} {s}", "+44 (0){c} {s}", "0044 {c} {s}"]) if intl else r.ch(["{n} {s}", "{n}{s}", "{n} {s3}"])
                s3 = sub[:3] + " " + sub[3:]
            else:
                n = 10 - (len(pre) - 1)
                sub = self.digits(n, True)
                core = pre[1:]
                s3 = sub[:len(sub) - 4] + " " + sub[-4:] if len(sub) >= 7 else sub
                form = r.ch(["+44 {c} {s3}", "+44 (0){c} {s3}"]) if intl else r.ch(["{n} {s3}", "({n}) {s3}"])
            return L("PHONE", form.format(c=core, n=nat, s=sub, s3=s3))
        elif cc == "IE":
            n = 7 if (mobile or len(pre) <= 2) else 7 - (len(pre) - 3)
            n = max(n, 5)
            sub = self.digits(n, True)
            core = pre[1:]
            s3 = sub[:3] + " " + sub[3:]
            form = r.ch(["+353 {c} {s3}", "+353 (0){c} {s3}", "00353 {c} {s}"]) if intl else r.ch(["{n} {s3}", "({n}) {s3}", "{n}-{s}"])
            return L("PHONE", form.format(c=core, n=nat, s=sub, s3=s3))
        elif cc == "FR":
            sub = self.digits(8, True)
            core = pre[1:]
            pairs = " ".join(sub[i:i + 2] for i in range(0, 8, 2))
            if intl:
                return L("PHONE", r.ch(["+33 %s %s", "+33 (0)%s %s"]) % (core, pairs))
            return L("PHONE", "%s %s" % (nat, pairs) if self.p(0.75) else (nat + "." + pairs.replace(" ", ".")))
        elif cc == "NL":
            if mobile:
                sub = self.digits(8, True)
                if intl:
                    return L("PHONE", self.ch(["+31 6 %s", "+31 (0)6 %s", "0031 6 %s"]) % sub)
                return L("PHONE", self.ch(["06-%s" % sub, "06 %s" % sub, "06 %s %s" % (sub[:4], sub[4:])]))
            sub = self.digits(10 - len(pre), True)
            core = pre[1:]
            if intl:
                return L("PHONE", "+31 %s %s" % (core, sub))
            return L("PHONE", self.ch(["%s %s", "%s-%s"]) % (pre, sub))
        elif cc == "IT":
            if mobile:
                sub = self.digits(7, True)
                s = sub[:3] + " " + sub[3:]
                if intl:
                    return L("PHONE", r.ch(["+39 %s %s", "0039 %s %s"]) % (pre, s))
                return L("PHONE", r.ch(["%s %s", "%s/%s"]) % (pre, s if self.p(0.6) else sub))
            sub = self.digits(10 - len(pre), True)
            if intl:
                return L("PHONE", "+39 %s %s" % (pre, sub))
            return L("PHONE", "%s %s" % (pre, sub))
        else:
            raise ValueError(cc)
        s2 = " ".join(sub[i:i + 2] for i in range(0, len(sub), 2)) if len(sub) % 2 == 0 else sub[:3] + " " + " ".join(sub[i:i + 2] for i in range(3, len(sub), 2))
        return L("PHONE", form.format(c=core, n=nat, s=sub, s2=s2))

    # ---- e-mail ----
    def email(self, p=None, domain=None, cc=None):
        cc = cc or self.vc()
        dom = domain or self.ch(MAIL_DOMAINS[cc])
        if p is None or self.p(0.08):
            local = self.ch(NICK_MAIL) + self.ch(["", str(self.ri(2, 99)), "." + str(self.ri(70, 99))])
        else:
            g = re.sub(r"[^a-z0-9-]", "", ascii_fold(p.g).lower().replace(" ", "-"))
            s = re.sub(r"[^a-z0-9-]", "", ascii_fold(p.s).lower().replace(" ", ""))
            local = self.ch([g + "." + s, g + "." + s, g[0] + "." + s, s + "." + g, g + s, g + "_" + s,
                             g + str(self.ri(1, 99)), s + g[0], g + "." + s + str(self.ri(70, 99)),
                             g[0] + s])
            local = local.strip("-.") or "kontakt"
        return L("EMAIL", local + "@" + dom)

    def work_email(self, p, domain):
        g = re.sub(r"[^a-z0-9-]", "", ascii_fold(p.g).lower().replace(" ", "-"))
        s = re.sub(r"[^a-z0-9-]", "", ascii_fold(p.s).lower().replace(" ", ""))
        local = self.ch([g + "." + s, g + "." + s, g[0] + "." + s, g, s])
        return L("EMAIL", local + "@" + domain)

    def shop_email(self, p=None):
        dom = "talgrat.de" if self.lang == "de" else self.ch(["talgrat.com", "talgrat.com", "talgrat.de"])
        if p is None:
            return L("EMAIL", self.ch(ROLE_MAILS[self.lang]) + "@" + dom)
        return self.work_email(p, dom)

    # ---- money ----
    def iban(self, cc=None, grouped=None):
        cc = cc or self.vc()
        if cc == "US":
            cc = "GB"
        d = self.digits
        if cc == "DE":
            bban = d(8, True) + d(10)
        elif cc == "AT":
            bban = d(5, True) + d(11)
        elif cc == "CH":
            bban = "00" + d(3, True) + d(12)
        elif cc == "GB":
            bban = self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + d(6) + d(8)
        elif cc == "IE":
            bban = self.ch(["AIBK", "BOFI", "IPBS"]) + d(6) + d(8)
        elif cc == "FR":
            bban = d(5) + d(5) + d(11) + d(2)
        elif cc == "NL":
            bban = self.ch(["INGB", "ABNA", "RABO", "TRIO", "SNSB", "KNAB"]) + d(10)
        elif cc == "IT":
            bban = self.ch("ABCDEFGHIJKLMNPRSTUVWXZ") + d(5) + d(5) + d(12)
        else:
            raise ValueError(cc)
        iban = iban_make(cc, bban)
        assert iban_ok(iban)
        grouped = self.p(0.65) if grouped is None else grouped
        if grouped:
            iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return L("IBAN", iban)

    def card(self, brand=None, style=None):
        brand = brand or self.r.choices(["visa", "mc", "mc2", "amex", "disc"], weights=[40, 25, 8, 15, 6])[0]
        d = self.digits
        if brand == "visa":
            part = "4" + d(14)
        elif brand == "mc":
            part = str(self.ri(51, 55)) + d(13)
        elif brand == "mc2":
            part = str(self.ri(2221, 2720)) + d(11)
        elif brand == "amex":
            part = self.ch(["34", "37"]) + d(12)
        else:
            part = self.ch(["6011" + d(11), "65" + d(13)])
        num = part + luhn_digit(part)
        assert card_ok(num)
        style = style or self.ch(["space", "space", "dash", "compact"])
        if style == "compact":
            return L("CREDIT_CARD", num)
        sep = " " if style == "space" else "-"
        if len(num) == 15:
            return L("CREDIT_CARD", num[:4] + sep + num[4:10] + sep + num[10:])
        return L("CREDIT_CARD", sep.join(num[i:i + 4] for i in range(0, 16, 4)))

    def card_brand(self, card_value):
        v = re.sub(r"\D", "", card_value.plain())
        if v[0] == "4":
            return "Visa"
        if v[:2] in ("34", "37"):
            return "Amex"
        if v[0] == "6":
            return "Discover"
        return "Mastercard"

    def taxid(self, grouped=None):
        for _ in range(1000):
            if self.p(0.7):
                ds = self.sample("0123456789", 9)
                rep = self.ch(ds)
                head = ds + [rep]
            else:
                ds = self.sample("0123456789", 8)
                rep = self.ch(ds)
                head = ds + [rep, rep]
            self.r.shuffle(head)
            h = "".join(head)
            if h[0] == "0":
                continue
            full = h + taxid_check(h)
            if taxid_ok(full):
                break
        else:
            raise Redraw("taxid")
        grouped = self.p(0.4) if grouped is None else grouped
        if grouped:
            full = full[:2] + " " + full[2:5] + " " + full[5:8] + " " + full[8:]
        return L("DE_TAX_ID", full)

    # ---- network ----
    def ipv4(self, kind=None):
        kind = kind or self.r.choices(["public", "doc", "private", "loop"], weights=[50, 20, 27, 3])[0]
        if kind == "public":
            a = self.ch([31, 37, 46, 62, 77, 78, 80, 81, 84, 85, 87, 88, 89, 91, 93, 94, 95, 109, 141, 145,
                         176, 178, 185, 188, 193, 194, 212, 213, 217, 24, 67, 71, 73, 98, 99, 104, 107, 108, 174])
            return L("IP_ADDRESS", "%d.%d.%d.%d" % (a, self.ri(0, 255), self.ri(0, 255), self.ri(1, 254)))
        if kind == "doc":
            net = self.ch(["192.0.2", "198.51.100", "203.0.113"])
            return L("IP_ADDRESS", "%s.%d" % (net, self.ri(1, 254)))
        if kind == "private":
            f = self.ch(["10.%d.%d.%d" % (self.ri(0, 255), self.ri(0, 255), self.ri(1, 254)),
                         "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 255), self.ri(1, 254)),
                         "192.168.%d.%d" % (self.ri(0, 50), self.ri(2, 254))])
            return L("IP_ADDRESS", f)
        return L("IP_ADDRESS", "127.0.0.1")

    def ipv6(self, kind=None):
        kind = kind or self.r.choices(["global", "doc", "ula", "ll", "loop"], weights=[45, 20, 15, 15, 5])[0]
        h = lambda: "%x" % self.ri(0, 0xFFFF)
        if kind == "loop":
            return L("IP_ADDRESS", "::1")
        if kind == "global":
            pre = [self.ch(["2a02", "2003", "2a01", "2001", "2600", "2a00", "2604", "2a0a"]), "%x" % self.ri(0x100, 0xFFFF), h()]
            hx = [h() for _ in range(5)]
        elif kind == "doc":
            pre = ["2001", "db8", h()]
            hx = [h() for _ in range(5)]
        elif kind == "ula":
            pre = ["fd%02x" % self.ri(0, 255), h(), h()]
            hx = [h() for _ in range(5)]
        else:
            pre = ["fe80", "0", "0"]
            hx = ["0", h(), h(), h(), h()]
        groups = pre + hx
        ip = ipaddress.IPv6Address(":".join(groups))
        s = ip.compressed if self.p(0.8) else ip.exploded if self.p(0.2) else ":".join(groups)
        return L("IP_ADDRESS", s)

    def ip(self, v6=0.3):
        return self.ipv6() if self.p(v6) else self.ipv4()

    # ---- dates and numbers ----
    def ymd(self, y0=2024, y1=2026):
        y = self.ri(y0, y1)
        m = self.ri(1, 12)
        d = self.ri(1, 28)
        return y, m, d

    def date(self, style=None, ymd=None):
        y, m, d = ymd or self.ymd()
        lang = self.lang
        months = list(MONTHS[lang])
        if lang == "de" and self.country == "AT":
            months[0] = "Jänner"
        style = style or self.ch(["num", "num", "long", "iso"])
        if style == "iso":
            return "%04d-%02d-%02d" % (y, m, d)
        if lang == "de":
            if style == "num":
                return "%02d.%02d.%04d" % (d, m, y) if self.p(0.8) else "%d.%d.%04d" % (d, m, y)
            return "%d. %s %d" % (d, months[m - 1], y)
        if self.country == "US":
            if style == "num":
                return "%d/%d/%04d" % (m, d, y)
            return "%s %d, %d" % (months[m - 1], d, y)
        if style == "num":
            return "%02d/%02d/%04d" % (d, m, y)
        return "%d %s %d" % (d, months[m - 1], y)

    def daymonth(self):
        y, m, d = self.ymd()
        months = list(MONTHS[self.lang])
        if self.lang == "de" and self.country == "AT":
            months[0] = "Jänner"
        if self.lang == "de":
            return self.ch(["%d. %s" % (d, months[m - 1]), "%d.%d." % (d, m)])
        if self.country == "US":
            return "%s %d" % (months[m - 1], d)
        return "%d %s" % (d, months[m - 1])

    def time(self):
        h = self.ri(7, 20)
        m = self.ch([0, 0, 15, 30, 45, 10, 20, 40, 50, 5])
        if self.lang == "en" and self.country == "US" and self.p(0.6):
            return "%d:%02d %s" % (h if h <= 12 else h - 12, m, "am" if h < 12 else "pm")
        return "%02d:%02d" % (h, m) if self.lang == "en" or self.p(0.6) else "%d.%02d Uhr" % (h, m)

    def hms(self):
        return "%02d:%02d:%02d" % (self.ri(0, 23), self.ri(0, 59), self.ri(0, 59))

    def weekday(self):
        return self.ch(WEEKDAYS[self.lang])

    def money(self, lo=5, hi=400):
        v = self.ri(lo, hi)
        c = self.ch([95, 0, 50, 90, 99, 45])
        if self.lang == "de":
            return self.ch(["%d,%02d €" % (v, c), "%d,%02d EUR" % (v, c), "€ %d,%02d" % (v, c)])
        cur = "£" if self.country in ("GB",) else "$" if self.country == "US" else "€"
        return "%s%d.%02d" % (cur, v, c)

    def product(self):
        return self.ch(PRODUCTS[self.lang])

    def pshort(self):
        return self.ch(SHORT_PRODUCTS)

    def size(self):
        return self.ch(["XS", "S", "M", "L", "XL", "XXL"])

    def store(self, cc=None):
        cc = cc or self.country
        if cc not in STORES:
            cc = "DE" if self.lang == "de" else "GB"
        return self.ch(STORES[cc])

    def company(self, cc=None):
        cc = cc or self.country
        return self.ch(NEUTRAL_COMPANIES.get(cc, NEUTRAL_COMPANIES["DE" if self.lang == "de" else "GB"]))

    def domain_of(self, company):
        base = ascii_fold(company.lower())
        base = re.sub(r"\b(gmbh|kg|ohg|ag|ltd|llc|co|e\.v|bv|srl|sarl|sektion)\b\.?", " ", base)
        base = re.sub(r"[^a-z0-9]+", "-", base).strip("-")
        tld = {"DE": "de", "AT": "at", "CH": "ch", "GB": "co.uk", "US": "com", "IE": "ie", "FR": "fr",
               "NL": "nl", "IT": "it"}.get(self.country, "com")
        return base + "." + tld

    # ---- identifiers and look-alikes ----
    def order_no(self):
        return self.ch(["TG-%d-%06d" % (self.ri(2024, 2026), self.ri(1000, 999999)),
                        "#%d" % self.ri(10000000, 99999999), "%d-%05d" % (self.ri(40000, 49999), self.ri(0, 99999)),
                        "A%07d" % self.ri(0, 9999999)])

    def ticket_no(self):
        return self.ch(["#%d" % self.ri(100000, 999999), "CS-%05d" % self.ri(0, 99999), "T-%d" % self.ri(10000, 99999),
                        "%d/%02d" % (self.ri(1000, 9999), self.ri(24, 26))])

    def case_no(self):
        return self.ch(["HL-%d-%04d" % (self.ri(2024, 2026), self.ri(1, 9999)), "WB-%04d" % self.ri(1, 9999),
                        "C%06d" % self.ri(0, 999999)])

    def staff_no(self):
        return self.ch(["P%05d" % self.ri(1, 99999), "%06d" % self.ri(100000, 999999), "MA-%04d" % self.ri(1, 9999),
                        "E%04d" % self.ri(1, 9999)])

    def safe_digits(self, n, first_nonzero=True):
        for _ in range(100):
            s = self.digits(n, first_nonzero)
            if not hides_checksummed(s):
                return s
        raise Redraw("digits")

    def phone_like(self):
        """A number shaped like a phone number that is not one (a ticket, order or queue number)."""
        a = self.ch(["0171", "0800", "030", "089", "0664", "079", "07700", "0161", "087", "06"])
        b = self.safe_digits(self.ri(6, 8))
        return self.ch(["%s %s" % (a, b), "%s/%s" % (a, b), "%s-%s" % (a, b),
                        "%s %s %s" % (a, b[:3], b[3:])])

    def parcel_no(self):
        for _ in range(100):
            v = self.ch(["00340434%s" % self.digits(12), "JJD%s" % self.digits(16), "1Z%s%s%s" % (self.digits(3), self.ch(["AA", "E6", "V2"]), self.digits(10)),
                         "%s%s%s" % (self.ch(["AB", "RN", "TT", "JD"]), self.digits(9), "GB"),
                         "%s" % self.digits(14, True)])
            if not hides_checksummed(re.sub(r"\D", " ", v).replace(" ", "")) and not any(
                    hides_checksummed(x) for x in re.findall(r"\d+", v)):
                return v
        raise Redraw("parcel")

    def gtin(self):
        for _ in range(200):
            d12 = self.ch(["40", "42", "43", "76", "50", "90", "80", "87"]) + self.digits(10)
            g = d12 + gtin_digit(d12)
            if not hides_checksummed(g):
                return g
        raise Redraw("gtin")

    def version(self):
        return "%d.%d.%d" % (self.ri(1, 9), self.ri(0, 24), self.ri(0, 40))


ROLE_MAILS = {"de": ["service", "kundenservice", "personal", "compliance", "facility", "einkauf", "filiale.kempten",
                     "jobs", "hinweise", "poststelle", "it-support", "team"],
              "en": ["service", "support", "hr", "people", "compliance", "facilities", "careers", "speakup",
                     "mailroom", "it-helpdesk", "stores", "hello"]}

COMMON_WORDS = set("""the and for with from this that will may can hope grace rose mark dear best kind
regards thanks hello about after again also back been before being call card come could day does done
down each even every find first give good great have here home into just keep know last like look made
make many more most much must name need next note only open order over part please pick post read
room said same send shop size some soon stay still take than them then there they time under upon very
want well went were what when where which while work year your die der das und mit von zum zur bitte
danke herr frau gruss grüße liebe lieber hallo noch auch nicht eine einen einem einer sind sein
ihre ihr uns wir ich sie ist war hat haben wird werden kann soll bald gern gerne ganz gut neue neuer
stand tara tina nora mina dora lena""".split())


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
IPV6_CAND = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")
URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:de|com|at|ch|co\.uk|ie|nl|fr|it|org|net)/\S*")
HANDLE_RE = re.compile(r"(?<![\w@.])@[\w.-]*\w")
IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})")


def _mask(text, ents):
    chars = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            chars[i] = "\x00"
    return "".join(chars)


def outside_violations(masked):
    out = []
    if EMAIL_RE.search(masked):
        out.append("email outside: " + EMAIL_RE.search(masked).group(0))
    for m in IPV4_RE.finditer(masked):
        if all(0 <= int(g) <= 255 for g in m.groups()):
            out.append("ipv4 outside: " + m.group(0))
    for m in IPV6_CAND.finditer(masked):
        tok = m.group(0).strip(".")
        for cand in (tok, tok.rstrip(":")):
            try:
                ipaddress.IPv6Address(cand)
                out.append("ipv6 outside: " + cand)
                break
            except ValueError:
                pass
    for m in IBAN_START.finditer(masked):
        rest = masked[m.start():m.start() + 50]
        comp = ""
        for i, ch in enumerate(rest):
            if ch.isalnum() and ch.isascii():
                comp += ch.upper() if i >= 2 else ch
            elif ch == " " and i + 1 < len(rest) and rest[i + 1].isalnum() and comp and rest[i - 1].isalnum():
                continue
            else:
                break
            if len(comp) >= 15 and iban_ok(comp):
                out.append("iban outside: " + comp)
                break
    # digit runs joined by single spaces or dashes
    for m in re.finditer(r"\d(?:[ -]?\d)*", masked):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 11 and hides_checksummed(digits):
            out.append("checksummed digits outside: " + m.group(0))
    return out


def span_violations(text, ents):
    out = []
    last = 0
    prev = None
    for e in ents:
        v = e["value"]
        if text[e["start"]:e["end"]] != v:
            out.append("value mismatch")
        if e["start"] < last:
            out.append("overlap")
        last = e["end"]
        if v != v.strip() or not v:
            out.append("space at span end: %r" % v)
        t = e["type"]
        if t == "IBAN" and not iban_ok(v.replace(" ", "")):
            out.append("bad iban " + v)
        if t == "CREDIT_CARD" and not card_ok(re.sub(r"[ -]", "", v)):
            out.append("bad card " + v)
        if t == "DE_TAX_ID" and not taxid_ok(v.replace(" ", "")):
            out.append("bad taxid " + v)
        if t == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                out.append("bad ip " + v)
        if t == "EMAIL" and not EMAIL_RE.fullmatch(v):
            out.append("bad email " + v)
        if t == "PHONE" and len(re.sub(r"\D", "", v)) < 7:
            out.append("short phone " + v)
        if t == "PERSON" and prev is not None and prev["type"] == "PERSON":
            gap = text[prev["end"]:e["start"]]
            if gap.strip(" \n") == "":
                out.append("adjacent persons: %r %r" % (prev["value"], v))
        prev = e
    return out


def name_violations(text, ents):
    masked = _mask(text, ents)
    for rx in (EMAIL_RE, URL_RE, HANDLE_RE):
        masked = rx.sub(lambda m: "\x00" * len(m.group(0)), masked)
    parts = []
    for e in ents:
        if e["type"] != "PERSON":
            continue
        for p in re.split(r"[\s,\-']+", e["value"]):
            p = p.strip(".")
            if len(p) >= 2 and p.casefold() not in N.PARTICLES:
                parts.append(p)
    out = []
    for p in list(dict.fromkeys(parts)):
        if re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", masked, re.IGNORECASE):
            out.append("unlabelled name part: " + p)
    return out


def check_text(text, ents, has_pii):
    errs = span_violations(text, ents)
    errs += outside_violations(_mask(text, ents))
    errs += name_violations(text, ents)
    if has_pii and not ents:
        errs.append("no span in a text with personal data")
    if not has_pii and ents:
        errs.append("span in a clean text")
    if text.count("\n") + 1 > 15:
        errs.append("more than 15 lines")
    if "{" in text and re.search(r"\{[a-z_]+\}", text):
        errs.append("template mark left")
    if text != text.strip():
        errs.append("text has outer whitespace")
    return errs
