"""Core of the held-out half of the twenty-ninth PII bank (heldout29).

Labelled values (Span), the small template language, the renderer and its
clean-up, people and invented names, addresses, phone numbers, IBANs, cards,
Steuer-IDs, IP addresses, look-alikes and the self-checks. Standard library only.
"""

import ipaddress
import re
import unicodedata

import pii29_held_names as N

TYPES = ["PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]


# ---------------------------------------------------------------------------
# labelled values
# ---------------------------------------------------------------------------

class Span:
    """A labelled value. It cannot be formatted into plain text by mistake."""

    __slots__ = ("type", "value", "inv", "pid")

    def __init__(self, type_, value, inv=False, pid=None):
        assert type_ in TYPES, type_
        self.type = type_
        self.value = value
        self.inv = inv
        self.pid = pid

    def __str__(self):
        raise TypeError("a Span must not be formatted as plain text")

    def __format__(self, spec):
        raise TypeError("a Span must not be formatted as plain text")

    def __add__(self, other):
        raise TypeError("a Span must not be concatenated")

    def __radd__(self, other):
        raise TypeError("a Span must not be concatenated")

    def __repr__(self):
        return "Span(%r, %r)" % (self.type, self.value)


def flatten(doc, out=None):
    if out is None:
        out = []
    if doc is None:
        return out
    if isinstance(doc, (str, Span)):
        out.append(doc)
    elif isinstance(doc, (list, tuple)):
        for d in doc:
            flatten(d, out)
    else:
        raise TypeError("bad segment %r" % (doc,))
    return out


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------

_FOLD_SPECIAL = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "dj", "Đ": "Dj", "ł": "l",
                 "Ł": "L", "ı": "i", "İ": "I", "ð": "d", "Ð": "D", "þ": "th", "œ": "oe", "Œ": "OE"}
_UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def fold(s, umlaut=False):
    """Drop diacritics (and with umlaut=True write ae/oe/ue)."""
    out = []
    for ch in s:
        if umlaut and ch in _UMLAUT:
            out.append(_UMLAUT[ch])
        elif ch in _FOLD_SPECIAL:
            out.append(_FOLD_SPECIAL[ch])
        else:
            d = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in d if not unicodedata.combining(c)))
    return "".join(out)


def lower(s):
    return s.replace("İ", "i").lower()


def cap(s):
    """Upper-case the first letter only (str.capitalize would lower the rest)."""
    return s[:1].upper() + s[1:]


class Item:
    """A product as one text shows it: name, colour, size and SKU agree."""

    def __init__(self, name, colour, size, sku):
        self.name = name
        self.colour = colour
        self.size = size
        self.sku = sku


def key(s):
    """Comparison key of a name part: folded and lower case."""
    return fold(s).lower()


# ---------------------------------------------------------------------------
# template language:  [[a|b|c]] alternatives (nested), [?x?] optional (50 %),
# {slot} and {slot.attr} values; \| is a literal bar inside alternatives
# ---------------------------------------------------------------------------

_ALT = re.compile(r"\[\[((?:(?!\[\[|\]\]).)*?)\]\]", re.S)
_OPT = re.compile(r"\[\?((?:(?!\[\?|\?\]).)*?)\?\]", re.S)
_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\}")
_BAR = "\u0001"


def expand(rng, s):
    s = s.replace("\\|", _BAR)
    while True:
        m1 = _ALT.search(s)
        m2 = _OPT.search(s)
        if not m1 and not m2:
            break
        if m1 and (not m2 or m1.start() >= m2.start()):
            # innermost alternative first
            opts = m1.group(1).split("|")
            s = s[:m1.start()] + rng.choice(opts) + s[m1.end():]
        else:
            keep = rng.random() < 0.5
            s = s[:m2.start()] + (m2.group(1) if keep else "") + s[m2.end():]
    return s.replace(_BAR, "|")


def resolve(slots, name):
    parts = name.split(".")
    if parts[0] not in slots:
        raise KeyError("slot %s" % name)
    v = slots[parts[0]]
    for a in parts[1:]:
        v = getattr(v, a)
        if callable(v):
            v = v()
    return v


def substitute(s, slots, swiss):
    out = []
    pos = 0
    for m in _SLOT.finditer(s):
        lit = s[pos:m.start()]
        if lit:
            out.append(lit.replace("ß", "ss") if swiss else lit)
        v = resolve(slots, m.group(1))
        if isinstance(v, (int, float)):
            v = str(v)
        for seg in flatten(v):
            if swiss and isinstance(seg, str):
                seg = seg.replace("ß", "ss")
            out.append(seg)
        pos = m.end()
    lit = s[pos:]
    if lit:
        out.append(lit.replace("ß", "ss") if swiss else lit)
    return out


# ---------------------------------------------------------------------------
# finishing: join segments, clean up outside spans
# ---------------------------------------------------------------------------

def join(segments):
    text = []
    spans = []
    pos = 0
    for seg in segments:
        if isinstance(seg, Span):
            v = seg.value
            spans.append([pos, pos + len(v), seg.type, (seg.inv, seg.pid)])
            text.append(v)
            pos += len(v)
        else:
            text.append(seg)
            pos += len(seg)
    return "".join(text), spans


def _delete(text, spans, ranges):
    if not ranges:
        return text, spans
    ranges = sorted(ranges)
    merged = []
    for a, b in ranges:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out = []
    last = 0
    for a, b in merged:
        out.append(text[last:a])
        last = b
    out.append(text[last:])

    def shift(i):
        d = 0
        for a, b in merged:
            if b <= i:
                d += b - a
            elif a < i:
                raise AssertionError("deletion inside a span")
        return i - d

    new_spans = [[shift(s), shift(e), t, inv] for s, e, t, inv in spans]
    return "".join(out), new_spans


def _protected(spans, n):
    mask = [False] * n
    for s, e, _t, _i in spans:
        for i in range(s, e):
            mask[i] = True
    return mask


def _free_ranges(mask, a, b):
    """Sub-ranges of [a, b) that are not inside a span."""
    out = []
    i = a
    while i < b:
        if mask[i]:
            i += 1
            continue
        j = i
        while j < b and not mask[j]:
            j += 1
        out.append((i, j))
        i = j
    return out


def cleanup(text, spans, prose):
    passes = [
        (re.compile(r"[ \t]+(?=\n)"), "all"),
        (re.compile(r"[ \t]+$"), "all"),
        (re.compile(r"\n{3,}"), "keep2"),
    ]
    if prose:
        passes = [
            (re.compile(r"(?<=\S) {2,}"), "keep1"),
            (re.compile(r"(?<=\n) +"), "all"),
            (re.compile(r" +(?=[,.;:!?)])"), "all"),
            (re.compile(r"\( +"), "paren"),
        ] + passes
    for rx, how in passes:
        mask = _protected(spans, len(text))
        dels = []
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            if how == "keep1":
                a += 1
            elif how == "keep2":
                a += 2
            elif how == "paren":
                a += 1
            for x, y in _free_ranges(mask, a, b):
                dels.append((x, y))
        text, spans = _delete(text, spans, dels)
    # trim both ends
    mask = _protected(spans, len(text))
    dels = []
    i = 0
    while i < len(text) and text[i] in " \n\t" and not mask[i]:
        i += 1
    if i:
        dels.append((0, i))
    j = len(text)
    while j > 0 and text[j - 1] in " \n\t" and not mask[j - 1]:
        j -= 1
    if j < len(text):
        dels.append((j, len(text)))
    text, spans = _delete(text, spans, dels)
    return text, spans


def finish(doc, prose):
    text, spans = join(flatten(doc))
    return cleanup(text, spans, prose)


# ---------------------------------------------------------------------------
# checksums and value checks
# ---------------------------------------------------------------------------

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


def card_issuer_ok(d):
    n = len(d)
    if d.startswith("4") and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if n == 15 and d[:2] in ("34", "37"):
        return True
    if n == 16 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return True
    return False


def card_ok(d):
    return d.isdigit() and card_issuer_ok(d) and luhn_ok(d)


def taxid_check_digit(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def taxid_ok(d):
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    first = d[:10]
    counts = [first.count(c) for c in "0123456789"]
    multi = [c for c in counts if c > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        dig = "0123456789"[counts.index(3)]
        if dig * 3 in first:
            return False
    return taxid_check_digit(first) == int(d[10])


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27, "ES": 24,
            "BE": 16, "LU": 20, "PL": 28, "DK": 18, "SE": 24, "NO": 15, "FI": 18, "PT": 25, "LI": 21}


def iban_mod(s):
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    return (len(s) >= 15 and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and s[2:4].isdigit()
            and s.isalnum() and s.upper() == s and iban_mod(s) == 1)


def gtin_check(d12):
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - total % 10) % 10)


EMAIL_RX = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
IPV4_RX = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d]|\.\d)")
IPV6_RX = re.compile(r"(?<![\w:])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w:])")
DIGITRUN_RX = re.compile(r"\d(?:\d|[ \-](?=\d))*")
IBANLIKE_RX = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[A-Z0-9]| (?=[A-Z0-9]))+")
HANDLE_RX = re.compile(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.\-]*")
URL_RX = re.compile(r"(?:https?://|www\.)\S+")


def ipv4_ok(s):
    try:
        ipaddress.IPv4Address(s)
        return True
    except ValueError:
        return False


def ipv6_ok(s):
    try:
        ipaddress.IPv6Address(s)
        return True
    except ValueError:
        return False


def digits_hide_value(d):
    """True if a digit string holds a valid card number (13-19 window) or Steuer-ID (11 window)."""
    n = len(d)
    for L in range(13, 20):
        for i in range(0, n - L + 1):
            if card_ok(d[i:i + L]):
                return True
    for i in range(0, n - 10):
        if taxid_ok(d[i:i + 11]):
            return True
    return False


