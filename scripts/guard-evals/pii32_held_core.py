"""Core of the held-out half of the thirty-second PII bank (heldout32).

Labelled values, documents, the template language, people, addresses, phone numbers, IBANs,
cards, Steuer-IDs, IP addresses, look-alikes, dates, money, the brand's products and the
self-checks. Standard library only.

Template language (prose and layouts):
  [[a|b|c]]        one alternative; an alternative may start with tags, `@AT,CH:text`, and is
                   then eligible only when the text's country or register (du/sie) matches
  [?text?]         optional part (half of the draws)
  {x} {x.attr}     a slot: plain text, a labelled value, a person's name form or value
  {x|he|she}       chosen by the person's gender
"""

import ipaddress
import re
import unicodedata

import pii32_held_names as N

TYPES = ["PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS",
         "DE_TAX_ID"]

# --------------------------------------------------------------------------------------------
# folding


_FOLD_EXTRA = {"ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
               "æ": "ae", "Æ": "AE", "œ": "oe", "ʼ": "'", "’": "'", "ð": "d", "þ": "th"}


def fold(s):
    """Drop diacritics (ü -> u, ş -> s), ß -> ss."""
    out = []
    for ch in s:
        if ch in _FOLD_EXTRA:
            out.append(_FOLD_EXTRA[ch])
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in d if not unicodedata.combining(c)))
    return "".join(out)


