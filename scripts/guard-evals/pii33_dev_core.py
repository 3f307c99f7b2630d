"""Core of the dev half of the thirty-third PII bank (dev33).

Labelled values, people, addresses, phone numbers, IBANs, cards, Steuer-IDs,
IP addresses, dates and money, the template language for prose, the document
builder for machine layouts, and the self-checks.  Standard library only.
"""

import ipaddress
import re
import unicodedata
from pathlib import Path

import pii33_dev_names as NAMES

TYPES = ("PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID")


# ---------------------------------------------------------------------------
# labelled values and documents
# ---------------------------------------------------------------------------

class Lab:
    """A labelled value.  It refuses to be turned into plain text by accident."""

    __slots__ = ("type", "text", "person", "kind")

    def __init__(self, type_, text, person=None, kind=None):
        assert type_ in TYPES, type_
        self.type = type_
        self.text = text
        self.person = person
        self.kind = kind

    def __str__(self):
        raise TypeError("Lab used as plain text: " + self.text)

    def __repr__(self):
        return "Lab(%s, %r)" % (self.type, self.text)


def flatten(x):
    if x is None:
        return
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    elif isinstance(x, (str, Lab)):
        yield x
    else:
        raise TypeError("cannot render %r" % (x,))


class Doc:
    """Builder for texts: plain strings and labelled values in order."""

    def __init__(self):
        self.parts = []

    def __call__(self, *items):
        for it in flatten(list(items)):
            self.parts.append(it)
        return self

    def line(self, *items):
        self(*items)
        self.parts.append("\n")
        return self


def build(parts):
    text = []
    spans = []
    pos = 0
    for p in parts:
        if isinstance(p, Lab):
            spans.append((p.type, pos, pos + len(p.text), p.text, p))
            text.append(p.text)
            pos += len(p.text)
        else:
            text.append(p)
            pos += len(p)
    return "".join(text), spans