def scan_outside(masked):
    """Reasons why a text (spans masked) shows an unlabelled value."""
    if EMAIL_RX.search(masked):
        return "email outside spans: " + EMAIL_RX.search(masked).group(0)
    for m in IPV4_RX.finditer(masked):
        if ipv4_ok(m.group(1)):
            return "ipv4 outside spans: " + m.group(1)
    for m in IPV6_RX.finditer(masked):
        cand = m.group(1)
        if cand.count(":") >= 2 and ipv6_ok(cand):
            return "ipv6 outside spans: " + cand
    for m in DIGITRUN_RX.finditer(masked):
        d = re.sub(r"\D", "", m.group(0))
        if len(d) >= 11 and digits_hide_value(d):
            return "card or tax id outside spans: " + m.group(0)
    for m in IBANLIKE_RX.finditer(masked):
        raw = m.group(0)
        compact = raw.replace(" ", "")
        for L in range(15, min(34, len(compact)) + 1):
            if iban_ok(compact[:L]):
                return "iban outside spans: " + raw
    return None


# ---------------------------------------------------------------------------
# countries: streets, towns, phones, e-mail domains
# ---------------------------------------------------------------------------

def _towns(s):
    out = []
    for item in s.split(";"):
        item = item.strip()
        if item:
            out.append(tuple(x.strip() for x in item.split("|")))
    return out


STREETS = {
    "DE": ["Lindenstraße", "Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Goethestraße",
           "Am Mühlbach", "Ringstraße", "Kirchgasse", "Waldstraße", "Friedrichstraße", "Kastanienallee",
           "Schulstraße", "Rosenweg", "Birkenweg", "Uhlandstraße", "Ahornweg", "Mozartstraße", "Feldstraße",
           "Sonnenstraße", "Wilhelmstraße", "Beethovenstraße", "Am Anger", "Hohe Straße", "Talstraße",
           "Eichendorffstraße", "Kantstraße", "Weidenweg", "Im Winkel", "Sandweg", "Lessingstraße",
           "Auf der Höhe", "Rathausstraße", "Jahnstraße", "Körnerstraße"],
    "AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Getreidegasse", "Linzer Gasse",
           "Museumstraße", "Maria-Theresien-Straße", "Annenstraße", "Schmiedgasse", "Hauptplatz",
           "Kaiserstraße", "Wiener Straße", "Grazer Straße", "Kirchengasse", "Lederergasse", "Schulgasse",
           "Steingasse", "Dorfstraße", "Favoritenstraße", "Ottakringer Straße", "Leopoldsgasse"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptstrasse", "Kirchgasse", "Badenerstrasse",
           "Langstrasse", "Zürcherstrasse", "Bernstrasse", "Marktgasse", "Spitalgasse", "Rue du Lac",
           "Chemin des Vignes", "Via Cantonale", "Gerechtigkeitsgasse", "Rämistrasse",
           "Schaffhauserstrasse", "Weinbergstrasse", "Postgasse", "Feldeggstrasse", "Obere Gasse"],
    "GB": ["High Street", "Church Road", "Station Road", "Victoria Road", "Manor Road", "Park Avenue",
           "Queens Road", "Kings Road", "The Crescent", "Albert Street", "Grange Road", "Windsor Avenue",
           "Chapel Street", "Orchard Close", "Springfield Road", "Highfield Road", "Alexandra Road",
           "Cromwell Road", "Beech Grove", "Clarendon Road", "Moorland Drive", "Elmwood Avenue"],
    "US": ["Oak St", "Maple Ave", "Main St", "Pine St", "Cedar Ln", "Elm St", "Washington Ave",
           "Lakeview Dr", "Hillcrest Rd", "Ridge Rd", "Park Pl", "Willow Way", "Highland Ave", "Spring St",
           "Forest Dr", "Meadow Ln", "Broadway", "Grand Ave", "Juniper Ct", "Aspen Trl", "Canyon Rd"],
    "IE": ["Main Street", "Church Street", "Bridge Street", "Patrick Street", "Strand Road",
           "Castle Street", "The Mall", "Shop Street", "Quay Street", "Abbey Street", "Mary Street",
           "Sea Road", "Mill Road", "Distillery Road", "Ballymore Road", "Lower Main Street"],
    "FR": ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République",
           "rue Pasteur", "place du Marché", "chemin des Vignes", "rue du Moulin", "allée des Tilleuls",
           "rue Gambetta", "quai Saint-Antoine", "rue des Alpes", "impasse des Rosiers"],
    "NL": ["Prinsengracht", "Keizersgracht", "Herengracht", "Kerkstraat", "Dorpsstraat", "Stationsweg",
           "Oudegracht", "Lange Voorhout", "Nieuwe Binnenweg", "Vondelstraat", "Molenweg", "Schoolstraat",
           "Julianalaan", "Wilhelminastraat", "Zeestraat"],
    "IT": ["Via Roma", "Via Garibaldi", "Via Mazzini", "Corso Vittorio Emanuele II", "Via Dante",
           "Via Verdi", "Viale dei Mille", "Via Cavour", "Via San Francesco", "Via dei Portici",
           "Via Nazionale", "Via della Vittoria", "Piazza Walther"],
}

TOWNS = {
    "DE": _towns("10115|Berlin|030; 10437|Berlin|030; 20095|Hamburg|040; 22765|Hamburg|040; 80331|München|089;"
                 "81667|München|089; 50667|Köln|0221; 60311|Frankfurt am Main|069; 70173|Stuttgart|0711;"
                 "40213|Düsseldorf|0211; 04109|Leipzig|0341; 01067|Dresden|0351; 28195|Bremen|0421;"
                 "30159|Hannover|0511; 90402|Nürnberg|0911; 87435|Kempten|0831; 87509|Immenstadt|08323;"
                 "87527|Sonthofen|08321; 79098|Freiburg im Breisgau|0761; 69117|Heidelberg|06221;"
                 "93047|Regensburg|0941; 24103|Kiel|0431; 48143|Münster|0251; 33602|Bielefeld|0521;"
                 "44135|Dortmund|0231; 53111|Bonn|0228; 55116|Mainz|06131; 86150|Augsburg|0821;"
                 "99084|Erfurt|0361; 18055|Rostock|0381; 37073|Göttingen|0551; 82467|Garmisch-Partenkirchen|08821;"
                 "83471|Berchtesgaden|08652; 87561|Oberstdorf|08322"),
    "AT": _towns("1010|Wien|01; 1060|Wien|01; 1070|Wien|01; 1150|Wien|01; 1210|Wien|01; 8010|Graz|0316;"
                 "4020|Linz|0732; 5020|Salzburg|0662; 6020|Innsbruck|0512; 9020|Klagenfurt|0463;"
                 "3100|St. Pölten|02742; 6900|Bregenz|05574; 6850|Dornbirn|05572; 4600|Wels|07242;"
                 "9500|Villach|04242; 5700|Zell am See|06542; 6370|Kitzbühel|05356; 8970|Schladming|03687"),
    "CH": _towns("8001|Zürich|044; 8004|Zürich|044; 8032|Zürich|044; 3011|Bern|031; 4051|Basel|061;"
                 "6003|Luzern|041; 9000|St. Gallen|071; 8400|Winterthur|052; 7000|Chur|081;"
                 "1003|Lausanne|021; 6900|Lugano|091; 3800|Interlaken|033; 7500|St. Moritz|081;"
                 "3920|Zermatt|027; 5000|Aarau|062; 2502|Biel/Bienne|032; 6300|Zug|041"),
    "GB": _towns("LS6|Leeds|0113; M14|Manchester|0161; S10|Sheffield|0114; BS6|Bristol|0117; N1|London|020;"
                 "SE15|London|020; E8|London|020; YO31|York|01904; EH6|Edinburgh|0131; G12|Glasgow|0141;"
                 "CF24|Cardiff|029; LA9|Kendal|01539; CA12|Keswick|017687; IV2|Inverness|01463;"
                 "NG7|Nottingham|0115; BA1|Bath|01225; EX4|Exeter|01392; NR2|Norwich|01603;"
                 "OX4|Oxford|01865; BN2|Brighton|01273; AB10|Aberdeen|01224; SA1|Swansea|01792;"
                 "LL55|Llanberis|01286; PH33|Fort William|01397"),
    "US": _towns("Portland|OR|97205|503; Seattle|WA|98103|206; Denver|CO|80205|303; Boulder|CO|80302|303;"
                 "Salt Lake City|UT|84102|801; Boise|ID|83702|208; Minneapolis|MN|55408|612;"
                 "Chicago|IL|60614|312; Madison|WI|53703|608; Burlington|VT|05401|802;"
                 "Asheville|NC|28801|828; Austin|TX|78704|512; Bend|OR|97701|541; Missoula|MT|59801|406;"
                 "Flagstaff|AZ|86001|928; Brooklyn|NY|11215|718; Boston|MA|02116|617; Spokane|WA|99201|509;"
                 "Anchorage|AK|99501|907; Duluth|MN|55802|218"),
    "IE": _towns("Dublin 6|D06|01|Dublin; Dublin 8|D08|01|Dublin; Cork|T12|021|Cork; Galway|H91|091|Galway;"
                 "Limerick|V94|061|Limerick; Kilkenny|R95|056|Kilkenny; Westport|F28|098|Mayo;"
                 "Sligo|F91|071|Sligo; Killarney|V93|064|Kerry; Waterford|X91|051|Waterford;"
                 "Athlone|N37|090|Westmeath"),
    "FR": _towns("75011|Paris|01; 69003|Lyon|04; 13006|Marseille|04; 31000|Toulouse|05; 38000|Grenoble|04;"
                 "74400|Chamonix-Mont-Blanc|04; 67000|Strasbourg|03; 33000|Bordeaux|05; 44000|Nantes|02;"
                 "59000|Lille|03; 06000|Nice|04; 73000|Chambéry|04; 64000|Pau|05; 35000|Rennes|02"),
    "NL": _towns("1016|Amsterdam|020; 3511|Utrecht|030; 3012|Rotterdam|010; 2511|Den Haag|070;"
                 "9711|Groningen|050; 5611|Eindhoven|040; 6811|Arnhem|026; 2311|Leiden|071;"
                 "7511|Enschede|053; 6211|Maastricht|043; 8011|Zwolle|038"),
    "IT": _towns("20121|Milano|MI|02; 00184|Roma|RM|06; 10121|Torino|TO|011; 39100|Bolzano|BZ|0471;"
                 "38122|Trento|TN|0461; 50123|Firenze|FI|055; 40121|Bologna|BO|051; 37121|Verona|VR|045;"
                 "32043|Cortina d'Ampezzo|BL|0436; 11100|Aosta|AO|0165; 16121|Genova|GE|010"),
}