def de_fold(s):
    """German transcription for e-mail local parts: ä -> ae, ö -> oe, ü -> ue, ß -> ss."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"),
                 ("ß", "ss")):
        s = s.replace(a, b)
    return fold(s)


def words_of(s):
    return re.findall(r"[^\W\d_]+", s)


# --------------------------------------------------------------------------------------------
# checksums


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def card_issuer(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mastercard"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if n in (16, 19) and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649):
        return "discover"
    return None


def card_ok(d):
    return d.isdigit() and card_issuer(d) is not None and luhn_ok(d)


IBAN_LEN = {"AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22,
            "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21,
            "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
            "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19,
            "SK": 24, "SM": 27, "TR": 26}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s[2:4].isdigit() or not s.isalnum() or s != s.upper():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    check = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


def taxid_rule_ok(d):
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    first = d[:10]
    counts = [first.count(c) for c in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        for i in range(8):
            if first[i] == first[i + 1] == first[i + 2]:
                return False
    return True


def taxid_check_digit(first10):
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def taxid_ok(d):
    return taxid_rule_ok(d) and int(d[10]) == taxid_check_digit(d[:10])


def gtin_check(body12):
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return str((10 - total % 10) % 10)


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
            25, 24, 23]


def italian_cin(abi, cab, conto):
    s = abi + cab + conto
    total = 0
    for i, ch in enumerate(s):
        if ch.isdigit():
            k = int(ch)
        else:
            k = ord(ch.upper()) - 65
        if i % 2 == 0:
            total += _CIN_ODD[k]
        else:
            total += k
    return chr(65 + total % 26)


# --------------------------------------------------------------------------------------------
# outside-span scanners (also used by look-alike generators)

EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s\"'<>]+")
HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_.]+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)")
IPV6_CAND_RE = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")
DIGIT_RUN_RE = re.compile(r"\d+(?:[ -]\d+)*")
IBAN_CAND_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32})")


def scan_digits(s):
    """Problems in digit runs (joined across single spaces or dashes): card or Steuer-ID."""
    out = []
    for m in DIGIT_RUN_RE.finditer(s):
        d = re.sub(r"[ -]", "", m.group(0))
        n = len(d)
        if n < 11:
            continue
        for i in range(n - 10):
            if taxid_ok(d[i:i + 11]):
                out.append("taxid:" + d[i:i + 11])
                break
        for L in range(13, 20):
            for i in range(0, n - L + 1):
                w = d[i:i + L]
                if card_ok(w):
                    out.append("card:" + w)
                    break
    return out


def scan_outside(s):
    """Problems in text that must hold no labelled kind of value."""
    out = []
    for m in EMAIL_RE.finditer(s):
        out.append("email:" + m.group(0))
    for m in IPV4_RE.finditer(s):
        if all(int(g) <= 255 for g in m.groups()):
            out.append("ipv4:" + m.group(0))
    for m in IPV6_CAND_RE.finditer(s):
        tok = m.group(0).strip(":.")
        for cand in (m.group(0), tok):
            try:
                ipaddress.IPv6Address(cand)
                out.append("ipv6:" + cand)
                break
            except ValueError:
                pass
    for m in IBAN_CAND_RE.finditer(s):
        comp = m.group(1).replace(" ", "")
        L = IBAN_LEN.get(comp[:2])
        if L and len(comp) >= L and iban_ok(comp[:L]):
            out.append("iban:" + comp[:L])
    out.extend(scan_digits(s))
    return out


def digits_clean(s):
    return not scan_outside(s)


# --------------------------------------------------------------------------------------------
# geography


class Town:
    def __init__(self, country, name, postcodes, area, extra=None):
        self.country = country
        self.name = name
        self.postcodes = postcodes
        self.area = area
        self.extra = extra or {}


def _towns(country, rows):
    out = []
    for row in rows:
        name, pcs, area = row[0], row[1].split(), row[2]
        extra = row[3] if len(row) > 3 else {}
        out.append(Town(country, name, pcs, area, extra))
    return out


TOWNS = {
    "DE": _towns("DE", [
        ("Berlin", "10115 10178 10245 10405 10437 10827 12043 13086 14057", "30"),
        ("Hamburg", "20095 20249 22765 22301 21073", "40"),
        ("München", "80331 80469 80799 81369 81541 81675", "89"),
        ("Köln", "50667 50733 50937 51105", "221"),
        ("Frankfurt am Main", "60311 60385 60594 65929", "69"),
        ("Stuttgart", "70173 70180 70372", "711"),
        ("Düsseldorf", "40210 40477 40545", "211"),
        ("Leipzig", "04109 04229 04315", "341"),
        ("Dresden", "01067 01099 01309", "351"),
        ("Nürnberg", "90402 90429 90478", "911"),
        ("Hannover", "30159 30169 30451", "511"),
        ("Bremen", "28195 28203 28359", "421"),
        ("Freiburg im Breisgau", "79098 79102 79110", "761"),
        ("Münster", "48143 48149 48155", "251"),
        ("Kempten (Allgäu)", "87435 87439", "831"),
        ("Garmisch-Partenkirchen", "82467", "8821"),
        ("Regensburg", "93047 93053", "941"),
        ("Augsburg", "86150 86159", "821"),
        ("Kassel", "34117 34119", "561"),
        ("Erfurt", "99084 99096", "361"),
        ("Rostock", "18055 18057", "381"),
        ("Heidelberg", "69117 69120", "6221"),
        ("Göttingen", "37073 37083", "551"),
        ("Ulm", "89073 89077", "731"),
        ("Bonn", "53111 53113", "228"),
        ("Würzburg", "97070 97082", "931"),
        ("Oberstdorf", "87561", "8322"),
        ("Rosenheim", "83022 83024", "8031"),
        ("Lindau (Bodensee)", "88131", "8382"),
        ("Potsdam", "14467 14469", "331"),
        ("Jena", "07743 07745", "3641"),
        ("Konstanz", "78462 78467", "7531"),
        ("Bamberg", "96047 96052", "951"),
        ("Aachen", "52062 52064", "241"),
        ("Lübeck", "23552 23562", "451"),
        ("Bielefeld", "33602 33615", "521"),
        ("Mainz", "55116 55122", "6131"),
        ("Berchtesgaden", "83471", "8652"),
    ]),
    "AT": _towns("AT", [
        ("Wien", "1010 1020 1030 1040 1050 1060 1070 1080 1090 1100 1120 1140 1150 1160 1170 "
                 "1180 1190 1200 1210 1220 1230", "1", {"doors": True}),
        ("Graz", "8010 8020 8036 8045", "316", {"doors": True}),
        ("Linz", "4020 4040", "732"),
        ("Salzburg", "5020 5026", "662"),
        ("Innsbruck", "6020", "512"),
        ("Klagenfurt am Wörthersee", "9020", "463"),
        ("Villach", "9500", "4242"),
        ("Wels", "4600", "7242"),
        ("St. Pölten", "3100", "2742"),
        ("Dornbirn", "6850", "5572"),
        ("Bregenz", "6900", "5574"),
        ("Leoben", "8700", "3842"),
        ("Kitzbühel", "6370", "5356"),
        ("Schladming", "8970", "3687"),
        ("Zell am See", "5700", "6542"),
        ("Lienz", "9900", "4852"),
        ("Feldkirch", "6800", "5522"),
        ("Steyr", "4400", "7252"),
        ("Bad Ischl", "4820", "6132"),
        ("Hallein", "5400", "6245"),
    ]),
    "CH": _towns("CH", [
        ("Zürich", "8001 8003 8004 8005 8006 8032 8037 8045 8050 8055", "44"),
        ("Bern", "3011 3012 3013 3014 3018", "31"),
        ("Basel", "4051 4053 4056 4057", "61"),
        ("Luzern", "6003 6004 6005", "41"),
        ("St. Gallen", "9000 9008", "71"),
        ("Winterthur", "8400 8404 8406", "52"),
        ("Chur", "7000", "81"),
        ("Thun", "3600 3604", "33"),
        ("Interlaken", "3800", "33"),
        ("Davos Platz", "7270", "81"),
        ("Zug", "6300", "41"),
        ("Aarau", "5000", "62"),
        ("Schaffhausen", "8200", "52"),
        ("Lausanne", "1003 1004 1005", "21", {"lang": "fr"}),
        ("Genève", "1201 1203 1205", "22", {"lang": "fr"}),
        ("Fribourg", "1700", "26", {"lang": "fr"}),
        ("Lugano", "6900", "91", {"lang": "it"}),
        ("Sion", "1950", "27", {"lang": "fr"}),
        ("Brig", "3900", "27"),
        ("Grindelwald", "3818", "33"),
        ("Frauenfeld", "8500", "52"),
        ("Olten", "4600", "62"),
    ]),
    "GB": _towns("GB", [
        ("London", "SW11 E8 N1 SE15 NW5 W12 E17", "20"),
        ("Manchester", "M14 M20 M4", "161"),
        ("Leeds", "LS6 LS8 LS11", "113"),
        ("Sheffield", "S10 S11 S7", "114"),
        ("Bristol", "BS6 BS3 BS7", "117"),
        ("Edinburgh", "EH9 EH6 EH10", "131"),
        ("Glasgow", "G12 G41 G3", "141"),
        ("Cardiff", "CF24 CF10 CF11", "29"),
        ("Newcastle upon Tyne", "NE6 NE2", "191"),
        ("Liverpool", "L17 L8", "151"),
        ("Nottingham", "NG7 NG5", "115"),
        ("Kendal", "LA9", "1539"),
        ("Keswick", "CA12", "17687"),
        ("Inverness", "IV2 IV3", "1463"),
        ("Aviemore", "PH22", "1479"),
        ("Fort William", "PH33", "1397"),
        ("Bangor", "LL57", "1248"),
        ("York", "YO31 YO10", "1904"),
        ("Brighton", "BN2 BN1", "1273"),
        ("Oxford", "OX4 OX2", "1865"),
        ("Cambridge", "CB1 CB4", "1223"),
        ("Bath", "BA1 BA2", "1225"),
        ("Exeter", "EX4 EX2", "1392"),
        ("Belfast", "BT9 BT7", "28"),
        ("Ambleside", "LA22", "15394"),
        ("Hebden Bridge", "HX7", "1422"),
        ("Aberdeen", "AB10 AB15", "1224"),
    ]),
    "US": _towns("US", [
        ("Portland", "97214 97202 97211", "503 971", {"state": "OR"}),
        ("Denver", "80203 80206 80211", "303 720", {"state": "CO"}),
        ("Boulder", "80302 80304", "303", {"state": "CO"}),
        ("Seattle", "98103 98117 98122", "206", {"state": "WA"}),
        ("Boston", "02118 02130", "617", {"state": "MA"}),
        ("Burlington", "05401", "802", {"state": "VT"}),
        ("Salt Lake City", "84102 84105", "801", {"state": "UT"}),
        ("Bend", "97701 97702", "541", {"state": "OR"}),
        ("Asheville", "28801 28806", "828", {"state": "NC"}),
        ("Minneapolis", "55408 55414", "612", {"state": "MN"}),
        ("Chicago", "60614 60622", "773 312", {"state": "IL"}),
        ("Austin", "78704 78751", "512", {"state": "TX"}),
        ("Missoula", "59801", "406", {"state": "MT"}),
        ("Flagstaff", "86001", "928", {"state": "AZ"}),
        ("Madison", "53703", "608", {"state": "WI"}),
        ("Sacramento", "95814 95816", "916", {"state": "CA"}),
        ("Bozeman", "59715", "406", {"state": "MT"}),
        ("Duluth", "55802", "218", {"state": "MN"}),
        ("Albany", "12203", "518", {"state": "NY"}),
        ("Ann Arbor", "48104", "734", {"state": "MI"}),
        ("Boise", "83702", "208", {"state": "ID"}),
    ]),
    "IE": _towns("IE", [
        ("Dublin 6", "D06", "1", {"dublin": True}),
        ("Dublin 8", "D08", "1", {"dublin": True}),
        ("Dublin 7", "D07", "1", {"dublin": True}),
        ("Dublin 4", "D04", "1", {"dublin": True}),
        ("Cork", "T12 T23", "21"),
        ("Galway", "H91", "91"),
        ("Limerick", "V94", "61"),
        ("Killarney", "V93", "64", {"county": "Co. Kerry"}),
        ("Westport", "F28", "98", {"county": "Co. Mayo"}),
        ("Sligo", "F91", "71"),
        ("Kilkenny", "R95", "56"),
        ("Wicklow", "A67", "404", {"county": "Co. Wicklow"}),
        ("Letterkenny", "F92", "74", {"county": "Co. Donegal"}),
        ("Ennis", "V95", "65", {"county": "Co. Clare"}),
        ("Clifden", "H71", "95", {"county": "Co. Galway"}),
    ]),
    "FR": _towns("FR", [
        ("Paris", "75011 75015 75018 75020", "1"),
        ("Lyon", "69003 69007", "4"),
        ("Grenoble", "38000 38100", "4"),
        ("Chamonix-Mont-Blanc", "74400", "4"),
        ("Annecy", "74000", "4"),
        ("Strasbourg", "67000", "3"),
        ("Lille", "59000", "3"),
        ("Bordeaux", "33000", "5"),
        ("Toulouse", "31000", "5"),
        ("Nantes", "44000", "2"),
        ("Marseille", "13006", "4"),
        ("Briançon", "05100", "4"),
    ]),
    "NL": _towns("NL", [
        ("Amsterdam", "1016 1017 1053 1072 1091", "20"),
        ("Utrecht", "3512 3581", "30"),
        ("Rotterdam", "3011 3014", "10"),
        ("Den Haag", "2514 2563", "70"),
        ("Groningen", "9711 9712", "50"),
        ("Eindhoven", "5611", "40"),
        ("Nijmegen", "6511", "24"),
        ("Haarlem", "2011", "23"),
        ("Leiden", "2311", "71"),
        ("Arnhem", "6811", "26"),
        ("Maastricht", "6211", "43"),
    ]),
    "IT": _towns("IT", [
        ("Milano", "20121 20135 20144", "2", {"prov": "MI"}),
        ("Torino", "10121 10138", "11", {"prov": "TO"}),
        ("Bolzano", "39100", "471", {"prov": "BZ"}),
        ("Trento", "38122", "461", {"prov": "TN"}),
        ("Bologna", "40121 40137", "51", {"prov": "BO"}),
        ("Firenze", "50122", "55", {"prov": "FI"}),
        ("Roma", "00184 00153", "6", {"prov": "RM"}),
        ("Verona", "37121", "45", {"prov": "VR"}),
        ("Aosta", "11100", "165", {"prov": "AO"}),
        ("Cortina d'Ampezzo", "32043", "436", {"prov": "BL"}),
        ("Merano", "39012", "473", {"prov": "BZ"}),
    ]),
}

STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße",
           "Bergstraße", "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße",
           "Goethestraße", "Schillerstraße", "Mozartstraße", "Am Anger", "Lindenallee",
           "Birkenweg", "Ahornweg", "Rosenweg", "Tulpenweg", "Wiesenweg", "Mühlweg", "Feldweg",
           "Eichendorffstraße", "Friedrich-Ebert-Straße", "Kastanienallee", "Marktplatz",
           "Am Bach", "Kantstraße", "Uhlandstraße", "Karlstraße", "Luisenstraße", "Sonnenstraße",
           "Isarstraße", "Hohenzollernstraße", "Lessingstraße", "Beethovenstraße",
           "Brunnenstraße", "Am Sportplatz", "Im Winkel", "Heidestraße", "Auf der Höhe",
           "Steinweg", "Burgstraße", "Rathausstraße", "Holunderweg", "Meisenweg", "Talstraße",
           "Wilhelmstraße", "Körnerstraße", "Sedanstraße", "Hegelstraße", "Jahnstraße"],
    "AT": ["Hauptplatz", "Herrengasse", "Mariahilfer Straße", "Landstraßer Hauptstraße",
           "Kirchengasse", "Schulgasse", "Lindengasse", "Bahnhofstraße", "Wiener Straße",
           "Salzburger Straße", "Museumstraße", "Maria-Theresien-Straße", "Getreidegasse",
           "Linzer Gasse", "Annenstraße", "Dorfplatz", "Feldgasse", "Gartengasse", "Mühlgasse",
           "Rosengasse", "Grazer Straße", "Kaiserstraße", "Stiftgasse", "Praterstraße",
           "Josefstädter Straße", "Radetzkystraße", "Leopoldstraße", "Elisabethstraße",
           "Schmiedgasse", "Kärntner Straße", "Triester Straße", "Hernalser Hauptstraße",
           "Reichsstraße", "Sonnenweg", "Almweg"],
    "CH": ["Bahnhofstrasse", "Dorfstrasse", "Hauptstrasse", "Kirchgasse", "Seestrasse",
           "Bergstrasse", "Schulhausstrasse", "Rütistrasse", "Landstrasse", "Rosenweg",
           "Sonnenbergstrasse", "Alpenstrasse", "Marktgasse", "Spitalgasse", "Kramgasse",
           "Weinbergstrasse", "Zürichstrasse", "Bernstrasse", "Feldstrasse", "Gartenstrasse",
           "Hofackerstrasse", "Badenerstrasse", "Birkenweg", "Sonnenrain", "Ringstrasse",
           "Neugasse", "Lindenhofstrasse", "Obere Bahnhofstrasse", "Gerbergasse"],
    "CH_fr": ["Rue du Lac", "Avenue de la Gare", "Rue de Lausanne", "Chemin des Vignes",
              "Rue du Midi", "Avenue de Rumine", "Rue de Carouge"],
    "CH_it": ["Via Nassa", "Via Cantonale", "Via San Gottardo", "Via Pretorio", "Via Trevano"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane",
           "Park Avenue", "Queen's Road", "Albert Street", "Greenway Close", "Kingsway",
           "Elm Grove", "Castle Street", "Moor Lane", "Windsor Terrace", "Chapel Street",
           "The Crescent", "Manor Way", "Orchard Drive", "Beech Road", "Meadow View",
           "Grove Road", "St Mary's Road", "Springfield Road", "Harrow Road",
           "Marlborough Avenue", "Cavendish Road", "Thornhill Gardens", "Lime Tree Walk",
           "Belvedere Road", "Wellington Street", "Heather Bank", "Ashfield Crescent"],
    "US": ["Maple Ave", "Pine St", "Oak Street", "Elm Dr", "N Lincoln Ave", "Willow Ln",
           "SE Hawthorne Blvd", "Cedar Ct", "W 4th Street", "Juniper Way", "Aspen Circle",
           "Spruce St", "NE Alberta St", "Birch Road", "Ridge Road", "Meadowbrook Ln",
           "Lakeview Dr", "Canyon Rd", "Prospect Ave", "Summit Ave", "Grand Ave",
           "E 12th Ave", "Washington St", "Jefferson Ave"],
    "IE": ["Main Street", "Church Road", "Clanbrassil Street", "Sandymount Avenue",
           "Father Griffin Road", "Shop Street", "Quay Street", "The Mall", "Bridge Street",
           "College Road", "Rathmines Road", "Harbour View", "Abbey Street", "Mill Road",
           "Lower Salthill Road", "Castle Street"],
    "FR": ["rue de la République", "avenue Jean Jaurès", "place du Marché", "boulevard Voltaire",
           "rue des Lilas", "quai Saint-Antoine", "chemin des Crêtes", "rue du Moulin",
           "allée des Tilleuls", "rue Pasteur", "avenue de la Gare", "rue des Écoles"],
    "NL": ["Prinsengracht", "Oudegracht", "Kerkstraat", "Dorpsstraat", "Molenweg",
           "Stationsweg", "Lange Voorhout", "Herengracht", "Vondelstraat", "Hoofdstraat",
           "Nieuwe Binnenweg", "Zeestraat", "Bloemgracht", "Marktstraat"],
    "IT": ["Via Roma", "Corso Italia", "Via Giuseppe Garibaldi", "Piazza Duomo",
           "Viale dei Mille", "Via Dante Alighieri", "Via Cavour", "Via Mazzini",
           "Via dei Portici", "Via Santa Croce", "Via Torino", "Via Museo"],
}

COUNTRY_NAMES = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom",
           "US": "USA", "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien",
           "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}

CALLING = {"DE": "49", "AT": "43", "CH": "41", "GB": "44", "US": "1", "IE": "353", "FR": "33",
           "NL": "31", "IT": "39"}

MAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de",
           "freenet.de", "mailbox.org", "icloud.com"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "proton.me", "gmail.com"],
    "GB": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk",
           "sky.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "IE": ["eircom.net", "gmail.com", "outlook.ie", "hotmail.com", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"],
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

CURRENCY = {"DE": "EUR", "AT": "EUR", "FR": "EUR", "NL": "EUR", "IT": "EUR", "IE": "EUR",
            "GB": "GBP", "US": "USD", "CH": "CHF"}

# --------------------------------------------------------------------------------------------
# the brand


PRODUCTS = [
    # sku, en name, de name, price EUR, colours en, colours de, kind
    ("TG-HT-100", "Almweg Zip-Off Hiking Trousers", "Almweg Zip-off-Wanderhose", "129.95",
     ["Rock Grey", "Peat Brown", "Slate"], ["Felsgrau", "Moorbraun", "Schiefer"], "trousers"),
    ("TG-BP-045", "Fernkamm 45+10 Trekking Backpack", "Fernkamm 45+10 Trekkingrucksack", "229.95",
     ["Slate", "Fir Shade", "Hut Orange"], ["Schiefer", "Tannenschatten", "Hüttenorange"], "pack"),
    ("TG-RJ-100", "Firstwand 3-Layer Rain Jacket", "Firstwand 3-Lagen-Regenjacke", "349.95",
     ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate"],
     ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer"], "jacket"),
    ("TG-FL-100", "Gitterhang Grid Fleece Jacket", "Gitterhang Grid-Fleecejacke", "119.95",
     ["Rock Grey", "Lichen", "Ridge Blue"], ["Felsgrau", "Flechte", "Gratblau"], "jacket"),
    ("TG-BP-030", "Hochsattel 30 Hiking Backpack", "Hochsattel 30 Wanderrucksack", "139.95",
     ["Ridge Blue", "Fir Shade", "Slate"], ["Gratblau", "Tannenschatten", "Schiefer"], "pack"),
    ("TG-DJ-100", "Kaltkar Down Jacket", "Kaltkar Daunenjacke", "289.95",
     ["Alpenglow", "Ridge Blue", "Slate"], ["Alpenglühen", "Gratblau", "Schiefer"], "jacket"),
    ("TG-BL-100", "Morgengrat Merino 150 Long-Sleeve Shirt", "Morgengrat Merino 150 Langarmshirt",
     "89.95", ["Slate", "Limestone", "Peat Brown"], ["Schiefer", "Kalkstein", "Moorbraun"], "shirt"),
    ("TG-SI-100", "Rinnental Insulated Hoody", "Rinnental Isolationshoody", "219.95",
     ["Fir Shade", "Hut Orange", "Slate"], ["Tannenschatten", "Hüttenorange", "Schiefer"], "jacket"),
    ("TG-RJ-200", "Schauerpass 2.5-Layer Rain Jacket", "Schauerpass 2,5-Lagen-Regenjacke", "199.95",
     ["Gentian", "Lichen", "Slate"], ["Enzian", "Flechte", "Schiefer"], "jacket"),
    ("TG-TS-100", "Steinlauf Trail Running Shoe", "Steinlauf Trailrunningschuh", "159.95",
     ["Slate/Hut Orange", "Ridge Blue/Limestone"], ["Schiefer/Hüttenorange", "Gratblau/Kalkstein"],
     "shoe"),
    ("TG-SO-100", "Trittweg Merino Hiking Socks", "Trittweg Merino-Wandersocken", "24.95",
     ["Rock Grey", "Fir Shade", "Hut Orange"], ["Felsgrau", "Tannenschatten", "Hüttenorange"],
     "socks"),
    ("TG-WT-100", "Wintersteig Winter Trekking Trousers", "Wintersteig Wintertrekkinghose", "169.95",
     ["Slate", "Fir Shade"], ["Schiefer", "Tannenschatten"], "trousers"),
]

# German grammatical gender of the product nouns (for articles in German templates).
PRODUCT_GENUS = {"trousers": "f", "pack": "m", "jacket": "f", "shirt": "n", "shoe": "m",
                 "socks": "pl"}

STORES = {
    "DE": [("München", "Sendlinger Straße 41", "80331", "München", "+49 89 2154 3310"),
           ("Berlin", "Kastanienallee 18", "10435", "Berlin", "+49 30 4403 1870"),
           ("Hamburg", "Lange Reihe 77", "20099", "Hamburg", "+49 40 2805 6620"),
           ("Freiburg", "Kaiser-Joseph-Straße 210", "79098", "Freiburg im Breisgau",
            "+49 761 3870 455"),
           ("Leipzig", "Karl-Liebknecht-Straße 54", "04275", "Leipzig", "+49 341 2258 9040")],
    "AT": [("Innsbruck", "Anichstraße 9", "6020", "Innsbruck", "+43 512 584 122"),
           ("Salzburg", "Linzer Gasse 33", "5020", "Salzburg", "+43 662 873 410"),
           ("Wien", "Neubaugasse 26", "1070", "Wien", "+43 1 523 4870"),
           ("Graz", "Sporgasse 14", "8010", "Graz", "+43 316 822 095")],
    "CH": [("Zürich", "Langstrasse 120", "8004", "Zürich", "+41 44 241 58 30"),
           ("Bern", "Aarbergergasse 22", "3011", "Bern", "+41 31 311 47 20"),
           ("Luzern", "Hertensteinstrasse 8", "6004", "Luzern", "+41 41 410 62 15")],
    "GB": [("Manchester", "45 Oldham Street", "M1 1JG", "Manchester", "+44 161 832 4470"),
           ("Keswick", "21 Lake Road", "CA12 5BS", "Keswick", "+44 17687 72915"),
           ("Edinburgh", "88 Cockburn Street", "EH1 1BP", "Edinburgh", "+44 131 226 5082"),
           ("London", "140 Upper Street", "N1 1QY", "London", "+44 20 7359 2281")],
    "US": [("Portland", "2305 NW Kearney St", "97210", "Portland", "+1 503 224 6871", "OR"),
           ("Denver", "1550 Platte St", "80202", "Denver", "+1 303 477 2190", "CO"),
           ("Boulder", "1220 Pearl St", "80302", "Boulder", "+1 303 442 8036", "CO")],
    "IE": [("Dublin", "27 Drury Street", "D02 W312", "Dublin 2", "+353 1 679 4402"),
           ("Galway", "14 Shop Street", "H91 X2K8", "Galway", "+353 91 562 870")],
    "FR": [("Lyon", "18 rue Mercière", "69002", "Lyon", "+33 4 78 42 19 60"),
           ("Chamonix", "112 rue Joseph Vallot", "74400", "Chamonix-Mont-Blanc",
            "+33 4 50 53 28 14")],
    "NL": [("Amsterdam", "Haarlemmerstraat 96", "1013 EW", "Amsterdam", "+31 20 624 7719"),
           ("Utrecht", "Oudegracht 151", "3511 AL", "Utrecht", "+31 30 231 8840")],
    "IT": [("Bolzano", "Via dei Portici 39", "39100", "Bolzano", "+39 0471 973 218"),
           ("Milano", "Corso di Porta Ticinese 60", "20123", "Milano", "+39 02 8940 1172")],
}

# companies of texts with personal data: no person's name part inside
COMPANIES = {
    "print": {"en": ["Northpoint Print Ltd", "Inkwell Press", "Fellside Printers",
                     "Quayside Print Works", "Copperplate Studio"],
              "de": ["Druckerei Alpenblick GmbH", "Druckhaus Talweg", "Printwerk Nord GmbH",
                     "Offsetdruck Seeblick", "Druckerei Edelweiß KG"]},
    "courier": {"en": ["DPD", "Evri", "DHL Parcel UK", "Royal Mail", "An Post", "UPS", "FedEx",
                       "GLS"],
                "de": ["DHL", "DPD", "GLS", "Hermes", "UPS", "Österreichische Post",
                       "Die Schweizerische Post", "Go! Express"]},
    "collector": {"en": ["Sentinel Debt Recovery Ltd", "Harbour Credit Services",
                         "Northgate Collections"],
                  "de": ["Alpina Inkasso GmbH", "Nordlicht Forderungsmanagement GmbH",
                         "Inkasso Süd AG", "Bergwerk Inkasso KG"]},
    "insurer": {"en": ["Harbourside Mutual", "Fellgate Insurance plc", "Summit Liability Ltd"],
                "de": ["Bergland Versicherung AG", "Alpenländische Haftpflicht",
                       "Talblick Versicherungsverein"]},
    "school": {"en": ["Kendal College", "Lakeland School of Retail", "Greenway Sixth Form",
                      "Riverside Business School"],
               "de": ["Berufsschule für Handel am Rosenheimer Platz", "Handelsakademie Innsbruck",
                      "Kaufmännische Berufsschule Luzern", "Hochschule für Wirtschaft Talheim",
                      "BBS Handel und Logistik"]},
}

ROLE_LOCAL = {"en": ["service", "support", "privacy", "accounts", "orders", "hr", "fraud",
                     "events", "loyalty", "customs", "claims"],
              "de": ["service", "kundenservice", "datenschutz", "buchhaltung", "bestellungen",
                     "personal", "sicherheit", "events", "bonusclub", "zoll", "schaden"]}


# --------------------------------------------------------------------------------------------
# documents


class Lab:
    __slots__ = ("typ", "text")

    def __init__(self, typ, text):
        assert typ in TYPES, typ
        self.typ = typ
        self.text = text

    def seg(self, attr=None):
        return [(self.text, self.typ)]

    def __str__(self):
        raise TypeError("a labelled value must not be formatted into plain text")


class Doc:
    def __init__(self, parts=None):
        self.parts = list(parts or [])

    def w(self, s):
        if s:
            self.parts.append((s, None))
        return self

    def v(self, typ, s):
        assert typ in TYPES
        self.parts.append((s, typ))
        return self

    def add(self, x):
        if isinstance(x, Doc):
            self.parts.extend(x.parts)
        elif isinstance(x, Lab):
            self.parts.append((x.text, x.typ))
        elif isinstance(x, str):
            self.w(x)
        else:
            self.parts.extend(x)
        return self

    def __add__(self, other):
        d = Doc(self.parts)
        d.add(other)
        return d

    def seg(self, attr=None):
        return list(self.parts)


def finish(parts, prose, swiss=False):
    """Join parts, clean up outside spans, return (text, entities)."""
    chars = []
    owner = []
    spans = []
    for text, typ in parts:
        if not text:
            continue
        sid = None
        if typ:
            sid = len(spans)
            spans.append(typ)
        for ch in text:
            if swiss and sid is None and ch == "ß":
                chars.append("s")
                owner.append(None)
                chars.append("s")
                owner.append(None)
                continue
            chars.append(ch)
            owner.append(sid)
    n = len(chars)
    keep = [True] * n

    def free(i):
        return owner[i] is None

    # trailing spaces at line ends (tabs too in prose)
    for i in range(n + 1):
        if i == n or chars[i] == "\n":
            j = i - 1
            while j >= 0 and free(j) and (chars[j] == " " or (prose and chars[j] == "\t")):
                keep[j] = False
                j -= 1
    if prose:
        # leading spaces, double spaces, spaces before punctuation
        at_line_start = True
        prev_kept = None
        for i in range(n):
            if not keep[i]:
                continue
            ch = chars[i]
            if ch == "\n":
                at_line_start = True
                prev_kept = i
                continue
            if ch == " " and free(i):
                if at_line_start:
                    keep[i] = False
                    continue
                if prev_kept is not None and chars[prev_kept] == " ":
                    keep[i] = False
                    continue
            if ch in ",.;:!?)" and free(i) and prev_kept is not None and chars[prev_kept] == " " \
                    and free(prev_kept):
                # remove the space left by an empty alternative ("word ," -> "word,")
                keep[prev_kept] = False
            at_line_start = False
            prev_kept = i
    # blank lines beyond one
    nl_run = 0
    for i in range(n):
        if not keep[i]:
            continue
        if chars[i] == "\n" and free(i):
            nl_run += 1
            if nl_run > 2:
                keep[i] = False
        elif chars[i] in " \t" and free(i) and nl_run:
            pass
        else:
            nl_run = 0
    # strip start and end
    for i in range(n):
        if keep[i] and chars[i] in " \n\t" and free(i):
            keep[i] = False
        elif keep[i]:
            break
    for i in range(n - 1, -1, -1):
        if keep[i] and chars[i] in " \n\t" and free(i):
            keep[i] = False
        elif keep[i]:
            break
    out = []
    starts = {}
    ends = {}
    for i in range(n):
        if not keep[i]:
            continue
        sid = owner[i]
        if sid is not None:
            if sid not in starts:
                starts[sid] = len(out)
            ends[sid] = len(out) + 1
        out.append(chars[i])
    text = "".join(out)
    ents = []
    for sid, typ in enumerate(spans):
        if sid in starts:
            s, e = starts[sid], ends[sid]
            ents.append({"type": typ, "start": s, "end": e, "value": text[s:e]})
    ents.sort(key=lambda x: (x["start"], x["end"]))
    return text, ents


# --------------------------------------------------------------------------------------------
# template language


def _find_close(s, i):
    """Index of the closing mark of the group opened at s[i:i+2]."""
    stack = [s[i:i + 2]]
    j = i + 2
    while j < len(s):
        two = s[j:j + 2]
        if two in ("[[", "[?"):
            stack.append(two)
            j += 2
            continue
        if two == "]]" and stack[-1] == "[[":
            stack.pop()
            if not stack:
                return j
            j += 2
            continue
        if two == "?]" and stack[-1] == "[?":
            stack.pop()
            if not stack:
                return j
            j += 2
            continue
        j += 1
    raise ValueError("unclosed group in template: " + s[i:i + 60])


def _split_top(s):
    out = []
    depth = 0
    brace = 0
    cur = []
    i = 0
    while i < len(s):
        two = s[i:i + 2]
        if two in ("[[", "[?"):
            depth += 1
            cur.append(two)
            i += 2
            continue
        if two in ("]]", "?]") and depth:
            depth -= 1
            cur.append(two)
            i += 2
            continue
        ch = s[i]
        if ch == "{":
            brace += 1
        elif ch == "}":
            brace -= 1
        if ch == "|" and depth == 0 and brace == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    out.append("".join(cur))
    return out


_TAG_RE = re.compile(r"@([A-Za-z,+]+):")


def _tag_match(spec, tags):
    return any(all(t in tags for t in alt.split("+")) for alt in spec.split(","))


def expand(tpl, rng, tags):
    out = []
    i = 0
    n = len(tpl)
    while i < n:
        two = tpl[i:i + 2]
        if two == "[[":
            j = _find_close(tpl, i)
            opts = _split_top(tpl[i + 2:j])
            tagged = []
            plain = []
            for o in opts:
                m = _TAG_RE.match(o)
                if m:
                    if _tag_match(m.group(1), tags):
                        tagged.append(o[m.end():])
                else:
                    plain.append(o)
            if tagged and (not plain or rng.random() < 0.7):
                pick = tagged[rng.randrange(len(tagged))]
            elif plain:
                pick = plain[rng.randrange(len(plain))]
            else:
                pick = ""
            out.append(expand(pick, rng, tags))
            i = j + 2
        elif two == "[?":
            j = _find_close(tpl, i)
            if rng.random() < 0.5:
                out.append(expand(tpl[i + 2:j], rng, tags))
            i = j + 2
        else:
            out.append(tpl[i])
            i += 1
    return "".join(out)


SLOT_RE = re.compile(r"\{(\w+)(?:\.(\w+))?(?:\|([^{}|]*)\|([^{}|]*))?\}")


def fill(s, slots):
    parts = []
    pos = 0
    for m in SLOT_RE.finditer(s):
        if m.start() > pos:
            parts.append((s[pos:m.start()], None))
        name, attr, a, b = m.group(1), m.group(2), m.group(3), m.group(4)
        if name not in slots:
            raise KeyError("unknown slot {%s} in template" % name)
        val = slots[name]
        if a is not None:
            parts.append((a if val.gender == "m" else b, None))
        elif isinstance(val, str):
            if attr:
                raise KeyError("attribute on plain slot " + name)
            parts.append((val, None))
        elif isinstance(val, (int, float)):
            parts.append((str(val), None))
        else:
            parts.extend(val.seg(attr))
        pos = m.end()
    if pos < len(s):
        parts.append((s[pos:], None))
    return parts


# --------------------------------------------------------------------------------------------
# values


class Address:
    def __init__(self, g, country, town=None, kind="home"):
        rng = g.rng
        self.g = g
        self.country = country
        towns = TOWNS[country]
        self.town = town or towns[rng.randrange(len(towns))]
        t = self.town
        self.postcode = self._postcode()
        self.townname = t.name
        if country == "CH" and t.extra.get("lang") == "fr":
            self.streetname = rng.choice(STREETS["CH_fr"])
        elif country == "CH" and t.extra.get("lang") == "it":
            self.streetname = rng.choice(STREETS["CH_it"])
        else:
            self.streetname = rng.choice(STREETS[country])
        self.number = self._number()
        self.unit = self._unit()
        self.dprefix = ""
        r = rng.random()
        if country == "DE" and r < 0.12:
            self.dprefix = "D-"
        elif country == "AT" and r < 0.22:
            self.dprefix = "A-"
        elif country == "CH" and r < 0.25:
            self.dprefix = "CH-"
        if country == "DE" and self.streetname.endswith("straße") and rng.random() < 0.2:
            self.streetname = self.streetname[:-6] + "str."
        if g.swiss_person_ss(country):
            self.streetname = self.streetname.replace("ß", "ss")
        self.caps_town = country in ("FR", "NL") and rng.random() < 0.2

    def _postcode(self):
        rng = self.g.rng
        t = self.town
        pc = rng.choice(t.postcodes)
        c = self.country
        if c == "GB":
            inward = str(rng.randrange(1, 10)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ")
                                                      for _ in range(2))
            return pc + " " + inward
        if c == "IE":
            chars = "0123456789ACDEFHKNPRTVWXY"
            ident = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(chars) for _ in range(3))
            return pc + " " + ident
        if c == "NL":
            letters = "".join(rng.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
            return pc + " " + letters
        return pc

    def _number(self):
        rng = self.g.rng
        c = self.country
        if c == "US":
            return str(rng.choice([rng.randrange(10, 999), rng.randrange(100, 9999),
                                   rng.randrange(1000, 12999)]))
        n = str(rng.randrange(1, 120) if rng.random() < 0.8 else rng.randrange(120, 240))
        if c in ("DE", "CH") and rng.random() < 0.1:
            n += rng.choice("abc")
        if c == "AT":
            if self.town.extra.get("doors") and rng.random() < 0.6:
                if rng.random() < 0.6:
                    n += f"/{rng.randrange(1, 9)}/{rng.randrange(1, 30)}"
                else:
                    n += f"/{rng.randrange(1, 40)}"
            elif rng.random() < 0.1:
                n += rng.choice("ab")
        if c == "NL":
            r = rng.random()
            if r < 0.15:
                n += "-hs"
            elif r < 0.3:
                n += " II"
            elif r < 0.4:
                n += rng.choice("ABC")
            elif r < 0.5:
                n += "-" + str(rng.randrange(1, 4))
        if c == "FR" and rng.random() < 0.12:
            n += " " + rng.choice(["bis", "ter"])
        return n

    def _unit(self):
        rng = self.g.rng
        c = self.country
        r = rng.random()
        if c == "GB" and r < 0.25:
            return rng.choice(["Flat %d" % rng.randrange(1, 12),
                               "Flat %d%s" % (rng.randrange(1, 6), rng.choice("ABC")),
                               "Apartment %d" % rng.randrange(2, 40)])
        if c == "US" and r < 0.4:
            return rng.choice(["Apt %d%s" % (rng.randrange(1, 9), rng.choice("ABCD")),
                               "Apt %d" % rng.randrange(2, 30), "Suite %d" % rng.randrange(100, 450),
                               "#%d" % rng.randrange(2, 40), "Unit %d" % rng.randrange(1, 20)])
        if c == "IE" and r < 0.2:
            return "Apartment %d" % rng.randrange(1, 30)
        return ""

    def street(self):
        c = self.country
        if c in ("GB", "IE"):
            s = f"{self.number} {self.streetname}"
            return f"{self.unit}, {s}" if self.unit else s
        if c == "US":
            s = f"{self.number} {self.streetname}"
            return f"{s}, {self.unit}" if self.unit else s
        if c == "FR":
            return f"{self.number} {self.streetname}"
        return f"{self.streetname} {self.number}"

    def town_line(self):
        c = self.country
        t = self.town
        tn = self.townname.upper() if self.caps_town else self.townname
        if c == "GB":
            return f"{tn} {self.postcode}"
        if c == "US":
            return f"{tn}, {t.extra['state']} {self.postcode}"
        if c == "IE":
            if t.extra.get("dublin"):
                return f"{tn}, {self.postcode}"
            if t.extra.get("county"):
                return f"{tn}, {t.extra['county']}, {self.postcode}"
            return f"{tn}, {self.postcode}"
        if c == "IT":
            prov = t.extra["prov"]
            return f"{self.postcode} {tn} ({prov})" if self.g.rng.random() < 0.6 \
                else f"{self.postcode} {tn} {prov}"
        return f"{self.dprefix}{self.postcode} {tn}"

    def one(self):
        return f"{self.street()}, {self.town_line()}"

    def two(self):
        return f"{self.street()}\n{self.town_line()}"

    def seg(self, attr=None):
        attr = attr or "one"
        if attr == "one":
            return [(self.one(), "STREET_ADDRESS")]
        if attr == "two":
            return [(self.two(), "STREET_ADDRESS")]
        if attr == "street":
            return [(self.street(), "STREET_ADDRESS")]
        if attr == "any":
            r = self.g.rng.random()
            return self.seg("one" if r < 0.55 else ("two" if r < 0.8 else "street"))
        if attr == "town":
            return [(self.townname, None)]
        if attr == "postcode":
            return [(self.postcode, None)]
        if attr == "townline":
            return [(self.town_line(), None)]
        raise KeyError(attr)


def _grp(d, sizes):
    out = []
    i = 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return " ".join(x for x in out if x)


class Phone:
    """A number: country, kind (mobile/landline), area or prefix (without trunk 0), subscriber."""

    def __init__(self, g, country, kind="mobile", town=None):
        rng = g.rng
        self.g = g
        self.country = country
        self.kind = kind
        c = country
        if c == "US":
            t = town or rng.choice(TOWNS["US"])
            self.area = rng.choice(t.area.split())
            while True:
                ex = str(rng.randrange(200, 1000))
                if ex != "555" and not ex.endswith("11"):
                    break
            self.sub = ex + "%04d" % rng.randrange(0, 10000)
            self.kind = "us"
        elif kind == "mobile":
            if c == "DE":
                self.area = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172",
                                        "173", "174", "175", "176", "177", "178", "179"])
                self.sub = "".join(rng.choice("0123456789") for _ in range(rng.choice([7, 7, 8])))
            elif c == "AT":
                self.area = rng.choice(["650", "660", "664", "676", "680", "681", "688", "699"])
                self.sub = "".join(rng.choice("0123456789") for _ in range(7))
            elif c == "CH":
                self.area = rng.choice(["76", "77", "78", "79"])
                self.sub = "".join(rng.choice("0123456789") for _ in range(7))
            elif c == "GB":
                self.area = "7" + str(rng.randrange(400, 1000))
                self.sub = "".join(rng.choice("0123456789") for _ in range(6))
            elif c == "IE":
                self.area = rng.choice(["83", "85", "86", "87", "89"])
                self.sub = "".join(rng.choice("0123456789") for _ in range(7))
            elif c == "FR":
                self.area = rng.choice(["6", "7"])
                self.sub = "".join(rng.choice("0123456789") for _ in range(8))
            elif c == "NL":
                self.area = "6"
                self.sub = str(rng.randrange(1, 7)) + "".join(rng.choice("0123456789")
                                                              for _ in range(7))
            elif c == "IT":
                self.area = rng.choice(["320", "328", "333", "338", "340", "345", "347", "349",
                                        "366", "380", "393"])
                self.sub = "".join(rng.choice("0123456789") for _ in range(7))
            self.sub = str(rng.randrange(2, 10)) + self.sub[1:]
        else:
            t = town or rng.choice(TOWNS[c])
            self.area = t.area.split()[0]
            L = {"DE": 10, "AT": 10, "CH": 9, "GB": 10, "IE": 9, "FR": 9, "NL": 9, "IT": 10}[c]
            n = max(5, L - len(self.area))
            self.sub = str(rng.randrange(2, 10)) + "".join(rng.choice("0123456789")
                                                           for _ in range(n - 1))

    def national(self, style=None):
        rng = self.g.rng
        c, a, s = self.country, self.area, self.sub
        if c == "US":
            st = style if style is not None else rng.randrange(5)
            return [f"({a}) {s[:3]}-{s[3:]}", f"{a}-{s[:3]}-{s[3:]}", f"{a}.{s[:3]}.{s[3:]}",
                    f"1-{a}-{s[:3]}-{s[3:]}", f"({a}) {s[:3]}-{s[3:]}"][st]
        st = style if style is not None else rng.randrange(4)
        if c in ("DE", "AT"):
            if self.kind == "mobile":
                if c == "AT" and st == 3:
                    return f"0{a}/{s[:3]} {s[3:5]} {s[5:]}"
                mid = 4 if len(s) == 8 else 3
                return [f"0{a} {s}", f"0{a}/{s}", f"0{a}-{s}", f"0{a} {s[:mid]} {s[mid:]}"][st]
            pairs = _grp(s, [2] * (len(s) // 2)) if len(s) % 2 == 0 else f"{s[:3]} {s[3:]}"
            return [f"0{a} {s}", f"0{a}/{s}", f"(0{a}) {s}", f"0{a} {pairs}"][st]
        if c == "CH":
            return [f"0{a} {s[:3]} {s[3:5]} {s[5:]}", f"0{a} {s[:3]} {s[3:5]} {s[5:]}",
                    f"0{a}/{s[:3]} {s[3:5]} {s[5:]}", f"0{a} {s}"][st]
        if c == "GB":
            if self.kind == "mobile":
                return [f"0{a} {s}", f"0{a} {s[:3]} {s[3:]}", f"0{a} {s}", f"0{a}-{s}"][st]
            if len(a) == 2:
                return [f"0{a} {s[:4]} {s[4:]}", f"(0{a}) {s[:4]} {s[4:]}", f"0{a} {s[:4]} {s[4:]}",
                        f"0{a} {s}"][st]
            if len(a) == 3:
                return [f"0{a} {s[:3]} {s[3:]}", f"(0{a}) {s[:3]} {s[3:]}", f"0{a} {s[:3]} {s[3:]}",
                        f"0{a} {s}"][st]
            return [f"0{a} {s}", f"(0{a}) {s}", f"0{a} {s}", f"0{a}-{s}"][st]
        if c == "IE":
            if self.kind == "mobile":
                return [f"0{a} {s[:3]} {s[3:]}", f"0{a} {s}", f"0{a}-{s[:3]} {s[3:]}",
                        f"(0{a}) {s[:3]} {s[3:]}"][st]
            return [f"(0{a}) {s}", f"0{a} {s}", f"0{a}-{s}", f"0{a} {s[:3]} {s[3:]}"][st]
        if c == "FR":
            d = a + s
            g2 = " ".join(d[i:i + 2] for i in range(1, len(d), 2))
            return [f"0{d[0]} {g2}", f"0{d[0]}.{g2.replace(' ', '.')}", f"0{d[0]} {g2}",
                    f"0{d}"][st]
        if c == "NL":
            if self.kind == "mobile":
                return [f"06-{s}", f"06 {s}", f"06 {s[:4]} {s[4:]}", f"06-{s[:2]} {s[2:5]} {s[5:]}"][st]
            return [f"0{a}-{s}", f"0{a} {s}", f"(0{a}) {s}", f"0{a} {s[:3]} {s[3:]}"][st]
        if c == "IT":
            if self.kind == "mobile":
                return [f"{a} {s[:3]} {s[3:]}", f"{a}/{s}", f"{a} {s}", f"{a}-{s}"][st]
            return [f"0{a} {_grp(s, [4, 4])}", f"0{a}/{s}", f"0{a} {s}", f"0{a}-{s}"][st]
        raise KeyError(c)

    def intl(self, style=None):
        rng = self.g.rng
        c, a, s = self.country, self.area, self.sub
        cc = CALLING[c]
        if c == "US":
            st = style if style is not None else rng.randrange(4)
            return [f"+1 {a} {s[:3]} {s[3:]}", f"+1-{a}-{s[:3]}-{s[3:]}",
                    f"+1 ({a}) {s[:3]}-{s[3:]}", f"+1 {a}-{s[:3]}-{s[3:]}"][st]
        mob = self.kind == "mobile"
        if c in ("DE", "AT"):
            rest = f"{a} {s}" if rng.random() < 0.7 else f"{a} {s[:3]} {s[3:]}"
        elif c == "CH":
            rest = f"{a} {s[:3]} {s[3:5]} {s[5:]}"
        elif c == "GB":
            if len(a) > 4:
                rest = f"{a} {s}"
            elif mob or len(a) > 3:
                rest = f"{a} {s}" if rng.random() < 0.7 else f"{a} {s[:3]} {s[3:]}"
            elif len(a) == 2:
                rest = f"{a} {s[:4]} {s[4:]}"
            else:
                rest = f"{a} {s[:3]} {s[3:]}"
        elif c == "IE":
            rest = f"{a} {s[:3]} {s[3:]}" if mob else f"{a} {s}"
        elif c == "FR":
            d = a + s
            rest = d[0] + " " + " ".join(d[i:i + 2] for i in range(1, len(d), 2))
        elif c == "NL":
            rest = f"6 {s}" if mob else f"{a} {s}"
        elif c == "IT":
            rest = f"{a} {s[:3]} {s[3:]}" if mob else f"0{a} {_grp(s, [4, 4])}"
        else:
            raise KeyError(c)
        st = style if style is not None else rng.randrange(4)
        if st == 1 and c != "IT":
            return f"+{cc} (0){rest}"
        if st == 2:
            return f"00{cc} {rest}"
        return f"+{cc} {rest}"

    def e164(self):
        c, a, s = self.country, self.area, self.sub
        cc = CALLING[c]
        if c == "IT" and self.kind != "mobile":
            a = "0" + a
        if c == "NL" and self.kind == "mobile":
            a = "6"
        return f"+{cc}{a}{s}"

    def any(self):
        r = self.g.rng.random()
        if r < 0.5:
            return self.national()
        return self.intl()

    def seg(self, attr=None):
        attr = attr or "any"
        if attr == "any":
            return [(self.fixed(), "PHONE")]
        if attr == "other":
            return [(self.other(), "PHONE")]
        if attr == "e164":
            return [(self.e164(), "PHONE")]
        if attr == "nat":
            return [(self.national(), "PHONE")]
        if attr == "intl":
            return [(self.intl(), "PHONE")]
        raise KeyError(attr)

    def fixed(self):
        if not hasattr(self, "_fixed"):
            self._fixed = self.any()
        return self._fixed

    def other(self):
        first = self.fixed()
        for _ in range(20):
            x = self.any()
            if x != first:
                return x
        return self.e164() if self.e164() != first else self.national(0)


def make_iban(g, country):
    rng = g.rng

    def dig(n):
        return "".join(rng.choice("0123456789") for _ in range(n))
    c = country
    if c == "US":
        c = "GB"
    if c == "DE":
        bban = str(rng.randrange(1, 9)) + dig(7) + dig(10)
    elif c == "AT":
        bban = str(rng.choice([1, 2, 3])) + dig(4) + dig(11)
    elif c == "CH":
        bban = "00" + dig(3) + dig(12)
    elif c == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "MONZ"]) + dig(6) + dig(8)
    elif c == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + dig(6) + dig(8)
    elif c == "FR":
        bank, branch, acct = dig(5), dig(5), dig(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + "%02d" % key
    elif c == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "KNAB", "BUNQ"]) + dig(10)
    elif c == "IT":
        abi, cab, conto = dig(5), dig(5), dig(12)
        bban = italian_cin(abi, cab, conto) + abi + cab + conto
    else:
        raise KeyError(c)
    iban = iban_make(c, bban)
    assert iban_ok(iban), iban
    return iban


def fmt_iban(g, iban, compact=None):
    if compact is None:
        compact = g.rng.random() < 0.35
    if compact:
        return iban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def make_card(g):
    rng = g.rng
    r = rng.random()
    if r < 0.45:
        body = "4" + "".join(rng.choice("0123456789") for _ in range(14))
    elif r < 0.65:
        body = str(rng.randrange(51, 56)) + "".join(rng.choice("0123456789") for _ in range(13))
    elif r < 0.78:
        body = str(rng.randrange(2221, 2721)) + "".join(rng.choice("0123456789") for _ in range(11))
    elif r < 0.9:
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
    else:
        pre = rng.choice(["6011", "65", str(rng.randrange(644, 650))])
        body = pre + "".join(rng.choice("0123456789") for _ in range(15 - len(pre)))
    d = body + luhn_digit(body)
    assert card_ok(d)
    return d


def fmt_card(g, d, style=None):
    rng = g.rng
    st = style if style is not None else rng.choice(["space", "space", "space", "dash", "compact"])
    if st == "compact":
        return d
    sep = " " if st == "space" else "-"
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def make_taxid(g):
    rng = g.rng
    while True:
        dup = rng.choice("0123456789")
        others = [c for c in "0123456789" if c != dup]
        rng.shuffle(others)
        if rng.random() < 0.8:
            digits = others[:8] + [dup, dup]
        else:
            digits = others[:7] + [dup, dup, dup]
        rng.shuffle(digits)
        first10 = "".join(digits)
        if first10[0] == "0":
            continue
        cand = first10 + str(taxid_check_digit(first10))
        if taxid_ok(cand):
            return cand


def fmt_taxid(g, d):
    if g.rng.random() < 0.35:
        return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"
    return d


IPV4_FIRST = {"DE": [46, 62, 78, 79, 80, 84, 87, 88, 91, 93, 217], "AT": [77, 80, 83, 178, 212, 213],
              "CH": [77, 83, 85, 178, 188, 213], "GB": [81, 86, 90, 92, 109, 151, 212],
              "US": [24, 50, 66, 67, 68, 69, 71, 73, 75, 76, 98, 99, 104, 108, 173],
              "IE": [37, 78, 86, 89, 109, 176], "FR": [2, 5, 37, 78, 82, 86, 88, 90, 92],
              "NL": [31, 62, 77, 80, 82, 83, 84, 145], "IT": [2, 5, 37, 79, 82, 87, 93, 151]}
IPV6_PREFIX = {"DE": ["2003:e4", "2a02:8108", "2a01:c22", "2a02:810d"], "AT": ["2a02:1748", "2a01:aea0"],
               "CH": ["2a02:1210", "2a02:aa10"], "GB": ["2a00:23c5", "2a02:c7f", "2a01:4b00"],
               "US": ["2601:1c0", "2600:1700", "2603:8000"], "IE": ["2a02:8084", "2001:bb6"],
               "FR": ["2a01:e0a", "2a01:cb00"], "NL": ["2a02:a46", "2001:1c00"],
               "IT": ["2a01:e11", "2001:b07"]}


def make_ipv4(g, country, kind="public"):
    rng = g.rng
    if kind == "private":
        r = rng.random()
        if r < 0.4:
            return f"10.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
        if r < 0.75:
            return f"192.168.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
    if kind == "doc":
        return rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{rng.randrange(1, 255)}"
    first = rng.choice(IPV4_FIRST.get(country, IPV4_FIRST["DE"]))
    return f"{first}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


def make_ipv6(g, country, kind="public"):
    rng = g.rng

    def h():
        return "%x" % rng.randrange(0, 65536)
    if kind == "doc":
        raw = "2001:db8:" + ":".join(h() for _ in range(6))
    elif kind == "ula":
        raw = "fd%02x:" % rng.randrange(0, 256) + ":".join(h() for _ in range(7))
    elif kind == "link":
        raw = "fe80::" + ":".join(h() for _ in range(4))
    else:
        pre = rng.choice(IPV6_PREFIX.get(country, IPV6_PREFIX["DE"]))
        n = 8 - len(pre.split(":"))
        groups = [h() for _ in range(n)]
        if rng.random() < 0.5:
            # many addresses have a zero run in the middle
            k = rng.randrange(1, max(2, n - 2))
            for i in range(k, min(n - 1, k + 2)):
                groups[i] = "0"
        raw = pre + ":" + ":".join(groups)
    a = ipaddress.IPv6Address(raw)
    return a.exploded if rng.random() < 0.12 else a.compressed


# --------------------------------------------------------------------------------------------
# people


HON_EN = {"m": ["Mr", "Mr."], "f": ["Ms", "Ms.", "Mrs", "Mrs."]}


class Person:
    def __init__(self, g, role, country, gender, origin, relative_of, cue):
        self.g = g
        self.role = role
        self.country = country
        self.gender = gender
        self.origin_req = origin
        self.relative_of = relative_of
        self.cue = cue
        self._named = False
        self._cache = {}

    # names are drawn on first use, so the words of the template are known by then
    def _ensure(self):
        if not self._named:
            self.g._draw_name(self)
            self._named = True

    @property
    def given(self):
        self._ensure()
        return self._given

    @property
    def sur(self):
        self._ensure()
        return self._sur

    @property
    def full(self):
        return f"{self.given} {self.sur}"

    def hon(self):
        if "hon" not in self._cache:
            g = self.g
            if g.lang == "de":
                h = "Herr" if self.gender == "m" else "Frau"
                if g.rng.random() < 0.06:
                    h += " Dr."
            else:
                h = g.rng.choice(HON_EN[self.gender])
                if g.rng.random() < 0.06:
                    h = g.rng.choice(["Dr", "Dr."])
            self._cache["hon"] = h
        return self._cache["hon"]

    def herrn(self):
        h = self.hon()
        if h.startswith("Herr"):
            return "Herrn" + h[4:]
        return h

    def _c(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    @property
    def addr(self):
        return self._c("addr", lambda: Address(self.g, self.country))

    @property
    def mobile(self):
        return self._c("mobile", lambda: Phone(self.g, self.country, "mobile"))

    @property
    def landline(self):
        return self._c("landline", lambda: Phone(self.g, self.country, "landline",
                                                  town=self.addr.town))

    def email(self):
        return self._c("email", lambda: self.g.email_for(self))

    def iban(self):
        return self._c("iban", lambda: fmt_iban(self.g, make_iban(self.g, self.country)))

    def card(self):
        return self._c("card", lambda: fmt_card(self.g, make_card(self.g)))

    def taxid(self):
        if self.country != "DE":
            raise ValueError("Steuer-ID for a person outside Germany")
        return self._c("taxid", lambda: fmt_taxid(self.g, make_taxid(self.g)))

    def ip(self):
        return self._c("ip", lambda: make_ipv4(self.g, self.country))

    def ip6(self):
        return self._c("ip6", lambda: make_ipv6(self.g, self.country))

    def initial(self):
        return self.given[0] + "."

    def sur_initial(self):
        s = self.sur
        for w in s.replace("-", " ").split():
            if w[0].isupper():
                return w[0] + "."
        return s[0].upper() + "."

    def form(self, attr):
        """Name text for a form (the honorific is not part of it)."""
        P = "PERSON"
        g, s = self.given, self.sur
        if attr in (None, "full"):
            return [(f"{g} {s}", P)]
        if attr == "given":
            return [(g, P)]
        if attr == "sur":
            return [(s, P)]
        if attr == "hon":
            return [(self.hon() + " ", None), (s, P)]
        if attr == "honfull":
            return [(self.hon() + " ", None), (f"{g} {s}", P)]
        if attr == "herrn":
            return [(self.herrn() + " ", None), (s, P)]
        if attr == "herrnfull":
            return [(self.herrn() + " ", None), (f"{g} {s}", P)]
        if attr == "lf":
            return [(f"{s}, {g}", P)]
        if attr == "LF":
            return [(f"{s.upper()}, {g}", P)]
        if attr == "isur":
            return [(f"{self.initial()} {s}", P)]
        if attr == "gi":
            return [(f"{g} {self.sur_initial()}", P)]
        if attr == "UP":
            return [(f"{g} {s}".upper(), P)]
        if attr == "SURUP":
            return [(s.upper(), P)]
        if attr == "SG":
            return [(f"{s.upper()} {g.upper()}", P)]
        if attr == "lo":
            return [(f"{g} {s}".lower(), P)]
        if attr == "lgiven":
            return [(g.lower(), P)]
        if attr == "lsur":
            return [(s.lower(), P)]
        if attr == "gen":
            # German genitive: Annas, Hans’
            return [(g, P), ("’" if g[-1] in "sxzß" else "s", None)]
        if attr == "surgen":
            return [(s, P), ("’" if s[-1] in "sxzß" else "s", None)]
        if attr == "ref":
            # a later mention in prose
            r = self.g.rng.random()
            if r < 0.5:
                return self.form("hon" if self.g.lang == "en" else "hon")
            if r < 0.8:
                return self.form("given")
            return self.form("full")
        if attr == "cell":
            r = self.g.rng.random()
            if r < 0.6:
                return self.form("full")
            if r < 0.8:
                return self.form("lf")
            if r < 0.9:
                return self.form("LF")
            return self.form("isur")
        raise KeyError(attr)

    NAME_ATTRS = ["full", "given", "sur", "hon", "honfull", "herrn", "herrnfull", "lf", "LF",
                  "isur", "gi", "UP", "SURUP", "SG", "lo", "lgiven", "lsur", "gen", "surgen",
                  "ref", "cell"]

    def seg(self, attr=None):
        if attr is None or attr in self.NAME_ATTRS:
            return self.form(attr)
        if attr == "email":
            return [(self.email(), "EMAIL")]
        if attr in ("phone", "mobile"):
            return self.mobile.seg("any")
        if attr == "phone2":
            return self.mobile.seg("other")
        if attr == "e164":
            return self.mobile.seg("e164")
        if attr == "landline":
            return self.landline.seg("any")
        if attr in ("addr", "one", "two", "street", "addrany"):
            return self.addr.seg({"addr": "one", "addrany": "any"}.get(attr, attr))
        if attr == "town":
            return [(self.addr.townname, None)]
        if attr == "postcode":
            return [(self.addr.postcode, None)]
        if attr == "townline":
            return [(self.addr.town_line(), None)]
        if attr == "iban":
            return [(self.iban(), "IBAN")]
        if attr == "card":
            return [(self.card(), "CREDIT_CARD")]
        if attr == "taxid":
            return [(self.taxid(), "DE_TAX_ID")]
        if attr == "ip":
            return [(self.ip(), "IP_ADDRESS")]
        if attr == "ip6":
            return [(self.ip6(), "IP_ADDRESS")]
        if attr == "country":
            return [(COUNTRY_NAMES[self.g.lang][self.country], None)]
        if attr == "last4":
            return [(re.sub(r"\D", "", self.card())[-4:], None)]
        raise KeyError(attr)


class Store:
    def __init__(self, g, country):
        rows = STORES[country]
        row = rows[g.rng.randrange(len(rows))]
        self.g = g
        self.country = country
        self.short = row[0]
        self.street = row[1]
        self.postcode = row[2]
        self.town = row[3]
        self.phone = row[4]
        self.state = row[5] if len(row) > 5 else None
        self.name = f"Talgrat {self.short}"
        self.domain = "talgrat.de" if country in ("DE", "AT", "CH") else "talgrat.com"

    def town_line(self):
        c = self.country
        if c == "GB":
            return f"{self.town} {self.postcode}"
        if c == "US":
            return f"{self.town}, {self.state} {self.postcode}"
        if c == "IE":
            return f"{self.town}, {self.postcode}"
        return f"{self.postcode} {self.town}"

    def seg(self, attr=None):
        attr = attr or "name"
        if attr == "name":
            return [(self.name, None)]
        if attr == "short":
            return [(self.short, None)]
        if attr == "town":
            return [(self.town, None)]
        if attr == "addr":
            return [(f"{self.street}, {self.town_line()}", "STREET_ADDRESS")]
        if attr == "addr2":
            return [(f"{self.street}\n{self.town_line()}", "STREET_ADDRESS")]
        if attr == "street":
            return [(self.street, "STREET_ADDRESS")]
        if attr == "phone":
            return [(self.phone, "PHONE")]
        raise KeyError(attr)


class Product:
    def __init__(self, g, row):
        self.g = g
        self.sku, self.en, self.de, self.price, self.col_en, self.col_de, self.kind = row
        self.colour_i = g.rng.randrange(len(self.col_en))

    @property
    def name(self):
        return self.de if self.g.lang == "de" else self.en

    @property
    def short(self):
        return self.en.split()[0]

    @property
    def colour(self):
        return (self.col_de if self.g.lang == "de" else self.col_en)[self.colour_i]

    def size(self):
        if self.kind == "shoe":
            return "EU " + self.g.rng.choice(["39", "40", "41", "42", "42.5", "43", "44", "45"]) \
                if self.g.lang == "en" else self.g.rng.choice(["39", "40", "41", "42", "42,5", "43", "44", "45"])
        if self.kind == "socks":
            return self.g.rng.choice(["39–42", "43–46", "35–38"])
        if self.kind == "pack":
            return "one size" if self.g.lang == "en" else "Einheitsgröße"
        return self.g.rng.choice(["XS", "S", "M", "L", "XL", "XXL"])

    def seg(self, attr=None):
        attr = attr or "name"
        if attr == "name":
            return [(self.name, None)]
        if attr == "short":
            return [(self.short, None)]
        if attr == "sku":
            return [(self.sku, None)]
        if attr == "colour":
            return [(self.colour, None)]
        if attr == "price":
            return [(self.g.money(float(self.price)), None)]
        if attr == "size":
            return [(self.size(), None)]
        raise KeyError(attr)


# --------------------------------------------------------------------------------------------
# a generator context per text


class Date:
    def __init__(self, g, y, m, d):
        self.g, self.y, self.m, self.d = g, y, m, d

    def fmt(self, style=None):
        g = self.g
        rng = g.rng
        y, m, d = self.y, self.m, self.d
        if g.lang == "de":
            mon = MONTHS["de"][m - 1]
            if m == 1 and g.country == "AT":
                mon = "Jänner"
            st = style or rng.choice(["num", "num", "long", "short"])
            if st == "num":
                return f"{d:02d}.{m:02d}.{y}"
            if st == "long":
                return f"{d}. {mon} {y}"
            if st == "short":
                return f"{d}.{m}."
            if st == "iso":
                return f"{y}-{m:02d}-{d:02d}"
            if st == "dm":
                return f"{d}. {mon}"
        mon = MONTHS["en"][m - 1]
        st = style or rng.choice(["long", "long", "num", "short"])
        us = g.country == "US"
        if st == "long":
            return f"{mon} {d}, {y}" if us else f"{d} {mon} {y}"
        if st == "num":
            return f"{m}/{d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
        if st == "short" or st == "dm":
            return f"{mon} {d}" if us else f"{d} {mon}"
        if st == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        raise KeyError(st)

    def seg(self, attr=None):
        return [(self.fmt(attr), None)]


DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class Build:
    """State of one build: one random.Random per language and counters."""

    def __init__(self, rngs):
        self.rngs = rngs
        self.cue_people = {"en": 0, "de": 0}
        self.inv_people = {"en": 0, "de": 0}
        self.people_log = []
        self.inner_redraws = {"en": 0, "de": 0}
        self.name_retries = {"en": 0, "de": 0}


GIVEN_ALL_FOLDED = None
SUR_ALL_FOLDED = None


def _name_index():
    global GIVEN_ALL_FOLDED, SUR_ALL_FOLDED
    if GIVEN_ALL_FOLDED is None:
        gl = []
        for o in N.ORIGINS:
            for x in N.GIVEN[o]["m"] + N.GIVEN[o]["f"]:
                gl.extend(fold(p).lower() for p in re.split(r"[ \-]", x) if p)
        sl = []
        for o in N.ORIGINS:
            for a, b in N.SURNAMES[o]:
                for x in (a, b or a, N.female_surname(o, a)):
                    sl.extend(fold(p).lower() for p in re.split(r"[ \-']", x) if p)
        for x in N.WORD_SURNAMES_EN + N.WORD_SURNAMES_DE:
            sl.append(fold(x).lower())
        GIVEN_ALL_FOLDED = dict.fromkeys(gl)
        SUR_ALL_FOLDED = dict.fromkeys(sl)
    return GIVEN_ALL_FOLDED, SUR_ALL_FOLDED


def listed_part(p):
    gi, su = _name_index()
    f = fold(p).lower()
    f2 = re.sub(r"(ow|ew)(a?)$", lambda m: ("ov" if m.group(1) == "ow" else "ev") + m.group(2), f)
    return f in gi or f in su or f2 in su


COMMON_FOLDED = dict.fromkeys(fold(w).lower() for w in N.COMMON_WORDS)
NEVER_FOLDED = dict.fromkeys(fold(w).lower() for w in N.NEVER_NAMES)
PARTICLES = dict.fromkeys(N.PARTICLES)
BRAND_WORDS = dict.fromkeys(fold(w).lower() for row in PRODUCTS
                            for w in words_of(row[1] + " " + row[2] + " " + " ".join(row[4] + row[5])))


def _base_avoid():
    out = {}
    for lang in ("en", "de"):
        words = []
        words += MONTHS[lang] + WEEKDAYS[lang] + ["Jänner"]
        for c in TOWNS:
            for t in TOWNS[c]:
                words += words_of(t.name)
        for c in STORES:
            for row in STORES[c]:
                words += words_of(row[0] + " " + row[1] + " " + row[3])
        for kind in COMPANIES:
            for l2 in ("en", "de"):
                for x in COMPANIES[kind][l2]:
                    words += words_of(x)
        for l2 in ("en", "de"):
            words += [w for v in COUNTRY_NAMES[l2].values() for w in words_of(v)]
        out[lang] = list(dict.fromkeys(fold(w).lower() for w in words))
    return out


BASE_AVOID = _base_avoid()


class G:
    def __init__(self, build, lang, country, genre, no_invent=False, register=None):
        self.build = build
        self.rng = build.rngs[lang]
        self.lang = lang
        self.country = country
        self.genre = genre
        self.no_invent = no_invent
        self.people = []
        self.used = {}
        self.avoid = {}
        if lang == "de":
            self.register = register or ("du" if self.rng.random() < 0.45 else "sie")
        else:
            self.register = None
        self.tags = [country, self.register or "-", lang]
        self._store = None
        for w in BASE_AVOID[lang]:
            self.avoid[w] = True

    # ---- rendering
    def _note_words(self, tpl):
        t = SLOT_RE.sub(" ", tpl)
        for w in words_of(t):
            self.avoid[fold(w).lower()] = True

    def note(self, *texts):
        for t in texts:
            self._note_words(t)

    def render(self, tpl, **slots):
        self._note_words(tpl)
        s = expand(tpl, self.rng, self.tags)
        return Doc(fill(s, slots))

    def alt(self, *options):
        return options[self.rng.randrange(len(options))]

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def L(self, en, de):
        return de if self.lang == "de" else en

    # ---- people
    def person(self, role="customer", country=None, gender=None, origin=None, relative_of=None,
               cue=True, keep_country=None):
        if keep_country is None:
            keep_country = 0.85 if role == "customer" else 1.0
        if country is None:
            if self.rng.random() < keep_country:
                country = self.country
            else:
                pool = ["DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT"]
                if self.lang == "de":
                    pool = ["DE", "DE", "AT", "CH", "IT", "NL", "FR", "GB"]
                else:
                    pool = ["GB", "US", "IE", "DE", "FR", "NL", "IT", "AT", "CH"]
                country = self.pick([c for c in pool if c != self.country])
        if gender is None:
            gender = "m" if self.rng.random() < 0.5 else "f"
        p = Person(self, role, country, gender, origin, relative_of, cue and not self.no_invent)
        self.people.append(p)
        return p

    def customer(self, **kw):
        return self.person("customer", **kw)

    def staff(self, **kw):
        kw.setdefault("country", self.country)
        p = self.person("staff", **kw)
        return p

    def _origin_for(self, p):
        w = N.WEIGHTS[self.lang]
        names = list(w.keys())
        weights = [w[k] for k in names]
        boost = N.COUNTRY_BOOST[self.lang].get(p.country)
        if boost:
            o, b = boost
            weights[names.index(o)] += b
        return self.rng.choices(names, weights)[0]

    def swiss_person_ss(self, country):
        return country == "CH"

    def _invent(self, kind, gender):
        rng = self.rng
        for _ in range(200):
            s = rng.choice(N.ONSETS) + rng.choice(N.VOWELS)
            if rng.random() < 0.45:
                s += rng.choice(N.MIDDLES)
            if kind == "given":
                s += rng.choice(N.END_GIVEN_M if gender == "m" else N.END_GIVEN_F)
            else:
                s += rng.choice(N.END_SUR)
            s = s.capitalize()
            f = fold(s).lower()
            if len(f) < 4 or len(f) > 13:
                continue
            if re.search(r"[aeiouy]{3}|[^aeiouy]{4}|aa|ee|ii|oo|uu|ae|oe|ue|ao|yy", f):
                continue
            if listed_part(s) or f in COMMON_FOLDED or f in BRAND_WORDS or f in self.avoid \
                    or f in self.used:
                continue
            return s
        raise RuntimeError("no invented name")

    def _draw_name(self, p):
        rng = self.rng
        lang = self.lang
        for attempt in range(400):
            origin = p.origin_req or self._origin_for(p)
            word = None
            if p.relative_of is None and p.origin_req is None:
                if lang == "en" and origin in ("english", "american") and rng.random() < 0.12:
                    word = rng.choice(N.WORD_SURNAMES_EN)
                elif lang == "de" and origin in ("german", "austrian", "swiss") and rng.random() < 0.155:
                    word = rng.choice(N.WORD_SURNAMES_DE)
            gl = N.GIVEN[origin][p.gender]
            given = rng.choice(gl)
            if " " not in given and "-" not in given:
                if origin in N.DOUBLE_HYPHEN and rng.random() < 0.07:
                    g2 = rng.choice(gl)
                    if g2 != given and " " not in g2 and "-" not in g2:
                        given = given + "-" + g2
                elif origin in N.DOUBLE_SPACE and rng.random() < 0.07:
                    g2 = rng.choice(gl)
                    if g2 != given and " " not in g2 and "-" not in g2:
                        given = given + " " + g2
            if p.relative_of is not None:
                sur = p.relative_of.sur
                base = sur
            elif word:
                sur = word
            else:
                a, b = rng.choice(N.SURNAMES[origin])
                sur = a
                if p.gender == "f":
                    sur = b if b else N.female_surname(origin, a)
                if origin in N.HYPHEN_ORIGINS and " " not in sur and rng.random() < (0.09 if lang == "en" else 0.105):
                    a2, b2 = rng.choice(N.SURNAMES[origin])
                    s2 = b2 if (p.gender == "f" and b2) else a2
                    if s2 != sur and " " not in s2 and "-" not in s2 and "'" not in s2:
                        sur = sur + "-" + s2
                elif origin == "spanish" and rng.random() < 0.3:
                    a2, _ = rng.choice(N.SURNAMES[origin])
                    if a2 != sur and " " not in a2 and " " not in sur:
                        sur = sur + " " + a2
                if origin == "russian" and lang == "de" and rng.random() < 0.5:
                    sur = re.sub(r"ov(a?)$", r"ow\1", sur)
                    sur = re.sub(r"ev(a?)$", r"ew\1", sur)
            if origin in N.PLAIN_SOMETIMES and rng.random() < 0.3:
                given, sur = fold(given), (fold(sur) if p.relative_of is None else sur)
            if p.country == "CH":
                given, sur = given.replace("ß", "ss"), sur.replace("ß", "ss")
            invented = []
            if p.cue and not self.no_invent and p.relative_of is None:
                b = self.build
                share = b.inv_people[lang] / b.cue_people[lang] if b.cue_people[lang] else 0.1
                pr = 0.14 if share < 0.1 else 0.07
                if rng.random() < pr:
                    r = rng.random()
                    if r < 0.3:
                        given = self._invent("given", p.gender)
                        invented = ["given"]
                    elif r < 0.65:
                        sur = self._invent("sur", p.gender)
                        invented = ["sur"]
                    else:
                        given = self._invent("given", p.gender)
                        sur = self._invent("sur", p.gender)
                        invented = ["given", "sur"]
            parts = [x for x in re.split(r"[ \-']", given + " " + sur) if x]
            bad = False
            own_sur = [fold(x).lower() for x in re.split(r"[ \-']", sur) if x]
            for x in parts:
                f = fold(x).lower()
                if f in PARTICLES or len(f) <= 1:
                    continue
                if f in NEVER_FOLDED or f in self.avoid or f in BRAND_WORDS:
                    bad = True
                    break
                if f in self.used and not (p.relative_of is not None and f in own_sur):
                    bad = True
                    break
            if fold(given).lower() == fold(sur).lower():
                bad = True
            if bad:
                continue
            p._given = given
            p._sur = sur
            p.origin = origin
            p.invented = invented
            p.word_sur = bool(word) and "sur" not in invented
            for x in parts:
                self.used[fold(x).lower()] = True
            if p.cue and not self.no_invent:
                self.build.cue_people[lang] += 1
                if invented:
                    self.build.inv_people[lang] += 1
            self.build.people_log.append((lang, self.genre, origin, bool(invented), bool(word),
                                          p.cue and not self.no_invent, given, sur))
            self.build.name_retries[lang] += attempt
            return
        raise RuntimeError("could not draw a name")

    def email_for(self, p):
        rng = self.rng
        g = de_fold(p.given) if self.lang == "de" or p.country in ("DE", "AT", "CH") else fold(p.given)
        s = de_fold(p.sur) if self.lang == "de" or p.country in ("DE", "AT", "CH") else fold(p.sur)
        g = re.sub(r"[^a-z0-9-]", "", g.lower().replace(" ", "-"))
        s = re.sub(r"[^a-z0-9-]", "", s.lower().replace(" ", "").replace("'", ""))
        if p.role == "staff":
            local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{g}.{s}"])
            dom = "talgrat.de" if p.country in ("DE", "AT", "CH") else "talgrat.com"
            return f"{local}@{dom}"
        r = rng.random()
        yy = str(rng.randrange(60, 100)) if rng.random() < 0.5 else str(rng.randrange(1, 99)).zfill(2)
        forms = [f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}", f"{s}.{g}", f"{g}_{s}", f"{g}{yy}",
                 f"{s}{yy}", f"{g}.{s}{yy}", f"{g[0]}{s}"]
        local = forms[min(int(r * len(forms)), len(forms) - 1)]
        local = local.strip(".-_")
        dom = rng.choice(MAIL_DOMAINS[p.country])
        return f"{local}@{dom}"

    # ---- shop values
    @property
    def store(self):
        if self._store is None:
            self._store = Store(self, self.country)
        return self._store

    def address(self, country=None):
        return Address(self, country or self.country)

    def phone(self, country=None, kind="mobile"):
        return Phone(self, country or self.country, kind)

    def ip(self, country=None, kind="public"):
        return Lab("IP_ADDRESS", make_ipv4(self, country or self.country, kind))

    def ip6(self, country=None, kind="public"):
        return Lab("IP_ADDRESS", make_ipv6(self, country or self.country, kind))

    def card(self):
        return Lab("CREDIT_CARD", fmt_card(self, make_card(self)))

    def iban(self, country=None, compact=None):
        return Lab("IBAN", fmt_iban(self, make_iban(self, country or self.country), compact))

    def email2(self, p):
        """A second, different address of the same person."""
        first = p.email()
        for _ in range(30):
            e = self.email_for(p)
            if e != first:
                return Lab("EMAIL", e)
        return Lab("EMAIL", "x" + first)

    def role_email(self, key=None):
        loc = key or self.pick(ROLE_LOCAL[self.lang])
        dom = "talgrat.de" if self.country in ("DE", "AT", "CH") else "talgrat.com"
        return Lab("EMAIL", f"{loc}@{dom}")

    def company(self, kind):
        return self.pick(COMPANIES[kind][self.lang])

    def product(self, kinds=None):
        rows = [r for r in PRODUCTS if kinds is None or r[6] in kinds]
        return Product(self, self.pick(rows))

    def date(self, month=None, year=None):
        rng = self.rng
        if month is None:
            ym = rng.choice([(2025, 9), (2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2),
                             (2026, 3), (2026, 4), (2026, 5), (2026, 6)])
        else:
            ym = (year or (2026 if month < 7 else 2025), month)
        y, m = ym
        d = rng.randrange(1, DAYS_IN[m - 1] + 1)
        return Date(self, y, m, d)

    def time(self):
        return "%02d:%02d" % (self.rng.randrange(7, 21), self.rng.randrange(0, 60))

    def times(self, n, seconds=False):
        """n rising times a few minutes apart (chats, logs)."""
        t = self.rng.randrange(7 * 60, 19 * 60) * 60 + self.rng.randrange(0, 60)
        out = []
        for _ in range(n):
            t += self.rng.randrange(5, 400)
            h, m, s = t // 3600 % 24, t // 60 % 60, t % 60
            out.append("%02d:%02d:%02d" % (h, m, s) if seconds else "%02d:%02d" % (h, m))
        return out

    def dates(self, n, month=None, year=None):
        """n different dates in rising order."""
        ds = {}
        while len(ds) < n:
            d = self.date(month, year)
            ds[(d.y, d.m, d.d)] = d
        return [ds[k] for k in sorted(ds)]

    def money(self, amount=None, cur=None):
        rng = self.rng
        if amount is None:
            amount = rng.choice([rng.randrange(5, 80), rng.randrange(20, 400)]) + rng.choice(
                [0, 0.5, 0.95, 0.9, 0.99, 0.2])
        cur = cur or CURRENCY[self.country]
        if self.lang == "de":
            if cur == "CHF":
                return rng.choice([f"CHF {amount:.2f}", f"Fr. {amount:.2f}"])
            s = f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
            return rng.choice([f"{s} {sym}", f"{s} {sym}", f"{cur} {s}"])
        if cur == "CHF":
            return f"CHF {amount:,.2f}"
        sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
        return f"{sym}{amount:,.2f}"

    def _digits(self, n):
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def clean(self, fn):
        for _ in range(100):
            s = fn()
            if digits_clean(s):
                return s
            self.build.inner_redraws[self.lang] += 1
        raise RuntimeError("no clean look-alike")

    def order_no(self):
        rng = self.rng
        return self.clean(lambda: rng.choice([
            f"TG-2026-{self._digits(6)}", f"TG-2025-{self._digits(6)}", f"#TG{self._digits(6)}",
            f"W26{rng.randrange(1, 7):02d}-{self._digits(4)}", f"{rng.randrange(3, 9)}{self._digits(7)}",
            f"{self._digits(4)}-{self._digits(4)}-{self._digits(2)}"]))

    def ticket_no(self):
        rng = self.rng
        return self.clean(lambda: rng.choice([
            f"CS-{self._digits(5)}", f"#{rng.randrange(10000, 99999)}", f"T-2026-{self._digits(4)}",
            f"INC{self._digits(7)}", f"SR-{self._digits(6)}"]))

    def parcel_no(self):
        rng = self.rng
        def s10():
            body = self._digits(8)
            w = [8, 6, 4, 2, 3, 5, 9, 7]
            c = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
            c = 0 if c == 10 else (5 if c == 11 else c)
            return f"{rng.choice(['RR', 'RX', 'CX', 'LX'])}{body}{c}{rng.choice(['DE', 'AT', 'CH', 'GB'])}"
        return self.clean(lambda: rng.choice([
            f"JJD{self._digits(18)}", f"00340434{self._digits(12)}", f"1Z{rng.choice(['999AA1', '4E8W12', 'A81V93'])}{self._digits(10)}",
            s10(), f"{self._digits(4)} {self._digits(4)} {self._digits(4)} {self._digits(2)}",
            f"{self._digits(11)}"]))

    def phone_shaped(self):
        """A reference shaped like a phone number (never with + or brackets)."""
        rng = self.rng
        return self.clean(lambda: rng.choice([
            f"0{rng.randrange(30, 99)} {self._digits(4)} {self._digits(3)}",
            f"0{rng.randrange(151, 180)}-{self._digits(7)}",
            f"{self._digits(3)} {self._digits(3)} {self._digits(4)}",
            f"0{rng.randrange(20, 99)}/{self._digits(6)}",
            f"{self._digits(4)} {self._digits(6)}"]))

    def gtin(self):
        rng = self.rng
        def one():
            pre = rng.choice(["40", "41", "42", "43", "44", "76", "90", "50", "80"])
            body = pre + self._digits(10)
            return body + gtin_check(body)
        return self.clean(one)

    def member_no(self):
        rng = self.rng
        return self.clean(lambda: rng.choice([f"TC-{self._digits(8)}", f"{self._digits(4)} {self._digits(4)} {self._digits(2)}",
                                              f"M{self._digits(7)}"]))

    def masked_card(self):
        rng = self.rng
        l4 = self._digits(4)
        return rng.choice([f"**** **** **** {l4}", f"•••• {l4}", f"XXXX-XXXX-XXXX-{l4}",
                           f"************{l4}"])

    def version(self):
        rng = self.rng
        return f"{rng.randrange(1, 12)}.{rng.randrange(0, 30)}.{rng.randrange(0, 40)}"


# --------------------------------------------------------------------------------------------
# checks


def _mask(text, ents):
    t = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            t[i] = "§"
    return "".join(t)


def _mask_more(s):
    s = EMAIL_RE.sub(lambda m: "§" * len(m.group(0)), s)
    s = URL_RE.sub(lambda m: "§" * len(m.group(0)), s)
    s = HANDLE_RE.sub(lambda m: "§" * len(m.group(0)), s)
    return s


STREET_FOLLOW_RE = re.compile(r"^(?:(?:D|A|CH)-)?\d{4,5}(?: [A-Z]{2})? [^\W\d]")


def check_text(text, ents, has_pii):
    errs = []
    if not text or text != text.strip():
        errs.append("outer space")
    if text.count("\n") + 1 > 15:
        errs.append("too many lines")
    if re.search(r"\[\[|\]\]|\[\?|\?\]", text):
        errs.append("template mark left")
    if re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text):
        errs.append("control char")
    prev_end = -1
    for e in ents:
        if e["type"] not in TYPES:
            errs.append("bad type")
        v = e["value"]
        if text[e["start"]:e["end"]] != v:
            errs.append("value mismatch")
        if e["start"] < prev_end:
            errs.append("overlap")
        prev_end = e["end"]
        if v != v.strip() or not v:
            errs.append("space at end of value: %r" % v)
        if "\n" in v and e["type"] != "STREET_ADDRESS":
            errs.append("line break in value")
        t = e["type"]
        if t == "IBAN" and not iban_ok(v):
            errs.append("bad iban " + v)
        if t == "CREDIT_CARD" and not card_ok(re.sub(r"[ -]", "", v)):
            errs.append("bad card " + v)
        if t == "DE_TAX_ID" and not taxid_ok(v.replace(" ", "")):
            errs.append("bad taxid " + v)
        if t == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                errs.append("bad ip " + v)
        if t == "EMAIL" and not EMAIL_RE.fullmatch(v):
            errs.append("bad email " + v)
        if t == "PHONE" and len(re.sub(r"\D", "", v)) < 7:
            errs.append("short phone " + v)
        if t == "PERSON" and re.search(r"\d", v):
            errs.append("digit in person")
        if t == "STREET_ADDRESS" and "\n" not in v:
            rest = _mask(text, ents)[e["end"]:]
            if rest.startswith("\n") and STREET_FOLLOW_RE.match(rest[1:]):
                errs.append("street followed by town line")
            if re.match(r", (?:(?:D|A|CH)-)?\d{4,5} [^\W\d]", rest):
                errs.append("street followed by postcode on the line")
    persons = [e for e in ents if e["type"] == "PERSON"]
    for a, b in zip(persons, persons[1:]):
        gap = text[a["end"]:b["start"]]
        if gap == "" or re.fullmatch(r"[ \n]+", gap):
            errs.append("adjacent person spans")
    if has_pii and not ents:
        errs.append("no span")
    if not has_pii and ents:
        errs.append("span in text without personal data")
    masked = _mask(text, ents)
    errs.extend("outside " + x for x in scan_outside(masked))
    # name parts outside spans
    m2 = _mask_more(masked)
    folded = fold(m2).lower()
    seen = {}
    for e in persons:
        for part in re.split(r"[\s,\-'’]+", e["value"]):
            part = part.strip(".")
            f = fold(part).lower()
            if len(f) <= 1 or f in PARTICLES or f in seen:
                continue
            seen[f] = True
            if re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", folded):
                errs.append("name part outside spans: " + part)
    return errs