def merge_strings(parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            if not p:
                continue
            if out and isinstance(out[-1], str):
                out[-1] += p
            else:
                out.append(p)
        else:
            out.append(p)
    return out


def tidy_prose(parts):
    """Clean-up of prose outside spans: double spaces, spaces before punctuation,
    leading and trailing spaces of lines, blank lines beyond one."""
    parts = merge_strings(parts)
    out = []
    n = len(parts)
    for i, p in enumerate(parts):
        if isinstance(p, Lab):
            out.append(p)
            continue
        s = p
        if i > 0 and isinstance(parts[i - 1], Lab) and parts[i - 1].text.endswith(".") and s.startswith("."):
            s = s[1:]
        s = s.replace("\t", " ")
        s = re.sub(r" {2,}", " ", s)
        s = re.sub(r" +\n", "\n", s)
        s = re.sub(r"\n +", "\n", s)
        s = re.sub(r" +([,.;:!?)])", r"\1", s)
        s = re.sub(r"\( +", "(", s)
        s = re.sub(r"\n{3,}", "\n\n", s)
        s = re.sub(r",([,.])", r"\1", s)
        if i == 0:
            s = s.lstrip()
        if i == n - 1:
            s = s.rstrip()
        out.append(s)
    # a string that starts with a space after a string that ended in a newline
    return merge_strings(out)


def tidy_layout(parts):
    parts = merge_strings(parts)
    out = []
    n = len(parts)
    for i, p in enumerate(parts):
        if isinstance(p, Lab):
            out.append(p)
            continue
        s = re.sub(r"[ \t]+\n", "\n", p)
        s = re.sub(r"\n{3,}", "\n\n", s)
        if i == 0:
            s = s.lstrip("\n")
        if i == n - 1:
            s = s.rstrip()
        out.append(s)
    return merge_strings(out)


# ---------------------------------------------------------------------------
# folding and words
# ---------------------------------------------------------------------------

_FOLD_EXTRA = {"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "ð": "d", "þ": "th", "œ": "oe",
               "Æ": "AE", "Ø": "O", "Đ": "D", "Ł": "L", "İ": "I", "Ð": "D", "Þ": "TH", "Œ": "OE"}


def fold(s):
    s = "".join(_FOLD_EXTRA.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def de_ascii(s):
    """German-style transliteration for e-mail local parts."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return fold(s)


WORD_RE = re.compile(r"[^\W\d_]+")


def words_of(s):
    out = set()
    for w in WORD_RE.findall(s):
        lw = w.casefold()
        out.add(lw)
        out.add(fold(lw))
    return out


def name_parts(value):
    parts = []
    for w in WORD_RE.findall(value):
        lw = w.casefold()
        if len(lw) < 2 or lw in NAMES.PARTICLES:
            continue
        parts.append(lw)
    return parts


# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------

IBAN_LEN = {"AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
            "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27,
            "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25,
            "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TR": 26}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    c = s.replace(" ", "").upper()
    if len(c) < 5 or c[:2] not in IBAN_LEN or len(c) != IBAN_LEN[c[:2]]:
        return False
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c):
        return False
    return _iban_num(c[4:] + c[:4]) % 97 == 1


def iban_make(country, bban):
    n = _iban_num(bban + country + "00")
    return "%s%02d%s" % (country, 98 - n % 97, bban)


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
    for c in "0123456789":
        if luhn_ok(partial + c):
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
    if 16 <= n <= 19 and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649
                          or 622126 <= int(d[:6]) <= 622925):
        return "discover"
    if 16 <= n <= 19 and 3528 <= int(d[:4]) <= 3589:
        return "jcb"
    if 14 <= n <= 19 and (300 <= int(d[:3]) <= 305 or d[:2] in ("36", "38", "39")):
        return "diners"
    if 16 <= n <= 19 and d[:2] == "62":
        return "unionpay"
    if 12 <= n <= 19 and d[:4] in ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"):
        return "maestro"
    return None


def card_ok(s):
    d = re.sub(r"[ -]", "", s)
    return d.isdigit() and 12 <= len(d) <= 19 and luhn_ok(d) and card_issuer(d) is not None


def taxid_check_digit(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def taxid_ok(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"\d{11}", d) or d[0] == "0":
        return False
    head = d[:10]
    counts = [head.count(c) for c in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3 and re.search(r"(\d)\1\1", head):
        return False
    return taxid_check_digit(head) == int(d[10])


# ---------------------------------------------------------------------------
# look-alike scanning outside spans
# ---------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d]|\.\d)")
IPV6_RE = re.compile(r"(?<![\w:.])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w:])")
DIGITRUN_RE = re.compile(r"\d+(?:[ -]\d+)*")
IBAN_CAND_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){8,34}")


def hidden_values(s):
    """Return a list of (kind, text) for values in s that would need a label."""
    found = []
    for m in EMAIL_RE.finditer(s):
        found.append(("email", m.group(0)))
    for m in IPV4_RE.finditer(s):
        try:
            ipaddress.IPv4Address(m.group(1))
            found.append(("ipv4", m.group(1)))
        except ValueError:
            pass
    for m in IPV6_RE.finditer(s):
        t = m.group(1)
        if t.count(":") >= 2 and re.search(r"[0-9A-Fa-f]", t):
            try:
                ipaddress.IPv6Address(t)
                found.append(("ipv6", t))
            except ValueError:
                pass
    for m in IBAN_CAND_RE.finditer(s):
        c = m.group(0).replace(" ", "")
        L = IBAN_LEN.get(c[:2])
        if L and len(c) >= L and iban_ok(c[:L]):
            found.append(("iban", m.group(0)))
    for m in DIGITRUN_RE.finditer(s):
        d = re.sub(r"[ -]", "", m.group(0))
        if len(d) >= 11:
            for i in range(len(d) - 10):
                if taxid_ok(d[i:i + 11]):
                    found.append(("taxid", d[i:i + 11]))
                    break
        if len(d) >= 12:
            hit = None
            for L in range(12, min(19, len(d)) + 1):
                for i in range(len(d) - L + 1):
                    w = d[i:i + L]
                    if luhn_ok(w) and card_issuer(w):
                        hit = w
                        break
                if hit:
                    break
            if hit:
                found.append(("card", hit))
    return found


def safe_digits(fn, tries=200):
    """Draw a look-alike until it hides no card, Steuer-ID, IBAN, IP or e-mail."""
    for _ in range(tries):
        v = fn()
        if not hidden_values(v):
            return v
    raise AssertionError("no safe look-alike")


# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------

DE_TOWNS = [
    ("Berlin", ["10115", "10243", "10437", "10827", "12047", "13353"], "030"),
    ("München", ["80331", "80469", "80799", "81369", "81675"], "089"),
    ("Hamburg", ["20095", "20357", "22083", "22767"], "040"),
    ("Köln", ["50667", "50733", "50937"], "0221"),
    ("Frankfurt am Main", ["60311", "60316", "60486"], "069"),
    ("Stuttgart", ["70173", "70190", "70372"], "0711"),
    ("Kempten (Allgäu)", ["87435", "87437", "87439"], "0831"),
    ("Sonthofen", ["87527"], "08321"),
    ("Immenstadt i. Allgäu", ["87509"], "08323"),
    ("Augsburg", ["86150", "86152", "86161"], "0821"),
    ("Nürnberg", ["90402", "90429", "90461"], "0911"),
    ("Leipzig", ["04109", "04275", "04315"], "0341"),
    ("Dresden", ["01067", "01099", "01307"], "0351"),
    ("Bremen", ["28195", "28203"], "0421"),
    ("Hannover", ["30159", "30161", "30173"], "0511"),
    ("Dortmund", ["44135", "44137"], "0231"),
    ("Düsseldorf", ["40213", "40219", "40477"], "0211"),
    ("Bonn", ["53111", "53113"], "0228"),
    ("Mainz", ["55116", "55118"], "06131"),
    ("Heidelberg", ["69117", "69120"], "06221"),
    ("Freiburg im Breisgau", ["79098", "79102", "79106"], "0761"),
    ("Lindau (Bodensee)", ["88131"], "08382"),
    ("Kaufbeuren", ["87600"], "08341"),
    ("Memmingen", ["87700"], "08331"),
    ("Ulm", ["89073", "89077"], "0731"),
    ("Regensburg", ["93047", "93053"], "0941"),
    ("Passau", ["94032"], "0851"),
    ("Würzburg", ["97070", "97072"], "0931"),
    ("Kiel", ["24103", "24105"], "0431"),
    ("Rostock", ["18055", "18057"], "0381"),
    ("Erfurt", ["99084", "99089"], "0361"),
    ("Kassel", ["34117", "34119"], "0561"),
    ("Münster", ["48143", "48149"], "0251"),
    ("Bielefeld", ["33602", "33615"], "0521"),
    ("Rosenheim", ["83022", "83024"], "08031"),
    ("Garmisch-Partenkirchen", ["82467"], "08821"),
    ("Füssen", ["87629"], "08362"),
    ("Oberstdorf", ["87561"], "08322"),
    ("Tübingen", ["72070", "72074"], "07071"),
    ("Konstanz", ["78462", "78464"], "07531"),
]
DE_STREETS = """Hauptstraße Bahnhofstraße Gartenstraße Schulstraße Dorfstraße Bergstraße Lindenstraße Kirchstraße
Waldstraße Ringstraße Schillerstraße Goethestraße Mozartstraße Poststraße Feldstraße Wiesenweg Birkenweg Lindenweg
Ahornweg Tannenweg Eichenweg Buchenweg Amselweg Am_Mühlbach Am_Anger Am_Kirchberg Im_Winkel Sonnenhalde Marktplatz
Kastanienallee Uhlandstraße Eichendorffstraße Kantstraße Brunnenstraße Weinbergweg Talstraße Hochfeldstraße
Illerstraße Alpenstraße Ludwigstraße Maximilianstraße Sendlinger_Straße Bismarckstraße Moltkestraße Salzstraße
Residenzstraße Leopoldstraße Heinestraße Kapellenweg Fichtenweg Mühlenweg An_der_Iller Hofgartenstraße""".split()
AT_TOWNS = [
    ("Wien", ["1010", "1020", "1030", "1040", "1050", "1060", "1070", "1080", "1090", "1100", "1120", "1130",
              "1140", "1150", "1160", "1170", "1180", "1190", "1200"], "01"),
    ("Graz", ["8010", "8020", "8042"], "0316"),
    ("Linz", ["4020", "4040"], "0732"),
    ("Salzburg", ["5020", "5026"], "0662"),
    ("Innsbruck", ["6020"], "0512"),
    ("Klagenfurt am Wörthersee", ["9020"], "0463"),
    ("St. Pölten", ["3100"], "02742"),
    ("Bregenz", ["6900"], "05574"),
    ("Dornbirn", ["6850"], "05572"),
    ("Villach", ["9500"], "04242"),
    ("Wels", ["4600"], "07242"),
    ("Bludenz", ["6700"], "05552"),
    ("Imst", ["6460"], "05412"),
    ("Zell am See", ["5700"], "06542"),
    ("Leoben", ["8700"], "03842"),
    ("Kitzbühel", ["6370"], "05356"),
    ("Schwaz", ["6130"], "05242"),
    ("Steyr", ["4400"], "07252"),
    ("Krems an der Donau", ["3500"], "02732"),
]
AT_STREETS_WIEN = """Mariahilfer_Straße Landstraßer_Hauptstraße Währinger_Straße Favoritenstraße Neubaugasse
Schönbrunner_Straße Praterstraße Wiedner_Hauptstraße Josefstädter_Straße Ottakringer_Straße Gumpendorfer_Straße
Alser_Straße Hernalser_Hauptstraße Thaliastraße Margaretenstraße Lerchenfelder_Straße""".split()
AT_STREETS = """Herrengasse Annenstraße Sporgasse Griesgasse Landstraße Getreidegasse Linzer_Gasse
Maria-Theresien-Straße Anichstraße Museumstraße Hauptplatz Kirchengasse Dorfstraße Bahnhofstraße Am_Steinfeld
Lindengasse Schulgasse Kaiserjägerstraße Bürgerstraße Rathausgasse Sillgasse Elisabethstraße Wiener_Straße""".split()
CH_TOWNS = [
    ("Zürich", ["8001", "8003", "8004", "8032", "8048"], "044", "de"),
    ("Bern", ["3011", "3012", "3013"], "031", "de"),
    ("Basel", ["4051", "4052", "4056"], "061", "de"),
    ("Luzern", ["6003", "6004", "6005"], "041", "de"),
    ("St. Gallen", ["9000", "9008"], "071", "de"),
    ("Winterthur", ["8400", "8404"], "052", "de"),
    ("Chur", ["7000"], "081", "de"),
    ("Thun", ["3600"], "033", "de"),
    ("Aarau", ["5000"], "062", "de"),
    ("Zug", ["6300"], "041", "de"),
    ("Schaffhausen", ["8200"], "052", "de"),
    ("Biel/Bienne", ["2502"], "032", "de"),
    ("Interlaken", ["3800"], "033", "de"),
    ("Davos Platz", ["7270"], "081", "de"),
    ("Frauenfeld", ["8500"], "052", "de"),
    ("Lausanne", ["1003", "1004", "1006"], "021", "fr"),
    ("Genève", ["1201", "1205"], "022", "fr"),
    ("Lugano", ["6900"], "091", "it"),
]
CH_STREETS = {
    "de": """Bahnhofstrasse Seestrasse Dorfstrasse Hauptgasse Kirchweg Rosenbergstrasse Zürcherstrasse Bernstrasse
    Marktgasse Rütistrasse Alpenstrasse Langstrasse Badenerstrasse Weinbergstrasse Spitalgasse Pilatusstrasse
    Obergrundstrasse Kramgasse Steinenvorstadt Hirschengraben""".split(),
    "fr": "Rue_du_Lac Avenue_de_la_Gare Rue_de_Lausanne Chemin_des_Vignes Rue_du_Marché Avenue_de_Cour".split(),
    "it": "Via_Nassa Via_Cantonale Via_Pretorio Via_Trevano Via_Canova".split(),
}
GB_TOWNS = [
    ("London", ["N1", "N16", "E8", "SE15", "SW9", "NW5", "W12", "E17"], "020"),
    ("Manchester", ["M4", "M14", "M20", "M21"], "0161"),
    ("Leeds", ["LS6", "LS7", "LS8", "LS11"], "0113"),
    ("Bristol", ["BS3", "BS6", "BS7", "BS8"], "0117"),
    ("Edinburgh", ["EH6", "EH7", "EH9", "EH10"], "0131"),
    ("Glasgow", ["G3", "G12", "G41"], "0141"),
    ("Cardiff", ["CF10", "CF11", "CF24"], "029"),
    ("Sheffield", ["S7", "S10", "S11"], "0114"),
    ("Kendal", ["LA9"], "01539"),
    ("Keswick", ["CA12"], "017687"),
    ("Ambleside", ["LA22"], "015394"),
    ("York", ["YO1", "YO10", "YO31"], "01904"),
    ("Bath", ["BA1", "BA2"], "01225"),
    ("Brighton", ["BN1", "BN2"], "01273"),
    ("Nottingham", ["NG1", "NG5", "NG7"], "0115"),
    ("Liverpool", ["L8", "L15", "L17"], "0151"),
    ("Inverness", ["IV2", "IV3"], "01463"),
    ("Fort William", ["PH33"], "01397"),
    ("Newcastle upon Tyne", ["NE1", "NE2", "NE6"], "0191"),
    ("Oxford", ["OX1", "OX4"], "01865"),
    ("Cambridge", ["CB1", "CB4"], "01223"),
    ("Aberdeen", ["AB10", "AB24"], "01224"),
    ("Norwich", ["NR2", "NR3"], "01603"),
    ("Exeter", ["EX1", "EX4"], "01392"),
]
GB_STREETS = """High_Street Church_Road Station_Road Victoria_Road Mill_Lane Park_Avenue Albert_Street Otley_Road
Gloucester_Road Kings_Road Market_Street Manor_Road Springfield_Road Grove_Lane Westbourne_Terrace Elm_Grove
Ash_Close Beech_Crescent Chapel_Street New_Street Bridge_Street Castle_Street Hillside_Drive Lake_Road
Windermere_Road Ravenscroft_Avenue Thornfield_Way Stanhope_Gardens Cromwell_Road Belle_Vue_Terrace
Wellington_Street Harrow_Road Oakfield_Road Cedar_Avenue""".split()
US_TOWNS = [
    ("Denver", "CO", ["80205", "80206", "80211", "80218"], ["303", "720"]),
    ("Boulder", "CO", ["80302", "80304"], ["303"]),
    ("Seattle", "WA", ["98103", "98107", "98115", "98122"], ["206"]),
    ("Portland", "OR", ["97202", "97214", "97217"], ["503", "971"]),
    ("Salt Lake City", "UT", ["84102", "84105"], ["801", "385"]),
    ("Bozeman", "MT", ["59715", "59718"], ["406"]),
    ("Burlington", "VT", ["05401", "05408"], ["802"]),
    ("Asheville", "NC", ["28801", "28806"], ["828"]),
    ("Boise", "ID", ["83702", "83706"], ["208"]),
    ("Minneapolis", "MN", ["55406", "55408"], ["612"]),
    ("Chicago", "IL", ["60614", "60622", "60647"], ["312", "773"]),
    ("Austin", "TX", ["78704", "78751"], ["512", "737"]),
    ("San Francisco", "CA", ["94110", "94117"], ["415", "628"]),
    ("Sacramento", "CA", ["95816", "95818"], ["916"]),
    ("Flagstaff", "AZ", ["86001", "86004"], ["928"]),
    ("Albany", "NY", ["12203", "12208"], ["518"]),
    ("Brooklyn", "NY", ["11215", "11238"], ["718", "347"]),
    ("Madison", "WI", ["53703", "53705"], ["608"]),
    ("Anchorage", "AK", ["99501", "99508"], ["907"]),
    ("Missoula", "MT", ["59801", "59802"], ["406"]),
    ("Bend", "OR", ["97701", "97703"], ["541"]),
    ("Duluth", "MN", ["55805", "55812"], ["218"]),
]
US_STREETS = """Pine_St Maple_Ave Oak_St Cedar_Ln Elm_St Lincoln_St N_Main_St SE_Division_St NE_Alberta_St Pearl_St
Larimer_St E_Colfax_Ave Fremont_Ave SE_Hawthorne_Blvd Ridge_Rd Canyon_Dr Aspen_Way Juniper_Ct Willow_Creek_Rd
Spruce_Street Walnut_Street Sycamore_Avenue W_Broadway Summit_Avenue Lakeshore_Drive""".split()
IE_TOWNS = [
    ("Dublin 6", "D06", "01"), ("Dublin 8", "D08", "01"), ("Dublin 7", "D07", "01"), ("Cork", "T12", "021"),
    ("Cork", "T23", "021"), ("Galway", "H91", "091"), ("Limerick", "V94", "061"), ("Westport, Co. Mayo", "F28", "098"),
    ("Killarney, Co. Kerry", "V93", "064"), ("Sligo", "F91", "071"), ("Kilkenny", "R95", "056"),
    ("Waterford", "X91", "051"), ("Athlone, Co. Westmeath", "N37", "090"), ("Bray, Co. Wicklow", "A98", "01"),
    ("Dingle, Co. Kerry", "V92", "066"), ("Clifden, Co. Galway", "H71", "095"),
]
IE_STREETS = """Rathgar_Road Main_Street Castle_Street Church_Road Shop_Street Patrick_Street Quay_Street Strand_Road
Mill_Street Bridge_Street Abbey_Street The_Mall Seaview_Terrace Willow_Park Oakfield_Drive Sandymount_Avenue
Pearse_Street Dominick_Street""".split()
FR_TOWNS = [
    ("Paris", ["75011", "75014", "75018", "75020"], "01"), ("Lyon", ["69003", "69007"], "04"),
    ("Chamonix-Mont-Blanc", ["74400"], "04"), ("Grenoble", ["38000", "38100"], "04"), ("Annecy", ["74000"], "04"),
    ("Toulouse", ["31000", "31400"], "05"), ("Strasbourg", ["67000"], "03"), ("Bordeaux", ["33000", "33800"], "05"),
    ("Nantes", ["44000"], "02"), ("Chambéry", ["73000"], "04"), ("Pau", ["64000"], "05"), ("Lille", ["59000"], "03"),
]
FR_STREETS = """rue_des_Lilas rue_du_Moulin avenue_de_la_République boulevard_Voltaire rue_de_la_Paix chemin_des_Vignes
rue_Pasteur place_du_Marché allée_des_Tilleuls rue_des_Écoles rue_de_la_Gare avenue_des_Alpes""".split()
NL_TOWNS = [
    ("Amsterdam", ["1016", "1017", "1052", "1072", "1091"], "020"), ("Utrecht", ["3511", "3512", "3581"], "030"),
    ("Den Haag", ["2511", "2514", "2582"], "070"), ("Rotterdam", ["3011", "3012", "3021"], "010"),
    ("Groningen", ["9711", "9712"], "050"), ("Arnhem", ["6811", "6821"], "026"), ("Eindhoven", ["5611", "5612"], "040"),
    ("Leiden", ["2311", "2312"], "071"), ("Nijmegen", ["6511", "6521"], "024"), ("Maastricht", ["6211", "6221"], "043"),
    ("Haarlem", ["2011", "2012"], "023"),
]
NL_STREETS = """Prinsengracht Keizersgracht Vondelstraat Oudegracht Lange_Voorhout Kerkstraat Nieuwe_Binnenweg
Herengracht Molenstraat Stationsweg Dorpsstraat Bloemgracht Zeestraat Vismarkt""".split()
IT_TOWNS = [
    ("Milano", "MI", ["20121", "20135", "20144"], "02"), ("Roma", "RM", ["00184", "00153", "00162"], "06"),
    ("Bolzano", "BZ", ["39100"], "0471"), ("Trento", "TN", ["38122", "38121"], "0461"),
    ("Torino", "TO", ["10121", "10138"], "011"), ("Firenze", "FI", ["50122", "50134"], "055"),
    ("Cortina d'Ampezzo", "BL", ["32043"], "0436"), ("Aosta", "AO", ["11100"], "0165"),
    ("Sondrio", "SO", ["23100"], "0342"), ("Bologna", "BO", ["40121", "40126"], "051"),
    ("Bergamo", "BG", ["24121", "24122"], "035"), ("Verona", "VR", ["37121", "37122"], "045"),
    ("Merano", "BZ", ["39012"], "0473"), ("Brescia", "BS", ["25121"], "030"),
]
IT_STREETS = """Via_Garibaldi Corso_Italia Via_Roma Via_Dante Viale_dei_Mille Via_Mazzini Via_Verdi Via_dei_Portici
Via_Cavour Via_XX_Settembre Via_Torino Vicolo_Stretto""".split()

COUNTRY_NAME = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA",
           "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}

EMAIL_DOMAINS = {
    "DE": "gmx.de web.de t-online.de gmail.com posteo.de outlook.de freenet.de mailbox.org icloud.com gmx.net".split(),
    "AT": "gmx.at aon.at chello.at gmail.com a1.net outlook.com icloud.com".split(),
    "CH": "bluewin.ch gmx.ch sunrise.ch gmail.com hispeed.ch protonmail.ch".split(),
    "GB": "gmail.com outlook.com btinternet.com yahoo.co.uk hotmail.co.uk icloud.com sky.com".split(),
    "US": "gmail.com yahoo.com outlook.com icloud.com comcast.net hotmail.com aol.com".split(),
    "IE": "gmail.com eircom.net outlook.ie yahoo.ie icloud.com".split(),
    "FR": "orange.fr free.fr gmail.com laposte.net sfr.fr".split(),
    "NL": "ziggo.nl kpnmail.nl gmail.com hotmail.nl xs4all.nl".split(),
    "IT": "libero.it gmail.com alice.it virgilio.it tiscali.it".split(),
}
NICK_LOCAL = """bergfex gipfelglueck trailrunner mountainfan wanderlust kaffeeundberge sunnyday nordwand fellwalker
hillbagger munromad peakbagger gratwanderer almrausch skitourer alpinist bouldermaus kletterfix seenland
fjellfolk highlands outdoorfan trekker wolkenlos himmelblau""".split()

IPV4_FIRST = {"DE": [79, 80, 84, 87, 91, 93, 178, 188, 217], "AT": [77, 80, 81, 83, 62, 213],
              "CH": [85, 178, 195, 212, 31], "GB": [81, 86, 51, 31, 82, 90, 92, 109, 146],
              "US": [24, 50, 66, 67, 68, 69, 71, 73, 98, 104, 107, 174], "IE": [37, 78, 89, 109, 176],
              "FR": [78, 82, 86, 90, 92], "NL": [77, 80, 82, 84, 145], "IT": [79, 87, 93, 151]}
IPV6_PREFIX = {"DE": ["2a02:8108", "2003:e2", "2a01:c22"], "AT": ["2a02:8388", "2a01:468"],
               "CH": ["2a02:1210", "2001:1711"], "GB": ["2a00:23c5", "2a02:c7f"], "US": ["2601:1c0", "2600:1700", "2607:fb90"],
               "IE": ["2a02:8084", "2001:bb6"], "FR": ["2a01:cb00", "2a01:e0a"], "NL": ["2a02:a440", "2001:1c00"],
               "IT": ["2a02:b020", "2001:b07"]}

BANKS = {"GB": "BARC LOYD NWBK HBUK MIDL NAIA SRLG BUKB TSBS MONZ CPBK".split(),
         "IE": "AIBK BOFI IPBS ULSB".split(), "NL": "INGB ABNA RABO SNSB TRIO ASNB KNAB BUNQ".split()}

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
}

# ---------------------------------------------------------------------------
# the brand
# ---------------------------------------------------------------------------

PRODUCTS = [
    # sku, en name, de name, price, en colours, de colours, de gender
    ("TG-HT-100", "Almweg Zip-Off Hiking Trousers", "Almweg Zip-off-Wanderhose", 129.95,
     ["Rock Grey", "Peat Brown", "Slate"], ["Felsgrau", "Moorbraun", "Schiefer"], "f"),
    ("TG-BP-045", "Fernkamm 45+10 Trekking Backpack", "Fernkamm 45+10 Trekkingrucksack", 229.95,
     ["Slate", "Fir Shade", "Hut Orange"], ["Schiefer", "Tannenschatten", "Hüttenorange"], "m"),
    ("TG-RJ-100", "Firstwand 3-Layer Rain Jacket", "Firstwand 3-Lagen-Regenjacke", 349.95,
     ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate"], ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer"], "f"),
    ("TG-FL-100", "Gitterhang Grid Fleece Jacket", "Gitterhang Grid-Fleecejacke", 119.95,
     ["Rock Grey", "Lichen", "Ridge Blue"], ["Felsgrau", "Flechte", "Gratblau"], "f"),
    ("TG-BP-030", "Hochsattel 30 Hiking Backpack", "Hochsattel 30 Wanderrucksack", 139.95,
     ["Ridge Blue", "Fir Shade", "Slate"], ["Gratblau", "Tannenschatten", "Schiefer"], "m"),
    ("TG-DJ-100", "Kaltkar Down Jacket", "Kaltkar Daunenjacke", 289.95,
     ["Alpenglow", "Ridge Blue", "Slate"], ["Alpenglühen", "Gratblau", "Schiefer"], "f"),
    ("TG-BL-100", "Morgengrat Merino 150 Long-Sleeve Shirt", "Morgengrat Merino 150 Langarmshirt", 89.95,
     ["Slate", "Limestone", "Peat Brown"], ["Schiefer", "Kalkstein", "Moorbraun"], "n"),
    ("TG-SI-100", "Rinnental Insulated Hoody", "Rinnental Isolationshoody", 219.95,
     ["Fir Shade", "Hut Orange", "Slate"], ["Tannenschatten", "Hüttenorange", "Schiefer"], "m"),
    ("TG-RJ-200", "Schauerpass 2.5-Layer Rain Jacket", "Schauerpass 2,5-Lagen-Regenjacke", 199.95,
     ["Gentian", "Lichen", "Slate"], ["Enzian", "Flechte", "Schiefer"], "f"),
    ("TG-TS-100", "Steinlauf Trail Running Shoe", "Steinlauf Trailrunningschuh", 159.95,
     ["Slate/Hut Orange", "Ridge Blue/Limestone"], ["Schiefer/Hüttenorange", "Gratblau/Kalkstein"], "m"),
    ("TG-SO-100", "Trittweg Merino Hiking Socks", "Trittweg Merino-Wandersocken", 24.95,
     ["Rock Grey", "Fir Shade", "Hut Orange"], ["Felsgrau", "Tannenschatten", "Hüttenorange"], "p"),
    ("TG-WT-100", "Wintersteig Winter Trekking Trousers", "Wintersteig Wintertrekkinghose", 169.95,
     ["Slate", "Fir Shade"], ["Schiefer", "Tannenschatten"], "f"),
]

SIZES = {"TG-TS-100": ["40", "41", "42", "42.5", "43", "44", "45", "46"], "TG-SO-100": ["35-38", "39-42", "43-46"],
         "TG-BP-045": ["one size"], "TG-BP-030": ["one size"]}

STORES = {
    "DE": [("Kempten (Allgäu)", "87435", "Fischerstraße"), ("München", "80331", "Sendlinger Straße"),
           ("Freiburg im Breisgau", "79098", "Kaiser-Joseph-Straße"), ("Stuttgart", "70173", "Königstraße"),
           ("Berlin", "10115", "Torstraße"), ("Hamburg", "20095", "Mönckebergstraße")],
    "AT": [("Innsbruck", "6020", "Maria-Theresien-Straße"), ("Wien", "1070", "Neubaugasse"),
           ("Salzburg", "5020", "Linzer Gasse")],
    "CH": [("Zürich", "8001", "Rennweg"), ("Bern", "3011", "Kramgasse"), ("Luzern", "6003", "Hertensteinstrasse")],
    "GB": [("Keswick", "CA12", "Lake Road"), ("Kendal", "LA9", "Stricklandgate"), ("Edinburgh", "EH1", "Rose Street"),
           ("Manchester", "M4", "Oldham Street"), ("London", "WC2H", "Shaftesbury Avenue")],
    "US": [("Denver", "80202", "Larimer St"), ("Portland", "97209", "NW 23rd Ave"), ("Seattle", "98101", "Pine St")],
    "IE": [("Dublin 2", "D02", "South William Street"), ("Galway", "H91", "Shop Street")],
}
STORE_FOR = {"FR": "CH", "NL": "DE", "IT": "AT"}

COMPANIES = {
    "caterer": {"en": ["Fellside Catering Ltd", "Harbour Kitchen Co.", "Blue Ridge Events", "Copper Kettle Catering",
                       "Riverside Food Co.", "Greenbank Kitchen Ltd"],
                "de": ["Bergblick Catering GmbH", "Alpenküche Events", "Gipfelglück Partyservice", "Talwind Catering",
                       "Hüttenzauber Events GmbH", "Feinkost am Markt"]},
    "supplier": {"en": ["Northwind Textiles Ltd", "Ridgeway Components", "Cascade Zippers Inc.", "Summit Fibres Ltd",
                        "Highmoor Webbing Co.", "Tarn Fabrics Ltd"],
                 "de": ["Alpin Textil GmbH", "Bergfaser AG", "Nordlicht Verschlüsse GmbH", "Textilwerk Oberland GmbH",
                        "Garnwerk Allgäu", "Gurtband Südwest GmbH"]},
    "taxfirm": {"en": ["Kanzlei am Hofgarten", "Steuerberatung Illertal PartG", "Beratungsgruppe Süd"],
                "de": ["Kanzlei am Hofgarten", "Steuerberatung Illertal PartG", "Steuerkanzlei Sonnenhang",
                       "Beratungsgruppe Süd", "Treuhand Alpstein AG"]},
    "carehome": {"en": ["Riverside Care Home", "Meadowbank House", "Oakwood Lodge", "Fernlea Care Centre"],
                 "de": {"*": ["Seniorenresidenz am Stadtpark", "Haus Sonnenhalde", "Pflegeheim Am Lindenhof",
                              "Wohnstift Rosengarten"],
                        "AT": ["Seniorenwohnheim Sonnenhof", "Haus der Generationen"],
                        "CH": ["Alterszentrum Kirchfeld", "Pflegezentrum Seeblick"]}},
    "school": {"en": ["Brookfield Primary School", "Fellside Academy", "Lakeland Grammar School", "Hillcrest Primary"],
               "de": {"*": ["Grundschule am Lindenplatz", "Realschule Kempten-Ost", "Mittelschule an der Iller",
                            "Grundschule Sonnenhang"],
                      "AT": ["Volksschule Hötting", "Mittelschule Wörgl", "Volksschule Mariahilf"],
                      "CH": ["Primarschule Kirchbühl", "Sekundarschule Rüti", "Primarschule Felsberg"]}},
    "uni": {"en": ["Lancaster University", "the University of Leeds", "Sheffield Hallam University",
                   "University College Cork", "the University of Stirling"],
            "de": {"*": ["der Hochschule Kempten", "der TU München", "der Universität Augsburg"],
                   "AT": ["der Universität Innsbruck", "der Universität Salzburg", "der WU Wien"],
                   "CH": ["der ZHAW in Winterthur", "der Hochschule Luzern", "der Universität Bern"]}},
    "charity": {"en": {"*": ["Ridge Trust", "Fell Rescue Fund", "Upland Paths Trust"],
                       "IE": ["Mountain Aid Ireland", "Upland Paths Trust"]},
                "de": {"*": ["Bergwacht Allgäu e.V.", "Bergkinder e.V.", "Alpine Pfade e.V."],
                       "AT": ["Hüttenhilfe Tirol", "Bergkinder Österreich"], "CH": ["Stiftung Bergpfade", "Bergkinder Schweiz"]}},
}
COURIERS = {"DE": ["DHL", "DPD", "GLS", "Hermes"], "AT": ["Österreichische Post", "DPD", "GLS"],
            "CH": ["Die Post", "DPD", "Planzer"], "GB": ["Royal Mail", "DPD", "Evri", "UPS"],
            "US": ["UPS", "FedEx", "USPS"], "IE": ["An Post", "DPD", "Fastway"], "FR": ["Colissimo", "DPD"],
            "NL": ["PostNL", "DHL"], "IT": ["Poste Italiane", "BRT"]}


# Common English and German words an invented name part must not equal (besides every word of
# the template files, which are added when the generator starts).
COMMON_WORDS = """
able about above after again air all also always and animal another answer any are area around ask away back
bad ball band bank bar base bay beach bean bear beat bed bee bell belt bend best big bill bird bit bite black
blade blast blind block blood blow blue board boat body boil bold bolt bond bone book boot born boss both
bowl box boy brain brand brave bread break brick bride brief bring broad brook brow brush buck bug build
bulk bull burn bush busy buy cake call calm camp can cap car card care carry case cash cast cat catch cave
chain chair chalk charm chart chase cheap check chest chief child chin chip city claim clan class clay clean
clear click cliff climb clip clock close cloth cloud club coal coast coat code coin cold colt comb come cone
cook cool cope cord core cork corn cost cosy cot could count court cove cover cow crab crack craft crane crash
crew crib crop crow crown cruel crush cry cube cup cure curl cut dad dale dam dame damp dare dark dart dash
date dawn day dead deal dean dear deck deep deer den desk dial dice dig dine dip dirt dish dive dock doe dog
doll dome done door dose dove down drag draw dream dress drift drill drink drip drive drop drum dry duck dude
dune dusk dust duty each ear earl earn earth ease east eat edge egg elk else end epic even ever evil exit eye
face fact fade fail fair fake fall fame fan far farm fast fat fate fear feast feed feel fell fen fern fig
file fill film find fine fire firm fish fist fit five flag flame flap flat flaw flea flee flesh flew flip
float flock flood floor flow fly foam fog fold folk fond food fool foot ford fork form fort foul four fox
free frog from front frost fruit fuel full fun fund fur fury fuse gain gale game gang gap garden gas gate
gave gear gem gift girl give glad glass glen globe glow glue goal goat gold golf gone good gown grab grace
grain grand grant grape grass grave gray great green grey grid grim grin grip grow gulf gull gum gun gust
guy hail hair half hall halt ham hand hang hard hare harm harp hat hate have hawk hay head heal heap hear
heart heat heel held hell helm help hemp hen herb herd here hero hide high hill hint hire hive hold hole
holy home hood hook hope horn horse host hot hour house hug huge hull hunt hurt hut ice idea inch ink inn
iron isle item jam jar jaw jet job join joke jolly joy jug jump june just keen keep kelp kettle key kick kid
kill kind king kiss kit kite knee knife knit knot know lace lack lad lady lake lamb lamp land lane lap large
lark last late lawn lay lead leaf leak lean leap left lend lens less lid life lift light like lily lime line
link lion lip list live load loaf loan lock loft log lone long look loop lord lose loss lost loud love low
luck lump lung mad made maid mail main make male mall malt man mane map mare mark marsh mask mass mast mat
mate maze meal mean meat meek meet melt mend menu mere mesh mild mile milk mill mind mine mint miss mist
moat mode mole monk mood moon moor moss most moth move much mud mule muse must nail name navy near neat neck
need nest net new news next nice night nine noble node none noon norm north nose note nut oak oat odd oil
old one only open oval oven over owl own pace pack pad page pain pair pale palm pan park part pass past path
paw pay pea peak pear peat peel peer pen pet pick pie pier pig pike pile pill pin pine pink pipe pit plan
plane plant plate play plot plug plum poem poet pole poll pond pony pool poor pop pork port pose post pot
pour pray press price pride prime print prize proof pub pull pump punk pure push put quay queen quest quick
quiet quit race rack raft rage raid rail rain rake ram ramp rank rare rash rat rate raw ray read real reap
rear red reed reef reel rent rest rib rice rich ride rift ring riot rise risk river road roam roar robe rock
rod role roll roof rook room root rope rose rot rough round row rub rude rug rule run rush rust sack safe
sage said sail sake sale salt same sand sane save saw say scar scene school scope score sea seal seat see
seed seek seem seen self sell send sense set shade shaft shake shame shape share shark sharp shed sheep sheet
shelf shell shift shine ship shirt shock shoe shop shore short shot show shut sick side sigh sign silk sill
sing sink sir site size skin skip sky slab slap sled sleep slide slim slip slope slot slow small smell smile
smoke snail snake snap snow soak soap sock soda sofa soft soil sold sole some son song soon sore sort soul
sound soup sour south sow space span spare spark speak spear speed spell spend spin spine spoon sport spot
spring spur spy stab stack staff stage stain stair stake stall stamp stand star stark start state stay steak
steal steam steel steep stem step stern stick still sting stir stock stone stool stop store storm story stove
strap straw stream street strip stripe stuck stud stuff stump sun sure surf swan swap sway sweat sweep sweet
swift swim swing sword table tail take tale talk tall tame tank tap tape task taste tax tea teach team tear
teen tell ten tend tent term test text than that the then there thin thing think third thorn those three
throw thumb tick tide tidy tie tile till time tin tiny tip tire toad toe tomb tone tool tooth top torch
toss tour town toy track trade trail train tram trap tray tree trek trend trial tribe trick trim trip troll
truck true trunk trust truth try tube tuck tune turn twin type ugly unit upon urge use vale vain van vase
vast veil vein vest view vine visit voice vote wade wage wail wait wake walk wall wand want war ward warm
warn wash wasp waste watch water wave wax way weak wear weed week well west wet whale wheat wheel whip white
whole wide wife wild will wind wine wing wink wire wise wish wit wolf wood wool word work world worm worn
wrap wren yard yarn year yell yes yet yoke young zone
aber acht alle alles alt alte am an andere apfel arm art auch auf aus auto bach bad bahn bald ball band bank
bau bauch baum bein berg bett biene bier bild birne bitte blatt blau blei blick blitz blume boden boot
bord brand brief brot brücke bruder buch bude burg busch butter dach dame dank darm decke degen dein denken
dich dick dieb ding dorf dose drache drei du duft dunkel durst ecke ehre ei eiche eimer eis eisen ende engel
erbe erde esel essen eule fahne fall falle farbe fass faust feder fee feld fell fels fenster ferne fest
feuer fisch flasche fleck fleisch fluss flut form frau freund friede frosch frucht fuchs fuß gabel gans
garten gast geist geld gold gras grau greis grenze grube grün gruß gurt gut haar hafen hahn hals hand haus
haut hecke heer heft heide held hemd herd herz heu himmel hirsch hof höhle holz honig horn hose huhn hund
hut insel jagd jahr kahn kalb kamm kampf kanne kante karte käse katze kauf keller kerze kette kind kinn
kiste klee klein knie knopf koch kohle kopf korb korn kraft kranz kreis kreuz krone krug kuh kunst kupfer
lachs lamm land lang laub lauf leben leder lehm leib leim licht lied linde liste loch löwe luft lust magd
mahl mai mann mantel markt mauer maus meer mehl meister messer milch moor mord mühle mund mut nabel nacht
nadel nagel name nase natur nebel nest netz neu nuss ofen ohr öl onkel pfad pfeil pferd pflug platz post
preis puppe quelle rabe rad rand rat raum reh reich reif reise riese rind ring rock rose ross rost rücken
ruhe saal sack saft salz samen sand satt schaf schale schatz schein schiff schild schlaf schloss schnee
schrank schuh schule see seele segel seide seil sense sieg silber sinn sohn sonne spaß speck spiegel spiel
spitz stab stadt stahl stall stamm stein stern stiel stier stock stoff strand strauß straße strom stube stuhl
sturm sumpf tag tal tanne tante tanz tasche tat tau teich teil teller tier tisch tod topf tor traum treu
tuch tür turm uhr ulme ufer vater vieh vogel volk wachs wagen wald wand wange warm wasser weg weib wein
weiß welt wiese wind winter wirt woche wolf wolke wort wunder wurm wurst zahl zahn zange zaun zeit zelt
ziege zins zoll zug zunge
"""


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

HON_EN = {"m": ["Mr", "Mr."], "f": ["Ms", "Mrs", "Ms.", "Mrs."]}


def female_surname(origin, s):
    if origin == "polish":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    if origin == "czech":
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s in ("Němec",):
            return "Němcová"
        if s.endswith("a"):
            return s[:-1] + "ová"
        return s + "ová"
    if origin == "russian":
        for a, b in (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("yov", "yova")):
            if s.endswith(a):
                return s[:-len(a)] + b
        return s
    if origin == "ukrainian":
        if s.endswith("skyi"):
            return s[:-4] + "ska"
        if s.endswith("yi"):
            return s[:-2] + "a"
        return s
    if origin == "greek":
        if s.endswith("opoulos"):
            return s[:-7] + "opoulou"
        if s.endswith("idis"):
            return s[:-4] + "idou"
        if s.endswith("akis"):
            return s[:-2]
        if s.endswith("os"):
            return s[:-2] + "ou"
        if s.endswith("is"):
            return s[:-1]
        if s.endswith("as"):
            return s[:-1]
        return s
    if origin == "baltic":
        if s.endswith("kas") or s.endswith("us"):
            return s[:-2] + "ienė" if s.endswith("us") else s[:-2] + "ienė"
        if s.endswith("as"):
            return s[:-2] + "ienė"
        if s.endswith("ius"):
            return s[:-3] + "ienė"
        if s.endswith("š"):
            return s[:-1] + "a"
        if s.endswith("s") and not s.endswith("ss"):
            return s[:-1] + "a"
        return s
    if origin == "irish":
        if s == "Ó Briain":
            return "Ní Bhriain"
        if s == "Mac Giolla Phádraig":
            return "Nic Giolla Phádraig"
        if s == "Ó Súilleabháin":
            return "Ní Shúilleabháin"
        return s
    return s


class Person:
    def __init__(self, g, role, gender, origin, given, sur, country, inv, cue):
        self.g = g
        self.role = role
        self.gender = gender
        self.origin = origin
        self.given = given
        self.sur = sur
        self.country = country
        self.inv = inv        # "", "given", "sur", "both"
        self.cue = cue
        self.kin = []         # people who share the surname
        self._cache = {}
        self.staff = False
        self.company_domain = None

    # --- names -----------------------------------------------------------
    def _L(self, text, kind):
        return [Lab("PERSON", text, self, kind)]

    @property
    def full_text(self):
        return self.given + " " + self.sur

    @property
    def full(self):
        return self._L(self.full_text, "full")

    @property
    def given_(self):
        return self._L(self.given, "given")

    @property
    def first(self):
        return self._L(self.given, "given")

    @property
    def last(self):
        return self._L(self.sur, "last")

    @property
    def last_first(self):
        return self._L("%s, %s" % (self.sur, self.given), "last_first")

    @property
    def LAST_first(self):
        return self._L("%s, %s" % (self.sur.upper(), self.given), "LAST_first")

    @property
    def init_last(self):
        return self._L("%s. %s" % (self.given[0], self.sur), "init_last")

    @property
    def given_init(self):
        core = self.sur
        for p in ("van der ", "van den ", "von der ", "de la ", "van ", "von ", "de ", "ter ", "da ", "dos ", "del ",
                  "di ", "zu ", "vom ", "le ", "lo ", "ap "):
            if core.lower().startswith(p):
                core = core[len(p):]
                break
        return self._L("%s %s." % (self.given, core[0].upper()), "given_init")

    @property
    def upper(self):
        return self._L(self.full_text.upper(), "upper")

    @property
    def upper_last(self):
        return self._L(self.sur.upper(), "upper_last")

    @property
    def LAST_FIRST_nocomma(self):
        return self._L("%s %s" % (self.sur.upper(), self.given.upper()), "LAST_FIRST")

    @property
    def lower(self):
        return self._L(self.full_text.lower(), "lower")

    @property
    def lower_given(self):
        return self._L(self.given.lower(), "lower_given")

    @property
    def lower_last(self):
        return self._L(self.sur.lower(), "lower_last")

    def _hon(self):
        if "hon" not in self._cache:
            r = self.g.rng
            if self.g.lang == "en":
                h = "Dr" if r.random() < 0.06 else r.choice(HON_EN[self.gender])
                if h == "Dr" and r.random() < 0.5:
                    h = "Dr."
            else:
                h = "Herr" if self.gender == "m" else "Frau"
                if r.random() < 0.06:
                    h += " Dr."
            self._cache["hon"] = h
        return self._cache["hon"]

    @property
    def mr(self):
        return self._hon()

    @property
    def mr_last(self):
        return [self._hon() + " "] + self._L(self.sur, "hon_last")

    @property
    def mr_full(self):
        return [self._hon() + " "] + self._L(self.full_text, "hon_full")

    @property
    def herr(self):
        return self._hon()

    @property
    def herrn(self):
        h = self._hon()
        return h.replace("Herr", "Herrn") if self.gender == "m" else h

    @property
    def herr_last(self):
        return [self.herr + " "] + self._L(self.sur, "hon_last")

    @property
    def herrn_last(self):
        return [self.herrn + " "] + self._L(self.sur, "hon_last")

    @property
    def herr_full(self):
        return [self.herr + " "] + self._L(self.full_text, "hon_full")

    @property
    def herrn_full(self):
        return [self.herrn + " "] + self._L(self.full_text, "hon_full")

    @property
    def gen(self):
        """German genitive of the given name: ``Annas``, ``Jonas’``."""
        if self.given[-1] in "sxzß":
            return self._L(self.given, "gen") + ["’"]
        return self._L(self.given, "gen") + ["s"]

    @property
    def gen_last(self):
        if self.sur[-1] in "sxzß":
            return self._L(self.sur, "gen") + ["’"]
        return self._L(self.sur, "gen") + ["s"]

    @property
    def sig(self):
        """A signature: full name mostly, sometimes other forms."""
        if "sig" not in self._cache:
            r = self.g.rng.random()
            if r < 0.55:
                v = self.full
            elif r < 0.75:
                v = self.given_
            elif r < 0.85:
                v = self.init_last
            elif r < 0.93:
                v = self.given_init
            else:
                v = self.upper
            self._cache["sig"] = v
        return self._cache["sig"]

    @property
    def any(self):
        r = self.g.rng.random()
        if r < 0.6:
            return self.full
        if r < 0.75:
            return self.last_first
        if r < 0.83:
            return self.LAST_first
        if r < 0.92:
            return self.init_last
        return self.upper

    def g_(self, a, b):
        return a if self.gender == "m" else b

    def _misspell(self, w):
        r = self.g.rng
        f = fold(w)
        if f != w and r.random() < 0.7:
            return f if r.random() < 0.5 else de_ascii(w)
        if w.startswith("Mc") and r.random() < 0.6:
            return "Mac" + w[2:]
        if w.startswith("Mac") and not w.startswith("Mac ") and r.random() < 0.6:
            return "Mc" + w[3:]
        if "'" in w:
            return w.replace("'", "")
        if "-" in w and r.random() < 0.5:
            return w.replace("-", " ")
        for _ in range(50):
            k = r.randrange(1, max(2, len(w) - 1))
            x = r.random()
            if x < 0.35 and k + 1 < len(w) and w[k] != w[k + 1] and w[k].isalpha() and w[k + 1].isalpha():
                v = w[:k] + w[k + 1] + w[k] + w[k + 2:]
            elif x < 0.6 and w[k].isalpha():
                v = w[:k] + w[k + 1:]
            elif x < 0.8 and w[k].isalpha():
                v = w[:k] + w[k] + w[k:]
            else:
                sub = {"i": "y", "y": "i", "c": "k", "k": "c", "ph": "f", "f": "ph", "e": "a", "a": "e", "s": "z",
                       "z": "s", "t": "th", "ie": "ei", "ei": "ie", "o": "ou"}
                keys = [a for a in sub if a in w[1:]]
                if not keys:
                    continue
                a = r.choice(keys)
                i = w.index(a, 1)
                v = w[:i] + sub[a] + w[i + len(a):]
            if v != w and v.casefold() != w.casefold() and len(v) >= 2:
                return v
        return w + "e"

    @property
    def misspelt_last(self):
        if "mis_last" not in self._cache:
            self._cache["mis_last"] = self._misspell(self.sur)
        return self._L(self._cache["mis_last"], "misspelt")

    @property
    def misspelt_full(self):
        if "mis_given" not in self._cache:
            r = self.g.rng.random()
            self._cache["mis_given"] = self._misspell(self.given) if r < 0.35 else self.given
        if "mis_last" not in self._cache:
            self._cache["mis_last"] = self._misspell(self.sur) if self._cache["mis_given"] == self.given \
                else self.sur
        return self._L(self._cache["mis_given"] + " " + self._cache["mis_last"], "misspelt")

    # --- values ----------------------------------------------------------
    def _get(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    @property
    def address(self):
        return self._get("address", lambda: self.g.make_address(self.country))

    @property
    def addr1(self):
        return [Lab("STREET_ADDRESS", self.address["one"], self, "one")]

    @property
    def addr2(self):
        return [Lab("STREET_ADDRESS", self.address["two"], self, "two")]

    @property
    def street(self):
        return [Lab("STREET_ADDRESS", self.address["street"], self, "street")]

    @property
    def postcode(self):
        return self.address["postcode"]

    @property
    def town(self):
        return self.address["town"]

    @property
    def cc(self):
        return self.country

    @property
    def country_name(self):
        return COUNTRY_NAME[self.g.lang][self.country]

    @property
    def email_text(self):
        return self._get("email", lambda: self.g.make_email(self))

    @property
    def email(self):
        return [Lab("EMAIL", self.email_text, self)]

    @property
    def email2(self):
        return [Lab("EMAIL", self._get("email2", lambda: self.g.make_email(self, private=True)), self)]

    @property
    def phone(self):
        return [Lab("PHONE", self._get("phone", lambda: self.g.make_phone(self.country, "mobile")), self)]

    @property
    def phone_text(self):
        return self._get("phone", lambda: self.g.make_phone(self.country, "mobile"))

    @property
    def landline(self):
        return [Lab("PHONE", self._get("landline", lambda: self.g.make_phone(
            self.country, "land", town=self.address["town_key"])), self)]

    @property
    def e164(self):
        return [Lab("PHONE", self._get("e164", lambda: self.g.make_phone(self.country, "mobile", style="e164")), self)]

    @property
    def iban_text(self):
        return self._get("iban", lambda: self.g.make_iban(self.country))

    @property
    def iban(self):
        v = self.iban_text
        if self._get("iban_grouped", lambda: self.g.rng.random() < 0.55):
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return [Lab("IBAN", v, self)]

    @property
    def iban_c(self):
        return [Lab("IBAN", self.iban_text, self)]

    @property
    def card_digits(self):
        return self._get("card", lambda: self.g.make_card())

    @property
    def card(self):
        return [Lab("CREDIT_CARD", self._get("card_fmt", lambda: self.g.format_card(self.card_digits)), self)]

    @property
    def card_c(self):
        return [Lab("CREDIT_CARD", self.card_digits, self)]

    @property
    def last4(self):
        return self.card_digits[-4:]

    @property
    def taxid(self):
        if self.country != "DE":
            raise AssertionError("Steuer-ID only for people living in Germany")
        return [Lab("DE_TAX_ID", self._get("taxid_fmt", lambda: self.g.format_taxid(
            self._get("taxid", self.g.make_taxid))), self)]

    @property
    def taxid_c(self):
        if self.country != "DE":
            raise AssertionError("Steuer-ID only for people living in Germany")
        return [Lab("DE_TAX_ID", self._get("taxid", self.g.make_taxid), self)]

    @property
    def ip(self):
        return [Lab("IP_ADDRESS", self._get("ip", lambda: self.g.make_ip(self.country)), self)]

    @property
    def ip6(self):
        return [Lab("IP_ADDRESS", self._get("ip6", lambda: self.g.make_ip6(self.country)), self)]

    def reset_name_cache(self):
        for k in ("email", "email2", "sig", "hon", "mis_last", "mis_given"):
            self._cache.pop(k, None)


# ---------------------------------------------------------------------------
# template language (prose)
# ---------------------------------------------------------------------------

_ALT_RE = re.compile(r"\[\[((?:(?!\[\[|\]\]|⟦|⟧).)*?)\]\]", re.S)
_OPT_RE = re.compile(r"⟦((?:(?!\[\[|\]\]|⟦|⟧).)*?)⟧", re.S)
_SLOT_RE = re.compile(r"\{([A-Za-z_]\w*)(?:\.([A-Za-z_]\w*))?(?::([^{}]*))?\}")


def expand(rng, s):
    while True:
        m1 = _ALT_RE.search(s)
        m2 = _OPT_RE.search(s)
        if not m1 and not m2:
            return s
        if m1 and (not m2 or m1.start() <= m2.start()):
            opts = m1.group(1).split("|")
            s = s[:m1.start()] + opts[rng.randrange(len(opts))] + s[m1.end():]
        else:
            keep = rng.random() < 0.5
            s = s[:m2.start()] + (m2.group(1) if keep else "") + s[m2.end():]


SLOT_ALIAS = {"given": "first"}
_REG_RE = re.compile(r"«([^«»|]*)\|([^«»|]*)»")


def template_words(tpl):
    t = _SLOT_RE.sub(" ", tpl)
    return words_of(t)


class Gen:
    """All draws of one language go through ``self.rng``."""

    def __init__(self, lang, rng):
        self.lang = lang
        self.rng = rng
        given, sur, words = NAMES.load()
        wordset = set(words["en"]) | set(words["de"])
        self.given = given
        self.sur = {o: [s for s in v if s not in wordset] for o, v in sur.items()}
        self.word_sur = words
        self.origins = list(NAMES.ORIGINS)
        self.list_parts = set()
        for o in self.origins:
            for gg in ("m", "f"):
                for n in given[o][gg]:
                    self.list_parts.update(name_parts(n))
            for s in sur[o]:
                self.list_parts.update(name_parts(s))
                self.list_parts.update(name_parts(female_surname(o, s)))
        for d in NAMES.DOUBLE_GIVEN:
            self.list_parts.update(name_parts(d[2]))
        for ws in words.values():
            for s in ws:
                self.list_parts.update(name_parts(s))
        self.list_parts_folded = {fold(p) for p in self.list_parts} | self.list_parts
        self.inv_shown = 0
        self.cue_shown = 0
        self.name_redraws = 0
        self.inner_redraws = 0
        self.inv_block = set(COMMON_WORDS.split())
        here = Path(__file__).resolve().parent
        for fn in ("pii33_dev_en.py", "pii33_dev_de.py", "pii33_dev_layouts.py", "pii33_dev_core.py"):
            f = here / fn
            if f.exists():
                self.inv_block |= words_of(f.read_text(encoding="utf-8"))
        self.reset_text(None, "DE")

    # --- per-text state --------------------------------------------------
    def reset_text(self, genre, country, cue_ok=True):
        self.genre = genre
        self.country = country
        self.cue_ok = cue_ok
        self.people = []
        self.day = None
        self.reg = "du" if self.rng.random() < 0.5 else "sie"

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def randint(self, a, b):
        return self.rng.randint(a, b)

    # --- names -----------------------------------------------------------
    def _weights(self, country):
        w = dict(NAMES.WEIGHTS[self.lang])
        for o, f in NAMES.COUNTRY_BOOST.get(country, {}).items():
            w[o] = w.get(o, 0) * f
        return w

    def _origin(self, country):
        w = self._weights(country)
        keys = self.origins
        tot = sum(w.get(k, 0) for k in keys)
        x = self.rng.random() * tot
        for k in keys:
            x -= w.get(k, 0)
            if x <= 0:
                return k
        return keys[-1]

    def invented_part(self, kind, gender):
        r = self.rng
        for _ in range(200):
            on = r.choice(NAMES.INV_ONSET.split())
            v = r.choice(NAMES.INV_VOWEL.split())
            mid = ""
            if r.random() < 0.45:
                mid = r.choice(NAMES.INV_MID.split()) + r.choice(NAMES.INV_VOWEL.split())
            if kind == "sur":
                end = r.choice(NAMES.INV_END_S.split())
            else:
                end = r.choice((NAMES.INV_END_M if gender == "m" else NAMES.INV_END_F).split())
            w = (on + v + mid + end)
            w = w[0].upper() + w[1:]
            lw = w.lower()
            if re.search(r"[aeiouy]{3}", lw) or re.search(r"[^aeiouy]{4}", lw) or re.search(r"(aa|ee|ii|oo|uu)", lw):
                continue
            if len(lw) < 4 or len(lw) > 11:
                continue
            if lw in self.list_parts_folded or fold(lw) in self.list_parts_folded or lw in self.inv_block \
                    or fold(lw) in self.inv_block:
                continue
            return w
        raise AssertionError("no invented name")

    def _draw_name(self, gender, origin, country, cue, avoid):
        r = self.rng
        for _ in range(300):
            o = origin or self._origin(country)
            given = r.choice(self.given[o][gender])
            # listed or generated double given names
            if r.random() < 0.03:
                cands = [d for d in NAMES.DOUBLE_GIVEN if d[0] == o and d[1] == gender]
                if cands:
                    given = r.choice(cands)[2]
            if o in NAMES.DOUBLE_HYPHEN and r.random() < 0.05:
                g2 = r.choice(self.given[o][gender])
                if g2 != given and " " not in given and "-" not in given:
                    given = given + "-" + g2
            elif o in NAMES.DOUBLE_SPACE and r.random() < 0.05:
                g2 = r.choice(self.given[o][gender])
                if g2 != given and " " not in given and "-" not in given:
                    given = given + " " + g2
            if r.random() < 0.08:
                wl = self.word_sur["de" if (self.lang == "de" and r.random() < 0.85) or
                                   (self.lang == "en" and r.random() < 0.08) else "en"]
                sur = r.choice(wl)
            else:
                sur = r.choice(self.sur[o])
                parts_o = [x for x in self.sur[o] if re.match(r"(?i)(von |van |de |del |da |dos |di |la |le |lo |zu |vom |ter |ap |al-|el-|ben |ó |mac |mc|o')", x)]
                if parts_o and r.random() < 0.05:
                    sur = r.choice(parts_o)
                if gender == "f":
                    sur = female_surname(o, sur)
                if o in NAMES.HYPHEN_SURNAME and r.random() < 0.10 and " " not in sur:
                    s2 = r.choice(self.sur[o])
                    if s2 != sur and " " not in s2 and "-" not in s2:
                        sur = sur + "-" + s2
            if o == "russian" and self.lang == "de" and r.random() < 0.5:
                sur = re.sub(r"ov$", "ow", re.sub(r"ova$", "owa", re.sub(r"ev$", "ew", re.sub(r"eva$", "ewa", sur))))
            if o in NAMES.ASCII_SOMETIMES and r.random() < 0.3:
                given, sur = fold(given), fold(sur)
            inv = ""
            if cue and self.cue_ok:
                share = self.inv_shown / self.cue_shown if self.cue_shown else 0.0
                p = 0.15 if share < 0.10 else 0.05
                if r.random() < p:
                    x = r.random()
                    inv = "given" if x < 0.3 else ("sur" if x < 0.65 else "both")
                    if inv in ("given", "both"):
                        given = self.invented_part("given", gender)
                    if inv in ("sur", "both"):
                        sur = self.invented_part("sur", gender)
            if country == "CH":
                given = given.replace("ß", "ss")
                sur = sur.replace("ß", "ss")
            parts = set(name_parts(given + " " + sur))
            parts |= {fold(p) for p in parts}
            if avoid and parts & avoid:
                self.name_redraws += 1
                continue
            return o, given, sur, inv
        raise AssertionError("no name")

    def _taken_parts(self, exclude=None):
        s = set()
        for p in self.people:
            if p is exclude:
                continue
            for q in name_parts(p.given + " " + p.sur):
                s.add(q)
                s.add(fold(q))
        return s

    def person(self, role="customer", gender=None, origin=None, country=None, cue=True, home=None):
        r = self.rng
        gender = gender or ("m" if r.random() < 0.5 else "f")
        if country is None:
            if home is not None:
                country = home
            elif role in ("staff",):
                country = self.country
            else:
                country = self.country if r.random() < 0.85 else r.choice(
                    ["DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT"])
        avoid = self._taken_parts()
        o, given, sur, inv = self._draw_name(gender, origin, country, cue, avoid)
        p = Person(self, role, gender, o, given, sur, country, inv, cue)
        self.people.append(p)
        return p

    def staff(self, gender=None, **kw):
        p = self.person(role="staff", gender=gender, **kw)
        p.staff = True
        return p

    def contact(self, domain, gender=None, **kw):
        p = self.person(role="partner", gender=gender, **kw)
        p.company_domain = domain
        return p

    def relative(self, p, gender=None, role="relative", share_address=True):
        gender = gender or ("m" if self.rng.random() < 0.5 else "f")
        avoid = self._taken_parts()
        for _ in range(300):
            given = self.rng.choice(self.given[p.origin][gender])
            if given in p.given or p.given in given:
                continue
            parts = set(name_parts(given)) | {fold(x) for x in name_parts(given)}
            if parts & avoid:
                self.name_redraws += 1
                continue
            break
        base = p.sur
        q = Person(self, role, gender, p.origin, given, base, p.country, "", p.cue)
        if p.gender != gender and p.origin in ("polish", "czech", "russian", "ukrainian", "greek", "baltic"):
            q.sur = p.sur  # keep the form as written for the family; good enough for relatives
        if p.country == "CH":
            q.given = q.given.replace("ß", "ss")
        if share_address:
            q._cache["address"] = p.address
        p.kin.append(q)
        q.kin.append(p)
        self.people.append(q)
        return q

    def rename(self, p, avoid):
        """Draw a new name for p (and its relatives' surname) that avoids words."""
        group = [p] + [k for k in p.kin]
        others = set()
        for q in self.people:
            if q in group:
                continue
            for x in name_parts(q.given + " " + q.sur):
                others.add(x)
                others.add(fold(x))
        o, given, sur, inv = self._draw_name(p.gender, None, p.country, p.cue, avoid | others)
        p.origin, p.given, p.sur, p.inv = o, given, sur, inv
        p.reset_name_cache()
        for k in p.kin:
            k.sur = sur
            for _ in range(300):
                gv = self.rng.choice(self.given[o][k.gender])
                ps = set(name_parts(gv)) | {fold(x) for x in name_parts(gv)}
                if gv != given and not (ps & (avoid | others)):
                    k.given = gv
                    break
            k.origin = o
            k.reset_name_cache()

    # --- values ----------------------------------------------------------
    def digits(self, n, first_nonzero=False):
        r = self.rng
        s = "".join(r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = r.choice("123456789") + s[1:]
        return s

    def make_address(self, cc):
        r = self.rng
        lang = self.lang
        a = {"cc": cc}
        if cc == "DE":
            town, pcs, area = r.choice(DE_TOWNS)
            pc = r.choice(pcs)
            st = r.choice(DE_STREETS).replace("_", " ")
            if st.endswith("straße") and r.random() < 0.2:
                st = st[:-6] + "str."
            no = str(r.randint(1, 118)) + (r.choice("ab") if r.random() < 0.1 else "")
            street = "%s %s" % (st, no)
            pcl = ("D-" if r.random() < 0.12 else "") + pc
            townline = "%s %s" % (pcl, town)
        elif cc == "AT":
            town, pcs, area = r.choice(AT_TOWNS)
            pc = r.choice(pcs)
            if town == "Wien":
                st = r.choice(AT_STREETS_WIEN).replace("_", " ")
                x = r.random()
                no = str(r.randint(1, 160))
                if x < 0.45:
                    no += "/%d/%d" % (r.randint(1, 9), r.randint(1, 24))
                elif x < 0.75:
                    no += "/%d" % r.randint(1, 30)
            else:
                st = r.choice(AT_STREETS).replace("_", " ")
                no = str(r.randint(1, 90))
                if r.random() < 0.25:
                    no += "/%d" % r.randint(1, 12)
            street = "%s %s" % (st, no)
            townline = "%s%s %s" % ("A-" if r.random() < 0.22 else "", pc, town)
        elif cc == "CH":
            town, pcs, area, sl = r.choice(CH_TOWNS)
            pc = r.choice(pcs)
            st = r.choice(CH_STREETS[sl]).replace("_", " ")
            no = str(r.randint(1, 99)) + (r.choice("abc") if r.random() < 0.08 else "")
            street = "%s %s" % (st, no)
            townline = "%s%s %s" % ("CH-" if r.random() < 0.25 else "", pc, town)
        elif cc == "GB":
            town, outs, area = r.choice(GB_TOWNS)
            pc = "%s %d%s%s" % (r.choice(outs), r.randint(1, 9), r.choice("ABDEFGHJLNPQRSTUWXYZ"),
                                 r.choice("ABDEFGHJLNPQRSTUWXYZ"))
            st = r.choice(GB_STREETS).replace("_", " ")
            street = "%d %s" % (r.randint(1, 220), st)
            x = r.random()
            if x < 0.15:
                street = "Flat %d, %s" % (r.randint(1, 12), street)
            elif x < 0.22:
                street = "Flat %d%s, %s" % (r.randint(1, 6), r.choice("ABC"), street)
            elif x < 0.27:
                street = "Apartment %d, %s" % (r.randint(1, 40), street)
            townline = "%s %s" % (town, pc)
        elif cc == "US":
            town, stt, zips, areas = r.choice(US_TOWNS)
            area = r.choice(areas)
            pc = r.choice(zips)
            st = r.choice(US_STREETS).replace("_", " ")
            street = "%d %s" % (r.randint(12, 9850), st)
            x = r.random()
            if x < 0.18:
                street += ", Apt %d%s" % (r.randint(1, 30), r.choice(["", "A", "B", "C"]))
            elif x < 0.26:
                street += ", Suite %d" % r.choice([100, 110, 200, 210, 300, 305, 410])
            elif x < 0.32:
                street += ", #%d" % r.randint(1, 40)
            elif x < 0.36:
                street += ", Unit %d" % r.randint(1, 20)
            townline = "%s, %s %s" % (town, stt, pc)
            town = "%s, %s" % (town, stt)
        elif cc == "IE":
            town, rk, area = r.choice(IE_TOWNS)
            pc = "%s %s" % (rk, "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
            if not re.search(r"[A-Z]", pc[4:]):
                pc = pc[:4] + r.choice("ACDEFHKNPRTVWXY") + pc[5:]
            st = r.choice(IE_STREETS).replace("_", " ")
            street = "%d %s" % (r.randint(1, 140), st)
            if r.random() < 0.15:
                street = "Apartment %d, %s" % (r.randint(1, 30), street)
            townline = "%s, %s" % (town, pc)
        elif cc == "FR":
            town, pcs, area = r.choice(FR_TOWNS)
            pc = r.choice(pcs)
            st = r.choice(FR_STREETS).replace("_", " ")
            no = str(r.randint(1, 88))
            if r.random() < 0.12:
                no += r.choice([" bis", " ter"])
            street = "%s %s" % (no, st)
            townline = "%s %s" % (pc, town.upper() if r.random() < 0.3 else town)
            area = area
        elif cc == "NL":
            town, pcs, area = r.choice(NL_TOWNS)
            pc = "%s %s%s" % (r.choice(pcs), r.choice("ABCDEGHJKLMNPRTVWXZ"), r.choice("ABCDEGHJKLMNPRTVWXZ"))
            st = r.choice(NL_STREETS).replace("_", " ")
            no = str(r.randint(1, 420))
            x = r.random()
            if x < 0.15:
                no += "-hs"
            elif x < 0.25:
                no += " II"
            elif x < 0.35:
                no += "-%d" % r.randint(1, 3)
            elif x < 0.45:
                no += r.choice("ABC")
            street = "%s %s" % (st, no)
            townline = "%s %s" % (pc, town.upper() if r.random() < 0.3 else town)
        elif cc == "IT":
            town, prov, pcs, area = r.choice(IT_TOWNS)
            pc = r.choice(pcs)
            st = r.choice(IT_STREETS).replace("_", " ")
            street = "%s %d" % (st, r.randint(1, 140))
            townline = "%s %s (%s)" % (pc, town, prov) if r.random() < 0.6 else "%s %s %s" % (pc, town, prov)
        else:
            raise AssertionError(cc)
        a.update(street=street, townline=townline, postcode=pc, town=town, town_key=area)
        a["one"] = street + ", " + townline
        a["two"] = street + "\n" + townline
        if cc == "DE" and lang == "en":
            pass
        return a

    def make_email(self, p, private=False):
        r = self.rng
        g = re.sub(r"[^a-z]", "", de_ascii(p.given.split(" ")[0].split("-")[0]).lower())
        s = re.sub(r"[^a-z-]", "", de_ascii(p.sur).lower().replace(" ", "").replace("'", ""))
        s = s.split("-")[0] if r.random() < 0.5 else s.replace("-", "")
        if p.staff and not private:
            dom = "talgrat.de" if self.lang == "de" else "talgrat.com"
            return r.choice(["{g}.{s}", "{g}.{s}", "{g1}.{s}"]).format(g=g, s=s, g1=g[:1]) + "@" + dom
        if p.company_domain and not private:
            f = r.choice(["{g}.{s}", "{g1}.{s}", "{g}", "{s}"])
            return f.format(g=g, s=s, g1=g[:1]) + "@" + p.company_domain
        dom = r.choice(EMAIL_DOMAINS[p.country])
        nn = str(r.randint(1, 99)) if r.random() < 0.5 else str(r.randint(1955, 2006))
        forms = ["{g}.{s}", "{g}.{s}", "{g}{s}", "{g1}.{s}", "{g1}{s}", "{s}.{g}", "{g}_{s}", "{g}.{s}{nn}",
                 "{g}{nn}", "{s}{nn}", "{g}-{s}", "{nick}{nn}", "{nick}.{g}"]
        f = r.choice(forms)
        return f.format(g=g, s=s, g1=g[:1], nn=nn, nick=r.choice(NICK_LOCAL)) + "@" + dom

    def make_phone(self, cc, kind="mobile", style=None, town=None):
        r = self.rng
        if style is None:
            x = r.random()
            style = "intl" if x < 0.45 else "nat"

        def grp(s, sizes):
            out, i = [], 0
            for n in sizes:
                out.append(s[i:i + n])
                i += n
            if i < len(s):
                out[-1] += s[i:]
            return " ".join(out)

        if cc == "DE":
            if kind == "mobile":
                pre = r.choice(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174",
                                "175", "176", "177", "178", "179"])
                sub = self.digits(8 if pre.startswith("15") or pre >= "176" else 7, True)
            else:
                area = town if (town and town.startswith("0")) else r.choice(DE_TOWNS)[2]
                pre = area[1:]
                sub = self.digits(max(5, min(8, 10 - len(pre) - r.choice([0, 1]))), True)
            if style == "e164":
                return "+49" + pre + sub
            if style == "intl":
                return r.choice(["+49 {p} {s}", "+49 (0){p} {s}", "0049 {p} {s}", "+49 {p} {s3} {s4}"]).format(
                    p=pre, s=sub, s3=sub[:3], s4=sub[3:])
            return r.choice(["0{p} {s}", "0{p}/{s}", "0{p}-{s}", "0{p} {s3} {s4}", "(0{p}) {s}"]).format(
                p=pre, s=sub, s3=sub[:3], s4=sub[3:])
        if cc == "AT":
            if kind == "mobile":
                pre = r.choice(["650", "660", "664", "676", "677", "680", "681", "688", "699"])
                sub = self.digits(7, True)
            else:
                area = town if (town and town.startswith("0")) else r.choice(AT_TOWNS)[2]
                pre = area[1:]
                sub = self.digits(7 if pre == "1" else r.choice([5, 6]), True)
            if style == "e164":
                return "+43" + pre + sub
            sg = grp(sub, [3, 2, 2]) if len(sub) == 7 else sub
            if style == "intl":
                return r.choice(["+43 {p} {s}", "+43 (0){p} {s}", "0043 {p} {s}", "+43 {p} {sg}"]).format(
                    p=pre, s=sub, sg=sg)
            return r.choice(["0{p} {s}", "0{p}/{s}", "0{p} {sg}", "0{p}/{sg}"]).format(p=pre, s=sub, sg=sg)
        if cc == "CH":
            if kind == "mobile":
                pre = r.choice(["75", "76", "77", "78", "79"])
            else:
                area = town if (town and town.startswith("0")) else r.choice(CH_TOWNS)[2]
                pre = area[1:]
            sub = self.digits(7, True)
            sg = grp(sub, [3, 2, 2])
            if style == "e164":
                return "+41" + pre + sub
            if style == "intl":
                return r.choice(["+41 {p} {sg}", "+41 (0){p} {sg}", "0041 {p} {sg}"]).format(p=pre, sg=sg)
            return r.choice(["0{p} {sg}", "0{p} {sg}", "0{p}{s}", "0{p}/{sg}"]).format(p=pre, sg=sg, s=sub)
        if cc == "GB":
            if kind == "mobile":
                pre = "7" + str(r.randint(400, 999))
                sub = self.digits(6)
                nat = r.choice(["0{p} {s}", "0{p} {s3} {s4}", "0{p}{s}"])
                intl = r.choice(["+44 {p} {s}", "+44 (0){p} {s}", "0044 {p} {s}", "+44 {p} {s3} {s4}"])
            else:
                area = town if (town and town.startswith("0")) else r.choice(GB_TOWNS)[2]
                pre = area[1:]
                if pre == "20":
                    sub = self.digits(8, True)
                    sub = grp(sub, [4, 4])
                elif pre == "29":
                    sub = grp(self.digits(8, True), [4, 4])
                elif len(pre) == 3:
                    sub = grp(self.digits(7, True), [3, 4])
                elif len(pre) == 4:
                    sub = self.digits(6, True)
                else:
                    sub = self.digits(5, True)
                nat = r.choice(["0{p} {s}", "(0{p}) {s}"])
                intl = r.choice(["+44 {p} {s}", "+44 (0){p} {s}"])
            if style == "e164":
                return "+44" + pre + sub.replace(" ", "")
            f = intl if style == "intl" else nat
            return f.format(p=pre, s=sub, s3=sub[:3], s4=sub[3:])
        if cc == "US":
            area = town if (town and not town.startswith("0")) else r.choice(r.choice(US_TOWNS)[3])
            while True:
                ex = str(r.randint(201, 989))
                if ex != "555" and not ex.endswith("11") and ex[0] not in "01":
                    break
            line = self.digits(4)
            if style == "e164":
                return "+1" + area + ex + line
            if style == "intl":
                return r.choice(["+1 {a} {e} {l}", "+1-{a}-{e}-{l}", "+1 ({a}) {e}-{l}"]).format(a=area, e=ex, l=line)
            return r.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "1-{a}-{e}-{l}", "({a}) {e}-{l}"]).format(
                a=area, e=ex, l=line)
        if cc == "IE":
            if kind == "mobile":
                pre = r.choice(["83", "85", "86", "87", "89"])
                sub = self.digits(7, True)
            else:
                area = town if (town and town.startswith("0")) else r.choice(IE_TOWNS)[2]
                pre = area[1:]
                sub = self.digits(7, True)
            sg = grp(sub, [3, 4])
            if style == "e164":
                return "+353" + pre + sub
            if style == "intl":
                return r.choice(["+353 {p} {sg}", "+353 (0){p} {sg}", "00353 {p} {sg}"]).format(p=pre, sg=sg)
            return r.choice(["0{p} {sg}", "0{p} {sg}", "(0{p}) {sg}", "0{p}{s}"]).format(p=pre, sg=sg, s=sub)
        if cc == "FR":
            pre = r.choice(["6", "7"]) if kind == "mobile" else (town[1:] if town else r.choice(FR_TOWNS)[2][1:])
            sub = self.digits(8)
            pairs = " ".join(sub[i:i + 2] for i in range(0, 8, 2))
            if style == "e164":
                return "+33" + pre + sub
            if style == "intl":
                return r.choice(["+33 {p} {pr}", "+33 (0){p} {pr}", "0033 {p} {pr}"]).format(p=pre, pr=pairs)
            return r.choice(["0{p} {pr}", "0{p}.{prd}", "0{p}{s}"]).format(p=pre, pr=pairs, prd=pairs.replace(" ", "."),
                                                                           s=sub)
        if cc == "NL":
            if kind == "mobile":
                pre = "6"
                sub = self.digits(8, True)
                if style == "e164":
                    return "+316" + sub
                if style == "intl":
                    return r.choice(["+31 6 {s}", "+31 (0)6 {s4} {s5}", "0031 6 {s}"]).format(s=sub, s4=sub[:4], s5=sub[4:])
                return r.choice(["06-{s}", "06 {s4} {s5}", "06 {s}"]).format(s=sub, s4=sub[:4], s5=sub[4:])
            area = town if (town and town.startswith("0")) else r.choice(NL_TOWNS)[2]
            pre = area[1:]
            sub = self.digits(7, True)
            if style == "e164":
                return "+31" + pre + sub
            if style == "intl":
                return "+31 {p} {a} {b}".format(p=pre, a=sub[:3], b=sub[3:])
            return r.choice(["0{p} {a} {b}", "0{p}-{s}"]).format(p=pre, a=sub[:3], b=sub[3:], s=sub)
        if cc == "IT":
            if kind == "mobile":
                pre = r.choice(["320", "328", "333", "338", "340", "347", "348", "349", "366", "380", "388", "392"])
                sub = self.digits(7)
                if style == "e164":
                    return "+39" + pre + sub
                if style == "intl":
                    return r.choice(["+39 {p} {a} {b}", "0039 {p} {a} {b}", "+39 {p} {s}"]).format(
                        p=pre, a=sub[:3], b=sub[3:], s=sub)
                return r.choice(["{p} {a} {b}", "{p}/{s}", "{p} {s}"]).format(p=pre, a=sub[:3], b=sub[3:], s=sub)
            area = town if (town and town.startswith("0")) else r.choice(IT_TOWNS)[3]
            sub = self.digits(8 if len(area) == 2 else 6, True)
            if style == "e164":
                return "+39" + area + sub
            if style == "intl":
                return "+39 {a} {s}".format(a=area, s=grp(sub, [4, 4]) if len(sub) == 8 else sub)
            return "{a} {s}".format(a=area, s=grp(sub, [4, 4]) if len(sub) == 8 else sub)
        raise AssertionError(cc)

    def make_iban(self, cc):
        r = self.rng
        if cc in ("US",):
            cc = "GB"
        if cc == "DE":
            bban = self.digits(8, True) + self.digits(10)
        elif cc == "AT":
            bban = self.digits(5, True) + self.digits(11)
        elif cc == "CH":
            bban = "00" + self.digits(3, True) + self.digits(12)
        elif cc in ("GB", "IE"):
            bban = r.choice(BANKS[cc]) + self.digits(6) + self.digits(8)
        elif cc == "NL":
            bban = r.choice(BANKS["NL"]) + self.digits(10)
        elif cc == "FR":
            bank, branch, acct = self.digits(5, True), self.digits(5), self.digits(11)
            key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
            bban = bank + branch + acct + "%02d" % key
        elif cc == "IT":
            abi, cab, acct = self.digits(5), self.digits(5), self.digits(12)
            bban = self._cin(abi + cab + acct) + abi + cab + acct
        else:
            raise AssertionError(cc)
        v = iban_make(cc, bban)
        assert iban_ok(v), v
        return v

    @staticmethod
    def _cin(s):
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        alnum = "0123456789"
        total = 0
        for i, ch in enumerate(s):
            idx = alnum.index(ch)
            total += odd[idx] if i % 2 == 0 else idx
        return chr(ord("A") + total % 26)

    def make_card(self):
        r = self.rng
        x = r.random()
        if x < 0.45:
            pre, n = "4", 16
        elif x < 0.75:
            pre = str(r.randint(51, 55)) if r.random() < 0.7 else str(r.randint(2221, 2720))
            n = 16
        elif x < 0.9:
            pre, n = r.choice(["34", "37"]), 15
        else:
            pre, n = r.choice(["6011", "65", str(r.randint(644, 649))]), 16
        body = pre + self.digits(n - 1 - len(pre))
        d = body + luhn_digit(body)
        assert card_ok(d)
        return d

    def format_card(self, d):
        r = self.rng
        if len(d) == 15:
            sep = r.choice([" ", " ", "-", ""])
            return sep.join([d[:4], d[4:10], d[10:]]) if sep else d
        sep = r.choice([" ", " ", " ", "-", ""])
        return sep.join(d[i:i + 4] for i in range(0, 16, 4)) if sep else d

    def make_taxid(self):
        r = self.rng
        for _ in range(1000):
            rep = r.choice("0123456789")
            times = 2 if r.random() < 0.7 else 3
            others = [c for c in "0123456789" if c != rep]
            r.shuffle(others)
            digs = [rep] * times + others[:10 - times]
            r.shuffle(digs)
            head = "".join(digs)
            if head[0] == "0":
                continue
            if times == 3 and re.search(r"(\d)\1\1", head):
                continue
            v = head + str(taxid_check_digit(head))
            if taxid_ok(v):
                return v
        raise AssertionError

    def format_taxid(self, v):
        if self.rng.random() < 0.35:
            return "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])
        return v

    def make_ip(self, cc=None, kind="public"):
        r = self.rng
        if kind == "private":
            x = r.random()
            if x < 0.4:
                return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254))
            if x < 0.8:
                return "192.168.%d.%d" % (r.randint(0, 30), r.randint(2, 254))
            return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))
        if kind == "doc":
            return r.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % r.randint(2, 254)
        cc = cc or self.country
        return "%d.%d.%d.%d" % (r.choice(IPV4_FIRST.get(cc, IPV4_FIRST["DE"])), r.randint(0, 255), r.randint(0, 255),
                                r.randint(2, 254))

    def make_ip6(self, cc=None, kind="public"):
        r = self.rng
        cc = cc or self.country
        if kind == "doc":
            pre = "2001:db8"
        else:
            pre = r.choice(IPV6_PREFIX.get(cc, IPV6_PREFIX["DE"]))
        groups = pre.split(":")
        while len(groups) < 4:
            groups.append("%x" % r.randint(0, 0xffff))
        if r.random() < 0.5:
            tail = ["0", "0", "0", "%x" % r.randint(1, 0xfff)]
        else:
            tail = ["%x" % r.randint(0, 0xffff) for _ in range(4)]
        a = ipaddress.IPv6Address(":".join(groups + tail))
        return a.exploded if r.random() < 0.12 else str(a)

    # --- dates and money ---------------------------------------------------
    _MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def _ord(self, y, m, d):
        return y * 372 + m * 31 + d

    def date_tuple(self, step=(1, 20)):
        r = self.rng
        if self.day is None:
            y = r.choice([2025, 2026])
            m = r.randint(1, 12) if y == 2025 else r.randint(1, 6)
            if y == 2025 and m < 8:
                m = r.randint(8, 12)
            d = r.randint(1, self._MDAYS[m - 1])
            self.day = (y, m, d)
        else:
            y, m, d = self.day
            d += r.randint(*step)
            while d > self._MDAYS[m - 1]:
                d -= self._MDAYS[m - 1]
                m += 1
                if m > 12:
                    m = 1
                    y += 1
            self.day = (y, m, d)
        return self.day

    def date(self, style=None, step=(1, 20)):
        y, m, d = self.date_tuple(step)
        return self.fmt_date(y, m, d, style)

    def fmt_date(self, y, m, d, style=None):
        r = self.rng
        if self.lang == "en":
            if style is None:
                style = r.choice(["long", "long", "num"])
            mn = MONTHS["en"][m - 1]
            if self.country == "US":
                return "%s %d, %d" % (mn, d, y) if style == "long" else "%d/%d/%d" % (m, d, y)
            if style == "short":
                return "%d %s" % (d, mn)
            return "%d %s %d" % (d, mn, y) if style == "long" else "%02d/%02d/%d" % (d, m, y)
        mn = MONTHS["de"][m - 1]
        if self.country == "AT" and m == 1:
            mn = "Jänner"
        if style is None:
            style = r.choice(["long", "num", "num"])
        if style == "short":
            return "%d.%d." % (d, m)
        return "%d. %s %d" % (d, mn, y) if style == "long" else "%02d.%02d.%d" % (d, m, y)

    def iso_date(self, step=(1, 20)):
        y, m, d = self.date_tuple(step)
        return "%04d-%02d-%02d" % (y, m, d)

    def time(self):
        return "%02d:%02d" % (self.rng.randint(7, 20), self.rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))

    def money(self, lo, hi, cc=None):
        r = self.rng
        cc = cc or self.country
        v = r.randint(int(lo * 100), int(hi * 100)) / 100.0
        if r.random() < 0.5:
            v = float(int(v)) + r.choice([0.0, 0.5, 0.9, 0.95])
        return self.fmt_money(v, cc)

    def fmt_money(self, v, cc=None):
        cc = cc or self.country
        if self.lang == "en":
            if cc == "GB":
                return "£%.2f" % v
            if cc == "US":
                return "$%.2f" % v
            if cc == "CH":
                return "CHF %.2f" % v
            return "€%.2f" % v
        if cc == "CH":
            return "CHF %.2f" % v
        s = ("%.2f" % v).replace(".", ",")
        if cc == "AT" and self.rng.random() < 0.4:
            return "€ " + s
        return s + " €"

    # --- shop things ------------------------------------------------------
    def product(self, kinds=None):
        """kinds: sku prefixes such as ("TG-RJ", "TG-DJ") to choose from."""
        rows = PRODUCTS if not kinds else [r for r in PRODUCTS if r[0][:5] in kinds]
        return Product(self, self.pick(rows))

    def order_no(self):
        r = self.rng
        x = r.random()
        if x < 0.4:
            return "TG-%d-%06d" % (r.choice([2025, 2026]), r.randint(1000, 99999))
        if x < 0.7:
            return "#TG%d" % r.randint(100000, 999999)
        if x < 0.85:
            return "W%02d%02d-%04d" % (r.randint(25, 26), r.randint(1, 12), r.randint(1000, 9999))
        return str(r.randint(10000000, 99999999))

    def ticket_no(self):
        r = self.rng
        return r.choice(["CS-%d" % r.randint(10000, 99999), "#%d" % r.randint(40000, 99999),
                         "T-%d-%04d" % (r.choice([2025, 2026]), r.randint(1, 9999)), "INC%07d" % r.randint(1000, 99999)])

    def member_no(self):
        return "TC-%08d" % self.rng.randint(10000000, 99999999)

    def parcel_no(self):
        r = self.rng
        return safe_digits(lambda: r.choice([
            "JJD%016d" % r.randint(10 ** 14, 10 ** 16 - 1),
            "00340434%012d" % r.randint(10 ** 10, 10 ** 12 - 1),
            "1Z%s%010d" % ("".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)),
                           r.randint(10 ** 8, 10 ** 10 - 1)),
        ]))

    def phone_like_ref(self):
        """Order or case references written like phone numbers (never with + or brackets)."""
        r = self.rng
        return safe_digits(lambda: r.choice([
            "0%d %d %d" % (r.randint(100, 999), r.randint(100, 999), r.randint(1000, 9999)),
            "0%d-%d" % (r.randint(100, 999), r.randint(1000000, 9999999)),
            "0%d/%d" % (r.randint(100, 999), r.randint(100000, 999999)),
            "%d %d %d" % (r.randint(1000, 9999), r.randint(100, 999), r.randint(1000, 9999)),
        ]))

    def gtin(self):
        r = self.rng

        def one():
            body = r.choice(["40", "42", "43", "76", "90", "50"]) + self.digits(10)
            s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
            return body + str((10 - s % 10) % 10)
        return safe_digits(one)

    def store(self, cc=None):
        r = self.rng
        cc = cc or self.country
        cc = STORE_FOR.get(cc, cc)
        town, pc, st = r.choice(STORES[cc])
        return Store(self, cc, town, pc, st)

    def place(self, cc=None):
        return Place(self, cc or self.country)

    def role_email(self, local):
        dom = "talgrat.de" if self.lang == "de" else "talgrat.com"
        return [Lab("EMAIL", local + "@" + dom, None, "role")]

    def org_iban(self, cc=None, grouped=None):
        v = self.make_iban(cc or self.country)
        if grouped is None:
            grouped = self.rng.random() < 0.6
        if grouped:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return [Lab("IBAN", v, None, "org")]

    def company(self, kind):
        v = COMPANIES[kind][self.lang]
        if isinstance(v, dict):
            v = v.get(self.country, v["*"])
        return self.pick(v)

    def courier(self, cc=None):
        return self.pick(COURIERS[cc or self.country])

    def cn(self, cc=None):
        return COUNTRY_NAME[self.lang][cc or self.country]

    # --- rendering --------------------------------------------------------
    def render(self, tpl, **ctx):
        """Expand a prose template; people in ctx are renamed when a name part
        equals a word of the template or of a plain value."""
        words = template_words(tpl)
        for k, v in ctx.items():
            if isinstance(v, str):
                words |= words_of(v)
            elif isinstance(v, (Product, Store)):
                words |= words_of(v.words())
        people = [v for v in ctx.values() if isinstance(v, Person)]
        for p in people:
            for q in [p] + p.kin:
                parts = set(name_parts(q.given + " " + q.sur))
                parts |= {fold(x) for x in parts}
                if parts & words:
                    self.name_redraws += 1
                    self.rename(p if q is p or not p.kin else p, words)
                    break
        s = expand(self.rng, tpl)
        s = _REG_RE.sub(lambda m: m.group(1) if self.reg == "du" else m.group(2), s)
        out = []
        pos = 0
        for m in _SLOT_RE.finditer(s):
            out.append(self._plain(s[pos:m.start()]))
            out.extend(self._slot(m, ctx))
            pos = m.end()
        out.append(self._plain(s[pos:]))
        return out

    def _plain(self, s):
        s = s.replace("¦", "|")
        if self.lang == "de" and self.country == "CH":
            s = s.replace("ß", "ss")
        return s

    def _slot(self, m, ctx):
        name, attr, arg = m.group(1), m.group(2), m.group(3)
        if name == "R" and arg is not None:
            a, b = arg.split("~")
            return [self._plain(a if self.reg == "du" else b)]
        if name == "C" and arg is not None:
            opts = {}
            for o in arg.split("~"):
                k, _, v = o.partition("=")
                opts[k] = v
            return [self._plain(opts.get(self.country, opts.get("*", "")))]
        v = ctx[name]
        if attr == "g" and arg is not None:
            a, b = arg.split("~")
            return [self._plain(a if v.gender == "m" else b)]
        if attr:
            attr = SLOT_ALIAS.get(attr, attr)
            if attr.endswith("_text") or attr in ("sur", "origin", "kin"):
                raise AssertionError("raw attribute in template: " + attr)
            v = getattr(v, attr)
            if callable(v):
                v = v()
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            v = str(v)
        out = []
        for it in flatten(v if isinstance(v, (list, tuple)) else [v]):
            out.append(self._plain(it) if isinstance(it, str) else it)
        return out