DOMAINS = {
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "freenet.de",
           "mailbox.org", "icloud.com", "arcor.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com", "drei.at"],
    "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com", "protonmail.ch"],
    "GB": ["btinternet.com", "outlook.com", "gmail.com", "yahoo.co.uk", "sky.com", "virginmedia.com",
           "hotmail.co.uk"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "proton.me"],
    "IE": ["eircom.net", "gmail.com", "outlook.ie", "yahoo.ie", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
    "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com", "xs4all.nl"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com", "alice.it"],
}

COUNTRIES = ["DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT"]
IBAN_COUNTRIES = ["DE", "AT", "CH", "GB", "IE", "FR", "NL", "IT"]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
MONTHS_EN_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]

PRODUCTS = [
    # en name, de name, sku, price EUR, colours en, colours de, kind
    ("Almweg Zip-Off Hiking Trousers", "Almweg Zip-off-Wanderhose", "TG-HT-100", "129.95",
     ["Rock Grey", "Peat Brown", "Slate"], ["Felsgrau", "Moorbraun", "Schiefer"], "trousers"),
    ("Fernkamm 45+10 Trekking Backpack", "Fernkamm 45+10 Trekkingrucksack", "TG-BP-045", "229.95",
     ["Slate", "Fir Shade", "Hut Orange"], ["Schiefer", "Tannenschatten", "Hüttenorange"], "pack"),
    ("Firstwand 3-Layer Rain Jacket", "Firstwand 3-Lagen-Regenjacke", "TG-RJ-100", "349.95",
     ["Fir Shade", "Ridge Blue", "Hut Orange", "Slate"], ["Tannenschatten", "Gratblau", "Hüttenorange", "Schiefer"],
     "jacket"),
    ("Gitterhang Grid Fleece Jacket", "Gitterhang Grid-Fleecejacke", "TG-FL-100", "119.95",
     ["Rock Grey", "Lichen", "Ridge Blue"], ["Felsgrau", "Flechte", "Gratblau"], "jacket"),
    ("Hochsattel 30 Hiking Backpack", "Hochsattel 30 Wanderrucksack", "TG-BP-030", "139.95",
     ["Ridge Blue", "Fir Shade", "Slate"], ["Gratblau", "Tannenschatten", "Schiefer"], "pack"),
    ("Kaltkar Down Jacket", "Kaltkar Daunenjacke", "TG-DJ-100", "289.95",
     ["Alpenglow", "Ridge Blue", "Slate"], ["Alpenglühen", "Gratblau", "Schiefer"], "jacket"),
    ("Morgengrat Merino 150 Long-Sleeve Shirt", "Morgengrat Merino 150 Langarmshirt", "TG-BL-100", "89.95",
     ["Slate", "Limestone", "Peat Brown"], ["Schiefer", "Kalkstein", "Moorbraun"], "shirt"),
    ("Rinnental Insulated Hoody", "Rinnental Isolationshoody", "TG-SI-100", "219.95",
     ["Fir Shade", "Hut Orange", "Slate"], ["Tannenschatten", "Hüttenorange", "Schiefer"], "jacket"),
    ("Schauerpass 2.5-Layer Rain Jacket", "Schauerpass 2,5-Lagen-Regenjacke", "TG-RJ-200", "199.95",
     ["Gentian", "Lichen", "Slate"], ["Enzian", "Flechte", "Schiefer"], "jacket"),
    ("Steinlauf Trail Running Shoe", "Steinlauf Trailrunningschuh", "TG-TS-100", "159.95",
     ["Slate/Hut Orange", "Ridge Blue/Limestone"], ["Schiefer/Hüttenorange", "Gratblau/Kalkstein"], "shoe"),
    ("Trittweg Merino Hiking Socks", "Trittweg Merino-Wandersocken", "TG-SO-100", "24.95",
     ["Rock Grey", "Fir Shade", "Hut Orange"], ["Felsgrau", "Tannenschatten", "Hüttenorange"], "socks"),
    ("Wintersteig Winter Trekking Trousers", "Wintersteig Wintertrekkinghose", "TG-WT-100", "169.95",
     ["Slate", "Fir Shade"], ["Schiefer", "Tannenschatten"], "trousers"),
]
DE_GENDER = {"TG-HT-100": "f", "TG-BP-045": "m", "TG-RJ-100": "f", "TG-FL-100": "f", "TG-BP-030": "m", "TG-DJ-100": "f",
             "TG-BL-100": "n", "TG-SI-100": "m", "TG-RJ-200": "f", "TG-TS-100": "m", "TG-SO-100": "p", "TG-WT-100": "f"}
DE_ARTICLE = {"nom": {"m": "der", "f": "die", "n": "das", "p": "die"},
              "acc": {"m": "den", "f": "die", "n": "das", "p": "die"},
              "dat": {"m": "dem", "f": "der", "n": "dem", "p": "den"}}
PRODUCT_SHORT = ["Almweg", "Fernkamm", "Firstwand", "Gitterhang", "Hochsattel", "Kaltkar", "Morgengrat",
                 "Rinnental", "Schauerpass", "Steinlauf", "Trittweg", "Wintersteig"]

STORES = {
    "DE": ["Kempten", "München", "Berlin", "Hamburg", "Freiburg", "Köln", "Leipzig", "Stuttgart"],
    "AT": ["Innsbruck", "Wien", "Salzburg", "Graz"],
    "CH": ["Zürich", "Bern", "Luzern", "Chur"],
    "GB": ["Manchester", "Leeds", "Keswick", "Bristol", "Edinburgh", "London"],
    "US": ["Portland", "Denver", "Boulder", "Seattle"],
    "IE": ["Dublin", "Galway", "Cork"],
    "FR": ["Lyon", "Chamonix"],
    "NL": ["Amsterdam", "Utrecht"],
    "IT": ["Bolzano", "Milano"],
}

# companies without any person's name part (checked against the people of a text)
COMPANIES = {
    "en": {
        "facility": ["Ridgeway Facilities", "Keystone Lift Services", "Lakeside Electrical", "Granite Plumbing & Heating",
                     "Copperleaf HVAC Inc.", "Tamarack Building Services", "Harbour Lane Cleaning"],
        "security": ["Summit Security Group", "Crossline Alarm Monitoring", "Pennine Fire & Safety", "Northgate Guarding Ltd"],
        "legal": ["Ashgrove Legal LLP", "Meridian Debt Recovery", "Bramblecourt Solicitors", "Crestline Collections"],
        "training": ["Pennine Fire & Safety", "Firstline Training Ltd", "Heartstart Skills", "Liftwise Academy"],
        "courier": ["Northfield Couriers Ltd", "Swiftpost Logistics", "Parcelway Express"],
        "print": ["Cloudberry Print Co.", "Inkwell Labels Ltd"],
    },
    "de": {
        "facility": ["Allgäuer Haustechnik GmbH", "Rheintal Elektro AG", "Aufzugsdienst Mitte GmbH", "Gebäudereinigung Lechtal",
                     "Heizungsbau Iller GmbH", "Kältetechnik Donau GmbH", "Sanitär Bodensee GmbH"],
        "security": ["Alpin Sicherheitsdienst GmbH", "Wachdienst Isar GmbH", "Schliesstechnik Limmat AG", "Brandschutz Süd GmbH"],
        "legal": ["Kanzlei am Marktplatz", "Inkasso Nordstern GmbH", "Rechtsanwälte Lechufer", "Forderungsmanagement Alpenland GmbH"],
        "training": ["Brandschutz Süd GmbH", "Ersthelfer-Akademie Allgäu", "Staplerschule Ostallgäu", "Sicherheitstraining Inn GmbH"],
        "courier": ["Kurierdienst Wertach", "Paketlogistik Südwest GmbH", "Alpenkurier KG"],
        "print": ["Druckerei Wertach KG", "Etikettenwerk Iller GmbH"],
    },
}

COMMON_WORDS = ["and", "the", "for", "with", "from", "order", "store", "shop", "team", "jacket", "boot",
                "und", "der", "die", "das", "mit", "für", "laden", "team", "jacke", "schuh", "hallo",
                "name", "mail", "tag", "herr", "frau", "grat", "berg", "wald", "kar", "see"]


# ---------------------------------------------------------------------------
# the name bank
# ---------------------------------------------------------------------------

def _split(s):
    return [x.strip() for x in s.split(",") if x.strip()]


