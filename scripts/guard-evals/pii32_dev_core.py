"""Core of the dev half of the thirty-second PII bank (dev32).

Labelled values, the template language, the renderer and its clean-up, people, addresses,
phone numbers, IBANs, cards, Steuer-IDs, IP addresses, look-alikes, dates, money, the
brand's products and the self-checks.  Standard library only.

Template language (prose mode):
    {expr}        a value: {a.full}, {a.email}, {order}, {a?he|she}, {@AT:Sackerl|CH:Tasche|Tüte}
    [[x|y|z]]     one alternative, nested freely
    [?x?]         an optional part (drawn with p = 0.5)
Layout mode uses other brackets, so JSON, XML and Markdown can be written as they are:
    ⟨expr⟩        a value
    ⟦x|y⟧         alternatives
    ⟪x⟫           an optional part
"""

import datetime
import ipaddress
import re
import unicodedata

import pii32_dev_names as N


class Redraw(Exception):
    """A rendering that cannot be finished; the text is drawn again."""


class Lab:
    """A labelled value.  It is kept apart from plain text until the text is finished."""

    __slots__ = ("type", "text", "form", "pid")

    def __init__(self, type_, text, form=None, pid=None):
        self.type = type_
        self.text = text
        self.form = form
        self.pid = pid

    def __str__(self):  # a Lab must never be formatted into plain text
        raise TypeError("Lab used as plain text")


class Tpl:
    """A template: a string (prose or layout mode) or a function g -> segments, plus meta data."""

    def __init__(self, body, **meta):
        self.body = body
        self.meta = meta


# --------------------------------------------------------------------------- template language

MODES = {
    "P": {"val": ("{", "}"), "ch": ("[[", "]]"), "opt": ("[?", "?]")},
    "L": {"val": ("\u27e8", "\u27e9"), "ch": ("\u27e6", "\u27e7"), "opt": ("\u27ea", "\u27eb")},
}
_PARSED = {}


def parse(s, mode="P"):
    key = (mode, s)
    if key in _PARSED:
        return _PARSED[key]
    m = MODES[mode]
    vo, vc = m["val"]
    co, cc = m["ch"]
    oo, oc = m["opt"]

    def seq(i, stops):
        nodes = []
        buf = []
        while i < len(s):
            hit = None
            for st in stops:
                if s.startswith(st, i):
                    hit = st
                    break
            if hit is not None:
                break
            if s.startswith(oo, i):
                if buf:
                    nodes.append(("t", "".join(buf)))
                    buf = []
                sub, i = seq(i + len(oo), (oc,))
                if not s.startswith(oc, i):
                    raise ValueError("unclosed optional in %r" % s[:60])
                i += len(oc)
                nodes.append(("o", sub))
            elif s.startswith(co, i):
                if buf:
                    nodes.append(("t", "".join(buf)))
                    buf = []
                i += len(co)
                alts = []
                while True:
                    sub, i = seq(i, ("|", cc))
                    alts.append(sub)
                    if s.startswith("|", i):
                        i += 1
                        continue
                    if s.startswith(cc, i):
                        i += len(cc)
                        break
                    raise ValueError("unclosed choice in %r" % s[:60])
                nodes.append(("c", alts))
            elif s.startswith(vo, i):
                j = s.index(vc, i + len(vo))
                if buf:
                    nodes.append(("t", "".join(buf)))
                    buf = []
                nodes.append(("v", s[i + len(vo):j]))
                i = j + len(vc)
            else:
                buf.append(s[i])
                i += 1
        if buf:
            nodes.append(("t", "".join(buf)))
        return nodes, i

    nodes, i = seq(0, ())
    if i != len(s):
        raise ValueError("trailing text in template %r" % s[:60])
    _PARSED[key] = nodes
    return nodes


def template_words(s):
    """The words of a template string outside its value expressions (for the name filter)."""
    s = re.sub(r"\{[^}]*\}", " ", s)
    s = re.sub("\u27e8[^\u27e9]*\u27e9", " ", s)
    out = []
    for w in re.findall(r"[^\W\d_]+", s):
        out.append(w.lower())
    # the words after '?', ':' and '|' inside value expressions (gender and country switches)
    for e in re.findall(r"\{([^}]*)\}", s) + re.findall("\u27e8([^\u27e9]*)\u27e9", s):
        if "?" in e or e.startswith("@"):
            for w in re.findall(r"[^\W\d_]+", e.split("?", 1)[-1]):
                out.append(w.lower())
    return out


def code_words(fn):
    """Words of every string constant in a function (and nested functions)."""
    out = []
    stack = [fn.__code__]
    while stack:
        co = stack.pop()
        consts = list(co.co_consts)
        while consts:
            c = consts.pop(0)
            if isinstance(c, str):
                out.extend(template_words(c))
            elif isinstance(c, tuple):
                consts.extend(c)
            elif hasattr(c, "co_consts"):
                stack.append(c)
    return out


# --------------------------------------------------------------------------- small helpers

def fold(s):
    """ASCII folding for comparisons and e-mail addresses."""
    rep = {"ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ø": "o", "Ø": "O",
           "æ": "ae", "Æ": "Ae", "œ": "oe", "þ": "th", "ð": "d", "ħ": "h"}
    s = "".join(rep.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def fold_de(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        s = s.replace(a, b)
    return fold(s)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = ord(ch) - 48
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_digit(d):
    for x in range(10):
        if luhn_ok(d + str(x)):
            return str(x)
    raise AssertionError


def card_issuer(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    p2 = int(d[:2])
    p4 = int(d[:4])
    p3 = int(d[:3])
    p6 = int(d[:6])
    if n == 16 and (51 <= p2 <= 55 or 2221 <= p4 <= 2720):
        return "mastercard"
    if n == 15 and p2 in (34, 37):
        return "amex"
    if 16 <= n <= 19 and (p4 == 6011 or p2 == 65 or 644 <= p3 <= 649 or 622126 <= p6 <= 622925):
        return "discover"
    if 16 <= n <= 19 and 3528 <= p4 <= 3589:
        return "jcb"
    if n == 14 and (300 <= p3 <= 305 or p2 in (36, 38, 39)) or (n == 16 and p2 == 36):
        return "diners"
    if 16 <= n <= 19 and p2 == 62:
        return "unionpay"
    if 12 <= n <= 19 and (p4 in (5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763)):
        return "maestro"
    return None


def card_valid(d):
    return 12 <= len(d) <= 19 and card_issuer(d) is not None and luhn_ok(d)


def taxid_check_digit(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def taxid_rule_ok(d10):
    if d10[0] == "0":
        return False
    counts = [d10.count(str(x)) for x in range(10)]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        dd = str(counts.index(3))
        if dd * 3 in d10:
            return False
    return True


def taxid_valid(d):
    return len(d) == 11 and d.isdigit() and taxid_rule_ok(d[:10]) and taxid_check_digit(d[:10]) == int(d[10])


IBAN_LEN = {"AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
            "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22,
            "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18,
            "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TR": 26}


def iban_mod97(s):
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97


def iban_valid(s):
    s = s.replace(" ", "")
    cc = s[:2]
    return cc in IBAN_LEN and len(s) == IBAN_LEN[cc] and s[2:4].isdigit() and s.isalnum() and iban_mod97(s) == 1


def iban_check(cc, bban):
    r = iban_mod97(cc + "00" + bban)
    return "%02d" % (98 - r)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
URL_RE = re.compile(r"(?:https?|ftp)://[^\s\"'<>)\]]+|www\.[^\s\"'<>)\]]+")
HANDLE_RE = re.compile(r"(?<![\w.])@[A-Za-z0-9_][A-Za-z0-9_.]*")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)")
IPV6_CAND_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z:])")
IBAN_CAND_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}")


def digit_runs(text):
    """Runs of digits, joined across single spaces, dashes, dots, slashes or tabs."""
    runs = []
    for m in re.finditer(r"\d(?:[ \-\t./]?\d)*", text):
        runs.append(re.sub(r"\D", "", m.group(0)))
    return runs


def bad_outside(text):
    """Reasons why a stretch of text outside spans holds a value that would need a label."""
    out = []
    if EMAIL_RE.search(text):
        out.append("email outside spans: " + EMAIL_RE.search(text).group(0))
    for m in IPV4_RE.finditer(text):
        if all(int(x) <= 255 for x in m.groups()):
            out.append("ipv4 outside spans: " + m.group(0))
    for m in IPV6_CAND_RE.finditer(text):
        c = m.group(0).strip(":")
        cand = m.group(0)
        for x in (cand, c):
            if x.count(":") >= 2:
                try:
                    ipaddress.IPv6Address(x)
                    out.append("ipv6 outside spans: " + x)
                    break
                except ValueError:
                    pass
    for m in IBAN_CAND_RE.finditer(text):
        s = m.group(0).replace(" ", "")
        cc = s[:2]
        if cc in IBAN_LEN and len(s) >= IBAN_LEN[cc] and iban_valid(s[:IBAN_LEN[cc]]):
            out.append("iban outside spans: " + s)
    for run in digit_runs(text):
        n = len(run)
        for L in range(12, 20):
            for i in range(0, n - L + 1):
                if card_valid(run[i:i + L]):
                    out.append("card outside spans: " + run[i:i + L])
                    break
        for i in range(0, n - 10):
            if taxid_valid(run[i:i + 11]):
                out.append("steuer-id outside spans: " + run[i:i + 11])
                break
    return out


def clean_digits(s):
    """True if a look-alike digit string hides no card, Steuer-ID, IBAN or IP."""
    return not bad_outside(s) and not bad_outside(" 4" + s) and not bad_outside(s + " 1")


# --------------------------------------------------------------------------- countries and values

COUNTRY_NAMES = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA",
           "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}
COUNTRY_WEIGHTS = {
    "en": [("GB", 38), ("US", 27), ("IE", 14), ("DE", 6), ("AT", 4), ("CH", 4), ("FR", 3), ("NL", 2), ("IT", 2)],
    "de": [("DE", 50), ("AT", 24), ("CH", 20), ("IT", 2), ("NL", 1), ("FR", 1), ("GB", 1), ("US", 0.5), ("IE", 0.5)],
}
CURRENCY = {"DE": "EUR", "AT": "EUR", "IE": "EUR", "FR": "EUR", "NL": "EUR", "IT": "EUR", "CH": "CHF",
            "GB": "GBP", "US": "USD"}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}

