"""Core of the dev half of the twenty-ninth PII bank (dev29).

Labelled values, the small template language, the renderer and clean-up, people and
invented names, addresses, phone numbers, IBANs, cards, Steuer-IDs, IP addresses,
look-alikes, dates and the self-checks. Standard library only.

Template language (in plain strings):
  [[a|b|c]]   one alternative, drawn; nested alternatives are allowed
  [?text?]    optional text (drawn with probability 1/2)
  {slot}      a value from the text's slots: a plain string (parsed again), a labelled
              value (`Lab`) or a list of pieces
A template is a function of the context `c`; it returns a string or a list of pieces.
"""

import datetime
import ipaddress
import re
import unicodedata

import pii29_dev_names as N

TYPES = ["PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "IBAN", "CREDIT_CARD", "IP_ADDRESS", "DE_TAX_ID"]


class Redraw(Exception):
    pass


class Lab:
    """A labelled value. It cannot be formatted into plain text by mistake."""
    __slots__ = ("type", "value")

    def __init__(self, typ, value):
        assert typ in TYPES, typ
        assert isinstance(value, str) and value == value.strip() and value, (typ, value)
        self.type = typ
        self.value = value

    def _no(self, *a):
        raise TypeError("labelled value used as plain text: %r" % (self.value,))

    __str__ = __format__ = __add__ = __radd__ = __mod__ = __rmod__ = _no

    def up(self):
        return Lab(self.type, self.value.upper())

    def low(self):
        return Lab(self.type, self.value.lower())

    def __repr__(self):
        return "Lab(%s,%r)" % (self.type, self.value)


def P(v):
    return Lab("PERSON", v)


# ---------------------------------------------------------------------------
# checksums

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = ord(ch) - 48
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_digit(body):
    for x in range(10):
        if luhn_ok(body + str(x)):
            return str(x)


def card_issuer_ok(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if n == 15 and d[:2] in ("34", "37"):
        return True
    if n == 16 and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649):
        return True
    return False


def card_ok(d):
    return d.isdigit() and 13 <= len(d) <= 19 and card_issuer_ok(d) and luhn_ok(d)


def taxid_check(d10):
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
    body = d[:10]
    counts = [body.count(str(x)) for x in range(10)]
    multi = [x for x in counts if x > 1]
    if len(multi) != 1 or multi[0] not in (2, 3):
        return False
    if multi[0] == 3:
        dig = str(counts.index(3))
        if dig * 3 in body:
            return False
    return taxid_check(body) == int(d[10])


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "IT": 27, "ES": 24,
            "BE": 16, "PL": 28, "LU": 20, "LI": 21, "PT": 25, "DK": 18, "SE": 24, "NO": 15, "FI": 18}


def iban_mod(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    return (len(s) >= 15 and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and s[2:4].isdigit()
            and s.isalnum() and s.upper() == s and iban_mod(s) == 1)


# ---------------------------------------------------------------------------
# scanners used by the checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,32}")
DIGITRUN_RE = re.compile(r"\d+(?:[ \-]\d+)*")
URL_RE = re.compile(r"(?:https?://|www\.)\S+")
HANDLE_RE = re.compile(r"(?<![\w.])@[A-Za-z0-9_][A-Za-z0-9_.]*")


def find_emails(t):
    return [m.group(0) for m in EMAIL_RE.finditer(t)]


def find_ipv4(t):
    out = []
    for m in IPV4_RE.finditer(t):
        if all(int(g) <= 255 for g in m.groups()) and not any(len(g) > 1 and g[0] == "0" for g in m.groups()):
            out.append(m.group(0))
    return out


def find_ipv6(t):
    out = []
    for m in IPV6_RE.finditer(t):
        s = m.group(0)
        if s.count(":") < 2:
            continue
        try:
            ipaddress.IPv6Address(s)
            out.append(s)
        except ValueError:
            pass
    return out


def find_ibans(t):
    out = []
    for m in IBAN_RE.finditer(t):
        raw = m.group(0)
        compact = raw.replace(" ", "")
        cc = compact[:2]
        if cc in IBAN_LEN and len(compact) >= IBAN_LEN[cc] and iban_ok(compact[:IBAN_LEN[cc]]):
            out.append(compact[:IBAN_LEN[cc]])
    return out


def digit_runs(t):
    """Digit runs, joined across single spaces or dashes."""
    return [re.sub(r"[ \-]", "", m.group(0)) for m in DIGITRUN_RE.finditer(t)]


def find_cards(t):
    out = []
    for run in digit_runs(t):
        for n in range(13, 20):
            for i in range(0, len(run) - n + 1):
                w = run[i:i + n]
                if card_ok(w):
                    out.append(w)
    return out


def find_taxids(t):
    out = []
    for run in digit_runs(t):
        for i in range(0, len(run) - 10):
            w = run[i:i + 11]
            if taxid_ok(w):
                out.append(w)
    return out


def value_clean(s):
    """True when a plain string shows no card number, Steuer-ID, IBAN, IP or e-mail."""
    return not (find_cards(s) or find_taxids(s) or find_ibans(s) or find_ipv4(s) or find_ipv6(s)
                or find_emails(s))


# ---------------------------------------------------------------------------
# template rendering

SLOT_RE = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def _scan(s, i):
    """Yield (index, token) for the template marks of s from i on, tracking nesting.

    `?]` closes only an open `[?`; `]]` closes only an open `[[`. So a question mark at the
    end of an alternative (`[[Ready?|Done?]]`) stays text."""
    stack = []
    j = i
    n = len(s)
    while j < n:
        two = s[j:j + 2]
        if two == "[[" or two == "[?":
            stack.append(two)
            yield j, two, len(stack)
            j += 2
            continue
        if two == "?]" and stack and stack[-1] == "[?":
            yield j, two, len(stack)
            stack.pop()
            j += 2
            continue
        if two == "]]" and stack and stack[-1] == "[[":
            yield j, two, len(stack)
            stack.pop()
            j += 2
            continue
        if s[j] == "|" and stack:
            yield j, "|", len(stack)
        j += 1


def _match_close(s, i, open_tok, close_tok):
    """Index of the close token that matches the opening at s[i] (which is open_tok)."""
    for j, tok, depth in _scan(s, i):
        if depth == 1 and tok == close_tok:
            return j
    raise ValueError("unclosed %s in template: %r" % (open_tok, s[i:i + 60]))


def _split_top(s):
    """Split the inside of an alternative at its top-level bars."""
    parts, last = [], 0
    wrapped = "[[" + s + "]]"
    for j, tok, depth in _scan(wrapped, 0):
        if tok == "|" and depth == 1:
            parts.append(wrapped[last + 2:j] if last == 0 else wrapped[last:j])
            last = j + 1
    if last == 0:
        return [s]
    parts.append(wrapped[last:len(wrapped) - 2])
    return parts


class Out:
    def __init__(self):
        self.chars = []
        self.tags = []
        self.types = []

    def text(self, s):
        self.chars.extend(s)
        self.tags.extend([-1] * len(s))

    def lab(self, lab):
        k = len(self.types)
        self.types.append(lab.type)
        self.chars.extend(lab.value)
        self.tags.extend([k] * len(lab.value))


def render(c, x, out):
    if x is None or x is False:
        return
    if isinstance(x, Lab):
        out.lab(x)
    elif isinstance(x, str):
        parse(c, x, out)
    elif isinstance(x, (list, tuple)):
        for y in x:
            render(c, y, out)
    else:
        raise TypeError("cannot render %r" % (x,))


def _lit(c, s, out):
    if c.swiss:
        s = s.replace("ß", "ss")
    out.text(s)


def parse(c, s, out):
    i = 0
    n = len(s)
    buf = []
    while i < n:
        if s.startswith("[[", i):
            _lit(c, "".join(buf), out)
            buf = []
            j = _match_close(s, i, "[[", "]]")
            alts = _split_top(s[i + 2:j])
            parse(c, alts[c.r.randrange(len(alts))], out)
            i = j + 2
        elif s.startswith("[?", i):
            _lit(c, "".join(buf), out)
            buf = []
            j = _match_close(s, i, "[?", "?]")
            if c.r.random() < 0.5:
                parse(c, s[i + 2:j], out)
            i = j + 2
        elif s[i] == "{":
            m = SLOT_RE.match(s, i)
            if m:
                _lit(c, "".join(buf), out)
                buf = []
                name = m.group(1)
                if name not in c.v:
                    raise KeyError("slot %r not set" % name)
                render(c, c.v[name], out)
                i = m.end()
            else:
                buf.append(s[i])
                i += 1
        else:
            buf.append(s[i])
            i += 1
    _lit(c, "".join(buf), out)


def cleanup(chars, tags, prose):
    """Clean-up outside spans; returns new (chars, tags)."""
    C, T = list(chars), list(tags)

    def rebuild(keep):
        return [C[i] for i in range(len(C)) if keep[i]], [T[i] for i in range(len(C)) if keep[i]]

    # spaces before a line break and at the end
    keep = [True] * len(C)
    i = len(C) - 1
    nxt_break = True
    while i >= 0:
        if C[i] == "\n":
            nxt_break = True
        elif C[i] == " " and T[i] == -1 and nxt_break:
            keep[i] = False
        else:
            nxt_break = False
        i -= 1
    C, T = rebuild(keep)
    if prose:
        keep = [True] * len(C)
        line_start = True
        prev = -1  # index of the last kept character
        for i in range(len(C)):
            drop = False
            if C[i] == "\n":
                line_start = True
            elif T[i] == -1 and C[i] == " ":
                if line_start:
                    drop = True
                elif prev >= 0 and C[prev] == " " and T[prev] == -1:
                    drop = True
                elif prev >= 0 and C[prev] == "(" and T[prev] == -1:
                    drop = True
                else:
                    j = i + 1
                    while j < len(C) and C[j] == " " and T[j] == -1:
                        j += 1
                    if j < len(C) and C[j] in ",.;:!?)" and T[j] == -1 and not (
                            j + 1 < len(C) and C[j + 1] in "./"):
                        drop = True
            else:
                line_start = False
            if drop:
                keep[i] = False
            else:
                prev = i
        C, T = rebuild(keep)
    # blank lines beyond one
    keep = [True] * len(C)
    run = 0
    for i in range(len(C)):
        if C[i] == "\n":
            run += 1
            if run > 2:
                keep[i] = False
        else:
            run = 0
    C, T = rebuild(keep)
    # trim
    while C and C[0] in " \n\t" and T[0] == -1:
        C.pop(0)
        T.pop(0)
    while C and C[-1] in " \n\t" and T[-1] == -1:
        C.pop()
        T.pop()
    return C, T


def spans_of(chars, tags, types):
    ents = []
    i = 0
    n = len(chars)
    while i < n:
        if tags[i] >= 0:
            k = tags[i]
            j = i
            while j < n and tags[j] == k:
                j += 1
            ents.append({"type": types[k], "start": i, "end": j, "value": "".join(chars[i:j])})
            i = j
        else:
            i += 1
    return ents


# ---------------------------------------------------------------------------
# geography

STREETS = {
    "DE": ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße", "Lindenstraße",
           "Bergstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Goethestraße", "Mozartstraße",
           "Am Mühlbach", "Birkenweg", "Ahornweg", "Am Sonnenhang", "Rosenstraße", "Kastanienallee",
           "Marktplatz", "Am Anger", "Talstraße", "Wiesenweg", "Feldstraße", "Uhlandstraße",
           "Rheinstraße", "Luisenstraße", "Weinbergweg", "Am Hopfengarten", "Fichtenweg", "Brunnenstraße",
           "Lerchenweg", "Sandweg", "Im Winkel", "Auf der Höhe", "Hohe Straße", "Schützenstraße",
           "Eichendorffstraße", "Schwanthalerstraße", "Gneisenaustraße", "Am Wasserturm", "Oderberger Straße",
           "Hirschgartenallee", "Kleine Bergstraße", "Zum Steinbruch"],
    "AT": ["Hauptplatz", "Mariahilfer Straße", "Favoritenstraße", "Herrengasse", "Schmiedgasse",
           "Linzer Gasse", "Getreidegasse", "Anichstraße", "Museumstraße", "Annenstraße", "Lindengasse",
           "Neubaugasse", "Kirchengasse", "Wiedner Hauptstraße", "Praterstraße", "Thaliastraße",
           "Ottakringer Straße", "Burggasse", "Schulgasse", "Sonnenweg", "Leopoldstraße", "Innrain",
           "Reichenauer Straße", "Elisabethstraße", "Griesgasse", "Josefstädter Straße", "Landstraße",
           "Grazer Straße", "Kaiserstraße", "Gumpendorfer Straße"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptstrasse", "Kirchgasse", "Marktgasse",
           "Rämistrasse", "Langstrasse", "Badenerstrasse", "Kramgasse", "Spitalgasse", "Freie Strasse",
           "Pilatusstrasse", "Haldenstrasse", "Zürcherstrasse", "Bernstrasse", "Schulhausstrasse",
           "Rosenweg", "Sonnenbergstrasse", "Weinbergstrasse", "Alpenstrasse", "Gartenstrasse",
           "Obere Gasse", "Untere Gasse", "Chemin des Vignes", "Via Nassa", "Rebgasse", "Feldeggstrasse"],
    "GB": ["High Street", "Station Road", "Church Lane", "Park Avenue", "Mill Lane", "Queen's Road",
           "Kings Road", "Manor Way", "Green Lane", "Chapel Street", "York Road", "Priory Road",
           "Castle Street", "Springfield Road", "Westbourne Terrace", "Moorland View", "Heather Close",
           "Riverside Walk", "Orchard Way", "Brook Street", "Hill Crescent", "Grange Road", "Beech Close",
           "Elm Grove", "Fell View", "Quarry Lane", "Bridge Street", "Cemetery Road"],
    "US": ["Oak Street", "Maple Ave", "NE Alberta St", "Pine Ridge Rd", "Lakeview Dr", "Cedar Ln", "Elm St",
           "Washington Blvd", "Spruce Street", "Birch Ct", "Hillcrest Dr", "Riverside Ave", "Aspen Way",
           "Willow Creek Rd", "Summit Ave", "Canyon Rd", "Mountain View Dr", "Sunset Blvd", "Prairie Ln",
           "Juniper St", "SE Hawthorne Blvd", "Glenwood Ave", "Park Pl", "Mill Creek Rd"],
    "IE": ["Main Street", "Church Road", "Seafield Road", "Strand Street", "Patrick Street",
           "Castle Terrace", "Grattan Park", "Harbour View", "The Maltings", "Bridge Street", "Mary Street",
           "Ranelagh Road", "Sandymount Avenue", "College Road", "Quay Street", "Abbey Street", "Well Road",
           "Convent Hill"],
    "FR": ["rue des Lilas", "rue Victor Hugo", "avenue Jean Jaurès", "rue de la République",
           "boulevard Voltaire", "rue du Moulin", "place du Marché", "chemin des Vignes", "rue Pasteur",
           "allée des Tilleuls", "rue des Écoles", "quai des Célestins", "rue de la Gare"],
    "NL": ["Keizersgracht", "Oudegracht", "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg",
           "Julianalaan", "Beatrixstraat", "Wilhelminastraat", "Van Woustraat", "Nieuwe Binnenweg",
           "Lange Voorhout", "Zeedijk", "Tolstraat"],
    "IT": ["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante", "Via Mazzini",
           "Via dei Mille", "Via Cavour", "Viale Trento", "Via San Francesco", "Via Verdi", "Via Leonardo",
           "Corso Italia"],
}