class NameBank:
    def __init__(self):
        self.origins = list(N.ORIGINS.keys())
        self.male = {}
        self.female = {}
        self.sur_m = {}
        self.sur_f = {}
        for o, d in N.ORIGINS.items():
            self.male[o] = list(dict.fromkeys(_split(d["m"])))
            self.female[o] = list(dict.fromkeys(_split(d["f"])))
            sm, sf = [], []
            for item in _split(d["s"]):
                if "/" in item:
                    a, b = item.split("/")
                    sm.append(a)
                    sf.append(b)
                else:
                    sm.append(item)
                    sf.append(item)
            self.sur_m[o] = sm
            self.sur_f[o] = sf
        self.ord_en = list(dict.fromkeys(_split(N.ORDINARY_EN)))
        self.ord_de = list(dict.fromkeys(_split(N.ORDINARY_DE)))
        parts = []
        for o in self.origins:
            for lst in (self.male[o], self.female[o], self.sur_m[o], self.sur_f[o]):
                for name in lst:
                    parts.extend(name_parts(name))
        for name in self.ord_en + self.ord_de:
            parts.extend(name_parts(name))
        self.list_keys = dict.fromkeys(key(p) for p in parts)
        self.given_all = list(dict.fromkeys([n for o in self.origins for n in self.male[o] + self.female[o]]))
        self.sur_all = list(dict.fromkeys([n for o in self.origins for n in self.sur_m[o]] + self.ord_en + self.ord_de))
        self.common = dict.fromkeys(COMMON_WORDS + [key(p) for p in PRODUCT_SHORT])

    def in_lists(self, part):
        return key(part) in self.list_keys


def name_parts(value):
    """Parts of a name for the checks: split at spaces, hyphens and commas; particles dropped."""
    out = []
    for tok in re.split(r"[\s,\-]+", value):
        tok = tok.strip(".")
        if not tok:
            continue
        if tok.lower() in N.PARTICLES:
            continue
        if len(tok) <= 1:
            continue
        out.append(tok)
    return out


BANK = NameBank()


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

class Person:
    def __init__(self, g, given, surname, gender, origin, country, invented, staff=False):
        self.g = g
        self.given_name = given
        self.surname = surname
        self.gender = gender
        self.origin = origin
        self.country = country
        self.invented = invented
        self.staff = staff
        self.doctor = g.rng.random() < 0.04
        self.idx = len(g.people)
        self._cache = {}

    # -- name forms -------------------------------------------------------
    def _s(self, v):
        return Span("PERSON", v, self.invented, self.idx)

    def full(self):
        return self._s(self.given_name + " " + self.surname)

    def sur(self):
        return self._s(self.surname)

    def given(self):
        return self._s(self.given_name)

    def lf(self):
        return self._s(self.surname + ", " + self.given_name)

    def LF(self):
        return self._s(self.surname.upper() + ", " + self.given_name)

    def ini(self):
        return self._s(self.given_name[0] + ". " + self.surname)

    def gi(self):
        last = self.surname.split(" ")[-1]
        initial = last[0].upper()
        if last.startswith("O'") or last.startswith("D'"):
            initial = last[0]
        return self._s(self.given_name + " " + initial + ".")

    def caps(self):
        return self._s((self.given_name + " " + self.surname).upper())

    def capsur(self):
        return self._s(self.surname.upper())

    def low(self):
        return self._s(lower(self.given_name))

    def lowfull(self):
        return self._s(lower(self.given_name + " " + self.surname))

    def name(self):
        """A full name or an honorific with the surname (the honorific is plain text)."""
        if self.g.rng.random() < 0.6:
            return self.full()
        return [self.hon(), " ", self.sur()]

    def anyform(self):
        r = self.g.rng.random()
        if r < 0.55:
            return self.full()
        if r < 0.7:
            return self.ini()
        if r < 0.82:
            return [self.hon(), " ", self.sur()]
        if r < 0.9:
            return self.lf()
        return self.gi()

    # -- honorifics ---------------------------------------------------------
    def hon(self):
        g = self.g
        if g.lang == "de":
            h = "Herr" if self.gender == "m" else "Frau"
            if self.doctor:
                h += " Dr."
            return h
        if self.doctor:
            return "Dr." if g.country == "US" else g.rng.choice(["Dr", "Dr."])
        if "hon" not in self._cache:
            dot = "." if g.country == "US" or g.rng.random() < 0.25 else ""
            if self.gender == "m":
                h = "Mr"
            else:
                h = g.rng.choice(["Ms", "Ms", "Mrs"])
            self._cache["hon"] = h + dot
        return self._cache["hon"]

    def herrn(self):
        if self.g.lang == "de":
            return ("Herrn" if self.gender == "m" else "Frau") + (" Dr." if self.doctor else "")
        return self.hon()

    def dear(self):
        g = self.g
        if g.lang == "de":
            if self.gender == "m":
                return "Sehr geehrter " + self.hon()
            return "Sehr geehrte " + self.hon()
        return "Dear " + self.hon()

    def er(self):  # German pronoun helpers
        return "er" if self.gender == "m" else "sie"

    def ihr(self):
        return "sein" if self.gender == "m" else "ihr"

    def he(self):
        return "he" if self.gender == "m" else "she"

    def his(self):
        return "his" if self.gender == "m" else "her"

    def him(self):
        return "him" if self.gender == "m" else "her"

    # -- contact values -----------------------------------------------------
    def _local(self):
        rng = self.g.rng
        gn = fold(self.given_name, umlaut=True).lower().replace(" ", "").replace("'", "")
        sn = fold(self.surname, umlaut=True).lower().replace(" ", "").replace("'", "")
        gn = re.sub(r"[^a-z\-]", "", gn)
        sn = re.sub(r"[^a-z\-]", "", sn)
        pat = rng.choice(["g.s", "g.s", "gs", "g_s", "i.s", "is", "s.g", "g.s.n", "gn", "s.i", "g-s"])
        num = str(rng.choice([rng.randint(1, 99), rng.randint(1960, 2005)]))
        table = {"g.s": gn + "." + sn, "gs": gn + sn, "g_s": gn + "_" + sn, "i.s": gn[0] + "." + sn,
                 "is": gn[0] + sn, "s.g": sn + "." + gn, "g.s.n": gn + "." + sn + num, "gn": gn + num,
                 "s.i": sn + "." + gn[0], "g-s": gn + "-" + sn}
        return table[pat]

    def email(self):
        if "email" not in self._cache:
            rng = self.g.rng
            if self.staff:
                dom = "talgrat.de" if self.g.lang == "de" else rng.choice(["talgrat.com", "talgrat.com", "talgrat.de"])
                gn = re.sub(r"[^a-z\-]", "", fold(self.given_name, umlaut=True).lower().replace(" ", "-"))
                sn = re.sub(r"[^a-z\-]", "", fold(self.surname, umlaut=True).lower().replace(" ", ""))
                local = rng.choice([gn + "." + sn, gn + "." + sn, gn[0] + "." + sn, gn])
            else:
                dom = rng.choice(DOMAINS[self.country])
                local = self._local()
            self._cache["email"] = local + "@" + dom
        return Span("EMAIL", self._cache["email"])

    def email2(self):
        """A second, different private address."""
        if "email2" not in self._cache:
            rng = self.g.rng
            for _ in range(20):
                local = self._local()
                dom = rng.choice(DOMAINS[self.country] + DOMAINS["US"])
                v = local + "@" + dom
                if v != self._cache.get("email"):
                    break
            self._cache["email2"] = v
        return Span("EMAIL", self._cache["email2"])

    def mobile(self):
        if "mobile" not in self._cache:
            self._cache["mobile"] = self.g.phone_value(self.country, mobile=True, town=self._town_row())
        return Span("PHONE", self._cache["mobile"])

    def landline(self):
        if "landline" not in self._cache:
            self._cache["landline"] = self.g.phone_value(self.country, mobile=False, town=self._town_row())
        return Span("PHONE", self._cache["landline"])

    def phone(self):
        if "phone_kind" not in self._cache:
            self._cache["phone_kind"] = "m" if self.g.rng.random() < 0.72 else "l"
        return self.mobile() if self._cache["phone_kind"] == "m" else self.landline()

    def e164(self):
        if "e164" not in self._cache:
            self._cache["e164"] = self.g.phone_value(self.country, mobile=True, town=self._town_row(), e164=True)
        return Span("PHONE", self._cache["e164"])

    def _town_row(self):
        if "town" not in self._cache:
            self._cache["town"] = self.g.rng.choice(TOWNS[self.country])
        return self._cache["town"]

    def _addr(self):
        if "addr" not in self._cache:
            self._cache["addr"] = self.g.address_parts(self.country, self._town_row())
        return self._cache["addr"]

    def addr1(self):
        a = self._addr()
        return Span("STREET_ADDRESS", a["street"] + a["sep1"] + a["town"])

    def addr2(self):
        a = self._addr()
        return Span("STREET_ADDRESS", a["street"] + "\n" + a["town"])

    def addr(self):
        return self.addr1() if self.g.rng.random() < 0.65 else self.addr2()

    def street(self):
        return Span("STREET_ADDRESS", self._addr()["street"])

    def town(self):
        return self._addr()["town"]

    def postcode(self):
        return self._addr()["postcode"]

    def city(self):
        return self._addr()["city"]

    def countryname(self):
        return self.g.country_name(self.country)

    def iban(self):
        if "iban" not in self._cache:
            c = self.country if self.country in IBAN_COUNTRIES else "DE"
            self._cache["iban"] = self.g.iban_value(c)
        return Span("IBAN", self._cache["iban"])

    def card(self):
        if "card" not in self._cache:
            self._cache["card"] = self.g.card_value()
        return Span("CREDIT_CARD", self._cache["card"])

    def taxid(self):
        if "taxid" not in self._cache:
            self._cache["taxid"] = self.g.taxid_value()
        return Span("DE_TAX_ID", self._cache["taxid"])

    def last4(self):
        d = re.sub(r"\D", "", self._cache.get("card") or self.g.card_value())
        return d[-4:]