# towns: (town, postcode base, postcode spread, area code, extra)
TOWNS = {
    "DE": [("Berlin", 10115, 80, "030"), ("München", 80331, 60, "089"), ("Hamburg", 20095, 60, "040"),
           ("Köln", 50667, 40, "0221"), ("Frankfurt am Main", 60311, 40, "069"), ("Stuttgart", 70173, 30, "0711"),
           ("Leipzig", 4103, 20, "0341"), ("Dresden", 1067, 30, "0351"), ("Nürnberg", 90402, 40, "0911"),
           ("Freiburg im Breisgau", 79098, 12, "0761"), ("Augsburg", 86150, 40, "0821"),
           ("Regensburg", 93047, 10, "0941"), ("Kempten (Allgäu)", 87435, 4, "0831"),
           ("Garmisch-Partenkirchen", 82467, 0, "08821"), ("Rosenheim", 83022, 4, "08031"),
           ("Würzburg", 97070, 12, "0931"), ("Münster", 48143, 20, "0251"), ("Hannover", 30159, 30, "0511"),
           ("Bremen", 28195, 30, "0421"), ("Kassel", 34117, 12, "0561"), ("Ulm", 89073, 6, "0731"),
           ("Konstanz", 78462, 5, "07531"), ("Bamberg", 96047, 5, "0951"), ("Jena", 7743, 6, "03641"),
           ("Göttingen", 37073, 10, "0551"), ("Heidelberg", 69117, 10, "06221"), ("Mainz", 55116, 12, "06131"),
           ("Bonn", 53111, 12, "0228"), ("Essen", 45127, 20, "0201"), ("Dortmund", 44135, 20, "0231"),
           ("Karlsruhe", 76133, 12, "0721"), ("Oberstdorf", 87561, 0, "08322"),
           ("Berchtesgaden", 83471, 0, "08652"), ("Lindau (Bodensee)", 88131, 0, "08382"),
           ("Passau", 94032, 4, "0851"), ("Erfurt", 99084, 12, "0361"), ("Rostock", 18055, 12, "0381"),
           ("Kiel", 24103, 10, "0431"), ("Saarbrücken", 66111, 10, "0681"), ("Tübingen", 72070, 6, "07071"),
           ("Bad Tölz", 83646, 0, "08041"), ("Füssen", 87629, 0, "08362"), ("Sonthofen", 87527, 0, "08321")],
    "AT": [("Wien", 1010, 220, "01"), ("Graz", 8010, 50, "0316"), ("Linz", 4020, 20, "0732"),
           ("Salzburg", 5020, 0, "0662"), ("Innsbruck", 6020, 0, "0512"), ("Klagenfurt am Wörthersee", 9020, 0, "0463"),
           ("Villach", 9500, 0, "04242"), ("Bregenz", 6900, 0, "05574"), ("Dornbirn", 6850, 0, "05572"),
           ("St. Pölten", 3100, 0, "02742"), ("Wels", 4600, 0, "07242"), ("Kufstein", 6330, 0, "05372"),
           ("Schladming", 8970, 0, "03687"), ("Zell am See", 5700, 0, "06542"), ("Leoben", 8700, 0, "03842"),
           ("Lienz", 9900, 0, "04852"), ("Krems an der Donau", 3500, 0, "02732"), ("Hallein", 5400, 0, "06245"),
           ("Bad Ischl", 4820, 0, "06132"), ("Imst", 6460, 0, "05412"), ("Feldkirch", 6800, 0, "05522")],
    "CH": [("Zürich", 8001, 56, "044"), ("Bern", 3011, 20, "031"), ("Basel", 4051, 8, "061"),
           ("Luzern", 6003, 5, "041"), ("St. Gallen", 9000, 16, "071"), ("Winterthur", 8400, 8, "052"),
           ("Chur", 7000, 0, "081"), ("Thun", 3600, 8, "033"), ("Interlaken", 3800, 0, "033"),
           ("Zug", 6300, 0, "041"), ("Aarau", 5000, 4, "062"), ("Davos Platz", 7270, 0, "081"),
           ("Lausanne", 1003, 10, "021", "fr"), ("Fribourg", 1700, 0, "026", "fr"), ("Lugano", 6900, 0, "091", "it"),
           ("Sion", 1950, 0, "027", "fr"), ("Schaffhausen", 8200, 0, "052"), ("Brig", 3900, 0, "027"),
           ("Olten", 4600, 0, "062"), ("Frutigen", 3714, 0, "033"), ("Engelberg", 6390, 0, "041")],
    "GB": [("London", "SW11", 0, "020"), ("London", "N1", 0, "020"), ("London", "E8", 0, "020"),
           ("London", "SE15", 0, "020"), ("London", "NW3", 0, "020"), ("Manchester", "M14", 0, "0161"),
           ("Leeds", "LS6", 0, "0113"), ("Sheffield", "S10", 0, "0114"), ("Bristol", "BS6", 0, "0117"),
           ("Edinburgh", "EH9", 0, "0131"), ("Glasgow", "G12", 0, "0141"), ("Cardiff", "CF24", 0, "029"),
           ("Kendal", "LA9", 0, "01539"), ("Keswick", "CA12", 0, "017687"), ("Birmingham", "B13", 0, "0121"),
           ("Nottingham", "NG7", 0, "0115"), ("York", "YO10", 0, "01904"), ("Inverness", "IV2", 0, "01463"),
           ("Fort William", "PH33", 0, "01397"), ("Bath", "BA1", 0, "01225"), ("Exeter", "EX4", 0, "01392"),
           ("Norwich", "NR2", 0, "01603"), ("Oxford", "OX4", 0, "01865"), ("Cambridge", "CB1", 0, "01223"),
           ("Brighton", "BN1", 0, "01273"), ("Aberdeen", "AB10", 0, "01224"), ("Belfast", "BT9", 0, "028"),
           ("Swansea", "SA1", 0, "01792"), ("Newcastle upon Tyne", "NE6", 0, "0191"),
           ("Ambleside", "LA22", 0, "015394"), ("Aviemore", "PH22", 0, "01479")],
    "US": [("Portland", "OR 97209", 0, "503"), ("Denver", "CO 80203", 0, "303"), ("Boulder", "CO 80302", 0, "303"),
           ("Seattle", "WA 98103", 0, "206"), ("Salt Lake City", "UT 84101", 0, "801"), ("Bozeman", "MT 59715", 0, "406"),
           ("Burlington", "VT 05401", 0, "802"), ("Asheville", "NC 28801", 0, "828"), ("Bend", "OR 97701", 0, "541"),
           ("Flagstaff", "AZ 86001", 0, "928"), ("Boise", "ID 83702", 0, "208"), ("Minneapolis", "MN 55401", 0, "612"),
           ("Madison", "WI 53703", 0, "608"), ("Chicago", "IL 60614", 0, "773"), ("Austin", "TX 78704", 0, "512"),
           ("Sacramento", "CA 95814", 0, "916"), ("San Diego", "CA 92103", 0, "619"), ("Anchorage", "AK 99501", 0, "907"),
           ("Missoula", "MT 59801", 0, "406"), ("Duluth", "MN 55802", 0, "218"), ("Albany", "NY 12203", 0, "518"),
           ("Portland", "ME 04101", 0, "207"), ("Reno", "NV 89501", 0, "775"), ("Santa Fe", "NM 87501", 0, "505"),
           ("Ann Arbor", "MI 48104", 0, "734"), ("Spokane", "WA 99201", 0, "509")],
    "IE": [("Dublin 6", "D06", 0, "01"), ("Dublin 8", "D08", 0, "01"), ("Dublin 7", "D07", 0, "01"),
           ("Cork", "T12", 0, "021"), ("Galway", "H91", 0, "091"), ("Limerick", "V94", 0, "061"),
           ("Westport, Co. Mayo", "F28", 0, "098"), ("Killarney, Co. Kerry", "V93", 0, "064"),
           ("Sligo", "F91", 0, "071"), ("Kilkenny", "R95", 0, "056"), ("Waterford", "X91", 0, "051"),
           ("Athlone, Co. Westmeath", "N37", 0, "090"), ("Bray, Co. Wicklow", "A98", 0, "01"),
           ("Clifden, Co. Galway", "H71", 0, "095"), ("Dingle, Co. Kerry", "V92", 0, "066")],
    "FR": [("Paris", 75011, 9, "01"), ("Lyon", 69003, 6, "04"), ("Grenoble", 38000, 0, "04"),
           ("Chamonix-Mont-Blanc", 74400, 0, "04"), ("Annecy", 74000, 0, "04"), ("Marseille", 13006, 6, "04"),
           ("Toulouse", 31000, 0, "05"), ("Bordeaux", 33000, 0, "05"), ("Strasbourg", 67000, 0, "03"),
           ("Lille", 59000, 0, "03"), ("Nantes", 44000, 0, "02"), ("Montpellier", 34000, 0, "04"),
           ("Briançon", 5100, 0, "04")],
    "NL": [("Amsterdam", 1016, 60, "020"), ("Utrecht", 3511, 20, "030"), ("Rotterdam", 3011, 30, "010"),
           ("Den Haag", 2511, 30, "070"), ("Groningen", 9711, 10, "050"), ("Eindhoven", 5611, 10, "040"),
           ("Nijmegen", 6511, 10, "024"), ("Arnhem", 6811, 10, "026"), ("Haarlem", 2011, 10, "023"),
           ("Leiden", 2311, 10, "071"), ("Zwolle", 8011, 10, "038")],
    "IT": [("Milano", 20121, 40, "02", "MI"), ("Torino", 10121, 30, "011", "TO"), ("Bolzano", 39100, 0, "0471", "BZ"),
           ("Trento", 38122, 0, "0461", "TN"), ("Verona", 37121, 0, "045", "VR"), ("Bergamo", 24121, 0, "035", "BG"),
           ("Como", 22100, 0, "031", "CO"), ("Bologna", 40121, 0, "051", "BO"), ("Firenze", 50122, 0, "055", "FI"),
           ("Roma", 184, 0, "06", "RM"), ("Merano", 39012, 0, "0473", "BZ"), ("Cortina d'Ampezzo", 32043, 0, "0436", "BL"),
           ("Aosta", 11100, 0, "0165", "AO"), ("Brunico", 39031, 0, "0474", "BZ")],
}

STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Gartenstraße", "Schulstraße", "Am Mühlbach", "Kirchplatz",
           "Bergstraße", "Goethestraße", "Schillerstraße", "Ringstraße", "Feldweg", "Wiesenweg", "Talstraße",
           "Ahornallee", "Birkenweg", "Eichendorffstraße", "Am Sonnenhang", "Lessingstraße", "Marktplatz",
           "Mozartstraße", "Parkstraße", "Rathausgasse", "Uhlandstraße", "Kastanienallee", "Alpenstraße",
           "Isarstraße", "Am Anger", "Hochfeldweg", "Waldstraße", "Mühlenweg", "Luisenstraße", "Brunnenweg",
           "Kapellenweg", "Hofgartenstraße", "Am Kirchberg", "Sternstraße", "Fichtenweg", "Dorfstraße",
           "Heinrich-Heine-Straße", "Wilhelmstraße", "Auenweg", "Seestraße", "Blumenstraße", "Friedenstraße"],
    "AT": ["Hauptplatz", "Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Kaiserstraße",
           "Bahnhofstraße", "Schulgasse", "Kirchengasse", "Lindengasse", "Anichstraße", "Maria-Theresien-Straße",
           "Linzer Gasse", "Annenstraße", "Wiener Straße", "Salzburger Straße", "Kaiserjägerstraße", "Neubaugasse",
           "Josefstädter Straße", "Florianigasse", "Grazer Straße", "Museumstraße", "Hofgasse", "Sonnenweg",
           "Leopoldstraße", "Innrain", "Dorfstraße", "Am Anger", "Gmundner Straße", "Radetzkystraße",
           "Färbergasse", "Ybbsstraße", "Hietzinger Hauptstraße", "Schönbrunner Straße", "Kettenbrückengasse"],
    "CH": ["Bahnhofstrasse", "Dorfstrasse", "Kirchgasse", "Seestrasse", "Hauptstrasse", "Bergstrasse", "Rosenweg",
           "Obere Gasse", "Marktgasse", "Spitalgasse", "Pilatusstrasse", "Gerechtigkeitsgasse", "Zürichstrasse",
           "Löwenstrasse", "Schulhausstrasse", "Alpenstrasse", "Weinbergstrasse", "Rebweg", "Sonnenbergstrasse",
           "Haldenstrasse", "Feldstrasse", "Gartenstrasse", "Birkenweg", "Brunngasse", "Poststrasse", "Lindenhof",
           "Schmiedgasse", "Industriestrasse", "Kasernenstrasse", "Mühlebachstrasse"],
    "CH_fr": ["Rue du Lac", "Avenue de la Gare", "Rue de Lausanne", "Chemin des Vignes", "Rue du Midi",
              "Avenue de Beaulieu", "Rue de la Tour", "Chemin du Bois"],
    "CH_it": ["Via Nassa", "Via Pretorio", "Via Cattedrale", "Via Canova", "Corso Elvezia", "Via San Gottardo"],
    "GB": ["High Street", "Victoria Road", "Station Road", "Church Lane", "Mill Lane", "Park Avenue", "Queen's Road",
           "Albert Street", "Grange Road", "Orchard Close", "Meadow View", "Kings Road", "Chapel Street",
           "North Road", "Manor Way", "Springfield Road", "The Crescent", "Castle Street", "Bridge Street",
           "Highfield Road", "Westbourne Grove", "Clarendon Road", "Riverside Walk", "Fell View", "Lake Road",
           "Market Place", "Windermere Road", "Beech Grove", "Holly Bank", "Priory Road", "Stanley Street"],
    "US": ["Maple Avenue", "Pine Street", "Oak Ridge Drive", "NW Everett Street", "SE Division Street",
           "Main Street", "Elm Street", "Cedar Lane", "Lakeview Drive", "Spruce Court", "Willow Way", "Aspen Road",
           "Highland Avenue", "Sunset Boulevard", "River Road", "Canyon View Drive", "Pearl Street",
           "Summit Avenue", "Washington Street", "Juniper Trail", "Alder Street", "Grand Avenue", "Hillcrest Road",
           "College Avenue", "Front Street"],
    "IE": ["Main Street", "Oakley Road", "Church View", "Sea Road", "Bridge Street", "Castle Street", "The Mall",
           "Mill Road", "Patrick Street", "Shop Street", "Quay Street", "Green Lane", "College Road",
           "Strand Road", "Abbey Street", "Clanbrassil Street", "Harbour View", "Cois Abhainn", "St Mary's Road"],
    "FR": ["rue des Alpes", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire", "place du Marché",
           "chemin des Vignes", "rue de la République", "rue du Lac", "avenue de la Gare", "rue des Écoles",
           "allée des Tilleuls", "rue Pasteur", "rue du Moulin"],
    "NL": ["Prinsengracht", "Keizersgracht", "Oudegracht", "Vondelstraat", "Kerkstraat", "Dorpsstraat",
           "Lange Nieuwstraat", "Molenweg", "Stationsweg", "Beukenlaan", "Herengracht", "Nieuwe Binnenweg",
           "Wilhelminastraat", "Julianalaan"],
    "IT": ["Via Roma", "Corso Italia", "Via Dante Alighieri", "Piazza Walther", "Via Garibaldi", "Viale Trento",
           "Via dei Portici", "Via Mazzini", "Corso Vittorio Emanuele", "Via Cavour", "Via San Francesco",
           "Piazza Duomo", "Via Verdi", "Via della Stazione"],
}
US_STATE_NAMES = {"OR": "Oregon", "CO": "Colorado", "WA": "Washington", "UT": "Utah", "MT": "Montana"}