# (town, postcode, landline area code)
TOWNS = {
    "DE": [("Berlin", "10115", "030"), ("Berlin", "10405", "030"), ("Berlin", "12043", "030"),
           ("Hamburg", "20095", "040"), ("Hamburg", "22765", "040"), ("München", "80331", "089"),
           ("München", "80469", "089"), ("München", "81541", "089"), ("Köln", "50667", "0221"),
           ("Köln", "50823", "0221"), ("Frankfurt am Main", "60311", "069"), ("Stuttgart", "70173", "0711"),
           ("Düsseldorf", "40210", "0211"), ("Leipzig", "04109", "0341"), ("Dresden", "01099", "0351"),
           ("Hannover", "30159", "0511"), ("Nürnberg", "90402", "0911"), ("Bremen", "28195", "0421"),
           ("Freiburg im Breisgau", "79098", "0761"), ("Kempten (Allgäu)", "87435", "0831"),
           ("Garmisch-Partenkirchen", "82467", "08821"), ("Rosenheim", "83022", "08031"),
           ("Augsburg", "86150", "0821"), ("Regensburg", "93047", "0941"), ("Münster", "48143", "0251"),
           ("Bonn", "53111", "0228"), ("Mainz", "55116", "06131"), ("Heidelberg", "69117", "06221"),
           ("Karlsruhe", "76133", "0721"), ("Ulm", "89073", "0731"), ("Würzburg", "97070", "0931"),
           ("Erfurt", "99084", "0361"), ("Jena", "07743", "03641"), ("Kiel", "24103", "0431"),
           ("Lübeck", "23552", "0451"), ("Rostock", "18055", "0381"), ("Bielefeld", "33602", "0521"),
           ("Dortmund", "44135", "0231"), ("Göttingen", "37073", "0551"), ("Kassel", "34117", "0561"),
           ("Passau", "94032", "0851"), ("Oberstdorf", "87561", "08322"), ("Tübingen", "72070", "07071"),
           ("Konstanz", "78462", "07531"), ("Potsdam", "14467", "0331")],
    "AT": [("Wien", "1010", "01"), ("Wien", "1020", "01"), ("Wien", "1050", "01"), ("Wien", "1070", "01"),
           ("Wien", "1090", "01"), ("Wien", "1160", "01"), ("Graz", "8010", "0316"), ("Graz", "8020", "0316"),
           ("Linz", "4020", "0732"), ("Salzburg", "5020", "0662"), ("Innsbruck", "6020", "0512"),
           ("Klagenfurt am Wörthersee", "9020", "0463"), ("Villach", "9500", "04242"),
           ("Bregenz", "6900", "05574"), ("Dornbirn", "6850", "05572"), ("St. Pölten", "3100", "02742"),
           ("Wels", "4600", "07242"), ("Steyr", "4400", "07252"), ("Leoben", "8700", "03842"),
           ("Kufstein", "6330", "05372"), ("Kitzbühel", "6370", "05356"), ("Schladming", "8970", "03687"),
           ("Zell am See", "5700", "06542"), ("Bad Ischl", "4820", "06132"), ("Feldkirch", "6800", "05522"),
           ("Wiener Neustadt", "2700", "02622"), ("Mödling", "2340", "02236"), ("Lienz", "9900", "04852"),
           ("Hallein", "5400", "06245")],
    "CH": [("Zürich", "8001", "044"), ("Zürich", "8004", "044"), ("Zürich", "8050", "044"),
           ("Bern", "3011", "031"), ("Bern", "3007", "031"), ("Basel", "4051", "061"), ("Basel", "4057", "061"),
           ("Luzern", "6003", "041"), ("St. Gallen", "9000", "071"), ("Winterthur", "8400", "052"),
           ("Chur", "7000", "081"), ("Thun", "3600", "033"), ("Interlaken", "3800", "033"), ("Zug", "6300", "041"),
           ("Aarau", "5000", "062"), ("Schaffhausen", "8200", "052"), ("Davos Platz", "7270", "081"),
           ("Grindelwald", "3818", "033"), ("Frauenfeld", "8500", "052"), ("Olten", "4600", "062"),
           ("Baden", "5400", "056"), ("Solothurn", "4500", "032"), ("Lausanne", "1003", "021"),
           ("Lugano", "6900", "091"), ("Brig", "3900", "027"), ("Zermatt", "3920", "027")],
    "GB": [("London", "N1", "020"), ("London", "E8", "020"), ("London", "SE15", "020"), ("London", "SW11", "020"),
           ("London", "NW5", "020"), ("Manchester", "M20", "0161"), ("Leeds", "LS6", "0113"),
           ("Sheffield", "S11", "0114"), ("Bristol", "BS6", "0117"), ("Edinburgh", "EH9", "0131"),
           ("Glasgow", "G12", "0141"), ("Cardiff", "CF24", "029"), ("Kendal", "LA9", "01539"),
           ("Keswick", "CA12", "017687"), ("Ambleside", "LA22", "015394"), ("Fort William", "PH33", "01397"),
           ("Aviemore", "PH22", "01479"), ("Inverness", "IV2", "01463"), ("York", "YO31", "01904"),
           ("Nottingham", "NG7", "0115"), ("Birmingham", "B13", "0121"), ("Liverpool", "L17", "0151"),
           ("Newcastle upon Tyne", "NE2", "0191"), ("Bath", "BA1", "01225"), ("Exeter", "EX4", "01392"),
           ("Oxford", "OX4", "01865"), ("Cambridge", "CB1", "01223"), ("Brighton", "BN2", "01273"),
           ("Norwich", "NR2", "01603"), ("Durham", "DH1", "0191"), ("Harrogate", "HG1", "01423"),
           ("Bangor", "LL57", "01248"), ("Swansea", "SA1", "01792")],
    "US": [("Portland, OR", "97205", "503"), ("Portland, OR", "97211", "503"), ("Seattle, WA", "98103", "206"),
           ("Denver, CO", "80205", "303"), ("Boulder, CO", "80302", "303"), ("Salt Lake City, UT", "84102", "801"),
           ("Boise, ID", "83702", "208"), ("Bend, OR", "97701", "541"), ("Burlington, VT", "05401", "802"),
           ("Asheville, NC", "28801", "828"), ("Chicago, IL", "60614", "773"), ("Minneapolis, MN", "55408", "612"),
           ("Austin, TX", "78704", "512"), ("Flagstaff, AZ", "86001", "928"), ("Missoula, MT", "59801", "406"),
           ("Bozeman, MT", "59715", "406"), ("Madison, WI", "53703", "608"), ("Ann Arbor, MI", "48104", "734"),
           ("Brooklyn, NY", "11215", "718"), ("Boston, MA", "02130", "617"), ("Albany, NY", "12203", "518"),
           ("Sacramento, CA", "95814", "916"), ("Oakland, CA", "94610", "510"), ("San Diego, CA", "92104", "619"),
           ("Pittsburgh, PA", "15213", "412"), ("Richmond, VA", "23220", "804"), ("Atlanta, GA", "30307", "404"),
           ("Anchorage, AK", "99501", "907"), ("Reno, NV", "89501", "775"), ("Santa Fe, NM", "87501", "505")],
    "IE": [("Dublin 2", "D02", "01"), ("Dublin 6", "D06", "01"), ("Dublin 8", "D08", "01"),
           ("Cork", "T12", "021"), ("Galway", "H91", "091"), ("Limerick", "V94", "061"),
           ("Killarney, Co. Kerry", "V93", "064"), ("Sligo", "F91", "071"), ("Westport, Co. Mayo", "F28", "098"),
           ("Kilkenny", "R95", "056"), ("Waterford", "X91", "051"), ("Athlone, Co. Westmeath", "N37", "090"),
           ("Bray, Co. Wicklow", "A98", "01"), ("Letterkenny, Co. Donegal", "F92", "074"),
           ("Dingle, Co. Kerry", "V92", "066"), ("Ennis, Co. Clare", "V95", "065")],
    "FR": [("Paris", "75011", "01"), ("Paris", "75018", "01"), ("Lyon", "69007", "04"), ("Grenoble", "38000", "04"),
           ("Annecy", "74000", "04"), ("Chamonix-Mont-Blanc", "74400", "04"), ("Marseille", "13006", "04"),
           ("Toulouse", "31000", "05"), ("Bordeaux", "33000", "05"), ("Nantes", "44000", "02"),
           ("Lille", "59000", "03"), ("Strasbourg", "67000", "03"), ("Chambéry", "73000", "04")],
    "NL": [("Amsterdam", "1016", "020"), ("Amsterdam", "1072", "020"), ("Utrecht", "3511", "030"),
           ("Rotterdam", "3014", "010"), ("Den Haag", "2514", "070"), ("Eindhoven", "5611", "040"),
           ("Groningen", "9711", "050"), ("Leiden", "2311", "071"), ("Haarlem", "2011", "023"),
           ("Nijmegen", "6511", "024"), ("Maastricht", "6211", "043"), ("Zwolle", "8011", "038")],
    "IT": [("Milano", "20121", "02", "MI"), ("Torino", "10123", "011", "TO"), ("Bologna", "40126", "051", "BO"),
           ("Firenze", "50122", "055", "FI"), ("Bolzano", "39100", "0471", "BZ"), ("Trento", "38122", "0461", "TN"),
           ("Verona", "37121", "045", "VR"), ("Bergamo", "24121", "035", "BG"), ("Como", "22100", "031", "CO"),
           ("Genova", "16121", "010", "GE"), ("Padova", "35122", "049", "PD"), ("Aosta", "11100", "0165", "AO")],
}