class Place:
    """An address that belongs to a company, a school or a home, not to one person."""

    def __init__(self, g, cc):
        self.g = g
        self.cc = cc
        self.a = g.make_address(cc)
        self._phone = None

    @property
    def addr1(self):
        return [Lab("STREET_ADDRESS", self.a["one"], None, "place")]

    @property
    def addr2(self):
        return [Lab("STREET_ADDRESS", self.a["two"], None, "place")]

    @property
    def street(self):
        return [Lab("STREET_ADDRESS", self.a["street"], None, "place")]

    @property
    def town(self):
        return self.a["town"]

    @property
    def postcode(self):
        return self.a["postcode"]

    @property
    def phone(self):
        if self._phone is None:
            self._phone = self.g.make_phone(self.cc, "land", town=self.a["town_key"])
        return [Lab("PHONE", self._phone, None, "place")]


class Product:
    def __init__(self, g, row):
        self.g = g
        (self.sku, self.en, self.de, self.price_eur, self.col_en, self.col_de, self.gender) = row

    @property
    def name(self):
        return self.en if self.g.lang == "en" else self.de

    @property
    def short(self):
        return self.en.split(" ")[0]

    @property
    def colour(self):
        return self.g.pick(self.col_en if self.g.lang == "en" else self.col_de)

    @property
    def size(self):
        return self.g.pick(SIZES.get(self.sku, ["XS", "S", "M", "L", "XL"]))

    @property
    def price(self):
        cc = self.g.country
        v = self.price_eur
        if cc == "GB":
            v = round(v * 0.86) - 0.05
        elif cc == "US":
            v = round(v * 1.08) - 0.05
        elif cc == "CH":
            v = round(v * 0.97) - 0.1
        return self.g.fmt_money(v, cc)

    @property
    def den(self):
        return {"m": "den ", "f": "die ", "n": "das ", "p": "die "}[self.gender] + self.de

    @property
    def dem(self):
        return {"m": "dem ", "f": "der ", "n": "dem ", "p": "den "}[self.gender] + self.de

    @property
    def der(self):
        return {"m": "der ", "f": "die ", "n": "das ", "p": "die "}[self.gender] + self.de

    def words(self):
        return " ".join([self.en, self.de] + self.col_en + self.col_de)

    def __str__(self):
        return self.name