EMAIL_DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "mailbox.org",
           "icloud.com", "yahoo.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.com", "icloud.com", "tele2.at"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com", "hispeed.ch", "outlook.com", "proton.me"],
    "GB": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
           "sky.com", "virginmedia.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "proton.me",
           "hotmail.com"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "yahoo.ie", "icloud.com", "hotmail.com"],
    "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "outlook.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "outlook.com"],
    "IT": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "tiscali.it", "outlook.it"],
}
NONAME_LOCALS = ["bergziege", "trailfan", "gipfelglueck", "hikerbox", "wanderlust", "fellrunner", "peakbagger",
                 "schneehase", "alpinkind", "outdoorpost", "mountainmail", "boulderbuddy", "nordlicht",
                 "talwind", "summitseeker", "kammweg", "lakeside", "fjellmann", "sunnyridge", "heidschnucke"]

MOBILE = {
    "DE": ["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177",
           "178", "179"],
    "AT": ["650", "660", "664", "676", "680", "681", "699"],
    "CH": ["76", "77", "78", "79"],
    "GB": ["7700", "7712", "7723", "7734", "7745", "7756", "7767", "7788", "7799", "7811", "7824", "7835", "7846",
           "7903", "7914", "7925", "7947", "7958", "7969", "7981"],
    "IE": ["83", "85", "86", "87", "89"],
    "FR": ["6", "7"],
    "NL": ["6"],
    "IT": ["320", "328", "329", "333", "338", "339", "340", "345", "347", "348", "349", "366", "388", "392"],
}
CC_CODE = {"DE": "49", "AT": "43", "CH": "41", "GB": "44", "US": "1", "IE": "353", "FR": "33", "NL": "31", "IT": "39"}