# ---------------------------------------------------------------------------
# the text context
# ---------------------------------------------------------------------------

COUNTRY_NAMES = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Vereinigtes Königreich",
           "US": "USA", "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}


class G:
    """Everything one rendering needs: the random stream, language, country, people."""

    def __init__(self, rng, lang, country, prose, stats):
        self.rng = rng
        self.lang = lang
        self.country = country
        self.prose = prose
        self.swiss = lang == "de" and country == "CH"
        self.people = []
        self.used = []
        self.stats = stats

    # -- randomness helpers --------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def n(self, a, b):
        return self.rng.randint(a, b)

    def sample(self, seq, k):
        return self.rng.sample(seq, k)

    # -- rendering -----------------------------------------------------------
    def r(self, tpl, **slots):
        s = expand(self.rng, tpl)
        return substitute(s, slots, self.swiss)

    BL = "\x02"  # an intentional blank line in lines()

    def lines(self, *items):
        """Join items with line breaks; an item that renders empty is dropped, BL stays as a blank line."""
        out = []
        first = True
        for it in items:
            if it is None:
                continue
            if it == self.BL:
                it = ""
            elif not any(isinstance(x, Span) or x for x in flatten(it)):
                continue
            if not first:
                out.append("\n")
            if self.swiss and isinstance(it, str):
                it = it.replace("ß", "ss")
            out.append(it)
            first = False
        return out

    def t(self, s):
        """Plain template text without slots."""
        s = expand(self.rng, s)
        return s.replace("ß", "ss") if self.swiss else s

    # -- people ----------------------------------------------------------------
    def _weights(self, country):
        w = dict(N.WEIGHTS[self.lang])
        for o, f in N.COUNTRY_BOOST.get(country, {}).items():
            w[o] = w[o] * f
        return w

    def _origin(self, country):
        w = self._weights(country)
        origins = list(w.keys())
        weights = [w[o] for o in origins]
        return self.rng.choices(origins, weights)[0]

    def person_country(self):
        if self.rng.random() < 0.85:
            return self.country
        if self.lang == "de":
            return self.rng.choice(["DE", "DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT"])
        return self.rng.choice(["GB", "US", "IE", "DE", "AT", "CH", "FR", "NL", "IT"])

    def _free(self, parts):
        ks = [key(p) for p in parts]
        for k in ks:
            if k in self.used:
                return False
        return True

    def _invent(self, kind, gender):
        rng = self.rng
        for _ in range(200):
            syl = rng.choice(N.INV_ONSET) + rng.choice(N.INV_VOWEL)
            if rng.random() < 0.6:
                syl += rng.choice(N.INV_MID) + rng.choice(N.INV_VOWEL)
            if kind == "g":
                end = rng.choice(N.INV_GIVEN_END_F if gender == "f" else N.INV_GIVEN_END_M)
            else:
                end = rng.choice(N.INV_SUR_END)
            w = syl
            if w[-1] in "aeiouy" and end[0] in "aeiouy":
                w = w[:-1]
            w = (w + end).capitalize()
            if len(w) < 4 or len(w) > 13:
                continue
            if re.search(r"(.)\1\1", w):
                continue
            k = key(w)
            if k in BANK.list_keys or k in BANK.common:
                continue
            if self.lang == "de" and self.country == "CH":
                w = w.replace("ß", "ss")
            return w
        raise AssertionError("no invented name")

    def person(self, cue=True, country=None, gender=None, staff=False, origin=None, invent=None):
        rng = self.rng
        country = country or self.person_country()
        for _ in range(500):
            o = origin or self._origin(country)
            gd = gender or rng.choice(["m", "f"])
            given = rng.choice(BANK.male[o] if gd == "m" else BANK.female[o])
            idx = rng.randrange(len(BANK.sur_m[o]))
            sur = (BANK.sur_m[o] if gd == "m" else BANK.sur_f[o])[idx]
            if o in N.ORDINARY_ORIGINS[self.lang] and rng.random() < (0.135 if self.lang == "en" else 0.105):
                sur = rng.choice(BANK.ord_en if self.lang == "en" else BANK.ord_de)
            elif o in N.HYPHEN_ORIGINS and rng.random() < 0.12 and " " not in sur:
                other = rng.choice(BANK.sur_m[o])
                if other != sur and " " not in other:
                    sur = sur + "-" + other
            if o in N.DOUBLE_GIVEN and rng.random() < 0.06:
                lst = BANK.male[o] if gd == "m" else BANK.female[o]
                second = rng.choice(lst)
                if second != given and "-" not in given and " " not in given:
                    given = given + N.DOUBLE_GIVEN[o] + second
            if o == "spanish" and rng.random() < 0.2:
                second = rng.choice(BANK.sur_m[o])
                if second != sur and " " not in second:
                    sur = sur + " " + second
            if o in N.FOLDABLE and rng.random() < 0.3:
                given, sur = fold(given), fold(sur)
            invented = False
            inv_p = 0.11 if invent is None else (1.0 if invent else 0.0)
            if cue and rng.random() < inv_p:
                what = rng.choice(["g", "s", "s", "gs"])
                if "g" in what:
                    given = self._invent("g", gd)
                if "s" in what:
                    sur = self._invent("s", gd)
                invented = True
            if self.swiss or country == "CH":
                given = given.replace("ß", "ss")
                sur = sur.replace("ß", "ss")
            parts = name_parts(given) + name_parts(sur)
            if not self._free(parts):
                continue
            if key(given) == key(sur):
                continue
            p = Person(self, given, sur, gd, o, country, invented, staff)
            self.used.extend(key(x) for x in parts)
            p.cue = cue
            p.hyphen = "-" in sur and o in N.HYPHEN_ORIGINS
            p.double_given = " " in given or ("-" in given and o not in ("korean", "chinese"))
            p.ordinary = sur in BANK.ord_en or sur in BANK.ord_de
            p.particle = any(t.lower() in N.PARTICLES for t in sur.split(" ")) or sur.startswith(("O'", "Mc", "Mac ", "D'"))
            self.people.append(p)
            return p
        raise AssertionError("no person")

    def staff(self, cue=True):
        return self.person(cue=cue, country=self.country, staff=True)

    # -- places ------------------------------------------------------------------
    def country_name(self, c):
        return COUNTRY_NAMES[self.lang][c]

    def store(self, country=None):
        return self.rng.choice(STORES[country or self.country])

    def address_parts(self, c, row):
        rng = self.rng
        st = rng.choice(STREETS[c])
        num = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 180)]))
        sep1 = ", "
        if c == "DE":
            if rng.random() < 0.15:
                num += rng.choice("abc")
            if st.endswith("straße") and rng.random() < 0.2:
                st = st[:-6] + "str."
            street = st + " " + num
            pc, city = row[0], row[1]
            town = ("D-" if rng.random() < 0.12 else "") + pc + " " + city
        elif c == "AT":
            if row[1] == "Wien" and rng.random() < 0.6:
                num += "/" + str(rng.randint(1, 9)) + ("/" + str(rng.randint(1, 24)) if rng.random() < 0.6 else "")
            elif rng.random() < 0.25:
                num += "/" + str(rng.randint(1, 12))
            street = st + " " + num
            pc, city = row[0], row[1]
            town = ("A-" if rng.random() < 0.2 else "") + pc + " " + city
        elif c == "CH":
            street = st + " " + num if not st.startswith(("Rue", "Chemin", "Via")) else (
                st + " " + num if st.startswith("Via") else num + " " + st if rng.random() < 0.3 else st + " " + num)
            pc, city = row[0], row[1]
            town = ("CH-" if rng.random() < 0.2 else "") + pc + " " + city
        elif c == "GB":
            street = num + " " + st
            if rng.random() < 0.25:
                street = rng.choice(["Flat " + str(rng.randint(1, 9)), "Flat " + str(rng.randint(1, 6)) + rng.choice("ABC"),
                                     "Apartment " + str(rng.randint(1, 30))]) + ", " + street
            inward = str(rng.randint(1, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
            pc = row[0] + " " + inward
            city = row[1]
            town = city + rng.choice([" ", ", "]) + pc
        elif c == "US":
            street = str(rng.randint(100, 9899)) + " " + st
            if rng.random() < 0.35:
                street += ", " + rng.choice(["Apt " + str(rng.randint(1, 30)) + rng.choice(["", "A", "B", "C"]),
                                             "Suite " + str(rng.randint(100, 450)), "#" + str(rng.randint(2, 40))])
            city = row[0]
            pc = row[2]
            town = row[0] + ", " + row[1] + " " + row[2]
        elif c == "IE":
            street = num + " " + st
            if rng.random() < 0.2:
                street = "Apartment " + str(rng.randint(1, 40)) + ", " + street
            chars = "ACDEFHKNPRTVWXY0123456789"
            uid = "".join(rng.choice(chars) for _ in range(4))
            if not any(ch.isalpha() for ch in uid):
                uid = "K" + uid[1:]
            pc = row[1] + " " + uid
            city = row[0]
            if city.startswith("Dublin"):
                town = city + ", " + pc if rng.random() < 0.5 else city + " " + pc
            else:
                town = city + ", Co. " + row[3] + ", " + pc if rng.random() < 0.5 else city + " " + pc
        elif c == "FR":
            if rng.random() < 0.15:
                num += rng.choice([" bis", " ter"])
            street = num + " " + st
            pc, city = row[0], row[1]
            town = pc + " " + city
        elif c == "NL":
            if rng.random() < 0.25:
                num += rng.choice(["-hs", "-1", " II", "A", "-III"])
            street = st + " " + num
            pc = row[0] + " " + rng.choice("ABCDEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
            city = row[1].upper() if rng.random() < 0.2 else row[1]
            town = pc + " " + city
        elif c == "IT":
            street = st + " " + num + (rng.choice(["/A", "/B"]) if rng.random() < 0.1 else "")
            pc, city = row[0], row[1]
            town = pc + " " + city + (" (" + row[2] + ")" if rng.random() < 0.5 else " " + row[2])
        else:
            raise AssertionError(c)
        return {"street": street, "town": town, "sep1": sep1, "postcode": pc, "city": city}

    def addr_span(self, c=None, form="1"):
        """An address of nobody drawn (an old address, a site); the same forms as a person's."""
        c = c or self.country
        a = self.address_parts(c, self.rng.choice(TOWNS[c]))
        if form == "street":
            return Span("STREET_ADDRESS", a["street"])
        if form == "2":
            return Span("STREET_ADDRESS", a["street"] + "\n" + a["town"])
        return Span("STREET_ADDRESS", a["street"] + a["sep1"] + a["town"])

    def iban(self, c=None):
        c = c or (self.country if self.country in IBAN_COUNTRIES else "DE")
        return Span("IBAN", self.iban_value(c))

    # -- phones ----------------------------------------------------------------
    def _digits(self, n, first_nonzero=False):
        rng = self.rng
        d = "".join(str(rng.randint(0, 9)) for _ in range(n))
        if first_nonzero and d[0] == "0":
            d = str(rng.randint(2, 9)) + d[1:]
        return d

    def phone_value(self, c, mobile=True, town=None, e164=False):
        rng = self.rng
        D = self._digits
        if c == "DE":
            if mobile:
                pre = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
                sub = D(rng.choice([7, 8]), True)
            else:
                pre = (town[2] if town else "030")[1:]
                sub = D(8 - len(pre) + 3, True)
            if e164:
                return "+49" + pre + sub
            return rng.choice([
                "0" + pre + " " + sub, "0" + pre + "/" + sub, "0" + pre + "-" + sub, "+49 " + pre + " " + sub,
                "+49 (0)" + pre + " " + sub, "0049 " + pre + " " + sub,
                ("(0" + pre + ") " + sub) if not mobile else ("0" + pre + " " + sub[:3] + " " + sub[3:])])
        if c == "AT":
            if mobile:
                pre = rng.choice(["650", "660", "664", "676", "680", "699", "681"])
                sub = D(7, True)
            else:
                pre = (town[2] if town else "01")[1:]
                sub = D(7 if len(pre) <= 2 else 6, True)
            if e164:
                return "+43" + pre + sub
            return rng.choice(["0" + pre + " " + sub, "0" + pre + "/" + sub, "+43 " + pre + " " + sub,
                               "0043 " + pre + " " + sub, "+43 (0)" + pre + " " + sub,
                               "0" + pre + " " + sub[:3] + " " + sub[3:5] + " " + sub[5:]])
        if c == "CH":
            pre = rng.choice(["76", "77", "78", "79"]) if mobile else (town[2] if town else "044")[1:]
            sub = D(7, True)
            s = sub[:3] + " " + sub[3:5] + " " + sub[5:]
            if e164:
                return "+41" + pre + sub
            return rng.choice(["0" + pre + " " + s, "+41 " + pre + " " + s, "+41 (0)" + pre + " " + s,
                               "0041 " + pre + " " + s, "0" + pre + " " + sub])
        if c == "GB":
            if mobile:
                pre = "7" + rng.choice(["4", "5", "7", "8", "9"]) + D(2)
                sub = D(6, True)
                if e164:
                    return "+44" + pre + sub
                return rng.choice(["0" + pre + " " + sub, "+44 " + pre + " " + sub, "+44 (0)" + pre + " " + sub,
                                   "0" + pre + " " + sub[:3] + " " + sub[3:]])
            area = (town[2] if town else "020")
            if area == "020":
                sub = rng.choice(["7", "3", "8"]) + D(7)
                s = sub[:4] + " " + sub[4:]
            elif len(area) == 3:  # 029
                sub = D(8, True)
                s = sub[:4] + " " + sub[4:]
            elif len(area) == 4:
                sub = D(7, True)
                s = sub[:3] + " " + sub[3:]
            else:
                sub = D(10 - len(area) + 1, True)
                s = sub
            if e164:
                return "+44" + area[1:] + sub
            return rng.choice([area + " " + s, "(" + area + ") " + s, "+44 " + area[1:] + " " + s,
                               "+44 (0)" + area[1:] + " " + s])
        if c == "US":
            area = town[3] if town else rng.choice(["503", "303", "206", "312"])
            if mobile and rng.random() < 0.3:
                area = rng.choice(["503", "971", "206", "425", "720", "303", "312", "773", "617", "512", "801", "612"])
            ex = str(rng.randint(2, 9)) + D(2)
            if ex[1:] == "11":
                ex = ex[0] + "21"
            line = D(4)
            if e164:
                return "+1" + area + ex + line
            return rng.choice(["(" + area + ") " + ex + "-" + line, area + "-" + ex + "-" + line,
                               area + "." + ex + "." + line, "+1 " + area + " " + ex + " " + line,
                               "+1-" + area + "-" + ex + "-" + line, "1-" + area + "-" + ex + "-" + line,
                               "+1 (" + area + ") " + ex + "-" + line])
        if c == "IE":
            if mobile:
                pre = rng.choice(["83", "85", "86", "87", "89"])
                sub = D(7, True)
                if e164:
                    return "+353" + pre + sub
                return rng.choice(["0" + pre + " " + sub[:3] + " " + sub[3:], "+353 " + pre + " " + sub[:3] + " " + sub[3:],
                                   "00353 " + pre + " " + sub, "0" + pre + "-" + sub])
            area = town[2] if town else "01"
            sub = D(7, True)
            if e164:
                return "+353" + area[1:] + sub
            return rng.choice(["(" + area + ") " + sub[:3] + " " + sub[3:], area + " " + sub[:3] + " " + sub[3:],
                               "+353 " + area[1:] + " " + sub[:3] + " " + sub[3:]])
        if c == "FR":
            pre = rng.choice(["6", "7"]) if mobile else (town[2] if town else "01")[1:]
            sub = D(8)
            pairs = " ".join(sub[i:i + 2] for i in range(0, 8, 2))
            if e164:
                return "+33" + pre + sub
            return rng.choice(["0" + pre + " " + pairs, "+33 " + pre + " " + pairs, "+33 (0)" + pre + " " + pairs,
                               "0" + pre + "." + pairs.replace(" ", ".")])
        if c == "NL":
            if mobile:
                sub = D(8, True)
                if e164:
                    return "+316" + sub
                return rng.choice(["06-" + sub, "06 " + sub[:4] + " " + sub[4:], "+31 6 " + sub,
                                   "+31 (0)6 " + sub[:4] + " " + sub[4:]])
            area = town[2] if town else "020"
            sub = D(7, True)
            if e164:
                return "+31" + area[1:] + sub
            return rng.choice([area + " " + sub[:3] + " " + sub[3:], "+31 " + area[1:] + " " + sub[:3] + " " + sub[3:],
                               area + "-" + sub])
        if c == "IT":
            if mobile:
                pre = rng.choice(["320", "328", "333", "338", "340", "347", "349", "366", "380", "393"])
                sub = D(7)
                if e164:
                    return "+39" + pre + sub
                return rng.choice([pre + " " + sub[:3] + " " + sub[3:], "+39 " + pre + " " + sub[:3] + " " + sub[3:],
                                   "+39 " + pre + " " + sub, "0039 " + pre + " " + sub])
            area = town[3] if town else "02"
            sub = D(8 - len(area) + 2)
            if e164:
                return "+39" + area + sub
            return rng.choice([area + " " + sub[:4] + " " + sub[4:], "+39 " + area + " " + sub[:4] + " " + sub[4:]])
        raise AssertionError(c)

    def phone(self, c=None, mobile=None):
        c = c or self.country
        if mobile is None:
            mobile = self.rng.random() < 0.6
        return Span("PHONE", self.phone_value(c, mobile, self.rng.choice(TOWNS[c])))

    def store_phone(self):
        return self.phone(self.country, mobile=False)

    # -- money values -------------------------------------------------------------
    def iban_value(self, c):
        rng = self.rng
        D = self._digits
        L = rng.choice
        if c == "DE":
            bban = D(8, True) + D(10)
        elif c == "AT":
            bban = D(5, True) + D(11)
        elif c == "CH":
            bban = D(5) + D(12)
        elif c == "GB":
            bban = L(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG", "MONZ"]) + D(6) + D(8)
        elif c == "IE":
            bban = L(["AIBK", "BOFI", "IPBS", "ULSB", "REVO"]) + D(6) + D(8)
        elif c == "FR":
            bank, guichet, acct = D(5), D(5), D(11)
            key_ = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97)
            bban = bank + guichet + acct + "%02d" % key_
        elif c == "NL":
            bban = L(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB"]) + D(10)
        elif c == "IT":
            bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + D(5) + D(5) + D(12)
        else:
            raise AssertionError(c)
        chk = 98 - iban_mod(c + "00" + bban)
        iban = c + "%02d" % chk + bban
        assert iban_ok(iban) and len(iban) == IBAN_LEN[c]
        if rng.random() < 0.62:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def card_value(self):
        rng = self.rng
        kind = rng.choices(["visa", "mc", "mc2", "amex", "disc"], [45, 25, 8, 14, 8])[0]
        if kind == "visa":
            body, L = "4" + self._digits(rng.choice([5, 5, 5])), 16
        elif kind == "mc":
            body, L = str(rng.randint(51, 55)) + self._digits(4), 16
        elif kind == "mc2":
            body, L = str(rng.randint(2221, 2720)) + self._digits(2), 16
        elif kind == "amex":
            body, L = rng.choice(["34", "37"]) + self._digits(4), 15
        else:
            body, L = rng.choice(["6011" + self._digits(2), "65" + self._digits(4), str(rng.randint(644, 649)) + self._digits(3)]), 16
        body = body + self._digits(L - 1 - len(body))
        d = body + luhn_digit(body)
        assert card_ok(d)
        style = rng.choice(["space", "space", "dash", "compact"])
        if L == 15:
            groups = [d[:4], d[4:10], d[10:]]
        else:
            groups = [d[i:i + 4] for i in range(0, 16, 4)]
        if style == "space":
            return " ".join(groups)
        if style == "dash":
            return "-".join(groups)
        return d

    def taxid_value(self):
        rng = self.rng
        while True:
            c = 2 if rng.random() < 0.7 else 3
            pool = list("0123456789")
            rng.shuffle(pool)
            d = pool[0]
            digits = [d] * c + pool[1:1 + 10 - c]
            rng.shuffle(digits)
            s = "".join(digits)
            if s[0] == "0" or d * 3 in s:
                continue
            full = s + str(taxid_check_digit(s))
            if not taxid_ok(full):
                continue
            if rng.random() < 0.35:
                return full[:2] + " " + full[2:5] + " " + full[5:8] + " " + full[8:]
            return full

    # -- IP addresses ---------------------------------------------------------------
    def ip4_value(self, kind=None):
        rng = self.rng
        kind = kind or rng.choices(["pub", "doc", "priv"], [55, 20, 25])[0]
        if kind == "pub":
            first = rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 84, 85, 87, 88, 89, 91, 92, 93, 94, 95, 109,
                                141, 145, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 50, 64, 66, 67,
                                68, 71, 73, 76, 98, 99, 104, 107, 108, 173, 174])
            return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if kind == "doc":
            return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
        r = rng.random()
        if r < 0.4:
            return "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254))
        if r < 0.7:
            return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))

    def ip6_value(self, kind=None):
        rng = self.rng
        kind = kind or rng.choices(["glob", "doc", "ula", "ll"], [50, 25, 15, 10])[0]
        h = lambda: "%x" % rng.randint(0, 0xffff)
        if kind == "glob":
            pre = rng.choice(["2a02:8070", "2003:e5", "2a01:4f8", "2600:1700", "2a00:23c4", "2a02:1210",
                              "2001:871", "2a01:598", "2605:a601", "2a00:1630"])
            groups = pre.split(":") + [h() for _ in range(8 - len(pre.split(":")))]
            if rng.random() < 0.5:
                groups[4] = "0"
                groups[5] = "0"
        elif kind == "doc":
            groups = ["2001", "db8"] + [h() for _ in range(6)]
            groups[2] = "%x" % rng.randint(0, 0xff)
            if rng.random() < 0.6:
                groups[3:6] = ["0", "0", "0"]
        elif kind == "ula":
            groups = ["fd%02x" % rng.randint(0, 255)] + [h() for _ in range(7)]
            if rng.random() < 0.5:
                groups[4:7] = ["0", "0", "0"]
        else:
            groups = ["fe80", "0", "0", "0"] + [h() for _ in range(4)]
        a = ipaddress.IPv6Address(":".join(groups))
        return a.exploded if rng.random() < 0.12 else a.compressed

    def ip(self, v6=None, kind=None):
        if v6 is None:
            v6 = self.rng.random() < 0.2
        return Span("IP_ADDRESS", self.ip6_value(kind) if v6 else self.ip4_value(kind))

    def ip4(self, kind=None):
        return Span("IP_ADDRESS", self.ip4_value(kind))

    def ip6(self, kind=None):
        return Span("IP_ADDRESS", self.ip6_value(kind))

    def role_email(self, local=None):
        rng = self.rng
        dom = "talgrat.de" if self.lang == "de" else rng.choice(["talgrat.com", "talgrat.com", "talgrat.de"])
        local = local or rng.choice(["service", "kundenservice" if self.lang == "de" else "support", "hr",
                                     "facilities", "presse" if self.lang == "de" else "press", "payroll",
                                     "lohn" if self.lang == "de" else "shop", "noreply", "privacy",
                                     "datenschutz" if self.lang == "de" else "dpo", "filiale" if self.lang == "de" else "stores"])
        return Span("EMAIL", local + "@" + dom)

    def other_email(self, domain):
        return Span("EMAIL", domain)

    # -- look-alikes ------------------------------------------------------------------
    def safe_digits(self, n, first_nonzero=False):
        for _ in range(500):
            d = self._digits(n, first_nonzero)
            if not digits_hide_value(d):
                return d
        raise AssertionError

    def order_no(self):
        rng = self.rng
        return rng.choice(["TG-" + self.safe_digits(7, True), "#" + self.safe_digits(6, True),
                           "TG" + str(rng.randint(24, 25)) + "-" + self.safe_digits(6, True),
                           "W" + self.safe_digits(8, True), "A-" + self.safe_digits(6, True)])

    def ticket_no(self):
        rng = self.rng
        return rng.choice(["CS-" + self.safe_digits(6, True), "#" + self.safe_digits(5, True),
                           "INC" + self.safe_digits(7, True), "T-" + str(rng.randint(2024, 2025)) + "-" + self.safe_digits(5, True),
                           "FALL-" + self.safe_digits(5, True) if self.lang == "de" else "CASE-" + self.safe_digits(5, True)])

    def ref_phone_shaped(self):
        """A reference number shaped like a phone number (never labelled)."""
        rng = self.rng
        for _ in range(200):
            v = rng.choice([
                "0" + self.safe_digits(3, True) + " " + self.safe_digits(3) + " " + self.safe_digits(4),
                self.safe_digits(4, True) + "-" + self.safe_digits(3) + "-" + self.safe_digits(3),
                "(0" + self.safe_digits(2, True) + ") " + self.safe_digits(4) + " " + self.safe_digits(3),
                self.safe_digits(3, True) + " " + self.safe_digits(3) + " " + self.safe_digits(3),
            ])
            if not digits_hide_value(re.sub(r"\D", "", v)):
                return v
        raise AssertionError

    def parcel_no(self):
        rng = self.rng
        for _ in range(200):
            v = rng.choice([
                "JJD" + self.safe_digits(15, True), "00340434" + self.safe_digits(12),
                "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16)),
                rng.choice(["RR", "RX", "LX", "CX"]) + self.safe_digits(9) + "GB",
                self.safe_digits(4, True) + " " + self.safe_digits(4) + " " + self.safe_digits(4),
                self.safe_digits(12, True),
            ])
            if not digits_hide_value(re.sub(r"\D", "", v)):
                return v
        raise AssertionError

    def gtin(self, prefix=None):
        rng = self.rng
        for _ in range(500):
            p = prefix or rng.choice(["400", "401", "402", "404", "426", "428", "900", "901", "760", "761", "500", "501"])
            body = p + self._digits(12 - len(p))
            d = body + gtin_check(body)
            if not digits_hide_value(d):
                return d
        raise AssertionError

    def size_for(self, p):
        kind = p[6]
        rng = self.rng
        if kind == "shoe":
            if self.lang == "en" and self.country in ("GB", "IE", "US") and rng.random() < 0.6:
                return rng.choice(["UK 6", "UK 7", "UK 8", "UK 9", "UK 10", "UK 11"]) if self.country != "US" else \
                    rng.choice(["US 8", "US 9", "US 10", "US 11"])
            return rng.choice(["39", "40", "41", "42", "43", "44", "45", "46"]) if self.lang == "en" else \
                rng.choice(["39", "40", "41", "42", "42,5", "43", "44", "45"])
        if kind == "socks":
            return rng.choice(["S", "M", "L"])
        if kind == "pack":
            return rng.choice(["S/M", "M/L"])
        return rng.choice(["XS", "S", "M", "L", "XL", "XXL"])

    def item(self):
        p = self.rng.choice(PRODUCTS)
        size = self.size_for(p)
        colour = self.rng.choice(p[5] if self.lang == "de" else p[4])
        sku = p[2] + "-" + size.replace("UK ", "UK").replace("US ", "US").replace(",", ".")
        return Item(p[1] if self.lang == "de" else p[0], colour, size, sku)

    def sku(self, p=None):
        p = p or self.rng.choice(PRODUCTS)
        kind = p[6]
        if kind == "shoe":
            return p[2] + "-" + self.rng.choice(["40", "41", "42", "43", "44", "45", "46"])
        if kind == "socks":
            return p[2] + "-" + self.rng.choice(["S", "M", "L"])
        if kind == "pack":
            return p[2] + "-" + self.rng.choice(["S/M", "M/L"])
        return p[2] + "-" + self.rng.choice(["XS", "S", "M", "L", "XL"])

    def product(self, kind=None):
        p = self.rng.choice([x for x in PRODUCTS if kind is None or x[6] == kind])
        return p[1] if self.lang == "de" else p[0]

    def product_short(self):
        return self.rng.choice(PRODUCT_SHORT)

    def product_de(self, case="acc"):
        """A German product name with its article in the given case."""
        p = self.rng.choice(PRODUCTS)
        return DE_ARTICLE[case][DE_GENDER[p[2]]] + " " + p[1]

    def jacket_short(self):
        """Short name of a jacket (feminine in German: die Kaltkar)."""
        return self.rng.choice(["Firstwand", "Gitterhang", "Kaltkar", "Schauerpass"])

    def product_full(self):
        return self.rng.choice(PRODUCTS)

    def colour(self):
        p = self.rng.choice(PRODUCTS)
        return self.rng.choice(p[5] if self.lang == "de" else p[4])

    def size(self):
        return self.rng.choice(["XS", "S", "M", "L", "XL", "XXL"])

    def shoe_size(self):
        return self.rng.choice(["38", "39", "40", "41", "42", "43", "44", "45", "46"]) if self.country not in ("GB", "US", "IE") else \
            self.rng.choice(["UK 6", "UK 7", "UK 8", "UK 9", "UK 10", "US 9", "US 10"])

    def price(self, lo=10, hi=400):
        rng = self.rng
        v = rng.randint(lo, hi)
        cents = rng.choice(["95", "90", "00", "50", "99"])
        if self.country == "CH":
            return "CHF " + str(v) + "." + cents if self.lang == "en" else "CHF " + str(v) + "." + cents
        if self.country == "GB" and rng.random() < 0.5:
            return "£" + str(v) + "." + cents
        if self.country == "US" and rng.random() < 0.6:
            return "$" + str(v) + "." + cents
        if self.lang == "de":
            return str(v) + "," + cents + " €"
        return "€" + str(v) + "." + cents

    def amount(self, lo=10, hi=900):
        return self.price(lo, hi)

    def date(self, year=None, fmt=None):
        rng = self.rng
        y = year or rng.choice([2024, 2025])
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        fmt = fmt or rng.choice(["num", "num", "long"])
        if self.lang == "de":
            if fmt == "num":
                return "%02d.%02d.%d" % (d, m, y)
            if fmt == "short":
                return "%d.%d." % (d, m)
            mon = MONTHS_DE[m - 1]
            if self.country == "AT" and m == 1:
                mon = "Jänner"
            return "%d. %s %d" % (d, mon, y)
        if fmt == "short":
            return "%d %s" % (d, MONTHS_EN_SHORT[m - 1])
        if self.country == "US":
            if fmt == "num":
                return "%d/%d/%d" % (m, d, y)
            return "%s %d, %d" % (MONTHS_EN[m - 1], d, y)
        if fmt == "num":
            return "%02d/%02d/%d" % (d, m, y)
        return "%d %s %d" % (d, MONTHS_EN[m - 1], y)

    def dates(self, n, fmt=None):
        """n dates of one year in order, in the text's format."""
        import datetime
        rng = self.rng
        y = rng.choice([2024, 2025])
        days = sorted(rng.sample(range(0, 330), n))
        out = []
        fmt = fmt or rng.choice(["num", "num", "long"])
        for d in days:
            dt = datetime.date(y, 1, 1) + datetime.timedelta(days=d)
            out.append(self._fmt_date(dt.year, dt.month, dt.day, fmt))
        return out

    def _fmt_date(self, y, m, d, fmt):
        if self.lang == "de":
            if fmt == "num":
                return "%02d.%02d.%d" % (d, m, y)
            if fmt == "short":
                return "%d.%d." % (d, m)
            mon = MONTHS_DE[m - 1]
            if self.country == "AT" and m == 1:
                mon = "Jänner"
            return "%d. %s %d" % (d, mon, y)
        if fmt == "short":
            return "%d %s" % (d, MONTHS_EN_SHORT[m - 1])
        if self.country == "US":
            if fmt == "num":
                return "%d/%d/%d" % (m, d, y)
            return "%s %d, %d" % (MONTHS_EN[m - 1], d, y)
        if fmt == "num":
            return "%02d/%02d/%d" % (d, m, y)
        return "%d %s %d" % (d, MONTHS_EN[m - 1], y)

    def expiry(self):
        return "%02d/%02d" % (self.rng.randint(1, 12), self.rng.randint(26, 30))

    def iso_date(self):
        rng = self.rng
        return "%d-%02d-%02d" % (rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))

    def iso_ts(self):
        rng = self.rng
        return "%sT%02d:%02d:%02dZ" % (self.iso_date(), rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59))

    def time(self):
        rng = self.rng
        h, m = rng.randint(7, 20), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        if self.lang == "en" and self.country == "US" and rng.random() < 0.6:
            return "%d:%02d %s" % (h if h <= 12 else h - 12, m, "am" if h < 12 else "pm")
        return "%02d:%02d" % (h, m)

    def dob(self):
        rng = self.rng
        y, m, d = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
        if self.lang == "de":
            return "%02d.%02d.%d" % (d, m, y)
        if self.country == "US":
            return "%02d/%02d/%d" % (m, d, y)
        return "%02d/%02d/%d" % (d, m, y)

    def weekday(self):
        return self.rng.choice(WEEKDAYS_DE if self.lang == "de" else WEEKDAYS_EN)

    def company(self, kind="facility"):
        return self.rng.choice(COMPANIES[self.lang][kind])

    def plate(self):
        rng = self.rng
        c = self.country
        L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
        if c == "DE":
            return rng.choice(["KE", "OA", "M", "B", "HH", "F", "S", "FR", "K", "L"]) + "-" + L(2) + " " + str(rng.randint(10, 9999))
        if c == "AT":
            return rng.choice(["W", "I", "S", "G", "L", "IL", "KB"]) + "-" + str(rng.randint(100, 99999)) + L(1)
        if c == "CH":
            return rng.choice(["ZH", "BE", "LU", "GR", "SG", "AG"]) + " " + str(rng.randint(10000, 999999))
        if c == "GB":
            return L(2) + str(rng.randint(10, 74)) + " " + L(3)
        if c == "US":
            return str(rng.randint(1, 9)) + L(3) + str(rng.randint(100, 999))
        if c == "IE":
            return str(rng.choice([191, 201, 222, 231, 241])) + "-" + rng.choice(["D", "G", "C", "MO", "KY"]) + "-" + str(rng.randint(100, 99999))
        return L(2) + "-" + str(rng.randint(100, 999)) + "-" + L(2)

    def ts(self):
        """Log time stamp."""
        return self.iso_date() + " " + "%02d:%02d:%02d" % (self.rng.randint(0, 23), self.rng.randint(0, 59), self.rng.randint(0, 59))

    def hhmm_seq(self, n, start=None):
        rng = self.rng
        t = start if start is not None else rng.randint(7 * 60, 17 * 60)
        out = []
        for _ in range(n):
            out.append("%02d:%02d" % (t // 60 % 24, t % 60))
            t += rng.randint(1, 25)
        return out

    def handle(self, p=None):
        rng = self.rng
        base = rng.choice(["trailfan", "bergziege", "hikerlife", "alpenblick", "gipfelglück", "peakbagger",
                           "wanderlust", "ridge_runner", "fellwalker", "talwaerts", "summit_sue", "kaltkar_kid"])
        return "@" + base + str(rng.randint(1, 99))


# ---------------------------------------------------------------------------
# self-checks
# ---------------------------------------------------------------------------

def mask_spans(text, spans):
    chars = list(text)
    for s, e, _t, _i in spans:
        for i in range(s, e):
            chars[i] = "\x00"
    return "".join(chars)


def check_text(text, spans, has_pii):
    """Return None or the reason why a rendering fails."""
    if "[[" in text or "]]" in text or "[?" in text or "?]" in text or _SLOT.search(text):
        return "template marks left"
    if text != text.strip():
        return "space at the ends"
    if len(text.split("\n")) > 15:
        return "more than 15 lines"
    if not text:
        return "empty"
    if has_pii and not spans:
        return "no span in a text with personal data"
    if not has_pii and spans:
        return "span in a text without personal data"
    last = 0
    for s, e, t, _i in spans:
        if s < last:
            return "overlap or unsorted"
        if s >= e:
            return "empty span"
        v = text[s:e]
        if v != v.strip():
            return "space at the end of a span"
        last = e
        if t == "IBAN" and not iban_ok(v):
            return "bad iban"
        if t == "CREDIT_CARD" and not card_ok(re.sub(r"[ \-]", "", v)):
            return "bad card"
        if t == "DE_TAX_ID" and not taxid_ok(v.replace(" ", "")):
            return "bad tax id"
        if t == "IP_ADDRESS" and not (ipv4_ok(v) or ipv6_ok(v)):
            return "bad ip"
        if t == "EMAIL" and not EMAIL_RX.fullmatch(v):
            return "bad email"
        if t == "PHONE" and len(re.sub(r"\D", "", v)) < 7:
            return "short phone"
        if t == "PERSON" and re.search(r"\d|@", v):
            return "digit in a name"
    # no two PERSON spans separated only by spaces or line breaks
    for a, b in zip(spans, spans[1:]):
        if a[2] == "PERSON" and b[2] == "PERSON":
            gap = text[a[1]:b[0]]
            if gap.strip(" \n") == "":
                return "adjacent person spans"
    masked = mask_spans(text, spans)
    why = scan_outside(masked)
    if why:
        return why
    # unlabelled copies of name parts
    parts = []
    for s, e, t, _i in spans:
        if t == "PERSON":
            parts.extend(name_parts(text[s:e]))
    if parts:
        m2 = EMAIL_RX.sub(lambda m: "\x00" * len(m.group(0)), masked)
        m2 = URL_RX.sub(lambda m: "\x00" * len(m.group(0)), m2)
        m2 = HANDLE_RX.sub(lambda m: "\x00" * len(m.group(0)), m2)
        low = m2.lower()
        flow = fold(m2).lower()
        for p in dict.fromkeys(parts):
            pl = p.lower()
            if re.search(r"(?<!\w)" + re.escape(pl) + r"(?!\w)", low):
                return "unlabelled name part: " + p
            fp = fold(p).lower()
            if re.search(r"(?<!\w)" + re.escape(fp) + r"(?!\w)", flow):
                return "unlabelled name part (folded): " + p
    return None