class Store:
    def __init__(self, g, cc, town, pc, street):
        self.g = g
        self.cc = cc
        self.town = town
        self.pc = pc
        r = g.rng
        if cc in ("GB", "US", "IE"):
            no = r.randint(2, 140)
            self.street_text = "%d %s" % (no, street)
            if cc == "GB":
                self.townline = "%s %s %d%s%s" % (town, pc, r.randint(1, 9), r.choice("ABDEFGHJLNPQRSTUWXYZ"),
                                                   r.choice("ABDEFGHJLNPQRSTUWXYZ"))
            elif cc == "US":
                st = {"Denver": "CO", "Portland": "OR", "Seattle": "WA"}[town]
                self.townline = "%s, %s %s" % (town, st, pc)
            else:
                self.townline = "%s, %s %s" % (town, pc, "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(3))
                                               + r.choice("ACDEFHKNPRTVWXY"))
        else:
            self.street_text = "%s %d" % (street, r.randint(2, 60))
            self.townline = "%s %s" % (pc, town)
        self.name = "Talgrat " + town.split(" (")[0].split(",")[0]
        area = None
        for lst in (DE_TOWNS, AT_TOWNS, GB_TOWNS, IE_TOWNS):
            for row in lst:
                if row[0].split(" (")[0] == town.split(" (")[0]:
                    area = row[-1]
        for row in CH_TOWNS:
            if row[0] == town:
                area = row[2]
        if cc == "US":
            area = {"Denver": "303", "Portland": "503", "Seattle": "206"}[town]
        if town == "Dublin 2":
            area = "01"
        self.phone_text = g.make_phone(cc, "land", town=area)

    @property
    def street(self):
        return [Lab("STREET_ADDRESS", self.street_text, None, "store")]

    @property
    def addr1(self):
        return [Lab("STREET_ADDRESS", self.street_text + ", " + self.townline, None, "store")]

    @property
    def addr2(self):
        return [Lab("STREET_ADDRESS", self.street_text + "\n" + self.townline, None, "store")]

    @property
    def phone(self):
        return [Lab("PHONE", self.phone_text, None, "store")]

    @property
    def town_short(self):
        return self.town.split(" (")[0].split(",")[0]

    def words(self):
        return self.name + " " + self.town

    def __str__(self):
        return self.name


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------