PRODUCTS = [
    # sku, en title, de title, en short, de short, eur price, en colours, de colours
    ("TG-HT-100", "Almweg Zip-Off Hiking Trousers", "Almweg Zip-off-Wanderhose", "Almweg trousers", "Almweg-Hose",
     129.95, ["Rock Grey", "Peat Brown", "Slate"], ["Felsgrau", "Moorbraun", "Schiefer"]),
    ("TG-BP-045", "Fernkamm 45+10 Trekking Backpack", "Fernkamm 45+10 Trekkingrucksack", "Fernkamm 45+10",
     "Fernkamm 45+10", 229.95, ["Slate", "Fir Shade", "Hut Orange"], ["Schiefer", "Tannenschatten", "Hüttenorange"]),
    ("TG-RJ-100", "Firstwand 3-Layer Rain Jacket", "Firstwand 3-Lagen-Regenjacke", "Firstwand jacket",
     "Firstwand-Jacke", 349.95, ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate"],
     ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer"]),
    ("TG-FL-100", "Gitterhang Grid Fleece Jacket", "Gitterhang Grid-Fleecejacke", "Gitterhang fleece",
     "Gitterhang-Fleece", 119.95, ["Rock Grey", "Lichen", "Ridge Blue"], ["Felsgrau", "Flechte", "Gratblau"]),
    ("TG-BP-030", "Hochsattel 30 Hiking Backpack", "Hochsattel 30 Wanderrucksack", "Hochsattel 30",
     "Hochsattel 30", 139.95, ["Ridge Blue", "Fir Shade", "Slate"], ["Gratblau", "Tannenschatten", "Schiefer"]),
    ("TG-DJ-100", "Kaltkar Down Jacket", "Kaltkar Daunenjacke", "Kaltkar down jacket", "Kaltkar-Daunenjacke",
     289.95, ["Alpenglow", "Ridge Blue", "Slate"], ["Alpenglühen", "Gratblau", "Schiefer"]),
    ("TG-BL-100", "Morgengrat Merino 150 Long-Sleeve Shirt", "Morgengrat Merino 150 Langarmshirt",
     "Morgengrat merino shirt", "Morgengrat-Shirt", 89.95, ["Slate", "Limestone", "Peat Brown"],
     ["Schiefer", "Kalkstein", "Moorbraun"]),
    ("TG-SI-100", "Rinnental Insulated Hoody", "Rinnental Isolationshoody", "Rinnental hoody", "Rinnental-Hoody",
     219.95, ["Fir Shade", "Hut Orange", "Slate"], ["Tannenschatten", "Hüttenorange", "Schiefer"]),
    ("TG-RJ-200", "Schauerpass 2.5-Layer Rain Jacket", "Schauerpass 2,5-Lagen-Regenjacke", "Schauerpass jacket",
     "Schauerpass-Jacke", 199.95, ["Gentian", "Lichen", "Slate"], ["Enzian", "Flechte", "Schiefer"]),
    ("TG-TS-100", "Steinlauf Trail Running Shoe", "Steinlauf Trailrunningschuh", "Steinlauf shoes",
     "Steinlauf-Schuhe", 159.95, ["Slate/Hut Orange", "Ridge Blue/Limestone"], ["Schiefer/Hüttenorange",
                                                                               "Gratblau/Kalkstein"]),
    ("TG-SO-100", "Trittweg Merino Hiking Socks", "Trittweg Merino-Wandersocken", "Trittweg socks",
     "Trittweg-Socken", 24.95, ["Rock Grey", "Fir Shade", "Hut Orange"], ["Felsgrau", "Tannenschatten",
                                                                          "Hüttenorange"]),
    ("TG-WT-100", "Wintersteig Winter Trekking Trousers", "Wintersteig Wintertrekkinghose", "Wintersteig trousers",
     "Wintersteig-Hose", 169.95, ["Slate", "Fir Shade"], ["Schiefer", "Tannenschatten"]),
]
STORES = {
    "DE": ["München", "Berlin", "Hamburg", "Köln", "Freiburg", "Kempten", "Garmisch", "Leipzig", "Stuttgart"],
    "AT": ["Innsbruck", "Wien", "Graz", "Salzburg", "Linz", "Bregenz"],
    "CH": ["Zürich", "Bern", "Luzern", "Chur", "Basel", "St. Gallen"],
    "GB": ["Kendal", "Manchester", "Sheffield", "Edinburgh", "Bristol", "Covent Garden"],
    "US": ["Portland", "Denver", "Boulder", "Seattle"],
    "IE": ["Dublin", "Galway", "Cork"],
    "FR": ["Annecy", "Lyon"],
    "NL": ["Amsterdam", "Utrecht"],
    "IT": ["Bolzano", "Milano"],
}
COMPANIES = {  # companies without any person's name part (texts with personal data)
    "carrier": ["DHL", "DPD", "GLS", "Hermes", "UPS", "FedEx", "Royal Mail", "Evri", "An Post", "Österreichische Post",
                "Die Post", "PostNL", "Chronopost", "BRT"],
    "bank": ["Sparkasse Allgäu", "Raiffeisenbank Tirol", "Zürcher Kantonalbank", "Volksbank Mittelhessen", "Erste Bank",
             "Barclays", "Nationwide", "AIB", "Bank of Ireland", "Wells Fargo", "Chase", "Commerzbank", "ING",
             "Santander", "Revolut", "N26", "PostFinance", "Monzo"],
    "firm_en": ["Northgate Legal LLP", "Harbourside Solicitors", "Fellside Law", "Crossway Legal", "Riverbank Law LLP",
                "Summit Claims Ltd", "Brightwater Legal"],
    "firm_de": ["Kanzlei am Stadtpark", "Alpenrecht Rechtsanwälte PartG mbB", "Kanzlei Lindenhof", "Rechtsanwälte am Dom",
                "Kanzlei Seeblick", "Advokatur Limmatquai", "Kanzlei Nordtor"],
    "corp_en": ["Brightline Software Ltd", "Cobalt Energy plc", "Northwind Logistics", "Pinecrest Engineering",
                "Blue Harbour Insurance", "Kestrel Analytics", "Granite Peak Partners", "Oakridge Health",
                "Silverline Media", "Redwood Consulting"],
    "corp_de": ["Nordlicht Software GmbH", "Alpenblick Versicherung AG", "Isartal Energie GmbH", "Seeland Logistik GmbH",
                "Quellwerk Engineering GmbH", "Rheintal Medien AG", "Bergkristall Consulting GmbH",
                "Donautal Maschinenbau GmbH", "Limmat Analytics AG", "Stadtwerk Digital GmbH"],
    "lender_en": ["Halifax", "Nationwide Building Society", "Lloyds Bank", "Skipton Building Society",
                  "Bank of Ireland Mortgages", "Rocket Mortgage", "Citizens Bank"],
    "lender_de": ["Sparkasse Oberland", "Volksbank Allgäu", "Raiffeisenbank Innsbruck", "Zürcher Kantonalbank",
                  "Hausverwaltung Isarhof GmbH", "Wohnbau Tirol GmbH", "Immobilien Seeblick AG", "Berner Kantonalbank"],
}


def money(lang, country, eur):
    cur = CURRENCY[country]
    if cur == "EUR":
        v = eur
    elif cur == "CHF":
        v = round(eur * 0.96 * 10) / 10 - 0.1
    elif cur == "GBP":
        v = float(int(eur * 0.86)) + (0.0 if eur < 50 else 0.99) - (0.0 if eur < 50 else 1.0)
    else:
        v = float(int(eur * 1.08))
    if v < 1:
        v = eur
    if lang == "en":
        sym = {"EUR": "€", "GBP": "£", "USD": "$"}.get(cur)
        if sym:
            return "%s%.2f" % (sym, v)
        return "CHF %.2f" % v
    if cur == "EUR":
        return ("%.2f €" % v).replace(".", ",")
    if cur == "CHF":
        return "CHF %.2f" % v
    if cur == "GBP":
        return ("%.2f £" % v).replace(".", ",")
    return ("%.2f $" % v).replace(".", ",")


# --------------------------------------------------------------------------- value drawing

class Phone:
    def __init__(self, country, kind, area, sub):
        self.country = country
        self.kind = kind      # mobile / landline
        self.area = area      # national prefix without trunk 0 (DE '171', '89'; US '503')
        self.sub = sub        # subscriber digits


def draw_phone(rng, country, kind, town=None):
    c = country
    if kind == "mobile" and c == "US":
        kind = "landline"
    if kind == "mobile":
        pre = rng.choice(MOBILE[c])
        if c == "DE":
            sub = "".join(rng.choice("0123456789") for _ in range(rng.choice((7, 7, 8))))
        elif c == "AT":
            sub = "".join(rng.choice("0123456789") for _ in range(7))
        elif c == "CH":
            sub = "".join(rng.choice("0123456789") for _ in range(7))
        elif c == "GB":
            sub = "".join(rng.choice("0123456789") for _ in range(6))
        elif c == "IE":
            sub = "".join(rng.choice("0123456789") for _ in range(7))
        elif c == "FR":
            sub = "".join(rng.choice("0123456789") for _ in range(8))
        elif c == "NL":
            sub = "".join(rng.choice("0123456789") for _ in range(8))
        else:
            sub = "".join(rng.choice("0123456789") for _ in range(7))
        sub = rng.choice("123456789") + sub[1:]
        return Phone(c, "mobile", pre, sub)
    t = town or rng.choice(TOWNS[c])
    area = t[3].lstrip("0") if c != "US" else t[3]
    if c == "US":
        ex = rng.choice("23456789") + rng.choice("0123456789") + rng.choice("0123456789")
        while ex == "555" or ex[1:] == "11":
            ex = rng.choice("23456789") + rng.choice("0123456789") + rng.choice("0123456789")
        sub = ex + "".join(rng.choice("0123456789") for _ in range(4))
    else:
        n = {"DE": 11, "AT": 10, "CH": 9, "GB": 10, "IE": 9, "FR": 9, "NL": 9, "IT": 10}[c] - len(area)
        n = max(5, n)
        sub = rng.choice("23456789") + "".join(rng.choice("0123456789") for _ in range(n - 1))
    return Phone(c, "landline", area, sub)


def _grp(s, sizes):
    """Digits in groups; a remainder joins the last group, so no single digit is left alone."""
    out = []
    i = 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return " ".join(x for x in out if x)


def phone_formats(p):
    """All written forms of a phone number, national and international."""
    c, a, s = p.country, p.area, p.sub
    cc = CC_CODE[c]
    f = []
    if c == "DE":
        if p.kind == "mobile":
            f = ["0%s %s" % (a, s), "0%s/%s" % (a, s), "0%s-%s" % (a, s), "0%s %s" % (a, _grp(s, (3, 4) if len(s) == 7 else (4, 4))),
                 "+49 %s %s" % (a, s), "+49 (0)%s %s" % (a, s), "0049 %s %s" % (a, s),
                 "+49 %s %s" % (a, _grp(s, (3, 4) if len(s) == 7 else (4, 4)))]
        else:
            f = ["0%s %s" % (a, s), "(0%s) %s" % (a, s), "0%s/%s" % (a, s), "+49 %s %s" % (a, s),
                 "+49 (0)%s %s" % (a, s), "0%s %s" % (a, _grp(s, (3, 2, 2)))]
    elif c == "AT":
        if p.kind == "mobile":
            f = ["0%s %s" % (a, s), "0%s/%s" % (a, s), "0%s %s" % (a, _grp(s, (3, 2, 2))), "+43 %s %s" % (a, s),
                 "+43 (0)%s %s" % (a, s), "0043 %s %s" % (a, s), "+43 %s %s" % (a, _grp(s, (3, 2, 2)))]
        else:
            f = ["0%s %s" % (a, s), "(0%s) %s" % (a, s), "0%s/%s" % (a, s), "+43 %s %s" % (a, s),
                 "+43 (0)%s %s" % (a, s)]
    elif c == "CH":
        g = _grp(s, (3, 2, 2))
        f = ["0%s %s" % (a, g), "+41 %s %s" % (a, g), "+41 (0)%s %s" % (a, g), "0041 %s %s" % (a, g),
             "0%s%s" % (a, s), "0%s/%s" % (a, g)]
    elif c == "GB":
        if p.kind == "mobile":
            f = ["0%s %s" % (a, s), "0%s %s" % (a, _grp(s, (3, 3))), "+44 %s %s" % (a, s),
                 "+44 (0)%s %s" % (a, s), "0044 %s %s" % (a, s), "+44 %s %s" % (a, _grp(s, (3, 3)))]
        else:
            if len(a) == 2:
                g = _grp(s, (4, 4))
            elif len(a) == 3:
                g = _grp(s, (3, 4))
            else:
                g = s
            f = ["0%s %s" % (a, g), "(0%s) %s" % (a, g), "+44 %s %s" % (a, g), "+44 (0)%s %s" % (a, g)]
    elif c == "US":
        x, y = s[:3], s[3:]
        f = ["(%s) %s-%s" % (a, x, y), "%s-%s-%s" % (a, x, y), "%s.%s.%s" % (a, x, y), "1-%s-%s-%s" % (a, x, y),
             "+1 %s %s %s" % (a, x, y), "+1-%s-%s-%s" % (a, x, y), "+1 (%s) %s-%s" % (a, x, y)]
    elif c == "IE":
        if p.kind == "mobile":
            g = _grp(s, (3, 4))
            f = ["0%s %s" % (a, g), "+353 %s %s" % (a, g), "+353 (0)%s %s" % (a, g), "00353 %s %s" % (a, g),
                 "0%s%s" % (a, s)]
        else:
            f = ["0%s %s" % (a, s), "(0%s) %s" % (a, s), "+353 %s %s" % (a, s)]
    elif c == "FR":
        d = "0" + a + s
        pairs = [d[i:i + 2] for i in range(0, 10, 2)]
        f = [" ".join(pairs), ".".join(pairs), "+33 %s %s" % (d[1], " ".join(pairs[1:])),
             "+33 (0)%s %s" % (d[1], " ".join(pairs[1:])), "0033 %s %s" % (d[1], " ".join(pairs[1:]))]
    elif c == "NL":
        if p.kind == "mobile":
            f = ["06-%s" % s, "06 %s" % s, "+31 6 %s" % s, "+31 (0)6 %s" % s, "0031 6 %s" % s,
                 "06 %s" % _grp(s, (2, 2, 2, 2))]
        else:
            f = ["0%s-%s" % (a, s), "0%s %s" % (a, s), "+31 %s %s" % (a, s)]
    elif c == "IT":
        if p.kind == "mobile":
            f = ["%s %s" % (a, _grp(s, (3, 4))), "%s/%s" % (a, s), "+39 %s %s" % (a, _grp(s, (3, 4))),
                 "0039 %s %s" % (a, s), "%s %s" % (a, s)]
        else:
            f = ["0%s %s" % (a, s), "+39 0%s %s" % (a, s)]
    return f


def phone_e164(p):
    if p.country == "IT" and p.kind == "landline":
        return "+39" + "0" + p.area + p.sub
    return "+" + CC_CODE[p.country] + p.area + p.sub


class Address:
    def __init__(self, country, line1, line2, zip_, town, state="", street_only=None):
        self.country = country
        self.line1 = line1
        self.line2 = line2
        self.zip = zip_
        self.town = town
        self.state = state
        self.street = street_only or line1


def gb_inward(rng):
    return rng.choice("0123456789") + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")


def eircode_tail(rng):
    al = "ACDEFHKNPRTVWXY0123456789"
    s = "".join(rng.choice(al) for _ in range(4))
    while s.isdigit():
        s = "".join(rng.choice(al) for _ in range(4))
    return s


def draw_address(rng, country, lang="en", business=False):
    c = country
    t = rng.choice(TOWNS[c])
    town = t[0]
    num = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 160)]))
    if c == "DE":
        st = rng.choice(STREETS["DE"])
        if st.endswith("straße") and rng.random() < 0.2:
            st = st[:-6] + "str."
        if rng.random() < 0.12:
            num += rng.choice("abc")
        z = "%05d" % (t[1] + (rng.randint(0, t[2]) if t[2] else 0))
        line1 = "%s %s" % (st, num)
        zl = ("D-" if rng.random() < 0.12 else "") + z
        return Address(c, line1, "%s %s" % (zl, town), z, town)
    if c == "AT":
        st = rng.choice(STREETS["AT"])
        if town in ("Wien", "Graz") and rng.random() < 0.6 and not business:
            num = "%s/%d" % (num, rng.randint(1, 20))
            if rng.random() < 0.5:
                num += "/%d" % rng.randint(1, 12)
        z = t[1]
        if town == "Wien":
            z = 1000 + 10 * rng.randint(1, 23)
        elif t[2]:
            z = t[1] + 10 * rng.randint(0, t[2] // 10)
        z = "%04d" % z
        zl = ("A-" if rng.random() < 0.22 else "") + z
        return Address(c, "%s %s" % (st, num), "%s %s" % (zl, town), z, town)
    if c == "CH":
        extra = t[4] if len(t) > 4 else ""
        if extra == "fr":
            st = rng.choice(STREETS["CH_fr"])
            line1 = "%s %s" % (st, num)
        elif extra == "it":
            st = rng.choice(STREETS["CH_it"])
            line1 = "%s %s" % (st, num)
        else:
            st = rng.choice(STREETS["CH"])
            line1 = "%s %s" % (st, num)
        z = t[1] + (rng.randint(0, t[2]) if t[2] else 0)
        z = "%04d" % z
        zl = ("CH-" if rng.random() < 0.25 else "") + z
        return Address(c, line1, "%s %s" % (zl, town), z, town)
    if c == "GB":
        st = rng.choice(STREETS["GB"])
        pc = "%s %s" % (t[1], gb_inward(rng))
        street = "%s %s" % (num, st)
        r = 1.0 if business else rng.random()
        if r < 0.15:
            line1 = "Flat %d, %s" % (rng.randint(1, 12), street)
        elif r < 0.22:
            line1 = "Flat %d%s, %s" % (rng.randint(1, 6), rng.choice("ABC"), street)
        elif r < 0.28:
            line1 = "Apartment %d, %s" % (rng.randint(1, 40), street)
        else:
            line1 = street
        return Address(c, line1, "%s %s" % (town, pc), pc, town)
    if c == "US":
        st = rng.choice(STREETS["US"])
        n = str(rng.randint(100, 9899))
        r = rng.random()
        if business and r < 0.3:
            r = 0.5
        if r < 0.2:
            line1 = "%s %s, Apt %d%s" % (n, st, rng.randint(1, 12), rng.choice("ABCD"))
        elif r < 0.3:
            line1 = "%s %s, Suite %d" % (n, st, rng.choice((100, 110, 120, 200, 210, 305, 400)))
        elif r < 0.36:
            line1 = "%s %s #%d" % (n, st, rng.randint(2, 30))
        else:
            line1 = "%s %s" % (n, st)
        st_zip = t[1]
        state, zp = st_zip.split()
        return Address(c, line1, "%s, %s" % (town, st_zip), zp, town, state=state)
    if c == "IE":
        st = rng.choice(STREETS["IE"])
        street = "%s %s" % (num, st)
        if rng.random() < 0.15 and not business:
            street = "Apartment %d, %s" % (rng.randint(1, 30), street)
        ek = "%s %s" % (t[1], eircode_tail(rng))
        return Address(c, street, "%s, %s" % (town, ek), ek, town)
    if c == "FR":
        st = rng.choice(STREETS["FR"])
        n = num
        if rng.random() < 0.12:
            n += rng.choice((" bis", " ter"))
        z = "%05d" % (t[1] + (rng.randint(0, t[2]) if t[2] else 0))
        tw = town.upper() if rng.random() < 0.3 else town
        return Address(c, "%s %s" % (n, st), "%s %s" % (z, tw), z, tw)
    if c == "NL":
        st = rng.choice(STREETS["NL"])
        n = num
        r = rng.random()
        if r < 0.12:
            n += "-hs"
        elif r < 0.2:
            n += " II"
        elif r < 0.28:
            n += rng.choice("ABC")
        elif r < 0.34:
            n += "-1"
        z = "%04d %s" % (t[1] + (rng.randint(0, t[2]) if t[2] else 0),
                         rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ"))
        tw = town.upper() if rng.random() < 0.25 else town
        return Address(c, "%s %s" % (st, n), "%s %s" % (z, tw), z, tw)
    if c == "IT":
        st = rng.choice(STREETS["IT"])
        n = num
        if rng.random() < 0.12:
            n += "/" + rng.choice("ABC")
        z = "%05d" % (t[1] + (rng.randint(0, t[2]) if t[2] else 0))
        prov = t[4]
        tl = "%s %s (%s)" % (z, town, prov) if rng.random() < 0.6 else "%s %s %s" % (z, town, prov)
        return Address(c, "%s %s" % (st, n), tl, z, town)
    raise ValueError(c)


def draw_iban(rng, country):
    c = country if country in ("DE", "AT", "CH", "GB", "IE", "FR", "NL", "IT") else "GB"
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    L = lambda n: "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
    if c == "DE":
        bban = rng.choice("1234567") + d(7) + d(10)
    elif c == "AT":
        bban = rng.choice("123456") + d(4) + d(11)
    elif c == "CH":
        bban = "00" + d(3) + d(12)
    elif c == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ", "SRLG"]) + d(6) + d(8)
    elif c == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "REVO"]) + d(6) + d(8)
    elif c == "FR":
        bank, branch, acct = d(5), d(5), d(11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + "%02d" % key
    elif c == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB"]) + d(10)
    else:
        bban = L(1) + d(5) + d(5) + d(12)
    return c + iban_check(c, bban) + bban


def fmt_iban(s, grouped):
    if not grouped:
        return s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def draw_card(rng):
    k = rng.random()
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if k < 0.45:
        body = "4" + d(14)
    elif k < 0.62:
        body = str(rng.randint(51, 55)) + d(13)
    elif k < 0.74:
        body = str(rng.randint(2221, 2720)) + d(11)
    elif k < 0.9:
        body = rng.choice(("34", "37")) + d(12)
    else:
        body = rng.choice(("6011" + d(11), "65" + d(13), str(rng.randint(644, 649)) + d(12)))
    num = body + luhn_digit(body)
    assert card_valid(num)
    return num


def fmt_card(num, style):
    if style == "compact":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15:
        return sep.join((num[:4], num[4:10], num[10:]))
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def draw_taxid(rng):
    while True:
        digits = list("0123456789")
        rng.shuffle(digits)
        if rng.random() < 0.7:
            base = digits[:9]
            dup = rng.choice(base)
            seq = base + [dup]
        else:
            base = digits[:8]
            dup = rng.choice(base)
            seq = base + [dup, dup]
        rng.shuffle(seq)
        s = "".join(seq)
        if not taxid_rule_ok(s):
            continue
        full = s + str(taxid_check_digit(s))
        if taxid_valid(full):
            return full


def fmt_taxid(s, grouped):
    return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:]) if grouped else s