COUNTRY_NAME = {
    "en": {"DE": "Germany", "AT": "Austria", "CH": "Switzerland", "GB": "United Kingdom", "US": "USA",
           "IE": "Ireland", "FR": "France", "NL": "Netherlands", "IT": "Italy"},
    "de": {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "GB": "Großbritannien", "US": "USA",
           "IE": "Irland", "FR": "Frankreich", "NL": "Niederlande", "IT": "Italien"},
}

STORE_TOWNS = {
    "DE": ["München", "Freiburg", "Kempten", "Hamburg", "Berlin", "Köln", "Stuttgart", "Leipzig",
           "Garmisch-Partenkirchen", "Dresden"],
    "AT": ["Wien", "Innsbruck", "Graz", "Salzburg", "Linz", "Schladming"],
    "CH": ["Zürich", "Bern", "Luzern", "Chur", "St. Gallen", "Interlaken"],
    "GB": ["London", "Manchester", "Leeds", "Kendal", "Edinburgh", "Glasgow", "Bristol", "Keswick"],
    "US": ["Portland", "Denver", "Seattle", "Boulder", "Salt Lake City"],
    "IE": ["Dublin", "Galway", "Cork"],
    "FR": ["Grenoble", "Annecy"], "NL": ["Amsterdam", "Utrecht"], "IT": ["Bolzano", "Milano"],
}

MAIL_DOMAINS = {
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "mailbox.org"],
    "AT": ["gmx.at", "aon.at", "a1.net", "chello.at", "gmail.com", "outlook.com", "drei.at"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "sunrise.ch", "gmail.com", "protonmail.ch"],
    "GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "hotmail.co.uk", "sky.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "proton.me"],
    "IE": ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com", "icloud.com"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "IT": ["libero.it", "gmail.com", "tiscali.it", "virgilio.it", "alice.it"],
}

COUNTRIES = ["DE", "AT", "CH", "GB", "US", "IE", "FR", "NL", "IT"]
TEXT_COUNTRY = {
    "en": [("GB", 38), ("US", 28), ("IE", 14), ("DE", 6), ("AT", 4), ("CH", 4), ("FR", 2), ("NL", 2), ("IT", 2)],
    "de": [("DE", 50), ("AT", 23), ("CH", 21), ("GB", 1), ("US", 1), ("IE", 1), ("FR", 1), ("NL", 1), ("IT", 1)],
}

# ---------------------------------------------------------------------------
# brand (from brand-guides/talgrat)