URL_RE = re.compile(r"(?:https?://|www\.)\S+")
HANDLE_RE = re.compile(r"(?<![\w.])@\w+")
POSTCODE_AFTER_RE = re.compile(r"^(?:, |\n| in )(?:D-|A-|CH-)?\d{4,5}\b")


def check(text, spans, has_pii, prose):
    """Return a list of problems (empty when the text passes)."""
    errs = []
    last_end = 0
    for i, (t, s, e, v, _lab) in enumerate(spans):
        if t not in TYPES:
            errs.append("type")
        if text[s:e] != v:
            errs.append("value")
        if s < last_end:
            errs.append("overlap")
        last_end = e
        if v != v.strip() or not v:
            errs.append("space at end")
        if "\n" in v and t != "STREET_ADDRESS":
            errs.append("newline in " + t)
        if t == "PERSON" and re.search(r"\d", v):
            errs.append("digit in person")
        if t == "IBAN" and not iban_ok(v):
            errs.append("iban")
        if t == "CREDIT_CARD" and not card_ok(v):
            errs.append("card")
        if t == "DE_TAX_ID" and not taxid_ok(v):
            errs.append("taxid")
        if t == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                errs.append("ip")
        if t == "EMAIL" and not EMAIL_RE.fullmatch(v):
            errs.append("email form")
        if t == "PHONE" and len(re.sub(r"\D", "", v)) < 7:
            errs.append("phone digits")
        if t == "STREET_ADDRESS" and "\n" not in v and not re.search(r"\d{4,5}\b", v.split(",")[-1]):
            if POSTCODE_AFTER_RE.search(text[e:e + 12]):
                errs.append("street followed by postcode")
    # adjacent persons
    pers = [sp for sp in spans if sp[0] == "PERSON"]
    for a, b in zip(pers, pers[1:]):
        between = text[a[2]:b[1]]
        if between and re.fullmatch(r"[ \n]+", between):
            errs.append("adjacent persons")
    # outside spans
    chars = list(text)
    for (t, s, e, v, _l) in spans:
        for k in range(s, e):
            chars[k] = "\x00"
    outside = "".join(chars)
    hv = hidden_values(outside)
    if hv:
        errs.append("hidden %s" % (hv[:3],))
    # name parts outside spans, e-mails, handles and URLs
    masked = URL_RE.sub(lambda m: "\x00" * len(m.group(0)), outside)
    masked = EMAIL_RE.sub(lambda m: "\x00" * len(m.group(0)), masked)
    masked = HANDLE_RE.sub(lambda m: "\x00" * len(m.group(0)), masked)
    parts = set()
    for (t, s, e, v, _l) in spans:
        if t == "PERSON":
            for p in name_parts(v):
                parts.add(p)
                parts.add(fold(p))
    if parts:
        for w in WORD_RE.findall(masked):
            lw = w.casefold()
            if lw in parts or fold(lw) in parts:
                errs.append("name part outside: " + w)
                break
    if has_pii and not spans:
        errs.append("no span")
    if not has_pii and spans:
        errs.append("span in clean text")
    lines = text.split("\n")
    if len(lines) > 15:
        errs.append("lines %d" % len(lines))
    if text != text.strip():
        errs.append("outer space")
    if prose and re.search(r"\[\[|\]\]|⟦|⟧|«|»|\{[A-Za-z_]+[.:}]|~", text):
        errs.append("template mark")
    if re.search(r"[\x00-\x08\x0b-\x1f]", text):
        errs.append("control")
    return errs