V4_PUBLIC = {"DE": ["84.150", "91.64", "87.123", "79.220", "93.201", "217.86"], "AT": ["80.108", "62.178", "77.116"],
             "CH": ["85.195", "178.197", "213.55"], "GB": ["86.131", "81.155", "92.40", "109.148"],
             "US": ["73.164", "98.207", "24.21", "67.183"], "IE": ["86.45", "78.16", "109.76"],
             "FR": ["90.55", "82.64", "176.150"], "NL": ["83.160", "145.53", "94.208"],
             "IT": ["79.26", "93.66", "151.38"]}
V6_PREFIX = {"DE": "2003:e1", "AT": "2a02:8388", "CH": "2a02:1210", "GB": "2a00:23c7", "US": "2601:1c0",
             "IE": "2a02:8084", "FR": "2a01:cb00", "NL": "2a02:a440", "IT": "2a01:e11"}


def draw_ip(rng, country, v6=None, kind=None):
    if v6 is None:
        v6 = rng.random() < 0.25
    if kind is None:
        r = rng.random()
        kind = "public" if r < 0.8 else ("doc" if r < 0.9 else "private")
    if not v6:
        if kind == "public":
            a = rng.choice(V4_PUBLIC.get(country, V4_PUBLIC["DE"]))
            s = "%s.%d.%d" % (a, rng.randint(0, 255), rng.randint(1, 254))
        elif kind == "doc":
            s = "%s.%d" % (rng.choice(("192.0.2", "198.51.100", "203.0.113")), rng.randint(1, 254))
        else:
            s = rng.choice(("10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                            "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                            "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))))
        return s
    h = lambda: "%x" % rng.randint(0, 0xFFFF)
    if kind == "public":
        pre = V6_PREFIX.get(country, "2003:e1")
        s = pre + ":" + ":".join(h() for _ in range(8 - (pre.count(":") + 1)))
    elif kind == "doc":
        s = "2001:db8:%s:%s::%s" % (h(), h(), h())
    else:
        s = rng.choice(("fd%02x:%s:%s::%s" % (rng.randint(0, 255), h(), h(), h()),
                        "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())))
    a = ipaddress.IPv6Address(s)
    return a.exploded if rng.random() < 0.12 else a.compressed


# --------------------------------------------------------------------------- look-alikes

def _digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def lookalike(rng, kind):
    """Order, ticket, parcel and other reference numbers; drawn again until they hide nothing."""
    for _ in range(200):
        if kind == "order":
            s = rng.choice(["TG-%d-%06d" % (rng.choice((2025, 2026)), rng.randint(1000, 999999)),
                            "#TG%s" % _digits(rng, 6), "W%02d%02d-%04d" % (rng.choice((25, 26)), rng.randint(1, 12),
                                                                          rng.randint(100, 9999)),
                            _digits(rng, 8), "%s %s %s" % (_digits(rng, 4, "0"), _digits(rng, 3), _digits(rng, 4)),
                            "%s-%s" % (_digits(rng, 4, "0"), _digits(rng, 7))])
        elif kind == "ticket":
            s = rng.choice(["CS-%d-%04d" % (rng.choice((2025, 2026)), rng.randint(100, 9999)),
                            "#%s" % _digits(rng, 5), "INC%07d" % rng.randint(1000, 9999999),
                            "T-%s" % _digits(rng, 5), "%s/%s" % (_digits(rng, 4, "0"), _digits(rng, 6))])
        elif kind == "parcel":
            s = rng.choice(["00340434%s" % _digits(rng, 12, "0123456789"), "JJD%s" % _digits(rng, 15, "0"),
                            "1Z%s%s" % ("".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)),
                                        _digits(rng, 10, "0")),
                            "RR%sGB" % _digits(rng, 9), "RR%sDE" % _digits(rng, 9), "CX%sAT" % _digits(rng, 9)])
        elif kind == "phoneish":  # references shaped like phone numbers, never with +
            s = rng.choice(["0%s %s" % (_digits(rng, 3), _digits(rng, 7)), "(0%s) %s" % (_digits(rng, 3), _digits(rng, 6)),
                            "0%s-%s" % (_digits(rng, 4), _digits(rng, 6)), "%s %s %s" % (_digits(rng, 3), _digits(rng, 3), _digits(rng, 4))])
        elif kind == "staffno":
            s = rng.choice(["P-%05d" % rng.randint(100, 99999), "MA%s" % _digits(rng, 5), "E%s" % _digits(rng, 6)])
        elif kind == "member":
            s = rng.choice(["M-%s" % _digits(rng, 7), _digits(rng, 10), "TG%s" % _digits(rng, 8)])
        elif kind == "case":
            s = rng.choice(["FR-%d-%04d" % (rng.choice((2025, 2026)), rng.randint(1, 9999)),
                            "Az. %d/%s" % (rng.randint(10, 999), rng.choice(("25", "26"))),
                            "REF %s" % _digits(rng, 6), "C%s" % _digits(rng, 7)])
        elif kind == "gtin":
            body = rng.choice(("400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "440", "900",
                               "901", "760", "761", "762", "500", "501")) + _digits(rng, 9, "0123456789")
            tot = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
            s = body + str((10 - tot % 10) % 10)
        elif kind == "version":
            s = "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 40))
        else:
            raise ValueError(kind)
        if clean_digits(s):
            return s
    raise Redraw("lookalike " + kind)


def gtin_ok(s):
    body, chk = s[:-1], s[-1]
    tot = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
    return (10 - tot % 10) % 10 == int(chk)


# --------------------------------------------------------------------------- people

PARTICLES = {"von", "van", "der", "den", "de", "la", "le", "di", "da", "dos", "das", "del", "du", "ter", "zu", "vom",
             "zum", "mac", "al", "el", "ben", "ap", "ó", "ní", "nic", "lo", "d", "o", "bin", "bint", "mc", "te", "y"}


def name_parts(value):
    return [w for w in re.split(r"[\s,.\-'’]+", value) if w]


class Person:
    def __init__(self, g, slot, info, staff, country, cue):
        self.g = g
        self.slot = slot
        self.info = info
        self.gender = info["gender"]
        self.first = info["first"]
        self.last = info["last"]
        self.origin = info["origin"]
        self.invented = info.get("invented", "")
        self.staff = staff
        self.country = country
        self.cue = cue
        self.pid = "%s#%d" % (slot, len(g.people))
        self._v = {}
        rng = g.rng
        if g.lang == "en":
            self.hon = rng.choice(["Mr", "Mr."] if self.gender == "m" else ["Ms", "Ms.", "Mrs", "Mrs.", "Ms"])
        else:
            self.hon = "Herr" if self.gender == "m" else "Frau"
        self.dr = rng.random() < 0.06

    # the parts used by the name check and the drawing
    def parts(self):
        return [w.lower() for w in name_parts(self.first + " " + self.last)]

    def lab(self, text, form):
        return Lab("PERSON", text, form, self.pid)

    def once(self, key, fn):
        if key not in self._v:
            self._v[key] = fn()
        return self._v[key]

    def address(self):
        return self.once("addr", lambda: draw_address(self.g.rng, self.country, self.g.lang))

    def phone_obj(self, kind=None):
        def mk():
            k = kind or ("mobile" if self.g.rng.random() < 0.75 else "landline")
            town = None
            a = self._v.get("addr")
            if a is not None:
                for t in TOWNS[self.country]:
                    if t[0] == a.town or t[0].upper() == a.town:
                        town = t
                        break
            return draw_phone(self.g.rng, self.country, k, town)
        return self.once("phone_obj" + (kind or ""), mk)

    def email_addr(self, n=1):
        def mk():
            rng = self.g.rng
            f = fold_de(self.first).lower().replace(" ", "").replace("'", "")
            l = fold_de(self.last).lower().replace(" ", "").replace("'", "").replace("’", "")
            f1 = f.split("-")[0]
            if self.staff:
                dom = "talgrat.de" if self.country in ("DE", "AT", "CH") else "talgrat.com"
                loc = rng.choice(["%s.%s" % (f1, l), "%s.%s" % (f1[0], l), "%s.%s" % (f1, l)])
                return "%s@%s" % (loc, dom)
            dom = rng.choice(EMAIL_DOMAINS[self.country])
            r = rng.random()
            if r < 0.1 or n > 1:
                loc = rng.choice(NONAME_LOCALS) + rng.choice(["", str(rng.randint(2, 99)), "." + str(rng.randint(70, 99))])
            else:
                loc = rng.choice(["%s.%s" % (f1, l), "%s%s" % (f1[0], l), "%s.%s%d" % (f1, l, rng.randint(1, 99)),
                                  "%s_%s" % (f1, l), "%s.%s" % (l, f1), "%s%d" % (f1, rng.randint(70, 2005)),
                                  "%s.%s" % (f1, l[0]), "%s%s" % (f1, l)])
            loc = re.sub(r"[^a-z0-9._\-]", "", loc).strip(".")
            return "%s@%s" % (loc, dom)
        return self.once("email%d" % n, mk)

    def iban(self):
        c = self.country
        if c == "US":
            c = "GB"
        return self.once("iban", lambda: draw_iban(self.g.rng, c))

    def card(self):
        return self.once("card", lambda: draw_card(self.g.rng))

    def taxid(self):
        if self.country != "DE":
            raise Redraw("steuer-id for a person outside Germany")
        return self.once("taxid", lambda: draw_taxid(self.g.rng))

    def ip(self):
        return self.once("ip", lambda: draw_ip(self.g.rng, self.country))

    # ---- attribute access for templates
    def attr(self, name):
        g = self.g
        rng = g.rng
        f, l = self.first, self.last
        if name == "full":
            return [self.lab(f + " " + l, "full")]
        if name == "first":
            return [self.lab(f, "first")]
        if name == "last":
            return [self.lab(l, "last")]
        if name == "lf":
            return [self.lab("%s, %s" % (l, f), "lf")]
        if name == "LF":
            return [self.lab("%s, %s" % (l.upper(), f), "LF")]
        if name == "il":
            return [self.lab("%s. %s" % (f[0], l), "il")]
        if name == "fi":
            return [self.lab("%s %s." % (f, l[0]), "fi")]
        if name == "FULL":
            return [self.lab((f + " " + l).upper(), "caps")]
        if name == "LAST":
            return [self.lab(l.upper(), "caps_last")]
        if name == "BL":
            return [self.lab("%s %s" % (l.upper(), f.upper()), "BL")]
        if name == "low":
            return [self.lab((f + " " + l).lower(), "lower")]
        if name == "lowlast":
            return [self.lab(l.lower(), "lower_last")]
        if name == "lowfirst":
            return [self.lab(f.lower(), "lower_first")]
        if name == "name":  # a full name in one of the common written forms
            k = rng.random()
            if k < 0.8:
                return self.attr("full")
            if k < 0.9:
                return self.attr("il")
            return self.attr("fi")
        if name == "any":  # one of the written forms, for cells and form fields
            k = rng.random()
            for lim, form in ((0.55, "full"), (0.65, "FULL"), (0.73, "lf"), (0.80, "LF"), (0.87, "il"), (0.94, "fi"),
                              (1.01, "low")):
                if k < lim:
                    return self.attr(form)
        if name == "sig":  # a signature
            k = rng.random()
            if k < 0.7:
                return self.attr("full")
            if k < 0.8:
                return self.attr("FULL")
            if k < 0.9:
                return self.attr("il")
            return self.attr("first")
        if name == "gen":  # German genitive, English possessive: the ending stays outside
            if g.lang == "de":
                end = "’" if f[-1] in "sxzßSXZ" else "s"
            else:
                end = "’" if f[-1] in "sS" and rng.random() < 0.5 else "'s"
            return [self.lab(f, "first"), end]
        if name == "genlast":
            if g.lang == "de":
                end = "’" if l[-1] in "sxzßSXZ" else "s"
            else:
                end = "'s"
            return [self.lab(l, "last"), end]
        if name == "hon":
            return self.hon
        if name in ("mr", "herr"):  # honorific + surname
            t = ("Dr. " if g.lang == "de" else rng.choice(("Dr ", "Dr. "))) if self.dr else ""
            h = self.hon + " " if not (self.dr and g.lang == "en") else ""
            return [h + t, self.lab(l, "hon_last")]
        if name == "herrn":
            t = "Dr. " if self.dr else ""
            return [("Herrn " if self.gender == "m" else "Frau ") + t, self.lab(l, "hon_last")]
        if name == "herrnfull":
            t = "Dr. " if self.dr else ""
            return [("Herrn " if self.gender == "m" else "Frau ") + t, self.lab(f + " " + l, "hon_full")]
        if name == "mrfull":
            t = ("Dr. " if g.lang == "de" else "Dr ") if self.dr else ""
            if g.lang == "en" and self.dr:
                return [t, self.lab(f + " " + l, "hon_full")]
            return [self.hon + " " + t, self.lab(f + " " + l, "hon_full")]
        if name == "dear":
            if g.lang == "en":
                return ["Dear "] + self.attr("mr")
            t = "Dr. " if self.dr else ""
            return [("Sehr geehrter Herr " if self.gender == "m" else "Sehr geehrte Frau ") + t, self.lab(l, "hon_last")]
        if name == "lieb":
            return [("Lieber " if self.gender == "m" else "Liebe "), self.lab(f, "first")]
        # values
        if name == "email":
            return [Lab("EMAIL", self.email_addr(1))]
        if name == "email2":
            return [Lab("EMAIL", self.email_addr(2))]
        if name in ("phone", "mobile", "landline", "phone2", "e164"):
            kind = {"mobile": "mobile", "landline": "landline"}.get(name)
            p = self.phone_obj(kind)
            forms = phone_formats(p)
            if name == "e164":
                return [Lab("PHONE", phone_e164(p))]
            key = "pf_" + (kind or "")
            if name == "phone2":
                first = self.once(key, lambda: rng.choice(forms))
                others = [x for x in forms if x != first]
                return [Lab("PHONE", rng.choice(others))]
            return [Lab("PHONE", self.once(key, lambda: rng.choice(forms)))]
        if name == "street":
            return [Lab("STREET_ADDRESS", self.address().line1, "street")]
        if name == "addr1":
            a = self.address()
            return [Lab("STREET_ADDRESS", a.line1 + ", " + a.line2, "one_line")]
        if name == "addr2":
            a = self.address()
            return [Lab("STREET_ADDRESS", a.line1 + "\n" + a.line2, "two_lines")]
        if name == "addr":
            a = self.address()
            if rng.random() < 0.6:
                return [Lab("STREET_ADDRESS", a.line1 + ", " + a.line2, "one_line")]
            return [Lab("STREET_ADDRESS", a.line1 + "\n" + a.line2, "two_lines")]
        if name == "oldstreet":
            a2 = self.once("addr_old", lambda: draw_address(self.g.rng, self.country, self.g.lang))
            return [Lab("STREET_ADDRESS", a2.line1, "street")]
        if name == "addrwork":
            a2 = self.once("addr_work", lambda: draw_address(self.g.rng, self.country, self.g.lang))
            return [Lab("STREET_ADDRESS", a2.line1 + ", " + a2.line2, "one_line")]
        if name == "zip":
            return self.address().zip
        if name == "town":
            return self.address().town
        if name == "ziptown":
            return self.address().line2
        if name == "state":
            return self.address().state
        if name == "country":
            return COUNTRY_NAMES[g.lang][self.country]
        if name == "cc":
            return self.country
        if name == "iban":
            return [Lab("IBAN", fmt_iban(self.iban(), self.once("iban_g", lambda: rng.random() < 0.55)))]
        if name == "ibanc":
            return [Lab("IBAN", self.iban())]
        if name == "card":
            st = self.once("card_st", lambda: rng.choice(["space", "space", "dash", "compact"]))
            return [Lab("CREDIT_CARD", fmt_card(self.card(), st))]
        if name == "cardc":
            return [Lab("CREDIT_CARD", self.card())]
        if name == "cardend":
            return self.card()[-4:]
        if name == "taxid":
            return [Lab("DE_TAX_ID", fmt_taxid(self.taxid(), self.once("tax_g", lambda: rng.random() < 0.35)))]
        if name == "taxidc":
            return [Lab("DE_TAX_ID", self.taxid())]
        if name == "ip":
            return [Lab("IP_ADDRESS", self.ip())]
        if name == "dob":
            return g.fmt_date(rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28))
        if name == "m":
            return "m" if self.gender == "m" else "f"
        raise KeyError("unknown person attribute " + name)


# --------------------------------------------------------------------------- one text in the making

class Ctx:
    """Language-level state: one Random, counters for invented names and redraws."""

    def __init__(self, lang, seed):
        import random
        self.lang = lang
        self.rng = random.Random(seed)
        self.cue_total = 0
        self.cue_invented = 0


GLOBAL_AVOID = set()
for _c in TOWNS:
    for _t in TOWNS[_c]:
        for _w in re.findall(r"[^\W\d_]+", _t[0]):
            GLOBAL_AVOID.add(_w.lower())
for _p in PRODUCTS:
    for _x in (_p[1], _p[2]) + tuple(_p[6]) + tuple(_p[7]):
        for _w in re.findall(r"[^\W\d_]+", _x):
            GLOBAL_AVOID.add(_w.lower())
for _l in list(MONTHS.values()) + list(WEEKDAYS.values()) + list(STORES.values()) + list(COMPANIES.values()):
    for _x in _l:
        for _w in re.findall(r"[^\W\d_]+", _x):
            GLOBAL_AVOID.add(_w.lower())
for _l in COUNTRY_NAMES.values():
    for _x in _l.values():
        for _w in re.findall(r"[^\W\d_]+", _x):
            GLOBAL_AVOID.add(_w.lower())
GLOBAL_AVOID.update(["talgrat", "jänner", "talgrat's", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                     "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun"])


class G:
    def __init__(self, ctx, tpl, genre, kind, country):
        self.ctx = ctx
        self.rng = ctx.rng
        self.lang = ctx.lang
        self.tpl = tpl
        self.genre = genre
        self.kind = kind
        self.country = country
        self.people = {}
        self.order = []
        self.cache = {}
        meta = tpl.meta
        self.meta = meta
        if isinstance(tpl.body, str):
            words = template_words(tpl.body)
        else:
            words = code_words(tpl.body)
        self.forbidden = set(words)
        for w in words:
            self.forbidden.add(fold(w))
        self.taken = set()
        self.cue_people = []

    # helpers for layout functions
    def tr(self, en, de):
        return en if self.lang == "en" else de

    def c(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def p(self, slot):
        if slot in self.people:
            return self.people[slot]
        meta = self.meta
        staff = slot.startswith("s") or slot in meta.get("staff", ())
        pin = meta.get("pin", {})
        if slot in pin:
            country = pin[slot]
        elif staff:
            country = self.country if self.country in STORES else "DE"
        else:
            if self.rng.random() < 0.85:
                country = self.country
            else:
                others = [c for c, w in COUNTRY_WEIGHTS[self.lang] if c != self.country]
                ws = [w for c, w in COUNTRY_WEIGHTS[self.lang] if c != self.country]
                country = self.rng.choices(others, weights=ws)[0]
        cue = not meta.get("nocue", False)
        rel = meta.get("rel", {}).get(slot)
        avoid = set(self.taken)
        avoid.update(self.forbidden)
        avoid.update(GLOBAL_AVOID)
        noapos = meta.get("noapos", False)
        invent = False
        if cue:
            share = self.ctx.cue_invented / self.ctx.cue_total if self.ctx.cue_total else 0.0
            pr = 0.16 if share < 0.10 else 0.05
            invent = self.rng.random() < pr
        if rel:
            other = self.p(rel)
            country = other.country
            origin = other.info["listed_origin"]
            if other.invented in ("last", "both"):
                invent = False
            info = N.draw_person(self.rng, self.lang, country, avoid, invent=invent and self.rng.random() < 0.5,
                                 noapos=noapos, swiss=(country == "CH"), origin=origin)
            if info["invented"] in ("last", "both"):
                info["invented"] = "first" if info["invented"] == "both" else ""
            info["last"] = N.relative_surname(other.last, origin, info["gender"])
            info["origin"] = other.info["origin"]
        else:
            info = N.draw_person(self.rng, self.lang, country, avoid, invent=invent, noapos=noapos,
                                 swiss=(country == "CH"))
        per = Person(self, slot, info, staff, country, cue)
        for w in per.parts():
            self.taken.add(w)
            self.taken.add(fold(w))
        self.people[slot] = per
        self.order.append(slot)
        return per

    # dates and formatting
    def fmt_date(self, y, m, d, style=None):
        rng = self.rng
        if self.lang == "en":
            style = style or rng.choice(["long", "long", "num"])
            if self.country == "US":
                if style == "long":
                    return "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
                return "%d/%d/%d" % (m, d, y)
            if style == "long":
                return "%d %s %d" % (d, MONTHS["en"][m - 1], y)
            return "%02d/%02d/%d" % (d, m, y)
        style = style or rng.choice(["num", "num", "long"])
        if style == "long":
            mn = MONTHS["de"][m - 1]
            if self.country == "AT" and m == 1:
                mn = "Jänner"
            return "%d. %s %d" % (d, mn, y)
        return "%02d.%02d.%d" % (d, m, y)

    def r(self, s, mode="P"):
        return self.render(parse(s, mode))

    def render(self, nodes):
        out = []
        for n in nodes:
            k = n[0]
            if k == "t":
                out.append(n[1])
            elif k == "v":
                out.extend(self.val(n[1]))
            elif k == "c":
                out.extend(self.render(self.rng.choice(n[1])))
            elif k == "o":
                if self.rng.random() < 0.5:
                    out.extend(self.render(n[1]))
        return out

    def val(self, e):
        if e.startswith("@"):
            default = ""
            for a in e[1:].split("|"):
                if len(a) > 2 and a[2] == ":" and a[:2].isupper():
                    if a[:2] == self.country:
                        return [a[3:]]
                else:
                    default = a
            return [default]
        m = re.match(r"^([a-z][a-z0-9]*)\?(.*)$", e, re.S)
        if m:
            per = self.p(m.group(1))
            a, b = m.group(2).split("|", 1)
            return [a if per.gender == "m" else b]
        if "." in e:
            slot, at = e.split(".", 1)
            v = self.p(slot).attr(at)
            return v if isinstance(v, list) else [v]
        if e in self.cache:
            return self.cache[e]
        base = e.rstrip("0123456789")
        v = GEN[base](self, e)
        if not isinstance(v, list):
            v = [v]
        self.cache[e] = v
        return v

    def product(self, key="product"):
        k = "_prod" + key[len(key.rstrip("0123456789")):]
        if k not in self.cache:
            used = [self.cache[x] for x in self.cache if x.startswith("_prod")]
            while True:
                pr = self.rng.choice(PRODUCTS)
                if pr not in used:
                    break
            self.cache[k] = pr
        return self.cache[k]


def _suffix(key):
    return key[len(key.rstrip("0123456789")):]


def _next_day(g):
    """Dates in one text rise: the first is drawn, each later one follows it by 1 to 40 days."""
    rng = g.rng
    d = g.cache.get("_day")
    if d is None:
        d = datetime.date(rng.choice((2025, 2026)), rng.randint(1, 12), rng.randint(1, 28))
    else:
        d = d + datetime.timedelta(days=rng.randint(1, 40))
    g.cache["_day"] = d
    return d


def _g_date(g, key):
    d = _next_day(g)
    return g.fmt_date(d.year, d.month, d.day)


def _g_dlong(g, key):
    d = _next_day(g)
    return g.fmt_date(d.year, d.month, d.day, "long")


def _g_dnum(g, key):
    d = _next_day(g)
    return g.fmt_date(d.year, d.month, d.day, "num")


def _g_time(g, key):
    rng = g.rng
    h, m = rng.randint(7, 20), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    if g.lang == "en" and g.country == "US":
        return "%d:%02d %s" % (h if h <= 12 else h - 12, m, "a.m." if h < 12 else "p.m.")
    return "%d:%02d" % (h, m) if g.lang == "en" else "%d:%02d Uhr" % (h, m) if rng.random() < 0.6 else "%d.%02d Uhr" % (h, m)


def _g_product(g, key):
    pr = g.product(key.replace("product", "product"))
    return pr[1] if g.lang == "en" else pr[2]


def _g_prod(g, key):
    pr = g.product("product" + _suffix(key))
    return pr[3] if g.lang == "en" else pr[4]


def _g_sku(g, key):
    return g.product("product" + _suffix(key))[0]


def _g_colour(g, key):
    pr = g.product("product" + _suffix(key))
    return g.rng.choice(pr[6] if g.lang == "en" else pr[7])


DE_GENDER = {"TG-HT-100": ("f", "f"), "TG-BP-045": ("m", "m"), "TG-RJ-100": ("f", "f"), "TG-FL-100": ("f", "n"),
             "TG-BP-030": ("m", "m"), "TG-DJ-100": ("f", "f"), "TG-BL-100": ("n", "n"), "TG-SI-100": ("m", "m"),
             "TG-RJ-200": ("f", "f"), "TG-TS-100": ("m", "pl"), "TG-SO-100": ("pl", "pl"), "TG-WT-100": ("f", "f")}
DE_ART = {"nom": {"m": "der", "f": "die", "n": "das", "pl": "die"},
          "acc": {"m": "den", "f": "die", "n": "das", "pl": "die"},
          "dat": {"m": "dem", "f": "der", "n": "dem", "pl": "den"}}


def _de_case(full):
    def gen(g, key):
        base = key.rstrip("0123456789")
        case = base.split("_")[1]
        pr = g.product("product" + _suffix(key))
        gf, gs = DE_GENDER[pr[0]]
        if full:
            return "%s %s" % (DE_ART[case][gf], pr[2])
        return "%s %s" % (DE_ART[case][gs], pr[4])
    return gen


def _g_saleprice(g, key):
    pr = g.product("product" + _suffix(key))
    return money(g.lang, g.country, round(pr[5] * 0.7) - 0.05)


def _g_price(g, key):
    pr = g.product("product" + _suffix(key))
    return money(g.lang, g.country, pr[5])


def _g_size(g, key):
    pr = g.product("product" + _suffix(key))
    if pr[0] == "TG-TS-100":
        return "EU %s" % g.rng.choice(("39", "40", "41", "42", "42.5", "43", "44", "45"))
    if pr[0] == "TG-SO-100":
        return g.rng.choice(("35–38", "39–42", "43–46"))
    if pr[0].startswith("TG-BP"):
        return g.tr("one size", "Einheitsgröße")
    return g.rng.choice(("XS", "S", "M", "M", "L", "L", "XL", "XXL"))


def _g_amount(g, key):
    rng = g.rng
    v = rng.choice([rng.randint(20, 400) + rng.choice((0.0, 0.5, 0.95, 0.9)), float(rng.randint(5, 60) * 5)])
    return money(g.lang, g.country, v)


def _g_store(g, key):
    return "Talgrat " + g.rng.choice(STORES.get(g.country, STORES["DE"]))


def _g_storetown(g, key):
    used = [g.cache[k][0] for k in g.cache if k.startswith("storetown")]
    opts = [x for x in STORES.get(g.country, STORES["DE"]) if x not in used] or STORES["DE"]
    return g.rng.choice(opts)


def _g_town(g, key):
    return g.rng.choice(TOWNS[g.country])[0]


def _g_ip(g, key):
    return [Lab("IP_ADDRESS", draw_ip(g.rng, g.country))]


def _g_ip4(g, key):
    return [Lab("IP_ADDRESS", draw_ip(g.rng, g.country, v6=False))]


def _g_ip6(g, key):
    return [Lab("IP_ADDRESS", draw_ip(g.rng, g.country, v6=True))]


def _g_shopmail(g, key):
    dom = "talgrat.de" if g.country in ("DE", "AT", "CH") else "talgrat.com"
    role = g.rng.choice(["service", "kundenservice" if g.lang == "de" else "help", "orders", "returns",
                         "privacy" if g.lang == "en" else "datenschutz", "hello"])
    return [Lab("EMAIL", "%s@%s" % (role, dom))]


def _g_rolemail(g, key):
    return _g_shopmail(g, key)


def _g_storephone(g, key):
    c = g.country if g.country in STORES else "DE"
    p = draw_phone(g.rng, c, "landline")
    return [Lab("PHONE", g.rng.choice(phone_formats(p)))]


def _g_company(g, key):
    return g.rng.choice(COMPANIES["corp_" + g.lang])


def _g_carrier(g, key):
    by = {"DE": ["DHL", "DPD", "GLS", "Hermes", "UPS"], "AT": ["Österreichische Post", "DPD", "GLS", "DHL"],
          "CH": ["Die Post", "DPD", "DHL"], "GB": ["Royal Mail", "Evri", "DPD", "UPS"], "US": ["UPS", "FedEx", "USPS"],
          "IE": ["An Post", "DPD", "GLS"], "FR": ["Chronopost", "Colissimo", "DPD"], "NL": ["PostNL", "DHL", "DPD"],
          "IT": ["BRT", "Poste Italiane", "GLS"]}
    return g.rng.choice(by[g.country])


def _g_bank(g, key):
    return g.rng.choice(COMPANIES["bank"])


def _g_firm(g, key):
    return g.rng.choice(COMPANIES["firm_" + g.lang])


def _g_lender(g, key):
    return g.rng.choice(COMPANIES["lender_" + g.lang])


def _g_cardend(g, key):
    return "%04d" % g.rng.randint(0, 9999)


def _g_num(g, key):
    return str(g.rng.randint(4, 12))


def _g_year(g, key):
    return str(g.rng.choice((2024, 2025, 2026)))


def _g_days(g, key):
    return str(g.rng.choice((7, 10, 14, 21, 30)))


def _g_weekday(g, key):
    return g.rng.choice(WEEKDAYS[g.lang][:6])


def _g_month(g, key):
    m = g.rng.randint(1, 12)
    if g.lang == "de" and g.country == "AT" and m == 1:
        return "Jänner"
    return MONTHS[g.lang][m - 1]


def _g_exp(g, key):
    return "%02d/%02d" % (g.rng.randint(1, 12), g.rng.randint(26, 30))


def _g_fee(g, key):
    rng = g.rng
    v = rng.randint(12, 68) + rng.choice((0.0, 0.5, 0.2, 0.9))
    c = g.country if g.country in ("GB", "CH", "US") else rng.choice(("GB", "CH"))
    return money(g.lang, c, v if c != "GB" else v / 0.86)


def _g_firmiban(g, key):
    c = g.country if g.country in ("DE", "AT", "CH", "GB", "IE", "FR", "NL", "IT") else "GB"
    s = draw_iban(g.rng, c)
    return [Lab("IBAN", fmt_iban(s, g.rng.random() < 0.6))]


def _g_age(g, key):
    return str(g.rng.randint(13, 18))


ROUTES = {"en": ["Coast to Coast", "West Highland Way", "Cumbria Way", "Wicklow Way", "Dingle Way",
                 "Pennine Way", "Offa's Dyke Path", "Kerry Way"],
          "de": ["die Alpenüberquerung von Oberstdorf nach Meran", "die Via Alpina", "den Maximiliansweg",
                 "den Adlerweg", "den Rennsteig", "den Westweg", "den Hermannsweg", "den Lechweg", "den Walserweg"]}


def _g_route(g, key):
    return g.rng.choice(ROUTES[g.lang])


def _g_t(g, key):
    c = g.cache.get("_clock")
    if c is None:
        c = g.rng.randint(7 * 60, 19 * 60)
    else:
        c += g.rng.randint(1, 25)
    g.cache["_clock"] = c
    return "%02d:%02d" % (c // 60 % 24, c % 60)


WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _rand_dt(g):
    rng = g.rng
    return (rng.choice((2025, 2026, 2026)), rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 22),
            rng.randint(0, 59), rng.randint(0, 59))


def _g_iso(g, key):
    y, m, d, H, M, S = _rand_dt(g)
    return "%d-%02d-%02d" % (y, m, d)


def _g_isots(g, key):
    y, m, d, H, M, S = _rand_dt(g)
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, H, M, S)


def _g_icsdt(g, key):
    y, m, d, H, M, S = _rand_dt(g)
    return "%d%02d%02dT%02d%02d00" % (y, m, d, H, (M // 15) * 15)


def _seq_dt(g):
    """Date-times that rise within one text (mbox From_ lines, Date headers)."""
    if "_dt" not in g.cache:
        y, m, d, H, M, S = _rand_dt(g)
        g.cache["_dt"] = datetime.datetime(y, m, d, H, M, S)
    else:
        g.cache["_dt"] = g.cache["_dt"] + datetime.timedelta(minutes=g.rng.randint(20, 900))
    t = g.cache["_dt"]
    return t.year, t.month, t.day, t.hour, t.minute, t.second


def _g_mboxdate(g, key):
    y, m, d, H, M, S = _seq_dt(g)
    wd = WD3[datetime.date(y, m, d).weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return "%s %s %2d %02d:%02d:%02d %d" % (wd, mon, d, H, M, S, y)


def _g_maildate(g, key):
    y, m, d, H, M, S = _seq_dt(g)
    wd = WD3[datetime.date(y, m, d).weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return "%s, %d %s %d %02d:%02d:%02d +0%d00" % (wd, d, mon, y, H, M, S, g.rng.choice((0, 1, 2)))


def _g_custno(g, key):
    for _ in range(50):
        s = str(g.rng.randint(10000, 999999))
        if clean_digits(s):
            return s
    raise Redraw("custno")


def _g_storeid(g, key):
    return "%s%02d" % (g.rng.choice(["MUC", "BER", "HAM", "IBK", "VIE", "GRZ", "ZRH", "BRN", "KEN", "MAN", "DUB",
                                     "POR", "SHF", "EDI"]), g.rng.randint(1, 9))


def _shop(g, key):
    k = "_shop" + _suffix(key)
    if k not in g.cache:
        c = g.country if g.country in STORES else "DE"
        g.cache[k] = draw_address(g.rng, c, g.lang, business=True)
    return g.cache[k]


def _g_shopaddr(g, key):
    a = _shop(g, key)
    return [Lab("STREET_ADDRESS", a.line1 + ", " + a.line2, "one_line")]


def _g_shopstreet(g, key):
    return [Lab("STREET_ADDRESS", _shop(g, key).line1, "street")]


def _g_shopzip(g, key):
    return _shop(g, key).zip


def _g_shoptown(g, key):
    return _shop(g, key).town


def _g_shopid(g, key):
    return "%s%02d" % (fold(_shop(g, key).town).upper().replace(" ", "")[:3], g.rng.randint(1, 9))


def _g_uid(g, key):
    return "%08x-%04x" % (g.rng.getrandbits(32), g.rng.getrandbits(16))


def _g_invno(g, key):
    return "%s-%d-%05d" % (g.rng.choice(["RE", "INV", "GS", "CN"]), g.rng.choice((2025, 2026)),
                           g.rng.randint(1, 99999))


def _g_buyerref(g, key):
    return "%02d-%s-%02d" % (g.rng.randint(1, 16), "".join(g.rng.choice("0123456789") for _ in range(6)),
                             g.rng.randint(10, 99))


def _g_placezip(g, key):
    c = g.country if g.country in TOWNS else "DE"
    a = draw_address(g.rng, c, g.lang)
    return a.line2


def _g_pcode(g, key):
    c = g.country if g.country in TOWNS else "DE"
    return draw_address(g.rng, c, g.lang).zip


def _lk(kind):
    return lambda g, key: lookalike(g.rng, kind)


GEN = {
    "date": _g_date, "dlong": _g_dlong, "dnum": _g_dnum, "time": _g_time, "product": _g_product, "prod": _g_prod,
    "sku": _g_sku, "colour": _g_colour, "price": _g_price, "size": _g_size, "amount": _g_amount, "store": _g_store,
    "storetown": _g_storetown, "town": _g_town, "ip": _g_ip, "ipv": _g_ip4, "ipvi": _g_ip6, "shopmail": _g_shopmail,
    "storephone": _g_storephone, "company": _g_company, "carrier": _g_carrier, "bank": _g_bank, "firm": _g_firm,
    "lender": _g_lender, "cardend": _g_cardend, "num": _g_num, "year": _g_year, "days": _g_days,
    "weekday": _g_weekday, "month": _g_month, "order": _lk("order"), "ticket": _lk("ticket"), "parcel": _lk("parcel"),
    "phoneish": _lk("phoneish"), "staffno": _lk("staffno"), "member": _lk("member"), "case": _lk("case"),
    "gtin": _lk("gtin"), "version": _lk("version"), "exp": _g_exp, "fee": _g_fee, "firmiban": _g_firmiban,
    "age": _g_age, "route": _g_route, "t": _g_t, "iso": _g_iso, "isots": _g_isots, "icsdt": _g_icsdt,
    "mboxdate": _g_mboxdate, "maildate": _g_maildate, "custno": _g_custno, "storeid": _g_storeid,
    "shopaddr": _g_shopaddr, "shopstreet": _g_shopstreet, "shopzip": _g_shopzip, "uid": _g_uid, "invno": _g_invno,
    "buyerref": _g_buyerref, "placezip": _g_placezip, "pcode": _g_pcode, "shoptown": _g_shoptown,
    "shopid": _g_shopid, "saleprice": _g_saleprice, "p_nom": _de_case(False), "p_acc": _de_case(False),
    "p_dat": _de_case(False), "P_nom": _de_case(True), "P_acc": _de_case(True), "P_dat": _de_case(True),
}


# --------------------------------------------------------------------------- finishing a text

MARKS_P = ("{", "}", "[[", "]]", "[?", "?]")
MARKS_L = ("\u27e8", "\u27e9", "\u27e6", "\u27e7", "\u27ea", "\u27eb", "[?", "?]")


def finish(segs, prose, swiss):
    items = []
    for s in segs:
        if isinstance(s, Lab):
            items.append(s)
        elif s:
            if items and isinstance(items[-1], str):
                items[-1] += s
            else:
                items.append(s)
    for i, it in enumerate(items):
        if isinstance(it, str):
            if swiss:
                it = it.replace("ß", "ss")
            if prose:
                it = re.sub(r"(?<=\S)[ \t]{2,}", " ", it)
                it = re.sub(r"(?<=\n)[ \t]+", "", it)
                it = re.sub(r"(?<=\S) +([,.;:!?)])", r"\1", it)
                it = re.sub(r"\( +", "(", it)
                it = it.replace(",,", ",").replace(",.", ".")
                it = re.sub(r"(?<=\d\.)\.(?=\s|$)", "", it)
            it = re.sub(r"[ \t]+\n", "\n", it)
            it = re.sub(r"\n{3,}", "\n\n", it)
            items[i] = it
    if items and isinstance(items[0], str):
        items[0] = items[0].lstrip()
    if items and isinstance(items[-1], str):
        items[-1] = items[-1].rstrip()
    text = []
    ents = []
    pos = 0
    for it in items:
        if isinstance(it, Lab):
            n = len(it.text)
            ents.append((it.type, pos, pos + n, it.text, it.form, it.pid))
            text.append(it.text)
            pos += n
        else:
            text.append(it)
            pos += len(it)
    return "".join(text), ents


STREET_NEXT_RE = re.compile(r"^[ ,]*\n(?:[A-Z]{1,2}-)?\d{4,5}\s+\w")


def check_text(text, ents, has_pii, prose):
    """Returns a list of problems (empty when the text is fine)."""
    bad = []
    if has_pii and not ents:
        bad.append("no span in a text with personal data")
    if not has_pii and ents:
        bad.append("span in a text without personal data")
    if text.count("\n") + 1 > 15:
        bad.append("more than 15 lines")
    if text != text.strip():
        bad.append("space at start or end")
    for mk in (MARKS_P if prose else MARKS_L):
        if mk in text:
            bad.append("template mark left: " + mk)
    if re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text):
        bad.append("control character")
    last_end = 0
    for (t, s, e, v, form, pid) in ents:
        if text[s:e] != v:
            bad.append("value mismatch")
        if s < last_end:
            bad.append("overlap or unsorted")
        last_end = e
        if v != v.strip() or not v:
            bad.append("space at the end of a value")
        if "\n" in v and t != "STREET_ADDRESS":
            bad.append("line break in a value")
        if t == "IBAN" and not iban_valid(v):
            bad.append("invalid IBAN " + v)
        if t == "CREDIT_CARD" and not card_valid(re.sub(r"[ \-]", "", v)):
            bad.append("invalid card " + v)
        if t == "DE_TAX_ID" and not taxid_valid(v.replace(" ", "")):
            bad.append("invalid tax id " + v)
        if t == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                bad.append("invalid ip " + v)
        if t == "EMAIL" and not EMAIL_RE.fullmatch(v):
            bad.append("invalid email " + v)
        if t == "PHONE" and len(re.sub(r"\D", "", v)) < 7:
            bad.append("short phone " + v)
        if t == "PERSON" and re.search(r"\d", v):
            bad.append("digit in person " + v)
        if t == "STREET_ADDRESS" and "\n" not in v:
            if STREET_NEXT_RE.match(text[e:]):
                bad.append("street followed by a postcode line: " + v)
    # adjacent person spans
    pers = [x for x in ents if x[0] == "PERSON"]
    for a, b in zip(pers, pers[1:]):
        if re.fullmatch(r"[ \n]*", text[a[2]:b[1]]):
            bad.append("two person spans side by side")
    # outside spans
    pieces = []
    last = 0
    for (t, s, e, v, form, pid) in ents:
        pieces.append(text[last:s])
        last = e
    pieces.append(text[last:])
    outside = "\x00".join(pieces)
    bad.extend(bad_outside(outside))
    # name parts outside spans
    parts = {}
    for x in ents:
        if x[0] == "PERSON":
            for w in name_parts(x[3]):
                lw = w.lower()
                if len(w) > 1 and lw not in PARTICLES:
                    parts[lw] = 1
                    parts[fold(lw)] = 1
    if parts:
        o = URL_RE.sub(" ", outside)
        o = EMAIL_RE.sub(" ", o)
        o = HANDLE_RE.sub(" ", o)
        for w in re.findall(r"[^\W\d_]+", o):
            lw = w.lower()
            if lw in parts or fold(lw) in parts:
                bad.append("name part outside spans: " + w)
                break
    return bad