PRODUCTS = [
    # en name, de name, sku, EUR price, colours en, colours de, kind
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
SHORT_NAMES = [p[0].split()[0] for p in PRODUCTS]
BRAND_WORDS = SHORT_NAMES + ["Talgrat", "Slate", "Lichen", "Gentian", "Alpenglow", "Limestone", "Schiefer",
                             "Flechte", "Enzian", "Kalkstein", "Gratblau", "Felsgrau", "Moorbraun"]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
}
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]}


def _all_name_parts():
    parts = []
    for o in N.ORIGINS.values():
        for lst in (o["f"], o["m"], o["s"], o["double"]):
            for nm in lst:
                parts.extend(re.split(r"[ \-']", nm))
    parts += N.ORDINARY_EN + N.ORDINARY_DE
    return parts


# ---------------------------------------------------------------------------
# people

class Person:
    def __init__(self, c, given, sur, gender, origin, cty, inv_g, inv_s, staff=False):
        self.c = c
        self.given_s = given
        self.sur_s = sur
        self.gender = gender
        self.origin = origin
        self.cty = cty
        self.inv = (inv_g, inv_s)
        self.staff = staff
        self._cache = {}

    # name forms (all PERSON labels)
    def full(self):
        return P(self.given_s + " " + self.sur_s)

    def sur(self):
        return P(self.sur_s)

    def given(self):
        return P(self.given_s)

    def first_given(self):
        return P(re.split(r"[ ]", self.given_s)[0]) if " " in self.given_s else P(self.given_s)

    def last_first(self):
        return P(self.sur_s + ", " + self.given_s)

    def LAST_first(self):
        return P(self.sur_s.upper() + ", " + self.given_s)

    def init_sur(self):
        return P(self.given_s[0] + ". " + self.sur_s)

    def given_init(self):
        s = self.sur_s
        k = 0
        # skip lower-case particles: "van der Sloot" -> "S."
        words = s.split(" ")
        for w in words:
            if w[:1].isupper():
                break
            k += 1
        ini = words[min(k, len(words) - 1)][0].upper()
        return P(self.given_s + " " + ini + ".")

    def upper(self):
        return P((self.given_s + " " + self.sur_s).upper())

    def SUR(self):
        return P(self.sur_s.upper())

    def lower_given(self):
        return P(self.first_given().value.lower())

    def lower_full(self):
        return P((self.given_s + " " + self.sur_s).lower())

    def any_form(self, forms=("full", "full", "full", "init_sur", "last_first")):
        return getattr(self, self.c.ch(list(forms)))()

    def hon(self):
        c = self.c
        if c.lang == "de":
            return "Frau" if self.gender == "f" else "Herr"
        if self.gender == "f":
            return c.ch(["Ms", "Ms", "Mrs"] if c.cty != "US" else ["Ms.", "Mrs.", "Ms."])
        return "Mr" if c.cty != "US" else "Mr."

    def herrn(self):
        return "Frau" if self.gender == "f" else "Herrn"

    def hs(self):
        """Honorific and surname: the honorific stays outside the span."""
        return [self.hon() + " ", self.sur()]

    def hs_dat(self):
        """German dative: 'Herrn Vogel' / 'Frau Vogel' (the honorific stays outside the span)."""
        return ["Frau " if self.gender == "f" else "Herrn ", self.sur()]

    def hfull(self):
        return [self.hon() + " ", self.full()]

    def gen_de(self):
        """German genitive of the given name: the 's' stays outside the span."""
        g = self.first_given().value
        return [P(g), "'" if g[-1] in "sxzß" else "s"]

    def gen_en(self, form="given"):
        return [getattr(self, form)(), "'s"]

    def sehr_geehrt(self):
        if self.gender == "f":
            return ["Sehr geehrte Frau ", self.sur()]
        return ["Sehr geehrter Herr ", self.sur()]

    def liebe(self):
        return ["Liebe " if self.gender == "f" else "Lieber ", self.first_given()]

    # values that belong to the person (drawn once per text)
    def _get(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    def email(self):
        return self._get("email", lambda: self.c.email_for(self))

    def mobile(self):
        return self._get("mobile", lambda: self.c.phone(self.cty, "mobile"))

    def landline(self):
        return self._get("land", lambda: self.c.phone(self.cty, "land", town=self.addr().town_code))

    def phone(self, cty=None, kind="mobile"):
        return self.mobile() if kind == "mobile" else self.landline()

    def addr(self):
        return self._get("addr", lambda: self.c.address(self.cty))

    def iban(self):
        return self._get("iban", lambda: self.c.iban(self.cty if self.cty in IBAN_LEN else "DE"))

    def card(self):
        return self._get("card", lambda: self.c.card())

    def taxid(self):
        return self._get("taxid", lambda: self.c.taxid())


class Addr:
    def __init__(self, c, cty, street, pc, town, town_code, line2, prefix):
        self.c = c
        self.cty = cty
        self.street_s = street
        self.pc = pc
        self.town = town
        self.town_code = town_code
        self.line2 = line2  # postcode/town line as written
        self.prefix = prefix

    def street(self):
        return Lab("STREET_ADDRESS", self.street_s)

    def one(self):
        return Lab("STREET_ADDRESS", self.street_s + ", " + self.line2)

    def two(self):
        return Lab("STREET_ADDRESS", self.street_s + "\n" + self.line2)

    def any(self, p_two=0.3):
        return self.two() if self.c.r.random() < p_two else self.one()

    def town_only(self):
        return self.town.split(",")[0]


# ---------------------------------------------------------------------------
# context

class Ctx:
    def __init__(self, r, lang, genre, cty, build):
        self.r = r
        self.lang = lang
        self.genre = genre
        self.cty = cty
        self.swiss = (lang == "de" and cty == "CH")
        self.v = {}
        self.people = []
        self.addresses = []
        self.used_parts = []
        self.build = build
        self.allow_invented = genre != "name_prose"
        self.base = datetime.date(2024, 1, 8) + datetime.timedelta(days=r.randrange(0, 680))
        self.clock = r.randrange(7 * 60, 17 * 60)
        self.store_town = self.ch(STORE_TOWNS[cty])

    # random helpers
    def ch(self, xs):
        return xs[self.r.randrange(len(xs))]

    def chance(self, p):
        return self.r.random() < p

    def ri(self, a, b):
        return self.r.randint(a, b)

    def sample(self, xs, k):
        xs = list(xs)
        out = []
        for _ in range(k):
            out.append(xs.pop(self.r.randrange(len(xs))))
        return out

    def wch(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for k, w in pairs:
            x -= w
            if x < 0:
                return k
        return pairs[-1][0]

    def s(self, **kw):
        self.v.update(kw)
        return self

    def L(self, en, de):
        return en if self.lang == "en" else de

    def digits(self, n, first_nonzero=True):
        s = str(self.ri(1, 9)) if first_nonzero else str(self.ri(0, 9))
        return s + "".join(str(self.ri(0, 9)) for _ in range(n - 1))

    # ---------------------------------------------------------------- people
    def other_cty(self):
        pool = [(k, w) for k, w in TEXT_COUNTRY[self.lang] if k != self.cty]
        return self.wch(pool)

    def person_cty(self):
        return self.cty if self.chance(0.85) else self.other_cty()

    def _origin(self, cty):
        pairs = list(N.WEIGHTS[self.lang])
        for k, w in N.BOOST.get(cty, []):
            pairs.append((k, w))
        return self.wch(pairs)

    def _invent(self, kind, gender):
        vow = "aeiouy"
        single = ["a", "e", "i", "o", "u", "a", "e", "i"]
        for _ in range(400):
            w = self.ch(N.ONSETS) + self.ch(N.VOWELS)
            if self.chance(0.55):
                w += self.ch(N.MIDS) + self.ch(single)
            if kind == "s":
                end = self.ch(N.END_S)
            else:
                end = self.ch(N.END_F if gender == "f" else N.END_M)
            if end[0] in vow and w[-1] in vow:
                w += self.ch(N.MIDS)
            elif end[0] not in vow and w[-1] not in vow:
                w += self.ch(single)
            w += end
            if re.search(r"[aeiouy]{3}", w) or re.search(r"[^aeiouy]{4}", w) or re.search(r"(.)\1\1", w):
                continue
            if not (4 <= len(w) <= 12):
                continue
            w = w[0].upper() + w[1:]
            if self.build.is_known(w):
                continue
            return w
        raise Redraw("no invented name")

    def _female_sur(self, origin, s):
        if origin in ("polish",):
            for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
                if s.endswith(a):
                    return s[:-len(a)] + b
            return s
        if origin in ("russian", "bulgarian"):
            for a, b in (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("iev", "ieva")):
                if s.endswith(a):
                    return s + "a"
            return s
        if origin == "czech":
            special = {"Němec": "Němcová", "Marek": "Marková", "Hájek": "Hájková", "Sedláček": "Sedláčková",
                       "Blažek": "Blažková", "Vlček": "Vlčková", "Šimek": "Šimková", "Štěpánek": "Štěpánková",
                       "Kadlec": "Kadlecová", "Kolář": "Kolářová", "Kovář": "Kovářová"}
            if s in special:
                return special[s]
            if s.endswith("ý"):
                return s[:-1] + "á"
            if s.endswith("a"):
                return s[:-1] + "ová"
            return s + "ová"
        if origin == "greek":
            for a, b in (("opoulos", "opoulou"), ("idis", "idou"), ("akis", "aki"), ("os", "ou"),
                         ("is", "i"), ("as", "a")):
                if s.endswith(a):
                    return s[:-len(a)] + b
            return s
        if origin == "baltic":
            for a, b in (("auskas", "auskienė"), ("as", "ienė"), ("us", "ienė"), ("iņš", "iņa"), ("ns", "ne"),
                         ("s", "a")):
                if s.endswith(a) and not s.endswith("is"):
                    return s[:-len(a)] + b
            if s.endswith("is"):
                return s[:-2] + "e"
            return s
        return s

    def _draw_name(self, origin, gender, cty):
        o = N.ORIGINS[origin]
        given = self.ch(o[gender])
        if o["double"] and self.chance(0.09):
            cands = [d for d in o["double"]]
            given = self.ch(cands)
        # ordinary-word surnames for the text's own language area
        if origin in N.LOCAL[self.lang] and self.chance(0.11 if self.lang == "en" else 0.12):
            sur = self.ch(N.ORDINARY_EN if self.lang == "en" else N.ORDINARY_DE)
        else:
            sur = self.ch(o["s"])
            if gender == "f":
                sur = self._female_sur(origin, sur)
            if origin in N.HYPHEN_ORIGINS and self.chance(0.11):
                s2 = self.ch(o["s"])
                if s2 != sur and " " not in s2 and " " not in sur:
                    sur = sur + "-" + s2
        if origin == "russian" and self.lang == "de" and self.chance(0.5):
            sur = germanise_ru(sur)
            given = germanise_ru(given)
        if origin in N.FOLD_ORIGINS and self.chance(0.3):
            given, sur = N.fold(given), N.fold(sur)
        if cty == "CH" or origin == "swiss":
            sur = sur.replace("ß", "ss")
        return given, sur

    def person(self, cty=None, gender=None, cue=True, origin=None, staff=False, need_iban=False,
               invented=None):
        if cty is None:
            cty = self.person_cty()
        if need_iban and cty == "US":
            cty = self.ch(["GB", "IE", "DE"]) if self.lang == "en" else "DE"
        for _ in range(300):
            g = gender or self.ch(["f", "m"])
            org = origin or self._origin(cty)
            given, sur = self._draw_name(org, g, cty)
            for part in name_parts(given + " " + sur):
                self.build.derived[name_key(part)] = None
            inv_g = inv_s = False
            inv_rate = self.build.inv_rate
            if cue and self.allow_invented and (invented if invented is not None else self.chance(inv_rate)):
                k = self.r.random()
                if k < 0.4:
                    given = self._invent("g", g)
                    inv_g = True
                elif k < 0.7:
                    sur = self._invent("s", g)
                    inv_s = True
                else:
                    given, sur = self._invent("g", g), self._invent("s", g)
                    inv_g = inv_s = True
            parts = name_parts(given + " " + sur)
            low = [name_key(x) for x in parts]
            if any(x in self.used_parts for x in low):
                continue
            if given.lower() == sur.lower():
                continue
            self.used_parts.extend(low)
            p = Person(self, given, sur, g, org, cty, inv_g, inv_s, staff)
            self.people.append(p)
            return p
        raise Redraw("no person")

    def staff(self, **kw):
        kw.setdefault("cty", self.cty if self.chance(0.9) else None)
        p = self.person(staff=True, **kw)
        return p

    # ---------------------------------------------------------------- e-mail
    def local_part(self, p):
        g = N.ascii_fold(p.first_given().value).lower().replace("'", "")
        s = N.ascii_fold(p.sur_s).lower().replace("'", "").replace(" ", "")
        yy = str(self.ri(60, 99)) if self.chance(0.5) else "%02d" % self.ri(0, 9)
        forms = [g + "." + s, g[0] + s, g + s, s + "." + g, g + "_" + s + yy, g + yy, s + str(self.ri(2, 99)),
                 g + "." + s[0], g[0] + "." + s, g + "-" + s]
        lp = self.ch(forms)
        lp = re.sub(r"[^a-z0-9._\-]", "", lp)
        return lp.strip(".-_") or "kunde"

    def email_for(self, p):
        if p.staff:
            g = N.ascii_fold(p.first_given().value).lower()
            s = N.ascii_fold(p.sur_s).lower().replace(" ", "").replace("'", "")
            g = re.sub(r"[^a-z0-9\-]", "", g)
            s = re.sub(r"[^a-z0-9\-]", "", s)
            dom = "talgrat.de" if self.lang == "de" else "talgrat.com"
            if not g or not s:
                raise Redraw("email")
            return Lab("EMAIL", self.ch([g + "." + s, g[0] + "." + s, g + "." + s]) + "@" + dom)
        return Lab("EMAIL", self.local_part(p) + "@" + self.ch(MAIL_DOMAINS[p.cty]))

    def work_email(self, p, domain):
        """A person's address at a partner company (bank, supplier, authority)."""
        g = re.sub(r"[^a-z0-9\-]", "", N.ascii_fold(p.first_given().value).lower().replace(" ", "-"))
        s = re.sub(r"[^a-z0-9\-]", "", N.ascii_fold(p.sur_s).lower().replace(" ", "").replace("'", ""))
        if not g or not s:
            raise Redraw("email")
        return Lab("EMAIL", self.ch([g + "." + s, g[0] + "." + s, s]) + "@" + domain)

    def role(self, name=None):
        dom = "talgrat.de" if self.lang == "de" else "talgrat.com"
        if name is None:
            name = self.ch(["service", "hello", "kundenservice" if self.lang == "de" else "support"])
        return Lab("EMAIL", name + "@" + dom)

    def company_mail(self, local, domain):
        return Lab("EMAIL", local + "@" + domain)

    # ---------------------------------------------------------------- phone
    def phone(self, cty=None, kind="mobile", town=None, style=None):
        cty = cty or self.cty
        r = self.r
        intl = self.chance(0.45) if style is None else style == "intl"
        d = self.digits
        if cty == "DE":
            if kind == "mobile":
                pre = self.ch(["151", "152", "157", "160", "162", "163", "170", "171", "172", "173", "174",
                               "175", "176", "177", "178", "179"])
                num = d(7 if pre.startswith("1") and r.random() < 0.6 else 8)
                if intl:
                    s = self.ch(["+49 %s %s" % (pre, num), "+49 (0)%s %s" % (pre, num), "0049 %s %s" % (pre, num),
                                 "+49 %s %s %s" % (pre, num[:3], num[3:])])
                else:
                    s = self.ch(["0%s %s" % (pre, num), "0%s/%s" % (pre, num), "0%s-%s" % (pre, num),
                                 "0%s %s %s" % (pre, num[:4], num[4:])])
            else:
                ac = town or self.ch(TOWNS["DE"])[2]
                num = d(8 - max(0, len(ac) - 3)) if len(ac) <= 4 else d(6)
                if intl:
                    s = self.ch(["+49 %s %s" % (ac[1:], num), "+49 (0)%s %s" % (ac[1:], num)])
                else:
                    s = self.ch(["(%s) %s" % (ac, num), "%s %s" % (ac, num), "%s/%s" % (ac, num),
                                 "%s-%s" % (ac, num)])
        elif cty == "AT":
            if kind == "mobile":
                pre = self.ch(["650", "660", "664", "676", "677", "680", "681", "688", "699"])
                num = d(7)
                if intl:
                    s = self.ch(["+43 %s %s" % (pre, num), "0043 %s %s" % (pre, num),
                                 "+43 %s %s %s %s" % (pre, num[:3], num[3:5], num[5:])])
                else:
                    s = self.ch(["0%s %s" % (pre, num), "0%s/%s" % (pre, num), "0%s %s %s %s" % (pre, num[:3],
                                                                                            num[3:5], num[5:])])
            else:
                ac = town or self.ch(TOWNS["AT"])[2]
                num = d(7) if ac == "01" else d(6)
                if intl:
                    s = "+43 %s %s" % (ac[1:], num)
                else:
                    s = self.ch(["%s %s" % (ac, num), "%s/%s" % (ac, num), "(%s) %s" % (ac, num)])
        elif cty == "CH":
            if kind == "mobile":
                pre = self.ch(["76", "77", "78", "79"])
            else:
                pre = (town or self.ch(TOWNS["CH"])[2])[1:]
            num = d(7)
            g = "%s %s %s" % (num[:3], num[3:5], num[5:])
            if intl:
                s = self.ch(["+41 %s %s" % (pre, g), "+41 (0)%s %s" % (pre, g), "0041 %s %s" % (pre, g)])
            else:
                s = "0%s %s" % (pre, g)
        elif cty == "GB":
            if kind == "mobile":
                num = "7" + self.ch(["4", "5", "7", "8", "9"]) + d(8, False)
                if intl:
                    s = self.ch(["+44 %s %s" % (num[:4], num[4:]), "+44 (0)%s %s" % (num[:4], num[4:]),
                                 "+44 %s %s %s" % (num[:4], num[4:7], num[7:])])
                else:
                    s = self.ch(["0%s %s" % (num[:4], num[4:]), "0%s %s %s" % (num[:4], num[4:7], num[7:])])
            else:
                ac = town or self.ch(TOWNS["GB"])[2]
                if ac in ("020", "029"):
                    num = d(8)
                    loc = "%s %s" % (num[:4], num[4:])
                elif len(ac) == 4:
                    num = d(7)
                    loc = "%s %s" % (num[:3], num[3:])
                else:
                    num = d(10 - len(ac) + 1)
                    loc = num
                if intl:
                    s = "+44 %s %s" % (ac[1:], loc)
                else:
                    s = self.ch(["%s %s" % (ac, loc), "(%s) %s" % (ac, loc)])
        elif cty == "US":
            ac = town or self.ch(TOWNS["US"])[2]
            ex = str(self.ri(2, 9)) + d(2, False)
            while ex == "555":
                ex = str(self.ri(2, 9)) + d(2, False)
            ln = d(4, False)
            if intl:
                s = self.ch(["+1 %s %s %s" % (ac, ex, ln), "+1-%s-%s-%s" % (ac, ex, ln), "001 %s %s %s" % (ac, ex, ln)])
            else:
                s = self.ch(["(%s) %s-%s" % (ac, ex, ln), "%s-%s-%s" % (ac, ex, ln), "%s.%s.%s" % (ac, ex, ln),
                             "1-%s-%s-%s" % (ac, ex, ln)])
        elif cty == "IE":
            if kind == "mobile":
                pre = self.ch(["83", "85", "86", "87", "89"])
                num = d(7)
                if intl:
                    s = self.ch(["+353 %s %s %s" % (pre, num[:3], num[3:]), "00353 %s %s" % (pre, num)])
                else:
                    s = self.ch(["0%s %s %s" % (pre, num[:3], num[3:]), "0%s %s" % (pre, num)])
            else:
                ac = town or self.ch(TOWNS["IE"])[2]
                num = d(7) if ac == "01" else d(6)
                loc = "%s %s" % (num[:3], num[3:])
                s = "+353 %s %s" % (ac[1:], loc) if intl else self.ch(["(%s) %s" % (ac, loc), "%s %s" % (ac, loc)])
        elif cty == "FR":
            first = self.ch(["6", "7"]) if kind == "mobile" else (town or "04")[1:]
            num = first + d(8, False)
            pairs = [num[i:i + 2] for i in range(1, 9, 2)]
            if intl:
                s = self.ch(["+33 %s %s" % (num[0], " ".join(pairs)), "+33 (0)%s %s" % (num[0], " ".join(pairs))])
            else:
                s = self.ch(["0%s %s" % (num[0], " ".join(pairs)), "0%s.%s" % (num[0], ".".join(pairs))])
        elif cty == "NL":
            if kind == "mobile":
                num = d(8)
                s = self.ch(["+31 6 %s" % num, "+31 6 %s %s" % (num[:4], num[4:])]) if intl else self.ch(
                    ["06 %s" % num, "06-%s" % num, "06 %s %s" % (num[:4], num[4:])])
            else:
                ac = town or "020"
                num = d(7)
                s = "+31 %s %s %s" % (ac[1:], num[:3], num[3:]) if intl else "%s %s %s" % (ac, num[:3], num[3:])
        else:  # IT
            if kind == "mobile":
                pre = self.ch(["320", "328", "333", "338", "340", "347", "349", "366", "380", "393"])
                num = d(7)
                s = self.ch(["+39 %s %s" % (pre, num), "+39 %s %s %s" % (pre, num[:3], num[3:])]) if intl else \
                    self.ch(["%s %s" % (pre, num), "%s %s %s" % (pre, num[:3], num[3:])])
            else:
                ac = town or "02"
                num = d(7) if len(ac) < 4 else d(6)
                s = "+39 %s %s" % (ac, num) if intl else "%s %s" % (ac, num)
        return Lab("PHONE", s)

    def e164(self, p=None):
        """A mobile in E.164 form (SMS, 2FA)."""
        cty = p.cty if p else self.cty
        d = self.digits
        pre = {"DE": "+491" + self.ch(["51", "52", "57", "60", "70", "71", "72", "76", "77"]) + d(7),
               "AT": "+43" + self.ch(["650", "660", "664", "676", "699"]) + d(7),
               "CH": "+417" + self.ch(["6", "7", "8", "9"]) + d(7),
               "GB": "+447" + self.ch(["4", "5", "7", "8", "9"]) + d(8, False),
               "US": "+1" + self.ch(TOWNS["US"])[2] + str(self.ri(2, 9)) + d(6, False),
               "IE": "+3538" + self.ch(["3", "5", "6", "7", "9"]) + d(7),
               "FR": "+33" + self.ch(["6", "7"]) + d(8, False),
               "NL": "+316" + d(8),
               "IT": "+393" + self.ch(["20", "28", "33", "40", "47", "49"]) + d(7)}[cty]
        return Lab("PHONE", pre)

    # ---------------------------------------------------------------- addresses
    def address(self, cty=None):
        cty = cty or self.cty
        r = self.r
        t = self.ch(TOWNS[cty])
        town, pc, code = t[0], t[1], t[2]
        st = self.ch(STREETS[cty])
        no = str(self.ri(1, 148))
        if self.chance(0.12):
            no += self.ch(["a", "b", "c"])
        prefix = ""
        if cty == "DE":
            street = "%s %s" % (st, no)
            prefix = "D-" if self.chance(0.12) else ""
            line2 = "%s%s %s" % (prefix, pc, town)
        elif cty == "AT":
            n = str(self.ri(1, 90))
            if self.chance(0.45):
                n += "/%d" % self.ri(1, 24)
                if self.chance(0.6):
                    n += "/%d" % self.ri(1, 30)
            street = "%s %s" % (st, n)
            prefix = "A-" if self.chance(0.25) else ""
            line2 = "%s%s %s" % (prefix, pc, town)
        elif cty == "CH":
            if st.startswith("Chemin") or st.startswith("Via"):
                street = "%s %s" % (st, no) if st.startswith("Via") else "%s %s" % (st, no)
            else:
                street = "%s %s" % (st, no)
            prefix = "CH-" if self.chance(0.3) else ""
            line2 = "%s%s %s" % (prefix, pc, town)
        elif cty == "GB":
            base = "%s %s" % (no if not no[-1].isalpha() else no[:-1], st)
            if self.chance(0.3):
                base = self.ch(["Flat %d, " % self.ri(1, 12), "Flat %d%s, " % (self.ri(1, 6), self.ch("ABCD")),
                                "Apartment %d, " % self.ri(1, 40)]) + base
            street = base
            inward = "%d%s%s" % (self.ri(1, 9), self.ch("ABDEFGHJLNPQRSTUWXYZ"), self.ch("ABDEFGHJLNPQRSTUWXYZ"))
            line2 = "%s %s %s" % (town, pc, inward)
        elif cty == "US":
            base = "%d %s" % (self.ri(12, 9800), st)
            if self.chance(0.35):
                base += self.ch([", Apt %d%s" % (self.ri(1, 30), self.ch(["", "A", "B", "C"])),
                                 ", Suite %d" % self.ri(100, 480), " #%d" % self.ri(2, 40)])
            street = base
            line2 = "%s %s" % (town, pc)
        elif cty == "IE":
            base = "%s %s" % (no if not no[-1].isalpha() else no[:-1], st)
            if st in ("Harbour View", "The Maltings") or self.chance(0.15):
                base = "Apartment %d, %s" % (self.ri(1, 40), st)
            street = base
            lt, dg = "ACDEFHKNPRTVWXY", "0123456789"
            tail = self.ch(lt) + self.ch(dg) + self.ch(lt + dg) + self.ch(lt + dg)
            line2 = "%s, %s %s" % (town, pc, tail) if town.startswith("Dublin") else "%s %s %s" % (town, pc, tail)
        elif cty == "FR":
            n = str(self.ri(1, 90)) + self.ch(["", "", "", " bis", " ter"])
            street = "%s %s" % (n, st)
            line2 = "%s %s" % (pc, town)
        elif cty == "NL":
            n = str(self.ri(1, 320)) + self.ch(["", "", "", "-hs", "-II", "-III", "A", "-1"])
            street = "%s %s" % (st, n)
            letters = self.ch("ABCDEGHJKLMNPRSTVWXZ") + self.ch("ABCDEGHJKLMNPRSTVWXZ")
            line2 = "%s %s %s" % (pc, letters, town.upper() if self.chance(0.25) else town)
            pc = "%s %s" % (pc, letters)
        else:  # IT
            street = "%s %s" % (st, no)
            prov = t[3]
            line2 = self.ch(["%s %s (%s)" % (pc, town, prov), "%s %s %s" % (pc, town, prov)])
        a = Addr(self, cty, street, pc, town, code, line2, prefix)
        self.addresses.append(a)
        return a

    # ---------------------------------------------------------------- bank, card, tax
    def iban(self, cty=None, grouped=None):
        cty = cty or ("DE" if self.cty not in IBAN_LEN else self.cty)
        d = self.digits
        L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        for _ in range(50):
            if cty == "DE":
                bban = self.ch(["100", "200", "300", "370", "430", "500", "600", "700", "760", "790"]) + d(5, False) + d(10)
            elif cty == "AT":
                bban = self.ch(["1", "2", "3", "6"]) + d(4, False) + d(11)
            elif cty == "CH":
                bban = "00" + d(3, False) + d(12, False)
            elif cty == "GB":
                bban = self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + d(6, False) + d(8, False)
            elif cty == "IE":
                bban = self.ch(["AIBK", "BOFI", "IPBS"]) + d(6, False) + d(8, False)
            elif cty == "FR":
                bban = "30" + d(3, False) + d(5, False) + d(11, False) + d(2, False)
            elif cty == "NL":
                bban = self.ch(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + d(10, False)
            else:  # IT
                bban = self.ch(L) + d(5, False) + d(5, False) + d(12, False)
            chk = 98 - iban_mod(cty + "00" + bban)
            s = "%s%02d%s" % (cty, chk, bban)
            assert iban_ok(s), s
            if find_cards(s[2:]) or find_taxids(s[2:]):
                continue
            g = self.chance(0.6) if grouped is None else grouped
            if g:
                s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
            return Lab("IBAN", s)
        raise Redraw("iban")

    def card(self, brand=None, fmt=None):
        brand = brand or self.wch([("visa", 45), ("mc", 33), ("amex", 12), ("disc", 10)])
        if brand == "visa":
            body = "4" + self.digits(14, False)
        elif brand == "mc":
            body = (str(self.ri(51, 55)) + self.digits(13, False)) if self.chance(0.7) else \
                (str(self.ri(2221, 2720)) + self.digits(11, False))
        elif brand == "amex":
            body = self.ch(["34", "37"]) + self.digits(12, False)
        else:
            body = self.ch(["6011" + self.digits(11, False), "65" + self.digits(13, False),
                            str(self.ri(644, 649)) + self.digits(12, False)])
        num = body + luhn_digit(body)
        assert card_ok(num), num
        fmt = fmt or self.ch(["space", "space", "dash", "compact"])
        if len(num) == 15:
            groups = [num[:4], num[4:10], num[10:]]
        else:
            groups = [num[i:i + 4] for i in range(0, 16, 4)]
        s = num if fmt == "compact" else (" " if fmt == "space" else "-").join(groups)
        return Lab("CREDIT_CARD", s)

    def taxid(self, grouped=None):
        for _ in range(500):
            rep = self.ri(2, 3)
            dup = str(self.ri(0, 9))
            rest = [str(x) for x in range(10) if str(x) != dup]
            body = self.sample(rest, 10 - rep) + [dup] * rep
            self.r.shuffle(body)
            s = "".join(body)
            if s[0] == "0":
                continue
            cand = s + str(taxid_check(s))
            if taxid_ok(cand) and not find_cards(cand):
                g = self.chance(0.35) if grouped is None else grouped
                if g:
                    cand = "%s %s %s %s" % (cand[:2], cand[2:5], cand[5:8], cand[8:])
                return Lab("DE_TAX_ID", cand)
        raise Redraw("taxid")

    # ---------------------------------------------------------------- IP
    def ip4(self, kind=None):
        kind = kind or self.wch([("public", 55), ("private", 30), ("doc", 15)])
        r = self.ri
        if kind == "private":
            s = self.ch(["10.%d.%d.%d" % (r(0, 255), r(0, 255), r(2, 254)),
                         "192.168.%d.%d" % (r(0, 40), r(2, 254)),
                         "172.%d.%d.%d" % (r(16, 31), r(0, 255), r(2, 254))])
        elif kind == "doc":
            s = self.ch(["192.0.2.%d" % r(2, 254), "198.51.100.%d" % r(2, 254), "203.0.113.%d" % r(2, 254)])
        else:
            while True:
                a = r(11, 223)
                if a in (10, 127, 169, 172, 192, 100):
                    continue
                s = "%d.%d.%d.%d" % (a, r(0, 255), r(0, 255), r(1, 254))
                break
        return Lab("IP_ADDRESS", s)

    def ip6(self, kind=None):
        kind = kind or self.wch([("global", 50), ("doc", 20), ("ula", 15), ("ll", 15)])
        h = lambda: "%x" % self.ri(1, 0xffff)
        if kind == "doc":
            groups = ["2001", "db8"] + [h() for _ in range(6)]
        elif kind == "ula":
            groups = ["fd%02x" % self.ri(0, 255)] + [h() for _ in range(7)]
        elif kind == "ll":
            groups = ["fe80", "0", "0", "0"] + [h() for _ in range(4)]
        else:
            groups = [self.ch(["2a02", "2a01", "2003", "2a00", "2001", "2600", "2605", "2a0a"])] + [h() for _ in range(7)]
        if self.chance(0.12):
            s = ":".join("%04x" % int(g, 16) for g in groups)
        else:
            s = str(ipaddress.IPv6Address(":".join(groups)))
        return Lab("IP_ADDRESS", s)

    def ip(self, p6=0.25):
        return self.ip6() if self.chance(p6) else self.ip4()

    # ---------------------------------------------------------------- dates, times, money
    def day(self, off=0):
        return self.base + datetime.timedelta(days=off)

    def date(self, off=0, style=None):
        d = self.day(off)
        lang, cty = self.lang, self.cty
        if style is None:
            style = self.ch(["long", "short", "short"])
        if style == "iso":
            return d.isoformat()
        if lang == "de":
            months = list(MONTHS["de"])
            if cty == "AT":
                months[0] = "Jänner"
            if style == "long":
                return "%d. %s %d" % (d.day, months[d.month - 1], d.year)
            if style == "dm":
                return "%d. %s" % (d.day, months[d.month - 1])
            return "%02d.%02d.%d" % (d.day, d.month, d.year)
        if cty == "US":
            if style == "long":
                return "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year)
            if style == "dm":
                return "%s %d" % (MON3[d.month - 1], d.day)
            return "%d/%d/%d" % (d.month, d.day, d.year)
        if style == "long":
            return "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year)
        if style == "dm":
            return "%d %s" % (d.day, MON3[d.month - 1])
        return "%02d/%02d/%d" % (d.day, d.month, d.year)

    def weekday(self, off=0):
        return WEEKDAYS[self.lang][self.day(off).weekday()]

    def dob(self, lo=1950, hi=2004):
        d = datetime.date(self.ri(lo, hi), self.ri(1, 12), self.ri(1, 28))
        if self.lang == "de":
            return "%02d.%02d.%d" % (d.day, d.month, d.year)
        if self.cty == "US":
            return "%02d/%02d/%d" % (d.month, d.day, d.year)
        return "%02d/%02d/%d" % (d.day, d.month, d.year)

    def time(self, step=None):
        if step is None:
            step = self.ri(1, 25)
        self.clock += step
        m = self.clock % (24 * 60)
        return "%02d:%02d" % (m // 60, m % 60)

    def ts(self, off=0, step=None):
        """ISO timestamp for logs; moves forward."""
        if step is None:
            step = self.ri(1, 40)
        self.clock += step
        m = self.clock % (24 * 60)
        sec = self.ri(0, 59)
        return "%sT%02d:%02d:%02d" % (self.day(off).isoformat(), m // 60, m % 60, sec)

    def money(self, lo=10, hi=400, cents=True, cty=None):
        cty = cty or self.cty
        v = self.ri(lo, hi)
        c = self.ch(["95", "00", "50", "90", "99"]) if cents else "00"
        if cty == "CH":
            s = "CHF %d.%s" % (v, c if c != "99" else "90")
            return s
        if cty == "GB":
            return "£%d.%s" % (v, c)
        if cty == "US":
            return "$%d.%s" % (v, c)
        if self.lang == "de":
            return self.ch(["%d,%s €" % (v, c), "%d,%s EUR" % (v, c)]) if cty != "AT" else self.ch(
                ["€ %d,%s" % (v, c), "%d,%s €" % (v, c)])
        return "€%d.%s" % (v, c)

    def price_of(self, prod, cty=None):
        cty = cty or self.cty
        eur = float(prod[3])
        if cty == "GB":
            v = int(eur * 0.86) + 0.95
            return "£%.2f" % v
        if cty == "US":
            return "$%.2f" % (int(eur * 1.08) + 0.95)
        if cty == "CH":
            return "CHF %.2f" % (int(eur * 0.97) + 0.90)
        if self.lang == "de":
            return prod[3].replace(".", ",") + " €"
        return "€" + prod[3]

    # ---------------------------------------------------------------- brand
    def product(self, kind=None):
        xs = [p for p in PRODUCTS if kind is None or p[6] == kind or (isinstance(kind, list) and p[6] in kind)]
        return self.ch(xs)

    def pname(self, prod=None, short=False):
        prod = prod or self.product()
        if short:
            return prod[0].split()[0]
        return prod[0] if self.lang == "en" else prod[1]

    def colour(self, prod=None):
        prod = prod or self.product()
        return self.ch(prod[4] if self.lang == "en" else prod[5])

    def size(self, prod=None):
        kind = prod[6] if prod else "jacket"
        if kind == "shoe":
            return "EU " + str(self.ri(38, 47)) + self.ch(["", "", ".5"])
        if kind == "socks":
            return self.ch(["35–38", "39–42", "43–46"])
        if kind == "pack":
            return self.ch(["S/M", "M/L", "one size"]) if self.lang == "en" else self.ch(["S/M", "M/L", "Einheitsgröße"])
        return self.ch(["XS", "S", "M", "L", "XL", "XXL"])

    # ---------------------------------------------------------------- look-alikes
    def safe(self, fn):
        for _ in range(100):
            s = fn()
            if value_clean(s):
                return s
        raise Redraw("look-alike")

    def order_no(self):
        return self.safe(lambda: self.ch([
            "TG-%d-%06d" % (self.day().year, self.ri(1000, 999999)),
            "#%d" % self.ri(100000000, 109999999),
            "TG%d" % self.ri(10000000, 99999999),
            "%d-%d" % (self.ri(400, 499), self.ri(1000000, 9999999)),
            "W%d" % self.ri(1000000, 9999999)]))

    def ticket(self):
        return self.safe(lambda: self.ch([
            "CS-%d" % self.ri(100000, 999999), "#%d" % self.ri(40000, 99999), "SR-%d-%04d" % (self.day().year, self.ri(1, 9999)),
            "INC%07d" % self.ri(1, 9999999), "T-%d" % self.ri(10000, 99999)]))

    def ref_phone_like(self):
        """A reference number shaped like a phone number (not labelled)."""
        return self.safe(lambda: self.ch([
            "0%d %d" % (self.ri(30, 899), self.ri(1000000, 9999999)),
            "%03d-%04d-%03d" % (self.ri(100, 999), self.ri(0, 9999), self.ri(0, 999)),
            "+%d %d %d" % (self.ri(10, 99), self.ri(100, 999), self.ri(100000, 999999)),
            "(0%d) %d %d" % (self.ri(10, 99), self.ri(100, 999), self.ri(1000, 9999)),
            "0%d/%d-%d" % (self.ri(100, 999), self.ri(100, 999), self.ri(10, 99))]))

    def parcel(self):
        return self.safe(lambda: self.ch([
            "00340434%012d" % self.ri(0, 10 ** 12 - 1),
            "JJD%018d" % self.ri(10 ** 14, 10 ** 18 - 1),
            "1Z%s%s%08d" % ("".join(self.ch("ABCDEFGHJKLMNPRSTVWXY0123456789") for _ in range(6)),
                            self.ch(["03", "01", "02"]), self.ri(0, 10 ** 8 - 1)),
            "%s%09d%s" % (self.ch(["RR", "CX", "LY", "RB"]), self.ri(0, 10 ** 9 - 1), self.ch(["GB", "DE", "AT", "CH", "IE"])),
            "%d %d %d" % (self.ri(1000, 9999), self.ri(1000, 9999), self.ri(1000, 9999))]))

    def gtin(self, prefix=None):
        def mk():
            p = prefix or self.ch(["40", "41", "42", "43", "50", "90", "91", "76", "54", "87"])
            body = p + self.digits(12 - len(p), False)
            s = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body))
            return body + str((10 - s % 10) % 10)
        return self.safe(mk)

    def case_no(self):
        return self.safe(lambda: self.ch([
            "%d/%04d" % (self.day().year, self.ri(1, 9999)), "AZ %d/%02d" % (self.ri(100, 9999), self.day().year % 100),
            "%s-%d" % (self.ch(["ADR", "OMB", "SCH", "VS"]), self.ri(10000, 99999))]))

    def company(self, kind="any"):
        """A company name that holds a surname-like word (not a person)."""
        c = self.ch([
            "Baker & Hunter Logistics", "Fox & Miller Outdoor Ltd", "King & Bell Ropes", "Stone & Wood Facilities",
            "Carpenter & Mason Shopfitting", "Schneider Logistik GmbH", "Vogel & Winter Transporte",
            "Hahn & Kaiser Seilerei", "Klein & Lang Bänder", "Braun & Schwarz Kältetechnik", "Jäger Elektro AG",
            "Fuchs Haustechnik GmbH", "Bauer Sicherheitsdienste", "Koch & Sommer Reinigung", "Engel Brandschutz GmbH",
            "Hunter Fire & Safety Ltd", "Little & Long Cleaning Co.", "Young Electrical Services", "Frost HVAC Inc.",
        ])
        return c

    def store(self):
        return "Talgrat " + self.store_town

    def rows(self, items, sep="\n"):
        out = []
        for i, x in enumerate(items):
            if i:
                out.append(sep)
            out.append(x)
        return out


def germanise_ru(s):
    t = s
    for a, b in (("kh", "ch"), ("Kh", "Ch"), ("zh", "sch"), ("Zh", "Sch"), ("Yu", "Ju"), ("yu", "ju"),
                 ("Ya", "Ja"), ("ya", "ja"), ("Ye", "Je"), ("ye", "je"), ("ov", "ow"), ("ev", "ew"),
                 ("V", "W"), ("v", "w"), ("iy", "ij"), ("ei", "ej"), ("Y", "J")):
        t = t.replace(a, b)
    return t


def name_key(s):
    """Folded lower-case spelling of a name part (also for capitals with special letters)."""
    return N.fold(N.fold(s).lower())


def name_parts(v):
    parts = re.split(r"[ \-,.'’\n]+", v)
    out = []
    for x in parts:
        if not x:
            continue
        if len(x) <= 1:
            continue
        if x.lower() in N.PARTICLES:
            continue
        out.append(x)
    return out


# ---------------------------------------------------------------------------
# checks

def check(text, ents, has_pii, max_lines=15):
    """Returns None or the reason the rendering fails."""
    last = 0
    for e in ents:
        if text[e["start"]:e["end"]] != e["value"]:
            return "value mismatch"
        if e["start"] < last:
            return "overlap"
        last = e["end"]
        v = e["value"]
        if v != v.strip() or not v:
            return "space at span end"
        t = e["type"]
        if t == "IBAN" and not iban_ok(v):
            return "bad iban"
        if t == "CREDIT_CARD" and not card_ok(re.sub(r"[ \-]", "", v)):
            return "bad card"
        if t == "DE_TAX_ID" and not taxid_ok(v.replace(" ", "")):
            return "bad taxid"
        if t == "IP_ADDRESS":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                return "bad ip"
        if t == "EMAIL" and not EMAIL_RE.fullmatch(v):
            return "bad email"
        if t == "PHONE" and len(re.sub(r"\D", "", v)) < 7:
            return "short phone"
    # two PERSON spans separated only by spaces or line breaks
    for a, b in zip(ents, ents[1:]):
        if a["type"] == "PERSON" and b["type"] == "PERSON":
            gap = text[a["end"]:b["start"]]
            if gap.strip(" \n") == "":
                return "adjacent persons"
    # outside spans
    chars = list(text)
    for e in ents:
        for i in range(e["start"], e["end"]):
            chars[i] = "\u0001"
    outside = "".join(chars)
    if find_emails(outside):
        return "email outside"
    if find_ipv4(outside) or find_ipv6(outside):
        return "ip outside"
    if find_ibans(outside):
        return "iban outside"
    if find_cards(outside):
        return "card outside"
    if find_taxids(outside):
        return "taxid outside"
    # name parts outside spans, e-mails, handles and URLs
    masked = URL_RE.sub(lambda m: "\u0001" * len(m.group(0)), outside)
    masked = HANDLE_RE.sub(lambda m: "\u0001" * len(m.group(0)), masked)
    masked_f = name_key(masked)
    for e in ents:
        if e["type"] != "PERSON":
            continue
        for part in name_parts(e["value"]):
            pl = part.lower()
            pf = name_key(part)
            for needle, hay in ((pl, masked.lower()), (pf, masked_f)):
                if re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay):
                    return "name part outside: " + part
    if has_pii and not ents:
        return "no span"
    if not has_pii and ents:
        return "span in text without personal data"
    if text.count("\n") + 1 > max_lines:
        return "too many lines"
    for mark in ("[[", "]]", "[?", "?]"):
        if mark in text:
            return "template mark left"
    if re.search(r"\{[A-Za-z_][A-Za-z0-9_]*\}", text):
        return "slot left"
    if text != text.strip():
        return "text not trimmed"
    return None


# ---------------------------------------------------------------------------
# build state shared by both languages

class Build:
    def __init__(self):
        parts = _all_name_parts()
        self.known = list(dict.fromkeys(name_key(x) for x in parts if x))
        self._known_idx = dict.fromkeys(self.known)
        common = [name_key(w) for w in N.COMMON_WORDS] + [name_key(w) for w in BRAND_WORDS]
        self._common = dict.fromkeys(common)
        self.inv_rate = 0.10
        self.derived = {}

    def is_known(self, w):
        f = name_key(w)
        if f in self._known_idx or f in self._common:
            return True
        # female forms and German spellings of listed names
        for suf in ("a", "ova", "ová", "ska", "ou", "ienė", "e"):
            if (f + suf) in self._known_idx:
                return True
        return False

    def list_part(self, part):
        """True when a name part comes from the lists (or a form made from them)."""
        f = name_key(part)
        return f in self._known_idx or f in self.derived


def check_streets(c, text, ents):
    """A one-line street span must not be followed by its own postcode/town line."""
    lines2 = [a.line2 for a in c.addresses]
    for e in ents:
        if e["type"] == "STREET_ADDRESS" and "\n" not in e["value"] and text[e["end"]:e["end"] + 1] == "\n":
            nxt = text[e["end"] + 1:].split("\n")[0].strip()
            if nxt in lines2:
                return "street followed by its own postcode line"
    return None


def render_text(c, tpl_fn, prose):
    x = tpl_fn(c)
    out = Out()
    render(c, x, out)
    chars, tags = cleanup(out.chars, out.tags, prose)
    text = "".join(chars)
    ents = spans_of(chars, tags, out.types)
    return text, ents
